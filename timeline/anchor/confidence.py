"""Confidences of anchors that do not come from a segment's own header, shared by every part of dating.

A confidence is a promise measured on the dev sets: of the anchors given confidence c or more (in the bands
0.9 / 0.8 / 0.6 / 0.4 / 0.2 / 0 that ``timeline evaluate --pages`` and ``--infer-dates`` print), at least a
share c is right within 3 days. Dates inferred from content are rarely right to 3 days: on the dev sets
(generated pages seeds 1+2: 0 of 32; tbaq with dates withheld: 6 of 256; the seeds: about 6 of 17) — so
every inferred confidence stays below 0.2, in the lowest band, keeping their order (a pinned day above a
week, above a month, above a year). Stated dates (``headers.STATED_CONFIDENCE``) are measured apart.
"""

from __future__ import annotations

#: Confidence of dates that do not come from the segment's own header.
CONFIDENCE = {
    "manifest": 1.0,
    "option": 1.0,
    "html-meta": 0.85,  # not measured: the dev sets hold no HTML page with metadata
    "inferred-pin-day": 0.18,  # a dated event and "yesterday"/"two days ago" about it
    "inferred-pin": 0.14,  # a dated event and "two weeks ago" about it
    "inferred-day": 0.15,  # a past date in the text and the weekday cues agree on the day
    "inferred-week": 0.1,  # a past date in the text, no cue to pin the day
    "inferred-month": 0.075,
    "inferred-year": 0.05,
    "neighbour": 0.09,  # a post or comment block dated by the posts around it
    "near-stated": 0.12,  # an undated article dated by the dates its file's other articles state
    # a copy of a segment the batch dates by its header or manifest (dev pages seeds 1-3: 42 of 42 right within
    # 3 days; the generated pages reuse articles, real batches less often: kept in the 0.6 band)
    "copy": 0.6,
    # the middle date of the batch's dated segments most like it (dev pages seeds 1-3: 19 of 27)
    "story": 0.1,
    # a span the text counts back from its writing, about an event another segment dates (right within 3 days: the
    # seeds 2 of 2, and 1 of 1 "this week" (to the day); tbaq with dates withheld 2 of 4, and 5 of 6 weekdays named
    # for an event another text dates; t17-dev MJ 1 of 2, haiti 5 of 10, H1N1 0 of 14: see corpus.py)
    "echo": 0.1,
    # the text after a quote, dated by the header of the segment the quote was cut from (dev pages, both generators,
    # seeds 1-3: 25 of 25 right within 3 days; kept at the level of the quote itself)
    "after-quote": 0.5,
    # a message dated by the day line above the message before it (dev pages, generator b seeds 1-3: 9 of 9 right
    # to the day; few, so kept below the 0.8 band)
    "day-carried": 0.6,
    "repeat": 0.5,  # a quote: dated like the block it repeats (never above the block's own confidence)
    "batch": 0.025,  # nothing in the document: the period most documents of the batch were written in
}

#: The batch step's confidence: BATCH_BASE + BATCH_SHARE x (share of the batch in the year it gives), so at
#: most 0.15 (dev: 6 of 256 tbaq documents dated by the batch are right within 3 days).
BATCH_BASE, BATCH_SHARE = 0.05, 0.1
