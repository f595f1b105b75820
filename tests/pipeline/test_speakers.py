"""Who a report is attributed to: where a speaker's name ends, a person named before the title,
a speaker named again by its noun alone, and a body inside what was said. Sentences written
for the tests."""

from __future__ import annotations

import marsad
from marsad.pipeline import Pipeline
from marsad.text import fold

PUB = "2018-05-01"


def speakers(text: str) -> list[tuple[str, str]]:
    doc = Pipeline(None).document(text, published=PUB)
    return [(doc.norm[m.start : m.end], m.value.name_ar) for m in doc.of("source")]


def test_a_bare_source_noun_ends_after_its_adjective() -> None:
    got = speakers("أعلنت مصادر أمنية العثور على جثث في الرمادي.")
    assert [name for _, name in got] == ["مصادر أمنية"]


def test_an_official_title_with_a_place_keeps_the_place() -> None:
    got = speakers("وقال مدير ناحية الشورة خالد العبيدي إن مسلحين هاجموا حاجزا.")
    assert any("الشوره" in span for span, _ in got)


def test_a_person_named_before_the_title() -> None:
    assert any(span == "سالم الحداد" for span, _ in speakers("وقال سالم الحداد عميد بلدية غات إن اشتباكات اندلعت أمس."))
    assert any(span == "سالم الحداد" for span, _ in speakers("وقال سالم الحداد، رئيس المجلس المحلي، إن اشتباكات اندلعت."))


def test_a_person_with_no_title_is_no_speaker() -> None:
    assert speakers("وقال سالم الحداد إن اشتباكات اندلعت أمس.") == []


def test_the_noun_alone_names_the_speaker_named_before() -> None:
    got = speakers("قالت مصادر طبية إن غارة قتلت ستة في تعز. وأكدت المصادر أن غارة أخرى قتلت اثنين.")
    assert [name for _, name in got] == ["مصادر طبية", "مصادر طبية"]


def test_the_noun_alone_with_nobody_named_before_is_no_speaker() -> None:
    assert speakers("وأكدت المصادر أن غارة قتلت اثنين في تعز.") == []


def test_a_body_after_the_complementizer_is_what_was_said() -> None:
    got = speakers("وأفادت المصادر أن طائرات التحالف العربي شنت غارات على تعز.")
    assert got == []


def test_after_a_colon_comes_what_was_said() -> None:
    assert speakers("وأضاف: المقاومة سيطرت أمس على معسكر لبوزة.") == []


def test_an_indefinite_noun_is_someone_new() -> None:
    got = speakers("قالت مصادر طبية إن غارة قتلت ستة في تعز. وقالت مصادر إن غارة أخرى قتلت اثنين.")
    assert [name for _, name in got][0] == "مصادر طبية"
    assert all(name != "مصادر طبية" for _, name in got[1:])


def test_a_speaker_with_a_long_title_keeps_the_whole_name() -> None:
    text = "أكد قائد جبهة الصبيحة العميد أحمد عبدالله التركي أن قوات الجيش سيطرت على قرية الحصوة أمس."
    found = list(marsad.extract(text, published="2018-02-10", article_id="t", decider="rules").events)
    assert found and [s.name_ar for s in found[0].sources] == ["قائد جبهة الصبيحة العميد أحمد عبدالله التركي"]


def test_the_verb_after_according_to_what_is_no_speaker() -> None:
    # "بحسب ما أفاد X": X speaks, not the verb
    got = speakers("قتل ثلاثة جنود في هجوم على حاجز في العريش، بحسب ما أفاد مصدر أمني.")
    assert [span for span, _ in got] == ["مصدر امني"]


def test_the_same_source_with_the_word_of_sameness_first() -> None:
    # "نفس المصدر" is "المصدر نفسه": the speaker named before, not a speaker called "نفس"
    got = speakers("قالت مصادر طبية إن غارة قتلت ستة في تعز. وأصيب عشرة آخرون بحسب نفس المصدر.")
    assert [name for _, name in got] == ["مصادر طبية", "مصادر طبية"]


def test_a_speakers_name_ends_before_an_event_word_with_a_pronoun() -> None:
    # "أعلنت المقاومة سيطرتها": "سيطرتها" is "سيطرة" with its pronoun, what was said begins there
    got = speakers("من جهتها أعلنت المقاومة الشعبية سيطرتها على معسكر لبوزة أمس.")
    assert [span for span, _ in got] == ["المقاومه الشعبيه"]


