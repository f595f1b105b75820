"""Stage: sources the article attributes its reports to.

A body from the source table (المرصد السوري لحقوق الإنسان، سانا، ناشطون، مصادر أمنية) counts as a
source when an attribution word (قال، أفاد، ذكر، بحسب، وفق، نقلاً عن...) stands within a few
words before it, or a reporting verb follows it (المرصد أفاد / قال المرصد إن). Anyone else a report is
attributed to by name ("قال قائد عمليات المحافظة إن"، "بحسب مصادر محلية") is a source too, named
by the words themselves. Attribution frames
wrap the following sentences of the same paragraph: the events stage takes the nearest source
of the sentence, else the last one before it in the paragraph.
"""

from __future__ import annotations

from functools import lru_cache

from marsad.document import Document, Mention
from marsad.knowledge.loader import SourceRecord, sources
from marsad.lang.ar.attribution import (
    BELONGING_HEADS,
    BELONGING_WORDS,
    COMPLEMENTIZERS,
    ISSUED_BY,
    NAME_LINKS,
    NISBA_ENDINGS,
    OUTLET_HEADS,
    PERSON_TITLES,
    POSSESSIVE_SUFFIXES,
    PUBLISHERS,
    PUBLISHING_VERBS,
    QUOTES,
    SAID_THINGS,
    SAME_BEFORE,
    SAME_WORDS,
    SCRIPTURE_SPEAKERS,
    SPEAKER_QUANTIFIERS,
)
from marsad.lang.ar.cues import (
    ATTRIBUTION,
    ATTRIBUTION_HEADS,
    ATTRIBUTION_LINKS,
    ATTRIBUTION_MAX_WORDS,
    ATTRIBUTION_STOPS,
    SAID_IT,
    SPEAKER_ANAPHORS,
    SPEAKER_NOUNS,
)
from marsad.lang.ar.morph import CONJUNCTIONS
from marsad.pipeline.lexicon import Lexicon
from marsad.pipeline.scan import article_scan
from marsad.pipeline.triggers import known_trigger, trigger_sub
from marsad.taxonomy import EVENT_TYPE, EventType


@lru_cache(maxsize=1)
def lexicon() -> Lexicon[SourceRecord]:
    entries: list[tuple[str, SourceRecord]] = []
    for record in sources().values():
        for alias in (record.name_ar, *record.aliases_ar):
            entries.append((alias, record))
    return Lexicon(entries)


def _attributed(doc: Document, tok_start: int, tok_end: int) -> bool:
    tokens = doc.tokens
    if tok_start >= len(tokens):
        return False
    sentence = tokens[tok_start].sentence
    for j in range(tok_start - 1, max(0, tok_start - 5) - 1, -1):
        if tokens[j].sentence != sentence:
            break
        word = tokens[j].text
        if word in COMPLEMENTIZERS or ":" in doc.norm[tokens[j].end : tokens[j + 1].start]:
            break  # "أفادت المصادر أن طائرات التحالف": the body is in what was said, not who said it
        if word in ATTRIBUTION or word[1:] in ATTRIBUTION or word in ("عن", "لدي"):
            return True
    for j in range(tok_end, min(len(tokens), tok_end + 4)):
        if tokens[j].sentence != sentence:
            break
        if tokens[j].text in ATTRIBUTION or tokens[j].text in ("ان", "ومقره"):
            return True
    return False


def run(doc: Document) -> None:
    mtext = doc.match_text()
    for m in article_scan().matches(lexicon(), mtext):
        tok = doc.token_at(m.start)
        end_tok = doc.token_at(m.end)
        strong = m.value.kind in ("monitor", "agency")
        if not strong and not _attributed(doc, tok, end_tok):
            continue
        sentence = doc.tokens[tok].sentence if tok < len(doc.tokens) else 0
        start, end = m.start, m.end
        if m.value.kind == "generic":
            tok, end_tok = _generic_phrase(doc, tok, end_tok)
            start, end = doc.tokens[tok].start, doc.tokens[end_tok - 1].end
        doc.add(Mention("source", start, end, sentence, m.value, tok, end_tok))

    _named_speakers(doc)


ADJECTIVES_AFTER = 2  # relative adjectives that may follow a generic source noun


