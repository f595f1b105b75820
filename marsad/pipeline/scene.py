"""Where an event happened: the place of its sentence it is attached to (the best-cued, most
specific one, after the trigger when it can be), the places listed with it, and, for a sentence
that names none, the town named just before."""

from __future__ import annotations

from bisect import bisect_left

from marsad.document import Document, Mention
from marsad.lang.ar.actors import ADDING as _ADDING
from marsad.lang.ar.actors import AND_IN as _AND_IN
from marsad.lang.ar.actors import AND_PART as _AND_PART
from marsad.lang.ar.actors import AND_TARGET as _AND_TARGET
from marsad.lang.ar.actors import CLAUSE_WORDS as _CLAUSE_WORDS
from marsad.lang.ar.actors import PART_ADJECTIVES as _PART_ADJECTIVES
from marsad.lang.ar.actors import PART_LINKS as _PART_LINKS
from marsad.lang.ar.actors import PART_NOUNS as _PART_NOUNS
from marsad.lang.ar.actors import SPREAD_REACH
from marsad.lang.ar.actors import SPREAD_VERBS as _SPREAD_VERBS
from marsad.lang.ar.cues import CLAUSE_MARKS, DIRECTIONS, PLACE_CUES
from marsad.lang.ar.framing import RELATIVE as _RELATIVE
from marsad.lang.ar.places import APPROACH_REACH, APPROACH_VERBS, LIST_OPENER_REACH, LIST_OPENERS
from marsad.pipeline.placehit import PlaceHit

_BROAD = frozenset({"country", "governorate", "region"})

DISTANCE_WEIGHT = 0.05
UNLISTED_PENALTY = 1.0


REFERENCE_PENALTY = 1.0
CUE_CHAIN_CHARS = 16  # one cue word before another: "منطقة وادي"
CLAUSE_PENALTY = 2.0
PART_ADJECTIVE_REACH = 2  # words that describe the parts ("أنحاء متفرقة"، "مناطق أخرى متفرقة")


def _reference_point(doc: Document, m: Mention) -> bool:
    """"منطقة المداريج شرق قطبين", "مديرية نهم شرق العاصمة صنعاء": a place after a direction
    word locates the place named before it."""
    first = doc.token_at(m.value.ev_start)
    # "بلدة X، وسط منطقة وادي Y": a cue word of the place before its own cue word
    while first > 0 and doc.tokens[first - 1].sentence == m.sentence and doc.tokens[first - 1].text in PLACE_CUES \
            and m.value.ev_start - doc.tokens[first - 1].start < CUE_CHAIN_CHARS:
        first -= 1
    return first > 0 and doc.tokens[first - 1].sentence == m.sentence and _without_proclitic(doc.tokens[first - 1].text) in DIRECTIONS


def _approached(doc: Document, m: Mention) -> bool:
    """"الأمر الذي يقرب المقاومة أكثر من العاصمة صنعاء": the place after "من" that a verb of
    coming closer governs is what a side came closer to, never where the event was."""
    tokens = doc.tokens
    first = doc.token_at(m.value.ev_start)
    if first == 0 or tokens[first - 1].sentence != m.sentence or tokens[first - 1].text != "من":
        return False
    return any(tokens[j].sentence == tokens[first].sentence and tokens[j].text.removeprefix("و") in APPROACH_VERBS
               for j in range(max(0, first - 1 - APPROACH_REACH), first - 1))


RELATIVE_REACH = 8  # tokens from the relative pronoun to the place it names


def _described(doc: Document, m: Mention, trig: Mention, own: list[Mention]) -> bool:
    """"معارك في جبهة نهم التي توصف بأنها البوابة الشرقية للعاصمة صنعاء": a place named in a
    relative clause that describes the place before it only locates or qualifies that place,
    unless the event word itself stands in the clause ("بلدة X التي شهدت اشتباكات في حي Y")."""
    tokens = doc.tokens
    for p in own:
        if p.tok_end > m.tok_start:
            break
        rel = p.tok_end
        if rel >= m.tok_start or tokens[rel].text not in _RELATIVE or m.tok_start - rel > RELATIVE_REACH:
            continue
        if rel < trig.tok_start < m.tok_start or any(c in CLAUSE_MARKS for c in doc.norm[p.end : m.start]):
            continue
        return True
    return False


