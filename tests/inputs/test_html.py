"""HTML pages: deep nesting (which makes the parser's time grow with its square) is refused at once."""

from __future__ import annotations

import time

import pytest

from marsad.errors import InputError
from marsad.inputs import article_from_html
from marsad.inputs.html import MAX_DEPTH, nesting_depth

GOOD = "قصفت قوات النظام السوري بلدة كفرنبل في ريف إدلب أمس، ما أسفر عن مقتل ثلاثة مدنيين."


def nested(depth: int) -> str:
    return "<html><body>" + "<div>" * depth + f"<p>{GOOD}</p>" + "</div>" * depth + "</body></html>"


def test_deep_nesting_is_refused_quickly() -> None:
    html = nested(200_000)
    start = time.monotonic()
    with pytest.raises(InputError, match=f"nested more than {MAX_DEPTH:,} elements deep"):
        article_from_html(html, "deep.html")
    assert time.monotonic() - start < 2.0


def test_ordinary_nesting_and_unclosed_paragraphs_still_read() -> None:
    assert GOOD in article_from_html(nested(60), "ok.html").text
    loose = "<html><body><article>" + f"<p>{GOOD}" * 5_000 + "</article></body></html>"
    assert nesting_depth(loose) <= 3
    assert article_from_html(loose, "loose.html").text.count(GOOD) == 5_000


@pytest.mark.parametrize("depth", [MAX_DEPTH - 10, MAX_DEPTH + 1])
def test_limit_is_exact(depth: int) -> None:
    assert (nesting_depth(nested(depth)) > MAX_DEPTH) == (depth > MAX_DEPTH)
