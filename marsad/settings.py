"""Where marsad keeps its files, and which gazetteer and store a command uses."""

from __future__ import annotations

import os
from pathlib import Path

GAZETTEER_ENV = "MARSAD_GAZETTEER"
DB_ENV = "MARSAD_DB"
DECIDER_ENV = "MARSAD_DECIDER"
DECIDERS = ("model", "rules")
DEFAULT_TIME_LIMIT = 60.0  # seconds one article's extraction may take in batch runs (--time-limit)


def data_dir() -> Path:
    """``$XDG_DATA_HOME/marsad`` or ``~/.local/share/marsad``."""
    base = os.environ.get("XDG_DATA_HOME")
    root = Path(base) if base else Path.home() / ".local" / "share"
    return root / "marsad"


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME")
    root = Path(base) if base else Path.home() / ".cache"
    return root / "marsad"


def default_gazetteer_path() -> Path:
    """Where ``marsad gazetteer import`` writes when no path is given."""
    return data_dir() / "gazetteer.sqlite"


def default_db_url() -> str:
    """The store used when ``--db`` is not given: ``$MARSAD_DB`` or a SQLite file in the data folder."""
    env = os.environ.get(DB_ENV)
    if env:
        return env
    return f"sqlite:///{data_dir() / 'marsad.sqlite'}"


def chosen_gazetteer(option: str | os.PathLike[str] | None) -> tuple[Path | None, str]:
    """The gazetteer file a command uses and why: the option, then ``$MARSAD_GAZETTEER``,
    then the imported default when it exists; ``(None, "embedded")`` means the embedded one."""
    if option:
        return Path(option), "option --gazetteer"
    env = os.environ.get(GAZETTEER_ENV)
    if env:
        return Path(env), f"environment {GAZETTEER_ENV}"
    default = default_gazetteer_path()
    if default.exists():
        return default, "imported default"
    return None, "embedded"


def chosen_decider(option: str | None = None) -> str:
    """What decides which candidates are events: the option, then ``$MARSAD_DECIDER``, then
    ``model`` (the shipped learned filter); ``rules`` is the hand-written rules alone."""
    return option or os.environ.get(DECIDER_ENV) or "model"
