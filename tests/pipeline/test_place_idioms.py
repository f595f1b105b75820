"""Names of places inside idioms, and a Saudi province named with its word of province. Sentences
written for the tests."""

from __future__ import annotations

from marsad.pipeline import Pipeline
from marsad.pipeline.decide import AllCandidates

PUB = "2015-08-07"


def test_the_sunset_prayer_is_no_country() -> None:
    # "صلاة المغرب" is the sunset prayer: no mention of Morocco, no hint that the article is there
    doc = Pipeline(None).document("فجر انتحاري نفسه داخل مسجد في منطقة عسير أثناء صلاة المغرب أمس.", published=PUB)
    assert "MA" not in doc.country_hints
    assert not [m for m in doc.of("country") if doc.norm[m.start : m.end] == "المغرب"]
    assert {e.location.country for e in doc.events if e.location is not None} <= {"SA"}
    # the country itself is still named
    visit = Pipeline(None).document("وصل وزير الخارجية إلى المغرب أمس في زيارة رسمية.", published=PUB)
    assert "MA" in visit.country_hints


def test_a_saudi_province_named_with_its_word_of_province_is_the_province() -> None:
    # "منطقة عسير" is the official name of the province: coded as the province (at its seat)
    doc = Pipeline(None).document("قتل 13 مصليا في تفجير انتحاري استهدف مسجدا في منطقة عسير أمس.", published=PUB)
    places = [e.location for e in doc.events if e.location is not None]
    assert places and all(p.kind == "governorate" and p.country == "SA" and p.admin1 for p in places)
    assert all(abs((p.lat or 0) - 18.22) < 0.1 and abs((p.lon or 0) - 42.5) < 0.1 for p in places)


def test_a_village_the_gazetteer_lacks_falls_back_to_the_country_of_the_articles_towns() -> None:
    # a country named twice in passing (the donor) is not where the article's events are: the
    # unknown village goes to the country its towns were found in
    text = ("أعلنت حكومة جنوب أفريقيا أمس إرسال مساعدات إلى مالي، بعد زيارة وزيرة خارجية جنوب أفريقيا للعاصمة باماكو.\n"
            "وكان مسلحون قد هاجموا أمس الأول معسكرا للجيش في مدينة موبتي وسط البلاد.\n"
            "وتشهد البلاد منذ سنوات اضطرابات أمنية.\n"
            "وتقول الأمم المتحدة إن الوضع الإنساني صعب.\n"
            "وتعهد المانحون بتقديم الدعم خلال الاجتماع المقبل.\n"
            "وفي تطور آخر، قتل جنديان في هجوم بعبوة ناسفة استهدف دورية للجيش في قرية كوندو صباح اليوم.")
    doc = Pipeline(None, AllCandidates()).document(text, published="2018-06-30")
    village = [c.event.location for c in doc.candidates if c.event.location and c.event.location.name_ar == "كوندو"]
    assert village and all(loc.country == "ML" and loc.geo_precision == 3 for loc in village)


def test_the_articles_towns_outweigh_a_country_named_more_often_with_one_town() -> None:
    # the donor and its capital are named; two towns of Mali are where the article is
    text = ("أعلنت حكومة جنوب أفريقيا من بريتوريا أمس إرسال مساعدات إلى مالي، بعد زيارة وزيرة خارجية جنوب أفريقيا "
            "للعاصمة باماكو، وقالت إن جنوب أفريقيا ستواصل دعمها.\n"
            "وكان مسلحون قد هاجموا أمس الأول معسكرا للجيش في مدينة موبتي وسط البلاد.\n"
            "وفي تطور آخر، قتل جنديان في هجوم بعبوة ناسفة استهدف دورية للجيش في قرية كوندو صباح اليوم.")
    doc = Pipeline(None, AllCandidates()).document(text, published="2018-06-30")
    village = [c.event.location for c in doc.candidates if c.event.location and c.event.location.name_ar == "كوندو"]
    assert village and all(loc.country == "ML" for loc in village)


