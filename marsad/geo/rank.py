"""Scoring of gazetteer candidates and the joint disambiguation of an article's places."""

from __future__ import annotations

import dataclasses
import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from math import asin, cos, radians, sin, sqrt

from marsad.geo.types import Place, PlaceQuery, Resolution
from marsad.lang.ar.placecues import UNIT_WORDS
from marsad.lang.ar.places import GOVERNORATE_HEADS
from marsad.text import name_key

THRESHOLD = 1.0  # raw score below which a query resolves to None

ADMIN_KINDS = frozenset({"country", "region", "governorate", "district", "subdistrict"})
LOCALITY_KINDS = frozenset({"city", "town", "village"})

# Prior of a kind for a bare name (no cue word).
KIND_PRIOR = {
    "country": 0.6, "city": 0.5, "governorate": 0.2, "region": 0.35, "town": 0.35, "village": 0.2,
    "district": 0.12, "subdistrict": 0.08, "neighbourhood": 0.1,
}
SITE_PRIOR = 0.3
FAR_KM = 250.0
FAR_PENALTY = 0.6
FAR_IN_COUNTRY_PENALTY = 0.5
SENTENCE_COUNTRY_BONUS = 0.5
SENTENCE_GOVERNORATE_BONUS = 0.6
NAMED_GOVERNORATE_BONUS = 0.8
# a village named in a report lies near its scene: one more than this far from every other place the
# article names is mostly a namesake of a village the gazetteer lacks (a town or a city may be far)
VILLAGE_FAR_KM = 100.0
VILLAGE_FAR_PENALTY = 1.6
# the places that set a report's scene at a local level (a capital or a governorate named as a
# government or a region sets none: a village of the article may lie anywhere in the country)
LOCAL_KINDS = frozenset({"district", "subdistrict", "town", "village", "neighbourhood", "base", "camp", "site"})
NEIGHBOURHOOD_FAR_KM = 60.0
NEIGHBOURHOOD_FAR_PENALTY = 2.0
BROAD_KINDS = frozenset({"country", "region", "governorate"})
OUTSIDE_PARENT_PENALTY = 1.6
# "X بمحافظة Y": the text says which governorate X lies in; a namesake its boundaries or admin names
# put in another governorate is another place, however well it fits the rest of the article
OUTSIDE_GOVERNORATE_PENALTY = 3.0
# "منطقتي X وY", "قرى X وY وZ": small places listed together are neighbours; among namesakes of X,
# one far from a village or town listed with it (already placed) is another place
LIST_FAR_KM = 100.0
LIST_FAR_PENALTY = 3.0
# (towns and cities are no anchors: "صعدة وعمران وحجة" lists seats of governorates far apart)
LIST_ANCHOR_KINDS = frozenset({"district", "subdistrict", "village", "neighbourhood", "site", "base",
                               "airport", "camp", "mountain", "crossing", "dam", "oilfield", "prison"})
LIST_SMALL_KINDS = frozenset({"village", "neighbourhood", "subdistrict"})
# "X في مدينة Y": a place said to lie in a town is within the town's reach, not tens of km away
CITY_PARENT_KM = 15.0
CURATED_BONUS = 0.25
WORLD_TRUSTED_POP = 1_000_000
WORLD_PENALTY = 0.8
# "مدينة سالزبوري البريطانية": the adjective puts the place in its country; a namesake in another
# country is not it, however large
OTHER_COUNTRY_PENALTY = 3.0
# "قرى X"، "حي X": a village or a quarter the text names lies in the scene of the report; in an
# article whose words name its country, a namesake in a country neither named nor holding any of
# its other places is not it, however large (a Sudanese city for a Syrian village)
LOCAL_CUES = frozenset({"village", "neighbourhood"})
FOREIGN_LOCAL_PENALTY = 1.5

