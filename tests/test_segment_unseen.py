"""Page layouts the segmentation rules were not written from (texts written here): each case is a small page, the
first words of each segment it must open and the date each must state (None: states none; its confidence then
stays under the 0.9 band)."""

from __future__ import annotations

import pytest

from timeline.anchor import anchor_segments
from timeline.model import Document
from timeline.segment import split

A = (
    "The first gale of the season came through on Saturday night and took two of the old fence posts with it, "
    "and the harbour master said the swell reached four metres at the breakwater."
)
B = (
    "Thirty children from the village school came up the hill on Wednesday to see the lamp room, and they asked "
    "far better questions than most of the adults who visit in the summer."
)
C = (
    "The council said the new timetable would run from the first week of June, although the drivers' union has "
    "not yet agreed to the later evening shifts that it requires."
)
D = (
    "Repairs to the leaking roof of the primary school will begin in June, the education board said, ending "
    "months of complaints from parents about buckets standing in the classrooms."
)


def _got(text: str) -> list[tuple[str, str | None, float]]:
    doc = Document("u", "u.txt", text)
    segs = anchor_segments(doc, split(doc), infer_content=False)
    assert segs[0].start == 0 and segs[-1].end == len(text)
    return [
        (
            " ".join(text[s.start : s.end].split()[:3]),
            s.anchor.date.isoformat() if s.anchor.date and s.anchor.source in ("header", "byline") else None,
            s.anchor.confidence,
        )
        for s in segs
        if s.kind != "navigation"
    ]


