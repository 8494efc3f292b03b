"""The ICS export as two independent parsers (icalendar and vobject) read it."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import icalendar
import pytest
import vobject

try:
    from .test_export_common import ICS_INJECTION, sample_timeline
except ImportError:  # tests/ collected as a plain directory rather than a package
    from test_export_common import ICS_INJECTION, sample_timeline
from timeline.export import ExportOptions, render
from timeline.export.ics import uids
from timeline.model import Event, Source, Timeline

D, T = dt.date, dt.datetime
FINE_SPANS = {
    "ev-day": (D(2016, 10, 14), D(2016, 10, 15)),
    "ev-time": (T(2016, 10, 14, 15), T(2016, 10, 14, 16)),
    "ev-time-open": (T(2016, 10, 15, 9, 30), T(2016, 10, 15, 10, 30)),  # no end: one hour
    "ev-span": (D(2016, 10, 20), D(2016, 10, 23)),
    "ev-csv": (D(2016, 10, 16), D(2016, 10, 17)),
    "ev-ics": (D(2016, 10, 17), D(2016, 10, 18)),
}
COARSE_SPANS = {
    "ev-week": (D(2016, 10, 10), D(2016, 10, 17)),
    "ev-month": (D(2016, 11, 1), D(2016, 12, 1)),
    "ev-quarter": (D(2016, 7, 1), D(2016, 10, 1)),
    "ev-year": (D(2016, 1, 1), D(2017, 1, 1)),
    "ev-decade": (D(2010, 1, 1), D(2020, 1, 1)),
}
STAMP = dt.datetime(2016, 10, 21, 12, 0, tzinfo=dt.timezone.utc)


def ics(tl=None, **opts) -> bytes:
    return render(sample_timeline() if tl is None else tl, "ics", ExportOptions(**{"dtstamp": STAMP, **opts}))


def event_ids(tl=None) -> dict[str, str]:
    """UID local part -> event id, to compare with the expectations above."""
    return {uid: eid for eid, uid in uids((sample_timeline() if tl is None else tl).events).items()}


def icalendar_spans(data: bytes, tl=None) -> dict[str, tuple]:
    ids = event_ids(tl)
    return {
        ids[str(ve["UID"]).split("@")[0]]: (ve.decoded("DTSTART"), ve.decoded("DTEND"))
        for ve in icalendar.Calendar.from_ical(data).walk("VEVENT")
    }


def vobject_spans(data: bytes) -> dict[str, tuple]:
    (cal,) = vobject.readComponents(data.decode("utf-8"))
    assert cal.validate(raiseException=True)  # vobject's RFC 5545 checks (required properties, counts)
    ids = event_ids()
    return {ids[ve.uid.value.split("@")[0]]: (ve.dtstart.value, ve.dtend.value) for ve in cal.vevent_list}


@pytest.mark.parametrize("read", [icalendar_spans, vobject_spans])
def test_day_and_time_events_round_trip(read):
    assert read(ics()) == FINE_SPANS


@pytest.mark.parametrize("read", [icalendar_spans, vobject_spans])
def test_coarse_events_only_on_request(read):
    assert read(ics(ics_coarse=True)) == {**FINE_SPANS, **COARSE_SPANS}


def test_all_day_events_are_dates_with_a_later_exclusive_end():
    for start, end in icalendar_spans(ics(ics_coarse=True)).values():
        assert type(start) is type(end) and end > start
    text = ics().decode()
    all_day = [k for k, (s, _) in FINE_SPANS.items() if not isinstance(s, dt.datetime)]
    assert text.count("DTSTART;VALUE=DATE:") == text.count("DTEND;VALUE=DATE:") == len(all_day)


def test_timed_events_are_floating_local_time():
    text = ics().decode()
    assert "DTSTART:20161014T150000\r\n" in text and "TZID" not in text


def test_degenerate_end_still_gives_a_positive_span():
    src = (Source("d", 0, 0, 1, "q", 0),)
    tl = Timeline(
        events=(
            Event("same", "2016-10-14", "2016-10-14", "day", "2016-10-14", "t", sources=src),
            Event("t", "2016-10-14T15:00", "2016-10-14T15:00", "time", "x", "t", sources=src),
            Event("undated", "", "", "day", "XXXX-10-14", "t", sources=src),
        )
    )
    assert icalendar_spans(ics(tl), tl) == {
        "same": (D(2016, 10, 14), D(2016, 10, 15)),
        "t": (T(2016, 10, 14, 15), T(2016, 10, 14, 16)),
    }


def test_properties_of_an_event():
    cal = icalendar.Calendar.from_ical(ics(title="Geneva talks", uid_domain="example.org"))
    assert cal["VERSION"] == "2.0" and cal["PRODID"].startswith("-//timeline//")
    assert cal["NAME"] == cal["X-WR-CALNAME"] == "Geneva talks"
    ids = event_ids()
    ev = {ids[str(ve["UID"]).removesuffix("@example.org")]: ve for ve in cal.walk("VEVENT")}
    day = ev["ev-day"]
    assert str(day["SUMMARY"]) == 'Talks resume in Geneva, "finally" says Сергей Лавров; ok'
    assert str(day["LOCATION"]) == "Geneva"
    assert list(day["CATEGORIES"].cats) == ["Сергей Лавров", "John Kerry"]
    assert str(day["URL"]) == "https://example.org/news/1?a=1&b=2"
    assert day.decoded("DTSTAMP") == STAMP
    desc = str(day["DESCRIPTION"])
    assert 'On Friday, talks resumed in Geneva, "finally".' in desc and "[reuters-1:0-46]" in desc
    assert "Они встретились в пятницу." in desc and "Блог: заметки [blog:50-76]" in desc
    # how each source's writing date was found, and how sure
    assert "(dated 2016-10-14 from byline, confidence 0.90)" in desc
    assert "(dated 2016-10-20 from html-meta, confidence 0.80)" in desc
    assert str(ev["ev-time"]["LOCATION"]) == "Geneva; Palais des Nations"
    assert "URL" not in ev["ev-csv"]  # its only document has a javascript: url


def test_text_cannot_inject_properties_or_components():
    data = ics()
    lines = data.decode().split("\r\n")
    assert all(line == "" or line.startswith(" ") or re.match(r"^[A-Z-]+[;:]", line) for line in lines)
    assert lines.count("BEGIN:VEVENT") == len(FINE_SPANS)
    assert not re.search(rb"[\x00-\x08\x0b-\x1f\x7f]", data.replace(b"\r\n", b""))
    (cal,) = vobject.readComponents(data.decode())
    evil = next(ve for ve in cal.vevent_list if ve.uid.value.startswith(uids(sample_timeline().events)["ev-ics"] + "@"))
    assert evil.summary.value == " ".join(ICS_INJECTION.replace("\x00", " ").replace("\x1b", " ").split())
    assert evil.location.value == "Room LOCATION:elsewhere"
    assert evil.categories.value == ["a,b", "c;d"]
    assert "injected@evil" not in {ve.uid.value for ve in cal.vevent_list}


def test_dtstamp_precedence(monkeypatch):
    def stamp(tl=None, **opts):
        return (
            icalendar.Calendar.from_ical(render(tl or sample_timeline(), "ics", ExportOptions(**opts)))
            .walk("VEVENT")[0]
            .decoded("DTSTAMP")
        )

    utc = dt.timezone.utc
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1476403200")
    assert stamp(dtstamp=dt.datetime(2020, 1, 2, 3, 4, 5)) == dt.datetime(2020, 1, 2, 3, 4, 5, tzinfo=utc)
    assert stamp() == dt.datetime(2016, 10, 14, tzinfo=utc)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(ValueError, match="SOURCE_DATE_EPOCH"):
        stamp()
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert stamp() == dt.datetime(2016, 10, 20, tzinfo=utc)  # the latest segment anchor
    tl = sample_timeline()
    assert stamp(Timeline(events=tl.events)) == dt.datetime(1970, 1, 1, tzinfo=utc)


def test_a_syndicated_quote_is_listed_once_and_sources_are_capped():
    try:
        from .test_export_common import syndicated_timeline
    except ImportError:
        from test_export_common import syndicated_timeline
    (ve,) = icalendar.Calendar.from_ical(ics(syndicated_timeline(copies=200, distinct=14))).walk("VEVENT")
    desc = str(ve["DESCRIPTION"])
    assert desc.casefold().count("negotiators met in geneva on friday") == 1
    assert "(also in 199 more reports)" in desc
    assert desc.count("“") == 10 and desc.endswith("and 5 more")  # 15 distinct quotes: 10 shown
    assert len(desc) < 2000


def test_uid_follows_the_first_report_not_the_date():
    tl = sample_timeline()
    moved = Timeline(
        tl.documents,
        tl.mentions,
        tuple(
            replace(e, id=e.id + "-moved", start="2016-10-21", end="2016-10-22", value="2016-10-21", title="Other")
            if e.id == "ev-day"
            else e
            for e in tl.events
        ),
    )
    before, after = icalendar_spans(ics(tl)), ics(moved)
    ids_after = event_ids(moved)
    uid_before = {eid: uid for uid, eid in event_ids(tl).items()}["ev-day"]
    assert ids_after[uid_before] == "ev-day-moved"  # same UID, new id, new date
    assert before["ev-day"] == (D(2016, 10, 14), D(2016, 10, 15))
    assert icalendar_spans(after, moved)["ev-day-moved"] == (D(2016, 10, 21), D(2016, 10, 22))
    two = Timeline(
        events=(
            Event("a", "2016-10-14", "2016-10-15", "day", "2016-10-14", "t", sources=tl.events[0].sources),
            Event("b", "2016-10-20", "2016-10-21", "day", "2016-10-20", "t", sources=tl.events[0].sources),
        )
    )
    assert len(set(uids(two.events).values())) == 2  # one sentence, two dates: two UIDs
