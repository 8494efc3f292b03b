"""The per-document pure function and the executors that feed it: in-process, local worker processes, Dask.

``process_document`` sees one document and nothing else, so it can run in another process or on a Dask worker;
only ``merge`` sees the whole corpus. Every executor yields results in input order and keeps a bounded number of
documents in flight, so memory stays flat however many documents stream through.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, replace

from . import anchor, events, merge, nlp, segment, temporal
from .export import ExportOptions, atomic_open, render, write_atomic
from .export.json import StreamWriter
from .model import Document, Event, Mention, Segment, Timeline
from .sentences import sentence_bounds
from .read import DUMP_SUFFIXES, Skipped, Source, iter_documents


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


#: Documents processed together: their sentences are parsed in one ``nlp.pipe`` call (spaCy is several times
#: slower on the handful of sentences one document has), and one task on a worker.
BATCH = 16


def process_documents(docs: list[Document], config: Config = Config()) -> list[DocResult]:
    """``process_document`` over a batch, with every sentence that holds a date or time parsed up front in one
    batch; the stages then find their parses in ``nlp``'s cache."""
    sentences = []
    for doc in docs:
        for seg in doc.segments or (Segment(0, len(doc.text)),):
            for s, e in temporal.dating_spans(doc.text, seg.start, seg.end):
                left, right = sentence_bounds(doc.text, s, e, seg.start, seg.end)
                sentences.append(doc.text[left:right])
            # the opening sentences, where news states its event without a date (``events.lead_spans``)
            sentences += [doc.text[left:right] for left, right in events.lead_spans(doc.text, seg)]
    try:
        if sentences:
            nlp.parse(sentences, config.spacy_model)
        return [process_document(doc, config) for doc in docs]
    finally:
        nlp.clear_parses()


def process_document(doc: Document, config: Config = Config()) -> DocResult:
    # a document the corpus pre-pass already segmented and dated (``dated_documents``) keeps its segments
    segments = doc.segments or anchor.anchor_segments(doc, segment.split(doc), config.published)
    doc = replace(doc, segments=segments)
    mentions: list[Mention] = []
    for index, seg in enumerate(segments):
        mentions += temporal.tag(doc.text, seg.anchor.date, start=seg.start, end=seg.end, doc=doc.id, segment=index,
                                 model=config.spacy_model, anchor_granularity=seg.anchor.granularity)
    doc_events = events.extract(doc, mentions, model=config.spacy_model)
    if not config.keep_text:
        doc = replace(doc, text="")
    return DocResult(doc, tuple(mentions), tuple(doc_events))


# -- executors -------------------------------------------------------------------------------------------------


def _ordered_window(items: Iterable, submit: Callable, collect: Callable, window: int) -> Iterator:
    """Submit items to a pool, at most ``window`` in flight, and yield results in input order. ``Skipped``
    records pass through untouched, in their place."""
    pending: deque = deque()
    for item in items:
        pending.append(item if isinstance(item, Skipped) else submit(item))
        while len(pending) >= window:
            head = pending.popleft()
            yield head if isinstance(head, Skipped) else collect(head)
    while pending:
        head = pending.popleft()
        yield head if isinstance(head, Skipped) else collect(head)


def _in_process(items: Iterable, config: Config, fn: Callable = process_document) -> Iterator:
    for item in items:
        yield item if isinstance(item, Skipped) else fn(item, config)


def _local_workers(items: Iterable, config: Config, workers: int, fn: Callable = process_document) -> Iterator:
    import multiprocessing

    # fork: workers inherit the imported modules; each loads its own spaCy pipeline on first use.
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        yield from _ordered_window(items, lambda d: pool.apply_async(fn, (d, config)),
                                   lambda f: f.get(), window=workers * 8)


#: Seconds to wait for a remote Dask scheduler before giving up.
SCHEDULER_TIMEOUT = 30


class SchedulerUnavailable(ValueError):
    """The Dask scheduler named by ``--scheduler`` cannot be reached."""


