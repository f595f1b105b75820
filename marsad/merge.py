"""Reports of one event combined: the one rule for tolls, sides and sources.

Reports of one event meet in two places, and both combine them here:

- within an article (``marsad.pipeline.geocode``): the same event told twice, or told at a
  governorate and at a village in it;
- across articles (``marsad.dedupe``): outlets reporting the same event.

Tolls (codebook section 4, "fatalities", and the ruling "Conflicting tolls" of section 8):

- The range covers every report: ``low`` is the smallest low, ``high`` the largest high.
- A vague figure (عشرات، عدة، مئات: coded 10, 3, 100) does not conflict with an exact one: it
  says roughly how many, and the exact figure says how many. The exact figure is ``best``
  ("عشرات القتلى" and "مقتل 28": best 28, low 10, high 28).
- Figures of the same kind (two exact ones, or two vague ones) that differ conflict: ``best``
  is the smallest, ACLED's conservative choice; of equal ones the first report's stays.
- The evidence (and the vagueness) is that of the figure chosen as ``best``.

A toll the text says has risen (ارتفع إلى) is a revision, not a conflict: it is ``best`` (of two
revisions, the later), ``low`` the earlier figure. Revisions are read within their article,
where the text says so (``Count.revised``, not kept in the store), never guessed between reports.

Sides: a side the text names beats none and beats one coded by convention (no evidence: the
unidentified armed group of a bombing); otherwise the first report's side stays.

Sources: the first report's list as it is, then each source of the other that it does not
name yet, in order.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import replace
from functools import reduce
from typing import TypeVar

from marsad.model import ActorRef, Count

T = TypeVar("T")


def combine_count(first: Count | None, second: Count | None) -> Count | None:
    """The toll of one event that two reports give (either may give none)."""
    if first is None:
        return second
    if second is None:
        return first
    if first.revised or second.revised:
        best = second if second.revised else first  # the latest revision the text gives
    else:
        best = min((first, second), key=lambda c: (c.vague, c.best))
    return replace(best, low=min(first.low, second.low), high=max(first.high, second.high))


def combine_counts(counts: Iterable[Count | None]) -> Count | None:
    """The toll of one event that several reports give, combined in their order."""
    return reduce(combine_count, counts, None)


def named_actor(first: ActorRef | None, second: ActorRef | None) -> ActorRef | None:
    """Of two reports' sides, the one the text names beats none and beats one coded by convention."""
    if first is None or (first.evidence is None and second is not None and second.evidence is not None):
        return second
    return first


def distinct(items: Iterable[T], key: Callable[[T], Hashable]) -> tuple[T, ...]:
    """The items in order, each key once (the first item with it)."""
    seen: set[Hashable] = set()
    out: list[T] = []
    for item in items:
        k = key(item)
        if k not in seen:
            seen.add(k)
            out.append(item)
    return tuple(out)


def union(first: Sequence[T], second: Iterable[T], key: Callable[[T], Hashable]) -> tuple[T, ...]:
    """``first`` as it is, then the items of ``second`` whose key ``first`` does not hold."""
    known = {key(item) for item in first}
    return (*first, *(item for item in second if key(item) not in known))
