r"""Recognition patterns: one row per kind of temporal expression.

Each row is ``Pattern(name, example, type, resolve, regex)``:

* ``regex`` is matched case-insensitively and may use macros that ``recognise`` expands from ``vocabulary``:
  ``{MONTH}`` (any month form), ``{MONTH_NAME}`` (a full name or a dotted abbreviation, safe alone),
  ``{WEEKDAY}``, ``{DAY}`` (1-31), ``{YEAR}`` (a four-digit year), ``{SPOKEN_YEAR}`` ("nineteen ninety-six"),
  ``{NUM}`` (digits, number words, vague quantities), ``{UNIT}``, ``{UNIT_SG}`` (singular unit),
  ``{PART}`` (part of day), ``{SEASON}``, ``{ORD}`` (ordinal), ``{HOLIDAY}``, ``{TZ}``, ``{APPROX}``
  ("about", "more than" …), ``{MOD}`` ("early", "late", "the end of" …), ``{DECADE_WORD}`` ("nineties").
  Macros are non-capturing; named groups carry the meaning to the resolver.
* ``example`` must be matched in full by ``regex`` (a test checks every row);
* ``resolve`` names the function of ``timeline.temporal.resolve.RESOLVERS`` that computes the value;
* ``tense`` marks expressions whose direction (past or future) depends on the governing verb;
* ``genre`` names the genre a row belongs to (``finance``); such a row runs only in the profiles that switch
  that genre on (``rules.profiles``). Empty: every profile.
* ``triggers`` lists, space-separated, what every match of the row holds at least one of, so the recogniser
  runs the row only near them: ``word`` (a word of the text is ``word``), ``word*`` (a word starts with it),
  ``~chars`` (the characters occur anywhere, even glued to the word before: "mid" + "March"), ``#N`` (a run
  of at least N digits), and ``{MONTH}``, ``{MONTH_NAME}``, ``{WEEKDAY}``, ``{UNIT}`` for every form of that
  vocabulary (``~{MONTH_NAME}``: each anywhere). Too few triggers lose matches (a test compares the windowed
  scan with the exhaustive one over every row's example); too many only cost time.

When matches overlap, the longest wins; on equal length the earlier row wins.
"""

from __future__ import annotations

from typing import NamedTuple


class Pattern(NamedTuple):
    name: str
    example: str
    type: str
    resolve: str
    regex: str
    tense: bool = False
    genre: str = ""
    triggers: str = ""


#: Tokenised text (the Penn Treebank's) writes a comma apart ("Sunday , May 30 , 2010") and brackets as
#: ``-LRB-`` / ``-RRB-``: the date patterns allow a space before a comma, and ``{CLOSE}`` is closing punctuation.
_WD_PREFIX = r"(?:(?P<weekday>{WEEKDAY})\s?,?\s+(?:the\s+)?)?"
_REL_YEAR = r"(?:\s?,?\s+(?:of\s+)?(?P<relyear>this|last|next|the\s+same|the\s+following|the\s+previous)\s+year)"

