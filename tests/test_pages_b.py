"""The second page generator (``--pages --generator b``): written from real sites' layouts apart from the rules.
Its gold must be consistent with the text it writes; the corpus here is a few articles written for the test."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from tests.conftest import write_corpus
from timeline.evaluate import pages, pages_b

ARTICLES = [
    (
        "ferry",
        "2011-06-01",
        "The island ferry resumed sailing on Wednesday after engineers replaced a worn propeller shaft.",
        "Passengers queued from dawn, and the operator added two extra crossings for the weekend.",
    ),
    (
        "library",
        "2011-06-03",
        "The town library will open on Sundays from next month, the council said on Friday.",
        "Volunteers will staff the reading rooms, and the children's section will run a summer club.",
    ),
    (
        "orchard",
        "2011-06-06",
        "Growers in the valley expect a late cherry harvest after a cold and wet spring.",
        "Pickers usually arrive in early June, but most farms now plan to start a fortnight later.",
    ),
    (
        "stadium",
        "2011-06-08",
        "Work on the new stadium roof stopped on Tuesday when cranes were grounded by high winds.",
        "The builder said the delay would not push back the opening match planned for the autumn.",
    ),
    (
        "museum",
        "2011-06-09",
        "A museum of maps opened in the old customs house on Thursday with a chart from 1620.",
        "The collection was given by a retired surveyor who spent forty years gathering it abroad.",
    ),
]


@pytest.fixture
def corpus(tmp_path):
    return write_corpus(tmp_path, ARTICLES)


def test_generator_b_is_deterministic_and_differs_from_a(corpus):
    one = pages_b.generate(corpus, seed=1, count=14)
    assert [p.text for p in one] == [p.text for p in pages_b.generate(corpus, seed=1, count=14)]
    assert [p.text for p in one] != [p.text for p in pages_b.generate(corpus, seed=2, count=14)]
    assert {p.text for p in one}.isdisjoint(p.text for p in pages.generate(corpus, seed=1, count=14))


def test_generator_b_has_its_forms_and_styles():
    assert len(pages_b.FORMS) >= 20 and len(pages_b.STYLES) >= 5
    assert all(name and example for name, _, example in pages_b.FORMS)
    used = {f for forms in pages_b.STYLE_FORMS.values() for f in forms}
    assert {name for name, _, _ in pages_b.FORMS} <= used
    ctx = pages_b.Ctx(random.Random(0), day_first=True, capture=dt.date(2011, 6, 10))
    for name, writer, _ in pages_b.FORMS:
        header, footer = writer(dt.date(2011, 6, 8), ctx, "Harbour reopens")
        assert header or footer, name


def test_generator_b_gold_is_consistent_with_its_text(corpus):
    texts = {name: paragraphs for name, _, *paragraphs in ARTICLES}
    dates = {name: dt.date.fromisoformat(date) for name, date, *_ in ARTICLES}
    styles = set()
    for page in pages_b.generate(corpus, seed=3, count=21):
        styles.add(page.style)
        assert page.gold and page.gold[0].zone == 0
        for prev, g in zip(page.gold, page.gold[1:]):
            assert prev.body < g.zone <= g.start <= g.body  # segments in page order, zones between them
        for g in page.gold:
            assert g.zone <= g.start <= g.body < len(page.text)
            assert g.start < g.body or g.kind == "comments"  # (a comment block has no header of its own)
            assert g.start == 0 or page.text[g.start - 1] == "\n"  # a segment starts on a line
            assert page.text[g.body - 1] == "\n" and page.text[g.body].strip()
            if g.kind == "comments":
                assert g.date is None
                continue
            # the body is the text of an article of that date (a dateline may open it; print and mail pages wrap
            # it; a reply quotes the message before it)
            body = " ".join(page.text[g.body : g.body + 400].split())
            assert g.date in {dates[name] for name, p in texts.items() if " ".join(p[0].split())[:30] in body}
    assert styles == set(pages_b.STYLES)


def test_generator_b_scores_through_the_pipeline(corpus, tmp_path):
    generated = pages_b.generate(corpus, seed=2, count=7)
    folder = tmp_path / "pages"
    pages.write_pages(generated, folder)
    table = pages.figures(pages.score(folder, generated))
    assert table["start_recall"] > 0.5 and table["dated_articles"] > 0
    assert sum(row["n"] for row in table["bands"]) + table["undated"] == table["dated_articles"]


def test_the_cli_picks_the_generator(corpus):
    from .conftest import run_cli

    done = run_cli("evaluate", str(corpus), "--pages", "--generator", "b", "--count", "3", "--errors", "2")
    assert done.returncode == 0 and b"generator b, seed 1" in done.stdout
    assert run_cli("evaluate", str(corpus), "--pages", "--generator", "z", "--count", "1").returncode != 0
