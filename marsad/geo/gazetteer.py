"""The :class:`Gazetteer`: an SQLite file read once into memory for fast lookups."""

from __future__ import annotations

import dataclasses
import sqlite3
import threading
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from marsad.errors import GazetteerError
from marsad.geo import rank as _rank
from marsad.geo.boundaries import BoundaryIndex
from marsad.geo.sites import load_sites
from marsad.geo.store import connect
from marsad.geo.translit import PREFIX, arabic_skeleton, form_similarity, has_arabic, romanize
from marsad.geo.types import KeyInfo, Place, PlaceQuery, Resolution
from marsad.lang.ar.placecues import DISTRICT_PREFIXES, JOINED_HEADS, KIND_PREFIXES, SAINT_HEADS
from marsad.text import name_key

SOURCE_PRIORITY = {"curated": 0, "wof": 1, "geonames": 2, "embedded": 3, "world": 4}
ADMIN_SOURCE_PRIORITY = {"wof": 0, "embedded": 1, "curated": 2, "geonames": 3, "world": 4}
# the kinds of row a capital city may be, the likeliest first (a capital's name is often also its
# governorate's or district's)
CAPITAL_KINDS = ("city", "town", "locality")
DEDUPE_KM = 5.0
# a city of this size spans tens of kilometres: its records from different sources (the WOF
# label point, the GeoNames centre) can lie this far apart and still be the one city
METRO_POP = 500_000
METRO_KM = 20.0
# a district's records from different sources (a WOF label point, a curated centre) lie within it
UNIT_KM = 30.0
# how much the spelling with long vowels moves a candidate found by its skeleton (see translit)
FORM_WEIGHT = 0.25
_SHARED: dict[tuple[str, int, int, bool], tuple[list[tuple[Any, ...]], dict[str, list[int]]]] = {}


def key_variants(key: str) -> list[str]:
    """Other spellings of a key: with or without the article, joined or split ``ابو``/``البو``."""
    out: list[str] = []
    words = key.split(" ")
    if key.startswith("ال") and len(key) > 4:
        out.append(key[2:])
    elif not key.startswith("ال"):
        out.append("ال" + key)
    if " " in key:
        out.append(key.replace(" ", ""))
    if words[0] in ("ابو", "البو") and len(words) > 1:
        rest = " ".join(words[1:])
        out += ["البو" + rest, "ابو " + rest, "البو " + rest, "ابو" + rest]
    if key.startswith("البو") and not key.startswith("البو "):
        out += ["ابو " + key[4:], "البو " + key[4:]]
    if words[0] in SAINT_HEADS and len(words) > 1:
        # "سان بطرسبرغ" and "سانت بطرسبرغ": the saint of a foreign name is written both ways
        out += [h + " " + " ".join(words[1:]) for h in SAINT_HEADS if h != words[0]]
    head = next((h for h in JOINED_HEADS if words[0].startswith(h) and len(words[0]) > len(h) + 2), None)
    if head is not None:
        out.append(head + " " + key[len(head):])  # "كفرجنة" is also written "كفر جنة"
    return [v for v in dict.fromkeys(out) if v != key]


