"""Arabic character folding shared by the pipeline and the gazetteer.

``fold`` maps every character of a text to its matching form (possibly empty, possibly
longer for compatibility ligatures); ``fold_with_map`` also returns, for each character of
the folded text, the index of the raw character it came from, so that spans found in the
folded text become exact offsets into the raw text. ``name_key`` is the lookup key of a name.

The folding is one translation table: diacritics, tatweel, bidi and zero-width marks are
dropped; alef, ya, ta marbuta, hamza seats and Persian letters are unified; Eastern Arabic
and Persian digits become ASCII; presentation forms and full-width forms are decomposed;
upper case becomes lower case.
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
    "ی": "ي", "ک": "ك", "ۀ": "ه", "ە": "ه", "ھ": "ه", "\u00a0": " ", "\t": " ",
    "\u2028": "\n", "\u2029": "\n", "\r": "\n",
    "_": " ",  # hashtags join words with it: "#الشرطة_السويسرية", "#التحالف_العربي"
}
for _i in range(10):
    _SIMPLE[chr(0x0660 + _i)] = str(_i)
    _SIMPLE[chr(0x06F0 + _i)] = str(_i)


def _build_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {code: None for code in _DROP}
    for ch, folded in _SIMPLE.items():
        table[ord(ch)] = folded
    for code in range(0x41, 0x5B):
        table[code] = chr(code + 32)
    ranges = list(range(0x00C0, 0x0250)) + list(range(0xFB50, 0xFEFD)) + list(range(0xFF00, 0xFFF0))
    ranges += [0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A,
               0x202F, 0x205F, 0x3000]
    for code in ranges:
        ch = chr(code)
        if code in table:
            continue
        if unicodedata.category(ch) == "Zs":
            table[code] = " "
            continue
        norm = unicodedata.normalize("NFKC", ch) if code >= 0xFB50 else ch
        out = "".join(_SIMPLE.get(c, c) for c in norm if ord(c) not in _DROP).lower()
        if out != ch:
            table[code] = out
    return table


_TABLE = _build_table()


def fold_char(ch: str) -> str:
    """The folded form of one character."""
    folded = _TABLE.get(ord(ch), ch)
    return "" if folded is None else folded


def fold(text: str) -> str:
    return text.translate(_TABLE)


# every character the table changes, and what it becomes; no character it becomes is one it
# changes (``_idempotent``), so replacing them one after another is the one translation
_CHANGED = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_TABLE)) + "]")
_REPLACEMENT = {chr(c): folded or "" for c, folded in _TABLE.items()}


def _idempotent() -> bool:
    return all(ord(c) not in _TABLE for folded in _TABLE.values() if folded for c in folded)


assert _idempotent(), "a folded character would fold again"


def _fold_text(text: str) -> tuple[str, list[str]]:
    """``fold`` of an article, and those of its characters that shift offsets (folded to none or
    to several): each character the table changes, found by a regex, replaced throughout with
    ``str.replace`` (an article has a few such characters, and ``translate`` looks up every
    character of it)."""
    shifting: list[str] = []
    pos = 0
    while (m := _CHANGED.search(text, pos)) is not None:
        ch = m.group()
        pos = m.start()  # nothing before pos is a character the table changes
        folded = _REPLACEMENT[ch]
        if len(folded) != 1:
            shifting.append(ch)
        text = text.replace(ch, folded)
    return text, shifting


def offsets(text: str, needles: Iterable[str]) -> list[int]:
    """Every offset where one of ``needles`` (characters or words) stands in the text, in order
    (``str.find``: quicker than a regex for a few needles that occur a few times)."""
    out: list[int] = []
    for needle in needles:
        i = text.find(needle)
        while i >= 0:
            out.append(i)
            i = text.find(needle, i + 1)
    out.sort()
    return out


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """Folded text plus, per folded character, the raw index it came from.

    The returned list has one extra final entry, ``len(text)``, so that an end offset
    equal to the folded length maps to the raw end.
    """
    folded, shifting = _fold_text(text)
    index: list[int] = []
    pos = 0
    for start in offsets(text, shifting):
        index.extend(range(pos, start))
        index.extend([start] * len(_REPLACEMENT[text[start]]))
        pos = start + 1
    index.extend(range(pos, len(text) + 1))
    return folded, index


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
