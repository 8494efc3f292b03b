"""More page layouts the rules were not written from (texts written here): aggregators, wire and print pages,
blogs, boards, mailing lists and pages in other languages. Each case is a small page, the first words of each
segment it must open and the date each must state (None: states none; its confidence then stays under the 0.9
band)."""

from __future__ import annotations

import pytest

from tests.test_segment_unseen import A, B, C, D, _got, check_layout  # the same paragraphs and reading of a page

E = (
    "Die Fähre zur Insel fährt seit Mittwoch wieder, nachdem Techniker eine verschlissene Welle ersetzt hatten, "
    "und die Fahrgäste standen schon im Morgengrauen am Hafentor."
)
F = (
    "Le ferry a repris ses traversées mercredi après le remplacement d'un arbre usé, et les passagers faisaient "
    "la queue dès l'aube devant les grilles du port."
)
G = (
    "El transbordador volvió a navegar el miércoles después de que los técnicos sustituyeran un eje desgastado, "
    "y los pasajeros hicieron cola desde el amanecer."
)
H = (
    "Les travaux de réfection du toit de l'école primaire commenceront en juin, a indiqué le conseil scolaire, "
    "mettant fin à des mois de plaintes des parents au sujet des seaux posés dans les classes."
)
R = (
    "Паром снова вышел в море в среду после того, как инженеры заменили изношенный вал, и пассажиры с рассвета "
    "стояли в очереди у ворот порта."
)


GALE, BUS = "Gale tears down harbour fence posts", "Bus timetable change delayed"

