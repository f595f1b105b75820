"""Reading the learned models' JSON files: one shipped in the package, or a user's own."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from marsad.errors import MarsadError


def model_json(path: str | Path | None, shipped_name: str, what: str) -> tuple[dict[str, Any], str]:
    """The JSON of a model and where it came from: the file at ``path``, else the package's
    ``marsad/models/<shipped_name>``. An unreadable file is an error naming it and ``what`` it is."""
    if path is None:
        return _shipped(shipped_name), f"marsad/models/{shipped_name}"
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise MarsadError(f"{path}: cannot read the {what}: {err}") from err
    if not isinstance(data, dict):
        raise MarsadError(f"{path}: cannot read the {what}: not a JSON object")
    return data, str(path)


@lru_cache(maxsize=4)
def _shipped(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resources.files("marsad.models").joinpath(name).read_text(encoding="utf-8"))
    return data


T = TypeVar("T")
_PARSED: dict[str, Any] = {}  # the shipped models, each parsed once per process


def load_model_file(path: str | Path | None, shipped_name: str, what: str, parse: Callable[[dict[str, Any], str], T]) -> T:
    """A model read by ``parse`` from the file at ``path``, else the package's shipped one
    (parsed once)."""
    if path is not None:
        return parse(*model_json(path, shipped_name, what))
    if shipped_name not in _PARSED:
        _PARSED[shipped_name] = parse(*model_json(None, shipped_name, what))
    model: T = _PARSED[shipped_name]
    return model
