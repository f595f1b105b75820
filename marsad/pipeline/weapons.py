"""Which weapon a strike word names: an air strike or shelling, from the weapon words around it
("غارات جوية", "قذائف الهاون"), the actors (a coalition strikes from the air) and both named
together ("القصف الجوي والمدفعي")."""

from __future__ import annotations

from marsad.document import Document, Mention
from marsad.lang.ar.eventwords import ARTILLERY as _ARTILLERY
from marsad.lang.ar.eventwords import DEFENCE_HEADS as _DEFENCE_HEADS
from marsad.lang.ar.morph import POSSESSIVE_ENDINGS
from marsad.lang.ar.triggers import AIR, AIR_ACTOR_WORDS, AIR_CUES, GROUND_CUES, SHELL
from marsad.pipeline.actors import tables
from marsad.pipeline.numbers import strip

WEAPON_BACK_REACH = 8  # words before a strike word where its weapon may be named, within its clause


def _comma_before(doc: Document, k: int) -> bool:
    return "،" in doc.norm[doc.tokens[k - 1].end : doc.tokens[k].start]


def _previous_clause(doc: Document, trig: Mention) -> tuple[int, int] | None:
    """"شنت المقاتلات غارات على المواقع، وقصفت أهدافا أخرى": a strike word joined by و at the
    start of a clause after a comma goes on with the clause before it (its subject left unsaid):
    the token range of that clause, back to the comma before it or the sentence's start, at most
    three times ``WEAPON_BACK_REACH`` words."""
    tokens = doc.tokens
    k = trig.tok_start
    if k == 0 or not tokens[k].text.startswith("و") or tokens[k - 1].sentence != trig.sentence \
            or not _comma_before(doc, k):
        return None
    lo = k - 1
    while lo > 0 and tokens[lo - 1].sentence == trig.sentence and not _comma_before(doc, lo) \
            and k - lo < 3 * WEAPON_BACK_REACH:
        lo -= 1
    return lo, k


def _without_pronoun(word: str) -> str:
    """"طائراته"، "مقاتلاتها"، "دباباتهم": a plural weapon word with its owner's pronoun."""
    for p in POSSESSIVE_ENDINGS:
        if word.endswith(p) and word[: -len(p)].endswith("ات"):
            return word[: -len(p)]
    return word


def _count_cues(doc: Document, trig: Mention, lo: int, hi: int) -> tuple[int, int]:
    tokens = doc.tokens
    air = ground = 0
    for j in range(lo, hi):
        if tokens[j].sentence != trig.sentence:
            continue
        w = tokens[j].text
        forms = {w, strip(w), w[1:] if w.startswith("و") else w}
        forms |= {_without_pronoun(f) for f in tuple(forms)}
        if forms & AIR_CUES and not (j > 0 and strip(tokens[j - 1].text) in _DEFENCE_HEADS):
            air += 1  # (not "الدفاع الجوي": an air defence, no aircraft)
        if forms & GROUND_CUES:
            ground += 1
    return air, ground


def _weapon_cues(doc: Document, trig: Mention) -> tuple[int, int]:
    """How many air and ground weapon words stand around a strike word; for one that goes on
    with the clause before it, with no weapon of its own, that clause's."""
    tokens = doc.tokens
    lo, hi = max(0, trig.tok_start - WEAPON_BACK_REACH), min(len(tokens), trig.tok_end + 7)
    # back as far as the clause goes ("المقاتلات واصلت طوال الليل قصف المواقع": the jets are
    # the subject of the verb that governs the strike word); a comma ends the clause
    k = trig.tok_start
    while k > lo and tokens[k - 1].sentence == trig.sentence and not _comma_before(doc, k):
        k -= 1
    lo = k if trig.tok_start - k > 4 else max(0, trig.tok_start - 4)
    air, ground = _count_cues(doc, trig, lo, hi)
    if air or ground:
        return air, ground
    before = _previous_clause(doc, trig)
    return _count_cues(doc, trig, *before) if before is not None else (0, 0)


def names_air(doc: Document, trig: Mention) -> bool:
    """"الضربة الجوية أصابت المنطقة": an air weapon word stands by the strike word."""
    return _weapon_cues(doc, trig)[0] > 0


def air_and_ground(doc: Document, trig: Mention) -> bool:
    """"القصف الجوي والمدفعي", "القوات الجوية والمدفعية قصفت": both weapons named together."""
    tokens = doc.tokens
    air, ground = _weapon_cues(doc, trig)
    joined = any(
        tokens[j].text.startswith("و") and {tokens[j].text[1:], strip(tokens[j].text[1:])} & _ARTILLERY
        for j in range(max(0, trig.tok_start - 4), min(len(tokens), trig.tok_end + 4))
        if tokens[j].sentence == trig.sentence
    )
    return air > 0 and ground > 0 and joined


def flies(doc: Document, actor: Mention) -> bool:
    """"طائرات حربية إسرائيلية"، "المقاتلات الروسية"، "مروحيتان أمريكيتان": the side is named by its
    aircraft."""
    text = doc.norm[actor.start : actor.end]
    return any(w in text for w in AIR_ACTOR_WORDS)


def strike_type(doc: Document, trig: Mention, actors: list[Mention], actor1: Mention | None) -> tuple[str, bool]:
    """Air/drone strike or shelling, and whether a weapon word said so."""
    air, ground = _weapon_cues(doc, trig)
    if air and air >= ground:
        return AIR, True
    if ground:
        return SHELL, True
    if any(flies(doc, a) for a in actors):
        return AIR, True
    if actor1 is not None and tables().record(actor1.value.ids[0]).category == "coalition":
        return AIR, False  # the coalitions strike from the air
    return SHELL, False
