"""Events outside the countries of the actor table and the gazetteer's villages: every country
has its generic sides, an assault on ordinary people is an attack, and places the gazetteer
lacks are still found by how the text names them. Sentences written for the tests."""

from __future__ import annotations

import pytest

import marsad
from marsad.knowledge.generic import ROLES, role_name
from marsad.knowledge.loader import actors, nationalities, world_countries
from marsad.model import Event
from marsad.pipeline import Pipeline
from marsad.pipeline.decide import AllCandidates

PUB = "2018-05-01"


def events(text: str) -> list[Event]:
    return list(marsad.extract(text, published=PUB, article_id="t", decider="rules").events)


def test_every_country_has_its_six_generic_sides() -> None:
    table = actors()
    names = {r.name for r in table.values()}
    countries = world_countries()
    assert len(countries) > 190
    for wc in countries:
        for role in ROLES:
            # the table's own record of the role (under its own name: "Military Forces of Libya (GNA)"),
            # else one named as ACLED names it
            own = table.get(f"{wc.country.lower()}-{role.key}")
            assert own is not None and own.country == wc.country, (wc.country, role.key)
            assert own.name == role_name(role, wc.country, wc.name) or not own.id.endswith("-any") and own.name in names


def test_generic_sides_are_named_as_acled_names_them() -> None:
    by_name = {r.name: r for r in actors().values()}
    assert by_name["Police Forces of the United States"].inter == 1
    assert by_name["Unidentified Armed Group (Mali)"].inter == 3
    assert by_name["Protesters (Russia)"].inter == 6
    assert by_name["Civilians (Czech Republic)"].country == "CZ"
    # the table's own records stay as they were
    assert by_name["Military Forces of the United States"].inter == 8
    assert not actors()["fr-civilians"].generic
    assert actors()["fr-civilians-any"].name == "Civilians (France)"  # its twin takes the shared words


def test_generic_words_are_those_every_country_shares() -> None:
    mali = actors()["ml-police"]
    assert "الشرطة" in mali.aliases_ar
    assert not any("سوري" in a or "عراقي" in a for a in mali.aliases_ar)
    assert "قوات الأسد" not in actors()["ml-military"].aliases_ar


def test_a_countrys_police_adjective_names_its_police() -> None:
    assert nationalities()["RU"].police_actor == "ru-police"
    found = events("فرقت الشرطة الروسية مظاهرة لمئات المحتجين في موسكو أمس واعتقلت العشرات.")
    assert found
    # the protest the police met: the protesters act, the police is the other side
    assert found[0].actor1 is not None and found[0].actor1.name == "Protesters (Russia)"
    assert found[0].actor2 is not None and found[0].actor2.name == "Police Forces of Russia"


def test_generic_civilians_in_a_country_with_only_named_ones() -> None:
    found = events("قتل مسلح خمسة مدنيين بإطلاق النار في مدينة ليون الفرنسية أمس.")
    assert [e.sub_event_type for e in found] == ["Attack"]
    assert found[0].actor1 is not None and found[0].actor1.name == "Unidentified Armed Group (France)"
    assert found[0].actor2 is not None and found[0].actor2.name == "Civilians (France)"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("وأسفر هجوم بسيارة فان في مدينة تورونتو الكندية عن مقتل تسعة أشخاص اليوم الاثنين.", "Canada"),
        ("قالت الشرطة إن إطلاق نار في مدينة ناشفيل الأمريكية أسفر عن مقتل أربعة أشخاص أمس.", "United States"),
    ],
)
def test_an_assault_whose_toll_counts_ordinary_people_is_an_attack(text: str, country: str) -> None:
    found = events(text)
    assert [e.sub_event_type for e in found] == ["Attack"]
    assert found[0].actor2 is not None and found[0].actor2.name == f"Civilians ({country})"
    assert found[0].actor2.evidence is not None  # the people the toll counts


