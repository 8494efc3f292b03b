"""The third page generator (``--pages --generator c``): written independently of the rules and of the other two
generators' forms. Its gold must be consistent with the text it writes; the corpus is a few articles written for
the test."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from tests import test_pages_b
from tests.conftest import write_corpus
from timeline.evaluate import pages, pages_b, pages_c

ARTICLES = [
    *test_pages_b.ARTICLES,
    (
        "bridge",
        "2011-06-09",
        "The old swing bridge over the canal will close for repairs from Monday for six weeks.",
        "Cyclists will be sent along the towpath, and a shuttle bus will run every twenty minutes.",
    ),
]


@pytest.fixture
def corpus(tmp_path):
    return write_corpus(tmp_path, ARTICLES)


def test_generator_c_is_deterministic_and_differs_from_a_and_b(corpus):
    one = pages_c.generate(corpus, seed=1, count=20)
    again = pages_c.generate(corpus, seed=1, count=20)
    assert [(p.name, p.text, p.gold) for p in one] == [(p.name, p.text, p.gold) for p in again]
    assert [p.text for p in one] != [p.text for p in pages_c.generate(corpus, seed=2, count=20)]
    texts = {p.text for p in one}
    assert texts.isdisjoint(p.text for p in pages.generate(corpus, seed=1, count=20))
    assert texts.isdisjoint(p.text for p in pages_b.generate(corpus, seed=1, count=20))


def test_generator_c_has_its_own_forms_and_styles():
    assert len(pages_c.FORMS) >= 20 and len(pages_c.STYLES) >= 6
    assert all(name and example for name, _, example in pages_c.FORMS)
    used = {f for forms in pages_c.STYLE_FORMS.values() for f in forms}
    assert {name for name, _, _ in pages_c.FORMS} == used
    # none of b's form names
    assert not {name for name, _, _ in pages_c.FORMS} & {name for name, _, _ in pages_b.FORMS}
    ctx = pages_c.Ctx(random.Random(0), day_first=True, capture=dt.date(2011, 6, 10))
    for name, writer, _ in pages_c.FORMS:
        head = writer(dt.date(2011, 6, 8), ctx, "Harbour reopens")
        assert head is not None and (head.header or head.footer or head.lead), name


def test_generator_c_gold_is_consistent_with_its_text(corpus):
    texts = {name: paragraphs for name, _, *paragraphs in ARTICLES}
    dates = {name: dt.date.fromisoformat(date) for name, date, *_ in ARTICLES}
    styles, forms = set(), set()
    generated = pages_c.generate(corpus, seed=1, count=40)
    for page in generated:
        styles.add(page.style)
        assert 2 <= sum(g.kind != "comments" for g in page.gold) <= 6
        assert page.gold and page.gold[0].zone == 0
        for prev, g in zip(page.gold, page.gold[1:]):
            assert prev.body < g.zone <= g.start <= g.body  # segments in page order, zones between them
        for g in page.gold:
            forms.add(g.form)
            assert g.zone <= g.start <= g.body < len(page.text)
            assert g.start < g.body or g.kind == "comments"  # (a comment block has no header of its own)
            assert g.start == 0 or page.text[g.start - 1] == "\n"  # a segment starts on a line ...
            assert page.text[g.start].strip()  # ... and on content
            assert page.text[g.body - 1] == "\n" and page.text[g.body].strip()
            if g.kind == "comments":
                assert g.date is None and not g.article
                continue
            assert g.date == dates[g.article]
            # the body holds the text of that article (a dateline may open it; some pages wrap it)
            body = " ".join(page.text[g.body : g.body + 400].split())
            assert " ".join(texts[g.article][0].split())[:30] in body
    assert styles == set(pages_c.STYLES)
    assert len(forms - {"none", "comments"}) >= 20
    assert "none" in forms  # a page with no date at all


def test_generator_c_relative_stamps_need_the_capture_line():
    ctx = pages_c.Ctx(random.Random(0), day_first=False)
    assert pages_c.f_reddit_ago(dt.date(2011, 6, 8), ctx, "t") is None
    ctx.capture = dt.date(2011, 6, 10)
    assert "2 days ago" in pages_c.f_reddit_ago(dt.date(2011, 6, 8), ctx, "t").header[1]
    ctx.capture = dt.date(2011, 7, 10)  # too long ago to say exactly
    assert pages_c.f_hn_ago(dt.date(2011, 6, 8), ctx, "t") is None


def test_generator_c_scores_through_the_pipeline(corpus, tmp_path):
    generated = pages_c.generate(corpus, seed=2, count=10)
    folder = tmp_path / "pages"
    pages.write_pages(generated, folder)
    table = pages.figures(pages.score(folder, generated))
    assert table["start_recall"] > 0.3 and table["dated_articles"] > 0
    assert sum(row["n"] for row in table["bands"]) + table["undated"] == table["dated_articles"]


def test_the_cli_picks_generator_c(corpus):
    from .conftest import run_cli

    done = run_cli("evaluate", str(corpus), "--pages", "--generator", "c", "--count", "3", "--errors", "2")
    assert done.returncode == 0 and b"generator c, seed 1" in done.stdout
    assert run_cli("evaluate", str(corpus), "--pages", "--generator", "z", "--count", "1").returncode != 0
