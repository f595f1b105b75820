"""Helpers for the scale-out tests: a canonical dump of a store, JSON Lines files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from marsad.store import open_store

# Columns that hold the time of ingestion, the only thing allowed to differ between two runs.
STAMPS = {"ingested_at", "updated_at"}


def dump_store(url: str) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, in primary-key order, without ingestion timestamps."""
    out: dict[str, list[dict[str, Any]]] = {}
    with open_store(url, read_only=True) as store:
        for table, order in (("articles", "pk"), ("reports", "pk"), ("events", "pk"),
                             ("event_reports", "report_pk")):
            rows = store._all(f"SELECT * FROM {table} ORDER BY {order}")
            out[table] = [{k: v for k, v in row.items() if k not in STAMPS and k != "tsv"} for row in rows]
    return out


def merged_events(url: str) -> int:
    with open_store(url, read_only=True) as store:
        return len(store._all("SELECT pk FROM events WHERE n_reports > 1"))


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path
