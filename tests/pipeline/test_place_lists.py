"""How places listed together are read: a list named by a plural cue word goes on through names
the gazetteer lacks up to the place it lies in; a place the list is said to be near is a
landmark; no name is read after the ك of likeness. Sentences written for the tests."""

from __future__ import annotations

import marsad
from marsad.document import Document
from marsad.model import Event
from marsad.pipeline import Pipeline, normalize, segment
from marsad.pipeline import places as place_stage
from marsad.pipeline.decide import AllCandidates

PUB = "2018-05-01"


def events(text: str) -> list[Event]:
    return list(marsad.extract(text, published=PUB, article_id="t", decider="rules").events)


def places(text: str) -> set[str]:
    return {e.location.name_ar for e in events(text) if e.location is not None}


def test_a_list_of_quarters_goes_on_up_to_the_town_it_lies_in() -> None:
    # the second quarter is unknown to the gazetteer; "في" opens the town the list lies in
    got = places("قصفت الميليشيات أمس أحياء الجمهوري والشماسي في مدينة تعز بالمدفعية.")
    assert {"الجمهوري", "الشماسي"} <= got
    assert "تعز" not in got


def test_a_list_without_cue_word_does_not_run_into_a_preposition() -> None:
    # no cue word names the list: "وأصاب في" is no place of it
    got = places("قصفت الطائرات أمس بلدة حرستا وأصاب في القصف عدد من المدنيين.")
    assert got == {"حرستا"}


def test_the_town_a_list_of_villages_lies_near_is_no_scene() -> None:
    got = places("تعرضت قرى سهرة والحيمة القريبة من مدينة تعز أمس لقصف مدفعي.")
    assert "تعز" not in got
    assert {"سهرة", "الحيمة"} <= got


def test_no_place_name_after_the_kaf_of_likeness() -> None:
    # "كباني" is not the Dominican town of باني: nothing in this Syrian sentence lies outside Syria
    evs = events("قصفت قوات النظام أمس منطقتي سلمى وكباني في ريف اللاذقية.")
    assert evs
    assert all(e.location is not None and e.location.country == "SY" for e in evs)


def test_a_quarter_the_gazetteer_lacks_is_the_scene_when_its_town_locates_it() -> None:
    # the town is named twice: once for where the police unit sits, once as the quarter's parent;
    # the quarter (unknown to the gazetteer, named by a cue word) is where the arrest was made
    got = places("قالت الشرطة في مدينة إسطنبول إن دورية داهمت شقة في حي زنبقستان بإسطنبول، "
                 "واعتقلت ثلاثة مشتبه بهم أمس.")
    assert got == {"زنبقستان"}


def test_a_pass_or_valley_the_gazetteer_lacks_is_a_place_named_with_its_landform_word() -> None:
    # "نقيل" (a mountain pass), "وادي": the word is part of the name, the evidence holds both
    for text, name in (
        ("اندلعت اشتباكات عنيفة بين الجيش ومسلحي الحوثي في نقيل العرقوب بمحافظة أبين أمس.", "نقيل العرقوب"),
        ("تمكنت قوات الجيش من تطهير وادي عقان من مسلحي الحوثي أمس.", "وادي عقان"),
    ):
        found = events(text)
        assert len(found) == 1
        loc = found[0].location
        assert loc is not None and loc.evidence is not None and loc.evidence.text == name
        assert text[loc.evidence.start : loc.evidence.end] == name


def test_the_places_a_place_lies_between_are_landmarks() -> None:
    got = places("قتل 12 عنصرا من الحوثيين في غارات لطيران التحالف استهدفت تعزيزات على أطراف "
                 "مديرية صرواح بين مأرب وصنعاء أمس.")
    assert "مأرب" not in got and "صنعاء" not in got
    assert len(got) == 1


def test_a_comma_ends_the_phrase_of_a_place_cue_word() -> None:
    from marsad.pipeline import Pipeline

    def named(text: str) -> list[str]:
        doc = Pipeline().document(text, published=PUB)
        return [doc.norm[m.start : m.end] for m in doc.of("place")]

    # "قرية،" ends its phrase: the verb after the comma names no village
    found = named("وقال التقرير إن المسلحين فجروا 19 منزلا في محافظة ذمار وداهموا 25 قرية، واستحدثوا 180 نقطة للتفتيش.")
    assert found and not any("استحدث" in name for name in found)
    # a quoted name right after its cue word is still a name
    assert any("الحسيني" in name for name in named("وشنت طائرات التحالف غارات على مواقع للمسلحين في منطقة «الحسيني» أمس."))


def test_a_person_listed_after_a_town_is_no_place() -> None:
    # "وامرأة" goes on the sentence's list of victims, not its list of towns
    got = places("وقتل طفلان في غارة على مدينة سراقب، وامرأة وطفلها في قصف جوي على قرية كفرنبل.")
    assert got == {"سراقب", "كفرنبل"}


def test_the_adjective_of_an_air_base_is_no_place() -> None:
    # "القاعدة الجوية": the base's adjective, not a place named after the cue word
    doc = Pipeline().document("هبطت الطائرة في القاعدة الجوية قرب المدينة.", published=PUB)
    assert [doc.norm[m.start : m.end] for m in doc.of("place")] == []


def test_a_plural_place_word_opens_the_list_that_follows_among_them() -> None:
    # "في عدة مناطق ... من بينها X وY": the villages after the opener are the places, though no
    # preposition or cue word stands right before the first of them
    got = places("تقدمت قوات الجيش أمس في عدة مناطق بمحافظة لحج من بينها المسيمير والحوطة بعد معارك عنيفة.")
    assert {"المسيمير", "الحوطة"} <= got


def test_an_opener_without_a_plural_place_word_opens_no_list() -> None:
    # "منها" after a singular noun ("المدينة") lists no places: no cue makes the name a place
    got = _place_mentions("وقع انفجار في المدينة التي خرج منها المسيمير أمس.")
    assert "المسيمير" not in {name for name, _, _ in got}


def test_a_municipality_or_county_names_its_place() -> None:
    # "بلدية X" and "مقاطعة X" announce a place as "قرية X" does, though the gazetteer lacks it
    from marsad.pipeline.decide import AllCandidates

    pipeline = Pipeline(None, AllCandidates())
    for text, name in (("تجمع العمال أمس أمام مقر بلدية زهرانة بولاية سطيف احتجاجا على تأخر رواتبهم.", "زهرانة"),
                       ("خطف مسلحون عشرة عمال أمس في مقاطعة كوراني شمال غرب باكستان.", "كوراني")):
        doc = pipeline.document(text, published=PUB, article_id="t")
        assert name in {c.event.location.name_ar for c in doc.candidates if c.event.location is not None}


def candidate_places(text: str) -> set[str]:
    from marsad.pipeline.decide import AllCandidates
    doc = Pipeline(None, AllCandidates()).document(text, published=PUB)
    return {c.event.location.name_ar for c in doc.candidates if c.event.location is not None}


def test_a_list_goes_on_through_an_item_of_two_words() -> None:
    # "بيت" alone is only a name's first word; with the word after it, one more town of the list
    got = candidate_places("قصفت المدفعية أمس بلدات دوما وحرستا وبيت سوى وعربين في الغوطة الشرقية.")
    assert {"دوما", "حرستا", "بيت سوى", "عربين"} <= got


def test_a_name_headed_by_dhi_is_one_item_of_a_list() -> None:
    got = candidate_places("شنت الطائرات أمس غارات على قرى الحيمة وذي مهنة ومحزف في مديرية صبر الموادم.")
    assert {"ذي مهنة", "محزف"} <= got


def test_a_plural_cue_names_one_village_when_its_district_follows() -> None:
    assert "سيعة" in candidate_places("شنت الطائرات أمس غارات على قرى سيعة في مديرية صبر الموادم.")


def test_a_count_after_a_plural_cue_is_no_village() -> None:
    got = candidate_places("سيطرت القوات أمس على قرى عدة في مديرية نهم بعد معارك عنيفة.")
    assert not {"عدة", "عده"} & got


def test_a_place_joined_by_its_cue_word_is_one_more_target() -> None:
    # "ومديرية حرض" after a comma: the strikes' second target, not a town named to locate the first
    got = candidate_places("استهدفت غارات التحالف أمس مواقع للمسلحين في مديرية كتف ومناطق أخرى متفرقة "
                           "في محافظة صعدة، ومديرية حرض بمحافظة حجة.")
    assert {"كتف", "مديرية حرض"} <= got


def test_towns_a_movement_spread_to_are_its_scenes() -> None:
    # a journey ends in one place: "من X الى مدن A وB" names the towns a wave of protests reached
    got = places("وتوسعت الاحتجاجات الغاضبة أمس من البصرة إلى مدن العمارة والناصرية والنجف.")
    assert {"العمارة", "الناصرية", "النجف"} <= got


