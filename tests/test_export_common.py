"""A hand-built timeline shared by the export tests, and the checks every format shares.

The other ``test_export_*`` modules import :func:`sample_timeline` from here, so the export tests never depend on
the extraction pipeline.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from timeline.export import ExportOptions, render
from timeline.export.json import dumps, loads
from timeline.model import Anchor, Document, Event, Mention, Segment, Source, Timeline

FORMATS = ("csv", "ics", "timelinejs")

TRICKY_TITLE = 'Talks resume in Geneva, "finally"\nsays Сергей Лавров; ok'
CSV_INJECTION = '=HYPERLINK("http://evil.example/x","click me")'
ICS_INJECTION = "x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:injected@evil\r\nSUMMARY:pwned\x00\x1b"


def _source(doc: str, start: int, quote: str, mention: int) -> Source:
    return Source(doc, 0, start, start + len(quote), quote, mention)


def sample_timeline(extra: tuple[Event, ...] = (), retitle: dict[str, str] | None = None) -> Timeline:
    """Day, time, week, month, quarter, year, decade events; sources with quotes; documents with and without
    urls. ``retitle``/``extra`` build the "updated export" of the CalDAV upsert test."""
    docs = (
        Document(
            "reuters-1",
            "in/reuters-1.txt",
            "",
            (Segment(0, 500, Anchor(dt.date(2016, 10, 14), "byline", 0.9)),),
            title="Talks resume, officials say",
            url="https://example.org/news/1?a=1&b=2",
        ),
        Document(
            "blog",
            "in/blog.html",
            "",
            (Segment(0, 300, Anchor(dt.date(2016, 10, 20), "html-meta", 0.8)), Segment(300, 600, Anchor(None))),
            title="Блог: заметки",
        ),
        Document(
            "evil",
            "in/evil.html",
            "",
            (Segment(0, 100, Anchor(dt.date(2016, 9, 1), "header", 0.5)),),
            title="<script>alert(1)</script>",
            url="javascript:alert(1)",
        ),
    )
    mentions = (
        Mention(10, 16, "Friday", "DATE", "2016-10-14", "published", "reuters-1", 0),
        Mention(40, 44, "3 pm", "TIME", "2016-10-14T15:00", "narrative", "reuters-1", 0),
        Mention(5, 14, "last week", "DATE", "2016-W41", "published", "blog", 0),
        Mention(20, 33, "next November", "DATE", "2016-11", "published", "blog", 1, "APPROX"),
        Mention(3, 7, "2016", "DATE", "2016", "none", "evil", 0),
    )
    q1 = 'On Friday, talks resumed in Geneva, "finally".'
    events = [
        Event(
            "ev-day",
            "2016-10-14",
            "2016-10-15",
            "day",
            "2016-10-14",
            TRICKY_TITLE,
            actors=("Сергей Лавров", "John Kerry"),
            places=("Geneva",),
            sources=(_source("reuters-1", 0, q1, 0), _source("blog", 50, "Они встретились в пятницу.", 2)),
        ),
        Event(
            "ev-time",
            "2016-10-14T15:00",
            "2016-10-14T16:00",
            "time",
            "2016-10-14T15:00",
            "Press conference",
            actors=("John Kerry",),
            places=("Geneva", "Palais des Nations"),
            sources=(_source("reuters-1", 60, "A press conference followed at 3 pm.", 1),),
        ),
        Event(
            "ev-time-open",
            "2016-10-15T09:30",
            "",
            "time",
            "2016-10-15T09:30",
            "Morning statement",
            sources=(_source("reuters-1", 100, "A statement came at 9.30 the next morning.", 1),),
        ),
        Event(
            "ev-span",
            "2016-10-20",
            "2016-10-23",
            "day",
            "2016-10-20",
            "Three-day summit",
            sources=(_source("blog", 80, "The summit ran from 20 to 22 October.", 2),),
        ),
        Event(
            "ev-csv",
            "2016-10-16",
            "2016-10-17",
            "day",
            "2016-10-16",
            CSV_INJECTION,
            actors=("-Minus", "@at"),
            places=("+plus",),
            sources=(_source("evil", 0, "=1+2 said the post", 4),),
        ),
        Event(
            "ev-ics",
            "2016-10-17",
            "2016-10-18",
            "day",
            "2016-10-17",
            ICS_INJECTION,
            places=("Room\r\nLOCATION:elsewhere",),
            actors=("a,b", "c;d"),
            sources=(_source("evil", 40, "line one\nline two\r\nDESCRIPTION:fake", 4),),
        ),
        Event(
            "ev-week",
            "2016-10-10",
            "2016-10-17",
            "week",
            "2016-W41",
            "Week of shuttle diplomacy",
            sources=(_source("blog", 5, "Last week diplomats shuttled between capitals.", 2),),
        ),
        Event(
            "ev-month",
            "2016-11-01",
            "2016-12-01",
            "month",
            "2016-11",
            "Elections expected",
            places=("Washington",),
            sources=(_source("blog", 320, "Elections are expected next November.", 3),),
        ),
        Event(
            "ev-quarter",
            "2016-07-01",
            "2016-10-01",
            "quarter",
            "2016-Q3",
            "Quarter of preparations",
            sources=(_source("blog", 200, "Preparations took the third quarter.", 2),),
        ),
        Event(
            "ev-year",
            "2016-01-01",
            "2017-01-01",
            "year",
            "2016",
            "A year of talks",
            sources=(_source("evil", 3, "2016 was a year of talks.", 4),),
        ),
        Event(
            "ev-decade",
            "2010-01-01",
            "2020-01-01",
            "decade",
            "201",
            "A decade of conflict",
            sources=(_source("blog", 250, "The 2010s were a decade of conflict.", 2),),
        ),
        *extra,
    ]
    if retitle:
        events = [replace(e, title=retitle.get(e.id, e.title)) for e in events]
    undated = (
        Event(
            "ev-undated",
            "",
            "",
            "day",
            "XXXX-10-14",
            "Undated meeting",
            sources=(_source("blog", 400, "They met on 14 October.", 2),),
        ),
    )
    return Timeline(docs, mentions, tuple(events), undated)


@pytest.mark.parametrize("fmt", FORMATS)
def test_render_is_deterministic(fmt, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    first = render(sample_timeline(), fmt, ExportOptions(title="Geneva talks"))
    second = render(sample_timeline(), fmt, ExportOptions(title="Geneva talks"))
    assert first == second and first


@pytest.mark.parametrize("fmt", FORMATS)
def test_reexport_from_saved_json_gives_the_same_bytes(fmt, monkeypatch):
    """``timeline export timeline.json`` must produce what ``timeline extract`` did."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    tl = sample_timeline()
    assert render(loads(dumps(tl)), fmt) == render(tl, fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_empty_timeline_renders(fmt):
    assert render(Timeline(), fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_output_is_utf8(fmt):
    render(sample_timeline(), fmt).decode("utf-8")


def syndicated_timeline(copies: int = 200, distinct: int = 14) -> Timeline:
    """One event reported by ``copies`` copies of one story (the same quote, spacing and case varied) and by
    ``distinct`` other sentences: what the quote de-duplication and the "and N more" cap are tested on."""
    story = "Negotiators met in Geneva on Friday."
    sources = [
        Source(f"copy-{i:03d}", 0, 10, 10 + len(story), story if i % 2 else f"  {story.upper()} ", 0)
        for i in range(copies)
    ]
    sources += [
        Source(f"other-{i:02d}", 0, 0, 20, f"Report number {i} of the meeting on Friday.", 0) for i in range(distinct)
    ]
    docs = tuple(
        Document(
            s.doc,
            f"in/{s.doc}.txt",
            "",
            (Segment(0, 100, Anchor(dt.date(2016, 10, 16), "manifest", 1.0)),),
            title=f"Title of {s.doc}",
        )
        for s in sources
    )
    event = Event("ev-met", "2016-10-14", "2016-10-15", "day", "2016-10-14", "Negotiators met", sources=tuple(sources))
    return Timeline(documents=docs, events=(event,))
