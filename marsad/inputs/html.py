"""The main text of an HTML article page (selectolax), without navigation, scripts and styles.

The parser's time grows with the square of the nesting depth, so a page nested deeper than
``MAX_DEPTH`` elements is refused (with its depth) before it is parsed: one linear scan of the tags.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from marsad.errors import InputError
from marsad.io import Article, check_text

MAX_DEPTH = 1_000  # real pages nest a few dozen elements deep

_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "template")
_BLOCK = re.compile(r"\n{3,}")
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:-]{0,30})[^<>]*?(/?)>")
# Elements that never nest (void) or whose end tag may be left out: they add no depth here.
_FLAT = frozenset(
    "area base br col embed hr img input link meta param source track wbr "
    "p li dt dd tr td th option optgroup thead tbody tfoot colgroup rt rp caption html head body".split()
)


def nesting_depth(html: str, stop_at: int = MAX_DEPTH) -> int:
    """How deeply the page's elements nest (an upper bound; stops counting past ``stop_at``)."""
    depth = deepest = 0
    for match in _TAG.finditer(html):
        closing, name, self_closing = match.groups()
        if self_closing or name.lower() in _FLAT:
            continue
        if closing:
            depth = max(0, depth - 1)
            continue
        depth += 1
        if depth > deepest:
            deepest = depth
            if deepest > stop_at:
                break
    return deepest


def html_to_article(html: str) -> tuple[str | None, str, str | None]:
    """``(title, body, published)`` of an article page; body is empty when nothing was found."""
    tree = LexborHTMLParser(html)
    title: str | None = None
    for selector in ('meta[property="og:title"]', "h1", "title"):
        node = tree.css_first(selector)
        if node is None:
            continue
        value = node.attributes.get("content") if selector.startswith("meta") else node.text()
        if value and value.strip():
            title = " ".join(value.split())
            break
    published: str | None = None
    for selector in ('meta[property="article:published_time"]', 'meta[name="date"]', "time[datetime]"):
        node = tree.css_first(selector)
        if node is not None:
            value = node.attributes.get("content") or node.attributes.get("datetime")
            if value and re.match(r"\d{4}-\d{2}-\d{2}", value):
                published = value[:10]
                break
    tree.strip_tags(list(_DROP_TAGS))
    root = tree.css_first("article") or tree.css_first("main") or tree.body
    body = _text_of(root) if root is not None else ""
    body = _BLOCK.sub("\n\n", body).strip()
    if title and body and not body.startswith(title):
        body = f"{title}\n{body}"
    return title, body, published


def _text_of(node: LexborNode) -> str:
    parts: list[str] = []
    for p in node.css("p, h2, h3, li, blockquote"):
        text = " ".join(p.text(separator=" ").split())
        if text:
            parts.append(text)
    if not parts:
        parts = [line.strip() for line in node.text(separator="\n").splitlines() if line.strip()]
    return "\n".join(parts)


def article_from_html(html: str, origin: str, *, article_id: str | None = None, url: str | None = None) -> Article:
    """The article of an HTML page; an InputError when the page is nested too deeply or has no text."""
    depth = nesting_depth(html)
    if depth > MAX_DEPTH:
        raise InputError(f"HTML nested more than {MAX_DEPTH:,} elements deep: refused (not an article page)",
                         source=origin)
    title, body, published = html_to_article(html)
    if not body.strip():
        raise InputError("no article text found in the HTML", source=origin)
    check_text(body, origin)
    return Article(text=body, id=article_id, title=title, published=published, url=url, origin=origin)
