"""Number words, vague quantities and casualty words (data only, folded, without clitics)."""

from __future__ import annotations

from marsad.text import fold_keys, fold_set

UNITS: dict[str, int] = {
    "واحد": 1, "واحده": 1, "واحدا": 1, "احد": 1, "اثنان": 2, "اثنين": 2, "اثنتين": 2, "اثنتان": 2, "اثنا": 2, "اثني": 2,
    "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6, "سبع": 7, "سبعه": 7,
    "ثماني": 8, "ثمانيه": 8, "ثمان": 8, "تسع": 9, "تسعه": 9, "عشر": 10, "عشره": 10,
}
TENS: dict[str, int] = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40, "خمسون": 50,
    "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70, "ثمانون": 80, "ثمانين": 80,
    "تسعون": 90, "تسعين": 90,
}
HUNDREDS: dict[str, int] = {
    "مئه": 100, "مايه": 100, "مئتين": 200, "مئتان": 200, "مايتين": 200, "مايتان": 200, "ثلاثمئه": 300,
    "ثلاثمايه": 300, "اربعمئه": 400, "اربعمايه": 400, "خمسمئه": 500, "خمسمايه": 500, "ستمئه": 600,
    "ستمايه": 600, "سبعمئه": 700, "سبعمايه": 700, "ثمانمئه": 800, "ثمانمايه": 800, "تسعمئه": 900, "تسعمايه": 900,
    "الف": 1000, "الفين": 2000, "الفان": 2000, "الفي": 2000, "الفا": 2000, "مئتي": 200, "مئتا": 200, "مايتي": 200,
    "مايتا": 200,
}
# "ثلاثة آلاف"، "3 آلاف"، "عشرين ألفا": a number before the word of thousands multiplies it
THOUSANDS = frozenset({"الاف", "الف", "الفا"})
# Vague quantities (codebook section 4).
VAGUE: dict[str, int] = {
    "عشرات": 10, "العشرات": 10, "مئات": 100, "المئات": 100, "الاف": 1000, "الالاف": 1000, "عده": 3,
    "بضعه": 3, "بضع": 3, "العديد": 3, "عديد": 3,
}
# the words of a quantity left unsaid ("عدد من الرهائن"): between a verb and the people it takes
QUANTITY_LINKS = frozenset({"عدد", "من"})
# Singular and dual person nouns: a count of one or two without a number word.
ONE_PERSON = frozenset({
    "شخص", "جندي", "طفل", "طفله", "امراه", "سيده", "رجل", "مدني", "عنصر", "مقاتل", "شاب", "فتى", "فتاه",
    "ضابط", "شرطي", "مسلح", "قيادي", "صحفي", "صحافي", "مواطن", "مسعف", "طالب", "مزارع", "راعي",
})
TWO_PEOPLE = frozenset({
    # only forms that cannot be plurals ("مدنيين", "مسلحين" are plural as often as dual)
    "شخصين", "جنديين", "طفلين", "امراتين", "رجلين", "عنصرين", "شابين", "ضابطين",
    # nominative duals after a killed/injured word, mined by scripts/mine_lexicon.py, reviewed
    "شخصان", "جنديان", "فلسطينيان", "إسرائيليان", "شرطيان", "طفلان", "امرأتان", "مدنيان", "شابان", "عنصران",
    # duals in construct with their owner ("امرأة وطفلاها"، "رجل وابناه"): never plurals
    "طفلاها", "طفلاه", "ابناها", "ابناه", "نجلاها", "نجلاه", "ولداها", "ولداه", "شقيقاها", "شقيقاه", "ابنتاها",
    "ابنتاه",
})
# singular person nouns after a killed/injured word, mined by scripts/mine_lexicon.py, reviewed
ONE_PERSON |= frozenset({"فلسطيني", "عسكري"})
# people named by their office or trade ("مقتل زعيم التنظيم"، "إصابة سائق"): one person each
ONE_PERSON |= frozenset({
    "زعيم", "قائد", "أمير", "مسؤول", "ناشط", "ناشطة", "طبيب", "معلم", "سائق", "لاجئ", "مهاجر", "حارس",
    "موظف", "قاض", "محام", "إمام", "مصور", "مراسل", "كاتب", "تاجر", "عامل",
    # one of a crowd ("قتل متظاهر برصاص الأمن"، "أصيب محتج")
    "متظاهر", "متظاهره", "محتج", "محتجه",
})
# and two of it
TWO_PEOPLE |= frozenset({"متظاهران", "محتجان"})
# The nominative dual of a nisba noun ends in -يان ("حوثيان"، "سوريان"، "عراقيان"): after a killed
# or injured word it counts two people. Nouns that end so and are no duals:
DUAL_NISBA_END = "يان"
NOT_DUALS = fold_set({
    "بيان", "كيان", "عصيان", "طغيان", "احيان", "الاحيان", "بنيان", "نسيان", "سريان", "عيان", "هذيان",
    "غليان", "جريان", "طيران", "اذربيجان", "تبيان", "اتيان", "عريان", "شريان", "ريان", "سفيان", "سليان", "كريان",
})

