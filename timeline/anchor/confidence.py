"""Confidences of anchors that do not come from a segment's own header, shared by every part of dating."""

from __future__ import annotations

#: Confidence of dates that do not come from the segment's own header.
CONFIDENCE = {
    "manifest": 1.0,
    "option": 1.0,
    "html-meta": 0.85,
    "inferred-pin-day": 0.7,  # a dated event and "yesterday"/"two days ago" about it
    "inferred-pin": 0.55,  # a dated event and "two weeks ago" about it
    "inferred-day": 0.6,  # a past date in the text and the weekday cues agree on the day
    "inferred-week": 0.4,  # a past date in the text, no cue to pin the day
    "inferred-month": 0.3,
    "inferred-year": 0.2,
    "neighbour": 0.35,  # a post or comment block dated by the posts around it
    "repeat": 0.5,  # a quote: dated like the block it repeats
    "batch": 0.1,  # nothing in the document: the period most documents of the batch were written in
}
