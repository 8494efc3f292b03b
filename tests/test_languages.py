"""Temporal expressions in Russian, Ukrainian, German, French, Spanish, Italian and Portuguese: the words come
from dateparser's locale data, the language from the segment's function words (or the manifest's ``lang``)."""

from __future__ import annotations

import datetime as dt
import json
import pathlib

import pytest

from timeline.evaluate.tempeval import evaluate, load_corpus
from timeline.temporal import languages, tag

from .conftest import run_cli

DATA = pathlib.Path(__file__).parent / "data"
CODES = languages.RULE_LANGUAGES


def _cases():
    """Every marked expression of the per-language sets, as (text, anchor, lang, span, expected value)."""
    for code in CODES:
        for document in load_corpus(DATA / f"timex_dev_{code}.jsonl"):
            for timex in document.timexes:
                yield pytest.param(
                    document.text,
                    document.dct,
                    document.lang,
                    timex.text,
                    timex.value,
                    id=f"{document.id}:{timex.text}",
                )


@pytest.mark.parametrize("text, anchor, lang, span, expected", list(_cases()))
def test_expression_in_its_language(text, anchor, lang, span, expected):
    found = [(m.text, m.value) for m in tag(text, anchor, lang=lang)]
    assert (span, expected) in found


@pytest.mark.parametrize("code", CODES)
def test_each_language_set_is_large_and_scored(code):
    documents = load_corpus(DATA / f"timex_dev_{code}.jsonl")
    assert sum(len(d.timexes) for d in documents) >= 40
    scores = evaluate(documents)
    assert scores.strict.f1 >= 0.9 and scores.value.f1 >= 0.9


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Вчера в Москве прошёл митинг, на котором было много людей.", "ru"),
        ("Вчора у Києві відбувся мітинг, на якому було багато людей.", "uk"),
        ("Gestern hat die Regierung in Berlin einen neuen Plan vorgestellt.", "de"),
        ("Hier, le gouvernement a présenté un nouveau plan pour la ville.", "fr"),
        ("Ayer el gobierno presentó un nuevo plan para la ciudad de Madrid.", "es"),
        ("Ieri il governo ha presentato un nuovo piano per la città.", "it"),
        ("Ontem o governo apresentou um novo plano para a cidade.", "pt"),
        ("The government said on Monday that it was ready for the vote.", "en"),
        ("Wczoraj rząd przedstawił nowy plan dla miasta i nie jest to koniec.", "pl"),
        ("12 March 2024", None),  # a date line holds no function words: the document's language decides
        ("Η κυβέρνηση ανακοίνωσε χθες νέο σχέδιο για την πόλη.", "el"),  # a script of its own names its language
        ("政府は昨日、新しい計画を発表した。", "ja"),
        ("政府昨天宣布了新计划。", "zh"),
    ],
)
def test_language_of_a_segment_from_its_function_words(text, expected):
    assert languages.detect(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The mar on his record was a sunny die-hard fan's fault, said Marzo, who owns the Mayo Clinic shares.",
        "Hier Majesty met Mai Tai drinkers in the Sol bar; Domingo sang and Lunes Martes read the news.",
        "Settembre Capital and the Gennaio fund bought shares in the Agosto group.",
    ],
)
def test_foreign_words_stay_off_in_english_text(text):
    assert [m.text for m in tag(text, dt.date(2020, 5, 4))] == []


def test_the_manifest_language_overrides_detection():
    text = "Prix: 12 mai."  # too short to tell; declared French, "mai" is May
    assert [(m.text, m.value) for m in tag(text, dt.date(2021, 5, 20), lang="fr")] == [("12 mai", "2021-05-12")]
    assert [m.text for m in tag(text, dt.date(2021, 5, 20))] == []


def test_segments_of_one_text_are_read_in_their_own_language():
    text = (
        "The council met on Tuesday and voted on the plan.\n\n"
        "Der Rat hat am Dienstag über den Plan abgestimmt, und die Stadt war dafür."
    )
    anchor = dt.date(2023, 10, 5)
    cut = text.index("\n\n")
    english = tag(text, anchor, start=0, end=cut)
    german = tag(text, anchor, start=cut, end=len(text))
    assert [(m.text, m.value) for m in english] == [("Tuesday", "2023-10-03")]
    assert [(m.text, m.value) for m in german] == [("Dienstag", "2023-10-03")]


def test_a_language_without_rules_gets_one_notice_per_run_and_its_numeric_dates(tmp_path):
    polish = "Warszawa, 12.03.2024\n\nWczoraj rząd przedstawił nowy plan dla miasta i nie jest to koniec sporu.\n"
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(polish, "utf-8")
    russian = "Москва, 12 марта 2024 г.\n\nВо вторник в Москве прошёл митинг, вчера рабочие вышли на улицы.\n"
    (tmp_path / "ru.txt").write_bytes(russian.encode("cp1251"))
    proc = run_cli("extract", str(tmp_path), "--published", "2024-03-13", "--out", "-", "-q")
    assert proc.returncode == 0, proc.stderr.decode()
    notices = [line for line in proc.stderr.decode().splitlines() if "Polish (pl)" in line]
    assert len(notices) == 1
    assert "Russian" not in proc.stderr.decode()
    mentions = json.loads(proc.stdout)["mentions"]
    values = {(m["doc"], m["text"]): m["value"] for m in mentions}
    assert values[("a", "12.03.2024")] == "2024-03-12"
    assert values[("ru", "12 марта 2024 г.")] == "2024-03-12"
    assert values[("ru", "вторник")] == "2024-03-12"
    assert values[("ru", "вчера")] == "2024-03-12"