def test_a_journey_from_one_place_to_another_is_no_scene() -> None:
    got = places("أطلق مسلحون النار على حافلة كانت متجهة من الحلة إلى النجف أمس فقتلوا سائقها.")
    assert "النجف" not in got


def test_a_verb_of_spreading_names_more_scenes_of_the_same_event() -> None:
    got = places("خرجت مظاهرات حاشدة أمس في مدينة شيراز، وشملت أيضا مدنا أخرى مثل أصفهان وتبريز.")
    assert {"شيراز", "أصفهان", "تبريز"} <= got


def test_a_word_of_addition_names_more_targets_of_the_same_strike() -> None:
    got = places("قصفت الطائرات أمس مواقع المسلحين في مدينة المخاء، بالإضافة إلى مخازن للسلاح في بلدة الهشمة.")
    assert {"المخاء", "الهشمة"} <= got
    # the place after it that has an event word of its own is that event's scene, not this one's
    both = events("قصفت الطائرات أمس مواقع المسلحين في مدينة المخاء، إضافة إلى اعتقال ثلاثة في بلدة الهشمة.")
    assert not any(e.location is not None and e.location.name_ar == "الهشمة" and e.sub_event_type == "Air/drone strike"
                   for e in both)


def test_a_town_a_relative_clause_locates_the_governorate_by_is_no_scene() -> None:
    got = places("وفي محافظة الأنبار التي تقع غرب بغداد قال مصدر أمني إن مسلحين أطلقوا النار على شرطي فقتلوه.")
    assert "بغداد" not in got
    assert any("الأنبار" in name for name in got)


def test_the_plural_of_an_ordinary_noun_after_a_cue_word_is_no_place_name() -> None:
    # "مقاطعة الانتخابات": the boycott of the elections, no province of that name
    names = [name for name, _, _ in _place_mentions("ودعت أحزاب المعارضة إلى مقاطعة الانتخابات، واعتقلت الشرطة أحد قادتها.")]
    assert not any("انتخابات" in n for n in names)
    names = [name for name, _, _ in _place_mentions("وتعد منطقة العمليات العسكرية مغلقة أمام الصحفيين.")]
    assert not any("عمليات" in n for n in names)
    # a name in ات that no dictionary holds is still read after its cue word
    names = [name for name, _, _ in _place_mentions("قصفت الطائرات أمس قرية العزيزيات فقتلت ثلاثة مدنيين.")]
    assert any("العزيزيات" in n for n in names)


def test_a_dual_cue_word_names_both_places_even_one_no_namesake_fits() -> None:
    # the gazetteer knows "حزم" only far from here: named by "منطقتي", it is still the second scene
    got = places("أكد مصدر محلي أن قوات الجيش سيطرت أمس على منطقتي السدة وحزم بعد معارك عنيفة مع الحوثيين.")
    assert {"السدة", "حزم"} <= got


def test_a_verb_after_a_comma_is_no_place_of_the_list_before_it() -> None:
    # "وحدث" after a comma opens a new clause; it is not one more town named by "مدينة"
    got = places("سيطرت قوات الجيش أمس على مدينة السدة، وحدث ذلك بعد معارك عنيفة مع الحوثيين.")
    assert "حدث" not in got


def test_part_of_one_more_place_is_one_more_target_not_a_parent() -> None:
    got = places("سيطرت قوات الجيش أمس على مديرية السدة وأجزاء من مديرية الرضمة بعد معارك عنيفة مع الحوثيين.")
    assert {"مديرية السدة", "مديرية الرضمة"} <= got


def _place_mentions(text: str) -> list[tuple[str, str | None, bool]]:
    doc = Document(text)
    normalize.run(doc)
    segment.run(doc)
    place_stage.run(doc, Pipeline().gazetteer)
    return [(doc.norm[m.start : m.end], m.value.parent_key, m.value.is_parent) for m in doc.of("place")]


def test_the_city_a_list_of_villages_lies_near_is_found_by_its_anaphor() -> None:
    # "المدينة" stands for the city named before (not for the last village of the list), and is
    # the villages' parent, not the scene
    got = places("دخلت القوات مدينة حلب أمس. وتعرضت قرى حريتان وعندان القريبة من المدينة لغارات جوية أمس.")
    assert {"حريتان", "عندان"} <= got
    assert "حلب" not in got


