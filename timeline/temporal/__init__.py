"""Temporal expressions: recognise spans, normalise them to TIMEX3 values, resolve relative ones.

Public surface: ``tag`` and ``language_of``. Everything else in this package is an implementation detail,
except ``timex.interval`` which later stages use to turn a value into a stretch of the calendar, and
``languages.notice`` / ``languages.has_rules`` for the run's note about languages without rules.

Stages: ``recognise`` (regex tables of ``rules``, and of ``languages`` for text in another language; no spaCy)
→ ``tense`` (a spaCy parse, shared with later stages through ``timeline.nlp.parse``, of only the English
sentences whose candidates need a direction) → ``resolve`` (anchor, tense and narrative state → value).
"""

from __future__ import annotations

import datetime as dt
import sys

from ..model import Mention
from . import languages, recognise, resolve, tense, timex

__all__ = ["tag", "dating_spans", "forget_found", "language_of"]

#: Anchor granularities too coarse to resolve day-level expressions against (see ``tag``).
COARSE_ANCHORS = ("year",)
#: Resolvers that take only the year from the anchor ("8 November", "last spring"): their month and day come from
#: the text, so a year-precise anchor loses them nothing.
YEAR_ONLY_RESOLVERS = ("calendar_date", "day_range", "month_of_year", "season", "quarter", "holiday")


def tag(
    text: str,
    anchor: dt.date | None,
    *,
    start: int = 0,
    end: int | None = None,
    doc: str = "",
    segment: int = 0,
    model: str | None = None,
    anchor_granularity: str = "day",
    lang: str | None = None,
    profile: str | None = None,
    before: tuple[str, ...] = (),
) -> list[Mention]:
    """TIMEX3 mentions in ``text[start:end]``, resolved against ``anchor`` (the date the text was written).

    Offsets in the returned mentions index ``text`` itself; mentions are sorted and never overlap. With
    ``anchor=None`` relative values stay underspecified (``XXXX-10-14``, ``XXXX-WXX-2``) — today's date is
    never used.

    ``Mention.anchor`` says what the value was resolved against: ``"published"`` when the anchor was used
    (``yesterday``, ``Friday``, and ``October 14`` whose year came from it), ``"narrative"`` when the last date
    the text itself established was used (``the next day``, ``two days later``), and ``"none"`` when nothing
    was: complete dates (``October 14, 2016``), durations, sets, ``PRESENT_REF``-style values and values left
    underspecified.

    ``model`` names the spaCy pipeline (None: the default) that parses the sentences whose candidates need the
    tense of their verb; the parse is shared through ``timeline.nlp.parse`` with later stages. Nothing is
    parsed when no candidate needs a tense.

    ``anchor_granularity`` says how precisely the anchor is known (an inferred writing date may be right only to
    the week, month or year). Against a year, whose date is only a placeholder, values are given no finer than
    the year ("yesterday" against "some day in 2016" is ``2016``), so a guess never turns into a
    precise-looking date. Against a week or a month estimate they keep their day: "on Tuesday" is then the
    Tuesday the text most likely means (measured on the seeds: dropping those days loses more right dates than
    wrong ones), and the segment's ``published_granularity`` tells how far to trust it.

    ``lang`` is the language of ``text[start:end]`` (ISO 639-1, e.g. from a manifest); None detects it from
    the function words of the span (see ``languages.detect``; English when they say too little). A language
    with rules of its own (``languages.RULE_LANGUAGES``) adds them; in any language numeric dates are found.

    ``profile`` names the genre profile (``rules.profiles``: ``news``, ``finance``, ``forum``; None: ``news``)
    that decides which genre-specific rows run.

    ``before`` holds the values the text just before the span established (the post above, in one thread):
    an anaphor ("on that date", "the next day") met before the span states a date of its own refers to them.
    """
    if isinstance(anchor, dt.datetime):
        anchor = anchor.date()
    lang = lang or languages.detect(text[start:end], "en")
    narrative = resolve.Narrative(anchor, before=tuple(before[-resolve.NARRATIVE_KEPT :]))
    mentions: list[Mention] = []
    for lo, hi in slices(text, start, len(text) if end is None else end):
        candidates = _found(text, lo, hi, lang, profile)
        # the tense comes from an English parse: other languages resolve by the calendar alone
        needing = [c for c in candidates if c.pattern.tense and anchor is not None and lang == "en"]
        spans = [(c.start, c.end) for c in needing]
        found = dict(zip((id(c) for c in needing), tense.tenses(text, spans, start, end, model)))
        if lang != "en" and anchor is not None:  # no parse: a word of its language may still point ahead
            found.update(
                (id(c), tense.FUTURE)
                for c in candidates
                if languages.looks_forward(lang, text[max(lo, c.start - 24) : c.start])
                or languages.in_future_clause(lang, text, c.start, c.end, lo, hi)
            )
        for candidate in candidates:
            ctx = resolve.Context(anchor, narrative, found.get(id(candidate)), text)
            for resolution in _noted(candidate, ctx):
                s, e = resolution.span or (candidate.start, candidate.end)
                kind, value = resolution.type, resolution.value
                if (
                    resolution.anchor != "none"
                    and anchor_granularity in COARSE_ANCHORS
                    and candidate.pattern.resolve not in YEAR_ONLY_RESOLVERS
                ):
                    coarse = timex.coarsen(value, anchor_granularity)
                    kind, value = ("DATE" if coarse != value and kind == "TIME" else kind), coarse
                # interned: a long text repeats the same expressions and values many times over
                mentions.append(
                    Mention(
                        s,
                        e,
                        sys.intern(text[s:e]),
                        kind,
                        sys.intern(value),
                        resolution.anchor,
                        doc,
                        segment,
                        resolution.mod,
                    )
                )
                narrative.update(resolution)
    return sorted(mentions, key=lambda m: m.start)


