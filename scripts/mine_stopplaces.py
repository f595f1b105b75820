"""Propose gazetteer names that the news uses as ordinary words, for review by a reader of Arabic.

    python scripts/mine_stopplaces.py [--bulk ../shared/data/articles/bulk.jsonl.gz] [--out out/stopplace-candidates.tsv]
                                      [--min-count 300]

A village called "سوف" or "تضم" exists somewhere, but in the news the word is the future
particle or the verb "contains"; "تجمعات" (gatherings) after "مناطق" is no place either. For every
one-word name of the default gazetteer, the script counts how often the word stands in the
unlabelled bulk articles and how often it stands where a place name stands: right after a
"في", a place cue word (مدينة، قرية، منطقة...), a "near" word or a direction, or with the
preposition ب joined to it. A name seen often whose share in such places is tiny is an
ordinary word of the news; the TSV lists them, most frequent first, with both counts and the
kinds and largest population of the places so named (for the reviewer; the TSV stays outside
the package and is never committed). Reviewed words enter ``marsad/lang/ar/stopplaces.py``.

The run is deterministic: same bulk file and gazetteer, same TSV.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from pathlib import Path

from marsad.geo import open_gazetteer
from marsad.lang.ar.cues import DIRECTIONS, NEAR_CUES, PLACE_CUES
from marsad.lang.ar.stopplaces import COMMON_WORDS
from marsad.text import fold

MIN_COUNT = 300  # occurrences in the bulk below which a word's use says too little
MAX_PLACE_SHARE = 0.02  # share of its occurrences in a place name's position
WORD = re.compile(r"\w+")
# Where a place name stands: after "في", a cue word, a "near" word or a direction (or with ب
# joined). Not after على، الى، من، بين، وسط...: those stand before ordinary nouns as often
# ("على الفور" is "at once", "وسط تكتم" "amid secrecy", "الى قسمين" "in two").
PLACE_BEFORE = frozenset(NEAR_CUES | DIRECTIONS | frozenset(PLACE_CUES) | {"في", "وفي", "قرب"})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bulk", default="../shared/data/articles/bulk.jsonl.gz")
    ap.add_argument("--out", default="out/stopplace-candidates.tsv")
    ap.add_argument("--min-count", type=int, default=MIN_COUNT, help="occurrences a word needs to be proposed")
    ap.add_argument("--max-share", type=float, default=MAX_PLACE_SHARE,
                    help="share of a word's occurrences in a place name's position above which it is not proposed")
    ap.add_argument("--villages", action="store_true",
                    help="propose only names that no place with a known population bears (small villages)")
    args = ap.parse_args()
    gaz = open_gazetteer()
    gaz._load()
    # not a word of three letters (a proclitic read off a name leaves one: "كابل" is "ك" + "ابل"),
    # nor one that begins a longer name ("صلاح" of "صلاح الدين"): as a common word it would stop those
    firsts = {key.split(" ")[0] for key in gaz._names if " " in key}
    names = {key: idx for key, idx in gaz._names.items() if " " not in key and len(key) > 3 and key not in firsts}
    total: Counter[str] = Counter()
    placed: Counter[str] = Counter()
    with gzip.open(args.bulk, "rt", encoding="utf-8") as handle:
        for line in handle:
            words = WORD.findall(fold(json.loads(line).get("text") or ""))
            prev = ""
            for w in words:
                if w in names:
                    total[w] += 1
                    if prev in PLACE_BEFORE:
                        placed[w] += 1
                elif w.startswith("ب") and w[1:] in names:
                    total[w[1:]] += 1
                    placed[w[1:]] += 1
                prev = w
    rows = []
    for w, n in total.items():
        share = placed[w] / n
        if n >= args.min_count and share <= args.max_share and w not in COMMON_WORDS:
            places = [gaz._place(i) for i in names[w]]
            if args.villages and any(p.population > 0 for p in places):
                continue
            kinds = ",".join(sorted({p.kind for p in places}))
            rows.append((n, w, placed[w], kinds, max(p.population for p in places)))
    rows.sort(key=lambda r: (-r[0], r[1]))
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        f.write("word\tcount\tplaced\tkinds\tpopulation\n")
        for n, w, p, kinds, pop in rows:
            f.write(f"{w}\t{n}\t{p}\t{kinds}\t{pop}\n")
    print(f"{len(rows)} candidates written to {out}")


if __name__ == "__main__":
    main()
