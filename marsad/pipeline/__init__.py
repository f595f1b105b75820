"""The pipeline: an ordered list of stages over one ``Document``, and a short runner."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from marsad import timelimit
from marsad.document import Document
from marsad.errors import InputError
from marsad.io import Article, check_text
from marsad.model import ArticleResult
from marsad.settings import chosen_decider

if TYPE_CHECKING:
    from marsad.pipeline.decide import Decider

Stage = Callable[[Document], None]


class Pipeline:
    """Runs the stages; holds what is loaded once per process (gazetteer, lexicons)."""

    def __init__(self, gazetteer_path: str | os.PathLike[str] | None = None, decider: Decider | str | None = None) -> None:
        from marsad.geo import open_gazetteer
        from marsad.pipeline import (
            actors,
            dates,
            decide,
            events,
            geocode,
            normalize,
            numbers,
            places,
            segment,
            sources,
            tolls,
            triggers,
        )

        self.gazetteer = open_gazetteer(gazetteer_path)
        if decider is None or isinstance(decider, str):
            decider = decide.decider_named(chosen_decider(decider))
        self.decider: Decider = decider
        soft = decider.vetoes
        starts = places.Starts(self.gazetteer)  # the gazetteer's word index: this pipeline's cache
        known = triggers.Known()  # trigger lookups by raw word: this pipeline's cache
        self.gazetteer.name_prefixes()  # load the name index now, once per process
        self.stages: list[tuple[str, Stage]] = [
            ("normalize", normalize.run),
            ("segment", segment.run),
            ("triggers", lambda doc: triggers.run(doc, known)),  # reads tokens only
            ("actors", actors.run),
            ("sources", sources.run),  # before places: a source's name ("الخوذ البيضاء") is no place
            ("places", lambda doc: places.run(doc, self.gazetteer, starts)),
            ("dates", dates.run),
            ("numbers", numbers.run),
            ("events", lambda doc: events.run(doc, soft)),
            ("geocode", lambda doc: geocode.run(doc, self.gazetteer, soft)),
            ("decide", decider),
            ("tolls", tolls.run),  # a figure given for several events kept is shared among them
        ]

    def document(
        self,
        text: str,
        *,
        published: str | None = None,
        outlet: str | None = None,
        title: str | None = None,
        article_id: str | None = None,
        origin: str = "<text>",
    ) -> Document:
        """The article's ``Document`` with every layer the stages add."""
        doc = _new_document(text, published, outlet, title, article_id, origin)
        self.run(doc)
        return doc

    def run(self, doc: Document, seconds: dict[str, float] | None = None, *, events_only: bool = False) -> None:
        """Every stage over ``doc``; with ``seconds``, each stage's time is added to it (benchmarks).

        With ``events_only`` (the path of ``extract``, which returns the events alone) an article
        with no event word stops after the triggers: every event grows from a trigger, so the
        later layers (actors, places, dates...) could only be read to build events it cannot
        have. ``document`` keeps every layer for whoever reads them."""
        for name, stage in self.stages:
            if seconds is None:
                stage(doc)
            else:
                start = time.perf_counter()
                stage(doc)
                seconds[name] = seconds.get(name, 0.0) + time.perf_counter() - start
            timelimit.check()  # the article's time limit, should a library have swallowed its signal
            if events_only and name == "triggers" and not doc.of("trigger"):
                return

    def extract(
        self,
        text: str,
        *,
        published: str | None = None,
        outlet: str | None = None,
        title: str | None = None,
        article_id: str | None = None,
        origin: str = "<text>",
    ) -> ArticleResult:
        doc = _new_document(text, published, outlet, title, article_id, origin)
        self.run(doc, events_only=True)
        return doc.result()

    def extract_article(self, article: Article) -> ArticleResult:
        return self.extract(
            article.text,
            published=article.published,
            outlet=article.outlet,
            title=article.title,
            article_id=article.id,
            origin=article.origin,
        )


def _new_document(
    text: str, published: str | None, outlet: str | None, title: str | None, article_id: str | None, origin: str
) -> Document:
    if not isinstance(text, str):
        raise InputError(f"article text must be a string, not {type(text).__name__}", source=origin)
    check_text(text, origin)
    return Document(text=text, published=published, outlet=outlet, title=title, article_id=article_id)


_lock = threading.Lock()


@lru_cache(maxsize=4)
def _cached(path: str | None, decider: str) -> Pipeline:
    return Pipeline(path, decider)


def get_pipeline(gazetteer_path: str | os.PathLike[str] | None = None, decider: str | None = None) -> Pipeline:
    """A pipeline for the chosen gazetteer and decider (``model`` or ``rules``; by default
    ``$MARSAD_DECIDER``, else ``model``), built once per process."""
    with _lock:
        return _cached(str(gazetteer_path) if gazetteer_path else None, chosen_decider(decider))
