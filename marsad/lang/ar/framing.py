"""Framing cues: background, habit, negation, goals and completion, ceasefires, charges, agreements (data only, folded)."""

from __future__ import annotations

from marsad.text import fold, fold_keys, fold_set

# --- Sentence framing the event stage checks (pipeline.events).

SUPERLATIVES = fold_set({"الاعنف", "الاكبر", "الاسوا", "الاول", "الاكثر", "الاشد", "الادمى", "الاعلى"})
# "عملية تحرير الموصل", "معارك تحرير المدينة": the name of an operation, not an event.
OPERATION_NOUNS = fold_set({"عمليه", "معركه", "معارك", "حمله", "خطه", "هدف", "بهدف", "اجل", "مرحله", "جهود"})
# "the opposition controls X" is a state, not an event, unless it "became" so (بات، أصبح).
STATE_VERBS = frozenset({"يسيطر", "تسيطر", "يسيطرون", "تسيطران", "يسيطران", "وتسيطر", "ويسيطر"})
BECAME = frozenset({"بات", "باتت", "اصبح", "اصبحت", "صار", "صارت"})


# --- Whether a trigger reports a new event or a campaign, a goal, a habit, a charge (pipeline.framing).

PRONOUNS = ("هما", "هم", "ها", "ه")
SINGULAR_NOUNS = fold_set({"سيطرت", "تقدم", "هجوم", "عمليت", "حملت", "قصف"})
RELATIVE = fold_set({"التي", "الذي", "الذين"})
TARGETED = fold_set({"على", "ضد"})
EXPLAINED = fold_set({"جاء", "جاءت", "ياتي", "تاتي", "يعود", "تعود"})
AIM_VERBS = fold_set({"استهدف", "احتجز"})
TRAPPED_WORDS = fold_set({"مفخخه", "ملغومه"})
TRAPPED_THINGS = fold_set({
    "طرق", "الطرق", "طريق", "الطريق", "منازل", "المنازل", "منزل", "المنزل", "مباني", "المباني", "مبنى", "المبنى",
    "ابنيه", "الابنيه", "شوارع", "الشوارع", "حقول", "الحقول", "جثث", "الجثث", "مناطق", "المناطق",
})
PRESENCE = fold_set({"وجود", "بوجود", "انتشار", "زرع", "بزرع"})
# a mine or a bomb planted ("زرعت الميليشيات الألغام"، "الألغام التي زرعتها"): laid, not exploded
PLANTING = fold_set({
    "زرع", "زرعت", "زرعوا", "يزرع", "تزرع", "يزرعون", "زرعها", "زرعتها", "زرعوها", "زرعه", "زرعته", "زرعوه",
    "مزروعه", "المزروعه",
    # the verbal noun, after a preposition too ("قيام الميليشيات بزراعة ألغام"، "تلغيم الطرق")
    "زراعه", "بزراعه", "لزراعه", "بزرع", "لزرع", "تلغيم", "بتلغيم", "لتلغيم",
})
PLANTING_REACH = 4  # words between the weapon word and the verb that planted it, either side
# "تواصل التمشيط لتطهيره من الألغام"، "مناطق خالية من الألغام": a place cleared of mines (a word of
# clearing, then "من" right before the weapon word), not an explosion
CLEARING = fold_set({
    "تطهير", "لتطهير", "بتطهير", "وتطهير", "تطهيره", "تطهيرها", "لتطهيره", "لتطهيرها", "وتطهيرها", "تنظيف",
    "لتنظيف", "وتنظيف", "بتنظيف", "تنظيفه", "تنظيفها", "لتنظيفها", "خاليه", "خال", "خلو", "خلوها", "تمشيط",
    "لتمشيط", "وتمشيط",
})
CLEARING_REACH = 3  # words between the word of clearing and the "من" before the weapon word
# "يقومون بعمليات اختطاف", "عمليات الاغتيال": a practice; "عمليات قصف مدفعي" still reports shelling
OPERATIONS = fold_set({"عمليات", "بعمليات", "وعمليات", "لعمليات"})
HABITUAL = fold_set({"غالبا", "وغالبا", "عادة", "وعادة", "كثيرا", "وكثيرا", "احيانا", "واحيانا", "دائما", "ودائما",
                     # verbs of habit before the act they govern ("دأبوا على قصف الأحياء"، "اعتادت قصف")
                     "دأب", "دأبت", "دأبوا", "يدأب", "تدأب", "يدأبون", "اعتاد", "اعتادت", "اعتادوا", "يعتاد",
                     "تعتاد", "يعتادون",
                     # a body or a gang named by what it does ("عصابة مختصة بخطف الأطفال"): its trade, no act
                     "مختص", "مختصة", "المختص", "المختصة", "متخصص", "متخصصة", "المتخصص", "المتخصصة"})
