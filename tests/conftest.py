"""Shared fixtures: paths to ../shared (tests that need it skip where it is absent)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

# Property tests draw the same examples on every run: a CI failure can be replayed, and a run
# cannot wander into a slow corner of the example space that earlier runs never met.
settings.register_profile("marsad", derandomize=True, database=None)
settings.load_profile("marsad")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
ARTICLES = SHARED / "data" / "articles"
GEO = SHARED / "data" / "geo"


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.fixture(scope="session")
def dev_articles() -> list[dict[str, Any]]:
    path = ARTICLES / "dev.jsonl"
    if not path.exists():
        pytest.skip("../shared/data/articles/dev.jsonl is not here")
    return load_jsonl(path)


@pytest.fixture(autouse=True)
def _isolated_data_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never read or write the user's own marsad folders; the embedded gazetteer cache is shared."""
    data = tmp_path_factory.getbasetemp() / "xdg-data"
    data.mkdir(exist_ok=True)
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    monkeypatch.delenv("MARSAD_GAZETTEER", raising=False)
    monkeypatch.delenv("MARSAD_DB", raising=False)
