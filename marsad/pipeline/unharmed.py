"""No one hurt: a text that says an attack caused no casualties ("دون وقوع إصابات"، "لم تسفر عن أي
خسائر بشرية"، "ولم ترد أنباء عن إصابات") gives the event a toll of none, not an unknown one
(codebook: fatalities 0). The denial belongs to the event word nearest before it, in its sentence
or, when its sentence opens with it, in the sentence before ("... أطلقا النار على الحراس. ولم ترد
أنباء بحدوث إصابات."); it only fills a toll the text gives no figure for."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from marsad.document import Document
from marsad.lang.ar.framing import ANY  # "أي"، "أية" before the harm: "دون وقوع أي خسائر"
from marsad.lang.ar.numbers import (
    NO_HARM_NEGATIONS,
    NO_HARM_NOUNS,
    NO_HARM_REACH,
    NO_HARM_THAT,
    NO_HARM_VERBS,
    NO_HARM_WITHOUT,
)
from marsad.model import Count, Event
from marsad.pipeline.events import Draft
from marsad.taxonomy import Status

_LONGEST = max(len(k.split()) for k in NO_HARM_NOUNS)


@dataclass(frozen=True)
class Denial:
    """A phrase that denies harm: its tokens ``[tok_start, tok_end)``, its sentence, and whether it
    denies any harm (injuries too) or deaths only."""

    tok_start: int
    tok_end: int
    sentence: int
    injuries_too: bool


def _harm_at(doc: Document, k: int, sentence: int) -> tuple[int, str] | None:
    """The harm noun that starts at token ``k`` (one word or several): its end and its kind."""
    tokens = doc.tokens
    for n in range(_LONGEST, 0, -1):
        part = tokens[k : k + n]
        if len(part) == n and all(t.sentence == sentence for t in part):
            kind = NO_HARM_NOUNS.get(" ".join(t.text for t in part))
            if kind is not None:
                return k + n, kind
    return None


def denials(doc: Document) -> list[Denial]:
    """Every phrase of the article that says no one was hurt (or killed)."""
    tokens = doc.tokens
    out: list[Denial] = []
    for k, tok in enumerate(tokens):
        if tok.text not in NO_HARM_NEGATIONS:
            continue
        s = tok.sentence
        j = k + 1
        if j < len(tokens) and tokens[j].sentence == s and tokens[j].text in NO_HARM_THAT:
            j += 1
        found: tuple[int, str] | None = None
        if j < len(tokens) and tokens[j].sentence == s and tokens[j].text in NO_HARM_VERBS:
            for h in range(j + 1, min(j + 1 + NO_HARM_REACH, len(tokens))):
                if tokens[h].sentence != s:
                    break
                found = _harm_at(doc, h, s)
                if found is not None:
                    break
        elif tok.text in NO_HARM_WITHOUT:
            h = j + 1 if j < len(tokens) and tokens[j].text in ANY else j
            found = _harm_at(doc, h, s) if h < len(tokens) else None
        if found is not None:
            out.append(Denial(k, found[0], s, found[1] == "any"))
    return out


def _denied_trigger(doc: Document, denial: Denial, triggers: Sequence[int]) -> int | None:
    """The start of the event word a denial speaks of: the nearest before it (or inside it: "دون أن
    يسفر القصف عن إصابات") in its sentence, else the last of the sentence before when the denial
    comes before any event word of its own."""
    at = doc.tokens[denial.tok_end - 1].start
    before = [t for t in triggers if t < at]
    if not before:
        return None
    nearest = max(before)
    sentence = doc.tokens[doc.token_at(nearest)].sentence
    return nearest if sentence in (denial.sentence, denial.sentence - 1) else None


def fill(doc: Document, events: list[Event], members: Mapping[str, Sequence[Draft]]) -> list[Event]:
    """The events, each occurred one whose toll the text denies (and gives no figure for) with a
    toll of none, its evidence the words that deny it."""
    found = denials(doc)
    if not found:
        return events
    by_trigger: dict[int, list[int]] = {}
    for k, e in enumerate(events):
        for d in members.get(e.id, ()):
            by_trigger.setdefault(d.trigger.start, []).append(k)
    out = list(events)
    for denial in found:
        start = _denied_trigger(doc, denial, sorted(by_trigger))
        if start is None:
            continue
        span = doc.span(doc.tokens[denial.tok_start].start, doc.tokens[denial.tok_end - 1].end)
        none = Count(best=0, low=0, high=0, evidence=span)
        for k in dict.fromkeys(by_trigger[start]):
            e = out[k]
            if e.status != Status.OCCURRED:
                continue
            if e.fatalities is None:
                e = replace(e, fatalities=none)
            if denial.injuries_too and e.injured is None:
                e = replace(e, injured=none)
            out[k] = e
    return out
