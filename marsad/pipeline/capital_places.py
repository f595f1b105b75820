"""A capital named by its country's adjective alone ("انفجار في العاصمة الصومالية"، "تظاهر الآلاف
بالعاصمة الفرنسية"): the place is that country's capital city, as "العاصمة مقديشو" would name it.
Where the name follows ("العاصمة الصومالية مقديشو") the name is the mention, found as any other."""

from __future__ import annotations

from marsad.document import Document
from marsad.geo.gazetteer import Gazetteer
from marsad.geo.types import KeyInfo
from marsad.lang.ar.adjectives import FEMININE_SINGULAR_ENDING
from marsad.lang.ar.cues import CAPITAL_NOUNS
from marsad.pipeline.actors import tables
from marsad.pipeline.placehit import variants
from marsad.text import name_key

NAME_WORDS = 2  # the words of a capital's name after its adjective ("أديس أبابا"، "بوينس آيرس")


def capital_by_adjective(doc: Document, i: int, gazetteer: Gazetteer) -> tuple[str, KeyInfo] | None:
    """For token ``i``, a country's adjective (definite, feminine singular) right after "العاصمة"
    in its sentence: the gazetteer key of that country's capital and what the gazetteer knows of
    it; None otherwise."""
    tokens = doc.tokens
    if i == 0 or tokens[i - 1].sentence != tokens[i].sentence:
        return None
    word = tokens[i].text
    if not (word.startswith("ال") and word.endswith(FEMININE_SINGULAR_ENDING)):
        return None
    if not any(w in CAPITAL_NOUNS for w, _ in variants(tokens[i - 1].text, name=True)):
        return None
    country = tables().adjectives.get(word)
    if country is None or _name_follows(doc, i + 1, country, gazetteer):
        return None
    capital = gazetteer.capital_place(country)
    if capital is None:
        return None
    key = name_key(capital.name_ar)
    info = gazetteer.key_info(key)
    return (key, info) if info is not None else None


def _name_follows(doc: Document, j: int, country: str, gazetteer: Gazetteer) -> bool:
    """Whether a name of a place in the country begins at token ``j``, in the same sentence as the
    token before it ("العاصمة الليبية طرابلس"، "العاصمة الإثيوبية أديس أبابا")."""
    tokens = doc.tokens
    if j >= len(tokens) or tokens[j].sentence != tokens[j - 1].sentence:
        return False
    words = [t.text for t in tokens[j : j + NAME_WORDS] if t.sentence == tokens[j].sentence]
    for n in range(1, len(words) + 1):
        info = gazetteer.key_info(name_key(" ".join(words[:n])))
        if info is not None and country in info.countries:
            return True
    return False