def test_a_province_named_as_one_is_found_in_news_from_another_country() -> None:
    # a condemnation from Morocco: the article's words point to Morocco, the bombing was in Asir
    text = ("أدانت المملكة المغربية بشدة التفجير الإرهابي الذي استهدف مسجدا في منطقة عسير، "
            "وأكد المغرب تضامنه الكامل مع المملكة.")
    doc = Pipeline(None, AllCandidates()).document(text, published=PUB)
    places = [c.event.location for c in doc.candidates if c.event.location is not None]
    assert places and all(p.country == "SA" for p in places)


def test_a_part_of_a_country_is_named_and_placed_in_that_part() -> None:
    # "في شمالي العراق": the event is in the north of Iraq, not at the country's middle
    text = "قتل ثلاثة جنود أمس في اشتباكات مع مسلحين في شمالي العراق، بحسب بيان للجيش."
    doc = Pipeline(None, AllCandidates()).document(text, published=PUB)
    places = [c.event.location for c in doc.candidates if c.event.location is not None]
    assert places
    for loc in places:
        assert loc.name_ar == "شمالي العراق" and loc.country == "IQ" and loc.geo_precision == 3
        assert loc.lat is not None and loc.lat > 35.0  # the country's own point lies near 33
        assert loc.evidence is not None and text[loc.evidence.start : loc.evidence.end] == loc.evidence.text


def test_a_military_rank_before_a_name_is_no_place() -> None:
    # "العميد" is also a village's name: before a person's name it is his rank, even after the
    # word for a base ("قائد القاعدة، العميد ...")
    text = "وكشفت مصادر أمس عن فرار قائد القاعدة، العميد مرزوق الصيادي، بعد هجوم شنه مسلحون على القاعدة."
    doc = Pipeline(None, AllCandidates()).document(text, published=PUB)
    assert not [m for m in doc.of("place") if doc.norm[m.start : m.end] == "العميد"]


def test_a_definite_word_after_a_definite_noun_describes_it() -> None:
    # "السلمية" is a Syrian town, and the feminine of "peaceful": after "التظاهرات" it describes them
    doc = Pipeline(None, AllCandidates()).document(
        "وقالت الناشطة السورية إنها لن تنسى القمع الذي طال التظاهرات السلمية في سوريا.", published=PUB)
    assert not [m for m in doc.of("place") if doc.norm[m.start : m.end] == "السلميه"]
    # named with a preposition or a cue word it is the town
    doc = Pipeline(None, AllCandidates()).document("خرجت تظاهرة أمس في مدينة السلمية بريف حماة.", published=PUB)
    assert [e.location.name for e in doc.events] == ["Salamiyah"]


def test_on_the_ground_is_no_place() -> None:
    # "على الصعيد الميداني" is "on the ground"; الصعيد is a district of Shabwah and Upper Egypt
    doc = Pipeline(None).document("وعلى الصعيد الميداني، قصفت طائرات التحالف مواقع المسلحين في مأرب أمس.", published=PUB)
    assert [doc.norm[m.start : m.end] for m in doc.of("place")] == ["مارب"]


def test_words_the_news_uses_as_ordinary_words_are_no_places() -> None:
    # villages named "سوف" and "الحالي" exist; in a sentence they are "will" and "current"
    pipeline = Pipeline(None, AllCandidates())
    for text in ("وقال الجيش إنه سوف يواصل قصف مواقع المسلحين.",
                 "وشنت طائرات حربية غارات على مواقع للمسلحين في 10 فبراير الحالي."):
        doc = pipeline.document(text, published="2018-02-19")
        assert not [m for m in doc.of("place") if doc.norm[m.start : m.end] in ("سوف", "الحالي")], text


def test_words_after_on_or_to_are_no_places_for_that_alone() -> None:
    # a village "الفور" exists; "على الفور" is "at once", and "على" stands before ordinary words
    # as often as before places
    pipeline = Pipeline(None, AllCandidates())
    doc = pipeline.document("وردت المدفعية على الفور على مصادر النيران.", published="2018-02-19")
    assert not [m for m in doc.of("place") if doc.norm[m.start : m.end] == "الفور"]
    assert not [c for c in doc.candidates if c.event.location and c.event.location.name_ar == "الفور"]


