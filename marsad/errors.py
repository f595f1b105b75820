"""The whole exception tree of marsad. Foreign errors are translated once, at the boundary."""

from __future__ import annotations


class MarsadError(Exception):
    """Base class of every error marsad raises on purpose."""


class InputError(MarsadError):
    """An input (file, line, article) cannot be read or is not an article.

    ``source`` names the input (a path, ``-`` or an article id) and ``line`` the line
    number when the input is line-based, so that a message always says where.
    """

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None) -> None:
        self.reason = message
        self.source = source
        self.line = line
        where = ""
        if source is not None:
            where = source if line is None else f"{source}:{line}"
            where += ": "
        super().__init__(f"{where}{message}")


class GazetteerError(MarsadError):
    """A gazetteer file is missing, corrupt or of the wrong kind."""


class StoreError(MarsadError):
    """The event store cannot be opened, migrated or written."""


class ConfigError(MarsadError):
    """A setting (option, environment variable) has a value that cannot be used."""
