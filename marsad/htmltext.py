"""The main text of an HTML article page (selectolax), without navigation, scripts and styles."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "template")
_BLOCK = re.compile(r"\n{3,}")


def _text_of(node: LexborNode) -> str:
    parts: list[str] = []
    for p in node.css("p, h2, h3, li, blockquote"):
        text = " ".join(p.text(separator=" ").split())
        if text:
            parts.append(text)
    if not parts:
        parts = [line.strip() for line in node.text(separator="\n").splitlines() if line.strip()]
    return "\n".join(parts)


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
