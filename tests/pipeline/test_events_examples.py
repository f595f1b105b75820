"""Hand-built Arabic sentences: each sub-event type, each status, actors, sources, dates."""

from __future__ import annotations

import pytest

import marsad
from marsad.model import Event

PUB = "2017-06-13"  # a Tuesday


def events(text: str, published: str | None = PUB) -> list[Event]:
    # these tests check what the rule stages assemble and rule out; what the learned decider
    # does with their candidates is tested in test_decide.py
    return list(marsad.extract(text, published=published, article_id="t", decider="rules").events)


def one(text: str) -> Event:
    found = events(text)
    assert len(found) >= 1, f"no event in: {text}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("اندلعت اشتباكات عنيفة بين قوات النظام السوري وتنظيم داعش في مدينة دير الزور.", "Armed clash"),
        ("استعادت قوات النظام السوري السيطرة على مدينة تدمر من تنظيم داعش.", "Government regains territory"),
        ("سيطر تنظيم داعش على بلدة القريتين بعد معارك مع قوات النظام.", "Non-state actor overtakes territory"),
        ("شنت طائرات حربية روسية غارات جوية على مدينة إدلب.", "Air/drone strike"),
        ("قصفت قوات النظام بقذائف المدفعية مدينة درعا.", "Shelling/artillery/missile attack"),
        ("انفجرت عبوة ناسفة في سوق مدينة الموصل.", "Remote explosive/landmine/IED"),
        ("فجر انتحاري حزاما ناسفا في مدينة بنغازي.", "Suicide bomb"),
        ("ألقى مسلحون قنبلة يدوية على منزل في مدينة عدن.", "Grenade"),
        ("قتل عشرون مدنيا في هجوم بغاز السارين على بلدة خان شيخون.", "Chemical weapon"),
        ("أعدم تنظيم داعش خمسة مدنيين في مدينة الرقة.", "Attack"),
        ("اختطف مسلحون مجهولون ثلاثة مهندسين في مدينة سرت.", "Abduction/forced disappearance"),
        ("خرجت مظاهرة في مدينة البصرة احتجاجا على انقطاع الكهرباء.", "Peaceful protest"),
        ("فرقت الشرطة العراقية المتظاهرين بالغاز المسيل للدموع في مدينة البصرة.", "Protest with intervention"),
        ("اندلعت أعمال شغب في مدينة البصرة وأحرق محتجون مبنى المحافظة.", "Violent demonstration"),
        ("شنت قوات الأمن حملة اعتقالات في مدينة الموصل.", "Arrests"),
        ("نهب مسلحون منازل المدنيين في مدينة سرت.", "Looting/property destruction"),
        ("تمكنت قوات الجيش من تفكيك عبوة ناسفة في مدينة الرمادي.", "Disrupted weapons use"),
        ("أعلن الطرفان التوصل إلى هدنة في مدينة تعز.", "Agreement"),
    ],
)
def test_each_sub_event_type(text: str, sub: str) -> None:
    assert sub in {e.sub_event_type for e in events(text)}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("نفت وزارة الدفاع الروسية أن تكون طائراتها قد شنت غارات على مدينة إدلب.", "denied"),
        ("تستعد قوات النظام لاقتحام مدينة درعا.", "planned"),
        ("هدد تنظيم داعش بتفجير مدينة الموصل.", "threatened"),
        ("أحبطت القوات العراقية هجوما انتحاريا في مدينة الرمادي.", "prevented"),
        ("في حال شنت إسرائيل غارات على مدينة غزة فإن الفصائل سترد.", "hypothetical"),
        ("قصفت قوات النظام بقذائف المدفعية مدينة درعا أمس.", "occurred"),
        ("وقال المسؤول إنه سيتم تبادل الأسرى بين الطرفين في مدينة تعز.", "planned"),
        ("وتوقعت المصادر أن تشن الطائرات غارات على مدينة الرقة خلال أيام.", "hypothetical"),
    ],
)
def test_each_status(text: str, status: str) -> None:
    assert any(e.status == status for e in events(text)), [(e.sub_event_type, e.status) for e in events(text)]


def test_actors_with_clitics_and_roles() -> None:
    e = one("وقصفت قوات النظام السوري بالمدفعية مدينة درعا، ما أدى إلى مقتل ثلاثة مدنيين.")
    assert e.actor1 is not None and e.actor1.name == "Military Forces of Syria"
    assert e.actor2 is not None and e.actor2.inter == 7
    assert e.fatalities is not None and e.fatalities.best == 3


def test_nationality_adjectives_give_associated_actors() -> None:
    e = one("شنت طائرات أميركية وبريطانية غارات جوية على مدينة الرقة.")
    assert e.actor1 is not None and "United States" in e.actor1.name
    assert [a.country for a in e.assoc_actor_1] == ["GB"]


def test_attribution_frame_covers_the_next_sentence() -> None:
    text = (
        "قال المرصد السوري لحقوق الإنسان إن اشتباكات عنيفة دارت في مدينة دير الزور أمس.\n"
        "وأضاف أن طائرات حربية شنت غارات على مدينة الميادين."
    )
    found = events(text)
    assert len(found) == 2
    assert all(e.sources and e.sources[0].name == "Syrian Observatory for Human Rights" for e in found)