def test_a_spokesman_named_before_his_title() -> None:
    got = speakers("وقال خالد المنصوري الناطق باسم الكتيبة الثالثة إن اشتباكات اندلعت في مدينة سرت أمس.")
    assert [name for _, name in got] == ["خالد المنصوري"]


def test_the_name_ali_is_no_preposition() -> None:
    # folded, the name علي is spelled as the preposition على; written with ي and a second name, it is a name
    assert [name for _, name in speakers("قال علي المحمدي، المتحدث باسم القوات المحلية، إن اشتباكات اندلعت أمس.")] == ["علي المحمدي"]
    assert speakers("قال على لسان المتحدث إن اشتباكات اندلعت أمس في مدينة سرت.") == []


def test_the_verb_of_a_report_with_its_pronoun_names_no_speaker() -> None:
    got = speakers("وقتل شاب برصاص الجنود في مدينة الخليل أمس، وفق ما ذكره الجيش الإسرائيلي.")
    assert [name for _, name in got] == ["الجيش الإسرائيلي"]


def test_an_outlet_named_in_quotes_after_its_noun() -> None:
    got = speakers('وبحسب ما ذكره موقع "حركة الأحرار" المعارض، فإن الشرطة اعتقلت عشرات الطلاب في مدينة شيراز.')
    assert got and all(span != "موقع" for span, _ in got)
    assert "حركة الأحرار" in got[0][1]


def test_a_publishing_verb_with_its_pronoun_names_no_speaker() -> None:
    got = speakers('وبحسب ما نشره موقع "حركة الأحرار" المعارض، فإن الشرطة اعتقلت عشرات الطلاب في مدينة شيراز.')
    assert got and "حركة الأحرار" in got[0][1]
    got = speakers("وبحسب ما بثته قناة العربية، فإن الشرطة اعتقلت عشرات الطلاب في مدينة شيراز.")
    assert got and got[0][1].startswith("قناة")


def test_a_field_source_is_not_a_military_one() -> None:
    got = speakers("وقالت مصادر ميدانية إن القوات تقدمت أمس نحو مدينة الحديدة.")
    assert [name for _, name in got] == ["مصادر ميدانية"]


def test_a_day_of_the_week_ends_the_speakers_name() -> None:
    got = speakers("وقالت الشرطة البلجيكية الأحد إن مسلحا أطلق النار على شرطيين في لييج.")
    assert [span for span, _ in got] == ["الشرطه البلجيكيه"]


def test_a_dash_ends_the_speakers_name() -> None:
    got = speakers("وقطع محتجون صباح أمس - بحسب المصدر - الطريق المؤدي إلى الميناء.")
    assert all("الطريق" not in span for span, _ in got)


def test_the_quote_closing_a_name_opened_before_the_speaker_stays_out() -> None:
    # "لـ«الصحيفة»" opened its quote before the name: the name is the outlet's, with no stray quote
    got = speakers("وقال رامي عبد الرحمن مدير المرصد السوري: هذه خسارة. وقال لـ«الشرق الأوسط»، إن الاشتباكات تجددت.")
    assert all(not span.endswith("»") for span, _ in got)


def test_a_body_named_by_its_first_word_alone_is_the_one_named_in_full_before() -> None:
    # "وذكرت الشرطة" after "أعلنت الشرطة الفرنسية": the French police (a source named before);
    # "أفاد الجيش" after "شن الجيش الأردني": the Jordanian army (a side named before)
    got = speakers("أعلنت الشرطة الفرنسية أمس اعتقال رجلين. وذكرت الشرطة في بيان أن الرجلين هاجما حافلة.")
    assert got[-1] == ("الشرطه", "الشرطة الفرنسية")
    got = speakers("قصف الجيش الأردني أمس مركبة قرب الحدود، وفق ما أفاد الجيش في بيان.")
    assert got[-1] == ("الجيش", "الجيش الأردني")
    # with nobody named so before, the word itself is the speaker
    assert speakers("وذكرت الشرطة في بيان أن رجلين هاجما حافلة أمس.")[-1] == ("الشرطه", "الشرطة")


