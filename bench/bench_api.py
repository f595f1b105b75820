"""Latency of the web API's ``/api/events`` over a store of ingested bulk articles.

Usage: python bench/bench_api.py [--n 20000] [--db URL] [--workers 2] [--repeat 200] [--json OUT]

Without ``--db`` (or when the store at ``--db`` is empty) the first N articles of
``../shared/data/articles/bulk.jsonl.gz`` are ingested through ``marsad.ingest.ingest`` (the
real pipeline) into ``out/bench-api.sqlite``; an existing store with articles is reused as it
is. Then a typical filtered query (``country=SY&event_type=Battles&since=...&limit=50``) and a
few others are timed in-process with FastAPI's TestClient, REPEAT times each; the median and
95th percentile in milliseconds are printed (target: median under 100 ms).
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=20_000, help="bulk articles to ingest (default 20000)")
    parser.add_argument("--db", default=DEFAULT_DB, help="store URL to build or reuse")
    parser.add_argument("--bulk", type=Path, default=DEFAULT_BULK)
    parser.add_argument("--workers", type=int, default=1, help="extraction processes while building")
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
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
    if args.json:
        args.json.write_text(json.dumps({"store": counts, "queries": queries, "figures": figures}, indent=2))
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
