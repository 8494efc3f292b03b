"""Segment -> Anchor: the date each segment was written, in order of trust.

manifest/record ``published`` > ``--published`` > (stated or inferred from the text: documents issue) > none.
An unknown anchor is stated as such and never guessed from today's date.
"""

from __future__ import annotations

import datetime as dt

from .model import NO_ANCHOR, Anchor, Document, Segment


def anchor_segments(doc: Document, segments: tuple[Segment, ...], option: dt.date | None = None) -> tuple[Segment, ...]:
    if doc.published is not None:
        anchor = Anchor(doc.published, "manifest", 1.0, "day", "manifest published")
    elif option is not None:
        anchor = Anchor(option, "option", 1.0, "day", "--published")
    else:
        anchor = NO_ANCHOR
    return tuple(Segment(s.start, s.end, anchor, s.kind) for s in segments)
