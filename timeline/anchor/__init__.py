"""Segment -> Anchor: the date each segment was written, in order of trust.

manifest / record ``published`` (a file's first segment, and later ones that state nothing) > a date the segment
states about itself (byline, dateline, post stamp, "Published ...": ``timeline.stamps``) > ``--published`` (a
default for segments that state none) > HTML metadata > inferred from its content or its neighbours > none.

Relative expressions are only as good as the date they are resolved against, so each anchor carries where it
came from (``Anchor.source``), how far to trust it (``confidence``), how precise it is (``granularity``) and
the text that gave it (``evidence``). A confidence is a measured promise: of the anchors with confidence c or
more, at least c are right within 3 days on the dev sets (``timeline evaluate CORPUS --pages`` and
``--infer-dates`` print the bands); dates inferred from content stay in the lowest band. An unknown anchor is
stated as such and never guessed from today.

Header dates are read with the one stamp table of ``timeline.stamps`` (dateparser knows month names in many
languages); content dates come from the project's own temporal tagger, run without an anchor so that only what
the text pins down itself is used.
"""

from .confidence import CONFIDENCE
from .content import (
    FORWARD_PATTERNS,
    YEAR_GUESSED,
    Cue,
    Inference,
    YearBounds,
    YearScore,
    ago_days,
    content_cues,
    infer,
    year_bounds,
    year_score,
)
from .corpus import (
    FINGERPRINT_SIZE,
    Evidence,
    date_batch,
    date_by_batch,
    document_evidence,
    fingerprint,
    needs_batch,
    story_groups,
)
from .headers import HEADER_PATTERNS, Stated, header_date, parse_date, stated_dates
from .segments import anchor_segments

__all__ = [
    "CONFIDENCE",
    "FINGERPRINT_SIZE",
    "FORWARD_PATTERNS",
    "HEADER_PATTERNS",
    "YEAR_GUESSED",
    "Cue",
    "Evidence",
    "Inference",
    "Stated",
    "YearBounds",
    "YearScore",
    "ago_days",
    "anchor_segments",
    "content_cues",
    "date_batch",
    "date_by_batch",
    "document_evidence",
    "fingerprint",
    "header_date",
    "infer",
    "needs_batch",
    "parse_date",
    "stated_dates",
    "story_groups",
    "year_bounds",
    "year_score",
]
