"""The gazetteer's SQLite file: schema, connection, and the writes every importer shares."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from marsad.errors import GazetteerError
from marsad.geo.translit import PREFIX, latin_skeletons
from marsad.text import name_key

SCHEMA_VERSION = "1"

SCHEMA = """
CREATE TABLE IF NOT EXISTS places (
    place_id TEXT PRIMARY KEY, source TEXT NOT NULL, source_id TEXT NOT NULL,
    name TEXT NOT NULL, name_ar TEXT NOT NULL, kind TEXT NOT NULL,
    lat REAL NOT NULL, lon REAL NOT NULL, population INTEGER NOT NULL DEFAULT 0,
    country TEXT NOT NULL, admin1 TEXT, admin1_ar TEXT, admin2 TEXT, admin2_ar TEXT,
    geonames_id INTEGER, wof_id INTEGER, parent_id TEXT, is_current INTEGER NOT NULL DEFAULT -1
);
CREATE TABLE IF NOT EXISTS names (
    key TEXT NOT NULL, place_id TEXT NOT NULL, name TEXT NOT NULL, lang TEXT NOT NULL,
    is_preferred INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (key, place_id)
);
CREATE INDEX IF NOT EXISTS names_key ON names (key);
CREATE INDEX IF NOT EXISTS names_place ON names (place_id);
CREATE TABLE IF NOT EXISTS boundaries (
    bkey TEXT PRIMARY KEY, level TEXT NOT NULL, country TEXT NOT NULL, name TEXT NOT NULL,
    name_ar TEXT, wof_id INTEGER, geometry BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

PLACE_COLUMNS = (
    "place_id", "source", "source_id", "name", "name_ar", "kind", "lat", "lon", "population", "country",
    "admin1", "admin1_ar", "admin2", "admin2_ar", "geonames_id", "wof_id", "parent_id", "is_current",
)


@dataclass(slots=True)
class PlaceRow:
    """One place as written to the ``places`` table, with its names (text, lang, preferred)."""

    place_id: str
    source: str
    source_id: str
    name: str
    name_ar: str
    kind: str
    lat: float
    lon: float
    population: int
    country: str
    admin1: str | None = None
    admin1_ar: str | None = None
    admin2: str | None = None
    admin2_ar: str | None = None
    geonames_id: int | None = None
    wof_id: int | None = None
    parent_id: str | None = None
    is_current: int = -1
    names: Sequence[tuple[str, str, int]] = ()

    def values(self) -> tuple[object, ...]:
        return (
            self.place_id, self.source, self.source_id, self.name, self.name_ar, self.kind, self.lat,
            self.lon, self.population, self.country, self.admin1, self.admin1_ar, self.admin2,
            self.admin2_ar, self.geonames_id, self.wof_id, self.parent_id, self.is_current,
        )

    def name_rows(self) -> list[tuple[str, str, str, str, int]]:
        seen: set[str] = set()
        out: list[tuple[str, str, str, str, int]] = []
        for text, lang, preferred in self.names:
            key = name_key(text)
            if not key or key in seen or len(key) > 80:
                continue
            seen.add(key)
            out.append((key, self.place_id, text, lang, preferred))
            if lang != "ar":
                for skel in latin_skeletons(text, self.country):
                    if len(skel) >= 2 and PREFIX + skel not in seen:
                        seen.add(PREFIX + skel)
                        out.append((PREFIX + skel, self.place_id, text, "skel", 0))
        return out


def connect(path: Path, *, create: bool = False) -> sqlite3.Connection:
    """Open a gazetteer file; with ``create`` make it (and its folder) when missing."""
    if not create and not path.exists():
        raise GazetteerError(f"gazetteer file not found: {path}")
    try:
        if create:
            path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), check_same_thread=False)
        if create:
            conn.executescript(SCHEMA)
            conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,))
            conn.commit()
        else:
            row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            if row is None:
                raise GazetteerError(f"not a marsad gazetteer (no schema version): {path}")
    except sqlite3.DatabaseError as e:
        raise GazetteerError(f"cannot open gazetteer {path}: {e}") from e
    return conn


def write_places(conn: sqlite3.Connection, rows: Iterable[PlaceRow]) -> int:
    """Insert or replace places and their names (inside the caller's transaction)."""
    batch = list(rows)
    if not batch:
        return 0
    marks = ",".join("?" * len(PLACE_COLUMNS))
    conn.executemany(f"INSERT OR REPLACE INTO places VALUES ({marks})", [r.values() for r in batch])
    conn.executemany("DELETE FROM names WHERE place_id = ?", [(r.place_id,) for r in batch])
    conn.executemany(
        "INSERT OR IGNORE INTO names VALUES (?, ?, ?, ?, ?)",
        [n for r in batch for n in r.name_rows()],
    )
    return len(batch)


def get_meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))