def test_a_mined_ordinary_word_stops_no_longer_name_nor_a_name_with_a_clitic() -> None:
    # "صلاح" and "بندر" are ordinary words (a first name) but begin "صلاح الدين" and "بندر عباس";
    # "ابل" read off "كابل" is the word the news writes for Apple
    pipeline = Pipeline(None, AllCandidates())
    for text, place in (("قتل أربعة أشخاص في تفجير في كابل أمس.", "كابل"),
                        ("وشن الطيران غارات على مواقع التنظيم في صلاح الدين أمس.", "صلاح الدين"),
                        ("وتظاهر مئات العمال في بندر عباس احتجاجا على تأخر الرواتب أمس.", "بندر عباس")):
        doc = pipeline.document(text, published="2018-06-06")
        assert [c.event.location.name_ar for c in doc.candidates if c.event.location] == [place], text


def test_a_foreign_names_first_word_begins_the_name() -> None:
    # "سانت" alone is no place, but it begins "سانت بطرسبرغ"
    doc = Pipeline(None, AllCandidates()).document("وتظاهر الآلاف في سانت بطرسبرغ أمس.", published="2018-06-06")
    assert [(c.event.location.name_ar, c.event.location.country) for c in doc.candidates] == [("سانت بطرسبرغ", "RU")]


def test_a_time_of_day_before_its_day_is_no_place() -> None:
    # "صباح اليوم": this morning, after a cue-like word; a village صباح exists in Lebanon
    doc = Pipeline(None, AllCandidates()).document(
        "تمكنت فرقة الشرطة العدلية بسوسة المدينة صباح اليوم من إلقاء القبض على شخص مسلح.", published=PUB)
    assert all(doc.norm[m.start : m.end] != "صباح" for m in doc.of("place"))
    # the village named with its cue word is still a place
    doc = Pipeline(None, AllCandidates()).document("وقصفت الطائرات بلدة صباح في جنوب لبنان أمس.", published=PUB)
    assert any(doc.norm[m.start : m.end] == "صباح" for m in doc.of("place"))


def test_a_noun_with_its_pronoun_after_a_plural_cue_is_no_place() -> None:
    # "مناطق وجودها": the areas of its presence; و is the noun's own first letter
    doc = Pipeline(None, AllCandidates()).document(
        "وسأله عن عدد القوات في عدن ومناطق وجودها ونوعية السلاح، وقال إن اشتباكات دارت في التواهي أمس.", published=PUB)
    assert all("وجود" not in doc.norm[m.start : m.end] for m in doc.of("place"))


def test_the_seat_of_a_body_is_no_place_and_no_country_of_the_article() -> None:
    # "ومقره بريطانيا": where the observatory sits, not where the clash was, nor the article's country
    doc = Pipeline(None, AllCandidates()).document(
        "وقال المرصد السوري لحقوق الإنسان، ومقره بريطانيا، إن اشتباكات عنيفة دارت أمس بين قوات النظام "
        "وفصائل المعارضة في بلدة حزرما.", published=PUB)
    assert "GB" not in doc.country_hints
    places = [c.event.location for c in doc.candidates if c.event.location is not None]
    assert places and {p.country for p in places} == {"SY"}
    assert "حزرما" in {p.name_ar for p in places}
    # "الذي يتخذ من لندن مقرا له": the same seat, told the other way round
    told = Pipeline(None, AllCandidates()).document(
        "ووفقا للمرصد الذي يتخذ من لندن مقرا له، قتل 36 من القوات الحكومية في الاشتباكات مع الفصائل "
        "في ريف حماة أمس.", published=PUB)
    assert "لندن" not in {c.event.location.name_ar for c in told.candidates if c.event.location is not None}
    # a country named as the place of an event is still the event's country
    named = Pipeline(None, AllCandidates()).document("قتل ثلاثة أشخاص في هجوم بسكين في بريطانيا أمس.", published=PUB)
    assert "GB" in named.country_hints


