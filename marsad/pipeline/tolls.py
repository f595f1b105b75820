"""Stage: one toll, several events. When a sentence gives one figure for events coded apart
("قتل 12 شخصا في غارات على قرى X وY وZ"), the codebook divides it evenly among them, any
remainder to the first: each event's ``best`` and ``low`` are its share, ``high`` the whole
figure. Runs after the decision, over the events kept: a candidate dropped takes no share."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from marsad.document import Document
from marsad.model import Event
from marsad.taxonomy import Status

TollKey = tuple[int, int]  # the figure's evidence span in the article


def shares(keys: Sequence[TollKey | None], whole: Sequence[int]) -> list[int | None]:
    """For each event, its share of a figure that several events carry (the same ``key``),
    or None when the figure is its own. ``whole`` is each event's figure."""
    groups: dict[TollKey, list[int]] = {}
    for k, key in enumerate(keys):
        if key is not None:
            groups.setdefault(key, []).append(k)
    out: list[int | None] = [None] * len(keys)
    for members in groups.values():
        if len(members) < 2:
            continue
        part, rest = divmod(whole[members[0]], len(members))
        for n, k in enumerate(members):
            out[k] = part + (rest if n == 0 else 0)
    return out


def share(events: list[Event]) -> list[Event]:
    """The events, with each figure that several of them carry divided among them."""
    keys = [(e.fatalities.evidence.start, e.fatalities.evidence.end)
            if e.fatalities is not None and e.fatalities.evidence is not None and e.status == Status.OCCURRED else None
            for e in events]
    parts = shares(keys, [e.fatalities.best if e.fatalities is not None else 0 for e in events])
    out = list(events)
    for k, part in enumerate(parts):
        f = events[k].fatalities
        if part is not None and f is not None:
            out[k] = replace(events[k], fatalities=replace(f, best=part, low=part, high=max(f.high, f.best)))
    return out


def share_json(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The same on events as JSON (``Event.to_json``): for predictions assembled from candidates."""
    def key(e: dict[str, Any]) -> TollKey | None:
        f = e.get("fatalities") or {}
        ev = f.get("evidence") or {}
        if not f or not ev or (e.get("status") or Status.OCCURRED) != Status.OCCURRED:
            return None
        return int(ev["start"]), int(ev["end"])

    parts = shares([key(e) for e in events], [int((e.get("fatalities") or {}).get("best") or 0) for e in events])
    out = list(events)
    for k, part in enumerate(parts):
        if part is not None:
            f = events[k]["fatalities"]
            out[k] = {**events[k], "fatalities": {**f, "best": part, "low": part, "high": max(f["high"], f["best"])}}
    return out


def run(doc: Document) -> None:
    shared = share(doc.events)
    changed = {id(old): new for old, new in zip(doc.events, shared, strict=True) if new is not old}
    if not changed:
        return
    for cand in doc.candidates:
        cand.event = changed.get(id(cand.event), cand.event)
    doc.events = shared
