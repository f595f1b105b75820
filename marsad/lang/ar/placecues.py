"""Words that name a kind of administrative unit as the first word of its name (data only,
folded): "مديرية لودر", "ناحية العبارة", "منطقة عفرين". The place is then the unit, and the
town the unit is named after is its seat."""

from __future__ import annotations

from marsad.lang.ar.dates import WEEKDAYS
from marsad.text import fold, fold_keys, fold_set

# districts and subdistricts of Yemen (مديرية), Iraq (قضاء، ناحية) and Syria (منطقة، ناحية)
UNIT_WORDS = fold_set({"مديرية", "المديرية", "ناحية", "الناحية", "قضاء", "منطقة", "المنطقة"})

# words a gazetteer's Arabic name may begin with that say the kind of place rather than name it
# ("قرية الخوجرة", "مديرية الحوك", "مدينة الحديدة"): the name is also looked up without them
KIND_PREFIXES = UNIT_WORDS | fold_set({"قرية", "مدينة", "بلدة", "محافظة"})
# the word of a district whose name may join two areas ("مديرية مشرعة وحدنان")
DISTRICT_PREFIXES = fold_set({"مديرية"})

# words after which a quoted name is a news outlet spoken to or reporting ("قال لـ«الرياض»",
# "مصادر «الشرق الأوسط»"), not a place
ADDRESSEE_HEADS = fold_set({"ل", "لـ", "مصادر", "مصدر", "مراسل", "لمراسل", "مراسلة", "لمراسلة"})

# a place name followed by one of these words is part of an idiom, not a place:
# "مسقط رأسه" (his birthplace)
IDIOM_TAILS: dict[str, frozenset[str]] = {
    "مسقط": fold_set({"رأس", "رأسه", "رأسها", "رأسهم", "الرأس"}),
    # "في حديثه إلى المراسلين"، "في حديثه لوكالة": his talk, to someone, not the town حديثة
    fold("حديثه"): fold_set({
        "إلى", "الى", "ل", "لـ", "مع", "عن", "أمام", "امام", "للصحفيين", "للصحافيين", "للصحافة", "لوسائل", "لقناة",
        "لوكالة", "لصحيفة", "للتلفزيون", "لموقع", "لإذاعة", "لاذاعة", "للإذاعة", "للاذاعة",
    }),
}
# "الحد الجنوبي" (the southern border)، "الحد الأدنى" (the least)، "الحد من" (curbing): a limit, not
# a village called الحد
IDIOM_TAILS |= {fold(w): fold_set({"الجنوبي", "الشمالي", "الشرقي", "الغربي", "الفاصل", "الأدنى", "الادنى",
                                   "الأقصى", "الاقصى", "من"}) for w in ("الحد", "حد")}
# a time of day followed by its day is a time, not a place of that name ("صباح اليوم"، "مساء
# الخميس"; a village صباح exists in Lebanon)
_DAY_AFTER = fold_set({"اليوم", "أمس", "امس", "الأمس", "الغد", "غد", "يوم", "أول", "الباكر"}) | frozenset(WEEKDAYS)
IDIOM_TAILS |= {fold(w): _DAY_AFTER for w in ("صباح", "مساء", "ظهر", "عصر", "ليلة", "ليل", "فجر", "ضحى", "منتصف")}

# a place name after one of these words is part of an idiom, not a place: "صلاة المغرب" (the
# sunset prayer), "أذان المغرب" (its call)
IDIOM_HEADS: dict[str, frozenset[str]] = fold_keys({
    "المغرب": fold_set({"صلاة", "صلاتي", "لصلاة", "بصلاة", "أذان", "آذان", "اذان", "وقت", "موعد", "إفطار", "افطار"}),
    # "على الصعيد الميداني": on the ground, not a place called الصعيد
    "الصعيد": fold_set({"على", "وعلى", "علي", "وعلي", "الصعيدين"}),
    # "خلال حديثه"، "أثناء حديثه": during his talk
    "حديثه": fold_set({"خلال", "وخلال", "أثناء", "اثناء", "وأثناء"}),
})

# "وسط تكتم على هوياتهم" (amid secrecy), "بين الأشجار" (among the trees): after "amid" or "between" a
# word of the dictionary is mostly that word, not a hamlet that bears it (pipeline.places)
AMID_WORDS = fold_set({"وسط", "بين"})

# first words of compound village names that texts often write joined to the rest ("كفرجنة" for
# "كفر جنة", "بيتلاهيا" for "بيت لاهيا"): a joined name is also looked up split after them
JOINED_HEADS = tuple(sorted(fold_set({"كفر", "بيت", "دير", "عين", "تل", "خربة", "بئر", "رأس", "جسر"}),
                            key=lambda h: (-len(h), h)))

# near cues that make the place a coarser location, of its surroundings ("ريف حلب"، "قرب X"), as
# opposed to a direction that only locates it ("شمال X")
NEAR_WORDS = frozenset({"ريف", "قرب", "بالقرب", "محيط", "اطراف", "ضواحي", "مشارف", "تخوم", "جوار", "جرود"})

# Landforms and sites whose unknown name after them is still a place ("نقيل العرقوب"، "جبل عكد"،
# "وادي عقان"، "مفرق الوازعية"): the kind word is part of the name, so the place's evidence
# holds both. Alone, each is only the first word of a name (``COMPOUND_HEADS``).
LANDFORM_HEADS = fold_set({
    "جبل", "الجبل", "جبال", "وادي", "نقيل", "عقبه", "مفرق", "مثلث", "منفذ", "حصن", "حصون", "حوض", "تل", "تله",
    "جزيره",  # an island: "جزيرة جولو"
})
# the saint of a foreign place name, written both ways ("سان بطرسبرغ"، "سانت بطرسبرغ")
SAINT_HEADS = ("سان", "سانت")
