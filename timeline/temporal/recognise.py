"""Recognition: text → candidate spans of temporal expressions, with regexes only (no spaCy).

The patterns of ``rules.patterns`` are expanded with the vocabulary macros (word lists written as tries) and
compiled once. Each pattern runs only near its *trigger* words — words (or digit runs) every match of it must
hold, read from the pattern's own regex — so a text is looked up once and each pattern searches a few short
windows instead of the whole text; the result is the same as scanning everything (``find_exhaustive``).
Matches are checked by a few cheap context filters (an ambiguous month word such as "may" needs a capital and,
alone, a temporal cue before it; a bare four-digit number must look like a year; a capitalised "This Week"
inside a sentence is a title) and overlapping matches are settled by keeping the longest.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from . import languages
from .rules import PATTERNS, Pattern, profiles
from .rules import vocabulary as vocab


@dataclass(frozen=True)
class Candidate:
    """A span of ``text`` matched by one pattern, with the pattern's named groups."""

    start: int
    end: int
    text: str
    pattern: Pattern
    groups: dict[str, str | None]
    #: Index of the pattern in ``PATTERNS`` (lower wins a tie).
    rank: int = 0

    @property
    def name(self) -> str:
        return self.pattern.name


# ---------------------------------------------------------------------------------------------------- vocabulary


def _atoms(form: str) -> tuple[str, ...]:
    """The regex atoms of a literal word form: a space matches any run of white space, an apostrophe either
    apostrophe, anything else itself."""
    return tuple(r"\s+" if ch == " " else "['’]" if ch == "'" else re.escape(ch) for ch in form)


def _alternation(forms: list[str] | set[str], trie: bool = True) -> str:
    """A non-capturing alternation of literal words, written as a trie (``s(?:ept(?:ember)?|at)``).

    The alternatives are tried longest first, so that "sept" is tried before "sep"; as a trie the regex engine
    checks one branch per character instead of every word at every position, and matches exactly what the flat
    longest-first alternation matches (two forms can match at the same place only when one extends the other,
    and the trie tries the longer one first, as the flat list does).
    """
    if not trie:  # the flat longest-first list, which ``triggers`` reads whole words from
        ordered = sorted(set(forms), key=lambda f: (-len(f), f))
        return "(?:" + "|".join("".join(_atoms(form)) for form in ordered) + ")"
    root: dict = {}
    for form in set(forms):
        node = root
        for atom in _atoms(form):
            node = node.setdefault(atom, {})
        node[""] = {}

    def write(node: dict) -> str:
        def depth(item: tuple[str, dict]) -> int:  # longest form below: longer continuations first
            atom, child = item
            return -1 if atom == "" else 1 + max((depth(i) for i in child.items()), default=0)

        branches = []
        for atom, child in sorted(node.items(), key=lambda item: (-depth(item), item[0])):
            branches.append("" if atom == "" else atom + write(child))
        if len(branches) == 1:
            return branches[0]
        if branches[-1] == "":
            body = "|".join(branches[:-1])
            return f"(?:{body})?" if len(branches) == 2 else f"(?:{body}|)"
        return "(?:" + "|".join(branches) + ")"

    body = write(root)
    return body if body.startswith("(?:") and _balanced_group(body) else f"(?:{body})"


def _balanced_group(regex: str) -> bool:
    """Whether ``regex`` is one group ``(?:...)`` from its first character to its last (no trailing ``?``)."""
    if not regex.endswith(")"):
        return False
    level = 0
    escaped = False
    in_class = False
    for index, ch in enumerate(regex):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            level += 1
        elif ch == ")":
            level -= 1
            if level == 0 and index != len(regex) - 1:
                return False
    return True


@functools.lru_cache(maxsize=1)
def foreign_names() -> tuple[dict[str, int], dict[str, int], dict[str, str]]:
    """Month and weekday words of ``vocabulary.FOREIGN_LANGUAGES`` from dateparser's language data:
    (month form → number, weekday form → ISO number, form → language code)."""
    from dateparser.languages.loader import default_loader

    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    languages: dict[str, str] = {}
    # (English names as dateparser's locale data keys them, the table they fill, the shortest form kept)
    kinds = ((vocab.MONTHS, months, 3), (vocab.WEEKDAYS, weekdays, 4))
    for code in vocab.FOREIGN_LANGUAGES:
        info = default_loader.get_locale(code).info
        for names, table, shortest in kinds:
            for number, forms in names:
                for form in info.get(forms[0], []):
                    form = form.lower()
                    if len(form) >= shortest and form.isalpha() and form not in table:
                        table[form] = number
                        languages[form] = code
    return months, weekdays, languages