def test_relative_date_resolves_against_publication() -> None:
    e = one("قصفت قوات النظام بقذائف المدفعية مدينة درعا يوم الأحد.")
    assert e.date == "2017-06-11" and e.time_precision == 1 and e.date_basis == "text"


def test_date_defaults_to_publication_with_precision_3() -> None:
    e = one("قصفت قوات النظام بقذائف المدفعية مدينة درعا.")
    assert e.date == PUB and e.time_precision == 3 and e.date_evidence is None


def test_two_places_give_two_events() -> None:
    found = events("شنت طائرات حربية غارات على مدينة إدلب وعلى مدينة حلب.")
    assert {e.location.name_ar for e in found if e.location} >= {"إدلب", "حلب"}


def test_background_and_negative_text_give_no_event() -> None:
    assert events("قتل أكثر من 400 ألف شخص في سوريا منذ عام 2011.") == []
    assert events("فاز الفريق على ضيفه بثلاثة أهداف في المباراة التي أقيمت في الرياض.") == []


def test_place_needs_a_cue_when_it_is_an_ordinary_word() -> None:
    found = events("قالت الصحيفة إن التحالف شن غارات جوية الآن على مدينة الرقة.")
    assert [e.location.name_ar for e in found if e.location] == ["الرقة"]


def test_notes_are_english() -> None:
    e = one("قصفت قوات النظام بقذائف المدفعية مدينة درعا أمس، ما أسفر عن مقتل خمسة مدنيين.")
    assert "shelled" in e.notes and "Daraa" in e.notes or "Dar" in e.notes
    assert "Fatalities: 5" in e.notes


def test_negated_event_words_give_no_event() -> None:
    assert events("لم تسجل اشتباكات في مدينة درعا أمس رغم التوتر.") == []
    assert all(e.sub_event_type != "Armed clash" for e in events("دخلت القوات مدينة درعا دون وقوع اشتباكات."))


def test_first_of_listed_subjects_is_the_actor() -> None:
    e = one("استأنفت الفصائل الإسلامية وجبهة النصرة أمس قصف بلدة الفوعة في ريف إدلب.")
    assert e.actor1 is not None and e.actor1.name == "Opposition Rebels (Syria)"


def test_a_group_without_aircraft_is_the_target_of_an_air_strike() -> None:
    e = one("وذكر بيان عسكري أن الولايات المتحدة وحلفاءها قصفوا عناصر تنظيم داعش بست ضربات جوية قرب مدينة الحسكة.")
    assert e.sub_event_type == "Air/drone strike"
    assert e.actor1 is not None and e.actor1.name == "International Coalition"
    assert e.actor2 is not None and e.actor2.name == "Islamic State"


def test_government_adjective_names_the_state_forces() -> None:
    e = one("قتل خمسة مدنيين في قصف جوي حكومي على مدينة دوما.")
    assert e.actor1 is not None and e.actor1.name == "Military Forces of Syria"
    assert e.actor1.evidence is not None and e.actor1.evidence.text == "حكومي"


def test_air_force_without_nationality_is_the_country_s() -> None:
    e = one("شن الطيران الحربي غارات على مدينة أريحا في ريف إدلب.")
    assert e.actor1 is not None and e.actor1.name == "Military Forces of Syria"


def test_dual_anaphor_gives_both_towns() -> None:
    text = ("تطوق الفصائل منذ أشهر بلدتي الفوعة وكفريا شمال إدلب. "
            "وشن الطيران الحربي السوري ثلاث غارات على أطراف البلدتين فجر اليوم.")
    strikes = [e for e in events(text) if e.sub_event_type == "Air/drone strike"]
    assert {e.location.name_ar for e in strikes} == {"الفوعة", "كفريا"}
    for e in strikes:
        assert e.location.evidence is not None


def test_placeless_sentence_continues_the_previous_town() -> None:
    text = ("سيطرت فصائل المعارضة على بلدة اعزاز شمالي حلب أمس. "
            "وشنت طائرات حربية روسية غارات جوية عنيفة بعد ساعات.")
    strikes = [e for e in events(text) if e.sub_event_type == "Air/drone strike"]
    assert [e.location.name_ar for e in strikes] == ["اعزاز"]
    # the place's evidence is where the town was named, in the sentence before
    assert strikes[0].location.evidence is not None and strikes[0].location.evidence.text == "بلدة اعزاز"


def test_one_event_per_type_place_and_day_whatever_the_actors() -> None:
    text = ("دارت اشتباكات بين قوات النظام وتنظيم داعش في مدينة دير الزور أمس. "
            "وقال ناشطون إن اشتباكات عنيفة دارت أمس بين التنظيم وحزب الله في مدينة دير الزور.")
    clashes = [e for e in events(text) if e.sub_event_type == "Armed clash"]
    assert len(clashes) == 1


def test_what_usually_happens_is_not_an_event() -> None:
    assert events("وتحاصر قوات المعارضة مدينة درعا، وغالبا ما تندلع اشتباكات عنيفة في محيط مدينة درعا.") == []


