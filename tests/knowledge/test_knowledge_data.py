"""Validate the shipped knowledge tables: actors.json, nationalities.json, sources.json."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from importlib import resources
from typing import Any

import pytest

from marsad.knowledge.loader import world_countries

# ---------------------------------------------------------------- helpers

_DIACRITICS = re.compile("[\u064b-\u0652\u0670\u0640]")  # harakat, dagger alif, tatweel
_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")
_LATIN = re.compile("[A-Za-z]")
# Arabic letters/marks, Arabic-Indic digits, ASCII digits, space and light punctuation.
_ALLOWED = re.compile(r"^[\u0600-\u06ff0-9 \-.()/]+$")
_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_ISO2 = re.compile(r"^[A-Z]{2}$")

HOME = ["SY", "IQ", "YE", "LY", "LB", "PS", "IL", "SD", "SS", "EG", "SO", "TR", "IR", "SA", "JO"]
# countries whose forces act in the region: each has a nationality entry
FOREIGN = ["US", "GB", "FR", "RU", "DE", "IT", "ES", "CN", "AE", "QA", "KW", "BH", "OM", "MA", "DZ", "TN", "AF", "PK"]
# armed groups of the rest of the world (Taliban, Boko Haram...) carry their own country
WORLD = {c.country for c in world_countries()}
ISO_COUNTRIES = {*HOME, *FOREIGN, *WORLD}
CATEGORIES = {
    "military",
    "police",
    "government",
    "rebel",
    "jihadist",
    "militia",
    "ethnic_militia",
    "foreign_military",
    "coalition",
    "civilians",
    "protesters",
    "rioters",
    "unidentified",
}
# expected inter code(s) per category
CATEGORY_INTER = {
    "military": {1, 8},
    "police": {1, 8},
    "government": {1},
    "rebel": {2},
    "jihadist": {2},
    "militia": {3},
    "ethnic_militia": {4},
    "rioters": {5},
    "protesters": {6},
    "civilians": {7},
    "foreign_military": {8},
    "coalition": {8},
    "unidentified": {3},
}
SOURCE_KINDS = {"monitor", "agency", "outlet", "official", "generic", "ngo"}

# Stand-alone words that are anaphors or ordinary words; they must never be aliases.
FORBIDDEN_ALIASES = {
    "الدولة",
    "الجبهة",
    "التنظيم",
    "الحزب",
    "المقاومة",
    "الحركة",
    "الجيش",
    "القوات",
    "الفصائل",
    "النظام",
    "الاحتلال",
    "التحالف",
    "القاعدة",
    "الهيئة",
    "الجماعة",
    "الميليشيات",
    "المعارضة",
    "المسلحين",
    "المسلحون",
    "الحكومة",
    "السلطات",
}
# Clitic prefixes the matcher strips; aliases must not carry them.
FORBIDDEN_PREFIXES = ("وال", "بال", "فال", "كال", "لل")

# Aliases that intentionally map to more than one non-generic actor; the matcher
# resolves them from the article's country / context.
# An air force named without a nationality is the one of the country the event is in; in
# Yemen (whose army has no air force in this period) it is the Saudi-led coalition's.
_AIR_FORCES = {
    "sy-military", "iq-military", "ly-military", "lb-military", "sd-military", "ss-military", "eg-military",
    "so-military", "tr-military", "saudi-coalition",
}
INTENTIONALLY_AMBIGUOUS: dict[str, set[str]] = {
    **{alias: _AIR_FORCES for alias in (
        "الطيران الحربي", "الطيران المروحي", "الطائرات الحربية", "الطائرات المروحية", "المروحيات الحربية",
        "المقاتلات الحربية", "سلاح الجو", "الطائرات الحربية والمروحية", "الطيران الحربي والمروحي",
    )},
    "الأسايش": {"sy-asayish", "krg-security"},
    "قوات الأسايش": {"sy-asayish", "krg-security"},
    "الأمن العام": {"jo-police", "lb-general-security"},
    "الجيش الوطني": {"ye-military", "lna"},
    "قوات الجيش الوطني": {"ye-military", "lna"},
    "الحرس الجمهوري": {"sy-military", "saleh-loyalists"},
    "قوات الحرس الجمهوري": {"sy-military", "saleh-loyalists"},
    "القوات الكردية": {"ypg", "peshmerga"},
    "المقاتلين الأكراد": {"ypg", "peshmerga"},
    "المقاتلون الأكراد": {"ypg", "peshmerga"},
    "مقاتلين أكراد": {"ypg", "peshmerga"},
    "مقاتلون أكراد": {"ypg", "peshmerga"},
    "اللجان الشعبية": {"houthis", "ndf"},
    "أنصار الشريعة": {"aqap", "ansar-sharia-libya"},
    "قوات التحالف": {"intl-coalition", "saudi-coalition"},
    "طيران التحالف": {"intl-coalition", "saudi-coalition"},
    "طائرات التحالف": {"intl-coalition", "saudi-coalition"},
    "طائرات التحالف الحربية": {"intl-coalition", "saudi-coalition"},
    "مقاتلات التحالف": {"intl-coalition", "saudi-coalition"},
    "غارات التحالف": {"intl-coalition", "saudi-coalition"},
}


def fold(text: str) -> str:
    """The orthographic folding the matcher applies (alif forms, ya/alif maqsura, ta marbuta)."""
    text = _DIACRITICS.sub("", text)
    text = re.sub("[أإآٱ]", "ا", text)
    text = text.replace("ى", "ي").replace("ة", "ه")
    return " ".join(text.split())


def _load(name: str) -> list[dict[str, Any]]:
    raw = (resources.files("marsad.knowledge") / name).read_text(encoding="utf-8")
    data = json.loads(raw)
    assert isinstance(data, list), f"{name} must be a JSON list"
    return data


def _is_arabic_phrase(s: Any) -> bool:
    return (
        isinstance(s, str)
        and s == s.strip()
        and "  " not in s
        and len(_ARABIC_LETTER.findall(s)) >= 2
        and not _LATIN.search(s)
        and bool(_ALLOWED.match(s))
    )


@pytest.fixture(scope="module")
def actors() -> list[dict[str, Any]]:
    return _load("actors.json")


@pytest.fixture(scope="module")
def actor_ids(actors: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {a["id"]: a for a in actors}


@pytest.fixture(scope="module")
def nationalities() -> list[dict[str, Any]]:
    return _load("nationalities.json")


@pytest.fixture(scope="module")
def sources() -> list[dict[str, Any]]:
    return _load("sources.json")


# ---------------------------------------------------------------- actors


def test_actor_count(actors: list[dict[str, Any]]) -> None:
    assert len(actors) >= 170


def test_actor_schema(actors: list[dict[str, Any]]) -> None:
    required = {
        "id": str,
        "name": str,
        "name_ar": str,
        "aliases_ar": list,
        "inter": int,
        "category": str,
        "generic": bool,
    }
    for a in actors:
        for key, typ in required.items():
            assert isinstance(a.get(key), typ), (a.get("id"), key)
        assert "country" in a, a["id"]
        assert _ID.match(a["id"]), a["id"]
        assert a["name"].strip() == a["name"] and a["name"], a["id"]
        assert a["category"] in CATEGORIES, (a["id"], a["category"])
        assert 1 <= a["inter"] <= 8, a["id"]
        assert a["inter"] in CATEGORY_INTER[a["category"]], (a["id"], a["category"], a["inter"])
        for opt in ("inter_abroad", "inter_home", "inter_from_2023"):
            if opt in a:
                assert isinstance(a[opt], int) and 1 <= a[opt] <= 8, (a["id"], opt)
        if "anaphors_ar" in a:
            assert isinstance(a["anaphors_ar"], list), a["id"]
        if "aliases_en" in a:
            assert all(isinstance(x, str) and x for x in a["aliases_en"]), a["id"]


def test_actor_ids_and_names_unique(actors: list[dict[str, Any]]) -> None:
    ids = Counter(a["id"] for a in actors)
    assert not [i for i, n in ids.items() if n > 1]
    names = Counter(a["name"] for a in actors)
    assert not [n for n, c in names.items() if c > 1]


def test_actor_countries_are_iso(actors: list[dict[str, Any]]) -> None:
    for a in actors:
        c = a["country"]
        assert c is None or (_ISO2.match(c) and c in ISO_COUNTRIES), (a["id"], c)
        if "assoc_country" in a:
            assert a["assoc_country"] in ISO_COUNTRIES, a["id"]


def test_aliases_are_arabic(actors: list[dict[str, Any]]) -> None:
    for a in actors:
        assert a["aliases_ar"], a["id"]
        assert _is_arabic_phrase(a["name_ar"]), (a["id"], a["name_ar"])
        for al in a["aliases_ar"] + a.get("anaphors_ar", []):
            assert _is_arabic_phrase(al), (a["id"], al)


def test_name_ar_is_an_alias(actors: list[dict[str, Any]]) -> None:
    for a in actors:
        assert fold(a["name_ar"]) in {fold(x) for x in a["aliases_ar"]}, a["id"]


def test_no_duplicate_alias_within_actor(actors: list[dict[str, Any]]) -> None:
    for a in actors:
        folded = [fold(x) for x in a["aliases_ar"]]
        dup = [x for x, n in Counter(folded).items() if n > 1]
        assert not dup, (a["id"], dup)
        assert not set(fold(x) for x in a.get("anaphors_ar", [])) & set(folded), a["id"]


def test_no_forbidden_aliases(actors: list[dict[str, Any]]) -> None:
    forbidden = {fold(x) for x in FORBIDDEN_ALIASES}
    for a in actors:
        for al in a["aliases_ar"]:
            assert fold(al) not in forbidden, (a["id"], al)
            assert not al.startswith(FORBIDDEN_PREFIXES), (a["id"], al)


def test_alias_maps_to_one_actor(actors: list[dict[str, Any]], actor_ids: dict[str, dict[str, Any]]) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for a in actors:
        for al in a["aliases_ar"]:
            owners[fold(al)].add(a["id"])
    allowed = {fold(k): v for k, v in INTENTIONALLY_AMBIGUOUS.items()}
    bad = []
    for al, ids in owners.items():
        if len(ids) == 1:
            continue
        entries = [actor_ids[i] for i in ids]
        if all(e["generic"] for e in entries) and len({e["category"] for e in entries}) == 1:
            continue  # shared generic alias: the country is picked from context
        if al in allowed and ids == allowed[al]:
            continue
        bad.append((al, sorted(ids)))
    assert not bad, bad


def test_intentionally_ambiguous_list_is_current(actors: list[dict[str, Any]]) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for a in actors:
        for al in a["aliases_ar"]:
            owners[fold(al)].add(a["id"])
    for al, ids in INTENTIONALLY_AMBIGUOUS.items():
        assert owners[fold(al)] == ids, (al, owners[fold(al)])


def test_parents_exist(actors: list[dict[str, Any]], actor_ids: dict[str, dict[str, Any]]) -> None:
    for a in actors:
        if "parent" in a:
            assert a["parent"] in actor_ids and a["parent"] != a["id"], a["id"]


def test_per_country_entries(actor_ids: dict[str, dict[str, Any]]) -> None:
    for cc in HOME:
        low = cc.lower()
        for kind, inter in (("civilians", 7), ("protesters", 6), ("rioters", 5), ("unidentified", 3)):
            a = actor_ids[f"{low}-{kind}"]
            assert a["country"] == cc and a["inter"] == inter and a["generic"] is True, a["id"]
        if cc != "PS":
            assert actor_ids[f"{low}-military"]["country"] == cc
        assert actor_ids[f"{low}-police"]["country"] == cc
    assert actor_ids["il-military"]["inter"] == 8
    for cc in HOME:
        if cc not in ("IL", "PS"):
            assert actor_ids[f"{cc.lower()}-military"]["inter"] == 1, cc


def test_generic_entries_share_generic_aliases(actors: list[dict[str, Any]]) -> None:
    by_cat: dict[str, list[set[str]]] = defaultdict(list)
    for a in actors:
        if a["generic"]:
            by_cat[a["category"]].append({fold(x) for x in a["aliases_ar"]})
    for cat in ("civilians", "protesters", "rioters", "unidentified"):
        common = set.intersection(*by_cat[cat])
        assert len(by_cat[cat]) >= 15 and common, cat
    for word in ("مدنيين", "مدنيون"):
        assert fold(word) in set.intersection(*by_cat["civilians"])
    for word in ("متظاهرون", "محتجون"):
        assert fold(word) in set.intersection(*by_cat["protesters"])
    for word in ("مسلحون مجهولون", "مجهولون", "مسلحين مجهولين"):
        assert fold(word) in set.intersection(*by_cat["unidentified"])


@pytest.mark.parametrize(
    ("alias", "actor_id"),
    [
        ("داعش", "islamic-state"),
        ("تنظيم الدولة", "islamic-state"),
        ("جبهة النصرة", "jabhat-nusra"),
        ("هيئة تحرير الشام", "hts"),
        ("قسد", "sdf"),
        ("وحدات حماية الشعب", "ypg"),
        ("الحشد الشعبي", "pmf"),
        ("أنصار الله", "houthis"),
        ("ميليشيات الحوثي", "houthis"),
        ("مليشيات الحوثي", "houthis"),
        ("قوات حفتر", "lna"),
        ("قوات النظام", "sy-military"),
        ("طيران النظام", "sy-military"),
        ("الجيش العربي السوري", "sy-military"),
        ("جيش الاحتلال", "il-military"),
        ("القوات الروسية", "ru-military"),
        ("القوات الأميركية", "us-military"),
        ("التحالف الدولي", "intl-coalition"),
        ("تحالف دعم الشرعية", "saudi-coalition"),
        ("حزب الله", "hezbollah"),
        ("كتائب القسام", "qassam"),
        ("سرايا القدس", "saraya-al-quds"),
        ("ولاية سيناء", "wilayat-sinai"),
        ("الدعم السريع", "rsf"),
        ("حركة الشباب", "al-shabaab"),
        ("الشبيحة", "ndf"),
        ("فصائل المعارضة", "syria-opposition"),
        ("الجيش الحر", "fsa"),
        ("مدنيين سوريين", "sy-civilians"),
    ],
)
def test_key_aliases(actors: list[dict[str, Any]], alias: str, actor_id: str) -> None:
    hits = {a["id"] for a in actors if fold(alias) in {fold(x) for x in a["aliases_ar"]}}
    assert hits == {actor_id}, (alias, hits)


def test_anaphors(actor_ids: dict[str, dict[str, Any]]) -> None:
    assert "التنظيم" in actor_ids["islamic-state"]["anaphors_ar"]
    assert "الجبهة" in actor_ids["jabhat-nusra"]["anaphors_ar"]
    assert "الحزب" in actor_ids["hezbollah"]["anaphors_ar"]
    assert "المقاومة" in actor_ids["popular-resistance-ye"]["anaphors_ar"]


# ---------------------------------------------------------------- nationalities


def test_nationalities(nationalities: list[dict[str, Any]], actor_ids: dict[str, dict[str, Any]]) -> None:
    codes = [n["country"] for n in nationalities]
    assert len(codes) == len(set(codes))
    for cc in HOME + FOREIGN:
        assert cc in codes, cc
    for n in nationalities:
        assert n["country"] in ISO_COUNTRIES
        assert isinstance(n["name"], str) and n["name"]
        assert _is_arabic_phrase(n["name_ar"]), n["country"]
        assert n["country_names_ar"] and n["adjectives_ar"], n["country"]
        for s in n["country_names_ar"] + n["adjectives_ar"]:
            assert _is_arabic_phrase(s), (n["country"], s)
        for adj in n["adjectives_ar"]:
            assert not adj.startswith("ال"), (n["country"], adj)
        assert len(set(map(fold, n["adjectives_ar"]))) == len(n["adjectives_ar"]), n["country"]
        for key, cat in (
            ("military_actor", {"military", "foreign_military"}),
            ("police_actor", {"police"}),
            ("civilians_actor", {"civilians"}),
        ):
            ref = n[key]
            if ref is not None:
                assert ref in actor_ids, (n["country"], key, ref)
                assert actor_ids[ref]["category"] in cat, (n["country"], key, ref)
                assert actor_ids[ref]["country"] == n["country"], (n["country"], key, ref)
    by = {n["country"]: n for n in nationalities}
    for cc in HOME:
        assert by[cc]["civilians_actor"] == f"{cc.lower()}-civilians"
        if cc != "PS":
            assert by[cc]["military_actor"] == f"{cc.lower()}-military"


def test_nationality_names_unambiguous(nationalities: list[dict[str, Any]]) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for n in nationalities:
        for s in n["country_names_ar"] + n["adjectives_ar"]:
            owners[fold(s)].add(n["country"])
    assert not {k: v for k, v in owners.items() if len(v) > 1}


def test_foreign_military_is_external(
    nationalities: list[dict[str, Any]], actor_ids: dict[str, dict[str, Any]]
) -> None:
    for n in nationalities:
        if n["country"] not in HOME and n["military_actor"]:
            assert actor_ids[n["military_actor"]]["inter"] == 8, n["country"]


# ---------------------------------------------------------------- sources


def test_sources(sources: list[dict[str, Any]]) -> None:
    assert len(sources) >= 60
    ids = Counter(s["id"] for s in sources)
    assert not [i for i, c in ids.items() if c > 1]
    owners: dict[str, set[str]] = defaultdict(set)
    for s in sources:
        assert _ID.match(s["id"]), s["id"]
        assert isinstance(s["name"], str) and s["name"], s["id"]
        assert s["kind"] in SOURCE_KINDS, s["id"]
        assert s["country"] is None or s["country"] in ISO_COUNTRIES, s["id"]
        assert _is_arabic_phrase(s["name_ar"]), s["id"]
        assert s["aliases_ar"], s["id"]
        assert fold(s["name_ar"]) in {fold(x) for x in s["aliases_ar"]}, s["id"]
        folded = [fold(x) for x in s["aliases_ar"]]
        assert len(folded) == len(set(folded)), s["id"]
        for al in s["aliases_ar"]:
            assert _is_arabic_phrase(al), (s["id"], al)
            owners[fold(al)].add(s["id"])
    assert not {k: v for k, v in owners.items() if len(v) > 1}


@pytest.mark.parametrize(
    ("alias", "source_id"),
    [
        ("المرصد السوري لحقوق الإنسان", "sohr"),
        ("المرصد", "sohr"),
        ("الخوذ البيضاء", "syria-civil-defence"),
        ("سانا", "sana"),
        ("وكالة فرانس برس", "afp"),
        ("ناشطون", "activists"),
        ("مصادر أمنية", "security-sources"),
        ("شهود عيان", "eyewitnesses"),
        ("وزارة الدفاع الروسية", "ru-mod"),
    ],
)
def test_key_sources(sources: list[dict[str, Any]], alias: str, source_id: str) -> None:
    hits = {s["id"] for s in sources if fold(alias) in {fold(x) for x in s["aliases_ar"]}}
    assert hits == {source_id}, (alias, hits)