def _month_forms(with_bare_abbreviations: bool) -> list[str]:
    forms = []
    for _, words in vocab.MONTHS:
        full, *abbreviations = words
        forms.append(full)
        for abbreviation in abbreviations:
            forms.append(abbreviation + ".")
            if with_bare_abbreviations:
                forms.append(abbreviation)
    return forms + list(foreign_names()[0])


def _number_words(trie: bool = True) -> str:
    units = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    composed = rf"(?:{'|'.join(tens)})(?:[-\s](?:{'|'.join(units)}))?"
    simple = [w for w in vocab.NUMBER_WORDS if w not in tens and w not in ("a", "an")]
    return rf"(?:{composed}|{_alternation(simple, trie)[3:-1]})"


def _spoken_year() -> str:
    units = "one|two|three|four|five|six|seven|eight|nine"
    teens = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    tail = rf"(?:(?:{tens})(?:[-\s]+(?:{units}))?|{teens}|oh[-\s]+(?:{units}))"
    return (
        rf"(?:nineteen[-\s]+(?:hundred[-\s]+(?:and\s+)?)?{tail}"
        rf"|two[-\s]+thousand(?:[-\s]+(?:and\s+)?(?:{teens}|{units}|(?:{tens})(?:[-\s]+(?:{units}))?))?)"
    )


def macros(trie: bool = True) -> dict[str, str]:
    """The vocabulary alternations patterns refer to as ``{NAME}`` (word lists as tries, or ``trie=False`` as
    flat longest-first lists: the same matches)."""
    foreign_months, foreign_weekdays, _ = foreign_names()
    weekday_forms = []
    for _, words in vocab.WEEKDAYS:
        full, *abbreviations = words
        weekday_forms += [full] + [a + "." for a in abbreviations]
    number_word = _number_words(trie)
    vague = _alternation(vocab.VAGUE_NUMBERS, trie)
    ordinal_words = [w for w, n in vocab.ORDINAL_WORDS.items() if w not in ("last", "final")]
    return {
        "MONTH": _alternation(_month_forms(True), trie),
        "MONTH_NAME": _alternation(_month_forms(False), trie),
        "WEEKDAY": _alternation(weekday_forms + list(foreign_weekdays), trie),
        "DAY": r"(?:3[01]|[12]\d|0?[1-9])",
        "ORD_DAY": _alternation(ordinal_words, trie),
        "ORD_WORD": _alternation(ordinal_words, trie),
        "YEAR": r"(?:1[0-9]\d\d|20\d\d)",
        "SPOKEN_YEAR": _spoken_year(),
        "NUM_WORD": number_word,
        "NUM": rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{number_word}(?:\s+and\s+a\s+half)?|{vague}|an?)",
        "UNIT": _alternation([f for *_, forms in vocab.UNITS for f in forms], trie),
        "UNIT_SG": _alternation([forms[0] for *_, forms in vocab.UNITS], trie),
        "PART": _alternation([f for _, forms in vocab.PARTS_OF_DAY for f in forms], trie),
        "SEASON": _alternation([f for _, forms in vocab.SEASONS for f in forms], trie),
        "HOLIDAY": _alternation([f for *_, forms in vocab.HOLIDAYS for f in forms], trie),
        "TZ": _alternation(vocab.TIME_ZONES, trie),
        "APPROX": _alternation(list(vocab.APPROXIMATORS), trie),
        "MOD": _alternation(list(vocab.MODIFIERS), trie),
        "CLOSE": r"(?:[.,;:!?)\]]|-RRB-|-RSB-|-RCB-)",
        "DECADE_WORD": r"(?:nineteen\s+)?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)",
    }


def expand(regex: str, table: dict[str, str] | None = None) -> str:
    """``regex`` with every ``{MACRO}`` replaced; ``{{`` and ``}}`` stay literal braces (counted repetitions)."""
    table = table or macros()
    return re.sub(r"\{([A-Z_]+)\}", lambda m: table[m.group(1)], regex)


@functools.lru_cache(maxsize=1)
def compiled() -> tuple[tuple[Pattern, re.Pattern[str]], ...]:
    table = macros()
    return tuple((p, re.compile(expand(p.regex, table), re.IGNORECASE)) for p in PATTERNS)


# ---------------------------------------------------------------------------------------------------- filters

