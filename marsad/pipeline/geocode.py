"""Stage: geocode the drafts' places together, then finish each draft into an ``Event``.

All place mentions of the article are resolved in one call so that they inform each other
(parents, shared country and governorate). A place the gazetteer cannot resolve is dropped
rather than put somewhere wrong, unless a cue word names it ("قرية X"): then it is coded to the
place named with it or just before it, or kept by name without coordinates. Drafts of the same
type and place within a few days are merged (one event, every source and figure kept).
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from marsad.document import Document, Mention
from marsad.geo import Gazetteer
from marsad.geo.rank import distance_km, governorate_name
from marsad.geo.translit import romanize
from marsad.geo.types import Place, PlaceQuery, Resolution
from marsad.knowledge.loader import ActorRecord
from marsad.lang.ar.actors import PEOPLE as _PEOPLE
from marsad.lang.ar.actors import POLICE_VICTIMS as _POLICE_VICTIMS
from marsad.lang.ar.actors import SOLDIER_VICTIMS as _SOLDIER_VICTIMS
from marsad.lang.ar.actors import TOLL_NOUN_BEFORE_FIGURE as _TOLL_NOUN_BEFORE_FIGURE
from marsad.lang.ar.attribution import QUOTES
from marsad.lang.ar.cues import DIRECTION_SIDES as _DIRECTION_SIDES
from marsad.lang.ar.eventwords import ASSAULT_WORDS, BLAST_WORDS
from marsad.lang.ar.morph import DEFINITE_ARTICLE
from marsad.lang.ar.numbers import PART_OF
from marsad.lang.ar.places import UNIT_ONLY_HEADS
from marsad.lang.ar.protest import FORCE_FIRE, PROTESTED_TOLL_REACH
from marsad.lang.ar.triggers import STRIKE
from marsad.merge import combine_count, named_actor, union
from marsad.model import ActorRef, Count, Event, Location, SourceRef, Span
from marsad.pipeline import unharmed
from marsad.pipeline.actors import ActorHit, tables
from marsad.pipeline.candidate import HARD, EventCandidate, VetoPolicy, survives
from marsad.pipeline.dates import DateValue, parse_published
from marsad.pipeline.events import Draft
from marsad.pipeline.framing import past_year, protested, set_off
from marsad.pipeline.hints import country_hints, own_country, sentence_countries
from marsad.pipeline.notes import notes_for
from marsad.pipeline.numbers import VAGUE_WORDS, parse_number, risen_to, strip
from marsad.pipeline.placehit import PlaceHit
from marsad.pipeline.roles import holder
from marsad.taxonomy import EVENT_TYPE, EventType, Inter, Status, SubEventType
from marsad.text import fold

_BROAD_KINDS = frozenset({"country", "governorate", "region"})
BACKGROUND_DAYS = 14
EventKey = tuple[str, str, str | None, str, bool]

# a day more than this many days after the publication day is still to come (one day of slack
# for a paper dated by another time zone than its events)
FUTURE_DAYS = 1


def _compatible(a: ActorRef | None, b: ActorRef | None) -> bool:
    return a is None or b is None or a.name == b.name


def _actor(doc: Document, m: Mention | None, country: str | None) -> tuple[ActorRef | None, tuple[ActorRef, ...]]:
    if m is None:
        return None, ()
    t = tables()
    hit: ActorHit = m.value
    record: ActorRecord = t.record(hit.ids[0])
    if len(hit.ids) > 1 or hit.generic:
        same = [t.record(i) for i in hit.ids if t.record(i).country == country]
        # "الطيران الحربي": the air force of the country the event is in, else the coalition flying there
        supra = [t.record(i) for i in hit.ids if t.record(i).country is None]
        supra.sort(key=lambda r: country not in r.theatres)  # "قوات التحالف" in Yemen: the Saudi-led one
        if not (same or supra):
            return None, ()  # "قوات الأمن" in a country the table has no such force for: unknown
        record = (same or supra)[0]
    evidence = doc.span(m.start, m.end)
    main = _ref(record, country, evidence)
    assoc = tuple(_ref(t.record(i), country, None) for i in hit.assoc)
    return main, assoc


def _ref(record: ActorRecord, country: str | None, evidence: Span | None) -> ActorRef:
    """The coded actor: a unit coded under its parent, with the inter code for where it acted
    (a country's forces are state forces at home and external forces abroad)."""
    t = tables()
    if record.code_as_parent and record.parent and record.parent in t.table:
        record = t.record(record.parent)
    inter = record.inter
    if country and record.country:
        if record.country != country and record.inter_abroad:
            inter = record.inter_abroad
        elif record.country == country and record.inter_home:
            inter = record.inter_home
    return ActorRef(record.id, record.name, record.name_ar, inter, record.country, evidence)


# Events whose author the news often does not know: ACLED codes them to an unidentified armed group.
UNCLAIMED_SUBS = frozenset({
    SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, SubEventType.SUICIDE_BOMB, SubEventType.GRENADE, SubEventType.ATTACK,
    SubEventType.ABDUCTION_FORCED_DISAPPEARANCE, SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK, SubEventType.ARMED_CLASH,
})


def _unidentified(country: str | None) -> ActorRef | None:
    """Unidentified Armed Group (country), with no evidence: the text names no author."""
    record = tables().role("unidentified", country)
    return _ref(record, country, None) if record is not None else None


_HARMFUL = frozenset({EventType.EXPLOSIONS, EventType.VIOLENCE_AGAINST_CIVILIANS})
# events whose other side the kind of event itself names, when the text does not: people
# arrested, abducted or attacked are civilians unless named otherwise; a protest met with force
# met the country's police
_CIVILIAN_TARGETS = frozenset({SubEventType.ARRESTS, SubEventType.ABDUCTION_FORCED_DISAPPEARANCE, SubEventType.ATTACK})


def _default_target(sub: str, actor1: ActorRef, country: str | None) -> ActorRef | None:
    """The second side an event of this kind has by definition, with no evidence."""
    if not country:
        return None
    if sub in _CIVILIAN_TARGETS and actor1.inter != Inter.CIVILIANS:
        record = tables().role("civilians", country)
    elif sub in (SubEventType.PROTEST_WITH_INTERVENTION, SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS):
        record = tables().role("police", country)
    else:
        return None
    return _ref(record, country, None) if record is not None else None


def _people_hit(doc: Document, counts: list[Mention], country: str | None) -> ActorRef | None:
    """A strike or bomb whose toll counts ordinary people ("قتل 24 شخصا عندما انفجرت سيارة ملغومة")
    hit the country's civilians, named by the word after the figure."""
    if not country:
        return None
    tokens = doc.tokens
    for m in counts:
        # the noun after the figure ("24 شخصا"), or the figure's own noun ("مقتل شخص")
        after = [tokens[m.tok_end]] if m.tok_end < len(tokens) and tokens[m.tok_end].sentence == m.sentence else []
        word = next((t for t in [*after, tokens[m.tok_start]] if t.text in _PEOPLE or strip(t.text) in _PEOPLE), None)
        whose = country
        if word is None:
            # or people named by their nationality ("مقتل ثلاثة فرنسيين"): that country's civilians
            named = next(((t, cc) for t in after if (cc := tables().nationals(t.text))), None)
            if named is None:
                continue
            word, whose = named
        record = tables().role("civilians", whose)
        if record is not None:
            return _ref(record, whose, doc.span(word.start, word.end))
    return None


def _forces_hit(doc: Document, counts: list[Mention], country: str | None) -> ActorRef | None:
    """A battle whose toll counts soldiers or policemen ("قتل ثمانية جنود في هجوم شنه مسلحون")
    hit the country's military or police, named by the word after the figure."""
    if not country:
        return None
    tokens = doc.tokens
    for m in counts:
        after = [tokens[m.tok_end]] if m.tok_end < len(tokens) and tokens[m.tok_end].sentence == m.sentence else []
        # or the noun right before the figure, or before it and its adjective ("عسكريين تركيين اثنين"،
        # "جنديين ماليين"); not a definite word, the subject of a verb ("أفادت الشرطة بأن 19 شخصا")
        before = [t for t in tokens[max(0, m.tok_start - _TOLL_NOUN_BEFORE_FIGURE) : m.tok_start]
                  if t.sentence == m.sentence and not t.text.startswith(DEFINITE_ARTICLE)]
        for t in [*after, tokens[m.tok_start], *reversed(before)]:
            role = "military" if t.text in _SOLDIER_VICTIMS else "police" if t.text in _POLICE_VICTIMS else None
            record = tables().role(role, country) if role is not None else None
            if record is not None:
                return _ref(record, country, doc.span(t.start, t.end))
    return None


def recast_sides(doc: Document, drafts: Sequence[Draft], event: Event, sub: str) -> tuple[ActorRef | None, ActorRef | None]:
    """The sides of an event given another sub-type (a learned model revised it), by the rules
    that tie sides to types here: a strike or an attack hit the people its toll counts rather
    than a side that holds the place; a protest or riot has its crowd first."""
    actor1, actor2 = event.actor1, event.actor2
    country = event.location.country if event.location else None
    kind = EVENT_TYPE[sub]
    if kind in _HARMFUL and EVENT_TYPE.get(event.sub_event_type) not in _HARMFUL:
        actor2 = _people_hit(doc, [m for d in drafts for m in (*d.killed, *d.injured)], country) or actor2
    if kind in (EventType.PROTESTS, EventType.RIOTS):
        actor1, actor2 = _crowd(actor1, actor2, "Protesters" if kind == EventType.PROTESTS else "Rioters", country)
    return actor1, actor2


def _crowd(
    actor1: ActorRef | None, actor2: ActorRef | None, role: str, country: str | None
) -> tuple[ActorRef | None, ActorRef | None]:
    """In a protest or riot the crowd is the first side (as ACLED codes it): people named as
    civilians or protesters become the country's protesters (or rioters); a force that
    dispersed or fired on them is the second side. With no crowd named, the country's
    protesters (or rioters) stand in, without evidence."""
    crowd = next((a for a in (actor1, actor2) if a is not None and a.inter in (Inter.RIOTERS, Inter.PROTESTERS, Inter.CIVILIANS)), None)
    other = actor2 if crowd is actor1 else actor1
    inter = 6 if role == "Protesters" else 5
    home = (crowd.country if crowd is not None else None) or country
    if crowd is None or crowd.inter != inter:
        record = tables().role(role.lower(), home)
        if record is None:
            return actor1, actor2
        evidence = crowd.evidence if crowd is not None else None
        crowd = ActorRef(record.id, record.name, record.name_ar, record.inter, record.country, evidence)
    return crowd, other


def _by_fire(doc: Document, killed: list[Mention]) -> bool:
    """A toll whose sentence says by whose fire the people died ("قتلوا برصاص الشرطة")."""
    sentences = {m.sentence for m in killed}
    return any(t.sentence in sentences and (t.text in FORCE_FIRE or strip(t.text) in FORCE_FIRE)
               for t in doc.tokens[max(0, min(m.tok_start for m in killed) - 60) : max(m.tok_end for m in killed) + 60])


def _count(doc: Document, items: list[Mention]) -> Count | None:
    if not items:
        return None
    lows = [m.value.low for m in items]
    highs = [m.value.high for m in items]
    # several figures in one sentence are mostly a total and its parts ("12, among them 3
    # children"): the total is the count; the range still shows every figure given
    best_m = max(items, key=lambda m: m.value.low)
    revised = [m for m in items if risen_to(doc.tokens, m.tok_start)]
    if revised:
        best_m = revised[-1]  # "ارتفع عدد القتلى إلى 16": the latest figure
    evidence = doc.span(best_m.start, best_m.end)
    return Count(best=best_m.value.low, low=min(lows), high=max(highs), evidence=evidence, vague=_vague(evidence.text),
                 revised=bool(revised))


def _sides(doc: Document, m: Mention) -> tuple[int, tuple[str, ...]]:
    """The direction words just before a country's name ("شمالي العراق"، "بجنوب غربي سوريا"): the
    folded offset where they begin and the sides of the country they name; (-1, ()) when none."""
    tokens = doc.tokens
    k = doc.token_at(m.value.ev_start)
    sides: list[str] = []
    start = -1
    while k > 0 and len(sides) < 2 and tokens[k - 1].sentence == m.sentence:
        word = tokens[k - 1].text
        side = _DIRECTION_SIDES.get(word) or (_DIRECTION_SIDES.get(word[1:]) if word[:1] in ("ب", "و", "ف", "ل") else None)
        if side is None:
            break
        sides.insert(0, side)
        k -= 1
        bare = len(word) - (0 if word in _DIRECTION_SIDES else 1)
        start = tokens[k].end - bare
    return start, tuple(sides)


def _written(name: str, key: str | None = None) -> str:
    """A place's name as the location bears it: without the quotation marks the article set it in
    ("مديرية «لودر»" is the district of Lawdar; the evidence keeps the article's own characters),
    and with the alif of its article that "لل" swallows ("للحديدة": of Hodeidah, الحديدة)."""
    written = " ".join("".join(" " if ch in QUOTES else ch for ch in name).split())
    if key is not None and written.startswith("ل") and not written.startswith("ال") \
            and fold("ا" + written.partition(" ")[0]) == key.partition(" ")[0]:
        written = "ا" + written
    return written


def _location(doc: Document, d: Draft, res: Resolution, gazetteer: Gazetteer | None = None) -> Location:
    hit: PlaceHit = d.place.value
    place = res.place
    if place.kind == "country" and gazetteer is not None:
        start, sides = _sides(doc, d.place)
        if sides:
            # "في شمالي العراق": that part of the country, named as written, at a point inside it
            point = gazetteer.country_part(place.country, sides)
            lat, lon = point if point is not None else (place.lat, place.lon)
            name = doc.span(start, hit.name_end)
            return Location(
                name_ar=_written(name.text), name=f"{' '.join(sides).title()} {place.name}", geonames_id=None, lat=lat, lon=lon,
                country=place.country, admin1=None, admin2=None, geo_precision=3, evidence=name,
                place_id=f"{place.place_id}:{'-'.join(sides)}", kind="region", score=round(res.score, 3),
                why=f"{res.why}; the {' '.join(sides)} of the country" + ("" if point else " (coded to the country's point)"),
            )
    precision = 1
    if hit.near:
        precision = 2
    if place.kind in _BROAD_KINDS or hit.cue == "governorate" or hit.key.partition(" ")[0] in UNIT_ONLY_HEADS:
        precision = 3  # "محافظة ادلب" coded at its seat is still the governorate (codebook: precision 3)
    name_span = doc.span(*hit.antecedent) if hit.antecedent else doc.span(hit.name_start, hit.name_end)
    evidence = doc.span(hit.ev_start, hit.name_end)
    if hit.by_adjective and not hit.antecedent:
        name_span = evidence  # "العاصمة البريطانية": the capital as the article names it
    return Location(
        # an adjective ("السودانية") names the country; the location bears the country's name
        name_ar=place.name_ar if hit.nationality else _written(name_span.text, None if hit.antecedent else hit.key),
        name=place.name,
        geonames_id=place.geonames_id,
        lat=place.lat,
        lon=place.lon,
        country=place.country,
        admin1=place.admin1,
        admin2=place.admin2,
        geo_precision=precision,
        evidence=evidence,
        place_id=place.place_id,
        kind=place.kind,
        score=round(res.score, 3),
        why=res.why,
    )


def _nearest_resolved(m: Mention, same_sentence: list[tuple[Mention, Resolution]]) -> Resolution | None:
    """The resolved place named closest to m in its sentence (not a country); ``same_sentence``
    holds the sentence's resolved places, in text order."""
    best: tuple[int, Resolution] | None = None
    for other, r in same_sentence:
        if r.place.kind == "country" or other is m:
            continue
        gap = abs(other.tok_start - m.tok_start)
        if best is None or gap < best[0]:
            best = (gap, r)
    return best[1] if best else None


CONTEXT_SENTENCES = 3


def _context_place(m: Mention, places: list[Mention], resolved: list[Resolution | None],
                   home: str | None = None) -> Resolution | None:
    """The place (a town or a governorate, not a country) named last before m in the few
    sentences before it: the area an unlisted village lies in, as near as the text tells.
    ``places`` are in text order: the search starts at m and goes back a few sentences only.
    With ``home``, the country the article is about, a place in another country is passed over:
    a foreign city named in passing (where an agency or a government spoke) is not the area."""
    for i in range(bisect_left(places, m.start, key=lambda p: p.start) - 1, -1, -1):
        other, r = places[i], resolved[i]
        if m.sentence - other.sentence > CONTEXT_SENTENCES:
            return None
        if r is not None and r.place.kind != "country" and (home is None or r.place.country == home):
            return r
    return None


def _listed(doc: Document, places: list[Mention]) -> list[tuple[str, ...]]:
    """For each place, the keys of the places listed with it in one run of "X وY وZ" (each joined
    to the one before by و, at most one word apart, in one sentence)."""
    runs: list[list[int]] = []
    for k, m in enumerate(places):
        prev = places[k - 1] if k else None
        if (prev is not None and runs and prev.sentence == m.sentence and not prev.value.is_parent
                and not m.value.is_parent and doc.tokens[m.tok_start].text.startswith("و")
                and 0 <= m.tok_start - prev.tok_end <= 1):
            runs[-1].append(k)
        else:
            runs.append([k])
    out: list[tuple[str, ...]] = [() for _ in places]
    for run in runs:
        for k in run:
            out[k] = tuple(dict.fromkeys(places[j].value.key for j in run if places[j].value.key != places[k].value.key))
    return out


def _tied(d: Draft, parents: dict[tuple[int, str], Resolution]) -> bool:
    """A place the text ties to a known parent ("X بمحافظة Y", "X قرب Y"): where no namesake of X
    fits, the codebook codes it to that parent."""
    hit: PlaceHit = d.place.value
    parent = parents.get((d.sentence, hit.parent_key)) if hit.parent_key else None
    return parent is not None and parent.place.kind != "country"


SEAT_KM = 120.0


def _namesake_seat(key: str, governorate: Place, gazetteer: Gazetteer) -> Place:
    """The city or town named like a governorate and lying in it (تعز in محافظة تعز), else the
    governorate itself."""
    bare = governorate_name(key) or key
    seats = [c.place for c in gazetteer.candidates(bare)
             if c.match == "exact" and c.place.kind in ("city", "town") and c.place.country == governorate.country
             and distance_km(c.place.lat, c.place.lon, governorate.lat, governorate.lon) <= SEAT_KM
             and (not governorate.admin1 or c.place.admin1 in (None, governorate.admin1))]
    return max(seats, key=lambda p: (p.kind == "city", p.population)) if seats else governorate


TOWNS_OF_A_COUNTRY = 2  # places found in a country that make it the article's over one named


def _country_named(key: str, res: Resolution, gazetteer: Gazetteer) -> Resolution | None:
    """A country's name without a city word ("في تونس"، "في الكويت") resolved to a place of the same
    name (its capital, or a village elsewhere: "الجزائر" in Lebanon): the country the name is, as a
    country-level event is coded."""
    country = next((c.place for c in gazetteer.candidates(key) if c.place.kind == "country"), None)
    if country is None:
        return None
    return Resolution(country, res.score, "country named")


def _article_country(doc: Document, resolved: list[Resolution | None]) -> str | None:
    """The country the article is about: the first its words point to (``country_hints``), unless
    more of the article's places lie in another, two at least: a country named in passing
    ("جنوب أفريقيا" three times, and its capital once) does not outweigh the country where the
    article's towns lie (باماكو، موبتي), but one foreign city named in passing (a protest in
    Paris) does not outweigh the country named ("روسيا")."""
    found = Counter(r.place.country for r in resolved if r is not None and r.place.kind != "country")
    hints = doc.country_hints
    first = hints[0] if hints else None
    towns, most = max(((n, c) for c, n in found.items()), default=(0, None))
    if most is not None and (first is None or (towns > found.get(first, 0) and towns >= TOWNS_OF_A_COUNTRY)):
        return most
    return first


def _unlisted(
    doc: Document, d: Draft, parents: dict[tuple[int, str], Resolution], nearby: Resolution | None,
    context: Resolution | None, gazetteer: Gazetteer, told: str | None, article_country: str | None,
) -> Location:
    """A place named with its cue word ("قرية X") that no gazetteer holds: coded to its parent
    (X بريف Y، X قرب Y), else to the nearest known place of its sentence, at precision 2, else to
    the place named shortly before it; with none of them, to its country (precision 3): the one
    an adjective after it gives ("مدينة X الكينية"), else the article's. A place in another
    country than its adjective gives it is none of these."""
    hit: PlaceHit = d.place.value
    written = _written(doc.span(hit.name_start, hit.name_end).text, hit.key)
    evidence = doc.span(hit.ev_start, hit.name_end)
    missing = "not in the gazetteer" if hit.info.n_places == 0 else "no place of this name in the gazetteer fits"
    parent = parents.get((d.sentence, hit.parent_key)) if hit.parent_key else None
    parent = parent or nearby
    if told is not None:
        parent = parent if parent is not None and parent.place.country == told else None
        context = context if context is not None and context.place.country == told else None
    if parent is not None and parent.place.kind != "country":
        place = parent.place
        if hit.cue == "neighbourhood" and place.kind == "governorate" and hit.parent_key:
            # "حي X" tied only to its governorate ("وفي محافظة تعز، ... حي X"): a quarter is part of
            # a town, the governorate's seat of the same name where there is one
            place = _namesake_seat(hit.parent_key, place, gazetteer)
        return Location(
            name_ar=written, name=romanize(written), geonames_id=None, lat=place.lat, lon=place.lon,
            country=place.country, admin1=place.admin1, admin2=place.admin2,
            geo_precision=3 if place.kind in _BROAD_KINDS else 2, evidence=evidence, place_id=None,
            kind=hit.cue, score=None, why=f"{missing}; coded to {place.name} named with it",
        )
    if context is not None:
        place = context.place
        return Location(
            name_ar=written, name=romanize(written), geonames_id=None, lat=place.lat, lon=place.lon,
            country=place.country, admin1=place.admin1, admin2=place.admin2,
            geo_precision=3, evidence=evidence, place_id=None, kind=hit.cue, score=None,
            why=f"{missing}; coded to {place.name}, the place the article names nearest before it",
        )
    country = told or article_country
    home = gazetteer.country_place(country) if country else None
    if home is not None:
        return Location(
            name_ar=written, name=romanize(written), geonames_id=None, lat=home.lat, lon=home.lon,
            country=home.country, admin1=None, admin2=None, geo_precision=3, evidence=evidence, place_id=None,
            kind=hit.cue, score=None, why=f"{missing}; coded to its country, {home.name}"
            + ("" if told else " (the country the article is about)"),
        )
    return Location(
        name_ar=written, name=romanize(written), geonames_id=None, lat=None, lon=None, country=country,
        admin1=None, admin2=None, geo_precision=1, evidence=evidence, place_id=None, kind=hit.cue,
        score=None, why=f"{missing}; no coordinates" + (f"; country from the article ({country})" if country else ""),
    )


def run(doc: Document, gazetteer: Gazetteer, soft: VetoPolicy = HARD) -> None:
    """Geocode the drafts and finish them into events, each kept on the document as an
    ``EventCandidate`` with the drafts behind it. A draft that a rule here rules out (an
    overview sentence, an old date) is dropped, unless its reason is in ``soft``: then it is marked."""
    drafts: list[Draft] = doc.drafts
    if not drafts:
        return
    places = doc.of("place")
    named = sentence_countries(doc)
    governorates: dict[int, list[str]] = {}  # "مناطق عابين وكرش والحمراء بمحافظة لحج": where its places lie
    for m in places:
        name = governorate_name(m.value.key) or (m.value.key if m.value.cue == "governorate" else None)
        if name:
            governorates.setdefault(m.sentence, []).append(name)
    queries = [
        PlaceQuery(key=m.value.key, cue=m.value.cue, parent_key=m.value.parent_key, parent_gov=m.value.parent_gov,
                   parent_city=m.value.parent_city,
                   sentence=m.sentence,
                   evidence=doc.span(m.start, m.end).text, countries=named.get(m.sentence, ()),
                   own_country=own_country(doc, m), listed_with=partners,
                   governorates=tuple(k for k in governorates.get(m.sentence, ()) if k != m.value.key))
        for m, partners in zip(places, _listed(doc, places), strict=True)
    ]
    told_by = {m.start: q.own_country for m, q in zip(places, queries, strict=True)}  # each place's adjective country
    doc.country_hints = country_hints(doc)
    resolved = gazetteer.resolve(queries, country_hints=doc.country_hints)
    by_start = {m.start: r for m, r in zip(places, resolved, strict=True)}
    overview = _overview_sentences(places, resolved)
    parents = {(m.sentence, m.value.key): r for m, r in zip(places, resolved, strict=True) if r is not None}
    in_sentence: dict[int, list[tuple[Mention, Resolution]]] = {}
    for m, r in zip(places, resolved, strict=True):
        if r is not None:
            in_sentence.setdefault(m.sentence, []).append((m, r))
    nearby = {m.start: _nearest_resolved(m, in_sentence.get(m.sentence, []))
              for m, r in zip(places, resolved, strict=True) if r is None}
    reference = _reference_day(doc)
    published = parse_published(doc.published)
    merged: dict[EventKey, Event] = {}
    members: dict[str, list[Draft]] = {}
    order: list[EventKey] = []
    same_kind: dict[tuple[str, str, str, bool], list[EventKey]] = {}  # the keys of order by (sub, place, status, vetoed)
    same_type: dict[tuple[str, str, str, bool], list[EventKey]] = {}  # the same by event type
    located: list[tuple[Draft, Location]] = []
    article_country = _article_country(doc, resolved)
    national: tuple[Draft, Resolution] | None = None
    nationals: list[tuple[Draft, Resolution]] = []  # doubtful country-level candidates (soft vetoes only)
    totals = {s for s in {d.sentence for d in drafts} if _total_broken_down(doc, s)}
    # "ارتفاع العدد الإجمالي للقتلى إلى 3216 جراء غارات التحالف منذ سبتمبر": a toll in the thousands
    # that no event of its sentence takes as its own (a summing-up is never attached) is the sentence's
    # running total; an event of the sentence with a toll of its own keeps it ("قتل خمسة ... ليرتفع
    # العدد إلى 3000")
    thousands = {m.sentence for m in doc.of("count") if m.value.role == "killed" and m.value.low >= RUNNING_TOTAL}
    for d in drafts:
        res = _inside_parent(d, by_start.get(d.place.start), parents)
        if res is not None and res.place.kind == "country" and d.place.value.street:
            res = None  # "في شارع فلسطين": a street named after a country is no country
        late: list[str] = []
        if d.sentence in overview:
            late.append("overview_sentence")  # a sentence that sweeps across regions is analysis, not a report of one event
        if d.date is not None and (_month_only(d.date) or not d.date.relative and _background_date(d.date.day, reference)):
            late.append("old_date")
        if any(m.value.low >= RUNNING_TOTAL for m in d.killed) or d.sentence in totals \
                or (not d.killed and d.sentence in thousands):
            late.append("running_total")  # "مقتل 2927 على الأقل ... جراء غارات التحالف": a count over months
        if "past_year" not in d.vetoes and d.place.sentence == d.sentence and past_year(doc, d.place, published):
            late.append("past_year")  # "كما وقعت أجزاء من محافظة الأنبار تحت سيطرته عام 2014": the place's clause is history
        if _tallied(doc, d.trigger):
            late.append("weapon_tally")  # "حصر أكثر من 600 ألف لغم": weapons counted, none used
        if late:
            if not survives((*d.vetoes, *late), soft):
                continue
            d.vetoes = (*d.vetoes, *late)
        if d.national:
            if res is not None and res.place.kind != "country":
                res = _country_named(d.place.value.key, res, gazetteer)
            if res is None:
                continue
            if (national is None and not d.vetoes and d.status == Status.OCCURRED
                    and (EVENT_TYPE[d.sub] in _NATIONAL_TYPES or d.sub in _NATIONAL_SUBS)
                    and d.sub != SubEventType.CHEMICAL_WEAPON):
                national = (d, res)
            else:
                # a doubtful country-level candidate (one after the lead carries its doubt already)
                extra = () if "national_later" in d.vetoes else ("national_extra",)
                if survives((*d.vetoes, *extra), soft):
                    d.vetoes = (*d.vetoes, *extra)
                    nationals.append((d, res))
            continue
        if res is not None and res.place.kind != "country":
            location = _location(doc, d, res)
        elif res is None and (d.place.value.named or (d.place.value.cue and told_by.get(d.place.start))
                              or _tied(d, parents)):
            # a village the gazetteer lacks ("قرية X"), or holds only as namesakes far away or
            # in another country than the one an adjective gives it ("مدينة سالزبوري البريطانية";
            # with no cue word, "السفيرة الأمريكية" is a person), or outside the place the text
            # ties it to ("جبهة X جنوب Y بمحافظة Z")
            context = _context_place(d.place, places, resolved, article_country)
            location = _unlisted(doc, d, parents, nearby.get(d.place.start), context, gazetteer,
                                 told_by.get(d.place.start), article_country)
        else:
            continue  # unknown place, or a whole country: too vague to be one event
        located.append((d, location))
    if national is not None and all(d.vetoes for d, _ in located):
        # an article whose only event the lead reports for a whole country ("غارة للتحالف العربي
        # في اليمن", "أعادت السلطات السودانية اعتقال"): one event coded to the country
        located.append((national[0], _location(doc, *national, gazetteer)))
    elif national is not None and survives((*national[0].vetoes, "national_extra"), soft):
        national[0].vetoes = (*national[0].vetoes, "national_extra")
        nationals.insert(0, national)
    located += [(d, _location(doc, d, r, gazetteer)) for d, r in nationals]
    for d, location in located:
        actor1, assoc1 = _actor(doc, d.actor1, location.country)
        actor2, assoc2 = _actor(doc, d.actor2, location.country)
        if actor1 is not None and actor2 is not None and actor1.name == actor2.name:
            actor2, assoc2 = None, ()  # two mentions of one side ("الجيش ... القوات الحكومية")
        sub = d.sub
        if sub == SubEventType.GOVERNMENT_REGAINS_TERRITORY and actor1 is not None and actor1.country is not None \
                and location.country is not None and actor1.country != location.country:
            # "سيطرت القوات التركية على بلدة راجو" in Syria: a foreign state's forces take ground, as
            # non-state actors do; no government regains its own territory
            sub = SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY
        if sub == SubEventType.ARMED_CLASH and any(
                a is not None and a.inter in (Inter.RIOTERS, Inter.PROTESTERS) for a in (actor1, actor2)):
            sub = SubEventType.VIOLENT_DEMONSTRATION  # "اشتباكات بين المحتجين وقوات الأمن": a riot, not a battle
        elif sub in (SubEventType.ATTACK, SubEventType.LOOTING_PROPERTY_DESTRUCTION) and actor1 is not None \
                and actor1.inter in (Inter.RIOTERS, Inter.PROTESTERS):
            sub = SubEventType.VIOLENT_DEMONSTRATION  # "أضرم محتجون النار في مركز للشرطة": protesters turned violent riot
        if EVENT_TYPE[sub] in (EventType.PROTESTS, EventType.RIOTS):
            role = "Protesters" if EVENT_TYPE[sub] == EventType.PROTESTS else "Rioters"
            actor1, actor2 = _crowd(actor1, actor2, role, location.country)
        killed = d.killed
        if EVENT_TYPE[sub] in (EventType.PROTESTS, EventType.RIOTS):
            # "أحرق محتجون مركزاً للشرطة احتجاجاً على مقتل شاب": the death protested is another event's toll
            killed = [m for m in killed if not protested(doc, m, PROTESTED_TOLL_REACH) and not set_off(doc, m)]
        if sub in (SubEventType.PEACEFUL_PROTEST, SubEventType.PROTEST_WITH_INTERVENTION) and (killed or d.injured):
            if _by_fire(doc, killed or d.injured):
                # protesters shot dead or wounded by the force that met them ("أصيب عشرة متظاهرين برصاص الأمن")
                sub = SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS
            else:
                killed = []  # "احتجاجا على مقتل الصحفي": the death protested is another event's toll
        elif (sub == SubEventType.ARMED_CLASH and actor2 is not None and actor2.inter == Inter.CIVILIANS
              and (actor1 is None or actor1.inter != Inter.CIVILIANS)):
            # an attack with no weapon named on unarmed people is violence against civilians,
            # not a battle: a battle needs two armed sides (codebook, rulings: attacks on unarmed people)
            sub = SubEventType.ATTACK
            actor1 = actor1 or _unidentified(location.country)
        elif (sub == SubEventType.ARMED_CLASH and actor2 is None and d.trigger.value.lemma in ASSAULT_WORDS
              and (actor1 is None or actor1.inter not in (Inter.STATE_FORCES, Inter.EXTERNAL_OTHER_FORCES))
              and (people := _people_hit(doc, d.killed + d.injured, location.country)) is not None):
            # "هجوم ... قتل فيه تسعة أشخاص": an assault whose toll counts ordinary people and names
            # no armed side against the attacker hit civilians (codebook, rulings: attacks on unarmed people)
            sub, actor2 = SubEventType.ATTACK, people
            actor1 = actor1 or _unidentified(location.country)
        elif actor1 is None and sub in UNCLAIMED_SUBS:
            actor1 = _unidentified(location.country)
        if ((sub == SubEventType.ARMED_CLASH or EVENT_TYPE[sub] == EventType.EXPLOSIONS) and actor2 is None
                and (forces := _forces_hit(doc, d.killed + d.injured, location.country)) is not None
                and (actor1 is None or actor1.actor_id != forces.actor_id)):
            # "قتل ثمانية جنود في هجوم شنه مسلحون"، "مقتل عسكريين اثنين في انفجار سيارة مفخخة": the
            # soldiers the toll counts were the side attacked
            actor2 = forces
        if EVENT_TYPE[sub] in _HARMFUL and (actor2 is None or (d.actor2 is not None and (
                holder(doc, d.actor2) or d.actor2.sentence != d.sentence))):
            # the people a toll counts were hit, rather than the side that holds the place or a
            # side the report never names (the article's enemy of the actor, see events._opponents)
            actor2 = _people_hit(doc, d.killed + d.injured, location.country) or actor2
        if actor1 is not None and actor2 is not None and actor1.actor_id == actor2.actor_id:
            actor2 = None  # two names of one side ("القوات الموالية للحكومة" and its army): no other side named
        if actor2 is None and actor1 is not None:
            actor2 = _default_target(sub, actor1, location.country)
        if sub == SubEventType.PEACEFUL_PROTEST:
            actor2, assoc2 = None, ()  # a peaceful protest has one side: what it protests is no actor (ACLED)
        date: str | None = published.isoformat() if published else None
        precision, basis, date_span = 3, "publication_date" if published else "default", None
        if d.date is not None:
            date, precision, basis = d.date.day.isoformat(), d.date.precision, "text"
            date_span = doc.span(*d.date_span) if d.date_span else None
        status, status_evidence = d.status, doc.span(*d.status_span) if d.status_span else None
        if (status == Status.OCCURRED and d.date is not None and published is not None and d.date.precision == 1
                and (d.date.day - published).days > FUTURE_DAYS):
            # "تنطلق الإضرابات يوم الخميس 15 ديسمبر" in a paper of 5 December: a day still to come
            # is announced, not reported
            status, status_evidence = Status.PLANNED, date_span
        # an agreement, an arrest or a handover kills no one: figures near them are another event's
        fatalities = _count(doc, killed) if EVENT_TYPE[sub] != EventType.STRATEGIC_DEVELOPMENTS else None
        injured = _count(doc, d.injured)
        sources = tuple(SourceRef(m.value.name, m.value.name_ar, doc.span(m.start, m.end)) for m in d.sources)
        # people arrested are no target of violence (Strategic developments)
        civilian = actor2 is not None and actor2.inter == Inter.CIVILIANS and EVENT_TYPE[sub] != EventType.STRATEGIC_DEVELOPMENTS
        sentence = doc.sentences[d.sentence]
        # a draft a rule vetoed stays a candidate of its own: it never changes an event the rules kept
        # (plain strings: the event id below hashes the key's text)
        key: EventKey = (str(sub), location.place_id or location.name_ar, date, str(status), bool(d.vetoes))
        # the same kind of event at the same place a day or two apart is mostly one event
        # dated from different anchors ("أمس", "الخميس", the publication day)
        key = next((k for k in same_kind.get((key[0], key[1], key[3], key[4]), ())
                    if _days_apart(k[2], date) <= SAME_EVENT_DAYS), key)
        if d.inherited and key not in merged and _generic(d):
            # "... هجوم انتحاري في سوروتش. واتهم المسؤولون التنظيم بالتفجير الذي أوقع 32 قتيلا": a
            # sentence that names no place and goes on, in a word that names no weapon, about an
            # event of the kind told before at the place it inherits tells more of that event (its
            # toll); the one told last, nearest before it. A word that names its weapon ("القصف
            # المدفعي" after "الغارات") is an event of its own
            key = next((k for k in reversed(same_type.get((str(EVENT_TYPE[sub]), key[1], key[3], key[4]), ()))
                        if _days_apart(k[2], date) <= SAME_EVENT_DAYS), key)
        event_id = hashlib.sha1(f"{doc.article_id}|{key if key[4] else key[:4]}".encode()).hexdigest()[:16]
        event = Event(
            id=event_id,
            event_type=EVENT_TYPE[sub],
            sub_event_type=sub,
            status=status,
            status_evidence=status_evidence,
            date=date,
            time_precision=precision,
            date_evidence=date_span,
            date_basis=basis,
            actor1=actor1,
            assoc_actor_1=assoc1,
            actor2=actor2,
            assoc_actor_2=assoc2,
            location=location,
            fatalities=fatalities,
            injured=injured,
            civilian_targeting=civilian,
            sources=sources,
            trigger=doc.span(d.trigger.start, d.trigger.end),
            sentence=doc.span(sentence.start, sentence.end),
            notes="",
            confidence=d.confidence,
        )
        members.setdefault(event_id, []).append(d)
        if key in merged:
            merged[key] = _merge(merged[key], event)
        else:
            merged[key] = event
            order.append(key)
            same_kind.setdefault((key[0], key[1], key[3], key[4]), []).append(key)
            same_type.setdefault((str(EVENT_TYPE[sub]), key[1], key[3], key[4]), []).append(key)
    order = _subsume(order, merged, members)
    events = _lead_count(doc, _fold_levels([merged[key] for key in order], members, gazetteer))
    events = unharmed.fill(doc, events, members)
    doc.candidates.extend(EventCandidate(_with_notes(e), tuple(members[e.id])) for e in events)
    doc.events.extend(c.event for c in doc.candidates)


# A toll in the thousands is a running total of a war or a campaign, not the toll of one event
# (codebook, rulings: totals are never events); the hand-coded events never pass 250.
RUNNING_TOTAL = 1000
LEAD_SENTENCES = 2
# events a country-wide lead still reports as one event ("قتل جنديان في انفجار لغم في جنوب شرق
# تركيا"); battles and protests named for a whole country are mostly a campaign or a movement,
# and chemical weapons a policy debated ("التحقيق في الهجمات بالأسلحة الكيميائية")
_NATIONAL_TYPES = frozenset({EventType.EXPLOSIONS, EventType.VIOLENCE_AGAINST_CIVILIANS})
# arrests across a country, and an agreement (a truce, a ceasefire) between a state and its enemies
_NATIONAL_SUBS = frozenset({SubEventType.ARRESTS, SubEventType.AGREEMENT})


def _total_broken_down(doc: Document, sentence: int) -> bool:
    """"أكثر من 1401 بينهم 276 طفلا عدد القتلى": a figure in the thousands that a breakdown
    follows is the whole of a count over time (of the dead or the wounded), whatever the words
    of death stand next to."""
    tokens = doc.tokens
    sent = doc.sentences[sentence]
    for i in range(doc.token_at(sent.start), len(tokens)):
        if tokens[i].sentence != sentence:
            break
        parsed = parse_number(tokens, i)
        if parsed is None or parsed[0] < RUNNING_TOTAL or parsed[2]:
            continue
        # the figure's noun may stand before the breakdown ("أكثر من 5200 مدني بينهم مئات الأطفال")
        for j in (i + parsed[1], i + parsed[1] + 1):
            if j < len(tokens) and tokens[j].sentence == sentence and (
                    tokens[j].text in PART_OF or tokens[j].text == "من" and j + 1 < len(tokens) and tokens[j + 1].text in PART_OF):
                return True
    return False


def _tallied(doc: Document, trigger: Mention) -> bool:
    """"حصر 600 ألف لغم"، "آلاف الصواريخ": the event word counted in the thousands names
    weapons counted or stored, not one used."""
    tokens = doc.tokens
    for back in (1, 2, 3):
        i = trigger.tok_start - back
        if i < 0 or tokens[i].sentence != trigger.sentence:
            break
        parsed = parse_number(tokens, i)
        if parsed is not None and i + parsed[1] == trigger.tok_start and parsed[0] >= RUNNING_TOTAL and not parsed[2]:
            return True
    return False


def _lead_count(doc: Document, events: list[Event]) -> list[Event]:
    """The lead often gives the toll of the article's main event at a place too vague to
    code ("غارة على منطقة شرق سوريا أدت لمقتل 54 شخصا"), and the body then names the
    village: the first event of the lead's type, with no toll of its own, takes the lead's
    toll. Only when the lead itself gave no event."""
    for s in doc.sentences[:LEAD_SENTENCES]:
        raw = doc.span(s.start, s.end)
        if any(raw.start <= e.sentence.start < raw.end for e in events):
            return events
        killed = [c for c in doc.of("count") if c.sentence == s.index and c.value.role == "killed"]
        types = {EVENT_TYPE.get(t.value.sub, EventType.EXPLOSIONS if t.value.sub == STRIKE else "")
                 for t in doc.of("trigger") if t.sentence == s.index}
        if not killed or not types:
            continue
        for k, e in enumerate(events):
            if e.event_type in types:
                if e.fatalities is None:
                    # the people the lead's toll counts were hit ("قتل أربعة أشخاص في انفجار عبوة")
                    hit = _people_hit(doc, killed, e.location.country if e.location else None) \
                        if e.actor2 is None and e.event_type in _HARMFUL else None
                    events[k] = replace(e, fatalities=_count(doc, killed), actor2=hit or e.actor2)
                return events
        return events
    return events


SAME_EVENT_DAYS = 3


def _within(place: Location, governorate: Location, gazetteer: Gazetteer) -> bool:
    """A place of the governorate: its first-level unit (by name, or by the boundary that holds
    both points, as sources spell one governorate differently), or its namesake seat (عدن in
    محافظة عدن)."""
    if place.kind in _BROAD_KINDS:
        return False
    if governorate.admin1 and place.admin1 == governorate.admin1:
        return True
    if place.country and place.country == governorate.country and None not in (
            place.lat, place.lon, governorate.lat, governorate.lon):
        unit = gazetteer.admin1_unit(place.lat or 0.0, place.lon or 0.0, place.country)
        if unit is not None and unit == gazetteer.admin1_unit(governorate.lat or 0.0, governorate.lon or 0.0,
                                                              place.country):
            return True
    return bool(place.name_ar) and fold(place.name_ar) in fold(governorate.name_ar).split()


NEIGHBOURHOOD_KM = 25.0


def _inside_parent(d: Draft, res: Resolution | None, parents: dict[tuple[int, str], Resolution]) -> Resolution | None:
    """"حي المغاير في حلب القديمة": a neighbourhood lies in the town named with it; a namesake far
    from that town is not it (the neighbourhood is then coded as one the gazetteer lacks)."""
    hit: PlaceHit = d.place.value
    if res is None or hit.cue != "neighbourhood" or not hit.parent_key:
        return res
    parent = parents.get((d.sentence, hit.parent_key))
    if parent is None or parent.place.kind in _BROAD_KINDS:
        return res
    far = distance_km(res.place.lat, res.place.lon, parent.place.lat, parent.place.lon) > NEIGHBOURHOOD_KM
    return None if far else res


CITY_KM = 10.0
OUTSKIRTS_KM = 30.0


def _in_city(place: Location, city: Location) -> bool:
    """A neighbourhood (or one coded to its town) close to the town's centre."""
    if place.kind != "neighbourhood" or None in (place.lat, place.lon, city.lat, city.lon):
        return False
    return distance_km(place.lat or 0.0, place.lon or 0.0, city.lat or 0.0, city.lon or 0.0) <= CITY_KM


def _fold_levels(events: list[Event], members: dict[str, list[Draft]], gazetteer: Gazetteer) -> list[Event]:
    """"انتزع الجيش مواقع في محافظة صعدة" and "سيطر الجيش على مواقع في جبهة علب بصعدة": an event
    coded at a governorate and one of the same kind in a place of that governorate, days apart
    at most, are one event told at two levels of detail; the precise place is kept (a governorate
    coded at its seat is a governorate here: "غارات على مناطق في محافظة ادلب" and "غارة على
    مدينة معرة النعمان"). So are an event in a city and one in a neighbourhood of it ("سقط صاروخ على حي شعبي في حلب" and "سقط
    الصاروخ على حي المغاير")."""
    out = list(events)
    for broad in events:
        loc = broad.location
        if loc is None or loc.kind not in ("governorate", "city") or not any(e is broad for e in out):
            continue  # (or one already merged into another)
        # "محافظة ادلب" is coded at its seat (a city, geo_precision 3) but names the governorate
        governorate = loc.kind == "governorate" or loc.geo_precision == 3
        vetoed = all(d.vetoes for d in members[broad.id])
        keys = {d.place.value.key for d in members[broad.id]}
        inner = next((k for k, e in enumerate(out) if e is not broad and e.location is not None
                      and all(d.vetoes for d in members[e.id]) == vetoed
                      and (_within(e.location, loc, gazetteer) if governorate else
                           _in_city(e.location, loc) or _named_by(members[e.id], keys, e.location, loc))
                      and e.sub_event_type == broad.sub_event_type
                      and e.status == broad.status and _days_apart(e.date, broad.date) <= SAME_EVENT_DAYS), None)
        if inner is not None:
            out[inner] = _merge(out[inner], broad)
            members[out[inner].id] += members[broad.id]
            out.remove(broad)
    return out


def _named_by(drafts: list[Draft], keys: set[str], place: Location, city: Location) -> bool:
    """"غارات على مناطق الحصيبة والملاحمة شرقي الرمادي" and "غارات قرب الرمادي": a place the
    text locates by the city (its parent), within the city's reach, is where the city's event of
    the same kind was told in detail."""
    if place.kind in _BROAD_KINDS or None in (place.lat, place.lon, city.lat, city.lon):
        return False
    return any(d.place.value.parent_key in keys for d in drafts) and \
        distance_km(place.lat or 0.0, place.lon or 0.0, city.lat or 0.0, city.lon or 0.0) <= OUTSKIRTS_KM


def _generic(d: Draft) -> bool:
    """The draft's event word names no weapon or means: an explosion, an assault, a strike word alone."""
    return d.weaponless or d.trigger.value.lemma in BLAST_WORDS or d.trigger.value.lemma in ASSAULT_WORDS


# A suicide bombing is also told as the blast it was ("فجر انتحاري نفسه ... وأدى الانفجار إلى
# مقتل"): an explosion at its place and day is that bombing, not a second event.
SUBSUMED = {str(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED): str(SubEventType.SUICIDE_BOMB)}


def _subsume(order: list[EventKey], merged: dict[EventKey, Event], members: dict[str, list[Draft]]) -> list[EventKey]:
    """The keys of ``order`` less those of events another one of the article subsumes (same
    place, status and vetoing, a day or two apart), merged into it."""
    out: list[EventKey] = []
    for key in order:
        into = SUBSUMED.get(key[0])
        target = None if into is None else next(
            (k for k in order if k[0] == into and k[1] == key[1] and k[3:] == key[3:]
             and _days_apart(k[2], key[2]) <= SAME_EVENT_DAYS), None)
        if target is None:
            out.append(key)
            continue
        part = merged.pop(key)
        merged[target] = _merge(merged[target], part)
        members[merged[target].id].extend(members.pop(part.id))
    return out


def _days_apart(a: str | None, b: str | None) -> int:
    if a is None or b is None:
        return 0 if a == b else SAME_EVENT_DAYS + 1
    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)