#: The longest stretch recognised in one go. A longer segment (a whole book on one line) is read in slices cut
#: at sentence ends, so that the candidates, windows and parses of one slice are all a run holds at a time:
#: memory stays flat however long the input, and no real article is ever cut. 64 K, not 256 K: the transient
#: objects of a slice fragment the heap around the mentions kept, and a 2 MB one-line file of dates grew the
#: process by 50 MB with 256 K slices against 24 MB with 64 K (about the size of the mentions themselves).
SLICE = 1 << 16


def slices(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` cut into stretches of at most about SLICE characters (64 K), at sentence ends when there are
    any (else at a space)."""
    if end - start <= SLICE:
        return [(start, end)]
    import bisect

    from ..sentences import _boundaries

    starts, ends = _boundaries(text)
    out = []
    lo = start
    while end - lo > SLICE:
        k = bisect.bisect_right(ends, lo + SLICE) - 1
        cut = ends[k] if k >= 0 and ends[k] > lo + SLICE // 2 else text.rfind(" ", lo + SLICE // 2, lo + SLICE) + 1
        cut = cut if cut > lo else lo + SLICE
        out.append((lo, cut))
        lo = cut
    out.append((lo, end))
    return out


def _noted(candidate, ctx):
    """The resolutions of ``candidate`` in ``ctx``, in step with the narrative; an error names the expression it
    met (for the one-line report of the document that failed)."""
    try:
        iterator = iter(resolve.resolve(candidate, ctx))
    except Exception as e:
        e.add_note(f"expression {candidate.text[:80]!r} at {candidate.start}, rule {candidate.name}")
        raise
    while True:
        try:
            resolution = next(iterator)
        except StopIteration:
            return
        except Exception as e:
            e.add_note(f"expression {candidate.text[:80]!r} at {candidate.start}, rule {candidate.name}")
            raise
        yield resolution


def dating_spans(
    text: str, start: int = 0, end: int | None = None, profile: str | None = None
) -> list[tuple[int, int]]:
    """Where the DATE/TIME expressions of ``text[start:end]`` are, before any resolving: the sentences around
    them are the ones later stages parse, so a caller can parse many documents' sentences in one batch first."""
    out = []
    for lo, hi in slices(text, start, len(text) if end is None else end):
        candidates = recognise.find(text, lo, hi, profile=profile)
        if len(_PREFOUND) < PREFOUND_SIZE:
            _PREFOUND[_found_key(text, lo, hi, None, profile)] = (text, candidates)
        # "now" places nothing
        out += [
            (c.start, c.end) for c in candidates if c.pattern.type in ("DATE", "TIME") and c.pattern.resolve != "ref"
        ]
    return out


#: Candidates ``dating_spans`` found, kept until ``tag`` takes them for the same stretch (the batch pre-pass of
#: ``run.process_documents`` and the document's own tagging then recognise each text once, not twice: 5 % of a
#: run on news). Each entry holds its text, so an id is never reused while its key is here; bounded, and emptied
#: by ``forget_found`` at the end of a batch.
_PREFOUND: dict[tuple[int, int, int, str | None, str | None], tuple[str, list]] = {}
PREFOUND_SIZE = 4096


def _found_key(text: str, lo: int, hi: int, lang: str | None, profile: str | None) -> tuple:
    # only the languages with rules of their own change what is found (``recognise.find``)
    return (id(text), lo, hi, lang if lang in languages.RULE_LANGUAGES else None, profile)


def _found(text: str, lo: int, hi: int, lang: str | None, profile: str | None) -> list:
    kept = _PREFOUND.pop(_found_key(text, lo, hi, lang, profile), None)
    if kept is not None and kept[0] is text:
        return kept[1]
    return recognise.find(text, lo, hi, lang, profile)


def forget_found() -> None:
    """Drop what ``dating_spans`` kept for ``tag`` (end of a batch)."""
    _PREFOUND.clear()


def language_of(
    text: str, start: int = 0, end: int | None = None, declared: str | None = None, default: str = "en"
) -> str:
    """The language of ``text[start:end]``: the ``declared`` one (a manifest's ``lang``) if given, else the one
    its function words show, else ``default`` (the document's own, for a header too short to tell)."""
    if declared:
        return declared.lower().split("-")[0].split("_")[0]
    return languages.detect(text[start:end], default) or default
