"""Segmentation: concatenated articles, forum threads, comment blocks, navigation, repeated blocks."""

from __future__ import annotations

import re

import pytest

from timeline import anchor, segment
from timeline.model import Document
from timeline.segment import split

LEAD = (
    "Government forces advanced into the eastern districts of the city on Monday, officials said, as aid groups "
    "warned that thousands of civilians remained trapped without food or medicine."
)
BODY = (
    "The offensive followed weeks of shelling. Residents described the situation as desperate, and several "
    "hospitals were reported to have closed their doors to new patients."
)


def _doc(text: str) -> Document:
    return Document("d", "d.txt", text)


def _kinds(text: str) -> list[tuple[str, str]]:
    segs = split(_doc(text))
    _tiles(text, segs)
    return [(s.kind, " ".join(text[s.start : s.end].split())[:25]) for s in segs]


def _tiles(text, segs):
    assert segs[0].start == 0 and segs[-1].end == len(text)
    for a, b in zip(segs, segs[1:]):
        assert a.end == b.start and a.start < a.end


@pytest.mark.parametrize(
    "table", [segment.COMMENT_PATTERNS, segment.NAVIGATION_PATTERNS, segment.CAPTION_PATTERNS, segment.AUTHOR_PATTERNS]
)
def test_every_pattern_matches_its_example(table):
    for name, pattern, example in table:
        assert re.fullmatch(rf"(?:{pattern})\s*", example.strip()), name


@pytest.mark.parametrize(
    "text, starts",
    [
        # user name, a rank the rules never heard of, a post counter: the shapes recur, the values differ
        (
            f"quietvoice\nGrand Wizard\nPosts: 1,204\n\n{LEAD}\n\nlowtide\nGrand Wizard\nPosts: 87\n\n{BODY}\n\n"
            f"quietvoice\nNovice\nPosts: 1,205\n\nThanks, a short reply to both of you.\n",
            ["quietvoice", "lowtide", "quietvoice"],
        ),
        # a title repeated twice (a syndicated copy) is not a thread
        (f"Harbour reopens\n\n{LEAD}\n\nHarbour reopens\n\n{LEAD}\n", []),
    ],
)
def test_post_headers_from_recurring_short_lines(text, starts):
    lines = segment.lines_of(text)
    assert [lines[i].stripped for i, _ in segment._post_headers(lines)] == starts


@pytest.mark.parametrize(
    "line, expected",
    [
        ("1. Marta says", "numbered-says"),
        ("• Deniz says", "bullet-says"),
        ("Alan says:", "name-says"),
        ("12 comments", "comment-count"),
        ("Reader comments (2)", "comments-title"),
        ("Comments:", "comments-title"),
        ("Responses (2)", "comments-title"),
        ("3 Responses to “Harbour reopens after the storm”", "comment-count"),
        ("Kirby says the plan failed.", None),
        ("Responses to the plan were mixed.", None),
    ],
)
def test_comment_lines(line, expected):
    assert segment.comment_line(line) == expected


def test_one_article_is_one_segment():
    text = f"Army enters the city\n\n{LEAD}\n\n{BODY}\n"
    segs = split(_doc(text))
    assert [(s.start, s.end, s.kind) for s in segs] == [(0, len(text), "article")]


def test_concatenated_articles_split_at_headline_and_byline():
    text = (
        f"Army enters the city\n\n{LEAD}\n\n{BODY}\n\n"
        f"Talks collapse in Geneva as envoys leave\n\nOctober 20, 2016 By\n\n"
        f"Diplomats from both countries left Geneva on Thursday after three days of talks ended without any "
        f"agreement on a ceasefire, a spokesman said.\n\nBoth delegations blamed the other side for the failure and said that no date had been set for a further round of negotiations.\n\n"
        f"Why the siege matters\n\nby John Wight\n\nWhen you reach the stage of making a distinction between "
        f"good terrorists and bad terrorists, you are defending the indefensible, the author argues here.\n"
    )
    segs = split(_doc(text))
    _tiles(text, segs)
    assert [s.boundary for s in segs] == ["start", "byline", "byline"]
    assert text[segs[1].start :].startswith("Talks collapse in Geneva")


