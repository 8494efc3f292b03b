"""Held-out-like inputs of the seeds' kinds, written here (never seen by the rules' author): concatenated
articles with "Published time:" lines, forum threads with other post headers, comment blocks."""

from __future__ import annotations

import datetime as dt

from timeline.anchor import anchor_segments
from timeline.model import Document
from timeline.segment import split

P1 = (
    "Moscow has accused Washington of shielding militants in the eastern districts of the city, after talks "
    "between the two foreign ministers ended without agreement on the humanitarian corridors."
)
P2 = (
    "Aid agencies said convoys had been waiting at the crossing for four days, and that the wounded could not "
    "be evacuated while shelling continued on both sides of the front line."
)


P3 = (
    "The ministry said the crossing would stay open for civilians, but drivers reported that checkpoints on "
    "the northern road were closed again after a night of heavy fighting near the old airport."
)


def _segments(text: str):
    doc = Document("h", "h.txt", text)
    segs = anchor_segments(doc, split(doc))
    assert segs[0].start == 0 and segs[-1].end == len(text)
    return [(s.kind, s.anchor.date.isoformat() if s.anchor.date else None, s.anchor.source) for s in segs]


def test_concatenated_articles_with_published_time_lines():
    text = (
        f"Lavrov: US failed to separate moderates from terrorists\n\nPublished time: 3 Nov, 2016 09:12\n\n{P1}\n\n{P2}\n\n"
        f"Convoys stuck at Aleppo crossing for fourth day\n\nPublished time: 5 Nov, 2016 17:40\n\n{P3}\n"
    )
    assert _segments(text) == [("article", "2016-11-03", "header"), ("article", "2016-11-05", "header")]


def test_forum_thread_with_senior_member_headers_and_dates():
    text = (
        f"Senior Member\n\n12.11.2016 - 10:05\n{P1}\n\n"
        f"Senior Member\n\n13.11.2016 - 08:30\n{P2}\n\n"
        f"Senior Member\n\nI agree, and the convoys will not move before the talks resume, whatever they say.\n"
    )
    got = _segments(text)
    assert [k for k, _, _ in got] == ["post", "post", "post"]
    assert got[0][1:] == ("2016-11-12", "header") and got[1][1:] == ("2016-11-13", "header")
    assert got[2][1] == "2016-11-13" and got[2][2] == "inferred"  # a reply: on or after the post before it


def test_article_then_comment_block():
    text = (
        f"Convoys stuck at Aleppo crossing\n\nNovember 5, 2016 By\n\n{P1}\n\n{P2}\n\n"
        f"3 comments\n\nAlan says:\n\nThey knew this would happen, and nobody in the West will admit it now.\n\n"
        f"Mary says:\n\nThe corridors were never safe and everyone on the ground said so for weeks.\n"
    )
    got = _segments(text)
    assert got[0] == ("article", "2016-11-05", "byline")
    assert got[1][0] == "comments" and got[1][1] >= "2016-11-05" and got[1][2] == "inferred"


def test_a_pin_dates_an_undated_article_in_a_file_of_dated_ones():
    text = (
        f"Lavrov: US failed to separate moderates from terrorists\n\nPublished time: 3 Nov, 2016 09:12\n\n{P1}\n\n"
        f"Strikes halt holds over Aleppo\n\nRussian and Syrian air strikes were halted over two weeks ago, on "
        f"Tuesday 18 October, and have not resumed, the ministry said on Monday in Moscow today.\n\n{P2}\n"
    )
    got = _segments(text)
    assert got[0][1] == "2016-11-03"
    assert got[1][2] == "inferred" and abs(dt.date.fromisoformat(got[1][1]) - dt.date(2016, 11, 1)).days <= 3