def test_air_and_artillery_named_together_give_two_events() -> None:
    subs = {e.sub_event_type for e in events("تعرضت مدينة دوما أمس لقصف جوي ومدفعي عنيف من قوات النظام.")}
    assert {"Air/drone strike", "Shelling/artillery/missile attack"} <= subs
    # missiles fired from aircraft are one air strike
    subs = {e.sub_event_type for e in events("شنت طائرات النظام غارات بصواريخ موجهة على مدينة دوما أمس.")}
    assert subs == {"Air/drone strike"}


def test_announced_take_over_with_subject_and_time_between() -> None:
    text = 'أعلن القائد العسكري الليبي المشير خليفة حفتر مساء الخميس "تحرير" مدينة درنة من "الإرهابيين".'
    e = one(text)
    assert e.sub_event_type == "Government regains territory"
    assert e.actor1 is not None and e.actor1.name == "Libyan National Army"
    assert e.date == "2017-06-08"


def test_truce_and_fear_of_fighting_are_not_clashes() -> None:
    assert not [e for e in events("أعلن الرئيس تمديد وقف لإطلاق النار من طرف واحد في ولاية النيل الأزرق.")
                if e.sub_event_type == "Armed clash"]
    assert not [e for e in events("وأبدت الخارجية قلقها من احتمال عودة المعارك إلى ولاية جنوب كردفان.")
                if e.sub_event_type == "Armed clash"]


def test_ordinary_words_after_a_cue_are_not_unlisted_villages() -> None:
    for text in ("انفجرت عبوة ناسفة قرب مركز تدريب للشرطة أمس.", "انفجرت عبوة ناسفة في منطقة نفطية أمس.",
                 "اندلعت اشتباكات في منطقة تسمى بالمثلث أمس.", "انفجرت عبوة ناسفة في حي شعبي أمس."):
        assert [e.location.name_ar for e in events(text)] == [], text
    # a real name after its cue word is kept, and coded to the town named with it
    found = events("قتل ثلاثة مدنيين في قصف لقوات النظام على قرية الطاش قرب مدينة الرمادي أمس.")
    assert any(e.location.name_ar == "الطاش" and e.location.lat is not None for e in found)


def test_clashes_of_protesters_with_police_are_a_riot() -> None:
    e = one("اندلعت اشتباكات عنيفة بين المتظاهرين وقوات الأمن في مدينة البصرة أمس.")
    assert e.sub_event_type == "Violent demonstration"
    assert e.actor1 is not None and e.actor1.name == "Rioters (Iraq)"


def test_governorate_after_a_clitic_or_an_unknown_area_is_the_parent() -> None:
    from marsad.pipeline import get_pipeline

    pipeline = get_pipeline(None, "rules")
    for text in ("تجري معارك ضارية بين قوات النظام وتنظيم الدولة في قرية القصير بمحافظة درعا الثلاثاء.",
                 "تجري معارك بين قوات النظام وتنظيم الدولة في قرية القصير في منطقة نائية في محافظة درعا."):
        doc = pipeline.document(text, published=PUB)
        parents = {doc.span(m.start, m.end).text: m.value.parent_key for m in doc.of("place")}
        assert parents["القصير"] in ("درعا", "محافظه درعا"), parents


def test_same_event_dated_from_two_anchors_is_one_event() -> None:
    text = ("دارت اشتباكات عنيفة بين قوات النظام وتنظيم داعش في مدينة دير الزور أمس. "
            "وقال ناشطون إن الاشتباكات التي دارت الأحد بين الطرفين في مدينة دير الزور أوقعت قتلى.")
    assert len([e for e in events(text) if e.sub_event_type == "Armed clash"]) == 1
    text = ("دارت اشتباكات عنيفة بين قوات النظام وتنظيم داعش في مدينة دير الزور أمس. "
            "وكانت اشتباكات مماثلة قد دارت بين الطرفين في مدينة دير الزور في الأول من يونيو.")
    assert len([e for e in events(text) if e.sub_event_type == "Armed clash"]) == 2


def test_purpose_lam_is_planned_but_undergone_lam_occurred() -> None:
    found = events("شوهدت قوات برية كبيرة تتجه نحو مدينة عتق للالتحام بالمقاومة.")
    assert all(e.status == "planned" for e in found if e.sub_event_type == "Armed clash")
    e = one("تعرضت مدينة دوما لهجوم عنيف من قوات النظام أمس.")
    assert e.status == "occurred"


def test_intent_possibility_and_purpose_are_not_occurred() -> None:
    for text in ("أعلنت واشنطن عزمها شن غارات جوية على مدينة الرقة.",
                 "وبات من الممكن أن تقلع الطائرات الأمريكية من قاعدة في مدينة أضنة لشن ضربات جوية.",
                 "أرسل الجيش تعزيزات إلى مدينة درعا لشن هجوم على مواقع المعارضة."):
        assert not [e for e in events(text) if e.status == "occurred"], text


