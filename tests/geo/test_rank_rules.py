"""The ranking rules on hand-made places: a metropolis's and a district's records merge, a district
is coded at its seat, the country a sentence names and the article's other places outweigh a
namesake, a place outside its named parent is not that place, a quarter lies near the article's
towns. Every place here is invented; only the geometry matters."""

from __future__ import annotations

from collections.abc import Sequence

from marsad.geo.gazetteer import _dedupe, _index_bare_names, key_variants
from marsad.geo.rank import Candidate, resolve_article
from marsad.geo.types import Place, PlaceQuery, Resolution
from marsad.text import name_key


def place(pid: str, name_ar: str, kind: str, lat: float, lon: float, country: str = "YE", *,
          source: str = "wof", population: int = 0, admin2_ar: str | None = None) -> Place:
    return Place(pid, source, pid, pid, name_ar, kind, lat, lon, population, country, admin2_ar=admin2_ar)


def resolve(queries: Sequence[PlaceQuery], places: Sequence[Place], hints: Sequence[str] = ("YE",)) -> list[Resolution | None]:
    by_key: dict[str, list[Candidate]] = {}
    for p in places:
        by_key.setdefault(name_key(p.name_ar), []).append(Candidate(p, 1, "exact", 1.0))
    return resolve_article(queries, hints, lambda key: by_key.get(key, []), lambda _parent, _child: None)


def test_records_of_one_metropolis_are_one_place() -> None:
    wof = place("wof:1", "مدينة كبيرة", "city", 15.46, 44.24, population=1_900_000)
    gn = place("gn:1", "مدينة كبيرة", "city", 15.35, 44.21, source="geonames", population=1_900_000)
    small_wof = place("wof:2", "قرية صغيرة", "village", 15.46, 44.24, population=900)
    small_gn = place("gn:2", "قرية صغيرة", "village", 15.35, 44.21, source="geonames", population=900)
    kept = _dedupe([Candidate(gn, 1, "exact", 1.0), Candidate(wof, 1, "exact", 1.0)])
    assert [c.place.place_id for c in kept] == ["wof:1"]  # 12 km apart: one city, WOF representing it
    kept = _dedupe([Candidate(small_gn, 1, "exact", 1.0), Candidate(small_wof, 1, "exact", 1.0)])
    assert len(kept) == 2  # two villages 12 km apart are two places


def test_records_of_one_district_are_one_place() -> None:
    wof = place("wof:3", "مديرية الوادي", "district", 15.73, 44.54)
    curated = place("site:3", "مديرية الوادي", "district", 15.60, 44.40, source="curated")
    kept = _dedupe([Candidate(curated, 1, "exact", 1.0), Candidate(wof, 1, "exact", 1.0)])
    assert [c.place.place_id for c in kept] == ["wof:3"]


def test_a_district_is_coded_at_its_seat() -> None:
    district = place("wof:10", "مديرية الصخرة", "district", 14.07, 45.88)
    seat = place("wof:11", "الصخرة", "village", 13.94, 45.67)
    far_namesake = place("wof:12", "الصخرة", "village", 16.90, 43.50)
    (res,) = resolve([PlaceQuery(key=name_key("مديرية الصخرة"))], [district, seat, far_namesake])
    assert res is not None and res.place.place_id == "wof:11" and "seat" in res.why
    (res,) = resolve([PlaceQuery(key=name_key("مديرية الصخرة"))], [district, far_namesake])
    assert res is not None and res.place.place_id == "wof:10"  # no town of its name inside it: the district


def test_a_far_namesake_in_the_same_country_loses() -> None:
    city = place("wof:20", "المدينة الوسطى", "city", 15.4, 44.2, population=500_000)
    near = place("wof:21", "الحصن", "village", 15.2, 44.5)
    far = place("wof:22", "الحصن", "district", 15.3, 48.0, population=20_000)
    queries = [PlaceQuery(key=name_key("المدينة الوسطى")), PlaceQuery(key=name_key("الحصن"), cue="district")]
    _, got = resolve(queries, [city, near, far])
    assert got is not None and got.place.place_id == "wof:21"
    _, alone = resolve(queries, [city, far])
    assert alone is not None and alone.place.place_id == "wof:22"  # with no namesake near, the far one stands


