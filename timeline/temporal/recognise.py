"""Recognition: text → candidate spans of temporal expressions, with regexes only (no spaCy).

The patterns of ``rules.patterns`` are expanded with the vocabulary macros and compiled once, at import.
Each pattern scans the text; matches are checked by a few cheap context filters (an ambiguous month word such
as "may" needs a capital and, alone, a temporal cue before it; a bare four-digit number must look like a year)
and overlapping matches are settled by keeping the longest.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .rules import PATTERNS, Pattern
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
    """A non-capturing alternation of literal words, written as a trie (``s(?:ept(?:ember|\.)?|at)``).

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
    english_months = {number: forms[0] for number, forms in vocab.MONTHS}
    english_weekdays = {number: forms[0] for number, forms in vocab.WEEKDAYS}
    for code in vocab.FOREIGN_LANGUAGES:
        info = default_loader.get_locale(code).info
        for number, key in english_months.items():
            for form in info.get(key, []):
                form = form.lower()
                if len(form) >= 3 and form.isalpha() and form not in months:
                    months[form] = number
                    languages[form] = code
        for number, key in english_weekdays.items():
            for form in info.get(key, []):
                form = form.lower()
                if len(form) >= 4 and form.isalpha() and form not in weekdays:
                    weekdays[form] = number
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
    return (rf"(?:nineteen[-\s]+(?:hundred[-\s]+(?:and\s+)?)?{tail}"
            rf"|two[-\s]+thousand(?:[-\s]+(?:and\s+)?(?:{teens}|{units}|(?:{tens})(?:[-\s]+(?:{units}))?))?)")


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
_MONTH_CUES = {"in", "since", "until", "till", "by", "from", "through", "during", "of", "early", "late", "mid",
               "last", "next", "this", "before", "after", "between", "and", "to", "or", "each", "every", "on",
               "for", "past", "coming", "end", "beginning", "middle", "throughout", "around", "that"}
_WORD_BEFORE = re.compile(r"([\w'-]+)[\s,]*$")
#: Units of counting that make a bare four-digit number a quantity, not a year ("1990 people").
_QUANTITY_NOUNS = re.compile(
    r"\s+(?:people|persons|men|women|children|troops|soldiers|workers|employees|members|shares|units|cars|"
    r"barrels|tons|tonnes|acres|miles|kilometers|km|feet|meters|pounds|dollars|yen|marks|francs|points|"
    r"votes|jobs|homes|houses|deaths|cases|students|passengers|rooms|copies|of\s+(?:the|them|those|these))\b",
    re.IGNORECASE)


_AGE = re.compile(r"[\s-]+old\b", re.IGNORECASE)
_FRACTION_OF = re.compile(r"\s+of\b", re.IGNORECASE)
_RATE_BEFORE = re.compile(r"(?:\d|\b(?:percent|times|once|twice|cents?|dollars?|million|billion|thousand|hundred|"
                          r"dozen)|[a-z]{3,}s)\s*$", re.IGNORECASE)


def _word_before(text: str, start: int) -> str:
    match = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return match.group(1).lower() if match else ""


def _acceptable(text: str, start: int, end: int, pattern: Pattern, groups: dict[str, str | None]) -> bool:
    """Context checks a regex cannot express cheaply."""
    month = groups.get("month")
    if month and month.lower().rstrip(".") in vocab.AMBIGUOUS_MONTHS:
        if not month[0].isupper():
            return False
        if pattern.name == "month_alone" and not groups.get("mod") and not groups.get("rel"):
            if _word_before(text, start) not in _MONTH_CUES:
                return False
    if pattern.name == "year" and not groups.get("mod") and not groups.get("fiscal"):
        year = int(groups["year"])
        if year < 1600 or year > 2099:
            return False
        before = text[max(0, start - 2):start]
        if re.search(r"(?:No\.|\bno|#|page|flight|route|room|model|article|section|code)\s*$",
                     text[max(0, start - 12):start], re.IGNORECASE) or before.endswith(("-", "/", ":")):
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
_TRIGGER = re.compile(r"\d|[A-Za-z]{3,}|[А-Яа-яЁёІіЇїЄєЎў]{3,}")


