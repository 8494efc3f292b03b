"""Inputs -> Documents: files, directories (recursively), ``-`` for stdin, and a manifest.

Documents are produced lazily, one at a time, so a year of news never sits in memory at once. A file that cannot
be read becomes a ``Skipped`` record (reported, not fatal); only a missing path or an unusable manifest stops
the run before it starts (``InputError``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..model import Document
from .manifest import ManifestEntry, ManifestError, read_manifest
from .text import UnreadableInput, decode

__all__ = ["InputError", "Skipped", "Source", "iter_documents", "plan_inputs", "read_source"]

#: File name endings read when walking a directory.
TEXT_SUFFIXES = (".txt",)


class InputError(ValueError):
    """The run cannot start: a missing path, nothing to read, or an unusable manifest."""


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str


@dataclass(frozen=True)
class Source:
    """One input to read: where it is and what a manifest says about it."""

    id: str
    path: Path | None  # None = stdin
    display: str
    entry: ManifestEntry | None = None


def _id_for(path: Path, root: Path) -> str:
    try:
        rel = path.relative_to(root)
    except ValueError:
        rel = Path(path.name)
    return rel.with_suffix("").as_posix()


def plan_inputs(inputs: list[str], manifest: str | Path | None = None) -> list[Source]:
    """Every input to read, in a stable order (command line order; directories sorted), de-duplicated.

    Raises InputError for a path that does not exist or a manifest that cannot be used.
    """
    entries: list[ManifestEntry] = []
    if manifest is not None:
        try:
            entries = read_manifest(manifest)
        except ManifestError as e:
            raise InputError(str(e)) from None
    by_path = {e.path: e for e in entries}
    sources: list[Source] = []
    seen: set[Path] = set()

    def add(path: Path, root: Path) -> None:
        resolved = path.resolve()
        if resolved in seen:
            return
        seen.add(resolved)
        entry = by_path.get(resolved)
        sources.append(Source(entry.id if entry else _id_for(resolved, root), resolved, str(path), entry))

    if not inputs:
        for e in entries:
            add(Path(os.path.relpath(e.path)), e.path.parent)
    for item in inputs:
        if item == "-":
            sources.append(Source("stdin", None, "-"))
            continue
        path = Path(item)
        if path.is_dir():
            root = path.resolve()
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
            for f in files:
                add(f, root)
        elif path.exists():
            add(path, path.resolve().parent)
        else:
            raise InputError(f"{item}: no such file or directory")
    if not sources:
        raise InputError("no input given (pass files, directories, '-' for stdin, or --manifest FILE)")
    ids = [s.id for s in sources]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise InputError(f"two inputs would get the same document id {dupes[0]!r}: give them ids in a manifest")
    return sources


def read_source(src: Source) -> Document:
    """Read and decode one input. Raises UnreadableInput (or OSError) for one that cannot be read."""
    if src.path is None:
        data = sys.stdin.buffer.read()
    else:
        data = src.path.read_bytes()
    text, encoding = decode(data, src.display)
    e = src.entry
    return Document(
        id=src.id,
        path=src.display,
        text=text,
        title=e.title if e else None,
        url=e.url if e else None,
        source=e.source if e else None,
        lang=e.lang if e else None,
        reader=f"{'stdin' if src.path is None else 'text'}:{encoding}",
        published=e.published if e else None,
    )


def iter_documents(sources: list[Source]) -> Iterator[Document | Skipped]:
    for src in sources:
        try:
            yield read_source(src)
        except UnreadableInput as e:
            yield Skipped(src.display, str(e))
        except OSError as e:
            yield Skipped(src.display, f"{src.display}: {e.strerror or e}")

