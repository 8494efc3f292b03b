"""Article dumps: JSONL or CSV files holding one article per record (``text`` plus optional
``id,title,url,published,source,lang``), as scrapers and news APIs export them.

Each record becomes one Document whose offsets index the record's ``text``. A bad record (no text, a
malformed line, a date that is not ISO) is skipped on its own; the rest of the file goes on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from .manifest import parse_date
from .records import MAX_DOCUMENT_BYTES, stream_records

#: The fields a dump record may carry; anything else is ignored.
FIELDS = ("id", "text", "title", "url", "published", "source", "lang")

DUMP_SUFFIXES = (".jsonl", ".ndjson", ".csv")


@dataclass(frozen=True)
class Record:
    number: int  # 1-based line (JSONL) or data row (CSV)
    id: str | None
    text: str
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    source: str | None = None
    lang: str | None = None


@dataclass(frozen=True)
class BadRecord:
    number: int
    reason: str


def looks_like_dump(row: dict | None) -> bool:
    """Whether a .jsonl/.csv met while walking a directory is an article dump (and not a manifest, a gold
    annotation file or a table of figures), from its first record: it has ``text`` and no manifest ``path`` or
    annotation ``start``/``end`` keys."""
    return row is not None and "text" in row and not ({"path", "start", "end"} & set(row))


def _str(row: dict, key: str) -> str | None:
    value = row.get(key)
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def _published(value: str | None) -> dt.date | None:
    """ISO dates as in a manifest, and the RFC 2822 dates that RSS feeds and mail archives carry."""
    try:
        return parse_date(value)
    except ValueError:
        from email.utils import parsedate_to_datetime

        try:
            return parsedate_to_datetime(value).date()
        except (TypeError, ValueError, IndexError):
            raise ValueError(f"published is neither ISO (YYYY-MM-DD) nor RFC 2822: {value!r}") from None


def iter_records(
    fh: BinaryIO, name: str, max_bytes: int = MAX_DOCUMENT_BYTES, walked: bool = False
) -> Iterator[Record | BadRecord]:
    """The records of a dump stream. ``walked``: the file was met while walking a directory, and is read only
    if its first record looks like an article (``looks_like_dump``)."""
    first = True
    for n, row, problem in stream_records(fh, name, max_bytes):
        if first and walked and not looks_like_dump(row):
            return
        first = False
        if row is None:
            yield BadRecord(n, problem)
            continue
        body = row.get("text")
        if not isinstance(body, str) or not body.strip():
            yield BadRecord(n, "no text")
            continue
        try:
            published = _published(_str(row, "published"))
        except ValueError as e:
            yield BadRecord(n, str(e))
            continue
        yield Record(
            n,
            _str(row, "id"),
            body,
            _str(row, "title"),
            _str(row, "url"),
            published,
            _str(row, "source"),
            _str(row, "lang"),
        )