def _dask(items: Iterable, config: Config, scheduler: str, fn: Callable = process_document) -> Iterator:
    """``local:N`` starts a LocalCluster of N worker processes for this run; anything else is the address of a
    running ``dask scheduler``. Documents are sent to the workers (they need no access to the input files)."""
    from distributed import Client, LocalCluster

    cluster = None
    if scheduler.startswith("local"):
        n = int(scheduler.partition(":")[2] or 2)
        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    else:
        try:
            client = Client(scheduler, timeout=SCHEDULER_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as e:
            raise SchedulerUnavailable(f"cannot reach the Dask scheduler at {scheduler} ({e})") from None
    try:
        window = max(8, 8 * len(client.scheduler_info().get("workers", {})))
        yield from _ordered_window(items, lambda d: client.submit(fn, d, config, pure=False),
                                   lambda f: f.result(), window=window)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _execute(items: Iterable, config: Config, fn: Callable, workers: int, scheduler: str | None) -> Iterator:
    if scheduler:
        return _dask(items, config, scheduler, fn)
    if workers > 1:
        return _local_workers(items, config, workers, fn)
    return _in_process(items, config, fn)


def _batched(items: Iterable[Document | Skipped], size: int = BATCH) -> Iterator[list[Document] | Skipped]:
    """Consecutive documents in lists of ``size``; a Skipped record ends the batch and keeps its place."""
    batch: list[Document] = []
    for item in items:
        if isinstance(item, Skipped):
            if batch:
                yield batch
                batch = []
            yield item
            continue
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def iter_results(sources: list[Source], config: Config = Config(), *, workers: int = 1,
                 scheduler: str | None = None) -> Iterator[DocResult | Skipped]:
    """One DocResult (or Skipped) per source, in input order."""
    batches = _batched(dated_documents(sources, config, workers=workers, scheduler=scheduler))
    for done in _execute(batches, config, process_documents, workers, scheduler):
        if isinstance(done, Skipped):
            yield done
        else:
            yield from done


# -- the corpus-level dating pre-pass --------------------------------------------------------------------------


def needs_dating_pass(sources: list[Source], config: Config = Config()) -> bool:
    """Whether some input may have no manifest or ``--published`` date (then the batch step may date it).
    Decided from the plan alone, so a fully dated run costs nothing more."""
    if config.published is not None:
        return False
    return any(src.entry is None or src.entry.published is None or src.path is None
               or src.path.suffix.lower() in DUMP_SUFFIXES for src in sources)


def document_evidence(doc: Document, config: Config = Config()) -> anchor.Evidence:
    """The pre-pass's per-document function (runs on workers like ``process_document``)."""
    return anchor.document_evidence(doc, config.published)


def dated_documents(sources: list[Source], config: Config = Config(), *, workers: int = 1,
                    scheduler: str | None = None) -> Iterator[Document | Skipped]:
    """The documents of ``sources`` in input order, those the batch step dates already segmented and
    anchored — so ``extract`` gives the dates ``anchors`` shows.

    When some input may lack a date, a first streaming pass segments and anchors each document on its
    own (on the same executor) and keeps only its compact ``anchor.Evidence`` (segments, cues, a word
    fingerprint; never the text); ``anchor.date_batch`` turns the evidence into anchors; the second pass
    reads the inputs again and hands each document over with its segments set. Standard input cannot be
    read twice, so its documents are kept from the first pass. Skipped inputs are reported by the second
    pass only."""
    if not needs_dating_pass(sources, config):
        yield from iter_documents(sources)
        return
    kept: dict[int, list] = {}

    def first_pass() -> Iterator[Document | Skipped]:
        for n, src in enumerate(sources):
            for item in iter_documents([src]):
                if src.path is None:
                    kept.setdefault(n, []).append(item)
                yield item

    evidence = [e for e in _execute(first_pass(), config, document_evidence, workers, scheduler)
                if not isinstance(e, Skipped)]
    dated = anchor.date_batch(evidence)
    segments = {ev.id: segs for ev, segs in zip(evidence, dated)}
    del evidence, dated
    for n, src in enumerate(sources):
        for item in (kept.pop(n) if n in kept else iter_documents([src])):
            if isinstance(item, Document) and item.id in segments:
                item = replace(item, segments=segments.pop(item.id))
            yield item


def run(sources: list[Source], config: Config = Config(), *, workers: int = 1, scheduler: str | None = None,
        on_skip: Callable[[Skipped], None] = lambda s: None,
        on_done: Callable[[Document], None] = lambda d: None) -> Timeline:
    """The whole Timeline in memory (library use; ``extract_to`` streams to files instead)."""
    def results() -> Iterator[DocResult]:
        for item in iter_results(sources, config, workers=workers, scheduler=scheduler):
            if isinstance(item, Skipped):
                on_skip(item)
            else:
                on_done(item.document)
                yield item

    return merge.merge(results())


class NoReadableInput(ValueError):
    """Every input was skipped: nothing is written."""


def extract_to(sources: list[Source], targets: list[tuple[str, str]], config: Config = Config(),
               options: ExportOptions = ExportOptions(), *, workers: int = 1, scheduler: str | None = None,
               on_skip: Callable[[Skipped], None] = lambda s: None,
               on_done: Callable[[Document], None] = lambda d: None) -> Timeline:
    """Run the pipeline and write every ``(format, path)`` target, streaming: JSON documents and mentions are
    written as each document is done, so memory holds only documents' metadata and events. Every file is
    replaced atomically at the end, or not at all. Returns the Timeline the other formats were rendered from
    (documents without text when another format needs them, events; mentions only for a mention-level CSV)."""
    keep_mentions = any(fmt == "csv" for fmt, _ in targets) and options.level == "mentions"
    # the other formats need each document's title, url and anchors; JSON alone needs nothing kept
    keep_documents = any(fmt != "json" for fmt, _ in targets)
    documents: list[Document] = []
    mentions: list[Mention] = []
    n_documents = 0
    merger = merge.Merger()
    with ExitStack() as stack:
        writers: list[StreamWriter] | None = None  # opened with the first result: a run failing before it writes nothing
        for item in iter_results(sources, config, workers=workers, scheduler=scheduler):
            if isinstance(item, Skipped):
                on_skip(item)
                continue
            if writers is None:
                writers = [StreamWriter(stack.enter_context(atomic_open(path)), options.include_text,
                                        options.include_undated) for fmt, path in targets if fmt == "json"]
            for w in writers:
                w.add(item.document, item.mentions)
            if keep_documents:
                documents.append(replace(item.document, text=""))
            else:
                n_documents += 1
            if keep_mentions:
                mentions.extend(item.mentions)
            merger.add(item)
            on_done(item.document)
        if not documents and not n_documents:
            raise NoReadableInput("no readable input: every input was skipped")
        events, undated = merger.finish()
        timeline = Timeline(tuple(documents), tuple(mentions), events, undated)
        # render the other formats before the JSON is committed: a failure leaves every old output in place
        rendered = [(path, render(timeline, fmt, options)) for fmt, path in targets if fmt != "json"]
        for w in writers or ():
            w.close(events, undated)
    for path, data in rendered:
        write_atomic(path, data)
    return timeline
