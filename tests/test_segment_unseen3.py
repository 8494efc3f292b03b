"""A third set of page layouts the rules were not written from (texts written here): titles set in one word of
capitals or all in lower case, a US page mixing dates in words and slashed dates, RFC 2822 and ISO 8601 stamps,
"First published" / "Updated" pairs, relative stamps with and without a capture date, month names in five
languages, forum post numbers, syndicated copies, comment blocks, navigation lists of other articles' dates and
pages with no date at all. Each case is a small page, the first words of each segment it must open and the date
each must state (None: states none; its confidence then stays under the 0.9 band)."""

from __future__ import annotations

import pytest

from tests.test_segment_unseen import A, B, C, D, _got, check_layout  # the same paragraphs and reading of a page

GALE, BUS = "Gale tears down harbour fence posts", "Bus timetable change delayed"

IT = (
    "Il traghetto per l'isola ha ripreso le corse mercoledì dopo che i tecnici hanno sostituito un albero "
    "usurato, e i passeggeri erano in fila davanti al cancello del porto fin dall'alba."
)
P = (
    "A balsa para a ilha voltou a navegar na quarta-feira depois de os técnicos substituírem um eixo gasto, e os "
    "passageiros faziam fila desde a madrugada diante do portão do cais."
)
E = (
    "Die Fähre zur Insel fährt seit Mittwoch wieder, nachdem Techniker eine verschlissene Welle ersetzt hatten, "
    "und die Fahrgäste standen schon im Morgengrauen am Hafentor."
)
E2 = (
    "Die Reparatur des undichten Schuldachs beginnt im Juni, teilte die Schulbehörde mit, und damit enden monatelange "
    "Klagen der Eltern über Eimer in den Klassenzimmern."
)
R = (
    "Паром снова вышел в море в среду после того, как инженеры заменили изношенный вал, и пассажиры с рассвета "
    "стояли в очереди у ворот порта."
)
F = (
    "Le ferry a repris ses traversées mercredi après le remplacement d'un arbre usé, et les passagers faisaient "
    "la queue dès l'aube devant les grilles du port."
)
G = (
    "El transbordador volvió a navegar el miércoles después de que los técnicos sustituyeran un eje desgastado, "
    "y los pasajeros hicieron cola desde el amanecer."
)

