"""Resolution: a recognised span + the anchor (+ tense, + narrative state) → a TIMEX3 type and value.

Every pattern of ``rules.patterns`` names one resolver of ``RESOLVERS``. A resolver reads the pattern's named
groups and returns a :class:`Resolution` (or several, for a range), or None to drop the candidate.

What a value was resolved against is recorded in ``Resolution.anchor``:

* ``"none"`` — nothing: the expression is complete by itself (``October 14, 2016``, ``1990``, ``P2W``,
  ``PRESENT_REF``, a set), or it could not be resolved and stays underspecified (``XXXX-10-14``);
* ``"published"`` — the anchor (the date the text was written): ``yesterday``, ``last week``, ``Friday``, and
  also ``October 14`` whose year was taken from it;
* ``"narrative"`` — the last date the text itself established: ``the next day``, ``two days later``, ``that
  week``. Before the text establishes any date the narrative date is the anchor, and then ``"published"`` is
  recorded.

The anchor is never replaced by today's date: without one, relative values keep ``X`` placeholders.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field

from dateutil.easter import easter
from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

from ..model import GRANULARITIES
from . import languages, timex
from .recognise import Candidate, foreign_names
from .rules import vocabulary as vocab

PAST, PRESENT, FUTURE = "past", "present", "future"


@dataclass(frozen=True)
class Resolution:
    type: str
    value: str
    anchor: str = "none"
    mod: str | None = None
    #: A sub-span of the candidate (offsets into the text) when one candidate gives several mentions.
    span: tuple[int, int] | None = None
    #: False for comparisons ("a year earlier", "the year-ago quarter"): they refer back to a period without
    #: moving the narrative to it, so they do not become the date later anaphora resolve against.
    establishes: bool = True


#: How many of the latest dates the text established "that day", "the next day" may refer back to. Swept on
#: TBAQ dev and the English dev set (value F1): 1, 2, 4, 8 and 16 all give 0.8165 and 0.8931 (the date such a
#: phrase means is the latest one in these texts); 8 kept for longer narratives than TBAQ's.
NARRATIVE_MEMORY = 8
#: How many established values ``Narrative`` keeps: the most any reader looks back (``NARRATIVE_MEMORY``, the
#: report windows below); not a tuning knob.
NARRATIVE_KEPT = 16


@dataclass
class Narrative:
    """The dates the text has established so far, most recent last: what anaphoric expressions refer to."""

    anchor: dt.date | None
    values: list[str] = field(default_factory=list)
    #: The dates the text just before this one established (the post above, in one thread): what an anaphor
    #: ("on that date", "the next day") refers to before the text states a date of its own.
    before: tuple[str, ...] = ()

    def update(self, resolution: Resolution) -> None:
        if resolution.establishes and resolution.type in ("DATE", "TIME") and timex.interval(resolution.value):
            self.values.append(resolution.value)
            # only the latest few are ever read back: a book-long text must not keep one value per date it names
            if len(self.values) > 2 * NARRATIVE_KEPT:
                del self.values[:-NARRATIVE_KEPT]

    def last(self, finest: str | None = None, anaphor: bool = False) -> tuple[str, str] | None:
        """The most recent established value (with ``"narrative"``) whose granularity is ``finest`` or finer;
        for an ``anaphor`` in a text that has established none yet, the one the text before it established;
        else the anchor's day (with ``"published"``); else None."""
        order = GRANULARITIES
        values = self.values if self.values or not anaphor else list(self.before)
        for value in reversed(values[-NARRATIVE_MEMORY:]):
            grain = timex.granularity(value)
            if finest is None or (grain in order and order.index(grain) <= order.index(finest)):
                return value, "narrative"
        if self.anchor:
            return self.anchor.isoformat(), "published"
        return None


@dataclass
class Context:
    anchor: dt.date | None
    narrative: Narrative
    tense: str | None = None
    text: str = ""


# ---------------------------------------------------------------------------------------------------- words


def _key(word: str | None) -> str:
    return re.sub(r"[\s’]+", lambda m: "'" if "’" in m.group() else " ", (word or "").lower().strip()).rstrip(".")


def _name_number(word: str, names, foreign: int) -> int | None:
    """The number of a month or weekday name, English first, then the foreign names from dateparser's data."""
    key = _key(word)
    for number, forms in names:
        if key in forms:
            return number
    found = foreign_names()[foreign].get(key)
    if found is None:
        found = (languages.month_forms() if foreign == 0 else languages.weekday_forms()).get(key)
    return found


def month_number(word: str) -> int | None:
    return _name_number(word, vocab.MONTHS, 0)


def weekday_number(word: str) -> int | None:
    return _name_number(word, vocab.WEEKDAYS, 1)


_UNITS = {form: (name, code, grain) for name, code, grain, forms in vocab.UNITS for form in forms}
_PARTS = {form: code for code, forms in vocab.PARTS_OF_DAY for form in forms} | languages.PART_FORMS
_SEASONS = {form: code for code, forms in vocab.SEASONS for form in forms}
_HOLIDAYS = {form: rule for _, rule, forms in vocab.HOLIDAYS for form in forms}
_ORDINALS = dict(vocab.ORDINAL_WORDS)


def unit_of(word: str) -> tuple[str, str, str]:
    """(unit name, TIMEX3 duration code, granularity) of a unit word ("weeks" → ("week", "W", "week"))."""
    return _UNITS[_key(word).replace(" ", "")]


def number_of(word: str | None) -> float | None:
    """The amount a number phrase says, or None when it is vague ("several", "a few")."""
    key = _key(word)
    if not key:
        return 1
    key = key.replace(",", "")
    half = 0.0
    if key.endswith(" and a half"):
        key, half = key[: -len(" and a half")], 0.5
    if re.fullmatch(r"\d+(?:\.\d+)?", key):
        return float(key) + half
    if m := re.fullmatch(r"(\d+)[\s-]+(\d)/(\d)", key):
        # (a zero under the bar is no fraction: "0 0/0 week" says no amount)
        return int(m[1]) + int(m[2]) / int(m[3]) if int(m[3]) else None
    if key in vocab.NUMBER_WORDS:
        return vocab.NUMBER_WORDS[key] + half
    parts = re.split(r"[-\s]+", key)
    if len(parts) == 2 and all(p in vocab.NUMBER_WORDS for p in parts):
        return vocab.NUMBER_WORDS[parts[0]] + vocab.NUMBER_WORDS[parts[1]] + half
    return None


def spoken_year(words: str) -> int | None:
    """ "nineteen ninety-six" → 1996, "two thousand" → 2000."""
    key = re.sub(r"[-\s]+", " ", _key(words)).replace(" hundred and ", " ").replace(" hundred ", " ")
    key = key.replace(" oh ", " ")
    if key.startswith("two thousand"):
        rest = key[len("two thousand") :].replace(" and ", " ").strip()
        return 2000 + int((number_of(rest) or 0) if rest else 0)  # a year is an int, never 2005.0
    head, _, rest = key.partition(" ")
    first = vocab.NUMBER_WORDS.get(head)
    last = number_of(rest) if rest else None
    if first is None or last is None:
        return None
    return int(first * 100 + last)


def modifier(word: str | None) -> str | None:
    key = _key(word)
    if key in vocab.MODIFIERS:
        return vocab.MODIFIERS[key]
    return vocab.MODIFIERS.get(key.rstrip("-"))


def approximation(word: str | None) -> str | None:
    return vocab.APPROXIMATORS.get(_key(word))


# ---------------------------------------------------------------------------------------------------- calendar


