"""RSS/Atom feeds (files, standard input or URLs): each entry's page is fetched and its text extracted."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

from marsad.errors import InputError
from marsad.inputs.fetch import Fetcher, is_url
from marsad.inputs.files import decode
from marsad.inputs.html import article_from_html
from marsad.io import Article

MIN_ENTRY_CHARS = 40  # an entry with less text than this is a headline or a stub, not an article


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


def _entry_article(entry: Any, where: str, link: str | None, fetcher: Fetcher) -> Article:
    if link and is_url(link):
        html = decode(fetcher.fetch(link), link)
    else:
        html = _entry_html(entry)
    article = article_from_html(html, where, url=link)
    letters = sum(1 for ch in article.text if ch.isalpha())
    if letters < MIN_ENTRY_CHARS:
        raise InputError(f"too little text for an article ({letters} letters, fewer than {MIN_ENTRY_CHARS})",
                         source=where)
    return article


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
            article = _entry_article(entry, where, link, fetcher)
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