def test_a_new_phrase_after_and_names_no_parent() -> None:
    # "في مدينة تعز وفي جبل صبر", "في المدينة وفي جبل صبر": two places side by side, the
    # mountain is not the city's parent
    got = _place_mentions("طهرت المقاومة أمس مناطق في مدينة تعز وفي جبل صبر. ثم تقدمت في المدينة وفي جبل صبر.")
    mountain = [m for m in got if m[0] == "جبل صبر"]
    assert mountain and not any(is_parent for _, _, is_parent in mountain)
    assert all(parent != "جبل صبر" for _, parent, _ in got)


def test_a_visit_listed_after_a_town_is_no_town() -> None:
    # "بلدة دوما وزيارة المفتشين": the cue word names a list of towns, but "زيارة" (a visit) is
    # an ordinary noun, though a village somewhere bears the name
    got = _place_mentions("وتركز الاهتمام أمس على بلدة حرستا وزيارة المفتشين الدوليين بعد الهجوم.")
    assert [name for name, _, _ in got] == ["حرستا"]


def test_especially_is_no_place_name() -> None:
    # "وخاصة" (especially) after a place and a comma adds no place, though a town bears the name
    got = _place_mentions('وحيت المعارضة المتظاهرين في أصفهان، وخاصة "الشباب في شابور الجديد".')
    assert [name for name, _, _ in got] == ["اصفهان"]


def test_the_city_is_not_a_district_named_just_before() -> None:
    # "منطقة المنشية وسط المدينة": the city is Sabha, named before, not the district itself;
    # so the district is looked for in Sabha and coded there, not at a namesake abroad
    evs = events("وصلت قوات الجيش إلى مدينة سبها أمس. وخطف مسلحون تاجرا من منطقة المنشية وسط المدينة.")
    assert [e.location.country for e in evs if e.location is not None] == ["LY"]


def test_the_city_of_a_governorate_the_sentence_opens_on() -> None:
    # "وفي محافظة إب، ... حي X في المدينة": the city is Ibb, the seat of the governorate named
    # at the head of its sentence, not the Aden quarter named in the sentence before
    evs = events("قصف المسلحون أمس أحياء سكنية في كريتر بمدينة عدن. "
                 "وفي محافظة إب، قصف المسلحون أمس حي النسيم الغربي في المدينة.")
    places = {e.location.name_ar: e.location for e in evs if e.location is not None}
    assert "النسيم الغربي" in places
    assert places["النسيم الغربي"].admin1 != places["كريتر"].admin1


def test_a_quarter_listed_with_its_cue_word_goes_on_up_to_the_town_after_bi() -> None:
    # "وحي Y بمدينة Z": the second quarter, unknown to the gazetteer, ends where the town it lies
    # in is named with "بمدينة"; both quarters are scenes, the town only locates them
    got = places("اندلعت اشتباكات عنيفة أمس بين الحوثيين والمقاومة الشعبية في حي الروضة وحي الكرامة بمدينة تعز.")
    assert {"الروضة", "حي الكرامة"} <= got
    assert "تعز" not in got


def test_the_places_an_opener_lists_after_a_town_are_the_scenes() -> None:
    # "في عدة أحياء بمدينة X منها Y وZ": the quarters named after "منها" are where the clashes
    # were; the town before them only locates them
    got = places("اندلعت اشتباكات أمس بين الحوثيين والمقاومة الشعبية في عدة أحياء بمدينة تعز منها حي الروضة وحي الكرامة.")
    assert {"الروضة", "حي الكرامة"} <= got
    assert "تعز" not in got
    # with no opener the town stays the scene
    assert "تعز" in places("اندلعت اشتباكات أمس بين الحوثيين والمقاومة الشعبية في عدة أحياء بمدينة تعز.")


def test_a_town_the_gazetteer_lacks_named_near_its_cue_word_is_the_scene() -> None:
    # "قرب بلدة X": the cue word says X is a town, so the ambush near it is placed there, as a
    # place named near ("near" lowers its rank against a place named at the event)
    got = places("قتل جنديان في كمين استهدف قافلتهم قرب بلدة كاروفا في وسط البلاد أمس.")
    assert "كاروفا" in got
    # "قرب X" with no cue word names no unknown place
    assert "كاروفا" not in places("قتل جنديان في كمين استهدف قافلتهم قرب كاروفا أمس.")


def test_places_in_bracketed_remarks_locate_the_listed_towns_and_do_not_break_the_list() -> None:
    # each town of the list carries a remark naming the capital; one town follows a remark with no "و"
    got = places("وشهدت مدن الكرك (120 كم جنوب عمان) ومادبا (30 كم جنوب عمان) السلط (25 كم غرب عمان) "
                 "اعتصامات أمس شارك بها المئات.")
    assert got == {"الكرك", "مادبا", "السلط"}


