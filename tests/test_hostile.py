"""Hostile and broken input: one bad document never costs the batch, and every bad input gets one clear line.

Run in-process through ``timeline.cli.main`` (exit codes and stderr as a user sees them, without a process start
per case); the few cases that need a real process (signals) start one.
"""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from timeline.cli import main

from .conftest import REPO, SEEDS

STORY = "The army said on Friday that it had taken the bridge. Talks resumed on Monday.\n"


@dataclass
class Result:
    code: int
    out: bytes
    err: str


def invoke(*args: str, stdin: bytes = b"") -> Result:
    out, err = io.BytesIO(), io.BytesIO()
    streams = (
        io.TextIOWrapper(out, encoding="utf-8", write_through=True),
        io.TextIOWrapper(err, encoding="utf-8", write_through=True),
        io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"),
    )
    saved = sys.stdout, sys.stderr, sys.stdin
    sys.stdout, sys.stderr, sys.stdin = streams
    try:
        code = main(list(args))
    finally:
        sys.stdout, sys.stderr, sys.stdin = saved
    return Result(code, out.getvalue(), err.getvalue().decode("utf-8"))


def one_line_errors(err: str) -> list[str]:
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert all(ln.startswith("timeline: ") for ln in lines), err
    assert "Traceback" not in err
    return lines


