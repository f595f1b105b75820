"""Stage: date mentions → day and precision, resolved against the publication date.

Explicit dates (Gregorian with Egyptian, Levantine or Maghrebi month names, numeric dates,
Hijri dates with هـ), weekday names (the last such day on or before publication; ``الماضي``
moves a same-weekday mention a week back) and relative words (أمس، فجر اليوم، الأسبوع الماضي).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from marsad.document import Document, Mention
from marsad.lang.ar.dates import (
    AGO,
    AGO_COUNTLESS,
    AGO_FROM,
    AGO_HEDGES,
    AGO_PLURAL_DAYS,
    AGO_PLURALS,
    AGO_UNITS,
    AGO_VAGUE,
    DAY_BEFORE,
    HIJRI_DAY_NAMED,
    HIJRI_MONTHS,
    MONTHS,
    ORDINAL_DAYS,
    RELATIVE,
    SPANS,
    WEEKDAYS,
    YESTERDAY,
)
from marsad.lang.ar.numbers import UNITS as _NUMBER_WORDS
from marsad.pipeline.lexicon import Taken
from marsad.text import offsets


@dataclass(frozen=True, slots=True)
class DateValue:
    day: date
    precision: int  # 1 exact day, 2 within a week/span, 3 month
    relative: bool  # resolved against the publication date
    own_clause: bool = False  # "قبل ثلاثة أيام": dates the event it is told with, not the sentences after it


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_MONTH = _alt(list(MONTHS))
_HMONTH = _alt(list(HIJRI_MONTHS))
_WEEKDAY = _alt([w for w in WEEKDAYS])
_WD_STEMS = _alt([w[2:] for w in WEEKDAYS])  # without ال, for بال/وال/يوم forms

_EXPLICIT = re.compile(
    rf"(?<!\d)(?P<d>[0-3]?\d)\s*(?:من\s+)?(?:شهر\s+)?(?P<m>{_MONTH})(?:\s*[/(-]\s*(?P<m2>{_MONTH})\s*\)?)?"
    rf"(?:\s*(?:من\s+)?(?:عام|العام|سنه|لعام)?\s*(?P<y>(?:19|20)\d\d))?(?!\w)"
)
_ORDINAL = re.compile(
    rf"(?<!\w)(?P<o>{_alt(list(ORDINAL_DAYS))})\s+من\s+(?:شهر\s+)?(?P<m>{_MONTH})(?:\s*[/(-]\s*(?:{_MONTH})\s*\)?)?"
    rf"(?:\s*(?:من\s+)?(?:عام|العام|سنه|لعام)?\s*(?P<y>(?:19|20)\d\d))?(?!\w)"
)
_MONTH_ONLY = re.compile(
    rf"(?<!\w)(?:شهر\s+)?(?P<m>{_MONTH})(?:\s*[/(-]\s*(?:{_MONTH})\s*\)?)?\s+(?P<q>الماضي|الفايت|المنصرم|الحالي|الجاري)(?!\w)"
)
_MONTH_YEAR = re.compile(
    rf"(?<!\w)(?:شهر\s+)?(?P<m>{_MONTH})(?:\s*[/(-]\s*(?:{_MONTH})\s*\)?)?\s+(?:من\s+)?(?:عام\s+|العام\s+|سنه\s+)?(?P<y>(?:19|20)\d\d)(?!\d)"
)
# "منتصف أبريل"، "في شهر مارس": a month named alone after a word of time (a year or "الماضي"
# after it is one of the patterns above; without the word before it "مارس" is also a verb)
_MONTH_BARE = re.compile(
    rf"(?:شهر\s+)?(?P<m>{_MONTH})(?!\w)(?!\s*[/(-])"
    rf"(?!\s+(?:الماضي|الفايت|المنصرم|الحالي|الجاري|من\s+عام|من\s+العام|عام|العام|سنه|(?:19|20)\d\d)(?!\w))")
_MONTH_HEADS = re.compile(r"(?:^|\s)[وف]?(?:في|خلال|منتصف|مطلع|اوايل|اواخر|نهايه|بدايه|بحلول)\s+$")
# "في العاشر من شهر محرم"، "يوم 20 شوال": a Hijri day with no year, of the last such month
# up to publication ("من العام الحالي" / "الماضي" after it says which Hijri year)
_HIJRI_NO_YEAR = re.compile(
    rf"(?<!\w)(?:(?P<d>[0-3]?\d)\s+(?:من\s+)?|(?P<o>{_alt(list(ORDINAL_DAYS))})\s+من\s+)(?:شهر\s+)?(?P<m>{_HMONTH})(?!\w)"
    rf"(?!\s*1[34]\d\d)(?:\s+من\s+(?:هذا\s+)?(?:العام|السنه)\s+(?P<q>الحالي|الجاري|الماضي))?")
_HIJRI = re.compile(rf"(?<!\d)(?P<d>[0-3]?\d)\s+(?P<m>{_HMONTH})\s+(?P<y>1[34]\d\d)\s*(?:ه|هـ|للهجره)?(?!\w)")
# "بتاريخ 19 / 6 / 1436هـ": a Hijri date in figures (years 1300-1499, no Gregorian year of news)
_HIJRI_NUMERIC = re.compile(
    r"(?<![\d/.-])(?:(?P<d>[0-3]?\d)\s*[-/.]\s*(?P<m>[01]?\d)\s*[-/.]\s*(?P<y>1[34]\d\d)"
    r"|(?P<y1>1[34]\d\d)\s*[-/.]\s*(?P<m1>[01]?\d)\s*[-/.]\s*(?P<d1>[0-3]?\d))(?![\d/.-])")
_NUMERIC = re.compile(r"(?<![\d/.-])(?:(?P<y1>(?:19|20)\d\d)[-/.](?P<m1>[01]?\d)[-/.](?P<d1>[0-3]?\d)|(?P<d2>[0-3]?\d)[-/.](?P<m2>[01]?\d)[-/.](?P<y2>(?:19|20)\d\d))(?![\d/.-])")
_WEEKDAY_RE = re.compile(
    rf"(?<!\w)(?:يوم\s+(?:ال)?|[وفب]?ال)(?P<w>{_WD_STEMS})(?P<before>\s+قبل(?=\s+(?:الماضي|الفايت)))?(?P<past>\s+الماضي|\s+الفايت)?(?!\w)")
_RELATIVE = re.compile(rf"(?<![^\sو])(?:[وف]?)(?P<r>{_alt(list(RELATIVE))})(?!\w)")
# "في 20 من الشهر الحالي": a day of the publication's month
_DAY_OF_THIS_MONTH = re.compile(r"(?<!\d)(?P<d>[0-3]?\d)\s+من\s+(?:(?:هذا\s+)?الشهر\s+(?:الحالي|الجاري)|هذا\s+الشهر)(?!\w)")
_SPAN = re.compile(rf"(?<!\w)(?:[وفبل]|خلال\s+|في\s+)?(?P<s>{_alt(list(SPANS))})(?!\w)")

_WD_BY_STEM = {w[2:]: n for w, n in WEEKDAYS.items()}


# --- Where to try the patterns above.
#
# finditer() tries a pattern at every offset of the text; none of these patterns gives the
# regex engine a first letter to skip ahead by, so that is most of this stage's time. Each
# pattern can only match where a short literal stands at a known distance (a run of digits;
# the first word of a month, an ordinal, a weekday or a relative word), and str.find finds
# those fast: the pattern is tried only there, and the matches are the same.


def _needles(words: Iterable[str]) -> tuple[str, ...]:
    """The first words of a list's entries (an alternative of ``_alt``: ``\\s+`` between its
    words), without those that begin with another one (a hit of "ابريل" is one of "اب")."""
    firsts = {w.split(" ", 1)[0] for w in words}
    return tuple(sorted(f for f in firsts if not any(f != g and f.startswith(g) for g in firsts)))


_DIGITS = re.compile(r"\d\d*")  # not \d+: a first character lets the engine skip ahead
_MONTH_NEEDLES = _needles([*MONTHS, "شهر"])  # _MONTH_ONLY, _MONTH_YEAR: at "شهر" or the month
_ORDINAL_NEEDLES = _needles(ORDINAL_DAYS)
# "ليل أمس (الأول)": a house style sets the word apart in brackets
_DAY_BEFORE = re.compile(rf"\s+(?:{DAY_BEFORE}|\(\s*{DAY_BEFORE}\s*\))(?!\w)")
_AGO = re.compile(
    rf"(?<!\w)[و]?{AGO}\s+(?:(?:{_alt(list(AGO_HEDGES))})\s+)?(?:(?P<n>\d{{1,2}}|{_alt([*_NUMBER_WORDS, *AGO_VAGUE])})\s+)?(?P<u>{_alt(list(AGO_UNITS))})(?!\w)"
    # not "قبل عام 2014" (before the year), "قبل شهر رمضان" (before the month), "قبل أسبوع من" (of something else)
    rf"(?!\s+(?:{AGO_FROM}(?!\w)|\d|{_MONTH}|{_HMONTH}))")
_RELATIVE_NEEDLES = _needles(RELATIVE)  # the word, or one letter before it (و، ف)
_STEM_NEEDLES = _needles(_WD_BY_STEM)  # "ال" or "وال" before it, or "يوم" and spaces (and "ال")
_SPAN_NEEDLES = _needles(SPANS)  # the word, one letter before it, or "خلال"/"في" and spaces


def _space_before(text: str, end: int) -> int:
    """The start of the run of spaces (``\\s``: str.isspace) that ends at ``end``."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _weekday_starts(text: str) -> list[int]:
    """Where _WEEKDAY_RE may match: "(وال|ال)الخميس" or "يوم (ال)خميس" before a stem."""
    out: list[int] = []
    for at in offsets(text, _STEM_NEEDLES):
        out += (at - 3, at - 2)
        for end in (at, at - 2):  # "يوم\s+" ends at the stem, or at its "ال"
            space = _space_before(text, end)
            if space < end:
                out.append(space - 3)
    return out


