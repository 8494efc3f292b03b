"""Dates inferred from what a segment reports: the dates it reports in the past tense and announces in the
future tense, "two weeks ago" next to a dated event, weekday-and-date agreement. Content dates come from the
project's own temporal tagger, run without an anchor so that only what the text pins down itself is used.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, replace

from ..temporal.rules.vocabulary import NUMBER_WORDS
from .confidence import CONFIDENCE

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
    #: whether ``ago`` is a least ("over two weeks ago": 14 days or more)
    ago_least: bool = False


@dataclass(frozen=True)
class Inference:
    date: dt.date
    granularity: str
    confidence: float
    evidence: str
    #: whether only the bounds given (the posts around it) set it, nothing in its own text
    bounds_only: bool = False


_WEEKDAY = re.compile(r"^XXXX-WXX-([1-7])")
_MONTH_DAY = re.compile(r"^XXXX-(\d\d)-(\d\d)")
_MONTH = re.compile(r"^XXXX-(\d\d)$")
_SAME_DAY = re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b", re.IGNORECASE)
_DAY_BEFORE = re.compile(r"\b(?:yesterday|last night)\b", re.IGNORECASE)

#: Words right before a date that make it lie ahead whatever the verb's tense ("notes due Oct. 15, 1999",
#: "expires March 31", "until May"): (name, pattern matching the end of the text before the date, example).
FORWARD_PATTERNS: tuple[tuple[str, str, str], ...] = (
    (
        "maturity",
        r"\b(?:due|matur(?:e|es|ing|ity)|expir(?:e|es|ing|ation)|redeemable|payable|callable)"
        r"(?:\s+(?:on|in|by|at|from))?\s+(?:\w+\s+){0,1}$",
        "notes due Oct. 15, 1999",
    ),
    ("until", r"\b(?:until|till|pending|ahead of)\s+(?:the\s+)?$", "until May"),
    ("scheduled", r"\b(?:scheduled|slated|set|planned|expected|due)\s+(?:for|on)\s+$", "scheduled for Nov. 9"),
    ("next", r"\b(?:next|coming|upcoming)\s+$", "next Tuesday"),
)
_FORWARD = [re.compile(pattern, re.IGNORECASE) for _, pattern, _ in FORWARD_PATTERNS]

#: Relative expressions that say how long before the writing date something happened: "two weeks ago".
_AGO = re.compile(
    r"(?:(?P<least>over|more than|at least|some|about|nearly|almost|around)\s+)?(?:(?P<n>\d+|an?|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of|a few|several)\s+)?"
    r"(?P<unit>day|week|month|year)s?\s+(?:ago|earlier|before)\b",
    re.IGNORECASE,
)
_AT_LEAST = re.compile(r"\b(?:over|more than|at least)\s+$", re.IGNORECASE)
#: Number words (the vocabulary's) and the vague counts news uses before "ago".
_NUMBERS = {**NUMBER_WORDS, "a couple of": 2, "a few": 3, "several": 3}
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
#: "last year" / "this year" / "next year" / "a year earlier" next to a written year: the writing year.
_YEAR_WORD = re.compile(
    r"^(?:(?P<last>last year|a year (?:ago|earlier)|the (?:previous|prior) year)|(?P<this>this year|"
    r"the current year)|(?P<next>next year|the coming year))$",
    re.IGNORECASE,
)
#: "last week": kept for the batch, which may know the week of the event it speaks of (``corpus.echoes``).
_LAST_WEEK = re.compile(r"^(?:last|past|previous) week$", re.IGNORECASE)
#: "this week" ("earlier this week"): kept for the batch too; told in the past, the text is from the week of the
#: event it speaks of, on or after it.
_THIS_WEEK = re.compile(r"^(?:earlier )?this week$", re.IGNORECASE)
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
    return bool(re.fullmatch(r"[\s,(\[–—-]*", text[first.offset + len(first.text) : second.offset]))


def content_cues(text: str, start: int, end: int, profile: str | None = None) -> list[Cue]:
    """The tagger's mentions (resolved against nothing) with the tense of the verb that governs each,
    corrected by the words around them (a date "due" or "until" lies ahead; one "two weeks ago" lies
    behind), and with what relative expressions next to them say about the writing date. ``profile``: the
    genre rules the tagger runs (``rules.profiles``), as in the run itself."""
    from ..temporal import tag
    from ..temporal.tense import tenses

    mentions = [m for m in tag(text, None, start=start, end=end, profile=profile) if m.type in ("DATE", "TIME")]
    wanted = [
        m
        for m in mentions
        if re.match(r"^(?:\d{4}|XXXX-(?:\d\d|WXX-\d))", m.value)
        or _SAME_DAY.search(m.text)
        or _DAY_BEFORE.search(m.text)
        or ago_days(m.text)
        or _YEAR_WORD.match(m.text.strip())
        or _LAST_WEEK.match(m.text.strip())
        or _THIS_WEEK.match(m.text.strip())
    ]
    # cut sentences inside the segment, as the tagger and the events stage do, so the parses are shared
    found = tenses(text, [(m.start, m.end) for m in wanted], start, end)
    cues = []
    for m, tense in zip(wanted, found):
        before = text[max(start, m.start - 40) : m.start]
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
        near = [
            (abs(c.offset - cue.offset), k)
            for k, c in enumerate(cues)
            if k != n
            and pattern.match(c.value)
            and _same_clause(text, c.offset, cue.offset, 90)
            and (ago or _apposed(text, c, cue))
        ]
        if not near:
            continue
        _, k = min(near)
        if ago:
            # "over two weeks ago": the tagger's span may leave the "over" out
            least = ago[1] or bool(_AT_LEAST.search(text, max(0, cue.offset - 15), cue.offset))
            out[k] = replace(out[k], ago=ago[0], tense="past", ago_least=least)
        else:
            delta = 1 if word.group("last") else 0 if word.group("this") else -1
            out[k] = replace(out[k], writes=int(cues[k].value[:4]) + delta)
    return out


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
    from ..temporal.timex import interval

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
    from ..temporal.timex import interval

    latest = None
    for cue in cues:
        iv = interval(cue.value)
        if iv and iv[2] in ("day", "time") and int(iv[0][:4]) == year and cue.tense in ("past", None):
            day = dt.date.fromisoformat(iv[0][:10])
            latest = day if latest is None or day > latest else latest
    if latest is None:
        return False
    return any(
        (m := _MONTH_DAY.match(c.value))
        and c.tense == "past"
        and (int(m.group(1)), int(m.group(2))) > (latest.month, latest.day)
        for c in cues
    )


def _written_year(cues: list[Cue]) -> int | None:
    """The writing year the text states through "last year"/"this year" next to a year, by majority."""
    votes = Counter(c.writes for c in cues if c.writes is not None)
    return min(votes, key=lambda y: (-votes[y], -y)) if votes else None


def infer(
    cues: list[Cue],
    year_hint: int | None = None,
    lower: dt.date | None = None,
    upper: dt.date | None = None,
    *,
    year_weight: float = 1.0,
) -> Inference | None:
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
    from ..temporal.timex import interval

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
            year = (
                min(max(bounds.lower + 1, bounds.upper - 1), bounds.upper)
                if bounds.upper > bounds.lower
                else bounds.lower
            )
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
        elif (lo is None or day > lo) and (upper is None or day < upper):
            # (past the bound given -- the next post of a thread -- a past date is a misread future one)
            lo, lo_text, own = day, f"after {cue.text!r}", True
    if pins:
        return _pinned(pins, lo, hi, lower, weekdays, weight, year_weight, year_hint, year_evidence)
    if hi is not None and lo is not None and hi <= lo:
        hi = None  # contradictory cues: keep the past ones
    if lo is not None and not own and not weekdays:
        near = hi is not None and (hi - lo).days <= 8
        return Inference(
            lo,
            "week" if near else "month",
            round(CONFIDENCE["neighbour"] * weight, 3),
            lo_text + (f", before {hi.isoformat()}" if hi else ""),
            bounds_only=hi is None or hi == upper,
        )
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
        return Inference(
            day,
            "month",
            round(CONFIDENCE["inferred-month"] * weight, 3),
            f"reports {dt.date(year, max(months), 1):%B} ({year_evidence})"
            + (" " + YEAR_GUESSED if weight < year_weight else ""),
        )
    day = dt.date(year, 7, 1)
    if hi is not None and day >= hi:
        day = hi - dt.timedelta(days=1)
    return Inference(
        day,
        "year",
        round(CONFIDENCE["inferred-year"] * weight, 3),
        year_evidence + (" " + YEAR_GUESSED if weight < year_weight else ""),
    )


#: A pinned week becomes a day when a weekday the text names as past lies at most this many days behind one day of
#: the pin's window (news reports the last day or two by weekday). The seeds' gold: 1 of 1 (001, Tuesday 1 Nov).
PIN_REACH = 2


def _pinned(
    pins: list[tuple[dt.date, Cue]],
    lo: dt.date | None,
    hi: dt.date | None,
    lower: dt.date | None,
    weekdays: list[tuple[int, Cue]],
    weight: float,
    year_weight: float,
    year_hint: int | None,
    year_evidence: str,
) -> Inference:
    """The writing date a dated event and its "N units ago" give. The latest pin wins (the text was written
    after all of them); a lone past-tense date later than it is less trustworthy than the pair (a tense
    misread, an event named by its date before it happened) and only moves it when it is close to it (a
    quarter of the interval: "two weeks ago" is 14 +/- 3 days)."""
    day, cue = max(pins, key=lambda p: (p[0], p[1].offset))
    if lower is not None and day < lower:
        day = lower
    granularity = "day" if cue.ago <= 2 else "week" if cue.ago <= 31 else "month"
    confidence = {
        "day": CONFIDENCE["inferred-pin-day"],
        "week": CONFIDENCE["inferred-pin"],
        "month": CONFIDENCE["inferred-month"],
    }[granularity]
    evidence = f"{cue.text!r} is {cue.ago} days before"
    if lo is not None and day < lo <= day + dt.timedelta(days=max(1, cue.ago // 4)):
        day, evidence = lo, evidence + f", after a later date it reports ({lo.isoformat()})"
    if granularity == "week" and weekdays:
        # the weekdays it names as past, closest behind the writing day, within the pin's tolerance ("over two
        # weeks ago" only after it): "over two weeks ago, on Tuesday 18 October ... on Monday" -> Tuesday 1 Nov
        tolerance = max(1, cue.ago // 4)
        first = day if cue.ago_least else day - dt.timedelta(days=tolerance)
        window = [first + dt.timedelta(days=k) for k in range((day - first).days + tolerance + 1)]
        ahead = hi if hi is not None and hi > day else None  # (an announced date before the pin: a misread)
        window = [d for d in window if (ahead is None or d < ahead) and (lower is None or d >= lower)]
        named = {w for w, _ in weekdays}
        reach = {d: max((d.isoweekday() - w) % 7 for w in named) for d in window}
        if reach:
            # (as far from the pin as behind the weekdays: "two weeks ago, on Friday 4 March ... on Thursday" is
            # Friday 18 March or Thursday 17; the pin decides)
            best = min(window, key=lambda d: (reach[d] + abs((d - day).days), abs((d - day).days), d))
            if reach[best] <= PIN_REACH:
                day, granularity = best, "day"
                confidence = CONFIDENCE["inferred-pin-day"]
                evidence += f", {weekdays[0][1].text!r}"
    if year_hint is None or weight < year_weight:
        evidence += f" ({year_evidence})"
    if weight < year_weight:
        evidence += " " + YEAR_GUESSED
    return Inference(day, granularity, round(confidence * weight, 3), evidence)


def _day_from_cues(
    lo: dt.date, hi: dt.date | None, weekdays: list[tuple[int, Cue]], same_day: int, day_before: int
) -> tuple[dt.date, str, float]:
    """The day on/after ``lo`` (and before ``hi``) the weekday cues point at: news names recent days by
    weekday, and the most named weekday is usually the day of writing or the one before. Only a future date
    within the week after ``lo`` makes that a day rather than a week."""
    if not weekdays:
        return lo, "week", CONFIDENCE["inferred-week"]
    named = set(w for w, _ in weekdays)
    best: tuple[int, int] | None = None  # (how far back the earliest named day lies, step)
    for step in range(7):
        day = lo + dt.timedelta(days=step)
        if hi is not None and day >= hi:
            break
        # the reading that puts every named weekday closest behind the writing day: "on Friday ... on Saturday
        # ... on Sunday" in one report is written on the Sunday, not on the Saturday with Sunday a week back
        reach = max((day.isoweekday() - w) % 7 for w in named)
        if best is None or reach < best[0]:
            best = (reach, step)
    if best is None:
        return lo, "week", CONFIDENCE["inferred-week"]
    step = best[1]
    day = lo + dt.timedelta(days=step)
    if step <= 1 and hi is not None and (hi - lo).days <= 8:
        return day, "day", CONFIDENCE["inferred-day"]
    # "on Saturday" after a reported Friday the 14th may be the 15th or the 22nd: a week, not a day
    return day, "week", CONFIDENCE["inferred-week"]


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


# ------------------------------------------------------------------------------------------------ sentences

#: Words that say nothing about what a text is about (with month and weekday names, which every text has).
STOPWORDS = frozenset(
    """