CASES = [
    (
        # a news reader's list: title, "Source - N hours ago", the lead; the page's capture line dates the stamps
        "aggregator-source-and-age",
        "Top Stories\n\nCaptured 5 March 2009 18:00 GMT\n\n"
        f"{GALE}\nCoast Weekly - 2 hours ago\n{A}\n\n"
        f"Village children visit the lighthouse\nThe Hill Times - 1 day ago\n{B}\n\n"
        f"{BUS}\nMetro Daily - 3 days ago\n{C}\n",
        [
            ("Gale tears down", "2009-03-05"),
            ("Village children visit", "2009-03-04"),
            ("Bus timetable change", "2009-03-02"),
        ],
    ),
    (
        # a link site: "N points by USER N days ago | N comments" under each title
        "link-site-points-by-user",
        "Saved 5 March 2009\n\n"
        f"{GALE} (example.org)\n123 points by harbourwatch 2 days ago | 45 comments\n\n{A}\n\n"
        f"{BUS} (example.com)\n88 points by islandgirl 4 days ago | 12 comments\n\n{C}\n",
        [("Gale tears down", "2009-03-03"), ("Bus timetable change", "2009-03-01")],
    ),
    (
        # a technology site: "Posted by USER on WEEKDAY DATE @TIME from the ... dept."
        "posted-by-on-date-at-sign-dept",
        f"{GALE}\nPosted by harbourwatch on Tuesday March 03, 2009 @10:15AM from the windy-weather dept.\n\n{A}\n\n"
        f"{BUS}\nPosted by islandgirl on Thursday March 05, 2009 @08:02AM from the late-bus dept.\n\n{C}\n",
        [("Gale tears down", "2009-03-03"), ("Bus timetable change", "2009-03-05")],
    ),
    (
        # an archive's list: the date in brackets after each title
        "title-with-bracketed-date",
        f"{GALE} (3 March 2009)\n\n{A}\n\n{B}\n\n{BUS} (5 March 2009)\n\n{C}\n",
        [("Gale tears down", "2009-03-03"), ("Bus timetable change", "2009-03-05")],
    ),
    (
        # a blog: the date, the category it was filed in and the comment count on one line
        "date-in-section-with-count",
        f"{GALE}\nMarch 3, 2009 in Weather · 3 Comments\n\n{A}\n\n{B}\n\n"
        f"{BUS}\nMarch 5, 2009 in Transport · 0 Comments\n\n{C}\n",
        [("Gale tears down", "2009-03-03"), ("Bus timetable change", "2009-03-05")],
    ),
    (
        # an archive's list: the date after each title and a dash (or a bar)
        "title-dash-date",
        f"{GALE} - 3 March 2009\n\n{A}\n\n{B}\n\n{BUS} – 5 March 2009\n\n{C}\n\n{D}\n",
        [("Gale tears down", "2009-03-03"), ("Bus timetable change", "2009-03-05")],
    ),
    (
        # related titles with their own dates between two articles: they date neither article
        "related-titles-with-dates-between-articles",
        f"{GALE}\nMarch 3, 2009\n\n{A}\n\n{B}\n\nRelated stories\nStorm warning for the coast (27 February 2009)\n"
        f"Ferry services suspended - 1 March 2009\n\n{BUS}\n\n{C}\n\n{D}\n",
        [("Gale tears down", "2009-03-03"), ("Bus timetable change", None)],
    ),
    (
        # a page with no blank line between its paragraphs: the title and date line between two paragraphs open
        # the next article, and its date is its own
        "no-blank-lines",
        f"{GALE}\nMarch 3, 2009\n{A}\n{B}\n{BUS}\nMarch 12, 2009\n{C}\n{D}\n",
        [("Gale tears down", "2009-03-03"), ("Bus timetable change", "2009-03-12")],
    ),
    (
        # a blog's footer sentence under each post ("This entry was posted on DATE at TIME and is filed under ...")
        "entry-footer-sentence",
        f"{GALE}\n\n{A}\n\n{B}\n\nThis entry was posted on Tuesday, March 3rd, 2009 at 10:15 pm and is filed "
        "under Weather. You can follow any responses to this entry through the feed.\n\n"
        f"{BUS}\n\n{C}\n\n{D}\n\nThis entry was posted on Thursday, March 12th, 2009 at 8:02 am and is filed "
        "under Transport. You can follow any responses to this entry through the feed.\n",
        [("Gale tears down", "2009-03-03"), ("Bus timetable change", "2009-03-12")],
    ),
    (
        # a short footer sentence closes its post: it does not date the undated post under it
        "short-entry-footer-then-undated-post",
        f"{GALE}\n\n{A}\n\n{B}\n\nThis entry was posted on March 3, 2009.\n\n{BUS}\n\n{C}\n\n{D}\n",
        [("Gale tears down", "2009-03-03"), ("Bus timetable change", None)],
    ),
    (
        # a print page's running head in capitals with single spaces
        "capitals-running-head",
        f"PAGE 2 THE COAST WEEKLY TUESDAY, MARCH 3, 2009\n\n{GALE}\n\n{A}\n\n{B}\n\n"
        f"PAGE 3 THE COAST WEEKLY WEDNESDAY, MARCH 11, 2009\n\n{BUS}\n\n{C}\n\n{D}\n",
        [("PAGE 2 THE", "2009-03-03"), ("PAGE 3 THE", "2009-03-11")],
    ),
    (
        # the author, the author's post, then "Published:" and the date
        "author-post-then-label",
        f"{GALE}\nAnna Berg, Staff Writer Published: 03/03/2009 10:15 AM\n\n{A}\n\n{B}\n\n"
        f"{BUS}\nTom Vale, Staff Writer Published: 03/12/2009 08:02 AM\n\n{C}\n",
        [("Gale tears down", "2009-03-03"), ("Bus timetable change", "2009-03-12")],
    ),
    (
        # an event's notice: "When:" dates the event, the post's own stamp dates the text
        "event-notice-when-then-posted",
        f"Harbour fair this weekend\nWhen: Saturday, March 21, 2009\nWhere: the old quay\n\nPosted March 3, 2009\n\n"
        f"{A}\n\n{BUS}\nMarch 12, 2009\n\n{C}\n",
        [("Harbour fair this", "2009-03-03"), ("Bus timetable change", "2009-03-12")],
    ),
    (
        # a profile's box under the title: a life's dates are not the article's
        "profile-box-born",
        f"Harbour master retires after forty years\nBorn: 12 May 1944\nDied: 2 March 2009\n\n{A}\n\n{B}\n",
        [("Harbour master retires", None)],
    ),
    (
        # a subheading over a dated list inside an article: neither a new article nor its date
        "dated-list-inside-article",
        f"{GALE}\nMarch 3, 2009\n\n{A}\n\n{B}\n\nFerry timetable for the spring\n\n"
        f"20 March 2009 – first sailing to the islands\n27 March 2009 – second sailing\n\n{C}\n",
        [("Gale tears down", "2009-03-03")],
    ),
    (
        # an undated article that opens with a dated list: the list's first day is not its date
        "undated-article-opening-with-a-dated-list",
        f"Ferry timetable for the spring\n\n20 March 2009 – first sailing to the islands\n"
        f"27 March 2009 – second sailing to the islands\n\n{C}\n\n{D}\n",
        [("Ferry timetable for", None)],
    ),
    (
        # a wiki news site: title, the site's tagline (repeated under every title: page furniture, not a quote),
        # the date; a sources list with the sources' own dates under the text
        "tagline-under-title-and-sources",
        f"{GALE}\n\nFrom Harbourpedia, the free news source you can edit!\n\nTuesday, March 3, 2009\n\n"
        f'{A}\n\n{B}\n\nSources\n\n"Storm batters coast" — Coast Weekly, February 27, 2009\n\n'
        f"{BUS}\n\nFrom Harbourpedia, the free news source you can edit!\n\nThursday, March 12, 2009\n\n"
        f'{C}\n\nSources\n\nAnna Berg. "Drivers reject shifts" — Metro Daily, March 10, 2009\n',
        [("Gale tears down", "2009-03-03"), ("Bus timetable change", "2009-03-12")],
    ),
    (
        # title, standfirst, then the date alone: the title opens the article, the first one too
        "title-standfirst-date",
        f"{GALE}\n\nThe swell reached four metres at the breakwater.\n\n3 March 2009\n\n{A}\n\n{B}\n\n"
        f"{BUS}\n\nDrivers have not agreed to the later shifts.\n\n5 March 2009\n\n{C}\n\n{D}\n",
        [("Gale tears down", "2009-03-03"), ("Bus timetable change", "2009-03-05")],
    ),
    (
        # "By NAME | DATE | N min read"
        "byline-date-reading-time",
        f"{GALE}\nBy Anna Berg | March 3, 2009 | 4 min read\n\n{A}\n\n{B}\n\n"
        f"{BUS}\nBy Tom Vale | March 5, 2009 | 2 min read\n\n{C}\n\n{D}\n",
        [("Gale tears down", "2009-03-03"), ("Bus timetable change", "2009-03-05")],
    ),
    (
        # a wire copy: date line over the lead, the lead opening with "CITY (Agency) -"
        "wire-date-then-agency-lead",
        f"{GALE}\nTue Mar 3, 2009 10:15am EST\n\nPORTLAND, Maine (Wire) - {A}\n\n{B}\n\n"
        f"{BUS}\nThu Mar 5, 2009 8:02am EST\n\nBOSTON (Wire) - {C}\n\n{D}\n",
        [("Gale tears down", "2009-03-03"), ("Bus timetable change", "2009-03-05")],
    ),
    (
        # navigation, share and tag lines, related titles and an advertisement label between two articles
        "navigation-share-tags-related",
        "Home | News | Sport | Weather | Contact\n\nSearch\n\n"
        f"{GALE}\n\nBy Anna Berg\nPublished: 3 March 2009\n\nShare this: Facebook Twitter Email\n\n{A}\n\n{B}\n\n"
        "Tags: weather, harbour, storms\n\nRelated articles\nStorm warning for the coast\nFerry services suspended\n\n"
        f"Advertisement\n\n{BUS}\n\nBy Tom Vale\nPublished: 5 March 2009\n\nShare this: Facebook Twitter Email\n\n"
        f"{C}\n\n{D}\n\n© 2009 Coast Weekly. All rights reserved.\n",
        [("Gale tears down", "2009-03-03"), ("Bus timetable change", "2009-03-05")],
    ),
    (
        # reader comments with relative stamps and "Reply", no capture date: the comments are not dated, and the
        # next article keeps its own date
        "comments-with-ages-and-reply",
        f"{GALE}\nMarch 3, 2009\n\n{A}\n\n{B}\n\n3 Comments\n\nharbourwatch\n2 days ago\nThe fence was rotten "
        "anyway.\nReply\n\nislandgirl\n1 day ago\nWorst swell in years.\nReply\n\n"
        f"{BUS}\nMarch 5, 2009\n\n{C}\n\n{D}\n",
        [("Gale tears down", "2009-03-03"), ("3 Comments harbourwatch", None), ("Bus timetable change", "2009-03-05")],
    ),
    (
        # a board whose posts say "« Reply #N on: DATE »" under their subject
        "board-reply-number-on-date",
        "Harbour Forum » Weather » Gale damage\n\n"
        f"Gale damage\n« on: March 03, 2009, 10:15:00 PM »\n\n{A}\n\n"
        f"Re: Gale damage\n« Reply #1 on: March 04, 2009, 08:02:00 AM »\n\n{B}\n\n"
        f"Re: Gale damage\n« Reply #2 on: March 06, 2009, 11:40:00 AM »\n\n{C}\n",
        [("Gale damage «", "2009-03-03"), ("Re: Gale damage", "2009-03-04"), ("Re: Gale damage", "2009-03-06")],
    ),
    (
        # a mailing list's archive: From / Date (RFC 2822) / Subject
        "mailing-list-message-headers",
        "harbour-l mailing list archive\n\n"
        f"From: Anna Berg <anna@example.org>\nDate: Tue, 3 Mar 2009 10:15:00 +0000\nSubject: Gale damage\n\n{A}\n\n"
        f"From: Tom Vale <tom@example.org>\nDate: Thu, 5 Mar 2009 08:02:11 +0000\nSubject: Re: Gale damage\n\n{C}\n",
        [("From: Anna Berg", "2009-03-03"), ("From: Tom Vale", "2009-03-05")],
    ),
    (
        # one story under two sites' headers, each copy with its own date
        "syndicated-copy-two-headers",
        f"COAST WEEKLY\n{GALE}\nMarch 3, 2009\n\n{A}\n\n{B}\n\nTHE HILL TIMES\n{GALE}\nMarch 4, 2009\n\n{A}\n\n{B}\n",
        [("COAST WEEKLY Gale", "2009-03-03"), ("THE HILL TIMES", "2009-03-04")],
    ),
    (
        "no-date-at-all",
        f"{GALE}\n\n{A}\n\n{B}\n\n{BUS}\n\n{C}\n\n{D}\n",
        [("Gale tears down", None), ("Bus timetable change", None)],
    ),
    (
        # German: author, then weekday, dotted date and "Uhr"
        "german-author-then-date",
        "Startseite > Lokales\n\n"
        f"Fähre fährt wieder\n\nVon Anna Berg\n\nDienstag, 03.03.2009, 14:02 Uhr\n\n{E}\n\n"
        f"Schule bekommt neues Dach\n\nVon Tom Vale\n\nDonnerstag, 05.03.2009, 09:15 Uhr\n\n{E}\n",
        [("Fähre fährt wieder", "2009-03-03"), ("Schule bekommt neues", "2009-03-05")],
    ),
    (
        # French: the update first, then the publication; slashed dates on a French page are day first
        "french-update-then-publication",
        f"Le ferry reprend la mer\n\nMis à jour le 05/03/2009 | Publié le 03/03/2009\n\n{F}\n\n"
        f"Le toit de l'école sera réparé\n\nPublié le 06/03/2009 à 09h15\n\n{H}\n",
        [("Le ferry reprend", "2009-03-03"), ("Le toit de", "2009-03-06")],
    ),
    (
        "spanish-byline-fields",
        f"El transbordador vuelve a navegar\n\nPor Ana Berg | Madrid | 3 de marzo de 2009\n\n{G}\n\n"
        f"Reparan el tejado de la escuela\n\nPor Tomás Vale | Sevilla | 5 de marzo de 2009\n\n{G}\n",
        [("El transbordador vuelve", "2009-03-03"), ("Reparan el tejado", "2009-03-05")],
    ),
    (
        "russian-date-with-year-word",
        f"Паром снова в море\n\n3 марта 2009 г.\n\n{R}\n\nШколе починят крышу\n\n5 марта 2009 г.\n\n{R}\n",
        [("Паром снова в", "2009-03-03"), ("Школе починят крышу", "2009-03-05")],
    ),
]


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_unseen_layout(name, text, expected):
    check_layout(text, expected)


