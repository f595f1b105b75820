"""Stage: place mentions, found with the gazetteer's name keys and checked by context.

A name counts as a place when a cue word stands before it (قرية، بلدة، مدينة، حي، محافظة،
ريف، معبر، قاعدة...), or when a locative preposition or proclitic (في، على، قرب، بـ) stands
before it and the gazetteer knows it as a strong place (country, governorate, city, curated
site, or populated), or when the name is strong and not an ordinary word. Words that are also
place names somewhere (التحالف، الآن، الصحيفة) need a cue word. Actor mentions are never places.
A place named right after another (X في Y، X بريف Y، X شرق Y، X (Y)) is recorded as its parent.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from itertools import compress
from operator import attrgetter, itemgetter
from typing import cast

import simplemma

from marsad.document import Document, Mention, Token
from marsad.geo import Gazetteer
from marsad.geo.types import KeyInfo
from marsad.knowledge.loader import nationalities, sources
from marsad.lang.ar.attribution import NISBA_ENDINGS
from marsad.lang.ar.cues import (
    CLAUSE_MARKS,
    COUNTRY_CITY_AFTER,
    COUNTRY_CITY_CUES,
    CUE_HOMOGRAPHS,
    DIRECTIONS,
    LOCATIVES,
    NEAR_CUES,
    PLACE_CUES,
)
from marsad.lang.ar.morph import INNER_ARTICLE
from marsad.lang.ar.numbers import ONE_PERSON, TWO_PEOPLE, VICTIM_NOUNS
from marsad.lang.ar.placecues import ADDRESSEE_HEADS, IDIOM_HEADS, IDIOM_TAILS, LANDFORM_HEADS
from marsad.lang.ar.placecues import AMID_WORDS as _AMID_WORDS
from marsad.lang.ar.placecues import NEAR_WORDS as _NEAR_WORDS
from marsad.lang.ar.places import ADMIN_PARENTS as _ADMIN_PARENTS
from marsad.lang.ar.places import ADMIN_PARENTS_AFTER_IN as _ADMIN_PARENTS_AFTER_IN
from marsad.lang.ar.places import ALL_ANAPHORS as _ANY_ANAPHORS
from marsad.lang.ar.places import BORDER_WORDS as _BORDER_WORDS
from marsad.lang.ar.places import COMPOUND_HEADS as _COMPOUND_HEADS
from marsad.lang.ar.places import COUNTERPART_WORDS as _COUNTERPART_WORDS
from marsad.lang.ar.places import CUE_NOT_NAMES as _CUE_NOT_NAMES
from marsad.lang.ar.places import DEPARTURE_REACH as _DEPARTURE_REACH
from marsad.lang.ar.places import DEPARTURE_VERBS as _DEPARTURE_VERBS
from marsad.lang.ar.places import DUAL_CUES as _DUAL_CUES
from marsad.lang.ar.places import FOREIGN_HEADS as _FOREIGN_HEADS
from marsad.lang.ar.places import FRONT_NOT_NAMES as _FRONT_NOT_NAMES
from marsad.lang.ar.places import FRONTS as _FRONTS
from marsad.lang.ar.places import FUTURE_VERB_STARTS as _FUTURE_VERB_STARTS
from marsad.lang.ar.places import (
    GIVEN_NAMES,
    NAME_LINKS,
    PLURAL_NOUN_MIN,
    SAME_WORDS,
)
from marsad.lang.ar.places import INSTITUTION_ADJECTIVES as _INSTITUTION_ADJECTIVES
from marsad.lang.ar.places import INSTITUTION_HEADS as _INSTITUTION_HEADS
from marsad.lang.ar.places import INSTITUTION_REACH as _INSTITUTION_REACH
from marsad.lang.ar.places import JOURNEY_WORDS as _JOURNEY_WORDS
from marsad.lang.ar.places import LIST_ENDS as _LIST_ENDS
from marsad.lang.ar.places import LIST_OPENER_REACH as _LIST_OPENER_REACH
from marsad.lang.ar.places import LIST_OPENERS as _LIST_OPENERS
from marsad.lang.ar.places import LIST_PARENT_OPENERS as _LIST_PARENT_OPENERS
from marsad.lang.ar.places import NAME_TAILS as _NAME_TAILS
from marsad.lang.ar.places import NOT_NAME_WORDS as _NOT_NAME_WORDS
from marsad.lang.ar.places import OUTLET_NOUNS as _OUTLET_NOUNS
from marsad.lang.ar.places import OWNED_WORD_MIN as _OWNED_WORD_MIN
from marsad.lang.ar.places import PARENT_HEADS as _PARENT_HEADS
from marsad.lang.ar.places import PLURAL_CUES as _PLURAL_CUES
from marsad.lang.ar.places import PRONOUN_SUFFIXES as _PRONOUN_SUFFIXES
from marsad.lang.ar.places import ROUTE_WORDS as _ROUTE_WORDS
from marsad.lang.ar.places import SIDE_NOUNS as _SIDE_NOUNS
from marsad.lang.ar.places import SITE_HEADS as _SITE_HEADS
from marsad.lang.ar.places import STREET_WORDS as _STREET_WORDS
from marsad.lang.ar.places import TOWARD_WORDS as _TOWARD_WORDS
from marsad.lang.ar.places import VENUE_LOCATIVES as _VENUE_LOCATIVES
from marsad.lang.ar.places import VENUE_REACH as _VENUE_REACH
from marsad.lang.ar.places import VENUES as _VENUES
from marsad.lang.ar.places import WEAK_NAMING_CUES as _WEAK_NAMING_CUES
from marsad.lang.ar.stopplaces import COMMON_WORDS
from marsad.lang.ar.triggers import AIR_CUES, GROUND_CUES
from marsad.pipeline.actors import tables
from marsad.pipeline.bare_countries import bare_country
from marsad.pipeline.capital_places import capital_by_adjective
from marsad.pipeline.dateline import dateline_end
from marsad.pipeline.hints import country_hints
from marsad.pipeline.nation_places import nationality_places
from marsad.pipeline.place_links import (
    anaphor,
    between_references,
    capital_as_state,
    distance_reference,
    example_parents,
    frame_parents,
    governorate_parents,
    in_a_body_name,
    is_anaphor,
    link_parents,
    same_anaphor,
)
from marsad.pipeline.placehit import PlaceHit, locative
from marsad.pipeline.placehit import variants as _variants
from marsad.pipeline.seats import body_tokens
from marsad.pipeline.triggers import known_trigger as lookup_trigger
from marsad.taxonomy import CROWD_TYPES, EVENT_TYPE
from marsad.text import name_key

_NOT_NAMES = COMMON_WORDS | frozenset(PLACE_CUES) | NEAR_CUES | LOCATIVES


@lru_cache(maxsize=1)
def not_names() -> frozenset[str]:
    """Single words never taken as place names on their own: function and common words, cue
    words, nationality adjectives (تركية، السوري) and the names of news sources (فارس، سبأ)."""
    words: set[str] = set(_NOT_NAMES)
    for nat in nationalities().values():
        for adj in nat.adjectives_ar:
            key = name_key(adj)
            words.update({key, "ال" + key, key + "ه", "ال" + key + "ه"})
    # words the project's own lexicons know as something else: people (امرأة، طفلان، قتيل) and
    # the weapon adjectives of strikes (الجوية، المدفعية) name no place
    for word in ONE_PERSON | TWO_PEOPLE | frozenset(VICTIM_NOUNS) | AIR_CUES | GROUND_CUES:
        key = name_key(word)
        words.update({key, key if key.startswith("ال") else "ال" + key})
    for src in sources().values():
        for alias in (src.name_ar, *src.aliases_ar):
            key = name_key(alias)
            if " " not in key:
                words.add(key)
    return frozenset(words)

MAX_WORDS = 4
STRONG_KINDS = frozenset({
    "country", "governorate", "city", "region", "base", "airport", "crossing", "camp", "oilfield", "dam", "prison",
})






# function words and the words a place word is described by are never its name
_NOT_NAMES_AFTER_CUE = LOCATIVES | NEAR_CUES | frozenset(PLACE_CUES)


_TOWN_KINDS = frozenset({"city", "town", "village"})


@lru_cache(maxsize=4096)
def _names_one(cue_token: str, kinds: frozenset[str] = _TOWN_KINDS, dual: bool = True) -> bool:
    """A cue word that names one town, village or city (or a place of ``kinds``): "مدينة"،
    "بمدينة"، "قرية" (not "المدينة", not "قرى", not a weak cue such as "مركز"; with ``dual``
    false, not the dual "محافظتي" either)."""
    cue_word = _one_place_cue(cue_token, kinds)
    return cue_word is not None and cue_word not in _WEAK_NAMING_CUES and (dual or cue_word not in _DUAL_CUES)


def _one_place_cue(cue_token: str, kinds: frozenset[str]) -> str | None:
    """The cue word a token holds (without its clitics) when it names one place of ``kinds``:
    not definite ("المدينة"), not plural ("قرى")."""
    forms = [cue_token, *(w for w, _ in _variants(cue_token))]
    cue_word = next((w for w in forms if w in PLACE_CUES), None)
    if cue_word is None or PLACE_CUES[cue_word] not in kinds or cue_word.startswith("ال") or cue_word in _PLURAL_CUES:
        return None
    return cue_word


def _street_word(token: str) -> bool:
    """A word of one street or square, proclitics allowed ("بشارع"، "وميدان")."""
    return token in _STREET_WORDS or any(w in _STREET_WORDS for w, _ in _variants(token))


def _one_street(cue_token: str) -> bool:
    """The cue word of one quarter, street, square or camp ("شارع"، "بحي"، "مخيم"; not "الحي",
    not "أحياء", not the dual "حيي"), whose name may be a country's ("شارع فلسطين")."""
    cue_word = _one_place_cue(cue_token, _STREET_KINDS)
    return cue_word is not None and cue_word not in _DUAL_CUES