def test_headline_without_byline_needs_a_fresh_lead():
    article = f"First story headline here\n\n{LEAD}\n\n{BODY}\n\n"
    fresh = article + f"Second story about the harbour\n\n{LEAD}\n"
    assert [k for k, _ in _kinds(fresh)] == ["article", "article"]
    # a related-link box inside an article: the paragraph under it continues ("Also ...")
    related = article + f"A tale of two narratives about the war\n\nAlso omitted are the facts. {BODY}\n"
    assert [k for k, _ in _kinds(related)] == ["article"]
    # a sentence, a caption, a "READ MORE" line or a video widget is not a headline
    for line in (
        "He said the talks would resume.",
        "READ MORE: Turkey may launch ground op against Kurds",
        "Donald Trump CREDIT: EVAN VUCCI /AP",
        "Russia’s military arsenal – in 90 secondsPlay!01:38",
    ):
        assert len(split(_doc(article + f"{line}\n\n{LEAD}\n"))) == 1, line


def test_long_blank_gap_starts_an_article_whose_headline_was_lost():
    text = f"Title of the story\n\n{LEAD}\n\n{BODY}\n\n{BODY}\n\n\n\n{LEAD}\n\n{BODY}\n"
    segs = split(_doc(text))
    assert [s.boundary for s in segs] == ["start", "gap"]


def test_comments_and_trailing_navigation():
    text = (
        f"conflict zones, latest\n\nMorale collapses on the southern front\n\n{LEAD}\n\n{BODY}\n\n"
        f"  1. BigB says\n\n    The game is up in Aleppo.\n\n  2. Alan says\n\n    Too speculative.\n\n"
        f"Comments are closed.\n"
    )
    assert [k for k, _ in _kinds(text)] == ["navigation", "article", "comments", "navigation"]


@pytest.mark.parametrize(
    "footer", ["© 2031 Harbour Media. All rights reserved.", "Copyright 2031 Quay Press", "Terms · Privacy · Cookies"]
)
def test_a_site_footer_is_navigation_not_the_last_articles_text(footer):
    text = f"Morale collapses on the southern front\n\n{LEAD}\n\n{BODY}\n\n{footer}\n"
    assert [k for k, _ in _kinds(text)] == ["article", "navigation"]


def test_a_credit_sentence_is_not_a_footer():
    assert segment.navigation_line("© 2016 Reuters photo taken on Friday.") is None


THREAD = f"""Thread title about the war in Syria

The Living Force
FOTCM Member
Foreign intelligence forces have attacked oil and gas facilities in the Homs governorate, causing damage.

Very interesting developments:

21 December 2019


The Living Force
Foreign intelligence forces have attacked oil and gas facilities in the Homs governorate, causing damage.
{LEAD}


Jedi Master
Strike on a base
29.12.2019 - 23:49

{BODY}


The Living Force
FOTCM Member
Just a short reply without a date.

Top Bottom
"""


def test_forum_thread_posts_quotes_and_navigation():
    segs = split(_doc(THREAD))
    _tiles(THREAD, segs)
    kinds = [s.kind for s in segs]
    assert kinds == ["navigation", "post", "quote", "post", "post", "post", "navigation"]
    quote = segs[2]
    assert quote.repeat_of == 1 and "Foreign intelligence" in THREAD[quote.start : quote.end]
    assert THREAD[segs[3].start :].startswith(LEAD)


def test_same_article_twice_is_marked_as_a_repeat():
    article = f"Army enters the city\n\n{LEAD}\n\n{BODY}\n\n"
    text = article + "Army enters the city again\n\n" + LEAD.replace("Monday", "Monday ") + "\n\n" + BODY + "\n"
    segs = split(_doc(text))
    assert len(segs) == 2 and segs[1].repeat_of == 0 and segs[1].kind == "article"