# Kinds that fit a cue word fully, and kinds that fit it partly.
CUE_FIT: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "village": (frozenset({"village", "town"}), frozenset({"city", "subdistrict", "neighbourhood"})),
    "town": (frozenset({"town", "village", "city"}), frozenset({"subdistrict", "district"})),
    "city": (frozenset({"city", "town"}), frozenset({"village", "district", "governorate"})),
    "neighbourhood": (frozenset({"neighbourhood"}), frozenset({"village", "town", "site", "camp"})),
    "governorate": (frozenset({"governorate"}), frozenset({"city", "region"})),
    "district": (frozenset({"district", "subdistrict"}), frozenset({"city", "town", "region"})),
    "region": (frozenset({"region", "governorate", "district"}), frozenset({"subdistrict", "town", "city"})),
    "country": (frozenset({"country"}), frozenset()),
}


@dataclass(frozen=True, slots=True)
class Candidate:
    place: Place
    is_current: int
    match: str  # "exact", "variant" or "fuzzy"
    similarity: float  # 1.0 for exact


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = radians(lat1), radians(lat2)
    dp, dl = p2 - p1, radians(lon2 - lon1)
    a = sin(dp / 2) ** 2 + cos(p1) * cos(p2) * sin(dl / 2) ** 2
    return 12742.0 * asin(min(1.0, sqrt(a)))


def governorate_name(key: str) -> str | None:
    """The name inside a key that carries its word of governorate ("محافظه تعز" → "تعز"), else None."""
    head, _, rest = key.partition(" ")
    return rest if rest and head in GOVERNORATE_HEADS else None


def _cue_fit(cue: str, kind: str) -> float:
    full, partial = CUE_FIT.get(cue, (frozenset({cue}), frozenset({"site"})))
    if kind in full:
        return 0.5
    if kind in partial:
        return 0.1
    return -0.3


@dataclass
class Context:
    """What the article's other places say: points, countries, admin1 names."""

    points: list[tuple[Place, str]]  # (place, the query key it answers)
    countries: Counter[str]
    hints: tuple[str, ...]
    unique_loose: dict[str, int] = dataclasses.field(default_factory=dict)  # loose candidates per country
    per_country: dict[str, int] = dataclasses.field(default_factory=dict)  # candidates per country
    names_a_country: bool = False  # the name is a country's: its sentence naming countries says nothing of it
    # the points in radians and their admin1 keys, computed once per context (every candidate reads them)
    _rad: list[tuple[float, float, float, str]] | None = dataclasses.field(default=None, init=False, repr=False)
    _admin1: frozenset[str] | None = dataclasses.field(default=None, init=False, repr=False)

    def distances(self, lat: float, lon: float) -> list[float]:
        """The distance to every point, in the order of ``points``, as ``distance_km`` computes it
        (the same operations in the same order, so the same floats)."""
        if self._rad is None:
            self._rad = [(radians(o.lat), cos(radians(o.lat)), o.lon, o.name_ar or o.name)
                         for o, _k in self.points]
        p1 = radians(lat)
        c1 = cos(p1)
        return [12742.0 * asin(min(1.0, sqrt(sin((p2 - p1) / 2) ** 2 + c1 * c2 * sin(radians(lon2 - lon) / 2) ** 2)))
                for p2, c2, lon2, _name in self._rad]

    def nearest_of(self, distances: list[float]) -> tuple[float, str]:
        """The distance to the nearest point and its name (the first of equals), of the
        ``distances`` to every point."""
        assert self._rad is not None  # (distances built it)
        best_d, best_name = math.inf, ""
        for d, point in zip(distances, self._rad, strict=True):
            if d < best_d:
                best_d, best_name = d, point[3]
        return best_d, best_name

    def nearest(self, lat: float, lon: float) -> tuple[float, str]:
        """The distance to the nearest point and its name (the first of equals), as
        ``distance_km`` computes it."""
        return self.nearest_of(self.distances(lat, lon))

    def admin1_keys(self) -> frozenset[str]:
        if self._admin1 is None:
            self._admin1 = frozenset(name_key(o.admin1_ar or "") for o, _k in self.points)
        return self._admin1


def cands_of(ctx: Context) -> int:
    """How many candidates the query being ranked has (its namesakes and itself)."""
    return sum(ctx.per_country.values())


