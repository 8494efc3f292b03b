"""Event–time attachment scoring on a small corpus laid out like the TBAQ dev set."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from timeline.evaluate.events import score_links

from .conftest import run_cli

TEXT = (
    "Rebels attacked the convoy on Friday. The talks, which began in March, collapsed.\n"
    "Officials said the army will withdraw next month.\n"
)


def _span(word: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return start, start + len(word)


@pytest.fixture
def corpus(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "d1.txt").write_text(TEXT, encoding="utf-8", newline="")
    (tmp_path / "manifest.csv").write_text("id,path,published,source\nd1,docs/d1.txt,1998-01-12,test\n")
    times = {"Friday": "1998-01-09", "March": "1997-03", "next month": "1998-02"}
    gold = [
        dict(zip(("start", "end"), _span(t)), doc="d1", text=t, type="DATE", value=v, tid=f"t{i}")
        for i, (t, v) in enumerate(times.items())
    ]
    (tmp_path / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in gold))
    links = [
        ("attacked", "Friday"),  # the time modifies the verb: attached
        ("began", "March"),  # inside a relative clause: attached to its verb
        ("withdraw", "next month"),  # a complement clause's own time
        ("said", "next month"),
    ]  # the saying is not what next month dates: not attached
    rows = []
    for event, timex in links:
        (es, ee), (ts, te) = _span(event), _span(timex)
        rows.append(
            {
                "doc": "d1",
                "event_start": es,
                "event_end": ee,
                "event_text": event,
                "rel": "IS_INCLUDED",
                "timex_start": ts,
                "timex_end": te,
                "timex_text": timex,
                "timex_is_dct": False,
            }
        )
    rows.append(
        {
            "doc": "d1",
            "event_start": 0,
            "event_end": 6,
            "event_text": "Rebels",
            "rel": "BEFORE",
            "timex_start": None,
            "timex_end": None,
            "timex_is_dct": True,
        }
    )  # DCT links are not scored
    (tmp_path / "gold_events.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    return tmp_path


@pytest.mark.parametrize("use_gold_times", [True, False])
def test_links_in_one_sentence_are_scored_by_trigger(corpus, use_gold_times):
    figures = score_links(corpus, use_gold_times=use_gold_times)
    assert figures.links == 4
    assert figures.attached == 3
    assert figures.share == pytest.approx(0.75)
    assert figures.predicted_links >= 3


def test_evaluate_prints_event_figures_as_json(corpus):
    proc = run_cli("evaluate", str(corpus), "--json")
    assert proc.returncode == 0, proc.stderr.decode()
    data = json.loads(proc.stdout)
    assert data["timex"]["documents"] == 1 and data["timex"]["counts"]["gold"] == 3
    assert data["events"]["end_to_end"]["links"] == 4
    assert data["events"]["gold_times"]["attached"] == 3


@pytest.mark.parametrize(
    "rel,start,end,dated_by,expected",
    [
        ("BEFORE", "2016-10-24", "2016-10-25", "explicit", True),  # the day before the document
        ("BEFORE", "2016-10-26", "2016-10-27", "explicit", False),  # after it
        ("AFTER", "2016-10-26", "2016-10-27", "explicit", True),
        ("IS_INCLUDED", "2016-10-25T09:00", "2016-10-25T10:00", "explicit", True),  # a time on the day
        ("IS_INCLUDED", "2016-10-01", "2016-11-01", "explicit", True),  # the month holds the day
        ("IS_INCLUDED", "2016-09-01", "2016-10-01", "explicit", False),
        ("BEFORE", "2016-10-25", "2016-10-26", "anchor", True),  # "on or shortly before" the day
        ("AFTER", "2016-10-25", "2016-10-26", "anchor", False),  # news is not about what lies ahead
    ],
)
def test_dct_relations_are_checked_against_the_reported_interval(rel, start, end, dated_by, expected):
    from timeline.evaluate.events import dct_compatible

    assert dct_compatible(rel, start, end, dated_by, dt.date(2016, 10, 25)) is expected
