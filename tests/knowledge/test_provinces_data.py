"""The provinces of countries outside the 14 of the village-level data (``provinces.tsv``): well
formed, all read into the embedded default, none in the 14 countries."""

from __future__ import annotations

import csv
import io
from collections import Counter

from marsad.geo.sites import COLUMNS, PROVINCES_PATH, load_sites
from marsad.geo.world import capitals

REGION = {"SY", "IQ", "JO", "LB", "PS", "YE", "LY", "EG", "IL", "SA", "SD", "SO", "IR", "TR"}


def _rows() -> list[dict[str, str]]:
    text = PROVINCES_PATH.read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))
    assert tuple(rows[0]) == COLUMNS
    assert all(len(r) == len(COLUMNS) for r in rows[1:])
    return [dict(zip(COLUMNS, r, strict=True)) for r in rows[1:]]


def test_every_row_is_a_province_outside_the_region() -> None:
    rows = _rows()
    assert len(rows) >= 60
    assert not [r["id"] for r in rows if r["country"] in REGION]
    assert {r["kind"] for r in rows} == {"governorate"}
    assert all(r["admin1"] == r["name"] and r["admin1_ar"] == r["names_ar"].split("|")[0] for r in rows)
    assert max(Counter(r["id"] for r in rows).values()) == 1
    known = set(capitals())
    assert {r["country"] for r in rows} <= known  # countries GeoNames knows


def test_every_row_is_read() -> None:
    places = load_sites(PROVINCES_PATH)
    assert len(places) == len(_rows())
    assert all(-90 <= p.lat <= 90 and -180 <= p.lon <= 180 and p.source == "curated" for p in places)
