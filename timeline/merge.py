"""Per-document results -> one canonical Timeline: global mention numbering, de-duplication, stable ids, order.

The only stage that sees the whole corpus. It keeps in memory only what clustering compares (dates, title,
trigger lemma, actors, places, a fingerprint and the start of the quote); every source, with its full quote, is
spilled to a temporary file as it arrives and read back once, when the canonical events are written.

Two reports are the same real-world event only when their dates are compatible (one interval inside the other: a
day inside the week or month another report gives) — the same sentence text in two articles 18 days apart is two
events — and their predicates are the same or of one family (``PREDICATE_FAMILIES``: halt/stop/pause/cease,
arrive/visit, ...; a generic "incident" meets any family when the two share two names). Then the same predicate
in near-identical text (a forum quote, a syndicated copy) is one report; reports whose titles name other actors
as the doer stay apart ("Cypriot government condemned" / "Cuban government condemned"); other words merge when
the reports share an actor or a place and their titles are alike, share two names within a week, or their
titles say the same thing. Two predicates of one document stay apart unless their titles say the same thing, or
a report of another document matches both. Clustering visits reports in an order derived from their content
alone, so the result does not depend on the order of the inputs; the canonical title is the one that names the
most of who and where.
"""

from __future__ import annotations

import hashlib
import pickle
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz

from .model import Event, Source, Timeline

GRANULARITY_ORDER = {
    g: i
    for i, g in enumerate(("time", "day", "week", "month", "quarter", "season", "year", "decade", "century", "unknown"))
}

#: A quote this similar to another (rapidfuzz ratio, 0-100) is the same text repeated: a forum quote, a
#: syndicated copy. Same-date reports of that text always merge. Swept 80-95 on the seeds' key events: the same
#: 36/47 right and 46 entries at every value (the families and dates decide first); 90 keeps edited copies apart.
REPEAT_RATIO = 90
#: Reports whose dates are compatible merge when their content (title, trigger, actors, places) is this similar.
#: Swept 60-90 on the seeds' key events: 36/47 right and 46 entries at every value; set by hand between.
CONTENT_RATIO = 72
#: How much of a quote is kept in memory for the near-repeat comparison (80, 160, 320 give the seeds the same
#: entries: a repeated sentence differs early; more costs memory per report on long runs).
QUOTE_KEPT = 160
#: A cluster is compared with at most this many of its distinct reports (single linkage, bounded so that a
#: story told 500 times costs no more than 8 comparisons per report; 2-16 give the seeds the same entries).
COMPARED_MEMBERS = 8
FINE = ("time", "day", "week", "month")
#: Reports that share an actor or a place and whose predicates are of one family merge when their titles are
#: this similar (token_set_ratio); set on the seeds' restatements ("Arrived in Damascus" / "President of Russia
#: is on visit to Damascus" share Damascus, score ~55) against distinct events that share a capital (< 45).
SHARED_NAME_RATIO = 50

#: Reports of one predicate family with compatible dates no coarser than ``CLOSE`` merge across documents when
#: they share this many name words, whatever their titles say (set on the seeds' halt of the Aleppo strikes, told
#: four ways; one shared name alone, a capital, also joins distinct events; 3 splits one seeds event in two).
SHARED_NAMES_ALONE = 2
CLOSE = ("time", "day", "week")

#: Name words shorter than this ("al", "de", "of") say nothing about who or where (2-4 give the seeds the same
#: entries; by hand).
NAME_WORD_MIN = 3

