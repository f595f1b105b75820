"""Output files written whole or not at all: to a temporary name beside the target, renamed when
complete. A full disk (or any write error) removes the partial file and raises a ``MarsadError``
naming the file and what went wrong; an existing file at the target stays as it was."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from marsad.errors import MarsadError


class OutputError(MarsadError):
    """An output file cannot be written (disk full, no permission, no such folder)."""


@contextmanager
def output_file(path: Path, *, newline: str | None = None) -> Iterator[IO[str]]:
    """A text file open for writing at a temporary name; renamed to ``path`` when the block ends well."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except OSError as exc:
        _remove(tmp)
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc}); nothing was written") from exc
    except BaseException:
        _remove(tmp)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _remove(name: str) -> None:
    try:
        os.unlink(name)
    except OSError:
        pass