class Gazetteer:
    """A gazetteer file opened for reading. Thread-safe reads; pickles as its path."""

    def __init__(self, path: str | Path, chosen_because: str = "given", *, merge_sites: bool = True) -> None:
        self.path = Path(path)
        self.chosen_because = chosen_because
        self.merge_sites = merge_sites
        self._lock = threading.RLock()
        self._loaded = False
        if not self.path.exists():
            raise GazetteerError(f"gazetteer file not found: {self.path}")

    # ------------------------------------------------------------ loading and pickling

    def __getstate__(self) -> dict[str, object]:
        return {"path": str(self.path), "chosen_because": self.chosen_because, "merge_sites": self.merge_sites}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["path"], state["chosen_because"], merge_sites=state["merge_sites"])  # type: ignore[misc]

    def _load(self) -> None:
        if self._loaded:
            return
        with self._lock:
            if self._loaded:
                return
            conn = connect(self.path)
            stat = self.path.stat()
            shared_key = (str(self.path.resolve()), stat.st_mtime_ns, stat.st_size, self.merge_sites)
            shared = _SHARED.get(shared_key)
            if shared is None:
                shared = _SHARED[shared_key] = self._read(conn)
            rows, names = shared
            self._rows = rows
            self._place_cache: dict[int, Place] = {}
            self._units_cache: dict[tuple[float, float, str], tuple[str, int | None] | None] = {}
            self._countries: dict[str, Place | None] = {}
            self._capitals: dict[str, Place | None] = {}
            self._conn = conn
            self._names = names
            self._key_info: dict[str, KeyInfo | None] = {}
            self._buckets: dict[str, list[str]] | None = None
            self._prefixes: frozenset[str] | None = None
            self._boundaries = BoundaryIndex(conn)
            self._cands = lru_cache(maxsize=50_000)(self._candidates)
            self._lookup_cached = lru_cache(maxsize=50_000)(self._lookup)
            self._loaded = True

    def _read(self, conn: sqlite3.Connection) -> tuple[list[tuple[Any, ...]], dict[str, list[int]]]:
        """The places and the name index, read once per process and file (shared by every
        Gazetteer opened on the same unchanged file)."""
        rows: list[tuple[Any, ...]] = conn.execute(
            "SELECT place_id, source, source_id, name, name_ar, kind, lat, lon, population, country, "
            "admin1, admin1_ar, admin2, admin2_ar, geonames_id, is_current FROM places").fetchall()
        index = {row[0]: i for i, row in enumerate(rows)}
        names: dict[str, list[int]] = {}
        for key, pid in conn.execute("SELECT key, place_id FROM names"):
            i = index.get(pid)
            if i is not None:
                names.setdefault(key, []).append(i)
        _index_bare_names(names, [row[5] for row in rows])
        if self.merge_sites:
            for site in load_sites():
                row = (*site.values()[:15], 1)
                i = index.get(site.place_id)
                if i is None:
                    i = index[site.place_id] = len(rows)
                    rows.append(row)
                else:
                    rows[i] = row
                for key, _pid, _n, _lang, _pref in site.name_rows():
                    lst = names.setdefault(key, [])
                    if i not in lst:
                        lst.append(i)
        return rows, names

    # ------------------------------------------------------------ keys and candidates

    def key_info(self, key: str) -> KeyInfo | None:
        """What the gazetteer knows about an exact name key, or None."""
        if not self._loaded:
            self._load()
        try:
            return self._key_info[key]
        except KeyError:
            pass
        ids = self._names.get(key)
        info = None
        if ids:
            rs = [self._rows[i] for i in ids]
            info = KeyInfo(n_places=len(rs), kinds=frozenset(r[5] for r in rs),
                           countries=frozenset(r[9] for r in rs), max_population=max(r[8] for r in rs))
        self._key_info[key] = info
        return info

    def name_prefixes(self) -> frozenset[str]:
        """Every word-prefix of every name key ("دير", "دير الزور"): a caller can extend a
        match word by word and stop as soon as no name goes on that way."""
        if not self._loaded:
            self._load()
        with self._lock:
            if self._prefixes is None:
                prefixes: set[str] = set()
                for key in self._names:
                    words = key.split(" ")
                    for n in range(1, len(words) + 1):
                        prefixes.add(" ".join(words[:n]))
                self._prefixes = frozenset(prefixes)
        return self._prefixes

    def _fuzzy_keys(self, key: str) -> list[tuple[str, float]]:
        if len(key) < 4:
            return []
        from rapidfuzz import fuzz, process

        with self._lock:
            if self._buckets is None:
                buckets: dict[str, list[str]] = {}
                for k in self._names:
                    if k.startswith(PREFIX):
                        continue
                    buckets.setdefault(_bucket(k), []).append(k)
                self._buckets = buckets
        pool = self._buckets.get(_bucket(key), [])
        found = process.extract(key, pool, scorer=fuzz.ratio, score_cutoff=85, limit=8)
        return [(k, sc / 100.0) for k, sc, _ in found]

    def _place(self, i: int) -> Place:
        p = self._place_cache.get(i)
        if p is None:
            p = self._place_cache[i] = self._complete(Place(*self._rows[i][:15]))
        return p

    def _complete(self, p: Place) -> Place:
        """A place without admin1/admin2 gets their names from the boundaries (point in polygon),
        and one named only in Arabic an English name (romanized). The Arabic admin names, which
        the ranking compares, are left as the gazetteer gives them."""
        if p.kind != "country" and not (p.admin1 and p.admin2) and self._boundaries.count:
            units = self._boundaries.units_at(p.lat, p.lon)
            a1, a2 = units.get("admin1"), units.get("admin2")
            if a1 is not None and a1.country == p.country and not p.admin1:
                p = dataclasses.replace(p, admin1=a1.name)
            if a2 is not None and a2.country == p.country and not p.admin2:
                p = dataclasses.replace(p, admin2=a2.name)
        if not p.name or has_arabic(p.name):
            p = dataclasses.replace(p, name=romanize(p.name or p.name_ar))
        return p

    def _cand(self, i: int, match: str, sim: float) -> _rank.Candidate:
        return _rank.Candidate(self._place(i), int(self._rows[i][15]), match, sim)

    def _candidates(self, key: str) -> tuple[_rank.Candidate, ...]:
        found: list[_rank.Candidate] = []
        ids = self._names.get(key)
        if ids:
            found = [self._cand(i, "exact", 1.0) for i in ids]
        else:
            for v in key_variants(key):
                found += [self._cand(i, "variant", 0.9)
                          for i in self._names.get(v, ())]
            skel = arabic_skeleton(key)
            if not found and len(skel) >= 2 and not key.isascii():
                sim = min(0.95, 0.6 + 0.07 * len(skel))
                for i in self._names.get(PREFIX + skel, ()):
                    # of the places sharing the skeleton, the closer spelling with its long vowels
                    form = form_similarity(key, str(self._rows[i][3] or ""))
                    found.append(self._cand(i, "translit", min(0.97, sim + FORM_WEIGHT * (form - 0.8))))
            if not found:
                for k, sim in self._fuzzy_keys(key):
                    found += [self._cand(i, "fuzzy", sim)
                              for i in self._names[k]]
        return tuple(_dedupe(found))

    def candidates(self, key: str) -> Sequence[_rank.Candidate]:
        if not self._loaded:
            self._load()
        return self._cands(key)

    def country_place(self, country: str) -> Place | None:
        """The gazetteer's row for a whole country (ISO code), found by its Arabic names."""
        if not self._loaded:
            self._load()
        if country not in self._countries:
            from marsad.knowledge.loader import world_countries

            found = None
            for wc in world_countries():
                if wc.country != country:
                    continue
                for name in wc.names_ar:
                    rows = [c.place for c in self.candidates(name_key(name))
                            if c.place.kind == "country" and c.place.country == country]
                    if rows:
                        found = rows[0]
                        break
            self._countries[country] = found
        return self._countries[country]

    def capital_place(self, country: str) -> Place | None:
        """The gazetteer's row for a country's capital city (ISO code), found by the capital's
        name in GeoNames within that country; None where it has none."""
        if not self._loaded:
            self._load()
        if country not in self._capitals:
            from marsad.geo.world import capitals

            name = capitals().get(country, "")
            found = [r.place for r in self.lookup(name, country=country, limit=5)
                     if r.place.country == country and r.place.kind in CAPITAL_KINDS] if name else []
            self._capitals[country] = min(found, key=lambda p: CAPITAL_KINDS.index(p.kind)) if found else None
        return self._capitals[country]

    def _contains(self, parent: Place, child: Place) -> bool | None:
        """Whether an admin parent contains a place (boundaries, else admin names); None: unknown."""
        if parent.kind == "country":
            return child.country == parent.country
        if parent.kind == "governorate":
            pa = name_key(parent.name_ar)
            if child.admin1_ar and pa and child.source in ("wof", "curated"):
                return name_key(child.admin1_ar) == pa
            if self._boundaries.count and parent.place_id.startswith("wof:"):
                unit = self._boundaries.units_at(child.lat, child.lon).get("admin1")
                if unit is not None and unit.wof_id is not None:
                    return f"wof:{unit.wof_id}" == parent.place_id
        if parent.kind == "district" and parent.source == "wof":
            # a district's places: those WOF files under it, or whose point its polygon covers
            pa = name_key(parent.name_ar)
            if child.admin2_ar and pa and child.source == "wof":
                return name_key(child.admin2_ar) == pa
            if self._boundaries.count:
                unit = self._boundaries.units_at(child.lat, child.lon).get("admin2")
                if unit is not None and unit.wof_id is not None:
                    return f"wof:{unit.wof_id}" == parent.place_id
        return None

    # ------------------------------------------------------------ public API

    def lookup(self, name: str, *, country: str | None = None, limit: int = 10) -> list[Resolution]:
        """Ranked candidates for a name (exact keys, else variants, else fuzzy). Before the
        gazetteer is read into memory, exact keys and variants are answered from SQLite by key,
        so that one lookup costs milliseconds rather than the whole load."""
        key, cc = name_key(name), country.upper() if country else None
        if not self._loaded:
            found = self._lookup_by_key(key, cc, limit)
            if found:
                return found
            self._load()
        return list(self._lookup_cached(key, cc, limit))

    def _lookup_by_key(self, key: str, country: str | None, limit: int) -> list[Resolution]:
        conn = connect(self.path)
        try:
            sites = {s.place_id: s for s in load_sites()} if self.merge_sites else {}

            def fetch(k: str, match: str, sim: float) -> list[_rank.Candidate]:
                rows = conn.execute(
                    "SELECT place_id, source, source_id, name, name_ar, kind, lat, lon, population, country, admin1, "
                    "admin1_ar, admin2, admin2_ar, geonames_id, is_current FROM places "
                    "WHERE place_id IN (SELECT place_id FROM names WHERE key = ?)", (k,)).fetchall()
                by_id = {r[0]: tuple(r) for r in rows}
                for site in sites.values():
                    if any(n[0] == k for n in site.name_rows()):
                        by_id[site.place_id] = (*site.values()[:15], 1)
                return [_rank.Candidate(Place(*r[:15]), int(r[15]), match, sim) for r in by_id.values()]

            found = fetch(key, "exact", 1.0)
            if not found:
                for v in key_variants(key):
                    found += fetch(v, "variant", 0.9)
        finally:
            conn.close()
        cands = [c for c in _dedupe(found) if country is None or c.place.country == country]
        ctx = _rank.Context(points=[], countries=Counter(), hints=(country,) if country else ())
        ranked = _rank.rank(cands, PlaceQuery(key=key), ctx, [], lambda _p, _c: None)
        return [Resolution(c.place, _rank.to_unit(s), "; ".join(why)) for s, c, why in ranked[:limit]]

    def _lookup(self, key: str, country: str | None, limit: int) -> tuple[Resolution, ...]:
        ctx = _rank.Context(points=[], countries=Counter(), hints=(country,) if country else ())
        cands = [c for c in self._cands(key) if country is None or c.place.country == country]
        ranked = _rank.rank(cands, PlaceQuery(key=key), ctx, [], self._contains)
        return tuple(Resolution(c.place, _rank.to_unit(s), "; ".join(why)) for s, c, why in ranked[:limit])

    def resolve(self, queries: Sequence[PlaceQuery], *, country_hints: Sequence[str] = ()) -> list[Resolution | None]:
        """Joint disambiguation of one article's place mentions; None where nothing fits well."""
        if not self._loaded:
            self._load()
        return _rank.resolve_article(queries, country_hints, self.candidates, self._contains)

    def admin_for_point(self, lat: float, lon: float) -> tuple[str | None, str | None, str | None]:
        if not self._loaded:
            self._load()
        return self._boundaries.admin_for_point(lat, lon)

    def admin1_unit(self, lat: float, lon: float, country: str) -> tuple[str, int | None] | None:
        """The first-level unit of ``country`` that holds the point, by its boundary's name and id
        (None where no boundary of that country holds it). The gazetteer's rows name one
        governorate several ways ("Hama", "Hamah") as their sources do; two places lie in the same
        governorate when one polygon holds both."""
        if not self._loaded:
            self._load()
        key = (round(lat, 5), round(lon, 5), country)
        if key not in self._units_cache:
            unit = self._boundaries.units_at(lat, lon).get("admin1")
            self._units_cache[key] = (unit.name, unit.wof_id) if unit is not None and unit.country == country else None
        return self._units_cache[key]

    def country_part(self, country: str, sides: tuple[str, ...]) -> tuple[float, float] | None:
        """A point in the north (south, east, west, centre) of a country, from its boundary."""
        if not self._loaded:
            self._load()
        return self._boundaries.country_part(country, sides)

    def boundaries_geojson(self, level: str) -> dict[str, object]:
        if not self._loaded:
            self._load()
        with self._lock:
            return self._boundaries.geojson(level)

    def place(self, place_id: str) -> Place | None:
        if not self._loaded:
            self._load()
        return next((self._place(i) for i, r in enumerate(self._rows) if r[0] == place_id), None)

    def info(self) -> dict[str, object]:
        if not self._loaded:
            self._load()
        with self._lock:
            files = [v for (v,) in self._conn.execute("SELECT value FROM meta WHERE key LIKE 'file:%'")]
            levels = dict(self._conn.execute("SELECT level, count(*) FROM boundaries GROUP BY level").fetchall())
        return {
            "path": str(self.path), "chosen_because": self.chosen_because, "places": len(self._rows),
            "keys": len(self._names),
            "by_source": dict(Counter(r[1] for r in self._rows).most_common()),
            "by_kind": dict(Counter(r[5] for r in self._rows).most_common()),
            "by_country": dict(Counter(r[9] for r in self._rows).most_common()),
            "boundaries": levels, "imported_files": len(files),
        }

    def close(self) -> None:
        with self._lock:
            if self._loaded:
                self._conn.close()
                self._loaded = False


