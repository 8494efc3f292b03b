"""Timeline -> TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html).

Choices a user of the file should know:

* ``start_date`` carries only the fields the granularity knows: year for year/decade/century, year+month for
  month/quarter/season, year+month+day for day/week, plus hour+minute for time. Values are strings, as in the
  TimelineJS examples.
* ``end_date`` appears only when the event is longer than the unit of its ``start_date`` (a week, a quarter, a
  decade, a multi-day event). Our ``end`` is exclusive and TimelineJS's is inclusive, so it is the last unit
  inside the event (a 2016-10-10 week ends on day 16); a timed event's end is the end instant itself.
* ``group`` is the article that first reported the event (its title, else its file name): TimelineJS gives each
  group a row, so a story's events read along one line instead of granularities being mixed across stories.
* Sources are cited by the article's title (else its file name), linked to its URL when it has one.
* Events dated far before the rest of the story (a 1938 background date in a 2016 story, see
  :func:`.._dates.earlier_outliers`) are left out, since TimelineJS would stretch its axis over the decades
  between; ``ExportOptions.include_earlier`` keeps them.
* Headline and text are HTML (TimelineJS renders them as such), so every piece of article text is escaped, and
  only http(s) urls become links.
* Events without a usable date are left out. Output is key-ordered as written, indented by 2, newline-terminated.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from ..model import Event, Timeline
from ._dates import earlier_outliers
from ._text import anchor_note, distinct_sources, one_line, web_url

if TYPE_CHECKING:  # annotations only: a format module never depends on the package's import order
    from . import ExportOptions

#: The finest TimelineJS date field each granularity knows.
LEVEL = {
    "time": "minute",
    "day": "day",
    "week": "day",
    "month": "month",
    "quarter": "month",
    "season": "month",
    "year": "year",
    "decade": "year",
    "century": "year",
}
FIELDS = {
    "year": ("year",),
    "month": ("year", "month"),
    "day": ("year", "month", "day"),
    "minute": ("year", "month", "day", "hour", "minute"),
}
#: English names written out, because ``strftime("%B")`` depends on the process locale and would break
#: byte-identical output.
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
#: Distinct quotes shown per slide before "and N more" (as in the ICS export).
MAX_SOURCES = 10
SEASONS = {"SP": "Spring", "SU": "Summer", "FA": "Autumn", "AU": "Autumn", "WI": "Winter"}


def _parse(value: str) -> dt.datetime | None:
    if not value:
        return None
    moment = dt.datetime.fromisoformat(value)
    return moment.replace(tzinfo=None)


def _truncate(moment: dt.datetime, level: str) -> tuple[int, ...]:
    full = (moment.year, moment.month, moment.day, moment.hour, moment.minute)
    return full[: len(FIELDS[level])]


def _date_obj(parts: tuple[int, ...], level: str) -> dict[str, str]:
    return {name: str(v) for name, v in zip(FIELDS[level], parts)}


def inclusive_end(start: dt.datetime, end: dt.datetime | None, level: str) -> tuple[int, ...] | None:
    """The TimelineJS end (inclusive, at ``level``) or None when the event fits in the unit of its start."""
    if end is None or end <= start:
        return None
    if level == "minute":
        last = end
    else:
        last = end - dt.timedelta(days=1)  # exclusive dates end at midnight: the last covered day is the one before
    first, last_parts = _truncate(start, level), _truncate(last, level)
    return last_parts if last_parts > first else None


def display_date(event: Event, start: dt.datetime, level: str) -> str:
    g, year = event.granularity, start.year
    day = f"{start.day} {MONTHS[start.month - 1]} {year}"
    if level == "minute":
        return f"{day}, {start:%H:%M}"
    if g in ("day", "time"):
        return day
    if g == "week":
        return f"Week of {day}"
    if g == "month":
        return f"{MONTHS[start.month - 1]} {year}"
    if g == "quarter":
        return f"Q{(start.month - 1) // 3 + 1} {year}"
    if g == "season":
        season = SEASONS.get(event.value.rsplit("-", 1)[-1])
        return f"{season} {year}" if season else f"{MONTHS[start.month - 1]} {year}"
    if g == "decade":
        return f"{year - year % 10}s"
    if g == "century":
        n = year // 100 + 1
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix} century"
    return str(year)


def _esc(text: str | None) -> str:
    """Article text as one line of HTML-safe text."""
    return html.escape(one_line(text), quote=True)


def _link(title: str, url: str | None) -> str:
    url = web_url(url)
    return f'<a href="{_esc(url)}">{_esc(title)}</a>' if url else _esc(title)


def article_name(doc) -> str:
    """How a reader knows the article: its title, else its file name (never only its id)."""
    return one_line(doc.title) or PurePath(doc.path).name or doc.id


def text_html(event: Event, docs: dict) -> str:
    """Why hand-written HTML: TimelineJS takes ``text.text`` as an HTML string and no library builds these few
    tags more simply than ``html.escape``."""
    parts = []
    shown, more = distinct_sources(event.sources, MAX_SOURCES)
    for s, copies in shown:
        doc = docs.get(s.doc)
        title = article_name(doc) if doc else s.doc
        ref = f"{s.doc}:{s.start}-{s.end}"
        note = anchor_note(doc, s.segment)
        also = f" <small>(also in {copies} more report{'s' * (copies != 1)})</small>" if copies else ""
        parts.append(
            f"<blockquote>{_esc(s.quote)}</blockquote>"
            f"<p>— {_link(title, doc.url if doc else None)} <small>[{_esc(ref)}]"
            f"{' (' + _esc(note) + ')' if note else ''}</small>{also}</p>"
        )
    if more:
        parts.append(f"<p>and {more} more</p>")
    return "".join(parts)


def slide(event: Event, docs: dict) -> dict[str, Any] | None:
    level = LEVEL.get(event.granularity)
    start = _parse(event.start)
    if level is None or start is None:
        return None
    if level == "minute" and "T" not in event.start:
        level = "day"
    out: dict[str, Any] = {"unique_id": event.id, "start_date": _date_obj(_truncate(start, level), level)}
    end = inclusive_end(start, _parse(event.end), level)
    if end is not None:
        out["end_date"] = _date_obj(end, level)
    out["display_date"] = display_date(event, start, level)
    out["text"] = {"headline": _esc(event.title or event.value), "text": text_html(event, docs)}
    first = docs.get(event.sources[0].doc) if event.sources else None
    out["group"] = _esc(article_name(first)) if first else event.granularity
    return out


def to_dict(tl: Timeline, options: ExportOptions) -> dict[str, Any]:
    docs = {d.id: d for d in tl.documents}
    earlier = frozenset() if options.include_earlier else earlier_outliers(tl.events)
    events = [s for s in (slide(e, docs) for e in tl.events if e.id not in earlier) if s is not None]
    n_docs = len(tl.documents)
    summary = f"{len(events)} event{'s' * (len(events) != 1)} from {n_docs} document{'s' * (n_docs != 1)}"
    return {
        "title": {"text": {"headline": _esc(options.title), "text": f"<p>{summary}</p>"}},
        "events": events,
    }


def render(tl: Timeline, options: ExportOptions) -> bytes:
    return (json.dumps(to_dict(tl, options), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
