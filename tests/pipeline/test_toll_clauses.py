"""Each figure is the toll of the event word nearest it: two events told in one sentence keep
their own tolls; the places of one event word still share its figure (codebook: one toll,
several places). Sentences written for the tests."""

from __future__ import annotations

import marsad
from marsad.model import Event

PUB = "2018-05-01"


def tolls(text: str) -> dict[str, int | None]:
    got: list[Event] = list(marsad.extract(text, published=PUB, article_id="t", decider="rules").events)
    return {e.location.name_ar: (e.fatalities.best if e.fatalities else None) for e in got if e.location}


def test_two_events_in_one_sentence_keep_their_own_tolls() -> None:
    got = tolls("وقتل ثلاثة رجال في غارة جوية على مدينة سراقب، وامرأة في قصف مدفعي على قرية كفرنبل أمس.")
    assert got.get("سراقب") == 3
    assert got.get("كفرنبل") != 3


def test_the_toll_after_the_second_event_word_is_its_own() -> None:
    got = tolls("شنت الطائرات غارة على بلدة حاس أمس، بينما أسفر قصف مدفعي على بلدة كفرنبل عن مقتل خمسة مدنيين.")
    assert got.get("كفرنبل") == 5
    assert got.get("حاس") is None


def test_the_places_of_one_event_word_share_its_toll() -> None:
    got = tolls("قتل 12 شخصا في غارات جوية على بلدات كفرنبل وسراقب وحاس أمس.")
    assert sorted(v for v in got.values() if v is not None) == [4, 4, 4]


def events_at(text: str) -> list[Event]:
    return [e for e in marsad.extract(text, published=PUB, article_id="t", decider="rules").events if e.location]


def test_a_later_sentence_without_a_place_gives_the_toll_of_the_event_it_goes_on_about() -> None:
    # the second sentence names no place and no weapon: it tells more of the suicide bombing
    got = events_at("فجر انتحاري نفسه بحزام ناسف في سوق مدينة سراقب صباح أمس. "
                    "وحملت السلطات التنظيم مسؤولية التفجير الذي أوقع 14 قتيلا.")
    bombings = [e for e in got if e.location and e.location.name_ar == "سراقب"]
    assert [e.sub_event_type for e in bombings] == ["Suicide bomb"]
    assert bombings[0].fatalities is not None and bombings[0].fatalities.best == 14
    ev = bombings[0].fatalities.evidence
    assert ev is not None and ev.text == "14"


def test_a_later_sentence_that_names_its_weapon_is_an_event_of_its_own() -> None:
    got = events_at("شنت الطائرات الحربية غارات جوية على بلدة كفرنبل أمس. "
                    "كما تعرض مسلحو المعارضة لقصف مدفعي أدى إلى مقتل ثلاثة منهم.")
    subs = sorted(e.sub_event_type for e in got if e.location and e.location.name_ar == "كفرنبل")
    assert subs == ["Air/drone strike", "Shelling/artillery/missile attack"]
