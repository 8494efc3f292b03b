"""Inputs -> Documents: text files in any common encoding, HTML pages, JSONL/CSV article dumps, directories
of these (recursively), ``-`` for stdin, and a manifest.

Each Document records how it was read (``Document.reader``: ``text:cp1252``, ``html:trafilatura``,
``jsonl:line 3``...) so its offsets can be checked against the same text. Documents are produced lazily, one at
a time, so a year of news never sits in memory at once. A file that cannot
be read becomes a ``Skipped`` record (reported, not fatal); only a missing path or an unusable manifest stops
the run before it starts (``InputError``).
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..model import Document
from .dump import DUMP_SUFFIXES, BadRecord, iter_records
from .html import extract_page, looks_like_html
from .manifest import ManifestEntry, ManifestError, printable, read_manifest
from .records import MAX_DOCUMENT_BYTES, TableError
from .text import UnreadableInput, decode

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "InputError",
    "Skipped",
    "Source",
    "iter_documents",
    "plan_inputs",
    "printable",
    "read_source",
]

#: File name endings read when walking a directory. Dumps (.jsonl/.csv) are read from a directory only when
#: they look like one (see ``looks_like_dump``), so a corpus folder's manifest or gold files are left alone.
TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
WALKED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + DUMP_SUFFIXES


class InputError(ValueError):
    """The run cannot start: a missing path, nothing to read, or an unusable manifest."""


@dataclass(frozen=True)
class Skipped:
    """An input, record or document left out of the run, with the one line that says why."""

    path: str
    reason: str
    #: True when processing the document failed (a bug or a limit met inside it), not reading it
    failed: bool = False


@dataclass(frozen=True)
class Source:
    """One input to read: where it is and what a manifest says about it."""

    id: str
    path: Path | None  # None = stdin
    display: str
    entry: ManifestEntry | None = None
    #: found by walking a directory (a .jsonl/.csv there is read only if it looks like an article dump)
    walked: bool = False
    #: why this input cannot be read at all (a manifest row without a usable path): reported when its turn comes
    problem: str | None = None
    #: a document already in memory (library use: a string or a ``Document`` passed to ``timeline.extract``);
    #: read like a file, so it gets the same segmentation, dating and corpus pass
    document: Document | None = None


def _id_for(path: Path, root: Path) -> str:
    try:
        rel = path.relative_to(root)
    except ValueError:
        rel = Path(path.name)
    return rel.with_suffix("").as_posix()


def plan_inputs(
    inputs: list[str | Document], manifest: str | Path | None = None, *, allow_outside: bool = False
) -> list[Source]:
    """Every input to read, in a stable order (command line order; directories sorted), de-duplicated.

    An item is a path (``-`` for stdin) or a ``Document`` already in memory, which keeps its own id.

    Raises InputError for a path that does not exist or a manifest that cannot be used at all; a manifest row
    that cannot be used (no path, a path outside the manifest's folder without ``allow_outside``, a bad date)
    becomes a Source with a ``problem``, reported and skipped in its turn.
    """
    entries: list[ManifestEntry] = []
    problems: list[Source] = []
    if manifest is not None:
        try:
            entries, bad = read_manifest(manifest, allow_outside=allow_outside)
        except ManifestError as e:
            raise InputError(str(e)) from None
        problems = [Source(f"manifest-row-{row}", None, printable(manifest), problem=reason) for row, reason in bad]
    by_path = {e.path: e for e in entries}
    sources: list[Source] = []
    seen: set[Path] = set()

    def add(path: Path, root: Path, walked: bool = False) -> None:
        resolved = path.resolve()
        if resolved in seen:
            return
        seen.add(resolved)
        entry = by_path.get(resolved)
        sources.append(
            Source(entry.id if entry else printable(_id_for(resolved, root)), resolved, printable(path), entry, walked)
        )

    if not inputs:
        for e in entries:
            add(Path(os.path.relpath(e.path)), e.path.parent)
    for item in inputs:
        if isinstance(item, Document):
            sources.append(Source(item.id, None, printable(item.path or item.id), document=item))
            continue
        if item == "-":
            sources.append(Source("stdin", None, "-"))
            continue
        path = Path(item)
        if path.is_dir():
            root = path.resolve()
            files = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in WALKED_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            for f in files:
                add(f, root, walked=True)
        elif path.exists():
            add(path, path.resolve().parent)
        else:
            raise InputError(f"{printable(item)}: no such file or directory")
    if not sources and not problems:
        raise InputError("no input given (pass files, directories, '-' for stdin, or --manifest FILE)")
    counts = Counter(s.id for s in sources)
    dupes = sorted(i for i, c in counts.items() if c > 1)
    if dupes:
        raise InputError(f"two inputs would get the same document id {dupes[0]!r}: give them ids in a manifest")
    return problems + sources


def _kind(src: Source, text: str) -> str:
    suffix = src.path.suffix.lower() if src.path is not None else ""
    return "html" if suffix in HTML_SUFFIXES or looks_like_html(text) else "text"


def _read_bounded(src: Source, max_bytes: int) -> bytes:
    """The input's bytes, never more than ``max_bytes`` held: a larger (or endless) input is refused."""
    if src.path is None:
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        with open(src.path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise UnreadableInput(
            f"{src.display}: larger than the limit of {max_bytes:,} bytes per document (raise it with --max-size)"
        )
    return data


def read_documents(src: Source, max_bytes: int = MAX_DOCUMENT_BYTES) -> Iterator[Document | Skipped]:
    """Every document of one input: one for a text file or a page, one per record for a dump.

    Raises UnreadableInput (or OSError) when the input as a whole cannot be read.
    """
    if src.problem:
        raise UnreadableInput(src.problem)
    if src.document is not None:
        if len(src.document.text.encode("utf-8", "surrogatepass")) > max_bytes:
            raise UnreadableInput(f"{src.display}: larger than the limit of {max_bytes:,} bytes per document")
        yield src.document
        return
    e = src.entry
    base = dict(
        id=src.id,
        path=src.display,
        title=e.title if e else None,
        url=e.url if e else None,
        source=e.source if e else None,
        lang=e.lang if e else None,
        published=e.published if e else None,
    )
    if src.path is not None and src.path.suffix.lower() in DUMP_SUFFIXES:
        with open(src.path, "rb") as fh:
            yield from _dump_documents(src, fh, base, max_bytes)
        return
    text, encoding = decode(_read_bounded(src, max_bytes), src.display)
    if _kind(src, text) == "html":
        page = extract_page(text, src.display)
        base["title"] = base["title"] or page.title
        base["url"] = base["url"] or page.url
        yield Document(text=page.text, reader=f"{page.method}:{encoding}", meta_published=page.published, **base)
        return
    yield Document(text=text, reader=f"{'stdin' if src.path is None else 'text'}:{encoding}", **base)


def _dump_documents(src: Source, fh, base: dict, max_bytes: int) -> Iterator[Document | Skipped]:
    fmt = "csv" if src.path is not None and src.path.suffix.lower() == ".csv" else "jsonl"
    seen: set[str] = set()
    found = False
    unit = "line" if fmt == "jsonl" else "row"
    try:
        for rec in iter_records(fh, src.display, max_bytes, walked=src.walked):
            if isinstance(rec, BadRecord):
                yield Skipped(src.display, f"{src.display}: {unit} {rec.number}: {rec.reason}")
                continue
            found = True
            ident = f"{src.id}/{rec.id or rec.number}"
            if ident in seen:
                yield Skipped(src.display, f"{src.display}: {unit} {rec.number}: duplicate id {rec.id!r}")
                continue
            seen.add(ident)
            yield Document(
                id=ident,
                path=src.display,
                text=rec.text,
                title=rec.title or None,
                url=rec.url,
                source=rec.source or base["source"],
                lang=rec.lang or base["lang"],
                reader=f"{fmt}:{unit} {rec.number}",
                # a record's own date is as trusted as a manifest's; a manifest row for the whole dump fills gaps
                published=rec.published or base["published"],
            )
    except TableError as e:
        raise UnreadableInput(str(e)) from None
    if not found and not src.walked:
        raise UnreadableInput(f"{src.display}: no article records (each needs a 'text' field)")


def read_source(src: Source) -> Document:
    """Read one input that holds one document (a text file or a page; the first record of a dump)."""
    for item in read_documents(src):
        if isinstance(item, Document):
            return item
    raise UnreadableInput(f"{src.display}: no document")


def iter_documents(sources: list[Source], max_bytes: int = MAX_DOCUMENT_BYTES) -> Iterator[Document | Skipped]:
    """Documents (and Skipped records) in input order; one bad input never stops the others."""
    for src in sources:
        try:
            yield from read_documents(src, max_bytes)
        except UnreadableInput as e:
            yield Skipped(src.display, str(e))
        except OSError as e:
            yield Skipped(src.display, f"{src.display}: {e.strerror or e}")
        except (RecursionError, MemoryError, Exception) as e:  # noqa: BLE001 - a reader library failing on odd input
            yield Skipped(src.display, f"{src.display}: cannot read ({type(e).__name__}: {str(e)[:120]})", failed=True)
