"""The dateline names where the report was written, not where its events happened. Heads
written for the tests."""

from __future__ import annotations

import pytest

import marsad
from marsad.pipeline.dateline import dateline_end
from marsad.text import fold

PUB = "2018-05-01"


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("عمان، الأردن (CNN)-- قصفت الطائرات بلدة حرستا.", "عمان، الأردن (CNN)--"),
        ("وكالات- القاهرة: قصفت الطائرات بلدة حرستا.", "وكالات- القاهرة:"),
        ("مراسلنا – بيروت\nقصفت الطائرات بلدة حرستا.", "مراسلنا – بيروت\n"),
    ],
)
def test_a_dateline_is_found(text: str, head: str) -> None:
    assert dateline_end(fold(text)) == len(fold(head))


@pytest.mark.parametrize(
    "text",
    [
        "قال المرصد السوري: قصفت الطائرات بلدة حرستا.",  # a speaker, not a dateline
        "طردت المقاومة الشعبية في تعز (جنوب اليمن) المسلحين من حي الجحملية.",  # brackets of Arabic
        "قصفت الطائرات بلدة حرستا بريف دمشق أمس.",
    ],
)
def test_an_ordinary_opening_is_no_dateline(text: str) -> None:
    assert dateline_end(fold(text)) == 0


def test_no_event_at_the_dateline() -> None:
    # the arrest names no place of its own: the town of the dateline is not where it happened
    text = "إربد، الأردن (CNN)-- اعتقلت الشرطة التركية عشرة أشخاص أمس للاشتباه في انتمائهم إلى تنظيم داعش."
    got = marsad.extract(text, published=PUB, article_id="t", decider="rules").events
    assert all(e.location is None or e.location.country != "JO" for e in got)
