"""Analysts' reviews of merged events: accept, edit, reject, merge two events, split a report off.

Each change is written in one transaction with a row of ``review_log`` (who, when, the action,
each changed field's old and new value, a note). An edit is kept as column overrides on the
event (``review_overrides``) and applied again whenever ingesting merges a new report into the
event, so a later ingest never overwrites a review. Values reaching here are already checked
(``marsad.web.review`` parses the API's JSON into column values).
"""

from __future__ import annotations

import json
from typing import Any

from marsad import dedupe
from marsad.errors import StoreError
from marsad.store.base import Store, now
from marsad.store.rows import Row, dumps, event_json, event_row

ACTIONS = ("accept", "edit", "reject")
# action -> review_status written on the event
STATUS_OF = {"accept": "accepted", "edit": "edited", "reject": "rejected", "merge": "merged", "split": "split"}

# API field -> event columns it sets (values arrive as {column: value})
FIELD_COLUMNS: dict[str, tuple[str, ...]] = {
    "event_type": ("event_type",),
    "sub_event_type": ("sub_event_type",),
    "status": ("status",),
    "date": ("date", "date_start", "date_end", "time_precision"),
    "fatalities": ("fatalities_best", "fatalities_low", "fatalities_high"),
    "injured": ("injured_best", "injured_low", "injured_high"),
    "actor1": ("actor1_id", "actor1_name", "actor1_name_ar", "actor1_inter"),
    "actor2": ("actor2_id", "actor2_name", "actor2_name_ar", "actor2_inter"),
    "location": ("place_id", "location_name", "location_name_ar", "lat", "lon", "country", "admin1", "admin2",
                 "geo_precision"),
    "civilian_targeting": ("civilian_targeting",),
    "notes": ("notes",),
}
COLUMNS = frozenset(c for cols in FIELD_COLUMNS.values() for c in cols)


class ReviewError(StoreError):
    """A review that cannot apply (no such event or report, a merge of an event with itself...)."""


def _field_value(event: Row, field: str) -> Any:
    return event.get(field)


def _event_row(store: Store, pk: int) -> Row:
    row = store._one("SELECT * FROM events WHERE pk = ?", [pk])
    if row is None:
        raise ReviewError(f"no event {pk}")
    return row


def _log(store: Store, event_pk: int, action: str, changes: Row, note: str, reviewer: str, stamp: str) -> None:
    store._insert("review_log", {
        "event_pk": event_pk, "action": action, "changes": dumps(changes), "note": note,
        "reviewer": reviewer, "created_at": stamp,
    })


def _mark(store: Store, pk: int, action: str, reviewer: str, stamp: str, overrides: Row | None = None) -> None:
    values: Row = {"review_status": STATUS_OF[action], "reviewed_at": stamp, "reviewed_by": reviewer}
    if overrides is not None:
        values["review_overrides"] = dumps(overrides)
    store._update("events", pk, values)


def reapply(store: Store, event_pk: int) -> None:
    """Write a reviewed event's overrides on its row again (after a merge recomputed it)."""
    row = store._one("SELECT review_overrides FROM events WHERE pk = ?", [event_pk])
    if row is None or not row.get("review_overrides"):
        return
    overrides = {k: v for k, v in json.loads(row["review_overrides"]).items() if k in COLUMNS}
    if overrides:
        store._update("events", event_pk, overrides)


def review(store: Store, event_pk: int, action: str, columns: Row, fields: list[str], note: str,
           reviewer: str) -> Row:
    """Accept, edit (``columns``: new column values of the API ``fields``) or reject an event."""
    if action not in ACTIONS:
        raise ReviewError(f"unknown action {action!r}")
    if any(c not in COLUMNS for c in columns):
        raise ReviewError("a column that cannot be reviewed")
    with store._lock, store._transaction():
        before = event_json(_event_row(store, event_pk))
        stamp = now()
        overrides = json.loads(_overrides(store, event_pk) or "{}")
        if columns:
            store._update("events", event_pk, columns)
            overrides.update(columns)
        after = event_json(_event_row(store, event_pk))
        changes = {f: {"old": _field_value(before, f), "new": _field_value(after, f)} for f in fields}
        _mark(store, event_pk, action, reviewer, stamp, overrides if columns else None)
        _log(store, event_pk, action, changes, note, reviewer, stamp)
    event = store.get_event(event_pk)
    assert event is not None
    return event


