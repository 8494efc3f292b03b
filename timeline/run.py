"""The per-document pure function and the executors that feed it: in-process, local worker processes, Dask.

``process_document`` sees one document and nothing else, so it can run in another process or on a Dask worker;
only ``merge`` sees the whole corpus. Every executor yields results in input order and keeps a bounded number of
documents in flight, so memory stays flat however many documents stream through.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, replace

from . import anchor, events, merge, nlp, rank, segment, temporal
from .export import ExportOptions, atomic_open, render, render_summary, summary_path
from .export.json import StreamWriter
from .model import Document, Event, Mention, Segment, Timeline
from .read import DUMP_SUFFIXES, MAX_DOCUMENT_BYTES, Skipped, Source, iter_documents
from .sentences import list_of_dates, sentence_bounds
from .temporal import timex
from .temporal.rules.profiles import DEFAULT_PROFILE


@dataclass(frozen=True)
class Config:
    #: ``--published``: the anchor of every input that states none more trusted.
    published: dt.date | None = None
    spacy_model: str | None = None
    #: keep each document's text in the result (``--include-text``); otherwise it is dropped after processing
    #: so that a long run does not hold every text in memory.
    keep_text: bool = False
    #: the largest document (or dump record) read, in bytes (``--max-size``)
    max_bytes: int = MAX_DOCUMENT_BYTES
    #: the genre profile (``--profile``: ``temporal.rules.profiles``) that decides which genre rules run
    profile: str = DEFAULT_PROFILE


@dataclass(frozen=True)
class DocResult:
    document: Document
    mentions: tuple[Mention, ...]
    #: events of this document; ``Source.mention`` indexes ``mentions`` above until ``merge`` renumbers it.
    events: tuple[Event, ...]
    #: languages its segments are written in (ISO 639-1), for the notice about languages without date rules.
    languages: tuple[str, ...] = ()


#: Documents processed together: their sentences are parsed in one ``nlp.pipe`` call (spaCy is several times
#: slower on the handful of sentences one document has), and one task on a worker. 64 news articles have about
#: 400 sentences to parse, within the parse cache (``nlp.PARSE_CACHE_SIZE``); CPU seconds in ``nlp.parse`` for
#: 300 TBAQ documents (two runs each): 16 13.2 / 13.0 / 12.7, 32 13.1, 48 12.7, 64 12.2 / 12.3 / 11.8; peak
#: memory 256 -> 285 MB.
BATCH = 64


#: Documents longer than this are not parsed up front with the batch (``process_documents``): far more sentences
#: than the parse cache keeps, so the pass only cost time (as long as the tagging itself on a one-line file of
#: 8 MB of dates) and memory (a pair per expression).
PREPARSE_MAX_CHARS = 1 << 20


def process_documents(docs: list[Document], config: Config = Config()) -> list[DocResult | Skipped]:
    """``process_document`` over a batch, with every sentence that holds a date or time parsed up front in one
    batch; the stages then find their parses in ``nlp``'s cache.

    One document never costs the others: whatever goes wrong inside one (a rule meeting a phrase it was not
    written for, a parser error) makes it a ``Skipped`` record naming the document, the stage, the error and,
    when known, the expression; the rest of the batch goes on. Runs on workers as it is, so every executor
    isolates documents the same way."""
    # (the lead and perfect sentences are parsed without their named entities: most of them report nothing, and
    # the event stage asks for the entities of those that do, the batch's together)
    sentences, undated = [], []
    for doc in docs:
        try:
            if len(doc.text) > PREPARSE_MAX_CHARS:
                continue  # more sentences than the parse cache keeps: its stages parse them, a part at a time
            for seg in doc.segments or (Segment(0, len(doc.text)),):
                spans = temporal.dating_spans(doc.text, seg.start, seg.end, config.profile)
                starts, ends = [s for s, _ in spans], [e for _, e in spans]
                found = dict.fromkeys(sentence_bounds(doc.text, s, e, seg.start, seg.end) for s, e in spans)
                sentences += [
                    doc.text[left:right]
                    for left, right in found
                    if not list_of_dates(doc.text, left, right, starts, ends)
                ]
                # the opening sentences, where news states its event without a date (``events.lead_spans``)
                undated += [doc.text[left:right] for left, right in events.lead_spans(doc.text, seg)]
                # the sentences that may report the day's happening in the present perfect (``events._extract``)
                undated += [doc.text[left:right] for left, right in events.perfect_candidates(doc.text, seg)]
        except Exception:  # noqa: BLE001 - the document fails again, and is reported, in process_document
            continue
    try:
        if sentences:
            try:
                # no more than the parse cache keeps: a huge document's sentences are parsed by its stages, in parts
                nlp.parse(sentences[: nlp.PARSE_CACHE_SIZE], config.spacy_model)
                room = nlp.PARSE_CACHE_SIZE - len(sentences)
                if room > 0:
                    nlp.parse(undated[:room], config.spacy_model, entities=False)
            except nlp.ModelNotFound:
                raise
            except Exception:  # noqa: BLE001 - parsed again per document below, where a failure is isolated
                nlp.clear_parses()
        return _in_rounds(docs, config)
    finally:
        nlp.clear_parses()
        temporal.forget_found()


class DocumentFailed(Exception):
    """An error inside one document, with the stage it happened in: reported in one line, the document skipped."""

    def __init__(self, doc: Document, stage: str, error: BaseException) -> None:
        super().__init__(doc.id)
        self.doc, self.stage, self.error = doc, stage, error

    def line(self) -> str:
        notes = "; ".join(getattr(self.error, "__notes__", ()))
        message = str(self.error).splitlines()[0][:200] if str(self.error) else ""
        where = self.doc.path if self.doc.path and self.doc.path != self.doc.id else self.doc.id
        detail = f" ({notes})" if notes else ""
        return (
            f"{where}: document {self.doc.id!r} failed while {self.stage}{detail}: "
            f"{type(self.error).__name__}{': ' + message if message else ''}"
        )


def _isolated(doc: Document, config: Config) -> DocResult | Skipped:
    try:
        return process_document(doc, config)
    except DocumentFailed as e:
        return Skipped(doc.path or doc.id, e.line(), failed=True)


def _in_rounds(docs: list[Document], config: Config) -> list[DocResult | Skipped]:
    """Every document's steps (``document_steps``), run side by side: in each round the sentences all of them
    ask for are parsed in one call (``events.fetch``), then each goes on to its next request or its result.
    A document that fails is skipped as in ``_isolated``; a failed fetch only leaves the stages to parse."""
    results: list[DocResult | Skipped | None] = [None] * len(docs)
    running: dict[int, tuple[Iterator, list[events.ParseRequest]]] = {}

    def step(i: int, steps: Iterator, first: bool) -> None:
        try:
            requests = next(steps) if first else steps.send(None)
        except StopIteration as done:
            running.pop(i, None)
            results[i] = done.value
        except DocumentFailed as e:
            running.pop(i, None)
            results[i] = Skipped(docs[i].path or docs[i].id, e.line(), failed=True)
        else:
            running[i] = (steps, requests)

    for i, doc in enumerate(docs):
        step(i, document_steps(doc, config), True)
    while running:
        try:
            events.fetch([r for _, requests in running.values() for r in requests], config.spacy_model)
        except nlp.ModelNotFound:
            raise
        except Exception:  # noqa: BLE001 - each stage parses what it needs itself, where a failure is isolated
            pass
        for i, (steps, _) in list(running.items()):
            step(i, steps, False)
    return [r for r in results if r is not None]


#: Segment kinds that answer the one before them, so that "on that date" at their head means its date.
THREAD_KINDS = ("post",)


def thread_dates(seg, previous_seg, previous: list[Mention]) -> tuple[str, ...]:
    """The dates the segment before established, for a post that follows another segment of its thread (not
    navigation): a reply's "RT also did an interview on that date" refers to the date of the post above."""
    if seg.kind not in THREAD_KINDS or previous_seg is None or previous_seg.kind == "navigation":
        return ()
    return tuple(m.value for m in previous if m.type in ("DATE", "TIME") and timex.interval(m.value))


