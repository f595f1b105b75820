"""Casualty counts: digits, Eastern digits, number words, vague quantities, person nouns."""

from __future__ import annotations

import pytest

from marsad.document import Document
from marsad.pipeline import normalize, numbers, segment


def counts(text: str) -> list[tuple[str, int, int]]:
    doc = Document(text)
    normalize.run(doc)
    segment.run(doc)
    numbers.run(doc)
    out = []
    for m in doc.of("count"):
        assert doc.span(m.start, m.end).text == doc.text[doc.span(m.start, m.end).start : doc.span(m.start, m.end).end]
        out.append((m.value.role, m.value.low, m.value.high))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل 24 شخصا على الأقل وأصيب 55 آخرون", [("killed", 24, 24), ("injured", 55, 55)]),
        ("مقتل ٢٥ جنديا", [("killed", 25, 25)]),
        ("لقي ثلاثة لاجئين مصرعهم", [("killed", 3, 3)]),
        ("مقتل خمسة وعشرين مسلحا", [("killed", 25, 25)]),
        ("مقتل اثني عشر عنصرا", [("killed", 12, 12)]),
        ("سقوط عشرات القتلى", [("killed", 10, 10)]),
        ("مقتل المئات", [("killed", 100, 100)]),
        ("إصابة عدة أشخاص", [("injured", 3, 3)]),
        ("مقتل امرأة وإصابة 7 مدنيين", [("killed", 1, 1), ("injured", 7, 7)]),
        ("مقتل شخصين", [("killed", 2, 2)]),
        ("مقتل ما بين 20 إلى 30 شخصا", [("killed", 20, 30)]),
    ],
)
def test_counts(text: str, expected: list[tuple[str, int, int]]) -> None:
    assert counts(text) == expected


def test_years_and_unrelated_numbers_are_not_counts() -> None:
    assert counts("في عام 2015 وصل 300 طن من القمح") == []


def test_one_death_without_a_number() -> None:
    assert counts("لقي الشاب مصرعه برصاص مجهولين") == [("killed", 1, 1)]
    assert counts("اغتيل الوزير السابق في انفجار") == [("killed", 1, 1)]
    assert counts("لقي خمسة أشخاص مصرعهم") == [("killed", 5, 5)]


def test_others_add_to_the_named_dead() -> None:
    # "a commander ... and about 40 other fighters": 41 dead
    assert counts("قتل خلالها قيادي ميداني في الميليشيات، فضلا عن نحو 40 مسلحا آخرين") == [
        ("killed", 1, 1), ("killed", 41, 41)]
    # injured others stay injured and do not add to the dead
    assert counts("قتل جندي وأصيب 3 آخرون") == [("killed", 1, 1), ("injured", 3, 3)]


def test_plural_verb_far_after_its_number() -> None:
    text = "أفاد ناشطون بأن 21 على الأقل من العناصر الموالين للنظام قتلوا في كمين"
    assert counts(text) == [("killed", 21, 21)]


def test_shared_subject_of_killed_and_wounded_is_not_one_death() -> None:
    assert counts("استشهد وجرح عشرات الأشخاص جراء الغارات") == [("injured", 10, 10)]


def test_person_before_a_singular_verb() -> None:
    assert counts("أوضح أن شخصا قتل وأصيب 5 آخرون برصاص القناصة") == [("killed", 1, 1), ("injured", 5, 5)]


def test_singular_passive_killed() -> None:
    assert counts("إن المسؤول العسكري في التنظيم أبو عمر قتل في ضربة جوية أمريكية") == [("killed", 1, 1)]
    assert counts("قتل في الغارة عدد من المدنيين") == [("killed", 3, 3)]  # several, not the one of a singular verb
    assert counts("قتل في الغارة خمسة مدنيين") == [("killed", 5, 5)]


