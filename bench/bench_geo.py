"""Gazetteer benchmark: import time, open time and lookups per second with warm caches.

Usage: python bench/bench_geo.py [--gazetteer PATH]   (default: import ../shared/data/geo now)
       python bench/bench_geo.py --embedded [--build]
           the embedded default (``--build``: time its first-use build in a fresh cache folder)

It also prints the time of one ``marsad gazetteer lookup`` call, start-up included.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from shared_gazetteer import gazetteer_path

from marsad.geo import Gazetteer, PlaceQuery
from marsad.geo.store import connect


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gazetteer")
    ap.add_argument("--n", type=int, default=200_000)
    ap.add_argument("--embedded", action="store_true", help="Benchmark the embedded default gazetteer.")
    ap.add_argument("--build", action="store_true", help="With --embedded: time the first-use build.")
    args = ap.parse_args()
    if args.embedded:
        run(str(embedded(args.build)), args.n)
        return
    with gazetteer_path(args.gazetteer) as path:
        run(path, args.n)


def embedded(build: bool) -> Path:
    from marsad.geo.embedded import embedded_path

    if build:
        os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="marsad-bench-cache-")
        t0 = time.perf_counter()
        path = embedded_path()
        print(f"embedded first-use build: {time.perf_counter() - t0:.1f} s, "
              f"{path.stat().st_size / 1e6:.0f} MB")
        return path
    return embedded_path()


def cli_lookup(path: str, names: list[str]) -> None:
    """Seconds per ``marsad gazetteer lookup`` call, start-up of the interpreter included."""
    times = []
    cpu0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    for name in names:
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "marsad.cli", "gazetteer", "lookup", name, "--gazetteer", path,
                        "--limit", "3"], check=False, capture_output=True)
        times.append(time.perf_counter() - t0)
    cpu1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu1.ru_utime + cpu1.ru_stime - cpu0.ru_utime - cpu0.ru_stime) / len(names)
    print(f"marsad gazetteer lookup, start-up included: {statistics.median(times):.3f} s per call "
          f"(median of {len(times)}, max {max(times):.3f} s; {cpu:.3f} s of CPU per call)")


def run(path: str, n_lookups: int) -> None:
    t0 = time.perf_counter()
    gaz = Gazetteer(path, "bench")
    gaz.key_info("")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"open: {time.perf_counter() - t0:.2f} s, max RSS {rss:.0f} MB")
    conn = connect(Path(path))
    keys = [k for (k,) in conn.execute("SELECT key FROM names WHERE lang = 'ar' ORDER BY random() LIMIT 2000")]
    conn.close()
    rng = random.Random(1)
    stream = [rng.choice(keys) for _ in range(n_lookups)]
    for k in keys:  # warm the caches
        gaz.lookup(k)
    t0 = time.perf_counter()
    for k in stream:
        gaz.lookup(k)
    dt = time.perf_counter() - t0
    print(f"lookup (warm): {n_lookups / dt:,.0f} lookups/s")
    t0 = time.perf_counter()
    for k in stream:
        gaz.key_info(k)
    dt = time.perf_counter() - t0
    print(f"key_info: {n_lookups / dt:,.0f} calls/s")
    t0 = time.perf_counter()
    n = 0
    for i in range(0, 2000, 5):
        gaz.resolve([PlaceQuery(key=k) for k in keys[i:i + 5]], country_hints=["SY"])
        n += 1
    print(f"resolve: {n / (time.perf_counter() - t0):,.0f} articles/s (5 cold queries each)")
    cli_lookup(path, ["دمشق", "كابل", "السيال", "الموصل", "بروكسل"])


if __name__ == "__main__":
    main()
