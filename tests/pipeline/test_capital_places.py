"""A capital named by its country's adjective alone ("في العاصمة الصومالية"): sentences written for
the test, each read through the whole pipeline with the shipped gazetteer."""

from __future__ import annotations

import pytest

import marsad
from marsad.geo import open_gazetteer
from marsad.model import Event

PUB = "2017-06-13"


def events(text: str) -> list[Event]:
    return list(marsad.extract(text, published=PUB, article_id="t", decider="rules").events)


@pytest.mark.parametrize(
    ("text", "country", "city"),
    [
        ("قتل خمسة أشخاص على الأقل في انفجار سيارة مفخخة في العاصمة الصومالية يوم الأحد.", "SO", "Mogadishu"),
        ("قتل مسلحون ثلاثة أشخاص في هجوم على فندق بالعاصمة الكينية أمس.", "KE", "Nairobi"),
        ("تظاهر آلاف الأشخاص في العاصمة الفرنسية أمس احتجاجا على قانون التقاعد.", "FR", "Paris"),
        ("قتل ثلاثة أشخاص في اشتباكات بين فصائل مسلحة في العاصمة الليبية أمس.", "LY", "Tripoli"),
    ],
)
def test_the_capital_of_the_country_the_adjective_names(text: str, country: str, city: str) -> None:
    found = events(text)
    assert len(found) == 1
    loc = found[0].location
    assert loc is not None and (loc.country, loc.name) == (country, city)
    assert loc.geo_precision == 1
    # the evidence is the phrase as written: both words, exact offsets
    assert loc.evidence is not None and loc.evidence.text == text[loc.evidence.start : loc.evidence.end]
    assert loc.evidence.text.startswith("العاصمة") and loc.name_ar == loc.evidence.text
    capital = open_gazetteer(None).capital_place(country)
    assert capital is not None and (loc.lat, loc.lon) == (capital.lat, capital.lon)


def test_a_name_after_the_adjective_is_the_place_itself() -> None:
    found = events("قتل ثلاثة أشخاص بانفجار عبوة ناسفة في العاصمة الإثيوبية أديس أبابا أمس.")
    assert [(e.location.name_ar, e.location.name) for e in found if e.location] == [("أديس أبابا", "Addis Ababa")]


def test_near_the_capital_places_the_event_in_the_town_named() -> None:
    found = events("قصفت طائرات حربية بلدة دوما قرب العاصمة السورية أمس.")
    assert [(e.location.name, e.location.country) for e in found if e.location] == [("Douma", "SY")]


def test_an_adjective_that_names_no_country_names_no_capital() -> None:
    # "الإدارية" (administrative) is no country's adjective: the sentence names no place
    assert events("قتل خمسة أشخاص في انفجار سيارة مفخخة في العاصمة الإدارية أمس.") == []


def test_every_capital_the_gazetteer_finds_is_a_city_of_its_country() -> None:
    gaz = open_gazetteer(None)
    found = {cc: gaz.capital_place(cc) for cc in ("SO", "KE", "FR", "LY", "LB", "IQ", "EG", "AF", "ML", "UA")}
    assert all(p is not None and p.country == cc and p.kind == "city" for cc, p in found.items())
    # Tripoli of Libya, not the Lebanese namesake
    libya = found["LY"]
    assert libya is not None and libya.lat > 30 and libya.lon < 20
