"""The store: shared SQL over a small dialect interface (SQLite and PostgreSQL subclasses).

Every statement is written with ``?`` placeholders and parameters, never with values in the SQL
text; the PostgreSQL subclass turns ``?`` into ``%s``. Each article is stored with its reports,
their merged events and the links in one transaction.
"""

from __future__ import annotations

import json
import math
import random
import re
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from marsad import dedupe
from marsad.errors import StoreError
from marsad.model import Article, ArticleResult
from marsad.store import migrations
from marsad.store.filters import EventFilter, where
from marsad.store.rows import Row, event_json, event_row, report_from_row, report_json, report_row
from marsad.taxonomy import Status

MAX_CANDIDATES = 200
MAX_SQL_INT = 2**63 - 1
WRITE_ATTEMPTS = 5  # runs of one article's transaction when it loses a deadlock to another writer

_REPORT_COLUMNS = (
    "r.pk, r.event_type, r.sub_event_type, r.status, r.date, r.time_precision, r.place_id, r.lat, r.lon, "
    "r.country, r.admin1, r.admin2, r.geo_precision, r.location_name, r.location_name_ar, "
    "r.actor1_id, r.actor1_name, r.actor1_name_ar, r.actor1_inter, r.actor2_id, r.actor2_name, "
    "r.actor2_name_ar, r.actor2_inter, r.fatalities_best, r.fatalities_low, r.fatalities_high, "
    "r.injured_best, r.injured_low, r.injured_high, r.fatalities_vague, r.injured_vague, r.civilian_targeting, "
    "r.sources, r.notes, "
    "r.assoc_actor_1, r.assoc_actor_2"
)
_MEMBER_SELECT = (
    f"SELECT {_REPORT_COLUMNS}, a.key AS article_key, a.outlet, a.published, a.ingested_at, er.event_pk "
    "FROM event_reports er JOIN reports r ON r.pk = er.report_pk JOIN articles a ON a.pk = r.article_pk"
)

_REPORT_SELECT = (
    "SELECT r.*, a.key AS article_key, a.id AS article_id, a.title, a.url, a.outlet, a.published, "
    "a.ingested_at, er.event_pk FROM reports r JOIN articles a ON a.pk = r.article_pk "
    "LEFT JOIN event_reports er ON er.report_pk = r.pk"
)


@dataclass(frozen=True, slots=True)
class AddOutcome:
    """What storing one article did."""

    new: bool
    article_pk: int | None = None
    reports: int = 0
    events_added: int = 0
    events_merged: int = 0


def _storable(text: str) -> bool:
    """Whether a string can be sent to the database (no NUL, valid UTF-8)."""
    if "\x00" in text:
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f]")
_LETTER = re.compile(r"[^\W\d_]")


def _language(text: str) -> str:
    """"ar" when at least half the letters of the first 2,000 characters are Arabic."""
    sample = text[:2000]
    letters = len(_LETTER.findall(sample))
    if not letters:
        return "und"
    return "ar" if len(_ARABIC.findall(sample)) * 2 >= letters else "und"