CASES = [
    (
        # a title of one word in capitals, its date line under it: it opens its article, dated by that line
        "one-word-capitals-title-and-date",
        f"{GALE}\nMarch 3, 2009\n\n{A}\n\n{B}\n\nFERRIES\nMarch 12, 2009\n\n{C}\n\n{D}\n",
        [("Gale tears down", "2009-03-03"), ("FERRIES March 12,", "2009-03-12")],
    ),
    (
        # the same title with a byline and no date: its own article, undated (not the article above's date)
        "one-word-capitals-title-and-byline",
        f"{GALE}\nMarch 3, 2009\n\n{A}\n\n{B}\n\nFERRIES\n\nBy Tom Vale\n\n{C}\n\n{D}\n",
        [("Gale tears down", "2009-03-03"), ("FERRIES By Tom", None)],
    ),
    (
        # a blog that sets its titles all in lower case
        "lower-case-titles",
        f"gale tears down harbour fence posts\nPosted March 3, 2009\n\n{A}\n\n{B}\n\n"
        f"bus timetable change delayed\nPosted March 12, 2009\n\n{C}\n\n{D}\n",
        [("gale tears down", "2009-03-03"), ("bus timetable change", "2009-03-12")],
    ),
    (
        # short titles (two words, one word, a sentence) over their author's line: each opens its article
        "short-titles-over-author-lines",
        f"{GALE}\nMarch 3, 2009\n\n{A}\n\n{B}\n\nFerry strike\nBy Tom Vale\n\n{C}\n\n"
        f"Ferries\nBy Anna Berg | March 12, 2009\n\n{D}\n\nDrivers say no.\n\nBy Karl Heine\n\n{B}\n",
        [
            ("Gale tears down", "2009-03-03"),
            ("Ferry strike By", None),
            ("Ferries By Anna", "2009-03-12"),
            ("Drivers say no.", None),
        ],
    ),
    (
        # a page with no blank line between its paragraphs: a title and its author's line right under a paragraph
        # open the next article (undated: it states no date), whatever the blank lines under them
        "no-blank-lines-title-over-author",
        f"{GALE}\nMarch 3, 2009\n{A}\n{B}\nHarbour lamp relit\nBy Tom Vale\n\n{C}\n{D}\n",
        [("Gale tears down", "2009-03-03"), ("Harbour lamp relit", None)],
    ),
    (
        # the same page with a title in lower case and its date line: not the tail of the paragraph above
        "no-blank-lines-lower-case-title-and-date",
        f"{GALE}\nMarch 3, 2009\n\n{A}\n{B}\nharbour lamp relit after forty years of darkness\n06.03.2009\n\n{C}\n{D}\n",
        [("Gale tears down", "2009-03-03"), ("harbour lamp relit", "2009-03-06")],
    ),
    (
        # a US page: dates in words month first, so its slashed date is month first too (3 April, not 4 March)
        "us-words-and-slashed-dates",
        f"{GALE}\nBy Anna Berg | March 3, 2009\n\n{A}\n\n{B}\n\n{BUS}\nBy Tom Vale | 04/03/2009\n\n{C}\n\n{D}\n",
        [("Gale tears down", "2009-03-03"), ("Bus timetable change", "2009-04-03")],
    ),
    (
        # a feed's items: an RFC 2822 stamp under each title (the zone's local day, not the day in UTC)
        "rfc-2822-under-titles",
        f"{GALE}\nTue, 03 Mar 2009 23:30:00 -0800\n\n{A}\n\n{B}\n\n{BUS}\nThu, 05 Mar 2009 08:02:11 +0100\n\n{C}\n",
        [("Gale tears down", "2009-03-03"), ("Bus timetable change", "2009-03-05")],
    ),
    (
        # ISO 8601 with the time zone, alone and after a label
        "iso-8601-with-zone",
        f"{GALE}\n2009-03-03T23:30:00-05:00\n\n{A}\n\n{B}\n\n{BUS}\nPublished: 2009-03-05T08:02:00+01:00\n\n{C}\n",
        [("Gale tears down", "2009-03-03"), ("Bus timetable change", "2009-03-05")],
    ),
    (
        # the update on its own line over the first publication: the first publication dates the article
        "updated-line-over-first-published",
        f"{GALE}\nLast updated: 6 March 2009\nFirst published: 3 March 2009\n\n{A}\n\n{B}\n\n"
        f"{BUS}\nUpdated March 14, 2009 7:00 AM ET | Originally published March 12, 2009\n\n{C}\n",
        [("Gale tears down", "2009-03-03"), ("Bus timetable change", "2009-03-12")],
    ),
    (
        # relative stamps against the page's capture line: "yesterday at 14:02", "3 days ago"
        "relative-stamps-with-capture",
        f"Saved from the harbour news on 10 March 2009\n\n{GALE}\nyesterday at 14:02\n\n{A}\n\n{B}\n\n"
        f"{BUS}\n3 days ago\n\n{C}\n\n{D}\n",
        [("Gale tears down", "2009-03-09"), ("Bus timetable change", "2009-03-07")],
    ),
    (
        # a capture line with a numeric date, ordered by a day above 12 elsewhere on the page: day first
        "relative-stamps-with-numeric-capture",
        f"Saved on 10/03/2009\n\n{GALE}\nyesterday at 14:02\n\n{A}\n\n{B}\n\n{BUS}\nDate: 25/02/2009\n\n{C}\n",
        [("Gale tears down", "2009-03-09"), ("Bus timetable change", "2009-02-25")],
    ),
    (
        # relative stamps in German, French, Spanish, Italian, Portuguese and Russian against the capture line
        "relative-stamps-in-six-languages",
        f"Saved from the harbour news on 10 March 2009\n\nFähre fährt wieder\nvor 3 Tagen\n\n{E}\n\n"
        f"Le ferry reprend la mer\nHier à 14h02\n\n{F}\n\nEl transbordador vuelve a navegar\nhace 2 días\n\n{G}\n\n"
        f"Il traghetto riprende le corse\n4 giorni fa\n\n{IT}\n\nA balsa volta a navegar\nhá 5 dias\n\n{P}\n\n"
        f"Паром снова в море\n6 дней назад\n\n{R}\n",
        [
            ("Fähre fährt wieder", "2009-03-07"),
            ("Le ferry reprend", "2009-03-09"),
            ("El transbordador vuelve", "2009-03-08"),
            ("Il traghetto riprende", "2009-03-06"),
            ("A balsa volta", "2009-03-05"),
            ("Паром снова в", "2009-03-04"),
        ],
    ),
    (
        # a weekday with the time of day under each title: the latest such day up to the capture (a Tuesday)
        "weekday-at-time-with-capture",
        f"Saved from the harbour news on Tuesday, 10 March 2009\n\n{GALE}\nSunday at 10:22\n\n{A}\n\n{B}\n\n"
        f"{BUS}\nTuesday at 08:05\n\n{C}\n",
        [("Gale tears down", "2009-03-08"), ("Bus timetable change", "2009-03-10")],
    ),
    (
        # the same stamps with no capture date: nothing dates them, and no date of another article does either
        "relative-stamps-without-capture",
        f"{GALE}\nMarch 3, 2009\n\n{A}\n\n{B}\n\n{BUS}\n3 days ago\n\n{C}\n\n{D}\n",
        [("Gale tears down", "2009-03-03"), ("Bus timetable change", None)],
    ),
    (
        # month names in German, French, Spanish, Italian and Portuguese under the titles
        "month-names-in-five-languages",
        f"Fähre fährt wieder\n3. März 2009\n\n{E}\n\nLe ferry reprend la mer\n4 mars 2009\n\n{F}\n\n"
        f"El transbordador vuelve a navegar\n5 de marzo de 2009\n\n{G}\n\n"
        f"Il traghetto riprende le corse\n6 marzo 2009\n\n{IT}\n\nA balsa volta a navegar\n7 de março de 2009\n\n{P}\n",
        [
            ("Fähre fährt wieder", "2009-03-03"),
            ("Le ferry reprend", "2009-03-04"),
            ("El transbordador vuelve", "2009-03-05"),
            ("Il traghetto riprende", "2009-03-06"),
            ("A balsa volta", "2009-03-07"),
        ],
    ),
    (
        # a news list's titles with a short date in brackets before them; one day above 12 decides the order
        "bracketed-short-dates-before-titles",
        f"[03/13/09] {GALE}\n\n{A}\n\n{B}\n\n[04/03/09] {BUS}\n\n{C}\n\n{D}\n",
        [("[03/13/09] Gale tears", "2009-03-13"), ("[04/03/09] Bus timetable", "2009-04-03")],
    ),
    (
        # short dates without their year in brackets before the titles: the capture line gives the year (a guess
        # of the year, so under the band)
        "bracketed-yearless-dates-with-capture",
        f"Saved 20 March 2009\n\n[Mar 3]\n{GALE}\n\n{A}\n\n{B}\n\n[Mar 12]\n{BUS}\n\n{C}\n\n{D}\n",
        [("[Mar 3] Gale", "2009-03-03"), ("[Mar 12] Bus", "2009-03-12")],
    ),
    (
        # the date with the section it was filed in after "Posted", and the source's name before "published"
        "posted-in-section-and-source-published",
        f"{GALE}\nPosted 3 March 2009 in Weather\n\n{A}\n\n{B}\n\n"
        f"{BUS}\nStory from Metro Daily, published 12 March 2009\n\n{C}\n\n{D}\n",
        [("Gale tears down", "2009-03-03"), ("Bus timetable change", "2009-03-12")],
    ),
    (
        # the day before the month and a two-digit year after an apostrophe
        "day-month-apostrophe-year",
        f"{GALE}\n\n3 Mar '09\n\n{A}\n\n{B}\n\n{BUS}\n\n12 Mar '09\n\n{C}\n\n{D}\n",
        [("Gale tears down", "2009-03-03"), ("Bus timetable change", "2009-03-12")],
    ),
    (
        # "Date: dd/mm/yyyy" under each title; a day above 12 decides the page's order
        "date-label-day-first",
        f"{GALE}\nDate: 25/02/2009\n\n{A}\n\n{B}\n\n{BUS}\nDate: 03/04/2009\n\n{C}\n\n{D}\n",
        [("Gale tears down", "2009-02-25"), ("Bus timetable change", "2009-04-03")],
    ),
    (
        # a board's numbered posts: "#N Posted DATE - TIME" over each post
        "numbered-forum-stamps",
        f"Gale damage on the quay\n\n#11 Posted 3 March 2015 - 10:22\nharbourwatch\n\n{A}\n\n"
        f"#12 Posted 4 March 2015 - 08:05\nislandgirl\n\n{B}\n\n#13 Posted 6 March 2015 - 19:40\nTom Bracken\n\n{C}\n",
        [("Gale damage on", "2015-03-03"), ("#12 Posted 4", "2015-03-04"), ("#13 Posted 6", "2015-03-06")],
    ),
    (
        # a syndicated copy of the first article, later on the page: the copy says when the text first ran (and
        # its text, the first article's again, is set apart as a repeat: its events are not read twice)
        "syndicated-copy-says-where-it-first-ran",
        f"{GALE}\nMarch 3, 2009\n\n{A}\n\n{B}\n\n{BUS}\nMarch 12, 2009\n\n{C}\n\n"
        f"{GALE}\nThis story originally appeared in the Coast Weekly on March 3, 2009.\n\n{A}\n\n{B}\n",
        [
            ("Gale tears down", "2009-03-03"),
            ("Bus timetable change", "2009-03-12"),
            ("Gale tears down", "2009-03-03"),
            ("The first gale", None),
        ],
    ),
    (
        # a board's posts: the handle, a guillemet (or a dash, a comma, brackets) and the date, with no "by"
        "board-handle-guillemet-date",
        f"Gale damage on the quay\n\nharbourwatch » 3 March 2009, 10:22\n\n{A}\n\n"
        f"Reply from islandgirl » 4 March 2009, 08:05\n\n{B}\n\ntom_bracken (6 March 2009)\n\n{C}\n",
        [
            ("Gale damage on", "2009-03-03"),
            ("Reply from islandgirl", "2009-03-04"),
            ("tom_bracken (6 March", "2009-03-06"),
        ],
    ),
    (
        # a German board: "Beitrag von HANDLE » WEEKDAY DATE" (a thread: its title over the posts is set apart)
        "german-board-beitrag-von",
        f"Fähre fährt wieder\n\nBeitrag von hafenblick » Di 3. März 2009, 10:22\n\n{E}\n\n"
        f"Beitrag von inselkind » Do 5. März 2009, 08:05\n\n{E2}\n",
        [("Beitrag von hafenblick", "2009-03-03"), ("Beitrag von inselkind", "2009-03-05")],
    ),
    (
        # a copy of the first article's text under a title of one word and no header: the title heads the copy
        # (a repeat, dated by nothing of its own), not the end of the article above
        "syndicated-copy-under-a-bare-title",
        f"{GALE}\nMarch 3, 2009\n\n{A}\n\n{B}\n\n{BUS}\nMarch 12, 2009\n\n{C}\n\nFERRIES\n\n{A}\n",
        [("Gale tears down", "2009-03-03"), ("Bus timetable change", "2009-03-12"), ("FERRIES The first", None)],
    ),
    (
        # an article and its comment block, whose relative stamps a capture line dates
        "comments-with-yesterday-stamps",
        f"Retrieved 10 March 2009\n\n{GALE}\nBy Anna Berg | 8 March 2009\n\n{A}\n\n{B}\n\n2 Comments\n\n"
        "harbourwatch\nyesterday at 14:02\nThe fence was rotten anyway.\nReply\n\n"
        "islandgirl\n5 hours ago\nWorst swell in years.\nReply\n",
        [("Gale tears down", "2009-03-08"), ("2 Comments harbourwatch", "2009-03-09")],
    ),
    (
        # a sidebar of other articles' dated titles over an undated article: they date none of it
        "sidebar-of-dated-headlines-over-undated-article",
        "Latest news\nStorm warning for the coast - 27 February 2009\nFerry services suspended - 1 March 2009\n"
        f"Council approves bus lanes - 2 March 2009\n\n{GALE}\n\nBy Anna Berg\n\n{A}\n\n{B}\n",
        [("Gale tears down", None)],
    ),
    (
        # the same list under the article, then the next article with its own date
        "dated-headlines-list-between-articles",
        f"{GALE}\nBy Anna Berg\n\n{A}\n\n{B}\n\nMost read\nStorm warning for the coast - 27 February 2009\n"
        f"Ferry services suspended - 1 March 2009\n\n{BUS}\nMarch 12, 2009\n\n{C}\n\n{D}\n",
        [("Gale tears down", None), ("Bus timetable change", "2009-03-12")],
    ),
    (
        # a cross-reference under the title with the other text's date: it does not date this article
        "cross-reference-under-title",
        f"{GALE}\nSee also: Storm warning for the coast (27 February 2009)\n\n{A}\n\n{B}\n\n"
        f"{BUS}\nMarch 12, 2009\n\n{C}\n",
        [("Gale tears down", None), ("Bus timetable change", "2009-03-12")],
    ),
    (
        # links to the next and previous texts between two articles: they date neither
        "read-more-and-previous-links-between-articles",
        f"{GALE}\nMarch 3, 2009\n\n{A}\n\n{B}\n\nRead more: Drivers reject new shifts - 10 March 2009\n"
        f"Previous: Storm warning for the coast (27 February 2009)\n\n{BUS}\n\n{C}\n",
        [("Gale tears down", "2009-03-03"), ("Bus timetable change", None)],
    ),
    (
        # other articles' titles with their dates right under the title, with no heading over them: a list (two
        # lines with different dates), not the article's header
        "dated-titles-right-under-the-title",
        f"{GALE}\nStorm warning for the coast - 27 February 2009\nFerry services suspended - 1 March 2009\n\n"
        f"{A}\n\n{B}\n",
        [("Gale tears down", None)],
    ),
    (
        # one other article's title and date over the title: a teaser, not the header of the article under it
        "dated-teaser-over-the-title",
        f"Storm warning for the coast - 27 February 2009\n\n{GALE}\n\n{A}\n\n{B}\n\n{BUS}\nMarch 12, 2009\n\n{C}\n",
        [("Storm warning for", None), ("Bus timetable change", "2009-03-12")],
    ),
    (
        # the same teaser between two articles: it dates neither
        "dated-teaser-between-articles",
        f"{GALE}\nMarch 3, 2009\n\n{A}\n\n{B}\n\nStorm warning for the coast - 27 February 2009\n\n{BUS}\n\n{C}\n",
        [("Gale tears down", "2009-03-03"), ("Bus timetable change", None)],
    ),
    (
        # the site's masthead: today's date over its menu, then an article with a byline and no date; the
        # masthead's date is the day the page was seen (the article is from then or before: under the band)
        "masthead-date-over-menu",
        f"Tuesday, March 17, 2009\n\nHome | News | Sport | Weather | Contact\n\n{GALE}\nBy Anna Berg\n\n{A}\n\n{B}\n",
        [("Tuesday, March 17,", "2009-03-17")],
    ),
    (
        # "Today is DATE" over the page: the day it was seen, which dates no article
        "today-is-date",
        f"Today is Tuesday, March 17, 2009\n\n{GALE}\n\n{A}\n\n{B}\n",
        [("Gale tears down", None)],
    ),
    (
        # a fact box's coming date over the byline: the byline's date is the article's
        "fact-box-next-date-over-byline",
        f"{GALE}\nNext sailing: 12 March 2009\nBy Anna Berg | 3 March 2009\n\n{A}\n\n{B}\n",
        [("Gale tears down", "2009-03-03")],
    ),
    (
        # no date anywhere, titles in capitals and sub-headings: nothing is dated
        "no-date-capitals-and-subheadings",
        f"GALE TEARS DOWN HARBOUR FENCE POSTS\n\n{A}\n\nWhat happens next\n\n{B}\n\n"
        f"BUS TIMETABLE CHANGE DELAYED\n\n{C}\n\n{D}\n",
        [("GALE TEARS DOWN", None), ("BUS TIMETABLE CHANGE", None)],
    ),
    (
        # a no-break space inside the stamp, and a weekday, a time and its zone before the date
        "no-break-spaces-and-weekday-time-zone",
        f"{GALE}\nPublished:\u00a0Tuesday\u00a03\u00a0March\u00a02009\n\n{A}\n\n{B}\n\n"
        f"{BUS}\nThursday 08:02 EST, 5 March 2009\n\n{C}\n",
        [("Gale tears down", "2009-03-03"), ("Bus timetable change", "2009-03-05")],
    ),
    (
        # "Posted on ISO-DATE by NAME" under each title
        "posted-on-iso-date-by-name",
        f"{GALE}\nPosted on 2009-03-03 by harbourwatch\n\n{A}\n\n{B}\n\n"
        f"{BUS}\nPosted on 2009-03-05 by islandgirl\n\n{C}\n",
        [("Gale tears down", "2009-03-03"), ("Bus timetable change", "2009-03-05")],
    ),
]


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_unseen_layout(name, text, expected):
    check_layout(text, expected)