def shift(day: dt.date, amount: int, unit: str) -> dt.date:
    """``day`` moved by ``amount`` calendar units, clamping the day of the month (Mar 31 - 1 month = Feb 28)."""
    if unit in _SECONDS:  # "the next hour" from a day: the day it falls on
        return day + dt.timedelta(days=int(amount * _SECONDS[unit] / 86400))  # whole days, towards zero
    if unit in ("day", "night"):
        return day + dt.timedelta(days=amount)
    if unit in ("week", "weekend"):
        return day + dt.timedelta(weeks=amount)
    if unit == "fortnight":
        return day + dt.timedelta(weeks=2 * amount)
    return day + relativedelta(months=MONTHS_IN[unit] * amount)  # clamps the day: Mar 31 - 1 month = Feb 28


#: dateutil's weekdays in ISO order (index 0 is Monday, ISO weekday 1).
WEEKDAYS = (MO, TU, WE, TH, FR, SA, SU)
#: Calendar units counted in months.
MONTHS_IN = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}


#: Sub-day units in seconds: a shift by them moves a clock time, or a day by whole days only.
_SECONDS = {"hour": 3600, "minute": 60, "second": 1}
#: The largest year a TIMEX3 value writes with four digits; "125,000 years ago" lies beyond it.
LAST_WRITABLE_YEAR = 9999


def moved_value(day: dt.date, amount: int, unit: str) -> str:
    """The value of the ``unit``-sized period ``amount`` units from ``day``, valid wherever it lands.

    Before year 1 the value is written in TimeML's BC notation at the unit's own granularity ("2,500 years
    ago" from 2014 → ``BC0487``, centuries → ``BC05``); beyond what four digits write, ``PAST_REF`` or
    ``FUTURE_REF``: Python's calendar ends at year 1 and 9999, a TIMEX3 value does not."""
    try:
        return format_at(shift(day, amount, unit), unit)
    except (ValueError, OverflowError):
        pass
    months = MONTHS_IN.get(unit)
    if months is None or amount > 0:
        return "PAST_REF" if amount < 0 else "FUTURE_REF"
    year = (day.year * 12 + day.month - 1 + months * amount) // 12  # astronomical: 0 is 1 BC
    before_christ = 1 - year
    if before_christ > LAST_WRITABLE_YEAR:
        return "PAST_REF"
    if unit == "century":
        return f"BC{before_christ // 100:02d}"  # as CE centuries: the hundreds of the year
    if unit == "decade":
        return f"BC{before_christ // 10:03d}"
    return f"BC{before_christ:04d}"


def format_at(day: dt.date, unit: str) -> str:
    """The value naming the ``unit``-sized period that holds ``day``."""
    if unit in ("day", "night", "hour", "minute", "second"):
        return timex.format_day(day)
    if unit in ("week", "fortnight"):
        return timex.format_week(day)
    if unit == "weekend":
        return timex.format_week(day) + "-WE"
    if unit == "month":
        return timex.format_month(day.year, day.month)
    if unit == "quarter":
        return timex.format_quarter(day.year, timex.quarter_of(day))
    if unit == "decade":
        return timex.format_decade(day.year)
    if unit == "century":
        return timex.format_century(day.year)
    return f"{day.year:04d}"


def underspecified(unit: str) -> str:
    """The value of a ``unit``-sized period nothing pins down (``XXXX-WXX``)."""
    return {
        "day": "XXXX-XX-XX",
        "night": "XXXX-XX-XX",
        "week": "XXXX-WXX",
        "weekend": "XXXX-WXX-WE",
        "fortnight": "XXXX-WXX",
        "month": "XXXX-XX",
        "quarter": "XXXX-QX",
        "decade": "XXX",
        "century": "XX",
    }.get(unit, "XXXX")


def shift_value(value: str, amount: int, unit: str) -> str | None:
    """A date value moved by ``amount`` units, keeping its own granularity (``1989-Q3`` - 1 year = ``1988-Q3``)."""
    span = timex.interval(value)
    if not span:
        return None
    start = dt.date.fromisoformat(span[0][:10])
    moved = shift(start, amount, unit)
    m = re.fullmatch(r"\d{4}(-Q\d|-H\d|-SP|-SU|-FA|-WI)", value)
    if m and unit in ("year", "decade", "century"):
        return f"{moved.year:04d}{m.group(1)}"
    if m and m.group(1).startswith("-Q"):
        return timex.format_quarter(moved.year, timex.quarter_of(moved))
    grain = span[2]
    if grain == "time":
        return moved.isoformat() + value[10:]
    if value.endswith("-WE"):
        return timex.format_week(moved) + "-WE"
    return format_at(moved, {"time": "day", "season": "year"}.get(grain, grain))


#: A month-day this close to the anchor (a month this many months away) is taken in the nearest year
#: whatever the tense: news dates cluster around the writing date, and "payable Dec. 7" has no finite verb.
#: Swept on TBAQ dev value F1 (days, months): (30, 1) 0.814, (45, 2) 0.816, (60, 2) 0.817, (90, 3) 0.815,
#: (120, 4) 0.813; the English dev set 0.893 at every setting.
CLOSE_DAYS = 60
CLOSE_MONTHS = 2
#: A month-day more than this many days ahead (over half a year: its past occurrence is the nearer one) is
#: taken in the past even under a future verb. News writes the year of a date that far ahead; on the t17-dev
#: topics every such year-less day resolved ahead was a past event governed by another clause's verb ("the
#: April 20 explosion ... will not testify", "ran until July 15").
FAR_AHEAD_DAYS = 183


def nearest_year(month: int, day: int | None, anchor: dt.date, tense: str | None, far_ahead: bool = False) -> int:
    """The year of a month (and day) written without one, seen from ``anchor``.

    Near the anchor (``CLOSE_DAYS``) the nearest occurrence wins. Further away, past tense looks back (the
    latest such date on or before the anchor) and future tense looks forward (the earliest on or after it, a
    day at most ``FAR_AHEAD_DAYS`` ahead unless ``far_ahead``: "effective June 1" may be further);
    without a tense the nearest occurrence wins, as news mostly reports the recent past and the near future.
    """

    def first_day(year: int) -> dt.date:
        return dt.date(year, month, min(day or 1, calendar.monthrange(year, month)[1]))

    candidates = [anchor.year - 1, anchor.year, anchor.year + 1]
    if day is None:  # a whole month: compare months, the anchor's own month counts as both past and future
        here = anchor.year * 12 + anchor.month

        def distance(year: int) -> int:
            return year * 12 + month - here
    else:

        def distance(year: int) -> int:
            return (first_day(year) - anchor).days

    nearest = min(candidates, key=lambda y: (abs(distance(y)), -y))
    if abs(distance(nearest)) <= (CLOSE_MONTHS if day is None else CLOSE_DAYS):
        return nearest  # near the anchor: the parse of one verb is less reliable than the calendar
    if tense == PAST:
        return max(y for y in candidates if distance(y) <= 0)
    if tense == FUTURE:
        ahead = min(y for y in candidates if distance(y) >= 0)
        if day is not None and distance(ahead) > FAR_AHEAD_DAYS and not far_ahead:
            return max(y for y in candidates if distance(y) <= 0)
        return ahead
    return nearest


