"""An event told at governorate level and again at a town of that governorate is one event."""

from __future__ import annotations

from pathlib import Path

import marsad

LEAD = "استعادت القوات الحكومية اليمنية، الثلاثاء، تلالا كانت بيد مسلحي الحوثي في محافظة صعدة. "


def _regains(text: str, gazetteer: Path) -> list[marsad.model.Event]:
    # the rules' decision: folding levels is geocoding's work, and a lead that names only a
    # governorate sits near the learned filter's threshold, where a rebuilt model may fall either side
    found = marsad.extract(text, published="2018-05-01", gazetteer=str(gazetteer), decider="rules").events
    return [e for e in found if e.sub_event_type == "Government regains territory"]


def test_governorate_and_town_are_one_event(real_gazetteer_path: Path) -> None:
    text = LEAD + "واستعاد الجيش اليمني تلك التلال في جبهة علب بمدينة صعدة إثر قتال مع الحوثيين."
    found = _regains(text, real_gazetteer_path)
    # one event, at the front of علب in the town (coded to the town), not at the governorate
    assert [(e.location.geo_precision < 3, e.location.country) for e in found] == [(True, "YE")]


def test_a_town_of_another_governorate_stays_apart(real_gazetteer_path: Path) -> None:
    text = LEAD + "واستعاد الجيش اليمني تلالا أخرى في مدينة تعز إثر قتال مع الحوثيين."
    found = _regains(text, real_gazetteer_path)
    assert sorted(e.location.geo_precision for e in found) == [1, 3]


ROCKET = ("قتل 9 أشخاص أمس بصاروخ أطلقته قوات النظام السوري على حي سكني في وسط مدينة حلب. "
          "وأوضح ناشطون أن الصاروخ أصاب حي المغاير السكني في حلب القديمة الواقع قرب القلعة، "
          "فقتل 9 أشخاص.")


def test_a_neighbourhood_is_found_in_its_town_not_far_away(real_gazetteer_path: Path) -> None:
    # the gazetteer's only المغاير are villages far from Aleppo: the neighbourhood is coded to the
    # old city named with it, and the rocket on Aleppo is the same event
    found = marsad.extract(ROCKET, published="2015-07-22", gazetteer=str(real_gazetteer_path)).events
    assert len(found) == 1
    loc = found[0].location
    assert loc.name_ar == "المغاير"
    assert loc.lat is not None and loc.lon is not None
    assert abs(loc.lat - 36.2) < 0.1 and abs(loc.lon - 37.16) < 0.1
