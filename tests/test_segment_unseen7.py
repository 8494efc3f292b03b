"""A seventh set of layouts (texts written here): a news page whose stories each carry their address, dated in its
path ("Permalink: news.example/2031/03/11/..." or a compact "/20310311-storm-season.html"), without a scheme and
longer than a line of prose; an agency's notices, each a header (an id, a title, its release date and fields)
over a label that every notice repeats ("Summary") and its text; a picture desk's items, their caption dated as
agencies date one ("HARBOURTON, NORTHLAND - MARCH 11, 2031: ...").
Each case: a page, the first words of each segment it must open and the date each states (None: none; its
confidence then stays under the 0.9 band)."""

from __future__ import annotations

import pytest

from tests.test_segment_unseen import A, B, C, D, check_layout

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