#: Predicates of one family report one kind of happening in other words, so they may be the same event. A small
#: curated table (no lexical database installs offline with its data, and the pipeline has no word vectors):
#: (name, lemmas of verbs and event nouns, example). Extend it with rows; tests cover every row.
PREDICATE_FAMILIES = (
    (
        "halt",
        "halt stop pause cease cessation ceasefire cease-fire truce suspend suspension freeze end",
        "a pause in airstrikes / airstrikes were halted / a cessation of hostilities",
    ),
    (
        "arrive",
        "arrive visit trip come travel land tour",
        "the minister arrived in Lisbon / the minister's visit to Lisbon",
    ),
    (
        "attack",
        "attack strike airstrike raid bomb bombing bombard bombardment shell shelling hit target assault fire pound",
        "warplanes struck the town / an airstrike on the town",
    ),
    ("kill", "kill die death killing slay slaying", "two soldiers were killed / the deaths of two soldiers"),
    ("meet", "meet meeting talk talks summit negotiate negotiation", "the ministers met / talks between ministers"),
    ("agree", "agree agreement sign deal accord", "they signed an agreement / the two sides agreed"),
    ("veto", "veto block reject", "Russia vetoed the resolution / Russia blocked the resolution"),
    ("begin", "begin start launch open commence resume", "the offensive began / the launch of the offensive"),
    ("withdraw", "withdraw withdrawal pull retreat leave evacuate evacuation", "troops withdrew / the withdrawal"),
)
_FAMILY_OF = {lemma: name for name, lemmas, _example in PREDICATE_FAMILIES for lemma in lemmas.split()}
#: Nouns that name a happening without saying what kind ("the April 2018 Douma incident"): of any family, so
#: they meet a report that says what happened when the two share ``SHARED_NAMES_ALONE`` names.
GENERIC_EVENT_NOUNS = frozenset("incident event episode affair tragedy".split())


def family(lemma: str) -> str:
    """The family of a trigger lemma (its first word for a phrasal verb), or the lemma itself."""
    head = lemma.split(" ")[0] if lemma else lemma
    return _FAMILY_OF.get(head, head)


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


@dataclass(frozen=True, slots=True)
class Report:
    """One reported event as clustering sees it. ``event`` has no sources: they are in the spill file at
    ``sources_at`` (or, for an in-memory merge, in ``sources``)."""

    event: Event
    fingerprint: str
    quote: str
    lemma: str
    title: str
    content: str
    #: the document and segment (an article, a post: one writer's text) and the names (actors, places) involved
    doc: str = ""
    names: frozenset[str] = frozenset()
    sources_at: int = -1
    sources: tuple[Source, ...] = ()


def _intern(text: str) -> str:
    return sys.intern(text)


def _name_word(word: str) -> str:
    """A name word as merging compares it: the adjective of a country in -ia is its name ("Syrian" -> "syria",
    "Russian" -> "russia"), so "Syrian and Russian strikes" meet "Russia and Syria"."""
    return word[:-1] if word.endswith("ian") and len(word) > 5 else word


def report_of(e: Event, sources_at: int = -1, keep_sources: bool = True, when: str | None = None) -> Report:
    """The compact record of ``e``; strings are interned, so repeated reports share them. ``when`` is the dating
    expression's text and place in the quote (``"42:on Tuesday"``), when the caller knows it."""
    s = e.sources[0]
    lemma = _intern(s.trigger_lemma or s.trigger.lower())
    quote = _norm(s.quote)
    # the same predicate dated by the same expression in the same sentence text: a forum quote or a syndicated copy
    # of a report. The resolved date is left out on purpose: a copy whose article got another writing date is
    # still the same report. (Without ``when``, the value stands in for the expression.)
    where = str(s.trigger_start - s.start) if s.trigger_start is not None else ""
    key = (quote, s.trigger.lower(), where, when if when is not None else e.value)
    fingerprint = hashlib.sha1("\x1f".join(key).encode("utf-8")).hexdigest()
    slim = replace(
        e,
        start=_intern(e.start),
        end=_intern(e.end),
        value=_intern(e.value),
        title=_intern(e.title),
        actors=tuple(map(_intern, e.actors)),
        places=tuple(map(_intern, e.places)),
        sources=(),
    )
    content = _norm(" ".join((lemma, e.title, " ".join(e.actors), " ".join(e.places))))
    # the words of the names: "Homs" meets "Homs governorate", "U.S." is "US", "Syrian" is "Syria"
    names = frozenset(
        _name_word(w)
        for n in (*e.actors, *e.places)
        for w in _norm(n).replace(".", "").split()
        if len(w) >= NAME_WORD_MIN
    )
    return Report(
        slim,
        _intern(fingerprint),
        _intern(quote[:QUOTE_KEPT]),
        lemma,
        _intern(_norm(e.title)),
        _intern(content),
        _intern(f"{s.doc}#{s.segment}"),
        names,
        sources_at,
        e.sources if keep_sources else (),
    )


