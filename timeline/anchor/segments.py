"""Per-document anchoring: each segment's writing date, in order of trust.

manifest / record ``published`` (the first segment; later segments that state their own date keep it) > a date
the segment states about itself > ``--published`` (a default for segments that state none) > HTML metadata >
inferred from its content or its neighbours > none. Never calls the corpus pass (that sits above it).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import replace

from ..model import NO_ANCHOR, Anchor, Document, Segment
from ..segment import RESUMED, TIMED, TIMED_MESSAGE, UNTITLED, inner_titles
from ..stamps import NOT_PUBLICATION, PageDates, page_dates, parse_stamp, stamp_of
from .confidence import CONFIDENCE
from .content import (
    _SENTENCE_END,
    _WEEKDAY,
    ECHO_MIN,
    YEAR_GUESSED,
    Cue,
    content_cues,
    echo_stems,
    infer,
    sentence_at,
)
from .edition import edition_anchors
from .headers import STATED_CONFIDENCE, Stated, archive_capped, article_date, stated_dates

# ------------------------------------------------------------------------------------------------ anchoring


def _chat_days(text: str, segments: tuple[Segment, ...], anchors: list[Anchor | None], page: PageDates) -> None:
    """A chat log's message states only its time: its day is the last divider line above it ("--- Day changed
    Thu Nov 02 2009", "Log opened Fri Apr 03 2009")."""
    for n, seg in enumerate(segments):
        if anchors[n] is not None or seg.boundary != TIMED:
            continue
        for line in reversed(text[: seg.start].splitlines()):
            if TIMED_MESSAGE.match(line.strip()):
                continue
            st = stamp_of(line.strip(" \t-—–=*#~"))
            found = parse_stamp(st, page) if st is not None and st.rule not in NOT_PUBLICATION else None
            if found is not None and not st.yearless:
                conf = STATED_CONFIDENCE["chat-day"] if found[1] else STATED_CONFIDENCE["order-guessed"]
                anchors[n] = Anchor(found[0], "header", conf, "day", f"the day line '{line.strip()}' above it")
                break


def anchor_segments(
    doc: Document,
    segments: tuple[Segment, ...],
    option: dt.date | None = None,
    *,
    infer_content: bool = True,
    cues: dict[int, list[Cue]] | None = None,
    profile: str | None = None,
) -> tuple[Segment, ...]:
    """Each segment with its anchor. ``infer_content=False`` stops at stated dates (faster; no tagger);
    ``cues``, when given, receives the content cues read per segment index (for the batch step); ``profile``
    names the genre rules the tagger reads the content with."""
    if doc.published is not None or option is not None:
        return _with_default(doc, segments, option)
    anchors: list[Anchor | None] = [None] * len(segments)
    page = page_dates(doc.text)
    stated: list[list[Stated]] = [stated_dates(doc.text, s, page) if s.kind != "navigation" else [] for s in segments]
    for n, seg in enumerate(segments):
        if not stated[n]:
            continue
        # an article's date is its first header; a post is written on or after every date it states
        best = _post_date(stated[n]) if seg.kind == "post" else article_date(stated[n])
        anchors[n] = Anchor(best.date, best.source, _doubt(doc.text, seg, best.confidence), "day", best.evidence)
    thread = any(s.kind == "post" for s in segments)
    if thread:
        pasted = {n for n, seg in enumerate(segments) if seg.kind == "post" and _pasted_head(doc.text, seg, stated[n])}
        newest_first = _newest_first(doc.text, segments, stated)
        if newest_first:  # a live page or a channel's list: writing order runs from the bottom up
            last = len(segments) - 1
            flipped = list(reversed(anchors))
            _keep_thread_order(segments[::-1], flipped, {last - n for n in pasted}, stated[::-1])
            anchors[:] = reversed(flipped)
        else:
            _keep_thread_order(segments, anchors, pasted, stated, _signed(doc.text, segments, stated))
    else:
        newest_first = False
    if doc.meta_published is not None:
        for n, seg in enumerate(segments):
            if anchors[n] is None and seg.kind == "article":
                anchors[n] = Anchor(
                    doc.meta_published, "html-meta", CONFIDENCE["html-meta"], "day", "HTML metadata (htmldate)"
                )
    for n, seg in enumerate(segments):
        if anchors[n] is None and seg.repeat_of is not None and anchors[seg.repeat_of] is not None:
            source = anchors[seg.repeat_of]
            anchors[n] = Anchor(
                source.date,
                "inferred",
                min(source.confidence, CONFIDENCE["repeat"]),
                source.granularity,
                f"repeats segment {seg.repeat_of}",
            )
    _chat_days(doc.text, segments, anchors, page)
    _carry_day(doc.text, segments, anchors)
    if not thread:
        edition_anchors(doc.text, segments, anchors)
    for n, seg in enumerate(segments):
        resumes = seg.boundary == AFTER_QUOTE or (
            seg.boundary == "headline" and n > 1 and segments[n - 1].boundary == "quote"
        )  # (a reply that quotes, then pastes a story under its title: the reply's own text)
        if anchors[n] is None and resumes and seg.kind != "navigation":
            # the text after a quote resumes the segment the quote was cut from: written with its header
            k = n - 1
            while k > 0 and segments[k].boundary in (AFTER_QUOTE, "quote"):
                k -= 1
            a = anchors[k]
            if a is not None and a.date is not None and a.source in ("header", "byline"):
                anchors[n] = Anchor(
                    a.date,
                    "inferred",
                    min(a.confidence, CONFIDENCE["after-quote"]),
                    a.granularity,
                    f"{AFTER_QUOTE_EVIDENCE} {k} ({a.date.isoformat()}): its text after the quote",
                )
    if infer_content:
        _infer_rest(doc, segments, anchors, thread, cues if cues is not None else {}, profile, newest_first)
    if newest_first:
        flipped = list(reversed(anchors))
        _from_neighbours(segments[::-1], flipped, thread)
        anchors[:] = reversed(flipped)
    else:
        _from_neighbours(segments, anchors, thread)
    return tuple(replace(s, anchor=a or NO_ANCHOR) for s, a in zip(segments, anchors))


