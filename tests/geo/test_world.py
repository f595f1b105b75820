"""The world layer's rules on hand-made GeoNames records, the romanization of Arabic-only
names, and the completeness of the embedded default's places."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from marsad.geo import open_gazetteer
from marsad.geo.translit import arabic_skeleton, has_arabic, latin_skeleton, latin_skeletons, romanize
from marsad.geo.world import arabic_names, spelling_variants, world_city_rows
from marsad.knowledge.loader import adjective_forms, nationalities, world_countries


def city(gid: int, name: str, cc: str, pop: int, *alternates: str) -> dict[str, Any]:
    return {"geonameid": gid, "name": name, "latitude": 10.0 + gid / 1000, "longitude": 20.0, "countrycode": cc,
            "population": pop, "alternatenames": list(alternates)}


def rows(cities: list[dict[str, Any]], region: Mapping[str, int] | None = None) -> dict[int, list[str]]:
    got = world_city_rows({str(c["geonameid"]): c for c in cities}, frozenset({"SY"}),
                          lambda keys: {k: v for k, v in (region or {}).items() if k in keys})
    return {int(r.source_id): [n for n, lang, _ in r.names if lang == "ar"] for r in got}


def test_world_cities_keep_their_arabic_names() -> None:
    got = rows([city(1, "Brussels", "BE", 1_019_022, "بروكسل", "Bruxelles", "بروکسل، بلژیک")])
    assert got == {1: ["بروكسل"]}


def test_the_larger_namesake_keeps_the_name() -> None:
    got = rows([city(1, "Brooklyn", "US", 2_736_074, "بروكلين"), city(2, "Brooklyn", "US", 10_899, "بروكلين")])
    assert got == {1: ["بروكلين"]}


def test_a_region_place_outranks_a_small_world_namesake() -> None:
    got = rows([city(1, "Cairo", "US", 9_752, "القاهرة"), city(2, "Lebanon", "US", 25_534, "لبنان")],
               region={"القاهره": 9_606_916})
    assert got == {}


def test_country_names_and_ordinary_words_are_not_towns() -> None:
    got = rows([city(1, "Dunn", "US", 9_000, "دون"), city(2, "Kabul", "AF", 4_434_550, "كابل"),
                city(3, "Washington", "US", 24_000, "واشنطن"), city(4, "Syria", "US", 1_000, "سوريا")])
    assert got == {2: ["كابل"]}


def test_spelling_variants_of_foreign_names() -> None:
    assert "جاكرتا" in spelling_variants("جاكارتا")
    assert "خاركيف" in spelling_variants("خاركوف")
    assert "كويتا" in spelling_variants("كويته")  # Quetta, as news writes it
    assert spelling_variants("كابل") == []
    assert arabic_names(["كابل", "کابل", "Kabul", "کابۇل"]) == ["كابل", "کابل"]


def test_romanize_writes_latin_letters() -> None:
    for name in ("كفر نبل", "عين العرب", "الحمدانية", "ضحيان"):
        latin = romanize(name)
        assert latin and latin.isascii() and not has_arabic(latin)
    assert romanize("كفر نبل") == "Kfr Nbl"
    assert romanize("عين العرب").startswith("Ain Al-")


def test_every_country_has_arabic_names_and_nationalities() -> None:
    countries = world_countries()
    assert len(countries) >= 190
    assert {"AF", "NG", "UA", "ML", "BR"} <= {c.country for c in countries}
    assert adjective_forms("أفغاني") == ("أفغاني", "أفغانية", "أفغانيون", "أفغانيين")
    nats = nationalities()
    assert nats["NG"].adjectives_ar and nats["SY"].military_actor  # the region's entries are kept as they are


@pytest.mark.slow
def test_embedded_places_are_complete(empty_home: Path) -> None:
    gaz = open_gazetteer()
    conn = sqlite3.connect(gaz.path)
    try:
        total, no_admin1, arabic_name = conn.execute(
            "SELECT count(*), sum(admin1 IS NULL OR admin1 = ''), sum(name GLOB '*[ء-ي]*') FROM places "
            "WHERE kind != 'country' AND country IN (SELECT DISTINCT country FROM boundaries)").fetchone()
        villages = conn.execute("SELECT count(*) FROM places WHERE source = 'wof' AND kind = 'village'").fetchone()[0]
        world = conn.execute("SELECT count(DISTINCT country) FROM places WHERE source = 'world'").fetchone()[0]
    finally:
        conn.close()
    assert villages > 50_000 and world > 150
    assert no_admin1 / total < 0.01
    assert arabic_name == 0
    (kabul, *_) = gaz.lookup("كابل")
    assert kabul.place.country == "AF" and kabul.place.kind == "city"


@pytest.mark.parametrize(("arabic", "latin"), [
    ("كيزليار", "Kizlyar"),
    ("سوروتش", "Suruç"),  # the Turkish ç is the ch that Arabic writes تش
    ("تشالدران", "Çaldıran"),
    ("شرناق", "Şırnak"),
    ("ديبالتسيف", "Debaltseve"),
])
def test_a_foreign_name_meets_its_latin_spelling(arabic: str, latin: str) -> None:
    from marsad.text import name_key
    assert arabic_skeleton(name_key(arabic)) == latin_skeleton(latin)


@pytest.mark.parametrize(("arabic", "latin"), [
    ("سوروج", "Suruç"),  # the Turkish ç written ج
    ("جزرة", "Cizre"),  # the Turkish c is a j
    ("جيلان بينار", "Ceylanpınar"),
])
def test_a_turkish_name_is_read_with_turkish_letters(arabic: str, latin: str) -> None:
    from marsad.text import name_key
    assert arabic_skeleton(name_key(arabic)) in latin_skeletons(latin, "TR")
    # only in Turkey: elsewhere a c is an English k ("Cairo")
    assert arabic_skeleton(name_key(arabic)) not in latin_skeletons(latin, "SY")


def test_a_turkish_town_written_with_jim_is_found() -> None:
    from marsad.geo import open_gazetteer
    (top, *_) = open_gazetteer(None).lookup("سوروج")
    assert top.place.country == "TR" and top.place.name == "Suruç"


def test_different_names_keep_different_skeletons() -> None:
    from marsad.text import name_key
    assert arabic_skeleton(name_key("سوروتش")) != latin_skeleton("Sirte")


def test_of_names_with_one_skeleton_the_closer_spelling_wins() -> None:
    # الوهط and Al Hawtah share the consonants the skeleton keeps; the و after the article is
    # Al Waht's w, and the village the gazetteer knows only in Latin letters is the one found
    from marsad.geo import open_gazetteer
    from marsad.geo.translit import form_similarity
    from marsad.text import name_key
    key = name_key("الوهط")
    assert form_similarity(key, "Al Waht") > form_similarity(key, "Al Hawtah")
    (top, *_) = open_gazetteer(None).lookup("الوهط", country="YE")
    assert top.place.name == "Al Waht"
