"""Salience of each event, and ``summarize``: the K dates that matter in a timeline, with the sentences that say
what happened on each.

Both work from what a Timeline holds without the article texts (events with their quoted sentences, each
document's writing dates, the mentions' values), so a pile of thousands of articles is summarised from the
quotes alone.

Salience counts *documents*, not sentences: a day reported by three articles outranks a day one article repeats
three times. What does not count:

- **repeated lines**: a sentence found word for word in many documents written on different days is a sidebar,
  an advert or a standing fact box, not a report; it carries no weight and is never quoted;
- **stamps**: reader comments, and a calendar date naming the article's own writing day in its first sentence
  or next to a clock time (the dateline or "last updated" line run into the lead); outside the sentences of
  events, a calendar date with a year or a clock time naming the writing day ("8 November 2011 Last updated
  at 14:07 GMT") is the page's stamp too;
- **coarse mentions**: a report dated only by "last month" or "in May" that merging attached to a day event
  supports that event but not the day;
- **off-topic reports** are down-weighted: each document's report of a day counts by how close its sentence is
  to the story (the keywords given, else all the story's sentences);
- **busy days** weigh a little less: a day several articles name, each for something else, is scaled by how
  much their sentences about it agree (AGREEMENT_*), so a day they all tell the same way goes first;
- **one story over two adjacent days** ("yesterday" in one article, "today" in another) is one date: once a day
  is chosen, its neighbour with similar sentences needs more evidence to be chosen as well.

Date selection follows the finding of DATEWISE (Ghalandari & Ifrim 2020) that the days most often *referred to*
across articles are the ones journalists put in timelines: every document referring to the day counts, more
when it names the day by its calendar date a week or more later (the day is remembered) or in its lead (the
day is what the article is about), less when it was written before the day (announced) or names the day only
outside the sentences of events; how many articles were written on the day counts a little. Sentences are
chosen per day by closeness to the story's keywords and centrality among the day's sentences, the way
extractive summarisers do, preferring the day's own reports and skipping near-repeats.

Tried on the dev topics and left out because they did not help there: damping days by the coverage around
them, spreading dates over the range, counting a document's repeated references to a day, counting the
distinct days a day is referred from, extra weight for calendar dates in general, lead sentences for days with
articles but no dated report, penalties for quotations or long sentences in the sentence choice. Also tried
and left out (each within +-0.005 date F1 of the ranking kept, or worse): dividing a day by the coverage of the
days around it (windows of 3-15 days, by articles written or by reporting documents), a minimum spacing between
chosen days scaled to the range over K, a same-story penalty for neighbours two to five days apart, novelty
against the previous days' sentences, a document's weight scaled by how many days it names (both ways), extra
weight for chronologies, agreement across publishers, per-document topicality for documents that name a day
outside event sentences, keywords without time words or stamps, days with articles but no report as candidates,
and a floor of content words per summary sentence. A logistic regression over the day counts used here
(documents, publications, retrospective, explicit, lead, ahead, distinct writing days) ranks no better than the
score kept. Tried later against the score with its tie-breaks (t17-dev date F1 0.7133), all no better: a day's
score divided by the articles written around it to a power (+-15/30/45 days, powers 0.2-1: 0.677-0.707), shares
of K per month or per range/K window in proportion to the window's score to a power 0.5-1 (0.654-0.703), a soft
penalty decaying with the distance to chosen days (0.695-0.708), a report dated only by its writing day moved in
part to the day before (0.708-0.710), the same-story penalty for the later neighbour only, or the earlier neighbour
taking the later one's place (0.710-0.712), topicality capped above the median (0.699-0.710), publications weighted
by their topicality or counted only when they report something (0.709-0.713), days named only outside event
sentences as candidates (0.7133), a page stamp dated the day after its writing date left out (0.7133), a growing
weight for later retrospective reports (0.698-0.713), and the lead, publication, retrospective, ahead and
mention-only weights moved one at a time (0.704-0.714). Tried against the score with agreement (AGREEMENT_*; t17-dev
date F1 0.7142, 0.7114 without), all no better: a whole document's topicality (its quotes' centroid against the
story's keywords or the centroid of all documents, over the median or lower quartile document, times or instead of
the sentence's; 0.701-0.711), a document's agreement with the other reports of the day (leave-one-out cosine)
instead of or on top of the day's (0.711-0.715), each report divided by the articles written within 3 or 7 days of
its writing day to a power 0.1-0.35 (all reports: 0.694-0.708; retrospective ones only: 0.707-0.711), a day no
article reports within two days, though articles were written then, scaled by 0.5 or 0.75 (0.706-0.715), and
RETROSPECTIVE_DAYS 3-14, LEAD_CHARS 250 / 600, ADJACENT_SIMILARITY 0.2 / 0.4, ADJACENT_PENALTY 0.3 / 0.7,
SAME_STORY_SIMILARITY 0.5 / 0.7, OFF_TOPIC_FLOOR 0.1 / 0.5, KEYWORDS 15 / 50, TOPIC_POWER 0.5 / 2, BOILERPLATE_DAYS
2 / 5 moved one at a time without agreement (0.695-0.713); with it, ADJACENT_PENALTY 0.3 / 0.7, ADJACENT_SIMILARITY
0.25 / 0.35, OFF_TOPIC_FLOOR 0.1 / 0.2, TOPIC_POWER 0.5 / 2, PUBLISHED_WEIGHT 0.1 / 0.5, MENTION_ONLY_WEIGHT 0.3 / 1
(0.697-0.715). A reader-comment stamp without "on" ("At 21:12 4th Apr 2009 , X wrote :") read as a comment block
(7 pages) scores 0.701: one 7-of-8-days timeline drops a different day.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

from .model import Document, Event, Mention, Source, Timeline

# -- weights and thresholds (set on the t17-dev topics with `timeline evaluate --tls`, see README) ---------------
#
# How they were measured: each was swept one at a time around its value on t17-dev (11 timelines, the cached
# extractions, `rank.summarize` re-scored per setting) and sits at a local optimum: moving any one alone changes
# the macro date F1 by at most 0.002 (the values below scored 0.701 at the time). The sentence-choice weights
# (KEYWORD_WEIGHT to REPORT_SENTENCE_BONUS, REDUNDANT_SIMILARITY, MIN/MAX_WORDS) choose no date; swept the same
# way against the align+ m:1 ROUGE-1 (AR1 0.1366 with the values below, date F1 0.685 throughout):
# KEYWORD_WEIGHT 1 / 3 / 6 0.1324 / 0.1366 / 0.1371; SUPPORT_WEIGHT 0 / 0.05 / 0.2 0.1377 / 0.1366 / 0.1350;
# REPORT_SENTENCE_BONUS 0 / 0.5 / 1 0.1347 / 0.1366 / 0.1368; REDUNDANT_SIMILARITY 0.3 / 0.5 / 0.7 0.1362 /
# 0.1366 / 0.1370; MIN_WORDS 4 / 6 / 10 0.1366 / 0.1366 / 0.1363; MAX_WORDS 40 / 60 / 90 0.1317 / 0.1366 /
# 0.1331. No move gains more than 0.001: all kept.
# Ties: days of equal score (one article each, say, which is common in a small pile) go to the day named by more
# expressions (stamps left out), then the earlier: t17-dev date F1 / AR1 0.7035 / 0.1416 -> 0.7059 / 0.1422 (one
# more day of the 37 right on the MJ timeline). Counting the expressions as weight instead (each adding 0.05 / 0.2,
# or 0.1 / 0.5 times the log of their number) scores 0.7059 / 0.6807 / 0.7059 / 0.7035: no better than the tie-break.
# Ties left then go to the day whose sentences are closer to the story's keywords (a single article's lead about
# the trial before one about a tribute concert): 0.7059 / 0.1422 -> 0.7133 / 0.1431 (MJ 0.486 -> 0.568); closer to
# the centroid of every sentence instead: 0.7133 / 0.1427. Closeness as weight rather than tie-break (the day's
# score times (closeness / median)^p, p 0.05 / 0.1 / 0.2 / 0.35): 0.7128 / 0.7128 / 0.7131 / 0.7074: no better.

#: A document writing about a day on that day or the next: the plain report.
REPORT_WEIGHT = 1.0
#: A document that dates the event more than a day after it: the day is remembered, the strongest sign.
RETROSPECTIVE_WEIGHT = 1.5
#: ... written more than this many days after it.
RETROSPECTIVE_DAYS = 7
#: A document written before the day (something scheduled or announced): weaker than a report.
AHEAD_WEIGHT = 0.5
#: A report in the first LEAD_CHARS characters of its article (its lead: what the article is about) counts
#: (1 + LEAD_BONUS) times.
LEAD_BONUS = 1.0
LEAD_CHARS = 400
#: A report dated only by its article's writing date, past the article's lead (LEAD_CHARS), counts this much: the
#: writing day of every article that reports anything would otherwise gain from it (coverage, not news).
#: t17-dev date F1 / AR1: 1.0 -> 0.699 / 0.1405, 0.5 -> 0.7035 / 0.1411, 0.25 -> 0.7035 / 0.1416,
#: 0 -> 0.7035 / 0.1415. With present-perfect clauses past the lead also anchor-dated (more of them): 0.25 ->
#: 0.695 / 0.154, 0 -> 0.698 / 0.154 (the writing day gains nothing from them; their sentences still serve).
ANCHOR_WEIGHT = 0.0
#: A document that names a day only outside the sentences of events counts this much.
MENTION_ONLY_WEIGHT = 0.6
#: Each document written on the day adds this much to the day (publication counts, as in DATEWISE).
PUBLISHED_WEIGHT = 0.25
#: A sentence repeated word for word in at least this many documents ...
BOILERPLATE_DOCUMENTS = 3
#: ... written on at least this many different days is boilerplate (syndicated copies of one report share a day).
BOILERPLATE_DAYS = 3
#: A day whose sentences share no keyword of the story keeps this share of its score.
OFF_TOPIC_FLOOR = 0.3
#: How strongly a document's topicality (``_topicality``) scales its weight; 0 turns it off.
TOPIC_POWER = 1.0
#: A day reported by at least AGREEMENT_DOCUMENTS documents is scaled by how much they agree on what happened:
#: each document's sentences about the day against the other documents' (leave-one-out cosine), averaged, over
#: the median day's, capped at AGREEMENT_CAP and raised to AGREEMENT_POWER. A day every article reports
#: differently (a busy news day: many stories, no one event) weighs less than one they all tell the same way.
#: t17-dev date F1 / AR1 (0.7114 / 0.1430 without): power 0.15 / 0.25 / 0.35 / 0.5 / 1 at cap 1.5 0.7123 /
#: 0.7142 / 0.7123 / 0.7104 / 0.6973; cap 1 / 1.25 / 1.5 / 2 / 3 at power 0.25 0.7123 / 0.7142 / 0.7142 / 0.7123
#: / 0.7123; at least 2 / 3 / 5 documents 0.7142 / 0.7142 / 0.7142 (power 0.25, cap 1.5; AR1 0.1429).
AGREEMENT_DOCUMENTS = 3
AGREEMENT_POWER = 0.25
AGREEMENT_CAP = 1.25
#: How many keywords stand for the story when none are given (the words in most documents' quotes).
KEYWORDS = 30
#: A chosen day's neighbour (one day apart) whose sentences are this similar (cosine) tells the same story...
ADJACENT_SIMILARITY = 0.3
#: ... and keeps only this share of its score.
ADJACENT_PENALTY = 0.5
#: ... and when they are this similar, they tell the same story: it keeps only SAME_STORY_PENALTY.
SAME_STORY_SIMILARITY = 0.6
SAME_STORY_PENALTY = 0.3
#: Sentences more similar than this (cosine) to one already chosen for the day say the same thing: skipped.
REDUNDANT_SIMILARITY = 0.5
#: Sentences shorter or longer than this (in words) make poor summary lines: headlines run into bylines, lists.
MIN_WORDS, MAX_WORDS = 6, 60
#: Weight of a sentence's closeness to the story's keywords against its centrality among the day's sentences.
KEYWORD_WEIGHT = 3.0
#: How much a sentence found in several of the day's reports gains (times ln of their number).
SUPPORT_WEIGHT = 0.05
#: A sentence from an article written on the day or within two days after it (the day's own report, which says
#: what happened) scores (1 + REPORT_SENTENCE_BONUS) times one that mentions the day in passing later.
REPORT_SENTENCE_BONUS = 0.5
#: Without --dates: keep the days whose score is at least this share of the best day's ...
AUTO_SHARE = 0.25
#: ... between these bounds.
AUTO_MIN, AUTO_MAX = 5, 30

FINE = ("time", "day")
#: A sentence starting this few characters into its segment is the segment's first (where stamps sit).
FIRST_SENTENCE_SLACK = 2
#: Segment kinds whose sentences report events (not reader comments, navigation or quoted repeats).
REPORT_SEGMENTS = ("article", "post")

_WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_CLOCK = re.compile(r"(?<!\d)\d{1,2}[:.]\d{2}(?!\d)")


def _stopwords() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def words(text: str, stop: frozenset[str]) -> list[str]:
    """Lower-cased content words (letters only, no stopwords): what similarity and keywords compare."""
    return [w for w in (m.group().lower() for m in _WORD.finditer(text)) if w not in stop]


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


# -- what ranking knows about the corpus ---------------------------------------------------------------------------


@dataclass
class Corpus:
    """What ranking needs to know about documents and mentions, without their texts: each segment's writing
    date, each document's publisher, each mention's value and text (by global index). Built from a Timeline
    (``of``) or while documents stream through ``extract`` (``add``)."""

    written: dict[str, tuple[dt.date | None, ...]] = field(default_factory=dict)
    #: documents' segments that are not reports (reader comments, navigation, quoted repeats), by index
    not_reports: set[tuple[str, int]] = field(default_factory=set)
    #: where each document's segments start (a stamp sits in a segment's first sentence)
    segment_starts: dict[str, tuple[int, ...]] = field(default_factory=dict)
    publisher: dict[str, str] = field(default_factory=dict)
    mention_values: list[str] = field(default_factory=list)
    #: per mention: EXPLICIT (its text has a digit: "April 20") | WITH_YEAR (it states a year: "20 April 2010")
    mention_flags: bytearray = field(default_factory=bytearray)
    #: per mention, its document and segment, for days named outside any event's sentence (parallel arrays, not
    #: a tuple each: a long run holds millions)
    mention_docs: list[str] = field(default_factory=list)
    mention_segments: array = field(default_factory=lambda: array("I"))

    EXPLICIT, WITH_YEAR = 1, 2

    @classmethod
    def flags(cls, text: str) -> int:
        return (cls.EXPLICIT if any(ch.isdigit() for ch in text) else 0) | (cls.WITH_YEAR if _YEAR.search(text) else 0)

    def add(self, doc: Document, mentions: Iterable[Mention] = ()) -> None:
        self.written[doc.id] = tuple(s.anchor.date for s in doc.segments) or (doc.published,)
        self.not_reports.update((doc.id, i) for i, s in enumerate(doc.segments) if s.kind not in REPORT_SEGMENTS)
        self.segment_starts[doc.id] = tuple(s.start for s in doc.segments)
        if doc.source:
            self.publisher[doc.id] = doc.source
        for m in mentions:
            self.mention_values.append(m.value)
            self.mention_flags.append(self.flags(m.text))
            self.mention_docs.append(m.doc)
            self.mention_segments.append(m.segment)

    @classmethod
    def of(cls, tl: Timeline) -> Corpus:
        corpus = cls()
        for d in tl.documents:
            corpus.add(d)
        corpus.mention_values = [m.value for m in tl.mentions]
        corpus.mention_flags = bytearray(cls.flags(m.text) for m in tl.mentions)
        corpus.mention_docs = [m.doc for m in tl.mentions]
        corpus.mention_segments = array("I", (m.segment for m in tl.mentions))
        return corpus

    def written_on(self, s: Source) -> dt.date | None:
        dates = self.written.get(s.doc, ())
        return dates[s.segment] if s.segment < len(dates) else (dates[0] if dates else None)

    def fine(self, s: Source) -> bool | None:
        """Whether the expression that dates ``s`` names a day or a time (None when the mentions are unknown)."""
        if s.mention is None or s.mention >= len(self.mention_values):  # dated by its article: no expression
            return None
        value = self.mention_values[s.mention]
        return len(value) >= 10 and value[4:5] == "-" and value[7:8] == "-" and value[8:10].isdigit()

    def explicit(self, s: Source) -> bool | None:
        """Whether ``s`` is dated by a calendar date ("April 20", "20/4") rather than "yesterday" or "Tuesday"."""
        if s.mention is None or s.mention >= len(self.mention_flags):
            return None
        return bool(self.mention_flags[s.mention] & self.EXPLICIT)

    def segment_start(self, s: Source) -> int:
        starts = self.segment_starts.get(s.doc, ())
        return starts[s.segment] if s.segment < len(starts) else 0

    def stamp(self, s: Source) -> bool:
        """Whether ``s`` is a stamp rather than a report: in reader comments or navigation, or a calendar date
        naming the day its own article was written (or the day before: time zones) that is either in the
        segment's first sentence (headline, byline and dateline run together) or next to a clock time
        ("May 27 , 2010 4:38 PM": a post or update stamp). A report of the writing day says "today" or "on
        Tuesday" instead."""
        if (s.doc, s.segment) in self.not_reports:
            return True
        if (
            s.mention is None
            or s.mention >= len(self.mention_flags)
            or not self.mention_flags[s.mention] & self.EXPLICIT
        ):
            return False
        written = self.written_on(s)
        if written is None:
            return False
        value = self.mention_values[s.mention][:10]
        if value not in (written.isoformat(), (written - dt.timedelta(days=1)).isoformat()):
            return False
        starts = self.segment_starts.get(s.doc, ())
        first = s.start <= (starts[s.segment] if s.segment < len(starts) else 0) + FIRST_SENTENCE_SLACK
        return first or bool(self.mention_flags[s.mention] & self.WITH_YEAR) or bool(_CLOCK.search(s.quote))

    def mention_stamp(self, i: int, day: dt.date) -> bool:
        """Whether mention ``i`` (of ``day``) outside any event's sentence is its article's stamp: a calendar date
        with a year, or a clock time, naming the day the article was written (or the day before: time zones),
        as in "8 November 2011 Last updated at 14:07 GMT". Such a line says when the page was written, not
        what happened."""
        flags = self.mention_flags[i]
        if not flags & self.EXPLICIT:
            return False
        if not (flags & self.WITH_YEAR or "T" in self.mention_values[i][10:11]):
            return False
        dates = self.written.get(self.mention_docs[i], ())
        seg = self.mention_segments[i]
        written = dates[seg] if seg < len(dates) else (dates[0] if dates else None)
        return written is not None and 0 <= (written - day).days <= 1


