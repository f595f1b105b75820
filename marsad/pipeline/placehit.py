"""A place mention's value, and the clitic-free forms of a word, shared by the place stages."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from marsad.geo.types import KeyInfo
from marsad.lang.ar.cues import LOCATIVES
from marsad.lang.ar.morph import CONJUNCTIONS


@dataclass(frozen=True, slots=True)
class PlaceHit:
    key: str
    name_start: int  # folded offsets of the name without proclitics
    name_end: int
    ev_start: int  # evidence: cue word (without proclitics) + name
    cue: str | None
    near: bool
    strength: str  # "cue", "prep", "strong"
    info: KeyInfo
    parent_key: str | None = None
    is_parent: bool = False
    antecedent: tuple[int, int] | None = None  # for "البلدة": the folded span of the town it refers to
    route: bool = False  # named as a way through ("عبر خط تدمر", "طريق دمشق - بغداد"), not a scene
    # for "البلدتين" and "تلك المناطق": the starts of the mentions of the other places it stands for
    partners: tuple[int, ...] = ()
    named: bool = False  # right after a cue word that names it ("قرية X"): a place even where no namesake fits
    parent_gov: bool = False  # its parent is named as a governorate ("X بمحافظة Y"): X lies inside Y
    parent_city: bool = False  # its parent is a town it is said to lie in ("X في مدينة Y"): X is within Y
    nationality: bool = False  # a country named by the adjective of a force's name ("السلطات السودانية")
    counterpart: bool = False  # named after "مع" ("الهدنة مع أنقرة", "الحدود مع سوريا"): a party, not a scene
    capital: bool = False  # a country's name right after a word that makes it a city ("العاصمة تونس")
    by_adjective: bool = False  # a capital named by its country's adjective ("العاصمة الصومالية"): no name written
    # a country's name right after the cue word of one quarter, street or camp ("شارع فلسطين"،
    # "حي اليمن"، "مخيم فلسطين"), or a town's after the word of one street or square where no quarter
    # of its name is known ("شارع أسيوط"): the name of that place, not the country or the town
    street: bool = False

    @property
    def is_country(self) -> bool:
        """The name is a country's, read as the country: not after a word that makes it a city
        ("العاصمة تونس"، "مدينة الكويت": the capital that bears the country's name), nor one that
        makes it a street's ("شارع فلسطين")."""
        return "country" in self.info.kinds and not self.capital and not self.street


@lru_cache(maxsize=100_000)
def variants(word: str, name: bool = False) -> tuple[tuple[str, int], ...]:
    """Clitic-free forms of a first word and how many letters were removed. A place name is not
    read after the ك of likeness ("وكباني" is no "باني"; "مدن كحلب" gives examples, no scene)."""
    out = [(word, 0)]
    for p in ("و", "ف"):
        if word.startswith(p) and len(word) > 3:
            out.append((word[1:], 1))
    base = [(w, n) for w, n in out]
    for w, n in base:
        if w.startswith("لل") and len(w) > 3:
            out.append(("ال" + w[2:], n + 1))
        elif w[:1] in (("ب", "ل") if name else ("ب", "ل", "ك")) and len(w) > 3:
            out.append((w[1:], n + 1))
    return tuple(out)


@lru_cache(maxsize=4096)
def locative(word: str) -> bool:
    """Whether a word before a name is a locative preposition ("في"، "قرب"، "شرقي"), with or
    without its proclitics ("وفي"، "فمن": one of two letters after a conjunction too)."""
    forms = {word} | {w for w, _ in variants(word)}
    return bool(forms & LOCATIVES) or (word.startswith(CONJUNCTIONS) and word[1:] in LOCATIVES)
