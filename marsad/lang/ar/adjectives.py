"""Arabic adjectives: the endings of a singular adjective of relation (نسبة), folded."""

from __future__ import annotations

# "البريطانية" (folded البريطانيه), "التركي": a place's adjective; "الفلسطينيين" names people
SINGULAR_RELATION_ENDINGS = ("يه", "ي")
