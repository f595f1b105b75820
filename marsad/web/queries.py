"""Query parameters of the web API: parsed and checked here, once, into an ``EventFilter``.

Every check raises ``BadParameter`` naming the parameter, which the app turns into a 400 with
the one error shape ``{"ok": false, "error": "...", "status": 400}``. Nothing a client sends
reaches the store unchecked, so a bad filter can never become a 500.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from marsad.model import STATUSES
from marsad.store import EventFilter
from marsad.store.countries import COUNTRIES, to_alpha2

# The ACLED event types and sub-event types of the codebook (docs/codebook.md, section 2).
EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
        "Suicide bomb", "Grenade", "Chemical weapon",
    ),
    "Violence against civilians": ("Attack", "Abduction/forced disappearance", "Sexual violence"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction",
        "Non-violent transfer of territory", "Other",
    ),
}
SUB_EVENT_TYPES: dict[str, str] = {sub: et for et, subs in EVENT_TYPES.items() for sub in subs}

FILTER_PARAMS = ("since", "until", "country", "admin1", "event_type", "sub_event_type", "actor", "status",
                 "bbox", "q", "fatalities_min", "fatalities_max", "outlet", "geo_precision")
PAGE_PARAMS = ("limit", "offset")
DEFAULT_LIMIT = 100
MAX_LIMIT = 5000
MAX_TEXT = 200  # longest accepted free-text value (actor, admin1, q)


class BadParameter(ValueError):
    """A query parameter that cannot be used; ``param`` names it."""

    def __init__(self, param: str, message: str) -> None:
        self.param = param
        super().__init__(f"invalid parameter {param!r}: {message}")


@dataclass(frozen=True, slots=True)
class Page:
    limit: int
    offset: int


def _text(params: Mapping[str, str | None], name: str) -> str | None:
    value = params.get(name)
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    if len(value) > MAX_TEXT:
        raise BadParameter(name, f"longer than {MAX_TEXT} characters")
    if any(ord(ch) < 32 for ch in value):
        raise BadParameter(name, "contains control characters")
    return value


def parse_day(name: str, value: str | None) -> str | None:
    """An ISO day ``YYYY-MM-DD`` (a longer ISO timestamp is cut to its day)."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    day = text[:10]
    if len(day) != 10 or (len(text) > 10 and text[10] not in "T "):
        raise BadParameter(name, f"{value!r} is not a date (YYYY-MM-DD)")
    try:
        return date.fromisoformat(day).isoformat()
    except ValueError as exc:
        raise BadParameter(name, f"{value!r} is not a date (YYYY-MM-DD)") from exc


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    """``min_lon,min_lat,max_lon,max_lat`` in degrees (WGS84)."""
    if value is None or not value.strip():
        return None
    parts = value.split(",")
    if len(parts) != 4:
        raise BadParameter("bbox", "expected four numbers: min_lon,min_lat,max_lon,max_lat")
    try:
        min_lon, min_lat, max_lon, max_lat = (float(p) for p in parts)
    except ValueError as exc:
        raise BadParameter("bbox", "expected four numbers: min_lon,min_lat,max_lon,max_lat") from exc
    if not all(math.isfinite(v) for v in (min_lon, min_lat, max_lon, max_lat)):
        raise BadParameter("bbox", "coordinates must be finite numbers")
    if not (-180 <= min_lon <= 180 and -180 <= max_lon <= 180):
        raise BadParameter("bbox", "longitudes must lie in [-180, 180]")
    if not (-90 <= min_lat <= 90 and -90 <= max_lat <= 90):
        raise BadParameter("bbox", "latitudes must lie in [-90, 90]")
    if min_lon > max_lon or min_lat > max_lat:
        raise BadParameter("bbox", "min_lon,min_lat must not exceed max_lon,max_lat")
    return min_lon, min_lat, max_lon, max_lat


