"""``marsad ingest --dask ADDRESS``: extraction on Dask distributed workers, storing on the client.

>>> from marsad.distributed import ingest_dask
>>> summary = ingest_dask(["news.jsonl"], "sqlite:///events.sqlite", "local:2")
>>> summary = ingest_dask(["news.jsonl"], "postgresql://u:p@db/marsad", "tcp://scheduler:8786")

How the work is split:

- The client reads the inputs (files, folders, feeds, URLs, in order), skips articles already in
  the store and cuts the rest into partitions of ``partition_size`` articles.
- Each partition is one Dask task. A worker process builds the pipeline and opens the gazetteer
  once (``get_pipeline`` caches it per process) and extracts every article of the partition.
  Only the articles go out and only the results come back; the gazetteer stays on the workers.
- The client stores the results partition by partition, in input order, each article in its own
  transaction (``Store.add_article``). Merging of reports into events depends on the order in
  which reports arrive, so storing in input order is what makes the store identical to a
  single-process ``marsad ingest``, whatever the number of workers.
- At most a few partitions per worker thread are in flight, so memory stays bounded on inputs of
  any size. A worker that dies loses only its partitions in flight; Dask runs them again on
  another worker and, since nothing is stored before a partition's results reach the client,
  nothing is stored twice (and ``add_article`` skips an article already present anyway).

``address`` is a scheduler address (``tcp://host:8786``, ``tls://...``) or ``local:N`` for a
``LocalCluster`` of N worker processes with one thread each, started and closed here.
"""

from __future__ import annotations

import logging
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from marsad.batch import extract_or_error
from marsad.errors import ConfigError, InputError, MarsadError
from marsad.ingest import IngestSummary, iter_sources, pipeline_extractor, skip_present
from marsad.model import Article, ArticleResult

if TYPE_CHECKING:
    from distributed import Client, Future

    from marsad.feeds import Fetcher
    from marsad.store.base import Store

DEFAULT_PARTITION_SIZE = 500
IN_FLIGHT_PER_THREAD = 2  # partitions queued per worker thread, beyond the one it runs

# What a worker sends back for one article: its result, or an input error as plain values
# (an exception pickled across processes keeps only its message, not ``source``).
WireError = tuple[str, str | None, int | None]
WireResult = ArticleResult | WireError


@dataclass(frozen=True, slots=True)
class Address:
    """A parsed ``--dask`` address: a scheduler to connect to, or a local cluster to start."""

    scheduler: str | None = None
    local_workers: int = 0

    @classmethod
    def parse(cls, address: str) -> Address:
        text = address.strip()
        if text.startswith("local:"):
            count = text[len("local:"):]
            if not count.isdigit() or int(count) < 1:
                raise ConfigError(f"--dask {address!r}: local:N needs a number of workers N >= 1, e.g. local:2")
            return cls(local_workers=int(count))
        if "://" in text and text.split("://", 1)[1]:
            return cls(scheduler=text)
        raise ConfigError(
            f"--dask {address!r}: expected a scheduler address such as tcp://host:8786, or local:N"
        )


