"""Cue words (data only, folded forms without clitics)."""

from __future__ import annotations

from marsad.lang.ar.dates import WEEKDAYS
from marsad.taxonomy import Status
from marsad.text import fold_keys, fold_set

# Place cue word → kind of place it announces.
PLACE_CUES: dict[str, str] = {
    "مدينه": "city", "المدينه": "city", "بلده": "town", "البلده": "town", "قريه": "village", "القريه": "village",
    "قري": "village", "القري": "village", "بلدات": "town", "مدن": "city", "مدنا": "city",
    "حي": "neighbourhood", "الحي": "neighbourhood", "احياء": "neighbourhood", "حارة": "neighbourhood",
    "محافظه": "governorate", "المحافظه": "governorate", "ولايه": "governorate", "ولايات": "governorate",
    "منطقه": "district", "المنطقه": "district", "ناحيه": "subdistrict", "الناحيه": "subdistrict",
    "قضاء": "district", "مديريه": "district", "المديريه": "district", "مركز": "district", "لواء": "district",
    "مخيم": "camp", "المخيم": "camp", "معبر": "crossing", "المعبر": "crossing", "قاعده": "base",
    "القاعده": "base", "مطار": "airport", "المطار": "airport", "جبل": "mountain", "الجبل": "mountain",
    "جبال": "mountain", "سهل": "region", "وادي": "region", "باديه": "region", "سد": "dam", "حقل": "oilfield",
    "سجن": "prison", "تله": "site", "تل": "site", "ميناء": "site", "مرفا": "site",
    "معسكر": "base", "ثكنه": "base", "شارع": "neighbourhood", "ساحه": "neighbourhood", "سوق": "site",
    "اقليم": "governorate", "جرود": "region", "ضاحيه": "neighbourhood", "مرتفعات": "region", "عاصمه": "city",
    "العاصمه": "city", "مستوطنه": "village", "محور": "district", "محاور": "district", "جبهه": "region",
    "منطقتي": "district", "مناطق": "district", "مديريتي": "district", "محافظتي": "governorate", "ناحيتي": "subdistrict",
    # landforms and sites whose name follows them ("نقيل العرقوب"، "عقبة ثرة"، "مفرق الوازعية")
    "نقيل": "mountain", "عقبه": "mountain", "مفرق": "site", "مثلث": "site", "منفذ": "crossing", "حصن": "site",
    "حصون": "site", "حوض": "region",
    # an island is land, a region whatever kind its namesakes have ("جزيرة جولو" is no city of Uganda)
    "جزيره": "region",
    # a municipality, a province or county, a Tunisian delegation ("بلدية فارامين"، "مقاطعة كورام"،
    # "معتمدية قبلي")
    "بلديه": "town", "البلديه": "town", "مقاطعه": "district", "المقاطعه": "district", "معتمديه": "district",
    "محافظات": "governorate",
    "حيي": "neighbourhood", "مخيمي": "camp", "معسكري": "base", "قاعدتي": "base", "مطاري": "airport", "بوابه": "site", "بوابة": "site", "بلدتي": "town", "قريتي": "village", "مدينتي": "city",
}

# Words that make the following place a coarser location (coded to that place, precision 2).
NEAR_CUES = frozenset({
    "ريف", "قرب", "بالقرب", "محيط", "اطراف", "ضواحي", "مشارف", "تخوم", "جوار", "اطار", "شمال", "جنوب", "شرق",
    "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "شمال شرق", "شمال غرب", "جنوب شرق", "جنوب غرب", "بمحاذاه", "قرابه",
    "غربا", "شرقا", "شمالا", "جنوبا", "مداخل", "جرود",
})

# Locative prepositions and words before a place name.
LOCATIVES = frozenset({
    "في", "على", "الى", "من", "قرب", "نحو", "باتجاه", "داخل", "عند", "حول", "بين", "محيط", "اطراف", "ضواحي",
    "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "ريف", "مشارف", "وسط", "تجاه", "جوار",
})

