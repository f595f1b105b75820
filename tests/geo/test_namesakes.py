"""Namesakes from the real gazetteer: the article's countries and places decide."""

from __future__ import annotations

import pytest

from marsad.geo import Gazetteer, PlaceQuery
from marsad.text import name_key

# (name, country A, country B): keys held by places in both countries of the real import.
NAMESAKES = [
    ("السيال", "SY", "YE"), ("السخنة", "SY", "JO"), ("المدبغة", "SY", "YE"), ("اللقية", "SY", "YE"),
    ("المشارع", "YE", "JO"), ("الحيرة", "IQ", "YE"), ("السعادة", "SY", "JO"), ("عديسة", "SY", "LB"),
    ("قولة", "SY", "IQ"), ("خبيرات", "SY", "IQ"), ("السفح", "SY", "YE"), ("المجلس", "IQ", "YE"),
    ("الفرش", "YE", "JO"), ("الثريا", "YE", "JO"), ("الجريف", "SY", "YE"), ("جران", "YE", "LB"),
    ("طلحة", "IQ", "YE"), ("الدرعي", "SY", "YE"), ("الرغاي", "SY", "IQ"), ("منسية", "SY", "IQ"),
    ("سلوة", "SY", "YE"), ("الحفر", "SY", "YE"), ("ام زيتونة", "SY", "JO"), ("سيوة", "IQ", "EG"),
]
CAPITAL = {"SY": "دمشق", "YE": "صنعاء", "IQ": "بغداد", "JO": "الزرقاء", "LB": "بيروت", "EG": "القاهرة"}


@pytest.mark.parametrize(("name", "a", "b"), NAMESAKES)
def test_country_hint_decides(real_gazetteer: Gazetteer, name: str, a: str, b: str) -> None:
    q = PlaceQuery(key=name_key(name), cue="village")
    for country in (a, b):
        (res,) = real_gazetteer.resolve([q], country_hints=[country])
        assert res is not None and res.place.country == country, (name, country, res)
        assert f"country hint {country}" in res.why


@pytest.mark.parametrize(("name", "a", "b"), NAMESAKES[:12])
def test_other_places_decide(real_gazetteer: Gazetteer, name: str, a: str, b: str) -> None:
    q = PlaceQuery(key=name_key(name), cue="village")
    for country in (a, b):
        res = real_gazetteer.resolve([PlaceQuery(key=name_key(CAPITAL[country])), q])
        assert res[1] is not None and res[1].place.country == country, (name, country, res[1])


def test_sayyal_in_abu_kamal(real_gazetteer: Gazetteer) -> None:
    queries = [PlaceQuery(key=name_key("البوكمال")), PlaceQuery(key=name_key("السيال"), cue="village")]
    _, sayyal = real_gazetteer.resolve(queries, country_hints=["SY"])
    assert sayyal is not None and sayyal.place.country == "SY"
    assert abs(sayyal.place.lat - 34.6) < 0.3 and abs(sayyal.place.lon - 40.8) < 0.3


def test_far_namesake_is_none(real_gazetteer: Gazetteer) -> None:
    # a village known only in Yemen and Syria, in an article about Egypt: better nothing
    (res,) = real_gazetteer.resolve([PlaceQuery(key=name_key("السيال"), cue="village")], country_hints=["EG"])
    assert res is None


def test_parent_decides(real_gazetteer: Gazetteer) -> None:
    q = PlaceQuery(key=name_key("السخنة"), parent_key=name_key("حمص"))
    (res,) = real_gazetteer.resolve([q], country_hints=["SY", "JO"])
    assert res is not None and res.place.country == "SY" and "parent" in res.why


def test_key_info_and_lookup(real_gazetteer: Gazetteer) -> None:
    info = real_gazetteer.key_info(name_key("السيال"))
    assert info is not None and {"SY", "YE"} <= info.countries
    assert real_gazetteer.key_info("no such place at all") is None
    found = real_gazetteer.lookup("حلب", limit=3)
    assert found[0].place.country == "SY" and found[0].place.kind == "city"
    assert all(r.place.country == "YE" for r in real_gazetteer.lookup("السيال", country="YE"))


def test_one_name_is_one_place_in_an_article(real_gazetteer: Gazetteer) -> None:
    # "قرية القصير" alone is the town by Homs; the article ties the same name to Daraa governorate
    # in another sentence ("بقرية القصير بمحافظة درعا"): both mentions are the village in Daraa
    bare = PlaceQuery(key=name_key("القصير"), cue="village", sentence=0)
    tied = PlaceQuery(key=name_key("القصير"), cue="village", sentence=1, parent_key=name_key("درعا"), parent_gov=True)
    (alone,) = real_gazetteer.resolve([bare], country_hints=["SY"])
    assert alone is not None and alone.place.lat > 34  # by Homs, with nothing else said
    first, second = real_gazetteer.resolve([bare, tied], country_hints=["SY"])
    assert first is not None and second is not None
    assert first.place.place_id == second.place.place_id and second.place.lat < 33.5
    assert "elsewhere in the article" in first.why
    # a governorate and the town of its name stay two places
    gov = PlaceQuery(key=name_key("درعا"), cue="governorate", sentence=0)
    town = PlaceQuery(key=name_key("درعا"), cue="city", sentence=1)
    g, t = real_gazetteer.resolve([gov, town], country_hints=["SY"])
    assert g is not None and t is not None and g.place.kind == "governorate" and t.place.kind != "governorate"