def _vague(figure: str) -> bool:
    """Whether the words of a figure are a vague quantity ("عشرات", "العديد من")."""
    return strip(fold(figure)) in VAGUE_WORDS


def _merge(a: Event, b: Event) -> Event:
    """Two reports of one event in the article, combined by the rule of ``marsad.merge``; the date
    the text gives beats a default one."""
    dated = b if a.date_basis != "text" and b.date_basis == "text" else a
    actor1, actor2 = named_actor(a.actor1, b.actor1), named_actor(a.actor2, b.actor2)
    if actor1 is not None and actor2 is not None and actor1.actor_id == actor2.actor_id:
        # one report names the side first, the other second: it is one side, the other unnamed
        actor2 = next((x for x in (a.actor2, b.actor2) if x is not None and x.actor_id != actor1.actor_id), None)
    return replace(
        a,
        date=dated.date,
        time_precision=dated.time_precision,
        date_evidence=dated.date_evidence,
        date_basis=dated.date_basis,
        actor1=actor1,
        actor2=actor2,
        fatalities=combine_count(a.fatalities, b.fatalities),
        injured=combine_count(a.injured, b.injured),
        sources=union(a.sources, b.sources, key=lambda s: s.name),
        civilian_targeting=a.civilian_targeting or b.civilian_targeting,
    )


