"""The TIMEX3 value grammar: build values, read their granularity, turn them into calendar intervals.

Values follow the TimeML TIMEX3 guidelines (ISO 8601 with TimeML extensions):

=================  ===============================  ===========
value              meaning                          granularity
=================  ===============================  ===========
``2016-10-14``     a day                            day
``2016-10-14T23:49``  a clock time                  time
``2016-10-14TMO``  a part of a day (MO AF EV NI)    time
``2016-W41``       an ISO week                      week
``2016-W41-WE``    the weekend of an ISO week       day
``2016-10``        a month                          month
``2016-Q1``        a quarter (``H1`` a half)        quarter
``2016-SP``        a season (SP SU FA WI)           season
``2016``           a year                           year
``201``            a decade (the 2010s)             decade
``20``             a century (the 2000s)            century
``XXXX-10-14``     underspecified: any ``X`` digit  (none)
``P2W`` ``PT48H``  durations                        (none)
``PAST_REF`` ...   PRESENT_REF / PAST_REF / FUTURE_REF  (none)
=================  ===============================  ===========

Other stages only need :func:`interval`; the formatting helpers are shared by the resolver.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from ..model import GRANULARITIES

REFS = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")

#: Parts of the day and the clock hours TimeML lets them stand for, [start, end) — night runs past midnight.
PART_OF_DAY_HOURS = {"MO": (6, 12), "MI": (12, 13), "AF": (12, 18), "EV": (18, 22), "NI": (21, 28), "DT": (9, 17)}

#: Seasons as meteorological months, [first month, first month after) — winter runs into the next year.
SEASON_MONTHS = {"SP": (3, 6), "SU": (6, 9), "FA": (9, 12), "WI": (12, 15)}

_DATE_RE = re.compile(
    r"^(?P<year>\d{4})(?:-(?:(?P<month>\d\d)(?:-(?P<day>\d\d))?|W(?P<week>\d\d?)(?P<weekend>-WE)?"
    r"|Q(?P<quarter>[1-4])|H(?P<half>[12])|(?P<season>SP|SU|FA|WI)))?"
    r"(?:T(?:(?P<hour>\d\d)(?::(?P<minute>\d\d)(?::(?P<second>\d\d))?)?|(?P<part>MO|MI|AF|EV|NI|DT)))?$"
)
_DECADE_RE = re.compile(r"^(?P<decade>\d{3})$")
_CENTURY_RE = re.compile(r"^(?P<century>\d{2})$")


def format_day(day: dt.date) -> str:
    return day.isoformat()


def format_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def format_week(day: dt.date) -> str:
    """The ISO week holding ``day``, zero-padded (``1998-W02``) as ISO 8601 writes it."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def format_quarter(year: int, quarter: int) -> str:
    return f"{year:04d}-Q{quarter}"


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def format_decade(year: int) -> str:
    return f"{year // 10:03d}"


def format_century(year: int) -> str:
    return f"{year // 100:02d}"


def format_duration(amount: float | int | None, unit: str) -> str:
    """``P2W``, ``PT48H``, ``P1.5Y``; ``amount=None`` gives the vague ``PXD``. ``unit`` is a TIMEX3 unit letter
    (Y, M, W, D, Q, DE, CE for decades and centuries, and TH/TM/TS for hours, minutes, seconds)."""
    if amount is None:
        number = "X"
    elif float(amount).is_integer():
        number = str(int(amount))
    else:
        number = f"{amount:g}"
    if unit in ("TH", "TM", "TS"):
        return f"PT{number}{unit[1]}"
    return f"P{number}{unit}"


def granularity(value: str) -> str | None:
    """The granularity of a date/time value (``"day"``, ``"month"`` …), or None for anything that is not a
    fully specified point or period (durations, refs, underspecified ``XXXX`` values)."""
    parsed = interval(value)
    return parsed[2] if parsed else None


def _iso(value: dt.date | dt.datetime) -> str:
    return value.isoformat(timespec="minutes") if isinstance(value, dt.datetime) else value.isoformat()


def _add_months(year: int, month: int, months: int) -> dt.date:
    """The first day of the month ``months`` after ``year``-``month``."""
    return dt.date(year, month, 1) + relativedelta(months=months)


