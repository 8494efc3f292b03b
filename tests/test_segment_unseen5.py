"""A fifth set of layouts (texts written here): an aggregator whose teasers end in a link to the full story, a
blog that states each post's date only in its address and files it under a footer of categories and comments, a
forum whose posts are dated by their age against the page's bracketed capture line and reply by quoting, and an
e-paper whose edition bar dates the page's articles, each titled over its author's name alone. Each case: a page,
the first words of each segment it must open and the date each states (None: none; its confidence then stays
under the 0.9 band)."""

from __future__ import annotations

import textwrap

import pytest

from tests.test_segment_unseen import A, B, C, D, _got, check_layout
from tests.test_segment_unseen4 import _column

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
    return "\n".join("  " + _column(paragraph, width) for paragraph in paragraphs)


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

CASES += [
    (
        # a wiki talk page: "== heading ==" sections, each comment closed by its signature with time and date (in
        # the wiki's language), indented replies read with the comment they answer
        "wiki-talk-signatures",
        "Talk:Harbour\nFrom Coastpedia, the free encyclopedia\nArticle · Talk · Edit · View history\n\n"
        "== Storm season ==\n\n"
        f"{A} —Ines Varga (talk) 14:22, 11 March 2031 (UTC)\n\n"
        ":Done, see the edit summary. Tom Brill (talk) 09:10, 12 March 2031 (UTC)\n"
        "::Thanks. Ada Kern (talk) 10:02, 12 March 2031 (UTC)\n\n"
        f"{B}\n\n{C} Tom Brill (discuter) 13 mars 2031 à 08:15 (CET)\n\n"
        "== School roof ==\n\n"
        f"{D} -- Ada Kern (Diskussion) 17:40, 16. März 2031 (CET)\n",
        [
            ("== Storm season", "2031-03-11"),
            ("Thirty children from", "2031-03-13"),
            ("== School roof", "2031-03-16"),
        ],
    ),
    (
        # the same without time stamps: the sections and the signatures still part the comments, none dated
        "wiki-talk-undated",
        "Talk:Harbour\n\n"
        f"== Storm season ==\n\n{A} —Ines Varga (talk)\n\n{B} —Tom Brill (talk)\n\n"
        f"== School roof ==\n\n{D} —Ada Kern (talk)\n",
        [
            ("== Storm season", None),
            ("Thirty children from", None),
            ("== School roof", None),
        ],
    ),
    (
        # a newsgroup's messages: each header block (mbox "From " line, From, Subject, Date), the subject set again as
        # the title over the text; a reply quotes, then pastes a story under its title
        "usenet-subject-over-text",
        "Newsgroup: coast.harbour\nThread: 2 messages\n\n"
        "From lampkeeper@coast.example Tue Mar 11 08:14:02 2031\nFrom: Ines Varga <lampkeeper@coast.example>\n"
        "Subject: Storm season arrives early\nDate: Tue, 11 Mar 2031 08:14:02 +0000\n\n"
        "Storm season arrives early\n\n"
        + "\n".join(textwrap.wrap(A, 60))
        + f"\n\n{B}\n\n-- \nInes\n\n"
        + "From gull7@coast.example Sun Mar 16 19:40:00 2031\nFrom: Ada Kern <gull7@coast.example>\n"
        "Subject: Re: Storm season arrives early\nDate: Sun, 16 Mar 2031 19:40:00 +0000\n\n"
        "On Tue, 11 Mar 2031 08:14:02 +0000, Ines Varga-Lindqvist wrote:\n"
        + "\n".join("> " + ln for ln in textwrap.wrap(A, 60))
        + "\n\n"
        f"School roof repairs to begin in June\n\n{D}\n\n{C}\n",
        [
            ("From lampkeeper@coast.example Tue", "2031-03-11"),
            ("From gull7@coast.example Sun", "2031-03-16"),
            ("> The first", None),
            ("School roof repairs", None),
        ],
    ),
    (
        # a web archive's copy: its address holds the capture's date and time; one-line replies under the page's
        # articles, with ages, are its comments (sorted "Most relevant"), not a forum thread
        "archive-copy-with-comments",
        "https://archive.example/web/20310320110830/https://coastcourier.example/\n\nThe Coast Courier\n"
        "Home | Local | Weather | Contact\n\n"
        f"Storm season arrives early\nSabtu, 15 Maret 2031 13:07 WIB\n\n{A}\n\n{B}\n\n"
        f"School roof repairs to begin in June\nFriday at 11:27\n\n{D}\n\n"
        "Most relevant ▾\n\nlate_ferry · March 19, 2031 at 6:46 pm\nNot surprised in the least.\nReply\n\n"
        "late_ferry · 4 days ago\nWho is paying for all this?\nReply\n\nnonsuch · 3 days ago\nWell put.\nReply\n",
        [
            ("Storm season arrives", "2031-03-15"),
            ("School roof repairs", "2031-03-14"),
            ("Most relevant ▾", "2031-03-19"),
        ],
    ),
]

