"""A printed edition's masthead dates the articles under it whose datelines name a weekday only."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.anchor.edition import week_span
from timeline.anchor.headers import STATED_CONFIDENCE

from .test_anchor import _anchored

_STORY_A = (
    "the harbour board voted to close the north pier to lorries until the repairs to its deck are finished, a "
    "decision that will send the freight traffic through the town centre for at least two months."
)
_STORY_B = (
    "the ferry company said it would add a second crossing on weekdays once the new timetable is agreed with the "
    "port, after complaints from commuters about the crowded morning sailings."
)


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Weekly edition · Week 44, 2031 · 27 October – 2 November", ("2031-10-27", "2031-11-02")),
        ("Week 10, 2031 · 3–9 March", ("2031-03-03", "2031-03-09")),
        ("Issue 52 | Dec. 29 - Jan. 4, 2032", ("2031-12-29", "2032-01-04")),
        ("Wochenausgabe 3.–9. März 2031", ("2031-03-03", "2031-03-09")),
        # not a week: too long, no year, a score
        ("Special report · 1–30 March 2031", None),
        ("Week edition · 3–9 March", None),
        ("Final score 3-2 at the Harbour Ground, 2031", None),
    ],
)
def test_a_masthead_week_span_is_read_with_its_year(line, expected):
    span = week_span(line)
    assert (tuple(d.isoformat() for d in span) if span else None) == expected


def _edition(masthead: str, first: str, second: str) -> str:
    return (
        f"THE HARBOUR GAZETTE\n{masthead}\n\n"
        f"North pier closes to lorries\nBy Anna Berg\n\n{first}{_STORY_A}\n\n"
        f"Second weekday crossing planned\nBy Tom Reed\n\n{second}{_STORY_B}\n"
    )


@pytest.mark.parametrize(
    "masthead, first, second, expected",
    [
        # a daily: the dateline's weekday is the edition's day or the last one before it
        (
            "Thursday, October 30, 2031\nLate edition",
            "PORT ELLEN, Thursday (Wire) – The ",
            "OBAN, Tuesday – The ",
            ["2031-10-30", "2031-10-28"],
        ),
        # a weekly over two months: each weekday inside the week
        (
            "Weekly edition · Week 44, 2031 · 27 October – 2 November",
            "PORT ELLEN, Monday (Wire) – The ",
            "OBAN, Saturday – The ",
            ["2031-10-27", "2031-11-01"],
        ),
        # other languages' weekdays; an article with no dateline is of the edition's day
        ("Donnerstag, 30. Oktober 2031", "KIEL, Dienstag (dpa) – The ", "The ", ["2031-10-28", "2031-10-30"]),
    ],
)
def test_weekday_datelines_are_dated_in_the_edition(masthead, first, second, expected):
    segs = [s for s in _anchored(_edition(masthead, first, second)) if s.kind == "article"]
    assert [s.anchor.date.isoformat() for s in segs] == expected
    confidences = [s.anchor.confidence for s in segs]
    assert confidences[0] == STATED_CONFIDENCE["edition-weekday"]
    assert all(c < 0.9 for c in confidences) and all(s.anchor.source == "header" for s in segs)


def test_a_weekly_masthead_dates_an_article_with_no_weekday_by_its_week():
    segs = [
        s
        for s in _anchored(_edition("Week 44, 2031 · 27 October – 2 November", "PORT ELLEN – The ", "The "))
        if s.kind == "article"
    ]
    assert [s.anchor.date for s in segs] == [dt.date(2031, 10, 30)] * 2
    assert all(s.anchor.granularity == "week" and s.anchor.confidence == STATED_CONFIDENCE["edition"] for s in segs)


def test_a_saved_pages_capture_line_is_no_edition():
    text = _edition("Saved from the web on 30 October 2031", "PORT ELLEN, Thursday (Wire) – The ", "The ")
    segs = [s for s in _anchored(text) if s.kind == "article"]
    assert not any("edition" in s.anchor.evidence for s in segs)
