"""Salience and summaries on small timelines written here (no extraction: the dataclasses are built directly)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest

from timeline import rank
from timeline.export import render_summary
from timeline.export.json import validate
from timeline.model import Anchor, Document, Event, Mention, Segment, Source, Timeline


class Story:
    """Builds a Timeline report by report: each report is one sentence of one document, dated by one mention."""

    def __init__(self) -> None:
        self.docs: dict[str, Document] = {}
        self.mentions: list[Mention] = []
        self.events: list[Event] = []

    def doc(self, name: str, written: str, source: str | None = None) -> str:
        anchor = Anchor(dt.date.fromisoformat(written), "manifest", 1.0)
        self.docs[name] = Document(name, f"{name}.txt", "", (Segment(0, 10_000, anchor),), source=source)
        return name

    def report(
        self, doc: str, day: str, quote: str, when: str = "on Tuesday", granularity: str = "day", at: int = 0
    ) -> None:
        value = day if granularity == "day" else day[:7]
        self.mentions.append(Mention(at, at + len(when), when, "DATE", value, "published", doc, 0))
        start = dt.date.fromisoformat(day if granularity == "day" else day[:7] + "-01")
        end = start + dt.timedelta(days=1 if granularity == "day" else 31)
        n = len(self.events)
        self.events.append(
            Event(
                f"ev-{n:03d}",
                start.isoformat(),
                end.replace(day=1).isoformat() if granularity == "month" else end.isoformat(),
                granularity,
                value,
                quote[:30],
                sources=(Source(doc, 0, at, at + len(quote), quote, len(self.mentions) - 1),),
            )
        )

    def timeline(self) -> Timeline:
        return Timeline(tuple(self.docs.values()), tuple(self.mentions), tuple(self.events))


def _dates(summary) -> list[str]:
    return [d.date for d in summary]


def test_a_day_three_articles_report_outranks_a_day_one_article_repeats():
    s = Story()
    for n in range(3):
        s.doc(f"a{n}", "2020-03-05")
        s.report(f"a{n}", "2020-03-04", f"The dam burst on Tuesday flooding the valley, witness {n} said.")
    s.doc("b", "2020-03-09")
    for n in range(3):
        s.report(
            "b", "2020-03-08", f"The mayor resigned on Sunday after the flood inquiry number {n} opened.", at=100 * n
        )
    summary = rank.summarize(s.timeline(), dates=1)
    assert _dates(summary) == ["2020-03-04"]
    sal = rank.saliences(s.timeline().events, rank.Corpus.of(s.timeline()))
    assert sal["ev-000"].documents == 1 and sal["ev-003"].documents == 1


def test_boilerplate_repeated_across_documents_is_never_picked_and_weighs_nothing():
    s = Story()
    sidebar = "Offer ends on 31 March: subscribe today for unlimited access to our journalism."
    for n in range(6):
        day = f"2020-03-{n + 1:02d}"
        s.doc(f"d{n}", day)
        s.report(f"d{n}", "2020-03-31", sidebar, when="31 March", at=500)
    s.doc("r", "2020-03-02")
    s.report("r", "2020-03-01", "Storm winds tore the roof off the town hall on Sunday night.")
    tl = s.timeline()
    summary = rank.summarize(tl, dates=2)
    assert all(sentence.text != sidebar for day in summary for sentence in day.sentences)
    assert "2020-03-31" not in _dates(summary)
    sal = rank.saliences(tl.events, rank.Corpus.of(tl))
    repeated = [v for k, v in sal.items() if v.boilerplate]
    assert repeated and all(v.score == 0 and v.documents == 0 for v in repeated)


def test_no_sentence_twice_even_when_two_days_quote_it():
    s = Story()
    shared = "Rescuers reached the trapped miners on Monday and brought the first ones out on Tuesday evening."
    for n in range(2):
        s.doc(f"m{n}", "2020-05-06")
        s.report(f"m{n}", "2020-05-04", shared, when="on Monday")
        s.report(f"m{n}", "2020-05-05", shared, when="on Tuesday", at=40)
        s.report(f"m{n}", "2020-05-05", f"Families waited at the mine gate all of Tuesday, report {n}.", at=200)
    summary = rank.summarize(s.timeline(), dates=2, sentences=3)
    texts = [(x.text) for day in summary for x in day.sentences]
    assert len(texts) == len(set(texts)) and texts


def test_coarse_mentions_do_not_feed_a_day():
    s = Story()
    s.doc("x", "2020-07-20")
    s.report("x", "2020-07-10", "The ferry capsized on 10 July off the northern coast of the island.", when="10 July")
    s.doc("y", "2020-07-21")
    s.report(
        "y",
        "2020-07-10",
        "The ferry capsized in July off the northern coast of the island.",
        when="in July",
        granularity="month",
    )
    tl = s.timeline()
    # merging gives the day event every report; the month-dated one must not count for the day
    merged = Event(
        "ev-day",
        "2020-07-10",
        "2020-07-11",
        "day",
        "2020-07-10",
        "ferry capsized",
        sources=tl.events[0].sources + tl.events[1].sources,
    )
    tl = Timeline(tl.documents, tl.mentions, (merged,))
    sal = rank.saliences(tl.events, rank.Corpus.of(tl))["ev-day"]
    assert (sal.documents, sal.coarse) == (1, 1)


def test_adjacent_days_of_one_story_are_one_date():
    s = Story()
    for n in range(4):
        s.doc(f"p{n}", "2020-09-02")
        s.report(f"p{n}", "2020-09-01", f"The volcano erupted yesterday, covering the village in ash, report {n}.")
    for n in range(3):
        s.doc(f"q{n}", "2020-09-02")
        s.report(f"q{n}", "2020-09-02", f"The volcano erupted today, covering the village in ash, report {n}.")
    for n in range(3):
        s.doc(f"e{n}", "2020-09-10")
        s.report(
            f"e{n}",
            "2020-09-09",
            f"Army trucks reached the ash-covered village below the volcano on Wednesday, report {n}.",
        )
    chosen = _dates(rank.summarize(s.timeline(), dates=2))
    assert "2020-09-09" in chosen and len({"2020-09-01", "2020-09-02"} & set(chosen)) == 1


def test_off_topic_day_is_down_weighted_by_keywords():
    s = Story()
    for n in range(2):
        s.doc(f"k{n}", "2020-10-03")
        s.report(f"k{n}", "2020-10-02", f"The central bank cut interest rates on Friday to calm markets, note {n}.")
        s.report(
            f"k{n}",
            "2020-09-11",
            f"A choir sang at the memorial on 11 September for the anniversary {n}.",
            when="11 September",
            at=300,
        )
    summary = rank.summarize(s.timeline(), dates=1, keywords=["bank", "rates", "markets"])
    assert _dates(summary) == ["2020-10-02"]


def test_summary_json_holds_the_chosen_events_and_validates(tmp_path):
    s = Story()
    lines = [
        "The dam burst on Tuesday flooding the valley below the reservoir.",
        "Hundreds of families fled their homes on Tuesday as water rose.",
        "Engineers had warned on Tuesday that cracks were widening in the wall.",
    ]
    for n, line in enumerate(lines):
        s.doc(f"a{n}", "2020-03-05", source="Daily Example")
        s.report(f"a{n}", "2020-03-04", line)
    tl = s.timeline()
    summary = rank.summarize(tl, dates=1, sentences=2)
    data = json.loads(render_summary(tl, summary, "json"))
    validate(data)
    assert [d["date"] for d in data["summary"]] == ["2020-03-04"]
    ids = {e["id"] for e in data["events"]}
    assert {x["event"] for x in data["summary"][0]["sentences"]} <= ids
    assert len(data["summary"][0]["sentences"]) == 2


def test_k_is_chosen_from_the_data_without_dates():
    s = Story()
    for day in range(1, 20):
        s.doc(f"d{day}", f"2021-01-{day + 1:02d}")
        s.report(f"d{day}", f"2021-01-{day:02d}", f"The council met on Monday about the harbour plan, meeting {day}.")
    summary = rank.summarize(s.timeline())
    assert rank.AUTO_MIN <= len(summary) <= rank.AUTO_MAX


@pytest.mark.parametrize("fmt", ["csv", "ics", "timelinejs"])
def test_summary_renders_one_entry_per_date(fmt):
    s = Story()
    for n in range(2):
        s.doc(f"a{n}", "2020-03-05")
        s.report(f"a{n}", "2020-03-04", f"The dam burst on Tuesday flooding the valley, witness {n} said.")
        s.doc(f"b{n}", "2020-03-12")
        s.report(f"b{n}", "2020-03-11", f"Engineers began rebuilding the dam on Wednesday, crew {n} said.")
    out = render_summary(s.timeline(), rank.summarize(s.timeline(), dates=2), fmt).decode("utf-8")
    assert "dam burst" in out and "rebuilding" in out


@pytest.mark.parametrize(
    "when, at, counted",
    [
        ("5 March 2020", 0, False),  # the dateline run into the first sentence: a stamp
        ("March 5", 500, False),  # next to a clock time (below): an update stamp
        ("today", 0, True),  # the lead reporting the day: a report
        ("March 4", 500, True),  # a calendar date of another day: a report
    ],
)
def test_stamps_naming_the_articles_own_day_do_not_count(when, at, counted):
    s = Story()
    s.doc("a", "2020-03-05")
    day = "2020-03-04" if when == "March 4" else "2020-03-05"
    clock = " Last updated 10:42 GMT." if when == "March 5" else ""
    s.report("a", day, f"The bridge reopened {when} after repairs to its cables.{clock}", when=when, at=at)
    tl = s.timeline()
    sal = rank.saliences(tl.events, rank.Corpus.of(tl))["ev-000"]
    assert (sal.documents == 1) is counted and (sal.boilerplate == 1) is not counted


def test_events_dated_by_their_article_rank_summarise_and_render(tmp_path):
    """A source dated by its article's date has no mention (``mention: null``): salience, the summary and every
    format handle it."""
    import datetime as dt

    from timeline import api
    from timeline.export import FORMATS, render
    from timeline.rank import Corpus, saliences, summarize

    texts = [
        "Rebels have captured the border town of Qasr after two days of fighting, commanders said.\n\n"
        "The army said on Monday that it had sent reinforcements.\n",
        "Rebel forces have captured the border town of Qasr, officials said.\n\nTalks resumed on Tuesday.\n",
    ]
    tl = api.extract(texts, published=dt.date(2016, 10, 20))
    anchored = [s for e in tl.events for s in e.sources if s.mention is None]
    assert anchored, [e.title for e in tl.events]
    corpus = Corpus.of(tl)
    assert set(saliences(tl.events, corpus)) == {e.id for e in tl.events}
    summarize(tl, 2, 1, corpus=corpus)
    for fmt in FORMATS:
        assert render(tl, fmt)


@pytest.mark.parametrize(
    "when, value, written, counted",
    [
        ("5 March 2020", "2020-03-05", "2020-03-05", False),  # the page's dateline: says when it was written
        ("10:42 GMT", "2020-03-05T10:42", "2020-03-05", False),  # its "last updated" clock time
        ("4 March 2020", "2020-03-04", "2020-03-05", False),  # the day before (time zones): still the stamp
        ("March 5", "2020-03-05", "2020-03-05", True),  # no year, no clock: a caption or a list naming the day
        ("2 March 2020", "2020-03-02", "2020-03-06", True),  # a calendar date of an earlier day: a reference
    ],
)
def test_a_pages_own_stamp_outside_event_sentences_does_not_count(when, value, written, counted):
    """A document that names a day only outside the sentences of events counts a little for it
    (MENTION_ONLY_WEIGHT), unless the mention is the page's own stamp."""
    s = Story()
    day = value[:10]
    s.doc("a", "2020-03-06")
    s.report("a", day, "The bridge collapsed into the river, the council said on the day.", when="on the day")
    s.doc("p", written)
    s.mentions.append(Mention(0, len(when), when, "DATE", value, "published", "p", 0))
    tl = s.timeline()
    corpus = rank.Corpus.of(tl)
    days = rank._days(tl, corpus, None, None, frozenset())
    assert ("p" in days[dt.date.fromisoformat(day)].documents) is counted


