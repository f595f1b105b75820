"""The decision stage: rule verdicts kept as reasons, the learned decider's mechanics, and the
shipped model. Sentences are written for these tests."""

from __future__ import annotations

import json
import math
from importlib import resources

import pytest

import marsad
from marsad.errors import MarsadError
from marsad.pipeline import Pipeline
from marsad.pipeline.candidate import HARD, VETO_CODES, VetoPolicy, survives
from marsad.pipeline.decide import (
    BRIEF_THRESHOLD,
    LEARNED_VETOES,
    SURE_VETOES,
    AllCandidates,
    LearnedDecider,
    LinearModel,
    RuleDecider,
    load_model,
)

PUB = "2017-06-13"
# two events in the news, and one sentence a rule doubts (a campaign, told with a possessive)
ARTICLE = (
    "قصفت طائرات حربية بلدة كفرنبل في ريف إدلب صباح اليوم، ما أدى إلى مقتل أربعة مدنيين.\n"
    "ودارت اشتباكات عنيفة بين قوات النظام وفصائل المعارضة في بلدة اللطامنة بريف حماة أمس.\n"
    "وصعد الطيران الحربي الروسي غاراته في مدينة دوما أمس."
)


@pytest.fixture(scope="module")
def candidates_pipeline() -> Pipeline:
    return Pipeline(None, AllCandidates())


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("وصعد الطيران الحربي الروسي غاراته في مدينة دوما أمس.", "campaign_possessive"),
        ("ولم تقع اشتباكات بين قوات النظام والفصائل في بلدة اللطامنة أمس.", "negated"),
        ("وقال القائد إن تحرير مدينة الرقة من تنظيم الدولة هو الهدف المقبل.", "territory_goal"),
    ],
)
def test_a_doubtful_rule_marks_the_candidate_instead_of_deleting_it(
    candidates_pipeline: Pipeline, text: str, code: str
) -> None:
    assert code in LEARNED_VETOES
    doc = candidates_pipeline.document(text, published=PUB, article_id="t")
    assert [code] == [v for c in doc.candidates for d in c.drafts for v in d.vetoes]
    # the rules alone still drop it
    assert marsad.extract(text, published=PUB, article_id="t", decider="rules").events == ()


def test_a_rule_sure_of_itself_marks_the_candidate_too(candidates_pipeline: Pipeline) -> None:
    # a date five weeks before the article is background: the rules drop it; for the learned
    # decider it is a candidate that carries the reason, and the shipped model drops it
    text = "قصفت طائرات النظام بلدة سراقب في ريف إدلب يوم 3 أيار/مايو 2017."
    doc = candidates_pipeline.document(text, published=PUB, article_id="t")
    assert [c.vetoes for c in doc.candidates] == [("old_date",)]
    assert marsad.extract(text, published=PUB, article_id="t", decider="rules").events == ()
    # the shipped model weighs it (in a text of two sentences: one sentence alone the rules decide,
    # below): the same report dated yesterday is far likelier an event
    said = " وأفاد بذلك ناشطون في المدينة."
    recent = Pipeline(None, "model").document(text.replace("يوم 3 أيار/مايو 2017", "أمس") + said, published=PUB,
                                              article_id="t")
    old = Pipeline(None, "model").document(text + said, published=PUB, article_id="t")
    assert [c.probability or 0.0 for c in old.candidates][0] < [c.probability or 0.0 for c in recent.candidates][0] - 0.2


def test_veto_policies() -> None:
    doubtful = VetoPolicy(frozenset({"negated", "territory_goal"}))
    assert survives(("negated",), doubtful)
    assert not survives(("negated", "territory_goal"), doubtful)  # two rules against a draft are trusted
    assert not survives(("old_date",), doubtful)
    assert survives((), HARD) and not survives(("negated",), HARD)
    # the learned decider sees every draft, however many rules doubt it, but those the sure rules delete
    assert survives(tuple(sorted(VETO_CODES - SURE_VETOES)), LEARNED_VETOES)
    assert not any(survives((code,), LEARNED_VETOES) for code in SURE_VETOES)


def test_the_rules_decider_keeps_every_candidate_and_none_is_vetoed() -> None:
    doc = Pipeline(None, RuleDecider()).document(ARTICLE, published=PUB, article_id="t")
    assert doc.events == [c.event for c in doc.candidates]
    assert all(not d.vetoes for c in doc.candidates for d in c.drafts)
    assert {e.event_type for e in doc.events} == {"Explosions/Remote violence", "Battles"}


def _model(bias: float, threshold: float = 0.5) -> LinearModel:
    return LinearModel({"bias": bias}, threshold, {})


def test_the_learned_decider_keeps_what_scores_at_the_threshold_and_explains_the_rest() -> None:
    keep_all = Pipeline(None, LearnedDecider(_model(5.0))).document(ARTICLE, published=PUB, article_id="t")
    assert len(keep_all.events) == len(keep_all.candidates) == 3
    assert all(c.kept and c.probability is not None and c.probability > 0.99 for c in keep_all.candidates)
    assert all(e.confidence == c.probability for e, c in zip(keep_all.events, keep_all.candidates, strict=True))

    drop_all = Pipeline(None, LearnedDecider(_model(-5.0))).document(ARTICLE, published=PUB, article_id="t")
    assert drop_all.events == []
    assert len(drop_all.candidates) == 3
    assert all(not c.kept and c.reasons[0] == "model" for c in drop_all.candidates)
    doubted = [c for c in drop_all.candidates if c.vetoes]
    assert [c.reasons for c in doubted] == [("model", "campaign_possessive")]


