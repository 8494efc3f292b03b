"""A printed edition's date: the masthead over a page of articles whose datelines name a weekday only.

A newspaper page (a clipping, a scanned or saved edition) states the edition's day, or a weekly's week, once
at its top; each article's dateline names only the weekday it was filed ("WASHINGTON, Thursday (AP) --"). Such
an article was written on the last day of that weekday on or before the edition's last day. An article with no
such dateline is of the edition's day (a weekly's: its week), a little less surely.
"""

from __future__ import annotations

import datetime as dt
import re

from ..model import Anchor, Segment
from ..stamps import NOT_PUBLICATION, parse_stamp, stamp_of, weekday_number
from ..temporal.resolve import month_number
from .headers import STATED_CONFIDENCE

#: The edition's day lines: a date alone ("Thursday, November 2, 1989").
DAY_ROWS = frozenset({"date-alone", "framed"})
#: A masthead bar's fields: the edition's date alone or after a label ("Edition 02.11.2009").
FIELD_ROWS = frozenset({"name-then-date", "labelled"})
_FIELD_BAR = re.compile(r"\s+[|·•]\s+|[ \t]{3,}")
#: A running head in capitals with its weekday (print): it dates the page even over its first article.
RUNNING_HEAD_ROWS = frozenset({"capitals-head"})
#: Most lines of the page's top where its masthead may stand.
MASTHEAD_LINES = 8
#: Most days an edition may span (a weekly's week, a weekend edition).
EDITION_DAYS = 8

#: A week's span on a masthead, day first ("30 October – 5 November", "2–8 March") or month first ("Oct. 30 -
#: Nov. 5", "March 2-8"); the year stands elsewhere on the line.
_SPANS = (
    re.compile(
        r"(?<!\d)(?P<d1>\d{1,2})\.?(?:\s+(?P<m1>[^\W\d_]{3,12})\.?)?\s*[–—-]\s*(?P<d2>\d{1,2})\.?\s+(?P<m2>[^\W\d_]{3,12})"
    ),
    re.compile(
        r"(?P<m1>[^\W\d_]{3,12})\.?\s+(?P<d1>\d{1,2})\s*[–—-]\s*(?:(?P<m2>[^\W\d_]{3,12})\.?\s+)?(?P<d2>\d{1,2})(?!\d)"
    ),
)
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")

#: A dateline that names a weekday and no date: a place in capitals, the weekday, maybe the agency, a dash.
_WEEKDAY_DATELINE = re.compile(
    r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?,\s+"
    r"(?P<weekday>[^\W\d_]{4,12})\.?(?:\s*\([^()\n]{1,30}\))?\s*[-–—_]+\s+\S"
)


def week_span(line: str) -> tuple[dt.date, dt.date] | None:
    """(first, last day) of a span of at most EDITION_DAYS days a masthead line states with its year."""
    years = _YEAR.findall(line)
    if not years:
        return None
    year = int(years[-1])
    for pattern in _SPANS:
        for m in pattern.finditer(line):
            m2 = month_number(m.group("m2")) if m.group("m2") else None
            m1 = month_number(m.group("m1")) if m.group("m1") else m2
            if m1 is None or (m.group("m2") and m2 is None):
                continue
            m2 = m2 or m1
            try:
                first = dt.date(year - (1 if m1 > m2 else 0), m1, int(m.group("d1")))
                last = dt.date(year, m2, int(m.group("d2")))
            except ValueError:
                continue
            if 0 < (last - first).days < EDITION_DAYS:
                return first, last
    return None


def masthead(text: str, segments: tuple[Segment, ...]) -> tuple[dt.date, dt.date, str] | None:
    """(first, last day, evidence) of the edition the page's top states: a day line or a week's span among the
    first lines of the navigation before its first article."""
    if len(segments) < 2:
        return None
    if segments[0].kind != "navigation":
        # a print page's running head over its first article ("19  THE DAILY  THURSDAY, OCTOBER 26, 2009"): the
        # page's date, set over all its articles
        head = text[segments[0].start : segments[0].end].lstrip().split("\n", 1)[0].strip()
        st = stamp_of(head)
        if st is None or st.rule not in RUNNING_HEAD_ROWS or (found := parse_stamp(st)) is None or not found[1]:
            return None
        return found[0], found[0], head
    lines = [ln.strip() for ln in text[segments[0].start : segments[0].end].split("\n") if ln.strip()][:MASTHEAD_LINES]
    for line in lines:
        st = stamp_of(line)
        if st is not None and st.rule in NOT_PUBLICATION:
            continue  # the day the page was saved, not the edition's
        # (an e-paper's bar sets the edition's date among its fields: "e-Paper | The Daily | Edition 02.11.2009 |
        # Page 5 of 17")
        fields = [st] if st is not None else [stamp_of(f) for f in _FIELD_BAR.split(line) if f.strip()]
        rows = DAY_ROWS | FIELD_ROWS if len(fields) > 1 else DAY_ROWS  # (a lone "Date: ..." is a header's)
        for field in fields:
            if field is not None and field.rule in rows and not field.yearless:
                found = parse_stamp(field)
                if found is not None and found[1]:
                    return found[0], found[0], line
        span = week_span(line)
        if span is not None:
            return span[0], span[1], line
    return None


def filed_weekday(text: str, seg: Segment) -> tuple[int, str] | None:
    """(ISO weekday, dateline) when the segment's first lines open with a dateline that names a weekday only."""
    for line in text[seg.start : seg.end].split("\n")[:8]:
        m = _WEEKDAY_DATELINE.match(line.strip())
        if m is not None and (number := weekday_number(m.group("weekday"))) is not None:
            return number, m.group(0)[:-1].strip()
    return None


def edition_anchors(text: str, segments: tuple[Segment, ...], anchors: list[Anchor | None]) -> None:
    """Date the page's articles that state no date of their own by its masthead."""
    found = masthead(text, segments)
    if found is None:
        return
    first, last, line = found
    for n, seg in enumerate(segments):
        if anchors[n] is not None or seg.kind != "article":
            continue
        filed = filed_weekday(text, seg)
        if filed is not None:
            weekday, dateline = filed
            day = last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)
            evidence = f"{dateline} in the edition of '{line}'"
            anchors[n] = Anchor(day, "header", STATED_CONFIDENCE["edition-weekday"], "day", evidence)
        else:
            mid = first + (last - first) / 2
            granularity = "day" if first == last else "week"
            anchors[n] = Anchor(mid, "header", STATED_CONFIDENCE["edition"], granularity, f"the edition of '{line}'")