PATTERNS: list[Pattern] = [
    # ------------------------------------------------------------------ numeric dates and clock times
    Pattern(
        "iso_date",
        "2016-10-14",
        "DATE",
        "calendar_date",
        r"\b(?P<year>\d{4})-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])"
        r"(?:[T ](?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d)(?::\d\d)?)?\b(?!-)",
        triggers="#4",
    ),
    Pattern(
        "dotted_dmy",
        "29.12.2019 - 23:49",
        "DATE",
        "calendar_date",
        r"\b(?P<day>0?[1-9]|[12]\d|3[01])\.(?P<month>0?[1-9]|1[0-2])\.(?P<year>\d{4})\b"
        r"(?:\s*[-–,]?\s*(?:at\s+)?(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)\b)?",
        triggers="#4",
    ),
    Pattern(
        "slashed_mdy",
        "10/14/2016",
        "DATE",
        "calendar_date",
        r"(?<![\d/])(?P<month>0?[1-9]|1[0-2])/(?P<day>0?[1-9]|[12]\d|3[01])/(?P<year>\d{4})\b(?!/)",
        triggers="#4",
    ),
    # the year first with dots or slashes, as East Asian and Central European pages and archives write it
    Pattern(
        "year_first_ymd",
        "2016.10.14",
        "DATE",
        "calendar_date",
        r"(?<![\d./])(?P<year>1[89]\d\d|2[01]\d\d)(?P<sep>[./])(?P<month>0?[1-9]|1[0-2])(?P=sep)"
        r"(?P<day>0?[1-9]|[12]\d|3[01])(?![\d]|[./]\d)",
        triggers="#4",
    ),
    # the day, the month's short name and the year joined by hyphens (database exports, old CMS pages)
    Pattern(
        "dashed_day_month_year",
        "14-Oct-2016",
        "DATE",
        "calendar_date",
        r"(?<![\d-])(?P<day>0?[1-9]|[12]\d|3[01])-(?P<month>{MONTH})\.?-(?P<year>\d{4})\b(?!-)",
        triggers="#4",
    ),
    # before clock_time: "2:58:10" (one digit of hours) is a race time; "23:49:10", "at 9:49:10" clock readings
    Pattern(
        "elapsed_time",
        "2:58:10",
        "DURATION",
        "elapsed_time",
        r"(?<![\d:.])(?<!\bat\s)(?<!@\s)(?P<hours>\d):(?P<minutes>[0-5]\d):(?P<seconds>[0-5]\d)(?:\.\d+)?(?![\d:])"
        r"(?!\s*(?:[ap]\.?m\b|{TZ}\b))",
        triggers="#2",
    ),
    Pattern(
        "clock_time",
        "around 7:15 p.m. EST Tuesday",
        "TIME",
        "clock_time",
        r"\b(?:(?P<approx>around|approximately|roughly)\s+)?"
        r"(?:(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?\s*(?P<ampm>[ap]\.\s?m\b\.?|[ap]m\b)"
        r"|(?P<hour24>[01]?\d|2[0-3]):(?P<minute24>[0-5]\d)(?::[0-5]\d)?(?![:\d.]\d)(?:\s*(?:h|hrs)\b)?"
        r"|(?P<noon>noon|midnight|midday))"
        r"(?:\s+(?P<tz>{TZ})\b)?"
        r"(?:,?\s+(?:on\s+)?(?:(?P<deictic>today|yesterday|tomorrow|tonight)"
        r"|(?:(?P<weekday>{WEEKDAY}),?\s*)?(?:(?P<month>{MONTH})\s+(?P<day>{DAY})(?:st|nd|rd|th)?\b"
        r"(?:,?\s+(?P<year>{YEAR})\b)?)?))?",
        tense=True,
        triggers="#1 #2 midday* midnight* noon*",
    ),
    # a 24-hour time written without a colon, as wire copy writes it: "1653 local time (2153 GMT)", "by 1100 (1600
    # GMT)"; a bare "1653" stays a year
    Pattern(
        "hhmm_time",
        "1653 local time",
        "TIME",
        "clock_time",
        r"(?<![\w$£€#.,/:-])(?P<hour24>[01]\d|2[0-3])(?P<minute24>[0-5]\d)"
        r"(?:\s*(?:(?P<tz>{TZ})\b|local\s+time\b|hrs\b)|(?=\s*\(\s*(?:[01]\d|2[0-3])[0-5]\d\s*{TZ}\b))",
        triggers="#4",
    ),
    # the time an entry of a live page was posted, at the head of its paragraph ("1609 The US military is
    # sending ..."): only where several paragraphs open so (``recognise._entry_stamp``), else a year
    Pattern(
        "entry_time",
        "1609",
        "TIME",
        "clock_time",
        r"(?<![\w$£€#.,/:-])(?P<hour24>[01]\d|2[0-3])(?P<minute24>[0-5]\d)(?![\w%]|[.,/:-]\d)",
        triggers="#4",
    ),
    Pattern(
        "hour_in_the_part",
        "4 in the morning",
        "TIME",
        "clock_time",
        r"\b(?P<hour>[01]?\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
        r"(?:\s+o'clock)?\s+in\s+the\s+(?P<part>morning|afternoon|evening)\b",
        triggers="afternoon evening morning",
    ),
    Pattern(
        "oclock",
        "nine o'clock",
        "TIME",
        "clock_time",
        r"\b(?P<hour>[01]?\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o'clock\b",
        triggers="o",
    ),
    # ------------------------------------------------------------------ calendar dates with month names
    Pattern(
        "month_day_year",
        "Friday, October 14, 2016",
        "DATE",
        "calendar_date",
        _WD_PREFIX + r"\b(?P<month>{MONTH})\s+(?P<day>{DAY})(?:st|nd|rd|th)?(?:\s?,\s*|\s+)(?P<year>{YEAR})\b",
        triggers="{MONTH}",
    ),
    Pattern(
        "day_month_year",
        "14th of October, 2016",
        "DATE",
        "calendar_date",
        _WD_PREFIX + r"\b(?P<day>{DAY})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<month>{MONTH})(?:\s?,?\s+(?P<year>{YEAR}))\b",
        triggers="{MONTH}",
    ),
    Pattern(
        "month_day_relative_year",
        "August 26 of last year",
        "DATE",
        "calendar_date",
        _WD_PREFIX + r"\b(?P<month>{MONTH})\s+(?P<day>{DAY})(?:st|nd|rd|th)?" + _REL_YEAR,
        triggers="{MONTH}",
    ),
    Pattern(
        "month_day_range",
        "October 14-16",
        "DATE",
        "day_range",
        r"\b(?P<month>{MONTH})\s+(?P<day>{DAY})(?:st|nd|rd|th)?\s*(?:-|–|to|through)\s*(?P<day2>{DAY})"
        r"(?:st|nd|rd|th)?\b(?!\s*[-:/.]\d)(?:\s?,?\s+(?P<year>{YEAR})\b)?",
        tense=True,
        triggers="{MONTH}",
    ),
    Pattern(
        "month_day",
        "Friday, Oct. 14",
        "DATE",
        "calendar_date",
        _WD_PREFIX + r"\b(?P<month>{MONTH})\s+(?P<day>{DAY}|{ORD_DAY})(?:st|nd|rd|th)?\b(?![-:/.,]\d|\s*%)",
        tense=True,
        triggers="{MONTH}",
    ),
    Pattern(
        "day_month",
        "14 October",
        "DATE",
        "calendar_date",
        _WD_PREFIX + r"\b(?:the\s+)?(?P<day>{DAY})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<month>{MONTH})\b",
        tense=True,
        triggers="{MONTH}",
    ),
    Pattern(
        "deictic_with_date",
        "tomorrow, January 8",
        "DATE",
        "calendar_date",
        r"\b(?P<deictic>yesterday|today|tomorrow),?\s+(?P<month>{MONTH})\s+(?P<day>{DAY})(?:st|nd|rd|th)?\b",
        triggers="today tomorrow yesterday",
    ),
    Pattern(
        "month_year",
        "January nineteen ninety-seven",
        "DATE",
        "month_of_year",
        r"\b(?:(?P<mod>{MOD})\s*)?(?P<month>{MONTH})(?:\s+of)?\s?,?\s+(?P<year>{YEAR}|{SPOKEN_YEAR})\b(?![-/]\d)",
        triggers="#4 nineteen thousand",
    ),
    Pattern(
        "month_relative_year",
        "June last year",
        "DATE",
        "month_of_year",
        r"\b(?:(?P<mod>{MOD})\s*)?(?P<month>{MONTH_NAME})" + _REL_YEAR,
        triggers="year*",
    ),
    Pattern(
        "month_alone",
        "late November",
        "DATE",
        "month_of_year",
        r"\b(?:(?P<mod>{MOD})\s*)?(?:(?P<rel>last|next|this(?:\s+past|\s+coming)?|the\s+previous|"
        r"the\s+following|the\s+same|that)\s+)?(?P<month>{MONTH_NAME})(?!\w|\.\w|\s*\d)",
        tense=True,
        triggers="~{MONTH_NAME}",
    ),
    # ------------------------------------------------------------------ years, decades, centuries
    Pattern(
        "year",
        "fiscal 1989",
        "DATE",
        "year",
        r"(?<![\w$£€#.,/-])(?:(?P<mod>{MOD})\s*)?(?:(?:the\s+)?(?:(?P<fiscal>fiscal|calendar|model)\s+(?:year\s+)?"
        r"|year\s+))?(?P<year>{YEAR})(?:'s)?(?![\w%]|[.,/-]\d|\s*(?:percent|per\s*cent|%))",
        triggers="#4",
    ),
    Pattern(
        "year_range",
        "1962-63",
        "DATE",
        "year_range",
        r"(?<![\w$£€#.,/-])(?P<year>{YEAR})\s?[-–/]\s?(?P<year2>{YEAR}|\d\d)(?![\w%]|[.,/:-]\d)",
        triggers="#4",
    ),
    Pattern(
        "year_spoken",
        "the year two thousand",
        "DATE",
        "year",
        r"\b(?:(?P<mod>{MOD})\s*)?(?:the\s+year\s+)?(?P<spoken>{SPOKEN_YEAR})\b",
        triggers="thousand ~nineteen",
    ),
    Pattern(
        "decade",
        "the early 1990s",
        "DATE",
        "decade",
        r"(?:\bthe\s+)?(?:(?P<mod>early|late|mid|middle)[-\s]*)?"
        r"(?:(?P<decade>\b\d{3}0)'?s\b|(?P<short>'\d0)s\b|\b(?P<word>{DECADE_WORD})\b)",
        triggers="#2 #4 eighties fifties forties nineties seventies sixties thirties twenties",
    ),
    Pattern(
        "century",
        "the 20th century",
        "DATE",
        "century",
        r"\b(?:the\s+)?(?:(?P<mod>early|late|mid|middle)[-\s]+)?(?:(?P<ord>\d{1,2})(?:st|nd|rd|th)|"
        r"(?P<ordword>{ORD_WORD}))[-\s]+century\b",
        triggers="century",
    ),
    Pattern(
        "decade_relative",
        "the last decade",
        "DATE",
        "relative_unit",
        r"\b(?P<rel>this|the\s+last|the\s+past|the\s+previous|last|next|the\s+next|the\s+coming)\s+"
        r"(?P<unit>decade|century)\b",
        triggers="century decade",
    ),
    # ------------------------------------------------------------------ quarters, halves, seasons, financial periods
    Pattern(
        "quarter",
        "the third quarter of 1990",
        "DATE",
        "quarter",
        r"\b(?:(?:the|(?P<relyear0>this|last|next)\s+year's)\s+(?!\S+-quarter))?(?:(?P<modq>flat|latest|current|previous|comparable|"
        r"year-ago|year-earlier|same)\s+)?(?:(?P<year>{YEAR})\s+)?(?:fiscal[-\s]+)?(?P<ord>first|second|third|fourth|"
        r"1st|2nd|3rd|4th|last)[-\s]+(?:fiscal\s+)?(?P<unit>quarter|half)s?\b"
        r"(?:\s+(?:of|in|for|ended\s+in)\s+(?:(?:fiscal\s+)?(?P<year2>{YEAR})|(?P<relyear>this|last|next)\s+year))?",
        tense=True,
        triggers="half* quarter*",
    ),
    Pattern(
        "quarter_code",
        "Q1 2017",
        "DATE",
        "quarter",
        r"\b(?:Q(?P<q>[1-4])\s*(?:of\s+|')?(?P<year>{YEAR}|\d\d)|(?P<year2>{YEAR})\s*[-/]?\s*Q(?P<q2>[1-4]))\b",
        triggers="#2 #4",
    ),
    Pattern(
        "financial_period",
        "the year-ago quarter",
        "DATE",
        "financial_period",
        r"\b(?P<det>the|this|that|last\s+year's|the\s+latest|the\s+current|the\s+comparable|the\s+recent)\s+"
        r"(?:(?P<modq>latest|current|recent|year-ago|year-earlier|comparable|same|previous|prior|corresponding|"
        r"just-ended|just\s+ended|most\s+recent|comparable\s+year-ago|fiscal|(?P<year>{YEAR}))[-\s]+)*"
        r"(?P<unit>quarter|period|fiscal\s+year)\b(?!-)(?:\s+(?P<ago>a\s+year\s+(?:ago|earlier)|last\s+year))?",
        genre="finance",
        triggers="fiscal period quarter",
    ),
    Pattern(
        "season",
        "spring 2015",
        "DATE",
        "season",
        r"\b(?:(?:the|this|last|next|this\s+past|this\s+coming)\s+)?(?:(?P<mod>early|late|mid)[-\s]*)?"
        r"(?P<season>{SEASON})\s+(?:of\s+)?(?P<year>{YEAR}|{SPOKEN_YEAR})\b",
        triggers="#4 nineteen thousand",
    ),
    Pattern(
        "season_relative",
        "the early summer",
        "DATE",
        "season",
        r"\b(?:(?P<the>the)\s+|(?P<rel>last|next|this(?:\s+past|\s+coming)?|that|the\s+previous|the\s+following)"
        r"\s+)(?:(?P<mod>early|late|mid)[-\s]*)?(?P<season>{SEASON})\b(?!\s+(?:of\s+)?(?:\d|nineteen|two))",
        tense=True,
        triggers="~autumn ~fall ~spring ~summer ~winter",
    ),
    Pattern(
        "season_alone",
        "summer",
        "DATE",
        "season",
        r"\b(?:(?P<mod>early|late|mid)[-\s]*)?(?P<season>{SEASON})\b"
        r"(?=\s*(?:{CLOSE}|and\b|or\b|when\b|after\b|before\b|as\b|$))",
        tense=True,
        triggers="~autumn ~fall ~spring ~summer ~winter",
    ),
    # ------------------------------------------------------------------ weekdays and deictic days
    Pattern(
        "weekday",
        "last Tuesday morning",
        "DATE",
        "weekday",
        r"\b(?:(?P<rel>last|next|this(?:\s+past|\s+coming)?|"
        r"the\s+previous|the\s+following|the\s+next|that|coming|past)\s+)?(?P<weekday>{WEEKDAY})"
        r"(?:\s+(?P<part>{PART}))?\b(?!\s*,?\s*(?:{MONTH})\s+\d)",
        tense=True,
        triggers="{WEEKDAY}",
    ),
    Pattern(
        "deictic_day",
        "late yesterday",
        "DATE",
        "deictic_day",
        r"\b(?:(?P<mod>early|late|earlier|later|mid-?afternoon|mid-?morning)\s+)?"
        r"(?P<deictic>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow)"
        r"(?:\s+(?P<part>{PART}))?\b",
        triggers="day today tomorrow yesterday",
    ),
    Pattern(
        "part_of_deictic_day",
        "mid-afternoon yesterday",
        "TIME",
        "deictic_day",
        r"\b(?:early\s+|late\s+)?(?P<part>{PART})\s+(?P<deictic>yesterday|today|tomorrow)\b",
        triggers="today tomorrow yesterday",
    ),
    Pattern(
        "tonight",
        "tonight",
        "TIME",
        "deictic_day",
        r"\b(?:(?P<mod>early|late|later)\s+)?(?P<deictic>tonight)\b",
        triggers="tonight",
    ),
    Pattern(
        "this_part_of_day",
        "later this afternoon",
        "TIME",
        "deictic_day",
        r"\b(?:(?P<mod>early|late|earlier|later)\s+)?(?P<deictic>this|last)\s+(?P<part>morning|afternoon|evening|night)\b",
        triggers="afternoon evening morning night",
    ),
    Pattern(
        "the_weekend",
        "the weekend",
        "DATE",
        "weekend",
        r"\b(?:(?P<rel>the|this|last|next|this\s+past|this\s+coming|that)\s+)weekend\b(?!s)",
        tense=True,
        triggers="weekend",
    ),
    Pattern(
        "the_period",
        "the full year",
        "DATE",
        "reporting_period",
        r"\bthe\s+(?:(?P<full>full|whole|entire)\s+)?(?P<unit>year|week)\b"
        r"(?!-|'s\s+(?:end|first|second|third|fourth))",
        triggers="week year",
    ),
    Pattern(
        "week_of_date",
        "the week of March 6",
        "DATE",
        "calendar_date",
        r"\bthe\s+(?P<unit>week|weekend)\s+of\s+(?P<month>{MONTH})\s+(?P<day>{DAY})(?:st|nd|rd|th)?\b"
        r"(?:,?\s+(?P<year>{YEAR})\b)?",
        tense=True,
        triggers="week*",
    ),
    Pattern(
        "comparison_adjective",
        "year-earlier",
        "DATE",
        "financial_period",
        r"\b(?:year|quarter)-(?:earlier|ago)\b(?!\s+(?:quarter|period|third|second|first|fourth))",
        triggers="ago earlier",
    ),
    Pattern(
        "holiday",
        "Thanksgiving Day",
        "DATE",
        "holiday",
        r"\b(?:(?P<rel>last|next|this)\s+)?(?P<holiday>{HOLIDAY})(?:\s+(?P<year>{YEAR}))?\b(?!\s+(?:tree|card|gift|present|shopping|sales?)s?\b)",
        triggers=(
            "armistice boxing christmas columbus easter election father fourth good halloween independence july "
            "labor martin memorial mother new presidents s thanksgiving valentine veterans"
        ),
    ),
    Pattern(
        "holiday_week",
        "Easter week",
        "DATE",
        "holiday",
        r"\b(?P<holiday>{HOLIDAY})\s+(?P<unit>week|weekend)\b",
        triggers="week*",
    ),
    # ------------------------------------------------------------------ relative to the anchor or the narrative
    Pattern(
        "relative_unit",
        "earlier this year",
        "DATE",
        "relative_unit",
        r"\b(?:(?P<mod>{MOD})\s*)?(?P<rel>this|last|next|this\s+past|this\s+coming|the\s+coming|"
        r"the\s+current|the\s+previous|the\s+preceding|the\s+prior|the\s+following|the\s+next|the\s+same|"
        r"that(?:\s+same)?|the\s+past|the\s+last|past|coming|(?:the\s+)?end\s+of(?:\s+the)?)\s+(?P<unit>{UNIT_SG})\b"
        r"(?!\s+(?:ago|earlier|later)\b|-)",
        triggers="century day decade fortnight hour minute month night quarter second week weekend year",
    ),
    Pattern(
        "narrative_date",
        "that date",
        "DATE",
        "narrative_date",
        r"\b(?:that(?:\s+same)?|the\s+same|this\s+same)\s+date\b",
        triggers="date",
    ),
    Pattern(
        "part_of_narrative_day",
        "the next morning",
        "TIME",
        "narrative_part_of_day",
        r"\b(?P<rel>the\s+next|the\s+following|the\s+previous|that)\s+(?P<part>morning|afternoon|evening)\b",
        triggers="afternoon evening morning",
    ),
    Pattern(
        "unit_before_after",
        "the day before",
        "DATE",
        "relative_unit",
        r"\b(?P<rel>the)\s+(?P<unit>day|night|week|month|year)\s+(?P<dir>before|after|earlier|later)\b"
        r"(?=\s*(?:{CLOSE}|[\"'’”])|\s*$)",
        triggers="day month night week year",
    ),
    Pattern(
        "the_day_of_ordinal",
        "the second day",
        "DATE",
        "relative_unit",
        r"\b(?P<rel>the|its|their)\s+(?P<ord>{ORD_WORD})\s+(?P<unit>day|week)\b(?!s)",
        triggers="day week",
    ),
    Pattern(
        "year_end",
        "year-end",
        "DATE",
        "relative_unit",
        r"\b(?:(?P<rel>the|this|last|next)\s+)?(?P<unit>year|month|quarter)[-\s]end\b",
        triggers="end",
    ),
    Pattern(
        "offset",
        "15 years ago",
        "DATE",
        "offset",
        r"\b(?:(?P<approx>{APPROX})\s+)?(?P<num>{NUM})\s+(?P<unit>{UNIT})(?:\s+or\s+so)?\s+"
        r"(?:(?P<dir>ago|earlier|later|hence|from\s+now|previously|back)\b"
        r"|(?P<dir_end>before|after)\b(?=\s*(?:{CLOSE}|[\"'])|\s*$))",
        triggers="{UNIT}",
    ),
    Pattern(
        "offset_from_date",
        "day before last Tuesday",
        "DATE",
        "offset_from_date",
        r"\b(?:the\s+)?(?:(?P<num>{NUM})\s+)?(?P<unit>day|week|month|year)s?\s+(?P<dir>before|after)\s+"
        r"(?P<target>yesterday|tomorrow|(?:last\s+|next\s+)?{WEEKDAY})\b",
        triggers="{WEEKDAY} tomorrow yesterday",
    ),
    # ------------------------------------------------------------------ PRESENT_REF, PAST_REF, FUTURE_REF
    Pattern(
        "present_ref",
        "now",
        "DATE",
        "ref",
        r"\b(?P<ref>now|currently|presently|at\s+present|nowadays|these\s+days|the\s+present(?:\s+time|\s+day)?|"
        r"current)\b(?!-)",
        triggers="current currently now nowadays present presently these",
    ),
    Pattern(
        "past_ref",
        "recently",
        "DATE",
        "ref",
        r"\b(?P<ref>recently|lately|formerly|the\s+past|once\s+upon\s+a\s+time|"
        r"recent\s+times|past\s+(?:years|months|weeks|days|times|quarters|decades)|"
        r"(?:recent|past)\s+(?:years|months|weeks|days)\s+(?:and|or)\s+(?:years|months|weeks|days)|"
        r"the\s+(?:past|last)\s+(?:several|few)\s+(?:years|months|weeks|quarters|decades))\b(?!\s+(?:\d|{NUM_WORD})\b)",
        triggers="days decades few formerly lately months once past quarters recent recently several times weeks years",
    ),
    Pattern(
        "future_ref",
        "the near future",
        "DATE",
        "ref",
        r"\b(?P<ref>the\s+(?:near\s+|distant\s+|foreseeable\s+)?future(?!\s+of\b)|"
        r"(?:the\s+)?coming\s+(?:years|months|weeks|days|quarters|decades)|future\s+(?:years|quarters|months)|"
        r"a\s+later\s+date|sooner\s+or\s+later|some\s+day|someday)\b",
        triggers="coming day future later someday sooner",
    ),
    # ------------------------------------------------------------------ durations
    Pattern(
        "vague_duration",
        "recent weeks",
        "DURATION",
        "duration",
        r"\b(?:the\s+)?(?P<recent>recent)\s+(?P<unit>years|months|weeks|days|decades|quarters)\b"
        r"(?!\s+(?:and|or)\s+(?:years|months|weeks|days))",
        triggers="recent",
    ),
    Pattern(
        "duration",
        "the past three days",
        "DURATION",
        "duration",
        r"\b(?:(?P<range>the\s+(?:past|last|next|first|final|coming|following|previous|preceding|remaining|"
        r"entire|whole|full|same)|the|another|an\s+additional|a\s+further|a\s+mere|a\s+scant|a\s+full|"
        r"past|last|next|first|"
        r"(?P<recent>the\s+recent|recent)|the\s+year-(?:earlier|ago))\s+)?"
        r"(?:(?P<approx>{APPROX})\s+)?(?P<num>{NUM})(?:\s+(?:or\s+(?P<num2>{NUM})|to\s+(?P<num3>{NUM})))?"
        r"(?:\s+(?:more|additional|full|straight|consecutive|long|short))?"
        r"(?:\s+(?:trading|business|working|calendar|school))?\s*[-\s]\s*(?P<unit>{UNIT})"
        r"(?P<half>\s+and\s+a\s+half)?\b(?:-long|(?<=s)['’](?=\s+[^\W\d]))?(?!-)(?:\s+or\s+so\b)?",
        triggers="{UNIT}",
    ),
    Pattern(
        "duration_fraction",
        "2 1/2 years",
        "DURATION",
        "duration",
        r"\b(?:(?P<approx>{APPROX})\s+)?(?P<num>\d+(?:\s+|-)\d/\d|\d+\.\d+|\d+\s+and\s+a\s+half)\s*[-\s]\s*"
        r"(?P<unit>{UNIT})\b",
        triggers="{UNIT}",
    ),
    Pattern(
        "duration_adjective",
        "two-year",
        "DURATION",
        "duration",
        r"\b(?P<num>\d+(?:\.\d+)?|{NUM_WORD})-(?P<unit>{UNIT_SG})(?:-long)?\b(?!-)",
        triggers="century day decade fortnight hour minute month night quarter second week weekend year",
    ),
    Pattern(
        "duration_plural",
        "weeks or months",
        "DURATION",
        "duration",
        r"\b(?:(?P<range>the\s+past|the\s+last|the\s+next|the\s+coming)\s+)?"
        r"(?P<unit>years|decades|centuries|months|weeks|days|hours|minutes)(?:-long)?\b(?!-)"
        r"(?:\s+or\s+(?:years|decades|centuries|months|weeks|days|hours|minutes)\b)?"
        r"(?=\s*(?:{CLOSE}|and\b|or\b|ago\b|of\b|to\s+come|later|earlier|before|after|$))",
        triggers="centuries days decades hours minutes months weeks years",
    ),
    Pattern(
        "duration_for_plural",
        "for weeks",
        "DURATION",
        "duration",  # the mention is the unit alone
        r"\bfor\s(?P<unit>years|decades|centuries|months|weeks|days|hours|minutes)\b(?!-)"
        r"(?!\s+(?:of|ago|later|earlier|before|after)\b)",
        triggers="centuries days decades hours minutes months weeks years",
    ),
    Pattern("duration_unit_long", "day-long", "DURATION", "duration", r"\b(?P<unit>{UNIT_SG})-long\b", triggers="long"),
    # ------------------------------------------------------------------ sets
    Pattern(
        "set_every",
        "every two weeks",
        "SET",
        "set",
        r"\b(?P<every>every|each|per)\s+(?:(?P<other>other)\s+)?(?:(?P<num>{NUM})\s+)?"
        r"(?:(?P<unit>{UNIT})|(?P<weekday>{WEEKDAY})|(?P<month>{MONTH_NAME})|(?P<season>{SEASON})"
        r"|(?P<part>morning|afternoon|evening))\b",
        triggers="each every per",
    ),
    Pattern(
        "set_adverb",
        "weekly",
        "SET",
        "set",
        r"\b(?P<adverb>daily|nightly|weekly|biweekly|fortnightly|monthly|bimonthly|yearly|hourly|annually|"
        r"semi-?annually|biannually)\b",
        triggers="annually biannually bimonthly biweekly daily fortnightly hourly monthly nightly semi* weekly yearly",
    ),
    Pattern(
        "set_times_per",
        "twice a year",
        "SET",
        "set",
        r"\b(?P<times>once|twice|three\s+times|four\s+times|\d+\s+times|several\s+times|many\s+times)\s+"
        r"(?:a|an|per|each|every)\s+(?P<unit>{UNIT_SG})\b",
        triggers="four once several times twice",
    ),
    Pattern(
        "set_weekday_plural",
        "Tuesday nights",
        "SET",
        "set",
        r"\b(?P<weekday>{WEEKDAY})s(?:\s+(?P<part>{PART}))?\b|\b(?P<weekday2>{WEEKDAY})\s+(?P<part2>nights|mornings|evenings|afternoons)\b",
        triggers=(
            "afternoons evenings fri friday* mon monday* mornings nights sat saturday* sun sunday* thu thur thurs "
            "thursday* tue tues tuesday* wed wednesday* аўторак* воскресение* воскресенье* вторник* вівтор* "
            "вівторок* неделя* неділ* неділю* неділя* нядзеля* панядзелак* петък* понед* понеделник* понедельник* "
            "понеділок* пятница* пятницу* пятніца* серада* серед* середа* середу* среда* среду* сряда* суббота* "
            "субботу* субот* субота* суботу* събота* чацвер* четвер* четверг* четвъртък*"
        ),
    ),
]
