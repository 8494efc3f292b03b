"""The HTML page's data, decided in Python: outliers, inferred dates, quote marks, links, safe embedding.

What the page does with it in a browser is tested in ``test_view_browser.py`` (real Chromium).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import replace

import pytest

try:
    from .test_export_common import sample_timeline, syndicated_timeline
except ImportError:  # tests/ collected as a plain directory rather than a package
    from test_export_common import sample_timeline, syndicated_timeline
from timeline.export import ExportOptions, render
from timeline.export._dates import earlier_outliers
from timeline.export.html import SummaryError, file_href, page_data, render_page
from timeline.model import Anchor, Document, Event, Mention, Segment, Source, Timeline


def _events(*spans: tuple[str, str, str]) -> list[Event]:
    return [Event(eid, start, end, "day", start, eid) for eid, start, end in spans]


STORY_2016 = [(f"d{i}", f"2016-10-{i + 1:02d}", f"2016-10-{i + 2:02d}") for i in range(12)]


@pytest.mark.parametrize(
    "name, extra, expected",
    [
        ("a 1938 date in a 2016 story", [("old", "1938-01-01", "1939-01-01")], {"old"}),
        ("last year stays", [("2015", "2015-01-01", "2016-01-01")], set()),
        ("two years before stays", [("2014", "2014-06-01", "2014-06-02")], set()),
        ("four years before is background", [("2012", "2012-06-01", "2012-06-02")], {"2012"}),
        ("a decade that reaches the story stays", [("2010s", "2010-01-01", "2020-01-01")], set()),
        ("a later date is never 'earlier'", [("2040", "2040-01-01", "2040-01-02")], set()),
        (
            "two background dates",
            [("1938", "1938-09-30", "1938-10-01"), ("1991", "1991-12-26", "1991-12-27")],
            {"1938", "1991"},
        ),
    ],
)
def test_earlier_outliers(name, extra, expected):
    assert earlier_outliers(_events(*STORY_2016, *extra)) == expected


def test_no_outliers_in_a_story_that_spans_centuries_evenly():
    spread = [(f"y{y}", f"{y}-01-01", f"{y + 1}-01-01") for y in range(1800, 2020, 20)]
    assert earlier_outliers(_events(*spread)) == frozenset()


def _with_inferred_anchor() -> Timeline:
    tl = sample_timeline()
    docs = list(tl.documents)
    docs[1] = replace(
        docs[1], segments=(Segment(0, 300, Anchor(dt.date(2016, 10, 20), "inferred", 0.62)), docs[1].segments[1])
    )
    return Timeline(tuple(docs), tl.mentions, tl.events, tl.undated)


def test_event_rows_carry_label_mark_inferred_and_links(tmp_path):
    tl = _with_inferred_anchor()
    data = page_data(tl, ExportOptions(title="Geneva", link_base=str(tmp_path / "out")))
    rows = {e["id"]: e for e in data["events"]}
    assert "ev-undated" not in rows and len(rows) == len(tl.events)
    assert [e["t0"] for e in data["events"]] == sorted(e["t0"] for e in data["events"])
    week = rows["ev-week"]
    assert week["label"] == "Week of 10 October 2016" and week["t1"] - week["t0"] == 7 * 86400_000
    # the blog's first segment is dated by inference (0.62); its relative "last week" rests on it
    assert week["inferred"] == {"confidence": 0.62, "extent": "all"}
    assert rows["ev-day"]["inferred"] == {"confidence": 0.62, "extent": "some"}  # one of two sources
    assert "inferred" not in rows["ev-time"]
    docs = data["documents"]
    assert docs[0]["href"] == "https://example.org/news/1?a=1&b=2"
    assert docs[2]["href"] == "../in/evil.html" or docs[2]["href"].endswith("in/evil.html")  # javascript: dropped
    assert docs[1]["inferred"] == 0.62 and docs[1]["title"] == "Блог: заметки"


def test_the_date_expression_is_marked_inside_the_quote():
    text = "Officials said on Friday that talks resumed."
    doc = Document("d", "d.txt", text, (Segment(0, len(text), Anchor(dt.date(2016, 10, 16), "manifest", 1.0)),))
    m = Mention(text.index("Friday"), text.index("Friday") + 6, "Friday", "DATE", "2016-10-14", "published", "d", 0)
    ev = Event(
        "e",
        "2016-10-14",
        "2016-10-15",
        "day",
        "2016-10-14",
        "Talks resumed",
        sources=(Source("d", 0, 0, len(text), text, 0),),
    )
    (row,) = page_data(Timeline((doc,), (m,), (ev,)), ExportOptions())["events"]
    a, b = row["sources"][0]["mark"]
    assert row["sources"][0]["quote"][a:b] == "Friday"


def test_syndicated_quotes_once_and_every_document_filterable():
    tl = syndicated_timeline(copies=30, distinct=12)
    (row,) = page_data(tl, ExportOptions())["events"]
    assert len(row["sources"]) == 10 and row["more"] == 3
    assert row["sources"][0]["copies"] == 29
    assert len(row["docs"]) == 42  # the document filter still finds the event under each copy


def test_file_links_are_relative_to_the_page(tmp_path):
    (tmp_path / "in").mkdir()
    assert file_href(str(tmp_path / "in" / "a b.txt"), str(tmp_path / "out")) == "../in/a%20b.txt"
    assert file_href("-", str(tmp_path)) is None


def test_page_is_self_contained_deterministic_and_safe():
    tl = sample_timeline()
    evil = Event(
        "ev-x",
        "2016-10-18",
        "2016-10-19",
        "day",
        "2016-10-18",
        "</script><script>alert(1)</script>",
        sources=(Source("evil", 0, 0, 10, "<!-- & </SCRIPT >", 4),),
    )
    tl = Timeline(tl.documents, tl.mentions, (*tl.events, evil))
    page = render(tl, "html", ExportOptions(title="<b>Geneva</b>"))
    assert page == render(tl, "html", ExportOptions(title="<b>Geneva</b>"))
    text = page.decode("utf-8")
    assert "<title>&lt;b&gt;Geneva&lt;/b&gt;</title>" in text
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", text)  # nothing loads from anywhere
    assert "default-src 'none'" in text
    embedded = re.search(r'<script type="application/json" id="timeline-data">(.*?)</script>', text, re.S).group(1)
    assert "<" not in embedded  # no article text can end the element
    data = json.loads(embedded)
    assert {e["title"] for e in data["events"]} >= {"</script><script>alert(1)</script>"}


def test_summary_is_embedded_and_checked():
    summary = [
        {
            "date": "2016-10-14",
            "score": 2.5,
            "sentences": [{"text": "Talks resumed.", "doc": "reuters-1", "start": 0, "end": 14, "event": "ev-day"}],
        }
    ]
    page = render_page(sample_timeline(), ExportOptions(), summary=summary).decode()
    assert '"summary":[{"date":"2016-10-14"' in page
    with pytest.raises(SummaryError):
        render_page(sample_timeline(), ExportOptions(), summary=[{"date": "2016-10-14"}])


def test_view_command_writes_the_page(tmp_path, cli):
    saved = tmp_path / "timeline.json"
    saved.write_bytes(render(sample_timeline(), "json"))
    data = json.loads(saved.read_text())
    data["summary"] = [
        {
            "date": "2016-10-14",
            "score": 1,
            "sentences": [
                {"text": "Talks resumed.", "doc": "blog", "start": 0, "end": 14, "event": data["events"][0]["id"]}
            ],
        }
    ]
    with_summary = tmp_path / "with-summary.json"
    with_summary.write_text(json.dumps(data))
    out = tmp_path / "site" / "page.html"
    proc = cli("view", str(with_summary), "--out", str(out), "--title", "Geneva talks")
    assert proc.returncode == 0, proc.stderr.decode()
    page = out.read_text(encoding="utf-8")
    assert "<title>Geneva talks</title>" in page and '"summary":' in page
    bad = cli("view", str(tmp_path / "missing.json"), "--out", str(out))
    assert bad.returncode == 2 and bad.stderr.decode().count("\n") == 1 and "no such file" in bad.stderr.decode()