@contextmanager
def dask_client(address: str) -> Iterator[Client]:
    """A connected client: to the scheduler at ``address``, or to a fresh ``LocalCluster`` (``local:N``)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - distributed is a dependency
        raise ConfigError("--dask needs the 'distributed' package: pip install 'dask[distributed]'") from exc

    parsed = Address.parse(address)
    if parsed.scheduler is None:
        cluster = LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=parsed.local_workers, processes=True, threads_per_worker=1,
            dashboard_address=None, silence_logs=logging.ERROR,
        )
        try:
            with Client(cluster) as client:  # type: ignore[no-untyped-call]
                yield client
        finally:
            cluster.close()
        return
    try:
        client = Client(parsed.scheduler, timeout=30)  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError) as exc:
        raise ConfigError(f"--dask {address}: cannot reach the Dask scheduler ({exc})") from exc
    with client:
        yield client


# --- on the workers -----------------------------------------------------------------------------


WARM_TEXT = "قصفت قوات النظام السوري بلدة كفرنبل في ريف إدلب أمس، ما أسفر عن مقتل ثلاثة مدنيين."


def warm(gazetteer: str | None) -> str:
    """Build this process's pipeline now (it is cached) and run it once, so that what stages
    load lazily is loaded before the first partition; returns the gazetteer it opened."""
    from marsad.pipeline import get_pipeline

    pipeline = get_pipeline(gazetteer)
    pipeline.extract(WARM_TEXT, published="2017-06-10")
    return str(pipeline.gazetteer.path)


def extract_partition(articles: list[Article], gazetteer: str | None) -> list[WireResult]:
    """One partition's results in order; runs on a worker with the process's cached pipeline."""
    run = pipeline_extractor(gazetteer)
    out: list[WireResult] = []
    for article in articles:
        result = extract_or_error(run, article)
        if isinstance(result, InputError):
            out.append((result.reason, result.source, result.line))
        else:
            out.append(result)
    return out


# --- on the client ------------------------------------------------------------------------------


def resolve_gazetteer(gazetteer: str | None) -> str | None:
    """The gazetteer file the workers must open, decided once on the client (None: embedded)."""
    from marsad import settings

    chosen, _why = settings.chosen_gazetteer(gazetteer)
    return str(chosen.resolve()) if chosen is not None else None


def _partitions(items: Iterable[Article | InputError], size: int) -> Iterator[list[Article | InputError]]:
    batch: list[Article | InputError] = []
    n_articles = 0
    for item in items:
        batch.append(item)
        if isinstance(item, Article):
            n_articles += 1
            if n_articles >= size:
                yield batch
                batch, n_articles = [], 0
    if batch:
        yield batch


def _threads(client: Client) -> int:
    nthreads: dict[str, int] = client.nthreads()  # type: ignore[no-untyped-call]
    return max(1, sum(nthreads.values()))


def ingest_dask(
    inputs: Iterable[str],
    db_url: str | None,
    address: str,
    *,
    gazetteer: str | None = None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    fetcher: Fetcher | None = None,
    progress: bool = False,
    on_stored: Callable[[int, IngestSummary], None] | None = None,
) -> IngestSummary:
    """Ingest every article of the inputs into the store at ``db_url``, extracting on Dask.

    The stored articles, reports, events and merges are the same as those of
    ``marsad.ingest.ingest`` in one process. ``on_stored(partition_index, summary)`` is called on
    the client after each partition is stored (progress reporting, tests).
    """
    from marsad.feeds import UrlFetcher
    from marsad.store import open_store

    if partition_size < 1:
        raise ConfigError(f"partition size must be at least 1, not {partition_size}")
    Address.parse(address)  # fail on a bad address before opening anything
    summary = IngestSummary()
    worker_gazetteer = resolve_gazetteer(gazetteer)
    with open_store(db_url) as store, dask_client(address) as client:
        client.run(warm, worker_gazetteer)  # load errors (missing gazetteer) show here, once per worker
        items = iter_sources(inputs, fetcher or UrlFetcher())
        fresh = skip_present(items, store, summary)

        bar = _progress_bar(progress)
        pending: deque[tuple[list[Article | InputError], Future[list[WireResult]] | None]] = deque()
        window = IN_FLIGHT_PER_THREAD * _threads(client) + 1
        done = 0
        try:
            for batch in _partitions(fresh, partition_size):
                pending.append((batch, _submit(client, batch, worker_gazetteer)))
                while len(pending) >= window:
                    _store_partition(store, summary, *pending.popleft())
                    done += 1
                    _after(bar, on_stored, done, summary)
            while pending:
                _store_partition(store, summary, *pending.popleft())
                done += 1
                _after(bar, on_stored, done, summary)
        finally:
            for _batch, future in pending:
                if future is not None:
                    future.cancel()  # type: ignore[no-untyped-call]
            if bar is not None:
                bar.close()
    return summary


def _submit(client: Client, batch: list[Article | InputError], gazetteer: str | None) -> Future[list[WireResult]] | None:
    articles = [item for item in batch if isinstance(item, Article)]
    if not articles:
        return None
    future: Future[list[WireResult]] = client.submit(extract_partition, articles, gazetteer, pure=False)
    return future


def _store_partition(
    store: Store, summary: IngestSummary, batch: list[Article | InputError], future: Future[list[WireResult]] | None
) -> None:
    results: Iterator[WireResult] = iter(())
    if future is not None:
        try:
            results = iter(future.result())
        except MarsadError:
            raise
        except Exception as exc:
            from distributed import KilledWorker

            if isinstance(exc, KilledWorker):
                raise MarsadError(
                    f"a partition of {len(batch)} inputs was retried on dying workers and given up ({exc}); "
                    "the articles stored so far stay stored: run the same ingest again to go on"
                ) from exc
            raise
    for item in batch:
        if isinstance(item, InputError):
            summary.failed.append(item)
            continue
        result = next(results)
        if isinstance(result, tuple):
            reason, source, line = result
            summary.failed.append(InputError(reason, source=source, line=line))
            continue
        summary.store(store, item, result)


class _Bar:
    def __init__(self) -> None:
        from tqdm import tqdm

        self._bar = tqdm(unit=" articles", file=sys.stderr, dynamic_ncols=True, desc="ingest (dask)")
        self._seen = 0

    def update(self, read: int) -> None:
        self._bar.update(read - self._seen)
        self._seen = read

    def close(self) -> None:
        self._bar.close()


def _progress_bar(enabled: bool) -> _Bar | None:
    return _Bar() if enabled else None


def _after(
    bar: _Bar | None, on_stored: Callable[[int, IngestSummary], None] | None, done: int, summary: IngestSummary
) -> None:
    if bar is not None:
        bar.update(summary.read)
    if on_stored is not None:
        on_stored(done - 1, summary)
