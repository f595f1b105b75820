"""Administrative boundaries: GeoJSON import, point-in-polygon admin lookup, GeoJSON export."""

from __future__ import annotations

import gzip
import json
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from marsad.errors import InputError

if TYPE_CHECKING:
    from shapely.strtree import STRtree

    from marsad.geo.importers import ImportReport

# shapely (and numpy under it) is imported where polygons are used, not at start-up: a
# ``marsad gazetteer lookup`` never needs it.

LEVELS = ("admin0", "admin1", "admin2")


def import_geojson(conn: sqlite3.Connection, path: Path, report: ImportReport) -> None:
    """Store the polygons of a boundaries FeatureCollection (properties level, country, name...)."""
    import shapely
    from shapely.geometry import shape

    try:
        opened = gzip.open(path, "rt", encoding="utf-8") if path.name.lower().endswith(".gz") else path.open(
            "r", encoding="utf-8")
        with opened as f:
            data = json.load(f)
    except (OSError, ValueError) as e:
        raise InputError(f"not a GeoJSON file: {e}", source=str(path)) from e
    features = data.get("features") if isinstance(data, dict) else None
    if not isinstance(features, list):
        raise InputError("GeoJSON has no features list", source=str(path))
    rows = []
    seen: set[str] = set()
    for i, feat in enumerate(features):
        report.rows_read += 1
        props = feat.get("properties") or {} if isinstance(feat, dict) else {}
        level = str(props.get("level") or "")
        if level not in LEVELS:
            report.rejected["unknown level"] += 1
            continue
        try:
            geom = shape(feat["geometry"])
        except (KeyError, TypeError, ValueError, AttributeError, shapely.errors.GEOSException):
            report.rejected["bad geometry"] += 1
            continue
        if geom.is_empty or geom.geom_type not in ("Polygon", "MultiPolygon"):
            report.rejected["not a polygon"] += 1
            continue
        if not geom.is_valid:
            geom = shapely.make_valid(geom)
        wof_id = props.get("wof_id")
        name = str(props.get("name_en") or props.get("name") or "")
        bkey = f"wof:{wof_id}" if wof_id else f"{path.name}:{i}"
        if bkey in seen:
            report.rejected["duplicate id"] += 1
            continue
        seen.add(bkey)
        rows.append((bkey, level, str(props.get("country") or "").upper(), name, props.get("name_ar") or None,
                     int(wof_id) if wof_id else None, shapely.to_wkb(geom)))
    conn.executemany("INSERT OR REPLACE INTO boundaries VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    report.kept += len(rows)


@dataclass(frozen=True, slots=True)
class _Unit:
    level: str
    country: str
    name: str
    name_ar: str | None
    wof_id: int | None


class BoundaryIndex:
    """STRtrees over the stored polygons, one per level, built on first use."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._lock = threading.Lock()
        self._trees: dict[str, tuple[STRtree, list[Any], list[_Unit]]] | None = None
        self.count = int(conn.execute("SELECT count(*) FROM boundaries").fetchone()[0])

    def _load(self) -> dict[str, tuple[STRtree, list[Any], list[_Unit]]]:
        import shapely
        from shapely.strtree import STRtree

        with self._lock:
            if self._trees is None:
                geoms: dict[str, list[Any]] = {lv: [] for lv in LEVELS}
                units: dict[str, list[_Unit]] = {lv: [] for lv in LEVELS}
                for level, country, name, name_ar, wof_id, wkb in self._conn.execute(
                        "SELECT level, country, name, name_ar, wof_id, geometry FROM boundaries"):
                    g = shapely.from_wkb(wkb)
                    shapely.prepare(g)
                    geoms[level].append(g)
                    units[level].append(_Unit(level, country, name, name_ar, wof_id))
                self._trees = {lv: (STRtree(geoms[lv]), geoms[lv], units[lv]) for lv in LEVELS if geoms[lv]}
            return self._trees

    def units_at(self, lat: float, lon: float) -> dict[str, _Unit]:
        if not self.count:
            return {}
        import shapely

        point = shapely.Point(lon, lat)
        out: dict[str, _Unit] = {}
        for level, (tree, geoms, units) in self._load().items():
            for idx in tree.query(point):
                if geoms[int(idx)].covers(point):
                    out[level] = units[int(idx)]
                    break
        return out

    def country_part(self, country: str, sides: tuple[str, ...]) -> tuple[float, float] | None:
        """A point in the part of a country towards ``sides`` ("north", "south", "east", "west",
        "centre"; "north", "east" for the north-east): the centroid of the country's land in that
        third of its bounding box, as (lat, lon); None without the country's polygon."""
        import shapely

        trees = self._load() if self.count else {}
        if "admin0" not in trees:
            return None
        _tree, geoms, units = trees["admin0"]
        parts = [g for g, u in zip(geoms, units, strict=True) if u.country == country]
        if not parts:
            return None
        land = shapely.union_all(parts)
        minx, miny, maxx, maxy = land.bounds
        w, h = (maxx - minx) / 3, (maxy - miny) / 3
        box = [minx, miny, maxx, maxy]
        for side in sides:
            if side == "north":
                box[1] = maxy - h
            elif side == "south":
                box[3] = miny + h
            elif side == "east":
                box[0] = maxx - w
            elif side == "west":
                box[2] = minx + w
            elif side == "centre":
                box = [minx + w, miny + h, maxx - w, maxy - h]
        part = land.intersection(shapely.box(*box))
        if part.is_empty:
            return None
        point = part.centroid if part.covers(part.centroid) else part.representative_point()
        return round(point.y, 5), round(point.x, 5)

    def admin_for_point(self, lat: float, lon: float) -> tuple[str | None, str | None, str | None]:
        found = self.units_at(lat, lon)
        country = found["admin0"].country if "admin0" in found else None
        admin1 = found["admin1"].name if "admin1" in found else None
        admin2 = found["admin2"].name if "admin2" in found else None
        if country is None:
            for unit in found.values():
                country = unit.country or None
                break
        return country, admin1 or None, admin2 or None

    def geojson(self, level: str) -> dict[str, object]:
        import shapely
        from shapely.geometry import mapping

        feats: list[dict[str, object]] = []
        for country, name, name_ar, wof_id, wkb in self._conn.execute(
                "SELECT country, name, name_ar, wof_id, geometry FROM boundaries WHERE level = ?", (level,)):
            feats.append({"type": "Feature", "geometry": mapping(shapely.from_wkb(wkb)),
                          "properties": {"level": level, "country": country, "name": name,
                                         "name_ar": name_ar, "wof_id": wof_id}})
        return {"type": "FeatureCollection", "features": feats}