@pytest.fixture
def news(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(STORY, encoding="utf-8")
    (folder / "b.txt").write_text("Rebels said on Tuesday that the convoy had left.\n", encoding="utf-8")
    return folder


def test_an_endless_input_is_refused_in_bounded_memory(news):
    r = invoke("extract", str(news / "a.txt"), "/dev/zero", "--published", "2016-10-20", "--max-size", "1M", "-q")
    assert r.code == 1
    [line] = one_line_errors(r.err)
    assert "/dev/zero" in line and "larger than the limit" in line
    assert json.loads(r.out)["documents"][0]["id"] == "a"


def test_a_file_over_the_limit_is_skipped_and_the_rest_processed(news):
    (news / "big.txt").write_text("word " * 300_000, encoding="utf-8")
    r = invoke("extract", str(news), "--published", "2016-10-20", "--max-size", "1M", "-q")
    assert r.code == 1
    assert "larger than the limit" in one_line_errors(r.err)[0]
    assert [d["id"] for d in json.loads(r.out)["documents"]] == ["a", "b"]


@pytest.mark.parametrize("value", ["0", "ten", "-3M", "5X"])
def test_max_size_must_be_a_size(news, value):
    r = invoke("extract", str(news), "--max-size", value)
    assert r.code == 2 and "--max-size" in one_line_errors(r.err)[0]


def test_deeply_nested_json_in_a_dump_is_one_bad_record(tmp_path):
    dump = tmp_path / "dump.jsonl"
    deep = "[" * 100_000 + "]" * 100_000
    rows = [json.dumps({"id": "ok", "text": STORY, "published": "2016-10-20"}), '{"id": "deep", "text": ' + deep + "}"]
    dump.write_text("\n".join(rows) + "\n", encoding="utf-8")
    r = invoke("extract", str(dump), "-q")
    assert r.code == 1
    [line] = one_line_errors(r.err)
    assert "line 2" in line and "nested deeper" in line
    assert [d["id"] for d in json.loads(r.out)["documents"]] == ["dump/ok"]


def test_a_csv_dump_with_a_large_field_is_read(tmp_path):
    import pandas as pd

    body = STORY + ("The negotiations went on. " * 8000)  # ~200 KiB, over Python's default csv field limit
    pd.DataFrame([{"id": "long", "text": body, "published": "2016-10-20"}]).to_csv(tmp_path / "d.csv", index=False)
    r = invoke("extract", str(tmp_path / "d.csv"), "-q")
    assert r.code == 0, r.err
    assert json.loads(r.out)["documents"][0]["id"] == "d/long"


def test_a_binary_manifest_is_a_usage_error(tmp_path, news):
    manifest = tmp_path / "m.csv"
    manifest.write_bytes(b"\x00\xff\xfe\x89PNG" * 50)
    r = invoke("extract", "--manifest", str(manifest))
    assert r.code == 2
    [line] = one_line_errors(r.err)
    assert "manifest" in line


def test_deeply_nested_manifest_row_and_a_row_without_path_are_skipped(news):
    manifest = news / "manifest.jsonl"
    rows = [
        json.dumps({"id": "a", "path": "a.txt", "published": "2016-10-20"}),
        '{"id": "x", "path": ' + "[" * 5000 + "]" * 5000 + "}",
        json.dumps({"id": "nopath", "published": "2016-10-20"}),
        json.dumps({"id": "b", "path": "b.txt", "published": "2016-10-21"}),
    ]
    manifest.write_text("\n".join(rows) + "\n", encoding="utf-8")
    r = invoke("extract", "--manifest", str(manifest), "-q")
    assert r.code == 1
    lines = one_line_errors(r.err)
    assert len(lines) == 2 and "row 2" in lines[0] and "row 3 has no path" in lines[1]
    assert [d["id"] for d in json.loads(r.out)["documents"]] == ["a", "b"]


def test_manifest_paths_stay_inside_the_manifest_folder(tmp_path, news):
    secret = tmp_path / "secret.txt"
    secret.write_text("The password was changed on Monday.\n", encoding="utf-8")
    (news / "link.txt").symlink_to(secret)
    manifest = news / "manifest.csv"
    manifest.write_text(
        "id,path,published\n"
        "a,a.txt,2016-10-20\n"
        "up,../secret.txt,2016-10-20\n"
        f"abs,{secret},2016-10-20\n"
        "link,link.txt,2016-10-20\n",
        encoding="utf-8",
    )
    r = invoke("extract", "--manifest", str(manifest), "-q")
    assert r.code == 1
    lines = one_line_errors(r.err)
    assert len(lines) == 3 and all("outside the manifest's folder" in ln for ln in lines)
    data = json.loads(r.out)
    assert [d["id"] for d in data["documents"]] == ["a"]
    assert b"password" not in r.out
    allowed = invoke("extract", "--manifest", str(manifest), "--allow-outside-paths", "-q")
    assert allowed.code == 0, allowed.err
    ids = [d["id"] for d in json.loads(allowed.out)["documents"]]
    assert len(ids) == 2 and ids[0] == "a"  # the three rows name one file outside: it is read once


def test_a_file_name_with_undecodable_bytes_is_processed_and_reported_with_escapes(tmp_path):
    folder = tmp_path / "odd"
    folder.mkdir()
    name = os.fsdecode(b"caf\xe9.txt")  # Latin-1 bytes in a UTF-8 file system: a lone surrogate in Python
    (folder / name).write_text(STORY, encoding="utf-8")
    r = invoke("extract", str(folder), "--published", "2016-10-20", "-q")
    assert r.code == 0, r.err
    data = json.loads(r.out)
    assert data["documents"][0]["id"] == "caf\\xe9"
    assert data["documents"][0]["path"].endswith("caf\\xe9.txt")
    assert len(data["mentions"]) >= 1


def test_a_document_that_fails_inside_is_reported_and_skipped(news, monkeypatch):
    from timeline import events

    real = events.extract_steps

    def failing(doc, mentions, model=None, languages=None):  # fails after the batch's parse rounds
        found = yield from real(doc, mentions, model, languages)
        if doc.id == "a":
            raise ZeroDivisionError("injected fault")
        return found

    monkeypatch.setattr(events, "extract_steps", failing)
    r = invoke("extract", str(news), "--published", "2016-10-20", "-q")
    assert r.code == 1
    [line] = one_line_errors(r.err)
    assert "'a'" in line and "extracting events" in line and "ZeroDivisionError" in line
    assert [d["id"] for d in json.loads(r.out)["documents"]] == ["b"]

    out = news.parent / "out.json"
    strict = invoke("extract", str(news), "--published", "2016-10-20", "--strict", "--out", str(out), "-q")
    assert strict.code == 1 and "--strict" in strict.err
    assert not out.exists()


def test_a_failing_expression_is_named_in_the_report(news, monkeypatch):
    from timeline.temporal import resolve

    real = resolve.resolve

    def failing(candidate, ctx):
        if candidate.text == "Monday":
            raise OverflowError("injected fault")
        return real(candidate, ctx)

    monkeypatch.setattr(resolve, "resolve", failing)
    r = invoke("extract", str(news), "--published", "2016-10-20", "-q")
    assert r.code == 1
    [line] = one_line_errors(r.err)
    assert "resolving temporal expressions" in line and "'Monday'" in line


@pytest.mark.parametrize(
    "payload, where",
    [
        ('{"version": 1, "documents": "nope", "mentions": [], "events": []}', "$.documents"),
        ("[1, 2, 3]", "$"),
        ('{"version": 1, "documents": [], "mentions": [], "events": [{"id": 3}]}', "$.events[0]"),
        ("[" * 50_000 + "]" * 50_000, "nested"),
        ("not json", "not JSON"),
    ],
)
def test_export_validates_its_input_first(tmp_path, payload, where):
    path = tmp_path / "t.json"
    path.write_text(payload, encoding="utf-8")
    r = invoke("export", str(path), "--format", "csv")
    assert r.code == 2
    [line] = one_line_errors(r.err)
    assert where in line


def _small_filesystem(path: Path, size: str = "64k") -> bool:
    path.mkdir()
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], capture_output=True)
    return proc.returncode == 0


