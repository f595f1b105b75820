"""A quarter, street, square or camp named after a country ("شارع فلسطين"، "حي اليمن"، "مخيم
فلسطين") is a place inside the town named with it, never that country; on sentences written
for the test."""

from __future__ import annotations

import pytest

import marsad
from marsad.model import Event

PUB = "2018-06-20"


def events(text: str) -> list[Event]:
    return list(marsad.extract(text, published=PUB, article_id="t", decider="rules").events)


@pytest.mark.parametrize(
    ("text", "name", "country", "town"),
    [
        ("اندلعت اشتباكات بين قوة من الجيش ومسلحين في منطقة شارع فلسطين شرقي بغداد.", "فلسطين", "IQ", (33.34, 44.40)),
        ("قتل ثلاثة أشخاص في انفجار سيارة مفخخة في حي اليمن بمدينة تعز.", "اليمن", "YE", (13.58, 44.02)),
        ("تظاهر المئات في ساحة العراق وسط مدينة الموصل.", "العراق", "IQ", (36.34, 43.13)),
        ("سقطت قذائف هاون على مخيم فلسطين جنوب دمشق.", "فلسطين", "SY", (33.51, 36.29)),
    ],
)
def test_a_street_named_after_a_country_lies_in_its_town(
    text: str, name: str, country: str, town: tuple[float, float]
) -> None:
    found = events(text)
    assert len(found) == 1
    loc = found[0].location
    assert loc is not None
    assert (loc.name_ar, loc.country, loc.geo_precision) == (name, country, 2)
    assert loc.lat is not None and loc.lon is not None
    assert abs(loc.lat - town[0]) < 0.2 and abs(loc.lon - town[1]) < 0.2
    assert loc.evidence is not None and text[loc.evidence.start : loc.evidence.end] == loc.evidence.text


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a plural place word before a country names parts of it; "مدينة" its city
        ("شنت الطائرات غارات على مناطق سوريا الشمالية.", "SY"),
        ("انفجرت سيارة مفخخة في مدينة الكويت أمس.", "KW"),
        # a preposition on the name: a street in that country
        ("اختطف مسلحون صحفيا في شارع بألمانيا أمس.", "DE"),
    ],
)
def test_other_place_words_before_a_country_leave_it_the_country(text: str, country: str) -> None:
    found = events(text)
    assert [e.location.country for e in found if e.location is not None] == [country]
