"""The ACLED CSV and flat GeoJSON of 300 real bulk articles, loaded as ACLED users load them (pandas)."""

from __future__ import annotations

import gzip
import io
import itertools
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli.store import export as export_cmd
from marsad.export import ACLED_COLUMNS
from marsad.geo.boundaries import LEVELS
from marsad.geo.importers import import_files
from marsad.geo.store import connect
from marsad.ingest import ingest
from marsad.store import open_store
from marsad.store.countries import COUNTRIES

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
ARTICLES = SHARED / "data" / "articles"
GEO = SHARED / "data" / "geo"
pd = pytest.importorskip("pandas")

N_ARTICLES = 300
# The 14 countries of the shared gazetteer (ISO numeric codes, as the CSV writes them)
FOURTEEN = {COUNTRIES[c].numeric for c in ("SY", "IQ", "YE", "LY", "LB", "PS", "IL", "JO", "EG", "SD", "SO",
                                           "TR", "IR", "SA")}
INTEGERS = ("year", "time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision", "fatalities",
            "timestamp")


@pytest.fixture(scope="module")
def bulk_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """300 bulk articles ingested with the embedded gazetteer, and the shared admin boundaries."""
    bulk = ARTICLES / "bulk.jsonl.gz"
    boundaries = GEO / "boundaries" / "mena_admin0_admin1_simplified.geojson"
    if not bulk.exists() or not boundaries.exists():
        pytest.skip("../shared bulk articles or boundaries are not here")
    folder = tmp_path_factory.mktemp("acled")
    source = folder / "bulk300.jsonl"
    with gzip.open(bulk, "rt", encoding="utf-8") as handle:
        source.write_text("".join(itertools.islice(handle, N_ARTICLES)), encoding="utf-8")
    url = f"sqlite:///{folder / 'events.sqlite'}"
    with open_store(url) as store:
        summary = ingest([str(source)], store)
        assert summary.new == N_ARTICLES and not summary.failed
    gazetteer = folder / "boundaries.sqlite"
    conn = connect(gazetteer, create=True)
    import_files(conn, [boundaries], progress=False)
    conn.close()
    assert "admin1" in LEVELS
    yield url, gazetteer


def _export(url: str, gazetteer: Path, *args: str) -> tuple[str, str]:
    result = CliRunner().invoke(export_cmd, ["--db", url, "--status", "all", "--gazetteer", str(gazetteer), *args],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout, result.stderr


def test_acled_csv_loads_in_pandas_as_acled_data(bulk_store: tuple[str, Path]) -> None:
    url, gazetteer = bulk_store
    text, stderr = _export(url, gazetteer, "--format", "acled-csv")
    assert text.splitlines()[0].split(",") == list(ACLED_COLUMNS)
    frame = pd.read_csv(io.StringIO(text), keep_default_na=False, na_values=[""])
    assert list(frame.columns) == list(ACLED_COLUMNS)
    written = int(stderr.split(" events written")[0])
    assert len(frame) == written >= 100
    for column in INTEGERS:
        assert pd.api.types.is_integer_dtype(frame[column]), (column, frame[column].dtype)
    for column in ("event_id_cnty", "event_date", "actor1", "location", "country", "source", "source_scale"):
        assert frame[column].notna().all(), column
    assert not frame["event_id_cnty"].str.startswith("XXX").any()
    assert (frame["event_id_cnty"].str[:3] == frame["iso"].map(
        {c.numeric: c.alpha3 for c in COUNTRIES.values()})).all()
    assert (frame["year"] == frame["event_date"].str[:4].astype(int)).all()
    assert frame["time_precision"].isin([1, 2, 3]).all() and frame["geo_precision"].isin([1, 2, 3]).all()
    assert not frame["location"].str.contains("[\u0600-\u06ff]").any()  # Latin script
    assert frame["source_scale"].str.fullmatch(r"(Local|National|Regional|International|Other)"
                                               r"(-(National|Regional|International))?").all()
    lone = frame["inter2"] == 0
    assert (frame.loc[lone, "interaction"] == frame.loc[lone, "inter1"] * 10).all()
    placed = frame[frame["latitude"].notna() & frame["iso"].isin(FOURTEEN)]
    assert len(placed) >= 50
    assert placed["admin1"].notna().mean() >= 0.95
    undated = frame[frame["tags"].fillna("").str.contains("no date in the article")]
    assert (undated["time_precision"] == 3).all()


def test_flat_geojson_has_acled_columns_as_properties(bulk_store: tuple[str, Path]) -> None:
    url, gazetteer = bulk_store
    text, _ = _export(url, gazetteer, "--format", "geojson", "--flat")
    doc = json.loads(text)
    assert doc["type"] == "FeatureCollection" and len(doc["features"]) >= 50
    for feature in doc["features"]:
        props = feature["properties"]
        assert tuple(props) == ACLED_COLUMNS
        assert all(isinstance(v, str | int) for v in props.values())  # flat: no nested objects
        lon, lat = feature["geometry"]["coordinates"]
        assert (f"{lat:.4f}", f"{lon:.4f}") == (props["latitude"], props["longitude"])
    nested, _ = _export(url, gazetteer, "--format", "geojson")
    assert any(isinstance(v, dict) for f in json.loads(nested)["features"] for v in f["properties"].values())
