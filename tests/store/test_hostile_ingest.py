"""Hostile input on the store's commands: NUL in article text on PostgreSQL, a full disk while
writing ``-o``, option values that make no sense."""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from store_factories import make_article, make_event, make_result, synthetic_extractor

from marsad.cli.store import events as events_cmd
from marsad.cli.store import export as export_cmd
from marsad.errors import StoreError
from marsad.ingest import ingest
from marsad.pipeline import get_pipeline
from marsad.store import EventFilter, Store, open_store

GOOD = "قصفت قوات النظام السوري بلدة كفرنبل في ريف إدلب أمس، ما أسفر عن مقتل ثلاثة مدنيين."
FILE_LIMIT = 64 * 1024


def test_nul_and_surrogate_in_json_are_reported_and_the_rest_stored(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = ['{"id": "nul", "text": "' + GOOD + '\\u0000"}', '{"id": "sur", "text": "' + GOOD + '\\udfff"}',
             json.dumps({"id": "ok", "text": GOOD}, ensure_ascii=False),
             '{"id": "nul-outlet", "text": "' + GOOD + '", "outlet": "a\\u0000b"}']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    summary = ingest([str(path)], store, extractor=synthetic_extractor)
    assert summary.new == 1
    failed = sorted(str(err) for err in summary.failed)
    assert failed == [f"{path}:1: article text holds a NUL character (at character {len(GOOD)}): not a text article",
                      f"{path}:2: article text holds a lone surrogate (\\udfff at character {len(GOOD)}): "
                      "not valid Unicode",
                      f"{path}:4: field 'outlet' holds a NUL character (at character 1): not a text article"]
    assert store.counts()["articles"] == 1


def _limited() -> None:
    """In the child: files may not grow past FILE_LIMIT bytes, as on a nearly full disk."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_LIMIT, FILE_LIMIT))


def _check_nothing_written(result: subprocess.CompletedProcess[str], target: Path) -> None:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert f"{target}: cannot write (File too large); nothing was written" in result.stderr
    assert target.read_text(encoding="utf-8") == "old\n"  # the previous file stays whole
    assert [p.name for p in target.parent.iterdir() if p.name.endswith(".part")] == []


def test_extract_output_on_a_full_disk(tmp_path: Path) -> None:
    get_pipeline(None)  # the embedded gazetteer's cache is built here, not in the limited child
    source = tmp_path / "many.jsonl"
    source.write_text("".join(json.dumps({"id": f"a{i}", "text": GOOD}, ensure_ascii=False) + "\n"
                              for i in range(80)), encoding="utf-8")
    target = tmp_path / "out" / "events.jsonl"
    target.parent.mkdir()
    target.write_text("old\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "marsad.cli", "extract", str(source), "-o", str(target)],
                            capture_output=True, text=True, timeout=300, preexec_fn=_limited)
    _check_nothing_written(result, target)


def test_export_output_on_a_full_disk(store: Store, db_url: str, tmp_path: Path) -> None:
    for i in range(400):
        day = f"2017-{1 + i % 12:02d}-{1 + i % 28:02d}"
        store.add_article(make_article(f"x{i}"), make_result(f"x{i}", make_event(date=day)))
    target = tmp_path / "out" / "events.jsonl"
    target.parent.mkdir()
    target.write_text("old\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "marsad.cli", "export", "--db", db_url, "--format", "jsonl",
                             "-o", str(target)], capture_output=True, text=True, timeout=300, preexec_fn=_limited)
    _check_nothing_written(result, target)


def test_export_output_complete_when_it_fits(store: Store, db_url: str, tmp_path: Path) -> None:
    store.add_article(make_article("a"), make_result("a", make_event()))
    target = tmp_path / "events.geojson"
    result = CliRunner().invoke(export_cmd, ["--db", db_url, "--format", "geojson", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert json.loads(target.read_text(encoding="utf-8"))["type"] == "FeatureCollection"
    assert oct(target.stat().st_mode & 0o777) == oct(0o666 & ~_umask())


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@pytest.mark.parametrize("url", ["mysql://x/y", "http://example.org/db", "mongodb://h/db"])
def test_unknown_store_scheme_is_refused(url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(StoreError, match="unsupported store URL scheme"):
        open_store(url)
    assert list(tmp_path.iterdir()) == []  # no SQLite file named after the URL


def test_negative_limit_is_refused(store: Store, db_url: str) -> None:
    store.add_article(make_article("a"), make_result("a", make_event()))
    result = CliRunner().invoke(events_cmd, ["--db", db_url, "--limit", "-5"])
    assert result.exit_code == 2 and "--limit" in result.output
    with pytest.raises(StoreError, match="limit must be at least 1"):
        store.query_events(EventFilter(), limit=-5)


# A limit that expires while the interpreter runs a finalizer or a gc callback loses that one raise
# (Python reports it as unraisable); the timer raises again shortly after, by design
# (``timelimit.REPEAT``), so the lost one is no failure of the behaviour tested here.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_ingest_time_limit_reports_and_goes_on(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the limit raises again every 0.1 s because a raise that lands in a finalizer is lost (by design,
    # marsad.timelimit.REPEAT); such a lost raise goes to sys.unraisablehook, which pytest replaces with a
    # hook that a later raise can interrupt (a failure of the harness, not of ingest): the test drops them
    monkeypatch.setattr(sys, "unraisablehook", lambda unraisable: None)
    unit = GOOD + " وشنت طائرات حربية غارات على مدينة سراقب وأطراف معرة النعمان، وفق المرصد السوري. "
    path = tmp_path / "batch.jsonl"
    path.write_text(json.dumps({"id": "long", "text": (unit * 3000)[:300_000]}, ensure_ascii=False) + "\n"
                    + json.dumps({"id": "short", "text": GOOD}, ensure_ascii=False) + "\n", encoding="utf-8")
    summary = ingest([str(path)], store, time_limit=0.3)
    assert [str(e) for e in summary.failed] == [f"{path}:1: took longer than 0.3 s (the time limit per article)"]
    assert summary.new == 1 and store.get_article("short") is not None


def test_ingest_workers_must_be_positive(db_url: str, tmp_path: Path) -> None:
    from marsad.cli.store import ingest as ingest_cmd

    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    result = CliRunner().invoke(ingest_cmd, [str(tmp_path), "--db", db_url, "--workers", "0"])
    assert result.exit_code == 2 and "--workers" in result.output
