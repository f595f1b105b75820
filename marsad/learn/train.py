"""Training and cross-validation of the event filter (needs the ``train`` extra: scikit-learn).

The model is an L2-regularised logistic regression over the candidate features, fitted with
scikit-learn's deterministic lbfgs solver; its weights are written to JSON (rounded, sorted)
so that the same pool always gives the same file, and the package reads it with no
scikit-learn at run time. The regularisation strength is fixed (``C_GRID``: one value, see
there); the decision threshold is chosen by cross-validation inside the articles the model is
fitted on: evaluation folds never take part in any choice.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from marsad.learn.align import JSONDict, f1, f1_counts
from marsad.learn.dataset import FOLDS, Pool, Row, fold_of
from marsad.learn.forest import fit_forest
from marsad.learn.sentences import fit_sentences, learnable, out_of_fold_scores, scores_for, with_signals
from marsad.learn.types import fit_types, revise_rows, revised_out_of_fold, type_labels
from marsad.pipeline.decide import LinearModel
from marsad.pipeline.reportable import SENTENCES_FILE, SentenceModel
from marsad.pipeline.retype import TYPES_FILE, TypeModel, one_per_report
from marsad.pipeline.tolls import share_json

# The regularisation strength is fixed. Cross-validated typed F1 differs between 0.01 and 0.1 by
# less than its noise (0.6295, 0.6296, 0.6288, 0.6287, 0.6246 at their best thresholds, for 0.01,
# 0.02, 0.03, 0.05, 0.1), and choosing among them by F1 flipped with a single candidate's place:
# each flip changed 5 to 15% of the events the shipped model puts out of the same real news.
# ``choose`` still picks among several when given them.
C_GRID = (0.02,)
THRESHOLDS = tuple(round(0.2 + 0.025 * i, 3) for i in range(21))  # 0.2 .. 0.7
MIN_ARTICLES = 3  # a feature seen in fewer training articles is left out
# The filter blends the logistic model with boosted trees (``marsad.learn.forest``): on the pool
# of the 614 coded articles, fixed-threshold typed F1 (0.30-0.45, nested folds) 0.634 -> 0.639,
# out-of-fold AUC 0.848 -> 0.857, and F1 falls more slowly as the threshold rises.
FOREST = True
DIGITS = 6


def _features_kept(rows: Sequence[Row]) -> set[str]:
    seen: dict[str, set[str]] = {}
    for r in rows:
        for name in r.features:
            seen.setdefault(name, set()).add(r.article_id)
    return {name for name, arts in seen.items() if len(arts) >= MIN_ARTICLES and name != "bias"}


def fit(rows: Sequence[Row], c: float, threshold: float = 0.5, meta: dict[str, Any] | None = None) -> LinearModel:
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    names = _features_kept(rows)
    vec = DictVectorizer(sort=True)
    x = vec.fit_transform([{k: v for k, v in r.features.items() if k in names} for r in rows])
    y = np.array([int(r.label) for r in rows])
    if len(set(y.tolist())) < 2:
        raise ValueError("the training rows need both kept and dropped candidates")
    model = LogisticRegression(C=c, solver="lbfgs", max_iter=5000, tol=1e-8)
    model.fit(x, y)
    weights = {name: round(float(w), DIGITS) for name, w in zip(vec.get_feature_names_out(), model.coef_[0], strict=True)}
    weights = {k: v for k, v in weights.items() if v != 0.0}
    weights["bias"] = round(float(model.intercept_[0]), DIGITS)
    forest = fit_forest([r.features for r in rows], [r.label for r in rows], names) if FOREST else None
    return LinearModel(weights, threshold, meta or {}, forest)


def _kept(rows: Sequence[Row], probs: Sequence[float], threshold: float) -> dict[str, list[JSONDict]]:
    out: dict[str, list[JSONDict]] = {}
    for r, p in zip(rows, probs, strict=True):
        if p >= threshold:
            out.setdefault(r.article_id, []).append(r.event)
    return out


# Typed F1 is flat over a range of thresholds while precision keeps rising: of the thresholds
# within this much of the best F1, the highest is taken. Real news holds far more text that
# reports nothing than the hand-coded articles do, and a reader of the events is better served
# by fewer false ones than by as many real ones at the same F1.
F1_TOLERANCE = 0.005
# The threshold's own band is wider: at 0.005 the choice sat on the flat top of the curve, and
# one candidate more or less in 1,969 moved it a step (0.35 to 0.325), which put 5% more events,
# most of them false, out of the same real news. At 0.01 it sits where F1 starts to fall
# steeply, one step from where it falls by a point or more, so that noise moves it less.
THRESHOLD_TOLERANCE = 0.01
# And it never goes below this floor. On the coded articles typed F1 keeps rising as the threshold
# falls (smoothed, best at 0.325: they hold more events than real news does), so the band's edge
# sits where the curve is steep and a fourth decimal moves it a step: rebuilt after a round of
# rules on sources, it fell from 0.425 to 0.4 (0.6368 against a cut of 0.6364), which put 97
# events more (7%) out of 6,000 bulk articles, 5 of 25 of them real when read. At 0.425 three
# samples of real news read by hand gave 80% real events (the bar).
THRESHOLD_FLOOR = 0.425
# Both choices read F1 smoothed over this many grid steps each side of a threshold: on the raw
# curve, leaving out any one of eight articles tried at random flipped the strength chosen three
# times in eight (the F1 of the strengths differs by less than the noise); on the smoothed one, none.
SMOOTHING = 1


def smoothed(scores: Sequence[float]) -> list[float]:
    """Each threshold's F1 as the mean over it and its neighbours on the grid: one candidate
    more or less moves a single threshold's F1, rarely three in a row."""
    return [sum(scores[max(0, i - SMOOTHING):i + SMOOTHING + 1]) / len(scores[max(0, i - SMOOTHING):i + SMOOTHING + 1])
            for i in range(len(scores))]