def test_an_assault_between_two_armed_sides_stays_a_battle() -> None:
    found = events("قتل خمسة جنود في هجوم شنه مسلحو تنظيم داعش على حاجز للجيش العراقي في مدينة الرمادي أمس.")
    assert found
    assert found[0].sub_event_type == "Armed clash"


def test_an_unknown_name_before_its_province_is_a_place() -> None:
    text = "قتل طفلان في انفجار قنبلة يدوية الصنع مساء السبت في أحنيف بولاية البويرة شرق الجزائر."
    found = events(text)
    assert found
    loc = found[0].location
    assert loc is not None and loc.name_ar == "أحنيف" and loc.country == "DZ"
    assert loc.evidence is not None and text[loc.evidence.start : loc.evidence.end] == loc.evidence.text


def test_a_foreign_compound_name_after_a_cue_is_one_place() -> None:
    found = events("قتل 10 أشخاص في تفجير استهدف محطة مترو في مدينة سان بطرسبرغ بروسيا اليوم.")
    assert found
    loc = found[0].location
    assert loc is not None and loc.name_ar == "سان بطرسبرغ" and loc.country == "RU"


def test_a_list_of_known_towns_goes_on_through_an_unknown_one() -> None:
    found = events("وخرجت احتجاجات في مدريد وبرشلونة وفالينثيا منذ صدور الحكم يوم الخميس.")
    assert sorted(e.location.name_ar for e in found if e.location) == ["برشلونة", "فالينثيا", "مدريد"]
    # a list that ends in an ordinary word does not take the word for a town
    found = events("وخرجت احتجاجات في مدريد وبرشلونة وقالت الشرطة إنها اعتقلت عشرة.")
    assert all(e.location is None or e.location.name_ar in ("مدريد", "برشلونة") for e in found)
    # nor a verb that a preposition follows
    found = events("استنكرت الحكومة الهجوم الذي استهدف بلدة دوما وأدى إلى مقتل أربعين شخصا.")
    assert [e.location.name_ar for e in found if e.location] == ["دوما"]


@pytest.mark.parametrize("word", ["مواقع", "أماكن", "ضواحيها"])
def test_ordinary_words_listed_as_places_need_a_cue(word: str) -> None:
    found = events(f"شنت طائرات التحالف غارات على {word} في مدينة صعدة أمس.")
    assert [e.location.name_ar for e in found if e.location] == ["صعدة"]


def test_the_active_verb_of_wounding_counts_the_injured() -> None:
    found = events("قال مسؤولون إن مسلحا فتح النار داخل سينما في مدينة مرسيليا الفرنسية مساء الخميس فقتل شخصين وأصاب سبعة آخرين.")
    assert found
    assert found[0].fatalities is not None and found[0].fatalities.best == 2
    assert found[0].injured is not None and found[0].injured.best == 7


def test_a_target_word_with_no_weapon_at_unarmed_people_is_an_attack() -> None:
    found = events("استهدف مسلحون حافلة ركاب في مديرية دمت بمحافظة الضالع أمس فقتل مدني.")
    assert "Attack" in [e.sub_event_type for e in found]
    assert "Shelling/artillery/missile attack" not in [e.sub_event_type for e in found]
    # with its weapon named, the same target word is a strike
    found = events("استهدفت الطائرات الحربية مسجدا في بلدة سراقب بريف إدلب أمس.")
    assert [e.sub_event_type for e in found] == ["Air/drone strike"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("أعلنت وزارة الداخلية التونسية أمس أن قوات الأمن اعتقلت 16 شخصا في مدينة بنزرت.", "وزارة الداخلية التونسية"),
        ("وقالت وكالة الأنباء الرسمية إن مسلحين هاجموا حاجزا للجيش في مدينة العريش أمس وقتلوا خمسة جنود.", "وكالة الأنباء الرسمية"),
    ],
)
def test_a_speaker_whose_name_begins_with_waw_is_a_source(text: str, speaker: str) -> None:
    # "وزارة", "وكالة": the و is the noun's own first letter, not the conjunction
    found = events(text)
    assert found
    assert speaker in [s.name_ar for s in found[0].sources]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("قتل 20 مدنيا في انفجار بمخزن للذخيرة في بلدة جرابولي بغرب ليبيا أمس.", "جرابولي"),
        ("قتل أربعة أشخاص في هجوم استهدف فندقا في مدينة سيفاري في وسط مالي أمس.", "سيفاري"),
    ],
)
def test_a_word_in_a_bare_ya_after_a_feminine_cue_is_a_name(text: str, place: str) -> None:
    # an adjective after مدينة or بلدة would be feminine (ساحلية): a bare ي ends a name
    found = events(text)
    assert [e.location.name_ar for e in found if e.location] == [place]