def _bracketed(doc: Document, m: Mention) -> bool:
    """The place stands inside brackets opened in its sentence."""
    start = doc.sentences[m.sentence].start
    return doc.norm.count("(", start, m.start) > doc.norm.count(")", start, m.start)


def _other_clause(doc: Document, m: Mention, trig: Mention) -> bool:
    """A clause word (بينما، فيما، كما، ثم) stands between the place and the event word: "غارات
    طالت مدينة X، بينما قتل قائد خلال اشتباكات في Y" puts the clashes in Y, not in X."""
    lo, hi = sorted((m.tok_start, trig.tok_start))
    return any(t.text in _CLAUSE_WORDS for t in doc.tokens[lo + 1 : hi])


def _place_score(m: Mention, trig: Mention, n_tokens: int, reference: int = 0, other_clause: bool = False) -> float:
    hit: PlaceHit = m.value
    score = {"cue": 2.0, "prep": 1.0, "strong": 0.3}.get(hit.strength, 0.0)
    if other_clause:
        score -= CLAUSE_PENALTY
    score -= REFERENCE_PENALTY * reference  # twice for a place both after a direction and in a relative clause
    if hit.cue in ("governorate", "region"):
        score -= 0.5
    if hit.near:
        score -= 0.8
    if hit.info.n_places == 0 and not (hit.cue and hit.parent_key):
        # not in the gazetteer: only when no listed place competes, unless a cue word names it
        # and a parent locates it ("بمنطقة X بإسطنبول")
        score -= UNLISTED_PENALTY
    elif hit.info.n_places and hit.info.kinds <= _BROAD:
        score -= 1.0
    if m.start >= trig.end:
        score += 0.5
    distance = abs(m.tok_start - trig.tok_start) * DISTANCE_WEIGHT
    return score - min(distance, 2.0)


def _one_per_phrase(places: list[Mention]) -> list[Mention]:
    """Of places read from overlapping words ("جبل الوحش" as a name the gazetteer lacks, and
    "الوحش" after the cue جبل as one it has), the one the gazetteer knows, else the longer: the
    phrase is one place, and one place in a list must not break the list ("في حي X وجبل الوحش")."""
    out: list[Mention] = []
    for m in sorted(places, key=lambda m: (m.start, -m.end)):
        if out and m.start < out[-1].end:
            if (bool(m.value.info.n_places), m.end - m.start) > (bool(out[-1].value.info.n_places), out[-1].end - out[-1].start):
                out[-1] = m
            continue
        out.append(m)
    return out


