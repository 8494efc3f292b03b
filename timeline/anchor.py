"""Segment -> Anchor: the date each segment was written, in order of trust.

manifest / record ``published`` > ``--published`` > a date the segment states about itself (byline, dateline,
post header, "Published ...", HTML metadata) > inferred from its content or its neighbours > none.

Relative expressions are only as good as the date they are resolved against, so each anchor carries where it
came from (``Anchor.source``), how far to trust it (``confidence``), how precise it is (``granularity``) and
the text that gave it (``evidence``). Confidence is calibrated against the tbaq dev set
(``timeline evaluate CORPUS --infer-dates``): 0.9 and above means "right within 3 days"; inferred dates stay
below that unless several cues agree. An unknown anchor is stated as such and never guessed from today.

Header dates are found with a small table of line patterns and parsed with dateparser (which knows month
names in many languages); content dates come from the project's own temporal tagger, run without an anchor
so that only what the text pins down itself is used.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, replace

from .model import NO_ANCHOR, Anchor, Document, Segment
from .segment import Line, lines_of

# ------------------------------------------------------------------------------------------------ tables

#: Lines that state when the text under (or around) them was written:
#: (name, pattern with a ``date`` group, anchor source, confidence, example).
HEADER_PATTERNS: tuple[tuple[str, str, str, float, str], ...] = (
    ("date-by", r"(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})\s+[Bb]y\b.*", "byline", 0.95,
     "October 20, 2016 By"),
    ("by-name-date", r"[Bb]y\s+[^-–—|\n]{2,60}?\s*[-–—|,]\s*(?P<date>.{6,40}?\d{4}).*", "byline", 0.95,
     "By Mazen Eyon - 27 January, 2020"),
    ("published", r"(?:Published|Posted|Updated|Last updated|First published|Date)(?:\s+(?:time|on|at))?\s*:?\s*"
                  r"(?P<date>.{0,40}?\d{4}(?:-\d\d-\d\d)?)(?:\b.*)?", "header", 0.9, "Published time: 20 Oct, 2016 14:32"),
    ("date-time", r"(?:.{0,40}?\s[-–—|]\s*)?(?P<date>\d{1,2}[./]\d{1,2}[./]\d{4})(?:,?\s*[-–—|,]?\s*\d{1,2}:\s?\d{2}.*)?",
     "header", 0.9, "29.12.2019 - 23:49"),
    ("dateline", r"(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})\s*[-–—]\s+\S.*", "header", 0.8,
     "November 29, 2019 - Leaks from the OPCW"),
    ("date-line", r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?"
                  r"\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2})"
                  r"(?:\s*(?:[-–—|/•·,]|\d{1,2}:\d{2})\s*.{0,40})?", "header", 0.9, "21 December 2019"),
)

_HEADERS = [(name, re.compile(rf"(?:{pattern})\s*$"), source, conf) for name, pattern, source, conf, _ in HEADER_PATTERNS]

#: Confidence of dates that do not come from the segment's own header.
CONFIDENCE = {
    "manifest": 1.0,
    "option": 1.0,
    "html-meta": 0.85,
    "inferred-pin-day": 0.7,  # a dated event and "yesterday"/"two days ago" about it
    "inferred-pin": 0.55,  # a dated event and "two weeks ago" about it
    "inferred-day": 0.6,  # a past date in the text and the weekday cues agree on the day
    "inferred-week": 0.4,  # a past date in the text, no cue to pin the day
    "inferred-month": 0.3,
    "inferred-year": 0.2,
    "neighbour": 0.35,  # a post or comment block dated by the posts around it
    "repeat": 0.5,  # a quote: dated like the block it repeats
    "batch": 0.1,  # nothing in the document: the period most documents of the batch were written in
}


# ------------------------------------------------------------------------------------------------ headers


def parse_date(text: str) -> dt.date | None:
    """A full calendar date (day, month and year all written) or None: never a relative one, never today."""
    text = text.strip().rstrip(".,")
    if not re.search(r"\d{4}", text):
        return None
    numeric = re.fullmatch(r"(\d{1,2})[./](\d{1,2})[./](\d{4})", text)
    if numeric:  # 29.12.2019 is day-first; 12/29/2019 month-first when the first number cannot be a month
        a, b, year = (int(g) for g in numeric.groups())
        day, month = (a, b) if "." in text or a > 12 else (b, a)
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    import dateparser

    parsed = dateparser.parse(text, languages=["en", "ru", "de", "fr", "es", "it"], settings={
        "REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False,
        "RELATIVE_BASE": dt.datetime(2000, 1, 1), "PREFER_DATES_FROM": "past", "DATE_ORDER": "DMY"})
    return parsed.date() if parsed else None


@dataclass(frozen=True)
class Stated:
    date: dt.date
    source: str
    confidence: float
    evidence: str
    rule: str
    offset: int


def header_date(line: str) -> tuple[dt.date, str, str, float] | None:
    """(date, rule, source, confidence) when ``line`` is a header stating a date, else None."""
    s = line.strip()
    for name, pattern, source, conf in _HEADERS:
        if len(s) > 100 and name != "dateline":
            continue  # a paragraph states a date only by opening with it: "November 29, 2019 - Leaks ..."
        match = pattern.match(s)
        if match and (day := parse_date(match.group("date"))):
            return day, name, source, conf
    return None


def stated_dates(text: str, seg: Segment) -> list[Stated]:
    """Dates the segment states about itself. An article states it in its header zone (the lines above the
    first paragraph, and the first few lines); a post may state it on any line of its own (forum software
    puts the date above or below the message, and a post often opens by pasting a dated news item)."""
    lines = lines_of(text[seg.start:seg.end])
    if seg.kind in ("post", "quote"):
        zone = lines
    else:
        first_long = next((n for n, ln in enumerate(lines) if ln.long), len(lines))
        zone = lines[:max(first_long, 3)][:8]
    found = []
    for ln in zone:
        hit = header_date(ln.text)
        if hit:
            day, rule, source, conf = hit
            found.append(Stated(day, source, conf, ln.text.strip(), rule, seg.start + ln.start))
    return found


# ------------------------------------------------------------------------------------------------ content


@dataclass(frozen=True)
class Cue:
    """One temporal expression that tells something about when the text was written."""

    value: str
    text: str
    tense: str | None  # past / present / future / None
    offset: int
    #: days from this date to the writing date, when a relative expression about the same event says so
    #: ("over two weeks ago, on Tuesday 18 October" -> 14)
    ago: int | None = None
    #: the writing year this cue implies by itself ("in 1988, last year" -> 1989)
    writes: int | None = None


@dataclass(frozen=True)
class Inference:
    date: dt.date
    granularity: str
    confidence: float
    evidence: str


_WEEKDAY = re.compile(r"^XXXX-WXX-([1-7])")
_MONTH_DAY = re.compile(r"^XXXX-(\d\d)-(\d\d)")
_MONTH = re.compile(r"^XXXX-(\d\d)$")
_SAME_DAY = re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b", re.IGNORECASE)
_DAY_BEFORE = re.compile(r"\b(?:yesterday|last night)\b", re.IGNORECASE)

#: Words right before a date that make it lie ahead whatever the verb's tense ("notes due Oct. 15, 1999",
#: "expires March 31", "until May"): (name, pattern matching the end of the text before the date, example).
FORWARD_PATTERNS: tuple[tuple[str, str, str], ...] = (
    ("maturity", r"\b(?:due|matur(?:e|es|ing|ity)|expir(?:e|es|ing|ation)|redeemable|payable|callable)"
                 r"(?:\s+(?:on|in|by|at|from))?\s+(?:\w+\s+){0,1}$", "notes due Oct. 15, 1999"),
    ("until", r"\b(?:until|till|pending|ahead of)\s+(?:the\s+)?$", "until May"),
    ("scheduled", r"\b(?:scheduled|slated|set|planned|expected|due)\s+(?:for|on)\s+$", "scheduled for Nov. 9"),
    ("next", r"\b(?:next|coming|upcoming)\s+$", "next Tuesday"),
)
_FORWARD = [re.compile(pattern, re.IGNORECASE) for _, pattern, _ in FORWARD_PATTERNS]

#: Relative expressions that say how long before the writing date something happened: "two weeks ago".
_AGO = re.compile(r"(?:(?P<least>over|more than|at least|some|about|nearly|almost|around)\s+)?(?:(?P<n>\d+|an?|one|two|"
                  r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of|a few|several)\s+)?"
                  r"(?P<unit>day|week|month|year)s?\s+(?:ago|earlier|before)\b", re.IGNORECASE)
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a couple of": 2, "a few": 3, "several": 3}
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
#: "last year" / "this year" / "next year" / "a year earlier" next to a written year: the writing year.
_YEAR_WORD = re.compile(r"^(?:(?P<last>last year|a year (?:ago|earlier)|the (?:previous|prior) year)|(?P<this>this year|"
                        r"the current year)|(?P<next>next year|the coming year))$", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?;][\"'”’)\]]*\s|\n\s*\n")


def ago_days(text: str) -> tuple[int, bool] | None:
    """(days, at_least) of an "N units ago" expression, or None: "over two weeks ago" -> (14, True)."""
    m = _AGO.search(text)
    if not m:
        return None
    n = m.group("n")
    count = int(n) if n and n.isdigit() else _NUMBERS.get((n or "a").lower(), 1)
    return count * _UNIT_DAYS[m.group("unit").lower()], bool(m.group("least"))


def _same_clause(text: str, a: int, b: int, limit: int = 90) -> bool:
    lo, hi = min(a, b), max(a, b)
    return hi - lo <= limit and not _SENTENCE_BREAK.search(text, lo, hi)


def _apposed(text: str, a: Cue, b: Cue) -> bool:
    """Whether two expressions name the same time side by side: "in 1988, last year", "last year (1988)"."""
    first, second = (a, b) if a.offset < b.offset else (b, a)
    return bool(re.fullmatch(r"[\s,(\[–—-]*", text[first.offset + len(first.text):second.offset]))


def content_cues(text: str, start: int, end: int) -> list[Cue]:
    """The tagger's mentions (resolved against nothing) with the tense of the verb that governs each,
    corrected by the words around them (a date "due" or "until" lies ahead; one "two weeks ago" lies
    behind), and with what relative expressions next to them say about the writing date."""
    from .temporal import tag
    from .temporal.tense import tenses

    mentions = [m for m in tag(text, None, start=start, end=end) if m.type in ("DATE", "TIME")]
    wanted = [m for m in mentions if re.match(r"^(?:\d{4}|XXXX-(?:\d\d|WXX-\d))", m.value)
              or _SAME_DAY.search(m.text) or _DAY_BEFORE.search(m.text) or ago_days(m.text)
              or _YEAR_WORD.match(m.text.strip())]
    # cut sentences inside the segment, as the tagger and the events stage do, so the parses are shared
    found = tenses(text, [(m.start, m.end) for m in wanted], start, end)
    cues = []
    for m, tense in zip(wanted, found):
        before = text[max(start, m.start - 40):m.start]
        if any(p.search(before) for p in _FORWARD) or re.match(r"(?:next|coming)\b", m.text, re.IGNORECASE):
            tense = "future"
        elif re.match(r"(?:last|previous|past)\b", m.text, re.IGNORECASE) or ago_days(m.text):
            tense = "past"
        cues.append(Cue(m.value, m.text, tense, m.start))
    return _relate(text, cues)


def _relate(text: str, cues: list[Cue]) -> list[Cue]:
    """Pair each relative expression with the dated one it speaks of in the same clause: "over two weeks
    ago, on Tuesday 18 October" dates the writing two weeks after 18 October; "in 1988, last year" says
    the text was written in 1989."""
    out = list(cues)
    for n, cue in enumerate(cues):
        ago = ago_days(cue.text)
        word = _YEAR_WORD.match(cue.text.strip())
        if not (ago or word):
            continue
        if ago:  # the nearest date with a month and day
            pattern = re.compile(r"^(?:\d{4}|XXXX)-\d\d-\d\d")
        else:  # the nearest written year
            pattern = re.compile(r"^\d{4}(?:$|-)")
        near = [(abs(c.offset - cue.offset), k) for k, c in enumerate(cues)
                if k != n and pattern.match(c.value) and _same_clause(text, c.offset, cue.offset, 90)
                and (ago or _apposed(text, c, cue))]
        if not near:
            continue
        _, k = min(near)
        if ago:
            out[k] = replace(out[k], ago=ago[0], tense="past")
        else:
            delta = 1 if word.group("last") else 0 if word.group("this") else -1
            out[k] = replace(out[k], writes=int(cues[k].value[:4]) + delta)
    return out


def _year_of(value: str) -> int | None:
    match = re.match(r"^(\d{4})(?:$|-)", value)
    return int(match.group(1)) if match else None


#: Marks an inferred anchor whose year is a guess from the years the text reports or announces; the batch
#: step may replace such a year, and nothing else it finds.
YEAR_GUESSED = "[year guessed]"

_WEEKDAY_NAME = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
_WEEKDAY_NUMBER = {"mon": 1, "tues": 2, "wednes": 3, "thurs": 4, "fri": 5, "satur": 6, "sun": 7}


@dataclass(frozen=True)
class YearBounds:
    """What the text says about its own year: on/after ``lower`` (the latest year it reports), up to
    ``upper`` (the earliest it announces)."""

    lower: int | None = None
    upper: int | None = None

    def allows(self, year: int) -> bool:
        return (self.lower is None or year >= self.lower) and (self.upper is None or year <= self.upper)


_FISCAL = re.compile(r"\bfiscal\b", re.IGNORECASE)


def year_bounds(cues: list[Cue]) -> YearBounds:
    from .temporal.timex import interval

    past, future = [], []
    for cue in cues:
        iv = interval(cue.value)
        if not iv or iv[2] in ("decade", "century"):
            continue
        year = int(iv[0][:4])
        if _FISCAL.search(cue.text):  # "fiscal 1990" runs into the next calendar year: reported in 1989 too
            past.append(year - 1)
            future.append(year)
        elif cue.tense == "past" or (cue.tense is None and iv[2] in ("day", "time", "month")):
            past.append(year)
        elif cue.tense == "future":
            future.append(int(iv[1][:4]) - 1 if iv[2] == "year" else year)
    lower = max(past, default=None)
    upper = min((y for y in future if lower is None or y >= lower), default=None)
    return YearBounds(lower, upper)


def _weekday_years(cues: list[Cue], near: int, bounds: YearBounds) -> list[int]:
    """Years in which a written "Friday, Oct. 13" falls on that weekday, nearest to ``near`` first."""
    found: Counter = Counter()
    for cue in cues:
        m = _MONTH_DAY.match(cue.value)
        w = _WEEKDAY_NAME.search(cue.text)
        if not (m and w):
            continue
        month, day, weekday = int(m.group(1)), int(m.group(2)), _WEEKDAY_NUMBER[w.group(1).lower()]
        for year in range(near - 12, near + 13):
            try:
                if dt.date(year, month, day).isoweekday() == weekday and bounds.allows(year):
                    found[year] += 1
            except ValueError:
                break
    return sorted(found, key=lambda y: (-found[y], abs(y - near), y))


def _later_month_days(cues: list[Cue], year: int) -> bool:
    """Whether the text reports month-days (no year) after its latest full date of ``year``: then they are
    read in that same year ("on October 14, 2016 ... on Oct. 18"), not in a later one."""
    from .temporal.timex import interval

    latest = None
    for cue in cues:
        iv = interval(cue.value)
        if iv and iv[2] in ("day", "time") and int(iv[0][:4]) == year and cue.tense in ("past", None):
            day = dt.date.fromisoformat(iv[0][:10])
            latest = day if latest is None or day > latest else latest
    if latest is None:
        return False
    return any((m := _MONTH_DAY.match(c.value)) and c.tense == "past"
               and (int(m.group(1)), int(m.group(2))) > (latest.month, latest.day) for c in cues)


def _written_year(cues: list[Cue]) -> int | None:
    """The writing year the text states through "last year"/"this year" next to a year, by majority."""
    votes = Counter(c.writes for c in cues if c.writes is not None)
    return min(votes, key=lambda y: (-votes[y], -y)) if votes else None


def infer(cues: list[Cue], year_hint: int | None = None, lower: dt.date | None = None,
          upper: dt.date | None = None, *, year_weight: float = 1.0) -> Inference | None:
    """The writing date the cues support, or None.

    A news text is written on or after the latest date it reports in the past tense, and before the
    earliest it announces in the future tense; it usually reports events of the last day or two, named by
    weekday ("said on Friday"). News style writes dates of the current year without the year ("on Oct.
    13"), so the year comes first — from ``year_hint`` (the other segments of the document, or the batch),
    from "last year"/"this year" next to a written year ("in 1988, last year"), from a written
    weekday-and-date ("Friday, Oct. 13" fixes the year), or from the years the text reports and announces
    (weak: a text reporting 1996 may be from any later year) — and then month-days are placed in it. A
    relative expression about a dated event ("over two weeks ago, on Tuesday 18 October") pins the writing
    date itself and outranks a lone past-tense date after it. ``year_weight`` scales the confidence when
    the year itself is a guess.
    """
    from .temporal.timex import interval

    bounds = year_bounds(cues)
    if lower is not None:
        bounds = YearBounds(max(bounds.lower or lower.year, lower.year), bounds.upper)
    if upper is not None and (bounds.upper is None or upper.year < bounds.upper):
        bounds = YearBounds(bounds.lower, upper.year)
    weight = year_weight
    written = _written_year(cues)
    if lower is not None and bounds.allows(lower.year) and (upper is None or upper.year == lower.year):
        year, year_evidence = lower.year, "the dates around it"
    elif year_hint is not None and bounds.allows(year_hint):
        year, year_evidence = year_hint, f"year {year_hint} of the dates around it"
    elif pinned_full := [c for c in cues if c.ago is not None and re.match(r"^\d{4}-\d\d-\d\d", c.value)]:
        cue = max(pinned_full, key=lambda c: (c.value, c.offset))
        year = (dt.date.fromisoformat(cue.value[:10]) + dt.timedelta(cue.ago)).year
        year_evidence = f"{cue.text!r} is written in full"
    elif written is not None:
        cue = next(c for c in cues if c.writes == written)
        year, year_evidence = written, f"{cue.text!r} with 'last/this/next year' says {written}"
    else:
        own = bounds.lower if bounds.lower is not None else (bounds.upper if bounds.upper is not None else None)
        pinned = _weekday_years(cues, own, bounds) if own is not None else []
        if pinned:
            year, year_evidence = pinned[0], "weekday and date agree on " + str(pinned[0])
        elif bounds.lower is not None and bounds.upper is not None:
            year = min(max(bounds.lower + 1, bounds.upper - 1), bounds.upper) if bounds.upper > bounds.lower else bounds.lower
            year_evidence = f"reports {bounds.lower}, announces {bounds.upper}"
            weight *= 0.5
        elif bounds.upper is not None:
            year, year_evidence = bounds.upper - 1, f"announces {bounds.upper}"
            weight *= 0.3
        elif bounds.lower is not None and _later_month_days(cues, bounds.lower):
            year, year_evidence = bounds.lower, f"reports {bounds.lower}, then later dates"
            weight *= 0.5
        elif bounds.lower is not None:
            year, year_evidence = bounds.lower + 1, f"reports {bounds.lower}"
            weight *= 0.3
        else:
            return None

    lo: dt.date | None = lower
    lo_text = f"after {lower.isoformat()}" if lower else ""
    own = False  # whether the text itself (not the bounds given) set the lower bound
    hi: dt.date | None = upper
    weekdays: list[tuple[int, Cue]] = []
    months: list[int] = []
    pins: list[tuple[dt.date, Cue]] = []
    same_day = day_before = 0
    for cue in cues:
        iv = interval(cue.value)
        day = None
        if iv and iv[2] in ("day", "time"):
            day = dt.date.fromisoformat(iv[0][:10])
            if day.year != year and not (cue.ago is not None and (day + dt.timedelta(cue.ago)).year == year):
                continue  # a date written with its year, in another year: background, or a bound only
        elif iv and iv[2] == "month" and cue.tense in ("past", None) and int(iv[0][:4]) == year:
            months.append(int(iv[0][5:7]))
            continue
        elif m := _MONTH_DAY.match(cue.value):
            try:
                day = dt.date(year, int(m.group(1)), int(m.group(2)))
            except ValueError:
                continue
            if cue.ago is not None and day + dt.timedelta(cue.ago) > dt.date(year, 12, 31) + dt.timedelta(7):
                try:  # "two weeks ago, on 28 December" written in January: the date is in the year before
                    day = day.replace(year=year - 1)
                except ValueError:
                    continue
        elif m := _MONTH.match(cue.value):
            if cue.tense in ("past", None):
                months.append(int(m.group(1)))
            continue
        elif m := _WEEKDAY.match(cue.value):
            if cue.tense in ("past", None):
                weekdays.append((int(m.group(1)), cue))
            continue
        else:
            if _SAME_DAY.search(cue.text):
                same_day += 1
            elif _DAY_BEFORE.search(cue.text):
                day_before += 1
            continue
        if cue.ago is not None:
            pins.append((day + dt.timedelta(cue.ago), cue))
            continue
        if cue.tense is None:
            continue  # a date in a title or a list ("Monday, Oct. 26"): could be either side
        if cue.tense in ("future", "present"):
            if (hi is None or day < hi) and (lo is None or day > lo):
                hi = day
        elif lo is None or day > lo:
            lo, lo_text, own = day, f"after {cue.text!r}", True
    if pins:
        return _pinned(pins, lo, hi, lower, weekdays, weight, year_weight, year_hint, year_evidence)
    if hi is not None and lo is not None and hi <= lo:
        hi = None  # contradictory cues: keep the past ones
    if lo is not None and not own and not weekdays:
        near = hi is not None and (hi - lo).days <= 8
        return Inference(lo, "week" if near else "month", round(CONFIDENCE["neighbour"] * weight, 3),
                         lo_text + (f", before {hi.isoformat()}" if hi else ""))
    if lo is not None:
        day, granularity, confidence = _day_from_cues(lo, hi, weekdays, same_day, day_before)
        evidence = lo_text + (f", before {hi.isoformat()}" if hi else "")
        if granularity == "day" and weekdays:
            evidence += f", {weekdays[0][1].text!r}"
        elif not weekdays and hi is not None and 8 < (hi - lo).days <= 45:
            # between a past date and an announced one: news announces what is a week or two ahead
            day, granularity = max(lo, hi - dt.timedelta(days=7)), "month"
            confidence = min(confidence, CONFIDENCE["inferred-month"])
            evidence += ", a week before it"
        if year_hint is None or weight < year_weight:
            evidence += f" ({year_evidence})"
        if weight < year_weight:
            evidence += " " + YEAR_GUESSED
        return Inference(day, granularity, round(confidence * weight, 3), evidence)
    if months:
        day = dt.date(year, max(months), 15)
        if hi is not None and day >= hi:
            day = hi - dt.timedelta(days=1)
        return Inference(day, "month", round(CONFIDENCE["inferred-month"] * weight, 3),
                         f"reports {dt.date(year, max(months), 1):%B} ({year_evidence})"
                         + (" " + YEAR_GUESSED if weight < year_weight else ""))
    day = dt.date(year, 7, 1)
    if hi is not None and day >= hi:
        day = hi - dt.timedelta(days=1)
    return Inference(day, "year", round(CONFIDENCE["inferred-year"] * weight, 3),
                     year_evidence + (" " + YEAR_GUESSED if weight < year_weight else ""))


def _pinned(pins: list[tuple[dt.date, Cue]], lo: dt.date | None, hi: dt.date | None, lower: dt.date | None,
            weekdays: list[tuple[int, Cue]], weight: float, year_weight: float, year_hint: int | None,
            year_evidence: str) -> Inference:
    """The writing date a dated event and its "N units ago" give. The latest pin wins (the text was written
    after all of them); a lone past-tense date later than it is less trustworthy than the pair (a tense
    misread, an event named by its date before it happened) and only moves it when it is close to it (a
    quarter of the interval: "two weeks ago" is 14 +/- 3 days)."""
    day, cue = max(pins, key=lambda p: (p[0], p[1].offset))
    if lower is not None and day < lower:
        day = lower
    granularity = "day" if cue.ago <= 2 else "week" if cue.ago <= 31 else "month"
    confidence = {"day": CONFIDENCE["inferred-pin-day"], "week": CONFIDENCE["inferred-pin"],
                  "month": CONFIDENCE["inferred-month"]}[granularity]
    evidence = f"{cue.text!r} is {cue.ago} days before"
    if lo is not None and day < lo <= day + dt.timedelta(days=max(1, cue.ago // 4)):
        day, evidence = lo, evidence + f", after a later date it reports ({lo.isoformat()})"
    if granularity == "week" and weekdays:  # a weekday it names as past, in the week the pin points at
        counts = Counter(w for w, _ in weekdays)
        top = counts.most_common(1)[0][0]
        for step in range(0, 4):
            if (day + dt.timedelta(step)).isoweekday() == top and (hi is None or day + dt.timedelta(step) < hi):
                day, evidence = day + dt.timedelta(step), evidence + f", {weekdays[0][1].text!r}"
                break
    if year_hint is None or weight < year_weight:
        evidence += f" ({year_evidence})"
    if weight < year_weight:
        evidence += " " + YEAR_GUESSED
    return Inference(day, granularity, round(confidence * weight, 3), evidence)


def _day_from_cues(lo: dt.date, hi: dt.date | None, weekdays: list[tuple[int, Cue]], same_day: int,
                   day_before: int) -> tuple[dt.date, str, float]:
    """The day on/after ``lo`` (and before ``hi``) the weekday cues point at: news names recent days by
    weekday, and the most named weekday is usually the day of writing or the one before. Only a future date
    within the week after ``lo`` makes that a day rather than a week."""
    if not weekdays:
        return lo, "week", CONFIDENCE["inferred-week"]
    counts = Counter(w for w, _ in weekdays)
    top, _ = counts.most_common(1)[0]
    for step in range(7):
        day = lo + dt.timedelta(days=step)
        if hi is not None and day >= hi:
            break
        if day.isoweekday() == top:
            if step <= 1 and hi is not None and (hi - lo).days <= 8:
                return day, "day", CONFIDENCE["inferred-day"]
            # "on Saturday" after a reported Friday the 14th may be the 15th or the 22nd: a week, not a day
            return day, "week", CONFIDENCE["inferred-week"]
    return lo, "week", CONFIDENCE["inferred-week"]


# ------------------------------------------------------------------------------------------------ anchoring


def anchor_segments(doc: Document, segments: tuple[Segment, ...], option: dt.date | None = None, *,
                    infer_content: bool = True, cues: dict[int, list[Cue]] | None = None) -> tuple[Segment, ...]:
    """Each segment with its anchor. ``infer_content=False`` stops at stated dates (faster; no tagger);
    ``cues``, when given, receives the content cues read per segment index (for the batch step)."""
    if doc.published is not None:
        anchor = Anchor(doc.published, "manifest", 1.0, "day", "manifest published")
        return tuple(replace(s, anchor=anchor) for s in segments)
    if option is not None:
        anchor = Anchor(option, "option", 1.0, "day", "--published")
        return tuple(replace(s, anchor=anchor) for s in segments)
    anchors: list[Anchor | None] = [None] * len(segments)
    stated: list[list[Stated]] = [stated_dates(doc.text, s) if s.kind != "navigation" else [] for s in segments]
    for n, seg in enumerate(segments):
        if not stated[n]:
            continue
        # an article's date is its first header; a post is written on or after every date it states
        best = max(stated[n], key=lambda s: s.date) if seg.kind == "post" else stated[n][0]
        anchors[n] = Anchor(best.date, best.source, best.confidence, "day", best.evidence)
    thread = any(s.kind == "post" for s in segments)
    if thread:
        _keep_thread_order(segments, anchors)
    if doc.meta_published is not None:
        for n, seg in enumerate(segments):
            if anchors[n] is None and seg.kind == "article":
                anchors[n] = Anchor(doc.meta_published, "html-meta", CONFIDENCE["html-meta"], "day",
                                    "HTML metadata (htmldate)")
    for n, seg in enumerate(segments):
        if anchors[n] is None and seg.repeat_of is not None and anchors[seg.repeat_of] is not None:
            source = anchors[seg.repeat_of]
            anchors[n] = Anchor(source.date, "inferred", min(source.confidence, CONFIDENCE["repeat"]),
                                source.granularity, f"repeats segment {seg.repeat_of}")
    if infer_content:
        _infer_rest(doc, segments, anchors, thread, cues if cues is not None else {})
    _from_neighbours(segments, anchors, thread)
    return tuple(replace(s, anchor=a or NO_ANCHOR) for s, a in zip(segments, anchors))


def _keep_thread_order(segments: tuple[Segment, ...], anchors: list[Anchor | None]) -> None:
    """Posts of a thread are in writing order: a post stating a date older than an earlier post's quotes an
    older item (a video's upload date, a pasted article) and is dated by its neighbours instead."""
    latest: dt.date | None = None
    for n, seg in enumerate(segments):
        a = anchors[n]
        if a is None or a.date is None:
            continue
        if latest is not None and a.date < latest and seg.kind == "post":
            anchors[n] = None
            continue
        if seg.kind != "article":  # news pasted into a post keeps its own, older date and bounds nothing
            latest = a.date if latest is None else max(latest, a.date)


def _infer_rest(doc: Document, segments: tuple[Segment, ...], anchors: list[Anchor | None], thread: bool,
                cache: dict[int, list[Cue]]) -> None:
    known_years = Counter(a.date.year for a in anchors if a is not None and a.date is not None)
    hint = known_years.most_common(1)[0][0] if known_years else None
    for n, seg in enumerate(segments):
        if anchors[n] is not None or seg.kind in ("navigation", "comments", "quote"):
            continue
        lower = upper = None
        if thread:  # a post lies between the posts around it (not the news pasted into them)
            posts = [a if segments[k].kind != "article" else None for k, a in enumerate(anchors)]
            lower = max((a.date for a in posts[:n] if a is not None and a.date), default=None)
            upper = next((a.date for a in posts[n + 1:] if a is not None and a.date), None)
            upper = upper + dt.timedelta(days=1) if upper else None
        cache[n] = content_cues(doc.text, seg.start, seg.end)
        found = infer(cache[n], hint, lower, upper)
        if found is None:
            continue
        if thread and (lower or upper) and found.granularity not in ("day", "week"):
            continue  # the posts around it say more than a year or a month guessed from its content
        anchors[n] = Anchor(found.date, "inferred", found.confidence, found.granularity, found.evidence)
    _near_other_articles(segments, anchors, thread)


def _near_other_articles(segments: tuple[Segment, ...], anchors: list[Anchor | None], thread: bool) -> None:
    """Articles collected in one file are about one story and from one stretch of time: one whose content
    gives only a year (or nothing) takes the middle date of the file's other articles, when that year
    agrees, at low confidence and month granularity."""
    if thread:
        return
    dated = sorted(a.date for a in anchors if a is not None and a.date and a.granularity in ("day", "week"))
    if not dated or dated[-1] - dated[0] > dt.timedelta(days=62):
        return
    middle = dated[len(dated) // 2]
    for n, seg in enumerate(segments):
        a = anchors[n]
        if seg.kind != "article" or (a is not None and (a.granularity != "year" or a.date.year != middle.year)):
            continue
        anchors[n] = Anchor(middle, "inferred", CONFIDENCE["inferred-month"], "month",
                            f"near the file's other articles ({dated[0].isoformat()} to {dated[-1].isoformat()})")


def _from_neighbours(segments: tuple[Segment, ...], anchors: list[Anchor | None], thread: bool) -> None:
    """Posts, comment blocks and quotes without a date of their own: on or after the segment before them
    (a reply follows what it answers), and before the next dated one."""
    for n, seg in enumerate(segments):
        if anchors[n] is not None or seg.kind == "navigation":
            continue
        if not thread and seg.kind not in ("comments", "quote"):
            continue
        # in a thread, news pasted into a post has its own older date: it places no post
        usable = [a if not (thread and segments[k].kind == "article") else None for k, a in enumerate(anchors)]
        before = next(((k, a) for k in range(n - 1, -1, -1) if (a := usable[k]) is not None and a.date), None)
        after = next(((k, a) for k in range(n + 1, len(segments)) if (a := usable[k]) is not None and a.date), None)
        if before is None and after is None:
            continue
        if before is not None:
            k, a = before
            gap = (after[1].date - a.date).days if after else None
            granularity = "week" if gap is not None and gap <= 7 else "month"
            evidence = f"after segment {k} ({a.date.isoformat()})"
            if after:
                evidence += f", before segment {after[0]} ({after[1].date.isoformat()})"
            anchors[n] = Anchor(a.date, "inferred", min(a.confidence, CONFIDENCE["neighbour"]), granularity, evidence)
        else:
            k, a = after
            anchors[n] = Anchor(a.date, "inferred", min(a.confidence, CONFIDENCE["neighbour"]) / 2, "month",
                                f"before segment {k} ({a.date.isoformat()})")


# ------------------------------------------------------------------------------------------------ batches
#
# The one step that looks across documents. Each document is first anchored on its own; what the batch
# needs of it is kept as a small ``Evidence`` (its anchored segments, the content cues of the segments
# whose year is unknown or guessed, and a fingerprint of its words), so a pre-pass over a large corpus
# holds one small record per document and never the texts. ``date_batch`` then dates the documents whose
# own text gives no year by the documents most like them in content.

#: Words that say nothing about what a text is about (with month and weekday names, which every text has).
STOPWORDS = frozenset("""
about above after again against also among another because been before being below between both cannot could
does doing down during each even every from further have having here hers herself himself however into itself
just many more most much must myself never only other ought ours over same should some such than that their
theirs them themselves then there these they this those through under until very were what when where which
while whom will with within without would your yours said says year years month months week weeks today
yesterday tomorrow last next since ago percent
january february march april june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
""".split())

#: How many distinct words of a document its fingerprint keeps (its most frequent, ties alphabetical).
FINGERPRINT_SIZE = 96
#: How many similar documents date an undated one, and the least similarity that counts.
NEIGHBOURS, MIN_SIMILARITY = 8, 0.04
#: Similarity levels at which documents are grouped into stories (single link: a chain of documents each
#: this similar to the next), from loose to tight; a group holding more than STORY_SHARE of the batch is the
#: pile itself, not a story, and says nothing.
STORY_LEVELS, STORY_SHARE = (0.06, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25), 0.5


@dataclass(frozen=True)
class Evidence:
    """What the batch step needs of one document (small: no text)."""

    id: str
    segments: tuple[Segment, ...]
    #: per segment: its content cues when the batch may re-date it (no date, or a guessed year), else ()
    cues: tuple[tuple[Cue, ...], ...]
    #: hashed distinctive words, for finding documents about the same story
    words: tuple[int, ...] = ()

    @property
    def sure_year(self) -> tuple[int, float] | None:
        """(year, confidence) of the most trusted anchor whose year is not a guess, if any."""
        sure = [s.anchor for s in self.segments if s.anchor.date is not None and YEAR_GUESSED not in s.anchor.evidence]
        if not sure:
            return None
        best = max(sure, key=lambda a: (a.confidence, a.date))
        return best.date.year, best.confidence

    @property
    def open(self) -> bool:
        """Whether the batch may re-date some of its segments."""
        return self.sure_year is None and any(self.cues[n] or self._undated(n) for n in range(len(self.segments)))

    def _undated(self, n: int) -> bool:
        seg = self.segments[n]
        return seg.kind != "navigation" and (seg.anchor.date is None or YEAR_GUESSED in seg.anchor.evidence)


def fingerprint(text: str, size: int = FINGERPRINT_SIZE) -> tuple[int, ...]:
    """The document's most frequent content words (4+ letters, no stopwords), hashed (crc32, stable across
    processes and runs), sorted."""
    import zlib

    counts = Counter(w for w in (t.lower() for t in re.findall(r"[A-Za-z][A-Za-z'’-]{3,}", text))
                     if w not in STOPWORDS)
    top = sorted(counts, key=lambda w: (-counts[w], w))[:size]
    return tuple(sorted(zlib.crc32(w.encode("utf-8")) for w in top))


def needs_batch(segment: Segment) -> bool:
    return segment.kind != "navigation" and (segment.anchor.date is None or YEAR_GUESSED in segment.anchor.evidence)


def document_evidence(doc: Document, option: dt.date | None = None) -> Evidence:
    """Segment and anchor ``doc`` on its own, and keep what the batch step needs of it."""
    cache: dict[int, list[Cue]] = {}
    segments = anchor_segments(doc, doc.segments or _split(doc), option, cues=cache)
    if doc.published is not None or option is not None:
        return Evidence(doc.id, segments, tuple(() for _ in segments), fingerprint(doc.text))
    cues = tuple(tuple(cache[n] if n in cache else content_cues(doc.text, s.start, s.end)) if needs_batch(s) else ()
                 for n, s in enumerate(segments))
    return Evidence(doc.id, segments, cues, fingerprint(doc.text))


def _split(doc: Document) -> tuple[Segment, ...]:
    from .segment import split

    return split(doc)


@dataclass(frozen=True)
class YearScore:
    """How well each year fits what a document's own text says about its year (a likelihood, not a
    probability): on or a little after the latest year it reports, before the earliest it announces, in a
    year where its written weekday-and-dates fall on those weekdays, in the year "last year" points to."""

    lower: int | None = None
    upper: int | None = None
    written: int | None = None
    weekday_dates: tuple[tuple[int, int, int], ...] = ()  # (month, day, isoweekday)

    @property
    def empty(self) -> bool:
        return self.lower is None and self.upper is None and self.written is None and not self.weekday_dates

    def __call__(self, year: int) -> float:
        if self.written is not None:
            return 1.0 if year == self.written else 0.02
        score = 1.0
        if self.lower is not None:  # a text is written on or soon after the latest year it reports
            d = year - self.lower
            score *= {0: 0.15, 1: 0.25, 2: 0.15, 3: 0.06, 4: 0.05}.get(d, 0.02 if d > 0 else 0.01)
        if self.upper is not None:  # and before the earliest it announces
            d = self.upper - year
            score *= {0: 0.15, 1: 0.4, 2: 0.1}.get(d, 0.03 if d > 0 else 0.01)
        if self.weekday_dates:
            agree = sum(_weekday_of(year, m, d) == w for m, d, w in self.weekday_dates)
            score *= 1.0 if agree == len(self.weekday_dates) else 0.3 if agree else 0.05
        return score

    def likely(self) -> list[int]:
        """Years worth scoring even when no similar document proposes them."""
        out = {self.written} if self.written is not None else set()
        if self.lower is not None:
            out |= {self.lower, self.lower + 1, self.lower + 2}
        if self.upper is not None:
            out |= {self.upper - 1, self.upper}
        return sorted(y for y in out if y is not None)


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return dt.date(year, month, day).isoweekday()
    except ValueError:
        return None


def year_score(cues: list[Cue]) -> YearScore:
    bounds = year_bounds(cues)
    weekday_dates = []
    for cue in cues:
        m = _MONTH_DAY.match(cue.value)
        w = _WEEKDAY_NAME.search(cue.text)
        if m and w:
            weekday_dates.append((int(m.group(1)), int(m.group(2)), _WEEKDAY_NUMBER[w.group(1).lower()]))
    return YearScore(bounds.lower, bounds.upper, _written_year(cues), tuple(weekday_dates))


def _similar_documents(evidence: list[Evidence], targets: list[int]) -> dict[int, list[tuple[int, float]]]:
    """For each target index: up to NEIGHBOURS (index, cosine similarity) of other documents, over their
    fingerprints weighted by inverse document frequency; ties broken by input order."""
    import heapq
    import math

    n = len(evidence)
    df: Counter = Counter()
    for ev in evidence:
        df.update(ev.words)
    idf = {w: math.log((n + 1) / (c + 0.5)) for w, c in df.items()}
    common = max(30, n // 5)  # words in a fifth of the corpus or more: too common to look up
    postings: dict[int, list[int]] = {}
    for i, ev in enumerate(evidence):
        for w in ev.words:
            if df[w] <= common and df[w] > 1:
                postings.setdefault(w, []).append(i)
    norms = [math.sqrt(sum(idf[w] ** 2 for w in ev.words)) or 1.0 for ev in evidence]
    out = {}
    for i in targets:
        scores: Counter = Counter()
        for w in evidence[i].words:
            for j in postings.get(w, ()):
                if j != i:
                    scores[j] += idf[w] ** 2
        ranked = heapq.nsmallest(NEIGHBOURS, ((-s / (norms[i] * norms[j]), j) for j, s in scores.items()))
        out[i] = [(j, round(-s, 6)) for s, j in ranked if -s >= MIN_SIMILARITY]
    return out


def story_groups(evidence: list[Evidence], levels: tuple[float, ...] = STORY_LEVELS,
                 neighbours: dict[int, list[tuple[int, float]]] | None = None) -> list[list[int | None]]:
    """Per level, per document: the index of its story group at that level (single link over the
    similarity graph, ``neighbours`` of every document), or None when the group holds more than STORY_SHARE
    of the batch."""
    if neighbours is None:
        neighbours = _similar_documents(evidence, list(range(len(evidence))))
    out = []
    for level in levels:
        parent = list(range(len(evidence)))

        def root(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for i, near in neighbours.items():
            for j, sim in near:
                if sim >= level:
                    parent[root(i)] = root(j)
        roots = [root(i) for i in range(len(evidence))]
        size = Counter(roots)
        out.append([r if size[r] <= STORY_SHARE * len(evidence) else None for r in roots])
    return out


def _story_scores(levels: list[list[int | None]], scores: dict[int, dict[int, float]]) -> dict[int, dict[int, float]]:
    """Per document with a story: how well each year fits the other texts of its story — per level the
    product of their scores (``scores``: a document's fit for each candidate year), then the geometric mean
    over the levels. Sums of logs per group, less the document's own, so a batch costs no more than its size."""
    import math

    years = sorted({y for dist in scores.values() for y in dist})
    out: dict[int, dict[int, float]] = {}
    for groups in levels:
        total: dict[int, Counter] = {}
        for i, dist in scores.items():
            if groups[i] is not None:
                acc = total.setdefault(groups[i], Counter())
                for y in years:
                    acc[y] += math.log(dist.get(y, 0.0) or 1e-9)
        for i, group in enumerate(groups):
            if group is None or group not in total:
                continue
            mine = scores.get(i)
            acc = out.setdefault(i, Counter())
            for y in years:
                acc[y] += (total[group][y] - (math.log(mine.get(y, 0.0) or 1e-9) if mine else 0.0)) / len(levels)
    return {i: {y: math.exp(v - max(acc.values())) for y, v in acc.items()} for i, acc in out.items()}


def date_batch(evidence: list[Evidence], rounds: int = 4) -> list[tuple[Segment, ...]]:
    """The segments of each document, the undated ones dated by the batch.

    A document whose own text fixes no year takes the year that best fits its own text (``YearScore``),
    the texts of its story, and the years of the documents most similar to it in content (shared names and
    rare words: a pile of news is about a few stories, and the documents about one story were written in
    one stretch of time). One text's clues are weak ("reports 1961" fits 1962 and 2000), but a story's
    texts together are strong: one reports 1998, another a "Thursday, Jan. 6", a third announces 2001, and
    only one year fits them all. So each document's own score is multiplied by those of the other documents
    of its story group (``story_groups``; the geometric mean over several similarity levels, so that no one
    threshold decides). Years then spread from documents that know theirs (a byline, a manifest, a
    weekday-and-date...) to those that do not, over a few rounds, like labels over a similarity graph; the
    batch's overall years only break ties. A month-day the document reports without a year ("on Aug. 7")
    takes the year a similar document writes for it in full ("Aug. 7, 1998"). Stated and sure anchors are
    never touched, and what the batch gives is low confidence (at most 0.3) and says which documents it
    came from.
    """
    targets = [i for i, ev in enumerate(evidence) if ev.open]
    if not targets:
        return [ev.segments for ev in evidence]
    fixed: dict[int, dict[int, float]] = {}
    for i, ev in enumerate(evidence):
        sure = ev.sure_year
        if sure is not None:
            fixed[i] = {sure[0]: 1.0}
    own = {i: year_score([c for cues in evidence[i].cues for c in cues]) for i in targets}
    similar = _similar_documents(evidence, list(range(len(evidence))))
    neighbours = {i: similar[i] for i in targets}
    full_dates = {i: Counter((int(c.value[5:7]), int(c.value[8:10]), int(c.value[:4]))
                             for cues in ev.cues for c in cues if re.match(r"^\d{4}-\d\d-\d\d", c.value))
                  for i, ev in enumerate(evidence)}
    links = {i: _month_day_links(evidence[i], neighbours[i], full_dates) for i in targets}
    # what each text says of its year, over the span of years any of them proposes
    proposed = {y for i in targets for y in own[i].likely()} | {y for dist in fixed.values() for y in dist}
    years = range(min(proposed) - 2, max(proposed) + 3) if proposed else range(0)
    said = {i: {y: own[i](y) for y in years} for i in targets if not own[i].empty}
    said.update({i: {y: 1.0 if y in dist else 0.05 for y in years} for i, dist in fixed.items()})
    stories = _story_scores(story_groups(evidence, neighbours=similar), said) if said else {}

    def story(i: int, year: int) -> float:
        """How well ``year`` fits the document and the other texts of its story."""
        fit = stories.get(i)
        return own[i](year) * (fit.get(year, 1e-6) if fit else 1.0)

    candidates = {i: set(own[i].likely()) | {y for y, p in stories.get(i, {}).items() if p > 1e-3} for i in targets}

    belief: dict[int, dict[int, float]] = {}
    for i in targets:
        first = {y: story(i, y) for y in candidates[i]}
        belief[i] = _normalised(first) if first else {}
    for _ in range(rounds):
        prior = _normalised(_sum_beliefs([fixed.get(i) or belief.get(i) or {} for i in range(len(evidence))]))
        updated = {}
        for i in targets:
            mix: Counter = Counter()
            for j, sim in neighbours[i]:
                dist = fixed.get(j) or belief.get(j) or {}
                weight = sim * (1.0 if j in fixed else 0.5)
                for y, p in dist.items():
                    mix[y] += weight * p
            for y, w in links[i].items():
                mix[y] += w
            total = sum(mix.values())
            scores = {}
            for y in set(mix) | set(prior) | candidates[i]:
                support = (mix[y] / total if total else 0.0) + 0.1 * prior.get(y, 0.0) + 1e-4
                scores[y] = story(i, y) * support
            updated[i] = _normalised(dict(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:6]))
        belief = updated
    out = [ev.segments for ev in evidence]
    for i in targets:
        if not belief[i]:
            continue
        year = min(belief[i], key=lambda y: (-belief[i][y], y))
        out[i] = _redate(evidence[i], year, belief[i][year], neighbours[i], evidence, own[i], links[i])
    return out


def _normalised(dist: dict[int, float]) -> dict[int, float]:
    total = sum(dist.values())
    return {y: p / total for y, p in dist.items()} if total else {}


def _sum_beliefs(dists: list[dict[int, float]]) -> dict[int, float]:
    out: Counter = Counter()
    for dist in dists:
        for y, p in dist.items():
            out[y] += p
    return dict(out)


def _month_day_links(ev: Evidence, neighbours: list[tuple[int, float]], full_dates: dict) -> dict[int, float]:
    """Years that similar documents write in full for a month-day this one reports without a year."""
    wanted = {(int(m.group(1)), int(m.group(2))) for cues in ev.cues for c in cues
              if c.tense in ("past", None) and (m := _MONTH_DAY.match(c.value))}
    found: Counter = Counter()
    for j, sim in neighbours:
        for (month, day, year), _ in full_dates[j].items():
            if (month, day) in wanted:
                found[year] += 2 * sim
    return dict(found)


def _redate(ev: Evidence, year: int, share: float, neighbours: list[tuple[int, float]], evidence: list[Evidence],
            own: YearScore, links: dict[int, float]) -> tuple[Segment, ...]:
    names = ", ".join(evidence[j].id for j, _ in neighbours[:3])
    if links.get(year):
        why = f"a month-day it reports is written with {year} in similar documents ({names})"
    elif neighbours:
        why = f"similar documents ({names})"
    elif not own.empty:
        why = "its own dates"
    else:
        why = "the batch's main year"
    batch = f"batch year {year} ({share:.0%}; {why})"
    confidence = round(0.1 + 0.2 * share, 2) if (neighbours or not own.empty) else 0.05
    segments = list(ev.segments)
    for n, seg in enumerate(segments):
        if not needs_batch(seg):
            continue
        cues = list(ev.cues[n])
        a = seg.anchor
        if a.date is not None and a.date.year == year:
            continue
        found = infer(cues, year, year_weight=0.5) if cues else None
        if found is None:
            found = Inference(dt.date(year, 7, 1), "year", confidence, "")
        segments[n] = replace(seg, anchor=Anchor(found.date, "inferred", min(found.confidence, confidence),
                                                 found.granularity, f"{batch}; {found.evidence}".rstrip("; ")))
    return tuple(segments)


def date_by_batch(documents: list[Document]) -> list[Document]:
    """``date_batch`` over documents already anchored on their own (their texts at hand)."""
    evidence = []
    for doc in documents:
        cues = tuple(tuple(content_cues(doc.text, s.start, s.end)) if needs_batch(s) and doc.text else ()
                     for s in doc.segments)
        evidence.append(Evidence(doc.id, doc.segments, cues, fingerprint(doc.text)))
    dated = date_batch(evidence)
    return [replace(doc, segments=segments) for doc, segments in zip(documents, dated)]