# "يقصفها الحوثيون باستمرار": a verb in the present that goes on all the time is a habit
CONTINUALLY = tuple(tuple(fold(w) for w in phrase.split()) for phrase in (
    "باستمرار", "بشكل مستمر", "بصورة مستمرة", "بشكل متواصل", "بصورة متواصلة", "على الدوام",
))
# how often something happens, in the clause of an event word: a habit, not one event
# ("يطلقون نحو ثمانين قذيفة يوميا"، "يشن الطيران غارات بشكل شبه يومي")
FREQUENCY = tuple(tuple(fold(w) for w in phrase.split()) for phrase in (
    "يوميا", "يومياً", "أسبوعيا", "أسبوعياً", "كل يوم", "كل أسبوع", "كل ليلة", "بشكل يومي", "بشكل شبه يومي",
    "بصورة يومية", "بصورة شبه يومية", "بشكل متكرر", "بصورة متكررة",
))
# "التظاهرة الموسيقية"، "تظاهرة ثقافية": in Maghrebi usage تظاهرة is also a festival; an article
# that calls one so means the festival by every تظاهرة it names
EVENT_NOUNS = fold_set({"تظاهره", "التظاهره", "للتظاهره", "بالتظاهره", "والتظاهره", "لتظاهره", "وتظاهره", "بتظاهره", "تظاهرات", "التظاهرات"})
CULTURAL = fold_set({
    "ثقافيه", "الثقافيه", "فنيه", "الفنيه", "موسيقيه", "الموسيقيه", "سينمائيه", "السينمائيه", "رياضيه", "الرياضيه",
    "علميه", "العلميه", "ادبيه", "الادبيه", "مسرحيه", "المسرحيه", "سياحيه", "السياحيه", "تراثيه", "التراثيه",
    "فكريه", "الفكريه", "ترفيهيه", "الترفيهيه", "شعريه", "الشعريه", "اقتصاديه", "الاقتصاديه", "تجاريه",
    "التجاريه", "احتفاليه", "الاحتفاليه",
    # "تظاهرة صفاقس عاصمة للثقافة العربية"، "تظاهرة مهرجان": a festival named with culture
    "الثقافه", "للثقافه", "ثقافه", "مهرجان", "المهرجان",
    # "تشهد التظاهرة العديد من الفقرات"، "في دورتها الثالثة": a festival's programme and editions
    "فقرات", "الفقرات", "دورتها", "عروض", "العروض",
    # "التظاهرة الكروية": a football event ("أيام" is not one: "تظاهرة حاشدة قبل أيام")
    "الكرويه", "كرويه",
})
CULTURAL_REACH = 3  # words after "تظاهرة" where a word of culture makes it a festival
# A festival is opened, closed, attended and made a success of, and things happen on its sidelines
# ("افتتاح تظاهرة"، "على هامش التظاهرة"، "لحضور التظاهرة"، "إنجاح التظاهرة"); a protest is not. Folded.
FESTIVAL_HEADS = fold_set({
    "افتتاح", "اختتام", "هامش", "انجاح", "لانجاح", "حضور", "لحضور", "جمهور", "فعاليات",
})
# "الحرب على الإرهاب"، "معركة بلدنا مفتوحة مع الإرهاب"، "حملة ضد الفساد": a fight against an
# ill, not an event; the words that join a fight to its enemy, and the ills
ENEMY_LINKS = fold_set({"مع", "ضد", "على", "علي"})
ABSTRACT_ENEMIES = fold_set({
    "الارهاب", "ارهاب", "التطرف", "الفساد", "الفقر", "المخدرات", "الجريمه", "الجرائم", "الوباء", "الفيروس",
    "البطاله", "الغلاء", "التهريب", "الامراض", "الجهل", "الامية", "التضخم", "الشايعات", "الاشاعات",
})
ENEMY_REACH = 4  # words from the fight word to its enemy
# "وعام 2012 لقيت حتفها في قصف"، "في صيف 2012": a year before the article's names its time
YEAR_CUES = fold_set({
    "عام", "العام", "سنه", "السنه", "في", "صيف", "ربيع", "شتاء", "خريف", "مطلع", "اواخر", "اوائل", "نهايه",
    "بدايه", "منتصف", "خلال",
})
# "last year" counted from the article's day ("تفجير في لاهور العام الماضي"): a year before it
LAST_YEAR = frozenset((fold(a), fold(b)) for a, b in (
    ("العام", "الماضي"), ("العام", "المنصرم"), ("العام", "السابق"), ("السنة", "الماضية"), ("السنة", "المنصرمة"),
    ("السنة", "السابقة"), ("والعام", "الماضي"), ("والسنة", "الماضية"),
))
# "شهدت في الأشهر الأخيرة تظاهرات"، "خلال السنوات الماضية": what a town saw over months or years
# is its recent history, no event of one day
RECENT_SPAN_UNITS = fold_set({"الاشهر", "الشهور", "السنوات", "الاعوام", "السنين"})
RECENT_SPAN_ENDS = fold_set({"الاخيره", "الماضيه", "المنصرمه", "السابقه"})
RECENT_SPAN_HEADS = fold_set({"في", "خلال", "طيله", "طوال", "وفي", "وخلال", "وطيله", "وطوال"})
SINCE = fold_set({"منذ", "ومنذ", "منذا"})  # "المحاصرة منذ عام 2013": how long, not when
# "قبل 10 سنوات"، "قبل عامين"، "قبل أشهر": months or years before the article, history
AGO = fold_set({"قبل", "وقبل"})
LONG_AGO_UNITS = fold_set({
    "سنوات", "سنه", "سنين", "اعوام", "عاما", "عام", "عامين", "سنتين", "اشهر", "شهرا", "شهور", "شهرين", "عقود", "عقد",
    "عقدين",
})
DUAL_UNITS = fold_set({"عامين", "سنتين", "شهرين", "عقدين"})  # "منذ عامين": two years back
# "منذ نحو أربع سنوات"، "منذ عامين": since then, months or years back; but "أعنف قصف منذ
# سنوات" (the worst in years) is news: a superlative before "منذ" compares a new event with the past
SUPERLATIVES = fold_set({
    "اول", "الاول", "الاولى", "اعنف", "الاعنف", "اكبر", "الاكبر", "اسوا", "الاسوا", "اشد", "الاشد", "اخطر",
    "الاخطر", "اكثر", "الاكثر", "ادمى", "الادمى", "اعلى", "الاعلى", "اطول", "الاطول", "اوسع", "الاوسع",
})
TERRITORY_NOUNS = fold_set({"تحرير", "سيطره", "السيطره", "استعاده", "اقتحام", "استيلاء", "انتزاع", "طرد"})
COMPLETION = fold_set({
    "تمكن", "تمكنت", "تمكنوا", "نجح", "نجحت", "نجحوا", "اعلن", "اعلنت", "اكمل", "اكملت", "تم", "اسفر", "اسفرت",
    "عن", "اكد", "اكدت", "استكمال", "استكملت", "انهت", "انهى", "بعد",
})
ANNOUNCE = fold_set({"اعلن", "اعلنت", "اعلنوا"})
# verbs of managing that take their act as a verbal noun after a preposition ("تمكنت القوات
# ... من السيطرة على"، "نجحت ... في تحرير"), however long their subject: verb → preposition
MANAGED = fold_keys({"تمكن": "من", "تمكنت": "من", "تمكنوا": "من", "نجح": "في", "نجحت": "في", "نجحوا": "في"})
NEGATIONS = fold_set({"لم", "لن", "ولم", "ولن", "دون", "بدون", "ودون", "عدم", "لا", "ولا"})
# "لا تزال المعارك مستمرة"، "ما زالت الاشتباكات"، "لم يزل": a negation before "زال" says "still"
STILL = fold_set({
    "زال", "زالت", "زالوا", "يزال", "تزال", "يزالون", "يزالان", "تزالان", "يزل", "تزل", "نزال", "ازال",
})
# "any" before the event word carries a negation from further back: "دون حدوث أي مواجهات"
ANY = fold_set({"أي", "أية"})
ANY_NEGATION_REACH = 8  # words from "any" back to its negation, within the clause ("لم تشهد العاصمة عمان أي احتجاجات")
# verbs of holding back ("تريثت المقاومة في اقتحام القاعدة"، "امتنع الجيش عن قصف"، "أرجأت الهجوم"):
# the act they name was not done
REFRAINS = fold_set({
    "تريث", "تريثت", "تريثوا", "يتريث", "تتريث", "امتنع", "امتنعت", "امتنعوا", "يمتنع", "تمتنع", "اجلت", "اجلوا",
    "ارجا", "ارجات", "ارجاوا", "تاجيل", "ارجاء", "بتاجيل", "بارجاء", "احجم", "احجمت", "احجموا", "يحجم", "تحجم",
    "الغى", "الغت", "الغاء", "بالغاء",
})
REFRAIN_REACH = 3  # words from the verb of holding back to the act ("تريثت المقاومة في اقتحام")
# "جبهات القتال"، "خطوط المواجهة"، "ساحات المعارك": the fronts named by their fighting, a place
# rather than a report of a fight (the word right before the event word, or after one proclitic)
FRONT_HEADS = fold_set({"جبهه", "جبهات", "جبهتا", "جبهتي", "خطوط", "خط", "ساحات", "ساحه", "ميادين", "ميدان"})
# "منصات إطلاق صواريخ"، "منصة إطلاق"، "منظومة الصواريخ"، "مرابض المدفعية"، "حقول ألغام"، "رماة
# الهاون"، "كتيبة المدفعية": launchers, emplacements, fields, crews and units, named by the weapon
# they fire or hold, not a launch (a target or a force, not a strike)
LAUNCHER_HEADS = fold_set({
    "منصه", "منصات", "منصتا", "منصتي", "منصتين", "منظومه", "منظومات", "منظومتي", "منظومتين", "بطاريه",
    "بطاريات", "مرابض", "مربض", "رماه", "حقل", "حقول", "حقلي", "وحده", "وحدات", "كتيبه", "سريه",
})
# the people whose trade a weapon is ("خبراء الألغام"، "خبير متفجرات"، "فرق المتفجرات"): named by it, no blast
WEAPON_TRADES = fold_set({"خبراء", "خبير", "خبيرا", "فرق", "فريق", "مختصو", "مختصي", "مهندسو", "مهندسي"})
# "موقع إطلاق قذائف"، "مواقع لإطلاق الصواريخ": a site named by the launches made from it
LAUNCH_SITES = fold_set({"موقع", "مواقع", "منطقه"}) | LAUNCHER_HEADS
LAUNCH_WORDS = fold_set({"اطلاق", "لاطلاق"})
# A weapon word governed by a verb of destroying, setting up, moving or carrying names the weapon
# as a thing hit or handled, not fired ("دمرت القوات راجمة صواريخ"، "نصب المسلحون المدفعية قرب
# المدارس"، "شاحنة تحمل صواريخ"); the weapon word after ب is the means ("دمرت المنزل بصاروخ")
WEAPON_NOUNS = fold_set({
    "صاروخ", "صاروخا", "صاروخين", "صواريخ", "قذيفه", "قذيفتين", "قذيفتي", "قذائف", "مقذوف", "مقذوفات",
    "هاون", "مدفعيه", "مدفع", "مدافع", "راجمه", "راجمات", "دبابه", "دبابات", "لغم", "لغما", "الغام",
    "عبوه", "عبوات", "عبوتين", "براميل", "برميل", "برميلا", "غراد", "كاتيوشا",
})
WEAPON_HANDLING = fold_set({
    # destroyed, disabled
    "تدمير", "بتدمير", "دمر", "دمرت", "دمروا", "يدمر", "تدمر", "اعطاب", "باعطاب", "تحطيم", "بتحطيم",
    # set up, deployed, massed, moved, stored, hidden
    "نصب", "نصبت", "نصبوا", "ينصب", "تنصب", "ينصبون", "بنصب", "لنصب", "نشر", "نشرت", "نشروا", "ينشر",
    "بنشر", "حشد", "حشدت", "حشدوا", "يحشد", "تحشد", "نقل", "نقلت", "نقلوا", "ينقل", "بنقل", "لنقل", "تخزين",
    "لتخزين", "خزن", "تكديس", "اخفاء", "لاخفاء",
    # carried, held
    "تحمل", "يحمل", "تحملان", "محمله", "المحمله", "محملا", "حيازه", "بحيازه",
})
WEAPON_HANDLING_REACH = 2  # words between the verb and the weapon word ("دمرت القوات 3 راجمات")
# "مثل هذه التفجيرات"، "ومثل تلك الهجمات": a kind of event, not one
SUCH_AS = fold_set({"مثل", "ومثل", "لمثل", "بمثل", "كمثل"})
SUCH_AS_REACH = 2
# nouns that name events as a kind, a pattern or an origin, right before the event word ("مهد
# الاحتجاجات"، "أنماط القصف العشوائي"، "أشكال العنف"): no one event
KIND_HEADS = fold_set({"مهد", "انماط", "اشكال", "انواع", "صنوف", "شراره"})
CEASE = fold_set({"وقف", "وقفا", "لوقف", "ووقف", "بوقف", "هدنه", "الهدنه", "تجميد", "خرق", "خروقات", "انتهاك"})
CONCERN = fold_set({"قلق", "قلقها", "قلقه", "مخاوف", "خشيه", "تحذير", "حذر", "حذرت", "خوفا", "مخاوفها"})
CHARGES = fold_set({
    "بتهمه", "بتهم", "تهمه", "تهم", "بجرائم", "جرائم", "بجريمه", "بقضايا", "قضايا", "بقضيه", "متهم", "متهمين",
    "المتهم", "المتهمين", "مطلوب", "مطلوبين", "المطلوبين", "لاتهامه", "باتهام", "اتهام", "بتورطه", "بالتورط",
    "متورط", "متورطه", "متورطين", "المتورطين", "تورط", "تورطه", "تورطهم", "بالضلوع", "ضالعين",
})
# a right or a freedom to act ("حق التظاهر السلمي"، "حرية الاحتجاج"، "حقهم في التظاهر"): what
# people may do, no act done
RIGHTS = fold_set({
    "حق", "الحق", "بحق", "لحق", "وحق", "حقه", "حقها", "حقهم", "حقوق", "حرية", "الحرية", "بحرية", "وحرية",
    "حريات", "حرياتهم",
})
RIGHTS_LINK = "في"  # "الحق في التظاهر"