KILLED = frozenset({
    "مقتل", "قتل", "قتلى", "قتيل", "قتيلا", "قتيلان", "قتيلين", "قتلوا", "قتلت", "يقتل", "لقي", "لقوا", "لقيت",
    "مصرع", "مصرعهم", "مصرعه", "مصرعها", "مصرعهما", "استشهد", "استشهاد", "استشهدوا", "شهيد", "شهداء", "شهيدا",
    "حتفهم", "حتفه", "حتفها", "وفاه", "الوفيات", "وفيات", "ضحايا", "ضحيه", "جثث", "جثه", "قضى", "قضوا", "اعدام",
    # an assassination kills the one it names ("اغتيال قيادي"، "اغتال مسلحون مجهولون صحفيا")
    "اغتيال", "اغتال", "اغتالت", "اغتالوا",
})
INJURED = frozenset({
    "اصابه", "اصابات", "اصيب", "اصيبوا", "اصيبت", "جرح", "جرحى", "جريح", "جريحا", "جريحان", "مصاب", "مصابين",
    "مصابا", "بجروح", "جروح", "اصابتهم", "اصابتها", "اصابته", "الجرحى", "المصابين",
    # the active verbs, as KILLED has قتل، قتلت، قتلوا: "فقتل شخصين وأصاب سبعة آخرين"
    "اصاب", "اصابت", "اصابوا", "جرحت", "جرحوا",
})
# Qualifiers: "at least" keeps the number; "more than" / "about" keep it as the low figure.
AT_LEAST = frozenset({"الاقل", "اقل"})


# Every form above is written as a reader would; matching uses folded forms.
UNITS = fold_keys(UNITS)
TENS = fold_keys(TENS)
HUNDREDS = fold_keys(HUNDREDS)
VAGUE = fold_keys(VAGUE)
# Nouns that are a toll by themselves, with their role and number ("سقط قتيلان"، "وأصيب جريح").
VICTIM_NOUNS = {
    "قتيل": ("killed", 1), "قتيلا": ("killed", 1), "شهيد": ("killed", 1), "شهيدا": ("killed", 1),
    "قتيلان": ("killed", 2), "قتيلين": ("killed", 2), "شهيدان": ("killed", 2), "شهيدين": ("killed", 2),
    "جريح": ("injured", 1), "جريحا": ("injured", 1), "جريحان": ("injured", 2), "جريحين": ("injured", 2),
    "مصابان": ("injured", 2),
    # feminine forms mined by scripts/mine_lexicon.py, reviewed
    "قتيلة": ("killed", 1), "شهيدة": ("killed", 1), "جريحة": ("injured", 1),
}
ONE_PERSON = fold_set(ONE_PERSON)
TWO_PEOPLE = fold_set(TWO_PEOPLE)
VICTIM_NOUNS = fold_keys(VICTIM_NOUNS)
KILLED = fold_set(KILLED)
INJURED = fold_set(INJURED)
AT_LEAST = fold_set(AT_LEAST)