def test_an_adjective_after_a_cue_is_still_no_name() -> None:
    found = events("قتل أربعة أشخاص في قصف على مدينة ساحلية غرب ليبيا أمس.")
    assert all(e.location is None or e.location.name_ar != "ساحلية" for e in found)
    found = events("قتل أربعة أشخاص في قصف على حي شعبي في مدينة حلب أمس.")
    assert [e.location.name_ar for e in found if e.location] == ["حلب"]


def test_an_attack_on_a_hotel_in_the_accusative_is_an_attack() -> None:
    found = events("قتل أربعة أشخاص في هجوم استهدف فندقا في مدينة سيفاري في وسط مالي أمس.")
    assert [e.sub_event_type for e in found] == ["Attack"]


def test_hashtag_words_joined_by_underscores_are_read_as_words() -> None:
    found = events("اعتقلت #الشرطة_السويسرية شابا الجمعة في مدينة برن إثر إنذار بوجود قنبلة في كنيسة.")
    assert found and found[0].location is not None and found[0].location.country == "CH"
    assert found[0].actor1 is not None and found[0].actor1.name == "Police Forces of Switzerland"


def test_a_nationality_right_after_a_force_without_waw_is_no_second_force() -> None:
    # "قوات أميركية وبريطانية" lists two forces; "الشرطة السويسرية أفغاني" goes on to the man arrested
    found = events("اعتقلت الشرطة السويسرية أفغاني يبلغ من العمر 21 عاما في مدينة برن أمس.")
    assert found and found[0].actor1 is not None and found[0].actor1.name == "Police Forces of Switzerland"
    assert found[0].assoc_actor_1 == ()
    assert found[0].location is not None and found[0].location.country == "CH"
    found = events("قصفت طائرات أميركية وبريطانية مواقع لداعش في مدينة الرقة أمس.")
    assert found and [a.name for a in found[0].assoc_actor_1] == ["Military Forces of the United Kingdom"]


def test_the_nationality_of_civilians_says_nothing_of_the_country() -> None:
    from marsad.pipeline import Pipeline
    from marsad.pipeline.hints import country_hints

    doc = Pipeline(None).document("اعتقلت الشرطة مدنيين أفغان في مدينة بيرغن أمس.", published=PUB)
    assert "AF" not in country_hints(doc)
    doc = Pipeline(None).document("قصف الجيش الأفغاني مواقع لطالبان أمس.", published=PUB)
    assert country_hints(doc) == ["AF"]


def test_a_remark_in_brackets_does_not_break_a_list_of_towns() -> None:
    text = "وشهدت مدن السلط (33 كم شمال غرب عمان) واربد (90 كم شمال عمان) والزرقاء احتجاجات على قانون الضريبة أمس."
    found = events(text)
    assert sorted(e.location.name_ar for e in found if e.location) == ["اربد", "الزرقاء", "السلط"]
    # the town a distance is measured from is still no scene of its own
    assert all(e.location is None or e.location.name_ar != "عمان" for e in found)


