"""Anchors: stated headers, trust order, content inference, neighbours, and the `timeline anchors` command."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import textwrap
from dataclasses import replace

import pytest

from timeline import anchor
from timeline.anchor import Cue, anchor_segments, header_date, infer, parse_date
from timeline.model import Document
from timeline.segment import split

from .conftest import SEEDS, run_cli
from .test_segment import BODY, LEAD, THREAD


def _anchored(text: str, **doc) -> list:
    d = Document("d", "d.txt", text, **doc)
    return list(anchor_segments(d, split(d)))


@pytest.mark.parametrize("name, pattern, example", anchor.HEADER_PATTERNS)
def test_every_stamp_row_reads_its_example(name, pattern, example):
    from timeline.stamps import NOT_PUBLICATION, PageDates, stamp_of

    assert stamp_of(example).rule == name
    hit = header_date(example, PageDates(capture=dt.date(2009, 4, 10)))
    assert (hit is None) == (name in NOT_PUBLICATION) and (hit is None or hit[1] == name)


@pytest.mark.parametrize(
    "line, expected",
    [
        ("October 20, 2016 By", "2016-10-20"),
        ("By Carla Denholm - 27 January, 2020", "2020-01-27"),
        ("Published:\u00a03 April 2009", "2009-04-03"),
        ("Friday 3 April 2009 14:02 BST", "2009-04-03"),
        ("Posted on 2009-04-03 by fern", "2009-04-03"),
        ("Fri, 03 Apr 2009 14:02:00 +0000", "2009-04-03"),
        ("2009-04-03T14:02:00+01:00", "2009-04-03"),
        ("Updated 09:12 BST, 5 April 2009 | First published 3 April 2009", "2009-04-03"),
        ("#12 03.04.2009, 14:02", "2009-04-03"),
        ("Publié le 3 avril 2009 à 14h02", "2009-04-03"),
        ("3 de abril de 2009", "2009-04-03"),
        ("3. April 2009, 14:02 Uhr", "2009-04-03"),
        ("3 days ago", None),
        ("Published time: 20 Oct, 2016 14:32", "2016-10-20"),
        ("29.12.2019 - 23:49", "2019-12-29"),
        ("07.01.2020 - 19: 43", "2020-01-07"),
        ("21 December 2019", "2019-12-21"),
        ("Dec 19, 2019 / 25:42 The Grayzone", "2019-12-19"),
        ("Published on Dec 19, 2019 (5:50 min.)", "2019-12-19"),
        ("Posted on 2016-10-25", "2016-10-25"),
        ("Monday, 24 October 2016", "2016-10-24"),
        ("He said on October 20, 2016 that the talks failed.", None),
        ("Published yesterday", None),
        ("October 20 By", None),
    ],
)
def test_header_dates(line, expected):
    hit = header_date(line)
    assert (hit[0].isoformat() if hit else None) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("12/29/2019", "2019-12-29"),
        ("29.12.2019", "2019-12-29"),
        ("3 марта 2020", "2020-03-03"),
        ("31.02.2020", None),
        ("next Friday", None),
    ],
)
def test_parse_date_is_absolute_or_nothing(text, expected):
    got = parse_date(text)
    assert (got.isoformat() if got else None) == expected


def test_trust_order_manifest_then_byline_then_option():
    text = f"Talks collapse in Geneva\n\nOctober 20, 2016 By\n\n{LEAD}\n"
    [seg] = _anchored(text, published=dt.date(2016, 10, 25))
    assert (seg.anchor.date, seg.anchor.source, seg.anchor.confidence) == (dt.date(2016, 10, 25), "manifest", 1.0)
    d = Document("d", "d.txt", text)
    [seg] = anchor_segments(d, split(d), dt.date(2016, 10, 22))
    assert (seg.anchor.date, seg.anchor.source) == (dt.date(2016, 10, 20), "byline")  # --published is a default
    plain = Document("p", "p.txt", f"Talks collapse in Geneva\n\n{LEAD}\n")
    [seg] = anchor_segments(plain, split(plain), dt.date(2016, 10, 22))
    assert (seg.anchor.date, seg.anchor.source) == (dt.date(2016, 10, 22), "option")
    [seg] = _anchored(text)
    assert (seg.anchor.date, seg.anchor.source, seg.anchor.evidence) == (
        dt.date(2016, 10, 20),
        "byline",
        "October 20, 2016 By",
    )
    assert seg.anchor.confidence >= 0.9


def test_manifest_dates_the_first_segment_and_later_segments_keep_their_own():
    text = (
        f"Talks collapse in Geneva\nOctober 20, 2016\n\n{LEAD}\n\n{BODY}\n\n"
        f"Harbour reopens after the storm\nPublished: 2 November 2016\n\n{LEAD}\n\n"
        f"Ferries return to the island\n\n{BODY}\n"
    )
    segs = _anchored(text, published=dt.date(2016, 10, 21))
    assert [(s.anchor.date, s.anchor.source) for s in segs] == [
        (dt.date(2016, 10, 21), "manifest"),
        (dt.date(2016, 11, 2), "header"),
        (dt.date(2016, 10, 21), "manifest"),
    ]


def test_html_meta_comes_after_a_stated_byline():
    [seg] = _anchored(f"Title of the page here\n\n{LEAD}\n", meta_published=dt.date(2016, 10, 22))
    assert (seg.anchor.source, seg.anchor.date) == ("html-meta", dt.date(2016, 10, 22))
    [seg] = _anchored(
        f"Title of the page here\n\nOctober 20, 2016 By\n\n{LEAD}\n", meta_published=dt.date(2016, 10, 22)
    )
    assert seg.anchor.source == "byline"


def test_unknown_anchor_is_stated_not_guessed():
    [seg] = _anchored(f"{LEAD}\n\n{BODY}\n")
    assert (seg.anchor.date, seg.anchor.source, seg.anchor.confidence) == (None, "none", 0.0)


def test_thread_posts_headers_quotes_and_neighbours():
    segs = _anchored(THREAD)
    got = [(s.kind, s.anchor.date.isoformat() if s.anchor.date else None, s.anchor.source) for s in segs]
    assert got[1] == ("post", "2019-12-21", "header")
    assert got[2] == ("quote", "2019-12-21", "inferred") and segs[2].anchor.evidence == "repeats segment 1"
    assert got[4] == ("post", "2019-12-29", "header")
    last = segs[5].anchor  # a reply without a date: on/after the post before it, low confidence
    assert (last.date, last.source) == (dt.date(2019, 12, 29), "inferred") and last.confidence < 0.5


def test_a_post_quoting_an_older_dated_item_keeps_thread_order():
    text = (
        f"The Living Force\nFOTCM Member\n{LEAD}\n\n21 December 2019\n\n\n"
        f"The Living Force\nFOTCM Member\nPublished on Nov 7, 2019 (56:23 min.)\n{BODY}\n"
    )
    segs = _anchored(text)
    assert segs[0].anchor.date == dt.date(2019, 12, 21)
    assert segs[1].anchor.date >= dt.date(2019, 12, 21) and segs[1].anchor.source == "inferred"


def _cue(value, text, tense):
    return Cue(value, text, tense, 0)


def test_inference_latest_past_date_and_weekday():
    cues = [
        _cue("2016-10-14", "October 14, 2016", "past"),
        _cue("XXXX-10-18", "Oct. 18", "past"),
        _cue("XXXX-WXX-3", "Wednesday", "past"),
        _cue("XXXX-11-08", "Nov. 8", "future"),
    ]
    got = infer(cues)  # the Wednesday after Oct. 18; a week, not a day: it could be the 26th
    assert (got.date, got.granularity) == (dt.date(2016, 10, 19), "week")
    assert 0.02 <= got.confidence < 0.2  # inferred (the lowest band); the year itself is a guess
    bounded = infer(cues[:3] + [_cue("XXXX-10-21", "Oct. 21", "future")])
    assert (bounded.date, bounded.granularity) == (dt.date(2016, 10, 19), "day")


def test_inference_is_bounded_by_the_future_and_stays_coarse_without_a_day():
    got = infer([_cue("2017-01-20", "20 January 2017", "future"), _cue("XXXX-10", "October", "past")])
    assert (got.date, got.granularity) == (dt.date(2016, 10, 15), "month")
    assert got.confidence < 0.4
    assert infer([_cue("P2W", "two weeks", None)]) is None


def test_inferred_year_from_reported_years_is_marked_as_a_guess():
    got = infer([_cue("1996", "1996", "past")])
    assert got.granularity == "year" and anchor.YEAR_GUESSED in got.evidence and got.confidence < 0.2


def test_weekday_and_date_pin_the_year():
    got = infer([_cue("1998", "1998", "past"), _cue("XXXX-10-23", "Friday, Oct. 23", "past")])
    assert got.date.year == 1998  # Oct. 23 was a Friday in 1998, not in 1999


def test_bounds_that_contradict_each_other_infer_nothing():
    # a segment after one dated 2000 and before one dated 1999 (pages list newest first, or misread headers)
    assert (
        infer([_cue("XXXX-10-14", "October 14", "past")], lower=dt.date(2000, 6, 1), upper=dt.date(1999, 1, 1)) is None
    )


def test_content_inference_through_the_tagger():
    text = (
        "Russian-backed forces gained ground on Sunday, residents said. The ceasefire agreed on "
        "October 14, 2016 collapsed on Oct. 22, officials said, and talks will resume on November 3, 2016.\n"
    )
    [seg] = _anchored(text)
    a = seg.anchor
    assert a.source == "inferred" and dt.date(2016, 10, 22) <= a.date <= dt.date(2016, 10, 28)
    assert a.confidence < 0.9


def test_batch_step_gives_undated_documents_the_batch_year():
    dated = Document("a", "a", f"Talks collapse\n\nOctober 20, 2016 By\n\n{LEAD}\n")
    undated = Document("b", "b", f"{LEAD}\n\n{BODY}\n")
    docs = [replace(d, segments=anchor_segments(d, split(d))) for d in (dated, undated)]
    out = anchor.date_by_batch(docs)
    a = out[1].segments[0].anchor
    # it shares a sentence with the dated one (not enough for a copy): the story's month, at low confidence
    assert (a.date, a.source, a.granularity) == (dt.date(2016, 10, 20), "inferred", "month") and a.confidence <= 0.1
    assert a.evidence.startswith("the story of dated segments in a")
    assert out[0].segments[0].anchor == docs[0].segments[0].anchor


_TRADE = (
    "Harbourside Shipping said its container volumes fell sharply in the third quarter as freight rates slid. "
    "The company blamed weaker demand from retailers and the closure of two berths for repairs. "
    "Analysts at several brokerages cut their forecasts for the full year after the announcement. "
)
_FARM = (
    "Dairy farmers in the northern valleys protested outside the regional assembly over milk prices. "
    "They said the cooperative paid them less than it cost to keep their herds through the winter. "
    "Police estimated the crowd at about four hundred people and reported no arrests. "
)


def _batch(*texts: str) -> list:
    docs = [Document(f"d{n}", f"d{n}", t) for n, t in enumerate(texts)]
    return anchor.date_by_batch([replace(d, segments=anchor_segments(d, split(d))) for d in docs])


def test_an_undated_copy_takes_the_date_of_its_dated_copy():
    dated = f"Freight slump hits the port operator\n\nMarch 3, 2031\n\n{_TRADE}\n\n{LEAD}\n"
    copy = f"{_TRADE}\n"  # fewer paragraphs, re-wrapped: still the same text
    out = _batch(dated, copy.replace(". ", ".\n", 1), f"Milk price protest\n\nMay 9, 2031\n\n{_FARM}\n")
    a = out[1].segments[0].anchor
    assert (a.date, a.source, a.granularity) == (dt.date(2031, 3, 3), "inferred", "day")
    assert 0.2 < a.confidence < 0.9 and "a copy of a segment of d0" in a.evidence


def test_a_story_dates_an_undated_article_only_when_its_dated_articles_agree():
    story = (
        "Harbourside Shipping freight berths container volumes retailers brokerages Quayline cranes dockers. "
        "The dockers at Quayline walked out over the cranes, and Harbourside Shipping diverted its freight. "
    )
    agree = _batch(
        f"Dockers walk out at the port\n\nMarch 3, 2031\n\n{story}{LEAD}\n",
        f"Port strike spreads to the cranes\n\nMarch 5, 2031\n\n{story}{BODY}\n",
        f"{story} Talks resume on the pay offer next week, union officials said.\n",
        f"Milk price protest\n\nMay 9, 2031\n\n{_FARM}\n",
    )
    a = agree[2].segments[0].anchor
    assert a.date in (dt.date(2031, 3, 3), dt.date(2031, 3, 5)) and a.confidence < 0.2
    assert a.evidence.startswith("the story of dated segments in d0, d1")
    split_story = _batch(
        f"Dockers walk out at the port\n\nMarch 3, 2031\n\n{story}{LEAD}\n",
        f"Port strike spreads to the cranes\n\nSeptember 20, 2031\n\n{story}{BODY}\n",
        f"{story} Talks resume on the pay offer next week, union officials said.\n",
        f"Milk price protest\n\nMay 9, 2031\n\n{_FARM}\n",
    )
    assert "the story of" not in split_story[2].segments[0].anchor.evidence


def test_an_undated_page_places_its_other_articles_by_the_dates_the_batch_found():
    dated = f"Freight slump hits the port operator\n\nMarch 3, 2031\n\n{_TRADE}\n"
    page = f"Freight slump hits the port operator\n\n{_TRADE}\n\nMilk price protest in the valleys\n\n{_FARM}\n"
    segs = _batch(dated, page)[1].segments
    assert [s.anchor.date for s in segs] == [dt.date(2031, 3, 3)] * 2
    assert segs[1].anchor.granularity == "month" and segs[1].anchor.evidence.startswith("near the dates of the file's")


def test_one_shared_sentence_is_not_a_copy():
    dated = f"Freight slump hits the port operator\n\nMarch 3, 2031\n\n{_TRADE}\n"
    other = f"{_TRADE.split('. ')[0]}. {_FARM}\n"
    a = _batch(dated, other)[1].segments[0].anchor
    assert "a copy" not in a.evidence


# -- the command --------------------------------------------------------------------------------------------


def test_anchors_command_formats(tmp_path):
    (tmp_path / "a.txt").write_text(f"Talks collapse in Geneva\n\nOctober 20, 2016 By\n\n{LEAD}\n", encoding="utf-8")
    (tmp_path / "t.txt").write_text(THREAD, encoding="utf-8")
    proc = run_cli("anchors", str(tmp_path), "--format", "json")
    assert proc.returncode == 0, proc.stderr.decode()
    rows = json.loads(proc.stdout)
    assert rows[0]["doc"] == "a" and rows[0]["published"] == "2016-10-20" and rows[0]["published_source"] == "byline"
    assert rows[0]["published_evidence"] == "October 20, 2016 By" and rows[0]["first_words"].startswith("Talks")
    assert {r["kind"] for r in rows if r["doc"] == "t"} == {"navigation", "post", "quote"}
    table = run_cli("anchors", str(tmp_path)).stdout.decode()
    assert re.search(r"^a\s+0\s+0-\d+\s+article\s+2016-10-20\s+byline\s+0\.95", table, re.M)
    rows_csv = list(csv.DictReader(io.StringIO(run_cli("anchors", str(tmp_path), "-f", "csv").stdout.decode())))
    assert rows_csv[0]["published"] == "2016-10-20" and len(rows_csv) == len(rows)
    bad = run_cli("anchors", str(tmp_path), "--format", "xml")
    assert bad.returncode == 2 and bad.stderr.decode().count("\n") == 1


def test_emit_manifest_round_trip_fixes_a_date(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text(f"Talks collapse in Geneva\n\nOctober 20, 2016 By\n\n{LEAD}\n", encoding="utf-8")
    (news / "b.txt").write_text("It happened yesterday, the ministry said.\n", encoding="utf-8")
    manifest = tmp_path / "manifest.csv"
    proc = run_cli("anchors", str(news), "--emit-manifest", str(manifest))
    assert proc.returncode == 0, proc.stderr.decode()
    rows = list(csv.DictReader(manifest.open(encoding="utf-8")))
    assert [(r["id"], r["path"], r["published"], r["found_source"]) for r in rows] == [
        ("a", "news/a.txt", "2016-10-20", "byline"),
        ("b", "news/b.txt", "", "inferred"),
    ]
    assert rows[1]["found_published"].startswith("2016-")  # the batch's year: shown, never written as published
    # a human fixes one date in seconds, and reruns with the manifest
    rows[1]["published"] = "2016-10-25"
    with manifest.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    again = json.loads(run_cli("anchors", "--manifest", str(manifest), "-f", "json").stdout)
    assert [(r["doc"], r["published"], r["published_source"]) for r in again] == [
        ("a", "2016-10-20", "manifest"),
        ("b", "2016-10-25", "manifest"),
    ]
    proc = run_cli("extract", "--manifest", str(manifest), "--out", "-")
    assert proc.returncode == 0, proc.stderr.decode()
    yesterday = [m for m in json.loads(proc.stdout)["mentions"] if m["doc"] == "b"]
    assert [m["value"] for m in yesterday] == ["2016-10-24"]


def test_seeds_segments_and_dates():
    proc = run_cli("anchors", str(SEEDS), "-f", "json")
    assert proc.returncode == 0, proc.stderr.decode()
    rows = json.loads(proc.stdout)
    by_doc: dict[str, list] = {}
    for r in rows:
        by_doc.setdefault(r["doc"][:3], []).append(r)
    assert [r["kind"] for r in by_doc["000"]] == ["article"] * 6
    assert by_doc["000"][3]["published"] == "2016-10-20" and by_doc["000"][3]["published_source"] == "byline"
    assert all(r["published"].startswith("2016-") for r in by_doc["000"])
    assert [r["kind"] for r in by_doc["002"]] == ["navigation", "article", "comments", "navigation"]
    posts = [r for r in by_doc["004"] if r["kind"] in ("post", "quote")]
    # a post made of a pasted video blurb ("Newsweek reporter quits ..." / "Dec 19, 2019 / 25:42 ...") is dated by
    # it, below the 0.9 band, and bounds no other post
    [item] = [r for r in posts if r["published_evidence"].startswith(anchor.segments.PASTED)]
    assert (item["published"], item["published_source"]) == ("2019-12-19", "header")
    assert item["published_confidence"] < 0.9
    posts = [r for r in posts if r is not item]
    headers = {r["published"] for r in posts if r["published_source"] in ("header", "byline")}
    assert headers == {"2019-12-21", "2019-12-29", "2020-01-07", "2020-01-27"}
    dates = [r["published"] for r in posts]
    assert dates == sorted(dates)  # a thread is in writing order
    # news pasted into posts keeps its own stated date ("Published on Nov 7, 2019", "November 29, 2019 - ...")
    pasted = [(r["published"], r["published_source"]) for r in by_doc["004"] if r["kind"] == "article"]
    assert pasted == [
        ("2019-12-19", "header"),
        ("2019-11-07", "header"),
        ("2019-11-29", "header"),
        ("2020-01-07", "header"),
        ("2020-01-07", "header"),
    ]
    # and that older date places no post: posts are bounded by posts only
    assert not any("2019-12-19" in r["published_evidence"] or "2019-11-" in r["published_evidence"] for r in posts)
    assert any(r["kind"] == "quote" and r["repeat_of"] is not None for r in posts)


def test_extract_json_has_segment_kinds_and_repeats(tmp_path):
    (tmp_path / "t.txt").write_text(THREAD, encoding="utf-8")
    proc = run_cli("extract", str(tmp_path), "--out", "-")
    assert proc.returncode == 0, proc.stderr.decode()
    from timeline.export.json import loads, validate

    data = json.loads(proc.stdout)
    validate(data)
    segs = data["documents"][0]["segments"]
    assert [s["kind"] for s in segs][:3] == ["navigation", "post", "quote"] and segs[2]["repeat_of"] == 1
    assert loads(proc.stdout).documents[0].segments[2].repeat_of == 1


def test_a_header_date_over_a_stretch_with_more_titles_loses_confidence():
    clean = f"Talks collapse in Geneva\nPublished: 20 October 2016\n\n{LEAD}\n\n{BODY}\n"
    [seg] = _anchored(clean)
    assert seg.anchor.confidence >= 0.9
    # a second title over a paragraph the splitter keeps (its lead continues: "But ..."): maybe another article
    doubtful = clean + f"\nA second story about the harbour\n\nBut the harbour {LEAD[0].lower()}{LEAD[1:]}\n"
    segs = _anchored(doubtful)
    assert len(segs) == 1 and segs[0].anchor.date == dt.date(2016, 10, 20)
    assert segs[0].anchor.confidence == anchor.headers.STATED_CONFIDENCE["inner-titles"] < 0.9


def test_a_date_under_each_article_dates_the_article_above_it_not_the_next():
    # blogs put the date in the post's footer: the last line of the page is one, no date stands over a title
    text = (
        f"Harbour reopens after the storm\n\n{LEAD}\n\nPosted in Local | April 3, 2031 | 2 Comments\n\n"
        f"Bridge closes to lorries\n\n{BODY}\n\nPosted in Local | April 7, 2031 | 5 Comments\n"
    )
    doc = Document("d", "d", text)
    segs = [s for s in anchor_segments(doc, split(doc)) if s.kind != "navigation"]
    assert [text[s.start : s.end].split("\n")[0] for s in segs] == [
        "Harbour reopens after the storm",
        "Bridge closes to lorries",
    ]
    assert [s.anchor.date for s in segs] == [dt.date(2031, 4, 3), dt.date(2031, 4, 7)]
    assert all(0.5 < s.anchor.confidence < 0.9 for s in segs)  # a footer date is not measured: below 0.9
    # the evidence is the footer line itself
    assert [s.anchor.evidence for s in segs] == [
        "Posted in Local | April 3, 2031 | 2 Comments",
        "Posted in Local | April 7, 2031 | 5 Comments",
    ]


def test_a_date_line_over_each_title_still_opens_its_article():
    text = f"April 3, 2031\n\nHarbour reopens after the storm\n\n{LEAD}\n\nApril 7, 2031\n\nBridge closes to lorries\n\n{BODY}\n"
    doc = Document("d", "d", text)
    segs = [s for s in anchor_segments(doc, split(doc)) if s.kind != "navigation"]
    assert [s.anchor.date for s in segs] == [dt.date(2031, 4, 3), dt.date(2031, 4, 7)]
    assert text[segs[1].start :].startswith("April 7, 2031")


def test_a_threads_posts_keep_their_order_over_their_stories_dates():
    story = "Quayline dockers cranes Harbourside walkout pickets stevedores berths freight union ballot. "
    thread = (
        f"fernhill\nMember\nPosts: 12\n\n{_TRADE}\n\n"
        f"lowtide\nMember\nPosts: 87\n\nThe {story} And the ballot closes soon, I hear.\n\n"
        f"fernhill\nMember\nPosts: 13\n\n{_FARM}\n"
    )
    out = _batch(
        f"Freight slump hits the port operator\n\nMarch 3, 2031\n\n{_TRADE}\n",
        f"Milk price protest\n\nMarch 9, 2031\n\n{_FARM}\n",
        f"Dockers vote on a walkout\n\nMay 20, 2031\n\n{story}{story}{LEAD}\n",
        thread,
    )
    posts = [s.anchor for s in out[3].segments if s.kind == "post"]
    # the middle post lies between its neighbours (half way: spread evenly), not at its story's May 20
    assert [a.date for a in posts] == [dt.date(2031, 3, 3), dt.date(2031, 3, 6), dt.date(2031, 3, 9)]
    assert posts[1].evidence.startswith("after segment")


def test_a_date_line_with_no_title_dates_what_follows_below_the_09_band():
    # a dated list inside an article, or a diary's entries: the date may be the entry's, not the writing's
    text = (
        f"Protests spread to the capital\n\n{LEAD}\n\nHow the protests grew:\n\n"
        f"Oct. 5, 2031\n\n{BODY}\n\nOct. 12, 2031\n\n{_TRADE}\n"
    )
    doc = Document("d", "d", text)
    segs = anchor_segments(doc, split(doc))
    dated = [s.anchor for s in segs if s.anchor.source == "header"]
    assert [a.date for a in dated] == [dt.date(2031, 10, 5), dt.date(2031, 10, 12)]
    assert all(a.confidence < 0.9 for a in dated)


def test_a_date_line_under_a_long_first_line_is_still_the_header():
    # a caption or standfirst as long as a paragraph over the date line, short lines of text under it
    text = (
        f"{LEAD}\nPublished: 23 April 2031\nCrews will continue to monitor the rig closely.\n"
        "The search for the missing workers goes on.\n"
    )
    doc = Document("d", "d", text)
    a = anchor_segments(doc, split(doc))[0].anchor
    assert (a.date, a.source) == (dt.date(2031, 4, 23), "header")


_REPLIES = (
    "The ferries were cancelled again this morning and nobody at the terminal could say when they would sail.",
    "I drove round by the coast road instead; it took three hours but at least the lorries were moving again.",
    "Does anyone know whether the night crossing is running, or is that off as well until further notice?",
    "The union says talks resume next week, so I would not count on the night crossing before the spring.",
)


def _forum_post(user: str, posts: int, stamp: str | None, body: str) -> str:
    return f"{user}\nMember\nPosts: {posts}\n" + (f"{stamp}\n" if stamp else "") + body + "\n\n"


@pytest.mark.parametrize(
    "last_stamp, undated, expected, granularity",
    [
        # two undated replies between posts of March 1 and March 10: a third of the way each, to the week
        ("Mar 10, 2031 at 18:40", 2, ["2031-03-04", "2031-03-07"], "week"),
        ("Mar 4, 2031 at 18:40", 2, ["2031-03-02", "2031-03-03"], "week"),
        # one reply between March 1 and April 10: the middle, to the month only
        ("Apr 10, 2031 at 09:15", 1, ["2031-03-21"], "month"),
    ],
)
def test_undated_posts_spread_between_the_dated_posts_around_them(last_stamp, undated, expected, granularity):
    users = ["gullwing", "harbour_cat", "seafoam77"]
    text = "Forum › Travel › Discussion\nFerry strike thread\n\n" + _forum_post(
        "harbour_cat", 120, "Mar 1, 2031 at 10:02", _REPLIES[0]
    )
    for n in range(undated):
        text += _forum_post(users[n], 40 + n, None, _REPLIES[1 + n])
    text += _forum_post("quayside", 9, last_stamp, _REPLIES[3])
    posts = [s for s in _anchored(text) if s.kind == "post"]
    assert len(posts) == undated + 2
    middle = posts[1:-1]
    assert [s.anchor.date.isoformat() for s in middle] == expected
    assert {(s.anchor.granularity, s.anchor.source) for s in middle} == {(granularity, "inferred")}
    assert all(s.anchor.confidence < 0.2 for s in middle)


@pytest.mark.parametrize(
    "item, expected, source",
    [
        # the post is a pasted video blurb: its headline, then its date line, then its text -- dated by the item
        ("Harbour pilots explain why the northern quay shut\nMar 2, 2031 / 12:40 Harbour TV\n", "2031-03-02", "header"),
        # the older date right under the user's rank, no headline: an item it quotes; the thread's order dates it
        ("Mar 2, 2031 / 12:40 Harbour TV\n", None, "inferred"),
        ("Quay shut\nMar 2, 2031 / 12:40 Harbour TV\n", None, "inferred"),  # two words: a label, not a headline
    ],
)
def test_a_post_made_of_a_pasted_item_is_dated_by_it_and_bounds_no_post(item, expected, source):
    text = (
        "Forum › Travel › Discussion\nFerry strike thread\n\n"
        + _forum_post("harbour_cat", 120, "Mar 10, 2031 at 10:02", _REPLIES[0])
        + f"gullwing\nMember\nPosts: 45\n{item}{LEAD}\n\n"
        + _forum_post("seafoam77", 9, None, _REPLIES[2])
    )
    first, pasted, last = [s.anchor for s in _anchored(text) if s.kind == "post"]
    assert first.date == dt.date(2031, 3, 10)
    assert pasted.source == source
    if expected:
        assert pasted.date.isoformat() == expected and 0.5 <= pasted.confidence < 0.9
        assert pasted.evidence.startswith(anchor.segments.PASTED)
    else:
        assert pasted.date >= first.date
    assert last.date >= first.date  # the pasted item's older date places no later post


@pytest.mark.parametrize(
    "stated, named, expected, granularity",
    [
        # the undated article's "on Saturday" is the day the dated one states for the same event (a Saturday)
        ("March 1, 2031", "Saturday", "2031-03-01", "day"),
        ("March 1, 2031", "Saturday ... on Sunday", "2031-03-02", "day"),
        # the dated report is of a Friday: its day is not the Saturday named, so it says nothing of the week
        ("February 28, 2031", "Saturday", None, None),
    ],
)
def test_a_weekday_named_for_an_event_another_article_dates_fixes_its_week(stated, named, expected, granularity):
    first, _, second = named.partition(" ... ")
    text = (
        f"Storm shuts the northern harbour\n\n{stated}\n\n"
        "Gale force winds shut the northern harbour and broke two mooring posts at the ferry terminal, the port "
        "authority said, and crews worked through the night to secure the moored ships.\n\n"
        "Ferries stay in port as repairs begin\n\n"
        f"The gale that shut the northern harbour on {first} broke mooring posts at the ferry terminal. Crews "
        "began repairs at first light and expected the work to take several weeks to finish completely"
        + (f", the harbour master said on {second}." if second else ".")
        + "\n"
    )
    segs = [s for s in _anchored(text) if s.kind == "article"]
    assert len(segs) == 2 and segs[0].anchor.source == "header"
    a = segs[1].anchor
    if expected is None:
        assert a.date is None or "states for it" not in a.evidence
    else:
        assert (a.date.isoformat(), a.granularity, a.source) == (expected, granularity, "inferred")
        assert "states for it" in a.evidence and a.confidence < 0.2


@pytest.mark.parametrize(
    "own_words, expected",
    [
        # the poster's own words after the item: written with the post, not spread towards the next dated one
        ("The queues at the terminal were long, I have seen them myself this morning.", "after segment 1"),
        ("Passengers deserve better. I'm not sure the company can keep paying for hotels.", "after segment 1"),
    ],
)
def test_the_posters_own_words_after_a_pasted_item_are_dated_with_the_post(own_words, expected):
    from timeline import anchor as anchoring
    from timeline.segment import RESUMED

    text = (
        "ivan_k\n29.12.2019 - 23:49\n\nHere is the video from the harbour that was posted yesterday, with the "
        "harbour master's statement on the ferries.\n\n\nolga\n30.12.2019 - 08:10\n\nWhat a mess at the harbour again, and nobody in "
        "the town council seems to care about the ferries at all.\n\nPublished on Dec 20, 2019 (3:10 min.)\n\n"
        "The harbour master said that the ferries would stay in port until the storm had passed, and that crews "
        "had been sent home for the night.\n\n"
        f"Passengers were offered hotel rooms in the town, the company added.\n{own_words}\n\n\n"
        "petra\n03.01.2020 - 10:02\n\nThe ferries are running again this morning, with long queues at the "
        "terminal.\n"
    )
    segs = anchoring.document_evidence(Document("d", "d.txt", text)).segments
    resumed = next(s for s in segs if s.boundary == RESUMED)
    post = segs[segs.index(resumed) - 2]
    assert post.kind == "post" and resumed.kind == "post"
    assert resumed.anchor.date == post.anchor.date == dt.date(2019, 12, 30)
    assert resumed.anchor.evidence.startswith(expected) and "resumes" in resumed.anchor.evidence


_GUESS = anchor.YEAR_GUESSED


@pytest.mark.parametrize(
    "source_evidence, marked",
    [
        # a post whose year its content only guesses ("reports 1987, announces 1988"): its neighbours' too
        (f"after 'Sept. 30' (reports 1987, announces 1988) {_GUESS}", True),
        # a post dated by its own header: its neighbours' year is no guess
        ("header 'Sept. 30, 1988'", False),
    ],
)
@pytest.mark.parametrize("where", ["after", "before"])
def test_a_year_guessed_for_one_post_stays_a_guess_in_the_posts_dated_from_it(source_evidence, marked, where):
    from timeline.anchor.segments import _from_neighbours
    from timeline.model import Anchor, Segment

    segs = tuple(Segment(n * 10, n * 10 + 10, kind="post") for n in range(3))
    known = Anchor(dt.date(1988, 9, 30), "inferred", 0.05, "week", source_evidence)
    anchors = [known, None, None] if where == "after" else [None, None, known]
    _from_neighbours(segs, anchors, thread=True)
    assert all(a is not None and a.date == dt.date(1988, 9, 30) for a in anchors)
    assert [(_GUESS in a.evidence) for a in anchors if a is not known] == [marked, marked]
    # what the batch step reopens is the year guess, nothing else
    assert [anchor.needs_batch(Segment(0, 1, a, "post")) for a in anchors if a is not known] == [marked, marked]


@pytest.mark.parametrize("guessed", [True, False])
def test_articles_near_a_guessed_one_keep_the_guess(guessed):
    from timeline.anchor.segments import _near_other_articles
    from timeline.model import Anchor, Segment

    segs = tuple(Segment(n * 10, n * 10 + 10, kind="article") for n in range(2))
    evidence = "after 'Sept. 30' (reports 1987)" + (f" {_GUESS}" if guessed else "")
    anchors = [
        Anchor(dt.date(1988, 9, 30), "inferred", 0.05, "week", evidence),
        Anchor(dt.date(1988, 7, 1), "inferred", 0.03, "year", "reports 1987"),
    ]
    _near_other_articles(segs, anchors, thread=False)
    assert anchors[1].date == dt.date(1988, 9, 30) and anchors[1].evidence.startswith("near the file's")
    assert (_GUESS in anchors[1].evidence) is guessed


@pytest.mark.parametrize(
    "other, expected",
    [
        # the file's other article dated to the month by its story: the year-only one is placed near it
        (
            ("the story of dated segments in x (similarity 0.15; 2000-03-30 to 2000-04-03)", "month"),
            dt.date(2000, 4, 3),
        ),
        # to the week: as before, and more sure
        (("the story of dated segments in x (similarity 0.35; 2000-04-03 to 2000-04-03)", "week"), dt.date(2000, 4, 3)),
        # a month whose year is itself a guess places nothing
        ((f"reports March (reports 1999) {anchor.YEAR_GUESSED}", "month"), dt.date(2000, 7, 1)),
    ],
)
def test_an_article_the_batch_gives_only_a_year_is_placed_near_its_files_other_articles(other, expected):
    from timeline.anchor.corpus import _around_new_dates
    from timeline.model import Anchor, Segment

    evidence, granularity = other
    segs = [
        Segment(0, 10, Anchor(dt.date(2000, 4, 3), "inferred", 0.1, granularity, evidence)),
        Segment(10, 20, Anchor(dt.date(2000, 7, 1), "inferred", 0.03, "year", "batch year 2000 (66%)")),
    ]
    _around_new_dates(segs, {})
    a = segs[1].anchor
    assert a.date == expected
    if expected != dt.date(2000, 7, 1):
        assert a.granularity == "month" and a.confidence < 0.2 and a.evidence.startswith("near the dates")
        assert (a.confidence < 0.1) is (granularity == "month")


@pytest.mark.parametrize(
    "header, expected, confidence",
    [
        # a copy's header: where and when it first ran dates it, not the day it was republished
        (
            "Republished November 5, 1989\nThis story originally appeared in The Valley Courier on 2 November 1989.",
            dt.date(1989, 11, 2),
            0.95,
        ),
        ("Reposted 5 Nov 1989\nFirst published by the Lake Gazette on 2 Nov 1989", dt.date(1989, 11, 2), 0.95),
        # only the copy's date: the text is from then or before, below the 0.9 band
        ("Republished November 5, 1989", dt.date(1989, 11, 5), 0.6),
        # a plain dated header is as sure as ever
        ("November 2, 1989", dt.date(1989, 11, 2), 0.95),
    ],
)
def test_a_copy_is_dated_by_its_first_publication(header, expected, confidence):
    text = (
        "Harbour ferries stay in port\n"
        f"{header}\n\n"
        "The harbour master said the ferries would stay in port until the storm had passed, and that the crews "
        "had been sent home for the night while the company looked for hotel rooms.\n"
    )
    [seg] = [s for s in _anchored(text) if s.kind != "navigation"]
    assert seg.anchor.date == expected and seg.anchor.confidence == confidence


@pytest.mark.parametrize(
    "stamps",
    [
        ("Fri Apr 03, 2009 2:02 pm", "Sat Apr 04, 2009 9:15 am", "Mon Apr 06, 2009 6:40 pm"),
        ("03-Apr-2009 14:02", "04-Apr-2009 09:15", "06-Apr-2009 18:40"),
    ],
)
def test_posts_headed_by_a_handle_and_a_guillemet_are_each_dated_by_their_own_header(stamps):
    first, second, third = stamps
    text = (
        "Riverside Forum › Local news › Ferry troubles\n\nTopic: Ferry troubles again\n\n"
        f"Post by harbourwatch » {first}\n\nThe ferries were cancelled again yesterday, for the third time this "
        "month. I waited at the terminal for an hour before anyone told us.\n\n"
        f"Post by mill_st » {second}\n\nThey said on the radio that the first ferry leaves at seven tomorrow, and "
        "that the company will refund the tickets of last week.\n\n"
        f"Post by harbourwatch » {third}\n\nConfirmed, I took the seven o'clock one this morning. It was packed, "
        "but at least it sailed on time.\n"
    )
    segs = [s for s in _anchored(text) if s.kind != "navigation"]
    assert [s.anchor.date for s in segs] == [dt.date(2009, 4, 3), dt.date(2009, 4, 4), dt.date(2009, 4, 6)]
    assert all(s.anchor.source == "byline" for s in segs)


_ISSUE_A = (
    "The harbour master said the ferries would stay in port until the storm had passed over the coast, and "
    "that the crews had been sent home for the night."
)
_ISSUE_B = (
    "The town council voted to approve the budget for the new bridge across the river, ending a debate that had "
    "lasted for two years."
)


@pytest.mark.parametrize(
    "second_header, expected",
    [
        # two headers that differ by their date and a counter only: the second post quotes nothing
        ("lowtide opened this issue Apr 19, 1999 · 13 comments", dt.date(1999, 4, 19)),
        ("lowtide opened this issue Apr 10, 1999 · 17 comments", dt.date(1999, 4, 10)),
    ],
)
def test_a_post_header_like_an_earlier_one_but_for_its_date_is_no_quote(second_header, expected):
    text = (
        "Ferries stay in port\nlowtide opened this issue Apr 10, 1999 · 7 comments\n\n"
        f"{_ISSUE_A}\n\nCrews were told to come back on Monday morning, the company said.\n\n"
        f"Council approves bridge\n{second_header}\n\n{_ISSUE_B}\n\n"
        "Work will start next month and last until the end of next year, the mayor said.\n"
    )
    segs = [s for s in _anchored(text) if s.kind != "navigation"]
    assert [s.kind for s in segs] == ["article", "article"] and segs[1].repeat_of is None
    assert segs[1].anchor.date == expected and segs[1].anchor.source == "header"


def test_the_text_after_a_quote_is_dated_with_the_header_above_the_quote():
    text = (
        "Ferries stay in port\nlowtide opened this issue Apr 10, 1999 · 7 comments\n\n"
        f"{_ISSUE_A}\n\nCrews were told to come back on Monday morning, the company said.\n\n"
        "Council approves bridge\nquietfox opened this issue Apr 19, 1999 · 3 comments\n\n"
        f"{_ISSUE_A}\n\n{_ISSUE_B}\n\nWork will start next month and last until the end of next year, the mayor said.\n"
    )
    segs = [s for s in _anchored(text) if s.kind != "navigation"]
    after = [s for s in segs if s.boundary == "after-quote"]
    assert after and all(s.anchor.date == dt.date(1999, 4, 19) for s in after)
    assert all(s.anchor.evidence.startswith("resumes segment") and s.anchor.confidence <= 0.5 for s in after)


@pytest.mark.parametrize(
    "day_line, second_head, expected",
    [
        # a day line, then messages by their time: the day carries to the messages after it
        ("25 October 1998", "Harbour Desk, [17:00]", dt.date(1998, 10, 25)),
        ("### 1998-10-25 ###", "Harbour Desk, [17:00]", dt.date(1998, 10, 25)),
        # the first message states its day and time on one line: that is its own, it carries nothing
        ("25 October 1998, 10:47", "Harbour Desk, [17:00]", None),
        # an article with a title and a byline, no time: nothing says it is a message of that day
        ("25 October 1998", "Council approves the bridge budget\nBy Anna Berg", None),
    ],
)
def test_a_day_line_dates_the_messages_under_it_until_the_next(day_line, second_head, expected):
    text = (
        "Harbour Desk\n53428 subscribers\n\n"
        f"{day_line}\nHarbour Desk, [10:47]\n\n{_ISSUE_A}\n\nCrews were told to come back on Monday morning.\n\n"
        f"{second_head}\n\n{_ISSUE_B}\n\nWork will start next month and last until the end of next year.\n"
    )
    segs = [s for s in _anchored(text) if s.kind != "navigation"]
    assert len(segs) == 2 and segs[0].anchor.date == dt.date(1998, 10, 25)
    second = segs[1].anchor
    if expected is None:
        assert not second.evidence.startswith("the day segment")
    else:
        assert second.date == expected and second.confidence <= 0.6 and second.evidence.startswith("the day segment")


@pytest.mark.parametrize(
    "after_last",
    [
        "",
        # a sidebar of related titles under the last post: still a page of post footers
        "Related posts\nSchool roof repaired (March 12, 2009)\nHarbour wall to be rebuilt (February 2, 2009)\n",
    ],
)
def test_a_date_under_a_post_dates_that_post_not_the_next(after_last):
    text = (
        "The Riverside Blog\nHome | About | Archive\n\nFerries sail again after the storm\n\n"
        f"{_ISSUE_A}\n\nCrews were called back this morning, the company said in a statement.\n\n"
        "Posted on April 3, 2009 by anna in Local | 3 Comments\n\nCouncil approves the bridge budget\n\n"
        f"{_ISSUE_B}\n\nThe mayor said work would start next month.\n\n"
        "Posted on March 31, 2009 by tom in Local | 1 Comment\n\n" + after_last
    )
    segs = [s for s in _anchored(text) if s.kind == "article"]
    assert [s.anchor.date for s in segs] == [dt.date(2009, 4, 3), dt.date(2009, 3, 31)]


@pytest.mark.parametrize(
    "signature, asked",
    [
        ("", ""),
        ("ANNA BERG Harbour Master Port Ellen\n\n", ""),
        # the question's own header over its text: the answers still carry their dates under them
        ("", "Asked 2 days ago    Viewed 3,724 times\n"),
    ],
)
def test_answers_dated_by_the_footer_block_under_each_are_split_after_it(signature, asked):
    """A question-and-answer thread: each text closes with a block of short lines (share links, the date, the
    author, a score) and the next answer opens with its vote count, with no title. The block closes the text
    above it: it neither opens the next answer nor dates it."""
    text = (
        f"Example Q&A › Questions › Tags\n\nWhen will the ferries sail again?\n{asked}\n"
        f"{_ISSUE_A}\n\nCrews were called back this morning, the company said in a statement.\n\n"
        "Share  Improve this question  Follow\nasked Apr 3 '09 at 15:48\nharbourwatcher\n3,522\n\n"
        "2 Answers\nSorted by: Highest score\n\n78\n\n"
        f"{_ISSUE_B}\n\nThe mayor said work would start next month.\n\n{signature}"
        "Share  Improve this answer  Follow\nedited Apr 6 '09 at 09:12\nanswered Apr 5 '09 at 10:02\ntom_k\n512\n\n"
        "12\n\nThe harbour office said the timetable would be posted on Monday, after the inspection of "
        "the pier was complete and the insurers had signed off.\n\n"
        "Share  Improve this answer  Follow\nanswered Apr 8 '09 at 17:36\nmarina\n20,451\n\n"
        "Linked\nHarbour wall to be rebuilt?\nWhy did the bridge close to lorries?\n"
    )
    segs = [s for s in _anchored(text) if s.kind != "navigation"]
    assert len(segs) == 3
    assert [s.anchor.date for s in segs] == [dt.date(2009, 4, 3), dt.date(2009, 4, 5), dt.date(2009, 4, 8)]
    assert all(s.anchor.confidence < 0.9 for s in segs)  # a footer date is not measured at 0.9
    assert "78" in text[segs[1].start : segs[1].end].split("\n\n")[:3]  # the answer opens at its score, or above
    assert text[segs[2].start :].startswith("12\n")


def test_saved_posts_are_split_at_their_names_and_dated_by_the_stamp_under_them():
    """A list of saved posts, newest first: a name and a handle over each, its stamp under its text. The handles
    recur with different values (a post header's shape); each stamp is its own post's, however the dates run."""
    bodies = (
        "The ferry company said it would add two sailings a day to the islands from next month.",
        "Harbour officials closed the north pier after a storm damaged its railings overnight.",
        "The council voted to keep the old lighthouse open to visitors through the winter.",
    )
    stamps_under = ("12:54 PM · Apr 9, 2009", "3:31 PM - 2 Apr 2009", "9:05 AM - 1 Apr 2009")
    people = (("Maren Holt", "@quietfox"), ("Tobias Wren", "@rail_fan77"), ("Ayo Bankole", "@northpaw"))
    text = "Saved items\n\n" + "".join(
        f"{name}\n{handle}\n\n{body}\n\n{stamp}\n{n * 7 + 3} Likes\n\n"
        for n, ((name, handle), body, stamp) in enumerate(zip(people, bodies, stamps_under))
    )
    posts = [s for s in _anchored(text) if s.kind == "post"]
    assert [text[s.start : s.end].split("\n")[0] for s in posts] == ["Maren Holt", "Tobias Wren", "Ayo Bankole"]
    assert [s.anchor.date for s in posts] == [dt.date(2009, 4, 9), dt.date(2009, 4, 2), dt.date(2009, 4, 1)]


@pytest.mark.parametrize(
    "sign_off",
    ["###\nMedia contact: Anna Berg, +1 555 0100, press@example.org", "ENDS\nNotes to editors: photos are available."],
)
def test_a_press_room_page_is_one_article_per_release_dated_by_its_wire_dateline(sign_off):
    """Each release opens with the same kicker in capitals and closes with the same sign-off: neither is a
    forum's user line. Its dateline names the wire between slashes, and runs on into a paragraph wrapped at a
    width."""
    releases = [
        ("Harbour board approves the new north pier", "PORT ELLEN, March 3, 2031 /Harbour Wire/ --", _ISSUE_A),
        ("Ferry company adds a second weekday crossing", "OBAN, March 5, 2031 /Coast Newswire/ --", _ISSUE_B),
        (
            "Council opens the bridge to lorries again",
            "KIEL, March 9, 2031 /Harbour Wire/ --",
            "The council said the bridge would open to lorries again on Monday once the inspectors had signed off.",
        ),
    ]
    text = "Press room | News releases | Media contacts\n\n"
    for title, dateline, body in releases:
        wrapped = "\n".join(textwrap.wrap(f"{dateline} {body}", 64))
        text += f"FOR IMMEDIATE RELEASE\n{title}\n\n{wrapped}\n\n{sign_off}\n\n"
    segs = [s for s in _anchored(text) if s.kind not in ("navigation", "quote")]
    assert [s.kind for s in segs] == ["article"] * 3
    assert [s.anchor.date for s in segs] == [dt.date(2031, 3, 3), dt.date(2031, 3, 5), dt.date(2031, 3, 9)]
    assert all(text[s.start :].startswith("FOR IMMEDIATE RELEASE") for s in segs)
    assert all(s.anchor.confidence == anchor.headers.STATED_CONFIDENCE["dated-lead"] for s in segs)


def test_a_live_blogs_day_heading_dates_the_entries_under_it_not_the_ones_above():
    """A live blog: a day heading in capitals, then each entry's time and title over its text, newest first.
    The heading opens the day's first entry (it is not a footer of the entry above it) and dates the entries
    under it up to the next heading."""
    text = (
        "LIVE  Harbour storm – latest updates\nWorld live\n\n"
        f"TUESDAY, 4 MARCH 2031\n\n11:23\nFerries stay in port\n\n{_ISSUE_A}\n\nCopy link · Share\n\n"
        f"MONDAY, 3 MARCH 2031\n\n22:17\nCouncil approves the bridge\n\n{_ISSUE_B}\n\nCopy link · Share\n\n"
        "21:54\nInspectors sign off the pier\n\nThe inspectors said the north pier was safe for lorries again "
        "after the repairs to its deck were finished.\n"
    )
    segs = [s for s in _anchored(text) if s.kind == "article"]
    assert [s.anchor.date for s in segs] == [dt.date(2031, 3, 4), dt.date(2031, 3, 3), dt.date(2031, 3, 3)]
    assert text[segs[1].start :].lstrip().startswith(("MONDAY", "Copy link"))


def test_microblog_posts_signed_by_the_stamp_under_their_text_are_dated_each_by_its_own():
    """A profile's posts: name and handle over the text, "time · date · views" under it, the reactions under
    that; a reshared post opens with a line of who reshared it, which has no shape of the other headers."""
    posts = [
        ("Anna Berg\n@harbourwatch", _ISSUE_A, "4:14 PM · Apr 8, 2031 · 63.9K Views"),
        ("⇄ Tom Reed reshared\nMarina Lund\n@quayside", _ISSUE_B, "8:37 AM · Apr 3, 2031 · 33.0K Views"),
        (
            "Ola Nes\n@quayside",
            "The inspectors said the north pier was safe for lorries again after the repairs to its deck.",
            "10:13 AM · Apr 1, 2031 · 29.0K Views",
        ),
    ]
    text = "Home · Explore · Lists\nPosts   Replies   Media\n\n" + "".join(
        f"{head}\n\n{body}\n\n{stamp}\n\n↩ 4  ⇄ 50  ★ 224\n\n" for head, body, stamp in posts
    )
    segs = [s for s in _anchored(text) if s.kind != "navigation"]
    assert [s.anchor.date for s in segs] == [dt.date(2031, 4, 8), dt.date(2031, 4, 3), dt.date(2031, 4, 1)]


def test_a_cards_date_over_the_next_articles_long_header_dates_neither():
    """A "More from" card (another story's title and date) stands right over the next article's header: a
    kicker, the title, its standfirst, the author and the dates. However long, that block is a header, not the
    card's text: the next article keeps its own date."""
    text = (
        f"Harbour reopens after the storm\nPosted on Apr 3 '31\n\n{_ISSUE_A}\n\n"
        "More from Anna Berg\nLighthouse keepers return to the islands\n7 min read · Jan 21, 2030\n\n"
        "Member-only story\nBridge closes to lorries\nThe council voted for the repairs after two years of debate\n"
        "Tom Reed\nFollow\nPosted on Apr 6 '31\nUpdated Apr 9, 2031\n\n"
        f"{_ISSUE_B}\n"
    )
    segs = [s for s in _anchored(text) if s.kind == "article"]
    assert [s.anchor.date for s in segs] == [dt.date(2031, 4, 3), dt.date(2031, 4, 6)]


def test_an_undated_articles_title_under_a_kicker_doubts_the_header_date_above_it():
    """An article with no date of its own ("Member-only story" / title / author / "Follow") inside the stretch
    a header dated: the header's date may not be its, so it loses the 0.9 band."""
    text = (
        f"Harbour reopens after the storm\nAnna Berg · Follow\nPosted on Apr 3 '31\n\n{_ISSUE_A}\n\n"
        "30\n60 responses\nShare · Listen\n\n"
        f"Member-only story\nBridge closes to lorries after the vote\nTom Reed\nFollow\n\n{_ISSUE_B}\n"
    )
    segs = [s for s in _anchored(text) if s.kind == "article"]
    assert segs[0].anchor.date == dt.date(2031, 4, 3)
    assert all(s.anchor.confidence < 0.9 for s in segs if text.find("Bridge closes") in range(s.start, s.end))
