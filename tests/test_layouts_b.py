"""Classes of header and layout that the second page generator (``--pages --generator b``) found unread: stamp
lines in more of the web's forms, member boxes, post footers, running heads, replies with quotes, message exports.
Small texts written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.anchor import anchor_segments
from timeline.model import Document
from timeline.segment import split
from timeline.stamps import PageDates, page_dates, parse_stamp, stamp_of

P1 = (
    "The island ferry resumed sailing on Wednesday after engineers replaced a worn propeller shaft, and "
    "passengers who had waited since the weekend queued from dawn at the harbour gates."
)
P2 = (
    "The town library will open on Sundays from next month, the council said, with volunteers staffing the "
    "reading rooms and a summer club planned for the children's section."
)
P3 = (
    "Growers in the valley expect a late cherry harvest after a cold and wet spring, and most farms now plan "
    "to bring in their pickers a fortnight later than usual."
)


def _anchored(text: str) -> list:
    doc = Document("d", "d.txt", text)
    return list(anchor_segments(doc, split(doc)))


def _dated(text: str) -> list[tuple[dt.date | None, float]]:
    return [(s.anchor.date, s.anchor.confidence) for s in _anchored(text) if s.kind != "navigation"]


@pytest.mark.parametrize(
    "line, expected",
    [
        ("By Jane Roe Posted in World on 03.06.2011", "2011-06-03"),  # clause with a participle, on, date
        ("Post  lowtide on Fri Jun 03, 2011 2:02 pm", "2011-06-03"),  # two words, on, date
        ("lowtide opened this issue Jun 3, 2011 · 4 comments", "2011-06-03"),  # name, past-tense verb, date
        ("bluejay commented Jun 3, 2011", "2011-06-03"),
        ("8 min read · Jun 3, 2011", "2011-06-03"),  # short fields, the date last
        ("PAGE A4 | THE VALLEY SAMPLE | FRIDAY, JUNE 3, 2011", "2011-06-03"),  # a running head in capitals
        ("Jane Roe - 06/03/11 2:02 PM", "2011-06-03"),  # name, dash, numeric date, clock
        ("— Jane Roe, 3 June 2011", "2011-06-03"),  # a signature under the text
        ("### 2011-06-03 ###", "2011-06-03"),  # a day separator framed by signs
        ("— 3 June 2011 —", "2011-06-03"),
        ("r/valleynews lowtide Jun 3 '11", "2011-06-03"),  # board, user, apostrophe year
        ("Updated 10:15 AM ET, Fri June 3, 2011", "2011-06-03"),  # a time before the Updated date
    ],
)
def test_more_stamp_forms_are_read(line, expected):
    st = stamp_of(line)
    assert st is not None, line
    assert parse_stamp(st, PageDates(day_first=False)) == (dt.date.fromisoformat(expected), True)


@pytest.mark.parametrize(
    "line",
    [
        "The plan was agreed on May 5, 1998 by the board",  # a clause with a finite verb: a sentence
        "In Washington today, the aviation agency released the tapes",  # two words then "today": prose
        "The company has reported on March 3, 2009",
        "218 Upvotes",
        "He left on May 5",
    ],
)
def test_sentences_and_counters_are_not_stamps(line):
    assert stamp_of(line) is None


def test_a_join_date_is_not_a_publication_date_and_a_current_time_is_a_capture():
    assert stamp_of("Joined: Sat Apr 13, 2002 5:00 pm").rule == "member-since"
    page = page_dates("It is currently Fri Jun 10, 2011 9:16 pm\n\nRiverside Post · 2 days ago\n")
    assert page.capture == dt.date(2011, 6, 10)
    assert parse_stamp(stamp_of("Riverside Post · 2 days ago"), page) == (dt.date(2011, 6, 8), True)


def _board(rows: list[tuple[str, str, str]]) -> str:
    """A board thread whose posts open with a stamp line over a member box, with a status line after each."""
    parts = ["Home | Forums | Members", ""]
    for n, (stamp, user, body) in enumerate(rows, 1):
        parts += [
            stamp,
            f"#{n}",
            user,
            "Regular",
            "Join Date: Mar 2004",
            f"Posts: {n * 311}",
            "",
            body,
            "",
            f"{user} is offline",
            "",
        ]
    return "\n".join(parts)


def test_posts_with_member_boxes_split_and_keep_their_own_dates():
    text = _board(
        [
            ("Old 03-06-2011, 07:08 AM", "lowtide", P1),
            ("Old 05-06-2011, 02:15 PM", "bluejay77", P2),
            ("Old 13-06-2011, 11:40 AM", "fernhill", P3),  # (a day above 12 decides the order)
        ]
    )
    segs = [s for s in _anchored(text) if s.kind != "navigation"]
    assert [text[s.start : s.start + 3] for s in segs] == ["Old"] * 3  # the status line stays with its post
    assert [s.anchor.date for s in segs] == [dt.date(2011, 6, 3), dt.date(2011, 6, 5), dt.date(2011, 6, 13)]


def test_a_board_post_header_with_a_join_date_is_dated_by_its_post_stamp():
    text = "\n".join(
        [
            "Board index » Valley",
            "",
            "Post subject: Cherry harvest",
            "PostPosted: Fri Jun 03, 2011 7:52 pm",
            "Offline",
            "lowtide",
            "Joined: Sat Apr 13, 2002 5:00 pm",
            "Posts: 3342",
            "",
            P3,
            "",
            "Post subject: Re: Cherry harvest",
            "PostPosted: Wed Jun 08, 2011 8:10 am",
            "Offline",
            "fernhill",
            "Joined: Mon Feb 12, 2007 5:00 pm",
            "Posts: 51",
            "",
            P1,
            "",
        ]
    )
    assert [d for d, _ in _dated(text)] == [dt.date(2011, 6, 3), dt.date(2011, 6, 8)]


def test_a_running_head_over_a_title_and_byline_dates_the_article_below_it():
    text = "\n".join(
        [
            "PAGE A4 | THE VALLEY SAMPLE | FRIDAY, JUNE 3, 2011",
            "",
            "FERRY SAILS AGAIN AFTER REPAIRS",
            "BY JANE ROE",
            "",
            P1,
            "",
            "PAGE A5 | THE VALLEY SAMPLE | WEDNESDAY, JUNE 8, 2011",
            "",
            "LIBRARY TO OPEN ON SUNDAYS",
            "BY ALAN POE",
            "",
            P2,
            "",
        ]
    )
    segs = [s for s in _anchored(text) if s.kind != "navigation"]
    assert [text[s.start : s.start + 4] for s in segs] == ["PAGE", "PAGE"]
    assert [s.anchor.date for s in segs] == [dt.date(2011, 6, 3), dt.date(2011, 6, 8)]


def test_a_reply_with_an_attribution_and_a_quote_opens_its_own_post():
    text = "\n".join(
        [
            "The valley-l Archives",
            "",
            "[valley-l] Ferry back in service",
            "Jane Roe jane at example.org",
            "Fri Jun  3 14:26:45 CET 2011",
            "",
            P1,
            "",
            "[valley-l] Re: Ferry back in service",
            "Alan Poe alan at example.org",
            "Wed Jun  8 09:12:03 CET 2011",
            "",
            "On Jun 3, Jane Roe wrote:",
            "",
            "> The island ferry resumed sailing on Wednesday.",
            "",
            P2,
            "",
        ]
    )
    assert [d for d, _ in _dated(text)] == [dt.date(2011, 6, 3), dt.date(2011, 6, 8)]


def test_a_newest_first_message_export_keeps_each_day_to_its_messages():
    def message(day: str | None, time: str, body: str) -> list[str]:
        return ([day] if day else []) + [f"Valley desk, [{time}]", "", body, "", "👁 1.2K", ""]

    text = "\n".join(
        ["Valley desk", "4120 subscribers", ""]
        + message("### 2011-06-09 ###", "18:30", P3)
        + message("### 2011-06-08 ###", "09:05", P2)
        + message(None, "07:40", P1)
        + message("### 2011-06-06 ###", "16:10", P3.replace("Growers", "Farmers"))
        + message("### 2011-06-03 ###", "12:00", P1.replace("island", "river"))
    )
    dated = _dated(text)
    assert len(dated) == 5
    assert [d for d, _ in dated[:2]] == [dt.date(2011, 6, 9), dt.date(2011, 6, 8)]
    assert dt.date(2011, 6, 6) <= dated[2][0] <= dt.date(2011, 6, 8) and dated[2][1] < 0.9  # between its days
    assert [d for d, _ in dated[3:]] == [dt.date(2011, 6, 6), dt.date(2011, 6, 3)]


def test_a_recurring_sidebar_widget_does_not_make_a_blog_a_thread():
    widget = [
        "Recent Posts",
        "Ferry sails again",
        "Library to open on Sundays",
        "",
        "Archives",
        "June 2011",
        "May 2011",
        "",
    ]
    text = "\n".join(
        [
            "Valley notebook",
            "Home · About",
            "",
            "Ferry sails again after repairs",
            "Posted on June 3, 2011 by lowtide",
            "",
            P1,
            "",
        ]
        + widget
        + ["Library to open on Sundays", "Posted on June 8, 2011 by fernhill", "", P2, ""]
        + widget
        + ["Cherry harvest runs late", "Posted on June 10, 2011 by lowtide", "", P3, ""]
    )
    segs = [s for s in _anchored(text) if s.kind == "article"]
    assert [s.anchor.date for s in segs] == [dt.date(2011, 6, 3), dt.date(2011, 6, 8), dt.date(2011, 6, 10)]
    assert all(s.kind != "post" for s in _anchored(text))


def test_a_post_is_dated_by_its_stamp_not_its_update():
    text = "\n".join(
        [
            "lowtide",
            "Regular",
            "Posts: 12",
            "",
            "03.06.2011 - 14:02",
            "",
            P1,
            "",
            "Updated: 20.06.2011",
            "",
            "fernhill",
            "Regular",
            "Posts: 40",
            "",
            "08.06.2011 - 09:30",
            "",
            P2,
            "",
        ]
    )
    posts = [s for s in _anchored(text) if s.kind == "post"]
    assert [s.anchor.date for s in posts] == [dt.date(2011, 6, 3), dt.date(2011, 6, 8)]


def test_undated_board_posts_split_at_a_subject_over_its_user_name():
    text = "\n".join(
        [
            "Board index » Valley",
            "",
            "Ferry back in service",
            "lowtide",
            "",
            P1,
            "",
            "Re: Ferry back in service",
            "bluejay77",
            "",
            P2,
            "",
            "Re: Ferry back in service",
            "fernhill",
            "",
            P3,
            "",
        ]
    )
    starts = [text[s.start :].split("\n", 1)[0] for s in split(Document("d", "d.txt", text)) if s.kind != "navigation"]
    assert starts == ["Ferry back in service", "Re: Ferry back in service", "Re: Ferry back in service"]


@pytest.mark.parametrize(
    "text",
    [
        # a wrapped short paragraph whose last line is one word: not a title over a user name
        f"{P1}\n\nThe owner holds about 72% of the common shares\noutstanding.\n\n{P2}\n",
        # a quote box: "Quote:", the quoted author, the quoted text, then the reply
        f"{P1}\n\nQuote:\n\nOriginally Posted by lowtide\n\nFerry sails again after the repairs\n\n{P2}\n",
    ],
)
def test_wrapped_tails_and_quote_boxes_open_no_article(text):
    assert [s.kind for s in split(Document("d", "d.txt", text)) if s.kind == "article"] == ["article"]


def test_a_quote_box_between_a_post_header_and_its_text_keeps_the_header():
    box = ["Offline", "fernhill", "Joined: Mon Feb 12, 2007 5:00 pm", "Posts: 51", ""]
    text = "\n".join(
        [
            "Post subject: Cherry harvest",
            "PostPosted: Fri Jun 03, 2011 7:52 pm",
            *box,
            P3,
            "",
            "Post subject: Re: Cherry harvest",
            "PostPosted: Wed Jun 08, 2011 8:10 am",
            *box,
            "Quote:",
            "",
            "Originally Posted by lowtide",
            "",
            P3,
            "",
            P1,
            "",
        ]
    )
    assert [d for d, _ in _dated(text)][:2] == [dt.date(2011, 6, 3), dt.date(2011, 6, 8)]


@pytest.mark.parametrize(
    "lead, capture, expected, sure",
    [
        # a wire dateline opens the first paragraph: the day without its year, in the capture date's year
        ("OTTAWA, June 3 (Wire) — " + P1, dt.date(2011, 6, 10), dt.date(2011, 6, 3), True),
        ("PORT SAMPLE, Valleyland, Jun. 8 (Desk) - " + P2, dt.date(2011, 6, 10), dt.date(2011, 6, 8), True),
        # the latest such day up to the capture: a December dateline captured in January is last year's
        ("OSLO, Dec. 30 — " + P3, dt.date(2012, 1, 4), dt.date(2011, 12, 30), True),
    ],
)
def test_a_dateline_without_its_year_takes_the_capture_year(lead, capture, expected, sure):
    st = stamp_of(lead)
    assert st is not None and st.rule == "dateline"
    assert parse_stamp(st, PageDates(capture=capture)) == (expected, sure)


def test_a_dateline_under_its_title_opens_no_second_segment_and_dates_the_article():
    text = "\n".join(
        [
            "Retrieved 10 June 2011 18:40 UTC",
            "",
            "Ferry sails again after repairs",
            "By Jane Roe",
            "",
            "OTTAWA, June 3 (Wire) — " + P1,
            "",
            "Library to open on Sundays",
            "By Alan Poe",
            "",
            "OTTAWA, June 8 (Wire) — " + P2,
            "",
        ]
    )
    segs = [s for s in _anchored(text) if s.kind != "navigation"]
    assert [text[s.start :].split("\n", 1)[0][:5] for s in segs] == ["Ferry", "Libra"]
    assert [s.anchor.date for s in segs] == [dt.date(2011, 6, 3), dt.date(2011, 6, 8)]
    assert all(s.anchor.confidence < 0.9 for s in segs)  # a day read in the capture's year stays below 0.9
