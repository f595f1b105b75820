"""Articles from local files: ``.txt``, ``.html``, JSON Lines, standard input; folders walked.

Each reader yields ``Article`` objects or ``InputError`` values (never raises for one bad
article), so that a batch goes on past a bad line and reports it at the end.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from marsad.errors import InputError
from marsad.io import Article, check_text, check_value

JSONL_SUFFIXES = (".jsonl", ".json", ".ndjson")
HTML_SUFFIXES = (".html", ".htm")
FEED_SUFFIXES = (".xml", ".rss", ".atom")
SUFFIXES = (".txt", *HTML_SUFFIXES, *JSONL_SUFFIXES)

_UTF16_HINT = "it looks like UTF-16: convert it with `iconv -f UTF-16 -t UTF-8`"


def _looks_utf16(data: bytes) -> bool:
    """A UTF-16 byte-order mark, or every other byte a high byte of ASCII (0x00) or Arabic (0x06)."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return True
    head = data[:4096]
    if len(head) < 8:
        return False
    even, odd = head[0::2], head[1::2]
    for high, low in ((even, odd), (odd, even)):
        if high.count(0) + high.count(6) >= 0.9 * len(high) and low.count(0) < 0.1 * len(low):
            return True
    return False


def decode(data: bytes, origin: str) -> str:
    """UTF-8 text from bytes, or an InputError that says what the bytes are."""
    if not data.strip():
        raise InputError("empty input", source=origin)
    if _looks_utf16(data):
        raise InputError(f"not UTF-8; {_UTF16_HINT}", source=origin)
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
    nul = text.find("\x00")
    if nul >= 0:
        raise InputError(f"binary data (a NUL character at character {nul}), not a text article", source=origin)
    return text


def article_from_txt(text: str, origin: str, *, article_id: str | None = None) -> Article:
    """A ``.txt`` article: the first non-empty line is the title, the whole text is the body."""
    check_text(text, origin)
    title = next((line.strip() for line in text.splitlines() if line.strip()), None)
    return Article(text=text, id=article_id, title=title, origin=origin)


def _opt_str(row: dict[str, object], name: str, origin: str) -> str | None:
    value = row.get(name)
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool) and name == "id":
        return str(value)
    if not isinstance(value, str):
        raise InputError(f"field {name!r} must be a string, not {type(value).__name__}", source=origin)
    return check_value(value, origin, f"field {name!r}")


def _json_error(exc: json.JSONDecodeError) -> str:
    msg = exc.msg  # some messages end in "at" ("Unterminated string starting at")
    joiner = " " if msg.endswith(" at") else " at "
    return f"malformed JSON ({msg}{joiner}column {exc.colno})"


def article_from_json(line: str, origin: str) -> Article:
    """One JSON Lines row: ``id``, ``text`` and optional ``title``, ``published``, ``outlet``, ``url``."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(_json_error(exc), source=origin) from exc
    except RecursionError as exc:
        raise InputError("malformed JSON (nested too deeply)", source=origin) from exc
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
    """The rows of JSON Lines; an input with no row at all is reported, not passed over."""
    rows = 0
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        rows += 1
        try:
            yield article_from_json(line, f"{name}:{number}")
        except InputError as err:
            yield err
    if not rows:
        yield InputError("no articles: the JSON Lines input has no rows", source=name)


def read_jsonl_file(path: Path) -> Iterator[Article | InputError]:
    """A JSON Lines file read line by line (bulk files can be large)."""
    name = str(path)
    rows = 0
    try:
        with path.open("rb") as handle:
            for number, raw in enumerate(handle, 1):
                if not raw.strip():
                    continue
                rows += 1
                origin = f"{name}:{number}"
                if number == 1 and _looks_utf16(raw):
                    yield InputError(f"not UTF-8; {_UTF16_HINT}", source=name)
                    return
                try:
                    line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
                except UnicodeDecodeError as exc:
                    yield InputError(f"not UTF-8 (byte {exc.start} of the line is invalid)", source=origin)
                    continue
                try:
                    yield article_from_json(line, origin)
                except InputError as err:
                    yield err
    except OSError as exc:
        yield InputError(f"cannot read: {exc.strerror or exc}", source=name)
        return
    if not rows:
        yield InputError("no articles: the JSON Lines file is empty", source=name)


def kind_of(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in FEED_SUFFIXES:
        return "feed"
    return "txt"


def sniff(data: bytes) -> str:
    """The kind of bytes read without a name (standard input)."""
    head = data.lstrip()[:500].lower()
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:].lstrip()
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith(b"<?xml") or head.startswith((b"<rss", b"<feed", b"<rdf:rdf")):
        return "feed"
    if head[:1] == b"<":
        return "html"
    return "txt"


def iter_paths(inputs: Iterable[str], *, recursive: bool = True) -> Iterator[Path | InputError]:
    """Files named by the inputs; folders are walked for files, and a folder that cannot be read
    (or a file in it that cannot be examined) is reported, never passed over in silence."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            if not recursive:
                yield InputError("is a folder", source=item)
                continue
            yield from _walk(path)
        elif path.exists():
            yield path
        else:
            yield InputError("no such file", source=item)


def _walk(root: Path) -> Iterator[Path | InputError]:
    errors: list[OSError] = []
    found: list[Path] = []
    for folder, dirs, files in os.walk(root, onerror=errors.append):
        dirs.sort()
        found.extend(Path(folder) / f for f in files if not f.startswith("."))
    yield from sorted(found)
    for exc in errors:
        yield InputError(f"cannot read folder: {exc.strerror or exc}", source=exc.filename or str(root))