def boilerplate(events: Iterable[Event], corpus: Corpus) -> frozenset[str]:
    """Normalised quotes repeated in BOILERPLATE_DOCUMENTS documents written on BOILERPLATE_DAYS different days."""
    docs: dict[str, set[str]] = defaultdict(set)
    days: dict[str, set] = defaultdict(set)
    for e in events:
        for s in e.sources:
            q = _norm(s.quote)
            docs[q].add(s.doc)
            days[q].add(corpus.written_on(s))
    return frozenset(q for q, d in docs.items() if len(d) >= BOILERPLATE_DOCUMENTS and len(days[q]) >= BOILERPLATE_DAYS)


# -- salience of one event ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Salience:
    """How much an event matters, and the counts it is made of (so a ranking can be explained)."""

    score: float
    #: distinct documents that report the event at its own granularity (repeated lines left out)
    documents: int
    #: distinct publishers among them (documents with a known source)
    publishers: int
    #: documents that date it by a calendar date ("April 20") / by a relative one ("yesterday", "on Tuesday")
    explicit: int
    relative: int
    #: documents written more than a day after it (it is remembered) / before it (it was announced)
    retrospective: int
    ahead: int
    #: sources left out: dated only coarsely ("last month") while the event is finer / repeated lines
    coarse: int
    boilerplate: int

    def as_dict(self) -> dict:
        return {
            "score": round(self.score, 3),
            "documents": self.documents,
            "publishers": self.publishers,
            "explicit": self.explicit,
            "relative": self.relative,
            "retrospective": self.retrospective,
            "ahead": self.ahead,
            "coarse": self.coarse,
            "boilerplate": self.boilerplate,
        }