@pytest.mark.parametrize(
    "title",
    [
        "FERRIES",  # one word in capitals
        "bus timetable change delayed",  # all in lower case
    ],
)
def test_a_bare_title_with_nothing_under_it_doubts_the_date_above_it(title):
    # it may be a sub-heading of the article above, or the next article: the date above no longer dates it surely
    got = _got(f"{GALE}\nMarch 3, 2009\n\n{A}\n\n{B}\n\n{title}\n\n{C}\n\n{D}\n")
    assert [(words, date) for words, date, _ in got] == [("Gale tears down", "2009-03-03")] and got[0][2] < 0.9


def test_a_bare_title_over_the_last_paragraph_doubts_the_date_above_it_whatever_follows():
    # the site's footer sentence after the paragraph under the title does not make the title a list's heading
    got = _got(
        f"{GALE}\nMarch 3, 2009\n\n{A}\n\n{B}\n\nbus drivers reject new shifts\n\n{C}\n\n"
        "© 2009 Coast Weekly. All rights reserved.\n"
    )
    assert got[0][:2] == ("Gale tears down", "2009-03-03") and got[0][2] < 0.9


def test_comments_running_on_into_an_article_with_a_bare_title_lose_their_band():
    # the article under the comments has a title in lower case and no header: the comments' date may not date it
    got = _got(
        f"Saved 10 March 2009\n\n{GALE}\nMarch 3, 2009\n\n{A}\n\n3 Comments\n\nharbourwatch\n2 days ago\n"
        f"The fence was rotten anyway.\nReply\n\nbus drivers reject new shifts\n\n{C}\n\n{D}\n"
    )
    assert [(words, date) for words, date, _ in got] == [
        ("Gale tears down", "2009-03-03"),
        ("3 Comments harbourwatch", "2009-03-08"),
    ]
    assert got[1][2] < 0.9


