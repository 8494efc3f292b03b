"""A seventh set of layouts (texts written here): a news page whose stories each carry their address, dated in its
path ("Permalink: news.example/2031/03/11/..." or a compact "/20310311-storm-season.html"), without a scheme and
longer than a line of prose; an agency's notices, each a header (an id, a title, its release date and fields)
over a label that every notice repeats ("Summary") and its text; a picture desk's items, their caption dated as
agencies date one ("HARBOURTON, NORTHLAND - MARCH 11, 2031: ..."); a search engine's results saved as text, each
a site, an address with its path as breadcrumbs, a title and a snippet that opens with the date ("Mar 11, 2031 —
..." or "3 days ago — ..." under the page's saved date); fact checks closed by their numbered sources; a bilingual site's
labels and update stamps.
Each case: a page, the first words of each segment it must open and the date each states (None: none; its
confidence then stays under the 0.9 band)."""

from __future__ import annotations

import pytest

from tests.test_segment_unseen import A, B, C, D, _got, check_layout

CASES = [
    (
        # each story's title, a byline under a label of the site's own, and its address with the day in its path
        "address-under-title",
        "The Coast Courier\nMenu   Search   Subscribe\n\n"
        "Storm Season Arrives Early on the Northern Coast This Year\nWords: Ines Varga\n"
        "Permalink: coastcourier.example/news/20310311-storm-season-arrives-early-on-the-northern-coast.html\n\n"
        f"{A}\n\n{B}\n\nShare\nSave\nComment\n\n"
        "Sunday Ferries Return to the Island Timetable After Repairs\nWords: Tom Brill\n"
        "Source: coastcourier.example/news/20310314-sunday-ferries-return-to-the-island-timetable.html\n\n"
        f"{C}\n\n{D}\n\n"
        "School Roof Repairs to Begin in June, the Council Says\n"
        "Permalink: coastcourier.example/news/2031/03/16/school-roof-repairs-to-begin-in-june-council.html\n\n"
        "The council will meet the roofers on Monday to agree the order of the work, which is to start with the two "
        "classrooms on the north side and the hall.\n",
        [
            ("Storm Season Arrives", "2031-03-11"),
            ("Sunday Ferries Return", "2031-03-14"),
            ("School Roof Repairs", "2031-03-16"),
        ],
    ),
    (
        # notices: the label over each text repeats like a forum's user line, but stands under the notice's header
        # (the revision history under a notice's text is its own, not the next one's)
        "notices-under-a-label",
        "Coast Weather Office\nNotices · Alerts · Subscribe\n\n"
        "Notice CWO-2031-0311\nGale warning for the northern coast\n"
        "Initial release: March 11, 2031 | Last revised: March 12, 2031 | Version 1.1\nSeverity: Moderate\n\n"
        f"Summary\n{A}\n\n{B}\n\nRevision history\n1.0  2031-03-11  Initial release\n"
        "1.1  2031-03-12  Updated affected areas\n\n"
        "Notice CWO-2031-0314\nFerry timetable changes for the spring\n"
        "Initial release: March 14, 2031 | Last revised: March 20, 2031 | Version 1.1\nSeverity: Minor\n\n"
        f"Summary\n{C}\n\n"
        "Notice CWO-2031-0316\nSchool roof works close the north road\n"
        "Initial release: March 16, 2031 | Last revised: March 16, 2031 | Version 1.0\nSeverity: Minor\n\n"
        f"Summary\n{D}\n",
        [
            ("Notice CWO-2031-0311 Gale", "2031-03-11"),
            ("Notice CWO-2031-0314 Ferry", "2031-03-14"),
            ("Notice CWO-2031-0316 School", "2031-03-16"),
        ],
    ),
    (
        # fact checks, each closed by its numbered sources (other stories' dates): the heading that every check
        # repeats over its sources is no forum's user line
        "checks-with-numbered-sources",
        "Check Desk\nHome · Checks · Method\n\n"
        "FACT CHECK\nStorm season arrives early on the coast\nBy Ines Varga\nPublished 11/03/2031 15:42\n\n"
        f"{A}\n\n{B}\n\nSources\n1. Valley Post, \u201cFerries return after a winter of repairs to the old pier on the north side\u201d, 2 February 2031\n"
        "2. Coast Courier, \u201cGale warning after a winter of repairs to the old pier on the north side\u201d, 9 January 2030\n\nShare: Facebook · Email\n\n"
        "FACT CHECK\nFerry timetable changes for the spring\nBy Tom Brill\nPublished 14/03/2031 12:47\n\n"
        f"{C}\n\nSources\n1. Valley Post, \u201cRoof works after a winter of repairs to the old pier on the north side\u201d, 7 August 2030\n"
        "2. Coast Courier, \u201cSchool term after a winter of repairs to the old pier on the north side\u201d, 1 June 2029\n\nShare: Facebook · Email\n\n"
        "FACT CHECK\nSchool roof works close the north road\nBy Ines Varga\nPublished 16/03/2031 09:12\n\n"
        f"{D}\n\nSources\n1. Valley Post, \u201cHarbour fees after a winter of repairs to the old pier on the north side\u201d, 3 March 2028\n"
        "2. Coast Courier, \u201cNew vessel after a winter of repairs to the old pier on the north side\u201d, 4 April 2027\n\nShare: Facebook · Email\n",
        [
            ("FACT CHECK Storm", "2031-03-11"),
            ("FACT CHECK Ferry", "2031-03-14"),
            ("FACT CHECK School", "2031-03-16"),
        ],
    ),
    (
        # a bilingual site: labels in both languages, and an update stamp with its time under a text, which is the
        # text's edit, not a forum post's header
        "bilingual-labels-and-updates",
        "Cymraeg | English\nNewyddion y Glannau | Coast News\n\n"
        "Newyddion / News\nStorm season arrives early on the coast\n"
        "Dydd Mawrth, 11 Mawrth 2031 / Tuesday 11 March 2031\nGan / By Ines Varga\n\n"
        f"{A}\n\n{B}\n\nDiweddarwyd / Updated: 12/03/2031 09:35\n\nRhannu / Share\n\n"
        "Newyddion / News\nFerry timetable changes for the spring\n"
        "Dydd Gwener, 14 Mawrth 2031 / Friday 14 March 2031\nGan / By Tom Brill\n\n"
        f"{C}\n\nDiweddarwyd / Updated: 15/03/2031 18:00\n\nRhannu / Share\n\n"
        "Newyddion / News\nSchool roof works close the north road\n"
        "Dydd Sul, 16 Mawrth 2031 / Sunday 16 March 2031\nGan / By Ines Varga\n\n"
        f"{D}\n\nDiweddarwyd / Updated: 17/03/2031 08:10\n",
        [
            ("Newyddion / News", "2031-03-11"),
            ("Newyddion / News", "2031-03-14"),
            ("Newyddion / News", "2031-03-16"),
        ],
    ),
]


