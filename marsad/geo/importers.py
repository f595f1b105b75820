"""Readers for gazetteer files: WOF-derived TSV, GeoNames dumps and the cities500 TSV.

Each reader yields :class:`PlaceRow` objects or rejection reasons; :func:`import_files`
writes them in one transaction per file and returns one :class:`ImportReport` per file.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import math
import re
import sqlite3
import unicodedata
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TypeVar

from marsad.errors import InputError
from marsad.geo import boundaries as _boundaries
from marsad.geo import wof as _wof
from marsad.geo.store import PlaceRow, get_meta, set_meta, write_places
from marsad.text import name_key

_T = TypeVar("_T")

_ARABIC = re.compile(r"[\u0600-\u06FF]")


@dataclass
class ImportReport:
    """What importing one file did."""

    file: str
    format: str = ""
    rows_read: int = 0
    kept: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    unchanged: bool = False  # the same content was imported before: nothing done

    def summary(self) -> str:
        if self.unchanged:
            return f"{self.file}: already imported (same content), nothing changed"
        parts = [f"{self.file} [{self.format}]: {self.rows_read} rows read, {self.kept} kept"]
        if self.rejected:
            reasons = ", ".join(f"{n} {why}" for why, n in self.rejected.most_common())
            parts.append(f"{sum(self.rejected.values())} rejected ({reasons})")
        return "; ".join(parts)

    def as_dict(self) -> dict[str, object]:
        return {"file": self.file, "format": self.format, "rows_read": self.rows_read, "kept": self.kept,
                "rejected": dict(self.rejected), "unchanged": self.unchanged}


class _Reject(Exception):
    pass


# ---------------------------------------------------------------- opening files

def _file_hash(path: Path) -> str:
    h = hashlib.sha256()
    if path.is_dir():
        for file in sorted(path.rglob("*.geojson")):
            st = file.stat()
            h.update(f"{file.relative_to(path)}:{st.st_size}:{st.st_mtime_ns}".encode())
        return h.hexdigest()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _open_text(path: Path, member_hint: Callable[[str], bool] | None = None) -> IO[str]:
    """A text stream over a plain, gzip or zip file (the first matching member of a zip)."""
    name = path.name.lower()
    try:
        if name.endswith(".gz"):
            return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8", errors="replace", newline="")
        if name.endswith(".zip"):
            zf = zipfile.ZipFile(path)
            members = [m for m in zf.namelist() if m.lower().endswith((".txt", ".tsv"))
                       and not m.lower().startswith("readme")]
            if member_hint is not None:
                members = [m for m in members if member_hint(m)] or members
            if not members:
                raise InputError("zip file holds no .txt or .tsv member", source=str(path))
            return io.TextIOWrapper(zf.open(members[0]), encoding="utf-8", errors="replace", newline="")
        return path.open("r", encoding="utf-8", errors="replace", newline="")
    except (zipfile.BadZipFile, OSError) as e:
        raise InputError(f"cannot open: {e}", source=str(path)) from e


def _lines(stream: IO[str], report: ImportReport) -> Iterator[str]:
    """Lines without their end; a truncated or corrupt compressed stream ends with a rejection."""
    try:
        for line in stream:
            yield line.rstrip("\r\n")
    except (EOFError, zlib.error, zipfile.BadZipFile, OSError) as e:
        report.rejected[f"truncated or corrupt file ({type(e).__name__})"] += 1


def detect_format(path: Path) -> str:
    """``wof``, ``cities500``, ``geonames``, ``admin1codes``, ``admin2codes``, ``altnames``,
    ``boundaries``, or ``wof-features`` (a WOF repository folder, feature file or SQLite file)."""
    low = path.name.lower()
    if path.is_dir() or _wof.is_wof_sqlite(path):
        return "wof-features"
    if low.endswith((".geojson", ".json")) and _wof.is_wof_feature_file(path):
        return "wof-features"
    if low.endswith((".geojson", ".json", ".geojson.gz", ".json.gz")):
        return "boundaries"
    if "admin1codes" in low:
        return "admin1codes"
    if "admin2codes" in low:
        return "admin2codes"
    if "alternatenames" in low:
        return "altnames"
    try:
        with _open_text(path) as stream:
            first = stream.readline()
    except (EOFError, zlib.error, zipfile.BadZipFile, OSError, InputError):
        first = ""
    cols = first.rstrip("\r\n").split("\t")
    if cols[:3] == ["wof_id", "country", "placetype"]:
        return "wof"
    if cols[:3] == ["geonameid", "name", "latitude"]:
        return "cities500"
    if low.endswith((".tsv", ".tsv.gz")) and "wof" in low:
        return "wof"
    return "geonames"


# ---------------------------------------------------------------- shared parsing

def _coords(lat_s: str, lon_s: str) -> tuple[float, float]:
    try:
        lat, lon = float(lat_s), float(lon_s)
    except ValueError:
        raise _Reject("non-numeric coordinates") from None
    if not (math.isfinite(lat) and math.isfinite(lon)) or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise _Reject("coordinates out of range")
    return lat, lon


def _int(text: str) -> int:
    try:
        return max(0, int(float(text))) if text else 0
    except ValueError:
        return 0


def locality_kind(population: int) -> str:
    if population >= 100_000:
        return "city"
    if population >= 10_000:
        return "town"
    return "village"


def _split(text: str) -> list[str]:
    return [t.strip() for t in text.split("|") if t.strip()]


# ---------------------------------------------------------------- WOF TSV

WOF_COLUMNS = 27
_WOF_KIND = {"country": "country", "region": "governorate", "county": "district", "localadmin": "subdistrict",
             "neighbourhood": "neighbourhood", "macrohood": "neighbourhood", "microhood": "neighbourhood",
             "macroregion": "region", "macrocounty": "region", "borough": "neighbourhood"}


def _trigrams(name: str) -> set[str]:
    folded = re.sub(r"[^a-z]", "", "".join(c for c in unicodedata.normalize("NFKD", name)
                                            if not unicodedata.combining(c)).lower())
    return {folded[i : i + 3] for i in range(len(folded) - 2)}


def english_name(english: list[str], latin: list[str]) -> str:
    """The row's English name: the first of its English names that shares letters (three in a row,
    accents aside) with its Latin names, else the first. Who's On First's first English name is
    at times an epithet or a neighbour ("City of Cut Noses" for Al ‘Arīsh, "Sewera" for Tekrit)."""
    if not english:
        return ""
    known = set().union(*(_trigrams(n) for n in latin if n))
    if not known:
        return english[0]
    return next((e for e in english if _trigrams(e) & known), english[0])


def _wof_row(cols: list[str]) -> PlaceRow:
    if len(cols) != WOF_COLUMNS:
        raise _Reject("wrong column count")
    (wof_id, country, placetype, ptl, name, names_ar, names_en, _latin, _other, lat_s, lon_s, pop_s,
     region_id, region_name, region_name_ar, county_id, county_name, county_name_ar, _la, parent_id,
     gn_id, _wd, _hasc, _fcode, is_current, deprecated, superseded) = cols
    if not wof_id.isdigit():
        raise _Reject("bad id")
    if deprecated.strip():
        raise _Reject("deprecated")
    if superseded.strip():
        raise _Reject("superseded")
    lat, lon = _coords(lat_s, lon_s)
    population = _int(pop_s)
    if placetype == "locality":
        kind = locality_kind(population)
    elif placetype == "campus":
        kind = "airport" if ("airport" in (name + ptl).lower() or "مطار" in names_ar) else "site"
    else:
        kind = _WOF_KIND.get(placetype, "")
    if not kind:
        raise _Reject(f"placetype {placetype or 'missing'} not kept")
    ar = _split(names_ar)
    en = _split(names_en)
    names: list[tuple[str, str, int]] = [(n, "ar", int(i == 0)) for i, n in enumerate(ar)]
    names += [(n, "en", int(i == 0)) for i, n in enumerate(en) if not (len(n) <= 3 and n.isupper())]
    if name:
        names.append((name, "und", 0))
    admin1, admin1_ar = (region_name or None), (region_name_ar or None)
    admin2, admin2_ar = (county_name or None), (county_name_ar or None)
    if placetype == "region":
        admin1, admin1_ar = name, (ar[0] if ar else None)
    elif placetype == "county":
        admin2, admin2_ar = name, (ar[0] if ar else None)
    cur = int(is_current) if is_current.lstrip("-").isdigit() else -1
    return PlaceRow(
        place_id=f"wof:{wof_id}", source="wof", source_id=wof_id, name=english_name(en, [name, *_split(_latin)]) or name,
        name_ar=ar[0] if ar else "", kind=kind, lat=lat, lon=lon, population=population,
        country=country.upper(), admin1=admin1, admin1_ar=admin1_ar, admin2=admin2, admin2_ar=admin2_ar,
        geonames_id=_int(gn_id) or None, wof_id=int(wof_id), parent_id=f"wof:{parent_id}" if parent_id else None,
        is_current=cur, names=names,
    )


# ---------------------------------------------------------------- GeoNames

GEONAMES_COLUMNS = 19
_GN_CODE_KIND = {
    "PCLI": "country", "PCLD": "country", "PCLS": "country", "PCLF": "country", "PCL": "country",
    "ADM1": "governorate", "ADM2": "district", "ADM3": "subdistrict", "ADM4": "subdistrict",
    "PPLX": "neighbourhood", "AIRP": "airport", "AIRB": "base", "AIRF": "airport", "MLTU": "base",
    "INSM": "base", "CMP": "camp", "CMPRF": "camp", "CMPQ": "site", "PRN": "prison", "DAM": "dam",
    "OILF": "oilfield", "GASF": "oilfield", "OILR": "site", "MT": "mountain", "MTS": "mountain",
    "HLL": "mountain", "HLLS": "mountain", "PK": "mountain", "RGN": "region", "AREA": "region",
    "PLN": "region", "DSRT": "region", "VAL": "region", "BDGQ": "crossing", "PSTB": "crossing",
    "DAMSB": "dam",
}
_GN_CLASS_KIND = {"A": "region", "S": "site", "T": "region", "L": "region", "H": "site"}


@dataclass
class GeonamesContext:
    """Admin code names and Arabic alternate names read before (or with) a dump."""

    admin1: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # "SY.01" -> (name, ar)
    admin2: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    arabic: dict[int, list[tuple[str, int]]] = field(default_factory=dict)  # geonameid -> (name, preferred)


def _geonames_row(cols: list[str], ctx: GeonamesContext) -> PlaceRow:
    if len(cols) != GEONAMES_COLUMNS:
        raise _Reject("wrong column count")
    (gid, name, ascii_name, alternates, lat_s, lon_s, fclass, fcode, cc, _cc2, a1, a2, _a3, _a4, pop_s,
     *_rest) = cols
    if not gid.isdigit():
        raise _Reject("bad id")
    lat, lon = _coords(lat_s, lon_s)
    population = _int(pop_s)
    kind = _GN_CODE_KIND.get(fcode)
    if kind is None:
        if fclass == "P":
            kind = locality_kind(population)
        else:
            kind = _GN_CLASS_KIND.get(fclass, "")
    if not kind:
        raise _Reject(f"feature class {fclass or 'missing'} not kept")
    gnid = int(gid)
    names: list[tuple[str, str, int]] = []
    arabic = ctx.arabic.get(gnid, [])
    arabic.sort(key=lambda t: -t[1])
    names += [(n, "ar", p) for n, p in arabic]
    names += [(a, "ar", 0) for a in alternates.split(",") if _ARABIC.search(a)]
    names += [(name, "en", 1), (ascii_name, "en", 0)]
    name_ar = next((n for n, lang, _ in names if lang == "ar"), "")
    adm1 = ctx.admin1.get(f"{cc}.{a1}")
    adm2 = ctx.admin2.get(f"{cc}.{a1}.{a2}")
    return PlaceRow(
        place_id=f"gn:{gid}", source="geonames", source_id=gid, name=name, name_ar=name_ar, kind=kind,
        lat=lat, lon=lon, population=population, country=cc.upper(),
        admin1=adm1[0] if adm1 else None, admin1_ar=adm1[1] if adm1 else None,
        admin2=adm2[0] if adm2 else None, admin2_ar=adm2[1] if adm2 else None,
        geonames_id=gnid, is_current=1, names=names,
    )


def _cities500_row(cols: list[str], ctx: GeonamesContext) -> PlaceRow:
    if len(cols) != 10:
        raise _Reject("wrong column count")
    gid, name, lat_s, lon_s, cc, a1, pop_s, _tz, alt_ar, _alt = cols
    if not gid.isdigit():
        raise _Reject("bad id")
    lat, lon = _coords(lat_s, lon_s)
    population = _int(pop_s)
    ar = _split(alt_ar)
    adm1 = ctx.admin1.get(f"{cc}.{a1}")
    names = [(n, "ar", int(i == 0)) for i, n in enumerate(ar)] + [(name, "en", 1)]
    return PlaceRow(
        place_id=f"gn:{gid}", source="geonames", source_id=gid, name=name, name_ar=ar[0] if ar else "",
        kind=locality_kind(population), lat=lat, lon=lon, population=population, country=cc.upper(),
        admin1=adm1[0] if adm1 else None, admin1_ar=adm1[1] if adm1 else None,
        geonames_id=int(gid), is_current=1, names=names,
    )


def _read_admin_codes(path: Path, into: dict[str, tuple[str, str | None]], report: ImportReport) -> None:
    with _open_text(path) as stream:
        for line in _lines(stream, report):
            if not line or line.startswith("#"):
                continue
            report.rows_read += 1
            cols = line.split("\t")
            if len(cols) < 2:
                report.rejected["wrong column count"] += 1
                continue
            into[cols[0]] = (cols[1], None)
            report.kept += 1


def _read_altnames(path: Path, ctx: GeonamesContext, report: ImportReport) -> None:
    with _open_text(path, lambda m: "alternatenames" in m.lower()) as stream:
        for line in _lines(stream, report):
            report.rows_read += 1
            cols = line.split("\t")
            if len(cols) < 4:
                report.rejected["wrong column count"] += 1
                continue
            if cols[2] != "ar" or not cols[1].isdigit():
                continue
            preferred = int(len(cols) > 4 and cols[4] == "1")
            ctx.arabic.setdefault(int(cols[1]), []).append((cols[3], preferred))
            report.kept += 1


def _apply_altnames(conn: sqlite3.Connection, ctx: GeonamesContext) -> None:
    """Arabic names for GeoNames places already in the file (imported by an earlier command)."""
    rows = []
    for gid, names in ctx.arabic.items():
        for n, pref in names:
            rows.append((name_key(n), f"gn:{gid}", n, "ar", pref, f"gn:{gid}"))
    conn.executemany(
        "INSERT OR IGNORE INTO names SELECT ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM places WHERE place_id = ?)",
        rows,
    )


# ---------------------------------------------------------------- driver

_ORDER = {"admin1codes": 0, "admin2codes": 1, "altnames": 2, "cities500": 3, "geonames": 4, "wof": 5,
          "wof-features": 6, "boundaries": 7}


def import_files(conn: sqlite3.Connection, paths: Sequence[Path], *, progress: bool = True,
                 force: bool = False) -> list[ImportReport]:
    """Import gazetteer files into an open gazetteer; one transaction per file."""
    ctx = GeonamesContext()
    jobs = sorted(((detect_format(p), p) for p in paths), key=lambda t: _ORDER[t[0]])
    reports: list[ImportReport] = []
    for fmt, path in jobs:
        report = ImportReport(file=str(path), format=fmt)
        reports.append(report)
        try:
            _import_one(conn, path, fmt, ctx, report, progress, force)
        except InputError as e:
            report.rejected[f"unreadable file ({e.reason})"] += 1
    return reports


def _import_one(conn: sqlite3.Connection, path: Path, fmt: str, ctx: GeonamesContext, report: ImportReport,
                progress: bool, force: bool) -> None:
    digest = _file_hash(path)
    meta_key = f"file:{digest}"
    if fmt == "admin1codes":
        _read_admin_codes(path, ctx.admin1, report)
        return
    if fmt == "admin2codes":
        _read_admin_codes(path, ctx.admin2, report)
        return
    if fmt == "altnames":
        _read_altnames(path, ctx, report)
    if not force and get_meta(conn, meta_key) is not None:
        report.unchanged = True
        return
    with conn:
        if fmt == "altnames":
            _apply_altnames(conn, ctx)
        elif fmt == "boundaries":
            _boundaries.import_geojson(conn, path, report)
        elif fmt == "wof-features":
            _import_wof_features(conn, path, report, progress)
        else:
            _import_table(conn, path, fmt, ctx, report, progress)
        set_meta(conn, meta_key, json.dumps({"file": path.name, "format": fmt, **report.as_dict()},
                                            ensure_ascii=False))


def _import_table(conn: sqlite3.Connection, path: Path, fmt: str, ctx: GeonamesContext,
                  report: ImportReport, progress: bool) -> None:
    from tqdm import tqdm

    parse: Callable[[list[str]], PlaceRow]
    if fmt == "wof":
        parse = _wof_row
    elif fmt == "cities500":
        def parse(cols: list[str]) -> PlaceRow:
            return _cities500_row(cols, ctx)
    else:
        def parse(cols: list[str]) -> PlaceRow:
            return _geonames_row(cols, ctx)
    has_header = fmt in ("wof", "cities500")
    with _open_text(path, lambda m: m.lower().endswith(".txt")) as stream:
        lines = _lines(stream, report)
        if has_header:
            next(lines, None)
        bar = tqdm(lines, desc=path.name, unit=" rows", disable=not progress, leave=False)
        _write_unique(conn, report, (line.split("\t") for line in bar if line.strip()), parse)


def _write_unique(conn: sqlite3.Connection, report: ImportReport, records: Iterable[_T],
                  parse: Callable[[_T], PlaceRow]) -> None:
    """Parse each record into a place and write it in batches; a rejected record or a place
    id seen before is counted in the report, not written."""
    seen: set[str] = set()
    batch: list[PlaceRow] = []
    for record in records:
        report.rows_read += 1
        try:
            row = parse(record)
        except _Reject as e:
            report.rejected[str(e)] += 1
            continue
        if row.place_id in seen:
            report.rejected["duplicate id"] += 1
            continue
        seen.add(row.place_id)
        batch.append(row)
        if len(batch) >= 5000:
            report.kept += write_places(conn, batch)
            batch.clear()
    report.kept += write_places(conn, batch)


def _import_wof_features(conn: sqlite3.Connection, path: Path, report: ImportReport, progress: bool) -> None:
    """A WOF repository folder, feature file or SQLite distribution: places and boundaries."""
    from tqdm import tqdm

    props_all: list[dict[str, object]] = []
    bounds: list[tuple[object, ...]] = []
    feats = tqdm(_wof.features(path, report), desc=path.name, unit=" features", disable=not progress, leave=False)
    for feat in feats:
        props = feat.get("properties")
        if not isinstance(props, dict):
            report.rejected["no properties"] += 1
            continue
        props_all.append(props)
        if "geometry" in feat and str(props.get("wof:placetype")) in ("country", "region", "county"):
            bound = _wof.boundary_row(feat)
            if bound is not None:
                bounds.append(bound)
    admin_names: dict[int, tuple[str, str]] = {}
    for props in props_all:
        if props.get("wof:placetype") in ("region", "county") and str(props.get("wof:id", "")).isdigit():
            cols = _wof.feature_columns(props, {})
            en, ar = _split(cols[6]), _split(cols[5])
            admin_names[int(str(props["wof:id"]))] = (en[0] if en else str(props.get("wof:name") or ""),
                                                      ar[0] if ar else "")
    _write_unique(conn, report, props_all, lambda props: _wof_row(_wof.feature_columns(props, admin_names)))
    conn.executemany("INSERT OR REPLACE INTO boundaries VALUES (?, ?, ?, ?, ?, ?, ?)", bounds)
