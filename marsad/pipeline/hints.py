"""Countries an article is about: named countries and the home countries of its actors."""

from __future__ import annotations

from collections import Counter

from marsad.document import Document, Mention, Token
from marsad.lang.ar.adjectives import SINGULAR_RELATION_ENDINGS as _SINGULAR_RELATION_ENDINGS
from marsad.lang.ar.cues import (
    ATTRIBUTION_HEADS,
    CLAUSE_MARKS,
    DIRECTIONS,
    LOCATIVES,
    PLACE_CUES,
    STATE_TITLES,
)
from marsad.lang.ar.places import BORDER_NOUNS as _BORDER_NOUNS
from marsad.lang.ar.places import ORIGIN_PEOPLE as _ORIGIN_PEOPLE
from marsad.pipeline.actors import ActorHit, tables
from marsad.pipeline.lexicon import match_text
from marsad.pipeline.placehit import variants
from marsad.taxonomy import Inter
from marsad.text import fold

_SPEAKING = frozenset(fold(w) for w in ATTRIBUTION_HEADS)


def country_hints(doc: Document) -> list[str]:
    """Countries ordered by weight: a country named in the text or the headline counts twice, a
    home actor (not civilians, whose nationality says nothing of where they are) once, and so
    does a nationality adjective after a place ("مدينة أوديسا الأوكرانية")."""
    if doc.country_hints:
        return doc.country_hints
    votes: Counter[str] = Counter()
    for m in doc.of("country"):
        # "دانت مملكة البحرين التفجير": who speaks, not where it happened; "سياح من كوريا": whence they came
        if not _speaks(doc, m) and not _origin(doc, m):
            votes[m.value.country] += 2
    t = tables()
    if doc.title:
        # the headline names where the news is ("... داخل كنيسة في سويسرا"), as the text does
        for cm in t.countries.find(match_text(fold(doc.title))):
            votes[cm.value.country] += 2
    for m in doc.of("actor"):
        hit: ActorHit = m.value
        if hit.generic or hit.anaphor:
            continue  # "الجيش", "النظام": whose army depends on the article, so it says nothing here
        record = t.record(hit.ids[0])
        # a force acts at home; people travel ("شاب أفغاني" arrested in Bern): their nationality says
        # nothing of where the article is
        if record.country and record.inter not in (Inter.EXTERNAL_OTHER_FORCES, Inter.CIVILIANS):
            votes[record.country] += 1
    tokens = doc.tokens
    adjectives = t.adjectives
    if not adjectives.keys().isdisjoint(tok.text for tok in tokens[2:]):
        for i in range(2, len(tokens)):
            country = adjectives.get(tokens[i].text)
            if country and _after_placename(tokens, i):
                votes[country] += 1
    hints = [c for c, _ in votes.most_common()]
    # Israel and the Palestinian territories are reported together: either one names both
    for a, b in _SHARED_NEWS:
        if a in hints and b not in hints:
            hints.append(b)
        elif b in hints and a not in hints:
            hints.append(a)
    doc.country_hints = hints
    return doc.country_hints


_SHARED_NEWS = (("IL", "PS"), ("SD", "SS"))


def sentence_countries(doc: Document) -> dict[int, tuple[str, ...]]:
    """Per sentence, the countries it names itself: a country's name, or a nationality adjective
    right after a place ("مدينة سروج الحدودية التركية")."""
    out: dict[int, list[str]] = {}
    for m in doc.of("country"):
        if _speaks(doc, m) or _origin(doc, m):
            continue  # "دانت مملكة البحرين التفجير الذي استهدف مسجدا في عسير": the country speaks
        out.setdefault(m.sentence, []).append(m.value.country)
    adjectives = tables().adjectives
    tokens = doc.tokens
    if not adjectives.keys().isdisjoint(tok.text for tok in tokens[2:]):
        for i in range(2, len(tokens)):
            country = adjectives.get(tokens[i].text)
            if country and _after_placename(tokens, i):
                out.setdefault(tokens[i].sentence, []).append(country)
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


