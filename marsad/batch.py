"""Extraction over a stream of articles, in one process or several, keeping input order."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from functools import lru_cache
from typing import TYPE_CHECKING

from marsad.errors import ConfigError, InputError
from marsad.io import Article
from marsad.model import ArticleResult
from marsad.settings import DEFAULT_TIME_LIMIT
from marsad.timelimit import ArticleTimeout, Expired
from marsad.timelimit import time_limit as limit

if TYPE_CHECKING:
    from marsad.pipeline import Pipeline

Extractor = Callable[[Article], ArticleResult]
CHUNK = 16  # articles per task sent to a worker process: fewer, larger messages


def extract_or_error(extractor: Extractor, article: Article, time_limit: float | None = None
                     ) -> ArticleResult | InputError:
    """One article's result, or the error that says why it failed: one odd article never
    stops a batch (the failure is reported with the article's file and line). An article that
    runs past ``time_limit`` seconds fails with "took longer than N s"."""
    try:
        with limit(time_limit, article.origin):
            return extractor(article)
    except Expired:  # arrived as the limit was being lifted
        return ArticleTimeout(time_limit or 0.0, article.origin)
    except InputError as err:
        return err
    except (RecursionError, ValueError, KeyError, IndexError, TypeError) as exc:
        return InputError(f"extraction failed ({exc.__class__.__name__}: {exc})", source=article.origin)


WARM_TEXT = "قصفت قوات النظام السوري بلدة كفرنبل في ريف إدلب أمس، ما أسفر عن مقتل ثلاثة مدنيين."


@lru_cache(maxsize=4)
def ready_pipeline(gazetteer: str | None) -> Pipeline:
    """This process's pipeline, built and run once on a short text: what stages load lazily is
    loaded before the first article, whose time limit then counts its own work only."""
    from marsad.pipeline import get_pipeline

    pipeline = get_pipeline(gazetteer)
    pipeline.extract(WARM_TEXT, published="2017-06-10")
    return pipeline


def extract_one(article: Article, gazetteer: str | None, time_limit: float | None = DEFAULT_TIME_LIMIT
                ) -> ArticleResult | InputError:
    return extract_or_error(ready_pipeline(gazetteer).extract_article, article, time_limit)


def extract_chunk(articles: list[Article], gazetteer: str | None, time_limit: float | None = DEFAULT_TIME_LIMIT
                  ) -> list[ArticleResult | InputError]:
    return [extract_one(article, gazetteer, time_limit) for article in articles]


def extract_stream(
    items: Iterable[Article | InputError], *, gazetteer: str | None = None, workers: int = 1,
    time_limit: float | None = DEFAULT_TIME_LIMIT,
) -> Iterator[ArticleResult | InputError]:
    """Results in input order; input errors pass through in place; each article within ``time_limit``."""
    if workers < 1:
        raise ConfigError(f"workers must be at least 1, not {workers}")
    if workers == 1:
        for item in items:
            yield item if isinstance(item, InputError) else extract_one(item, gazetteer, time_limit)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: list[tuple[list[Article | InputError], Future[list[ArticleResult | InputError]]]] = []
        chunk: list[Article | InputError] = []

        def submit() -> None:
            articles = [a for a in chunk if isinstance(a, Article)]
            pending.append((list(chunk), pool.submit(extract_chunk, articles, gazetteer, time_limit)))
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
