"""Calendar days given by users (filters, ``published=``): parsed once, here, or refused clearly.

``iso_day`` accepts ``YYYY-MM-DD`` (a longer ISO timestamp is cut to its day), ``YYYY/MM/DD``,
RFC 2822 dates as feeds write them, and ``DD/MM/YYYY`` or ``MM/DD/YYYY`` only when one reading
alone is a date (``25/03/2024``); ``12/03/2024`` could be either and is refused.
"""

from __future__ import annotations

import re
from datetime import date
from email.utils import parsedate_to_datetime

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?")
_YMD = re.compile(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})")
_DMY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")

EXPECTED = "YYYY-MM-DD"


class DayError(ValueError):
    """A value that is not one calendar day; the message says why."""


def _day(year: str, month: str, day: str, value: str) -> date:
    try:
        return date(int(year), int(month), int(day))
    except ValueError as exc:
        raise DayError(f"{value!r} is not a date ({EXPECTED}): {exc}") from exc


def iso_day(value: str) -> str:
    """The ISO day ``YYYY-MM-DD`` of ``value``; raises ``DayError`` saying what is wrong."""
    text = value.strip()
    if m := _ISO.fullmatch(text) or _YMD.fullmatch(text):
        return _day(m[1], m[2], m[3], value).isoformat()
    if m := _DMY.fullmatch(text):
        first, second, year = m.groups()
        readings = set()
        for day, month in ((first, second), (second, first)):
            try:
                readings.add(date(int(year), int(month), int(day)))
            except ValueError:
                continue
        if len(readings) == 1:
            return readings.pop().isoformat()
        if not readings:
            raise DayError(f"{value!r} is not a date ({EXPECTED})")
        a, b = sorted(readings)
        raise DayError(
            f"{value!r} is ambiguous ({a.isoformat()} or {b.isoformat()}): write it as {EXPECTED}"
        )
    if "," in text or re.search(r"[A-Za-z]{3}", text):
        try:
            return parsedate_to_datetime(text).date().isoformat()
        except (TypeError, ValueError, IndexError):
            pass
    raise DayError(f"{value!r} is not a date ({EXPECTED})")
