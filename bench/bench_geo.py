"""Gazetteer benchmark: import time, open time and lookups per second with warm caches.

Usage: python bench/bench_geo.py [--gazetteer PATH]   (default: import ../shared/data/geo now)
"""

from __future__ import annotations

import argparse
import random
import resource
import time
from pathlib import Path

from shared_gazetteer import gazetteer_path

from marsad.geo import Gazetteer, PlaceQuery
from marsad.geo.store import connect


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gazetteer")
    ap.add_argument("--n", type=int, default=200_000)
    args = ap.parse_args()
    with gazetteer_path(args.gazetteer) as path:
        run(path, args.n)


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


if __name__ == "__main__":
    main()