def test_why_fighting_grew_is_not_a_report_of_it() -> None:
    assert events("ورأى محللون أن احتدام المعارك جاء إثر انهيار المحادثات في مدينة درعا.") == []


def test_police_reporting_a_bomb_is_not_its_author_but_arrests_are_theirs() -> None:
    e = one("أعلنت الشرطة العراقية مقتل عشرة أشخاص إثر انفجار قنبلة يدوية في مدينة الموصل.")
    assert e.actor1 is None or "Police" not in e.actor1.name
    e = one("أعلنت الشرطة العراقية اعتقال خمسة مسلحين في مدينة الموصل.")
    assert e.sub_event_type == "Arrests"
    assert e.actor1 is not None and e.actor1.name == "Police Forces of Iraq"


def test_places_listed_before_the_chosen_one_and_a_second_target() -> None:
    text = "وأكد شهود عيان أن منطقتي الزبداني ومضايا شهدتا أمس مواجهات عنيفة بين المعارضة وقوات النظام."
    assert {e.location.name_ar for e in events(text) if e.sub_event_type == "Armed clash"} == {"الزبداني", "مضايا"}
    text = "شنت قوات النظام غارات على مدينة سراقب التي تسيطر عليها المعارضة، وعلى مدينة أريحا في ريف إدلب."
    assert {e.location.name_ar for e in events(text) if e.sub_event_type == "Air/drone strike"} == {"سراقب", "أريحا"}


def test_the_unit_not_the_camp_it_belongs_to_is_the_actor() -> None:
    e = one("من جهة أخرى شنت قوات جيش الفتح التابع للمعارضة السورية قصفا مدفعيا على بلدة الفوعة.")
    assert e.actor1 is not None and e.actor1.name == "Jaish al-Fatah"


def test_a_toll_over_weeks_is_not_the_event_s_toll() -> None:
    e = one("وصدر البيان بعد أسبوع من الغارات الحكومية المتواصلة على مدينة دوما، قتل خلاله أكثر من 400 مدني.")
    assert e.fatalities is None
    e = one("وقتل خلال الأيام الماضية 39 شخصا على الأقل في اشتباكات بين جماعات مسلحة في مدينة طرابلس.")
    assert e.fatalities is not None and e.fatalities.best == 39


def test_concern_and_since_the_start_of_a_month_are_no_events() -> None:
    assert events("أعربت السفارة الأمريكية في مدينة الخرطوم عن قلقها إزاء الاعتقالات.") == []
    assert events("واندلعت احتجاجات متفرقة في مدينة الخرطوم منذ مطلع يناير الماضي.") == []
    assert [e.sub_event_type for e in events("تجدد الاشتباكات بين قوات النظام والمعارضة في مدينة درعا أمس.")] == ["Armed clash"]


def test_strikes_with_a_possessive_on_a_named_target_are_an_event() -> None:
    e = one("كثف طيران التحالف العربي غاراته على معسكر (اللواء 15) في محافظة أبين أمس.")
    assert e.sub_event_type == "Air/drone strike"
    assert events("واصل الطيران غاراته منذ أسابيع.") == []


def test_killed_at_the_hands_of_gunmen_is_an_attack() -> None:
    e = one("لقي الشاب حتفه على يد مسلحين في مدينة صنعاء أمس.")
    assert e.sub_event_type == "Attack"
    assert e.actor1 is not None and e.actor1.name == "Unidentified Armed Group (Yemen)"
    assert e.fatalities is not None and e.fatalities.best == 1


def test_the_coalition_is_the_one_fighting_in_the_event_s_country() -> None:
    e = one("قصفت طائرات التحالف أمس مواقع للحوثيين في مدينة الحديدة.")
    assert e.actor1 is not None and e.actor1.name == "Saudi-led Coalition"
    e = one("قصفت طائرات التحالف أمس مواقع لتنظيم داعش في مدينة الرقة.")
    assert e.actor1 is not None and e.actor1.name == "International Coalition"


def test_a_place_a_distance_is_measured_from_is_a_landmark() -> None:
    found = events("تجددت الاشتباكات بين قبائل التبو والطوارق في مدينة سبها التي تبعد نحو 750 كيلومترا جنوب طرابلس أمس.")
    assert [e.location.name_ar for e in found] == ["سبها"]


def test_demands_and_calls_are_planned() -> None:
    for text in ("طالبت الحكومة الميليشيات الحوثية بالانسحاب من مدينة تعز.",
                 "دعت المعارضة إلى التظاهر في مدينة الخرطوم يوم الجمعة."):
        assert all(e.status == "planned" for e in events(text)), text
    e = one("خرجت مظاهرات حاشدة في مدينة الخرطوم أمس دعت إليها المعارضة.")
    assert e.status == "occurred"


def test_a_charge_is_not_a_report_of_the_act() -> None:
    assert all(e.sub_event_type != "Abduction/forced disappearance"
               for e in events("داهم الجيش اللبناني منازل مطلوبين بجرائم خطف في بلدة بريتال."))
    assert all(e.sub_event_type != "Abduction/forced disappearance"
               for e in events("اعتقلت الشرطة ثلاثة أشخاص متورطين في عمليات خطف في مدينة بعلبك."))


