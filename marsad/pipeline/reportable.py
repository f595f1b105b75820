"""Sentences that report events: a learned model of the sentence, for the event filter.

The event filter judges one candidate at a time, from what the rules found around its trigger.
This model reads the whole sentence instead, every sentence of the hand-coded articles, not only
those that gave a candidate: from its words and pairs of adjacent words (folded, stripped of
clitics), the probability that the sentence reports an event that occurred ("any") and, for
each event type, one of that type. Each is a separate logistic model over the same features.
The filter then weighs two more features of a candidate: the first probability for its
sentence (``sent_p``), and the one for its own event type there (``sent_pt``), both as
log-odds. So the filter learns from 7,600 sentences what reads as a report (a death toll told
in the past tense, a place and a day) and what reads as background, analysis or a statement,
with no hand-written list.

The model is a JSON file shipped in the package (``marsad/models/sentence_model.json``), rebuilt
with the event filter by ``make model`` (see ``marsad.learn.sentences``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from marsad.document import Document
from marsad.errors import MarsadError
from marsad.pipeline.clusters import Clusters, cluster_features, shipped_clusters
from marsad.pipeline.features import Features, placeless_words, word_form
from marsad.pipeline.modelfile import load_model_file

SENTENCES_FILE = "sentence_model.json"
ANY = "any"  # the output for an event of any type
LOGIT_SCALE = 4.0  # log-odds are divided by this, to sit on the scale of the 0/1 features
_FLOOR = 1e-4


def sentence_features(words: Sequence[str], clusters: Clusters | None = None) -> Features:
    """Words and pairs of adjacent words of a sentence (its folded tokens), without clitics, and
    the clusters of its words (``clusters``, else the shipped ones: ``marsad.pipeline.clusters``)."""
    forms = [word_form(w) for w in words]
    out: Features = {f"u={w}": 1.0 for w in forms}
    for a, b in zip(forms, forms[1:], strict=False):
        out[f"b={a}_{b}"] = 1.0
    out |= cluster_features(forms, shipped_clusters() if clusters is None else clusters)
    return out


def sentence_words(doc: Document, index: int) -> list[str]:
    """The sentence's words, its places' names masked (``features.placeless_words``)."""
    s = doc.sentences[index]
    return placeless_words(doc, doc.token_at(s.start), doc.token_at(s.end))


def candidate_sentences(doc: Document) -> list[int]:
    """The index of the sentence each candidate's event quotes as its sentence."""
    starts = {doc.index[s.start]: s.index for s in doc.sentences if s.start < len(doc.index)}
    return [starts.get(c.event.sentence.start, c.drafts[0].sentence) for c in doc.candidates]


def candidate_signals(doc: Document, model: SentenceModel) -> list[Features]:
    """The filter's sentence features of every candidate of the document (by its event type as
    it stands), each sentence scored once."""
    scored: dict[int, dict[str, float]] = {}
    out = []
    for cand, i in zip(doc.candidates, candidate_sentences(doc), strict=True):
        if i not in scored:
            scored[i] = model.scores(sentence_features(sentence_words(doc, i)))
        out.append(signal(scored[i], cand.event.event_type))
    return out


def log_odds(p: float) -> float:
    p = min(max(p, _FLOOR), 1.0 - _FLOOR)
    return math.log(p / (1.0 - p)) / LOGIT_SCALE


def signal(scores: dict[str, float], event_type: str) -> Features:
    """The filter's features of a candidate from its sentence's scores."""
    out: Features = {"sent_p": log_odds(scores.get(ANY, 0.0))}
    if event_type in scores:
        out["sent_pt"] = log_odds(scores[event_type])
    return out


@dataclass(frozen=True)
class SentenceModel:
    """One logistic model per output: p(o) = 1 / (1 + exp(-(b_o + Σ w_o · x)))."""

    outputs: tuple[str, ...]  # ANY, then the event types
    weights: dict[str, tuple[float, ...]]  # feature -> one weight per output
    bias: tuple[float, ...]
    meta: dict[str, Any]

    def scores(self, features: Features) -> dict[str, float]:
        z = list(self.bias)
        for name, value in features.items():
            w = self.weights.get(name)
            if w is not None:
                for i, wi in enumerate(w):
                    z[i] += wi * value
        return {o: 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, v)))) for o, v in zip(self.outputs, z, strict=True)}

    def to_json(self) -> dict[str, Any]:
        return {"kind": "sentences", "outputs": list(self.outputs), "bias": list(self.bias), "meta": self.meta,
                "weights": {k: list(v) for k, v in sorted(self.weights.items())}}

    @classmethod
    def from_json(cls, data: dict[str, Any], origin: str) -> SentenceModel:
        outputs = data.get("outputs")
        if data.get("kind") != "sentences" or not isinstance(outputs, list) or not isinstance(data.get("weights"), dict):
            raise MarsadError(f"{origin}: not a marsad sentence model (kind sentences with outputs and weights)")
        n = len(outputs)
        weights = {str(k): tuple(float(x) for x in v) for k, v in data["weights"].items()}
        bias = tuple(float(x) for x in data.get("bias", []))
        if len(bias) != n or any(len(w) != n for w in weights.values()):
            raise MarsadError(f"{origin}: the sentence model's weights do not have one value per output ({n})")
        return cls(tuple(str(o) for o in outputs), weights, bias, dict(data.get("meta") or {}))


def load_sentences(path: str | Path | None = None) -> SentenceModel:
    """The shipped sentence model, or the one at ``path``."""
    return load_model_file(path, SENTENCES_FILE, "sentence model", SentenceModel.from_json)
