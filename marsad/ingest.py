"""``marsad ingest``: read articles, extract their events, store and merge them, idempotently.

An article already in the store (same id, else URL, else content hash) is skipped before
extraction, so re-running an ingest is cheap and changes nothing. Each article is stored with its
reports and merged events in one transaction. Bad inputs are collected, never fatal. Extraction
runs on an executor of ``marsad.batch`` (``marsad.distributed`` for Dask), storing in input order,
each article within the time limit.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from marsad.batch import Executor, Extractor, executor_for, pipeline_extractor
from marsad.batch import progress as show_progress
from marsad.errors import InputError
from marsad.inputs import Fetcher, read_sources
from marsad.model import Article, ArticleResult
from marsad.settings import DEFAULT_TIME_LIMIT
from marsad.store.base import Store

__all__ = ["IngestSummary", "ingest", "ingest_items", "iter_sources", "pipeline_extractor", "skip_present"]


@dataclass(slots=True)
class IngestSummary:
    read: int = 0
    new: int = 0
    present: int = 0
    failed: list[InputError] = field(default_factory=list)
    reports: int = 0
    events_added: int = 0
    events_merged: int = 0

    def store(self, store: Store, article: Article, result: ArticleResult) -> None:
        """Store one article with its events (one transaction) and count what happened."""
        outcome = store.add_article(article, result)
        if not outcome.new:
            self.present += 1
            return
        self.new += 1
        self.reports += outcome.reports
        self.events_added += outcome.events_added
        self.events_merged += outcome.events_merged

    def lines(self) -> list[str]:
        out = [
            f"articles read: {self.read}",
            f"  new: {self.new}",
            f"  already present: {self.present}",
            f"  failed: {len(self.failed)}",
            f"reports stored: {self.reports}",
            f"events added: {self.events_added}",
            f"events merged: {self.events_merged} (reports joined to an existing event)",
        ]
        if self.failed:
            out.append("failed inputs:")
            out += [f"  {err}" for err in self.failed]
        return out


def skip_present(items: Iterable[Article | InputError], store: Store, summary: IngestSummary
                 ) -> Iterator[Article | InputError]:
    """The items not stored yet (errors pass through); counts every item read and every one present."""
    for item in items:
        summary.read += 1
        if isinstance(item, Article) and store.has_article(item):
            summary.present += 1
            continue
        yield item


def iter_sources(inputs: Iterable[str], fetcher: Fetcher | None = None) -> Iterator[Article | InputError]:
    """Articles of files, folders (recursive), feed files and URLs, errors in place."""
    return read_sources(inputs, fetcher)


def ingest(
    inputs: Iterable[str],
    store: Store,
    *,
    gazetteer: str | None = None,
    extractor: Extractor | None = None,
    workers: int = 1,
    fetcher: Fetcher | None = None,
    progress: bool = False,
    time_limit: float | None = DEFAULT_TIME_LIMIT,
    executor: Executor | None = None,
    summary: IngestSummary | None = None,
) -> IngestSummary:
    """Ingest every article of the inputs into the store; returns what happened.

    Extraction runs on ``executor`` (default: this process, or ``workers`` local processes, each
    article within ``time_limit`` seconds).
    """
    items = show_progress(iter_sources(inputs, fetcher), progress, "ingest")
    return ingest_items(items, store, gazetteer=gazetteer, extractor=extractor, workers=workers,
                        time_limit=time_limit, executor=executor, summary=summary)


def ingest_items(
    items: Iterable[Article | InputError],
    store: Store,
    *,
    gazetteer: str | None = None,
    extractor: Extractor | None = None,
    workers: int = 1,
    time_limit: float | None = DEFAULT_TIME_LIMIT,
    executor: Executor | None = None,
    summary: IngestSummary | None = None,
) -> IngestSummary:
    """Ingest articles already read (errors in place are counted as failed), storing in input order;
    each article's extraction may take ``time_limit`` seconds, after which it fails and the next
    one goes on.

    ``summary`` (default: a new one) is the one counted into, also while the run goes on.
    """
    run = executor or executor_for(gazetteer, workers, extractor, time_limit)
    summary = summary if summary is not None else IngestSummary()
    fresh = skip_present(items, store, summary)
    for item, result in run.run(fresh):
        if isinstance(result, InputError):
            summary.failed.append(result)
            continue
        assert isinstance(item, Article)
        summary.store(store, item, result)
    return summary