class Store(ABC):
    """One event store; use ``marsad.store.open_store(url)``."""

    dialect: str

    def __init__(self, url: str, read_only: bool) -> None:
        self.url = url
        self.read_only = read_only
        self._lock = threading.RLock()

    # --- dialect interface ------------------------------------------------------------------

    @abstractmethod
    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[Row]: ...

    @abstractmethod
    def _run(self, sql: str, params: Sequence[Any] = ()) -> None: ...

    @abstractmethod
    def _transaction(self) -> AbstractContextManager[None]: ...

    @abstractmethod
    def _fts_sql(self) -> str:
        """A sub-query selecting the ``pk`` of articles matching one parameter."""

    def _fts_query(self, q: str) -> str:
        return q

    def _after_article(self, pk: int, title: str | None, text: str) -> None:
        """Dialect hook after an article row is inserted (SQLite fills its FTS table)."""
        return None

    def _lock_merging(self, event_types: Sequence[str]) -> None:
        """Dialect hook: serialize merging of these event types between concurrent writers.

        Called once, first thing in an article's transaction, with every type it may merge,
        so that each writer takes its locks at once and in one order (never one by one)."""
        return None

    def _retryable(self, error: StoreError) -> bool:
        """Dialect hook: whether a failed transaction may succeed when run again (deadlock)."""
        return False

    def _lock_migrations(self) -> None:
        """Dialect hook: serialize migrations between processes."""
        return None

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _one(self, sql: str, params: Sequence[Any] = ()) -> Row | None:
        rows = self._all(sql, params)
        return rows[0] if rows else None

    def _insert(self, table: str, row: Row) -> int:
        got = self._try_insert(table, row, "")
        assert got is not None
        return got

    def _try_insert(self, table: str, row: Row, conflict: str = " ON CONFLICT DO NOTHING") -> int | None:
        """Insert a row; its ``pk``, or None when ``conflict`` skipped it."""
        cols = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        got = self._one(f"INSERT INTO {table} ({cols}) VALUES ({marks}){conflict} RETURNING pk", list(row.values()))
        return int(got["pk"]) if got else None

    def _update(self, table: str, pk: int, row: Row) -> None:
        sets = ", ".join(f"{col} = ?" for col in row)
        self._run(f"UPDATE {table} SET {sets} WHERE pk = ?", [*row.values(), pk])

    # --- schema ---------------------------------------------------------------------------

    def schema_version(self) -> int:
        try:
            row = self._one("SELECT MAX(version) AS v FROM schema_migrations")
        except StoreError:
            return 0
        return int(row["v"]) if row and row["v"] is not None else 0

    def migrate(self) -> list[int]:
        """Apply the migrations that have not run; returns their versions."""
        applied: list[int] = []
        with self._lock, self._transaction():
            self._lock_migrations()
            self._run(migrations.CREATE_TABLE)
            done = {int(r["version"]) for r in self._all("SELECT version FROM schema_migrations")}
            for migration in migrations.MIGRATIONS:
                if migration.version in done:
                    continue
                for statement in migration.statements[self.dialect]:
                    self._run(statement)
                self._run(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                    [migration.version, migration.name, now()],
                )
                applied.append(migration.version)
        return applied

    def check_schema(self) -> None:
        version = self.schema_version()
        if version < migrations.LATEST:
            raise StoreError(
                f"{self.url}: schema version {version}, expected {migrations.LATEST}; "
                "open it for writing once (e.g. `marsad ingest`) to migrate it"
            )

    # --- writing --------------------------------------------------------------------------

    def find_article(self, article: Article) -> int | None:
        """The stored article with the same id, else URL, else content hash."""
        if article.id:
            row = self._one("SELECT pk FROM articles WHERE id = ? OR key = ?", [article.id, article.key])
        elif article.url:
            row = self._one("SELECT pk FROM articles WHERE url = ? OR key = ?", [article.url, article.key])
        else:
            row = self._one("SELECT pk FROM articles WHERE content_hash = ? OR key = ?",
                            [article.content_hash, article.key])
        return int(row["pk"]) if row else None

    def has_article(self, article: Article) -> bool:
        with self._lock:
            return self.find_article(article) is not None

    def add_article(self, article: Article, result: ArticleResult) -> AddOutcome:
        """Store an article with its reports and merge them, in one transaction; skip it if present.

        A transaction that loses a deadlock or serialization conflict to a concurrent writer is
        rolled back and run again (a few times), so concurrent ingests never lose articles."""
        if self.read_only:
            raise StoreError(f"{self.url} is open read-only")
        for attempt in range(1, WRITE_ATTEMPTS + 1):
            try:
                return self._add_article(article, result)
            except StoreError as err:
                if attempt == WRITE_ATTEMPTS or not self._retryable(err):
                    raise
                time.sleep(random.uniform(0.01, 0.05) * attempt)
        raise AssertionError("unreachable")

    def _add_article(self, article: Article, result: ArticleResult) -> AddOutcome:
        with self._lock, self._transaction():
            self._lock_merging(sorted({e.event_type for e in result.events if e.status == Status.OCCURRED and e.event_type}))
            if self.find_article(article) is not None:
                return AddOutcome(new=False)
            stamp = now()
            published = article.published or result.published
            title = article.title if article.title is not None else result.title
            pk = self._try_insert("articles", {
                "key": article.key, "id": article.id, "url": article.url, "title": title,
                "outlet": article.outlet or result.outlet, "published": published,
                "language": _language(article.text), "content_hash": article.content_hash,
                "text": article.text, "origin": article.origin, "ingested_at": stamp,
            })
            if pk is None:  # a concurrent writer stored the same key first
                return AddOutcome(new=False)
            self._after_article(pk, title, article.text)
            added = merged = 0
            reported = published or stamp[:10]
            for idx, event in enumerate(result.events):
                report = dedupe.report_from_event(
                    event, article_key=article.key, outlet=article.outlet or result.outlet, reported=reported
                )
                rpk = self._insert("reports", report_row(report, event, pk, idx))
                if self._merge(dedupe.replace_id(report, rpk), stamp):
                    merged += 1
                else:
                    added += 1
                    if report.date is None:
                        self._date_of_last_resort(rpk, reported, "published" if published else "ingested")
            return AddOutcome(True, pk, len(result.events), added, merged)

    def _date_of_last_resort(self, report_pk: int, day: str, basis: str) -> None:
        """Date the new event of an undated report by the article's publication (else ingest) day,
        with time_precision 3; ``date_basis`` records which. Such an event is never merged."""
        self._run(
            "UPDATE events SET date = ?, time_precision = 3, date_basis = ? "
            "WHERE pk = (SELECT event_pk FROM event_reports WHERE report_pk = ?)",
            [day[:10], basis, report_pk],
        )

    def _merge(self, report: dedupe.Report, stamp: str) -> bool:
        """Link the report to an existing event (True) or to a new one (False)."""
        chosen = None
        candidates: dict[int, list[dedupe.Report]] = {}
        if report.status == Status.OCCURRED and report.has_place:
            candidates = self._candidates(report)
            chosen = dedupe.choose_event(report, candidates)
        if chosen is None:
            reasons = [{"report": report.report_id, "article": report.article_key, "reasons": ["first report"]}]
            event_pk = self._insert("events", event_row(dedupe.summarize([report]), reasons, stamp))
            self._run("INSERT INTO event_reports (event_pk, report_pk) VALUES (?, ?)", [event_pk, report.report_id])
            return False
        event_pk, why = chosen
        members = candidates[event_pk]
        row = self._one("SELECT merge_reasons FROM events WHERE pk = ?", [event_pk])
        assert row is not None
        reasons = [*json.loads(row["merge_reasons"]),
                   {"report": report.report_id, "article": report.article_key, "reasons": why}]
        self._run("INSERT INTO event_reports (event_pk, report_pk) VALUES (?, ?)", [event_pk, report.report_id])
        self._update("events", event_pk, event_row(dedupe.summarize([*members, report]), reasons, stamp))
        from marsad.store.review import reapply  # a reviewed event keeps its reviewer's values

        reapply(self, event_pk)
        return True

    def _candidates(self, report: dedupe.Report) -> dict[int, list[dedupe.Report]]:
        """Events the report may join: same type, overlapping dates, a place that may match."""
        span = dedupe.window(report.date, report.time_precision)
        if span is None:
            return {}
        sql = ("SELECT pk FROM events WHERE event_type = ? AND status = 'occurred' "
               "AND date_start <= ? AND date_end >= ?")
        params: list[Any] = [report.event_type, span[1], span[0]]
        if report.country:
            sql += " AND (country = ? OR country IS NULL)"
            params.append(report.country)
        places: list[str] = []
        if report.place_id:
            places.append("place_id = ?")
            params.append(report.place_id)
        if report.admin2:
            places.append("admin2 = ?")
            params.append(report.admin2)
        if report.lat is not None and report.lon is not None:
            dlat = dedupe.MAX_KM / 110.0 + 0.01
            dlon = dlat / max(0.05, math.cos(math.radians(report.lat)))
            places.append("(lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?)")
            params += [report.lat - dlat, report.lat + dlat, report.lon - dlon, report.lon + dlon]
        if not places:
            return {}
        sql += " AND (" + " OR ".join(places) + ")"
        rows = self._all(sql + f" ORDER BY pk DESC LIMIT {MAX_CANDIDATES}", params)
        return self._members([int(r["pk"]) for r in rows]) if rows else {}

    def _members(self, event_pks: list[int]) -> dict[int, list[dedupe.Report]]:
        marks = ", ".join("?" for _ in event_pks)
        rows = self._all(f"{_MEMBER_SELECT} WHERE er.event_pk IN ({marks}) ORDER BY r.pk", event_pks)
        out: dict[int, list[dedupe.Report]] = {pk: [] for pk in event_pks}
        for row in rows:
            out[int(row["event_pk"])].append(report_from_row(row))
        return out

    # --- reading --------------------------------------------------------------------------

    def _where(self, filters: EventFilter) -> tuple[str, list[Any]]:
        return where(filters, self._fts_sql(), self._fts_query)

    def query_events(self, filters: EventFilter, limit: int = 100, offset: int = 0) -> tuple[int, list[Row]]:
        """The total number of matching events and one page of them, newest first."""
        if not (0 < limit <= MAX_SQL_INT and 0 <= offset <= MAX_SQL_INT):
            raise StoreError(f"limit must be at least 1 and offset at least 0 (got limit {limit}, offset {offset})")
        clause, params = self._where(filters)
        with self._lock:
            total = self._one(f"SELECT COUNT(*) AS n FROM events e{clause}", params)
            rows = self._all(
                f"SELECT e.* FROM events e{clause} ORDER BY e.date DESC, e.pk DESC LIMIT ? OFFSET ?",
                [*params, int(limit), int(offset)],
            )
        return int(total["n"]) if total else 0, [event_json(r) for r in rows]

    def iter_events(self, filters: EventFilter, batch: int = 1000) -> Iterator[Row]:
        """Every matching event in id order, read in batches (for exports)."""
        clause, params = self._where(filters)
        joiner = " AND " if clause else " WHERE "
        last = 0
        while True:
            with self._lock:
                rows = self._all(
                    f"SELECT e.* FROM events e{clause}{joiner}e.pk > ? ORDER BY e.pk LIMIT ?",
                    [*params, last, batch],
                )
            if not rows:
                return
            for row in rows:
                yield event_json(row)
            last = int(rows[-1]["pk"])

    def reports_of(self, event_pks: Sequence[int]) -> dict[int, list[Row]]:
        """The reports of each event, each with its article's metadata and evidence."""
        out: dict[int, list[Row]] = {int(pk): [] for pk in event_pks}
        if not out:
            return out
        marks = ", ".join("?" for _ in out)
        with self._lock:
            rows = self._all(f"{_REPORT_SELECT} WHERE er.event_pk IN ({marks}) ORDER BY r.pk", list(out))
        for row in rows:
            out[int(row["event_pk"])].append(report_json(row))
        return out

    def get_event(self, event_id: int | str) -> Row | None:
        """One merged event with every report behind it."""
        digits = str(event_id).lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        if not (digits.isascii() and digits.isdigit()) or len(digits) > 18:
            return None  # not an event id (and never an integer the database cannot hold)
        pk = int(digits)
        with self._lock:
            row = self._one("SELECT * FROM events WHERE pk = ?", [pk])
        if row is None:
            return None
        event = event_json(row)
        event["reports"] = self.reports_of([pk])[pk]
        return event

    def get_article(self, article_id: str) -> Row | None:
        """One article (by key, else source id) with its text and reports."""
        if not _storable(article_id):
            return None  # no stored key holds a NUL or a lone surrogate
        with self._lock:
            row = self._one("SELECT * FROM articles WHERE key = ?", [article_id]) or self._one(
                "SELECT * FROM articles WHERE id = ? ORDER BY pk LIMIT 1", [article_id]
            )
            if row is None:
                return None
            reports = self._all(f"{_REPORT_SELECT} WHERE r.article_pk = ? ORDER BY r.idx", [row["pk"]])
        article = {k: row[k] for k in ("key", "id", "url", "title", "outlet", "published", "language",
                                       "content_hash", "text", "origin", "ingested_at")}
        article["reports"] = [report_json(r) for r in reports]
        return article

    def stats(self, filters: EventFilter) -> Row:
        """Counts of matching events: in all, by day and event type, by event type, by admin1."""
        clause, params = self._where(filters)
        base = f"FROM events e{clause}"
        with self._lock:
            total = self._one(f"SELECT COUNT(*) AS n {base}", params)
            by_day = self._all(
                f"SELECT e.date, e.event_type, COUNT(*) AS n {base} GROUP BY e.date, e.event_type "
                "ORDER BY e.date, e.event_type", params)
            by_type = self._all(
                f"SELECT e.event_type, COUNT(*) AS n {base} GROUP BY e.event_type ORDER BY n DESC, e.event_type",
                params)
            by_admin1 = self._all(
                f"SELECT e.country, e.admin1, COUNT(*) AS n {base} GROUP BY e.country, e.admin1 "
                "ORDER BY n DESC, e.country, e.admin1", params)
        return {
            "total": int(total["n"]) if total else 0,
            "by_day": [{"date": r["date"], "event_type": r["event_type"], "count": int(r["n"])} for r in by_day],
            "by_event_type": [{"event_type": r["event_type"], "count": int(r["n"])} for r in by_type],
            "by_admin1": [{"country": r["country"], "admin1": r["admin1"], "count": int(r["n"])}
                          for r in by_admin1],
        }

    def counts(self) -> dict[str, int]:
        """Rows in each table (for summaries and consistency checks)."""
        out = {}
        with self._lock:
            for table in ("articles", "reports", "events", "event_reports"):
                row = self._one(f"SELECT COUNT(*) AS n FROM {table}")
                out[table] = int(row["n"]) if row else 0
        return out
