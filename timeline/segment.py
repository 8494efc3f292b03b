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
from collections import Counter
from dataclasses import dataclass, replace

from .model import Document, Segment
from .stamps import (
    CHAT_MESSAGES,
    FIELD_GAP,
    FOOTERS,
    LATER_STATE,
    LEADS,
    NOT_PUBLICATION,
    PRINT_HEADER,
    month_word,
    opens_paragraph,
    signature_stamp,
    stamp_of,
)

# ------------------------------------------------------------------------------------------------ tables
# Each entry: (name, pattern, example). Patterns match one stripped line.

#: Lines that open a block of reader comments.
COMMENT_PATTERNS: tuple[tuple[str, str, str], ...] = (
    ("numbered-says", r"\d{1,4}\.\s+\S.{0,60}?\s+(?:says|said|wrote|writes):?", "1. Marta says"),
    ("bullet-says", r"[•·*\-–]\s*\S.{0,60}?\s+(?:says|said|wrote|writes):?", "• Deniz says"),
    # (a colon after the verb, or an ellipsis as some blog engines write it: "lowtide said...")
    ("name-says", r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?:says|said|wrote|writes)(?::|\.\.\.|…)", "Alan says:"),
    ("handle-says", r"[\w.@-]{2,30}\s+(?:says|said|wrote|writes)(?::|\.\.\.|…)", "lowtide said..."),
    # a comment's stamp line: the time, the date, the commenter ("At 15:02 29th Apr 2009, islandgirl wrote:")
    (
        "at-stamp-wrote",
        r"At\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?|\s*[AP]\.?M\.?)?\s+(?:on\s+)?\S.{0,30}?\d{4}\s*,\s*\S.{0,40}?\s+"
        r"(?:wrote|said|says|writes)\s*:?",
        "At 15:02 29th Apr 2009, islandgirl wrote:",
    ),
    (
        "comment-count",
        r"(?:(?i:top|all|show|showing|view|read)\s+)?\d+\s+(?i:comments?|responses?|replies|(?:thoughts on|responses? to)\b.*)"
        r"(?:\s+[a-z]+){0,5}(?:\s*[·|•]\s*[^\n]{0,40})?",  # (and the bar's other fields: "· Sort by: Newest")
        "142 comments share save hide",
    ),
    (
        "comments-title",
        r"(?:(?:Reader|Your|User)\s+[Cc]|C)omments?(?:\s+\(\d+\))?:?|(?:Responses|Replies)(?:\s+\(\d+\))?:?|"
        r"(?:Leave|Post|Add|Write) a (?:Reply|Comment)|Discussion|Join the discussion|"
        # (the sort menu over a comment list: "Most relevant ▾")
        r"(?:Most relevant|Newest first|Oldest first|All comments|Top comments)\s*[▾▼⌄]?",
        "Comments",
    ),
)

#: A reader comment's stamp run into the text around it (pages whose line breaks were lost, one sentence a line):
#: who wrote it and when, with a clock time, in one of the web's general comment layouts. ``{NAME}`` is a
#: name-like token, ``{DATE}`` a calendar date, ``{CLOCK}`` a time of day. Only a shape that recurs with
#: COMMENT_STAMPS stamps and COMMENT_NAMES different names makes a comment block (a post's own "Posted by" line
#: appears once, a blog's author is one name).
INLINE_COMMENT_STAMPS: tuple[tuple[str, str, str], ...] = (
    (
        "posted-by",
        r"\b(?:Posted|Written|Submitted|Comment(?:ed)?|Sent)\s+by\s*:?\s*(?P<name>[^|\n]{1,60}?)\s*[|·•]\s*"
        r"{DATE}\s*,?\s*(?:at\s+)?{CLOCK}",
        "Posted by : lowtide | April 4 , 2009 9:12 PM | Report abuse",
    ),
    (
        "at-clock-wrote",
        r"\bAt\s+{CLOCK}\s+(?:on\s+)?{DATE}\s*,\s*(?P<name>\S{1,40}(?:\s\S{1,40}){0,2}?)\s+(?:wrote|said|says)\s*:",
        "At 9:12 pm on 04 April 2009 , lowtide wrote :",
    ),
    (
        "on-date-wrote",
        r"\bOn\s+{DATE}\s*(?:,|at)?\s*(?:at\s+)?{CLOCK}\s*,\s*(?P<name>\S{1,40}(?:\s\S{1,40}){0,2}?)\s+"
        r"(?:wrote|said|says)\s*:",
        "On April 4 , 2009 at 9:12 pm , lowtide wrote :",
    ),
    (
        "name-date-clock",
        r"(?:^|(?<=[.!?\"'”’] )|[|·•]\s*)(?P<name>[\w.'’-]{2,30}(?:\s[\w.'’-]{1,30}){0,2})\s*[|·•]\s*{DATE}\s*,?\s*(?:at\s+)?{CLOCK}"
        r"\s*[|·•]",
        "lowtide | April 4 , 2009 9:12 PM | Reply",
    ),
)
#: How many stamps of one shape, and how many different names among them, make a run of reader comments: two
#: readers (a page's own "Posted by" stamp, or an update line, appears once or by one name). On t17-dev, 3 finds
#: the comments of 36 pages, 2 of 43 (the 7 more read by hand: all comments); date F1 and AR1 the same.
COMMENT_STAMPS, COMMENT_NAMES = 2, 2

#: Navigation and page furniture lines: never a headline, and a segment of their own at a document's edges.
NAVIGATION_PATTERNS: tuple[tuple[str, str, str], ...] = (
    (
        "read-more",
        r"(?:READ MORE|Read more|Related|RELATED|See also|SEE ALSO|Also read|ALSO READ|Recommended)"
        r"\s*:.*",
        "READ MORE: Ferry service resumes after the storm",
    ),
    (
        # a link to the rest of the story, under its teaser (an aggregator's, a front page's): the teaser's end
        "read-on",
        r"(?:Continue reading|Keep reading|Read on|Read (?:the )?(?:full|whole|rest of the|complete) (?:story|article|"
        r"post|report|piece|text)|Full (?:story|article)|Read more|Weiterlesen|Lire la suite|Leer m[aá]s|"
        r"Leia mais|Leggi (?:tutto|di più|l'articolo)|Czytaj (?:dalej|więcej)|Читать (?:далее|полностью))\b.{0,80}",
        "Read the full story at harbourtimes.example »",
    ),
    ("comments-closed", r"Comments are closed\.?", "Comments are closed."),
    # a blog post's footer: where it is filed, its tags, its count of comments ("Posted in News | 5 Comments");
    # with a date among them it is the post's dated footer (a stamp)
    (
        "filed-in",
        r"(?![^\n]*(?:\b(?:1[89]|20)\d\d\b|\bago\b))(?:(?:Posted|Filed|Published)\s+(?:in|under)|Tagged)\s+[^|·•]{1,60}(?:\s*[|·•]\s*[^|·•]{1,60}){1,4}|"
        r"(?:\d+|[Nn]o|[Oo]ne)\s+(?:[Cc]omments?|[Rr]esponses?|[Rr]eplies|[Rr]eply)",
        "Posted in News | Tagged harbour | 5 Comments",
    ),
    # a blog post's footer: who posted it and the time of day (its date is the day line over the post's title),
    # with the count of its comments and its labels
    (
        "posted-by-time",
        r"(?:Posted|Written|Submitted|Published)\s+by\s+\S.{0,40}?\s+at\s+\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?"
        r"(?:\s*[|·•]?\s*(?:\d+|[Nn]o)\s+[Cc]omments?)?(?:\s*[|·•]\s*.{0,60})?",
        "Posted by Martha Quill at 3:42 PM 2 comments",
    ),
    ("top-bottom", r"(?:Top|Bottom|Top Bottom|Back to top|Scroll to top|Go to top)", "Top Bottom"),
    ("last-edited", r"Last edited(?: by .*)?:?.*", "Last edited:"),
    (
        "share",
        r"(?:Share|Share this|Share on \w+|Tweet|Email|Print|Like this|Loading\.\.\.|Advertisement|"
        r"Subscribe|Click to share.*|Follow us.*)\s*:?(?:\s*\S.{0,60})?",
        "Share this: Facebook · Email",
    ),
    (
        "post-actions",
        r"(?:(?:Quote|Reply|Report|Like|Share|Link|Permalink|Edit)\s*[·|•]?\s*){1,5}",
        "Like · Reply · Report",
    ),
    ("continued", r"(?:Continued|Continues) (?:on|from) [Pp]age\s+\S{1,6}", "Continued on Page A6"),
    ("separator", r"(?:[-=_*~#•·]\s?){3,}", "* * *"),
    (
        "link-box",
        r"(?:Related(?: stories| articles| posts| links| news)?|(?:Similar|Related) (?:threads|topics|discussions|questions|"
        r"posts|stories|articles)|More (?:from|on|in) [\w ]{1,30}|Most (?:read|popular|"
        r"viewed|shared)|Trending(?: now)?|Recommended(?: for you)?|Top stories|Latest(?: news)?|Editor'?s picks|"
        r"You may also like|In other news)\s*:?",
        "Most read",
    ),
    ("page-number", r"[-–—]?\s*(?:[Pp]age\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?\s*[-–—]?", "— 4 —"),
    ("tags", r"(?:Tags|Filed under|Categories)\s*:.*", "Tags: Harbour, Weather"),
    ("hat-tip", r"(?:H/T|h/t|HT:|Hat tip|Via|Source)\b.{0,80}", "H/T The Weekly Ledger"),
    (
        # the site's footer: its year is the page's, not an article's (a credit that is a sentence is a caption)
        "rights-notice",
        r"(?:©|\([cC]\)|(?i:copyright))\s*\d{4}(?:\s*[-–]\s*\d{4})?[^.]{0,60}|.{0,80}\b(?i:all rights reserved)\.?",
        "© 2024 Harbour Media. All rights reserved.",
    ),
    (
        "site-links",
        r"(?:(?i:terms(?: of (?:use|service))?(?: (?:&|and) conditions)?|privacy(?: policy| notice)?|cookies?"
        r"(?: policy| settings)?|contact(?: us)?|about(?: us)?|imprint|impressum|site ?map|accessibility|advertise|"
        r"careers|help|faq|rss|archives?|home)\s*[·|•/]?\s*){2,10}",
        "Terms · Privacy · Cookies",
    ),
)

#: Lines that are a caption, a credit or a media widget: never a headline.
CAPTION_PATTERNS: tuple[tuple[str, str, str], ...] = (
    (
        "copyright",
        r".*(?:©|\(c\)\s|(?i:credit:|photo:|file photo|getty images|\bap photo)|[A-Z]{2,}/).*",
        "© Agency/ Jane Roe",
    ),
    (
        "video-player",
        r".*(?:Play!?\s*\d{1,2}:\d{2}|\bvideo\b.*\d{1,2}:\d{2}|\(\d{1,2}:\d{2}(?::\d{2})? min\.?\)).*",
        "The harbour at night – in 90 secondsPlay!01:38",
    ),
)

#: A line under a headline that names the author (dated bylines are stamps: ``timeline.stamps.STAMP_LINES``).
AUTHOR_PATTERNS: tuple[tuple[str, str, str], ...] = (
    ("by-name", r"[Bb][Yy]\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,4}(?:\s*[-–—|,]\s*.{0,60})?", "by Jane Roe"),
    # a link board's or a blog's poster under the title, a user name in small letters as often as not
    (
        "posted-by",
        r"(?:[Pp]osted|[Ss]ubmitted|[Ww]ritten|[Cc]ontributed)\s+by\s+@?[\w.'’-]{2,30}(?:\s+[A-Z][\w.'’-]+){0,3}",
        "Posted by lowtide",
    ),
    # an aggregator's credit to the outlet it took the story from, under the title
    (
        "via-source",
        r"(?:[Vv]ia|[Ss]ource\s*:)\s+(?:[Tt]he\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,5}",
        "via The Coast Courier",
    ),
)

#: First words of a paragraph that continue the one before: a "headline" followed by such a lead is a
#: pull-quote or a related-link box inside an article, not the start of a new one.
CONTINUATION_WORDS = frozenset(
    """
also and but however meanwhile moreover furthermore still yet this these that those it he she they his her
their its such instead then thus therefore besides finally nevertheless nonetheless likewise similarly
otherwise indeed so or nor as while whereas although though which who whom whose there here we our i
""".split()
)

_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s*$|[\"”’»]\s*$")


def _compile(table: tuple[tuple[str, str, str], ...]) -> list[tuple[str, re.Pattern]]:
    return [(name, re.compile(rf"(?:{pattern})\s*$")) for name, pattern, _ in table]


_COMMENT_DATE = (
    r"(?P<date>[^\W\d_]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*,?\s*\d{4}|\d{1,2}(?:st|nd|rd|th|\.)?\s+[^\W\d_]{3,9}\.?\s*,?\s*\d{4}"
    r"|\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})"
)
_COMMENT_CLOCK = r"\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|[AP]\.?M\.?))?"
_INLINE_COMMENTS = [
    (name, re.compile(pattern.replace("{DATE}", _COMMENT_DATE).replace("{CLOCK}", _COMMENT_CLOCK)))
    for name, pattern, _ in INLINE_COMMENT_STAMPS
]
_COMMENTS = _compile(COMMENT_PATTERNS)
_NAVIGATION = _compile(NAVIGATION_PATTERNS)
_CAPTIONS = _compile(CAPTION_PATTERNS)
_AUTHORS = _compile(AUTHOR_PATTERNS)


def matching(table: list[tuple[str, re.Pattern]], line: str) -> str | None:
    """Name of the first row of ``table`` whose pattern matches the whole stripped ``line``."""
    stripped = line.strip()
    for name, pattern in table:
        if pattern.match(stripped):
            return name
    return None


def comment_line(line: str) -> str | None:
    return matching(_COMMENTS, line)


def navigation_line(line: str) -> str | None:
    return matching(_NAVIGATION, line)


