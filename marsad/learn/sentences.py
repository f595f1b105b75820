"""Training of the sentence model (``marsad.pipeline.reportable``; needs scikit-learn).

Every sentence of every hand-coded article is an example, not only those that gave a candidate.
Its labels come from the hand coding: each event that occurred quotes its sentence
(``sentence_text``); a sentence that overlaps the quoted sentence of an event reports an event
("any") of that event's type. Each output is an L2-regularised logistic regression (lbfgs,
deterministic) over the sentence's words and word pairs seen in at least ``MIN_ARTICLES``
articles; an event type with fewer than ``MIN_POSITIVES`` sentences gets no output.

The event filter is trained on sentence scores that did not see the candidate's article (out of
fold), as it meets them at run time; the shipped sentence model is fitted on every article.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from marsad.learn.dataset import Pool, Row, fold_of
from marsad.pipeline.reportable import ANY, SentenceModel, signal

SENTENCE_C = 0.3  # fixed, not tuned per fold (0.1 and 1.0 scored within 0.002 of it in CV)
MIN_ARTICLES = 2
MIN_POSITIVES = 5
DIGITS = 5


def learnable(pool: Pool, articles: set[str]) -> bool:
    """Whether the articles' sentences can teach the model: enough that report an event and
    enough that do not (hand coding without quoted sentences teaches nothing: no sentence model)."""
    reporting = sum(bool(kinds) for a in articles for _, kinds in pool.sentences.get(a, []))
    total = sum(len(pool.sentences.get(a, [])) for a in articles)
    return reporting >= MIN_POSITIVES and total - reporting >= MIN_POSITIVES


def fit_sentences(pool: Pool, articles: set[str], c: float = SENTENCE_C, meta: dict[str, object] | None = None) -> SentenceModel:
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    order = sorted(a for a in articles if a in pool.sentences)
    seen: dict[str, set[str]] = {}
    for a in order:
        for features, _ in pool.sentences[a]:
            for name in features:
                seen.setdefault(name, set()).add(a)
    names = {n for n, arts in seen.items() if len(arts) >= MIN_ARTICLES}
    examples = [({k: v for k, v in f.items() if k in names}, kinds) for a in order for f, kinds in pool.sentences[a]]
    if not examples:
        raise ValueError("the sentence model needs articles with sentences")
    vec = DictVectorizer(sort=True)
    x = vec.fit_transform([f for f, _ in examples])
    positives: dict[str, int] = {}
    for _, kinds in examples:
        for kind in kinds:
            positives[kind] = positives.get(kind, 0) + 1
    outputs = (ANY, *sorted(k for k, n in positives.items() if n >= MIN_POSITIVES))
    columns, biases = [], []
    for output in outputs:
        y = np.array([int(bool(kinds)) if output == ANY else int(output in kinds) for _, kinds in examples])
        if len(set(y.tolist())) < 2:
            raise ValueError("the sentence model needs sentences that report events and sentences that do not")
        model = LogisticRegression(C=c, solver="lbfgs", max_iter=5000, tol=1e-8)
        model.fit(x, y)
        columns.append(model.coef_[0])
        biases.append(round(float(model.intercept_[0]), DIGITS) + 0.0)
    weights: dict[str, tuple[float, ...]] = {}
    for j, name in enumerate(vec.get_feature_names_out()):
        w = tuple(round(float(col[j]), DIGITS) + 0.0 for col in columns)
        if any(w):
            weights[str(name)] = w
    info = {"c": c, "sentences": len(examples), "reporting": sum(bool(k) for _, k in examples), **(meta or {})}
    return SentenceModel(outputs, weights, tuple(biases), info)


Scores = dict[str, list[dict[str, float]]]  # article -> each sentence's scores


def scores_for(model: SentenceModel, pool: Pool, articles: set[str]) -> Scores:
    return {a: [model.scores(f) for f, _ in pool.sentences.get(a, [])] for a in articles}


def out_of_fold_scores(pool: Pool, articles: set[str]) -> Scores:
    """Each article's sentence scores by a model fitted on the other folds of ``articles`` (none
    where those cannot teach one)."""
    out: Scores = {}
    for f in sorted({fold_of(a) for a in articles}):
        fit = {a for a in articles if fold_of(a) != f}
        if learnable(pool, fit):
            out |= scores_for(fit_sentences(pool, fit), pool, {a for a in articles if fold_of(a) == f})
    return out


def with_signals(rows: Sequence[Row], scores: Scores) -> list[Row]:
    """The rows with their sentence's features for the filter (by each row's event type as it stands)."""
    out = []
    for r in rows:
        sentence = scores.get(r.article_id, [])
        if 0 <= r.sentence < len(sentence):
            r = replace(r, features=r.features | signal(sentence[r.sentence], str(r.event.get("event_type"))))
        out.append(r)
    return out