def find(text: str, start: int = 0, end: int | None = None) -> list[Candidate]:
    """Non-overlapping candidates in ``text[start:end]``, sorted by start; offsets index ``text``.

    Each pattern runs only in the windows around its trigger words (see :func:`triggers`); the result is what
    running every pattern over the whole text gives (:func:`find_exhaustive`), at a fraction of the cost.
    """
    end = len(text) if end is None else end
    if not _TRIGGER.search(text, start, end):
        return []
    found: list[Candidate] = []
    windows = _windows(text, start, end)
    for rank, (pattern, regex) in enumerate(compiled()):
        spans = windows[rank] if windows is not None else None
        matches = regex.finditer(text, start, end) if spans is None else _scan(regex, text, spans, end)
        _collect(text, rank, pattern, matches, found)
    return select(found)


def find_exhaustive(text: str, start: int = 0, end: int | None = None) -> list[Candidate]:
    """:func:`find` without the trigger windows: every pattern over the whole text (the reference, for tests)."""
    end = len(text) if end is None else end
    found: list[Candidate] = []
    for rank, (pattern, regex) in enumerate(compiled()):
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
# the pattern must contain, read from the pattern's own regex (``triggers``). ``find`` looks the text's words up
# once, opens a window of ``WINDOW`` characters either side of each trigger of a pattern, and runs the pattern
# there only. A match found in a window is matched again at the same start against the real end of the text, so
# that lookaheads see what they would see in the whole text; a match can only be missed if it reached further
# than ``WINDOW`` characters from every trigger it holds, and none comes close.

#: Characters either side of a trigger word that a match holding it may span.
WINDOW = 100
#: A trigger: ("prefix", w) a word of the text starts with w (the regex puts w at the start of a word);
#: ("infix", w) w occurs anywhere (the regex may glue it to the word before, "mid" + "March"); ("digit", "")
#: a digit.
Trigger = tuple[str, str]
_DIGIT: Trigger = ("digit", "")
_TOKEN = re.compile(r"[^\W_]+")
_DIGITS = re.compile(r"\d+")
#: Rough relative frequencies in news text, to pick the rarest trigger set a pattern offers.
_VERY_COMMON = {"the", "a", "an", "of", "in", "on", "at", "to", "and", "or", "that", "this", "is", "for"}
_COMMON = {"by", "from", "last", "next", "past", "early", "late", "some", "more", "after", "before", "back",
           "up", "so", "than", "about", "less", "under", "over", "its", "their", "was", "be", "as", "with",
           "now", "new", "no", "one", "two", "first", "each", "other", "many", "three", "year", "end", "same"}


def _cost(triggers: frozenset[Trigger]) -> int:
    def one(trigger: Trigger) -> int:
        kind, word = trigger
        if kind == "digit":
            return 100
        if word in _VERY_COMMON or len(word) < 3:
            return 300
        return (50 if word in _COMMON else 1) * (10 if kind == "infix" else 1)
    return sum(one(t) for t in triggers)


def triggers(regex: str) -> frozenset[Trigger] | None:
    """Trigger words every match of ``regex`` (case-insensitive, macros expanded) holds: the cheapest set found
    among the parts the regex cannot skip; None when no such set is found (the pattern then runs everywhere)."""
    from re import _constants as C, _parser as parser

    def walk(items, safe: bool) -> tuple[list[frozenset[Trigger]], bool]:
        """(trigger sets each of which a match of ``items`` holds, whether the match ends before a word start).
        ``safe``: the position before ``items`` is not inside a word."""
        options: list[frozenset[Trigger]] = []
        items = list(items)
        i = 0
        while i < len(items):
            op, av = items[i]
            if op is C.LITERAL:
                run = ""
                while i < len(items) and items[i][0] is C.LITERAL:
                    run += chr(items[i][1]).lower()
                    i += 1
                if run[0].isdigit():
                    options.append(frozenset([_DIGIT]))
                for word in (re.finditer(r"[^\W\d_]+", run)):
                    at_start = safe if word.start() == 0 else not run[word.start() - 1].isalnum()
                    options.append(frozenset([("prefix" if at_start else "infix", word.group())]))
                safe = not run[-1].isalnum()
                continue
            i += 1
            if op is C.AT:
                safe = av in (C.AT_BOUNDARY, C.AT_BEGINNING, C.AT_BEGINNING_STRING)
            elif op is C.IN:
                if all((o is C.CATEGORY and a is C.CATEGORY_DIGIT) or (o is C.LITERAL and chr(a).isdigit())
                       or (o is C.RANGE and chr(a[0]).isdigit() and chr(a[1]).isdigit()) for o, a in av):
                    options.append(frozenset([_DIGIT]))
                safe = all((o is C.CATEGORY and a in (C.CATEGORY_SPACE, C.CATEGORY_NOT_WORD))
                           or (o is C.LITERAL and not chr(a).isalnum()) for o, a in av)
            elif op is C.SUBPATTERN:
                best, safe = cheapest(av[-1], safe)
                if best is not None:
                    options.append(best)
            elif op is C.BRANCH:
                union: set[Trigger] = set()
                complete, ends = True, []
                for alternative in av[1]:
                    best, out = cheapest(alternative, safe)
                    ends.append(out)
                    if best is None:
                        complete = False
                    else:
                        union |= best
                if complete:
                    options.append(frozenset(union))
                safe = all(ends)
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
                low, _, inner = av
                best, out = cheapest(inner, safe)
                if low >= 1 and best is not None:
                    options.append(best)
                safe = out if low >= 1 else (safe and out)
            elif op in (C.ASSERT, C.ASSERT_NOT):
                pass  # zero-width: nothing held, nothing moved
            else:
                safe = False
        return options, safe

    def cheapest(items, safe: bool) -> tuple[frozenset[Trigger] | None, bool]:
        options, out = walk(items, safe)
        return (min(options, key=_cost) if options else None), out

    best, _ = cheapest(parser.parse(regex, re.IGNORECASE), False)
    return best


