"""Places the text ties to a larger one, in short reports written for these tests: a village
named with its governorate ("X بمحافظة Y") lies in that governorate, so a namesake elsewhere is
another place; with no namesake inside it, the village is coded to the governorate."""

from __future__ import annotations

import pytest

from marsad.geo import Gazetteer, PlaceQuery
from marsad.model import Location
from marsad.pipeline import Pipeline
from marsad.text import name_key


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def locations(pipeline: Pipeline, text: str) -> list[Location]:
    doc = pipeline.document(text, published="2018-05-01", article_id="t")
    return [c.event.location for c in doc.candidates if c.event.location is not None]


@pytest.mark.parametrize(("text", "governorate"), [
    ("انفجرت عبوة ناسفة بسيارة عسكرية في منطقة العرقوب بمحافظة أبين.", "Abyan"),
    ("قصفت طائرات التحالف مواقع للمتمردين في منطقة العرقوب بمحافظة إب.", "Ibb"),
    ("قتل ثلاثة جنود في هجوم على نقطة تفتيش في جبهة القبة بمحافظة الضالع.", "Al Dali'"),
])
def test_a_place_named_with_its_governorate_lies_in_it(pipeline: Pipeline, text: str, governorate: str) -> None:
    (loc,) = locations(pipeline, text)
    assert loc.country == "YE" and loc.admin1 == governorate, loc


def test_a_namesake_outside_the_named_governorate_is_not_the_place(pipeline: Pipeline) -> None:
    # Yemen has villages called القبة in several governorates, none in الضالع: the text's
    # governorate wins over them, and the place is coded to it (not a precise village elsewhere)
    (loc,) = locations(pipeline, "قتل ثلاثة جنود في هجوم على نقطة تفتيش في جبهة القبة بمحافظة الضالع.")
    assert loc.geo_precision >= 2 and "coded to" in (loc.why or "")


def test_ranking_excludes_a_namesake_outside_the_governorate(real_gazetteer: Gazetteer) -> None:
    parent = PlaceQuery(key=name_key("الضالع"), cue="governorate")
    told = PlaceQuery(key=name_key("القبة"), parent_key=name_key("الضالع"), parent_gov=True)
    _, res = real_gazetteer.resolve([parent, told], country_hints=["YE"])
    assert res is None or res.place.admin1 in ("Al Dali'", "Aḑ Ḑāli‘"), res


@pytest.mark.parametrize("text", [
    "اندلعت اشتباكات بين الحوثيين والمقاومة في منطقتي الضباب والأشراف بمدينة تعز.",
    "قصف المسلحون منازل في حي الروضة في مدينة تعز.",
])
def test_a_place_said_to_lie_in_a_town_is_within_it(pipeline: Pipeline, text: str) -> None:
    # "X بمدينة Y": the quarter lies inside the town, so a village of that name 40 km or a
    # governorate away is another place; with none inside, X is coded to the town (precision 2)
    for loc in locations(pipeline, text):
        assert loc.admin1 == "Ta`izz" and loc.lat is not None and loc.lon is not None, loc
        assert abs(loc.lat - 13.58) < 0.1 and abs(loc.lon - 44.02) < 0.1, loc


def test_a_place_beside_a_town_may_lie_further_out(pipeline: Pipeline) -> None:
    # "شمال مدينة Y" tells a direction, not that X is inside the town: a village tens of km out still fits
    (loc,) = locations(pipeline, "سقطت قذيفة على قرية الأشراف شمال مدينة تعز.")
    assert loc.geo_precision == 1 and loc.kind == "village", loc


