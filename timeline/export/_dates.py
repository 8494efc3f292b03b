"""Dates as the visual exports need them: instants on one axis, and which events lie far before the story.

A news story's events cluster in weeks or months, while an article may mention a background date decades earlier
("the 1938 agreement"). Drawn on one axis that date squeezes the story into a blur, so the page puts such events
in a collapsed "earlier" band and TimelineJS leaves them out unless asked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from ..model import Event

#: The story's bulk is the middle half of its events: from this quantile of the start dates...
BULK_LOW = 0.25
#: ... to this one. Quartiles, because background dates can be a tenth of a short story's events (10 %-90 % let
#: two of fourteen drag the bulk back to 1991).
BULK_HIGH = 0.75
#: A bulk shorter than a year is widened to a year: a story of a few weeks still keeps last year's events.
MIN_BULK = dt.timedelta(days=365)
#: An event is "earlier" when it ends this many bulk lengths before the bulk starts (3 x a year for a short
#: story: a 2016 story keeps 2013 but not 1938). Set by looking at the seeds' background dates, not tuned.
GAP_FACTOR = 3.0

EPOCH = dt.datetime(1970, 1, 1)


def instant(value: str) -> dt.datetime | None:
    """An ISO date or datetime as a naive datetime (a zone, when given, converted to UTC), or None."""
    if not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment.astimezone(dt.UTC).replace(tzinfo=None) if moment.tzinfo else moment


def millis(moment: dt.datetime) -> int:
    """Milliseconds since 1970 (negative before), as JavaScript's ``Date`` counts them, with no time zone."""
    return (moment - EPOCH) // dt.timedelta(milliseconds=1)


def _quantile(sorted_values: list[dt.datetime], q: float) -> dt.datetime:
    return sorted_values[min(len(sorted_values) - 1, int(q * (len(sorted_values) - 1) + 0.5))]


def earlier_outliers(events: Iterable[Event]) -> frozenset[str]:
    """Ids of the events that end far before the bulk of the others (see the constants). Deterministic and
    independent of event order."""
    spans = [(e.id, instant(e.start), instant(e.end) or instant(e.start)) for e in events]
    spans = [(i, s, e) for i, s, e in spans if s is not None]
    if len(spans) < 3:
        return frozenset()
    starts = sorted(s for _, s, _ in spans)
    low, high = _quantile(starts, BULK_LOW), _quantile(starts, BULK_HIGH)
    try:
        threshold = low - max(high - low, MIN_BULK) * GAP_FACTOR
    except OverflowError:  # the bulk itself lies in the first centuries: nothing can be far before it
        return frozenset()
    return frozenset(i for i, _, end in spans if end < threshold)