def test_a_report_dated_only_by_its_writing_day_deep_in_an_article_weighs_less():
    """Two days, each reported far down two articles written on it: one day named by the sentences ("on Tuesday"),
    the other only the articles' writing day (``dated_by: anchor``): coverage of that day, not necessarily news."""
    s = Story()
    for n in range(2):
        s.doc(f"named{n}", "2020-03-04")
        s.report(f"named{n}", "2020-03-04", f"The council published a report on the flood, clerk {n} said.", at=2000)
        s.doc(f"anchored{n}", "2020-03-09")
        s.report(f"anchored{n}", "2020-03-09", f"The council published a report on the dam, clerk {n} said.", at=2000)
    events = [
        e if e.start != "2020-03-09" else replace(e, sources=tuple(replace(x, dated_by="anchor") for x in e.sources))
        for e in s.events
    ]
    tl = replace(s.timeline(), events=tuple(events))
    days = {d.date: d.score for d in rank.summarize(tl, dates=2)}
    assert days["2020-03-04"] > days["2020-03-09"] > 0


def test_of_two_days_with_equal_scores_the_one_named_more_often_is_chosen():
    """Two days each reported by one article written on it; the later one is named again in its article, outside
    the event's sentence: the scores tie, the expressions break the tie (else the earlier day would win)."""
    s = Story()
    s.doc("a", "2020-03-03")
    s.report("a", "2020-03-03", "The ferry sank in the harbour on Tuesday, the port authority said.")
    s.doc("b", "2020-03-10")
    s.report("b", "2020-03-10", "The ferry owner was arrested in the harbour on Tuesday, the port authority said.")
    s.mentions.append(Mention(900, 907, "10 March", "DATE", "2020-03-10", "published", "b", 0))
    tl = s.timeline()
    days = rank._days(tl, rank.Corpus.of(tl), None, None, frozenset())
    assert days[dt.date(2020, 3, 3)].score == days[dt.date(2020, 3, 10)].score
    assert days[dt.date(2020, 3, 10)].mentions == 2 and days[dt.date(2020, 3, 3)].mentions == 1
    assert _dates(rank.summarize(tl, dates=1)) == ["2020-03-10"]


