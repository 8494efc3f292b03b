"""Content dating signals, the batch step over compact evidence, calibration, and the run's dating pre-pass."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from timeline import anchor
from timeline.anchor import Cue, Evidence, YearScore, content_cues, date_batch, infer
from timeline.evaluate.anchors import Case, calibration
from timeline.model import Anchor, Document, Segment

from .conftest import run_cli


def _cues(text: str) -> list[Cue]:
    return content_cues(text, 0, len(text))


def _cue(value, text, tense, **kw):
    return Cue(value, text, tense, 0, **kw)


# -- tense corrected by the words around a date ------------------------------------------------------------


@pytest.mark.parametrize("name, pattern, example", anchor.FORWARD_PATTERNS)
def test_every_forward_pattern_matches_its_example(name, pattern, example):
    before = re.sub(r"(?:Oct\. 15, 1999|May|Nov\. 9|Tuesday)$", "", example)
    assert re.search(pattern, before, re.IGNORECASE), name


@pytest.mark.parametrize(
    "text, date_text, tense",
    [
        (
            "The company said holders of its debentures, due March 15, 2007, have elected to convert them.",
            "March 15, 2007",
            "future",
        ),
        ("The offer was extended until Nov. 9, the company said.", "Nov. 9", "future"),
        (
            "Strikes were halted over two weeks ago, on Tuesday 18 October, the ministry would say.",
            "Tuesday 18 October",
            "past",
        ),
        ("The ceasefire collapsed on Oct. 22, officials said.", "Oct. 22", "past"),
        # a deadline set for what someone is to do lies ahead; the asking itself does not
        ("The parent asked the unit to respond by Oct. 31, the filing said.", "Oct. 31", "future"),
        ("A spokesman, asked to comment on Oct. 12, declined, the filing said.", "Oct. 12", "past"),
        ("He asked on Oct. 12 to see the papers, his lawyer said.", "Oct. 12", "past"),
    ],
)
def test_tense_of_a_date_is_corrected_by_its_words(text, date_text, tense):
    [cue] = [c for c in _cues(text) if c.text == date_text]
    assert cue.tense == tense


# -- a relative expression about a dated event pins the writing date ---------------------------------------


@pytest.mark.parametrize(
    "text, expected, granularity",
    [
        (
            "Russia said its air strikes would be halted over two weeks ago, on Tuesday 18 October 2016, two days "
            "ahead of a pause. Clinton hopes to win on 8 November.",
            dt.date(2016, 11, 1),
            "week",
        ),
        ("The talks, which opened three days ago on March 3, 2015, were suspended.", dt.date(2015, 3, 6), "week"),
        ("The accord signed two days ago, on May 5, 2012, held on Thursday.", dt.date(2012, 5, 7), "day"),
        # a weekday named as past lies just behind one day of the pin's window: that day
        (
            "The strikes were halted over two weeks ago, on Tuesday 18 October 2016. The minister spoke in Paris "
            "on Monday.",
            dt.date(2016, 11, 1),
            "day",
        ),
        (
            "The talks opened two weeks ago, on Friday 4 March 2011. The envoy left the city on Thursday.",
            dt.date(2011, 3, 18),
            "day",
        ),
        # "over" two weeks: only on or after the pin (a Monday three days before it is not taken)
        (
            "The port was closed over two weeks ago, on Wednesday 2 June 2010. Trade resumed on Sunday.",
            dt.date(2010, 6, 16),
            "week",
        ),
    ],
)
def test_ago_and_a_date_pin_the_writing_date(text, expected, granularity):
    got = infer(_cues(text))
    assert (got.date, got.granularity) == (expected, granularity)
    assert 0.1 <= got.confidence < 0.2  # inferred: the lowest band (see anchor.confidence)


def test_a_lone_later_past_date_does_not_override_a_pin_far_from_it():
    cues = [_cue("XXXX-10-18", "Tuesday 18 October", "past", ago=14), _cue("XXXX-11-08", "8 November", "past")]
    assert infer(cues, 2016).date == dt.date(2016, 11, 1)
    near = [_cue("XXXX-10-18", "Tuesday 18 October", "past", ago=14), _cue("XXXX-11-03", "3 November", "past")]
    assert infer(near, 2016).date == dt.date(2016, 11, 3)


# -- the writing year from "last year" next to a year, fiscal years, weekday-and-date ----------------------


@pytest.mark.parametrize(
    "text, year",
    [
        ("Profit rose to $5 million in 1988, last year, and sales fell in March.", 1989),
        ("Sales in 1996, this year, will be a record, the company said on Friday.", 1996),
        ("Visitors rose from 100,000 in 1980 to 300,000 last year.", None),  # a contrast, not the same year
    ],
)
def test_last_year_next_to_a_year_gives_the_writing_year(text, year):
    assert anchor.content._written_year(_cues(text)) == year


def test_fiscal_years_bound_both_ways():
    bounds = anchor.year_bounds([_cue("1990", "fiscal 1990", "past")])
    assert (bounds.lower, bounds.upper) == (1989, 1990)


@pytest.mark.parametrize(
    "score, best, worse",
    [
        (YearScore(weekday_dates=((4, 25, 6),)), 1998, 1999),  # Saturday, April 25
        (YearScore(lower=1988), 1989, 1987),
        (YearScore(upper=1990), 1989, 1991),
        (YearScore(written=1989, lower=1995), 1989, 1996),  # a stated year outranks the bounds
    ],
)
def test_year_score_prefers_what_the_text_says(score, best, worse):
    assert score(best) > score(worse)


@pytest.mark.parametrize(
    "text, year",
    [
        # a year written in a full date is the writing year itself, not the year after
        ("Health officials confirmed the first case on 9 June 2009. Schools closed the next day.", 2009),
        ("Fishermen said on Tuesday, 3 May 2011, that the catch had halved.", 2011),
        # the latest year reported is dated: older years written alone do not pull it
        ("The 1918 pandemic killed millions; the first case here was confirmed on 9 June 2009.", 2009),
        ("Prices fell in 2008, and the bank cut its rate on 3 March 2009, officials said.", 2009),
        # years written by their month or alone are background: the text was written a year or more after
        ("The strain was first seen in April 2009, and a vaccine will be ready in November.", 2010),
        ("The virus resembles the one behind the 1918 pandemic, and cases rose sharply in 2009.", 2010),
        ("Doctors compared it with the 1968 pandemic, which killed a million people.", 1969),
        ("The law passed in 2009 will take effect in 2011.", 2010),
        # a month it reports falls before the date it announces: the year before that date's
        ("The bridge will reopen on 20 January 2017, the council said. Repairs began in October.", 2016),
    ],
)
def test_guessed_writing_year_from_the_years_a_text_reports(text, year):
    got = infer(_cues(text))
    assert got.date.year == year
    assert anchor.YEAR_GUESSED in got.evidence and got.confidence < 0.2


def test_a_guessed_year_stays_before_the_month_it_announces():
    got = infer(_cues("The factory opened in 1996. A second plant will open in March 2010, the company said."))
    assert got.date < dt.date(2010, 3, 1) and anchor.YEAR_GUESSED in got.evidence


@pytest.mark.parametrize(
    "score, year, later",
    [
        (YearScore(lower=2009, lower_day=True), 2009, 2010),  # "on 9 June 2009": that year
        (YearScore(lower=2009), 2010, 2009),  # "in April 2009", "in 2009": a year after is likelier
        (YearScore(upper=2010, upper_day=True), 2010, 2009),  # "will open on 1 March 2010"
        (YearScore(upper=2010), 2009, 2010),  # "will open in 2010"
    ],
)
def test_year_score_reads_a_year_in_a_full_date_as_the_writing_year(score, year, later):
    assert score.best() == year and score(year) > score(later)


# -- the batch step over compact evidence ------------------------------------------------------------------

_STORY = (
    "Nairobi embassy bombing suspects Mohammed Odeh Fazul Abdullah Mombasa investigators Kenyan police "
    "explosives truck "
)
_OTHER = "Pacific First Financial Royal Trustco thrift shareholders acquisition regulatory approval debentures "


def _evidence(ident, words_text, anchor_=None, cues=()):
    seg = Segment(0, 10, anchor=anchor_ or Anchor(None))
    return Evidence(ident, (seg,), ((tuple(cues)) if anchor_ is None else (),), anchor.fingerprint(words_text * 3))


def test_undated_documents_take_the_year_of_similar_ones_not_the_majority():
    dated = [
        _evidence(f"s{n}", _STORY + f"word{n}", Anchor(dt.date(1998, 8, 10 + n), "byline", 0.95)) for n in range(2)
    ]
    majority = [_evidence(f"o{n}", _OTHER + f"term{n}", Anchor(dt.date(1989, 11, 1), "byline", 0.95)) for n in range(4)]
    undated = _evidence("u", _STORY + "Dar es Salaam", cues=[_cue("XXXX-WXX-5", "Friday", "past")])
    out = date_batch(dated + majority + [undated])
    a = out[-1][0].anchor
    assert a.date.year == 1998 and a.source == "inferred" and a.confidence <= 0.3
    assert "similar documents (s0, s1" in a.evidence
    assert [o[0].anchor for o in out[:-1]] == [e.segments[0].anchor for e in dated + majority]  # never touched


def test_a_month_day_takes_the_year_similar_documents_write_in_full():
    full = _evidence("f", _STORY, cues=[_cue("1998-08-07", "Aug. 7, 1998", "past")])
    full = Evidence(
        "f",
        (Segment(0, 10, anchor=Anchor(dt.date(1998, 8, 9), "inferred", 0.4, "week", "x")),),
        ((_cue("1998-08-07", "Aug. 7, 1998", "past"),),),
        full.words,
    )
    undated = _evidence(
        "u", _STORY + "Tanzania", cues=[_cue("XXXX-08-07", "Aug. 7", "past"), _cue("XXXX-WXX-4", "Thursday", "past")]
    )
    a = date_batch([full, undated])[1][0].anchor
    assert a.date == dt.date(1998, 8, 13) and a.granularity == "week" and "month-day" in a.evidence


_CUBA = (
    "Elian Gonzalez Miami relatives Havana Castro custody immigration Lazaro Juan Miguel boy Cuban exile federal judge "
)


def test_the_texts_of_one_story_together_fix_a_year_none_fixes_alone():
    # one text reports 1961 (history), two report 1998, one writes "Thursday, Jan. 6" (a Thursday in 1994,
    # 2000, 2005...), the rest say nothing: alone each is a guess; together only 2000 fits them all
    story = [
        _evidence("h", _CUBA + "Bay Pigs", cues=[_cue("1961", "1961", "past")]),
        _evidence("r1", _CUBA + "rafters", cues=[_cue("1998", "1998", "past")]),
        _evidence("r2", _CUBA + "lawsuit", cues=[_cue("1998", "in 1998", "past")]),
        _evidence("w", _CUBA + "hearing", cues=[_cue("XXXX-01-06", "Thursday, Jan. 6", None)]),
    ] + [_evidence(f"n{n}", _CUBA + f"rally{n}", cues=[_cue("XXXX-WXX-3", "Wednesday", "past")]) for n in range(3)]
    other = [_evidence(f"o{n}", _OTHER + f"term{n}", cues=[_cue("1988", "1988", "past")]) for n in range(8)]
    out = date_batch(story + other)
    assert [o[0].anchor.date.year for o in out[: len(story)]] == [2000] * len(story)
    assert all(o[0].anchor.date.year == 1989 for o in out[len(story) :])  # the other story keeps its own year
    assert all(o[0].anchor.confidence <= 0.3 for o in out)


def test_a_text_keeps_the_batch_year_its_own_bounds_rule_out():
    # six dated texts of one story in 1989; an undated one "reports 1990" (a misread "fiscal 1990"): the batch's
    # year is weighed against that already, and the text's own inference does not override it
    dated = [
        _evidence(f"s{n}", _STORY + f"word{n}", Anchor(dt.date(1989, 10, 26 + n), "byline", 0.95)) for n in range(6)
    ]
    undated = _evidence("u", _STORY + "Dar es Salaam", cues=[_cue("1990", "1990", "past")])
    a = date_batch(dated + [undated])[-1][0].anchor
    assert a.date.year == 1989 and a.evidence.startswith("batch year 1989") and a.confidence <= 0.15


def test_story_groups_leave_out_a_group_that_is_the_whole_pile():
    ev = [_evidence(f"s{n}", _CUBA + f"w{n}") for n in range(3)] + [_evidence("o", _OTHER)]
    groups = anchor.story_groups(ev, levels=(0.1,))[0]
    assert groups[0] is None  # three of four documents: more than half the batch, not a story
    ev += [_evidence(f"o{n}", _OTHER + f"x{n}") for n in range(3)]
    groups = anchor.story_groups(ev, levels=(0.1,))[0]
    assert groups[0] == groups[1] == groups[2] is not None and groups[3] == groups[4] != groups[0]


def test_batch_with_nothing_to_do_returns_segments_unchanged():
    ev = [_evidence("a", _STORY, Anchor(dt.date(2016, 10, 20), "byline", 0.95))]
    assert date_batch(ev) == [ev[0].segments]


def test_fingerprint_is_stable_and_small():
    fp = anchor.fingerprint("Aleppo Aleppo Kerry said Chatham House the and of " * 50)
    assert fp == anchor.fingerprint("Aleppo Aleppo Kerry said Chatham House the and of " * 50)
    assert (
        len(fp) == 4
        and len(
            anchor.fingerprint(" ".join("w" + "".join("abcdefghij"[int(d)] for d in f"{n:03}") for n in range(500)))
        )
        == anchor.FINGERPRINT_SIZE
    )


# -- calibration -------------------------------------------------------------------------------------------


def _case(found, conf, true=dt.date(2016, 10, 20)):
    return Case("d", true, found, conf, "inferred", "day", "")


def test_calibration_high_is_a_hard_promise():
    rows = {r["level"]: r for r in calibration([_case(dt.date(2016, 10, 22), 0.9), _case(dt.date(2016, 10, 18), 0.95)])}
    assert rows["high"]["holds"] and rows["high"]["right"] == 2
    rows = {r["level"]: r for r in calibration([_case(dt.date(2016, 10, 22), 0.9), _case(dt.date(2016, 10, 10), 0.9)])}
    assert not rows["high"]["holds"]
    rows = {r["level"]: r for r in calibration([_case(dt.date(2016, 11, 10), 0.5), _case(dt.date(2015, 1, 1), 0.5)])}
    assert rows["medium"]["holds"] and rows["high"]["n"] == 0 and rows["high"]["holds"]


def test_no_inferred_anchor_claims_high_confidence():
    assert max(v for k, v in anchor.CONFIDENCE.items() if k.startswith("inferred")) < 0.8


# -- extract and anchors agree; the pre-pass ---------------------------------------------------------------

_DATED = (
    "Talks collapse in Geneva\n\nOctober 20, 2016 By\n\nGovernment forces in Aleppo advanced on Monday, "
    "officials said, as Kerry and Lavrov met in Geneva about the ceasefire and the humanitarian corridors.\n"
)
_UNDATED = (
    "Aleppo corridors reopen\n\nGovernment forces in Aleppo held their positions on Friday as Kerry and "
    "Lavrov spoke by phone about the ceasefire and the humanitarian corridors, officials said.\n"
)


def _anchors_of_extract(stdout: bytes) -> list:
    data = json.loads(stdout)
    return [
        (d["id"], s["published"], s["published_source"], s["published_granularity"])
        for d in data["documents"]
        for s in d["segments"]
    ]


def test_extract_uses_the_same_anchors_as_the_anchors_command(tmp_path):
    (tmp_path / "a.txt").write_text(_DATED, encoding="utf-8")
    (tmp_path / "b.txt").write_text(_UNDATED, encoding="utf-8")
    rows = json.loads(run_cli("anchors", str(tmp_path), "-f", "json").stdout)
    shown = [(r["doc"], r["published"], r["published_source"], r["published_granularity"]) for r in rows]
    proc = run_cli("extract", str(tmp_path), "-q", "--out", "-")
    assert proc.returncode == 0, proc.stderr.decode()
    assert _anchors_of_extract(proc.stdout) == shown
    assert shown[1][1].startswith("2016-") and shown[1][2] == "inferred"  # dated by the batch, in extract too
    two = run_cli("extract", str(tmp_path), "-q", "--out", "-", "--workers", "2")
    assert two.stdout == proc.stdout
    piped = run_cli("extract", "-", "-q", "--out", "-", stdin=_UNDATED.encode())
    assert piped.returncode == 0 and json.loads(piped.stdout)["documents"][0]["id"] == "stdin"


def test_the_pre_pass_costs_nothing_when_every_input_is_dated(tmp_path, monkeypatch):
    from timeline import run
    from timeline.read import plan_inputs

    (tmp_path / "a.txt").write_text(_UNDATED, encoding="utf-8")
    manifest = tmp_path / "m.csv"
    manifest.write_text("id,path,published\na,a.txt,2016-10-21\n", encoding="utf-8")
    sources = plan_inputs([], manifest)
    assert not run.needs_dating_pass(sources)
    assert not run.needs_dating_pass(plan_inputs([str(tmp_path / "a.txt")]), run.Config(published=dt.date(2016, 1, 1)))
    assert run.needs_dating_pass(plan_inputs([str(tmp_path / "a.txt")]))
    monkeypatch.setattr(run.anchor, "date_batch", lambda ev: pytest.fail("pre-pass ran"))
    [doc] = list(run.dated_documents(sources))
    assert doc.segments == () and doc.published == dt.date(2016, 10, 21)


@pytest.mark.parametrize(
    "lo, hi, named, expected",
    [
        # one weekday named: the first such day from the lower bound
        ("2019-12-21", "2019-12-30", ["Tuesday"], "2019-12-24"),
        # Friday, Saturday and Sunday named in one report: written on the Sunday, not on the Saturday with the
        # Sunday a week back
        ("2019-12-21", "2019-12-30", ["Saturday", "Friday", "Sunday", "Saturday", "Sunday"], "2019-12-22"),
        # Monday and Thursday: Thursday, with Monday three days back (not Monday, with Thursday four back)
        ("2016-10-17", "2016-10-27", ["Monday", "Thursday"], "2016-10-20"),
        # a lower bound on the named day itself
        ("2016-10-20", None, ["Thursday", "Wednesday"], "2016-10-20"),
    ],
)
def test_weekday_cues_are_read_as_the_days_closest_behind_the_writing_day(lo, hi, named, expected):
    import datetime as dt

    from timeline.anchor.content import Cue, _day_from_cues

    numbers = {d: i for i, d in enumerate("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(), 1)}
    weekdays = [(numbers[d], Cue(f"XXXX-WXX-{numbers[d]}", d, "past", k)) for k, d in enumerate(named)]
    day, _, _ = _day_from_cues(dt.date.fromisoformat(lo), dt.date.fromisoformat(hi) if hi else None, weekdays, 0, 0)
    assert day.isoformat() == expected


def test_infer_dates_leaves_out_an_unreadable_document_and_scores_the_rest(tmp_path):
    from tests.conftest import run_cli

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("LONDON, March 3, 2011 - The council met on Thursday to agree the budget.\n")
    (docs / "empty.txt").write_bytes(b"")
    (tmp_path / "manifest.csv").write_text(
        "id,path,published\na,docs/a.txt,2011-03-03\nempty,docs/empty.txt,2011-03-04\n", encoding="utf-8"
    )
    result = run_cli("evaluate", str(tmp_path), "--infer-dates", "--json")
    assert result.returncode == 0, result.stderr
    import json

    report = json.loads(result.stdout)
    assert report["documents"] == 1


# -- echoes: an event one text counts back from, dated by another text of the batch -------------------------

_STRIKE = (
    "Dock workers walk out at the northern harbour\n\nMarch 4, 2031 By Ann Lee\n\n"
    "Dock workers at the northern harbour began an open strike on March 2 over pay cuts, the union said on "
    "Tuesday. Cranes stood idle and lorries queued along the coast road for most of the day.\n\n"
    "The port authority said it would meet union leaders once the cargo backlog had been cleared.\n"
)


def _batch_anchor(undated: str) -> Anchor:
    docs = [Document("a", "a", _STRIKE), Document("b", "b", undated)]
    out = date_batch([anchor.document_evidence(d) for d in docs])
    return next(s.anchor for s in out[1] if s.kind == "article")


@pytest.mark.parametrize(
    "sentence, expected, granularity",
    [
        # "several days ago" about the strike the other text dates: three days after March 2
        (
            "The open strike by dock workers at the northern harbour began several days ago over pay cuts.",
            dt.date(2031, 3, 5),
            "week",
        ),
        (
            "Two days ago, dock workers at the northern harbour began an open strike over pay.",
            dt.date(2031, 3, 4),
            "day",
        ),
        # "last week": the week after the event's week (March 2, 2031 is a Sunday: the Monday after is March 3)
        (
            "Last week, dock workers at the northern harbour began an open strike over pay cuts.",
            dt.date(2031, 3, 3),
            "week",
        ),
    ],
)
def test_an_event_counted_back_from_takes_the_date_another_text_gives_it(sentence, expected, granularity):
    undated = (
        "Ferry timetables thrown into chaos\n\nFerries stayed in port across the region on a grey morning. "
        f"{sentence} Travellers were told to expect delays well into the spring.\n\n"
        "Shops on the islands reported that fresh produce was running short.\n"
    )
    a = _batch_anchor(undated)
    assert (a.date, a.granularity, a.source) == (expected, granularity, "inferred")
    assert a.evidence.startswith(anchor.corpus.ECHO_EVIDENCE) and a.confidence < 0.2


@pytest.mark.parametrize(
    "sentence",
    [
        "The strike began several days ago, the mayor told reporters.",  # too few words in common: not that event
        "Fishing boats left the southern bay several days ago for the winter grounds.",
    ],
)
def test_an_unrelated_span_counted_back_takes_no_date_from_another_text(sentence):
    undated = (
        "Ferry timetables thrown into chaos\n\nFerries stayed in port across the region on a grey morning. "
        f"{sentence} Travellers were told to expect delays well into the spring.\n\n"
        "Shops on the islands reported that fresh produce was running short.\n"
    )
    a = _batch_anchor(undated)
    assert a.date is None or not a.evidence.startswith(anchor.corpus.ECHO_EVIDENCE)


def test_a_comment_block_follows_the_article_an_echo_dated():
    undated = (
        "Ferry timetables thrown into chaos\n\nFerries stayed in port across the region on a grey morning. "
        "The open strike by dock workers at the northern harbour began several days ago over pay cuts. Travellers "
        "were told to expect delays well into the spring.\n\n"
        "Shops on the islands reported that fresh produce was running short.\n\n"
        "2 Comments\n\nlowtide\nWell said, and about time somebody wrote it.\nReply\n\n"
        "fernhill\nNot convinced by any of this.\nReply\n"
    )
    docs = [Document("a", "a", _STRIKE), Document("b", "b", undated)]
    out = [s for s in date_batch([anchor.document_evidence(d) for d in docs])[1] if s.kind != "navigation"]
    assert [s.kind for s in out] == ["article", "comments"]
    article, comments = (s.anchor for s in out)
    assert article.date == dt.date(2031, 3, 5)
    assert (comments.date, comments.source) == (article.date, "inferred") and comments.granularity == "month"
    assert comments.evidence.startswith("after segment 0")


_WALKOUT = (
    "Dock workers walk out at the northern harbour\n\nMarch 12, 2031 By Ann Lee\n\n"
    "Dock workers at the northern harbour began an open strike on March 11 over pay cuts, the union said. "
    "Cranes stood idle and lorries queued along the coast road for most of the day.\n\n"
    "The port authority said it would meet union leaders once the cargo backlog had been cleared.\n"
)


def _ferry_page(sentences: str) -> str:
    """An undated article of a batch, with ``sentences`` in its lede's paragraph."""
    return (
        "Ferry timetables thrown into chaos\n\nFerries stayed in port across the region on a grey morning. "
        f"{sentences} Travellers were told to expect delays well into the spring.\n\n"
        "Shops on the islands reported that fresh produce was running short.\n"
    )


