"""A sixth set of layouts (texts written here): records of a news database (field codes without colons, or
"KEY:" fields) whose labels repeat in every record like a forum's post headers, broadcast transcripts opened by
a date line in capitals over their fields, a note app's clips (a heading over properties that state the day the
clip was made beside the article's own date, or no date at all), a legislature's record opened by a header block with its date over
the speech's title, a wire story whose slug, title and byline sit right over its indented, hard-wrapped text, a link board's
stories under their posters, a video page's episodes dated after their count of views, and a story cluster under the header a browser
prints.
Each case: a page, the first words of each segment it must open and the date each states (None: none; its
confidence then stays under the 0.9 band)."""

from __future__ import annotations

import pytest

from tests.test_segment_unseen import A, B, C, D, _got, check_layout
from tests.test_segment_unseen4 import _column


def _wrapped(paragraph: str, indent: str = "") -> str:
    """A paragraph hard-wrapped at 66 characters, its first line indented by ``indent``."""
    return indent + _column(paragraph, 66)


CASES = [
    (
        # a news database's export: each record's fields as two-letter codes without a colon, its text under the
        # lead-paragraph and text labels ("LP", "TD") that every record repeats
        "database-field-codes",
        "Search results: 2 documents\n\n"
        "HD Storm season arrives early\nBY Ines Varga\nWC 412 words\nPD 11 March 2031\nSN The Coast Courier\n"
        "LA English\n\nLP\n"
        f"{A}\n\nTD\n{B}\n\nAN Document CC00031\n\n\n"
        "HD School roof repairs to begin in June\nBY Tom Brill\nWC 388 words\nPD 14 March 2031\nSN Valley Post\n"
        "LA English\n\nLP\n"
        f"{D}\n\nTD\n{C}\n\nAN Document VP00114\n",
        [
            ("HD Storm season", "2031-03-11"),
            ("HD School roof", "2031-03-14"),
        ],
    ),
    (
        # a database's full-text records: "N of M DOCUMENTS", the source, "KEY:" fields, "BODY:" over the text
        "database-key-fields",
        "                 1 of 2 DOCUMENTS\n\n             The Coast Courier\n\n"
        "SECTION: NEWS; Pg. 4\nLENGTH: 412 words\nHEADLINE: Storm season arrives early\nBYLINE: Ines Varga\n\n"
        f"BODY:\n\n{A}\n\n{B}\n\nLANGUAGE: ENGLISH\n\n\n"
        "                 2 of 2 DOCUMENTS\n\n             Valley Post\n\n"
        "SECTION: LOCAL; Pg. 2\nLENGTH: 388 words\nHEADLINE: School roof repairs to begin in June\n"
        f"BYLINE: Tom Brill\n\nBODY:\n\n{D}\n\n{C}\n\nLANGUAGE: ENGLISH\n",
        [
            ("The Coast Courier", None),
            ("Valley Post SECTION:", None),
        ],
    ),
    (
        # broadcast transcripts: a date line in capitals over the programme's fields, the speaker over the text
        "transcripts-dated-by-capitals",
        "TUESDAY, MARCH 11, 2031\nSHOW: COAST TONIGHT 6:00 PM\nHEADLINE: Storm season arrives early\n"
        f"BYLINE: Ines Varga\nGUESTS: Tom Brill\n\nBODY:\nVARGA:\n{A}\n\n{B}\n\n"
        "FRIDAY, MARCH 14, 2031\nSHOW: MORNING DESK 7:00 AM\nHEADLINE: School roof repairs to begin in June\n"
        f"BYLINE: Tom Brill\nGUESTS: Ada Kern\n\nBODY:\nBRILL:\n{D}\n\n{C}\n",
        [
            ("TUESDAY, MARCH 11,", "2031-03-11"),
            ("FRIDAY, MARCH 14,", "2031-03-14"),
        ],
    ),
    (
        # a note app's clips: the heading, then properties; "Created" is the day of the clip, "Published" the
        # article's
        "note-clips-created-and-published",
        "# Storm season arrives early\n\nCreated: April 2, 2033 5:44 PM\nPublished: March 11, 2031\n"
        f"Tags: coast\nURL: https://courier.example/storm-season\n\n{A}\n\n{B}\n\n"
        "# School roof repairs to begin in June\n\nCreated: April 3, 2033 9:12 AM\nPublished: March 14, 2031\n"
        f"Tags: village\nURL: https://valleypost.example/school-roof\n\n{D}\n",
        [
            ("# Storm season", "2031-03-11"),
            ("# School roof", "2031-03-14"),
        ],
    ),
    (
        # undated notes exported one after another, each under its first-level heading
        "markdown-note-headings",
        "# Storm season arrives early\n\nTags: coast\nURL: https://courier.example/storm-season\n\n"
        f"{A}\n\n{B}\n\n"
        "# School roof repairs to begin in June\n\nTags: village\nURL: https://valleypost.example/school-roof\n\n"
        f"{D}\n\n## What parents said\n\n{C}\n",
        [
            ("# Storm season", None),
            ("# School roof", None),
        ],
    ),
    (
        # a link board: each story's title over its poster (a user name in small letters) and the submitter's
        # "name writes:" over the text; no dates
        "link-board-stories",
        "Stories\nSlash Boxes\nComments\n\n"
        "Storm season arrives early\nPosted by lowtide\nfrom the batten-down-the-hatches dept.\n\n"
        f"gull7 writes:\n{A}\n\nRead more of this story at courier.example · 61 comments\n\n"
        "School roof repairs to begin in June\nPosted by harbour_cat\nfrom the mind-the-buckets dept.\n\n"
        f"ines_v writes:\n{D}\n\n{C}\n\nRead more of this story at valleypost.example · 18 comments\n",
        [
            ("Storm season arrives", None),
            ("School roof repairs", None),
        ],
    ),
    (
        # a video page's episodes: the title, the views and the date, the channel, the notes, the chapters
        "episodes-views-and-date",
        "Night Desk\n\n"
        "Storm season arrives early\n459,724 views  Mar 11, 2031\nNight Desk · 48.0K subscribers\n\n"
        f"{A}\n\n{B}\n\nChapters\n0:00 Intro\n1:40 The story\nShow less\n\n"
        "School roof repairs to begin in June\n12,031 views  Mar 14, 2031\nNight Desk · 48.0K subscribers\n\n"
        f"{D}\n\nChapters\n0:00 Intro\n2:10 The parents\nShow less\n",
        [
            ("Storm season arrives", "2031-03-11"),
            ("School roof repairs", "2031-03-14"),
        ],
    ),
    (
        # a chamber's printed record: each column headed by the sitting's date and its number; the next column
        # of the same sitting goes on with its text, a new sitting's opens the next record
        "record-columns",
        "11 Mar 2031 : Column 297\n\nStorm season arrives early\n\nMs. VARGA:\n"
        f"{A}\n\n11 Mar 2031 : Column 298\n\n{B}\n\n"
        "14 Mar 2031 : Column 12\n\nSchool roof repairs to begin in June\n\nMr. BRILL:\n"
        f"{D}\n\n14 Mar 2031 : Column 13\n\n{C}\n",
        [
            ("11 Mar 2031", "2031-03-11"),
            ("14 Mar 2031", "2031-03-14"),
        ],
    ),
    (
        # a story cluster printed from a browser: the header it prints ("3/16/31, 10:46 PM    Top stories") is
        # when the page was printed; the items' days without their year are read against it, not against the
        # year of an older item's full date
        "printed-cluster-days-without-year",
        "3/16/31, 10:46 PM    Top stories\n\nTop stories\n\n"
        f"Storm season arrives early\nThe Coast Courier · Mar 11\n{A}\nContinue reading at courier.example\n\n"
        f"School roof repairs to begin in June\nValley Post · Mar 14\n{D}\nContinue reading at valleypost.example\n\n"
        f"Ferry fares to rise again\nThe Coast Courier · Oct 27, 2029\n{C}\nContinue reading at courier.example\n\n"
        f"Night buses to run until midnight\nValley Post · Oct 28, 2029\n{B}\n",
        [
            ("Storm season arrives", "2031-03-11"),
            ("School roof repairs", "2031-03-14"),
            ("Ferry fares to", "2029-10-27"),
            ("Night buses to", "2029-10-28"),
        ],
    ),
    (
        # a clip whose byline states the article's date under the clip's own
        "note-clip-created-over-byline",
        "Storm season arrives early\nSource: https://courier.example/storm-season\nCreated: 04/02/2033 17:44\n"
        "By INES VARGA | March 11, 2031\n\n"
        f"{A}\n\n{B}\n\n"
        "School roof repairs to begin in June\nSource: https://valleypost.example/school-roof\n"
        "Created: 04/03/2033 09:12\nBy TOM BRILL | March 14, 2031\n\n"
        f"{D}\n",
        [
            ("Storm season arrives", "2031-03-11"),
            ("School roof repairs", "2031-03-14"),
        ],
    ),
    (
        # a legislature's record: a header block opened by the record's date line, the speech's title alone, the
        # speaker, the hard-wrapped text; the first record opens the file
        "record-header-over-title",
        "Coast Assembly Record Volume 12, Number 4 (Tuesday, March 11, 2031)\n[Lower House]\n[Pages 180-181]\n"
        "From the Assembly Record Online\n\n"
        "            STORM SEASON ARRIVES EARLY\n\n  Ms. VARGA.\n"
        f"{_wrapped(A, '  ')}\n{_wrapped(B, '  ')}\n\n"
        "Coast Assembly Record Volume 12, Number 6 (Friday, March 14, 2031)\n[Upper House]\n[Pages 214-215]\n"
        "From the Assembly Record Online\n\n"
        "            SCHOOL ROOF REPAIRS TO BEGIN IN JUNE\n\n  Mr. BRILL.\n"
        f"{_wrapped(D, '  ')}\n{_wrapped(C, '  ')}\n",
        [
            ("Coast Assembly Record", "2031-03-11"),
            ("Coast Assembly Record", "2031-03-14"),
        ],
    ),
]


def test_wire_story_text_under_its_slug_is_no_stamp():
    """A wire story's slug, title and byline sit right over its indented, hard-wrapped text; a wrapped line of the
    text that holds a date ("year ending June 30, 2032, to fall ...") neither dates the story nor heads one."""
    text = (
        "^BC-Coast-Ferries-Expect-Loss,0338<\n^Coast Ferries expects a loss^<\n@By INES VARGA=\n"
        "@Coast News Service Writer=\n"
        "   HARBOURTON (CNS) - Coast Ferries Ltd. said it expects a net loss in\n"
        "year ending June 30, 2032, to fall below a recent analyst's estimate\n"
        "of 40 cents a share, as fuel costs rose through the winter months.\n"
        "   The company said it would keep its winter timetable until the\n"
        "spring, when the new vessel is due to arrive from the yard.\n"
    )
    got = _got(text)
    assert len(got) == 1
    assert got[0][1] is None and got[0][2] < 0.9


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_unseen_layouts_six(name, text, expected):
    check_layout(text, expected)
