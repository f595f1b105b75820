"""``marsad serve``: a real process listening on loopback, and its errors."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from click.testing import CliRunner

from marsad.cli.serve import serve


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def test_help_documents_options_and_example() -> None:
    result = CliRunner().invoke(serve, ["--help"])
    assert result.exit_code == 0
    for option in ("--db", "--host", "--port", "--gazetteer", "--tile-url", "MARSAD_TILE_URL", "Example:"):
        assert option in result.output


def test_missing_store_is_a_clean_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(serve, ["--db", f"sqlite:///{tmp_path / 'none.sqlite'}"])
    assert result.exit_code == 1
    assert "no such database file" in result.output


def test_serve_process_answers_on_loopback(web_db: str, gazetteer_path: Path, tmp_path: Path) -> None:
    port = _free_port()
    log = (tmp_path / "serve.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "marsad.cli", "serve", "--db", web_db, "--host", "127.0.0.1", "--port", str(port),
         "--gazetteer", str(gazetteer_path)],
        stdout=log, stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 30
        body = None
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/events?limit=1", timeout=2, trust_env=False)
                body = response.json()
                break
            except httpx.TransportError:
                time.sleep(0.2)
        assert body is not None, (tmp_path / "serve.log").read_text()
        assert body["ok"] is True and body["total"] >= 5
        bad = httpx.get(f"http://127.0.0.1:{port}/api/events?since=nope", timeout=5, trust_env=False)
        assert bad.status_code == 400 and bad.json() == {
            "ok": False, "error": "invalid parameter 'since': 'nope' is not a date (YYYY-MM-DD)", "status": 400}
    finally:
        proc.terminate()
        proc.wait(timeout=15)
        log.close()
