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
from collections import Counter
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
    GRENADE,
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
from marsad.pipeline.actors import tables
from marsad.pipeline.dates import DateValue
from marsad.pipeline.framing import (
    TERRITORY_NOUNS,
    ceasefire_or_concern,
    charged,
    completed,
    generic_reference,
    headline,
    negated,
)
from marsad.pipeline.numbers import strip
from marsad.pipeline.places import PlaceHit
from marsad.pipeline.roles import (
    air_capable,
    arrest_roles,
    bomb_roles,
    clause,
    inter,
    is_armed,
    nearest,
    roles,
)
from marsad.pipeline.triggers import TriggerHit
from marsad.text import fold_set

_BACKGROUND = re.compile(
    r"منذ\s+(?:عام\s+)?(?:19|20)\d\d|منذ\s+(?:بدء|بدايه|اندلاع|انطلاق|مطلع|اوايل|منتصف|اواخر)|منذ\s+سنوات"
    r"|^\W*(?:و)?(?:يشار|يذكر|تجدر|يجدر)\s|(?:^|\s)(?:ال)?ذكرى\s|من\s+كل\s+عام|في\s+مثل\s+هذا\s+اليوم"
)
# "عملية تحرير الموصل", "معارك تحرير المدينة": the name of an operation, not an event.
_OPERATION_NOUNS = fold_set({"عمليه", "معركه", "معارك", "حمله", "خطه", "هدف", "بهدف", "اجل", "مرحله", "جهود"})
# "the opposition controls X" is a state, not an event, unless it "became" so (بات، أصبح).
_STATE_VERBS = frozenset({"يسيطر", "تسيطر", "يسيطرون", "تسيطران", "يسيطران", "وتسيطر", "ويسيطر"})
_BECAME = frozenset({"بات", "باتت", "اصبح", "اصبحت", "صار", "صارت"})


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
    inherited: bool = False  # the place was named in an earlier sentence
    twin: bool = False  # the shelling named with an air strike ("القصف الجوي والمدفعي")


def _weapon_cues(doc: Document, trig: Mention) -> tuple[int, int]:
    """How many air and ground weapon words stand around a strike word."""
    tokens = doc.tokens
    lo, hi = max(0, trig.tok_start - 4), min(len(tokens), trig.tok_end + 7)
    air = ground = 0
    for j in range(lo, hi):
        if tokens[j].sentence != trig.sentence:
            continue
        w = tokens[j].text
        forms = {w, strip(w), w[1:] if w.startswith("و") else w}
        if forms & AIR_CUES:
            air += 1
        if forms & GROUND_CUES:
            ground += 1
    return air, ground


_ARTILLERY = fold_set({
    "مدفعي", "مدفعيه", "المدفعي", "المدفعيه", "مدفعيا", "المدافع", "مدافع", "قذايف", "القذايف", "هاون", "الهاون",
    "راجمات", "الراجمات", "دبابات", "الدبابات",
})


def _air_and_ground(doc: Document, trig: Mention) -> bool:
    """"القصف الجوي والمدفعي", "القوات الجوية والمدفعية قصفت": both weapons named together."""
    tokens = doc.tokens
    air, ground = _weapon_cues(doc, trig)
    joined = any(
        tokens[j].text.startswith("و") and {tokens[j].text[1:], strip(tokens[j].text[1:])} & _ARTILLERY
        for j in range(max(0, trig.tok_start - 4), min(len(tokens), trig.tok_end + 4))
        if tokens[j].sentence == trig.sentence
    )
    return air > 0 and ground > 0 and joined