def test_posts_without_rank_lines_split_at_date_time_headers():
    text = f"ivan_k\n29.12.2019 - 23:49\n\n{LEAD}\n\nolga\n30.12.2019 - 08:10\n\n{BODY}\n"
    segs = split(_doc(text))
    assert [s.kind for s in segs] == ["post", "post"]
    assert text[segs[1].start :].startswith("olga")


def _thread_with(post_body: str) -> str:
    return (
        f"The Living Force\nFOTCM Member\n{BODY}\n\n"
        f"21 December 2019\n\n\nThe Living Force\nFOTCM Member\nHere is the news I mentioned earlier today.\n\n"
        f"{post_body}\n\n\nThe Living Force\nFOTCM Member\nThanks, a short reply.\n"
    )


@pytest.mark.parametrize(
    "body, pasted",
    [
        # a title with its own date-and-time line under it (after a subtitle)
        (
            f"URGENT: Putin arrived at the command post in Damascus (PHOTO)\nNews is updated\n\n07.01.2020 - 17:14\n"
            f"{LEAD}",
            "URGENT: Putin arrived",
        ),
        # a video's publication line alone after a blank line
        (f"Published on Dec 19, 2019 (5:50 min.)\n\n{LEAD}", "Published on Dec 19"),
        # a title over a paragraph that opens with its date
        (
            f"OPCW Manufactured A Pretext For War\nMoA - OPCW Manufactured A Pretext\n\nNovember 29, 2019 - {LEAD}",
            "OPCW Manufactured",
        ),
        # no date under the title: the poster's own words, not a pasted article
        (f"Strikes on the refinery\n\n{LEAD}", None),
        # two headlines with their dates and no text: a list inside the post, not an article
        ("Strikes on the refinery\n07.01.2020 - 19:43\n\nPutin in Damascus\n07.01.2020 - 17:14", None),
    ],
)
def test_news_pasted_into_a_post_is_an_article_of_its_own(body, pasted):
    text = _thread_with(body)
    segs = split(_doc(text))
    _tiles(text, segs)
    articles = [" ".join(text[s.start : s.end].split()) for s in segs if s.kind == "article"]
    assert [s.kind for s in segs if s.kind != "article"] == ["post", "post", "post"]
    assert [a[: len(pasted)] for a in articles] == ([pasted] if pasted else [])


def test_crlf_and_empty_text():
    text = f"Army enters the city\r\n\r\n{LEAD}\r\n\r\nSecond story about the harbour\r\n\r\n{LEAD}\r\n"
    segs = split(_doc(text))
    assert len(segs) == 2 and text[segs[1].start :].startswith("Second story")
    assert split(_doc("")) == (segment.Segment(0, 0),)


P_ONE = (
    "The harbour reopened on Friday after a storm closed it for three days, port officials said, and ferries to "
    "the islands were running again by noon."
)
P_TWO = (
    "The city council voted on Monday to close the old bridge to heavy traffic from next month, after engineers "
    "found cracks in two of its supports."
)
WRAPPED = (
    "The city council voted on Monday to close the old bridge\nto heavy traffic from next month, after "
    "engineers found\ncracks in two of its supports during an inspection."
)


