"""Month names, weekdays and relative day words (data only, folded forms)."""

from __future__ import annotations

from marsad.text import fold_keys

# Gregorian month names: Egyptian/MSA, Levantine and Maghrebi forms → month number.
MONTHS: dict[str, int] = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "افريل": 4, "مايو": 5, "ماي": 5, "يونيو": 6, "يونيه": 6,
    "جوان": 6, "يوليو": 7, "يوليه": 7, "جويليه": 7, "اغسطس": 8, "اوت": 8, "سبتمبر": 9, "اكتوبر": 10,
    "نوفمبر": 11, "ديسمبر": 12, "جانفي": 1, "فيفري": 2,
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7, "اب": 8,
    "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
}

HIJRI_MONTHS: dict[str, int] = {
    "محرم": 1, "صفر": 2, "ربيع الاول": 3, "ربيع الثاني": 4, "ربيع الاخر": 4, "جمادى الاولى": 5,
    "جمادي الاولى": 5, "جمادى الاولي": 5, "جمادي الاولي": 5, "جمادى الاخره": 6, "جمادي الاخره": 6,
    "جمادى الثانيه": 6, "جمادي الثانيه": 6, "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10,
    "ذو القعده": 11, "ذي القعده": 11, "ذو الحجه": 12, "ذي الحجه": 12,
}

# Python weekday numbers (Monday = 0).
WEEKDAYS: dict[str, int] = {
    "الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4, "السبت": 5, "الاحد": 6,
}

# Relative day words → days before the publication date.
RELATIVE: dict[str, int] = {
    "اليوم": 0, "امس": 1, "الامس": 1, "البارحه": 1, "اول امس": 2, "اول من امس": 2, "الليله الماضيه": 1,
    "ليل امس": 1, "ليله امس": 1, "الليله": 0, "هذا الصباح": 0, "صباح اليوم": 0, "فجر اليوم": 0,
    "مساء اليوم": 0, "ظهر اليوم": 0, "ظهر امس": 1, "مساء امس": 1, "صباح امس": 1, "فجر امس": 1,
    "عصر اليوم": 0, "عصر امس": 1, "قبل يومين": 2, "الليله قبل الماضيه": 2,
}

# "أمس الأول": the word after "yesterday" that makes it the day before (folded).
YESTERDAY = "امس"
DAY_BEFORE = "الاول"

# "قبل ثلاثة أيام"، "قبل أسبوع": a time counted back from publication (folded). The word for "ago",
# the units with the days each counts (hours: the same day), the vague counts ("قبل بضعة أيام")
# and the days a bare plural stands for ("قبل أيام"). "قبل أسبوع من الذكرى" (a week before the
# anniversary) counts back from something else: the word after the unit says so.
AGO = "قبل"
# "قبل نحو ثلاثة أسابيع"، "قبل حوالي عشرة أيام": a hedge between "ago" and its count (folded)
AGO_HEDGES = frozenset({"نحو", "حوالي", "قرابه", "زهاء", "ما يقارب", "ما يقرب من", "اكثر من"})
# "مدينة العاشر من رمضان": a town named for a day of a Hijri month, no date (folded)
HIJRI_DAY_NAMED = frozenset({"مدينه", "بمدينه", "ومدينه", "حرب", "وحرب"})
AGO_UNITS: dict[str, int] = {
    "ساعات": 0, "ساعه": 0, "ساعتين": 0, "ايام": 1, "يوما": 1, "اسبوع": 7, "اسبوعين": 14, "اسابيع": 7,
    # months and years ago ("قبل ثلاثة أشهر"، "قبل عامين"): history, dated so far back that the
    # event told with it is background, not news
    "شهر": 30, "شهرين": 60, "اشهر": 30, "شهور": 30, "عام": 365, "عامين": 730, "اعوام": 365, "سنه": 365,
    "سنتين": 730, "سنوات": 365,
}
AGO_VAGUE = frozenset({"بضعه", "عده"})
# a plural with no count: a few of them
AGO_PLURALS = frozenset({"ايام", "اسابيع", "اشهر", "شهور", "اعوام", "سنوات"})
# a singular or dual takes no count
AGO_COUNTLESS = frozenset({"اسبوع", "اسبوعين", "شهر", "شهرين", "عام", "عامين", "سنه", "سنتين"})
AGO_PLURAL_DAYS = 3
AGO_FROM = "من"

# Vaguer spans → (days before publication, precision).
SPANS: dict[str, tuple[int, int]] = {
    "الاسبوع الماضي": (7, 2), "الايام الماضيه": (0, 2), "الايام القليله الماضيه": (0, 2), "الساعات الماضيه": (0, 1),
    "الساعات الاخيره": (0, 1), "الشهر الماضي": (30, 3), "مطلع الاسبوع": (3, 2), "نهايه الاسبوع": (2, 2),
    "الساعات ال24 الماضيه": (0, 1), "الـ24 ساعه الماضيه": (0, 1), "24 ساعه": (0, 1),
    # "مطلع الشهر الحالي": a time told by its month alone (background by the codebook's rulings)
    "الشهر الحالي": (0, 3), "الشهر الجاري": (0, 3), "هذا الشهر": (0, 3),
}


# Ordinal day numbers: "في الرابع من يوليو", "الحادي والعشرين من آذار".
_UNIT_ORDINALS = ["الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"]
ORDINAL_DAYS: dict[str, int] = {word: n for n, word in enumerate(_UNIT_ORDINALS, start=1)}
ORDINAL_DAYS.update({"العاشر": 10, "العشرين": 20, "الثلاثين": 30, "الحادي عشر": 11, "الحادي والعشرين": 21,
                     "الحادي والثلاثين": 31})
for _n, _word in enumerate(_UNIT_ORDINALS[1:], start=2):
    ORDINAL_DAYS[f"{_word} عشر"] = 10 + _n
    ORDINAL_DAYS[f"{_word} والعشرين"] = 20 + _n


# Every form above is written as a reader would; matching uses folded forms.
MONTHS = fold_keys(MONTHS)
HIJRI_MONTHS = fold_keys(HIJRI_MONTHS)
WEEKDAYS = fold_keys(WEEKDAYS)
RELATIVE = fold_keys(RELATIVE)
SPANS = fold_keys(SPANS)
ORDINAL_DAYS = fold_keys(ORDINAL_DAYS)
