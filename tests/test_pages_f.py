"""Generator f of development pages: deterministic, as many forms, styles and languages as promised, every form's
example what its writer writes, gold that points at the text (starts on line starts, the body offset at the
article's first paragraph), 2 to 6 articles a page, undated pages without a date, and the shared scorer run on a
few of its pages. The corpus is a handful of articles written for this test, with no digits and no month or
weekday names, so that an undated page can be checked for dates."""

from __future__ import annotations

import dataclasses
import re

import pytest

from tests.conftest import write_corpus
from timeline.evaluate import pages, pages_f

ARTICLES = [
    (
        "lighthouse",
        "2009-04-02",
        "The old lighthouse on the northern headland was handed over to a trust of local volunteers this week.",
        "The keepers left the tower a generation before, and the lamp has been run from the mainland ever since.",
        "The trust hopes to open the gallery to visitors once the railings and the stairs have been repaired.",
    ),
    (
        "tramway",
        "2009-04-03",
        "Work on the new tramway through the western suburbs stopped after engineers found an unmapped sewer.",
        "The contractor said the line would still open on time, though residents doubted that very much.",
        "Shops along the route have asked the city for help with the loss of trade during the works.",
    ),
    (
        "glacier",
        "2009-04-06",
        "Researchers camped on the glacier for three weeks measured how quickly its lower tongue is retreating.",
        "Their instruments recorded meltwater flowing beneath the ice far earlier in the season than expected.",
        "The team will return in the autumn to collect the sensors left behind in the boreholes they drilled.",
    ),
    (
        "vineyard",
        "2009-04-09",
        "A cooperative of small vineyards in the southern hills agreed to share one bottling plant from now on.",
        "Growers said the cost of running separate machines had become impossible for most of the families.",
        "The new plant will be built beside the river so that the lorries can avoid the narrow village lanes.",
    ),
    (
        "observatory",
        "2009-04-14",
        "The university observatory reopened its telescope to the public after a long restoration of its dome.",
        "Volunteers will guide evening visits whenever the sky is clear enough to see the planets and the moon.",
        "The director said school groups had already booked most of the places for the rest of the term.",
    ),
    (
        "harbour",
        "2009-04-17",
        "Fishermen blockaded the harbour entrance for several hours in protest against the new catch quotas.",
        "Police boats watched from a distance while the crews tied their vessels together across the channel.",
        "The ministry agreed to meet representatives of the fleet before the quotas come into force.",
    ),
    (
        "archive",
        "2009-04-20",
        "The regional archive moved its collection of parish registers to a new building outside the old town.",
        "Archivists packed the fragile volumes in acid free boxes and moved them in small batches by van.",
        "Family historians will be able to read digital copies of the registers in the new reading room.",
    ),
    (
        "orchestra",
        "2009-04-24",
        "The youth orchestra gave its last concert in the old hall before the building closes for renovation.",
        "The conductor thanked the audience and the players who had rehearsed there through cold winters.",
        "The orchestra will perform in a disused factory across the river while the hall is being rebuilt.",
    ),
]
MONTH_OR_WEEKDAY = re.compile(
    r"\b("
    + "|".join(
        re.escape(name)
        for names in (*pages_f.MONTHS.values(), *pages_f.WEEKDAYS.values(), pages_f.MONTHS_DE_SIG)
        for name in names
    )
    + r")(?!\w)",
    re.IGNORECASE,
)
YEAR = re.compile(r"(?<!\d)(19|20)\d\d(?!\d)")
CAPTURE = ("Saved from", "web.archive.example/web/", "Exported on", "Retrieved ")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_corpus(tmp_path_factory.mktemp("corpus-f"), ARTICLES)


@pytest.fixture(scope="module")
def generated(corpus):
    return pages_f.generate(corpus, seed=5, count=96)  # eight turns of the twelve styles


def test_the_test_corpus_has_no_dates_of_its_own():
    for _name, _date, *paragraphs in ARTICLES:
        for paragraph in paragraphs:
            assert not re.search(r"\d", paragraph) and not MONTH_OR_WEEKDAY.search(paragraph), paragraph


def test_generation_is_deterministic_and_seeds_differ(corpus):
    first = pages_f.generate(corpus, seed=3, count=24)
    assert first == pages_f.generate(corpus, seed=3, count=24)
    assert first != pages_f.generate(corpus, seed=4, count=24)


def _example_ctx(form: pages_f.Form) -> pages_f.Ctx:
    if form.needs in ("capture", "year"):
        return dataclasses.replace(pages_f.EXAMPLE_CTX, capture=pages_f.EXAMPLE_CAPTURE)
    return pages_f.EXAMPLE_CTX


def test_every_form_writes_its_example():
    for form in pages_f.FORMS:
        assert form.write(pages_f.EXAMPLE_DATE, _example_ctx(form)) == form.example, form.name