def test_a_paragraph_without_spaces_is_prose_not_an_address():
    """Japanese and Chinese paragraphs have no spaces: a long one is a line of prose all the same."""
    from timeline.segment import lines_of

    [line] = lines_of("港の防波堤では" * 20 + "。\n")
    assert line.long
    [address] = lines_of("Permalink: coast.example/news/" + "storm-season-" * 10 + "20310311.html\n")
    assert not address.long


def test_an_archive_upload_alone_dates_an_item_below_the_band():
    """An archive's "Uploaded:" line under a text it filed years later is the only date stated: the text is from
    then or before, as an update's, never a sure date."""
    text = (
        f"Harbour gale closes the port\n\n{A}\n\n{B}\nUploaded: 2039-06-23 · Collection: Coast Pictures News Archive\n"
    )
    [(words, date, confidence)] = _got(text)
    assert date == "2039-06-23" and confidence <= 0.6


def test_other_stories_of_one_day_are_a_list_not_a_header():
    """Two lines each a title with its date ("Title - 14 March 2031"), the same day, are a list of other stories, not
    a header."""
    from timeline.segment import dated_entry, lines_of

    lines = lines_of(
        "Related stories\nFerries return to the island - 14 March 2031\nRoof works close the road - 14 March 2031\n"
    )
    assert dated_entry(lines, 1) and dated_entry(lines, 2)


def test_an_archive_upload_is_not_the_year_of_the_page():
    """Days without their year are read in the year of the page's stamps, but not in that of an archive's uploads
    (years after the texts it files)."""
    from timeline.stamps import page_dates

    text = (
        "Picture desk\n\nUploaded: 2039-06-23 · Collection: Coast Pictures\n\nUploaded: 2039-07-02 · Collection: "
        "Coast Pictures\n\nPosted: 11 March 2031\n"
    )
    assert page_dates(text).year == 2031


def test_search_results_open_and_date_their_articles():
    """Each result (its site, address, title and dated snippet) opens a segment dated by its snippet's date; the
    address line is no line of a hard-wrapped paragraph."""
    text = (
        "Seekmore\nsaved date: Fri Mar 20 2031 10:15:00 GMT+0000\nstorm season\nAll   News   Images   Videos\n"
        "About 1,200,000 results (0.41 seconds)\n\n"
        "Coast Courier\nhttps://coastcourier.example › news › storm-season-arrives-early\n"
        f"Storm season arrives early - Coast Courier\nMar 11, 2031 — {A}\n\n"
        "Ferry timetable changes for the spring | Valley Post\n"
        f"https://valleypost.example › local › ferry-timetable-changes\nMar 14, 2031 — {C}\n\n"
        "School roof works close the north road | Valley Post\n"
        f"https://valleypost.example › local › school-roof-works\n3 days ago — {D}\n\n"
        "Related searches\nstorm season coast\nferry timetable\n"
    )
    got = _got(text)
    assert [(w, d) for w, d, _ in got] == [
        ("Coast Courier https://coastcourier.example", "2031-03-11"),
        ("Ferry timetable changes", "2031-03-14"),
        ("School roof works", "2031-03-17"),
    ]


@pytest.mark.parametrize(
    "line, expected",
    [
        ("HARBOURTON, NORTHLAND - MARCH 11, 2031: Boats wait out the gale. (Photo by Ines Varga)", "2031-03-11"),
        ("OTTAWA, Oct. 27, 2031 (Wire) — The talks resumed on Monday after a week of quarrels.", "2031-10-27"),
    ],
)
def test_caption_datelines_are_read(line, expected):
    from timeline.stamps import parse_stamp, stamp_of

    st = stamp_of(line)
    assert st is not None and st.rule == "dateline" and parse_stamp(st)[0].isoformat() == expected


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_unseen_layouts_seven(name, text, expected):
    check_layout(text, expected)
