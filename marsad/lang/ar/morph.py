"""Affixes the stages strip from a folded word (data only).

The endings the trigger lookup strips to reach an event word the lemmatizer may miss
(pipeline.triggers); the conjunctions a source's word is read without (pipeline.sources)."""

from __future__ import annotations

# "وقال"، "فأضاف": the conjunction before a word
CONJUNCTIONS = ("و", "ف")

# the definite article ("الهجوم": the attack told before; "الشرطة": a subject, not a toll's noun)
DEFINITE_ARTICLE = "ال"
# the article on a later word of a place name, which news writes or leaves out ("خور المكسر"، "خور مكسر")
INNER_ARTICLE = DEFINITE_ARTICLE

# accusative tanween alif ("انفجارا", "هجوما"): the bare noun
ACCUSATIVE_ALIF = "ا"

# the feminine ending, folded (ة is folded to ه): "سورية"، "الأمريكية"
FEMININE_ENDING = "ه"

# duals, each with what replaces it: "تفجيرين", "انفجاران", "غارتين" (a feminine noun's ة becomes ت)
DUAL_ENDINGS = (("تين", "ه"), ("تان", "ه"), ("ين", ""), ("ان", ""))

# past-tense endings: "خطفت", "حررت", "هاجموا", "اشتبكا"
PAST_ENDINGS = ("وا", "تا", "ت")

# the present tense of a verb ("يتظاهرن"، "يشتبكون"، "تتقدم"): its prefix, the endings of its persons,
# and what its past (the form the lexicon holds) begins with in the forms that add one ("اشتبك"، "أطلق").
# A word in ت alone is as often a noun ("توقف"، "تدخل"، "تلقي": a pause, an intervention, receiving):
# only "تت" and "تست" open nothing but a present verb ("تتقدم"، "تستهدف"); nor is a definite word or
# one after the ل of purpose ("لتلقي") a verb of this kind
PRESENT_PREFIX = "ي"
PRESENT_T_OPENINGS = ("تت", "تست")
PRESENT_ENDINGS = ("ون", "ان", "ن")
PAST_OPENING = "ا"

# possessive pronouns after a plural in ات ("طائراته"، "مقاتلاتها"، "دباباتهم"): the plural itself
POSSESSIVE_ENDINGS = ("هما", "هم", "ها", "ه")
