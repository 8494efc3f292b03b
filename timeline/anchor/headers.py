"""Dates a segment states about itself: bylines, datelines, post stamps, "Published ..." lines.

The lines are recognised and read by the one stamp table of ``timeline.stamps`` (shared with segmentation);
this module decides which of a segment's stamps date it and how far to trust each.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from ..model import Segment
from ..segment import (
    FOOTER_LINES,
    dated_entry,
    inline_comment_date,
    lines_of,
    over_another_title,
    standfirst,
    talk_reply,
)
from ..stamps import (
    ARCHIVE_LABEL,
    COPY_LABEL,
    FIRST_PUBLISHED,
    FOOTERS,
    LATER_STATE,
    LEADS,
    NOT_PUBLICATION,
    PRINT_HEADER,
    STAMP_LINES,
    PageDates,
    glued_stamp_of,
    opens_paragraph,
    page_dates,
    parse_date,
    parse_stamp,
    signature_stamp,
    stamp_of,
)

# ------------------------------------------------------------------------------------------------ trust

#: Anchor source per stamp row: a line naming the author is a byline, the rest are headers.
BYLINE_RULES = frozenset({"by-name", "date-by", "by-name-on", "by-handle"})
#: Rows that never date the segment they sit in: the page's capture date, the date of a quoted post.
NOT_A_DATE = NOT_PUBLICATION

#: Confidence of a stated date, by how it was read; measured with ``timeline evaluate CORPUS --pages`` (seeds 1
#: and 2, 80 pages, dev) and the seeds' gold.
STATED_CONFIDENCE = {
    # a written date in a header (words, ISO, RFC 2822, decided order) and a relative stamp against the page's
    # capture line: dev pages seeds 1 + 2, 217 of 217 anchors of the >= 0.9 band right within 3 days
    "sure": 0.95,
    "relative": 0.9,
    # 03/04/2009 with nothing on the page to decide the order (dev pages: 1 of 4 right), or a weekday written
    # next to the date that disagrees with it
    "order-guessed": 0.25,
    # "Apr 3" read in the capture date's year: not measured (the generated pages write no such stamp)
    "yearless": 0.8,
    # only a "last updated" or "republished" date (the article is from then or a little before): not measured
    "updated": 0.6,
    # only an archive's upload, a reader's access or an export is stated (the text is from then or before, often
    # years before): generator h (dev) seeds 1-3, 0 of 51 such anchors right within 3 days at 0.6
    "archived": 0.1,
    "dated-lead": 0.8,  # a paragraph that opens with its date: the seeds' gold, 1 of 1
    # a press release's embargo line: its own release's date, but press rooms list releases whose other header
    # lines ("FOR IMMEDIATE RELEASE") may not open a segment: generator c (dev) seed 2, 1 of its embargo lines
    # dated the release after it
    "embargo": 0.8,
    "inner-titles": 0.6,
    # a segment opened by a date line with no title (segment.UNTITLED): a diary's entry, or an entry of a dated
    # list inside an article; not measured (the generated pages always title an article)
    "untitled": 0.6,
    # a date line alone under the article's text (a blog's post footer), when its header states none: not
    # measured (the generated pages put no date there), so below the 0.9 band
    # a post made of a pasted item whose date line is older than the posts before it: the item's date dates its
    # text (the seeds' gold: 1 of 1); the post went up later, so below the 0.9 band
    "pasted": 0.6,
    "footer": 0.8,  # more title-like lines over paragraphs in the segment (segments._doubt); dev pages: 4 of 4
    # the date in the article's address ("/2009/04/03/"): news sites put the first publication there, but an
    # address may date a section or a series; not measured (the generated pages print no address)
    "url": 0.8,
    # a date over the site's menu (a masthead: the day the page was seen, the text from then or before); not
    # measured (the generated pages print no such line)
    "masthead": 0.6,
    # a printed edition's masthead (its day, or a weekly's week) over articles whose datelines name a weekday
    # only ("WASHINGTON, Thursday (AP) --"): the last such weekday of the edition (``edition``): generator c
    # (dev) seeds 1-3, 51 of 51 right to the day, kept below the 0.9 band while one generator measures it. An
    # article with no such dateline gets the edition's day or week: not measured (no generated page prints one).
    "edition-weekday": 0.8,
    "edition": 0.6,
    # a talk page's signature at the end of a comment ("Ann Berg (talk) 14:22, 3 April 2009 (UTC)"): the comment's
    # own date; not measured yet, so below the 0.9 band
    "signature": 0.8,
    # a chat log's day divider over messages that state only their time: not measured yet, below the 0.9 band
    "chat-day": 0.8,
}

HEADER_PATTERNS = STAMP_LINES  # the one table (name, pattern, example); kept under its old name for callers


@dataclass(frozen=True)
class Stated:
    date: dt.date
    source: str
    confidence: float
    evidence: str
    rule: str
    offset: int


def header_date(line: str, page: PageDates = PageDates()) -> tuple[dt.date, str, str, float] | None:
    """(date, rule, source, confidence) when ``line`` is a stamp stating a date (or opens with one run into its
    text: a byline glued to the lead), else None."""
    st = stamp_of(line)
    if st is None:
        st = (glued_stamp_of(line) or (None,))[0]
    if st is None or st.rule in NOT_A_DATE:
        return None
    found = parse_stamp(st, page)
    if found is None:
        return None
    day, sure = found
    if not sure and st.rule not in LEADS:
        conf = STATED_CONFIDENCE["order-guessed"]  # (an update's date too: "Mis à jour le 05/03/2009")
    elif st.rule in LATER_STATE:
        conf = STATED_CONFIDENCE["updated"]
    elif st.rule == "embargo":
        conf = STATED_CONFIDENCE["embargo"]
    elif st.rule == "url-date":
        conf = STATED_CONFIDENCE["url"]
    elif st.rule in LEADS or opens_paragraph(line):
        # (a dateline's day read in the year of the page's other stamps, no capture date: a guess)
        conf = STATED_CONFIDENCE["dated-lead"] if sure else STATED_CONFIDENCE["order-guessed"]
    elif st.relative:
        conf = STATED_CONFIDENCE["relative"]
    elif st.yearless:
        conf = STATED_CONFIDENCE["yearless"]
    else:
        conf = STATED_CONFIDENCE["sure"]
    return day, st.rule, "byline" if st.rule in BYLINE_RULES else "header", conf


def stated_dates(text: str, seg: Segment, page: PageDates | None = None) -> list[Stated]:
    """Dates the segment states about itself. An article states it in its header zone (the lines above the
    first paragraph, and the first few lines); a post may state it on any line of its own (forum software
    puts the date above or below the message, and a post often opens by pasting a dated news item)."""
    page = page_dates(text) if page is None else page
    lines = lines_of(text[seg.start : seg.end])
    last_long = max((k for k, ln in enumerate(lines) if ln.long), default=None)
    if seg.kind in ("post", "quote"):
        zone = lines
    else:
        first_long = next((n for n, ln in enumerate(lines) if ln.long and not standfirst(lines, n)), len(lines))
        # (a date line alone under the article's last paragraph is not its header: a footer, read below)
        zone = [
            ln
            # (the first paragraph too, when it opens with its date: a search result's "Oct 27, 1989 — ...")
            for n, ln in enumerate(lines[: max(first_long + 1, 3)][:8])
            if not (n > first_long and _footer(lines, n, last_long))
        ]
    found = []
    for ln in zone:
        # an entry of a dated list, or another article's title and date over this one's title: not a header
        listed = dated_entry(lines, ln.index) or over_another_title(lines, ln.index)
        # (the header a browser prints over the page: when it was printed, the page's capture)
        listed = listed or (seg.start + ln.start == 0 and PRINT_HEADER.fullmatch(ln.text.strip()) is not None)
        hit = header_date(ln.text, page) if not (_footer_sentence(ln.text) or listed) else None
        signed = signature_stamp(ln.text) if hit is None and seg.kind == "post" and not talk_reply(ln) else None
        if signed is not None and (found_date := parse_stamp(signed, page)) is not None:
            # a talk page's comment is dated by its signature at the end of its text
            conf = STATED_CONFIDENCE["signature"] if found_date[1] else STATED_CONFIDENCE["order-guessed"]
            found.append(Stated(found_date[0], "header", conf, signed.text, "signature", seg.start + ln.start))
            continue
        if hit:
            day, rule, source, conf = hit
            if _over_menu(lines, ln.index):
                conf = min(conf, STATED_CONFIDENCE["masthead"])
            glued = glued_stamp_of(ln.text) if stamp_of(ln.text) is None else None
            evidence = glued[1] if glued else " ".join(ln.text.split())  # (a card date spans two lines)
            found.append(Stated(day, source, conf, evidence, rule, seg.start + ln.start))
    if found or seg.kind in ("post", "quote"):
        return found
    if seg.kind == "comments":
        # reader comments whose stamps are run into their text ("At 15:02 29th Apr 2009 , islandgirl wrote : ..."):
        # the first comment's date
        for ln in lines[:3]:
            date = inline_comment_date(ln.text)
            hit = header_date(date, page) if date else None
            if hit:
                day, rule, source, conf = hit
                return [Stated(day, source, conf, date, rule, seg.start + ln.start)]
    # no header date: a date line standing alone under the article's last paragraph (a post footer), or a footer
    # sentence ("This entry was posted on ...")
    for n in range(len(lines)):
        footer = _footer(lines, n, last_long) or (n >= len(lines) - 3 and _footer_sentence(lines[n].text))
        footer = footer and not dated_entry(lines, n)  # (a list of related titles with their dates)
        hit = header_date(lines[n].text, page) if footer else None
        if hit:
            day, rule, source, conf = hit
            conf = min(conf, STATED_CONFIDENCE["footer"])
            found.append(Stated(day, source, conf, " ".join(lines[n].text.split()), rule, seg.start + lines[n].start))
        elif found and lines[n].blank_before >= 1:
            break  # (the footer's block ended: its stamps are all read, an edit's and the post's own)
    return found


#: A site's menu: three fields or more of one to three words each, set apart by bars, dots, slashes or arrows
#: ("Home | News | Sport | Weather", "Home > News > Local").
_MENU = re.compile(r"[^\W\d_][^\d|·•/>»›\n]{0,24}(?:\s*[|·•/>»›]\s*[^\W\d_][^\d|·•/>»›\n]{0,24}){2,}")


def _over_menu(lines: list, n: int) -> bool:
    """Line ``n`` stands right over a site's menu: a masthead's date, the day the page was seen."""
    return (
        n + 1 < len(lines)
        and len(lines[n + 1].text.strip()) <= 120
        and _MENU.fullmatch(lines[n + 1].text.strip()) is not None
        and all(len(field.split()) <= 3 for field in re.split(r"[|·•/>»›]", lines[n + 1].text))
    )


def _footer_sentence(line: str) -> bool:
    st = stamp_of(line)
    return st is not None and st.rule in FOOTERS


def _footer(lines: list, n: int, last_long: int | None) -> bool:
    """Whether line ``n`` is in the block of a few short lines under the segment's last paragraph (line
    ``last_long``, found once by the caller: finding it for every line made a long segment's dating quadratic),
    that block starting within three lines of it (a short closing line and a signature between): a date line
    alone, or a post's footer (share links, the date, the author, a score)."""
    if last_long is None or n <= last_long:
        return False
    first = n
    while first > last_long + 1 and lines[first].blank_before == 0:
        first -= 1
    last = n
    while last + 1 < len(lines) and lines[last + 1].blank_before == 0:
        last += 1
    return (
        first <= last_long + 3
        and (lines[first].blank_before >= 1 or first == last_long + 1)  # (or set right under it: "Share  Follow")
        and last - first < FOOTER_LINES
        and not any(ln.long for ln in lines[first : last + 1])
    )


def article_date(stated: list[Stated]) -> Stated:
    """The stamp that dates an article: its first publication ("First published ...") over any other, an
    "Updated" stamp only when nothing else is stated, else the first stamp of its header."""
    first = [s for s in stated if s.rule in FIRST_PUBLISHED]
    if first:
        return first[0]
    plain = [s for s in stated if s.rule not in LATER_STATE]
    # (a note's "Created: ..." beside the byline's date or a "Published:" field is the day it was clipped)
    plain = [s for s in plain if not COPY_LABEL.match(s.evidence)] or plain
    return archive_capped(plain[0] if plain else stated[0])


def archive_capped(best: Stated) -> Stated:
    """An archive's upload or a reader's access bounds the text's date (it is from then or before, often years
    before): its confidence falls to ``STATED_CONFIDENCE["archived"]``."""
    if ARCHIVE_LABEL.match(best.evidence):
        return replace(best, confidence=min(best.confidence, STATED_CONFIDENCE["archived"]))
    return best


__all__ = [
    "BYLINE_RULES",
    "HEADER_PATTERNS",
    "STATED_CONFIDENCE",
    "Stated",
    "article_date",
    "header_date",
    "parse_date",
    "stated_dates",
]
