"""Mine lexicon candidates from the unlabelled bulk articles, for review by a reader of Arabic.

    python scripts/mine_lexicon.py [--bulk ../shared/data/articles/bulk.jsonl.gz] [--out out/lexicon-candidates.tsv]

(or ``make lexicon-candidates``). Five classes of proposals, each a row of a TSV with its count
in the bulk and one short context (for the reviewer only: the TSV stays outside the package and
is never committed):

- ``inflection``: a token the trigger lookup misses whose stem, after stripping proclitics,
  enclitics, verb affixes and number endings (a feminine ت restored to ة), is a known trigger
  lemma. The proposed key is the token without the proclitics the lookup strips itself.
- ``slot``: an unknown word whose neighbours (two words each side) look like those of a known
  trigger sub-type (positive PMI vectors, cosine with the sub-type's centroid).
- ``nationality``: "<noun> <nationality adjective>" where the noun is no force noun of
  ``marsad.pipeline.actors``; an accepted noun gives the attested pairs as aliases of the
  country's military actor.
- ``country``: a country name right after a trigger word or a "carried out" verb (قصفت تركيا،
  شنت إسرائيل) when no actor of the table has the name as an alias.
- ``victim``: a person noun right after a killed/injured word that no toll list knows.

The run is deterministic: same bulk file, same TSV. Review decisions are kept in
``scripts/lexicon_review.tsv`` (class, word, target, accept/reject, reason; words only); rows already decided there are marked.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from scipy import sparse

from marsad.knowledge.loader import actors, nationalities
from marsad.lang.ar.numbers import (
    HUNDREDS,
    INJURED,
    KILLED,
    ONE_PERSON,
    TENS,
    TWO_PEOPLE,
    UNITS,
    VAGUE,
    VICTIM_NOUNS,
)
from marsad.lang.ar.triggers import LEMMAS
from marsad.pipeline.actors import FORCE_NOUNS
from marsad.pipeline.triggers import lookup
from marsad.text import fold, name_key

_WORD = re.compile(r"[\w\u064b-\u065f\u0670\u0640]+")
_ARABIC = re.compile(r"^[\u0621-\u064a]+$")
_LOOKUP_CLITICS = ("وبال", "فبال", "وال", "فال", "بال", "كال", "لل", "وب", "ول", "ال", "و", "ف", "ب", "ل")
_PROCLITICS = ("", "و", "ف", "ب", "ل", "ك", "س", "وب", "ول", "فب", "فل", "وس", "فس", "وك")
_ARTICLE = ("", "ال")
_VERB_PREFIX = ("", "ي", "ت", "ن", "ا")
_ENCLITICS = ("", "هما", "هم", "هن", "ها", "كم", "نا", "ه", "ك", "ني")
_ENDINGS = ("", "ات", "ون", "ين", "ان", "تين", "تان", "وا", "تم", "نا", "ت", "ا", "ه", "تا", "ن")
_CARRIED_OUT = frozenset(fold(w) for w in ("شنت", "نفذت", "قصفت", "استهدفت", "هاجمت", "ضربت", "اطلقت", "شن", "نفذ"))
_STOP = frozenset(fold(w) for w in (
    "في", "من", "على", "الى", "إلى", "عن", "مع", "ان", "أن", "إن", "التي", "الذي", "الذين", "هذا", "هذه", "ذلك",
    "تلك", "كان", "كانت", "قد", "لم", "لن", "ما", "لا", "او", "أو", "ثم", "بعد", "قبل", "عند", "منذ", "حتى",
    "بين", "خلال", "كما", "وقال", "قال", "وقد", "وفي", "انه", "أنه", "إنه", "هو", "هي", "هم", "كل", "بعض",
))
_ENCLITIC_END = ("ها", "هم", "هما", "نا", "كم")
MIN_INFLECTION = 5
MIN_SLOT = 40
MIN_PAIR = 3


def articles(path: Path, limit: int | None) -> Iterator[str]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if limit is not None and n >= limit:
                return
            row = json.loads(line)
            yield f"{row.get('title') or ''}\n{row.get('text') or ''}"


def tokens(text: str) -> list[tuple[str, str]]:
    """(raw, folded) for each word; the raw spelling decides the lemmatizer's answer."""
    out = []
    for m in _WORD.finditer(text):
        raw = m.group()
        folded = fold(raw)
        if folded:
            out.append((raw, folded))
    return out


def context(toks: list[tuple[str, str]], i: int, width: int = 5) -> str:
    return " ".join(r for r, _ in toks[max(0, i - width) : i + width + 1])


