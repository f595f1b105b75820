"""``marsad train`` and ``marsad eval``: the learned event filter, rebuilt and cross-validated
from hand-coded articles (needs the ``train`` extra: ``pip install 'marsad[train]'``)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import click

from marsad.errors import MarsadError

if TYPE_CHECKING:
    from marsad.learn.dataset import Pool
    from marsad.pipeline.clusters import Clusters

F = TypeVar("F", bound=Callable[..., None])


def _pool_options(command: F) -> F:
    """The options both commands take: the coded articles and the gazetteer to geocode with."""
    command = click.option("--gazetteer", type=click.Path(dir_okay=False),
                           help="Gazetteer SQLite file to geocode with.")(command)
    return click.option("--pair", "pairs", nargs=2, multiple=True, type=click.Path(exists=True, dir_okay=False),
                        help="An articles file (.jsonl) and its gold file; repeat for more.")(command)


def _pool(pairs: tuple[tuple[str, str], ...], gazetteer: str | None, clusters: Clusters | None = None) -> Pool:
    from marsad.learn.dataset import build_pool

    if not pairs:
        raise click.UsageError("give at least one --pair ARTICLES GOLD")
    try:
        return build_pool(pairs, gazetteer, clusters)
    except MarsadError as err:
        raise click.ClickException(str(err)) from err


def _needs_sklearn() -> None:
    try:
        import sklearn  # noqa: F401
    except ImportError as err:
        raise click.ClickException("training needs scikit-learn: pip install 'marsad[train]'") from err


@click.command()
@_pool_options
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="Where to write the event filter (JSON); the event-type and sentence models go next to it "
                   "(event_types.json, sentence_model.json).")
@click.option("--bulk", type=click.Path(exists=True, dir_okay=False),
              help="Unlabelled articles (.jsonl or .jsonl.gz with a text per row) to group words into clusters "
                   "from first (written next to the filter as word_clusters.json); without it the shipped "
                   "clusters are used.")
def train(pairs: tuple[tuple[str, str], ...], output: Path, gazetteer: str | None, bulk: str | None) -> None:
    """Train the event filter on hand-coded articles and write the model.

    The regularisation and the threshold are chosen by 5-fold cross-validation by article;
    the same articles always give the same file.

    Example: marsad train --pair dev.jsonl dev-gold.jsonl --bulk bulk.jsonl.gz -o marsad/models/event_filter.json
    """
    from marsad.learn.train import train as fit_model
    from marsad.learn.train import write_model, write_sentences, write_types
    from marsad.pipeline.reportable import SENTENCES_FILE
    from marsad.pipeline.retype import TYPES_FILE

    _needs_sklearn()
    clusters = None
    if bulk is not None:
        from marsad.learn.clusters import build
        from marsad.pipeline.clusters import CLUSTERS_FILE

        try:
            clusters = build(bulk, output.with_name(CLUSTERS_FILE))
        except (MarsadError, ValueError) as err:
            raise click.ClickException(str(err)) from err
        click.echo(f"{output.with_name(CLUSTERS_FILE)}: {len(clusters)} words in clusters, from {bulk}", err=True)
    pool = _pool(pairs, gazetteer, clusters)
    model, types, sentences = fit_model(pool)
    write_model(model, output)
    trees = f" and {len(model.forest.trees)} trees over {len(model.forest.names)} features" if model.forest else ""
    click.echo(f"{output}: {len(model.weights)} weights{trees}, threshold {model.threshold}, "
               f"from {len(pool.gold)} articles and {len(pool.rows)} candidates", err=True)
    if types is not None:
        write_types(types, output.with_name(TYPES_FILE))
        click.echo(f"{output.with_name(TYPES_FILE)}: {len(types.classes)} sub-types, {len(types.weights)} features, "
                   f"from {types.meta.get('labelled')} labelled candidates", err=True)
    if sentences is not None:
        write_sentences(sentences, output.with_name(SENTENCES_FILE))
        click.echo(f"{output.with_name(SENTENCES_FILE)}: {len(sentences.outputs)} outputs, {len(sentences.weights)} features, "
                   f"from {sentences.meta.get('sentences')} sentences", err=True)


@click.command(name="eval")
@_pool_options
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Folder for the pooled predictions (cv-pred.jsonl) and gold (cv-gold.jsonl).")
def evaluate(pairs: tuple[tuple[str, str], ...], out_dir: Path, gazetteer: str | None) -> None:
    """Cross-validate the event filter: 5 folds by article (fold = sha1(id) mod 5), each fold
    predicted by a model tuned and fitted on the other four; writes the pooled predictions and
    gold so that any scorer can read them, and prints the typed F1 of the pool.

    Example: marsad eval --pair dev.jsonl dev-gold.jsonl --pair train.jsonl train-gold.jsonl --out out/cv
    """
    from marsad.learn.align import f1, f1_counts
    from marsad.learn.train import cross_validate, write_rows

    _needs_sklearn()
    pool = _pool(pairs, gazetteer)
    pred, choices = cross_validate(pool)
    out_dir.mkdir(parents=True, exist_ok=True)
    order = pool.articles()
    write_rows(out_dir / "cv-pred.jsonl", pred, order)
    write_rows(out_dir / "cv-gold.jsonl", pool.gold, order)
    tp, n_pred, n_gold = f1_counts(pool.gold, pred)
    summary = {"articles": len(order), "gold": n_gold, "predicted": n_pred, "matched": tp,
               "typed_f1": round(f1(tp, n_pred, n_gold), 4),
               "folds": [{"c": c.c, "threshold": c.threshold} for c in choices]}
    (out_dir / "cv-summary.json").write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    click.echo(json.dumps(summary))
