"""The project's curated conflict sites (``marsad/knowledge/sites.tsv``) as gazetteer places."""

from __future__ import annotations

import hashlib
from pathlib import Path

from marsad.geo.store import PlaceRow
from marsad.geo.types import KINDS

SITES_PATH = Path(__file__).resolve().parent.parent / "knowledge" / "sites.tsv"
# provinces of countries outside the 14 of the village-level data, as their news names them
# ("ولاية بورنو"، "إقليم هلمند"، "ولاية تكساس"), each at its capital city's GeoNames coordinates
PROVINCES_PATH = SITES_PATH.with_name("provinces.tsv")
COLUMNS = ("id", "kind", "name", "names_ar", "lat", "lon", "country", "admin1", "admin1_ar", "admin2",
           "admin2_ar", "population")


def sites_hash(path: Path = SITES_PATH) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16] if path.exists() else "none"


def load_sites(path: Path = SITES_PATH) -> list[PlaceRow]:
    """Every well-formed row of the curated table; a missing file or bad rows are skipped."""
    if not path.exists():
        return []
    rows: list[PlaceRow] = []
    header: list[str] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if header is None and cols[0] == "id":
            header = cols
            continue
        rec = dict(zip(header or COLUMNS, cols, strict=False))
        try:
            lat, lon = float(rec["lat"]), float(rec["lon"])
        except (KeyError, ValueError):
            continue
        names_ar = [n.strip() for n in rec.get("names_ar", "").split("|") if n.strip()]
        if not rec.get("id") or not names_ar or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            continue
        kind = rec.get("kind", "site").strip() or "site"
        if kind not in KINDS:
            kind = "site"
        try:
            population = int(float(rec.get("population") or 0))
        except ValueError:
            population = 0
        name = rec.get("name", "").strip() or names_ar[0]
        names = [(n, "ar", int(i == 0)) for i, n in enumerate(names_ar)] + [(name, "en", 1)]
        rows.append(PlaceRow(
            place_id=f"site:{rec['id'].strip()}", source="curated", source_id=rec["id"].strip(), name=name,
            name_ar=names_ar[0], kind=kind, lat=lat, lon=lon, population=population,
            country=rec.get("country", "").strip().upper(), admin1=rec.get("admin1") or None,
            admin1_ar=rec.get("admin1_ar") or None, admin2=rec.get("admin2") or None,
            admin2_ar=rec.get("admin2_ar") or None, is_current=1, names=names,
        ))
    return rows
