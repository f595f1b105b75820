"""The first example article: the air battle and the helicopter strike at السيال are found,
coded to the International Coalition against Islamic State, attributed to SOHR, in Syria;
the analysis paragraphs (the regime's two offensives, the Tehran–Damascus road) give no
occurred event."""

from __future__ import annotations

import json

import pytest

import marsad
from marsad.model import Event

from ..conftest import ARTICLES


@pytest.fixture(scope="module")
def seed_events() -> list[Event]:
    path = ARTICLES / "seed.jsonl"
    if not path.exists():
        pytest.skip("../shared/data/articles/seed.jsonl is not here")
    article = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    return list(marsad.extract(article["text"], published=article.get("published"), article_id=article["id"]).events)


def at_sayyal(events: list[Event]) -> list[Event]:
    return [e for e in events if e.location is not None and e.location.name_ar == "السيال" and e.status == "occurred"]


def test_air_battle_and_helicopter_strike_at_sayyal(seed_events: list[Event]) -> None:
    found = {e.sub_event_type: e for e in at_sayyal(seed_events)}
    assert {"Armed clash", "Air/drone strike"} <= set(found)
    for e in found.values():
        assert e.actor1 is not None and e.actor1.name == "International Coalition"
        assert e.actor2 is not None and e.actor2.name == "Islamic State"
        assert [s.name for s in e.sources] == ["Syrian Observatory for Human Rights"]


def test_sayyal_is_the_syrian_one(seed_events: list[Event]) -> None:
    for e in at_sayyal(seed_events):
        assert e.location is not None and e.location.country == "SY"
        assert e.location.lat is not None and 34.0 < e.location.lat < 35.2
        assert e.location.lon is not None and 40.3 < e.location.lon < 41.3  # Abu Kamal district


def test_analysis_paragraphs_give_no_occurred_event(seed_events: list[Event]) -> None:
    occurred = [e for e in seed_events if e.status == "occurred"]
    assert all(e.location is not None and e.location.name_ar == "السيال" for e in occurred), [
        (e.sub_event_type, e.location.name_ar if e.location else None, e.trigger.text) for e in occurred
    ]
