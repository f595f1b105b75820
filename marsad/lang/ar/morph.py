"""Affixes the stages strip from a folded word (data only).

The endings the trigger lookup strips to reach an event word the lemmatizer may miss
(pipeline.triggers); the conjunctions a source's word is read without (pipeline.sources)."""

from __future__ import annotations

# "وقال"، "فأضاف": the conjunction before a word
CONJUNCTIONS = ("و", "ف")

# accusative tanween alif ("انفجارا", "هجوما"): the bare noun
ACCUSATIVE_ALIF = "ا"

# duals, each with what replaces it: "تفجيرين", "انفجاران", "غارتين" (a feminine noun's ة becomes ت)
DUAL_ENDINGS = (("تين", "ه"), ("تان", "ه"), ("ين", ""), ("ان", ""))

# past-tense endings: "خطفت", "حررت", "هاجموا", "اشتبكا"
PAST_ENDINGS = ("وا", "تا", "ت")

# possessive pronouns after a plural in ات ("طائراته"، "مقاتلاتها"، "دباباتهم"): the plural itself
POSSESSIVE_ENDINGS = ("هما", "هم", "ها", "ه")