# --- Cumulative tolls and the periods they cover (pipeline.attach).

# "أكثر من 1401 بينهم 276 طفلا": the figure a breakdown follows is the whole it breaks down
PART_OF = fold_set({"بينهم", "منهم", "بينها", "منها", "بينهن", "منهن"})
CUMULATIVE = fold_set({"المتواصله", "متواصله", "المستمره", "حصيله", "الحصيله", "الطرفين", "اجمالي", "الاجمالي", "مجمل"})
DURING = fold_set({"خلال", "خلاله", "خلالها", "منذ", "طيله", "طوال"})
DURING_PRONOUN = fold_set({"خلاله", "خلالها"})
# weeks and longer: a toll "over the past days" is still the news of those days
PERIODS = fold_set({
    "اسبوع", "الاسبوع", "اسبوعين", "الاسبوعين", "اسابيع", "شهر", "الشهر", "اشهر", "الاشهر", "شهرين",
    "سنوات", "عام", "العام", "سنه", "السنه", "اعوام",
    # "ليرتفع عدد القتلى منذ بدء الحملة إلى 3000": since a campaign or a war began
    "بدء", "بداية", "انطلاق", "اندلاع",
})


# --- Counted nouns, units that count no people, hedges, verbs of a toll (pipeline.numbers).

# the victim nouns of KILLED and INJURED above and of VICTIM_NOUNS, in a drifting copy of its own
COUNT_NOUNS = fold_set({
    "قتلى", "قتيل", "قتيلا", "قتيلان", "قتيلين", "شهداء", "شهيد", "شهيدا", "جرحى", "جريح", "جريحا", "مصابين",
    "مصابا", "ضحايا", "ضحيه", "جثث", "جثه", "الشهداء", "القتلى", "الجرحى",
})
# the bodies of the people a figure right after counts ("جثث أربعة أشخاص"، "انتشال جثث 12 قتيلا"):
# in construct with the figure, the noun counts the dead from before it
BODIES_OF = fold_set({"جثث", "الجثث", "جثامين", "رفات"})
UNITS_NOT_PEOPLE = fold_set({
    "عاما", "عام", "اعوام", "سنه", "سنوات", "سنين", "عمر", "كيلومتر", "كيلومترات", "كلم", "كم", "متر", "امتار",
    "ساعه", "ساعات", "يوم", "ايام", "يوما", "دقيقه", "دقايق", "شهر", "اشهر", "شهرا", "اسبوع", "اسابيع", "طن",
    "اطنان", "دولار", "دولارا", "مليون", "مليار", "بالمئه", "بالمايه", "درجه", "قذيفه", "قذايف", "صاروخ",
    "صواريخ", "غاره", "غارات", "برميل", "براميل", "سياره", "سيارات", "منزل", "منازل", "اسره", "اسر", "عائله",
    "عايله", "عايلات", "مبنى", "مباني", "قريه", "قرى", "بلدات", "مواقع", "نقاط", "حاجز", "حواجز",
})
RANGE_WORDS = fold_set({"الى", "و", "او", "حتى"})
HEDGE = fold_set({"ما", "لا", "يقل", "عن", "اكثر", "من", "نحو", "حوالي", "قرابه", "زهاء", "يزيد", "يناهز", "اقل"})
SINGULAR_VERBS = fold_set({"قتل", "لقي", "استشهد", "اصيب", "جرح", "قضى"})
ONE_PERSON_ACC = fold_set({"شخصا", "جنديا", "طفلا", "مدنيا", "عنصرا", "مقاتلا", "شابا", "ضابطا", "شرطيا", "مسلحا", "رجلا"})
# Every singular person noun has its accusative, a final alif ("قتل مسلحون مجهولون صحفيا"، "اغتالوا
# قياديا"), but the feminines in ة and the nouns whose accusative is irregular
IRREGULAR_ACC = fold_keys({"فتى": "فتى", "قاض": "قاضيا", "محام": "محاميا"})
ONE_PERSON_ACC |= fold_set(IRREGULAR_ACC.get(w, w + "ا") for w in ONE_PERSON if not w.endswith("ه"))
# The people a transitive verb of killing or wounding takes as its object, after a long subject:
# "قتل مفجر انتحاري يشتبه بانتمائه إلى التنظيم 32 شخصا"، "أصاب القصف العنيف للمدينة 5 مدنيين"
OBJECT_PEOPLE = ONE_PERSON_ACC | fold_set({
    "اشخاص", "مدنيين", "جنود", "عناصر", "مسلحين", "اطفال", "نساء", "رجال", "مقاتلين", "شرطيين", "عسكريين",
    "افراد", "ضباط", "اخرين",
})
KILLING_VERBS = fold_set({"قتل", "قتلت", "قتلوا", "اغتال", "اغتالت", "اغتالوا", "اوقع", "اوقعت", "حصد", "حصدت",
                          "اعدم", "اعدمت", "اعدموا"})
