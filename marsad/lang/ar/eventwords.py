"""Event and weapon words beside the trigger lexicon (data only, folded)."""

from __future__ import annotations

from marsad.text import fold_set

# --- Event words in their everyday senses; blast words that name no weapon (pipeline.events).

# event words that other news uses too: "انفجار الأسعار", "برميل نفط", "اتفاق تجاري", "ضربة جزاء"
EVERYDAY = fold_set({
    "انفجار", "انفجر", "تفجير", "فجر", "برميل", "براميل", "اتفاق", "تسويه", "مصالحه", "صاروخ", "صواريخ", "ضربه",
    "ضربات", "احتجاج", "احتج", "اعتصام", "شغب", "اسقط", "اسقاط", "اعترض", "اعتراض", "نهب", "هدم",
})
# words for an explosion that say nothing of the weapon ("وقع الانفجار عندما ألقى شخص قنبلة يدوية")
BLAST_WORDS = fold_set({"انفجار", "انفجر", "تفجير", "تفجيرات", "انفجارات"})
# words for an assault or a shooting that say nothing of whom it hit: a battle when two armed sides
# fight, an attack when the toll counts ordinary people ("هجوم ... قتل فيه تسعة أشخاص")
ASSAULT_WORDS = fold_set({
    "هجوم", "هاجم", "هجومه", "هاجمته", "اطلاق نار", "اطلاق النار", "فتح النار", "فتحوا النار", "اطلاق الرصاص",
})


# --- Ground weapons near a strike word (pipeline.weapons).

# every word here is in the trigger lexicon's GROUND_CUES too (triggers.py), which adds rockets,
# shells named otherwise and ground: a narrower, drifted copy
ARTILLERY = fold_set({
    "مدفعي", "مدفعيه", "المدفعي", "المدفعيه", "مدفعيا", "المدافع", "مدافع", "قذايف", "القذايف", "هاون", "الهاون",
    "راجمات", "الراجمات", "دبابات", "الدبابات",
})


# --- Air defences (pipeline.events).

# the head of an air defence ("الدفاع الجوي"، "الدفاعات الجوية"، "المضادات الجوية"): the air word after
# it names no aircraft that struck (pipeline.weapons)
DEFENCE_HEADS = fold_set({"الدفاع", "الدفاعات", "دفاع", "دفاعات", "دفاعاتها", "المضادات", "مضادات", "وسائط"})

# Air defences fight no battle and strike no ground: what they "confront", intercept or down is a
# weapon stopped before it did harm ("تصدت الدفاعات الجوية لصواريخ"، "الدفاع الجوي تصدى لهدف معاد"):
# disrupted weapons use (codebook: Strategic developments). Two-word phrases, folded.
AIR_DEFENCES = fold_set({
    "الدفاعات الجوية", "الدفاع الجوي", "دفاعات جوية", "دفاعاتها الجوية", "الدفاعات الأرضية", "دفاعاتها الأرضية",
    "المضادات الأرضية", "المضادات الجوية", "مضادات أرضية", "القبة الحديدية", "منظومة الدفاع", "وسائط الدفاع",
})
# the verbs with which they stop a weapon (besides the intercept words of the trigger lexicon)
CONFRONTS = fold_set({
    "تصدت", "تصدى", "وتصدت", "وتصدى", "تصدي", "التصدي", "تتصدى", "يتصدى",
    # "الدفاعات الجوية تسقط 13 صاروخا": the present of downing (the same letters as "falls": only air
    # defences in the clause make it theirs)
    "تسقط", "وتسقط", "يسقط", "ويسقط",
})

# "احتجز المسلح رهائن في متجر": people held as hostages are abducted, not arrested
HOSTAGES = fold_set({
    "رهائن", "الرهائن", "كرهائن", "رهينه", "الرهينه", "كرهينه", "رهينتين", "رهينتان", "الرهينتين",
})
HOSTAGE_REACH = 3  # words between the word of holding and the hostages

# the pronouns a word of stopping names the weapon by ("اعتراضه"، "اعترضتها"، "تفكيكهما"), and the
# words of stopping that do (not "أسقط", which drops a barrel bomb as well as it downs a drone:
# "براميل أسقطها النظام")
STOPPED_PRONOUNS = ("ه", "ها", "هما")
STOPPED_BACK_LEMMAS = frozenset({"اعتراض", "اعترض", "تصدي", "تفكيك", "فكك", "ابطال"})

# people freed ("تحرير طفل مختطف"، "تحرير الرهائن"، "تحرير الأسرى"): a word of liberation before them
# frees captives, it takes no ground
FREED_PEOPLE = fold_set({
    "رهائن", "الرهائن", "رهينه", "الرهينه", "مختطف", "المختطف", "مختطفا", "مختطفين", "المختطفين", "مخطوف",
    "المخطوف", "مخطوفين", "المخطوفين", "طفل", "الطفل", "طفلا", "اطفال", "الاطفال", "اسير", "الاسير", "اسيرا",
    "اسرى", "الاسرى", "سجناء", "السجناء", "معتقلين", "المعتقلين", "محتجزين", "المحتجزين",
})