# A name of two letters is looked up only right after a cue word that names one such place
# ("مدينة إب"، "مدينة قم"), and only as a place of a country the article names: folded, the name is
# also a common word (إب, Ibb, and أب, a father, and آب, August, are all "اب"; بن, Bonn, is a
# son in "مدينة بن قردان"), so elsewhere it stays a word.
SHORT_NAME = 2
_SHORT_NAME_KINDS = _TOWN_KINDS | {"governorate", "district"}


@lru_cache(maxsize=200_000)
def _word_cue(word: str) -> tuple[str | None, bool, bool, bool]:
    """What a word before a name says: its cue kind, whether it is a near cue, whether that
    near cue puts the place near rather than at the name ("ريف", "قرب"), and whether it is
    a locative preposition; each with or without the word's proclitics."""
    forms = {word} | {w for w, _ in _variants(word)}
    kind = next((PLACE_CUES[f] for f in forms if f in PLACE_CUES), None)
    return kind, bool(forms & NEAR_CUES), bool(forms & _NEAR_WORDS), locative(word)


def _describes(doc: Document, i: int, word: str) -> bool:
    """A definite word of an adjective's shape (ending in ي or ية) right after a definite noun,
    with nothing between, is its adjective ("المفاوضات السلمية", "الوضع الحالي"); a place in
    apposition follows a cue word instead ("العاصمة دمشق"), and an object after its verb's
    subject takes no adjective's shape as a rule ("اقتحمت قوات الاحتلال المسجد الأقصى")."""
    if i == 0 or not word.startswith("ال") or not (word.endswith("يه") or word.endswith("ي")):
        return False
    if doc.tokens[i - 1].sentence != doc.tokens[i].sentence or doc.broken_before(i):
        return False
    prev = doc.tokens[i - 1].text
    bare = prev[1:] if prev[:1] in ("و", "ف", "ب", "ل") and prev[1:].startswith("ال") else prev
    return bare.startswith("ال") and len(bare) > 4 and bare not in PLACE_CUES and bare not in NEAR_CUES


def _cue_word_near(index: list[WordEntry], tokens: list[Token], i: int) -> bool:
    """Whether a cue word stands among the words ``_cue_before`` reads before token i (the
    three before it in its sentence): without one, it finds no cue."""
    sentence = tokens[i].sentence
    for j in range(i - 1, max(-1, i - 4), -1):
        if tokens[j].sentence != sentence:
            return False
        if index[j][2]:
            return True
    return False


def _cue_before(doc: Document, i: int) -> tuple[str | None, bool, int, bool]:
    """Cue kind, near flag, evidence start token and whether a locative precedes token i."""
    tokens = doc.tokens
    sentence = tokens[i].sentence
    cue: str | None = None
    near = False
    ev_tok = i
    locative = False
    j = i - 1
    steps = 0
    while j >= 0 and tokens[j].sentence == sentence and steps < 3:
        kind, near_cue, near_word, loc = _word_cue(tokens[j].text)
        if kind and doc.span(tokens[j].start, tokens[j].end).text in CUE_HOMOGRAPHS:
            kind = None  # "وأدى لاشتعال النيران": the verb "and led", folded like the valley's وادي
        if kind and cue is None:
            cue = kind
            ev_tok = j
            j -= 1
            steps += 1
            continue
        if near_cue:
            near = near or near_word
            locative = True
            if cue is None:
                ev_tok = j if near else ev_tok
            j -= 1
            steps += 1
            continue
        if loc:
            locative = True
        break
    return cue, near, ev_tok, locative


# What the loop of ``run`` needs of a text word, memoised per word by ``Starts``:
#   its clitic-free forms that begin a name the gazetteer knows, whether the word alone is a
#   stop word, whether it is a place cue word ("بقرية"), and a mark saying which tokens around it
#   ``run`` must look at (_SELF: the word itself; _EXTEND: the word itself when the next word
#   goes on with it into a longer name ("في" of "في الجبل"), as none of its forms is a name
#   alone; _NEXT: the word after a cue word; _PREV: the word before a parent, "بولاية").
WordEntry = tuple[tuple[tuple[str, int], ...], bool, bool, int]
_SELF, _EXTEND, _NEXT, _PREV = 1, 2, 4, 8
# the first letters of every proclitic ``variants`` reads off a longer word
_CLITICS = frozenset("وفبلك")


