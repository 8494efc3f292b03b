"""The CSV export as pandas (and the stdlib csv module) read it back."""

from __future__ import annotations

import csv
import io

import pandas as pd
import pytest

try:
    from .test_export_common import CSV_INJECTION, TRICKY_TITLE, sample_timeline
except ImportError:  # tests/ collected as a plain directory rather than a package
    from test_export_common import CSV_INJECTION, TRICKY_TITLE, sample_timeline
from timeline.export import ExportOptions, render
from timeline.export.csv import EVENT_COLUMNS, MENTION_COLUMNS


def read(data: bytes) -> pd.DataFrame:
    # Every cell as text, and empty cells as "" rather than NaN, so rows compare as written.
    return pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False, encoding="utf-8")


def rows(**opts) -> dict[str, dict[str, str]]:
    frame = read(render(sample_timeline(), "csv", ExportOptions(**opts)))
    return {r["id"]: r for r in frame.to_dict("records")}


def test_one_row_per_event_in_order():
    data = render(sample_timeline(), "csv")
    frame = read(data)
    assert tuple(frame.columns) == EVENT_COLUMNS
    assert list(frame["id"]) == [e.id for e in sample_timeline().events]


def test_tricky_text_reads_back_unchanged():
    row = rows()["ev-day"]
    assert row == {
        "id": "ev-day",
        "start": "2016-10-14",
        "start_time": "",
        "end": "2016-10-15",
        "end_time": "",
        "granularity": "day",
        "value": "2016-10-14",
        "title": TRICKY_TITLE,  # commas, quotes, a newline, Cyrillic
        "actors": "Сергей Лавров; John Kerry",
        "places": "Geneva",
        "quote": 'On Friday, talks resumed in Geneva, "finally".',
        "sources": "reuters-1:0-46; blog:50-76",
        "documents": "reuters-1; blog",
        "urls": "https://example.org/news/1?a=1&b=2",  # blog has no url
        "dated_by": "explicit",
        # how the segment of the first source was dated, and how sure
        "published_source": "byline",
        "published_confidence": "0.90",
    }


def test_formulas_are_neutralised():
    row = rows()["ev-csv"]
    assert row["title"] == "'" + CSV_INJECTION
    assert (row["actors"], row["places"], row["quote"]) == ("'-Minus; @at", "'+plus", "'=1+2 said the post")
    assert row["start"] == "2016-10-16"  # dates are never touched
    for record in rows().values():
        assert not any(v.startswith(("=", "+", "-", "@", "\t", "\r")) for v in record.values())


def test_control_characters_are_dropped_but_line_breaks_kept():
    title = rows()["ev-ics"]["title"]
    assert "\x00" not in title and "\x1b" not in title and title.startswith("x\r\nEND:VEVENT\r\n")


def test_rfc4180_bytes():
    data = render(sample_timeline(), "csv")
    assert not data.startswith(b"\xef\xbb\xbf")
    assert data.startswith(
        b"id,start,start_time,end,end_time,granularity,value,title,actors,places,quote,sources,"
        b"documents,urls,dated_by,published_source,published_confidence\r\n"
    )
    assert data.endswith(b"\r\n")
    assert b'"Talks resume in Geneva, ""finally""\nsays' in data
    # The stdlib reader (RFC 4180 dialect) agrees with pandas.
    parsed = list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))
    assert [r["title"] for r in parsed] == list(read(data)["title"])


def test_undated_events_only_on_request():
    assert "ev-undated" not in rows()
    row = rows(include_undated=True)["ev-undated"]
    assert (row["start"], row["end"], row["value"]) == ("", "", "XXXX-10-14")


def test_mentions_level():
    data = render(sample_timeline(), "csv", ExportOptions(level="mentions"))
    frame = read(data)
    assert tuple(frame.columns) == MENTION_COLUMNS
    assert len(frame) == len(sample_timeline().mentions)
    assert frame.iloc[3].to_dict() == {
        "mention": "3",
        "doc": "blog",
        "segment": "1",
        "start": "20",
        "end": "33",
        "text": "next November",
        "type": "DATE",
        "value": "2016-11",
        "mod": "APPROX",
        "anchor": "published",
        "published": "",
        "published_source": "none",  # that segment has no known writing date
        "published_confidence": "0.00",
    }
    assert frame.iloc[0]["published"] == "2016-10-14"


def test_unknown_level_is_an_error():
    with pytest.raises(ValueError, match="level"):
        render(sample_timeline(), "csv", ExportOptions(level="documents"))


def test_dates_and_times_parse_in_one_format_each():
    frame = pd.read_csv(io.BytesIO(render(sample_timeline(), "csv", ExportOptions(include_undated=True))))
    starts = pd.to_datetime(frame["start"], format="%Y-%m-%d")
    ends = pd.to_datetime(frame["end"], format="%Y-%m-%d")
    times = pd.to_datetime(frame["start_time"], format="%H:%M")
    by_id = dict(zip(frame["id"], zip(starts, times, ends, pd.to_datetime(frame["end_time"], format="%H:%M"))))
    assert by_id["ev-time"][0] == pd.Timestamp("2016-10-14") and by_id["ev-time"][1].hour == 15
    assert by_id["ev-time"][3].hour == 16
    assert pd.isna(by_id["ev-time-open"][2]) and pd.isna(by_id["ev-day"][1])
    assert pd.isna(by_id["ev-undated"][0])
    assert (ends.dropna() >= starts[ends.notna()]).all()
