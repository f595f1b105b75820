"""Dates, casualty counts and sources for each event draft: the sentence's own, else the
paragraph's (dates), the next sentence's (figures), a source named shortly before and one opening
the next sentence (sources); never a toll over weeks or a summing-up."""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from marsad.document import Document, Mention
from marsad.lang.ar.attribution import SHIFT_FRAMES, SHIFT_OTHER, SHIFT_REACH
from marsad.lang.ar.framing import SINCE as _SINCE
from marsad.lang.ar.numbers import CUMULATIVE as _CUMULATIVE
from marsad.lang.ar.numbers import DURING as _DURING
from marsad.lang.ar.numbers import DURING_PRONOUN as _DURING_PRONOUN
from marsad.lang.ar.numbers import PERIODS as _PERIODS
from marsad.lang.ar.triggers import KILLING
from marsad.merge import distinct
from marsad.pipeline.framing import protested_head_after
from marsad.pipeline.roles import clause, nearest
from marsad.taxonomy import CROWD_TYPES, EVENT_TYPE

if TYPE_CHECKING:
    from marsad.pipeline.events import Draft


def _over_a_period(doc: Document, count: Mention) -> bool:
    """"قتل خلاله أكثر من 500 مدني" after "أسبوع من القصف", "قتلوا خلال اليومين الماضيين": a
    toll over days or weeks, not the toll of one event."""
    tokens = doc.tokens

    def period_at(lo: int, hi: int) -> bool:
        return any(t.text in _PERIODS and t.sentence == count.sentence for t in tokens[max(0, lo) : hi])

    for j in range(max(0, count.tok_start - 4), min(len(tokens), count.tok_end + 6)):
        w = tokens[j].text
        if tokens[j].sentence != count.sentence or w not in _DURING:
            continue
        if w in _DURING_PRONOUN and period_at(j - 15, j):
            return True  # "بعد أسبوع من القصف ... قتل خلاله"
        if w not in _DURING_PRONOUN and period_at(j + 1, j + 3):
            return True  # "خلال اليومين الماضيين", "منذ أسبوعين"
    return False


def _by_sentence(mentions: list[Mention]) -> dict[int, list[Mention]]:
    out: dict[int, list[Mention]] = {}
    for m in mentions:
        out.setdefault(m.sentence, []).append(m)
    return out


def _last_before(mentions: list[Mention], starts: list[int], pos: int) -> Mention | None:
    """The last of ``mentions`` (sorted by start, ``starts`` their starts) that starts before ``pos``."""
    i = bisect_left(starts, pos)
    return mentions[i - 1] if i else None


SOURCE_REACH = 2  # sentences a source named earlier still speaks for


def _next_source(doc: Document, sources: list[Mention], paragraph: int) -> Mention | None:
    """The first source named in the sentence right after the event's, in its paragraph or the
    next: the news is told first and its source after it, at the head of the next sentence
    ("شن التحالف غارات على X.¶ وأكدت مصادر أمنية أن الغارات ...") or at its end ("... وأسفرت
    الغارات عن مقتل 36، بحسب المرصد")."""
    for m in sources:
        if doc.sentences[m.sentence].paragraph in (paragraph, paragraph + 1) and not _other_report(doc, m.sentence):
            return m
    return None


def _other_report(doc: Document, sentence: int) -> bool:
    """Whether a sentence opens by saying it tells something else ("من جهة أخرى"، "وفي سياق
    منفصل"، "وفي شأن آخر")."""
    s = doc.sentences[sentence]
    first = doc.token_at(s.start)
    words = [t.text for t in doc.tokens[first : first + SHIFT_REACH] if t.sentence == sentence]
    return any(w.removeprefix("و").removeprefix("ال") in SHIFT_FRAMES and nxt.removeprefix("ال") in SHIFT_OTHER
               for w, nxt in zip(words, words[1:], strict=False))


def _closest(words: list[Mention], count: Mention) -> Mention:
    """The event word nearest a figure, in words between them; the earlier one on a tie."""
    def gap(t: Mention) -> int:
        if count.tok_end <= t.tok_start:
            return t.tok_start - count.tok_end
        if t.tok_end <= count.tok_start:
            return count.tok_start - t.tok_end
        return 0
    return min(words, key=lambda t: (gap(t), t.start))


def since_date(doc: Document, date: Mention) -> bool:
    """"منذ يونيو 2014"، "المحاصرة منذ عام 2013": a day or month that "since" names tells how long
    something has lasted, not when an event took place. A relative day after it ("منذ صباح
    اليوم"، "منذ الخميس") still dates what began then."""
    return not date.value.relative and date.tok_start > 0 and doc.tokens[date.tok_start - 1].text in _SINCE \
        and doc.tokens[date.tok_start - 1].sentence == date.sentence