class Starts:
    """Per gazetteer: for a text word, its clitic-free forms that begin a name, whether the
    word alone is a stop word, whether it is a cue word and which tokens around it ``run``
    looks at (a ``WordEntry``, memoised across articles)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.prefixes = gazetteer.name_prefixes()
        self.key_info = gazetteer.key_info
        self.stop = not_names()
        self.memo: dict[str, WordEntry] = {}

    def entry(self, word: str) -> WordEntry:
        got = self.memo.get(word)
        if got is None:
            got = self._entry(word)
            if len(self.memo) < 300_000:
                self.memo[word] = got
        return got

    def _entry(self, word: str) -> WordEntry:
        if len(word) > 3 and word[:1] in _CLITICS:
            return self._clitic_entry(word)
        # most words carry no proclitic that ``variants`` reads off: the word is its only form
        stop = word in self.stop or (word[:1] in "وفبل" and word[1:] in self.stop)
        starts = ((word, 0),) if word in self.prefixes else ()
        anaphor = (bool(starts) or "ال" in word or "لل" in word) and word in _ANY_ANAPHORS
        return self._marked(word, starts, stop, word in PLACE_CUES, anaphor)

    def _clitic_entry(self, word: str) -> WordEntry:
        loose = _variants(word)
        stop = any(v in self.stop for v, _ in loose) or (word[:1] in "وفبل" and word[1:] in self.stop)
        starts = tuple(v for v in _variants(word, name=True) if v[0] in self.prefixes)
        anaphor = (bool(starts) or "ال" in word or "لل" in word) and any(w in _ANY_ANAPHORS for w, _ in loose)
        return self._marked(word, starts, stop, any(w in PLACE_CUES for w, _ in loose), anaphor)

    def _marked(self, word: str, starts: tuple[tuple[str, int], ...], stop: bool, cue: bool,
                anaphor: bool) -> WordEntry:
        # a word none of whose forms is a name alone (or that is a stop word) can only begin a
        # longer name: ``_todo`` looks at it only where the next word goes on with it
        if anaphor:
            mark = _SELF
        elif starts:
            mark = _SELF if any(self._names_alone(form, stop) for form, _ in starts) else _EXTEND
        else:
            mark = 0  # most words begin no name
        if cue:
            mark |= _NEXT
        if word in _ADMIN_PARENTS:
            mark |= _PREV
        return starts, stop, cue, mark

    def _names_alone(self, form: str, stop: bool) -> bool:
        """Whether the form, as a whole word, can be a name the gazetteer knows."""
        return len(form) >= 3 and not stop and self.key_info(form) is not None


def run(doc: Document, gazetteer: Gazetteer, starts: Starts | None = None) -> None:
    """Place mentions of the document. ``starts`` is the gazetteer's word index, which the
    ``Pipeline`` builds once for its gazetteer; without it one is built for this call."""
    key_info = gazetteer.key_info
    if starts is None:
        starts = Starts(gazetteer)
    tokens = doc.tokens
    n_tokens = len(tokens)
    blocked, next_blocked = _blocked(doc)
    hints = set(country_hints(doc))
    hits: list[Mention] = []
    anaphors: list[int] = []  # tokens of "البلدة", "المدينة" with no name after them
    last_end = -1  # token after the last accepted place
    last_cue: str | None = None
    i = 0
    # Most tokens begin no name, follow no cue word and point back to no place: only the others
    # (and the list going on through unknown names) need the loop below.
    prefixes = starts.prefixes
    texts = list(map(_text_of, tokens))
    index = _entries(starts, texts)
    todo = _todo(index, texts, prefixes)
    n_todo = len(todo)
    k = 0
    while True:
        while k < n_todo and todo[k] < i:
            k += 1
        nxt = todo[k] if k < n_todo else n_tokens
        while i <= last_end < nxt and _list_item(texts[last_end]):
            item = _listed_name(doc, last_end, hits[-1] if hits else None, next_blocked[last_end])
            if item is not None:
                hits.append(item)  # "قرى سهرة والحيمة والتعزية": every village of a named list
                last_end = item.tok_end
                continue
            last_end += 1  # an unknown name inside a list ("X وY وZ") keeps the list going
        if nxt >= n_tokens:
            break
        i = nxt
        tok = tokens[i]
        word = tok.text
        variants, is_stop = index[i][:2]
        found: tuple[int, str, int, KeyInfo] | None = None
        sentence = tok.sentence
        if variants and not blocked[i]:
            # "مدينة مشهد"، "بمدينة ليل": an ordinary word is a name right after a word that names a
            # town or village (singular, indefinite: "المدينة الجديدة" describes a city)
            named = is_stop and i > 0 and index[i - 1][2] and tokens[i - 1].sentence == sentence \
                and _names_one(tokens[i - 1].text) and word not in _NOT_NAMES_AFTER_CUE and word not in _FOREIGN_HEADS \
                and not (word.endswith(("ي", "يه")) and not word.startswith("ال")) and _word_cue(word)[0] is None
            # (not "مدينة تركية", a Turkish city: an indefinite noun takes an indefinite adjective, so
            # "بلدة الراعي" is named; not "مدينة وبلدة", a list of place words)
            # "مدينة إب": a name of two letters right after a cue word that names one place
            short = len(word) == SHORT_NAME and i > 0 and index[i - 1][2] and tokens[i - 1].sentence == sentence \
                and _names_one(tokens[i - 1].text, _SHORT_NAME_KINDS, dual=False)
            for first, cut in variants:
                if _verb_with_proclitic(word, first) and not _home_city(key_info(first), hints):
                    continue  # "وباتوا" (they became) holds no "اتوا" (Ottawa); "بعدن" in Yemen is Aden
                # extend word by word while some name goes on that way; keep the longest name
                key, n = first, 1
                while True:
                    if short and n == 1 and key == word:
                        info = key_info(key)
                        info = info if info is not None and info.countries & hints else None
                    else:
                        info = key_info(key) if len(key) >= 3 and not (n == 1 and is_stop and not named) else None
                    if info is not None and (found is None or n > found[0]):
                        found = (n, key, cut, info)
                    j = i + n
                    if n >= MAX_WORDS or j >= n_tokens or tokens[j].sentence != sentence or next_blocked[i] <= j:
                        break
                    longer = f"{key} {tokens[j].text}"
                    if longer not in prefixes and tokens[j].text.startswith(INNER_ARTICLE) \
                            and tokens[j].text not in _NOT_NAMES:
                        # "خور المكسر" for "خور مكسر": a later word of a name written with the article
                        # (an ordinary word is none: "في إيران الشهر الماضي" holds no Iranshahr)
                        longer = f"{key} {tokens[j].text[len(INNER_ARTICLE):]}"
                    if longer not in prefixes:
                        break
                    key, n = longer, n + 1
        bare_name = False
        if (found is None or found[0] == 1) and (country := bare_country(doc, i, gazetteer)) is not None:
            found, bare_name = (1, country[0], country[1], country[2]), True  # "في مالي": the country, not "financial"
        by_adjective = False
        if found is None and (unnamed := capital_by_adjective(doc, i, gazetteer)) is not None:
            found = (1, unnamed[0], 0, unnamed[1])  # "في العاصمة الصومالية": its capital, unnamed
            by_adjective = True
        if found is None:
            # an unknown name needs a cue word right before it ("قرية X"): most words have none
            unknown = None
            if i > 0 and not (blocked[i] or (is_stop and word not in _FOREIGN_HEADS)) and tokens[i - 1].sentence == sentence \
                    and index[i - 1][2]:
                unknown = _unknown_name(doc, i, next_blocked[i], key_info)
            if unknown is None and i + 1 < n_tokens and (index[i + 1][3] & _PREV or _in_province_next(doc, i)) \
                    and not (blocked[i] or is_stop):
                unknown = _unknown_in_parent(doc, i)
            if unknown is not None:
                hits.append(unknown)
                last_end, last_cue = unknown.tok_end, unknown.value.cue
                i = unknown.tok_end
                continue
            if i == last_end and _list_item(word):
                item = _listed_name(doc, i, hits[-1] if hits else None, next_blocked[i])
                if item is not None:
                    hits.append(item)  # "قرى سهرة والحيمة والتعزية": every village of a named list
                    i = item.tok_end
                    last_end = i
                    continue
                last_end = i + 1  # an unknown name inside a list ("X وY وZ") keeps the list going
            elif hits and (is_anaphor(word) or same_anaphor(doc, i)):
                anaphors.append(i)
            i += 1
            continue
        n, key, cut, info = found
        if n == 1 and key in _COMPOUND_HEADS:
            item = _listed_name(doc, i, hits[-1] if hits else None, next_blocked[i]) \
                if i == last_end and _list_item(word) else None
            if item is not None:
                hits.append(item)  # "ومديرا وبيت سوى وعربين": a list item of two words
                i = last_end = item.tok_end
                continue
            i += 1
            continue  # "دير", "تل", "عين" alone: the first word of a name, not a name
        if key in IDIOM_HEADS and i > 0 and tokens[i - 1].text in IDIOM_HEADS[key]:
            i += n
            continue  # "صلاة المغرب": the sunset prayer, not the country
        if key in IDIOM_TAILS and i + n < n_tokens and tokens[i + n].text in IDIOM_TAILS[key]:
            i += n + 1
            continue  # "مسقط رأسه": an idiom, not the city
        # "المسجد الأقصى", "مطار المزة": a site whose name begins with an ordinary word is still named
        # "سان بطرسبرغ", "سانت لويس": a foreign name's first word begins a name, whatever it means alone
        # "الشيخ زويد": a town of its own, a strong place, whose first word alone is a title
        common = not bare_name and (key in COMMON_WORDS or (key.split()[0] in COMMON_WORDS and not (
            n > 1 and (info.kinds & _SITE_KINDS or key.split()[0] in _FOREIGN_HEADS
                       or info.kinds & STRONG_KINDS or info.max_population >= 20_000))))
        foreign = bool(hints) and not (info.countries & hints) and "country" not in info.kinds
        # "قرى X وY": a list goes on; not after a country ("روسيا وبدأ"), whose list holds countries
        listed = i == last_end and tokens[i].text.startswith("و") and bool(hits) and hits[-1].sentence == sentence \
            and hits[-1].value.info.kinds != _COUNTRY_ONLY
        if (common or foreign) and not (listed and last_cue) and not _cue_word_near(index, tokens, i):
            i += 1
            continue  # an ordinary word or a namesake abroad that no cue word names a place
        cue, near, ev_tok, locative = _cue_before(doc, i)
        if cue and n == 1 and key in _CUE_NOT_NAMES:
            i += 1
            continue  # "قرية تحت سيطرة"، "مدينة ذات أغلبية": what the place is like, not its name
        if cue and ev_tok == i - 1 and cut and word[0] == "و" and not listed:
            i += 1
            continue  # "سيطرت على مناطق وطرق شرق الرمادي": a noun joined to the cue word, no name of it
        if cut and word[cut - 1] == "ب":
            locative = True  # "بحلب": the preposition is a clitic of the name, not part of it
        if cue == "site" and not info.kinds & _SITE_KINDS:
            cue, ev_tok = None, i  # "سوق شعبي": a market described, not a place named
        strong = bool(info.kinds & STRONG_KINDS) or info.max_population >= 20_000
        if listed and not cue:
            cue = last_cue  # "قرى X وY وZ": the cue word covers the whole list
        if n == 1 and not cue and not locative and not listed and _describes(doc, i, word):
            i += n
            continue  # "المفاوضات السلمية": a definite word right after a definite noun describes it
        if cue:
            strength = "cue"
        elif listed and not (common or foreign):
            strength = "prep"
        elif common or foreign:
            strength = ""
        elif not (common or foreign) and _opened_list(doc, i):
            strength = "prep"  # "مناطق ... من بينها X": the first place of a list a plural place word opens
        elif locative and (strong or info.max_population >= 1_000 or info.kinds & {"town", "district", "subdistrict"}):
            strength = "prep"
        elif locative and (_parent_follows(tokens, i + n) or _after_event_word(tokens, i)
                           or _after_venue(doc, i, bool(cut) and word[cut - 1] == "ب")) \
                and not _common_noun_phrase(tokens, i, key, n) and not _head_of_force(doc, i, key, n) \
                and not _amid_a_word(tokens, i, key, info):
            strength = "prep"  # "في كرش بمحافظة لحج", "سيطر التنظيم على حيط": a village in context
        elif strong and info.max_population >= 100_000 or info.kinds & {"country", "governorate"}:
            strength = "strong"
        elif n > 1 and info.kinds & _SITE_KINDS and not foreign and key.split()[0].removeprefix("ال") in _SITE_HEADS:
            strength = "strong"  # "المسجد الأقصى", "قاعدة حميميم": a site named with its kind
        else:
            strength = ""
        if not strength:
            i += 1
            continue
        name_start = tokens[i].start + cut
        name_end = tokens[i + n - 1].end
        ev_first = tokens[ev_tok]
        ev_start = name_start
        if ev_tok != i:
            # drop the proclitics of the cue word itself (بمدينة → مدينة)
            word = ev_first.text
            bare = next((w for w, _ in _variants(word) if w in PLACE_CUES or w in NEAR_CUES), word)
            ev_start = ev_first.start + len(word) - len(bare)
        if ev_tok > 0 and (tokens[ev_tok - 1].text in _OUTLET_NOUNS or _quoted_addressee(doc, ev_tok)):
            i += n
            continue  # وكالة "فارس", صحيفة "الرياض", قال لـ"الرياض": the name of a news outlet
        # "طريق حلب"، "عبر معبر X": a road named by where it leads; not "على طريق عام في مدينة
        # الموصل", where the place locates the road
        lead = tokens[max(0, ev_tok - 3) : ev_tok]
        route = any(t.text in _ROUTE_WORDS and t.sentence == sentence
                    and not any(u.text == "في" for u in lead[k + 1 :]) for k, t in enumerate(lead))
        before = tokens[ev_tok - 1].text if ev_tok > 0 else ""
        ahead = [t.text for t in tokens[i + n : i + n + 2]]
        if len(ahead) >= 2 and ahead[0] == "الي" and ahead[1] in _SIDE_NOUNS \
                and "،" in doc.norm[tokens[i + n - 1].end : tokens[i + n].start]:
            # "من محافظة مأرب، إلى الشرق من صنعاء": where the place lies, not where a road goes
            # (without the comma, "صاروخ أطلق من غزة إلى الشمال من موقع": the way it flew)
            ahead = []
        back = [t.text for t in tokens[max(0, ev_tok - 4) : ev_tok - 1]]
        # "من طهران إلى دمشق": the ends of a road or a journey, not where something happened
        # (a journey ends in one place: "امتدت من البصرة الى مدن العمارة والناصرية" names scenes)
        plural = ev_tok != i and any(w in _PLURAL_CUES for w, _ in _variants(tokens[ev_tok].text))
        route = route or (not plural and ((before == "من" and "الي" in ahead) or (before == "الي" and "من" in back)))
        # "قبل رحلة مقررة لبلدة كوباني"، "في طريقهم إلى عدن": where a journey goes
        toward = before in _TOWARD_WORDS or tokens[ev_tok].text[:1] == "ل" and (ev_tok != i or cut > 0)
        route = route or (toward and any(t.text in _JOURNEY_WORDS for t in tokens[max(0, ev_tok - 4) : ev_tok]
                                         if t.sentence == sentence)) or _set_out_from(doc, ev_tok)
        # (a cue word's homograph, "وأدى", is no cue word at all: see _cue_before)
        named = cue in _NAMING_CUES and ev_tok == i - 1 and not near and _names_a_place(tokens[ev_tok].text, tokens[i].text[cut:])
        if listed and ev_tok == i and hits[-1].value.named and cue == last_cue \
                and not doc.norm[hits[-1].end : tokens[i].start].strip():
            named = True  # "منطقتي السدة وحزم": the cue word names every place of its list (no comma between)
        capital = "country" in info.kinds and (
            (ev_tok == i - 1 and any(w in COUNTRY_CITY_CUES for w, _ in _variants(tokens[ev_tok].text)))
            or (bool(ahead) and ahead[0] in COUNTRY_CITY_AFTER and tokens[i + n].sentence == sentence))
        # (not "في شارع بألمانيا", a street in Germany)
        street = "country" in info.kinds and i > ev_tok and not cut and _one_street(tokens[i - 1].text)
        # "بشارع أسيوط في العريش": a town's name after the word of one street, where no quarter of that
        # name is known, names the street (see scene.places_for)
        street = street or (i > 0 and not cut and tokens[i - 1].sentence == sentence and not info.kinds & _STREET_KINDS
                            and _street_word(tokens[i - 1].text))
        hit = PlaceHit(key, name_start, name_end, ev_start, cue, near, strength, info, route=route, named=named,
                       counterpart=before in _COUNTERPART_WORDS and not (back and back[-1] in _BORDER_WORDS),
                       capital=capital, by_adjective=by_adjective, street=street)
        hits.append(Mention("place", name_start, name_end, sentence, hit, i, i + n))
        last_end, last_cue = i + n, cue
        i += n
    linked = frame_parents(doc, governorate_parents(doc, example_parents(doc, link_parents(doc, hits))))
    linked = between_references(doc, [distance_reference(doc, m) for m in linked])
    linked = [in_a_body_name(doc, m) for m in linked]
    linked = [capital_as_state(doc, m) for m in linked]
    refs = [ref for i in anaphors if (ref := anaphor(doc, i, [m for m in linked if m.tok_end <= i])) is not None]
    if refs:
        # "قرى X وY القريبة من المدينة", "حي X في البلدة": an anaphor is a parent as a name is
        linked = link_parents(doc, sorted(linked + refs, key=lambda m: m.start))
    linked += nationality_places(doc, key_info, linked)
    for mention in sorted(linked, key=lambda m: m.start):
        doc.add(mention)


_text_of = attrgetter("text")
_mark_of = itemgetter(3)


def _blocked(doc: Document) -> tuple[list[bool], list[int]]:
    """Whether each token belongs to an actor or source name or the dateline, and for each token (and the end)
    the first such token at or after it (the number of tokens where none follows)."""
    n_tokens = len(doc.tokens)
    blocked = [False] * n_tokens
    for kind in ("actor", "source"):
        for m in doc.of(kind):
            for t in range(m.tok_start, min(m.tok_end, n_tokens)):
                blocked[t] = True
    end = dateline_end(doc.norm)
    for t in range(min(doc.token_at(end), n_tokens) if end else 0):
        blocked[t] = True  # the dateline names where the report was written
    tokens = doc.tokens
    for t in range(n_tokens - 1):
        if tokens[t].text in GIVEN_NAMES and tokens[t + 1].sentence == tokens[t].sentence:
            # "الصحفي محمد سالم": the father's name after a given name ("محمد بن سالم" too)
            blocked[t + 1] = True
            if tokens[t + 1].text in NAME_LINKS and t + 2 < n_tokens:
                blocked[t + 2] = True
    for t in body_tokens(doc):
        blocked[t] = True  # "ومقره بريطانيا": a body's seat
    for t in range(n_tokens - 2):
        if tokens[t].text in _INSTITUTION_HEADS:
            # "مركز سعيد المسحال الثقافي": an institution named after a person
            for k in range(t + 2, min(t + 2 + _INSTITUTION_REACH, n_tokens)):
                if tokens[k].sentence != tokens[t].sentence or any(c in doc.norm[tokens[k - 1].end : tokens[k].start]
                                                                    for c in CLAUSE_MARKS):
                    break
                if tokens[k].text in _INSTITUTION_ADJECTIVES:
                    for j in range(t + 1, k):
                        blocked[j] = True
                    break
    # built run by run up to each blocked token, as blocked tokens are few
    next_blocked: list[int] = []
    for t in compress(range(n_tokens), blocked):
        next_blocked += [t] * (t + 1 - len(next_blocked))
    next_blocked += [n_tokens] * (n_tokens + 1 - len(next_blocked))
    return blocked, next_blocked


def _entries(starts: Starts, texts: list[str]) -> list[WordEntry]:
    """The memo entry of every word; most words of an article are in the memo already, so the
    others are found with the list's own search for the gaps rather than word by word."""
    found: list[WordEntry | None] = list(map(starts.memo.get, texts))
    entry = starts.entry
    k = 0
    try:
        while True:
            k = found.index(None, k)  # the next gap, from the last one on
            found[k] = entry(texts[k])
    except ValueError:  # no gap left
        return cast(list[WordEntry], found)


