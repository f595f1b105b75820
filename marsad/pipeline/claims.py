"""Claims of responsibility ("أعلن تنظيم الدولة مسؤوليته عن الهجوم"، "في هجوم تبنته حركة طالبان"):
the armed group that claims an attack is the attack's actor1 when its report names no one who
acted (codebook: the two sides; the coders take the claimant)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from marsad.document import Document, Mention
from marsad.lang.ar.actors import (
    CLAIM_ACT_REACH,
    CLAIM_BLAMED,
    CLAIM_DENIAL_REACH,
    CLAIM_DENIED,
    CLAIM_REACH,
    CLAIM_WORDS,
)
from marsad.lang.ar.eventwords import ASSAULT_WORDS, BLAST_WORDS
from marsad.lang.ar.morph import CONJUNCTIONS, DEFINITE_ARTICLE
from marsad.lang.ar.triggers import STRIKE
from marsad.pipeline.roles import NON_STATE_ARMED, actor_category
from marsad.taxonomy import EVENT_TYPE, EventType, SubEventType

if TYPE_CHECKING:
    from marsad.pipeline.events import Draft

_CLAIMABLE = frozenset({EventType.EXPLOSIONS, EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.BATTLES})
_ATTACK_WORDS = ASSAULT_WORDS | BLAST_WORDS  # "مسؤوليته عن الهجوم/التفجير": only an attack named


@dataclass(frozen=True, slots=True)
class Claim:
    sentence: int
    group: Mention  # the group that claims
    act: Mention | None  # the event word the claim names in its sentence, if any
    back: bool  # the claim names only "the attack", told in other sentences ("مسؤوليته عن الهجوم"، "عنه" alone)


def _claim_word(word: str) -> bool:
    return word in CLAIM_WORDS or (word.startswith(CONJUNCTIONS) and word[1:] in CLAIM_WORDS)


def _kind(m: Mention) -> str | None:
    sub = m.value.sub
    return EVENT_TYPE.get(sub, EventType.EXPLOSIONS if sub == STRIKE else None)


def claims(doc: Document) -> list[Claim]:
    """Every claim of the article: the armed group named nearest the word of claiming in its
    sentence, and the act it claims (the event word right after the word, else the one before
    it: "في هجوم تبنته حركة طالبان")."""
    tokens = doc.tokens
    groups = [m for m in doc.of("actor") if actor_category(m) in NON_STATE_ARMED]  # a state acts in its own name
    triggers = doc.of("trigger")
    out: list[Claim] = []
    for i, t in enumerate(tokens):
        if (out and out[-1].sentence == t.sentence) or not _claim_word(t.text):
            continue
        window = tokens[max(0, i - CLAIM_DENIAL_REACH) : i]
        if any(w.sentence == t.sentence and w.text in CLAIM_DENIED for w in window):
            continue  # "لم تعلن أي جهة مسؤوليتها"
        if any(w.text in CLAIM_BLAMED for w in tokens[doc.token_at(doc.sentences[t.sentence].start) : i]):
            continue  # "حمل الرئيس في بيان حركة حماس مسؤولية الهجوم": blame, not a claim
        near = [m for m in groups if m.sentence == t.sentence and not m.tok_start <= i < m.tok_end]
        if not near:
            continue
        group = min(near, key=lambda m: min(abs(m.tok_start - i), abs(m.tok_end - 1 - i)))
        own = [m for m in triggers if m.sentence == t.sentence]
        after = [m for m in own if i < m.tok_start <= i + CLAIM_ACT_REACH]
        before = [m for m in own if m.tok_end <= i]
        act = after[0] if after else before[-1] if before else None
        back = act is None or (act in after and doc.norm[act.start : act.end].startswith(DEFINITE_ARTICLE)
                               and act.value.lemma in _ATTACK_WORDS)
        out.append(Claim(t.sentence, group, act, back))
    return out


def _of_kind(claim: Claim, draft: Draft) -> bool:
    """Whether a claim can be of this report's attack: it names an act of the report's type, or
    only an attack or a blast ("مسؤوليته عن الهجوم"), or no act at all."""
    act = claim.act
    return act is None or act is draft.trigger or _kind(act) == EVENT_TYPE.get(draft.sub) \
        or act.value.lemma in _ATTACK_WORDS


def credit_claims(doc: Document, drafts: list[Draft]) -> None:
    """A report of an attack that names no one who acted takes the group that claims it: the
    claim of its own sentence, else, when the article names one claimant, a claim a few sentences
    away that names only "the attack" ("وأعلن التنظيم مسؤوليته عن الهجوم")."""
    found = claims(doc)
    if not found:
        return
    one = len({c.group.value.ids for c in found}) == 1
    for d in drafts:
        if d.actor1 is not None or EVENT_TYPE.get(d.sub) not in _CLAIMABLE or d.sub == SubEventType.AIR_DRONE_STRIKE:
            continue
        here = [c for c in found if c.sentence == d.sentence and _of_kind(c, d)]
        later = [c for c in found if one and c.back and abs(c.sentence - d.sentence) <= CLAIM_REACH and _of_kind(c, d)]
        for claim in (here or later)[:1]:
            if d.actor2 is None or d.actor2.value.ids != claim.group.value.ids:
                d.actor1 = claim.group