def test_a_namesake_far_from_a_place_listed_with_it_is_not_it(pipeline: Pipeline) -> None:
    # "منطقتي X وY": two areas named together are neighbours. The gazetteer's only الحسيني lie
    # near Sanaa, some 200 km from the air base listed with it: the area is coded to the base
    # (precision 2) rather than to a far namesake
    locs = {loc.name_ar: loc for loc in locations(
        pipeline, "دارت مواجهات عنيفة بين المقاومة والحوثيين في منطقتي الحسيني والعند.")}
    husseini = locs["الحسيني"]
    assert husseini.admin1 == "Lahij" and husseini.geo_precision == 2, husseini


def test_towns_listed_together_may_lie_far_apart(pipeline: Pipeline) -> None:
    # seats of governorates listed together span the country: no town is pulled to a village
    # namesake near the first one
    locs = {loc.name_ar: loc for loc in locations(pipeline, "قصف الطيران مواقع للحوثيين في صعدة وعمران وحجة.")}
    assert locs["عمران"].admin1 == "Amran" and locs["حجة"].admin1 == "Hajjah", locs


def test_the_list_rule_weighs_only_namesakes(real_gazetteer: Gazetteer) -> None:
    # a name with one place only is kept however far its list partner lies: which one is wrong
    # cannot be told
    base = PlaceQuery(key=name_key("العند"), listed_with=(name_key("الحسيني"),))
    other = PlaceQuery(key=name_key("الحسيني"), listed_with=(name_key("العند"),))
    res = real_gazetteer.resolve([other, base], country_hints=["YE"])
    assert res[1] is not None


def test_a_village_far_from_every_other_place_is_a_namesake(real_gazetteer: Gazetteer) -> None:
    # the only محلي the gazetteer holds is a village some 130 km from نهم and صنعاء: in a report
    # about them it is another village (one the gazetteer lacks), not that one
    queries = [PlaceQuery(key=name_key("مديرية نهم")), PlaceQuery(key=name_key("صنعاء"), cue="city"),
               PlaceQuery(key=name_key("محلي"))]
    *_, res = real_gazetteer.resolve(queries, country_hints=["YE"])
    assert res is None or res.place.admin1 != "Amran", res


def test_a_village_near_the_other_places_is_kept(real_gazetteer: Gazetteer) -> None:
    queries = [PlaceQuery(key=name_key("عمران"), cue="city"), PlaceQuery(key=name_key("محلي"))]
    _, res = real_gazetteer.resolve(queries, country_hints=["YE"])
    assert res is not None and res.place.kind == "village", res


def test_an_unlisted_town_is_not_coded_to_a_foreign_city_named_before(pipeline: Pipeline) -> None:
    # the report is about Russia; a protest in Paris named in between is no area for the town
    text = ("أعلنت السلطات الروسية الحداد في روسيا أمس. وتظاهر مئات في مدينة باريس تنديدا بالهجوم. "
            "وقتل خمسة أشخاص في هجوم مسلح على كنيسة في بلدة كوزيلسكايا.")
    locs = {loc.name_ar: loc for loc in locations(pipeline, text)}
    town = locs["كوزيلسكايا"]
    assert town.country == "RU" and town.geo_precision == 3, town


def test_an_unlisted_village_is_coded_to_the_town_named_before_it(pipeline: Pipeline) -> None:
    # the same rule keeps a town of the article's own country as the area
    text = "اشتبكت قوات الجيش مع مسلحين في مدينة إدلب. وقصفت الطائرات قرية كفرزيتونة."
    locs = {loc.name_ar: loc for loc in locations(pipeline, text)}
    village = locs["كفرزيتونة"]
    assert village.country == "SY" and village.admin1 == "Idlib" and "names nearest before" in (village.why or "")


@pytest.mark.parametrize(("text", "place"), [
    ("شنت طائرات التحالف غارات على مديرية التحرير في العاصمة صنعاء.", "مديرية التحرير"),
    ("قتل ثلاثة مدنيين في غارة على حي الحصبة بالعاصمة صنعاء.", "الحصبة"),
])
def test_a_place_in_the_capital_is_the_scene_not_the_capital(pipeline: Pipeline, text: str, place: str) -> None:
    # "X في العاصمة Y": the capital named in apposition is X's parent; the event is coded to the
    # more precise place X (codebook: the most precise place named for the event)
    (loc,) = locations(pipeline, text)
    assert loc.name_ar == place and loc.admin1 in ("Amanat Al Asimah", "Amanat al-Asimah"), loc


