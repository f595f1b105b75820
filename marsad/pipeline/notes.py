"""The English ``notes`` line of an event, in ACLED's style."""

from __future__ import annotations

from marsad.model import Event
from marsad.taxonomy import Status, SubEventType

_VERBS: dict[str, str] = {
    SubEventType.ARMED_CLASH: "clashed with",
    SubEventType.GOVERNMENT_REGAINS_TERRITORY: "regained territory from",
    SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY: "took territory from",
    SubEventType.AIR_DRONE_STRIKE: "carried out an air/drone strike on",
    SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK: "shelled",
    SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED: "set off an explosive device against",
    SubEventType.SUICIDE_BOMB: "carried out a suicide bombing against",
    SubEventType.GRENADE: "threw a grenade at",
    SubEventType.CHEMICAL_WEAPON: "used a chemical weapon against",
    SubEventType.ATTACK: "attacked",
    SubEventType.ABDUCTION_FORCED_DISAPPEARANCE: "abducted",
    SubEventType.SEXUAL_VIOLENCE: "committed sexual violence against",
    SubEventType.PEACEFUL_PROTEST: "protested",
    SubEventType.PROTEST_WITH_INTERVENTION: "protested and were dispersed by",
    SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS: "used excessive force against",
    SubEventType.VIOLENT_DEMONSTRATION: "rioted",
    SubEventType.MOB_VIOLENCE: "took part in mob violence against",
    SubEventType.AGREEMENT: "reached an agreement with",
    SubEventType.ARRESTS: "arrested",
    SubEventType.CHANGE_TO_GROUP_ACTIVITY: "changed its group or activity",
    SubEventType.DISRUPTED_WEAPONS_USE: "disrupted a weapon of",
    SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED: "established a base",
    SubEventType.LOOTING_PROPERTY_DESTRUCTION: "looted or destroyed property of",
    SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY: "handed over territory to",
    SubEventType.OTHER: "was involved in an event with",
}


def notes_for(e: Event) -> str:
    who = e.actor1.name if e.actor1 else "Unidentified actors"
    verb = _VERBS.get(e.sub_event_type, "were involved in an event with")
    whom = f" {e.actor2.name}" if e.actor2 else ""
    if not whom and verb.endswith((" on", " with", " from", " against", " at", " of", " to", " by")):
        verb = verb.rsplit(" ", 1)[0]
    place = ""
    if e.location is not None:
        parts: list[str] = []
        for part in (e.location.admin2, e.location.admin1):
            if part and part != e.location.name and part not in parts and part not in e.location.name:
                parts.append(part)
        where = e.location.name + (f" ({', '.join(parts)})" if parts else "")
        place = f" near {where}" if e.location.geo_precision == 2 else f" in {where}"
    when = f" on {e.date}" if e.date and e.time_precision == 1 else f" around {e.date}" if e.date else ""
    status = "" if e.status == Status.OCCURRED else f" [{e.status}]"
    text = f"{who} {verb}{whom}{place}{when}{status}."
    if e.fatalities is not None:
        text += f" Fatalities: {e.fatalities.best}" + (
            f" (reported {e.fatalities.low}-{e.fatalities.high})" if e.fatalities.low != e.fatalities.high else ""
        ) + "."
    if e.injured is not None:
        text += f" Injured: {e.injured.best}."
    if e.sources:
        text += " Source: " + "; ".join(s.name for s in e.sources) + "."
    return text
