"""The lexicons that the triggers, actors and sources stages match on an article's match text,
scanned together (``lexicon.LexiconScan``): one walk of one automaton over the text instead of
five. Each stage asks for its own lexicon's matches; the first to ask scans the article."""

from __future__ import annotations

from functools import lru_cache

from marsad.pipeline.lexicon import LexiconScan


@lru_cache(maxsize=1)
def article_scan() -> LexiconScan:
    from marsad.pipeline import actors, sources, triggers  # these stages import this module

    tables = actors.tables()
    return LexiconScan((triggers.phrases(), tables.aliases, tables.anaphors, tables.countries, sources.lexicon()))
