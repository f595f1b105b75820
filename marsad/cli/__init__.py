"""The ``marsad`` command: a thin layer over the library."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import click

from marsad import __version__
from marsad.errors import InputError, MarsadError
from marsad.io import Article, read_inputs


class _LazyGroup(click.Group):
    """Command groups that live beside their library modules, imported only when used (the
    web server's imports cost a second that ``marsad gazetteer lookup`` should not pay)."""

    LAZY = {
        "gazetteer": "marsad.geo.commands:gazetteer", "ingest": "marsad.store.commands:ingest",
        "events": "marsad.store.commands:events", "export": "marsad.store.commands:export",
        "serve": "marsad.web.commands:serve", "train": "marsad.cli.learn:train",
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


def _progress(items: Iterator[Article | InputError], enabled: bool) -> Iterator[Article | InputError]:
    if not enabled:
        yield from items
        return
    from tqdm import tqdm

    with tqdm(unit=" articles", file=sys.stderr, dynamic_ncols=True) as bar:
        for item in items:
            yield item
            bar.update(1)


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
    from marsad.batch import extract_stream

    out: IO[str]
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    failures: list[InputError] = []
    n_articles = 0
    n_events = 0
    show = sys.stderr.isatty() and not (len(inputs) == 1 and inputs[0].endswith((".txt", ".html", ".htm")))
    try:
        stream = _progress(read_inputs(inputs), show)
        for item in extract_stream(stream, gazetteer=gazetteer, workers=workers):
            if isinstance(item, InputError):
                failures.append(item)
                continue
            row = item.to_json()
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


if __name__ == "__main__":
    main()