def places_for(doc: Document, trig: Mention, places: list[Mention]) -> list[Mention]:
    """The event's place (the most specific, best-cued one, after the trigger when it can be)
    and the places listed with it (على X وY، قريتي X وY)."""
    own = _one_per_phrase([p for p in places if not (p.value.is_parent or p.value.route or p.value.counterpart)
                           and not p.value.is_country])
    # "بشارع أسيوط في العريش": a street named after a town lies in the other place the sentence names
    # ("في شارع فلسطين ببغداد": in the town named as its parent)
    # (a street named after a country is coded as the street, inside its town: see geocode)
    streets = [p for p in own if p.value.street and "country" not in p.value.info.kinds]
    if streets and len(streets) < len(own):
        own = [p for p in own if not p.value.street]
    elif streets:
        own = [p for p in places if p.value.is_parent and p.start > streets[0].start
               and not p.value.is_country and not p.value.route][:1] or own
    approached = [p for p in own if _approached(doc, p)]
    if len(approached) < len(own):
        own = [p for p in own if p not in approached]
    if not own:
        return []
    n_tokens = max(p.tok_end for p in own) - min(p.tok_start for p in own) + 1
    # a reference point only when a place is named before it in the sentence
    pointed = {p.start for p in own if _reference_point(doc, p) and any(o.start < p.start for o in own)}
    described = {p.start for p in own if _described(doc, p, trig, own)}
    # "محافظة الأنبار التي تقع غرب بغداد": a clause that says where the place before
    # lies, by a direction from another, names that other place twice over as a reference point
    first = max(own, key=lambda p: _place_score(p, trig, n_tokens, (p.start in pointed) + (p.start in described),
                                                _other_clause(doc, p, trig)))
    first = _example_of(doc, first, own) or first
    chosen = [first]
    tokens = doc.tokens

    def joined(a: Mention, b: Mention) -> bool:
        """b is listed after a: "X وY", "قريتي X وY", "على X وعلى قرية Y"; a remark in brackets
        between them does not break the list ("السلط (33 كم شمال غرب عمان) واربد")."""
        gap = tokens[a.tok_end : b.tok_start]
        if "(" in doc.norm[a.end : b.start]:
            gap = [t for t in gap if doc.norm.count("(", a.end, t.start) <= doc.norm.count(")", a.end, t.start)]
            if not gap:  # "واربد (90 كم شمال عمان) جرش": the remark stands where the "و" would
                return True
        return bool(tokens[b.tok_start].text.startswith("و") or (gap and gap[0].text.startswith("و"))) and len(gap) <= 2

    # a place inside a remark in brackets locates the one before it ("السلط (33 كم شمال غرب
    # عمان) واربد"): no member of the list
    listed = [p for p in own if p is first or not _bracketed(doc, p)]
    k = listed.index(first)
    # "منطقتي الحسيني والعند": the places listed before the chosen one belong to it too
    while k > 0 and joined(listed[k - 1], listed[k]):
        k -= 1
        chosen.append(listed[k])  # after the chosen one: the first of the list is the event's own place
    k = listed.index(first)
    while k + 1 < len(listed) and joined(listed[k], listed[k + 1]):
        chosen.append(listed[k + 1])
        k += 1
    # "غارات على قرية X ...، وعلى قرية Y": a second target of the same strike, further on
    for later in listed[k + 1 :]:
        ev_tok = doc.token_at(later.value.ev_start)
        head = tokens[ev_tok - 1].text if ev_tok > 0 else ""
        if head in _AND_TARGET or _and_part(doc, ev_tok) or _and_cue(doc, later, ev_tok) or _spread_to(doc, trig, ev_tok) \
                or ((head in _AND_IN or _added(doc, trig, ev_tok)) and _no_event_of_its_own(doc, trig, later)):
            chosen.append(later)
    # "البلدتين"، "تلك المناطق": the other places the anaphor stands for
    for p in [p for p in chosen if p.value.partners]:
        for start in p.value.partners:
            other = next((o for o in doc.of("place") if o.start == start), None)
            if other is not None and other not in chosen:
                chosen.append(other)
    return chosen


def _example_of(doc: Document, place: Mention, own: list[Mention]) -> Mention | None:
    """"في عدة أحياء بمدينة تعز منها حي X وحي Y"، "مناطق بمحافظة لحج من بينها X": the places
    a list opener names right after the place chosen are where the event was; the place before
    them only locates them."""
    tokens = doc.tokens
    for later in own:
        if later.start <= place.start:
            continue
        ev_tok = doc.token_at(later.value.ev_start)
        if ev_tok - place.tok_end > LIST_OPENER_REACH:
            return None
        if any(t.text in LIST_OPENERS for t in tokens[max(place.tok_end, ev_tok - 2) : ev_tok]) \
                and not any(c in CLAUSE_MARKS for c in doc.norm[place.end : later.start]):
            return later
    return None


