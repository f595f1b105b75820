"""Ingest from files, folders and feeds; bad inputs reported, good ones stored."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from store_factories import synthetic_extractor

from marsad.ingest import ingest
from marsad.inputs import UrlFetcher
from marsad.store import EventFilter, Store

ARTICLE = "قصفت طائرات التحالف الدولي مواقع لتنظيم داعش في مدينة الرقة أمس، وفق المرصد السوري لحقوق الإنسان."


def write_bad_folder(root: Path) -> Path:
    folder = root / "inbox"
    (folder / "sub").mkdir(parents=True)
    (folder / "good1.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "sub" / "good2.txt").write_text(ARTICLE + " وقتل خمسة.", encoding="utf-8")
    rows = [{"id": "j1", "text": ARTICLE + " ١", "outlet": "BBC Arabic", "published": "2017-06-10"},
            {"id": "j2", "text": ARTICLE + " ٢", "outlet": "CNN Arabic"}]
    (folder / "more.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n{not json\n", encoding="utf-8")
    (folder / "photo.bin").write_bytes(bytes(range(256)) * 8)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "legacy.txt").write_bytes(ARTICLE.encode("cp1256"))
    return folder


def test_bad_inputs_reported_good_ones_stored(store: Store, tmp_path: Path) -> None:
    folder = write_bad_folder(tmp_path)
    summary = ingest([str(folder)], store, extractor=synthetic_extractor)
    assert summary.new == 4 and summary.present == 0
    reasons = {Path(str(e.source).split(":")[0]).name: e.reason for e in summary.failed}
    assert set(reasons) == {"photo.bin", "empty.txt", "legacy.txt", "more.jsonl"}
    assert "binary" in reasons["photo.bin"] and "empty" in reasons["empty.txt"]
    assert "Windows-1256" in reasons["legacy.txt"] and "JSON" in reasons["more.jsonl"]
    assert any(str(e.source).endswith("more.jsonl:3") for e in summary.failed)  # names the line
    assert summary.read == 8
    assert store.counts()["articles"] == 4
    again = ingest([str(folder)], store, extractor=synthetic_extractor)
    assert (again.new, again.present, again.reports) == (0, 4, 0)


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (stdlib signature)
        return None


@pytest.fixture
def http_root(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    root = tmp_path / "www"
    root.mkdir()
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield root, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _page(title: str, body: str) -> str:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body><article><h1>{title}</h1><p>{body}</p></article></body></html>")


def _rss(base: str, links: list[str]) -> str:
    items = "".join(
        f"<item><title>خبر {i}</title><link>{base}/{link}</link><guid>{base}/{link}</guid>"
        f"<pubDate>Sat, 10 Jun 2017 08:00:00 GMT</pubDate></item>" for i, link in enumerate(links)
    )
    return (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Test Outlet</title>"
            f"<link>{base}</link><description>x</description>{items}</channel></rss>")


def test_feed_url_and_file(store: Store, tmp_path: Path, http_root: tuple[Path, str]) -> None:
    root, base = http_root
    (root / "a.html").write_text(_page("غارة على الرقة", ARTICLE), encoding="utf-8")
    (root / "b.html").write_text(_page("اشتباكات", ARTICLE + " اشتباكات عنيفة."), encoding="utf-8")
    (root / "feed.xml").write_text(_rss(base, ["a.html", "b.html", "missing.html"]), encoding="utf-8")
    feed_file = tmp_path / "saved.rss"
    feed_file.write_text(_rss(base, ["a.html"]), encoding="utf-8")
    summary = ingest([f"{base}/feed.xml", str(feed_file)], store, extractor=synthetic_extractor,
                     fetcher=UrlFetcher(timeout=5, allow_private=True))
    assert summary.new == 2 and summary.present == 1  # the saved feed repeats a.html
    [failure] = summary.failed
    assert "missing.html" in str(failure) and "404" in str(failure)
    article = store.get_article(f"{base}/a.html")
    assert article is not None
    assert article["outlet"] == "Test Outlet" and article["published"] == "2017-06-10"
    assert ARTICLE in article["text"] and article["title"] == "خبر 0"


def test_unreachable_url_is_an_input_error(store: Store) -> None:
    summary = ingest(["http://127.0.0.1:9/feed.xml"], store, extractor=synthetic_extractor,
                     fetcher=UrlFetcher(timeout=2, allow_private=True))
    assert summary.new == 0 and len(summary.failed) == 1 and "cannot fetch" in str(summary.failed[0])


def test_article_page_url(store: Store, http_root: tuple[Path, str]) -> None:
    root, base = http_root
    (root / "page.html").write_text(_page("غارة", ARTICLE), encoding="utf-8")
    summary = ingest([f"{base}/page.html"], store, extractor=synthetic_extractor,
                     fetcher=UrlFetcher(timeout=5, allow_private=True))
    assert summary.new == 1 and not summary.failed
    assert store.query_events(EventFilter())[0] >= 0


def _cli(*args: str) -> tuple[int, str]:
    from click.testing import CliRunner

    from marsad.cli.store import ingest as ingest_cmd

    result = CliRunner().invoke(ingest_cmd, list(args), catch_exceptions=False)
    return result.exit_code, result.stderr


def test_cli_bad_folder_exit_status(db_url: str, tmp_path: Path) -> None:
    folder = write_bad_folder(tmp_path)
    code, err = _cli(str(folder), "--db", db_url)
    assert code == 1
    assert "new: 4" in err and "failed: 4" in err and "events added:" in err and "events merged:" in err
    for name in ("photo.bin", "empty.txt", "legacy.txt", "more.jsonl:3"):
        assert name in err
    code, err = _cli(str(folder), "--db", db_url)
    assert code == 1 and "new: 0" in err and "already present: 4" in err


def test_cli_hostile_text_byte_for_byte(db_url: str, tmp_path: Path) -> None:
    text = ARTICLE + " '); DROP TABLE articles;-- <script>alert(\"x\")</script> \"quoted\" 'single' %s ?"
    path = tmp_path / "hostile.jsonl"
    path.write_text(json.dumps({"id": "h'1", "text": text, "title": "<script>", "url": "https://e.org/?a='b'"},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    code, _ = _cli(str(path), "--db", db_url)
    assert code == 0
    from marsad.store import open_store

    with open_store(db_url, read_only=True) as store:
        got = store.get_article("h'1")
        assert got is not None and got["text"].encode("utf-8") == text.encode("utf-8")
        assert got["title"] == "<script>" and store.counts()["articles"] == 1
