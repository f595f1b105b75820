"""Event types revised by a learned model before the event filter decides.

The rules give each candidate the type of its event word ("هجوم" a clash, "استهدف" a strike);
the hand coding often gives the same report another type: an attack on people in a city at
peace is violence against civilians, "قصف واشتباكات" at a front is mostly shelling. A
multinomial logistic model over the candidate's features (its words, trigger, actors, place,
figures; nothing that depends on the type the rules gave) estimates the sub-type that the hand
coding gives such a candidate. When it prefers a sub-type of another event type by more than
``margin`` (in probability) over the rules' own sub-type, the candidate takes it and is marked
``retyped`` for the filter.

The model is a JSON file shipped in the package (``marsad/models/event_types.json``), rebuilt
with the event filter by ``make model`` (see ``marsad.learn.types``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from marsad.errors import MarsadError
from marsad.lang.ar.triggers import STRIKE_WEAPON_WORDS
from marsad.model import ActorRef, Event
from marsad.pipeline.features import Features, word_form
from marsad.pipeline.modelfile import load_model_file
from marsad.pipeline.notes import notes_for
from marsad.taxonomy import EVENT_TYPE, EventType, Inter, SubEventType

TYPES_FILE = "event_types.json"

# Features the rules' type decides (or that compare a candidate with the others by type): the
# type model does not see them, so that it judges the report, not the rules' verdict.
TYPE_BOUND = ("type=", "sub=", "status=", "national_type=", "other_type", "same_", "candidates_same_type", "article_")


# Sub-types the rules give only where the text says what defines them (codebook, rulings): a
# crowd that throws stones, burns tyres, sets fire or storms a building riots; a weapon
# intercepted, defused or seized before use is disrupted. The hand-coded articles hold too few of
# them (under 20 each) for the type model to learn that; it would read "متظاهرون" as a protest.
DEFINED_SUBS = frozenset({SubEventType.VIOLENT_DEMONSTRATION, SubEventType.DISRUPTED_WEAPONS_USE})


# The sentence words (candidate features "sent=...") that let the model make a candidate a strike
# of a kind: a sub-type defined by its weapon needs the weapon named (see lang/ar/triggers). Without
# this gate the model read "قتل شاب برصاص الجيش أثناء مواجهات" and "تحرير منطقة" as air strikes,
# from words that air strikes share with them in the coded articles.
WEAPON_FEATURES = {sub: frozenset(f"sent={word_form(w)}" for w in words) for sub, words in STRIKE_WEAPON_WORDS.items()}


def weapon_named(features: Features, sub: str) -> bool:
    """Whether the candidate's sentence names the weapon ``sub`` is defined by (True for the
    sub-types no weapon defines)."""
    needed = WEAPON_FEATURES.get(sub)
    return needed is None or not needed.isdisjoint(features)


def type_features(features: Features) -> Features:
    return {k: v for k, v in features.items() if not k.startswith(TYPE_BOUND)}


@dataclass(frozen=True)
class TypeModel:
    """Softmax over sub-types: p(c) ∝ exp(b_c + Σ w_c · x)."""

    classes: tuple[str, ...]
    weights: dict[str, tuple[float, ...]]  # feature -> one weight per class
    bias: tuple[float, ...]
    margin: float
    meta: dict[str, Any]

    def probabilities(self, features: Features) -> dict[str, float]:
        z = list(self.bias)
        for name, value in type_features(features).items():
            w = self.weights.get(name)
            if w is not None:
                for i, wi in enumerate(w):
                    z[i] += wi * value
        top = max(z)
        e = [math.exp(v - top) for v in z]
        total = sum(e)
        return {c: v / total for c, v in zip(self.classes, e, strict=True)}

    def revised(self, features: Features, sub: str) -> str | None:
        """The sub-type of another event type the model prefers to ``sub`` by more than the
        margin, or None. A sub-type the rules give by the codebook's definition stands."""
        if sub in DEFINED_SUBS:
            return None
        p = self.probabilities(features)
        own = EVENT_TYPE.get(sub)
        best = max((c for c in self.classes if EVENT_TYPE.get(c) != own and weapon_named(features, c)),
                   key=lambda c: (p[c], c), default=None)
        if best is None or p[best] - p.get(sub, 0.0) <= self.margin:
            return None
        return best

    def to_json(self) -> dict[str, Any]:
        return {"kind": "softmax", "margin": self.margin, "meta": self.meta, "classes": list(self.classes),
                "bias": list(self.bias), "weights": {k: list(v) for k, v in sorted(self.weights.items())}}

    @classmethod
    def from_json(cls, data: dict[str, Any], origin: str) -> TypeModel:
        try:
            if data.get("kind") != "softmax":
                raise ValueError("kind is not softmax")
            classes = tuple(str(c) for c in data["classes"])
            unknown = [c for c in classes if c not in EVENT_TYPE]
            if unknown:
                raise ValueError(f"unknown sub-types {unknown}")
            weights = {str(k): tuple(float(x) for x in v) for k, v in data["weights"].items()}
            bias = tuple(float(x) for x in data["bias"])
            if len(bias) != len(classes) or any(len(w) != len(classes) for w in weights.values()):
                raise ValueError("weights and classes differ in length")
            return cls(classes, weights, bias, float(data["margin"]), dict(data.get("meta") or {}))
        except (KeyError, TypeError, ValueError) as err:
            raise MarsadError(f"{origin}: not a marsad event-type model ({err})") from err


def load_types(path: str | Path | None = None) -> TypeModel:
    """The shipped type model, or the one at ``path``."""
    return load_model_file(path, TYPES_FILE, "event-type model", TypeModel.from_json)