def test_a_feature_weight_moves_the_decision() -> None:
    # the same model with a weight against the doubted campaign drops only that candidate
    model = LinearModel({"bias": 5.0, "veto=campaign_possessive": -10.0}, 0.5, {})
    doc = Pipeline(None, LearnedDecider(model)).document(ARTICLE, published=PUB, article_id="t")
    assert len(doc.events) == 2
    assert [c.kept for c in doc.candidates if c.vetoes] == [False]


def test_the_shipped_model_is_small_and_well_formed() -> None:
    path = resources.files("marsad.models").joinpath("event_filter.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert len(path.read_bytes()) < 3_000_000
    model = load_model()
    assert 0.0 < model.threshold < 1.0
    assert model.meta["articles"] >= 600 and len(model.weights) == len(data["weights"])
    assert list(data["weights"]) == sorted(data["weights"])


def test_a_bad_model_file_is_named(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "model.json"
    bad.write_text('{"kind": "forest"}', encoding="utf-8")
    with pytest.raises(MarsadError, match="model.json: not a marsad event-filter model"):
        load_model(bad)
    with pytest.raises(MarsadError, match="cannot read"):
        load_model(tmp_path / "missing.json")


def test_the_default_decider_is_the_model_and_reads_the_article_as_a_whole() -> None:
    found = marsad.extract(ARTICLE, published=PUB, article_id="t").events
    assert {e.event_type for e in found} >= {"Explosions/Remote violence", "Battles"}
    assert all(0.0 < e.confidence <= 1.0 for e in found)


def test_an_event_placed_only_by_a_country_is_a_doubtful_candidate_after_the_lead(candidates_pipeline: Pipeline) -> None:
    text = ("اجتمع وزراء الخارجية العرب في القاهرة أمس.\n"
            "وناقش الوزراء ملفات اقتصادية عدة.\n"
            "كما بحثوا سبل التعاون التجاري.\n"
            "وفي سياق آخر قتل خمسة جنود في انفجار عبوة ناسفة في الصومال أمس.")
    doc = candidates_pipeline.document(text, published=PUB, article_id="t")
    national = [c for c in doc.candidates if c.event.location is not None and c.event.location.kind == "country"]
    assert [c.vetoes for c in national] == [("national_later",)]
    assert national[0].event.location is not None and national[0].event.location.country == "SO"
    assert marsad.extract(text, published=PUB, article_id="t", decider="rules").events == ()


ONE_SENTENCE_REPORTS = [
    "قتل شرطيان في هجوم بسكين نفذه شاب قرب مقر البرلمان في العاصمة البلجيكية بروكسل.",
    "هاجم مسلحون من جيش تحرير بلوشستان قافلة عسكرية في إقليم بلوشستان جنوب غربي باكستان.",
    "شهدت العاصمة الكينية نيروبي مظاهرات حاشدة ضد قانون الضرائب الجديد.",
]


@pytest.mark.parametrize("text", ONE_SENTENCE_REPORTS, ids=[f"report-{i}" for i in range(len(ONE_SENTENCE_REPORTS))])
def test_a_one_sentence_report_is_scored_at_the_brief_threshold(text: str) -> None:
    # the shipped model decides a lone sentence too, each candidate with its probability, kept
    # from the brief threshold up
    learned = Pipeline(None, "model").document(text, published=PUB, article_id="t")
    assert learned.candidates
    assert all(c.probability is not None and c.kept == (c.probability >= BRIEF_THRESHOLD) for c in learned.candidates)
    assert all(c.reasons[0] == "model" for c in learned.candidates if not c.kept)


def test_a_one_sentence_report_of_an_attack_is_an_event() -> None:
    found = marsad.extract(ONE_SENTENCE_REPORTS[0], published=PUB, article_id="t").events
    assert [(e.sub_event_type, e.location.country if e.location else None) for e in found] == [("Attack", "BE")]


def test_only_a_brief_is_kept_below_the_models_threshold() -> None:
    # a model that scores every candidate between the brief threshold and its own: a brief of one
    # sentence keeps it; two sentences, or one long sentence (an article with no full stops), do not
    p = (BRIEF_THRESHOLD + 0.5) / 2
    doubtful = Pipeline(None, LearnedDecider(_model(math.log(p / (1 - p)), threshold=0.5)))
    brief = ONE_SENTENCE_REPORTS[0]
    kept = doubtful.document(brief, published=PUB, article_id="t")
    assert [c.kept for c in kept.candidates] == [True] and len(kept.events) == 1
    assert kept.events[0].confidence == pytest.approx(p, abs=1e-3)
    two = doubtful.document(brief + " وأعلنت الشرطة فتح تحقيق في الحادث.", published=PUB, article_id="t")
    assert len(two.sentences) == 2 and two.candidates and two.events == []
    long_one = brief.removesuffix(".") + "، " + "، ".join(["وقال شهود عيان إن المنطقة شهدت انتشارا أمنيا كثيفا بعد الحادث"] * 4) + "."
    doc = doubtful.document(long_one, published=PUB, article_id="t")
    assert len(doc.sentences) == 1 and len(doc.tokens) > 40
    assert doc.candidates and doc.events == []
    assert all(c.reasons[0] == "model" for c in doc.candidates)
    # a model of a lower threshold than the brief's keeps its own
    low = Pipeline(None, LearnedDecider(_model(math.log(0.2 / 0.8), threshold=0.15)))
    assert [c.kept for c in low.document(brief, published=PUB, article_id="t").candidates] == [True]
