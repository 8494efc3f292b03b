"""The seed scorer (``timeline.evaluate.seeds``) on hand-built timelines, and the seed gold files themselves."""

from __future__ import annotations

import datetime as dt
import json
import pathlib

import pytest

from timeline.evaluate.seeds import (
    GoldMention,
    GoldSegment,
    KeyEvent,
    date_verdict,
    evaluate_events,
    evaluate_segments,
    event_right,
    line_starts,
    load_key_events,
    load_segments,
    render,
)
from timeline.model import Anchor, Document, Event, Mention, Segment, Source, Timeline

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "data" / "seeds_gold"


# -- synthetic corpus ------------------------------------------------------------------------------------------

A = (
    "Troops enter city\n"  # line 1
    "\n"
    "The army entered the city on Tuesday, officials said.\n"  # line 3
    "\n"
    "Talks collapse\n"  # line 5
    "\n"
    "Talks collapsed on 14 October after a long night.\n"
)  # line 7
B = (
    "The Living Force\n"  # line 1
    "Reports say the army entered the city last Tuesday at dawn.\n"  # line 2
    "\n"
    "The Living Force\n"  # line 4
    "Reports say the army entered the city last Tuesday at dawn.\n"
)  # line 5: a quoting post


def _offset(text: str, needle: str, nth: int = 0) -> int:
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(needle, pos + 1)
    return pos


def _documents() -> list[Document]:
    a_mid = _offset(A, "Talks collapse")
    b_mid = _offset(B, "The Living Force", 1)
    return [
        Document(
            "a",
            "a.txt",
            A,
            segments=(
                Segment(0, a_mid, Anchor(dt.date(2016, 10, 19), "inferred"), "article"),
                Segment(a_mid, len(A), Anchor(dt.date(2016, 10, 1), "inferred", granularity="month"), "article"),
            ),
        ),
        # one segment for the whole thread: misses the second post's boundary
        Document("b", "b.txt", B, segments=(Segment(0, len(B), Anchor(dt.date(2016, 10, 25), "header"), "post"),)),
    ]


def _gold_segments() -> list[GoldSegment]:
    return [
        GoldSegment("a", 1, "Troops enter city", "article", dt.date(2016, 10, 19), "day"),
        GoldSegment("a", 5, "Talks collapse", "article", dt.date(2016, 10, 15), "day"),
        GoldSegment("b", 1, "The Living Force", "post", dt.date(2016, 10, 21), "week"),
        GoldSegment("b", 4, "The Living Force", "post", None, "day"),
    ]


def _mention(doc: str, text: str, needle: str, value: str, index_in_text: int = 0) -> Mention:
    start = _offset(text, needle, index_in_text)
    return Mention(start, start + len(needle), needle, "DATE", value, "published", doc)


def _source(doc: str, text: str, sentence: str, mention: int, nth: int = 0) -> Source:
    start = _offset(text, sentence, nth)
    return Source(doc, 0, start, start + len(sentence), sentence, mention)


def _timeline(merged: bool) -> Timeline:
    s_a = "The army entered the city on Tuesday, officials said."
    s_b = "Reports say the army entered the city last Tuesday at dawn."
    s_t = "Talks collapsed on 14 October after a long night."
    mentions = (
        _mention("a", A, "on Tuesday", "2016-10-18"),  # 0
        _mention("a", A, "14 October", "2016-10-14"),  # 1: the gold says the 15th -> wrong date
        _mention("b", B, "last Tuesday", "2016-10-18", 0),  # 2
        _mention("b", B, "last Tuesday", "2016-10-18", 1),  # 3: the quoting post
    )
    src = [_source("a", A, s_a, 0), _source("a", A, s_t, 1), _source("b", B, s_b, 2, 0), _source("b", B, s_b, 3, 1)]
    entry = dict(start="2016-10-18", end="2016-10-19", granularity="day", value="2016-10-18", title="army entered city")
    if merged:
        entered = (Event("e1", sources=(src[0], src[2], src[3]), **entry),)
    else:  # the quoting post's report was not merged: two entries for one real-world event
        entered = (Event("e1", sources=(src[0], src[2]), **entry), Event("e2", sources=(src[3],), **entry))
    talks = Event("e3", "2016-10-14", "2016-10-15", "day", "2016-10-14", "talks collapsed", sources=(src[1],))
    return Timeline(tuple(_documents()), mentions, (talks,) + entered)