# A court, its judges or a case before the event word in its sentence ("أدانت محكمة بريطانية شابا
# بعد أن فجر قنبلة"، "في قضية الهجوم على الثكنة"): the act is what the court judges, told as the
# facts of a trial long after it, not news of it
COURTS = fold_set({
    "محكمة", "المحكمة", "محكمه", "المحكمه", "للمحكمة", "للمحكمه", "بالمحكمة", "بالمحكمه", "ومحكمة", "ومحكمه",
    "والمحكمة", "والمحكمه", "لمحكمة", "لمحكمه", "قضاة", "القضاة", "قضاه", "القضاه", "المحاكمة", "المحاكمه",
    "محاكمة", "محاكمه", "لمحاكمة", "لمحاكمه",
})
CASES = fold_set({"قضية", "قضيه", "القضية", "القضيه", "بقضية", "بقضيه", "وقضية", "وقضيه", "ملف", "بملف"})
CASE_REACH = 2
# A court's sentence, not a report of violence: "تنفيذ حكم القتل قصاصاً"، "صدرت أحكام بالإعدام"،
# "حكم عليه بالإعدام تعزيراً" (the killing word right after the word of sentencing, or a word of
# the kind of punishment right after the killing word)
SENTENCES = fold_set({"حكم", "الحكم", "بحكم", "احكام", "الاحكام", "باحكام", "حكمت", "حكما", "يقضي", "تقضي"})
SENTENCE_REACH = 2
PUNISHMENTS = fold_set({"قصاصا", "قصاص", "تعزيرا", "حدا", "حرابه"})
# the words of a punishment that name only a court's ("قصاصاً"، "تعزيراً"; not "حداً", an end put to
# something): a killing told after one in its sentence is the crime punished ("تنفيذ حكم القتل
# قصاصاً بحق جانٍ قتل مواطنين")
COURT_PUNISHMENTS = fold_set({"قصاصا", "قصاص", "تعزيرا", "حرابه"})
COURT_PUNISHMENT_REACH = 40  # words back from the killing word to the punishment's, in its sentence
MAKING = fold_set({
    "توصل", "توصلت", "توصلوا", "التوصل", "وقع", "وقعت", "توقيع", "ابرم", "ابرمت", "ابرام", "اعلن", "اعلنت", "اعلان",
    "عقد", "عقدت", "ابرموا", "وقعوا", "بموجب", "تنفيذ", "تطبيق", "بدء", "سريان", "دخول",
})
# a weapon bought, sold, made or delivered ("لشراء طائرات بدون طيار"، "تصنيع عبوات ناسفة"، "صفقة
# صواريخ"): trade and industry, not a strike or a bombing
WEAPON_TRADE = fold_set({
    "شراء", "لشراء", "بشراء", "وشراء", "اشترى", "اشترت", "يشتري", "تشتري", "بيع", "ببيع", "لبيع", "وبيع",
    "صفقه", "صفقات", "بصفقه", "تصنيع", "لتصنيع", "بتصنيع", "وتصنيع", "صناعه", "لصناعه", "انتاج", "لانتاج",
    "بانتاج", "تطوير", "لتطوير", "بتطوير", "تزويد", "بتزويد", "لتزويد", "توريد", "بتوريد", "لتوريد", "امتلاك",
    "لامتلاك", "بامتلاك", "تمتلك", "يمتلك", "تسليح", "ترسانه", "مخزون", "شحنه", "شحنات", "استيراد", "تصدير",
    "تهريب", "لتهريب", "بتهريب", "وتهريب", "مهربه", "المهربه",
    # where weapons are made or kept ("مصنع ألغام أرضية"، "مخازن صواريخ"): a target or a find, not the blast
    "مصنع", "مصانع", "معمل", "معامل", "مخزن", "مخازن", "مستودع", "مستودعات",
})
WEAPON_TRADE_REACH = 2  # words between the word of trade and the weapon
# an arrest for an ordinary crime ("القبض على مروجي مخدرات"، "توقيف عصابة سرقة"، "اعتقال فتاة نشرت مقاطع
# وهي ترقص"، "ضبط مهاجرين"): no political or armed actor; the sentence's words, without their proclitic
ORDINARY_CRIMES = fold_set({
    "مخدرات", "مخدره", "حشيش", "كوكايين", "هيروين", "سرقه", "سرقات", "سطو", "احتيال", "تزوير", "دعاره", "الاداب",
    "اغتصاب", "تحرش", "مشاجره", "شجار", "مشاده", "عراك", "مهاجرين", "مهاجرا", "رقص", "ترقص", "تسول", "متسولين",
    "مروجي", "مروجين", "مروج", "ترويج", "اقراص", "مهلوسه", "مسروقات", "لصوص", "نشال", "نشل",
    # gangs, antiquities, gambling, warrants of the criminal courts, murder as a charge, extortion
    "عصابه", "عصابات", "اثريه", "الاثار", "ميسر", "الميسر", "قمار", "القمار", "مناشير", "العمد", "ابتزاز",
    "رشوه", "اختلاس",
    # clandestine migration ("يعتزمون تنظيم عملية هجرة سرية"، "مغادرة التراب بحرا خلسة")
    "هجره", "خلسه",
    # contraband and pills ("حجز شاحنات محملة بعلب سجائر"، "حجز حبوب هلوسة")
    "سجاير", "محروقات", "بضايع", "هلوسه",
})
# A killing in a quarrel ("إطلاق نار إثر مشادة"): an ordinary crime, not political violence
# (codebook, rulings: a single murder). Not theft: attackers steal weapons too ("طعن شرطيتين
# وسرقة سلاحيهما"), and not a scuffle (عراك) that comes before an attack.
ORDINARY_KILLINGS = fold_set({"مشاجره", "مشاجرة", "شجار", "مشاده", "مشادة"})
# "إيقاف عمل المقاهي"، "وقف إطلاق النار": a word of arrest before an activity stops it; no one is held
STOPPED_ACTIVITIES = fold_set({
    "عمل", "العمل", "تشغيل", "اطلاق", "القتال", "الحرب", "العمليات", "بث", "البث", "نشاط", "النشاط", "ضخ",
    "تصدير", "استيراد", "الرحلات", "رحلات", "الدراسة", "الدراسه", "المفاوضات", "التعاون", "الدعم", "المساعدات",
    "التصعيد", "القصف", "الهجمات", "الهجوم", "التعامل", "صرف", "الانتاج", "انتاج", "حركة", "الملاحة", "التداول",
})
# "قضوا في قصف سابق"، "الهجمات السابقة": an earlier event the text refers back to, no new report
EARLIER = fold_set({"سابق", "سابقة", "السابق", "السابقة", "سابقين", "السابقين", "سابقه", "السابقه"})
# "الهجوم الكيميائي المزعوم"، "عملية القتل المزعومة"، "الهجوم المفترض": an event the story hangs
# on, named as alleged, with no day told: referred to, not reported (codebook, rulings: "the
# suspected gas attack"); the adjective right after the event word or after one more word
ALLEGED = fold_set({"المزعوم", "المزعومة", "المزعومه", "المفترض", "المفترضة", "المفترضه", "المدعى", "المدعاة"})
ALLEGED_REACH = 2
# "وتأتي هذه الغارات في وقت ..."، "ويأتي هذا الهجوم بعد ...": the event word a verb of coming and a
# demonstrative open on is one told before, set in its context
COMES = fold_set({"تأتي", "يأتي", "وتأتي", "ويأتي", "جاءت", "وجاءت", "جاء", "وجاء", "تاتي", "ياتي", "وتاتي", "وياتي"})
DEMONSTRATIVES = fold_set({"هذه", "هذا", "هذان", "هاتان", "هذين", "هاتين", "تلك", "ذلك"})
# deaths by an accident or a disaster ("قتل وأصيب العشرات في انهيار جسر"): no conflict event
ACCIDENTS = fold_set({
    "انهيار", "غرق", "حريق", "حرائق", "زلزال", "فيضان", "فيضانات", "سيول", "تدافع", "تصادم", "اصطدام", "السير",
    "مروري", "الصعق", "صعقه", "الاختناق", "اختناق", "تسمم", "الغرق", "الحريق", "الزلزال", "الانهيار",
    "تحطم", "التحطم",  # "في تحطم طائرة ركاب": a crash
    "صعق",  # "توفي صعقا بالكهرباء": electrocuted
    # weather: lightning, a hurricane ("قتل أربعة أطفال في صاعقة ضربت منطقة جبلية"; not "الصاعقة", a
    # force's name, nor "عاصفة", an operation's: "غارات عاصفة الحزم")
    "صاعقه", "صواعق", "اعصار", "الاعصار",
    # a body found hanging, a suicide, a drowning ("عثر على جثة شاب تتدلى من شجرة"، "توفي منتحرا")
    "تتدلى", "متدليه", "مشنوقا", "منتحرا", "انتحارا", "غريقا",
    # run over ("قتل سائق دراجة صدمته سيارة مسرعة"; not دهس, also a ramming attack)
    "صدمته", "صدمتها", "صدمتهم", "صدمه", "صدمها",
})
BREACH = fold_set({
    "خرق", "خروقات", "انتهاك", "انتهاكات", "بخرق", "لخرق", "بانتهاك", "خرقا", "انتهاكا", "وخرق", "الخروقات",
    "الانتهاكات", "خرقه", "خرقها",
})
# "قتلت القوات عشرة مسلحين بينهم انتحاري"، "تمكنت القوات من تصفية انتحاريين": a suicide bomber counted
# among the dead, or killed by the forces, is a person, not a bombing (the nouns, and the words before
# them; not "مقتل الانتحاري", who may have died in his own blast)
BOMBER_NOUNS = fold_set({"انتحاري", "انتحاريا", "انتحاريان", "انتحاريين", "انتحاريون", "الانتحاري", "الانتحاريين"})
BOMBER_COUNTED_AFTER = fold_set({"بينهم", "منهم", "بينهما", "منهما", "تصفية", "بتصفية", "وتصفية"})
# "في خرق جديد للهدنة"، "خرقا واضحا لوقف إطلاق النار": a word of breach, perhaps with its adjective
BREACH_REACH = 2
NOT_YET = fold_set({"قبل", "وقبل"})
START = fold_set({"بدء", "سريان", "دخول", "تطبيق"})
# The chemical adjective alone ("كيماوي"، "كيميائية") names a chemical weapon only after a word of
# attack or weapon ("هجوم كيماوي"، "الأسلحة الكيميائية"، "بالغاز الكيماوي"، "مجزرة الكيماوي"), or as a
# noun after بـ ("قصفوا البلدة بالكيماوي"); after any other word it is chemistry ("فحص فيزيائي
# وكيميائي"، "مصانع كيميائية"، "مواد كيميائية"). The words without article or proclitic.
CHEMICAL_ADJECTIVES = fold_set({
    "كيماوي", "كيميائي", "كيماويه", "كيميائيه", "كيمياوي", "كيمياويه",
    # the plural noun, chemicals as goods ("شركة البحري للكيماويات")
    "كيماويات", "كيميائيات", "كيمياويات",
})
# what is done to weapons held, not fired: "منظمة حظر الأسلحة الكيميائية"، "تدمير مخزون الأسلحة
# الكيميائية"، "برنامج الأسلحة الكيميائية"
CHEMICAL_HOLDINGS = fold_set({
    "حظر", "نزع", "ترسانه", "ترسانات", "مخزون", "مخزونات", "برنامج", "برامج", "تدمير", "امتلاك", "انتاج", "تصنيع",
    "مخازن", "مصانع", "مستودعات", "تخزين", "ازاله", "تفكيك", "اتفاقيه", "معاهده",
})
CHEMICAL_HEADS = fold_set({
    "هجوم", "هجمات", "هجوما", "هجومين", "قصف", "ضربه", "ضربات", "غاره", "غارات", "سلاح", "اسلحه", "غاز", "غازات",
    "قذيفه", "قذايف", "برميل", "براميل", "صاروخ", "صواريخ", "ذخائر", "ذخيره", "عوامل", "عامل", "مجزره", "مجازر",
    "استخدام", "استعمال", "عبوه", "عبوات", "قنبله", "قنابل", "اعتداء",
})

