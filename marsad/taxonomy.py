"""The codebook's closed vocabularies as enums: event types, sub-event types, statuses, inter codes.

Members of the string enums are ``str``: they compare, hash, format and serialize (``json.dumps``)
exactly as their codebook strings, so code may hold either. Only ``repr`` differs: never build an
identifier from the ``repr`` of a member (or of a tuple holding one); use ``str()`` or an f-string.
The codebook is docs/codebook.md (sections 2, 3 and 4); a test checks these enums against it.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum
from typing import Any


class EventType(StrEnum):
    """ACLED event types (codebook section 2)."""

    BATTLES = "Battles"
    EXPLOSIONS = "Explosions/Remote violence"
    VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"
    PROTESTS = "Protests"
    RIOTS = "Riots"
    STRATEGIC_DEVELOPMENTS = "Strategic developments"

    @property
    def sub_event_types(self) -> tuple[SubEventType, ...]:
        return tuple(sub for sub in SubEventType if sub.event_type is self)

    @property
    def name_ar(self) -> str:
        return _EVENT_TYPE_AR[self]


class SubEventType(StrEnum):
    """ACLED sub-event types (codebook section 2), in the codebook's order; ``event_type`` gives each one's type."""

    ARMED_CLASH = "Armed clash"
    GOVERNMENT_REGAINS_TERRITORY = "Government regains territory"
    NON_STATE_ACTOR_OVERTAKES_TERRITORY = "Non-state actor overtakes territory"
    AIR_DRONE_STRIKE = "Air/drone strike"
    SHELLING_ARTILLERY_MISSILE_ATTACK = "Shelling/artillery/missile attack"
    REMOTE_EXPLOSIVE_LANDMINE_IED = "Remote explosive/landmine/IED"
    SUICIDE_BOMB = "Suicide bomb"
    GRENADE = "Grenade"
    CHEMICAL_WEAPON = "Chemical weapon"
    ATTACK = "Attack"
    ABDUCTION_FORCED_DISAPPEARANCE = "Abduction/forced disappearance"
    SEXUAL_VIOLENCE = "Sexual violence"
    PEACEFUL_PROTEST = "Peaceful protest"
    PROTEST_WITH_INTERVENTION = "Protest with intervention"
    EXCESSIVE_FORCE_AGAINST_PROTESTERS = "Excessive force against protesters"
    VIOLENT_DEMONSTRATION = "Violent demonstration"
    MOB_VIOLENCE = "Mob violence"
    AGREEMENT = "Agreement"
    ARRESTS = "Arrests"
    CHANGE_TO_GROUP_ACTIVITY = "Change to group/activity"
    DISRUPTED_WEAPONS_USE = "Disrupted weapons use"
    HEADQUARTERS_OR_BASE_ESTABLISHED = "Headquarters or base established"
    LOOTING_PROPERTY_DESTRUCTION = "Looting/property destruction"
    NON_VIOLENT_TRANSFER_OF_TERRITORY = "Non-violent transfer of territory"
    OTHER = "Other"

    @property
    def event_type(self) -> EventType:
        return EVENT_TYPE[self]


class Status(StrEnum):
    """Modality of an event (codebook section 3); only ``OCCURRED`` events enter the ACLED-style dataset."""

    OCCURRED = "occurred"
    DENIED = "denied"
    PLANNED = "planned"
    THREATENED = "threatened"
    PREVENTED = "prevented"
    HYPOTHETICAL = "hypothetical"

    @property
    def name_ar(self) -> str:
        return _STATUS_AR[self]


class Inter(IntEnum):
    """ACLED ``inter`` codes of actor types (codebook section 4)."""

    STATE_FORCES = 1
    REBEL_GROUPS = 2
    POLITICAL_MILITIAS = 3
    IDENTITY_MILITIAS = 4
    RIOTERS = 5
    PROTESTERS = 6
    CIVILIANS = 7
    EXTERNAL_OTHER_FORCES = 8

    @property
    def label(self) -> str:
        """The codebook's name of the actor type ("State forces")."""
        return _INTER_LABELS[self]


