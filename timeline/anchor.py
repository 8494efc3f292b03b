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
    if len(s) > 100:
        return None
    for name, pattern, source, conf in _HEADERS:
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


def content_cues(text: str, start: int, end: int) -> list[Cue]:
    """The tagger's mentions (resolved against nothing) with the tense of the verb that governs each."""
    from .temporal import tag

    try:
        mentions = [m for m in tag(text, None, start=start, end=end) if m.type in ("DATE", "TIME")]
    except NotImplementedError:  # a tagger still being written: no content dating
        return []
    wanted = [m for m in mentions if re.match(r"^(?:\d{4}|XXXX-(?:\d\d|WXX-\d))", m.value)
              or _SAME_DAY.search(m.text) or _DAY_BEFORE.search(m.text)]
    try:
        from .temporal.tense import tenses

        found = tenses(text, [(m.start, m.end) for m in wanted])
    except Exception:  # no parser available: tense unknown, cues still usable as bounds
        found = [None] * len(wanted)
    return [Cue(m.value, m.text, t, m.start) for m, t in zip(wanted, found)]


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


def year_bounds(cues: list[Cue]) -> YearBounds:
    from .temporal.timex import interval

    past, future = [], []
    for cue in cues:
        iv = interval(cue.value)
        if not iv or iv[2] in ("decade", "century"):
            continue
        year = int(iv[0][:4])
        if cue.tense == "past" or (cue.tense is None and iv[2] in ("day", "time", "month")):
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


def infer(cues: list[Cue], year_hint: int | None = None, lower: dt.date | None = None,
          upper: dt.date | None = None, *, year_weight: float = 1.0) -> Inference | None:
    """The writing date the cues support, or None.

    A news text is written on or after the latest date it reports in the past tense, and before the
    earliest it announces in the future tense; it usually reports events of the last day or two, named by
    weekday ("said on Friday"). News style writes dates of the current year without the year ("on Oct.
    13"), so the year comes first — from ``year_hint`` (the other segments of the document, or the batch),
    from a written weekday-and-date ("Friday, Oct. 13" fixes the year), or from the years the text reports
    and announces (weak: a text reporting 1996 may be from any later year) — and then month-days are
    placed in it. ``year_weight`` scales the confidence when the year itself is a guess.
    """
    from .temporal.timex import interval

    bounds = year_bounds(cues)
    if lower is not None:
        bounds = YearBounds(max(bounds.lower or lower.year, lower.year), bounds.upper)
    if upper is not None and (bounds.upper is None or upper.year < bounds.upper):
        bounds = YearBounds(bounds.lower, upper.year)
    weight = year_weight
    if lower is not None and bounds.allows(lower.year) and (upper is None or upper.year == lower.year):
        year, year_evidence = lower.year, "the dates around it"
    elif year_hint is not None and bounds.allows(year_hint):
        year, year_evidence = year_hint, f"year {year_hint} of the dates around it"
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
    same_day = day_before = 0
    for cue in cues:
        iv = interval(cue.value)
        day = None
        if iv and iv[2] in ("day", "time"):
            day = dt.date.fromisoformat(iv[0][:10])
            if day.year != year:
                continue  # a date written with its year, in another year: background, or a bound only
        elif iv and iv[2] == "month" and cue.tense in ("past", None) and int(iv[0][:4]) == year:
            months.append(int(iv[0][5:7]))
            continue
        elif m := _MONTH_DAY.match(cue.value):
            try:
                day = dt.date(year, int(m.group(1)), int(m.group(2)))
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
        if cue.tense is None:
            continue  # a date in a title or a list ("Monday, Oct. 26"): could be either side
        if cue.tense in ("future", "present"):
            if (hi is None or day < hi) and (lo is None or day > lo):
                hi = day
        elif lo is None or day > lo:
            lo, lo_text, own = day, f"after {cue.text!r}", True
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


