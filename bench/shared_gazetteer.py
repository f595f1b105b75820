"""The 14-country gazetteer of ../shared/data/geo, imported into a file for the benchmarks."""

from __future__ import annotations

import glob
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from marsad.geo.importers import import_files
from marsad.geo.store import connect

SHARED = Path(os.environ.get("MARSAD_SHARED", Path(__file__).resolve().parents[2] / "shared"))


def import_shared(path: Path) -> tuple[int, float]:
    """Import every gazetteer and boundary file of the shared data into ``path``; returns the
    number of files and the seconds it took."""
    files = [Path(p) for p in sorted(glob.glob(str(SHARED / "data/geo/gazetteer/*")))]
    files += [Path(p) for p in sorted(glob.glob(str(SHARED / "data/geo/boundaries/*.geojson")))]
    t0 = time.perf_counter()
    conn = connect(path, create=True)
    import_files(conn, files, progress=False)
    conn.close()
    return len(files), time.perf_counter() - t0


@contextmanager
def gazetteer_path(given: str | None) -> Iterator[str]:
    """The gazetteer file to benchmark: ``given``, else the shared data imported now into a
    temporary file (removed afterwards)."""
    if given is not None:
        yield given
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "gazetteer.sqlite"
        n_files, seconds = import_shared(path)
        print(f"import of {n_files} files: {seconds:.1f} s", file=sys.stderr)
        yield str(path)