def test_a_sides_patron_and_a_state_named_by_its_capital_are_no_scene() -> None:
    pipeline = Pipeline(None, AllCandidates())

    def places(text: str) -> set[str]:
        doc = pipeline.document(text, published=PUB)
        return {c.event.location.name_ar for c in doc.candidates if c.event.location is not None}

    # the patron after "موالين ل" and the capital after "نظام" stand for states, not for places
    assert "طهران" not in places("قتل عشرة مقاتلين موالين لطهران في غارات على مواقعهم أمس.")
    assert "دمشق" not in places("قتل 15 عنصرا من القوات الموالية لنظام دمشق في قصف صاروخي أمس.")
    assert "دمشق" not in places("وقصفت قوات نظام دمشق أحياء المدينة بالمدفعية أمس.")
    # "المدعومة من إيران": neither a place nor the article's country
    doc = pipeline.document("وهاجمت الميليشيات المدعومة من إيران مواقع الجيش في مديرية حرض أمس.", published=PUB)
    assert "IR" not in doc.country_hints
    assert {c.event.location.country for c in doc.candidates if c.event.location is not None} == {"YE"}
    # the same capital named as a place stays one, and a country after "حكومة" stays the article's country
    assert "دمشق" in places("سقطت قذائف هاون على أحياء في دمشق أمس.")
    told = pipeline.document("وقالت حكومة اليمن إن اشتباكات اندلعت أمس في مديرية حرض.", published=PUB)
    assert "YE" in told.country_hints


def test_an_ordinary_noun_phrase_is_no_village_of_that_name() -> None:
    # an indefinite noun with its indefinite adjective, and a superlative before a definite noun,
    # are ordinary words, even where a village bears the same name
    pipeline = Pipeline(None, AllCandidates())

    def names(text: str) -> set[str]:
        doc = pipeline.document(text, published=PUB)
        return {doc.norm[m.start : m.end] for m in doc.of("place")}

    assert "جسرين" not in names("نفذ التحالف الدولي غارات جوية على جسرين استراتيجيين في محافظة دير الزور.")
    assert "اكبر" not in names("وكانت المقاومة قد سيطرت على أكبر القواعد العسكرية في محافظة لحج.")
    # a direction or the unit a village lies in after its name leaves it a place
    assert "تفتناز" in names("وقال الدفاع المدني إن غارات استهدفت مستشفى في تفتناز شمالي إدلب.")


def test_a_zone_an_agreement_draws_is_no_place_named() -> None:
    # "منطقة عدم التصعيد": the kind of zone, not an area called "عدم"; the province named with it is the place
    doc = Pipeline(None, AllCandidates()).document(
        "وقصفت الطائرات الحربية أمس بلدات في منطقة عدم التصعيد بريف درعا.", published=PUB)
    assert not [m for m in doc.of("place") if doc.norm[m.start : m.end] == "عدم"]
    assert {c.event.location.name_ar for c in doc.candidates if c.event.location is not None} <= {"درعا"}


def test_a_place_set_in_quotation_marks_is_named_without_them() -> None:
    # "مديرية «لودر»": the district of Lawdar; the evidence keeps the article's own characters
    doc = Pipeline().document("قتل خمسة مسلحين في اشتباكات مع الجيش في مديرية «لودر» بمحافظة أبين أمس.", published=PUB)
    located = [e.location for e in doc.events if e.location is not None]
    assert located and all("«" not in loc.name_ar and "»" not in loc.name_ar for loc in located)
    assert "لودر" in {loc.name_ar.split()[-1] for loc in located}
    for loc in located:
        assert loc.evidence is not None and doc.text[loc.evidence.start : loc.evidence.end] == loc.evidence.text


def test_a_region_after_a_direction_and_two_cue_words_locates_the_town_before_it() -> None:
    # "بلدة X، شرق منطقة وادي Y": the valley locates the town; the attack was in the town
    doc = Pipeline(None, AllCandidates()).document(
        "اندلعت اشتباكات عنيفة أمس بين الجيش ومسلحين على أطراف بلدة الباغوز، شرق منطقة وادي الفرات.", published=PUB)
    assert {c.event.location.name_ar for c in doc.candidates if c.event.location is not None} == {"الباغوز"}


