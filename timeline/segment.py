"""Document -> Segments: stretches of text that each have one writing date.

Real inputs are rarely one article per file: scraped collections glue several articles together (headline,
byline, lead paragraph), forum threads are a run of posts under user headers, and articles end in reader
comments and navigation. Each of those has its own writing date, so each becomes its own segment. The rules
work on lines and blank lines — the only structure that survives copy-paste and text extraction — and every
rule is a row in a table below (name, pattern, example) tested by parametrised cases.

Segments tile the document: ordered, non-overlapping, and together covering every character, so every
offset belongs to exactly one segment. A segment that repeats an earlier block near-exactly (a forum post
quoting another, the same article pasted twice) points at it with ``repeat_of`` so events are not produced
twice from it.

No library does this (trafilatura works on HTML markup, not on text that has lost it), hence hand-written
rules; they are deliberately conservative: a wrong split costs an article its date, a missed one only makes
a segment longer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .model import Document, Segment

# ------------------------------------------------------------------------------------------------ tables
# Each entry: (name, pattern, example). Patterns match one stripped line.

#: Lines that are a forum user's rank or role in a post header (the user name itself is often lost).
RANK_PATTERNS: tuple[tuple[str, str, str], ...] = (
    ("member-rank", r"(?:(?:FOTCM|Registered|Senior|Junior|Full|Active|Hero|New|Well-known|Valued|Premium|"
                    r"Gold|Silver|Platinum|Banned|Verified|Established|Known|Elite|Supporting)\s+)+(?:M|m)ember",
     "FOTCM Member"),
    ("staff-rank", r"(?:Super\s+|Global\s+|Forum\s+)?(?:Moderator|Administrator|Admin|Staff(?: member)?)",
     "Administrator"),
    ("star-wars-rank", r"(?:The Living Force|Jedi(?: Master| Knight| Council Member)?|Padawan(?: Learner)?|"
                       r"Youngling|Dagobah Resident|A Disturbance in the Force|The Force is Strong With This One)",
     "Jedi Master"),
    ("generic-rank", r"(?:Newbie|Newcomer|Veteran|Regular|Guest|Contributor|Participant|Old Timer|"
                     r"Senior|Grand Master|Legend|Addict|Lurker)",
     "Veteran"),
)

#: Lines that open a block of reader comments.
COMMENT_PATTERNS: tuple[tuple[str, str, str], ...] = (
    ("numbered-says", r"\d{1,4}\.\s+\S.{0,60}?\s+(?:says|said|wrote|writes):?", "1. BigB says"),
    ("bullet-says", r"[•·*\-–]\s*\S.{0,60}?\s+(?:says|said|wrote|writes):?", "• Laguerre says"),
    ("name-says", r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?:says|said|wrote|writes):", "Alan says:"),
    ("comment-count", r"\d+\s+(?:comments?|responses?|replies|thoughts on\b.*)", "12 comments"),
    ("comments-title", r"(?:Reader\s+)?Comments?(?:\s+\(\d+\))?:?|Leave a (?:Reply|Comment)|Discussion|"
                       r"Join the discussion", "Comments"),
)

#: Navigation and page furniture lines: never a headline, and a segment of their own at a document's edges.
NAVIGATION_PATTERNS: tuple[tuple[str, str, str], ...] = (
    ("read-more", r"(?:READ MORE|Read more|Related|RELATED|See also|SEE ALSO|Also read|ALSO READ|Recommended)"
                  r"\s*:.*", "READ MORE: Turkey may launch ground op"),
    ("comments-closed", r"Comments are closed\.?", "Comments are closed."),
    ("top-bottom", r"(?:Top|Bottom|Top Bottom|Back to top|Scroll to top|Go to top)", "Top Bottom"),
    ("last-edited", r"Last edited(?: by .*)?:?.*", "Last edited:"),
    ("share", r"(?:Share|Share this|Share on \w+|Tweet|Email|Print|Like this|Loading\.\.\.|Advertisement|"
              r"Subscribe|Click to share.*|Follow us.*)\s*:?", "Share this:"),
    ("tags", r"(?:Tags|Filed under|Categories)\s*:.*", "Tags: Syria, Aleppo"),
    ("hat-tip", r"(?:H/T|h/t|HT:|Hat tip|Via|Source)\b.{0,80}", "H/T The Economic Collapse"),
)

#: Lines that are a caption, a credit or a media widget: never a headline.
CAPTION_PATTERNS: tuple[tuple[str, str, str], ...] = (
    ("copyright", r".*(?:©|\(c\)\s|CREDIT:|Credit:|Photo:|PHOTO:|REUTERS/|AFP/|AP Photo|Getty Images|"
                  r"FILE PHOTO).*", "© Sputnik/ Mikhail Alayeddin"),
    ("video-player", r".*(?:Play!?\s*\d{1,2}:\d{2}|\bvideo\b.*\d{1,2}:\d{2}|\(\d{1,2}:\d{2}(?::\d{2})? min\.?\)).*",
     "Russia’s military arsenal – in 90 secondsPlay!01:38"),
)

#: A line under a headline that names the author and/or the date: confirms the headline above it.
BYLINE_PATTERNS: tuple[tuple[str, str, str], ...] = (
    ("by-name", r"[Bb][Yy]\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,4}(?:\s*[-–—|,]\s*.{0,60})?", "by John Wight"),
    ("date-by", r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}\s+[Bb]y\b.*", "October 20, 2016 By"),
    ("published", r"(?:Published|Posted|Updated|Last updated|First published)(?:\s+(?:time|on|at))?\s*:?\s*\S.{3,60}",
     "Published time: 20 Oct, 2016 14:32"),
    ("date-line", r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?"
                  r"\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|"
                  r"\d{4}-\d{2}-\d{2})(?:\s*[-–—|/•·,]?\s*.{0,40})?", "21 December 2019"),
)

#: First words of a paragraph that continue the one before: a "headline" followed by such a lead is a
#: pull-quote or a related-link box inside an article, not the start of a new one.
CONTINUATION_WORDS = frozenset("""
also and but however meanwhile moreover furthermore still yet this these that those it he she they his her
their its such instead then thus therefore besides finally nevertheless nonetheless likewise similarly
otherwise indeed so or nor as while whereas although though which who whom whose there here we our i
""".split())

_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s*$|[\"”’»]\s*$")


def _compile(table: tuple[tuple[str, str, str], ...]) -> list[tuple[str, re.Pattern]]:
    return [(name, re.compile(rf"(?:{pattern})\s*$")) for name, pattern, _ in table]


_RANKS = _compile(RANK_PATTERNS)
_COMMENTS = _compile(COMMENT_PATTERNS)
_NAVIGATION = _compile(NAVIGATION_PATTERNS)
_CAPTIONS = _compile(CAPTION_PATTERNS)
_BYLINES = _compile(BYLINE_PATTERNS)


def matching(table: list[tuple[str, re.Pattern]], line: str) -> str | None:
    """Name of the first row of ``table`` whose pattern matches the whole stripped ``line``."""
    stripped = line.strip()
    for name, pattern in table:
        if pattern.match(stripped):
            return name
    return None


def rank_line(line: str) -> str | None:
    return matching(_RANKS, line)


def comment_line(line: str) -> str | None:
    return matching(_COMMENTS, line)


def navigation_line(line: str) -> str | None:
    return matching(_NAVIGATION, line)


def caption_line(line: str) -> str | None:
    return matching(_CAPTIONS, line)


def byline(line: str) -> str | None:
    return matching(_BYLINES, line) if len(line.strip()) <= 90 else None


# ------------------------------------------------------------------------------------------------ lines


@dataclass(frozen=True)
class Line:
    index: int
    start: int  # offset of the first character
    end: int  # offset just past the last character (before the line break)
    text: str
    blank_before: int  # blank lines between this line and the previous non-blank one

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def long(self) -> bool:
        """A line of running prose, not a label, title or caption."""
        return len(self.stripped) >= 100


def lines_of(text: str) -> list[Line]:
    """Non-blank lines with their offsets; ``\\r\\n`` and ``\\r`` count as line breaks like ``\\n``."""
    out: list[Line] = []
    blanks = 0
    for match in re.finditer(r"[^\r\n]*(?:\r\n|\r|\n|$)", text):
        raw = match.group(0)
        if not raw:
            break
        body = raw.rstrip("\r\n")
        if not body.strip():
            blanks += 1
            continue
        out.append(Line(len(out), match.start(), match.start() + len(body), body, blanks if out else 0))
        blanks = 0
    return out


def _ends_sentence(line: Line) -> bool:
    return bool(_SENTENCE_END.search(line.stripped))


def _first_word(line: Line) -> str:
    match = re.match(r"[\W_]*([\w’']+)", line.stripped)
    return match.group(1).lower().rstrip("’'") if match else ""


# ------------------------------------------------------------------------------------------------ threads


def _labels(lines: list[Line]) -> set[int]:
    """Indexes of post-header label lines: a rank from the table, or a short Title Case line repeated at
    least three times, each time after a blank line (a rank the table does not know)."""
    counts: dict[str, int] = {}
    for line in lines:
        counts[line.stripped] = counts.get(line.stripped, 0) + 1
    found = set()
    for line in lines:
        s = line.stripped
        if rank_line(s):
            found.add(line.index)
        elif (counts[s] >= 3 and len(s) <= 30 and re.fullmatch(r"[A-Z][A-Za-z]*(?: [A-Za-z]+){0,3}", s)
              and not navigation_line(s)):
            found.add(line.index)
    return found


def _post_headers(lines: list[Line]) -> list[tuple[int, str]]:
    """(line index, rule) where a forum post starts; empty when the document is not a thread."""
    labels = _labels(lines)
    starts = []
    for line in lines:
        if line.index not in labels:
            continue
        previous_is_label = line.index > 0 and (line.index - 1) in labels and line.blank_before == 0
        if not previous_is_label and (line.blank_before >= 1 or line.index == 0):
            starts.append((line.index, "post-header"))
    if len(starts) >= 2:
        return starts
    # No rank lines: a thread whose posts open with a date-and-time line ("29.12.2019 - 23:49").
    stamp = re.compile(r"(?:\S.{0,40}?\s[-–—|]\s*)?\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s*[-–—|,]?\s*\d{1,2}:\s?\d{2}")
    starts = []
    for line in lines:
        if not stamp.fullmatch(line.stripped):
            continue
        if line.blank_before >= 1:
            starts.append((line.index, "post-date"))
        elif line.index > 0 and len(lines[line.index - 1].stripped) <= 40 and (
                lines[line.index - 1].blank_before >= 1 or line.index == 1):
            starts.append((line.index - 1, "post-date"))  # the user name right above the date
    if len(starts) >= 2:
        return starts
    return []


# ------------------------------------------------------------------------------------------------ articles

#: A paragraph that opens with its own date: "November 29, 2019 - Leaks from the OPCW prove ...".
_DATED_LEAD = re.compile(r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
                         r"(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4})\s*[-–—]\s+\S")


def _stamp(line: Line) -> bool:
    """A line that states when what follows was published: a date or "Published on ..." line, or a
    paragraph that opens with its date."""
    return byline(line.stripped) in ("published", "date-line", "date-by") or bool(
        line.long and _DATED_LEAD.match(line.stripped))


def _title_like(line: Line) -> bool:
    s = line.stripped
    return (2 <= len(s.split()) <= 25 and 10 <= len(s) <= 160 and not _ends_sentence(line)
            and not re.search(r"[,;:]$", s) and bool(re.match(r"[\"'“‘«(]?[A-Z0-9А-ЯЁ]", s))
            and not (navigation_line(s) or caption_line(s) or comment_line(s) or rank_line(s)))


def _pasted_articles(lines: list[Line], first: int, last: int) -> list[int]:
    """Line indexes inside the post ``lines[first:last]`` where a pasted article begins: a title whose own
    date or "Published on ..." line follows within three lines ("URGENT: Putin arrived ...", "News is
    updated", "07.01.2020 - 17:14"), or such a line alone after a blank line (a video's "Published on Dec 19,
    2019"). Forum users paste the news they comment on, and the news has its own date."""
    found = []
    i = first + 2  # the post's header lines and its first line are the post itself
    while i < last:
        line = lines[i]
        if line.blank_before >= 1:
            if _title_like(line) and any(_stamp(lines[j]) for j in range(i + 1, min(i + 4, last))):
                found.append(i)
                i += 2
                continue
            if _stamp(line) and not line.long and not (found and found[-1] >= i - 3):
                found.append(i)
        i += 1
    return found



def headline_at(lines: list[Line], i: int) -> str | None:
    """Whether line ``i`` opens a new article: ``byline`` (a headline confirmed by an author/date line under
    it), ``headline`` (a title line followed by a lead paragraph), or None."""
    line = lines[i]
    s = line.stripped
    if i == 0 or line.blank_before < 1:
        return None
    words = s.split()
    if not (3 <= len(words) <= 25 and 15 <= len(s) <= 160):
        return None
    if re.search(r"[.,;:][\"'”’»)]*$", s) or not re.match(r"[\"'“‘«(]?[A-Z0-9А-ЯЁ]", s):
        return None
    if navigation_line(s) or caption_line(s) or comment_line(s) or rank_line(s) or byline(s):
        return None
    if lines[i - 1].stripped.endswith((":", ",", ";")):
        return None  # the line is what the previous one announces (a quoted title, a list)
    # what follows: an optional byline / date line, at most two short lines, then the lead paragraph
    j = i + 1
    if j >= len(lines):
        return None
    confirmed = False
    if lines[j].blank_before == 0 and not byline(lines[j].stripped):
        return None  # a title line is a block of its own, or sits right above its byline
    extra = 0
    while j < len(lines) and not lines[j].long:
        if byline(lines[j].stripped):
            confirmed = True
        elif caption_line(lines[j].stripped) is None:
            extra += 1
            if lines[j].blank_before >= 1 and headline_at(lines, j):
                return None  # the title is further down: this line ends the previous article
        if extra > 2 or j - i > 4:
            return None
        j += 1
    if j >= len(lines):
        return "byline" if confirmed else None
    lead = lines[j]
    if _first_word(lead) in CONTINUATION_WORDS or re.match(r"[\"'“‘«]?[a-z]", lead.stripped):
        return None
    return "byline" if confirmed else "headline"


def _gap_starts(lines: list[Line]) -> list[int]:
    """Paragraphs after an unusually long run of blank lines (three or more, when such runs are rare in the
    document): where a pasted article whose headline was lost begins."""
    runs = [line for line in lines[1:] if line.blank_before >= 1]
    long_runs = [line for line in runs if line.blank_before >= 3]
    if not long_runs or len(long_runs) > max(1, len(runs) // 20):
        return []
    return [line.index for line in long_runs
            if line.long and _ends_sentence(lines[line.index - 1]) and _first_word(line) not in CONTINUATION_WORDS]


def _article_boundaries(lines: list[Line]) -> list[tuple[int, str, str]]:
    """(line index, kind, rule) of each segment start in a document that is not a thread."""
    found: dict[int, tuple[str, str]] = {}
    for i in range(1, len(lines)):
        rule = headline_at(lines, i)
        if rule:
            found[i] = ("article", rule)
    for i in _gap_starts(lines):
        found.setdefault(i, ("article", "gap"))
    # reader comments: from the first comment header to the next article (or the end)
    in_comments = False
    for line in lines:
        if line.index in found:
            in_comments = False
        elif not in_comments and line.blank_before >= 1 and comment_line(line.stripped):
            found[line.index] = ("comments", "comments")
            in_comments = True
    return sorted((i, kind, rule) for i, (kind, rule) in found.items())


# ------------------------------------------------------------------------------------------------ splitting


def _has_prose(lines: list[Line]) -> bool:
    """A paragraph, or two sentences: more than a title, a section name or a list of tags."""
    return any(line.long for line in lines) or sum(len(ln.stripped) >= 40 and _ends_sentence(ln) for ln in lines) >= 2


def split(doc: Document) -> tuple[Segment, ...]:
    """The segments of ``doc`` in text order; a document with one article is one segment."""
    text = doc.text
    if not text.strip():
        return (Segment(0, len(text)),)
    lines = lines_of(text)
    posts = _post_headers(lines)
    if posts:
        starts = []
        for n, (i, rule) in enumerate(posts):
            starts.append((i, "post", rule))
            end = posts[n + 1][0] if n + 1 < len(posts) else len(lines)
            starts += [(k, "article", "pasted") for k in _pasted_articles(lines, i, end)]
    else:
        starts = _article_boundaries(lines)
    if not starts or starts[0][0] != 0:
        starts.insert(0, (0, "post" if posts else "article", "start"))
    # trailing navigation (a "Top Bottom", "Comments are closed.") is page furniture after the last segment
    tail = len(lines)
    while tail - 1 > starts[-1][0] and navigation_line(lines[tail - 1].stripped):
        tail -= 1
    if tail < len(lines):
        starts.append((tail, "navigation", "navigation"))
    starts = [st for n, st in enumerate(starts) if st[2] != "pasted"
              or _has_prose(lines[st[0]:starts[n + 1][0] if n + 1 < len(starts) else len(lines)])]
    spans = []
    for n, (i, kind, rule) in enumerate(starts):
        begin = 0 if n == 0 else lines[i].start
        end = lines[starts[n + 1][0]].start if n + 1 < len(starts) else len(text)
        last = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        block = lines[i:last]
        if kind != "navigation" and not _has_prose(block) and n + 1 < len(starts) and n == 0:
            kind = "navigation"  # a leading block without a sentence: section name, tags, thread title
        spans.append((begin, end, kind, rule, i, last))
    segments = tuple(Segment(b, e, kind=k, boundary=r) for b, e, k, r, _, _ in spans)
    return mark_repeats(text, segments)


# ------------------------------------------------------------------------------------------------ repeats


def fingerprint(line: str) -> str:
    """Lower case letters and digits only: what survives re-quoting (quote marks, spacing, punctuation
    change; the words do not)."""
    return re.sub(r"[\W_]+", "", line.casefold())


def _similar(a: str, b: str) -> bool:
    if a == b:
        return True
    from rapidfuzz import fuzz

    return fuzz.ratio(a, b) >= 92


def mark_repeats(text: str, segments: tuple[Segment, ...]) -> tuple[Segment, ...]:
    """Split off blocks that repeat an earlier segment near-exactly (a post quoting an earlier post) as
    ``quote`` segments with ``repeat_of``; a segment that repeats an earlier one whole keeps its kind and
    gets ``repeat_of``. Only lines of 40 or more characters count: short lines (ranks, "Reply") repeat by
    nature."""
    seen: list[tuple[str, int]] = []  # (fingerprint, index of the segment in ``out``) of substantive lines
    out: list[Segment] = []
    for seg in segments:
        seg_lines = [ln for ln in lines_of(text[seg.start:seg.end])]
        pieces = _quote_pieces(seg_lines, seen) if seen and seg.kind != "navigation" else []
        if not pieces:
            pieces = [(0, len(seg_lines), None)]
        first_index = len(out)
        for n, (a, b, source) in enumerate(pieces):
            start = seg.start if n == 0 else seg.start + seg_lines[a].start
            end = seg.end if n == len(pieces) - 1 else seg.start + seg_lines[pieces[n + 1][0]].start
            if source is None:
                out.append(replace(seg, start=start, end=end, boundary=seg.boundary if n == 0 else "after-quote"))
            elif len(pieces) == 1:
                out.append(replace(seg, repeat_of=source))
            else:
                out.append(replace(seg, start=start, end=end, kind="quote", repeat_of=source,
                                   boundary=seg.boundary if n == 0 else "quote"))
        for n, (a, b, source) in enumerate(pieces):
            for ln in seg_lines[a:b]:
                fp = fingerprint(ln.text)
                if len(fp) >= 40:
                    seen.append((fp, first_index + n))
    return tuple(out)


def _quote_pieces(seg_lines: list[Line], seen: list[tuple[str, int]]) -> list[tuple[int, int, int | None]]:
    """[(first line, end line, segment repeated or None)] covering the segment's lines, or [] when nothing in
    it repeats an earlier segment."""
    matched: list[int | None] = []
    for ln in seg_lines:
        fp = fingerprint(ln.text)
        source = None
        if len(fp) >= 40:
            source = next((index for old, index in seen
                           if abs(len(old) - len(fp)) <= len(fp) // 10 and _similar(fp, old)), None)
            if source is None:
                source = -1  # substantive and new
        matched.append(source)
    if not any(m is not None and m >= 0 for m in matched):
        return []
    # runs: consecutive lines whose substantive lines all repeat the same earlier segment
    pieces: list[list] = []
    for n, m in enumerate(matched):
        tag = None if m is None else ("new" if m < 0 else m)
        if pieces and (tag is None or tag == pieces[-1][2] or pieces[-1][2] is None):
            if pieces[-1][2] is None and tag is not None:
                pieces[-1][2] = tag
            pieces[-1][1] = n + 1
        else:
            pieces.append([n, n + 1, tag])
    result = [(a, b, None if tag in (None, "new") else tag) for a, b, tag in pieces]
    # merge neighbouring pieces that are not quotes
    merged: list[tuple[int, int, int | None]] = []
    for a, b, source in result:
        if merged and merged[-1][2] is None and source is None:
            merged[-1] = (merged[-1][0], b, None)
        else:
            merged.append((a, b, source))
    return merged