def caption_line(line: str) -> str | None:
    return matching(_CAPTIONS, line)


def byline(line: str) -> str | None:
    """``by-name`` for an author line, the stamp row for a date stamp line, else None."""
    if len(line.strip()) > 90:
        return None
    st = stamp_of(line)
    if st is not None and st.rule not in NOT_PUBLICATION:
        return st.rule
    return matching(_AUTHORS, line)


# ------------------------------------------------------------------------------------------------ lines


@dataclass(frozen=True)
class Line:
    index: int
    start: int  # offset of the first character
    end: int  # offset just past the last character (before the line break)
    text: str
    blank_before: int  # blank lines between this line and the previous non-blank one
    #: part of a hard-wrapped paragraph (print layouts, e-mail): lines of one paragraph broken at a width
    wrapped: bool = False

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def long(self) -> bool:
        """A line of running prose, not a label, title or caption (a print page's running head, its fields set
        apart by runs of spaces, counts as its fields: "THE DAILY    MONDAY, MARCH 16, 2031    PAGE 4")."""
        # (an address alone under its label is no prose however long: "Permalink: news.example/2009/04/03/...")
        return self.wrapped or (
            len(FIELD_GAP.sub(" | ", self.stripped)) >= 100 and not _ADDRESS_LINE.fullmatch(self.stripped)
        )


#: An address alone, as search results print it: "https://news.example › world › storm-season-arrives".
_BREADCRUMB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+(?:\s+[›>»]\s+\S+)*")
#: A line that is one address (a scheme, "www." or a host and a path; no spaces), under a short label or not.
_ADDRESS_LINE = re.compile(r"(?:[^\W\d_][\w ]{0,20}:\s*)?(?:https?://|www\.|[\w-]+(?:\.[\w-]+)+/)\S+")


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
        if out and not blanks and _split_date(out[-1].stripped, body.strip()):
            # a card's date on two lines ("26" / "JAN 1998"): one line, the date a stamp reads
            first = out.pop()
            out.append(
                replace(first, end=match.start() + len(body), text=text[first.start : match.start() + len(body)])
            )
        else:
            out.append(Line(len(out), match.start(), match.start() + len(body), body, blanks if out else 0))
        blanks = 0
    return _mark_wrapped(out)


#: A day alone on a line, over its month and year on the next: a card layout's date ("26" / "JAN 1998").
_CARD_DAY = re.compile(r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th|\.)?")
_CARD_MONTH_YEAR = re.compile(r"[^\W\d_]{3,10}\.?,?\s+(?:1[89]|20)\d\d")


def _split_date(line: str, below: str) -> bool:
    return bool(_CARD_DAY.fullmatch(line) and _CARD_MONTH_YEAR.fullmatch(below) and month_word(below))


#: A hard-wrapped paragraph: at least WRAP_LINES lines, each but the last at least WRAP_WIDTH characters,
#: WRAP_TOTAL characters in all (a title over its date line is neither).
#: WRAP_WIDTH swept on the dev pages (start recall seed 1 / seed 2): 30 → 98.4 / 99.5 %, 40 → 99.5 / 100 %,
#: 55 → 98.9 / 99.5 %; the seeds' boundaries unchanged (90.9 / 93.8 %).
WRAP_LINES, WRAP_WIDTH, WRAP_TOTAL = 3, 40, 100


def _header_over_wrapped(block: list[Line]) -> int:
    """How many lines at the top of the block are an article's header set right over its hard-wrapped text,
    with no blank line between (a title, its standfirst, the byline, the date line, then the text): up to the
    date stamp within the first HEADER_LINES lines under a title; 0 when there is none."""
    if len(block) < 2 or _SENTENCE_END.search(block[0].stripped) or len(block[0].stripped) >= 100:
        return 0
    for p, ln in enumerate(block[1 : HEADER_LINES + 1], 1):
        s = ln.stripped
        if re.match(r"[a-z]", s) and stamp_of(s) is None and not byline(s):
            return 0  # a sentence going on from the line above: a paragraph's lines, not a header's
        if len(s) < 100 and stamp_of(s) is not None and not opens_paragraph(s):
            # (more stamp lines under it: a list or a chat export's messages, not one article's text)
            rest = block[p + 1 :]
            return 0 if any(stamp_of(r.stripped) and not opens_paragraph(r.stripped) for r in rest) else p + 1
    return 0


def _indent(line: Line) -> int:
    return len(line.text) - len(line.text.lstrip())


def _header_over_indented(block: list[Line]) -> int:
    """How many lines at the top of the block are a header over a paragraph that opens with an indent, with no
    blank line between (a wire story's slug, title and byline over "   OSLO (CNS) - ..."): the lines above the
    first line indented more than they are, when none of them goes on with a sentence; 0 when there is none."""
    for p in range(1, min(HEADER_LINES, len(block) - WRAP_LINES) + 1):
        head, line = block[:p], block[p]
        if any(ln.long or re.match(r"[a-z]", ln.stripped) for ln in head) or head[-1].stripped.endswith(","):
            return 0
        if _indent(line) > max(map(_indent, head)) and re.match(r"[\"'“‘«(]?[A-Z0-9]", line.stripped):
            return p
    return 0


def _mark_wrapped(lines: list[Line]) -> list[Line]:
    out = list(lines)
    n = 0
    while n < len(out):
        m = n + 1
        while m < len(out) and out[m].blank_before == 0:
            m += 1
        # (the header's lines over the text are not the text's)
        n += _header_over_wrapped(out[n:m]) or _header_over_indented(out[n:m])
        block = out[n:m]
        if (
            len(block) >= WRAP_LINES
            and (
                all(len(ln.stripped) >= WRAP_WIDTH or _indent_follows(block, k) for k, ln in enumerate(block[:-1]))
                or _narrow_column(block)
            )
            and sum(len(ln.stripped) for ln in block) >= WRAP_TOTAL
            # (a dateline opens a paragraph: "JERUSALEM, November 2, 1989 /Wire/ -- Italian chemical giant")
            # (a dateline broken at the column's width, its text on the next line, opens one too)
            and not any(
                (st := stamp_of(ln.stripped)) and st.rule not in LEADS and not opens_paragraph(ln.stripped)
                for ln in block[:2]
            )
            and not _header_block(block)
            # (an address alone on its line is no line of prose: a search result's title, address and snippet)
            and not any(_BREADCRUMB_ADDRESS.fullmatch(ln.stripped) for ln in block)
        ):
            # (short last lines that begin anew after a sentence's end and end none are no paragraph's tail: a
            # title, and its date or author, under paragraphs set one a line: "... in July." / "Harbour fees to
            # rise" / "06.03.2009")
            cut = _header_tail(block)
            out[n : n + cut] = [replace(ln, wrapped=True) for ln in block[:cut]]
        n = m
    return out


#: A print column is narrower than WRAP_WIDTH (a clipping's 30 to 45 characters): its lines are a paragraph's
#: when at least NARROW_SHARE of them after the first go on with a sentence (a lower-case word, a hyphenated
#: word's rest) and none but the last is shorter than NARROW_WIDTH.
NARROW_WIDTH, NARROW_SHARE = 20, 0.5


def _narrow_column(block: list[Line]) -> bool:
    rest = block[1:]
    going_on = sum(
        1 for k, ln in enumerate(rest) if re.match(r"[a-z]", ln.stripped) or block[k].stripped.endswith(("-", ","))
    )
    return all(
        len(ln.stripped) >= NARROW_WIDTH or _indent_follows(block, k) for k, ln in enumerate(block[:-1])
    ) and going_on >= NARROW_SHARE * len(rest)


def _indent_follows(block: list[Line], k: int) -> bool:
    """Line ``k`` ends a paragraph of a column that sets its paragraphs apart by indenting their first lines, not
    by blank lines (print, typescript): it ends a sentence and the next line is indented more than the block's
    least indented line."""
    base = min(len(ln.text) - len(ln.text.lstrip()) for ln in block)
    below = block[k + 1].text
    return (
        _ends_sentence(block[k])
        and len(below) - len(below.lstrip()) > base
        and re.match(r"[\"'“‘«(]?[A-Z0-9]", below.lstrip()) is not None
    )


def _header_block(block: list[Line]) -> bool:
    """A block that ends in a date stamp line and holds no sentence's end: a header (a breadcrumb, a title and
    its date: "Home › World › Harbour fees to rise" / "Harbour fees to rise" / "30 Oct 2009 | Updated 05 Nov
    2009"), not a paragraph broken at a width, which ends its sentences."""
    return stamp_of(block[-1].stripped) is not None and not any(map(_ends_sentence, block))


def _header_tail(block: list[Line]) -> int:
    """How many of the block's lines are a wrapped paragraph's: all, or those above a header at its end (at most
    three short lines, the first a title after a sentence's end, the rest ending no sentence; a title may ask a
    question)."""
    for k in range(max(1, len(block) - 3), len(block)):
        rest = block[k:]
        if (
            _ends_sentence(block[k - 1])
            and (_title_like(block[k]) or bare_title(block[k]))
            and all(len(ln.stripped) < 100 for ln in rest)
            and not any(map(_ends_sentence, rest[1:]))
        ):
            return k
    return len(block)


def _ends_sentence(line: Line) -> bool:
    return bool(_SENTENCE_END.search(line.stripped))


def _first_word(line: Line) -> str:
    match = re.match(r"[\W_]*([\w’']+)", line.stripped)
    return match.group(1).lower().rstrip("’'") if match else ""


# ------------------------------------------------------------------------------------------------ threads


#: Longest line (characters) that can be a post-header label (a user name, a rank, "Posts: 1,234").
#: (20, 30 and 45 give the dev pages and the seeds the same boundaries; by hand, a long user name.)
LABEL_MAX = 30
#: How often a label shape must recur in a document, and how many label lines it must hold in all, before the
#: document is read as a thread (a user name or rank line that repeats with the posts).
LABEL_REPEATS, LABEL_LINES = 2, 3


def _label_key(line: str) -> str | None:
    """The shape of a possible post-header label line, or None: short, not a sentence, not a stamp or page
    furniture. "Posts: 1,234" and "Posts: 87" share the shape "posts:" (a field that repeats with a
    different value in every post header); other lines are their own shape."""
    s = line.strip()
    if not s or len(s) > LABEL_MAX or len(s.split()) > 4 or _SENTENCE_END.search(s) or s.endswith((",", ";")):
        return None
    if navigation_line(s) or comment_line(s) or caption_line(s) or stamp_of(s) or not re.match(r"[\w#@]", s):
        return None
    if matching(_AUTHORS, s):
        return None  # an article's byline ("By ANNA BERG" / "Staff Writer"): the lines under it are its author's
    if len(s.split()) >= 3 and s.isupper():
        return None  # a kicker in capitals over each article ("FOR IMMEDIATE RELEASE"), not a user name
    field = re.fullmatch(r"([^\W\d_][\w ]{0,20}):\s*[\d.,]+\w?", s)
    if field:
        return field.group(1).lower() + ":"
    if re.fullmatch(r"#\d{1,6}", s):
        return "#"  # a post's number ("#12"), a counter that repeats with a different value
    if re.fullmatch(r"(?:@|u/)[\w.]{1,30}", s):
        return "@handle"  # a poster's handle under their name ("@harbourwatch"), another in every post
    if re.fullmatch(r"[^\W\d][^\[\]]{0,30}?,?\s*\[?\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\]?", s):
        return "@time"  # a sender and the time of day ("Harbour desk, [14:02]"): a message export's header
    if re.search(r"\d", s) and not re.fullmatch(r"[^\W\d][\w.@-]*", s):
        return None  # a number, a date: not a name (a user name may hold digits: "bluejay77")
    return s


def _comment_zone(lines: list[Line], starts: set[int]) -> set[int]:
    """Indexes of the lines under a comments heading ("Comments", "12 comments"), up to the next article
    header with a date stamp (``starts``): reader comments look like posts (a name, a stamp, a line) but
    belong to the article above them."""
    zone, inside = set(), False
    for line in lines:
        if line.index in starts:
            inside = False
        if comment_line(line.stripped) in ("comment-count", "comments-title"):
            inside = True
        elif inside:
            zone.add(line.index)
    return zone


def _kicker_of_header(lines: list[Line], i: int) -> bool:
    """Line ``i`` opens an article's header block: under it in the same block, a headline too long to be a
    label, then a date stamp ("Local News" / "Major job cuts at the plant" / its standfirst / "Monday 26
    January 1998"). A section name that recurs over each article so is no forum user's line."""
    if i and lines[i].blank_before == 0:
        return False
    block = _block(lines, i)
    titled = False
    for ln in block[1 : HEADER_LINES + 2]:
        if _stamp(ln):
            return titled
        titled = titled or (_title_like(ln) and _label_key(ln.text) is None and len(ln.stripped.split()) >= 4)
    return False


def _labels(lines: list[Line], comments: set[int] = frozenset()) -> set[int]:
    """Indexes of post-header label lines: short lines whose shape recurs (user names, ranks, counters),
    each opening a block or following another label; none inside reader comments."""
    keys = [
        _label_key(line.text) if line.index not in comments and not _kicker_of_header(lines, line.index) else None
        for line in lines
    ]
    counts: dict[str, int] = {}
    for line, key in zip(lines, keys):
        if key is not None and (
            line.blank_before >= 1
            or line.index == 0
            or keys[line.index - 1] is not None
            or _stamp(lines[line.index - 1])  # under a day's date line ("3 April 2009" / "Desk, [14:02]")
        ):
            counts[key] = counts.get(key, 0) + 1
    recurring = {k for k, n in counts.items() if n >= LABEL_REPEATS}
    # (a label whose whole block recurs word for word and says a sentence is a sign-off the page sets under each
    # text -- "ENDS" / "Notes to editors: interviews are available on request." -- not a post's header)
    blocks: dict[str, set[str]] = {}
    for line, key in zip(lines, keys):
        if key in recurring and _block_start(lines, line.index) == line.index:
            block = _block(lines, line.index)
            sentence = any(_ends_sentence(ln) for ln in block)
            blocks.setdefault(key, set()).add("\n".join(ln.stripped for ln in block) if sentence else str(line.index))
    recurring = {k for k in recurring if len(blocks.get(k, ())) != 1}
    if sum(counts[k] for k in recurring) < LABEL_LINES:
        return set()
    found = set()
    for line, key in zip(lines, keys):
        first = _block_start(lines, line.index)
        if key in recurring and all(keys[k] is not None or _stamp(lines[k]) for k in range(first, line.index)):
            found.add(line.index)
    return found