def _index_bare_names(names: dict[str, list[int]], kinds: Sequence[str]) -> None:
    """A name that begins with a word for its kind ("قرية الخوجرة", "مديرية الحوك") is found
    without that word too, as texts mostly write it after their own cue word; not where the bare
    name is a country's or a governorate's ("منطقة اليمن" is no name of Yemen)."""
    extra: dict[str, list[int]] = {}
    for key, ids in names.items():
        first, _, rest = key.partition(" ")
        if rest and first in KIND_PREFIXES and len(rest) >= 3:
            extra.setdefault(rest, []).extend(ids)
            # "مديرية مشرعة وحدنان", "مديرية خب والشعف": a district named after the two areas it
            # joins is found by either ("مديرية خب")
            if first in DISTRICT_PREFIXES and all(kinds[i] == "district" for i in ids):
                parts = rest.split(" و", 1)
                if len(parts) == 2 and len(parts[0]) >= 2 and len(parts[1]) >= 3:
                    for part in parts:
                        extra.setdefault(part, []).extend(ids)
    for key, ids in extra.items():
        if any(kinds[i] in _BROAD_KINDS for i in names.get(key, ())):
            continue
        have = names.setdefault(key, [])
        have.extend(i for i in dict.fromkeys(ids) if i not in have)


