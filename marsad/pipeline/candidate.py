"""An event candidate: a finished event, the drafts (trigger, place, arguments) behind it, and
the decision taken on it. Every candidate stays on the document, kept or not, so that a user
or a model can see why an event was or was not reported."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from marsad.model import Event

MAX_SOFT_VETOES = 1

# Every reason code a rule of the event stages can give against a draft.
VETO_CODES = frozenset({
    # events: the trigger's own words
    "weak_unbacked", "operation_name", "negated", "ceasefire_or_concern", "charged", "agreement_reference",
    "territory_goal", "not_an_advance", "state_of_control", "area_of_control", "killing_without_toll", "killing_of_a_side",
    "nothing_stopped", "accident", "weapon_trade", "chemistry", "ordinary_crime", "no_one_held", "earlier_event", "front_name",
    "extends_to", "since_anchor", "court_case", "right_to", "people_freed", "bomber_counted", "ambush_for_arrest", "raid",
    # framing.generic_reference: a reference to events, not a report of one
    "campaign_possessive", "habitual", "kind_of_event", "present_aim", "trap", "presence_or_practice", "explained", "present_relative",
    "past_year", "festival", "fight_against_an_ill", "protested_cause", "diplomatic",
    # the sentence, the article
    "background_sentence", "ongoing_campaign", "quiet_article",
    # geocode: the place and the date
    "overview_sentence", "old_date", "running_total", "weapon_tally", "national_later", "national_extra",
    "national_weak",  # a weak event word in an article that names no place but countries
    "national_inherited",  # an arrest placed where an earlier sentence names a town, else in the country named
})


@dataclass(frozen=True)
class VetoPolicy:
    """Which vetoes only mark a draft (``soft``) rather than drop it, and how many marks a
    draft may carry and still stay a candidate."""

    soft: frozenset[str] = frozenset()
    most: int | None = MAX_SOFT_VETOES  # None: any number

    def __contains__(self, code: object) -> bool:
        return code in self.soft

    def survives(self, vetoes: list[str] | tuple[str, ...]) -> bool:
        return self.soft.issuperset(vetoes) and (self.most is None or len(vetoes) <= self.most)


HARD = VetoPolicy()  # the rules alone: every veto drops its draft


def survives(vetoes: list[str] | tuple[str, ...], policy: VetoPolicy) -> bool:
    """Whether a draft with these veto codes stays a candidate: every code is a soft one, and
    no more of them than the policy allows (by default one: two independent rules that say
    "no event" are trusted)."""
    return policy.survives(vetoes)

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
