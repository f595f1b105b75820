"""Framing: whether a trigger reports one new event or only names a campaign, a goal or
the headline of what the body reports."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from marsad.document import Document, Mention
from marsad.lang.ar.eventwords import BLAST_WORDS as _BLAST_WORDS
from marsad.lang.ar.framing import ABSTRACT_ENEMIES as _ABSTRACT_ENEMIES
from marsad.lang.ar.framing import ACCIDENTS as _ACCIDENTS
from marsad.lang.ar.framing import AGO as _AGO
from marsad.lang.ar.framing import AIM_VERBS as _AIM_VERBS
from marsad.lang.ar.framing import ALLEGED as _ALLEGED
from marsad.lang.ar.framing import ALLEGED_REACH as _ALLEGED_REACH
from marsad.lang.ar.framing import ANNOUNCE as _ANNOUNCE
from marsad.lang.ar.framing import ANY as _ANY
from marsad.lang.ar.framing import ANY_NEGATION_REACH as _ANY_NEGATION_REACH
from marsad.lang.ar.framing import BLAST_ACCIDENTS as _BLAST_ACCIDENTS
from marsad.lang.ar.framing import BOMBER_COUNTED_AFTER as _BOMBER_COUNTED_AFTER
from marsad.lang.ar.framing import BOMBER_NOUNS as _BOMBER_NOUNS
from marsad.lang.ar.framing import BREACH as _BREACH
from marsad.lang.ar.framing import BREACH_REACH as _BREACH_REACH
from marsad.lang.ar.framing import CASE_REACH as _CASE_REACH
from marsad.lang.ar.framing import CASES as _CASES
from marsad.lang.ar.framing import CAUSE_MARKERS as _CAUSE_MARKERS
from marsad.lang.ar.framing import CEASE as _CEASE
from marsad.lang.ar.framing import CHARGES as _CHARGES
from marsad.lang.ar.framing import CHEMICAL_ADJECTIVES as _CHEMICAL_ADJECTIVES
from marsad.lang.ar.framing import CHEMICAL_HEADS as _CHEMICAL_HEADS
from marsad.lang.ar.framing import CHEMICAL_HOLDINGS as _CHEMICAL_HOLDINGS
from marsad.lang.ar.framing import CLEARING as _CLEARING
from marsad.lang.ar.framing import CLEARING_REACH as _CLEARING_REACH
from marsad.lang.ar.framing import COMES as _COMES
from marsad.lang.ar.framing import COMPLETION as _COMPLETION
from marsad.lang.ar.framing import CONCERN as _CONCERN
from marsad.lang.ar.framing import CONTINUALLY as _CONTINUALLY
from marsad.lang.ar.framing import COURT_PUNISHMENT_REACH as _COURT_PUNISHMENT_REACH
from marsad.lang.ar.framing import COURT_PUNISHMENTS as _COURT_PUNISHMENTS
from marsad.lang.ar.framing import COURTS as _COURTS
from marsad.lang.ar.framing import CRASH_AFTER as _CRASH_AFTER
from marsad.lang.ar.framing import CRASH_BEFORE as _CRASH_BEFORE
from marsad.lang.ar.framing import CRASHED as _CRASHED
from marsad.lang.ar.framing import CULTURAL as _CULTURAL
from marsad.lang.ar.framing import CULTURAL_REACH as _CULTURAL_REACH
from marsad.lang.ar.framing import DEMONSTRATIVES as _DEMONSTRATIVES
from marsad.lang.ar.framing import DEVICE_MARK as _DEVICE_MARK
from marsad.lang.ar.framing import DUAL_UNITS as _DUAL_UNITS
from marsad.lang.ar.framing import EARLIER as _EARLIER
from marsad.lang.ar.framing import ENEMY_LINKS as _ENEMY_LINKS
from marsad.lang.ar.framing import ENEMY_REACH as _ENEMY_REACH
from marsad.lang.ar.framing import EVENT_NOUNS as _EVENT_NOUNS
from marsad.lang.ar.framing import EXPLAINED as _EXPLAINED
from marsad.lang.ar.framing import FESTIVAL_HEADS as _FESTIVAL_HEADS
from marsad.lang.ar.framing import FREQUENCY as _FREQUENCY
from marsad.lang.ar.framing import FRONT_HEADS as _FRONT_HEADS
from marsad.lang.ar.framing import HABITUAL as _HABITUAL
from marsad.lang.ar.framing import KIND_HEADS as _KIND_HEADS
from marsad.lang.ar.framing import LAST_YEAR as _LAST_YEAR
from marsad.lang.ar.framing import LAUNCH_SITES as _LAUNCH_SITES
from marsad.lang.ar.framing import LAUNCH_WORDS as _LAUNCH_WORDS
from marsad.lang.ar.framing import LAUNCHER_HEADS as _LAUNCHER_HEADS
from marsad.lang.ar.framing import LINK_LINES as _LINK_LINES
from marsad.lang.ar.framing import LONG_AGO_UNITS as _LONG_AGO_UNITS
from marsad.lang.ar.framing import MAKING as _MAKING
from marsad.lang.ar.framing import MANAGED as _MANAGED
from marsad.lang.ar.framing import NEGATIONS as _NEGATIONS
from marsad.lang.ar.framing import NOT_YET as _NOT_YET
from marsad.lang.ar.framing import OPERATIONS as _OPERATIONS
from marsad.lang.ar.framing import ORDINARY_CRIMES as _ORDINARY_CRIMES
from marsad.lang.ar.framing import ORDINARY_KILLINGS as _ORDINARY_KILLINGS
from marsad.lang.ar.framing import PLANTING as _PLANTING
from marsad.lang.ar.framing import PLANTING_REACH as _PLANTING_REACH
from marsad.lang.ar.framing import PRESENCE as _PRESENCE
from marsad.lang.ar.framing import PRONOUNS as _PRONOUNS
from marsad.lang.ar.framing import PUNISHMENTS as _PUNISHMENTS
from marsad.lang.ar.framing import RECENT_SPAN_ENDS as _RECENT_SPAN_ENDS
from marsad.lang.ar.framing import RECENT_SPAN_HEADS as _RECENT_SPAN_HEADS
from marsad.lang.ar.framing import RECENT_SPAN_UNITS as _RECENT_SPAN_UNITS
from marsad.lang.ar.framing import REFRAIN_REACH as _REFRAIN_REACH
from marsad.lang.ar.framing import REFRAINS as _REFRAINS
from marsad.lang.ar.framing import RELATIVE as _RELATIVE
from marsad.lang.ar.framing import RIGHTS as _RIGHTS
from marsad.lang.ar.framing import RIGHTS_LINK as _RIGHTS_LINK
from marsad.lang.ar.framing import SENTENCE_REACH as _SENTENCE_REACH
from marsad.lang.ar.framing import SENTENCES as _SENTENCES
from marsad.lang.ar.framing import SINCE as _SINCE
from marsad.lang.ar.framing import SINGULAR_NOUNS as _SINGULAR_NOUNS
from marsad.lang.ar.framing import START as _START
from marsad.lang.ar.framing import STATE_VERBS as _STATE_VERBS
from marsad.lang.ar.framing import STILL as _STILL
from marsad.lang.ar.framing import STOPPED_ACTIVITIES as _STOPPED_ACTIVITIES
from marsad.lang.ar.framing import SUCH_AS as _SUCH_AS
from marsad.lang.ar.framing import SUCH_AS_REACH as _SUCH_AS_REACH
from marsad.lang.ar.framing import SUPERLATIVES as _SUPERLATIVES
from marsad.lang.ar.framing import TARGETED as _TARGETED
from marsad.lang.ar.framing import TERRITORY_NOUNS as TERRITORY_NOUNS
from marsad.lang.ar.framing import TRAPPED_THINGS as _TRAPPED_THINGS
from marsad.lang.ar.framing import TRAPPED_WORDS as _TRAPPED_WORDS
from marsad.lang.ar.framing import WEAPON_HANDLING as _WEAPON_HANDLING
from marsad.lang.ar.framing import WEAPON_HANDLING_REACH as _WEAPON_HANDLING_REACH
from marsad.lang.ar.framing import WEAPON_NOUNS as _WEAPON_NOUNS
from marsad.lang.ar.framing import WEAPON_TRADE as _WEAPON_TRADE
from marsad.lang.ar.framing import WEAPON_TRADE_REACH as _WEAPON_TRADE_REACH
from marsad.lang.ar.framing import WEAPON_TRADES as _WEAPON_TRADES
from marsad.lang.ar.framing import YEAR_CUES as _YEAR_CUES
from marsad.lang.ar.morph import ACCUSATIVE_ALIF, DEFINITE_ARTICLE
from marsad.lang.ar.numbers import KILLED as _KILLED
from marsad.lang.ar.numbers import SINGULAR_VERBS as _SINGULAR_VERBS
from marsad.lang.ar.protest import DIPLOMATIC_REACH as _DIPLOMATIC_REACH
from marsad.lang.ar.protest import ENVOYS as _ENVOYS
from marsad.lang.ar.protest import FORMAL as _FORMAL
from marsad.lang.ar.protest import LODGED as _LODGED
from marsad.lang.ar.protest import LODGING as _LODGING
from marsad.lang.ar.protest import PROTESTED_HEADS as _PROTESTED_HEADS
from marsad.lang.ar.protest import SET_OFF_BY as _SET_OFF_BY
from marsad.pipeline.numbers import NUMBER_WORDS, strip
from marsad.taxonomy import SubEventType
from marsad.text import fold, name_key

_PRACTICES = frozenset({SubEventType.ABDUCTION_FORCED_DISAPPEARANCE, SubEventType.ATTACK})


def _completion_word(doc: Document, trig: Mention) -> tuple[int, str, str] | None:
    """The nearest completion word before a verbal noun, within its clause: its token, the word
    and the word without its conjunction."""
    tokens = doc.tokens
    for j in range(trig.tok_start - 1, max(-1, trig.tok_start - COMPLETION_REACH), -1):
        if tokens[j].sentence != trig.sentence or "،" in doc.norm[tokens[j].end : tokens[j + 1].start]:
            break
        # only a conjunction is stripped ("وتمكنت"): "لعن" is not "عن"
        word = tokens[j].text
        bare = word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word
        if word in _COMPLETION or bare in _COMPLETION:
            return j, word, bare
    return None


def completed(doc: Document, trig: Mention) -> bool:
    """A verbal noun of taking ground is an event when a completion word governs it:
    "تمكنت القوات من السيطرة على", "أعلن الجيش عن تحرير", "أسفر عن السيطرة على"."""
    found = _completion_word(doc, trig)
    if found is None:
        return False
    j, word, bare = found
    # "أعلن المشير حفتر في خطاب متلفز مساء الخميس تحرير درنة": a verb of saying may stand
    # further off, past its subject and time; the others govern the noun directly, or, for a
    # verb of managing, through its preposition however long its subject
    return trig.tok_start - j <= 5 or word in _ANNOUNCE or bare in _ANNOUNCE or managed(doc, trig)


def managed(doc: Document, trig: Mention) -> bool:
    """A verb of managing governs the verbal noun through its preposition ("تمكن الجيش من
    السيطرة على"، "نجحت القوات في تحرير"): the act was done, as if by its own verb."""
    found = _completion_word(doc, trig)
    return found is not None and trig.tok_start > 0 and _MANAGED.get(found[2]) == doc.tokens[trig.tok_start - 1].text


COMPLETION_REACH = 12


def generic_reference(doc: Document, trig: Mention) -> str | None:
    """Why the trigger names a campaign, a habit, an aim or a state rather than one event (a
    reason code), or None: a plural or verbal noun with a possessive ("غاراته", "عملياتها",
    "سيطرتها"), a relative clause in the present ("المعارك التي تخوضها"), and the cases below."""
    tokens = doc.tokens
    nxt = tokens[trig.tok_end].text if trig.tok_end < len(tokens) and tokens[trig.tok_end].sentence == trig.sentence else ""
    if trig.tok_end - trig.tok_start == 1:
        word = tokens[trig.tok_start].text.lstrip("وف")
        for pronoun in _PRONOUNS:
            stem = word[: -len(pronoun)]
            if not (word.endswith(pronoun) and len(stem) > 3):
                continue
            if stem.endswith("ات") and nxt not in _TARGETED:
                return "campaign_possessive"  # "غاراته" is a campaign; "كثف غاراته على معسكر X" strikes one target
            if stem.lstrip("ب") in _SINGULAR_NOUNS:
                return "campaign_possessive"
    for k in range(trig.tok_start - 1, max(-1, trig.tok_start - 4), -1):
        if tokens[k].sentence == trig.sentence and tokens[k].text in _HABITUAL:
            return "habitual"  # "وغالبا ما تندلع اشتباكات": what usually happens, not one event
    if _how_often(doc, trig, _FREQUENCY):
        return "habitual"  # "يطلقون نحو ثمانين قذيفة يوميا": a habit, not one event
    if tokens[trig.tok_start].text.lstrip("وف")[:1] in ("ي", "ت") and _how_often(doc, trig, _CONTINUALLY):
        return "habitual"  # "مناطق يقصفها الحوثيون باستمرار": a present that goes on, not one event
    if trig.value.lemma in _AIM_VERBS and tokens[trig.tok_start].text.lstrip("وف")[:1] in ("ي", "ت"):
        return "present_aim"  # "سياسة تستهدف الرافضين", "سيدات يحتجزهم التنظيم": an aim or a state, in the present
    if (trig.value.lemma in _TRAPPED_WORDS and trig.tok_start > 0
            and tokens[trig.tok_start - 1].text.removeprefix("و") in _TRAPPED_THINGS):
        return "trap"  # "الطرق المفخخة", "منازل ملغومة": traps laid, not an explosion
    before = tokens[trig.tok_start - 1].text if trig.tok_start > 0 and tokens[trig.tok_start - 1].sentence == trig.sentence else ""
    if before in _PRESENCE or (before in _OPERATIONS and trig.value.sub in _PRACTICES):
        return "presence_or_practice"  # "يقومون بعمليات اختطاف", "وجود العبوات الناسفة": not one event
    if before in _RELATIVE and tokens[trig.tok_start].text in _STATE_VERBS:
        return "present_relative"  # "بلدة أريحا التي تسيطر عليها المعارضة": who holds the place, no take-over
    if word_before(doc, trig, _SUCH_AS, _SUCH_AS_REACH) or before in _KIND_HEADS:
        # "مثل هذه التفجيرات لن تزيدنا إلا وحدة"، "مهد الاحتجاجات": a kind of event, not one
        return "kind_of_event"
    for k in range(trig.tok_end, min(len(tokens), trig.tok_end + 2)):
        if tokens[k].sentence == trig.sentence and tokens[k].text in _EXPLAINED:
            return "explained"  # "احتدام المعارك جاء بعد فشل المفاوضات": why fighting grew, not a report of it
    j = trig.tok_end
    if j + 1 < len(tokens) and tokens[j].sentence == trig.sentence and tokens[j].text in _RELATIVE:
        nxt = tokens[j + 1].text
        if nxt[:1] in ("ي", "ت") and len(nxt) > 3:
            return "present_relative"
    return None


FREQUENCY_REACH = 8  # words each side of the event word, within its clause


def _how_often(doc: Document, trig: Mention, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the event word's clause says how often it happens (one of ``phrases``: "يوميا"،
    "بشكل شبه يومي")."""
    tokens = doc.tokens
    lo = trig.tok_start
    while lo > 0 and trig.tok_start - lo < FREQUENCY_REACH and tokens[lo - 1].sentence == trig.sentence \
            and "،" not in doc.norm[tokens[lo - 1].end : tokens[lo].start]:
        lo -= 1
    hi = trig.tok_end
    while hi < len(tokens) and hi - trig.tok_end < FREQUENCY_REACH and tokens[hi].sentence == trig.sentence \
            and "،" not in doc.norm[tokens[hi - 1].end : tokens[hi].start]:
        hi += 1
    words = [t.text for t in tokens[lo:hi]]
    firsts = _first_words(phrases)
    return any(tuple(words[i : i + len(p)]) == p for i, w in enumerate(words) if w in firsts
               for p in phrases if p[0] == w)


@lru_cache(maxsize=64)
def _first_words(phrases: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    return frozenset(p[0] for p in phrases)


def festival(doc: Document, trig: Mention) -> bool:
    """Whether "تظاهرة" names a festival here: the article calls one "تظاهرة ثقافية/موسيقية"
    (or "تظاهرة صفاقس عاصمة للثقافة": a word of culture shortly after it), or this one is opened,
    attended or has sidelines ("على هامش افتتاح تظاهرة أيام المؤسسة")."""
    tokens = doc.tokens
    if tokens[trig.tok_start].text not in _EVENT_NOUNS:
        return False
    before = trig.tok_start - 1
    if before >= 0 and tokens[before].sentence == trig.sentence and tokens[before].text in _FESTIVAL_HEADS:
        return True  # "على هامش التظاهرة"، "افتتاح تظاهرة": opened, attended, with sidelines: a festival
    return any(t.text in _EVENT_NOUNS and any(tokens[k].text in _CULTURAL and tokens[k].sentence == t.sentence
                                               for k in range(i + 1, min(len(tokens), i + 1 + _CULTURAL_REACH)))
               for i, t in enumerate(tokens))


def diplomatic(doc: Document, trig: Mention) -> bool:
    """A protest one state lodges with another: "استدعت الخارجية السفير لتسليمه احتجاجا"،
    "قدمت احتجاجا رسميا"، "مذكرة احتجاج": diplomacy, no crowd."""
    tokens = doc.tokens
    i = trig.tok_start
    if i > 0 and tokens[i - 1].sentence == trig.sentence and tokens[i - 1].text in _LODGING:
        return True
    if trig.tok_end < len(tokens) and tokens[trig.tok_end].sentence == trig.sentence \
            and tokens[trig.tok_end].text in _FORMAL:
        return True
    return tokens[i].text.removeprefix("و") in _LODGED and any(
        t.sentence == trig.sentence and t.text in _ENVOYS for t in tokens[max(0, i - _DIPLOMATIC_REACH) : i])


def fight_against_an_ill(doc: Document, trig: Mention) -> bool:
    """"الحرب على الإرهاب"، "معركة بلدنا مستمرة مع الإرهاب": the fight is against an ill, not a
    side: a metaphor, not an event."""
    tokens = doc.tokens
    for j in range(trig.tok_end, min(len(tokens), trig.tok_end + _ENEMY_REACH)):
        if tokens[j].sentence != trig.sentence or "،" in doc.norm[tokens[j - 1].end : tokens[j].start]:
            return False
        if tokens[j].text in _ENEMY_LINKS and j + 1 < len(tokens) and tokens[j + 1].text in _ABSTRACT_ENEMIES:
            return True
    return False


YEAR_REACH = 10  # words each side of the event word
RECENT_SPAN_REACH = 4  # words from a span of recent months or years to the event word after it
SUPERLATIVE_REACH = 6  # words before "منذ" where a superlative makes it a comparison
_YEAR = re.compile(r"^(\D*?)((?:19|20)\d\d)$")


def past_year(doc: Document, trig: Mention, published: date | None) -> bool:
    """Whether the event word's sentence dates it to a year before the article's ("وعام 2012
    لقيت حتفها في قصف"، "في صيف2012") or months or years back ("قبل 10 سنوات"، "قبل عامين"،
    "منذ نحو أربع سنوات", but not "أعنف قصف منذ سنوات"); a year after "منذ" tells how long, not when."""
    if published is None:
        return False
    tokens = doc.tokens
    protested_from = protested_head_after(doc, trig)
    for j in range(max(0, trig.tok_start - YEAR_REACH), min(len(tokens), trig.tok_end + YEAR_REACH)):
        if tokens[j].sentence != trig.sentence:
            continue
        if protested_from is not None and j > protested_from:
            break  # "أضرب العمال احتجاجاً على عدم دفع أجورهم منذ عدة أشهر": when the cause began
        if tokens[j].text in _AGO and any(
                tokens[k].text in _LONG_AGO_UNITS for k in range(j + 1, min(len(tokens), j + 3))
                if tokens[k].sentence == trig.sentence):
            return True
        if tokens[j].text in _SINCE and _since_long_ago(doc, j) and not any(
                tokens[k].text in _SUPERLATIVES for k in range(max(0, j - SUPERLATIVE_REACH), j)
                if tokens[k].sentence == trig.sentence):
            return True  # "اختطف 276 فتاة منذ نحو أربع سنوات"
        if tokens[j].text in _RECENT_SPAN_UNITS and j > 0 and tokens[j - 1].text in _RECENT_SPAN_HEADS \
                and 0 < trig.tok_start - j <= RECENT_SPAN_REACH and any(
                    tokens[k].text in _RECENT_SPAN_ENDS for k in range(j + 1, min(len(tokens), j + 3))
                    if tokens[k].sentence == trig.sentence):
            # "شهدت في الأشهر الأخيرة تظاهرات": months of recent history, no day (the span before
            # the event word; after it, "أكبر احتجاج في السنوات الأخيرة" compares a new event)
            return True
        if (j + 1 < len(tokens) and tokens[j + 1].sentence == trig.sentence
                and (tokens[j].text, tokens[j + 1].text) in _LAST_YEAR
                and not any(tokens[k].text in _SINCE for k in range(max(0, j - 2), j))):
            return True  # "تفجير قنبلة في مدينة لاهور العام الماضي"; not "منذ العام الماضي" (how long)
        m = _YEAR.match(tokens[j].text)
        if m is None or int(m.group(2)) >= published.year:
            continue
        cue = m.group(1) or (tokens[j - 1].text if j > 0 and tokens[j - 1].sentence == trig.sentence else "")
        if cue.removeprefix("و") not in _YEAR_CUES:
            continue
        if any(tokens[k].text in _SINCE for k in range(max(0, j - 3), j) if tokens[k].sentence == trig.sentence):
            continue
        if _day_between(doc, trig, j, published):
            continue  # "هجوم باريس، السبت، ولد منفذه العام 1997": the day dates the event, the year another act
        return True
    return False


def protested_head_after(doc: Document, trig: Mention) -> int | None:
    """The token of a word of protest ("احتجاجاً"، "للاحتجاج") at or after the event word in its
    clause: what follows it is the cause protested, with times of its own."""
    tokens = doc.tokens
    for j in range(trig.tok_start, min(len(tokens), trig.tok_end + YEAR_REACH)):
        if tokens[j].sentence != trig.sentence or (
                j > trig.tok_start and "،" in doc.norm[tokens[j - 1].end : tokens[j].start]):
            return None
        if tokens[j].text in _PROTESTED_HEADS:
            return j
    return None


RECENT_DAYS = 31  # a day named between the event word and a year, this close to publication, dates the event


def _day_between(doc: Document, trig: Mention, j: int, published: date) -> bool:
    """Whether a day close to the publication date ("السبت"، "أمس") is named between the event
    word and the year at token ``j``: the nearer date is the event's."""
    lo, hi = (trig.tok_end, j) if j >= trig.tok_end else (j + 1, trig.tok_start)
    return any(m.sentence == trig.sentence and lo <= m.tok_start and m.tok_end <= hi
               and m.value.precision == 1 and 0 <= (published - m.value.day).days <= RECENT_DAYS
               for m in doc.of("date"))


def _since_long_ago(doc: Document, j: int) -> bool:
    """"منذ نحو أربع سنوات"، "منذ عامين": "منذ" (at token ``j``) and a count of months or years;
    not "منذ عام 2013" (since a year: how long) nor "منذ عام" alone."""
    tokens = doc.tokens
    for k in range(j + 1, min(len(tokens), j + 4)):
        if tokens[k].sentence != tokens[j].sentence:
            return False
        if tokens[k].text in _LONG_AGO_UNITS:
            nxt = tokens[k + 1].text if k + 1 < len(tokens) and tokens[k + 1].sentence == tokens[j].sentence else ""
            if _YEAR.match(nxt):
                return False  # "منذ عام 2013"
            return k > j + 1 or tokens[k].text in _DUAL_UNITS  # a count before the unit, or a dual
    return False


_FULL_STOPS = frozenset({".", "؟", "!", "?"})


def headline(doc: Document) -> int | None:
    """Index of the sentence that repeats the title at the top of the text, if any."""
    if not doc.sentences:
        return None
    first = doc.sentences[0]
    text = name_key(doc.norm[first.start : first.end])
    if doc.title and text == name_key(doc.title):
        return 0
    ends_line = doc.norm[first.end : first.end + 1] in ("\n", "")
    # a headline ends with no full stop; a first paragraph of one short sentence with one is the lead
    stop = doc.norm[first.start : first.end].rstrip()[-1:] in _FULL_STOPS
    return 0 if ends_line and not stop and len(doc.sentences) > 1 and doc.sentences[1].paragraph > first.paragraph \
        and len(text) < 120 else None


def link_lines(doc: Document) -> set[int]:
    """Indexes of the lines that link to the article itself and repeat its headline ("رابط الخبر
    بصحيفة الوئام: ...", an outlet's template)."""
    return {s.index for s in doc.sentences if doc.norm[s.start : s.end].lstrip().startswith(_LINK_LINES)}


def word_before(doc: Document, trig: Mention, words: frozenset[str], reach: int) -> bool:
    """Whether one of ``words`` stands among the ``reach`` words before a trigger, in its sentence."""
    tokens = doc.tokens
    for j in range(trig.tok_start - 1, max(-1, trig.tok_start - reach - 1), -1):
        if tokens[j].sentence != trig.sentence:
            return False
        if tokens[j].text in words:
            return True
    return False


def protested(doc: Document, m: Mention, reach: int | None = None) -> bool:
    """Whether an event word or a toll is what a crowd protests: named after "احتجاجاً على"،
    "تنديداً بـ" (within ``reach`` words, else anywhere before it) in its clause, no clause opened
    by "و" and a verb of dying between ("للاحتجاج وقتل أربعة": four died)."""
    tokens = doc.tokens
    stop = -1 if reach is None else max(-1, m.tok_start - 1 - reach)
    for j in range(m.tok_start - 1, stop, -1):
        if tokens[j].sentence != m.sentence or "،" in doc.norm[tokens[j].end : tokens[j + 1].start]:
            return False
        if tokens[j].text in _PROTESTED_HEADS:
            return True
        if tokens[j].text[:1] == "و" and tokens[j].text[1:] in _SINGULAR_VERBS:
            return False
    return False


def set_off(doc: Document, m: Mention) -> bool:
    """Whether a toll follows "after" and its word of dying ("بعد مقتل طالب"، "عقب مقتل ثلاثة"):
    the deaths before the act the clause tells, not its toll."""
    tokens = doc.tokens
    j = m.tok_start - 1
    if j >= 0 and tokens[j].sentence == m.sentence and strip(tokens[j].text) in _KILLED:
        j -= 1
    return j >= 0 and tokens[j].sentence == m.sentence and tokens[j].text in _SET_OFF_BY


def word_after(doc: Document, trig: Mention, words: frozenset[str]) -> bool:
    """Whether the word right after a trigger, in its sentence, is one of ``words``."""
    j = trig.tok_end
    return j < len(doc.tokens) and doc.tokens[j].sentence == trig.sentence and doc.tokens[j].text in words


def negated(doc: Document, trig: Mention) -> bool:
    """"لم تعلن", "دون وقوع اشتباكات", "لا اشتباكات", "دون حدوث أي مواجهات": the event did not
    happen ("لا تزال المعارك" is no negation: the fighting still goes on) (a negation shortly before it, or before the "any" right before it); "تريثت المقاومة
    في اقتحام القاعدة"، "أرجأ الجيش الهجوم": an act held back was not done."""
    tokens = doc.tokens
    for k in range(trig.tok_start - 1, max(-1, trig.tok_start - 3), -1):
        if tokens[k].sentence != trig.sentence:
            break
        if tokens[k].text in _NEGATIONS and (k + 1 >= len(tokens) or tokens[k + 1].text not in _STILL):
            return True
    if word_before(doc, trig, _REFRAINS, _REFRAIN_REACH):
        return True
    j = trig.tok_start - 1
    if j < 1 or tokens[j].sentence != trig.sentence or tokens[j].text not in _ANY:
        return False
    # "لم تشهد العاصمة عمان أي احتجاجات": the negated verb, its subject, then "any" and the event
    for k in range(j - 1, max(-1, j - 1 - _ANY_NEGATION_REACH), -1):
        if tokens[k].sentence != trig.sentence or "،" in doc.norm[tokens[k].end : tokens[k + 1].start]:
            return False
        if tokens[k].text in _NEGATIONS:
            return True
    return False


def ceasefire_or_concern(doc: Document, trig: Mention, truce: bool = True) -> bool:
    """"وقفا من جانب واحد لإطلاق النار": the firing is what a truce stops (for battle words,
    ``truce``); "قلقها من تجدد المعارك", "قلقها إزاء الاعتقالات": a fear, not a report."""
    return word_before(doc, trig, _CONCERN | (_CEASE if truce else frozenset()), 4)


def charged(doc: Document, trig: Mention) -> bool:
    """"مطلوبين بجرائم خطف", "بتهمة التفجير", "متورطة في عمليات خطف": a charge against someone,
    not a report of the act; "تنفيذ حكم القتل قصاصاً": a court's sentence carried out, and the
    killing told after the punishment's word is the crime it punishes ("قصاصاً بحق جانٍ قتل")."""
    return (word_before(doc, trig, _CHARGES, 4) or word_before(doc, trig, _SENTENCES, _SENTENCE_REACH)
            or any(t.sentence == trig.sentence and t.text in _PUNISHMENTS
                   for t in doc.tokens[trig.tok_end : trig.tok_end + _SENTENCE_REACH])
            or any(t.sentence == trig.sentence and t.text in _COURT_PUNISHMENTS
                   for t in doc.tokens[max(0, trig.tok_start - _COURT_PUNISHMENT_REACH) : trig.tok_start]))


def right_to(doc: Document, trig: Mention) -> bool:
    """"حق التظاهر السلمي"، "حريتهم في الاحتجاج": a right or a freedom to act, no act."""
    tokens = doc.tokens
    j = trig.tok_start - 1
    if j >= 0 and tokens[j].text == _RIGHTS_LINK:
        j -= 1
    return j >= 0 and tokens[j].sentence == trig.sentence and tokens[j].text in _RIGHTS


def court_case(doc: Document, trig: Mention) -> bool:
    """"أدانت محكمة بريطانية شابا بعد أن فجر قنبلة"، "في قضية الهجوم على الثكنة": a court or its
    judges named before the event word in its sentence, or a case right before it: the act is the
    matter of a trial, not news."""
    return word_before(doc, trig, _CASES, _CASE_REACH) or word_before(doc, trig, _COURTS, trig.tok_start)


def agreement_reference(doc: Document, trig: Mention) -> bool:
    """An agreement word that reports no new agreement: "الاتفاق لم يشمل" (the agreement the
    reader knows, with no verb making it), "خرق وقف إطلاق النار"، "في خرق جديد للهدنة" (a breach),
    "قبل بدء وقف إطلاق النار" (one not yet in force)."""
    tokens = doc.tokens
    first = tokens[trig.tok_start].text
    if word_before(doc, trig, _BREACH, _BREACH_REACH):
        return True
    if trig.tok_start >= 2 and tokens[trig.tok_start - 1].text in _START and tokens[trig.tok_start - 2].text in _NOT_YET:
        return True
    definite = first.startswith(("ال", "وال", "بال", "فال", "لل"))
    return definite and trig.value.strength < 2 and not word_before(doc, trig, _MAKING, MAKING_REACH)


MAKING_REACH = 6


ACCIDENT_REACH = 6


def no_one_held(doc: Document, trig: Mention) -> bool:
    """"إيقاف عمل المقاهي"، "توقيف تشغيل المحطة": a word of arrest before an activity stops the
    activity; no one is held."""
    return word_after(doc, trig, _STOPPED_ACTIVITIES)


def earlier_event(doc: Document, trig: Mention) -> bool:
    """"عثروا على جثث مدنيين قضوا في قصف سابق"، "خلال الهجمات السابقة": the event word qualified as
    earlier refers back to what was told before; it reports nothing new. So does one that a verb of
    coming and a demonstrative open on ("وتأتي هذه الغارات في وقت تمكنت القوات من السيطرة على
    البلدة"): the strikes told before, set beside what the sentence reports."""
    tokens = doc.tokens
    i = trig.tok_start
    if i >= 2 and tokens[i - 2].sentence == trig.sentence and tokens[i - 1].text in _DEMONSTRATIVES \
            and tokens[i - 2].text in _COMES:
        return True
    return word_after(doc, trig, _EARLIER) or _alleged_hook(doc, trig)


def _alleged_hook(doc: Document, trig: Mention) -> bool:
    """"الهجوم الكيميائي المزعوم على دوما": the event a story hangs on, named as alleged, in a
    sentence that tells no day of it (codebook, rulings: an event that is only the hook of a story)."""
    tokens = doc.tokens
    if not any(w.startswith(DEFINITE_ARTICLE) for w in (tokens[trig.tok_start].text, doc.norm[trig.start : trig.end])):
        return False
    after = [t.text for t in tokens[trig.tok_end : trig.tok_end + _ALLEGED_REACH] if t.sentence == trig.sentence]
    if not any(w in _ALLEGED for w in after):
        return False
    return not any(d.sentence == trig.sentence for d in doc.of("date"))


SINCE_DAY_REACH = 4  # words after the event word where a day may still date it ("منذ اعتقاله أمس")


def since_anchor(doc: Document, trig: Mention) -> bool:
    """"منذ تحرير المدينة"، "ومنذ انسحابها من البلدة": an event word right after "since" names a
    past event to count time from, not news; unless a day close after it dates it as recent
    ("لا يزال مجهول المصير منذ اعتقاله أمس")."""
    j = trig.tok_start - 1
    if j < 0 or doc.tokens[j].sentence != trig.sentence or doc.tokens[j].text not in _SINCE:
        return False
    return not any(d.value.relative and d.sentence == trig.sentence
                   and trig.tok_end <= d.tok_start < trig.tok_end + SINCE_DAY_REACH
                   for d in doc.of("date"))


_NAMED_BY_ACT = _FRONT_HEADS | _LAUNCHER_HEADS | _WEAPON_TRADES


def front_name(doc: Document, trig: Mention) -> bool:
    """"انتصارات في عدد من المواقع وجبهات القتال"، "على خطوط المواجهة": the fronts, named by the
    fighting on them, not a report of a fight; "نشرت منصات إطلاق صواريخ": launchers, named by what
    they fire, not a launch; "خبراء الألغام": people named by the weapon that is their trade."""
    if trig.tok_start == 0:
        return False
    before = doc.tokens[trig.tok_start - 1]
    if before.sentence != trig.sentence:
        return False
    if _head_word(before.text, _NAMED_BY_ACT):
        return True
    # "موقع إطلاق قذائف الهاون": the site the weapon is launched from
    k = trig.tok_start - 2
    return before.text in _LAUNCH_WORDS and k >= 0 and doc.tokens[k].sentence == trig.sentence \
        and _head_word(doc.tokens[k].text, _LAUNCH_SITES)


def _head_word(word: str, heads: frozenset[str]) -> bool:
    """A head noun, alone or after one proclitic letter."""
    return word in heads or (word[:1] in ("و", "ب", "ل", "ف") and word[1:] in heads)


def bomber_counted(doc: Document, trig: Mention) -> bool:
    """"قتلت القوات عشرة مسلحين بينهم انتحاري وثلاثة قناصين"، "تمكنت القوات من تصفية انتحاريين": the
    suicide bomber is one of the dead, a person counted, not a bombing; a number may stand between
    ("بينهم ثلاثة انتحاريين")."""
    tokens = doc.tokens
    i = trig.tok_start
    if trig.tok_end - i != 1 or tokens[i].text.lstrip("و") not in _BOMBER_NOUNS:
        return False
    j = i - 1
    if j > 0 and tokens[j].sentence == trig.sentence and (tokens[j].text.isdigit() or tokens[j].text in NUMBER_WORDS):
        j -= 1
    return j >= 0 and tokens[j].sentence == trig.sentence and tokens[j].text in _BOMBER_COUNTED_AFTER


def weapon_handled(doc: Document, trig: Mention) -> bool:
    """"دمرت القوات راجمة صواريخ"، "نصب المسلحون المدفعية قرب المدارس"، "شاحنة تحمل صواريخ": a
    weapon word right after a verb of destroying, setting up, moving or carrying (a number or an
    owner between) names a weapon hit or handled, not one fired. Not after ب: "دمرت المنزل بصاروخ"
    names the means of a strike."""
    word = doc.tokens[trig.tok_start].text
    bare = strip(word)
    if word.startswith(("ب", "وب")) or (bare not in _WEAPON_NOUNS and bare.lstrip("و") not in _WEAPON_NOUNS):
        return False
    return word_before(doc, trig, _HANDLING_FORMS, _WEAPON_HANDLING_REACH)


_HANDLING_FORMS = _WEAPON_HANDLING | frozenset("و" + w for w in _WEAPON_HANDLING)  # with the conjunction too


def weapon_trade(doc: Document, trig: Mention) -> bool:
    """"لشراء طائرات بدون طيار"، "تصنيع عبوات ناسفة"، "صفقة صواريخ": the weapon word names goods
    bought, sold, made or delivered, not a weapon used."""
    return word_before(doc, trig, _WEAPON_TRADE, _WEAPON_TRADE_REACH)


def planted(doc: Document, trig: Mention) -> bool:
    """"زرعت الميليشيات الألغام"، "الألغام التي كانت قد زرعتها": a weapon word that a verb of planting
    governs names mines or bombs laid. Not when a word of explosion names it ("انفجار لغم زرعه
    مسلحون": the mine went off), nor the word of explosion itself."""
    tokens = doc.tokens
    i = trig.tok_start
    own = tokens[max(0, i - BLAST_REACH) : trig.tok_end]
    if any(t.sentence == trig.sentence and strip(t.text) in _BLAST_WORDS for t in own):
        return False
    around = [*tokens[max(0, i - _PLANTING_REACH) : i], *tokens[trig.tok_end : trig.tok_end + _PLANTING_REACH]]
    # "قام المتمردون بزرعه من ألغام": the verbal noun after ب too
    return any(t.sentence == trig.sentence and (t.text.lstrip("و") in _PLANTING or t.text[:1] == "ب" and t.text[1:] in _PLANTING)
               for t in around)


BLAST_REACH = 2  # words between a word of explosion and the weapon it names ("انفجار لغم أرضي")


def cleared(doc: Document, trig: Mention) -> bool:
    """"تواصل التمشيط لتطهيره من الألغام"، "طرق خالية من العبوات": a weapon word after "من" that a
    word of clearing governs names what a place was cleared of, not a weapon that went off."""
    tokens = doc.tokens
    i = trig.tok_start
    if i < 2 or tokens[i - 1].sentence != trig.sentence or tokens[i - 1].text != "من":
        return False
    return any(t.sentence == trig.sentence and t.text in _CLEARING for t in tokens[max(0, i - 1 - _CLEARING_REACH) : i - 1])


def chemistry(doc: Document, trig: Mention) -> bool:
    """"فحص فيزيائي وكيميائي"، "مصانع كيميائية": the chemical adjective alone, with no word of
    attack or weapon just before it (and not as the noun "بالكيماوي"), is chemistry, not a
    chemical weapon; so are weapons a word of banning or storing governs ("حظر الأسلحة الكيميائية")."""
    i = trig.tok_start
    word = doc.tokens[i].text
    if trig.tok_end - i != 1 or strip(word).lstrip("و") not in _CHEMICAL_ADJECTIVES or word.startswith(("بال", "وبال")):
        return False
    # the head, or the head and the place it names ("هجوم دوما الكيميائي")
    heads = [t for t in doc.tokens[max(0, i - CHEMICAL_REACH) : i] if t.sentence == trig.sentence]
    # "منظمة حظر الأسلحة الكيميائية": weapons banned, stored or destroyed, none used
    return not any(strip(t.text) in _CHEMICAL_HEADS for t in heads) or any(strip(t.text) in _CHEMICAL_HOLDINGS for t in heads)


CHEMICAL_REACH = 2


def _sentence_has(doc: Document, trig: Mention, words: frozenset[str]) -> bool:
    """Whether the trigger's sentence holds one of ``words`` (with or without one proclitic)."""
    s = doc.sentences[trig.sentence]
    return any(t.sentence == trig.sentence and (t.text in words or strip(t.text) in words)
               for t in doc.tokens[doc.token_at(s.start) : doc.token_at(s.end) + 1])


def ordinary_crime(doc: Document, trig: Mention) -> bool:
    """"ألقت الشرطة القبض على مروجي مخدرات"، "اعتقلت السلطات فتاة نشرت مقاطع لها وهي ترقص": the
    sentence of an arrest names an ordinary crime (a word of it, with or without one proclitic);
    or the title does ("القبض على مروجي أقراص مخدرة" over a lead that says only "ألقت الشرطة القبض
    على شابين"): the article is a crime report."""
    return _sentence_has(doc, trig, _ORDINARY_CRIMES) or any(
        w in _ORDINARY_CRIMES or strip(w) in _ORDINARY_CRIMES for w in re.findall(r"\w+", fold(doc.title or "")))


def ordinary_killing(doc: Document, trig: Mention) -> bool:
    """"قتيل بإطلاق نار في مدرسة إثر مشادة في ساحة السيارات": the sentence of an attack names a
    quarrel; a crime, not political violence."""
    return _sentence_has(doc, trig, _ORDINARY_KILLINGS)


def by_accident(doc: Document, trig: Mention) -> bool:
    """"قتل وأصيب العشرات في انهيار جسر"، "لقي ثلاثة حتفهم غرقا": the deaths came from an accident or
    a disaster named shortly after the word of killing, in its sentence."""
    tokens = doc.tokens

    def accident(word: str) -> bool:
        # "غرقا"، "صعقا": the accusative of the manner of death, the accident's noun
        bare = word[:-1] if word.endswith(ACCUSATIVE_ALIF) and len(word) > 3 else word
        return bool({word, bare} & _ACCIDENTS) or (word[:1] in ("ب", "و", "ف") and word[1:] in _ACCIDENTS)

    for j in range(trig.tok_end, len(tokens)):
        if tokens[j].sentence != trig.sentence:
            break
        word = tokens[j].text
        if j < trig.tok_end + ACCIDENT_REACH and accident(word):
            return True
        if word in _CAUSE_MARKERS and j + 1 < len(tokens) and tokens[j + 1].sentence == trig.sentence \
                and accident(tokens[j + 1].text):
            return True  # "قتل عشرة أشخاص وأصيب اثنان آخران إثر انهيار فندق": the cause, further on
    return False


def crashed(doc: Document, trig: Mention) -> bool:
    """"تحطمت طائرة بدون طيار بعد اصطدامها بجدار": a word of crashing by the aircraft word, in its
    sentence: the aircraft came down by accident, it struck nothing."""
    tokens = doc.tokens
    near = tokens[max(0, trig.tok_start - _CRASH_BEFORE) : trig.tok_end + _CRASH_AFTER]
    return any(t.sentence == trig.sentence and t.text in _CRASHED for t in near)


def accidental_blast(doc: Document, trig: Mention) -> bool:
    """"انفجارات في مستودعات للألعاب النارية"، "انفجار أسطوانة غاز": a blast set off by fireworks,
    a gas cylinder or leak, a short circuit or a fault, named near the word of the blast in its
    sentence, with no device named (a car bomb, "مفخخ"), is an accident."""
    tokens = doc.tokens
    near = [t.text for t in tokens[max(0, trig.tok_start - ACCIDENT_REACH) : trig.tok_end + ACCIDENT_REACH]
            if t.sentence == trig.sentence]
    if any(_DEVICE_MARK in w for w in near):
        return False
    return any(w in _BLAST_ACCIDENTS or (w[:1] in ("ب", "و", "ف", "ل") and w[1:] in _BLAST_ACCIDENTS)
               or (w.startswith("لل") and w[2:] in _BLAST_ACCIDENTS) for w in near)  # "للألعاب": ل + الألعاب