# "رابط الخبر بصحيفة ...: <the headline>": a line that links to the article itself and repeats
# its headline; what it tells is the article's own report, told again (an outlet's template)
LINK_LINES = tuple(fold(w) for w in ("رابط الخبر", "رابط المقال", "رابط الموضوع", "رابط التقرير"))

# "مناطق سيطرة النظام" (the areas the government holds), "مراكز القيادة والسيطرة" (command and
# control), "تحت سيطرة التنظيم" (held by the group): control named as a state or a
# function, never a takeover
CONTROL_AREA_HEADS = fold_set({
    "مناطق", "منطقة", "المناطق", "المنطقة", "خطوط", "خط", "نطاق", "حدود", "رقعة", "مساحة", "تحت", "وتحت",
    # "المدن التي تخضع لسيطرة المسلحين"، "القرى الخاضعة لسيطرة المعارضة": held, not taken
    "تخضع", "يخضع", "خضعت", "خضع", "الخاضعة", "الخاضع", "خاضعة", "خاضع",
})
COMMAND_WORDS = fold_set({"القيادة", "قيادة"})

# what sets off a blast by accident ("انفجار في مستودع للألعاب النارية"، "انفجار أسطوانة غاز"،
# "تسرب غاز"، "ماس كهربائي"): an accident, not remote violence (unless a device is named: مفخخ)
BLAST_ACCIDENTS = fold_set({
    "العاب", "الالعاب", "ألعاب", "الألعاب", "مفرقعات", "المفرقعات", "اسطوانة", "أسطوانة", "اسطوانات", "أسطوانات",
    "تسرب", "ماس", "خلل",
    # a tyre that burst ("انزلاق سيارة إثر انفجار إطارها"); its own forms only ("في إطار" is a framework)
    "اطارها", "اطاره", "عجلتها", "عجلته",
})
# devices the state's forces set off themselves ("تمكنت قوات الأمن من تفجير خمس عبوات ناسفة"): a
# controlled detonation, weapons disrupted; the word of setting off, and the devices shortly after it
DETONATING = fold_set({"تفجير", "بتفجير", "وتفجير", "فجرت", "فجر", "فجروا", "وفجرت", "ففجرت"})
EXPLOSIVE_DEVICES = fold_set({
    "عبوه", "عبوات", "عبوتين", "عبوتي", "لغم", "الغام", "لغمين", "متفجرات", "قنبله", "قنابل", "قنبلتين", "العبوه",
    "العبوات", "الالغام", "اللغم", "المتفجرات", "القنبله", "القنابل",
})
DEVICE_REACH = 3  # words from the word of setting off to the devices (a number may stand between)
DETONATION_REACH = 8  # words from the devices back to the word of setting off (its subject between)
DEVICE_MARK = fold("مفخخ")  # "سيارة مفخخة"، "عبوة مفخخة": a device, whatever else is named

