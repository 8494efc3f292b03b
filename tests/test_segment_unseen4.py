"""A fourth set of layouts (texts written here): chat exports (a message's stamp and sender, a copied
message's header, replies under a pasted story), a press review whose headers are in other languages and
numerals (Roman months, Arabic-Indic digits, Greek, an hour word), print notices closed by "Dated this ...", an
edition line in ISO 8601's basic form and ISO week dates. Each case: a page, the first words of each segment it
must open and the date each states (None: none; its confidence then stays under the 0.9 band)."""

from __future__ import annotations

import pytest

from tests.test_segment_unseen import A, B, C, D, _got, check_layout

CASES = [
    (
        # a messaging app's export: each message opens with its date, time and sender; short replies under a pasted
        # story are one block of comments
        "chat-export-bracketed",
        "Export of the group · Harbour watchers\n"
        "[12/03/2031, 08:01:40] Ines Varga: Storm season arrives early\n"
        f"{A}\n{B}\n"
        "[12/03/2031, 08:05:12] Tom Brill: thanks\n"
        "[12/03/2031, 08:09:55] Ada Kern: seen it\n"
        "[16/03/2031, 19:40:03] Tom Brill: School roof repairs to begin in June\n"
        f"{C}\n",
        [
            ("[12/03/2031, 08:01:40] Ines", "2031-03-12"),
            ("[12/03/2031, 08:05:12] Tom", "2031-03-12"),
            ("[16/03/2031, 19:40:03] Tom", "2031-03-16"),
        ],
    ),
    (
        # messages copied out of a messenger: the sender and the stamp in brackets on a line, the text under it
        "chat-copied-messages",
        "Saved messages\n\n"
        "Ines Varga, [12.03.2031 08:01]\nStorm season arrives early\n"
        f"{A}\n"
        "Tom Brill, [12.03.2031 08:05]\nthanks, worrying\n"
        "Ada Kern, [14.03.2031 17:22]\nSchool roof repairs to begin in June\n"
        f"{C}\n{D}\n",
        [
            ("Ines Varga, [12.03.2031", "2031-03-12"),
            ("Tom Brill, [12.03.2031", "2031-03-12"),
            ("Ada Kern, [14.03.2031", "2031-03-14"),
        ],
    ),
    (
        # a press review: each item's source and section, its title, and a date line in the source's language
        "press-review-foreign-headers",
        "Press review · Europe\n\n"
        "Gazeta Portowa · Coast\nStorm season arrives early\nGazeta Portowa, 12.III.2031\n\n"
        f"{A}\n\n{B}\n\n"
        "Il Faro · Scuola\nSchool roof repairs to begin in June\ngiovedì 13 marzo 2031 ore 18:40\n\n"
        f"{C}\n\n"
        "Al-Marsa · Harbour\nFerry fares to rise again\nالجمعة ١٤ مارس ٢٠٣١\n\n"
        f"{D}\n",
        [
            ("Gazeta Portowa ·", "2031-03-12"),
            ("Il Faro ·", "2031-03-13"),
            ("Al-Marsa · Harbour", "2031-03-14"),
        ],
    ),
]


def _column(paragraph: str, width: int = 38) -> str:
    """A paragraph set in a print column: broken at ``width`` characters, as a PDF's text comes out."""
    out, line = [], ""
    for word in paragraph.split():
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "\n".join([*out, line])


CASES.append(
    (
        # a clippings file: page furniture, each clipping's source line with its date over a title in capitals,
        # the text in narrow columns, and the database's load date (days later) under it
        "clippings-narrow-columns",
        "PRESS CLIPPINGS\n\nPage 1 of 2\nHarbour Gazette | 12-Mar-2031 | Page 4 | 212 words\n\n"
        f"STORM SEASON ARRIVES EARLY\n\n{_column(A)}\n\n{_column(B)}\n\nLOAD-DATE: March 19, 2031\n\n"
        "Page 2 of 2\n\nCoast Weekly | 14-Mar-2031 | Page 2 | 180 words\n\n"
        f"SCHOOL ROOF REPAIRS TO BEGIN IN JUNE\n\n{_column(C)}\n\nLOAD-DATE: March 20, 2031\n",
        [("Harbour Gazette |", "2031-03-12"), ("Coast Weekly |", "2031-03-14")],
    )
)


