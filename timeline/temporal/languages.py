"""Temporal expressions in other languages: which language a segment is in, and its rules built from dateparser.

The words — month and weekday names, relative words ("вчера", "gestern", "hier", "ayer", "la semana pasada")
and "N days ago" phrases — are dateparser's locale data (``dateparser.languages.loader.default_loader``), never
typed here. What is written here is what dateparser has no table for: the few shapes a date takes in these
languages ("12 марта 2024", "3. Oktober 2023", "le 1er mai", "14 de julio de 2022"), the Russian and Ukrainian
locative of a month ("в марте", "у березні": a declension rule, not a word list), and a small list of function
words per language that tells which language a segment is written in.

The rules of a language run only on segments detected as (or declared to be) that language: its short words are
English words elsewhere ("mar", "die", "sun"). Numeric forms (``12.03.2024``, ``2024-03-12``) are found by the
English rules in every language.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from .rules import Pattern

#: Languages with rules of their own (ISO 639-1).
RULE_LANGUAGES = ("ru", "uk", "de", "fr", "es", "it", "pt")
#: Language names for messages.
NAMES = {
    "en": "English",
    "ru": "Russian",
    "uk": "Ukrainian",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "pl": "Polish",
    "nl": "Dutch",
    "sv": "Swedish",
    "tr": "Turkish",
    "cs": "Czech",
    "el": "Greek",
    "he": "Hebrew",
    "ar": "Arabic",
    "hi": "Hindi",
    "th": "Thai",
    "ja": "Japanese",
    "zh": "Chinese",
    "ko": "Korean",
}

#: Frequent function words per language: a segment is in the language whose words it uses most. Hand-written
#: (dateparser has no stopword lists); the languages without rules are here so that they are told apart from
#: English and a notice can name them.
FUNCTION_WORDS = {
    "en": "the a an and of to in at as is was that for on with said he it by are were has have from this be not".split(),
    "ru": "и в не на что с по это как из он она был была к для от но так его её они же также уже".split(),
    "uk": "і та що на не з до у в це як від його її вони але також вже був була буде року серед".split(),
    "de": (
        "der die das und ist nicht mit von den dem ein eine einen sich auch im wurde wird zu auf für des hat "
        "sie er es nach bei war sind noch am"
    ).split(),
    "fr": "le la les et des est une un du dans que pour pas sur au il elle a été qui par ce".split(),
    "es": "el la los las y del que en un una por con para se es fue al su lo como más pero".split(),
    "it": "il lo la gli le e di del della che un una per con non è sono nel alla dei ha".split(),
    "pt": "o os as e do da dos das que em um uma para com não foi no na ao pelo pela mais".split(),
    "pl": "i w z na się nie jest że do to jak po ale od przez dla".split(),
    "nl": "de het een en van is niet dat op met zijn voor ook werd door".split(),
    "sv": "och att det som är på en för med inte av till var har".split(),
    "tr": "ve bir bu da de için ile olarak çok daha olan".split(),
    "cs": "a v se na je že to s z do jako by ale byl".split(),
}
#: Scripts that name their language well enough for the notice (first letter of a word → language).
_SCRIPTS = (
    ("\u0370", "\u03ff", "el"),
    ("\u0590", "\u05ff", "he"),
    ("\u0600", "\u06ff", "ar"),
    ("\u0900", "\u097f", "hi"),
    ("\u0e00", "\u0e7f", "th"),
    ("\u3040", "\u30ff", "ja"),
    ("\u4e00", "\u9fff", "zh"),
    ("\uac00", "\ud7af", "ko"),
)
#: Letters only one of the two Cyrillic languages with rules writes.
_UKRAINIAN_LETTERS = set("іїєґ")
_RUSSIAN_LETTERS = set("ыэъё")
#: Function words a segment needs before its language is trusted over the document's (headers and short lines
#: hold none); set on the seeds (a two-word match, "to a", made one English line Czech) and the test sentences.
MIN_EVIDENCE = 3
_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_WORD_LANGUAGES: dict[str, tuple[str, ...]] = {}
for _code, _words in FUNCTION_WORDS.items():
    for _word in _words:
        _WORD_LANGUAGES[_word] = _WORD_LANGUAGES.get(_word, ()) + (_code,)


#: Characters of a text read to tell its language: a few paragraphs hold enough function words; the rest
#: would cost time on long inputs. Swept on the dev sets of eight languages (``tests/data/timex_dev_*.jsonl``, the
#: language of each of 257 sentences and of 34 eight-sentence paragraphs): 500, 1,000, 4,000 and 16,000
#: characters all give 234 / 257 and 34 / 34; 4,000 kept for articles that open with a long English header.
DETECTION_SAMPLE = 4000
#: What one letter only Ukrainian (or only Russian) uses weighs against one function word, between the two.
#: Swept the same way: 0 / 1 / 3 / 10 give 226 / 234 / 234 / 234 of 257 sentences (the letters settle the close
#: calls of function words); 3 kept, between the first that reaches the best and the largest tried.
OWN_LETTER_WEIGHT = 3


def detect(text: str, default: str | None = None) -> str | None:
    """The language ``text`` is written in, from its function words (and, between Russian and Ukrainian, their
    own letters); ``default`` when the text holds too few of them to tell (a header, a date line)."""
    counts: Counter[str] = Counter()
    scripts: Counter[str] = Counter()
    letters = 0
    cyrillic = 0
    for word in _WORDS.findall(text[:DETECTION_SAMPLE].lower()):
        letters += 1
        first = word[0]
        if "\u0400" <= first <= "\u04ff":
            cyrillic += 1
        elif first > "\u036f":
            for low, high, code in _SCRIPTS:
                if low <= first <= high:
                    scripts[code] += 1
        for code in _WORD_LANGUAGES.get(word, ()):
            counts[code] += 1
    if scripts and scripts.most_common(1)[0][1] * 2 > letters:  # written in a script of its own
        found = scripts.most_common(1)[0][0]
        kana = any("\u3040" <= ch <= "\u30ff" for ch in text[:DETECTION_SAMPLE])  # Japanese writes Han with kana
        return "ja" if found == "zh" and kana else found
    if cyrillic * 2 > letters:  # mostly Cyrillic: Russian or Ukrainian, the letters decide a close call
        sample = set(text[:DETECTION_SAMPLE].lower())
        uk = counts["uk"] + OWN_LETTER_WEIGHT * len(sample & _UKRAINIAN_LETTERS)
        ru = counts["ru"] + OWN_LETTER_WEIGHT * len(sample & _RUSSIAN_LETTERS)
        return "uk" if uk > ru else "ru"
    latin = {code: n for code, n in counts.items() if code not in ("ru", "uk")}
    if not latin:
        return default
    best = max(latin, key=lambda code: (latin[code], code == "en"))
    if latin[best] < MIN_EVIDENCE:
        return default
    return best


def notice(code: str) -> str:
    """The one-line notice for a language without rules of its own."""
    name = NAMES.get(code, code)
    return (
        f"timeline: note: text in {name} ({code}) found; it has no date rules of its own, only numeric "
        f"dates (12.03.2024, 2024-03-12) are read in it"
    )


def has_rules(code: str | None) -> bool:
    return code in (None, "en") or code in RULE_LANGUAGES


# ---------------------------------------------------------------------------------------------------- vocabulary

_MONTH_KEYS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NUMBER = r"(\d++[.,]?\d*+)"


#: A month's or weekday's name: words of letters (with the vowel signs of the Devanagari and Thai scripts, which
#: Python's ``\w`` counts as marks, not letters: "शुक्रवार", "เมษายน"), joined by hyphens or apostrophes.
_LETTER = r"(?:[^\W\d_]|[\u0900-\u0963\u0e30-\u0e4e])"
_NAME = rf"{_LETTER}+(?:[-'’]{_LETTER}+)*"


def _names(code: str, forms: list[str]) -> list[str]:
    """The forms of a month or weekday name worth matching: words of three letters or more that are not
    abbreviations — a form that a longer form of the same name continues by more than a one-letter ending
    ("берез" of "березень", "mar" of "marzo"; "март" of "марта" is a case form, "terça" of "terça-feira" a name
    of its own) — nor the
    language's function words ("серед", among, is also a short Wednesday)."""
    lowered = sorted({f.lower().strip(".") for f in forms})
    function_words = set(FUNCTION_WORDS.get(code, ()))
    kept = []
    for form in lowered:
        if len(form) < 3 or form in function_words or not re.fullmatch(_NAME, form):
            continue
        if any(
            other != form
            and other.startswith(form)
            and other[len(form)] != "-"
            and (len(form) == 3 or len(other) - len(form) > 1)
            for other in lowered
        ):
            continue
        kept.append(form)
    return kept


