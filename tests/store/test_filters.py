"""The filter layer over a real store (SQLite and PostgreSQL): aliases, folded spelling, inflections,
and the date of last resort of undated events."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from store_factories import IS, REGIME, make_article, make_event, make_result

from marsad.errors import StoreError
from marsad.store import EventFilter, Store, open_store
from marsad.store.filters import parse_filter
from marsad.store.migrations import LATEST


def _fill(store: Store) -> None:
    store.add_article(make_article("a", "شنت طائرات التحالف الغارات على مواقع التنظيم في الرقة"),
                      make_result("a", make_event()))
    store.add_article(make_article("b", "قصفت قوات النظام بلدة في ريف دير الزور"),
                      make_result("b", make_event(actor1=REGIME, actor2=None, date="2017-07-02",
                                                  sub_event_type="Shelling/artillery/missile attack")))
    store.add_article(make_article("c", "اشتباكات عنيفة بين مقاتلي داعش وقوات النظام"),
                      make_result("c", make_event(event_type="Battles", sub_event_type="Armed clash",
                                                  actor1=REGIME, actor2=IS, date="2017-08-01")))


def _ids(store: Store, **params: str) -> list[int]:
    _total, rows = store.query_events(parse_filter(params), limit=100)
    return sorted(int(r["id"]) for r in rows)


def test_actor_aliases_and_folded_arabic(store: Store) -> None:
    _fill(store)
    by_name = _ids(store, actor="Islamic State")
    assert len(by_name) == 2
    assert _ids(store, actor="داعش") == by_name  # an alias of Islamic State
    assert _ids(store, actor="islamic state") == by_name
    regime = _ids(store, actor="Military Forces of Syria")
    assert len(regime) == 2
    assert _ids(store, actor="قوات النظام") == regime
    assert _ids(store, actor="قوّات النّظام") == regime  # diacritics
    assert _ids(store, actor="Narnian Army") == []


def test_text_search_folds_spelling_and_inflections(store: Store) -> None:
    _fill(store)
    strikes = _ids(store, q="غارة")
    assert len(strikes) == 1
    for spelling in ("غاره", "الغارة", "غارات", "والغارات", "غارةٌ"):
        assert _ids(store, q=spelling) == strikes, spelling
    assert len(_ids(store, q="اشتباك")) == 1 and _ids(store, q="الاشتباكات") == _ids(store, q="اشتباك")
    assert _ids(store, q="قصف") == _ids(store, q="قصفت") and len(_ids(store, q="قصف")) == 1
    assert _ids(store, q="غارة الرقة") == strikes and _ids(store, q="غارة دير") == []


def test_types_and_status_any_case(store: Store) -> None:
    _fill(store)
    assert _ids(store, event_type="battles") == _ids(store, event_type="Battles") != []
    by_hand = store.query_events(EventFilter(sub_event_type="armed clash", status="Occurred"))[0]
    assert by_hand == 1


def test_undated_events_get_the_date_of_last_resort(store: Store) -> None:
    published = make_result("p", make_event(date=None, time_precision=1), published="2017-06-20")
    store.add_article(make_article("p"), published)
    bare = make_result("q", make_event(date=None, location=None), published=None)
    store.add_article(make_article("q"), bare)
    _total, rows = store.query_events(EventFilter(), limit=10)
    by_basis = {r["date_basis"]: r for r in rows}
    assert by_basis["published"]["date"] == "2017-06-20" and by_basis["published"]["time_precision"] == 3
    today = datetime.now(UTC).date().isoformat()
    assert by_basis["ingested"]["date"] == today and by_basis["ingested"]["time_precision"] == 3
    assert store.query_events(EventFilter(since=today))[0] == 1  # filters see the date
    dated = make_result("r", make_event(date="2017-06-19"))
    store.add_article(make_article("r"), dated)
    assert [r["date_basis"] for r in store.query_events(EventFilter(until="2017-06-19"))[1]] == [None]


def test_migration_2_dates_undated_events_and_refolds_search(tmp_path: Path) -> None:
    """A store written before version 2 gets the date of last resort and folded search on migrating."""
    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    with open_store(url) as store:
        store.add_article(make_article("p", "شنت طائرات التحالف الغارات على الرقة"),
                          make_result("p", make_event(date=None), published="2017-06-20"))
        # back to version 1: no date of last resort, raw text in the full-text index
        for sql in ("UPDATE events SET date = NULL, time_precision = 1", "ALTER TABLE events DROP COLUMN date_basis",
                    "INSERT INTO articles_fts (articles_fts) VALUES ('delete-all')",
                    "INSERT INTO articles_fts (rowid, title, text) SELECT pk, title, text FROM articles",
                    "DELETE FROM schema_migrations WHERE version >= 2",
                    # and without what later versions add (the reviews of version 3, the vague tolls of 4)
                    "DROP TABLE review_log", "DROP INDEX events_review",
                    *(f"ALTER TABLE events DROP COLUMN {c}"
                      for c in ("review_status", "review_overrides", "reviewed_at", "reviewed_by")),
                    *(f"ALTER TABLE reports DROP COLUMN {c}" for c in ("fatalities_vague", "injured_vague"))):
            store._run(sql)
    with pytest.raises(StoreError, match="schema version 1"):
        open_store(url, read_only=True)
    with open_store(url) as store:
        assert store.schema_version() == LATEST
        _total, rows = store.query_events(EventFilter(), limit=10)
        assert [(r["date"], r["time_precision"], r["date_basis"]) for r in rows] == [("2017-06-20", 3, "published")]
        assert store.query_events(EventFilter(q="غارة"))[0] == 1
