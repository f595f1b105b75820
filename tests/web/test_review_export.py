"""Export of the current view, the offline basemap, and the review API with its audit trail,
on SQLite and on the real PostgreSQL (``MARSAD_TEST_PG``), through the app in-process."""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from fastapi.testclient import TestClient
from web_data import ARTICLES, XSS_SCRIPT

from marsad.ingest import ingest
from marsad.store import open_store
from marsad.web.app import create_app
from marsad.web.review import load_tokens

TOKEN = "tok-0123456789abcdef"
PG_ENV = "MARSAD_TEST_PG"

# --- export -------------------------------------------------------------------------------------


def _ids(api: httpx.Client, **params: Any) -> set[str]:
    body = api.get("/api/events", params={**params, "limit": 5000}).json()
    return {e["event_id_cnty"] for e in body["events"]}


@pytest.mark.parametrize("params", [{}, {"country": "SY"}, {"event_type": "Battles"}, {"since": "2024-05-04"}])
def test_export_csv_rows_are_exactly_the_filtered_events(api: httpx.Client, params: dict[str, str]) -> None:
    response = api.get("/api/export", params={**params, "format": "acled-csv"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert response.headers["content-disposition"].startswith("attachment; filename=\"marsad-events-")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert {r["event_id_cnty"] for r in rows} == _ids(api, **params)
    assert len(rows) == len(_ids(api, **params)) and rows
    assert response.headers["x-marsad-events"] == str(len(rows))


def test_export_geojson_and_jsonl(api: httpx.Client) -> None:
    everything = api.get("/api/events", params={"limit": 5000}).json()["events"]
    located = {e["id"] for e in everything if e["location"]["lat"] is not None}
    geo = api.get("/api/export", params={"format": "geojson"})
    assert geo.headers["content-type"].startswith("application/geo+json")
    features = geo.json()["features"]
    assert {f["id"] for f in features} == located
    lines = api.get("/api/export", params={"format": "jsonl", "country": "YE"}).text.splitlines()
    assert {json.loads(line)["id"] for line in lines} == {
        e["id"] for e in api.get("/api/events", params={"country": "YE"}).json()["events"]}


@pytest.mark.parametrize("query, param", [("format=xls", "format"), ("colour=red", "colour"),
                                          ("since=nope", "since"), ("country=Atlantis", "country")])
def test_export_rejects_bad_parameters(api: httpx.Client, query: str, param: str) -> None:
    response = api.get(f"/api/export?{query}")
    assert response.status_code == 400
    assert response.json()["error"].startswith(f"invalid parameter {param!r}")


# --- basemap, actors ------------------------------------------------------------------------------


def test_basemap_countries_are_shipped_with_arabic_names(api: httpx.Client) -> None:
    response = api.get("/api/basemap/countries")
    assert response.status_code == 200
    data = response.json()  # httpx undoes the gzip the server sent
    by_iso = {f["properties"]["iso2"]: f for f in data["features"]}
    assert len(data["features"]) > 200
    assert by_iso["SY"]["properties"]["name_ar"] == "سوريا"
    assert by_iso["YE"]["properties"]["name"] == "Yemen"
    lon, lat = by_iso["IQ"]["properties"]["label"]
    assert 38 < lon < 49 and 29 < lat < 38
    assert by_iso["SY"]["geometry"]["type"] in ("Polygon", "MultiPolygon")
    assert any(s["name_ar"] == "البحر الأحمر" for s in data["seas"])


def test_basemap_is_sent_gzipped_when_accepted(client: TestClient) -> None:
    raw = client.get("/api/basemap/countries", headers={"Accept-Encoding": "gzip"})
    assert raw.headers.get("content-encoding") == "gzip"
    plain = client.get("/api/basemap/countries", headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers
    assert json.loads(plain.content) == raw.json()
    assert len(gzip.compress(plain.content)) < len(plain.content) / 2
    places = client.get("/api/basemap/places", headers={"Accept-Encoding": "gzip"})
    assert places.headers.get("content-encoding") == "gzip"
    assert places.json() == client.get("/api/basemap/places", headers={"Accept-Encoding": "identity"}).json()


def test_city_labels_come_from_the_gazetteer(api: httpx.Client) -> None:
    places = api.get("/api/basemap/places").json()["places"]
    assert len(places) > 500
    populations = [p["population"] for p in places]
    assert populations == sorted(populations, reverse=True)
    by_name = {p["name"]: p for p in places}
    assert by_name["Baghdad"]["name_ar"] == "بغداد"
    assert by_name["Aleppo"]["country"] == "SY"


def test_actor_names_for_autocomplete(api: httpx.Client) -> None:
    actors = api.get("/api/actors").json()["actors"]
    events = api.get("/api/events", params={"limit": 5000}).json()["events"]
    named = {e[side]["name"] for e in events for side in ("actor1", "actor2") if e[side]}
    assert {a["name"] for a in actors} == named
    assert all(a["count"] >= 1 for a in actors)
    syria = next(a for a in actors if a["name"] == "Military Forces of Syria")
    assert syria["aliases_ar"] and syria["name_ar"] not in syria["aliases_ar"]
    assert all(isinstance(alias, str) and alias for a in actors for alias in a["aliases_ar"])


# --- review ---------------------------------------------------------------------------------------


def _pg_url() -> Iterator[str]:
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"{PG_ENV} is not set")
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        joiner = "&" if "?" in base else "?"
        yield f"{base}{joiner}options={quote(f'-csearch_path={schema}')}"
    finally:
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.server)])
def review_db(request: pytest.FixtureRequest, tmp_path: Path, gazetteer_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        gen: Iterator[str] = iter([f"sqlite:///{tmp_path / 'review.sqlite'}"])
    else:
        gen = _pg_url()
    url = next(gen)
    source = tmp_path / "articles.jsonl"
    source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    with open_store(url) as store:
        summary = ingest([str(source)], store, gazetteer=str(gazetteer_path))
        assert summary.new == len(ARTICLES)
    yield url
    for _ in gen:  # drop the PostgreSQL schema
        pass


@pytest.fixture
def reviewing(review_db: str, gazetteer_path: Path) -> Iterator[TestClient]:
    app = create_app(review_db, gazetteer_path, tile_url="", review_tokens={TOKEN: "amal"})
    with TestClient(app, raise_server_exceptions=False) as http:
        yield http


AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _event_of(http: TestClient, article_id: str) -> dict[str, Any]:
    article = http.get(f"/api/articles/{article_id}").json()["article"]
    event: dict[str, Any] = http.get(f"/api/events/{article['reports'][0]['event_id']}").json()["event"]
    return event


def test_write_api_refused_without_the_right_token(reviewing: TestClient, web_db: str,
                                                   gazetteer_path: Path) -> None:
    event = _event_of(reviewing, "t-aleppo")
    body = {"action": "accept"}
    none = reviewing.post(f"/api/events/{event['id']}/review", json=body)
    assert none.status_code == 401 and none.headers["www-authenticate"] == "Bearer"
    assert none.json() == {"ok": False, "status": 401,
                           "error": "reviewing needs a reviewer token (Authorization: Bearer ...)"}
    wrong = reviewing.post(f"/api/events/{event['id']}/review", json=body,
                           headers={"Authorization": "Bearer not-the-token-at-all"})
    assert wrong.status_code == 403 and wrong.json()["error"] == "wrong reviewer token"
    for path, payload in ((f"/api/events/{event['id']}/merge", {"other": 1}),
                          (f"/api/events/{event['id']}/split", {"report": 1})):
        assert reviewing.post(path, json=payload).status_code == 401
    assert reviewing.get(f"/api/events/{event['id']}").json()["event"]["review"] is None
    # a server started without tokens is read-only: 401 without a token, 403 with any
    with TestClient(create_app(web_db, gazetteer_path, tile_url=""), raise_server_exceptions=False) as plain:
        assert plain.post(f"/api/events/{event['id']}/review", json=body).status_code == 401
        off = plain.post(f"/api/events/{event['id']}/review", json=body, headers=AUTH)
        assert off.status_code == 403 and off.json()["error"] == "reviewing is off on this server"
        assert 'review": false' in plain.get("/").text.replace("&#34;", '"')


def test_edit_is_stored_with_its_audit_trail_and_survives_a_merging_ingest(
        reviewing: TestClient, review_db: str, gazetteer_path: Path, tmp_path: Path) -> None:
    event = _event_of(reviewing, "t-aleppo")
    before = event["fatalities"]
    assert before["best"] == 5
    response = reviewing.post(f"/api/events/{event['id']}/review", headers=AUTH, json={
        "action": "edit", "changes": {"fatalities": {"best": 7, "low": 7, "high": 7}, "notes": XSS_SCRIPT},
        "note": "checked against a second outlet"})
    assert response.status_code == 200, response.text
    edited = response.json()["event"]
    assert edited["fatalities"] == {"best": 7, "low": 7, "high": 7}
    assert edited["notes"] == XSS_SCRIPT
    assert edited["review"]["status"] == "edited" and edited["review"]["reviewed_by"] == "amal"
    [entry] = edited["history"]
    assert entry["action"] == "edit" and entry["reviewer"] == "amal"
    assert entry["note"] == "checked against a second outlet"
    assert entry["changes"]["fatalities"] == {"old": before, "new": {"best": 7, "low": 7, "high": 7}}
    shown = reviewing.get(f"/api/events/{event['id']}").json()["event"]
    assert shown["fatalities"]["best"] == 7 and shown["history"] == edited["history"]

    # the same article again is skipped; another outlet's report of the same event merges into it
    again = dict(next(a for a in ARTICLES if a["id"] == "t-aleppo"))
    other = {**again, "id": "t-aleppo-2", "url": "https://example.org/a/1b", "outlet": "وكالة ثانية"}
    source = tmp_path / "again.jsonl"
    source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in (again, other)), encoding="utf-8")
    with open_store(review_db) as store:
        summary = ingest([str(source)], store, gazetteer=str(gazetteer_path))
    assert summary.new == 1
    after = reviewing.get(f"/api/events/{event['id']}").json()["event"]
    assert after["n_reports"] == event["n_reports"] + 1  # the new report joined the reviewed event
    assert after["fatalities"]["best"] == 7 and after["notes"] == XSS_SCRIPT
    assert after["review"]["status"] == "edited"
    # exports mark it
    rows = list(csv.DictReader(io.StringIO(reviewing.get("/api/export", params={"country": "SY"}).text)))
    tags = {r["event_id_cnty"]: r["tags"] for r in rows}
    assert tags[after["event_id_cnty"]] == "reviewed: edited"
    assert rows[0]["fatalities"] and any(r["fatalities"] == "7" for r in rows)


