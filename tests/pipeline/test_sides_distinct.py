"""Invariants of every candidate event over the hand-coded articles (dev and train): one side
never stands on both sides of an event, however many reports of it the article merges."""

from __future__ import annotations

from typing import Any

import pytest

from marsad.pipeline import Pipeline
from marsad.pipeline.decide import AllCandidates
from tests.conftest import ARTICLES, load_jsonl


def test_no_event_has_one_side_on_both_sides(dev_articles: list[dict[str, Any]]) -> None:
    train = ARTICLES / "train.jsonl"
    if not train.exists():
        pytest.skip("../shared/data/articles/train.jsonl is not here")
    pipeline = Pipeline(None, AllCandidates())  # every candidate, kept or not
    same = []
    for a in [*dev_articles, *load_jsonl(train)]:
        doc = pipeline.document(a["text"], published=a.get("published"), title=a.get("title"), article_id=a["id"])
        for c in doc.candidates:
            e = c.event
            if e.actor1 is not None and e.actor2 is not None and e.actor1.actor_id == e.actor2.actor_id:
                same.append((a["id"], e.sub_event_type, e.actor1.name))
    assert not same, same