def retyped_features(features: Features, sub: str) -> Features:
    """The filter's features of a candidate given another sub-type."""
    out = {k: v for k, v in features.items() if not k.startswith(("type=", "sub=", "national_type="))}
    out[f"type={EVENT_TYPE[sub]}"] = 1.0
    out[f"sub={sub}"] = 1.0
    if "draft_national" in features:
        out[f"national_type={EVENT_TYPE[sub]}"] = 1.0
    out["retyped"] = 1.0
    return out


def retyped(event: Event, sub: str, sides: tuple[ActorRef | None, ActorRef | None] | None = None) -> Event:
    """The event as the sub-type ``sub`` (with ``sides``, its sides for that type): an agreement,
    an arrest or a handover kills no one, and people arrested are no target of violence (as the
    rules code them)."""
    kind = EVENT_TYPE[sub]
    strategic = kind == EventType.STRATEGIC_DEVELOPMENTS
    actor1, actor2 = sides if sides is not None else (event.actor1, event.actor2)
    if sub == SubEventType.PEACEFUL_PROTEST:
        actor2 = None  # a peaceful protest has one side (as the rules code it)
    civilian = actor2 is not None and actor2.inter == Inter.CIVILIANS and not strategic
    out = replace(event, event_type=kind, sub_event_type=sub, civilian_targeting=civilian, actor1=actor1,
                  actor2=actor2, fatalities=None if strategic else event.fatalities)
    return replace(out, notes=notes_for(out))


ReportKey = tuple[str, str | None, str | None, str]


def report_key(event: dict[str, Any]) -> ReportKey:
    """What makes two events of an article one: sub-type, place, day and status (as JSON)."""
    loc = event.get("location") or {}
    return (str(event.get("sub_event_type")), loc.get("place_id") or loc.get("name_ar"), event.get("date"),
            str(event.get("status")))


# The sub-types of a battle in which ground changed hands: the fighting for a place on the day
# it was taken is that same battle. Of the pairs of battle events at one named place and day in
# the hand coding of the 614 articles, 5 were a clash or a second take-over with a take-over,
# against 29 in the filter's cross-validated output; folding them took precision from 0.741 to
# 0.758 at a recall of 0.557 to 0.550.
TAKEOVERS = frozenset({
    SubEventType.GOVERNMENT_REGAINS_TERRITORY, SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
})


# A protest the police met: the peaceful protest of that crowd at that place and day is the same
# event (codebook: a protest "and" arrests is one protest met by the police)
PROTESTS_MET = frozenset({
    SubEventType.PROTEST_WITH_INTERVENTION, SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
})


def _fold_key(event: dict[str, Any]) -> tuple[Any, ...] | None:
    if event.get("event_type") not in (EventType.BATTLES, EventType.PROTESTS):
        return None
    return (event.get("event_type"), *report_key(event)[1:])


def _folded_into(event: dict[str, Any], taken: dict[tuple[Any, ...], int], i: int) -> bool:
    """Whether the event is the take-over, or the protest met, kept at its place and day."""
    key = _fold_key(event)
    if key is None or key not in taken or taken[key] == i:
        return False
    sub = event.get("sub_event_type")
    return sub in (SubEventType.ARMED_CLASH, SubEventType.PEACEFUL_PROTEST) or sub in TAKEOVERS


TellKey = tuple[int, str, str]  # a candidate's sentence, its place's name as written, its sub-type


def tell_key(sentence: int, event: dict[str, Any], sub: str | None = None) -> TellKey:
    """What the rules told of a candidate: where (its sentence and place) and what (its sub-type,
    or ``sub``). A revision into what the rules told of another candidate there is not taken: the
    rules read two event words of two kinds ("اشتباك جوي" and a helicopter strike), and the
    revision would make the two one report."""
    location = event.get("location") or {}
    return sentence, str(location.get("name_ar") or ""), str(sub or event.get("sub_event_type"))


def one_per_report(events: list[dict[str, Any]], revised: list[bool]) -> list[int]:
    """Indexes of the events to keep: an event whose type was revised and that now repeats
    another kept event of the article (same sub-type, place, day, status) is that event; so is
    an armed clash, or a second take-over, at the place and day of a take-over kept, and a
    peaceful protest at the place and day of a protest met by force."""
    first: dict[ReportKey, int] = {}
    for i, e in enumerate(events):
        if not revised[i]:
            first.setdefault(report_key(e), i)
    taken: dict[tuple[Any, ...], int] = {}
    for i, e in enumerate(events):
        key = _fold_key(e)
        if key is not None and e.get("sub_event_type") in TAKEOVERS | PROTESTS_MET:
            taken.setdefault(key, i)
    keep = []
    for i, e in enumerate(events):
        key = report_key(e)
        if revised[i] and key in first and first[key] != i:
            continue
        if _folded_into(e, taken, i):
            continue
        first.setdefault(key, i)
        keep.append(i)
    return keep


JSONSides = tuple[dict[str, Any] | None, dict[str, Any] | None]


def retyped_json(event: dict[str, Any], sub: str, sides: dict[str, JSONSides] | None = None) -> dict[str, Any]:
    """``retyped`` on an event as JSON (the training pool keeps events as JSON, with the sides
    the rules would give it for each type that changes them)."""
    kind = EVENT_TYPE[sub]
    strategic = kind == EventType.STRATEGIC_DEVELOPMENTS
    actor1, actor2 = (sides or {}).get(kind, (event.get("actor1"), event.get("actor2")))
    if sub == SubEventType.PEACEFUL_PROTEST:
        actor2 = None
    civilian = (actor2 or {}).get("inter") == Inter.CIVILIANS and not strategic
    return {**event, "event_type": kind, "sub_event_type": sub, "civilian_targeting": civilian, "actor1": actor1,
            "actor2": actor2, "fatalities": None if strategic else event.get("fatalities")}