def test_a_statement_issued_by_a_body_names_the_body() -> None:
    # "بيان صادر عن X": the name goes on through "عن" to the body that issued it
    got = speakers("وقال بيان صادر عن وزارة الدفاع التونسية إن دورية تعرضت لهجوم أمس.")
    assert [name for _, name in got] == ["بيان صادر عن وزارة الدفاع التونسية"]


def test_who_condemns_an_attack_tells_of_it() -> None:
    # the body that condemns the bombing is who the article has it from; "بشدة" is no part of its name
    got = speakers("أدانت منظمة العفو الدولية بشدة التفجير الذي استهدف سوقا شعبية في بعقوبة أمس.")
    assert [name for _, name in got] == ["منظمة العفو الدولية"]
    got = speakers("ووصفت الأمم المتحدة الهجوم على مدينة دوما بأنه جريمة.")
    assert [name for _, name in got] == ["الأمم المتحدة"]


def test_a_quantity_before_the_speakers_noun_is_not_the_speaker() -> None:
    # "أكثر من مصدر"، "عدد من السكان"، "ثلاثة مصادر"، "هذا المصدر": the noun after the quantity speaks
    assert [span for span, _ in speakers("وقال عدد من السكان إن طائرات قصفت الحي أمس.")] == ["السكان"]
    assert [name for _, name in speakers("وأكد أكثر من مصدر أمني أن مسلحين هاجموا حاجزا.")] == ["مصادر أمنية"]
    assert [name for _, name in speakers("بحسب ما أكدته ثلاثة مصادر أمنية، فإن مسلحين هاجموا حاجزا.")] == ["مصادر أمنية"]
    got = speakers("قالت مصادر عسكرية إن مسلحين هاجموا حاجزا. وقال هذا المصدر العسكري إن الهجوم صد.")
    assert all(span not in ("هذا", "اكثر من", "عدد من") for span, _ in got)


def test_what_a_verb_of_saying_speaks_of_is_no_speaker() -> None:
    # "نفت الوزارة الأمر"، "ووصف الجيش القتال بأنه": the matter or the event is the object
    assert [name for _, name in speakers("ونفت وزارة الدفاع الأمر جملة وتفصيلا.")] == ["وزارة الدفاع"]
    assert speakers("ووصف القتال بأنه الأعنف منذ أشهر.") == []
    assert speakers("ونفت الأمر في بيان.") == []
    # the crowd of a protest still speaks
    assert [span for span, _ in speakers("وقال المتظاهرون إن الشرطة أطلقت النار عليهم.")] == ["المتظاهرون"]


def test_a_speakers_name_ends_before_a_particle_or_an_event_word() -> None:
    # "وبحسب المصدر فإنه"، "أعلن رئيس الوزراء أيضا أن"، "أكد مصدر في لبنان اختطاف"
    got = speakers("وأعلن رئيس الوزراء التركي أيضا أن الشرطة اعتقلت عشرة أشخاص.")
    assert [name for _, name in got] == ["رئيس الوزراء التركي"]
    got = speakers("وأكد مصدر في لبنان اختطاف خمسة مواطنين أمس.")
    assert [name for _, name in got] == ["مصدر في لبنان"]


def test_fahasb_is_only_not_according_to() -> None:
    # "فحسب" closing a clause means "only": the words after it name no speaker
    assert speakers("لم يكتف المسلحون بقصف القرية فحسب، إذ قامت قوات أخرى بالرد.") == []


def test_a_generic_source_is_named_with_its_adjectives() -> None:
    # the table knows "مسؤول" (officials); the text says which: its evidence is the whole phrase
    assert speakers("وقال مسؤول كردي محلي إن طائرات التحالف قصفت القرية.") == [(fold("مسؤول كردي محلي"), "مسؤولون")]
    assert speakers("وأضاف مصدر مسؤول أن القصف استهدف مبنى.") == [(fold("مصدر مسؤول"), "مسؤولون")]
    # what was said begins after the name
    assert speakers("وقال مسؤول محلي الأحد إن القصف استهدف مبنى.") == [(fold("مسؤول محلي"), "مسؤولون")]