def _overrides(store: Store, event_pk: int) -> str | None:
    row = store._one("SELECT review_overrides FROM events WHERE pk = ?", [event_pk])
    return row.get("review_overrides") if row else None


def _recompute(store: Store, event_pk: int, extra_reason: Row, stamp: str) -> None:
    members = store._members([event_pk])[event_pk]
    if not members:
        raise ReviewError(f"event {event_pk} would have no report")
    row = _event_row(store, event_pk)
    reasons = [*json.loads(row["merge_reasons"]), extra_reason]
    store._update("events", event_pk, event_row(dedupe.summarize(members), reasons, stamp))
    reapply(store, event_pk)


def merge(store: Store, keep_pk: int, other_pk: int, note: str, reviewer: str) -> Row:
    """Move every report of ``other_pk`` into ``keep_pk`` and delete ``other_pk``."""
    if keep_pk == other_pk:
        raise ReviewError("an event cannot be merged with itself")
    with store._lock, store._transaction():
        keep = event_json(_event_row(store, keep_pk))
        other = event_json(_event_row(store, other_pk))
        store._lock_merging(keep["event_type"])
        stamp = now()
        store._run("UPDATE event_reports SET event_pk = ? WHERE event_pk = ?", [keep_pk, other_pk])
        _recompute(store, keep_pk, {"review": "merged by a reviewer", "from_event": other_pk,
                                    "reviewer": reviewer}, stamp)
        store._run("DELETE FROM events WHERE pk = ?", [other_pk])
        after = event_json(_event_row(store, keep_pk))
        changes = {"merged_event": {"old": other, "new": None},
                   "n_reports": {"old": keep["n_reports"], "new": after["n_reports"]}}
        _mark(store, keep_pk, "merge", reviewer, stamp)
        _log(store, keep_pk, "merge", changes, note, reviewer, stamp)
        _log(store, other_pk, "merge", {"merged_into": {"old": other_pk, "new": keep_pk}}, note, reviewer, stamp)
    event = store.get_event(keep_pk)
    assert event is not None
    return event


def split(store: Store, event_pk: int, report_pk: int, note: str, reviewer: str) -> tuple[Row, Row]:
    """Take one report out of an event into a new event of its own; (the event, the new event)."""
    with store._lock, store._transaction():
        before = event_json(_event_row(store, event_pk))
        store._lock_merging(before["event_type"])
        link = store._one("SELECT event_pk FROM event_reports WHERE report_pk = ?", [report_pk])
        if link is None or int(link["event_pk"]) != event_pk:
            raise ReviewError(f"report {report_pk} is not a report of event {event_pk}")
        if int(before["n_reports"]) < 2:
            raise ReviewError(f"event {event_pk} has only one report")
        stamp = now()
        member = [r for r in store._members([event_pk])[event_pk] if r.report_id == report_pk]
        reasons = [{"review": "split off by a reviewer", "from_event": event_pk, "reviewer": reviewer}]
        new_pk = store._insert("events", event_row(dedupe.summarize(member), reasons, stamp))
        store._run("UPDATE event_reports SET event_pk = ? WHERE report_pk = ?", [new_pk, report_pk])
        _recompute(store, event_pk, {"review": "report split off", "report": report_pk, "to_event": new_pk,
                                     "reviewer": reviewer}, stamp)
        changes = {"split_report": {"old": report_pk, "new": new_pk},
                   "n_reports": {"old": before["n_reports"], "new": before["n_reports"] - 1}}
        _mark(store, event_pk, "split", reviewer, stamp)
        _mark(store, new_pk, "split", reviewer, stamp)
        _log(store, event_pk, "split", changes, note, reviewer, stamp)
        _log(store, new_pk, "split", {"split_from": {"old": event_pk, "new": new_pk}}, note, reviewer, stamp)
    event, new = store.get_event(event_pk), store.get_event(new_pk)
    assert event is not None and new is not None
    return event, new


def history(store: Store, event_pk: int) -> list[Row]:
    """The audit trail of one event, oldest first."""
    with store._lock:
        rows = store._all("SELECT * FROM review_log WHERE event_pk = ? ORDER BY pk", [event_pk])
    return [{"id": int(r["pk"]), "action": r["action"], "changes": json.loads(r["changes"]), "note": r["note"],
             "reviewer": r["reviewer"], "at": r["created_at"]} for r in rows]
