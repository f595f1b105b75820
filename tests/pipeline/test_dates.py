"""Dates: Gregorian (Egyptian, Levantine, Maghrebi), Hijri, numeric, weekdays and relative words."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.pipeline.dates import find_dates
from marsad.text import fold

PUB = date(2015, 8, 11)  # a Tuesday


def days(text: str, pub: date | None = PUB) -> list[tuple[date, int]]:
    return [(v.day, v.precision) for _, _, v in find_dates(fold(text), pub)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("في 3 حزيران 2017", date(2017, 6, 3)),
        ("في 3 يونيو 2017", date(2017, 6, 3)),
        ("في 3 جوان 2017", date(2017, 6, 3)),
        ("يوم 12 تشرين الأول 2016", date(2016, 10, 12)),
        ("في ٥ آذار/مارس ٢٠١٨", date(2018, 3, 5)),
        ("بتاريخ 2015/08/09", date(2015, 8, 9)),
        ("بتاريخ 09-08-2015", date(2015, 8, 9)),
    ],
)
def test_explicit_dates(text: str, expected: date) -> None:
    assert days(text)[0] == (expected, 1)


def test_day_month_without_year_takes_publication_year_or_the_year_before() -> None:
    assert days("في 3 آب")[0] == (date(2015, 8, 3), 1)
    assert days("في 28 ديسمبر", date(2016, 1, 2))[0] == (date(2015, 12, 28), 1)


def test_hijri_date_in_figures_converts_to_gregorian() -> None:
    # Saudi statements date incidents in Hijri figures; 19/6/1436 is 8 April 2015
    assert days("وقع الحادث بتاريخ 19 / 6 / 1436هـ في الرياض")[0] == (date(2015, 4, 8), 1)
    assert days("في 1436/6/19 هـ")[0] == (date(2015, 4, 8), 1)
    # a Gregorian date in figures stays one, and no thirteenth month is read
    assert days("قتل ثلاثة في 12/5/2015")[0] == (date(2015, 5, 12), 1)
    assert not days("الرقم 19 / 13 / 1436")


def test_hijri_date_converts_to_gregorian() -> None:
    assert days("بيروت 26 شوال 1436 هـ")[0] == (date(2015, 8, 11), 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل اليوم", date(2015, 8, 11)),
        ("قتل أمس", date(2015, 8, 10)),
        ("فجر اليوم", date(2015, 8, 11)),
        ("مساء أمس", date(2015, 8, 10)),
        ("أول أمس", date(2015, 8, 9)),
        ("يوم الأحد", date(2015, 8, 9)),
        ("الخميس الماضي", date(2015, 8, 6)),
        ("الثلاثاء الماضي", date(2015, 8, 4)),
        ("الخميس قبل الماضي", date(2015, 7, 30)),  # the Thursday a week before the last
        ("يوم الثلاثاء", date(2015, 8, 11)),
        ("والجمعة", date(2015, 8, 7)),
        ("هاجم المسلحون أمس الأول نقطة تفتيش", date(2015, 8, 9)),  # the day before yesterday
        ("ودارت الاشتباكات مساء أمس الأول قرب الجسر", date(2015, 8, 9)),
        ("ودارت الاشتباكات مساء أمس (الأول) قرب الجسر", date(2015, 8, 9)),  # a house style's brackets
        ("ودارت الاشتباكات مساء أمس (الجمعة) قرب الجسر", date(2015, 8, 10)),
        ("قال أمس الأولى من نوعها", date(2015, 8, 10)),  # an ordinal of another noun
    ],
)
def test_relative_words_resolve_against_publication(text: str, expected: date) -> None:
    assert days(text)[0][0] == expected


def test_spans_have_coarser_precision() -> None:
    assert days("خلال الأسبوع الماضي")[0] == (date(2015, 8, 4), 2)


def test_relative_words_need_a_publication_date() -> None:
    assert days("قتل أمس", None) == []


def test_no_dates_in_plain_text() -> None:
    assert days("قصفت الطائرات البلدة") == []


def test_ordinal_day_dates() -> None:
    def days(text: str) -> list[date]:
        return [v.day for _s, _e, v in find_dates(fold(text), date(2015, 7, 22))]

    assert days("في الرابع من يوليو (تموز) الحالي") == [date(2015, 7, 4)]
    assert days("في الحادي والعشرين من آذار 2014") == [date(2014, 3, 21)]
    assert days("منذ الثاني عشر من شهر مايو") == [date(2015, 5, 12)]
    assert days("الرابع من الشهر") == []


def test_month_with_past_qualifier() -> None:
    def days(text: str) -> list[tuple[date, int]]:
        return [(v.day, v.precision) for _s, _e, v in find_dates(fold(text), date(2018, 7, 12))]

    assert days("أعلن الطرفان هدنة في مارس الماضي") == [(date(2018, 3, 1), 3)]
    assert days("في شهر يوليو (تموز) الماضي") == [(date(2017, 7, 1), 3)]
    assert days("في يوليو الحالي") == []
    assert days("منتصف ليل 17 يوليو (تموز) الماضي") == [(date(2018, 7, 17), 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وانتهى الحصار في ديسمبر/ كانون الأول من العام 2016", [(date(2016, 12, 1), 3)]),
        ("في 25 ديسمبر من عام 2016", [(date(2016, 12, 25), 1)]),
    ],
)
def test_month_of_year_with_min_aam(text: str, expected: list[tuple[date, int]]) -> None:
    assert days(text) == expected


def test_the_papers_own_day_in_brackets_corrects_a_quoted_one() -> None:
    # a speaker's "today" said the day before print, and the paper's "(yesterday)" after it
    assert days("وقال إن المسلحين خطفوا اليوم (أمس) ثلاثة عمال") == [(date(2015, 8, 10), 1)]
    # brackets with no day word in them change nothing
    assert days("وقال إن المسلحين خطفوا اليوم (الثلاثاء) ثلاثة عمال") == [(date(2015, 8, 11), 1), (date(2015, 8, 11), 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("اعتقل قبل عشرة أيام في طهران", [(date(2015, 8, 1), 1)]),
        ("قتل قبل 5 أيام", [(date(2015, 8, 6), 1)]),
        ("وقع الهجوم قبل أيام", [(date(2015, 8, 8), 2)]),  # days ago: about three, within a week
        ("وقبل أسبوعين قصفت الطائرات القرية", [(date(2015, 7, 28), 2)]),
        ("أعلن قبل ساعات", [(date(2015, 8, 11), 1)]),
        ("رفع تأهبه قبل أسبوع من الذكرى", []),  # a week before something else, not a week ago
        # further than a month: history, dated roughly (month precision, background by the rulings)
        ("قبل 40 يوما", [(date(2015, 7, 2), 3)]),
        ("قتل 40 شخصا في تفجير مماثل قبل ثلاثة أشهر", [(date(2015, 5, 13), 3)]),
        ("سيطر التنظيم على المدينة قبل عامين", [(date(2013, 8, 11), 3)]),
        ("قبل عام", [(date(2014, 8, 11), 3)]),
        ("قبل أشهر", [(date(2015, 6, 12), 3)]),
        # the year, the month, something else: no time ago
        ("قبل عام 2014", []),
        ("هدأت المعارك قبل شهر رمضان", []),
        ("قبل الظهر", []),
    ],
)
def test_time_counted_back_from_publication(text: str, expected: list[tuple[date, int]]) -> None:
    assert days(text) == expected


def test_a_weekday_before_a_date_it_falls_on_is_that_date() -> None:
    # 11 August 2015 was a Tuesday; 20 August a Thursday: the weekday names the date that follows
    assert days("تبدأ الاحتجاجات يوم الخميس 20 أغسطس الجاري") == [(date(2015, 8, 20), 1)]
    # the last Thursday before publication when no date follows, and a weekday a date does not
    # fall on stays a mention of its own
    assert days("وقعت الاشتباكات يوم الخميس") == [(date(2015, 8, 6), 1)]
    assert days("يوم الخميس 21 أغسطس") == [(date(2015, 8, 6), 1), (date(2015, 8, 21), 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("منتصف يوليو", [(date(2015, 7, 1), 3)]),
        ("في شهر مارس", [(date(2015, 3, 1), 3)]),
        ("خلال سبتمبر", [(date(2014, 9, 1), 3)]),  # after publication's month: the year before
        ("في أغسطس", []),  # the publication's own month: too vague to date by
        ("وقال إن الجيش مارس ضغوطا", []),  # no word of time before it: the verb
    ],
)
def test_a_month_named_alone_after_a_word_of_time(text: str, expected: list[tuple[date, int]]) -> None:
    assert days(text) == expected


def test_an_event_told_with_a_month_alone_is_background() -> None:
    import marsad

    # "منتصف يناير" is month-level: background by the codebook's rulings, not today's news
    text = "قصفت الطائرات مدينة تعز منتصف يناير، وقتل خمسة مدنيين."
    assert not marsad.extract(text, published="2015-08-11", article_id="t", decider="rules").events


def test_this_month_alone_is_month_level_and_a_day_of_it_is_that_day() -> None:
    assert [(v.day, v.precision, v.relative) for _, _, v in find_dates(fold("في مطلع الشهر الحالي"), PUB)] \
        == [(PUB, 3, True)]
    assert days("في 3 من الشهر الحالي") == [(date(2015, 8, 3), 1)]
    assert days("في 20 من الشهر الجاري") == [(date(2015, 7, 20), 1)]  # after publication's day: the month before


def test_a_day_of_last_month_is_not_one_of_this_month() -> None:
    assert all(d != date(2015, 8, 20) for d, _p in days("في 20 من الشهر الماضي", date(2015, 8, 25)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قبل نحو ثلاثة أسابيع", [(date(2015, 7, 21), 2)]),
        ("قبل حوالي عشرة أيام", [(date(2015, 8, 1), 1)]),
        ("قبل أكثر من أسبوعين", [(date(2015, 7, 28), 2)]),
    ],
)
def test_a_hedged_count_back_from_publication(text: str, expected: list[tuple[date, int]]) -> None:
    assert days(text) == expected


def test_a_hijri_day_without_year_is_the_last_such_day_up_to_publication() -> None:
    # published on 26 Shawwal 1436: Muharram 10 was last November, 20 Shawwal six days before
    assert days("في العاشر من شهر محرم من العام الحالي") == [(date(2014, 11, 3), 1)]
    assert days("يوم 20 شوال") == [(date(2015, 8, 5), 1)]
    assert days("في 5 رمضان من العام الماضي") == [(date(2014, 7, 2), 1)]
    # a day a few days ahead is announced, not a year old
    assert days("في 28 شوال") == [(date(2015, 8, 13), 1)]
    # a town named for a day, and a month's name as a person's name, are no dates
    assert days("في مدينة العاشر من رمضان") == []
    assert days("قال رمضان إن الاجتماع انتهى") == []


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # a paper dated Sunday, the report written on Saturday: the weekday names the day
        ("وقع الهجوم اليوم السبت في المدينة", date(2018, 2, 25), [(date(2018, 2, 24), 1)]),
        ("وقع الهجوم أمس الجمعة في المدينة", date(2018, 2, 25), [(date(2018, 2, 23), 1)]),
        # the two agree: one mention, the same day
        ("وقع الهجوم أمس السبت في المدينة", date(2018, 2, 25), [(date(2018, 2, 24), 1)]),
        # a weekday apart from the relative word is a day of its own
        ("قال اليوم إن الهجوم وقع الجمعة الماضي", date(2018, 2, 25), [(date(2018, 2, 25), 1), (date(2018, 2, 23), 1)]),
    ],
)
def test_a_weekday_right_after_a_relative_day_names_the_day(text: str, pub: date, expected: list[tuple[date, int]]) -> None:
    assert days(text, pub) == expected
