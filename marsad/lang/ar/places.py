"""Place words: parents and links between places, anaphors, heads of compound names, words that are no names (data only, folded)."""

from __future__ import annotations

from marsad.text import fold, fold_set

# --- Links between a place and its parent, anaphors, distances, bodies named after places (pipeline.place_links).

PARENT_LINKS = frozenset({
    "في", "ب", "العاصمه", "بالعاصمه", "بريف", "ريف", "شرق", "غرب", "شمال", "جنوب", "شرقي", "غربي", "شمالي", "جنوبي", "قرب", "بمحافظه",
    "محافظه", "التابعه", "التابع", "التابعتين", "التابعين", "الواقعتين", "لمحافظه", "بمدينه", "مدينه", "وسط", "بالقرب", "من", "الواقعه", "الواقع",
    "بين", "ضمن", "منطقه", "بمنطقه", "ناحيه", "قضاء", "مديريه", "بمديريه", "بشمال", "بجنوب",
    "بشرق", "بغرب", "شمالا", "جنوبا", "شرقا", "غربا", "كم", "كلم", "كيلومتر", "كيلومترات",
    "ولايه", "بولايه", "لولايه", "مقاطعه", "بمقاطعه", "اقليم", "باقليم",
    # "قرى X وY القريبة من مدينة Z": a place the list lies near
    "القريبه", "القريب", "القريبتين", "القريبين",
})
ANAPHORS = fold_set({
    "البلدة", "المدينة", "القرية", "المخيم", "البلدتين", "القريتين", "المدينتين", "المسجد", "المطار", "المعسكر",
    "السجن",
})
# "قرى X وY القريبة من المدينة", "منطقة X وسط المدينة": "المدينة" stands for no place its text
# calls a village, a district or a site, "القرية" for none it calls a city (the cue kinds of
# pipeline.places)
ANAPHOR_MISFITS: dict[str, frozenset[str]] = {
    fold("المدينة"): frozenset({"village", "district", "subdistrict", "camp", "base", "airport", "site", "mountain",
                                "region", "crossing", "dam", "oilfield", "prison"}),
    fold("القرية"): frozenset({"city"}),
}
# site anaphors ("اقتحمت المسجد" after "المسجد الأقصى"): only a place named with the same head word
SITE_ANAPHORS = fold_set({"المخيم", "المسجد", "المطار", "المعسكر", "السجن"})
DUAL_ANAPHORS = fold_set({"البلدتين", "القريتين", "المدينتين"})
# "في المنطقة نفسها": a word too general to point back alone does so before "itself"
SAME_ANAPHORS = fold_set({"المنطقة", "المنطقه"})
# "في تلك المناطق"، "هذه القرى"، "المواقع نفسها": a plural place word after a demonstrative (or
# before "itself") points back to the places last named together as a list, every one of them
PLURAL_ANAPHORS = fold_set({"المناطق", "البلدات", "القرى", "المدن", "الأحياء", "المواقع", "المديريات", "المحافظات"})
PLURAL_DEMONSTRATIVES = fold_set({"هذه", "تلك", "هاتين", "هاتان"})
# how many sentences back the list may stand (0: the anaphor's own sentence)
PLURAL_ANAPHOR_SENTENCES = 1
# every word that may point back to a place named before ("البلدة"، "تلك المناطق")
ALL_ANAPHORS = ANAPHORS | PLURAL_ANAPHORS
SAME_WORDS = fold_set({"نفسها", "ذاتها", "عينها"})
# "حي X في مدينة Y", "X بمدينة Y", "X داخل مدينة Y": words that put a place inside a town (not beside it)
# (the town's own cue word, "مدينة"/"بلدة", stands between them too)
INSIDE_LINKS = fold_set({"في", "ب", "داخل", "وسط", "بوسط", "مدينة", "بمدينة", "بلدة", "ببلدة"})
# "قرية الإمام التي يسيطر عليها تنظيم داعش في ريف حلب": a clause that tells who holds a place
# stands between it and the place it lies in: its opening words, and the words of the holder
# after them at most
CONTROL_CLAUSE_OPENINGS = frozenset({
    tuple(fold(w) for w in words) for words in (
        ("التي", "يسيطر", "عليها"), ("التي", "تسيطر", "عليها"), ("التي", "سيطر", "عليها"), ("التي", "سيطرت", "عليها"),
        ("الذي", "يسيطر", "عليه"), ("الذي", "تسيطر", "عليه"), ("الذي", "سيطر", "عليه"), ("الذي", "سيطرت", "عليه"),
        ("الخاضعة", "لسيطرة"), ("الخاضع", "لسيطرة"), ("الواقعة", "تحت", "سيطرة"), ("الواقع", "تحت", "سيطرة"),
    )
})
CONTROL_HOLDER_WORDS = 4
# the word a governorate's name may carry in its key ("محافظه تعز")
GOVERNORATE_HEADS = fold_set({"محافظة", "المحافظة", "ولاية", "منطقة", "اقليم"})
# of those, the words that name nothing but a first-level unit ("منطقة" also names a quarter or a village)
UNIT_ONLY_HEADS = fold_set({"محافظة", "المحافظة", "ولاية", "اقليم"})
# "وفي محافظة تعز، ...": the words that open a sentence on the governorate its news comes from
FRAME_WORDS = fold_set({"في", "وفي"})
# "أما مدينة حلب وريفها، فلم تكن خارج دوامة العنف": the topic a sentence opens on (as for X, ...)
TOPIC_WORDS = fold_set({"أما", "اما", "وأما", "واما"})
GOVERNORATE_WORDS = fold_set({"المحافظة", "بالمحافظة", "الولاية", "بالولاية"})
DISTANCE_UNITS = fold_set({"كم", "كلم", "كيلومتر", "كيلومترا", "كيلومترات", "ميل", "اميال", "مترا", "متر"})
# "انسحاب واشنطن"، "تهديد موسكو"، "لأن طهران تجاوزت": a capital right after a word of what states
# do, or after a conjunction that opens a clause, is the state (its government), not a place
STATE_ACTS = fold_set({
    "انسحاب", "تهديد", "تهديدات", "قرار", "موقف", "إعلان", "اتهام", "اتهامات", "دعم", "رفض", "طلب", "تحذير",
    "تحذيرات", "سياسة", "مطالبة", "مساعي", "ضغوط", "عقوبات", "اعتراف", "إدانة", "ترحيب", "تأكيد", "نفي",
    "وانسحاب", "وتهديد", "وقرار", "وموقف", "وإعلان", "ودعم", "ورفض",
    # waging, with the capital its subject ("الغارات التي شنتها تل أبيب"، "شنت واشنطن ضربات")
    "شن", "شنت", "شنها", "شنتها", "يشن", "تشن", "وشنت", "وشن",
})
STATE_CLAUSE_OPENERS = fold_set({"أن", "إن", "لأن", "بأن", "كون", "ولأن", "وأن", "وإن"})
BODY_NOUNS = fold_set({
    "لجنه", "اللجنه", "تنسيقيه", "التنسيقيه", "مجلس", "المجلس", "مكتب", "المكتب", "فرع", "غرفه", "مرصد",
    "شبكه", "رابطه", "اتحاد", "هيئه", "الهيئه", "تجمع", "التنسيقيات", "مديريه", "ناشطو", "ناشطي",
})