#: Words before an ambiguous bare month ("in May", "since March") that make it a month.
_MONTH_CUES = {
    "in",
    "since",
    "until",
    "till",
    "by",
    "from",
    "through",
    "during",
    "of",
    "early",
    "late",
    "mid",
    "last",
    "next",
    "this",
    "before",
    "after",
    "between",
    "and",
    "to",
    "or",
    "each",
    "every",
    "on",
    "for",
    "past",
    "coming",
    "end",
    "beginning",
    "middle",
    "throughout",
    "around",
    "that",
}
_WORD_BEFORE = re.compile(r"([\w'-]+)[\s,]*$")
#: Units of counting that make a bare four-digit number a quantity, not a year ("1990 people").
_QUANTITY_NOUNS = re.compile(
    r"\s+(?:people|persons|men|women|children|troops|soldiers|workers|employees|members|shares|units|cars|"
    r"barrels|tons|tonnes|acres|miles|kilometers|km|feet|meters|pounds|dollars|yen|marks|francs|points|"
    r"votes|jobs|homes|houses|deaths|cases|students|passengers|rooms|copies|of\s+(?:the|them|those|these))\b",
    re.IGNORECASE,
)


_AGE = re.compile(r"[\s-]+old\b", re.IGNORECASE)
_FRACTION_OF = re.compile(r"\s+of\b", re.IGNORECASE)
_RATE_BEFORE = re.compile(
    r"(?:\d|\b(?:percent|times|once|twice|cents?|dollars?|million|billion|thousand|hundred|"
    r"dozen)|[a-z]{3,}s)\s*$",
    re.IGNORECASE,
)


def _word_before(text: str, start: int) -> str:
    match = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return match.group(1).lower() if match else ""


def _title(text: str, start: int, end: int, pattern: Pattern) -> bool:
    """Whether ``text[start:end]`` is part of a name or title ("60 Minutes", ABC's "This Week", "High Noon",
    "VOA Today"): a common temporal word written with a capital where a sentence cannot start."""
    if pattern.resolve == "holiday" or text[start:end].isupper():
        return False
    for word in _WORD.finditer(text, start, end):
        if not word.group()[0].isupper() or word.group().lower() not in _COMMON_TEMPORAL:
            continue
        if word.start() > start:
            return True  # "This Week", "60 Minutes": a capital inside the expression
        before = text[max(0, start - 3) : start].rstrip()
        if before and (before[-1].isalnum() or before[-1] == ","):
            return True  # "High Noon", "VOA Today": a capital in the middle of a sentence
    return False


_WORD = re.compile(r"[^\W\d_]+")
#: Temporal words that are not names: written with a capital only at a sentence start or inside a title.
_COMMON_TEMPORAL = (
    {form for *_, forms in vocab.UNITS for form in forms}
    | {form for _, forms in vocab.PARTS_OF_DAY for form in forms}
    | {"noon", "midnight", "midday", "today", "tonight", "yesterday", "tomorrow", "now", "recently", "future"}
)


#: A paragraph opening with a 24-hour time and a capitalised word: an entry of a live page ("1609 The US ...").
_ENTRY = re.compile(r"(?m)^(?:[01]\d|2[0-3])[0-5]\d[ \t]+[A-Z]")
_ENTRY_TIME = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d[ \t]+[A-Z]")
#: How many such entries (this one too) within ENTRY_REACH characters make the page a live page; one alone is as
#: likely a paragraph opening with a year ("1989 was the year ...").
ENTRY_MIN, ENTRY_REACH = 3, 3000


def _entry_stamp(text: str, start: int, end: int) -> bool:
    """Whether the four digits at ``start`` are the time a live page's entry was posted: a capitalised word
    follows, other paragraphs near it open the same way, and they open a paragraph too or follow a word that
    never stands before a year (a photo caption run into the entry: "... pictures of the palace 1623 Haiti's
    First Lady tells ...", not "in 1623 Spanish ships")."""
    if not _ENTRY_TIME.match(text, start):
        return False
    if start and text[start - 1] != "\n":
        before = _WORD_BEFORE.search(text, max(0, start - 30), start)
        if before is None or text[start - 1] != " " or not before.group(1).isalpha():
            return False
        if before.group(1).lower() in _BEFORE_A_YEAR:
            return False
    found = _ENTRY.finditer(text, max(0, start - ENTRY_REACH), min(len(text), end + ENTRY_REACH))
    return sum(1 for _ in zip(range(ENTRY_MIN), found)) >= ENTRY_MIN