def test_a_dual_cue_names_two_bases(pipeline: Pipeline) -> None:
    doc = pipeline.document("قصفت طائرات التحالف معسكري العند ولبوزة في محافظة لحج.", published="2018-05-01")
    (anad,) = [m.value for m in doc.of("place") if m.value.key == name_key("العند")]
    assert anad.cue == "base"


def test_adjectives_of_a_name_do_not_cut_it_from_its_governorate(pipeline: Pipeline) -> None:
    # "قاعدة X الاستراتيجية بمحافظة Y": the adjective stands between the base and its governorate,
    # which is still its parent, not a scene of its own
    text = "تمكنت القوات الحكومية من استعادة قاعدة العند الجوية الاستراتيجية بمحافظة لحج بعد معارك عنيفة."
    doc = pipeline.document(text, published="2018-05-01")
    base, governorate = [m.value for m in doc.of("place")]
    assert base.parent_key == governorate.key and governorate.is_parent
    assert [c.event.location.kind for c in doc.candidates if c.event.location] == ["base"]


def test_a_sentence_opening_on_a_governorate_places_its_quarters_there(pipeline: Pipeline) -> None:
    # "وفي محافظة X، ..." tells where the sentence's news comes from: the quarter it names lies in
    # X (not in the governorate of the sentence before), and a quarter belongs to a town: X's
    # seat of the same name, at precision 2
    text = ("وفي محافظة صعدة قصفت الطائرات مواقع للحوثيين. وفي محافظة تعز، قصف المسلحون منازل المدنيين "
            "في حي الروضة، مما أدى إلى مقتل طفلين.")
    locs = {loc.name_ar: loc for loc in locations(pipeline, text)}
    quarter = locs["الروضة"]
    assert quarter.admin1 == "Ta`izz" and quarter.geo_precision == 2, quarter
    assert quarter.lat is not None and abs(quarter.lat - 13.58) < 0.1, quarter


def test_a_governorate_inside_a_sentence_is_no_frame(pipeline: Pipeline) -> None:
    doc = pipeline.document("قصفت الطائرات مواقع في محافظة صعدة وحي الروضة.", published="2018-05-01")
    assert all(m.value.parent_key is None for m in doc.of("place"))


def test_a_dual_link_word_ties_both_towns_to_their_governorate(pipeline: Pipeline) -> None:
    # "بلدتي X وY التابعتين لمحافظة Z": the dual of "التابعة" links both towns to Z
    doc = pipeline.document("استكملت المقاومة سيطرتها على بلدتي الوهط وصبر التابعتين لمحافظة لحج.",
                            published="2018-05-01")
    first, second, governorate = [m.value for m in doc.of("place")]
    assert first.parent_key == second.parent_key == governorate.key and governorate.is_parent


def test_a_governorate_named_in_the_sentence_outweighs_a_namesake_elsewhere(real_gazetteer: Gazetteer) -> None:
    # "الحمراء" names villages in several Yemeni governorates; the sentence names لحج (not as the
    # village's parent: "مناطق ... في الحمراء وكرش، بمحافظة لحج"), which says where this one lies
    bare = PlaceQuery(key=name_key("الحمراء"))
    told = PlaceQuery(key=name_key("الحمراء"), governorates=(name_key("لحج"),))
    (before,) = real_gazetteer.resolve([bare], country_hints=["YE"])
    (after,) = real_gazetteer.resolve([told], country_hints=["YE"])
    assert before is not None and before.place.admin1 != "Lahij"  # the namesake the name alone picks
    assert after is not None and after.place.admin1 == "Lahij", after