def _todo(index: list[WordEntry], texts: list[str], prefixes: frozenset[str]) -> list[int]:
    """The tokens ``run`` must look at, in order: those that can begin a name or are anaphors,
    those right after a cue word, and those right before a parent ("في لافايت بولاية لويزيانا"، "في
    لافايت في ولاية لويزيانا").
    (Any other token begins no name and is no anaphor: there ``run`` finds nothing.)"""
    marks = list(map(_mark_of, index))
    todo: list[int] = []  # in order, as k grows
    around: list[int] = []  # the tokens next to a cue word or a parent (few)
    last = len(index) - 1
    for k in compress(range(len(marks)), marks):
        mark = marks[k]
        if mark & _SELF:
            todo.append(k)
        elif mark & _EXTEND and k < last:
            after = " " + texts[k + 1]
            for form, _ in index[k][0]:
                if form + after in prefixes:
                    todo.append(k)
                    break
        if mark & _NEXT and k < last:
            around.append(k + 1)
            if texts[k + 1] in SAME_WORDS:
                todo.append(k)  # "في المنطقة نفسها": the cue word points back
        if mark & _PREV and k > 0:
            around.append(k - 1)
        elif mark & _NEXT and k > 1 and texts[k - 1] == "في" and texts[k] in _ADMIN_PARENTS_AFTER_IN:
            around.append(k - 2)  # "في لافايت في ولاية لويزيانا"
    return sorted({*todo, *around}) if around else todo


