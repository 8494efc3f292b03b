"""Generator g of development pages: deterministic, as many forms, styles and languages as promised, every form's
example what its writer writes, gold that points at the text (starts on line starts, the body offset at the
article's first paragraph), 2 to 6 articles a page, undated pages without a date, and the shared scorer run on a
few of its pages. The corpus is a handful of articles written for this test, with no digits and no month or
weekday names, so that an undated page can be checked for dates."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest

from tests.conftest import write_corpus
from timeline.evaluate import pages, pages_g

ARTICLES = [
    (
        "ferry",
        "2009-04-02",
        "The ferry linking the two northern islands resumed sailing after engineers finished rebuilding the harbour wall.",
        "Islanders had relied on a small fishing boat for supplies while the larger vessel waited in the dock.",
        "The operator promised a second crossing each evening once the summer timetable comes into force.",
    ),
    (
        "library",
        "2009-04-03",
        "The town library will stay open late three evenings a week after volunteers offered to staff the desk.",
        "Librarians said students had asked for a quiet place to work when their own homes were too crowded.",
        "The council agreed to pay for heating and lighting if the volunteers keep a record of every visitor.",
    ),
    (
        "bridge",
        "2009-04-06",
        "Inspectors closed the old stone bridge over the river after finding deep cracks beneath its central arch.",
        "Drivers now face a long detour through the valley, and delivery firms warned of higher costs for shops.",
        "Engineers expect to decide within weeks whether the bridge can be repaired or must be rebuilt entirely.",
    ),
    (
        "choir",
        "2009-04-09",
        "A children's choir from the mining villages won the national competition with a song written by its teacher.",
        "The singers had rehearsed in a church hall whose roof leaked whenever the wind blew from the west.",
        "Their prize will pay for new music stands and a trip to sing with a choir across the border.",
    ),
    (
        "forest",
        "2009-04-14",
        "Rangers planted thousands of young oaks on the hillside where a fire destroyed the forest two summers before.",
        "Volunteers carried the saplings up the steep paths because the tracks were too soft for the tractors.",
        "The rangers hope the new trees will hold the soil in place and bring back the birds that nested there.",
    ),
    (
        "market",
        "2009-04-17",
        "Traders at the covered market protested against plans to replace their stalls with a supermarket and offices.",
        "Many families have sold fruit and fish from the same stalls for generations and fear losing their trade.",
        "The developer said the market would move to a new hall nearby, but the traders doubt it will ever be built.",
    ),
    (
        "museum",
        "2009-04-20",
        "The maritime museum unveiled a restored figurehead that had lain forgotten in a warehouse for many decades.",
        "Conservators spent long months removing layers of paint to reveal the carving's original colours underneath.",
        "Visitors will be able to see the figurehead in the main gallery beside the models of the old sailing ships.",
    ),
    (
        "stadium",
        "2009-04-24",
        "The football club unveiled plans for a larger stadium on the site of a disused railway yard near the station.",
        "Supporters welcomed the news, though neighbours worried about traffic and noise on match evenings.",
        "The club hopes to begin building once the city approves the plans and the land has been cleared of rubble.",
    ),
]
NAMES = sorted(
    {name for table in (*pages_g.MONTHS.values(), *pages_g.WEEKDAYS.values()) for name in table}
    | set(pages_g.AR_LEVANT)
    | set(pages_g.FA_LATIN)
    | set(pages_g.TH_SHORT),
    key=len,
    reverse=True,
)
MONTH_OR_WEEKDAY = re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in NAMES) + r")(?!\w)", re.IGNORECASE)
YEAR = re.compile(r"(?<!\d)(1[3-9]|2[05])\d\d(?!\d)")  # Gregorian, Solar Hijri and Buddhist-era years
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹०१२३४५६७८९", "012345678901234567890123456789")
RELATIVE = re.compile(
    r"\bago\b|yesterday|today|\bvor \d|gestern|\bhace\b|\bayer\b|il y a|\bhier\b|前|昨日", re.IGNORECASE
)
DATELINE = re.compile(
    r"^(?:[A-Z][A-Z ]+(?:, [A-Z][a-z]+ \d{1,2}, \d{4})? \([A-Z]{3}\) - |\([A-Z]{3}\) - [A-Z][a-z]+, [A-Z][a-z]+ \d{1,2} - )"
)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_corpus(tmp_path_factory.mktemp("corpus-g"), ARTICLES)


@pytest.fixture(scope="module")
def generated(corpus):
    return pages_g.generate(corpus, seed=5, count=8 * len(pages_g.STYLES))  # eight turns of the styles


def test_the_test_corpus_has_no_dates_of_its_own():
    for _name, _date, *paragraphs in ARTICLES:
        for paragraph in paragraphs:
            assert not re.search(r"\d", paragraph) and not MONTH_OR_WEEKDAY.search(paragraph), paragraph
            assert not RELATIVE.search(paragraph), paragraph


def test_generation_is_deterministic_and_seeds_differ(corpus):
    first = pages_g.generate(corpus, seed=3, count=26)
    assert first == pages_g.generate(corpus, seed=3, count=26)
    assert first != pages_g.generate(corpus, seed=4, count=26)


def _example_ctx(form: pages_g.Form) -> pages_g.Ctx:
    if form.needs == "capture":
        return dataclasses.replace(pages_g.EXAMPLE_CTX, capture=pages_g.EXAMPLE_CAPTURE, year=2009)
    if form.needs == "year":
        return dataclasses.replace(pages_g.EXAMPLE_CTX, year=2009)
    return pages_g.EXAMPLE_CTX


def test_every_form_writes_its_example():
    for form in pages_g.FORMS:
        assert form.write(pages_g.EXAMPLE_DATE, _example_ctx(form)) == form.example, form.name


def test_relative_and_yearless_forms_need_what_the_page_states():
    needing = [f for f in pages_g.FORMS if f.needs in ("capture", "year")]
    assert len(needing) >= 8
    for form in needing:
        assert form.write(pages_g.EXAMPLE_DATE, pages_g.EXAMPLE_CTX) is None, form.name
        other_year = dataclasses.replace(pages_g.EXAMPLE_CTX, year=2008)
        assert form.write(pages_g.EXAMPLE_DATE, other_year) is None, form.name
    for form in pages_g.FORMS:
        if form.needs not in ("capture", "year"):
            assert form.write(pages_g.EXAMPLE_DATE, pages_g.EXAMPLE_CTX) is not None, form.name
    # a relative stamp is written only while it names the day exactly
    far = dataclasses.replace(pages_g.EXAMPLE_CTX, capture=dt.datetime(2009, 4, 30, 21, 0))
    assert pages_g.FORM["cluster-ago"].write(pages_g.EXAMPLE_DATE, far) is None


def test_forms_styles_and_languages_are_as_many_as_promised():
    names = [f.name for f in pages_g.FORMS]
    assert len(names) >= 50 and len(set(names)) == len(names)
    assert len(pages_g.STYLES) >= 10
    assert set(pages_g.STYLES) == {s for f in pages_g.FORMS for s in f.styles}  # every style has forms
    assert set(pages_g.BUILDERS) == set(pages_g.STYLES)
    assert len(pages_g.LANGUAGES) >= 12
    for lang in pages_g.LANGUAGES:
        assert len(pages_g.MONTHS[lang]) == 12 and len(pages_g.WEEKDAYS[lang]) == 7
    assert {f.slot for f in pages_g.FORMS} == {"above", "header", "meta", "dateline", "footer"}
    assert {f.needs for f in pages_g.FORMS} == {"", "order", "capture", "year"}
    assert set(pages_g.MT_ORIGIN) <= set(names)


def test_calendars():
    assert pages_g._jalali(dt.date(2009, 3, 21)) == (1388, 1, 1)  # Nowruz
    assert pages_g._jalali(dt.date(2009, 3, 20)) == (1387, 12, 30)
    assert pages_g._jalali(dt.date(2009, 4, 3)) == (1388, 1, 14)
    assert pages_g._japanese_era(dt.date(1989, 10, 26)) == "平成元年"
    assert pages_g._japanese_era(dt.date(1989, 1, 7)) == "昭和64年"
    assert pages_g._us_zone(dt.date(1998, 4, 3)) == "EST" and pages_g._us_zone(dt.date(2009, 4, 3)) == "EDT"
    assert pages_g._uk_zone(dt.date(2009, 3, 28)) == "GMT" and pages_g._uk_zone(dt.date(2009, 3, 29)) == "BST"


def test_every_style_is_generated_and_pages_hold_two_to_six_articles(generated):
    assert {p.style for p in generated} == set(pages_g.STYLES)
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
            assert g.form == "none" or g.form.removesuffix("+syndicated") in pages_g.FORM, g.form
            needs = pages_g.FORM[g.form.removesuffix("+syndicated")].needs if g.form != "none" else ""
            if needs == "capture":
                assert pages_g.CAPTURE_RE.search(page.text), page.name  # relative only against a stated capture
            if needs == "year":
                stated = [y for m in pages_g.YEAR_LINE_RE.finditer(page.text) for y in m.groups()[1:] if y]
                assert str(g.date.year) in stated or pages_g.CAPTURE_RE.search(page.text), page.name


def test_gold_points_at_line_starts_and_first_paragraphs(generated, corpus):
    first = {a.id: a.paragraphs[0] for a in pages.read_articles(corpus)}
    for page in generated:
        text = page.text
        previous_body = -1
        for g in page.gold:
            assert previous_body < g.zone <= g.start <= g.body < len(text) or (previous_body == -1 and g.zone == 0)
            assert g.start == 0 or text[g.start - 1] == "\n", (page.name, g)
            if g.article:
                written = DATELINE.sub("", text[g.body : g.body + 300])
                assert " ".join(written.split()[:4]) == " ".join(first[g.article].split()[:4]), (page.name, g.form)
            previous_body = g.body


def test_undated_pages_state_no_date(generated):
    undated = [p for p in generated if all(g.form in ("none", "comments") for g in p.gold)]
    assert len(undated) >= 4
    for page in undated:
        text = page.text.translate(DIGITS)
        assert not YEAR.search(text), (page.name, YEAR.search(text))
        assert not MONTH_OR_WEEKDAY.search(text), (page.name, MONTH_OR_WEEKDAY.search(text))
        assert not RELATIVE.search(text), page.name
        assert not pages_g.CAPTURE_RE.search(text) and not pages_g.YEAR_LINE_RE.search(text), page.name


BANNER = re.compile(r"(?:translated from |Show original \()([A-Z][a-z]+(?: \(Simplified\))?)")


def test_dated_pages_write_the_forms_they_name(generated):
    """A segment's form is one of its page's style; a translated page's date lines are in the language its
    banner (the last one above the segment) names."""
    names = {v: k for k, v in pages_g.LANGUAGE_NAMES.items()}
    for page in generated:
        for g in page.gold:
            if g.form in ("none", "comments"):
                continue
            form = pages_g.FORM[g.form.removesuffix("+syndicated")]
            assert page.style in form.styles, (page.name, g.form)
            if page.style == "translated":
                banner = BANNER.findall(page.text[: g.start])[-1]
                assert pages_g.MT_ORIGIN.get(form.name, form.lang) == names[banner], (page.name, g.form)


def test_scoring_runs_on_a_few_pages(corpus, tmp_path):
    generated = pages_g.generate(corpus, seed=1, count=3)
    folder = tmp_path / "pages"
    pages.write_pages(generated, folder)
    table = pages.figures(pages.score(folder, generated))
    assert table["pages"] == 3
    assert table["gold_segments"] == sum(len(p.gold) for p in generated)
    assert 0.0 <= table["start_recall"] <= 1.0 and 0.0 <= table["start_precision"] <= 1.0
    assert table["dated_articles"] == sum(1 for p in generated for g in p.gold if g.date is not None)