def test_a_place_outside_its_named_parent_is_not_that_place() -> None:
    parent = place("wof:30", "مديرية السهل", "district", 13.44, 44.62)
    outside = place("wof:31", "النخلة", "village", 13.11, 43.62)
    inside = place("wof:32", "النخلة", "village", 13.40, 44.60)
    query = PlaceQuery(key=name_key("النخلة"), parent_key=name_key("مديرية السهل"))
    assert resolve([query, PlaceQuery(key=parent.name_ar)], [parent, outside])[0] is None
    got = resolve([query, PlaceQuery(key=parent.name_ar)], [parent, outside, inside])[0]
    assert got is not None and got.place.place_id == "wof:32"


def test_a_quarter_far_from_the_article_towns_is_a_namesake() -> None:
    town = place("wof:40", "المدينة الجبلية", "city", 13.58, 44.02, population=600_000)
    quarter = place("wof:41", "البستان", "neighbourhood", 24.73, 46.77, country="SA")
    near = place("wof:42", "البستان", "neighbourhood", 13.60, 44.03)
    queries = [PlaceQuery(key=name_key("المدينة الجبلية")), PlaceQuery(key=name_key("البستان"), cue="neighbourhood")]
    assert resolve(queries, [town, quarter], hints=("YE", "SA"))[1] is None
    got = resolve(queries, [town, quarter, near], hints=("YE", "SA"))[1]
    assert got is not None and got.place.place_id == "wof:42"


def test_the_country_its_sentence_names_outweighs_the_article_country() -> None:
    here = place("wof:50", "الجسر", "village", 36.85, 38.48, country="SY")
    there = place("wof:51", "الجسر", "village", 36.98, 38.43, country="TR")
    plain = PlaceQuery(key=name_key("الجسر"), cue="town")
    named = PlaceQuery(key=name_key("الجسر"), cue="town", countries=("TR",))
    (got,) = resolve([plain], [here, there], hints=("SY", "TR"))
    assert got is not None and got.place.country == "SY"
    (got,) = resolve([named], [here, there], hints=("SY", "TR"))
    assert got is not None and got.place.country == "TR" and "sentence" in got.why


def test_names_that_begin_with_their_kind_are_found_without_it() -> None:
    names = {name_key("قرية الخوخة"): [0], name_key("مديرية الحوض"): [1], name_key("الحوض"): [2], "قريه": [3],
             name_key("منطقة البلاد"): [4], name_key("البلاد"): [5]}
    _index_bare_names(names, ["village", "district", "village", "village", "neighbourhood", "country"])
    assert names[name_key("الخوخة")] == [0]
    assert names[name_key("الحوض")] == [2, 1]
    assert names["قريه"] == [3]  # a kind word alone stays as it is
    assert names[name_key("البلاد")] == [5]  # a country's name is not a quarter's


def test_a_district_named_after_two_areas_is_found_by_either() -> None:
    names = {name_key("مديرية الوادي والجبل"): [0], name_key("قرية السهل والتل"): [1]}
    _index_bare_names(names, ["district", "village"])
    assert names[name_key("الوادي")] == [0] and names[name_key("الجبل")] == [0]
    assert name_key("السهل") not in names  # a village's name is one name, "و" and all


def test_a_joined_compound_name_is_also_looked_up_split() -> None:
    assert name_key("كفر زيتا") in key_variants(name_key("كفرزيتا"))
    assert name_key("بيت لاهيا") in key_variants(name_key("بيتلاهيا"))
    assert all(" " not in v for v in key_variants(name_key("كفر")))  # a head alone is not split


def test_the_saint_of_a_foreign_name_is_looked_up_both_ways() -> None:
    assert name_key("سانت بطرسبرغ") in key_variants(name_key("سان بطرسبرغ"))
    assert name_key("سان فرانسيسكو") in key_variants(name_key("سانت فرانسيسكو"))
    assert not any(v.startswith("سانت") for v in key_variants(name_key("سان")))  # the word alone is no head

def test_a_village_named_in_a_report_is_not_a_foreign_city() -> None:
    gov = place("wof:60", "محافظة النهر", "governorate", 35.3, 40.1, country="SY")
    city = place("cur:61", "الواحة", "city", 13.45, 22.45, country="SD", source="curated", population=160_000)
    queries = [PlaceQuery(key=name_key("محافظة النهر")), PlaceQuery(key=name_key("الواحة"), cue="village")]
    assert resolve(queries, [gov, city], hints=("SY",))[1] is None  # "قرى الواحة" in a Syrian report
    bare = [PlaceQuery(key=name_key("محافظة النهر")), PlaceQuery(key=name_key("الواحة"))]
    got = resolve(bare, [gov, city], hints=("SY",))[1]
    assert got is not None and got.place.country == "SD"  # the city named as a city may be anywhere
