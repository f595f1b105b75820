"""Merging reports of the same event across articles: pure functions over typed records.

A *report* is one event extracted from one article. Reports from different articles join one
merged event when they agree on everything that identifies an event (codebook section 1):

- the same ``event_type`` and the same sub-event family (``FAMILIES``);
- compatible dates: the same day at time precision 1, overlapping windows at 2 and 3;
- the same place: the same gazetteer place, or within ``MAX_KM`` at geo precision 1, or the same
  admin2 when either side is coded at precision 2 or 3 (within ``MAX_KM`` when one side's admin2
  is unknown); never across countries or admin1;
- compatible actors: no conflicting named actor on either side (one side unknown is fine);
- status ``occurred`` on both sides (other statuses stay their own events);
- different articles (the extractor already merged what one article says twice).

A report joins an event only when it is compatible with *every* report already in it, so a chain
of near matches never drifts across places. The merged event's toll, sides and sources combine
by the rule of ``marsad.merge``, the same as reports of one event within an article (an exact
figure beats a vague one; of conflicting figures the smallest is best). Nothing here touches storage.
"""

from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import reduce

from marsad.geo.rank import distance_km
from marsad.merge import combine_counts, named_actor, union
from marsad.model import ActorRef, Count, Event
from marsad.taxonomy import Status, SubEventType

MAX_KM = 10.0
WEEK_HALF_DAYS = 3  # time precision 2: the coded day plus or minus three days (a week)

# Sub-event types that outlets use for the same happening: one family, may merge.
FAMILIES: dict[str, str] = {
    SubEventType.ARMED_CLASH: "battle",
    SubEventType.GOVERNMENT_REGAINS_TERRITORY: "battle",
    SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY: "battle",
    SubEventType.AIR_DRONE_STRIKE: "strike",
    SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK: "strike",
    SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED: "explosive",
    SubEventType.SUICIDE_BOMB: "explosive",
    SubEventType.GRENADE: "explosive",
    SubEventType.PEACEFUL_PROTEST: "protest",
    SubEventType.PROTEST_WITH_INTERVENTION: "protest",
    SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS: "protest",
    SubEventType.VIOLENT_DEMONSTRATION: "riot",
    SubEventType.MOB_VIOLENCE: "riot",
}


@dataclass(frozen=True, slots=True)
class Report:
    """One extracted event of one article, as the merger sees it."""

    report_id: int
    article_key: str
    event_type: str
    sub_event_type: str
    status: str
    date: str | None  # None: unknown (such a report never merges)
    time_precision: int
    place_id: str | None
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    admin2: str | None
    geo_precision: int | None
    location_name: str | None
    location_name_ar: str | None
    actor1: ActorRef | None
    actor2: ActorRef | None
    fatalities: Count | None
    injured: Count | None
    civilian_targeting: bool = False
    sources: tuple[str, ...] = ()
    outlet: str | None = None
    reported: str | None = None  # when the article was published (else ingested), ISO
    notes: str = ""
    assoc_actor_1: tuple[str, ...] = ()
    assoc_actor_2: tuple[str, ...] = ()

    @property
    def has_place(self) -> bool:
        return bool(self.place_id or self.admin2 or (self.lat is not None and self.lon is not None))


def report_from_event(
    event: Event, *, article_key: str, outlet: str | None, reported: str | None, report_id: int = 0
) -> Report:
    loc = event.location
    return Report(
        report_id=report_id,
        article_key=article_key,
        event_type=event.event_type,
        sub_event_type=event.sub_event_type,
        status=event.status,
        date=event.date,
        time_precision=event.time_precision,
        place_id=loc.place_id if loc else None,
        lat=loc.lat if loc else None,
        lon=loc.lon if loc else None,
        country=loc.country if loc else None,
        admin1=loc.admin1 if loc else None,
        admin2=loc.admin2 if loc else None,
        geo_precision=loc.geo_precision if loc else None,
        location_name=loc.name if loc else None,
        location_name_ar=loc.name_ar if loc else None,
        actor1=event.actor1,
        actor2=event.actor2,
        fatalities=event.fatalities,
        injured=event.injured,
        civilian_targeting=event.civilian_targeting,
        sources=tuple(dict.fromkeys(s.name for s in event.sources if s.name)),
        outlet=outlet,
        reported=reported,
        notes=event.notes,
        assoc_actor_1=tuple(a.name for a in event.assoc_actor_1),
        assoc_actor_2=tuple(a.name for a in event.assoc_actor_2),
    )


def replace_id(report: Report, report_id: int) -> Report:
    return replace(report, report_id=report_id)


# --- dates -----------------------------------------------------------------------------------


