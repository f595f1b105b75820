"""Stage: event words → ACLED sub-event types, and the status (modality) of each.

Single words are matched on lemmas (simplemma's Arabic dictionary, on the clitic-free raw
token) and on folded clitic-free forms, so قصفت، وقصف، بقصف، القصف all reach قصف. Multi-word
triggers (عبوة ناسفة، قصف مدفعي) are matched on the folded text and win over their words.
Status cues (نفى، يخطط، هدد، أحبط، في حال، قد + present verb) before the trigger in its sentence
set the status; a future prefix (سـ، سوف) marks it planned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import simplemma

from marsad.document import Document, Mention, Token
from marsad.lang.ar.actors import CLAUSE_PAIRS, CLAUSE_TIME_HEADS, CLAUSE_TIME_WORDS
from marsad.lang.ar.actors import CLAUSE_WORDS as _CLAUSE_OPENERS
from marsad.lang.ar.clitics import (
    IMPERFECT_PLURAL_ENDINGS,
    IMPERFECT_PREFIXES,
    PERFECT_PLURAL_ENDING,
    SINGLE_PROCLITICS,
)
from marsad.lang.ar.clitics import PURPOSE_PREFIXES as _PURPOSE
from marsad.lang.ar.clitics import TRIGGER_CLITICS as _CLITICS
from marsad.lang.ar.cues import CONDITIONALS as _IF
from marsad.lang.ar.cues import (
    CONSTRUCT_CUES,
    FAILED_OBJECT_PREPS,
    FAILED_REACH,
    FAILED_VERBS,
    OBJECT_LINKS,
    STATUS_CUES,
)
from marsad.lang.ar.cues import EXPECTED as _EXPECTED
from marsad.lang.ar.cues import EXPECTED_REACH as _EXPECTED_REACH
from marsad.lang.ar.cues import FUTURE_PARTICLES as _FUTURE
from marsad.lang.ar.cues import FUTURE_VERBS as _FUTURE_VERBS
from marsad.lang.ar.cues import IMMINENT as _IMMINENT
from marsad.lang.ar.cues import IN_CASE as _IN_CASE
from marsad.lang.ar.cues import NO_TRUTH_PAIRS as _NO_TRUTH_PAIRS
from marsad.lang.ar.cues import ORDER_REACH as _ORDER_REACH
from marsad.lang.ar.cues import ORDERED as _ORDERED
from marsad.lang.ar.cues import PURPOSE_CLAUSES as _PURPOSE_CLAUSES
from marsad.lang.ar.cues import PURPOSE_VERBS as _PURPOSE_VERBS
from marsad.lang.ar.cues import UNDERGO as _UNDERGO
from marsad.lang.ar.cues import UNTIL as _UNTIL
from marsad.lang.ar.cues import UNTIL_PAIRS as _UNTIL_PAIRS
from marsad.lang.ar.cues import WARNINGS as _WARNINGS
from marsad.lang.ar.dates import RELATIVE, WEEKDAYS
from marsad.lang.ar.framing import ANY as _ANY
from marsad.lang.ar.morph import (
    ACCUSATIVE_ALIF,
    CONJUNCTIONS,
    DEFINITE_ARTICLE,
    DUAL_ENDINGS,
    PAST_ENDINGS,
    PAST_OPENING,
    PRESENT_ENDINGS,
    PRESENT_PREFIX,
    PRESENT_T_OPENINGS,
)
from marsad.lang.ar.protest import CROWD_WORDS, GATHERING_REACH, GATHERING_VERBS
from marsad.lang.ar.triggers import (
    BLOW_WORDS,
    KNIFE_WORDS,
    LEMMAS,
    NOT_AN_ATTACK_AFTER_BLOW,
    PHRASES,
    SIGNING_REACH,
    SIGNING_VERBS,
    SPLIT_PHRASES,
    SPLIT_PREPOSITIONS,
    SPLIT_REACH,
    STAB_REACH,
    STAB_WORDS,
    TERRITORY,
)
from marsad.pipeline.lexicon import Lexicon
from marsad.pipeline.scan import article_scan
from marsad.taxonomy import EVENT_TYPE, EventType, Status, SubEventType
from marsad.text import fold, name_key

_DIACRITICS = re.compile("[\u064b-\u065f\u0670\u0640]")
_STATUS_WINDOW = 8


@dataclass(frozen=True, slots=True)
class TriggerHit:
    sub: str
    strength: int
    lemma: str
    status: str = Status.OCCURRED
    status_start: int = -1  # folded offsets of the status cue, -1 when none
    status_end: int = -1


def _definite(phrase: str) -> str | None:
    """"غاره جويه" → "الغاره الجويه": a noun phrase with the article on each word."""
    words = phrase.split()
    if len(words) < 2 or any(w.startswith("ال") for w in words) or len(words[0]) < 3:
        return None
    return " ".join("ال" + w for w in words)


def _duals(phrase: str) -> list[str]:
    """"طايره مسيره" → "طايرتين مسيرتين", "طايرتان مسيرتان": a noun and its adjective in the
    feminine singular (folded ة, "ه") are both dual in the dual, in either case ending."""
    words = phrase.split()
    if len(words) < 2 or not all(w.endswith("ه") and len(w) >= 4 for w in words):
        return []
    return [" ".join(w[:-1] + ending for w in words) for ending, tail in DUAL_ENDINGS if tail == "ه"]


@lru_cache(maxsize=1)
def dual_lemmas() -> dict[str, str]:
    """The key of each dual form of a phrase -> the key of the phrase."""
    return {name_key(dual): name_key(phrase) for phrase in PHRASES for dual in _duals(phrase)
            if name_key(dual) not in PHRASES}


@lru_cache(maxsize=1)
def phrases() -> Lexicon[tuple[str, int]]:
    entries = dict(PHRASES)
    for phrase, value in PHRASES.items():
        definite = _definite(phrase)
        # "العملية العسكرية", "المعركة الجديدة": a definite battle word mostly refers to a campaign
        if definite is not None and EVENT_TYPE.get(value[0]) != EventType.BATTLES:
            entries.setdefault(definite, value)
        for dual in _duals(phrase):
            entries.setdefault(dual, value)
    return Lexicon(entries.items(), suffixes=("ها", "هم", "ات", "ه"))


def lemma_of(raw: str) -> str:
    return _bare_lemma(_DIACRITICS.sub("", raw))


@lru_cache(maxsize=50_000)
def _bare_lemma(word: str) -> str:
    """The folded lemma of a word without diacritics: cached on that word, so that the spellings
    of one word with and without its diacritics ("قصفاً", "قصفا") are lemmatized once."""
    try:
        lemma = simplemma.lemmatize(word, lang="ar")
    except (ValueError, KeyError):
        lemma = word
    return fold(lemma)


# the trigger clitics by their first letter, each group in the order of ``_CLITICS``
_CLITICS_BY_LETTER: dict[str, tuple[str, ...]] = {}
for _clitic in _CLITICS:
    _CLITICS_BY_LETTER[_clitic[0]] = (*_CLITICS_BY_LETTER.get(_clitic[0], ()), _clitic)
# the last letters of the endings ``_forms`` strips
_ENDING_LETTERS = frozenset(e[-1] for e in (ACCUSATIVE_ALIF, *(e for e, _ in DUAL_ENDINGS), *PAST_ENDINGS))


def _forms(folded: str) -> list[str]:
    """The folded word, without each of its clitics, and each of those without the endings the
    lemmatizer may miss (``lang.ar.morph``), in that order."""
    forms = [folded]
    for p in _CLITICS_BY_LETTER.get(folded[:1], ()):
        if folded.startswith(p) and len(folded) - len(p) >= 3:
            forms.append(folded[len(p):])
    present = _past_of_present(folded)
    if folded[-1:] not in _ENDING_LETTERS:
        return forms + present  # every form ends as the word does, and no ending below ends so
    forms += [f[:-1] for f in forms if f.endswith(ACCUSATIVE_ALIF) and len(f) > 4]
    for ending, tail in DUAL_ENDINGS:
        forms += [f[: -len(ending)] + tail for f in list(forms) if f.endswith(ending) and len(f) - len(ending) + len(tail) >= 4]
    for ending in PAST_ENDINGS:
        forms += [f[: -len(ending)] for f in list(forms) if f.endswith(ending) and len(f) - len(ending) >= 3]
    return forms + present


def _past_of_present(folded: str) -> list[str]:
    """A present-tense verb's past, the form the lexicon holds: "يتظاهرن" → "تظاهر", "يشتبكون" →
    "اشتبك" (the forms that open their past with alif), "وتتقدم" → "تقدم"; tried last."""
    out = []
    for f in (folded, *(folded[len(c):] for c in CONJUNCTIONS if folded.startswith(c))):
        if len(f) < 4 or not (f.startswith(PRESENT_PREFIX) or f.startswith(PRESENT_T_OPENINGS)):
            continue
        stem = f[1:]
        ending = next((e for e in PRESENT_ENDINGS if stem.endswith(e) and len(stem) - len(e) >= 3), "")
        stem = stem[: len(stem) - len(ending)]
        out += [stem, PAST_OPENING + stem]
    return out


_MISSING: tuple[str, tuple[str, int]] = ("", ("", 0))


class Known:
    """A pipeline's cache of trigger lookups by raw word. The lemma depends on the raw spelling
    (hamza, diacritics), so the key is the raw word: a key of the folded form would let the
    first spelling seen decide for every later one, and an article's events would depend on
    the articles before it. The cache belongs to one ``Pipeline``, not to the process."""

    LIMIT = 500_000

    def __init__(self) -> None:
        self.seen: dict[str, tuple[str, tuple[str, int]] | None] = {}  # read-only outside

    def __call__(self, raw: str, folded: str) -> tuple[str, tuple[str, int]] | None:
        hit = self.seen.get(raw, _MISSING)
        if hit is _MISSING:
            hit = lookup(raw, folded)
            if len(self.seen) < self.LIMIT:
                self.seen[raw] = hit
        return hit


@lru_cache(maxsize=100_000)
def _form_hit(folded: str) -> tuple[str, tuple[str, int]] | None:
    """The first of a folded word's forms that is an event word, with its entry (by form alone,
    no lemmatizer): a function of the folded word only, so it may be cached for the process."""
    for form in _forms(folded):
        if form in LEMMAS:
            return form, LEMMAS[form]
    return None


def lookup(raw: str, folded: str) -> tuple[str, tuple[str, int]] | None:
    hit = _form_hit(folded)
    if hit is not None:
        return hit
    lemma = lemma_of(raw)
    if lemma in LEMMAS:  # the lemmatizer has removed the clitics already: no second stripping
        return lemma, LEMMAS[lemma]
    return None


_MASDAR_TYPES = frozenset({TERRITORY, SubEventType.ARMED_CLASH})
_PURPOSE_REACH = 4
_FUTURE_REACH = 4  # words after the event word where a future verb may stand


def known_trigger(folded: str) -> bool:
    """Whether a folded word is an event word by its form alone (no lemmatizer)."""
    return _form_hit(folded) is not None


def trigger_sub(folded: str) -> str | None:
    """The sub-type a folded word names as an event word by its form alone, or None."""
    hit = _form_hit(folded)
    return hit[1][0] if hit is not None else None


def _any(word: str) -> bool:
    """"أي"، "لأي"، "بأية": the word "any", alone or after one proclitic letter (two would make
    "ولاية" of و، ل and أية)."""
    return word in _ANY or (word[:1] in SINGLE_PROCLITICS and word[1:] in _ANY)


def _past_t(word: str) -> bool:
    """"قد تعرضت", "قد تمكنت", "قد تم": a past verb of the forms that begin with ت (its feminine
    ends in ت too); قد before it asserts what happened, before a present verb (تتعرض) it hedges."""
    return word == "تم" or (len(word) >= 4 and word.endswith("ت") and not word.startswith("تت"))


def _status(doc: Document, tok_index: int) -> tuple[str, int, int]:
    tokens = doc.tokens
    trigger = tokens[tok_index]
    word = trigger.text
    if word.startswith(("سي", "ست", "سن")) and len(word) > 4 and lookup("", word[1:]):
        return Status.PLANNED, trigger.start, trigger.start + 1
    if word.startswith(_PURPOSE) and not word.startswith("لقي"):
        # purpose: "لاقتحام المدينة", "للسيطرة على" (what a side sets out to do)
        bare = word[2:] if word.startswith(("لل", "ول", "فل")) else word[1:]
        found = lookup(bare, bare)
        hit = found[1] if found is not None else None
        before = [t.text.lstrip("وف") for t in tokens[max(0, tok_index - 4) : tok_index] if t.sentence == trigger.sentence]
        undergone = any(w.startswith(_UNDERGO) for w in before)  # "تعرضت مدينة دوما لهجوم"
        if hit is not None and hit[0] in _MASDAR_TYPES and not undergone:
            return Status.PLANNED, trigger.start, trigger.start + 1
    for j in range(tok_index - 1, max(-1, tok_index - _PURPOSE_REACH - 1), -1):
        if tokens[j].sentence != trigger.sentence:
            break
        if tokens[j].text in _PURPOSE_CLAUSES:
            return Status.PLANNED, tokens[j].start, tokens[j].end
    if tok_index > 0 and tokens[tok_index - 1].text in _IMMINENT and tokens[tok_index - 1].sentence == trigger.sentence:
        # "قرب سيطرتها على عفرين": the takeover is near, not done
        prev_tok = tokens[tok_index - 1]
        return Status.PLANNED, prev_tok.start, prev_tok.end
    if tok_index > 0 and tokens[tok_index - 1].sentence == trigger.sentence and (
            tokens[tok_index - 1].text in _UNTIL
            or (tok_index > 1 and (tokens[tok_index - 2].text, tokens[tok_index - 1].text) in _UNTIL_PAIRS)):
        # "إلى حين استعادة المدينة": awaited, not done
        first = tokens[tok_index - 1] if tokens[tok_index - 1].text in _UNTIL else tokens[tok_index - 2]
        return Status.PLANNED, first.start, tokens[tok_index - 1].end
    if word.startswith("ب"):
        # "أمر زعيم الميليشيات السبت باعتقال مشرفين": an order to act, not the act
        for j in range(tok_index - 1, max(-1, tok_index - _ORDER_REACH - 1), -1):
            if tokens[j].sentence != trigger.sentence or known_trigger(tokens[j].text):
                break
            if tokens[j].text in _ORDERED:
                return Status.PLANNED, tokens[j].start, tokens[j].end
    if tok_index > 0 and tokens[tok_index - 1].text in _PURPOSE_VERBS:
        # "لشن ضربات", "لتنفيذ هجوم": the purpose of a move, not what happened
        prev_tok = tokens[tok_index - 1]
        return Status.PLANNED, prev_tok.start, prev_tok.end
    if tok_index > 0 and tokens[tok_index - 1].sentence == trigger.sentence and _any(tokens[tok_index - 1].text) \
            and not word.startswith(DEFINITE_ARTICLE):
        # "المسؤولية عن أي هجوم يستهدف المدنيين"، "لأي استهداف": any such act, none in particular (a
        # negation before "any" says none happened: framing.negated)
        prev_tok = tokens[tok_index - 1]
        return Status.HYPOTHETICAL, prev_tok.start, prev_tok.end
    failed = _failed_at(doc, tok_index)
    if failed is not None:
        # "فشلت قوات النظام في اقتحام المدينة": tried, and it did not take place
        return Status.PREVENTED, failed.start, failed.end
    joined = word.startswith("و")  # "واعتقال": an event word joined to another before it
    crowd = word in CROWD_WORDS  # a crowd word: the protesters who act
    passed = False  # an event word stands between the cue and this one
    governed = False  # ... and this one is its object ("للسيطرة على الاحتجاجات")
    for j in range(tok_index - 1, max(-1, tok_index - _STATUS_WINDOW), -1):
        tok = tokens[j]
        if tok.sentence != trigger.sentence or _opens_clause(tokens, j + 1):
            break
        w = tok.text[1:] if tok.text.startswith(("و", "ف")) and len(tok.text) > 3 else tok.text
        if joined and passed and w in CONSTRUCT_CUES:
            continue  # the noun governs the event word after it, not this one
        between = governed  # the trigger is the object of an event word between this word and it
        if not passed and known_trigger(tok.text):
            passed = True
            governed = any(t.text in OBJECT_LINKS for t in tokens[j + 1 : tok_index])
        nxt = tokens[j + 1].text if j + 1 < len(tokens) else ""
        prev = tokens[j - 1].text if j > 0 else ""
        if w in _FUTURE:
            return Status.PLANNED, tok.start, tok.end
        if crowd and w in GATHERING_VERBS and tok_index - j <= GATHERING_REACH:
            continue  # "طالب محتجون بالإفراج عن المعتقلين": the crowd demands, it is the verb's subject, not its aim
        if w in _IN_CASE:
            if nxt == "دون":
                return Status.PREVENTED, tok.start, tokens[j + 1].end
            if prev in ("في", "وفي"):
                return Status.HYPOTHETICAL, tokens[j - 1].start, tok.end
            continue
        if w == "قد":
            if nxt[:1] in ("ي", "ت", "ن") and not _past_t(nxt):
                return Status.HYPOTHETICAL, tok.start, tok.end
            continue
        if (prev, tok.text) in _NO_TRUTH_PAIRS:
            return Status.DENIED, tokens[j - 1].start, tok.end
        status = _status_cue(w)
        if status == Status.PLANNED and prev and _status_cue(prev[1:] if prev[:1] in ("و", "ف") and len(prev) > 3 else prev) \
                == Status.PREVENTED:
            # "إحباط محاولة تفجير": an attempt foiled is an act prevented, not one still planned
            return Status.PREVENTED, tokens[j - 1].start, tok.end
        if status and between and not joined and status != Status.DENIED:
            # "في محاولة للسيطرة على الاحتجاجات": the attempt is the event word right after the
            # cue; the protests it tried to contain took place ("هجوما بمادة كيمياوية" is one act:
            # the cue covers both; a denial covers its clause, below)
            continue
        if status:
            return status, tok.start, tok.end
    # a warning further back, with no nearer cue ("حذر الأسد من شن هجوم": an act feared; "حذرت من نواياها
    # شن عملية" is an intention, "حذرت من أي تدخل، نافية استخدام" a denial, both read above)
    warned = _warned_of(doc, tok_index)
    if warned is not None:
        return Status.HYPOTHETICAL, warned.start, warned.end
    # "الهجوم سوف يستهدف"، "معركة تحرير المدينة ستبدأ"، "الإضرابات التي ستكون": the event word is
    # the subject of a future verb
    for j in range(tok_index + 1, min(len(tokens), tok_index + _FUTURE_REACH + 1)):
        tok = tokens[j]
        if tok.sentence != trigger.sentence or "،" in doc.norm[tokens[j - 1].end : tok.start]:
            break
        if tok.text in _FUTURE or tok.text.lstrip("و") in _FUTURE_VERBS:
            return Status.PLANNED, tok.start, tok.end
        if j - tok_index <= _EXPECTED_REACH and tok.text in _EXPECTED:
            return Status.PLANNED, tok.start, tok.end  # "تقدم متوقع"، "مظاهرات مزمعة": still to come
    # a condition covers its sentence: "وفي حال تمكنت الفصائل من السيطرة على جورين، يصبح بإمكانها
    # ... استهداف القرى", "إنه إذا فشل الاتفاق فإن ... هجوما صاروخيا"
    for j in range(tok_index - 1, -1, -1):
        tok = tokens[j]
        if tok.sentence != trigger.sentence:
            break
        if tok.text in _IF or (tok.text in _IN_CASE and j > 0 and tokens[j - 1].text in ("في", "وفي")):
            return Status.HYPOTHETICAL, tok.start, tok.end
    # a denial covers its whole clause: "نفت الوزارة أن تكون طائراتها قد شنت غارات"
    if any(_opens_clause(tokens, k) for k in range(max(0, tok_index - _STATUS_WINDOW + 1), tok_index)
           if tokens[k].sentence == trigger.sentence):
        return Status.OCCURRED, -1, -1
    for j in range(tok_index - _STATUS_WINDOW, -1, -1):
        tok = tokens[j]
        if tok.sentence != trigger.sentence or _opens_clause(tokens, j + 1):
            break
        w = tok.text[1:] if tok.text.startswith(("و", "ف")) and len(tok.text) > 3 else tok.text
        if _status_cue(w) == Status.DENIED:
            return Status.DENIED, tok.start, tok.end
    return Status.OCCURRED, -1, -1


_WARNING_REACH = 12  # words from a verb of warning to the act feared, past its "من"


def _opens_clause(tokens: list[Token], k: int) -> bool:
    """Whether the token at ``k`` opens a clause of its own ("بينما"، "في وقت"، "في حين"): a cue of
    status before it covers another clause's act."""
    return k < len(tokens) and (tokens[k].text in _CLAUSE_OPENERS or (
        tokens[k].text in CLAUSE_TIME_HEADS and k + 1 < len(tokens) and tokens[k + 1].text in CLAUSE_TIME_WORDS
        and tokens[k + 1].sentence == tokens[k].sentence))


