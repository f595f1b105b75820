"""The 14-country gazetteer of ../shared/data/geo, imported into a file for the benchmarks."""

from __future__ import annotations

import glob
import os
import time
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