@functools.lru_cache(maxsize=1)
def _trigger_index():
    """Per pattern rank its triggers, and the lookup tables ``_windows`` reads the text with."""
    table = macros(trie=False)
    per_pattern = [triggers(expand(p.regex, table)) for p in PATTERNS]
    heads: dict[str, list[tuple[str, int]]] = {}  # first three letters → (prefix word, rank)
    short: dict[str, list[int]] = {}  # prefix words under three letters → ranks
    infixes: dict[str, list[int]] = {}
    digits: list[int] = []
    for rank, found in enumerate(per_pattern):
        for kind, word in found or ():
            if kind == "digit":
                digits.append(rank)
            elif kind == "infix":
                infixes.setdefault(word, []).append(rank)
            elif len(word) < 3:
                short.setdefault(word, []).append(rank)
            else:
                heads.setdefault(word[:3], []).append((word, rank))
    return per_pattern, heads, short, infixes, digits


def _windows(text: str, start: int, end: int) -> list[list[tuple[int, int]] | None] | None:
    """Per pattern rank, the merged windows of ``text[start:end]`` around its triggers (None: everywhere)."""
    lowered = text[start:end].lower()
    if len(lowered) != end - start:
        return None  # lower-casing changed the length (a rare ligature): offsets would drift, scan everything
    per_pattern, heads, short, infixes, digits = _trigger_index()
    hits: list[list[tuple[int, int]]] = [[] for _ in per_pattern]
    for token in _TOKEN.finditer(lowered):
        word = token.group()
        for prefix_word, rank in heads.get(word[:3], ()):
            if word.startswith(prefix_word):
                hits[rank].append(token.span())
        if short:
            for length in (1, 2):
                for rank in short.get(word[:length], ()):
                    hits[rank].append(token.span())
    if digits:
        spans = [m.span() for m in _DIGITS.finditer(lowered)]
        for rank in digits:
            hits[rank].extend(spans)
    for word, ranks in infixes.items():
        at = lowered.find(word)
        while at >= 0:
            for rank in ranks:
                hits[rank].append((at, at + len(word)))
            at = lowered.find(word, at + 1)
    out: list[list[tuple[int, int]] | None] = []
    for rank, found in enumerate(per_pattern):
        if found is None:
            out.append(None)
            continue
        merged: list[tuple[int, int]] = []
        for s, e in sorted(hits[rank]):
            s, e = max(start, start + s - WINDOW), min(end, start + e + WINDOW)
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
            else:
                merged.append((s, e))
        out.append(merged)
    return out


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
    taken: list[Candidate] = []
    occupied: list[tuple[int, int]] = []
    for candidate in sorted(candidates, key=lambda c: (-(c.end - c.start), c.rank, c.start)):
        if any(candidate.start < e and s < candidate.end for s, e in occupied):
            continue
        taken.append(candidate)
        occupied.append((candidate.start, candidate.end))
    return sorted(taken, key=lambda c: c.start)
