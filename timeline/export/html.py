"""Timeline -> one self-contained HTML page (``timeline view``, ``extract --format html``).

The page works from ``file://`` with no network at all: the timeline is embedded as JSON in a
``<script type="application/json">`` element, the CSS and JavaScript are inline, and a Content-Security-Policy
(``default-src 'none'``) makes the browser refuse any request a future edit might add.

Why plain HTML/CSS/JavaScript instead of vendoring vis-timeline's standalone build: the page needs an axis that
draws points and spans, a collapsed band for far-earlier dates, filters, a search and a long list of sources;
vis-timeline would bring ~0.5 MB of script (plus its licence and CSS) to every file, creates several DOM nodes per
item (slow with 10,000 events) and still leaves the filters, the band and the source list to write. One canvas
draws 10,000 events in a few milliseconds, and the list is ordinary HTML (buttons, labels, headings), which is
what keyboards, screen readers and printers handle best. The template is ``page.html`` beside this module.

What this module decides (so it is tested in Python, not in the browser): each event's display date, the
"earlier" outliers (:mod:`._dates`), whether its date rests on an inferred article date (and how sure), the
distinct quotes with the date expression's offsets inside each quote, and each source's link (its http(s) URL,
else its file, relative to the page).
"""

from __future__ import annotations

import html
import json
import os
from importlib import resources
from pathlib import PurePath
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as url_quote

from ..model import Document, Event, Mention, Timeline
from ._dates import earlier_outliers, instant, millis
from ._text import distinct_sources, one_line, web_url
from .timelinejs import LEVEL, display_date

if TYPE_CHECKING:  # annotations only: a format module never depends on the package's import order
    from . import ExportOptions

#: Distinct quotes kept per event: the page lists them all, but a story copied 200 times is one quote.
MAX_SOURCES = 10
DATA_PLACEHOLDER = "/*TIMELINE-DATA*/"
TITLE_PLACEHOLDER = "<!--TIMELINE-TITLE-->"


def file_href(path: str, base: str | None) -> str | None:
    """A relative link from the page's folder to a document's file (what ``file://`` pages can open)."""
    if not path or path == "-" or path.startswith("<"):
        return None
    target = os.path.abspath(path)
    rel = os.path.relpath(target, os.path.abspath(base)) if base is not None else path
    return url_quote(PurePath(rel).as_posix())


def document_row(doc: Document, base: str | None) -> dict[str, Any]:
    inferred = [s.anchor for s in doc.segments if s.anchor.source == "inferred"]
    first = doc.segments[0].anchor if doc.segments else None
    return {
        "id": doc.id,
        "title": one_line(doc.title) or PurePath(doc.path).name or doc.id,
        "href": web_url(doc.url) or file_href(doc.path, base),
        "published": first.date.isoformat() if first and first.date else None,
        "published_source": first.source if first else "none",
        "inferred": round(max(a.confidence for a in inferred), 2) if inferred else None,
    }


def _mark(quote: str, start: int, mention: Mention | None) -> list[int] | None:
    """The date expression's [start, end) inside the quote, from the mention's document offsets."""
    if mention is None:
        return None
    a, b = mention.start - start, mention.end - start
    if 0 <= a < b <= len(quote) and quote[a:b] == mention.text:
        return [a, b]
    found = quote.find(mention.text) if mention.text else -1
    return [found, found + len(mention.text)] if found >= 0 else None


