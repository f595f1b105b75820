"""Place mentions in short reports written for these tests: a news outlet quoted after a source
is no place, a list after a country holds no villages, "the city" after a quarter is the town
around it, and the places listed before a parent all lie in it."""

from __future__ import annotations

import pytest

from marsad.document import Document
from marsad.pipeline import Pipeline
from marsad.pipeline.placehit import PlaceHit
from marsad.text import name_key


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def hits(pipeline: Pipeline, text: str) -> list[PlaceHit]:
    doc: Document = pipeline.document(text, published="2018-05-01", article_id="t")
    return [m.value for m in doc.of("place")]


@pytest.mark.parametrize("text", [
    'وقال مسؤول محلي لـ"الرياض" إن القصف طال أحياء في مدينة تعز.',
    "وذكرت مصادر «الرياض» أن اشتباكات اندلعت في مدينة تعز أمس.",
])
def test_an_outlet_quoted_after_a_source_is_no_place(pipeline: Pipeline, text: str) -> None:
    keys = [h.key for h in hits(pipeline, text)]
    assert name_key("الرياض") not in keys
    assert name_key("تعز") in keys  # the scene is still found


def test_a_list_after_a_country_holds_no_village(pipeline: Pipeline) -> None:
    keys = [h.key for h in hits(pipeline, "وأعلنت روسيا وبدأ تنفيذ الهدنة في الغوطة الشرقية صباح الثلاثاء.")]
    assert name_key("بدأ") not in keys


def test_the_city_after_a_quarter_is_the_town_around_it(pipeline: Pipeline) -> None:
    found = hits(pipeline, "وفي مدينة تعز قصف المسلحون منازل في حي الروضة في المدينة مما أدى إلى مقتل مدنيين.")
    anaphors = [h for h in found if h.antecedent is not None]
    assert anaphors and all(h.key == name_key("تعز") for h in anaphors)


def test_places_listed_before_a_parent_lie_in_it(pipeline: Pipeline) -> None:
    found = hits(pipeline, "وقصفت الطائرات بلدات سراقب وسرمين وتفتناز بريف إدلب الشمالي صباح اليوم.")
    listed = [h for h in found if h.key != name_key("إدلب")]
    assert len(listed) >= 2
    assert all(h.parent_key == name_key("إدلب") for h in listed)


def test_a_mountain_named_with_its_head_word_is_one_place(pipeline: Pipeline) -> None:
    found = hits(pipeline, "وسيطرت القوات على مواقع في جبل صبر المطل على مدينة تعز.")
    mountains = [h for h in found if "mountain" in h.info.kinds]
    assert mountains and mountains[0].key == name_key("جبل صبر")
    assert name_key("صبر") not in [h.key for h in found]


def test_a_birthplace_idiom_is_no_place(pipeline: Pipeline) -> None:
    keys = [h.key for h in hits(pipeline, "وسيطرت القوات على مدينة زنجبار ومسقط رأس القائد في محافظة أبين.")]
    assert name_key("مسقط") not in keys and name_key("زنجبار") in keys


@pytest.mark.parametrize("text", [
    "ودمرت الطائرات آليات للمسلحين قرب جامعة مأرب في شرق البلاد.",
    "وعقدت جامعة الدول العربية اجتماعا طارئا بعد الغارة على مدينة مأرب.",
    "وسقطت قذيفة على سوق شعبي ومدرسة للبنات وفندق في مدينة مأرب.",
])
def test_a_facility_noun_before_a_name_is_no_place(pipeline: Pipeline, text: str) -> None:
    # "جامعة"، "سوق"، "مدرسة"، "فندق" are also villages somewhere; before a name or standing
    # alone they name a building or a body, not a place of their own
    keys = [h.key for h in hits(pipeline, text)]
    assert not {name_key(w) for w in ("جامعة", "سوق", "مدرسة", "فندق")} & set(keys)
    assert name_key("مأرب") in keys


@pytest.mark.parametrize(("text", "word"), [
    ("وقال المتحدث إن أي اعتداء في منطقة فسيتم الرد عليه، بعد اشتباكات في مدينة تعز أمس.", "فسيتم"),
    ("وأجبرت الغارات المسلحين على الانقسام، واحدة بقيت في الجبال في العراق والثانية انسحبت إلى مدينة تعز.", "الثانية"),
    ("وأكد القائد أن الهجمات في مدينة تعز أمس لن تزيد الناس إلا تمسكا بالدين والوطن.", "الوطن"),
])
def test_a_verb_an_ordinal_or_the_homeland_is_no_place(pipeline: Pipeline, text: str, word: str) -> None:
    # "فسيتم" (a verb in the future), "الثانية" (an ordinal) and "الوطن" are villages' names
    # somewhere, or look like one after a cue word; here they are ordinary words
    keys = [h.key for h in hits(pipeline, text)]
    assert name_key(word) not in keys
    assert name_key("تعز") in keys