def _event_day(e: Event) -> dt.date | None:
    try:
        return dt.date.fromisoformat(e.start[:10])
    except ValueError:
        return None


def _event_last_day(e: Event) -> dt.date | None:
    try:
        end = dt.date.fromisoformat(e.end[:10])
    except ValueError:
        return _event_day(e)
    first = _event_day(e)
    last = end - dt.timedelta(days=1) if e.end[10:] in ("", "T00:00") else end
    return max(first, last) if first else last


def _timing_weight(
    written: dt.date | None, first: dt.date | None, last: dt.date | None, explicit: bool | None = True
) -> tuple[float, str]:
    """How much one document's report counts, from when it was written: before the event (announced), long
    after it by its calendar date (remembered: "the April 20 explosion"), or around it (a report: "on Tuesday"
    written on Friday is still the week's news)."""
    if written is None or first is None or last is None:
        return REPORT_WEIGHT, "report"
    if written < first:
        return AHEAD_WEIGHT, "ahead"
    if (written - last).days > RETROSPECTIVE_DAYS and explicit is not False:
        return RETROSPECTIVE_WEIGHT, "retrospective"
    return REPORT_WEIGHT, "report"


def counted_sources(e: Event, corpus: Corpus, repeated: frozenset[str]) -> tuple[list[Source], int, int]:
    """(sources that count for ``e``, coarse ones left out, repeated lines and datelines left out)."""
    fine_event = e.granularity in FINE
    kept, coarse, boiler = [], 0, 0
    for s in e.sources:
        if _norm(s.quote) in repeated or corpus.stamp(s):
            boiler += 1
        elif fine_event and corpus.fine(s) is False:
            coarse += 1
        else:
            kept.append(s)
    return kept, coarse, boiler