def best_threshold(pool_gold: dict[str, list[JSONDict]], rows: Sequence[Row], probs: Sequence[float]) -> tuple[float, float]:
    """The threshold for these articles (the highest whose smoothed typed F1 is within
    ``THRESHOLD_TOLERANCE`` of the best), and the best smoothed F1."""
    scores = smoothed([f1(*f1_counts(pool_gold, _kept(rows, probs, t))) for t in THRESHOLDS])
    top = max(scores)
    return max(t for t, score in zip(THRESHOLDS, scores, strict=True) if score >= top - THRESHOLD_TOLERANCE), top


def operating_threshold(chosen: float) -> float:
    """The threshold the filter runs at: the one chosen on the coded articles, raised to
    ``THRESHOLD_FLOOR`` (real news is poorer in events than they are)."""
    return max(chosen, THRESHOLD_FLOOR)


def _oof(rows: Sequence[Row], articles: set[str], folds: Sequence[int], c: float) -> list[float]:
    """Out-of-fold probabilities for ``rows`` (all in ``articles``) over the given folds."""
    probs = [0.0] * len(rows)
    for f in folds:
        fit_rows = [r for r in rows if fold_of(r.article_id) != f]
        model = fit(fit_rows, c)
        for i, r in enumerate(rows):
            if fold_of(r.article_id) == f:
                probs[i] = model.probability(r.features)
    return probs


@dataclass
class Choice:
    c: float
    threshold: float
    f1: float


def choose(pool: Pool, articles: set[str]) -> Choice:
    """Regularisation and threshold by cross-validation over ``articles`` only (their folds)."""
    rows = [r for r in pool.rows if r.article_id in articles]
    gold = {a: pool.gold[a] for a in articles}
    folds = sorted({fold_of(a) for a in articles})
    tried = []
    for c in C_GRID:
        probs = _oof(rows, articles, folds, c)
        t, score = best_threshold(gold, rows, probs)
        t = operating_threshold(t)
        tried.append((Choice(c, t, score), sum(p >= t for p in probs)))
    return pick(tried)


def pick(tried: Sequence[tuple[Choice, int]]) -> Choice:
    """Much as with the threshold: of the regularisation strengths whose F1 is within F1_TOLERANCE of
    the best, the one that keeps the fewest candidates (``tried``: each choice and how many it
    keeps). F1 moves by noise between them, and by it alone the choice flipped between strengths
    that put 5 to 7% more or fewer events out of the same real news."""
    top = max(choice.f1 for choice, _ in tried)
    return min((x for x in tried if x[0].f1 >= top - F1_TOLERANCE), key=lambda x: (x[1], -x[0].c))[0]


