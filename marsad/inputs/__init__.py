"""Every way articles come in: files, folders, standard input, HTML pages, RSS/Atom feeds, URLs.

``read_sources`` is the one reader behind ``marsad extract`` and ``marsad ingest``: each input is
read by what it is (a ``.xml``/``.rss``/``.atom`` file or a feed URL as a feed, an ``.html``
file as a page, JSON Lines row by row), and yields ``Article`` objects with ``InputError``
values in place, so one bad input never stops a batch.

>>> from marsad.inputs import read_sources
>>> for item in read_sources(["news/", "feed.xml", "https://example.org/rss"]):
...     print(item)
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from marsad.errors import InputError
from marsad.inputs.feeds import parse_feed, read_url
from marsad.inputs.fetch import Fetcher, UrlFetcher, is_url
from marsad.inputs.files import (
    article_from_json,
    article_from_txt,
    decode,
    iter_jsonl,
    iter_paths,
    kind_of,
    read_jsonl_file,
    sniff,
)
from marsad.inputs.html import article_from_html
from marsad.io import Article

__all__ = ["Article", "Fetcher", "UrlFetcher", "article_from_html", "article_from_json", "iter_jsonl",
           "read_bytes", "read_sources"]


def read_bytes(data: bytes, name: str, kind: str, fetcher: Fetcher | None = None) -> Iterator[Article | InputError]:
    """Articles from the bytes of one input of the given kind (``txt``, ``html``, ``jsonl``, ``feed``)."""
    if kind == "feed":
        yield from parse_feed(data, name, fetcher or UrlFetcher())
        return
    try:
        text = decode(data, name)
    except InputError as err:
        yield err
        return
    if kind == "jsonl":
        yield from iter_jsonl(text.splitlines(), name)
        return
    article_id = Path(name).stem if name != "-" else None
    try:
        if kind == "html":
            yield article_from_html(text, name, article_id=article_id)
        else:
            yield article_from_txt(text, name, article_id=article_id)
    except InputError as err:
        yield err


def read_file(path: Path, fetcher: Fetcher | None = None) -> Iterator[Article | InputError]:
    kind = kind_of(path)
    if kind == "jsonl":
        yield from read_jsonl_file(path)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(f"cannot read: {exc.strerror or exc}", source=str(path))
        return
    yield from read_bytes(data, str(path), kind, fetcher)


def read_sources(inputs: Iterable[str], fetcher: Fetcher | None = None) -> Iterator[Article | InputError]:
    """Every article of every input (``-`` is standard input), in order, with errors in place.

    Inputs are files, folders (walked recursively), feed files, ``http(s)://`` URLs (a feed or a
    page) and ``-``. ``fetcher`` (default: a ``UrlFetcher`` that refuses private addresses)
    fetches URLs and feed entries' pages."""
    for item in inputs:
        if item == "-":
            data = sys.stdin.buffer.read()
            yield from read_bytes(data, "-", sniff(data), fetcher)
        elif is_url(item):
            yield from read_url(item, fetcher or UrlFetcher())
        else:
            for path in iter_paths([item]):
                if isinstance(path, InputError):
                    yield path
                else:
                    yield from read_file(path, fetcher)
