"""The JSON API, in-process and over a real uvicorn socket, on a store of really ingested articles."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from fastapi.testclient import TestClient
from web_data import ARTICLES

from marsad.store import EventFilter
from marsad.store.sqlite import SQLiteStore
from marsad.web.app import create_app

TEXTS = {a["id"]: a["text"] for a in ARTICLES}


def ok(response: httpx.Response) -> dict[str, Any]:
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    assert body.get("ok", True) is True
    return body


def error(response: httpx.Response, status: int) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"ok", "error", "status"}
    assert body["ok"] is False and body["status"] == status and body["error"]
    message: str = body["error"]
    return message


def all_events(api: httpx.Client, **params: str) -> list[dict[str, Any]]:
    body = ok(api.get("/api/events", params={**params, "limit": "5000"}))
    assert body["total"] == len(body["events"])
    events: list[dict[str, Any]] = body["events"]
    return events


def test_events_listed_newest_first(api: httpx.Client) -> None:
    body = ok(api.get("/api/events"))
    assert body["total"] >= 5 and body["count"] == len(body["events"]) == body["total"]
    assert body["limit"] == 100 and body["offset"] == 0 and body["next"] is None and body["filters"] == {}
    dates = [e["date"] for e in body["events"]]
    assert dates == sorted(dates, reverse=True)
    countries = {e["location"]["country"] for e in body["events"]}
    assert {"SY", "IQ", "YE", "LY"} <= countries
    names = {e["location"]["name"] for e in body["events"]}
    assert {"Aleppo", "Idlib", "Mosul", "Sanaa", "Darnah"} <= names


def test_country_filter(api: httpx.Client) -> None:
    everything = all_events(api)
    for code in ("SY", "IQ", "YE", "LY"):
        got = all_events(api, country=code)
        assert got and all(e["location"]["country"] == code for e in got)
        assert {e["id"] for e in got} == {e["id"] for e in everything if e["location"]["country"] == code}
    # alpha-3 and English names are accepted and echoed as alpha-2
    body = ok(api.get("/api/events", params={"country": "Syria"}))
    assert body["filters"] == {"country": "SY"}
    assert body["total"] == ok(api.get("/api/events", params={"country": "SYR"}))["total"]


def test_type_date_status_filters(api: httpx.Client) -> None:
    everything = all_events(api)
    for event_type in {e["event_type"] for e in everything}:
        got = all_events(api, event_type=event_type)
        assert {e["id"] for e in got} == {e["id"] for e in everything if e["event_type"] == event_type}
    sub = everything[0]["sub_event_type"]
    assert {e["id"] for e in all_events(api, sub_event_type=sub)} == {
        e["id"] for e in everything if e["sub_event_type"] == sub}
    got = all_events(api, since="2024-05-04", until="2024-05-08")
    assert got and all("2024-05-04" <= e["date"] <= "2024-05-08" for e in got)
    assert len(got) == sum(1 for e in everything if e["date"] and "2024-05-04" <= e["date"] <= "2024-05-08")
    assert all_events(api, status="occurred")
    assert all_events(api, status="denied") == [e for e in everything if e["status"] == "denied"]


def test_actor_bbox_and_text_filters(api: httpx.Client) -> None:
    everything = all_events(api)
    with_actor = next(e for e in everything if e["actor1"] and e["actor1"]["name"])
    part = with_actor["actor1"]["name"].split()[-1].lower()
    got = all_events(api, actor=part)
    assert with_actor["id"] in {e["id"] for e in got}
    assert all(part in str(e).lower() for e in got)
    # Syria and Iraq, not Yemen or Libya
    got = all_events(api, bbox="35,32,45,38")
    assert got and all(35 <= e["location"]["lon"] <= 45 and 32 <= e["location"]["lat"] <= 38 for e in got)
    assert {e["location"]["country"] for e in got} <= {"SY", "IQ"}
    # full text over the articles: only events reported by the Derna article
    got = all_events(api, q="درنة")
    assert got
    for event in got:
        detail = ok(api.get(f"/api/events/{event['id']}"))["event"]
        assert any("درنة" in TEXTS[r["article"]["key"]] for r in detail["reports"])
    assert all_events(api, q="كلمةغيرموجودة") == []


def test_paging(api: httpx.Client) -> None:
    everything = all_events(api)
    seen: list[int] = []
    url: str | None = "/api/events?limit=2"
    pages = 0
    while url:
        body = ok(api.get(url))
        assert body["limit"] == 2 and body["total"] == len(everything)
        seen += [e["id"] for e in body["events"]]
        url = body["next"]
        pages += 1
    assert seen == [e["id"] for e in everything]
    assert pages == (len(everything) + 1) // 2
    body = ok(api.get("/api/events", params={"limit": 3, "offset": len(everything)}))
    assert body["events"] == [] and body["next"] is None
    body = ok(api.get("/api/events", params={"country": "SY", "limit": 1}))
    assert body["next"] is None or "country=SY" in body["next"]


def test_event_detail_has_every_report_with_evidence(api: httpx.Client) -> None:
    for event in all_events(api):
        detail = ok(api.get(f"/api/events/{event['id']}"))["event"]
        assert detail["id"] == event["id"]
        assert ok(api.get(f"/api/events/{event['event_id_cnty']}"))["event"]["id"] == event["id"]
        assert len(detail["reports"]) == detail["n_reports"] >= 1
        for report in detail["reports"]:
            article = report["article"]
            text = TEXTS[article["key"]]
            assert article["url"] and article["outlet"] and article["published"] == report["published"]
            sentence = report["sentence"]
            assert text[sentence["start"]:sentence["end"]] == sentence["text"]
            spans = [s for v in report["evidence"].values() for s in (v if isinstance(v, list) else [v])]
            assert report["evidence"]["trigger"]
            for span in spans:
                assert text[span["start"]:span["end"]] == span["text"]


def test_article(api: httpx.Client) -> None:
    body = ok(api.get("/api/articles/t-aleppo"))["article"]
    assert body["text"] == TEXTS["t-aleppo"] and body["url"] == "https://example.org/a/1"
    assert body["reports"] and all(r["article"]["key"] == "t-aleppo" for r in body["reports"])
    assert "<script>" in ok(api.get("/api/articles/t-xss"))["article"]["text"]


def test_stats(api: httpx.Client) -> None:
    everything = all_events(api)
    body = ok(api.get("/api/stats"))
    assert body["total"] == len(everything)
    assert sum(r["count"] for r in body["by_day"]) == len(everything)
    assert sum(r["count"] for r in body["by_event_type"]) == len(everything)
    assert sum(r["count"] for r in body["by_admin1"]) == len(everything)
    per_day: dict[str, int] = {}
    for e in everything:
        per_day[e["date"]] = per_day.get(e["date"], 0) + 1
    got: dict[str, int] = {}
    for row in body["by_day"]:
        got[row["date"]] = got.get(row["date"], 0) + row["count"]
    assert got == per_day
    body = ok(api.get("/api/stats", params={"country": "YE", "since": "2024-05-01"}))
    assert body["filters"] == {"country": "YE", "since": "2024-05-01"}
    assert body["total"] == len(all_events(api, country="YE", since="2024-05-01")) > 0
    assert {r["country"] for r in body["by_admin1"]} == {"YE"}


@pytest.mark.parametrize(("path", "param"), [
    ("/api/events?since=2024-02-30", "since"),
    ("/api/events?since=yesterday", "since"),
    ("/api/events?until=2024-5-1", "until"),
    ("/api/events?since=2024-05-09&until=2024-05-01", "since"),
    ("/api/events?country=Atlantis", "country"),
    ("/api/events?country=XX", "country"),
    ("/api/events?event_type=Fights", "event_type"),
    ("/api/events?sub_event_type=Dance", "sub_event_type"),
    ("/api/events?event_type=Battles&sub_event_type=Grenade", "sub_event_type"),
    ("/api/events?status=rumoured", "status"),
    ("/api/events?bbox=1,2,3", "bbox"),
    ("/api/events?bbox=a,b,c,d", "bbox"),
    ("/api/events?bbox=40,30,35,38", "bbox"),
    ("/api/events?bbox=0,-95,10,10", "bbox"),
    ("/api/events?bbox=nan,0,1,1", "bbox"),
    ("/api/events?limit=0", "limit"),
    ("/api/events?limit=100000", "limit"),
    ("/api/events?limit=ten", "limit"),
    ("/api/events?offset=-1", "offset"),
    ("/api/events?actor=" + "x" * 500, "actor"),
    ("/api/events?q=%00", "q"),
    ("/api/events?contry=SY", "contry"),
    ("/api/stats?until=2024-13-01", "until"),
    ("/api/stats?limit=5", "limit"),
    ("/api/boundaries?level=admin7", "level"),
])
def test_invalid_parameters_are_400_naming_the_parameter(api: httpx.Client, path: str, param: str) -> None:
    message = error(api.get(path), 400)
    assert f"'{param}'" in message


def test_not_found_shape(api: httpx.Client) -> None:
    assert "999999" in error(api.get("/api/events/999999"), 404)
    error(api.get("/api/events/not-an-id"), 404)
    error(api.get("/api/articles/no-such-article"), 404)
    assert "/api/nothing" in error(api.get("/api/nothing"), 404)
    error(api.get("/static/app/missing.js"), 404)
    error(api.post("/api/events"), 405)


def test_unexpected_errors_are_500_in_the_same_shape(web_db: str, tmp_path: Path) -> None:
    class Broken(SQLiteStore):
        def query_events(self, filters: EventFilter, limit: int = 100, offset: int = 0) -> tuple[int, list[Any]]:
            raise RuntimeError("boom")

    store = Broken(web_db, read_only=True)
    try:
        with TestClient(create_app(store=store, gazetteer=None), raise_server_exceptions=False) as broken:
            message = error(broken.get("/api/events"), 500)
            assert "boom" not in message  # no internals leak
            ok(broken.get("/api/stats"))
    finally:
        store.close()


def test_missing_store_is_reported() -> None:
    from marsad.errors import StoreError

    with pytest.raises(StoreError):
        create_app("sqlite:////nonexistent/dir/events.sqlite")


def test_openapi(api: httpx.Client) -> None:
    spec = ok(api.get("/openapi.json"))
    paths = spec["paths"]
    for path in ("/api/events", "/api/events/{event_id}", "/api/stats", "/api/articles/{article_id}",
                 "/api/boundaries"):
        assert path in paths, sorted(paths)
    params = {p["name"] for p in paths["/api/events"]["get"]["parameters"]}
    assert params == {"since", "until", "country", "admin1", "event_type", "sub_event_type", "actor", "status",
                      "bbox", "q", "fatalities_min", "fatalities_max", "outlet", "geo_precision", "limit", "offset"}
    stats_params = {p["name"] for p in paths["/api/stats"]["get"]["parameters"]}
    assert stats_params == params - {"limit", "offset"}
    assert "400" in paths["/api/events"]["get"]["responses"]
    assert "ErrorBody" in spec["components"]["schemas"]


def test_api_index(api: httpx.Client) -> None:
    body = ok(api.get("/api"))
    assert "Battles" in body["event_types"] and "occurred" in body["statuses"] and body["countries"]["SY"] == "Syria"


def test_taxonomy_lists_every_type_with_its_sub_types(api: httpx.Client) -> None:
    """The page builds its type lists from /api/taxonomy: each pair it offers is a filter the API accepts,
    and the types agree with the index's."""
    body = ok(api.get("/api/taxonomy"))
    types = {t["name"]: t["sub_event_types"] for t in body["event_types"]}
    assert types == ok(api.get("/api"))["event_types"]
    assert all(t["name_ar"] for t in body["event_types"])
    assert [s["name"] for s in body["statuses"]] == ok(api.get("/api"))["statuses"]
    assert [i["code"] for i in body["inter"]] == list(range(1, 9))
    subs = [sub for t in types.values() for sub in t]
    assert len(subs) == len(set(subs))
    for name, sub_types in types.items():
        for sub in sub_types:
            ok(api.get("/api/events", params={"event_type": name, "sub_event_type": sub, "limit": "1"}))
    other = next(iter(types))
    wrong = next(sub for name, sub_types in types.items() if name != other for sub in sub_types)
    error(api.get("/api/events", params={"event_type": other, "sub_event_type": wrong}), 400)


