"""A country named only by the nationality of the force that acts ("اعتقلت السلطات السعودية
ناشطة"، "أعادت السلطات السودانية اعتقال معارض"): when a sentence names no place, the adjective
inside a home actor's name places the sentence in that country, as the country's name would
(the codebook codes such a report at country level). The evidence is the adjective itself."""

from __future__ import annotations

from collections.abc import Callable

from marsad.document import Document, Mention
from marsad.geo.types import KeyInfo
from marsad.knowledge.loader import nationalities
from marsad.pipeline.actors import ActorHit, tables
from marsad.pipeline.placehit import PlaceHit
from marsad.taxonomy import Inter
from marsad.text import name_key

# people travel and foreign forces act abroad: their nationality says nothing of where they are
_ABROAD = (Inter.EXTERNAL_OTHER_FORCES, Inter.CIVILIANS)


def nationality_places(doc: Document, key_info: Callable[[str], KeyInfo | None], places: list[Mention]) -> list[Mention]:
    """Country place mentions for the sentences without a place, before the article names a
    place below a country: the first home actor of the sentence named with its nationality
    adjective. (From the first town on, a sentence without a place goes on about the places
    told before it.)"""
    towns = [m.sentence for m in places if "country" not in m.value.info.kinds]
    first_town = min(towns) if towns else len(doc.sentences)
    t = tables()
    placed = {m.sentence for m in places}
    out: list[Mention] = []
    for m in doc.of("actor"):
        hit: ActorHit = m.value
        if m.sentence in placed or m.sentence >= first_town or hit.generic or hit.anaphor:
            continue
        record = t.record(hit.ids[0])
        if not record.country or record.inter in _ABROAD:
            continue
        nat = nationalities().get(record.country)
        if nat is None:
            continue
        key = name_key(nat.name_ar)
        info = key_info(key)
        if info is None or "country" not in info.kinds:
            continue
        for i in range(m.tok_start, min(m.tok_end, len(doc.tokens))):
            tok = doc.tokens[i]
            if t.adjectives.get(tok.text) == record.country:
                place = PlaceHit(key, tok.start, tok.end, tok.start, None, False, "strong", info, nationality=True)
                out.append(Mention("place", tok.start, tok.end, m.sentence, place, i, i + 1))
                placed.add(m.sentence)
                break
    return out