def _and_part(doc: Document, ev_tok: int) -> bool:
    """"سيطرت على منطقتي X وY وأجزاء من منطقة Z": part of one more place, joined to the list."""
    tokens = doc.tokens
    if ev_tok >= 1 and tokens[ev_tok - 1].text in _AND_PART:
        return True
    if not (ev_tok >= 2 and tokens[ev_tok - 1].text in _PART_LINKS):
        return False
    # "وأجزاء من"، "وفي أنحاء متفرقة من"، "ومناطق أخرى متفرقة في"
    j = ev_tok - 2
    while j > ev_tok - 2 - PART_ADJECTIVE_REACH and j > 0 and tokens[j].text in _PART_ADJECTIVES:
        j -= 1
    return tokens[j].text in _AND_PART or (tokens[j].text in _PART_NOUNS and j > 0 and tokens[j - 1].text in _AND_IN)


def _and_cue(doc: Document, m: Mention, ev_tok: int) -> bool:
    """"غارات على مديرية كتف ومناطق أخرى في صعدة، ومديرية حرض بمحافظة حجة": a place
    named by its cue word that "و" joins to the sentence is one more target of the same event
    word (not a town named only to locate another)."""
    word = doc.tokens[ev_tok].text if ev_tok < len(doc.tokens) else ""
    return ev_tok <= m.tok_start and word.startswith("و") and word[1:] in PLACE_CUES and not m.value.near


def _no_event_of_its_own(doc: Document, trig: Mention, later: Mention) -> bool:
    """No event word stands between the event word and a later place, nor after the place in its
    clause: "هجمات في قندهار، وفي ولاية لوغار" adds a scene; "غارة على حلب، وفي إدلب قتل ثلاثة
    باشتباكات" opens another event."""
    if later.start < trig.end:
        return False
    tokens = doc.tokens
    end = later.tok_end
    while end < len(tokens) and tokens[end].sentence == later.sentence \
            and not any(c in CLAUSE_MARKS for c in doc.norm[tokens[end - 1].end : tokens[end].start]):
        end += 1
    return not any(t.sentence == trig.sentence and trig.tok_end <= t.tok_start < end for t in doc.of("trigger"))


def _spread_to(doc: Document, trig: Mention, ev_tok: int) -> bool:
    """"اندلعت مظاهرات في كرج، وشملت أيضا مدنا مثل أصفهان": a verb of spreading after the
    event word, shortly before the place, names one more scene of the same event."""
    lo = max(trig.tok_end, ev_tok - SPREAD_REACH)
    return any(_without_proclitic(t.text) in _SPREAD_VERBS for t in doc.tokens[lo:ev_tok])


def _added(doc: Document, trig: Mention, ev_tok: int) -> bool:
    """"قصفت الطائرات مواقع في مدينة المخاء، بالإضافة إلى مخازن للسلاح في بلدة الهشمة": a word of addition shortly
    before the place, after the event word."""
    lo = max(trig.tok_end, ev_tok - SPREAD_REACH)
    return any(t.text in _ADDING for t in doc.tokens[lo:ev_tok])


INHERIT_SENTENCES = 2


def earlier_place(doc: Document, sentence: int) -> list[Mention]:
    """A sentence that names no place continues the last scene named shortly before it
    ("... في بلدة X. وكانت جبهة النصرة قد هاجمت مقرا للفرقة"): the last town of the previous
    few sentences."""
    places = doc.of("place")  # in text order: skip those of this sentence and after at once
    for i in range(bisect_left(places, sentence, key=lambda p: p.sentence) - 1, -1, -1):
        m = places[i]
        if m.sentence >= sentence:
            continue
        if sentence - m.sentence > INHERIT_SENTENCES:
            return []
        hit: PlaceHit = m.value
        if hit.is_parent or hit.route or hit.counterpart or hit.info.kinds & _BROAD or hit.cue in ("governorate", "region"):
            continue
        return [m]
    return []


def _without_proclitic(word: str) -> str:
    """"وشرق"، "بشمال": the word without its one-letter proclitic."""
    return word[1:] if word[:1] in ("و", "ف", "ب") and len(word) > 4 else word
