"""Exports of merged events: ACLED CSV, GeoJSON (RFC 7946) and JSON Lines.

Each writer takes event dicts as ``Store.query_events``/``iter_events`` give them and a text
stream, and returns how many events it wrote and how many it left out.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from typing import IO, TYPE_CHECKING, Any

from marsad.geo.translit import has_arabic, romanize
from marsad.store.countries import country
from marsad.taxonomy import EventType, Inter, SubEventType

if TYPE_CHECKING:
    from marsad.store.base import Store

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)
FORMATS = ("acled-csv", "geojson", "jsonl")

EventDict = dict[str, Any]


def disorder_type(event_type: str, sub_event_type: str) -> str:
    """ACLED's disorder type of an event type and sub-event type."""
    if event_type == EventType.STRATEGIC_DEVELOPMENTS:
        return "Strategic developments"
    if sub_event_type == SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS:
        return "Political violence; Demonstrations"
    if event_type == EventType.PROTESTS or sub_event_type == SubEventType.VIOLENT_DEMONSTRATION:
        return "Demonstrations"
    return "Political violence"


def interaction(inter1: int | None, inter2: int | None) -> int:
    """ACLED's interaction code: the two inter codes, smaller first (10, 20... for a lone actor; 0: none)."""
    codes = sorted(c for c in (inter1, inter2) if c)
    if not codes:
        return 0
    return codes[0] * 10 + (codes[1] if len(codes) > 1 else 0)


AdminLookup = Callable[[float, float], tuple[str | None, str | None, str | None]]
SCALES = ("Local", "National", "Regional", "International")
# The actor ACLED codes when the text names no one, by event type: (category in the actor table, inter).
_UNNAMED: dict[str, tuple[str, int, str]] = {
    EventType.PROTESTS: ("protesters", Inter.PROTESTERS, "Protesters"),
    EventType.RIOTS: ("rioters", Inter.RIOTERS, "Rioters"),
}
_UNIDENTIFIED = ("unidentified", Inter.POLITICAL_MILITIAS, "Unidentified Armed Group")


def _inter(actor: dict[str, Any] | None) -> int:
    value = actor.get("inter") if actor else None
    return int(value) if value else 0


def _timestamp(value: str | None) -> int:
    if value:
        try:
            return int(datetime.fromisoformat(value).timestamp())
        except ValueError:
            pass
    return int(datetime.now(UTC).timestamp())


