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
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from marsad.errors import MarsadError

Features = dict[str, float]
Leaves = Callable[[list[float]], tuple[float, ...]]


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
    # the leaf each tree reaches, as one function of the feature vector (``_compiled``)
    _leaves: Leaves = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", {name: i for i, name in enumerate(self.names)})
        object.__setattr__(self, "_leaves", _compiled(self.trees))

    def __reduce__(self) -> tuple[type[Forest], tuple[tuple[str, ...], tuple[Tree, ...]]]:
        return Forest, (self.names, self.trees)  # the compiled function is made again, not pickled

    def probability(self, features: Features) -> float:
        index = self._index
        x = [0.0] * len(self.names)
        for name, value in features.items():
            i = index.get(name)
            if i is not None:
                x[i] = value
        z = sum(self._leaves(x))  # the leaves added in the order of the trees, as ever
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


def _compiled(trees: tuple[Tree, ...]) -> Leaves:
    """One function returning the leaf value each tree reaches for a feature vector ``x``, in
    the order of the trees: each tree written out as nested conditional expressions, so that a
    candidate's walk through the trees runs as compiled comparisons rather than a loop over the
    arrays. The thresholds and values are the trees' floats (``repr`` reads back the same float;
    a value that is not finite is read from a tuple)."""
    constants: list[float] = []

    def number(v: float) -> str:
        if math.isfinite(v):
            return repr(v)
        constants.append(v)
        return f"_c[{len(constants) - 1}]"

    def node(t: Tree, i: int) -> str:
        f = t.feature[i]
        if f < 0:
            return number(t.value[i])
        return f"({node(t, t.left[i])} if x[{f}] <= {number(t.threshold[i])} else {node(t, t.right[i])})"

    try:
        body = ", ".join(node(t, 0) for t in trees)
        source = f"def leaves(x):\n    return ({body}{',' if len(trees) == 1 else ''})\n"
        namespace: dict[str, Any] = {"_c": tuple(constants)}  # filled while the body was written
        exec(compile(source, "<forest>", "exec"), namespace)  # code made of the trees' numbers only
    except (RecursionError, SyntaxError, MemoryError):
        return _walked(trees)  # trees too deep to write out as nested expressions
    leaves: Leaves = namespace["leaves"]
    return leaves


def _walked(trees: tuple[Tree, ...]) -> Leaves:
    """The leaves of ``_compiled``, found by walking each tree's arrays."""
    def leaves(x: list[float]) -> tuple[float, ...]:
        return tuple(t.leaf(x) for t in trees)
    return leaves
