"""The seat of a body is where it sits, not where anything happened, nor a country the article is
about: the place after "ومقره" ("المرصد السوري، ومقره بريطانيا"، "ومقرها في لندن"), or between
"يتخذ من" and "مقرا" ("الذي يتخذ من لندن مقرا له")."""

from __future__ import annotations

from marsad.document import Document
from marsad.lang.ar.places import SEAT_AFTER, SEAT_BEFORE, SEAT_FROM, SEAT_IN, SEAT_REACH


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