#: A clock time alone on a header line ("Desk, [17:00]", "anna 14:02"): a message of a day a line above gave.
_CLOCK = re.compile(r"(?<![\d:.])\[?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?\]?(?![\d:])")
#: Stamp rows that state a day alone on their line: a day separator ("25 October 1998", "### 1998-10-25 ###").
DAY_LINES = frozenset({"date-alone", "framed"})
#: How the evidence of a day carried from a day separator begins.
DAY_CARRIED = "the day"


def _carry_day(text: str, segments: tuple[Segment, ...], anchors: list[Anchor | None]) -> None:
    """A message export writes a day line when the day changes, then each message's time: a segment whose header
    states a clock time and no date is of the day the segment before it states on a line of its own (or carried)."""
    for n in range(1, len(segments)):
        seg, prev = segments[n], segments[n - 1]
        if anchors[n] is not None or seg.kind not in ("article", "post") or prev.kind == "navigation":
            continue
        a = anchors[n - 1]
        if a is None or a.date is None:
            continue
        if a.source in ("header", "byline"):
            st = stamp_of(a.evidence)
            if st is None or st.rule not in DAY_LINES or _CLOCK.search(a.evidence):
                continue  # the segment before states a day and a time of its own, not a day for the ones after
        elif not a.evidence.startswith(DAY_CARRIED):
            continue
        head = [ln.strip() for ln in text[seg.start : seg.end].split("\n") if ln.strip()][:3]
        if not any(len(ln) <= 60 and _CLOCK.search(ln) and stamp_of(ln) is None for ln in head):
            continue
        anchors[n] = Anchor(
            a.date,
            "inferred",
            min(a.confidence, CONFIDENCE["day-carried"]),
            "day",
            f"{DAY_CARRIED} segment {n - 1} states ({a.date.isoformat()}): a message of that day by its time",
        )


#: The boundary of the text that follows a quote cut out of a segment (``segment.mark_repeats``).
AFTER_QUOTE = "after-quote"
#: How the evidence of its anchor begins.
AFTER_QUOTE_EVIDENCE = "resumes segment"


