"""The public API: what ``import timeline`` offers, on texts written for these tests."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import jsonschema
import pytest

import timeline
from timeline import anchor, segment

REPO = Path(__file__).resolve().parents[1]

DATED = (
    "Published October 3, 2015\n\nThe regional council voted on Friday to close the old harbour bridge for "
    "repairs. Engineers found cracks in the bridge supports last week, the council said."
)
UNDATED = (
    "The old harbour bridge closed on Monday for repairs after the regional council vote. Engineers had found "
    "cracks in the bridge supports, the council said on Monday."
)


@pytest.fixture(scope="module")
def pair() -> timeline.Timeline:
    return timeline.extract([DATED, UNDATED])


def test_public_surface_is_declared():
    assert set(timeline.__all__) <= set(dir(timeline))
    assert (Path(timeline.__file__).parent / "py.typed").is_file()
    for name in ("extract", "tag", "anchors"):
        assert getattr(timeline, name).__doc__


def test_an_undated_string_is_dated_by_the_corpus_pass(pair):
    # alone, the undated text has no date; beside a dated report of the same story the corpus pass dates it
    alone = timeline.Document(id="x", path="x", text=UNDATED)
    assert not anchor.anchor_segments(alone, segment.split(alone), None)[0].anchor.known
    by_id = {d.id: d for d in pair.documents}
    assert [d.id for d in pair.documents] == ["text-1", "text-2"]
    assert by_id["text-1"].segments[0].anchor.date == dt.date(2015, 10, 3)
    assert by_id["text-2"].segments[0].anchor.date.year == 2015
    assert by_id["text-2"].segments[0].anchor.source == "inferred"
    assert "2015-10-02" in {e.value for e in pair.events}  # "on Friday" against the stated date


def test_a_string_a_document_and_a_file_give_the_same_timeline(tmp_path):
    path = tmp_path / "text-1.txt"
    path.write_text(DATED, encoding="utf-8")
    doc = timeline.Document(id="text-1", path="text-1", text=DATED)
    runs = [timeline.extract(x, published=dt.date(2016, 1, 1)) for x in (DATED, doc, path)]
    events = [[(e.value, e.title, [(s.doc, s.start, s.end) for s in e.sources]) for e in tl.events] for tl in runs]
    assert events[0] and events[0] == events[1] == events[2]
    anchors = [[s.anchor for s in tl.documents[0].segments] for tl in runs]
    assert anchors[0] == anchors[1] == anchors[2]


def test_renderings_match_the_export_formats(pair):
    data = json.loads(pair.to_json())
    schema = json.loads((REPO / "timeline" / "schema" / "timeline.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    assert [e["id"] for e in data["events"]] == [e.id for e in pair.events]
    csv_text = pair.to_csv()
    assert csv_text.splitlines()[0].split(",")[0] == "id" and len(csv_text.splitlines()) == len(pair.events) + 1
    frame = pair.to_dataframe()
    assert list(frame["id"]) == [e.id for e in pair.events]
    assert list(frame.columns) == csv_text.splitlines()[0].split(",")
    assert len(pair.to_dataframe(level="mentions")) == len(pair.mentions)
    assert pair.to_ics().startswith("BEGIN:VCALENDAR")
    assert json.loads(pair.to_timelinejs())["events"]


def test_tag_resolves_against_the_anchor_and_never_against_today():
    [m] = timeline.tag("It happened last Friday.", dt.date(2016, 10, 25))
    assert (m.text, m.value, m.anchor) == ("last Friday", "2016-10-21", "published")
    [m] = timeline.tag("They met on 14 October.")
    assert m.value == "XXXX-10-14" and m.anchor == "none"


def test_anchors_returns_dated_segments():
    [doc] = timeline.anchors(DATED)
    assert doc.segments[0].anchor.date == dt.date(2015, 10, 3) and doc.segments[0].anchor.source == "header"


def test_bad_inputs_fail_clearly(tmp_path):
    with pytest.raises(timeline.InputError, match="no such file"):
        timeline.extract(tmp_path / "missing.txt")
    with pytest.raises(timeline.InputError, match="same document id"):
        timeline.plan([timeline.Document(id="a", path="a", text="x"), timeline.Document(id="a", path="b", text="y")])
    with pytest.raises(TypeError, match="an input is"):
        timeline.plan([42])  # type: ignore[list-item]
    skipped: list[timeline.Skipped] = []
    tl = timeline.extract(["x" * (len(DATED) + 1), DATED], max_bytes=len(DATED), on_skip=skipped.append)
    assert [s.path for s in skipped] == ["text-1"] and [d.id for d in tl.documents] == ["text-2"]


def test_the_readme_python_example_runs(tmp_path, monkeypatch):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Python", 1)[1].split("\n## ", 1)[0]
    [code] = re.findall(r"```python\n(.*?)```", section, re.S)
    monkeypatch.chdir(REPO)
    namespace: dict[str, object] = {}
    exec(compile(code, "README.md", "exec"), namespace)  # noqa: S102 - the README's own example
    assert isinstance(namespace["tl"], timeline.Timeline) and namespace["tl"].events


def test_a_batch_parsed_in_rounds_gives_each_document_what_it_gives_alone():
    """``run.process_documents`` parses the sentences its documents' passes ask for together; each document's
    result is the one it gets processed on its own."""
    from timeline import nlp, run
    from timeline.model import Document

    texts = [
        "Karsten Motors recalled 40,000 cars on Monday. The recall followed a fault in the brakes. "
        "Karsten Motors closed its plant in Ohio. He said it would reopen.",
        "The minister resigned on Tuesday. She had led the ministry since 2014. She left the building at noon. "
        "The government has appointed a successor.",
        "Rebels have seized the airport, officials said. The army has retreated to the south.",
        # a lede that states no news: its names are recognised all the same, for the pronoun after it
        "Angela Merkel thinks the plan is sound. She has approved the budget for the navy.",
    ]
    docs = [Document(f"d{i}", f"d{i}.txt", t, published=dt.date(2016, 10, 26)) for i, t in enumerate(texts)]
    together = run.process_documents(docs)
    alone = []
    for doc in docs:
        nlp.clear_parses()
        alone.append(run.process_document(doc))
    assert [r.events for r in together] == [r.events for r in alone]
    assert sum(len(r.events) for r in together) >= 5
    assert [e.title for e in together[3].events] == ["Angela Merkel approved budget for navy"]
