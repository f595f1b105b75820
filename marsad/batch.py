"""One way to run extraction over a stream of articles: serially, on local processes or on Dask
workers (``marsad.distributed.DaskExecutor``), always in input order, with one progress bar.

An ``Executor`` turns a stream of articles (with the input errors found while reading them, in
place) into ``(item, outcome)`` pairs in input order: the outcome is the article's result, or the
``InputError`` that says why it failed; an input error passes through as its own outcome. One odd
article never stops a batch. ``marsad extract`` and ``marsad ingest`` (plain, ``--workers`` or
``--dask``) all run through here, and ``progress`` is the one progress bar they show.
"""

from __future__ import annotations

import sys
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from marsad.errors import InputError
from marsad.model import Article, ArticleResult

Extractor = Callable[[Article], ArticleResult]
Item = Article | InputError
Outcome = ArticleResult | InputError
CHUNK = 16  # articles per task sent to a worker process: fewer, larger messages


def extract_or_error(extractor: Extractor, article: Article) -> ArticleResult | InputError:
    """One article's result, or the error that says why it failed: one odd article never
    stops a batch (the failure is reported with the article's file and line)."""
    try:
        return extractor(article)
    except InputError as err:
        return err
    except (RecursionError, ValueError, KeyError, IndexError, TypeError) as exc:
        return InputError(f"extraction failed ({exc.__class__.__name__}: {exc})", source=article.origin)


def pipeline_extractor(gazetteer: str | None) -> Extractor:
    """The extraction of this process's cached pipeline (built on first use)."""
    from marsad.pipeline import get_pipeline

    return get_pipeline(gazetteer).extract_article


def extract_one(article: Article, gazetteer: str | None) -> ArticleResult | InputError:
    return extract_or_error(pipeline_extractor(gazetteer), article)


def extract_chunk(articles: list[Article], gazetteer: str | None) -> list[ArticleResult | InputError]:
    return [extract_one(article, gazetteer) for article in articles]


class Executor(ABC):
    """Runs extraction over a stream of items and yields ``(item, outcome)`` in input order."""

    @abstractmethod
    def run(self, items: Iterable[Item]) -> Iterator[tuple[Item, Outcome]]: ...


class SerialExecutor(Executor):
    """In this process, with ``extractor`` (default: the pipeline with ``gazetteer``)."""

    def __init__(self, gazetteer: str | None = None, extractor: Extractor | None = None) -> None:
        self.gazetteer = gazetteer
        self.extractor = extractor

    def run(self, items: Iterable[Item]) -> Iterator[tuple[Item, Outcome]]:
        extractor = self.extractor
        for item in items:
            if isinstance(item, InputError):
                yield item, item
                continue
            if extractor is None:
                extractor = pipeline_extractor(self.gazetteer)
            yield item, extract_or_error(extractor, item)


class ProcessExecutor(Executor):
    """On ``workers`` local processes, ``CHUNK`` articles per task, a bounded number in flight."""

    def __init__(self, gazetteer: str | None, workers: int) -> None:
        self.gazetteer = gazetteer
        self.workers = workers

    def run(self, items: Iterable[Item]) -> Iterator[tuple[Item, Outcome]]:
        with ProcessPoolExecutor(max_workers=self.workers) as pool:
            pending: list[tuple[list[Item], Future[list[Outcome]]]] = []
            chunk: list[Item] = []

            def submit() -> None:
                articles = [a for a in chunk if isinstance(a, Article)]
                pending.append((list(chunk), pool.submit(extract_chunk, articles, self.gazetteer)))
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


def executor_for(gazetteer: str | None = None, workers: int = 1, extractor: Extractor | None = None) -> Executor:
    """The local executor for ``workers`` processes (1: this process; ``extractor`` only serially)."""
    if workers > 1 and extractor is None:
        return ProcessExecutor(gazetteer, workers)
    return SerialExecutor(gazetteer, extractor)


def extract_stream(
    items: Iterable[Item], *, gazetteer: str | None = None, workers: int = 1
) -> Iterator[ArticleResult | InputError]:
    """Outcomes in input order; input errors pass through in place."""
    for _item, outcome in executor_for(gazetteer, workers).run(items):
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
