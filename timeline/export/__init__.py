"""Timeline -> bytes, one module per format, and atomic writing.

Each format module exposes ``render(timeline, options) -> bytes``; this module picks one by name so the CLI
(``extract --format`` and ``export``) never needs to know the formats' details.
"""

from __future__ import annotations

import datetime as dt
import importlib
import io
import os
import signal
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from ..model import Timeline

#: format name -> (module, file name used by --out-dir)
FORMATS: dict[str, tuple[str, str]] = {
    "json": ("json", "timeline.json"),
    "csv": ("csv", "timeline.csv"),
    "ics": ("ics", "timeline.ics"),
    "timelinejs": ("timelinejs", "timelinejs.json"),
    "html": ("html", "timeline.html"),
}


@dataclass(frozen=True)
class ExportOptions:
    title: str = "timeline"
    #: ICS UIDs are ``<first-report key>@<uid_domain>``: stable, so re-imports update instead of duplicating.
    uid_domain: str = "timeline.local"
    #: ICS DTSTAMP; None means SOURCE_DATE_EPOCH, else the latest anchor date (never the wall clock).
    dtstamp: dt.datetime | None = None
    ics_coarse: bool = False
    #: CSV rows: one per canonical event ("events") or one per mention ("mentions").
    level: str = "events"
    include_text: bool = False
    include_undated: bool = False
    #: Folder the HTML page is written to: documents without a web URL are linked by a path relative to it
    #: (None: the path as recorded).
    link_base: str | None = None
    #: TimelineJS: keep the events dated far before the rest of the story (left out by default).
    include_earlier: bool = False


def render(tl: Timeline, fmt: str, options: ExportOptions | None = None) -> bytes:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    options = options or ExportOptions()
    if fmt == "json":
        from ..rank import Corpus, saliences
        from .json import dumps

        salience = {k: v.as_dict() for k, v in saliences(tl.events + tl.undated, Corpus.of(tl)).items()}
        return dumps(tl, options.include_text, options.include_undated, salience).encode("utf-8")
    module = importlib.import_module(f".{FORMATS[fmt][0]}", __name__)
    return module.render(tl, options)


class Cancelled(BaseException):
    """The run was stopped (a signal) before this output was committed: it is not replaced."""


#: Set by the command line's signal handlers. A signal's exception can be lost (Python ignores an exception
#: raised inside a finaliser), so every output checks this before it replaces its target: once a run is told to
#: stop, no output is replaced, whatever the run was doing when the signal came.
_STOP = threading.Event()


def cancel() -> None:
    _STOP.set()


@contextmanager
def atomic_open(path: str | Path, binary: bool = False) -> Iterator[IO]:
    """A file handle for ``path`` (``-`` = stdout) that only replaces ``path`` when the block succeeds: output goes
    to a temporary file beside it, renamed over the target at the end. A failed run never leaves a half-written
    file and keeps the previous output intact. Text is UTF-8 with ``\\n`` newlines on every platform."""
    if str(path) == "-":
        stream = (
            sys.stdout.buffer
            if binary
            else io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="\n", write_through=False)
        )
        try:
            yield stream
        finally:
            stream.flush()
            if not binary:
                stream.detach()
        return
    path = Path(path)
    if path.exists() and not path.is_file():
        # a device, a pipe, a socket (/dev/null, /dev/stdout, a FIFO): written in place, never replaced by a file
        with open(path, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8", "newline": "\n"})) as fh:
            yield fh
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    # SIGINT/SIGTERM are held back while the temporary file is made, and let through only inside the ``try``
    # that removes it: an interrupt between the two left the file behind
    held = _hold_signals()
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except BaseException:
        _release_signals(held)
        raise
    try:
        _release_signals(held)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; give the file the mode open() would have
        with os.fdopen(fd, "wb") if binary else open(fd, "w", encoding="utf-8", newline="\n") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        if _STOP.is_set():
            raise Cancelled()
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


_INTERRUPTS = {signal.SIGINT, signal.SIGTERM}


def _hold_signals() -> set | None:
    """Block SIGINT and SIGTERM in this thread (pending ones are delivered by ``_release_signals``)."""
    try:
        return signal.pthread_sigmask(signal.SIG_BLOCK, _INTERRUPTS)
    except (AttributeError, OSError, ValueError):  # no pthread_sigmask on this platform
        return None


def _release_signals(held: set | None) -> None:
    if held is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def write_atomic(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` (``-`` = stdout) atomically (see ``atomic_open``)."""
    with atomic_open(path, binary=True) as fh:
        fh.write(data)


def render_summary(
    tl: Timeline, summary: list, fmt: str, options: ExportOptions | None = None, salience: dict | None = None
) -> bytes:
    """A summary (``rank.summarize``'s dates) in ``fmt``: JSON is the contract holding the events the summary
    rests on plus its top-level ``summary``; the other formats show one entry per chosen date."""
    from ..rank import summary_events, summary_timeline

    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    options = options or ExportOptions()
    if fmt == "json":
        from .json import dumps

        return dumps(
            summary_timeline(tl, summary), options.include_text, False, salience, [day.as_dict() for day in summary]
        ).encode("utf-8")
    return render(summary_events(tl, summary), fmt, options)


#: format name -> file name of a summary written beside a full output in an output folder
SUMMARY_FILES = {
    "json": "summary.json",
    "csv": "summary.csv",
    "ics": "summary.ics",
    "timelinejs": "summary.timelinejs.json",
    "html": "summary.html",
}


def summary_path(path: str, fmt: str) -> str:
    """Where ``extract --summary-dates`` writes the summary beside a full output: ``DIR/timeline.json`` ->
    ``DIR/summary.json`` (the names ``--out-dir`` uses), any other ``NAME.EXT`` -> ``NAME.summary.EXT``."""
    p = Path(path)
    if p.name == FORMATS[fmt][1]:
        return str(p.with_name(SUMMARY_FILES[fmt]))
    return str(p.with_name(f"{p.stem}.summary{p.suffix}"))
