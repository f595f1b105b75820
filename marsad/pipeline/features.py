"""Features of an event candidate for the learned decider: what the rules found (type, trigger,
vetoes, place, actors, figures, date) and the words around the trigger.

Features are names with values (``{"sub=Air/drone strike": 1.0, "log_deaths": 1.6}``); the
model gives each a weight. Words are folded and stripped of their clitics so that spelling and
prefixes do not split what is one word; numbers are bucketed so that the model sees kinds of
values rather than single values."""

from __future__ import annotations

import math
from datetime import date
from functools import lru_cache

from marsad.document import Document, Mention
from marsad.geo.rank import distance_km
from marsad.lang.ar.clitics import FEATURE_CLITICS as _CLITICS
from marsad.lang.ar.topics import CULTURE_WORDS, SPORT_WORDS
from marsad.model import Location
from marsad.pipeline.candidate import EventCandidate
from marsad.pipeline.dateline import dateline_end
from marsad.pipeline.dates import parse_published
from marsad.pipeline.events import Draft
from marsad.pipeline.framing import headline
from marsad.pipeline.placehit import PlaceHit
from marsad.text import fold

Features = dict[str, float]


def tokens_text(doc: Document, m: Mention) -> str:
    return doc.norm[m.start : m.end]

WINDOW = 6  # words each side of the trigger


@lru_cache(maxsize=200_000)
def word_form(word: str) -> str:
    """A folded word without its leading clitics and article, when enough of it remains."""
    for prefix in _CLITICS:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix):]
    return word


PLACE_WORD = "<place>"


def placeless_words(doc: Document, lo: int, hi: int) -> list[str]:
    """The texts of tokens ``lo``..``hi``, each word of a place or country name replaced by
    ``PLACE_WORD``: the models learn how news tells an event, not which towns were in the news
    they were fitted on (an attack in Nashville is told as one in Aleppo)."""
    tokens = doc.tokens
    words = [t.text for t in tokens[lo:hi]]
    for m in (*doc.of("place"), *doc.of("country")):
        for i in range(max(lo, m.tok_start), min(hi, m.tok_end)):
            words[i - lo] = PLACE_WORD
    return words


def _spellings(forms: frozenset[str]) -> frozenset[str]:
    """The folded words whose ``word_form`` is one of ``forms``: a form, bare or after a clitic."""
    return frozenset(w for f in forms for w in (f, *(p + f for p in _CLITICS)) if word_form(w) in forms)


_SPORT_SPELLINGS = _spellings(SPORT_WORDS)
_CULTURE_SPELLINGS = _spellings(CULTURE_WORDS)


def _bucket(value: float, edges: tuple[float, ...]) -> str:
    for edge in edges:
        if value <= edge:
            return f"<={edge:g}"
    return f">{edges[-1]:g}"


def article_features(doc: Document) -> Features:
    """What holds for every candidate of the article."""
    out: Features = {}
    cands = doc.candidates
    out["article_candidates=" + _bucket(len(cands), (1, 2, 4, 8))] = 1.0
    out["article_types=" + _bucket(len({c.event.event_type for c in cands}), (1, 2, 3))] = 1.0
    out["article_published"] = 1.0 if doc.published else 0.0
    out["article_killed"] = 1.0 if any(m.value.role == "killed" for m in doc.of("count")) else 0.0
    out["article_sentences=" + _bucket(len(doc.sentences), (3, 8, 15, 30))] = 1.0
    # how much of the article is sport or culture, per hundred words
    words = [t.text for t in doc.tokens]
    per_hundred = 100.0 / max(1, len(words))
    out["article_sport=" + _bucket(sum(w in _SPORT_SPELLINGS for w in words) * per_hundred, (0, 1, 3))] = 1.0
    out["article_culture=" + _bucket(sum(w in _CULTURE_SPELLINGS for w in words) * per_hundred, (0, 1, 3))] = 1.0
    return out


NEAR_KM = 20.0
_BROAD = frozenset({"country", "governorate", "region"})


def _near(a: Location | None, b: Location | None) -> bool:
    """Two places a reader would take for one: the same name, or points less than 20 km apart."""
    if a is None or b is None:
        return False
    if a.name_ar and a.name_ar == b.name_ar:
        return True
    if None in (a.lat, a.lon, b.lat, b.lon):
        return False
    return distance_km(a.lat or 0.0, a.lon or 0.0, b.lat or 0.0, b.lon or 0.0) <= NEAR_KM