def test_proposals_and_anniversaries_are_not_events() -> None:
    assert all(e.status == "planned" for e in events("عرض الرئيس التركي هدنة في مدينة إدلب خلال القمة."))
    assert events("وتحيي تركيا في 18 مارس من كل عام ذكرى انتصار الدولة العثمانية في معركة جناق قلعة.") == []


def test_site_names_and_site_anaphors() -> None:
    from marsad.pipeline import get_pipeline

    doc = get_pipeline(None, "rules").document("اقتحمت قوات الاحتلال المسجد الأقصى أمس واعتقلت أحد المصلين.", published=PUB)
    assert [doc.span(m.start, m.end).text for m in doc.of("place")] == ["المسجد الأقصى"]
    text = ("اندلعت اشتباكات في مخيم عين الحلوة قرب مدينة صيدا أمس بين حركة فتح ومجموعة بلال بدر. "
            "ويشهد المخيم حاليا اشتباكات متقطعة بين الطرفين.")
    assert "صيدا" not in {e.location.name_ar for e in events(text)}


def test_an_exact_toll_beats_a_vague_one_of_the_same_event() -> None:
    text = ("أوقع التفجير الانتحاري عشرات القتلى في بلدة سروج أمس. "
            "وقالت مصادر طبية إن التفجير الانتحاري في بلدة سروج أمس أدى إلى مقتل 28 شخصا.")
    e = one(text)
    assert e.fatalities is not None and e.fatalities.best == 28 and e.fatalities.low == 10


def test_israeli_forces_in_palestinian_places() -> None:
    found = events("اقتحمت قوات الاحتلال الإسرائيلي المسجد الأقصى ليلة أمس واعتقلت أحد المصلين.")
    assert found and {e.location.name_ar for e in found} == {"المسجد الأقصى"}
    assert all(e.location.country == "PS" for e in found)


def test_names_of_sources_and_bodies_are_no_scene() -> None:
    from marsad.pipeline import get_pipeline

    pipeline = get_pipeline(None, "rules")
    doc = pipeline.document("قالت الخوذ البيضاء إن الغارات قتلت خمسة مدنيين في مدينة دوما.", published=PUB)
    assert [doc.span(m.start, m.end).text for m in doc.of("place")] == ["دوما"]
    doc = pipeline.document('نقلت "اللجنة التنسيقية في دوما" أخبار الهجوم.', published=PUB)
    assert all(m.value.is_parent for m in doc.of("place"))


def test_dual_event_nouns() -> None:
    found = events("قتل 40 شخصا في تفجيرين استهدفا حافلات في مدينة حلب.")
    assert [(e.sub_event_type, e.fatalities and e.fatalities.best) for e in found] == [
        ("Remote explosive/landmine/IED", 40)]
    assert events("شنت طائرات حربية روسية غارتين على مدينة إدلب.")[0].sub_event_type == "Air/drone strike"


def test_an_explosion_and_its_weapon_are_one_event() -> None:
    found = events("وقع الانفجار مساء الجمعة في مدينة عدن عندما ألقى شخص قنبلة يدوية على مقهى.")
    assert [e.sub_event_type for e in found] == ["Grenade"]



def test_two_weak_words_at_one_place_still_make_an_event() -> None:
    # "الهجوم" and "استهدف" are both weak; with a toll they report one event, not none
    found = events("استنكرت الحكومة الهجوم الذي استهدف بلدة دوما وأدى إلى مقتل ما لا يقل عن أربعين شخصا.")
    assert len(found) == 1
    assert found[0].fatalities is not None and found[0].fatalities.best == 40


def test_a_strike_without_weapon_takes_the_weapon_named_next() -> None:
    text = ("دانت الخارجية الهجوم الذي استهدف بلدة دوما والذي أسفر عن مقتل أربعين شخصا. "
            "وقالت الخارجية إن النظام السوري استخدم أسلحة كيمياوية لقتل المدنيين.")
    assert [e.sub_event_type for e in events(text)] == ["Chemical weapon"]


def test_a_side_listed_with_the_victims_is_a_victim() -> None:
    found = events("وقال مقاتلو المعارضة اليوم، إنهم شنوا هجوما خاطفا فجر الأحد، أسفر عن السيطرة على نقطتين في التلال القريبة من بلدة بلودان وإعطاب آليتين وقتل الكثير من قوات النظام والميليشيات الطائفية.")
    taken = [e for e in found if e.event_type == "Strategic developments" or "territory" in e.sub_event_type]
    assert taken and taken[0].actor1 is not None and taken[0].actor1.name != "Iranian militias"


def test_a_definite_weapon_phrase_is_one_trigger() -> None:
    found = events("وقال المرصد إن الضربة الجوية أصابت قرية السوسة الخميس، وهي من المناطق التي يسيطر عليها تنظيم داعش.")
    assert [e.sub_event_type for e in found] == ["Air/drone strike"]
    assert found[0].trigger.text == "الضربة الجوية"
    # the group that holds the area was hit; it flew nothing
    assert found[0].actor1 is None or found[0].actor1.name != "Islamic State"