def score(cand: Candidate, query: PlaceQuery, ctx: Context,
          parents: Sequence[Place], contains: Callable[[Place, Place], bool | None]) -> tuple[float, list[str]]:
    """Raw score of one candidate and the features that made it."""
    p = cand.place
    why: list[str] = []
    if cand.match == "exact":
        s = 1.0
        why.append("exact")
    elif cand.match == "variant":
        s = 0.85
        why.append("variant")
    elif cand.match == "translit":
        s = 0.2 + 2.0 * (cand.similarity - 0.75)
        why.append("latin name")
    else:
        s = 1.2 * (cand.similarity - 0.9) / 0.1 - 0.6
        why.append(f"fuzzy {cand.similarity:.2f}")
    if p.kind in ("governorate", "region") and cand.match == "exact" and ctx.hints and p.country not in ctx.hints and (
            query.cue in ("district", "governorate") or governorate_name(query.key) is not None):
        # "منطقة عسير"، "محافظة X": a governorate named as one is that governorate, whichever
        # country the article's words point to (a condemnation from Morocco of a bombing in Asir);
        # in the article's own country the seat named like it is still preferred (see rank)
        s += NAMED_GOVERNORATE_BONUS
        why.append("named as a governorate")
    if query.cue:
        fit = _cue_fit(query.cue, p.kind)
        s += fit + 0.5 * KIND_PRIOR.get(p.kind, SITE_PRIOR)
        if fit > 0.2:
            why.append(f"cue {query.cue}")
    else:
        s += KIND_PRIOR.get(p.kind, SITE_PRIOR)
    if p.source == "curated":
        s += CURATED_BONUS
        why.append("curated")
    if p.kind not in ADMIN_KINDS:
        s += 0.35 * min(1.0, math.log10(p.population + 1) / 6.0)
    if cand.is_current == 0:
        s -= 0.4
        why.append("not current")
    if ctx.hints:
        if p.country in ctx.hints:
            rank = ctx.hints.index(p.country)
            s += max(0.4, 0.7 - 0.1 * rank)
            why.append(f"country hint {p.country}")
        elif p.country not in ctx.countries:
            prominent = p.kind in ("country", "governorate", "city") or p.population >= 100_000
            s -= 0.6 if prominent else 1.0
            if query.cue in LOCAL_CUES:
                s -= FOREIGN_LOCAL_PENALTY
                why.append("a local place named outside the article's countries")
    if query.own_country and p.kind != "country":
        if p.country == query.own_country:
            s += SENTENCE_COUNTRY_BONUS
            why.append(f"named as a place of {p.country}")
        else:
            s -= OTHER_COUNTRY_PENALTY
    if query.governorates and p.kind not in BROAD_KINDS and name_key(p.admin1_ar or "") in query.governorates:
        # "مناطق عابين وكرش والحمراء بمحافظة لحج": the sentence says which governorate its places lie in
        s += SENTENCE_GOVERNORATE_BONUS
        why.append(f"governorate named in the sentence {p.admin1_ar}")
    if query.countries and p.country in query.countries and not ctx.names_a_country:
        s += SENTENCE_COUNTRY_BONUS
        why.append(f"country named in the sentence {p.country}")
    if p.source == "world" and p.population < WORLD_TRUSTED_POP and p.country not in ctx.hints \
            and p.country not in ctx.countries:
        s -= WORLD_PENALTY  # a world place short of a metropolis needs its country named in the article
        why.append("world place without its country")
    if ctx.countries:
        if p.country in ctx.countries:
            s += 0.35
            if not ctx.hints or p.country not in ctx.hints:
                why.append(f"article places in {p.country}")
        elif not ctx.hints:
            s -= 0.3
    near = False
    if ctx.points and p.kind != "country":
        # the distance to each point, computed once: the nearest, the local places and the places
        # listed with this one all read it
        dists = ctx.distances(p.lat, p.lon)
        best_d, best_name = ctx.nearest_of(dists)
        bonus = 0.6 if best_d < 15 else 0.45 if best_d < 50 else 0.25 if best_d < 150 else 0.1 if best_d < 400 else 0.0
        near = best_d < 50
        if bonus:
            s += bonus
            why.append(f"near {best_name} ({best_d:.0f} km)")
        if best_d > FAR_KM and p.kind not in ADMIN_KINDS and p.population < 100_000 and p.country not in ctx.countries:
            # a small place far from everything else the article names: a namesake
            s -= FAR_PENALTY * (2.0 if best_d > 2 * FAR_KM else 1.0)
        elif best_d > FAR_KM and ctx.per_country.get(p.country, 0) > 1 and p.kind not in BROAD_KINDS \
                and p.population < 100_000:
            # in the article's country too, a district or village far from all its other places
            # needs more than its name: a namesake near them is likelier
            s -= FAR_IN_COUNTRY_PENALTY
            why.append(f"far from the article's places ({best_d:.0f} km)")
        if best_d > VILLAGE_FAR_KM and p.kind == "village" and p.population < 10_000:
            local = [d for d, (o, _k) in zip(dists, ctx.points, strict=True) if o.kind in LOCAL_KINDS]
            if local and min(local) > VILLAGE_FAR_KM:
                s -= VILLAGE_FAR_PENALTY
                why.append(f"village far from the article's local places ({min(local):.0f} km)")
        if query.cue == "neighbourhood" and best_d > NEIGHBOURHOOD_FAR_KM:
            # "حي X": a quarter of a town the article names, not a namesake in another city
            s -= NEIGHBOURHOOD_FAR_PENALTY
            why.append("quarter far from the article's towns")
        if query.listed_with and cands_of(ctx) > 1 and p.kind in LIST_SMALL_KINDS and p.population < 100_000:
            partners = [d for d, (o, k) in zip(dists, ctx.points, strict=True)
                        if k in query.listed_with and o.kind in LIST_ANCHOR_KINDS]
            if partners and min(partners) > LIST_FAR_KM:
                s -= LIST_FAR_PENALTY
                why.append("far from the places listed with it")
        a1 = name_key(p.admin1_ar or "")
        if a1 and a1 in ctx.admin1_keys():
            s += 0.15
            why.append(f"same admin1 {p.admin1_ar}")
    if query.parent_key and parents:
        fits = []
        for parent in parents:
            if parent.place_id == p.place_id:
                continue
            inside = contains(parent, p) if parent.kind in ADMIN_KINDS else None
            if inside is None:
                # "ولاية لوغار جنوب كابول": a province named by the city it borders lies beyond the
                # city's reach; its centre may be as far from the city as a province is wide
                radius = 150.0 if parent.kind in ("governorate", "region") or (
                    p.kind in BROAD_KINDS and query.cue in ("governorate", "region")) else \
                    CITY_PARENT_KM if query.parent_city else 60.0
                inside = distance_km(p.lat, p.lon, parent.lat, parent.lon) < radius
            if inside:
                fits.append(parent)
        if fits:
            near = True
            s += 0.9
            why.append(f"in/near parent {fits[0].name_ar or fits[0].name}")
        elif query.parent_city:
            s -= OUTSIDE_GOVERNORATE_PENALTY
            why.append("outside the town named with it")
        elif query.parent_gov and all(parent.kind in ADMIN_KINDS and contains(parent, p) is False
                                      for parent in parents if parent.place_id != p.place_id):
            s -= OUTSIDE_GOVERNORATE_PENALTY
            why.append("outside the governorate named with it")
        else:
            s -= OUTSIDE_PARENT_PENALTY
    if cand.match in ("translit", "fuzzy") and not near:
        s -= 0.3 if cand.similarity >= 0.8 and ctx.unique_loose.get(p.country) == 1 else 0.8
    if cand.match in ("translit", "fuzzy") and ctx.hints and p.country != ctx.hints[0]:
        s -= 0.8  # a loose spelling match is trusted only in the country the article is about
    return s, why


