"""Places and people that only unarmed people fill (data only, folded forms).

An attack on a church, a mosque at prayer, a cinema, a market or a bus is violence against
civilians (codebook, rulings: attacks on unarmed people), not a battle, whoever attacks."""

from __future__ import annotations

from marsad.text import fold_set

_BASES = (
    "كنيسه", "كاتدرائيه", "مسجد", "جامع", "مصلى", "حسينيه", "معبد", "كنيس", "مصلين", "سينما", "مسرح", "مدرسه",
    "جامعه", "سوق", "فندق", "ملهى", "مطعم", "مقهى", "حافله", "حافلات", "مستشفى", "عرس", "حفل", "حفله", "مهرجان",
    "مركز تجاري", "مجمع تجاري", "متسوقين", "مصلين", "ماره", "زوار", "سياح", "حجاج", "تلاميذ", "طلاب", "اطفال",
    # civil bodies and firms ("هاجم مسلحون مقر المؤسسة الوطنية للنفط"، "مصرفا"): no one there fights
    "مؤسسه", "شركه", "مصرف", "بنك", "مفوضيه",
)
CIVILIAN_VENUES = fold_set(set(_BASES) | {"ال" + w for w in _BASES})
# homes ("هاجم مستوطنون منزلين"): where families live, not a position anyone holds; an attack on
# them with no armed side hit is on civilians (a bombardment of a house stays a bombardment)
_HOMES = ("منزل", "منزلين", "منازل", "بيوت", "مساكن")
HOMES = fold_set(set(_HOMES) | {"ال" + w for w in _HOMES})
VENUE_REACH = 4  # words between the attack word and what it hit
