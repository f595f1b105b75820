"""The store on SQLite and PostgreSQL: transactions, idempotence, merging, the query API."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_factories import DEIR, RAQQA_EAST, REGIME, TABQA, make_article, make_event, make_result

from marsad.errors import StoreError
from marsad.model import Count
from marsad.store import EventFilter, Store, migrations, open_store


def test_migrations_recorded_and_rerun_is_noop(store: Store, db_url: str) -> None:
    assert store.schema_version() == migrations.LATEST
    with open_store(db_url) as again:
        assert again.migrate() == []


def test_an_exact_toll_of_one_outlet_beats_a_vague_one_of_another(store: Store) -> None:
    """Across articles as within one (marsad.merge): "dozens killed" and "28 killed" of one strike do not
    conflict; the vagueness of the stored report survives the store."""
    store.add_article(make_article("a"), make_result("a", make_event(fatalities=Count(10, 10, 10, vague=True))))
    store.add_article(make_article("b"), make_result("b", make_event(fatalities=Count(28, 28, 28)), outlet="Al Arabiya"))
    store.add_article(make_article("c"), make_result("c", make_event(fatalities=Count(30, 30, 30)), outlet="Sky News Arabia"))
    _, [event] = store.query_events(EventFilter())
    assert event["n_reports"] == 3
    assert event["fatalities"] == {"best": 28, "low": 10, "high": 30}


def test_add_article_and_idempotence(store: Store) -> None:
    article = make_article("a1", url="https://example.org/a1")
    outcome = store.add_article(article, make_result("a1", make_event()))
    assert outcome.new and outcome.reports == 1 and outcome.events_added == 1
    assert not store.add_article(article, make_result("a1", make_event())).new
    # same URL under no id, same text under no id/url: both already present
    assert store.has_article(make_article(None, "other", url="https://example.org/a1"))
    assert store.has_article(make_article(None, article.text))
    assert store.counts() == {"articles": 1, "reports": 1, "events": 1, "event_reports": 1}


def test_reports_of_different_articles_merge(store: Store) -> None:
    store.add_article(make_article("a"), make_result("a", make_event(), outlet="BBC Arabic"))
    out = store.add_article(
        make_article("b"),
        make_result("b", make_event(location=RAQQA_EAST, fatalities=Count(9, 7, 12)), outlet="Al Arabiya",
                    published="2017-06-11"),
    )
    assert out.events_merged == 1 and out.events_added == 0
    total, [event] = store.query_events(EventFilter())
    assert total == 1
    assert event["n_reports"] == 2 and event["outlets"] == ["BBC Arabic", "Al Arabiya"]
    assert event["fatalities"] == {"best": 5, "low": 5, "high": 12}
    assert (event["first_reported"], event["last_reported"]) == ("2017-06-10", "2017-06-11")
    assert len(event["merge_reasons"]) == 2
    assert any("km apart" in r for r in event["merge_reasons"][1]["reasons"])
    full = store.get_event(event["id"])
    assert full is not None and len(full["reports"]) == 2
    report = full["reports"][1]
    assert report["outlet"] == "Al Arabiya" and report["article"]["key"] == "b"
    assert report["sentence"]["text"] and "trigger" in report["evidence"]
    assert store.get_event(event["event_id_cnty"]) is not None and store.get_event(10**9) is None


def test_no_merge_across_places_types_actors_or_within_article(store: Store) -> None:
    store.add_article(make_article("a"), make_result("a", make_event(), make_event(id="ev-2")))
    store.add_article(make_article("b"), make_result("b", make_event(location=TABQA)))
    store.add_article(make_article("c"), make_result("c", make_event(event_type="Battles",
                                                                     sub_event_type="Armed clash")))
    store.add_article(make_article("d"), make_result("d", make_event(actor1=REGIME)))
    store.add_article(make_article("e"), make_result("e", make_event(status="denied")))
    assert store.counts()["events"] == 6


def test_filters_and_stats(store: Store) -> None:
    store.add_article(make_article("a", "غارة على الرقة"), make_result("a", make_event()))
    store.add_article(make_article("b", "اشتباكات في دير الزور"), make_result(
        "b", make_event(event_type="Battles", sub_event_type="Armed clash", location=DEIR, date="2017-07-01",
                        actor1=REGIME)))
    def n(**kw: object) -> int:
        return store.query_events(EventFilter(**kw))[0]  # type: ignore[arg-type]

    assert n() == 2
    assert n(since="2017-06-10") == 1 and n(until="2017-06-09") == 1
    assert n(country="SY") == 2 and n(country="Syria") == 2 and n(country="IQ") == 0
    assert n(admin1="deir ez-zor") == 1 and n(event_type="Battles") == 1
    assert n(sub_event_type="Air/drone strike") == 1 and n(status="occurred") == 2
    assert n(actor="coalition") == 1 and n(actor="قوات النظام") == 1 and n(actor="100%_") == 0
    assert n(bbox=(38.5, 35.5, 39.5, 36.5)) == 1
    assert n(q="الرقة") == 1 and n(q="اشتباكات دير") == 1 and n(q='" OR 1=1 --') == 0
    stats = store.stats(EventFilter())
    assert stats["total"] == 2
    assert {r["event_type"]: r["count"] for r in stats["by_event_type"]} == {
        "Battles": 1, "Explosions/Remote violence": 1}
    assert [r["date"] for r in stats["by_day"]] == ["2017-06-09", "2017-07-01"]
    assert {r["admin1"] for r in stats["by_admin1"]} == {"Ar Raqqah", "Deir ez-Zor"}
    total, page = store.query_events(EventFilter(), limit=1, offset=1)
    assert total == 2 and len(page) == 1 and page[0]["date"] == "2017-06-09"
    assert len(list(store.iter_events(EventFilter(), batch=1))) == 2


HOSTILE = "قال 'مصدر' \"آخر\": '); DROP TABLE articles;-- <script>alert('x')</script> %s ? $1 \\ \u200f\n\tنهاية"


def test_hostile_text_round_trips_byte_for_byte(store: Store) -> None:
    article = make_article("x'); DROP TABLE events;--", HOSTILE, title="<script>t</script>",
                           url="https://e.org/?q=' OR 1=1", outlet="O'Reilly")
    store.add_article(article, make_result(article.id or "", make_event(notes=HOSTILE)))
    got = store.get_article(article.id or "")
    assert got is not None
    assert got["text"].encode("utf-8") == HOSTILE.encode("utf-8")
    assert (got["title"], got["url"], got["outlet"]) == (article.title, article.url, article.outlet)
    assert got["reports"][0]["event"]["notes"] == HOSTILE
    assert store.counts()["articles"] == 1
    assert store.query_events(EventFilter(actor="'; DROP TABLE events;--"))[0] == 0


def test_failed_transaction_leaves_nothing(store: Store) -> None:
    bad = make_event(event_type=None)  # violates NOT NULL in the reports table
    with pytest.raises(StoreError):
        store.add_article(make_article("bad"), make_result("bad", make_event(id="ok"), bad))
    assert store.counts() == {"articles": 0, "reports": 0, "events": 0, "event_reports": 0}


def test_read_only(db_url: str, store: Store) -> None:
    store.add_article(make_article("a"), make_result("a", make_event()))
    with open_store(db_url, read_only=True) as ro:
        assert ro.query_events(EventFilter())[0] == 1
        with pytest.raises(StoreError):
            ro.add_article(make_article("b"), make_result("b", make_event()))


def test_read_only_missing_sqlite_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        open_store(f"sqlite:///{tmp_path / 'none.sqlite'}", read_only=True)
    assert not (tmp_path / "none.sqlite").exists()


def test_sqlite_is_wal(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'deep' / 'er' / 'x.sqlite'}"
    with open_store(url) as s:
        assert s._one("PRAGMA journal_mode")["journal_mode"] == "wal"  # type: ignore[index]
