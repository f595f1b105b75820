"""Typed records of the output contract (codebook section 6).

Frozen dataclasses inside the package; ``to_json`` turns them into the dicts of the JSON
Lines output, the only place where string keys appear.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

JSON = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Article:
    """One article as read: the text exactly as given plus its metadata."""

    text: str
    id: str | None = None
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    origin: str = "<text>"  # where it was read from: "path" or "path:line"

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def key(self) -> str:
        """The article's identity: its id, else its URL, else the hash of its text."""
        return self.id or self.url or f"sha256:{self.content_hash[:32]}"


@dataclass(frozen=True, slots=True)
class Span:
    """Character offsets into the article text exactly as given: ``text == article[start:end]``."""

    start: int
    end: int
    text: str

    def to_json(self) -> JSON:
        return {"start": self.start, "end": self.end, "text": self.text}


def span_json(span: Span | None) -> JSON | None:
    return span.to_json() if span is not None else None


@dataclass(frozen=True, slots=True)
class ActorRef:
    """A resolved actor: canonical names, ACLED ``inter`` code, country, and the words behind it."""

    actor_id: str
    name: str
    name_ar: str
    inter: int
    country: str | None
    evidence: Span | None = None

    def to_json(self) -> JSON:
        return {
            "name": self.name,
            "name_ar": self.name_ar,
            "inter": self.inter,
            "country": self.country,
            "evidence": span_json(self.evidence),
            # "default": coded by convention (an unnamed bomber is an unidentified armed group)
            "basis": "text" if self.evidence is not None else "default",
        }


@dataclass(frozen=True, slots=True)
class Location:
    name_ar: str
    name: str
    geonames_id: int | None
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    admin2: str | None
    geo_precision: int
    evidence: Span | None
    place_id: str | None = None
    kind: str | None = None
    score: float | None = None
    why: str | None = None

    def to_json(self) -> JSON:
        return {
            "name_ar": self.name_ar,
            "name": self.name,
            "geonames_id": self.geonames_id,
            "lat": self.lat,
            "lon": self.lon,
            "country": self.country,
            "admin1": self.admin1,
            "admin2": self.admin2,
            "geo_precision": self.geo_precision,
            "place_id": self.place_id,
            "kind": self.kind,
            "score": self.score,
            "why": self.why,
            "evidence": span_json(self.evidence),
        }


@dataclass(frozen=True, slots=True)
class Count:
    """A number of people (killed or injured) as a low/high range with ACLED's conservative best."""

    best: int
    low: int
    high: int
    evidence: Span | None = None
    # read from a vague word (عشرات، عدة): roughly how many, not how many (see marsad.merge)
    vague: bool = False
    # a figure the text says a toll has risen to ("ارتفع عدد القتلى إلى 16"): the latest, within
    # its article (see marsad.merge); not kept in the store
    revised: bool = False

    def to_json(self) -> JSON:
        return {"best": self.best, "low": self.low, "high": self.high, "evidence": span_json(self.evidence)}


@dataclass(frozen=True, slots=True)
class SourceRef:
    name: str
    name_ar: str
    evidence: Span | None = None

    def to_json(self) -> JSON:
        return {"name": self.name, "name_ar": self.name_ar, "evidence": span_json(self.evidence)}


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    event_type: str
    sub_event_type: str
    status: str
    date: str | None
    time_precision: int
    date_evidence: Span | None
    date_basis: str
    actor1: ActorRef | None
    actor2: ActorRef | None
    location: Location | None
    fatalities: Count | None
    injured: Count | None
    civilian_targeting: bool
    trigger: Span
    sentence: Span
    notes: str
    assoc_actor_1: tuple[ActorRef, ...] = ()
    assoc_actor_2: tuple[ActorRef, ...] = ()
    sources: tuple[SourceRef, ...] = ()
    status_evidence: Span | None = None
    confidence: float = 1.0

    def to_json(self) -> JSON:
        return {
            "id": self.id,
            "confidence": self.confidence,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "status": self.status,
            "status_evidence": span_json(self.status_evidence),
            "date": self.date,
            "time_precision": self.time_precision,
            "date_evidence": span_json(self.date_evidence),
            "date_basis": self.date_basis,
            "actor1": self.actor1.to_json() if self.actor1 else None,
            "assoc_actor_1": [a.to_json() for a in self.assoc_actor_1],
            "actor2": self.actor2.to_json() if self.actor2 else None,
            "assoc_actor_2": [a.to_json() for a in self.assoc_actor_2],
            "location": self.location.to_json() if self.location else None,
            "fatalities": self.fatalities.to_json() if self.fatalities else None,
            "injured": self.injured.to_json() if self.injured else None,
            "civilian_targeting": self.civilian_targeting,
            "sources": [s.to_json() for s in self.sources],
            "trigger": self.trigger.to_json(),
            "sentence": self.sentence.to_json(),
            "notes": self.notes,
        }


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """What extraction gives for one article."""

    article_id: str | None
    outlet: str | None
    published: str | None
    title: str | None
    events: tuple[Event, ...] = field(default_factory=tuple)

    def to_dict(self) -> JSON:
        """The article's output as a dict (one JSON Lines row of ``marsad extract``)."""
        return {
            "article_id": self.article_id,
            "outlet": self.outlet,
            "published": self.published,
            "title": self.title,
            "events": [e.to_json() for e in self.events],
        }

    def to_json(self, indent: int | None = None) -> str:
        """The article's output as a JSON string (Arabic kept as is)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
