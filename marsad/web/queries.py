"""Query parameters of the web API: parsed and checked here, once, into an ``EventFilter``.

The filters themselves are the one filter layer of ``marsad.store.filters`` (the CLI and the
exports use the same); this module adds paging and the API's checks of parameter names. Every
check raises ``BadParameter`` naming the parameter, which the app turns into a 400 with the one
error shape ``{"ok": false, "error": "...", "status": 400}``. Nothing a client sends reaches the
store unchecked, so a bad filter can never become a 500.
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.store.filters import (
    EVENT_TYPES,
    FILTER_PARAMS,
    MAX_TEXT,
    SUB_EVENT_TYPES,
    filter_json,
    parse_bbox,
    parse_country,
    parse_day,
    parse_filter,
)
from marsad.store.filters import FilterError as BadParameter

__all__ = [
    "DEFAULT_LIMIT", "EVENT_TYPES", "FILTER_PARAMS", "MAX_LIMIT", "MAX_OFFSET", "MAX_TEXT", "PAGE_PARAMS", "SUB_EVENT_TYPES",
    "BadParameter", "Page", "check_known", "filter_json", "parse_bbox", "parse_country", "parse_day",
    "parse_filter", "parse_level", "parse_page",
]

PAGE_PARAMS = ("limit", "offset")
DEFAULT_LIMIT = 100
MAX_LIMIT = 5000
MAX_OFFSET = 1_000_000_000  # far past any store; keeps the SQL integer in range


@dataclass(frozen=True, slots=True)
class Page:
    limit: int
    offset: int


def parse_page(limit: int | None, offset: int | None) -> Page:
    chosen = DEFAULT_LIMIT if limit is None else limit
    if not 1 <= chosen <= MAX_LIMIT:
        raise BadParameter("limit", f"must be between 1 and {MAX_LIMIT}")
    start = 0 if offset is None else offset
    if not 0 <= start <= MAX_OFFSET:
        raise BadParameter("offset", f"must be between 0 and {MAX_OFFSET}")
    return Page(chosen, start)


def check_known(names: set[str], allowed: tuple[str, ...]) -> None:
    """Reject unknown query parameters (a misspelt filter would otherwise be silently ignored)."""
    unknown = sorted(names - set(allowed))
    if unknown:
        raise BadParameter(unknown[0], f"unknown parameter; accepted: {', '.join(allowed)}")


def parse_level(value: str | None) -> str:
    level = (value or "admin0").strip()
    if level not in ("admin0", "admin1"):
        raise BadParameter("level", "one of: admin0, admin1")
    return level
