"""The checks every article's text passes; ``Article`` (from ``marsad.model``) is re-exported here.

The readers of files, pages, feeds and URLs live in ``marsad.inputs``; ``read_inputs`` is kept
here for the callers that import it from this module.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from marsad.errors import InputError
from marsad.model import Article as Article  # re-exported: Article lives in marsad.model

MAX_ARTICLE_CHARS = 5_000_000
_SURROGATE = re.compile("[\ud800-\udfff]")


def check_value(value: str, origin: str, what: str = "article text") -> str:
    """``value`` unless it holds what no encoder or store can keep: a NUL or a lone surrogate."""
    nul = value.find("\x00")
    if nul >= 0:
        raise InputError(f"{what} holds a NUL character (at character {nul}): not a text article", source=origin)
    bad = _SURROGATE.search(value)
    if bad is not None:
        raise InputError(
            f"{what} holds a lone surrogate (\\u{ord(bad.group()):04x} at character {bad.start()}): "
            "not valid Unicode", source=origin)
    return value


def check_text(text: str, origin: str) -> str:
    """The article's text unless it is empty, too long, or holds a NUL or a lone surrogate."""
    if not text.strip():
        raise InputError("empty article text", source=origin)
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(
            f"article text has {len(text):,} characters, over the limit of {MAX_ARTICLE_CHARS:,}", source=origin
        )
    return check_value(text, origin)


def read_inputs(inputs: Iterable[str]) -> Iterator[Article | InputError]:
    """Every article of every input, errors in place: ``marsad.inputs.read_sources``."""
    from marsad.inputs import read_sources

    return read_sources(inputs)
