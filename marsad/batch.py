"""Extraction over a stream of articles, in one process or several, keeping input order."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from marsad.errors import InputError
from marsad.model import Article, ArticleResult

Extractor = Callable[[Article], ArticleResult]
CHUNK = 16  # articles per task sent to a worker process: fewer, larger messages


def extract_or_error(extractor: Extractor, article: Article) -> ArticleResult | InputError:
    """One article's result, or the error that says why it failed: one odd article never
    stops a batch (the failure is reported with the article's file and line)."""
    try:
        return extractor(article)
    except InputError as err:
        return err
    except (RecursionError, ValueError, KeyError, IndexError, TypeError) as exc:
        return InputError(f"extraction failed ({exc.__class__.__name__}: {exc})", source=article.origin)


def extract_one(article: Article, gazetteer: str | None) -> ArticleResult | InputError:
    from marsad.pipeline import get_pipeline

    return extract_or_error(get_pipeline(gazetteer).extract_article, article)


def extract_chunk(articles: list[Article], gazetteer: str | None) -> list[ArticleResult | InputError]:
    return [extract_one(article, gazetteer) for article in articles]


def extract_stream(
    items: Iterable[Article | InputError], *, gazetteer: str | None = None, workers: int = 1
) -> Iterator[ArticleResult | InputError]:
    """Results in input order; input errors pass through in place."""
    if workers <= 1:
        for item in items:
            yield item if isinstance(item, InputError) else extract_one(item, gazetteer)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: list[tuple[list[Article | InputError], Future[list[ArticleResult | InputError]]]] = []
        chunk: list[Article | InputError] = []

        def submit() -> None:
            articles = [a for a in chunk if isinstance(a, Article)]
            pending.append((list(chunk), pool.submit(extract_chunk, articles, gazetteer)))
            chunk.clear()

        for item in items:
            chunk.append(item)
            if len(chunk) >= CHUNK:
                submit()
                while len(pending) > workers * 4:
                    yield from _drain(pending.pop(0))
        if chunk:
            submit()
        while pending:
            yield from _drain(pending.pop(0))


def _drain(
    entry: tuple[list[Article | InputError], Future[list[ArticleResult | InputError]]],
) -> Iterator[ArticleResult | InputError]:
    items, future = entry
    results = iter(future.result())
    for item in items:
        yield item if isinstance(item, InputError) else next(results)