_S = SubEventType
_E = EventType
# The event type of each sub-event type. Keyed by ``str`` so that a sub-type held as a plain string
# (a lexicon value) finds its type too; the keys are the ``SubEventType`` members.
EVENT_TYPE: dict[str, EventType] = {
    _S.ARMED_CLASH: _E.BATTLES,
    _S.GOVERNMENT_REGAINS_TERRITORY: _E.BATTLES,
    _S.NON_STATE_ACTOR_OVERTAKES_TERRITORY: _E.BATTLES,
    _S.AIR_DRONE_STRIKE: _E.EXPLOSIONS,
    _S.SHELLING_ARTILLERY_MISSILE_ATTACK: _E.EXPLOSIONS,
    _S.REMOTE_EXPLOSIVE_LANDMINE_IED: _E.EXPLOSIONS,
    _S.SUICIDE_BOMB: _E.EXPLOSIONS,
    _S.GRENADE: _E.EXPLOSIONS,
    _S.CHEMICAL_WEAPON: _E.EXPLOSIONS,
    _S.ATTACK: _E.VIOLENCE_AGAINST_CIVILIANS,
    _S.ABDUCTION_FORCED_DISAPPEARANCE: _E.VIOLENCE_AGAINST_CIVILIANS,
    _S.SEXUAL_VIOLENCE: _E.VIOLENCE_AGAINST_CIVILIANS,
    _S.PEACEFUL_PROTEST: _E.PROTESTS,
    _S.PROTEST_WITH_INTERVENTION: _E.PROTESTS,
    _S.EXCESSIVE_FORCE_AGAINST_PROTESTERS: _E.PROTESTS,
    _S.VIOLENT_DEMONSTRATION: _E.RIOTS,
    _S.MOB_VIOLENCE: _E.RIOTS,
    _S.AGREEMENT: _E.STRATEGIC_DEVELOPMENTS,
    _S.ARRESTS: _E.STRATEGIC_DEVELOPMENTS,
    _S.CHANGE_TO_GROUP_ACTIVITY: _E.STRATEGIC_DEVELOPMENTS,
    _S.DISRUPTED_WEAPONS_USE: _E.STRATEGIC_DEVELOPMENTS,
    _S.HEADQUARTERS_OR_BASE_ESTABLISHED: _E.STRATEGIC_DEVELOPMENTS,
    _S.LOOTING_PROPERTY_DESTRUCTION: _E.STRATEGIC_DEVELOPMENTS,
    _S.NON_VIOLENT_TRANSFER_OF_TERRITORY: _E.STRATEGIC_DEVELOPMENTS,
    _S.OTHER: _E.STRATEGIC_DEVELOPMENTS,
}

# Each event type with its sub-event types, in the codebook's order.
EVENT_TYPES: dict[EventType, tuple[SubEventType, ...]] = {t: t.sub_event_types for t in EventType}
# the event types of crowds: a protest, or one turned violent
CROWD_TYPES = frozenset({EventType.PROTESTS, EventType.RIOTS})
STATUSES: tuple[Status, ...] = tuple(Status)

# Display names of the web page (the codebook's types and statuses in Arabic).
_EVENT_TYPE_AR: dict[EventType, str] = {
    _E.BATTLES: "معارك",
    _E.EXPLOSIONS: "انفجارات / عنف عن بعد",
    _E.VIOLENCE_AGAINST_CIVILIANS: "عنف ضد المدنيين",
    _E.PROTESTS: "احتجاجات",
    _E.RIOTS: "أعمال شغب",
    _E.STRATEGIC_DEVELOPMENTS: "تطورات استراتيجية",
}
_STATUS_AR: dict[Status, str] = {
    Status.OCCURRED: "وقع", Status.DENIED: "نُفي", Status.PLANNED: "مخطط", Status.THREATENED: "تهديد",
    Status.PREVENTED: "أُحبط", Status.HYPOTHETICAL: "افتراضي",
}
_INTER_LABELS: dict[Inter, str] = {
    Inter.STATE_FORCES: "State forces", Inter.REBEL_GROUPS: "Rebel groups",
    Inter.POLITICAL_MILITIAS: "Political militias", Inter.IDENTITY_MILITIAS: "Identity militias",
    Inter.RIOTERS: "Rioters", Inter.PROTESTERS: "Protesters", Inter.CIVILIANS: "Civilians",
    Inter.EXTERNAL_OTHER_FORCES: "External/Other forces",
}


def taxonomy_json() -> dict[str, Any]:
    """The vocabularies as the API gives them (``GET /api/taxonomy``), each in the codebook's order."""
    return {
        "event_types": [
            {"name": str(t), "name_ar": t.name_ar, "sub_event_types": [str(s) for s in t.sub_event_types]}
            for t in EventType
        ],
        "statuses": [{"name": str(s), "name_ar": s.name_ar} for s in Status],
        "inter": [{"code": int(i), "name": i.label} for i in Inter],
    }