@pytest.mark.parametrize(
    "sentences, expected, granularity",
    [
        # "this week" about the strike another text dates (Tuesday March 11, 2031): that week, from that day on
        ("This week, dock workers at the northern harbour began an open strike over pay cuts.", "2031-03-11", "week"),
        (
            "Dock workers at the northern harbour began an open strike over pay cuts earlier this week.",
            "2031-03-11",
            "week",
        ),
        # a weekday it names as past later in that week: that day
        (
            "This week, dock workers at the northern harbour began an open strike over pay cuts. On Thursday, "
            "ferry crews joined them.",
            "2031-03-13",
            "day",
        ),
        # a weekday before the event is no later bound
        (
            "This week, dock workers at the northern harbour began an open strike over pay cuts. On Monday, "
            "ferry crews had warned of it.",
            "2031-03-11",
            "week",
        ),
        # "last Friday" is the week before: no bound either
        (
            "This week, dock workers at the northern harbour began an open strike over pay cuts. Last Friday, "
            "ferry crews had warned of it.",
            "2031-03-11",
            "week",
        ),
    ],
)
def test_an_event_told_as_this_weeks_dates_the_text_to_its_week(sentences, expected, granularity):
    undated = _ferry_page(sentences)
    docs = [Document("a", "a", _WALKOUT), Document("b", "b", undated)]
    out = date_batch([anchor.document_evidence(d) for d in docs])
    a = next(s.anchor for s in out[1] if s.kind == "article")
    assert (a.date.isoformat(), a.granularity, a.source) == (expected, granularity, "inferred")
    assert a.evidence.startswith(anchor.corpus.ECHO_EVIDENCE) and "same week" in a.evidence and a.confidence < 0.2