def window(day: str | None, precision: int) -> tuple[str, str] | None:
    """The days an event coded ``day`` at ``precision`` may have happened on (inclusive, ISO)."""
    if not day:
        return None
    try:
        d = date.fromisoformat(day[:10])
    except ValueError:
        return None
    if precision <= 1:
        return d.isoformat(), d.isoformat()
    if precision == 2:
        half = timedelta(days=WEEK_HALF_DAYS)
        return (d - half).isoformat(), (d + half).isoformat()
    last = calendar.monthrange(d.year, d.month)[1]
    return d.replace(day=1).isoformat(), d.replace(day=last).isoformat()


def common_window(reports: Iterable[Report]) -> tuple[str, str] | None:
    """The days every report allows, or None when they do not overlap."""
    start, end = "0000-00-00", "9999-99-99"
    for r in reports:
        span = window(r.date, r.time_precision)
        if span is None:
            return None
        start, end = max(start, span[0]), min(end, span[1])
    return (start, end) if start <= end else None


# --- places ----------------------------------------------------------------------------------


def _differ(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and a.casefold() != b.casefold()


def same_place(a: Report, b: Report) -> str | None:
    """Why two reports are at the same place, or None when they are not (or it is unknown)."""
    if not a.has_place or not b.has_place:
        return None
    if _differ(a.country, b.country) or _differ(a.admin1, b.admin1):
        return None
    if a.place_id and a.place_id == b.place_id:
        return f"same place {a.place_id}"
    precise = (a.geo_precision or 3) <= 1 and (b.geo_precision or 3) <= 1
    if precise and None not in (a.lat, a.lon, b.lat, b.lon):
        assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
        distance = distance_km(a.lat, a.lon, b.lat, b.lon)
        if distance <= MAX_KM:
            return f"{distance:.1f} km apart at geo precision 1"
        return None
    coarse = max(a.geo_precision or 3, b.geo_precision or 3)
    if a.admin2 and b.admin2:
        same = a.admin2.casefold() == b.admin2.casefold()
        return f"same district {a.admin2} at geo precision {coarse}" if same else None
    # district unknown on one side (a place coded to a governorate's capital or centroid)
    if None not in (a.lat, a.lon, b.lat, b.lon):
        assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
        distance = distance_km(a.lat, a.lon, b.lat, b.lon)
        if distance <= MAX_KM:
            return f"{distance:.1f} km apart at geo precision {coarse} (district unknown)"
    return None


# --- actors ----------------------------------------------------------------------------------


def _actor_key(actor: ActorRef | None) -> str | None:
    if actor is None:
        return None
    key = actor.actor_id or actor.name or actor.name_ar
    return key.casefold() if key else None


def _side_ok(a: ActorRef | None, b: ActorRef | None) -> bool:
    ka, kb = _actor_key(a), _actor_key(b)
    return ka is None or kb is None or ka == kb


def actors_compatible(a: Report, b: Report) -> str | None:
    """Why the actors agree (possibly with sides swapped), or None when a named actor conflicts."""
    if _side_ok(a.actor1, b.actor1) and _side_ok(a.actor2, b.actor2):
        return "actors compatible"
    if _side_ok(a.actor1, b.actor2) and _side_ok(a.actor2, b.actor1):
        return "actors compatible (sides swapped)"
    return None


# --- joining ---------------------------------------------------------------------------------


def family(sub_event_type: str) -> str:
    return FAMILIES.get(sub_event_type, sub_event_type)


def pair_reasons(a: Report, b: Report) -> list[str] | None:
    """Why two reports tell the same event, or None when they may not merge."""
    if a.status != Status.OCCURRED or b.status != Status.OCCURRED or a.article_key == b.article_key:
        return None
    if a.event_type != b.event_type or family(a.sub_event_type) != family(b.sub_event_type):
        return None
    if common_window([a, b]) is None:
        return None
    place = same_place(a, b)
    actors = actors_compatible(a, b)
    if place is None or actors is None:
        return None
    kind = a.sub_event_type if a.sub_event_type == b.sub_event_type else f"{a.sub_event_type} ~ {b.sub_event_type}"
    when = "same day" if a.date == b.date else f"dates {a.date}/p{a.time_precision} and {b.date}/p{b.time_precision} overlap"
    return [f"same type {a.event_type} ({kind})", when, place, actors]


def _signature(r: Report) -> tuple[object, ...]:
    """Everything ``pair_reasons`` reads except the article."""
    return (r.status, r.event_type, family(r.sub_event_type), r.date, r.time_precision, r.place_id, r.lat,
            r.lon, r.country, r.admin1, r.admin2, r.geo_precision, _actor_key(r.actor1), _actor_key(r.actor2))


def join_reasons(report: Report, members: Sequence[Report]) -> list[str] | None:
    """Why ``report`` joins the event made of ``members`` (compatible with each), or None."""
    if not members or common_window([report, *members]) is None:
        return None
    if any(m.article_key == report.article_key for m in members):
        return None
    reasons: list[str] | None = None
    seen: set[tuple[object, ...]] = set()
    for member in members:
        signature = _signature(member)
        if signature in seen:  # an identical member already passed: same answer
            continue
        seen.add(signature)
        why = pair_reasons(report, member)
        if why is None:
            return None
        reasons = reasons or why
    return reasons


def _day(report: Report) -> date:
    return date.fromisoformat((report.date or "0001-01-01")[:10])


def _named_agreements(a: Report, b: Report) -> int:
    keys_a = {_actor_key(a.actor1), _actor_key(a.actor2)} - {None}
    keys_b = {_actor_key(b.actor1), _actor_key(b.actor2)} - {None}
    return len(keys_a & keys_b)


def _strength(report: Report, members: Sequence[Report]) -> tuple[int, int, int]:
    """Smaller is closer: days apart, then fewer named actors in common, then a looser place match."""
    gap = min(abs((_day(report) - _day(m)).days) for m in members)
    agree = max(_named_agreements(report, m) for m in members)
    place_rank = min(
        0 if report.place_id and report.place_id == m.place_id else 1 if (m.geo_precision or 3) <= 1 else 2
        for m in members
    )
    return gap, -agree, place_rank


def choose_event(report: Report, candidates: Mapping[int, Sequence[Report]]) -> tuple[int, list[str]] | None:
    """The candidate event the report joins (closest date, actors, then place) and why, or None."""
    best: tuple[tuple[int, int, int, int], int, list[str]] | None = None
    for event_id, members in candidates.items():
        why = join_reasons(report, members)
        if why is None:
            continue
        rank = (*_strength(report, members), event_id)
        if best is None or rank < best[0]:
            best = (rank, event_id, why)
    return (best[1], best[2]) if best else None


def cluster(reports: Sequence[Report]) -> list[list[Report]]:
    """Greedy in-memory merging in the given order: the same result the store builds."""
    events: dict[int, list[Report]] = {}
    for report in reports:
        chosen = choose_event(report, events) if report.status == Status.OCCURRED else None
        if chosen is None:
            events[len(events)] = [report]
        else:
            events[chosen[0]].append(report)
    return list(events.values())


# --- the merged event ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Merged:
    """The merged event made of its reports."""

    event_type: str
    sub_event_type: str
    status: str
    date: str | None
    time_precision: int
    date_start: str | None
    date_end: str | None
    place_id: str | None
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    admin2: str | None
    geo_precision: int | None
    location_name: str | None
    location_name_ar: str | None
    actor1: ActorRef | None
    actor2: ActorRef | None
    assoc_actor_1: tuple[str, ...]
    assoc_actor_2: tuple[str, ...]
    fatalities: Count | None
    injured: Count | None
    civilian_targeting: bool
    n_reports: int
    n_sources: int
    first_reported: str | None
    last_reported: str | None
    sources: tuple[str, ...]
    outlets: tuple[str, ...]
    notes: str


def summarize(members: Sequence[Report]) -> Merged:
    """The merged event of reports already judged to be one event (in the order they joined)."""
    if not members:
        raise ValueError("an event needs at least one report")
    first = members[0]
    place = min(members, key=lambda r: (r.geo_precision or 9, r.lat is None))
    timed = min(members, key=lambda r: (r.date is None, r.time_precision, r.date or ""))
    span = common_window(members) or window(first.date, first.time_precision) or (None, None)
    subs = Counter(r.sub_event_type for r in members)
    sub = max(subs, key=lambda s: (subs[s], -next(i for i, r in enumerate(members) if r.sub_event_type == s)))
    sources: tuple[str, ...] = reduce(lambda known, r: union(known, r.sources, key=str), members, ())
    outlets = tuple(dict.fromkeys(r.outlet for r in members if r.outlet))
    reported = sorted(r.reported for r in members if r.reported)
    return Merged(
        event_type=first.event_type,
        sub_event_type=sub,
        status=first.status,
        date=timed.date,
        time_precision=timed.time_precision,
        date_start=span[0],
        date_end=span[1],
        place_id=place.place_id,
        lat=place.lat,
        lon=place.lon,
        country=place.country,
        admin1=place.admin1,
        admin2=place.admin2,
        geo_precision=place.geo_precision,
        location_name=place.location_name,
        location_name_ar=place.location_name_ar,
        actor1=reduce(named_actor, (r.actor1 for r in members), None),
        actor2=reduce(named_actor, (r.actor2 for r in members), None),
        assoc_actor_1=tuple(dict.fromkeys(a for r in members for a in r.assoc_actor_1)),
        assoc_actor_2=tuple(dict.fromkeys(a for r in members for a in r.assoc_actor_2)),
        fatalities=combine_counts(r.fatalities for r in members),
        injured=combine_counts(r.injured for r in members),
        civilian_targeting=any(r.civilian_targeting for r in members),
        n_reports=len(members),
        n_sources=len(set(sources) | set(outlets)),
        first_reported=reported[0] if reported else None,
        last_reported=reported[-1] if reported else None,
        sources=sources,
        outlets=outlets,
        notes=first.notes,
    )
