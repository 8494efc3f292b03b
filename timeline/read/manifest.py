"""Manifests: a CSV or JSONL list of inputs with the facts a user knows about them (id, writing date, url...).

The manifest is the most trusted source of a document's date, and the way a user corrects a wrong one: edit a
row, rerun with ``--manifest``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .records import raw_records

FIELDS = ("id", "path", "published", "title", "url", "source", "lang")


class ManifestError(ValueError):
    """The manifest cannot be used at all (missing, malformed, wrong columns)."""


@dataclass(frozen=True)
class ManifestEntry:
    id: str
    path: Path
    published: dt.date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    lang: str | None = None


def parse_date(value: str | None) -> dt.date | None:
    """An ISO date (``2016-10-25``), or the date part of an ISO datetime; empty means unknown."""
    if value is None or not str(value).strip():
        return None
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise ValueError(f"not an ISO date (YYYY-MM-DD): {text!r}") from None


def _rows(path: Path) -> Iterator[tuple[int, dict | None, str]]:
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ManifestError(f"{printable(path)}: cannot read the manifest ({e.strerror or e})") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ManifestError(f"{printable(path)}: the manifest is not UTF-8 text (CSV or JSONL)") from None
    if "\x00" in text:
        raise ManifestError(f"{printable(path)}: the manifest is a binary file, not CSV or JSONL")
    first = True
    for n, row, problem in raw_records(text, path.name):
        if first and row is not None and "path" not in row:
            raise ManifestError(
                f"{printable(path)}: a manifest needs at least a 'path' column (columns: {', '.join(FIELDS)})"
            )
        first = False
        yield n, row, problem


def _inside(target: Path, folder: Path) -> bool:
    try:
        target.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def read_manifest(
    path: str | Path, *, allow_outside: bool = False
) -> tuple[list[ManifestEntry], list[tuple[int, str]]]:
    """(entries in file order, [(row, problem)] of the rows that cannot be used). ``path`` values are relative to
    the manifest's folder and must stay inside it (no ``..`` escape, no absolute path, no symbolic link pointing
    out) unless ``allow_outside``: a manifest is often made by someone else, and must not make the tool read and
    copy any file of the machine into its output."""
    path = Path(path)
    if not path.is_file():
        raise ManifestError(f"{printable(path)}: manifest not found")
    entries = []
    problems: list[tuple[int, str]] = []
    seen: set[str] = set()
    where = printable(path)
    for n, row, problem in _rows(path):
        if row is None:
            problems.append((n, f"{where}: row {n}: {problem}"))
            continue
        rel = str(row.get("path") or "").strip()
        if not rel:
            problems.append((n, f"{where}: row {n} has no path"))
            continue
        target = path.parent / rel
        if not allow_outside and (Path(rel).is_absolute() or not _inside(target, path.parent)):
            problems.append(
                (
                    n,
                    f"{where}: row {n}: path {printable(rel)!r} is outside the manifest's folder "
                    "(pass --allow-outside-paths to read it)",
                )
            )
            continue
        target = target.resolve()
        ident = str(row.get("id") or "").strip() or Path(rel).with_suffix("").as_posix()
        if ident in seen:
            problems.append((n, f"{where}: row {n}: duplicate id {ident!r}"))
            continue
        seen.add(ident)
        try:
            published = parse_date(row.get("published"))
        except ValueError as e:
            problems.append((n, f"{where}: row {n}: {e}"))
            continue
        entries.append(
            ManifestEntry(
                ident,
                target,
                published,
                *(
                    str(row[k]).strip() or None if row.get(k) is not None else None
                    for k in ("title", "url", "source", "lang")
                ),
            )
        )
    return entries, problems


def printable(path: str | Path) -> str:
    """A path as text that can be printed (bytes that are not UTF-8 shown as ``\\xNN`` escapes)."""
    import os

    return os.fsencode(path).decode("utf-8", "backslashreplace")
