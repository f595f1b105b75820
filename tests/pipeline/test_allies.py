"""Sides that fight on the same side (``marsad/knowledge/camps.json`` and the actor table): an
ally named beside the side that acted is not the side it fought, unless the text itself sets the
two against each other."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from marsad.pipeline import Pipeline
from marsad.pipeline.actors import ActorHit, tables
from marsad.pipeline.decide import AllCandidates
from marsad.pipeline.roles import allied


def _hit(*ids: str) -> ActorHit:
    return ActorHit(ids=ids)


@pytest.mark.parametrize(("a", "b", "same_side"), [
    ("saudi-coalition", "popular-resistance-ye", True),  # one camp of the table
    ("saudi-coalition", "houthis", False),
    ("sy-military", "ndf", True),  # a militia fighting for its government
    ("sy-military", "hezbollah", True),
    ("sy-military", "jaish-al-islam", False),
    ("eg-military", "eg-police", True),  # the state's forces of one country
    ("lna", "ly-military", False),  # two armies of one country that a camp parts
    ("qassam", "hamas", True),  # a brigade and its movement
    ("houthis", "saleh-loyalists", False),  # allies once, enemies later: in no camp together
    ("intl-coalition", "sdf", True),
    ("tr-military", "ypg", False),
])
def test_which_sides_are_allies(a: str, b: str, same_side: bool) -> None:
    assert allied(_hit(a), _hit(b)) is same_side
    assert allied(_hit(b), _hit(a)) is same_side


def test_every_camp_member_is_an_actor_of_the_table() -> None:
    camps = json.loads((resources.files("marsad.knowledge") / "camps.json").read_text(encoding="utf-8"))
    table = tables().table
    missing = [(c["camp"], m) for c in camps for m in c["members"] if m not in table]
    assert not missing, missing


def _sides(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = Pipeline(None, AllCandidates()).document(text, published="2015-08-06")  # every candidate, kept or not
    return [(c.event.sub_event_type, c.event.actor1.name_ar if c.event.actor1 else None,
             c.event.actor2.name_ar if c.event.actor2 else None) for c in doc.candidates]


def test_an_ally_backing_the_side_is_not_the_side_it_fought() -> None:
    # the army backs the Resistance; the ground was taken from the Houthis
    events = _sides("واستعادت المقاومة الشعبية المسنودة بقوات الجيش الوطني السيطرة على مدينة زنجبار من الحوثيين.")
    assert [(a1, a2) for _, a1, a2 in events] == [("المقاومة الشعبية", "الحوثيون")]
    # "بين A المسنودة بـB وبين C": the sides are A and C
    events = _sides("وقتل عشرة مسلحين في المواجهات التي شهدتها قرى جبل صبر بين المقاومة الشعبية المسنودة "
                    "بقوات الجيش الوطني وبين الميليشيات الحوثية.")
    assert {(a1, a2) for _, a1, a2 in events} == {("المقاومة الشعبية", "الحوثيون")}


@pytest.mark.parametrize(("text", "pair"), [
    # allies the text sets against each other stay on both sides
    ("سقط عشرات القتلى في مواجهات عنيفة دارت بين الحوثيين وقوات الحرس الجمهوري الموالية لصالح في مديرية أرحب أمس.",
     {"الحوثيون", "قوات صالح"}),
    ("اندلعت اشتباكات بين الجيش اليمني والمقاومة الشعبية في مدينة عدن أمس.", {"الجيش اليمني", "المقاومة الشعبية"}),
    ("قتل خمسة عناصر من المقاومة الشعبية في اشتباكات مع الجيش اليمني في مدينة عدن.",
     {"الجيش اليمني", "المقاومة الشعبية"}),
    # an ally named as the one hit: a strike by mistake
    ("قصفت طائرات التحالف العربي بالخطأ مواقع للمقاومة الشعبية في مدينة زنجبار أمس.",
     {"التحالف العربي", "المقاومة الشعبية"}),
])
def test_allies_set_against_each_other_stay(text: str, pair: set[str]) -> None:
    events = _sides(text)
    assert events, text
    assert {events[0][1], events[0][2]} == pair


@pytest.mark.parametrize("text", [
    # a claim a sentence away that names only "the attack"
    "قتل 31 شخصا في تفجير انتحاري استهدف مركزا لتسجيل الناخبين في العاصمة الأفغانية كابول أمس. "
    "وأعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم عبر وكالة أعماق.",
    "أعلن تنظيم داعش الإرهابي مسؤوليته عن الهجوم الذي وقع أمس في مدينة كويتا. "
    "وقتل انتحاري 29 شخصا على الأقل قرب مركز اقتراع في المدينة.",
])
def test_the_group_that_claims_the_attack_carried_it_out(text: str) -> None:
    events = _sides(text)
    assert events and all(a1 == "تنظيم الدولة الإسلامية" for _, a1, _ in events), events


@pytest.mark.parametrize("text", [
    # no one claimed it; blame laid is no claim; a claim of another, earlier attack
    "قتل 31 شخصا في تفجير انتحاري استهدف مركزا لتسجيل الناخبين في كابول أمس. ولم تعلن أي جهة مسؤوليتها عن "
    "الهجوم حتى الآن، لكن مسؤولا قال إن تنظيم الدولة الإسلامية ينشط في المنطقة.",
    "أصيب ثلاثة أشخاص في انفجار عبوة ناسفة استهدفت موكب رئيس الوزراء قرب معبر بيت حانون أمس. "
    "وحمل الرئيس في بيان له حركة حماس مسؤولية الهجوم.",
    "قتل جنديان في انفجار عبوة ناسفة قرب مدينة أجدابيا أمس. "
    "يشار إلى أن تفجيرا مماثلا وقع مطلع الشهر جنوب المدينة وأعلن تنظيم داعش مسؤوليته عنه.",
])
def test_no_claim_no_claimant(text: str) -> None:
    events = _sides(text)
    first = [a1 for _, a1, _ in events[:1]]
    assert events and first != ["تنظيم الدولة الإسلامية"] and first != ["حركة حماس"], events


def test_a_bomb_whose_toll_counts_people_hit_them_not_the_articles_other_side() -> None:
    # the side the article fights elsewhere (Taliban) is no side of a bombing that killed people
    events = _sides("اشتبكت حركة طالبان مع القوات الأفغانية في ولاية قندوز أمس. وقالت حركة طالبان إنها تقدمت في "
                    "الولاية. وقتل 31 شخصا في تفجير انتحاري في العاصمة كابول، وأعلن تنظيم الدولة الإسلامية "
                    "مسؤوليته عن الهجوم.")
    assert ("Suicide bomb", "تنظيم الدولة الإسلامية", "مدنيون أفغان") in events, events


def test_a_battle_that_names_no_side_was_fought_by_an_unidentified_group() -> None:
    # codebook/ACLED: an armed actor the news does not name is an unidentified armed group
    events = _sides("قتل شخصان وأصيب عدة أشخاص آخرين في اشتباكات جديدة اندلعت ليلة أمس في بلدة سيلوبي جنوب شرق تركيا.")
    assert [(sub, a1) for sub, a1, _ in events] == [("Armed clash", "مجموعة مسلحة مجهولة (تركيا)")]
