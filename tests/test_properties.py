"""Properties that hold for any text (hypothesis): the tagger never raises, every value follows the TIMEX3 value
grammar, offsets index the text as given, output is deterministic, and an explicit absolute date does not move
when the anchor does. The texts mix random Unicode (control characters, right-to-left marks, surrogate escapes,
very long tokens) with the words temporal expressions are made of, so the rules are exercised, not just skipped."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from timeline.temporal import tag

# The TIMEX3 value grammar (TimeML 1.2.1, ISO 8601 with X for unknown digits and TimeML's tokens), written here
# from the specification rather than from the code under test.
_DATE = r"(?:BC)?[\dX]{2,4}(?:-(?:[\dX]{2}(?:-[\dX]{2})?|W[\dX]{2}(?:-(?:[\dX]|WE))?|Q[1-4X]|H[12X]|SP|SU|FA|AU|WI))?"
_TIME = r"T(?:[\dX]{2}(?::[\dX]{2}(?::[\dX]{2}(?:\.\d+)?)?)?|MO|MI|AF|EV|NI|DT)"
_DURATION = (
    r"P(?:(?:[\dX]+(?:\.\d+)?(?:Y|M|W|D|DE|CE|ML|Q|H|QT|FY))+(?:T(?:[\dX]+(?:\.\d+)?[HMS])+)?"
    r"|T(?:[\dX]+(?:\.\d+)?[HMS])+)"
)
VALUE = re.compile(rf"^(?:PRESENT_REF|PAST_REF|FUTURE_REF|{_DATE}(?:{_TIME})?|{_DURATION})$")

WORDS = """
today yesterday tomorrow tonight now last next this that the a an of on in at by since until before after ago
later earlier early late mid end start beginning week weeks month months year years day days hour hours minute
minutes second seconds decade century morning evening night afternoon spring summer autumn winter quarter
Monday Tuesday Friday Sunday January March May October December Oct. Sept. 1 2 7 11 14 29 31 1999 2001 2016
2,500 125,000 7000 '90s 1960s 19th two three ten hundred thousand and every each annually daily weekly
the next hour that second fiscal first second third , . - / : 2:58:10 10:30 a.m. p.m. GMT 12.03.2019 2019-03-12
""".split()

unicode_noise = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
token = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(WORDS),
    unicode_noise,
    st.sampled_from(["\u200f", "\u202e", "\x00", "\x0b", "\udcff", "\ufeff", "x" * 5000, "\r\n", "\n\n"]),
)
texts = st.lists(token, max_size=60).map(" ".join)
anchors = st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9998, 12, 1)))

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(texts, anchors)
@example("0 0/0 week", None)  # (a fraction with a zero under its bar had divided by zero)
def test_tagging_any_text_never_raises_and_values_follow_the_grammar(text, anchor):
    mentions = tag(text, anchor)
    for m in mentions:
        assert VALUE.match(m.value), (m.text, m.value)
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.type in ("DATE", "TIME", "DURATION", "SET")
    starts = [m.start for m in mentions]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:]))


@FAST
@given(texts, st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)))
def test_tagging_is_deterministic_and_explicit_dates_do_not_follow_the_anchor(text, anchor):
    first = tag(text, anchor)
    assert tag(text, anchor) == first
    moved = {(m.start, m.end): m for m in tag(text, anchor + dt.timedelta(days=1))}
    for m in first:
        if m.anchor == "none" and re.fullmatch(r"\d{4}-\d\d-\d\d", m.value):
            other = moved.get((m.start, m.end))
            assert other is not None and other.value == m.value, (m.text, m.value, other)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_the_whole_pipeline_never_fails_on_any_text(text):
    from timeline.model import Document
    from timeline.read import Skipped
    from timeline.run import Config, process_documents

    doc = Document("d", "d.txt", text if text.strip() else "empty")
    for published in (None, dt.date(2016, 10, 25)):
        [result] = process_documents([doc], Config(published=published))
        assert not isinstance(result, Skipped), result.reason
        for m in result.mentions:
            assert doc.text[m.start : m.end] == m.text
        for e in result.events:
            for s in e.sources:
                assert doc.text[s.start : s.end] == s.quote