def _with_default(doc: Document, segments: tuple[Segment, ...], option: dt.date | None) -> tuple[Segment, ...]:
    """Segments of a document with a given date. ``--published`` is a default: a segment that states its own
    date keeps it. A manifest's date is the document's: it dates the first segment whatever it states, and
    the segments after it that state none; one that states its own date (the next article of a collected
    page, a later post) keeps that."""
    if doc.published is not None:
        default = Anchor(doc.published, "manifest", CONFIDENCE["manifest"], "day", "manifest published")
    else:
        default = Anchor(option, "option", CONFIDENCE["option"], "day", "--published")
    first = next((n for n, s in enumerate(segments) if s.kind != "navigation"), 0)
    page = page_dates(doc.text)
    out = []
    for n, seg in enumerate(segments):
        own = []
        if seg.kind != "navigation" and not (doc.published is not None and n <= first):
            own = stated_dates(doc.text, seg, page)
        if own:
            best = _post_date(own) if seg.kind == "post" else article_date(own)
            out.append(
                replace(
                    seg,
                    anchor=Anchor(best.date, best.source, _doubt(doc.text, seg, best.confidence), "day", best.evidence),
                )
            )
        else:
            out.append(replace(seg, anchor=default))
    return tuple(out)


def _doubt(text: str, seg: Segment, confidence: float) -> float:
    """A header date dates its own article only: when the segment holds further title-like lines over
    paragraphs (articles the splitter may have missed), its date is less sure for the rest. A segment opened by
    a date line with no title may be an entry of a dated list inside an article: its date is less sure too."""
    if seg.kind not in ("article", "comments", "quote") or confidence <= STATED_CONFIDENCE["inner-titles"]:
        return confidence  # (a block of comments may run on into an article whose title was not seen)
    if seg.boundary == UNTITLED:
        return STATED_CONFIDENCE["untitled"]
    return STATED_CONFIDENCE["inner-titles"] if inner_titles(text, seg) else confidence


#: How the evidence of a post dated by the item it pastes begins (it bounds no other post).
PASTED = "the item it pastes:"


def _pasted_head(text: str, seg: Segment, stated: list[Stated]) -> Stated | None:
    """The stamp of the item a post is made of: its content opens with a headline and the item's date line right
    under it ("Newsweek reporter quits ..." / "Dec 19, 2019 / 25:42 ..."), under the post's short header lines
    (the user's name first), and prose follows."""
    from ..segment import _title_like, lines_of

    lines = lines_of(text[seg.start : seg.end])
    for s in stated:
        k = next((i for i, ln in enumerate(lines) if seg.start + ln.start == s.offset), None)
        if k is None or not 2 <= k <= PASTED_HEAD or not _title_like(lines[k - 1]):
            continue
        if len(lines[k - 1].stripped.split()) < PASTED_TITLE_WORDS:
            continue  # a user's rank or name ("Senior Member"), not the item's headline
        if all(not ln.long for ln in lines[:k]) and any(ln.long for ln in lines[k + 1 :]):
            return s
    return None


#: Lines above a pasted item's date line (the post's user and rank lines, the item's title) (the seeds' forum
#: header is two lines; the generated pages' three).
PASTED_HEAD = 4
#: Fewest words of the item's title (user names and ranks over a post are one to three words; the seeds' pasted
#: headline has eleven).
PASTED_TITLE_WORDS = 4


#: Fewest falls between the dates on posts' first lines for a thread to read newest first (with no rise): one
#: fall is as often a post that quotes an older item (the seeds' forum) as a newest-first list.
NEWEST_FIRST_FALLS = 2


def _post_date(stated: list[Stated]) -> Stated:
    """A post is written on or after every date it states (it quotes or pastes older ones), save an "Updated" or
    "Last modified" date: that is when it was changed, not written."""
    plain = [s for s in stated if s.rule not in ("updated", "feed-updated")] or stated
    return archive_capped(max(plain, key=lambda s: s.date))


def _newest_first(text: str, segments: tuple[Segment, ...], stated: list[list[Stated]]) -> bool:
    """Whether the thread's posts run from the newest down (a live page, a channel's list): the dates its posts
    state on their first line (their header's own stamp, not an item pasted under the user's lines) fall from
    one to the next, at least ``NEWEST_FIRST_FALLS`` times, and never rise."""
    dates = [
        heads[0].date
        for seg, found in zip(segments, stated)
        if seg.kind == "post" and (heads := [s for s in found if "\n" not in text[seg.start : s.offset]])
    ]
    falls = sum(b < a for a, b in zip(dates, dates[1:]))
    rises = sum(b > a for a, b in zip(dates, dates[1:]))
    return falls >= NEWEST_FIRST_FALLS and not rises


