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
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from marsad.batch import Executor, Item, Outcome, extract_or_error, pipeline_extractor, ready_pipeline
from marsad.errors import ConfigError, InputError, MarsadError
from marsad.ingest import IngestSummary, ingest
from marsad.model import Article, ArticleResult
from marsad.settings import DEFAULT_TIME_LIMIT

if TYPE_CHECKING:
    from distributed import Client, Future

    from marsad.inputs import Fetcher

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


def warm(gazetteer: str | None) -> str:
    """Build this process's pipeline now (it is cached) and run it once, so that what stages
    load lazily is loaded before the first partition; returns the gazetteer it opened."""
    return str(ready_pipeline(gazetteer).gazetteer.path)


def extract_partition(articles: list[Article], gazetteer: str | None,
                      time_limit: float | None = DEFAULT_TIME_LIMIT) -> list[WireResult]:
    """One partition's results in order; runs on a worker with the process's cached pipeline,
    each article within ``time_limit`` seconds."""
    run = pipeline_extractor(gazetteer)
    out: list[WireResult] = []
    for article in articles:
        result = extract_or_error(run, article, time_limit)
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


def _partitions(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    batch: list[Item] = []
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


class DaskExecutor(Executor):
    """Extraction on the workers of a connected Dask ``client``, a partition of articles per task.

    Yields ``(item, outcome)`` in input order, as every executor does; at most a few partitions per
    worker thread are in flight; each article may take ``time_limit`` seconds on its worker.
    ``on_partition(index)`` is called once the caller has handled (stored) every item of a
    partition and asks for the next.
    """

    def __init__(self, client: Client, gazetteer: str | None, partition_size: int = DEFAULT_PARTITION_SIZE,
                 on_partition: Callable[[int], None] | None = None,
                 time_limit: float | None = DEFAULT_TIME_LIMIT) -> None:
        if partition_size < 1:
            raise ConfigError(f"partition size must be at least 1, not {partition_size}")
        self.client = client
        self.gazetteer = gazetteer
        self.partition_size = partition_size
        self.on_partition = on_partition
        self.time_limit = time_limit

    def run(self, items: Iterable[Item]) -> Iterator[tuple[Item, Outcome]]:
        self.client.run(warm, self.gazetteer)  # load errors (missing gazetteer) show here, once per worker
        pending: deque[tuple[list[Item], Future[list[WireResult]] | None]] = deque()
        window = IN_FLIGHT_PER_THREAD * _threads(self.client) + 1
        done = 0
        try:
            for batch in _partitions(items, self.partition_size):
                pending.append((batch, self._submit(batch)))
                while len(pending) >= window:
                    yield from _pairs(*pending.popleft())
                    done = self._done(done)
            while pending:
                yield from _pairs(*pending.popleft())
                done = self._done(done)
        finally:
            for _batch, future in pending:
                if future is not None:
                    future.cancel()  # type: ignore[no-untyped-call]

    def _done(self, done: int) -> int:
        if self.on_partition is not None:
            self.on_partition(done)
        return done + 1

    def _submit(self, batch: list[Item]) -> Future[list[WireResult]] | None:
        articles = [item for item in batch if isinstance(item, Article)]
        if not articles:
            return None
        future: Future[list[WireResult]] = self.client.submit(extract_partition, articles, self.gazetteer,
                                                              self.time_limit, pure=False)
        return future


def _results(batch: list[Item], future: Future[list[WireResult]] | None) -> Iterator[WireResult]:
    if future is None:
        return iter(())
    try:
        return iter(future.result())
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


def _pairs(batch: list[Item], future: Future[list[WireResult]] | None) -> Iterator[tuple[Item, Outcome]]:
    results = _results(batch, future)
    for item in batch:
        if isinstance(item, InputError):
            yield item, item
            continue
        result = next(results)
        if isinstance(result, tuple):
            reason, source, line = result
            yield item, InputError(reason, source=source, line=line)
        else:
            yield item, result


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
    time_limit: float | None = DEFAULT_TIME_LIMIT,
) -> IngestSummary:
    """Ingest every article of the inputs into the store at ``db_url``, extracting on Dask.

    The stored articles, reports, events and merges are the same as those of
    ``marsad.ingest.ingest`` in one process. ``on_stored(partition_index, summary)`` is called on
    the client after each partition is stored (progress reporting, tests). Each article may take
    ``time_limit`` seconds on its worker, after which it fails and the next one goes on.
    """
    from marsad.store import open_store

    if partition_size < 1:
        raise ConfigError(f"partition size must be at least 1, not {partition_size}")
    Address.parse(address)  # fail on a bad address before opening anything
    worker_gazetteer = resolve_gazetteer(gazetteer)
    with open_store(db_url) as store, dask_client(address) as client:
        summary = IngestSummary()

        def stored(index: int) -> None:
            if on_stored is not None:
                on_stored(index, summary)

        executor = DaskExecutor(client, worker_gazetteer, partition_size, on_partition=stored, time_limit=time_limit)
        return ingest(inputs, store, fetcher=fetcher, progress=progress, executor=executor, summary=summary)
