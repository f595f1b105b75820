"""Validate the shipped conflict-site gazetteer table, marsad/knowledge/sites.tsv.

The table supplements the GeoNames default with governorates (Arabic names) and
military bases, crossings, oil fields, dams, camps, prisons, regions,
neighbourhoods and villages.  These checks catch the errors that would put an
event in the wrong place on the map: coordinates outside the country, a site far
from the governorate it claims, duplicate or malformed rows.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections import Counter
from importlib import resources

import pytest

HEADER = [
    "id",
    "kind",
    "name",
    "names_ar",
    "lat",
    "lon",
    "country",
    "admin1",
    "admin1_ar",
    "admin2",
    "admin2_ar",
    "population",
]

KINDS = {
    "country",
    "governorate",
    "district",
    "town",
    "village",
    "neighbourhood",
    "site",
    "region",
    "base",
    "airport",
    "crossing",
    "oilfield",
    "dam",
    "camp",
    "prison",
    "mountain",
}

# (min_lat, max_lat, min_lon, max_lon), generous by a few hundredths of a degree.
BBOX: dict[str, tuple[float, float, float, float]] = {
    "SY": (32.3, 37.4, 35.6, 42.5),
    "IQ": (29.0, 37.5, 38.7, 48.7),
    "YE": (12.0, 19.1, 41.8, 54.6),
    "LY": (19.4, 33.3, 9.3, 25.2),
    "LB": (33.0, 34.75, 35.05, 36.7),
    "PS": (31.2, 32.6, 34.2, 35.6),
    "IL": (29.4, 33.4, 34.2, 35.95),
    "JO": (29.1, 33.4, 34.9, 39.4),
    "EG": (21.7, 31.7, 24.6, 36.9),
    "SD": (8.6, 22.3, 21.8, 38.7),
    "SS": (3.4, 12.3, 23.4, 36.0),
    "SO": (-1.8, 12.0, 40.9, 51.5),
    "TR": (35.8, 42.2, 25.6, 44.9),
    "IR": (25.0, 39.8, 44.0, 63.4),
    "SA": (16.3, 32.2, 34.4, 55.7),
}

# Minimum number of admin1 (governorate) rows expected per country.
MIN_GOVERNORATES = {
    "SY": 14,
    "IQ": 18,
    "YE": 22,
    "LY": 22,
    "LB": 8,
    "PS": 16,
    "JO": 12,
    "EG": 27,
    "SD": 18,
    "SS": 10,
}

NON_SETTLEMENT_MIN = 150
ADMIN1_RADIUS_KM = 250.0
# Rows known to lie farther than ADMIN1_RADIUS_KM from their governorate's point
# because the governorate is very large: id -> allowed radius in km.
FAR_FROM_ADMIN1_KM = {
    "ss-town-renk": 300.0,  # Renk, far north of Upper Nile state; the state point is Malakal
}

_ID = re.compile(r"^[a-z]{2}(-[a-z0-9]+)+$")
_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")
_LATIN = re.compile("[A-Za-z]")
_ALLOWED = re.compile(r"^[\u0600-\u06ff0-9 \-.()/]+$")


def _load() -> list[dict[str, str]]:
    text = (resources.files("marsad.knowledge") / "sites.tsv").read_text(encoding="utf-8")
    reader = csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = list(reader)
    assert rows, "sites.tsv is empty"
    assert rows[0] == HEADER, f"bad header: {rows[0]}"
    out: list[dict[str, str]] = []
    for number, row in enumerate(rows[1:], start=2):
        assert len(row) == len(HEADER), f"line {number}: {len(row)} columns, want {len(HEADER)}: {row}"
        out.append(dict(zip(HEADER, row, strict=True)))
    return out


@pytest.fixture(scope="module")
def sites() -> list[dict[str, str]]:
    return _load()


def _haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def test_ids_unique_and_slugs(sites: list[dict[str, str]]) -> None:
    counts = Counter(row["id"] for row in sites)
    dupes = [key for key, n in counts.items() if n > 1]
    assert not dupes, f"duplicate ids: {dupes}"
    bad = [row["id"] for row in sites if not _ID.match(row["id"])]
    assert not bad, f"malformed ids: {bad}"
    wrong_prefix = [row["id"] for row in sites if row["id"][:2].upper() != row["country"]]
    assert not wrong_prefix, f"id prefix differs from country: {wrong_prefix}"


def test_kinds_valid(sites: list[dict[str, str]]) -> None:
    bad = [(row["id"], row["kind"]) for row in sites if row["kind"] not in KINDS]
    assert not bad, f"unknown kinds: {bad}"


def test_coordinates_inside_country(sites: list[dict[str, str]]) -> None:
    bad = []
    for row in sites:
        assert row["country"] in BBOX, f"{row['id']}: unknown country {row['country']!r}"
        lat, lon = float(row["lat"]), float(row["lon"])
        min_lat, max_lat, min_lon, max_lon = BBOX[row["country"]]
        if not (min_lat <= lat <= max_lat and min_lon <= lon <= max_lon):
            bad.append((row["id"], lat, lon))
    assert not bad, f"coordinates outside the country's bounding box: {bad}"


def test_every_country_present(sites: list[dict[str, str]]) -> None:
    countries = {row["country"] for row in sites if row["kind"] == "country"}
    assert countries == set(BBOX), f"missing country rows: {set(BBOX) - countries}"
    for row in sites:
        if row["kind"] == "country":
            assert row["admin1"] == "" and row["admin2"] == "", row["id"]


def test_governorates(sites: list[dict[str, str]]) -> None:
    countries = {row["country"] for row in sites if row["kind"] == "country"}
    govs = [row for row in sites if row["kind"] == "governorate"]
    for row in govs:
        assert row["country"] in countries, f"{row['id']}: country row missing"
        assert row["admin1"] == row["name"], f"{row['id']}: admin1 should be itself"
        assert row["admin1_ar"] == row["names_ar"].split("|")[0], row["id"]
    per_country = Counter(row["country"] for row in govs)
    short = {cc: (per_country[cc], n) for cc, n in MIN_GOVERNORATES.items() if per_country[cc] < n}
    assert not short, f"too few governorates (have, want): {short}"
    keys = Counter((row["country"], row["name"]) for row in govs)
    assert all(n == 1 for n in keys.values()), "governorate English names must be unique per country"


def test_enough_conflict_sites(sites: list[dict[str, str]]) -> None:
    other = [row for row in sites if row["kind"] not in {"country", "governorate", "town", "village"}]
    assert len(other) >= NON_SETTLEMENT_MIN, f"only {len(other)} non-settlement rows"


def test_arabic_names(sites: list[dict[str, str]]) -> None:
    bad = []
    for row in sites:
        names = row["names_ar"].split("|")
        if not row["names_ar"] or any(not name.strip() for name in names):
            bad.append((row["id"], "empty name"))
            continue
        if len(set(names)) != len(names):
            bad.append((row["id"], "repeated variant"))
        for name in names:
            if name != name.strip() or _LATIN.search(name) or not _ARABIC_LETTER.search(name):
                bad.append((row["id"], name))
            elif not _ALLOWED.match(name):
                bad.append((row["id"], name))
    assert not bad, f"bad Arabic names: {bad}"


def test_no_duplicate_name_country(sites: list[dict[str, str]]) -> None:
    counts = Counter((row["name"], row["country"]) for row in sites)
    dupes = [key for key, n in counts.items() if n > 1]
    assert not dupes, f"duplicate (name, country): {dupes}"
    assert all(row["name"].strip() for row in sites)


def test_population_is_integer_or_empty(sites: list[dict[str, str]]) -> None:
    bad = [row["id"] for row in sites if row["population"] and not row["population"].isdigit()]
    assert not bad, f"non-integer population: {bad}"


def test_admin_names_consistent(sites: list[dict[str, str]]) -> None:
    bad = []
    for row in sites:
        if bool(row["admin1"]) != bool(row["admin1_ar"]):
            bad.append((row["id"], "admin1 without admin1_ar"))
        if bool(row["admin2"]) != bool(row["admin2_ar"]):
            bad.append((row["id"], "admin2 without admin2_ar"))
        for field in ("admin1_ar", "admin2_ar"):
            if row[field] and not _ARABIC_LETTER.search(row[field]):
                bad.append((row["id"], field))
    assert not bad, bad


def test_sites_near_their_governorate(sites: list[dict[str, str]]) -> None:
    govs = {(row["country"], row["name"]): row for row in sites if row["kind"] == "governorate"}
    violations = []
    for row in sites:
        if row["kind"] in {"country", "governorate"} or not row["admin1"]:
            continue
        gov = govs.get((row["country"], row["admin1"]))
        if gov is None:
            violations.append(f"{row['id']}: admin1 {row['admin1']!r} has no governorate row")
            continue
        if row["admin1_ar"] != gov["names_ar"].split("|")[0]:
            violations.append(f"{row['id']}: admin1_ar {row['admin1_ar']!r} differs from governorate")
        km = _haversine_km(float(row["lat"]), float(row["lon"]), float(gov["lat"]), float(gov["lon"]))
        if km > FAR_FROM_ADMIN1_KM.get(row["id"], ADMIN1_RADIUS_KM):
            violations.append(f"{row['id']}: {km:.0f} km from {row['admin1']} ({gov['id']})")
    assert not violations, "\n".join(violations)


@pytest.mark.parametrize(
    ("site_id", "country", "admin1", "box"),
    [
        # A few spot checks that pin well-known places to the right area.
        ("sy-village-sayal", "SY", "Deir ez-Zor", (34.4, 34.8, 40.6, 41.0)),
        ("sy-base-hmeimim", "SY", "Latakia", (35.3, 35.5, 35.85, 36.05)),
        ("sy-base-tanf", "SY", "Homs", (33.3, 33.7, 38.4, 38.9)),
        ("sy-camp-hol", "SY", "Hasakah", (36.2, 36.5, 41.0, 41.3)),
        ("iq-base-ain-al-asad", "IQ", "Anbar", (33.6, 34.0, 42.2, 42.7)),
        ("ye-base-al-anad", "YE", "Lahij", (13.0, 13.4, 44.6, 44.9)),
        ("ly-base-watiya", "LY", "Nuqat al-Khams", (32.3, 32.7, 11.6, 12.1)),
        ("ps-camp-jabalia", "PS", "North Gaza", (31.5, 31.6, 34.4, 34.55)),
        ("tr-base-incirlik", "TR", "Adana Province", (36.9, 37.1, 35.3, 35.6)),
    ],
)
def test_spot_checks(
    sites: list[dict[str, str]],
    site_id: str,
    country: str,
    admin1: str,
    box: tuple[float, float, float, float],
) -> None:
    by_id = {row["id"]: row for row in sites}
    assert site_id in by_id, f"{site_id} missing"
    row = by_id[site_id]
    assert row["country"] == country
    assert row["admin1"] == admin1
    lat, lon = float(row["lat"]), float(row["lon"])
    assert box[0] <= lat <= box[1] and box[2] <= lon <= box[3], (site_id, lat, lon)
