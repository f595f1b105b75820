"""Dictionary matching on the folded text with Arabic clitic and word-boundary checks.

Keys are ``name_key`` forms. A match counts when it starts a word or follows a valid run of
proclitics (و ف ب ل ك and their combinations; ``لل`` stands for ل + ال), and ends a word or is
followed by one of the lexicon's allowed suffixes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import ahocorasick

from marsad.document import match_text as match_text
from marsad.lang.ar.clitics import LAM_LAM as LAM_LAM
from marsad.lang.ar.clitics import PROCLITICS as PROCLITICS
from marsad.text import name_key

T = TypeVar("T")
Hit = tuple[int, tuple[str, bool]]  # an automaton's hit: the index of its last character, its key, stripped or not


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    start: int  # start of the matched name (after proclitics)
    end: int
    key: str
    value: T
    prefix: str  # proclitics before the match in the same word
    word_start: int


class Lexicon(Generic[T]):
    """An Aho-Corasick automaton over name keys, each with a value."""

    def __init__(self, entries: Iterable[tuple[str, T]], suffixes: Iterable[str] = ()) -> None:
        self._auto = ahocorasick.Automaton()
        self._values: dict[str, T] = {}
        for name, value in entries:
            key = name_key(name)
            if not key or key in self._values:
                continue
            self._values[key] = value
        # the automaton's words: each key, and a definite key without its article (a hit needs لل)
        self.words: dict[str, tuple[str, bool]] = {}
        for key in self._values:
            self.words[key] = (key, False)
            if key.startswith("ال") and len(key) > 3 and key[2:] not in self._values:
                self.words[key[2:]] = (key, True)
        for word, entry in self.words.items():
            self._auto.add_word(word, entry)
        self.suffixes = frozenset(suffixes) | {""}
        self._empty = not self._values
        if not self._empty:
            self._auto.make_automaton()

    def __contains__(self, key: str) -> bool:
        return key in self._values

    def get(self, key: str) -> T | None:
        return self._values.get(key)

    def find(self, mtext: str, start: int = 0, end: int | None = None) -> list[Match[T]]:
        """Non-overlapping matches in ``mtext[start:end]`` (a ``match_text``), longest first."""
        if self._empty:
            return []
        return self.matches(mtext, self._auto.iter(mtext, start, len(mtext) if end is None else end))

    def matches(self, mtext: str, hits: Iterable[Hit]) -> list[Match[T]]:
        """The matches ``find`` keeps of the automaton's hits in ``mtext``. They do not depend on
        the order of the hits: no two hits of one lexicon end and begin at the same places, and
        the longest, then the first, are taken first."""
        found: list[Match[T]] = []
        for last, (key, stripped) in hits:
            e = last + 1
            s = e - (len(key) - 2 if stripped else len(key))
            ws = mtext.rfind(" ", 0, s) + 1  # the start of the word (0 with no space before)
            prefix = mtext[ws:s]
            if stripped:
                if prefix not in LAM_LAM:
                    continue
            elif prefix in LAM_LAM and "ال" + key in self._values:
                key = "ال" + key  # "للحوثيين": ل with the article of "الحوثيين", where "حوثيين" is a key too
            elif prefix not in PROCLITICS:
                continue
            we = mtext.find(" ", e)  # the end of the word
            if mtext[e : len(mtext) if we < 0 else we] not in self.suffixes:
                continue
            found.append(Match(s, e, key, self._values[key], prefix, ws))
        found.sort(key=lambda m: (m.start - m.end, m.start))
        taken = Taken(len(mtext))
        out: list[Match[T]] = []
        for m in found:
            if taken.overlaps(m.start, m.end):
                continue
            taken.add(m.start, m.end)
            out.append(m)
        out.sort(key=lambda m: m.start)
        return out


class LexiconScan:
    """One pass of an Aho-Corasick automaton over a match text for several lexicons instead of
    one pass each: ``matches`` gives a lexicon's matches as its ``find`` would. The hits of the
    last text scanned are kept, so that the stages sharing the scan walk an article once."""

    def __init__(self, lexicons: Sequence[Lexicon[Any]]) -> None:
        self._lexicons = tuple(lexicons)
        self._auto = ahocorasick.Automaton()
        words: dict[str, list[tuple[int, tuple[str, bool]]]] = {}
        for n, lexicon in enumerate(self._lexicons):
            for word, entry in lexicon.words.items():
                words.setdefault(word, []).append((n, entry))
        for word, entries in words.items():
            self._auto.add_word(word, tuple(entries))
        self._empty = not words
        if not self._empty:
            self._auto.make_automaton()
        self._last: tuple[str, tuple[tuple[Hit, ...], ...]] | None = None  # a text and its hits

    def hits(self, mtext: str) -> tuple[tuple[Hit, ...], ...]:
        """The hits of each lexicon's words in ``mtext``, in the order of the lexicons."""
        last = self._last
        if last is not None and last[0] == mtext:
            return last[1]
        out: list[list[Hit]] = [[] for _ in self._lexicons]
        if not self._empty:
            for end, entries in self._auto.iter(mtext):
                for n, entry in entries:
                    out[n].append((end, entry))
        hits = tuple(tuple(h) for h in out)
        self._last = (mtext, hits)
        return hits

    def matches(self, lexicon: Lexicon[T], mtext: str) -> list[Match[T]]:
        """``lexicon.find(mtext)``, from the hits of this scan when ``lexicon`` is one of its own."""
        for n, own in enumerate(self._lexicons):
            if own is lexicon:
                return lexicon.matches(mtext, self.hits(mtext)[n])
        return lexicon.find(mtext)


class Taken:
    """Character spans taken so far: checking a span costs its length, not the number taken."""

    def __init__(self, size: int, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._marks = bytearray(size + 1)
        for start, end in spans:
            self.add(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        return start < end and self._marks.find(1, start, end) >= 0

    def add(self, start: int, end: int) -> None:
        end = min(end, len(self._marks))
        if start < end:
            self._marks[start:end] = b"\x01" * (end - start)
