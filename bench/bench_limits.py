"""Extraction cost against text length, and HTML nesting, under the per-article time limit.

Usage: python bench/bench_limits.py [--sizes 10000,100000,1000000,4900000] [--depths 1000,10000,200000]
                                    [--time-limit 60] [--json OUT]

The text is conflict-dense: the project's own example articles (``examples/``) repeated to each
length. Each size is extracted as one article through ``marsad.batch.extract_stream`` with the
time limit, as ``marsad extract`` runs it; the seconds, the microseconds per character and the
ratio to the smallest size's cost per character are printed (target: within a factor of 3), and
whether the article ran past the limit (target: never by more than a second). Then HTML pages
nested 1k to 200k ``div`` elements deep are read as ``marsad extract page.html`` reads them.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from marsad.batch import extract_stream, ready_pipeline
from marsad.errors import InputError
from marsad.inputs import read_bytes
from marsad.io import Article

ROOT = Path(__file__).resolve().parents[1]


def dense_text(chars: int) -> str:
    rows = [json.loads(line) for line in (ROOT / "examples" / "articles.jsonl").read_text("utf-8").splitlines()
            if line.strip()]
    unit = "\n".join(r["text"] for r in rows) + "\n" + (ROOT / "examples" / "benghazi-clashes.txt").read_text("utf-8")
    return (unit * (chars // len(unit) + 1))[:chars]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000,1000000,4900000")
    parser.add_argument("--depths", default="1000,10000,200000")
    parser.add_argument("--time-limit", type=float, default=60.0)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    ready_pipeline(None)
    rows: list[dict[str, object]] = []
    base: float | None = None
    ok = True
    for size in (int(s) for s in args.sizes.split(",")):
        article = Article(text=dense_text(size), id=f"dense-{size}", origin=f"dense-{size}")
        t0 = time.perf_counter()
        [result] = list(extract_stream([article], time_limit=args.time_limit))
        took = time.perf_counter() - t0
        per_char = took / size * 1e6
        timed_out = isinstance(result, InputError)
        base = per_char if base is None else base
        ratio = per_char / base
        over = took > args.time_limit + 1.0
        ok = ok and not over and (timed_out or ratio <= 3.0)
        events = "timed out" if timed_out else f"{len(result.events)} events"  # type: ignore[union-attr]
        print(f"{size:>9,} chars  {took:8.2f} s  {per_char:6.2f} us/char  x{ratio:4.2f}  {events}", flush=True)
        rows.append({"chars": size, "seconds": round(took, 3), "us_per_char": round(per_char, 3),
                     "ratio": round(ratio, 2), "timed_out": timed_out})
    for depth in (int(d) for d in args.depths.split(",")):
        html = ("<html><body>" + "<div>" * depth + "<p>قصفت الطائرات مدينة حلب.</p>" + "</div>" * depth
                + "</body></html>").encode()
        t0 = time.perf_counter()
        [item] = list(read_bytes(html, f"nested-{depth}.html", "html"))
        took = time.perf_counter() - t0
        what = str(item) if isinstance(item, InputError) else f"read, {len(item.text)} characters"
        ok = ok and took < args.time_limit
        print(f"{depth:>9,} levels {took:8.2f} s  {what}", flush=True)
        rows.append({"depth": depth, "seconds": round(took, 3), "refused": isinstance(item, InputError)})
    print("PASS" if ok else "FAIL")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