def salience(e: Event, corpus: Corpus, repeated: frozenset[str] = frozenset()) -> Salience:
    """The event's salience: each distinct document that reports it counts once, weighted by when it was
    written relative to the event (``_timing_weight``); a bonus for every further publisher."""
    kept, coarse, boiler = counted_sources(e, corpus, repeated)
    first, last = _event_day(e), _event_last_day(e)
    by_doc: dict[str, Source] = {}
    for s in kept:
        by_doc.setdefault(s.doc, s)
    score, kinds = 0.0, Counter()
    explicit = relative = 0
    for _doc, s in by_doc.items():
        w, kind = _timing_weight(corpus.written_on(s), first, last, corpus.explicit(s))
        score += w
        kinds[kind] += 1
        how = corpus.explicit(s)
        explicit += how is True
        relative += how is False
    publishers = {corpus.publisher[d] for d in by_doc if d in corpus.publisher}
    return Salience(
        score, len(by_doc), len(publishers), explicit, relative, kinds["retrospective"], kinds["ahead"], coarse, boiler
    )


def saliences(events: Sequence[Event], corpus: Corpus) -> dict[str, Salience]:
    """Event id -> salience, for every event (the repeated lines found over all of them)."""
    repeated = boilerplate(events, corpus)
    return {e.id: salience(e, corpus, repeated) for e in events}