def test_a_named_side_beats_the_unidentified_default_when_reports_merge() -> None:
    text = ("قتل 18 شخصا أمس في سقوط صاروخ على حي الشعار في حلب. "
            "وقال مدير المرصد إن الصاروخ الذي أطلقته قوات النظام السوري سقط أمس على حي الشعار.")
    found = events(text)
    assert len(found) == 1
    assert found[0].actor1 is not None and found[0].actor1.name == "Military Forces of Syria"


@pytest.mark.parametrize(
    "text",
    [
        "غير أن الاتفاق لم يتضمن جيش خالد بن الوليد، الذي ينتشر في جيب صغير غربي محافظة درعا.",
        "واتهم الجيش السوداني المتمردين بخرق وقف إطلاق النار في مدينة كادقلي.",
        "وقال الجيش السوداني إن المتمردين يريدون كسب الأرض قبل بدء وقف إطلاق النار في مدينة كادقلي.",
    ],
)
def test_agreement_words_that_report_no_new_agreement(text: str) -> None:
    assert "Agreement" not in {e.sub_event_type for e in events(text)}


def test_an_agreement_made_is_still_an_event() -> None:
    found = events("وقعت فصائل المعارضة والقوات الحكومية الاتفاق في مدينة بصرى الشام أمس.")
    assert "Agreement" in {e.sub_event_type for e in found}


@pytest.mark.parametrize(
    "text",
    [
        "وفي حال تمكنت الفصائل المقاتلة من السيطرة على بلدة جورين، يصبح بإمكانها قصف القرى في محافظة اللاذقية.",
        "وقال المحلل إنه إذا فشلت المفاوضات الجارية بين الطرفين في العاصمة خلال الأيام المقبلة فإن القوات "
        "الحكومية قصفت مدينة إدلب بالمدفعية.",
    ],
)
def test_a_condition_covers_its_sentence(text: str) -> None:
    found = events(text)
    assert found and all(e.status != "occurred" for e in found)


def test_a_lead_placed_only_by_country_gives_one_country_event() -> None:
    text = ("أعاد مقتل قائد ميداني حوثي، الثلاثاء، في غارة للتحالف العربي في اليمن، "
            "الحديث عن لائحة المطلوبين. ونشر التحالف تلك اللائحة قبل أشهر.")
    found = events(text)
    assert [(e.sub_event_type, e.location.geo_precision, e.location.country) for e in found] == [
        ("Air/drone strike", 3, "YE")]


def test_no_country_event_when_the_article_places_an_event() -> None:
    text = ("قتل جنديان في غارة للتحالف العربي في اليمن. "
            "وشنت طائرات التحالف غارات جوية على مدينة صعدة أمس.")
    assert all(e.location.geo_precision < 3 for e in events(text))


def test_battles_named_for_a_whole_country_give_no_event() -> None:
    text = "وافقت تركيا على استخدام الطائرات الأمريكية لقواعدها الجوية في قتال التنظيم في سوريا."
    assert events(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a practice, a presence, an aim, traps laid
        "وتشهد منطقة ورشفانة تواجد مسلحين يقومون بعمليات اختطاف في مدينة الزاوية.",
        "إلا أن وجود العبوات الناسفة يعيق حركة السكان في مدينة الرمادي.",
        "وتعيق الطرق المفخخة حركة السكان في مدينة الرمادي.",
        "إلا أن وجود الألغام والطرق المفخخة يعيق حركة السكان في مدينة الرمادي.",
        "وقال إن سياسة الحكومة تستهدف المعارضين في مدينة حلب.",
        # a campaign under way for weeks, and a purpose
        "وتخوض قوات النظام منذ أسابيع هجوما كبيرا على منطقة حوض اليرموك.",
        "وقالت المقاومة إن التعزيزات ستصل إلى الضالع لتتمكن المقاومة من التقدم في مدينة الضالع.",
    ],
)
def test_no_event_from_practices_presences_aims_and_campaigns(text: str) -> None:
    assert [e for e in events(text) if e.status == "occurred"] == []


def test_the_fiercest_in_months_is_still_an_event() -> None:
    found = events("ووصف المرصد القصف المدفعي على مواقع تنظيم داعش في بلدة هجين بأنه الأعنف منذ شهور.")
    assert [e.sub_event_type for e in found] == ["Shelling/artillery/missile attack"]


def test_shelling_operations_are_still_shelling() -> None:
    found = events("وتبادل الطرفان عمليات قصف مدفعي في جبهة الجفينة جنوب غرب مدينة مأرب أمس.")
    assert "Shelling/artillery/missile attack" in {e.sub_event_type for e in found}


def test_protesters_acting_at_a_place_protest() -> None:
    found = events("وأفاد شهود بأن متظاهرين أغلقوا الطرق بالحجارة أمام مبنى البلدية في مدينة الزبير يوم الخميس.")
    assert [e.sub_event_type for e in found] == ["Peaceful protest"]
    assert found[0].actor1 is not None and found[0].actor1.name.startswith("Protesters")


