"""A seventh set of layouts (texts written here): a news page whose stories each carry their address, dated in its
path ("Permalink: news.example/2031/03/11/..." or a compact "/20310311-storm-season.html"), without a scheme and
longer than a line of prose.
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
]


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_unseen_layouts_seven(name, text, expected):
    check_layout(text, expected)