def compatible(a: Event, b: Event) -> bool:
    """One date interval lies inside the other (or they are the same underspecified value)."""
    if not a.start or not b.start:
        return a.value == b.value
    return (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)


def same_event(a: Report, b: Report) -> bool:
    """Compatible dates and predicates of one family (or a generic "incident" sharing two names); then a repeated
    sentence, shared names with alike titles, or titles that say the same thing. Within one document only the
    last (two predicates stay apart)."""
    if not compatible(a.event, b.event):
        return False
    if family(a.lemma) != family(b.lemma):
        # "a chemical weapons attack in the city of Douma in April 2018" / "the April 2018 Douma incident"
        generic = a.lemma in GENERIC_EVENT_NOUNS or b.lemma in GENERIC_EVENT_NOUNS
        return generic and a.doc != b.doc and len(a.names & b.names) >= SHARED_NAMES_ALONE
    titles = fuzz.token_set_ratio(a.title, b.title)
    if a.doc == b.doc:
        return titles >= CONTENT_RATIO
    if a.lemma == b.lemma and fuzz.ratio(a.quote, b.quote) >= REPEAT_RATIO:
        return True
    doers_a, doers_b = _doers(a), _doers(b)
    if doers_a and doers_b and doers_a.isdisjoint(doers_b):
        return False  # named doers that differ: "Cypriot government condemned ..." / "Cuban government condemned ..."
    shared = a.names & b.names
    if shared and titles >= SHARED_NAME_RATIO:
        return True
    if len(shared) >= SHARED_NAMES_ALONE and a.event.granularity in CLOSE and b.event.granularity in CLOSE:
        return True  # one kind of happening, within a week, among the same names: "Russia paused its offensive
        # on eastern Aleppo" this week and "Syrian and Russian air strikes on east Aleppo were halted" on Tuesday
    if (
        a.event.granularity == b.event.granularity == "day"
        and a.event.start == b.event.start
        and a.lemma != b.lemma
        and (a.names & b.names or not a.names or not b.names)
    ):
        return True  # one kind of happening on one day in other words: "the September 9 cessation of hostilities"
        # and "the September 9th ceasefire failed"
    if a.names and b.names and not shared:
        return False  # alike titles among different names: "24,000 shares tendered" for one bidder and for another
    # titles that say the same thing, not one that says less ("Compared with net income" is inside any other
    # "compared with" title: token_set_ratio would call them equal)
    return (
        fuzz.token_set_ratio(a.content, b.content) >= CONTENT_RATIO
        and fuzz.token_sort_ratio(a.title, b.title) >= CONTENT_RATIO
    )


def _doers(r: Report) -> frozenset[str]:
    """The actors named in the title's subject, before its verb (after a speaker's colon): who did it. Empty
    when the verb is not found in the title (an irregular past: "struck") or the subject names no actor (a
    place is not one: "President of Russia" may be "Vladimir Putin")."""
    title = r.title.split(": ", 1)[-1]
    stem = r.lemma.split(" ")[0]
    stem = stem[:-1] if len(stem) > 4 else stem
    words = title.replace(".", "").split()
    verb = next((k for k, w in enumerate(words) if stem and w.startswith(stem)), None)
    if verb is None:
        return frozenset()
    actors = {_name_word(w) for n in r.event.actors for w in _norm(n).replace(".", "").split()}
    return frozenset(_name_word(w) for w in words[:verb] if len(w) >= NAME_WORD_MIN) & actors


def _visit_order(r: Report) -> tuple:
    return (GRANULARITY_ORDER.get(r.event.granularity, 99), r.event.start, r.fingerprint)


