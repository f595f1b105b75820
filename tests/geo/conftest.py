from __future__ import annotations

import glob
from pathlib import Path

import pytest

from marsad.geo import Gazetteer
from marsad.geo.importers import import_files
from marsad.geo.store import connect

SHARED_GEO = Path("/work/shared/data/geo")


@pytest.fixture(scope="session")
def real_gazetteer_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 14-country WOF + GeoNames import with boundaries, built once per test session."""
    if not SHARED_GEO.exists():
        pytest.skip("shared geo data not available")
    path = tmp_path_factory.mktemp("gaz") / "gazetteer.sqlite"
    files = [Path(p) for p in sorted(glob.glob(str(SHARED_GEO / "gazetteer" / "*")))]
    files += [Path(p) for p in sorted(glob.glob(str(SHARED_GEO / "boundaries" / "*.geojson")))]
    conn = connect(path, create=True)
    import_files(conn, files, progress=False)
    conn.close()
    return path


@pytest.fixture(scope="session")
def real_gazetteer(real_gazetteer_path: Path) -> Gazetteer:
    return Gazetteer(real_gazetteer_path, "test")


@pytest.fixture()
def empty_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No MARSAD_GAZETTEER and an empty data folder: the embedded default is chosen."""
    monkeypatch.delenv("MARSAD_GAZETTEER", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path