def _post_stamp(line: Line) -> bool:
    """A post's date stamp: a short stamp line with a time or a post number ("#12 03.04.2009, 14:02")."""
    st = stamp_of(line.stripped) if len(line.stripped) <= 60 else None
    return (
        st is not None
        and st.rule not in NOT_PUBLICATION
        and st.rule not in LEADS
        and st.rule not in LATER_STATE  # ("Updated: 27/01/1998 00:35" under a text: its edit, no post's header)
        and (st.rule == "numbered-post" or st.relative or bool(re.search(r"\d{1,2}:\s?\d{2}", line.stripped)))
    )


#: A list's item: a bullet, a dash or a star before its text.
_LIST_ITEM = re.compile(r"[*•·◦▪‣\-–]\s+\S")
#: ... or its number, over the next item's ("1. Valley Post, "Title", 3 April 2009" / "2. ...": a list of sources)
_NUMBERED_ITEM = re.compile(r"\d{1,2}[.)]\s+\S")


def _text_follows(lines: list[Line], first: int) -> bool:
    """Whether the block at ``first`` or the one after it holds a sentence (a post's text, however short),
    not only short unpunctuated lines (a sidebar's list of titles or months)."""
    blocks, i = 0, first
    while i < len(lines) and blocks < 2:
        numbered = (
            _NUMBERED_ITEM.match(lines[i].stripped)
            and i + 1 < len(lines)
            and lines[i + 1].blank_before == 0
            and _NUMBERED_ITEM.match(lines[i + 1].stripped)
        )
        if _LIST_ITEM.match(lines[i].stripped) or (i > first and numbered):
            return False  # a section's list ("Sources" / "* Name. "Title" — Outlet, date"): no post's text
        if lines[i].long or _ends_sentence(lines[i]):
            return True
        i += 1
        if i < len(lines) and lines[i].blank_before >= 1:
            blocks += 1
            block = lines[i : i + 1 + next((k for k, ln in enumerate(lines[i + 1 :]) if ln.blank_before), 0)]
            if _title_like(lines[i]) and any(_stamp(ln) for ln in block[1:]):
                return False  # the next block is an article's header (a title over its date)
    return False


def _past_footer(lines: list[Line], starts: dict[int, str]) -> dict[int, str]:
    """A start on a one-line block that follows running text and stands right over a header block with a date
    stamp ("lowtide is offline" / "218 points", then "#4 03.04.2009, 14:02 ..."): the line is the footer of the
    post above it, and the post below starts at its header."""
    out: dict[int, str] = {}
    for i, rule in starts.items():
        nxt = i + 1
        if (
            0 < i
            and nxt < len(lines)
            and lines[nxt].blank_before >= 1
            and (lines[i - 1].long or _ends_sentence(lines[i - 1]))
            and any(_stamp(lines[k]) for k in range(nxt, min(nxt + 3, len(lines))) if _block_start(lines, k) == nxt)
        ):
            out.setdefault(nxt, rule)
        else:
            out.setdefault(i, rule)
    return out


def _label_run(lines: list[Line], i: int) -> int:
    """How many label-like lines open the block at line ``i`` and are followed, in the same block, by a line of
    text (0 when no text follows them there)."""
    k = 0
    while i + k < len(lines) and (k == 0 or lines[i + k].blank_before == 0) and _label_key(lines[i + k].text):
        k += 1
    return k if i + k < len(lines) and k and lines[i + k].blank_before == 0 else 0


def _block_start(lines: list[Line], i: int) -> int:
    """The first line of the block (lines without a blank between them) that holds line ``i``."""
    while i > 0 and lines[i].blank_before == 0:
        i -= 1
    return i


#: Most lines of a record's header over the label that opens its text.
RECORD_HEADER_LINES = 12


def _record_header_above(lines: list[Line], i: int) -> tuple[int, bool] | None:
    """Line ``i`` is a label that every record repeats right over its text ("Summary" / "Story", then the text
    in the same block): (the record's first line, whether its header holds a date stamp). The header is the
    blocks of short lines between the text before and the label (an id, a title, a caption, a release date, its
    fields), from the last one with a stamp up through those without (a block with a stamp above it is the record
    before's: its revision history, its similar items). None when ``i`` is no such label."""
    if i + 1 >= len(lines) or lines[i + 1].blank_before or not lines[i + 1].long or lines[i].blank_before < 1:
        return None
    first = i
    while first > 0:
        above = _block_start(lines, first - 1)
        if any((ln.long or _sentence_line(ln)) and not _stamp(ln) for ln in _block(lines, above)):
            break  # (a paragraph, with the footer lines set right under it, or the record before's label and text)
        first = above
    region = lines[first:i]
    if not region or len(region) > RECORD_HEADER_LINES or any(comment_line(ln.stripped) for ln in region):
        return None
    stamped = [ln.index for ln in region if _stamp(ln)]
    if not stamped:
        return first, False
    top = _block_start(lines, stamped[-1])
    # (an id and a title over the fields: no date, no year, no sentence)
    while top > first and not any(
        _stamp(ln) or _YEAR_IN.search(ln.text) or _ends_sentence(ln) for ln in _block(lines, top - 1)
    ):
        top = _block_start(lines, top - 1)
    return top, True


#: A year on its own (not inside a longer number: "Editorial #: 17162001").
_YEAR_IN = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def _sentence_line(line: Line) -> bool:
    """A short paragraph: a line of eight words or more that ends a sentence."""
    return _ends_sentence(line) and len(line.stripped.split()) >= 8


def _labelled_records(lines: list[Line]) -> list[int]:
    """The first lines of records whose text every one opens under the same label ("Summary", "Story"), each
    under a header with its date (an agency's advisories, a picture desk's items): articles, not a thread's
    posts (a post's label lines head its text; a record's label stands under the record's header)."""
    # (a cheap look first: two label-like lines at least, each opening a block right over a paragraph)
    candidates = [
        ln
        for ln in lines[:-1]
        if ln.blank_before >= 1
        and not lines[ln.index + 1].blank_before
        and lines[ln.index + 1].long
        and _label_key(ln.text) is not None
    ]
    if len(candidates) < 2:
        return []
    over_text = [i for i in sorted(_labels(lines)) if i + 1 < len(lines) and lines[i + 1].long]
    tops = [_record_header_above(lines, i) for i in over_text]
    if len(tops) < 2 or None in tops or sum(dated for _, dated in tops) * 2 < len(tops):
        return []
    return [top for top, _ in tops]


def _post_headers(lines: list[Line]) -> list[tuple[int, str]]:
    """(line index, rule) where a forum post starts; empty when the document is not a thread."""
    stamped = _stamp_starts(lines)
    articles = {i for i, titled in stamped if titled}
    comments = _comment_zone(lines, articles)
    # the lines of an article's header (a title over its stamp) are not a post's
    headers = {k for i in articles for k in range(i, i + 4)}
    labels = _labels(lines, comments)
    starts: dict[int, str] = {}
    for line in lines:
        if line.index not in labels:
            continue
        first = _block_start(lines, line.index)
        if first in starts or not _text_follows(lines, first):
            continue  # a widget's heading over a list ("Recent Posts" / titles, "Archives" / months): no post
        starts[first] = "post-header"
    if starts:
        # a post whose user line does not recur: a short line over the post's date-and-time stamp, set off
        # from what precedes it like the other posts are
        gap = min(lines[i].blank_before for i in starts if i > 0) if len(starts) > 1 else 1
        for line in lines:
            if _post_stamp(line) and line.index > 0:
                first = _block_start(lines, line.index)
                if (
                    0 < first < line.index
                    and _label_key(lines[first].text) is not None
                    and lines[first].blank_before >= gap
                ):
                    starts.setdefault(first, "post-header")
        # a post whose header lines do not recur (a new user, another rank) but have the shape of the others: as
        # many short label lines, then the post's text in the same block ("islandgirl" / "Newbie" / text)
        shapes = {k for i in starts if (k := _label_run(lines, i)) >= 2}
        for line in lines:
            i = line.index
            if i in starts or i in comments or i == 0 or line.blank_before < gap:
                continue
            k = _label_run(lines, i)
            if k in shapes and (lines[i + k].long or _ends_sentence(lines[i + k])):
                starts[i] = "post-header"
    if len(starts) >= 2 and not all(headline_at(lines, i) for i in starts):
        return sorted(
            _past_footer(lines, starts).items()
        )  # (labels that each head a title and its article are section names)
    # No label lines: a thread whose posts open with a numeric or relative date-and-time stamp
    # ("29.12.2019 - 23:49", "#12 03.04.2009, 14:02", "yesterday at 14:02"), not a news header's long date.
    found = []
    for line in lines:
        if (
            line.index in comments
            or line.index in headers
            or not _post_stamp(line)
            or (
                stamp_of(line.stripped).form not in ("numeric", "relative", "iso-8601", "day-mon-year")
                and stamp_of(line.stripped).rule != "by-handle"  # "Post by lowtide » Fri Apr 03, 2009 2:02 pm"
            )
        ):
            continue
        if any(comment_line(lines[k].stripped) for k in range(_block_start(lines, line.index), line.index)):
            continue  # a reader comment's stamp: the comment block is one segment
        if line.blank_before >= 1:
            found.append((line.index, "post-date"))
        elif (
            line.index > 0
            and len(lines[line.index - 1].stripped) <= 40
            and (lines[line.index - 1].blank_before >= 1 or line.index == 1)
            and not _title_like(lines[line.index - 1])
        ):
            found.append((line.index - 1, "post-date"))  # the user name right above the date
    if (
        articles
        and found
        and all(not _has_paragraph(lines, i, _next_start(found, n, len(lines))) for n, (i, _) in enumerate(found))
    ):
        return []  # one-line replies under the page's titled articles: its reader comments, not a thread
    return found if len(found) >= 2 else []


def _next_start(found: list[tuple[int, str]], n: int, end: int) -> int:
    return found[n + 1][0] if n + 1 < len(found) else end


def _has_paragraph(lines: list[Line], first: int, last: int) -> bool:
    """Lines ``first`` to ``last`` hold a paragraph of running text (a post's text, not a one-line reply)."""
    return any(ln.long or _short_paragraph(lines, ln.index) for ln in lines[first:last])


# ------------------------------------------------------------------------------------------------ articles


def _stamp(line: Line) -> bool:
    """A line that states when what follows was published: a stamp line of ``timeline.stamps`` (a paragraph
    that opens with its date counts when it is a paragraph)."""
    st = stamp_of(line.stripped)
    return (
        st is not None
        and not (line.index == 0 and PRINT_HEADER.fullmatch(line.stripped))  # (when the page was printed)
        and st.rule not in NOT_PUBLICATION
        and st.rule not in FOOTERS  # (it closes the text above it)
        and (st.rule in LEADS or not line.long)
    )


def _counter_bar(s: str) -> bool:
    """A counter among a bar's fields set apart by runs of spaces ("40 Likes   Reply"), not a title."""
    return bool(re.match(r"[\d.,]+[KkMm]?\s", s) and FIELD_GAP.search(s))


def _title_like(line: Line) -> bool:
    s = line.stripped
    return (
        2 <= len(s.split()) <= 25
        and not (len(s.split()) <= 2 and re.match(r"[\d.,]+[KkMm]?\s", s))  # a counter: "218 points", "12 replies"
        and not _counter_bar(s)
        and 10 <= len(s) <= 160
        and not line.wrapped
        and not re.search(r"[.!…][\"'”’»)\]]*\s*$", s)
        and not re.search(r"[,;:]$", s)
        and bool(re.match(r"[\"'“‘«(]?[A-Z0-9А-ЯЁ]", s))
        and not (navigation_line(s) or caption_line(s) or comment_line(s))
    )


#: Titles of a shape ``_title_like`` leaves out: one word in capitals ("FERRIES"), or a title set all in lower
#: case ("bus timetable change delayed"), as some pages style them: (name, pattern, example). Such a line is as
#: often an article's sub-heading or a section's label, so it opens an article only with a byline or a date line
#: right under it, and otherwise only doubts the date of the segment it sits in (``inner_titles``).
BARE_TITLES: tuple[tuple[str, str, str], ...] = (
    ("one-word-capitals", r"[A-ZÀ-ÖØ-ÞА-ЯЁ][A-ZÀ-ÖØ-ÞА-ЯЁ'’-]{2,23}", "FERRIES"),
    (
        "lower-case",
        r"(?=.{10,120}$)[a-zà-öø-ÿа-яё][a-zà-öø-ÿа-яё0-9'’-]*(?:\s+[a-zà-öø-ÿа-яё0-9'’&-]+){1,14}[?]?",
        "bus timetable change delayed",
    ),
)
_BARE_TITLES = _compile(BARE_TITLES)


def bare_title(line: Line) -> str | None:
    """The ``BARE_TITLES`` row the line matches (set apart from the paragraph above it), else None."""
    s = line.stripped
    if line.wrapped or navigation_line(s) or comment_line(s) or caption_line(s):
        return None
    return matching(_BARE_TITLES, s)


def _pasted_articles(lines: list[Line], first: int, last: int, footers: frozenset[int] = frozenset()) -> list[int]:
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
            if _stamp(line) and not line.long and not (found and found[-1] >= i - 3) and i not in footers:
                found.append(i)  # (not the post's own stamp under its text, on a page that signs posts so)
        i += 1
    return found