# raw spellings that fold onto a cue word but are another word: "وأدى القصف" (the verb "led to"),
# folded like "وادي" (a valley)
CUE_HOMOGRAPHS = frozenset({"أدى", "وأدى", "فأدى"})

# "العاصمة تونس"، "مدينة الكويت": right before a country's name, the city that bears it (not
# "مدن اليمن", the country's cities; not "عاصمة اليمن", its capital of another name)
COUNTRY_CITY_CUES = frozenset({"العاصمة", "مدينة"})
# "بتونس العاصمة": the same word after the name
COUNTRY_CITY_AFTER = frozenset({"العاصمة"})
# "في العاصمة الصومالية": the capital, named by its country's adjective alone (folded)
CAPITAL_NOUNS = fold_set({"العاصمة"})

DIRECTIONS = frozenset({"شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط"})
# the side of a country each direction word names ("شمالي العراق"، "جنوب غربي سوريا"، "وسط مالي")
DIRECTION_SIDES = {
    "شمال": "north", "شمالي": "north", "جنوب": "south", "جنوبي": "south", "شرق": "east", "شرقي": "east",
    "غرب": "west", "غربي": "west", "وسط": "centre",
}

# Status (modality) cues → status; checked in a window before the trigger.
STATUS_CUES: dict[str, str] = {
    "نفي": "denied", "نفت": "denied", "ينفي": "denied", "تنفي": "denied", "نفى": "denied", "كذب": "denied",
    "كذبت": "denied", "ينفى": "denied", "نافيا": "denied", "نافية": "denied", "نافين": "denied",
    "يخطط": "planned", "تخطط": "planned", "يعتزم": "planned", "تعتزم": "planned", "تستعد": "planned",
    "يستعد": "planned", "استعدت": "planned", "استعد": "planned", "تحضيرا": "planned", "تمهيدا": "planned",
    "استعدادا": "planned", "مخططا": "planned", "تنوي": "planned",
    "ينوي": "planned", "وشيك": "planned", "مرتقب": "planned", "مرتقبه": "planned", "سيشن": "planned",
    "ستشن": "planned", "حشد": "planned", "تحشد": "planned", "يحشد": "planned",
    "سعى": "planned", "يسعى": "planned", "تسعى": "planned", "سعت": "planned", "بهدف": "planned",
    # a purpose is an act intended ("صواريخ كانت تهدف لقصف مواقع الجيش"، "بغية اقتحام المدينة")
    "يهدف": "planned", "تهدف": "planned", "الهادفه": "planned", "الهادف": "planned", "بغيه": "planned",
    "بغرض": "planned", "لغرض": "planned",
    # going to take part, arranging ("متقدمون صوب المدينة للمشاركة في تحريرها"، "الترتيبات الأخيرة لمعركة")
    "للمشاركه": "planned", "ترتيبات": "planned", "الترتيبات": "planned",
    "تمكين": "planned", "لتمكين": "planned", "يريد": "planned", "تريد": "planned", "محاوله": "planned",
    "تحاول": "planned", "يحاول": "planned", "حاولت": "planned", "حاول": "planned",
    "طالب": "planned", "طالبت": "planned", "يطالب": "planned", "تطالب": "planned", "مطالبه": "planned",
    "طالبوا": "planned", "دعا": "planned", "دعت": "planned", "يدعو": "planned", "تدعو": "planned",
    "دعوا": "planned", "دعوه": "planned", "ناشد": "planned", "ناشدت": "planned", "مهله": "planned",
    "المهله": "planned", "انذار": "planned", "اقترح": "planned", "اقترحت": "planned", "يقترح": "planned",
    "تقترح": "planned", "اقتراح": "planned", "مقترح": "planned", "عرض": "planned", "عرضت": "planned",
    "عزم": "planned", "عزمها": "planned", "عزمه": "planned", "عزمهما": "planned", "عزمهم": "planned",
    "اعتزام": "planned", "نيتها": "planned", "نيته": "planned", "نيه": "planned", "خطط": "planned",
    "نوايا": "planned", "نواياها": "planned", "نواياه": "planned", "نواياهم": "planned", "بنيه": "planned",
    "خطه": "planned", "خططا": "planned", "مستعده": "planned", "مستعد": "planned",
    # the future passive and preparing ("سيتم تبادل الأسرى"، "وسط استعداد القوات لإطلاق معركة")
    "سيتم": "planned", "ستتم": "planned", "سيجري": "planned", "ستجري": "planned", "استعداد": "planned",
    "الاستعداد": "planned", "استعدادات": "planned", "الاستعدادات": "planned",
    # planning and preparing as nouns ("بتهمة التخطيط لتنفيذ هجوم"، "الإعداد لتفجير"، "للتحضير لهجوم")
    "التخطيط": "planned", "بالتخطيط": "planned", "تخطيط": "planned", "الاعداد": "planned", "بالاعداد": "planned",
    "التحضير": "planned", "بالتحضير": "planned", "للتحضير": "planned", "تحضير": "planned",
    "هدد": "threatened", "هددت": "threatened", "يهدد": "threatened", "تهدد": "threatened", "توعد": "threatened",
    "توعدت": "threatened", "يتوعد": "threatened",
    "منع": "prevented", "منعت": "prevented", "لمنع": "prevented", "احبط": "prevented", "احبطت": "prevented", "احباط": "prevented",
    "تمنع": "prevented", "يمنع": "prevented",
    "اذا": "hypothetical", "لو": "hypothetical", "ربما": "hypothetical", "قد": "hypothetical",
    "محتمل": "hypothetical", "احتمال": "hypothetical", "يحتمل": "hypothetical",
    "الممكن": "hypothetical", "يمكن": "hypothetical", "بامكان": "hypothetical", "يمكنها": "hypothetical",
    "يمكنه": "hypothetical",
    # what is expected has not happened ("وتوقعت المصادر أن يلتحم الجيش")
    "توقع": "hypothetical", "توقعت": "hypothetical", "يتوقع": "hypothetical", "تتوقع": "hypothetical",
    "متوقع": "hypothetical", "المتوقع": "hypothetical", "توقعات": "hypothetical",
}
# "قد" followed by a past verb means "has" (occurred); only قد + present verb is hypothetical.