def _generic_phrase(doc: Document, tok: int, end_tok: int) -> tuple[int, int]:
    """The words that name a generic source in full: "مسؤول كردي محلي" (the adjectives after the
    noun the table knows), "مصدر مسؤول" (the source noun before an adjective the table knows as
    a noun). The record stays the table's; the evidence is what the text says."""
    tokens = doc.tokens
    sentence = tokens[tok].sentence
    if tok > 0 and end_tok - tok == 1 and tokens[tok - 1].sentence == sentence \
            and _bare(tokens[tok - 1].text) in BELONGING_HEADS and not doc.broken_before(tok):
        tok -= 1
    added = 0
    while (end_tok < len(tokens) and added < ADJECTIVES_AFTER and tokens[end_tok].sentence == sentence
           and not doc.broken_before(end_tok) and not tokens[end_tok].text.startswith("ال")
           and tokens[end_tok].text.endswith(NISBA_ENDINGS) and tokens[end_tok].text not in ATTRIBUTION_STOPS):
        end_tok += 1
        added += 1
    return tok, end_tok


def _bare(word: str) -> str:
    return word[1:] if word[:1] in CONJUNCTIONS and len(word) > 3 else word


# the words a speaker's name may follow (``_named_speakers``): an attribution head, or a word
# that is an attribution head or a publishing verb once bare (with no conjunction or one)
_OPENERS = ATTRIBUTION_HEADS | PUBLISHING_VERBS
_SPEAKER_HEADS = ATTRIBUTION_HEADS | {w for w in _OPENERS if _bare(w) == w} \
    | {c + w for c in CONJUNCTIONS for w in _OPENERS if _bare(c + w) == w}


def _head_verb(word: str) -> bool:
    """An attribution verb, also with the pronoun of what was said on it ("وفق ما ذكره"،
    "بحسب ما أوردته"، "بحسب ما نشره"): it names no speaker itself."""
    bare = _bare(word)
    return bare in ATTRIBUTION_HEADS or any(
        bare.endswith(p) and (bare[: -len(p)] in ATTRIBUTION_HEADS or bare[: -len(p)] in ATTRIBUTION)
        for p in POSSESSIVE_SUFFIXES)


def _speaker_span(doc: Document, head: int) -> tuple[int, int] | None:
    """The words after an attribution word that name who said it: from the next word up to a
    word that ends the name (إن، في، أمس...), a comma or the end of the sentence."""
    tokens = doc.tokens
    i = head + 1
    while i < len(tokens) and tokens[i].sentence == tokens[head].sentence and tokens[i].text in ATTRIBUTION_LINKS:
        i += 1
    if i < len(tokens) and tokens[i].sentence == tokens[head].sentence and _head_verb(tokens[i].text):
        # "بحسب ما أفاد مصدر أمني": the verb after "بحسب ما" is no speaker; the one after it is
        i += 1
    if i + 1 < len(tokens) and tokens[i].sentence == tokens[head].sentence and tokens[i].text in SAID_IT:
        i += 1  # "وفق ما أفادت به الشرطة": the verb's pronoun, then who said it
    if i + 1 < len(tokens) and tokens[i].text in SAME_BEFORE and _bare(tokens[i + 1].text) in SPEAKER_ANAPHORS \
            and tokens[i + 1].sentence == tokens[head].sentence:
        return i, i + 2  # "بحسب نفس المصدر": the speaker named before, as "المصدر نفسه"
    start = i
    if start < len(tokens) and ":" in doc.norm[tokens[start - 1].end : tokens[start].start]:
        return None  # "وأضاف: المقاومة هي الآن ...": what was said, not who said it
    while start + 1 < len(tokens) and tokens[start + 1].sentence == tokens[head].sentence \
            and _bare(tokens[start].text) in SPEAKER_QUANTIFIERS and not doc.broken_before(start + 1):
        # "أكد أكثر من مصدر"، "قال عدد من السكان"، "قال هذا المصدر": the noun after the quantity
        start += 2 if tokens[start + 1].text == "من" and start + 2 < len(tokens) \
            and tokens[start + 2].sentence == tokens[head].sentence else 1
    if start < len(tokens) and tokens[start].sentence == tokens[head].sentence and _said_thing(tokens[start].text):
        return None  # "نفت الأمر"، "ووصف الهجوم بأنه": what is spoken of, not who speaks
    if start < len(tokens) and _bare(tokens[start].text) in SCRIPTURE_SPEAKERS:
        return None  # "قال الله تعالى": a verse quoted, no source of news
    i = start
    comma = False
    while (i < len(tokens) and tokens[i].sentence == tokens[head].sentence and i - start < ATTRIBUTION_MAX_WORDS
           and (tokens[i].text not in ATTRIBUTION_STOPS or (i == start and _given_name(doc, i))
                or (i > start and tokens[i].text == "عن" and tokens[i - 1].text in ISSUED_BY))
           and not tokens[i].text.isdigit()):
        if i > start and doc.broken_before(i):
            comma = "،" in doc.norm[tokens[i - 1].end : tokens[i].start]
            break
        if i > start and (_event_word(tokens[i].text) or _bare(tokens[i].text) in SAID_THINGS):
            break  # "أعلنت السلطات المحلية مقتل المهاجم"، "نفت الوزارة الأمر": what they said begins
        if i > start + 1 and _bare_noun_ends(tokens[start].text, tokens[i - 1].text, tokens[i].text):
            break  # "أعلنت مصادر عراقية العثور على": the definite word begins what was said
        i += 1
    if i == start + 1 and (_bare(tokens[start].text) in BELONGING_HEADS or _bare(tokens[start].text) in OUTLET_HEADS):
        i = _belonging(doc, start, i)
    if i == start:
        return None
    if i == start + 1 and _bare(tokens[start].text) in SPEAKER_ANAPHORS:
        return start, i  # "وأضافت الوكالة": the speaker named before, if any (``_named_again``)
    word = tokens[start].text
    first = _bare(word)
    # "وزارة الداخلية", "وكالة الأنباء": a و that begins the noun itself is no conjunction
    if not (first.startswith("ال") or word in SPEAKER_NOUNS or first in SPEAKER_NOUNS or first[1:] in SPEAKER_NOUNS):
        # "قال أحمد X، رئيس المكتب الإعلامي ...", "قال أحمد X عميد البلدية": a person's name,
        # with the title after it (the title stays out of the name: the place of a local office,
        # "عميد بلدية مدينة سبها", is often the scene of the report)
        titled = next((k for k in range(start + 1, min(i, start + PERSON_WORDS + 1)) if _title(tokens[k].text)), None)
        if titled is not None:
            return start, titled
        if not (comma and i - start <= PERSON_WORDS and _title(tokens[i].text)):
            return None
    elif comma and i < len(tokens) and tokens[i].text in PERSON_TITLES:
        # "أعلن نائب قائد الفرقة، العميد عبد الأمير الخزرجي، عن": the title, then who holds it
        return start, _apposition(doc, i)
    return start, i