def test_a_place_the_gazetteer_lacks_takes_the_country_named_right_after_it() -> None:
    # "منطقة X بشمال العراق": an unknown area in Iraq, whatever country the article's towns lie in;
    # a hyphened foreign name is one name
    doc = Pipeline(None, AllCandidates()).document(
        "أعلن الجيش التركي في أنقرة أن طائراته قصفت أمس مواقع المسلحين في منطقة كاموني-زيلا بشمال العراق. "
        "وقال الجيش في إسطنبول إن العملية مستمرة.", published=PUB)
    located = [c.event.location for c in doc.candidates if c.event.location is not None]
    assert [(loc.name_ar, loc.country) for loc in located] == [("كاموني-زيلا", "IQ")]
    # a capital after a place names no country of it ("طهران بأنقرة": a railway between two cities)
    doc = Pipeline(None, AllCandidates()).document(
        "قتل ثلاثة جنود في هجوم مسلح على قطار يربط طهران بأنقرة أمس.", published=PUB)
    assert all(c.event.location.country != "TR" or c.event.location.name_ar != "طهران"
               for c in doc.candidates if c.event.location is not None)


def test_the_verb_and_led_is_no_valley() -> None:
    # "وأدى" (and it led to) folds like "وادي" (valley): no place named after it, whatever follows
    text = "استهدفت غارات موقعا غربي مدينة غزة وأدى لاشتعال النيران في قاربين."
    doc = Pipeline(None, AllCandidates()).document(text, published=PUB)
    assert [doc.span(m.start, m.end).text for m in doc.of("place")] == ["غزة"]
    # the valley itself is still a cue word
    valley = Pipeline(None, AllCandidates()).document("قصفت الطائرات مواقع في وادي الضيف بريف إدلب.", published=PUB)
    assert "الضيف" in [valley.span(m.start, m.end).text for m in valley.of("place")]


def test_a_big_city_of_the_articles_country_is_read_after_its_preposition() -> None:
    # "بعدن" is a word of the dictionary too, but in news of Yemen it is "in Aden"
    text = "اندلعت اشتباكات عنيفة بعدن بين القوات الحكومية والانفصاليين في اليمن."
    doc = Pipeline(None, AllCandidates()).document(text, published=PUB)
    assert "عدن" in [doc.span(m.start, m.end).text for m in doc.of("place")]
    assert [(e.location.name_ar, e.location.country) for e in doc.events if e.location is not None] == [("عدن", "YE")]


def test_a_preposition_that_is_one_word_with_its_noun_names_no_village() -> None:
    # "بواسطة" (by means of) is one word of the dictionary, as "واسطة" is: no village واسطة in it,
    # the feminine ending read as the dictionary writes it; nor "وباتوا" (they became) Ottawa
    for text in ("قال الجيش السوري إنه أسقط معظم الصواريخ بواسطة دفاعاته الجوية في سوريا.",
                 "وباتوا يسيطرون على مناطق واسعة في سوريا."):
        doc = Pipeline(None, AllCandidates()).document(text, published=PUB)
        assert [doc.span(m.start, m.end).text for m in doc.of("place")] == ["سوريا"]


def test_the_country_people_come_from_does_not_place_the_event() -> None:
    # "سياح من اليابان": the tourists' country is where they come from; طابا is a town of Egypt
    doc = Pipeline(None).document("قتل ثلاثة سياح من اليابان أمس في انفجار حافلة سياحية بمنطقة طابا.", published=PUB)
    assert "JP" not in doc.country_hints
    assert [(e.location.country, e.location.geo_precision) for e in doc.events if e.location is not None] == [("EG", 1)]
    # the country named where something happens still places it
    there = Pipeline(None).document("قتل ثلاثة سياح أمس في انفجار حافلة سياحية في اليابان.", published=PUB)
    assert "JP" in there.country_hints


