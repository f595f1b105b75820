"""Merging on the dev set, judged against dev-gold.jsonl, and idempotent re-ingest (real pipeline).

Gold events carry no cross-article ids, so "the same gold event" is computed: two occurred gold
events of different articles with the same event type, the same (known) day and the same place
(the scorer's rule: normalized Arabic names agree or coordinates within 20 km). Each gold event
is mapped to its article's predicted report with the scorer's one-to-one matching. Pairs whose
reports the extractor coded to the same type, day and place must end in one event; no two gold
events of different types or places may share one.
"""

from __future__ import annotations

import importlib.util
import json
from itertools import combinations
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from click.testing import CliRunner

from marsad.cli.store import ingest as ingest_cmd
from marsad.store import EventFilter, open_store

SHARED = Path(__file__).resolve().parents[3] / "shared"
DEV = SHARED / "data" / "articles" / "dev.jsonl"
GOLD = SHARED / "data" / "articles" / "dev-gold.jsonl"
SCORER = SHARED / "tools" / "score.py"

pytestmark = pytest.mark.skipif(not (DEV.exists() and GOLD.exists() and SCORER.exists()),
                                reason="dev set or scorer not found")


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("marsad_dev_score", SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def dev_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, list[str]]:
    url = f"sqlite:///{tmp_path_factory.mktemp('dev') / 'dev.sqlite'}"
    outputs = []
    for _ in range(2):
        result = CliRunner().invoke(ingest_cmd, [str(DEV), "--db", url], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        outputs.append(result.stderr)
    return url, outputs


def test_second_ingest_adds_nothing(dev_db: tuple[str, list[str]]) -> None:
    _, (first, second) = dev_db
    assert "new: 70" in first
    assert "new: 0" in second and "already present: 70" in second and "reports stored: 0" in second


def test_dev_merges_against_gold(dev_db: tuple[str, list[str]]) -> None:
    score = _scorer()
    gold: dict[str, list[dict[str, Any]]] = {}
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        gold[row["article_id"]] = [e for e in row["events"] if e.get("status", "occurred") == "occurred"]
    event_of: dict[tuple[str, int], int] = {}  # (article, gold index) -> merged event id of its report
    report_of: dict[tuple[str, int], dict[str, Any]] = {}
    with open_store(dev_db[0], read_only=True) as store:
        for article_id, events in gold.items():
            article = store.get_article(article_id)
            assert article is not None, article_id
            predicted = [{**r["event"], "_event": r["event_id"]} for r in article["reports"]
                         if r["status"] == "occurred"]
            for g, p in score.match(events, predicted, typed=True):
                key = (article_id, next(i for i, e in enumerate(events) if e is g))
                event_of[key] = p["_event"]
                report_of[key] = p
        n_events = store.query_events(EventFilter())[0]

    def same_gold_event(a: dict[str, Any], b: dict[str, Any]) -> bool:
        return bool(a["event_type"] == b["event_type"] and a.get("date") and a.get("date") == b.get("date")
                    and score.same_place(a.get("location"), b.get("location")))

    items = [((aid, i), e) for aid, events in gold.items() for i, e in enumerate(events)]
    same_pairs = [(x, y) for (x, ex), (y, ey) in combinations(items, 2)
                  if x[0] != y[0] and same_gold_event(ex, ey)]
    def extracted_alike(a: dict[str, Any], b: dict[str, Any]) -> bool:
        """Both reports were coded to the same type, day and place (one gazetteer place, or
        exact places within 10 km): merging, not extraction, decides whether they join."""
        la, lb = a.get("location") or {}, b.get("location") or {}
        same_place = (la.get("place_id") and la.get("place_id") == lb.get("place_id")) or (
            la.get("geo_precision") == lb.get("geo_precision") == 1 and score.within(la, lb, 10.0))
        return bool(a["event_type"] == b["event_type"] and a.get("date") == b.get("date") and same_place)

    found = [(x, y) for x, y in same_pairs
             if x in event_of and y in event_of and extracted_alike(report_of[x], report_of[y])]
    joined = [(x, y) for x, y in found if event_of[x] == event_of[y]]
    # (2) gold events of different types or places that ended in one merged event
    wrongly = [(x, y) for (x, ex), (y, ey) in combinations(items, 2)
               if x in event_of and y in event_of and event_of[x] == event_of[y]
               and (ex["event_type"] != ey["event_type"] or not score.same_place(ex.get("location"), ey.get("location")))]
    print(f"\ngold same-event pairs across articles: {len(same_pairs)}, both reports extracted: {len(found)}, "
          f"merged into one event: {len(joined)}; gold events of different type/place sharing an event: "
          f"{len(wrongly)}; merged events in the store: {n_events}")
    assert joined == found, f"same gold event left in separate events: {sorted(set(found) - set(joined))}"
    assert wrongly == [], f"different gold events merged: {wrongly}"