def _apposition(doc: Document, i: int) -> int:
    """The end of the words from ``i`` that name, after a comma, the speaker of the title before
    them (a rank and a name): up to a word that ends a speaker's name, a comma or what was said."""
    tokens = doc.tokens
    j = i
    while (j < len(tokens) and tokens[j].sentence == tokens[i].sentence and j - i < ATTRIBUTION_MAX_WORDS
           and tokens[j].text not in ATTRIBUTION_STOPS and not tokens[j].text.isdigit()
           and not (j > i and (doc.broken_before(j) or _event_word(tokens[j].text)))):
        j += 1
    return j


PERSON_WORDS = 3
_OPENING = {"»": "«", "”": "“", "\"": "\""}


def _said_thing(word: str) -> bool:
    """A word that a verb of saying takes as its object, never as its speaker: a matter or an
    incident ("الأمر"، "الحادث"), an event noun ("الهجوم"، "القتال"; not the crowd of a protest,
    which speaks: "قال المتظاهرون")."""
    bare = _bare(word)
    if bare in SAID_THINGS:
        return True
    sub = trigger_sub(bare) if bare.startswith("ال") else None
    return sub is not None and EVENT_TYPE.get(sub) not in (EventType.PROTESTS, EventType.RIOTS)


def _given_name(doc: Document, i: int) -> bool:
    """"قال علي الحريري": the name Ali, which folding spells as the preposition على; the text
    writes it with a final ي and a second name follows it."""
    tokens = doc.tokens
    tok = tokens[i]
    raw = doc.text[doc.index[tok.start] : doc.index[tok.end - 1] + 1]
    return raw == "علي" and i + 1 < len(tokens) and tokens[i + 1].sentence == tok.sentence \
        and tokens[i + 1].text not in ATTRIBUTION_STOPS and not doc.norm[tok.end : tokens[i + 1].start].strip()


