"""The sentence model: labels from the hand coding's quoted sentences, training, the file
format, and the learned decider reading each candidate's sentence. Sentences written for the
tests."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from marsad.errors import MarsadError
from marsad.learn.dataset import Pool, Row, sentence_types
from marsad.learn.sentences import fit_sentences, with_signals
from marsad.pipeline import Pipeline
from marsad.pipeline.decide import LearnedDecider, LinearModel, decider_named
from marsad.pipeline.reportable import ANY, SentenceModel, load_sentences, sentence_features, signal

BATTLES, EXPLOSIONS = "Battles", "Explosions/Remote violence"

REPORTS = [  # sentences that report an event
    ("قتل ثلاثة جنود في اشتباكات مع مسلحين قرب بلدة كفرنبل صباح أمس", BATTLES),
    ("اندلعت اشتباكات عنيفة بين الجيش والمسلحين في محيط مدينة حماة أمس", BATTLES),
    ("قتل خمسة مدنيين في انفجار عبوة ناسفة في سوق مدينة الرمادي أمس", EXPLOSIONS),
    ("انفجرت سيارة مفخخة قرب حاجز للشرطة في مدينة بعقوبة صباح اليوم", EXPLOSIONS),
]
OTHERS = [  # sentences that report none
    "قال الوزير إن الحكومة تعمل على تحسين الخدمات في المدارس",
    "ويعاني سكان المدينة من نقص المياه منذ سنوات",
    "وتعد المدينة من أقدم مدن المنطقة وأكثرها سكانا",
    "ودعا المجلس إلى الحوار بين الأطراف من أجل السلام",
]


def _pool(copies: int = 3) -> Pool:
    """Articles of one sentence each, from the sentences above, folded into sentence examples."""
    sentences = {}
    n = 0
    for _ in range(copies):
        for text, kind in REPORTS:
            sentences[f"r{n}"] = [(sentence_features(text.split()), frozenset({kind}))]
            n += 1
        for text in OTHERS:
            sentences[f"o{n}"] = [(sentence_features(text.split()), frozenset())]
            n += 1
    return Pool([], {a: [] for a in sentences}, sentences)


def test_a_sentence_is_labelled_with_the_types_of_the_events_that_quote_it() -> None:
    text = "ويعاني سكان المدينة من نقص المياه. وقتل ثلاثة جنود في اشتباكات قرب بلدة كفرنبل أمس."
    doc = Pipeline().document(text, published="2024-05-01")
    quoted = "وقتل ثلاثة جنود في اشتباكات قرب بلدة كفرنبل أمس"
    gold = [{"event_type": BATTLES, "status": "occurred", "sentence_text": quoted},
            {"event_type": EXPLOSIONS, "status": "planned", "sentence_text": quoted}]  # not occurred: no label
    assert sentence_types(doc, gold) == [frozenset(), frozenset({BATTLES})]


def test_training_is_deterministic_and_learns_what_reads_as_a_report(tmp_path: Path) -> None:
    a, b = fit_sentences(_pool(), set(_pool().gold)), fit_sentences(_pool(), set(_pool().gold))
    assert json.dumps(a.to_json(), sort_keys=True) == json.dumps(b.to_json(), sort_keys=True)
    assert a.outputs == (ANY, BATTLES, EXPLOSIONS)
    report = a.scores(sentence_features("قتل جنديان في اشتباكات قرب بلدة حاس أمس".split()))
    other = a.scores(sentence_features("قال الوزير إن المدارس تعاني من نقص المياه".split()))
    assert report[ANY] > 0.5 > other[ANY]
    assert report[BATTLES] > report[EXPLOSIONS]
    # a word pair is a feature of its own
    assert "b=اشتباكات_مع" in a.weights


def test_the_filter_reads_the_score_for_the_candidates_own_type() -> None:
    scores = {ANY: 0.9, BATTLES: 0.8, EXPLOSIONS: 0.1}
    battle = signal(scores, BATTLES)
    assert battle["sent_p"] > 0 and battle["sent_pt"] > 0
    assert signal(scores, EXPLOSIONS)["sent_pt"] < 0
    assert "sent_pt" not in signal(scores, "Riots")  # a type with no output gives no such feature
    row = Row("a", {"bias": 1.0}, {"event_type": EXPLOSIONS}, True, sentence=0)
    (out,) = with_signals([row], {"a": [scores]})
    assert out.features["sent_pt"] == signal(scores, EXPLOSIONS)["sent_pt"] and out.features["bias"] == 1.0


def test_a_model_file_that_is_not_a_sentence_model_is_refused_with_its_name(tmp_path: Path) -> None:
    model = fit_sentences(_pool(), set(_pool().gold))
    path = tmp_path / "sentences.json"
    path.write_text(json.dumps({**model.to_json(), "bias": [0.0]}), encoding="utf-8")
    with pytest.raises(MarsadError, match=r"sentences\.json.*one value per output"):
        load_sentences(path)
    path.write_text(json.dumps({"kind": "forest"}), encoding="utf-8")
    with pytest.raises(MarsadError, match=r"sentences\.json: not a marsad sentence model"):
        load_sentences(path)
    path.write_text(json.dumps(model.to_json()), encoding="utf-8")
    assert load_sentences(path) == model


def test_the_decider_weighs_the_sentence_of_each_candidate() -> None:
    # a filter that keeps only what its sentence model reads as a report of its type
    keep_reports = LinearModel({"bias": -1.0, "sent_pt": 10.0}, 0.5, {})
    reads_battles = SentenceModel((ANY, BATTLES), {"u=اشتباكات": (3.0, 3.0)}, (-1.0, -1.0), {})
    text = "اندلعت اشتباكات عنيفة بين مسلحين وقوات الجيش في مدينة حماة أمس. وسقطت قذائف على مدينة حلب أمس."
    doc = Pipeline(None, LearnedDecider(keep_reports, None, reads_battles)).document(text, published="2024-05-01")
    assert {c.event.location.name_ar for c in doc.candidates if c.event.location} >= {"حماة", "حلب"}
    assert [e.location.name_ar for e in doc.events if e.location] == ["حماة"]


def test_a_filter_that_names_a_missing_sentence_model_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "filter.json"
    path.write_text(json.dumps(LinearModel({"bias": 0.0}, 0.5, {"sentences": "sentence_model.json"}).to_json()),
                    encoding="utf-8")
    with pytest.raises(MarsadError, match="sentence_model.json"):
        decider_named("model", path)


def test_the_shipped_decider_reads_sentences_with_a_small_model() -> None:
    decider = decider_named("model")
    assert isinstance(decider, LearnedDecider) and decider.sentences is not None
    shipped = resources.files("marsad.models").joinpath("sentence_model.json")
    assert len(shipped.read_bytes()) < 4_000_000
    assert decider.sentences.meta["articles"] >= 600 and decider.sentences.outputs[0] == ANY


def test_sentences_that_teach_nothing_give_no_scores() -> None:
    from marsad.learn.sentences import learnable, out_of_fold_scores

    pool = _pool()
    assert learnable(pool, set(pool.gold))
    unquoted = Pool([], pool.gold, {a: [(f, frozenset()) for f, _ in s] for a, s in pool.sentences.items()})
    assert not learnable(unquoted, set(unquoted.gold))
    assert out_of_fold_scores(unquoted, set(unquoted.gold)) == {}