def _locatives(code: str, form: str) -> list[str]:
    """The locative of a nominative month name ("в марте", "у березні"), which dateparser does not list."""
    if code == "ru" and form.endswith(("ь", "й")):
        return [form[:-1] + "е"]
    if code == "ru" and form[-1] not in "аяе":
        return [form + "е"]
    if code == "uk" and form.endswith("ень"):
        return [form[:-3] + "ні"]
    if code == "uk" and form.endswith("ий"):
        return [form[:-2] + "ому"]
    if code == "uk" and form[-1] not in "аяеьй":
        return [form + "і"]
    return []


def _weekday_cases(code: str, form: str) -> list[str]:
    """The genitive of a nominative Russian or Ukrainian weekday name ("до понедельника", "до неділі": until
    Monday, Sunday), which dateparser does not list (it has the accusative: "в пятницу")."""
    if code == "ru":
        if form.endswith(("ца", "ка")):
            return [form[:-1] + "ы"] if form.endswith("ца") else [form[:-1] + "и"]
        if form.endswith("а"):
            return [form[:-1] + "ы"]
        if form.endswith("е"):
            return [form[:-1] + "я"]
        if form[-1] not in "аяеёиоуыэюйь":
            return [form + "а"]
    if code == "uk":
        if form.endswith(("я", "ця")):
            return [form[:-1] + "і"]
        if form.endswith("а"):
            return [form[:-1] + "и"]
        if form.endswith("ок"):
            return [form[:-2] + "ка"]  # "понеділок" → "понеділка", "вівторок" → "вівторка"
        if form.endswith("р"):
            return [form + "га"]  # "четвер" → "четверга"
    return []


