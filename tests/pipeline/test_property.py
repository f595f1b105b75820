"""Property-based: whatever text comes in, ``marsad.extract`` raises only ``InputError`` and every
evidence span it returns is an exact slice of the text (``text[start:end] == span.text``).

Texts: arbitrary Unicode; Arabic with diacritics, tatweel, Eastern digits; RTL/LTR and isolate
marks and zero-width characters sprinkled anywhere, even inside words; mixed scripts; real conflict
sentences broken up with such noise (so that events, and their spans, do come out); empty and
whitespace-only texts; very long texts.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import marsad
from marsad.errors import InputError
from marsad.io import MAX_ARTICLE_CHARS
from marsad.model import Event, Span

SENTENCES = [
    "قصفت قوات النظام السوري بلدة كفرنبل في ريف إدلب أمس، ما أسفر عن مقتل ثلاثة مدنيين.",
    "قتل 5 أشخاص وأصيب ١٢ آخرون في غارة جوية للتحالف الدولي على مدينة الرقة يوم 10 حزيران 2017، وفق المرصد السوري لحقوق الإنسان.",
    "أعلن تنظيم داعش مسؤوليته عن تفجير سيارة مفخخة في بغداد الثلاثاء أدى إلى مقتل العشرات.",
    "نفى الجيش العراقي أن يكون قد قصف قرية قرب الموصل، بحسب بيان رسمي.",
    "تظاهر مئات المحتجين في صنعاء ضد الحوثيين، وقالت مصادر محلية إن قوات الأمن أطلقت النار عليهم.",
    "اشتباكات عنيفة بين قوات سوريا الديمقراطية وفصائل المعارضة في محيط منبج بريف حلب الشرقي.",
    "وَقُتِلَ جُنْدِيَّانِ فِي هُجُومٍ عَلَى حَاجِزٍ لِلْجَيْشِ فِي دَرْعَا.",
    "استهدفت طائرة مسيرة اسرائيلية سيارة في جنوب لبنان، ما ادى الى مقتل عنصرين من حزب الله.",
]
MARKS = [
    "\u200f", "\u200e", "\u202b", "\u202a", "\u202e", "\u202c", "\u2066", "\u2067", "\u2068", "\u2069",
    "\u061c", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u0640",
]
DIACRITICS = [chr(c) for c in range(0x064B, 0x0653)] + ["\u0670"]
ARABIC = [chr(c) for c in range(0x0621, 0x064B)] + ["\u060c", "\u061b", "\u061f", "\u06d4"]
DIGITS = [chr(c) for c in range(0x0660, 0x066A)] + [chr(c) for c in range(0x06F0, 0x06FA)] + list("0123456789")
OTHER = list("abcXYZ .,:;!?-()\"'\n\t\r") + ["\u00a0", "\u2028", "\u2029", "\u3000", "é", "ß", "Ж", "中", "😀", "𝔸"]
PRESENTATION = [chr(c) for c in (0xFEFB, 0xFEF5, 0xFE8D, 0xFB50, 0xFDF2, 0xFE70)]  # ligatures, forms

arabic_noise = st.text(alphabet=st.sampled_from(ARABIC + DIACRITICS + MARKS + DIGITS + OTHER + PRESENTATION),
                       max_size=400)


@st.composite
def noisy_sentences(draw: st.DrawFn) -> str:
    """Real conflict sentences joined, with marks, diacritics and other scripts inserted anywhere."""
    parts = draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=5))
    text = list(" ".join(parts))
    inserts = draw(st.lists(
        st.tuples(st.integers(0, len(text)), st.sampled_from(MARKS + DIACRITICS + OTHER + PRESENTATION + DIGITS)),
        max_size=25,
    ))
    for position, char in sorted(inserts, reverse=True):
        text.insert(position, char)
    return "".join(text)


@st.composite
def long_texts(draw: st.DrawFn) -> str:
    """Tens of thousands of characters: a sentence repeated, or one huge run without spaces."""
    sentence = draw(st.sampled_from(SENTENCES))
    if draw(st.booleans()):
        return (sentence + draw(st.sampled_from([" ", "\n", "\u200f ", "\n\n"]))) * draw(st.integers(50, 300))
    return draw(st.sampled_from(["قتل", "x", "\u200b", "١"])) * draw(st.integers(5_000, 60_000)) + sentence


def spans(event: Event) -> Iterator[tuple[str, Span]]:
    yield "trigger", event.trigger
    yield "sentence", event.sentence
    for name in ("date_evidence", "status_evidence"):
        value = getattr(event, name)
        if value is not None:
            yield name, value
    for name, holder in (("actor1", event.actor1), ("actor2", event.actor2), ("location", event.location),
                         ("fatalities", event.fatalities), ("injured", event.injured)):
        if holder is not None and holder.evidence is not None:
            yield name, holder.evidence
    for name, many in (("assoc_actor_1", event.assoc_actor_1), ("assoc_actor_2", event.assoc_actor_2)):
        for actor in many:
            if actor.evidence is not None:
                yield name, actor.evidence
    for source in event.sources:
        if source.evidence is not None:
            yield "source", source.evidence


def check(text: str, published: str | None = "2017-06-10") -> int:
    """Extract; only InputError may escape; every span exact. Returns the number of spans checked."""
    try:
        result = marsad.extract(text, published=published)
    except InputError:
        return 0
    checked = 0
    for event in result.events:
        for name, span in spans(event):
            assert 0 <= span.start <= span.end <= len(text), (name, span)
            assert text[span.start:span.end] == span.text, (name, span)
            checked += 1
    return checked


FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.text(max_size=600))
def test_any_unicode(text: str) -> None:
    check(text)


@FAST
@given(arabic_noise)
def test_arabic_marks_and_mixed_scripts(text: str) -> None:
    check(text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(noisy_sentences(), st.sampled_from([None, "2017-06-10", "2018-02-29", "not a date", ""]))
def test_conflict_sentences_with_noise(text: str, published: str | None) -> None:
    check(text, published or None)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(long_texts())
def test_very_long_texts(text: str) -> None:
    check(text)


@FAST
@given(st.text(alphabet=st.sampled_from([" ", "\n", "\t", "\r", "\u00a0", "\u3000", "\u2028", "\u2029",
                                         "\u000b", "\u000c", "\u0085", "\u1680", "\u2000", "\u200a"]), max_size=50))
def test_empty_and_whitespace_are_input_errors(text: str) -> None:
    with pytest.raises(InputError):
        marsad.extract(text)


def test_over_the_size_limit_is_an_input_error() -> None:
    with pytest.raises(InputError):
        marsad.extract("ا" * (MAX_ARTICLE_CHARS + 1))


def test_noise_does_not_hide_every_event() -> None:
    """The noisy-sentence strategy is only useful if its base sentences yield spans to check."""
    assert sum(check(sentence) for sentence in SENTENCES) > 20
