"""Rows of a JSONL or CSV table, read the same way for manifests and for article dumps.

Tables are read as a stream, one record at a time, so a dump of any size is read in bounded memory; a record
larger than the per-document limit, a line that is not JSON, or JSON nested deeper than ``MAX_JSON_DEPTH`` is
one bad record, reported and skipped, never the end of the run.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
from collections.abc import Iterator
from typing import BinaryIO

#: JSON deeper than this is refused before it is parsed (Python's parser would fail on deep nesting with a
#: RecursionError; no manifest or article record needs more than a few levels).
MAX_JSON_DEPTH = 64

#: Default largest record or document, in bytes (``--max-size``): far above any news article, small enough
#: that a run never holds more than a few of them.
MAX_DOCUMENT_BYTES = 16 * 1024 * 1024


class TableError(ValueError):
    """The table as a whole cannot be read (it is not text)."""


def _is_jsonl(name: str, head: bytes) -> bool:
    lower = name.lower()
    if lower.endswith((".jsonl", ".ndjson")):
        return True
    if lower.endswith(".csv"):
        return False
    return head.lstrip(codecs.BOM_UTF8 + b" \t\r\n").startswith(b"{")


def json_depth_exceeds(text: str, limit: int = MAX_JSON_DEPTH) -> bool:
    """Whether ``text`` (JSON) nests arrays and objects deeper than ``limit``; brackets inside strings do not
    count. Linear, and only run when the text holds that many opening brackets at all."""
    if text.count("[") + text.count("{") <= limit:
        return False
    depth = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > limit:
                return True
        elif ch in "]}":
            depth -= 1
    return False


def loads_bounded(text: str) -> object:
    """``json.loads`` that refuses nesting deeper than MAX_JSON_DEPTH with a ValueError (not a RecursionError)."""
    if json_depth_exceeds(text):
        raise ValueError(f"JSON nested deeper than {MAX_JSON_DEPTH} levels")
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError(f"JSON nested deeper than {MAX_JSON_DEPTH} levels") from None


def _lines(fh: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) of a binary stream; None for a line longer than ``max_bytes`` (skipped to its end
    without holding it)."""
    n = 0
    while True:
        line = fh.readline(max_bytes + 1)
        if not line:
            return
        n += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = fh.readline(1 << 20)
            yield n, None
            continue
        yield n, line


def stream_records(
    fh: BinaryIO, name: str, max_bytes: int = MAX_DOCUMENT_BYTES
) -> Iterator[tuple[int, dict | None, str]]:
    """(number, row or None, problem) for each non-empty record of a JSONL or CSV stream."""
    head = fh.peek(64) if hasattr(fh, "peek") else b""
    if _is_jsonl(name, head[:64]):
        for n, raw in _lines(fh, max_bytes):
            if raw is None:
                yield n, None, f"record larger than the limit of {max_bytes:,} bytes"
                continue
            try:
                line = raw.decode("utf-8-sig" if n == 1 else "utf-8")
            except UnicodeDecodeError:
                yield n, None, "not UTF-8 text"
                continue
            if not line.strip():
                continue
            try:
                row = loads_bounded(line)
            except ValueError as e:
                yield n, None, f"not JSON ({getattr(e, 'msg', None) or e})"
                continue
            yield (n, row, "") if isinstance(row, dict) else (n, None, "not a JSON object")
        return
    # csv needs the raw text (newline="") so that quoted fields may hold line breaks
    text = io.TextIOWrapper(fh, encoding="utf-8-sig", newline="", errors="strict")
    csv.field_size_limit(max(max_bytes, 131072))
    reader = csv.DictReader(text)
    n = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except UnicodeDecodeError:
            raise TableError(f"{name}: not UTF-8 text") from None
        except csv.Error as e:
            n += 1
            yield n, None, f"not CSV ({e})"
            return  # the reader cannot resynchronise after a malformed field: the rest of the table is lost
        n += 1
        if None in row:  # more cells than columns
            row.pop(None)
        yield n, dict(row), ""


def raw_records(text: str, name: str) -> Iterator[tuple[int, dict | None, str]]:
    """(number, row or None, problem) for each non-empty record of a table held as text."""
    yield from stream_records(
        io.BufferedReader(io.BytesIO(text.encode("utf-8", "surrogateescape"))),
        name,
        max(MAX_DOCUMENT_BYTES, len(text) * 4),
    )
