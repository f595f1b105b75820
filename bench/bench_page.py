"""How soon the page is usable: time to the first markers drawn, over a store of bulk articles.

Usage: python bench/bench_page.py [--n 20000] [--db URL] [--workers 2] [--repeat 5] [--json OUT]

The store is built (or reused) as ``bench/bench_api.py`` does. The app is served by uvicorn on
127.0.0.1 and loaded REPEAT times in Debian's chromium (Playwright, ``MARSAD_CHROMIUM``); for each
load it records the page's own ``performance.now()`` when the first markers were on the map
(``window.marsad.firstMarkersAt``) and when everything (basemap, labels, timeline, charts) was
ready. Target: first markers within 2 s. Also times the basemap and places requests.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import sys
import threading
import time
from pathlib import Path

import httpx
import uvicorn

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_api import DEFAULT_BULK, DEFAULT_DB, build  # noqa: E402

from marsad.web.app import create_app  # noqa: E402

CHROMIUM = os.environ.get("MARSAD_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20000)
    parser.add_argument("--db", default=DEFAULT_DB)
    parser.add_argument("--bulk", type=Path, default=DEFAULT_BULK)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    build(args.db, args.bulk, args.n, args.workers)

    from playwright.sync_api import sync_playwright

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    base = f"http://127.0.0.1:{sock.getsockname()[1]}"
    server = uvicorn.Server(uvicorn.Config(create_app(args.db, tile_url=""), log_level="warning"))
    threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    requests = {}
    with httpx.Client(base_url=base, trust_env=False, timeout=60) as http:
        for path in ("/api/basemap/countries", "/api/basemap/places", "/api/events?limit=2000", "/api/stats"):
            http.get(path).raise_for_status()  # warm caches
            t0 = time.perf_counter()
            size = len(http.get(path).content)
            requests[path] = {"ms": round((time.perf_counter() - t0) * 1000, 1), "bytes": size}
    first: list[float] = []
    ready: list[float] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for _ in range(args.repeat):
            context = browser.new_context(viewport={"width": 1500, "height": 1000}, bypass_csp=True)
            page = context.new_page()
            page.goto(base + "/")
            page.wait_for_function("window.marsad && window.marsad.ready === true", timeout=120_000)
            first.append(float(page.evaluate("window.marsad.firstMarkersAt")))
            ready.append(float(page.evaluate("performance.now()")))
            markers = int(page.evaluate("window.marsad.markerCount"))
            context.close()
        browser.close()
    server.should_exit = True
    result = {
        "db": args.db, "markers": markers, "requests": requests,
        "first_markers_ms": {"median": round(statistics.median(first)), "max": round(max(first))},
        "ready_ms": {"median": round(statistics.median(ready)), "max": round(max(ready))},
    }
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
