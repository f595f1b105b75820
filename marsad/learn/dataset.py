"""The training pool: every event candidate of every hand-coded article, with its features and
whether the hand coding has it (see ``align``).

Candidates come from the rule stages with nothing vetoed (``AllCandidates``), so a candidate's
features do not depend on any model: the pool is built once and every model and fold reuses it.
An article's cross-validation fold is fixed by its id (sha1 of the id, modulo the number of
folds), as in the project's shared ``folds.py``: folds never change when articles are added.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from marsad.document import Document
from marsad.errors import InputError
from marsad.io import Article, read_inputs
from marsad.learn.align import JSONDict, labels, load_gold, status_of
from marsad.pipeline.candidate import EventCandidate
from marsad.pipeline.clusters import Clusters
from marsad.pipeline.features import Features, features_for
from marsad.pipeline.reportable import candidate_sentences, sentence_features, sentence_words
from marsad.taxonomy import EventType, Status

RECAST_TYPES = (EventType.EXPLOSIONS, EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.PROTESTS, EventType.RIOTS)

FOLDS = 5
# a text cut from a coded article ("<article id>~lead2", see bench/eval_briefs.py) is held out with it
DERIVED_MARK = "~"


def fold_of(article_id: str, k: int = FOLDS) -> int:
    base = article_id.split(DERIVED_MARK, 1)[0]
    return int(hashlib.sha1(base.encode("utf-8")).hexdigest(), 16) % k


@dataclass
class Row:
    article_id: str
    features: Features
    event: JSONDict
    label: bool
    # the event's sides (actor1, actor2 as JSON) were it of another event type, for the types
    # whose sides the rules recast (see ``geocode.recast_sides``)
    sides: dict[str, tuple[JSONDict | None, JSONDict | None]] = field(default_factory=dict)
    sentence: int = -1  # the index of the event's sentence in its article


SentenceExample = tuple[Features, frozenset[str]]  # a sentence's features, the event types it reports


@dataclass
class Pool:
    rows: list[Row]
    gold: dict[str, list[JSONDict]]  # every article of the pool, with its gold events (any status)
    sentences: dict[str, list[SentenceExample]] = field(default_factory=dict)  # every sentence of each article

    def articles(self) -> list[str]:
        return sorted(self.gold)


def pairs_from(paths: Iterable[tuple[str | Path, str | Path]]) -> Iterator[tuple[Article, list[JSONDict]]]:
    """(article, its gold events) for each pair of an articles file and its gold file."""
    for texts, golds in paths:
        gold = load_gold(golds)
        for item in read_inputs([str(texts)]):
            if isinstance(item, InputError):
                raise item
            if item.id is None or item.id not in gold:
                raise InputError(f"article {item.id!r} has no row in {golds}", source=item.origin)
            yield item, gold[item.id]


def build_pool(paths: Iterable[tuple[str | Path, str | Path]], gazetteer: str | None = None,
               clusters: Clusters | None = None) -> Pool:
    """Every candidate of the hand-coded articles with its features and label, and every sentence
    with its features (words, and their ``clusters``, else the shipped ones) and the types it reports."""
    from marsad.pipeline import Pipeline
    from marsad.pipeline.decide import AllCandidates

    pipeline = Pipeline(gazetteer, AllCandidates())
    # candidates as the decider sees them: tolls are shared only among the events it keeps
    pipeline.stages = [(name, stage) for name, stage in pipeline.stages if name != "tolls"]
    rows: list[Row] = []
    gold_all: dict[str, list[JSONDict]] = {}
    sentences: dict[str, list[SentenceExample]] = {}
    for article, gold in pairs_from(paths):
        assert article.id is not None
        doc = pipeline.document(article.text, published=article.published, outlet=article.outlet,
                                title=article.title, article_id=article.id, origin=article.origin)
        gold_all[article.id] = gold
        sentences[article.id] = article_sentences(doc, gold, clusters)
        events = [c.event.to_json() for c in doc.candidates]
        for cand, features, event, label, sentence in zip(doc.candidates, features_for(doc), events, labels(gold, events),
                                                          candidate_sentences(doc), strict=True):
            rows.append(Row(article.id, features, event, label, _sides(doc, cand), sentence))
    return Pool(rows, gold_all, sentences)


def sentence_types(doc: Document, gold: Sequence[JSONDict]) -> list[frozenset[str]]:
    """The event types the hand coding reports in each sentence of the document (an event that
    occurred, whose quoted sentence overlaps it)."""
    spans: list[tuple[int, int, str]] = []
    for g in gold:
        quoted = str(g.get("sentence_text") or "")
        if status_of(g) != Status.OCCURRED or not quoted:
            continue
        start = doc.text.find(quoted)
        if start >= 0:
            spans.append((start, start + len(quoted), str(g.get("event_type"))))
    out = []
    for s in doc.sentences:
        raw = doc.span(s.start, s.end)
        out.append(frozenset(kind for a, b, kind in spans if a < raw.end and raw.start < b))
    return out


def article_sentences(doc: Document, gold: Sequence[JSONDict], clusters: Clusters | None = None) -> list[SentenceExample]:
    """Each sentence of the article as an example: its features and the types it reports."""
    return [(sentence_features(sentence_words(doc, s.index), clusters), kinds)
            for s, kinds in zip(doc.sentences, sentence_types(doc, gold), strict=True)]


def _sides(doc: Document, cand: EventCandidate) -> dict[str, tuple[JSONDict | None, JSONDict | None]]:
    from marsad.pipeline.geocode import recast_sides

    out: dict[str, tuple[JSONDict | None, JSONDict | None]] = {}
    for kind in RECAST_TYPES:
        a1, a2 = recast_sides(doc, cand.drafts, cand.event, kind.sub_event_types[0])
        out[kind] = (a1.to_json() if a1 else None, a2.to_json() if a2 else None)
    return out
