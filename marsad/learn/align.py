"""Hand-coded (gold) events and their alignment to extracted events.

Gold files hold one JSON object per article, ``{"article_id": ..., "events": [...]}``, events
as in the codebook (no offsets). Two events are the same when they have the same event type
and the same place: one of the gold place's Arabic spellings equals the predicted place's
name or evidence (folded, without place words, article and clitics), or both have coordinates
less than 20 km apart. This is how the project's scorer matches events, so a model trained on
these labels learns what the scorer rewards: the right type at the right place.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from marsad.errors import InputError
from marsad.taxonomy import Status
from marsad.text import fold

JSONDict = dict[str, Any]
SAME_PLACE_KM = 20.0
_PLACE_WORDS = frozenset(fold(w) for w in (
    "مدينة", "قرية", "بلدة", "ريف", "محافظة", "حي", "منطقة", "ناحية", "مخيم", "معبر", "قاعدة", "مطار", "جبل",
    "سهل", "بادية", "شرق", "غرب", "شمال", "جنوب", "شرقي", "غربي", "شمالي", "جنوبي", "مركز", "قضاء",
))
_PREFIXES = ("وال", "بال", "فال", "لل", "ال")
_NOT_WORD = re.compile(r"[^\w\s]")


def load_gold(path: str | Path) -> dict[str, list[JSONDict]]:
    """Every article's gold events (all statuses), by article id."""
    out: dict[str, list[JSONDict]] = {}
    with open(path, encoding="utf-8") as handle:
        for n, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                out[str(row["article_id"])] = list(row.get("events") or [])
            except (ValueError, KeyError, TypeError) as err:
                raise InputError(f"not a gold row ({err})", source=f"{path}:{n}") from err
    return out


def place_key(name: str | None) -> str:
    words = []
    for word in _NOT_WORD.sub(" ", fold(name or "")).split():
        if word in _PLACE_WORDS:
            continue
        for prefix in _PREFIXES:
            if word.startswith(prefix) and len(word) > len(prefix) + 1:
                word = word[len(prefix):]
                break
        words.append(word)
    return " ".join(words)


def km(a: JSONDict, b: JSONDict) -> float | None:
    try:
        lat1, lon1, lat2, lon2 = (math.radians(float(v)) for v in (a["lat"], a["lon"], b["lat"], b["lon"]))
    except (KeyError, TypeError, ValueError):
        return None
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def same_place(gold: JSONDict | None, pred: JSONDict | None) -> bool:
    if not gold or not pred:
        return False
    names = {place_key(gold.get("name_ar"))} | {place_key(n) for n in gold.get("alt_ar") or []}
    names.discard("")
    mine = {place_key(pred.get("name_ar")), place_key((pred.get("evidence") or {}).get("text"))} - {""}
    if mine & names:
        return True
    d = km(gold, pred)
    return d is not None and d <= SAME_PLACE_KM


def status_of(event: JSONDict) -> str:
    return str(event.get("status") or Status.OCCURRED)


def match(gold: Sequence[JSONDict], pred: Sequence[JSONDict], typed: bool = True) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index), greedy in gold order; among the predicted
    events at the gold event's place, the one with the right sub-type and date first."""
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for gi, g in enumerate(gold):
        best: tuple[tuple[bool, bool], int] | None = None
        for pi, p in enumerate(pred):
            if pi in used or (typed and p.get("event_type") != g.get("event_type")):
                continue
            if not same_place(g.get("location"), p.get("location")):
                continue
            rank = (p.get("sub_event_type") != g.get("sub_event_type"), p.get("date") != g.get("date"))
            if best is None or rank < best[0]:
                best = (rank, pi)
        if best is not None:
            used.add(best[1])
            pairs.append((gi, best[1]))
    return pairs


def labels(gold: Sequence[JSONDict], pred: Sequence[JSONDict]) -> list[bool]:
    """For each predicted event: whether it is a gold event of its own status (type and place)."""
    out = [False] * len(pred)
    for status in {status_of(p) for p in pred}:
        g = [e for e in gold if status_of(e) == status]
        idx = [i for i, p in enumerate(pred) if status_of(p) == status]
        for _, pi in match(g, [pred[i] for i in idx]):
            out[idx[pi]] = True
    return out


def f1_counts(gold: Mapping[str, list[JSONDict]], pred: Mapping[str, Sequence[JSONDict]]) -> tuple[int, int, int]:
    """(matched, predicted, gold) over occurred events, typed matching."""
    tp = n_pred = n_gold = 0
    for article_id, events in gold.items():
        g = [e for e in events if status_of(e) == Status.OCCURRED]
        p = [e for e in pred.get(article_id, []) if status_of(e) == Status.OCCURRED]
        tp += len(match(g, p))
        n_pred += len(p)
        n_gold += len(g)
    return tp, n_pred, n_gold


def f1(tp: int, n_pred: int, n_gold: int) -> float:
    return 2 * tp / (n_pred + n_gold) if n_pred + n_gold else 0.0
