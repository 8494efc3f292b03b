"""Dates inferred from what a segment reports: the dates it reports in the past tense and announces in the
future tense, "two weeks ago" next to a dated event, weekday-and-date agreement. Content dates come from the
project's own temporal tagger, run without an anchor so that only what the text pins down itself is used.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
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
    # a deadline set for what someone is to do: "the parent asked it to respond by Nov. 9"
    ("deadline", r"\bto\s+[a-z]+(?:\s+[a-z]+){0,3}\s+by\s+$", "asked it to respond by Nov. 9"),
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


#: How much a year guessed from the years a text reports and announces scales an inferred confidence: a year the
#: text reports in a full date, taken as its own (t17-dev and TBAQ: 221 of 258 right, see LOWER_DAY), and any
#: other guess (a year or two after a year reported by its month or alone: about 1 in 7 right).
GUESS_WEIGHT_DAY, GUESS_WEIGHT = 0.5, 0.3

#: Marks an inferred anchor whose year is a guess from the years the text reports or announces; the batch
#: step may replace such a year, and nothing else it finds.
YEAR_GUESSED = "[year guessed]"

_WEEKDAY_NAME = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
_WEEKDAY_NUMBER = {"mon": 1, "tues": 2, "wednes": 3, "thurs": 4, "fri": 5, "satur": 6, "sun": 7}


@dataclass(frozen=True)
class YearBounds:
    """What the text says about its own year: on/after ``lower`` (the latest year it reports), up to
    ``upper`` (the earliest it announces); ``lower_day`` / ``upper_day``: whether that year is written in a full
    date ("on 9 June 2009"), not by its month or alone ("in April 2009", "the 1918 pandemic"): the first is most
    often the writing year, the others background."""

    lower: int | None = None
    upper: int | None = None
    lower_day: bool = False
    upper_day: bool = False

    def allows(self, year: int) -> bool:
        return (self.lower is None or year >= self.lower) and (self.upper is None or year <= self.upper)


_FISCAL = re.compile(r"\bfiscal\b", re.IGNORECASE)
#: Granularities of a date written with its month (or day): "9 June 2009", "April 2009".
_WITH_MONTH = ("day", "time", "month")
#: Granularities of a full date, "on 9 June 2009": news writes the current year so, and older ones rather by month
#: or alone ("in July 1997", "in 1997").
_WITH_DAY = ("day", "time")


def year_bounds(cues: list[Cue]) -> YearBounds:
    """The latest year the cues report (a date with its month and no verb to give it a tense counts: a title,
    a list) and the earliest they announce (not before it)."""
    from ..temporal.timex import interval

    past: list[tuple[int, bool]] = []
    future: list[tuple[int, bool]] = []
    for cue in cues:
        iv = interval(cue.value)
        if not iv or iv[2] in ("decade", "century"):
            continue
        year, dated = int(iv[0][:4]), iv[2] in _WITH_DAY
        if _FISCAL.search(cue.text):  # "fiscal 1990" runs into the next calendar year: reported in 1989 too
            past.append((year - 1, False))
            future.append((year, False))
        elif cue.tense == "past" or (cue.tense is None and iv[2] in _WITH_MONTH):
            past.append((year, dated))
        elif cue.tense == "future":
            future.append((int(iv[1][:4]) - 1 if iv[2] == "year" else year, dated))
    lower = max((y for y, _ in past), default=None)
    upper = min((y for y, _ in future if lower is None or y >= lower), default=None)
    return YearBounds(
        lower,
        upper,
        any(d for y, d in past if y == lower),
        any(d for y, d in future if y == upper),
    )


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


def _fits_before_announced(cues: list[Cue], year: int) -> bool:
    """Whether what the text reports without a year ("in October", "on Oct. 18") can lie in ``year`` before the
    earliest date it announces in it: a text that announces "20 January 2017" and reports October was written
    in 2016, whatever the tables say of a year announced in a full date."""
    from ..temporal.timex import interval

    ahead = []
    for cue in cues:
        iv = interval(cue.value)
        if cue.tense == "future" and iv and iv[2] in _WITH_MONTH and int(iv[0][:4]) == year:
            ahead.append((int(iv[0][5:7]), int(iv[0][8:10])))
    if not ahead:
        return True
    first = min(ahead)
    for cue in cues:
        if cue.tense != "past":
            continue
        if m := _MONTH_DAY.match(cue.value):
            reported = (int(m.group(1)), int(m.group(2)))
        elif m := _MONTH.match(cue.value):
            reported = (int(m.group(1)), 1)
        else:
            continue
        if reported > first:
            return False
    return True


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
    (``YearScore``'s measured tables: a year reported in a full date, "on 9 June 2009", is most often the
    writing year; one reported by its month or alone, "in July 1997", "the 1918 pandemic", a year or more
    before it) — and then month-days are placed in it. A relative expression about a dated event ("over two
    weeks ago, on Tuesday 18 October") pins the writing date itself and outranks a lone past-tense date after
    it. ``year_weight`` scales the confidence when the year itself is a guess.
    """
    from ..temporal.timex import interval

    bounds = year_bounds(cues)
    if lower is not None:
        if bounds.lower is None or lower.year > bounds.lower:
            bounds = replace(bounds, lower=lower.year, lower_day=False)
    if upper is not None and (bounds.upper is None or upper.year < bounds.upper):
        bounds = replace(bounds, upper=upper.year, upper_day=False)
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
        elif bounds.lower is not None or bounds.upper is not None:
            # the likeliest year after what it reports and before what it announces (``YearScore``'s tables)
            score = YearScore(bounds.lower, bounds.upper, lower_day=bounds.lower_day, upper_day=bounds.upper_day)
            year = score.best(lambda y: bounds.allows(y) and _fits_before_announced(cues, y))
            year = year if year is not None else score.best(bounds.allows)
            if year is None:
                return None  # the bounds contradict each other (a segment between a later and an earlier one)
            said = []
            if bounds.lower is not None:
                said.append(f"reports {bounds.lower}" + (" in a full date" if bounds.lower_day else ""))
            if bounds.upper is not None:
                said.append(f"announces {bounds.upper}" + (" in a full date" if bounds.upper_day else ""))
            year_evidence = ", ".join(said)
            weight *= GUESS_WEIGHT_DAY if (bounds.lower_day and year == bounds.lower) else GUESS_WEIGHT
        else:
            return None

    lo: dt.date | None = lower
    lo_text = f"after {lower.isoformat()}" if lower else ""
    own = False  # whether the text itself (not the bounds given) set the lower bound
    hi: dt.date | None = upper
    ahead: dt.date | None = None  # the first day of the earliest month it announces in ``year``
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
        elif iv and iv[2] == "month" and cue.tense == "future" and int(iv[0][:4]) == year:
            start = dt.date.fromisoformat(iv[0][:10])  # "will open in March 2010": written before March
            ahead = start if ahead is None or start < ahead else ahead
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
    limit = min((d for d in (hi, ahead) if d is not None), default=None)
    if months:
        day = dt.date(year, max(months), 15)
        if limit is not None and day >= limit:
            day = limit - dt.timedelta(days=1)
        return Inference(
            day,
            "month",
            round(CONFIDENCE["inferred-month"] * weight, 3),
            f"reports {dt.date(year, max(months), 1):%B} ({year_evidence})"
            + (" " + YEAR_GUESSED if weight < year_weight else ""),
        )
    day = dt.date(year, 7, 1)
    if limit is not None and day >= limit:
        day = limit - dt.timedelta(days=1)
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