def test_accept_reject_and_every_field_edit(reviewing: TestClient) -> None:
    event = _event_of(reviewing, "t-mosul")
    url = f"/api/events/{event['id']}/review"
    assert reviewing.post(url, headers=AUTH, json={"action": "accept"}).json()["event"]["review"]["status"] == \
        "accepted"
    changes = {
        "event_type": "Battles", "sub_event_type": "Armed clash", "status": "occurred", "date": "2024-05-03",
        "actor1": {"name": "Police Forces of Iraq", "name_ar": "الشرطة العراقية"}, "actor2": "Islamic State",
        "location": {"name": "Mosul", "name_ar": "الموصل", "lat": 36.34, "lon": 43.13, "country": "IQ",
                     "admin1": "Nineveh", "geo_precision": 1},
        "injured": None, "civilian_targeting": False,
    }
    edited = reviewing.post(url, headers=AUTH, json={"action": "edit", "changes": changes}).json()["event"]
    assert (edited["event_type"], edited["sub_event_type"], edited["date"]) == \
        ("Battles", "Armed clash", "2024-05-03")
    assert edited["time_precision"] == 1
    assert edited["actor1"]["name_ar"] == "الشرطة العراقية" and edited["actor2"]["name"] == "Islamic State"
    assert edited["location"]["admin1"] == "Nineveh" and edited["injured"] is None
    assert set(edited["history"][-1]["changes"]) == set(changes)
    # the filters see the reviewed values
    battles = reviewing.get("/api/events", params={"event_type": "Battles", "country": "IQ"}).json()["events"]
    assert event["id"] in {e["id"] for e in battles}
    rejected = reviewing.post(url, headers=AUTH, json={"action": "reject", "note": "not an event"}).json()["event"]
    assert rejected["review"]["status"] == "rejected"
    assert [h["action"] for h in rejected["history"]] == ["accept", "edit", "reject"]