CASES += [
    (
        # a feed reader's text: each item's source, author and date set apart by slashes under its title
        "feed-reader-slashed-fields",
        "Coast news — 3 unread\nMark all as read\n\n"
        f"Storm season arrives early\nThe Coast Courier / by Ines Varga / Tue, Mar 11, 2031 10:38 AM\n\n{A}\n"
        "Visit website: https://coastcourier.example/storm-season\n\n"
        f"School roof repairs to begin in June\nValley Post / by Tom Brill / Fri, Mar 14, 2031 5:55 PM\n\n{D}\n"
        "Visit website: https://valleypost.example/school-roof\n",
        [
            ("Storm season arrives", "2031-03-11"),
            ("School roof repairs", "2031-03-14"),
        ],
    ),
    (
        # a question-and-answer page: each answer's date in a footer set right under its text, no blank line between;
        # the next answer opens with its score
        "qa-footers-under-the-text",
        "Retrieved 20 March 2031\n\nCoast Exchange\nQuestions  Tags  Users\n\n"
        f"Storm season arrives early\n\n{A}\n"
        "Share  Improve this question  Follow\nasked Mar 11 '31 at 08:51\nlampkeeper\n42●6●27\n\n"
        "2 Answers\nSorted by: Highest score (default)\n\n"
        f"119\n\n{B}\n"
        "Share  Improve this answer  Follow\nedited Mar 18 '31 at 11:51\nanswered Mar 13 '31 at 14:15\ngull7\n45●6●7\n\n"
        f"15\n\n{D}\n"
        "Share  Improve this answer  Follow\nanswered 3 days ago\nharbour_cat\n74●1●2\n",
        [
            ("Storm season arrives", "2031-03-11"),
            ("2 Answers Sorted", "2031-03-13"),
            ("15 Repairs to", "2031-03-17"),
        ],
    ),
]

CASES += [
    (
        # a chat log whose messages state only their time, under the day's divider line: a sender's run of
        # messages that pastes a story is a post dated by the divider above it; short messages after it are replies
        "chat-log-day-dividers",
        "--- Log: #harbour on irc.coast.example\n--- Day changed Tue Mar 11 2031\n[09:34] <gull7> morning all\n"
        f"[09:40] <lampkeeper> Storm season arrives early\n[09:40] <lampkeeper> {A}\n[09:40] <lampkeeper> {B}\n"
        "[10:21] <gull7> can someone summarise\n[11:22] <harbour_cat> thanks\n--- Day changed Fri Mar 14 2031\n"
        f"[08:02] <harbour_cat> School roof repairs to begin in June\n[08:02] <harbour_cat> {D}\n",
        [
            ("[09:40] <lampkeeper> Storm", "2031-03-11"),
            ("[10:21] <gull7> can", None),
            ("[08:02] <harbour_cat> School", "2031-03-14"),
        ],
    ),
    (
        # a file of letters: each closes its heading with the place and the date, the word between them in its
        # language ("dne", "dnia", "le", "den")
        "letters-place-and-date",
        "Correspondence file\n\n"
        f"Storm season arrives early\nV Port Ellery dne 11. března 2031\n\n{A}\n\n{B}\n\n"
        f"School roof repairs to begin in June\nBrenwick, dnia 14 marca 2031 r.\n\n{D}\n\n"
        f"Night buses to run until midnight\nPort Ellery, le 18 mars 2031\n\n{C}\n",
        [
            ("Storm season arrives", "2031-03-11"),
            ("School roof repairs", "2031-03-14"),
            ("Night buses to", "2031-03-18"),
        ],
    ),
]

CASES.append(
    (
        # a bulletin of notices: most titles in capitals under a dated label line ("Parish notes · Monday ..."), one
        # in small letters over a field bar that names its date ("Publication date:"); a dated title is no
        # sub-heading, whatever its letters
        "bulletin-label-lines-and-named-fields",
        "OFFICIAL NOTICES\n\n"
        f"Storm season arrives early\nNotice 12457 · Publication date: 11 March 2031\n\n{A}\n\n"
        f"Parish notes · Friday 14th March 2031\nSCHOOL ROOF REPAIRS TO BEGIN IN JUNE\n\n{D}\n\n"
        f"NIGHT BUSES TO RUN UNTIL MIDNIGHT\nFILED\nMar 18 2031\nCOUNTY CLERK\n\n{C}\n",
        [
            ("Storm season arrives", "2031-03-11"),
            ("Parish notes ·", "2031-03-14"),
            ("NIGHT BUSES TO", "2031-03-18"),
        ],
    )
)

