"""Build the offline basemap shipped in ``marsad/web/data/basemap.geojson.gz`` (run by hand, not at install).

Inputs are two well-kept npm packages, fetched with ``npm pack world-atlas@2 world-countries@5``:

- ``world-atlas`` (ISC; Natural Earth 1:50m admin-0 countries, public domain): the outlines;
- ``world-countries`` (ODbL): English and Arabic country names and ISO codes, joined on ISO numeric.

Usage: python scripts/build_basemap.py WORLD_ATLAS_DIR WORLD_COUNTRIES_DIR

The output is one GeoJSON FeatureCollection: a feature per country (properties ``iso2``, ``name``,
``name_ar``, ``label``: [lon, lat] inside the largest part) and, under ``"seas"``, a few sea and
gulf names with their label points. Coordinates are rounded to 0.01 degree (about 1 km).
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path
from typing import Any

from shapely.geometry import MultiPolygon, Polygon, mapping
from shapely.ops import polylabel

OUT = Path(__file__).resolve().parent.parent / "marsad" / "web" / "data" / "basemap.geojson.gz"

# Names for the few Natural Earth units without an ISO numeric code.
EXTRA_NAMES = {"Somaliland": "أرض الصومال", "Kosovo": "كوسوفو", "N. Cyprus": "شمال قبرص"}

# Seas and gulfs of the region: English, Arabic, label point (lon, lat). The project's own list.
SEAS = [
    ("Mediterranean Sea", "البحر الأبيض المتوسط", 18.0, 34.3),
    ("Red Sea", "البحر الأحمر", 38.3, 20.5),
    ("Persian Gulf", "الخليج العربي", 51.5, 27.0),
    ("Gulf of Aden", "خليج عدن", 48.0, 12.3),
    ("Arabian Sea", "بحر العرب", 62.0, 16.0),
    ("Caspian Sea", "بحر قزوين", 50.8, 41.5),
    ("Black Sea", "البحر الأسود", 34.5, 43.2),
    ("Gulf of Oman", "خليج عمان", 58.6, 24.6),
    ("Atlantic Ocean", "المحيط الأطلسي", -30.0, 30.0),
    ("Indian Ocean", "المحيط الهندي", 75.0, -10.0),
]


def _arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    sx, sy = topology["transform"]["scale"]
    tx, ty = topology["transform"]["translate"]
    out = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        out.append(points)
    return out


def _ring(arcs: list[list[tuple[float, float]]], indexes: list[int]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        points.extend(arc[1:] if points else arc)
    return points


def _geometry(arcs: list[list[tuple[float, float]]], geom: dict[str, Any]) -> MultiPolygon | Polygon:
    polys = [geom["arcs"]] if geom["type"] == "Polygon" else geom["arcs"]
    parts = []
    for poly in polys:
        rings = [_ring(arcs, r) for r in poly]
        parts.append(Polygon(rings[0], rings[1:]))
    return parts[0] if len(parts) == 1 else MultiPolygon(parts)


def _round(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 2)
    if isinstance(value, list | tuple):
        return [_round(v) for v in value]
    return value


def build(atlas: Path, countries: Path) -> dict[str, Any]:
    topology = json.loads((atlas / "countries-50m.json").read_text(encoding="utf-8"))
    info = {c["ccn3"]: c for c in json.loads((countries / "countries.json").read_text(encoding="utf-8"))
            if c.get("ccn3")}
    arcs = _arcs(topology)
    features = []
    for geom in topology["objects"]["countries"]["geometries"]:
        if geom.get("type") not in ("Polygon", "MultiPolygon"):
            continue
        shape = _geometry(arcs, geom)
        if not shape.is_valid:
            shape = shape.buffer(0)
        ne_name = geom["properties"]["name"]
        record = info.get(geom.get("id") or "")
        if record is None and ne_name not in EXTRA_NAMES:
            continue  # Indian Ocean territories, Siachen glacier
        largest = max(getattr(shape, "geoms", [shape]), key=lambda p: p.area)
        label = polylabel(largest, tolerance=0.05)
        shape = shape.simplify(0.01, preserve_topology=True)
        geometry = dict(mapping(shape))
        geometry["coordinates"] = _round(geometry["coordinates"])
        features.append({
            "type": "Feature",
            "properties": {
                "iso2": record["cca2"] if record else None,
                "name": record["name"]["common"] if record else ne_name,
                "name_ar": record["translations"]["ara"]["common"] if record else EXTRA_NAMES[ne_name],
                "area": round(largest.area, 1),
                "label": [round(label.x, 2), round(label.y, 2)],
            },
            "geometry": geometry,
        })
    features.sort(key=lambda f: -f["properties"]["area"])
    return {
        "type": "FeatureCollection",
        "attribution": "Natural Earth (public domain) via world-atlas (ISC); names from world-countries (ODbL)",
        "features": features,
        "seas": [{"name": n, "name_ar": a, "label": [lon, lat]} for n, a, lon, lat in SEAS],
    }


def main() -> None:
    data = build(Path(sys.argv[1]), Path(sys.argv[2]))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    OUT.write_bytes(gzip.compress(raw, 9, mtime=0))
    print(f"{OUT}: {len(data['features'])} countries, {len(raw)} bytes, {OUT.stat().st_size} gzipped")


if __name__ == "__main__":
    main()