#: The writer's own voice: a first-person singular subject before a verb ("I have come across his work", "I'm
#: not sure"), as a pasted news item, told in the third person, never has it outside quotation marks.
_FIRST_PERSON = re.compile(r"(?<![\w.'’])I(?:['’](?:m|ve|d|ll))?\s+[a-z]")
#: Quotation marks that open and close a quotation (straight double quotes are paired in order).
_QUOTED = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)|«[^»]*(?:»|$)")


def _own_voice(line: Line) -> bool:
    """Whether the line speaks in the first person singular outside quotation marks (an open quotation runs to the
    line's end; a line opening with a quotation mark is a quotation of the paragraph before, news style)."""
    s = line.stripped
    if s[:1] in "\"“«‘'":
        return False
    return bool(_FIRST_PERSON.search(_QUOTED.sub(" ", s)))


#: Least share of the lines from the poster's first own-voice line to the end of the item's block that speak in
#: the first person: the poster's words close the post (the seeds: 1 of 1 line; a broadcast transcript pasted
#: whole, where a speaker's unquoted "um I think" is followed by the reporter's narration, 1 of 6 on the generated
#: pages, generator b seed 2).
RESUMED_SHARE = 0.5


def _resumed_post(lines: list[Line], first: int, last: int) -> int | None:
    """Line index inside a pasted item ``lines[first:last]`` where the poster's own text resumes: the first line
    past the item's opening paragraph that speaks in the first person outside quotes, when nothing of the item
    before it does (the item is told in the third person: a report, a video's description) and the first person
    holds from there to the end of the block (RESUMED_SHARE)."""
    for j in range(first + 2, last):
        if lines[j].wrapped and lines[j - 1].wrapped and j - 1 > first:
            continue  # inside a hard-wrapped paragraph
        if _own_voice(lines[j]):
            if any(_own_voice(ln) for ln in lines[first:j]):
                return None
            rest = lines[j:last]
            return j if sum(_own_voice(ln) for ln in rest) >= RESUMED_SHARE * len(rest) else None
    return None


def _section_label(line: Line) -> bool:
    """A one- or two-word label over a title ("OPINION", "World news"), not a sentence and no date."""
    s = line.stripped
    return (
        len(s.split()) <= 2
        and 3 <= len(s) <= 24
        and s[0].isupper()
        and not _SENTENCE_END.search(s)
        and not re.search(r"\d", s)
        and not navigation_line(s)
        and not comment_line(s)
    )


#: Longest line (characters, words) that can be a credit or label line set over a title in the same block (the
#: dev pages' credits, "Also published by ...", are 30-40 characters; a sentence over a title is longer).
KICKER_MAX = 60, 8


def _kicker(lines: list[Line], i: int) -> bool:
    """A short line set right over a title-like line that stands alone above a paragraph: a credit ("Also
    published by ...", "From our correspondent"), a kicker or a label; the title under it opens the article."""
    s = lines[i].stripped
    return (
        i + 2 < len(lines)
        and len(s) <= KICKER_MAX[0]
        and len(s.split()) <= KICKER_MAX[1]
        and not _SENTENCE_END.search(s)
        and not s.endswith((",", ";", ":"))
        and lines[i + 1].blank_before == 0
        and lines[i + 2].blank_before >= 1
        and _title_like(lines[i + 1])
        and not byline(lines[i + 1].stripped)
        and not _name_under_title(lines, i, i + 1)  # (a title over its author's name)
        and not (navigation_line(s) or comment_line(s))
    )


#: Most lines over a title in a block that heads an article (``_under_kickers``); fewest words of that title.
KICKER_LINES, KICKER_TITLE_WORDS = 3, 4


def _under_kickers(lines: list[Line], i: int) -> int | None:
    """The title line at the end of the block that line ``i`` opens, when the lines over it are two or three
    short lines that end no sentence (a notice's number and its filing stamp, a bulletin's line and a label):
    a block standing over a paragraph as one header. (One line over a title is ``_kicker``'s.)"""
    last = i
    while last + 1 < len(lines) and lines[last + 1].blank_before == 0:
        last += 1
    if not 2 <= last - i <= KICKER_LINES or last + 1 >= len(lines):
        return None
    title = lines[last]
    if len(title.stripped.split()) < KICKER_TITLE_WORDS or not _title_like(title) or byline(title.stripped):
        return None
    for ln in lines[i:last]:
        s = ln.stripped
        if (
            ln.long
            or not re.search(r"[^\W\d_]", s)  # a rule or a signature's "-- ": what follows closes a text
            or s.startswith(("(", "["))  # "(Continued on page 14)": the end of the text above
            or stamp_of(s) is not None  # (a block with a date stamp is a dated header: ``_stamp_starts``)
            or len(s) > KICKER_MAX[0]
            or len(s.split()) > KICKER_MAX[1]
            or _SENTENCE_END.search(s)
            or s.endswith((",", ";", ":"))
            or byline(s)
            or navigation_line(s)
            or comment_line(s)
        ):
            return None
    return last


def _short_paragraph(lines: list[Line], j: int) -> bool:
    """Whether the block at line ``j`` is a paragraph too short to be marked wrapped: two lines or more of which
    the first is as wide as running text and the last ends a sentence ("President X declared on Wednesday that
    it is just a matter of / days before ...")."""
    block = [lines[j]]
    while j + 1 < len(lines) and lines[j + 1].blank_before == 0:
        j += 1
        block.append(lines[j])
    return (
        len(block) >= 2
        and len(block[0].stripped) >= SENTENCE_MIN
        and _ends_sentence(block[-1])
        and not any(byline(ln.stripped) for ln in block)
    )


def _user_line(lines: list[Line], j: int) -> bool:
    """A user name alone under a post's subject, the last line of its block ("Re: Ferry back in service" /
    "lowtide"): one token of letters, digits and ``_.-@``, with a digit, a sign or a lower-case letter after the
    first (not a capitalised word of a sentence cut short)."""
    s = lines[j].stripped
    return (
        bool(re.fullmatch(r"[\w.@-]{2,29}\w", s))  # (not "outstanding.": a wrapped sentence's last word)
        and bool(re.search(r"[\d_.@-]|^[a-z]|[a-z][A-Z]", s))
        and (j + 1 >= len(lines) or lines[j + 1].blank_before >= 1)
    )


#: A person's name alone: two or three capitalised words (an initial between them), nothing else.
_NAME_ALONE = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+){1,2}")


def _name_under_title(lines: list[Line], i: int, j: int) -> bool:
    """Line ``j`` closes title ``i``'s block with its author's name alone ("Harbour fees rise again next month" /
    "Anna Berg"), the text after a blank line: a byline without its "By". The title is set in sentence case (lower-case
    words after its first, or figures), so a name in capitals word by word is set apart from it, not the title's
    second line."""
    title = lines[i].stripped.split()
    return (
        _NAME_ALONE.fullmatch(lines[j].stripped) is not None
        and lines[j].blank_before == 0
        and j + 1 < len(lines)
        and lines[j + 1].blank_before >= 1
        and (lines[j + 1].long or _short_paragraph(lines, j + 1))
        and len(title) >= 3
        and (any(w[:1].islower() for w in title[1:]) or re.search(r"[\d,$%]", lines[i].stripped) is not None)
    )


def headline_at(lines: list[Line], i: int, nested: bool = False) -> str | None:
    """Whether line ``i`` opens a new article: ``byline`` (a headline confirmed by an author/date line under
    it), ``headline`` (a title line followed by a lead paragraph), or None."""
    line = lines[i]
    s = line.stripped
    if i == 0 or (line.blank_before < 1 and not _title_after_paragraph(lines, i)):
        return None
    # (a bare title, or a short one over its author's line, opens an article only with a byline or a date line
    # under it: checked below)
    odd = bare_title(line) or _over_author(lines, i)
    if (_section_label(line) or _kicker(lines, i)) and i + 1 < len(lines) and lines[i + 1].blank_before == 0:
        # a section label or a credit over the title ("OPINION" / "World", "Also published by ..."): the title
        # under it decides (a bare title with its byline under it opens the article itself: "FERRIES" / "By ...")
        under = headline_at(lines[: i + 1] + [replace(lines[i + 1], blank_before=1)] + lines[i + 2 :], i + 1, nested)
        if under or not odd or not byline(lines[i + 1].stripped):
            return under
    title = _under_kickers(lines, i)
    if title is not None:
        # a block of short lines over a title (a notice's number, a filing stamp, a bulletin's line): the title
        # under them decides
        under = headline_at(lines[:title] + [replace(lines[title], blank_before=1)] + lines[title + 1 :], title, nested)
        if under:
            return under
    words = s.split()
    if not odd and not (3 <= len(words) <= 25 and 15 <= len(s) <= 160):
        return None
    if not odd and (re.search(r"[.,;:][\"'”’»)]*$", s) or not re.match(r"[\"'“‘«(]?[A-Z0-9А-ЯЁ]", s)):
        return None
    if navigation_line(s) or caption_line(s) or comment_line(s) or byline(s) or _counter_bar(s):
        return None
    if not _title_like(line) and _lone_title(lines, i - 1):
        return None  # a standfirst or a site's tagline ("From X, the news you can write!") under its title
    announced = lines[i - 1].stripped.endswith((":", ",", ";")) or (
        i >= 2 and lines[i - 2].stripped.endswith(":") and len(lines[i - 1].stripped) <= LABEL_MAX + 10
    )
    # (a title set apart under its source's line, with its byline under it: "From The Daily Ledger:" / title /
    # "By Anna Berg" -- a clipping of that paper's article)
    sourced = line.blank_before >= 1 and i + 1 < len(lines) and byline(lines[i + 1].stripped)
    if announced and not sourced:
        return None  # the line is what the previous one announces (a quoted title, a list; "Quote:" / its author)
    # what follows: an optional byline / date line, at most two short lines, then the lead paragraph
    j = top = _capitals_title_end(lines, i)
    if j >= len(lines):
        return None
    confirmed = False
    if (
        lines[j].blank_before == 0
        and not byline(lines[j].stripped)
        and not _user_line(lines, j)
        and not _standfirst_under(lines, i)
        and not _name_under_title(lines, i, j)
        and not (j + 1 < len(lines) and _name_under_title(lines, i, j + 1))
    ):
        if _title_over_lead(lines, i):
            return "headline"
        return None  # a title line is a block of its own, or sits right above its byline (or its poster's name)
    extra = 0
    while j < len(lines) and not lines[j].long and not (lines[j].blank_before >= 1 and _short_paragraph(lines, j)):
        if dated_entry(lines, j):
            return None  # a subheading over a dated list inside an article ("Timetable" / "20 March – first ...")
        if byline(lines[j].stripped) or _name_under_title(lines, i, j):
            confirmed = True
        elif caption_line(lines[j].stripped) is None:
            extra += 1
            standfirst = _ends_sentence(lines[j]) and not lines[j].stripped.endswith("?")
            # (asked one level down only: a page of short blocks had chained the question through all of them)
            if lines[j].blank_before >= 1 and not standfirst and not nested and headline_at(lines, j, True):
                return None  # the title is further down: this line ends the previous article
            # (a line that ends a sentence under it is the title's standfirst or the site's tagline: "From X, the
            # news you can write!")
        if extra > 2 or j - top > 3:
            return None
        j += 1
    if j >= len(lines) or (odd and not confirmed):
        return "byline" if confirmed else None
    lead = lines[j]
    confirmed_by = confirmed or _standfirst_under(lines, i)
    if re.match(r"[\"'“‘«]?[a-z]", lead.stripped) or (_first_word(lead) in CONTINUATION_WORDS and not confirmed_by):
        return None  # (a byline or a standfirst under the title confirms it whatever the lead's first word: "While")
    return "byline" if confirmed else "headline"


#: Most lines of a title set in capitals (print), and of the standfirst set right under it in the same block.
CAPITALS_TITLE_LINES, CAPITALS_DECK_LINES = 3, 6


def _capitals_title_end(lines: list[Line], i: int) -> int:
    """The line after title ``i`` and what belongs to it: a title set in capitals may run on over two or three
    lines ("CINEPLEX DIRECTORS SAID THE" / "COMPANY'S"), and a standfirst in sentence case may follow it in the
    same block, broken at the column's width and ending a sentence, before the byline. Other titles: ``i + 1``."""
    j = i + 1
    if not _capitals(lines[i]):
        return j
    while (
        j < len(lines)
        and j - i < CAPITALS_TITLE_LINES
        and lines[j].blank_before == 0
        and _capitals(lines[j])
        and not byline(lines[j].stripped)
    ):
        j += 1
    deck = j
    while deck < len(lines) and deck - j < CAPITALS_DECK_LINES and lines[deck].blank_before == 0:
        if byline(lines[deck].stripped) or _capitals(lines[deck]) or lines[deck].long:
            break
        deck += 1
    if (
        deck > j
        and _ends_sentence(lines[deck - 1])
        and (deck >= len(lines) or lines[deck].blank_before >= 1 or byline(lines[deck].stripped))
    ):
        return deck
    return j


#: Shortest standfirst (characters) set alone under its title (shorter sentences under a title are captions).
STANDFIRST_MIN = 40


def _standfirst_under(lines: list[Line], i: int) -> bool:
    """Title ``i`` has its standfirst right under it: one line of one sentence closing the block, the text
    after a blank line ("Finally today, we learned" / "Many watchers say ... routine." / the paragraphs)."""
    j = i + 1
    if j + 1 >= len(lines) or lines[j + 1].blank_before < 1 or lines[j].wrapped:
        return False
    s = lines[j].stripped
    if len(s) <= len(lines[i].stripped):
        return False  # (a line over a shorter one that ends the sentence: a two-line paragraph broken at a width)
    return (
        STANDFIRST_MIN <= len(s) <= DECK_MAX
        and _ends_sentence(lines[j])
        and not s.endswith("?")
        and re.match(r"[\"'“‘«]?[A-Z]", s) is not None
        and len(_SENTENCE_END.findall(s[:-1])) == 0
        and (lines[j + 1].long or _short_paragraph(lines, j + 1))
    )


