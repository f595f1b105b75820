"""Ingest throughput against extraction throughput over the same articles.

Reads the first N articles of ``bulk.jsonl.gz`` and, chunk by chunk, times extraction alone and
then a full ingest of the same chunk (extraction + store + merge) into one fresh SQLite file;
prints both rates and their ratio.
The issue asks for ingest >= 70% of extraction speed: storage must not be the bottleneck.

    python bench/bench_ingest.py [--n 20000] [--data PATH] [--db PATH] [--gazetteer PATH]
"""

from __future__ import annotations

import argparse
import gzip
import io
import itertools
import sys
import tempfile
import time
from pathlib import Path

from marsad.batch import extract_or_error as _extract
from marsad.errors import InputError
from marsad.ingest import IngestSummary, ingest_items, pipeline_extractor
from marsad.inputs import iter_jsonl
from marsad.model import Article
from marsad.store import open_store

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "articles" / "bulk.jsonl.gz"


def load(path: Path, n: int) -> list[Article | InputError]:
    with gzip.open(path, "rb") as raw:
        lines = io.TextIOWrapper(raw, encoding="utf-8")
        return list(itertools.islice(iter_jsonl(lines, str(path)), n))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=20_000, help="articles to use (default 20000)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--db", type=Path, help="SQLite file to create (default: a temporary one)")
    parser.add_argument("--gazetteer", help="gazetteer SQLite file (default: the chosen one)")
    parser.add_argument("--chunk", type=int, default=500, help="articles per alternating measurement")
    args = parser.parse_args()
    if not args.data.exists():
        print(f"no data at {args.data}", file=sys.stderr)
        return 2
    items = load(args.data, args.n)
    articles = [a for a in items if isinstance(a, Article)]
    summary = IngestSummary()
    extractor = pipeline_extractor(args.gazetteer)
    for article in articles[:50]:  # warm-up: lazy lexicons and caches, counted in neither timing
        _extract(extractor, article)

    extract_s = ingest_s = 0.0
    n_events = 0
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.sqlite"
        if db.exists():
            print(f"{db} exists: give a new file", file=sys.stderr)
            return 2
        with open_store(f"sqlite:///{db.resolve()}") as store:
            # Alternate the two measurements chunk by chunk, so that other load on the machine
            # slows both alike and the ratio stays meaningful.
            for n_chunk, i in enumerate(range(0, len(items), args.chunk)):
                chunk = items[i:i + args.chunk]
                # every other chunk the order flips, so warm-up effects favour neither measurement
                for step in (("extract", "ingest") if n_chunk % 2 == 0 else ("ingest", "extract")):
                    start = time.perf_counter()
                    if step == "extract":
                        for item in chunk:
                            if isinstance(item, Article):
                                result = _extract(extractor, item)
                                n_events += 0 if isinstance(result, InputError) else len(result.events)
                        extract_s += time.perf_counter() - start
                    else:
                        part = ingest_items(chunk, store, extractor=extractor)
                        ingest_s += time.perf_counter() - start
                summary.new += part.new
                summary.reports += part.reports
                summary.events_merged += part.events_merged
                done = i + len(chunk)
                print(f"{done:6d} articles: extraction {done / extract_s:7.1f}/s, ingest {done / ingest_s:7.1f}/s, "
                      f"ratio {extract_s / ingest_s:.2f}", file=sys.stderr, flush=True)
            counts = store.counts()
        size_mb = sum(p.stat().st_size for p in db.parent.glob(db.name + "*")) / 1e6

    extract_rate = len(articles) / extract_s
    ingest_rate = len(items) / ingest_s
    print(f"articles: {len(items)} ({len(items) - len(articles)} unreadable), events extracted: {n_events}")
    print(f"extraction only: {extract_rate:8.1f} articles/s ({extract_s:.1f} s)")
    print(f"ingest (SQLite): {ingest_rate:8.1f} articles/s ({ingest_s:.1f} s)  "
          f"new {summary.new}, reports {summary.reports}, events {counts['events']}, "
          f"merged {summary.events_merged}, store {size_mb:.0f} MB")
    print(f"ratio ingest/extraction: {ingest_rate / extract_rate:.2f} (target >= 0.70)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
