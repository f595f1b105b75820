"""Extraction over a stream of articles, in one process or several, keeping input order."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from marsad.errors import InputError
from marsad.io import Article
from marsad.model import ArticleResult


def extract_one(article: Article, gazetteer: str | None) -> ArticleResult | InputError:
    """One article's result, or the error that says why it failed (never raises for bad input)."""
    from marsad.pipeline import get_pipeline

    try:
        return get_pipeline(gazetteer).extract_article(article)
    except InputError as err:
        return err
    except RecursionError as exc:  # pathological nesting in odd inputs
        return InputError(f"cannot be processed ({exc.__class__.__name__})", source=article.origin)


def extract_stream(
    items: Iterable[Article | InputError], *, gazetteer: str | None = None, workers: int = 1
) -> Iterator[ArticleResult | InputError]:
    """Results in input order; input errors pass through in place."""
    if workers <= 1:
        for item in items:
            yield item if isinstance(item, InputError) else extract_one(item, gazetteer)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: list[object] = []
        window = workers * 16
        for item in items:
            pending.append(item if isinstance(item, InputError) else pool.submit(extract_one, item, gazetteer))
            if len(pending) >= window:
                yield _resolve(pending.pop(0))
        while pending:
            yield _resolve(pending.pop(0))


def _resolve(entry: object) -> ArticleResult | InputError:
    if isinstance(entry, InputError):
        return entry
    result = entry.result()  # type: ignore[attr-defined]
    assert isinstance(result, (ArticleResult, InputError))
    return result