def _warned_of(doc: Document, tok_index: int) -> Token | None:
    """The verb of warning whose "من" governs the event word at ``tok_index`` ("وحذر الناطق من قيام
    القوات بارتكاب مجزرة"; commas of a name's apposition between), in its clause (no word that opens
    another between)."""
    tokens = doc.tokens
    trigger = tokens[tok_index]
    seen_from = False
    for j in range(tok_index - 1, max(-1, tok_index - 1 - _WARNING_REACH), -1):
        tok = tokens[j]
        if tok.sentence != trigger.sentence or tokens[j + 1].text in _CLAUSE_OPENERS \
                or tokens[j + 1].text in CLAUSE_PAIRS:
            return None  # "... من التصعيد، فيما قصفت الطائرات": another clause's act
        if tok.text == "من":
            seen_from = True
        w = tok.text[1:] if tok.text.startswith(("و", "ف")) and len(tok.text) > 3 else tok.text
        if w in _WARNINGS:
            return tok if seen_from else None
    return None


def _failed_at(doc: Document, tok_index: int) -> Token | None:
    """The verb of failing that governs the event word at ``tok_index`` through في or من ("أخفق
    فيها الحوثيون من السيطرة"), with no other event word between them."""
    tokens = doc.tokens
    trigger = tokens[tok_index]
    if tok_index < 2 or tokens[tok_index - 1].sentence != trigger.sentence \
            or tokens[tok_index - 1].text not in FAILED_OBJECT_PREPS:
        return None
    for j in range(tok_index - 2, max(-1, tok_index - 1 - FAILED_REACH), -1):
        tok = tokens[j]
        if tok.sentence != trigger.sentence or known_trigger(tok.text):
            return None
        if tok.text in FAILED_VERBS or (tok.text.startswith(CONJUNCTIONS) and tok.text[1:] in FAILED_VERBS):
            return tok
    return None