# Verbs of failing: the act named after them with في or من ("فشلت قوات النظام في اقتحام المدينة"،
# "أخفق فيها الحوثيون من السيطرة على عدن") was tried and did not take place; not an act named
# otherwise after them ("بعد فشل المفاوضات اندلعت اشتباكات")
FAILED_VERBS = fold_set({"فشل", "فشلت", "فشلوا", "تفشل", "يفشل", "اخفق", "اخفقت", "اخفقوا", "يخفق", "تخفق"})
FAILED_OBJECT_PREPS = fold_set({"في", "من"})
FAILED_REACH = 6  # words from the verb of failing to the act it governs

# Prepositions that make the event word after them the object of the event word before them
# ("محاولة للسيطرة على الاحتجاجات"، "حملة ضد المظاهرات"): a status cue of the first is not the second's.
OBJECT_LINKS = frozenset({"علي", "ضد"})

# Attribution verbs and prepositions that introduce a source.
ATTRIBUTION = frozenset({
    "قال", "قالت", "افاد", "افادت", "ذكر", "ذكرت", "اشار", "اشارت", "اكد", "اكدت", "اعلن", "اعلنت", "نقل",
    "نقلت", "بحسب", "حسب", "وفق", "وفقا", "نقلا", "طبقا", "اوضح", "اوضحت", "اضاف", "اضافت", "اورد", "اوردت",
    "صرح", "صرحت", "يقول", "تقول", "وثق", "وثقت", "رصد", "رصدت", "بث", "بثت", "نشر", "نشرت",
    "ابلغ", "ابلغت", "تحدث", "تحدثت", "اعترف", "اعترفت", "زعم", "زعمت", "يفيد", "تفيد", "تشير", "يشير",
})