def _inside(inner: Location | None, broad: Location | None) -> bool:
    """A place within a governorate or region the article also names."""
    return (inner is not None and broad is not None and broad.kind in _BROAD and inner.kind not in _BROAD
            and bool(broad.admin1) and inner.admin1 == broad.admin1)


def relation_features(doc: Document) -> list[Features]:
    """How each candidate relates to the article's other candidates: another report of the
    same kind of event at the same place (told earlier, or the same day), or one at a more
    precise place inside this one's governorate."""
    cands = doc.candidates
    out: list[Features] = []
    for i, c in enumerate(cands):
        f: Features = {}
        e = c.event
        first = min(d.sentence for d in c.drafts)
        for j, o in enumerate(cands):
            if j == i:
                continue
            other = o.event
            same_type = other.event_type == e.event_type
            if not same_type:
                if _near(e.location, other.location):
                    f["other_type_same_place"] = 1.0
                continue
            earlier = min(d.sentence for d in o.drafts) < first or (
                min(d.sentence for d in o.drafts) == first and j < i)
            if _near(e.location, other.location):
                f["same_type_same_place"] = 1.0
                if earlier:
                    f["same_type_same_place_earlier"] = 1.0
                if other.date == e.date:
                    f["same_type_same_place_day"] = 1.0
                if other.sub_event_type == e.sub_event_type:
                    f["same_sub_same_place"] = 1.0
            if _inside(other.location, e.location):
                f["same_type_inside"] = 1.0
            if _inside(e.location, other.location):
                f["same_type_around"] = 1.0
        f["candidates_same_type=" + _bucket(sum(o.event.event_type == e.event_type for o in cands), (1, 2, 4))] = 1.0
        out.append(f)
    return out


def features_for(doc: Document) -> list[Features]:
    """The features of every candidate of the document, in order."""
    shared = article_features(doc)
    return [candidate_features(doc, c, shared) | rel for c, rel in zip(doc.candidates, relation_features(doc), strict=True)]


