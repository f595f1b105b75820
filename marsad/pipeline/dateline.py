"""The dateline: the head of an article that says where and by whom it was written ("دبي،
الإمارات العربية المتحدة (CNN)--"، "رويترز- بنغازي:"، "عين اليوم – عدن" on a line of its own).
Its places are not where the article's events happened, and its countries are no hint of where
they lie (codebook: the place is the event's own, never the dateline)."""

from __future__ import annotations

import re

# What ends a dateline: an agency in Latin letters in brackets ("(CNN)--", "(AFP)"), a long dash,
# a colon, or the end of the first line.
_END = re.compile(r"\([a-zA-Z .]+\)\s*(?:-+|—|–)?|--|—|:|\n")
# A dateline's parts are set apart by a dash or a comma ("X- سبق- Y"، "مدينة، بلد"); a head of
# a few words that ends in a colon with no such mark is a speaker ("قال المرصد السوري:").
_PARTS = re.compile(r"[-–—،,]")
MAX_WORDS = 7
HEAD = 200  # characters of the text in which a dateline can end


def dateline_end(norm: str) -> int:
    """The folded offset where the article's dateline ends; 0 when it has none."""
    m = _END.search(norm, 0, HEAD)
    if m is None:
        return 0
    head = norm[: m.start()]
    words = len(head.split())
    if not 0 < words <= MAX_WORDS:
        return 0
    if m.group().startswith("(") or _PARTS.search(head):
        return m.end()
    return 0
