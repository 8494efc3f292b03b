from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"


def run_cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """The real command, in a real process: exit codes, stdout/stderr and stdin as a user sees them."""
    return subprocess.run([sys.executable, "-m", "timeline", *args], input=stdin, capture_output=True,
                          cwd=cwd or REPO, timeout=300)


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
