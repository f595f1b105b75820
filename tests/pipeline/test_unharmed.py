"""A toll the text denies ("دون وقوع إصابات"، "لم تسفر عن قتلى") is a toll of none (codebook:
fatalities 0), not an unknown one, with the denying words as its evidence. Sentences written for
the tests."""

from __future__ import annotations

import marsad
from marsad.model import Event

PUB = "2019-03-10"


def events(text: str) -> list[tuple[Event, str]]:
    result = marsad.extract(text, published=PUB, article_id="t", decider="rules")
    return [(e, text) for e in result.events]


def test_a_strike_that_hurt_no_one_has_a_toll_of_none() -> None:
    got = events("قصفت طائرات حربية موقعا عسكريا قرب مدينة حماة مساء الأحد دون أن يسفر القصف عن إصابات.")
    assert got
    for e, text in got:
        assert e.fatalities is not None and (e.fatalities.best, e.fatalities.low, e.fatalities.high) == (0, 0, 0)
        assert e.injured is not None and e.injured.best == 0
        ev = e.fatalities.evidence
        assert ev is not None and text[ev.start : ev.end] == ev.text == "دون أن يسفر القصف عن إصابات"


def test_the_denial_in_the_next_sentence_speaks_of_the_event_before_it() -> None:
    got = events("أطلق مسلحون مجهولون النار على دورية للشرطة في مدينة الرمادي صباح اليوم. "
                 "ولم ترد أنباء عن وقوع إصابات.")
    assert got
    assert all(e.fatalities is not None and e.fatalities.best == 0 for e, _ in got)


def test_no_deaths_leaves_the_wounded_counted() -> None:
    got = events("أصيب ثلاثة جنود في انفجار عبوة ناسفة بمدينة الموصل أمس، ولم يسفر الانفجار عن قتلى.")
    assert got
    for e, _ in got:
        assert e.fatalities is not None and e.fatalities.best == 0
        assert e.injured is not None and e.injured.best == 3


def test_a_denial_belongs_to_its_own_event_and_never_hides_a_figure() -> None:
    got = events("قتل خمسة مدنيين في غارة جوية على بلدة سراقب أمس، بينما سقطت قذائف هاون على حي "
                 "الحمدانية في مدينة حلب دون وقوع أي خسائر بشرية.")
    by_place = {(e.location.name_ar if e.location else None): e for e, _ in got}
    strike = next(e for name, e in by_place.items() if name and "سراقب" in name)
    shells = next(e for name, e in by_place.items() if name and ("الحمدانية" in name or "حلب" in name))
    assert strike.fatalities is not None and strike.fatalities.best == 5
    assert shells.fatalities is not None and shells.fatalities.best == 0


def test_words_that_deny_nothing_leave_the_toll_unknown() -> None:
    # without confirming the losses is no denial of them
    got = events("قصفت فصائل المعارضة مدينة القرداحة بالصواريخ أمس من دون التأكد من إيقاع خسائر بشرية.")
    assert got
    assert all(e.fatalities is None for e, _ in got)
