"""Timeline -> CSV for spreadsheets and pandas.

Choices a user of the file should know:

* RFC 4180: comma separated, ``"`` quoting only where needed (doubled inside a field), **CRLF** line ends
  (as RFC 4180 and Excel expect). A newline *inside* a quoted field is written as it appears in the text.
* UTF-8 without a byte-order mark, so ``pandas.read_csv``, ``csv`` and Unix tools see a clean header.
* Text cells that a spreadsheet would run as a formula (first character ``= + - @``, tab, CR or LF; the
  OWASP CSV-injection list) get a leading ``'``. That is applied to every text cell, not only the titles:
  document ids and urls come from the input too, and our own dates (``2016-10-14``) and TIMEX values never start
  with those characters, so they are left as they are. Integers (offsets) are not text and are never touched.
* Other control characters (NUL, ESC...) are dropped from text: they are never meaningful in article text and
  several CSV readers reject them. Tabs and line breaks are kept (quoted).
* Lists (actors, places, sources, documents, urls) are joined with ``"; "``.
* Dates and times are apart: ``start``/``end`` are always ``YYYY-MM-DD`` and ``start_time``/``end_time`` are
  ``HH:MM`` (or ``HH:MM:SS``) for timed events, else empty. One format per column is what spreadsheets and
  ``pandas.to_datetime(df.start, format="%Y-%m-%d")`` need; mixing ``2016-10-14`` and ``2016-10-14T15:00`` in
  one column made both guess (or fail) row by row. ``end`` stays exclusive.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import pandas as pd

from ..model import Event, Timeline

if TYPE_CHECKING:  # annotations only: a format module never depends on the package's import order
    from . import ExportOptions

EVENT_COLUMNS = (
    "id",
    "start",
    "start_time",
    "end",
    "end_time",
    "granularity",
    "value",
    "title",
    "actors",
    "places",
    "quote",
    "sources",
    "documents",
    "urls",
    "dated_by",
    "published_source",
    "published_confidence",
)
#: ``mention`` is the index that ``Source.mention`` (and the JSON ``sources[].mention``) points at.
MENTION_COLUMNS = (
    "mention",
    "doc",
    "segment",
    "start",
    "end",
    "text",
    "type",
    "value",
    "mod",
    "anchor",
    "published",
    "published_source",
    "published_confidence",
)

LINE_TERMINATOR = "\r\n"
LIST_SEPARATOR = "; "
#: First characters that make Excel, LibreOffice or Google Sheets treat a cell as a formula.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")
_CONTROLS = dict.fromkeys(c for c in (*range(32), 127) if chr(c) not in "\t\n\r")


def neutralise(cell: Any) -> Any:
    """Why: a title like ``=HYPERLINK("http://evil","click")`` would run when the CSV is opened in a spreadsheet;
    the leading apostrophe makes it plain text there and is easy to strip for anyone who needs the raw value."""
    if not isinstance(cell, str):
        return cell
    cell = cell.translate(_CONTROLS)
    return "'" + cell if cell.startswith(FORMULA_TRIGGERS) else cell


def _distinct(items: Iterable[str | None]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


def date_and_time(value: str) -> tuple[str, str]:
    """``2016-10-14T15:00`` -> (``2016-10-14``, ``15:00``); a date alone has no time; a zone offset, if any, stays
    with the time."""
    day, _, time = value.partition("T")
    return day, time


def event_row(event: Event, urls: dict[str, str | None], anchors: dict | None = None) -> dict[str, str]:
    """``anchors``: (doc id, segment) -> Anchor; the row's ``published_source``/``published_confidence`` are
    those of the segment its quote comes from (how its writing date was found, and how sure)."""
    docs = _distinct(s.doc for s in event.sources)
    first = event.sources[0] if event.sources else None
    a = (anchors or {}).get((first.doc, first.segment)) if first else None
    (start, start_time), (end, end_time) = date_and_time(event.start), date_and_time(event.end)
    return {
        "id": event.id,
        "start": start,
        "start_time": start_time,
        "end": end,
        "end_time": end_time,
        "granularity": event.granularity,
        "value": event.value,
        "title": event.title,
        "actors": LIST_SEPARATOR.join(event.actors),
        "places": LIST_SEPARATOR.join(event.places),
        # One readable sentence per row; every other report is still reachable through ``sources``.
        "quote": event.sources[0].quote if event.sources else "",
        "sources": LIST_SEPARATOR.join(dict.fromkeys(f"{s.doc}:{s.start}-{s.end}" for s in event.sources)),
        "documents": LIST_SEPARATOR.join(docs),
        "urls": LIST_SEPARATOR.join(_distinct(urls.get(d) for d in docs)),
        # how the sources found the date, most direct first ("explicit; anchor" when reports differ)
        "dated_by": LIST_SEPARATOR.join(
            k for k in ("explicit", "narrative", "anchor") if any(s.dated_by == k for s in event.sources)
        ),
        "published_source": a.source if a else "",
        "published_confidence": f"{a.confidence:.2f}" if a else "",
    }


def mention_rows(tl: Timeline) -> list[dict[str, Any]]:
    anchors = _anchors(tl)
    return [
        {
            "mention": i,
            "doc": m.doc,
            "segment": m.segment,
            "start": m.start,
            "end": m.end,
            "text": m.text,
            "type": m.type,
            "value": m.value,
            "mod": m.mod or "",
            "anchor": m.anchor,
            **_anchor_cells(anchors.get((m.doc, m.segment))),
        }
        for i, m in enumerate(tl.mentions)
    ]


def _anchors(tl: Timeline) -> dict:
    return {(d.id, i): seg.anchor for d in tl.documents for i, seg in enumerate(d.segments)}


def _anchor_cells(a) -> dict[str, str]:
    return {
        "published": a.date.isoformat() if a and a.date else "",
        "published_source": a.source if a else "",
        "published_confidence": f"{a.confidence:.2f}" if a else "",
    }


def render(tl: Timeline, options: ExportOptions) -> bytes:
    if options.level == "mentions":
        rows, columns = mention_rows(tl), MENTION_COLUMNS
    elif options.level == "events":
        urls = {d.id: d.url for d in tl.documents}
        events = tl.events + (tl.undated if options.include_undated else ())
        anchors = _anchors(tl)
        rows, columns = [event_row(e, urls, anchors) for e in events], EVENT_COLUMNS
    else:
        raise ValueError(f"unknown CSV level {options.level!r} (choose from events, mentions)")
    frame = pd.DataFrame([{k: neutralise(v) for k, v in r.items()} for r in rows], columns=list(columns))
    return frame.to_csv(index=False, lineterminator=LINE_TERMINATOR).encode("utf-8")
