"""The per-document pure function and the loop that feeds it.

``process_document`` sees one document and nothing else, so it can run in another process or on a Dask worker;
only ``merge`` sees the whole corpus.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from . import anchor, events, merge, segment, temporal
from .model import Document, Event, Mention, Timeline
from .read import Skipped, Source, iter_documents


@dataclass(frozen=True)
class Config:
    #: ``--published``: the anchor of every input that states none more trusted.
    published: dt.date | None = None
    spacy_model: str | None = None
    #: keep each document's text in the result (``--include-text``); otherwise it is dropped after processing
    #: so that a long run does not hold every text in memory.
    keep_text: bool = False


@dataclass(frozen=True)
class DocResult:
    document: Document
    mentions: tuple[Mention, ...]
    #: events of this document; ``Source.mention`` indexes ``mentions`` above until ``merge`` renumbers it.
    events: tuple[Event, ...]


def process_document(doc: Document, config: Config = Config()) -> DocResult:
    segments = anchor.anchor_segments(doc, segment.split(doc), config.published)
    doc = replace(doc, segments=segments)
    mentions: list[Mention] = []
    for index, seg in enumerate(segments):
        mentions += temporal.tag(doc.text, seg.anchor.date, start=seg.start, end=seg.end, doc=doc.id, segment=index)
    doc_events = events.extract(doc, mentions, model=config.spacy_model)
    if not config.keep_text:
        doc = replace(doc, text="")
    return DocResult(doc, tuple(mentions), tuple(doc_events))


def run(sources: list[Source], config: Config = Config(),
        on_skip: Callable[[Skipped], None] = lambda s: None,
        on_done: Callable[[Document], None] = lambda d: None) -> Timeline:
    return merge.merge(iter_results(sources, config, on_skip, on_done))


def iter_results(sources: list[Source], config: Config,
                 on_skip: Callable[[Skipped], None] = lambda s: None,
                 on_done: Callable[[Document], None] = lambda d: None) -> Iterable[DocResult]:
    for item in iter_documents(sources):
        if isinstance(item, Skipped):
            on_skip(item)
            continue
        result = process_document(item, config)
        on_done(result.document)
        yield result
