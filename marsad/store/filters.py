"""``EventFilter``: what the CLI, the exports and the web API filter merged events by."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from marsad.errors import ConfigError
from marsad.store.countries import to_alpha2


@dataclass(frozen=True, slots=True)
class EventFilter:
    since: str | None = None  # ISO day, inclusive
    until: str | None = None  # ISO day, inclusive
    country: str | None = None  # ISO alpha-2, alpha-3 or English name
    admin1: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None  # part of an actor's English or Arabic name, any side, case-insensitive
    status: str | None = None
    bbox: tuple[float, float, float, float] | None = None  # min_lon, min_lat, max_lon, max_lat
    q: str | None = None  # full-text over the articles behind the event
    fatalities_min: int | None = None  # best fatality estimate at least this
    fatalities_max: int | None = None  # best fatality estimate at most this (unknown counts as 0)
    outlet: str | None = None  # part of an outlet's name, case-insensitive
    geo_precision: int | None = None  # 1 exact place, 2 near it, 3 region


def _like(value: str) -> str:
    escaped = value.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


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
            raise ConfigError(f"unknown country {f.country!r}: give an ISO code or an English name")
        add(f"{prefix}country = ?", code)
    if f.admin1:
        add(f"LOWER({prefix}admin1) = ?", f.admin1.casefold())
    if f.event_type:
        add(f"{prefix}event_type = ?", f.event_type)
    if f.sub_event_type:
        add(f"{prefix}sub_event_type = ?", f.sub_event_type)
    if f.status:
        add(f"{prefix}status = ?", f.status)
    if f.actor:
        cols = [f"{prefix}{side}_{n}" for side in ("actor1", "actor2") for n in ("name", "name_ar")]
        cols += [f"{prefix}assoc_actor_1", f"{prefix}assoc_actor_2"]
        pattern = _like(f.actor)
        add("(" + " OR ".join(f"LOWER({c}) LIKE ? ESCAPE '\\'" for c in cols) + ")", *([pattern] * len(cols)))
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
