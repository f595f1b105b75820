"""Names of places inside idioms, and a Saudi province named with its word of province. Sentences
written for the tests."""

from __future__ import annotations

from marsad.pipeline import Pipeline

PUB = "2015-08-07"


def test_the_sunset_prayer_is_no_country() -> None:
    # "صلاة المغرب" is the sunset prayer: no mention of Morocco, no hint that the article is there
    doc = Pipeline(None).document("فجر انتحاري نفسه داخل مسجد في منطقة عسير أثناء صلاة المغرب أمس.", published=PUB)
    assert "MA" not in doc.country_hints
    assert not [m for m in doc.of("country") if doc.norm[m.start : m.end] == "المغرب"]
    assert {e.location.country for e in doc.events if e.location is not None} <= {"SA"}
    # the country itself is still named
    visit = Pipeline(None).document("وصل وزير الخارجية إلى المغرب أمس في زيارة رسمية.", published=PUB)
    assert "MA" in visit.country_hints


def test_a_saudi_province_named_with_its_word_of_province_is_the_province() -> None:
    # "منطقة عسير" is the official name of the province: coded as the province (at its seat)
    doc = Pipeline(None).document("قتل 13 مصليا في تفجير انتحاري استهدف مسجدا في منطقة عسير أمس.", published=PUB)
    places = [e.location for e in doc.events if e.location is not None]
    assert places and all(p.kind == "governorate" and p.country == "SA" and p.admin1 for p in places)
    assert all(abs((p.lat or 0) - 18.22) < 0.1 and abs((p.lon or 0) - 42.5) < 0.1 for p in places)