def _event_word(word: str) -> bool:
    """An event word, also with a possessive pronoun on it ("سيطرتها" is "سيطرة" with "ها")."""
    if known_trigger(word):
        return True
    for suffix in POSSESSIVE_SUFFIXES:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 3:
            # the ة of a noun is written ت before a suffix
            return known_trigger(stem) or (stem.endswith("ت") and known_trigger(stem[:-1] + "ه"))
    return False


def _title(word: str) -> bool:
    bare = _bare(word)
    return bare in SPEAKER_NOUNS or bare in SPEAKER_ANAPHORS or bare.removeprefix("ال") in SPEAKER_NOUNS


def _bare_noun_ends(first: str, prev: str, word: str) -> bool:
    """A bare source noun ("مصادر", "مصدر أمني") after its relative adjective takes no definite
    word: the name has ended ("مصادر عراقية العثور"; not "مدير ناحية القيارة")."""
    return (_bare(first) in BELONGING_HEADS and word.startswith("ال") and not prev.startswith("ال")
            and prev not in NAME_LINKS and len(prev) > 3 and prev.endswith(NISBA_ENDINGS))


def _belonging(doc: Document, start: int, end: int) -> int:
    """The end of a bare source noun with what it belongs to: "مصدر في المقاومة الشعبية" (في
    and up to three words), "مصادر «الرياض»" (a quoted name)."""
    tokens = doc.tokens
    sentence = tokens[start].sentence
    if end >= len(tokens) or tokens[end].sentence != sentence:
        return end
    gap = doc.norm[tokens[end - 1].end : tokens[end].start]
    if any(q in gap for q in QUOTES):
        for j in range(end, min(len(tokens), end + BELONGING_WORDS)):
            if tokens[j].sentence != sentence:
                break
            after = doc.norm[tokens[j].end : tokens[j + 1].start] if j + 1 < len(tokens) else ""
            if any(q in after for q in QUOTES):
                return j + 1
        return end
    if tokens[end].text != "في" or gap.strip():
        return end
    j = end + 1
    while (j < len(tokens) and tokens[j].sentence == sentence and j - end - 1 < BELONGING_WORDS
           and tokens[j].text not in ATTRIBUTION_STOPS and not tokens[j].text.isdigit()):
        if j > end + 1 and (doc.broken_before(j) or _event_word(tokens[j].text)):
            break  # "أكد مصدر في لبنان اختطاف خمسة": what was said begins
        j += 1
    return j if j > end + 1 else end


def _named_again(doc: Document, start: int, end: int) -> Mention | None:
    """"المصدر ذاته"، "المصادر نفسها": the source named last before, named again; "الوكالة"
    alone: the last source before named by that noun ("وكالة الأنباء ..."), if any."""
    tokens = doc.tokens
    if end - start == 1:
        # an indefinite "مصادر" is someone new; only "المصادر" refers back
        return _named_before(doc, start) if _bare(tokens[start].text) in SPEAKER_ANAPHORS else None
    if _bare(tokens[start].text) in SPEAKER_ANAPHORS and all(t.text.startswith("ال") for t in tokens[start + 1 : end]):
        described = _described_before(doc, start, end)
        if described is not None:
            return described  # "المصادر العسكرية" after "مصادر عسكرية": the same sources again
    same_after = tokens[start + 1].text in SAME_WORDS and _bare(tokens[start].text) in SPEAKER_ANAPHORS
    same_before = tokens[start].text in SAME_BEFORE and _bare(tokens[start + 1].text) in SPEAKER_ANAPHORS
    if end - start != 2 or not (same_after or same_before):
        return None
    earlier = [m for m in doc.of("source") if m.end <= tokens[start].start]
    return max(earlier, key=lambda m: m.start) if earlier else None


def _named_before(doc: Document, start: int) -> Mention | None:
    """The last source before token ``start`` whose name begins with the same noun as the
    anaphor there ("المصادر" → "مصادر محلية", "الوكالة" → "وكالة الأنباء الألمانية")."""
    tokens = doc.tokens
    noun = _bare(tokens[start].text).removeprefix("ال")
    found: Mention | None = None
    for m in doc.of("source"):
        if m.end > tokens[start].start or m.tok_start >= len(tokens) or (found is not None and found.start > m.start):
            continue
        if m.value.kind == "named" and m.tok_end - m.tok_start < 2:
            continue  # "ذكرت صحيفة": a bare noun names nobody to refer back to
        head = _bare(tokens[m.tok_start].text).removeprefix("ال")
        if head == noun or head.removeprefix("ل") == noun:
            found = m
    return found


