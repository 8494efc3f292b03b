"""Mentions + text -> Events: what happened on each resolved date, with the sentence that says it.

First stage: the event is the sentence that holds a resolved DATE/TIME mention. (Triggers, titles, actors and
places from the dependency parse come with the events issue.)
"""

from __future__ import annotations

import re

from .model import Document, Event, Mention, Source
from .temporal.timex import interval

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[A-Z\"“‘(])|\n\s*\n")


def sentence_bounds(text: str, start: int, end: int, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    """The sentence of ``text`` around ``[start, end)``, kept inside ``[lo, hi)`` (the segment)."""
    hi = len(text) if hi is None else hi
    left = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        left = m.end()
    right_match = _SENTENCE_END.search(text, end, hi)
    right = right_match.start() if right_match else hi
    while left < right and text[left].isspace():
        left += 1
    while right > left and text[right - 1].isspace():
        right -= 1
    return left, right


def _title(quote: str, limit: int = 90) -> str:
    flat = " ".join(quote.split())
    if len(flat) <= limit:
        return flat
    return flat[: flat.rfind(" ", 0, limit)].rstrip(",;:") + "…"


def extract(doc: Document, mentions: list[Mention], model: str | None = None) -> list[Event]:
    events = []
    for index, m in enumerate(mentions):
        if m.type not in ("DATE", "TIME"):
            continue
        span = interval(m.value)
        if span is None:
            continue
        seg = doc.segments[m.segment]
        left, right = sentence_bounds(doc.text, m.start, m.end, seg.start, seg.end)
        quote = doc.text[left:right]
        events.append(Event(
            id="", start=span[0], end=span[1], granularity=span[2], value=m.value, title=_title(quote),
            sources=(Source(doc.id, m.segment, left, right, quote, index),),
        ))
    return events