def test_a_title_then_a_rank_and_name_is_one_speaker() -> None:
    # "قائد الشرطة، الفريق X": the name after the comma is who holds the title
    got = speakers("وقال قائد الشرطة الاتحادية، الفريق سامر عادل الهاشمي، إن خلية دمرت مقرا للمسلحين.")
    assert [name for _, name in got] == ["قائد الشرطة الاتحادية، الفريق سامر عادل الهاشمي"]
    # with no rank after the comma, the title alone
    got = speakers("وقال قائد الشرطة الاتحادية، في بيان، إن خلية دمرت مقرا للمسلحين.")
    assert [name for _, name in got] == ["قائد الشرطة الاتحادية"]


def test_a_source_inside_the_body_named_before_is_that_body() -> None:
    # "مصدر في الخلية" after "خلية الإعلام الأمني": a source of the body named before
    got = speakers("أفادت خلية الإعلام الأمني في المحافظة بمقتل 20 مسلحا. وأوضح مصدر في الخلية أن الغارات استهدفت مواقع.")
    assert len(got) == 2 and got[0][1] == got[1][1]
    assert got[1][0] == fold("مصدر في الخلية")
    # with no such body named before, the words themselves
    assert [name for _, name in speakers("وأوضح مصدر في الخلية أن الغارات استهدفت مواقع.")] == ["مصدر في الخلية"]


def test_verbs_of_reporting_and_the_present_tense_name_a_speaker() -> None:
    for text, name in (
        ("وتفيد مصادر محلية بسقوط قذائف على حي الروضة في تعز.", "مصادر محلية"),
        ("وكشفت مصادر طبية عن مقتل ثلاثة في غارة على صعدة.", "مصادر طبية"),
        ("وتحدثت مصادر أخرى عن اشتباكات قرب مدينة لودر.", "مصادر أخرى"),
        ("ويقول ناشطون إن قذيفة سقطت على سوق في دوما.", "ناشطون"),
    ):
        assert name in [n for _, n in speakers(text)], text


def test_between_is_no_verb_of_saying() -> None:
    # بيّن (explained) folds to بين (between): only the first may name a speaker
    assert speakers("ودارت اشتباكات بين قوات الجيش ومسلحين قرب مدينة لودر.") == []


def test_the_noun_with_its_adjectives_names_the_speaker_named_before() -> None:
    got = speakers("وقالت مصادر عسكرية يمنية إن غارة قتلت ستة في تعز. وأكدت المصادر العسكرية أن غارة أخرى قتلت اثنين.")
    assert len(got) == 2 and got[0][1] == got[1][1] and got[1][0] == fold("المصادر العسكرية")
    got = speakers("وقالت مصادر طبية إن غارة قتلت ستة في تعز. وأكدت المصادر العسكرية أن غارة أخرى قتلت اثنين.")
    assert [name for _, name in got][1] != "مصادر طبية"


def test_a_source_named_twice_in_the_sentence_is_one_source() -> None:
    doc = marsad.extract("قال المرصد السوري لحقوق الإنسان إن غارة قتلت ستة في مدينة دوما أمس، وأضاف المرصد السوري "
                         "لحقوق الإنسان أن القصف استمر.",
                         published=PUB, article_id="t", decider="rules")
    assert doc.events
    for event in doc.events:
        names = [s.name for s in event.sources]
        assert len(names) == len(set(names)) >= 1


def test_plural_and_vague_nouns_of_people_and_bodies_name_a_speaker() -> None:
    for text, name in (
        ("وأفاد مواطنون أن مسلحين قصفوا أحياء سكنية في دار سعد.", "مواطنون"),
        ("وذكرت جهات أمنية أن انفجارا وقع في بغداد.", "جهات أمنية"),
        ("وأعلنت أطراف فلسطينية مقتل شاب في مخيم عين الحلوة.", "أطراف فلسطينية"),
    ):
        assert [n for _, n in speakers(text)] == [name], text


def test_the_words_of_someone_name_who_said_them() -> None:
    got = speakers("دمرت الميليشيات المنازل في لحج، بحسب تعبير أحد المواطنين.")
    assert [span for span, _ in got] == [fold("المواطنين")]
    got = speakers("قتل ثلاثة في قصف على تعز، بحسب رواية شهود عيان.")
    assert [span for span, _ in got] == [fold("شهود عيان")]