_COUNTRY_ONLY = frozenset({"country"})
_SITE_KINDS = frozenset({
    "site", "neighbourhood", "base", "airport", "camp", "crossing", "prison", "dam", "oilfield", "mountain",
})


_QUOTES = frozenset('"«»“”\'')


def _quoted_addressee(doc: Document, j: int) -> bool:
    """"قالت مصادر لـ«الرياض»", "ذكرت مصادر «الرياض»": a quoted name right after a bare ل or a
    word for sources is whom a source spoke to or worked for (a newspaper, a channel), not a
    place where anything happened."""
    before = doc.tokens[j - 1]
    return before.text in ADDRESSEE_HEADS and any(ch in _QUOTES for ch in doc.norm[before.end : doc.tokens[j].start])




def _set_out_from(doc: Document, first: int) -> bool:
    """"مقاتلات أقلعت من قاعدة في ديار بكر"، "طائرات انطلقت من قاعدة حميميم": a place a few words
    after a verb of setting out and its "من", in one clause with no event word between, is where a
    side came from, not where it struck (``first``: the place's first token, its cue word's). A
    crowd sets out from a place of its protest: not in a sentence that tells one."""
    tokens = doc.tokens
    sentence = tokens[first].sentence
    triggers = [t for t in doc.of("trigger") if t.sentence == sentence]
    if any(EVENT_TYPE.get(t.value.sub) in CROWD_TYPES for t in triggers):
        return False
    starts = {t.tok_start for t in triggers}
    for j in range(first - 1, max(0, first - 1 - _DEPARTURE_REACH), -1):
        if tokens[j].sentence != sentence or j in starts \
                or any(c in CLAUSE_MARKS for c in doc.norm[tokens[j].end : tokens[j + 1].start]):
            return False  # an event word between: "انطلقت من X وقصفت مواقع في Y" puts the strike in Y
        if tokens[j].text == "من" and j > 0 and tokens[j - 1].sentence == sentence \
                and tokens[j - 1].text.removeprefix("و") in _DEPARTURE_VERBS:
            return True
    return False


def _after_venue(doc: Document, i: int, joined: bool) -> bool:
    """The name follows "في" (or a joined ب) a few words after a building's noun, in one clause:
    "في سوق مكتظ في ضحيان", "داخل مسجد بقرية": it says where the building stands."""
    tokens = doc.tokens
    prep = i if joined else i - 1
    if not joined and (prep < 0 or tokens[prep].text not in _VENUE_LOCATIVES):
        return False
    for j in range(prep - 1, max(-1, prep - 1 - _VENUE_REACH), -1):
        if tokens[j].sentence != tokens[i].sentence or any(c in doc.norm[tokens[j].end : tokens[j + 1].start] for c in CLAUSE_MARKS):
            return False
        if any(w in _VENUES for w, _ in _variants(tokens[j].text)):  # (the word itself is among its forms)
            return True
    return False


def _parent_follows(tokens: list[Token], j: int) -> bool:
    """A parent follows the name: "X بمحافظة Y", "X بريف Y", "X شرق Y"."""
    return j < len(tokens) and tokens[j].text in _PARENT_HEADS


def _common_noun_phrase(tokens: list[Token], i: int, key: str, n: int) -> bool:
    """The words read as a village's name are an ordinary noun phrase: an indefinite noun with
    the indefinite adjective it agrees with ("جسرين استراتيجيين"، "مباني سكنية"; a place's name
    is definite and takes "ال"), or a superlative before the noun it ranks ("أكبر القواعد"،
    "أهم المواقع": أفعل, then a definite noun). ``key`` is the name as read, without its clitics."""
    if n != 1:
        return False
    word = key
    nxt = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].sentence == tokens[i].sentence else None
    if nxt is None or word.startswith("ال"):
        return False
    adjective = nxt.text
    if not adjective.startswith(("ال", "ب", "ل", "و")) and len(adjective) >= 5 and adjective.endswith(NISBA_ENDINGS) \
            and adjective not in DIRECTIONS and adjective not in PLACE_CUES:
        return True  # (not "X شمالي Y", a direction, nor "X بمديرية Y", its parent)
    return len(word) == 4 and word[0] == "ا" and nxt.text.startswith("ال") and len(nxt.text) >= 5


