"""Arabic character folding shared by the pipeline and the gazetteer.

``fold`` maps every character of a text to its matching form (possibly empty, possibly
longer for compatibility ligatures); ``fold_with_map`` also returns, for each character of
the folded text, the index of the raw character it came from, so that spans found in the
folded text become exact offsets into the raw text. ``name_key`` is the lookup key of a name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import TypeVar

_DROP = set(range(0x064B, 0x0660)) | {0x0670, 0x0640} | set(range(0x0610, 0x061B))
_DROP |= set(range(0x06D6, 0x06EE)) | set(range(0x200B, 0x2010)) | set(range(0x202A, 0x202F))
_DROP |= set(range(0x2066, 0x206A)) | {0xFEFF, 0x00AD, 0x061C}

_SIMPLE = {
    "إ": "ا", "أ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    "ی": "ي", "ک": "ك", "ۀ": "ه", "ە": "ه", "ھ": "ه", "،": "،", "\u00a0": " ", "\t": " ",
    "\u2028": "\n", "\u2029": "\n", "\r": "\n",
}
for _i in range(10):
    _SIMPLE[chr(0x0660 + _i)] = str(_i)
    _SIMPLE[chr(0x06F0 + _i)] = str(_i)


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    """The folded form of one character."""
    code = ord(ch)
    if code < 0x80:
        return ch.lower()
    if code in _DROP:
        return ""
    mapped = _SIMPLE.get(ch)
    if mapped is not None:
        return mapped
    if 0xFB50 <= code <= 0xFEFC or 0xFF00 <= code <= 0xFFEF or unicodedata.category(ch) == "Zs":
        norm = unicodedata.normalize("NFKC", ch)
        if norm != ch:
            return "".join(fold_char(c) for c in norm)
        if unicodedata.category(ch) == "Zs":
            return " "
    return ch.lower() if ch.isupper() else ch


def fold(text: str) -> str:
    return "".join(fold_char(c) for c in text)


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """Folded text plus, per folded character, the raw index it came from.

    The returned list has one extra final entry, ``len(text)``, so that an end offset
    equal to the folded length maps to the raw end.
    """
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        if ord(ch) < 0x80 and ch != "\t" and ch != "\r":
            out.append(ch.lower() if "A" <= ch <= "Z" else ch)
            index.append(i)
            continue
        folded = fold_char(ch)
        if not folded:
            continue
        out.append(folded)
        index.extend([i] * len(folded))
    index.append(len(text))
    return "".join(out), index


_NON_WORD = re.compile(r"[^\w]+")


@lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """The lookup key of a name: folded, punctuation to spaces, single spaces."""
    return " ".join(_NON_WORD.sub(" ", fold(name)).split())


V = TypeVar("V")


def fold_keys(table: dict[str, V]) -> dict[str, V]:
    """A lexicon table with folded keys (tables are written as readers write the words)."""
    return {fold(k): v for k, v in table.items()}


def fold_set(words: Iterable[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)
