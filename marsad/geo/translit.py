"""Consonant skeletons that let an Arabic key meet a place known only by its Latin name.

``Al `Anad`` and ``العند`` both become ``~nd``: the article, vowels, long-vowel letters and
ayn/hamza are dropped, and letters that transliterations confuse share one class.
"""

from __future__ import annotations

import re
import unicodedata
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


@lru_cache(maxsize=100_000)
def arabic_skeleton(key: str) -> str:
    """The skeleton of a folded Arabic key (``marsad.text.name_key``)."""
    parts = []
    for word in key.split():
        if word.startswith("ال") and len(word) > 3:
            word = word[2:]
        parts.append("".join(_AR.get(ch, "") for ch in word))
    return _finish(parts)


def latin_skeleton(name: str) -> str:
    """The skeleton of a Latin-script name (``Al Qusayr`` -> ``ksr``)."""
    text = unicodedata.normalize("NFKD", name.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    if not text.isascii():
        return ""
    parts = []
    for word in re.split(r"[\s\-]+", text):
        word = re.sub(r"[^a-z]", "", word)
        if not word or _ARTICLE_LATIN.match(word):
            continue
        for di, rep in _LATIN_DIGRAPHS:
            word = word.replace(di, rep.upper())
        word = "".join(_LATIN.get(ch, ch) for ch in word if ch not in "aeiouwy")
        parts.append(word.lower())
    return _finish(parts)