def _amid_a_word(tokens: list[Token], i: int, key: str, info: KeyInfo) -> bool:
    """"وسط تكتم على هوياتهم"، "بين الأشجار": after "amid" or "between", a word of the dictionary that
    only hamlets of no recorded population bear is that word, not a place."""
    if i == 0 or tokens[i - 1].sentence != tokens[i].sentence or info.max_population > 0:
        return False
    before = tokens[i - 1].text
    return (before in _AMID_WORDS or (before[:1] == "و" and before[1:] in _AMID_WORDS)) and _in_dictionary(key)


def _head_of_force(doc: Document, i: int, key: str, n: int) -> bool:
    """"مواجهات بين وحدات الجيش"، "على عناصر التنظيم": an indefinite word of the dictionary right
    before the name of a force is the head noun of that force's phrase (its units, its men), not a
    village's name."""
    if n != 1 or key.startswith("ال") or not _in_dictionary(key):
        return False
    return any(m.tok_start == i + 1 and m.sentence == doc.tokens[i].sentence for m in doc.of("actor"))


def _after_event_word(tokens: list[Token], i: int) -> bool:
    """The name follows an event word and a preposition: "سيطر على X", "غارات على X"."""
    return any(lookup_trigger(t.text) for t in tokens[max(0, i - 3) : i - 1] if t.sentence == tokens[i].sentence)




UNKNOWN = KeyInfo(0, frozenset(), frozenset(), 0)
# the places inside a town that may bear a country's name ("شارع فلسطين"، "مخيم فلسطين")
_STREET_KINDS = frozenset({"neighbourhood", "camp"})
# cue words after which an unknown word is still taken as a place name
_NAMING_CUES = frozenset({"village", "town", "city", "neighbourhood", "district", "subdistrict", "camp", "crossing", "region", "mountain"})


def _names_a_place(cue_token: str, word: str, listing: bool = False) -> bool:
    """Whether the word after a cue word ("قرية X") can be a place's name rather than an
    adjective or an ordinary word ("منطقة نفطية", "مركز تدريب", "منطقة تسمى"). ``listing``:
    a list of names follows ("قرى سهرة والحيمة"), where a plural cue names places."""
    cue_word = next((w for w, _ in _variants(cue_token) if w in PLACE_CUES), cue_token)
    if cue_word.startswith("ال") or (cue_word in _PLURAL_CUES and not word.startswith("ال") and not listing):
        return False  # "المنطقة الحدودية", "بلدات موالية": a definite or plural cue takes an adjective
    if cue_word in _WEAK_NAMING_CUES:
        return False  # "مركز تدريب", "قضاء العطلة", "شارع تجاري": ordinary words much more often than names
    return _plain_name(word, feminine=cue_word.endswith("ه") and cue_word not in _PLURAL_CUES)


def _plain_name(word: str, feminine: bool = False) -> bool:
    """Whether a word can be a place's name at all: not an adjective's shape, not an ordinary
    or event word, not a cue word. After a feminine noun (مدينة، بلدة، قرية) an adjective takes
    the feminine ending: a word in a bare ي there is a name ("بلدة جرابولي", "مدينة سيفاري")."""
    if not word.startswith("ال") and len(word) >= 4 and (
            word.endswith("يه") or word.endswith("ي") and not feminine and simplemma.is_known(word, lang="ar")):
        # "منطقة نفطية", "حي شعبي": an adjective, not a name; a word in ي that is no Arabic word
        # is a foreign name ("إقليم إيتوري"، "ولاية تيغراي")
        return False
    if word in _NOT_NAME_WORDS or (word.startswith("و") and word[1:] in _NOT_NAME_WORDS):
        return False  # "منطقة تسمى", "منطقة يسيطر عليها"
    if len(word) >= 5 and word.startswith(_FUTURE_VERB_STARTS):
        return False  # "أي منطقة فسيتم الرد عليها": a verb in the future
    if any(word.endswith(p) and word[: -len(p)] in _NOT_NAMES for p in _PRONOUN_SUFFIXES):
        return False  # "شرقي مدينة درنة وغربها": a direction or a common noun with its pronoun
    if any(word.endswith(p) and len(word) - len(p) >= _OWNED_WORD_MIN for p in _PRONOUN_SUFFIXES):
        return False  # "تطهير مدينة التحيتا وتمشيطها"، "مناطق وجودها": a word with its pronoun
    if _common_plural(word):
        return False  # "ساحة الانتخابات", "منطقة العمليات": the plural of a noun of the language
    return not (
        len(word) < 3 or not word.isalpha() or word in COMMON_WORDS or word in not_names() or word in PLACE_CUES
        or bool(lookup_trigger(word)) or word.startswith(("لل", "بال", "وال"))
    )


def _common_plural(word: str) -> bool:
    """A definite plural in ات whose singular the dictionary knows ("الانتخابات" of انتخاب,
    "العمليات" of عملية): an ordinary noun; names in ات are words no dictionary holds
    ("العزيزيات")."""
    if not (word.startswith("ال") and word.endswith("ات") and len(word) >= PLURAL_NOUN_MIN):
        return False
    return simplemma.is_known(word, lang="ar") and simplemma.lemmatize(word, lang="ar") != word


_LISTED_KINDS = frozenset({"city", "town"})
_TOWN_KINDS = frozenset({"governorate", "city", "town", "district"})


def _front_with_parent(tokens: list[Token], i: int, word: str, key_info: Callable[[str], KeyInfo | None]) -> bool:
    """"جبهة علب بصعدة", "جبهة قانية بمحافظة البيضاء": the word after a front is a place name
    when the governorate or town it lies in follows at once."""
    if i == 0 or tokens[i - 1].text.lstrip("وفب") not in _FRONTS or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    if nxt.sentence != tokens[i].sentence:
        return False
    info = key_info(nxt.text[1:]) if nxt.text.startswith("ب") and len(nxt.text) > 3 else None
    parent = nxt.text in _ADMIN_PARENTS or (info is not None and bool(info.kinds & _TOWN_KINDS))
    return (parent and len(word) >= 3 and word.isalpha() and word not in not_names() and word not in _FRONT_NOT_NAMES
            and not lookup_trigger(word))


_CLAUSE_BREAK = re.compile(f"[{re.escape(CLAUSE_MARKS)}]")
# how far after a province's unknown name its country's name may come, past words of its side
# ("ولاية X شمال شرقي نيجيريا")
_COUNTRY_AFTER_PROVINCE = 4


HYPHENED_PARTS = 5  # words of one hyphened name at most
_HYPHENS = frozenset({"-", "–"})


