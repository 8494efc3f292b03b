"""Per-document results -> one canonical Timeline: global mention numbering, de-duplication, stable ids, order.

The only stage that sees the whole corpus.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import replace

from .model import Event, Timeline

GRANULARITY_ORDER = {g: i for i, g in enumerate(("time", "day", "week", "month", "quarter", "season", "year",
                                                    "decade", "century"))}


def _key(e: Event) -> tuple[str, str, str]:
    return e.start, e.end, " ".join(e.title.lower().split())


def event_id(e: Event) -> str:
    """Derived from the canonical content (date and title), never from input order, so ids survive re-runs on a
    re-ordered or extended corpus."""
    return "ev-" + hashlib.sha1("\x1f".join(_key(e)).encode("utf-8")).hexdigest()[:12]


def merge(results: Iterable) -> Timeline:
    documents, mentions = [], []
    merged: dict[tuple[str, str, str], Event] = {}
    for result in results:
        offset = len(mentions)
        documents.append(result.document)
        mentions.extend(result.mentions)
        for e in result.events:
            e = replace(e, sources=tuple(replace(s, mention=s.mention + offset) for s in e.sources))
            key = _key(e)
            if key in merged:
                old = merged[key]
                merged[key] = replace(old, sources=old.sources + e.sources)
            else:
                merged[key] = e
    events = sorted((replace(e, id=event_id(e)) for e in merged.values()),
                    key=lambda e: (e.start, GRANULARITY_ORDER.get(e.granularity, 99), e.id))
    return Timeline(tuple(documents), tuple(mentions), tuple(events))
