"""Clitic prefixes as the rules strip them (data only).

Several strippers disagree today: each keeps its own list, side by side here, until one
morphological analysis replaces them all."""

from __future__ import annotations

# --- Prefixes the event filter's features strip (pipeline.features).

FEATURE_CLITICS = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل")


# --- Proclitics a dictionary match may follow (pipeline.lexicon).

PROCLITICS = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك", "وس", "فس", "س", "لب"})
LAM_LAM = frozenset({"لل", "ولل", "فلل"})
# the proclitics of one letter ("لأي"، "بأية"): where two would make another word of a short one
# ("ولاية" is not و، ل and أية)
SINGLE_PROCLITICS = frozenset(p for p in PROCLITICS if len(p) == 1)


# --- Prefixes the trigger lookup strips; the lam of purpose (pipeline.triggers).

# FEATURE_CLITICS above without فبال، وب، ول: the same prefixes, a drifting copy
TRIGGER_CLITICS = ("وبال", "فبال", "وال", "فال", "بال", "كال", "لل", "وب", "ول", "ال", "و", "ف", "ب", "ل")
PURPOSE_PREFIXES = ("لل", "ل", "ول", "فل")


# --- Proclitics the number reader strips, at most one, the longest first (pipeline.numbers).

NUMBER_PROCLITICS = ("وال", "فال", "بال", "لل", "وب", "ول", "فب", "ال", "و", "ف", "ب", "ل", "ك")

# Endings of the plural and dual of a verb: "يخططون"، "تستعدان" (imperfect), "خططوا" (perfect).
IMPERFECT_PLURAL_ENDINGS = ("ون", "ان")
PERFECT_PLURAL_ENDING = "وا"
IMPERFECT_PREFIXES = ("ي", "ت")
