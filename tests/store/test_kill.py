"""SIGKILL during a large ingest leaves no half-stored article; re-running completes it exactly."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from store_factories import synthetic_extractor

from marsad.model import Article
from marsad.store import Store, open_store

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
N = 4000

SCRIPT = """
import sys
from store_factories import synthetic_extractor
from marsad.ingest import ingest
from marsad.store import open_store
with open_store(sys.argv[1]) as store:
    summary = ingest([sys.argv[2]], store, extractor=synthetic_extractor)
print(summary.new, summary.present, len(summary.failed))
"""


def _write_input(path: Path) -> list[Article]:
    articles = [Article(text=f"خبر رقم {i}: قصف وغارات واشتباكات في ريف المدينة، وفق مصادر محلية. " * 3,
                        id=f"k{i}", outlet=("BBC Arabic", "CNN Arabic", "Al Arabiya")[i % 3],
                        published=f"2017-06-{1 + i % 28:02d}") for i in range(N)]
    with path.open("w", encoding="utf-8") as out:
        for a in articles:
            out.write(json.dumps({"id": a.id, "text": a.text, "outlet": a.outlet, "published": a.published},
                                 ensure_ascii=False) + "\n")
    return articles


def _run(url: str, data: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE), str(ROOT), os.environ.get("PYTHONPATH", "")])}
    return subprocess.Popen([sys.executable, "-c", SCRIPT, url, str(data)], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _check_consistent(store: Store, expected: dict[str, int]) -> int:
    """Every stored article has all its reports, each report one event; returns articles stored."""
    per_article = store._all(
        "SELECT a.key, COUNT(r.pk) AS n FROM articles a LEFT JOIN reports r ON r.article_pk = a.pk GROUP BY a.key")
    for row in per_article:
        assert int(row["n"]) == expected[row["key"]], f"article {row['key']} is half-stored"
    counts = store.counts()
    assert counts["event_reports"] == counts["reports"]
    bad = store._all(
        "SELECT e.pk FROM events e LEFT JOIN event_reports er ON er.event_pk = e.pk "
        "GROUP BY e.pk, e.n_reports HAVING COUNT(er.report_pk) <> e.n_reports OR COUNT(er.report_pk) = 0")
    assert not bad, "events whose report count disagrees with their links"
    return len(per_article)


def _snapshot(store: Store) -> list[tuple[object, ...]]:
    rows = store._all(
        "SELECT a.key, r.idx, e.event_type, e.sub_event_type, e.date, e.place_id, e.n_reports, e.fatalities_best, "
        "e.fatalities_low, e.fatalities_high, e.outlets FROM event_reports er JOIN reports r ON r.pk = er.report_pk "
        "JOIN articles a ON a.pk = r.article_pk JOIN events e ON e.pk = er.event_pk")
    return sorted(tuple(r.values()) for r in rows)


@pytest.mark.slow
def test_sigkill_mid_ingest_then_resume(tmp_path: Path, db_url: str) -> None:
    data = tmp_path / "big.jsonl"
    articles = _write_input(data)
    expected = {a.key: len(synthetic_extractor(a).events) for a in articles}
    with open_store(db_url):
        pass  # migrated before the writer starts, so polling below can read
    proc = _run(db_url, data)
    try:
        deadline = time.monotonic() + 60
        with open_store(db_url, read_only=True) as watcher:
            while watcher.counts()["articles"] < N // 10:
                assert proc.poll() is None, proc.communicate()
                assert time.monotonic() < deadline
                time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    time.sleep(0.5)  # PostgreSQL: let the server finish or abort the killed client's last transaction
    with open_store(db_url) as store:
        stored = _check_consistent(store, expected)
    assert 0 < stored < N
    resumed = _run(db_url, data)
    out, err = resumed.communicate(timeout=300)
    assert resumed.returncode == 0, err
    new, present, failed = map(int, out.split())
    assert (new, present, failed) == (N - stored, stored, 0)
    clean_url = f"sqlite:///{tmp_path / 'clean.sqlite'}"  # the reference is SQLite for both dialects
    clean = _run(clean_url, data)
    assert clean.communicate(timeout=300)[0].split()[0] == str(N)
    with open_store(db_url) as store, open_store(clean_url) as reference:
        assert _check_consistent(store, expected) == N
        assert store.counts() == reference.counts()
        assert _snapshot(store) == _snapshot(reference)