def _signed(text: str, segments: tuple[Segment, ...], stated: list[list[Stated]]) -> set[int]:
    """Posts whose date is stamped under their text (a saved post's "3:31 PM - 26 Oct 2009" / "399 Likes", an
    answer's "answered ..."): a stamp after the post's last paragraph, with no prose after it, is the post's
    own, not an older item it quotes or pastes (those sit over or inside the text)."""
    from ..segment import _ends_sentence, lines_of

    out = set()
    for n, (seg, found) in enumerate(zip(segments, stated)):
        if seg.kind != "post" or not found:
            continue
        lines = lines_of(text[seg.start : seg.end])
        prose = [ln.start for ln in lines if ln.long or _ends_sentence(ln)]
        at = _post_date(found).offset - seg.start
        if prose and prose[-1] < at and not lines[-1].long and len(lines) - sum(ln.start >= at for ln in lines) > 1:
            out.add(n)
    return out


def _keep_thread_order(
    segments: tuple[Segment, ...],
    anchors: list[Anchor | None],
    pasted: set[int] = frozenset(),
    stated: list[list[Stated]] | None = None,
    signed: set[int] = frozenset(),
) -> None:
    """Posts of a thread are in writing order: a post stating a date older than an earlier post's quotes an
    older item (a video's upload date, a pasted article) and is dated by its neighbours instead -- unless the
    post is that item (it opens with the item's title and date line, ``pasted``): its text was written then,
    and its date bounds no other post."""
    latest: dt.date | None = None
    for n, seg in enumerate(segments):
        a = anchors[n]
        if a is None or a.date is None:
            continue
        if latest is not None and a.date < latest and seg.kind == "post" and n not in signed:
            head = _pasted_head_of(n, pasted, stated)
            anchors[n] = (
                None
                if head is None
                else Anchor(
                    head.date,
                    head.source,
                    min(head.confidence, STATED_CONFIDENCE["pasted"]),
                    "day",
                    f"{PASTED} {head.evidence}",
                )
            )
            continue
        if seg.kind != "article":  # news pasted into a post keeps its own, older date and bounds nothing
            latest = a.date if latest is None else max(latest, a.date)


def _pasted_head_of(n: int, pasted: set[int], stated: list[list[Stated]] | None) -> Stated | None:
    if n not in pasted or stated is None:
        return None
    return next((s for s in stated[n] if s.rule not in ("updated", "feed-updated")), None)


def _guessed(evidence: str, *sources: Anchor | None) -> str:
    """``evidence``, marked as a year guess when an anchor it was drawn from has a guessed year: a year one
    segment's content guesses stays a guess in the segments dated after it, and the batch step may replace it
    there as well (generated pages, generator b seed 3: a 'fiscal 1988' read as the writing year dated a page's
    five posts a year early)."""
    if YEAR_GUESSED in evidence or not any(a is not None and YEAR_GUESSED in a.evidence for a in sources):
        return evidence
    return f"{evidence} {YEAR_GUESSED}"


def _bounds(segments: tuple[Segment, ...], k: int, a: Anchor | None) -> Anchor | None:
    """``a`` when it may bound the posts around it: not news pasted into a post, nor a post made of a pasted item."""
    if a is None or segments[k].kind == "article" or a.evidence.startswith(PASTED):
        return None
    return a


