"""The PostgreSQL store (psycopg 3): the same SQL, ``tsvector`` (simple) + GIN for full text."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from marsad.errors import StoreError
from marsad.store import migrations
from marsad.store.base import Store
from marsad.store.rows import Row
from marsad.store.search import search_text, tsquery

_MIGRATION_LOCK = 7_471_001  # advisory lock ids private to marsad
_MERGE_LOCK = 7_471_002
_RETRY_STATES = ("40P01", "40001")  # deadlock detected, serialization failure


@lru_cache(maxsize=512)
def to_pyformat(sql: str) -> str:
    """``?`` placeholders as psycopg's ``%s`` (the shared SQL never contains ``%`` or a literal ``?``)."""
    if "%" in sql:
        raise StoreError("a literal % in shared SQL would be read as a placeholder")
    return sql.replace("?", "%s")


class PostgresStore(Store):
    dialect = migrations.POSTGRES

    def __init__(self, url: str, read_only: bool = False) -> None:
        super().__init__(url, read_only)
        try:
            import psycopg
            from psycopg.rows import dict_row
        except ImportError as exc:
            raise StoreError("PostgreSQL needs psycopg 3: pip install 'marsad[postgres]'") from exc
        self._psycopg = psycopg
        try:
            self._conn = psycopg.connect(url, autocommit=True, row_factory=dict_row)
            if read_only:
                self._conn.execute("SET default_transaction_read_only = on")
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to PostgreSQL: {exc}") from exc

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        try:
            cur = self._conn.execute(to_pyformat(sql), list(params))
            return list(cur.fetchall()) if cur.description else []
        except self._psycopg.Error as exc:
            raise StoreError(f"PostgreSQL: {exc}") from exc

    def _run(self, sql: str, params: Sequence[Any] = ()) -> None:
        try:
            self._conn.execute(to_pyformat(sql), list(params))
        except self._psycopg.Error as exc:
            raise StoreError(f"PostgreSQL: {exc}") from exc

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        try:
            with self._conn.transaction():
                yield
        except self._psycopg.Error as exc:
            raise StoreError(f"PostgreSQL: {exc}") from exc

    def _fts_sql(self) -> str:
        return "SELECT pk FROM articles WHERE tsv @@ to_tsquery('simple', ?)"

    def _fts_query(self, q: str) -> str:
        return tsquery(q)

    def _after_article(self, pk: int, title: str | None, text: str) -> None:
        self._run("UPDATE articles SET search_text = ? WHERE pk = ?", [search_text(title, text), pk])

    def _lock_merging(self, event_types: Sequence[str]) -> None:
        # Sorted keys: every writer takes its locks in the same order, so none waits in a cycle.
        keys = sorted({self._lock_key(t) for t in event_types})
        for key in keys:
            self._run("SELECT pg_advisory_xact_lock(?, ?)", [_MERGE_LOCK, key])

    @staticmethod
    def _lock_key(event_type: str) -> int:
        """A stable 32-bit lock key of an event type (the same in every process)."""
        return int.from_bytes(hashlib.blake2b(event_type.encode("utf-8"), digest_size=4).digest(), "big",
                              signed=True)

    def _retryable(self, error: StoreError) -> bool:
        cause = error.__cause__
        return isinstance(cause, self._psycopg.Error) and getattr(cause, "sqlstate", None) in _RETRY_STATES

    def _lock_migrations(self) -> None:
        self._run("SELECT pg_advisory_xact_lock(?)", [_MIGRATION_LOCK])

    def schema_version(self) -> int:
        row = self._one("SELECT to_regclass('schema_migrations') AS t")
        if row is None or row["t"] is None:
            return 0
        return super().schema_version()

    def close(self) -> None:
        self._conn.close()
