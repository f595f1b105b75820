"""ACLED CSV, GeoJSON (RFC 7946) and JSON Lines exports through ``marsad export``."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from store_factories import CIVILIANS, DEIR, REGIME, make_article, make_event, make_result

from marsad import export
from marsad.cli.store import events as events_cmd
from marsad.cli.store import export as export_cmd
from marsad.store import Store


def _fill(store: Store) -> None:
    store.add_article(make_article("a"), make_result("a", make_event(), outlet="BBC Arabic"))
    store.add_article(make_article("b"), make_result("b", make_event(), outlet="Sky News Arabia"))
    store.add_article(make_article("c"), make_result("c", make_event(
        event_type="Violence against civilians", sub_event_type="Attack", actor1=REGIME, actor2=CIVILIANS,
        location=DEIR, civilian_targeting=True, date="2017-07-02")))
    store.add_article(make_article("d"), make_result("d", make_event(location=None, date="2017-07-03")))
    store.add_article(make_article("e"), make_result("e", make_event(status="planned", location=DEIR)))


def _run(db_url: str, *args: str) -> str:
    result = CliRunner().invoke(export_cmd, ["--db", db_url, *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_acled_csv(store: Store, db_url: str) -> None:
    _fill(store)
    result = CliRunner().invoke(export_cmd, ["--db", db_url, "--format", "acled-csv"], catch_exceptions=False)
    assert result.exit_code == 0 and "1 events whose country cannot be told left out" in result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == export.ACLED_COLUMNS
    assert len(rows) == 2  # occurred only: the merged strike, the attack (the strike with no place has no country)
    strike = next(r for r in rows if r["sub_event_type"] == "Air/drone strike" and r["latitude"])
    assert strike["event_id_cnty"].startswith("SYR") and strike["iso"] == "760"
    assert (strike["country"], strike["region"], strike["disorder_type"]) == ("Syria", "Middle East",
                                                                               "Political violence")
    assert (strike["inter1"], strike["inter2"], strike["interaction"]) == ("8", "2", "28")
    assert strike["source"] == "Syrian Observatory for Human Rights; BBC Arabic; Sky News Arabia"
    assert (strike["event_date"], strike["year"], strike["fatalities"]) == ("2017-06-09", "2017", "5")
    assert (strike["latitude"], strike["longitude"]) == ("35.9528", "39.0079")
    attack = next(r for r in rows if r["event_type"] == "Violence against civilians")
    assert attack["civilian_targeting"] == "Civilian targeting" and attack["interaction"] == "17"
    assert strike["civilian_targeting"] == "" and strike["timestamp"].isdigit()
    all_rows = list(csv.DictReader(io.StringIO(_run(db_url, "--status", "all"))))
    assert len(all_rows) == 3
    only = list(csv.DictReader(io.StringIO(_run(db_url, "--event-type", "Violence against civilians",
                                                  "--country", "SYR", "--actor", "Military Forces"))))
    assert len(only) == 1


def test_geojson_is_rfc7946(store: Store, db_url: str, tmp_path: Path) -> None:
    _fill(store)
    out = tmp_path / "e.geojson"
    result = CliRunner().invoke(export_cmd, ["--db", db_url, "--format", "geojson", "-o", str(out)],
                                catch_exceptions=False)
    assert result.exit_code == 0 and "1 events without coordinates left out" in result.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["type"] == "FeatureCollection" and "crs" not in doc and len(doc["features"]) == 2
    for feature in doc["features"]:
        assert feature["type"] == "Feature" and isinstance(feature["properties"], dict)
        geometry = feature["geometry"]
        assert geometry["type"] == "Point" and len(geometry["coordinates"]) == 2
        lon, lat = geometry["coordinates"]
        assert all(isinstance(v, float) for v in (lon, lat)) and -180 <= lon <= 180 and -90 <= lat <= 90
    lons = sorted(f["geometry"]["coordinates"][0] for f in doc["features"])
    assert lons == [39.0079, 40.1408]  # longitude first


def test_jsonl_has_reports(store: Store, db_url: str) -> None:
    _fill(store)
    lines = [json.loads(x) for x in _run(db_url, "--format", "jsonl", "--since", "2017-06-01",
                                         "--until", "2017-06-30").splitlines()]
    assert len(lines) == 1 and lines[0]["n_reports"] == 2
    assert [r["outlet"] for r in lines[0]["reports"]] == ["BBC Arabic", "Sky News Arabia"]


def test_events_table(store: Store, db_url: str) -> None:
    _fill(store)
    result = CliRunner().invoke(events_cmd, ["--db", db_url, "--limit", "2"], catch_exceptions=False)
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].startswith("id")
    assert len(result.stdout.splitlines()) == 3 and "2 of 4 events" in result.stderr


def test_interaction_codes() -> None:
    assert export.interaction(2, 1) == 12 and export.interaction(1, None) == 10
    assert export.interaction(None, None) == 0
    assert export.disorder_type("Protests", "Peaceful protest") == "Demonstrations"
    assert export.disorder_type("Riots", "Mob violence") == "Political violence"
    assert export.disorder_type("Strategic developments", "Agreement") == "Strategic developments"


def test_missing_default_store_says_where_make_run_keeps_its_store(tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "empty"))
    for command in (events_cmd, export_cmd):
        result = CliRunner().invoke(command, [])
        assert result.exit_code == 1
        assert "no such database file" in result.output and "--db sqlite:///out/examples.sqlite" in result.output


def test_source_scale_and_unnamed_actors_as_acled_writes_them() -> None:
    assert export.source_scale(["Syrian Observatory for Human Rights"], "SY") == "National"
    assert export.source_scale(["Local sources", "Reuters"], "SY") == "Local-International"
    assert export.source_scale(["Anadolu Agency"], "SY") == "Regional"  # Turkey: same ACLED region
    assert export.source_scale(["Amnesty International", "SANA (Syrian Arab News Agency)"], "SY") \
        == "National-International"
    assert export.source_scale(["Some Unknown Blog"], "SY") == "Other"
    assert export.unnamed_actor("Battles", "SY") == ("Unidentified Armed Group (Syria)", 3)
    assert export.unnamed_actor("Protests", "IQ") == ("Protesters (Iraq)", 6)
    assert export.unnamed_actor("Riots", "YE") == ("Rioters (Yemen)", 5)


def test_acled_row_fills_what_acled_requires() -> None:
    event = {"id": 7, "event_type": "Explosions/Remote violence", "sub_event_type": "Remote explosive/landmine/IED",
             "date": None, "time_precision": 1, "first_reported": "2024-03-02", "actor1": None,
             "actor2": {"id": "sy-military", "name": "Military Forces of Syria", "inter": 1},
             "location": {"name": None, "name_ar": "دير الزور", "lat": None, "lon": None, "country": None,
                          "admin1": None, "admin2": None, "geo_precision": 1},
             "sources": [], "outlets": [], "notes": "", "fatalities": None, "updated_at": "2024-03-02T10:00:00+00:00"}
    row = export.acled_row(event)
    assert row is not None
    assert (row["event_id_cnty"], row["iso"], row["country"]) == ("SYR7", 760, "Syria")  # from actor2's country
    assert (row["actor1"], row["inter1"], row["inter2"], row["interaction"]) == (
        "Unidentified Armed Group (Syria)", 3, 1, 13)
    assert (row["event_date"], row["year"], row["time_precision"]) == ("2024-03-02", 2024, 3)
    assert row["location"] == "Dir Al-Zur" and row["geo_precision"] == 3  # Latin script; no coordinates
    assert "no date in the article" in row["tags"] and "actor1: not named" in row["tags"]
    assert export.acled_row({**event, "actor2": None}) is None  # no country to tell: not an ACLED row
