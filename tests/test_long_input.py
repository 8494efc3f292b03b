"""Inputs without sentence ends and with very many expressions: the cost stays linear (parses are shared by
fixed blocks; lists of dates are not parsed), and the sentence stage agrees with itself."""

import pytest

from timeline.sentences import BLOCK, MAX_SENTENCE, list_of_dates, sentence_bounds

LIST = " ".join(f"on {d} March 2019" for d in range(1, 29))


def test_a_line_without_sentence_ends_is_cut_into_shared_blocks():
    text = "word " * 2000
    a = sentence_bounds(text, 10, 14)
    b = sentence_bounds(text, 100, 104)
    c = sentence_bounds(text, 5000, 5004)
    assert a == b  # one block: one parse for both
    assert a != c
    for left, right in (a, c):
        assert right - left <= BLOCK + 40
    assert c[0] <= 5000 and c[1] >= 5004


def test_a_span_on_a_block_edge_is_inside_its_sentence():
    text = "word " * 2000
    for start in range(BLOCK - 10, BLOCK + 10, 5):  # "word word" spans around the first edge
        left, right = sentence_bounds(text, start, start + 9)
        assert left <= start and right >= start + 9
        assert right - left <= 2 * BLOCK + 80


def test_real_sentences_keep_their_bounds():
    text = "The talks failed on Monday. Rebels said on Tuesday that the truce had held."
    left, right = sentence_bounds(text, text.index("Tuesday"), text.index("Tuesday") + 7)
    assert text[left:right] == "Rebels said on Tuesday that the truce had held."
    assert right - left < MAX_SENTENCE


@pytest.mark.parametrize(
    "text, expected",
    [
        (LIST, True),
        ("Talks on May 5, June 7 and July 9 failed, and the army said fighting resumed on August 2.", False),
    ],
)
def test_list_of_dates(text, expected):
    import re

    found = list(re.finditer(r"(?:\d{1,2} )?(?:March|May|June|July|August)(?: \d{1,2})?(?: 2019)?", text))
    starts, ends = [m.start() for m in found], [m.end() for m in found]
    assert list_of_dates(text, 0, len(text), starts, ends) is expected


def test_a_list_of_dates_makes_mentions_but_no_events():
    from timeline.model import Document
    from timeline.run import Config, process_documents

    text = LIST + "\n\nThe army said on Friday that it had taken the bridge.\n"
    config = Config(published=__import__("datetime").date(2019, 4, 1))
    (result,) = process_documents([Document("d", "d.txt", text)], config)
    assert len([m for m in result.mentions if m.start < len(LIST)]) == 28
    assert [e.value for e in result.events] == ["2019-03-29"]


@pytest.mark.parametrize(
    "text, boundary",
    [
        ("It rained.   \nThen it snowed.", "   \n"),  # the spaces before a line break belong to the boundary
        ("It rained. \t \n\n  Then it snowed.", " \t \n\n  "),
        ("It rained. Then it snowed.", " "),
        ("It rained" + " " * 5000 + "\nThen it snowed.", " " * 5000 + "\n"),  # one boundary, found from its break
    ],
)
def test_sentence_boundaries_hold_the_spaces_before_a_line_break(text, boundary):
    from timeline.sentences import _boundaries

    starts, ends = _boundaries(text)
    assert [text[s:e] for s, e in zip(starts, ends)] == [boundary]