def fold_rows(pool: Pool, fit_articles: set[str], test_rows: list[Row], labels: list[str | None] | None) -> tuple[list[Row], list[Row]]:
    """The rows a fold's filter is fitted on (those of ``fit_articles``) and the held-out
    ``test_rows``, as the filter sees them: revised by a type model fitted on the fitting articles
    (with ``labels``, from ``type_labels``; the fitting rows by type models that did not see their
    article), and with the sentence model's scores (the held-out rows' by one fitted on the fitting
    articles; the fitting rows' by models that did not see their article either)."""
    fit_rows = [r for r in pool.rows if r.article_id in fit_articles]
    if labels is not None:
        types = fit_types(fit_rows, [lab for r, lab in zip(pool.rows, labels, strict=True) if r.article_id in fit_articles])
        test_rows = revise_rows(pool, test_rows, types)
        fit_rows = revised_out_of_fold(pool, fit_articles, labels)
    if learnable(pool, fit_articles):
        test_articles = {r.article_id for r in test_rows}
        test_rows = with_signals(test_rows, scores_for(fit_sentences(pool, fit_articles), pool, test_articles))
        fit_rows = with_signals(fit_rows, out_of_fold_scores(pool, fit_articles))
    return fit_rows, test_rows


def cross_validate(pool: Pool, retype: bool = True) -> tuple[dict[str, list[JSONDict]], list[Choice]]:
    """Predicted events per article, each fold's models (type model and filter) fitted and tuned
    on the other four."""
    pred: dict[str, list[JSONDict]] = {a: [] for a in pool.gold}
    choices = []
    labels = type_labels(pool) if retype else None
    for f in range(FOLDS):
        fit_articles = {a for a in pool.gold if fold_of(a) != f}
        fit_rows, test_rows = fold_rows(pool, fit_articles, [r for r in pool.rows if fold_of(r.article_id) == f], labels)
        fold_pool = Pool(fit_rows + test_rows, pool.gold)
        choice = choose(fold_pool, fit_articles)
        choices.append(choice)
        model = fit(fit_rows, choice.c, choice.threshold)
        kept: dict[str, list[Row]] = {}
        for r in test_rows:
            if model.probability(r.features) >= model.threshold:
                kept.setdefault(r.article_id, []).append(r)
        for article_id, rows in kept.items():
            events = [r.event for r in rows]
            pred[article_id] = [events[i] for i in one_per_report(events, ["retyped" in r.features for r in rows])]
    # as the pipeline does after its decision: a figure several kept events carry is shared
    return {a: share_json(events) for a, events in pred.items()}, choices


def train(pool: Pool, meta: dict[str, Any] | None = None,
          retype: bool = True) -> tuple[LinearModel, TypeModel | None, SentenceModel | None]:
    """The models to ship: the type model and the sentence model fitted on the whole pool; the
    filter tuned by cross-validation over the whole pool and fitted on all of it, on candidates
    revised by type models, and with sentence scores by sentence models, that did not see
    their article."""
    if not any(r.label for r in pool.rows) or all(r.label for r in pool.rows):
        raise ValueError("the training rows need both kept and dropped candidates")
    types = None
    rows = pool
    if retype:
        labels = type_labels(pool)
        types = fit_types(pool.rows, labels, meta={"articles": len(pool.gold)})
        rows = Pool(revised_out_of_fold(pool, set(pool.gold), labels), pool.gold)
    sentences = None
    if learnable(pool, set(pool.gold)):
        sentences = fit_sentences(pool, set(pool.gold), meta={"articles": len(pool.gold)})
        rows = Pool(with_signals(rows.rows, out_of_fold_scores(pool, set(pool.gold))), pool.gold)
    choice = choose(rows, set(pool.gold))
    info = {"c": choice.c, "cv_f1_for_choice": round(choice.f1, 4), "articles": len(pool.gold),
            "candidates": len(rows.rows), "positives": sum(r.label for r in rows.rows), **(meta or {})}
    if types is not None:
        info["types"] = TYPES_FILE
    if sentences is not None:
        info["sentences"] = SENTENCES_FILE
    return fit(rows.rows, choice.c, choice.threshold, info), types, sentences


def write_types(model: TypeModel, path: str | Path) -> None:
    Path(path).write_text(json.dumps(model.to_json(), ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n",
                          encoding="utf-8")


def write_sentences(model: SentenceModel, path: str | Path) -> None:
    Path(path).write_text(json.dumps(model.to_json(), ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n",
                          encoding="utf-8")


def write_model(model: LinearModel, path: str | Path) -> None:
    Path(path).write_text(json.dumps(model.to_json(), ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                          encoding="utf-8")


def write_rows(path: str | Path, rows: dict[str, list[JSONDict]], order: Sequence[str]) -> None:
    with open(path, "w", encoding="utf-8") as out:
        for article_id in order:
            out.write(json.dumps({"article_id": article_id, "events": rows.get(article_id, [])}, ensure_ascii=False) + "\n")
