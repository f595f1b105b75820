"""Merging rules on hand-built reports (pure functions, no storage)."""

from __future__ import annotations

from dataclasses import replace

from store_factories import (
    ABU_KAMAL,
    COALITION,
    IS,
    QAIM,
    RAQQA,
    RAQQA_COUNTRYSIDE,
    RAQQA_EAST,
    REGIME,
    SDF,
    TABQA,
    make_event,
)

from marsad import dedupe
from marsad.model import Count


def rep(key: str, rid: int = 0, outlet: str = "BBC Arabic", **over: object) -> dedupe.Report:
    return dedupe.report_from_event(make_event(**over), article_key=key, outlet=outlet,
                                    reported="2017-06-10", report_id=rid)


def test_same_strike_from_two_outlets_merges() -> None:
    a, b = rep("a", 1), rep("b", 2, outlet="Sky News Arabia", fatalities=Count(8, 7, 9))
    why = dedupe.pair_reasons(a, b)
    assert why is not None and "same day" in why and "same place gn:163345" in why
    [event] = dedupe.cluster([a, b])
    m = dedupe.summarize(event)
    assert m.n_reports == 2 and m.outlets == ("BBC Arabic", "Sky News Arabia")
    assert m.fatalities == Count(best=5, low=5, high=9)
    assert m.first_reported == m.last_reported == "2017-06-10"


def test_same_article_never_merges() -> None:
    assert dedupe.pair_reasons(rep("a"), rep("a")) is None


def test_type_family_and_type() -> None:
    assert dedupe.pair_reasons(rep("a"), rep("b", sub_event_type="Shelling/artillery/missile attack"))
    assert dedupe.pair_reasons(rep("a"), rep("b", sub_event_type="Suicide bomb")) is None
    assert dedupe.pair_reasons(rep("a"), rep("b", event_type="Battles", sub_event_type="Armed clash")) is None


def test_dates_by_precision() -> None:
    assert dedupe.pair_reasons(rep("a"), rep("b", date="2017-06-10")) is None  # both exact, other day
    assert dedupe.pair_reasons(rep("a"), rep("b", date="2017-06-11", time_precision=2))  # within the week
    assert dedupe.pair_reasons(rep("a"), rep("b", date="2017-06-20", time_precision=2)) is None
    assert dedupe.pair_reasons(rep("a"), rep("b", date="2017-06-28", time_precision=3))  # same month
    assert dedupe.pair_reasons(rep("a"), rep("b", date=None)) is None


def test_places() -> None:
    assert "km apart" in " ".join(dedupe.pair_reasons(rep("a"), rep("b", location=RAQQA_EAST)) or [])
    assert dedupe.pair_reasons(rep("a"), rep("b", location=TABQA)) is None  # 40 km
    assert "same district" in " ".join(dedupe.pair_reasons(rep("a"), rep("b", location=RAQQA_COUNTRYSIDE)) or [])
    assert dedupe.pair_reasons(rep("a"), rep("b", location=None)) is None
    # Abu Kamal (SY) and Al Qa'im (IQ) are 20 km apart; even at the same coordinates they never merge
    near_border = replace(QAIM, lat=ABU_KAMAL.lat, lon=ABU_KAMAL.lon + 0.05)
    assert dedupe.pair_reasons(rep("a", location=ABU_KAMAL), rep("b", location=near_border)) is None
    other_admin1 = replace(RAQQA_EAST, admin1="Aleppo")
    assert dedupe.pair_reasons(rep("a"), rep("b", location=other_admin1)) is None


def test_actors() -> None:
    assert dedupe.pair_reasons(rep("a"), rep("b", actor2=None))  # one side unknown
    assert dedupe.pair_reasons(rep("a"), rep("b", actor1=IS, actor2=COALITION))  # sides swapped
    assert dedupe.pair_reasons(rep("a"), rep("b", actor1=REGIME)) is None  # conflicting named actor
    assert dedupe.pair_reasons(rep("a", actor2=SDF), rep("b")) is None


def test_status_other_than_occurred_stays_alone() -> None:
    events = dedupe.cluster([rep("a"), rep("b", status="denied"), rep("c", status="denied")])
    assert sorted(len(e) for e in events) == [1, 1, 1]


def test_join_needs_every_member() -> None:
    # b is 4 km east of a; c is 7 km east of b, 11 km from a: c must not chain in
    far_east = replace(RAQQA_EAST, place_id="gn:x", lon=RAQQA_EAST.lon + 0.08)
    a, b, c = rep("a", 1), rep("b", 2, location=RAQQA_EAST), rep("c", 3, location=far_east)
    assert dedupe.distance_km(RAQQA.lat or 0, RAQQA.lon or 0, far_east.lat or 0, far_east.lon or 0) > dedupe.MAX_KM
    assert dedupe.pair_reasons(b, c) is not None
    clusters = dedupe.cluster([a, b, c])
    assert [len(x) for x in clusters] == [2, 1]


def test_choose_closest_candidate() -> None:
    raqqa, east = [rep("a", 1)], [rep("b", 2, location=RAQQA_EAST)]
    chosen = dedupe.choose_event(rep("c", 3), {10: east, 11: raqqa})
    assert chosen is not None and chosen[0] == 11  # the same gazetteer place beats 4 km


def test_summary_precision_and_sources() -> None:
    vague = rep("a", 1, location=RAQQA_COUNTRYSIDE, date="2017-06-11", time_precision=2)
    exact = rep("b", 2, outlet="CNN Arabic")
    m = dedupe.summarize([vague, exact])
    assert (m.date, m.time_precision, m.geo_precision, m.place_id) == ("2017-06-09", 1, 1, "gn:163345")
    assert (m.date_start, m.date_end) == ("2017-06-09", "2017-06-09")
    assert m.sources == ("Syrian Observatory for Human Rights",)
    assert m.n_sources == 3  # SOHR, BBC Arabic, CNN Arabic
