"""Web fixtures: a store built by really ingesting a few Arabic articles, the app in-process,
and the same app served by uvicorn on 127.0.0.1 (a free port) in a thread."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from marsad.geo.embedded import embedded_path
from marsad.ingest import ingest
from marsad.store import open_store
from marsad.web.app import create_app

sys.path.insert(0, str(Path(__file__).parent))

from live import serving  # noqa: E402
from web_data import ARTICLES  # noqa: E402


@pytest.fixture(scope="session")
def gazetteer_path() -> Path:
    return embedded_path()


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory, gazetteer_path: Path) -> str:
    """A SQLite store holding the test articles, ingested through the real pipeline."""
    folder = tmp_path_factory.mktemp("web-store")
    source = folder / "articles.jsonl"
    source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    url = f"sqlite:///{folder / 'events.sqlite'}"
    with open_store(url) as store:
        summary = ingest([str(source)], store, gazetteer=str(gazetteer_path))
        assert summary.new == len(ARTICLES), summary.lines()
        assert not summary.failed
        assert store.counts()["events"] >= 5
    return url


@pytest.fixture(scope="session")
def client(web_db: str, gazetteer_path: Path) -> Iterator[TestClient]:
    app = create_app(web_db, gazetteer_path, tile_url="")
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def live_url(web_db: str, gazetteer_path: Path) -> Iterator[str]:
    """The app served by a real uvicorn server on 127.0.0.1 and a free port, in a thread."""
    with serving(create_app(web_db, gazetteer_path, tile_url="")) as url:
        yield url


@pytest.fixture(scope="session")
def live_client(live_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live_url, timeout=20, trust_env=False) as http:
        yield http


@pytest.fixture(params=["in-process", "uvicorn"])
def api(request: pytest.FixtureRequest) -> httpx.Client:
    """The API in-process (TestClient) and over a real socket (uvicorn): the same tests run on both."""
    name = "client" if request.param == "in-process" else "live_client"
    http: httpx.Client = request.getfixturevalue(name)
    return http