def test_a_repeated_stretch_holding_a_title_over_a_paragraph_loses_its_band():
    # the second header's text repeats the first article's, with a title in lower case and no header inside it:
    # the header's date may not date what follows that title
    got = _got(
        f"{GALE}\nMarch 3, 2009\n\n{A}\n\n{B}\n\n{D}\n\n{BUS}\nMarch 12, 2009\n\n{A}\n\n{B}\n\n"
        f"bus drivers reject new shifts\n\n{D}\n\n{C}\n"
    )
    assert [(words, date) for words, date, _ in got][:2] == [
        ("Gale tears down", "2009-03-03"),
        ("Bus timetable change", "2009-03-12"),
    ]
    assert got[1][2] < 0.9


@pytest.mark.parametrize("title", [BUS, "Will the buses run later?"])
def test_a_title_under_paragraphs_set_one_a_line_is_no_paragraph_tail(title):
    # paragraphs one a line (no blank line between them), then a title (or a question) and a blank line: the title
    # is not the last line of a hard-wrapped paragraph, and the date above no longer dates what follows it surely
    got = _got(f"{GALE}\nMarch 3, 2009\n\n{A}\n{B}\n{title}\n\n{C}\n\n{D}\n")
    assert got[0][:2] == ("Gale tears down", "2009-03-03") and all(conf < 0.9 for _, _, conf in got)


