"""Vocabulary tables: the words temporal patterns are built from, and what each one means.

Plain data only. ``recognise`` turns each table into a regex alternation (a *macro* such as ``{MONTH}``) and
``resolve`` looks the matched word up here to get its meaning. Month and weekday names in other languages are
not listed: they come from dateparser's language data (``FOREIGN_LANGUAGES``).
"""

from __future__ import annotations

#: Month names: (number, English forms). Abbreviations may carry a dot; "Sept." is the AP style.
MONTHS = [
    (1, ["january", "jan"]),
    (2, ["february", "feb"]),
    (3, ["march", "mar"]),
    (4, ["april", "apr"]),
    (5, ["may"]),
    (6, ["june", "jun"]),
    (7, ["july", "jul"]),
    (8, ["august", "aug"]),
    (9, ["september", "sept", "sep"]),
    (10, ["october", "oct"]),
    (11, ["november", "nov"]),
    (12, ["december", "dec"]),
]

#: Weekday names: (ISO number, English forms). Bare abbreviations ("sun", "sat", "wed") are English words, so
#: abbreviations are only recognised with their dot (see ``ABBREVIATIONS_NEED_DOT``).
WEEKDAYS = [
    (1, ["monday", "mon"]),
    (2, ["tuesday", "tues", "tue"]),
    (3, ["wednesday", "wed"]),
    (4, ["thursday", "thurs", "thur", "thu"]),
    (5, ["friday", "fri"]),
    (6, ["saturday", "sat"]),
    (7, ["sunday", "sun"]),
]

#: Abbreviations that are also common English words: recognised only when written with a dot ("Sun.") or,
#: for months, when a day number or a year follows.
ABBREVIATIONS_NEED_DOT = {
    "mar",
    "jan",
    "sun",
    "sat",
    "wed",
    "mon",
    "tue",
    "thu",
    "fri",
    "dec",
    "sep",
    "sept",
    "jun",
    "jul",
    "apr",
    "aug",
    "oct",
    "nov",
    "feb",
    "tues",
    "thur",
    "thurs",
}

#: Month names that are ordinary English words when lower-case or alone ("may", "march"); they need a
#: capital letter, and alone they also need a temporal preposition or modifier before them.
AMBIGUOUS_MONTHS = {"may", "march", "mar"}

#: Languages whose month and weekday names are read from dateparser's data. Latin-script languages are
#: left out by default: their short forms ("mars", "mai", "die") collide with English words.
FOREIGN_LANGUAGES = ["ru", "uk", "be", "bg"]

#: Cardinal number words up to ninety-nine are composed from these ("twenty four", "forty-two").
NUMBER_WORDS = {
    "zero": 0,
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a hundred": 100,
    "a dozen": 12,
    "dozen": 12,
    "a couple of": 2,
    "a couple": 2,
    "couple of": 2,
    "half a": 0.5,
    "a half": 0.5,
    "one and a half": 1.5,
}

#: Quantities that say "some number of": the amount becomes ``X`` in the value (``PXD``).
VAGUE_NUMBERS = [
    "a few",
    "few",
    "several",
    "some",
    "many",
    "numerous",
    "various",
    "a number of",
    "countless",
    "dozens of",
    "hundreds of",
    "thousands of",
]

#: Ordinals for days of the month and quarters: word → number.
ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
    "twenty-second": 22,
    "twenty-third": 23,
    "twenty-fourth": 24,
    "twenty-fifth": 25,
    "twenty-sixth": 26,
    "twenty-seventh": 27,
    "twenty-eighth": 28,
    "twenty-ninth": 29,
    "thirtieth": 30,
    "thirty-first": 31,
    "last": 4,
    "final": 4,
}

#: Calendar units: (name, TIMEX3 duration unit, granularity of a point of that unit, forms).
UNITS = [
    ("second", "TS", "time", ["second", "seconds", "sec", "secs"]),
    ("minute", "TM", "time", ["minute", "minutes", "min", "mins"]),
    ("hour", "TH", "time", ["hour", "hours", "hr", "hrs"]),
    ("day", "D", "day", ["day", "days"]),
    ("night", "D", "day", ["night", "nights"]),
    ("weekend", "WE", "week", ["weekend", "weekends"]),
    ("week", "W", "week", ["week", "weeks"]),
    ("fortnight", "2W", "week", ["fortnight", "fortnights"]),
    ("month", "M", "month", ["month", "months"]),
    ("quarter", "Q", "quarter", ["quarter", "quarters"]),
    ("year", "Y", "year", ["year", "years"]),
    ("decade", "DE", "decade", ["decade", "decades"]),
    ("century", "CE", "century", ["century", "centuries"]),
]