# words that name a cause ("قتل عشرة إثر انهيار فندق"): the accident named after one is why they died
CAUSE_MARKERS = fold_set({"إثر", "اثر", "جراء", "بسبب", "نتيجة", "بعد", "في"})  # "... في تحطم طائرة"
# words before an event that came first ("اعتقلت السلطات قريب الرئيس بعد احتجاجات استمرت يومين"،
# "على خلفية احتجاجات"): that event led to the one the verb tells, and is not the same act
EARLIER_MARKERS = fold_set({"بعد", "إثر", "اثر", "عقب", "خلفية", "جراء"})
# ground taken after fighting ("استعادة الجيش البلدة بعد معارك مع المسلحين"، "بسط السيطرة على
# الحي عقب اشتباكات"): the fighting named after one of these words was fought, and the ground was won
FOUGHT_BEFORE = fold_set({"بعد", "إثر", "اثر", "عقب"})

# "وانسحب الأمر كذلك على البلدة المجاورة" (applied to the town too): withdrawing is "from" a place;
# "على" after the verb, past an adverb, makes it "extend to"
EXTENDS_TO = fold_set({"على"})
EXTENDS_SKIPPED = fold_set({"ايضا", "أيضا", "كذلك", "بدوره", "بدورها"})

# An ambush laid to make an arrest ("بعد نصب كمين محكم تم القبض على المتهم"، "نصبت الوحدات الأمنية
# كمينا أمكن بفضله إيقاف المروج"): the police's means of an arrest told after it in the sentence,
# with no one killed or hurt, is no battle. Lemmas of the ambush word.
AMBUSH_LEMMAS = fold_set({"كمين"})

