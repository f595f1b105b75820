"""Countries an article is about: named countries and the home countries of its actors."""

from __future__ import annotations

from collections import Counter

from marsad.document import Document
from marsad.pipeline.actors import ActorHit, tables


def country_hints(doc: Document) -> list[str]:
    """Countries ordered by weight: a named country counts twice, a home actor once."""
    if doc.country_hints:
        return doc.country_hints
    votes: Counter[str] = Counter()
    for m in doc.of("country"):
        votes[m.value.country] += 2
    t = tables()
    for m in doc.of("actor"):
        hit: ActorHit = m.value
        if hit.generic or hit.anaphor:
            continue  # "الجيش", "النظام": whose army depends on the article, so it says nothing here
        record = t.record(hit.ids[0])
        if record.country and record.inter != 8:
            votes[record.country] += 1
    hints = [c for c, _ in votes.most_common()]
    # Israel and the Palestinian territories are reported together: either one names both
    for a, b in _SHARED_NEWS:
        if a in hints and b not in hints:
            hints.append(b)
        elif b in hints and a not in hints:
            hints.append(a)
    doc.country_hints = hints
    return doc.country_hints


_SHARED_NEWS = (("IL", "PS"), ("SD", "SS"))