def parse_country(value: str | None) -> str | None:
    text = _text({"country": value}, "country")
    if text is None:
        return None
    code = to_alpha2(text)
    if code is None or code not in COUNTRIES:
        raise BadParameter("country", f"unknown country {text!r}: give an ISO code (SY, SYR) or an English name")
    return code


def _choice(name: str, value: str | None, allowed: Mapping[str, Any] | tuple[str, ...]) -> str | None:
    text = _text({name: value}, name)
    if text is None:
        return None
    by_fold = {a.casefold(): a for a in allowed}
    chosen = by_fold.get(text.casefold())
    if chosen is None:
        raise BadParameter(name, f"unknown value {text!r}; one of: {', '.join(allowed)}")
    return chosen


def parse_count(name: str, value: str | None, low: int = 0, high: int = 1_000_000) -> int | None:
    """A whole number from ``low`` to ``high`` (fatalities bounds, geo precision)."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    if not text.isdigit() or not low <= int(text) <= high:
        raise BadParameter(name, f"{value!r} is not a whole number from {low} to {high}")
    return int(text)


def parse_filter(params: Mapping[str, str | None]) -> EventFilter:
    """The ``EventFilter`` of the API's filter parameters; raises ``BadParameter``."""
    since = parse_day("since", params.get("since"))
    until = parse_day("until", params.get("until"))
    if since and until and since > until:
        raise BadParameter("since", f"{since} is after until={until}")
    event_type = _choice("event_type", params.get("event_type"), EVENT_TYPES)
    sub_event_type = _choice("sub_event_type", params.get("sub_event_type"), tuple(SUB_EVENT_TYPES))
    if event_type and sub_event_type and SUB_EVENT_TYPES[sub_event_type] != event_type:
        raise BadParameter("sub_event_type", f"{sub_event_type!r} is not a sub-event type of {event_type!r}")
    low, high = parse_count("fatalities_min", params.get("fatalities_min")), \
        parse_count("fatalities_max", params.get("fatalities_max"))
    if low is not None and high is not None and low > high:
        raise BadParameter("fatalities_min", f"{low} is more than fatalities_max={high}")
    return EventFilter(
        since=since,
        until=until,
        country=parse_country(params.get("country")),
        admin1=_text(params, "admin1"),
        event_type=event_type,
        sub_event_type=sub_event_type,
        actor=_text(params, "actor"),
        status=_choice("status", params.get("status"), STATUSES),
        bbox=parse_bbox(params.get("bbox")),
        q=_text(params, "q"),
        fatalities_min=low,
        fatalities_max=high,
        outlet=_text(params, "outlet"),
        geo_precision=parse_count("geo_precision", params.get("geo_precision"), 1, 3),
    )


def parse_page(limit: int | None, offset: int | None) -> Page:
    chosen = DEFAULT_LIMIT if limit is None else limit
    if not 1 <= chosen <= MAX_LIMIT:
        raise BadParameter("limit", f"must be between 1 and {MAX_LIMIT}")
    start = 0 if offset is None else offset
    if start < 0:
        raise BadParameter("offset", "must be 0 or more")
    return Page(chosen, start)


def check_known(names: set[str], allowed: tuple[str, ...]) -> None:
    """Reject unknown query parameters (a misspelt filter would otherwise be silently ignored)."""
    unknown = sorted(names - set(allowed))
    if unknown:
        raise BadParameter(unknown[0], f"unknown parameter; accepted: {', '.join(allowed)}")


def filter_json(f: EventFilter) -> dict[str, Any]:
    """The filters in effect, as the API echoes them (only those set)."""
    out: dict[str, Any] = {}
    for name in FILTER_PARAMS:
        value = getattr(f, name)
        if value is not None:
            out[name] = list(value) if name == "bbox" else value
    return out


def parse_level(value: str | None) -> str:
    level = (value or "admin0").strip()
    if level not in ("admin0", "admin1"):
        raise BadParameter("level", "one of: admin0, admin1")
    return level