def test_a_title_between_paragraphs_of_a_page_without_blank_lines_doubts_the_date_above_it():
    # the second article states no date: the first one's does not date it surely
    got = _got(f"{GALE}\nMarch 3, 2009\n{A}\n{B}\n{BUS}\n{C}\n{D}\n")
    assert [date for _, date, _ in got] == ["2009-03-03"] and got[0][2] < 0.9


@pytest.mark.parametrize(
    "line, day, rule, confidence",
    [
        ("123 points by fernhill 2 days ago | 45 comments", None, "score-by-name-date", None),  # no capture date
        ("March 3, 2009 @ 10:15 am", "2009-03-03", "date-alone", 0.95),
        ("March 3, 2009 in Weather · 3 Comments", "2009-03-03", "date-in-section", 0.95),
        ("Ferry fares to rise again (3 March 2009)", "2009-03-03", "title-bracketed-date", 0.95),
        ("Ferry fares to rise again - 03/13/2009", "2009-03-13", "title-dash-date", 0.95),
        ("PAGE 2 THE DAILY SAMPLE TUESDAY, MARCH 3, 2009", "2009-03-03", "capitals-head", 0.95),
        ("Anna Berg, Staff Writer Published: 03/13/2009 10:15 AM", "2009-03-13", "name-then-label", 0.95),
        ("By Anna Berg and Tom Vale | March 3, 2009", "2009-03-03", "by-name", 0.95),  # two authors: a byline
        ("By harbourwatch, 3 Mar 2009 10:15", "2009-03-03", "by-handle", 0.95),
        ("3-Mar-09", "2009-03-03", "date-alone", 0.95),
        ("Mar-03-2009", "2009-03-03", "date-alone", 0.95),
        ("Tuesday the 3rd of March 2009", "2009-03-03", "date-alone", 0.95),
        # an update in other languages: the text is from then or before
        ("Aktualisiert: 05.03.2009", "2009-03-05", "updated", 0.6),
        ("Mise à jour le 5 mars 2009", "2009-03-05", "updated", 0.6),
        ("Actualizado el 5 de marzo de 2009", "2009-03-05", "updated", 0.6),
        ("Обновлено: 5 марта 2009", "2009-03-05", "updated", 0.6),
        ("Mis à jour le 5 mars 2009 | Publié le 3 mars 2009", "2009-03-03", "published-after-update", 0.95),
        # an update whose order nothing decides: a guess, whatever the row
        ("Mis à jour le 05/03/2009 à 10h15", "2009-05-03", "updated", 0.25),
    ],
)
def test_more_stamp_forms(line, day, rule, confidence):
    from timeline.anchor.headers import header_date
    from timeline.stamps import stamp_of

    assert stamp_of(line) is not None and stamp_of(line).rule == rule
    found = header_date(line)
    assert (found[0].isoformat(), found[3]) == (day, confidence) if day else found is None


@pytest.mark.parametrize(
    "line",
    [
        "Born: 3 March 1950",
        "Date of birth: 3 March 1950",
        "Deadline: 15 March 2009",
        "Event date: 20 March 2009",
        "When: Saturday, March 21, 2009",
        "Kick-off: 20 March 2009 15:00",
        "Valid until 31 March 2009",
        "Geboren am 3. März 1950",
    ],
)
def test_a_date_labelled_as_an_event_dates_no_text(line):
    from timeline.anchor.headers import header_date
    from timeline.stamps import stamp_of

    assert stamp_of(line).rule == "event-label" and header_date(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "He was born on [April 3, 2009]",  # a sentence with a date in brackets
        "The council met in Geneva (3 March 2009).",
        '"Storm batters coast" (3 March 2009)',  # a reference with its quoted title
        "Talks began in (3 March 2009)",
        "The talks began on - 3 March 2009",
        "STORM OF MARCH 3, 2009 REMEMBERED",  # a headline in capitals that names a date
    ],
)
def test_sentences_and_references_with_dates_after_them_are_no_titles(line):
    from timeline.stamps import stamp_of

    st = stamp_of(line)
    assert st is None or st.rule not in ("title-bracketed-date", "title-dash-date", "capitals-head")
