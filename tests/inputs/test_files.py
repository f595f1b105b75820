"""Files and standard input: what the store or the encoder cannot hold is refused with FILE:LINE,
and every kind of input is read the same way by ``extract`` and ``ingest``."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from marsad.errors import InputError
from marsad.inputs import read_sources
from marsad.io import Article

GOOD = "قصفت قوات النظام السوري بلدة كفرنبل في ريف إدلب أمس، ما أسفر عن مقتل ثلاثة مدنيين."


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "marsad.cli", *args], capture_output=True, text=True, timeout=120)


def _items(*inputs: str) -> tuple[list[Article], dict[str, str]]:
    articles: list[Article] = []
    errors: dict[str, str] = {}
    for item in read_sources(inputs):
        if isinstance(item, InputError):
            errors[str(item).split(": ", 1)[0]] = item.reason
        else:
            articles.append(item)
    return articles, errors


def test_lone_surrogate_and_nul_in_json_are_refused_with_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    rows = ['{"id": "s", "text": "' + GOOD + ' \\ud800"}',
            '{"id": "n", "text": "' + GOOD + ' \\u0000 تتمة"}',
            '{"id": "t", "text": "' + GOOD + '", "title": "عنوان\\u0000"}',
            json.dumps({"id": "ok", "text": GOOD}, ensure_ascii=False)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    articles, errors = _items(str(path))
    assert [a.id for a in articles] == ["ok"]
    assert "lone surrogate" in errors[f"{path}:1"]
    assert "NUL" in errors[f"{path}:2"]
    assert "NUL" in errors[f"{path}:3"] and "title" in errors[f"{path}:3"]


def test_cli_extract_goes_on_after_a_lone_surrogate(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text('{"id": "s", "text": "\\ud800 ' + GOOD + '"}\n' + json.dumps({"id": "ok", "text": GOOD}) + "\n",
                    encoding="utf-8")
    result = run_cli("extract", str(path))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "UnicodeEncodeError" not in result.stderr
    assert f"{path}:1: article text holds a lone surrogate" in result.stderr
    assert [json.loads(line)["article_id"] for line in result.stdout.splitlines()] == ["ok"]


def test_nul_after_the_first_4kb_of_a_txt_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "late-nul.txt"
    path.write_bytes((GOOD + "\n").encode("utf-8") * 60 + b"\x00" + GOOD.encode("utf-8"))
    _articles, errors = _items(str(path))
    assert "NUL" in errors[str(path)]


def test_utf16_is_named_with_the_way_to_convert(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes(GOOD.encode("utf-16"))
    (tmp_path / "le.txt").write_bytes(GOOD.encode("utf-16-le"))
    (tmp_path / "be.jsonl").write_bytes(json.dumps({"text": GOOD}, ensure_ascii=False).encode("utf-16-be"))
    _articles, errors = _items(str(tmp_path))
    for name in ("bom.txt", "le.txt", "be.jsonl"):
        reason = errors[str(tmp_path / name)]
        assert "UTF-16" in reason and "iconv -f UTF-16 -t UTF-8" in reason, reason


def test_json_error_message_reads_well(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "unterminated', encoding="utf-8")  # the last line, without a newline
    _articles, errors = _items(str(path))
    reason = errors[f"{path}:1"]
    assert "at at" not in reason and "Unterminated string starting at column" in reason


@pytest.mark.parametrize("content", ["", "\n\n  \n"])
def test_empty_jsonl_is_reported_and_exits_1(tmp_path: Path, content: str) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_text(content, encoding="utf-8")
    result = run_cli("extract", str(path))
    assert result.returncode == 1
    assert f"{path}: no articles" in result.stderr


def test_extract_reads_a_feed_file_as_a_feed(tmp_path: Path) -> None:
    body = GOOD * 2
    feed = (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Outlet</title>"
            f"<item><title>خبر</title><description><![CDATA[<p>{body}</p>]]></description>"
            f"<pubDate>Sat, 10 Jun 2017 08:00:00 GMT</pubDate></item>"
            f"<item><title>قصير</title><description>نعم</description></item></channel></rss>")
    path = tmp_path / "feed.xml"
    path.write_text(feed, encoding="utf-8")
    result = run_cli("extract", str(path))
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 1 and rows[0]["published"] == "2017-06-10" and rows[0]["outlet"] == "Outlet"
    assert "entry 2: too little text for an article" in result.stderr  # a 3-letter entry is no article
    assert result.returncode == 1


def test_unreadable_folder_is_reported(tmp_path: Path) -> None:
    """Root reads every folder: as root, marsad runs without the capabilities that allow it."""
    (tmp_path / "ok.txt").write_text("عنوان\n" + GOOD, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "hidden.txt").write_text("عنوان\n" + GOOD, encoding="utf-8")
    locked.chmod(0o000)
    prefix: list[str] = []
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv (util-linux) to drop the capability to read any folder")
        prefix = [setpriv, "--bounding-set=-dac_override,-dac_read_search"]
    try:
        result = subprocess.run([*prefix, sys.executable, "-m", "marsad.cli", "extract", str(tmp_path)],
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 1, result.stderr
        assert f"{locked}: cannot read folder: Permission denied" in result.stderr
        assert [json.loads(line)["article_id"] for line in result.stdout.splitlines()] == ["ok"]
    finally:
        locked.chmod(0o755)
