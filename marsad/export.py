"""Exports of merged events: ACLED CSV, GeoJSON (RFC 7946) and JSON Lines.

Each writer takes event dicts as ``Store.query_events``/``iter_events`` give them and a text
stream, and returns how many events it wrote and how many it left out.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import IO, TYPE_CHECKING, Any

from marsad.store.countries import country

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
    if event_type == "Strategic developments":
        return "Strategic developments"
    if sub_event_type == "Excessive force against protesters":
        return "Political violence; Demonstrations"
    if event_type == "Protests" or sub_event_type == "Violent demonstration":
        return "Demonstrations"
    return "Political violence"


def interaction(inter1: int | None, inter2: int | None) -> int | str:
    """ACLED's interaction code: the two inter codes, smaller first (10, 20... for a lone actor)."""
    codes = sorted(c for c in (inter1, inter2) if c)
    if not codes:
        return ""
    return codes[0] * 10 + (codes[1] if len(codes) > 1 else 0)


def _inter(actor: dict[str, Any] | None) -> int | None:
    value = actor.get("inter") if actor else None
    return int(value) if value else None


def _timestamp(value: str | None) -> int | str:
    if not value:
        return ""
    try:
        return int(datetime.fromisoformat(value).timestamp())
    except ValueError:
        return ""


def _coord(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"


def acled_row(event: EventDict) -> dict[str, Any]:
    loc = event.get("location") or {}
    c = country(loc.get("country"))
    a1, a2 = event.get("actor1"), event.get("actor2")
    i1, i2 = _inter(a1), _inter(a2)
    day = event.get("date") or ""
    fatalities = event.get("fatalities") or {}
    return {
        "event_id_cnty": event["event_id_cnty"],
        "event_date": day,
        "year": day[:4],
        "time_precision": event.get("time_precision") or "",
        "disorder_type": disorder_type(event["event_type"], event["sub_event_type"]),
        "event_type": event["event_type"],
        "sub_event_type": event["sub_event_type"],
        "actor1": (a1 or {}).get("name") or "",
        "assoc_actor_1": "; ".join(event.get("assoc_actor_1") or []),
        "inter1": i1 or "",
        "actor2": (a2 or {}).get("name") or "",
        "assoc_actor_2": "; ".join(event.get("assoc_actor_2") or []),
        "inter2": i2 or "",
        "interaction": interaction(i1, i2),
        "civilian_targeting": "Civilian targeting" if event.get("civilian_targeting") else "",
        "iso": c.numeric if c else "",
        "region": c.region if c else "",
        "country": c.name if c else (loc.get("country") or ""),
        "admin1": loc.get("admin1") or "",
        "admin2": loc.get("admin2") or "",
        "admin3": "",
        "location": loc.get("name") or loc.get("name_ar") or "",
        "latitude": _coord(loc.get("lat")),
        "longitude": _coord(loc.get("lon")),
        "geo_precision": loc.get("geo_precision") or "",
        "source": "; ".join(dict.fromkeys([*(event.get("sources") or []), *(event.get("outlets") or [])])),
        "source_scale": "",
        "notes": event.get("notes") or "",
        "fatalities": fatalities.get("best", 0) if fatalities else 0,
        "tags": f"reviewed: {event['review']['status']}" if event.get("review") else "",
        "timestamp": _timestamp(event.get("updated_at")),
    }


def write_acled_csv(events: Iterable[EventDict], out: IO[str]) -> tuple[int, int]:
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for event in events:
        writer.writerow(acled_row(event))
        n += 1
    return n, 0


def geojson_feature(event: EventDict) -> dict[str, Any] | None:
    """One RFC 7946 Point feature (longitude first), or None when the event has no coordinates."""
    loc = event.get("location") or {}
    lat, lon = loc.get("lat"), loc.get("lon")
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    properties = {k: v for k, v in event.items() if k not in ("location", "merge_reasons", "reports")}
    properties.update({f"location_{k}": v for k, v in loc.items() if k not in ("lat", "lon")})
    return {
        "type": "Feature",
        "id": event["id"],
        "geometry": {"type": "Point", "coordinates": [round(float(lon), 6), round(float(lat), 6)]},
        "properties": properties,
    }


def write_geojson(events: Iterable[EventDict], out: IO[str]) -> tuple[int, int]:
    """A FeatureCollection written as a stream (constant memory); events without coordinates left out."""
    out.write('{"type":"FeatureCollection","features":[')
    n = skipped = 0
    for event in events:
        feature = geojson_feature(event)
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


def write(fmt: str, events: Iterable[EventDict], out: IO[str]) -> tuple[int, int]:
    """Events in the format (one of ``FORMATS``): (written, left out)."""
    writers = {"acled-csv": write_acled_csv, "geojson": write_geojson, "jsonl": write_jsonl}
    if fmt not in writers:
        raise ValueError(f"unknown format {fmt!r}: one of {', '.join(FORMATS)}")
    return writers[fmt](events, out)


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
