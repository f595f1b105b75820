"""``marsad serve``: the web map and JSON API over a store, read-only (a thin layer over ``create_app``)."""

from __future__ import annotations

import click

from marsad.errors import MarsadError

DB_HELP = ("Store URL: sqlite:///path.sqlite or postgresql://user:pw@host/db "
           "(default: $MARSAD_DB or a SQLite file in the data folder).")


@click.command()
@click.option("--db", help=DB_HELP)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--gazetteer", type=click.Path(dir_okay=False),
              help="Gazetteer SQLite file whose boundaries (or places) outline the map.")
@click.option("--tile-url", envvar="MARSAD_TILE_URL", default=None,
              help="Tile layer URL template for online deployments, e.g. "
                   "https://tile.example.org/{z}/{x}/{y}.png (default: $MARSAD_TILE_URL; none: outlines only).")
@click.option("--review-token-file", type=click.Path(dir_okay=False),
              help="File of reviewer tokens (one a line, or NAME TOKEN): turns on reviewing from the page "
                   "and the write API (Authorization: Bearer TOKEN). Without it the map is read-only.")
def serve(db: str | None, host: str, port: int, gazetteer: str | None, tile_url: str | None,
          review_token_file: str | None) -> None:
    """Serve the web map and the JSON API (OpenAPI at /openapi.json) over a store.

    The store is opened read-only (and for writing too when reviewer tokens are given). The page at / draws clustered events, country outlines,
    a timeline and each event's Arabic sentence with its evidence highlighted; nothing is
    loaded from another host unless a tile URL is set.

    Example: marsad serve --db sqlite:///out/examples.sqlite --port 8000
    """
    import uvicorn

    from marsad.web.app import create_app
    from marsad.web.review import load_tokens

    try:
        tokens = load_tokens(review_token_file) if review_token_file else None
        app = create_app(db, gazetteer, tile_url=tile_url or "", review_tokens=tokens)
    except MarsadError as err:
        raise click.ClickException(str(err)) from err
    click.echo(f"marsad: serving http://{host}:{port}/ (Ctrl-C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="info")
