"""The development articles coded with no event (sport, economy, opinion) give none."""

from __future__ import annotations

from typing import Any

import pytest

import marsad
from tests.conftest import ARTICLES, load_jsonl


def test_articles_without_gold_events_give_no_event(dev_articles: list[dict[str, Any]]) -> None:
    gold_path = ARTICLES / "dev-gold.jsonl"
    if not gold_path.exists():
        pytest.skip("dev-gold.jsonl is not here")
    empty = {str(row["article_id"]) for row in load_jsonl(gold_path) if not row.get("events")}
    assert len(empty) >= 10
    for article in dev_articles:
        if str(article["id"]) not in empty:
            continue
        result = marsad.extract(article["text"], published=article.get("published"), title=article.get("title"),
                                article_id=str(article["id"]))
        assert list(result.events) == [], article["id"]
