"""Reading the learned models' JSON files: one shipped in the package, or a user's own."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

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