def interval(value: str) -> tuple[str, str, str] | None:
    """``(start_iso, end_iso_exclusive, granularity)`` covered by a TIMEX3 date/time ``value``.

    Returns None when the value does not name a stretch of the calendar: durations (``P2W``), refs
    (``PAST_REF``), sets, or underspecified values (``XXXX-10-14``). Times give ISO datetimes
    (``2016-10-14T23:49``); everything else gives ISO dates.

    >>> interval("2016-10")
    ('2016-10-01', '2016-11-01', 'month')
    >>> interval("2016-W41-WE")
    ('2016-10-15', '2016-10-17', 'day')
    """
    if not value or "X" in value or value.startswith("P") or value in REFS:
        return None
    try:
        return _interval(value)
    except ValueError:  # e.g. 2016-02-30: syntactically fine, not a calendar day
        return None


def _interval(value: str) -> tuple[str, str, str] | None:
    if match := _CENTURY_RE.match(value):
        first = int(match["century"]) * 100
        return _iso(dt.date(max(first, 1), 1, 1)), _iso(dt.date(first + 100, 1, 1)), "century"
    if match := _DECADE_RE.match(value):
        first = int(match["decade"]) * 10
        return _iso(dt.date(max(first, 1), 1, 1)), _iso(dt.date(first + 10, 1, 1)), "decade"
    match = _DATE_RE.match(value)
    if not match or int(match["year"]) == 0:
        return None
    year = int(match["year"])
    if match["day"]:
        day = dt.date(year, int(match["month"]), int(match["day"]))
        if match["hour"]:
            start = dt.datetime(day.year, day.month, day.day, int(match["hour"]), int(match["minute"] or 0))
            step = dt.timedelta(minutes=1) if match["minute"] else dt.timedelta(hours=1)
            return _iso(start), _iso(start + step), "time"
        if match["part"]:
            first, last = PART_OF_DAY_HOURS[match["part"]]
            midnight = dt.datetime(day.year, day.month, day.day)
            return (_iso(midnight + dt.timedelta(hours=first)), _iso(midnight + dt.timedelta(hours=last)), "time")
        return _iso(day), _iso(day + dt.timedelta(days=1)), "day"
    if match["hour"] or match["part"]:
        return None  # a time without a day is not a stretch of the calendar
    if match["month"]:
        month = int(match["month"])
        return _iso(dt.date(year, month, 1)), _iso(_add_months(year, month, 1)), "month"
    if match["week"]:
        monday = dt.date.fromisocalendar(year, int(match["week"]), 1)
        if match["weekend"]:
            return _iso(monday + dt.timedelta(days=5)), _iso(monday + dt.timedelta(days=7)), "day"
        return _iso(monday), _iso(monday + dt.timedelta(days=7)), "week"
    if match["quarter"]:
        first = (int(match["quarter"]) - 1) * 3 + 1
        return _iso(dt.date(year, first, 1)), _iso(_add_months(year, first, 3)), "quarter"
    if match["half"]:
        first = (int(match["half"]) - 1) * 6 + 1
        return _iso(dt.date(year, first, 1)), _iso(_add_months(year, first, 6)), "quarter"
    if match["season"]:
        first, after = SEASON_MONTHS[match["season"]]
        return _iso(dt.date(year, first, 1)), _iso(_add_months(year, first, after - first)), "season"
    return _iso(dt.date(year, 1, 1)), _iso(dt.date(year + 1, 1, 1)), "year"


#: Granularities from finest to coarsest, for comparing precision (one definition: ``model.GRANULARITIES``).
PRECISION = GRANULARITIES


def coarsen(value: str, granularity: str) -> str:
    """``value`` stated no finer than ``granularity`` (week, month or year): ``coarsen("2016-10-04", "month")``
    is ``2016-10``. Values already that coarse, and values that are not calendar stretches, are unchanged."""
    span = interval(value)
    if span is None or granularity not in ("week", "month", "year"):
        return value
    if PRECISION.index(span[2]) >= PRECISION.index(granularity):
        return value
    first = dt.date.fromisoformat(span[0][:10])
    if granularity == "week":
        return format_week(first)
    if granularity == "month":
        return format_month(first.year, first.month)
    return f"{first.year:04d}"
