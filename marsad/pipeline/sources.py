"""Stage: sources the article attributes its reports to.

A body from the source table (المرصد السوري لحقوق الإنسان، سانا، ناشطون، مصادر أمنية) counts as a
source when an attribution word (قال، أفاد، ذكر، بحسب، وفق، نقلاً عن...) stands within a few
words before it, or a reporting verb follows it (المرصد أفاد / قال المرصد إن). Attribution frames
wrap the following sentences of the same paragraph: the events stage takes the nearest source
of the sentence, else the last one before it in the paragraph.
"""

from __future__ import annotations

from functools import lru_cache

from marsad.document import Document, Mention
from marsad.knowledge.loader import SourceRecord, sources
from marsad.lang.ar.cues import ATTRIBUTION
from marsad.pipeline.lexicon import Lexicon, match_text


@lru_cache(maxsize=1)
def lexicon() -> Lexicon[SourceRecord]:
    entries: list[tuple[str, SourceRecord]] = []
    for record in sources().values():
        for alias in (record.name_ar, *record.aliases_ar):
            entries.append((alias, record))
    return Lexicon(entries)


def _attributed(doc: Document, tok_start: int, tok_end: int) -> bool:
    tokens = doc.tokens
    if tok_start >= len(tokens):
        return False
    sentence = tokens[tok_start].sentence
    for j in range(max(0, tok_start - 5), tok_start):
        if tokens[j].sentence != sentence:
            continue
        word = tokens[j].text
        if word in ATTRIBUTION or word[1:] in ATTRIBUTION or word in ("عن", "لدي"):
            return True
    for j in range(tok_end, min(len(tokens), tok_end + 4)):
        if tokens[j].sentence != sentence:
            break
        if tokens[j].text in ATTRIBUTION or tokens[j].text in ("ان", "ومقره"):
            return True
    return False


def run(doc: Document) -> None:
    mtext = match_text(doc.norm)
    for m in lexicon().find(mtext):
        tok = doc.token_at(m.start)
        end_tok = doc.token_at(m.end)
        strong = m.value.kind in ("monitor", "agency")
        if not strong and not _attributed(doc, tok, end_tok):
            continue
        sentence = doc.tokens[tok].sentence if tok < len(doc.tokens) else 0
        doc.add(Mention("source", m.start, m.end, sentence, m.value, tok, end_tok))
