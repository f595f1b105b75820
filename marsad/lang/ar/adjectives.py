"""Arabic adjectives of relation (نسبة): their endings, folded."""

from __future__ import annotations

# "البريطانية" (folded البريطانيه), "التركي": a place's adjective; "الفلسطينيين" names people
SINGULAR_RELATION_ENDINGS = ("يه", "ي")
# the feminine singular ("الصومالية"، folded الصوماليه): the form that agrees with "العاصمة"
FEMININE_SINGULAR_ENDING = "يه"

# what follows the ي of a masculine singular adjective of relation ("أمريكي") in its other forms:
# feminine (أمريكية), plural (أمريكيون، أمريكيين), dual (أمريكيان، أمريكيتان، أمريكيتين) and
# feminine plural (أمريكيات); folded (ة is ه). Not the accusative alif: "تركيا" is the country.
RELATION_INFLECTIONS = ("ه", "ون", "ين", "ان", "تان", "تين", "ات")