def _unknown_name(doc: Document, i: int, blocked_from: int, key_info: Callable[[str], KeyInfo | None]) -> Mention | None:
    """A name the gazetteer lacks, right after a cue word that says it is a village, town,
    neighbourhood, area or camp ("قرية السيال", "منطقة الشيفونية", "حي الدويلعة"): kept as a
    place without coordinates (geocoding then uses its parent, if one is named)."""
    tokens = doc.tokens
    cue, near, ev_tok, _locative = _cue_before(doc, i)
    word = tokens[i].text.strip("«»\"'")
    if ev_tok == i - 1 and word.startswith("و") and any(w in _PLURAL_CUES for w, _ in _variants(tokens[ev_tok].text)):
        # "مناطق وطرق شرق الرمادي": a noun joined to the plural cue word, no name of it (after a
        # singular one, a foreign name: "حي وزنجيلر")
        return None
    if ev_tok == i - 1 and not near and _front_with_parent(tokens, i, word, key_info):
        cue = "district"  # "جبهة علب بصعدة", "محور الكود بأبين": a front named by its place, in its governorate
    elif (cue not in _NAMING_CUES and not _landform(tokens[ev_tok].text)
          and not (cue == "governorate" and (_country_follows(doc, i) or _province_of_named_country(doc, i, ev_tok)))) \
            or ev_tok != i - 1 or (near and cue not in _NAMING_CUES):
        # ("قرب بلدة X": the cue word names the town the event was near; "قرب X" alone names nothing)
        return None
    if _CLAUSE_BREAK.search(doc.norm[tokens[ev_tok].end : tokens[i].start]):
        return None  # "وداهموا 25 قرية، واستحدثوا": a comma ends the cue's phrase; no name follows it
    if any(w in _PLURAL_CUES for w, _ in _variants(tokens[ev_tok].text)) and not word.startswith("ال") \
            and simplemma.is_known(word, lang="ar"):
        return None  # "مناطق تجمع ووحدات تكتيكية": after a plural cue, a bare noun of the language says what they are
    elif word in _FOREIGN_HEADS and i + 1 < len(tokens) and tokens[i + 1].sentence == tokens[i].sentence \
            and _plain_name(tokens[i + 1].text):
        pass  # "مدينة سان بطرسبرغ", "مدينة لوس أنجلوس": a foreign name's first word
    elif not _names_a_place(tokens[ev_tok].text, word,
                            listing=_list_follows(doc, i) or (_parent_next(doc, i) and not _feminine_adjective(word))):
        # a parent after a plural cue ("قرى X في محافظة Y") makes X a name, unless X is the
        # feminine adjective a plural noun takes ("مناطق حساسة في منطقة بنزرت")
        return None
    end = i + 1
    if word in _FOREIGN_HEADS:
        end += 1
    if word in _COMPOUND_HEADS and end < len(tokens) and tokens[end].sentence == tokens[i].sentence:
        end += 1
    if end < len(tokens) and tokens[end].sentence == tokens[i].sentence and tokens[end].text in _NAME_TAILS:
        end += 1
    # "منطقة كاموني-زيلا"، "بلدة سان-مارتان-دو-بوا": a foreign name written with hyphens is one name
    while end < len(tokens) and end - i < HYPHENED_PARTS and tokens[end].sentence == tokens[i].sentence \
            and doc.norm[tokens[end - 1].end : tokens[end].start] in _HYPHENS:
        end += 1
    if blocked_from < end:
        return None
    cue_tok = tokens[ev_tok]
    bare = next((w for w, _ in _variants(cue_tok.text) if w in PLACE_CUES), cue_tok.text)
    ev_start = cue_tok.start + len(cue_tok.text) - len(bare)
    key = " ".join(t.text for t in tokens[i:end])
    hit = PlaceHit(key, tokens[i].start, tokens[end - 1].end, ev_start, cue, near, "cue", UNKNOWN, named=True)
    return Mention("place", tokens[i].start, tokens[end - 1].end, tokens[i].sentence, hit, i, end)


def _country_follows(doc: Document, i: int) -> bool:
    """A country named right after the word at i: by its nationality adjective ("ولاية كونار
    الأفغانية") or its name a few words on ("إقليم ننغرهار شرقي أفغانستان"). A province the
    gazetteer lacks is named so in the news of a country whose provinces it does not hold;
    without the country, "ولاية" is as often a term of office ("ولاية ترامب")."""
    tokens = doc.tokens
    adjectives = tables().adjectives
    countries = {m.tok_start for m in doc.of("country")}
    for j in range(i + 1, min(len(tokens), i + 1 + _COUNTRY_AFTER_PROVINCE)):
        if tokens[j].sentence != tokens[i].sentence or _CLAUSE_BREAK.search(doc.norm[tokens[j - 1].end : tokens[j].start]):
            return False
        if j in countries or (j == i + 1 and tokens[j].text in adjectives):
            return True
        if tokens[j].text not in DIRECTIONS:
            return False  # only the side of the country may stand between ("ولاية X شمال شرقي نيجيريا")
    return False


def _province_of_named_country(doc: Document, i: int, cue_tok: int) -> bool:
    """"في ولاية X" in a sentence that names the country by its name or its adjective ("قتل ستة
    من رجال الشرطة المكسيكية ... في ولاية ميتشواكان"): a province the gazetteer lacks. The
    preposition before the province word makes it a place, not a term of office ("ولاية ترامب")."""
    tokens = doc.tokens
    cue_word = tokens[cue_tok].text
    before = tokens[cue_tok - 1].text if cue_tok > 0 and tokens[cue_tok - 1].sentence == tokens[i].sentence else ""
    if not (before in LOCATIVES or cue_word[:1] == "ب" and cue_word[1:] in PLACE_CUES):
        return False
    sentence = tokens[i].sentence
    if any(m.sentence == sentence for m in doc.of("country")):
        return True
    adjectives = tables().adjectives
    lo, hi = doc.token_at(doc.sentences[sentence].start), doc.token_at(doc.sentences[sentence].end)
    return any(tokens[j].text in adjectives for j in range(lo, hi))


@lru_cache(maxsize=65536)
def _verb_with_proclitic(word: str, first: str) -> bool:
    """A name read by cutting a ب, ل or ف off a word that is a word of the dictionary as it stands
    ("باتوا" they became; "اتوا" is Ottawa's Arabic name and a verb too; "حي فقير" a poor
    quarter, not قير; "بواسطة" by means of, not the village واسطة): both are ordinary words, so the
    letter is the word's own, no clitic. The folded words are read with their feminine ة."""
    wholes = (word, word[1:]) if word[:1] in ("و", "ف") else (word,)
    return any(len(whole) == len(first) + 1 and whole[:1] in ("ب", "ل", "ف") and whole.endswith(first)
               and _in_dictionary(whole) and _in_dictionary(first) for whole in wholes)


def _in_dictionary(folded: str) -> bool:
    """A folded word of the dictionary, read as written or with the feminine ة its ه stands for."""
    return simplemma.is_known(folded, lang="ar") or (folded.endswith("ه") and simplemma.is_known(folded[:-1] + "ة", lang="ar"))


HOME_CITY_POP = 100_000


def _home_city(info: KeyInfo | None, hints: set[str]) -> bool:
    """A big city or a governorate of a country the article is about ("بعدن" in news of Yemen is
    "in Aden", whatever else the dictionary reads in it)."""
    return info is not None and bool(info.countries & hints) and (
        info.max_population >= HOME_CITY_POP or bool(info.kinds & {"governorate", "country"}))


def _feminine_adjective(word: str) -> bool:
    """A word of the dictionary in the feminine ending ("حساسة"، "متعددة"), as an adjective after
    a plural noun is; a village's name ("سيعة") is no such word."""
    return word.endswith("ه") and simplemma.is_known(word[:-1] + "ة", lang="ar")


def _landform(word: str) -> bool:
    """A landform or site word whose unknown name after it is a place ("نقيل X"، "وادي X")."""
    return any(w in LANDFORM_HEADS for w, _ in _variants(word))


def _owned_noun(word: str) -> bool:
    """A noun of the language with "his" after it ("منزله"، "شقته": شقة + ه)."""
    return word.endswith("ه") and len(word) > 3 and (
        simplemma.is_known(word[:-1], lang="ar") or word.endswith("ته") and simplemma.is_known(word[:-2] + "ة", lang="ar"))


def _in_province_next(doc: Document, i: int) -> bool:
    """"... في ولاية لويزيانا" right after token i: the province it lies in, after "في"."""
    tokens = doc.tokens
    return i + 2 < len(tokens) and tokens[i + 2].sentence == tokens[i].sentence and tokens[i + 1].text == "في" \
        and tokens[i + 2].text in _ADMIN_PARENTS_AFTER_IN and not _punctuated(doc, i)


