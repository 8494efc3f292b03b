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
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable

import pandas as pd

from ..model import Event, Timeline

if TYPE_CHECKING:  # annotations only: a format module never depends on the package's import order
    from . import ExportOptions

EVENT_COLUMNS = ("id", "start", "end", "granularity", "value", "title", "actors", "places", "quote", "sources",
                 "documents", "urls", "dated_by")
#: ``mention`` is the index that ``Source.mention`` (and the JSON ``sources[].mention``) points at.
MENTION_COLUMNS = ("mention", "doc", "segment", "start", "end", "text", "type", "value", "mod", "anchor",
                   "published")

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


def event_row(event: Event, urls: dict[str, str | None]) -> dict[str, str]:
    docs = _distinct(s.doc for s in event.sources)
    return {
        "id": event.id,
        "start": event.start,
        "end": event.end,
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
        "dated_by": LIST_SEPARATOR.join(k for k in ("explicit", "narrative", "anchor")
                                        if any(s.dated_by == k for s in event.sources)),
    }


def mention_rows(tl: Timeline) -> list[dict[str, Any]]:
    published = {
        (d.id, i): seg.anchor.date.isoformat() if seg.anchor.date else ""
        for d in tl.documents for i, seg in enumerate(d.segments)
    }
    return [
        {"mention": i, "doc": m.doc, "segment": m.segment, "start": m.start, "end": m.end, "text": m.text,
         "type": m.type, "value": m.value, "mod": m.mod or "", "anchor": m.anchor,
         "published": published.get((m.doc, m.segment), "")}
        for i, m in enumerate(tl.mentions)
    ]


def render(tl: Timeline, options: ExportOptions) -> bytes:
    if options.level == "mentions":
        rows, columns = mention_rows(tl), MENTION_COLUMNS
    elif options.level == "events":
        urls = {d.id: d.url for d in tl.documents}
        events = tl.events + (tl.undated if options.include_undated else ())
        rows, columns = [event_row(e, urls) for e in events], EVENT_COLUMNS
    else:
        raise ValueError(f"unknown CSV level {options.level!r} (choose from events, mentions)")
    frame = pd.DataFrame([{k: neutralise(v) for k, v in r.items()} for r in rows], columns=list(columns))
    return frame.to_csv(index=False, lineterminator=LINE_TERMINATOR).encode("utf-8")