@pytest.mark.parametrize("body, param", [
    ({"action": "approve"}, "action"),
    ({"action": "edit"}, "changes"),
    ({"action": "edit", "changes": {"colour": "red"}}, "changes.colour"),
    ({"action": "edit", "changes": {"event_type": "Wars"}}, "changes.event_type"),
    ({"action": "edit", "changes": {"sub_event_type": "Armed clash"}}, "changes.sub_event_type"),
    ({"action": "edit", "changes": {"date": "02/05/2024"}}, "date"),
    ({"action": "edit", "changes": {"fatalities": {"best": -1}}}, "fatalities.best"),
    ({"action": "edit", "changes": {"fatalities": {"best": 5, "low": 6}}}, "fatalities"),
    ({"action": "edit", "changes": {"location": {"lat": 95, "lon": 1}}}, "location.lat"),
    ({"action": "edit", "changes": {"location": {"country": "Atlantis"}}}, "location.country"),
    ({"action": "accept", "changes": {"status": "occurred"}}, "changes"),
    ({"action": "accept", "extra": 1}, "extra"),
])
def test_bad_review_bodies_are_400_naming_the_field(reviewing: TestClient, body: dict[str, Any],
                                                     param: str) -> None:
    event = _event_of(reviewing, "t-aleppo")
    response = reviewing.post(f"/api/events/{event['id']}/review", headers=AUTH, json=body)
    assert response.status_code == 400, response.text
    assert response.json()["error"].startswith(f"invalid parameter {param!r}")
    assert reviewing.get(f"/api/events/{event['id']}").json()["event"]["history"] == []


