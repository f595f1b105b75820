"""Real typed records (``marsad.model``) for store and merge tests, and a deterministic extractor.

The extractor stands in for the pipeline where a test is about storage, not extraction: it turns
an article into real ``Event`` objects derived from the article's text, so tests do not depend
on the extraction rules of the day.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from typing import Any

from marsad.model import ActorRef, Article, ArticleResult, Count, Event, Location, SourceRef, Span

SDF = ActorRef("sdf", "Syrian Democratic Forces", "قوات سوريا الديمقراطية", 2, None)
IS = ActorRef("is", "Islamic State", "تنظيم الدولة الإسلامية", 2, None)
COALITION = ActorRef("coalition", "International Coalition", "التحالف الدولي", 8, None)
REGIME = ActorRef("sy-army", "Military Forces of Syria", "قوات النظام", 1, "SY")
CIVILIANS = ActorRef("civ-sy", "Civilians (Syria)", "مدنيون", 7, "SY")

RAQQA = Location("الرقة", "Ar Raqqah", 163345, 35.9528, 39.0079, "SY", "Ar Raqqah", "Ar Raqqah", 1, None,
                 place_id="gn:163345")
# 4 km east of Raqqa city, another gazetteer entry
RAQQA_EAST = Location("المشلب", "Al Mishlab", 999001, 35.9530, 39.0520, "SY", "Ar Raqqah", "Ar Raqqah", 1,
                      None, place_id="gn:999001")
TABQA = Location("الطبقة", "Ath Thawrah", 163346, 35.8367, 38.5481, "SY", "Ar Raqqah", "Ath Thawrah", 1, None,
                 place_id="gn:163346")
RAQQA_COUNTRYSIDE = Location("ريف الرقة", "Ar Raqqah", 163345, 35.9528, 39.0079, "SY", "Ar Raqqah",
                             "Ar Raqqah", 2, None, place_id="gn:163345-p2")
DEIR = Location("دير الزور", "Deir ez-Zor", 170794, 35.3359, 40.1408, "SY", "Deir ez-Zor", "Deir ez-Zor", 1,
                None, place_id="gn:170794")
# across the border, 8 km from a Syrian point: never merged with it
QAIM = Location("القائم", "Al Qa'im", 98182, 34.3686, 41.0928, "IQ", "Al Anbar", "Al Qa'im", 1, None,
                place_id="gn:98182")
ABU_KAMAL = Location("البوكمال", "Abu Kamal", 173480, 34.4500, 40.9186, "SY", "Deir ez-Zor", "Abu Kamal", 1,
                     None, place_id="gn:173480")


def span(text: str, start: int = 0) -> Span:
    return Span(start, start + len(text), text)


def make_event(**over: Any) -> Event:
    """An occurred air strike by the coalition on IS at Raqqa on 2017-06-09 unless overridden."""
    base = Event(
        id="ev-1",
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        status="occurred",
        date="2017-06-09",
        time_precision=1,
        date_evidence=None,
        date_basis="publication_date",
        actor1=COALITION,
        actor2=IS,
        location=RAQQA,
        fatalities=Count(5, 5, 5),
        injured=None,
        civilian_targeting=False,
        trigger=span("غارة", 10),
        sentence=span("شنت طائرات التحالف غارة على الرقة", 0),
        notes="Coalition aircraft struck Raqqa.",
        sources=(SourceRef("Syrian Observatory for Human Rights", "المرصد السوري لحقوق الإنسان"),),
    )
    return replace(base, **over)


def make_result(article_id: str, *events: Event, outlet: str = "BBC Arabic",
                published: str | None = "2017-06-10") -> ArticleResult:
    return ArticleResult(article_id=article_id, outlet=outlet, published=published, title=None, events=events)


def make_article(article_id: str | None, text: str | None = None, **kw: Any) -> Article:
    return Article(text=text or f"نص الخبر {article_id}", id=article_id, **kw)


_PLACES = (RAQQA, TABQA, DEIR, ABU_KAMAL, QAIM)
_TYPES = (("Explosions/Remote violence", "Air/drone strike"), ("Battles", "Armed clash"),
          ("Explosions/Remote violence", "Shelling/artillery/missile attack"))


def synthetic_extractor(article: Article) -> ArticleResult:
    """0 to 2 events per article chosen from its text's hash: places, types and days repeat, so
    reports of different articles merge, as they do in real news."""
    digest = hashlib.sha256(article.text.encode("utf-8")).digest()
    events = []
    for i in range(digest[0] % 3):
        b = digest[1 + i * 4: 5 + i * 4]
        etype, sub = _TYPES[b[0] % len(_TYPES)]
        events.append(make_event(
            id=f"{article.key}-{i}", event_type=etype, sub_event_type=sub,
            location=_PLACES[(b[1] + i) % len(_PLACES)], date=article.published or f"2017-06-{1 + b[2] % 5:02d}",
            fatalities=Count(b[3] % 7, b[3] % 7, b[3] % 7 + 2) if b[3] % 2 else None,
        ))
    return ArticleResult(article.id, article.outlet, article.published, article.title, tuple(events))
