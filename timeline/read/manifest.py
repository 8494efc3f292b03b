"""Manifests: a CSV or JSONL list of inputs with the facts a user knows about them (id, writing date, url...).

The manifest is the most trusted source of a document's date, and the way a user corrects a wrong one: edit a
row, rerun with ``--manifest``.
"""

from __future__ import annotations

import datetime as dt
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


def _rows(path: Path) -> list[dict]:
    rows = []
    for n, row, problem in raw_records(path.read_text(encoding="utf-8-sig"), path.name):
        if row is None:
            raise ManifestError(f"{path}:{n}: {problem}")
        if "path" not in row:
            raise ManifestError(f"{path}: a manifest needs at least a 'path' column (columns: {', '.join(FIELDS)})")
        rows.append(row)
    return rows


def read_manifest(path: str | Path) -> list[ManifestEntry]:
    """Entries in file order; ``path`` values are relative to the manifest's folder."""
    path = Path(path)
    if not path.is_file():
        raise ManifestError(f"{path}: manifest not found")
    entries = []
    seen: set[str] = set()
    for n, row in enumerate(_rows(path), 1):
        rel = str(row.get("path") or "").strip()
        if not rel:
            raise ManifestError(f"{path}: row {n} has no path")
        target = (path.parent / rel).resolve()
        ident = str(row.get("id") or "").strip() or Path(rel).with_suffix("").as_posix()
        if ident in seen:
            raise ManifestError(f"{path}: row {n}: duplicate id {ident!r}")
        seen.add(ident)
        try:
            published = parse_date(row.get("published"))
        except ValueError as e:
            raise ManifestError(f"{path}: row {n}: {e}") from None
        entries.append(ManifestEntry(
            ident, target, published,
            *(str(row[k]).strip() or None if row.get(k) is not None else None for k in ("title", "url", "source", "lang")),
        ))
    return entries