def test_relative_stamps_against_a_capture_date_nothing_orders_are_guesses():
    # "10/03/2009": 10 March or 3 October, nothing on the page says which
    got = _got(f"Saved on 10/03/2009\n\n{GALE}\n2 days ago\n\n{A}\n\n{B}\n\n{BUS}\nyesterday at 14:02\n\n{C}\n")
    assert [words for words, _, _ in got] == ["Gale tears down", "Bus timetable change"]
    assert all(date is not None and conf < 0.9 for _, date, conf in got)


def test_a_masthead_date_stays_under_the_band():
    text = dict((c[0], c[1]) for c in CASES)["masthead-date-over-menu"]
    assert [conf for _, _, conf in _got(text)] == [0.6]


def test_a_us_page_whose_nearer_reading_disagrees_keeps_the_slashed_date_under_the_band():
    text = dict((c[0], c[1]) for c in CASES)["us-words-and-slashed-dates"]
    assert [conf for words, _, conf in _got(text)] == [0.95, 0.25]


@pytest.mark.parametrize(
    "line, rule",
    [
        ("FERRIES", "one-word-capitals"),
        ("bus timetable change delayed", "lower-case"),
        ("Ferries", None),  # a section's label, as often as a title
        ("TV", None),  # too short for a word set as a title
        ("BUS", "one-word-capitals"),
        ("harbourwatch", None),  # one word in lower case: a user's name
        ("the fence was rotten anyway.", None),  # a sentence
    ],
)
def test_bare_titles(line, rule):
    from timeline.segment import bare_title, lines_of

    assert bare_title(lines_of(line)[0]) == rule