# Bombs dropped ("أسقطت المروحيات براميل متفجرة"، "إسقاط قنابل"): a word of downing whose object is a
# bomb tells an air strike, not a weapon stopped. The lemmas of dropping, and the bombs (folded).
DROP_LEMMAS = fold_set({"اسقط", "اسقاط"})
DROPPED_BOMBS = fold_set({
    "قنبلة", "قنبله", "قنابل", "القنابل", "برميل", "براميل", "البراميل", "برميلا", "حاويات",
})
DROP_REACH = 3  # words from the word of dropping to the bomb ("أسقطت الطائرات أول قنبلة")

# A raid is no takeover: forces that storm a camp, homes, a mosque or an office ("اقتحمت قوات
# الاحتلال مخيم الدهيشة"، "اقتحم الجيش عدة منازل") search, arrest or shoot there and leave; what
# they do is the event, the storming takes no ground. The lemmas of storming, and what is raided
# (folded, with the article).
STORM_LEMMAS = fold_set({"اقتحم", "اقتحام"})
RAIDED = fold_set({
    "مخيم", "منزل", "منازل", "منزلا", "بيت", "بيوت", "مسجد", "المسجد", "مقر", "مقرا", "مستشفى", "جامعة", "مدرسة",
    "مكتب", "مكاتب", "مبنى", "كنيسة", "باحات", "ساحات", "المخيم", "المنزل", "المنازل", "البيت", "البيوت", "المقر",
    "المستشفى", "الجامعة", "المدرسة", "المكتب", "المبنى", "الكنيسة", "الملعب", "ملعب",
})
RAID_REACH = 6  # words from the word of storming to what it stormed ("اقتحمت قوات الاحتلال الإسرائيلية أمس، مخيم")

# An aircraft that crashed ("تحطمت طائرة بدون طيار بعد اصطدامها بجدار"): an accident, no strike. The
# words of crashing, near the aircraft word (folded).
CRASHED = fold_set({"تحطمت", "تحطم", "تحطمها", "وتحطمت", "اصطدمت", "اصطدام", "اصطدامها", "ارتطمت", "ارتطام"})
CRASH_BEFORE = 2  # words before the aircraft word ("تحطمت طائرة"، "تحطم طائرة مسيرة")
CRASH_AFTER = 1  # and right after it ("الطائرة تحطمت"; further on, a strike's wreckage: "غارة أدت إلى تحطم سيارة")