def test_a_full_disk_leaves_the_previous_outputs_intact(tmp_path):
    out = tmp_path / "small"
    if not _small_filesystem(out):
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        previous = {}
        for name in ("timeline.json", "timeline.csv", "timeline.ics", "timelinejs.json"):
            (out / name).write_text(f"previous {name}\n", encoding="utf-8")
            previous[name] = (out / name).read_bytes()
        r = invoke("extract", str(SEEDS), "--published", "2016-10-25", "--out-dir", str(out), "-q")
        assert r.code in (1, 2)
        [line] = one_line_errors(r.err)
        assert "No space left on device" in line
        assert sorted(p.name for p in out.iterdir()) == sorted(previous)  # no temporary file left
        assert {name: (out / name).read_bytes() for name in previous} == previous
    finally:
        subprocess.run(["umount", str(out)], check=False)


@pytest.mark.parametrize("sig, code", [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_signal_mid_run_exits_cleanly_and_changes_no_output(tmp_path, sig, code):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = (SEEDS / "000_b8700a1afd770cbf.txt").read_text(encoding="utf-8")
    for n in range(60):
        (corpus / f"{n:03}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "timeline.json").write_text("previous\n", encoding="utf-8")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "timeline",
            "extract",
            str(corpus),
            "--published",
            "2016-10-25",
            "--out-dir",
            str(out),
            "-q",
        ],
        cwd=REPO,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and not any(p.name.endswith(".tmp") for p in out.iterdir()):
        if proc.poll() is not None:
            pytest.fail("the run ended before it could be interrupted")
        time.sleep(0.05)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == code, err.decode()
    assert "Traceback" not in err.decode()
    assert sorted(p.name for p in out.iterdir()) == ["timeline.json"]
    assert (out / "timeline.json").read_text(encoding="utf-8") == "previous\n"


def test_a_worker_killed_mid_run_gives_the_same_output_after_retry(news, monkeypatch, tmp_path):
    from timeline import events

    expected = invoke("extract", str(news), "--published", "2016-10-20", "-q")
    assert expected.code == 0
    marker = tmp_path / "killed-once"
    real = events.extract_steps

    def dies_once(doc, mentions, model=None, languages=None):  # runs in a forked worker: kills it the first time
        if doc.id == "a" and not marker.exists():
            marker.touch()
            os.kill(os.getpid(), signal.SIGKILL)
        return (yield from real(doc, mentions, model, languages))

    monkeypatch.setattr(events, "extract_steps", dies_once)
    r = invoke("extract", str(news), "--published", "2016-10-20", "--workers", "2", "-q")
    assert marker.exists()
    assert r.code == 0, r.err
    assert r.out == expected.out


def test_a_dask_worker_killed_mid_run_gives_the_same_output_after_retry(news, monkeypatch, tmp_path):
    """A real LocalCluster of two worker processes; a preload makes the worker that takes document ``a`` SIGKILL
    itself the first time. The scheduler sends the task again (``retries``) and the output is the same."""
    from distributed import LocalCluster

    expected = invoke("extract", str(news), "--published", "2016-10-20", "-q")
    assert expected.code == 0
    marker = tmp_path / "killed-once"
    monkeypatch.setenv("TIMELINE_TEST_KILL_MARKER", str(marker))  # the spawned workers inherit it
    preload = str(Path(__file__).with_name("kill_once_preload.py"))
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, preload=[preload]
    ) as cluster:
        r = invoke("extract", str(news), "--published", "2016-10-20", "--scheduler", cluster.scheduler_address, "-q")
    assert marker.exists()
    assert r.code == 0, r.err
    assert r.out == expected.out


def test_writing_to_a_device_writes_through_it_and_never_replaces_it(news):
    before = os.stat("/dev/null")
    r = invoke("extract", str(news), "--published", "2016-10-20", "--out", "/dev/null", "-q")
    assert r.code == 0, r.err
    after = os.stat("/dev/null")
    assert after.st_rdev == before.st_rdev and not Path("/dev/null").is_file()