def _speaks(doc: Document, m: Mention) -> bool:
    """A country named right after a verb of saying or condemning, as its subject ("دانت مملكة
    البحرين"، "أعلنت تركيا"): it speaks of the sentence's events, it does not place them."""
    i = m.tok_start - 1
    if i >= 1 and doc.tokens[i].text in STATE_TITLES:
        i -= 1  # "دانت مملكة البحرين": the state named with its title
    if i < 0 or doc.tokens[i].sentence != m.sentence:
        return False
    word = doc.tokens[i].text
    return word in _SPEAKING or (word[:1] == "و" and word[1:] in _SPEAKING)


def _origin(doc: Document, m: Mention) -> bool:
    """A country named after "من" right after a noun of people ("أربعة سياح من كوريا الجنوبية"،
    "مقاتلين من الشيشان"): where they come from, not where the sentence's events are."""
    i = m.tok_start - 2
    tokens = doc.tokens
    if i < 0 or tokens[i].sentence != m.sentence or tokens[i + 1].text != "من":
        return False
    word = tokens[i].text
    return word in _ORIGIN_PEOPLE or (word[:1] == "و" and word[1:] in _ORIGIN_PEOPLE)


def own_country(doc: Document, m: Mention) -> str | None:
    """The country a nationality adjective right after a place name gives it ("مدينة سالزبوري
    البريطانية"، "مدينة سروج الحدودية التركية": one describing adjective may stand between). The
    adjective is singular, as a place's is: "مخيم عين الحلوة للاجئين الفلسطينيين" names people."""
    tokens = doc.tokens
    named = _country_after(doc, m)
    if named is not None:
        return named
    adjectives = tables().adjectives
    for i in range(m.tok_end, min(len(tokens), m.tok_end + 2)):
        if tokens[i].sentence != m.sentence or doc.norm[tokens[i - 1].end : tokens[i].start].strip():
            return None  # punctuation ends the name's phrase
        word = tokens[i].text
        if not word.endswith(_SINGULAR_RELATION_ENDINGS):
            return None
        country = adjectives.get(word)
        if country:
            return country
    return None


def _country_after(doc: Document, m: Mention) -> str | None:
    """The country named right after a place, with "في" or "ب" and perhaps a direction word
    ("منطقة كاموني-زيلا بشمال العراق"، "بلدة X في شرق سوريا"، "مدينة Y بالعراق")."""
    tokens = doc.tokens
    country = next((c for c in doc.of("country") if c.sentence == m.sentence and c.start >= m.end), None)
    if country is None or country.tok_start - m.tok_end > COUNTRY_AFTER_WORDS:
        return None
    if not any(p.start == country.start and "country" in p.value.info.kinds for p in doc.of("place")):
        return None  # a country by its own name (a place the gazetteer knows as one), not by its capital's
    if any(ch in doc.norm[m.end : country.start] for ch in CLAUSE_MARKS):
        return None  # "في X، والعراق": another clause
    between = [t.text for t in tokens[m.tok_end : country.tok_start]]
    if not between:  # "بالعراق": the preposition joined to the country's name
        joined = doc.norm[tokens[country.tok_start].start : country.start]
        return str(country.value.country) if joined in ("ب", "في") else None
    head, rest = between[0], between[1:]
    if head == "في":
        words = rest
    elif head.startswith("ب") and len(head) > 3:
        words = [head[1:], *rest]
    else:
        return None
    return str(country.value.country) if all(w in DIRECTIONS for w in words) else None


COUNTRY_AFTER_WORDS = 2  # "في" and a direction between a place and its country


def _after_placename(tokens: list[Token], i: int) -> bool:
    """"مدينة أوديسا الأوكرانية", "في بلدة سان بيدرو الفلبينية": the adjective follows a name
    of one or two words that a place cue word or a locative stands before."""
    for gap in (1, 2):
        j = i - gap - 1
        if j < 0 or tokens[j].sentence != tokens[i].sentence:
            return False
        if any(t.text in _BORDER_NOUNS for t in tokens[j + 1 : i]):
            # "من داخل الحدود اليمنية"، "قرب الحدود المصرية الإسرائيلية": a border has two sides; it places nothing
            return False
        forms = {w for w, _ in variants(tokens[j].text)}
        if forms & _CUES:
            return True
    return False


_CUES = frozenset(PLACE_CUES) | LOCATIVES
