"""An article's events do not depend on the articles extracted before it, nor on the number of
worker processes: every cache is keyed on its whole input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ARTICLES, ROOT

DEV = ARTICLES / "dev.jsonl"


def _extract(path: Path, out: Path, *more: str) -> dict[str, str]:
    subprocess.run([sys.executable, "-m", "marsad.cli", "extract", str(path), "-o", str(out), *more],
                   check=True, capture_output=True, cwd=ROOT)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return {row["article_id"]: json.dumps(row, ensure_ascii=False, sort_keys=True) for row in rows}


@pytest.mark.skipif(not DEV.exists(), reason="../shared/data/articles is not here")
def test_order_and_workers_do_not_change_an_articles_events(tmp_path: Path) -> None:
    lines = [line for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    backwards = tmp_path / "backwards.jsonl"
    backwards.write_text("\n".join(reversed(lines)) + "\n", encoding="utf-8")
    forward = _extract(DEV, tmp_path / "a.jsonl")
    assert sum('"event_type"' in row for row in forward.values()) > 30
    assert _extract(backwards, tmp_path / "b.jsonl") == forward
    assert _extract(backwards, tmp_path / "c.jsonl", "--workers", "2") == forward


def test_a_spelling_seen_first_does_not_decide_for_another() -> None:
    import marsad

    # the same verb with and without a hamza on its alef: a cache keyed on the folded word let
    # the first spelling seen decide whether the other is an event word, for the whole process
    plain = "كانت بلدة مورك بريف حماة بيد النظام حتى انتزعها مقاتلو المعارضة أمس."
    marsad.extract(plain.replace("انتزعها", "إنتزعها"), published="2017-06-13", article_id="a", decider="rules")
    after = marsad.extract(plain, published="2017-06-13", article_id="b", decider="rules").events
    assert [e.sub_event_type for e in after] == ["Non-state actor overtakes territory"]