@functools.cache
def vocabulary(code: str) -> dict:
    """A language's words from dateparser's locale data: ``months`` and ``weekdays`` (form → number),
    ``relative`` (phrase → (amount, unit), negative amounts back: "вчера" → (-1, "day")) and ``counted``
    (regex with one number group → (sign, unit): "vor (N) tagen" → (-1, "day"))."""
    from dateparser.languages.loader import default_loader

    info = default_loader.get_locale(code).info
    months: dict[str, int] = {}
    for number, key in enumerate(_MONTH_KEYS, 1):
        for form in _names(code, info.get(key, [])):
            months.setdefault(form, number)
            for locative in _locatives(code, form):
                months.setdefault(locative, number)
    weekdays: dict[str, int] = {}
    for number, key in enumerate(_WEEKDAY_KEYS, 1):
        for form in _names(code, info.get(key, [])):
            if len(form) >= 4 or not form.isascii():
                weekdays.setdefault(form, number)
                for case in _weekday_cases(code, form) if len(form) >= 5 else ():  # not "вск", an abbreviation
                    weekdays.setdefault(case, number)
    relative: dict[str, tuple[int, str]] = {}
    for key, phrases in info.get("relative-type", {}).items():
        found = re.fullmatch(r"(?:in )?(\d+) (day|week|month|year)(?: ago)?", key)
        if not found:
            continue
        amount = int(found[1]) * (1 if key.startswith("in ") else -1)
        lowered = [p.lower().replace("’", "'") for p in phrases]
        every_word = {w for p in lowered for w in p.split()}
        for phrase in lowered:
            # "в пр мес" beside "в прошлом месяце": a word that begins a longer one is an abbreviation
            if len(phrase) >= 3 and not any(
                len(w) <= 4 and other != w and other.startswith(w) for w in phrase.split() for other in every_word
            ):
                relative.setdefault(phrase, (amount, found[2]))
    counted: dict[str, tuple[int, str]] = {}
    for key, regexes in info.get("relative-type-regex", {}).items():
        found = re.fullmatch(r"(in )?\\1 (day|week|month|year)( ago)?", key)
        if not found:
            continue
        unit = found[2]
        forms = {f.lower() for f in info.get(unit, [])}
        # dateparser lists "(N) года назад" but not "(N) лет назад": its unit word becomes any form of the unit
        any_form = (
            "(?:" + "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f)) if len(f) >= 2) + ")"
        )
        for regex in regexes:
            if regex.count(_NUMBER) != 1:
                continue
            before, after = regex.lower().split(_NUMBER)
            pieces = [before, after]
            for index, piece in ((1, after), (0, before)):  # the unit word after the number, else before it
                words = re.findall(r"[^\W\d_]+", piece)
                if words and words[-1 if index == 0 else 0] in forms:
                    unit_word = words[-1 if index == 0 else 0]
                    pieces[index] = re.sub(
                        rf"(?<![^\W_]){re.escape(unit_word)}(?![^\W_])", any_form.replace("\\", "\\\\"), piece, count=1
                    )
                    break
            else:
                continue
            counted.setdefault(pieces[0] + _NUMBER + pieces[1], (1 if found[1] else -1, unit))
    # number words dateparser rewrites to digits ("три" → 3, "drei" → 3): they count in "три года назад"
    numbers = []
    for simplification in info.get("simplifications", []):
        for word, replacement in simplification.items():
            if str(replacement).isdigit() and re.fullmatch(r"[^\W\d_()|]+(?:[(|][^\W\d_()|]*)*\)?[^\W\d_]*", word):
                numbers.append((word.lower().replace("(", "(?:"), int(replacement)))
    return {"months": months, "weekdays": weekdays, "relative": relative, "counted": counted, "numbers": numbers}