def test_an_outlet_that_publishes_is_a_speaker_and_what_it_published_is_not_its_name() -> None:
    got = speakers("نشرت القناة العاشرة الإسرائيلية صورا لقاعدة التيفور بعد الغارة.")
    assert [span for span, _ in got] == [fold("القناة العاشرة الإسرائيلية")]
    assert [span for span, _ in speakers("وبثت وسائل إعلام محلية مقطع فيديو للقصف على دوما.")] == [fold("وسائل إعلام محلية")]


def test_a_force_that_deploys_publishes_nothing() -> None:
    assert speakers("ونشر الجيش قواته في مدينة درعا أمس.") == []


def test_the_body_a_report_is_according_to_said_it_and_did_not_act() -> None:
    # "وفق ما أفادت به الشرطة": the verb's pronoun stands between the verb and the police
    text = "قتل شخصان وأصيب آخران في إطلاق نار داخل مدرسة في مدينة دالاس اليوم وفق ما أفادت به الشرطة."
    assert [span for span, _ in speakers(text)] == ["الشرطه"]
    found = marsad.extract(text, published=PUB).events
    assert found and all(e.actor1 is None or "Police" not in e.actor1.name for e in found)


def test_police_acting_after_an_attack_did_not_carry_it_out() -> None:
    # "في أعقاب الهجوم": the police deployed after the attack; they are not its attackers
    found = marsad.extract("نشرت الشرطة دوريات عند المساجد أمس في أعقاب الهجوم على مسجد في مدينة تورونتو "
                           "الذي أودى بحياة ستة من المصلين.", published=PUB).events
    assert [e.sub_event_type for e in found] == ["Attack"]
    assert found[0].actor1 is None or "Police" not in found[0].actor1.name


def test_the_side_that_answers_an_attack_did_not_carry_it_out() -> None:
    # "ردا على هجوم انتحاري": the army's strikes answered the bombing; the bombers are another side
    found = marsad.extract("وكانت قوات الجيش الليبي قد قصفت مساء أمس مواقع لتنظيم داعش ردا على هجوم انتحاري "
                           "استهدف نقطة تفتيش في مدينة بنغازي.", published=PUB).events
    bombs = [e for e in found if e.sub_event_type == "Suicide bomb"]
    assert bombs and all(e.actor1 is None or "Military" not in e.actor1.name for e in bombs)


def test_a_crowd_a_bomb_went_off_in_did_not_set_it_off() -> None:
    # "فجر انتحاري نفسه وسط حشد من المتظاهرين": the protesters were hit
    found = marsad.extract("قتل 19 شخصا على الأقل أمس عندما فجر انتحاري نفسه وسط حشد من المتظاهرين في مدينة "
                           "جلال آباد شرق أفغانستان.", published=PUB).events
    bombs = [e for e in found if e.sub_event_type == "Suicide bomb"]
    assert bombs and all(e.actor1 is None or "Protesters" not in e.actor1.name for e in bombs)
    assert any(e.actor2 is not None and "Protesters" in e.actor2.name for e in bombs)


def test_the_side_a_toll_counts_or_that_suffered_the_blows_was_hit() -> None:
    from marsad.pipeline.decide import AllCandidates

    pipeline = Pipeline(None, AllCandidates())
    for text in ("وكان خمسة مسلحين حوثيين لقوا مصرعهم السبت في كمين نصب لهم في مدينة إب.",
                 "وتكبدت الميليشيات الحوثية خسائر فادحة في معارك عنيفة في مدينة زبيد أمس."):
        events = [c.event for c in pipeline.document(text, published=PUB).candidates]
        assert events
        assert all(e.actor1 is None or e.actor1.name != "Houthis" for e in events)


def test_the_side_that_holds_the_place_struck_did_not_strike_it() -> None:
    from marsad.pipeline.decide import AllCandidates

    for text in ("وقتل ثلاثة مدنيين أمس في انفجار في سوق مدينة أريحا التي يسيطر عليها جيش الفتح.",
                 "وأدى القصف على مدينة أريحا التي يسيطر عليها جيش الفتح إلى مقتل ثلاثة أطفال أمس."):
        events = [c.event for c in Pipeline(None, AllCandidates()).document(text, published=PUB).candidates]
        assert events and all(e.actor1 is None or e.actor1.name != "Jaish al-Fatah" for e in events)
