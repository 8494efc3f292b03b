"""Timeline -> iCalendar (RFC 5545) for calendar apps and CalDAV servers.

Choices a user of the file should know:

* One VEVENT per dated event of ``day`` or ``time`` granularity. Coarser events (week, month, ..., century) are
  left out, since a calendar would show them as long all-day bars; ``ExportOptions.ics_coarse`` includes them as
  all-day spans from start to the exclusive end.
* All-day events use ``VALUE=DATE`` with an exclusive ``DTEND`` (at least one day after ``DTSTART``). Timed events
  are floating local time (the text says "3 pm", not which zone); a timed event without a later end lasts
  :data:`DEFAULT_DURATION` (one hour).
* ``UID`` is ``<report key>@<uid_domain>``, where the report key is a hash of the event's first report (the
  document, the offsets of the source sentence and of its trigger), never of its date or title: importing an
  updated export (or PUTting it to CalDAV as ``<uid>.ics``) updates events instead of duplicating them, also
  after an article's date was corrected and every date resolved against it moved (see :func:`uids`).
* Each distinct quote is listed once per event (a story copied 200 times is quoted once), at most
  :data:`MAX_SOURCES` of them, then "and N more".
* ``DTSTAMP`` never comes from the wall clock, so the bytes only change when the timeline does (see
  :func:`dtstamp`).
* Events are marked ``TRANSP:TRANSPARENT``: they are things that happened, not time the user is busy.
* Text comes from the articles, so control characters and line breaks are folded to spaces before icalendar
  escapes it; no text can start a new property or component.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from typing import TYPE_CHECKING

import icalendar

from .. import __version__
from ..model import Event, Timeline
from ._text import anchor_note, distinct_sources, one_line, web_url

if TYPE_CHECKING:  # annotations only: a format module never depends on the package's import order
    from . import ExportOptions

PRODID = f"-//timeline//timeline {__version__}//EN"
DEFAULT_DURATION = dt.timedelta(hours=1)
#: Granularities a calendar shows well; the rest need ``ics_coarse``.
FINE = ("time", "day")
FALLBACK_DTSTAMP = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
#: Quotes listed per event before "and N more": ten keeps a DESCRIPTION readable in a calendar's detail pane.
MAX_SOURCES = 10


def report_key(event: Event) -> str:
    """What identifies an event across re-runs: its first report (sources are sorted by document and offset),
    as the document id, the source sentence's offsets and the trigger's offsets. None of these move when the
    article's writing date is corrected, while the event's date, value, id and often title do."""
    if not event.sources:
        return "\x1f".join(("", event.value, event.title))
    s = event.sources[0]
    return "\x1f".join(str(x) for x in (s.doc, s.start, s.end, s.trigger_start, s.trigger_end, s.trigger_lemma))


def uids(events) -> dict[str, str]:
    """Event id -> UID local part (``r-`` and 16 hex digits of SHA-1 of :func:`report_key`). Two events first
    reported by the same sentence and trigger (a sentence with two dates) share a key; they are numbered in date
    order (``-2``, ``-3``...), which a date correction keeps, since it moves both dates of a sentence alike."""
    by_key: dict[str, list[Event]] = {}
    for e in events:
        by_key.setdefault(report_key(e), []).append(e)
    out: dict[str, str] = {}
    for key, group in by_key.items():
        base = "r-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
        for n, e in enumerate(sorted(group, key=lambda e: (e.start, e.end, e.value, e.id)), 1):
            out[e.id] = base if n == 1 else f"{base}-{n}"
    return out


def dtstamp(tl: Timeline, options: ExportOptions) -> dt.datetime:
    """Why not ``now()``: RFC 5545 wants a DTSTAMP, but a wall-clock one would make every export differ. Order:
    ``options.dtstamp``, ``$SOURCE_DATE_EPOCH`` (reproducible-builds convention), the latest writing date of the
    input documents (a newer input gives a newer stamp), else the Unix epoch. Always UTC, as RFC 5545 requires."""
    if options.dtstamp is not None:
        stamp = options.dtstamp
        return stamp.replace(tzinfo=dt.UTC) if stamp.tzinfo is None else stamp.astimezone(dt.UTC)
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            return dt.datetime.fromtimestamp(int(epoch), dt.UTC)
        except ValueError as exc:  # the reproducible-builds spec says to fail rather than guess
            raise ValueError(f"SOURCE_DATE_EPOCH must be an integer number of seconds, got {epoch!r}") from exc
    dates = [s.anchor.date for d in tl.documents for s in d.segments if s.anchor.date is not None]
    if dates:
        return dt.datetime.combine(max(dates), dt.time(), dt.UTC)
    return FALLBACK_DTSTAMP


def _parse(value: str) -> dt.date | dt.datetime | None:
    if not value:
        return None
    if "T" in value:
        moment = dt.datetime.fromisoformat(value)
        # An explicit offset is kept as UTC (``...Z``) so no VTIMEZONE is needed.
        return moment.astimezone(dt.UTC) if moment.tzinfo else moment
    return dt.date.fromisoformat(value)


def _as_date(value: dt.date | dt.datetime | None) -> dt.date | None:
    return value.date() if isinstance(value, dt.datetime) else value


def span(event: Event) -> tuple[dt.date | dt.datetime, dt.date | dt.datetime] | None:
    """(DTSTART, exclusive DTEND) of an event, or None when it has no usable start. A ``time`` event keeps its
    time; everything else becomes all-day (a datetime start at another granularity is only a day)."""
    start, end = _parse(event.start), _parse(event.end)
    if start is None:
        return None
    if event.granularity == "time" and isinstance(start, dt.datetime):
        if end is not None and not isinstance(end, dt.datetime):
            end = dt.datetime.combine(end, dt.time(), start.tzinfo)
        if end is None or end <= start:
            end = start + DEFAULT_DURATION
        return start, end
    start, end = _as_date(start), _as_date(end)
    if end is None or end <= start:
        end = start + dt.timedelta(days=1)
    return start, end


def _description(event: Event, docs: dict) -> str:
    parts = []
    shown, more = distinct_sources(event.sources, MAX_SOURCES)
    for s, copies in shown:
        doc = docs.get(s.doc)
        where = [one_line(doc.title) if doc and doc.title else s.doc]
        url = web_url(doc.url) if doc else None
        if url:
            where.append(url)
        where.append(f"[{s.doc}:{s.start}-{s.end}]")
        note = anchor_note(doc, s.segment)
        if note:
            where.append(f"({note})")
        if copies:
            where.append(f"(also in {copies} more report{'s' * (copies != 1)})")
        parts.append(f"“{one_line(s.quote)}” — {' '.join(where)}")
    if more:
        parts.append(f"and {more} more")
    return "\n\n".join(parts)


def vevent(
    event: Event, docs: dict, options: ExportOptions, stamp: dt.datetime, uid: str | None = None
) -> icalendar.Event | None:
    if event.granularity not in FINE and not options.ics_coarse:
        return None
    dates = span(event)
    if dates is None:
        return None
    ve = icalendar.Event()
    ve.add("uid", f"{one_line(uid or uids([event])[event.id])}@{one_line(options.uid_domain)}")
    ve.add("dtstamp", stamp)
    ve.add("dtstart", dates[0])
    ve.add("dtend", dates[1])
    ve.add("summary", one_line(event.title) or one_line(event.value) or one_line(event.id))
    description = _description(event, docs)
    if description:
        ve.add("description", description)
    places = [one_line(p) for p in event.places if one_line(p)]
    if places:
        ve.add("location", "; ".join(places))
    actors = [one_line(a) for a in event.actors if one_line(a)]
    if actors:
        ve.add("categories", actors)
    urls = [web_url(docs[s.doc].url) for s in event.sources if s.doc in docs]
    url = next((u for u in urls if u), None)
    if url:
        ve.add("url", url)
    ve.add("transp", "TRANSPARENT")
    return ve


def calendar(tl: Timeline, options: ExportOptions) -> icalendar.Calendar:
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    title = one_line(options.title)
    if title:
        cal.add("name", title)  # RFC 7986
        cal.add("x-wr-calname", title)  # what Apple, Google and Outlook read
    docs = {d.id: d for d in tl.documents}
    stamp = dtstamp(tl, options)
    uid_of = uids(tl.events)
    for event in tl.events:
        ve = vevent(event, docs, options, stamp, uid_of[event.id])
        if ve is not None:
            cal.add_component(ve)
    return cal


def render(tl: Timeline, options: ExportOptions) -> bytes:
    return calendar(tl, options).to_ical()