_BROAD_KINDS = frozenset({"country", "governorate", "region"})


def _bucket(key: str) -> str:
    k = key[2:] if key.startswith("ال") and len(key) > 3 else key
    return k[:1]


def _priority(c: _rank.Candidate) -> tuple[int, float, int, str]:
    """Which record represents a place: WOF for admin units, curated sites for the rest."""
    order = ADMIN_SOURCE_PRIORITY if c.place.kind in _rank.ADMIN_KINDS | {"region"} else SOURCE_PRIORITY
    return (order.get(c.place.source, 9), -c.similarity, -c.place.population, c.place.place_id)


def _radius(fam: str, a: Place, b: Place | None = None) -> float:
    """How far apart two records of one name may lie and still be one place: an area's
    records anywhere in it, a metropolis's within its built-up area, others close by."""
    if fam == "area":
        return 100.0
    if fam in ("district", "subdistrict"):
        return UNIT_KM
    population = max(a.population, b.population if b is not None else 0)
    return METRO_KM if fam == "locality" and population >= METRO_POP else DEDUPE_KM


def _same_place(a: Place, b: Place) -> bool:
    fam = _family(a.kind)
    if fam != _family(b.kind) or a.country != b.country:
        return False
    if fam == "country":
        return True
    return _rank.distance_km(a.lat, a.lon, b.lat, b.lon) < _radius(fam, a, b)


