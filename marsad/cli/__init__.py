"""The ``marsad`` command: a thin layer over the library, the one package that imports click."""

from __future__ import annotations

import json
import sys
from contextlib import nullcontext
from pathlib import Path

import click

from marsad import __version__
from marsad.errors import InputError, MarsadError
from marsad.settings import DEFAULT_TIME_LIMIT
from marsad.taxonomy import Status


class _LazyGroup(click.Group):
    """The commands of the other modules of this package, imported only when used (the web
    server's imports cost a second that ``marsad gazetteer lookup`` should not pay)."""

    LAZY = {
        "gazetteer": "marsad.cli.gazetteer:gazetteer", "ingest": "marsad.cli.store:ingest",
        "events": "marsad.cli.store:events", "export": "marsad.cli.store:export",
        "serve": "marsad.cli.serve:serve", "train": "marsad.cli.learn:train",
        "eval": "marsad.cli.learn:evaluate",
    }

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.LAZY})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.LAZY and cmd_name not in self.commands:
            import importlib

            module, attr = self.LAZY[cmd_name].split(":")
            command = getattr(importlib.import_module(module), attr)
            self.add_command(command, cmd_name)
        return super().get_command(ctx, cmd_name)


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="marsad")
def main() -> None:
    """marsad (مرصد): Arabic conflict news in, ACLED-style events with evidence out."""


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write JSON Lines here.")
@click.option("--gazetteer", type=click.Path(dir_okay=False), help="Gazetteer SQLite file to geocode with.")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Extract on N local processes.")
@click.option("--all-statuses/--occurred-only", default=True, show_default=True,
              help="Keep denied/planned/threatened/prevented/hypothetical events (marked) or only occurred ones.")
@click.option("--time-limit", type=click.FloatRange(min=0, min_open=True), default=DEFAULT_TIME_LIMIT,
              show_default=True, help="Seconds one article may take; a slower one fails and the batch goes on.")
@click.option("--allow-private-urls", is_flag=True,
              help="Fetch URLs on private, loopback and link-local addresses (refused by default).")
def extract(inputs: tuple[str, ...], output: Path | None, gazetteer: str | None, workers: int,
            all_statuses: bool, time_limit: float, allow_private_urls: bool) -> None:
    """Extract events from articles (.txt, .html, .jsonl, RSS/Atom feeds, folders, http(s) URLs;
    - for standard input).

    Writes one JSON object per article, in input order; with -o, the file appears only when complete.

    Example: marsad extract examples/*.txt -o events.jsonl
    """
    from marsad.batch import extract_stream, progress
    from marsad.inputs import UrlFetcher, read_sources
    from marsad.outfile import output_file

    failures: list[InputError] = []
    n_articles = 0
    n_events = 0
    show = sys.stderr.isatty() and not (len(inputs) == 1 and inputs[0].endswith((".txt", ".html", ".htm")))
    target = output_file(output) if output else nullcontext(sys.stdout)
    try:
        with target as out:
            stream = progress(read_sources(inputs, UrlFetcher(allow_private=allow_private_urls)), show, "extract")
            for item in extract_stream(stream, gazetteer=gazetteer, workers=workers, time_limit=time_limit):
                if isinstance(item, InputError):
                    failures.append(item)
                    continue
                row = item.to_dict()
                if not all_statuses:
                    row["events"] = [e for e in row["events"] if e["status"] == Status.OCCURRED]
                n_articles += 1
                n_events += len(row["events"])
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    except MarsadError as err:
        raise click.ClickException(str(err)) from err
    click.echo(f"{n_articles} articles, {n_events} events", err=True)
    if failures:
        click.echo(f"{len(failures)} inputs failed:", err=True)
        for failure in failures:
            click.echo(f"  {failure}", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
