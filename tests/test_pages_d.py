"""The fourth page generator (``--pages --generator d``): written independently of the rules and of the other three
generators' forms. Its gold must be consistent with the text it writes; the corpus is a few articles written for
the test (and, where it is on this machine, the evaluation corpus, to check that none of its text is in the
module)."""

from __future__ import annotations

import codecs
import datetime as dt
import inspect
import random
import re
from pathlib import Path

import pytest

from tests import test_pages_c
from tests.conftest import write_corpus
from timeline.evaluate import pages, pages_b, pages_c, pages_d

ARTICLES = [
    *test_pages_c.ARTICLES,
    (
        "tram",
        "2011-06-14",
        "The tram line to the harbour reopened on Tuesday after a month of track work near the market.",
        "Drivers said the new rails made the ride quieter, and the first trams ran almost empty at dawn.",
    ),
    (
        "glacier",  # far from the others in time: a page built around it takes its nearest neighbours
        "2011-09-20",
        "Surveyors measured the valley glacier again this week and found it shorter by forty metres.",
        "The team will return in spring with a drone to map the cracks that opened near its snout.",
    ),
]
#: The words of the project's seed files that generated furniture must not hold (kept out of this file as text).
SEED_WORDS = [
    codecs.decode(w, "rot13")
    for w in "Nyrccb Zbfhy Flevn Ehffvn Chgva Yvivat Sbepr Wrqv SBGPZ Unqqnq Qnznfphf Ubzf".split()
]
TBAQ = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "tbaq"


@pytest.fixture
def corpus(tmp_path):
    return write_corpus(tmp_path, ARTICLES)


def test_generator_d_is_deterministic_and_differs_from_a_b_and_c(corpus):
    one = pages_d.generate(corpus, seed=1, count=24)
    again = pages_d.generate(corpus, seed=1, count=24)
    assert [(p.name, p.text, p.gold) for p in one] == [(p.name, p.text, p.gold) for p in again]
    assert [p.text for p in one] != [p.text for p in pages_d.generate(corpus, seed=2, count=24)]
    texts = {p.text for p in one}
    for other in (pages, pages_b, pages_c):
        assert texts.isdisjoint(p.text for p in other.generate(corpus, seed=1, count=24))


def test_generator_d_has_its_own_forms_and_styles():
    names = [name for name, _, _ in pages_d.FORMS]
    assert len(names) >= 30 and len(set(names)) == len(names) and len(pages_d.STYLES) >= 8
    assert {f for forms in pages_d.STYLE_FORMS.values() for f in forms} == set(names)
    assert set(pages_d.STYLE_FORMS) == set(pages_d.STYLES) == set(pages_d.RENDER)
    # none of the other generators' form names or examples
    others = [*pages.FORMS, *pages_b.FORMS, *pages_c.FORMS]
    clash = set(names) & {f[0] for f in others}
    assert not clash, clash
    clash = {example for _, _, example in pages_d.FORMS} & {f[-1] for f in others}
    assert not clash, clash


def _capture_ctx(capture: dt.date | None) -> pages_d.Ctx:
    return pages_d.Ctx(random.Random(0), capture=capture, day_first=True, h=14, m=22, s=5)


def test_every_form_writes_a_distinct_stamp():
    day = dt.date(2011, 6, 7)
    written = {}
    for name, writer, example in pages_d.FORMS:
        st = writer(day, _capture_ctx(day + dt.timedelta(days=2))) or writer(day, _capture_ctx(None))
        assert st is not None and (st.head or st.foot or st.day or st.tail), name
        text = "\n".join([*st.head, *st.foot, st.day, st.tail]).replace(pages_d.T, "TITLE")
        assert text not in written.values(), name
        written[name] = text
        assert example, name
        # every stamp states something of that day (a relative one, against the capture two days later)
        assert re.search(r"2011|\b(11|7|07|2d|7th)\b|VI|٧", text), (name, text)


def test_relative_and_yearless_stamps_need_the_capture_date():
    day = dt.date(2011, 6, 7)
    for name in sorted(pages_d.NEEDS_CAPTURE):
        assert pages_d.WRITERS[name](day, _capture_ctx(None)) is None, name
    assert pages_d.f_toot_ago(day, _capture_ctx(dt.date(2011, 6, 9))).head[-1].endswith("· 2d")
    assert pages_d.f_toot_ago(day, _capture_ctx(dt.date(2011, 7, 9))) is None  # too long ago to say exactly
    assert pages_d.f_pro_feed_age(day, _capture_ctx(dt.date(2011, 6, 21))).head[-1].startswith("2w")
    assert pages_d.f_pro_feed_age(day, _capture_ctx(dt.date(2011, 6, 22))) is None  # "2w" would be 1 day off
    assert pages_d.f_board_month_day(day, _capture_ctx(dt.date(2012, 1, 3))) is None  # another year
    assert pages_d.f_board_month_apostrophe(day, _capture_ctx(dt.date(2011, 12, 1))) is None


