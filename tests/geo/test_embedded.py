from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli.gazetteer import gazetteer
from marsad.geo import PlaceQuery, open_gazetteer
from marsad.text import name_key


@pytest.mark.parametrize(("name", "country"), [
    ("دمشق", "SY"), ("حلب", "SY"), ("الموصل", "IQ"), ("صنعاء", "YE"), ("عدن", "YE"), ("بنغازي", "LY"),
    ("الأحواز", "IR"),  # the name Arab media give Ahvaz
])
def test_embedded_default_resolves_cities(empty_home: Path, name: str, country: str) -> None:
    gaz = open_gazetteer()
    assert gaz.chosen_because == "embedded"
    (res,) = gaz.resolve([PlaceQuery(key=name_key(name))])
    assert res is not None and res.place.country == country


def test_embedded_has_curated_sites_and_countries(empty_home: Path) -> None:
    gaz = open_gazetteer()
    info = gaz.info()
    assert info["by_source"]["geonames"] > 1000  # type: ignore[index]
    assert gaz.lookup("العراق")[0].place.kind == "country"
    assert gaz.key_info(name_key("دمشق")) is not None
    if "curated" in info["by_source"]:  # type: ignore[operator]
        assert info["by_source"]["curated"] > 0  # type: ignore[index]


def test_pickles_as_path(empty_home: Path) -> None:
    gaz = open_gazetteer()
    gaz.key_info("x")
    again = pickle.loads(pickle.dumps(gaz))
    assert again.path == gaz.path
    assert again.lookup("حلب")[0].place.country == "SY"


def test_path_resolution(empty_home: Path, real_gazetteer_path: Path, tmp_path: Path,
                         monkeypatch: pytest.MonkeyPatch) -> None:
    assert open_gazetteer().chosen_because == "embedded"
    default = Path(os.environ["XDG_DATA_HOME"]) / "marsad" / "gazetteer.sqlite"
    default.parent.mkdir(parents=True)
    default.write_bytes(real_gazetteer_path.read_bytes())
    g = open_gazetteer()
    assert g.chosen_because == "imported default" and g.path == default
    monkeypatch.setenv("MARSAD_GAZETTEER", str(real_gazetteer_path))
    assert open_gazetteer().path == real_gazetteer_path
    option = tmp_path / "other.sqlite"
    option.write_bytes(real_gazetteer_path.read_bytes())
    g = open_gazetteer(option)
    assert g.path == option and g.chosen_because == "option --gazetteer"


def test_cli_lookup_info_import(empty_home: Path, real_gazetteer_path: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    out = runner.invoke(gazetteer, ["lookup", "السيال", "--country", "SY", "--gazetteer", str(real_gazetteer_path)])
    assert out.exit_code == 0, out.output
    assert " SY" in out.output and "YE" not in out.output
    out = runner.invoke(gazetteer, ["lookup", "لا يوجد مكان بهذا الاسم", "--gazetteer", str(real_gazetteer_path)])
    assert out.exit_code == 1
    out = runner.invoke(gazetteer, ["info"])
    assert out.exit_code == 0 and '"chosen_because": "embedded"' in out.output
    src = tmp_path / "admin1CodesASCII.txt"
    src.write_text("SY.01\tDaraa\tDaraa\t170903\n", encoding="utf-8")
    out = runner.invoke(gazetteer, ["import", "--quiet", "--gazetteer", str(tmp_path / "n.sqlite"), str(src)])
    assert out.exit_code == 0, out.output
    assert "1 kept" in out.output