def test_of_days_tied_on_score_and_expressions_the_one_closer_to_the_story_is_chosen():
    """Days each reported by one article's lead, dated by the article alone: a tribute concert (earlier), a ruling
    in the story the keywords name (later), and a weather note. Both of the first two are on the story (each shares
    a keyword, each at least as close as the median), so their scores tie; closeness to the story breaks it."""
    s = Story()
    s.doc("a", "2020-03-03")
    s.report("a", "2020-03-03", "A singer said the doctor would attend the tribute concert in the park.")
    s.doc("b", "2020-03-10")
    s.report("b", "2020-03-10", "The judge ordered the doctor to stand trial for manslaughter over the death.")
    s.doc("c", "2020-03-12")
    s.report("c", "2020-03-12", "Heavy rain fell across the city as the trial resumed in a cold courtroom.")
    tl = s.timeline()
    events = tuple(
        replace(e, sources=tuple(replace(x, mention=None, dated_by="anchor") for x in e.sources)) for e in tl.events
    )
    tl = replace(tl, mentions=(), events=events)
    summary = rank.summarize(tl, dates=3, keywords=["doctor", "trial", "death"])
    scores = {d.date: d.score for d in summary}
    assert scores["2020-03-03"] == scores["2020-03-10"] > scores["2020-03-12"]
    assert _dates(rank.summarize(tl, dates=1, keywords=["doctor", "trial", "death"])) == ["2020-03-10"]


