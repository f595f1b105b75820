"""One way to run extraction over a stream of articles: serially, on local processes or on Dask
workers (``marsad.distributed.DaskExecutor``), always in input order, with one progress bar.

An ``Executor`` turns a stream of articles (with the input errors found while reading them, in
place) into ``(item, outcome)`` pairs in input order: the outcome is the article's result, or the
``InputError`` that says why it failed; an input error passes through as its own outcome. One odd
article never stops a batch, and each article's extraction may take at most ``time_limit``
seconds, after which it fails with "took longer than N s" and the next one goes on.
``marsad extract`` and ``marsad ingest`` (plain, ``--workers`` or ``--dask``) all run through
here, and ``progress`` is the one progress bar they show.
"""

from __future__ import annotations

import sys
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from functools import lru_cache
from typing import TYPE_CHECKING

from marsad.errors import ConfigError, InputError
from marsad.model import Article, ArticleResult
from marsad.settings import DEFAULT_TIME_LIMIT
from marsad.timelimit import ArticleTimeout, Expired
from marsad.timelimit import time_limit as limit

if TYPE_CHECKING:
    from marsad.pipeline import Pipeline

Extractor = Callable[[Article], ArticleResult]
Item = Article | InputError
Outcome = ArticleResult | InputError
CHUNK = 16  # articles per task sent to a worker process: fewer, larger messages


def extract_or_error(extractor: Extractor, article: Article, time_limit: float | None = None
                     ) -> ArticleResult | InputError:
    """One article's result, or the error that says why it failed: one odd article never
    stops a batch (the failure is reported with the article's file and line). An article that
    runs past ``time_limit`` seconds fails with "took longer than N s"."""
    try:
        with limit(time_limit, article.origin):
            return extractor(article)
    except Expired:  # arrived as the limit was being lifted
        return ArticleTimeout(time_limit or 0.0, article.origin)
    except InputError as err:
        return err
    except (RecursionError, ValueError, KeyError, IndexError, TypeError) as exc:
        return InputError(f"extraction failed ({exc.__class__.__name__}: {exc})", source=article.origin)


WARM_TEXT = "قصفت قوات النظام السوري بلدة كفرنبل في ريف إدلب أمس، ما أسفر عن مقتل ثلاثة مدنيين."


@lru_cache(maxsize=4)
def ready_pipeline(gazetteer: str | None) -> Pipeline:
    """This process's pipeline, built and run once on a short text: what stages load lazily is
    loaded before the first article, whose time limit then counts its own work only."""
    from marsad.pipeline import get_pipeline

    pipeline = get_pipeline(gazetteer)
    pipeline.extract(WARM_TEXT, published="2017-06-10")
    return pipeline


def pipeline_extractor(gazetteer: str | None) -> Extractor:
    """The extraction of this process's cached pipeline, loaded and warmed (so that time limits
    count articles only)."""
    return ready_pipeline(gazetteer).extract_article


def extract_one(article: Article, gazetteer: str | None, time_limit: float | None = DEFAULT_TIME_LIMIT
                ) -> ArticleResult | InputError:
    return extract_or_error(pipeline_extractor(gazetteer), article, time_limit)


def extract_chunk(articles: list[Article], gazetteer: str | None, time_limit: float | None = DEFAULT_TIME_LIMIT
                  ) -> list[ArticleResult | InputError]:
    return [extract_one(article, gazetteer, time_limit) for article in articles]


class Executor(ABC):
    """Runs extraction over a stream of items and yields ``(item, outcome)`` in input order."""

    @abstractmethod
    def run(self, items: Iterable[Item]) -> Iterator[tuple[Item, Outcome]]: ...


class SerialExecutor(Executor):
    """In this process, with ``extractor`` (default: the pipeline with ``gazetteer``), each article
    within ``time_limit`` seconds."""

    def __init__(self, gazetteer: str | None = None, extractor: Extractor | None = None,
                 time_limit: float | None = DEFAULT_TIME_LIMIT) -> None:
        self.gazetteer = gazetteer
        self.extractor = extractor
        self.time_limit = time_limit

    def run(self, items: Iterable[Item]) -> Iterator[tuple[Item, Outcome]]:
        extractor = self.extractor
        for item in items:
            if isinstance(item, InputError):
                yield item, item
                continue
            if extractor is None:
                extractor = pipeline_extractor(self.gazetteer)
            yield item, extract_or_error(extractor, item, self.time_limit)


class ProcessExecutor(Executor):
    """On ``workers`` local processes, ``CHUNK`` articles per task, a bounded number in flight,
    each article within ``time_limit`` seconds."""

    def __init__(self, gazetteer: str | None, workers: int, time_limit: float | None = DEFAULT_TIME_LIMIT) -> None:
        if workers < 1:
            raise ConfigError(f"workers must be at least 1, not {workers}")
        self.gazetteer = gazetteer
        self.workers = workers
        self.time_limit = time_limit

    def run(self, items: Iterable[Item]) -> Iterator[tuple[Item, Outcome]]:
        with ProcessPoolExecutor(max_workers=self.workers) as pool:
            pending: list[tuple[list[Item], Future[list[Outcome]]]] = []
            chunk: list[Item] = []

            def submit() -> None:
                articles = [a for a in chunk if isinstance(a, Article)]
                pending.append((list(chunk), pool.submit(extract_chunk, articles, self.gazetteer, self.time_limit)))
                chunk.clear()

            for item in items:
                chunk.append(item)
                if len(chunk) >= CHUNK:
                    submit()
                    while len(pending) > self.workers * 4:
                        yield from pair(*pending.pop(0))
            if chunk:
                submit()
            while pending:
                yield from pair(*pending.pop(0))


def pair(items: list[Item], future: Future[list[Outcome]]) -> Iterator[tuple[Item, Outcome]]:
    """Items of one task with their outcomes: the task's results fill the articles, in order."""
    results = iter(future.result())
    for item in items:
        yield item, item if isinstance(item, InputError) else next(results)


def executor_for(gazetteer: str | None = None, workers: int = 1, extractor: Extractor | None = None,
                 time_limit: float | None = DEFAULT_TIME_LIMIT) -> Executor:
    """The local executor for ``workers`` processes (1: this process; ``extractor`` only serially)."""
    if workers < 1:
        raise ConfigError(f"workers must be at least 1, not {workers}")
    if workers > 1 and extractor is None:
        return ProcessExecutor(gazetteer, workers, time_limit)
    return SerialExecutor(gazetteer, extractor, time_limit)


def extract_stream(
    items: Iterable[Item], *, gazetteer: str | None = None, workers: int = 1,
    time_limit: float | None = DEFAULT_TIME_LIMIT,
) -> Iterator[ArticleResult | InputError]:
    """Outcomes in input order; input errors pass through in place; each article within ``time_limit``."""
    for _item, outcome in executor_for(gazetteer, workers, time_limit=time_limit).run(items):
        yield outcome


def progress(items: Iterable[Item], enabled: bool, desc: str | None = None) -> Iterator[Item]:
    """The one progress bar (on standard error) of every batch command: items read so far."""
    if not enabled:
        yield from items
        return
    from tqdm import tqdm

    with tqdm(unit=" articles", file=sys.stderr, dynamic_ncols=True, desc=desc) as bar:
        for item in items:
            yield item
            bar.update(1)