def _status_cue(word: str) -> str | None:
    """The status a cue word gives; a plural or dual verb gives its stem's ("يخططون" and
    "يخططان" as "يخطط", "خططوا" as "خطط"), when the cue list holds the stem."""
    status = STATUS_CUES.get(word)
    if status is None and len(word) > 4:
        stem = word[:-2]
        if word.endswith(IMPERFECT_PLURAL_ENDINGS) and stem.startswith(IMPERFECT_PREFIXES) or word.endswith(PERFECT_PLURAL_ENDING):
            status = STATUS_CUES.get(stem)
    return status


_DAY_WORDS = frozenset(WEEKDAYS) | frozenset(w for w in RELATIVE if " " not in w) | {"يوم"}


def _blow_of_no_attack(doc: Document, i: int) -> bool:
    """"ضربات الشمس"، "ضربة جزاء": the word after a blow makes it a sunstroke or a kick."""
    tokens = doc.tokens
    return i + 1 < len(tokens) and tokens[i + 1].sentence == tokens[i].sentence \
        and tokens[i + 1].text in NOT_AN_ATTACK_AFTER_BLOW


def _with_knife(doc: Document, i: int) -> bool:
    """"طعن رجل ثلاثة أشخاص بسكين": a knife a few words after the verb of stabbing."""
    tokens = doc.tokens
    for j in range(i + 1, min(len(tokens), i + 1 + STAB_REACH)):
        if tokens[j].sentence != tokens[i].sentence:
            return False
        if tokens[j].text in KNIFE_WORDS:
            return True
    return False