def _strike_type(doc: Document, trig: Mention, actors: list[Mention], actor1: Mention | None) -> tuple[str, bool]:
    """Air/drone strike or shelling, and whether a weapon word said so."""
    air, ground = _weapon_cues(doc, trig)
    if air and air >= ground:
        return AIR, True
    if ground:
        return SHELL, True
    for a in actors:
        text = doc.norm[a.start : a.end]
        if any(w in text for w in ("طيران", "طايرات", "مقاتلات", "مروحيات", "الجوي")):
            return AIR, True
    if actor1 is not None and tables().record(actor1.value.ids[0]).category == "coalition":
        return AIR, False  # the coalitions strike from the air
    return SHELL, False


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

    def joined(a: Mention, b: Mention) -> bool:
        """b is listed after a: "X وY", "قريتي X وY", "على X وعلى قرية Y"."""
        gap = tokens[a.tok_end : b.tok_start]
        return bool(tokens[b.tok_start].text.startswith("و") or (gap and gap[0].text.startswith("و"))) and len(gap) <= 2

    k = own.index(first)
    # "منطقتي الحسيني والعند": the places listed before the chosen one belong to it too
    while k > 0 and joined(own[k - 1], own[k]):
        k -= 1
        chosen.append(own[k])  # after the chosen one: the first of the list is the event's own place
    k = own.index(first)
    while k + 1 < len(own) and joined(own[k], own[k + 1]):
        chosen.append(own[k + 1])
        k += 1
    # "غارات على قرية X ...، وعلى قرية Y": a second target of the same strike, further on
    for later in own[k + 1 :]:
        ev_tok = doc.token_at(later.value.ev_start)
        head = tokens[ev_tok - 1].text if ev_tok > 0 else ""
        if head in _AND_TARGET:
            chosen.append(later)
    # "البلدتين": the other town of the pair the anaphor stands for
    by_start = {p.start: p for p in doc.of("place")}
    for p in list(chosen):
        other = by_start.get(p.value.partner)
        if other is not None and other not in chosen:
            chosen.append(other)
    return chosen


_AND_TARGET = fold_set({"وعلى", "وعلي", "وضد"})
INHERIT_SENTENCES = 2
KILLING_AS_CLASH = False
_VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


def _earlier_place(doc: Document, sentence: int) -> list[Mention]:
    """A sentence that names no place continues the last scene named shortly before it
    ("... في بلدة X. وكانت جبهة النصرة قد هاجمت مقرا للفرقة"): the last town of the previous
    few sentences."""
    for m in reversed(doc.of("place")):
        if m.sentence >= sentence:
            continue
        if sentence - m.sentence > INHERIT_SENTENCES:
            return []
        hit: PlaceHit = m.value
        if hit.is_parent or hit.route or hit.info.kinds & _BROAD or hit.cue in ("governorate", "region"):
            continue
        return [m]
    return []