def _infer_rest(
    doc: Document,
    segments: tuple[Segment, ...],
    anchors: list[Anchor | None],
    thread: bool,
    cache: dict[int, list[Cue]],
    profile: str | None = None,
    newest_first: bool = False,
) -> None:
    sentences: dict[int, list[set[int]]] = {}
    known_years = Counter(a.date.year for a in anchors if a is not None and a.date is not None)
    hint = known_years.most_common(1)[0][0] if known_years else None
    hinted = [a for a in anchors if a is not None and a.date is not None and a.date.year == hint]
    for n, seg in enumerate(segments):
        if anchors[n] is not None or seg.kind in ("navigation", "comments", "quote"):
            continue
        lower = upper = None
        used: list[Anchor | None] = []  # the anchors the bounds and the year hint come from
        if thread:  # a post lies between the posts around it (not the news pasted into them)
            posts = [_bounds(segments, k, a) for k, a in enumerate(anchors)]
            earlier, later = (posts[n + 1 :], posts[:n][::-1]) if newest_first else (posts[:n][::-1], posts[n + 1 :])
            first = max((a for a in earlier if a is not None and a.date), default=None, key=lambda a: a.date)
            after = next((a for a in later if a is not None and a.date), None)
            lower = first.date if first else None
            upper = after.date + dt.timedelta(days=1) if after else None
            used += [first, after]
        cache[n] = content_cues(doc.text, seg.start, seg.end, profile)
        event = _weekday_event(doc.text, segments, anchors, n, cache[n], sentences)
        if event is not None:  # the named weekday is that day: the text is from the week after it
            day, k, cue = event
            lower = max(lower, day) if lower else day
            last = day + dt.timedelta(days=WEEKDAY_SPAN)
            upper = min(upper, last) if upper else last
        found = infer(cache[n], hint, lower, upper)
        if found is None:
            continue
        if event is not None:
            found = replace(found, evidence=f"{found.evidence}; {cue.text!r} is the day segment {k} states for it")
        if "the dates around it" in found.evidence:  # the year is that of the bounds or of the hint
            found = replace(found, evidence=_guessed(found.evidence, *used, *hinted))
        if thread and (lower or upper) and (found.granularity not in ("day", "week") or found.bounds_only):
            continue  # the posts around it say more than a year or a month guessed from its content
        anchors[n] = Anchor(found.date, "inferred", found.confidence, found.granularity, found.evidence)
    _near_other_articles(segments, anchors, thread)


#: News names by weekday only what happened in the week before it was written (after that it gives the date): a
#: text naming the weekday of an event a segment dates is written before that day plus WEEKDAY_SPAN days (the
#: generated pages, seed 3: 5 such anchors, 4 right within 3 days; the seeds: 1 of 1, to the day).
WEEKDAY_SPAN = 7


def _weekday_event(
    text: str,
    segments: tuple[Segment, ...],
    anchors: list[Anchor | None],
    n: int,
    cues: list[Cue],
    cache: dict[int, list[set[int]]],
) -> tuple[dt.date, int, Cue] | None:
    """(day, k, cue): a weekday segment ``n`` names as past ("oil officials said on Saturday") for an event a
    segment ``k`` of the page reports on the day it states, that weekday (a sentence sharing ECHO_MIN words:
    "... attacked oil and gas facilities in the Homs governorate", posted 21 December 2019, a Saturday). The
    latest such day, or None."""
    sources = [
        (k, a.date)
        for k, a in enumerate(anchors)
        if k != n and a is not None and a.date and a.source in ("header", "byline") and a.granularity == "day"
    ]
    if not sources:
        return None
    best: tuple[dt.date, int, Cue] | None = None
    for cue in cues:
        m = _WEEKDAY.match(cue.value)
        if not m or cue.tense not in ("past", None):
            continue
        mine = set(echo_stems(sentence_at(text, segments[n].start, segments[n].end, cue.offset)))
        for k, day in sources:
            if day.isoweekday() != int(m.group(1)) or (best is not None and day <= best[0]):
                continue
            if k not in cache:
                seg = segments[k]
                bounds = [seg.start] + [x.end() for x in _SENTENCE_END.finditer(text, seg.start, seg.end)] + [seg.end]
                cache[k] = [set(echo_stems(text[a:b])) for a, b in zip(bounds, bounds[1:])]
            if any(len(mine & stems) >= ECHO_MIN for stems in cache[k]):
                best = (day, k, cue)
    return best


#: A file's stated dates within NEAR_SPAN days of each other date its undated articles when their content gives
#: no day within NEAR_DAYS of them (dev pages: 48 of 70 such articles right within 3 days against 32 by
#: content alone; the pages are built from a corpus whose articles cluster in time, so the confidence stays low).
NEAR_SPAN, NEAR_DAYS = 62, 7
#: How the evidence of such an anchor begins (the batch may replace it by a closer story's date).
NEAR_STATED = "near the dates the file's other articles state"