def _dates_it(doc: Document, date: Mention, trigger: Mention) -> bool:
    """Whether a date that speaks for its own clause ("قبل أسبوعين") dates this event word: the
    one of its clause nearest it ("ردا على مقتل قادتها في هجوم للجيش الفرنسي قبل أسبوعين" dates
    the French attack, not the attacks the sentence reports first)."""
    where = clause(doc, date)
    if clause(doc, trigger) != where:
        return False
    words = [t for t in doc.of("trigger") if t.sentence == date.sentence and clause(doc, t) == where]
    return not words or min(words, key=lambda t: (abs(t.start - date.start), t.start)).start == trigger.start




def attach(doc: Document, drafts: list[Draft]) -> None:
    """Dates, casualty counts and sources for each draft. The mentions are indexed once by
    sentence and position, so the work grows with the drafts plus the mentions, not their product."""
    own = sorted((m for m in doc.of("date") if not since_date(doc, m)), key=lambda m: m.start)
    dates = [m for m in own if not m.value.own_clause]  # those that later sentences go on from
    date_starts = [m.start for m in dates]
    lead_dates = [m for m in dates if m.sentence <= 1]
    lead_starts = [m.start for m in lead_dates]
    sources = sorted(doc.of("source"), key=lambda m: m.start)
    source_starts = [m.start for m in sources]
    dates_in, counts_in = _by_sentence(own), _by_sentence(doc.of("count"))
    sources_in = _by_sentence(doc.of("source"))
    with_trigger = {t.sentence for t in doc.of("trigger") if t.value.sub != KILLING}
    with_place = {p.sentence for p in doc.of("place")}
    rivals: dict[int, dict[int, Mention]] = {}  # each sentence's event words, by start
    for d in drafts:
        if d.trigger.value.sub != KILLING:
            rivals.setdefault(d.sentence, {})[d.trigger.start] = d.trigger
    for d in drafts:
        para = doc.sentences[d.sentence].paragraph
        cause = protested_head_after(doc, d.trigger) if EVENT_TYPE.get(d.sub) in CROWD_TYPES else None
        date = nearest([m for m in dates_in.get(d.sentence, [])
                        if (not m.value.own_clause or _dates_it(doc, m, d.trigger))
                        and (cause is None or m.tok_start <= cause)],  # not the day of what a crowd protests
                       d.trigger)
        if date is None:
            before = _last_before(dates, date_starts, d.trigger.start)
            # the dates before the trigger that share its paragraph end with the one just before it
            date = before if before is not None and doc.sentences[before.sentence].paragraph == para else None
        if date is None:
            date = _last_before(lead_dates, lead_starts, d.trigger.start)
        if date is not None:
            d.date = date.value
            d.date_span = (date.start, date.end)
        sent_counts = list(counts_in.get(d.sentence, []))
        words = list(rivals.get(d.sentence, {}).values())
        if d.trigger.value.sub != KILLING and len(words) > 1:
            # "قتل طفلان في غارة على X، وامرأة في قصف على Y": each figure is the toll of the
            # event word nearest it; the places of one event word share it (stage ``tolls``)
            sent_counts = [c for c in sent_counts if _closest(words, c).start == d.trigger.start]
        if not sent_counts and d.sentence + 1 < len(doc.sentences):
            # "... وأسفر القصف عن مقتل خمسة": a next sentence with figures but no event of its own
            nxt = d.sentence + 1
            if nxt not in with_trigger and nxt not in with_place:
                sent_counts = list(counts_in.get(nxt, []))
        if d.inherited and _CUMULATIVE & set(doc.sentence_text(d.sentence).split()):
            # a sentence that names no place may sum up ("المعارك المتواصلة أسفرت عن مقتل 70 من
            # الطرفين"); one figure for "X وY وZ" is each place's to share (stage ``tolls``)
            sent_counts = []
        sent_counts = [c for c in sent_counts if not _over_a_period(doc, c)]
        d.killed = [c for c in sent_counts if c.value.role == "killed"]
        d.injured = [c for c in sent_counts if c.value.role == "injured"]
        own = sources_in.get(d.sentence, [])
        if own:
            d.sources = list(distinct(own, key=lambda m: m.value.name)[:3])  # a source named twice counts once
        else:
            # a report goes on for a sentence or two after its source is named ("وأضاف المصدر");
            # further on, the outlet speaks in its own voice
            earlier_src = _last_before(sources, source_starts, d.trigger.start)
            if earlier_src is not None and d.sentence - earlier_src.sentence <= SOURCE_REACH \
                    and not any(_other_report(doc, k) for k in range(earlier_src.sentence + 1, d.sentence + 1)):
                d.sources = [earlier_src]  # (not past "من جهة أخرى": another report begins there)
            # "سيطر الثوار على التلة. وقال القائد X إن ..."، "... بحسب المرصد": the report's source
            # is named in the next sentence; between a source named before and one named after,
            # the text does not say which one the sentence is told by: both are kept
            later = _next_source(doc, sources_in.get(d.sentence + 1, []), para)
            if later is not None and all(later.value.name != m.value.name for m in d.sources):
                d.sources = [*d.sources, later]