def test_a_day_whose_reports_agree_outranks_a_busier_day_whose_reports_do_not(monkeypatch):
    """Four articles name a busy Monday, each for a different happening of the flood; three articles tell the
    same story of Thursday's dam breach. Counted alone the Monday wins; weighted by how much its reports agree,
    the Thursday does."""
    s = Story()
    monday = [
        "The flood in the valley closed the village school on Monday, parents said.",
        "Rescue crews pulled a fisherman from the valley flood on Monday near the old mill.",
        "The valley mayor asked for flood relief money from the government on Monday.",
        "Train services across the valley stopped on Monday because of the flood.",
    ]
    for n, quote in enumerate(monday):
        s.doc(f"m{n}", "2020-05-04")
        s.report(f"m{n}", "2020-05-04", quote, when="on Monday")
    for n in range(3):
        s.doc(f"t{n}", "2020-05-07")
        s.report(
            f"t{n}",
            "2020-05-07",
            f"The dam burst on Thursday and the flood swept through the valley towns, {n}.",
            when="on Thursday",
        )
    tl = s.timeline()
    keywords = ["flood", "valley"]
    agreement = rank._agreement(
        rank._days(tl, rank.Corpus.of(tl), None, None, frozenset()),
        rank._Vectors((e.sources[0].quote for e in tl.events), rank._stopwords()),
    )
    assert agreement[dt.date(2020, 5, 7)] == 1.0 > agreement[dt.date(2020, 5, 4)]
    assert _dates(rank.summarize(tl, dates=1, keywords=keywords)) == ["2020-05-07"]
    monkeypatch.setattr(rank, "AGREEMENT_POWER", 0.0)
    assert _dates(rank.summarize(tl, dates=1, keywords=keywords)) == ["2020-05-04"]


def test_a_document_naming_a_day_counts_for_it_even_beside_a_clause_dated_by_its_writing_day():
    """A mention-only document counts MENTION_ONLY_WEIGHT for the day it names; an anchor-dated clause of its
    own deep in the article, which weighs less (ANCHOR_WEIGHT), does not lower that."""
    s = Story()
    s.doc("a", "2020-03-06")
    s.report("a", "2020-03-06", "The bridge collapsed into the river, the council said on the day.", when="on Friday")
    s.doc("p", "2020-03-06")
    s.report("p", "2020-03-06", "The council has closed the ferry service across the river.", at=2000)
    s.mentions.append(Mention(3000, 3006, "Friday", "DATE", "2020-03-06", "published", "p", 0))
    events = [
        e if e.sources[0].doc != "p" else replace(e, sources=tuple(replace(x, dated_by="anchor") for x in e.sources))
        for e in s.events
    ]
    tl = replace(s.timeline(), events=tuple(events))
    days = rank._days(tl, rank.Corpus.of(tl), None, None, frozenset())
    assert days[dt.date(2020, 3, 6)].documents["p"] == max(rank.MENTION_ONLY_WEIGHT, rank.ANCHOR_WEIGHT)
