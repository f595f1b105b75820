"""An event candidate: a finished event, the drafts (trigger, place, arguments) behind it, and
the decision taken on it. Every candidate stays on the document, kept or not, so that a user
or a model can see why an event was or was not reported."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from marsad.model import Event

MAX_SOFT_VETOES = 1


def survives(vetoes: list[str] | tuple[str, ...], soft: frozenset[str]) -> bool:
    """Whether a draft with these veto codes stays a candidate: every code is a soft one, and
    at most one rule speaks against it (two independent rules that say "no event" are trusted)."""
    return soft.issuperset(vetoes) and len(vetoes) <= MAX_SOFT_VETOES

if TYPE_CHECKING:
    from marsad.pipeline.events import Draft


@dataclass
class EventCandidate:
    event: Event
    drafts: tuple[Draft, ...]
    probability: float | None = None  # the learned decider's estimate that it is a reportable event
    kept: bool = True
    reasons: tuple[str, ...] = field(default=())  # why it was dropped (veto codes, "model")

    @property
    def vetoes(self) -> tuple[str, ...]:
        """The reason codes that every draft behind the event carries (a draft with none: none)."""
        common = set(self.drafts[0].vetoes) if self.drafts else set()
        for d in self.drafts[1:]:
            common &= set(d.vetoes)
        return tuple(sorted(common))
