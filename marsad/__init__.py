"""marsad (مرصد): Arabic conflict news in, ACLED-style events with evidence out.

>>> import marsad
>>> result = marsad.extract("...", published="2017-06-10")
>>> result.to_json()   # the JSON string; result.to_dict() is the same as a dict
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
    (the hand-written rules alone).

    ``published`` is the day the article was published (``YYYY-MM-DD``; see ``marsad.days`` for the
    other forms read); a value that is not one day raises ``InputError`` saying why.
    """
    from marsad.days import DayError, iso_day
    from marsad.pipeline import get_pipeline

    if published is not None:
        try:
            published = iso_day(published)
        except DayError as err:
            raise InputError(f"published: {err}") from err

    return get_pipeline(gazetteer, decider).extract(
        text, published=published, outlet=outlet, title=title, article_id=article_id
    )