def process_document(doc: Document, config: Config = Config()) -> DocResult:
    """Raises ``DocumentFailed`` (naming the stage) when anything goes wrong inside the document."""
    return events.drive(document_steps(doc, config), config.spacy_model)


def document_steps(doc: Document, config: Config = Config()) -> Generator[list[events.ParseRequest], None, DocResult]:
    """``process_document`` as steps: it yields the parses its event stage is about to need
    (``events.extract_steps``) and returns the result, so that a batch's requests can be parsed together."""
    stage = "dating segments"
    try:
        # a document the corpus pre-pass already segmented and dated (``dated_documents``) keeps its segments
        segments = doc.segments or anchor.anchor_segments(
            doc, segment.split(doc), config.published, profile=config.profile
        )
        doc = replace(doc, segments=segments)
        stage = "resolving temporal expressions"
        mentions: list[Mention] = []
        # the manifest's lang holds for every segment; else each segment's own words, else the document's
        doc_lang = temporal.language_of(doc.text, declared=doc.lang)
        seen_languages: set[str] = set()
        previous: list[Mention] = []
        languages: list[str] = []
        for index, seg in enumerate(segments):
            whole = seg.start == 0 and seg.end == len(doc.text)  # the document's own language, found above
            lang = doc_lang if whole else temporal.language_of(doc.text, seg.start, seg.end, doc.lang, default=doc_lang)
            languages.append(lang)
            seen_languages.add(lang)
            found = temporal.tag(
                doc.text,
                seg.anchor.date,
                start=seg.start,
                end=seg.end,
                doc=doc.id,
                segment=index,
                model=config.spacy_model,
                anchor_granularity=seg.anchor.granularity,
                lang=lang,
                profile=config.profile,
                before=thread_dates(seg, segments[index - 1] if index else None, previous),
            )
            mentions += found
            previous = found
        stage = "extracting events"
        doc_events = yield from events.extract_steps(doc, mentions, model=config.spacy_model, languages=languages)
    except nlp.ModelNotFound:
        raise
    except Exception as e:  # noqa: BLE001 - see process_documents
        raise DocumentFailed(doc, stage, e) from e
    if not config.keep_text:
        doc = replace(doc, text="")
    return DocResult(doc, tuple(mentions), tuple(doc_events), tuple(sorted(seen_languages)))