@pytest.mark.parametrize(
    "second",
    [
        # a title with its date line under it
        "Bridge closes to lorries\nPublished:\u00a06 April 2009\n\n{body}",
        # a date line over the title, a blank line between (blogs)
        "2009/04/06\n\nBridge closes to lorries\n\n{body}",
        # the title, a blank line, its relative stamp
        "Bridge closes to lorries\n\n2 days ago\n\n{body}",
        # a section label over the title and an RFC 2822 stamp
        "LOCAL\nBridge closes to lorries\nMon, 06 Apr 2009 09:10:00 +0000\n\n{body}",
        # a bracketed short date on the title line
        "[04/06/09] Bridge closes to lorries\n\n{body}",
        # a print layout: capitals, a byline with its date, hard-wrapped text
        "BRIDGE CLOSES TO LORRIES\nBy Jane Roe, April 6, 2009\n\n{wrapped}",
        # a date line over the title, and a one-sentence first paragraph
        "Date: 06/04/2009\n\nBridge closes to lorries\n\nThe council closed the old bridge to lorries on Monday after engineers found cracks.\n\n{body}",
        # a credit over the title, no date at all
        "Also carried by harbour.example\nBridge closes to lorries\n\n{body}",
        # an aggregator's source and a date without its year under the title
        "Bridge closes to lorries\nValley Post · Apr 6\n{body}",
        # a breadcrumb, the title and a date line set as one block: a header, not a paragraph wrapped at a width
        "Home › Local › Bridge closes to lorries\nBridge closes to lorries for a year\n06 Apr 2009 | Updated 07 Apr 2009\n\n{body}",
        # a card's date on two lines over its title
        "06\nAPR 2009\nBridge closes to lorries\n\n{body}",
        # a byline under the title confirms it, whatever the lead's first word
        "Bridge closes to lorries\nBy Jane Roe\n\nWhile the repairs last, lorries will use the ring road.\n\n{body}",
    ],
)
def test_a_stamp_header_opens_its_article(second):
    first = f"Harbour reopens after the storm\nFriday 3 April 2009 14:02 BST\n\n{P_ONE}\n\nShare this: Facebook · Email\n\n* * *\n\n"
    text = first + second.format(body=P_TWO, wrapped=WRAPPED) + "\n"
    segs = [s for s in split(_doc(text)) if s.kind != "navigation"]
    _tiles(text, split(_doc(text)))
    assert len(segs) == 2 and text[segs[1].start :].startswith(second.split("\n")[0])


def test_an_update_stamp_under_a_paragraph_closes_the_text_above():
    text = (
        f"Harbour reopens after the storm\nFriday 3 April 2009 14:02 BST\n\n{P_ONE}\n\n"
        "Last Updated ( Friday, 10 April 2009 09:12 )\n\n"
        f"Bridge closes to lorries\nPublished: 6 April 2009\n\n{P_TWO}\n"
    )
    segs = [s for s in split(_doc(text)) if s.kind != "navigation"]
    assert [text[s.start : s.end].split("\n")[0] for s in segs] == [
        "Harbour reopens after the storm",
        "Bridge closes to lorries",
    ]


def test_reader_comments_stay_one_block_under_their_heading():
    text = (
        f"Harbour reopens after the storm\nFriday 3 April 2009 14:02 BST\n\n{P_ONE}\n\n3 Comments\n\n"
        "lowtide\nApril 4, 2009 at 9:12 pm\nWell said.\nReply\n\nfernhill\n2 days ago\nNot convinced.\nReply\n\n"
        f"Bridge closes to lorries\nPublished: 6 April 2009\n\n{P_TWO}\n"
    )
    assert [k for k, _ in _kinds(text)] == ["article", "comments", "article"]


def test_a_dated_list_inside_an_article_does_not_split_it():
    # days without their year over paragraphs: a chronology inside the article, not headers
    text = (
        f"Protests spread to the capital\n\n{LEAD}\n\nHow the protests grew:\n\n"
        f"Oct. 5\n\n{BODY}\n\nOct. 12\n\n{P_ONE}\n\nOct. 19\n\n{P_TWO}\n"
    )
    assert [k for k, _ in _kinds(text)] == ["article"]


def test_a_title_over_a_short_wrapped_paragraph_opens_an_article():
    # print layouts: a two-line paragraph is too short to be marked wrapped, and the next one opens with a quote
    text = (
        f"Harbour reopens after the storm\n\n{WRAPPED}\n\n"
        "MAYOR DECLARED ON WEDNESDAY THAT THE BRIDGE WILL\n\n"
        "The mayor declared on Wednesday that the old bridge will close to lorries\nfrom next month.\n\n"
        "''It is a matter of safety,'' she told the council, adding that the\nrepairs would take most of the "
        "summer and cost more than expected by the\nengineers who inspected it last week.\n"
    )
    assert [k for k, _ in _kinds(text)] == ["article", "article"]