def _signed(doc: Document, i: int) -> bool:
    """"وقعت الحكومة والمتمردون اتفاقاً": a verb of signing or reaching a few words before the
    agreement, in its sentence (a proclitic و or ف allowed on the verb)."""
    tokens = doc.tokens
    for j in range(i - 1, max(-1, i - 1 - SIGNING_REACH), -1):
        if tokens[j].sentence != tokens[i].sentence or "،" in doc.norm[tokens[j].end : tokens[j + 1].start]:
            return False
        word = tokens[j].text
        if word in SIGNING_VERBS or word[:1] in ("و", "ف") and word[1:] in SIGNING_VERBS:
            return True
    return False


def _dawn(doc: Document, i: int) -> bool:
    """"فجر الأحد", "عند الفجر": the dawn, not "فجّر" (set off)."""
    tokens = doc.tokens
    word = tokens[i].text
    nxt = tokens[i + 1].text if i + 1 < len(tokens) and tokens[i + 1].sentence == tokens[i].sentence else ""
    return "ال" in word[:4] or nxt in _DAY_WORDS


# each verb of ``SPLIT_PHRASES`` with its phrases, and the verbs with their proclitic و or ف
_SPLIT_BY_VERB: dict[str, list[tuple[frozenset[str], str, int, str]]] = {}
for _verbs, _objects, _sub, _strength, _lemma in SPLIT_PHRASES:
    for _verb in _verbs:
        for _form in (_verb, "و" + _verb, "ف" + _verb):
            _SPLIT_BY_VERB.setdefault(_form, []).append((_objects, _sub, _strength, _lemma))