OVERVIEW_ROUTES = 2
OVERVIEW_PLACES = 7
OVERVIEW_SPREAD_KM = 250.0


def _overview_sentences(places: list[Mention], resolved: list[Resolution | None]) -> set[int]:
    """Sentences that sweep across the map: several routes ("two offensives, one through
    Palmyra and Deir ez-Zor, the other through the Qalamoun", "the road from Tehran to
    Damascus"), or many places far apart."""
    points: dict[int, list[tuple[float, float]]] = {}
    routes: dict[int, int] = {}
    for m, r in zip(places, resolved, strict=True):
        if m.value.route:
            routes[m.sentence] = routes.get(m.sentence, 0) + 1
        if r is not None and r.place.kind not in _BROAD_KINDS:
            points.setdefault(m.sentence, []).append((r.place.lat, r.place.lon))
    out = {sentence for sentence, n in routes.items() if n >= OVERVIEW_ROUTES}
    for sentence, pts in points.items():
        unique = set(pts)
        if len(unique) >= OVERVIEW_PLACES and max(distance_km(*a, *b) for a in unique for b in unique) > OVERVIEW_SPREAD_KM:
            out.add(sentence)
    return out


def _reference_day(doc: Document) -> date | None:
    """The day the article speaks from: its publication date, else the latest date it names."""
    pub = parse_published(doc.published)
    if pub is not None:
        return pub
    days = [m.value.day for m in doc.of("date")]
    return max(days) if days else None


def _month_only(value: DateValue) -> bool:
    """"الشهر الماضي": a time told by its month alone, counted back from the publication day, is
    background (codebook, rulings: month-level mentions), however close the month."""
    return value.relative and value.precision >= MONTH_PRECISION


MONTH_PRECISION = 3


def _background_date(day: date, reference: date | None) -> bool:
    """A date more than two weeks before the article's day belongs to background, not to the news."""
    return reference is not None and (reference - day).days > BACKGROUND_DAYS


def _with_notes(e: Event) -> Event:
    return replace(e, notes=notes_for(e))