def _title_after_paragraph(lines: list[Line], i: int) -> bool:
    """On a page with no blank line between paragraphs: a title right under a paragraph that ends a sentence, and
    right over its author's line ("... the ramps were inspected." / "Storm harbour lamp" / "By Tom Vale")."""
    return lines[i - 1].long and _ends_sentence(lines[i - 1]) and _over_author(lines, i)


def _over_author(lines: list[Line], i: int) -> bool:
    """A line of a title's length right over an author's line ("Ferry strike" / "By Tom Vale"), of any number of
    words and ending as it may ("Ferry strike ends."): the author's line makes it a title."""
    s = lines[i].stripped
    return (
        i + 1 < len(lines)
        and lines[i + 1].blank_before <= 1
        and matching(_AUTHORS, lines[i + 1].stripped) is not None
        and 3 <= len(s) <= 160
        and len(s.split()) <= 25
        and not lines[i].long
        and not s.endswith((",", ";", ":"))
        and re.match(r"[\"'“‘«(]?[^\W_]", s) is not None
        and not (navigation_line(s) or comment_line(s) or caption_line(s))
    )


def _lone_title(lines: list[Line], k: int) -> bool:
    """A title-like line that is a block of its own."""
    return (
        0 <= k < len(lines)
        and (k == 0 or lines[k].blank_before >= 1)
        and (k + 1 >= len(lines) or lines[k + 1].blank_before >= 1)
        and _title_like(lines[k])
    )


def _title_over_lead(lines: list[Line], i: int) -> bool:
    """A title set right over its lead, without a blank line (news lists: "Storm closes airport" / "Heavy snow
    closed the regional airport on Wednesday ..."), after a paragraph that has ended: at most TITLE_OVER_LEAD_WORDS
    words, no sentence's end, then a line of running prose that ends a sentence and is the whole paragraph; and
    the page sets at least two titles so (a list), since an article's lone subheading looks the same."""
    return _ends_sentence(lines[i - 1]) and _set_over_lead(lines, i) and sum(map(bool, _over_leads(lines))) >= 2


def _set_over_lead(lines: list[Line], i: int) -> bool:
    title = lines[i]
    if i + 1 >= len(lines) or (i and title.blank_before < 1) or lines[i + 1].blank_before != 0:
        return False
    lead = lines[i + 1]
    return (
        len(title.stripped.split()) <= TITLE_OVER_LEAD_WORDS
        and _title_like(title)
        and lead.long
        and not lead.wrapped
        and re.match(r"[\"'“‘«]?[A-ZА-ЯЁ]", lead.stripped) is not None  # a new sentence, not the title's rest
        and _ends_sentence(lead)
        and (i + 2 >= len(lines) or lines[i + 2].blank_before >= 1)
    )


def _over_leads(lines: list[Line]):
    """Whether each line is a title set right over a one-paragraph lead: a list has several, an article's
    subheading is alone."""
    return (_set_over_lead(lines, i) for i in range(len(lines)))


#: The most words of a title set right over its lead (``_title_over_lead``).
TITLE_OVER_LEAD_WORDS = 12


