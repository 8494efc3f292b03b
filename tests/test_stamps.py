"""The one table of header/byline/stamp lines: every row reads its example, and the forms the web uses read
to the right day — numeric in the page's order, relative against the capture line, other languages."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import stamps
from timeline.stamps import PageDates, page_dates, parse_stamp, stamp_of

CAPTURED = PageDates(capture=dt.date(2009, 4, 10))


@pytest.mark.parametrize("name, pattern, example", stamps.STAMP_LINES)
def test_every_row_matches_its_example(name, pattern, example):
    assert stamp_of(example).rule == name


@pytest.mark.parametrize("name, pattern, example", stamps.TOKENISED)
def test_tokenised_stamps_are_read_joined(name, pattern, example):
    assert stamp_of(example) is not None and stamp_of(example) == stamp_of(stamps._joined(example))


@pytest.mark.parametrize("name, pattern, example", stamps.DATE_FORMS)
def test_every_date_form_is_read(name, pattern, example):
    st = stamp_of(example)
    assert st is not None and st.form == name and parse_stamp(st, CAPTURED) is not None


@pytest.mark.parametrize(
    "text, page, expected",
    [
        ("[03/04/09] Ferry service resumes", PageDates(day_first=True), "2009-04-03"),
        ("[03/04/09] Ferry service resumes", PageDates(day_first=False), "2009-03-04"),
        ("Published:\u00a03 April 2009", PageDates(), "2009-04-03"),
        ("Friday 3 April 2009 14:02 BST", PageDates(), "2009-04-03"),
        ("Posted on 2009-04-03 by quietvoice", PageDates(), "2009-04-03"),
        ("Date: 25/04/2009", PageDates(), "2009-04-25"),
        # a feed reader's fields set apart by slashes; a web archive's copy address (the capture, never an article's)
        ("The Coast Courier / by Ines Varga / Tue, Mar 11, 2031 10:38 AM", PageDates(), "2031-03-11"),
        ("https://archive.example/web/20310320110830/https://coast.example/", PageDates(), "2031-03-20"),
        # month and weekday names of more languages (dateparser's): Indonesian, Catalan, Slovak
        ("Sabtu, 15 Maret 2031 13:07 WIB", PageDates(), "2031-03-15"),
        ("dissabte, 15 de març de 2031", PageDates(), "2031-03-15"),
        ("Sobota, 15. marca 2031", PageDates(), "2031-03-15"),
        # Croatian (a point after the year, "u" before the time), Ukrainian ("р."), Catalan ("d'abril"), Swahili,
        # Hebrew, Lithuanian ("2031 m. kovo 15 d.")
        ("subota, 15. ožujka 2031. u 13:07", PageDates(), "2031-03-15"),
        # a full-width colon and a weekday after the time (Chinese), one in brackets (Japanese); Vietnamese
        ("发布时间：2031-03-15 13:07:22 星期六", PageDates(), "2031-03-15"),
        ("2031.03.15（土）13:07", PageDates(), "2031-03-15"),
        ("Thứ Bảy, ngày 15 tháng 3 năm 2031", PageDates(), "2031-03-15"),
        ("Thứ bảy, 15/3/2031, 13:07 (GMT+7)", PageDates(), "2031-03-15"),
        # Hindi (vowel signs are marks to Python's \w; Devanagari digits), Thai with its Buddhist Era year
        ("प्रकाशित: शनिवार, 15 मार्च 2031 01:07 PM", PageDates(), "2031-03-15"),
        ("१५ मार्च २०३१", PageDates(), "2031-03-15"),
        ("วันเสาร์ที่ 15 มีนาคม 2574", PageDates(), "2031-03-15"),
        # an article's address without its scheme, its day run into the slug (whose words are no weekday)
        ("Permalink: coast.example/news/20310315-sunday-ferries-return.html", PageDates(), "2031-03-15"),
        ("coast.example/2031/03/15/sunday-ferries-return/", PageDates(), "2031-03-15"),
        # a video's views before its date; a printed record's date over its column
        ("459,724 views  Mar 15, 2031", PageDates(), "2031-03-15"),
        ("15 Mar 2031 : Column 297", PageDates(), "2031-03-15"),
        # a Japanese era's year (Reiwa 13 is 2031; an era's first year is written "元")
        ("公開日：令和13年3月15日 13:07", PageDates(), "2031-03-15"),
        ("平成元年1月8日", PageDates(), "1989-01-08"),
        # a month word of two languages ("listopada": Polish November, Croatian October): the weekday decides
        ("četvrtak, 16. listopada 2031. u 15:51", PageDates(), "2031-10-16"),
        ("niedziela, 16 listopada 2031", PageDates(), "2031-11-16"),
        ("15 березня 2031 р., 13:07", PageDates(), "2031-03-15"),
        ("dissabte, 15 d'abril de 2031", PageDates(), "2031-04-15"),
        ("Jumamosi, 15 Machi 2031", PageDates(), "2031-03-15"),
        ("יום שבת, 15 במרץ 2031", PageDates(), "2031-03-15"),
        ("2031 m. kovo 15 d. 13:07", PageDates(), "2031-03-15"),
        # a received stamp: the month, a dash, the day and the year
        ("NOV - 2 2031", PageDates(), "2031-11-02"),
        ("RECEIVED OCT-30 2031", PageDates(), "2031-10-30"),
        ("By Jane Roe | 04/25/2009", PageDates(), "2009-04-25"),
        ("2009-04-03T23:30:00-05:00", PageDates(), "2009-04-03"),
        ("Fri, 03 Apr 2009 14:02:00 +0000", PageDates(), "2009-04-03"),
        ("Updated 09:12 BST, 5 April 2009 | First published 3 April 2009", PageDates(), "2009-04-03"),
        ("#12 03.04.2009, 14:02", PageDates(), "2009-04-03"),
        ("3 days ago", CAPTURED, "2009-04-07"),
        ("yesterday at 14:02", CAPTURED, "2009-04-09"),
        ("3 days ago", PageDates(), None),  # no capture date: never resolved against today
        ("3. April 2009, 14:02 Uhr", PageDates(), "2009-04-03"),
        ("Publié le 3 avril 2009 à 14h02", PageDates(), "2009-04-03"),
        ("3 de abril de 2009", PageDates(), "2009-04-03"),
        ("3 апреля 2009, 14:02", PageDates(), "2009-04-03"),
        ("Posted: Fri Apr 03, 2009 2:02 pm", PageDates(), "2009-04-03"),
        ("April 3, 2009 2:02 PM EDT", PageDates(), "2009-04-03"),
        ("« Reply #3 on: April 03, 2009, 02:02:44 PM »", PageDates(), "2009-04-03"),
        ("Jane Roe, April 3, 2009", PageDates(), "2009-04-03"),
        ("Posted at 14:02 on April 3, 2009", PageDates(), "2009-04-03"),
        ("an hour ago", CAPTURED, "2009-04-10"),
        ("Fri 03/04/2009 14:02", PageDates(), "2009-04-03"),  # the weekday picks the reading
        ("Wed 03/04/2009 14:02", PageDates(), "2009-03-04"),
        ("Fri Apr 3 14:02:00 UTC 2009", PageDates(), "2009-04-03"),  # a Unix date stamp
        ("14:02, 3 April 2009", PageDates(), "2009-04-03"),  # the time first
        ("2009年4月3日", PageDates(), "2009-04-03"),
        ("2009.04.03", PageDates(), "2009-04-03"),
        ("Written by Jane Roe | Friday, 03 April 2009 14:02", PageDates(), "2009-04-03"),
        ("First posted April 3, 2009 14:02:00", PageDates(), "2009-04-03"),
        ("Story posted 2009/04/03 at 2:02 p.m.", PageDates(), "2009-04-03"),
        ("3 April 2009 14:02 GMT+1", PageDates(), "2009-04-03"),
        ("Posted: Fri Apr 03, 2009 2:02 pm    Post subject: Re: Ferry plans", PageDates(), "2009-04-03"),
        ("fernhill · 5 hr. ago", CAPTURED, "2009-04-10"),
        ("3d ago", CAPTURED, "2009-04-07"),
        ("2 wks ago", CAPTURED, "2009-03-27"),
        # "ago" in more languages: Dutch, Polish, Czech and Slovak, Turkish, Danish, Finnish, Romanian,
        # Hungarian, Indonesian, Chinese, Japanese, Korean
        ("3 dagen geleden", CAPTURED, "2009-04-07"),
        ("2 tygodnie temu", CAPTURED, "2009-03-27"),
        ("pred 4 dňami", CAPTURED, "2009-04-06"),
        ("3 gün önce", CAPTURED, "2009-04-07"),
        ("3 dage siden", CAPTURED, "2009-04-07"),
        ("3 päivää sitten", CAPTURED, "2009-04-07"),
        ("acum 3 zile", CAPTURED, "2009-04-07"),
        ("3 nappal ezelőtt", CAPTURED, "2009-04-07"),
        ("1 hari yang lalu", CAPTURED, "2009-04-09"),
        ("3天前", CAPTURED, "2009-04-07"),
        ("2 日前", CAPTURED, "2009-04-08"),
        ("3일 전", CAPTURED, "2009-04-07"),
        # a field, then "Posted by" and the poster's handle
        ("r/riverton • Posted by u/harbourwatch 3 days ago", CAPTURED, "2009-04-07"),
        ("Local news | Posted by anna_b April 3, 2009", PageDates(), "2009-04-03"),
        # the time before the date, after a label
        ("Published 2:02 PM ET Fri, 3 April 2009", PageDates(), "2009-04-03"),
        ("Posted at 2:02 PM, Apr 03, 2009", PageDates(), "2009-04-03"),
        ("Page last updated at 14:02 GMT, Friday, 3 April 2009 15:02 UK", PageDates(), "2009-04-03"),
        # a publication and an update on one line, in either order: the publication
        ("Published April 3, 2009 Updated April 4, 2009", PageDates(), "2009-04-03"),
        ("PUBLISHED: 14:02 BST, 3 April 2009 | UPDATED: 15:00 BST, 4 April 2009", PageDates(), "2009-04-03"),
        ("UPDATED: 15:00 BST, 4 April 2009 | PUBLISHED: 14:02 BST, 3 April 2009", PageDates(), "2009-04-03"),
        # day, short month and year joined by hyphens
        ("Publication date: 03-Apr-2009", PageDates(), "2009-04-03"),
        ("3-APR-2009", PageDates(), "2009-04-03"),
        # a date alone in brackets, or after a dash
        ("[April 3, 2009]", PageDates(), "2009-04-03"),
        ("(Fri 3 Apr 2009)", PageDates(), "2009-04-03"),
        ("— April 3, 2009", PageDates(), "2009-04-03"),
        # an update stamp in brackets (a CMS's footer), and a created date after a modified one
        ("Last Updated ( Friday, 03 April 2009 14:02 )", PageDates(), "2009-04-03"),
        ("Last modified: 4 April 2009 | Created: 3 April 2009", PageDates(), "2009-04-03"),
        # a C ``ctime`` stamp with its zone after the year, and a poster after it
        ("submitted on Fri Apr 3 14:02:00 2009 UTC by quietfox", PageDates(), "2009-04-03"),
        # a press release's embargo line, capitals and all
        ("EMBARGOED UNTIL 00:01 GMT, FRIDAY 3 APRIL 2009", PageDates(), "2009-04-03"),
        # month names in other languages dateparser knows
        ("3 kwietnia 2009 14:02", PageDates(), "2009-04-03"),
        ("03 Nisan 2009", PageDates(), "2009-04-03"),
        # a voting site's older item: its full date after "on"
        ("543 points by fernhill on Apr 3, 2009 | 61 comments", PageDates(), "2009-04-03"),
        # ... with their labels, weekdays (before the date or after it), times and the portal's fields after them
        ("Dodano: piątek, 3 kwietnia 2009 14:02", PageDates(), "2009-04-03"),
        ("03 Nisan 2009 Cuma 14:02", PageDates(), "2009-04-03"),
        ("Publicerad 3 april 2009 kl 14.02 | Uppdaterad 4 april 2009 kl 10.15", PageDates(), "2009-04-03"),
        ("2009年04月03日14:02\u3000来源：新闻网\u3000作者：王", PageDates(), "2009-04-03"),
        # a card's date on two lines (``segment.lines_of`` joins them into one line)
        ("03\nAPR 2009", PageDates(), "2009-04-03"),
        # ... but not a bracketed date inside a sentence
        ("He was born on [April 3, 2009]", PageDates(), None),
        ("In (April 3, 2009) a new law took effect", PageDates(), None),
    ],
)
def test_stamps_read_to_the_day(text, page, expected):
    st = stamp_of(text)
    found = parse_stamp(st, page) if st else None
    assert (found[0].isoformat() if found else None) == expected


@pytest.mark.parametrize(
    "line",
    [
        "He said on 3 April 2009 that the talks had ended.",
        "The plan was agreed on May 5, 1998 by the board",
        "Harbour reopens after the storm",
        "In 1998 the company said",
        # (a hard-wrapped sentence's line: words, a date, and the sentence going on after it)
        "year ending June 30, 2032, to fall below a recent analyst's estimate",
        # (a revision history's row: a version number is no name)
        "1.1  2031-03-12  Updated affected areas",
    ],
)
def test_prose_and_titles_are_not_stamps(line):
    assert stamp_of(line) is None


def test_the_page_decides_the_order_of_numeric_dates():
    # a date that cannot be month-first decides the page
    assert page_dates("Date: 25/04/2009\n\nDate: 03/04/2009\n").day_first is True
    assert page_dates("By Jane Roe | 04/25/2009\n\nBy Jane Roe | 04/03/2009\n").day_first is False
    # nothing numeric decides: the dates written in words pick the reading that keeps the page together
    page = page_dates("Published: 2 October 2009\n\nDate: 05/10/2009\n")
    assert page.day_first is True
    st = stamp_of("Date: 05/10/2009")
    assert parse_stamp(st, page) == (dt.date(2009, 10, 5), True)
    # dotted dates are day-first by convention: they keep the page together like dates in words
    page = page_dates("27.10.1989\n\nWed 01/11/1989 16:26\n")  # both readings of 01/11/1989 are Wednesdays
    assert page.day_first is True
    assert parse_stamp(stamp_of("Wed 01/11/1989 16:26"), page) == (dt.date(1989, 11, 1), True)
    # both readings among the page's dates (6 May and 5 June on a page running April to June): the order its
    # dates in words are written in reads it (day first), as a guess on an English page
    page = page_dates("Published: 20 April 2010\n\nPublished: 10 June 2010\n\nDate: 06/05/2010\n")
    assert parse_stamp(stamp_of("Date: 06/05/2010"), page) == (dt.date(2010, 5, 6), False)
    # nothing numeric decides and no date in words: nothing decides
    assert page_dates("Date: 06/05/2010\n\nDate: 07/05/2010\n").day_first is None
    # and when nothing decides, the reading is marked as a guess
    assert parse_stamp(st, PageDates()) == (dt.date(2009, 5, 10), False)


@pytest.mark.parametrize(
    "page, line, expected",
    [
        # a US page: the month before the day in words, so in its slashed dates too, though the other reading
        # lies nearer its other date; the two disagree, so the reading is no longer sure
        (
            "By Anna Berg | March 3, 2009\n\nBy Tom Vale | 04/03/2009\n",
            "By Tom Vale | 04/03/2009",
            ("2009-04-03", False),
        ),
        # the words and the nearer reading agree: sure
        ("Posted March 3, 2009\n\nPosted 03/04/2009\n", "Posted 03/04/2009", ("2009-03-04", True)),
        ("Posted 3 March 2009\n\nPosted 04/03/2009\n", "Posted 04/03/2009", ("2009-03-04", True)),
        # the day first in words and the page in French: sure, though both readings lie near its other date
        (
            "Publié le 1 mars 2009\n\nPublié le 30 avril 2009\n\nPublié le 04/03/2009\n\nLe ferry a repris ses "
            "traversées mercredi après le remplacement d'un arbre usé, et les passagers faisaient la queue.\n",
            "Publié le 04/03/2009",
            ("2009-03-04", True),
        ),
        # the same on an English page: the words' order, as a guess
        (
            "Published 1 March 2009\n\nPublished 30 April 2009\n\nPublished 04/03/2009\n\nThe ferry sailed "
            "again on Wednesday after engineers replaced a worn shaft, and the passengers queued at the gate.\n",
            "Published 04/03/2009",
            ("2009-03-04", False),
        ),
        # the day first in words is written on pages of either convention: the nearer reading keeps the page
        # together (1 November, not 11 January), as a guess since the words say otherwise
        (
            "27 Oct 1989 | Local\n\n[11/01/89] Markets rally after the vote\n",
            "[11/01/89] Markets rally",
            ("1989-11-01", False),
        ),
        # and on a UK page the words were right: no reading is sure (3 February, read 2 March)
        (
            "24 February 2009\n\n[03/02/09] Markets rally after the vote\n",
            "[03/02/09] Markets rally",
            ("2009-03-02", False),
        ),
        # the nearer reading alone, on a page whose dates lie far apart (20 May and 15 June): not sure
        (
            "20 May 2009\n\nJune 15, 2009\n\n[05/06/09] Ferry fares to rise again\n",
            "[05/06/09] Ferry fares to rise again",
            ("2009-06-05", False),
        ),
        # a page writing its dates in words both ways (an aggregator's sources): the nearer reading alone
        ("March 3, 2009\n\n5 March 2009\n\nDate: 04/03/2009\n", "Date: 04/03/2009", ("2009-03-04", True)),
        # a date that cannot be month-first decides over the words
        ("March 3, 2009\n\nDate: 25/03/2009\n\nDate: 04/03/2009\n", "Date: 04/03/2009", ("2009-03-04", True)),
        # the month first in words, but the words' reading of the slashed date lies months away from every date
        # the page writes (an aggregator's source writes the day first): the reading among them, as a guess
        (
            "Coast Courier — Nov 1, 2031\n\nValley Post — Nov 3, 2031\n\nvia Coast Courier\n01/11/2031\n",
            "01/11/2031",
            ("2031-11-01", False),
        ),
    ],
)
def test_the_order_of_the_dates_in_words_reads_the_numeric_ones(page, line, expected):
    found = parse_stamp(stamp_of(line), page_dates(page))
    assert (found[0].isoformat(), found[1]) == expected


def test_rounded_relative_stamps_and_wrong_weekdays_are_guesses():
    assert parse_stamp(stamp_of("3 weeks ago"), CAPTURED) == (dt.date(2009, 3, 20), False)
    assert parse_stamp(stamp_of("Monday 3 April 2009"), PageDates()) == (dt.date(2009, 4, 3), False)


def test_capture_line_gives_the_page_date_and_dates_no_article():
    from timeline.anchor import header_date

    for line in (
        "Retrieved 10 April 2009 08:14 UTC",
        "Captured on 10 April 2009 from https://x.example/news",
        "Snapshot of https://x.example taken on 10 April 2009",
        "Page captured: 2009-04-10T08:00Z",
        # the address it was taken from may hold digits
        "Saved from https://forum.example/thread/123 on 10 April 2009",
        "Archived at web.example/2009/04/ on 10 Apr 2009",
        # the noun, with the archive's address after the date
        "Web capture of Apr 10, 2009 08:14:00 (archive.example/web/20090410081400/)",
        # a file of clippings states when it was put together
        "Compiled 10 April 2009",
    ):
        assert page_dates(f"{line}\n\nNews\n").capture == dt.date(2009, 4, 10), line
    assert header_date("Retrieved 10 April 2009 08:14 UTC") is None
    assert header_date("Saved from https://forum.example/thread/123 on 10 April 2009") is None


@pytest.mark.parametrize(
    "line, expected",
    [
        # a reply's attribution of what it quotes dates the quoted text, not the reply
        ("On Fri, Apr 3, 2009 at 2:02 PM, Anna Berg wrote:", None),
        ("On 3 April 2009 lowtide wrote:", None),
        ("Quote: Originally Posted by lowtide on 25-04-2009", None),
        # ... but a commenter's own header, or a copy's first publication, is a date
        ("anna on April 3, 2009 at 2:02 pm said:", "2009-04-03"),
        ("Originally published by the Lake Gazette on 3 April 2009", "2009-04-03"),
        # an update and a publication on one line: the publication
        ("Updated Apr 4, 2009; Posted Apr 3, 2009", "2009-04-03"),
    ],
)
def test_quoted_dates_are_not_the_replys_and_the_first_publication_wins(line, expected):
    from timeline.anchor import header_date

    found = header_date(line)
    assert (found[0].isoformat() if found else None) == expected
    assert header_date("Quote from: lowtide on April 03, 2009, 02:02:44 PM") is None  # a quoted post's date


def test_a_stamp_without_its_year_takes_the_pages():
    # against the capture date: the latest such day up to it
    assert parse_stamp(stamp_of("Coastal Herald · Apr 3"), CAPTURED) == (dt.date(2009, 4, 3), True)
    assert parse_stamp(stamp_of("Posted: 14 Dec"), CAPTURED) == (dt.date(2008, 12, 14), True)
    # no capture date: the year of the page's other stamps, as a guess; none at all: no date
    page = page_dates("Published: 2 April 2009\n\nValley Post · Apr 3\n")
    assert page.year == 2009 and parse_stamp(stamp_of("Valley Post · Apr 3"), page) == (dt.date(2009, 4, 3), False)
    assert parse_stamp(stamp_of("Apr 3"), PageDates()) is None
    # a sentence or a counter is not a stamp
    for line in ("He left on May 5", "Posts 12", "Page 3", "June 2020", "Feb. 1, soon after Mr. Roe reaches 65,"):
        assert stamp_of(line) is None, line


@pytest.mark.parametrize(
    "line,date",
    [
        # a print page's running head: fields set apart by runs of spaces, the date not last
        ("THE COAST COURIER          MONDAY, MARCH 16, 2031          PAGE 4", "MARCH 16, 2031"),
        ("PAGE 4\t\t\tTHE COAST COURIER\t\t\tMonday, March 16, 2031", "March 16, 2031"),
        ("THE COAST COURIER | MONDAY, MARCH 16, 2031 | PAGE 4", "MARCH 16, 2031"),  # not "PAGE 4"
    ],
)
def test_a_running_heads_date_is_its_stamp(line, date):
    found = stamp_of(line)
    assert found is not None and found.text == date


@pytest.mark.parametrize(
    "line,date",
    [
        ("Post by lowtide » Mon Mar 03, 2031 10:12 pm", "Mar 03, 2031"),  # a board's field separator
        ("by lowtide › 3 March 2031, 22:12", "3 March 2031"),
    ],
)
def test_a_post_header_with_an_arrow_between_its_fields_is_a_stamp(line, date):
    found = stamp_of(line)
    assert found is not None and found.text == date


def test_a_guillemet_closing_a_quotation_is_no_field_separator():
    assert stamp_of("«Talks resume» was the headline on 3 March 2031") is None


@pytest.mark.parametrize("language, pattern, example", stamps.UPDATE_WORDS)
def test_an_update_word_of_every_language_marks_a_later_state(language, pattern, example):
    st = stamp_of(f"{example}: 2009-04-04 10:15")
    assert st is not None and st.rule in stamps.LATER_STATE


def test_a_notice_is_dated_by_its_initial_release_not_its_current_one():
    first = stamp_of("Initial release: March 11, 2031 | Last revised: March 14, 2031 | Version 1.1")
    assert first.rule not in stamps.LATER_STATE and parse_stamp(first)[0] == dt.date(2031, 3, 11)
    assert stamp_of("Current release date: 2031-03-14").rule in stamps.LATER_STATE


@pytest.mark.parametrize(
    "line",
    [
        "Honda Accord 4d Sedan",  # (no Swedish "sedan" after a one-letter unit)
        "EDITOR'S NOTE - April 3, 2031: This story has been corrected.",  # (a dash dateline names its region too)
    ],
)
def test_lines_that_only_look_like_stamps(line):
    assert stamp_of(line) is None


def test_an_address_row_is_fast_on_a_very_long_line():
    import time

    started = time.perf_counter()
    assert stamp_of("https://coast.example/" + "2031/03/15/" * 2000 + " and words after it") is None
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize("language, pattern, example", stamps.PUBLISH_WORDS)
def test_a_publication_word_of_every_language_wins_over_the_update_before_it(language, pattern, example):
    update = next(ex for lang, _, ex in stamps.UPDATE_WORDS if lang == language)
    st = stamp_of(f"{update}: 2009-04-04 10:15 | {example}: 2009-04-03 14:02")
    assert st is not None and st.rule in stamps.FIRST_PUBLISHED
    assert parse_stamp(st, CAPTURED)[0] == dt.date(2009, 4, 3)


@pytest.mark.parametrize(
    "text, expected",
    [
        # ISO 8601 week dates, extended and basic
        ("Bulletin 2031-W11-4 / no. 88", "2031-03-13"),
        ("2031W114", "2031-03-13"),
        ("2031-W54-1", None),  # no 54th week
        # the basic form only after an edition's label: a bare eight-digit number is an id
        ("Harbour Weekly · Ed. 20310313 · p. 4", "2031-03-13"),
        ("Order no. 20310313", None),
        # a month in Roman numerals, a Hungarian year-first date, Greek and Arabic month names, Arabic-Indic digits
        ("Gazeta Portowa, 13.III.2031", "2031-03-13"),
        ("13. XI. 2031", "2031-11-13"),
        ("2031. március 13., csütörtök 09:15", "2031-03-13"),
        ("Πέμπτη, 13 Μαρτίου 2031", "2031-03-13"),
        ("الخميس ١٣ مارس ٢٠٣١", "2031-03-13"),
        # an hour word between the date and the time, a bullet operator between fields
        ("giovedì 13 marzo 2031 ore 09:15", "2031-03-13"),
        ("13 marca 2031 godz. 09:15", "2031-03-13"),
        ("MAR 13, 2031 ∙ 40 likes ∙ 2 comments", "2031-03-13"),
        # a notice's closing date
        ("Dated this 13th day of March, 2031.", "2031-03-13"),
        ("GIVEN at Northbay this 13th day of March, 2031", "2031-03-13"),
        # chat exports: a message's stamp and sender, a copied message's header
        ("[13/03/2031, 09:15:02] Ines Varga: Ferry fares to rise again", "2031-03-13"),
        ("3/13/31, 9:15 AM - Ines Varga: ferry fares to rise again", "2031-03-13"),
        ("Ines Varga, [13.03.2031 09:15]", "2031-03-13"),
    ],
)
def test_more_forms_the_web_and_print_use(text, expected):
    st = stamp_of(text)
    found = parse_stamp(st) if st is not None else None
    assert (found[0].isoformat() if found else None) == expected


def test_a_notice_closing_date_is_a_footer_and_chat_messages_read_at_any_length():
    assert stamp_of("Dated this 13th day of March, 2031.").rule in stamps.FOOTERS
    long_message = "[13/03/2031, 09:15:02] Ines Varga: " + "the ferry board met again " * 8
    assert stamp_of(long_message).rule == "chat-message"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("3d", "2009-04-07"),
        ("5h", "2009-04-10"),
        ("@harbourwatch@social.example · 2d", "2009-04-08"),
        ("3d • Edited", "2009-04-07"),
        ("Level 3d", None),  # a compact age only alone or among a bar's fields
        ("Posts 12d", None),
        ("3D", None),
    ],
)
def test_compact_ages_read_against_the_capture(text, expected):
    st = stamp_of(text)
    found = parse_stamp(st, CAPTURED) if st is not None else None
    assert (found[0].isoformat() if found else None) == expected


@pytest.mark.parametrize(
    "text, rule",
    [
        ("on Aug. 7, 2031 at the embassies in", None),  # a wrapped sentence's line, not a name and its date
        ("since 3 April 2031 the ferries have", None),
        ("Quill was injured on Oct. 23, 2031 by a", None),  # a label holds no finite verb
        ("Posted on 3 April 2031", "labelled"),
        ("fernhill 3 days ago", "name-then-date"),
        ("Categories: March 12, 2031 | Europe | Weather", "categories"),  # under the text, never a header
        ("LOAD-DATE: March 19, 2031", "capture"),  # when a database loaded the text
    ],
)
def test_lines_that_are_not_headers(text, rule):
    st = stamp_of(text)
    assert (st.rule if st else None) == rule
    if rule == "categories":
        assert rule in stamps.FOOTERS


@pytest.mark.parametrize(
    "line, expected",
    [
        ("the figures. —Ann Berg (talk) 14:22, 3 April 2009 (UTC)", "2009-04-03"),
        ("die Zahlen. -- Ann Berg (Diskussion) 14:22, 3. Apr. 2009 (CEST)", "2009-04-03"),
        ("les chiffres. Ann Berg (discuter) 3 avril 2009 à 14:22 (CEST)", "2009-04-03"),
        ("de cijfers. Ann Berg (overleg) 3 apr 2009 14:22 (CET)", "2009-04-03"),
        # no time: no signature stamp; brackets in a sentence are no signature
        ("the figures. —Ann Berg (talk)", None),
        ("He said (in Paris) that 3 April 2009 (UTC) was the day.", None),
    ],
)
def test_talk_page_signatures_date_their_comment(line, expected):
    st = stamps.signature_stamp(line)
    assert (parse_stamp(st)[0].isoformat() if st else None) == expected