#: Words a year follows ("in 1623", "the 1623 charter", "of 1623"): after them four digits stay a year.
_BEFORE_A_YEAR = frozenset(
    "in since of by from until till to through and or the a its his her their this that year fiscal early late "
    "mid between before after during around circa about spring summer autumn fall winter".split()
)


def _acceptable(text: str, start: int, end: int, pattern: Pattern, groups: dict[str, str | None]) -> bool:
    """Context checks a regex cannot express cheaply."""
    if _title(text, start, end, pattern):
        return False
    month = groups.get("month")
    if month and month.lower().rstrip(".") in vocab.AMBIGUOUS_MONTHS:
        if not month[0].isupper():
            return False
        if pattern.name == "month_alone" and not groups.get("mod") and not groups.get("rel"):
            if _word_before(text, start) not in _MONTH_CUES:
                return False
    if pattern.name == "entry_time":
        return _entry_stamp(text, start, end)
    if pattern.name == "year" and not groups.get("mod") and not groups.get("fiscal"):
        if _entry_stamp(text, start, end):
            return False  # "1609 The US military is sending ...": a live page's entry time
        year = int(groups["year"])
        if year < 1600 or year > 2099:
            return False
        before = text[max(0, start - 2) : start]
        if re.search(
            r"(?:No\.|\bno|#|page|flight|route|room|model|article|section|code)\s*$",
            text[max(0, start - 12) : start],
            re.IGNORECASE,
        ) or before.endswith(("-", "/", ":")):
            return False
        if _QUANTITY_NOUNS.match(text, end):
            return False
    if pattern.name.startswith("duration"):
        unit = (groups.get("unit") or "").lower()
        if _AGE.match(text, end) or (unit.startswith("quarter") and _FRACTION_OF.match(text, end)):
            return False  # "52 years old" is an age, "three-quarters of its food" a fraction
        if "-" in text[start:end] and unit.startswith("quarter"):
            return False
        if (groups.get("num") or "").lower() in ("a", "an"):
            if unit == "second":
                return False  # "a second group": the ordinal, far more often than a duration
            # "$5 million a year", "four flights a week": a rate, not a duration
            if _RATE_BEFORE.search(text, max(0, start - 25), start):
                return False
    if pattern.name == "season_alone" and groups.get("season", "").lower() == "fall":
        return False  # "would eventually fall": the verb, unless a determiner or year makes it the season
    return True


# ---------------------------------------------------------------------------------------------------- finding

_ADJECTIVE_DETERMINER = re.compile(r"(?:the|a|an|its|their)\s+(?=[\w.]+-[\w-]+$)", re.IGNORECASE)
_TRIGGER = re.compile(r"\d|[^\W\d_]{3,}")


def find(
    text: str, start: int = 0, end: int | None = None, lang: str | None = None, profile: str | None = None
) -> list[Candidate]:
    """Non-overlapping candidates in ``text[start:end]``, sorted by start; offsets index ``text``.

    Each pattern runs only in the windows around its trigger words (see :func:`triggers`); the result is what
    running every pattern over the whole text gives (:func:`find_exhaustive`), at a fraction of the cost.
    In a text of another language with rules (``languages.RULE_LANGUAGES``) that language's rows run as
    well, over the whole text (such texts are rare); the English rows still find the numeric forms.
    Rows of a genre (``Pattern.genre``) run only when ``profile`` (``rules.profiles``; None: the default)
    switches it on.
    """
    end = len(text) if end is None else end
    genres = profiles.profile(profile).genres
    if not _TRIGGER.search(text, start, end):
        return []
    found: list[Candidate] = []
    if lang in languages.RULE_LANGUAGES:
        for offset, (pattern, regex) in enumerate(languages.patterns(lang)):
            _collect(text, len(PATTERNS) + offset, pattern, regex.finditer(text, start, end), found)
    windows = _windows(text, start, end)
    for rank, (pattern, regex) in enumerate(compiled()):
        if pattern.genre and pattern.genre not in genres:
            continue
        spans = windows[rank] if windows is not None else None
        matches = regex.finditer(text, start, end) if spans is None else _scan(regex, text, spans, end)
        _collect(text, rank, pattern, matches, found)
    return select(found)