def test_review_of_missing_event_is_404(reviewing: TestClient) -> None:
    assert reviewing.post("/api/events/99999/review", headers=AUTH, json={"action": "accept"}).status_code == 404


def test_merge_then_split(reviewing: TestClient) -> None:
    keep = _event_of(reviewing, "t-sanaa")
    other = _event_of(reviewing, "t-protest")
    merged = reviewing.post(f"/api/events/{keep['id']}/merge", headers=AUTH,
                            json={"other": other["id"], "note": "same day, same place"})
    assert merged.status_code == 200, merged.text
    body = merged.json()["event"]
    assert body["n_reports"] == keep["n_reports"] + other["n_reports"]
    assert {r["id"] for r in body["reports"]} == {r["id"] for r in keep["reports"] + other["reports"]}
    assert body["review"]["status"] == "merged" and body["history"][-1]["action"] == "merge"
    assert reviewing.get(f"/api/events/{other['id']}").status_code == 404
    assert reviewing.post(f"/api/events/{keep['id']}/merge", headers=AUTH,
                          json={"other": keep["id"]}).status_code == 400
    report = other["reports"][0]["id"]
    split = reviewing.post(f"/api/events/{keep['id']}/split", headers=AUTH, json={"report": report})
    assert split.status_code == 200, split.text
    kept, new = split.json()["event"], split.json()["new_event"]
    assert [r["id"] for r in new["reports"]] == [report]
    assert report not in {r["id"] for r in kept["reports"]}
    assert new["event_type"] == other["event_type"] and new["history"][-1]["action"] == "split"
    again = reviewing.post(f"/api/events/{new['id']}/split", headers=AUTH, json={"report": report})
    assert again.status_code == 400 and "only this report" in again.json()["error"]


