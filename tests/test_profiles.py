"""Genre profiles and values that need no built-in year: small texts written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline.cli import main
from timeline.temporal import recognise
from timeline.temporal.rules import PATTERNS
from timeline.temporal.rules.profiles import PROFILES

THU = dt.date(2016, 10, 20)


@pytest.mark.parametrize(
    "text, anchor, profile, expected",
    [
        ("Profit fell 5% in the year-ago quarter.", THU, "finance", [("the year-ago quarter", "2015-Q3")]),
        ("Profit fell 5% in the year-ago quarter.", THU, "news", [("the year-ago quarter", "2015-Q3")]),
        ("They scored twice in the period.", THU, "forum", []),
        ("They scored twice in the period.", THU, "finance", [("the period", "2016-Q3")]),
        # rows every profile runs
        ("They scored twice in the third quarter.", THU, "forum", [("the third quarter", "2016-Q3")]),
        ("It opened on October 14, 2016.", None, "forum", [("October 14, 2016", "2016-10-14")]),
    ],
)
def test_genre_rows_run_only_in_their_profiles(text, anchor, profile, expected):
    assert [(m.text, m.value) for m in timeline.tag(text, anchor, profile=profile)] == expected


@pytest.mark.parametrize(
    "text, anchor, expected",
    [
        ("Jazz peaked in the '20s.", None, "XX2"),  # no anchor: no built-in year picks the century
        ("Jazz peaked in the '20s.", THU, "192"),  # the latest 1920s-style decade not after 2016
        ("Jazz peaked in the twenties.", dt.date(2031, 5, 1), "202"),
        ("Jazz peaked in the '90s.", dt.date(89, 1, 1), "XX9"),  # no 90s before year 89 to name
        ("Sales rose in Q1 '17.", THU, "2017-Q1"),
        ("Sales rose in Q4 '98.", dt.date(2001, 3, 1), "1998-Q4"),
        ("Sales rose in Q1 '17.", None, "XX17-Q1"),
    ],
)
def test_two_digit_years_and_decades_take_their_century_from_the_anchor_only(text, anchor, expected):
    [mention] = timeline.tag(text, anchor)
    assert mention.value == expected


def test_every_genre_names_a_profile_and_the_default_runs_measured_rows():
    genres = {p.genre for p in PATTERNS if p.genre}
    assert genres and genres <= set().union(*(p.genres for p in PROFILES.values()))
    assert "finance" in PROFILES["news"].genres and not PROFILES["forum"].genres


def test_windowed_recognition_matches_the_exhaustive_scan_in_every_profile():
    text = "In the period and the year-ago quarter, Q1 2017 and fiscal 1989, the third quarter of 1990 ended."
    for name in PROFILES:
        assert recognise.find(text, profile=name) == recognise.find_exhaustive(text, profile=name)


def test_unknown_profile_is_a_usage_error(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("It rained on Tuesday.", encoding="utf-8")
    assert main(["extract", str(tmp_path / "a.txt"), "--profile", "sports", "--published", "2016-10-25"]) == 2
    assert "--profile expects one of news, finance, forum" in capsys.readouterr().err
    with pytest.raises(ValueError, match="unknown profile"):
        timeline.tag("today", THU, profile="sports")


def test_anchors_takes_the_profile_like_extract(tmp_path, capsys):
    from timeline.cli import main

    (tmp_path / "a.txt").write_text("Sales fell in the period, the company said on 3 May 1990.\n", encoding="utf-8")
    assert main(["anchors", str(tmp_path / "a.txt"), "--profile", "forum", "--format", "csv"]) == 0
    assert ",inferred," in capsys.readouterr().out
    assert main(["anchors", str(tmp_path / "a.txt"), "--profile", "sports"]) == 2
    assert "--profile expects one of news, finance, forum" in capsys.readouterr().err
    with pytest.raises(ValueError, match="unknown profile"):
        timeline.anchors([str(tmp_path / "a.txt")], profile="sports")