@pytest.mark.parametrize(
    "last, kinds",
    [
        # names only, alone under the last paragraph: the article's tag list, page furniture
        ("Harbour Weather Ferries Storm", ["article", "navigation"]),
        ("Clinton Saudi Arabia Qatar Iraq", ["article", "navigation"]),
        ("Bank of England Interest Rates Inflation", ["article", "navigation"]),
        # a sentence, or words that are not all names, stay the article's
        ("The ferry sails again on Monday.", ["article"]),
        ("Why the harbour stayed shut all winter", ["article"]),
        ("Harbour Storm", ["article"]),  # two words: too short to tell from a sign-off
    ],
)
def test_a_last_line_of_names_under_the_text_is_a_tag_list(last, kinds):
    text = f"Morale collapses on the southern front\n\n{LEAD}\n\n{BODY}\n\n{last}\n"
    assert [k for k, _ in _kinds(text)] == kinds


_HEADLINE = "Harbour authority closes the northern quay after the storm"
_SENTENCE = "The harbour authority closed the northern quay on Friday after the storm broke two mooring posts."


@pytest.mark.parametrize(
    "repeated, quoted",
    [
        (_SENTENCE, True),  # a sentence of the earlier post repeated: a quote of it
        (_HEADLINE, False),  # a headline repeated alone (a link to the item, its title again): the post's own text
    ],
)
def test_a_headline_repeated_alone_is_no_quote(repeated, quoted):
    text = (
        f"Ferry strike thread\n\nharbour_cat\nMember\nPosts: 120\n{_HEADLINE}\n{_SENTENCE}\n{LEAD}\n\n"
        f"gullwing\nMember\nPosts: 45\n{BODY}\n{repeated}\n{LEAD[:60]} and more besides, as the crews said.\n"
    )
    segs = split(_doc(text))
    _tiles(text, segs)
    assert any(s.kind == "quote" for s in segs) == quoted
    if quoted:
        assert next(s for s in segs if s.kind == "quote").repeat_of == 1


@pytest.mark.parametrize("name, pattern, example", segment.INLINE_COMMENT_STAMPS)
def test_every_inline_comment_stamp_matches_its_example(name, pattern, example):
    assert [rule for rule, _ in segment.inline_comment_stamps(f"Well said . {example} Not convinced .")] == [name]


_STORY = (
    "The harbour reopened on Friday after the storm , the port authority said .\n"
    "Ferries resumed their crossings in the afternoon and the first lorries were let through at dusk .\n"
)


@pytest.mark.parametrize(
    "comments, first",
    [
        # a stamp under each comment, run into the next comment's first line (line breaks lost)
        (
            "About time too Posted by : lowtide | April 4 , 2009 9:12 PM | Report abuse The ferries were late again .\n"
            "Posted by : fernhill | April 4 , 2009 10:02 PM | Report abuse I saw the lorries .\n"
            "Posted by : Ann B. | April 5 , 2009 8:15 AM | Report abuse Good news .\n",
            "About time too",
        ),
        # a stamp over each comment
        (
            "At 9:12 pm on 04 April 2009 , lowtide wrote : The ferries were late again .\n"
            "Thanks At 10:02 pm on 04 April 2009 , fernhill wrote : I saw the lorries .\n"
            "At 8:15 am on 05 April 2009 , Ann wrote : Good news .\n",
            "At 9:12 pm",
        ),
        (  # two readers are enough
            "lowtide | 04/04/2009 21:12 | Reply The ferries were late again .\nfernhill | 04/04/2009 22:02 | Reply Yes .\n",
            "lowtide |",
        ),
        (
            "On April 4 , 2009 at 9:12 pm , lowtide wrote : The ferries were late again .\n"
            "On April 4 , 2009 at 10:02 pm , fernhill wrote : I saw the lorries .\n"
            "On April 5 , 2009 at 8:15 am , Ann wrote : Good news .\n",
            "On April 4",
        ),
        (
            "lowtide | 04/04/2009 21:12 | Reply The ferries were late again .\n"
            "fernhill | 04/04/2009 22:02 | Reply I saw the lorries .\n"
            "Ann | 05/04/2009 08:15 | Reply Good news .\n",
            "lowtide |",
        ),
    ],
)
def test_reader_comments_run_into_the_text_are_a_comment_block(comments, first):
    text = _STORY + comments
    segs = split(_doc(text))
    _tiles(text, segs)
    assert [s.kind for s in segs] == ["article", "comments"]
    assert text[segs[1].start :].startswith(first)
    assert segs[1].boundary == "comment-stamps"


