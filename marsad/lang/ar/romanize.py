"""A plain romanization of Arabic place names, for exports that need Latin script (ACLED's ``location``).

Used only where no gazetteer gives an English name: consonants as the common (unaccented) ACLED
spellings write them, the article as ``Al-``, long vowels as a/i/u, ta marbuta as a.
"""

from __future__ import annotations

import re

_LETTERS = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h",
    "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t",
    "ظ": "z", "ع": "'", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h",
    "ة": "a", "و": "w", "ي": "y", "ى": "a", "ء": "'", "ؤ": "'", "ئ": "'", "پ": "p", "چ": "ch", "گ": "g",
    "ڤ": "v", "ک": "k", "ی": "y",
}
_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
_ARABIC = re.compile("[\u0600-\u06ff]")


def has_arabic(text: str) -> bool:
    return bool(_ARABIC.search(text))


def _word(word: str) -> str:
    prefix = ""
    if word.startswith("ال") and len(word) > 3:
        prefix, word = "Al-", word[2:]
    out: list[str] = []
    for i, ch in enumerate(word):
        latin = _LETTERS.get(ch, ch if ch.isascii() else "")
        if ch == "و" and 0 < i and out and out[-1][-1:] not in "aiu'":
            latin = "u" if i < len(word) - 1 or len(word) > 2 else "w"
        if ch == "ي" and 0 < i and out and out[-1][-1:] not in "aiu'":
            latin = "i"
        out.append(latin)
    text = "".join(out).strip("'")
    return prefix + (text[:1].upper() + text[1:] if text else "")


def romanize(name: str) -> str:
    """A Latin-script spelling of an Arabic name (``دير الزور`` → ``Dir Al-Zur``); Latin text is kept."""
    words = _MARKS.sub("", name).split()
    return " ".join(w for w in (_word(w) for w in words) if w)