@dataclass(eq=False)
class _Cluster:
    members: list[Report] = field(default_factory=list)
    #: members with distinct text, the ones a newcomer is compared with
    distinct: list[Report] = field(default_factory=list)
    #: the cluster it was joined to (by a report that matched both); its index entries lead there
    joined: _Cluster | None = None

    def add(self, r: Report, new_text: bool) -> None:
        self.members.append(r)
        if new_text and len(self.distinct) < COMPARED_MEMBERS:
            self.distinct.append(r)

    def absorb(self, other: _Cluster) -> None:
        self.members += other.members
        self.distinct += other.distinct[: max(0, COMPARED_MEMBERS - len(self.distinct))]
        other.members, other.distinct, other.joined = [], [], self

    def shares_a_document(self, other: _Cluster) -> bool:
        """Whether one writer's text reports in both: two restatements of one article kept apart by the
        one-document rule, that a third report joins."""
        return not {m.doc for m in self.distinct}.isdisjoint(m.doc for m in other.distinct)

    def root(self) -> _Cluster:
        c = self
        while c.joined is not None:
            c = c.joined
        return c

    def matches(self, r: Report) -> bool:
        return any(same_event(m, r) for m in self.distinct)

    def canonical(self, sources_of: Callable[[Report], tuple[Source, ...]]) -> Event:
        """The finest-dated report gives the date; the title is the one of those reports on that date that
        names the most of who and where (``_title_rank``), with every source kept."""
        ordered = sorted(self.members, key=_visit_order)
        found = {
            (s.doc, s.segment, s.start, s.mention, s.trigger_start): s for r in self.members for s in sources_of(r)
        }
        sources = tuple(sorted(found.values(), key=_source_order))
        actors = tuple(dict.fromkeys(a for r in ordered for a in r.event.actors))
        places = tuple(dict.fromkeys(p for r in ordered for p in r.event.places))
        first = ordered[0].event
        same_date = [r for r in ordered if (r.event.start, r.event.granularity) == (first.start, first.granularity)]
        title = max(same_date, key=_title_rank).event.title  # max keeps the first of equals: the visit order
        return replace(first, title=title, actors=actors, places=places, sources=sources)


def _title_rank(r: Report) -> int:
    """How well a title tells the event: the names of who and where it carries ("Vladimir Putin arrived in
    Damascus" over "Arrived in Damascus")."""
    words = {_name_word(w) for w in _norm(r.event.title).replace(".", "").split()}
    return len(words & r.names)


def _source_order(s: Source) -> tuple:
    return (s.doc, s.segment, s.start, -1 if s.mention is None else s.mention, s.trigger_start or 0)


def event_id(e: Event) -> str:
    """Derived from the canonical content (date, value, title, quote), never from input order."""
    return (
        "ev-"
        + hashlib.sha1(
            "\x1f".join(
                (e.start, e.granularity, e.value, _norm(e.title), _norm(e.sources[0].quote) if e.sources else "")
            ).encode("utf-8")
        ).hexdigest()[:12]
    )


def _index_keys(e: Event) -> list[str]:
    """Buckets an event is filed under: the months its interval touches (fine events) or its years (coarse ones).
    Compatible events always share a bucket, so only a bucket's clusters need comparing."""
    if not e.start:
        return ["?" + e.value]
    y0, m0 = int(e.start[:4]), int(e.start[5:7])
    last = e.end[:10]
    y1, m1 = int(last[:4]), int(last[5:7])
    if last[8:10] == "01" and e.end[10:] in ("", "T00:00"):  # exclusive end on the 1st: the month before is last
        y1, m1 = (y1, m1 - 1) if m1 > 1 else (y1 - 1, 12)
    if e.granularity in FINE:
        keys, y, m = [], y0, m0
        while (y, m) <= (y1, m1):
            keys.append(f"{y:04d}-{m:02d}")
            y, m = (y, m + 1) if m < 12 else (y + 1, 1)
        return keys
    return [f"{y:04d}" for y in range(y0, y1 + 1)]


def _candidate_keys(e: Event) -> list[str]:
    """Buckets where a compatible cluster can be: fine events also meet the coarse clusters of their years,
    coarse events also meet the fine clusters inside them."""
    keys = _index_keys(e)
    if not e.start:
        return keys
    if e.granularity in FINE:
        return keys + sorted({k[:4] for k in keys})
    return keys + [f"{y}-{m:02d}" for y in keys for m in range(1, 13)]