def test_boundaries_of_the_embedded_gazetteer(api: httpx.Client) -> None:
    """The embedded default ships WOF's admin boundaries: they are served, not approximated."""
    data = api.get("/api/boundaries", params={"level": "admin0"}).json()
    assert data["type"] == "FeatureCollection" and data["features"]
    countries = {f["properties"]["country"] for f in data["features"]}
    assert {"SY", "IQ", "YE", "LY"} <= countries
    for feature in data["features"]:
        assert feature["geometry"]["type"] in ("Polygon", "MultiPolygon")
        assert not feature["properties"].get("approximate")
    admin1 = api.get("/api/boundaries", params={"level": "admin1"}).json()
    assert len(admin1["features"]) > 100


def test_boundaries_generated_from_gazetteer_places(tmp_path: Path) -> None:
    """A gazetteer without boundaries gets outlines drawn around its places."""
    from marsad.geo.store import PlaceRow, connect, write_places
    from marsad.web.boundaries import outlines_from_places

    path = tmp_path / "places.sqlite"
    conn = connect(path, create=True)
    with conn:
        write_places(conn, [PlaceRow(f"p{i}", "test", str(i), f"P{i}", "", "village", 35.0 + (i % 3) * 0.5,
                                     37.0 + (i // 3) * 0.5, 0, "SY", admin1="Aleppo") for i in range(9)])
    conn.close()
    for level in ("admin0", "admin1"):
        (feature,) = outlines_from_places(path, level)
        assert feature["properties"]["approximate"] is True and feature["properties"]["country"] == "SY"
        assert feature["geometry"]["type"] in ("Polygon", "MultiPolygon")


def test_boundaries_imported_into_the_gazetteer(web_db: str, tmp_path: Path) -> None:
    import json

    from marsad.cli.gazetteer import gazetteer as gazetteer_command

    square = {"type": "Feature", "properties": {"level": "admin0", "country": "SY", "name": "Syria",
                                                "name_ar": "سوريا", "wof_id": 85632293},
              "geometry": {"type": "Polygon", "coordinates": [[[35.7, 32.3], [42.4, 32.3], [42.4, 37.3],
                                                               [35.7, 37.3], [35.7, 32.3]]]}}
    source = tmp_path / "syria.geojson"
    source.write_text(json.dumps({"type": "FeatureCollection", "features": [square]}), encoding="utf-8")
    target = tmp_path / "gaz.sqlite"
    from click.testing import CliRunner

    result = CliRunner().invoke(gazetteer_command, ["import", str(source), "--gazetteer", str(target), "--quiet"])
    if result.exit_code != 0 or not target.exists():
        pytest.skip(f"gazetteer import CLI differs: {result.output}")
    with TestClient(create_app(web_db, target)) as app_client:
        data = app_client.get("/api/boundaries?level=admin0").json()
    assert data["source"] == "gazetteer boundaries"
    assert [f["properties"]["name"] for f in data["features"]] == ["Syria"]
    assert data["features"][0]["properties"]["name_ar"] == "سوريا"


def test_no_gazetteer_means_no_outlines(web_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from marsad.web.boundaries import Boundaries

    empty = Boundaries(None, use_default=False).geojson("admin0")
    assert empty == {"type": "FeatureCollection", "features": [], "source": "none"}


def test_page_is_served_without_external_urls(api: httpx.Client) -> None:
    response = api.get("/")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    html = response.text
    assert "/static/leaflet/leaflet.js" in html and "/static/markercluster/leaflet.markercluster.js" in html
    assert "http://" not in html.replace("http://www.w3.org", "") and "https://" not in html
    assert "default-src 'self'" in response.headers["content-security-policy"]
    for asset in ("/static/leaflet/leaflet.js", "/static/leaflet/leaflet.css",
                  "/static/markercluster/leaflet.markercluster.js", "/static/markercluster/MarkerCluster.css",
                  "/static/markercluster/MarkerCluster.Default.css", "/static/app/app.js", "/static/app/app.css"):
        assert api.get(asset).status_code == 200, asset
    app_js = api.get("/static/app/app.js").text
    assert ".innerHTML" not in app_js and "insertAdjacentHTML" not in app_js
    assert api.get("/docs").status_code == 404  # Swagger UI would load a CDN


def test_tile_url_setting(web_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_TILE_URL", "https://tiles.example.org/{z}/{x}/{y}.png")
    with TestClient(create_app(web_db)) as app_client:
        response = app_client.get("/")
    assert "https://tiles.example.org/{z}/{x}/{y}.png" in response.text
    assert "https://tiles.example.org" in response.headers["content-security-policy"]
    from marsad.errors import ConfigError

    with pytest.raises(ConfigError):
        create_app(web_db, tile_url="javascript:alert(1)")


def test_quoted_article_ids(api: httpx.Client) -> None:
    error(api.get("/api/articles/" + quote("../../etc/passwd", safe="")), 404)
