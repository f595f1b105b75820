"""A protest's toll, as the codebook reads it: a peaceful protest kills no one, so a death in its
sentence is either what the crowd protests (another event's toll) or protesters shot dead by the
force that met them (excessive force against protesters). Sentences written for the tests."""

from __future__ import annotations

import marsad
from marsad.model import Event
from marsad.pipeline import Pipeline
from marsad.pipeline.decide import AllCandidates

PUB = "2018-05-01"


def events(text: str) -> list[Event]:
    return list(marsad.extract(text, published=PUB, article_id="t", decider="rules").events)


def test_a_death_the_crowd_protests_is_no_toll_of_the_protest() -> None:
    got = events("تجمع نحو مئتي شخص أمام مبنى البلدية في مدينة الزرقاء أمس احتجاجا على مقتل شاب.")
    protests = [e for e in got if e.event_type == "Protests"]
    assert protests
    assert all(e.fatalities is None for e in protests)
    assert all(e.sub_event_type == "Peaceful protest" for e in protests)


def test_protesters_shot_dead_by_the_police_are_excessive_force() -> None:
    got = events("تظاهر المئات في مدينة كراتشي يوم الجمعة وقتل أربعة من المتظاهرين برصاص الشرطة.")
    protests = [e for e in got if e.event_type == "Protests"]
    assert [e.sub_event_type for e in protests] == ["Excessive force against protesters"]
    toll = protests[0].fatalities
    assert toll is not None and toll.best == 4
    assert protests[0].actor1 is not None and protests[0].actor1.inter == 6  # the protesters
    assert protests[0].actor2 is not None  # the force that fired on them


def test_a_crowd_before_a_new_clause_is_not_its_dead() -> None:
    # "وقتل" opens a clause whose subject follows it: the hundreds marched, four died
    got = events("احتشد الآلاف في مدينة لاهور أمس للاحتجاج وقتل أربعة برصاص قوات الأمن.")
    tolls = [e.fatalities.best for e in got if e.fatalities is not None]
    assert tolls and set(tolls) == {4}


def test_a_protest_the_police_dispersed_is_a_protest_with_intervention() -> None:
    met = events("تجمع مئات المحتجين أمام مبنى المحافظة في مدينة الزرقاء أمس، وقامت قوات الأمن بتفريقهم بالغاز المسيل للدموع.")
    assert {e.sub_event_type for e in met if e.event_type == "Protests"} == {"Protest with intervention"}
    broke = events("تظاهر المئات في مدينة الزرقاء أمس للمطالبة بفرص عمل، وفضت الشرطة الاعتصام مساء.")
    assert {e.sub_event_type for e in broke if e.event_type == "Protests"} == {"Protest with intervention"}
    calm = events("تظاهر المئات في مدينة الزرقاء أمس للمطالبة بفرص عمل وتحسين الخدمات.")
    assert {e.sub_event_type for e in calm} == {"Peaceful protest"}


def test_the_time_of_what_a_crowd_protests_does_not_date_the_protest() -> None:
    # "for six months" tells how long the wages went unpaid, not when the workers struck
    got = events("تظاهر العمال في مدينة الزرقاء أمس احتجاجا على تأخر رواتبهم منذ 5 أشهر.")
    assert [e.sub_event_type for e in got] == ["Peaceful protest"]
    # a protest told as years back is still history
    assert events("تظاهر العمال في مدينة الزرقاء قبل عامين احتجاجا على تأخر رواتبهم.") == []


def test_what_a_crowd_commemorates_is_past_and_no_toll_or_day_of_its_own() -> None:
    got = events("شارك مئات المتظاهرين في مسيرة سلمية في مدينة ممفيس أمس إحياء لذكرى شاب قتل برصاص "
                 "شرطي في التاسع من أغسطس 2016.")
    protests = [e for e in got if e.event_type == "Protests"]
    assert [e.sub_event_type for e in protests] == ["Peaceful protest"]
    assert protests[0].fatalities is None
    assert protests[0].date == "2018-04-30"  # "أمس", not the day the young man was killed


def test_an_arrest_made_during_a_protest_is_the_protest_met_by_the_police() -> None:
    # one event: the protest, met by the force that made the arrest, not an arrest beside a peaceful protest
    got = events("أوقفت الشرطة ناشطا أمس خلال تظاهرة أمام مبنى البلدية في مدينة الزرقاء.")
    assert [(e.sub_event_type, e.location.name_ar if e.location else None) for e in got] == [
        ("Protest with intervention", "الزرقاء")]
    assert got[0].actor2 is not None and got[0].actor2.inter == 1  # the police that made the arrest


def test_an_arrest_of_the_crowd_with_no_force_named_is_the_protest_met() -> None:
    # "واعتقل العشرات من المتظاهرين": the crowd was arrested, it arrested no one
    got = events("تظاهر المئات في مدينة الزرقاء أمس، واعتقل عدد من المحتجين.")
    assert [e.sub_event_type for e in got] == ["Protest with intervention"]
    assert got[0].actor1 is not None and got[0].actor1.inter == 6


def test_an_arrest_of_others_in_a_protest_sentence_leaves_the_protest_peaceful() -> None:
    got = events("اعتصم العشرات أمام مبنى المحافظة في مدينة الزرقاء أمس، فيما اعتقلت الشرطة مطلوبا في حي آخر من المدينة.")
    assert "Protest with intervention" not in {e.sub_event_type for e in got}


def test_protesters_who_demand_or_denounce_protest() -> None:
    # "طالب محتجون": the crowd that demands is a protest, with no other event word in the article
    pipeline = Pipeline(None, AllCandidates())
    for text in ("طالب محتجون بإطلاق سراح المعتقلين أمام مبنى البلدية في مدينة صفاقس أمس.",
                 "ندد متظاهرون بقرار الحكومة أمام مقر الولاية في مدينة صفاقس أمس."):
        cands = pipeline.document(text, published=PUB).candidates
        assert [(c.event.sub_event_type, c.vetoes) for c in cands] == [("Peaceful protest", ())]


def test_a_crowd_that_demands_protested_and_the_arrest_it_demands_about_does_not_hide_it() -> None:
    # the crowd is the subject of the verb of demanding: it protested (not a protest still to
    # come); the arrest its demand is about is no act of this sentence's place and day
    text = "وفي مدينة لاهور، طالب محتجون أمس بنشر صور حول اعتقال صحفي."
    doc = Pipeline(None, AllCandidates()).document(text, published=PUB)
    found = [(c.event.sub_event_type, c.event.status) for c in doc.candidates if c.event.event_type == "Protests"]
    assert found == [("Peaceful protest", "occurred")]
