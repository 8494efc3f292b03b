"""The plain data that flows through the pipeline: read -> anchor -> recognise -> resolve -> events -> merge.

Every stage takes and returns these frozen dataclasses, so a stage can be tested, cached or shipped to another
process without knowing about the others. Offsets are always Python ``str`` indices into ``Document.text``
exactly as it was decoded, never into a normalised copy.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # export imports model: model imports export only inside the methods that render
    import pandas

    from .export import ExportOptions

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
    #: the trigger's lemma ("pass" for "passed"), or for a reporting verb the reported happening's: what merging
    #: compares
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
    """The result of a run: the documents (with their dated segments), every mention, the canonical dated events
    and those whose date stays underspecified. The ``to_*`` methods render it as the CLI's formats would."""

    documents: tuple[Document, ...] = ()
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    undated: tuple[Event, ...] = field(default=())

    def _render(self, fmt: str, options: ExportOptions | None) -> str:
        from .export import render

        return render(self, fmt, options).decode("utf-8")

    def to_json(self, *, include_text: bool = False, include_undated: bool = False) -> str:
        """The JSON contract (``timeline/schema/timeline.schema.json``); ``include_text`` needs the documents'
        text (``timeline.extract(..., keep_text=True)``)."""
        from .export import ExportOptions

        return self._render("json", ExportOptions(include_text=include_text, include_undated=include_undated))

    def to_csv(self, *, level: str = "events", include_undated: bool = False) -> str:
        """CSV, one row per event (``level="mentions"``: per mention), as ``--format csv`` writes it."""
        from .export import ExportOptions

        return self._render("csv", ExportOptions(level=level, include_undated=include_undated))

    def to_ics(
        self,
        *,
        title: str = "timeline",
        uid_domain: str = "timeline.local",
        dtstamp: dt.datetime | None = None,
        coarse: bool = False,
    ) -> str:
        """An iCalendar file: one VEVENT per event of day or finer granularity (``coarse``: also week, month,
        year), with stable UIDs ``<event id>@<uid_domain>``."""
        from .export import ExportOptions

        return self._render(
            "ics", ExportOptions(title=title, uid_domain=uid_domain, dtstamp=dtstamp, ics_coarse=coarse)
        )

    def to_timelinejs(self, *, title: str = "timeline", include_undated: bool = False) -> str:
        """TimelineJS3's JSON."""
        from .export import ExportOptions

        return self._render("timelinejs", ExportOptions(title=title, include_undated=include_undated))

    def to_dataframe(self, *, level: str = "events", include_undated: bool = False) -> pandas.DataFrame:
        """The CSV export's rows and columns as a pandas DataFrame, with the raw values (no spreadsheet escaping:
        that protects a file opened in a spreadsheet, not a frame); lists are joined with ``"; "``."""
        import pandas

        from .export import csv

        if level == "mentions":
            return pandas.DataFrame(csv.mention_rows(self), columns=list(csv.MENTION_COLUMNS))
        if level != "events":
            raise ValueError(f"unknown level {level!r} (choose from events, mentions)")
        urls = {d.id: d.url for d in self.documents}
        events = self.events + (self.undated if include_undated else ())
        return pandas.DataFrame([csv.event_row(e, urls) for e in events], columns=list(csv.EVENT_COLUMNS))
