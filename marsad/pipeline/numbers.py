"""Stage: counts of killed and injured people.

Digits (Eastern Arabic digits are folded to ASCII), number words (خمسة وعشرين، اثنا عشر),
vague quantities (عشرات 10, مئات 100, عدة 3), ranges (20 إلى 30) and singular or dual person
nouns (مقتل جندي 1, مقتل شخصين 2). A number is a fatality or injury count when a killed or
injured word stands within a few tokens of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from marsad.document import Document, Mention, Token
from marsad.lang.ar.clitics import NUMBER_PROCLITICS as _PROCLITICS
from marsad.lang.ar.numbers import BETWEEN as _BETWEEN
from marsad.lang.ar.numbers import (
    BODIES_OF,
    DUAL_NISBA_END,
    HUNDREDS,
    INJURED,
    KILLED,
    NAME_HEADS,
    NOT_DUALS,
    ONE_PERSON,
    RISE_REACH,
    RISE_WORDS,
    TENS,
    THOUSANDS,
    TWO_PEOPLE,
    UNITS,
    VAGUE,
    VICTIM_NOUNS,
)
from marsad.lang.ar.numbers import COUNT_NOUNS as COUNT_NOUNS
from marsad.lang.ar.numbers import DUAL_INJURED as _DUAL_INJURED
from marsad.lang.ar.numbers import DUAL_KILLED as _DUAL_KILLED
from marsad.lang.ar.numbers import FELL as _FELL
from marsad.lang.ar.numbers import HEDGE as _HEDGE
from marsad.lang.ar.numbers import HOW as _HOW
from marsad.lang.ar.numbers import JOIN_REACH as _JOIN_REACH
from marsad.lang.ar.numbers import JOINED_BY as _JOINED_BY
from marsad.lang.ar.numbers import KILLING_VERBS as _KILLING_VERBS
from marsad.lang.ar.numbers import LIVES as _LIVES
from marsad.lang.ar.numbers import LIVES_OF as _LIVES_OF
from marsad.lang.ar.numbers import OBJECT_PEOPLE as _OBJECT_PEOPLE
from marsad.lang.ar.numbers import OBJECT_REACH as _OBJECT_REACH
from marsad.lang.ar.numbers import ONE_DEATH as ONE_DEATH
from marsad.lang.ar.numbers import ONE_PERSON_ACC as _ONE_PERSON_ACC
from marsad.lang.ar.numbers import OTHERS as _OTHERS
from marsad.lang.ar.numbers import PASSIVE_KILLED as _PASSIVE_KILLED
from marsad.lang.ar.numbers import PLURAL_KILLED as _PLURAL_KILLED
from marsad.lang.ar.numbers import PLURAL_VERBS as _PLURAL_VERBS
from marsad.lang.ar.numbers import RANGE_WORDS as _RANGE_WORDS
from marsad.lang.ar.numbers import SINGULAR_VERBS as _SINGULAR_VERBS
from marsad.lang.ar.numbers import SOME as _SOME
from marsad.lang.ar.numbers import TOOK_LIFE as _TOOK_LIFE
from marsad.lang.ar.numbers import UNITS_NOT_PEOPLE as UNITS_NOT_PEOPLE
from marsad.lang.ar.numbers import WOUNDING_VERBS as _WOUNDING_VERBS
from marsad.lang.ar.protest import CROWD_COUNTED_AFTER

_DUAL_VERBS = _DUAL_KILLED | _DUAL_INJURED
# the proclitics strip() takes off (at most one, the longest first, when two letters remain);
# the token marks below are built from the same tuple, so the two cannot drift apart
_CLITIC = re.compile("^(?:" + "|".join(_PROCLITICS) + r")(?=\w\w)")
NUMBER_WORDS = frozenset(UNITS) | frozenset(TENS) | frozenset(HUNDREDS) | frozenset(VAGUE)
VAGUE_SOME = 3
VAGUE_WORDS = frozenset(VAGUE) | {"عدد"}  # every word that gives a vague figure
_YEARS = re.compile(r"^(?:19|20)\d\d$")


@dataclass(frozen=True, slots=True)
class CountValue:
    role: str  # "killed" or "injured"
    low: int
    high: int


@lru_cache(maxsize=100_000)
def strip(word: str) -> str:
    return _CLITIC.sub("", word)


# The token loops look only at the few tokens that can matter: a number, a person or victim
# noun, a word of one death. Whether a token can matter is a test of its word alone, cheaper
# than the full test in context and never false where that one could be true. strip() takes at
# most one proclitic off, so a word whose bare form is in a list is that form or a proclitic and
# that form: these sets hold every such spelling (and more; the full test sorts them out).
def _with_proclitics(words: Iterable[str]) -> frozenset[str]:
    return frozenset(p + w for p in ("", *_PROCLITICS) for w in words)


_MAY_BE_NUMBER = _with_proclitics(NUMBER_WORDS | {"عدد"})  # and any word of digits
_MAY_BE_PERSON = _with_proclitics(ONE_PERSON | TWO_PEOPLE | frozenset(VICTIM_NOUNS)) | _ONE_PERSON_ACC
_MAY_COUNT = _MAY_BE_NUMBER | _MAY_BE_PERSON
# and any word of 5 letters or more with these endings (the dual nisba and the dual verb tests)
_PLURAL_ENDS = ("ين", DUAL_NISBA_END)
_SINGLE_DEATH_WORDS = ONE_DEATH | _PASSIVE_KILLED


def _marked(tokens: list[Token]) -> tuple[list[int], list[int]]:
    """Indices of the tokens where run() may count something, and of those where
    _single_deaths() may."""
    counts: list[int] = []
    deaths: list[int] = []
    for i, tok in enumerate(tokens):
        word = tok.text
        if word in _MAY_COUNT or word.isdecimal() or (word[:1] == "و" and word[1:].isdecimal()) \
                or (len(word) > 4 and word.endswith(_PLURAL_ENDS)):
            counts.append(i)
        if word in _SINGLE_DEATH_WORDS:
            deaths.append(i)
    return counts, deaths


def _word_value(word: str) -> int | None:
    for form in (word, strip(word)):
        for table in (UNITS, TENS, HUNDREDS):
            if form in table:
                return table[form]
    return None


def parse_number(tokens: list[Token], i: int) -> tuple[int, int, bool] | None:
    """``(value, tokens used, vague)`` of a number starting at token i, or None."""
    word = tokens[i].text
    if word[:1] == "و" and word[1:].isascii() and word[1:].isdigit():
        word = word[1:]  # "مقتل قيادي و40 مسلحا آخرين": figures take the conjunction too
    if word not in _MAY_BE_NUMBER and not word.isdecimal():
        return None  # the cheap test of the two below
    if strip(word) == "عدد" and i + 1 < len(tokens) and tokens[i + 1].text == "من" and tokens[i + 1].sentence == tokens[i].sentence:
        return VAGUE_SOME, 1, True  # "قتل عدد من الأطفال": several, as عدة
    if word not in NUMBER_WORDS and strip(word) not in NUMBER_WORDS and not word.isdecimal():
        return None
    if word.isascii() and word.isdigit():
        if _YEARS.match(word) or len(word) > 5:
            return None
        return _thousands(tokens, i, int(word), 1)
    bare = strip(word)
    if bare in VAGUE or word in VAGUE:
        return VAGUE.get(bare, VAGUE.get(word, 3)), 1, True
    first = _word_value(word)
    if first is None:
        return None
    used = 1
    value = first
    nxt = tokens[i + 1].text if i + 1 < len(tokens) else ""
    if first < 10 and nxt in ("عشر", "عشره"):
        return first + 10, 2, False
    if first == 2 and nxt in ("عشر", "عشره"):
        return 12, 2, False
    if first < 10 and nxt.startswith("و") and _word_value(nxt[1:]) in TENS.values():
        return first + int(_word_value(nxt[1:]) or 0), 2, False
    if first >= 100 and nxt.startswith("و"):
        rest = _word_value(nxt[1:])
        if rest:
            value += rest
            used = 2
    if value < 100:
        return _thousands(tokens, i, value, used)
    return value, used, False


def _thousands(tokens: list[Token], i: int, value: int, used: int) -> tuple[int, int, bool]:
    """"ثلاثة آلاف"، "3 آلاف"، "عشرين ألفا": a number under a thousand before the word of
    thousands, in its sentence, counts thousands."""
    j = i + used
    if 0 < value < 1000 and j < len(tokens) and tokens[j].sentence == tokens[i].sentence and tokens[j].text in THOUSANDS:
        return value * 1000, used + 1, False
    return value, used, False


def _role(tokens: list[Token], i: int, used: int) -> str | None:
    """Nearest killed/injured word around a number in the same sentence."""
    sentence = tokens[i].sentence
    hedge = 0  # "مقتل ما لا يقل عن 40": the hedge between the word and its number does not count
    while i - hedge - 1 >= 0 and tokens[i - hedge - 1].text in _HEDGE and tokens[i - hedge - 1].sentence == sentence:
        hedge += 1
    before = i - hedge - 1
    if (before >= 1 and tokens[before].text in _LIVES_OF and tokens[before - 1].text in _TOOK_LIFE
            and tokens[before - 1].sentence == sentence):
        return "killed"  # "أودى بحياة 27 شخصا"، "أودت بحياة أكثر من 40"
    best: tuple[int, str] | None = None
    for j in range(max(0, i - 4 - hedge), min(len(tokens), i + used + 6)):
        if tokens[j].sentence != sentence or i - hedge <= j < i + used:
            continue
        w = tokens[j].text
        bare = strip(w)
        role = "killed" if (w in KILLED or bare in KILLED) else "injured" if (w in INJURED or bare in INJURED) else None
        if role is None:
            continue
        if j > i and w[:1] == "و" and w[1:] in _TOLL_WORDS and not (w in COUNT_NOUNS or bare in COUNT_NOUNS):
            continue  # "تظاهر الآلاف ... وقتل ثلاثة": a verb after "و" opens a clause whose own subject follows it
        distance = (i - hedge - j) if j < i else (j - i - used + 1)
        if (w in COUNT_NOUNS or bare in COUNT_NOUNS) and (j < i or distance > 2) and not (
                j > i and tokens[j - 1].text in _FELL) and not _numeral_after(tokens, j, i) \
                and not (j == i - hedge - 1 and bare in BODIES_OF):
            continue  # "5 قتلى" counts; "ميدان الشهداء" three words on does not; "سقطوا قتلى" does
        if best is None or distance < best[0]:
            best = (distance, role)
    return best[1] if best else None


def _numeral_after(tokens: list[Token], j: int, i: int) -> bool:
    """"القتلى الستة": a definite numeral right after the definite noun it counts."""
    return j == i - 1 and tokens[j].text.startswith("ال") and tokens[i].text.startswith("ال")


def _rise_window(tokens: list[Token], i: int) -> list[Token]:
    """The words before "إلى" when the figure at token i is what a toll rose to ("ارتفع عدد
    القتلى إلى 16"); empty otherwise."""
    sentence = tokens[i].sentence
    if i == 0 or tokens[i - 1].text not in ("الي", "الى") or tokens[i - 1].sentence != sentence:
        return []
    window = [t for t in tokens[max(0, i - 1 - RISE_REACH) : i - 1] if t.sentence == sentence]
    return window if any(t.text in RISE_WORDS for t in window) else []


def risen_to(tokens: list[Token], i: int) -> bool:
    """Whether the figure at token i is the one a toll rose to: a revision of an earlier figure."""
    return bool(_rise_window(tokens, i))


def _risen_role(tokens: list[Token], i: int) -> str | None:
    """"ارتفع عدد القتلى إلى 16"، "حصيلة الجرحى ارتفعت إلى 30": the figure a toll rose to, its
    kind named before the rise."""
    for t in reversed(_rise_window(tokens, i)):
        w, bare = t.text, strip(t.text)
        if w in KILLED or bare in KILLED:
            return "killed"
        if w in INJURED or bare in INJURED:
            return "injured"
    return None


def run(doc: Document) -> None:
    tokens = doc.tokens
    in_dates = {t for m in doc.of("date") for t in range(m.tok_start, m.tok_end)}
    marked, deaths = _marked(tokens)
    # The loop goes token by token, but skips the tokens of a number it has read; a token that
    # is not marked changes nothing, so it goes from mark to mark.
    i = 0  # the next token the loop looks at
    for k in marked:
        if k < i:
            continue  # inside a number read already
        i = k
        if i in in_dates:
            i += 1  # "19 مارس 2017" is a date, not nineteen people
            continue
        parsed = parse_number(tokens, i)
        if parsed is None:
            _person_count(doc, i)
            i += 1
        else:
            i += _number_count(doc, i, parsed)
    _single_deaths(doc, deaths)
    _lives_taken(doc)
    _add_others(doc)


def _person_count(doc: Document, i: int) -> None:
    """A count of one or two people told by a person or victim noun at token i (no number)."""
    tokens = doc.tokens
    tok = tokens[i]
    if i > 0 and tokens[i - 1].sentence == tok.sentence and tokens[i - 1].text in NAME_HEADS:
        return  # "حي شهيد"، "مستشفى الشهيد": a name, not a person
    # a person noun whose first letter is a clitic's ("فلسطينيان") is kept whole
    bare = tok.text if tok.text in ONE_PERSON or tok.text in TWO_PEOPLE else strip(tok.text)
    two = bare in TWO_PEOPLE or (tok.text.endswith(DUAL_NISBA_END) and dual_nisba(tok.text))
    verb = _verb_before(tokens, i) if bare in ONE_PERSON or two else None
    if verb is None and (bare in ONE_PERSON or two or tok.text in _ONE_PERSON_ACC):
        verb = _verb_before_subject(doc, i)
    counts = doc.of("count")
    if verb is None and (bare in ONE_PERSON or two) and tok.text[:1] == "و" and counts \
            and i - counts[-1].tok_end in (0, 1) and counts[-1].sentence == tok.sentence:
        # "قتلت امرأة وطفلاها"، "مقتل رجل وطفلين": people joined to the ones counted just before
        # are counted with them
        last = counts.pop()
        n = 2 if two else 1
        doc.add(Mention("count", last.start, tok.end, tok.sentence,
                        CountValue(last.value.role, last.value.low + n, last.value.high + n), last.tok_start, i + 1))
        return
    if verb is None and (bare in ONE_PERSON or tok.text in _ONE_PERSON_ACC) and i + 1 < len(tokens):
        # "إن شخصا قتل وأصيب 5 آخرون": the person before a singular verb
        after_word = tokens[i + 1].text
        verb = after_word if after_word in _SINGULAR_VERBS and tokens[i + 1].sentence == tok.sentence else None
    if verb is None and tok.text.endswith("ين") and len(tok.text) > 4 and i + 1 < len(tokens) \
            and tokens[i + 1].sentence == tok.sentence and tokens[i + 1].text in _DUAL_VERBS:
        # "جثمانا فلسطينيين قتلا": the dual verb makes the noun two people
        verb, two = tokens[i + 1].text, True
    if verb is not None:
        kind = "killed" if verb in KILLED or verb in _DUAL_KILLED else "injured"
        n = 2 if two else 1
        doc.add(Mention("count", tok.start, tok.end, tok.sentence, CountValue(kind, n, n), i, i + 1))
    elif bare in VICTIM_NOUNS and bare == tok.text.lstrip("وف") and not _counted_before(tokens, i):
        # "سقط قتيلان", "وأصيب جريح": the noun is the toll (not "الجريح", told before)
        kind, n = VICTIM_NOUNS[bare]
        doc.add(Mention("count", tok.start, tok.end, tok.sentence, CountValue(kind, n, n), i, i + 1))


def _number_count(doc: Document, i: int, parsed: tuple[int, int, bool]) -> int:
    """The count of the number read at token i, if a killed or injured word goes with it; the
    number of tokens it takes (a range takes both ends)."""
    tokens = doc.tokens
    tok = tokens[i]
    value, used, _vague = parsed
    after_raw = tokens[i + used].text if i + used < len(tokens) else ""
    after = strip(after_raw)
    if after in UNITS_NOT_PEOPLE or after_raw in UNITS_NOT_PEOPLE or tokens[i + used - 1].text.endswith("%"):
        return used  # "21 عاما", "700 كيلومتر", "3 أشهر": a measure, not people
    if i > 0 and tokens[i - 1].sentence == tok.sentence and tokens[i - 1].text.removeprefix("و") in CROWD_COUNTED_AFTER:
        return used  # "تظاهر الآلاف": the crowd counted
    low = high = value
    # ranges: "20 إلى 30", "بين 10 و15"
    j = i + used
    if j + 1 < len(tokens) and tokens[j].text in _RANGE_WORDS:
        nxt = parse_number(tokens, j + 1)
        if nxt and nxt[0] > value:
            high = nxt[0]
            used = j + 1 + nxt[1] - i
    elif j < len(tokens) and tokens[j].text.startswith("و") and tokens[j].text[1:].isascii() and tokens[j].text[1:].isdigit():
        other = int(tokens[j].text[1:])
        if other > value and i > 0 and tokens[i - 1].text == "بين":
            high = other
            used += 1
    role = (_role(tokens, i, used) or _later_verb(doc, i + used) or _others_role(doc, i + used)
            or _risen_role(tokens, i) or _object_role(doc, i, used))
    joined = _joined_to(doc, i)
    if joined is not None and role in (None, joined.value.role):
        # "عشرة من رجال الأمن وثلاثة عاملين": the second figure adds to the first, in its role
        role, low, high = joined.value.role, low + joined.value.low, high + joined.value.high
    elif role is None and _with_companions(tokens, i, used):
        # "مقتل «والي» المنطقة في التنظيم وثلاثة من مساعديه": the named one and his companions
        role, low, high = "killed", low + 1, high + 1
    if role is not None:
        end_tok = tokens[i + used - 1]
        doc.add(Mention("count", tok.start, end_tok.end, tok.sentence, CountValue(role, low, high), i, i + used))
    return used


def dual_nisba(word: str) -> bool:
    """A nominative dual of a nisba noun ("حوثيان"، "سوريان"): two people, not a plural."""
    bare = word[1:] if word[:1] in ("و", "ف") and len(word) > 5 else word
    return len(bare) >= 5 and bare.endswith(DUAL_NISBA_END) and bare not in NOT_DUALS and not bare.startswith("ال")


def _lives_taken(doc: Document) -> None:
    """"أودى بحياته"، "أودت بحياتهما": one or two people killed, in a sentence with no other
    count of the killed."""
    if "بحيات" not in doc.norm:
        return
    counted = {m.sentence for m in doc.of("count") if m.value.role == "killed"}
    tokens = doc.tokens
    for i in range(1, len(tokens)):
        tok = tokens[i]
        n = _LIVES.get(tok.text)
        if n is None or tok.sentence in counted or tokens[i - 1].text not in _TOOK_LIFE:
            continue
        doc.add(Mention("count", tok.start, tok.end, tok.sentence, CountValue("killed", n, n), i, i + 1))
        counted.add(tok.sentence)


def _object_role(doc: Document, i: int, used: int) -> str | None:
    """A number of people that is the object of a verb of killing or wounding far before it, in
    the same clause: "قتل مفجر انتحاري يشتبه بانتمائه إلى التنظيم 32 شخصا" (the verb, its
    subject, then the people; no comma and no other figure between)."""
    tokens = doc.tokens
    if i + used >= len(tokens) or tokens[i + used].text not in _OBJECT_PEOPLE:
        return None
    for j in range(i - 1, max(-1, i - 1 - _OBJECT_REACH), -1):
        if tokens[j].sentence != tokens[i].sentence or "،" in doc.norm[tokens[j].end : tokens[j + 1].start]:
            return None
        if parse_number(tokens, j) is not None:
            return None
        word = tokens[j].text
        bare = word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word
        if bare in _KILLING_VERBS:
            return "killed"
        if bare in _WOUNDING_VERBS:
            return "injured"
    return None


def _counted_before(tokens: list[Token], i: int) -> bool:
    """A number just before the noun counts it already ("ثلاثة قتلى"، "ألف قتيل"), or the noun
    continues a counted one ("ألف قتيل وجريح")."""
    if i == 0 or tokens[i - 1].sentence != tokens[i].sentence:
        return False
    before = tokens[i - 1].text
    # "سقطوا بين قتيل وجريح": a split of a figure told elsewhere, not a toll of one
    return parse_number(tokens, i - 1) is not None or strip(before) in COUNT_NOUNS or before == "بين"


_COMPANION_REACH = 12
_TOLL_WORDS = KILLED | INJURED


def _joined_to(doc: Document, i: int) -> Mention | None:
    """The count a figure at token i is joined to by "و" or "إضافة إلى": the last count of its
    sentence, a few words before it, with no other figure between."""
    tokens = doc.tokens
    tok = tokens[i]
    pair = f"{tokens[i - 2].text} {tokens[i - 1].text}" if i >= 2 else ""
    rest = tok.text[1:]
    conjunct = tok.text[:1] == "و" and tok.text not in NUMBER_WORDS and (rest.isdigit() or _word_value(rest) is not None)
    if not (conjunct or pair in _JOINED_BY):
        return None
    if any(t.text in _OTHERS for t in tokens[i + 1 : i + 4] if t.sentence == tok.sentence):
        return None  # "و40 مسلحا آخرين": the others add to the figure before (see _add_others)
    counts = doc.of("count")
    last = counts[-1] if counts else None
    if last is None or last.sentence != tok.sentence or last.tok_end > i or i - last.tok_end > _JOIN_REACH:
        return None
    if any(parse_number(tokens, k) is not None for k in range(last.tok_end, i)):
        return None
    return last


def _with_companions(tokens: list[Token], i: int, used: int) -> bool:
    """"وثلاثة من مساعديه/مرافقيه" after "مقتل X": a number joined by و, followed by من and a
    noun with a possessive, with a killed noun before it and no other figure between."""
    if not tokens[i].text.startswith("و") or i + used + 1 >= len(tokens):
        return False
    after = tokens[i + used : i + used + 2]
    if after[0].text != "من" or not after[1].text.endswith(("ه", "ها", "هم")):
        return False
    for j in range(i - 1, max(-1, i - _COMPANION_REACH), -1):
        if tokens[j].sentence != tokens[i].sentence or parse_number(tokens, j) is not None:
            return False
        if strip(tokens[j].text) in ("مقتل", "اغتيال"):
            return True
    return False


def _verb_before(tokens: list[Token], i: int) -> str | None:
    """The killed or injured word before a person noun ("مقتل جندي", "قتل خلالها قيادي")."""
    j = i - 1
    while j >= 0 and i - j <= 2 and tokens[j].sentence == tokens[i].sentence:
        # "لقي"، "ولقي" are words of their own, not "قي" after the preposition ل
        bare = next((w for w in (tokens[j].text, tokens[j].text[1:] if tokens[j].text[:1] in "وف" else "")
                     if w in KILLED or w in INJURED), strip(tokens[j].text))
        if bare in KILLED or bare in INJURED:
            return bare
        if tokens[j].text not in _BETWEEN:
            return None
        j -= 1
    return None


def _verb_before_subject(doc: Document, i: int) -> str | None:
    """The killed word before the side named right before a person noun: Arabic puts the subject
    between the verb and its object ("قتل مسلحون مجهولون الناشط": gunmen killed the activist)."""
    subject = next((m for m in doc.of("actor") if m.tok_end == i and m.sentence == doc.tokens[i].sentence), None)
    if subject is None:
        return None
    verb = _verb_before(doc.tokens, subject.tok_start)
    return verb if verb is not None and verb in KILLED else None


_LATER_VERB_REACH = 10


def _later_verb(doc: Document, j: int) -> str | None:
    tokens = doc.tokens
    if j >= len(tokens):
        return None
    sentence = tokens[j].sentence
    for k in range(j, min(len(tokens), j + _LATER_VERB_REACH)):
        t = tokens[k]
        if t.sentence != sentence or "،" in doc.norm[tokens[k - 1].end : t.start] or t.text.isdigit():
            return None
        bare = strip(t.text)
        if t.text in _PLURAL_VERBS or bare in _PLURAL_VERBS:
            return "killed" if (t.text in _PLURAL_KILLED or bare in _PLURAL_KILLED) else "injured"
    return None


def _others_role(doc: Document, j: int) -> str | None:
    """"فضلا عن نحو 40 مسلحا آخرين": others of the last count of the sentence, of its role."""
    tokens = doc.tokens
    if j >= len(tokens):
        return None
    sentence = tokens[j].sentence
    if not any(t.text in _OTHERS for t in tokens[j : j + 2] if t.sentence == sentence):
        return None
    earlier = [m for m in doc.of("count") if m.sentence == sentence and m.tok_end <= j]
    if not earlier:
        return None
    # "وجرح ما لا يقل عن عشرة آخرين": the nearest killed or injured word since the last count decides
    for k in range(j - 1, earlier[-1].tok_end - 1, -1):
        bare = strip(tokens[k].text)
        if tokens[k].text in INJURED or bare in INJURED:
            return "injured"
        if tokens[k].text in KILLED or bare in KILLED:
            return "killed"
    role: str = earlier[-1].value.role
    return role


def _add_others(doc: Document) -> None:
    """"مقتل قيادي ... و40 مسلحا آخرين": the figure with "others" adds to the one named before it."""
    counts = doc.of("count")
    tokens = doc.tokens
    out: list[Mention] = []
    last: dict[tuple[int, str], Mention] = {}  # the last figure of each sentence and role so far
    for m in sorted(counts, key=lambda c: c.start):
        after = []
        for k in range(m.tok_end, min(m.tok_end + 3, len(tokens))):
            if tokens[k].sentence != m.sentence or parse_number(tokens, k) is not None:
                break  # "قتل مدني واحد وأصيب أربعة آخرون": the others are the next figure's
            after.append(tokens[k].text)
        earlier = last.get((m.sentence, m.value.role))
        if earlier is not None and any(w in _OTHERS for w in after):
            base = earlier.value
            value = CountValue(m.value.role, m.value.low + base.low, m.value.high + base.high)
            m = Mention("count", m.start, m.end, m.sentence, value, m.tok_start, m.tok_end)
        out.append(m)
        last[(m.sentence, m.value.role)] = m
    counts[:] = out


def _single_deaths(doc: Document, marked: list[int]) -> None:
    """One death told by a word alone ("لقي مصرعه"، "قتل في غارة") in a sentence with no count
    of the killed; ``marked``: the tokens whose word is one of ONE_DEATH or _PASSIVE_KILLED
    (the only ones that can count)."""
    counted = {m.sentence for m in doc.of("count") if m.value.role == "killed"}
    for i in marked:
        tok = doc.tokens[i]
        passive = (
            tok.text in _PASSIVE_KILLED and i + 1 < len(doc.tokens) and doc.tokens[i + 1].text in _HOW
            and i > 0 and doc.tokens[i - 1].sentence == tok.sentence and not doc.tokens[i - 1].text.isdigit()
            and not any(  # "قتل في الغارة عدد من المدنيين": a subject after the verb, no figure of one
                t.text in _SOME or parse_number(doc.tokens, k) for k, t in enumerate(doc.tokens[i + 1 : i + 7], start=i + 1)
            )
        )
        if tok.sentence in counted or (tok.text not in ONE_DEATH and not passive):
            continue
        if tok.text in ("استشهد", "استشهدت") and i + 1 < len(doc.tokens) and parse_number(doc.tokens, i + 1):
            continue
        nxt = doc.tokens[i + 1].text if i + 1 < len(doc.tokens) else ""
        if nxt.startswith("و") and (nxt[1:] in KILLED or nxt[1:] in INJURED):
            continue  # "استشهد وجرح عشرات": one subject for both verbs, counted with its number
        doc.add(Mention("count", tok.start, tok.end, tok.sentence, CountValue("killed", 1, 1), i, i + 1))
        counted.add(tok.sentence)
