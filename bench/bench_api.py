"""Latency of the web API's ``/api/events`` over a store of ingested bulk articles.

Usage: python bench/bench_api.py [--n 20000] [--db URL] [--workers 2] [--repeat 200] [--json OUT]

Without ``--db`` (or when the store at ``--db`` is empty) the first N articles of
``../shared/data/articles/bulk.jsonl.gz`` are ingested through ``marsad.ingest.ingest`` (the
real pipeline) into ``out/bench-api.sqlite``; an existing store with articles is reused as it
is. Then a typical filtered query (``country=SY&event_type=Battles&since=...&limit=50``) and a
few others are timed in-process with FastAPI's TestClient, REPEAT times each; the median and
95th percentile in milliseconds are printed (target: median under 100 ms).

Then a load phase (``--clients 20 --seconds 30``; ``--clients 0`` skips it): the app is served
by uvicorn on 127.0.0.1, and each client thread sends the same queries in a loop until the time
is up; throughput, p50/p95/p99 latency and the number of errors (any answer but 200, any
exception) are printed. Target: 0 errors.
"""

from __future__ import annotations

import argparse
import gzip
import json
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient

from marsad.ingest import ingest
from marsad.store import EventFilter, open_store
from marsad.web.app import create_app

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_BULK = ROOT.parent / "shared" / "data" / "articles" / "bulk.jsonl.gz"
DEFAULT_DB = f"sqlite:///{ROOT / 'out' / 'bench-api.sqlite'}"


def build(db: str, bulk: Path, n: int, workers: int) -> None:
    """Ingest the first ``n`` bulk articles into the store at ``db`` (skipped when it has articles)."""
    with open_store(db) as store:
        have = store.counts()["articles"]
        if have:
            print(f"reusing {db}: {have} articles", file=sys.stderr)
            return
        with tempfile.TemporaryDirectory() as tmp:
            part = Path(tmp) / "bulk-part.jsonl"
            with gzip.open(bulk, "rt", encoding="utf-8") as src, part.open("w", encoding="utf-8") as dst:
                for i, line in enumerate(src):
                    if i >= n:
                        break
                    dst.write(line)
            t0 = time.perf_counter()
            summary = ingest([str(part)], store, workers=workers, progress=sys.stderr.isatty())
            took = time.perf_counter() - t0
        print(f"ingested {summary.new} articles, {summary.reports} reports, {summary.events_added} events "
              f"in {took:.0f} s", file=sys.stderr)


def time_query(client: TestClient, url: str, repeat: int) -> tuple[float, float, int]:
    """Median and p95 latency (ms) of ``repeat`` GETs, and the total the API reported."""
    first = client.get(url)
    first.raise_for_status()
    total = int(first.json()["total"]) if "total" in first.json() else -1
    times: list[float] = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - t0) * 1000)
        assert response.status_code == 200, response.text
    times.sort()
    p95 = times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)]
    return statistics.median(times), p95, total


def percentile(sorted_ms: list[float], q: float) -> float:
    return sorted_ms[min(len(sorted_ms) - 1, max(0, int(round(q * len(sorted_ms))) - 1))] if sorted_ms else 0.0