def _day_from_cues(lo: dt.date, hi: dt.date | None, weekdays: list[tuple[int, Cue]], same_day: int,
                   day_before: int) -> tuple[dt.date, str, float]:
    """The day on/after ``lo`` (and before ``hi``) the weekday cues point at: news names recent days by
    weekday, and the most named weekday is usually the day of writing or the one before."""
    if not weekdays:
        return lo, "week", CONFIDENCE["inferred-week"]
    counts = Counter(w for w, _ in weekdays)
    top, _ = counts.most_common(1)[0]
    for step in range(7):
        day = lo + dt.timedelta(days=step)
        if hi is not None and day >= hi:
            break
        if day.isoweekday() == top:
            if step <= 1:
                return day, "day", CONFIDENCE["inferred-day"]
            return day, "week", CONFIDENCE["inferred-week"]
    return lo, "week", CONFIDENCE["inferred-week"]


# ------------------------------------------------------------------------------------------------ anchoring


def anchor_segments(doc: Document, segments: tuple[Segment, ...], option: dt.date | None = None, *,
                    infer_content: bool = True) -> tuple[Segment, ...]:
    """Each segment with its anchor. ``infer_content=False`` stops at stated dates (faster; no tagger)."""
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
        _infer_rest(doc, segments, anchors, thread)
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
        latest = a.date if latest is None else max(latest, a.date)


def _infer_rest(doc: Document, segments: tuple[Segment, ...], anchors: list[Anchor | None], thread: bool) -> None:
    known_years = Counter(a.date.year for a in anchors if a is not None and a.date is not None)
    hint = known_years.most_common(1)[0][0] if known_years else None
    for n, seg in enumerate(segments):
        if anchors[n] is not None or seg.kind in ("navigation", "comments", "quote"):
            continue
        lower = upper = None
        if thread:  # a post lies between the posts around it
            lower = max((a.date for a in anchors[:n] if a is not None and a.date), default=None)
            upper = next((a.date for a in anchors[n + 1:] if a is not None and a.date), None)
            upper = upper + dt.timedelta(days=1) if upper else None
        found = infer(content_cues(doc.text, seg.start, seg.end), hint, lower, upper)
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
        before = next(((k, a) for k in range(n - 1, -1, -1) if (a := anchors[k]) is not None and a.date), None)
        after = next(((k, a) for k in range(n + 1, len(segments)) if (a := anchors[k]) is not None and a.date), None)
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


def date_by_batch(documents: list[Document]) -> list[Document]:
    """Segments whose own text gives at most a year, re-dated within the period most documents of the batch
    were written in (a pile of news is usually from one period), at low confidence.

    This is the one step that looks across documents, so it is not part of the per-document pipeline; the
    ``anchors`` command and ``evaluate --infer-dates`` run it over their whole input. The batch's years are
    voted by the anchors it is sure of (weighted by confidence); a segment takes the best-voted year its own
    text allows (never before a year it reports, never after one it announces), and its month-days and
    weekdays are then read in that year. Stated and day-level anchors are never touched.
    """
    votes: Counter = Counter()
    for doc in documents:  # one vote per document: a long thread must not outvote twenty articles
        sure = [s.anchor for s in doc.segments if s.anchor.date is not None]
        if sure:
            best = max(sure, key=lambda a: a.confidence)
            votes[best.date.year] += best.confidence
    if not votes:
        return documents
    ranked = sorted(votes, key=lambda y: (-votes[y], y))
    out = []
    for doc in documents:
        segments = list(doc.segments)
        for n, seg in enumerate(segments):
            a = seg.anchor
            if seg.kind == "navigation" or (a.date is not None and YEAR_GUESSED not in a.evidence):
                continue
            cues = content_cues(doc.text, seg.start, seg.end) if doc.text else []
            bounds = year_bounds(cues)
            year = next((y for y in ranked if bounds.allows(y)), None)
            if year is None or (a.date is not None and a.date.year == year):
                continue
            share = votes[year] / sum(votes.values())
            found = infer(cues, year, year_weight=0.5) if cues else None
            batch = f"batch year {year} ({share:.0%} of the batch's dated text)"
            if found is None:
                found = Inference(dt.date(year, 7, 1), "year", CONFIDENCE["batch"], "")
            segments[n] = replace(seg, anchor=Anchor(found.date, "inferred", min(found.confidence, 0.3),
                                                     found.granularity, f"{batch}; {found.evidence}".rstrip("; ")))
        out.append(replace(doc, segments=tuple(segments)))
    return out