CASES = [
    (
        # a blog: the day's date line over the post's title, "Posted by NAME at TIME" and the comment count under it
        "blog-day-line-and-posted-by-footer",
        "The Keeper's Notebook\n\nMonday, April 27, 2009\n\nStorm season arrives early on the coast\n\n"
        f"{A}\n\n{B}\n\nPosted by Martha Quill at 3:42 PM 2 comments\n\n"
        "Thursday, April 23, 2009\n\nA visit from the village school\n\n"
        f"{C}\n\nPosted by Martha Quill at 9:15 AM 0 comments\n",
        [("Monday, April 27,", "2009-04-27"), ("Thursday, April 23,", "2009-04-23")],
    ),
    (
        # a print page: running heads with the day, titles with "By NAME" / "Staff Writer" under them (a title's
        # byline, not a forum's repeated user label); the second running head dates the article under it only
        "print-running-heads-and-staff-bylines",
        "THE VALLEY COURIER          TUESDAY, MARCH 17, 2009          PAGE A4\n\n"
        f"Council approves new bus lanes\n\nBy ANNA BERG\nStaff Writer\n\n{A}\n\n{C}\n\n"
        f"School roof repairs to start in June\n\nBy TOM VALE\nStaff Writer\n\n{D}\n\n"
        "THE VALLEY COURIER          WEDNESDAY, MARCH 18, 2009          PAGE A5\n\n"
        f"Bridge closure extended for two weeks\n\nBy KARL HEINE\nStaff Writer\n\n{B}\n",
        [("THE VALLEY COURIER", "2009-03-17"), ("School roof repairs", None), ("THE VALLEY COURIER", "2009-03-18")],
    ),
    (
        # a byline with the time of day (and "UK time") before the weekday and the date; comments whose stamp
        # lines say "At TIME DATE, NAME wrote:" with no comments heading over them (dated by the first)
        "byline-time-first-and-at-stamp-comments",
        "Harbour economics\n\nWhy the ferry subsidy matters more than it looks\n\n"
        f"Robert Pike | 14:44 UK time, Wednesday, 29 April 2009\n\n{A}\n\n{C}\n\n"
        "At 15:02 29th Apr 2009, islandgirl wrote:\n\nThis is exactly right, my shop costs more every week.\n\n"
        "At 16:40 29th Apr 2009, Tom Bracken wrote:\n\nThe subsidy was never meant to last forever.\n",
        [("Why the ferry", "2009-04-29"), ("At 15:02 29th", "2009-04-29")],
    ),
    (
        # the same comments with their line breaks lost: stamps run into one sentence a line
        "at-stamp-comments-run-into-text",
        "Why the ferry subsidy matters more than it looks\n"
        "Robert Pike | 14:44 UK time, Wednesday, 29 April 2009\n"
        f"{A}\n{C}\n"
        "At 15:02 29th Apr 2009, islandgirl wrote: This is exactly right, my shop costs more every week.\n"
        "At 16:40 29th Apr 2009, Tom Bracken wrote: The subsidy was never meant to last forever.\n",
        [("Why the ferry", "2009-04-29"), ("At 15:02 29th", "2009-04-29")],
    ),
    (
        # the weekday, the time and its zone, then the date; and the time first with a weekday after a comma
        "weekday-time-zone-then-date",
        f"Storm closes the island airport\nWednesday 14:02 BST 29 April 2009\n\n{A}\n\n"
        f"School roof repairs to start in June\nFriday 8:12 AM EDT, May 1, 2009\n\n{D}\n",
        [("Storm closes the", "2009-04-29"), ("School roof repairs", "2009-05-01")],
    ),
    (
        # tokenised text, one sentence a line: the byline run into the lead, comments stamped in their first line
        "tokenised-byline-in-lead-and-comments",
        "Robert Pike | 14:44 UK time , Wednesday , 29 April 2009 For anyone who has followed the ferry subsidy , "
        f"the vote was no surprise .\n{A}\n{C}\n"
        "At 15:02 30th Apr 2009 , islandgirl wrote : This is exactly right , my shop costs more every week .\n"
        "At 16:40 30th Apr 2009 , Tom Bracken wrote : The subsidy was never meant to last forever .\n",
        [("Robert Pike |", "2009-04-29"), ("At 15:02 30th", "2009-04-30")],
    ),
    (
        # a thread whose posts say "N days ago" under a saved page's capture line: each post its own day
        "thread-days-ago",
        "Harbour forum\n\nSaved from the harbour forum on 10 April 2009\n\nFerry fares to rise again\n\n"
        f"harbourwatch 3 days ago\n\n{A}\n\nislandgirl 2 days ago\n\n{B}\n\nTom Bracken 1 day ago\n\n{C}\n",
        [("Ferry fares to", "2009-04-07"), ("islandgirl 2 days", "2009-04-08"), ("Tom Bracken 1", "2009-04-09")],
    ),
    (
        # an article with its byline's date, then its readers' comments under a count, user and "N days ago"
        "article-then-comments-days-ago",
        "Retrieved 10 April 2009\n\nFerry fares to rise again\n\nBy Anna Berg | 6 April 2009\n\n"
        f"{A}\n\n{C}\n\n3 comments\n\nharbourwatch\n3 days ago\n{B}\n\nislandgirl\n2 days ago\n"
        "This is exactly right, my shop costs more every week.\n\nTom Bracken\n1 day ago\n"
        "The subsidy was never meant to last forever.\n",
        [("Ferry fares to", "2009-04-06"), ("3 comments harbourwatch", "2009-04-07")],
    ),
    (
        # a print page: the issue's running head, titles, bylines, and wire datelines without their year ("CITY,
        # March 15 —"): the second article's dateline is read in the page's year, as a guess (under the 0.9 band)
        "print-datelines-without-year",
        "THE VALLEY COURIER          TUESDAY, MARCH 17, 2009          PAGE A4\n\n"
        f"Council approves new bus lanes\n\nBy ANNA BERG\n\nHARBOURTON, March 16 — {A}\n\n{C}\n\n"
        f"School roof repairs to start in June\n\nBy TOM VALE\n\nMILLBRIDGE, March 15 — {D}\n",
        [("THE VALLEY COURIER", "2009-03-17"), ("School roof repairs", "2009-03-15")],
    ),
    (
        # a forum whose posts have a user line and a rank line; one poster and rank appear once only
        "forum-header-shape-of-name-and-rank",
        f"Ferry strike thread\n\nharbourwatch\nRegular\n{A}\n\nislandgirl\nNewbie\n{B}\n\nharbourwatch\nRegular\n{C}\n",
        [("harbourwatch Regular The", None), ("islandgirl Newbie Thirty", None), ("harbourwatch Regular The", None)],
    ),
]