@pytest.mark.parametrize(("text", "place", "word"), [
    ("وواصلت القوات تطهير بلدة الخوخة وتمشيطها عقب تحريرها.", "الخوخة", "تمشيطها"),
    ("وقال الجيش إن طائراته قصفت سفينة ببنغازي وأغرقتها أمس.", "بنغازي", "أغرقتها"),
])
def test_a_word_with_its_pronoun_is_no_place(pipeline: Pipeline, text: str, place: str, word: str) -> None:
    # "وتمشيطها" (combing it), "وأغرقتها" (sank it) after a place and "و": an act on the place,
    # not a second place in a list
    keys = [h.key for h in hits(pipeline, text)]
    assert name_key(place) in keys and name_key(word) not in keys and name_key("و" + word) not in keys


def test_defence_after_a_preposition_is_no_place(pipeline: Pipeline) -> None:
    # "بالدفاع" (in defence): a village is called الدفاع somewhere, the word is not one here
    keys = [h.key for h in hits(pipeline, "وسيطرت الوحدة الخاصة بالدفاع ضد الطائرات المسيرة على طائرة مفخخة قرب مدينة جازان.")]
    assert name_key("الدفاع") not in keys
    assert name_key("جازان") in keys


@pytest.mark.parametrize(("text", "name", "country"), [
    ("وشنت القوات الأمريكية ضربة جوية في ولاية كونار الأفغانية أمس.", "كونار", "AF"),
    ("وقتل 19 شخصا عندما فجر انتحاري نفسه في إقليم ننغرهار شرقي أفغانستان.", "ننغرهار", "AF"),
])
def test_a_province_the_gazetteer_lacks_is_placed_in_its_country(pipeline: Pipeline, text: str, name: str,
                                                                  country: str) -> None:
    # a province named with its country keeps its name, coded to the country (precision 3)
    doc = pipeline.document(text, published="2018-05-01", article_id="t")
    located = [e.location for e in doc.events if e.location is not None]
    assert located and all(loc.country == country and loc.geo_precision == 3 for loc in located)
    assert any(name_key(loc.name_ar) == name_key(name) for loc in located)


def test_a_term_of_office_is_no_province(pipeline: Pipeline) -> None:
    # "ولاية" is also a term of office: with no country right after, the name after it is no place
    keys = [h.key for h in hits(pipeline, "وتظاهر الآلاف خلال ولاية ترامب في الولايات المتحدة.")]
    assert name_key("ترامب") not in keys


def test_the_adjective_of_a_plural_place_word_is_no_place(pipeline: Pipeline) -> None:
    # "مناطق حساسة" (sensitive areas): a plural noun's adjective takes the feminine ending; a
    # parent named after it does not make it a name, as it does in "قرى سهرة في محافظة تعز"
    keys = [h.key for h in hits(pipeline, "وكانت العناصر تعد لمخطط يرمي لاستهداف مناطق حساسة في منطقة بنزرت.")]
    assert name_key("حساسة") not in keys and name_key("بنزرت") in keys
    keys = [h.key for h in hits(pipeline, "وقصفت الطائرات قرى سهرة والحيمة في محافظة تعز.")]
    assert name_key("سهرة") in keys


def test_a_verb_with_its_own_first_letter_holds_no_city(pipeline: Pipeline) -> None:
    # "وباتوا" (and they became) is no "ب" + "اتوا" (Ottawa's Arabic name, and a verb too)
    keys = [h.key for h in hits(pipeline, "وسيطر المقاتلون على مواقع في مدينة تعز وباتوا على بعد 400 متر من الخط العام.")]
    assert name_key("اتوا") not in keys and name_key("تعز") in keys
    keys = [h.key for h in hits(pipeline, "وقصفت الطائرات بدرعا وبحلب أمس.")]
    assert name_key("درعا") in keys and name_key("حلب") in keys


def test_a_border_names_no_country_for_its_sentence() -> None:
    # "القادمة من داخل الحدود اليمنية" (coming from across the Yemeni border): a border has two
    # sides, so its adjective is no country of the sentence; "سروج الحدودية التركية" still is
    from marsad.document import Document as _Doc
    from marsad.pipeline.hints import sentence_countries

    pipeline = Pipeline()
    doc: _Doc = pipeline.document("سقطت مقذوفات على مدينة نجران القادمة من داخل الحدود اليمنية.", published="2015-07-24")
    assert "YE" not in sentence_countries(doc).get(0, ())
    doc = pipeline.document("قتل 5 في انفجار في مدينة سروج الحدودية التركية أمس.", published="2015-07-24")
    assert "TR" in sentence_countries(doc).get(0, ())
