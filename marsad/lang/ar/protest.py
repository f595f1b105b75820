"""Words of protest and riot (data only, folded forms).

The codebook's line between a protest and a riot is what the crowd does: demonstrators who
throw stones, burn tyres, set fire to things, smash or storm buildings make a violent
demonstration (Riots), whatever the police did; a crowd that only marches, sits in or chants
protests peacefully."""

from __future__ import annotations

from marsad.text import fold_set

# What only a violent crowd does, wherever it stands in the sentence.
RIOT_ACTS = fold_set({
    # throwing stones and petrol bombs (stones alone may only block a road: "أغلقوا الطرق بالحجارة")
    "رشق", "رشقوا", "رشقت", "يرشقون", "برشق", "رشقها", "رشقهم", "رمي الحجاره", "رموا الحجاره", "يرمون الحجاره",
    "القاء الحجاره", "القوا الحجاره", "يلقون الحجاره", "رمي الحجارة", "رموا الحجارة", "القوا الحجارة",
    "مولوتوف", "المولوتوف", "الحارقه", "حارقه", "الحارقة", "حارقة",
    # setting fire
    "احرقوا", "أحرقوا", "اضرموا", "أضرموا", "يحرقون", "يضرمون",
    # (the verb before its subject is singular: "أحرق محتجون مركزاً للشرطة")
    "احرق", "أحرق", "احرقت", "أحرقت", "اضرم", "أضرم", "اضرمت", "أضرمت",
    # smashing, vandalising
    "حطموا", "تحطيم", "خربوا", "تخريب", "اعمال الشغب", "شغب", "حطم", "حطمت",
})
# Tyres make a riot only when they burn ("أشعلوا الإطارات"، "إطارات مشتعلة"): alone the word is
# also the staff of a body ("الأطباء والإطارات شبه الطبية" in Maghreb usage), or wheels.
TYRES = fold_set({"الاطارات", "اطارات", "الإطارات", "إطارات", "العجلات", "عجلات", "الدواليب", "دواليب"})
FIRE_WORDS = fold_set({
    "حرق", "احرق", "أحرق", "احراق", "إحراق", "بحرق", "باحراق", "بإحراق", "حرقوا", "احرقوا", "أحرقوا", "يحرقون",
    "اشعال", "إشعال", "باشعال", "بإشعال", "اشعل", "أشعل", "اشعلوا", "أشعلوا", "يشعلون", "اضرام", "إضرام",
    "اضرموا", "أضرموا", "مشتعلة", "المشتعلة", "محترقة", "المحترقة", "النار", "النيران", "حرقها", "احرقوها",
})
FIRE_REACH = 4  # words between a tyre word and its fire word ("أحرق المشاركون فيها الإطارات")

# Storming is a riot only when the crowd storms ("اقتحم المحتجون"): the police storm sit-ins too.
STORM_WORDS = fold_set({"اقتحم", "اقتحموا", "اقتحمت", "يقتحمون", "اقتحام", "واقتحم", "واقتحموا"})
CROWD_WORDS = fold_set({
    "المحتجون", "المحتجين", "محتجون", "محتجين", "المتظاهرون", "المتظاهرين", "متظاهرون", "متظاهرين", "الغاضبون",
    "غاضبون", "المشيعون", "المشيعين", "انصار", "أنصار", "مناصرو", "مناصري",
})
STORM_REACH = 2  # words between the storming word and the crowd
# Supporters who fight an armed group are no crowd: "أنصار صالح" are his forces, "أنصار الله"
# the Houthis; against police or other activists they riot, and so do supporters who storm.
SUPPORTERS = fold_set({"انصار", "أنصار", "مناصرو", "مناصري"})
CLASH_CROWD_WORDS = CROWD_WORDS - SUPPORTERS

# A clash word whose side is a crowd: protesters who fight the police riot (a violent
# demonstration); fans or a crowd with no protest fight as a mob. Armed clashes need two armed,
# organised sides (codebook: Battles; Riots).
FANS = fold_set({"المشجعين", "المشجعون", "مشجعين", "مشجعون", "مشجعي", "مشجعو", "جماهير", "الجماهير", "انصار النادي"})
CROWD_CLASH_REACH = 6  # words from the clash word to the crowd that fights

# A protest's dead were killed by the force that met it when the toll's sentence says by whose
# fire ("قتل فيها 18 فلسطينيا بنيران إسرائيلية"، "قتلوا برصاص الشرطة"): excessive force against
# protesters. A death with no such words is what the crowd protests ("احتجاجا على مقتل الصحفي"),
# another event's toll: a peaceful protest kills no one (codebook: Protests).
FORCE_FIRE = fold_set({
    "برصاص", "بالرصاص", "رصاص", "الرصاص", "برصاصة", "بنيران", "نيران", "بالنيران", "بنار",
})