# -- executors -------------------------------------------------------------------------------------------------


def _ordered_window(items: Iterable, submit: Callable, collect: Callable, window: int) -> Iterator:
    """Submit items to a pool, at most ``window`` in flight, and yield results in input order. ``Skipped``
    records pass through untouched, in their place. ``collect(item, handle)`` gets the item back, so that it can
    resubmit it when the worker running it died."""
    pending: deque = deque()
    for item in items:
        pending.append((item, None) if isinstance(item, Skipped) else (item, submit(item)))
        while len(pending) >= window:
            item, handle = pending.popleft()
            yield item if handle is None else collect(item, handle)
    while pending:
        item, handle = pending.popleft()
        yield item if handle is None else collect(item, handle)


def _in_process(items: Iterable, config: Config, fn: Callable = process_document) -> Iterator:
    for item in items:
        yield item if isinstance(item, Skipped) else fn(item, config)


#: How many times work lost with a dead worker process (killed by the system, out of memory) is sent again.
RETRIES = 2


def _lost(item, why: str) -> list[Skipped] | Skipped:
    """What a batch (or one document) whose worker kept dying becomes: reported and skipped, the run goes on."""
    docs = item if isinstance(item, list) else [item]
    skipped = [Skipped(d.path or d.id, f"{d.path or d.id}: document {d.id!r} failed: {why}", failed=True) for d in docs]
    return skipped if isinstance(item, list) else skipped[0]