# Verbs of saying after which the sentence names who speaks, not who acted (pipeline.roles). A
# drifting copy of ATTRIBUTION above: it lacks most prepositions and has اعتبر، وصف of its own.
SAYING = fold_set({
    "اعلن", "اعلنت", "قال", "قالت", "اكد", "اكدت", "ذكر", "ذكرت", "افاد", "افادت", "اوضح", "اوضحت", "صرح",
    "صرحت", "اشار", "اشارت", "نقل", "نقلت", "اضاف", "اضافت", "اعتبر", "اعتبرت", "وصف", "وصفت",
})

# The words of a state's title before its name ("مملكة البحرين"، "دولة الكويت"، "جمهورية مصر")
STATE_TITLES = fold_set({"مملكة", "المملكة", "دولة", "جمهورية", "سلطنة", "إمارة", "حكومة"})

# Words after which the one the report is attributed to is named ("قال قائد الشرطة إن"، "بحسب
# مصادر محلية"، "نقلاً عن مسؤول"); the words in brackets that may stand between are skipped.
ATTRIBUTION_HEADS = frozenset({
    "قال", "قالت", "أفاد", "أفادت", "ذكر", "ذكرت", "أشار", "أشارت", "أكد", "أكدت", "أعلن", "أعلنت", "أوضح",
    "أوضحت", "صرح", "صرحت", "أضاف", "أضافت", "بحسب", "حسب", "وفق", "وفقاً", "نقلاً", "طبقاً", "اتهم", "اتهمت",
    "نفى", "نفت", "أبلغ", "أبلغت", "روى", "روت",
    # who condemns or describes an attack tells of it ("أدانت الأمانة العامة التفجير الذي استهدف")
    "أدان", "أدانت", "دان", "دانت", "استنكر", "استنكرت", "ندد", "نددت", "شجب", "شجبت", "وصف", "وصفت",
    # reported, revealed, spoke of, claimed, admitted, documented; and the present tense of saying
    # ("تفيد مصادر"، "يقول ناشطون"). Not نقل، نشر، بث، رصد: also carrying, deploying, watching.
    "أورد", "أوردت", "كشف", "كشفت", "تحدث", "تحدثت", "زعم", "زعمت", "ادعى", "ادعت", "اعترف", "اعترفت",
    "وثق", "وثقت", "أفصح", "أفصحت", "لفت", "لفتت", "أردف", "أردفت",
    "يقول", "تقول", "يفيد", "تفيد", "يؤكد", "تؤكد", "يذكر", "تذكر", "يشير", "تشير", "يضيف", "تضيف",
})
# "بحسب الشرطة"، "وفقاً للسلطات"، "نقلاً عن الحكومة": who the report is according to
ACCORDING_TO = fold_set({"بحسب", "حسب", "وفق", "وفقا", "طبقا", "نقلا"})
# "بحسب تعبير أحد المواطنين"، "على حد قول": the words, not yet who said them
ATTRIBUTION_LINKS = frozenset({"عن", "ل", "لـ", "ما", "ما أفاد به", "لما", "تعبير", "قول", "رواية"})
# "وفق ما أفادت به الشرطة"، "حسب ما صرحت به الوزارة": the saying verb's pronoun before its subject
SAID_IT = fold_set({"به", "بها"})
# Words that end the name of the one a report is attributed to: what they said begins, or the
# sentence moves on to time, place or addressee.
ATTRIBUTION_STOPS = frozenset({
    "إن", "أن", "بأن", "إنه", "أنه", "بأنه", "إنها", "أنها", "بأنها", "إنهم", "أنهم", "في", "أمس", "اليوم", "يوم",
    "مساء", "صباح", "الليلة", "لـ", "ل", "لوكالة", "لصحيفة", "لقناة", "لموقع", "خلال", "على", "عن", "إلى", "الى",
    "الذي", "التي", "مع", "ضد", "بعد", "قبل", "حول", "أمام", "عبر", "بيانا", "بياناً", "تصريحات", "تصريح",
    "فإن", "وإن", "قوله", "قولها", "له", "لها", "لهم", "إنّ", "أنّ", "بشدة", "وبشدة",
    # "وبحسب المصدر فإنه"، "فقد قتل"، "وأعلن رئيس الوزراء أيضا أن": what was said begins
    "فإنه", "فإنها", "فانه", "فانها", "فقد", "أيضا", "أيضاً", "ايضا",
    # what an outlet published ("نشرت القناة العاشرة صورا"، "بثت وسائل الإعلام مقطعا")
    "صورا", "صوراً", "صورة", "مقطعا", "مقطعاً", "مقطع", "فيديو", "تسجيلا", "تسجيلاً", "شريطا", "لقطات", "مشاهد",
})
# Words that alone refer back to a speaker named before ("وأضاف المصدر"): no new source.
SPEAKER_ANAPHORS = frozenset({
    "المصدر", "المصادر", "الوكالة", "الصحيفة", "الموقع", "البيان", "التقرير", "المعلومات", "المسؤول",
    "المتحدث", "القناة", "المراسل", "الشاهد", "الناشط", "المكتب", "المركز",
})
# What may begin such a name besides a definite noun: people and bodies that speak.
SPEAKER_NOUNS = frozenset({
    "مصدر", "مصادر", "مسؤول", "مسؤولون", "مسؤولين", "مراسل", "مراسلنا", "شهود", "شاهد", "سكان", "ناشطون",
    "ناشطين", "ناشط", "وكالة", "موقع", "صحيفة", "قناة", "وزارة", "متحدث", "قائد", "رئيس", "وزير", "مدير",
    "محافظ", "مكتب", "مركز", "هيئة", "منظمة", "مجلس", "لجنة", "قوات", "جيش", "شرطة", "مستشفى", "طبيب",
    "أطباء", "عضو", "نائب", "زعيم", "قيادي", "ضابط", "بيان", "تقرير", "وسائل", "مواقع", "حساب", "حسابات",
    "عميد", "رئيسة", "مديرة", "متحدثة", "وزيرة", "محافظة", "ناطق", "ناطقة", "مستشار", "سفير", "مندوب",
    # people and bodies named by a plural or a vague noun ("أفاد مواطنون"، "ذكرت جهات أمنية"، "أعلنت
    # أطراف فلسطينية"، "قال أهالي"، "ذكرت أوساط سياسية")
    "مواطنون", "مواطنين", "جهات", "جهة", "أطراف", "طرف", "أهالي", "أوساط", "دوائر",
})
ATTRIBUTION_MAX_WORDS = 8

