"""Reading real inputs: encodings, HTML pages, JSONL/CSV dumps, and bad files skipped in one line."""

from __future__ import annotations

import json

import pytest

from timeline.read import Skipped, iter_documents, plan_inputs
from timeline.read.html import looks_like_html
from timeline.read.text import decode

from .conftest import run_cli

ENGLISH = (
    "Officials in Aleppo said on Thursday that the ceasefire had collapsed. “We are deeply concerned,” the "
    "envoy said – and the café near the old souk stayed closed. Naïve hopes of a truce faded.\n"
) * 3
LATIN = ENGLISH.replace("“", '"').replace("”", '"').replace("–", "-")
RUSSIAN = (
    "Российские военные заявили в четверг, что перемирие в Алеппо сорвано. Жители покидают город через "
    "гуманитарные коридоры.\n"
) * 3


@pytest.mark.parametrize(
    "name, data, text, encoding",
    [
        ("utf8", ENGLISH.encode("utf-8"), ENGLISH, "utf-8"),
        ("utf8-bom", b"\xef\xbb\xbf" + ENGLISH.encode("utf-8"), ENGLISH, "utf-8-sig"),
        ("utf16-bom", ENGLISH.encode("utf-16"), ENGLISH, "utf-16"),
        ("utf16le-no-bom", ENGLISH.encode("utf-16-le"), ENGLISH, "utf_16_le"),
        ("cp1251", RUSSIAN.encode("cp1251"), RUSSIAN, "cp1251"),
        ("cp1252", ENGLISH.encode("cp1252"), ENGLISH, "cp1252"),
        ("latin1", LATIN.encode("latin-1"), LATIN, "iso8859_1"),
    ],
)
def test_encodings_decode_to_the_same_text(tmp_path, name, data, text, encoding):
    (tmp_path / f"{name}.txt").write_bytes(data)
    [doc] = list(iter_documents(plan_inputs([str(tmp_path)])))
    assert doc.text == text
    assert doc.reader == f"text:{encoding}"


def test_offsets_index_the_decoded_text_of_a_cp1252_file(tmp_path):
    (tmp_path / "a.txt").write_bytes(ENGLISH.encode("cp1252"))
    proc = run_cli("extract", str(tmp_path), "--published", "2016-10-20", "--include-text", "--out", "-")
    assert proc.returncode == 0, proc.stderr.decode()
    data = json.loads(proc.stdout)
    text = data["documents"][0]["text"]
    assert text == ENGLISH
    for m in data["mentions"]:
        assert text[m["start"] : m["end"]] == m["text"]


HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Aleppo truce ends | Example News</title>
<meta property="article:published_time" content="2016-10-22T10:00:00Z">
<link rel="canonical" href="https://news.example/world/aleppo-truce-ends"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Aleppo truce ends</h1>
<p>The humanitarian pause in Aleppo ended on Saturday evening, the Russian military said. Fighting resumed in
several districts of the city, residents reported.</p>
<p>Officials said on October 20 that the corridors would stay open for civilians wishing to leave the city.</p>
</article><footer>Copyright Example News. All rights reserved.</footer></body></html>
"""


def test_html_page_main_text_title_and_date(tmp_path):
    (tmp_path / "page.html").write_text(HTML, encoding="utf-8")
    [doc] = list(iter_documents(plan_inputs([str(tmp_path)])))
    assert doc.reader.startswith("html:trafilatura")
    assert doc.title.startswith("Aleppo truce ends")
    assert "humanitarian pause in Aleppo ended on Saturday evening" in doc.text
    assert "Home" not in doc.text and "Copyright" not in doc.text
    assert str(doc.meta_published) == "2016-10-22"
    assert doc.url == "https://news.example/world/aleppo-truce-ends"  # what the CSV's urls and the page link to


def test_html_meta_date_anchors_the_page_and_offsets_index_extracted_text(tmp_path):
    (tmp_path / "page.html").write_text(HTML, encoding="utf-8")
    proc = run_cli("extract", str(tmp_path), "--include-text", "--out", "-")
    assert proc.returncode == 0, proc.stderr.decode()
    doc = json.loads(proc.stdout)["documents"][0]
    seg = doc["segments"][0]
    assert (seg["published"], seg["published_source"]) == ("2016-10-22", "html-meta")
    mentions = json.loads(proc.stdout)["mentions"]
    assert mentions
    for m in mentions:
        assert doc["text"][m["start"] : m["end"]] == m["text"]
    saturday = next(m for m in mentions if m["text"].startswith("Saturday"))
    assert saturday["value"].startswith("2016-10-")


def test_html_is_recognised_on_stdin():
    assert looks_like_html(HTML) and looks_like_html("  <html><body>x</body></html>")
    assert not looks_like_html("An article quoting <html> is still text.")


def test_jsonl_dump_one_document_per_record_with_record_dates(tmp_path):
    records = [
        {
            "id": "a1",
            "text": "The talks began on Tuesday.",
            "title": "Talks",
            "published": "2016-10-25",
            "url": "https://example.org/a1",
            "source": "Example",
            "lang": "en",
        },
        {"text": "Yesterday the army entered the city."},
        {"id": "bad", "text": ""},
    ]
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join(json.dumps(r) for r in records) + "\nnot json\n", encoding="utf-8")
    items = list(iter_documents(plan_inputs([str(dump)])))
    docs = [i for i in items if not isinstance(i, Skipped)]
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert [d.id for d in docs] == ["dump/a1", "dump/2"]
    assert (docs[0].title, docs[0].url, str(docs[0].published)) == ("Talks", "https://example.org/a1", "2016-10-25")
    assert docs[0].reader == "jsonl:line 1" and docs[0].text == "The talks began on Tuesday."
    assert docs[1].published is None
    assert [s.reason.split(": ", 1)[1] for s in skipped] == ["line 3: no text", "line 4: not JSON (Expecting value)"]


def test_csv_dump_with_multiline_text_and_rfc2822_date(tmp_path):
    dump = tmp_path / "dump.csv"
    dump.write_text(
        'id,title,published,text\nx1,Siege,"Tue, 25 Oct 2016 10:00:00 GMT","First line.\nSecond line."\n',
        encoding="utf-8",
    )
    [doc] = list(iter_documents(plan_inputs([str(dump)])))
    assert (doc.id, doc.text, str(doc.published), doc.reader) == (
        "dump/x1",
        "First line.\nSecond line.",
        "2016-10-25",
        "csv:row 1",
    )


def test_directory_walk_leaves_manifests_and_annotation_files_alone(tmp_path):
    (tmp_path / "a.txt").write_text("It happened on Tuesday.", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("id,path,published\na,a.txt,2016-10-25\n", encoding="utf-8")
    (tmp_path / "gold.jsonl").write_text(json.dumps({"doc": "a", "start": 0, "end": 2, "text": "It"}) + "\n")
    (tmp_path / "news.jsonl").write_text(json.dumps({"id": "n1", "text": "Troops advanced."}) + "\n")
    docs = list(iter_documents(plan_inputs([str(tmp_path)])))
    assert sorted(d.id for d in docs) == ["a", "news/n1"]


def test_record_published_is_a_manifest_grade_anchor(tmp_path):
    dump = tmp_path / "d.jsonl"
    dump.write_text(json.dumps({"id": "r", "text": "It happened yesterday.", "published": "2016-10-25"}) + "\n")
    proc = run_cli("extract", str(dump), "--out", "-")
    assert proc.returncode == 0, proc.stderr.decode()
    data = json.loads(proc.stdout)
    assert data["documents"][0]["segments"][0]["published_source"] == "manifest"
    assert [m["value"] for m in data["mentions"]] == ["2016-10-24"]


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n", "empty file"),
        ("binary.txt", bytes(range(256)) * 8, "binary"),
        ("png.txt", b"\x89PNG\r\n\x1a\n" + bytes(200) + bytes(range(256)), "binary"),
    ],
)
def test_bad_inputs_are_skipped_in_one_line_and_the_batch_goes_on(tmp_path, name, data, reason):
    (tmp_path / "good.txt").write_text("The vote is on October 14, 2016.", encoding="utf-8")
    (tmp_path / name).write_bytes(data)
    proc = run_cli("anchors", str(tmp_path))
    assert proc.returncode == 1
    err = proc.stderr.decode().splitlines()
    assert len(err) == 1 and err[0].startswith("timeline: skipped") and reason in err[0]
    assert "Traceback" not in proc.stderr.decode()
    assert b"good" in proc.stdout


def test_decode_rejects_a_bom_that_lies():
    from timeline.read.text import UnreadableInput

    with pytest.raises(UnreadableInput):
        decode(b"\xff\xfe" + b"\x00\xd8", "x")  # a lone UTF-16 surrogate


def test_a_western_page_with_no_break_spaces_is_read_as_cp1252(tmp_path):
    text = (
        "Ferry operator cuts winter sailings\nPublished:\xa014 March 2031\n\nThe island ferry operator said on "
        "Thursday it would cut winter sailings by a third, blaming the cost of fuel.\n\nHarbour strike enters "
        "second week\nPublished:\xa012 March 2031\n\nDock workers continued their strike on Wednesday.\n"
    )
    decoded, encoding = decode(text.encode("cp1252"))
    assert decoded == text and encoding in ("cp1252", "iso8859_1")
