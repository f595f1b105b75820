"""Stage 2: sentences and tokens.

Sentences end at . ! ? ؟ ؛ and at line breaks; a full stop between digits (2.5) or after a
single letter (abbreviation) does not end one, nor does an ellipsis that "و" goes on from. Tokens are runs of letters and digits; the
clitics (و ف ب ل ك ال س) are handled by the matchers, which check each token's proclitics
against the lexicons.
"""

from __future__ import annotations

from marsad.document import Document, Sentence, Token
from marsad.text import offsets

_STOPS = ".!?؟؛"
MAX_SENTENCE = 1200  # folded characters; longer runs are cut at a comma or space


def _boundaries(norm: str) -> list[tuple[int, int, bool]]:
    """The runs of stops and the runs of line breaks, in order: ``(start, end, line break)``."""
    runs: list[tuple[int, int, bool]] = []
    for i in offsets(norm, _STOPS + "\n"):
        newline = norm[i] == "\n"
        if runs and runs[-1][1] == i and runs[-1][2] == newline:
            runs[-1] = (runs[-1][0], i + 1, newline)
        else:
            runs.append((i, i + 1, newline))
    return runs


def _sentence_ranges(norm: str) -> list[tuple[int, int, int]]:
    ranges: list[tuple[int, int, int]] = []
    start = 0
    paragraph = 0
    for stop, end, newline in _boundaries(norm):
        if norm[stop] == ".":
            before = norm[stop - 1] if stop > 0 else " "
            after = norm[end] if end < len(norm) else " "
            if before.isdigit() and after.isdigit():
                continue
            if end - stop == 1 and before.isalpha() and (stop < 2 or not norm[stop - 2].isalnum()):
                continue  # "(د. ب. أ)"، "د.محمد": a letter alone before the stop is an abbreviation
            if end - stop >= 2 and norm[end:end + 2].lstrip()[:1] == "و" and norm[end:end + 1] in (" ", "و"):
                continue  # "مدن كرج وشيراز... وشملت أيضا": an ellipsis the conjunction goes on from is a pause
        piece_end = stop if newline else end
        if norm[start:piece_end].strip():
            ranges.append((start, piece_end, paragraph))
        if newline:
            paragraph += 1
        start = end
    if norm[start:].strip():
        ranges.append((start, len(norm), paragraph))
    out: list[tuple[int, int, int]] = []
    for s, e, p in ranges:
        while s < e:
            while s < e and norm[s].isspace():
                s += 1
            if s >= e:
                break
            if e - s <= MAX_SENTENCE:
                out.append((s, e, p))
                break
            cut = max(norm.rfind("،", s, s + MAX_SENTENCE), norm.rfind(" ", s, s + MAX_SENTENCE))
            cut = cut + 1 if cut > s else s + MAX_SENTENCE
            out.append((s, cut, p))
            s = cut
    return out


def run(doc: Document) -> None:
    # the tokens are the runs of word characters (``\w+``) of each sentence: in the match text,
    # where every other character is a space, the pieces between spaces (a split is cheaper than
    # a regex match object per token)
    mtext = doc.match_text()
    tokens: list[Token] = []
    for i, (start, end, paragraph) in enumerate(_sentence_ranges(doc.norm)):
        doc.sentences.append(Sentence(i, start, end, paragraph))
        pos = start
        k = len(tokens)
        for piece in mtext[start:end].split(" "):
            if piece:
                n = len(piece)
                tokens.append(Token(k, pos, pos + n, piece, i))
                k += 1
                pos += n + 1
            else:
                pos += 1
    doc.tokens = tokens
