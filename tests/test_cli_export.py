"""Formats through the command line: --out-dir writes every format, `export` re-exports a saved JSON, writes are
atomic, and a bad saved file is a one-line usage error."""

from __future__ import annotations

import json

import pytest

from timeline.export.json import validate

from .conftest import SEEDS, run_cli


@pytest.fixture
def outputs(seeds_out_dir):
    return seeds_out_dir


def test_out_dir_writes_every_format(outputs):
    assert sorted(p.name for p in outputs.iterdir()) == [
        "timeline.csv",
        "timeline.html",
        "timeline.ics",
        "timeline.json",
        "timelinejs.json",
    ]
    validate(json.loads((outputs / "timeline.json").read_text("utf-8")))


@pytest.mark.parametrize(
    "fmt,name",
    [("csv", "timeline.csv"), ("ics", "timeline.ics"), ("timelinejs", "timelinejs.json"), ("json", "timeline.json")],
)
def test_export_reproduces_extract_without_re_running(outputs, tmp_path, fmt, name):
    proc = run_cli("export", str(outputs / "timeline.json"), "--format", fmt, "--out", "-")
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stdout == (outputs / name).read_bytes()


def test_export_and_view_write_the_page_extract_wrote(outputs):
    again = outputs / "again.html"  # beside the original: links to the input files are relative to the page
    try:
        for args in (("export", "--format", "html"), ("view",)):
            proc = run_cli(args[0], str(outputs / "timeline.json"), *args[1:], "--out", str(again))
            assert proc.returncode == 0, proc.stderr.decode()
            assert again.read_bytes() == (outputs / "timeline.html").read_bytes()
    finally:
        again.unlink(missing_ok=True)


def test_export_of_a_broken_file_is_a_usage_error_and_keeps_previous_output(tmp_path, outputs):
    bad = tmp_path / "bad.json"
    bad.write_text('{"version": 1, "documents": [')
    target = tmp_path / "keep.csv"
    target.write_text("previous\n")
    proc = run_cli("export", str(bad), "--format", "csv", "--out", str(target))
    assert proc.returncode == 2
    assert proc.stderr.decode().count("\n") == 1 and "Traceback" not in proc.stderr.decode()
    assert target.read_text() == "previous\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_several_formats_without_out_dir_is_a_usage_error():
    proc = run_cli("extract", str(SEEDS), "--format", "csv", "--format", "ics")
    assert proc.returncode == 2 and b"--out-dir" in proc.stderr


def test_the_main_job_is_byte_identical_on_a_second_run(tmp_path):
    """What `make run` does (no --published: anchors come from the texts), twice."""
    first, second = tmp_path / "a", tmp_path / "b"
    for out in (first, second):
        proc = run_cli("extract", str(SEEDS), "--out-dir", str(out), "-q")
        assert proc.returncode == 0, proc.stderr.decode()
    for name in ("timeline.json", "timeline.csv", "timeline.ics", "timelinejs.json", "timeline.html"):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
    assert b"BEGIN:VEVENT" in (first / "timeline.ics").read_bytes()
