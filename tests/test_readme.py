"""Every command of the README runs as written in a fresh copy of the clone after ``make examples``
(what ``make run`` does before serving), as datasette and sqlite-utils test their documentation.

The copy holds the files git knows (tracked, or new and not ignored) and links ``.venv`` to this
clone's environment. Lines that need what a test machine does not have are skipped, each by name
(``SKIPS``); ``marsad serve`` lines are run until they answer over HTTP, then stopped. The Python
block runs too.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from .conftest import ROOT

README = ROOT / "README.md"
# What a line needs that the test machine lacks, by a piece of the line.
SKIPS = {
    "make run": "make run serves until stopped: `make examples` ran instead",
    "make test": "make test runs this test",
    "postgresql://": "needs a PostgreSQL server",
    "--dask": "needs the Dask extra or a Dask scheduler",
    "https://": "needs the network",
    "gazetteer import": "needs GeoNames / Who's On First files downloaded from the network",
}
BLOCK = re.compile(r"^```(\w+)\n(.*?)^```", re.S | re.M)


def blocks(language: str) -> list[str]:
    return [body for lang, body in BLOCK.findall(README.read_text(encoding="utf-8")) if lang == language]


def shell_lines() -> list[str]:
    lines = []
    for body in blocks("sh"):
        for line in body.splitlines():
            if line.strip() and not line.lstrip().startswith("#"):
                lines.append(line.strip())
    return lines


def skip_reason(line: str) -> str | None:
    return next((why for needle, why in SKIPS.items() if needle in line), None)


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A copy of the clone's files (mtimes kept) with ``.venv`` linked, after ``make examples``."""
    if shutil.which("make") is None or shutil.which("git") is None:
        pytest.skip("make and git are needed")
    venv = ROOT / ".venv"
    if not (venv / "bin" / "marsad").exists():
        pytest.skip("no .venv in the clone (make install)")
    files = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                           capture_output=True, check=True).stdout.decode().split("\0")
    dest = tmp_path_factory.mktemp("clone") / "marsad"
    for name in filter(None, files):
        source = ROOT / name
        if source.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / name)
    (dest / ".venv").symlink_to(venv)
    done = subprocess.run(["make", "examples"], cwd=dest, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (dest / "out" / "examples.sqlite").exists()
    assert "--db sqlite:///" in done.stdout  # make says where the store is and how to query it
    yield dest


def _serve(line: str, cwd: Path, env: dict[str, str]) -> None:
    port = re.search(r"--port (\d+)", line)
    assert port, f"a README serve line gives --port: {line}"
    proc = subprocess.Popen(["bash", "-c", line], cwd=cwd, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                response = httpx.get(f"http://127.0.0.1:{port[1]}/api/events?limit=1", timeout=2, trust_env=False)
                assert response.status_code == 200 and response.json()["total"] > 0
                return
            except httpx.TransportError:
                time.sleep(0.3)
        output = proc.stdout.read() if proc.poll() is not None and proc.stdout else ""
        raise AssertionError(f"`{line}` did not answer: {output}")
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, 15)
            proc.wait(timeout=20)


def test_every_readme_shell_line_runs(clone: Path) -> None:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("MARSAD_DB", None)
    state: list[str] = []  # lines that change the shell (activate, export) run before each later line
    ran: list[str] = []
    skipped: dict[str, str] = {}
    for line in shell_lines():
        why = skip_reason(line)
        if why is not None:
            skipped[line] = why
            continue
        if line.startswith((". ", "source ", "export ")):
            state.append(line)
            continue
        script = "\n".join([*state, line])
        if line.startswith("marsad serve"):
            _serve(script, clone, env)
        else:
            done = subprocess.run(["bash", "-o", "pipefail", "-ec", script], cwd=clone, env=env,
                                  capture_output=True, text=True, timeout=300)
            assert done.returncode == 0, f"README line failed: {line}\n{done.stdout[-2000:]}{done.stderr[-2000:]}"
        ran.append(line)
    assert len(ran) >= 15 and any(s.startswith(". .venv/bin/activate") for s in state)
    assert set(skipped.values()) <= set(SKIPS.values())
    assert (clone / "out" / "events.csv").read_text(encoding="utf-8").startswith("event_id_cnty,event_date,")


def test_readme_python_block_runs(clone: Path) -> None:
    (code,) = blocks("python")
    done = subprocess.run([sys.executable, "-c", code], cwd=clone, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert '"article_id": "a1"' in done.stdout and "Armed clash" in done.stdout


def test_make_run_says_clearly_that_the_port_is_taken(clone: Path) -> None:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        done = subprocess.run(["make", "run", f"PORT={port}"], cwd=clone, capture_output=True, text=True,
                              timeout=600)
    assert done.returncode != 0
    assert f"port {port} on 127.0.0.1 is taken" in done.stderr and "make run PORT=" in done.stderr
    assert "serving" not in done.stdout + done.stderr


def test_python_in_the_folder_holding_the_clone_imports_the_package(clone: Path) -> None:
    """The clone is a folder named ``marsad`` without ``__init__.py``: it must not shadow the package."""
    assert clone.name == "marsad"
    python = clone / ".venv" / "bin" / "python"
    done = subprocess.run([str(python), "-c", "import marsad; print(marsad.extract.__module__, marsad.__version__)"],
                          cwd=clone.parent, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["marsad", "0.1.0"]
