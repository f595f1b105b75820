"""Bad input never gives a traceback: a clear error naming the input and line, or no events;
in a batch the other articles are still extracted and failures are reported at the end."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import marsad
from marsad.errors import InputError
from marsad.io import read_inputs

GOOD = "قصفت قوات النظام السوري بلدة كفرنبل في ريف إدلب أمس، ما أسفر عن مقتل ثلاثة مدنيين."


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "marsad.cli", *args], input=stdin.decode() if stdin else None,
        capture_output=True, text=True, timeout=120,
    )


def test_empty_text_is_an_input_error_naming_the_input() -> None:
    with pytest.raises(InputError, match="empty"):
        marsad.extract("   \n ")


def test_text_without_arabic_gives_no_events() -> None:
    assert marsad.extract("The quick brown fox jumps over the lazy dog. 2015-08-11.").events == ()


def test_non_string_text_is_an_input_error() -> None:
    with pytest.raises(InputError):
        marsad.extract(b"\x00\x01" * 10)  # type: ignore[arg-type]


def test_huge_article_is_refused_with_its_size() -> None:
    text = ("قصفت الطائرات مدينة حلب. " * 900_000)[:20_000_000]
    with pytest.raises(InputError, match="over the limit"):
        marsad.extract(text, article_id="huge")


def test_binary_and_cp1256_and_empty_files_are_reported(tmp_path: Path) -> None:
    (tmp_path / "a.bin.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 100)
    (tmp_path / "b.txt").write_bytes(GOOD.encode("cp1256"))
    (tmp_path / "c.txt").write_bytes(b"")
    (tmp_path / "d.txt").write_text("عنوان\n" + GOOD, encoding="utf-8")
    items = list(read_inputs([str(tmp_path)]))
    errors = {Path(e.source or "").name: e.reason for e in items if isinstance(e, InputError)}
    assert "binary" in errors["a.bin.txt"]
    assert "Windows-1256" in errors["b.txt"]
    assert "empty" in errors["c.txt"]
    assert [a.id for a in items if not isinstance(a, InputError)] == ["d"]


def test_malformed_jsonl_lines_name_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    rows = [
        json.dumps({"id": "ok-1", "text": GOOD, "published": "2015-08-11"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "no-text"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "ok-2", "text": GOOD}, ensure_ascii=False),
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = run_cli("extract", str(path))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"{path}:2: malformed JSON" in result.stderr
    assert f"{path}:3: missing field 'text'" in result.stderr
    assert f"{path}:4: a JSON object was expected" in result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["article_id"] for row in out] == ["ok-1", "ok-2"]


def test_malformed_html_still_gives_its_text(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text("<html><body><div><p>" + GOOD + "<p><b>غير مغلق <script>alert(1)", encoding="utf-8")
    result = run_cli("extract", str(path))
    assert result.returncode == 0, result.stderr
    row = json.loads(result.stdout)
    assert "alert" not in json.dumps(row, ensure_ascii=False)


def test_html_without_text_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><script>x()</script></head><body></body></html>", encoding="utf-8")
    result = run_cli("extract", str(path))
    assert result.returncode == 1
    assert "no article text found in the HTML" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_file_is_reported_and_others_extracted(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("عنوان\n" + GOOD, encoding="utf-8")
    result = run_cli("extract", str(tmp_path / "missing.txt"), str(good))
    assert result.returncode == 1
    assert "missing.txt: no such file" in result.stderr
    assert len(result.stdout.splitlines()) == 1


def test_stdin_is_read_with_dash() -> None:
    row = json.dumps({"id": "s1", "text": GOOD, "published": "2015-08-11"}, ensure_ascii=False)
    result = run_cli("extract", "-", stdin=row.encode())
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["article_id"] == "s1"
