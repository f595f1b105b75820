"""Where the time goes, and how it scales: one table, and the same figures as JSON.

Usage: python bench/bench_suite.py [--n 20000] [--sample 1000] [--gazetteer PATH] [--bulk PATH]
                                   [--partition-size 500] [--skip-dask] [--out bench/results]

- stages: time per article and share of the total for each pipeline stage (on --sample articles);
- the floor (read + normalize + tokenize only) and the pipeline's ratio to it;
- articles/s and sentences/s in 1 and 2 local processes (``extract_stream(workers=N)``, --sample);
- peak memory (resident set) of this process and of the largest pool process; the resident set
  of each Dask worker after its run;
- Dask ``LocalCluster`` ingest throughput for 1 and 2 workers on --n bulk articles (default
  20,000 from ../shared/data/articles/bulk.jsonl.gz), each into a fresh SQLite store, with the
  2-worker speed-up over one worker and over the same ingest in one plain process.

Writes bench/results/<UTC timestamp>.json. Build the 14-country gazetteer first with
``marsad gazetteer import ../shared/data/geo/gazetteer/* ../shared/data/geo/boundaries/*``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from marsad.batch import extract_stream
from marsad.document import Document
from marsad.inputs import article_from_json
from marsad.io import Article
from marsad.pipeline import get_pipeline, normalize, segment

HERE = Path(__file__).resolve().parent
DEFAULT_BULK = HERE.parents[1] / "shared" / "data" / "articles" / "bulk.jsonl.gz"


def read_lines(path: Path, n: int) -> list[str]:
    """The first n non-empty lines of the bulk file that are valid articles (raw JSON text)."""
    out: list[str] = []
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                out.append(line.rstrip("\n"))
            if len(out) >= n:
                break
    return out


def peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def floor(lines: list[str]) -> tuple[float, int]:
    """Seconds to parse, normalize and tokenize the lines, and the number of sentences."""
    t0 = time.perf_counter()
    sentences = 0
    for number, line in enumerate(lines, 1):
        article = article_from_json(line, f"bulk:{number}")
        doc = Document(article.text, published=article.published, title=article.title, article_id=article.id)
        normalize.run(doc)
        segment.run(doc)
        sentences += len(doc.sentences)
    return time.perf_counter() - t0, sentences


def stages(lines: list[str], gazetteer: str | None) -> dict[str, Any]:
    """Per-stage timing of the whole pipeline in this process (reading and parsing included)."""
    t0 = time.perf_counter()
    pipeline = get_pipeline(gazetteer)  # the instance extract_stream(workers=1) uses too
    load_s = time.perf_counter() - t0
    times = {name: 0.0 for name, _ in pipeline.stages}
    read_s = 0.0
    events = failures = sentences = 0
    for number, line in enumerate(lines, 1):
        s = time.perf_counter()
        article = article_from_json(line, f"bulk:{number}")
        doc = Document(article.text, published=article.published, outlet=article.outlet, title=article.title,
                       article_id=article.id)
        read_s += time.perf_counter() - s
        try:
            pipeline.run(doc, times)
        except Exception as exc:  # a benchmark counts failures instead of stopping
            failures += 1
            print(f"bulk:{number}: {exc!r}", file=sys.stderr)
            continue
        events += len(doc.events)
        sentences += len(doc.sentences)
    return {"load_s": load_s, "read_s": read_s, "stage_s": times, "events": events, "failures": failures,
            "sentences": sentences, "gazetteer": str(pipeline.gazetteer.path)}


def processes(articles: list[Article], gazetteer: str | None, workers: int) -> float:
    """Seconds for ``extract_stream`` over the articles on N processes (pool start-up included)."""
    t0 = time.perf_counter()
    for _ in extract_stream(articles, gazetteer=gazetteer, workers=workers):
        pass
    return time.perf_counter() - t0


def single_run(src: Path, gazetteer: str | None, tmp: Path) -> dict[str, Any]:
    """The same ingest in this one process (``marsad ingest`` without --dask): the baseline."""
    from marsad.ingest import ingest
    from marsad.store import open_store

    t0 = time.perf_counter()
    with open_store(f"sqlite:///{tmp / 'single.sqlite'}") as store:
        summary = ingest([str(src)], store, gazetteer=gazetteer)
    run_s = time.perf_counter() - t0
    return {"workers": 0, "seconds": round(run_s, 2), "articles": summary.read, "new": summary.new,
            "failed": len(summary.failed), "events_added": summary.events_added,
            "events_merged": summary.events_merged}


def _worker_rss_mb() -> float:
    """A worker's resident memory now, after the run (peak RSS would count what a forked worker
    inherited from the parent at start)."""
    import psutil

    return float(psutil.Process().memory_info().rss) / 2**20


def dask_run(src: Path, workers: int, gazetteer: str | None, partition_size: int, tmp: Path) -> dict[str, Any]:
    """Ingest src into a fresh SQLite store on a LocalCluster of N processes; times and worker memory."""
    from distributed import Client, LocalCluster

    from marsad.distributed import ingest_dask

    t0 = time.perf_counter()
    with LocalCluster(n_workers=workers, processes=True, threads_per_worker=1, dashboard_address=None,
                      silence_logs=40) as cluster, Client(cluster) as client:
        start_s = time.perf_counter() - t0
        url = f"sqlite:///{tmp / f'dask{workers}.sqlite'}"
        t0 = time.perf_counter()
        summary = ingest_dask([str(src)], url, cluster.scheduler_address, gazetteer=gazetteer,
                              partition_size=partition_size)
        run_s = time.perf_counter() - t0
        rss = client.run(_worker_rss_mb)
    return {"workers": workers, "cluster_start_s": round(start_s, 2), "seconds": round(run_s, 2),
            "articles": summary.read, "new": summary.new, "failed": len(summary.failed),
            "events_added": summary.events_added, "events_merged": summary.events_merged,
            "worker_rss_mb": sorted(round(v, 1) for v in rss.values())}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=20_000, help="bulk articles for the Dask runs")
    parser.add_argument("--sample", type=int, default=1000, help="articles for stages, floor and 1/2 processes")
    parser.add_argument("--gazetteer")
    parser.add_argument("--bulk", type=Path, default=DEFAULT_BULK)
    parser.add_argument("--partition-size", type=int, default=500)
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument("--out", type=Path, default=HERE / "results")
    args = parser.parse_args()
    if not args.bulk.exists():
        print(f"no bulk file at {args.bulk}", file=sys.stderr)
        return 2
    gazetteer = str(Path(args.gazetteer).resolve()) if args.gazetteer else None
    lines = read_lines(args.bulk, max(args.n, args.sample))
    sample = lines[: args.sample]
    n = len(sample)

    floor_s, floor_sentences = floor(sample)
    st = stages(sample, gazetteer)
    pipeline_s = st["read_s"] + sum(st["stage_s"].values())
    articles = [article_from_json(line, f"bulk:{i}") for i, line in enumerate(sample, 1)]
    proc = {w: processes(articles, gazetteer, w) for w in (1, 2)}
    main_peak = peak_mb()
    pool_peak = peak_mb(resource.RUSAGE_CHILDREN)

    dask: list[dict[str, Any]] = []
    single: dict[str, Any] = {}
    load_start = os.getloadavg()[0]
    if not args.skip_dask:
        with tempfile.TemporaryDirectory(prefix="marsad-bench-") as tmp_name:
            tmp = Path(tmp_name)
            src = tmp / "bulk.jsonl"
            src.write_text("\n".join(lines[: args.n]) + "\n", encoding="utf-8")
            single = single_run(src, gazetteer, tmp)
            print(f"single process ingest: {single['seconds']} s", file=sys.stderr)
            for workers in (1, 2):
                dask.append(dask_run(src, workers, gazetteer, args.partition_size, tmp))
                print(f"dask {workers} worker(s): {dask[-1]['seconds']} s", file=sys.stderr)

    total_stage = sum(st["stage_s"].values()) or 1.0
    figures: dict[str, Any] = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
                    "load_avg_1m_before_ingest_runs": round(load_start, 2),
                    "load_avg_1m_at_end": round(os.getloadavg()[0], 2)},
        "gazetteer": st["gazetteer"],
        "sample_articles": n,
        "sentences": st["sentences"],
        "events": st["events"],
        "failures": st["failures"],
        "pipeline_load_s": round(st["load_s"], 2),
        "stages_ms_per_article": {k: round(v * 1000 / n, 3) for k, v in st["stage_s"].items()},
        "stages_share": {k: round(v / total_stage, 4) for k, v in st["stage_s"].items()},
        "floor": {"articles_per_s": round(n / floor_s, 1), "sentences_per_s": round(floor_sentences / floor_s, 1)},
        "pipeline_1_process": {"articles_per_s": round(n / pipeline_s, 1),
                               "sentences_per_s": round(st["sentences"] / pipeline_s, 1)},
        "pipeline_time_over_floor": round(pipeline_s / floor_s, 2),
        "processes": {str(w): {"articles_per_s": round(n / s, 1), "sentences_per_s": round(st["sentences"] / s, 1),
                               "seconds": round(s, 2)} for w, s in proc.items()},
        "peak_rss_mb": {"main": round(main_peak, 1), "largest_pool_process": round(pool_peak, 1)},
        "single_process_ingest": single,
        "dask": dask,
    }
    if len(dask) == 2:
        one, two = (d["articles"] / d["seconds"] for d in dask)
        figures["dask_speedup_2_over_1"] = round(two / one, 2)
        figures["dask_2_over_single_process"] = round(two / (single["articles"] / single["seconds"]), 2)
    print_table(figures)
    args.out.mkdir(parents=True, exist_ok=True)
    out = args.out / f"{datetime.now(UTC).strftime('%Y%m%dT%H%M%SZ')}.json"
    out.write_text(json.dumps(figures, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwritten: {out}")
    return 0


def print_table(f: dict[str, Any]) -> None:
    rows: list[tuple[str, str, str]] = []
    for name, ms in f["stages_ms_per_article"].items():
        rows.append((f"stage {name}", f"{ms:.2f} ms/article", f"{f['stages_share'][name]:.1%}"))
    rows.append(("floor (read+normalize+tokenize)", f"{f['floor']['articles_per_s']} art/s",
                 f"{f['floor']['sentences_per_s']} sent/s"))
    rows.append(("pipeline, in process", f"{f['pipeline_1_process']['articles_per_s']} art/s",
                 f"{f['pipeline_1_process']['sentences_per_s']} sent/s"))
    rows.append(("pipeline time / floor time", f"{f['pipeline_time_over_floor']}x", ""))
    for w, p in f["processes"].items():
        rows.append((f"extract_stream, {w} process(es)", f"{p['articles_per_s']} art/s", f"{p['sentences_per_s']} sent/s"))
    rows.append(("peak RSS main / pool process", f"{f['peak_rss_mb']['main']} MB",
                 f"{f['peak_rss_mb']['largest_pool_process']} MB"))
    if f["single_process_ingest"]:
        d = f["single_process_ingest"]
        rows.append((f"ingest, 1 plain process, {d['articles']} art", f"{d['articles'] / d['seconds']:.1f} art/s",
                     f"{d['seconds']} s"))
    for d in f["dask"]:
        rows.append((f"dask ingest, {d['workers']} worker(s), {d['articles']} art",
                     f"{d['articles'] / d['seconds']:.1f} art/s",
                     f"{d['seconds']} s; worker RSS {d['worker_rss_mb']} MB"))
    if "dask_speedup_2_over_1" in f:
        rows.append(("dask 2 workers / 1 worker", f"{f['dask_speedup_2_over_1']}x",
                     f"{f['dask_2_over_single_process']}x over the plain 1-process ingest"))
    width = max(len(r[0]) for r in rows)
    print(f"articles {f['sample_articles']} (stages sample), sentences {f['sentences']}, events {f['events']}, "
          f"failures {f['failures']}, gazetteer {f['gazetteer']}, CPUs {f['machine']['cpus']}")
    print(f"{'measure':{width}s} | {'value':>18s} | detail")
    print(f"{'-' * width}-+-{'-' * 18}-+-{'-' * 30}")
    for name, value, detail in rows:
        print(f"{name:{width}s} | {value:>18s} | {detail}")


if __name__ == "__main__":
    sys.exit(main())