def _split_phrases(doc: Document, covered: set[int]) -> list[Mention]:
    """Event words in two parts (``SPLIT_PHRASES``) whose object follows the subject, so that the
    words are not side by side as the phrases' are: "أطلق مسلحون النار"، "عثر الأهالي على جثة"."""
    tokens = doc.tokens
    out: list[Mention] = []
    verbs = [i for i, tok in enumerate(tokens) if tok.text in _SPLIT_BY_VERB and i not in covered]
    for i in verbs:
        tok = tokens[i]
        for objects, sub, strength, lemma in _SPLIT_BY_VERB[tok.text]:
            words = 0  # words from the verb, the preposition before the object not counted
            for j in range(i + 1, len(tokens)):
                words += tokens[j].text not in SPLIT_PREPOSITIONS
                if words > SPLIT_REACH or tokens[j].sentence != tok.sentence or j in covered or doc.broken_before(j):
                    break
                if tokens[j].text in objects:
                    status, ss, se = _status(doc, i)
                    hit = TriggerHit(sub, strength, lemma, status, ss, se)
                    out.append(Mention("trigger", tok.start, tokens[j].end, tok.sentence, hit, i, j + 1))
                    break
    return out


def run(doc: Document, known: Known | None = None) -> None:
    """The trigger mentions of the article; ``known`` is the pipeline's lookup cache (a fresh
    one when none is given)."""
    known = known if known is not None else Known()
    mtext = doc.match_text()
    for m in article_scan().matches(phrases(), mtext):
        first = doc.token_at(m.start)
        if first >= len(doc.tokens):
            continue
        sub, strength = m.value
        status, ss, se = _status(doc, first)
        lemma = dual_lemmas().get(m.key, m.key)  # "طائرتين مسيرتين": the phrase in the singular
        doc.add(Mention("trigger", m.start, m.end, doc.tokens[first].sentence,
                        TriggerHit(sub, strength, lemma, status, ss, se), first, doc.token_at(m.end)))
    covered = {t for m in doc.of("trigger") for t in range(m.tok_start, m.tok_end)}
    for fire in _split_phrases(doc, covered):
        doc.add(fire)
        covered.update(range(fire.tok_start, fire.tok_end))
    tokens = doc.tokens
    # the words that may be event words: of three letters or more, no number, in no phrase found above
    # (a comprehension: this reads every token of every article)
    candidates = [i for i, tok in enumerate(tokens) if len(tok.text) >= 3 and i not in covered and not tok.text.isdigit()]
    text, index, seen = doc.text, doc.index, known.seen
    for i in candidates:
        tok = tokens[i]
        word = tok.text
        raw = text[index[tok.start] : index[tok.end - 1] + 1]
        hit = seen.get(raw, _MISSING)
        if hit is _MISSING:
            hit = known(raw, word)
        if hit is None:
            continue
        form, (sub, strength) = hit
        if form == "فجر" and _dawn(doc, i):
            continue
        if form in BLOW_WORDS and _blow_of_no_attack(doc, i):
            continue
        if form in STAB_WORDS and strength < 2 and _with_knife(doc, i):
            strength = 2
        if sub == SubEventType.AGREEMENT and strength < 2 and _signed(doc, i):
            strength = 2
        status, ss, se = _status(doc, i)
        doc.add(Mention("trigger", tok.start, tok.end, tok.sentence, TriggerHit(sub, strength, form, status, ss, se), i, i + 1))
    doc.of("trigger").sort(key=lambda m: m.start)
