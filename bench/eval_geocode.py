"""Geocoder evaluation on the dev gold: share within 10 km, right country, None.

Usage: python bench/eval_geocode.py [--gazetteer PATH] [--verbose]
Without --gazetteer it imports ../shared/data/geo (gazetteer + boundaries) into a temporary file
and evaluates (a) that import and (b) the embedded default.
"""

from __future__ import annotations

import argparse
import json
import os
import re
from collections import Counter
from pathlib import Path

from shared_gazetteer import SHARED, gazetteer_path

from marsad.geo import Gazetteer, PlaceQuery, open_gazetteer
from marsad.geo.embedded import COUNTRIES
from marsad.geo.rank import distance_km
from marsad.text import fold, name_key

GOLD = SHARED / "data/articles/dev-gold.jsonl"
TEXTS = SHARED / "data/articles/dev.jsonl"

CUES = {
    "مدينة": "city", "مدينه": "city", "قرية": "village", "قريه": "village", "بلدة": "town", "بلده": "town",
    "حي": "neighbourhood", "محافظة": "governorate", "محافظه": "governorate", "ولاية": "governorate",
    "منطقة": None, "منطقه": None, "ريف": None, "ناحية": "district", "ناحيه": "district", "قضاء": "district",
    "مخيم": "camp", "قاعدة": "base", "قاعده": "base", "مطار": "airport", "معبر": "crossing",
    "سجن": "prison", "سد": "dam", "حقل": "oilfield", "جبل": "mountain",
}
# Country names and demonym stems written by the project, for hints from the text.
DEMONYMS = {
    "SY": ["سوري", "السوري"], "IQ": ["عراقي", "العراقي"], "YE": ["يمني", "اليمني", "الحوثي"],
    "LY": ["ليبي", "الليبي"], "LB": ["لبناني", "اللبناني"], "PS": ["فلسطيني", "الفلسطيني", "غزة"],
    "IL": ["الإسرائيلي", "اسرائيلي"], "JO": ["أردني", "الأردني"], "EG": ["مصري", "المصري"],
    "SD": ["سوداني", "السوداني"], "SO": ["صومالي", "الصومالي"], "TR": ["تركي", "التركي"],
    "IR": ["إيراني", "الإيراني"], "SA": ["سعودي", "السعودي"],
}


def strip_query(name_ar: str) -> PlaceQuery:
    """The query a pipeline would build from a location name: cue word and clitics removed."""
    words = name_key(name_ar).split()
    cue: str | None = None
    while len(words) > 1 and words[0] in {name_key(c) for c in CUES}:
        cue = cue or next((v for c, v in CUES.items() if name_key(c) == words[0]), None)
        words = words[1:]
    key = " ".join(words)
    for clitic in ("وال", "بال", "لل", "فال"):
        if key.startswith(clitic) and len(key) > len(clitic) + 3:
            key = "ال" + key[len(clitic):] if clitic != "لل" else "ال" + key[2:]
            break
    return PlaceQuery(key=key, cue=cue, evidence=name_ar)


def text_hints(text: str) -> list[str]:
    folded = fold(text)
    counts: Counter[str] = Counter()
    for cc, (_en, ar, _lat, _lon) in COUNTRIES.items():
        for n in ar.split("|") + DEMONYMS.get(cc, []):
            f = fold(n)
            counts[cc] += len(re.findall(r"(?<![\w])[وبلف]?" + re.escape(f), folded))
    if counts["SD"] and counts["SS"]:
        counts["SD"] -= counts["SS"]
    return [cc for cc, n in counts.most_common() if n > 0]


def evaluate(gaz: Gazetteer, hints_from: str, verbose: bool = False) -> dict[str, float]:
    texts = {json.loads(line)["id"]: json.loads(line) for line in TEXTS.open(encoding="utf-8")}
    total = within = right_country = none = 0
    for line in GOLD.open(encoding="utf-8"):
        art = json.loads(line)
        locs = [e["location"] for e in art["events"] if e.get("location")]
        if not locs:
            continue
        doc = texts.get(art["article_id"], {})
        queries = [strip_query(loc["name_ar"]) for loc in locs]
        if hints_from == "text":
            hints = text_hints(str(doc.get("title", "")) + "\n" + str(doc.get("text", "")))
            results = gaz.resolve(queries, country_hints=hints)
        else:  # the countries of the article's other gold locations
            results = []
            for i, q in enumerate(queries):
                others = Counter(loc["country"] for j, loc in enumerate(locs) if queries[j].key != q.key)
                results.append(gaz.resolve(queries, country_hints=[c for c, _ in others.most_common()])[i])
        for loc, q, res in zip(locs, queries, results, strict=True):
            total += 1
            if res is None:
                none += 1
                ok = "NONE"
            else:
                d = distance_km(res.place.lat, res.place.lon, loc["lat"], loc["lon"])
                within += d <= 10
                right_country += res.place.country == loc["country"]
                ok = "ok" if d <= 10 else f"{d:.0f}km"
            if verbose and ok != "ok":
                got = "" if res is None else (f"{res.place.place_id} {res.place.name} {res.place.kind} "
                                              f"{res.place.country} [{res.why}]")
                print(f"  {ok:>7} {loc['name_ar']} -> {q.key} ({loc['country']} p{loc['geo_precision']}) {got}")
    return {"events": total, "within_10km": within / total, "right_country": right_country / total,
            "right_country_resolved": right_country / max(1, total - none), "none": none / total}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gazetteer", help="an imported gazetteer (default: import ../shared/data/geo now)")
    ap.add_argument("--hints", choices=["text", "gold"], default="text")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--skip-embedded", action="store_true")
    args = ap.parse_args()
    with gazetteer_path(args.gazetteer) as path:
        _run(path, args.hints, args.verbose, args.skip_embedded)


def _run(path: str, hints: str, verbose: bool, skip_embedded: bool) -> None:
    runs = [("(a) 14-country import", Gazetteer(path, "eval"))]
    if not skip_embedded:
        os.environ.pop("MARSAD_GAZETTEER", None)
        runs.append(("(b) embedded default", open_gazetteer(None) if not Path(
            os.path.expanduser("~/.local/share/marsad/gazetteer.sqlite")).exists() else _embedded()))
    for label, gaz in runs:
        if verbose:
            print(label)
        fig = evaluate(gaz, hints, verbose)
        print(f"{label} [hints from {hints}]: {fig['events']} events, within 10 km {fig['within_10km']:.1%}, "
              f"right country {fig['right_country']:.1%} (of resolved {fig['right_country_resolved']:.1%}), "
              f"None {fig['none']:.1%}")


def _embedded() -> Gazetteer:
    from marsad.geo.embedded import embedded_path

    return Gazetteer(embedded_path(), "embedded")


if __name__ == "__main__":
    main()