def month_forms() -> dict[str, int]:
    """Month forms of every language with rules (no two languages give one form different numbers)."""
    table: dict[str, int] = {}
    for code in RULE_LANGUAGES:
        for form, number in vocabulary(code)["months"].items():
            table.setdefault(form, number)
    return table


def weekday_forms(codes: tuple[str, ...] | list[str] = RULE_LANGUAGES) -> dict[str, int]:
    table: dict[str, int] = {}
    for code in codes:
        if code == "en":
            continue  # (the callers' own patterns hold English names and abbreviations)
        for form, number in vocabulary(code)["weekdays"].items():
            table.setdefault(form, number)
    return table


#: Words right before a bare weekday or date that make it lie ahead, whatever the verb's tense ("from Monday",
#: "until Monday"); the English parse reads this from the grammar, other languages resolve by the calendar and
#: need the word. As data: (language, words, example).
FORWARD_WORDS = (
    ("de", "ab", "Der neue Fahrplan gilt ab Montag."),
    ("de", "bis", "Der Hafen bleibt bis Montag geschlossen."),
    ("fr", "à partir de", "Le port rouvre à partir de lundi."),
    ("fr", "jusqu'à", "Le port reste fermé jusqu'à lundi."),
    ("fr", "dès", "Les ferries reprennent dès lundi."),
    ("es", "a partir del", "El puerto reabre a partir del lunes."),
    ("es", "hasta el", "El puerto seguirá cerrado hasta el lunes."),
    ("it", "a partire da", "Il porto riapre a partire da lunedì."),
    ("it", "fino a", "Il porto resta chiuso fino a lunedì."),
    ("pt", "a partir de", "O porto reabre a partir de segunda-feira."),
    ("pt", "até", "O porto fica fechado até segunda-feira."),
    ("ru", "до", "Порт закрыт до понедельника."),
    ("uk", "до", "Порт закритий до понеділка."),
)


def _by_language(rows, after: str = "") -> dict[str, re.Pattern[str]]:
    """One pattern per language of a (language, pattern, example) table: any of its rows as a whole word."""
    return {
        code: re.compile(r"(?<![^\W\d_])(?:" + "|".join(p for c, p, _e in rows if c == code) + ")" + after, re.I)
        for code in {c for c, _p, _e in rows}
    }


_FORWARD = _by_language([(c, re.escape(w), e) for c, w, e in FORWARD_WORDS], r"\s*$")


