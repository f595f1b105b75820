"""RSS/Atom feeds (files or ``http(s)://`` URLs): each entry's page is fetched and its text extracted.

All network access goes through one small interface, ``Fetcher``; ``UrlFetcher`` is the real one
(urllib). Tests serve pages from a local ``http.server``, never the internet.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

from marsad import __version__
from marsad.errors import InputError
from marsad.io import Article, article_from_html, decode

FEED_SUFFIXES = (".xml", ".rss", ".atom")
MAX_BYTES = 20_000_000


class Fetcher(Protocol):
    def fetch(self, url: str) -> bytes:
        """The body at ``url``; raises InputError (naming the URL) when it cannot be fetched."""
        ...


class UrlFetcher:
    """Fetches ``http(s)://`` URLs with urllib: a timeout, a size limit, a User-Agent."""

    def __init__(self, timeout: float = 20.0, max_bytes: int = MAX_BYTES) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes

    def fetch(self, url: str) -> bytes:
        if not is_url(url):
            raise InputError("only http:// and https:// URLs are fetched", source=url)
        request = urllib.request.Request(url, headers={"User-Agent": f"marsad/{__version__}"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310 (scheme checked)
                data: bytes = response.read(self.max_bytes + 1)
        except urllib.error.HTTPError as exc:
            raise InputError(f"HTTP {exc.code} {exc.reason}", source=url) from exc
        except (urllib.error.URLError, OSError, ValueError) as exc:
            reason = getattr(exc, "reason", exc)
            raise InputError(f"cannot fetch: {reason}", source=url) from exc
        if len(data) > self.max_bytes:
            raise InputError(f"larger than {self.max_bytes:,} bytes", source=url)
        return data


def is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


def is_feed_path(path: Path) -> bool:
    return path.suffix.lower() in FEED_SUFFIXES


def _day(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return time.strftime("%Y-%m-%d", parsed)


def _entry_html(entry: Any) -> str:
    content = entry.get("content") or []
    if content and content[0].get("value"):
        return str(content[0]["value"])
    return str(entry.get("summary") or "")


def parse_feed(data: bytes, origin: str, fetcher: Fetcher) -> Iterator[Article | InputError]:
    """The articles of a feed's entries, errors in place (one per entry that fails)."""
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        why = f" ({parsed.bozo_exception})" if parsed.get("bozo") else ""
        yield InputError(f"not an RSS/Atom feed, or one with no entries{why}", source=origin)
        return
    outlet = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, 1):
        link = entry.get("link") or None
        entry_name = f"entry {number}" + (f" ({link})" if link else "")
        where = f"{origin} {entry_name}"
        try:
            if link and is_url(link):
                html = decode(fetcher.fetch(link), link)
            else:
                html = _entry_html(entry)
            article = article_from_html(html, where, url=link)
        except InputError as err:
            yield InputError(f"{entry_name}: {err.reason}", source=origin)
            continue
        yield Article(
            text=article.text,
            id=None,
            title=entry.get("title") or article.title,
            published=_day(entry) or article.published,
            outlet=outlet,
            url=link,
            origin=where,
        )


def read_url(url: str, fetcher: Fetcher) -> Iterator[Article | InputError]:
    """A feed at a URL, or (when the page is not a feed) the one article the page holds."""
    try:
        data = fetcher.fetch(url)
        head = decode(data, url).lstrip()[:500].lower()
    except InputError as err:
        yield err
        return
    if head.startswith("<!doctype html") or head.startswith("<html"):
        try:
            yield article_from_html(data.decode("utf-8", "replace"), url, url=url)
        except InputError as err:
            yield err
        return
    yield from parse_feed(data, url, fetcher)


def read_feed_file(path: Path, fetcher: Fetcher) -> Iterator[Article | InputError]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(f"cannot read: {exc.strerror or exc}", source=str(path))
        return
    yield from parse_feed(data, str(path), fetcher)