def _span_starts(text: str) -> list[int]:
    """Where _SPAN may match: at the span, one letter before it, or "خلال"/"في" and spaces."""
    out: list[int] = []
    for at in offsets(text, _SPAN_NEEDLES):
        out += (at - 1, at)
        space = _space_before(text, at)
        if space < at:
            out += (space - 4, space - 2)
    return out


def _matches(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` gives, trying the pattern only at ``starts``: every offset
    where it can match must be among them. (No pattern here matches the empty string.)"""
    end = 0
    for at in sorted(set(starts)):
        if at >= end:
            m = pattern.match(text, at)
            if m is not None:
                yield m
                end = m.end()


def parse_published(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _year_for(month: int, day: int, pub: date | None) -> int | None:
    """The year of a day-month date without a year: the publication year, or the previous
    one when that would put the date months after publication."""
    if pub is None:
        return None
    candidate = _safe(pub.year, month, day)
    if candidate and candidate > pub + timedelta(days=31):
        return pub.year - 1
    return pub.year


def _hijri(y: int, m: int, d: int) -> date | None:
    try:
        from hijridate import Hijri

        g = Hijri(y, m, d).to_gregorian()
        return date(g.year, g.month, g.day)
    except (ValueError, OverflowError, ImportError):
        return None


def _hijri_without_year(month: int, day: int, pub: date, last_year: bool) -> date | None:
    """The Gregorian day of a Hijri day and month: in the Hijri year of publication, or the one
    before when that would put it months after publication (or when the text says "of last
    year"), as ``_year_for`` does for a Gregorian day."""
    try:
        from hijridate import Gregorian

        year = Gregorian(pub.year, pub.month, pub.day).to_hijri().year
    except (ValueError, OverflowError, ImportError):
        return None
    found = _hijri(year - 1 if last_year else year, month, day)
    if found is not None and found > pub + timedelta(days=31) and not last_year:
        found = _hijri(year - 1, month, day)
    return found


def _named_for_a_day(norm: str, start: int) -> bool:
    """"مدينة العاشر من رمضان"، "حرب العاشر من رمضان": a town or a war named for the day."""
    before = norm[max(0, start - 12) : start].split()
    return bool(before) and before[-1] in HIJRI_DAY_NAMED


AGO_MOST_DAYS = 31  # further back than a month, "قبل 40 يوما" is history, not a day to code


def _ago(m: re.Match[str]) -> tuple[int, int] | None:
    """Days back and precision of "قبل ثلاثة أيام" (3, exact), "قبل أيام" (about 3, within a
    week), "قبل أسبوعين" (14, within a week), "قبل ساعات" (the same day); None for a count that
    makes no sense for its unit ("قبل ثلاثة يوما" is no Arabic, "قبل أسبوع" needs no count)."""
    unit, n = m["u"], m["n"]
    per = AGO_UNITS[unit]
    if per == 0:
        return 0, 1
    long_ago = 3 if per > AGO_MOST_DAYS // 2 else 2  # months and years: dated only roughly
    if n in AGO_VAGUE or (n is None and unit in AGO_PLURALS):
        return (AGO_PLURAL_DAYS, 2) if per == 1 else (2 * per, long_ago)
    if n is None:
        return per, long_ago if per >= 7 else 1
    count = int(n) if n.isdigit() else _NUMBER_WORDS[n]
    if unit in AGO_COUNTLESS or count < 2:
        return None
    if count * per > AGO_MOST_DAYS:
        return count * per, 3  # "قبل 40 يوما"، "قبل ثلاثة أعوام": history, dated only roughly
    return count * per, 1 if per == 1 else 2


def find_dates(norm: str, pub: date | None) -> list[tuple[int, int, DateValue]]:
    """All date expressions in a folded text, as ``(start, end, value)``, without overlaps."""
    found: list[tuple[int, int, DateValue]] = []
    # every pattern that begins with a digit begins a run of digits: (?<!\d)
    digits = [m.start() for m in _DIGITS.finditer(norm)]
    months = offsets(norm, _MONTH_NEEDLES)
    ordinals = offsets(norm, _ORDINAL_NEEDLES)
    for m in _matches(_HIJRI, norm, digits):
        day = _hijri(int(m["y"]), HIJRI_MONTHS[" ".join(m["m"].split())], int(m["d"]))
        if day:
            found.append((m.start(), m.end(), DateValue(day, 1, False)))
    if pub is not None:
        for m in _matches(_HIJRI_NO_YEAR, norm, [*digits, *ordinals]):
            if _named_for_a_day(norm, m.start()):
                continue
            d = int(m["d"]) if m["d"] else ORDINAL_DAYS[" ".join(m["o"].split())]
            day = _hijri_without_year(HIJRI_MONTHS[" ".join(m["m"].split())], d, pub, m["q"] == "الماضي")
            if day:
                found.append((m.start(), m.end(), DateValue(day, 1, False)))
    for m in _matches(_EXPLICIT, norm, digits):
        month = MONTHS[" ".join(m["m"].split())]
        d = int(m["d"])
        y = int(m["y"]) if m["y"] else _year_for(month, d, pub)
        day = _safe(y, month, d) if y else None
        if day:
            found.append((m.start(), m.end(), DateValue(day, 1, False)))
    for m in _matches(_ORDINAL, norm, ordinals):
        month = MONTHS[" ".join(m["m"].split())]
        d = ORDINAL_DAYS[" ".join(m["o"].split())]
        y = int(m["y"]) if m["y"] else _year_for(month, d, pub)
        day = _safe(y, month, d) if y else None
        if day:
            found.append((m.start(), m.end(), DateValue(day, 1, False)))
    for m in _matches(_MONTH_YEAR, norm, months):
        day = _safe(int(m["y"]), MONTHS[" ".join(m["m"].split())], 1)
        if day:
            found.append((m.start(), m.end(), DateValue(day, 3, False)))
    if pub is not None:
        spans = Taken(len(norm), ((a, b) for a, b, _ in found))
        for m in _matches(_MONTH_ONLY, norm, months):
            if spans.overlaps(m.start(), m.end()):
                continue  # "17 يوليو (تموز) الماضي": the day date already covers it
            # "في مارس الماضي": the last such month before publication
            if m["q"] in ("الحالي", "الجاري"):
                continue  # this month: too vague to date an event by, and never background
            month = MONTHS[" ".join(m["m"].split())]
            year = pub.year - 1 if month >= pub.month else pub.year
            day = _safe(year, month, 1)
            if day:
                found.append((m.start(), m.end(), DateValue(day, 3, False)))
        for m in _matches(_MONTH_BARE, norm, months):
            if spans.overlaps(m.start(), m.end()) or not _MONTH_HEADS.search(norm[max(0, m.start() - 12) : m.start()]):
                continue
            # "في أبريل": the last such month before publication; this month is too vague to date by
            month = MONTHS[" ".join(m["m"].split())]
            if month == pub.month:
                continue
            day = _safe(pub.year - 1 if month > pub.month else pub.year, month, 1)
            if day:  # it dates the clause it is told in, not the sentences after it
                found.append((m.start(), m.end(), DateValue(day, 3, False, own_clause=True)))
        for m in _matches(_DAY_OF_THIS_MONTH, norm, digits):
            d = int(m["d"])
            # a day after publication's: the month the piece was written in, the one before
            before = (pub.year, pub.month - 1) if pub.month > 1 else (pub.year - 1, 12)
            day = _safe(pub.year, pub.month, d) if d <= pub.day else _safe(*before, d)
            if day:
                found.append((m.start(), m.end(), DateValue(day, 1, False)))
    for m in _matches(_HIJRI_NUMERIC, norm, digits):
        hy, hm, hd = (m["y"], m["m"], m["d"]) if m["y"] else (m["y1"], m["m1"], m["d1"])
        hday = _hijri(int(hy), int(hm), int(hd)) if 1 <= int(hm) <= 12 else None
        if hday:
            found.append((m.start(), m.end(), DateValue(hday, 1, False)))
    for m in _matches(_NUMERIC, norm, digits):
        if m["y1"]:
            day = _safe(int(m["y1"]), int(m["m1"]), int(m["d1"]))
        else:
            day = _safe(int(m["y2"]), int(m["m2"]), int(m["d2"]))
        if day:
            found.append((m.start(), m.end(), DateValue(day, 1, False)))
    if pub is not None:
        for m in _matches(_RELATIVE, norm, (at + d for at in offsets(norm, _RELATIVE_NEEDLES) for d in (-1, 0))):
            back = RELATIVE[" ".join(m["r"].split())]
            end = m.end()
            later = _DAY_BEFORE.match(norm, end) if back == 1 and m["r"].endswith(YESTERDAY) else None
            if later is not None:
                back, end = 2, later.end()  # "مساء أمس الأول": the day before yesterday
            found.append((m.start("r"), end, DateValue(pub - timedelta(days=back), 1, True)))
        for m in _matches(_WEEKDAY_RE, norm, _weekday_starts(norm)):
            target = _WD_BY_STEM[m["w"]]
            back = (pub.weekday() - target) % 7
            if back == 0 and m["past"]:
                back = 7
            if m["before"] and m["past"]:
                back += 7  # "السبت قبل الماضي": the one a week before the last
            found.append((m.start(), m.end(), DateValue(pub - timedelta(days=back), 1, True)))
        for m in _matches(_AGO, norm, (at + d for at in offsets(norm, (AGO,)) for d in (-1, 0))):
            ago = _ago(m)
            if ago is not None:
                found.append((m.start(), m.end(), DateValue(pub - timedelta(days=ago[0]), ago[1], True, own_clause=True)))
        for m in _matches(_SPAN, norm, _span_starts(norm)):
            back, precision = SPANS[" ".join(m["s"].split())]
            found.append((m.start("s"), m.end(), DateValue(pub - timedelta(days=back), precision, True)))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out: list[tuple[int, int, DateValue]] = []
    for item in found:
        if out and item[0] < out[-1][1]:
            # overlapping: "أمس الاثنين" keeps both words; prefer the explicit/longer one
            prev = out[-1]
            if item[1] - item[0] > prev[1] - prev[0] and not item[2].relative:
                out[-1] = item
            continue
        out.append(item)
    return _corrected(norm, _weekdays_with_dates(norm, out), pub)


def _weekdays_with_dates(norm: str, found: list[tuple[int, int, DateValue]]) -> list[tuple[int, int, DateValue]]:
    """"يوم الخميس 15 ديسمبر": a weekday followed at once by a date that falls on it is that
    date (not the last such weekday before publication), one mention over both; a relative day
    followed at once by a weekday ("اليوم السبت") is the weekday's day, one mention over both."""
    out: list[tuple[int, int, DateValue]] = []
    i = 0
    while i < len(found):
        start, end, value = found[i]
        if value.relative and i + 1 < len(found):
            n_start, n_end, n_value = found[i + 1]
            weekday = _WEEKDAY_RE.match(norm, start)
            if (weekday is not None and weekday.end() == end and not n_value.relative and n_value.precision == 1
                    and not norm[end:n_start].strip(" ،,") and n_value.day.weekday() == _WD_BY_STEM[weekday["w"]]):
                out.append((start, n_end, n_value))
                i += 2
                continue
            if (weekday is None and _RELATIVE.match(norm, start) is not None and not norm[end:n_start].strip(" ،,")
                    and (named := _WEEKDAY_RE.match(norm, n_start)) is not None and named.end() == n_end
                    and not named["past"] and not named["before"] and n_value.relative
                    and 0 <= (value.day - n_value.day).days < 7):
                # "اليوم السبت"، "أمس الجمعة": the weekday names the day; the relative word counts
                # from the day the report was written, which may be the day before the paper's date
                out.append((start, n_end, n_value))
                i += 2
                continue
        out.append(found[i])
        i += 1
    return out


_BRACKETED = re.compile(rf"\s*\(\s*(?P<r>{_alt(list(RELATIVE))})\s*\)")


def _corrected(norm: str, found: list[tuple[int, int, DateValue]], pub: date | None) -> list[tuple[int, int, DateValue]]:
    """"اختطفت اليوم (أمس)": a relative day quoted as said, and the paper's own in brackets
    after it, counted from the day it went to print: the bracketed one dates the event."""
    if pub is None:
        return found
    out: list[tuple[int, int, DateValue]] = []
    for start, end, value in found:
        m = _BRACKETED.match(norm, end) if value.relative else None
        if m is not None:
            back = RELATIVE[" ".join(m["r"].split())]
            end, value = m.end(), DateValue(pub - timedelta(days=back), 1, True)
        out.append((start, end, value))
    return out


def run(doc: Document) -> None:
    pub = parse_published(doc.published)
    names = [(m.start, m.end) for m in doc.of("actor")]
    for start, end, value in find_dates(doc.norm, pub):
        if any(s <= start and end <= e for s, e in names):
            continue  # "متمردو حركة 23 مارس": a day in a group's name dates nothing
        tok = doc.token_at(start)
        sentence = doc.tokens[tok].sentence if tok < len(doc.tokens) else len(doc.sentences) - 1
        doc.add(Mention("date", start, end, sentence, value, tok, doc.token_at(end)))