# "تقدم" that is no advance: with ب it submits something ("تقدم بمبادرة، بطلب، بشكوى"); before
# a crowd it leads it ("تقدم الجموع، المشيعين").
LED_CROWDS = frozenset({
    "الجموع", "المشيعين", "المشيعون", "الحضور", "المصلين", "صفوف", "الصفوف", "الموكب", "المسيرة", "المعزين",
    "قائمة", "القائمة", "الترتيب",
})
# and what was submitted, named before by a pronoun ("الشكوى التي تقدمت بها سائحة"، "طلب تقدم به")
SUBMITTED_PRONOUNS = frozenset({"بها", "به", "بهم", "بهما", "بهن"})

# A country whose name is also an ordinary word (مالي "financial", بنين "sons") is listed in
# qualified forms only ("دولة مالي"، "جمهورية بنين"); right after a locative (LOCATIVES), or
# with the proclitic ب ("بمالي"), the bare word names the country ("هجمات في مالي"، "شرقي مالي")
BARE_NAME_TITLES = frozenset({"دولة", "جمهورية"})


# Sentence openers that mark background, analysis or totals rather than a new event.
BACKGROUND = frozenset({
    "منذ", "خلال", "عام", "سنوات", "سنه", "اشهر", "العام", "الماضيه", "تاريخ", "حصيله", "اجمالي", "مجموع",
})