def find_exhaustive(text: str, start: int = 0, end: int | None = None, profile: str | None = None) -> list[Candidate]:
    """:func:`find` without the trigger windows: every pattern over the whole text (the reference, for tests)."""
    end = len(text) if end is None else end
    genres = profiles.profile(profile).genres
    found: list[Candidate] = []
    for rank, (pattern, regex) in enumerate(compiled()):
        if pattern.genre and pattern.genre not in genres:
            continue
        _collect(text, rank, pattern, regex.finditer(text, start, end), found)
    return select(found)


def _collect(text: str, rank: int, pattern: Pattern, matches, found: list[Candidate]) -> None:
    for match in matches:
        s, e = match.span()
        while e > s and text[e - 1] in " \t\n,":
            e -= 1
        if e <= s:
            continue
        if determiner := _ADJECTIVE_DETERMINER.match(text, s, e):
            s = determiner.end()  # "the [eight-year] war": an article belongs to the noun, not the duration
        groups = match.groupdict()
        if _acceptable(text, s, e, pattern, groups):
            found.append(Candidate(s, e, text[s:e], pattern, groups, rank))


# ---------------------------------------------------------------------------------------------------- triggers
#
# A pattern is only worth running where one of its *trigger* words occurs: a word (or a digit) every match of
# the pattern must contain, declared as data in the pattern's row (``Pattern.triggers``, read by ``triggers``).
# ``find`` looks the text's words up
# once, opens a window of ``WINDOW`` characters either side of each trigger of a pattern, and runs the pattern
# there only. A match found in a window is matched again at the same start against the real end of the text, so
# that lookaheads see what they would see in the whole text; a match can only be missed if it reached further
# than ``WINDOW`` characters from every trigger it holds, and none comes close.

#: Characters either side of a trigger word that a match holding it may span: the longest expression on TBAQ
#: dev is 34 characters ("the winter of nineteen ninety-four"); twice that leaves room, and the windowed scan
#: equals the exhaustive one on the test texts of every profile (``tests/test_profiles.py``).
WINDOW = 64
#: A trigger: ("word", w) a word of the text is w; ("prefix", w) a word of the text starts with w; ("infix", w)
#: w occurs anywhere (the regex may glue it to the word before, "mid" + "March"); ("digits", "4") a run of at
#: least that many digits.
Trigger = tuple[str, str]
_TOKEN = re.compile(r"[^\W_]+")
_DIGITS = re.compile(r"\d+")


def _trigger_forms() -> dict[str, list[str]]:
    """The vocabularies a row's ``triggers`` may name as ``{NAME}``: every form of each."""
    weekday_forms = []
    for _, words in vocab.WEEKDAYS:
        full, *abbreviations = words
        weekday_forms += [full] + [a + "." for a in abbreviations]
    return {
        "MONTH": _month_forms(True),
        "MONTH_NAME": _month_forms(False),
        "WEEKDAY": weekday_forms + list(foreign_names()[1]),
        "UNIT": [form for *_, forms in vocab.UNITS for form in forms],
    }


def triggers(pattern: Pattern) -> frozenset[Trigger] | None:
    """The triggers ``pattern`` declares (``Pattern.triggers``, see ``rules.patterns``); None when it declares
    none (it then runs everywhere)."""
    if not pattern.triggers:
        return None
    forms = _trigger_forms()
    found: set[Trigger] = set()
    for item in pattern.triggers.split():
        if item.startswith("#"):
            found.add(("digits", item[1:]))
            continue
        kind = "word"
        if item.startswith("~"):
            kind, item = "infix", item[1:]
        elif item.endswith("*"):
            kind, item = "prefix", item[:-1]
        macro = re.fullmatch(r"\{([A-Z_]+)\}", item)
        for form in forms[macro.group(1)] if macro else [item]:
            form = form.lower()
            found.add((kind, form if kind == "infix" else form.rstrip(".")))
    return frozenset(found)


@functools.lru_cache(maxsize=1)
def _trigger_index():
    """The distinct trigger sets of the patterns, the set each pattern rank uses (None: none found), and the
    lookup tables ``_windows`` reads a text with (each maps to the ids of the sets that hold the trigger)."""
    per_pattern = [triggers(p) for p in PATTERNS]
    distinct = list(dict.fromkeys(t for t in per_pattern if t is not None))
    set_of = [None if t is None else distinct.index(t) for t in per_pattern]
    words: dict[str, list[int]] = {}
    heads: dict[str, list[tuple[str, int]]] = {}  # prefix triggers by their first letters (up to three)
    infixes: dict[str, list[int]] = {}
    digits: list[tuple[int, int]] = []  # (fewest digits, set id)
    for index, found in enumerate(distinct):
        for kind, word in found:
            if kind == "digits":
                digits.append((int(word), index))
            elif kind == "infix":
                infixes.setdefault(word, []).append(index)
            elif kind == "word":
                words.setdefault(word, []).append(index)
            else:
                heads.setdefault(word[:3], []).append((word, index))
    # one regex finds where a word or prefix trigger may start (a trie: the regex engine scans, not Python)
    starts = re.compile(r"(?<![^\W_])" + _alternation(list(words) + [w for found in heads.values() for w, _ in found]))
    return distinct, set_of, starts, words, heads, infixes, digits


