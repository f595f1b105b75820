"""Fitting the event filter's trees (needs the ``train`` extra: LightGBM).

Gradient-boosted trees over the candidate features that at least ``MIN_ROWS`` training
candidates carry, with fixed settings (not tuned on the evaluation folds: the first choice,
kept), one thread and LightGBM's deterministic mode, so that the same rows always give the
same trees; the trees are flattened into ``marsad.pipeline.forest.Forest``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from marsad.pipeline.forest import Forest, Tree

MIN_ROWS = 20  # a feature fewer training candidates carry is left out of the trees
SEED = 1
PARAMS: dict[str, Any] = {
    "n_estimators": 300, "learning_rate": 0.03, "num_leaves": 15, "min_child_samples": 10,
    "subsample": 0.8, "subsample_freq": 1, "colsample_bytree": 0.5, "reg_lambda": 1.0,
}
DIGITS = 9


def fit_forest(features: Sequence[dict[str, float]], labels: Sequence[bool], kept: set[str]) -> Forest:
    """Trees over the features in ``kept`` that at least ``MIN_ROWS`` of the rows carry."""
    import lightgbm as lgb
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer

    seen = Counter(k for f in features for k in f if k in kept)
    names = {k for k, n in seen.items() if n >= MIN_ROWS}
    vec = DictVectorizer(sort=True)
    x = vec.fit_transform([{k: v for k, v in f.items() if k in names} for f in features]).astype(np.float64)
    y = np.array([int(v) for v in labels])
    model = lgb.LGBMClassifier(**PARAMS, random_state=SEED, deterministic=True, force_row_wise=True, n_jobs=1,
                               verbose=-1)
    model.fit(x, y)
    dump = model.booster_.dump_model()
    return Forest(tuple(str(n) for n in vec.get_feature_names_out()),
                  tuple(_flat(t["tree_structure"]) for t in dump["tree_info"]))


def _flat(root: dict[str, Any]) -> Tree:
    """A LightGBM tree (nested dicts) as arrays in pre-order."""
    feature: list[int] = []
    threshold: list[float] = []
    left: list[int] = []
    right: list[int] = []
    value: list[float] = []

    def add(node: dict[str, Any]) -> int:
        i = len(feature)
        feature.append(-1)
        threshold.append(0.0)
        left.append(-1)
        right.append(-1)
        value.append(0.0)
        if "leaf_value" in node:
            value[i] = round(float(node["leaf_value"]), DIGITS)
            return i
        if node.get("decision_type") != "<=" or node.get("missing_type") not in ("None", "NaN"):
            raise ValueError(f"unexpected split {node.get('decision_type')} / {node.get('missing_type')}")
        feature[i] = int(node["split_feature"])
        threshold[i] = float(node["threshold"])
        left[i] = add(node["left_child"])
        right[i] = add(node["right_child"])
        return i

    add(root)
    return Tree(tuple(feature), tuple(threshold), tuple(left), tuple(right), tuple(value))
