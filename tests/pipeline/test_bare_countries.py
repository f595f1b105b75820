"""A country whose name is also an ordinary word (مالي "financial", بنين "sons") is named by the
bare word after a locative word, and only there."""

from __future__ import annotations

import pytest

from marsad.pipeline import Pipeline
from marsad.pipeline.bare_countries import bare_names
from marsad.pipeline.decide import AllCandidates

PUB = "2023-05-10"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(None, AllCandidates())


def countries(pipeline: Pipeline, text: str) -> list[str]:
    doc = pipeline.document(text, published=PUB)
    return [str(m.value.info.countries and sorted(m.value.info.countries)[0]) for m in doc.of("place")
            if m.value.is_country]


def test_the_bare_names_come_from_the_qualified_ones() -> None:
    names = bare_names()
    assert names["مالي"] == "دوله مالي" and "بنين" in names
    assert "العراق" not in names and "الكويت" not in names  # listed bare themselves


@pytest.mark.parametrize("text", [
    "قتل عشرة جنود في هجوم على قاعدة عسكرية في مالي أمس.",
    "شنت القوات الفرنسية غارة على معسكر للمتشددين شرقي مالي.",
    "وصل مئات اللاجئين بمالي هربا من المعارك.",
])
def test_after_a_locative_the_ordinary_word_is_the_country(pipeline: Pipeline, text: str) -> None:
    assert countries(pipeline, text) == ["ML"]


@pytest.mark.parametrize("text", [
    "قدمت الحكومة دعم مالي للمتضررين من القصف في حلب.",
    "قال محلل مالي إن الأسواق تراجعت بعد التفجير في بغداد.",
])
def test_the_ordinary_word_alone_names_no_country(pipeline: Pipeline, text: str) -> None:
    assert "ML" not in countries(pipeline, text)


def test_a_town_the_gazetteer_knows_in_latin_letters_is_found_in_the_country_so_named(pipeline: Pipeline) -> None:
    text = "شنت القوات الفرنسية غارة على معسكر للمتشددين في منطقة ميناكا شرقي مالي."
    doc = pipeline.document(text, published=PUB)
    located = [c.event.location for c in doc.candidates if c.event.location is not None]
    assert located and located[0].country == "ML" and located[0].lat is not None
    ev = located[0].evidence
    assert ev is not None and text[ev.start : ev.end] == ev.text