def test_relative_forms_need_a_stated_capture():
    relative = [f for f in pages_f.FORMS if f.needs in ("capture", "year")]
    assert len(relative) >= 5
    for form in relative:
        assert form.write(pages_f.EXAMPLE_DATE, pages_f.EXAMPLE_CTX) is None, form.name
    for form in pages_f.FORMS:
        if form.needs not in ("capture", "year"):
            assert form.write(pages_f.EXAMPLE_DATE, pages_f.EXAMPLE_CTX) is not None, form.name


def test_forms_styles_and_languages_are_as_many_as_promised():
    names = [f.name for f in pages_f.FORMS]
    assert len(names) >= 40 and len(set(names)) == len(names)
    assert len(pages_f.STYLES) >= 8
    assert set(pages_f.STYLES) == {s for f in pages_f.FORMS for s in f.styles}  # every style has forms
    assert set(pages_f.BUILDERS) == set(pages_f.STYLES)
    assert len(pages_f.LANGUAGES) >= 10
    for lang in pages_f.LANGUAGES:
        assert len(pages_f.MONTHS[lang]) == 12 and len(pages_f.WEEKDAYS[lang]) == 7
    assert {f.slot for f in pages_f.FORMS} == {"header", "footer", "inline"}
    assert {f.needs for f in pages_f.FORMS} == {"", "order", "capture", "year"}


def test_every_style_is_generated_and_pages_hold_two_to_six_articles(generated):
    assert {p.style for p in generated} == set(pages_f.STYLES)
    for page in generated:
        held = {g.article for g in page.gold if g.article}
        assert 2 <= len(held) <= 6, page.name


def test_gold_labels_and_dates(generated, corpus):
    truth = {a.id: a.date for a in pages.read_articles(corpus)}
    for page in generated:
        for g in page.gold:
            assert g.kind in ("article", "post", "comments"), page.name
            if g.kind == "comments":
                assert g.date is None and g.form == "comments" and not g.article
                continue
            assert g.date == truth[g.article], page.name
            assert g.form == "none" or g.form.removesuffix("+syndicated") in pages_f.FORM, g.form
            if g.form != "none" and pages_f.FORM[g.form.removesuffix("+syndicated")].needs in ("capture", "year"):
                assert any(line in page.text for line in CAPTURE), page.name  # relative only against a capture


def test_gold_points_at_line_starts_and_first_paragraphs(generated, corpus):
    first = {a.id: a.paragraphs[0] for a in pages.read_articles(corpus)}
    for page in generated:
        text = page.text
        previous_body = -1
        for g in page.gold:
            assert previous_body < g.zone <= g.start <= g.body < len(text) or (previous_body == -1 and g.zone == 0)
            assert g.start <= g.body
            assert g.start == 0 or text[g.start - 1] == "\n", (page.name, g)
            if g.article:
                written = " ".join(re.sub(r"-\n", "", text[g.body : g.body + 200]).split()[:4])
                assert written == " ".join(first[g.article].split()[:4]), (page.name, g.form, written)
            previous_body = g.body


def test_undated_pages_state_no_date(generated):
    undated = [p for p in generated if all(g.form in ("none", "comments") for g in p.gold)]
    assert undated
    for page in undated:
        text = re.sub(r'xmlns="[^"]*"', "", page.text)  # the Atom namespace's year is no date
        assert not YEAR.search(text), page.name
        assert not MONTH_OR_WEEKDAY.search(text), (page.name, MONTH_OR_WEEKDAY.search(text))
        assert not re.search(r"\bago\b|yesterday|today", text, re.IGNORECASE), page.name
        assert not any(line in text for line in CAPTURE), page.name


def test_dated_pages_write_the_forms_they_name(generated):
    """A dated segment's form is one its page's style uses (or a news form on a live blog's other articles)."""
    for page in generated:
        for g in page.gold:
            if g.form in ("none", "comments"):
                continue
            form = pages_f.FORM[g.form.removesuffix("+syndicated")]
            assert page.style in form.styles or (page.style == "usenet" and form.name == "mbox-from"), (
                page.name,
                g.form,
            )


def test_scoring_runs_on_a_few_pages(corpus, tmp_path):
    generated = pages_f.generate(corpus, seed=1, count=3)
    folder = tmp_path / "pages"
    pages.write_pages(generated, folder)
    table = pages.figures(pages.score(folder, generated))
    assert table["pages"] == 3
    assert table["gold_segments"] == sum(len(p.gold) for p in generated)
    assert 0.0 <= table["start_recall"] <= 1.0 and 0.0 <= table["start_precision"] <= 1.0
    assert table["dated_articles"] == sum(1 for p in generated for g in p.gold if g.date is not None)
