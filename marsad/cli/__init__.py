"""The ``marsad`` command: a thin layer over the library, the one package that imports click
(but for ``marsad.geo.commands`` and ``marsad.web.commands``, still to move here)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import IO

import click

from marsad import __version__
from marsad.errors import InputError, MarsadError
from marsad.io import read_inputs


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="marsad")
def main() -> None:
    """marsad (مرصد): Arabic conflict news in, ACLED-style events with evidence out."""


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write JSON Lines here.")
@click.option("--gazetteer", type=click.Path(dir_okay=False), help="Gazetteer SQLite file to geocode with.")
@click.option("--workers", type=int, default=1, show_default=True, help="Extract on N local processes.")
@click.option("--all-statuses/--occurred-only", default=True, show_default=True,
              help="Keep denied/planned/threatened/prevented/hypothetical events (marked) or only occurred ones.")
def extract(inputs: tuple[str, ...], output: Path | None, gazetteer: str | None, workers: int,
            all_statuses: bool) -> None:
    """Extract events from articles (.txt, .html, .jsonl; - for standard input).

    Writes one JSON object per article, in input order.

    Example: marsad extract examples/*.txt -o events.jsonl
    """
    from marsad.batch import extract_stream, progress

    out: IO[str]
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    failures: list[InputError] = []
    n_articles = 0
    n_events = 0
    show = sys.stderr.isatty() and not (len(inputs) == 1 and inputs[0].endswith((".txt", ".html", ".htm")))
    try:
        stream = progress(read_inputs(inputs), show, "extract")
        for item in extract_stream(stream, gazetteer=gazetteer, workers=workers):
            if isinstance(item, InputError):
                failures.append(item)
                continue
            row = item.to_dict()
            if not all_statuses:
                row["events"] = [e for e in row["events"] if e["status"] == "occurred"]
            n_articles += 1
            n_events += len(row["events"])
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    except MarsadError as err:
        raise click.ClickException(str(err)) from err
    finally:
        if output:
            out.close()
    click.echo(f"{n_articles} articles, {n_events} events", err=True)
    if failures:
        click.echo(f"{len(failures)} inputs failed:", err=True)
        for failure in failures:
            click.echo(f"  {failure}", err=True)
        sys.exit(1)


def _attach_commands() -> None:
    """The commands of ``marsad/cli/`` (ingest, events, export, train, eval) and the two that still
    live beside their library modules (``gazetteer`` in marsad/geo, ``serve`` in marsad/web)."""
    from marsad.cli.learn import evaluate, train
    from marsad.cli.store import events, export, ingest
    from marsad.geo.commands import gazetteer
    from marsad.web.commands import serve

    for command in (gazetteer, ingest, events, export, serve, train, evaluate):
        main.add_command(command)


_attach_commands()


if __name__ == "__main__":
    main()