def to_unit(raw: float) -> float:
    return round(max(0.0, min(1.0, raw / (raw + 1.2) if raw > 0 else 0.0)), 3)


def rank(cands: Sequence[Candidate], query: PlaceQuery, ctx: Context, parents: Sequence[Place],
         contains: Callable[[Place, Place], bool | None]) -> list[tuple[float, Candidate, list[str]]]:
    ctx = dataclasses.replace(ctx, unique_loose=dict(Counter(c.place.country for c in cands if c.match != "exact")),
                              per_country=dict(Counter(c.place.country for c in cands)),
                              names_a_country=any(c.place.kind == "country" for c in cands))
    scored = [(*score(c, query, ctx, parents, contains), c) for c in cands]
    govs = [c.place for c in cands if c.place.kind == "governorate" and c.match == "exact"
            and (not ctx.hints or c.place.country in ctx.hints)]
    if govs:
        for i, (s, why, c) in enumerate(scored):
            if any(c.place.country == g.country and
                   distance_km(c.place.lat, c.place.lon, g.lat, g.lon) < 60 for g in govs):
                scored[i] = (s + 0.4, [*why, "governorate name"], c)
    scored.sort(key=lambda t: (-t[0], t[2].place.place_id))
    return [(s, c, why) for s, why, c in scored]


