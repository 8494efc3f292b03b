"""Text cleaning shared by the formats that show article text in one-line fields (ICS, TimelineJS)."""

from __future__ import annotations

import unicodedata


def one_line(text: str | None) -> str:
    """Control characters and line breaks folded to single spaces. Why: icalendar escapes CR/LF, but NUL, ESC,
    vertical tab, NEL... are not valid iCalendar and some parsers split lines on them; HTML ignores breaks anyway.
    Folding keeps the value inert and readable in one-line UI fields."""
    text = "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in text or "")
    return " ".join(text.split())


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