def resolve_weekday(weekday: int, anchor: dt.date, tense: str | None, rel: str = "") -> dt.date:
    """The date of a weekday name seen from ``anchor``.

    ``last`` is the latest such day strictly before the anchor, ``next`` the earliest strictly after, ``this``
    the one in the anchor's week. A bare weekday follows the tense of its verb: past looks back, future looks
    forward, both including the anchor day itself (news says "said Friday" on the Friday). The present tense
    and no tense look back too: news reports mostly what happened, and schedules ("meets Tuesday") are
    usually marked by a future or prospective verb ("is scheduled to meet"), which ``tense`` reports as future.
    """
    back = (anchor.isoweekday() - weekday) % 7
    forward = (weekday - anchor.isoweekday()) % 7
    if rel in ("last", "this past", "past", "the previous"):
        return anchor - dt.timedelta(days=back or 7)
    if rel in ("next", "this coming", "coming", "the following", "the next"):
        return anchor + dt.timedelta(days=forward or 7)
    if rel == "this":
        return anchor + dt.timedelta(days=weekday - anchor.isoweekday())
    if tense == FUTURE:
        return anchor + dt.timedelta(days=forward)
    return anchor - dt.timedelta(days=back)


def holiday_date(rule: str, year: int) -> dt.date:
    """The date of a holiday rule (``12-25``, ``nth:11:4:4``, ``easter-2``, ``election``) in ``year``."""
    if m := re.fullmatch(r"(\d\d)-(\d\d)", rule):
        return dt.date(year, int(m[1]), int(m[2]))
    if rule.startswith("nth:"):
        _, month, weekday, nth = rule.split(":")
        return nth_weekday(year, int(month), int(weekday), int(nth))
    if rule.startswith("easter"):
        offset = int(rule[6:] or 0)
        return easter(year) + dt.timedelta(days=offset)  # dateutil's Western Easter Sunday
    if rule == "election":  # the Tuesday after the first Monday of November
        return nth_weekday(year, 11, 1, 1) + dt.timedelta(days=1)
    raise ValueError(rule)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The ``nth`` ISO ``weekday`` (1 = Monday) of the month; ``nth`` < 0 counts from the month's end."""
    day_of_week = WEEKDAYS[weekday - 1](nth)
    return dt.date(year, month, 1) + relativedelta(day=31 if nth < 0 else 1, weekday=day_of_week)


# ---------------------------------------------------------------------------------------------------- resolvers


def _g(c: Candidate, name: str) -> str:
    return (c.groups.get(name) or "").strip()


def _rel(c: Candidate, name: str = "rel") -> str:
    return re.sub(r"\s+", " ", _g(c, name).lower())


def _time_suffix(c: Candidate) -> str:
    hour, minute = _g(c, "hour"), _g(c, "minute")
    return f"T{int(hour):02d}:{int(minute or 0):02d}" if hour else ""


def resolve_calendar_date(c: Candidate, ctx: Context) -> Resolution | None:
    """A day written with its month (``October 14, 2016``, ``14 октября``, ``Oct. 14``, ``2016-10-14``).

    A missing year comes from the anchor (``"of last year"`` shifts it); a weekday written next to the date
    picks the year whose calendar agrees; otherwise the governing verb's tense decides (:func:`nearest_year`).
    """
    month_word, day_word = _g(c, "month"), _g(c, "day")
    month = int(month_word) if month_word.isdigit() else month_number(month_word)
    day = int(day_word) if day_word.isdigit() else _ORDINALS.get(day_word.lower())
    if not month or not day or day > 31:
        return None
    if c.name == "slashed_mdy" and month > 12:
        month, day = day, month
    kind = "TIME" if _g(c, "hour") else "DATE"
    year_word, relyear = _g(c, "year"), _rel(c, "relyear")
    anchor_used = "none"
    if year_word:
        year = int(year_word)
    elif ctx.anchor is None:
        return Resolution(kind, f"XXXX-{month:02d}-{day:02d}" + _time_suffix(c), "none")
    else:
        anchor_used = "published"
        if relyear:
            base = ctx.anchor.year
            if relyear in ("the same", "the following", "the previous"):
                found = ctx.narrative.last("year")
                base = int(found[0][:4]) if found else base
                anchor_used = found[1] if found else anchor_used
            year = base + {"last": -1, "next": 1, "the following": 1, "the previous": -1}.get(relyear, 0)
        elif _g(c, "weekday") and (weekday := weekday_number(_g(c, "weekday"))):
            year = _year_matching_weekday(month, day, weekday, ctx)
        else:
            far_ahead = bool(_TAKES_EFFECT.search(ctx.text, max(0, c.start - 24), c.start))
            tense = PAST if _opens_entry(c, ctx.text) else ctx.tense
            year = nearest_year(month, day, ctx.anchor, tense, far_ahead)
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    if unit := _g(c, "unit").lower():  # the week of March 6
        return Resolution(kind, format_at(date, unit), anchor_used)
    return Resolution(kind, date.isoformat() + _time_suffix(c), anchor_used)


#: A date that opens a line or sentence and is followed by a dash or a colon heads an entry of a chronology
#: ("April 22 - The rig sinks.", "28 April: Coastguard fears ..."): entries tell what happened, so beyond
#: CLOSE_DAYS it is read in the past whatever the entry's verb ("BP says ...").
_ENTRY_AFTER = re.compile(r"\s*(?:\(\w+\)\s*)?(?:--?|\u2013|\u2014|:)\s")
_ENTRY_BEFORE = re.compile(r"(?:^|[\n.;!?]|-RRB-|\))\s*$")


#: A date right after these words is when something starts to apply, which may be announced long ahead
#: ("a new labor pact effective June 1" read in November).
_TAKES_EFFECT = re.compile(r"\b(?:effective|starting|beginning|takes? effect)\s+(?:on\s+|from\s+)?$", re.IGNORECASE)


def _opens_entry(c: Candidate, text: str) -> bool:
    if not text or not _ENTRY_AFTER.match(text, c.end):
        return False
    return bool(_ENTRY_BEFORE.search(text[max(0, c.start - 12) : c.start])) or c.start == 0


def _year_matching_weekday(month: int, day: int, weekday: int, ctx: Context) -> int:
    assert ctx.anchor
    fitting = []
    for year in (ctx.anchor.year, ctx.anchor.year - 1, ctx.anchor.year + 1):
        try:
            if dt.date(year, month, day).isoweekday() == weekday:
                fitting.append(year)
        except ValueError:
            continue
    return fitting[0] if fitting else nearest_year(month, day, ctx.anchor, ctx.tense)


def resolve_day_range(c: Candidate, ctx: Context) -> list[Resolution] | None:
    """``October 14-16``: two mentions, the first day (with its month) and the last day (the bare number),
    both in the month and year the first one resolves to."""
    first = resolve_calendar_date(c, ctx)
    if first is None:
        return None
    first_day, last_day = int(first.value[8:10]), int(_g(c, "day2"))
    last_value = first.value[:8] + f"{last_day:02d}"
    if last_day <= first_day:
        return None
    if not last_value.startswith("X"):
        try:
            dt.date.fromisoformat(last_value)
        except ValueError:
            return None
    day_text, last_text = _g(c, "day"), _g(c, "day2")
    first_end = c.start + c.text.index(day_text, len(_g(c, "month"))) + len(day_text)
    last_start = c.start + c.text.rindex(last_text)
    last_end = c.end if _g(c, "year") else last_start + len(last_text)
    return [
        Resolution("DATE", first.value, first.anchor, span=(c.start, first_end)),
        Resolution("DATE", last_value, first.anchor, span=(last_start, last_end)),
    ]