CASES.append(
    (
        # a newsgroup's web view with no dates: each message closed by its "-- " signature; the next block (the
        # sender's name and the subject) opens the next message, the story it pastes under its title included
        "newsgroup-signatures",
        "Groups › coast.harbour\nThread: 3 messages\n\n"
        f"Ines Varga\nStorm season arrives early\n\n{A}\n\n-- \nInes\n\n"
        f"Tom Brill\nRe: Storm season arrives early\n\nSchool roof repairs to begin in June\n\n{D}\n\n-- \nTom\n\n"
        f"Ada Kern\nRe: Storm season arrives early\n\n{C}\n\n-- \nAda\n",
        [
            ("Ines Varga Storm", None),
            ("Tom Brill Re:", None),
            ("Ada Kern Re:", None),
        ],
    )
)

CASES.append(
    (
        # a question-and-answer page saved without dates: the footer under each answer ("Share  Improve this answer
        # Follow", the user, the score), set right under its text, recurs and closes the answer; a one-sentence
        # answer is text too
        "qa-undated-recurring-footers",
        "Coast Exchange\nQuestions  Tags  Users\n\n"
        f"Storm season arrives early\n\n{A}\n"
        "Share  Improve this question  Follow\nlampkeeper\n42●6●27\n\n"
        "3 Answers\nSorted by: Highest score (default)\n\n"
        f"119\n\n{B}\nShare  Improve this answer  Follow\ngull7\n45●6●7\n\n"
        "-1\n\nThe ferry kept running all through the storm, the harbour master said.\n"
        "Share  Improve this answer  Follow\nharbour_cat\n74●1●2\n\n"
        f"15\n\n{D}\nShare  Improve this answer  Follow\nnonsuch\n12●7●1\n",
        [
            ("Storm season arrives", None),
            ("3 Answers Sorted", None),
            ("-1 The ferry", None),
            ("15 Repairs to", None),
        ],
    )
)

CASES.append(
    (
        # a file of clippings: a received stamp under a clipping's text ("NOV - 2 2031"), over the rule that ends
        # it, dates that clipping and heads nothing; the next clipping's source line dates its own
        "clippings-received-stamps",
        "Cuttings (OCR)\n\n"
        f"COAST COURIER\nSTORM SEASON ARRIVES EARLY\n\n{A}\n\nMAR - 11 2031\n\n- - - - - - - -\n\n"
        f"Valley Post, 14.III.2031, p. 4\nSCHOOL ROOF REPAIRS TO BEGIN IN JUNE\n\n{D}\n\n- - - - - - - -\n",
        [
            ("COAST COURIER STORM", "2031-03-11"),
            ("Valley Post, 14.III.2031,", "2031-03-14"),
        ],
    )
)


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_unseen_layouts_five(name, text, expected):
    check_layout(text, expected)


def test_a_title_case_title_over_a_name_is_no_kicker():
    """A title whose second line is a name shape stays one header, not a kicker over a 'title' that is a name."""
    text = "Storm Season Arrives\nEarly This Year\n\n" + A + "\n"
    assert [words for words, _, _ in _got(text)] == ["Storm Season Arrives"]


def test_a_story_pasted_under_a_quote_is_dated_by_the_reply():
    """The title and text after a reply's quote are the reply's own: dated by its header, not by inference."""
    from timeline.anchor import anchor_segments
    from timeline.model import Document
    from timeline.segment import split

    text = dict((c[0], c[1]) for c in CASES)["usenet-subject-over-text"]
    doc = Document("u", "u.txt", text)
    segs = anchor_segments(doc, split(doc), infer_content=False)
    pasted = [s for s in segs if text[s.start : s.end].startswith("School roof")]
    assert [(s.anchor.date.isoformat(), s.anchor.source) for s in pasted] == [("2031-03-16", "inferred")]
    assert "segment 2" in pasted[0].anchor.evidence


def test_a_page_of_thousands_of_short_blocks_splits():
    """Asking whether a title stands further down goes one level deep: a page of thousands of short blocks (a
    list of short titles over one-sentence texts) had exceeded Python's recursion limit."""
    from timeline.model import Document
    from timeline.segment import split

    text = "\n\n".join(
        "Posted by a reader"
        if n % 2
        else "The swell reached four metres at the breakwater today, the harbour master said."
        for n in range(4000)
    )
    segs = split(Document("u", "u.txt", text))
    assert segs[0].start == 0 and segs[-1].end == len(text) and len(segs) > 1000
