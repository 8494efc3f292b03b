from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.cli import main

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"


def run_process(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """The real command, in a real process: for what only a process shows (the entry point, signals, a tty)."""
    return subprocess.run(
        [sys.executable, "-m", "timeline", *args], input=stdin, capture_output=True, cwd=cwd or REPO, timeout=300
    )


def run_cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """The command in this process, through ``timeline.cli.main`` (what the console script calls): exit code,
    stdout and stderr bytes and stdin as a user sees them, without starting a Python and spaCy per case."""
    out, err = io.BytesIO(), io.BytesIO()
    streams = (
        io.TextIOWrapper(out, encoding="utf-8", write_through=True),
        io.TextIOWrapper(err, encoding="utf-8", write_through=True),
        io.TextIOWrapper(io.BytesIO(stdin or b""), encoding="utf-8"),
    )
    saved = sys.stdout, sys.stderr, sys.stdin
    previous_dir = os.getcwd()
    sys.stdout, sys.stderr, sys.stdin = streams
    try:
        os.chdir(cwd or REPO)
        code = main(list(args))
    finally:
        os.chdir(previous_dir)
        for stream in streams[:2]:
            stream.flush()
        sys.stdout, sys.stderr, sys.stdin = saved
    return subprocess.CompletedProcess(["timeline", *args], code, out.getvalue(), err.getvalue())


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture(scope="session")
def seeds_out_dir(tmp_path_factory):
    """`extract seeds/ --published 2016-10-25 --out-dir`, one process: what several tests compare against."""
    out = tmp_path_factory.mktemp("seeds-out")
    proc = run_cli("extract", str(SEEDS), "--published", "2016-10-25", "--out-dir", str(out), "-q")
    assert proc.returncode == 0, proc.stderr.decode()
    return out


def load_json(data: bytes | str) -> dict:
    return json.loads(data)


def write_corpus(folder: Path, articles) -> Path:
    """A tbaq-layout corpus (``manifest.csv`` + ``docs/``) of ``(name, date, paragraph, ...)`` rows of a test's own."""
    (folder / "docs").mkdir()
    rows = ["id,path,published"]
    for name, date, *paragraphs in articles:
        (folder / "docs" / f"{name}.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
        rows.append(f"{name},docs/{name}.txt,{date}")
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder
