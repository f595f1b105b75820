"""The SQLite store: one file in WAL mode, FTS5 over article titles and text."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from marsad.errors import StoreError
from marsad.store import migrations
from marsad.store.base import Store
from marsad.store.rows import Row
from marsad.store.search import fts5_query, search_text


def sqlite_path(url: str) -> str:
    """The file of ``sqlite:///relative.db``, ``sqlite:////absolute.db`` or a plain path."""
    if url.startswith("sqlite:///"):
        return url[len("sqlite:///"):]
    if url.startswith("sqlite://"):
        return url[len("sqlite://"):] or ":memory:"
    return url


class SQLiteStore(Store):
    dialect = migrations.SQLITE

    def __init__(self, url: str, read_only: bool = False) -> None:
        super().__init__(url, read_only)
        path = sqlite_path(url)
        self.path = path
        try:
            if read_only:
                if not Path(path).is_file():
                    raise StoreError(f"{url}: no such database file")
                self._conn = sqlite3.connect(
                    f"file:{quote(str(Path(path).resolve()))}?mode=ro", uri=True,
                    isolation_level=None, check_same_thread=False,
                )
            else:
                if path != ":memory:":
                    Path(path).parent.mkdir(parents=True, exist_ok=True)
                self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            self._conn.row_factory = sqlite3.Row
            self._conn.create_function("marsad_search", 1, search_text, deterministic=True)
            self._conn.execute("PRAGMA busy_timeout = 30000")
            self._conn.execute("PRAGMA foreign_keys = ON")
            if not read_only:
                self._conn.execute("PRAGMA journal_mode = WAL")
                self._conn.execute("PRAGMA synchronous = NORMAL")
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"{url}: cannot open the SQLite store ({exc})") from exc

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        try:
            return [dict(r) for r in self._conn.execute(sql, params).fetchall()]
        except sqlite3.Error as exc:
            raise StoreError(f"{self.url}: {exc}") from exc

    def _run(self, sql: str, params: Sequence[Any] = ()) -> None:
        try:
            self._conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.url}: {exc}") from exc

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(f"{self.url}: cannot start a transaction ({exc})") from exc
        try:
            yield
        except BaseException:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise
        try:
            self._conn.execute("COMMIT")
        except sqlite3.Error as exc:
            raise StoreError(f"{self.url}: cannot commit ({exc})") from exc

    def _fts_sql(self) -> str:
        return "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?"

    def _fts_query(self, q: str) -> str:
        return fts5_query(q)

    def _after_article(self, pk: int, title: str | None, text: str) -> None:
        self._run("INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)",
                  [pk, search_text(title), search_text(text)])

    def close(self) -> None:
        self._conn.close()
