"""A fifth set of layouts (texts written here): an aggregator whose teasers end in a link to the full story, a
blog that states each post's date only in its address and files it under a footer of categories and comments, a
forum whose posts are dated by their age against the page's bracketed capture line and reply by quoting, and an
e-paper whose edition bar dates the page's articles, each titled over its author's name alone. Each case: a page,
the first words of each segment it must open and the date each states (None: none; its confidence then stays
under the 0.9 band)."""

from __future__ import annotations

import pytest

from tests.test_segment_unseen import A, B, C, D, _got, check_layout

CASES = [
    (
        # an aggregator: the teaser's last line links to the full story; it closes the teaser, it heads nothing
        "aggregator-read-on-links",
        "Harbour Digest — the coast's news in one place\n\n"
        "Storm season arrives early\nvia The Coast Courier\nmartes, 11 de marzo de 2031 - 08:14 h\n\n"
        f"{A}\n\n"
        "Read the full story at coastcourier.example »\n\n"
        "School roof repairs to begin in June\nSource: Valley Post\nmiércoles, 12 de marzo de 2031 - 17:40 h\n\n"
        f"{D}\n\n"
        "Continue reading at valleypost.example →\n\n"
        "Night buses to run until midnight\nvia The Coast Courier\njueves, 13 de marzo de 2031 - 09:02 h\n\n"
        f"{C}\n\n"
        "Read the full story at coastcourier.example »\n",
        [
            ("Storm season arrives", "2031-03-11"),
            ("School roof repairs", "2031-03-12"),
            ("Night buses to", "2031-03-13"),
        ],
    ),
    (
        # a blog whose posts are dated by their address only, each closed by where it is filed and its comments
        "blog-dated-by-address",
        "Lamp Room Notes\nA keeper's diary\nHome  About  Archive\n\n"
        "Storm season arrives early\nPermalink: https://lamproom.example/2031/03/11/storm-season-arrives-early/\n\n"
        f"{A}\n\n{B}\n\n"
        "Posted in Weather | Tagged storms | 4 Comments\n\n"
        "School roof repairs to begin in June\nhttps://lamproom.example/2031/03/14/school-roof-repairs/\n\n"
        f"{D}\n\n"
        "Posted in Village | Leave a comment\n\n"
        "Night buses to run until midnight\nURL: https://lamproom.example/2031/03/20/night-buses/\n\n"
        f"{C}\n\n"
        "Filed under Transport | 2 Comments\n",
        [
            ("Storm season arrives", "2031-03-11"),
            ("School roof repairs", "2031-03-14"),
            ("Night buses to", "2031-03-20"),
        ],
    ),
    (
        # a forum saved with a bracketed capture line: each post's header is a user, a rank and an age; a reply opens
        # by quoting the post above it under the quoted user's name
        "forum-ages-and-quoting-replies",
        "[Page snapshot taken 20 Mar 2031 19:16:28 GMT]\nCoast Boards\nBoard index ‹ Weather\n\n"
        "lampkeeper  Ines Varga\nRegular\nMar 11, 2031, 2:04pm\n\n"
        f"{A}\n\n"
        "Report Post  |  Quote\n\n"
        "harbour_cat  Tom Brill\nVeteran\n4 days ago\n\n"
        f"lampkeeper:\n{A[:120]}...\n\n"
        f"{B}\n\n"
        "Top\n\n"
        "gull7  Ada Kern\nMember\n2 days ago\n\n"
        f"harbour_cat:\n{B[:120]}...\n\n"
        f"{C}\n\n"
        "Similar threads\nFerry fares to rise again — 6 Jan 2031\nNew lamp for the pier — 02/02/2031\n"
        "All times are UTC. The time now is 07:16 PM.\n",
        [
            ("lampkeeper Ines Varga", "2031-03-11"),
            ("harbour_cat Tom Brill", "2031-03-16"),
            ("gull7 Ada Kern", "2031-03-18"),
        ],
    ),
    (
        # an e-paper: the edition bar over each page dates its articles; each title stands over its author's name
        # alone, without "By"
        "epaper-edition-bar-and-author-names",
        "e-Paper | The Coast Courier | Edition 11.03.2031 | Page 4 of 12\n[Zoom]  [Print]  [Next page]\n\n"
        "Storm season arrives early on the coast\nInes Varga\n\n"
        f"{A}\n\n{B}\n\n"
        "School roof repairs to begin in June, board says\nTom Brill\n\n"
        f"{D}\n",
        [
            ("Storm season arrives", "2031-03-11"),
            ("School roof repairs", "2031-03-11"),
        ],
    ),
]



def _indented_column(*paragraphs: str, width: int = 40) -> str:
    """Paragraphs set in a print column with no blank line between them, each first line indented."""
    out = []
    for paragraph in paragraphs:
        lines, line = [], ""
        for word in paragraph.split():
            if line and len(line) + 1 + len(word) > width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        lines.append(line)
        out.extend(["  " + lines[0], *lines[1:]])
    return "\n".join(out)


CASES += [
    (
        # a print page: the running head dates the page; titles in capitals over two lines, a byline or a
        # standfirst under them, paragraphs set apart by indents, not blank lines
        "print-capitals-titles-indented-columns",
        "4  THE COAST WEEKLY  TUESDAY, MARCH 11, 2031\n\n"
        "STORM SEASON ARRIVES EARLY ON THE\nCOAST\nBy INES VARGA\nSpecial to the Weekly\n\n"
        f"{_indented_column(A, B)}\n\n"
        "SCHOOL ROOF REPAIRS TO BEGIN IN\nJUNE, BOARD SAYS\nBy TOM BRILL\n\n"
        f"{_indented_column(D, C)}\n\n"
        "────────────────────\n\n"
        "NIGHT BUSES TO RUN UNTIL\nMIDNIGHT\nThe council expects the drivers to\nagree before the summer.\n\n"
        f"{_indented_column(C, B)}\n",
        [
            ("4 THE COAST", "2031-03-11"),
            ("SCHOOL ROOF REPAIRS", "2031-03-11"),
            ("NIGHT BUSES TO", "2031-03-11"),
        ],
    ),
    (
        # an aggregator whose sources write their dates both ways: a slashed date months away from every date the
        # page writes in words, read the other way, is among them; "via" credits the outlet under each title
        "aggregator-credits-and-numeric-order",
        "Briefly — your headlines, gathered\n\n"
        "1. Storm season arrives early\n   The Coast Courier — Nov 1, 2031\n"
        "2. School roof repairs to begin in June\n   Valley Post — Nov 3, 2031\n\n"
        "Storm season arrives early\nvia The Coast Courier\n01/11/2031\n\n"
        f"{A}\n\n"
        "Read the full story at coastcourier.example »\n\n"
        "School roof repairs to begin in June\nvia Valley Post\n\n"
        f"{D}\n\n"
        "Read the full story at valleypost.example »\n",
        [
            ("Storm season arrives", "2031-11-01"),
            ("School roof repairs", None),
        ],
    ),
]


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_unseen_layouts_five(name, text, expected):
    check_layout(text, expected)


def test_a_title_case_title_over_a_name_is_no_kicker():
    """A title whose second line is a name shape stays one header, not a kicker over a 'title' that is a name."""
    text = "Storm Season Arrives\nEarly This Year\n\n" + A + "\n"
    assert [words for words, _, _ in _got(text)] == ["Storm Season Arrives"]
