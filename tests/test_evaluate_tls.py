"""`timeline evaluate --tls` and `timeline summarize`: the measuring stick on small texts written here."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from timeline.evaluate import tls as ev
from timeline.export.json import dumps, validate

from .test_rank import Story

D = dt.date.fromisoformat


def test_gold_blocks_of_one_date_merge_and_a_broken_date_line_is_left_out(tmp_path):
    p = tmp_path / "t.txt"
    p.write_text(
        "2020-01-02\nA happened .\n-----\n2020-01-05\nB happened .\n-----\n2020-01-0\nC .\n-----\n"
        "2020-01-02\nA went on .\n-----\n",
        encoding="utf-8",
    )
    gold = ev.read_gold(p)
    assert gold.dates == {D("2020-01-02"): ("A happened .", "A went on ."), D("2020-01-05"): ("B happened .",)}
    assert (gold.k, gold.l, gold.first, gold.last) == (2, 2, D("2020-01-02"), D("2020-01-05"))


def test_a_perfect_summary_scores_one_and_a_day_off_scores_half():
    gold = ev.GoldTimeline(
        "t",
        "g",
        {
            D("2020-01-02"): ("Rebels seized the northern airport",),
            D("2020-01-09"): ("The president fled the capital by helicopter",),
        },
    )
    rouge = ev._Rouge()
    perfect = ev.score(rouge, {d: list(s) for d, s in gold.dates.items()}, gold)
    assert perfect == ev.Scores(1.0, 1.0, 1.0, 1.0, 1.0)
    shifted = ev.score(rouge, {d + dt.timedelta(days=1): list(s) for d, s in gold.dates.items()}, gold)
    assert shifted.date_f1 == 0.0 and shifted.concat_r1 == 1.0
    assert shifted.align_r1 == pytest.approx(0.5)


def test_align_sends_each_date_to_the_closest_matching_gold_day():
    gold = ev.GoldTimeline(
        "t",
        "g",
        {
            D("2020-01-02"): ("Rebels seized the northern airport",),
            D("2020-01-04"): ("Storm floods the southern delta",),
        },
    )
    rouge = ev._Rouge()
    # three days from the airport day, one from the storm day, but it tells the airport story
    scores = ev.align_m1_rouge(rouge, {D("2020-01-05"): ["Rebels seized the northern airport"]}, gold.dates)
    assert scores[1] > 0
    wrong = ev.align_m1_rouge(rouge, {D("2020-01-05"): ["Parliament voted on the budget"]}, gold.dates)
    assert wrong[1] == 0.0


def _tiny_corpus(root):
    topic = root / "quake"
    (topic / "docs").mkdir(parents=True)
    (topic / "timelines").mkdir()
    texts = {
        "a": ("2021-02-02", "A strong earthquake struck the coastal town on Monday, killing dozens of people ."),
        "b": ("2021-02-02", "Rescue teams searched the rubble on Monday after the earthquake flattened homes ."),
        "c": ("2021-02-05", "Aid flights landed at the airport today carrying tents and water ."),
    }
    rows = ["id,path,published"]
    for name, (day, text) in texts.items():
        (topic / "docs" / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
        rows.append(f"{name},docs/{name}.txt,{day}")
    (topic / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (topic / "timelines" / "gold.txt").write_text(
        "2021-02-01\nAn earthquake strikes the coastal town , killing dozens .\n------\n"
        "2021-02-05\nAid flights land with tents and water .\n------\n",
        encoding="utf-8",
    )
    return root


def test_the_cache_key_covers_the_extraction_stages_and_not_ranking():
    root = Path(ev.__file__).resolve().parent.parent
    names = {p.relative_to(root).as_posix() for p in ev.extraction_sources()}
    assert {"temporal/resolve.py", "temporal/tense.py", "events.py", "merge.py", "run.py"} <= names
    assert not {n for n in names if n == "rank.py" or n.startswith(("evaluate/", "export/", "view"))}


def test_evaluate_tls_runs_the_protocol_and_caches_extraction(tmp_path, cli):
    corpus = _tiny_corpus(tmp_path / "corpus")
    cache = tmp_path / "cache"
    proc = cli("evaluate", str(corpus), "--tls", "--cache-dir", str(cache), "--json")
    assert proc.returncode == 0, proc.stderr.decode()
    report = json.loads(proc.stdout)
    row = report["timelines"][0]
    assert (row["dates"], row["sentences"]) == (2, 1)
    assert row["date_f1"] == 1.0 and row["align_r1"] > 0.2
    cached = sorted(cache.iterdir())
    assert len(cached) == 1
    again = cli("evaluate", str(corpus), "--tls", "--cache-dir", str(cache))
    assert again.returncode == 0 and b"extracting" not in again.stderr and b"macro" in again.stdout
    assert sorted(cache.iterdir()) == cached


def test_extraction_workers_die_on_sigterm_instead_of_running_the_cli_handler():
    import signal

    def raising(signum, frame):
        raise KeyboardInterrupt

    before = signal.signal(signal.SIGTERM, raising)  # what a forked worker inherits from the CLI
    try:
        ev._worker_signals()
        assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL
    finally:
        signal.signal(signal.SIGTERM, before)


def test_evaluate_tls_on_a_folder_without_topics_is_a_usage_error(tmp_path, cli):
    proc = cli("evaluate", str(tmp_path), "--tls", "--cache-dir", str(tmp_path / "c"))
    assert proc.returncode == 2 and len(proc.stderr.decode().strip().splitlines()) == 1


def _story_json(tmp_path):
    s = Story()
    for n in range(3):
        s.doc(f"a{n}", "2020-03-05")
        s.report(f"a{n}", "2020-03-04", f"The dam burst on Tuesday flooding the valley, witness {n} said.")
    s.doc("b", "2020-03-12")
    s.report("b", "2020-03-11", "Engineers began rebuilding the dam on Wednesday with army help.")
    path = tmp_path / "timeline.json"
    path.write_text(dumps(s.timeline()), encoding="utf-8")
    return path


def test_summarize_cli_writes_a_valid_summary(tmp_path, cli):
    path = _story_json(tmp_path)
    proc = cli("summarize", str(path), "--dates", "1", "--sentences", "1")
    assert proc.returncode == 0, proc.stderr.decode()
    data = json.loads(proc.stdout)
    validate(data)
    assert [d["date"] for d in data["summary"]] == ["2020-03-04"]
    assert all("salience" in e for e in data["events"])
    out = tmp_path / "s.csv"
    proc = cli("summarize", str(path), "--start", "2020-03-10", "--format", "csv", "--out", str(out))
    assert proc.returncode == 0 and "2020-03-11" in out.read_text(encoding="utf-8")
    assert "2020-03-04" not in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "args", [["--start", "March"], ["--format", "pdf"], ["--start", "2020-03-10", "--end", "2020-03-01"]]
)
def test_summarize_cli_bad_options_are_one_line_usage_errors(tmp_path, cli, args):
    proc = cli("summarize", str(_story_json(tmp_path)), *args)
    assert proc.returncode == 2 and len(proc.stderr.decode().strip().splitlines()) == 1
