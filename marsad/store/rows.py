"""Between typed records and database rows: the only place where column names meet records."""

from __future__ import annotations

import json
from typing import Any

from marsad.dedupe import Merged, Report, window
from marsad.model import ActorRef, Count, Event
from marsad.store.countries import country

Row = dict[str, Any]


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _actor_cols(prefix: str, actor: ActorRef | None) -> Row:
    return {
        f"{prefix}_id": actor.actor_id if actor else None,
        f"{prefix}_name": actor.name if actor else None,
        f"{prefix}_name_ar": actor.name_ar if actor else None,
        f"{prefix}_inter": actor.inter if actor else None,
    }


def _count_cols(prefix: str, count: Count | None) -> Row:
    return {
        f"{prefix}_best": count.best if count else None,
        f"{prefix}_low": count.low if count else None,
        f"{prefix}_high": count.high if count else None,
    }


def _vague(count: Count | None) -> int | None:
    return int(count.vague) if count else None


def _place_cols(r: Report | Merged) -> Row:
    return {
        "place_id": r.place_id, "location_name": r.location_name, "location_name_ar": r.location_name_ar,
        "lat": r.lat, "lon": r.lon, "country": r.country, "admin1": r.admin1, "admin2": r.admin2,
        "geo_precision": r.geo_precision,
    }


def report_row(report: Report, event: Event, article_pk: int, idx: int) -> Row:
    start, end = window(report.date, report.time_precision) or (None, None)
    return {
        "article_pk": article_pk, "idx": idx, "event_uid": event.id,
        "event_type": report.event_type, "sub_event_type": report.sub_event_type, "status": report.status,
        "date": report.date, "time_precision": report.time_precision, "date_start": start, "date_end": end,
        **_actor_cols("actor1", report.actor1), **_actor_cols("actor2", report.actor2),
        "assoc_actor_1": dumps(list(report.assoc_actor_1)), "assoc_actor_2": dumps(list(report.assoc_actor_2)),
        **_place_cols(report),
        **_count_cols("fatalities", report.fatalities), **_count_cols("injured", report.injured),
        "fatalities_vague": _vague(report.fatalities), "injured_vague": _vague(report.injured),
        "civilian_targeting": int(report.civilian_targeting),
        "sources": dumps(list(report.sources)), "notes": report.notes,
        "event_json": dumps(event.to_json()),
    }


def event_row(m: Merged, reasons: list[Any], updated_at: str) -> Row:
    return {
        "event_type": m.event_type, "sub_event_type": m.sub_event_type, "status": m.status,
        "date": m.date, "time_precision": m.time_precision, "date_start": m.date_start, "date_end": m.date_end,
        **_place_cols(m),
        **_actor_cols("actor1", m.actor1), **_actor_cols("actor2", m.actor2),
        "assoc_actor_1": dumps(list(m.assoc_actor_1)), "assoc_actor_2": dumps(list(m.assoc_actor_2)),
        **_count_cols("fatalities", m.fatalities), **_count_cols("injured", m.injured),
        "civilian_targeting": int(m.civilian_targeting),
        "n_reports": m.n_reports, "n_sources": m.n_sources,
        "first_reported": m.first_reported, "last_reported": m.last_reported,
        "merge_reasons": dumps(reasons), "sources": dumps(list(m.sources)), "outlets": dumps(list(m.outlets)),
        "notes": m.notes, "updated_at": updated_at,
    }


def _actor(row: Row, prefix: str) -> ActorRef | None:
    name = row[f"{prefix}_name"]
    if name is None and row[f"{prefix}_id"] is None:
        return None
    return ActorRef(
        actor_id=row[f"{prefix}_id"] or "", name=name or "", name_ar=row[f"{prefix}_name_ar"] or "",
        inter=int(row[f"{prefix}_inter"] or 0), country=None,
    )


def _count(row: Row, prefix: str) -> Count | None:
    if row[f"{prefix}_best"] is None:
        return None
    return Count(best=row[f"{prefix}_best"], low=row[f"{prefix}_low"], high=row[f"{prefix}_high"],
                 vague=bool(row[f"{prefix}_vague"]))


def report_from_row(row: Row) -> Report:
    """A stored report (joined with its article's key, outlet and published/ingested) as a Report."""
    return Report(
        report_id=int(row["pk"]), article_key=row["article_key"],
        event_type=row["event_type"], sub_event_type=row["sub_event_type"], status=row["status"],
        date=row["date"], time_precision=int(row["time_precision"]),
        place_id=row["place_id"], lat=row["lat"], lon=row["lon"], country=row["country"],
        admin1=row["admin1"], admin2=row["admin2"], geo_precision=row["geo_precision"],
        location_name=row["location_name"], location_name_ar=row["location_name_ar"],
        actor1=_actor(row, "actor1"), actor2=_actor(row, "actor2"),
        fatalities=_count(row, "fatalities"), injured=_count(row, "injured"),
        civilian_targeting=bool(row["civilian_targeting"]),
        sources=tuple(json.loads(row["sources"])), outlet=row["outlet"],
        reported=row["published"] or (row["ingested_at"] or "")[:10] or None,
        notes=row["notes"],
        assoc_actor_1=tuple(json.loads(row["assoc_actor_1"])), assoc_actor_2=tuple(json.loads(row["assoc_actor_2"])),
    )