def test_a_country_named_in_the_headline_places_an_unknown_town() -> None:
    text = "اعتقلت الشرطة رجلا في مدينة زيلترا إثر إنذار بوجود قنبلة في كنيسة."
    found = list(marsad.extract(text, published=PUB, title="إحباط هجوم داخل كنيسة في سويسرا", decider="rules").events)
    assert found and found[0].location is not None and found[0].location.country == "CH"
    assert found[0].location.geo_precision == 3  # the town is not in the gazetteer: the country's point


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("أعلن الجيش الوطني الليبي تحقيق تقدم جديد شرقي مدينة درنة وغربها أمس.", "غربها"),
        ("قتل ثلاثة أشخاص في قصف على القدس والمقدسات أمس.", "المقدسات"),
    ],
)
def test_a_list_does_not_go_on_through_ordinary_words(text: str, word: str) -> None:
    found = events(text)
    assert all(e.location is None or e.location.name_ar != word for e in found)


def test_a_country_level_event_lies_in_the_country_a_preposition_names_not_in_the_one_acting() -> None:
    # "قصفت بريطانيا ... في ليبيا": the strike happened in Libya, whichever country is named first
    from marsad.pipeline import Pipeline
    from marsad.pipeline.decide import AllCandidates

    pipeline = Pipeline(None, AllCandidates())
    for text, country in (("وكانت تركيا وروسيا قصفتا أمس مواقع للمسلحين في سوريا.", "SY"),
                          ("وكانت بريطانيا قد قصفت أمس مواقع عسكرية في ليبيا.", "LY")):
        doc = pipeline.document(text, published="2018-05-01", article_id="t")
        assert doc.candidates
        assert {c.event.location.country for c in doc.candidates if c.event.location is not None} == {country}


def test_a_place_after_with_is_a_party_but_a_border_with_a_place_lies_there() -> None:
    # "الهدنة مع أنقرة": Ankara is a party to the truce; the strikes were in northern Iraq
    from marsad.pipeline import Pipeline
    from marsad.pipeline.decide import AllCandidates

    pipeline = Pipeline(None, AllCandidates())

    def countries(text: str) -> set[str | None]:
        doc = pipeline.document(text, published="2018-05-01", article_id="t")
        return {c.event.location.country for c in doc.candidates if c.event.location is not None}

    assert countries("هدد الحزب بإنهاء الهدنة مع أنقرة بعد الغارات التي شنها الجيش التركي أمس على مواقع في شمال العراق.") == {"IQ"}
    assert countries("أصيب جنديان أمس في انفجار عبوة ناسفة قرب الحدود مع غزة.") == {"PS"}


def test_what_a_capital_heads_is_a_place_not_a_group_of_its_name() -> None:
    # "ولاية الجزيرة" is a state of Sudan and also a "province" of the Islamic State
    text = "سيطرت قوات الدعم السريع على مدينة ود مدني عاصمة ولاية الجزيرة بعد انسحاب الجيش منها."
    doc = Pipeline(None, AllCandidates()).document(text, published=PUB)
    assert "islamic-state" not in {i for m in doc.of("actor") for i in m.value.ids}
    assert all(c.event.actor2 is None or c.event.actor2.actor_id != "islamic-state" for c in doc.candidates)
    claimed = Pipeline(None, AllCandidates()).document("تبنى تنظيم ولاية الجزيرة الهجوم على حاجز في الموصل.", published=PUB)
    assert "islamic-state" in {i for m in claimed.of("actor") for i in m.value.ids}


def test_an_army_the_table_names_as_another_side_is_that_side() -> None:
    # "الجيش الليبي" reads as Libya's army by its words, but the press of these years means Haftar's
    # forces by it, and the table says so; the authorities of a country stay its police
    doc = Pipeline(None, AllCandidates()).document(
        "قتل 8 جنود من الجيش الليبي في تفجير سيارة مفخخة عند بوابة مدينة أجدابيا أمس.", published=PUB)
    sides = {side.name for c in doc.candidates for side in (c.event.actor1, c.event.actor2) if side is not None}
    assert "Libyan National Army" in sides and "Military Forces of Libya (GNA)" not in sides
    arrest = Pipeline(None, AllCandidates()).document("اعتقلت السلطات السودانية أمس عشرة ناشطين في مدينة الخرطوم.",
                                                      published=PUB)
    assert [c.event.actor1.name for c in arrest.candidates if c.event.actor1] == ["Police Forces of Sudan"]
