"""``extract`` stops after the triggers when an article has no event word; its events are those
of the whole ``document`` in every case."""

from __future__ import annotations

import json

import pytest

from marsad.pipeline import Pipeline
from tests.conftest import ARTICLES

PUB = "2019-03-04"

TEXTS = [
    # event words: the full run
    "قتل ثلاثة مدنيين في غارة جوية على بلدة سراقب بريف إدلب أمس.",
    "اندلعت اشتباكات عنيفة بين الجيش ومسلحين في مدينة درعا صباح اليوم.",
    # none: places, people and numbers, but nothing happened
    "زار وزير الخارجية مدينة حلب يوم الاثنين والتقى عشرين من وجهاء المدينة.",
    "ارتفعت أسعار الخبز في صنعاء وعدن خلال الأسبوع الماضي.",
]


def _rows(pipeline: Pipeline, text: str) -> tuple[list[str], list[str]]:
    full = pipeline.document(text, published=PUB)
    short = pipeline.extract(text, published=PUB)
    return [repr(e) for e in full.events], [repr(e) for e in short.events]


def test_extract_gives_the_events_of_the_whole_document() -> None:
    pipeline = Pipeline()
    for text in TEXTS:
        full, short = _rows(pipeline, text)
        assert short == full
    assert _rows(pipeline, TEXTS[0])[1], "an article with an event word keeps its event"


def test_an_article_with_no_event_word_keeps_every_layer_in_its_document() -> None:
    doc = Pipeline().document(TEXTS[2], published=PUB)
    assert not doc.of("trigger")
    assert doc.of("place"), "the document still reads the places of an article with no event"


@pytest.mark.skipif(not (ARTICLES / "dev.jsonl").exists(), reason="../shared/data/articles is not here")
def test_extract_and_document_agree_on_real_articles() -> None:
    pipeline = Pipeline()
    lines = (ARTICLES / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()][:40]
    for row in rows:
        text, pub = row["text"], row.get("published")
        assert [repr(e) for e in pipeline.extract(text, published=pub).events] == [
            repr(e) for e in pipeline.document(text, published=pub).events
        ]