def test_a_place_in_a_relative_clause_describing_the_scene_is_no_scene() -> None:
    # the front is a district the gazetteer ranks below a city: the clause must not hand the scene to the city
    got = places("ويخوض الجيش اليمني معارك عنيفة مع الحوثيين في جبهة صرواح التي تعد خط الدفاع الأول عن مدينة مأرب.")
    assert got == {"صرواح"}


def test_an_event_word_inside_the_relative_clause_keeps_the_place_of_the_clause() -> None:
    # the clashes are told inside the clause, in the quarter the clause names
    got = places("وصل الوفد أمس إلى مدينة حماة التي شهدت اشتباكات عنيفة بين الجيش السوري وفصائل المعارضة "
                 "في بلدة كفرنبل.")
    assert got == {"كفرنبل"}


def test_a_noun_joined_to_the_cue_word_is_no_name_of_it() -> None:
    # "مناطق وجسور": areas and bridges, east of the town; not a place called "وجسور"
    got = places("وسيطرت القوات العراقية أمس على مناطق وجسور شرق مدينة الرمادي بعد معارك مع تنظيم داعش.")
    assert got == {"الرمادي"}
    # after a singular cue word a name beginning with و is a name
    assert "ويلنغتون" in places("وانفجرت سيارة مفخخة أمس في حي ويلنغتون بمدينة لندن.")


def test_the_second_name_of_a_dual_place_word_may_have_two_words() -> None:
    # "قريتي X وY Z": a dual names exactly two places; the second here is a name of two words
    # the gazetteer lacks, its first word no head of names it knows
    doc = Pipeline(None, AllCandidates()).document("وقصفت مدفعية النظام أمس قريتي بسنقول وكتف الحمام بريف إدلب الجنوبي.",
                                                  published="2017-06-13")
    assert sorted(c.event.location.name_ar for c in doc.candidates if c.event.location) == ["بسنقول", "كتف الحمام"]
    # with no dual before the list, "وX الY" after a village is no name of it
    other = Pipeline(None, AllCandidates()).document("وقصفت مدفعية النظام أمس قرية بسنقول وتدمير المنازل بريف إدلب.",
                                                    published="2017-06-13")
    assert all(c.event.location is None or "تدمير" not in c.event.location.name_ar for c in other.candidates)


def test_a_list_a_plural_place_word_opens_goes_on_through_an_unknown_name() -> None:
    # "أحياء عدة في X، مثل حوض Y وZ": the plural opens the list, so its names need no cue of their own
    doc = Pipeline(None, AllCandidates()).document("وتعرضت أحياء عدة في تعز، مثل حوض الروضة وثعبات، لقصف عنيف أمس.",
                                                  published="2017-06-13")
    assert sorted(c.event.location.name_ar for c in doc.candidates if c.event.location) == ["الروضة", "ثعبات"]
    # with no plural word opening it, an unknown word after a region is no member
    alone = Pipeline(None, AllCandidates()).document("وتعرض حوض الروضة وثعبات لقصف عنيف أمس قرب تعز.", published="2017-06-13")
    assert all(c.event.location is None or c.event.location.name_ar != "ثعبات" for c in alone.candidates)


def test_the_place_aircraft_took_off_from_is_not_where_they_struck() -> None:
    # the base alone named: no place for the strike, rather than the base
    for text in ("قالت الوزارة إن ثلاث مقاتلات أقلعت من قاعدة في أضنة صباح اليوم وقصفت مقرين للتنظيم.",
                 "قالت الوزارة إن ثلاث مقاتلات أقلعت من قاعدة جوية في ديار بكر صباح اليوم وقصفت مقرين للتنظيم."):
        doc = Pipeline(None, AllCandidates()).document(text, published=PUB)
        assert not doc.candidates, [(c.event.sub_event_type, c.event.location) for c in doc.candidates]
    # the place struck named too: that one
    found = events("قالت الوزارة إن طائرات حربية أقلعت من قاعدة في أضنة وقصفت مواقع للتنظيم في بلدة الباب.")
    assert [e.location.name_ar for e in found if e.location] == ["الباب"], [(e.sub_event_type, e.location) for e in found]
    # a crowd sets out from a place of its protest
    march = events("انطلقت من ساحة العاصي في مدينة حماة مظاهرة حاشدة ضد الحكومة اليوم.")
    assert [e.sub_event_type for e in march] == ["Peaceful protest"] and march[0].location is not None