@pytest.mark.parametrize(
    "tail",
    [
        # the post's own stamp, once
        "Posted by : Anna Berg | April 4 , 2009 9:12 PM | Filed under harbour .\n",
        # one writer's updates: one name
        "At 9:12 pm on 04 April 2009 , Anna wrote : Update one .\nAt 10:02 pm on 04 April 2009 , Anna wrote : Two .\n"
        "At 8:15 am on 05 April 2009 , Anna wrote : Three .\n",
    ],
)
def test_a_posts_own_stamp_is_no_comment_block(tail):
    assert [s.kind for s in split(_doc(_STORY + tail))] == ["article"]


_FERRY_ITEM = (
    "Published on Dec 28, 2019 (3:10 min.)\n\n"
    "The harbour master said that the ferries would stay in port until the storm had passed, and that crews had "
    "been sent home for the night.\n\n"
)


@pytest.mark.parametrize(
    "after, resumed",
    [
        # the poster's own words, in the first person, right under the item's last paragraph
        (
            "Passengers were offered hotel rooms in the town, the company added.\n"
            "The queues at the terminal were long, I have seen them myself this morning.",
            "The queues at the terminal",
        ),
        (
            "Passengers were offered hotel rooms in the town.\n\nI'm not sure the company can keep that up.",
            "I'm not sure",
        ),
        # first person inside quotation marks is the item's
        ("“I was told to wait until Monday,” one passenger said of the delays at the terminal.", None),
        (
            'One passenger described the scene at the terminal: "Then I saw the gates close."\n\n'
            "“I have never seen it this bad,” said another, who had waited since dawn for a crossing.",
            None,
        ),
        # a speaker's unquoted words in a transcript, the narration going on after them: the item still
        (
            "There is, at a very deep level, um I think, a sense of anger at the harbour.\n\n"
            "The company said the ferries would sail again on Monday.\n\n"
            "The harbour master did not comment on the claims made at the meeting.",
            None,
        ),
        # an item told in the first person from its opening paragraph is never split
        ("I have sailed on these ferries for twenty years, and the storm was the worst I remember.", None),
    ],
)
def test_the_posters_own_words_after_a_pasted_item_are_the_post_again(after, resumed):
    item = _FERRY_ITEM
    if after.startswith("I have sailed"):
        item = item.replace("The harbour master said", "I heard the harbour master say").replace(
            "said that the", "that the"
        )
    text = (
        f"ivan_k\n29.12.2019 - 23:49\n\nHere is the video from the harbour that was posted yesterday, with the harbour "
        f"master's statement on the ferries.\n\n{item}{after}\n\n\n"
        f"olga\n30.12.2019 - 08:10\n\n{BODY}\n"
    )
    segs = split(_doc(text))
    _tiles(text, segs)
    kinds = [s.kind for s in segs]
    if resumed is None:
        assert kinds == ["post", "article", "post"]
    else:
        assert kinds == ["post", "article", "post", "post"]
        assert text[segs[2].start :].lstrip().startswith(resumed) and segs[2].boundary == segment.RESUMED


@pytest.mark.parametrize(
    "stamps",
    [("[03/02/31]", "[27/01/31]", "[20/01/31]"), ("03.02.2031 |", "27.01.2031 |", "20.01.2031 |")],
)
def test_a_news_list_of_dated_titles_with_one_line_texts_is_one_article_each(stamps):
    items = (
        (
            "Council approves new bus lanes",
            "The city council on Tuesday approved three new bus lanes. Work starts soon.",
        ),
        ("Bridge closed after storm damage", "The old bridge was closed on Monday after inspectors found damage."),
        (
            "Mayor opens new library",
            "The mayor opened the new central library on Saturday, two years after work began.",
        ),
    )
    text = "\n\n".join(f"{stamp} {title}\n{body}" for stamp, (title, body) in zip(stamps, items)) + "\n"
    assert _kinds(text) == [
        ("article", f"{stamps[0]} Council approves"[:25]),
        ("article", f"{stamps[1]} Bridge closed af"[:25]),
        ("article", f"{stamps[2]} Mayor opens new"[:25]),
    ]


