"""Sentence bounds without a parser.

Stages that run spaCy only where it is needed (the sentences holding a temporal expression) first need to know
where those sentences are; a parser cannot tell them without parsing everything. News sentences end at ., ! or ?
before a capital or a quote, or at a blank line or a line break that ends a heading; that is good enough to cut
the text the parser then sees, and the same function is used by every stage so a sentence parsed once is the
same string everywhere.
"""

from __future__ import annotations

import re

# A sentence ends after . ! ? (and closing quotes/brackets) before whitespace and an upper-case letter, a digit or
# an opening quote; or at a line break (headlines, list items, forum lines rarely end with a full stop).
_BOUNDARY = re.compile(
    r"(?<=[.!?])(?:''|[\"'”’»)\]])*[ \t]+(?=(?:``|[\"“‘«(\[])?[A-ZА-ЯЁ0-9])"
    r"|[ \t]*\r?\n\s*"
)
# Abbreviations after which a full stop does not end a sentence.
_NO_END = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Gov|Sen|Rep|Rev|St|Jr|Sr|Co|Corp|Inc|Ltd|No|vs|U\.S|U\.N|"
    r"Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|a\.m|p\.m|e\.g|i\.e)|\b[A-Z])\.$"
)


def sentence_bounds(text: str, start: int, end: int, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    """The sentence of ``text`` around ``[start, end)``, kept inside ``[lo, hi)`` (usually the segment)."""
    hi = len(text) if hi is None else hi
    window_lo = max(lo, start - 2000)
    left = window_lo
    # the search reaches a little past ``start``: a boundary's look-ahead must see the first letters of a sentence
    # that opens with the expression itself ("... in the region. Sunday was chosen ...")
    for m in _BOUNDARY.finditer(text, window_lo, min(hi, start + 4)):
        if m.end() > start:
            break
        if not _NO_END.search(text, max(lo, m.start() - 6), m.start()):
            left = m.end()
    right = min(hi, end + 2000)
    for m in _BOUNDARY.finditer(text, end, right):
        if not _NO_END.search(text, max(lo, m.start() - 6), m.start()):
            right = m.start()
            break
    while left < right and text[left].isspace():
        left += 1
    while right > left and text[right - 1].isspace():
        right -= 1
    return left, right


def first_sentences(text: str, lo: int, hi: int, limit: int) -> list[tuple[int, int]]:
    """Bounds of the first ``limit`` sentences of ``text[lo:hi]`` (a segment), cut as ``sentence_bounds`` cuts
    them, so a sentence found here is the same string the other stages parse."""
    out: list[tuple[int, int]] = []
    left = lo
    for m in _BOUNDARY.finditer(text, lo, hi):
        if len(out) >= limit:
            return out
        if _NO_END.search(text, max(lo, m.start() - 6), m.start()):
            continue
        if text[left:m.start()].strip():
            out.append(sentence_bounds(text, left, left, lo, hi) if not text[left].isspace() else
                       sentence_bounds(text, m.start() - 1, m.start(), lo, hi))
        left = m.end()
    if len(out) < limit and text[left:hi].strip():
        out.append(sentence_bounds(text, hi - 1, hi, lo, hi))
    return list(dict.fromkeys(out))[:limit]
