"""Rows of a JSONL or CSV table, read the same way for manifests and for article dumps."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator


def _is_jsonl(name: str, text: str) -> bool:
    lower = name.lower()
    if lower.endswith((".jsonl", ".ndjson")):
        return True
    if lower.endswith(".csv"):
        return False
    return text.lstrip().startswith("{")


def raw_records(text: str, name: str) -> Iterator[tuple[int, dict | None, str]]:
    """(number, row or None, problem) for each non-empty record."""
    if _is_jsonl(name, text):
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                yield n, None, f"not JSON ({e.msg})"
                continue
            yield (n, row, "") if isinstance(row, dict) else (n, None, "not a JSON object")
        return
    # csv needs the raw text (newline="") so that quoted fields may hold line breaks
    reader = csv.DictReader(io.StringIO(text, newline=""))
    for n, row in enumerate(reader, 1):
        yield n, dict(row), ""
