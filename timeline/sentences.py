"""Sentence bounds without a parser.

Stages that run spaCy only where it is needed (the sentences holding a temporal expression) first need to know
where those sentences are; a parser cannot tell them without parsing everything. News sentences end at ., ! or ?
before a capital or a quote, or at a blank line or a line break that ends a heading; that is good enough to cut
the text the parser then sees, and the same function is used by every stage so a sentence parsed once is the
same string everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

# A sentence ends after . ! ? (and closing quotes/brackets) before whitespace and an upper-case letter, a digit or
# an opening quote; or at a line break (headlines, list items, forum lines rarely end with a full stop). The
# spaces before a line break belong to its boundary too, but are added by ``_boundary_spans``: a pattern that
# starts with them is tried from every space of a run, quadratic in its length (a run of 100,000 spaces took
# five minutes).
# (The spaces after a full stop include web pages' no-break, thin and ideographic ones: "ended.\xa0Then".)
_BOUNDARY = re.compile(
    r"(?<=[.!?])(?:''|[\"'”’»)\]])*[ \t\xa0\u2000-\u200a\u202f\u205f\u3000]+(?=(?:``|[\"“‘«(\[])?[A-ZА-ЯЁ0-9])|\r?\n\s*"
)


def _boundary_spans(text: str, lo: int = 0, hi: int | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence boundary in ``text[lo:hi]``, a line break's with the spaces before it."""
    for m in _BOUNDARY.finditer(text, lo, len(text) if hi is None else hi):
        start = m.start()
        if text[start] in "\r\n":
            while start > lo and text[start - 1] in " \t":
                start -= 1
        yield start, m.end()


# Abbreviations after which a full stop does not end a sentence.
_NO_END = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Gov|Sen|Rep|Rev|St|Jr|Sr|Co|Corp|Inc|Ltd|No|vs|U\.S|U\.N|"
    r"Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|a\.m|p\.m|e\.g|i\.e)|\b[A-Z])\.$"
)


def _boundaries(text: str) -> tuple[list[int], list[int]]:
    """(starts, ends) of every sentence boundary of ``text``, found once per text: every stage asks for the
    sentences around many expressions of the same text, and a text can hold thousands of them."""
    global _CACHED
    if _CACHED is not None and _CACHED[0] is text:
        return _CACHED[1]
    starts, ends = [], []
    for start, end in _boundary_spans(text):
        starts.append(start)
        ends.append(end)
    _CACHED = (text, (starts, ends))
    return starts, ends


_CACHED: tuple[str, tuple[list[int], list[int]]] | None = None


def sentence_bounds(text: str, start: int, end: int, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    """The sentence of ``text`` around ``[start, end)``, kept inside ``[lo, hi)`` (usually the segment)."""
    import bisect

    hi = len(text) if hi is None else hi
    starts, ends = _boundaries(text)
    window_lo = max(lo, start - MAX_SENTENCE)
    left = window_lo
    k = bisect.bisect_right(ends, start)  # boundaries that end at or before ``start``
    while k > 0 and starts[k - 1] >= window_lo:
        k -= 1
        if not _NO_END.search(text, max(lo, starts[k] - 6), starts[k]):
            left = ends[k]
            break
    right = min(hi, end + MAX_SENTENCE)
    k = bisect.bisect_left(starts, end)
    while k < len(starts) and ends[k] <= right:
        if not _NO_END.search(text, max(lo, starts[k] - 6), starts[k]):
            right = starts[k]
            break
        k += 1
    if right - left > MAX_SENTENCE:
        left, right = _block(text, start, end, lo, hi)
    while left < right and text[left].isspace():
        left += 1
    while right > left and text[right - 1].isspace():
        right -= 1
    return left, right


#: Longest stretch treated as one sentence. Text without sentence ends (a table, a list of dates on one line, a
#: scraped page with its punctuation lost) is cut into fixed blocks instead, so that the expressions in one block
#: share one parse and the parser's work stays linear in the text, however many expressions it holds.
#: Swept on TBAQ's same-sentence links (end to end): 600/250, 1000/400 and 1500/600 all attach 1556 of 2013
#: (news sentences are far shorter); the cost is what sets them: a block's parse stays small.
MAX_SENTENCE = 1000
BLOCK = 400


def _block(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The fixed block (of BLOCK characters counted from ``lo``, moved to the next space) holding ``[start, end)``;
    a span crossing a block edge takes the blocks it crosses."""

    def edge(k: int) -> int:
        at = min(hi, lo + k * BLOCK)
        space = text.find(" ", at, min(hi, at + 40))
        return at if k == 0 or space < 0 else space + 1

    k = (start - lo) // BLOCK
    left = edge(k)
    if left > start:
        k -= 1
        left = edge(k)
    right_k = k + 1
    while edge(right_k) < end:
        right_k += 1
    return left, edge(right_k) if lo + right_k * BLOCK < hi else hi


#: A stretch holding at least LIST_MIN_EXPRESSIONS temporal expressions with fewer than LIST_WORDS_PER_EXPRESSION
#: other words per expression is a list of dates (a table, a calendar, a log), not a report: it is not parsed and
#: dates no event. Set so that prose with several dates in one sentence ("talks on May 5, June 7 and July 9
#: failed": 3 expressions) is still read, and a line of 10,000 dates costs no parse at all.
#: Swept 4-8 expressions and 1-3 words: the seeds' key events (36/47, 46 entries) and TBAQ's same-sentence
#: links (1556/2013) do not move (news rarely lists dates), so the values are set by the examples above.
LIST_MIN_EXPRESSIONS = 6
LIST_WORDS_PER_EXPRESSION = 2


def list_of_dates(text: str, left: int, right: int, starts: Sequence[int], ends: Sequence[int]) -> bool:
    """Whether ``text[left:right]`` is a list of dates rather than prose. ``starts`` and ``ends`` are the bounds of
    the temporal expressions of the text (or more), in parallel, sorted by start: those inside the stretch are
    counted. Two flat sequences rather than pairs, so that a text of millions of dates costs no tuple each."""
    import bisect

    lo, hi = bisect.bisect_left(starts, left), bisect.bisect_left(starts, right)
    inside = [k for k in range(lo, hi) if ends[k] <= right]
    if len(inside) < LIST_MIN_EXPRESSIONS:
        return False
    words = sum(len(text[starts[k] : ends[k]].split()) for k in inside)
    others = len(text[left:right].split()) - words
    return others < LIST_WORDS_PER_EXPRESSION * len(inside)


def first_sentences(text: str, lo: int, hi: int, limit: int) -> list[tuple[int, int]]:
    """Bounds of the first ``limit`` sentences of ``text[lo:hi]`` (a segment), cut as ``sentence_bounds`` cuts
    them, so a sentence found here is the same string the other stages parse."""
    out: list[tuple[int, int]] = []
    left = lo
    for start, end in _boundary_spans(text, lo, hi):
        if len(out) >= limit:
            return out
        if _NO_END.search(text, max(lo, start - 6), start):
            continue
        if text[left:start].strip():
            out.append(
                sentence_bounds(text, left, left, lo, hi)
                if not text[left].isspace()
                else sentence_bounds(text, start - 1, start, lo, hi)
            )
        left = end
    if len(out) < limit and text[left:hi].strip():
        out.append(sentence_bounds(text, hi - 1, hi, lo, hi))
    return list(dict.fromkeys(out))[:limit]