def is_clear(ranked: Sequence[tuple[float, Candidate, list[str]]], margin: float = 0.5) -> bool:
    """The best candidate passes and no far-away candidate comes close to it."""
    if not ranked or ranked[0][0] < THRESHOLD:
        return False
    best = ranked[0][1].place
    for s, c, _ in ranked[1:]:
        if s < ranked[0][0] - margin:
            break
        if distance_km(best.lat, best.lon, c.place.lat, c.place.lon) > 30:
            return False
    return True


def resolve_article(
    queries: Sequence[PlaceQuery], hints: Sequence[str],
    candidates: Callable[[str], Sequence[Candidate]],
    contains: Callable[[Place, Place], bool | None],
) -> list[Resolution | None]:
    """Two passes: clear queries first, then every query with the clear ones as context."""
    hint_t = tuple(h.upper() for h in hints)
    base = Context(points=[], countries=Counter(), hints=hint_t)
    parent_cache: dict[tuple[str, bool, bool], list[Place]] = {}

    def parents_of(q: PlaceQuery, ctx: Context) -> list[Place]:
        if not q.parent_key:
            return []
        key = (q.parent_key, q.parent_gov, q.parent_city)
        if key not in parent_cache:
            ranked = rank(candidates(q.parent_key), PlaceQuery(key=q.parent_key), ctx, [], contains)
            top = ranked[0][0] if ranked else 0.0
            best = [c.place for s, c, _ in ranked if s >= max(THRESHOLD, top - 0.3)][:5]
            countries = {p.country for p in best}
            best += [c.place for _, c, _ in ranked if c.place.kind in ("governorate", "region")
                     and c.place.country in countries and c.place not in best]
            # "بمحافظة الضالع": the governorate, not its namesake seat, is what holds the place
            units = [p for p in best if p.kind in ("governorate", "region")]
            towns = [p for p in best if p.kind in LOCALITY_KINDS]  # "بمدينة تعز": the town, not its governorate
            parent_cache[key] = units if q.parent_gov and units else towns if q.parent_city and towns else best
        return parent_cache[key]

    # Mentions of one place repeat: rank each distinct query once, and keep each anchor once, so
    # that the work grows with the article's distinct places, not with mentions x anchors.
    first_of: dict[tuple[str, str | None, str | None, tuple[str, ...], bool, bool, tuple[str, ...]], list[tuple[float, Candidate, list[str]]]] = {}
    for q in queries:
        if _same(q) not in first_of:
            first_of[_same(q)] = rank(candidates(q.key), q, base, parents_of(q, base), contains)
    first = [first_of[_same(q)] for q in queries]
    anchors = list({(r[0][1].place.place_id, q.key): (r[0][1].place, q.key)
                    for q, r in zip(queries, first, strict=True) if is_clear(r)}.values())
    done: dict[tuple[str, str | None, str | None, tuple[str, ...], bool, bool, tuple[str, ...]], Resolution | None] = {}
    results: list[Resolution | None] = []
    for q, r in zip(queries, first, strict=True):
        if _same(q) not in done:
            res = _resolve_one(q, r, anchors, hint_t, parents_of(q, base), contains)
            done[_same(q)] = _seat(q, res, candidates) if res is not None and res.place.kind in UNIT_KINDS else res
        results.append(done[_same(q)])

    def fits(q: PlaceQuery, place: Place) -> bool:
        """Whether the parent the text names for a mention (if any) holds the place."""
        parents = parents_of(q, base)
        return not q.parent_key or any(contains(parent, place) for parent in parents)

    return _one_place_per_name(queries, results, fits)


