"""HTML pages: the article's main text and title (trafilatura), and the page's own publication date (htmldate).

Offsets downstream index the *extracted* text, not the markup: that is the only text the pipeline sees, and
``--include-text`` puts it in the JSON so the offsets can be checked. Boilerplate removal is trafilatura's job
(it is maintained against thousands of real sites); hand-written tag stripping would keep menus and footers.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .text import UnreadableInput

_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>])", re.IGNORECASE | re.DOTALL
)


@dataclass(frozen=True)
class Page:
    text: str
    title: str | None
    published: dt.date | None
    #: ``html:trafilatura`` or ``html:fallback`` (whole-page text when no main text was found)
    method: str
    #: The page's own address (canonical link or og:url), when it states an http(s) one.
    url: str | None = None


def looks_like_html(text: str) -> bool:
    """True for a page saved with a ``.txt`` name or piped on stdin; the start of the text decides, not a guess
    over the whole body (an article quoting a tag stays text)."""
    return bool(_HTML_START.match(text[:2048]))


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def extract_page(html: str, name: str = "input") -> Page:
    """Main text, title and publication date of one page. Raises UnreadableInput when it holds no text."""
    import trafilatura

    text = trafilatura.extract(
        html, output_format="txt", include_comments=True, include_tables=True, favor_recall=True, deduplicate=False
    )
    method = "html:trafilatura"
    if not text or not text.strip():
        text = trafilatura.html2txt(html) or ""
        method = "html:fallback"
    if not text.strip():
        raise UnreadableInput(f"{name}: HTML page without any text")
    # htmldate (called by trafilatura on the parsed tree) reads the page's markup only: meta tags, <time>,
    # JSON-LD. extensive_search would guess from arbitrary dates in the body, which is the content-based
    # inference's job, with its own (lower) confidence.
    try:
        metadata = trafilatura.extract_metadata(html, date_config={"extensive_search": False, "original_date": True})
    except Exception:  # odd markup: the text is still usable without title and date
        metadata = None
    title = ((metadata.title or "").strip() or None) if metadata else None
    published = _date(metadata.date) if metadata else None
    url = ((metadata.url or "").strip() or None) if metadata else None
    return Page(
        text, title, published, method, url if url and url.lower().startswith(("http://", "https://")) else None
    )