# Every form above is written as a reader would; matching uses folded forms.
PLACE_CUES = fold_keys(PLACE_CUES)
NEAR_CUES = fold_set(NEAR_CUES)
COUNTRY_CITY_CUES = fold_set(COUNTRY_CITY_CUES)
COUNTRY_CITY_AFTER = fold_set(COUNTRY_CITY_AFTER)
LOCATIVES = fold_set(LOCATIVES)
BARE_NAME_TITLES = fold_set(BARE_NAME_TITLES)
DIRECTIONS = fold_set(DIRECTIONS)
DIRECTION_SIDES = fold_keys(DIRECTION_SIDES)
STATUS_CUES = {cue: Status(status) for cue, status in fold_keys(STATUS_CUES).items()}
# status nouns that govern the one word after them ("إحباط محاولة تفجير سيارة مفخخة واعتقال
# سائقها": the bombing was attempted and foiled; the arrest, joined after it, took place)
CONSTRUCT_CUES = fold_set({"محاولة", "احباط", "إحباط", "منع"})
ATTRIBUTION = fold_set(ATTRIBUTION)
ATTRIBUTION_HEADS = fold_set(ATTRIBUTION_HEADS)
ATTRIBUTION_LINKS = fold_set(ATTRIBUTION_LINKS)
# a day of the week ends the speaker's name ("قالت السلطات الألمانية الأحد إن")
ATTRIBUTION_STOPS = fold_set(ATTRIBUTION_STOPS) | fold_set(WEEKDAYS) | fold_set({"فجر", "ظهر", "ليل", "مساء"})
SPEAKER_NOUNS = fold_set(SPEAKER_NOUNS)
LED_CROWDS = fold_set(LED_CROWDS)
SPEAKER_ANAPHORS = fold_set(SPEAKER_ANAPHORS)
BACKGROUND = fold_set(BACKGROUND)


# --- Conditions and purposes before a trigger (pipeline.triggers).

