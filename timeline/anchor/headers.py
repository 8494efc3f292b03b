"""Dates a segment states about itself: bylines, datelines, post headers, "Published ..." lines.

Header dates are found with a small table of line patterns and parsed with dateparser (which knows month
names in many languages).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..model import Segment
from ..segment import lines_of

# ------------------------------------------------------------------------------------------------ tables

#: Lines that state when the text under (or around) them was written:
#: (name, pattern with a ``date`` group, anchor source, confidence, example).
HEADER_PATTERNS: tuple[tuple[str, str, str, float, str], ...] = (
    ("date-by", r"(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})\s+[Bb]y\b.*", "byline", 0.95,
     "October 20, 2016 By"),
    ("by-name-date", r"[Bb]y\s+[^-–—|\n]{2,60}?\s*[-–—|,]\s*(?P<date>.{6,40}?\d{4}).*", "byline", 0.95,
     "By Mazen Eyon - 27 January, 2020"),
    ("published", r"(?:Published|Posted|Updated|Last updated|First published|Date)(?:\s+(?:time|on|at))?\s*:?\s*"
                  r"(?P<date>.{0,40}?\d{4}(?:-\d\d-\d\d)?)(?:\b.*)?", "header", 0.9, "Published time: 20 Oct, 2016 14:32"),
    ("date-time", r"(?:.{0,40}?\s[-–—|]\s*)?(?P<date>\d{1,2}[./]\d{1,2}[./]\d{4})(?:,?\s*[-–—|,]?\s*\d{1,2}:\s?\d{2}.*)?",
     "header", 0.9, "29.12.2019 - 23:49"),
    ("dateline", r"(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})\s*[-–—]\s+\S.*", "header", 0.8,
     "November 29, 2019 - Leaks from the OPCW"),
    ("date-line", r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?"
                  r"\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2})"
                  r"(?:\s*(?:[-–—|/•·,]|\d{1,2}:\d{2})\s*.{0,40})?", "header", 0.9, "21 December 2019"),
)

_HEADERS = [(name, re.compile(rf"(?:{pattern})\s*$"), source, conf) for name, pattern, source, conf, _ in HEADER_PATTERNS]


# ------------------------------------------------------------------------------------------------ headers


def parse_date(text: str) -> dt.date | None:
    """A full calendar date (day, month and year all written) or None: never a relative one, never today."""
    text = text.strip().rstrip(".,")
    if not re.search(r"\d{4}", text):
        return None
    numeric = re.fullmatch(r"(\d{1,2})[./](\d{1,2})[./](\d{4})", text)
    if numeric:  # 29.12.2019 is day-first; 12/29/2019 month-first when the first number cannot be a month
        a, b, year = (int(g) for g in numeric.groups())
        day, month = (a, b) if "." in text or a > 12 else (b, a)
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    import dateparser

    parsed = dateparser.parse(text, languages=["en", "ru", "de", "fr", "es", "it"], settings={
        "REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False,
        "RELATIVE_BASE": dt.datetime(2000, 1, 1), "PREFER_DATES_FROM": "past", "DATE_ORDER": "DMY"})
    return parsed.date() if parsed else None


@dataclass(frozen=True)
class Stated:
    date: dt.date
    source: str
    confidence: float
    evidence: str
    rule: str
    offset: int


def header_date(line: str) -> tuple[dt.date, str, str, float] | None:
    """(date, rule, source, confidence) when ``line`` is a header stating a date, else None."""
    s = line.strip()
    for name, pattern, source, conf in _HEADERS:
        if len(s) > 100 and name != "dateline":
            continue  # a paragraph states a date only by opening with it: "November 29, 2019 - Leaks ..."
        match = pattern.match(s)
        if match and (day := parse_date(match.group("date"))):
            return day, name, source, conf
    return None


def stated_dates(text: str, seg: Segment) -> list[Stated]:
    """Dates the segment states about itself. An article states it in its header zone (the lines above the
    first paragraph, and the first few lines); a post may state it on any line of its own (forum software
    puts the date above or below the message, and a post often opens by pasting a dated news item)."""
    lines = lines_of(text[seg.start:seg.end])
    if seg.kind in ("post", "quote"):
        zone = lines
    else:
        first_long = next((n for n, ln in enumerate(lines) if ln.long), len(lines))
        zone = lines[:max(first_long, 3)][:8]
    found = []
    for ln in zone:
        hit = header_date(ln.text)
        if hit:
            day, rule, source, conf = hit
            found.append(Stated(day, source, conf, ln.text.strip(), rule, seg.start + ln.start))
    return found
