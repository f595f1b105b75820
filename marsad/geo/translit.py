"""Consonant skeletons that let an Arabic key meet a place known only by its Latin name.

``Al `Anad`` and ``العند`` both become ``~nd``: the article, vowels, long-vowel letters and
ayn/hamza are dropped, and letters that transliterations confuse share one class.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache

PREFIX = "~"

_AR = {
    "ب": "b", "ت": "t", "ث": "t", "ج": "j", "ح": "h", "خ": "x", "د": "d", "ذ": "z", "ر": "r", "ز": "z",
    "س": "s", "ش": "c", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "g", "ف": "f", "ق": "k", "ك": "k",
    "ل": "l", "م": "m", "ن": "n", "ه": "h", "ة": "h", "پ": "b", "چ": "c", "ژ": "z", "گ": "k", "ڤ": "f",
}
_LATIN_DIGRAPHS = (("sh", "c"), ("kh", "x"), ("gh", "g"), ("th", "t"), ("dh", "z"), ("ch", "c"))
_LATIN = {"q": "k", "c": "k", "g": "j", "p": "b", "v": "f", "x": "ks"}
_ARTICLE_LATIN = re.compile(r"^(?:a|e)(?:l|t|th|d|dh|r|z|s|sh|n)$")


def _finish(parts: list[str]) -> str:
    out = "".join(parts)
    out = re.sub(r"(.)\1+", r"\1", out)
    if out.endswith("h") and len(out) > 2:
        out = out[:-1]
    return out


def _arabic_letters(key: str, table: dict[str, str]) -> str:
    """The letters ``table`` keeps of each word of a folded key, without the article."""
    parts = []
    for word in key.split():
        if word.startswith("ال") and len(word) > 3:
            word = word[2:]
        # "تش" writes the foreign ch (سوروتش، تشالدران), as چ does
        parts.append("".join(table.get(ch, "") for ch in word.replace("تش", "چ")))
    return _finish(parts)


@lru_cache(maxsize=100_000)
def arabic_skeleton(key: str) -> str:
    """The skeleton of a folded Arabic key (``marsad.text.name_key``)."""
    return _arabic_letters(key, _AR)


_SPLIT = re.compile(r"[\s\-]+")
_NOT_LETTER = re.compile(r"[^a-z]")
_DROP_VOWELS = str.maketrans({**{v: None for v in "aeiouwy"}, **_LATIN})


@lru_cache(maxsize=200_000)
def latin_skeleton(name: str) -> str:
    """The skeleton of a Latin-script name (``Al Qusayr`` -> ``ksr``)."""
    text = name.lower()
    if not text.isascii():
        # Turkish ç and ş are ch and sh (Suruç, Şırnak), which Arabic writes تش and ش; ı is an i
        text = text.replace("ç", "ch").replace("ş", "sh").replace("ı", "i")
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
        if not text.isascii():
            return ""
    return _latin_letters(text, _DROP_VOWELS)


def _latin_letters(text: str, table: Mapping[int, int | str | None]) -> str:
    """The letters ``table`` keeps of each word of a lower-case Latin name, digraphs (sh, kh...)
    read as one letter, without the article."""
    parts = []
    for word in _SPLIT.split(text):
        word = _NOT_LETTER.sub("", word)
        if not word or _ARTICLE_LATIN.match(word):
            continue
        for di, rep in _LATIN_DIGRAPHS:
            if di in word:
                word = word.replace(di, rep.upper())
        parts.append(word.translate(table).lower())
    return _finish(parts)


# Turkish spelling: c is the j of Arabic ج (Cizre جزرة), ç is written ج as often as تش
# (Suruç سوروج), and ğ is the غ Arabic writes for it
_TURKISH = str.maketrans({"c": "j", "ç": "j", "ğ": "ĝ"})


@lru_cache(maxsize=50_000)
def latin_skeletons(name: str, country: str | None = None) -> tuple[str, ...]:
    """The skeletons a Latin name is found by: as an English spelling, and for a place in
    Turkey also as a Turkish one."""
    out = [latin_skeleton(name)]
    if country == "TR":
        turkish = latin_skeleton(name.lower().translate(_TURKISH).replace("ĝ", "gh"))
        if turkish not in out:
            out.append(turkish)
    return tuple(s for s in out if s)


# ---------------------------------------------------------------- finer comparison

# The skeleton drops the long vowels, so "الوهط" (Al Waht) meets Al Hawtah as well: for the
# candidates that share a skeleton, a form that keeps them (و as w, ي as y on the Arabic side; u
# and o as w, i and e as y on the Latin one; a, long or short, on neither) tells the closer spelling.
_AR_FORM = {**_AR, "و": "w", "ي": "y", "ى": "y", "إ": "y"}
_LATIN_FORM = str.maketrans({**_LATIN, "u": "w", "o": "w", "i": "y", "e": "y", "a": None})


@lru_cache(maxsize=100_000)
def arabic_form(key: str) -> str:
    """The letters of a folded Arabic key with its long vowels, without the article."""
    return _arabic_letters(key, _AR_FORM)


@lru_cache(maxsize=200_000)
def latin_form(name: str) -> str:
    """The letters of a Latin name as ``arabic_form`` writes an Arabic one."""
    text = "".join(ch for ch in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(ch))
    return _latin_letters(text, _LATIN_FORM)


def form_similarity(key: str, name: str) -> float:
    """How close an Arabic key and a Latin name of the same skeleton are, 0 to 1."""
    from rapidfuzz.fuzz import ratio

    a, b = arabic_form(key), latin_form(name)
    return ratio(a, b) / 100.0 if a and b else 0.0


# ---------------------------------------------------------------- English names

# A simplified ALA-LC romanization without diacritics, for places the gazetteers name only in
# Arabic: the article is "Al-" (not assimilated), ع is ' (A at the start of a word), ء is
# dropped, و and ي between
# consonants are read as the long vowels u and i, ة is a, and nothing else is guessed.
_ROMAN = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h",
    "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t",
    "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ک": "k", "ل": "l", "م": "m", "ن": "n",
    "ه": "h", "ة": "a", "ء": "", "ؤ": "", "ئ": "", "ى": "a", "پ": "p", "چ": "ch", "ژ": "zh", "گ": "g",
    "ڤ": "v", "ی": "y",
}
_ARABIC_LETTER = re.compile(r"[\u0600-\u06FF]")


def has_arabic(text: str) -> bool:
    return bool(_ARABIC_LETTER.search(text))


def _romanize_word(word: str) -> str:
    prefix = ""
    if word.startswith("ال") and len(word) > 3:
        prefix, word = "Al-", word[2:]
    out: list[str] = []
    for k, ch in enumerate(word):
        if ch in "وي":
            after_consonant = k > 0 and word[k - 1] not in "اويىءأإآ"
            last = k == len(word) - 1
            if after_consonant and (last or word[k + 1] not in "اويىة"):
                out.append("u" if ch == "و" else "i")
            else:
                out.append("w" if ch == "و" else "y")
            continue
        if ch == "ع":
            out.append("a" if k == 0 else "'")
            continue
        out.append(_ROMAN.get(ch, "" if _ARABIC_LETTER.match(ch) else ch))
    text = "".join(out)
    return prefix + text[:1].upper() + text[1:] if text else prefix.rstrip("-")


def romanize(name: str) -> str:
    """A Latin-script name for a name written in Arabic (``كفر نبل`` -> ``Kfr Nbl``,
    ``عين العرب`` -> ``Ain Al-Arb``): short vowels are not written in Arabic and are not guessed."""
    text = "".join(ch for ch in name if not ("\u064b" <= ch <= "\u0652" or ch in "\u0640\u0670"))
    words = [_romanize_word(w) for w in text.split()]
    return " ".join(w for w in words if w)
