"""The one filter layer over merged events, used by the CLI, the web API, the web page and exports.

``parse_filter`` turns the parameters as users give them (strings, by the API's names) into an
``EventFilter`` or raises ``FilterError`` naming the parameter, the value and what is allowed;
``where`` turns an ``EventFilter`` into SQL. Event types, sub-event types and statuses are
matched without regard to case; actor search folds Arabic spelling (ة/ه, ى/ي, hamza seats,
diacritics) and knows the actors' Arabic aliases (داعش finds Islamic State); text search
(``q``) matches folded words and their inflections (see ``marsad.store.search``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from marsad.days import DayError, iso_day
from marsad.errors import ConfigError
from marsad.store.countries import COUNTRIES, to_alpha2
from marsad.taxonomy import EVENT_TYPES as TAXONOMY_TYPES
from marsad.taxonomy import STATUSES
from marsad.text import fold

# The ACLED event types and sub-event types of the codebook (docs/codebook.md, section 2).
EVENT_TYPES: dict[str, tuple[str, ...]] = {str(t): tuple(str(s) for s in subs) for t, subs in TAXONOMY_TYPES.items()}
SUB_EVENT_TYPES: dict[str, str] = {sub: et for et, subs in EVENT_TYPES.items() for sub in subs}

FILTER_PARAMS = ("since", "until", "country", "admin1", "event_type", "sub_event_type", "actor", "status",
                 "bbox", "q", "fatalities_min", "fatalities_max", "outlet", "geo_precision")
MAX_TEXT = 200  # longest accepted free-text value (actor, admin1, q)
MAX_ACTOR_NAMES = 60  # canonical actors one actor search may expand to


class FilterError(ConfigError, ValueError):
    """A filter value that cannot be used; ``param`` names it (by the API's name), ``message`` says why."""

    def __init__(self, param: str, message: str) -> None:
        self.param = param
        self.message = message
        super().__init__(f"invalid parameter {param!r}: {message}")


@dataclass(frozen=True, slots=True)
class EventFilter:
    since: str | None = None  # ISO day, inclusive
    until: str | None = None  # ISO day, inclusive
    country: str | None = None  # ISO alpha-2, alpha-3 or English name
    admin1: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None  # part of an actor's name (English or Arabic, folded) or an Arabic alias
    status: str | None = None
    bbox: tuple[float, float, float, float] | None = None  # min_lon, min_lat, max_lon, max_lat
    q: str | None = None  # full-text over the articles behind the event
    fatalities_min: int | None = None  # best fatality estimate at least this
    fatalities_max: int | None = None  # best fatality estimate at most this (unknown counts as 0)
    outlet: str | None = None  # part of an outlet's name, case-insensitive
    geo_precision: int | None = None  # 1 exact place, 2 near it, 3 region


# --- parsing ----------------------------------------------------------------------------------


def _text(params: Mapping[str, str | None], name: str) -> str | None:
    value = params.get(name)
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    if len(value) > MAX_TEXT:
        raise FilterError(name, f"longer than {MAX_TEXT} characters")
    if any(ord(ch) < 32 for ch in value):
        raise FilterError(name, "contains control characters")
    return value


def parse_day(name: str, value: str | None) -> str | None:
    """An ISO day ``YYYY-MM-DD`` (a longer ISO timestamp is cut to its day)."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    day = text[:10]
    if len(day) != 10 or (len(text) > 10 and text[10] not in "T "):
        raise FilterError(name, f"{value!r} is not a date (YYYY-MM-DD)")
    try:
        return iso_day(day)
    except DayError as exc:
        raise FilterError(name, f"{value!r} is not a date (YYYY-MM-DD)") from exc


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    """``min_lon,min_lat,max_lon,max_lat`` in degrees (WGS84)."""
    import math

    if value is None or not value.strip():
        return None
    parts = value.split(",")
    wanted = "expected four numbers: min_lon,min_lat,max_lon,max_lat"
    if len(parts) != 4:
        raise FilterError("bbox", wanted)
    try:
        min_lon, min_lat, max_lon, max_lat = (float(p) for p in parts)
    except ValueError as exc:
        raise FilterError("bbox", wanted) from exc
    if not all(math.isfinite(v) for v in (min_lon, min_lat, max_lon, max_lat)):
        raise FilterError("bbox", "coordinates must be finite numbers")
    if not (-180 <= min_lon <= 180 and -180 <= max_lon <= 180):
        raise FilterError("bbox", "longitudes must lie in [-180, 180]")
    if not (-90 <= min_lat <= 90 and -90 <= max_lat <= 90):
        raise FilterError("bbox", "latitudes must lie in [-90, 90]")
    if min_lon > max_lon or min_lat > max_lat:
        raise FilterError("bbox", "min_lon,min_lat must not exceed max_lon,max_lat")
    return min_lon, min_lat, max_lon, max_lat


def parse_country(value: str | None) -> str | None:
    text = _text({"country": value}, "country")
    if text is None:
        return None
    code = to_alpha2(text)
    if code is None or code not in COUNTRIES:
        raise FilterError("country", f"unknown country {text!r}: give an ISO code (SY, SYR) or an English name")
    return code


def _choice(name: str, value: str | None, allowed: Mapping[str, Any] | tuple[str, ...]) -> str | None:
    text = _text({name: value}, name)
    if text is None:
        return None
    by_fold = {a.casefold(): a for a in allowed}
    chosen = by_fold.get(text.casefold())
    if chosen is None:
        raise FilterError(name, f"unknown value {text!r}; one of: {', '.join(allowed)}")
    return chosen


def parse_filter(params: Mapping[str, str | None]) -> EventFilter:
    """The ``EventFilter`` of the filter parameters (``FILTER_PARAMS``); raises ``FilterError``."""
    since = parse_day("since", params.get("since"))
    until = parse_day("until", params.get("until"))
    if since and until and since > until:
        raise FilterError("since", f"{since} is after until={until}")
    event_type = _choice("event_type", params.get("event_type"), EVENT_TYPES)
    sub_event_type = _choice("sub_event_type", params.get("sub_event_type"), tuple(SUB_EVENT_TYPES))
    if event_type and sub_event_type and SUB_EVENT_TYPES[sub_event_type] != event_type:
        raise FilterError("sub_event_type", f"{sub_event_type!r} is not a sub-event type of {event_type!r}")
    low, high = parse_count("fatalities_min", params.get("fatalities_min")), \
        parse_count("fatalities_max", params.get("fatalities_max"))
    if low is not None and high is not None and low > high:
        raise FilterError("fatalities_min", f"{low} is more than fatalities_max={high}")
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


def parse_count(name: str, value: str | None, low: int = 0, high: int = 1_000_000) -> int | None:
    """A whole number from ``low`` to ``high`` (fatalities bounds, geo precision)."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    if not text.isdigit() or not low <= int(text) <= high:
        raise FilterError(name, f"{value!r} is not a whole number from {low} to {high}")
    return int(text)


def filter_json(f: EventFilter) -> dict[str, Any]:
    """The filters in effect, as the API echoes them (only those set)."""
    out: dict[str, Any] = {}
    for name in FILTER_PARAMS:
        value = getattr(f, name)
        if value is not None:
            out[name] = list(value) if name == "bbox" else value
    return out


# --- actors: folded names and aliases ---------------------------------------------------------

# The Arabic folding of ``marsad.text.fold`` that matters for names, as SQL both dialects run.
_SQL_FOLDS = (("ة", "ه"), ("ى", "ي"), ("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ؤ", "و"), ("ئ", "ي"))
_SQL_DROPS = tuple(chr(c) for c in (*range(0x064B, 0x0653), 0x0670, 0x0640))


def fold_sql(expr: str) -> str:
    """SQL folding ``expr`` as ``fold`` does for Arabic letters (nested REPLACE: SQLite and PostgreSQL)."""
    out = f"LOWER({expr})"
    for old, new in _SQL_FOLDS:
        out = f"REPLACE({out}, '{old}', '{new}')"
    for mark in _SQL_DROPS:
        out = f"REPLACE({out}, '{mark}', '')"
    return out


def fold_name(value: str) -> str:
    return " ".join(fold(value).casefold().split())


@lru_cache(maxsize=1)
def _actor_index() -> tuple[tuple[str, tuple[str, str], frozenset[str]], ...]:
    """Each canonical actor: English name, its folded names (English, Arabic) and folded Arabic aliases."""
    from marsad.knowledge.loader import actors

    out = []
    for record in actors().values():
        names = (fold_name(record.name), fold_name(record.name_ar))
        aliases = frozenset(f for f in (fold_name(a) for a in (record.name_ar, *record.aliases_ar)) if f)
        out.append((record.name, names, aliases))
    return tuple(out)


def actor_names(query: str) -> list[str]:
    """Canonical English names of the actors the query names: one of their Arabic aliases (داعش), or a
    part of their English or Arabic name (folded either way)."""
    key = fold_name(query)
    if not key:
        return []
    exact = [name for name, _names, aliases in _actor_index() if key in aliases]
    partial = [name for name, names, _aliases in _actor_index() if any(key in n for n in names)]
    return list(dict.fromkeys([*exact, *partial]))[:MAX_ACTOR_NAMES]


# --- SQL --------------------------------------------------------------------------------------


def _like(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _actor_clause(actor: str, prefix: str) -> tuple[str, list[Any]]:
    english = [f"{prefix}{side}_name" for side in ("actor1", "actor2")]
    assoc = [f"{prefix}assoc_actor_1", f"{prefix}assoc_actor_2"]
    arabic = [f"{prefix}{side}_name_ar" for side in ("actor1", "actor2")]
    parts: list[str] = []
    params: list[Any] = []
    key = fold_name(actor)
    for col in [*english, *assoc]:
        parts.append(f"LOWER({col}) LIKE ? ESCAPE '\\'")
        params.append(_like(actor.casefold()))
    for col in arabic:  # folded only where Arabic is stored: the nested REPLACE costs
        parts.append(f"{fold_sql(col)} LIKE ? ESCAPE '\\'")
        params.append(_like(key))
    names = actor_names(actor)
    if names:
        marks = ", ".join("?" for _ in names)
        for col in english:
            parts.append(f"{col} IN ({marks})")
            params.extend(names)
    return "(" + " OR ".join(parts) + ")", params


def where(
    f: EventFilter, fts_sql: str, fts_query: Callable[[str], str] = str, prefix: str = "e."
) -> tuple[str, list[Any]]:
    """A WHERE clause (``?`` placeholders) over the events table aliased by ``prefix``.

    ``fts_sql`` is the dialect's sub-query giving the article ``pk`` values that match one
    parameter, made from the query text by ``fts_query``.
    """
    clauses: list[str] = []
    params: list[Any] = []

    def add(sql: str, *values: Any) -> None:
        clauses.append(sql)
        params.extend(values)

    if f.since:
        add(f"{prefix}date >= ?", f.since[:10])
    if f.until:
        add(f"{prefix}date <= ?", f.until[:10])
    if f.country:
        code = to_alpha2(f.country)
        if code is None:
            raise FilterError("country", f"unknown country {f.country!r}: give an ISO code or an English name")
        add(f"{prefix}country = ?", code)
    if f.admin1:
        add(f"LOWER({prefix}admin1) = ?", f.admin1.casefold())
    if f.event_type:
        add(f"LOWER({prefix}event_type) = ?", f.event_type.casefold())
    if f.sub_event_type:
        add(f"LOWER({prefix}sub_event_type) = ?", f.sub_event_type.casefold())
    if f.status:
        add(f"{prefix}status = ?", f.status.casefold())
    if f.actor:
        sql, values = _actor_clause(f.actor, prefix)
        add(sql, *values)
    if f.bbox:
        min_lon, min_lat, max_lon, max_lat = f.bbox
        add(f"{prefix}lon BETWEEN ? AND ? AND {prefix}lat BETWEEN ? AND ?", min_lon, max_lon, min_lat, max_lat)
    if f.fatalities_min is not None and f.fatalities_min > 0:
        add(f"{prefix}fatalities_best >= ?", f.fatalities_min)
    if f.fatalities_max is not None:
        add(f"COALESCE({prefix}fatalities_best, 0) <= ?", f.fatalities_max)
    if f.outlet:
        add(f"LOWER({prefix}outlets) LIKE ? ESCAPE '\\'", _like(f.outlet))
    if f.geo_precision is not None:
        add(f"{prefix}geo_precision = ?", f.geo_precision)
    if f.q and f.q.strip():
        add(
            f"{prefix}pk IN (SELECT er.event_pk FROM event_reports er JOIN reports r ON r.pk = er.report_pk "
            f"WHERE r.article_pk IN ({fts_sql}))",
            fts_query(f.q),
        )
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params
