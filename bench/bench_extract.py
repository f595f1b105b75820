"""Extraction throughput on one core, with the floor (read + normalize + tokenize) to compare.

Usage: python bench/bench_extract.py [--n 5000] [--gazetteer PATH] [--bulk PATH] [--json OUT]

Prints articles/s and sentences/s for the floor and the whole pipeline, time per stage and
its share, and peak memory (resident set). Build the 14-country gazetteer first with
``marsad gazetteer import ../shared/data/geo/gazetteer/* ../shared/data/geo/boundaries/*``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from marsad.document import Document
from marsad.inputs import iter_jsonl
from marsad.io import Article
from marsad.pipeline import Pipeline, normalize, segment

DEFAULT_BULK = Path(__file__).resolve().parents[2] / "shared" / "data" / "articles" / "bulk.jsonl.gz"


def articles(path: Path, n: int) -> list[Article]:
    out: list[Article] = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        items: Iterator[object] = iter_jsonl(handle, str(path))
        for item in items:
            if isinstance(item, Article):
                out.append(item)
            if len(out) >= n:
                break
    return out


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=5000)
    parser.add_argument("--gazetteer")
    parser.add_argument("--bulk", type=Path, default=DEFAULT_BULK)
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args()
    if not args.bulk.exists():
        print(f"no bulk file at {args.bulk}", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    batch = articles(args.bulk, args.n)
    read_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    n_sent = 0
    for a in batch:
        doc = Document(a.text)
        normalize.run(doc)
        segment.run(doc)
        n_sent += len(doc.sentences)
    floor_s = time.perf_counter() - t0 + read_s

    t0 = time.perf_counter()
    pipeline = Pipeline(args.gazetteer)
    load_s = time.perf_counter() - t0
    stage_time = {name: 0.0 for name, _ in pipeline.stages}
    n_events = 0
    failures = 0
    t0 = time.perf_counter()
    for a in batch:
        doc = Document(a.text, published=a.published, outlet=a.outlet, title=a.title, article_id=a.id)
        try:
            pipeline.run(doc, stage_time, events_only=True)  # the path of extract
        except Exception as exc:  # a benchmark reports failures instead of stopping
            failures += 1
            print(f"{a.origin}: {exc!r}", file=sys.stderr)
            continue
        n_events += len(doc.events)
    run_s = time.perf_counter() - t0 + read_s
    n = len(batch)
    figures = {
        "articles": n,
        "sentences": n_sent,
        "gazetteer": str(pipeline.gazetteer.path) if hasattr(pipeline.gazetteer, "path") else None,
        "gazetteer_load_s": round(load_s, 2),
        "floor_articles_per_s": round(n / floor_s, 1),
        "floor_sentences_per_s": round(n_sent / floor_s, 1),
        "pipeline_articles_per_s": round(n / run_s, 1),
        "pipeline_sentences_per_s": round(n_sent / run_s, 1),
        "ratio_to_floor": round(floor_s / run_s, 3),
        "events": n_events,
        "failures": failures,
        "peak_rss_mb": round(peak_mb(), 1),
        "stages_ms_per_article": {k: round(v * 1000 / n, 3) for k, v in stage_time.items()},
    }
    total = sum(stage_time.values()) or 1.0
    print(f"articles {n}  sentences {n_sent}  gazetteer {figures['gazetteer']} (loaded in {load_s:.2f} s)")
    print(f"floor (read+normalize+tokenize): {figures['floor_articles_per_s']} articles/s, "
          f"{figures['floor_sentences_per_s']} sentences/s")
    print(f"pipeline: {figures['pipeline_articles_per_s']} articles/s, {figures['pipeline_sentences_per_s']} sentences/s, "
          f"{n_events} events, {failures} failures")
    print(f"peak memory: {figures['peak_rss_mb']} MB")
    print(f"{'stage':12s} {'ms/article':>10s} {'share':>7s}")
    for name, secs in stage_time.items():
        print(f"{name:12s} {secs * 1000 / n:10.3f} {secs / total:7.1%}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