def _cluster(reports: Iterable[Report]) -> list[_Cluster]:
    """Reports of identical text join their cluster at once when their dates are compatible; others are compared
    only with the clusters of compatible date buckets. A report that matches two clusters holding reports of one
    article joins them: that article's two restatements of one halt, kept apart by the one-document rule, each
    match another article's report, whatever the order they are visited in. (Other clusters are not chained:
    one company's quarterly earnings would join the next one's.)"""
    clusters: list[_Cluster] = []
    by_text: dict[str, _Cluster] = {}
    index: dict[str, list[_Cluster]] = defaultdict(list)
    for r in sorted(reports, key=_visit_order):
        target = by_text[r.fingerprint].root() if r.fingerprint in by_text else None
        if target is not None and not compatible(target.members[0].event, r.event):
            target = None  # the same text on another date ("markets fell sharply today", 18 days later)
        if target is None:
            candidates = dict.fromkeys(c.root() for key in _candidate_keys(r.event) for c in index.get(key, ()))
            found = [c for c in candidates if c.matches(r)]
            target = found[0] if found else None
            for other in found[1:]:
                if target.shares_a_document(other):
                    target.absorb(other)
        if target is None:
            target = _Cluster()
            clusters.append(target)
            for key in _index_keys(r.event):
                index[key].append(target)
        target.add(r, new_text=r.fingerprint not in by_text)
        by_text.setdefault(r.fingerprint, target)
    return [c for c in clusters if c.joined is None]


def _ordered(events: Iterable[Event]) -> list[Event]:
    return sorted(events, key=lambda e: (e.start, GRANULARITY_ORDER.get(e.granularity, 99), e.id))


def cluster(events: list[Event]) -> list[Event]:
    """Canonical events, each merging every report of the same real-world event (all in memory)."""
    out = []
    for c in _cluster(report_of(e) for e in events):
        canon = c.canonical(lambda r: r.sources)
        out.append(replace(canon, id=event_id(canon)))
    return _ordered(out)


class Merger:
    """Collects per-document results as they stream in: sources go to a spill file with global mention indices,
    compact reports stay in memory, and ``finish`` clusters them into the canonical timeline."""

    def __init__(self) -> None:
        self.mentions = 0
        self.reports: list[Report] = []
        self._spill = tempfile.TemporaryFile()

    def add(self, result) -> None:
        offset = self.mentions
        self.mentions += len(result.mentions)
        for e in result.events:
            first = e.sources[0]
            m = result.mentions[first.mention] if first.mention is not None else None
            sources = tuple(replace(s, mention=None if s.mention is None else s.mention + offset) for s in e.sources)
            at = self._spill.tell()
            pickle.dump(sources, self._spill, protocol=pickle.HIGHEST_PROTOCOL)
            self.reports.append(
                report_of(
                    replace(e, sources=sources),
                    at,
                    keep_sources=False,
                    when=f"{m.start - first.start}:{m.text}" if m else None,
                )
            )

    def _sources(self, r: Report) -> tuple[Source, ...]:
        self._spill.seek(r.sources_at)
        return pickle.load(self._spill)

    def finish(self) -> tuple[tuple[Event, ...], tuple[Event, ...]]:
        """(dated events in timeline order, undated events)."""
        canonical = []
        for c in _cluster(self.reports):
            canon = c.canonical(self._sources)
            canonical.append(replace(canon, id=event_id(canon)))
        self._spill.close()
        canonical = _ordered(canonical)
        return tuple(e for e in canonical if e.start), tuple(e for e in canonical if not e.start)


def merge(results: Iterable) -> Timeline:
    """The whole Timeline in memory: for library use and small corpora (the CLI streams instead)."""
    documents, mentions, merger = [], [], Merger()
    for result in results:
        documents.append(result.document)
        mentions.extend(result.mentions)
        merger.add(result)
    dated, undated = merger.finish()
    return Timeline(tuple(documents), tuple(mentions), dated, undated)