def test_a_front_named_by_its_place_in_a_governorate() -> None:
    found = events("وانتزع الجيش اليمني تلالا مهمة في جبهة علب بمحافظة صعدة إثر مواجهات مع الحوثيين.")
    assert [e.location.name_ar for e in found if e.sub_event_type == "Government regains territory"] == ["علب"]
    # a front described, not named, is no place
    assert not [e for e in events("وفتحت المقاومة جبهة جديدة باتجاه مدينة تعز.") if e.location.name_ar == "جديدة"]


def test_an_agreement_carries_no_toll() -> None:
    found = events("وقتل خمسة مسلحين، ثم توصلت فصائل المعارضة والقوات الحكومية إلى اتفاق تسوية في مدينة درعا أمس.")
    agreements = [e for e in found if e.sub_event_type == "Agreement"]
    assert agreements and all(e.fatalities is None for e in agreements)


def test_an_exact_toll_beats_a_number_of_when_reports_merge() -> None:
    text = ("قالت الوزارة إن انفجارا في بلدة سروج أسفر عن مقتل 27 شخصا أمس. "
            "وقال شهود إن عددا من القتلى سقطوا في الانفجار الذي وقع في بلدة سروج أمس، وقتل عدد من الشبان.")
    found = [e for e in events(text) if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert len(found) == 1 and found[0].fatalities is not None and found[0].fatalities.best == 27


def test_a_bomb_that_kills_people_hits_civilians() -> None:
    found = events("أفادت الشرطة بأن 19 شخصا قتلوا صباح اليوم حين انفجرت سيارة ملغومة قرب مسجد في مدينة بعقوبة.")
    assert len(found) == 1
    e = found[0]
    assert e.actor2 is not None and e.actor2.name == "Civilians (Iraq)" and e.civilian_targeting
    assert e.actor2.evidence is not None and e.actor2.evidence.text == "شخصا"
    # fighters killed are no civilians
    fighters = events("قتل 24 مسلحا من تنظيم داعش عندما انفجرت سيارة ملغومة في مدينة بعقوبة.")
    assert fighters and (fighters[0].actor2 is None or fighters[0].actor2.name != "Civilians (Iraq)")


def test_a_backer_is_neither_side() -> None:
    found = events("واستعادت قوات الجيش الوطني والمقاومة، على المحور الممتد من قاعدة العند نحو الشمال، "
                   "مديريتي كرش والمسيمير وكل ذلك تحت غطاء جوي لقوات التحالف.")
    taken = [e for e in found if e.sub_event_type == "Government regains territory"]
    assert taken and taken[0].actor1 is not None and taken[0].actor1.name == "Military Forces of Yemen"
    assert taken[0].actor2 is None or taken[0].actor2.name != "Saudi-led Coalition"


def test_people_killed_in_a_town_a_group_holds_are_the_civilians_hit() -> None:
    found = events("وقتل 14 شخصا في غارات نفذتها طائرات النظام السوري على مدينة الباب الواقعة تحت سيطرة تنظيم داعش.")
    assert found and found[0].sub_event_type == "Air/drone strike"
    assert found[0].actor2 is not None and found[0].actor2.name == "Civilians (Syria)"


def test_dawn_is_no_detonation() -> None:
    found = events("هاجم مسلحون فجر الأحد حاجزا للجيش في مدينة العريش.")
    assert "Remote explosive/landmine/IED" not in {e.sub_event_type for e in found}
    found = events("وفجر انتحاري سيارة مفخخة عند الفجر في مدينة العريش.")
    assert "Remote explosive/landmine/IED" in {e.sub_event_type for e in found} or "Suicide bomb" in {
        e.sub_event_type for e in found}


def test_a_lead_of_one_short_sentence_is_no_headline() -> None:
    # a headline has no full stop: this first paragraph is the report itself, a candidate even
    # where the body reports another event of its type
    from marsad.pipeline import Pipeline
    from marsad.pipeline.decide import AllCandidates

    text = ("قتل جنديان في اشتباكات مع مسلحين أمس في شمالي العراق.\n"
            "وكان مسلحون قد اشتبكوا الأسبوع الماضي مع دورية للجيش في قضاء تلعفر.")
    doc = Pipeline(None, AllCandidates()).document(text, published=PUB)
    got = {(c.event.event_type, c.event.location.name_ar) for c in doc.candidates if c.event.location is not None}
    assert ("Battles", "شمالي العراق") in got


def test_a_headline_without_full_stop_still_gives_way_to_the_body() -> None:
    text = ("مقتل جنديين في اشتباكات مع مسلحين في العراق\n"
            "قتل جنديان أمس في اشتباكات مع مسلحين في قضاء تلعفر غرب الموصل.")
    got = [(e.event_type, e.location.name_ar) for e in events(text) if e.location is not None]
    assert got and all(name != "العراق" for _, name in got)


def test_a_peaceful_protest_has_no_second_side() -> None:
    # what a protest is against is no actor: ACLED codes a peaceful protest with its crowd alone
    (e,) = events("تظاهر المئات من أنصار الحزب أمس في مدينة تعز احتجاجا على ممارسات الحوثيين.")
    assert e.sub_event_type == "Peaceful protest" and e.actor2 is None


def test_an_event_revised_to_a_peaceful_protest_loses_its_second_side() -> None:
    from marsad.pipeline.retype import retyped, retyped_json

    (e,) = events("اشتبك محتجون مع قوات الأمن أمس في مدينة البصرة.")
    assert e.actor2 is not None
    assert retyped(e, "Peaceful protest").actor2 is None
    assert retyped_json(e.to_json(), "Peaceful protest")["actor2"] is None


def test_a_verb_of_taking_ground_is_no_goal_as_its_verbal_noun_can_be() -> None:
    # "طرد" is the verbal noun and the lemma of "طردت": the verb tells what was done
    (e,) = events("طردت قوات الجيش أمس ميليشيات الحوثيين من مديرية مشرعة وحدنان في محافظة تعز.")
    assert e.sub_event_type == "Government regains territory" and e.actor2 is not None
    assert not events("طرد الحوثيين من مديرية مشرعة وحدنان في محافظة تعز هو هدف قوات الجيش.")


def test_the_backer_after_its_word_of_support_lost_no_ground() -> None:
    # "بإسناد من التحالف": "من" here names who backed the advance, not whom the town was taken from
    (e,) = events("حررت قوات الجيش، الجمعة، بإسناد من طيران التحالف العربي، مدينة زبيد في محافظة الحديدة.")
    assert e.actor1 is not None and e.actor1.name.startswith("Military Forces")
    assert e.actor2 is None or "Coalition" not in e.actor2.name


def test_a_month_that_since_names_dates_no_event() -> None:
    # "since June": how long a group has held ground, said after the blasts; it dates neither
    text = ("انفجرت سيارة مفخخة في سوق مدينة بعقوبة. وقال مسؤول إن التنظيم الذي يسيطر على مناطق "
            "في المحافظة منذ يونيو 2014 تبنى الهجوم. كما انفجرت عبوة ناسفة في بلدة المقدادية.")
    found = events(text, published=None)
    assert len(found) == 2
    assert [e.date for e in found] == [None, None]
    # a day after it dates what began then ("منذ الخميس")
    ongoing = events("تتواصل الاشتباكات العنيفة منذ الخميس بين قوات الجيش ومسلحي تنظيم داعش في مدينة الرمادي.")
    assert [str(e.date) for e in ongoing] == ["2017-06-08"]


def test_a_time_counted_back_dates_only_the_event_word_of_its_clause() -> None:
    # "two weeks ago" tells when the raid the attackers avenged took place, not their attack
    text = ("شنت جماعة مسلحة هجوما على مقر الجيش في مدينة واغادوغو ردا على مقتل عشرات من قادتها "
            "في غارة للجيش الفرنسي في مدينة كيدال قبل أسبوعين.")
    by_word = {e.trigger.text: e for e in events(text)}
    assert str(by_word["غارة"].date) == "2017-05-30"
    assert by_word["هجوما"].date_basis != "text"
    # and dates no sentence after its own
    later = events("اعتقلت الشرطة رجلا قبل عشرة أيام في مدينة كولونيا. وانفجرت عبوة ناسفة في مدينة بون.")
    assert [str(e.date) for e in later] == ["2017-06-03", "2017-06-13"]


def test_where_a_journey_goes_is_not_where_the_event_happened() -> None:
    # the convoy was hit on its way, not in the town it was heading for; the blast was where the
    # young people gathered, not in the town their trip was to reach
    for text, destination in (
        ("قتل خمسة جنود في هجوم على قافلة عسكرية كانت متجهة إلى مدينة الرمادي.", "الرمادي"),
        ("لقي ثلاثة مسلحين مصرعهم في كمين نصب لهم وهم في طريقهم إلى مدينة عدن.", "عدن"),
        ("قتل عشرة أشخاص في انفجار استهدف تجمعا لطلاب قبل رحلة مقررة لبلدة كوباني.", "كوباني"),
    ):
        assert destination not in [e.location.name_ar for e in events(text)], text
    # a place of the event itself still counts
    found = events("قتل خمسة جنود في هجوم على قافلة عسكرية في بلدة الكرمة كانت متجهة إلى مدينة الرمادي.")
    assert [e.location.name_ar for e in found] == ["الكرمة"]


def test_a_governorate_coded_at_its_seat_folds_into_the_town_the_body_names() -> None:
    text = ("وذكر ناشطون أن 12 مدنيا قتلوا بغارات جوية على مناطق في محافظة حماة أمس. "
            "وقتل عشرة منهم في غارة جوية على مدينة اللطامنة في ريف المحافظة الشمالي.")
    found = [e for e in events(text) if e.sub_event_type == "Air/drone strike"]
    assert [e.location.name_ar for e in found] == ["اللطامنة"]
    assert found[0].location.geo_precision == 1
    # told alone, the governorate is coded at precision 3 (its seat's point), whatever its kind
    alone = [e for e in events("وقتل 12 مدنيا بغارات جوية على مناطق في محافظة حماة أمس.")
             if e.sub_event_type == "Air/drone strike"]
    assert [e.location.geo_precision for e in alone] == [3]
