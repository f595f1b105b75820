"""The review API: ``POST /api/events/{id}/review``, ``/merge`` and ``/split``, behind a bearer token.

Reviewing is off unless the server has reviewer tokens (``marsad serve --review-token-file PATH``:
one token a line, or ``NAME TOKEN`` to name the reviewer; ``#`` starts a comment). A write
without ``Authorization: Bearer ...`` answers 401, a wrong token (or reviewing off) 403. The
JSON body is checked here into column values; ``marsad.store.review`` applies them.
"""

from __future__ import annotations

import hmac
import math
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Annotated, Any

from fastapi import Body, FastAPI, Request
from starlette.exceptions import HTTPException as StarletteHTTPException

from marsad.errors import ConfigError
from marsad.store import Store
from marsad.store import review as store_review
from marsad.store.countries import COUNTRIES, to_alpha2
from marsad.taxonomy import STATUSES
from marsad.web.queries import EVENT_TYPES, SUB_EVENT_TYPES, BadParameter

Json = Annotated[dict[str, Any], Body()]
MAX_NOTE = 2000
MAX_NAME = 200
MIN_TOKEN = 12


def load_tokens(path: str | Path) -> dict[str, str]:
    """Reviewer tokens of a token file: {token: reviewer name}."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"review token file {path}: {exc}") from exc
    tokens: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        if len(parts) > 2:
            raise ConfigError(f"review token file {path}, line {number}: expected TOKEN or NAME TOKEN")
        name, token = (parts[0], parts[1]) if len(parts) == 2 else ("reviewer", parts[0])
        if len(token) < MIN_TOKEN:
            raise ConfigError(f"review token file {path}, line {number}: a token needs {MIN_TOKEN}+ characters")
        tokens[token] = name
    if not tokens:
        raise ConfigError(f"review token file {path}: no token")
    return tokens


class Reviewers:
    """Who may write: checks ``Authorization: Bearer`` against the configured tokens."""

    def __init__(self, tokens: dict[str, str] | None) -> None:
        self._tokens = dict(tokens or {})

    @property
    def enabled(self) -> bool:
        return bool(self._tokens)

    def check(self, request: Request) -> str:
        """The reviewer's name; raises 401 (no token sent) or 403 (wrong token, or reviewing off)."""
        header = request.headers.get("authorization", "")
        scheme, _, sent = header.partition(" ")
        sent = sent.strip()
        if scheme.lower() != "bearer" or not sent:
            raise StarletteHTTPException(401, "reviewing needs a reviewer token (Authorization: Bearer ...)",
                                         headers={"WWW-Authenticate": "Bearer"})
        if not self._tokens:
            raise StarletteHTTPException(403, "reviewing is off on this server")
        for token, name in self._tokens.items():
            if hmac.compare_digest(token.encode("utf-8"), sent.encode("utf-8")):
                return name
        raise StarletteHTTPException(403, "wrong reviewer token")


# --- the body: API fields -> column values ------------------------------------------------------

def _text(field: str, value: Any, limit: int = MAX_NAME, required: bool = False) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise BadParameter(field, "is required")
        return None
    if not isinstance(value, str):
        raise BadParameter(field, "must be a string")
    text: str = value.strip()
    if len(text) > limit:
        raise BadParameter(field, f"longer than {limit} characters")
    if any(ord(ch) < 32 and ch not in "\n\t" for ch in text):
        raise BadParameter(field, "contains control characters")
    return text


def _int(field: str, value: Any, low: int = 0, high: int = 1_000_000) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise BadParameter(field, f"must be a whole number from {low} to {high}")
    return value


def _count(field: str, value: Any) -> dict[str, Any]:
    cols = {f"{field}_best": None, f"{field}_low": None, f"{field}_high": None}
    if value is None:
        return cols
    if isinstance(value, int) and not isinstance(value, bool):
        value = {"best": value}
    if not isinstance(value, dict) or "best" not in value or set(value) - {"best", "low", "high"}:
        raise BadParameter(field, 'expected {"best": N, "low": N, "high": N} or null')
    best = _int(f"{field}.best", value["best"])
    low = _int(f"{field}.low", value.get("low", best))
    high = _int(f"{field}.high", value.get("high", best))
    if not low <= best <= high:
        raise BadParameter(field, "needs low <= best <= high")
    return {f"{field}_best": best, f"{field}_low": low, f"{field}_high": high}


