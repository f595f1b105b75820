"""Scale-out fixtures: the dev articles file and PostgreSQL schemas."""

from __future__ import annotations

import json
import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

sys.path.insert(0, str(Path(__file__).parent))

DEV = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "articles" / "dev.jsonl"
PG_ENV = "MARSAD_TEST_PG"


@pytest.fixture(scope="session")
def dev_jsonl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The dev articles plus syndicated copies of five conflict articles (another outlet, another
    id): their reports must merge with the originals', so every run exercises merging."""
    if not DEV.exists():
        pytest.skip("../shared/data/articles/dev.jsonl is not here")
    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    copies = [
        {**row, "id": f"syndicated-{row['id']}", "outlet": "Syndicated copy", "url": None}
        for row in [r for r in rows if r.get("is_conflict")][:5]
    ]
    path = tmp_path_factory.mktemp("dev") / "dev-with-copies.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows + copies), encoding="utf-8")
    return path


def _pg_url(base: str, schema: str) -> str:
    joiner = "&" if "?" in base else "?"
    return f"{base}{joiner}options={quote(f'-csearch_path={schema}')}"


@pytest.fixture
def pg_urls() -> Iterator[tuple[str, str]]:
    """Two fresh PostgreSQL schemas (single-process and Dask), dropped afterwards."""
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"{PG_ENV} is not set (e.g. postgresql://marsad:marsad@127.0.0.1:5432/marsad_test)")
    import psycopg

    schemas = [f"t_{uuid.uuid4().hex[:12]}" for _ in range(2)]
    with psycopg.connect(base, autocommit=True) as conn:
        for schema in schemas:
            conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield _pg_url(base, schemas[0]), _pg_url(base, schemas[1])
    finally:
        with psycopg.connect(base, autocommit=True) as conn:
            for schema in schemas:
                conn.execute(f"DROP SCHEMA {schema} CASCADE")
