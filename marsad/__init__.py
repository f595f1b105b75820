"""marsad (مرصد): Arabic conflict news in, ACLED-style events with evidence out.

>>> import marsad
>>> result = marsad.extract("...", published="2017-06-10")
>>> [e.to_json() for e in result.events]
"""

from __future__ import annotations

from marsad.errors import ConfigError, GazetteerError, InputError, MarsadError, StoreError
from marsad.model import ArticleResult, Event

__version__ = "0.1.0"

__all__ = [
    "ArticleResult", "ConfigError", "Event", "GazetteerError", "InputError", "MarsadError", "StoreError",
    "extract", "__version__",
]


def extract(
    text: str,
    *,
    published: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
    article_id: str | None = None,
    gazetteer: str | None = None,
    decider: str | None = None,
) -> ArticleResult:
    """The events of one article. ``gazetteer`` is a path; by default the chosen one (see settings).
    ``decider`` is ``"model"`` (the shipped learned event filter, the default) or ``"rules"``
    (the hand-written rules alone)."""
    from marsad.pipeline import get_pipeline

    return get_pipeline(gazetteer, decider).extract(
        text, published=published, outlet=outlet, title=title, article_id=article_id
    )
