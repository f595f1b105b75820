"""A per-article time limit: an article that runs past it fails with "FILE:LINE: took longer
than N s" and the batch goes on, in the main thread, in other threads and in worker processes."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from marsad import timelimit
from marsad.batch import extract_stream
from marsad.errors import InputError
from marsad.io import Article
from marsad.model import ArticleResult
from marsad.pipeline import get_pipeline

SENTENCES = (
    "قصفت قوات النظام السوري بلدة كفرنبل في ريف إدلب أمس، ما أسفر عن مقتل ثلاثة مدنيين. ",
    "وشنت طائرات حربية غارات على مدينة سراقب وأطراف معرة النعمان، وفق المرصد السوري. ",
    "واندلعت اشتباكات عنيفة بين فصائل المعارضة وقوات النظام قرب خان شيخون. ",
)
LIMIT = 0.3


def dense(chars: int) -> str:
    unit = "".join(SENTENCES)
    return (unit * (chars // len(unit) + 1))[:chars]


@pytest.fixture(autouse=True)
def _no_foreign_gc_callbacks() -> Iterator[None]:
    """Other libraries' gc callbacks (hypothesis registers one when its tests ran first) can
    receive the interruption, and a repeat of it can then land inside pytest's own report of
    the swallowed one; a gc callback that swallows it is tested on its own below."""
    saved = list(gc.callbacks)
    gc.callbacks.clear()
    try:
        yield
    finally:
        gc.callbacks[:] = saved


def _batch() -> list[Article | InputError]:
    return [Article(text=dense(300_000), id="long", origin="batch.jsonl:1"),
            Article(text=SENTENCES[0], id="short", origin="batch.jsonl:2")]


@pytest.fixture(scope="module")
def unlimited() -> float:
    """Seconds the long article takes with no limit, measured on this machine under its present
    load, so that "stopped soon after the limit" is judged against it and not against a fixed
    figure that a busy CI machine can miss."""
    pipeline = get_pipeline(None)
    pipeline.extract(SENTENCES[0])
    start = time.monotonic()
    pipeline.extract(dense(300_000))
    return time.monotonic() - start


def _check(results: list[ArticleResult | InputError], elapsed: float, unlimited: float) -> None:
    first, second = results
    assert isinstance(first, InputError)
    assert str(first) == f"batch.jsonl:1: took longer than {LIMIT:g} s (the time limit per article)"
    assert isinstance(second, ArticleResult) and second.article_id == "short" and second.events
    # stopped well before it would have ended: about 1 s of about 5 on a quiet machine
    assert elapsed < 0.6 * unlimited, (elapsed, unlimited)


def test_time_limit_in_the_main_thread(unlimited: float) -> None:
    get_pipeline(None).extract(SENTENCES[0])  # load once, outside the measured run
    start = time.monotonic()
    results = list(extract_stream(_batch(), time_limit=LIMIT))
    _check(results, time.monotonic() - start, unlimited)


def test_time_limit_in_another_thread(unlimited: float) -> None:
    get_pipeline(None).extract(SENTENCES[0])
    out: list[ArticleResult | InputError] = []
    start = time.monotonic()
    worker = threading.Thread(target=lambda: out.extend(extract_stream(_batch(), time_limit=LIMIT)))
    worker.start()
    worker.join(timeout=60)
    _check(out, time.monotonic() - start, unlimited)


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # the swallowed one, by design
def test_time_limit_holds_when_a_gc_callback_swallows_the_interruption(unlimited: float) -> None:
    """Libraries register gc callbacks (Dask does); an interruption raised inside one is printed
    and dropped by the interpreter. The limit must still stop the article, soon after."""
    get_pipeline(None).extract(SENTENCES[0])
    swallowed = {"busy": True}

    def slow_callback(phase: str, info: dict[str, int]) -> None:
        if phase == "start" and swallowed["busy"] and getattr(timelimit._local, "deadline", None) is not None:
            swallowed["busy"] = False
            end = time.monotonic() + 0.6  # the limit's first interruption arrives in here
            while time.monotonic() < end:
                pass

    threshold = gc.get_threshold()
    gc.set_threshold(50)
    gc.callbacks.append(slow_callback)
    try:
        start = time.monotonic()
        results = list(extract_stream(_batch(), time_limit=LIMIT))
        elapsed = time.monotonic() - start
    finally:
        gc.callbacks.remove(slow_callback)
        gc.set_threshold(*threshold)
    assert not swallowed["busy"]
    _check(results, elapsed, unlimited)


def test_cli_time_limit_with_worker_processes(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    rows = [{"id": "long", "text": dense(300_000)}, {"id": "short", "text": SENTENCES[0]}]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "marsad.cli", "extract", str(path), "--workers", "2",
                             "--time-limit", "0.5"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 1, result.stderr
    assert f"{path}:1: took longer than 0.5 s" in result.stderr
    assert [json.loads(line)["article_id"] for line in result.stdout.splitlines()] == ["short"]


def test_workers_must_be_positive() -> None:
    result = subprocess.run([sys.executable, "-m", "marsad.cli", "extract", "-", "--workers", "0"],
                            capture_output=True, text=True, timeout=60, input="x")
    assert result.returncode == 2 and "--workers" in result.stderr