def run(doc: Document) -> None:
    triggers = doc.of("trigger")
    if not triggers:
        return
    actors_all = doc.of("actor")
    counts = doc.of("count")
    if (
        not any(is_armed(a) for a in actors_all)
        and not any(c.value.role == "killed" for c in counts)
        and not any(_speaks_of_conflict(t.value) for t in triggers)
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
        armed = [a for a in actors if is_armed(a)]
        seen: set[tuple[str, int]] = set()
        for trig in sent_triggers:
            hit = trig.value
            if hit.strength < 2 and not armed and not any(c.value.role == "killed" for c in sent_counts):
                continue
            if hit.sub == TERRITORY and trig.tok_start > 0 and doc.tokens[trig.tok_start - 1].text in _OPERATION_NOUNS:
                continue
            if generic_reference(doc, trig) or negated(doc, trig):
                continue
            if ceasefire_or_concern(doc, trig, truce=hit.sub == CLASH) or charged(doc, trig):
                continue
            if hit.sub == TERRITORY and hit.status == "occurred" and hit.lemma in TERRITORY_NOUNS and not completed(doc, trig):
                continue  # "تحرير المحافظة هو الهدف": a goal; "تمكنت من تحرير المحافظة": an event
            if doc.tokens[trig.tok_start].text in _STATE_VERBS and not (
                trig.tok_start > 0 and doc.tokens[trig.tok_start - 1].text in _BECAME
            ):
                continue
            chosen = _places_for(doc, trig, places)
            inherited = False
            placeless = not [p for p in places if p.value.info.kinds != {"country"}]
            violent = EVENT_TYPE.get(hit.sub, "") in _VIOLENT or hit.sub == STRIKE
            if not chosen and hit.strength >= 2 and placeless and violent:
                chosen = _earlier_place(doc, s.index)
                inherited = True
            if not chosen:
                continue
            actor1, actor2 = roles(doc, trig, actors)
            sub = hit.sub
            strength = hit.strength
            if sub == STRIKE:
                sub, weapon = _strike_type(doc, trig, actors, actor1)
                if weapon:
                    strength = 2  # "استهدفت الهليكوبترات": a target word with its weapon names a strike
                if sub == AIR and actor1 is not None and inter(actor1.value) in (2, 3, 4) and hit.lemma != "طايره مسيره":
                    sub = SHELL  # armed groups have no air force: their "strikes" are rockets and shells
            elif sub == AIR and actor1 is not None and not air_capable(actor1) and hit.lemma != "طايره مسيره":
                # "استهدفوا مسلحي التنظيم بضربات جوية": a group without aircraft was the target
                where = clause(doc, trig)
                flyer = nearest([a for a in actors if air_capable(a) and clause(doc, a) == where], trig)
                actor1, actor2 = flyer, actor1 if actor2 is None or flyer is actor2 else actor2
            if sub in (IED, SUICIDE, GRENADE):
                actor1, actor2 = bomb_roles(actor1, actor2)
            if hit.sub == ARRESTS:
                actor1, actor2 = arrest_roles(actors, actor1, actor2)
            if sub == KILLING:
                if not sent_counts:
                    continue
                victims = actor2 or actor1
                sub = ATTACK if victims is not None and inter(victims.value) == 7 else CLASH
                if actor1 is not None and _by_hands_of(doc, actor1):
                    sub = ATTACK  # "لقي حتفه على يد مسلحين": killed by a side, not in a battle
                if sub == CLASH and (actor1 is None or KILLING_AS_CLASH is False):
                    continue
            elif sub == TERRITORY and actor1 is not None and inter(actor1.value) in (5, 6, 7):
                sub = VIOLENT_DEMO  # protesters storming a building riot; they take no territory
            elif sub == TERRITORY:
                if actor1 is None:
                    sub = CLASH if hit.strength < 2 else GOV
                else:
                    sub = GOV if inter(actor1.value) == 1 else NSA
            subs = [sub]
            if sub == AIR and _air_and_ground(doc, trig):
                subs.append(SHELL)  # "القصف الجوي والمدفعي": strikes from the air and shelling, two events
            for one_sub, (n_place, place) in ((x, p) for x in subs for p in enumerate(chosen)):
                key = (one_sub, place.start)
                if key in seen:
                    continue
                seen.add(key)
                status_span = (hit.status_start, hit.status_end) if hit.status_start >= 0 else None
                draft = Draft(one_sub, trig, place, s.index, hit.status, status_span, strength, actor1, actor2,
                              listed=n_place > 0, inherited=inherited, twin=one_sub != sub)
                draft.confidence = _confidence(draft, armed, sent_counts, items)
                if draft.confidence >= MIN_CONFIDENCE:
                    drafts.append(draft)
    drafts = _drop_headline_repeats(doc, _best_per_place(doc, drafts))
    _inherit_actors(doc, drafts)
    _attach(doc, drafts)
    doc.drafts = drafts




# event words that other news uses too: "انفجار الأسعار", "برميل نفط", "اتفاق تجاري", "ضربة جزاء"
_EVERYDAY = fold_set({
    "انفجار", "انفجر", "تفجير", "فجر", "برميل", "براميل", "اتفاق", "تسويه", "مصالحه", "صاروخ", "صواريخ", "ضربه",
    "ضربات", "احتجاج", "احتج", "اعتصام", "شغب", "اسقط", "اسقاط", "اعترض", "اعتراض", "نهب", "هدم",
})


def _by_hands_of(doc: Document, m: Mention) -> bool:
    tokens = doc.tokens
    return m.tok_start >= 2 and tokens[m.tok_start - 2].text == "علي" and tokens[m.tok_start - 1].text in ("يد", "ايدي")


def _speaks_of_conflict(hit: TriggerHit) -> bool:
    """A trigger that makes an article about conflict or protest by itself; words that
    everyday news uses too (prices explode, oil is sold by the barrel) do not."""
    return hit.strength >= 2 and hit.sub not in _GENERIC_SUBS and hit.lemma not in _EVERYDAY


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
    best: dict[tuple[int, int, int, bool], Draft] = {}
    for d in drafts:
        key = (d.sentence, clause(doc, d.trigger), d.place.start, d.twin)
        if key not in best or _rank(d) > _rank(best[key]):
            best[key] = d
    kept: dict[tuple[int, int, str], Draft] = {}
    for d in sorted(best.values(), key=_rank, reverse=True):
        kept.setdefault((d.sentence, d.place.start, d.sub), d)
    # a weak trigger in its own clause only adds an event when no stronger one covers the place
    out = [d for d in kept.values() if d.strength >= 2 or not any(
        o is not d and o.sentence == d.sentence and o.place.start == d.place.start for o in kept.values())]
    return sorted(out, key=lambda d: (d.sentence, d.trigger.start))


def _drop_headline_repeats(doc: Document, drafts: list[Draft]) -> list[Draft]:
    """A headline summarises the body: its event is dropped when the body reports one of the same type."""
    head = headline(doc)
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
        if (
            d.actor1 is None and para in last and (d.actor2 is None or d.actor2.value.ids != last[para].value.ids)
            and (d.sub != AIR or air_capable(last[para]))  # only an air force strikes from the air
        ):
            d.actor1 = last[para]
        if d.actor1 is not None:
            last[para] = d.actor1
    _opponents(doc, drafts)


def _opponents(doc: Document, drafts: list[Draft]) -> None:
    """A battle or strike with one side named: the other side is the one this side fights
    elsewhere in the article, else the armed actor the article names most (not itself)."""
    partners: dict[tuple[str, ...], Counter[tuple[str, ...]]] = {}
    for d in drafts:
        if d.actor1 is not None and d.actor2 is not None:
            a, b = d.actor1.value.ids, d.actor2.value.ids
            partners.setdefault(a, Counter())[b] += 1
            partners.setdefault(b, Counter())[a] += 1
    named: Counter[tuple[str, ...]] = Counter(m.value.ids for m in doc.of("actor") if is_armed(m))
    by_ids = {m.value.ids: m for m in doc.of("actor")}
    for d in drafts:
        if d.actor1 is None or d.actor2 is not None or EVENT_TYPE.get(d.sub) not in _TWO_SIDED:
            continue
        own = d.actor1.value.ids
        choice = partners.get(own, Counter()).most_common(1)
        if not choice:
            choice = [(ids, n) for ids, n in named.most_common() if ids != own and n >= OPPONENT_MENTIONS][:1]
        if choice:
            d.actor2 = by_ids.get(choice[0][0])


OPPONENT_MENTIONS = 2
_TWO_SIDED = frozenset({"Battles", "Explosions/Remote violence"})


_CUMULATIVE = fold_set({"المتواصله", "متواصله", "المستمره", "حصيله", "الحصيله", "الطرفين", "اجمالي", "الاجمالي", "مجمل"})


_DURING = fold_set({"خلال", "خلاله", "خلالها", "منذ", "طيله", "طوال"})
_DURING_PRONOUN = fold_set({"خلاله", "خلالها"})
# weeks and longer: a toll "over the past days" is still the news of those days
_PERIODS = fold_set({
    "اسبوع", "الاسبوع", "اسبوعين", "الاسبوعين", "اسابيع", "شهر", "الشهر", "اشهر", "الاشهر", "شهرين",
    "سنوات", "عام", "العام", "سنه", "السنه", "اعوام",
})


def _over_a_period(doc: Document, count: Mention) -> bool:
    """"قتل خلاله أكثر من 500 مدني" after "أسبوع من القصف", "قتلوا خلال اليومين الماضيين": a
    toll over days or weeks, not the toll of one event."""
    tokens = doc.tokens

    def period_at(lo: int, hi: int) -> bool:
        return any(t.text in _PERIODS and t.sentence == count.sentence for t in tokens[max(0, lo) : hi])

    for j in range(max(0, count.tok_start - 4), min(len(tokens), count.tok_end + 6)):
        w = tokens[j].text
        if tokens[j].sentence != count.sentence or w not in _DURING:
            continue
        if w in _DURING_PRONOUN and period_at(j - 15, j):
            return True  # "بعد أسبوع من القصف ... قتل خلاله"
        if w not in _DURING_PRONOUN and period_at(j + 1, j + 3):
            return True  # "خلال اليومين الماضيين", "منذ أسبوعين"
    return False


def _attach(doc: Document, drafts: list[Draft]) -> None:
    """Dates, casualty counts and sources for each draft."""
    dates = doc.of("date")
    counts = doc.of("count")
    sources = doc.of("source")
    for d in drafts:
        para = doc.sentences[d.sentence].paragraph
        same = [m for m in dates if m.sentence == d.sentence]
        date = nearest(same, d.trigger)
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
        if d.listed or (d.inherited and _CUMULATIVE & set(doc.sentence_text(d.sentence).split())):
            # one figure for "X وY وZ" is not each place's figure; a sentence that names no
            # place may sum up ("المعارك المتواصلة أسفرت عن مقتل 70 من الطرفين")
            sent_counts = []
        sent_counts = [c for c in sent_counts if not _over_a_period(doc, c)]
        d.killed = [c for c in sent_counts if c.value.role == "killed"]
        d.injured = [c for c in sent_counts if c.value.role == "injured"]
        own = [m for m in sources if m.sentence == d.sentence]
        if own:
            d.sources = own[:3]
        else:
            earlier_src = [m for m in sources if m.start < d.trigger.start]
            if earlier_src:
                d.sources = [earlier_src[-1]]
