"""URL fetches against real HTTP servers on loopback: an overall deadline, a size cap, redirects
only to http(s), private addresses only when allowed, and feed entries too short to be articles."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from marsad.errors import InputError
from marsad.inputs import UrlFetcher, read_sources
from marsad.inputs.fetch import check_address

GOOD = "قصفت قوات النظام السوري بلدة كفرنبل في ريف إدلب أمس، ما أسفر عن مقتل ثلاثة مدنيين."
PAGE = f"<!DOCTYPE html><html><body><article><h1>غارة</h1><p>{GOOD}</p></article></body></html>".encode()

Handler = Callable[[BaseHTTPRequestHandler], None]


@pytest.fixture
def serve() -> Iterator[Callable[[dict[str, Handler]], str]]:
    servers: list[ThreadingHTTPServer] = []

    def start(routes: dict[str, Handler]) -> str:
        class H(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                routes.get(self.path, lambda h: h.send_error(404))(self)

            def log_message(self, *args: object) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), H)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def _page(h: BaseHTTPRequestHandler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/html; charset=utf-8")
    h.send_header("Content-Length", str(len(PAGE)))
    h.end_headers()
    h.wfile.write(PAGE)


def _trickle(h: BaseHTTPRequestHandler) -> None:
    """One byte at a time, each well within the read timeout: only an overall deadline stops it."""
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.end_headers()
    try:
        for _ in range(200):
            h.wfile.write(b"<")
            h.wfile.flush()
            time.sleep(0.1)
    except OSError:
        pass


def _huge(h: BaseHTTPRequestHandler) -> None:
    h.send_response(200)
    h.end_headers()
    try:
        for _ in range(100):
            h.wfile.write(b"x" * 65536)
    except OSError:
        pass


def _to(location: str) -> Handler:
    def redirect(h: BaseHTTPRequestHandler) -> None:
        h.send_response(302)
        h.send_header("Location", location)
        h.end_headers()
    return redirect


def test_slow_server_hits_the_overall_deadline(serve: Callable[[dict[str, Handler]], str]) -> None:
    base = serve({"/slow": _trickle})
    fetcher = UrlFetcher(timeout=5, deadline=0.8, allow_private=True)
    start = time.monotonic()
    with pytest.raises(InputError, match=r"took longer than 0.8 s"):
        fetcher.fetch(f"{base}/slow")
    assert time.monotonic() - start < 3


def test_size_cap(serve: Callable[[dict[str, Handler]], str]) -> None:
    base = serve({"/huge": _huge})
    with pytest.raises(InputError, match="larger than 100,000 bytes"):
        UrlFetcher(max_bytes=100_000, allow_private=True).fetch(f"{base}/huge")


def test_redirects_followed_only_to_http(serve: Callable[[dict[str, Handler]], str]) -> None:
    base = serve({"/page": _page, "/ftp": _to("ftp://127.0.0.1/secret"), "/file": _to("file:///etc/passwd")})
    fetcher = UrlFetcher(timeout=5, allow_private=True)
    assert b"<article>" in UrlFetcher(timeout=5, allow_private=True).fetch(f"{base}/page")
    for path in ("/ftp", "/file"):
        with pytest.raises(InputError, match="only http|not allowed"):
            fetcher.fetch(f"{base}{path}")


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/x", "http://localhost/x", "http://10.1.2.3/x",
                                 "http://192.168.0.1/x", "http://169.254.169.254/latest/meta-data",
                                 "http://[::1]/x", "http://0.0.0.0/x"])
def test_private_addresses_refused_by_default(url: str) -> None:
    with pytest.raises(InputError, match="allow-private-urls"):
        check_address(url, allow_private=False)
    check_address(url, allow_private=True)


def test_feed_links_to_loopback_are_not_fetched_by_default(serve: Callable[[dict[str, Handler]], str]) -> None:
    base = "http://127.0.0.1:1"

    def feed(h: BaseHTTPRequestHandler) -> None:
        body = (f"<?xml version='1.0'?><rss version='2.0'><channel><title>T</title>"
                f"<item><title>a</title><link>{base2}/page</link></item></channel></rss>").encode()
        h.send_response(200)
        h.end_headers()
        h.wfile.write(body)

    base2 = serve({"/page": _page, "/feed.xml": feed})
    assert base != base2
    refused = list(read_sources([f"{base2}/feed.xml"]))
    assert len(refused) == 1 and isinstance(refused[0], InputError) and "private" in str(refused[0])
    allowed = list(read_sources([f"{base2}/feed.xml"], UrlFetcher(timeout=5, allow_private=True)))
    assert len(allowed) == 1 and not isinstance(allowed[0], InputError) and GOOD in allowed[0].text


def test_redirect_to_a_private_address_is_refused() -> None:
    from marsad.inputs.fetch import _Redirects

    handler = _Redirects(allow_private=False)
    import urllib.request
    from http.client import HTTPMessage

    request = urllib.request.Request("http://example.org/feed")
    with pytest.raises(InputError, match="private"):
        handler.redirect_request(request, None, 302, "Found", HTTPMessage(), "http://127.0.0.1/admin")  # type: ignore[arg-type]


@pytest.mark.parametrize("url", ["http://example.org:99999/feed", "http://[::1/feed", "ftp://example.org/feed"])
def test_malformed_urls_are_input_errors(url: str) -> None:
    items = list(read_sources([url]))
    assert len(items) == 1 and isinstance(items[0], InputError)


def test_cli_allow_private_urls_flag(serve: Callable[[dict[str, Handler]], str], tmp_path: Path) -> None:
    from click.testing import CliRunner

    from marsad.cli.store import ingest as ingest_cmd

    base = serve({"/page.html": _page})
    db = f"sqlite:///{tmp_path / 's.sqlite'}"
    refused = CliRunner().invoke(ingest_cmd, [f"{base}/page.html", "--db", db])
    assert refused.exit_code == 1 and "--allow-private-urls" in refused.stderr
    allowed = CliRunner().invoke(ingest_cmd, [f"{base}/page.html", "--db", db, "--allow-private-urls"])
    assert allowed.exit_code == 0, allowed.stderr
    assert "new: 1" in allowed.stderr