def _windows(text: str, start: int, end: int) -> list[list[tuple[int, int]] | None] | None:
    """Per pattern rank, the merged windows of ``text[start:end]`` around its triggers (None: everywhere)."""
    lowered = text[start:end].lower()
    if len(lowered) != end - start:
        return None  # lower-casing changed the length (a rare ligature): offsets would drift, scan everything
    distinct, set_of, starts, words, heads, infixes, digits = _trigger_index()
    hits: list[list[tuple[int, int]]] = [[] for _ in distinct]
    for found in starts.finditer(lowered):
        at = found.start()
        if at and lowered[at - 1].isalnum():
            continue  # inside a word
        token = _TOKEN.match(lowered, at)
        word = token.group()
        span = token.span()
        for index in words.get(word, ()):
            hits[index].append(span)
        for prefix, index in heads.get(word[:3], ()):
            if word.startswith(prefix):
                hits[index].append(span)
    digit_windows: dict[int, list[tuple[int, int]]] = {}
    if digits:
        # one list per digit threshold, shared by the trigger sets that use it (a text full of numbers would
        # otherwise hold a copy of every number's span per pattern)
        spans = [m.span() for m in _DIGITS.finditer(lowered)]
        for fewest in {fewest for fewest, _ in digits}:
            digit_windows[fewest] = _merged((s, e) for s, e in spans if e - s >= fewest)
    ascii_only = lowered.isascii()
    for word, indices in infixes.items():
        if ascii_only and not word.isascii():
            continue
        at = lowered.find(word)
        while at >= 0:
            for index in indices:
                hits[index].append((at, at + len(word)))
            at = lowered.find(word, at + 1)
    by_set: dict[int, list[int]] = {}
    for fewest, index in digits:
        by_set.setdefault(index, []).append(fewest)
    windows: list[list[tuple[int, int]]] = []
    for index, found in enumerate(hits):
        merged = _merged(sorted(found))
        for fewest in by_set.get(index, ()):
            merged = _merged(sorted(merged + digit_windows[fewest])) if merged else digit_windows[fewest]
        windows.append([(max(start, start + s - WINDOW), min(end, start + e + WINDOW)) for s, e in merged])
    return [None if index is None else _merged(windows[index]) for index in set_of]


def _merged(spans) -> list[tuple[int, int]]:
    """Sorted spans with the overlapping and touching ones joined (widened by WINDOW on both sides first when
    called on raw hits: see ``_windows``)."""
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            if e > merged[-1][1]:
                merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def _scan(regex: re.Pattern[str], text: str, windows: list[tuple[int, int]], end: int):
    """``regex.finditer(text, ..., end)`` restricted to matches starting inside ``windows``: each window is
    searched, and each match found there is matched again at its start against the real ``end``."""
    position = 0
    for low, high in windows:
        at = max(low, position)
        while at < high:
            found = regex.search(text, at, high)
            if found is None:
                break
            match = regex.match(text, found.start(), end)
            if match is None:
                at = found.start() + 1
                continue
            yield match
            at = position = match.end() if match.end() > match.start() else match.start() + 1


def select(candidates: list[Candidate]) -> list[Candidate]:
    """Longest-first, then pattern order: the kept candidates never overlap."""
    import bisect

    taken: list[Candidate] = []
    # kept spans never overlap, so sorted by start they are sorted by end too: a new span can only overlap the
    # kept span starting just before its end (the cost stays n log n however many candidates a text holds)
    starts: list[int] = []
    ends: list[int] = []
    for candidate in sorted(candidates, key=lambda c: (-(c.end - c.start), c.rank, c.start)):
        k = bisect.bisect_left(starts, candidate.end)
        if k > 0 and ends[k - 1] > candidate.start:
            continue
        taken.append(candidate)
        starts.insert(k, candidate.start)
        ends.insert(k, candidate.end)
    return sorted(taken, key=lambda c: c.start)
