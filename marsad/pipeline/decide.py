"""Stage: decide which event candidates are reportable events.

Two deciders. ``RuleDecider`` keeps what the hand-written rules kept (the rules then drop the
vetoed drafts themselves, as they always did). ``LearnedDecider`` sees every candidate, vetoed
or not, and keeps those a model trained on hand-coded articles scores at or above its
threshold; the model is a JSON file of feature weights shipped in the package
(``marsad/models/event_filter.json``, rebuilt by ``make model``). A dropped candidate stays on
the document with the reason.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

from marsad.document import Document
from marsad.errors import MarsadError
from marsad.pipeline.candidate import HARD, VETO_CODES, VetoPolicy
from marsad.pipeline.features import Features, features_for

MODEL_FILE = "event_filter.json"

# The learned decider weighs every rule's verdict with everything else: no rule deletes a draft
# before it, however many speak against it (the number of vetoes and each code are features).
# Measured by cross-validation on the hand-coded articles, this keeps more real events than
# trusting the rules that were right nine times in ten (typed F1 +0.01).
LEARNED_VETOES = VetoPolicy(VETO_CODES, most=None)


class Decider(Protocol):
    vetoes: VetoPolicy  # which vetoed drafts the rule stages hand over, marked, rather than drop

    def __call__(self, doc: Document) -> None: ...


class RuleDecider:
    """The hand-written rules alone: every candidate that survived them is an event."""

    vetoes: VetoPolicy = HARD

    def __call__(self, doc: Document) -> None:
        return None


@dataclass(frozen=True)
class LinearModel:
    """A logistic model over named features: p = 1 / (1 + exp(-(w · x)))."""

    weights: dict[str, float]
    threshold: float
    meta: dict[str, Any]

    def probability(self, features: Features) -> float:
        z = sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> dict[str, Any]:
        return {"kind": "logistic", "threshold": self.threshold, "meta": self.meta,
                "weights": dict(sorted(self.weights.items()))}

    @classmethod
    def from_json(cls, data: dict[str, Any], origin: str) -> LinearModel:
        if data.get("kind") != "logistic" or not isinstance(data.get("weights"), dict):
            raise MarsadError(f"{origin}: not a marsad event-filter model (kind logistic with weights)")
        return cls({str(k): float(v) for k, v in data["weights"].items()}, float(data["threshold"]),
                   dict(data.get("meta") or {}))


def load_model(path: str | Path | None = None) -> LinearModel:
    """The shipped model, or the one at ``path``."""
    if path is None:
        return _shipped()
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise MarsadError(f"{path}: cannot read the event-filter model: {err}") from err
    return LinearModel.from_json(data, str(path))


@lru_cache(maxsize=1)
def _shipped() -> LinearModel:
    text = resources.files("marsad.models").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    return LinearModel.from_json(json.loads(text), f"marsad/models/{MODEL_FILE}")


class LearnedDecider:
    """Keeps the candidates the model scores at or above its threshold; the event's confidence
    becomes the model's probability."""

    vetoes = LEARNED_VETOES

    def __init__(self, model: LinearModel) -> None:
        self.model = model

    def __call__(self, doc: Document) -> None:
        if not doc.candidates:
            return
        kept = []
        for cand, features in zip(doc.candidates, features_for(doc), strict=True):
            p = self.model.probability(features)
            cand.probability = round(p, 4)
            cand.kept = p >= self.model.threshold
            if cand.kept:
                cand.event = replace(cand.event, confidence=cand.probability)
                kept.append(cand.event)
            else:
                cand.reasons = ("model", *cand.vetoes)
        doc.events = kept


def decider_named(name: str, model_path: str | Path | None = None) -> Decider:
    if name == "rules":
        return RuleDecider()
    if name == "model":
        return LearnedDecider(load_model(model_path))
    raise MarsadError(f"unknown decider {name!r}: use 'model' or 'rules'")


class AllCandidates:
    """Keeps every candidate, vetoed or not: what a model is trained and evaluated on."""

    vetoes = LEARNED_VETOES

    def __call__(self, doc: Document) -> None:
        doc.events = [c.event for c in doc.candidates]