def test_generator_d_gold_is_consistent_with_its_text(corpus):
    texts = {name: paragraphs for name, _, *paragraphs in ARTICLES}
    dates = {name: dt.date.fromisoformat(date) for name, date, *_ in ARTICLES}
    styles, forms = set(), set()
    generated = pages_d.generate(corpus, seed=1, count=160)
    for page in generated:
        styles.add(page.style)
        assert 2 <= sum(g.kind != "comments" for g in page.gold) <= 6
        assert page.gold and page.gold[0].zone == 0
        for prev, g in zip(page.gold, page.gold[1:]):
            assert prev.body < g.zone <= g.start <= g.body  # segments in page order, zones between them
        for g in page.gold:
            forms.add(g.form.removesuffix("+copy"))
            assert g.zone <= g.start <= g.body < len(page.text)
            assert g.start < g.body or g.kind == "comments"  # (a comment block may have no header of its own)
            assert g.start == 0 or page.text[g.start - 1] == "\n"  # a segment starts on a line ...
            assert page.text[g.start].strip()  # ... and on content
            assert page.text[g.body - 1] == "\n" and page.text[g.body].strip()
            if g.kind == "comments":
                assert g.date is None and not g.article
                continue
            assert g.date == dates[g.article]
            # the body holds the text of that article (some pages wrap or hyphenate it after its first line)
            body = " ".join(page.text[g.body : g.body + 400].split())
            assert " ".join(texts[g.article][0].split())[:30] in body
    assert styles == set(pages_d.STYLES)
    assert forms - {"none", "comments"} == set(pages_d.FORM_NAMES)  # every form is written on some page
    assert "none" in forms
    assert any(g.form.endswith("+copy") for p in generated for g in p.gold)  # a syndicated copy


def test_undated_pages_state_no_date_and_relative_stamps_have_a_capture_line(corpus):
    generated = pages_d.generate(corpus, seed=3, count=45)
    undated = [p for p in generated if all(g.form in ("none", "comments") for g in p.gold)]
    assert 4 <= len(undated) <= 8  # one page in nine
    for page in undated:
        assert not re.search(r"\b(19|20)\d\d\b", page.text), page.name
    relative = {"board-ago", "toot-ago", "pro-feed-age"}
    for page in generated:
        if any(g.form in relative for g in page.gold):
            head = page.text[: page.text.find("\n")]
            assert re.search(r"2011", head), (page.name, head)


def test_no_seed_word_in_the_module_or_its_pages(corpus):
    source = inspect.getsource(pages_d)
    text = "\n".join(p.text for p in pages_d.generate(corpus, seed=2, count=36))
    for word in SEED_WORDS:
        assert word.lower() not in source.lower(), word
        assert word.lower() not in text.lower(), word


@pytest.mark.skipif(not (TBAQ / "manifest.csv").is_file(), reason="the evaluation corpus is not on this machine")
def test_the_module_holds_no_corpus_text():
    source = " ".join(inspect.getsource(pages_d).split())
    for article in pages.read_articles(TBAQ):
        assert article.id not in source
        for paragraph in article.paragraphs:
            words = paragraph.split()
            for k in range(0, max(1, len(words) - 6), 6):  # no run of seven words of any paragraph
                assert " ".join(words[k : k + 7]) not in source, (article.id, words[k : k + 7])


def test_generator_d_scores_through_the_pipeline(corpus, tmp_path):
    generated = pages_d.generate(corpus, seed=2, count=12)
    folder = tmp_path / "pages"
    pages.write_pages(generated, folder)
    table = pages.figures(pages.score(folder, generated))
    assert table["start_recall"] > 0.3 and table["dated_articles"] > 0
    assert sum(row["n"] for row in table["bands"]) + table["undated"] == table["dated_articles"]


def test_the_cli_picks_generator_d(corpus):
    from .conftest import run_cli

    done = run_cli("evaluate", str(corpus), "--pages", "--generator", "d", "--count", "3", "--errors", "2")
    assert done.returncode == 0 and b"generator d, seed 1" in done.stdout
    assert run_cli("evaluate", str(corpus), "--pages", "--generator", "z", "--count", "1").returncode != 0