def _local_workers(items: Iterable, config: Config, workers: int, fn: Callable = process_document) -> Iterator:
    """Local worker processes. A worker that dies (killed, out of memory) breaks the pool: the pool is started
    again and the lost work sent again, up to RETRIES times, then reported and skipped."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # fork: workers inherit the imported modules; each loads its own spaCy pipeline on first use.
    context = multiprocessing.get_context("fork")
    pool = [ProcessPoolExecutor(workers, mp_context=context)]

    def submit(item):
        try:
            return pool[0].submit(fn, item, config)
        except BrokenProcessPool:
            pool[0].shutdown(wait=False, cancel_futures=True)
            pool[0] = ProcessPoolExecutor(workers, mp_context=context)
            return pool[0].submit(fn, item, config)

    def collect(item, future):
        for _ in range(RETRIES + 1):
            try:
                return future.result()
            except BrokenProcessPool:
                future = submit(item)
        return _lost(item, "its worker process died")

    try:
        yield from _ordered_window(items, submit, collect, window=workers * 8)
    finally:
        pool[0].shutdown(wait=True, cancel_futures=True)


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
        # the scheduler runs a task again on another worker when its worker dies (up to RETRIES times)
        yield from _ordered_window(
            items,
            lambda d: client.submit(fn, d, config, pure=False, retries=RETRIES),
            lambda d, f: _dask_result(d, f),
            window=window,
        )
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _dask_result(item, future):
    from distributed import KilledWorker

    try:
        return future.result()
    except KilledWorker:
        return _lost(item, "the Dask workers running it kept dying")


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


def iter_results(
    sources: list[Source],
    config: Config = Config(),
    *,
    workers: int = 1,
    scheduler: str | None = None,
    on_stage: Callable[[str], None] = lambda s: None,
    on_dated: Callable[[], None] = lambda: None,
) -> Iterator[DocResult | Skipped]:
    """One DocResult (or Skipped) per source, in input order. ``on_stage`` hears "dating documents" (the
    pre-pass, when one is needed; ``on_dated`` once per document it has read) and "extracting" as they start."""
    batches = _batched(
        dated_documents(sources, config, workers=workers, scheduler=scheduler, on_stage=on_stage, on_dated=on_dated)
    )
    noticed: set[str] = set()
    for done in _execute(batches, config, process_documents, workers, scheduler):
        if isinstance(done, Skipped):
            yield done
            continue
        for result in done:
            if isinstance(result, Skipped):
                continue
            for lang in set(result.languages) - noticed:
                if not temporal.languages.has_rules(lang):
                    noticed.add(lang)
                    print(temporal.languages.notice(lang), file=sys.stderr)  # once per run and language
        yield from done


# -- the corpus-level dating pre-pass --------------------------------------------------------------------------


def needs_dating_pass(sources: list[Source], config: Config = Config()) -> bool:
    """Whether some input may have no manifest or ``--published`` date (then the batch step may date it).
    Decided from the plan alone, so a fully dated run costs nothing more."""
    if config.published is not None:
        return False
    return any(
        src.entry is None
        or src.entry.published is None
        or (src.path is None and src.problem is None)
        or src.path.suffix.lower() in DUMP_SUFFIXES
        for src in sources
    )


def document_evidence(doc: Document, config: Config = Config()) -> anchor.Evidence | Skipped:
    """The pre-pass's per-document function (runs on workers like ``process_document``). A document that fails
    here is left to the main pass, which reports it (or processes it without the batch's dating)."""
    try:
        return anchor.document_evidence(doc, config.published, config.profile)
    except Exception as e:  # noqa: BLE001 - isolated like process_documents
        return Skipped(doc.path or doc.id, DocumentFailed(doc, "dating documents", e).line(), failed=True)


def dated_documents(
    sources: list[Source],
    config: Config = Config(),
    *,
    workers: int = 1,
    scheduler: str | None = None,
    on_stage: Callable[[str], None] = lambda s: None,
    on_dated: Callable[[], None] = lambda: None,
) -> Iterator[Document | Skipped]:
    """The documents of ``sources`` in input order, those the batch step dates already segmented and
    anchored — so ``extract`` gives the dates ``anchors`` shows.

    When some input may lack a date, a first streaming pass segments and anchors each document on its
    own (on the same executor) and keeps only its compact ``anchor.Evidence`` (segments, cues, a word
    fingerprint; never the text); ``anchor.date_batch`` turns the evidence into anchors; the second pass
    reads the inputs again and hands each document over with its segments set. Standard input cannot be
    read twice, so its documents are kept from the first pass. Skipped inputs are reported by the second
    pass only."""
    if not needs_dating_pass(sources, config):
        on_stage("extracting")
        yield from iter_documents(sources, config.max_bytes)
        return
    on_stage("dating documents")
    kept: dict[int, list] = {}

    def first_pass() -> Iterator[Document | Skipped]:
        for n, src in enumerate(sources):
            for item in iter_documents([src], config.max_bytes):
                if src.path is None:
                    kept.setdefault(n, []).append(item)
                yield item

    evidence = []
    for e in _execute(first_pass(), config, document_evidence, workers, scheduler):
        if not isinstance(e, Skipped):
            evidence.append(e)
            on_dated()
    dated = anchor.date_batch(evidence)
    segments = {ev.id: segs for ev, segs in zip(evidence, dated)}
    del evidence, dated
    on_stage("extracting")
    for n, src in enumerate(sources):
        for item in kept.pop(n) if n in kept else iter_documents([src], config.max_bytes):
            if isinstance(item, Document) and item.id in segments:
                item = replace(item, segments=segments.pop(item.id))
            yield item


def run(
    sources: list[Source],
    config: Config = Config(),
    *,
    workers: int = 1,
    scheduler: str | None = None,
    on_skip: Callable[[Skipped], None] = lambda s: None,
    on_done: Callable[[Document], None] = lambda d: None,
) -> Timeline:
    """The whole Timeline in memory (library use; ``extract_to`` streams to files instead)."""

    def results() -> Iterator[DocResult]:
        for item in iter_results(sources, config, workers=workers, scheduler=scheduler):
            if isinstance(item, Skipped):
                on_skip(item)
            else:
                on_done(item.document)
                yield item

    return merge.merge(results())


@dataclass(frozen=True)
class SummaryOptions:
    """``extract --summary-dates K``: also write the K dates that matter (``rank.summarize``) beside each output."""

    dates: int | None = None
    sentences: int = 2
    start: dt.date | None = None
    end: dt.date | None = None
    keywords: tuple[str, ...] = ()


class NoReadableInput(ValueError):
    """Every input was skipped: nothing is written."""


def extract_to(
    sources: list[Source],
    targets: list[tuple[str, str]],
    config: Config = Config(),
    options: ExportOptions = ExportOptions(),
    *,
    workers: int = 1,
    scheduler: str | None = None,
    on_skip: Callable[[Skipped], None] = lambda s: None,
    on_done: Callable[[Document], None] = lambda d: None,
    on_stage: Callable[[str], None] = lambda s: None,
    on_dated: Callable[[], None] = lambda: None,
    summary: SummaryOptions | None = None,
) -> Timeline:
    """Run the pipeline and write every ``(format, path)`` target, streaming: JSON documents and mentions are
    written as each document is done, so memory holds only documents' metadata and events. Every file is
    replaced atomically at the end, or not at all. Returns the Timeline the other formats were rendered from
    (documents without text when another format needs them, events; mentions only for a mention-level CSV, the
    HTML page, which marks each date expression in its quote, or a summary). Each event's salience (``rank``)
    goes into the JSON; with ``summary``, the summary is written beside each target (``export.summary_path``)."""
    keep_mentions = (
        any(fmt == "html" or (fmt == "csv" and options.level == "mentions") for fmt, _ in targets)
        or summary is not None
    )
    # the other formats need each document's title, url and anchors; JSON alone needs nothing kept
    keep_documents = any(fmt != "json" for fmt, _ in targets) or summary is not None
    ranking = rank.Corpus()  # what salience needs: each document's dates and each mention's value, no text
    documents: list[Document] = []
    mentions: list[Mention] = []
    n_documents = 0
    merger = merge.Merger()
    with ExitStack() as stack:
        # opened with the first result: a run failing before it writes nothing
        writers: list[StreamWriter] | None = None
        for item in iter_results(
            sources, config, workers=workers, scheduler=scheduler, on_stage=on_stage, on_dated=on_dated
        ):
            if isinstance(item, Skipped):
                on_skip(item)
                continue
            if writers is None:
                writers = [
                    StreamWriter(stack.enter_context(atomic_open(path)), options.include_text, options.include_undated)
                    for fmt, path in targets
                    if fmt == "json"
                ]
            for w in writers:
                w.add(item.document, item.mentions)
            if keep_documents:
                documents.append(replace(item.document, text=""))
            else:
                n_documents += 1
            if keep_mentions:
                mentions.extend(item.mentions)
            ranking.add(item.document, item.mentions)
            merger.add(item)
            on_done(item.document)
        if not documents and not n_documents:
            raise NoReadableInput("no readable input: every input was skipped")
        on_stage("merging")
        events, undated = merger.finish()
        timeline = Timeline(tuple(documents), tuple(mentions), events, undated)
        on_stage("writing")
        salience = {k: v.as_dict() for k, v in rank.saliences(events + undated, ranking).items()}
        # every format (and summary) is rendered and written to its temporary file (and flushed to disk) before
        # any replaces its target: a failure (a full disk, an interrupt) leaves every previous output in place
        outputs = [(path, lambda fmt=fmt: render(timeline, fmt, options)) for fmt, path in targets if fmt != "json"]
        if summary is not None:
            chosen = rank.summarize(
                timeline,
                summary.dates,
                summary.sentences,
                summary.start,
                summary.end,
                summary.keywords or None,
                corpus=ranking,
            )
            outputs += [
                (summary_path(path, fmt), lambda fmt=fmt: render_summary(timeline, chosen, fmt, options, salience))
                for fmt, path in targets
            ]
        for path, data in outputs:
            fh = stack.enter_context(atomic_open(path, binary=True))
            fh.write(data())
            _sync(fh)
        for w in writers or ():
            w.close(events, undated, salience)
            _sync(w.out)
    return timeline


def _sync(fh) -> None:
    """Flush ``fh`` to disk now, so that a full disk shows here and not while outputs are being replaced."""
    fh.flush()
    try:
        os.fsync(fh.fileno())
    except (OSError, ValueError, AttributeError):  # stdout, a pipe: nothing to sync
        pass
