"""Concurrent writers on one store: every article stored, none lost to a deadlock."""

from __future__ import annotations

import threading

import pytest
from store_factories import ABU_KAMAL, DEIR, RAQQA, TABQA, make_event, make_result

from marsad.errors import InputError
from marsad.ingest import IngestSummary, ingest_items
from marsad.io import Article
from marsad.model import ArticleResult
from marsad.store import open_store

TYPES = (("Explosions/Remote violence", "Air/drone strike"), ("Battles", "Armed clash"),
         ("Violence against civilians", "Attack"), ("Strategic developments", "Looting/property destruction"))
N = 40


def _articles() -> list[Article]:
    return [Article(text=f"خبر {i}", id=f"c{i}", outlet=f"outlet {i % 5}", published="2017-06-10")
            for i in range(N)]


def _extractor(article: Article) -> ArticleResult:
    """Every article reports the same four merging events, in an order that depends on the article:
    writers that lock one event type at a time, in report order, wait on each other in a cycle."""
    i = int(article.key[1:])
    order = TYPES if i % 2 else TYPES[::-1]
    places = (RAQQA, TABQA, DEIR, ABU_KAMAL)
    events = [make_event(id=f"{article.key}-{k}", event_type=t, sub_event_type=s, location=places[k % 4])
              for k, (t, s) in enumerate(order[(i // 2) % 4:] + order[:(i // 2) % 4])]
    return make_result(article.key, *events)


@pytest.mark.server
@pytest.mark.parametrize("run", range(10))
def test_two_concurrent_ingests_on_postgres_store_every_article(pg_url: str, run: int) -> None:
    with open_store(pg_url):
        pass  # migrated once before the writers start
    articles = _articles()
    summaries: list[IngestSummary] = []
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def writer(items: list[Article | InputError]) -> None:
        try:
            with open_store(pg_url) as store:
                start.wait()
                summaries.append(ingest_items(items, store, extractor=_extractor))
        except BaseException as exc:  # noqa: BLE001 (reported by the assertion below)
            errors.append(exc)

    # Overlapping inputs: the second writer reads the same articles in the opposite order.
    threads = [threading.Thread(target=writer, args=(list(articles),)),
               threading.Thread(target=writer, args=(list(reversed(articles)),))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors
    assert sum(s.new for s in summaries) == N
    assert all(not s.failed for s in summaries)
    with open_store(pg_url, read_only=True) as store:
        counts = store.counts()
        assert counts["articles"] == N
        assert counts["reports"] == counts["event_reports"] == 4 * N


@pytest.mark.server
def test_a_real_deadlock_is_recognised_as_retryable(pg_url: str) -> None:
    """What ``add_article`` retries on: the error PostgreSQL gives the loser of a deadlock."""
    from marsad.errors import StoreError
    from marsad.store.base import Store

    stores = [open_store(pg_url), open_store(pg_url)]
    both_locked = threading.Barrier(2)
    lost: list[tuple[Store, StoreError]] = []

    def lock_in_order(store: Store, first: int, second: int) -> None:
        try:
            with store._transaction():
                store._run("SELECT pg_advisory_xact_lock(?)", [first])
                both_locked.wait()
                store._run("SELECT pg_advisory_xact_lock(?)", [second])
        except StoreError as err:
            lost.append((store, err))

    threads = [threading.Thread(target=lock_in_order, args=(stores[0], 1, 2)),
               threading.Thread(target=lock_in_order, args=(stores[1], 2, 1))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    try:
        [(loser, err)] = lost
        assert "deadlock" in str(err) and loser._retryable(err)
        assert not loser._retryable(StoreError("no such table"))
    finally:
        for s in stores:
            s.close()
