"""Per-document results -> one canonical Timeline: global mention numbering, de-duplication, stable ids, order.

The only stage that sees the whole corpus, and it keeps only events (no texts, no parses).

The same predicate in the same sentence text (a forum quote, a syndicated copy) is always one report. Otherwise two
reports are the same real-world event when their dates are compatible (one interval inside the other: a day
inside the week or month another report gives) and their content is similar (rapidfuzz on the quote for
near-repeated text, on trigger + title + actors + places otherwise). Clustering visits events in an order derived
from their content alone, so the result does not depend on the order of the inputs.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz

from .model import Event, Timeline

GRANULARITY_ORDER = {g: i for i, g in enumerate(("time", "day", "week", "month", "quarter", "season", "year",
                                                    "decade", "century", "unknown"))}

#: A quote this similar to another (rapidfuzz ratio, 0-100) is the same text repeated: a forum quote, a
#: syndicated copy. Same-date reports of that text always merge.
REPEAT_RATIO = 90
#: Reports whose dates are compatible merge when their content (title, trigger, actors, places) is this similar.
CONTENT_RATIO = 72


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _lemma(e: Event) -> str:
    s = e.sources[0]
    return s.trigger_lemma or s.trigger.lower()


def _content(e: Event) -> str:
    trigger = _lemma(e) if e.sources else ""
    return _norm(" ".join((trigger, e.title, " ".join(e.actors), " ".join(e.places))))


def _fingerprint(e: Event) -> str:
    """The same predicate in the same sentence text: a forum quote or a syndicated copy of a report. Dates are
    left out on purpose: a copy whose article got another writing date is still the same report, and exact
    repeats must never make two entries."""
    s = e.sources[0]
    where = str(s.trigger_start - s.start) if s.trigger_start is not None else e.value
    return hashlib.sha1("\x1f".join((_norm(s.quote), s.trigger.lower(), where)).encode("utf-8")).hexdigest()


def compatible(a: Event, b: Event) -> bool:
    """One date interval lies inside the other (or they are the same underspecified value)."""
    if not a.start or not b.start:
        return a.value == b.value
    return (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)


def same_event(a: Event, b: Event) -> bool:
    if not compatible(a, b):
        return False
    qa, qb = _norm(a.sources[0].quote), _norm(b.sources[0].quote)
    if fuzz.ratio(qa, qb) >= REPEAT_RATIO:
        return True
    if _lemma(a) != _lemma(b) and fuzz.token_set_ratio(
            _norm(a.title), _norm(b.title)) < CONTENT_RATIO:
        return False
    return fuzz.token_set_ratio(_content(a), _content(b)) >= CONTENT_RATIO


#: A cluster is compared with at most this many of its distinct reports (single linkage, bounded).
COMPARED_MEMBERS = 8


@dataclass
class _Cluster:
    members: list[Event] = field(default_factory=list)
    #: members with distinct text, the ones a newcomer is compared with
    distinct: list[Event] = field(default_factory=list)

    def add(self, e: Event, new_text: bool) -> None:
        self.members.append(e)
        if new_text and len(self.distinct) < COMPARED_MEMBERS:
            self.distinct.append(e)

    def matches(self, e: Event) -> bool:
        return any(same_event(m, e) for m in self.distinct)

    def canonical(self) -> Event:
        """The finest-dated report gives the date; titles, actors and places come from the earliest-sorted one
        of those, with every source kept."""
        ordered = sorted(self.members, key=_visit_order)
        sources = sorted({(s.doc, s.segment, s.start, s.mention): s for e in self.members for s in e.sources}.values(),
                         key=lambda s: (s.doc, s.segment, s.start, s.mention))
        actors = tuple(dict.fromkeys(a for e in ordered for a in e.actors))
        places = tuple(dict.fromkeys(p for e in ordered for p in e.places))
        return replace(ordered[0], actors=actors, places=places, sources=tuple(sources))


FINE = ("time", "day", "week", "month")


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


def _visit_order(e: Event) -> tuple:
    return (GRANULARITY_ORDER.get(e.granularity, 99), e.start, _fingerprint(e))


def event_id(e: Event) -> str:
    """Derived from the canonical content (date, value, title, quote), never from input order."""
    return "ev-" + hashlib.sha1(
        "\x1f".join((e.start, e.granularity, e.value, _norm(e.title), _norm(e.sources[0].quote) if e.sources else ""))
        .encode("utf-8")).hexdigest()[:12]


def cluster(events: list[Event]) -> list[Event]:
    """Canonical events, each merging every report of the same real-world event. Reports of identical text join
    their cluster at once, whatever their dates; others are compared only with the clusters of compatible date
    buckets."""
    clusters: list[_Cluster] = []
    by_text: dict[str, _Cluster] = {}
    index: dict[str, list[_Cluster]] = defaultdict(list)
    for e in sorted(events, key=_visit_order):
        text = _fingerprint(e)
        target = by_text.get(text)
        if target is None:
            target = next((c for key in _candidate_keys(e) for c in index.get(key, ()) if c.matches(e)), None)
        if target is None:
            target = _Cluster()
            clusters.append(target)
            for key in _index_keys(e):
                index[key].append(target)
        target.add(e, new_text=text not in by_text)
        by_text.setdefault(text, target)
    out = []
    for c in clusters:
        canon = c.canonical()
        out.append(replace(canon, id=event_id(canon)))
    return sorted(out, key=lambda e: (e.start, GRANULARITY_ORDER.get(e.granularity, 99), e.id))


class Merger:
    """Collects per-document results as they stream in and keeps only what the canonical timeline needs: the
    events (with their sources renumbered to global mention indices) and a count of mentions."""

    def __init__(self) -> None:
        self.mentions = 0
        self.events: list[Event] = []

    def add(self, result) -> None:
        offset = self.mentions
        self.mentions += len(result.mentions)
        for e in result.events:
            self.events.append(replace(e, sources=tuple(replace(s, mention=s.mention + offset) for s in e.sources)))

    def finish(self) -> tuple[tuple[Event, ...], tuple[Event, ...]]:
        """(dated events in timeline order, undated events)."""
        canonical = cluster(self.events)
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
