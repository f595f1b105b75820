"""``marsad ingest``: read articles, extract their events, store and merge them, idempotently.

An article already in the store (same id, else URL, else content hash) is skipped before
extraction, so re-running an ingest is cheap and changes nothing. Each article is stored with its
reports and merged events in one transaction. Bad inputs are collected, never fatal.
"""

from __future__ import annotations

import sys
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from marsad.batch import Extractor, extract_or_error
from marsad.errors import InputError
from marsad.feeds import Fetcher, UrlFetcher, is_feed_path, is_url, read_feed_file, read_url
from marsad.io import iter_paths, read_inputs
from marsad.model import Article, ArticleResult
from marsad.store.base import Store


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


def iter_sources(inputs: Iterable[str], fetcher: Fetcher) -> Iterator[Article | InputError]:
    """Articles of files, folders (recursive), feed files and URLs, errors in place."""
    for item in inputs:
        if item == "-":
            yield from read_inputs(["-"])
        elif is_url(item):
            yield from read_url(item, fetcher)
        else:
            for path in iter_paths([item]):
                if isinstance(path, InputError):
                    yield path
                elif is_feed_path(path):
                    yield from read_feed_file(path, fetcher)
                else:
                    yield from read_inputs([str(path)])


def pipeline_extractor(gazetteer: str | None) -> Extractor:
    from marsad.pipeline import get_pipeline

    pipeline = get_pipeline(gazetteer)
    return pipeline.extract_article


def _with_progress(items: Iterator[Article | InputError], enabled: bool) -> Iterator[Article | InputError]:
    if not enabled:
        yield from items
        return
    from tqdm import tqdm

    with tqdm(unit=" articles", file=sys.stderr, dynamic_ncols=True, desc="ingest") as bar:
        for item in items:
            yield item
            bar.update(1)


def ingest(
    inputs: Iterable[str],
    store: Store,
    *,
    gazetteer: str | None = None,
    extractor: Extractor | None = None,
    workers: int = 1,
    fetcher: Fetcher | None = None,
    progress: bool = False,
) -> IngestSummary:
    """Ingest every article of the inputs into the store; returns what happened."""
    items = _with_progress(iter_sources(inputs, fetcher or UrlFetcher()), progress)
    return ingest_items(items, store, gazetteer=gazetteer, extractor=extractor, workers=workers)


def ingest_items(
    items: Iterable[Article | InputError],
    store: Store,
    *,
    gazetteer: str | None = None,
    extractor: Extractor | None = None,
    workers: int = 1,
) -> IngestSummary:
    """Ingest articles already read (errors in place are counted as failed)."""
    summary = IngestSummary()
    fresh = skip_present(items, store, summary)

    results: Iterator[tuple[Article | InputError, ArticleResult | InputError]]
    if workers > 1 and extractor is None:
        results = _parallel(fresh, gazetteer, workers)
    else:
        run = extractor or pipeline_extractor(gazetteer)
        results = ((item, item if isinstance(item, InputError) else extract_or_error(run, item)) for item in fresh)
    for item, result in results:
        if isinstance(result, InputError):
            summary.failed.append(result)
            continue
        assert isinstance(item, Article)
        summary.store(store, item, result)
    return summary


def _parallel(
    items: Iterator[Article | InputError], gazetteer: str | None, workers: int
) -> Iterator[tuple[Article | InputError, ArticleResult | InputError]]:
    """Extraction on worker processes, in input order, each result paired with its article."""
    from marsad.batch import extract_stream

    pending: deque[Article | InputError] = deque()

    def remember() -> Iterator[Article | InputError]:
        for item in items:
            pending.append(item)
            yield item

    for result in extract_stream(remember(), gazetteer=gazetteer, workers=workers):
        yield pending.popleft(), result
