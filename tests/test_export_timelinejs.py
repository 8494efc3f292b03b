"""The TimelineJS3 export checked against the format's rules (https://timeline.knightlab.com/docs/json-format.html)."""

from __future__ import annotations

import json
from dataclasses import replace
from html.parser import HTMLParser

import pytest

try:
    from .test_export_common import sample_timeline
except ImportError:  # tests/ collected as a plain directory rather than a package
    from test_export_common import sample_timeline
from timeline.export import ExportOptions, render
from timeline.model import Event, Source, Timeline

DATE_FIELDS = ("year", "month", "day", "hour", "minute")
EXPECTED_FIELDS = {
    "time": DATE_FIELDS,
    "day": DATE_FIELDS[:3],
    "week": DATE_FIELDS[:3],
    "month": DATE_FIELDS[:2],
    "quarter": DATE_FIELDS[:2],
    "year": ("year",),
    "decade": ("year",),
}


@pytest.fixture(scope="module")
def doc():
    return json.loads(render(sample_timeline(), "timelinejs", ExportOptions(title="Geneva <talks>")))


@pytest.fixture(scope="module")
def slides(doc):
    return {e["unique_id"]: e for e in doc["events"]}


def as_tuple(date: dict[str, str]) -> tuple[int, ...]:
    defaults = {"month": 1, "day": 1, "hour": 0, "minute": 0}
    return tuple(int(date[f]) if f in date else defaults.get(f, 0) for f in DATE_FIELDS)


def test_format_rules(doc):
    events = doc["events"]
    ids = [e["unique_id"] for e in events]
    assert len(ids) == len(set(ids)) and all(ids)
    tl = sample_timeline()
    granularity = {e.id: e.granularity for e in tl.events}
    titles = {d.id: d.title for d in tl.documents}
    first_doc = {e.id: e.sources[0].doc for e in tl.events}
    for e in events:
        assert "year" in e["start_date"]
        assert all(isinstance(v, str) for d in (e["start_date"], e.get("end_date", {})) for v in d.values())
        assert tuple(e["start_date"]) == EXPECTED_FIELDS[granularity[e["unique_id"]]]
        if "end_date" in e:
            assert tuple(e["end_date"]) == tuple(e["start_date"])
            assert as_tuple(e["end_date"]) > as_tuple(e["start_date"])
        assert e["text"]["headline"] and e["display_date"]
        assert parse_html(e["group"]).text == [titles[first_doc[e["unique_id"]]]]  # the article, not a granularity
    assert "ev-undated" not in ids


def test_month_events_have_no_day(slides):
    assert slides["ev-month"]["start_date"] == {"year": "2016", "month": "11"}
    assert "end_date" not in slides["ev-month"]
    assert slides["ev-month"]["display_date"] == "November 2016"


@pytest.mark.parametrize(
    "uid, start, end",
    [
        ("ev-day", {"year": "2016", "month": "10", "day": "14"}, None),
        ("ev-span", {"year": "2016", "month": "10", "day": "20"}, {"year": "2016", "month": "10", "day": "22"}),
        ("ev-week", {"year": "2016", "month": "10", "day": "10"}, {"year": "2016", "month": "10", "day": "16"}),
        ("ev-quarter", {"year": "2016", "month": "7"}, {"year": "2016", "month": "9"}),
        ("ev-year", {"year": "2016"}, None),
        ("ev-decade", {"year": "2010"}, {"year": "2019"}),
        (
            "ev-time",
            {"year": "2016", "month": "10", "day": "14", "hour": "15", "minute": "0"},
            {"year": "2016", "month": "10", "day": "14", "hour": "16", "minute": "0"},
        ),
        ("ev-time-open", {"year": "2016", "month": "10", "day": "15", "hour": "9", "minute": "30"}, None),
    ],
)
def test_exclusive_ends_become_inclusive(slides, uid, start, end):
    assert slides[uid]["start_date"] == start
    assert slides[uid].get("end_date") == end


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.hrefs, self.text = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.hrefs += [v for k, v in attrs if k == "href"]

    def handle_data(self, data):
        self.text.append(data)