about above after again against also among another because been before being below between both cannot could
does doing down during each even every from further have having here hers herself himself however into itself
just many more most much must myself never only other ought ours over same should some such than that their
theirs them themselves then there these they this those through under until very were what when where which
while whom will with within without would your yours said says year years month months week weeks today
yesterday tomorrow last next since ago percent
january february march april june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
""".split()
)

_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n\s*\n")


#: Letters a word is cut to when sentences are matched ("Russian" meets "Russia"), and the fewest such words two
#: sentences share to report one event (``corpus`` echoes, ``segments`` weekday echoes; see corpus.ECHO_MARGIN).
ECHO_STEM, ECHO_MIN = 5, 3


def echo_stems(sentence: str) -> tuple[int, ...]:
    """The sentence's content words (4+ letters, no stopwords) cut to their first ECHO_STEM letters ("Russian"
    and "Russia" meet), hashed (crc32), sorted."""
    import zlib

    words = {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'’-]{3,}", sentence)}
    return tuple(sorted({zlib.crc32(w[:ECHO_STEM].encode("utf-8")) for w in words if w not in STOPWORDS}))


def sentence_at(text: str, start: int, end: int, offset: int) -> str:
    lo = start
    for m in _SENTENCE_END.finditer(text, start, offset):
        lo = m.end()
    m = _SENTENCE_END.search(text, offset, end)
    return text[lo : m.start() + 1 if m else end]