def event_row(
    event: Event, docs: dict[str, tuple[int, Document]], mentions: tuple[Mention, ...], earlier: bool
) -> dict[str, Any] | None:
    start = instant(event.start)
    if start is None:
        return None
    end = instant(event.end) or start
    level = LEVEL.get(event.granularity, "day")
    if level == "minute" and "T" not in event.start:
        level = "day"
    sources, confidences, resting = [], [], 0
    shown, more = distinct_sources(event.sources, MAX_SOURCES)
    for s, copies in shown:
        index, doc = docs.get(s.doc, (-1, None))
        mention = (
            mentions[s.mention]
            if s.mention is not None and 0 <= s.mention < len(mentions) and mentions[s.mention].doc == s.doc
            else None
        )
        row: dict[str, Any] = {
            "doc": index,
            "quote": s.quote,
            "mark": _mark(s.quote, s.start, mention),
            "ref": f"{s.doc}:{s.start}-{s.end}",
        }
        if copies:
            row["copies"] = copies
        # a date rests on the article's date unless its expression was absolute ("14 October 2016")
        rests = mention is None or mention.anchor != "none"
        segment = doc.segments[s.segment] if doc is not None and 0 <= s.segment < len(doc.segments) else None
        if rests:
            resting += 1
            if segment is not None and segment.anchor.source == "inferred":
                row["inferred"] = round(segment.anchor.confidence, 2)
                confidences.append(segment.anchor.confidence)
        sources.append(row)
    out: dict[str, Any] = {
        "id": event.id,
        "start": event.start,
        "end": event.end,
        "t0": millis(start),
        "t1": millis(max(end, start)),
        "granularity": event.granularity,
        "value": event.value,
        "label": display_date(event, start, level),
        "title": one_line(event.title) or event.value,
        "actors": list(event.actors),
        "places": list(event.places),
        "sources": sources,
        # every document that reported it, also those whose quote repeats one shown: what the document filter uses
        "docs": sorted({docs[s.doc][0] for s in event.sources if s.doc in docs}),
    }
    if more:
        out["more"] = more
    if earlier:
        out["earlier"] = True
    if confidences:  # "all": every source that dates it rests on an inferred date; "some": only part of them
        out["inferred"] = {
            "confidence": round(max(confidences), 2),
            "extent": "all" if len(confidences) == resting else "some",
        }
    return out


class SummaryError(ValueError):
    """A ``summary`` that is not a list of dates with sentences."""


def check_summary(summary: Any) -> list:
    """The summary's shape (``[{"date", "score", "sentences": [{"text", "doc", "start", "end", "event"}]}]``),
    checked here because the page reads it blindly."""
    if not isinstance(summary, list):
        raise SummaryError("summary must be a list of dates")
    for n, entry in enumerate(summary):
        if not (
            isinstance(entry, dict)
            and isinstance(entry.get("date"), str)
            and isinstance(entry.get("sentences"), list)
            and all(isinstance(s, dict) and isinstance(s.get("text"), str) for s in entry["sentences"])
        ):
            raise SummaryError(f"summary[{n}] needs a date and a list of sentences with a text")
    return summary


def page_data(tl: Timeline, options: ExportOptions, summary: list | None = None) -> dict[str, Any]:
    docs = {d.id: (i, d) for i, d in enumerate(tl.documents)}
    earlier = earlier_outliers(tl.events)
    events = [r for r in (event_row(e, docs, tl.mentions, e.id in earlier) for e in tl.events) if r is not None]
    events.sort(key=lambda r: (r["t0"], r["t1"], r["id"]))
    data: dict[str, Any] = {
        "title": one_line(options.title) or "timeline",
        "documents": [document_row(d, options.link_base) for d in tl.documents],
        "events": events,
    }
    if summary is None:
        summary = getattr(tl, "summary", None)
    if summary:
        data["summary"] = check_summary(summary)
    return data


def embed_json(data: Any) -> str:
    """JSON that can sit inside ``<script>``: every ``<``, ``>`` and ``&`` escaped, so no text from an article can
    close the element; ``JSON.parse`` reads the escapes back. Keys sorted for byte-identical output."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def template() -> str:
    return resources.files(__package__).joinpath("page.html").read_text("utf-8")


def render_page(tl: Timeline, options: ExportOptions, summary: list | None = None) -> bytes:
    data = page_data(tl, options, summary)
    page = template().replace(TITLE_PLACEHOLDER, html.escape(data["title"]))
    return page.replace(DATA_PLACEHOLDER, embed_json(data), 1).encode("utf-8")


def render(tl: Timeline, options: ExportOptions) -> bytes:
    return render_page(tl, options)
