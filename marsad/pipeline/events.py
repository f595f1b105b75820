"""Stage: event drafts assembled from the mentions of each sentence.

A trigger makes an event when it is strong, or weak but backed by a conflict actor or a
casualty figure in its sentence, and when a place of the same sentence can be attached (the
best-cued, most specific one, preferably after the trigger; "البلدة" refers back to the last
town). Places listed after the first (على X وY) give one event each. Actor
roles come from Arabic word order and prepositions (بين A وB، على/ضد/مع B). The date is the
sentence's date, else the paragraph's last date, else the publication date. Background
sentences (منذ 2011، totals) give no event. Drafts are geocoded and finished by ``geocode``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from marsad.document import Document, Mention
from marsad.lang.ar.triggers import (
    AIR,
    AIR_CUES,
    ARRESTS,
    ATTACK,
    CLASH,
    EVENT_TYPE,
    GOV,
    GROUND_CUES,
    IED,
    KILLING,
    NSA,
    SHELL,
    STRIKE,
    SUICIDE,
    TERRITORY,
    VIOLENT_DEMO,
)
from marsad.pipeline.actors import ActorHit, tables
from marsad.pipeline.dates import DateValue
from marsad.pipeline.numbers import strip
from marsad.pipeline.places import PlaceHit
from marsad.text import fold_set, name_key

_TARGET_PREPS = fold_set({"على", "ضد", "مع", "لـ", "استهدف", "استهدفت", "تستهدف", "يستهدف", "طالت", "طال"})
_BACKGROUND = re.compile(
    r"منذ\s+(?:عام\s+)?(?:19|20)\d\d|منذ\s+(?:بدء|بدايه|اندلاع|انطلاق)|منذ\s+مطلع\s+العام|منذ\s+سنوات"
    r"|^\W*(?:و)?(?:يشار|يذكر|تجدر|يجدر)\s"
)
# "عملية تحرير الموصل", "معارك تحرير المدينة": the name of an operation, not an event.
_OPERATION_NOUNS = fold_set({"عمليه", "معركه", "معارك", "حمله", "خطه", "هدف", "بهدف", "اجل", "مرحله", "جهود"})
# "the opposition controls X" is a state, not an event, unless it "became" so (بات، أصبح).
_STATE_VERBS = frozenset({"يسيطر", "تسيطر", "يسيطرون", "تسيطران", "يسيطران", "وتسيطر", "ويسيطر"})
_BECAME = frozenset({"بات", "باتت", "اصبح", "اصبحت", "صار", "صارت"})
_ARMED_CATEGORIES = frozenset({
    "military", "police", "rebel", "jihadist", "militia", "ethnic_militia", "foreign_military", "coalition",
    "unidentified", "government",
})


@dataclass
class Draft:
    sub: str
    trigger: Mention
    place: Mention
    sentence: int
    status: str
    status_span: tuple[int, int] | None
    strength: int
    actor1: Mention | None = None
    actor2: Mention | None = None
    date: DateValue | None = None
    date_span: tuple[int, int] | None = None
    killed: list[Mention] = field(default_factory=list)
    injured: list[Mention] = field(default_factory=list)
    sources: list[Mention] = field(default_factory=list)
    confidence: float = 0.0
    listed: bool = False  # a place after the first of a list ("على X وY")


def _inter(hit: ActorHit) -> int:
    t = tables()
    return t.record(hit.ids[0]).inter


def _category(hit: ActorHit) -> str:
    return tables().record(hit.ids[0]).category


def _is_armed(m: Mention) -> bool:
    return _category(m.value) in _ARMED_CATEGORIES


def _strike_type(doc: Document, trig: Mention, actors: list[Mention]) -> tuple[str, bool]:
    """Air/drone strike or shelling, and whether a weapon word said so."""
    tokens = doc.tokens
    lo, hi = max(0, trig.tok_start - 4), min(len(tokens), trig.tok_end + 7)
    air = ground = 0
    for j in range(lo, hi):
        if tokens[j].sentence != trig.sentence:
            continue
        w = tokens[j].text
        forms = {w, strip(w)}
        if forms & AIR_CUES:
            air += 1
        if forms & GROUND_CUES:
            ground += 1
    if air and air >= ground:
        return AIR, True
    if ground:
        return SHELL, True
    for a in actors:
        text = doc.norm[a.start : a.end]
        if any(w in text for w in ("طيران", "طايرات", "مقاتلات", "مروحيات", "الجوي")):
            return AIR, True
    return SHELL, False


def _roles(doc: Document, trig: Mention, actors: list[Mention]) -> tuple[Mention | None, Mention | None]:
    """actor1 (the side that acted) and actor2 (the other side) around a trigger."""
    actor1, actor2 = _sides(doc, trig, actors)
    if trig.value.lemma in _DEFENCE and actor1 is not None:
        actor1, actor2 = actor2, actor1  # "X تتصدى للهجوم": X defends, the attacker is the other side
    if actor1 is not None and _inter(actor1.value) == 7:
        actor1, actor2 = None, actor2 or actor1  # civilians are the target, never the side that acted
    if actor2 is None:
        # "... ما أسفر عن مقتل ثلاثة مدنيين": civilians named after the action are its victims
        actor2 = next((a for a in actors if a.start > trig.start and _inter(a.value) == 7), None)
    if actor1 is not None and actor2 is not None and actor1.value.ids == actor2.value.ids:
        actor2 = None
    return actor1, actor2


def _sides(doc: Document, trig: Mention, actors: list[Mention]) -> tuple[Mention | None, Mention | None]:
    if not actors:
        return None, None
    tokens = doc.tokens
    after = [a for a in actors if a.tok_start >= trig.tok_end]
    before = [a for a in actors if a.tok_end <= trig.tok_start]

    def prep_before(a: Mention) -> str:
        j = a.tok_start - 1
        word = tokens[a.tok_start].text
        if word.startswith("ب") and "بين" in (tokens[j].text if j >= 0 else ""):
            return "بين"
        while j >= 0 and j >= trig.tok_end - 1 and a.tok_start - j <= 3:
            w = tokens[j].text
            if w in _TARGET_PREPS or w in ("بين", "صفوف", "عناصر", "مواقع", "معاقل", "مقرات"):
                return w
            j -= 1
        return ""

    actor1: Mention | None = None
    actor2: Mention | None = None
    clause = _clause(doc, trig)
    agents = [a for a in actors if _agent_marked(doc, a) and _clause(doc, a) == clause]
    victims = [a for a in actors if _victim_marked(doc, a) and _clause(doc, a) == clause]
    if agents:
        actor1 = min(agents, key=lambda a: abs(a.start - trig.start))
        others = [a for a in actors if a is not actor1 and a.value.ids != actor1.value.ids]
        preferred = [a for a in others if a in victims] or others
        return actor1, _nearest(preferred, trig)
    if victims:
        hit_sides = {a.value.ids for a in victims}
        actors = [a for a in actors if a.value.ids not in hit_sides]
        after = [a for a in actors if a.tok_start >= trig.tok_end]
        before = [a for a in actors if a.tok_end <= trig.tok_start]
        if not actors:
            return None, _nearest(victims, trig)
    close_before = [a for a in before if trig.tok_start - a.tok_end <= 2]
    if close_before:
        # "شنت قوات النظام غارات على ...": the subject stands right before the action noun
        actor1 = close_before[-1]
        marked = [a for a in after if prep_before(a) not in ("", "عناصر")]
        return actor1, marked[0] if marked else None
    if after:
        first = after[0]
        p = prep_before(first)
        if p == "بين":
            second = next((a for a in after[1:] if a.value.ids != first.value.ids), None)
            if second is not None:
                return first, second
        if p in ("", "عناصر"):
            actor1 = first
            rest = after[1:]
        else:
            actor2 = first
            rest = []
        if actor2 is None:
            for a in rest:
                if actor1 is not None and a.value.ids != actor1.value.ids:
                    actor2 = a
                    break
    if actor1 is None and before:
        actor1 = before[-1]
    if actor1 is not None and actor2 is not None and actor1.value.ids == actor2.value.ids:
        actor2 = None
    if victims and actor2 is None:
        actor2 = _nearest(victims, trig)
    if actor1 is not None and actor2 is not None and actor1.value.ids == actor2.value.ids:
        actor2 = None
    return actor1, actor2


def _arrest_roles(
    actors: list[Mention], actor1: Mention | None, actor2: Mention | None
) -> tuple[Mention | None, Mention | None]:
    """Arrests are made by the state: a police, army or security body named in the sentence
    is the side that acted, whoever stands nearer the verb; the others were arrested."""
    if actor1 is not None and _inter(actor1.value) in (1, 8):
        return actor1, actor2
    state = next((a for a in actors if _inter(a.value) in (1, 8)), None)
    if state is None:
        return actor1, actor2
    other = actor1 if actor1 is not None and actor1.value.ids != state.value.ids else actor2
    return state, other


def _bomb_roles(actor1: Mention | None, actor2: Mention | None) -> tuple[Mention | None, Mention | None]:
    """News names the forces a bomb hit, rarely who planted it: state forces next to a bomb
    are its target unless the text marks them as the ones who set it off."""
    if actor1 is not None and actor2 is None and _inter(actor1.value) == 1:
        return None, actor1
    return actor1, actor2


_DEFENCE = fold_set({"تصدى", "تصدي", "صد", "التصدي", "يتصدى", "تتصدى"})
_AGENT_MARKERS = fold_set({"شنها", "شنتها", "نفذها", "نفذتها", "قبل", "طايرات", "طيران", "بطايرات", "مقاتلات"})
_VICTIM_MARKERS = fold_set({"مقتل", "قتل", "قتلى", "لمقتل", "بمقتل", "اصابه", "استهداف", "ضد", "على", "معاقل", "مواقع", "مقرات", "صفوف", "تجمعات", "لمواقع", "مقر", "اسر",
    # things of a side that were hit: "سيارتي التنظيم", "آليات النظام", "مستودعات الحوثيين"
    "سياره", "سيارات", "سيارتي", "اليات", "اليه", "عربات", "عربه", "اهداف", "مقار", "تجمع", "ثكنات", "ثكنه",
    "نقاط", "نقطه", "مخازن", "مستودعات", "مستودع", "منصات", "دبابات", "دبابه", "قافله", "رتل", "حواجز", "حاجز",
    "دوريه", "دوريات", "موكب", "حافله", "مركز", "مراكز"})


def _agent_marked(doc: Document, a: Mention) -> bool:
    j = a.tok_start - 1
    word = doc.tokens[a.tok_start].text
    if word.startswith("ل") and j >= 0 and doc.tokens[j].text in _AGENT_MARKERS:
        return True  # "طائرات تابعة لتحالف", "غارات لطيران النظام"
    return j >= 0 and doc.tokens[j].sentence == a.sentence and doc.tokens[j].text in _AGENT_MARKERS


def _victim_marked(doc: Document, a: Mention) -> bool:
    tokens = doc.tokens
    for j in range(a.tok_start - 1, max(-1, a.tok_start - 5), -1):
        if tokens[j].sentence != a.sentence or "،" in doc.norm[tokens[j].end : tokens[j + 1].start]:
            return False
        w = tokens[j].text
        if w in _VICTIM_MARKERS or (w.startswith("و") and w[1:] in _VICTIM_MARKERS):
            return True
    return False


def _nearest(items: list[Mention], trig: Mention) -> Mention | None:
    if not items:
        return None
    return min(items, key=lambda m: (m.start < trig.start, abs(m.start - trig.start)))


DISTANCE_WEIGHT = 0.05
UNLISTED_PENALTY = 1.0


def _place_score(m: Mention, trig: Mention, n_tokens: int) -> float:
    hit: PlaceHit = m.value
    score = {"cue": 2.0, "prep": 1.0, "strong": 0.3}.get(hit.strength, 0.0)
    if hit.cue in ("governorate", "region"):
        score -= 0.5
    if hit.near:
        score -= 0.8
    if hit.info.n_places == 0:
        score -= UNLISTED_PENALTY  # not in the gazetteer: only when no listed place competes
    elif hit.info.kinds <= _BROAD:
        score -= 1.0
    if m.start >= trig.end:
        score += 0.5
    distance = abs(m.tok_start - trig.tok_start) * DISTANCE_WEIGHT
    return score - min(distance, 2.0)


def _places_for(doc: Document, trig: Mention, places: list[Mention]) -> list[Mention]:
    """The event's place (the most specific, best-cued one, after the trigger when it can be)
    and the places listed with it (على X وY، قريتي X وY)."""
    own = [p for p in places if not p.value.is_parent and not p.value.route and "country" not in p.value.info.kinds]
    if not own:
        return []
    n_tokens = max(p.tok_end for p in own) - min(p.tok_start for p in own) + 1
    first = max(own, key=lambda p: _place_score(p, trig, n_tokens))
    chosen = [first]
    tokens = doc.tokens
    k = own.index(first)
    while k + 1 < len(own):
        nxt = own[k + 1]
        gap = tokens[own[k].tok_end : nxt.tok_start]
        joined = tokens[nxt.tok_start].text.startswith("و") or (gap and gap[0].text.startswith("و"))
        if not joined or len(gap) > 2:
            break
        chosen.append(nxt)
        k += 1
    return chosen


def run(doc: Document) -> None:
    triggers = doc.of("trigger")
    if not triggers:
        return
    actors_all = doc.of("actor")
    counts = doc.of("count")
    if (
        not any(_is_armed(a) for a in actors_all)
        and not any(c.value.role == "killed" for c in counts)
        and not any(t.value.strength >= 2 and t.value.sub not in _GENERIC_SUBS for t in triggers)
    ):
        return  # nothing in the article is about conflict: no armed actor, no one killed, no specific event word
    by_sentence: dict[int, list[Mention]] = {}
    for kind in ("actor", "place", "date", "count", "source", "trigger"):
        for m in doc.of(kind):
            by_sentence.setdefault(m.sentence, []).append(m)
    drafts: list[Draft] = []
    for s in doc.sentences:
        items = by_sentence.get(s.index, [])
        places = [m for m in items if m.kind == "place"]
        sent_triggers = [m for m in items if m.kind == "trigger"]
        actors = [m for m in items if m.kind == "actor"]
        sent_counts = [m for m in items if m.kind == "count"]
        if not sent_triggers:
            continue
        if _BACKGROUND.search(doc.norm[s.start : s.end]):
            continue
        armed = [a for a in actors if _is_armed(a)]
        seen: set[tuple[str, int]] = set()
        for trig in sent_triggers:
            hit = trig.value
            if hit.strength < 2 and not armed and not any(c.value.role == "killed" for c in sent_counts):
                continue
            if hit.sub == TERRITORY and trig.tok_start > 0 and doc.tokens[trig.tok_start - 1].text in _OPERATION_NOUNS:
                continue
            if _generic_reference(doc, trig):
                continue
            if hit.sub == TERRITORY and hit.status == "occurred" and hit.lemma in _TERRITORY_NOUNS and not _completed(doc, trig):
                continue  # "تحرير المحافظة هو الهدف": a goal; "تمكنت من تحرير المحافظة": an event
            if doc.tokens[trig.tok_start].text in _STATE_VERBS and not (
                trig.tok_start > 0 and doc.tokens[trig.tok_start - 1].text in _BECAME
            ):
                continue
            chosen = _places_for(doc, trig, places)
            if not chosen:
                continue
            actor1, actor2 = _roles(doc, trig, actors)
            sub = hit.sub
            strength = hit.strength
            if sub == STRIKE:
                sub, weapon = _strike_type(doc, trig, actors)
                if weapon:
                    strength = 2  # "استهدفت الهليكوبترات": a target word with its weapon names a strike
                if sub == AIR and actor1 is not None and _inter(actor1.value) in (2, 3, 4) and hit.lemma != "طايره مسيره":
                    sub = SHELL  # armed groups have no air force: their "strikes" are rockets and shells
            if sub in (IED, SUICIDE):
                actor1, actor2 = _bomb_roles(actor1, actor2)
            if hit.sub == ARRESTS:
                actor1, actor2 = _arrest_roles(actors, actor1, actor2)
            if sub == KILLING:
                if not sent_counts:
                    continue
                victims = actor2 or actor1
                sub = ATTACK if victims is not None and _inter(victims.value) == 7 else CLASH
                if sub == CLASH and actor1 is None:
                    continue
            elif sub == TERRITORY and actor1 is not None and _inter(actor1.value) in (5, 6, 7):
                sub = VIOLENT_DEMO  # protesters storming a building riot; they take no territory
            elif sub == TERRITORY:
                if actor1 is None:
                    sub = CLASH if hit.strength < 2 else GOV
                else:
                    sub = GOV if _inter(actor1.value) == 1 else NSA
            for n_place, place in enumerate(chosen):
                key = (sub, place.start)
                if key in seen:
                    continue
                seen.add(key)
                status_span = (hit.status_start, hit.status_end) if hit.status_start >= 0 else None
                draft = Draft(sub, trig, place, s.index, hit.status, status_span, strength, actor1, actor2,
                              listed=n_place > 0)
                draft.confidence = _confidence(draft, armed, sent_counts, items)
                if draft.confidence >= MIN_CONFIDENCE:
                    drafts.append(draft)
    drafts = _drop_headline_repeats(doc, _best_per_place(doc, drafts))
    _inherit_actors(doc, drafts)
    _attach(doc, drafts)
    doc.drafts = drafts


MIN_CONFIDENCE = 0.0
_SPECIFICITY = {"Explosions/Remote violence": 3, "Battles": 2, "Violence against civilians": 1}
# Event words that sport and politics use too ("معركة الصدارة", "هجوم الفريق", "سيطر على المباراة").
_GENERIC_SUBS = frozenset({CLASH, TERRITORY, KILLING})
_BROAD = frozenset({"country", "governorate", "region"})


def _confidence(d: Draft, armed: list[Mention], counts: list[Mention], items: list[Mention]) -> float:
    """How sure the sentence is about a concrete event: trigger, place, actors, figures, date."""
    place: PlaceHit = d.place.value
    score = 1.0 if d.strength >= 2 else 0.4
    score += {"cue": 0.8, "prep": 0.5, "strong": 0.1}.get(place.strength, 0.0)
    if place.info.kinds <= _BROAD:
        score -= 0.8 if "country" in place.info.kinds else 0.3
    if armed:
        score += 0.4
    if d.actor1 is not None:
        score += 0.2
    if counts:
        score += 0.5
    if any(m.kind == "date" for m in items):
        score += 0.3
    return round(score, 2)


_PRONOUNS = ("هما", "هم", "ها", "ه")
_SINGULAR_NOUNS = fold_set({"سيطرت", "تقدم", "هجوم", "عمليت", "حملت", "قصف"})
_RELATIVE = fold_set({"التي", "الذي", "الذين"})


_TERRITORY_NOUNS = fold_set({"تحرير", "سيطره", "السيطره", "استعاده", "اقتحام", "استيلاء", "انتزاع", "طرد"})
_COMPLETION = fold_set({
    "تمكن", "تمكنت", "تمكنوا", "نجح", "نجحت", "نجحوا", "اعلن", "اعلنت", "اكمل", "اكملت", "تم", "اسفر", "اسفرت",
    "عن", "اكد", "اكدت", "استكمال", "استكملت", "انهت", "انهى", "بعد",
})


def _completed(doc: Document, trig: Mention) -> bool:
    """A verbal noun of taking ground is an event when a completion word governs it:
    "تمكنت القوات من السيطرة على", "أعلن الجيش عن تحرير", "أسفر عن السيطرة على"."""
    tokens = doc.tokens
    for j in range(trig.tok_start - 1, max(-1, trig.tok_start - 6), -1):
        if tokens[j].sentence != trig.sentence:
            break
        word = tokens[j].text
        if word in _COMPLETION or word[1:] in _COMPLETION:
            return True
    return False


def _generic_reference(doc: Document, trig: Mention) -> bool:
    """A campaign, not one event: a plural or verbal noun with a possessive ("غاراته", "عملياتها",
    "سيطرتها") or followed by a relative clause in the present ("المعارك التي تخوضها")."""
    tokens = doc.tokens
    if trig.tok_end - trig.tok_start == 1:
        word = tokens[trig.tok_start].text.lstrip("وف")
        for pronoun in _PRONOUNS:
            stem = word[: -len(pronoun)]
            if word.endswith(pronoun) and len(stem) > 3 and (stem.endswith("ات") or stem.lstrip("ب") in _SINGULAR_NOUNS):
                return True
    j = trig.tok_end
    if j + 1 < len(tokens) and tokens[j].sentence == trig.sentence and tokens[j].text in _RELATIVE:
        nxt = tokens[j + 1].text
        return nxt[:1] in ("ي", "ت") and len(nxt) > 3
    return False


def _rank(d: Draft) -> tuple[int, int, int, int]:
    occurred = d.status == "occurred"
    # the most specific type wins: the weapon (car bomb, air strike) over the outcome
    # (assassination), the take-over over the battles that led to it
    specific = _SPECIFICITY.get(EVENT_TYPE.get(d.sub, ""), 1) if d.sub != CLASH else 0
    return (d.strength, int(occurred), specific, -abs(d.trigger.start - d.place.start))


def _best_per_place(doc: Document, drafts: list[Draft]) -> list[Draft]:
    """One event per clause and place: the strongest trigger, nearest to the place, wins.
    Clauses of one sentence (split at commas and at كما، فيما، بينما، ثم) may add events of
    other types at the same place ("clashes broke out, and helicopters struck the cars")."""
    best: dict[tuple[int, int, int], Draft] = {}
    for d in drafts:
        key = (d.sentence, _clause(doc, d.trigger), d.place.start)
        if key not in best or _rank(d) > _rank(best[key]):
            best[key] = d
    kept: dict[tuple[int, int, str], Draft] = {}
    for d in sorted(best.values(), key=_rank, reverse=True):
        kept.setdefault((d.sentence, d.place.start, EVENT_TYPE.get(d.sub, d.sub)), d)
    # a weak trigger in its own clause only adds an event when no stronger one covers the place
    out = [d for d in kept.values() if d.strength >= 2 or not any(
        o is not d and o.sentence == d.sentence and o.place.start == d.place.start for o in kept.values())]
    return sorted(out, key=lambda d: (d.sentence, d.trigger.start))


_CLAUSE_WORDS = fold_set({"كما", "فيما", "بينما", "ثم", "وكما"})


def _clause(doc: Document, m: Mention) -> int:
    """Index of the clause of a mention inside its sentence."""
    s = doc.sentences[m.sentence]
    text = doc.norm[s.start : m.start]
    return text.count("،") + text.count(",") + sum(
        1 for t in doc.tokens[doc.token_at(s.start) : m.tok_start] if t.text in _CLAUSE_WORDS
    )


def _headline(doc: Document) -> int | None:
    """Index of the sentence that repeats the title at the top of the text, if any."""
    if not doc.sentences:
        return None
    first = doc.sentences[0]
    text = name_key(doc.norm[first.start : first.end])
    if doc.title and text == name_key(doc.title):
        return 0
    ends_line = doc.norm[first.end : first.end + 1] in ("\n", "")
    return 0 if ends_line and len(doc.sentences) > 1 and doc.sentences[1].paragraph > first.paragraph and len(text) < 120 else None


def _drop_headline_repeats(doc: Document, drafts: list[Draft]) -> list[Draft]:
    """A headline summarises the body: its event is dropped when the body reports one of the same type."""
    head = _headline(doc)
    if head is None:
        return drafts
    body_types = {EVENT_TYPE.get(d.sub, d.sub) for d in drafts if d.sentence != head}
    return [d for d in drafts if d.sentence != head or EVENT_TYPE.get(d.sub, d.sub) not in body_types]


def _inherit_actors(doc: Document, drafts: list[Draft]) -> None:
    """A sentence that names no acting side continues the paragraph's last one
    ("قصفت قوات النظام البلدة ... كما استهدفت قرية X")."""
    last: dict[int, Mention] = {}
    for d in drafts:
        para = doc.sentences[d.sentence].paragraph
        if d.actor1 is None and para in last and (d.actor2 is None or d.actor2.value.ids != last[para].value.ids):
            d.actor1 = last[para]
        if d.actor1 is not None:
            last[para] = d.actor1


def _attach(doc: Document, drafts: list[Draft]) -> None:
    """Dates, casualty counts and sources for each draft."""
    dates = doc.of("date")
    counts = doc.of("count")
    sources = doc.of("source")
    for d in drafts:
        para = doc.sentences[d.sentence].paragraph
        same = [m for m in dates if m.sentence == d.sentence]
        date = _nearest(same, d.trigger)
        if date is None:
            earlier = [m for m in dates if m.start < d.trigger.start and doc.sentences[m.sentence].paragraph == para]
            date = earlier[-1] if earlier else None
        if date is None:
            lead = [m for m in dates if m.sentence <= 1 and m.start < d.trigger.start]
            date = lead[-1] if lead else None
        if date is not None:
            d.date = date.value
            d.date_span = (date.start, date.end)
        sent_counts = [c for c in counts if c.sentence == d.sentence]
        if not sent_counts and d.sentence + 1 < len(doc.sentences):
            # "... وأسفر القصف عن مقتل خمسة": a next sentence with figures but no event of its own
            nxt = d.sentence + 1
            if not any(t.sentence == nxt for t in doc.of("trigger") if t.value.sub != KILLING) and not any(
                p.sentence == nxt for p in doc.of("place")
            ):
                sent_counts = [c for c in counts if c.sentence == nxt]
        if d.listed:
            sent_counts = []  # one figure for "X وY وZ" is not each place's figure
        d.killed = [c for c in sent_counts if c.value.role == "killed"]
        d.injured = [c for c in sent_counts if c.value.role == "injured"]
        own = [m for m in sources if m.sentence == d.sentence]
        if own:
            d.sources = own[:3]
        else:
            earlier_src = [m for m in sources if m.start < d.trigger.start]
            if earlier_src:
                d.sources = [earlier_src[-1]]