# -- similarity ----------------------------------------------------------------------------------------------------


class _Vectors:
    """TF-IDF bags of words and their cosine. Hand-written: a few dozen lines over Counters, where a vectoriser
    library (scikit-learn) would be a heavy new dependency for this one use."""

    def __init__(self, texts: Iterable[str], stop: frozenset[str]) -> None:
        self.stop = stop
        df: Counter = Counter()
        n = 0
        for t in texts:
            df.update(set(words(t, stop)))
            n += 1
        self.idf = {w: math.log((1 + n) / (1 + c)) + 1 for w, c in df.items()}
        self._default = math.log(1 + n) + 1

    def vector(self, text: str) -> dict[str, float]:
        counts = Counter(words(text, self.stop))
        v = {w: c * self.idf.get(w, self._default) for w, c in counts.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        return {w: x / norm for w, x in v.items()}

    @staticmethod
    def cosine(a: dict[str, float], b: dict[str, float]) -> float:
        if len(a) > len(b):
            a, b = b, a
        return sum(x * b[w] for w, x in a.items() if w in b)

    @staticmethod
    def centroid(vectors: Iterable[dict[str, float]]) -> dict[str, float]:
        total: dict[str, float] = defaultdict(float)
        for v in vectors:
            for w, x in v.items():
                total[w] += x
        norm = math.sqrt(sum(x * x for x in total.values())) or 1.0
        return {w: x / norm for w, x in total.items()}


# -- summarize ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SummarySentence:
    text: str
    doc: str
    start: int
    end: int
    event: str

    def as_dict(self) -> dict:
        return {"text": self.text, "doc": self.doc, "start": self.start, "end": self.end, "event": self.event}


@dataclass(frozen=True)
class SummaryDate:
    date: str
    score: float
    sentences: tuple[SummarySentence, ...]

    def as_dict(self) -> dict:
        return {"date": self.date, "score": round(self.score, 3), "sentences": [s.as_dict() for s in self.sentences]}


@dataclass
class _Day:
    date: dt.date
    score: float = 0.0
    #: document -> weight of its report of the day (a document counts once, with its best weight)
    documents: dict[str, float] = field(default_factory=dict)
    #: candidate sentences: (source, event id)
    sentences: list[tuple[Source, str]] = field(default_factory=list)
    vector: dict[str, float] = field(default_factory=dict)
    #: documents written on the day
    published: int = 0
    #: expressions naming the day (stamps left out), in event sentences or not: breaks ties between equal scores
    mentions: int = 0
    #: cosine of the day's sentences (their centroid) with the story's keywords: breaks the ties left
    closeness: float = 0.0


def _days(
    tl: Timeline, corpus: Corpus, start: dt.date | None, end: dt.date | None, repeated: frozenset[str]
) -> dict[dt.date, _Day]:
    """Every day (in range) some document reports, with the documents and sentences that report it."""
    days: dict[dt.date, _Day] = {}
    for e in tl.events:
        if e.granularity not in FINE:
            continue
        day = _event_day(e)
        if day is None or (start and day < start) or (end and day > end):
            continue
        kept, _, _ = counted_sources(e, corpus, repeated)
        if not kept:
            continue
        d = days.setdefault(day, _Day(day))
        for s in kept:
            w, _ = _timing_weight(corpus.written_on(s), day, day, corpus.explicit(s))
            if LEAD_BONUS and s.start - corpus.segment_start(s) <= LEAD_CHARS:
                w *= 1 + LEAD_BONUS
            elif s.dated_by == "anchor":
                w *= ANCHOR_WEIGHT
            if w > d.documents.get(s.doc, 0.0):
                d.documents[s.doc] = w
            d.sentences.append((s, e.id))
    # every expression naming the day (not a stamp) is counted, to break ties between days of equal score; a
    # document that names the day only outside any event's sentence (a list, a caption, a verbless line) counts
    # for the day, less than a report (and no less for an anchor-dated clause of its that weighs less still)
    for i, value in enumerate(corpus.mention_values):
        if len(value) < 10 or value[4:5] != "-" or value[7:8] != "-" or not value[8:10].isdigit():
            continue
        doc, seg = corpus.mention_docs[i], corpus.mention_segments[i]
        if (doc, seg) in corpus.not_reports or doc not in corpus.written:
            continue
        try:
            day = dt.date.fromisoformat(value[:10])
        except ValueError:
            continue
        if (start and day < start) or (end and day > end) or day not in days:
            continue
        if corpus.mention_stamp(i, day):
            continue
        d = days[day]
        d.mentions += 1
        if MENTION_ONLY_WEIGHT > d.documents.get(doc, 0.0):
            d.documents[doc] = MENTION_ONLY_WEIGHT
    written: Counter = Counter()
    for _doc, dates in corpus.written.items():
        if dates and dates[0] is not None:
            written[dates[0]] += 1
    for day, d in days.items():
        d.published = written.get(day, 0)
        d.score = _day_score(d)
    return days


def _day_score(d: _Day, on_topic: dict[tuple[dt.date, str], float] | None = None) -> float:
    """Each reporting document's weight (times its topicality, when known), plus the day's publication count."""
    total = 0.0
    for doc, w in d.documents.items():
        total += w * (on_topic.get((d.date, doc), 1.0) if on_topic else 1.0)
    return total + PUBLISHED_WEIGHT * d.published


def _topicality(
    days: dict[dt.date, _Day], vectors: _Vectors, topic: dict[str, float] | None
) -> dict[tuple[dt.date, str], float]:
    """(day, document) -> how much what the document says about the day is about the story, in [0, 1]: the best
    cosine of those sentences with the story (the keywords given, else the centroid of every sentence)
    relative to the median sentence's, capped at 1 and raised to TOPIC_POWER. A radio schedule's "on Tuesday"
    in a pile about a trial weighs little, even when the page's sidebar names the story."""
    sentence_vectors = {}
    for d in days.values():
        for s, _ in d.sentences:
            if s.quote not in sentence_vectors:
                sentence_vectors[s.quote] = vectors.vector(s.quote)
    if not sentence_vectors:
        return {}
    centre = topic or _Vectors.centroid(sentence_vectors.values())
    sims = {q: _Vectors.cosine(v, centre) for q, v in sentence_vectors.items()}
    ordered = sorted(sims.values())
    median = ordered[len(ordered) // 2] or 1.0
    best: dict[tuple[dt.date, str], float] = {}
    for d in days.values():
        for s, _ in d.sentences:
            key = (d.date, s.doc)
            best[key] = max(best.get(key, 0.0), sims[s.quote])
    return {key: min(1.0, sim / median) ** TOPIC_POWER for key, sim in best.items()}


def _agreement(days: dict[dt.date, _Day], vectors: _Vectors) -> dict[dt.date, float]:
    """Day -> how much the documents reporting it agree on what happened (AGREEMENT_*), for the days at least
    AGREEMENT_DOCUMENTS documents report: the mean over documents of the cosine of a document's sentences about
    the day with the other documents' (their summed vectors), over the median day's, capped at AGREEMENT_CAP,
    to the power AGREEMENT_POWER."""
    cache: dict[str, dict[str, float]] = {}
    raw: dict[dt.date, float] = {}
    for d in days.values():
        by_doc: dict[str, list[dict[str, float]]] = defaultdict(list)
        for s, _ in d.sentences:
            v = cache.get(s.quote)
            if v is None:
                v = cache[s.quote] = vectors.vector(s.quote)
            by_doc[s.doc].append(v)
        if len(by_doc) < AGREEMENT_DOCUMENTS:
            continue
        doc_vectors = [_Vectors.centroid(vs) for _, vs in sorted(by_doc.items())]
        total: dict[str, float] = defaultdict(float)
        for v in doc_vectors:
            for w, x in v.items():
                total[w] += x
        total_sq = sum(x * x for x in total.values())
        sims = []
        for v in doc_vectors:  # cosine of v with (total - v), without building the difference
            own = sum(x * x for x in v.values())
            with_total = sum(x * total[w] for w, x in v.items())
            norm_sq = total_sq - 2 * with_total + own
            sims.append((with_total - own) / math.sqrt(own * norm_sq) if own and norm_sq > 1e-12 else 0.0)
        raw[d.date] = sum(sims) / len(sims)
    if not raw:
        return {}
    ordered = sorted(raw.values())
    median = ordered[len(ordered) // 2]
    if median <= 0:
        return {}
    return {date: min(AGREEMENT_CAP, max(0.0, a) / median) ** AGREEMENT_POWER for date, a in raw.items()}


def story_keywords(tl: Timeline, stop: frozenset[str], n: int | None = None) -> list[str]:
    """The ``n`` (default KEYWORDS) words the most documents' quotes use: what the story is about."""
    n = KEYWORDS if n is None else n
    per_doc: dict[str, set[str]] = defaultdict(set)
    for e in tl.events:
        for s in e.sources:
            per_doc[s.doc].update(words(s.quote, stop))
    df: Counter = Counter()
    for ws in per_doc.values():
        df.update(ws)
    return [w for w, _ in sorted(df.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]


def _choose_days(days: dict[dt.date, _Day], k: int) -> list[_Day]:
    """Greedy, best score first (of equal scores, the day named by more expressions, then the day whose sentences
    are closer to the story, then the earlier); a candidate one day from a chosen day, with similar sentences, is
    re-scored down (ADJACENT_PENALTY) and goes back in line."""
    chosen: dict[dt.date, _Day] = {}
    penalised: set[dt.date] = set()
    pool = list(days.values())
    scores = {d.date: d.score for d in pool}
    while pool and len(chosen) < k:
        pool.sort(key=lambda d: (-scores[d.date], -d.mentions, -d.closeness, d.date))
        best = pool.pop(0)
        if best.date not in penalised:
            near = [
                chosen[x] for x in (best.date - dt.timedelta(days=1), best.date + dt.timedelta(days=1)) if x in chosen
            ]
            factor = 1.0
            closest = max((_Vectors.cosine(best.vector, n.vector) for n in near), default=0.0)
            if closest >= SAME_STORY_SIMILARITY:
                factor *= SAME_STORY_PENALTY
            elif closest >= ADJACENT_SIMILARITY:
                factor *= ADJACENT_PENALTY
            if factor < 1.0:
                penalised.add(best.date)
                scores[best.date] *= factor
                pool.append(best)
                continue
        chosen[best.date] = best
    return [chosen[d] for d in sorted(chosen)]


def _auto_k(days: dict[dt.date, _Day]) -> int:
    if not days:
        return 0
    top = max(d.score for d in days.values())
    k = sum(1 for d in days.values() if d.score >= AUTO_SHARE * top)
    return max(min(AUTO_MIN, len(days)), min(k, AUTO_MAX))


def summarize(
    timeline: Timeline,
    dates: int | None = None,
    sentences: int = 2,
    start: dt.date | None = None,
    end: dt.date | None = None,
    keywords: Sequence[str] | None = None,
    corpus: Corpus | None = None,
) -> list[SummaryDate]:
    """The ``dates`` days that matter between ``start`` and ``end`` (inclusive), each with up to ``sentences``
    sentences taken from the events' sources, in date order. Without ``dates``, K is chosen from the data
    (the days scoring at least AUTO_SHARE of the best). No sentence appears twice; repeated lines never do.
    ``keywords`` say what the story is about (default: the words the most documents use)."""
    corpus = corpus or Corpus.of(timeline)
    stop = _stopwords()
    repeated = boilerplate(timeline.events, corpus)
    days = _days(timeline, corpus, start, end, repeated)
    if not days:
        return []
    vectors = _Vectors((s.quote for d in days.values() for s, _ in d.sentences), stop)
    topic_words = [w.lower() for w in keywords] if keywords else story_keywords(timeline, stop)
    topic = vectors.vector(" ".join(topic_words))
    topic_set = frozenset(topic_words)
    if TOPIC_POWER:
        on_topic = _topicality(days, vectors, topic if keywords else None)
        for d in days.values():
            d.score = _day_score(d, on_topic)
    for d in days.values():
        d.vector = _Vectors.centroid(vectors.vector(s.quote) for s, _ in d.sentences)
        on_topic = sum(1 for s, _ in d.sentences if topic_set.intersection(words(s.quote, stop))) / max(
            1, len(d.sentences)
        )
        d.score *= OFF_TOPIC_FLOOR + (1 - OFF_TOPIC_FLOOR) * on_topic
        d.closeness = _Vectors.cosine(d.vector, topic)
    if AGREEMENT_POWER:
        for date, factor in _agreement(days, vectors).items():
            days[date].score *= factor
    k = _auto_k(days) if dates is None else dates
    used: set[str] = set()
    out = []
    for d in _choose_days(days, k):
        picked = _pick_sentences(d, sentences, vectors, topic, used, corpus.written_on)
        out.append(SummaryDate(d.date.isoformat(), d.score, tuple(picked)))
    return out


def _pick_sentences(
    day: _Day,
    limit: int,
    vectors: _Vectors,
    topic: dict[str, float],
    used: set[str],
    written_on: Callable[[Source], dt.date | None] = lambda s: None,
) -> list[SummarySentence]:
    """Up to ``limit`` sentences for the day: central among the day's sentences, close to the story and from the
    day's own reports rather than later passing mentions, each distinct from those already chosen (for this
    day: not redundant; for the whole summary: never twice)."""
    seen: dict[str, tuple[Source, str]] = {}
    for s, ev in day.sentences:
        key = _norm(s.quote)
        n = len(key.split())
        if key in used or not (MIN_WORDS <= n <= MAX_WORDS):
            continue
        if key not in seen or (s.doc, s.start) < (seen[key][0].doc, seen[key][0].start):
            seen[key] = (s, ev)
    if not seen:
        return []
    vec = {k: vectors.vector(s.quote) for k, (s, _) in seen.items()}
    support = Counter(_norm(s.quote) for s, _ in day.sentences)
    scored = []
    for key, (s, _ev) in seen.items():
        central = _Vectors.cosine(vec[key], day.vector)
        score = central + KEYWORD_WEIGHT * _Vectors.cosine(vec[key], topic) + SUPPORT_WEIGHT * math.log(support[key])
        written = written_on(s)
        if written is not None and 0 <= (written - day.date).days <= 2:
            score *= 1 + REPORT_SENTENCE_BONUS
        scored.append((-score, key))
    scored.sort()
    picked: list[SummarySentence] = []
    chosen_vecs: list[dict[str, float]] = []
    for _, key in scored:
        if len(picked) >= limit:
            break
        if any(_Vectors.cosine(vec[key], v) > REDUNDANT_SIMILARITY for v in chosen_vecs):
            continue
        s, ev = seen[key]
        picked.append(SummarySentence(s.quote, s.doc, s.start, s.end, ev))
        chosen_vecs.append(vec[key])
        used.add(key)
    return picked


# -- the summary as a timeline -------------------------------------------------------------------------------------


def summary_timeline(timeline: Timeline, summary: Sequence[SummaryDate]) -> Timeline:
    """The contract holding what the summary rests on: the events its sentences report (with all their sources),
    the documents those cite and the mentions that date them (renumbered; ``Source.mention`` indexes them)."""
    wanted = {s.event for day in summary for s in day.sentences}
    events = [e for e in timeline.events if e.id in wanted]
    old = sorted(
        {s.mention for e in events for s in e.sources if s.mention is not None and s.mention < len(timeline.mentions)}
    )
    new_index = {m: i for i, m in enumerate(old)}
    events = [
        replace(
            e,
            sources=tuple(
                replace(s, mention=None if s.mention is None else new_index.get(s.mention, 0)) for s in e.sources
            ),
        )
        for e in events
    ]
    docs = {s.doc for e in events for s in e.sources}
    return Timeline(
        tuple(d for d in timeline.documents if d.id in docs),
        tuple(timeline.mentions[m] for m in old),
        tuple(events),
        (),
    )


def summary_events(timeline: Timeline, summary: Sequence[SummaryDate]) -> Timeline:
    """The summary as one event per chosen date (title: the day's sentences; sources: where each was said), so
    the CSV, ICS and TimelineJS exports show the story a date at a time."""
    by_id = {e.id: e for e in timeline.events}
    by_source = {(s.doc, s.start, s.end): s for e in timeline.events for s in e.sources}
    out = []
    for day in summary:
        if not day.sentences:
            continue
        start = dt.date.fromisoformat(day.date)
        reporting = [by_id[s.event] for s in day.sentences if s.event in by_id]
        sources = tuple(
            by_source.get((s.doc, s.start, s.end), Source(s.doc, 0, s.start, s.end, s.text, 0)) for s in day.sentences
        )
        out.append(
            Event(
                id=f"summary-{day.date}",
                start=day.date,
                end=(start + dt.timedelta(days=1)).isoformat(),
                granularity="day",
                value=day.date,
                title=" ".join(" ".join(s.text.split()) for s in day.sentences),
                actors=tuple(dict.fromkeys(a for e in reporting for a in e.actors)),
                places=tuple(dict.fromkeys(p for e in reporting for p in e.places)),
                sources=sources,
            )
        )
    docs = {s.doc for e in out for s in e.sources}
    return Timeline(tuple(d for d in timeline.documents if d.id in docs), (), tuple(out), ())
