"""The temporal tagger: recognition, TIMEX3 normalisation and resolution against the anchor, the tense of the
governing verb (a real spaCy parse) and the narrative date."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from timeline import nlp
from timeline.sentences import sentence_bounds
from timeline.temporal import recognise, tag, timex
from timeline.temporal.recognise import compiled
from timeline.temporal.rules import PATTERNS

THU = dt.date(2016, 10, 20)  # a Thursday, in ISO week 42


def found(text: str, anchor: dt.date | None) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in tag(text, anchor)]


def only(text: str, anchor: dt.date | None):
    mentions = tag(text, anchor)
    assert len(mentions) == 1, [(m.text, m.value) for m in mentions]
    return mentions[0]


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.name)
def test_every_rule_matches_its_example(pattern):
    regex = dict((p.name, r) for p, r in compiled())[pattern.name]
    assert regex.fullmatch(pattern.example), pattern.example


@pytest.mark.parametrize(
    "text, anchor, expected",
    [
        # absolute dates in their common forms
        ("It opened on October 14, 2016.", THU, "2016-10-14"),
        ("It opened on 14 October 2016.", THU, "2016-10-14"),
        ("It opened on 14th March 2019.", THU, "2019-03-14"),
        ("It opened on Friday 1st March 2019.", THU, "2019-03-01"),
        ("It opened on Oct. 14.", THU, "2016-10-14"),
        ("It opened on 2016-10-14.", THU, "2016-10-14"),
        ("Posted 29.12.2019 - 23:49", THU, "2019-12-29T23:49"),
        ("It opened on 2016.10.14.", THU, "2016-10-14"),
        ("It opened on 2016/10/14.", THU, "2016-10-14"),
        ("It opened on 14-Oct-2016.", THU, "2016-10-14"),
        ("It opens Nov 8.", THU, "2016-11-08"),
        ("It opened April 16 2018.", THU, "2018-04-16"),
        ("It was built in the 1990s.", THU, "199"),
        ("It was built in 2012.", THU, "2012"),
        ("It was built in spring 2015.", THU, "2015-SP"),
        ("Sales rose in Q1 2017.", THU, "2017-Q1"),
        ("Profit fell in the third quarter.", THU, "2016-Q3"),
        ("He was born on July 4, 1976.", None, "1976-07-04"),
        # times
        ("The post went up at 23:49.", THU, "2016-10-20T23:49"),
        ("They met at 3 p.m.", THU, "2016-10-20T15:00"),
        ("They met at noon.", THU, "2016-10-20T12:00"),
        ("He arrived Tuesday morning.", THU, "2016-10-18TMO"),
        ("There is a vote tonight.", THU, "2016-10-20TNI"),
        # relative to the anchor
        ("He left yesterday.", THU, "2016-10-19"),
        ("He leaves today.", THU, "2016-10-20"),
        ("He left last Tuesday.", THU, "2016-10-18"),
        ("He has been away since last Tuesday.", THU, "2016-10-18"),
        ("Talks resume this week.", THU, "2016-W42"),
        ("Talks resume next month.", THU, "2016-11"),
        ("He left a week ago.", THU, "2016-W41"),
        ("He left two weeks ago.", THU, "2016-W40"),
        ("He left 15 years ago.", THU, "2001"),
        ("He left a few hours ago.", THU, "2016-10-20"),  # a vague amount of hours: still the anchor's day
        ("He left several minutes ago.", THU, "2016-10-20"),
        ("He left a few years ago.", THU, "PAST_REF"),  # a vague amount of years says no year
        ("Prices rose earlier this year.", THU, "2016"),
        ("It happened on January 14 of this year.", THU, "2016-01-14"),
        ("It happened on August 26 of last year.", THU, "2015-08-26"),
        ("He left last week.", dt.date(1998, 1, 14), "1998-W02"),
        ("Sales were flat a year ago.", dt.date(1998, 1, 14), "1997"),
        ("He arrived last fall.", dt.date(1998, 2, 6), "1997-FA"),
        ("Sales rose in the latest quarter.", dt.date(1989, 10, 26), "1989-Q3"),
        ("The holiday fell on Thanksgiving Day.", dt.date(2000, 1, 6), "1999-11-25"),
        # durations, sets, refs
        ("The talks lasted two weeks.", THU, "P2W"),
        ("The talks lasted 48 hours.", THU, "PT48H"),
        ("Prices fell over the past three days.", THU, "P3D"),
        ("It took a minute and a half.", THU, "PT1M30S"),
        ("It took several years.", THU, "PXY"),
        ("They meet every day.", THU, "P1D"),
        ("They meet weekly.", THU, "P1W"),
        ("They meet each Thursday.", THU, "XXXX-WXX-4"),
        ("Prices are high now.", THU, "PRESENT_REF"),
        ("Prices rose recently.", THU, "PAST_REF"),
        ("Prices may rise in the future.", THU, "FUTURE_REF"),
        # no anchor: underspecified, never today's date
        ("It opened on October 14.", None, "XXXX-10-14"),
        ("They met on Tuesday.", None, "XXXX-WXX-2"),
        ("He left yesterday.", None, "XXXX-XX-XX"),
        ("Talks resume next month.", None, "XXXX-XX"),
        # other languages through dateparser's month and weekday names
        ("Встреча прошла 14 октября 2016 года.", THU, "2016-10-14"),
        ("Встреча прошла 14 октября.", None, "XXXX-10-14"),
    ],
)
def test_value(text, anchor, expected):
    assert only(text, anchor).value == expected


@pytest.mark.parametrize(
    "text, anchor, expected_anchor",
    [
        ("It opened on October 14, 2016.", THU, "none"),
        ("It opened on October 14.", THU, "published"),
        ("He left yesterday.", THU, "published"),
        ("He left yesterday.", None, "none"),
        ("The talks lasted two weeks.", THU, "none"),
    ],
)
def test_mention_anchor_says_what_was_used(text, anchor, expected_anchor):
    assert only(text, anchor).anchor == expected_anchor


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He said on Tuesday that the deal was off.", "2016-10-18"),
        ("They will meet on Tuesday to sign the deal.", "2016-10-25"),
        ("The board approved the plan on March 3.", "2016-03-03"),
        ("The board will vote on the plan on March 3.", "2017-03-03"),
        ("The company is expected to report results in May.", "2017-05"),
        ("The company reported results in May.", "2016-05"),
    ],
)
def test_tense_of_the_governing_verb_chooses_the_direction(text, expected):
    assert only(text, THU).value == expected


def test_weekday_named_on_its_own_day_is_that_day():
    assert only("The company said Thursday it would cut jobs.", THU).value == "2016-10-20"


def test_narrative_anaphora_resolve_against_the_last_established_date():
    text = "The talks began on March 3, 2015. The next day, both sides walked out. Two days later they returned."
    mentions = tag(text, THU)
    assert [(m.text, m.value, m.anchor) for m in mentions] == [
        ("March 3, 2015", "2015-03-03", "none"),
        ("The next day", "2015-03-04", "narrative"),
        ("Two days later", "2015-03-06", "narrative"),
    ]


def test_that_week_follows_the_narrative():
    mentions = tag("The strike started on May 2, 2012. Sales fell that week.", THU)
    assert (mentions[-1].text, mentions[-1].value, mentions[-1].anchor) == ("that week", "2012-W18", "narrative")


def test_year_ago_compares_with_the_reported_quarter():
    text = "Profit rose in the third quarter, from $5 million a year earlier."
    assert found(text, dt.date(1989, 10, 26)) == [("the third quarter", "1989-Q3"), ("a year earlier", "1988-Q3")]


def test_day_range_gives_two_dates():
    assert found("The fair runs October 14-16.", THU) == [("October 14", "2016-10-14"), ("16", "2016-10-16")]


def test_month_range_gives_two_months():
    assert found("The show runs from March to May.", dt.date(2016, 1, 10)) == [("March", "2016-03"), ("May", "2016-05")]


def test_ambiguous_words_are_not_dates():
    assert found("You may want to march on and say it to me.", THU) == []
    assert found("The 1500 troops and 2000 people waited.", THU) == []


def test_ages_are_not_durations():
    assert found("The 6-year-old boy was found.", THU) == []


def test_mentions_are_sorted_non_overlapping_and_index_the_text():
    text = "On Oct. 14, 2016 he said that last week, two weeks ago and now were different from 1990."
    mentions = tag(text, THU)
    assert mentions == sorted(mentions, key=lambda m: m.start)
    for previous, current in zip(mentions, mentions[1:]):
        assert previous.end <= current.start
    for m in mentions:
        assert text[m.start : m.end] == m.text


def test_start_end_limit_the_search_but_offsets_index_the_whole_text():
    text = "Yesterday it rained. Today it shines."
    mentions = tag(text, THU, start=20, doc="d", segment=2)
    assert [(m.start, m.text, m.doc, m.segment) for m in mentions] == [(21, "Today", "d", 2)]


def test_no_parse_without_candidates_needing_tense(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("spaCy must not run")

    monkeypatch.setattr(nlp, "parse", refuse)
    monkeypatch.setattr(nlp, "load", refuse)
    assert tag("Nothing temporal in this sentence at all.", THU) == []
    assert [m.value for m in tag("Opened October 14, 2016, after two weeks.", THU)] == ["2016-10-14", "P2W"]


def test_tense_parses_each_sentence_once_through_the_shared_cache(monkeypatch):
    """The tagger cuts sentences with the project's splitter inside the segment and parses them with
    ``nlp.parse`` and the model it is given, so that the events stage finds them in the cache."""
    calls = []
    real = nlp.parse

    def spy(texts, model=None):
        calls.append((list(texts), model))
        return real(texts, None)

    monkeypatch.setattr(nlp, "parse", spy)
    text = "Intro line. He said on Tuesday that talks would resume on Friday. Then nothing."
    segment_start = text.index("He")
    mentions = tag(text, THU, start=segment_start, model="some-model")
    assert [m.value for m in mentions] == ["2016-10-18", "2016-10-21"]
    left, right = sentence_bounds(text, mentions[0].start, mentions[0].end, segment_start, len(text))
    assert calls == [([text[left:right]], "some-model")]  # one sentence, one call, both weekdays


def test_recognition_alone_needs_no_spacy():
    spans = [c.text for c in recognise.find("He met her on Tuesday, 14 October 2016.")]
    assert spans == ["Tuesday, 14 October 2016"]


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2016-10-14", ("2016-10-14", "2016-10-15", "day")),
        ("2016-10", ("2016-10-01", "2016-11-01", "month")),
        ("2016-12", ("2016-12-01", "2017-01-01", "month")),
        ("2016-W41", ("2016-10-10", "2016-10-17", "week")),
        ("2016-W41-WE", ("2016-10-15", "2016-10-17", "day")),
        ("2016-Q4", ("2016-10-01", "2017-01-01", "quarter")),
        ("2016-SU", ("2016-06-01", "2016-09-01", "season")),
        ("2016-WI", ("2016-12-01", "2017-03-01", "season")),
        ("2016", ("2016-01-01", "2017-01-01", "year")),
        ("199", ("1990-01-01", "2000-01-01", "decade")),
        ("19", ("1900-01-01", "2000-01-01", "century")),
        ("2016-10-14T23:49", ("2016-10-14T23:49", "2016-10-14T23:50", "time")),
        ("2016-10-14TMO", ("2016-10-14T06:00", "2016-10-14T12:00", "time")),
        ("XXXX-10-14", None),
        ("P2W", None),
        ("PRESENT_REF", None),
        ("2016-02-30", None),
    ],
)
def test_interval(value, expected):
    assert timex.interval(value) == expected


# ---------------------------------------------------------------------------------------------------- recognition speed
# ``find`` runs each pattern only in windows around its trigger words; it must find exactly what running every
# pattern over the whole text finds.


def _spans(candidates):
    return [(c.start, c.end, c.name, sorted((k, v) for k, v in c.groups.items() if v)) for c in candidates]


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.name)
def test_windowed_recognition_finds_what_the_exhaustive_scan_finds(pattern):
    text = f"Officials said {pattern.example} that, and on {pattern.example.upper()}, as {pattern.example.lower()}."
    assert _spans(recognise.find(text)) == _spans(recognise.find_exhaustive(text))
    assert _spans(recognise.find(text)) != [] or pattern.name in ("season_alone",)


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.name)
def test_every_pattern_declares_triggers_its_example_holds(pattern):
    declared = recognise.triggers(pattern)
    assert declared
    words = re.findall(r"[^\W_]+", pattern.example.lower())
    digits = re.findall(r"\d+", pattern.example)
    assert any(
        (kind == "word" and word in words)
        or (kind == "prefix" and any(w.startswith(word) for w in words))
        or (kind == "infix" and word in pattern.example.lower())
        or (kind == "digits" and any(len(d) >= int(word) for d in digits))
        for kind, word in declared
    )


TRICKY = (
    "In midMarch 1998 and the mid-1990s, the '80s and the nineteen-eighties; on 29.12.2019 - 23:49 and "
    "10/14/2016 at 7:15 p.m. EST Tuesday, Oct. 14, 2016. Q1 2017, fiscal 1989, the year-ago quarter, "
    "two-and-a-half years, 2 1/2 years, the day before last Tuesday, a week or so ago, every other week. "
    "Встреча прошла 14 октября 2016 года, в понедельник. He left\n\n   yesterday   \n morning; Sept.\n 27, 1989."
)


def test_windowed_recognition_on_tricky_text():
    assert _spans(recognise.find(TRICKY)) == _spans(recognise.find_exhaustive(TRICKY))
    for start in (0, 40, 200):
        assert _spans(recognise.find(TRICKY, start, len(TRICKY) - 30)) == _spans(
            recognise.find_exhaustive(TRICKY, start, len(TRICKY) - 30)
        )


@pytest.mark.parametrize(
    "forms",
    [
        ["sept", "sep", "september", "sat", "saturday"],
        ["new year's day", "new year's", "new year", "new year's eve"],
        ["a", "an", "a few", "a number of"],
    ],
)
def test_word_tries_match_like_longest_first_lists(forms):
    trie = re.compile(recognise._alternation(forms), re.IGNORECASE)
    flat = re.compile(recognise._alternation(forms, trie=False), re.IGNORECASE)
    for text in forms + [f.upper() + " x" for f in forms] + ["new  year’s day", "septembers", "an few"]:
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)], text


# ---------------------------------------------------------------------------------------------------- value classes


@pytest.mark.parametrize(
    "text, anchor, expected",
    [
        # a clock time with a weekday follows the verb like a bare weekday
        ("They have until 9 a.m. Tuesday to sign the paper.", THU, "2016-10-25T09:00"),
        ("The father will leave at 4 a.m. EDT Tuesday.", THU, "2016-10-25T04:00"),
        ("The blast went off at 4 a.m. Tuesday.", THU, "2016-10-18T04:00"),
        # arranging verbs put their object ahead whatever their own tense
        ("The prosecutor has scheduled a news conference Tuesday.", THU, "2016-10-25"),
        ("Protesters planned a large demonstration on Saturday.", THU, "2016-10-22"),
        ("The talks, set to resume Monday, were suspended.", THU, "2016-10-24"),
        ("Results are expected Tuesday.", THU, "2016-10-25"),
        # "since" looks back, a modal perfect looks back, a spatial "through" bounds nothing
        (
            "Police have been searching for him since shortly after the Oct. 23 slaying.",
            dt.date(1999, 5, 6),
            "1998-10-23",
        ),
        ("The chip may have been responsible for a drop in trading on Wednesday.", THU, "2016-10-19"),
        ("A bullet tore through his window and into his back Tuesday night.", THU, "2016-10-18TNI"),
        # when a change takes effect is announced ahead; close to the anchor the nearest date wins
        ("It also created a four-member office of the chairman, effective Feb. 1.", dt.date(1989, 11, 1), "1990-02-01"),
        ("The company raised prices, effective Oct. 1.", dt.date(1989, 10, 26), "1989-10-01"),
    ],
)
def test_value_classes_of_tense(text, anchor, expected):
    assert only(text, anchor).value == expected


def test_the_reported_quarter_is_the_latest_completed_one_not_a_passing_mention():
    text = (
        "Profit rose 20% in the third quarter. The earthquake will result in a fourth-quarter charge. "
        "Earnings fell 59% in the latest quarter, compared with $6 million a year ago."
    )
    assert found(text, dt.date(1989, 11, 2)) == [
        ("the third quarter", "1989-Q3"),
        ("fourth-quarter", "1989-Q4"),
        ("the latest quarter", "1989-Q3"),
        ("a year ago", "1988-Q3"),
    ]
    text = (
        "Kimberly-Clark posted a 20% gain in third-quarter net. After a flat second quarter, prices rose. "
        "Charges were taken in the year-earlier period."
    )
    assert found(text, dt.date(1989, 11, 1))[-1] == ("the year-earlier period", "1988-Q3")


@pytest.mark.parametrize(
    "text",
    [
        'Baker, speaking on ABC News\' "This Week," said the request was urgent.',
        "Gonzalez said on CBS's '' 60 Minutes '' that they were abusing the boy.",
        "It showed a picture of Gary Cooper from the film High Noon.",
        "This is VOA Today.",
        "That is very important to the future of our peoples.",
        "The quarter-to-quarter comparison was also enhanced.",
    ],
)
def test_names_titles_and_non_temporal_uses_are_not_expressions(text):
    assert found(text, THU) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Last week the FBI joined the inquiry.", "2016-W41"),
        ("LAST WEEK THE FBI JOINED THE INQUIRY.", "2016-W41"),
        ('He said: "Today is a sad day."', "2016-10-20"),
        ("The vote is set for Election Day.", "2016-11-08"),
    ],
)
def test_capitals_at_a_sentence_start_or_in_names_of_days_stay(text, expected):
    assert found(text, THU)[0][1] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He probably died within weeks or months of his capture.", [("weeks or months", "PXW")]),
        ("It has been years-long.", [("years-long", "PXY")]),
    ],
)
def test_vague_plural_durations(text, expected):
    assert found(text, THU) == expected


@pytest.mark.parametrize(
    "text,granularity,expected",
    [
        ("The army entered the city yesterday.", "day", "2016-10-04"),
        ("The army entered the city yesterday.", "week", "2016-10-04"),  # a week-precise anchor keeps days
        ("The army entered the city yesterday.", "month", "2016-10-04"),  # so does a month estimate
        ("The army entered the city yesterday.", "year", "2016"),
        ("Talks resumed on Saturday evening.", "year", "2016"),  # a TIME resolved against a year is a year
        ("Talks resumed last month.", "year", "2016"),
        ("Talks resumed in 2012.", "year", "2012"),  # already that coarse: unchanged
        ("Talks resumed on October 14, 2015.", "year", "2015-10-14"),  # absolute: the anchor was not used
        ("Talks resumed on 8 November.", "year", "2016-11-08"),  # only the year came from the anchor
    ],
)
def test_values_are_no_finer_than_the_anchor(text, granularity, expected):
    mentions = tag(text, dt.date(2016, 10, 5), anchor_granularity=granularity)
    assert [m.value for m in mentions] == [expected]
    assert all(m.type == "DATE" for m in mentions)


@pytest.mark.parametrize(
    "text, anchor, expected",
    [
        # sub-day units through the narrative: the day (or clock time) the narrative is at, never a crash
        ("The plant closed on March 3, 2010. In the next hour it burned.", THU, ("the next hour", "2010-03-03")),
        ("The plant closed on March 3, 2010. That hour was long.", THU, ("That hour", "2010-03-03")),
        ("The plant closed on March 3, 2010. The next minute it burned.", THU, ("The next minute", "2010-03-03")),
        ("The plant closed on March 3, 2010. That second it burned.", THU, ("That second", "2010-03-03")),
        (
            "The alarm rang at 3 p.m. on March 3, 2010. In the next hour it burned.",
            THU,
            ("the next hour", "2010-03-03T16:00"),
        ),
        ("He came back in the previous hour.", THU, ("the previous hour", "2016-10-20")),
        # offsets before year 1: BC notation, or PAST_REF beyond four digits
        ("The town was founded 2,500 years ago.", THU, ("2,500 years ago", "BC0485")),
        ("THE FLOOD CAME 7000 YEARS AGO.", THU, ("7000 YEARS AGO", "BC4985")),
        ("Humans arrived 125,000 years ago.", THU, ("125,000 years ago", "PAST_REF")),
        ("The tool was made 30 centuries ago.", THU, ("30 centuries ago", "BC09")),
        # spoken years are whole years
        ("It happened in the year two thousand and five.", THU, ("the year two thousand and five", "2005")),
        ("It happened in the year two thousand and twenty-one.", THU, ("the year two thousand and twenty-one", "2021")),
    ],
)
def test_resolution_never_crashes_on_edges_of_the_calendar(text, anchor, expected):
    assert expected in found(text, anchor)


APR14 = dt.date(2014, 4, 10)


@pytest.mark.parametrize(
    "text, anchor, expected",
    [
        # year ranges: both years, a short second part in the first one's century
        ("The crisis of 2011-2012 hit exports.", APR14, [("2011", "2011"), ("2012", "2012")]),
        ("He starred in the 1962-63 season.", APR14, [("1962", "1962"), ("63", "1963")]),
        ("The 1999-00 budget was cut.", APR14, [("1999", "1999"), ("00", "2000")]),
        ("Revenue for 2016–2017 rose.", APR14, [("2016", "2016"), ("2017", "2017")]),
        # centuries
        ("Art of the 19th century was shown.", APR14, [("the 19th century", "18")]),
        ("A seventeenth-century house burned.", APR14, [("seventeenth-century", "16")]),
        # the start or end of a period
        ("Profits should recover by the end of year.", APR14, [("the end of year", "2014")]),
        ("Profits should recover by end of year.", APR14, [("end of year", "2014")]),
        ("Sales will start early next year.", APR14, [("early next year", "2015")]),
        ("It closes at the end of next month.", APR14, [("the end of next month", "2014-05")]),
        # frequencies
        ("The fair is held annually.", APR14, [("annually", "P1Y")]),
        ("The lake freezes each winter.", APR14, [("each winter", "XXXX-WI")]),
        ("She walks the dog every evening.", APR14, [("every evening", "XXXX-XX-XXTEV")]),
        ("The board meets semiannually.", APR14, [("semiannually", "P6M")]),
        # an elapsed time is an amount, not a clock reading
        ("She won the marathon in 2:58:10, a course record.", APR14, [("2:58:10", "PT2H58M10S")]),
        ("The film runs 1:45:00 without a break.", APR14, [("1:45:00", "PT1H45M")]),
        # a bare month in a past-tense sentence looks back
        ("The unit was sold in November.", APR14, [("November", "2013-11")]),
        ("The unit was sold in September.", APR14, [("September", "2013-09")]),
        ("The unit will be sold in September.", APR14, [("September", "2014-09")]),
        # vague durations and boundaries
        ("Prices have fallen in recent weeks.", APR14, [("recent weeks", "PXW")]),
        ("Rates rose in recent months.", APR14, [("recent months", "PXM")]),
        ("The rescuers had a mere 48 hours.", APR14, [("a mere 48 hours", "PT48H")]),
        ("He brought ten years' experience.", APR14, [("ten years'", "P10Y")]),
        # tokenised text: split commas keep their year, brackets are brackets
        ("The attacks of Sept. 11 , 2001 , changed it.", APR14, [("Sept. 11 , 2001", "2001-09-11")]),
        ("He spoke on Sunday , May 30 , 2010 , in Rome.", APR14, [("Sunday , May 30 , 2010", "2010-05-30")]),
        ("It opened on 14 March , 2009 in Oslo.", APR14, [("14 March , 2009", "2009-03-14")]),
        ("The talks -LRB- held in the summer -RRB- failed.", APR14, [("the summer", "2013-SU")]),
        ("The vote came the day before -RRB- .", APR14, [("the day before", "2014-04-09")]),
    ],
)
def test_held_out_classes(text, anchor, expected):
    assert found(text, anchor) == expected


@pytest.mark.parametrize(
    "text, anchor, expected",
    [
        (
            "He was arrested on Jan. 3. He appeared in court the next morning.",
            APR14,
            [("Jan. 3", "2014-01-03"), ("the next morning", "2014-01-04TMO")],
        ),
        (
            "The fire started on May 2, 2010. That evening it reached the town.",
            APR14,
            [("May 2, 2010", "2010-05-02"), ("That evening", "2010-05-02TEV")],
        ),
        ("For weeks the government has held rallies.", APR14, [("weeks", "PXW")]),
        ("The mill ran for years without a stop.", APR14, [("years", "PXY")]),
    ],
)
def test_narrative_parts_of_day_and_for_plural_durations(text, anchor, expected):
    assert found(text, anchor) == expected


@pytest.mark.parametrize(
    "text, anchor, expected",
    [
        ("Profit rose in the fourth quarter.", dt.date(1998, 1, 26), [("the fourth quarter", "1997-Q4")]),
        ("Sales fell in the third quarter.", dt.date(1998, 1, 26), [("the third quarter", "1997-Q3")]),
        ("Sales will recover in the third quarter.", dt.date(1998, 1, 26), [("the third quarter", "1998-Q3")]),
        (
            "Profit will rise in the fourth quarter of this year.",
            dt.date(1998, 1, 26),
            [("the fourth quarter of this year", "1998-Q4")],
        ),
        ("Sales fell in the second quarter.", dt.date(1998, 8, 3), [("the second quarter", "1998-Q2")]),
    ],
)
def test_a_quarter_still_ahead_told_in_the_past_is_last_years(text, anchor, expected):
    assert found(text, anchor) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("She won the race in 2:58:10.", [("2:58:10", "DURATION", "PT2H58M10S")]),
        ("Posted 23:49:10 by the moderator.", [("23:49:10", "TIME", "2014-04-10T23:49")]),
        ("The alarm rang at 9:49:10 sharp.", [("9:49:10", "TIME", "2014-04-10T09:49")]),
    ],
)
def test_elapsed_times_and_clock_readings_with_seconds(text, expected):
    assert [(m.text, m.type, m.value) for m in tag(text, APR14)] == expected


@pytest.mark.parametrize(
    "text, anchor, expected",
    [
        # a year-less day over half a year ahead is past, even when a future verb of the clause governs it
        ("Investigators will question the crew about the April 20 explosion.", dt.date(2010, 7, 12), "2010-04-20"),
        # ... but a future day a few months ahead stays ahead
        ("The panel will hear evidence on March 3.", dt.date(2010, 11, 8), "2011-03-03"),
        # ... and so does when something takes effect, however far ahead
        ("The company's new labor pact, effective June 1, was ratified.", dt.date(1989, 11, 1), "1990-06-01"),
        # a meeting "beginning Tuesday" (a verb form) begins ahead, like "effective"
        ("Officials meet at a two-day conference beginning Saturday.", THU, "2016-10-22"),
        # ... not when the day is what begins
        ("Monday was beginning badly for the markets.", THU, "2016-10-17"),
    ],
)
def test_far_ahead_days_and_days_things_start(text, anchor, expected):
    assert [v for _, v in found(text, anchor) if v[:1].isdigit()] == [expected]  # durations ("two-day") aside


@pytest.mark.parametrize(
    "text, anchor, expected",
    [
        # entries of a chronology tell what happened: months back, not months ahead
        (
            "April 22 - The rig sinks.\nMay 10 - The company says it has spent $350 million.",
            dt.date(2011, 1, 11),
            [("April 22", "2010-04-22"), ("May 10", "2010-05-10")],
        ),
        (
            "Timeline. 28 April: Coastguard fears one of the worst spills.",
            dt.date(2011, 1, 11),
            [("28 April", "2010-04-28")],
        ),
        # near the writing date the nearest day still wins
        ("Jan. 25 - Hearing on the motion.", dt.date(2011, 1, 11), [("Jan. 25", "2011-01-25")]),
        # a date in running text is not an entry
        ("The panel will report on May 10 - or later.", dt.date(2011, 1, 11), [("May 10", "2011-05-10")]),
    ],
)
def test_chronology_entries_are_in_the_past(text, anchor, expected):
    assert found(text, anchor) == expected


@pytest.mark.parametrize(
    "text,before,value",
    [
        ("The deal was signed on 3 May 2016. RT did an interview on that date.", (), "2016-05-03"),
        ("RT did an interview on that date.", ("2016-05-03",), "2016-05-03"),  # the post above's date
        ("RT did an interview on the same date.", ("2016-05-03", "2016-04"), "2016-05-03"),  # a day, not a month
        ("RT did an interview on that date.", (), "2016-10-20"),  # nothing before: the anchor's day
        ("It was signed on 1 May 2016. RT did an interview the next day.", ("2015-01-01",), "2016-05-02"),
    ],
)
def test_that_date_refers_to_the_last_day_the_text_or_the_post_above_established(text, before, value):
    found = tag(text, THU, before=before)
    assert found[-1].value == value


def test_only_anaphors_look_at_the_post_above():
    """A clock time or a bare weekday keeps the segment's own anchor; "that date" looks back."""
    assert [m.value for m in tag("They met at 4 p.m.", THU, before=("2016-05-03",))] == ["2016-10-20T16:00"]
    assert [m.value for m in tag("They met on that date.", THU, before=("2016-05-03",))] == ["2016-05-03"]


