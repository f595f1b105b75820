"""Full-text search forms: the same light folding and stemming of articles and of queries.

Each word is folded (``marsad.text.fold``: diacritics, alef/ya/ta marbuta/hamza forms), loses a
leading conjunction and preposition with the article (و، ف، ب، ل، ك، ال) and a plural, dual or
feminine ending (ات، ون، ين، ان، ة). The article is indexed in these forms and a query word
matches every indexed word that starts with its form, so that غارة finds الغارات and وغاره.
"""

from __future__ import annotations

import re

from marsad.text import fold

_WORD = re.compile(r"\w+")
_ARTICLES = ("وال", "فال", "بال", "كال", "لل", "ال")
_SUFFIXES = ("ات", "ون", "ين", "ان", "ه")
MIN_STEM = 2


def _has_arabic(word: str) -> bool:
    return any("\u0621" <= ch <= "\u064a" for ch in word)


def search_form(word: str) -> str:
    """The indexed form of one word (folded, lower case, Arabic clitics and endings removed)."""
    w = fold(word).casefold()
    if not _has_arabic(w):
        return w
    for article in _ARTICLES:
        if w.startswith(article) and len(w) - len(article) >= MIN_STEM + 1:
            w = w[len(article):]
            break
    else:
        if w[:1] in ("و", "ف") and len(w) >= MIN_STEM + 3:
            w = w[1:]
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= MIN_STEM + 1:
            w = w[: -len(suffix)]
            break
    return w


def search_text(*parts: str | None) -> str:
    """The text to index for an article's title and body: its words in their search forms."""
    return " ".join(search_form(w) for part in parts if part for w in _WORD.findall(part))


def query_forms(q: str) -> list[str]:
    """The search forms of the words of a query, in order, without repeats."""
    return list(dict.fromkeys(f for f in (search_form(w) for w in _WORD.findall(q)) if f))


def fts5_query(q: str) -> str:
    """An FTS5 query: every word required, each as a prefix of an indexed form (no FTS5 syntax from users)."""
    forms = query_forms(q)
    return " AND ".join(f'"{form}"*' for form in forms) or '""'


def tsquery(q: str) -> str:
    """A PostgreSQL ``to_tsquery('simple', ...)`` text: every word required, each as a prefix."""
    forms = query_forms(q)
    return " & ".join(f"{form}:*" for form in forms) or "''"