def test_a_print_pages_running_head_heads_its_first_article():
    head = "THE COAST COURIER" + " " * 30 + "MONDAY, MARCH 16, 2031" + " " * 30 + "PAGE 4"
    text = (
        f"{head}\n\nFERRY OPERATOR CUTS WINTER SAILINGS\n\n"
        "The island ferry operator said on Thursday it would cut winter sailings by a third, blaming the cost of "
        "fuel and a shortage of crews.\n\nHARBOUR STRIKE ENTERS SECOND WEEK\n\n"
        "Dock workers at the northern harbour continued their strike last week, the seventh day of the walkout over "
        "pay and conditions.\n"
    )
    kinds = _kinds(text)
    assert [k for k, _ in kinds] == ["article", "article"] and kinds[0][1].startswith("THE COAST COURIER")


def test_an_address_dated_in_its_path_heads_its_article():
    text = (
        "https://news.example.org/2031/03/14/ferry-operator-cuts-winter-sailings/\n\n"
        "Ferry operator cuts winter sailings\n\nThe island ferry operator said on Thursday it would cut winter "
        "sailings by a third, blaming the cost of fuel and crews.\n\n"
        "https://news.example.org/2031/03/12/harbour-strike-enters-second-week/\n\n"
        "Harbour strike enters second week\n\nDock workers at the northern harbour continued their strike on "
        "Wednesday, the seventh day of the walkout over pay.\n"
    )
    assert [k for k, _ in _kinds(text)] == ["article", "article"]
    segs = anchor.anchor_segments(_doc(text), split(_doc(text)))
    assert [s.anchor.date.isoformat() for s in segs] == ["2031-03-14", "2031-03-12"]
    assert all(s.anchor.confidence < 0.9 for s in segs)  # an address may date a section: below the 0.9 band


def test_a_post_header_of_a_name_and_a_day_without_its_year_opens_a_post():
    text = (
        "Saved from the web on 20 March 2031\n\n"
        "Island Ferries @islandferries · Mar 14\n"
        "We are cutting winter sailings by a third from next month. Full statement on our website.\n\n"
        "Coast News @coastnews · Mar 12\n"
        "Dock workers at the northern harbour are on strike for a seventh day. Talks broke down on Monday.\n"
    )
    segs = [s for s in anchor.anchor_segments(_doc(text), split(_doc(text))) if s.kind != "navigation"]
    assert [s.anchor.date.isoformat() for s in segs] == ["2031-03-14", "2031-03-12"]


def test_a_title_over_its_byline_and_date_block_opens_its_article():
    article = (
        "{title}\n\nBy Maria Lund\n{date}\n\nThe island ferry operator said on Thursday it would cut winter sailings "
        "by a third, blaming the cost of fuel and crews.\n\nPassengers' groups criticised the decision, saying it "
        "would leave remote communities cut off for days.\n\n"
    )
    text = article.format(title="Ferry operator cuts winter sailings", date="March 14, 2031") + article.format(
        title="Ferry union calls for a strike", date="March 16, 2031"
    )
    assert [(k, w[:20]) for k, w in _kinds(text)] == [
        ("article", "Ferry operator cuts w"[:20]),
        ("article", "Ferry union calls for"[:20]),
    ]


def test_a_title_set_right_over_its_lead_opens_an_article():
    text = (
        "Thursday, March 13, 2031\n\n"
        "Ferry operator cuts winter sailings\n"
        "The island ferry operator said today it would cut winter sailings by a third, blaming the cost of fuel.\n\n"
        "Harbour strike enters second week\n"
        "Dock workers at the northern harbour continued their strike today, the seventh day of the walkout over pay.\n"
    )
    assert [w[:20] for _, w in _kinds(text)] == ["Thursday, March 13, ", "Harbour strike enter"]