#: How often a text is written d years after the latest year it reports (d: its share), by whether that year is
#: written in a full date ("on 9 June 2009": news writes the current year so) or by its month or alone ("in July
#: 1997", "in 2009", "the 1918 pandemic": background and history). Generic priors in round numbers, from the
#: first segment of each text with its date withheld. In a full date: t17-dev (H1N1, Finan, MJ, haiti) 219 of 250
#: from that year, TBAQ 2 of 8 (3 the year after); held-out t17 bpoil 404 of 421. By its month or alone: t17 14
#: of 293 from that year, 36 the year after, 55 two after, a third more than seven after (history); TBAQ 3, 15,
#: 12 of 58; bpoil 21, 59, 28 of 328. Offsets not listed: LATER per year after, EARLIER per year before.
LOWER_DAY = {-1: 0.02, 0: 0.6, 1: 0.1, 2: 0.1, 3: 0.03}
LOWER_YEAR = {-1: 0.03, 0: 0.06, 1: 0.15, 2: 0.12, 3: 0.06, 4: 0.04, 5: 0.03}
#: How often a text is written d years before the earliest year it announces, the same way. In a full date: t17
#: 18 of 21 from that year, bpoil 43 of 47 (TBAQ 0 of 7: maturities, terms). By its month or alone: t17 11 of 57
#: from that year, 14 the year before, 20 two or more years after it (a misread tense: "said it will" of a past
#: plan); TBAQ 4, 8 and 1 of 19.
UPPER_DAY = {-1: 0.02, 0: 0.6, 1: 0.15, 2: 0.05}
UPPER_YEAR = {-2: 0.03, -1: 0.03, 0: 0.2, 1: 0.25, 2: 0.1, 3: 0.04}
#: (share per year for offsets the tables above do not list: after / before the bound)
LATER, EARLIER = 0.01, 0.01


def _bound_fit(table: dict[int, float], d: int) -> float:
    return table.get(d, LATER if d > 0 else EARLIER)


@dataclass(frozen=True)
class YearScore:
    """How well each year fits what a document's own text says about its year (a likelihood, not a
    probability): on or a little after the latest year it reports (that very year when it writes it in a full
    date), before the earliest it announces, in a year where its written weekday-and-dates fall on those
    weekdays, in the year "last year" points to."""

    lower: int | None = None
    upper: int | None = None
    written: int | None = None
    weekday_dates: tuple[tuple[int, int, int], ...] = ()  # (month, day, isoweekday)
    lower_day: bool = False
    upper_day: bool = False

    @property
    def empty(self) -> bool:
        return self.lower is None and self.upper is None and self.written is None and not self.weekday_dates

    def __call__(self, year: int) -> float:
        if self.written is not None:
            return 1.0 if year == self.written else 0.02
        score = 1.0
        if self.lower is not None:  # a text is written on or soon after the latest year it reports
            score *= _bound_fit(LOWER_DAY if self.lower_day else LOWER_YEAR, year - self.lower)
        if self.upper is not None:  # and before the earliest it announces
            score *= _bound_fit(UPPER_DAY if self.upper_day else UPPER_YEAR, self.upper - year)
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

    def best(self, allowed: Callable[[int], bool] = lambda y: True) -> int | None:
        """The likeliest year of ``likely`` that ``allowed`` accepts (the later one on a tie), or None."""
        years = [y for y in self.likely() if allowed(y)]
        return max(years, key=lambda y: (self(y), y)) if years else None


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
    return YearScore(
        bounds.lower, bounds.upper, _written_year(cues), tuple(weekday_dates), bounds.lower_day, bounds.upper_day
    )


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