MAY17 = dt.date(2023, 5, 17)


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # number words dateparser rewrites to digits count in "N units ago"
        ("Строительство началось три года назад.", "ru", [("три года назад", "2020")]),
        ("Обвал произошёл две недели назад.", "ru", [("две недели назад", "2023-W18")]),
        ("Der Bau begann vor drei Jahren.", "de", [("vor drei Jahren", "2020")]),
        ("Будівництво почалося три роки тому.", "uk", [("три роки тому", "2020")]),
        # two days of one month: two mentions, as "October 14-16" in English
        ("Спектакль покажут 2 и 3 июня.", "ru", [("2", "2023-06-02"), ("3 июня", "2023-06-03")]),
        ("Das Stück wird am 2. und 3. Juni gezeigt.", "de", [("2", "2023-06-02"), ("3. Juni", "2023-06-03")]),
        ("La obra será el 2 y 3 de junio de 2024.", "es", [("2", "2024-06-02"), ("3 de junio de 2024", "2024-06-03")]),
        ("La pièce sera jouée les 2 et 3 juin.", "fr", [("2", "2023-06-02"), ("3 juin", "2023-06-03")]),
        # a four-digit number after "за" is a year, not a count of years
        ("Звіт за 2022 рік опублікували.", "uk", [("2022", "2022")]),
    ],
)
def test_counted_phrases_and_day_ranges(text, lang, expected):
    assert [(m.text, m.value) for m in tag(text, MAY17, lang=lang)] == expected


def test_the_manifest_lang_column_reaches_the_tagger(tmp_path):
    (tmp_path / "note.txt").write_text("Prix: 12 mai.\n", "utf-8")
    (tmp_path / "manifest.csv").write_text("id,path,published,lang\nnote,note.txt,2021-05-20,fr\n", "utf-8")
    proc = run_cli("extract", "--manifest", str(tmp_path / "manifest.csv"), "--out", "-", "-q")
    assert proc.returncode == 0, proc.stderr.decode()
    mentions = json.loads(proc.stdout)["mentions"]
    assert [(m["text"], m["value"]) for m in mentions] == [("12 mai", "2021-05-12")]


@pytest.mark.parametrize("code, word, example", languages.FORWARD_WORDS)
def test_a_word_that_points_ahead_puts_a_bare_weekday_ahead(code, word, example):
    assert word in example.lower()
    (found,) = [m for m in tag(example, dt.date(2021, 3, 14), lang=code) if m.type == "DATE"]
    assert found.value == "2021-03-15"  # Sunday the 14th: the Monday after, not the one before


def test_without_such_a_word_a_bare_weekday_in_another_language_looks_back():
    (found,) = tag("Der Hafen wurde am Montag geschlossen.", dt.date(2021, 3, 14), lang="de")
    assert found.value == "2021-03-08"


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Der Hafen von Rostock wurde am Freitag nach einem schweren Sturm geschlossen.", "de"),
        ("В пятницу порт Новороссийска был закрыт из-за сильного шторма.", "ru"),
    ],
)
def test_a_dated_sentence_in_another_language_is_an_event_in_its_own_words(tmp_path, text, lang):
    path = tmp_path / "port.txt"
    path.write_text("14.03.2021\n\n" + text + "\n", encoding="utf-8")
    result = run_cli("extract", str(path), "--format", "json", "-o", "-")
    found = json.loads(result.stdout)["events"]
    assert [(e["start"], e["title"]) for e in found] == [("2021-03-12", text.rstrip("."))]


@pytest.mark.parametrize("code, part, form, example", languages.PARTS_OF_DAY)
def test_a_weekday_with_a_part_of_the_day_is_that_part(code, part, form, example):
    (found,) = tag(example, dt.date(2023, 5, 17), lang=code)
    assert found.type == "TIME" and found.value == f"2023-05-16T{part}"  # the Tuesday before the Wednesday
    assert found.text.lower().endswith(form.split()[-1])


@pytest.mark.parametrize("code, pattern, example", languages.HOUR_WORDS)
def test_an_hour_with_its_word_is_a_clock_time(code, pattern, example):
    (found,) = tag(example, dt.date(2023, 5, 17), lang=code)
    assert (found.type, found.value) == ("TIME", "2023-05-17T16:00")


@pytest.mark.parametrize("code, pattern, example", languages.FUTURE_MARKS)
def test_a_weekday_in_a_future_clause_lies_ahead(code, pattern, example):
    (found,) = tag(example, dt.date(2023, 5, 17), lang=code)
    assert found.value == "2023-05-19"  # the Friday after the Wednesday, not the one before


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Die Gespräche wurden am Freitag fortgesetzt, die Regierung wird morgen entscheiden.", "de"),
        ("Las conversaciones terminaron el viernes, y el gobierno decidirá pronto.", "es"),
    ],
)
def test_a_future_in_another_clause_leaves_a_past_weekday_behind(text, lang):
    (found,) = [m for m in tag(text, dt.date(2023, 5, 17), lang=lang) if m.text.lower() in ("freitag", "viernes")]
    assert found.value == "2023-05-12"
