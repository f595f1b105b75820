"""``marsad ingest``, ``marsad events`` and ``marsad export``: thin click layers over the store.

The filter options are those of the web API (``--event-type`` is ``event_type``) and go through
the same layer, ``marsad.store.filters.parse_filter``: a bad value exits with status 2 and the
same message the API gives with its 400.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from contextlib import nullcontext
from pathlib import Path
from typing import Any, TypeVar

import click

from marsad.errors import MarsadError
from marsad.export import AdminLookup
from marsad.settings import DEFAULT_TIME_LIMIT
from marsad.store import EventFilter, open_store
from marsad.store.filters import FILTER_PARAMS, FilterError, parse_filter
from marsad.taxonomy import Status

F = TypeVar("F", bound=Callable[..., Any])

DB_HELP = "Store URL: sqlite:///path.sqlite or postgresql://user:pw@host/db (default: $MARSAD_DB or a SQLite file in the data folder)."


def _filter_options(func: F) -> F:
    options = [
        click.option("--since", help="First day (YYYY-MM-DD), inclusive."),
        click.option("--until", help="Last day (YYYY-MM-DD), inclusive."),
        click.option("--country", help="ISO code (SY, SYR) or English name."),
        click.option("--admin1", help="Governorate / first-level region, e.g. Idlib."),
        click.option("--event-type", help='ACLED event type, e.g. "Battles" (any case).'),
        click.option("--sub-event-type", help='ACLED sub-event type, e.g. "Air/drone strike" (any case).'),
        click.option("--actor", help="Part of an actor's English or Arabic name, or an Arabic alias (داعش), "
                                     "either side."),
        click.option("-q", "--query", "q", help="Full-text search over the articles behind each event "
                                                "(Arabic spelling and inflections folded)."),
        click.option("--bbox", help="min_lon,min_lat,max_lon,max_lat (WGS84 degrees), e.g. 35.5,35.0,37.5,36.6."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _filters(status: str | None, **kw: Any) -> EventFilter:
    """The filter of the options, checked by the one filter layer; a bad value is a usage error (exit 2)."""
    params = {name: kw.get(name) for name in FILTER_PARAMS if name != "status"}
    try:
        return parse_filter({**params, "status": status})
    except FilterError as err:
        raise click.BadParameter(err.message, param_hint=f"'--{err.param.replace('_', '-')}'") from err


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--db", help=DB_HELP)
@click.option("--gazetteer", type=click.Path(dir_okay=False), help="Gazetteer SQLite file to geocode with.")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Extract on N local processes.")
@click.option("--time-limit", type=click.FloatRange(min=0, min_open=True), default=DEFAULT_TIME_LIMIT,
              show_default=True, help="Seconds one article may take; a slower one fails and the ingest goes on.")
@click.option("--allow-private-urls", is_flag=True,
              help="Fetch URLs on private, loopback and link-local addresses (refused by default).")
@click.option("--dask", "dask_address", metavar="ADDRESS",
              help="Extract on Dask workers: a scheduler address (tcp://host:8786) or local:N for a LocalCluster "
                   "of N processes. Results are stored in input order, as a single process would.")
@click.option("--partition-size", type=click.IntRange(min=1), default=500, show_default=True,
              help="Articles per Dask task (with --dask).")
def ingest(inputs: tuple[str, ...], db: str | None, gazetteer: str | None, workers: int, time_limit: float,
           allow_private_urls: bool, dask_address: str | None, partition_size: int) -> None:
    """Extract events from articles and store them, merging reports of the same event.

    INPUTS are files (.txt, .html, .jsonl), folders (walked recursively), RSS/Atom feeds
    (.xml, .rss, .atom files or http(s):// URLs; each entry's page is fetched) or - for
    standard input. Articles already stored (same id, else URL, else text) are skipped.
    Exits with status 1 when any input failed, after storing all the good ones.

    Example: marsad ingest articles/ news.jsonl https://example.org/feed.xml --db events.sqlite
    """
    from marsad.ingest import ingest as run_ingest
    from marsad.inputs import UrlFetcher

    if dask_address and workers > 1:
        raise click.UsageError("--dask and --workers are alternatives: give one of them")
    fetcher = UrlFetcher(allow_private=allow_private_urls)
    try:
        if dask_address:
            from marsad.distributed import ingest_dask

            summary = ingest_dask(inputs, db, dask_address, gazetteer=gazetteer, partition_size=partition_size,
                                  progress=sys.stderr.isatty(), fetcher=fetcher, time_limit=time_limit)
        else:
            with open_store(db) as store:
                summary = run_ingest(inputs, store, gazetteer=gazetteer, workers=workers,
                                     progress=sys.stderr.isatty(), fetcher=fetcher, time_limit=time_limit)
    except MarsadError as err:
        raise click.ClickException(str(err)) from err
    for line in summary.lines():
        click.echo(line, err=True)
    if summary.failed:
        sys.exit(1)


def _store_error(err: MarsadError, db: str | None) -> click.ClickException:
    """The error of a store that cannot be read; without --db, says which store was tried and how to choose."""
    message = str(err)
    if db is None and "no such database file" in message:
        message += ("\n(no --db given, so the default store was used; `make run` keeps its store in "
                    "out/examples.sqlite: give --db sqlite:///out/examples.sqlite or set MARSAD_DB)")
    return click.ClickException(message)


def _cell(value: Any, width: int) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= width else text[: width - 1] + "…"


@click.command()
@click.option("--db", help=DB_HELP)
@_filter_options
@click.option("--status", default=None, help="Only events of this status (occurred, denied, planned...).")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True, help="Print at most this many events.")
def events(db: str | None, status: str | None, limit: int, **kw: Any) -> None:
    """Print stored events as a table, newest first.

    Example: marsad events --db sqlite:///out/examples.sqlite --country SY --event-type battles --limit 20
    """
    filters = _filters(status, **kw)
    try:
        with open_store(db, read_only=True) as store:
            total, rows = store.query_events(filters, limit=limit)
    except MarsadError as err:
        raise _store_error(err, db) from err
    columns = (("id", 10), ("date", 10), ("type", 26), ("sub type", 24), ("status", 9), ("place", 28),
               ("actor1", 24), ("actor2", 24), ("deaths", 7), ("reports", 7))
    click.echo("  ".join(name.ljust(w) for name, w in columns))
    for e in rows:
        loc = e["location"]
        place = ", ".join(p for p in (loc["name"] or loc["name_ar"], loc["admin1"], loc["country"]) if p)
        deaths = e["fatalities"]["best"] if e["fatalities"] else ""
        values = (e["event_id_cnty"], e["date"], e["event_type"], e["sub_event_type"], e["status"], place,
                  (e["actor1"] or {}).get("name"), (e["actor2"] or {}).get("name"), deaths, e["n_reports"])
        click.echo("  ".join(_cell(v, w).ljust(w) for v, (_, w) in zip(values, columns, strict=True)))
    click.echo(f"{len(rows)} of {total} events", err=True)


@click.command()
@click.option("--format", "fmt", type=click.Choice(["acled-csv", "geojson", "jsonl"]), default="acled-csv",
              show_default=True, help="Output format.")
@click.option("--db", help=DB_HELP)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here (default: stdout).")
@_filter_options
@click.option("--status", default=Status.OCCURRED.value, show_default=True,
              help='Only events of this status; "all" for every status.')
@click.option("--flat", is_flag=True, help="GeoJSON with ACLED's columns as flat properties (for GIS tools).")
@click.option("--gazetteer", type=click.Path(dir_okay=False),
              help="Gazetteer whose boundaries fill admin1/admin2 of placed events that lack them.")
def export(fmt: str, db: str | None, output: Path | None, status: str, flat: bool, gazetteer: str | None,
           **kw: Any) -> None:
    """Export merged events as ACLED CSV, GeoJSON (RFC 7946) or JSON Lines (with their reports).

    ACLED CSV rows always have actor1, a date (the publication or ingest day, flagged in tags,
    when the article gives none), a Latin-script location and integer codes; events whose
    country cannot be told are left out and counted.

    Example: marsad export --format geojson --flat --country SY --since 2017-01-01 -o syria.geojson
    """
    from marsad import export as exports
    from marsad.outfile import output_file

    if flat and fmt != "geojson":
        raise click.UsageError("--flat goes with --format geojson")
    filters = _filters(None if status.strip().casefold() == "all" else status, **kw)
    lookup = None
    if gazetteer is not None or fmt == "acled-csv" or flat:
        lookup = _admin_lookup(gazetteer)
    target = output_file(output, newline="") if output else nullcontext(sys.stdout)
    try:
        with open_store(db, read_only=True) as store, target as out:
            rows = store.iter_events(filters)
            if fmt == "jsonl":
                rows = exports.with_reports(rows, store)
            written, left_out = exports.write(fmt, rows, out, flat=flat, admin_lookup=lookup)
    except MarsadError as err:
        raise _store_error(err, db) from err
    click.echo(f"{written} events written", err=True)
    if left_out:
        why = "without coordinates" if fmt == "geojson" and not flat else "without coordinates or country"
        if fmt == "acled-csv":
            why = "whose country cannot be told"
        click.echo(f"{left_out} events {why} left out", err=True)


def _admin_lookup(gazetteer: str | None) -> AdminLookup:
    """The boundary lookup of the chosen gazetteer, opened on first use (most events have their admin1)."""
    opened: list[Any] = []

    def lookup(lat: float, lon: float) -> tuple[str | None, str | None, str | None]:
        if not opened:
            from marsad.geo import open_gazetteer

            opened.append(open_gazetteer(gazetteer))
        found: tuple[str | None, str | None, str | None] = opened[0].admin_for_point(lat, lon)
        return found

    return lookup