def deep_stems(word: str) -> Iterator[tuple[str, str]]:
    """(stem, affixes) for every split of a folded word into clitics, affixes and a stem of 3+ letters."""
    for p in _PROCLITICS:
        if not word.startswith(p):
            continue
        w1 = word[len(p):]
        for a in _ARTICLE:
            if not w1.startswith(a):
                continue
            w2 = w1[len(a):]
            for v in _VERB_PREFIX if not a else ("",):
                if not w2.startswith(v):
                    continue
                w3 = w2[len(v):]
                for e in _ENCLITICS:
                    if e and not w3.endswith(e):
                        continue
                    w4 = w3[: len(w3) - len(e)] if e else w3
                    for end in _ENDINGS:
                        if end and not w4.endswith(end):
                            continue
                        stem = w4[: len(w4) - len(end)] if end else w4
                        if len(stem) < 3:
                            continue
                        yield stem, f"{p}+{a}+{v}|{end}+{e}"
                        if end in ("ت", "ات", "تين", "تان") or (e and stem.endswith("ت")):
                            base = stem if end in ("ت",) and e else stem
                            if base.endswith("ت"):
                                yield base[:-1] + "ه", f"{p}+{a}+{v}|ة{end}+{e}"
                            elif end in ("ات", "تين", "تان"):
                                yield stem + "ه", f"{p}+{a}+{v}|ة{end}+{e}"


def lookup_key(word: str, lemma: str) -> str:
    """The token without the proclitic that the trigger lookup strips by itself."""
    best = word
    for p in _LOOKUP_CLITICS:
        if word.startswith(p) and len(word) - len(p) >= 3:
            rest = word[len(p):]
            if len(rest) < len(best) and any(s == lemma for s, _ in deep_stems(rest)):
                best = rest
    return best


