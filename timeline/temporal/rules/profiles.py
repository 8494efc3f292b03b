"""Genre profiles: which genre-specific rule rows run, by name (``--profile``, ``profile=`` in the API).

Most rows hold for any text; a row with a ``genre`` (``Pattern.genre``) runs only in the profiles that name that
genre. Financial-reporting rows read "the quarter", "the year-ago period", "fiscal 1990" as reporting periods,
which is right in a company's results and wrong in a match report ("the third quarter" of a game).

Only the temporal rows follow the profile so far. The article-dating cue that reads "due"/"maturing" before a
date as lying ahead (``anchor`` FORWARD_PATTERNS ``maturity``) runs in every profile: on TBAQ dev
(``--infer-dates``, with the batch step) the right year is 81.2 % with it and 80.1 % without.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Profile:
    """A named set of rule genres switched on beyond the rows every profile runs."""

    name: str
    genres: frozenset[str]
    #: what it is for, and the figure that set it
    doc: str


PROFILES: dict[str, Profile] = {
    p.name: p
    for p in (
        Profile(
            "news",
            frozenset({"finance"}),
            "General news, the default. Keeps the financial-reporting rows, a figure decided it: news reports "
            "companies' results, and on the TBAQ dev set (TimeBank+AQUAINT, largely financial news) running without "
            "them (the forum profile) lowers strict F1 from 0.892 to 0.875 and value F1 from 0.817 to 0.807 "
            "(`timeline evaluate CORPUS --profile forum`).",
        ),
        Profile(
            "finance",
            frozenset({"finance"}),
            "Company results, filings and markets: the financial-reporting rows (reporting periods, fiscal quarters).",
        ),
        Profile(
            "forum",
            frozenset(),
            'Forum threads, comments and sports talk: no financial-reporting rows, so "the third quarter" or '
            '"the period" of a game is not read as a company\'s reporting quarter.',
        ),
    )
}

DEFAULT_PROFILE = "news"


def profile(name: str | None) -> Profile:
    """The profile called ``name`` (None: the default); ValueError naming the choices for an unknown one."""
    name = name or DEFAULT_PROFILE
    try:
        return PROFILES[name]
    except KeyError:
        raise ValueError(f"unknown profile {name!r} (choose from {', '.join(PROFILES)})") from None
