"""Generator e of development pages: deterministic, its forms and styles as many as promised, every form's
example what its writer writes, gold that points at the text, 2 to 6 articles a page, and a scorer run on a few
of its pages. The corpus is a handful of articles written for this test (no digits in their text, so that a page
stated as undated can be checked for dates)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest

from tests.conftest import write_corpus
from timeline.evaluate import pages, pages_e

ARTICLES = [
    (
        "ferry",
        "2009-04-03",
        "The island ferry service resumed on Friday after gales kept the boats in harbour for most of the week.",
        "Passengers queued along the quay from early morning, and the first crossing left shortly after dawn.",
        "The operator said extra sailings would run over the weekend to clear the backlog of freight and cars.",
    ),
    (
        "library",
        "2009-04-03",
        "Volunteers reopened the old town library after a long campaign to save the building from demolition.",
        "Shelves donated by local schools now hold several thousand books collected from households in the area.",
        "The council agreed to pay for heating and lighting while the trust looks for a permanent source of money.",
    ),
    (
        "bridge",
        "2009-04-06",
        "Engineers closed the swing bridge over the canal on Monday after inspectors found corrosion in its gears.",
        "Drivers face a long detour through the industrial estate while replacement parts are made abroad.",
        "Shopkeepers on the east bank said trade had already fallen since the first warnings went up last month.",
    ),
    (
        "orchard",
        "2009-04-08",
        "A late frost damaged blossom across the valley orchards, growers said on Wednesday, threatening the apple crop.",
        "Some farmers lit braziers between the rows through the night, but most could do little except wait.",
        "The growers association will ask the regional government for help if losses prove as heavy as feared.",
    ),
    (
        "choir",
        "2009-04-14",
        "The cathedral choir will tour the northern cities this summer for the first time in a generation.",
        "Rehearsals have moved to evenings so that singers who work during the day can take part in them.",
        "Tickets for the opening concert sold out within hours, according to the organisers of the tour.",
    ),
    (
        "market",
        "2009-04-15",
        "Traders at the covered market voted to keep opening on Sundays despite complaints from nearby residents.",
        "The vote followed a heated meeting at which both sides accused the other of ignoring the neighbourhood.",
        "A mediator appointed by the council will meet the two groups again before the end of the season.",
    ),
    (
        "harbour",
        "2009-04-21",
        "Dredging of the inner harbour began on Tuesday, allowing larger fishing boats to land their catch in town.",
        "The work had been delayed for years by arguments over where the dredged silt could safely be dumped.",
        "Harbour officials expect the channel to be open to the whole fleet before the autumn storms arrive.",
    ),
    (
        "museum",
        "2009-05-02",
        "The maritime museum unveiled a restored lifeboat on Saturday, watched by crews who once served on it.",
        "Restorers spent many months replacing rotten planks with timber cut from the same kind of oak.",
        "Visitors will be allowed to climb aboard during the summer holidays under the eye of guides.",
    ),
    (
        "school",
        "2009-05-02",
        "Parents gathered outside the village school on Saturday to protest against plans to merge it with another.",
        "The education authority says falling numbers make the small school too costly to run on its own.",
        "Campaigners have collected signatures from most households and plan to present them next week.",
    ),
    (
        "railway",
        "2009-05-19",
        "The heritage railway carried its first passengers along the restored coastal line on Tuesday afternoon.",
        "Volunteers rebuilt the track bed and the small stations by hand over a period of many years.",
        "The steam engine hauling the train was lent by a museum in the south for the opening season.",
    ),
]

MANIFEST = {name: dt.date.fromisoformat(date) for name, date, *_ in ARTICLES}
FIRST = {name: paragraphs[0] for name, _, *paragraphs in ARTICLES}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_corpus(tmp_path_factory.mktemp("corpus-e"), ARTICLES)


@pytest.fixture(scope="module")
def generated(corpus):
    return pages_e.generate(corpus, seed=7, count=66)  # six turns of the styles


def _letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())


def test_generation_is_deterministic_and_seeds_differ(corpus):
    first = pages_e.generate(corpus, seed=3, count=24)
    again = pages_e.generate(corpus, seed=3, count=24)
    assert [(p.name, p.text, p.gold) for p in first] == [(p.name, p.text, p.gold) for p in again]
    other = pages_e.generate(corpus, seed=4, count=24)
    assert [p.text for p in first] != [p.text for p in other]


def test_every_form_renders_its_example():
    for form in pages_e.FORMS:
        assert form.write(form.example_date, pages_e.EXAMPLE_CTX) == form.example, form.name


def test_relative_forms_need_a_stated_capture():
    no_capture = dataclasses.replace(pages_e.EXAMPLE_CTX, capture=None)
    relative = [f for f in pages_e.FORMS if f.needs == "capture"]
    assert len(relative) >= 4
    for form in relative:
        assert form.write(form.example_date, no_capture) is None, form.name
        assert form.fallback, form.name  # what the site writes when the stamp is too old to be relative


def test_forms_and_styles_are_as_many_as_promised():
    names = [f.name for f in pages_e.FORMS]
    assert len(names) == len(set(names)) >= 30
    assert len(pages_e.STYLES) >= 8
    assert len(pages_e.LANGUAGE_FORMS) >= 6
    assert {f.needs for f in pages_e.FORMS} >= {"dayfirst", "monthfirst", "capture"}
    assert any("\xa0" in f.example for f in pages_e.FORMS)
    assert {f.slot for f in pages_e.FORMS} >= {"above", "below", "byline", "title", "url", "dateline", "footer"}
    used = {name for forms in pages_e.STYLE_FORMS.values() for name in forms}
    assert used == set(names)  # every form is written by some style
    assert set(pages_e.STYLE_FORMS) == set(pages_e.STYLES)


def test_every_style_is_generated_and_pages_hold_two_to_six_articles(generated):
    assert {p.style for p in generated} == set(pages_e.STYLES)
    for page in generated:
        texts = [g for g in page.gold if g.kind != "comments"]
        assert 2 <= len({g.article for g in texts}) <= 6, page.name
        assert len(texts) <= 6, page.name
    forms = {g.form.removesuffix("+syndicated") for p in generated for g in p.gold}
    assert len(forms - {"none", "comments"}) >= 30


def test_gold_labels_and_dates(generated):
    known = {f.name for f in pages_e.FORMS} | {"none"}
    for page in generated:
        for g in page.gold:
            if g.kind == "comments":
                assert g.date is None and g.form == "comments" and g.article == ""
                continue
            assert g.kind in ("article", "post"), page.name
            assert g.form.removesuffix("+syndicated") in known, g.form
            assert g.date == MANIFEST[g.article], (page.name, g.article)
        needs = {pages_e.FORM[g.form.removesuffix("+syndicated")].needs for g in page.gold if g.form in pages_e.FORM}
        assert not {"dayfirst", "monthfirst"} <= needs, page.name  # one numeric order a page
    assert any(g.form.endswith("+syndicated") for p in generated for g in p.gold)
    assert any(g.kind == "post" for p in generated for g in p.gold)


def test_gold_points_at_header_lines_and_first_paragraphs(generated):
    for page in generated:
        text = page.text
        previous_end = 0
        for g in page.gold:
            assert previous_end <= g.zone <= g.start < g.body <= len(text), (page.name, g)
            assert g.start == 0 or text[g.start - 1] == "\n", (page.name, g)  # a line's first character
            line = text[g.start : text.find("\n", g.start)]
            assert line.strip(), (page.name, g)
            previous_end = g.body
            if g.kind == "comments":
                continue
            # the body offset opens the article's first paragraph (after a dateline, in wrapped, hyphenated
            # or noisy columns: compared on letters)
            opening = " ".join(FIRST[g.article].split()[:6])
            assert _letters(opening) in _letters(text[g.body : g.body + 400])[:260], (page.name, g)


def test_an_article_header_holds_its_title(corpus, generated):
    articles = {a.id: a for a in pages.read_articles(corpus)}
    for page in generated:
        for g in page.gold:
            if g.kind == "article":
                title = pages_e.headline(articles[g.article])
                assert _letters(title) in _letters(page.text[g.start : g.body]), (page.name, g)


_DATE = re.compile(
    r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}|\b(19|20)\d\d\b|"
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\b|"
    r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b|\bago\b|\b(Yesterday|Today)(,| at)",
    re.IGNORECASE,
)


def test_undated_pages_state_no_date(generated):
    undated = [p for p in generated if all(g.form in ("none", "none+syndicated", "comments") for g in p.gold)]
    assert undated
    for page in undated:
        assert not _DATE.search(page.text), (page.name, _DATE.search(page.text))


def test_scoring_runs_on_a_few_pages(corpus, tmp_path):
    generated = pages_e.generate(corpus, seed=1, count=3)
    folder = tmp_path / "pages"
    pages.write_pages(generated, folder)
    rows = (folder / "gold.jsonl").read_text(encoding="utf-8").count("\n")
    assert rows == sum(len(p.gold) for p in generated)
    table = pages.figures(pages.score(folder, generated))
    assert table["pages"] == 3 and table["dated_articles"] > 0
    assert 0.0 <= table["start_recall"] <= 1.0 and 0.0 <= table["start_precision"] <= 1.0
    assert sum(row["n"] for row in table["bands"]) + table["undated"] == table["dated_articles"]
