"""Words of attribution beyond the cue lists: whose a source is, and a source named again."""

from __future__ import annotations

from marsad.text import fold_set

# A bare source noun is named by what it belongs to: "مصدر في المقاومة الشعبية"، "مصادر في اليمن"
BELONGING_HEADS = fold_set({"مصدر", "مصادر", "مسؤول", "مسؤولون", "مسؤولين", "قيادي", "متحدث", "ضابط", "عضو"})
BELONGING_WORDS = 3  # words after في that name the body
# outlets named by a quoted name after their noun ("موقع «منظمة مجاهدي خلق»"، "صحيفة «الرياض»")
OUTLET_HEADS = fold_set({"موقع", "صحيفة", "قناة", "وكالة", "إذاعة", "تلفزيون", "جريدة", "مجلة", "شبكة"})
# "نشرت القناة العاشرة صورا"، "بث التلفزيون الرسمي": a verb of publishing names a speaker only when
# an outlet publishes ("نشر الجيش قواته" deploys them, "بث الرعب" spreads fear)
PUBLISHING_VERBS = fold_set({"نشر", "نشرت", "بث", "بثت"})
PUBLISHERS = OUTLET_HEADS | fold_set({"وسائل", "حساب", "حسابات", "مواقع", "صحف", "قنوات"})
# "المصدر ذاته"، "المصادر نفسها": the source named before, again
SAME_WORDS = fold_set({"ذاته", "ذاتها", "نفسه", "نفسها", "عينه", "عينها"})
QUOTES = "\"«»“”"
# endings of a relative adjective ("عراقية"، "أمني"): after one, an indefinite speaker's name has
# ended, and a definite word begins what was said ("أعلنت مصادر عراقية العثور على")
NISBA_ENDINGS = ("ي", "يه", "يون", "يين", "يان")
# words that link a speaker's noun to a definite body ("متحدث باسم الجيش")
NAME_LINKS = fold_set({"باسم", "بإسم", "من", "لدى"})
# complementizers: what was said begins; a body named after one is no speaker of that report
COMPLEMENTIZERS = fold_set({"أن", "إن", "بأن", "وأن", "وإن", "أنه", "إنه", "بأنه", "أنها", "إنها", "بأنها"})
# "نفس المصدر"، "ذات المصادر": the source named before, the word of sameness first
SAME_BEFORE = fold_set({"نفس", "ذات"})
# a possessive pronoun on a noun ("سيطرتها"، "تقدمهم"): cut off to find the noun
POSSESSIVE_SUFFIXES = ("هما", "هم", "ها", "ه")
# "بيان صادر عن وزارة الداخلية": issued by; the body after "عن" is part of the speaker's name
ISSUED_BY = fold_set({"صادر", "صادرة", "الصادر", "الصادرة"})
# "أكد أكثر من مصدر"، "قال عدد من السكان"، "بحسب ثلاثة مصادر أمنية"، "قال هذا المصدر": a quantity,
# a number or a demonstrative before the speaker's noun is not the speaker; the noun after it
# (and after "من") is
SPEAKER_QUANTIFIERS = fold_set({
    "اكثر", "أكثر", "عدد", "العديد", "للعديد", "بعض", "جميع", "كل", "غالبية", "معظم", "احد", "أحد", "إحدى", "احدى",
    "اثنان", "اثنين", "ثلاثة", "ثلاث", "أربعة", "أربع", "خمسة", "خمس", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة",
    "عشرات", "مئات", "آلاف", "هذا", "هذه", "ذلك", "تلك", "هؤلاء",
})
# What a verb of saying may take as its object rather than its subject ("نفت الأمر"، "أدان الحادث
# الإرهابي"، "وصف القتال بأنه شرس"): a matter, an incident, a claim; never who said it
SAID_THINGS = fold_set({
    "الأمر", "الامر", "الحادث", "الحادثة", "الحادثه", "الواقعة", "ذلك", "الاتهامات", "الاتهام", "المزاعم",
    "الادعاءات", "العملية", "العمل", "الفعل", "الجريمة", "حادثة", "حادث", "واقعة",
})
# ranks and honorifics written before a person's name: after a title and a comma they begin the
# name of the one who holds it ("قائد الشرطة الاتحادية، الفريق رائد شاكر جودت")
PERSON_TITLES = fold_set({
    "العميد", "العقيد", "المقدم", "الرائد", "النقيب", "الملازم", "اللواء", "الفريق", "المشير", "الجنرال",
    "الشيخ", "السيد", "السيدة", "الدكتور", "الدكتورة", "المهندس", "الأستاذ", "القاضي",
})
# a verse or a saying quoted ("قال الله تعالى"، "قال رسول الله"): scripture, no source of news
SCRIPTURE_SPEAKERS = fold_set({"الله", "رسول", "الرسول", "النبي"})
# "من جهة أخرى"، "على صعيد آخر"، "وفي سياق منفصل"، "وفي شأن آخر": a sentence that opens so tells
# another report; a source it names speaks for that one, not for the report before it
SHIFT_FRAMES = fold_set({"جهة", "جانب", "ناحية", "صعيد", "سياق", "شأن", "موضوع", "خبر"})
SHIFT_OTHER = fold_set({"أخرى", "آخر", "ثانية", "ثان", "منفصل", "منفصلة", "مختلف", "مختلفة"})
SHIFT_REACH = 6  # words from the start of the sentence where such an opening stands