def parse_html(fragment: str) -> _Tags:
    p = _Tags()
    p.feed(fragment)
    p.close()
    return p


def test_text_is_escaped_html_with_safe_links(slides):
    for slide in slides.values():
        for fragment in slide["text"].values():
            assert set(parse_html(fragment).tags) <= {"blockquote", "p", "a", "small"}
    day = parse_html(slides["ev-day"]["text"]["text"])
    assert day.hrefs == ["https://example.org/news/1?a=1&b=2"]
    assert "Они встретились в пятницу." in day.text
    assert any("dated 2016-10-14 from byline, confidence 0.90" in t for t in day.text)
    assert parse_html(slides["ev-day"]["text"]["headline"]).text == [
        'Talks resume in Geneva, "finally" says Сергей Лавров; ok'
    ]
    evil = parse_html(slides["ev-csv"]["text"]["text"])
    assert evil.hrefs == [] and "<script>alert(1)</script>" in "".join(evil.text)


def test_title_slide(doc):
    assert doc["title"]["text"]["headline"] == "Geneva &lt;talks&gt;"
    assert set(doc) == {"title", "events"}


def test_layout():
    data = render(sample_timeline(), "timelinejs").decode("utf-8")
    assert data.endswith("}\n") and data.startswith('{\n  "title": {')
    assert "Сергей" in data  # UTF-8, not \\u escapes


@pytest.mark.parametrize(
    "granularity, start, value, shown",
    [
        ("season", "2016-06-01", "2016-SU", "Summer 2016"),
        ("quarter", "2016-10-01", "2016-Q4", "Q4 2016"),
        ("century", "1900-01-01", "19", "20th century"),
        ("century", "2000-01-01", "20", "21st century"),
        ("time", "2016-10-14", "2016-10-14", "14 October 2016"),  # a time event without a time is a day
    ],
)
def test_display_date(granularity, start, value, shown):
    event = Event("e", start, "", granularity, value, "t", sources=(Source("d", 0, 0, 1, "q", 0),))
    (slide,) = json.loads(render(Timeline(events=(event,)), "timelinejs"))["events"]
    assert slide["display_date"] == shown


def test_a_syndicated_quote_is_shown_once_and_sources_are_capped():
    try:
        from .test_export_common import syndicated_timeline
    except ImportError:
        from test_export_common import syndicated_timeline
    (slide,) = json.loads(render(syndicated_timeline(copies=200, distinct=14), "timelinejs", ExportOptions()))["events"]
    text = slide["text"]["text"]
    assert text.casefold().count("negotiators met in geneva on friday") == 1
    assert text.count("<blockquote>") == 10 and text.endswith("<p>and 5 more</p>")


def test_far_earlier_events_are_left_out_unless_asked():
    tl = sample_timeline()
    background = Event(
        "ev-1938",
        "1938-01-01",
        "1939-01-01",
        "year",
        "1938",
        "An old agreement",
        sources=(Source("blog", 0, 400, 430, "The 1938 agreement still matters.", 2),),
    )
    tl = Timeline(tl.documents, tl.mentions, (background, *tl.events))
    default = {e["unique_id"] for e in json.loads(render(tl, "timelinejs", ExportOptions()))["events"]}
    kept = {e["unique_id"] for e in json.loads(render(tl, "timelinejs", ExportOptions(include_earlier=True)))["events"]}
    assert "ev-1938" not in default and "ev-1938" in kept
    assert kept - default == {"ev-1938"}  # the 2010s decade and the 2016 year stay: they are not far before


def test_sources_are_cited_by_article_title_or_file_name():
    tl = sample_timeline()
    nameless = Timeline(tuple(replace(d, title=None) for d in tl.documents), tl.mentions, tl.events)
    slides = {e["unique_id"]: e for e in json.loads(render(nameless, "timelinejs", ExportOptions()))["events"]}
    cited = parse_html(slides["ev-day"]["text"]["text"]).text
    assert "reuters-1.txt" in cited and "— blog.html " in cited
    assert slides["ev-day"]["group"] == "reuters-1.txt"