def test_token_file(tmp_path: Path) -> None:
    path = tmp_path / "tokens"
    path.write_text("# reviewers\namal tok-aaaaaaaaaaaa\ntok-bbbbbbbbbbbb\n", encoding="utf-8")
    assert load_tokens(path) == {"tok-aaaaaaaaaaaa": "amal", "tok-bbbbbbbbbbbb": "reviewer"}
    path.write_text("short\n", encoding="utf-8")
    with pytest.raises(Exception, match="12"):
        load_tokens(path)


def test_serve_with_a_review_token_file(web_db: str, gazetteer_path: Path, tmp_path: Path) -> None:
    """The real command: reviewing on with --review-token-file, over a copy of the test store."""
    import shutil
    import socket
    import subprocess
    import sys
    import time

    db = tmp_path / "copy.sqlite"
    shutil.copy(web_db.removeprefix("sqlite:///"), db)
    tokens = tmp_path / "reviewers.txt"
    tokens.write_text(f"amal {TOKEN}\n", encoding="utf-8")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    log = (tmp_path / "serve.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "marsad.cli", "serve", "--db", f"sqlite:///{db}", "--port", str(port),
         "--gazetteer", str(gazetteer_path), "--review-token-file", str(tokens)],
        stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                httpx.get(base + "/api", timeout=2, trust_env=False)
                break
            except httpx.TransportError:
                time.sleep(0.2)
        with httpx.Client(base_url=base, timeout=10, trust_env=False) as http:
            event = http.get("/api/events", params={"limit": 1}).json()["events"][0]
            url = f"/api/events/{event['id']}/review"
            assert http.post(url, json={"action": "accept"}).status_code == 401
            assert http.post(url, json={"action": "accept"},
                             headers={"Authorization": "Bearer wrong-token-000000"}).status_code == 403
            ok = http.post(url, json={"action": "accept"}, headers=AUTH)
            assert ok.status_code == 200 and ok.json()["event"]["review"]["reviewed_by"] == "amal"
            assert '"review": true' in http.get("/").text.replace("&#34;", '"')
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        log.close()


def test_fatalities_outlet_and_precision_filters(api: httpx.Client) -> None:
    events = api.get("/api/events", params={"limit": 5000}).json()["events"]

    def ids(**params: Any) -> set[int]:
        body = api.get("/api/events", params={**params, "limit": 5000}).json()
        assert body["ok"], body
        return {e["id"] for e in body["events"]}

    def best(e: dict[str, Any]) -> int:
        return int((e["fatalities"] or {}).get("best") or 0)

    assert ids(fatalities_min=3) == {e["id"] for e in events if best(e) >= 3}
    assert ids(fatalities_max=2) == {e["id"] for e in events if best(e) <= 2}
    assert ids(fatalities_min=3, fatalities_max=5) == {e["id"] for e in events if 3 <= best(e) <= 5}
    assert ids(outlet="الوسط") == {e["id"] for e in events if any("الوسط" in o for o in e["outlets"])}
    assert ids(outlet="الوسط")
    assert ids(geo_precision=1) == {e["id"] for e in events if e["location"]["geo_precision"] == 1}
    rows = list(csv.DictReader(io.StringIO(api.get("/api/export", params={"fatalities_min": 3}).text)))
    assert len(rows) == len(ids(fatalities_min=3))
    for query, param in (("fatalities_min=-1", "fatalities_min"), ("fatalities_max=lots", "fatalities_max"),
                         ("geo_precision=4", "geo_precision"), ("fatalities_min=5&fatalities_max=2", "fatalities_min")):
        response = api.get(f"/api/events?{query}")
        assert response.status_code == 400 and response.json()["error"].startswith(f"invalid parameter {param!r}")