def _gap_starts(lines: list[Line]) -> list[int]:
    """Paragraphs after an unusually long run of blank lines (three or more, when such runs are rare in the
    document): where a pasted article whose headline was lost begins."""
    runs = [line for line in lines[1:] if line.blank_before >= 1]
    long_runs = [line for line in runs if line.blank_before >= 3]
    if not long_runs or len(long_runs) > max(1, len(runs) // 20):
        return []
    return [
        line.index
        for line in long_runs
        if line.long and _ends_sentence(lines[line.index - 1]) and _first_word(line) not in CONTINUATION_WORDS
    ]


#: Boundary rule of a segment opened by a date line with no title: a diary's entry or a dated list's.
UNTITLED = "untitled-stamp"

#: Least characters of the block under a header for it to be an article's text (a wrapped paragraph counts),
#: or of a one-line paragraph that ends a sentence (news often opens with a one-sentence paragraph: "Acme Corp.
#: said it completed its acquisition of Widget Inc. for $423 million." is 80).
#: BODY_MIN swept on the dev pages: 100 lets a caption open an article (seed 2 start precision 98.9 %), 150
#: and 220 give 100 %; the seeds unchanged.
BODY_MIN, SENTENCE_MIN = 150, 60


#: Most short lines that may follow a stamp in its own block before the text: an "Updated" line and an author,
#: or a post's member box (number, user name, rank, join date, post count). 3 lets no member box through; 5
#: takes the generated board pages' boxes (generator b).
HEADER_LINES = 5


def _furniture(line: Line) -> bool:
    """A line of the page, not of an article: navigation, a page number, when the page was captured."""
    st = stamp_of(line.stripped)
    return navigation_line(line.stripped) is not None or (st is not None and st.rule in NOT_PUBLICATION)


def _prose_after(lines: list[Line], i: int) -> bool:
    """Whether running text follows header line ``i``: past the rest of its header (a title, an author or an
    "Updated" line in the same block), one of the next two blocks is a paragraph (a long line, or wrapped
    lines of BODY_MIN characters)."""
    j, extra = i + 1, 0
    while (
        j < len(lines)
        and lines[j].blank_before == 0
        and not lines[j].long
        and extra < HEADER_LINES
        and (len(lines[j].stripped) < 50 or _title_like(lines[j]))
    ):
        j, extra = j + 1, extra + 1
    # a date line alone, as blogs put it over the title (not a line holding a title of its own with its date)
    # (or the last of a block of page furniture: "Page 1 of 7", a capture line, then the clipping's source and date)
    furniture = all(_furniture(ln) for ln in lines[_block_start(lines, i) : i])
    bare = furniture and j == i + 1 and not _titled_stamp(lines[i])
    step = skipped = 0
    after_label = bylined = False
    header = " ".join(ln.stripped for ln in lines[_block_start(lines, i) : j])
    while step < 2:
        if j >= len(lines):
            return False
        block = [lines[j]]
        while j + 1 < len(lines) and lines[j + 1].blank_before == 0:
            j += 1
            block.append(lines[j])
        if len(block) == 1 and not block[0].long and len(block[0].stripped) >= 10 and block[0].stripped in header:
            j += 1
            continue  # the header's subject set again as the title over the text (a mail's "Subject: ...")
        size = sum(len(ln.stripped) for ln in block)
        quote_label = len(block) == 1 and block[0].stripped.endswith(":") and not block[0].long
        if skipped < 3 and (
            all(ln.stripped.startswith(">") for ln in block)
            or quote_label
            or (after_label and len(block) == 1 and not block[0].long and not _stamp(block[0]))
        ):
            # a reply's attribution ("On Apr 3, Ann wrote:", or "Quote:" over the quoted author's line) and the
            # quoted lines under it: the reply's own text comes after them
            j, skipped, after_label = j + 1, skipped + 1, quote_label
            continue
        after_label = False
        # (a block of short lines that holds a date stamp is the next header, however long: a kicker, a title,
        # its standfirst, the author and the dates)
        stamped = not any(ln.long for ln in block) and any(_header_stamp(ln) for ln in block)
        if (
            any(ln.long for ln in block)
            or (size >= BODY_MIN and not stamped)
            or (len(block) >= 2 and _ends_sentence(block[-1]) and not stamped)
            or (size >= SENTENCE_MIN and _ends_sentence(block[0]) and not _title_like(block[0]))
        ):
            return True
        if (
            bare
            and step == 0
            and len(block) <= 3
            and (_title_like(block[0]) or (_CLOCK_LINE.fullmatch(block[0].stripped) and len(block) >= 2))
            and not any(_stamp(ln) or ln.long for ln in block)
        ):
            j, step = j + 1, step + 1
            continue  # the date line over its title (and the title's byline), or a live blog's day line over the
            # time of its entry and the entry's title ("TUESDAY, 3 MARCH 2009" / "22:17" / "Talks resume")
        if (
            bare
            and step == 1
            and not bylined
            and len(block) <= 3
            and matching(_AUTHORS, block[0].stripped)
            and not any(_stamp(ln) or ln.long for ln in block)
        ):
            j, bylined = j + 1, True
            continue  # the title's byline set apart under it ("By ANNA BERG" / "Staff Writer")
        if _stamp(block[0]) or (
            any(_title_like(ln) for ln in block)
            and all(not ln.long and (len(ln.stripped) < 50 or _title_like(ln)) for ln in block)
        ):
            # (a header block that opens with its date line, over a title alone over the text: a record's
            # header -- "Congressional Record ... (Monday, January 24, 2000)" / "[House]" / the title / the text)
            # (else another header: this one heads nothing)
            return (
                not bare
                and len(block) == 1
                and _block_start(lines, i) == i
                and _block(lines, i)[-1].index > i
                and _title_over_text(lines, block[0].index)
            )
        j, step = j + 1, step + 1
    return False


def _title_over_text(lines: list[Line], k: int) -> bool:
    """Line ``k``, alone in its block and no date line, is a title with running text in one of the next two
    blocks (a speaker's name or a byline alone may stand between)."""
    if _stamp(lines[k]) or not _title_like(lines[k]):
        return False
    j = k + 1
    for _ in range(2):
        if j >= len(lines):
            return False
        block = _block(lines, j)
        if any(ln.long for ln in block) or _short_paragraph(lines, j):
            return True
        if len(block) > 2 or any(_stamp(ln) or len(ln.stripped) >= 100 for ln in block):
            return False
        j = block[-1].index + 1
    return False


#: A time of day alone on its line ("22:17", "9.43pm"): a live blog's entry, a chat message's stamp.
_CLOCK_LINE = re.compile(r"\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|[AP]\.?M\.?)?(?:\s+[A-Z]{2,4})?")


def _header_stamp(line: Line) -> bool:
    """A short stamp line that heads a text (not a paragraph that opens with its date or dateline)."""
    return (
        _stamp(line)
        and not line.long
        and stamp_of(line.stripped).rule not in LEADS
        and not opens_paragraph(line.stripped)
    )


def _lone_stamp(lines: list[Line], i: int) -> bool:
    """A stamp line that is a block of its own ("Posted in News | April 3, 2009 | 2 Comments")."""
    return (
        _stamp(lines[i])
        and not lines[i].long
        and (i == 0 or lines[i].blank_before >= 1)
        and (i + 1 >= len(lines) or lines[i + 1].blank_before >= 1)
    )


def _closes_text_above(lines: list[Line], i: int) -> bool:
    """A lone stamp of a later state of a text ("Last Updated ( Friday, 17 April 2009 21:21 )", "Edited 3 April")
    right under a paragraph: it tells when the text above was changed, the way a footer does; it opens nothing."""
    st = stamp_of(lines[i].stripped)
    return (
        st is not None
        and st.rule in LATER_STATE
        and i > 0
        and _lone_stamp(lines, i)
        and (lines[i - 1].long or _ends_sentence(lines[i - 1]))
    )


def _stamp_over_rule(lines: list[Line], i: int) -> bool:
    """A lone stamp line between a paragraph and a rule ("... the last paragraph." / "NOV - 2 1989" / "- - - -"):
    it closes the text above it (a clipping's received stamp), it heads nothing."""
    return (
        0 < i < len(lines) - 1
        and _lone_stamp(lines, i)
        and _paragraph(lines[i - 1])
        and navigation_line(lines[i + 1].stripped) == "separator"
    )


#: Most lines of a block that closes a post under its text: its share links, its date, the author and a score
#: ("Share  Improve this answer  Follow" / "answered Nov 1 '09 at 15:22" / "grumpy_otter" / "36,258").
FOOTER_LINES = HEADER_LINES + 1


def _block(lines: list[Line], i: int) -> list[Line]:
    """The lines of the block (lines without a blank between them) that holds line ``i``."""
    last = i
    while last + 1 < len(lines) and lines[last + 1].blank_before == 0:
        last += 1
    return lines[_block_start(lines, i) : last + 1]


def _short_block(lines: list[Line], i: int) -> list[Line]:
    """The block of line ``i``, or, in a block that ends with short lines under a paragraph's line, those short
    lines: a footer set right under the text with no blank line ("... the last paragraph." / "Share  Follow" /
    "answered Nov 21 '09 at 14:15" / the author), when none of them ends a sentence."""
    block = _block(lines, i)
    last_long = max((ln.index for ln in block if _paragraph(ln) and ln.index < i), default=None)
    if last_long is None or not all(map(_paragraph, lines[block[0].index : last_long + 1])):
        return block  # (a title over its standfirst: a header, not a paragraph)
    rest = lines[last_long + 1 : block[-1].index + 1]
    if any(ln.long or _ends_sentence(ln) for ln in rest):
        return block  # (a header set between a standfirst and its text: "By ..." / the date / the lead)
    return rest


def _under_text(lines: list[Line], i: int) -> bool:
    """Stamp line ``i`` sits in a block of a few short lines right under a paragraph and over no paragraph: a
    date line alone, or a post's footer that sets the date among the share links, the author and a score."""
    if not _stamp(lines[i]) or lines[i].long:
        return False
    block = _short_block(lines, i)
    first = block[0].index
    above = first - 1
    if above > 0 and lines[above].blank_before >= 1 and not _ends_sentence(lines[above]) and not lines[above].long:
        above -= 1  # a signature set apart under the text ("BRUCE R. BENT President The Reserve Fund New York")
    after = block[-1].index + 1
    return (
        first > 0
        and (lines[above].long or _ends_sentence(lines[above]))
        and len(block) <= FOOTER_LINES
        and not any(ln.long for ln in block)
        and (after >= len(lines) or not lines[after].long)  # (a header's block stands right over its text)
        and not _quote_label_over_text(lines, after)
    )


def _quote_label_over_text(lines: list[Line], k: int) -> bool:
    """Line ``k`` names whose text is quoted right under it ("paper_boat:" / the quoted lines): a reply's first
    block, so the block above it is the reply's header, not the footer of the text before."""
    return (
        k + 1 < len(lines)
        and lines[k].stripped.endswith(":")
        and len(lines[k].stripped) <= LABEL_MAX + 10
        and lines[k + 1].blank_before == 0
        and (lines[k + 1].long or lines[k + 1].wrapped)
    )


def footer_stamps(lines: list[Line]) -> list[int]:
    """The stamp lines that close the text above them, when the page sets each article's date under its text,
    as blogs' post footers and question-and-answer threads do: a stamp in a short block right after a
    paragraph, no running text after the last such block (only short lines: navigation, a sidebar's list of
    related titles), and no date line alone above the first paragraph (with another stamp there, a header
    dates the first text and only date lines alone count as footers). Empty when the page is not so set. Then
    such a stamp closes the article above it, not opens the one below."""
    after_text = [i for i in range(1, len(lines)) if _under_text(lines, i)]
    if not after_text or any(ln.long for ln in lines[_block(lines, after_text[-1])[-1].index + 1 :]):
        return []
    first_long = next((ln.index for ln in lines if ln.long), len(lines))
    above = [i for i in range(first_long) if _stamp(lines[i])]
    if any(_lone_stamp(lines, i) for i in above):
        return []
    if above and not (len(after_text) >= 2 and all(_unheaded_after(lines, i) for i in after_text[:-1])):
        return [i for i in after_text if _lone_stamp(lines, i)]
    return after_text


def _headers_over_text(lines: list[Line]) -> list[int]:
    """The stamp lines whose block stands right over a paragraph: dates set above the texts they date."""
    out = []
    for line in lines:
        if _header_stamp(line):
            after = _block(lines, line.index)[-1].index + 1
            if after < len(lines) and (lines[after].long or lines[after].wrapped):
                out.append(line.index)
    return out


def _unheaded_after(lines: list[Line], i: int) -> bool:
    """Whether the text after the block of line ``i`` states no date above its first paragraph: with a stamp
    heading the first text (a question's "Asked 6 days ago"), the page still dates its other texts under them
    when none of those has a header."""
    k = _short_block(lines, i)[-1].index + 1
    while k < len(lines) and not _paragraph(lines[k]):
        if _stamp(lines[k]):
            return False
        k += 1
    return True


def _after_footers(lines: list[Line], footers: list[int], found: dict) -> list[int]:
    """The first line after each footer block when running text follows it before the next footer and no
    title or header opens it: the next post of a page whose posts carry their date under their text (an
    answer that opens with its score, "78", then its text)."""
    out = []
    for n, i in enumerate(footers[:-1]):  # (no running text follows the last: a sidebar's list of titles)
        k = _short_block(lines, i)[-1].index + 1
        end = _short_block(lines, footers[n + 1])[0].index  # (the next footer's block, or its short lines)
        text = next((m for m in range(k, end) if lines[m].long or _ends_sentence(lines[m])), None)
        if k < end and text is not None and not any(m in found for m in range(k, text + 1)):
            out.append(k)
    return out


#: Fewest times a post's footer line recurs (its counts aside: "40 Likes   Reply", "Reply") to close posts.
FOOTER_REPEATS = 3


def _repeated_footers(lines: list[Line]) -> list[int]:
    """Short one-line blocks of one shape (digits aside) that recur right under running text, as a thread's
    undated posts end ("40 Likes   Reply"): the last line of each post. The first line of the block after
    each is the next post's, when running text follows before the next such footer."""
    shape: dict[int, str] = {}
    for ln in lines[1:]:
        i = ln.index
        if (
            not ln.long
            and len(ln.stripped) <= LABEL_MAX + 10
            and (
                (ln.blank_before >= 1 and (i + 1 == len(lines) or lines[i + 1].blank_before >= 1))
                # (or the first of a few short lines set right under the text: "Share  Follow" / the user / a score)
                or (ln.blank_before == 0 and _glued_footer(lines, i))
            )
            and (lines[i - 1].long or _ends_sentence(lines[i - 1]))
            and not _stamp(ln)
        ):
            shape[i] = re.sub(r"\d+", "#", " ".join(ln.stripped.split()))
    counts = Counter(shape.values())
    return [i for i, key in shape.items() if counts[key] >= FOOTER_REPEATS]


def _glued_footer(lines: list[Line], i: int) -> bool:
    """Line ``i`` opens a few short lines (at most FOOTER_LINES, none ending a sentence) that close their block
    right under a paragraph's line. (Bounded: it reads no further than the footer's length, so a page of
    short lines with no blank between them costs no more than its lines.)"""
    if not _paragraph(lines[i - 1]):
        return False
    k = i
    while k < len(lines) and k - i < FOOTER_LINES and (k == i or lines[k].blank_before == 0):
        if _paragraph(lines[k]) or _ends_sentence(lines[k]):
            return False
        k += 1
    return k >= len(lines) or lines[k].blank_before >= 1


def _more_furniture(lines: list[Line], i: int) -> bool:
    """The block at line ``i`` goes on with the page's furniture under a post (its tags, "Tags: Markets"; the
    reader comments' heading), not with the next post."""
    block = _block(lines, i)
    k = block[-1].index + 1
    return bool(re.match(r"[^\W\d_][\w ]{0,20}:\s", lines[i].stripped)) or (
        k < len(lines) and comment_line(lines[k].stripped) is not None
    )


#: Stamp rows that hold the title with the date ("[03/04/09] Markets rally", "Markets rally (3 April 2009)").
TITLED_STAMPS = frozenset({"bracketed-title", "title-bracketed-date", "title-dash-date"})


def _opens_with_text_after(line: Line) -> bool:
    """A line that opens with its date and goes on with words ("20 March 2009 – first sailing to the islands")."""
    st = stamp_of(line.stripped)
    if st is None or line.stripped[: st.start].strip(" ([") != "":
        return False
    rest = line.stripped[st.start + len(st.text) :]
    return len(re.findall(r"[^\W\d_]{2,}", rest)) >= 2 and not re.match(r"\s*[|·•]", rest)


def _titled_stamp(line: Line) -> bool:
    """A line that holds a title with its date ("Storm warning for the coast - 27 February 2009")."""
    st = stamp_of(line.stripped)
    return st is not None and st.rule in TITLED_STAMPS


def over_another_title(lines: list[Line], i: int) -> bool:
    """Line ``i`` holds a title with its date, and another title stands under it before the text: the line is
    another article's (a link, a teaser), not this one's header."""
    if not _titled_stamp(lines[i]):
        return False
    if _block_start(lines, i) == i and any(not _stamp(ln) for ln in _block(lines, i)[1:]):
        return False  # (the date line that opens a record's header block, its fields under it: "[House]")
    for line in lines[i + 1 :]:
        if line.long:
            return False
        if _title_like(line) and not _stamp(line) and not byline(line.stripped):
            return True
    return False


#: A chronology's entry that leaves out the year its first entry states ("March 11 - Talks begin in Gdansk").
_YEARLESS_ENTRY = re.compile(
    r"\s*(?P<date>[^\W\d_]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th|\.)?\s+[^\W\d_]{3,9}\.?)"
    r"\s*[-–—:]\s*[^\W\d_]{2,}"
)


def _yearless_entry(line: Line) -> bool:
    return yearless_entry(line.stripped)


def yearless_entry(line: str) -> bool:
    """Whether a line opens with a month and day, no year, then a dash and words: a chronology's entry."""
    found = _YEARLESS_ENTRY.match(line)
    return found is not None and month_word(found.group("date"))


def dated_entry(lines: list[Line], i: int) -> bool:
    """Line ``i`` and a line next to it in the same block both open with a date and go on with words, or both
    hold a title with its date, the dates (or the titles) differing: a list (a chronology, other articles' titles). A
    chronology's next entries may leave the year out ("March 8, 2021 - Crews walk out. / March 11 - ...")."""
    return any(
        entry(lines[i])
        and any(
            0 <= k < len(lines)
            and lines[max(i, k)].blank_before == 0
            and (
                (
                    entry(lines[k])
                    and (
                        stamp_of(lines[k].stripped).text != stamp_of(lines[i].stripped).text
                        # (other stories' titles on one day: "Title one - 2 November 1989" / "Title two - 2 ...")
                        or (entry is _titled_stamp and lines[k].stripped != lines[i].stripped)
                    )
                )
                or (entry is _opens_with_text_after and _yearless_entry(lines[k]))
            )
            for k in (i - 1, i + 1)
        )
        for entry in (_opens_with_text_after, _titled_stamp)
    )


#: Longest standfirst (characters) set in a header block between its title and its byline.
DECK_MAX = 320


def _deck(lines: list[Line], first: int, i: int) -> int | None:
    """The standfirst of a header block (lines ``first`` to the stamp line ``i``): the one line of running text
    in it, one sentence or two right under a title-like line, with the byline or the date under it (a section
    label / a title / the deck / "By ..." / the date). Such a block is one header, not a paragraph over a byline."""
    longs = [k for k in range(first, i) if lines[k].long]
    return longs[0] if len(longs) == 1 and longs[0] > first and standfirst(lines, longs[0]) else None


def standfirst(lines: list[Line], k: int) -> bool:
    """Line ``k`` is a standfirst: one line of a sentence or two right under a title-like line, with a date
    stamp under it in the same block (the byline between)."""
    if not (0 < k < len(lines)) or lines[k].wrapped or len(lines[k].stripped) > DECK_MAX:
        return False
    if not (_title_like(lines[k - 1]) and lines[k].blank_before == 0 and _ends_sentence(lines[k])):
        return False
    for m in range(k + 1, min(k + 1 + HEADER_LINES, len(lines))):
        if lines[m].blank_before or lines[m].long:
            return False
        if _stamp(lines[m]):
            return True
    return False


#: The row of a printed record's date over its column or page number ("3 Apr 2009 : Column 142").
COLUMN_ROW = "date-column"


def _lead_under_header(lines: list[Line], i: int) -> bool:
    """Line ``i`` is a paragraph that opens with its date ("Oct 27, 1989 — Security Pacific Corp. has ...") set
    right under the short lines of a header with a title (a search result's site, address and title, a card's):
    the dated lead of that header's article."""
    st = stamp_of(lines[i].stripped)
    first = _block_start(lines, i)
    return (
        st is not None
        and st.rule == "dated-lead"
        and 0 < i - first <= HEADER_LINES
        and not any(ln.long for ln in lines[first:i])
        and any(_title_like(ln) for ln in lines[first:i])
    )


def _stamp_starts(lines: list[Line]) -> list[tuple[int, bool]]:
    """(line index, titled) where an article header holding a date stamp begins: the stamp's block (a title
    and its byline or date lines), or the title line right above it; only when running text follows.
    ``titled``: the header holds a title-like line (a bare "name / stamp / text" block may be a reader's
    comment). A stamp in a block that names a commenter ("... says:") is the comment's."""
    found = []
    footers = set(footer_stamps(lines))
    column = None  # (the date of the last "3 Apr 2009 : Column 142" line: the next column of that day goes on)
    for line in lines:
        if not _stamp(line) or (line.long and not _lead_under_header(lines, line.index)):
            continue
        i = line.index
        if (st := stamp_of(line.stripped)).rule == COLUMN_ROW:
            continued, column = st.text == column, st.text
            if continued:
                continue  # the record's next column, the same day's: its text goes on
        if dated_entry(lines, i):
            continue  # an entry of a dated list (a schedule, a chronology inside an article), not a header
        if footers and (_lone_stamp(lines, i) or i in footers):
            continue  # the footer of the article above
        if _closes_text_above(lines, i):
            continue  # "Last updated ..." under a paragraph: the update of the text above
        if _stamp_over_rule(lines, i):
            continue  # a clipping's received stamp under its text, over the rule that ends the clipping
        first = _block_start(lines, i)
        deck = _deck(lines, first, i)
        # (a page that sets no blank line between paragraphs: the header starts after the paragraph above it)
        first = max([first] + [k + 1 for k in range(first, i) if lines[k].long and k != deck])
        header = lines[first:i]
        if any(comment_line(ln.stripped) for ln in header) or len(header) > HEADER_LINES:
            continue
        if any((ln.long or len(ln.stripped) > 160) and ln.index != deck for ln in header):
            continue
        if not (line.long or _prose_after(lines, i)):
            continue
        if stamp_of(line.stripped).rule in LEADS and first == i:
            above = []  # the short lines right above it, up to the text before
            while len(above) < 4 and i - len(above) - 1 >= 0 and not lines[i - len(above) - 1].long:
                above.append(i - len(above) - 1)
            if any(_title_like(lines[k]) or _stamp(lines[k]) for k in above):
                continue  # the dated lead of the article headed just above it (a title, a byline, a running head)
        start = first
        below = (
            i + 1 < len(lines)
            and lines[i + 1].blank_before >= 1
            and (i + 2 >= len(lines) or lines[i + 2].blank_before >= 1)
        )  # a one-line block under the date line
        if (
            first > 0
            and not (first == i and below and _title_like(lines[i + 1]))  # (a date line over its title: a blog's)
            and _block_start(lines, first - 1) == first - 1
            and _title_like(lines[first - 1])
            and all(byline(lines[k].stripped) or _stamp(lines[k]) for k in range(first, i))
        ):
            start = first - 1  # the title, a blank line, then its date (or its byline and date: no title of its own)
        elif (
            first > 1
            and _block_start(lines, first - 1) == first - 1
            and not lines[first - 1].long
            and not _title_like(lines[first - 1])
            and _lone_title(lines, first - 2)
            and not _stamp(lines[first - 2])  # (a date line is no title: a received stamp over a rule)
            and (first == 2 or _ends_sentence(lines[first - 3]) or lines[first - 3].long)
            and all(byline(lines[k].stripped) or _stamp(lines[k]) for k in range(first, i))
        ):
            start = first - 2  # the title, its standfirst (or the site's tagline), then its date
        while start < i and _furniture(lines[start]):
            start += 1
        titled = (
            stamp_of(line.stripped).rule in TITLED_STAMPS
            or (first == i and below and _title_like(lines[i + 1]))
            or any(bare_title(lines[k]) for k in range(start, i))
            or any(
                _title_like(lines[k])
                for k in range(start, min(i + 3, len(lines)))
                if k != i and not lines[k].long and (k <= i or lines[k].blank_before == 0)
            )
        )
        stamp = stamp_of(line.stripped)
        if start > 0 and (titled or not stamp.yearless or stamp.rule != "date-alone"):
            # (a day without its year alone over a paragraph is as often an entry of a dated list inside an
            # article -- "Oct. 5" / "Protesters gather..." -- as a header: it opens one only under a title; with
            # a name beside it, it is a post's header: "Harbour Office @harbouroffice · Mar 12")
            found.append((start, titled))
    return found


_MARKDOWN_TITLE = re.compile(r"#\s+\S.{0,150}")


def _markdown_titles(lines: list[Line]) -> list[int]:
    """Markdown's first-level headings ("# Title"), alone in their blocks, when two at least open text: a file of
    notes or posts exported one after another, each under its title (a second-level "## Background" is a
    section of one)."""
    found = [
        ln.index
        for ln in lines
        if _MARKDOWN_TITLE.fullmatch(ln.stripped)
        and not ln.long
        and (ln.index == 0 or ln.blank_before >= 1)
        and (ln.index + 1 >= len(lines) or lines[ln.index + 1].blank_before >= 1)
        and _text_follows(lines, ln.index + 1)
    ]
    return found if len(found) >= 2 else []


def _record_header(lines: list[Line]) -> bool:
    """The page opens with a header block whose first line is a date line and whose other lines are its fields
    (not dates), over the text: the first record's header."""
    block = _block(lines, 0)
    return (
        len(block) > 1
        and _stamp(lines[0])
        and not lines[0].long
        and not any(ln.long or _stamp(ln) for ln in block[1:])
        and _prose_after(lines, 0)
    )


def _article_boundaries(lines: list[Line], records: list[int]) -> list[tuple[int, str, str]]:
    """(line index, kind, rule) of each segment start in a document that is not a thread."""
    found: dict[int, tuple[str, str]] = {}
    for i in range(1, len(lines)):
        rule = headline_at(lines, i)
        if rule:
            found[i] = ("article", rule)
    stamped = _stamp_starts(lines)
    comments = _comment_zone(lines, {i for i, titled in stamped if titled})
    footers = footer_stamps(lines)
    if lines and not footers and (_lone_stamp(lines, 0) or _record_header(lines)):
        # the page opens with its first article's date line
        titled = (len(lines) > 1 and _title_like(lines[1])) or stamp_of(lines[0].stripped).rule in TITLED_STAMPS
        stamped = [(0, titled)] + stamped
    for i, titled in stamped:
        if i in comments or any(k in found and not any(map(_paragraph, lines[k:i])) for k in range(i - 2, i + 1)):
            continue  # the date line of the header found just above it (a paragraph between: the next article's)
        end = _block(lines, i)[-1].index  # (a mail's header block: the subject set again as a title under it)
        below = [k for k in range(i + 1, max(i, end) + 3) if k in found]
        for k in below:  # a title under its date line: the article starts at the date line
            if not any(lines[m].long for m in range(i, k)):
                del found[k]
                titled = True
        if not any(k in found for k in range(i + 1, i + 3)):
            # a date over a paragraph with no title: a diary's entry, or an entry of a dated list inside an
            # article ("Oct. 5, 2009" / "Protesters gather..."): its date is less sure (``UNTITLED``)
            found[i] = ("article", "stamp" if titled else UNTITLED)
    for i in _subheadings(lines, found):
        del found[i]
    for i in _after_footers(lines, footers, found):
        found[i] = ("article", "after-footer")
    if not footers:
        for i in _after_footers(lines, _repeated_footers(lines), found):
            if not _more_furniture(lines, i):
                found.setdefault(i, ("article", "after-footer"))
    for k, text in _after_signatures(lines):
        for m in [m for m in found if k < m <= text and found[m][1] == "headline"]:
            del found[m]  # (the title of a story the message pastes under its header)
        found.setdefault(k, ("article", "after-signature"))
    for i in _feed_records(lines):
        found[i] = ("article", "feed-record")
    for i in _markdown_titles(lines):
        found.setdefault(i, ("article", "heading"))
    for i in records:
        top = _heading_over(lines, i)
        for k in range(top, _block(lines, i)[-1].index + 1):
            found.pop(k, None)  # (the record's date field found as a header of its own: "Message: 1" / "Date: ...")
        found[top] = ("article", "record")
    if records:
        # (what comes before an export's first record is its preamble: the list of contents, the search, how to
        # subscribe -- "1. Title / Source, 26 October 1989" is no article)
        first = min(k for k, (_, rule) in found.items() if rule == "record")
        for k in [k for k in found if k < first]:
            del found[k]
    for i in _gap_starts(lines):
        found.setdefault(i, ("article", "gap"))
    # reader comments: from the first comment header to the next article (or the end)
    in_comments = False
    text_since = True  # (a paragraph since the last start: "name writes:" right under a header is its submitter's)
    for line in lines:
        if line.index in found:
            in_comments, text_since = False, False
        elif (
            not in_comments
            and line.blank_before >= 1
            and (said := comment_line(line.stripped))
            and (text_since or said != "handle-says")
        ):
            found[line.index] = ("comments", "comments")
            in_comments = True
        text_since = text_since or line.long or _short_paragraph(lines, line.index)
    return sorted((i, kind, rule) for i, (kind, rule) in found.items())


#: Fewest signature separators ("-- " over a mail's or a newsgroup post's signature) that make a page a run
#: of messages, each closed by its signature.
SIGNATURES_MIN = 2


def _after_signatures(lines: list[Line]) -> list[tuple[int, int]]:
    """(first line of the next message, its first paragraph's line) after each signature: a "-- " line over a
    few short lines (the sender's name) closes a message, and the block after it opens the next one (a
    newsgroup's web view: "Name" / "Re: subject" / the text), when running text follows within a few blocks."""
    seps = [ln.index for ln in lines if ln.stripped == "--" and not ln.long]
    if len(seps) < SIGNATURES_MIN:
        return []
    out = []
    for i in seps:
        k = i + 1
        while k < len(lines) and lines[k].blank_before == 0 and k - i <= 4:
            k += 1
        if k >= len(lines) or lines[k].blank_before == 0 or lines[k].long:
            continue
        text = next((m for m in range(k, min(k + 8, len(lines))) if lines[m].long or _short_paragraph(lines, m)), None)
        if text is not None:
            out.append((k, text))
    return out


#: A feed read as text opens each record with a tag line of its own (RSS ``<item>``, Atom ``<entry>``).
_RECORD_TAG = re.compile(r"<(?:item|entry)(?:\s[^>]*)?>")


def _feed_records(lines: list[Line]) -> list[int]:
    """The lines that open a feed's records, when at least two do: each record is an article of its own."""
    found = [ln.index for ln in lines if _RECORD_TAG.fullmatch(ln.stripped)]
    return found if len(found) >= 2 else []


#: A field of a record a data dump writes as "key: value" lines ("title: ...", "author: k8_w", "created_utc: ...",
#: "HEADLINE: ...", a transcript's "SHOW: ...").
_KEY_VALUE = re.compile(r"[\"']?(?P<key>[A-Za-z_][\w.-]{0,24})[\"']?\s*[:=](?:\s.*)?")
#: ... or a news database's field code before its value, without a colon ("HD Title", "PD 26 October 1989"): a
#: record of such lines is one only when the same codes open two records at least, in the same order.
_CODE_VALUE = re.compile(r"(?P<key>[A-Z]{2,3})\s+\S.*")
#: Least "key: value" lines that open a record.
RECORD_FIELDS = 3


def _record_keys(lines: list[Line], i: int) -> tuple[list[str], bool]:
    """The keys of the field lines from line ``i`` down its block, and whether they are field codes."""
    for pattern, coded in ((_KEY_VALUE, False), (_CODE_VALUE, True)):
        keys, k = [], i
        while (
            k < len(lines)
            and (k == i or lines[k].blank_before == 0)
            and not lines[k].long
            and (m := pattern.fullmatch(lines[k].stripped))
        ):
            keys.append(m.group("key").casefold())
            k += 1
        if len(keys) >= RECORD_FIELDS:
            return keys, coded
    return [], False


def _key_value_records(lines: list[Line]) -> list[int]:
    """The lines that open the records of a data dump or a news database's export written as field lines ("key:
    value", or a code and its value): a block that opens with at least RECORD_FIELDS such lines (or with a date
    line over them: a transcript's "WEDNESDAY, APRIL 5, 2000" / "SHOW: ..." / "HEADLINE: ..."), its first key
    opening at least two blocks (each record is an article)."""
    opening: dict[int, tuple[str, ...]] = {}
    for line in lines:
        i = line.index
        if i and line.blank_before == 0:
            continue
        dated = _stamp(line) and not line.long and i + 1 < len(lines) and lines[i + 1].blank_before == 0
        keys, coded = _record_keys(lines, i + 1 if dated else i)
        if keys and _record_text_follows(lines, i + int(dated) + len(keys)):
            # (codes in capitals must open their records in the same order: a title in capitals is no record)
            opening[line.index] = (("@date",) if dated else ()) + tuple(keys[:RECORD_FIELDS] if coded else keys[:1])
    counts = Counter(opening.values())
    return [i for i, key in opening.items() if counts[key] >= 2]


def _record_text_follows(lines: list[Line], k: int) -> bool:
    """Running text follows the field block that ends before line ``k``, within three blocks (a record's fields
    over its text, not the codes a record ends with -- "RE eurz : Europe" / "AN Document ..." -- over the next
    record's fields)."""
    blocks = 0
    while k < len(lines) and blocks <= 3:
        if lines[k].blank_before >= 1:
            blocks += 1
            if _record_keys(lines, k)[0]:
                return False
        if lines[k].long:
            return True
        k += 1
    return False


def _heading_over(lines: list[Line], i: int) -> int:
    """Line ``i`` opens a record; the record's title set alone over it, a blank line between (a note's "# Title"
    over its properties), opens it instead."""
    k = i - 1
    if (
        k >= 0
        and lines[i].blank_before >= 1
        and (k == 0 or lines[k].blank_before >= 1)
        and not lines[k].long
        and ":" not in lines[k].text  # (an export's heading: "# export: 2 posts", "Search results: 20 documents")
        and (lines[k].stripped.startswith("# ") or (_title_like(lines[k]) and not re.search(r"\d", lines[k].text)))
        and not _stamp(lines[k])
    ):
        return k
    return i


def _capitals(line: Line) -> bool:
    s = line.stripped
    return bool(re.search(r"[A-ZА-ЯЁ]", s)) and not re.search(r"[a-zа-яё]", s)


def _subheadings(lines: list[Line], found: dict[int, tuple[str, str]]) -> list[int]:
    """Starts found from a title line alone (no byline, no date) that are set in another style than the page's
    titles: on a page whose titles are all set in capitals (two at least, its first line counted), a title-like
    line in small letters over a paragraph is an article's sub-heading ("What happens next")."""
    heads = [i for i in found if found[i][1] == "headline"]
    others = [i for i in found if found[i][1] != "headline"] + ([0] if lines and _title_like(lines[0]) else [])
    if sum(_capitals(lines[i]) for i in heads + others) < 2 or not all(_capitals(lines[i]) for i in others):
        return []
    # (a title with a date line in its block is dated: an article's header, whatever its letters)
    return [i for i in heads if not _capitals(lines[i]) and not any(map(_stamp, _block(lines, i)))]


def inline_comment_stamps(line: str) -> list[tuple[str, str]]:
    """(rule, commenter) of every reader-comment stamp of ``INLINE_COMMENT_STAMPS`` inside ``line``."""
    if ":" not in line and "." not in line:
        return []
    found = []
    for name, pattern in _INLINE_COMMENTS:
        found += [(name, " ".join(m.group("name").split()).casefold()) for m in pattern.finditer(line)]
    return found


def inline_comment_date(line: str) -> str | None:
    """The date of the first reader-comment stamp inside ``line`` ("29th Apr 2009" of "At 15:02 29th Apr 2009 ,
    islandgirl wrote : ..."): in a block of comments, the stamp of a comment is its own."""
    if ":" not in line and "." not in line:
        return None
    found = [m for _, pattern in _INLINE_COMMENTS if (m := pattern.search(line))]
    return min(found, key=lambda m: m.start()).group("date") if found else None


def _inline_comments(lines: list[Line]) -> tuple[int, int] | None:
    """(first line, last line) of a run of reader comments whose stamps are run into the text ("... Posted by :
    lowtide | April 4 , 2009 9:12 PM | Report abuse Well said ."): a stamp shape that recurs COMMENT_STAMPS times
    with COMMENT_NAMES different names. The run starts at the line of its first stamp (a stamp set under its
    comment leaves that comment's earlier lines to the article: where it starts is not marked)."""
    by_rule: dict[str, list[tuple[int, str]]] = {}
    for line in lines:
        for rule, who in inline_comment_stamps(line.text):
            by_rule.setdefault(rule, []).append((line.index, who))
    runs = [
        (found[0][0], found[-1][0])
        for found in by_rule.values()
        if len(found) >= COMMENT_STAMPS and len({who for _, who in found}) >= COMMENT_NAMES
    ]
    if not runs:
        return None
    return min(a for a, _ in runs), max(b for _, b in runs)


def inner_titles(text: str, seg: Segment) -> int:
    """How many title-like lines stand over a paragraph inside ``seg``, past its first paragraph: articles
    the splitter may have missed (or an article's sub-headings). A header date at the top of such a stretch
    may not date all of it."""
    lines = lines_of(text[seg.start : seg.end])
    # (a block of comments has no header paragraph of its own: any title over a paragraph in it counts)
    first = 0 if seg.kind == "comments" else next((n for n, ln in enumerate(lines) if ln.long), len(lines))

    def heads_paragraph(n: int) -> bool:  # a paragraph follows within three short header lines
        para = next((m for m in range(n + 1, min(n + 4, len(lines))) if lines[m].long), None)
        # (short lines that end a sentence between them: a list, not a header; lines after the paragraph: its own)
        return para is not None and not any(_ends_sentence(lines[m]) for m in range(n + 1, para))

    def under_kicker(n: int) -> bool:  # the second or third line of a block of short lines ("Member-only story")
        k = n
        while k > 0 and lines[k].blank_before == 0 and n - k < 2:
            k -= 1
        return (
            k < n
            and lines[k].blank_before >= 1
            and all(not lines[m].long and not _ends_sentence(lines[m]) for m in range(k, n))
        )

    def set_apart(n: int) -> bool:  # a block of its own, or a line between paragraphs of a page with no blank lines
        return (
            lines[n].blank_before >= 1
            or under_kicker(n)
            or (
                lines[n - 1].long
                and _ends_sentence(lines[n - 1])
                and lines[n + 1].long
                and not re.search(r"[\"'”’»]\s*$", lines[n].stripped)
            )
        )

    return sum(
        1
        for n in range(first + 1, len(lines) - 1)
        if set_apart(n) and (_title_like(lines[n]) or bare_title(lines[n])) and heads_paragraph(n)
    )


# ------------------------------------------------------------------------------------------------ splitting


#: A list of names: capitalised words (and "of", "and", "&" between them) without a sentence's punctuation.
_NAMES_ONLY = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:(?:of|and|the|de|&)\s+)?[A-Z][\w'’.-]*){2,11}")


def _tag_list(lines: list[Line], n: int) -> bool:
    """Whether line ``n``, the document's last, is its tag list: names only, alone under a paragraph ("Clinton
    Saudi Arabia Qatar Iraq"). A title there would head nothing."""
    line = lines[n]
    return (
        n > 0
        and line.blank_before >= 1
        and lines[n - 1].long
        and not line.wrapped
        and bool(_NAMES_ONLY.fullmatch(line.stripped))
    )


def _paragraph(line: Line) -> bool:
    """Running text: a long line, or a sentence of ``SENTENCE_MIN`` characters that is no title or stamp (the
    one-line text under each dated title of a news list: "[03/02/31] Council approves bus lanes" / "The council
    on Tuesday approved ...")."""
    return line.long or (
        len(line.stripped) >= SENTENCE_MIN and _ends_sentence(line) and not _title_like(line) and not _stamp(line)
    )


def _has_prose(lines: list[Line]) -> bool:
    """A paragraph, or two sentences: more than a title, a section name or a list of tags."""
    return any(map(_paragraph, lines)) or sum(len(ln.stripped) >= 40 and _ends_sentence(ln) for ln in lines) >= 2


#: The boundary rule of the poster's own text after an item pasted into a post (``_resumed_post``).
RESUMED = "resumed"

#: Fewest messages with a stamp of a chat export's shape (``stamps.CHAT_MESSAGES``) that make a file an export.
CHAT_MIN = 3


def _chat_messages(lines: list[Line]) -> list[tuple[int, str, str]]:
    """(line index, kind, rule) of each segment start in a chat export, else empty. A message opens with its
    stamp and sender; one that holds running text (a pasted story) is a post, and the short messages under it
    (replies, reactions) are one segment of comments, as a thread's reader comments are."""
    heads = [ln.index for ln in lines if (st := stamp_of(ln.stripped)) is not None and st.rule in CHAT_MESSAGES]
    if len(heads) < CHAT_MIN:
        return []
    starts: list[tuple[int, str, str]] = []
    for n, i in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(lines)
        if any(ln.long for ln in lines[i:end]):
            starts.append((i, "post", "chat-message"))
        elif starts and starts[-1][1] == "post":
            starts.append((i, "comments", "chat-replies"))
    return starts


#: A chat log's message that states only its time, its day on a divider line above ("--- Day changed Thu Nov
#: 02 2009" / "[13:40] <lowtide> text", "13:40 lowtide: text").
TIMED_MESSAGE = re.compile(
    r"\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+(?:<[@+%&~]?(?P<nick>[^>\s]{1,30})>|(?P<name>[^\s:<>\[\]]{1,30}):)(?:\s|$)"
)
TIMED = "timed-message"


def _timed_messages(lines: list[Line]) -> list[tuple[int, str, str]]:
    """(line index, kind, rule) of each segment start in a chat log whose messages state only their time, else
    empty. A sender's run of messages holding running text (a pasted story) is a post; the short messages
    after it are one segment of comments. Its day is the divider line's above it (``anchor``)."""
    senders = {}
    for ln in lines:
        m = TIMED_MESSAGE.match(ln.stripped)
        if m:
            senders[ln.index] = m.group("nick") or m.group("name")
    if len(senders) < CHAT_MIN:
        return []
    starts: list[tuple[int, str, str]] = []
    run: list[int] = []
    for ln in [*lines, None]:
        if ln is not None and ln.index in senders and run and senders[run[0]] == senders[ln.index]:
            run.append(ln.index)
            continue
        if run:  # a run of one sender's messages ends
            if any(lines[k].long for k in run):
                starts.append((run[0], "post", TIMED))
            elif starts and starts[-1][1] == "post":
                starts.append((run[0], "comments", "chat-replies"))
        run = [ln.index] if ln is not None and ln.index in senders else []
    return starts


#: Fewest signed comments that make a page a talk page (``_talk_posts``).
TALK_MIN = 3
#: A signature without its time stamp at the end of a comment ("... the March figures. —Ann Berg (talk)").
_UNDATED_SIGNATURE = re.compile(r"(?:—|–|--)\s*[^\W\d_][\w.'’ -]{1,40}?\s*\(\s*[^\W\d_][\w .-]{1,20}\)\s*$")
#: A talk page's section heading ("== Sources for the March figures ==").
_TALK_HEADING = re.compile(r"(={2,6})\s*\S.{0,150}?\s*\1")


def talk_reply(line: Line) -> bool:
    """A talk page's reply, indented with colons or list marks (":Done.", "::Agreed", "*: See above")."""
    return line.stripped.startswith((":", "*:", "#:"))


def _talk_posts(lines: list[Line]) -> list[tuple[int, str, str]]:
    """(line index, kind, rule) of each comment in a wiki talk page, else empty. A comment ends with its
    signature (name, link word, time and date: ``stamps.signature_stamp``); a "== heading ==" opens a section's
    first comment, and after a signed comment the next paragraph that is no indented reply opens the next one.
    The replies under a comment are read with it (its thread), never as comments of their own."""
    dated = {ln.index for ln in lines if signature_stamp(ln.text) is not None}
    headings = sum(1 for ln in lines if _TALK_HEADING.fullmatch(ln.stripped))
    # (signatures without their time only under the wiki's own section headings: a story may end "-- Name (AP)")
    undated = {ln.index for ln in lines if _UNDATED_SIGNATURE.search(ln.text)} if headings >= 2 else set()
    signed = [i for i in sorted(dated | undated) if not talk_reply(lines[i])]
    if len(signed) < 2 or (len(dated) < TALK_MIN and len(undated) < 2):
        return []
    starts: list[tuple[int, str, str]] = []
    after_signature = False
    for ln in lines:
        if _TALK_HEADING.fullmatch(ln.stripped):
            starts.append((ln.index, "post", "talk-heading"))
            after_signature = False
        elif talk_reply(ln):
            continue
        elif after_signature:
            starts.append((ln.index, "post", "talk-comment"))
            after_signature = False
        if ln.index in signed:
            after_signature = True
    return starts


def split(doc: Document) -> tuple[Segment, ...]:
    """The segments of ``doc`` in text order; a document with one article is one segment."""
    text = doc.text
    if not text.strip():
        return (Segment(0, len(text)),)
    lines = lines_of(text)
    chat = _chat_messages(lines) or _timed_messages(lines) or _talk_posts(lines)
    records = [] if chat else (_key_value_records(lines) or _labelled_records(lines))
    # (a database's records repeat their field labels -- "BODY:", "LP" -- like a forum's post headers do)
    posts = [] if chat or records else _post_headers(lines)
    if chat:
        starts = list(chat)
    elif posts:
        starts = []
        signed = footer_stamps(lines)
        if len(_headers_over_text(lines)) >= len(signed):
            signed = []  # (most posts state their date above their text: those under a text are pasted items')
        footers = frozenset(signed)
        # (a post signed by its stamp under its text ends there: what follows opens the next post, with or
        # without a header of a shape the others have -- "⇄ Name boosted" / "Name" / "@handle")
        posts = sorted(posts + [(i, "after-footer") for i in _after_footers(lines, signed, dict(posts))])
        for n, (i, rule) in enumerate(posts):
            starts.append((i, "post", rule))
            end = posts[n + 1][0] if n + 1 < len(posts) else len(lines)
            pasted = _pasted_articles(lines, i, end, footers)
            for m, k in enumerate(pasted):
                starts.append((k, "article", "pasted"))
                resumed = _resumed_post(lines, k, pasted[m + 1] if m + 1 < len(pasted) else end)
                if resumed is not None:
                    starts.append((resumed, "post", RESUMED))
    else:
        starts = _article_boundaries(lines, records)
        zone = _inline_comments(lines)
        if zone is not None and zone[0] > 0:
            first, last = zone
            starts = sorted(
                [st for st in starts if not first <= st[0] <= last] + [(first, "comments", "comment-stamps")]
            )
    if not starts or starts[0][0] != 0:
        starts.insert(0, (0, "post" if posts else "article", "start"))
    # trailing navigation (a "Top Bottom", "Comments are closed.") is page furniture after the last segment
    tail = len(lines)
    while tail - 1 > starts[-1][0] and (
        navigation_line(lines[tail - 1].stripped) or (tail == len(lines) and _tag_list(lines, tail - 1))
    ):
        tail -= 1
    if tail < len(lines):
        starts.append((tail, "navigation", "navigation"))
    kept = []
    for n, st in enumerate(starts):
        if st[2] == "pasted" and not _has_prose(lines[st[0] : starts[n + 1][0] if n + 1 < len(starts) else len(lines)]):
            continue
        if st[2] == RESUMED and not (kept and kept[-1][2] == "pasted"):
            continue  # the item it follows is no article: the post runs on
        kept.append(st)
    starts = kept
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
        seg_lines = [ln for ln in lines_of(text[seg.start : seg.end])]
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
                out.append(
                    replace(
                        seg,
                        start=start,
                        end=end,
                        kind="quote",
                        repeat_of=source,
                        boundary=seg.boundary if n == 0 else "quote",
                    )
                )
        for n, (a, b, source) in enumerate(pieces):
            for ln in seg_lines[a:b]:
                fp = fingerprint(ln.text)
                if len(fp) >= 40:
                    seen.append((fp, first_index + n))
    return tuple(out)


def _headline_only(lines: list[Line]) -> bool:
    substantive = [ln for ln in lines if len(fingerprint(ln.text)) >= 40]
    return len(substantive) == 1 and _title_like(substantive[0]) and not substantive[0].long


def _header_furniture(lines: list[Line]) -> bool:
    """One short line repeated in a header with no attribution over it ("X wrote:", "Quote:"): a site's tagline."""
    substantive = [ln for ln in lines if len(fingerprint(ln.text)) >= 40]
    return (
        len(substantive) == 1
        and not any(ln.long for ln in lines)
        and not any(ln.stripped.endswith(":") for ln in lines[: substantive[0].index - lines[0].index])
    )


def _quote_pieces(seg_lines: list[Line], seen: list[tuple[str, int]]) -> list[tuple[int, int, int | None]]:
    """[(first line, end line, segment repeated or None)] covering the segment's lines, or [] when nothing in
    it repeats an earlier segment."""
    matched: list[int | None] = []
    for ln in seg_lines:
        fp = fingerprint(ln.text)
        source = None
        if len(fp) >= 40:
            # a stamp line repeats only word for word: two posts' headers may differ by their date and a counter
            # alone ("lowtide opened this issue Apr 10, 1999 · 7 comments" / "... Apr 19, 1999 · 13 comments")
            exact = stamp_of(ln.stripped) is not None
            source = next(
                (
                    index
                    for old, index in seen
                    if (old == fp if exact else abs(len(old) - len(fp)) <= len(fp) // 10 and _similar(fp, old))
                ),
                None,
            )
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
    # a headline repeated alone (the original's title under its translation, a link to an earlier item) quotes no
    # one: a quote holds a sentence
    # (nor a short line repeated in each article's header: a site's tagline under every title)
    result = [
        (
            a,
            b,
            None
            if source is not None
            and (_headline_only(seg_lines[a:b]) or (a == 0 and _header_furniture(seg_lines[a:b])))
            and len(result) > 1
            else source,
        )
        for a, b, source in result
    ]
    # merge neighbouring pieces that are not quotes
    merged: list[tuple[int, int, int | None]] = []
    for a, b, source in result:
        if merged and merged[-1][2] is None and source is None:
            merged[-1] = (merged[-1][0], b, None)
        else:
            merged.append((a, b, source))
    return _titles_with_their_text(seg_lines, matched, merged)


def _titles_with_their_text(
    seg_lines: list[Line], matched: list[int | None], pieces: list[tuple[int, int, int | None]]
) -> list[tuple[int, int, int | None]]:
    """A title (with its short header lines) right over a repeated text heads that text, not the piece before it:
    short lines join the piece above them, so a syndicated copy's title is moved down to the copy."""
    out = list(pieces)
    for n in range(1, len(out)):
        a = out[n][0]
        k = a
        while k - 1 > out[n - 1][0] and matched[k - 1] is None and seg_lines[k - 1].blank_before == 0:
            k -= 1  # the header block's lines under its first
        k -= 1
        first = seg_lines[k] if k > out[n - 1][0] else None
        if (
            first is not None
            and matched[k] is None
            and first.blank_before >= 1
            and (_title_like(first) or bare_title(first))
        ):
            out[n - 1] = (out[n - 1][0], k, out[n - 1][2])
            out[n] = (k, out[n][1], out[n][2])
    return out
