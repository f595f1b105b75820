"""Countries as ACLED writes them: ISO alpha-2 → alpha-3, ISO numeric code, English name, ACLED region."""

from __future__ import annotations

from typing import NamedTuple


class Country(NamedTuple):
    alpha3: str
    numeric: int
    name: str
    region: str


COUNTRIES: dict[str, Country] = {
    "SY": Country("SYR", 760, "Syria", "Middle East"),
    "IQ": Country("IRQ", 368, "Iraq", "Middle East"),
    "YE": Country("YEM", 887, "Yemen", "Middle East"),
    "LB": Country("LBN", 422, "Lebanon", "Middle East"),
    "PS": Country("PSE", 275, "Palestine", "Middle East"),
    "IL": Country("ISR", 376, "Israel", "Middle East"),
    "JO": Country("JOR", 400, "Jordan", "Middle East"),
    "SA": Country("SAU", 682, "Saudi Arabia", "Middle East"),
    "TR": Country("TUR", 792, "Turkey", "Middle East"),
    "IR": Country("IRN", 364, "Iran", "Middle East"),
    "KW": Country("KWT", 414, "Kuwait", "Middle East"),
    "QA": Country("QAT", 634, "Qatar", "Middle East"),
    "BH": Country("BHR", 48, "Bahrain", "Middle East"),
    "AE": Country("ARE", 784, "United Arab Emirates", "Middle East"),
    "OM": Country("OMN", 512, "Oman", "Middle East"),
    "EG": Country("EGY", 818, "Egypt", "Northern Africa"),
    "LY": Country("LBY", 434, "Libya", "Northern Africa"),
    "TN": Country("TUN", 788, "Tunisia", "Northern Africa"),
    "DZ": Country("DZA", 12, "Algeria", "Northern Africa"),
    "MA": Country("MAR", 504, "Morocco", "Northern Africa"),
    "SD": Country("SDN", 729, "Sudan", "Northern Africa"),
    "EH": Country("ESH", 732, "Western Sahara", "Northern Africa"),
    "SS": Country("SSD", 728, "South Sudan", "Eastern Africa"),
    "SO": Country("SOM", 706, "Somalia", "Eastern Africa"),
    "DJ": Country("DJI", 262, "Djibouti", "Eastern Africa"),
    "ER": Country("ERI", 232, "Eritrea", "Eastern Africa"),
    "ET": Country("ETH", 231, "Ethiopia", "Eastern Africa"),
    "KE": Country("KEN", 404, "Kenya", "Eastern Africa"),
    "UG": Country("UGA", 800, "Uganda", "Eastern Africa"),
    "KM": Country("COM", 174, "Comoros", "Eastern Africa"),
    "TD": Country("TCD", 148, "Chad", "Middle Africa"),
    "CF": Country("CAF", 140, "Central African Republic", "Middle Africa"),
    "ML": Country("MLI", 466, "Mali", "Western Africa"),
    "NE": Country("NER", 562, "Niger", "Western Africa"),
    "NG": Country("NGA", 566, "Nigeria", "Western Africa"),
    "MR": Country("MRT", 478, "Mauritania", "Western Africa"),
    "BF": Country("BFA", 854, "Burkina Faso", "Western Africa"),
    "AF": Country("AFG", 4, "Afghanistan", "South Asia"),
    "PK": Country("PAK", 586, "Pakistan", "South Asia"),
    "IN": Country("IND", 356, "India", "South Asia"),
    "AZ": Country("AZE", 31, "Azerbaijan", "Caucasus and Central Asia"),
    "AM": Country("ARM", 51, "Armenia", "Caucasus and Central Asia"),
    "GE": Country("GEO", 268, "Georgia", "Caucasus and Central Asia"),
    "RU": Country("RUS", 643, "Russia", "Europe"),
    "UA": Country("UKR", 804, "Ukraine", "Europe"),
    "CY": Country("CYP", 196, "Cyprus", "Europe"),
    "GR": Country("GRC", 300, "Greece", "Europe"),
    "FR": Country("FRA", 250, "France", "Europe"),
    "GB": Country("GBR", 826, "United Kingdom", "Europe"),
    "DE": Country("DEU", 276, "Germany", "Europe"),
    "BE": Country("BEL", 56, "Belgium", "Europe"),
    "IT": Country("ITA", 380, "Italy", "Europe"),
    "ES": Country("ESP", 724, "Spain", "Europe"),
    "US": Country("USA", 840, "United States", "North America"),
    "CA": Country("CAN", 124, "Canada", "North America"),
}

_BY_NAME = {c.name.casefold(): code for code, c in COUNTRIES.items()}
_BY_ALPHA3 = {c.alpha3: code for code, c in COUNTRIES.items()}


def to_alpha2(value: str) -> str | None:
    """ISO alpha-2 for an alpha-2 or alpha-3 code or an English name; None when unknown."""
    text = value.strip()
    if len(text) == 2 and text.isalpha():
        return text.upper()
    if text.upper() in _BY_ALPHA3:
        return _BY_ALPHA3[text.upper()]
    return _BY_NAME.get(text.casefold())


def country(alpha2: str | None) -> Country | None:
    return COUNTRIES.get(alpha2.upper()) if alpha2 else None