def test_an_event_announced_for_this_week_dates_nothing():
    undated = (
        "Ferry timetables thrown into chaos\n\nFerries stayed in port across the region on a grey morning. "
        "Dock workers at the northern harbour will begin an open strike over pay cuts this week. Travellers "
        "were told to expect delays well into the spring.\n\n"
        "Shops on the islands reported that fresh produce was running short.\n"
    )
    docs = [Document("a", "a", _WALKOUT), Document("b", "b", undated)]
    out = date_batch([anchor.document_evidence(d) for d in docs])
    a = next(s.anchor for s in out[1] if s.kind == "article")
    assert a.date is None or "same week" not in a.evidence


_ANNOUNCED = (
    "Dock workers to walk out at the northern harbour\n\nMarch 12, 2031 By Ann Lee\n\n"
    "Dock workers at the northern harbour will begin an open strike on March 14 over pay cuts, the union said. "
    "Cranes may stand idle and lorries queue along the coast road.\n\n"
    "The port authority said it would meet union leaders once the cargo backlog had been cleared.\n"
)


@pytest.mark.parametrize(
    "source, sentences, expected",
    [
        # the strike another text dates on Tuesday March 11, 2031, named by its weekday: that day
        (
            _WALKOUT,
            "On Tuesday, dock workers at the northern harbour began an open strike over pay cuts.",
            ("2031-03-11", "day"),
        ),
        # a later weekday it names too: the day that puts both behind it, a week, not a day (Thursday March 13)
        (
            _WALKOUT,
            "On Tuesday, dock workers at the northern harbour began an open strike over pay cuts. Ferry crews "
            "joined them on Thursday.",
            ("2031-03-13", "week"),
        ),
        # another weekday than the event's: not that event
        (_WALKOUT, "On Wednesday, dock workers at the northern harbour began an open strike over pay cuts.", None),
        # "last Tuesday" is no weekday of the week before the text, read as such
        (_WALKOUT, "Last Tuesday, dock workers at the northern harbour began an open strike over pay cuts.", None),
        # an event the other text announces (Friday March 14, after its own date) dates nothing
        (_ANNOUNCED, "On Friday, dock workers at the northern harbour began an open strike over pay cuts.", None),
    ],
)
def test_a_weekday_named_for_an_event_another_text_dates_gives_the_week_after_it(source, sentences, expected):
    undated = _ferry_page(sentences)
    docs = [Document("a", "a", source), Document("b", "b", undated)]
    out = date_batch([anchor.document_evidence(d) for d in docs])
    a = next(s.anchor for s in out[1] if s.kind == "article")
    named = a.date is not None and "by its weekday" in a.evidence
    if expected is None:
        assert not named
    else:
        assert named and (a.date.isoformat(), a.granularity, a.source) == (*expected, "inferred")
        assert a.evidence.startswith(anchor.corpus.ECHO_EVIDENCE) and a.confidence < 0.2