def _one_place_per_name(queries: Sequence[PlaceQuery], results: list[Resolution | None],
                        fits: Callable[[PlaceQuery, Place], bool]) -> list[Resolution | None]:
    """One name, one place in an article: a mention that the text ties to nothing (no parent, no
    adjective of its country) takes the place that another mention of the same name is tied to
    ("قرية القصير" in one sentence, "بقرية القصير بمحافظة درعا" in another), else the best-scored
    place any mention of the name was given; a mention left unresolved takes it too where the
    parent named with it holds it ("في مدينة كيزليار" resolved, "في بلدة كيزليار جنوبي روسيا" not)."""
    tied: dict[str, Resolution] = {}
    best: dict[str, Resolution] = {}
    for q, res in zip(queries, results, strict=True):
        if res is None or res.place.kind not in LOCALITY_KINDS:
            continue  # a governorate and its namesake seat are two places of one name
        name = q.key
        if q.parent_key or q.own_country:
            if name not in tied or res.score > tied[name].score:
                tied[name] = res
        elif name not in best or res.score > best[name].score:
            best[name] = res
    out = list(results)
    for k, (q, res) in enumerate(zip(queries, results, strict=True)):
        chosen = tied.get(q.key) or best.get(q.key)
        if chosen is None:
            continue
        if res is None:
            if fits(q, chosen.place) and (q.own_country is None or q.own_country == chosen.place.country):
                out[k] = Resolution(place=chosen.place, score=chosen.score,
                                    why=f"{chosen.why}; the place this name has elsewhere in the article")
            continue
        if q.parent_key or q.own_country or res.place.kind not in LOCALITY_KINDS:
            continue
        if chosen.place.place_id != res.place.place_id:
            out[k] = Resolution(place=chosen.place, score=res.score,
                                why=f"{chosen.why}; the place this name has elsewhere in the article")
    return out


UNIT_KINDS = frozenset({"district", "subdistrict"})
SEAT_KM = 35.0
_SEAT_ORDER = {"city": 0, "town": 1, "village": 2}


def _seat(q: PlaceQuery, res: Resolution, candidates: Callable[[str], Sequence[Candidate]]) -> Resolution:
    """A district named by its name ("مديرية لودر", "قضاء الطارمية") is coded, as the coders of
    event data code it, at its seat: the town of the same name inside it, where there is one."""
    words = q.key.split(" ")
    bare = " ".join(words[1:]) if len(words) > 1 and words[0] in UNIT_WORDS else q.key
    unit = res.place
    seats = [
        c.place for c in candidates(bare)
        if c.match == "exact" and c.place.kind in _SEAT_ORDER and c.place.country == unit.country
        and (unit.name_ar and c.place.admin2_ar == unit.name_ar
             or distance_km(c.place.lat, c.place.lon, unit.lat, unit.lon) <= SEAT_KM)
    ]
    if not seats:
        return res
    seat = min(seats, key=lambda p: (_SEAT_ORDER[p.kind], -p.population,
                                     distance_km(p.lat, p.lon, unit.lat, unit.lon), p.place_id))
    return Resolution(place=seat, score=res.score, why=f"{res.why}; seat of the district {unit.name}")


def _same(q: PlaceQuery) -> tuple[str, str | None, str | None, tuple[str, ...], bool, bool, tuple[str, ...]]:
    """What ranking reads of a query: mentions equal in these are ranked alike."""
    return q.key, q.cue, q.parent_key, q.countries, q.parent_gov, q.parent_city, q.listed_with


def _resolve_one(q: PlaceQuery, r: list[tuple[float, Candidate, list[str]]], anchors: list[tuple[Place, str]],
                 hint_t: tuple[str, ...], parents: list[Place], contains: Callable[[Place, Place], bool | None],
                 ) -> Resolution | None:
    points = [(p, k) for p, k in anchors if k != q.key]
    ctx = Context(points=[(p, k) for p, k in points if p.kind != "country"],
                  countries=Counter(p.country for p, _ in points), hints=hint_t)
    ranked = rank([c for _, c, _ in r], q, ctx, parents, contains) if points else r
    if not ranked or ranked[0][0] < THRESHOLD:
        return None
    s, c, why = ranked[0]
    if c.match != "exact" and not is_clear(ranked, margin=0.25):
        return None
    return Resolution(place=c.place, score=to_unit(s), why="; ".join(why))