KEYS = [
    KeyEvent(
        "k1",
        "2016-10-18",
        "army enters the city",
        (
            GoldMention("a", "The army entered the city on Tuesday", "on Tuesday"),
            GoldMention("b", "the army entered the city last Tuesday", "last Tuesday"),
        ),
    ),
    KeyEvent("k2", "2016-10-15", "talks collapse", (GoldMention("a", "Talks collapsed on 14 October after"),)),
    KeyEvent("k3", "2016-W42", "never reported with a date", (GoldMention("a", "Troops enter city"),)),
]


# -- segments --------------------------------------------------------------------------------------------------


def test_segment_boundaries_and_dates():
    report = evaluate_segments(_gold_segments(), _documents())
    assert report.gold == 4 and report.predicted == 3
    assert report.boundary_recall == pytest.approx(3 / 4)  # b:4 (the second post) is missed
    assert report.boundary_precision == pytest.approx(1.0)  # every predicted start is a gold start
    rows = {(r.doc, r.line): r for r in report.rows}
    assert rows[("a", 1)].dates == {"day": True, "3 days": True, "31 days": True, "year": True}
    # a month-granular anchor is never right to the day, even though the gold day is inside its month
    assert rows[("a", 5)].dates == {"day": False, "3 days": False, "31 days": True, "year": True}
    # week precision: 25 Oct is 4 days from 21 Oct, outside the +-3 day window, within 3 days of it
    assert rows[("b", 1)].dates == {"day": False, "3 days": True, "31 days": True, "year": True}
    assert rows[("b", 4)].boundary_found is False and rows[("b", 4)].predicted == 0
    assert report.dated_gold == 3
    assert report.date_shares["day"] == pytest.approx(1 / 3)
    assert report.date_shares["31 days"] == pytest.approx(1.0)


def test_predicted_start_skips_blank_lines():
    cut = len("Troops enter city")  # the second segment begins on the newline that ends line 1
    doc = Document("a", "a.txt", A, segments=(Segment(0, cut), Segment(cut, len(A))))
    report = evaluate_segments([GoldSegment("a", 3, "The army", "article", None)], [doc])
    assert report.rows[0].boundary_found


def test_date_verdict_windows():
    assert date_verdict(None, "day", dt.date(2016, 1, 1), "year") == dict.fromkeys(
        ("day", "3 days", "31 days", "year"), False
    )
    assert date_verdict(dt.date(2016, 11, 30), "day", dt.date(2016, 11, 15), "month")["day"]
    assert not date_verdict(dt.date(2016, 12, 1), "day", dt.date(2016, 11, 15), "month")["day"]
    assert date_verdict(dt.date(2016, 12, 31), "day", dt.date(2016, 1, 2), "year")["day"]
    assert not date_verdict(dt.date(2017, 1, 1), "day", dt.date(2016, 12, 31), "day")["year"]


# -- key events ------------------------------------------------------------------------------------------------


def test_merged_duplicates_count_once():
    report = evaluate_events(KEYS, _timeline(merged=True), {"a": A, "b": B})
    rows = {r.id: r for r in report.rows}
    assert rows["k1"].found and rows["k1"].right and len(rows["k1"].entries) == 1
    assert rows["k1"].entries[0][4] == [0, 1]  # both gold mentions matched the one entry
    assert report.entries_per_event == pytest.approx(1.0)


def test_unmerged_duplicate_and_wrong_date():
    report = evaluate_events(KEYS, _timeline(merged=False), {"a": A, "b": B})
    rows = {r.id: r for r in report.rows}
    assert [e[0] for e in rows["k1"].entries] == ["e1", "e2"]  # the quoting post's unmerged entry counts
    assert rows["k2"].found and not rows["k2"].right  # 14 October for a key 15 October
    assert not rows["k3"].found and rows["k3"].unmatched_mentions == [0]
    assert report.found == 2 and report.right == 1
    assert report.right_share == pytest.approx(1 / 3)
    assert report.entries_per_event == pytest.approx((2 + 1) / 2)
    text = render(evaluate_segments(_gold_segments(), _documents()), report, KEYS, {"a": A, "b": B})
    assert "WRONG DATE" in text and "MISSED" in text and "entries per real-world event 1.50" in text


