"""One executor interface: serial and process-pool runs give the same outcomes, in input order,
with input errors in place; the one progress bar counts what was read."""

from __future__ import annotations

import io
from contextlib import redirect_stderr

from marsad.batch import ProcessExecutor, SerialExecutor, executor_for, progress
from marsad.errors import InputError
from marsad.io import read_inputs
from marsad.model import ArticleResult

from .conftest import ROOT


def _items() -> list[object]:
    items: list[object] = list(read_inputs([str(ROOT / "examples")]))
    items.insert(2, InputError("malformed JSON", source="x.jsonl", line=3))
    return items


def _summary(pairs: list[tuple[object, object]]) -> list[tuple[str, object]]:
    out: list[tuple[str, object]] = []
    for item, outcome in pairs:
        if isinstance(outcome, ArticleResult):
            out.append((getattr(item, "origin", ""), outcome.to_dict()))
        else:
            out.append((str(item), str(outcome)))
    return out


def test_serial_and_process_pool_give_the_same_pairs_in_order() -> None:
    items = _items()
    serial = list(SerialExecutor().run(items))  # type: ignore[arg-type]
    pooled = list(ProcessExecutor(None, 2).run(items))  # type: ignore[arg-type]
    assert [i for i, _ in serial] == items == [i for i, _ in pooled]
    assert _summary(serial) == _summary(pooled)
    assert serial[2] == (items[2], items[2])  # the input error passes through in place
    assert sum(len(o.events) for _, o in serial if isinstance(o, ArticleResult)) >= 4
    assert isinstance(executor_for(None, 2), ProcessExecutor) and isinstance(executor_for(None, 1), SerialExecutor)


def test_one_progress_bar_counts_items() -> None:
    err = io.StringIO()
    with redirect_stderr(err):
        seen = list(progress(iter(range(7)), True, "ingest"))  # type: ignore[arg-type]
    assert seen == list(range(7))
    assert "ingest" in err.getvalue() and "7 articles" in err.getvalue()
    assert list(progress(iter(range(3)), False)) == [0, 1, 2]  # type: ignore[arg-type]