CASES.append(
    (
        # official notices: each opens with a block of short lines (its number, a filing line, its title in
        # capitals) over its text, and closes with the date it was signed
        "notices-kicker-blocks",
        "COUNTY GAZETTE\nOFFICIAL NOTICES\n\n"
        f"NOTICE 114\nHARBOUR BOARD\nFENCE ALONG THE NORTH QUAY TO BE REPLACED\n\n{A}\n\n"
        "Dated this 12th day of March, 2031.\nClerk to the Board\n\n— · —\n\n"
        f"NOTICE 115\nREGISTERED AT THE COUNTY OFFICE\nSCHOOL ROOF REPAIRS TO BEGIN IN JUNE\n\n{C}\n\n"
        "Dated this 14th day of March, 2031.\nClerk to the Board\n",
        [("NOTICE 114 HARBOUR", "2031-03-12"), ("NOTICE 115 REGISTERED", "2031-03-14")],
    )
)


CASES.append(
    (
        # a thread captured with no dates at all: each post is a user line over its text, closed by a bar of
        # counters that recurs under every post
        "undated-thread-repeated-footers",
        "Harbour Forum\nCategories   Latest   Top\n\n"
        f"ferrylane\n\n{A}\n\n12 Likes   Reply\n\n"
        f"quaywatch\n\n{B}\n\n3 Likes   Reply\n\n"
        f"lowtide\n\n{C}\n\n0 Likes   Reply\n",
        [("Harbour Forum Categories", None), ("quaywatch Thirty children", None), ("lowtide The council", None)],
    )
)
CASES.append(
    (
        # a blog engine's comments: a heading, then "name said..." over each comment and its stamp
        "blog-comments-said",
        "Notes from the Quay\n\nThursday, March 12, 2031\n\nStorm season arrives early\n\n"
        f"{A}\n\nPosted by Ines Varga at 8:45 PM\n\nPost a Comment\n\n"
        "lowtide said...\nGood piece, thanks.\nMarch 13, 2031 at 8:21 AM\n\n"
        "quaywatch said...\nIs there a longer version?\nMarch 14, 2031 at 9:02 AM\n\n"
        "Friday, March 6, 2031\n\nSchool roof repairs to begin in June\n\n"
        f"{C}\n\nPosted by Ines Varga at 9:15 AM\n",
        [("Thursday, March 12,", "2031-03-12"), ("Post a Comment", "2031-03-13"), ("Friday, March 6,", "2031-03-06")],
    )
)


CASES.append(
    (
        # a wiki news site's articles one after another: title, date line, text, a "Sources" list citing other
        # outlets with their own dates, the categories (one of them the day), the page's footer
        "wiki-news-sources-and-categories",
        "Harbour Wiki\nMain Page | Latest news | Write an article\n\n"
        "Storm season arrives early\n12 March 2031\n\n"
        f"{A}\n\n{B}\n\nSources\n"
        '* Ines Varga. "Gale hits the coast" — The Quay Post, March 11, 2031\n'
        "Categories: March 12, 2031 | Europe | Weather | Published\n\n"
        "This page was last edited on 20 March 2031, at 07:50.\n\n"
        "School roof repairs to begin in June\nFrom Harbour Wiki, the free news source you can write!\n14 March 2031\n\n"
        f"{C}\n\nSources\n"
        '* Tom Brill. "Roof repairs approved" — Coast Weekly, March 13, 2031\n'
        "Categories: March 14, 2031 | Europe | Education | Published\n\n"
        "This page was last edited on 21 March 2031, at 10:18.\n",
        [("Storm season arrives", "2031-03-12"), ("School roof repairs", "2031-03-14")],
    )
)
CASES.append(
    (
        # a news page that sets no blank line inside an article: a title, a standfirst, the byline, the date
        # line, then the hard-wrapped text; a pull quote that names a date inside a sentence is no date line
        "header-over-wrapped-text-with-standfirst",
        "The Quay Post\n\n"
        "Storm season arrives early\n"
        "The first gale came weeks before the forecasters expected it, and the harbour was not ready.\n"
        "By Ines Varga\n12 March 2031 14:22\n"
        "The first gale of the season came through the harbour\non Thursday night and tore down the fence\n"
        "along the north quay, the harbour board said.\n\n"
        "School roof repairs to begin in June\n"
        "Parents have complained for months about buckets in classrooms, and the board has agreed to act.\n"
        "By Tom Brill\n14 March 2031 09:15\n"
        "The repairs were first promised\non March 12, 2031 at a meeting of the\nschool board, and will "
        "cost more than planned.\n",
        [("Storm season arrives", "2031-03-12"), ("School roof repairs", "2031-03-14")],
    )
)


