"""The plain data that flows through the pipeline: read -> anchor -> recognise -> resolve -> events -> merge.

Every stage takes and returns these frozen dataclasses, so a stage can be tested, cached or shipped to another
process without knowing about the others. Offsets are always Python ``str`` indices into ``Document.text``
exactly as it was decoded, never into a normalised copy.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

#: Where a segment's writing date came from, most trusted first.
ANCHOR_SOURCES = ("manifest", "option", "byline", "header", "html-meta", "inferred", "none")

#: What a mention's value was resolved against.
MENTION_ANCHORS = ("published", "narrative", "none")

TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")

GRANULARITIES = ("time", "day", "week", "month", "quarter", "season", "year", "decade", "century")

#: How an event's date was found: a temporal expression of its sentence (``explicit``), the writing date of the
#: segment that reports it as news (``anchor``), or the story told so far (``narrative``: "the next day", or the
#: date of the sentence before).
DATED_BY = ("explicit", "anchor", "narrative")


@dataclass(frozen=True, slots=True)
class Anchor:
    """The date a segment was written: what relative expressions in it are resolved against.

    ``date`` is None when it is unknown; then mentions keep underspecified values. It is never guessed from today.
    """

    date: dt.date | None
    source: str = "none"
    confidence: float = 0.0
    granularity: str = "day"
    evidence: str = ""

    @property
    def known(self) -> bool:
        return self.date is not None


NO_ANCHOR = Anchor(None, "none", 0.0, "day", "")


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of a document with one writing date (an article, a forum post, a comment block)."""

    start: int
    end: int
    anchor: Anchor = NO_ANCHOR
    #: ``article``, ``post``, ``comments``, ``quote`` (a near-exact repeat of an earlier block) or ``navigation``.
    kind: str = "article"
    #: Index (in ``Document.segments``) of the earlier segment this one repeats, so its events are not counted twice.
    repeat_of: int | None = None
    #: What opened the segment (``headline``, ``byline``, ``post-header``, ``comments``, ``gap``...), for checking.
    boundary: str = ""


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    path: str
    text: str
    segments: tuple[Segment, ...] = ()
    title: str | None = None
    url: str | None = None
    source: str | None = None
    lang: str | None = None
    #: How the text was obtained (e.g. ``text:utf-8``, ``stdin``), so offsets can be checked against the same bytes.
    reader: str = "text"
    #: The writing date a manifest or a record states for the whole document (most trusted anchor), if any.
    published: dt.date | None = None
    #: The publication date an HTML page states in its own metadata (``html-meta`` anchor), if any.
    meta_published: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """A temporal expression as a TIMEX3: ``value`` follows the TimeML value grammar (``2016-10-14``, ``P2W``,
    ``XXXX-10-14``, ``PAST_REF``). ``anchor`` says what the value was resolved against."""

    start: int
    end: int
    text: str
    type: str
    value: str
    anchor: str = "none"
    doc: str = ""
    segment: int = 0
    mod: str | None = None


@dataclass(frozen=True, slots=True)
class Source:
    """Where an event was reported: the sentence (quote) and the mention that dates it (None when no expression of
    the sentence does: an event dated by its segment's writing date or by the sentence before)."""

    doc: str
    segment: int
    start: int
    end: int
    quote: str
    mention: int | None
    trigger: str = ""
    trigger_start: int | None = None
    trigger_end: int | None = None
    #: the trigger's lemma ("pass" for "passed"): what merging compares
    trigger_lemma: str = ""
    #: how the date was found: one of ``DATED_BY``
    dated_by: str = "explicit"


@dataclass(frozen=True, slots=True)
class Event:
    """Something that happened on a date, with every place it was reported.

    ``start``/``end`` are ISO dates or datetimes; ``end`` is exclusive.
    """

    id: str
    start: str
    end: str
    granularity: str
    value: str
    title: str
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True, slots=True)
class Timeline:
    documents: tuple[Document, ...] = ()
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    undated: tuple[Event, ...] = field(default=())
