"""Reading articles from files: ``.txt``, ``.html``, ``.jsonl`` and standard input.

Each reader yields ``Article`` objects or ``InputError`` values (never raises for one bad
article), so that a batch goes on past a bad line and reports it at the end.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from marsad.errors import InputError
from marsad.model import Article as Article  # re-exported: Article lives in marsad.model

MAX_ARTICLE_CHARS = 5_000_000
SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".json", ".ndjson")


def decode(data: bytes, origin: str) -> str:
    """UTF-8 text from bytes, or an InputError that says what the bytes are."""
    if not data.strip():
        raise InputError("empty input", source=origin)
    if b"\x00" in data[:4096]:
        raise InputError("binary data (NUL bytes), not a text article", source=origin)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        try:
            data.decode("cp1256")
        except UnicodeDecodeError:
            raise InputError(f"not UTF-8 text (byte {exc.start} is invalid)", source=origin) from exc
        raise InputError(
            f"not UTF-8 (byte {exc.start} is invalid); it looks like Windows-1256: "
            "convert it with `iconv -f WINDOWS-1256 -t UTF-8`",
            source=origin,
        ) from exc
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 8:
        raise InputError("binary data (control characters), not a text article", source=origin)
    return text


def check_text(text: str, origin: str) -> str:
    if not text.strip():
        raise InputError("empty article text", source=origin)
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(
            f"article text has {len(text):,} characters, over the limit of {MAX_ARTICLE_CHARS:,}", source=origin
        )
    return text


def article_from_txt(text: str, origin: str, *, article_id: str | None = None) -> Article:
    """A ``.txt`` article: the first non-empty line is the title, the whole text is the body."""
    check_text(text, origin)
    title = next((line.strip() for line in text.splitlines() if line.strip()), None)
    return Article(text=text, id=article_id, title=title, origin=origin)


def article_from_html(html: str, origin: str, *, article_id: str | None = None, url: str | None = None) -> Article:
    from marsad.htmltext import html_to_article

    title, body, published = html_to_article(html)
    if not body.strip():
        raise InputError("no article text found in the HTML", source=origin)
    check_text(body, origin)
    return Article(text=body, id=article_id, title=title, published=published, url=url, origin=origin)


def _opt_str(row: dict[str, object], name: str, origin: str) -> str | None:
    value = row.get(name)
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool) and name == "id":
        return str(value)
    if not isinstance(value, str):
        raise InputError(f"field {name!r} must be a string, not {type(value).__name__}", source=origin)
    return value


def article_from_json(line: str, origin: str) -> Article:
    """One JSON Lines row: ``id``, ``text`` and optional ``title``, ``published``, ``outlet``, ``url``."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"malformed JSON ({exc.msg} at column {exc.colno})", source=origin) from exc
    if not isinstance(row, dict):
        raise InputError(f"a JSON object was expected, not {type(row).__name__}", source=origin)
    text = row.get("text")
    if not isinstance(text, str):
        raise InputError("missing field 'text' (a string)", source=origin)
    check_text(text, origin)
    published = _opt_str(row, "published", origin)
    return Article(
        text=text,
        id=_opt_str(row, "id", origin),
        title=_opt_str(row, "title", origin),
        published=published[:10] if published else None,
        outlet=_opt_str(row, "outlet", origin),
        url=_opt_str(row, "url", origin),
        origin=origin,
    )


def iter_jsonl(lines: Iterable[str], name: str) -> Iterator[Article | InputError]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield article_from_json(line, f"{name}:{number}")
        except InputError as err:
            yield err


def read_bytes(data: bytes, name: str, kind: str) -> Iterator[Article | InputError]:
    """Articles from the bytes of one input of the given kind (``txt``, ``html`` or ``jsonl``)."""
    try:
        text = decode(data, name)
    except InputError as err:
        yield err
        return
    if kind == "jsonl":
        yield from iter_jsonl(text.splitlines(), name)
        return
    try:
        if kind == "html":
            yield article_from_html(text, name, article_id=Path(name).stem if name != "-" else None)
        else:
            yield article_from_txt(text, name, article_id=Path(name).stem if name != "-" else None)
    except InputError as err:
        yield err


def kind_of(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".json", ".ndjson"):
        return "jsonl"
    if suffix in (".html", ".htm"):
        return "html"
    return "txt"


def sniff_stdin(data: bytes) -> str:
    head = data.lstrip()[:200]
    if head.startswith(b"{"):
        return "jsonl"
    if head[:1] == b"<":
        return "html"
    return "txt"


def iter_paths(inputs: Iterable[str], *, recursive: bool = True) -> Iterator[Path | InputError]:
    """Files named by the inputs; folders are walked for article files."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            if not recursive:
                yield InputError("is a folder", source=item)
                continue
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.name.startswith("."):
                    continue
                yield child
        elif path.exists():
            yield path
        else:
            yield InputError("no such file", source=item)


def read_inputs(inputs: Iterable[str]) -> Iterator[Article | InputError]:
    """Every article of every input (``-`` is standard input), in order, with errors in place."""
    for item in inputs:
        if item == "-":
            data = sys.stdin.buffer.read()
            yield from read_bytes(data, "-", sniff_stdin(data))
            continue
        for path in iter_paths([item]):
            if isinstance(path, InputError):
                yield path
                continue
            try:
                if path.suffix.lower() in (".jsonl", ".ndjson", ".json"):
                    yield from _read_jsonl_file(path)
                    continue
                data = path.read_bytes()
            except OSError as exc:
                yield InputError(f"cannot read: {exc.strerror or exc}", source=str(path))
                continue
            yield from read_bytes(data, str(path), kind_of(path))


def _read_jsonl_file(path: Path) -> Iterator[Article | InputError]:
    """A JSON Lines file read line by line (bulk files can be large); ``.gz`` is not handled here."""
    name = str(path)
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            origin = f"{name}:{number}"
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield InputError(f"not UTF-8 (byte {exc.start} of the line is invalid)", source=origin)
                continue
            try:
                yield article_from_json(line, origin)
            except InputError as err:
                yield err