def _decided(path: Path) -> dict[tuple[str, str], str]:
    if not path.exists():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) >= 4 and not line.startswith("#") and cols[0] != "class":
            out[(cols[0], fold(cols[1]))] = cols[3]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bulk", type=Path, default=Path("../shared/data/articles/bulk.jsonl.gz"))
    ap.add_argument("--out", type=Path, default=Path("out/lexicon-candidates.tsv"))
    ap.add_argument("--review", type=Path, default=Path("scripts/lexicon_review.tsv"))
    ap.add_argument("--limit", type=int, default=None, help="read only the first N articles")
    ap.add_argument("--nationality", type=int, default=200, help="nationality nouns proposed")
    ap.add_argument("--slots", type=int, default=40, help="slot proposals per sub-type")
    args = ap.parse_args()

    # pass 1: word counts and one raw spelling per folded word
    counts: Counter[str] = Counter()
    raw_of: dict[str, str] = {}
    for text in articles(args.bulk, args.limit):
        for raw, folded in tokens(text):
            counts[folded] += 1
            if folded not in raw_of:
                raw_of[folded] = raw
    print(f"pass 1: {sum(counts.values())} tokens, {len(counts)} distinct")

    known: dict[str, str] = {}  # folded word -> sub-type, for words the lookup finds
    for w, n in counts.items():
        if n >= MIN_INFLECTION and _ARABIC.match(w):
            hit = lookup(raw_of[w], w)
            if hit is not None:
                known[w] = hit[1][0]

    # (a) inflections the lookup misses
    inflections: dict[str, tuple[str, str, int, str]] = {}  # key -> (lemma, sub, count, example word)
    examples_a: dict[str, str] = {}
    for w, n in counts.most_common():
        if n < MIN_INFLECTION:
            break
        if w in known or not _ARABIC.match(w) or len(w) < 4:
            continue
        matches = sorted({s for s, _ in deep_stems(w) if s in LEMMAS}, key=lambda s: (-len(s), s))
        if not matches:
            continue
        lemma = matches[0]
        key = lookup_key(w, lemma)
        prev = inflections.get(key)
        total = n + (prev[2] if prev else 0)
        inflections[key] = (lemma, LEMMAS[lemma][0], total, prev[3] if prev else w)
        examples_a.setdefault(w, key)

    # vocabularies for (b)
    vocab = [w for w, n in counts.most_common() if n >= MIN_SLOT and _ARABIC.match(w) and len(w) >= 3]
    vid = {w: i for i, w in enumerate(vocab)}
    ctx_words = [w for w, _ in counts.most_common(3000)]
    cid = {w: i for i, w in enumerate(ctx_words)}
    width = len(ctx_words)
    offsets = (-2, -1, 1, 2)

    adjectives: dict[str, str] = {}
    country_names: dict[str, str] = {}
    nats = nationalities()
    for nat in nats.values():
        for adj in nat.adjectives_ar:
            adjectives.setdefault(name_key(adj), nat.country)
            adjectives.setdefault("ال" + name_key(adj), nat.country)
        for cname in (nat.name_ar, *nat.country_names_ar):
            if " " not in cname.strip():
                country_names.setdefault(name_key(cname), nat.country)
    force = frozenset(FORCE_NOUNS)
    alias_keys: set[str] = {name_key(a) for r in actors().values() for a in (r.name_ar, *r.aliases_ar)}
    victims_known = set(VICTIM_NOUNS) | set(ONE_PERSON) | set(TWO_PEOPLE) | set(KILLED) | set(INJURED)
    victims_known |= set(UNITS) | set(TENS) | set(HUNDREDS) | set(VAGUE)
    toll_words = (set(KILLED) | set(INJURED) | {fold(w) for w in ("سقط", "سقوط")}) - {fold(w) for w in ("جثث", "جثه")}

    # pass 2: neighbours, nationality pairs, countries after triggers, victim nouns, and contexts
    pairs: Counter[int] = Counter()
    nat_pairs: Counter[tuple[str, str]] = Counter()
    nat_event: Counter[str] = Counter()
    nat_raw: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    country_acts: Counter[str] = Counter()
    country_raw: dict[str, Counter[str]] = defaultdict(Counter)
    victims: Counter[str] = Counter()
    ctx: dict[tuple[str, str], str] = {}
    want_a = set(examples_a)
    for text in articles(args.bulk, args.limit):
        toks = tokens(text)
        words = [f for _, f in toks]
        n = len(words)
        for i, w in enumerate(words):
            if w in want_a and ("inflection", examples_a[w]) not in ctx:
                ctx[("inflection", examples_a[w])] = context(toks, i)
            v = vid.get(w)
            if v is not None:
                base = v * 4 * width
                for k, off in enumerate(offsets):
                    j = i + off
                    if 0 <= j < n:
                        c = cid.get(words[j])
                        if c is not None:
                            pairs[base + k * width + c] += 1
                if w not in known and ("slot", w) not in ctx:
                    ctx[("slot", w)] = context(toks, i)
            if i + 1 < n:
                adj = words[i + 1]
                country = adjectives.get(adj)
                if country is not None and _ARABIC.match(w) and len(w) >= 3:
                    noun = w[1:] if w[:1] in "وفب" and w[1:3] == "ال" else w
                    noun = noun[1:] if noun[:1] == "و" and noun[1:] not in force and len(noun) > 4 else noun
                    if noun not in force and noun not in _STOP and f"{noun} {adj}" not in alias_keys:
                        nat_pairs[(noun, country)] += 1
                        if any(words[j] in known for j in range(max(0, i - 3), min(n, i + 5)) if j not in (i, i + 1)):
                            nat_event[noun] += 1
                        nat_raw[(noun, country)][f"{toks[i][0].removeprefix('و')} {toks[i + 1][0]}"] += 1
                        ctx.setdefault(("nationality", noun), context(toks, i))
            country = country_names.get(w)
            if country is not None and i > 0:
                prev = words[i - 1]
                if prev in known or prev in _CARRIED_OUT:
                    country_acts[w] += 1
                    country_raw[w][toks[i][0]] += 1
                    ctx.setdefault(("country", w), context(toks, i))
            if i > 0 and _ARABIC.match(w) and len(w) >= 3 and w not in victims_known and w not in _STOP:
                prev = words[i - 1]
                bare_prev = prev[1:] if prev[:1] in "وف" and len(prev) > 3 else prev
                if bare_prev in toll_words and w.endswith(("ان", "ين", "ا", "ي", "ه")) and not w.endswith(_ENCLITIC_END):
                    bare = w[1:] if w[:1] == "و" and len(w) > 4 else w
                    if bare not in victims_known:
                        victims[bare] += 1
                        ctx.setdefault(("victim", bare), context(toks, i))
    print(f"pass 2: {len(pairs)} neighbour pairs")

    rows: list[tuple[str, str, str, int, str, str]] = []  # class, candidate, proposal, count, detail, context
    for key, (lemma, sub, n, example) in sorted(inflections.items(), key=lambda kv: (-kv[1][2], kv[0])):
        rows.append(("inflection", key, sub, n, f"lemma={lemma} e.g. {example}", ctx.get(("inflection", example), "")))

    # (b) positive PMI vectors of neighbours, cosine to each sub-type's centroid of known triggers
    if pairs:
        keys = np.fromiter(pairs.keys(), dtype=np.int64, count=len(pairs))
        vals = np.fromiter(pairs.values(), dtype=np.float64, count=len(pairs))
        order = np.argsort(keys, kind="stable")
        keys, vals = keys[order], vals[order]
        mat = sparse.csr_matrix((vals, (keys // (4 * width), keys % (4 * width))), shape=(len(vocab), 4 * width))
        total = mat.sum()
        row_sum = np.asarray(mat.sum(axis=1)).ravel()
        col_sum = np.asarray(mat.sum(axis=0)).ravel()
        coo = mat.tocoo()
        pmi = np.log(coo.data * total / (row_sum[coo.row] * col_sum[coo.col]))
        keep = pmi > 0
        ppmi = sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=mat.shape)
        norms = np.sqrt(np.asarray(ppmi.multiply(ppmi).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        unit = sparse.diags(1.0 / norms) @ ppmi
        by_sub: dict[str, list[int]] = defaultdict(list)
        for w, sub in known.items():
            if w in vid:
                by_sub[sub].append(vid[w])
        unknown = np.array([i for i, w in enumerate(vocab) if w not in known and w not in _STOP], dtype=np.int64)
        for sub in sorted(by_sub):
            members = by_sub[sub]
            centroid = np.asarray(unit[members].mean(axis=0)).ravel()
            centroid /= max(float(np.linalg.norm(centroid)), 1e-12)
            sims = unit[unknown] @ centroid
            best = np.argsort(-sims, kind="stable")[: args.slots]
            for b in best:
                w = vocab[int(unknown[b])]
                rows.append(("slot", w, sub, counts[w], f"cos={sims[b]:.3f} from {len(members)} words",
                             ctx.get(("slot", w), "")))

    # (c) nationality adjectives after nouns that are no force noun yet
    by_noun: Counter[str] = Counter()
    for (noun, _country), n in nat_pairs.items():
        by_noun[noun] += n
    # ranked by how often the pair stands next to a known trigger: force and weapon nouns first
    ranked = sorted(by_noun, key=lambda k: (-nat_event[k] * nat_event[k] / by_noun[k], k))
    for noun in ranked[: args.nationality]:
        n = by_noun[noun]
        if n < 10:
            continue
        mil = sorted(((c, k) for (nn, c), k in nat_pairs.items() if nn == noun and k >= MIN_PAIR),
                     key=lambda ck: (-ck[1], ck[0]))
        detail = f"near-trigger={nat_event[noun]} " + " ".join(f"{c}:{k}" + ("" if nats[c].military_actor else "(no actor)") for c, k in mil[:8])
        rows.append(("nationality", noun, "military actor of the country", n, detail, ctx.get(("nationality", noun), "")))

    # (d) country names acting
    for cname, n in country_acts.most_common():
        if n < MIN_PAIR:
            continue
        country = country_names[cname]
        actor = nats[country].military_actor
        spelled = country_raw[cname].most_common(1)[0][0]
        rows.append(("country", spelled, actor or f"({country}: no military actor)", n,
                     f"{country} of {counts[cname]} mentions",
                     ctx.get(("country", cname), "")))

    # (e) person nouns after a toll word, and forms of the known victim nouns that no list has
    victim_stems = {k for k in VICTIM_NOUNS if not k.endswith(("ا", "ان", "ين"))}
    for w, n in counts.most_common():
        if n < MIN_INFLECTION:
            break
        if w in victims_known or not _ARABIC.match(w) or w[:1] == "و" or w.startswith("ال"):
            continue
        stems = {s for s, _ in deep_stems(w)} & victim_stems
        if stems and not w.endswith(_ENCLITIC_END):
            stem = min(stems)
            rows.append(("victim-form", w, f"{VICTIM_NOUNS[stem][0]} (stem {stem})", n, "", ""))
    for bare, n in victims.most_common():
        if n < MIN_PAIR * 2:
            break
        rows.append(("victim", bare, "person noun", n, "", ctx.get(("victim", bare), "")))

    # every attested "<noun> <adjective>" spelling, for the aliases of the nouns accepted in review
    pairs_out = args.out.with_name(args.out.stem + "-pairs.tsv")
    with pairs_out.open("w", encoding="utf-8") as fh:
        fh.write("noun\tcountry\tmilitary_actor\tpolice_actor\tcount\tspelling\tspelling_count\n")
        for (noun, country), n in sorted(nat_pairs.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1])):
            if n < MIN_PAIR or noun not in by_noun or by_noun[noun] < 10:
                continue
            nat = nats[country]
            for spelling, k in nat_raw[(noun, country)].most_common():
                if k >= MIN_PAIR:
                    fh.write(f"{noun}\t{country}\t{nat.military_actor or ''}\t{nat.police_actor or ''}\t{n}\t{spelling}\t{k}\n")

    decided = _decided(args.review)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        fh.write("class\tcandidate\tproposal\tcount\tdetail\tdecision\tcontext\n")
        for cls, cand, prop, n, detail, c in rows:
            decision = decided.get((cls, fold(cand)), "")
            fh.write(f"{cls}\t{cand}\t{prop}\t{n}\t{detail}\t{decision}\t{c.replace(chr(9), ' ').replace(chr(10), ' ')}\n")
    per_class = Counter(r[0] for r in rows)
    print(f"wrote {args.out}: " + ", ".join(f"{k} {v}" for k, v in sorted(per_class.items())))


if __name__ == "__main__":
    main()