CASES.append(
    (
        # a press room: a release, "Related releases", then another release's title with its standfirst under it
        # and no date: its text opens with a word that often goes on from a sentence before ("Finally ...")
        "title-over-standfirst-without-date",
        f"Harbour Board · Press room\n\nStorm season arrives early\nMonday, March 9, 2031\n\n{A}\n\n###\n\n"
        "Related releases\n\nFinally, New Lights\n"
        "The quay will be lit through the winter for the first time in its history.\n\n"
        "Finally the north quay is getting the lights that the fishermen have asked for since the storm of the "
        "winter before last, the harbour board said.\n",
        [("Storm season arrives", "2031-03-09"), ("Finally, New Lights", None)],
    )
)


CASES.append(
    (
        # a news page whose section name recurs over each article's title and date, with reader comments by named
        # users under the articles: a news page, not a forum thread
        "section-kickers-and-named-comments",
        "The Quay Post\n\n"
        "Local News\nStorm season arrives early on the coast\nBy Ines Varga\nMonday 10 March 2031\n\n"
        f"{A}\n\nShowing 2 comments · Sort by: Newest\n\nlowtide\nGood piece, thanks.\nMar 11, 2031 at 09:15\n\n"
        "quaywatch\nIs there a longer version?\nMar 11, 2031 at 11:02\n\n"
        "Local News\nSchool roof repairs to begin in June\nBy Tom Brill\nThursday 13 March 2031\n\n"
        f"{C}\n\n2 Comments\n\nlowtide\nAbout time.\nMar 13, 2031 at 18:40\n\n"
        "quaywatch\nWho pays for it?\nMar 13, 2031 at 08:05\n",
        [
            ("Local News Storm", "2031-03-10"),
            ("Showing 2 comments", "2031-03-11"),
            ("Local News School", "2031-03-13"),
            ("2 Comments lowtide", "2031-03-13"),
        ],
    )
)


def test_a_two_line_paragraph_is_no_title_over_a_standfirst():
    text = (
        f"Storm season arrives early\n12 March 2031\n\n{A}\n\n"
        "Reports reaching the harbour said the gale had damaged the old fence along\n"
        "the north quay overnight.\n\n"
        "Kenyan Trade Minister Joseph Kamotho and the ambassador to Kenya\nwere injured in the blast.\n\n"
        f"{B}\n"
    )
    assert len(_got(text)) == 1


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_unseen_layouts_four(name, text, expected):
    check_layout(text, expected)


def test_a_chat_of_short_messages_alone_is_not_split_into_posts():
    # (no message holds running text: a conversation, not posts sharing stories)
    text = "".join(f"[12/03/2031, 08:0{k}:00] Tom Brill: ok {k}\n" for k in range(5))
    assert len(_got(text)) == 1


def test_a_notice_is_dated_by_its_closing_line():
    text = f"PUBLIC NOTICES\n\nNOTICE 17\nHARBOUR FENCE TO BE REPLACED\n\n{A}\n\nDated this 12th day of March, 2031.\nClerk\n"
    assert ("NOTICE 17 HARBOUR", "2031-03-12") in [(w, d) for w, d, _ in _got(text)]
