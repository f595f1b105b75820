"""The English ``notes`` line of an event, in ACLED's style."""

from __future__ import annotations

from marsad.model import Event

_VERBS = {
    "Armed clash": "clashed with",
    "Government regains territory": "regained territory from",
    "Non-state actor overtakes territory": "took territory from",
    "Air/drone strike": "carried out an air/drone strike on",
    "Shelling/artillery/missile attack": "shelled",
    "Remote explosive/landmine/IED": "set off an explosive device against",
    "Suicide bomb": "carried out a suicide bombing against",
    "Grenade": "threw a grenade at",
    "Chemical weapon": "used a chemical weapon against",
    "Attack": "attacked",
    "Abduction/forced disappearance": "abducted",
    "Sexual violence": "committed sexual violence against",
    "Peaceful protest": "protested",
    "Protest with intervention": "protested and were dispersed by",
    "Excessive force against protesters": "used excessive force against",
    "Violent demonstration": "rioted",
    "Mob violence": "took part in mob violence against",
    "Agreement": "reached an agreement with",
    "Arrests": "arrested",
    "Change to group/activity": "changed its group or activity",
    "Disrupted weapons use": "disrupted a weapon of",
    "Headquarters or base established": "established a base",
    "Looting/property destruction": "looted or destroyed property of",
    "Non-violent transfer of territory": "handed over territory to",
    "Other": "was involved in an event with",
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
    status = "" if e.status == "occurred" else f" [{e.status}]"
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
