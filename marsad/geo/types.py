"""Records exchanged between the pipeline and the gazetteer."""

from __future__ import annotations

from dataclasses import dataclass

# Kinds of place, from largest to smallest.
KINDS = (
    "country", "region", "governorate", "district", "subdistrict", "city", "town", "village",
    "neighbourhood", "site", "base", "airport", "crossing", "oilfield", "dam", "camp", "prison", "mountain",
)


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer place."""

    place_id: str  # "gn:<id>", "wof:<id>", "site:<slug>"
    source: str  # "geonames", "wof", "curated"
    source_id: str
    name: str  # English
    name_ar: str  # Arabic canonical
    kind: str  # one of KINDS
    lat: float
    lon: float
    population: int
    country: str  # ISO 3166-1 alpha-2
    admin1: str | None = None
    admin1_ar: str | None = None
    admin2: str | None = None
    admin2_ar: str | None = None
    geonames_id: int | None = None


@dataclass(frozen=True, slots=True)
class KeyInfo:
    """What the gazetteer knows about a name key, for deciding whether a mention is a place."""

    n_places: int
    kinds: frozenset[str]
    countries: frozenset[str]
    max_population: int


@dataclass(frozen=True, slots=True)
class PlaceQuery:
    """A place mention found in an article, to be resolved together with the others."""

    key: str  # marsad.text.name_key of the name, clitics and cue word removed
    cue: str | None = None  # kind hinted by the cue word before it: village, town, city, neighbourhood, governorate, district, base, airport, crossing, camp, region, site, mountain, oilfield, dam, prison
    parent_key: str | None = None  # a place named as its parent: "X في Y", "X بريف Y", "X شرق Y", "X (Y)"
    sentence: int = 0  # index of the sentence in the article
    evidence: str = ""  # the raw words, for "why" messages
    countries: tuple[str, ...] = ()  # countries its sentence names (ISO codes): they outweigh namesakes elsewhere
    own_country: str | None = None  # the country a nationality adjective right after the name gives it
    parent_gov: bool = False  # the parent is named as a governorate ("X بمحافظة Y"): X lies inside it
    parent_city: bool = False  # the parent is a town X is said to lie in ("X في مدينة Y"): X is within it
    listed_with: tuple[str, ...] = ()  # keys of the places listed with it ("منطقتي X وY"): its neighbours
    governorates: tuple[str, ...] = ()  # keys of the governorates its sentence names ("بمحافظة لحج")


@dataclass(frozen=True, slots=True)
class Resolution:
    """The chosen place for a query, its score in [0, 1] and why it won."""

    place: Place
    score: float
    why: str