def load(app: FastAPI, urls: list[str], clients: int, seconds: float) -> dict[str, float]:
    """``clients`` threads GET the urls in turn from a uvicorn server on loopback for ``seconds``."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    base = f"http://127.0.0.1:{sock.getsockname()[1]}"
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    latencies: list[float] = []
    errors: list[str] = []
    guard = threading.Lock()
    end = time.monotonic() + seconds

    def client(k: int) -> None:
        mine: list[float] = []
        with httpx.Client(base_url=base, timeout=30, trust_env=False) as http:
            i = k
            while time.monotonic() < end:  # bounded: stops when the time is up
                url = urls[i % len(urls)]
                i += 1
                t0 = time.perf_counter()
                try:
                    response = http.get(url)
                    if response.status_code != 200:
                        with guard:
                            errors.append(f"{response.status_code} {url}")
                except httpx.HTTPError as exc:
                    with guard:
                        errors.append(f"{type(exc).__name__} {url}")
                mine.append((time.perf_counter() - t0) * 1000)
        with guard:
            latencies.extend(mine)

    start = time.monotonic()
    workers = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    took = time.monotonic() - start
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()
    latencies.sort()
    for line in errors[:10]:
        print(f"  error: {line}", file=sys.stderr)
    return {"clients": clients, "seconds": round(took, 1), "requests": len(latencies),
            "throughput_rps": round(len(latencies) / took, 1), "errors": len(errors),
            "p50_ms": round(percentile(latencies, 0.50), 2), "p95_ms": round(percentile(latencies, 0.95), 2),
            "p99_ms": round(percentile(latencies, 0.99), 2)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=20_000, help="bulk articles to ingest (default 20000)")
    parser.add_argument("--db", default=DEFAULT_DB, help="store URL to build or reuse")
    parser.add_argument("--bulk", type=Path, default=DEFAULT_BULK)
    parser.add_argument("--workers", type=int, default=1, help="extraction processes while building")
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    parser.add_argument("--clients", type=int, default=20, help="concurrent clients of the load phase (0: none)")
    parser.add_argument("--seconds", type=float, default=30.0, help="length of the load phase")
    args = parser.parse_args()

    with open_store(args.db) as store:
        empty = store.counts()["articles"] == 0
    if empty:
        if not args.bulk.exists():
            print(f"no bulk file at {args.bulk}", file=sys.stderr)
            return 2
        build(args.db, args.bulk, args.n, args.workers)

    with open_store(args.db, read_only=True) as store:
        counts = store.counts()
        stats = store.stats(EventFilter(country="SY"))
    days = sorted({row["date"] for row in stats["by_day"] if row["date"]})
    since = days[len(days) // 2] if days else "2015-01-01"
    print(f"store: {counts['articles']} articles, {counts['reports']} reports, {counts['events']} events")

    queries = {
        "typical": f"/api/events?country=SY&event_type=Battles&since={since}&limit=50",
        "unfiltered": "/api/events?limit=50",
        "page 3": f"/api/events?country=SY&since={since}&limit=50&offset=100",
        "actor": "/api/events?actor=Islamic%20State&limit=50",
        "map page": "/api/events?limit=2000",
        "full text": "/api/events?q=%D8%BA%D8%A7%D8%B1%D8%A9&limit=50",
        "stats": f"/api/stats?country=SY&since={since}",
    }
    figures: dict[str, dict[str, float]] = {}
    with TestClient(create_app(args.db)) as client:
        for name, url in queries.items():
            median, p95, total = time_query(client, url, args.repeat)
            figures[name] = {"median_ms": round(median, 2), "p95_ms": round(p95, 2), "total": total}
            print(f"{name:<11} median {median:7.2f} ms  p95 {p95:7.2f} ms  total {total:>6}  {url}")
    verdict = "PASS" if figures["typical"]["median_ms"] < 100 else "FAIL"
    print(f"typical filtered query: median {figures['typical']['median_ms']} ms (target < 100 ms): {verdict}")
    loaded: dict[str, float] = {}
    if args.clients > 0:
        loaded = load(create_app(args.db), [u for n, u in queries.items() if n != "map page"], args.clients,
                      args.seconds)
        print(f"load: {loaded['clients']} clients for {loaded['seconds']} s on loopback: {loaded['requests']} "
              f"requests, {loaded['throughput_rps']} req/s, p50 {loaded['p50_ms']} ms, p95 {loaded['p95_ms']} ms, "
              f"p99 {loaded['p99_ms']} ms, errors {loaded['errors']} (target 0)")
        if loaded["errors"]:
            verdict = "FAIL"
    if args.json:
        args.json.write_text(json.dumps({"store": counts, "queries": queries, "figures": figures, "load": loaded},
                                        indent=2))
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
