"""The generated development pages: deterministic, varied (forms and styles), gold that points at the text,
and a scorer that runs the real pipeline. The corpus here is a few articles written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import write_corpus
from timeline.evaluate import pages

ARTICLES = [
    (
        "harbour",
        "2009-04-03",
        "The harbour reopened on Friday after a storm closed it for three days, port officials said.",
        "Ferries to the islands were running again by noon, and the first cargo ship docked in the afternoon.",
    ),
    (
        "council",
        "2009-04-06",
        "The city council voted on Monday to close the old bridge to heavy traffic from next month.",
        "Engineers found cracks in two of its supports during an inspection in March, the mayor said.",
    ),
    (
        "school",
        "2009-04-08",
        "A new school opened in the eastern district on Wednesday with places for four hundred pupils.",
        "Parents had waited six years for the building, which replaces classrooms in portable cabins.",
    ),
    (
        "market",
        "2009-04-09",
        "Shares rose for a third day on Thursday as banks reported fewer bad loans than expected.",
        "Traders said the gains were fragile and that volumes remained far below last year's levels.",
    ),
]


@pytest.fixture
def corpus(tmp_path):
    return write_corpus(tmp_path, ARTICLES)


def test_generation_is_deterministic_and_seeds_differ(corpus):
    one = pages.generate(corpus, seed=1, count=10)
    assert [p.text for p in one] == [p.text for p in pages.generate(corpus, seed=1, count=10)]
    assert [p.text for p in one] != [p.text for p in pages.generate(corpus, seed=2, count=10)]


def test_forms_and_styles_cover_the_web_conventions():
    assert len(pages.FORMS) + len(pages.TITLE_FORMS) >= 20
    styles = {style for _, used_by, _, _ in pages.FORMS for style in used_by}
    assert styles == set(pages.STYLES) and len(pages.STYLES) >= 5
    ctx = pages.Ctx(
        __import__("random").Random(0),
        day_first=True,
        capture=dt.date(2009, 4, 10),
        author="Jane Roe",
        handle="lowtide",
    )
    for name, _, writer, _ in pages.FORMS:
        assert writer(dt.date(2009, 4, 3), ctx), name  # every form can state a date 7 days before the capture


def test_gold_points_at_header_lines_and_body_paragraphs(corpus):
    for page in pages.generate(corpus, seed=3, count=15):
        assert 2 <= len([g for g in page.gold if g.kind != "comments"]) <= 6 or page.style == "forum"
        for g in page.gold:
            assert g.zone <= g.start < g.body < len(page.text)
            assert g.start == 0 or page.text[g.start - 1] == "\n"
            assert page.text[g.body - 1] == "\n" and page.text[g.body].strip()


def test_scoring_runs_the_pipeline_on_written_pages(corpus, tmp_path):
    generated = pages.generate(corpus, seed=1, count=3)
    folder = tmp_path / "pages"
    pages.write_pages(generated, folder)
    assert (folder / "gold.jsonl").read_text(encoding="utf-8").count("\n") == sum(len(p.gold) for p in generated)
    table = pages.figures(pages.score(folder, generated))
    assert 0.0 <= table["start_recall"] <= 1.0 and table["dated_articles"] > 0
    assert sum(row["n"] for row in table["bands"]) + table["undated"] == table["dated_articles"]


#: The weekday each article's first sentence names, with the date it means (the article's own day).
_WEEKDAYS = {"harbour": "Friday", "council": "Monday", "school": "Wednesday", "market": "Thursday"}


def _with_gold(corpus) -> None:
    import json

    rows = []
    for name, date, first, *_ in ARTICLES:
        word = _WEEKDAYS[name]
        at = first.index(word)
        rows.append({"doc": name, "start": at, "end": at + len(word), "text": word, "type": "DATE", "value": date})
    (corpus / "gold.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_timex_values_are_resolved_against_the_date_each_page_gave_its_article(corpus):
    _with_gold(corpus)  # each article's weekday only: the tagger's other finds count as spurious, alike in every run
    right = [{"article": name, "found": date} for name, date, *_ in ARTICLES]
    base = pages.timex_values(corpus, right)
    assert base["articles"] == 4 and base["value_f1"] == base["value_f1_manifest"] > 0
    # a page that dated one article two weeks late puts that article's "Friday" two weeks late too
    late = [dict(c) for c in right]
    late[0]["found"] = (dt.date(2009, 4, 3) + dt.timedelta(days=14)).isoformat()
    found = pages.timex_values(corpus, late)
    assert found["value_f1_manifest"] == base["value_f1_manifest"]
    assert found["value_f1"] == pytest.approx(base["value_f1"] * 3 / 4, abs=1e-3)
    # an article its page left undated keeps an underspecified value, which is not the gold's
    undated = [dict(c) for c in right]
    undated[1]["found"] = None
    assert pages.timex_values(corpus, undated)["value_f1"] < base["value_f1"]


def test_the_pages_report_gives_the_timex_values(corpus, capsys):
    _with_gold(corpus)
    assert pages.cli(corpus, seed=1, count=4) == 0
    assert "TIMEX3 value F1 of the" in capsys.readouterr().out