def test_a_preposition_or_having_after_a_place_word_is_no_name() -> None:
    # "قرية تحت سيطرة"، "مدينة ذات أغلبية": villages bear these words, the phrase describes the place
    for text in ("قتل عشرة مدنيين بغارات استهدفت قرية تحت سيطرة المسلحين في ريف دير الزور أمس.",
                 "تعرضت منبج، وهي مدينة ذات أغلبية عربية، لقصف مدفعي أمس."):
        doc = Pipeline(None, AllCandidates()).document(text, published=PUB)
        named = [doc.norm[m.start : m.end] for m in doc.of("place")]
        assert "تحت" not in named and "ذات" not in named, named


def test_a_capitals_name_after_a_mountain_or_a_street_word_does_not_name_its_country() -> None:
    # "جبل القاهرة" in Yemen, "شارع بغداد" in Damascus: the landmark, not Egypt or Iraq
    doc = Pipeline(None, AllCandidates()).document(
        "استعادت قوات الجيش اليمني أمس جبل القاهرة في محافظة الجوف بعد معارك مع الحوثيين.", published=PUB)
    assert "EG" not in {m.value.country for m in doc.of("country")}
    assert {c.event.location.country for c in doc.candidates if c.event.location} <= {"YE"}
    street = Pipeline(None, AllCandidates()).document("سقطت قذيفة هاون على شارع بغداد في دمشق أمس.", published=PUB)
    assert "IQ" not in {m.value.country for m in street.of("country")}


def test_quarters_named_as_examples_of_a_towns_quarters_lie_in_that_town() -> None:
    # "أحياء عدة في تعز، مثل X وY": both quarters lie in the town, though namesakes of both lie
    # hundreds of km away (one only a loose spelling of a district's name)
    from marsad.geo.rank import distance_km
    doc = Pipeline(None, AllCandidates()).document("وشهدت أحياء عدة في تعز، مثل حوض الأشراف وعصيفرة، اشتباكات عنيفة أمس.",
                                                   published=PUB)
    located = [c.event.location for c in doc.candidates if c.event.location is not None and c.event.location.lat is not None]
    assert {loc.name_ar for loc in located} >= {"عصيفرة"}
    assert located and all(distance_km(loc.lat or 0.0, loc.lon or 0.0, 13.58, 44.02) < 15 for loc in located), [
        (loc.name_ar, loc.lat, loc.lon) for loc in located]


def _candidate_places(text: str) -> set[str]:
    doc = Pipeline(None, AllCandidates()).document(text, published=PUB)
    return {c.event.location.name_ar for c in doc.candidates if c.event.location is not None}


def test_a_capital_after_a_word_of_what_states_do_is_the_state() -> None:
    # "تهديد واشنطن دمشق": the threat of one state to another; neither capital is where the
    # bombardment of the sentence fell
    assert not _candidate_places("ويأتي القصف بعد ساعات من تهديد واشنطن دمشق باتخاذ إجراءات صارمة.") & {"واشنطن", "دمشق"}
    # "لأن طهران تجاوزت": the subject of a clause a conjunction opens
    assert "طهران" not in _candidate_places("قال رئيس الوزراء إن الغارات على مواقع في سوريا كانت ضرورية لأن طهران تجاوزت الخط الأحمر.")


def test_a_capital_an_event_word_takes_is_still_a_scene() -> None:
    # guard: the object of the strike, and a capital after a preposition, stay scenes
    assert "دمشق" in _candidate_places("قصفت الطائرات دمشق أمس.")
    assert "طهران" in _candidate_places("تظاهر مئات الطلاب أمس في طهران احتجاجا على الغلاء.")


def test_a_citys_event_told_again_at_a_place_named_by_the_city_is_one_event() -> None:
    # the lead gives the city, the next sentence the town the text locates by it ("شمال حلب"):
    # one strike told at two levels of detail, kept at the town
    got = _candidate_places("شنت الطائرات الحربية غارات على مدينة حلب أمس. "
                            "وقالت مصادر إن الغارات استهدفت بلدة حريتان شمال حلب.")
    assert got == {"حريتان"}
    # guard: a town the text does not locate by the city is another scene
    assert {"حلب", "حريتان"} <= _candidate_places("شنت الطائرات الحربية غارات على مدينة حلب أمس. "
                                                    "وقالت مصادر إن غارات أخرى استهدفت بلدة حريتان في الريف.")
