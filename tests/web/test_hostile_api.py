"""No input makes the API answer 500 or show the store's own messages: arbitrary query strings
and path ids, on SQLite and on PostgreSQL, each store holding really ingested articles."""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, quote_from_bytes

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.ingest import ingest
from marsad.store import open_store
from marsad.store.sqlite import sqlite_path
from marsad.web.app import create_app
from marsad.web.queries import FILTER_PARAMS, PAGE_PARAMS

PARAMS = (*FILTER_PARAMS, *PAGE_PARAMS, "level", "x")
HOSTILE = ("9223372036854775808", "99999999999999999999", "-1", "0", "1e309", "nan", "%00", "%ED%A0%80",
           "%FF", "'", '"', "--", "%25", "2024-02-30", "١٢", "1_0", " 7 ", "SY", "*", "\\")


def _check(response_status: int, body: dict[str, object]) -> None:
    assert response_status < 500 or response_status == 503, body
    assert "ok" in body and "status" in body or response_status == 200
    text = str(body.get("error", ""))
    for leak in ("sqlite", "psycopg", "PostgreSQL", "Traceback", "syntax error", "SELECT"):
        assert leak not in text, text


queries = st.lists(
    st.tuples(st.sampled_from(PARAMS),
              st.one_of(st.sampled_from(HOSTILE), st.binary(max_size=30).map(lambda b: quote_from_bytes(b)),
                        st.integers(min_value=-(2**70), max_value=2**70).map(str))),
    max_size=4,
).map(lambda pairs: "&".join(f"{k}={v}" for k, v in pairs))
path_ids = st.one_of(st.sampled_from(HOSTILE), st.binary(min_size=1, max_size=40).map(lambda b: quote_from_bytes(b, safe="")),
                     st.integers(min_value=-(2**80), max_value=2**80).map(str))


def _drive(client: TestClient, query: str, path_id: str) -> None:
    for url in (f"/api/events?{query}", f"/api/stats?{query}", f"/api/boundaries?{query}",
                f"/api/events/{path_id}", f"/api/articles/{path_id}"):
        response = client.get(url)
        _check(response.status_code, response.json())
        assert response.status_code != 503, (url, response.text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=queries, path_id=path_ids)
def test_sqlite_api_never_500(client: TestClient, query: str, path_id: str) -> None:
    _drive(client, query, path_id)


@pytest.mark.parametrize("url", ["/api/events?offset=9223372036854775808", "/api/events?offset=99999999999999999999",
                                 "/api/events?limit=9223372036854775808"])
def test_huge_page_numbers_are_400(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 400, response.text


@pytest.mark.parametrize("path", ["/api/events/99999999999999999999", "/api/events/SY99999999999999999999",
                                  "/api/articles/%00", "/api/articles/a%00b"])
def test_impossible_ids_are_404(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404, response.text


def test_store_failure_is_503_without_its_message(web_db: str, tmp_path: Path, gazetteer_path: Path) -> None:
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(Path(sqlite_path(web_db)).read_bytes())
    app = create_app(f"sqlite:///{broken}", gazetteer_path, tile_url="")
    with sqlite3.connect(broken) as conn:
        conn.execute("DROP TABLE event_reports")
        conn.execute("DROP TABLE events")
    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get("/api/events")
    assert response.status_code == 503
    body = response.json()
    assert body["ok"] is False and "events" not in body["error"] and "no such table" not in body["error"]


@pytest.fixture(scope="module")
def pg_client(tmp_path_factory: pytest.TempPathFactory, gazetteer_path: Path) -> Iterator[TestClient]:
    base = os.environ.get("MARSAD_TEST_PG")
    if not base:
        pytest.skip("MARSAD_TEST_PG is not set")
    import json

    import psycopg
    from web_data import ARTICLES

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    url = f"{base}{'&' if '?' in base else '?'}options={quote(f'-csearch_path={schema}')}"
    source = tmp_path_factory.mktemp("pg-web") / "articles.jsonl"
    source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    try:
        with open_store(url) as store:
            assert ingest([str(source)], store, gazetteer=str(gazetteer_path)).new == len(ARTICLES)
        with TestClient(create_app(url, gazetteer_path, tile_url=""), raise_server_exceptions=False) as client:
            yield client
    finally:
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.mark.server
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=queries, path_id=path_ids)
def test_postgres_api_never_500(pg_client: TestClient, query: str, path_id: str) -> None:
    _drive(pg_client, query, path_id)


@pytest.mark.server
@pytest.mark.parametrize("path", ["/api/articles/%00", "/api/events/99999999999999999999",
                                  "/api/events?offset=9223372036854775808", "/api/events?q=%00"])
def test_postgres_hostile_ids_are_4xx(pg_client: TestClient, path: str) -> None:
    response = pg_client.get(path)
    assert 400 <= response.status_code < 500, response.text