WOUNDING_VERBS = fold_set({"اصاب", "اصابت", "اصابوا", "جرح", "جرحت",
                           # a stabbing wounds the people it names ("طعن رجل ثلاثة أشخاص")
                           "طعن", "طعنت", "طعنوا"})
OBJECT_REACH = 12  # words from the verb to its object's number
# words that may stand between a killed word and the person: "قتل خلالها قيادي", "قتل فيها جندي"
BETWEEN = fold_set({"خلالها", "خلاله", "فيها", "فيه", "جراءها", "اثرها", "اثره", "بها", "به", "ايضا"})
# plural verbs that may follow their number at some distance: "21 على الأقل من المقاتلين الموالين للحكومة قتلوا"
PLURAL_KILLED = fold_set({"قتلوا", "لقوا", "قضوا", "استشهدوا", "قتلو", "قتلا", "لقيا", "استشهدا"})  # plural and dual
PLURAL_VERBS = PLURAL_KILLED | fold_set({"اصيبوا", "جرحوا", "اصيبو", "اصيبا", "جرحا"})
OTHERS = fold_set({"اخرين", "اخرون", "اخريات", "اخرى"})
# one person's death without a number: "لقي مصرعه", "لقيت حتفها", "اغتيل الوزير"
ONE_DEATH = fold_set({"مصرعه", "مصرعها", "حتفه", "حتفها", "اغتيل", "اغتيلت", "استشهد", "استشهدت"})
# Dual verbs: after a noun in -ين (dual or plural in form) they say it is two people
# ("فلسطينيين قتلا"، "جنديين أصيبا").
DUAL_KILLED = fold_set({"قتلا", "استشهدا", "لقيا", "قضيا"})
DUAL_INJURED = fold_set({"اصيبا", "جرحا"})
# "أودى بحياته"، "أودت بحياتهما": the verb that takes a life, then whose (one or two people)
TOOK_LIFE = fold_set({"اودى", "اودت", "يودي", "تودي", "واودى", "واودت", "لتودي", "ليودي"})
LIVES = fold_keys({"بحياته": 1, "بحياتها": 1, "بحياتهما": 2})
# "أودى بحياة 27 شخصا": the lives taken are then counted by the number after "بحياة"
LIVES_OF = fold_set({"بحياة", "بأرواح"})
# "سقطوا قتلى"، "سقط جرحى": a verb of falling, then the victim noun says what befell the people
# counted before it ("العشرات من المسلحين سقطوا قتلى")
FELL = fold_set({"سقط", "سقطوا", "سقطت", "يسقط", "وسقط", "وسقطوا", "فسقط", "فسقطوا"})
# "X قتل في ضربة جوية", "قتلت جراء القصف": a singular passive verb before how it happened
PASSIVE_KILLED = fold_set({"قتل", "قتلت"})
SOME = fold_set({"عدد", "العديد", "كثيرون", "العشرات", "المئات"})
HOW = fold_set({"في", "جراء", "اثر", "خلال", "بنيران", "برصاص", "بقصف", "بغاره", "بانفجار", "بضربه"})