def _coord(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"


def actor_country(actor: dict[str, Any] | None) -> str | None:
    """The country of a stored actor, from the actor table (by id)."""
    from marsad.knowledge.loader import actors

    record = actors().get(str((actor or {}).get("id") or ""))
    return record.country if record else None


def unnamed_actor(event_type: str, alpha2: str) -> tuple[str, int]:
    """ACLED's actor when the text names none: the unidentified group (protesters, rioters) of the country."""
    from marsad.knowledge.loader import actors

    category, inter, label = _UNNAMED.get(event_type, _UNIDENTIFIED)
    for record in actors().values():
        if record.category == category and record.country == alpha2:
            return record.name, record.inter
    c = country(alpha2)
    return (f"{label} ({c.name})" if c else label), inter


def source_scale(names: Iterable[str], alpha2: str) -> str:
    """ACLED's source scale of the sources and outlets named: Local, National, Regional, International,
    or the smallest and largest joined (``National-International``); Other when none is known."""
    from marsad.knowledge.loader import sources

    by_name = {s.name.casefold(): s for s in sources().values()}
    home = country(alpha2)
    found: set[int] = set()
    for name in names:
        record = by_name.get(name.casefold())
        if record is None:
            continue
        if record.kind == "generic":
            found.add(0)
        elif record.country is None:
            found.add(3)
        elif record.country == alpha2:
            found.add(1)
        else:
            other = country(record.country)
            found.add(2 if home and other and other.region == home.region else 3)
    if not found:
        return "Other"
    low, high = min(found), max(found)
    return SCALES[low] if low == high else f"{SCALES[low]}-{SCALES[high]}"


class AcledCoder:
    """Event dicts (as the store gives them) as ACLED rows, with what ACLED requires filled in.

    ``admin_lookup(lat, lon)`` (e.g. ``Gazetteer.admin_for_point``) gives the country, admin1 and
    admin2 of placed events that lack them. An event whose country cannot be told (no place and
    no actor of a known country) cannot be an ACLED row: ``row`` returns None for it.
    """

    def __init__(self, admin_lookup: AdminLookup | None = None) -> None:
        self.admin_lookup = admin_lookup

    def _admin(self, loc: dict[str, Any]) -> tuple[str | None, str | None, str | None]:
        alpha2, admin1, admin2 = loc.get("country"), loc.get("admin1"), loc.get("admin2")
        lat, lon = loc.get("lat"), loc.get("lon")
        if self.admin_lookup is not None and lat is not None and lon is not None and not (admin1 and alpha2):
            found_country, found1, found2 = self.admin_lookup(float(lat), float(lon))
            if found_country and (alpha2 is None or found_country == alpha2):
                alpha2 = alpha2 or found_country
                admin1 = admin1 or found1
                admin2 = admin2 or found2
        return alpha2, admin1, admin2

    def row(self, event: EventDict) -> dict[str, Any] | None:
        loc = event.get("location") or {}
        a1, a2 = event.get("actor1"), event.get("actor2")
        alpha2, admin1, admin2 = self._admin(loc)
        alpha2 = alpha2 or actor_country(a1) or actor_country(a2)
        c = country(alpha2)
        if alpha2 is None or c is None:
            return None
        tags: list[str] = []
        day = event.get("date")
        precision = int(event.get("time_precision") or 1)
        if event.get("date_basis") in ("published", "ingested"):
            tags.append(f"date: {event['date_basis']} day (no date in the article)")
        if not day:
            day = event.get("first_reported") or (event.get("updated_at") or "")[:10] or None
            precision = 3
            tags.append("date: reported day (no date in the article)")
        actor1, inter1 = ((a1 or {}).get("name"), _inter(a1))
        if not actor1:
            actor1, inter1 = unnamed_actor(event["event_type"], alpha2)
            tags.append("actor1: not named in the text")
        if event.get("review"):
            tags.append(f"reviewed: {event['review']['status']}")
        inter2 = _inter(a2)
        location = loc.get("name") or ""
        if not location or has_arabic(location):
            location = romanize(loc.get("name_ar") or "") if loc.get("name_ar") else ""
        geo_precision = int(loc.get("geo_precision") or 3)
        if not location:
            location = admin2 or admin1 or c.name
            geo_precision = 3
        if loc.get("lat") is None or loc.get("lon") is None:
            geo_precision = 3
        fatalities = event.get("fatalities") or {}
        names = [*(event.get("sources") or []), *(event.get("outlets") or [])]
        return {
            "event_id_cnty": f"{c.alpha3}{event['id']}",
            "event_date": day or "",
            "year": int(day[:4]) if day else 0,
            "time_precision": precision,
            "disorder_type": disorder_type(event["event_type"], event["sub_event_type"]),
            "event_type": event["event_type"],
            "sub_event_type": event["sub_event_type"],
            "actor1": actor1,
            "assoc_actor_1": "; ".join(event.get("assoc_actor_1") or []),
            "inter1": inter1,
            "actor2": (a2 or {}).get("name") or "",
            "assoc_actor_2": "; ".join(event.get("assoc_actor_2") or []),
            "inter2": inter2,
            "interaction": interaction(inter1, inter2) or 0,
            "civilian_targeting": "Civilian targeting" if event.get("civilian_targeting") else "",
            "iso": c.numeric,
            "region": c.region,
            "country": c.name,
            "admin1": admin1 or "",
            "admin2": admin2 or "",
            "admin3": "",
            "location": location,
            "latitude": _coord(loc.get("lat")),
            "longitude": _coord(loc.get("lon")),
            "geo_precision": geo_precision,
            "source": "; ".join(dict.fromkeys(names)),
            "source_scale": source_scale(names, alpha2),
            "notes": event.get("notes") or "",
            "fatalities": int(fatalities.get("best") or 0),
            "tags": "; ".join(tags),
            "timestamp": _timestamp(event.get("updated_at")),
        }


def acled_row(event: EventDict) -> dict[str, Any] | None:
    """One event as an ACLED row (no boundary lookup); None when its country cannot be told."""
    return AcledCoder().row(event)


def write_acled_csv(events: Iterable[EventDict], out: IO[str], coder: AcledCoder | None = None) -> tuple[int, int]:
    """ACLED's columns in ACLED's order; events whose country cannot be told are left out (counted)."""
    coder = coder or AcledCoder()
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = skipped = 0
    for event in events:
        row = coder.row(event)
        if row is None:
            skipped += 1
            continue
        writer.writerow(row)
        n += 1
    return n, skipped


def _point(loc: dict[str, Any]) -> dict[str, Any] | None:
    lat, lon = loc.get("lat"), loc.get("lon")
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return {"type": "Point", "coordinates": [round(float(lon), 6), round(float(lat), 6)]}


def geojson_feature(event: EventDict) -> dict[str, Any] | None:
    """One RFC 7946 Point feature (longitude first), or None when the event has no coordinates."""
    loc = event.get("location") or {}
    geometry = _point(loc)
    if geometry is None:
        return None
    properties = {k: v for k, v in event.items() if k not in ("location", "merge_reasons", "reports")}
    properties.update({f"location_{k}": v for k, v in loc.items() if k not in ("lat", "lon")})
    return {"type": "Feature", "id": event["id"], "geometry": geometry, "properties": properties}


def flat_feature(event: EventDict, coder: AcledCoder) -> dict[str, Any] | None:
    """A Point feature whose properties are the ACLED row (flat values GIS tools read as columns)."""
    geometry = _point(event.get("location") or {})
    row = coder.row(event) if geometry is not None else None
    if geometry is None or row is None:
        return None
    return {"type": "Feature", "id": event["id"], "geometry": geometry, "properties": row}


def write_geojson(
    events: Iterable[EventDict], out: IO[str], *, flat: bool = False, coder: AcledCoder | None = None
) -> tuple[int, int]:
    """A FeatureCollection written as a stream (constant memory); events without coordinates left out.

    ``flat``: ACLED's columns as the properties (and events without a country left out too).
    """
    coder = coder or AcledCoder()
    out.write('{"type":"FeatureCollection","features":[')
    n = skipped = 0
    for event in events:
        feature = flat_feature(event, coder) if flat else geojson_feature(event)
        if feature is None:
            skipped += 1
            continue
        out.write(("," if n else "") + "\n" + json.dumps(feature, ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n, skipped


def write_jsonl(events: Iterable[EventDict], out: IO[str]) -> tuple[int, int]:
    n = 0
    for event in events:
        out.write(json.dumps(event, ensure_ascii=False) + "\n")
        n += 1
    return n, 0


def write(
    fmt: str, events: Iterable[EventDict], out: IO[str], *, flat: bool = False,
    admin_lookup: AdminLookup | None = None,
) -> tuple[int, int]:
    """Events in the format (one of ``FORMATS``): (written, left out).

    ``flat`` (GeoJSON): ACLED's columns as properties. ``admin_lookup`` fills the admin1/admin2 of
    placed events that lack them (ACLED CSV and flat GeoJSON).
    """
    coder = AcledCoder(admin_lookup)
    if fmt == "acled-csv":
        return write_acled_csv(events, out, coder)
    if fmt == "geojson":
        return write_geojson(events, out, flat=flat, coder=coder)
    if fmt == "jsonl":
        return write_jsonl(events, out)
    raise ValueError(f"unknown format {fmt!r}: one of {', '.join(FORMATS)}")


def with_reports(events: Iterable[EventDict], store: Store, batch: int = 500) -> Iterator[EventDict]:
    """Events with their reports attached (``Store.reports_of``), fetched a batch at a time."""
    chunk: list[EventDict] = []

    def flush() -> Iterator[EventDict]:
        reports = store.reports_of([e["id"] for e in chunk])
        for e in chunk:
            yield {**e, "reports": reports.get(e["id"], [])}
        chunk.clear()

    for event in events:
        chunk.append(event)
        if len(chunk) >= batch:
            yield from flush()
    if chunk:
        yield from flush()