#: Verb forms that put a clause in the future, as data: (language, pattern, example). A bare weekday in the same
#: clause (no comma or semicolon between) lies ahead. Only forms no other word shares: the endings of the
#: inflected futures (es "-rán", it "-ranno", pt "-rão", fr "-ront") and the future auxiliaries; Russian and
#: Ukrainian perfective futures look like presents and are not read.
FUTURE_MARKS = (
    ("de", r"wird|werden", "Die Gespräche werden am Freitag fortgesetzt."),
    ("fr", r"\w{3,}ront|\w{3,}(?:era|ira|dra)|sera|aura|fera|va|vont", "Les discussions reprendront vendredi."),
    ("es", r"\w{2,}(?:rá|rán)|va a|van a", "Las conversaciones se reanudarán el viernes."),
    ("it", r"\w{2,}(?:rà|ranno)", "I colloqui riprenderanno venerdì."),
    ("pt", r"\w{2,}(?:rá|rão)|vai|vão", "As conversas serão retomadas na sexta-feira."),
    ("ru", r"будет|будут", "Переговоры будут продолжены в пятницу."),
    ("uk", r"буде|будуть", "Переговори будуть продовжені у п'ятницю."),
)
_FUTURE = _by_language(FUTURE_MARKS, r"(?![^\W\d_])")
_CLAUSE_EDGE = re.compile(r"[,;:.!?]")


