"""The learned filter on briefs: lead sentences cut from the hand-coded articles, scored out of fold.

Usage: python bench/eval_briefs.py [--leads 1,2,3] [--out out/briefs]

Each coded article of more than k + 1 sentences gives a brief of its first k sentences, whose gold
is the article's coded events told in those sentences (an event is kept when the sentence its coder
quoted lies in the brief: an approximation, the same for every decider). Every brief is predicted by
models fitted on the full articles of the other four folds only (the briefs' own article is in the
held-out fold), and the script prints typed F1 per lead length: the rules alone, and the model at
several thresholds. This is the measurement behind ``decide.BRIEF_THRESHOLD``. Takes ~10 minutes.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from shared_gazetteer import SHARED

import marsad
from marsad.document import Document
from marsad.learn import dataset
from marsad.learn.align import match, status_of
from marsad.learn.dataset import Pool, build_pool
from marsad.learn.train import C_GRID, fit, fold_rows
from marsad.learn.types import type_labels
from marsad.pipeline import normalize, segment

ARTICLES = SHARED / "data/articles"
THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.425, 0.45, 0.5)
MARK = f"{dataset.DERIVED_MARK}lead"  # a brief is held out with its article (``fold_of``)


def leads(k_values: list[int]) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """(brief article, its gold) for every coded article long enough, for each k."""
    for split in ("dev", "train"):
        gold = {g["article_id"]: g for g in map(json.loads, (ARTICLES / f"{split}-gold.jsonl").open(encoding="utf-8"))}
        for line in (ARTICLES / f"{split}.jsonl").open(encoding="utf-8"):
            article = json.loads(line)
            doc = Document(article["text"])
            normalize.run(doc)
            segment.run(doc)
            for k in k_values:
                if len(doc.sentences) <= k + 1:
                    continue
                text = article["text"][: doc.index[doc.sentences[k - 1].end - 1] + 1]
                events = [e for e in gold[article["id"]]["events"] if (e.get("sentence_text") or "").strip() and e["sentence_text"].strip() in text]
                brief_id = f"{article['id']}{MARK}{k}"
                yield dict(article, id=brief_id, text=text), {"article_id": brief_id, "events": events}


def out_of_fold(pool: Pool) -> dict[str, list[tuple[float, dict[str, Any]]]]:
    """For every brief: its candidates' probabilities and events, by models fitted on the full
    articles of the other folds (types, sentence scores and filter, as ``cross_validate`` does)."""
    out: dict[str, list[tuple[float, dict[str, Any]]]] = defaultdict(list)
    labels = type_labels(pool)
    for f in range(dataset.FOLDS):
        fit_articles = {a for a in pool.gold if MARK not in a and dataset.fold_of(a) != f}
        test_rows = [r for r in pool.rows if MARK in r.article_id and dataset.fold_of(r.article_id) == f]
        fit_rows, test_rows = fold_rows(pool, fit_articles, test_rows, labels)
        model = fit(fit_rows, C_GRID[0])
        for r in test_rows:
            out[r.article_id].append((model.probability(r.features), r.event))
        print(f"fold {f} done", file=sys.stderr, flush=True)
    return out


def n_tokens(text: str) -> int:
    doc = Document(text)
    normalize.run(doc)
    segment.run(doc)
    return len(doc.tokens)


def typed(gold: dict[str, list[dict[str, Any]]], pred: dict[str, list[dict[str, Any]]], ids: set[str]) -> str:
    tp = n_pred = n_gold = 0
    for a in ids:
        g = [e for e in gold[a] if status_of(e) == "occurred"]
        p = [e for e in pred.get(a, []) if status_of(e) == "occurred"]
        tp, n_pred, n_gold = tp + len(match(g, p)), n_pred + len(p), n_gold + len(g)
    f1 = 2 * tp / (n_pred + n_gold) if n_pred + n_gold else 0.0
    return f"matched {tp:4d} of {n_gold:4d} gold, {n_pred:4d} predicted, typed F1 {f1:.3f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--leads", default="1,2,3", help="lead lengths in sentences, comma-separated")
    ap.add_argument("--out", default="out/briefs", help="folder for the briefs and their gold")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    k_values = [int(k) for k in args.leads.split(",")]
    with (out / "briefs.jsonl").open("w", encoding="utf-8") as fa, (out / "briefs-gold.jsonl").open("w", encoding="utf-8") as fg:
        for article, gold_row in leads(k_values):
            fa.write(json.dumps(article, ensure_ascii=False) + "\n")
            fg.write(json.dumps(gold_row, ensure_ascii=False) + "\n")
    pairs = [(str(ARTICLES / f"{s}.jsonl"), str(ARTICLES / f"{s}-gold.jsonl")) for s in ("dev", "train")]
    pool = build_pool([*pairs, (str(out / "briefs.jsonl"), str(out / "briefs-gold.jsonl"))])
    briefs = {a: ev for a, ev in pool.gold.items() if MARK in a}
    rules: dict[str, list[dict[str, Any]]] = {}
    words: dict[str, int] = {}
    for line in (out / "briefs.jsonl").open(encoding="utf-8"):
        article = json.loads(line)
        result = marsad.extract(article["text"], published=article.get("published"), article_id=article["id"], decider="rules")
        rules[article["id"]] = [e.to_json() for e in result.events]
        words[article["id"]] = n_tokens(article["text"])
    scored = out_of_fold(pool)
    for k in k_values:
        ids = {a for a in briefs if a.endswith(f"{MARK}{k}")}
        groups = {f"lead {k}": ids}
        if k == 1:
            groups = {"lead 1, at most 40 words": {a for a in ids if words[a] <= 40}, "lead 1, longer": {a for a in ids if words[a] > 40}}
        for name, group in groups.items():
            print(f"{name} ({len(group)} briefs)")
            print(f"  rules alone        {typed(briefs, rules, group)}")
            for t in THRESHOLDS:
                kept = {a: [e for p, e in scored.get(a, []) if p >= t] for a in group}
                print(f"  model at {t:<5}     {typed(briefs, kept, group)}")


if __name__ == "__main__":
    main()
