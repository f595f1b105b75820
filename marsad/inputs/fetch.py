"""Fetching ``http(s)://`` URLs: the one place marsad touches the network.

``UrlFetcher`` (urllib) bounds every fetch: a timeout per read, an overall deadline, a size
cap, redirects followed only to http(s), and addresses that are private, loopback, link-local
or otherwise not public refused unless ``allow_private`` (a feed must not make marsad read the
host's own services). Tests serve pages from a local ``http.server``, never the internet.
"""

from __future__ import annotations

import ipaddress
import socket
import time
import urllib.error
import urllib.request
from http.client import HTTPMessage
from typing import IO, Protocol
from urllib.parse import urlsplit

from marsad import __version__
from marsad.errors import InputError

MAX_BYTES = 10_000_000
TIMEOUT = 20.0  # seconds one read may wait
DEADLINE = 60.0  # seconds a whole fetch may take
PRIVATE_HINT = "pass --allow-private-urls to fetch such addresses"


class Fetcher(Protocol):
    def fetch(self, url: str) -> bytes:
        """The body at ``url``; raises InputError (naming the URL) when it cannot be fetched."""
        ...


def is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


def check_address(url: str, *, allow_private: bool) -> None:
    """Refuse a URL that is not http(s), or whose host resolves to a non-public address."""
    try:
        parts = urlsplit(url)
        host, port = parts.hostname, parts.port
    except ValueError as exc:  # a port out of range, a malformed IPv6 address
        raise InputError(f"malformed URL ({exc})", source=url) from exc
    if parts.scheme not in ("http", "https"):
        raise InputError("only http:// and https:// URLs are fetched", source=url)
    if not host:
        raise InputError("URL without a host", source=url)
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(host, port or 0, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        raise InputError(f"cannot fetch: cannot resolve {host!r} ({exc})", source=url) from exc
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        if not address.is_global or address.is_multicast:
            raise InputError(f"refused: {host} is a private, loopback or link-local address ({address}); "
                             f"{PRIVATE_HINT}", source=url)


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects only to http(s) URLs on addresses the fetcher may read."""

    def __init__(self, allow_private: bool) -> None:
        self.allow_private = allow_private

    def redirect_request(self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str,
                         headers: HTTPMessage, newurl: str) -> urllib.request.Request | None:
        if not newurl.lower().startswith(("http://", "https://")):
            raise InputError(f"redirected to {newurl!r}: only http(s) redirects are followed", source=req.full_url)
        check_address(newurl, allow_private=self.allow_private)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class UrlFetcher:
    """Fetches ``http(s)://`` URLs with urllib, within ``timeout`` per read and ``deadline`` in all."""

    def __init__(self, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES, *, deadline: float = DEADLINE,
                 allow_private: bool = False) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.deadline = deadline
        self.allow_private = allow_private
        self._opener = urllib.request.build_opener(_Redirects(allow_private))

    def fetch(self, url: str) -> bytes:
        check_address(url, allow_private=self.allow_private)
        end = time.monotonic() + self.deadline
        request = urllib.request.Request(url, headers={"User-Agent": f"marsad/{__version__}"})
        try:
            with self._opener.open(request, timeout=min(self.timeout, self.deadline)) as response:
                return self._read(response, url, end)
        except InputError:
            raise
        except urllib.error.HTTPError as exc:
            raise InputError(f"HTTP {exc.code} {exc.reason}", source=url) from exc
        except (urllib.error.URLError, OSError, ValueError) as exc:
            reason = getattr(exc, "reason", exc)
            if isinstance(reason, InputError):  # raised by the redirect handler inside urllib
                raise reason from exc
            raise InputError(f"cannot fetch: {reason}", source=url) from exc

    def _read(self, response: IO[bytes], url: str, end: float) -> bytes:
        """The body read in pieces: each read waits at most the time left, the total is capped."""
        sock = _socket_of(response)
        chunks: list[bytes] = []
        size = 0
        while True:
            left = end - time.monotonic()
            if left <= 0:
                raise InputError(f"took longer than {self.deadline:g} s to fetch", source=url)
            if sock is not None:
                sock.settimeout(min(self.timeout, left))
            try:
                chunk = response.read1(65536)  # type: ignore[attr-defined]
            except TimeoutError as exc:
                if time.monotonic() >= end:
                    raise InputError(f"took longer than {self.deadline:g} s to fetch", source=url) from exc
                raise
            if not chunk:
                return b"".join(chunks)
            size += len(chunk)
            if size > self.max_bytes:
                raise InputError(f"larger than {self.max_bytes:,} bytes", source=url)
            chunks.append(chunk)


def _socket_of(response: object) -> socket.socket | None:
    """The socket under an http.client response, when it can be reached (for per-read timeouts)."""
    raw = getattr(getattr(response, "fp", None), "raw", None)
    sock = getattr(raw, "_sock", None)
    return sock if isinstance(sock, socket.socket) else None
