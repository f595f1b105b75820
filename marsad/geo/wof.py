"""Who's On First as users download it: a ``whosonfirst-data-admin-XX`` repository (a folder
of GeoJSON feature files, or single feature files) or a per-country SQLite distribution
(``whosonfirst-data-admin-xx-latest.db``, whose ``geojson`` table holds the same features).

Each feature becomes the row of the project's WOF TSV format (and is read by the same code),
with its region and county names filled in from the features of the same import; the
polygons of current countries, regions and counties become admin0/1/2 boundaries.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from marsad.errors import InputError

if TYPE_CHECKING:
    from marsad.geo.importers import ImportReport

_LEVELS = {"country": "admin0", "region": "admin1", "county": "admin2"}
SIMPLIFY_DEGREES = 0.002


def is_wof_feature_file(path: Path) -> bool:
    """A GeoJSON file that is one WOF feature (``properties`` with ``wof:id``)."""
    try:
        with path.open("r", encoding="utf-8") as f:
            head = f.read(4096)
    except OSError:
        return False
    return '"wof:id"' in head or ('"Feature"' in head and '"wof:' in head)


def is_wof_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            if f.read(16) != b"SQLite format 3\x00":
                return False
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'geojson'").fetchone() is not None
        finally:
            conn.close()
    except (OSError, sqlite3.DatabaseError):
        return False


def features(path: Path, report: ImportReport) -> Iterator[dict[str, Any]]:
    """The features of a folder, a feature file or a WOF SQLite file (alternate geometries skipped)."""
    if path.is_dir():
        for file in sorted(path.rglob("*.geojson")):
            if "-alt-" in file.name:
                continue
            feat = _read_feature(file, report)
            if feat is not None:
                yield feat
        return
    if is_wof_sqlite(path):
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            cols = {r[1] for r in conn.execute("PRAGMA table_info(geojson)")}
            where = " WHERE is_alt = 0" if "is_alt" in cols else ""
            for (body,) in conn.execute(f"SELECT body FROM geojson{where}"):
                try:
                    feat = json.loads(body)
                except ValueError:
                    report.rejected["bad GeoJSON"] += 1
                    continue
                if isinstance(feat, dict):
                    yield feat
            conn.close()
        except sqlite3.DatabaseError as e:
            raise InputError(f"cannot read WOF SQLite: {e}", source=str(path)) from e
        return
    feat = _read_feature(path, report)
    if feat is not None:
        yield feat


def _read_feature(path: Path, report: ImportReport) -> dict[str, Any] | None:
    try:
        feat = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        report.rejected["bad GeoJSON"] += 1
        return None
    return feat if isinstance(feat, dict) else None


def _names(props: dict[str, Any], prefix: str) -> list[str]:
    out: list[str] = []
    for key in sorted(k for k in props if k.startswith(prefix)):
        value = props[key]
        values = value if isinstance(value, list) else [value]
        preferred = key.endswith("_x_preferred")
        for v in values:
            text = " ".join(str(v).replace("|", "/").split())
            if text and text not in out:
                if preferred:
                    out.insert(0, text)
                else:
                    out.append(text)
    return out


def _first(props: dict[str, Any], *keys: str) -> Any:
    for key in keys:
        value = props.get(key)
        if value not in (None, ""):
            return value
    return None


def feature_columns(props: dict[str, Any], admin_names: dict[int, tuple[str, str]]) -> list[str]:
    """The 27 columns of the project's WOF TSV for one feature's properties."""
    hierarchy = props.get("wof:hierarchy") or [{}]
    first = hierarchy[0] if isinstance(hierarchy, list) and hierarchy and isinstance(hierarchy[0], dict) else {}
    region_id = int(first.get("region_id") or 0) if str(first.get("region_id") or "0").lstrip("-").isdigit() else 0
    county_id = int(first.get("county_id") or 0) if str(first.get("county_id") or "0").lstrip("-").isdigit() else 0
    region = admin_names.get(region_id, ("", "")) if region_id > 0 else ("", "")
    county = admin_names.get(county_id, ("", "")) if county_id > 0 else ("", "")
    placetype = str(props.get("wof:placetype") or "")
    locality = placetype == "locality"
    lat = _first(props, *(("geom:latitude", "lbl:latitude") if locality else ("lbl:latitude", "mps:latitude",
                                                                              "geom:latitude")))
    lon = _first(props, *(("geom:longitude", "lbl:longitude") if locality else ("lbl:longitude", "mps:longitude",
                                                                                 "geom:longitude")))
    concord = props.get("wof:concordances") or {}
    superseded = props.get("wof:superseded_by") or []
    deprecated = str(props.get("edtf:deprecated") or "")
    if deprecated in ("uuuu", ""):
        deprecated = ""
    cols = [
        str(props.get("wof:id") or ""), str(props.get("wof:country") or ""), placetype,
        str(props.get("wof:placetype_local") or ""), str(props.get("wof:name") or ""),
        "|".join(_names(props, "name:ara_")), "|".join(_names(props, "name:eng_")), "", "",
        "" if lat is None else str(lat), "" if lon is None else str(lon),
        str(_first(props, "wof:population", "gn:population") or ""),
        str(region_id or ""), region[0], region[1], str(county_id or ""), county[0], county[1], "",
        str(props.get("wof:parent_id") or ""), str(concord.get("gn:id") or "") if isinstance(concord, dict) else "",
        "", "", "", str(props.get("mz:is_current", -1)), deprecated,
        ",".join(str(s) for s in superseded) if isinstance(superseded, list) else "",
    ]
    return [" ".join(c.split()) for c in cols]


def boundary_row(feat: dict[str, Any]) -> tuple[object, ...] | None:
    """An admin0/1/2 boundary for a current country, region or county with a polygon."""
    import shapely
    from shapely.geometry import shape

    props = feat.get("properties") or {}
    level = _LEVELS.get(str(props.get("wof:placetype") or ""))
    if level is None or str(props.get("mz:is_current", "1")) == "0" or props.get("wof:superseded_by"):
        return None
    try:
        geom = shape(feat["geometry"])
    except (KeyError, TypeError, ValueError, AttributeError, shapely.errors.GEOSException):
        return None
    if geom.is_empty or geom.geom_type not in ("Polygon", "MultiPolygon"):
        return None
    geom = geom.simplify(SIMPLIFY_DEGREES, preserve_topology=True)
    if not geom.is_valid:
        geom = shapely.make_valid(geom)
    wof_id = int(props["wof:id"])
    ar = _names(props, "name:ara_")
    en = _names(props, "name:eng_")
    return (f"wof:{wof_id}", level, str(props.get("wof:country") or "").upper(), en[0] if en else
            str(props.get("wof:name") or ""), ar[0] if ar else None, wof_id, shapely.to_wkb(geom))