def _unknown_in_parent(doc: Document, i: int) -> Mention | None:
    """"في لافايت بولاية لويزيانا", "في لافايت في ولاية لويزيانا", "بأحنيف بولاية البويرة": a name
    the gazetteer lacks, after a locative and right before the province or governorate it lies
    in, is a place of that parent."""
    tokens = doc.tokens
    tok = tokens[i]
    if i + 1 >= len(tokens) or tokens[i + 1].sentence != tok.sentence:
        return None
    if i > 0 and tokens[i - 1].sentence == tok.sentence and tokens[i - 1].text == "في":
        cut = 0
    elif tok.text.startswith("ب") and len(tok.text) > 4 and not _in_province_next(doc, i):
        cut = 1  # "بأحنيف بولاية البويرة" (before "في ولاية", ب is too often a word's own: "بلدتين"، "بالرصاص")
    else:
        return None
    word = tok.text[cut:]
    if not _plain_name(word) or word.startswith("ال") and len(word) < 5:
        return None
    if _in_province_next(doc, i) and (simplemma.is_known(word, lang="ar") or _owned_noun(word)):
        return None  # "في الطريق في محافظة"، "في شقته في ولاية": a word of the language, not a foreign name
    hit = PlaceHit(word, tok.start + cut, tok.end, tok.start + cut, "town", False, "prep", UNKNOWN, named=True)
    return Mention("place", tok.start + cut, tok.end, tok.sentence, hit, i, i + 1)


_PUNCTUATION = frozenset("،,.؛;:»«\"'()[]-–—!?؟")


def _opened_list(doc: Document, i: int) -> bool:
    """Whether token i begins the list that a plural place word opens a few words before it
    ("في عدة مناطق بمحافظة لحج من بينها X", "قرى منها X")."""
    tokens = doc.tokens
    sentence = tokens[i].sentence
    if i < 2 or tokens[i - 1].sentence != sentence or tokens[i - 1].text not in _LIST_OPENERS:
        return False
    for j in range(i - 2, max(-1, i - 2 - _LIST_OPENER_REACH), -1):
        if tokens[j].sentence != sentence:
            return False
        if any(w in _PLURAL_CUES for w, _ in _variants(tokens[j].text)):  # the word itself is among its forms
            return True
    return False


def _punctuated(doc: Document, i: int) -> bool:
    """Punctuation stands between token i and the next."""
    return any(c in _PUNCTUATION for c in doc.norm[doc.tokens[i].end : doc.tokens[i + 1].start])


def _item_ends(doc: Document, i: int, plural: bool = False) -> bool:
    """The list item at token i ends there: punctuation or the sentence's end follows, another
    item ("وY"), or the place the list lies in ("بمحافظة Y"; in a list a plural cue word opens,
    "في مدينة Y" too)."""
    tokens = doc.tokens
    if i + 1 >= len(tokens) or tokens[i + 1].sentence != tokens[i].sentence:
        return True
    if _punctuated(doc, i):
        return True
    nxt = tokens[i + 1].text
    return _list_item(nxt) or nxt in _PARENT_HEADS or nxt in _LIST_ENDS \
        or (plural and nxt in _LIST_PARENT_OPENERS)


def _parent_next(doc: Document, i: int) -> bool:
    """"قرى سيعة في مديرية صبر": the place a name lies in follows it at once, named by its
    cue word, so the plural cue before the name names places."""
    tokens = doc.tokens
    if i + 2 >= len(tokens) or tokens[i + 2].sentence != tokens[i].sentence or _punctuated(doc, i):
        return False
    nxt = tokens[i + 1].text
    return nxt in _PARENT_HEADS or (nxt in _LIST_PARENT_OPENERS and any(w in PLACE_CUES for w, _ in _variants(tokens[i + 2].text)))


def _list_follows(doc: Document, i: int) -> bool:
    """A list of names goes on after token i ("سهرة والحيمة"، "الحصن، وذي ناعم"): the next word is
    a list item, with nothing or a list's comma between."""
    tokens = doc.tokens
    return (i + 1 < len(tokens) and tokens[i + 1].sentence == tokens[i].sentence and _list_item(tokens[i + 1].text)
            and doc.norm[tokens[i].end : tokens[i + 1].start].strip() in ("", "،", ","))


def _plural_list(doc: Document, last: Mention) -> bool:
    """The list that ``last`` ends was opened by a plural cue word ("أحياء X وY", "قرى X وY"):
    more names are expected there than after "بلدة X"."""
    tokens = doc.tokens
    k = last.tok_start
    for _ in range(MAX_LIST_ITEMS):
        if k == 0 or tokens[k - 1].sentence != last.sentence:
            return False
        before = tokens[k - 1].text
        if any(w in _PLURAL_CUES for w, _ in _variants(before)):
            return True
        if not tokens[k].text.startswith("و"):
            return False
        k -= 1
    return False


MAX_LIST_ITEMS = 8


def _list_item(word: str) -> bool:
    """A word that may go on a list of places: "وY", "وذي مهنة" (a short head of a name)."""
    return word.startswith("و") and (len(word) > 3 or word[1:] in _COMPOUND_HEADS)


def _dual_second(doc: Document, i: int, last: Mention, blocked_from: int) -> bool:
    """"منطقتي الكوم وكتف الغدر": after the first name of a dual place word, "وX الY" up to where an
    item ends is the second name, of two words (X no event word, Y definite and no ordinary word)."""
    tokens = doc.tokens
    k = last.tok_start
    if k == 0 or tokens[k - 1].sentence != last.sentence or tokens[k - 1].text not in _DUAL_CUES:
        return False
    end = i + 1
    if blocked_from <= end or end >= len(tokens) or tokens[end].sentence != tokens[i].sentence or _punctuated(doc, i):
        return False
    head, tail = tokens[i].text[1:], tokens[end].text
    return (len(head) >= 2 and head.isalpha() and not head.startswith("ال") and not lookup_trigger(tokens[i].text)
            and tail.startswith("ال") and _plain_name(tail) and _item_ends(doc, end))


def _listed_name(doc: Document, i: int, last: Mention | None, blocked_from: int) -> Mention | None:
    """"قرى سهرة والحيمة والتعزية": a name the gazetteer lacks, listed after a named village,
    town or area of the same sentence, is one more place of the list (when the item ends where
    a list item does, so that "وقتل ثلاثة" is no village)."""
    tokens = doc.tokens
    if last is None or last.value.near or blocked_from <= i:
        return None
    if last.value.cue not in _NAMING_CUES and not (last.value.strength and last.value.info.kinds & _LISTED_KINDS) \
            and not _opened_list(doc, doc.token_at(last.value.ev_start)):
        # "في مدريد وبرشلونة وفالينثيا": a list of known towns goes on through an unknown one;
        # "أحياء عدة في المدينة، مثل X وY": so does a list that a plural place word opens
        return None
    if last.sentence != tokens[i].sentence or last.tok_end != i:
        return None
    word = tokens[i].text[1:]
    end = i + 1
    if word in _COMPOUND_HEADS or word in _FOREIGN_HEADS:
        # "ومديرا وبيت سوى وعربين": an item of two words, the first only a name's head
        tail = tokens[end].text if end < len(tokens) and tokens[end].sentence == tokens[i].sentence else ""
        if blocked_from <= end or not tail.isalpha() or tail.startswith("و") or tail in PLACE_CUES or lookup_trigger(tail):
            return None
        end += 1
    elif _dual_second(doc, i, last, blocked_from):
        end += 1  # "منطقتي الكوم وكتف الغدر": the second of two names, of two words
    elif not _plain_name(word) or lookup_trigger(tokens[i].text):
        return None
    if not _item_ends(doc, end - 1, _plural_list(doc, last)):
        return None
    if last.value.cue not in _NAMING_CUES and word.startswith("ال"):
        return None  # "القدس والمقدسات": with no cue word, a definite noun is an ordinary word
    key = " ".join([word, *(t.text for t in tokens[i + 1 : end])])
    hit = PlaceHit(key, tokens[i].start + 1, tokens[end - 1].end, tokens[i].start + 1, last.value.cue, False, "cue", UNKNOWN,
                   named=True)
    return Mention("place", tokens[i].start + 1, tokens[end - 1].end, tokens[i].sentence, hit, i, end)
