"""Endings the trigger lookup strips from a folded word to reach an event word the lemmatizer
may miss (data only; pipeline.triggers)."""

from __future__ import annotations

# accusative tanween alif ("انفجارا", "هجوما"): the bare noun
ACCUSATIVE_ALIF = "ا"

# duals, each with what replaces it: "تفجيرين", "انفجاران", "غارتين" (a feminine noun's ة becomes ت)
DUAL_ENDINGS = (("تين", "ه"), ("تان", "ه"), ("ين", ""), ("ان", ""))

# past-tense endings: "خطفت", "حررت", "هاجموا", "اشتبكا"
PAST_ENDINGS = ("وا", "تا", "ت")
