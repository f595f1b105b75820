"""The one rule for combining reports of one event (marsad.merge), within an article and across articles."""

from __future__ import annotations

import itertools

import marsad
from marsad import dedupe
from marsad.merge import combine_count, combine_counts, named_actor, union
from marsad.model import ActorRef, Count, Event, Span

DOZENS = Count(10, 10, 10, Span(0, 5, "عشرات"), vague=True)
SEVERAL = Count(3, 3, 3, Span(0, 3, "عدة"), vague=True)


def exact(n: int, low: int | None = None, high: int | None = None, at: int = 0) -> Count:
    return Count(n, n if low is None else low, n if high is None else high, Span(at, at + len(str(n)), str(n)))


def test_an_exact_figure_beats_a_vague_one_larger_or_smaller() -> None:
    larger = combine_count(DOZENS, exact(28))
    assert larger is not None and (larger.best, larger.low, larger.high) == (28, 10, 28)
    assert larger.evidence == exact(28).evidence and not larger.vague
    smaller = combine_count(exact(4), DOZENS)
    assert smaller is not None and (smaller.best, smaller.low, smaller.high) == (4, 4, 10)


def test_two_exact_figures_that_differ_give_the_smallest_and_the_whole_range() -> None:
    got = combine_count(exact(12, at=40), exact(9, 7, 11, at=5))
    assert got == Count(9, 7, 12, exact(9, at=5).evidence)


def test_two_vague_figures_give_the_smallest_still_vague() -> None:
    got = combine_count(DOZENS, SEVERAL)
    assert got is not None and (got.best, got.low, got.high, got.vague) == (3, 3, 10, True)


def test_a_report_without_a_toll_changes_nothing_and_equal_figures_keep_the_first() -> None:
    assert combine_count(None, None) is None
    assert combine_count(None, DOZENS) == DOZENS and combine_count(DOZENS, None) == DOZENS
    first, second = exact(6, at=0), exact(6, at=90)
    assert combine_count(first, second) == first
    assert combine_counts([]) is None


def test_the_figures_do_not_depend_on_the_order_of_the_reports() -> None:
    reports = [DOZENS, exact(28), None, exact(30, 25, 35), SEVERAL]
    results = set()
    for order in itertools.permutations(reports):
        got = combine_counts(order)
        assert got is not None
        results.add((got.best, got.low, got.high, got.vague))
    assert results == {(28, 3, 35, False)}


def _actor(name: str, named: bool) -> ActorRef:
    return ActorRef(name.lower(), name, name, 2, None, Span(0, 4, "نص") if named else None)


def test_a_side_the_text_names_beats_none_and_a_default() -> None:
    named, default = _actor("Islamic State", True), _actor("Unidentified Armed Group", False)
    assert named_actor(None, named) is named and named_actor(named, None) is named
    assert named_actor(default, named) is named
    assert named_actor(named, _actor("Other", True)) is named  # the first report's side stays
    assert named_actor(default, _actor("Other", False)) is default


def test_sources_keep_the_first_list_and_add_what_it_lacks() -> None:
    assert union(("a", "b"), ("b", "c", "a", "d"), key=str) == ("a", "b", "c", "d")
    assert union((), ("x",), key=str) == ("x",)


def _extract(text: str) -> Event:
    result = marsad.extract(text, published="2017-06-13", article_id="t", decider="rules")
    [event] = result.events
    return event


def test_within_an_article_and_across_articles_the_same_toll() -> None:
    """A car bomb told with "dozens of dead" and with "17 killed": told so in one article, or one
    figure in each of two outlets' articles, the event's toll is the same."""
    vague = "أسفر انفجار سيارة مفخخة عن سقوط عشرات القتلى في مدينة الباب أمس."
    precise = "أعلنت مصادر طبية أن انفجار سيارة مفخخة في مدينة الباب أمس أدى إلى مقتل 17 شخصا."
    within = _extract(vague + " " + precise).fatalities
    reports = [dedupe.report_from_event(_extract(text), article_key=key, outlet=key, reported="2017-06-13")
               for key, text in (("a", vague), ("b", precise))]
    [members] = dedupe.cluster(reports)
    across = dedupe.summarize(members).fatalities
    assert within is not None and across is not None
    assert (within.best, within.low, within.high) == (across.best, across.low, across.high) == (17, 10, 17)