# --- Outlets, sites, routes, parents, plural cues, compound names and what is never a name (pipeline.places).

OUTLET_NOUNS = fold_set({
    "وكالة", "وكاله", "صحيفة", "قناة", "موقع", "اذاعة", "تلفزيون", "جريدة", "مجلة", "شبكة", "لوكالة", "لصحيفة",
    "لقناة", "بوكالة", "بصحيفة", "وكالات", "انباء", "أنباء",
})
SITE_HEADS = fold_set({
    "مسجد", "جامع", "كنيسه", "مطار", "قاعده", "معسكر", "سجن", "مستشفى", "ميناء", "معبر", "سد", "حقل", "مصفاه",
    "جبل", "جبال",
})
# "قطع الهدنة مع أنقرة": a place after "مع" (with) is a party, not where the event happened
# (but "الحدود مع غزة", the border with a place, lies at that place)
COUNTERPART_WORDS = fold_set({"مع", "ومع"})
BORDER_WORDS = fold_set({"الحدود", "حدود", "الحدودي", "الحدودية", "الشريط"})
BORDER_NOUNS = fold_set({"الحدود", "حدود"})  # the border itself ("الحدود اليمنية"), not a border town
# "أربعة سياح من كوريا الجنوبية"، "مقاتلين من الشيشان": people named with the country they come from;
# the country is their origin, not where the article's events are (pipeline.hints)
ORIGIN_PEOPLE = fold_set({
    "سياح", "سياحا", "سائح", "سائحا", "سائحين", "السياح", "مواطن", "مواطنا", "مواطنين", "مواطنون", "المواطنين",
    "رعايا", "مسافرين", "ركاب", "حجاج", "الحجاج", "زوار", "لاجئين", "لاجئا", "اللاجئين", "مهاجرين", "مهاجرا",
    "المهاجرين", "عمال", "عاملا", "عاملين", "العمال", "طلاب", "طلبه", "اشخاص", "شخصا", "شخصين", "افراد",
    "مقاتلين", "مقاتلا", "المقاتلين", "مسلحين", "جهاديين", "الجهاديين", "متطوعين", "اسرى", "رهائن", "معتقلين",
    "صحفيين", "صحفيا", "ناشطين", "اطباء", "جنود", "جنديا", "دبلوماسيين",
})
ROUTE_WORDS = fold_set({"عبر", "طريق", "خط", "الطريق", "الخط", "اوتوستراد", "الاوتوستراد"})
# "من محافظة مأرب، إلى الشرق من صنعاء": "إلى" before a side says where a place lies, no journey's end
SIDE_NOUNS = fold_set({"الشرق", "الغرب", "الشمال", "الجنوب"})  # one word each: a token is compared
# words of a journey, and the words after which a place is where it goes ("قبل رحلة مقررة لبلدة
# كوباني"، "متوجهين إلى دمشق"): the destination, not where something happened
JOURNEY_WORDS = fold_set({
    "رحلة", "الرحلة", "رحلتهم", "رحلته", "متوجهين", "متوجها", "متوجهة", "متجهين", "متجها", "متجهة",
    "طريقهم", "طريقه", "طريقها", "عودتهم", "عودته",
})
TOWARD_WORDS = fold_set({"إلى", "الى", "نحو", "باتجاه", "صوب"})
# words before a parent place, as the place finder reads them: a drifting copy of PARENT_LINKS above
# (folded, with the ب forms of the cue words, fewer prepositions)
PARENT_HEADS = fold_set({
    "بمحافظة", "بريف", "ريف", "شرق", "غرب", "شمال", "جنوب", "شرقي", "غربي", "شمالي", "جنوبي", "قرب", "بالقرب",
    "بمنطقة", "بمديرية", "بقضاء", "بناحية", "التابعة", "التابع", "الواقعة", "الواقع", "بولاية",
    # "حي X بمدينة Y": the town a quarter lies in
    "بمدينة", "بمقاطعة", "بإقليم",
})
PLURAL_CUES = fold_set({"قرى", "بلدات", "مدن", "مدنا", "احياء", "محاور", "مناطق", "مخيمات", "قريتي", "بلدتي", "مدينتي"})
# the plural of quarters of a town: the places it names lie within the town
QUARTER_PLURALS = fold_set({"احياء", "حارات", "ضواحي"})
# the dual of a place word names exactly two places, the second after و whatever its shape
# ("منطقتي X وكتف Y"، "قريتي X وبيت Y": a name of two words, its second definite)
DUAL_CUES = fold_set({
    "قريتي", "بلدتي", "مدينتي", "منطقتي", "حيي", "مديريتي", "محافظتي", "ناحيتي", "مخيمي", "جبهتي",
    "قريتا", "بلدتا", "مدينتا", "منطقتا", "مديريتا", "محافظتا",
})
# words that open the list of a plural place word, a few words after it: "في عدة مناطق بمحافظة
# لحج من بينها X وY"، "قرى عدة منها X"، "مدن كبرى مثل X وY": the names listed are its places
LIST_OPENERS = fold_set({"بينها", "منها", "أبرزها", "اهمها", "أهمها", "مثل", "ومنها", "وابرزها", "وأبرزها"})
LIST_OPENER_REACH = 5  # words from the plural place word to the opener
# first words of compound place names ("تل X", "عين X", "كفر X")
COMPOUND_HEADS = fold_set({
    "تل", "عين", "كفر", "بيت", "دير", "جسر", "باب", "سوق", "ابو", "ام", "بئر", "راس", "خربة", "خربه", "جبل", "وادي",
    "قصر", "بني", "سيدي", "البو", "حي", "نهر", "حوش", "تلول", "بوابة", "بوابه", "مفرق", "دوار", "شارع",
    "نقيل", "عقبه", "مثلث", "منفذ", "حصن", "حصون", "حوض", "ذي", "ذو",
})
# words that end a list of places ("في مدريد وبرشلونة وفالينثيا منذ صدور الحكم"): words of time, never
# a preposition, which a verb takes as well ("دوما وأدى إلى مقتل")
LIST_ENDS = fold_set({"منذ", "يوم", "امس", "اليوم", "خلال", "مساء", "صباح", "عقب"})
# after a list item named by a cue word ("أحياء X وY في مدينة Z"), the locatives that open its parent
LIST_PARENT_OPENERS = fold_set({"في", "داخل", "وسط", "بمدينة", "ببلدة", "بمحافظة", "بريف", "قرب", "بالقرب"})
# pronouns a noun may end with ("غربها", "داخلهم"): such a word is no place name
PRONOUN_SUFFIXES = ("هما", "ها", "هم")
# first words of foreign compound names ("سان بطرسبرغ", "لوس أنجلوس"), ordinary words alone
FOREIGN_HEADS = fold_set({"سان", "سانت", "سانتا", "سانتو", "لوس", "لاس", "نيو", "ريو", "بورت", "فورت"})
NAME_TAILS = fold_set({
    "الشرقيه", "الغربيه", "الشماليه", "الجنوبيه", "الشرقي", "الغربي", "الشمالي", "الجنوبي", "الكبرى", "الصغرى",
    "الكبير", "الصغير", "الجديده", "القديمه", "الفوقاني", "التحتاني", "العليا", "السفلى",
})
WEAK_NAMING_CUES = fold_set({"مركز", "لواء", "محور", "محاور", "شارع", "ساحه", "قضاء"})
NOT_NAME_WORDS = fold_set({
    "تسمى", "يسمى", "تدعى", "يدعى", "تعرف", "يعرف", "معروف", "معروفه", "يبدو", "تبدو", "يسيطر", "تسيطر", "ينشط",
    "تنشط", "تمركز", "يتمركز", "تقع", "يقع", "اخر", "اخرى", "ثانيه", "واسعه", "النزاع", "الصراع", "صراع", "دول",
    "عصر", "الحدود", "المواجهات", "الاشتباكات", "العمليات", "المعارك", "الاشتباك", "التماس", "نفوذ", "سيطره",
    "شرطه", "الشرطه", "امن", "الامن", "المار", "الجزاء", "قرن", "المسووليه", "مسووليه", "العلم", "قناه", "اسيا",
    "الجانب", "جانب", "اوروبا", "افريقيا", "الشرق", "الغرب", "هادئه", "امنه", "امامي",
    # how many or which ("قرى عدة في مديرية نهم", "بلدات أخرى"): a count, not a name
    "عده", "عديده", "كثيره", "اخري", "متفرقه", "مختلفه", "مجاوره", "قريبه", "بعيده", "كبيره", "صغيره", "جديده",
    "محيطه", "كامله", "بكاملها", "باكملها", "باسرها",
    # the kind of a zone ("منطقة عدم التصعيد"، "منطقة خفض التصعيد"، "منطقة حظر الطيران"، "منطقة
    # منزوعة السلاح"، "منطقة عازلة"): a zone an agreement draws, not a place's name
    "عدم", "خفض", "حظر", "منزوعه", "عازله", "محظوره", "فض", "تخفيف", "تهدئه",
    # the scene of what was told ("منطقة الحادث"، "موقع الانفجار"): the event itself, not a name
    "الحادث", "الحادثه", "الحوادث", "الجريمه", "الانفجار", "التفجير", "الاعتداء", "الحريق", "المجزره", "الكارثه",
})
# what a place is like or who holds it ("قرية تحت سيطرة التنظيم"، "مدينة ذات أغلبية كردية"): a
# preposition or "having" right after the cue word, never a name, though villages bear these words
CUE_NOT_NAMES = fold_set({"تحت", "ذات", "فوق", "ضمن", "دون"})
NOT_NAME_WORDS |= CUE_NOT_NAMES
# a conjunction and the future prefix before an imperfect verb ("منطقة فسيتم الرد"): a verb, never a name
FUTURE_VERB_STARTS = ("فسي", "فست", "فسن", "وسي", "وست", "وسن")
# a word of four letters or more with an attached pronoun ("تطهير المدينة وتمشيطها"، "قصفت سفينة
# ببنغازي وأغرقتها"، "مناطق وجودها") is a verb or a noun with its owner, never a name the gazetteer
# lacks (of 431,000 names in the gazetteer, 40 end so, foreign names such as نوتنغهم، all listed)
OWNED_WORD_MIN = 4  # letters before the pronoun
PLURAL_NOUN_MIN = 6  # letters of a definite plural in ات read as an ordinary noun ("العمليات")
FRONTS = fold_set({"جبهه", "جبهات", "محور", "محاور"})
# "محاور محيطة بمدينة", "جبهة الميمنة": words that describe a front rather than name it
FRONT_NOT_NAMES = fold_set({"محيطه", "المحيطه", "الميمنه", "الميسره", "الداخليه", "الخارجيه"}) | frozenset(NAME_TAILS)
# buildings and spots an event happens at: "في سوق مكتظ في ضحيان"، "داخل مسجد في قرية": the name after
# "في" a few words after one locates the building, a village as much as a city
VENUES = fold_set({
    "سوق", "مسجد", "جامع", "كنيسه", "مستشفى", "مستوصف", "مدرسه", "جامعه", "فندق", "مطعم", "مقهى", "حافله",
    "حافلات", "سياره", "منزل", "منازل", "بيت", "مبنى", "مقر", "حاجز", "نقطه", "سجن", "معسكر", "مخفر", "مركز",
    "ملعب", "مزرعه", "محطه", "مصنع", "حفل", "عرس", "تجمع", "مخيم",
})
VENUE_REACH = 4  # words from the building to the "في" before the name
VENUE_LOCATIVES = fold_set({"في", "وفي"})  # the preposition before the name
ADMIN_PARENTS = fold_set({"بمحافظة", "بمديرية", "بريف", "بقضاء", "بناحية", "بولاية", "بمقاطعة", "بإقليم"})
# the same after "في" ("في لافايت في ولاية لويزيانا")
ADMIN_PARENTS_AFTER_IN = fold_set({"محافظة", "مديرية", "قضاء", "ناحية", "ولاية", "مقاطعة", "إقليم"})