def _actor_json(row: Row, prefix: str) -> Row | None:
    if row[f"{prefix}_name"] is None and row[f"{prefix}_id"] is None:
        return None
    return {"id": row[f"{prefix}_id"], "name": row[f"{prefix}_name"], "name_ar": row[f"{prefix}_name_ar"],
            "inter": row[f"{prefix}_inter"]}


def _count_json(row: Row, prefix: str) -> Row | None:
    if row[f"{prefix}_best"] is None:
        return None
    return {"best": row[f"{prefix}_best"], "low": row[f"{prefix}_low"], "high": row[f"{prefix}_high"]}


def event_id_cnty(pk: int, alpha2: str | None) -> str:
    c = country(alpha2)
    return f"{c.alpha3 if c else 'XXX'}{pk}"


def event_json(row: Row) -> Row:
    """A merged event as the API, the exports and the web layer see it."""
    pk = int(row["pk"])
    return {
        "id": pk,
        "event_id_cnty": event_id_cnty(pk, row["country"]),
        "event_type": row["event_type"], "sub_event_type": row["sub_event_type"], "status": row["status"],
        "date": row["date"], "time_precision": row["time_precision"],
        "date_basis": row.get("date_basis"),  # "published"/"ingested": the date of last resort
        "date_start": row["date_start"], "date_end": row["date_end"],
        "location": {
            "name": row["location_name"], "name_ar": row["location_name_ar"], "place_id": row["place_id"],
            "lat": row["lat"], "lon": row["lon"], "country": row["country"], "admin1": row["admin1"],
            "admin2": row["admin2"], "geo_precision": row["geo_precision"],
        },
        "actor1": _actor_json(row, "actor1"), "actor2": _actor_json(row, "actor2"),
        "assoc_actor_1": json.loads(row["assoc_actor_1"]), "assoc_actor_2": json.loads(row["assoc_actor_2"]),
        "fatalities": _count_json(row, "fatalities"), "injured": _count_json(row, "injured"),
        "civilian_targeting": bool(row["civilian_targeting"]),
        "n_reports": row["n_reports"], "n_sources": row["n_sources"],
        "first_reported": row["first_reported"], "last_reported": row["last_reported"],
        "merge_reasons": json.loads(row["merge_reasons"]),
        "sources": json.loads(row["sources"]), "outlets": json.loads(row["outlets"]),
        "notes": row["notes"], "updated_at": row["updated_at"],
        "review": _review_json(row),
    }


def _review_json(row: Row) -> Row | None:
    """An analyst's review of the event (``None`` when unreviewed): status, who, when, which columns."""
    status = row.get("review_status")
    if not status:
        return None
    overrides = json.loads(row.get("review_overrides") or "{}")
    return {"status": status, "reviewed_at": row.get("reviewed_at"), "reviewed_by": row.get("reviewed_by"),
            "edited": sorted(overrides)}


_EVIDENCE_FIELDS = ("trigger", "sentence", "date_evidence", "status_evidence")


def evidence_spans(event: Row) -> Row:
    """Every evidence span of an extracted event's JSON, by field."""
    spans: Row = {name: event.get(name) for name in _EVIDENCE_FIELDS if event.get(name)}
    for name in ("actor1", "actor2", "location", "fatalities", "injured"):
        value = event.get(name)
        if isinstance(value, dict) and value.get("evidence"):
            spans[name] = value["evidence"]
    for name in ("assoc_actor_1", "assoc_actor_2", "sources"):
        items = [v.get("evidence") for v in event.get(name) or [] if isinstance(v, dict) and v.get("evidence")]
        if items:
            spans[name] = items
    return spans


def report_json(row: Row) -> Row:
    """A report with its article's metadata, sentence and evidence spans."""
    event = json.loads(row["event_json"])
    return {
        "id": int(row["pk"]), "event_id": row.get("event_pk"), "index": row["idx"],
        "event_type": row["event_type"], "sub_event_type": row["sub_event_type"], "status": row["status"],
        "date": row["date"],
        "article": {
            "key": row["article_key"], "id": row["article_id"], "title": row["title"], "url": row["url"],
            "outlet": row["outlet"], "published": row["published"],
        },
        "outlet": row["outlet"], "published": row["published"], "url": row["url"], "title": row["title"],
        "sentence": event.get("sentence"),
        "evidence": evidence_spans(event),
        "event": event,
    }