def _near_other_articles(segments: tuple[Segment, ...], anchors: list[Anchor | None], thread: bool) -> None:
    """Articles collected in one file are about one story and from one stretch of time: one whose content
    gives only a year (or nothing) takes the middle date of the file's other articles, when that year
    agrees, at low confidence and month granularity."""
    if thread:
        return
    stated = sorted(a.date for a in anchors if a is not None and a.date and a.source in ("byline", "header"))
    if stated and stated[-1] - stated[0] <= dt.timedelta(days=NEAR_SPAN):
        # a page with dated articles: an undated one whose content gives no day near them is from their time
        middle, low, high = stated[len(stated) // 2], stated[0], stated[-1]
        for n, seg in enumerate(segments):
            a = anchors[n]
            if seg.kind != "article" or (a is not None and a.source != "inferred"):
                continue
            if (
                a is not None
                and a.date
                and a.granularity in ("day", "week")
                and (low - dt.timedelta(days=NEAR_DAYS) <= a.date <= high + dt.timedelta(days=NEAR_DAYS))
            ):
                continue
            anchors[n] = Anchor(
                middle,
                "inferred",
                CONFIDENCE["near-stated"],
                "week",
                f"{NEAR_STATED} ({low.isoformat()} to {high.isoformat()})",
            )
        return
    sources = [a for a in anchors if a is not None and a.date and a.granularity in ("day", "week")]
    dated = sorted(a.date for a in sources)
    if not dated or dated[-1] - dated[0] > dt.timedelta(days=62):
        return
    middle = dated[len(dated) // 2]
    for n, seg in enumerate(segments):
        a = anchors[n]
        if seg.kind != "article" or (a is not None and (a.granularity != "year" or a.date.year != middle.year)):
            continue
        anchors[n] = Anchor(
            middle,
            "inferred",
            CONFIDENCE["inferred-month"],
            "month",
            _guessed(f"near the file's other articles ({dated[0].isoformat()} to {dated[-1].isoformat()})", *sources),
        )


#: Undated posts spread between two dated ones are given to the week when the days between them, shared out, are at
#: most this many each (else to the month).
SPREAD_WEEK = 7


def _from_neighbours(segments: tuple[Segment, ...], anchors: list[Anchor | None], thread: bool) -> None:
    """Posts, comment blocks and quotes without a date of their own: on or after the segment before them
    (a reply follows what it answers), and before the next dated one."""
    for n, seg in enumerate(segments):
        if anchors[n] is not None or seg.kind == "navigation":
            continue
        if not thread and seg.kind not in ("comments", "quote"):
            continue
        if thread and seg.kind == "post" and seg.boundary == RESUMED:
            # the poster's own text after an item pasted into the post: written with the post
            k = next((m for m in range(n - 1, -1, -1) if segments[m].kind == "post"), None)
            a = anchors[k] if k is not None else None
            if a is not None and a.date is not None and not a.evidence.startswith(PASTED):
                anchors[n] = Anchor(
                    a.date,
                    "inferred",
                    min(a.confidence, CONFIDENCE["neighbour"]),
                    a.granularity,
                    _guessed(
                        f"after segment {k} ({a.date.isoformat()}): the post it resumes after the item it pastes", a
                    ),
                )
                continue
        # in a thread, news pasted into a post has its own older date: it places no post
        usable = [_bounds(segments, k, a) if thread else a for k, a in enumerate(anchors)]
        before = next(((k, a) for k in range(n - 1, -1, -1) if (a := usable[k]) is not None and a.date), None)
        after = next(((k, a) for k in range(n + 1, len(segments)) if (a := usable[k]) is not None and a.date), None)
        if before is None and after is None:
            continue
        if before is not None:
            k, a = before
            gap = (after[1].date - a.date).days if after else None
            day, granularity = a.date, "week" if gap is not None and gap <= 7 else "month"
            evidence = f"after segment {k} ({a.date.isoformat()})"
            if after:
                evidence += f", before segment {after[0]} ({after[1].date.isoformat()})"
            if thread and seg.kind == "post" and after is not None and gap > 0:
                # undated posts between two dated ones: spread evenly over the days between, in thread order
                run = [
                    m
                    for m in range(k + 1, after[0])
                    if segments[m].kind == "post" and usable[m] is None and segments[m].boundary != RESUMED
                ]
                if n in run:
                    step = gap / (len(run) + 1)
                    day = a.date + dt.timedelta(days=round(step * (run.index(n) + 1)))
                    granularity = "week" if step <= SPREAD_WEEK else "month"
            evidence = _guessed(evidence, a, after[1] if after else None)
            anchors[n] = Anchor(day, "inferred", min(a.confidence, CONFIDENCE["neighbour"]), granularity, evidence)
        else:
            k, a = after
            anchors[n] = Anchor(
                a.date,
                "inferred",
                min(a.confidence, CONFIDENCE["neighbour"]) / 2,
                "month",
                _guessed(f"before segment {k} ({a.date.isoformat()})", a),
            )
