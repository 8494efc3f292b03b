"""The library's front door: what ``import timeline`` offers, and what the command line is a thin layer over.

``extract`` runs the whole pipeline (read -> segment -> anchor -> corpus dating pass -> temporal -> events ->
merge) over files, directories, strings of article text or ``Document``s, and returns a ``Timeline`` that
renders itself to every export format. A string or a ``Document`` goes through exactly the path a file does
(it becomes an in-memory ``read.Source``), so an undated string is dated by the corpus pass like an undated
file. ``tag`` finds temporal expressions alone; ``anchors`` returns documents with dated segments.

Strings are article text, never file names: give files and directories as ``pathlib.Path`` (or any
``os.PathLike``), so a short text can never be mistaken for a path.
"""

from __future__ import annotations

import datetime as dt
import os
import warnings
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from .model import Document, Mention, Timeline
from .read import MAX_DOCUMENT_BYTES, Skipped, Source, plan_inputs

if TYPE_CHECKING:  # the pipeline (spaCy and the rest) is imported on first use, so ``import timeline`` stays light
    from .export import ExportOptions
    from .run import Config, SummaryOptions

__all__ = ["Input", "Inputs", "anchors", "extract", "extract_to", "plan", "tag"]

#: One input: a file or directory (``os.PathLike``), a string of article text, or a ``Document``.
Input: TypeAlias = "os.PathLike[str] | str | Document"
#: One input or several; a list of ``Source``s already planned by ``plan`` is taken as it is.
Inputs: TypeAlias = "Input | Iterable[Input] | Sequence[Source]"

#: Id of the n-th string input (1-based, counted over all inputs), so ids are stable for the same call.
TEXT_ID = "text-{n}"


def _warn(skipped: Skipped) -> None:
    warnings.warn(f"timeline: skipped {skipped.reason}", stacklevel=3)


def plan(
    inputs: Inputs, manifest: str | os.PathLike[str] | None = None, *, allow_outside_paths: bool = False
) -> list[Source]:
    """Every input to read, in order: paths are walked (directories sorted), strings become in-memory documents
    with ids ``text-1``, ``text-2``... (by their place among the inputs), ``Document``s keep their own ids.

    Raises ``timeline.read.InputError`` for a path that does not exist, an unusable manifest, no input at all,
    or two inputs with the same id."""
    items = _as_list(inputs)
    if items and all(isinstance(item, Source) for item in items):
        return [item for item in items if isinstance(item, Source)]
    planned: list[str | Document] = []
    for n, item in enumerate(items, 1):
        if isinstance(item, Document):
            planned.append(item)
        elif isinstance(item, str):
            ident = TEXT_ID.format(n=n)
            planned.append(Document(id=ident, path=ident, text=item, reader="string"))
        elif isinstance(item, os.PathLike):
            planned.append(os.fspath(item))
        else:
            raise TypeError(f"an input is a path, a string of text or a timeline.Document, not {type(item).__name__}")
    return plan_inputs(planned, Path(manifest) if manifest is not None else None, allow_outside=allow_outside_paths)


def _as_list(inputs: Inputs | None) -> list[object]:
    if inputs is None:
        return []
    if isinstance(inputs, (str, Document, os.PathLike)):
        return [inputs]
    return list(inputs)


def _config(
    published: dt.date | None, spacy_model: str | None, keep_text: bool, max_bytes: int, profile: str
) -> Config:
    from .run import Config
    from .temporal.rules.profiles import profile as known_profile

    known_profile(profile)  # ValueError naming the choices, before anything is read
    return Config(
        published=published, spacy_model=spacy_model, keep_text=keep_text, max_bytes=max_bytes, profile=profile
    )