def test_a_border_of_two_countries_places_nothing() -> None:
    # "قرب الحدود المصرية الإسرائيلية": neither adjective says in which country the town lies
    doc = Pipeline(None).document(
        "قتل ثلاثة سياح أمس في انفجار حافلة سياحية بمنطقة طابا قرب الحدود المصرية الإسرائيلية.", published=PUB)
    assert not {"IL", "EG"} & set(doc.country_hints)
    assert [e.location.country for e in doc.events if e.location is not None] == ["EG"]


def test_a_word_before_a_force_is_its_head_noun_not_a_village() -> None:
    # "وحدات الجيش" (the army's units): وحدات is also a Yemeni village's name, which would make the
    # Tunisian town named with the mountain "no place that fits"
    doc = Pipeline(None).document(
        "أسفرت مواجهات بين وحدات الجيش الوطني وإرهابيين في جبل المغيلة بالقصرين أمس عن إصابة جنديين.", published=PUB)
    assert not any(doc.norm[m.start : m.end] == "وحدات" for m in doc.of("place"))
    located = [e.location for e in doc.events if e.location is not None]
    assert [(p.country, p.geo_precision) for p in located] == [("TN", 2)]


def test_a_name_after_lam_keeps_the_alif_of_its_article() -> None:
    # "للحديدة" (of Hodeidah): ل swallows the alif of الحديدة; the location bears the name, the
    # evidence the article's own letters
    doc = Pipeline(None).document("قصفت طائرات التحالف أمس أهدافا في المطار العسكري للحديدة.", published=PUB)
    located = [e.location for e in doc.events if e.location is not None]
    assert [p.name_ar for p in located] == ["الحديدة"]
    assert all(doc.text[p.evidence.start : p.evidence.end] == p.evidence.text for p in located)
    # a name that begins with ل is left as written
    town = Pipeline(None).document("قصفت الطائرات أمس مواقع للمسلحين في مدينة لحج.", published=PUB)
    assert [e.location.name_ar for e in town.events if e.location is not None] == ["لحج"]


def test_his_talk_is_no_haditha() -> None:
    # "في حديثه إلى المراسلين"، "خلال حديثه": his talk; the Iraqi town حديثة folds alike
    for text in ("وفي حديثه إلى المراسلين، قال رئيس الشرطة إن المشتبه به أطلق عشر أعيرة نارية على المحاضر فقتله أمس.",
                 "وقال المتحدث خلال حديثه أمس إن مسلحين هاجموا حاجزا للشرطة."):
        doc = Pipeline(None).document(text, published=PUB)
        assert not any(m.value.key == "حديثه" for m in doc.of("place")), text
    town = Pipeline(None).document("قتل خمسة جنود أمس في هجوم على حاجز في حديثة غرب الأنبار.", published=PUB)
    assert [e.location.country for e in town.events if e.location is not None] == ["IQ"]


def test_a_word_amid_or_between_is_no_hamlet() -> None:
    # "وسط تكتم" (amid secrecy), "بين الأشجار" (among the trees): Yemeni hamlets bear both words
    for text, word in (("وقتل عشرة مسلحين في الغارات أمس وسط تكتم على هوياتهم.", "تكتم"),
                       ("ووضعت الميليشيات أمس صواريخ الكاتيوشا بين الأشجار قرب الأحياء السكنية.", "الاشجار")):
        doc = Pipeline(None).document(text, published=PUB)
        assert not any(m.value.key == word for m in doc.of("place")), text
    # a town between two others is still a place
    doc = Pipeline(None).document("وأغلق المحتجون أمس الطريق بين مصراتة وطرابلس.", published=PUB)
    assert {"مصراته", "طرابلس"} <= {m.value.key for m in doc.of("place")}


def test_the_southern_border_is_no_village_called_al_hadd() -> None:
    # "الحد الجنوبي" is the southern border, "الحد من" curbing: no village of that name
    for text in ("واستهدفت مقاتلات التحالف مواقع المتمردين التي اعتدت أمس على قرى الحد الجنوبي.",
                 "وشنت الطائرات غارات أمس بهدف الحد من تقدم المتمردين."):
        doc = Pipeline(None, AllCandidates()).document(text, published=PUB)
        assert not [c for c in doc.candidates if c.event.location is not None and c.event.location.name_ar == "الحد"]
