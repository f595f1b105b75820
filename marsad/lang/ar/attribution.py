"""Words of attribution beyond the cue lists: whose a source is, and a source named again."""

from __future__ import annotations

from marsad.text import fold_set

# A bare source noun is named by what it belongs to: "مصدر في المقاومة الشعبية"، "مصادر في اليمن"
BELONGING_HEADS = fold_set({"مصدر", "مصادر", "مسؤول", "مسؤولون", "مسؤولين", "قيادي", "متحدث", "ضابط", "عضو"})
BELONGING_WORDS = 3  # words after في that name the body
# "المصدر ذاته"، "المصادر نفسها": the source named before, again
SAME_WORDS = fold_set({"ذاته", "ذاتها", "نفسه", "نفسها", "عينه", "عينها"})
QUOTES = "\"«»“”"
