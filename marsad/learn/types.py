"""Training of the event-type model (``marsad.pipeline.retype``; needs scikit-learn).

A candidate's label is the sub-type the hand coding gives at its place, when the gold events
there are all of one event type (the commonest of their sub-types); candidates at no gold place,
or at a place the gold codes with several types, teach nothing about types and are left out.
The model is a multinomial logistic regression (lbfgs, deterministic) over the candidate
features that do not depend on the rules' type. Sub-types with fewer than ``MIN_CLASS``
labelled candidates are left out as classes.

The filter is trained on candidates revised by a type model that did not see their article
(out of fold), as it meets them at run time.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from marsad.learn.align import labels as align_labels
from marsad.learn.align import same_place, status_of
from marsad.learn.dataset import Pool, Row, fold_of
from marsad.pipeline.retype import TypeModel, retyped_features, retyped_json, tell_key, type_features
from marsad.taxonomy import Status

TYPES_C = 0.5
MARGIN = 0.5
MIN_CLASS = 5
MIN_ARTICLES = 3
DIGITS = 5


def type_labels(pool: Pool) -> list[str | None]:
    """Each row's sub-type label (see the module's docstring), or None."""
    out: list[str | None] = []
    for r in pool.rows:
        here = [g for g in pool.gold[r.article_id]
                if status_of(g) == Status.OCCURRED and same_place(g.get("location"), r.event.get("location"))]
        if len({g.get("event_type") for g in here}) != 1:
            out.append(None)
            continue
        subs = Counter(str(g.get("sub_event_type")) for g in here)
        out.append(min(subs, key=lambda s: (-subs[s], s)))
    return out


def fit_types(rows: Sequence[Row], labels: Sequence[str | None], c: float = TYPES_C,
              margin: float = MARGIN, meta: dict[str, object] | None = None) -> TypeModel:
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    pairs = [(r, lab) for r, lab in zip(rows, labels, strict=True) if lab is not None]
    counts = Counter(lab for _, lab in pairs)
    pairs = [(r, lab) for r, lab in pairs if counts[lab] >= MIN_CLASS]
    seen: dict[str, set[str]] = {}
    for r, _ in pairs:
        for name in type_features(r.features):
            seen.setdefault(name, set()).add(r.article_id)
    names = {n for n, arts in seen.items() if len(arts) >= MIN_ARTICLES and n != "bias"}
    vec = DictVectorizer(sort=True)
    x = vec.fit_transform([{k: v for k, v in type_features(r.features).items() if k in names} for r, _ in pairs])
    y = np.array([lab for _, lab in pairs])
    if len(set(y.tolist())) < 2:
        raise ValueError("the type model needs labelled candidates of at least two sub-types")
    model = LogisticRegression(C=c, solver="lbfgs", max_iter=5000, tol=1e-8)
    model.fit(x, y)
    classes = tuple(str(k) for k in model.classes_)
    coef, intercept = model.coef_, model.intercept_
    if len(classes) == 2:
        # two classes: scikit-learn gives one row (the second class against the first); a
        # softmax with the first class at zero is the same model
        coef, intercept = np.vstack([np.zeros_like(coef[0]), coef[0]]), np.array([0.0, intercept[0]])
    weights: dict[str, tuple[float, ...]] = {}
    for j, name in enumerate(vec.get_feature_names_out()):
        w = tuple(round(float(coef[i][j]), DIGITS) + 0.0 for i in range(len(classes)))
        if any(w):
            weights[str(name)] = w
    bias = tuple(round(float(b), DIGITS) + 0.0 for b in intercept)
    info = {"c": c, "labelled": len(pairs), **(meta or {})}
    return TypeModel(classes, weights, bias, margin, info)


def revise_rows(pool: Pool, rows: Sequence[Row], model: TypeModel) -> list[Row]:
    """The rows as the type model revises them (new type, features), relabelled against the
    gold of their articles."""
    out = []
    articles = {r.article_id for r in rows}
    told = {(r.article_id, tell_key(r.sentence, r.event)) for r in pool.rows if r.article_id in articles}
    for r in rows:
        sub = model.revised(r.features, str(r.event.get("sub_event_type")))
        if sub is not None and (r.article_id, tell_key(r.sentence, r.event, sub)) in told:
            sub = None  # what the rules told of another candidate there (as the shipped decider)
        if sub is None:
            out.append(r)
        else:
            out.append(replace(r, event=retyped_json(r.event, sub, r.sides), features=retyped_features(r.features, sub)))
    return relabel(pool, out)


def relabel(pool: Pool, rows: list[Row]) -> list[Row]:
    by_article: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        by_article.setdefault(r.article_id, []).append(i)
    for article_id, idx in by_article.items():
        for i, label in zip(idx, align_labels(pool.gold[article_id], [rows[i].event for i in idx]), strict=True):
            if rows[i].label != label:
                rows[i] = replace(rows[i], label=label)
    return rows


def revised_out_of_fold(pool: Pool, articles: set[str], labels: Sequence[str | None]) -> list[Row]:
    """The rows of ``articles``, each revised by a type model fitted on the other folds of
    ``articles`` (the folds of the pool, as everywhere)."""
    idx = [i for i, r in enumerate(pool.rows) if r.article_id in articles]
    folds = sorted({fold_of(a) for a in articles})
    revised: dict[int, Row] = {}
    for f in folds:
        fit_idx = [i for i in idx if fold_of(pool.rows[i].article_id) != f]
        model = fit_types([pool.rows[i] for i in fit_idx], [labels[i] for i in fit_idx])
        own = [i for i in idx if fold_of(pool.rows[i].article_id) == f]
        for i, row in zip(own, revise_rows(pool, [pool.rows[i] for i in own], model), strict=True):
            revised[i] = row
    return [revised[i] for i in idx]