@pytest.mark.parametrize(
    "line, rule",
    [
        ("See also: Storm warning for the coast (27 February 2009)", "reference"),
        ("Related stories: Ferry services suspended - 1 March 2009", "reference"),
        ("» Read more: Drivers reject new shifts, March 10, 2009", "reference"),
        ("Lesen Sie auch: Fähre fährt wieder (3. März 2009)", "reference"),
        ("Voir aussi : Le ferry reprend la mer, 4 mars 2009", "reference"),
        ("Next sailing: 12 March 2009", "event-label"),
        ("Upcoming: 20 March 2009", "event-label"),
        ("On this day: 3 March 1909", "event-label"),
        ("Today in history - 3 March 1909", "event-label"),
        # a title with its date, and a post's label: still stamps
        ("Ferry fares to rise again (3 March 2009)", "title-bracketed-date"),
        ("Posted: 3 March 2009", "labelled"),
    ],
)
def test_lines_dating_another_text(line, rule):
    from timeline.anchor.headers import header_date
    from timeline.stamps import stamp_of

    assert stamp_of(line).rule == rule
    assert (header_date(line) is None) == (rule in ("reference", "event-label"))


@pytest.mark.parametrize(
    "line",
    [
        "Ferries today",  # a title's word
        "Klicken Sie hier",  # a sentence's ("here" in German, "yesterday" in French)
    ],
)
def test_a_day_word_after_free_words_is_no_stamp(line):
    # (and a weekday with a time before a full date is that date's: "Friday 8:12, May 1, 2009")
    from timeline.stamps import stamp_of

    assert stamp_of(line) is None


@pytest.mark.parametrize(
    "line, day",
    [
        ("Friday 8:12, May 1, 2009", "2009-05-01"),  # the weekday and time of the full date after them
        ("Monday at 14:02", None),  # no capture date: no day
    ],
)
def test_a_weekday_and_time_without_a_capture_date(line, day):
    from timeline.anchor.headers import header_date

    found = header_date(line)
    assert (found[0].isoformat() if found else None) == day


def test_a_chronology_whose_later_entries_leave_out_the_year_dates_no_page():
    text = (
        "Timeline: the ferry strike\n\n"
        "March 8, 2021 - Ferry crews walk out over pay.\n"
        "March 11 - Ministry offers talks; unions refuse.\n"
        "March 12 - Talks begin in Gdansk.\n"
    )
    check_layout(text, [("Timeline: the ferry", None)])