# A toll that "rose to" a figure: a revision of an earlier one, not a second report.
RISE_WORDS = fold_set({
    "ارتفع", "ارتفعت", "يرتفع", "ترتفع", "ارتفاع", "وارتفع", "وارتفعت", "لترتفع", "ليرتفع", "فارتفع", "فارتفعت",
})
RISE_REACH = 16  # words between the rise word and the figure ("ارتفع عدد قتلى انفجار السيارة المفخخة في X إلى")
# A figure joined to the figure before it adds to it ("استشهاد عشرة من رجال الأمن وثلاثة عاملين"،
# "عشرة من منسوبي القوات إضافة إلى ثلاثة من العاملين"): the word pairs that join, besides "و".
JOINED_BY = fold_set({"اضافه الي", "بالاضافه الي", "اضافه الى", "بالاضافه الى", "فضلا عن"})
JOIN_REACH = 8  # words from the figure before to the joined one


# --- No one hurt: "دون وقوع إصابات"، "لم تسفر عن أي خسائر بشرية"، "ولم ترد أنباء عن إصابات": the
# text says the toll is none (codebook: fatalities 0, not unknown) (pipeline.unharmed).

NO_HARM_NEGATIONS = fold_set({"دون", "بدون", "ودون", "لم", "ولم"})
# "without" may take the harm itself: "انتهى الهجوم دون إصابات"
NO_HARM_WITHOUT = fold_set({"دون", "بدون", "ودون"})
# what the negation governs: a verb of causing or a noun of happening ("لم يسفر"، "دون وقوع")
NO_HARM_VERBS = fold_set({
    "تسفر", "يسفر", "تؤد", "يؤد", "تؤدي", "يؤدي", "توقع", "يوقع", "تنتج", "ينتج", "تقع", "يقع", "تخلف", "يخلف",
    "وقوع", "سقوط", "حدوث", "تسجيل", "تسجل", "يسجل", "ترد", "يرد", "انباء",
})
NO_HARM_THAT = fold_set({"ان"})  # "من دون أن تسفر"
NO_HARM_REACH = 4  # words from the verb to the harm ("لم تنتج عن العملية إصابات"، "ترد أنباء بحدوث إصابات")
# the harm denied, and whether it is deaths only or any harm (no one hurt: no one killed either)
NO_HARM_NOUNS: dict[str, str] = fold_keys({
    "إصابات": "any", "اصابات": "any", "إصابة": "any", "جرحى": "any", "ضحايا": "any", "خسائر بشرية": "any",
    "قتلى": "killed", "خسائر في الأرواح": "killed", "وفيات": "killed",
})

# A person or victim noun right after the head of a place's or unit's name is part of the name,
# no toll: "حي شهيد"، "ميدان الشهيد"، "شارع المجاهد"، "كتيبة شهيد" (pipeline.numbers).
NAME_HEADS = fold_set({
    "حي", "شارع", "ساحة", "ميدان", "دوار", "جسر", "مقبرة", "مستشفى", "مسجد", "جامع", "مدرسة", "مخيم", "قرية",
    "بلدة", "مدينة", "منطقة", "مطار", "مدرج", "نصب", "لواء", "كتيبة", "كتائب", "سرايا", "مؤسسة", "جمعية",
})