def resolve_month_of_year(c: Candidate, ctx: Context) -> Resolution | None:
    """A month: with a year (``July 1997``), a relative year (``June last year``), a relative word
    (``last May``) or alone (``in May``, year from the anchor and the tense)."""
    month = month_number(_g(c, "month"))
    if not month:
        return None
    mod = modifier(_g(c, "mod"))
    year_word, relyear, rel = _g(c, "year"), _rel(c, "relyear"), _rel(c)
    if year_word:
        year = int(year_word) if year_word.isdigit() else spoken_year(year_word)
        return Resolution("DATE", timex.format_month(year, month), "none", mod) if year else None
    if ctx.anchor is None:
        return Resolution("DATE", f"XXXX-{month:02d}", "none", mod)
    here = ctx.anchor.month
    if relyear:
        year = ctx.anchor.year + {"last": -1, "next": 1}.get(relyear, 0)
    elif rel in ("last", "this past", "the previous"):
        year = ctx.anchor.year if month < here else ctx.anchor.year - 1
    elif rel in ("next", "this coming", "the following"):
        year = ctx.anchor.year if month > here else ctx.anchor.year + 1
    elif rel == "this":
        year = ctx.anchor.year
    elif rel in ("that", "the same"):
        found = ctx.narrative.last("year")
        if found:
            return Resolution("DATE", timex.format_month(int(found[0][:4]), month), found[1], mod)
        year = ctx.anchor.year
    else:
        year = nearest_year(month, None, ctx.anchor, ctx.tense)
    return Resolution("DATE", timex.format_month(year, month), "published", mod)


def resolve_year(c: Candidate, ctx: Context) -> Resolution | None:
    """``1990``, ``fiscal 1989``, ``mid-1996``, ``the year two thousand``: complete by themselves."""
    word = _g(c, "year")
    year = int(word) if word else spoken_year(_g(c, "spoken"))
    if year is None:
        return None
    return Resolution("DATE", f"{year:04d}", "none", modifier(_g(c, "mod")))


_DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}


def resolve_decade(c: Candidate, ctx: Context) -> Resolution | None:
    """``the 1990s`` → ``199``; ``the '80s`` and ``the eighties`` take the latest century not after the anchor,
    and stay ``XX8`` (any century) without one."""
    mod = modifier(_g(c, "mod"))
    if word := _g(c, "decade"):
        return Resolution("DATE", word[:3], "none", mod)
    if short := _g(c, "short"):
        tens = int(short[1])
    else:
        tens = _DECADE_WORDS[_g(c, "word").lower().split()[-1]]
    if ctx.anchor is None:  # no built-in year to guess the century from: "the '20s" stays underspecified
        return Resolution("DATE", f"XX{tens}", "none", mod)
    reference = ctx.anchor.year
    century = reference // 100
    if century * 100 + tens * 10 > reference:
        century -= 1
    if century < 0:  # an anchor in the first century AD: no earlier decade of that name to write
        return Resolution("DATE", f"XX{tens}", "none", mod)
    return Resolution("DATE", f"{century:02d}{tens}", "published", mod)


def resolve_year_range(c: Candidate, ctx: Context) -> list[Resolution] | None:
    """``2011-2012``, ``the 1962-63 season``: two years, the second written in full or by its last two digits
    (in the first one's century, or the next when it wraps: ``1999-00``). A second part not after the first is
    no range ("1990-85" is a score or a code)."""
    first = int(_g(c, "year"))
    second_word = _g(c, "year2")
    second = int(second_word) if len(second_word) == 4 else first // 100 * 100 + int(second_word)
    if len(second_word) == 2 and second < first:
        second += 100
    if not first < second <= first + 100:
        return None
    first_end = c.start + len(_g(c, "year"))
    second_start = c.start + c.text.rindex(second_word)
    return [
        Resolution("DATE", f"{first:04d}", "none", span=(c.start, first_end)),
        Resolution("DATE", f"{second:04d}", "none", span=(second_start, second_start + len(second_word))),
    ]


def resolve_century(c: Candidate, ctx: Context) -> Resolution | None:
    """``the 20th century`` → ``19``."""
    ordinal = int(_g(c, "ord")) if _g(c, "ord") else _ORDINALS.get(_g(c, "ordword").lower())
    if not ordinal:
        return None
    return Resolution("DATE", f"{ordinal - 1:02d}", "none", modifier(_g(c, "mod")))


def _quarter_number(word: str) -> int | None:
    word = word.lower()
    return _ORDINALS.get(word) or (int(word[0]) if word[:1].isdigit() else None)


def nearest_century(two_digits: int, reference: int) -> int:
    """The year ending in ``two_digits`` nearest to ``reference``, the anchor's year: "Q1 '17" in a text of 2016
    is 2017, "Q4 '98" in one of 2001 is 1998 (no fixed pivot year)."""
    base = reference // 100 * 100 + two_digits
    return min((base - 100, base, base + 100), key=lambda year: (abs(year - reference), -year))


def resolve_quarter(c: Candidate, ctx: Context) -> Resolution | None:
    """``the third quarter`` (of the anchor's year), ``Q1 2017``, ``the first half of 1990``,
    ``the year-ago third quarter``, ``next year's first quarter``."""
    if c.name == "quarter_code":
        number = int(_g(c, "q") or _g(c, "q2"))
        year_word = _g(c, "year") or _g(c, "year2")
        if len(year_word) == 4:
            return Resolution("DATE", timex.format_quarter(int(year_word), number), "none")
        if ctx.anchor is None:  # "Q1 '17" of no known century: no built-in year to pick one
            return Resolution("DATE", f"XX{year_word}-Q{number}", "none")
        return Resolution(
            "DATE", timex.format_quarter(nearest_century(int(year_word), ctx.anchor.year), number), "published"
        )
    unit = _g(c, "unit").lower()
    half = unit == "half"
    number = 2 if half and _g(c, "ord").lower() == "last" else _quarter_number(_g(c, "ord"))
    if not number or (half and number > 2) or number > 4:
        return None
    code = f"H{number}" if half else f"Q{number}"
    if c.text.lower().rstrip("s").endswith("quarter") and c.text.lower().endswith("s") and not _g(c, "year"):
        return None  # "fourth quarters": a set of quarters, left out
    year_word = _g(c, "year") or _g(c, "year2")
    if year_word:
        return Resolution("DATE", f"{int(year_word):04d}-{code}", "none")
    rel = _rel(c, "relyear") or _rel(c, "relyear0")
    if not rel and re.match(r"(this|last|next) year's", c.text.lower()):
        rel = c.text.lower().split()[0]
    modq = _rel(c, "modq")
    if ctx.anchor is None:
        return Resolution("DATE", f"XXXX-{code}", "none")
    year = ctx.anchor.year + {"last": -1, "next": 1}.get(rel, 0)
    current = timex.quarter_of(ctx.anchor) if not half else (timex.quarter_of(ctx.anchor) + 1) // 2
    if not rel and number > current and (ctx.tense == PAST or (not half and number == 4 and current == 1)):
        # a quarter still ahead in the anchor's year, told in the past (or the fourth quarter in January to
        # March, the one just reported on): last year's
        year -= 1
    if modq in ("year-ago", "year-earlier"):
        return Resolution("DATE", f"{year - 1:04d}-{code}", "published", establishes=False)
    return Resolution("DATE", f"{year:04d}-{code}", "published")


def latest_completed_quarter(anchor: dt.date) -> str:
    """The quarter that ended last before ``anchor``: what "the latest quarter" reports on."""
    return shift_value(timex.format_quarter(anchor.year, timex.quarter_of(anchor)), -3, "month") or ""


#: How many of the narrative's latest dates a reporting period ("the quarter") looks through for the quarter a
#: report is about; a duration ("the latest quarter's") looks through fewer. Swept on TBAQ dev (value F1; the
#: English dev set is 0.8931 throughout): period window 3 / 6 / 10 0.8154 / 0.8165 / 0.8165, duration window
#: 2 / 4 / 8 0.8165 / 0.8165 / 0.8160; kept at the smallest windows that reach the best.
REPORT_PERIOD_WINDOW = 6
REPORT_DURATION_WINDOW = 4


