"""Language data lives in marsad/lang/ar: no stage module defines an Arabic word list of its own."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import marsad.pipeline

PIPELINE = Path(marsad.pipeline.__file__).parent
ARABIC = re.compile(r"[\u0621-\u064a]")


def _arabic_items(value: ast.expr) -> int:
    """The most Arabic string literals that one set, list, tuple or dict display inside ``value`` holds."""
    most = 0
    for node in ast.walk(value):
        if isinstance(node, ast.Dict):
            items: list[ast.expr | None] = list(node.keys)
        elif isinstance(node, (ast.Set, ast.List, ast.Tuple)):
            items = list(node.elts)
        else:
            continue
        most = max(most, sum(isinstance(i, ast.Constant) and isinstance(i.value, str) and bool(ARABIC.search(i.value))
                             for i in items))
    return most


def word_lists(source: str) -> list[str]:
    """Names of the module-level assignments of ``source`` whose value holds an Arabic word list."""
    found = []
    for node in ast.parse(source).body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None and _arabic_items(node.value) >= 2:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            found.append(", ".join(ast.unparse(t) for t in targets))
    return found


def test_the_scan_finds_word_lists() -> None:
    source = (
        'A = fold_set({"قصف", "غارة"})\nB = ("و", "ف")\nC = {"قتيل": 1, "جريح": 2}\nD = X | frozenset(["هم", "هن"])\n'
        'E = re.compile("قصف|غارة")\nF = {"قصف"}\nG = ("a", "b")\ndef f() -> None:\n    h = {"قصف", "غارة"}\n'
    )
    assert word_lists(source) == ["A", "B", "C", "D"]


def test_no_stage_module_defines_an_arabic_word_list() -> None:
    offenders = {path.name: names for path in sorted(PIPELINE.glob("*.py"))
                 if (names := word_lists(path.read_text(encoding="utf-8")))}
    assert not offenders, f"move these word lists into marsad/lang/ar/: {offenders}"
