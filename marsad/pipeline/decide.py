"""Stage: decide which event candidates are reportable events.

Two deciders. ``RuleDecider`` keeps what the hand-written rules kept (the rules then drop the
vetoed drafts themselves, as they always did). ``LearnedDecider`` sees every candidate, vetoed
or not, and keeps those a model trained on hand-coded articles scores at or above its
threshold; the model is a JSON file of feature weights shipped in the package
(``marsad/models/event_filter.json``, rebuilt by ``make model``). A dropped candidate stays on
the document with the reason.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import repeat
from operator import mul
from pathlib import Path
from typing import Any, Protocol, TypeVar

from marsad.document import Document
from marsad.errors import MarsadError
from marsad.pipeline.candidate import HARD, VETO_CODES, VetoPolicy
from marsad.pipeline.features import Features, features_for
from marsad.pipeline.forest import Forest
from marsad.pipeline.geocode import recast_sides
from marsad.pipeline.modelfile import load_model_file
from marsad.pipeline.reportable import SentenceModel, candidate_sentences, candidate_signals, load_sentences
from marsad.pipeline.retype import TypeModel, load_types, one_per_report, retyped, retyped_features, tell_key

MODEL_FILE = "event_filter.json"

# The learned decider weighs the rules' verdicts with everything else: a vetoed draft stays a
# candidate, however many rules speak against it (each code and their number are features).
# Measured on the hand-coded articles (dev + train), cross-validated, this keeps more real events
# than deleting them (typed F1 +0.01). A rule still deletes when it was right 95 times in 100 or
# more (nothing to learn), or right 7 times in 10 on too few candidates (under 20) for a weight
# to be learnt: an agreement or a ceasefire referred to, an operation's name, a charge in court,
# an explanation, a habit, a killing with no toll, a present relative clause ("المعارك التي
# تنفذها"), a presence or practice, a present aim.
SURE_VETOES = frozenset({
    "agreement_reference", "ceasefire_or_concern", "operation_name", "charged", "explained", "habitual",
    "killing_without_toll", "present_relative", "presence_or_practice", "present_aim",
    # too rare in the hand-coded articles to learn a weight for (under 5 candidates each), and
    # never an event: a festival called تظاهرة, a fight against an ill ("الحرب على الإرهاب"),
    # a weak word of stopping with no weapon stopped ("أزالت الصخور")
    "festival", "fight_against_an_ill", "nothing_stopped",
    # a protest one state lodges with another ("استدعت السفير لتسليمه احتجاجا"): diplomacy, no crowd
    "diplomatic",
    # "وانسحب الأمر كذلك على البلدة المجاورة": a state that applies to a place too, no withdrawal
    "extends_to",
    # a toll in the thousands: a running total, never one event's (geocode.RUNNING_TOTAL); and
    # weapons counted in the thousands ("حصر 600 ألف لغم"): a tally, none of them used
    "running_total", "weapon_tally",
    # "مناطق سيطرة النظام"، "القيادة والسيطرة": the extent or the function of control, never ground taken
    "area_of_control",
    # deaths by an accident or a disaster ("في انهيار جسر"، "جرفتهم السيول"): no conflict event
    "accident",
    # a weapon bought, made or delivered ("لشراء طائرات بدون طيار"): no candidate of the
    # hand-coded articles has it
    "weapon_trade",
    # a kind of event ("مثل هذه التفجيرات"): one candidate in the hand-coded articles
    "kind_of_event",
    # an arrest for an ordinary crime (drugs, theft, migrants, dancing): five candidates, none an event
    "ordinary_crime",
    # a word of arrest before an activity ("إيقاف عمل المقاهي"): the activity stopped, no one held
    "no_one_held",
    # an event word qualified as earlier ("قضوا في قصف سابق"): referred back to, not reported
    "earlier_event",
    # the fronts named by their fighting ("جبهات القتال"، "خطوط المواجهة"): five candidates, none an event
    "front_name",
    # an event word right after "since" ("منذ تحرير المدينة"): a past event time is counted from;
    # four candidates in the hand-coded articles
    "since_anchor",
    # a court, its judges or a case named before the event word ("أدانت محكمة شابا بعد أن فجر
    # قنبلة"): the matter of a trial; eight candidates in the hand-coded articles, none an event
    "court_case",
    # a right or a freedom to act ("حق التظاهر السلمي"): one candidate in the hand-coded articles
    "right_to",
    # chemistry, not a chemical weapon ("فحص فيزيائي وكيميائي"): no candidate of the hand-coded articles has it
    "chemistry",
    # captives freed, no ground taken ("تحرير طفل مختطف"، "تحرير الرهائن"): no candidate of the hand-coded articles has it
    "people_freed",
    # a suicide bomber counted among the dead ("بينهم انتحاري"): a person, no bombing; no candidate
    # of the hand-coded articles has it
    "bomber_counted",
    # an ambush laid to make the arrest its sentence tells, no one hurt: no candidate of the
    # hand-coded articles has it; over the unlabelled articles, police stings on suspects
    "ambush_for_arrest",
    # a camp, homes, a mosque or an office stormed: a raid, no ground taken; two candidates of the
    # hand-coded articles have it, neither a takeover
    "raid",
})
LEARNED_VETOES = VetoPolicy(VETO_CODES - SURE_VETOES, most=None)


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
    """A logistic model over named features: p = 1 / (1 + exp(-(w · x))); with a ``forest``
    (boosted trees over the same features, ``marsad.pipeline.forest``), the mean of the two
    probabilities: the weights add evidence feature by feature, the trees read combinations."""

    weights: dict[str, float]
    threshold: float
    meta: dict[str, Any]
    forest: Forest | None = None

    def probability(self, features: Features) -> float:
        # each feature's weight times its value, added in the order of the features (a map, not a
        # generator: the same products and the same sum, without a frame per feature)
        z = sum(map(mul, map(self.weights.get, features, repeat(0.0)), features.values()))
        p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
        return p if self.forest is None else (p + self.forest.probability(features)) / 2.0

    def to_json(self) -> dict[str, Any]:
        out = {"kind": "logistic", "threshold": self.threshold, "meta": self.meta,
               "weights": dict(sorted(self.weights.items()))}
        if self.forest is not None:
            out["forest"] = self.forest.to_json()
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any], origin: str) -> LinearModel:
        if data.get("kind") != "logistic" or not isinstance(data.get("weights"), dict):
            raise MarsadError(f"{origin}: not a marsad event-filter model (kind logistic with weights)")
        forest = Forest.from_json(data["forest"], origin) if data.get("forest") is not None else None
        return cls({str(k): float(v) for k, v in data["weights"].items()}, float(data["threshold"]),
                   dict(data.get("meta") or {}), forest)


def load_model(path: str | Path | None = None) -> LinearModel:
    """The shipped model, or the one at ``path``."""
    return load_model_file(path, MODEL_FILE, "event-filter model", LinearModel.from_json)


MIN_SENTENCES = 2  # the fewest sentences of a hand-coded article the model was fitted on
# A brief of one sentence (a news alert) is scored by the model like any text, at a lower
# threshold: each of the hand-coded articles the model was fitted on has two sentences or more,
# and what weighs against a candidate there (told once, alone in its article, one source) is
# all a lone sentence can show. Cut from the 614 coded articles, their 511 lead sentences of at
# most 40 words hold 149 coded events; with out-of-fold probabilities (``bench/eval_briefs.py``)
# the model keeps at 0.3 88 of them in 203 events (typed F1 0.50), at its own threshold (0.425) 78
# in 169 (0.49), and the rules alone 75 in 201 (0.43). Of 55 one-sentence reports of events around
# the world written for the tests, it gives 46 an event at 0.3, 39 at 0.425 (the rules 48).
BRIEF_THRESHOLD = 0.3
# A longer text of one sentence is mostly an article the segmenter could not split (no full stops):
# of the first 6,000 unlabelled articles, 147 are one sentence, and the events the rules alone
# would add in those of more than 40 words were none of them events (a football match "snatched",
# a ship of gas, attacks planned); there the model's own threshold holds.
BRIEF_WORDS = 40


class LearnedDecider:
    """Keeps the candidates the model scores at or above its threshold (a brief of one sentence
    from ``BRIEF_THRESHOLD``, where that is lower); the event's confidence
    becomes the model's probability. With a type model, a candidate's type is revised first
    (``marsad.pipeline.retype``)."""

    vetoes = LEARNED_VETOES

    def __init__(self, model: LinearModel, types: TypeModel | None = None, sentences: SentenceModel | None = None) -> None:
        self.model = model
        self.types = types
        self.sentences = sentences

    def __call__(self, doc: Document) -> None:
        if not doc.candidates:
            return
        brief = len(doc.sentences) < MIN_SENTENCES and len(doc.tokens) <= BRIEF_WORDS
        threshold = min(self.model.threshold, BRIEF_THRESHOLD) if brief else self.model.threshold
        kept = []
        all_features = features_for(doc)
        if self.types is not None:
            all_features = revise(doc, self.types, all_features)
        if self.sentences is not None:
            # what the sentence model reads in each candidate's sentence, for its type as revised
            all_features = [f | s for f, s in zip(all_features, candidate_signals(doc, self.sentences), strict=True)]
        kept_cands = []
        for cand, features in zip(doc.candidates, all_features, strict=True):
            p = self.model.probability(features)
            cand.probability = round(p, 4)
            cand.kept = p >= threshold
            if cand.kept:
                cand.event = replace(cand.event, confidence=cand.probability)
                kept_cands.append((cand, "retyped" in features))
            else:
                cand.reasons = ("model", *cand.vetoes)
        # a candidate revised into the type of another kept one at its place and day is that event
        keep = set(one_per_report([c.event.to_json() for c, _ in kept_cands], [r for _, r in kept_cands]))
        for i, (cand, _) in enumerate(kept_cands):
            if i in keep:
                kept.append(cand.event)
            else:
                cand.kept, cand.reasons = False, ("same_report",)
        doc.events = kept


def revise(doc: Document, types: TypeModel, all_features: list[Features]) -> list[Features]:
    """Revise the type of each candidate the type model reads otherwise; the filter's features
    of the revised candidates; not into what the rules told of another candidate of the same
    sentence and place (``retype.tell_key``)."""
    out = []
    sentences = candidate_sentences(doc)
    events = [cand.event.to_json() for cand in doc.candidates]
    told = {tell_key(n, e) for n, e in zip(sentences, events, strict=True)}
    for cand, features, n, event in zip(doc.candidates, all_features, sentences, events, strict=True):
        sub = types.revised(features, cand.event.sub_event_type)
        if sub is not None and tell_key(n, event, sub) in told:
            sub = None
        if sub is not None:
            cand.event = retyped(cand.event, sub, recast_sides(doc, cand.drafts, cand.event, sub))
            features = retyped_features(features, sub)
        out.append(features)
    return out


T = TypeVar("T")


def companion(model: LinearModel, model_path: str | Path | None, key: str,
              load: Callable[[str | Path | None], T]) -> T | None:
    """A model the filter was trained with (its file named in the filter's meta under ``key``,
    next to the filter's file; the shipped one with the shipped filter), if any."""
    name = model.meta.get(key)
    if not name:
        return None
    return load(None if model_path is None else Path(model_path).with_name(str(name)))


def decider_named(name: str, model_path: str | Path | None = None) -> Decider:
    if name == "rules":
        return RuleDecider()
    if name == "model":
        model = load_model(model_path)
        return LearnedDecider(model, companion(model, model_path, "types", load_types),
                              companion(model, model_path, "sentences", load_sentences))
    raise MarsadError(f"unknown decider {name!r}: use 'model' or 'rules'")


class AllCandidates:
    """Keeps every candidate, vetoed or not: what a model is trained and evaluated on."""

    vetoes = LEARNED_VETOES

    def __call__(self, doc: Document) -> None:
        doc.events = [c.event for c in doc.candidates]
