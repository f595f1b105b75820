"""A nationality adjective right after a place name ("مدينة X البريطانية") puts the place in that
country: a namesake elsewhere is not it, and a place the gazetteer lacks is coded to that country.
Reports written for these tests."""

from __future__ import annotations

import marsad
from marsad.model import Event


def events(text: str) -> list[Event]:
    return list(marsad.extract(text, published="2018-05-01", article_id="t", decider="rules").events)


def test_the_adjective_outweighs_a_namesake_in_the_country_of_the_dateline() -> None:
    found = events("أتلانتا، الولايات المتحدة - قتل شخصان في انفجار عبوة ناسفة أمس في مدينة سالزبوري "
                   "البريطانية بحسب الشرطة.")
    assert found, "the explosion is an event"
    assert {e.location.country for e in found if e.location} == {"GB"}


def test_the_adjective_places_a_border_town_on_its_side() -> None:
    found = events("قتل ثلاثة أشخاص في انفجار سيارة مفخخة في مدينة سروج الحدودية التركية أمس.")
    assert found and all(e.location and e.location.country == "TR" for e in found)


def test_an_unknown_town_with_its_adjective_is_coded_to_its_country() -> None:
    found = events("قتل خمسة أشخاص في انفجار عبوة ناسفة في مدينة زيزيبو الكينية أمس.")
    assert found
    loc = found[0].location
    assert loc is not None and loc.country == "KE" and loc.geo_precision == 3
    assert loc.lat is not None and -5.0 < loc.lat < 5.5 and loc.lon is not None and 33.0 < loc.lon < 42.0


def test_an_adjective_of_people_does_not_move_the_place() -> None:
    found = events("اندلعت اشتباكات بين مسلحين أمس في مخيم عين الحلوة للاجئين الفلسطينيين قرب صيدا.")
    assert found and all(e.location and e.location.country == "LB" for e in found)


def test_a_word_that_is_a_person_with_an_adjective_is_no_place() -> None:
    found = events("قالت السفيرة الأمريكية إن غارات جوية استهدفت مواقع في مدينة حماة أمس.")
    assert all(e.location and e.location.name_ar != "السفيرة" for e in found)
    assert any(e.location and e.location.country == "SY" for e in found)