def test_when_picks_the_expression_that_dates_the_event():
    # one sentence, two dates: only the entry dated by the `when` expression is the key event's
    text = "Yesterday, ahead of this morning's debate, the campaign released a letter.\n"
    m_yest = Mention(0, 9, "Yesterday", "DATE", "2016-10-19", "published", "d")
    m_morn = Mention(
        text.index("this morning"),
        text.index("this morning") + 12,
        "this morning",
        "TIME",
        "2016-10-20TMO",
        "published",
        "d",
    )
    sentence = Source("d", 0, 0, len(text) - 1, text[:-1], 0)
    letter = Event("e1", "2016-10-19", "2016-10-20", "day", "2016-10-19", "released letter", sources=(sentence,))
    debate = Event(
        "e2",
        "2016-10-20T06:00",
        "2016-10-20T12:00",
        "time",
        "2016-10-20TMO",
        "debate",
        sources=(Source("d", 0, 0, len(text) - 1, text[:-1], 1),),
    )
    key = KeyEvent(
        "k", "2016-10-19", "letter", (GoldMention("d", "Yesterday, ahead of this morning's debate", "Yesterday"),)
    )
    report = evaluate_events([key], Timeline((), (m_yest, m_morn), (letter, debate)), {"d": text})
    assert [e[0] for e in report.rows[0].entries] == ["e1"] and report.rows[0].right


def test_event_right_granularity_rules():
    day = dict(granularity="day", title="t")
    e_day = Event("e", "2016-10-18", "2016-10-19", value="2016-10-18", **day)
    e_week = Event("e", "2016-10-17", "2016-10-24", "week", "2016-W42", "t")
    e_time = Event("e", "2016-10-22T18:00", "2016-10-22T22:00", "time", "2016-10-22TEV", "t")
    assert event_right(e_day, "2016-W42") and event_right(e_day, "2016-10") and event_right(e_day, "2016-10-18")
    assert not event_right(e_week, "2016-10-18")  # a week for a key day is not right
    assert event_right(e_week, "2016-W42") and event_right(e_time, "2016-10-22")
    assert not event_right(e_day, "2016-10-19")


# -- the gold annotation itself ----------------------------------------------------------------------------------


def _seed(doc: str) -> str:
    return (SEEDS / f"{doc}.txt").read_text(encoding="utf-8")


def test_gold_segments_point_at_their_first_words():
    segments = load_segments(GOLD / "segments.jsonl")
    assert len(segments) >= 20
    seen = set()
    for g in segments:
        lines = _seed(g.doc).split("\n")
        assert 1 <= g.start_line <= len(lines), g
        assert g.first_words and g.first_words in lines[g.start_line - 1], g
        assert (g.doc, g.start_line) not in seen, g
        seen.add((g.doc, g.start_line))
        assert g.kind in ("article", "post", "comments", "quote", "navigation"), g
        assert g.evidence, g


def test_gold_quotes_are_exact_substrings_of_their_seed():
    keys = load_key_events(GOLD / "key_events.jsonl")
    assert 30 <= len(keys) <= 60
    assert len({k.id for k in keys}) == len(keys)
    for k in keys:
        assert k.mentions, k.id
        for m in k.mentions:
            assert len(m.quote) >= 25, (k.id, m.quote)
            assert m.quote in _seed(m.doc), (k.id, m.doc, m.quote)
            assert m.when is None or m.when in m.quote, (k.id, m.when)


def test_gold_files_are_plain_jsonl():
    for name in ("segments.jsonl", "key_events.jsonl"):
        for line in (GOLD / name).read_text(encoding="utf-8").splitlines():
            assert isinstance(json.loads(line), dict)


def test_line_starts_counts_like_cat_n():
    assert line_starts("a\n\nb") == [0, 2, 3]


def test_undated_entries_are_reported_not_counted():
    timeline = _timeline(merged=True)
    m = Mention(
        _offset(A, "14 October"), _offset(A, "14 October") + 10, "14 October", "DATE", "XXXX-10-14", "none", "a"
    )
    s_t = "Talks collapsed on 14 October after a long night."
    undated = Event(
        "u1",
        "",
        "",
        "day",
        "XXXX-10-14",
        "talks collapsed",
        sources=(Source("a", 1, _offset(A, s_t), _offset(A, s_t) + len(s_t), s_t, 4),),
    )
    timeline = Timeline(timeline.documents, timeline.mentions + (m,), timeline.events[1:], (undated,))
    report = evaluate_events(KEYS, timeline, {"a": A, "b": B})
    k2 = next(r for r in report.rows if r.id == "k2")
    assert not k2.found and k2.undated_entries == [("u1", "XXXX-10-14", "talks collapsed", [0])]
    assert report.found == 1
