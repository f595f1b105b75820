"""A country named by a word that is also an ordinary word: "مالي" is Mali and "financial",
"بنين" Benin and "sons". The countries' table lists such a country in qualified forms only
("دولة مالي"، "جمهورية بنين"), so that "دعم مالي" names no place; after a locative word
("هجمات في مالي"، "عاد من مالي"، "شرقي مالي"، "بمالي") the bare word can only be the country."""

from __future__ import annotations

from functools import lru_cache

from marsad.document import Document
from marsad.geo.gazetteer import Gazetteer
from marsad.geo.types import KeyInfo
from marsad.knowledge.loader import world_countries
from marsad.lang.ar.cues import BARE_NAME_TITLES
from marsad.pipeline.placehit import locative, variants
from marsad.text import fold, name_key


@lru_cache(maxsize=1)
def bare_names() -> dict[str, str]:
    """Bare name key -> key of a qualified name, for the countries listed only with a title
    ("دولة مالي" but no "مالي")."""
    out: dict[str, str] = {}
    for wc in world_countries():
        keys = {name_key(n) for n in wc.names_ar}
        for name in wc.names_ar:
            title, _, rest = name.partition(" ")
            if fold(title) in BARE_NAME_TITLES and rest and " " not in rest and name_key(rest) not in keys:
                out.setdefault(name_key(rest), name_key(name))
    return out


def bare_country(doc: Document, i: int, gazetteer: Gazetteer) -> tuple[str, int, KeyInfo] | None:
    """For token ``i``, such a bare name right after a locative word (or with the proclitic ب):
    the key of the country's qualified name, the letters of proclitics before the name, and what
    the gazetteer knows of the country; None otherwise."""
    tokens = doc.tokens
    names = bare_names()
    for first, cut in variants(tokens[i].text, name=True):
        qualified = names.get(first)
        if qualified is None:
            continue
        before = tokens[i - 1].text if i > 0 and tokens[i - 1].sentence == tokens[i].sentence else ""
        if not (locative(before) or (cut > 0 and tokens[i].text[cut - 1] == "ب")):
            continue
        info = gazetteer.key_info(qualified)
        if info is not None and "country" in info.kinds:
            return qualified, cut, info
    return None