def _described_before(doc: Document, start: int, end: int) -> Mention | None:
    """The last source before token ``start`` named by the same noun and the same adjectives as
    the definite words from there ("المصادر العسكرية" → "مصادر عسكرية يمنية", "المسؤول الأمني"
    → "مسؤول أمني عراقي"): the adjectives of the anaphor begin those of the earlier name."""
    tokens = doc.tokens
    words = [_bare(t.text).removeprefix("ال") for t in tokens[start:end]]
    found: Mention | None = None
    for m in doc.of("source"):
        if m.end > tokens[start].start or m.tok_end - m.tok_start < len(words) or m.tok_start >= len(tokens):
            continue
        named = [_bare(t.text).removeprefix("ال") for t in tokens[m.tok_start : m.tok_start + len(words)]]
        if named == words and (found is None or m.start > found.start):
            found = m
    return found


def _fuller_before(doc: Document, start: int) -> Mention | None:
    """"وذكر الجيش في بيان" after "أعلن الجيش التركي": a speaker named by one definite word is
    the source or side named in full before with that word first (the last such one)."""
    tokens = doc.tokens
    word = _bare(tokens[start].text)
    if not word.startswith("ال") or word in SPEAKER_ANAPHORS:
        return None
    found: Mention | None = None
    for m in (*doc.of("source"), *doc.of("actor")):
        if m.end > tokens[start].start or m.tok_end - m.tok_start < 2 or m.tok_start >= len(tokens):
            continue
        if _bare(tokens[m.tok_start].text) == word and (found is None or m.start > found.start):
            found = m
    if found is None or found.kind == "source":
        return found
    text = doc.span(found.start, found.end).text
    record = SourceRecord(f"named:{doc.norm[found.start : found.end]}", text, text, (), "named", None)
    return Mention("source", found.start, found.end, found.sentence, record, found.tok_start, found.tok_end)


def _named_speakers(doc: Document) -> None:
    """Sources named only by the text: a speaker after an attribution word whom the source
    table does not know."""
    known = [(m.tok_start, m.tok_end) for m in doc.of("source")]
    tokens = doc.tokens
    for k, tok in enumerate(tokens):
        if tok.text not in _SPEAKER_HEADS:
            continue
        publishing = _bare(tok.text) in PUBLISHING_VERBS
        if tok.text == "فحسب" and (k + 1 == len(tokens) or tokens[k + 1].sentence != tok.sentence or doc.broken_before(k + 1)):
            continue  # "ليس ذلك فحسب، بل": "only", not "according to"
        span = _speaker_span(doc, k)
        if span is None or any(a < span[1] and span[0] < b for a, b in known):
            continue
        if publishing and _bare(tokens[span[0]].text).removeprefix("ال") not in PUBLISHERS:
            continue  # "نشر الجيش قواته": no outlet publishes
        start, end = tokens[span[0]].start, tokens[span[1] - 1].end
        close = doc.norm[end : end + 1]
        if close in _OPENING and (doc.norm[start:end].count(close) % 2 == 1 if close == "\""
                                  else _OPENING[close] in doc.norm[start:end]):
            end += 1  # the closing quote of a quoted name ("مصادر «الرياض»"), not of one opened before it
        raw = doc.span(start, end).text
        again = _named_again(doc, *span)
        if again is None and span[1] - span[0] == 1 and _bare(tokens[span[0]].text) in SPEAKER_ANAPHORS:
            continue  # "المصادر" with nobody named so before: no speaker
        if again is None and tokens[span[0]].text in SAME_BEFORE:
            continue  # "نفس المصدر" with nobody named before: no speaker
        if again is None and span[1] - span[0] == 1:
            again = _fuller_before(doc, span[0])
        if again is None and span[1] - span[0] == 3 and _bare(tokens[span[0]].text) in BELONGING_HEADS \
                and tokens[span[0] + 1].text == "في" and tokens[span[0] + 2].text.startswith("ال"):
            # "أفادت خلية الإعلام الحربي ... وأوضح مصدر في الخلية": a source inside the body named before
            again = _named_before(doc, span[0] + 2)
        record = again.value if again is not None else SourceRecord(f"named:{doc.norm[start:end]}", raw, raw, (), "named", None)
        doc.add(Mention("source", start, end, tok.sentence, record, span[0], span[1]))
        known.append(span)
    doc.of("source").sort(key=lambda m: m.start)
