"""Lexicon entries mined from the bulk articles (scripts/mine_lexicon.py) and reviewed by hand:
each class of entry gives the event, toll or actor it should, on sentences written for the test."""

from __future__ import annotations

import pytest

import marsad
from marsad.model import Event
from marsad.pipeline import Pipeline
from marsad.pipeline.triggers import lookup
from marsad.text import fold

PUB = "2018-02-10"


def events(text: str) -> list[Event]:
    return list(marsad.extract(text, published=PUB, article_id="t", decider="rules").events)


@pytest.mark.parametrize(
    ("word", "sub"),
    [
        ("وانفجارات", "Remote explosive/landmine/IED"),  # a plural
        ("بقصفها", "STRIKE"),  # a masdar with its object pronoun
        ("خطفهم", "Abduction/forced disappearance"),
        ("وأوقفته", "Arrests"),  # a past verb with its object pronoun
        ("صدامات", "Armed clash"),  # a word of a trigger's slot
    ],
)
def test_a_mined_form_is_an_event_word(word: str, sub: str) -> None:
    hit = lookup(word, fold(word))
    assert hit is not None and hit[1][0] == sub


@pytest.mark.parametrize("word", ["تلقى", "يتلقى", "تدخلت", "ستقدم", "طرده", "تهاون", "نزعة"])
def test_a_rejected_reading_stays_out(word: str) -> None:
    # receive, intervene, offer, expel, negligence, tendency: no event word
    assert lookup(word, fold(word)) is None


def test_a_plural_event_word_makes_its_event() -> None:
    found = events("وقعت انفجارات في مدينة الحلة أمس وأسفرت عن مقتل شخصين.")
    assert [e.sub_event_type for e in found] == ["Remote explosive/landmine/IED"]
    assert found[0].fatalities is not None and found[0].fatalities.best == 2


def test_a_slot_word_makes_a_clash() -> None:
    found = events("اندلعت صدامات بين مسلحين وقوات الجيش في مدينة الرمادي أمس.")
    assert [e.sub_event_type for e in found] == ["Armed clash"]
    assert found[0].actor2 is not None and found[0].actor2.actor_id == "iq-military"


def test_attacks_are_a_weak_clash_word_that_needs_an_armed_side() -> None:
    # "هجمات" as weak as "هجوم": with gunmen it names a clash; attacks on a company's site do not
    assert lookup("هجمات", fold("هجمات")) is not None
    found = events("شن مسلحون هجمات على مواقع الجيش في مدينة الرمادي أمس.")
    assert [e.sub_event_type for e in found] == ["Armed clash"]
    assert not events("تعرض موقع الشركة لهجمات إلكترونية في مدينة الرمادي أمس.")


@pytest.mark.parametrize(
    ("text", "role", "n"),
    [
        ("قتل فلسطينيان في غارة على مدينة رفح أمس.", "fatalities", 2),  # a dual person noun
        ("أصيب جنديان بجروح في انفجار عبوة ناسفة قرب مدينة الرمادي أمس.", "injured", 2),
        ("سقطت قتيلة في قصف مدفعي على بلدة كفرنبل أمس.", "fatalities", 1),  # a feminine victim noun
    ],
)
def test_a_mined_person_noun_is_a_toll(text: str, role: str, n: int) -> None:
    found = events(text)
    assert len(found) == 1
    count = getattr(found[0], role)
    assert count is not None and count.best == n


def test_a_nationality_after_a_weapon_noun_names_the_force() -> None:
    found = events("قتل فلسطينيان في غارة إسرائيلية على مدينة رفح أمس.")
    assert [e.sub_event_type for e in found] == ["Air/drone strike"]
    assert found[0].actor1 is not None and found[0].actor1.actor_id == "il-military"


def test_a_country_after_an_attack_verb_is_its_forces() -> None:
    found = events("قصفت تركيا مواقع للمسلحين في بلدة جنديرس أمس.")
    assert len(found) == 1
    assert found[0].actor1 is not None and found[0].actor1.actor_id == "tr-military"
    assert found[0].location is not None and found[0].location.name_ar == "جنديرس"


@pytest.mark.parametrize("text", ["هددت تركيا بقصف مواقع المسلحين.", "سقطت قذائف على مواقع في تركيا أمس."])
def test_a_country_elsewhere_is_no_actor(text: str) -> None:
    doc = Pipeline(decider="rules").document(text, published=PUB, article_id="t")
    assert all("tr-military" not in m.value.ids for m in doc.of("actor"))


def test_clearing_ground_of_an_armed_side_takes_territory() -> None:
    got = events("تمكنت قوات الجيش أمس من تطهير قرية الحصوة من مسلحي تنظيم داعش.")
    assert any(e.event_type == "Battles" and e.sub_event_type == "Government regains territory" for e in got)
    # a weak word: with no armed side and no toll in its sentence, no event
    assert events("بدأت البلدية أمس حملة تطهير قرية الحصوة من النفايات.") == []
