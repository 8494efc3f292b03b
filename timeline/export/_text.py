"""Text cleaning shared by the formats that show article text in one-line fields (ICS, TimelineJS)."""

from __future__ import annotations

import re

#: Unicode category Cc is exactly these two ranges; one regex pass instead of a category lookup per character
#: (which made the page of 10,000 events take seconds to render).
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]+")


def one_line(text: str | None) -> str:
    """Control characters and line breaks folded to single spaces. Why: icalendar escapes CR/LF, but NUL, ESC,
    vertical tab, NEL... are not valid iCalendar and some parsers split lines on them; HTML ignores breaks anyway.
    Folding keeps the value inert and readable in one-line UI fields."""
    return " ".join(_CONTROLS.sub(" ", text or "").split())


def web_url(url: str | None) -> str | None:
    """Only http(s) links are emitted: a ``javascript:`` or ``file:`` URL from an input must never become a link."""
    url = one_line(url).replace(" ", "%20")
    return url if url.lower().startswith(("http://", "https://")) else None


def anchor_note(doc, segment: int) -> str:
    """How the segment a report comes from was dated: "dated 2016-10-20 from header, confidence 0.95" (or
    "inferred, confidence 0.10", or "undated"), so a reader sees when a date was guessed."""
    segments = getattr(doc, "segments", ()) or ()
    if not 0 <= segment < len(segments):
        return ""
    a = segments[segment].anchor
    if a.date is None:
        return "undated"
    return f"dated {a.date.isoformat()} from {a.source}, confidence {a.confidence:.2f}"


def distinct_sources(sources, limit: int) -> tuple[list, int]:
    """Each distinct quote once, in source order: ``([(source, copies elsewhere), ...], distinct quotes left
    out)``. Why: a story syndicated 200 times reports the same sentence 200 times; listing it once per event keeps
    a calendar entry or a slide readable (30 KB of one repeated quote is noise), and ``limit`` caps the rest,
    which the caller announces as "and N more". Quotes compare after folding spaces and case."""
    first: dict[str, list] = {}
    for s in sources:
        key = one_line(s.quote).casefold()
        if key in first:
            first[key][1] += 1
        else:
            first[key] = [s, 0]
    rows = [(s, copies) for s, copies in first.values()]
    return rows[:limit], max(0, len(rows) - limit)