def _dedupe(cands: list[_rank.Candidate]) -> list[_rank.Candidate]:
    """One representative per place found in several records (same kind family, nearby).
    Records are compared only within their kind family and country, and a latitude gap wider
    than the radius rules a pair out before the distance is computed (names such as الحي have
    thousands of records)."""
    cands.sort(key=_priority)
    kept: list[_rank.Candidate] = []
    groups: dict[tuple[str, str], list[int]] = {}
    seen_ids: set[str] = set()
    for c in cands:
        if c.place.place_id in seen_ids:
            continue
        seen_ids.add(c.place.place_id)
        fam = _family(c.place.kind)
        group = groups.setdefault((fam, c.place.country), [])
        radius = 100.0 if fam == "area" else UNIT_KM if fam in ("district", "subdistrict") \
            else METRO_KM if fam == "locality" else DEDUPE_KM
        for j in group:
            k = kept[j]
            if fam != "country" and abs(k.place.lat - c.place.lat) * 111.0 > radius:
                continue
            if _same_place(k.place, c.place):
                if fam == "locality" and c.place.population > k.place.population:
                    merged = dataclasses.replace(
                        k.place, population=c.place.population,
                        kind=min(k.place.kind, c.place.kind, key=_LOCALITY_ORDER.index))
                    kept[j] = dataclasses.replace(k, place=merged)
                break
        else:
            group.append(len(kept))
            kept.append(c)
    return kept


def _family(kind: str) -> str:
    if kind in _rank.LOCALITY_KINDS:
        return "locality"
    if kind in ("governorate", "region"):
        return "area"
    return kind


_LOCALITY_ORDER = ("city", "town", "village")