@pytest.mark.parametrize("space", [" ", "\xa0", "\u202f", "\u3000"])
def test_a_sentence_ends_before_a_web_pages_space(space):
    text = f"The ferry left port on Monday.{space}Crews stayed ashore on Tuesday."
    at = text.index("Tuesday")
    assert sentence_bounds(text, at, at + 7) == (text.index("Crews"), len(text))


@pytest.mark.parametrize(
    "text", ["Version 2016.10.14.2 is out.", "Build 2016.10 is out.", "Part 2016/10/14/3 of the file."]
)
def test_version_numbers_and_paths_are_no_year_first_dates(text):
    assert [m.value for m in tag(text, THU)] == []


LIVE_PAGE = (
    "Live: storm reaches the coast\n\n"
    "1609 The coast guard is sending two cutters to the harbour, a spokesman has said.\n\n"
    "1615 Ferries across the bay are cancelled until further notice.\n\n"
    "1622 The mayor tells local radio that the sea wall has held.\n"
)


@pytest.mark.parametrize(
    "text, expected",
    [
        # wire copy's 24-hour times without a colon, by the zone or "local time" after them
        ("The blast came at 1653 local time, police said.", [("1653 local time", "2016-10-20T16:53")]),
        ("The ship docked at 0735 GMT.", [("0735 GMT", "2016-10-20T07:35")]),
        ("By 1100 (1600 GMT) the roads were shut.", [("1100", "2016-10-20T11:00"), ("1600 GMT", "2016-10-20T16:00")]),
        # a live page's entry times, at the head of its paragraphs, are of the day it was written
        (LIVE_PAGE, [("1609", "2016-10-20T16:09"), ("1615", "2016-10-20T16:15"), ("1622", "2016-10-20T16:22")]),
        # ... and one a photo caption ran into, on such a page; after "in" or "the", a year still
        (
            LIVE_PAGE + "Boats in the harbour 1631 The ferry company says sailings resume in 2017.\n",
            [
                ("1609", "2016-10-20T16:09"),
                ("1615", "2016-10-20T16:15"),
                ("1622", "2016-10-20T16:22"),
                ("1631", "2016-10-20T16:31"),
                ("2017", "2017"),
            ],
        ),
        # ... but four digits are a year where only one paragraph opens with them, or no capital follows
        ("1989 The wall fell and the border opened.", [("1989", "1989")]),
        ("It cost 1600 dollars. In 1653 the town burned.", [("1653", "1653")]),
    ],
)
def test_four_digit_times_of_wire_copy_and_live_pages(text, expected):
    found = [(m.text, m.value) for m in tag(text, THU)]
    assert found == expected
