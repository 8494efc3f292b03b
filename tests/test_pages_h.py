"""Generator h of development pages: deterministic, as many forms, styles and languages as promised, every form's
example what its writer writes, every style and form generated over a modest count, gold that points at the text
(starts on line starts, the body offset at the article's first paragraph) with the manifest's dates, 2 to 6
articles a page, undated pages without a date, relative and year-less stamps only where the page states what
they need, the shared scorer run on a few of its pages, and ``timeline evaluate --pages --generator h``. The
corpus is a handful of articles written for this test, with no digits and no month or weekday names in any of
the generator's languages, so that an undated page can be checked for dates."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import json
import re

import pytest
from typer.testing import CliRunner

from timeline.cli import app
from timeline.evaluate import pages, pages_h

ARTICLES = [
    (
        "orchard",
        "2009-04-01",
        "Growers in the eastern valley lost much of their blossom when a sharp frost settled over the orchards overnight.",
        "Some farmers lit small fires between the rows of trees, but the cold reached the higher slopes before dawn.",
        "The growers' association will ask the regional government for help to replant the worst affected fields.",
    ),
    (
        "ferryport",
        "2009-04-03",
        "Dock workers at the ferry port ended their strike after the operator agreed to hire more staff for night shifts.",
        "Queues of lorries had stretched for miles along the coast road while the ships stayed tied up at the quay.",
        "The union said its members would watch closely whether the promised workers actually arrive on the docks.",
    ),
    (
        "observatory",
        "2009-04-06",
        "Astronomers at the mountain observatory reported a bright comet that should be visible without a telescope.",
        "The comet was first noticed by a retired teacher who photographs the night sky from her garden each evening.",
        "Observers are advised to look low on the western horizon shortly after sunset while the sky is still clear.",
    ),
    (
        "tunnel",
        "2009-04-08",
        "Engineers broke through the last section of rock in the new railway tunnel beneath the northern hills.",
        "Crews working from both ends met within a few centimetres of each other after drilling through hard granite.",
        "The tunnel is expected to cut the journey between the two largest towns of the region by almost an hour.",
    ),
    (
        "wetland",
        "2009-04-13",
        "Conservation volunteers counted record numbers of wading birds on the restored wetland near the estuary.",
        "The reserve was farmland until the sea wall was breached on purpose to let the tide flood the old fields.",
        "Wardens believe the birds are attracted by the worms and shellfish that now thrive in the soft new mud.",
    ),
    (
        "hospital",
        "2009-04-16",
        "The new children's ward at the city hospital opened with rooms where parents can stay beside their sons and daughters.",
        "Nurses helped design the ward after asking families what had made long stays in hospital hardest to bear.",
        "A charity raised most of the money through sponsored walks, bake sales and a concert in the cathedral.",
    ),
    (
        "archive",
        "2009-04-21",
        "The county archive has put thousands of old parish records online so that families can trace their ancestors.",
        "Volunteers spent several winters photographing fragile pages that had been too delicate for the public to handle.",
        "Archivists warned that the handwriting in the oldest books can be very hard to read without some practice.",
    ),
    (
        "bakery",
        "2009-04-24",
        "A village bakery that closed after its owner retired has reopened as a cooperative run by its own customers.",
        "Residents bought shares to pay for a new oven, and a young baker from the coast agreed to move to the village.",
        "The cooperative hopes to supply bread to the school and the care home as well as to the shop counter.",
    ),
]

NAMES = sorted(
    {
        name.rstrip(".")
        for table in (
            *pages_h.MONTHS.values(),
            *pages_h.WEEKDAYS.values(),
            pages_h.EN_SHORT,
            pages_h.EN_AP,
            pages_h.ID_SHORT,
            pages_h.PT_SHORT,
            pages_h.IS_SHORT,
            pages_h.SK_NOMINATIVE,
            pages_h.SL_NOMINATIVE,
            pages_h.LV_LOCATIVE,
            pages_h.BN_CALENDAR,
        )
        for name in table
    },
    key=len,
    reverse=True,
)
MONTH_OR_WEEKDAY = re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in NAMES) + r")(?!\w)", re.IGNORECASE)
YEAR = re.compile(r"(?<!\d)(1[3-9]|20)\d\d(?!\d)")  # Gregorian and Bengali-calendar years
DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
RELATIVE = re.compile(r"\bago\b|yang lalu|\bhá \d|\bpred \d|\bfyrir \d|\bпреди \d", re.IGNORECASE)
CAPTURE = re.compile(r"^saved date: ", re.MULTILINE)
TURNS = 20


def write_corpus(folder, rows):
    """A tbaq-layout corpus (``manifest.csv`` + ``docs/``) of this test's own articles."""
    (folder / "docs").mkdir()
    with open(folder / "manifest.csv", "w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["id", "path", "published"])
        for name, date, *paragraphs in rows:
            (folder / "docs" / f"{name}.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
            out.writerow([name, f"docs/{name}.txt", date])
    return folder


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_corpus(tmp_path_factory.mktemp("corpus-h"), ARTICLES)


@pytest.fixture(scope="module")
def generated(corpus):
    return pages_h.generate(corpus, seed=5, count=TURNS * len(pages_h.STYLES))


def test_the_test_corpus_has_no_dates_of_its_own():
    for _name, _date, *paragraphs in ARTICLES:
        for paragraph in paragraphs:
            assert not re.search(r"\d", paragraph) and not MONTH_OR_WEEKDAY.search(paragraph), (
                paragraph,
                MONTH_OR_WEEKDAY.search(paragraph),
            )
            assert not RELATIVE.search(paragraph), paragraph


def test_generation_is_deterministic_and_seeds_differ(corpus):
    first = pages_h.generate(corpus, seed=3, count=30)
    assert first == pages_h.generate(corpus, seed=3, count=30)
    assert first != pages_h.generate(corpus, seed=4, count=30)


def _example_ctx(form: pages_h.Form) -> pages_h.Ctx:
    if form.needs == "capture":
        return dataclasses.replace(pages_h.EXAMPLE_CTX, capture=pages_h.EXAMPLE_CAPTURE)
    if form.needs in ("year", "month", "week"):
        return dataclasses.replace(pages_h.EXAMPLE_CTX, year=2009, month=(2009, 4), week=(2009, 14))
    return pages_h.EXAMPLE_CTX


def test_every_form_writes_its_example():
    for form in pages_h.FORMS:
        assert form.write(pages_h.EXAMPLE_DATE, _example_ctx(form)) == form.example, form.name


def test_relative_and_yearless_forms_need_what_the_page_states():
    needing = [f for f in pages_h.FORMS if f.needs in ("capture", "year", "month", "week")]
    assert len(needing) >= 20
    other = dataclasses.replace(pages_h.EXAMPLE_CTX, year=2008, month=(2009, 3), week=(2009, 13))
    for form in needing:
        assert form.write(pages_h.EXAMPLE_DATE, pages_h.EXAMPLE_CTX) is None, form.name
        assert form.write(pages_h.EXAMPLE_DATE, other) is None, form.name
    for form in pages_h.FORMS:
        if form.needs not in ("capture", "year", "month", "week"):
            assert form.write(pages_h.EXAMPLE_DATE, pages_h.EXAMPLE_CTX) is not None, form.name
    # a relative stamp is written only while it names the day exactly
    far = dataclasses.replace(pages_h.EXAMPLE_CTX, capture=dt.datetime(2009, 4, 30, 21, 0))
    assert pages_h.FORM["serp-ago-en"].write(pages_h.EXAMPLE_DATE, far) is None
    one = dataclasses.replace(pages_h.EXAMPLE_CTX, capture=dt.datetime(2009, 4, 4, 9, 0))
    assert pages_h.FORM["serp-ago-sk"].write(pages_h.EXAMPLE_DATE, one) == "pred 1 dňom"


def test_forms_styles_and_languages_are_as_many_as_promised():
    names = [f.name for f in pages_h.FORMS]
    assert len(names) >= 60 and len(set(names)) == len(names)
    assert len(pages_h.STYLES) >= 12
    assert set(pages_h.STYLES) == {s for f in pages_h.FORMS for s in f.styles}  # every style has forms
    assert set(pages_h.BUILDERS) == set(pages_h.STYLES)
    assert len(pages_h.LANGUAGES) >= 15
    for lang in pages_h.LANGUAGES:
        assert len(pages_h.MONTHS[lang]) == 12 and len(pages_h.WEEKDAYS[lang]) == 7, lang
        assert lang in pages_h.LANGUAGE_NAMES
    assert {f.needs for f in pages_h.FORMS} == {"", "order", "capture", "year", "month", "week"}
    # none of the other generators' languages is needed for most forms
    assert sum(f.lang == "en" for f in pages_h.FORMS) < len(names) / 2


def test_calendars_and_zones():
    assert pages_h._bangabda(dt.date(2009, 4, 3)) == (1415, 12, 20)
    assert pages_h._bangabda(dt.date(2009, 4, 14)) == (1416, 1, 1)
    assert pages_h._bangabda(dt.date(2009, 4, 13)) == (1415, 12, 30)
    assert pages_h._bangabda(dt.date(2008, 3, 14)) == (1414, 11, 31)  # Falgun has 31 days in a leap year
    assert pages_h._bangabda(dt.date(1998, 12, 16)) == (1405, 9, 2)
    assert pages_h._us_summer(dt.date(1998, 4, 3)) is False and pages_h._us_summer(dt.date(1998, 4, 6)) is True
    assert pages_h._us_summer(dt.date(2009, 3, 9)) is True
    assert pages_h._eu_summer(dt.date(2009, 3, 28)) is False and pages_h._eu_summer(dt.date(2009, 3, 29)) is True
    assert pages_h.FORM["csv-excel-serial"].write(dt.date(1900, 3, 1), pages_h.EXAMPLE_CTX) == "61"
    assert pages_h.FORM["tsv-isoweek"].write(dt.date(2010, 1, 3), pages_h.EXAMPLE_CTX) == "2009-W53-7"
    assert pages_h.FORM["paste-rfc822"].write(dt.date(1998, 1, 8), pages_h.EXAMPLE_CTX).endswith(" EST")


def test_every_style_and_form_is_generated_and_pages_hold_two_to_six_articles(generated):
    assert {p.style for p in generated} == set(pages_h.STYLES)
    for page in generated:
        held = {g.article for g in page.gold if g.article}
        assert 2 <= len(held) <= 6, page.name
    used = {g.form.removesuffix("+syndicated") for p in generated for g in p.gold}
    assert set(pages_h.FORM) <= used, sorted(set(pages_h.FORM) - used)
    assert any(g.form.endswith("+syndicated") for p in generated for g in p.gold)
    assert any(g.kind == "comments" for p in generated for g in p.gold)


def _stated(page: pages.Page, g: pages.GoldSegment, needs: str) -> bool:
    """The page states, above the segment, what a form of these needs."""
    above = page.text[: g.start]
    d = g.date
    if needs == "capture":
        return bool(CAPTURE.search(above))
    if needs == "week":
        return any(pages_h.week_heading(lang, d) in above for lang in ("en", "et", "id"))
    if needs == "month":
        return any(pages_h.month_heading(lang, d.year, d.month) in above for lang in ("en", "sk"))
    years = (f"Picture desk · Week {w}, {d.year}" for w in range(1, 54))
    return (
        f"News archive · {d.year}" in above
        or any(y in above for y in years)
        or any(pages_h.month_heading(lang, d.year, d.month) in above for lang in pages_h.CH_UI)
    )


def test_gold_labels_and_dates(generated, corpus):
    truth = {a.id: a.date for a in pages.read_articles(corpus)}
    for page in generated:
        for g in page.gold:
            assert g.kind in ("article", "comments"), page.name
            if g.kind == "comments":
                assert g.date is None and g.form == "comments" and not g.article
                continue
            assert g.date == truth[g.article], page.name
            name = g.form.removesuffix("+syndicated")
            assert name == "none" or name in pages_h.FORM, g.form
            if name == "none":
                continue
            form = pages_h.FORM[name]
            assert page.style in form.styles, (page.name, g.form)
            if form.needs in ("capture", "year", "month", "week"):
                assert _stated(page, g, form.needs), (page.name, g.form)


def test_gold_points_at_line_starts_and_first_paragraphs(generated, corpus):
    first = {a.id: a.paragraphs[0] for a in pages.read_articles(corpus)}
    for page in generated:
        text = page.text
        previous_body = -1
        for g in page.gold:
            assert previous_body < g.zone <= g.start <= g.body < len(text) or (previous_body == -1 and g.zone == 0)
            assert g.start == 0 or text[g.start - 1] == "\n", (page.name, g)
            if g.article:
                written = text[g.body : g.body + 300]
                assert written.split()[:4] == first[g.article].split()[:4], (page.name, g.form, written[:60])
            previous_body = g.body


def test_undated_pages_state_no_date(generated):
    undated = [p for p in generated if all(g.form in ("none", "comments") for g in p.gold)]
    assert len(undated) >= 8
    for page in undated:
        text = page.text.translate(DIGITS)
        assert not YEAR.search(text), (page.name, YEAR.search(text))
        assert not MONTH_OR_WEEKDAY.search(text), (page.name, MONTH_OR_WEEKDAY.search(text))
        assert not RELATIVE.search(text), page.name
        assert not CAPTURE.search(text), page.name


def test_structured_pages_parse(generated):
    """CSL-JSON pages are JSON, CSV pages are CSV with one row per article."""
    for page in generated:
        if page.style == "citations" and page.text.startswith("["):
            items = json.loads(page.text)
            assert len(items) == len(page.gold)
        if page.style == "spreadsheet" and "\t" not in page.text.split("\n")[1 if page.text.startswith("#") else 0]:
            body = page.text.split("\n", 1)[1] if page.text.startswith("#") else page.text
            delimiter = "," if body.startswith("id,") else ";"
            rows = list(csv.reader(body.splitlines(keepends=True), delimiter=delimiter))
            assert len(rows) == 1 + len(page.gold), page.name


def test_scoring_runs_on_a_few_pages(corpus, tmp_path):
    generated = pages_h.generate(corpus, seed=1, count=3)
    folder = tmp_path / "pages"
    pages.write_pages(generated, folder)
    table = pages.figures(pages.score(folder, generated))
    assert table["pages"] == 3
    assert table["gold_segments"] == sum(len(p.gold) for p in generated)
    assert 0.0 <= table["start_recall"] <= 1.0 and 0.0 <= table["start_precision"] <= 1.0
    assert table["dated_articles"] == sum(1 for p in generated for g in p.gold if g.date is not None)


def test_the_cli_accepts_generator_h(corpus):
    runner = CliRunner()
    result = runner.invoke(app, ["evaluate", str(corpus), "--pages", "--generator", "h", "--count", "2", "--json"])
    assert result.exit_code == 0, result.output
    table = json.loads(result.output[result.output.index("{") :])
    assert table["pages"] == 2
    wrong = runner.invoke(app, ["evaluate", str(corpus), "--pages", "--generator", "z"])
    assert wrong.exit_code != 0 and "g, h" in wrong.output + str(wrong.exception)
