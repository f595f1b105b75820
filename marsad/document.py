"""The central object: one ``Document`` per article, created once and only added to.

It holds the raw text exactly as given, the folded matching text and the map between the
two, and the mentions and events that the stages add. Offsets inside the pipeline are into
the folded text (``norm``); ``span`` turns them into exact raw-text evidence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from marsad.model import ArticleResult, Event, Span

if TYPE_CHECKING:
    from marsad.pipeline.candidate import EventCandidate


# marks that end a name or a phrase between two tokens
PHRASE_BREAKS = frozenset("،,.:;؛\"«»()")
SPACED_DASHES = frozenset({"-", "–", "—"})
# every non-word character but the space (a space stays a space: replacing each one costs time)
_MATCH_BREAK = re.compile(r"[^\w ]")


def match_text(norm: str) -> str:
    """A copy of the folded text of the same length where every non-word character is a space."""
    return _MATCH_BREAK.sub(" ", norm)


@dataclass(slots=True)
class Sentence:
    index: int
    start: int  # folded offsets
    end: int
    paragraph: int


@dataclass(slots=True)
class Token:
    index: int
    start: int
    end: int
    text: str  # folded surface form
    sentence: int


@dataclass(slots=True)
class Mention:
    """A recognised piece of text: an actor, place, date, number, source, trigger or status cue."""

    kind: str
    start: int  # folded offsets
    end: int
    sentence: int
    value: Any = None  # stage-specific payload (typed records)
    tok_start: int = 0
    tok_end: int = 0


@dataclass
class Document:
    text: str
    published: str | None = None
    outlet: str | None = None
    title: str | None = None
    article_id: str | None = None
    norm: str = ""
    index: list[int] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    mentions: dict[str, list[Mention]] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    drafts: list[Any] = field(default_factory=list)  # event drafts before geocoding
    candidates: list[EventCandidate] = field(default_factory=list)  # every finished event, kept or not
    country_hints: list[str] = field(default_factory=list)
    # ``norm`` and its match text, made once for the stages that match lexicons (``match_text``)
    _matched: tuple[str, str] = field(default=("", ""), init=False, repr=False, compare=False)
    # ``tokens`` and the end of each, made once for ``token_at``'s binary search
    _ends: tuple[list[Token], list[int]] = field(default=([], []), init=False, repr=False, compare=False)

    def span(self, start: int, end: int) -> Span:
        """Exact raw-text evidence for the folded range ``[start, end)``."""
        if end <= start:
            raw = self.index[start] if start < len(self.index) else len(self.text)
            return Span(raw, raw, "")
        raw_start = self.index[start]
        raw_end = self.index[end - 1] + 1
        return Span(raw_start, raw_end, self.text[raw_start:raw_end])

    def add(self, mention: Mention) -> None:
        self.mentions.setdefault(mention.kind, []).append(mention)

    def of(self, kind: str) -> list[Mention]:
        return self.mentions.get(kind, [])

    def match_text(self) -> str:
        """``match_text(self.norm)``, made once per folded text."""
        norm, matched = self._matched
        if norm is not self.norm:
            matched = match_text(self.norm)
            self._matched = (self.norm, matched)
        return matched

    def sentence_text(self, index: int) -> str:
        s = self.sentences[index]
        return self.norm[s.start : s.end]

    def broken_before(self, i: int) -> bool:
        """Punctuation that ends a name or phrase (comma, stop, colon, quote, bracket, a dash
        with spaces around it: "بحسب المصدر - الطريق") stands between token ``i - 1`` and token ``i``."""
        gap = self.norm[self.tokens[i - 1].end : self.tokens[i].start]
        return any(c in PHRASE_BREAKS for c in gap) or (gap.strip() in SPACED_DASHES and gap[0] == " " and gap[-1] == " ")

    def token_at(self, offset: int) -> int:
        """Index of the token containing or following the folded offset: the first token that
        ends after it (a binary search on the tokens' ends)."""
        tokens, ends = self._ends
        if tokens is not self.tokens or len(ends) != len(tokens):
            ends = [t.end for t in self.tokens]
            self._ends = (self.tokens, ends)
        return bisect_right(ends, offset)

    def result(self) -> ArticleResult:
        return ArticleResult(
            article_id=self.article_id,
            outlet=self.outlet,
            published=self.published,
            title=self.title,
            events=tuple(self.events),
        )

