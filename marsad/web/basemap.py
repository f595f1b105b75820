"""The offline basemap: world country outlines and names, and city labels from the gazetteer.

The outlines ship in ``marsad/web/data/basemap.geojson.gz`` (Natural Earth through the
``world-atlas`` npm package; names from ``world-countries``; see ``scripts/build_basemap.py``)
and are sent gzipped as they are stored. City labels are the gazetteer's most populous places,
each with the best Arabic name the gazetteer has.
"""

from __future__ import annotations

import gzip
import logging
import re
import sqlite3
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote

log = logging.getLogger(__name__)

MAX_PLACES = 4000
MIN_POPULATION = 5000
_ARABIC_ONLY = re.compile(r"^[\u0621-\u064A\u0660-\u0669 \-']+$")  # no Persian/Urdu/Kurdish letters


@lru_cache(maxsize=1)
def countries_gz() -> bytes:
    """The country outlines as gzipped GeoJSON bytes."""
    return (resources.files("marsad.web") / "data" / "basemap.geojson.gz").read_bytes()


def countries_json() -> bytes:
    return gzip.decompress(countries_gz())


def _best_arabic(names: list[tuple[str, int]], fallback: str) -> str | None:
    """The preferred Arabic name, else one in Arabic letters only (a definite article first)."""
    preferred = [n for n, p in names if p]
    if preferred:
        return preferred[0]
    plain = [n for n, _ in names if _ARABIC_ONLY.match(n)]
    if not plain:
        return fallback if _ARABIC_ONLY.match(fallback or "") else None
    plain.sort(key=lambda n: (not n.startswith("ال"), len(n)))
    return plain[0]


def label_places(path: Path) -> list[dict[str, Any]]:
    """The gazetteer's most populous places (cities, towns, villages), most populous first."""
    uri = f"file:{quote(str(Path(path).resolve()))}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            rows = conn.execute(
                "SELECT place_id, name, name_ar, lat, lon, population, country, kind FROM places "
                "WHERE kind IN ('city', 'town', 'village') AND population >= ? "
                "AND lat BETWEEN -90 AND 90 AND lon BETWEEN -180 AND 180 ORDER BY population DESC LIMIT ?",
                [MIN_POPULATION, MAX_PLACES],
            ).fetchall()
            ids = [r[0] for r in rows]
            names: dict[str, list[tuple[str, int]]] = {}
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                marks = ", ".join("?" for _ in chunk)
                for place_id, name, preferred in conn.execute(
                    f"SELECT place_id, name, is_preferred FROM names WHERE lang = 'ar' AND place_id IN ({marks}) "
                    "ORDER BY place_id, is_preferred DESC", chunk,
                ):
                    names.setdefault(place_id, []).append((name, int(preferred)))
        finally:
            conn.close()
    except sqlite3.Error as exc:
        log.warning("cannot read gazetteer places from %s: %s", path, exc)
        return []
    out: list[dict[str, Any]] = []
    seen: set[tuple[str, int, int]] = set()
    for place_id, name, name_ar, lat, lon, population, country, kind in rows:
        key = (str(name), round(float(lat) * 10), round(float(lon) * 10))
        if key in seen:  # the same city from two sources
            continue
        seen.add(key)
        out.append({
            "name": name, "name_ar": _best_arabic(names.get(place_id, []), str(name_ar or "")),
            "lat": round(float(lat), 4), "lon": round(float(lon), 4), "population": int(population),
            "country": country, "kind": kind,
        })
    return out