def extract(
    inputs: Inputs,
    *,
    published: dt.date | None = None,
    manifest: str | os.PathLike[str] | None = None,
    workers: int = 1,
    scheduler: str | None = None,
    spacy_model: str | None = None,
    max_bytes: int = MAX_DOCUMENT_BYTES,
    keep_text: bool = False,
    allow_outside_paths: bool = False,
    profile: str = "news",
    on_skip: Callable[[Skipped], None] | None = None,
    on_done: Callable[[Document], None] | None = None,
) -> Timeline:
    """The timeline of ``inputs``: every event, dated, merged across documents, with its sources.

    ``published`` is the writing date of every input that states none more trusted (a manifest's or a
    ``Document.published`` first); without one, undated inputs are dated from their text and the corpus pass,
    and relative expressions that stay undated keep underspecified values (``XXXX-10-14``): never today.
    ``workers`` > 1 runs local worker processes; ``scheduler`` (``local:N`` or a Dask scheduler address) runs on
    Dask. ``keep_text`` keeps each document's text in the result (``to_json(include_text=True)``).
    ``profile`` names the genre rules to run: ``news`` (the default), ``finance`` or ``forum`` (see
    ``timeline.PROFILES``; ValueError for another name).
    An input that cannot be read (or a document that fails) is passed to ``on_skip`` (default: a warning) and
    left out; the others go on. Raises ``InputError`` when the inputs cannot be planned at all.
    """
    from .run import run

    sources = plan(inputs, manifest, allow_outside_paths=allow_outside_paths)
    config = _config(published, spacy_model, keep_text, max_bytes, profile)
    return run(
        sources,
        config,
        workers=workers,
        scheduler=scheduler,
        on_skip=on_skip or _warn,
        on_done=on_done or (lambda d: None),
    )


def extract_to(
    inputs: Inputs,
    targets: Sequence[tuple[str, str]],
    *,
    published: dt.date | None = None,
    manifest: str | os.PathLike[str] | None = None,
    workers: int = 1,
    scheduler: str | None = None,
    spacy_model: str | None = None,
    max_bytes: int = MAX_DOCUMENT_BYTES,
    keep_text: bool = False,
    allow_outside_paths: bool = False,
    profile: str = "news",
    options: ExportOptions | None = None,
    on_skip: Callable[[Skipped], None] | None = None,
    on_done: Callable[[Document], None] | None = None,
    on_stage: Callable[[str], None] | None = None,
    on_dated: Callable[[], None] | None = None,
    summary: SummaryOptions | None = None,
) -> Timeline:
    """``extract``, streamed to files: every ``(format, path)`` of ``targets`` (``path`` ``-`` is stdout) is
    written as documents are done and replaced atomically at the end, so memory holds only what the formats
    other than JSON need. ``options`` is an ``export.ExportOptions``. Raises ``run.NoReadableInput`` when every
    input was skipped (nothing is written)."""
    from .export import ExportOptions
    from .run import extract_to as stream

    sources = plan(inputs, manifest, allow_outside_paths=allow_outside_paths)
    config = _config(published, spacy_model, keep_text, max_bytes, profile)
    export_options = options if options is not None else ExportOptions(include_text=keep_text)
    return stream(
        sources,
        list(targets),
        config,
        export_options,
        workers=workers,
        scheduler=scheduler,
        on_skip=on_skip or _warn,
        on_done=on_done or (lambda d: None),
        on_stage=on_stage or (lambda s: None),
        on_dated=on_dated or (lambda: None),
        summary=summary,
    )


def anchors(
    inputs: Inputs,
    *,
    published: dt.date | None = None,
    manifest: str | os.PathLike[str] | None = None,
    batch: bool = True,
    max_bytes: int = MAX_DOCUMENT_BYTES,
    allow_outside_paths: bool = False,
    profile: str = "news",
    on_skip: Callable[[Skipped], None] | None = None,
) -> list[Document]:
    """Every readable input as a ``Document`` whose ``segments`` carry their writing dates (``Segment.anchor``:
    date, source, confidence, granularity, evidence). ``batch`` runs the corpus step that dates undated
    documents by the documents most similar to them (what ``extract`` uses). ``profile``: the genre rules the
    content is read with, as in ``extract``."""
    from .evaluate.anchors import anchor_documents
    from .temporal.rules.profiles import profile as known_profile

    known_profile(profile)
    sources = plan(inputs, manifest, allow_outside_paths=allow_outside_paths)
    return anchor_documents(
        sources, published, batch=batch, on_skip=on_skip or _warn, max_bytes=max_bytes, profile=profile
    )


def tag(
    text: str,
    anchor: dt.date | None = None,
    *,
    lang: str | None = None,
    spacy_model: str | None = None,
    anchor_granularity: str = "day",
    profile: str = "news",
) -> list[Mention]:
    """The temporal expressions of ``text`` alone (no events, no merging), as TIMEX3 ``Mention``s resolved
    against ``anchor``, the date the text was written. Without an anchor, relative values stay underspecified
    (``XXXX-10-14``); today's date is never used. ``lang`` (ISO 639-1) is detected when not given; ``profile``
    as in ``extract``."""
    from . import temporal
    from .temporal.rules.profiles import profile as known_profile

    known_profile(profile)
    mentions: list[Mention] = temporal.tag(
        text, anchor, model=spacy_model, anchor_granularity=anchor_granularity, lang=lang, profile=profile
    )
    return mentions
