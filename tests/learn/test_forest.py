"""The event filter's boosted trees: fitted deterministically, read back from JSON, evaluated in
plain Python exactly as LightGBM evaluates them, and blended with the logistic weights."""

from __future__ import annotations

import json
import random

import pytest

from marsad.errors import MarsadError
from marsad.learn.forest import MIN_ROWS, fit_forest
from marsad.pipeline.decide import LinearModel
from marsad.pipeline.forest import Forest


def rows(n: int = 400, seed: int = 7) -> tuple[list[dict[str, float]], list[bool]]:
    """Candidates whose label is an interaction no single weight can carry: kept when exactly one
    of two cues is present; a third feature is noise, a fourth too rare to use."""
    rng = random.Random(seed)
    features, labels = [], []
    for i in range(n):
        a, b = rng.random() < 0.5, rng.random() < 0.5
        f = {"bias": 1.0, "score": rng.random()}
        if a:
            f["cue_a"] = 1.0
        if b:
            f["cue_b"] = 1.0
        if i < MIN_ROWS - 1:
            f["rare"] = 1.0
        features.append(f)
        labels.append(a != b)
    return features, labels


def test_trees_learn_an_interaction_and_ignore_rare_features() -> None:
    features, labels = rows()
    forest = fit_forest(features, labels, {"cue_a", "cue_b", "score", "rare"})
    assert "rare" not in forest.names and {"cue_a", "cue_b"} <= set(forest.names)
    p = {(a, b): forest.probability({"cue_a": float(a), "cue_b": float(b), "score": 0.5}) for a in (0, 1) for b in (0, 1)}
    assert p[(1, 0)] > 0.8 and p[(0, 1)] > 0.8 and p[(0, 0)] < 0.2 and p[(1, 1)] < 0.2


def test_plain_python_trees_equal_lightgbm() -> None:
    import lightgbm as lgb
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer

    from marsad.learn.forest import PARAMS, SEED

    features, labels = rows(seed=3)
    forest = fit_forest(features, labels, {"cue_a", "cue_b", "score"})
    vec = DictVectorizer(sort=True)
    x = vec.fit_transform([{k: v for k, v in f.items() if k in forest.names} for f in features])
    model = lgb.LGBMClassifier(**PARAMS, random_state=SEED, deterministic=True, force_row_wise=True, n_jobs=1, verbose=-1)
    model.fit(x.astype(np.float64), np.array([int(v) for v in labels]))
    ref = model.predict_proba(x.astype(np.float64))[:, 1]
    assert max(abs(forest.probability(f) - float(r)) for f, r in zip(features, ref, strict=True)) < 1e-6


def test_fitting_is_deterministic_and_json_round_trips() -> None:
    features, labels = rows(seed=5)
    one = fit_forest(features, labels, {"cue_a", "cue_b", "score"})
    two = fit_forest(features, labels, {"cue_a", "cue_b", "score"})
    assert json.dumps(one.to_json()) == json.dumps(two.to_json())
    back = Forest.from_json(json.loads(json.dumps(one.to_json())), "test")
    assert back == one and all(back.probability(f) == one.probability(f) for f in features[:50])


def test_the_filter_blends_weights_and_trees() -> None:
    features, labels = rows(seed=9)
    forest = fit_forest(features, labels, {"cue_a", "cue_b", "score"})
    linear = LinearModel({"bias": -0.2, "cue_a": 0.4}, 0.4, {})
    blended = LinearModel(linear.weights, 0.4, {}, forest)
    f = {"bias": 1.0, "cue_a": 1.0, "score": 0.3}
    assert blended.probability(f) == pytest.approx((linear.probability(f) + forest.probability(f)) / 2)
    again = LinearModel.from_json(json.loads(json.dumps(blended.to_json())), "test")
    assert again.probability(f) == blended.probability(f)
    assert "forest" not in linear.to_json() and LinearModel.from_json(linear.to_json(), "test").forest is None


@pytest.mark.parametrize("bad", [
    {"names": ["a"], "trees": [[[0, -1], [0.5, 0.0], [1, -1], [5, -1], [0.0, 1.0]]]},  # a child outside the tree
    {"names": ["a"], "trees": [[[0, -1, -1], [0.5, 0.0], [1, -1, -1], [2, -1, -1], [0.0, 1.0, 2.0]]]},  # lengths differ
    {"names": ["a"], "trees": [[[3, -1, -1], [0.5, 0.0, 0.0], [1, -1, -1], [2, -1, -1], [0.0, 1.0, 2.0]]]},  # no such feature
    {"names": ["a"], "trees": [[[0, -1, -1], [0.5, 0.0, 0.0], [0, -1, -1], [2, -1, -1], [0.0, 1.0, 2.0]]]},  # a loop
    {"trees": []},
])
def test_a_broken_forest_is_refused_with_its_file(bad: dict[str, object]) -> None:
    with pytest.raises(MarsadError, match="model.json"):
        Forest.from_json(bad, "model.json")
