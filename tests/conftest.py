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


def load_json(data: bytes | str) -> dict:
    return json.loads(data)