def test_the_named_dead_and_his_companions() -> None:
    text = "أكدت مصادر محلية مقتل «أمير» البلدة في تنظيم داعش وثلاثة من مرافقيه في اشتباكات"
    # the event's toll is the largest figure of its sentence: the named one and his companions
    assert max(counts(text)) == ("killed", 4, 4)
    assert counts("مقتل جندي وإصابة ثلاثة من رفاقه") == [("killed", 1, 1), ("injured", 3, 3)]


def test_kilometres_are_not_people() -> None:
    text = "في أوباري التي تبعد 900 كيلومتر عن العاصمة قتل حوالى 29 فردا"
    assert counts(text) == [("killed", 29, 29)]


def test_plural_looking_duals_are_no_figure() -> None:
    assert counts("ويتوقع أن يرتفع عدد الضحايا المدنيين") == []
    assert counts("مقتل شخصين") == [("killed", 2, 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل ما لا يقل عن 40 مدنيا وجرح أكثر من 100 آخرين", [("killed", 40, 40), ("injured", 100, 100)]),
        ("خلف الانفجار مقتل ما لا يقل عن أربعين شخصا", [("killed", 40, 40)]),
    ],
)
def test_a_hedge_between_the_word_and_its_number(text: str, expected: list[tuple[str, int, int]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وانتهت الاشتباكات بمقتل العديد من المسلحين", [("killed", 3, 3)]),
        ("قتل عدد من التلاميذ في قصف على مدرسة", [("killed", 3, 3)]),
        ("وارتفع عدد القتلى", []),
    ],
)
def test_several_as_the_codebook_counts_it(text: str, expected: list[tuple[str, int, int]]) -> None:
    assert counts(text) == expected


def test_dual_of_a_nisba_noun_counts_two() -> None:
    # the nominative dual of any nisba noun, not only those in a list
    assert counts("قتل سودانيان وأصيب ثلاثة آخرون قرب الحدود") == [("killed", 2, 2), ("injured", 3, 3)]
    assert counts("وأصيب أفغانيان في الانفجار") == [("injured", 2, 2)]
    # a noun that ends the same way and is no dual is no count
    assert counts("قتل بيان الوزارة كل أمل بالتهدئة") == []
    assert counts("مقتل الحوثيان") == []  # a definite form is someone told before, not a toll


def test_a_life_taken_counts_one_or_two() -> None:
    assert counts("انفجرت قنبلة قرب السوق أودت بحياته على الفور") == [("killed", 1, 1)]
    assert counts("سقطت قذيفة على المنزل وأودت بحياتهما") == [("killed", 2, 2)]
    assert counts("نجا السائق بحياته من الكمين") == []  # escaped with his life


def test_a_dual_verb_after_a_noun_in_ين_counts_two() -> None:
    # "-ين" is dual or plural by form; the dual verb after it says two
    assert counts("وقالت المصادر إن مسلحين قتلا في الاشتباك") == [("killed", 2, 2)]
    assert counts("وقالت المصادر إن جنديين أصيبا بجروح") == [("injured", 2, 2)]
    assert counts("وقالت المصادر إن مسلحين قتلوا في الاشتباك") == []  # a plural verb: how many is not said


def test_lives_taken_counted_by_the_number_after_them() -> None:
    # "أودى بحياة N": the verb that takes lives, then how many (with or without a hedge)
    assert counts("انفجرت عبوة ناسفة قرب الحاجز أودت بحياة 14 شخصا") == [("killed", 14, 14)]
    assert counts("شنت الطائرات غارة على السوق أودت بحياة أكثر من ثمانية مدنيين") == [("killed", 8, 8)]
    assert counts("أصدرت الوزارة بيانا عن حياة 14 شخصا في المخيم") == []  # no life was taken


def test_fell_dead_names_the_toll_of_the_number_before_it() -> None:
    # "سقطوا قتلى": the victim noun after a verb of falling tells what befell those counted
    assert counts("وقال الطبيب إن العشرات من المسلحين سقطوا قتلى في المعركة") == [("killed", 10, 10)]
    assert counts("وقال الشاهد إن 9 من الجنود سقطوا جرحى قرب الجسر") == [("injured", 9, 9)]
    # without the verb a victim noun three words on is no toll of the number ("ميدان الشهداء")
    assert counts("تجمع 300 من السكان في ميدان الشهداء") == []


def test_others_add_only_to_their_own_figure() -> None:
    # "آخرون" belongs to the four injured, not to the one killed before them
    got = counts("قتل مدني واحد وأصيب أربعة آخرون في القصف")
    assert max(low for role, low, _ in got if role == "killed") == 1
    assert ("injured", 4, 4) in got


def test_a_figure_joined_by_and_is_read() -> None:
    # "و40": digits carry the conjunction; with "آخرين" they add to the one named before
    got = counts("أسفرت الغارة عن مقتل قيادي في التنظيم و40 مسلحا آخرين")
    assert ("killed", 41, 41) in got


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("استشهد ستة من أفراد الشرطة وأربعة مارة في التفجير", 10),
        ("قتل 7 جنود و2 من المدنيين في الكمين", 9),
        ("لقي خمسة من عناصر الحراسة مصرعهم إضافة إلى اثنين من السائقين", 7),
    ],
)
def test_a_figure_joined_to_the_one_before_adds_to_it(text: str, total: int) -> None:
    assert max(low for role, low, _ in counts(text) if role == "killed") == total


def test_one_is_no_joined_figure() -> None:
    # "واحد" begins with the letter و but joins nothing
    got = counts("قتل مدني واحد وأصيب أربعة آخرون في القصف")
    assert max(low for role, low, _ in got if role == "killed") == 1


@pytest.mark.parametrize("text", ["تمكنت القوات من قتل زعيم الجماعة في الاشتباكات", "أصيب سائق الحافلة في الانفجار"])
def test_a_person_named_by_office_or_trade_counts_one(text: str) -> None:
    assert [low for _, low, _ in counts(text)] == [1]


def test_a_person_whose_death_laqiya_tells() -> None:
    # "لقي" is a verb of its own, with or without "و": not the preposition ل before "قي"
    assert counts("لقي شرطي مصرعه وأصيب ثلاثة آخرون في الهجوم") == [("killed", 1, 1), ("injured", 3, 3)]
    assert counts("ولقي جندي حتفه وأصيب اثنان") == [("killed", 1, 1), ("injured", 2, 2)]


@pytest.mark.parametrize("text", [
    "أحدث الانفجار حفرة كبيرة في حي شهيد شرق العاصمة",
    "تجمع المحتجون في ميدان شهيد وسط المدينة",
    "نقل الجرحى إلى مستشفى جندي في البلدة",
])
def test_a_person_noun_in_a_place_name_is_no_toll(text: str) -> None:
    assert counts(text) == []


def test_a_victim_noun_outside_a_name_still_counts() -> None:
    assert counts("سقط شهيد في القصف على حي الشعار") == [("killed", 1, 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number before the word of thousands counts thousands, not two figures
        ("قتل ثلاثة آلاف شخص في المعارك", [("killed", 3000, 3000)]),
        ("نزح 4 آلاف شخص وقتل 15 ألف مدني منذ بدء الحرب", [("killed", 15000, 15000)]),
        # the dual of a thousand or a hundred in construct
        ("قتل أكثر من ألفي مدني", [("killed", 2000, 2000)]),
        ("أصيب مائتي شخص", [("injured", 200, 200)]),
        # no thousands word after it: the number alone
        ("قتل ثلاثة أشخاص", [("killed", 3, 3)]),
    ],
)
def test_thousands_and_duals_of_hundreds_and_thousands(text: str, expected: list[tuple[str, int, int]]) -> None:
    assert [c for c in counts(text) if c[0] in ("killed", "injured")] == expected