@pytest.mark.parametrize(
    "line, day, confidence",
    [
        # the weekday next to the date read checks it, not the other date's
        ("Updated 10:15 AM, Friday, May 1, 2009 | First published Wednesday, April 29, 2009", "2009-04-29", 0.95),
        ("Published Wednesday, April 29, 2009 | Updated Friday, May 1, 2009", "2009-04-29", 0.95),
        ("Published Friday, April 29, 2009", "2009-04-29", 0.25),  # a weekday that disagrees: a doubt
        # weekdays in other languages, before the date, and the words for "at" before the time
        ("Publié le mercredi 29 avril 2009 à 14h02", "2009-04-29", 0.95),
        ("Publicado: miércoles, 29 de abril de 2009 14:02", "2009-04-29", 0.95),
        ("Пт, 24.04.2009, 14:02", "2009-04-24", 0.95),
        ("Ср, 24.04.2009, 14:02", "2009-04-24", 0.25),
        ("29.04.2009 в 14:02", "2009-04-29", 0.95),
        # the author's paper between the name and the date
        ("Anna Berg, Harbour Gazette, April 29, 2009", "2009-04-29", 0.95),
        # the date in brackets after the author; a periodical's issue line; the Russian word for "year" after it
        ("Anna Berg (29 April 2009)", "2009-04-29", 0.95),
        ("Vol. 12, No. 4 — April 29, 2009", "2009-04-29", 0.95),
        ("29 апреля 2009 года", "2009-04-29", 0.95),
        # an update's time, then "on" and the date: the text is from then or before
        ("Last updated at 14:02 on 29 April 2009", "2009-04-29", 0.6),
    ],
)
def test_weekday_checks_its_own_date(line, day, confidence):
    from timeline.anchor.headers import header_date

    found = header_date(line)
    assert found is not None and (found[0].isoformat(), found[3]) == (day, confidence)


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_unseen_layout(name, text, expected):
    check_layout(text, expected)


def check_layout(text: str, expected: list) -> None:
    """The page opens the segments ``expected`` names, each with its stated date; one stating none stays under
    the 0.9 band."""
    got = _got(text)
    assert [(words, date) for words, date, _ in got] == expected
    assert all(conf < 0.9 for _, date, conf in got if date is None)


def test_dateline_year_guessed_stays_under_the_band():
    text = dict((c[0], c[1]) for c in CASES)["print-datelines-without-year"]
    assert [conf for words, _, conf in _got(text) if words.startswith("School")] == [0.25]


@pytest.mark.parametrize(
    "line, day, rule, confidence",
    [
        # tokenised text writes punctuation apart: the stamp is read with it joined back
        ("Sunday , May 30 , 2010", "2010-05-30", "date-alone", 0.95),
        ("Tuesday , September 16 , 2008 ; 4:30 PM", "2008-09-16", "date-alone", 0.95),
        ("Posted : 29 April 2009", "2009-04-29", "labelled", 0.95),
        # a byline run into the lead, as pages that lost their line breaks write it
        (
            "Robert Pike | 14:44 UK time , Wednesday , 29 April 2009 For anyone who has followed the ferry "
            "subsidy over the past two years , the vote was no surprise .",
            "2009-04-29",
            "name-date",
            0.95,
        ),
        (
            "Page last updated at 05:27 GMT , Tuesday , 27 April 2010 06:27 UK The harbour board met on Monday "
            "night to agree the new berthing fees .",
            "2010-04-27",
            "updated",
            0.6,
        ),
        (
            "Tuesday , September 16 , 2008 ; 4:30 PM Just a day after the council 's vote , the harbour board "
            "said it would review every berthing fee on the island .",
            "2008-09-16",
            "date-alone",
            0.95,
        ),
        # the headline and its standfirst run into the stamp, and the stamp into the lead
        (
            "Ferry fares to rise again Islanders face a third rise in two years as the subsidy ends Friday 1 May "
            "2009 15.49 BST The harbour board said on Friday that fares would rise by a tenth .",
            "2009-05-01",
            "date-alone",
            0.95,
        ),
        (
            "Ferry fares to rise again By Anna Berg Tuesday , May 5 , 2009 ; 11:00 AM The harbour board said .",
            "2009-05-05",
            "date-alone",
            0.95,
        ),
    ],
)
def test_stamp_run_into_text(line, day, rule, confidence):
    from timeline.anchor.headers import header_date

    found = header_date(line)
    assert found is not None and (found[0].isoformat(), found[1], found[3]) == (day, rule, confidence)


@pytest.mark.parametrize(
    "line",
    [
        # a sentence's opening, not a stamp: the date is what the text tells
        "He left the island on 3 April 2009 The police said nothing more about the case that week .",
        "Since Wednesday , 29 April 2009 the ferry has not sailed , and the shops have run short of bread .",
        "By Anna Berg Harbour News , Los Angeles The singer died on 25 June 2009 and the island mourned him .",
        # a weekday, a date and a time inside a sentence
        "The vote is due on Friday 1 May 2009 15.49 BST The harbour board has said nothing more .",
        # a date alone before the text, with neither its weekday nor its time: a list's dated entry
        "3 April 2009 The talks resumed after a week of quarrels over the agenda and the fees .",
    ],
)
def test_no_stamp_run_into_text(line):
    from timeline.anchor.headers import header_date

    assert header_date(line) is None