# A protest the police met: dispersed, broken up, tear-gassed or suppressed ("وقامت قوات الأمن
# بتفريق التظاهرة"، "احتجاجات واجهتها عناصر الأمن بالقمع"): protest with intervention (codebook:
# Protests), unless the crowd's own violence makes it a riot. Single words, folded.
DISPERSAL = fold_set({
    "تفريق", "لتفريق", "بتفريق", "وتفريق", "فرقت", "وفرقت", "فرقوا", "فض", "لفض", "بفض", "وفض", "فضت", "وفضت",
    "القمع", "بالقمع", "قمعت", "وقمعت", "قمع", "وقمع", "للدموع",
})

# Verbs of a crowd going out, gathering, blocking roads or chanting, before the crowd that does it
# ("خرج آلاف المتظاهرين إلى الشوارع"، "احتشد مئات المحتجين أمام البرلمان"، "أغلق محتجون الطريق"):
# the crowd protests. Past forms, folded.
GATHERING_VERBS = fold_set({
    "خرج", "خرجت", "خرجوا", "نزل", "نزلت", "نزلوا", "احتشد", "احتشدت", "احتشدوا", "تجمع", "تجمعت", "تجمعوا",
    "تجمهر", "تجمهرت", "تجمهروا", "سار", "سارت", "ساروا", "زحف", "زحفت", "زحفوا", "اعتصم", "اعتصمت", "اعتصموا",
    "شارك", "شاركت", "شاركوا", "أغلق", "أغلقت", "أغلقوا", "قطع", "قطعت", "قطعوا", "ردد", "رددت", "رددوا",
    "هتف", "هتفت", "هتفوا", "رفع", "رفعت", "رفعوا",
    # a crowd that demands or denounces ("طالب محتجون بالإفراج عن المعتقلين"، "ندد متظاهرون بالقرار")
    "طالب", "طالبت", "طالبوا", "ندد", "نددت", "نددوا",
})
# A figure right after a verb of gathering or protesting counts the crowd ("تظاهر الآلاف ... عقب
# مقتل شاب"، "احتشد 300 في الساحة"), never the dead or wounded a word later in the sentence names.
CROWD_COUNTED_AFTER = GATHERING_VERBS | fold_set({"تظاهر", "تظاهرت", "احتج", "احتجت"})
GATHERING_REACH = 3  # words from the verb to the crowd word ("خرج آلاف المتظاهرين")

# What a crowd protests follows these words ("احتجاجاً على مقتل صحفي في انفجار"، "تنديداً
# بالغارات"): an event named there is the cause of the protest, told elsewhere if at all, not a
# new event of the sentence. Folded, with the clitics they take.
PROTESTED_HEADS = fold_set({
    "احتجاجا", "احتجاج", "للاحتجاج", "تنديدا", "للتنديد", "استنكارا", "لاستنكار", "رفضا", "غضبا",
    # and what a crowd commemorates ("إحياءً لذكرى براون الذي قتل"، "في الذكرى الأولى لمقتل"): past
    "احياء", "لاحياء", "ذكرى", "لذكرى", "الذكرى", "بالذكرى", "بذكرى",
})
# A death right after "after" that follows a crowd's act in its clause ("أحرق محتجون مركزاً للشرطة
# بعد مقتل طالب"، "تظاهر الآلاف عقب مقتل شاب"): the death set the crowd off, an event before it.
SET_OFF_BY = fold_set({"بعد", "عقب", "اثر", "إثر", "جراء"})
PROTESTED_TOLL_REACH = 4  # words from the word of protest to the toll it protests ("احتجاجاً على مقتل شاب")

# an arrest made "during" a protest ("أوقفت الشرطة ناشطا خلال تظاهرة أمام البلدية"): the police
# met the protest (codebook: protest with intervention). Words right before the protest's word.
DURING = fold_set({"خلال", "أثناء", "اثناء", "وسط"})

# A protest one state lodges with another ("استدعت الخارجية السفير لتسليمه احتجاجا"،
# "قدمت احتجاجا رسميا"، "مذكرة احتجاج"): diplomacy, no crowd. The envoys summoned, within
# DIPLOMATIC_REACH words before the protest word; the handing over, right before it; "رسمي" after it.
ENVOYS = fold_set({
    "السفير", "سفير", "سفيرها", "سفيره", "سفراء", "السفراء", "القائم", "القائمه", "استدعاء", "استدعت", "استدعى",
    "باستدعاء", "لاستدعاء",
})
DIPLOMATIC_REACH = 8
# ... a protest in the singular, as a state lodges it ("استدعى السفير للاحتجاج"; "احتجاجات" after a
# summons are a crowd's: "جاء استدعاء السفير بعد احتجاجات واسعة")
LODGED = fold_set({"احتجاج", "احتجاجا", "الاحتجاج", "للاحتجاج", "احتجاجه", "احتجاجها"})
LODGING = fold_set({
    "تسليمه", "تسليمها", "لتسليمه", "لتسليمها", "سلمته", "سلمتها", "سلمه", "سلمها", "تسليم", "ابلغته", "ابلغه",
    "مذكره", "مذكرة", "قدمت", "قدم", "تقديم", "وجهت", "وجه", "رسالة", "رساله",
})
FORMAL = fold_set({"رسميا", "رسمي", "رسميه", "رسمية", "شديد", "شديدة", "شديده", "شديدا", "دبلوماسي", "دبلوماسيا"})