def _actor(field: str, value: Any) -> dict[str, Any]:
    if value is None:
        return {f"{field}_id": None, f"{field}_name": None, f"{field}_name_ar": None, f"{field}_inter": None}
    if isinstance(value, str):
        value = {"name": value}
    if not isinstance(value, dict) or set(value) - {"name", "name_ar", "inter"}:
        raise BadParameter(field, 'expected {"name": "...", "name_ar": "...", "inter": N}, a name, or null')
    name = _text(f"{field}.name", value.get("name"))
    name_ar = _text(f"{field}.name_ar", value.get("name_ar"))
    if not name and not name_ar:
        raise BadParameter(field, "needs a name or name_ar")
    inter = value.get("inter")
    return {f"{field}_id": None, f"{field}_name": name or name_ar, f"{field}_name_ar": name_ar,
            f"{field}_inter": None if inter is None else _int(f"{field}.inter", inter, 0, 8)}


def _coordinate(field: str, value: Any, bound: float) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) \
            or not -bound <= value <= bound:
        raise BadParameter(field, f"must be a number from {-bound:g} to {bound:g}")
    return float(value)


_LOCATION_KEYS = {"name", "name_ar", "lat", "lon", "country", "admin1", "admin2", "geo_precision"}


def _location(value: Any, current: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(value, dict) or set(value) - _LOCATION_KEYS or not value:
        raise BadParameter("location", f"expected an object with some of: {', '.join(sorted(_LOCATION_KEYS))}")
    merged = {**{k: current.get(k) for k in _LOCATION_KEYS}, **value}
    country = _text("location.country", merged.get("country"))
    code = None
    if country:
        code = to_alpha2(country)
        if code is None or code not in COUNTRIES:
            raise BadParameter("location.country", f"unknown country {country!r}")
    lat = _coordinate("location.lat", merged.get("lat"), 90)
    lon = _coordinate("location.lon", merged.get("lon"), 180)
    if (lat is None) != (lon is None):
        raise BadParameter("location", "give both lat and lon, or neither")
    precision = merged.get("geo_precision")
    return {
        "place_id": current.get("place_id") if set(value) <= {"name", "name_ar"} else None,
        "location_name": _text("location.name", merged.get("name")),
        "location_name_ar": _text("location.name_ar", merged.get("name_ar")),
        "lat": lat, "lon": lon, "country": code,
        "admin1": _text("location.admin1", merged.get("admin1")),
        "admin2": _text("location.admin2", merged.get("admin2")),
        "geo_precision": None if precision is None else _int("location.geo_precision", precision, 1, 3),
    }


def _day(value: Any) -> dict[str, Any]:
    if value is None:
        return {"date": None, "date_start": None, "date_end": None, "time_precision": 3}
    text = _text("date", value)
    try:
        day = date.fromisoformat(text or "").isoformat()
    except ValueError as exc:
        raise BadParameter("date", f"{value!r} is not a date (YYYY-MM-DD)") from exc
    return {"date": day, "date_start": day, "date_end": day, "time_precision": 1}


def parse_changes(changes: Any, current: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """Column values and the API fields they change, from an edit's ``changes`` object."""
    if not isinstance(changes, dict) or not changes:
        raise BadParameter("changes", "an edit needs an object of fields and their new values")
    unknown = sorted(set(changes) - set(store_review.FIELD_COLUMNS))
    if unknown:
        raise BadParameter(f"changes.{unknown[0]}",
                           f"cannot be edited; editable: {', '.join(store_review.FIELD_COLUMNS)}")
    cols: dict[str, Any] = {}
    for field, value in changes.items():
        if field in ("event_type", "sub_event_type", "status"):
            allowed = {"event_type": tuple(EVENT_TYPES), "sub_event_type": tuple(SUB_EVENT_TYPES),
                       "status": STATUSES}[field]
            if value not in allowed:
                raise BadParameter(f"changes.{field}", f"one of: {', '.join(allowed)}")
            cols[field] = value
        elif field == "date":
            cols.update(_day(value))
        elif field in ("fatalities", "injured"):
            cols.update(_count(field, value))
        elif field in ("actor1", "actor2"):
            cols.update(_actor(field, value))
        elif field == "location":
            cols.update(_location(value, current.get("location") or {}))
        elif field == "civilian_targeting":
            if not isinstance(value, bool):
                raise BadParameter("changes.civilian_targeting", "must be true or false")
            cols["civilian_targeting"] = int(value)
        elif field == "notes":
            cols["notes"] = _text("changes.notes", value, MAX_NOTE) or ""
    event_type = cols.get("event_type", current.get("event_type"))
    sub = cols.get("sub_event_type", current.get("sub_event_type"))
    if SUB_EVENT_TYPES.get(str(sub)) != event_type:
        raise BadParameter("changes.sub_event_type", f"{sub!r} is not a sub-event type of {event_type!r}")
    return cols, list(changes)


def _note(body: dict[str, Any]) -> str:
    return _text("note", body.get("note"), MAX_NOTE) or ""


def _id(field: str, value: Any) -> int:
    text = str(value).strip().lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if isinstance(value, int | str) else ""
    if not text.isdigit() or isinstance(value, bool):
        raise BadParameter(field, "must be an event or report id")
    return int(text)


def install_review_routes(app: FastAPI, reader: Store, writer: Callable[[], Store | None],
                          reviewers: Reviewers, errors: dict[int | str, dict[str, Any]]) -> None:
    """Add the write API to ``app``; ``writer()`` gives the store opened for writing (None: off)."""

    def guard(request: Request, event_id: str) -> tuple[Store, str, int, dict[str, Any]]:
        name = reviewers.check(request)
        store = writer()
        if store is None:
            raise StarletteHTTPException(403, "reviewing is off on this server")
        event = store.get_event(event_id) if len(event_id) <= 40 else None
        if event is None:
            raise StarletteHTTPException(404, f"no event {event_id!r}")
        return store, name, int(event["id"]), event

    def answer(store: Store, event: dict[str, Any], **extra: Any) -> dict[str, Any]:
        event["history"] = store_review.history(store, int(event["id"]))
        return {"ok": True, "event": event, **extra}

    @app.post("/api/events/{event_id}/review", summary="Accept, edit or reject an event (reviewer token)",
              responses=errors)
    def review_event(request: Request, event_id: str, body: Json) -> dict[str, Any]:
        store, name, pk, event = guard(request, event_id)
        action = body.get("action")
        if action not in store_review.ACTIONS:
            raise BadParameter("action", f"one of: {', '.join(store_review.ACTIONS)}")
        unknown = sorted(set(body) - {"action", "changes", "note"})
        if unknown:
            raise BadParameter(unknown[0], "unknown field; accepted: action, changes, note")
        cols: dict[str, Any] = {}
        fields: list[str] = []
        if action == "edit":
            cols, fields = parse_changes(body.get("changes"), event)
        elif body.get("changes"):
            raise BadParameter("changes", f"only an edit has changes, not {action!r}")
        return answer(store, store_review.review(store, pk, str(action), cols, fields, _note(body), name))

    @app.post("/api/events/{event_id}/merge", summary="Merge another event into this one (reviewer token)",
              responses=errors)
    def merge_events(request: Request, event_id: str, body: Json) -> dict[str, Any]:
        store, name, pk, _ = guard(request, event_id)
        other = _id("other", body.get("other"))
        if store.get_event(other) is None:
            raise StarletteHTTPException(404, f"no event {other}")
        if other == pk:
            raise BadParameter("other", "an event cannot be merged with itself")
        return answer(store, store_review.merge(store, pk, other, _note(body), name), merged=other)

    @app.post("/api/events/{event_id}/split", summary="Split a report off into an event of its own "
              "(reviewer token)", responses=errors)
    def split_event(request: Request, event_id: str, body: Json) -> dict[str, Any]:
        store, name, pk, event = guard(request, event_id)
        report = _id("report", body.get("report"))
        if report not in {int(r["id"]) for r in event.get("reports") or []}:
            raise BadParameter("report", f"report {report} is not a report of event {pk}")
        if len(event.get("reports") or []) < 2:
            raise BadParameter("report", "the event has only this report")
        kept, new = store_review.split(store, pk, report, _note(body), name)
        new["history"] = store_review.history(store, int(new["id"]))
        return answer(store, kept, new_event=new)
