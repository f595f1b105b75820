"""An event told at governorate level and again at a town of that governorate is one event."""

from __future__ import annotations

from pathlib import Path

import marsad

LEAD = "انتزعت قوات الجيش اليمني، الثلاثاء، مواقع من قبضة ميليشيات الحوثي في محافظة صعدة. "


def _regains(text: str, gazetteer: Path) -> list[marsad.model.Event]:
    found = marsad.extract(text, published="2018-05-01", gazetteer=str(gazetteer)).events
    return [e for e in found if e.sub_event_type == "Government regains territory"]


def test_governorate_and_town_are_one_event(real_gazetteer_path: Path) -> None:
    text = LEAD + "وسيطر الجيش اليمني على مواقع في جبهة علب بمدينة صعدة بعد معارك مع الحوثيين."
    found = _regains(text, real_gazetteer_path)
    assert [(e.location.geo_precision, e.location.country) for e in found] == [(1, "YE")]


def test_a_town_of_another_governorate_stays_apart(real_gazetteer_path: Path) -> None:
    text = LEAD + "وسيطر الجيش اليمني على مواقع في مدينة تعز بعد معارك مع الحوثيين."
    found = _regains(text, real_gazetteer_path)
    assert sorted(e.location.geo_precision for e in found) == [1, 3]