# Given names that are no words of anything else: the word after one is the father's name of a
# person ("الصحفي محمد سالم"), not a place of the gazetteer, as is the word after "بن" or "عبد" there.
GIVEN_NAMES = fold_set({
    "محمد", "أحمد", "محمود", "مصطفى", "خالد", "عبدالله", "إبراهيم", "يوسف", "عمر", "حسين", "عثمان",
    "سليمان", "طارق", "ياسر", "فهد", "إسماعيل", "مروان", "وليد", "هشام", "رامي", "سامي", "عادل", "نبيل", "ماجد",
})
NAME_LINKS = fold_set({"بن", "ابن", "عبد", "ابو", "أبو"})

# The seat of a body is where it sits, not where anything happened: the place after "ومقره"
# ("المرصد السوري، ومقره بريطانيا"، "ومقرها في لندن") or between "يتخذ من" and "مقرا" ("الذي يتخذ
# من لندن مقرا له").
SEAT_BEFORE = fold_set({"مقره", "ومقره", "مقرها", "ومقرها", "مقرهم", "ومقرهم", "مقرّه", "ومقرّه"})
SEAT_AFTER = fold_set({"مقرا", "مقراً", "مقرًا"})
SEAT_FROM = fold_set({"من"})  # "يتخذ من X مقرا"
SEAT_IN = fold_set({"في", "ب"})  # "ومقره في لندن"
SEAT_REACH = 3  # words of the place between "من" and "مقرا"

