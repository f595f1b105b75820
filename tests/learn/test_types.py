"""The event-type model: labels from the hand coding, the margin rule, the file format, and the
learned decider revising a candidate's type before the filter sees it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.errors import MarsadError
from marsad.learn.dataset import Pool, Row
from marsad.learn.types import fit_types, revise_rows, type_labels
from marsad.pipeline import Pipeline
from marsad.pipeline.decide import LearnedDecider, LinearModel, decider_named
from marsad.pipeline.retype import TypeModel, load_types, retyped_features, type_features
from marsad.taxonomy import EventType, SubEventType

CLASH, ATTACK, SHELL = SubEventType.ARMED_CLASH, SubEventType.ATTACK, SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK
ARRESTS = SubEventType.ARRESTS


def _event(sub: str, name: str, **more: object) -> dict:  # type: ignore[type-arg]
    from marsad.taxonomy import EVENT_TYPE

    return {"event_type": EVENT_TYPE[sub], "sub_event_type": sub, "status": more.get("status", "occurred"),
            "location": {"name_ar": name, "lat": None, "lon": None}, "fatalities": more.get("fatalities"),
            "actor2": more.get("actor2")}


def _model(margin: float = 0.2) -> TypeModel:
    # two words decide: "الطعن" (stabbing) says an attack on people, "قذائف" (shells) says shelling
    return TypeModel((CLASH, ATTACK, SHELL), {"sent=الطعن": (-2.0, 3.0, -1.0), "sent=قذايف": (-1.0, -1.0, 3.0),
                                              "sent=سكاكين": (-2.0, 3.0, -1.0)},
                     (0.5, 0.0, 0.0), margin, {})


def test_a_candidate_is_labelled_with_the_sub_type_coded_at_its_place() -> None:
    gold = {"a": [_event(ATTACK, "باريس"), _event(ATTACK, "باريس"), _event(CLASH, "حلب"), _event(SHELL, "حلب"),
                  _event(CLASH, "ادلب", status="planned")]}
    rows = [Row("a", {}, _event(CLASH, "باريس"), False), Row("a", {}, _event(CLASH, "حلب"), True),
            Row("a", {}, _event(CLASH, "درعا"), False), Row("a", {}, _event(CLASH, "ادلب"), False)]
    # Paris: one type there; Aleppo: two types, nothing to learn; Daraa: no gold; Idlib: not occurred
    assert type_labels(Pool(rows, gold)) == [ATTACK, None, None, None]


def test_the_type_model_sees_no_feature_the_rules_type_decides() -> None:
    f = {"type=Battles": 1.0, "sub=Armed clash": 1.0, "same_type_same_place": 1.0, "article_types=<=1": 1.0,
         "sent=الطعن": 1.0, "lemma=هجوم": 1.0}
    assert type_features(f) == {"sent=الطعن": 1.0, "lemma=هجوم": 1.0}


def test_a_type_is_revised_only_to_another_event_type_and_beyond_the_margin() -> None:
    model = _model()
    assert model.revised({"sent=الطعن": 1.0}, CLASH) == ATTACK
    assert model.revised({"sent=قذايف": 1.0}, CLASH) == SHELL
    assert model.revised({}, CLASH) is None  # nothing says otherwise: the rules' type stays
    assert model.revised({"sent=الطعن": 1.0}, ATTACK) is None  # the model agrees
    assert _model(margin=0.99).revised({"sent=الطعن": 1.0}, CLASH) is None
    p = model.probabilities({"sent=الطعن": 1.0})
    assert sum(p.values()) == pytest.approx(1.0) and max(p, key=p.__getitem__) == ATTACK


def test_a_strike_defined_by_its_weapon_needs_the_weapon_named_in_its_sentence() -> None:
    # a model that reads "الجيش" as an air strike (the army's raids fill the coded articles): a
    # clash "برصاص الجيش" names no aircraft, so it stays a clash; with aircraft named it is revised
    air = SubEventType.AIR_DRONE_STRIKE
    model = TypeModel((CLASH, air, SHELL), {"sent=جيش": (-1.0, 3.0, 2.0)}, (0.0, 0.0, 0.0), 0.2, {})
    assert model.revised({"sent=جيش": 1.0, "sent=رصاص": 1.0}, CLASH) is None
    assert model.revised({"sent=جيش": 1.0, "sent=طايرات": 1.0}, CLASH) == air
    # shelling named, aircraft not: the next best sub-type the text allows
    assert model.revised({"sent=جيش": 1.0, "sent=مدفعيه": 1.0}, CLASH) == SHELL
    assert model.revised({"sent=جيش": 1.0, "sent=قصف": 1.0}, CLASH) == SHELL


def test_a_revised_candidate_is_relabelled_and_marked_for_the_filter() -> None:
    gold = {"a": [_event(ATTACK, "باريس")]}
    row = Row("a", {"sent=الطعن": 1.0, "type=Battles": 1.0, "sub=Armed clash": 1.0}, _event(CLASH, "باريس"), False)
    (out,) = revise_rows(Pool([row], gold), [row], _model())
    assert out.event["event_type"] == EventType.VIOLENCE_AGAINST_CIVILIANS and out.label
    assert out.features == retyped_features(row.features, ATTACK)
    assert out.features["retyped"] == 1.0 and "type=Battles" not in out.features
    # an arrest kills no one
    arrest = TypeModel((CLASH, ARRESTS), {"sent=اعتقال": (-2.0, 3.0)}, (0.0, 0.0), 0.2, {})
    row = Row("a", {"sent=اعتقال": 1.0}, _event(CLASH, "باريس", fatalities={"best": 2}), False)
    (out,) = revise_rows(Pool([row], gold), [row], arrest)
    assert out.event["sub_event_type"] == ARRESTS and out.event["fatalities"] is None


def test_fitting_the_type_model_is_deterministic_and_leaves_out_rare_sub_types() -> None:
    rows, labels = [], []
    for i in range(12):
        word, sub = ("الطعن", ATTACK) if i % 2 else ("قذايف", SHELL)
        rows.append(Row(f"a{i}", {f"sent={word}": 1.0, "type=Battles": 1.0}, _event(CLASH, "x"), False))
        labels.append(sub)
    rows.append(Row("b", {"sent=اعتقال": 1.0}, _event(CLASH, "x"), False))
    labels.append(ARRESTS)  # one example: no class
    a, b = fit_types(rows, labels), fit_types(rows, labels)
    assert a.to_json() == b.to_json()
    assert set(a.classes) == {ATTACK, SHELL}
    assert "type=Battles" not in a.weights
    assert a.revised({"sent=الطعن": 1.0}, CLASH) == ATTACK


def test_a_model_file_that_is_not_a_type_model_is_refused_with_its_name(tmp_path: Path) -> None:
    path = tmp_path / "types.json"
    data = _model().to_json()
    path.write_text(json.dumps({**data, "classes": ["Armed clash", "Tea party", "Attack"]}), encoding="utf-8")
    with pytest.raises(MarsadError, match=r"types\.json.*Tea party"):
        load_types(path)
    path.write_text(json.dumps({**data, "bias": [0.0]}), encoding="utf-8")
    with pytest.raises(MarsadError, match="length"):
        load_types(path)
    path.write_text(json.dumps(data), encoding="utf-8")
    assert load_types(path) == _model()


def test_a_filter_that_names_a_missing_type_model_is_refused(tmp_path: Path) -> None:
    model = LinearModel({"bias": 0.0}, 0.5, {"types": "event_types.json"})
    path = tmp_path / "filter.json"
    path.write_text(json.dumps(model.to_json()), encoding="utf-8")
    with pytest.raises(MarsadError, match="event_types.json"):
        decider_named("model", path)
    # a filter trained without types needs none
    path.write_text(json.dumps(LinearModel({"bias": 0.0}, 0.5, {}).to_json()), encoding="utf-8")
    decider = decider_named("model", path)
    assert isinstance(decider, LearnedDecider) and decider.types is None


def test_the_shipped_decider_revises_types_before_it_filters() -> None:
    decider = decider_named("model")
    assert isinstance(decider, LearnedDecider) and decider.types is not None
    # a decider whose type model reads knives as an attack on people, and a filter that keeps
    # only what was revised: the clash word of the sentence comes out as an attack
    keep_revised = LinearModel({"bias": -5.0, "retyped": 10.0}, 0.5, {})
    pipeline = Pipeline(None, LearnedDecider(keep_revised, _model()))
    # (two sentences: a brief of one is kept from a lower threshold, see decide.BRIEF_THRESHOLD)
    text = "اندلعت اشتباكات عنيفة بين مسلحين وقوات الجيش في مدينة حلب امس بالسكاكين. وأفاد بذلك شهود عيان."
    doc = pipeline.document(text, published="2024-05-01")
    assert [e.sub_event_type for e in doc.events] == [ATTACK]
    assert doc.events[0].event_type == EventType.VIOLENCE_AGAINST_CIVILIANS and " attacked " in doc.events[0].notes
    # without the type model the same filter keeps nothing: nothing was revised
    assert Pipeline(None, LearnedDecider(keep_revised)).document(text, published="2024-05-01").events == []


def test_a_revised_event_that_repeats_another_of_its_article_is_that_event() -> None:
    from marsad.pipeline.retype import one_per_report

    def at(sub: str, place: str, day: str) -> dict:  # type: ignore[type-arg]
        return {"sub_event_type": sub, "status": "occurred", "date": day, "location": {"place_id": place}}

    events = [at(SHELL, "p1", "2024-05-01"), at(SHELL, "p1", "2024-05-01"), at(SHELL, "p1", "2024-05-02"),
              at(SHELL, "p2", "2024-05-01"), at(CLASH, "p1", "2024-05-01")]
    # the second repeats the first: folded; another day, another place or another sub-type stay
    assert one_per_report(events, [False, True, True, True, True]) == [0, 2, 3, 4]
    # the rules' own events are never folded here (the geocode stage merged what they repeat)
    assert one_per_report(events, [False, False, False, False, False]) == [0, 1, 2, 3, 4]
    # a revised event before the one it repeats gives way to it
    assert one_per_report(events[:2], [True, False]) == [1]


def test_the_fighting_for_a_place_on_the_day_it_was_taken_is_the_take_over() -> None:
    from marsad.pipeline.retype import one_per_report

    def at(sub: str, place: str, day: str, status: str = "occurred") -> dict:  # type: ignore[type-arg]
        kind = "Battles" if sub in (CLASH, "Government regains territory", "Non-state actor overtakes territory") else "x"
        return {"event_type": kind, "sub_event_type": sub, "status": status, "date": day, "location": {"place_id": place}}

    taken = at("Government regains territory", "p1", "2024-05-01")
    events = [at(CLASH, "p1", "2024-05-01"), taken, at(CLASH, "p1", "2024-05-02"), at(CLASH, "p2", "2024-05-01"),
              at("Non-state actor overtakes territory", "p1", "2024-05-01"), at(SHELL, "p1", "2024-05-01"),
              at(CLASH, "p1", "2024-05-01", "attempted")]
    # the clash and the second take-over at the place and day go; another day, another place,
    # a strike and an attempt stay
    assert one_per_report(events, [False] * len(events)) == [1, 2, 3, 5, 6]
    # with no take-over, clashes stay as they are
    assert one_per_report([events[0], events[3]], [False, False]) == [0, 1]


def test_the_peaceful_protest_of_a_crowd_the_police_met_is_that_event() -> None:
    from marsad.pipeline.retype import one_per_report

    def at(sub: str, day: str) -> dict:  # type: ignore[type-arg]
        return {"event_type": "Protests", "sub_event_type": sub, "status": "occurred", "date": day,
                "location": {"place_id": "p1"}}

    events = [at("Peaceful protest", "2024-05-01"), at("Protest with intervention", "2024-05-01"),
              at("Peaceful protest", "2024-05-02")]
    assert one_per_report(events, [False, False, False]) == [1, 2]
