"""Generic actors for every country of the world.

The actor table (``actors.json``) holds the named groups and, for the countries the corpora
cover most, six generic sides: the country's civilians, protesters, rioters, an unidentified
armed group, its police and its military. An event anywhere else has the same sides: a
shooting in Belgium is an Unidentified Armed Group (Belgium) against Civilians (Belgium), a
march in Moscow is Protesters (Russia) met by Police Forces of Russia. This module builds those
six records for every country of ``countries.tsv`` that the table lacks, under the names ACLED
gives them, named by the words that name that side in every country of the table (المتظاهرون، الشرطة،
مسلحون مجهولون).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from marsad.knowledge.loader import ActorRecord, WorldCountry


@dataclass(frozen=True, slots=True)
class Role:
    key: str  # the id suffix: "ml-unidentified"
    name: str  # the ACLED name, with {country} (and {the} before it where ACLED writes "of the")
    name_ar: str
    inter: int
    inter_abroad: int | None = None


ROLES = (
    Role("civilians", "Civilians ({country})", "مدنيون ({country})", 7),
    Role("protesters", "Protesters ({country})", "متظاهرون ({country})", 6),
    Role("rioters", "Rioters ({country})", "مثيرو شغب ({country})", 5),
    Role("unidentified", "Unidentified Armed Group ({country})", "مجموعة مسلحة مجهولة ({country})", 3),
    Role("police", "Police Forces of {the}{country}", "قوات الشرطة ({country})", 1, 8),
    Role("military", "Military Forces of {the}{country}", "القوات المسلحة ({country})", 1, 8),
)
# ACLED's country names where GeoNames' differ, and the countries it writes "Forces of the X" for
ACLED_NAMES = {
    "CZ": "Czech Republic", "NL": "Netherlands", "CD": "Democratic Republic of Congo", "CG": "Republic of Congo",
    "CI": "Ivory Coast", "VA": "Vatican City", "TL": "East Timor", "MK": "North Macedonia", "SZ": "eSwatini",
    "BN": "Brunei", "LA": "Laos", "GM": "Gambia", "BS": "Bahamas", "PS": "Palestine", "VN": "Vietnam",
}
WITH_THE = frozenset({"US", "GB", "AE", "CD", "CF", "PH", "NL", "CZ", "DO", "GM", "BS", "KM", "MV", "CG", "SB", "MH"})


def acled_name(country: str, english: str) -> str:
    return ACLED_NAMES.get(country, english)


def role_name(role: Role, country: str, english: str) -> str:
    the = "the " if country in WITH_THE else ""
    return role.name.format(country=acled_name(country, english), the=the)


def generic_actors(table: dict[str, ActorRecord], countries: list[WorldCountry]) -> dict[str, ActorRecord]:
    """The records of ``table`` and, for each country and role it lacks, a generic record named
    by the words that the table's generic records of that role share, whatever their country
    (المتظاهرون، الشرطة، مسلحون مجهولون; not "الشرطة السورية", not "قوات الأسد")."""
    out = dict(table)
    names = {r.name for r in table.values()}
    for role in ROLES:
        models = [r for r in table.values() if r.generic and r.country and r.id == f"{r.country.lower()}-{role.key}"]
        if not models:
            continue
        shared = set(models[0].aliases_ar).intersection(*(r.aliases_ar for r in models[1:]))
        words = tuple(a for a in models[0].aliases_ar if a in shared)
        for wc in countries:
            name = role_name(role, wc.country, wc.name)
            key = f"{wc.country.lower()}-{role.key}"
            own = out.get(key)
            if own is not None and not own.generic:
                # "Civilians (France)" named only as French ("مدنيون فرنسيون"): a twin under the same
                # name takes the shared words ("المدنيين" in an event in France)
                out[f"{key}-any"] = replace(own, id=f"{key}-any", generic=True, aliases_ar=words, anaphors_ar=())
                continue
            if name in names or own is not None:
                continue
            out[key] = replace(
                models[0], id=key, name=name, name_ar=role.name_ar.format(country=wc.names_ar[0]), country=wc.country,
                generic=True, aliases_ar=words, anaphors_ar=(), inter=role.inter, inter_abroad=role.inter_abroad,
                inter_home=None, parent=None, code_as_parent=False, theatres=(),
            )
            names.add(name)
    return out