# A capital or a country named as a side's patron or as its government stands for the state, not
# for a place: "مقاتلين موالين لطهران"، "قوات موالية لنظام دمشق"، "الميليشيات المدعومة من إيران".
PATRON_WORDS = fold_set({
    "موال", "موالي", "الموالي", "مواليا", "مواليًا", "مواليان", "موالية", "الموالية", "موالين", "الموالين",
    "موالون", "الموالون", "ومواليا", "والموالية", "والموالين", "المؤيدة", "المؤيدين", "المحسوبة", "المحسوبين",
})
PATRON_FROM_WORDS = fold_set({
    "المدعوم", "المدعومة", "المدعومين", "المدعومون", "مدعومة", "مدعومين", "مدعوما", "مدعومًا", "المقربة",
    "المقربين", "المقرب", "المقربون",
})
PATRON_FROM = fold_set({"من"})
PATRON_ON = fold_set({"على"})  # "المحسوبة على طهران"
REGIME_HEADS = fold_set({"نظام", "لنظام", "ونظام", "بنظام", "حكومة", "لحكومة", "وحكومة", "بحكومة"})

# verbs of coming closer: the place after "من" is what the side came closer to, a reference
# point, not where the event was ("سيطرت على مناطق في المحافظة، الأمر الذي يقربها أكثر من العاصمة")
APPROACH_VERBS = fold_set({
    "يقرب", "تقرب", "يقربها", "يقربهم", "يقربه", "تقربها", "تقربهم", "يقترب", "تقترب", "اقترب", "اقتربت",
    "اقتربوا", "يقتربون", "مقتربه", "مقتربين", "مقتربا", "تقريب",
})
APPROACH_REACH = 3  # words from the verb to "من" ("يقرب المقاومة أكثر من")
# "مقاتلات أقلعت من قاعدة في ديار بكر وقصفت"، "طائرات انطلقت من قاعدة حميميم": the place after "من"
# that a verb of taking off or setting out governs is where the attackers came from, never the event's
DEPARTURE_VERBS = fold_set({
    "أقلعت", "اقلعت", "أقلع", "اقلع", "أقلعوا", "اقلعوا", "تقلع", "يقلع", "انطلقت", "انطلق", "انطلقوا", "تنطلق",
    "ينطلق", "المنطلقة", "المنطلقه", "القادمة", "القادمه", "القادم", "قادمة", "قادمه", "قادما",
})
DEPARTURE_REACH = 7  # words from "من" to the place ("من قاعدة في ديار بكر بجنوب شرق تركيا")

# words of one street or square: the name after one ("شارع أسيوط"، "ميدان حلب"، "ساحة بغداد") is
# the street's, named after a town elsewhere, when no quarter of that name is known; the street
# lies in the town the sentence names with it ("بشارع أسيوط في العريش")
STREET_WORDS = fold_set({"شارع", "ساحة", "ميدان", "جادة"})

# "مركز سعيد المسحال الثقافي"، "مركز الملك فهد الطبي": a centre named after a person, closed by the
# adjective of what it does, is an institution; the names between are no places (not "مركز ملوي"،
# a district). INSTITUTION_REACH: words from the head to the adjective.
INSTITUTION_HEADS = fold_set({"مركز", "ومركز", "بمركز", "لمركز"})
INSTITUTION_ADJECTIVES = fold_set({
    "الثقافي", "الطبي", "الصحي", "التجاري", "الإسلامي", "الرياضي", "الاجتماعي", "الإعلامي", "التعليمي",
    "الدولي", "الوطني", "الخيري", "الشبابي", "التدريبي", "الطبية", "الثقافية", "التجارية", "الإسلامية",
})
INSTITUTION_REACH = 4
