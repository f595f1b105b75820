"""An event phrase of a feminine noun and its adjective ("طائرة مسيرة"، "سيارة مفخخة") is found in
the dual too, where both words take the dual ending, and keeps the phrase's lemma."""

from __future__ import annotations

import pytest

from marsad.pipeline import Pipeline
from marsad.pipeline.decide import AllCandidates

PUB = "2023-05-10"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(None, AllCandidates())


@pytest.mark.parametrize(("text", "phrase", "lemma"), [
    ("أسقطت الدفاعات الجوية طائرتين مسيرتين فوق مدينة حلب.", "طائرتين مسيرتين", "طايره مسيره"),
    ("وقالت المصادر إن طائرتان مسيرتان حلقتا فوق مدينة حلب.", "طائرتان مسيرتان", "طايره مسيره"),
    ("شنت المقاتلات غارتين جويتين على مدينة حلب أمس.", "غارتين جويتين", "غاره جويه"),
])
def test_a_dual_phrase_is_the_phrase(pipeline: Pipeline, text: str, phrase: str, lemma: str) -> None:
    doc = pipeline.document(text, published=PUB)
    hits = [(text[m.start : m.end], m.value.lemma) for m in doc.of("trigger")]
    assert (phrase, lemma) in hits


def test_drones_shot_down_in_the_dual_are_disrupted_weapons_use(pipeline: Pipeline) -> None:
    doc = pipeline.document("أسقطت الدفاعات الجوية طائرتين مسيرتين فوق مدينة حلب.", published=PUB)
    assert [c.event.sub_event_type for c in doc.candidates] == ["Disrupted weapons use"]


def test_a_dual_of_a_march_is_no_drone(pipeline: Pipeline) -> None:
    # "مسيرتين" alone is two marches: only the noun and adjective together name drones
    doc = pipeline.document("نظم المحتجون مسيرتين في مدينة حلب أمس.", published=PUB)
    assert all(m.value.lemma != "طايره مسيره" for m in doc.of("trigger"))