def candidate_features(doc: Document, cand: EventCandidate, shared: Features | None = None) -> Features:
    out: Features = dict(shared if shared is not None else article_features(doc))
    e = cand.event
    first: Draft = min(cand.drafts, key=lambda d: d.sentence)
    hit = first.trigger.value
    place: PlaceHit = first.place.value
    out["bias"] = 1.0
    out[f"type={e.event_type}"] = 1.0
    out[f"sub={e.sub_event_type}"] = 1.0
    out[f"status={e.status}"] = 1.0
    out[f"lemma={hit.lemma}"] = 1.0
    out[f"strength={first.strength}"] = 1.0
    out["reports=" + _bucket(len(cand.drafts), (1, 2, 3))] = 1.0
    for code in cand.vetoes:
        out[f"veto={code}"] = 1.0
    for code in sorted({c for d in cand.drafts for c in d.vetoes}):  # (in one order: the models add in it)
        out[f"veto_any={code}"] = 1.0
    out["vetoed"] = 1.0 if cand.vetoes else 0.0
    out["vetoes=" + _bucket(min(len(d.vetoes) for d in cand.drafts), (0, 1))] = 1.0
    for flag in ("listed", "inherited", "twin", "weaponless", "national"):
        if all(getattr(d, flag) for d in cand.drafts):
            out[f"draft_{flag}"] = 1.0
    if all(d.national for d in cand.drafts):
        out[f"national_type={e.event_type}"] = 1.0
    out["confidence"] = first.confidence / 3.0
    # place
    loc = e.location
    out[f"place_strength={place.strength}"] = 1.0
    out[f"place_cue={place.cue}"] = 1.0
    out[f"place_near={place.near}"] = 1.0
    if place.antecedent is not None:
        out["place_anaphor"] = 1.0
    if loc is not None:
        out[f"place_kind={loc.kind}"] = 1.0
        out[f"geo_precision={loc.geo_precision}"] = 1.0
        out["place_coords"] = 1.0 if loc.lat is not None else 0.0
        out["place_score"] = loc.score if loc.score is not None else 0.0
        out["place_unlisted"] = 1.0 if loc.score is None else 0.0
        out[f"place_ambiguity={_bucket(place.info.n_places, (0, 1, 3, 10))}"] = 1.0
    gap = abs(first.trigger.tok_start - first.place.tok_start)
    out["place_gap=" + _bucket(gap, (1, 3, 6, 12))] = 1.0
    out["place_before_trigger"] = 1.0 if first.place.start < first.trigger.start else 0.0
    # actors
    for side, actor in (("actor1", e.actor1), ("actor2", e.actor2)):
        if actor is None:
            out[f"{side}=none"] = 1.0
        else:
            out[f"{side}_inter={actor.inter}"] = 1.0
            out[f"{side}_basis={'text' if actor.evidence is not None else 'default'}"] = 1.0
    # figures, sources
    if e.fatalities is not None and e.fatalities.best == 0:
        out["deaths=none"] = 1.0  # the text says no one was killed or hurt (pipeline.unharmed)
    elif e.fatalities is not None:
        out["deaths"] = 1.0
        out["log_deaths"] = math.log1p(e.fatalities.best) / 5.0
        # by size too: one strike kills a few or dozens; thousands are a running total
        out["deaths_size=" + _bucket(e.fatalities.best, (1, 5, 20, 100, 500))] = 1.0
    if e.injured is not None:
        out["injured"] = 1.0
    out["sources=" + _bucket(len(e.sources), (0, 1))] = 1.0
    # date
    out[f"date_basis={e.date_basis}"] = 1.0
    out[f"time_precision={e.time_precision}"] = 1.0
    published = parse_published(doc.published)
    if published is not None and e.date is not None:
        days = (published - date.fromisoformat(e.date)).days
        out["days_before=" + ("future" if days < 0 else _bucket(days, (0, 1, 3, 7, 14, 31)))] = 1.0
    # what the article is about: the event's place or word in its title, its place told again
    title = fold(doc.title or "")
    if title and loc is not None and loc.name_ar and fold(loc.name_ar) in title:
        out["place_in_title"] = 1.0
    if title and tokens_text(doc, first.trigger) in title:
        out["trigger_in_title"] = 1.0
    told = {m.sentence for m in doc.of("place") if m.value.key == place.key}
    out["place_told=" + _bucket(len(told), (1, 2, 4))] = 1.0
    # inside quotation marks: someone's words, often a claim or a statement
    s0 = doc.sentences[first.sentence]
    before = doc.norm[s0.start : first.trigger.start]
    if before.count("\"") % 2 == 1 or before.count("«") > before.count("»"):
        out["quoted"] = 1.0
    # position in the article
    s = first.sentence
    out["sentence=" + _bucket(s, (0, 1, 2, 4, 8, 16))] = 1.0
    if headline(doc) == s:
        out["headline"] = 1.0
    out["paragraph=" + _bucket(doc.sentences[s].paragraph, (0, 1, 3, 6))] = 1.0
    # words: around the trigger, in the whole sentence, and the trigger's own surface form
    tokens = doc.tokens
    sent = doc.sentences[s]
    lo = doc.token_at(sent.start)
    hi = doc.token_at(sent.end)
    # the dateline ("أتلانتا، الولايات المتحدة الأمريكية (CNN)--") tells who wrote the report and
    # where, not what the sentence says: its words would only teach the model an outlet's habits
    head = dateline_end(doc.norm)
    while lo < hi and tokens[lo].start < head:
        lo += 1
    t0, t1 = first.trigger.tok_start, first.trigger.tok_end
    words = placeless_words(doc, lo, hi)
    for i in range(max(lo, t0 - WINDOW), t0):
        out[f"before={word_form(words[i - lo])}"] = 1.0
    for i in range(max(lo, t1), min(hi, t1 + WINDOW)):
        out[f"after={word_form(words[i - lo])}"] = 1.0
    for w in words:
        out[f"sent={word_form(w)}"] = 1.0
    if t0 < len(tokens):
        out[f"trigger_word={tokens[t0].text}"] = 1.0
        if t0 - 1 >= lo:
            out[f"prev_word={tokens[t0 - 1].text}"] = 1.0
    return out
