"""The seat of a body is where it sits, not where anything happened, nor a country the article is
about: the place after "ومقره" ("المرصد السوري، ومقره بريطانيا"، "ومقرها في لندن"), or between
"يتخذ من" and "مقرا" ("الذي يتخذ من لندن مقرا له"). Nor is a side's patron, or a state named by
its capital ("مقاتلين موالين لطهران"، "قوات نظام دمشق"، "المدعومة من إيران")."""

from __future__ import annotations

from marsad.document import Document
from marsad.lang.ar.places import (
    PATRON_FROM,
    PATRON_FROM_WORDS,
    PATRON_ON,
    PATRON_WORDS,
    REGIME_HEADS,
    SEAT_AFTER,
    SEAT_BEFORE,
    SEAT_FROM,
    SEAT_IN,
    SEAT_REACH,
)


def body_tokens(doc: Document, governments: bool = True) -> set[int]:
    """The tokens that name a body's seat or a side's patron: no scene of any event; with
    ``governments``, also the name after "نظام" or "حكومة"."""
    return seat_tokens(doc) | patron_tokens(doc, governments)


def patron_tokens(doc: Document, governments: bool = True) -> set[int]:
    """The tokens that name a side's patron: the word after "موالين" ("لطهران") or after
    "المدعومة من" (also "موالية لنظام دمشق"); with ``governments``, the name after "نظام" or
    "حكومة" too ("نظام دمشق"، "حكومة طرابلس": the state by its capital; a country named so,
    "حكومة اليمن", is still the country the article is about)."""
    tokens = doc.tokens
    n_tokens = len(tokens)
    out: set[int] = set()

    def same(k: int, t: int) -> bool:
        return k < n_tokens and tokens[k].sentence == tokens[t].sentence

    for t, tok in enumerate(tokens):
        k = -1
        if tok.text in PATRON_WORDS and same(t + 1, t) and tokens[t + 1].text.startswith("ل"):
            k = t + 1
        elif tok.text in PATRON_FROM_WORDS and same(t + 2, t) and tokens[t + 1].text in PATRON_FROM | PATRON_ON:
            k = t + 2
        elif tok.text in PATRON_WORDS and same(t + 2, t) and tokens[t + 1].text in PATRON_ON:
            k = t + 2
        if k >= 0 and tokens[k].text in REGIME_HEADS and same(k + 1, t):
            k += 1  # "موالية لنظام دمشق"
        elif k < 0 and governments and tok.text in REGIME_HEADS and same(t + 1, t):
            k = t + 1
        if k >= 0:
            out.add(k)
    return out


def seat_tokens(doc: Document) -> set[int]:
    """The tokens that name a body's seat."""
    tokens = doc.tokens
    n_tokens = len(tokens)
    out: set[int] = set()
    for t, tok in enumerate(tokens):
        if tok.text in SEAT_BEFORE:
            k = t + 1
            if k < n_tokens and tokens[k].text in SEAT_IN and tokens[k].sentence == tok.sentence:
                k += 1
            if k < n_tokens and tokens[k].sentence == tok.sentence:
                out.add(k)
        elif tok.text in SEAT_AFTER:
            for k in range(t - 1, max(-1, t - 1 - SEAT_REACH), -1):
                if tokens[k].sentence != tok.sentence:
                    break
                if tokens[k].text in SEAT_FROM:
                    out.update(range(k + 1, t))
                    break
    return out