def test_a_short_first_line_of_a_paragraph_is_no_title():
    text = (
        "Ferry operator cuts winter sailings\n\n"
        "The island ferry operator said on Thursday it would cut winter sailings by a third.\n\n"
        "The cuts start in November\n"
        "and will last until the end of March, when the company plans to review the timetable again with the council.\n"
    )
    assert len(_kinds(text)) == 1


def test_an_articles_lone_subheading_over_a_paragraph_opens_nothing():
    text = (
        "Ferry operator cuts winter sailings\n\n"
        "The island ferry operator said on Thursday it would cut winter sailings by a third, blaming the fuel costs.\n\n"
        "What happens next\n"
        "The council will meet the company on Monday to discuss a timetable for the outer islands and the school run.\n"
    )
    assert len(_kinds(text)) == 1


def test_a_feed_read_as_text_splits_at_its_records():
    items = "".join(
        f"<item>\n<title>{title}</title>\n<pubDate>{stamp}</pubDate>\n<description>\n{body}\n</description>\n</item>\n\n"
        for title, stamp, body in (
            ("Harbour reopens", "Fri, 03 Apr 2009 14:02:00 GMT", P_ONE),
            ("Bridge closes to lorries", "Mon, 06 Apr 2009 09:10:00 GMT", P_TWO),
        )
    )
    text = f'<rss version="2.0">\n<channel>\n<title>Valley Post</title>\n\n{items}</channel>\n</rss>\n'
    segs = [s for s in split(_doc(text)) if s.kind == "article" and "<item>" in text[s.start : s.end]]
    assert [text[s.start : s.end].lstrip().split("\n")[0] for s in segs] == ["<item>", "<item>"]


def test_a_dump_of_key_value_records_splits_at_each_record_and_dates_it_by_its_time_field():
    from timeline.anchor import anchor_segments

    records = "".join(
        f"title: {title}\nauthor: {who}\ncreated_utc: {seconds}\nscore: 12\nselftext:\n{body}\n\n"
        for title, who, seconds, body in (
            ("Harbour reopens", "k8_w", 1238767320, P_ONE),  # 2009-04-03 14:02 UTC
            ("Bridge closes to lorries", "tom_r", 1239008400, P_TWO),  # 2009-04-06 09:00 UTC
        )
    )
    text = f"# export: 2 posts\n\n{records}"
    doc = _doc(text)
    segs = [s for s in anchor_segments(doc, split(doc)) if s.kind == "article"]
    assert [text[s.start : s.end].split("\n")[0] for s in segs] == [
        "title: Harbour reopens",
        "title: Bridge closes to lorries",
    ]
    assert [s.anchor.date.isoformat() for s in segs] == ["2009-04-03", "2009-04-06"]


@pytest.mark.parametrize("line", ["1238767320", "score: 1238767320", "updated_utc: 1238767320", "Call 1238767320"])
def test_a_count_of_seconds_is_a_date_only_in_a_time_field(line):
    from timeline.stamps import stamp_of

    assert stamp_of(line) is None


def test_clippings_under_their_sources_line_are_split_at_each_title():
    """A page of clippings: each copied article under a line naming its source ("From The Valley Post:"), its
    title set apart under that line, its byline under the title."""
    text = (
        "In the news — coverage of our work\n\n"
        f"From The Valley Post:\n\nHarbour reopens after the storm\nBy Anna Berg\n\n{P_ONE}\n\n"
        f"From Coast Radio:\n\nBridge closes to lorries\nBy Tom Reed\nCoast Radio, Oban\n\n{P_TWO}\n"
    )
    segs = [s for s in split(_doc(text)) if s.kind == "article"]
    assert [text[s.start : s.end].strip().split("\n")[0] for s in segs][-2:] == [
        "Harbour reopens after the storm",
        "Bridge closes to lorries",
    ]