CONDITIONALS = fold_set({"اذا", "واذا", "فاذا", "لو", "ولو", "لولا", "ولولا"})
# "في حال/حالة وقوع هجوم" (in case of): after في, a condition (before "دون": prevented)
IN_CASE = fold_set({"حال", "حالة"})
# A warning of an act ("حذر ترامب الأسد من شن هجوم"، "حذر من قيام القوات بارتكاب مجزرة"): the act
# after its "من" is feared, not reported (hypothetical)
WARNINGS = fold_set({
    "حذر", "حذرت", "حذروا", "يحذر", "تحذر", "يحذرون", "محذرا", "محذرة", "محذرين", "تحذير", "تحذيرا",
})
# "سوف" before a verb: the future ("الهجوم سوف يستهدف" has not happened)
FUTURE_PARTICLES = fold_set({"سوف", "وسوف"})
# "معركة تحرير المدينة ستبدأ خلال أسابيع"، "الإضرابات التي ستكون": a verb of beginning or being
# in the future, right after the event word, says it has not happened (verbs of going on,
# ستستمر، ستتواصل, are left out: what goes on has begun)
FUTURE_VERBS = fold_set({
    "ستبدأ", "سيبدأ", "ستنطلق", "سينطلق", "ستندلع", "ستكون", "سيكون", "ستنفذ", "سينفذ", "ستجري", "سيجري",
    "ستقام", "سيقام", "ستنظم", "سينظم", "ستعقد", "سيعقد", "ستشن", "سيشن",
})
PURPOSE_VERBS = fold_set({"لشن", "لتنفيذ", "لاطلاق", "لمواصله", "لبدء", "لاستئناف", "لمهاجمه"})
# "أمر زعيم الميليشيا باعتقال مشرفين"، "أمرت المحكمة بهدم المنازل": an order given, the act not yet done
# (the verb right before the event word, which takes it with ب)
ORDERED = fold_set({"أمر", "أمرت", "وأمر", "وأمرت", "يأمر", "تأمر", "أمروا", "امر", "امرت", "وامر", "وامرت"})
ORDER_REACH = 5  # words from the verb of ordering back from the event word (its subject and a day between)
# "أكدت قرب سيطرتها على المدينة"، "على وشك اقتحام": an act that is near, not yet done
IMMINENT = fold_set({"قرب", "بقرب", "اقتراب", "باقتراب", "وشك"})
# "سيقاتل الجيش إلى حين استعادة المدينة"، "لحين تحرير": an act awaited until, not yet done ("حين"
# alone is "when": "حين استهدفت عناصر القاعدة المقر" tells what happened)
UNTIL = fold_set({"لحين"})
UNTIL_PAIRS = frozenset({("الي", "حين")})  # folded "إلى حين"
# "لا صحة لما تتداوله وسائل الإعلام عن اتفاق"، "ولا صحة للأنباء عن قصف": "no truth in" denies what
# follows (the pair only: "وزارة الصحة" is the ministry of health)
NO_TRUTH_PAIRS = frozenset({("لا", "صحه"), ("ولا", "صحه")})  # folded (ة is ه)
# "قبل تقدم متوقع صوب المدينة"، "وسط مظاهرات مزمعة"، "الهجوم المرتقب": an adjective of expectation
# right after the event word: it is still to come
EXPECTED = fold_set({
    "متوقع", "متوقعة", "المتوقع", "المتوقعة", "مرتقب", "مرتقبة", "المرتقب", "المرتقبة", "مزمع", "مزمعة",
    "المزمع", "المزمعة", "وشيك", "وشيكة", "الوشيك", "الوشيكة", "محتمل", "محتملة", "المحتمل", "المحتملة",
    "مقرر", "مقررة", "المقرر", "المقررة", "منتظر", "منتظرة", "المنتظر", "المنتظرة",
    # "أنباء عن اقتحام الفلوجة قريباً": soon, still to come
    "قريبا", "قريباً", "قريبًا",
})
EXPECTED_REACH = 2  # words after the event word ("مظاهرات حاشدة مزمعة")
# "لتتمكن المقاومة من التقدم", "ليتمكن الجيش من اقتحام": a purpose clause a few words before
PURPOSE_CLAUSES = fold_set({
    "لتتمكن", "ليتمكن", "لتتمكنوا", "ليتمكنوا", "لتستطيع", "ليستطيع", "لتبدا", "ليبدا", "لتواصل", "ليواصل",
    "لتستكمل", "ليستكمل", "لتتمكنا", "ليتسنى", "ليتاح", "لكي",
})
# "تعرضت لهجوم", "عرضة للقصف": the lam of what was undergone, not of a purpose
UNDERGO = ("تعرض", "يتعرض", "عرضه", "نتيجه", "اثر", "جراء", "تصدي", "يتصدى", "تتصدى", "تصدت", "تصدى")
# marks that end a clause: a place across one belongs to another phrase ("قرية، واستحدثوا")
CLAUSE_MARKS = "،,؛;:.!?؟"


# Cue words of a mountain, a valley or a street ("جبل القاهرة"، "شارع بغداد"): a capital's name after
# one names the landmark, not the capital's country (not "أحياء دمشق"، "ضاحية بيروت": parts of it)
LANDMARK_CUES = fold_set({"جبل", "الجبل", "جبال", "مرتفعات", "نقيل", "عقبة", "وادي", "شارع", "ساحة", "سهل"})
# "ود مدني عاصمة ولاية الجزيرة": what a capital is the capital of is a place, whatever group's name
# it shares ("ولاية الجزيرة" is also a "province" of the Islamic State)
CAPITAL_OF = fold_set({"عاصمة", "وعاصمة"})
