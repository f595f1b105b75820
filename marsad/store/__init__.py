"""The event store: articles, reports (one extracted event each), merged events and their links.

>>> from marsad.store import open_store, EventFilter
>>> with open_store("sqlite:///events.sqlite") as store:
...     total, events = store.query_events(EventFilter(country="SY"), limit=10)

URLs: ``sqlite:///relative/path.sqlite``, ``sqlite:////absolute/path.sqlite`` (or a plain path)
and ``postgresql://user:password@host/db``. Stores opened for writing are migrated to the
latest schema; ``read_only=True`` never writes (SQLite opens the file with ``mode=ro``).
"""

from __future__ import annotations

from marsad.errors import StoreError
from marsad.settings import default_db_url
from marsad.store.base import AddOutcome, Store
from marsad.store.filters import EventFilter

__all__ = ["AddOutcome", "EventFilter", "Store", "open_store"]


def open_store(url: str | None = None, *, read_only: bool = False) -> Store:
    """The store at ``url`` (default: ``settings.default_db_url()``), migrated unless read-only."""
    url = url or default_db_url()
    scheme = url.split("://", 1)[0].lower() if "://" in url else None
    if scheme is not None and scheme not in ("sqlite", "postgresql", "postgres"):
        raise StoreError(f"{url}: unsupported store URL scheme {scheme!r}; "
                         "use sqlite:///path.sqlite or postgresql://user:pw@host/db")
    store: Store
    if url.startswith(("postgresql://", "postgres://")):
        from marsad.store.postgres import PostgresStore

        store = PostgresStore(url, read_only)
    else:
        from marsad.store.sqlite import SQLiteStore

        store = SQLiteStore(url, read_only)
    try:
        if read_only:
            store.check_schema()
        else:
            store.migrate()
    except BaseException:
        store.close()
        raise
    return store