#: Parts of the day: (TIMEX3 code, forms). "tonight" is this evening/night of the anchor day.
PARTS_OF_DAY = [
    ("MO", ["morning", "mornings"]),
    ("AF", ["afternoon", "afternoons", "mid-afternoon", "mid afternoon"]),
    ("EV", ["evening", "evenings"]),
    ("NI", ["night", "nights", "overnight"]),
]

#: Seasons: (TIMEX3 code, forms).
SEASONS = [
    ("SP", ["spring"]),
    ("SU", ["summer"]),
    ("FA", ["fall", "autumn"]),
    ("WI", ["winter"]),
]

#: Holidays: (name, rule, forms). Rules: ``MM-DD`` fixed day; ``nth:MONTH:WEEKDAY:N`` the N-th weekday
#: of a month (N=-1 the last); ``easter`` and ``easter+N`` Western Easter; ``election`` the US election day.
HOLIDAYS = [
    ("new year's day", "01-01", ["new year's day", "new year's", "new year"]),
    ("new year's eve", "12-31", ["new year's eve"]),
    ("valentine's day", "02-14", ["valentine's day"]),
    ("independence day", "07-04", ["independence day", "fourth of july", "july fourth"]),
    ("halloween", "10-31", ["halloween"]),
    ("veterans day", "11-11", ["veterans day", "veterans' day", "armistice day"]),
    ("christmas eve", "12-24", ["christmas eve"]),
    ("christmas", "12-25", ["christmas day", "christmas"]),
    ("boxing day", "12-26", ["boxing day"]),
    ("martin luther king day", "nth:1:1:3", ["martin luther king day", "martin luther king jr. day"]),
    ("presidents day", "nth:2:1:3", ["presidents day", "presidents' day"]),
    ("memorial day", "nth:5:1:-1", ["memorial day"]),
    ("labor day", "nth:9:1:1", ["labor day"]),
    ("columbus day", "nth:10:1:2", ["columbus day"]),
    ("thanksgiving", "nth:11:4:4", ["thanksgiving day", "thanksgiving"]),
    ("mother's day", "nth:5:7:2", ["mother's day"]),
    ("father's day", "nth:6:7:3", ["father's day"]),
    ("easter", "easter", ["easter sunday", "easter day", "easter"]),
    ("good friday", "easter-2", ["good friday"]),
    ("election day", "election", ["election day"]),
]

#: Time zones that may follow a clock time ("9 a.m. EST").
TIME_ZONES = ["est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "msk"]

#: Words that qualify a quantity, and the TIMEX3 ``mod`` they give ("nearly two years" → LESS_THAN). Only those
#: TimeML annotators count as part of the expression; "about", "almost", "over", "only" stay outside it.
APPROXIMATORS = {
    "around": "APPROX",
    "approximately": "APPROX",
    "roughly": "APPROX",
    "some": "APPROX",
    "nearly": "LESS_THAN",
    "less than": "LESS_THAN",
    "fewer than": "LESS_THAN",
    "under": "LESS_THAN",
    "just under": "LESS_THAN",
    "close to": "LESS_THAN",
    "more than": "MORE_THAN",
    "upwards of": "MORE_THAN",
    "at least": "EQUAL_OR_MORE",
    "no less than": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS",
    "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS",
}

#: Words that pick a part of a period ("early 1990", "the end of this week") and the TIMEX3 ``mod`` they give.
MODIFIERS = {
    "early": "START",
    "earlier": None,
    "late": "END",
    "later": None,
    "mid": "MID",
    "mid-": "MID",
    "middle": "MID",
    "the middle of": "MID",
    "the beginning of": "START",
    "the start of": "START",
    "the end of": "END",
    "end of": "END",
    "the close of": "END",
    "the rest of": None,
    "the remainder of": None,
    "the first half of": "START",
    "the second half of": "END",
    "the latter part of": "END",
    "the early part of": "START",
    "sometime": None,
    "sometime in": None,
    "the turn of": None,
}
