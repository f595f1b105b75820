"""Country and governorate outlines for the map, with no network at run time.

When boundaries were imported into the gazetteer (``marsad gazetteer import ....geojson``) they
are served, simplified for the browser. Otherwise approximate outlines are drawn from the
gazetteer's own places: the concave hull of each country's (or governorate's) places, padded a
little and simplified; such features carry ``"approximate": true``. Without any gazetteer the
collection is empty and the map shows only its markers. Results are cached per level.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections import defaultdict
from pathlib import Path
from typing import Any
from urllib.parse import quote

import shapely
from shapely.geometry import MultiPoint, mapping, shape

from marsad.errors import MarsadError
from marsad.geo import Gazetteer, open_gazetteer
from marsad.web.basemap import label_places

log = logging.getLogger(__name__)

GazetteerArg = Gazetteer | str | os.PathLike[str] | None

SIMPLIFY_DEG = 0.01  # tolerance for imported polygons (about 1 km)
HULL_PAD_DEG = 0.15  # padding around generated hulls
DIGITS = 3  # coordinate precision sent to the browser (about 100 m)


def _round(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, DIGITS)
    if isinstance(value, list | tuple):
        return [_round(v) for v in value]
    return value


def _geometry_json(geom: Any) -> dict[str, Any]:
    data = dict(mapping(geom))
    data["coordinates"] = _round(data["coordinates"])
    return data


def _collection(features: list[dict[str, Any]], source: str) -> dict[str, Any]:
    return {"type": "FeatureCollection", "features": features, "source": source}


class Boundaries:
    """The outlines the page draws: ``geojson("admin0")`` or ``geojson("admin1")``."""

    def __init__(self, gazetteer: GazetteerArg = None, *, use_default: bool = True) -> None:
        self._arg = gazetteer
        self._use_default = use_default
        self._lock = threading.Lock()
        self._gazetteer: Gazetteer | None = None
        self._opened = False
        self._cache: dict[str, dict[str, Any]] = {}

    def _open(self) -> Gazetteer | None:
        if self._opened:
            return self._gazetteer
        self._opened = True
        if isinstance(self._arg, Gazetteer):
            self._gazetteer = self._arg
        elif self._arg is not None or self._use_default:
            try:
                self._gazetteer = open_gazetteer(self._arg)
            except MarsadError as exc:
                log.warning("no gazetteer for map boundaries: %s", exc)
        return self._gazetteer

    def places(self) -> list[dict[str, Any]]:
        """City labels for the basemap: the gazetteer's most populous places."""
        with self._lock:
            if "places" not in self._cache:
                gazetteer = self._open()
                self._cache["places"] = {"places": label_places(gazetteer.path) if gazetteer else []}
            places: list[dict[str, Any]] = self._cache["places"]["places"]
            return places

    def geojson(self, level: str) -> dict[str, Any]:
        with self._lock:
            if level not in self._cache:
                self._cache[level] = self._build(level)
            return self._cache[level]

    def _build(self, level: str) -> dict[str, Any]:
        gazetteer = self._open()
        if gazetteer is None:
            return _collection([], "none")
        levels = gazetteer.info().get("boundaries") or {}
        if isinstance(levels, dict) and levels.get(level):
            return _collection(self._imported(gazetteer, level), "gazetteer boundaries")
        return _collection(outlines_from_places(gazetteer.path, level), "approximate, from gazetteer places")

    @staticmethod
    def _imported(gazetteer: Gazetteer, level: str) -> list[dict[str, Any]]:
        raw = gazetteer.boundaries_geojson(level)
        features: list[dict[str, Any]] = []
        for feat in raw.get("features") or []:  # type: ignore[attr-defined]
            geom = shape(feat["geometry"]).simplify(SIMPLIFY_DEG, preserve_topology=True)
            if geom.is_empty:
                continue
            features.append({"type": "Feature", "geometry": _geometry_json(geom),
                             "properties": dict(feat.get("properties") or {})})
        return features


def outlines_from_places(path: Path, level: str) -> list[dict[str, Any]]:
    """Approximate outlines: the padded concave hull of each unit's places in the gazetteer file."""
    uri = f"file:{quote(str(Path(path).resolve()))}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            rows = conn.execute(
                "SELECT country, admin1, admin1_ar, lon, lat FROM places "
                "WHERE kind NOT IN ('country', 'region') AND lat BETWEEN -90 AND 90 AND lon BETWEEN -180 AND 180"
            ).fetchall()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        log.warning("cannot read gazetteer places from %s: %s", path, exc)
        return []
    groups: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    names_ar: dict[tuple[str, str], str] = {}
    for country, admin1, admin1_ar, lon, lat in rows:
        if not country:
            continue
        if level == "admin0":
            key = (str(country), "")
        elif admin1:
            key = (str(country), str(admin1))
            if admin1_ar:
                names_ar.setdefault(key, str(admin1_ar))
        else:
            continue
        groups[key].append((float(lon), float(lat)))
    features: list[dict[str, Any]] = []
    for (country, admin1), points in sorted(groups.items()):
        unique = set(points)
        if len(unique) < 3:
            continue
        hull = shapely.concave_hull(MultiPoint(sorted(unique)), ratio=0.4)
        outline = hull.buffer(HULL_PAD_DEG, quad_segs=2).simplify(0.05, preserve_topology=True)
        if outline.is_empty or outline.geom_type not in ("Polygon", "MultiPolygon"):
            continue
        features.append({
            "type": "Feature",
            "geometry": _geometry_json(outline),
            "properties": {"level": level, "country": country, "name": admin1 or country,
                           "name_ar": names_ar.get((country, admin1)), "approximate": True},
        })
    return features
