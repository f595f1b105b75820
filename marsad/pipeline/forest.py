"""Boosted decision trees over named features, evaluated in plain Python.

The event filter blends a logistic model with these trees (``marsad.pipeline.decide``): the
logistic weights add up evidence feature by feature, the trees read combinations (a vetoed
candidate whose place is a cue-named village, an arrest with no actor from the table...). The
trees are fitted with LightGBM at training time (``marsad.learn.forest``) and written to JSON
as flat arrays; the package reads them with no LightGBM at run time.

Each tree is four parallel arrays over its nodes: the feature index (``-1`` for a leaf), the
threshold (a value at or below it goes left), the left and right child, and the leaf value.
A feature absent from a candidate's features reads as 0. The log-odds are the sum of the
reached leaves.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from marsad.errors import MarsadError

Features = dict[str, float]
TreeArrays = tuple[tuple[int, ...], tuple[float, ...], tuple[int, ...], tuple[int, ...], tuple[float, ...]]


@dataclass(frozen=True)
class Tree:
    feature: tuple[int, ...]
    threshold: tuple[float, ...]
    left: tuple[int, ...]
    right: tuple[int, ...]
    value: tuple[float, ...]

    def leaf(self, x: list[float]) -> float:
        node = 0
        feature, threshold, left, right = self.feature, self.threshold, self.left, self.right
        while feature[node] >= 0:
            node = left[node] if x[feature[node]] <= threshold[node] else right[node]
        return self.value[node]

    def to_json(self) -> list[list[Any]]:
        return [list(self.feature), list(self.threshold), list(self.left), list(self.right), list(self.value)]


@dataclass(frozen=True)
class Forest:
    """Boosted trees: p = 1 / (1 + exp(-Σ leaf))."""

    names: tuple[str, ...]
    trees: tuple[Tree, ...]
    _index: dict[str, int] = field(init=False, repr=False, compare=False)
    # each tree's arrays (feature, threshold, left, right, value), read in one go by ``probability``
    _arrays: tuple[TreeArrays, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", {name: i for i, name in enumerate(self.names)})
        object.__setattr__(self, "_arrays", tuple((t.feature, t.threshold, t.left, t.right, t.value) for t in self.trees))

    def probability(self, features: Features) -> float:
        index = self._index
        x = [0.0] * len(self.names)
        for name, value in features.items():
            i = index.get(name)
            if i is not None:
                x[i] = value
        # ``Tree.leaf`` of each tree, written out here: this loop runs for every tree of every candidate
        leaves: list[float] = []
        for feature, threshold, left, right, values in self._arrays:
            node = 0
            while (f := feature[node]) >= 0:
                node = left[node] if x[f] <= threshold[node] else right[node]
            leaves.append(values[node])
        z = sum(leaves)  # the leaves added in the order of the trees, as ever
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> dict[str, Any]:
        return {"names": list(self.names), "trees": [t.to_json() for t in self.trees]}

    @classmethod
    def from_json(cls, data: Any, origin: str) -> Forest:
        try:
            names = tuple(str(n) for n in data["names"])
            trees = []
            for t in data["trees"]:
                feature, threshold, left, right, value = t
                tree = Tree(tuple(int(v) for v in feature), tuple(float(v) for v in threshold),
                            tuple(int(v) for v in left), tuple(int(v) for v in right), tuple(float(v) for v in value))
                n = len(tree.feature)
                if not n or any(len(a) != n for a in (tree.threshold, tree.left, tree.right, tree.value)):
                    raise ValueError("a tree's arrays differ in length")
                for i, f in enumerate(tree.feature):
                    if f >= len(names) or (f >= 0 and not (i < tree.left[i] < n and i < tree.right[i] < n)):
                        raise ValueError("a node points outside its tree or its features")
                trees.append(tree)
            return cls(names, tuple(trees))
        except (KeyError, TypeError, ValueError) as err:
            raise MarsadError(f"{origin}: not a marsad event-filter forest ({err})") from err