def in_future_clause(code: str, text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Whether the expression at ``text[start:end]`` shares its clause (``text[lo:hi]`` bounds the search) with a
    future form of language ``code`` (``FUTURE_MARKS``)."""
    pattern = _FUTURE.get(code)
    if pattern is None:
        return False
    left = max(
        (m.end() for m in _CLAUSE_EDGE.finditer(text, max(lo, start - 120), start)), default=max(lo, start - 120)
    )
    edge = _CLAUSE_EDGE.search(text, end, min(hi, end + 120))
    right = edge.start() if edge else min(hi, end + 120)
    return pattern.search(text, left, right) is not None


def looks_forward(code: str, before: str) -> bool:
    """Whether ``before`` (the text right before an expression of language ``code``) ends with one of its
    ``FORWARD_WORDS``."""
    pattern = _FORWARD.get(code)
    return pattern is not None and pattern.search(before[-24:]) is not None


def relative_meaning(code: str, phrase: str) -> tuple[int, str] | None:
    """(amount, unit) of a relative phrase of language ``code`` ("gestern" → (-1, "day"))."""
    return vocabulary(code)["relative"].get(re.sub(r"\s+", " ", phrase.lower().replace("’", "'")))


def counted_meaning(code: str, phrase: str) -> tuple[int, str] | None:
    """(signed amount, unit) of a counted phrase ("vor 3 Tagen" → (-3, "day"))."""
    lowered = re.sub(r"\s+", " ", phrase.lower())
    for word, number in vocabulary(code)["numbers"]:
        lowered = re.sub(rf"(?<![^\W_])(?:{word})(?![^\W_])", str(number), lowered)
    for regex, (sign, unit) in vocabulary(code)["counted"].items():
        found = re.fullmatch(regex, lowered)
        if found:
            amount = float(found[1].replace(",", "."))
            return (int(amount) * sign, unit) if amount.is_integer() else None
    return None


# ---------------------------------------------------------------------------------------------------- patterns

#: What may follow a day number before the month: "3." (de), "1er" (fr), "1º"/"1°" (es, it, pt), "de" (es, pt).
_DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:\.|er|º|°|ª)?"
#: A year written after a month, with the word for "year" some languages put after it ("2024 г.", "2024 року").
_YEAR_AFTER = r"(?P<year>1[0-9]\d\d|20\d\d)(?:\s*(?:{YEARWORD}))?"
#: A clock time after a date in a header stamp ("12 марта 2024, 14:35", "3. Oktober 2023 um 9:15 Uhr").
_CLOCK = (
    r"(?:\s?[-–,]?\s*(?:[^\W\d_]{1,5}\s+){0,2}(?P<hour>[01]?\d|2[0-3])[:h.](?P<minute>[0-5]\d)\b(?:\s*(?:uhr|h)\b)?)?"
)
#: A numeric stamp: day first, as every language with rules writes it ("20.03.2024", "15/07/2022").
_NUMERIC_DAY_FIRST = (
    r"(?<![\d/.])(?P<day>3[01]|[12]\d|0?[1-9])(?P<sep>[./])(?P<month>1[0-2]|0?[1-9])(?P=sep)"
    r"(?P<year>\d{4})\b"
)
#: Joining words between day, month and year ("14 de julio de 2022", "14 luglio del 2022").
_OF = r"(?:\s+(?:de|del|di|do)\s+|\s+)"


#: Parts of the day written after a weekday ("Montagabend", "lundi soir", "lunes por la noche", "понедельник
#: вечером"), as data: (language, TIMEX3 code, form, example). German joins them to the weekday.
PARTS_OF_DAY = (
    ("de", "MO", "morgen", "Am Dienstagmorgen landete das Flugzeug."),
    ("de", "MO", "vormittag", "Am Dienstagvormittag landete das Flugzeug."),
    ("de", "AF", "nachmittag", "Am Dienstagnachmittag landete das Flugzeug."),
    ("de", "EV", "abend", "Am Dienstagabend landete das Flugzeug."),
    ("de", "NI", "nacht", "In der Dienstagnacht landete das Flugzeug."),
    ("fr", "MO", "matin", "L'avion a atterri mardi matin."),
    ("fr", "AF", "après-midi", "L'avion a atterri mardi après-midi."),
    ("fr", "EV", "soir", "L'avion a atterri mardi soir."),
    ("fr", "NI", "nuit", "L'avion a atterri mardi nuit."),
    ("es", "MO", "por la mañana", "El avión aterrizó el martes por la mañana."),
    ("es", "AF", "por la tarde", "El avión aterrizó el martes por la tarde."),
    ("es", "NI", "por la noche", "El avión aterrizó el martes por la noche."),
    ("it", "MO", "mattina", "L'aereo è atterrato martedì mattina."),
    ("it", "MO", "mattino", "L'aereo è atterrato martedì mattino."),
    ("it", "AF", "pomeriggio", "L'aereo è atterrato martedì pomeriggio."),
    ("it", "EV", "sera", "L'aereo è atterrato martedì sera."),
    ("it", "NI", "notte", "L'aereo è atterrato martedì notte."),
    ("pt", "MO", "de manhã", "O avião aterrou na terça-feira de manhã."),
    ("pt", "AF", "à tarde", "O avião aterrou na terça-feira à tarde."),
    ("pt", "NI", "à noite", "O avião aterrou na terça-feira à noite."),
    ("ru", "MO", "утром", "Во вторник утром самолёт приземлился."),
    ("ru", "AF", "днём", "Во вторник днём самолёт приземлился."),
    ("ru", "EV", "вечером", "Во вторник вечером самолёт приземлился."),
    ("ru", "NI", "ночью", "Во вторник ночью самолёт приземлился."),
    ("uk", "MO", "вранці", "У вівторок вранці літак приземлився."),
    ("uk", "AF", "вдень", "У вівторок вдень літак приземлився."),
    ("uk", "EV", "увечері", "У вівторок увечері літак приземлився."),
    ("uk", "EV", "ввечері", "У вівторок ввечері літак приземлився."),
    ("uk", "NI", "вночі", "У вівторок вночі літак приземлився."),
)
#: The TIMEX3 code of each part-of-day form (the forms of different languages do not clash).
PART_FORMS = {re.sub(r"\s+", " ", form): code for _lang, code, form, _example in PARTS_OF_DAY}
#: Words for "o'clock" after an hour ("15 Uhr", "15 heures", "15h30", "в 15 часов"), as data: (language, pattern,
#: example).
HOUR_WORDS = (
    ("de", r"uhr", "Die Sitzung beginnt um 16 Uhr."),
    ("fr", r"h|heures?", "La séance commence à 16 heures."),
    ("es", r"h|horas", "La sesión empieza a las 16 horas."),
    ("it", r"h", "La seduta inizia alle 16h."),
    ("pt", r"h|horas", "A sessão começa às 16h."),
    ("ru", r"ч|час(?:а|ов)?", "Заседание начнётся в 16 часов."),
    ("uk", r"год(?:ин[аиі]?)?", "Засідання почнеться о 16 годині."),
)


def _alternation(words) -> str:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


@functools.cache
def patterns(code: str) -> tuple[tuple[Pattern, re.Pattern[str]], ...]:
    """The rules of language ``code``: (row, compiled regex) pairs, rows named ``<code>_<shape>``."""
    words = vocabulary(code)
    from dateparser.languages.loader import default_loader

    year_words = [w.lower() for w in default_loader.get_locale(code).info.get("year", []) if len(w) <= 4]
    whole = [w for w in year_words if len(w) > 1]
    initials = [w for w in year_words if len(w) == 1]  # "г.", "р.": the dot is the abbreviation's
    year_word = (
        "|".join(
            ([_alternation(whole) + r"\b"] if whole else []) + ([_alternation(initials) + r"\b\.?"] if initials else [])
        )
        or "(?!)"
    )
    table = {"MONTH": _alternation(words["months"]), "WEEKDAY": _alternation(words["weekdays"]), "YEARWORD": year_word}

    def expand(regex: str) -> str:
        return re.sub(r"\{([A-Z]+)\}", lambda m: table[m.group(1)], regex)

    weekday = r"(?:(?P<weekday>{WEEKDAY})\s?,?\s+)?"
    parts = [form for lang, _code, form, _example in PARTS_OF_DAY if lang == code]
    hours = "|".join(pattern for lang, pattern, _example in HOUR_WORDS if lang == code)
    rows = [
        Pattern(
            f"{code}_day_month_year",
            "",
            "DATE",
            "calendar_date",
            weekday + r"\b" + _DAY + _OF + r"(?P<month>{MONTH})\b\.?" + _OF + _YEAR_AFTER + _CLOCK,
        ),
        Pattern(f"{code}_numeric_stamp", "", "DATE", "calendar_date", _NUMERIC_DAY_FIRST + _CLOCK),
        Pattern(
            f"{code}_day_range",
            "",
            "DATE",
            "foreign_day_range",  # "2 и 3 июня", "2.-3. Juni", "2 y 3 de junio"
            r"\b"
            + _DAY
            + r"\s*(?:[-–]|\s[^\W\d_]{1,3}\s)\s*"
            + _DAY.replace("day", "day2")
            + _OF
            + r"(?P<month>{MONTH})\b(?:"
            + _OF
            + _YEAR_AFTER
            + ")?",
        ),
        Pattern(
            f"{code}_day_month",
            "",
            "DATE",
            "calendar_date",
            weekday + r"\b" + _DAY + _OF + r"(?P<month>{MONTH})\b(?!\s*\d)",
        ),
        Pattern(
            f"{code}_month_day_year",
            "",
            "DATE",
            "calendar_date",
            r"\b(?P<month>{MONTH})\s+(?P<day>3[01]|[12]\d|0?[1-9])\s?,\s*" + _YEAR_AFTER,
        ),
        Pattern(f"{code}_month_year", "", "DATE", "month_of_year", r"\b(?P<month>{MONTH})" + _OF + _YEAR_AFTER),
        Pattern(f"{code}_month", "", "DATE", "month_of_year", r"\b(?P<month>{MONTH})\b(?!\s*\d)"),
        Pattern(
            f"{code}_weekday",
            "",
            "DATE",
            "weekday",
            r"\b(?P<weekday>{WEEKDAY})" + (r"(?:\s*(?P<part>" + _alternation(parts) + "))?" if parts else "") + r"\b",
        ),
    ]
    if hours:
        rows.append(
            Pattern(
                f"{code}_clock",
                "",
                "TIME",
                "clock_time",
                r"(?<![\d:.,])(?P<hour>[01]?\d|2[0-3])\s*(?:" + hours + r")(?:\s*(?P<minute>[0-5]\d))?(?![^\W_])",
            )
        )
    if words["relative"]:
        rows.append(
            Pattern(
                f"{code}_relative",
                "",
                "DATE",
                "foreign_relative",
                r"(?<![^\W_])(?P<phrase>" + _alternation(words["relative"]) + r")(?![^\W_])",
            )
        )
    if words["counted"]:
        counted = sorted(words["counted"], key=lambda r: (-len(r), r))
        # at most three digits: "за 2022 рік" is the year 2022, not "in 2022 years"
        number_words = "|".join(f"(?:{word})" for word, _ in words["numbers"])
        number = r"(?:(?<!\d)\d{1,3}+(?:[.,]\d+)?" + (rf"|(?<![^\W_])(?:{number_words})" if number_words else "") + ")"
        body = "|".join(f"(?:{r})" for r in counted).replace(_NUMBER, number)
        rows.append(
            Pattern(f"{code}_counted", "", "DATE", "foreign_counted", r"(?<![^\W_])(?P<phrase>" + body + r")(?![^\W_])")
        )
    return tuple((row, re.compile(expand(row.regex), re.IGNORECASE)) for row in rows)
