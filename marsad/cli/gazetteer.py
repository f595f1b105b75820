"""``marsad gazetteer``: import files, look a name up, say which gazetteer is in use."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click

from marsad import settings
from marsad.errors import GazetteerError, InputError
from marsad.geo import open_gazetteer
from marsad.geo.importers import import_files
from marsad.geo.store import connect


@click.group(name="gazetteer")
def gazetteer() -> None:
    """The gazetteer used to geocode places: import, lookup, info."""


@gazetteer.command(name="import")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--gazetteer", "gazetteer_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Gazetteer file to write (default: $MARSAD_GAZETTEER, else the user data folder).")
@click.option("--force", is_flag=True, help="Import files again even when the same content was imported.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
def import_(files: tuple[Path, ...], gazetteer_path: Path | None, force: bool, quiet: bool) -> None:
    """Import GeoNames dumps (country zips, alternate names, admin codes), Who's On First
    distributions (a whosonfirst-data-admin-XX folder, its GeoJSON feature files or the
    per-country SQLite file), WOF-derived TSV files and boundaries GeoJSON.

    Example: marsad gazetteer import whosonfirst-data-admin-ml-latest.db SY.zip alternateNamesV2.zip
    """
    target, _why = settings.chosen_gazetteer(gazetteer_path)
    target = target or settings.default_gazetteer_path()
    started = time.perf_counter()
    try:
        conn = connect(target, create=True)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            reports = import_files(conn, list(files), progress=not quiet)
        finally:
            conn.close()
    except (InputError, GazetteerError) as e:
        raise click.ClickException(str(e)) from e
    for r in reports:
        click.echo(r.summary())
    read = sum(r.rows_read for r in reports if not r.unchanged)
    kept = sum(r.kept for r in reports if not r.unchanged)
    rejected = sum(sum(r.rejected.values()) for r in reports if not r.unchanged)
    click.echo(f"gazetteer {target}: {read} rows read, {kept} kept, {rejected} rejected "
               f"in {time.perf_counter() - started:.1f} s")


@gazetteer.command()
@click.argument("name")
@click.option("--country", default=None, help="ISO code of the country to search in (SY, IQ...).")
@click.option("--limit", default=10, show_default=True, help="How many candidates to print.")
@click.option("--gazetteer", "gazetteer_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Gazetteer file to use.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON lines.")
def lookup(name: str, country: str | None, limit: int, gazetteer_path: Path | None, as_json: bool) -> None:
    """Ranked candidates for a place name, with their scores and features.

    Example: marsad gazetteer lookup السيال --country SY
    """
    try:
        gaz = open_gazetteer(gazetteer_path)
        found = gaz.lookup(name, country=country, limit=limit)
    except GazetteerError as e:
        raise click.ClickException(str(e)) from e
    if not found:
        click.echo(f"no place named {name}" + (f" in {country}" if country else ""), err=True)
        sys.exit(1)
    for r in found:
        p = r.place
        if as_json:
            click.echo(json.dumps({"place_id": p.place_id, "name": p.name, "name_ar": p.name_ar, "kind": p.kind,
                                   "country": p.country, "admin1": p.admin1, "admin2": p.admin2, "lat": p.lat,
                                   "lon": p.lon, "population": p.population, "score": r.score, "why": r.why},
                                  ensure_ascii=False))
        else:
            admin = ", ".join(a for a in (p.admin2, p.admin1) if a)
            click.echo(f"{r.score:.3f}  {p.place_id:<16} {p.name_ar or p.name} ({p.name}) {p.kind} {p.country}"
                       f"{' ' + admin if admin else ''}  {p.lat:.4f},{p.lon:.4f}  [{r.why}]")


@gazetteer.command()
@click.option("--gazetteer", "gazetteer_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Gazetteer file to describe.")
def info(gazetteer_path: Path | None) -> None:
    """Which gazetteer is in use, why, and what it holds.

    Example: marsad gazetteer info
    """
    try:
        data = open_gazetteer(gazetteer_path).info()
    except GazetteerError as e:
        raise click.ClickException(str(e)) from e
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))
