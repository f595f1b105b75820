"""The Dask path (a real LocalCluster of worker processes) stores exactly what one process stores."""

from __future__ import annotations

import os
import signal
from pathlib import Path
from typing import Any

import pytest
from scale_helpers import dump_store, merged_events, write_jsonl

from marsad.distributed import Address, ingest_dask
from marsad.errors import ConfigError
from marsad.ingest import IngestSummary, ingest
from marsad.store import EventFilter, open_store


def single_process(inputs: list[str], url: str) -> IngestSummary:
    with open_store(url) as store:
        return ingest(inputs, store)


def counts(summary: IngestSummary) -> tuple[int, ...]:
    return (summary.read, summary.new, summary.present, len(summary.failed), summary.reports,
            summary.events_added, summary.events_merged)


@pytest.fixture(scope="module")
def cluster() -> Any:
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as c:
        yield c


@pytest.fixture(scope="module")
def baseline(dev_jsonl: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, IngestSummary]:
    url = f"sqlite:///{tmp_path_factory.mktemp('single') / 'events.sqlite'}"
    return url, single_process([str(dev_jsonl)], url)


@pytest.mark.slow
def test_local_cluster_store_equals_single_process(
    dev_jsonl: Path, baseline: tuple[str, IngestSummary], tmp_path: Path
) -> None:
    base_url, base_summary = baseline
    assert base_summary.new >= 60 and base_summary.reports > 0 and merged_events(base_url) > 0
    url = f"sqlite:///{tmp_path / 'dask.sqlite'}"
    summary = ingest_dask([str(dev_jsonl)], url, "local:2", partition_size=8)
    assert counts(summary) == counts(base_summary)
    assert dump_store(url) == dump_store(base_url)
    again = ingest_dask([str(dev_jsonl)], url, "local:2", partition_size=8)  # idempotent
    assert again.new == 0 and again.present == base_summary.new
    assert dump_store(url) == dump_store(base_url)


@pytest.mark.slow
def test_bad_lines_reported_in_place(dev_jsonl: Path, cluster: Any, tmp_path: Path) -> None:
    lines = dev_jsonl.read_text(encoding="utf-8").splitlines()[:12]
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text("\n".join([*lines[:5], "{not json", '{"id": "x", "text": "   "}', *lines[5:], lines[0]]) + "\n",
                     encoding="utf-8")
    base_url = f"sqlite:///{tmp_path / 'single.sqlite'}"
    url = f"sqlite:///{tmp_path / 'dask.sqlite'}"
    base = single_process([str(mixed)], base_url)
    summary = ingest_dask([str(mixed)], url, cluster.scheduler_address, partition_size=3)
    assert counts(summary) == counts(base)
    assert [str(e) for e in summary.failed] == [str(e) for e in base.failed]
    assert [e.source for e in summary.failed] == [f"{mixed}:6", f"{mixed}:7"]
    assert summary.present == 1  # the repeated first line
    assert dump_store(url) == dump_store(base_url)


@pytest.mark.slow
def test_worker_killed_mid_run(
    dev_jsonl: Path, baseline: tuple[str, IngestSummary], cluster: Any, tmp_path: Path
) -> None:
    from distributed import Client

    base_url, base_summary = baseline
    url = f"sqlite:///{tmp_path / 'dask.sqlite'}"
    killed: list[int] = []
    with Client(cluster) as client:
        before = client.run(os.getpid)

        def kill_one(index: int, _summary: IngestSummary) -> None:
            if killed:
                return
            busy = [addr for addr, keys in client.processing().items() if keys and addr in before]
            if not busy:
                return  # no partition running at this moment: kill at a later stored partition
            killed.append(before[busy[0]])
            os.kill(before[busy[0]], signal.SIGKILL)

        summary = ingest_dask([str(dev_jsonl)], url, cluster.scheduler_address, partition_size=3,
                              on_stored=kill_one)
        client.wait_for_workers(2, timeout=60)
        after = client.run(os.getpid)
    assert killed, "no worker was busy at any stored partition: nothing was killed"
    assert killed[0] not in after.values()  # the nanny started a new worker process
    assert counts(summary) == counts(base_summary)
    assert dump_store(url) == dump_store(base_url)


@pytest.mark.slow
@pytest.mark.server
def test_postgres_store_equals_single_process(dev_jsonl: Path, pg_urls: tuple[str, str], tmp_path: Path) -> None:
    rows = [line for line in dev_jsonl.read_text(encoding="utf-8").splitlines() if line.strip()][:30]
    small = tmp_path / "small.jsonl"
    small.write_text("\n".join(rows) + "\n", encoding="utf-8")
    single_url, dask_url = pg_urls
    base = single_process([str(small)], single_url)
    summary = ingest_dask([str(small)], dask_url, "local:2", partition_size=4)
    assert counts(summary) == counts(base)
    assert dump_store(dask_url) == dump_store(single_url)


def test_addresses() -> None:
    assert Address.parse("local:3") == Address(local_workers=3)
    assert Address.parse("tcp://10.0.0.5:8786") == Address(scheduler="tcp://10.0.0.5:8786")
    for bad in ("local:0", "local:x", "10.0.0.5:8786", "tcp://"):
        with pytest.raises(ConfigError):
            Address.parse(bad)


def test_bad_address_fails_before_anything(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "a.jsonl", [{"id": "a", "text": "نص"}])
    with pytest.raises(ConfigError):
        ingest_dask([str(src)], f"sqlite:///{tmp_path / 'x.sqlite'}", "localhost:8786")
    assert not (tmp_path / "x.sqlite").exists()


@pytest.mark.slow
def test_cli_ingest_with_dask_matches_plain_ingest(tmp_path: Path) -> None:
    """`marsad ingest --dask local:1` stores what `marsad ingest` stores."""
    import subprocess
    import sys

    examples = Path(__file__).resolve().parents[2] / "examples"
    counts = []
    for name, extra in (("plain", []), ("dask", ["--dask", "local:1", "--partition-size", "2"])):
        db = f"sqlite:///{tmp_path / name}.sqlite"
        done = subprocess.run(
            [sys.executable, "-m", "marsad.cli", "ingest", str(examples), "--db", db, *extra],
            capture_output=True, text=True, timeout=300,
        )
        assert done.returncode == 0, done.stderr
        with open_store(db, read_only=True) as store:
            total, events = store.query_events(EventFilter(), limit=1000, offset=0)
        counts.append((total, sorted((e["event_type"], e["location"]["name_ar"]) for e in events)))
    assert counts[0] == counts[1]
    assert counts[0][0] > 0