def reported_period(ctx: Context, window: int) -> str | None:
    """The quarter (or half) a financial report is about, from the last ``window`` dates of the narrative.

    Reports cover the quarter that ended last before they were written; other quarters a report names in
    passing ("after a flat second quarter", "a fourth-quarter charge") do not replace it. So the latest
    completed quarter wins when the narrative named it recently, else the last quarter named.
    """
    quarters = [v for v in ctx.narrative.values[-window:] if re.fullmatch(r"\d{4}-(Q\d|H\d)", v)]
    if not quarters:
        return None
    if ctx.anchor is not None and latest_completed_quarter(ctx.anchor) in quarters:
        return latest_completed_quarter(ctx.anchor)
    return quarters[-1]


def resolve_financial_period(c: Candidate, ctx: Context) -> Resolution | None:
    """Reporting periods of financial news: ``the quarter``, ``the latest period``, ``the year-ago quarter``,
    ``the 1988 period``, ``the current quarter``.

    They refer to the period the report is about: the last quarter the text named, else the quarter that ended
    last before the anchor. "Year-ago" / "year-earlier" / "a year ago" periods are that period a year back.
    """
    words = c.text.lower()
    unit = _g(c, "unit").lower()
    year_word = _g(c, "year")
    if unit.endswith("year"):  # the fiscal year
        if year_word:
            return Resolution("DATE", year_word, "none")
        if ctx.anchor is None:
            return Resolution("DATE", "XXXX", "none")
        found = ctx.narrative.last("year")
        year = int(found[0][:4]) if found and found[1] == "narrative" else ctx.anchor.year
        if re.search(r"\b(?:current|this)\b", words):
            year, found = ctx.anchor.year, None
        if re.search(r"year-ago|year-earlier|a year ago|last year|previous|prior", words):
            year -= 1
        return Resolution("DATE", f"{year:04d}", found[1] if found else "published")
    reported = reported_period(ctx, REPORT_PERIOD_WINDOW)
    used = "narrative" if reported else "published"
    if ctx.anchor is None and reported is None:
        return Resolution("DATE", "XXXX-QX", "none")
    if re.search(r"\b(current|this)\b", words) and ctx.anchor:
        reported, used = timex.format_quarter(ctx.anchor.year, timex.quarter_of(ctx.anchor)), "published"
    elif reported is None:
        reported = latest_completed_quarter(ctx.anchor)
    if year_word:
        return Resolution("DATE", f"{year_word}{reported[4:]}", used)
    if re.search(r"year-ago|year-earlier|a year (?:ago|earlier)|last year|prior-year|previous year", words):
        return Resolution("DATE", shift_value(reported, -1, "year") or reported, used, establishes=False)
    return Resolution("DATE", reported, used)


#: Seasons in calendar order; a year's winter starts in its December, so it comes last.
_SEASON_ORDER = ["SP", "SU", "FA", "WI"]


def _season_of(day: dt.date) -> tuple[int, str]:
    """(year, season) holding ``day``; December belongs to the winter of its own year (``1994-WI`` runs
    December 1994 to February 1995), January and February to the previous year's winter."""
    if day.month == 12:
        return day.year, "WI"
    if day.month <= 2:
        return day.year - 1, "WI"
    return day.year, {3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(day.month, "FA")


def resolve_season(c: Candidate, ctx: Context) -> Resolution | None:
    """``spring 2015``, ``last fall``, ``this summer``, ``the summer`` (the tense picks the year)."""
    season = _SEASONS[_key(_g(c, "season"))]
    mod = modifier(_g(c, "mod"))
    year_word = _g(c, "year")
    if year_word:
        year = int(year_word) if year_word.isdigit() else spoken_year(year_word)
        return Resolution("DATE", f"{year:04d}-{season}", "none", mod) if year else None
    if ctx.anchor is None:
        return Resolution("DATE", f"XXXX-{season}", "none", mod)
    rel = (
        _rel(c)
        or re.match(r"\s*(this past|this coming|last|next|this)\b", c.text.lower())
        and re.match(r"\s*(this past|this coming|last|next|this)\b", c.text.lower()).group(1)
        or ""
    )
    here_year, here = _season_of(ctx.anchor)
    position = here_year * 4 + _SEASON_ORDER.index(here)
    target = _SEASON_ORDER.index(season)
    back = (position - target) % 4
    forward = (target - position) % 4
    if rel in ("last", "the previous"):
        index = position - (back or 4)
    elif rel in ("next", "this coming", "the following"):
        index = position + (forward or 4)
    elif rel == "this past":
        index = position - back
    elif rel == "this" or ctx.tense not in (PAST, FUTURE):
        index = position - back if back <= forward else position + forward
    elif ctx.tense == PAST:
        index = position - back
    else:
        index = position + forward
    return Resolution("DATE", f"{index // 4:04d}-{_SEASON_ORDER[index % 4]}", "published", mod)


def resolve_weekday_mention(c: Candidate, ctx: Context) -> Resolution | None:
    """``Friday``, ``last Tuesday``, ``Tuesday morning``: see :func:`resolve_weekday`."""
    weekday = weekday_number(_g(c, "weekday"))
    if not weekday:
        return None
    part = _PARTS.get(_key(_g(c, "part")))
    kind = "TIME" if part else "DATE"
    suffix = f"T{part}" if part else ""
    mod = modifier(_g(c, "mod"))
    rel = _rel(c)
    if ctx.anchor is None:
        return Resolution(kind, f"XXXX-WXX-{weekday}{suffix}", "none", mod)
    if rel in ("the following", "the next", "that", "the previous"):
        found = ctx.narrative.last("day", anaphor=True)
        base = dt.date.fromisoformat(found[0][:10]) if found else ctx.anchor
        if rel == "that":
            day = resolve_weekday(weekday, base, ctx.tense or PAST)
        else:
            day = resolve_weekday(weekday, base, None, rel)
        return Resolution(kind, day.isoformat() + suffix, found[1] if found else "published", mod)
    possessive = re.match(r"['’]s\b", ctx.text[c.end : c.end + 3])
    # "Wednesday's ruling": a weekday naming an event already known is past whatever verb governs the sentence
    day = resolve_weekday(weekday, ctx.anchor, PAST if possessive else ctx.tense, rel)
    return Resolution(kind, day.isoformat() + suffix, "published", mod)


_DEICTIC_DAYS = {
    "today": 0,
    "tonight": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}


def resolve_deictic_day(c: Candidate, ctx: Context) -> Resolution | None:
    """``yesterday``, ``today``, ``tomorrow``, ``tonight``, ``this morning``, ``last night``,
    ``late yesterday``, ``mid-afternoon yesterday``: a day (or a part of one) counted from the anchor."""
    word = _rel(c, "deictic")
    mod_word = _g(c, "mod").lower()
    part = _PARTS.get(_key(_g(c, "part")))
    if mod_word.replace("-", "").replace(" ", "") in ("midafternoon", "midmorning"):
        part = "AF" if "afternoon" in mod_word else "MO"
        mod_word = ""
    if word == "tonight":
        part = "NI"
    if word in ("this", "last"):  # this morning, last night
        offset = -1 if word == "last" else 0
    else:
        offset = _DEICTIC_DAYS[word]
    kind = "TIME" if part else "DATE"
    suffix = f"T{part}" if part else ""
    if ctx.anchor is None:
        return Resolution(kind, "XXXX-XX-XX" + suffix, "none")
    day = ctx.anchor + dt.timedelta(days=offset)
    return Resolution(kind, day.isoformat() + suffix, "published", modifier(mod_word))


def resolve_clock_time(c: Candidate, ctx: Context) -> Resolution | None:
    """``3 p.m.``, ``23:49``, ``noon Thursday``, ``9 a.m. EST Tuesday``, ``4 in the morning``: a clock time on
    the day written next to it, else on the anchor day (or the day the narrative is at)."""
    hour_word = _g(c, "hour") or _g(c, "hour24")
    minute = int(_g(c, "minute") or _g(c, "minute24") or 0)
    noon = _g(c, "noon").lower()
    if noon:
        hour = 24 if noon == "midnight" else 12
    else:
        hour = int(hour_word) if hour_word.isdigit() else int(number_of(hour_word) or 0)
        ampm = _g(c, "ampm").lower()[:1]
        part = _g(c, "part").lower()
        if ampm == "p" or part in ("afternoon", "evening"):
            hour = hour % 12 + 12
        elif ampm == "a" or part == "morning":
            hour = hour % 12
    if hour > 24 or (c.name == "oclock" and hour == 0):
        return None
    clock = f"T{hour:02d}:{minute:02d}"
    day: str | None = None
    used = "none"
    if _g(c, "month") and _g(c, "day"):
        dated = resolve_calendar_date(c, ctx)
        if dated is None:
            return None
        day, used = dated.value[:10], dated.anchor
    elif _g(c, "deictic"):
        deictic = _rel(c, "deictic")
        if ctx.anchor:
            day, used = (ctx.anchor + dt.timedelta(days=_DEICTIC_DAYS[deictic])).isoformat(), "published"
    elif _g(c, "weekday") and ctx.anchor:
        weekday = weekday_number(_g(c, "weekday"))
        if weekday:
            day, used = resolve_weekday(weekday, ctx.anchor, ctx.tense).isoformat(), "published"
    elif c.name == "entry_time" and ctx.anchor:
        day, used = ctx.anchor.isoformat(), "published"  # a live page's entries are of the day it was written
    elif ctx.anchor:
        found = ctx.narrative.last("day")
        if found:
            day, used = found[0][:10], found[1]
    if day is None:
        day, used = "XXXX-XX-XX", "none"
    mod = approximation(_g(c, "approx"))
    return Resolution("TIME", day + clock, used, mod)


def resolve_holiday(c: Candidate, ctx: Context) -> Resolution | None:
    """``Christmas``, ``last Thanksgiving``, ``Easter week``: the holiday's rule in the year the anchor and
    tense point to."""
    rule = _HOLIDAYS.get(_key(_g(c, "holiday")))
    if rule is None:
        return None
    unit = _g(c, "unit").lower()
    year_word = _g(c, "year")
    if year_word:
        day = holiday_date(rule, int(year_word))
        used = "none"
    elif ctx.anchor is None:
        fixed = re.fullmatch(r"\d\d-\d\d", rule)
        return Resolution("DATE", f"XXXX-{rule}" if fixed and not unit else underspecified(unit or "day"), "none")
    else:
        rel = _rel(c)
        this_year = holiday_date(rule, ctx.anchor.year)
        if rel == "last" or (not rel and ctx.tense == PAST):
            day = this_year if this_year < ctx.anchor else holiday_date(rule, ctx.anchor.year - 1)
        elif rel == "next" or (not rel and ctx.tense == FUTURE):
            day = this_year if this_year > ctx.anchor else holiday_date(rule, ctx.anchor.year + 1)
        elif rel == "this":
            day = this_year
        else:
            candidates = [holiday_date(rule, y) for y in (ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1)]
            day = min(candidates, key=lambda d: abs((d - ctx.anchor).days))
        used = "published"
    if unit:
        return Resolution("DATE", format_at(day, unit), used)
    return Resolution("DATE", day.isoformat(), used)


_TO_ANCHOR = {
    "this": 0,
    "the current": 0,
    "last": -1,
    "this past": -1,
    "past": -1,
    "the past": -1,
    "the last": -1,
    "next": 1,
    "this coming": 1,
    "coming": 1,
    "the coming": 1,
}
_TO_NARRATIVE = {
    "the previous": -1,
    "the preceding": -1,
    "the prior": -1,
    "the following": 1,
    "the next": 1,
    "the same": 0,
    "that": 0,
    "that same": 0,
}


def resolve_relative_unit(c: Candidate, ctx: Context) -> Resolution | None:
    """``this week``, ``next month``, ``last year``, ``earlier this year``, ``the next day``, ``that week``,
    ``the day before``, ``year-end``.

    ``this``/``last``/``next`` count from the anchor; ``the next``/``the following``/``the previous``/``that``/
    ``the same`` count from the last date the narrative established. ``the past year`` is the previous year,
    as TimeML annotates it; ``past decade`` without an article is the stretch just gone (``P10Y``).
    """
    unit_word = _g(c, "unit").lower()
    name, code, _ = unit_of(unit_word)
    rel = _rel(c)
    mod = modifier(_g(c, "mod"))
    if c.name == "year_end":
        if ctx.anchor is None:
            return Resolution("DATE", underspecified(name), "none", "END")
        base = ctx.anchor if rel != "last" else shift(ctx.anchor, -1, name)
        base = shift(ctx.anchor, 1, name) if rel == "next" else base
        return Resolution("DATE", format_at(base, name), "published", "END")
    if c.name == "unit_before_after":
        direction = _rel(c, "dir")
        amount = -1 if direction in ("before", "earlier") else 1
        return _from_narrative(amount, name, ctx, mod)
    if rel == "past" and name in ("decade", "century"):  # "over past decade": the stretch just gone
        return Resolution("DURATION", timex.format_duration(*_duration_amount(1, name, code)), "none", mod)
    if rel.startswith(("the end of", "end of")):  # "by the end of the year", "by end of year"
        mod, rel = "END", "this"
    if rel in _TO_NARRATIVE:
        return _from_narrative(_TO_NARRATIVE[rel], name, ctx, mod)
    amount = _TO_ANCHOR.get(rel)
    if amount is None:
        return None
    if ctx.anchor is None:
        return Resolution("DATE", underspecified(name), "none", mod)
    if name in ("hour", "minute", "second"):
        return None
    if name == "night":
        part = (ctx.anchor + dt.timedelta(days=amount)).isoformat() + "TNI"
        return Resolution("TIME", part, "published", mod)
    return Resolution("DATE", moved_value(ctx.anchor, amount, name), "published", mod)


def resolve_narrative_date(c: Candidate, ctx: Context) -> Resolution | None:
    """``on that date``, ``the same date``: the day the narrative is at, as ``that day`` is."""
    return _from_narrative(0, "day", ctx)


def resolve_narrative_part_of_day(c: Candidate, ctx: Context) -> Resolution | None:
    """``the next morning``, ``that evening``: a part of the day the narrative is at, or of the day after
    (before) it."""
    part = _PARTS[_key(_g(c, "part"))]
    found = ctx.narrative.last("day", anaphor=True)
    if found is None:
        return Resolution("TIME", f"XXXX-XX-XXT{part}", "none")
    value, used = found
    span = timex.interval(value)
    if span is None:
        return Resolution("TIME", f"XXXX-XX-XXT{part}", "none")
    step = {"that": 0, "the previous": -1}.get(_rel(c), 1)
    day = dt.date.fromisoformat(span[0][:10]) + dt.timedelta(days=step)
    return Resolution("TIME", f"{day.isoformat()}T{part}", used)


def _from_narrative(amount: int, unit: str, ctx: Context, mod: str | None = None) -> Resolution:
    """The ``unit``-sized period ``amount`` units from the last date the narrative established."""
    found = ctx.narrative.last("day" if unit in ("day", "night", "week", "weekend") else None, anaphor=True)
    if found is None:
        return Resolution("DATE", underspecified(unit), "none", mod)
    value, used = found
    span = timex.interval(value)
    if span is None:
        return Resolution("DATE", underspecified(unit), "none", mod)
    if unit in _SECONDS and len(span[0]) > 10:  # "the next hour" after "at 3 p.m.": a clock time
        moved = dt.datetime.fromisoformat(span[0]) + dt.timedelta(seconds=amount * _SECONDS[unit])
        return Resolution("TIME", moved.isoformat(timespec="minutes"), used, mod)
    return Resolution("DATE", moved_value(dt.date.fromisoformat(span[0][:10]), amount, unit), used, mod)


def _duration_amount(amount: float | None, name: str, code: str) -> tuple[float | None, str]:
    """Express an amount of a unit in TIMEX3 duration terms (decades and centuries in years, fortnights in
    weeks, fractions in the next smaller unit where that is exact)."""
    factor = {"decade": (10, "Y"), "century": (100, "Y"), "fortnight": (2, "W"), "weekend": (2, "D"), "night": (1, "D")}
    if name in factor:
        mult, code = factor[name]
        amount = amount * mult if amount is not None else None
    return amount, code


def _format_amount(amount: float | None, code: str) -> str:
    """``P2W``; a fraction goes down one unit when that is whole: 1.5 minutes → ``PT1M30S``."""
    if amount is None or float(amount).is_integer():
        return timex.format_duration(amount, code)
    smaller = {"Y": (12, "M"), "M": None, "W": (7, "D"), "D": (24, "TH"), "TH": (60, "TM"), "TM": (60, "TS")}
    step = smaller.get(code)
    whole = int(amount)
    if step and float((amount - whole) * step[0]).is_integer():
        rest = int((amount - whole) * step[0])
        if code in ("TH", "TM"):
            head = f"PT{whole}{code[1]}" if whole else "PT"
            return f"{head}{rest}{step[1][1]}"
        head = f"P{whole}{code}" if whole else "P"
        return head + (f"T{rest}H" if step[1] == "TH" else f"{rest}{step[1]}")
    return timex.format_duration(amount, code)


def resolve_duration(c: Candidate, ctx: Context) -> Resolution | None:
    """``two weeks`` → ``P2W``, ``48 hours`` → ``PT48H``, ``the past three days`` → ``P3D``,
    ``a minute and a half`` → ``PT1M30S``, ``several years`` → ``PXY``, ``two-year`` → ``P2Y``."""
    name, code, _ = unit_of(_g(c, "unit"))
    if c.name in ("duration_plural", "vague_duration", "duration_for_plural") or (_g(c, "num2") or _g(c, "num3")):
        amount = None
    elif c.name == "duration_unit_long":
        amount = 1
    else:
        amount = number_of(_g(c, "num"))
        if amount is not None and _g(c, "half"):
            amount += 0.5
    if amount is not None and amount > 10_000:
        return None
    amount, code = _duration_amount(amount, name, code)
    # "for weeks": "for" only tells the plural is a stretch of time; the expression is "weeks"
    span = (c.end - len(_g(c, "unit")), c.end) if c.name == "duration_for_plural" else None
    return Resolution("DURATION", _format_amount(amount, code), "none", approximation(_g(c, "approx")), span=span)


def resolve_elapsed_time(c: Candidate, ctx: Context) -> Resolution | None:
    """``2:58:10``: hours, minutes and seconds, as a race result or a running time writes them — an amount of
    time (``PT2H58M10S``), not a clock reading (a clock time has no seconds in news text)."""
    parts = [(int(_g(c, name)), letter) for name, letter in (("hours", "H"), ("minutes", "M"), ("seconds", "S"))]
    return Resolution("DURATION", "PT" + "".join(f"{amount}{letter}" for amount, letter in parts if amount), "none")


def resolve_offset(c: Candidate, ctx: Context) -> Resolution | None:
    """``a week ago``, ``15 years ago``, ``two days later``, ``a year earlier``, ``three months from now``.

    ``ago`` and ``from now`` count from the anchor; ``earlier``/``later``/``before``/``after`` from the last
    date the narrative established. The value has the unit's granularity (``two weeks ago`` → a week). A year
    back from a reported quarter is that quarter a year earlier (financial news compares ``the third quarter``
    with ``a year ago``). Vague amounts (``several years ago``) give ``PAST_REF``/``FUTURE_REF``.
    """
    name, _, _ = unit_of(_g(c, "unit"))
    direction = _rel(c, "dir") or _rel(c, "dir_end")
    backwards = direction in ("ago", "earlier", "before", "previously", "back")
    mod = approximation(_g(c, "approx"))
    amount = number_of(_g(c, "num"))
    if amount is None and name in ("hour", "minute", "second"):
        amount = 0  # "a few hours ago": the day it is counted from, as "two hours ago" is (TimeML: the coarser unit)
    if amount is None:
        return Resolution("DATE", "PAST_REF" if backwards else "FUTURE_REF", "none", mod)
    if not float(amount).is_integer():
        return None
    steps = int(amount) * (-1 if backwards else 1)
    if name in ("hour", "minute", "second"):
        name, steps = "day", 0
    from_anchor = direction in ("ago", "hence", "from now", "back")
    if name == "year" and abs(steps) == 1:
        if reported := reported_period(ctx, REPORT_DURATION_WINDOW):
            return Resolution(
                "DATE", shift_value(reported, steps, "year") or reported, "narrative", mod, establishes=False
            )
    if from_anchor:
        if ctx.anchor is None:
            return Resolution("DATE", underspecified(name), "none", mod)
        return Resolution("DATE", moved_value(ctx.anchor, steps, name), "published", mod)
    resolved = _from_narrative(steps, name, ctx, mod)
    return resolved


def resolve_offset_from_date(c: Candidate, ctx: Context) -> Resolution | None:
    """``the day before yesterday``-like phrases built on another expression: ``the day before last Tuesday``."""
    if ctx.anchor is None:
        return Resolution("DATE", "XXXX-XX-XX", "none")
    name, _, _ = unit_of(_g(c, "unit"))
    amount = number_of(_g(c, "num")) if _g(c, "num") else 1
    if amount is None or not float(amount).is_integer():
        return None
    target = _g(c, "target").lower()
    if target in ("yesterday", "tomorrow"):
        base = ctx.anchor + dt.timedelta(days=_DEICTIC_DAYS[target])
    else:
        words = target.split()
        weekday = weekday_number(words[-1])
        if not weekday:
            return None
        base = resolve_weekday(weekday, ctx.anchor, ctx.tense, words[0] if len(words) > 1 else "")
    steps = int(amount) * (-1 if _rel(c, "dir") == "before" else 1)
    return Resolution("DATE", moved_value(base, steps, name), "published")


#: The ``set_adverb`` row's words and their period (every key is a word that row matches).
_ADVERB_SETS = {
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "biweekly": "P2W",
    "fortnightly": "P2W",
    "monthly": "P1M",
    "bimonthly": "P2M",
    "annually": "P1Y",
    "yearly": "P1Y",
    "hourly": "PT1H",
    "semiannually": "P6M",
    "semi-annually": "P6M",
    "biannually": "P6M",
}


def resolve_set(c: Candidate, ctx: Context) -> Resolution | None:
    """Recurring times: ``every day`` → ``P1D``, ``weekly`` → ``P1W``, ``each Thursday`` → ``XXXX-WXX-4``,
    ``each July`` → ``XXXX-07``, ``Tuesday nights`` → ``XXXX-WXX-2TNI``, ``twice a year`` → ``P1Y``."""
    if adverb := _g(c, "adverb"):
        return Resolution("SET", _ADVERB_SETS[adverb.lower()], "none")
    weekday_word = _g(c, "weekday") or _g(c, "weekday2")
    if weekday_word:
        weekday = weekday_number(weekday_word)
        part = _PARTS.get(_key(_g(c, "part") or _g(c, "part2")))
        return Resolution("SET", f"XXXX-WXX-{weekday}" + (f"T{part}" if part else ""), "none")
    if month_word := _g(c, "month"):
        return Resolution("SET", f"XXXX-{month_number(month_word):02d}", "none")
    if season_word := _g(c, "season"):
        return Resolution("SET", f"XXXX-{_SEASONS[_key(season_word)]}", "none")
    if part_word := _g(c, "part"):  # "every evening"
        return Resolution("SET", f"XXXX-XX-XXT{_PARTS[_key(part_word)]}", "none")
    name, code, _ = unit_of(_g(c, "unit"))
    amount = number_of(_g(c, "num")) if _g(c, "num") else 1
    if _g(c, "other"):
        amount = 2
    amount, code = _duration_amount(amount, name, code)
    return Resolution("SET", _format_amount(amount, code), "none")


#: The value of each phrase the ``*_ref`` rows match (only phrases those rows can match are listed).
_REFS = [
    ("PRESENT_REF", r"now|currently|presently|at present|nowadays|these days|the present.*|current"),
    ("PAST_REF", r"recently|lately|formerly|the past|once upon a time|recent .*|the (?:past|last) .*"),
    ("FUTURE_REF", r".*future|(?:the )?coming .*|future .*|a later date|sooner or later|some ?day"),
]


def resolve_ref(c: Candidate, ctx: Context) -> Resolution | None:
    """``now`` → ``PRESENT_REF``, ``recently`` → ``PAST_REF``, ``in the future`` → ``FUTURE_REF``."""
    words = re.sub(r"\s+", " ", _g(c, "ref").lower())
    for value, pattern in _REFS:
        if re.fullmatch(pattern, words):
            return Resolution("DATE", value, "none")
    return None


def resolve_weekend(c: Candidate, ctx: Context) -> Resolution | None:
    """``the weekend``, ``last weekend``, ``this weekend``: the Saturday-Sunday of an ISO week (``1998-W32-WE``).
    A bare ``the weekend`` follows the tense: past looks back to the latest weekend, future to the next."""
    rel = _rel(c)
    if ctx.anchor is None:
        return Resolution("DATE", "XXXX-WXX-WE", "none")
    if rel == "that":
        return _from_narrative(0, "weekend", ctx)
    saturday_back = resolve_weekday(6, ctx.anchor, PAST)
    saturday_forward = resolve_weekday(6, ctx.anchor, FUTURE)
    if rel in ("last", "this past"):
        day = resolve_weekday(6, ctx.anchor, None, "last")
    elif rel in ("next", "this coming"):
        day = resolve_weekday(6, ctx.anchor, None, "next")
    elif rel == "this" or ctx.anchor.isoweekday() >= 6:
        day = ctx.anchor
    elif ctx.tense in (FUTURE, PRESENT):
        day = saturday_forward
    else:
        day = saturday_back
    return Resolution("DATE", timex.format_week(day) + "-WE", "published")


#: Characters after "the year" searched for the "ended" of a closing date: " that ended Sept. 30" fits. 12, 20
#: and 40 give TBAQ dev and the English dev set the same values (0.8165 / 0.8931): the longest such opening in
#: English ("  that ended" + spaces).
CLOSING_DATE_REACH = 20


def resolve_reporting_period(c: Candidate, ctx: Context) -> Resolution | None:
    """``the year``, ``the full year``, ``the week`` in reports: a span of a year (``P1Y``) when a closing date
    follows ("the year ended Sept. 30"), else the current year or week of the report."""
    name = _g(c, "unit").lower()
    following = ctx.text[c.end : c.end + CLOSING_DATE_REACH].lower()
    if re.match(r"\s+(?:ended|ending|that\s+ended|through|to\s+date)\b", following):
        return Resolution("DURATION", timex.format_duration(1, "Y" if name == "year" else "W"), "none")
    if ctx.anchor is None:
        return Resolution("DATE", underspecified(name), "none")
    return Resolution("DATE", format_at(ctx.anchor, name), "published")


def _language(c: Candidate) -> str:
    return c.pattern.name.split("_", 1)[0]


def resolve_foreign_relative(c: Candidate, ctx: Context) -> Resolution | None:
    """A relative word or phrase of another language ("вчера", "gestern", "la semana pasada", "ano passado"):
    dateparser's meaning of it, counted from the anchor like its English equivalent."""
    meaning = languages.relative_meaning(_language(c), _g(c, "phrase"))
    return _counted_from_anchor(meaning, ctx)


def resolve_foreign_counted(c: Candidate, ctx: Context) -> Resolution | None:
    """ "3 дня назад", "vor 3 Tagen", "il y a 3 jours", "hace 3 días", "tra 2 settimane": N units from the anchor."""
    return _counted_from_anchor(languages.counted_meaning(_language(c), _g(c, "phrase")), ctx)


def resolve_foreign_day_range(c: Candidate, ctx: Context) -> list[Resolution] | None:
    """ "2 и 3 июня", "2. und 3. Juni": two days of one month, the first written as a bare number (two
    mentions, as ``October 14-16`` gives in English)."""
    first = resolve_calendar_date(c, ctx)
    if first is None:
        return None
    first_day, last_day = int(first.value[8:10]), int(_g(c, "day2"))
    if last_day <= first_day:
        return None
    last_value = first.value[:8] + f"{last_day:02d}"
    if not last_value.startswith("X"):
        try:
            dt.date.fromisoformat(last_value)
        except ValueError:
            return None
    first_end = c.start + len(_g(c, "day"))
    last_start = c.start + c.text.index(_g(c, "day2"), first_end - c.start)
    return [
        Resolution("DATE", first.value, first.anchor, span=(c.start, first_end)),
        Resolution("DATE", last_value, first.anchor, span=(last_start, c.end)),
    ]


def _counted_from_anchor(meaning: tuple[int, str] | None, ctx: Context) -> Resolution | None:
    if meaning is None:
        return None
    amount, unit = meaning
    if ctx.anchor is None:
        return Resolution("DATE", "XXXX-XX-XX" if unit == "day" else underspecified(unit), "none")
    return Resolution("DATE", moved_value(ctx.anchor, amount, unit), "published")


RESOLVERS = {
    "narrative_date": resolve_narrative_date,
    "narrative_part_of_day": resolve_narrative_part_of_day,
    "foreign_relative": resolve_foreign_relative,
    "foreign_counted": resolve_foreign_counted,
    "foreign_day_range": resolve_foreign_day_range,
    "weekend": resolve_weekend,
    "reporting_period": resolve_reporting_period,
    "calendar_date": resolve_calendar_date,
    "day_range": resolve_day_range,
    "month_of_year": resolve_month_of_year,
    "year": resolve_year,
    "year_range": resolve_year_range,
    "elapsed_time": resolve_elapsed_time,
    "decade": resolve_decade,
    "century": resolve_century,
    "quarter": resolve_quarter,
    "financial_period": resolve_financial_period,
    "season": resolve_season,
    "weekday": resolve_weekday_mention,
    "deictic_day": resolve_deictic_day,
    "clock_time": resolve_clock_time,
    "holiday": resolve_holiday,
    "relative_unit": resolve_relative_unit,
    "offset": resolve_offset,
    "offset_from_date": resolve_offset_from_date,
    "duration": resolve_duration,
    "set": resolve_set,
    "ref": resolve_ref,
}


def resolve(candidate: Candidate, ctx: Context) -> list[Resolution]:
    """The resolutions of one candidate (empty when its resolver rejects it)."""
    result = RESOLVERS[candidate.pattern.resolve](candidate, ctx)
    if result is None:
        return []
    return result if isinstance(result, list) else [result]
