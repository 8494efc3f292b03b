"""A development set of scraped-looking pages, and its scorer: ``timeline evaluate CORPUS --pages``.

Real inputs are web pages copied as text: a news site's front page, a blog with its comments, a forum
thread, an aggregator's list, a scanned print page — several articles each, their headers in many date forms
or none, with navigation, share lines, reader comments and syndicated copies in between. The rules that
segment and date such pages must not be fitted to a handful of pages, so this module *generates* them,
deterministically, from a tbaq-layout corpus (``manifest.csv`` + ``docs/``) whose manifest dates are the
truth: every page holds 2 to 6 of the corpus's articles, laid out in one of five page styles, each article's
header written in one of the date forms below (the web's general conventions: numeric in both orders, ISO
8601, RFC 2822, weekday + time + zone, "Updated"/"First published" pairs, relative stamps against a capture
line, month names in other languages, ...). The generator writes the gold: each segment's start offset, the
span in which a predicted start counts as found (the furniture between two articles belongs to either), the
offset of its first body paragraph, and its true date.

Pages are generated into a temporary folder at evaluation time (the corpus's text never enters the repo) and
read back through ``timeline.read`` exactly as a user's files are. ``--seed`` picks the combination of
articles, styles and forms: tune on seed 1, check on seed 2 that the figures hold on combinations never seen.

Scores: segment start recall and precision (a quoted block split off inside a post is not counted as a start:
it subdivides the post); for every gold article, the anchor of the predicted segment
that holds its first body paragraph, right to the day and within 3 days; and the confidence bands
(``BANDS``) with the share of their anchors right within 3 days — what a confidence is allowed to promise.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import pathlib
import random
import re
import sys
import tempfile
import textwrap
from dataclasses import dataclass

from ..export.timelinejs import MONTHS as ENGLISH_MONTHS
from ..model import Document, Segment

# ------------------------------------------------------------------------------------------------ vocabulary
# Page furniture and names written for the generator (not taken from any input).

FIRST_NAMES = (
    "Anna",
    "David",
    "Maria",
    "Peter",
    "Laura",
    "Tom",
    "Elena",
    "Marc",
    "Sofia",
    "Jonas",
    "Clara",
    "Ivan",
    "Nora",
    "Paul",
    "Greta",
    "Omar",
    "Lucia",
    "Henrik",
    "Julia",
    "Sam",
)
LAST_NAMES = (
    "Berg",
    "Holloway",
    "Marin",
    "Okafor",
    "Lindqvist",
    "Ferreira",
    "Novak",
    "Whitfield",
    "Dumont",
    "Castell",
    "Moreau",
    "Kessler",
    "Adair",
    "Varga",
    "Sato",
    "Ruiz",
    "Halden",
)
HANDLES = (
    "nightowl",
    "k_miller",
    "greenfield22",
    "dr_oak",
    "riverstone",
    "pixelpusher",
    "old_salt",
    "mapmaker",
    "quietvoice",
    "tangent",
    "lowtide",
    "bluejay77",
    "fernhill",
    "northbound",
)
FORUM_RANKS = ("Member", "Senior Member", "Newbie", "Moderator", "Regular", "Contributor", "Veteran", "Active Member")
SECTIONS = ("World", "Business", "Politics", "Markets", "Technology", "Science", "Opinion", "Local")
SITES = ("dailyledger.example", "newswire.example", "thecourier.example", "metrohub.example", "briefing.example")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ENGLISH_MONTHS  # the export's table: one list of English month names
MONTHS_DE = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)
MONTHS_FR = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
MONTHS_ES = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
MONTHS_RU = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)
ZONES = ("BST", "GMT", "EST", "CET", "UTC", "PDT")
STYLES = ("news", "blog", "forum", "aggregator", "print")


@dataclass(frozen=True)
class Ctx:
    """What a form needs besides the date: the page's numeric order, its capture date, a name, a time."""

    rng: random.Random
    day_first: bool
    capture: dt.date | None
    author: str
    handle: str

    @property
    def time(self) -> tuple[int, int]:
        return self.rng.randint(6, 22), self.rng.randint(0, 59)


def _num(d: dt.date, ctx: Ctx, sep: str = "/", year: int = 4) -> str:
    y = f"{d.year:04d}" if year == 4 else f"{d.year % 100:02d}"
    a, b = (d.day, d.month) if ctx.day_first else (d.month, d.day)
    return f"{a:02d}{sep}{b:02d}{sep}{y}"


def _hm(ctx: Ctx) -> str:
    h, m = ctx.time
    return f"{h:02d}:{m:02d}"


def _ampm(ctx: Ctx) -> str:
    h, m = ctx.time
    return f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}"


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _relative(d: dt.date, ctx: Ctx) -> str | None:
    if ctx.capture is None:
        return None
    days = (ctx.capture - d).days
    if days < 0 or days > 30:
        return None
    if days == 0:
        return ctx.rng.choice([f"{ctx.rng.randint(1, 9)} hours ago", f"Today at {_hm(ctx)}"])
    if days == 1:
        return ctx.rng.choice([f"yesterday at {_hm(ctx)}", "1 day ago", f"Yesterday, {_hm(ctx)}"])
    return ctx.rng.choice([f"{days} days ago", f"{days} days ago · {ctx.rng.choice(SECTIONS)}"])


def _rfc2822(d: dt.date, ctx: Ctx) -> str:
    import email.utils

    h, m = ctx.time
    stamp = dt.datetime(d.year, d.month, d.day, h, m, tzinfo=dt.UTC)
    return email.utils.format_datetime(stamp)


def _updated_first(d: dt.date, ctx: Ctx) -> str:
    """An "Updated ... | First published ..." pair: the first publication is the article's date."""
    u = d + dt.timedelta(days=ctx.rng.randint(1, 3))
    zone = ctx.rng.choice(ZONES)
    if ctx.rng.random() < 0.5:
        return f"Updated {_hm(ctx)} {zone}, {u.day} {MONTHS[u.month - 1]} {u.year} | First published {d.day} {MONTHS[d.month - 1]} {d.year}"
    return (
        f"First published on {WEEKDAYS[d.weekday()][:3]} {d.day} {MONTHS[d.month - 1][:3]} {d.year} "
        f"{_hm(ctx).replace(':', '.')} {zone}\nLast modified on {WEEKDAYS[u.weekday()][:3]} {u.day} "
        f"{MONTHS[u.month - 1][:3]} {u.year} {_hm(ctx).replace(':', '.')} {zone}"
    )


#: Header/byline/stamp forms: (name, styles that use it, writer of the header lines for a date, example).
#: A writer returns None when it cannot state the date (a relative stamp without a capture date).
FORMS = (
    (
        "published-nbsp",
        ("news", "blog"),
        lambda d, c: f"Published:\u00a0{d.day} {MONTHS[d.month - 1]} {d.year}",
        "Published:\u00a03 April 2009",
    ),
    (
        "weekday-time-zone",
        ("news", "print"),
        lambda d, c: f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year} {_hm(c)} {c.rng.choice(ZONES)}",
        "Friday 3 April 2009 14:02 BST",
    ),
    (
        "posted-on-by",
        ("blog",),
        lambda d, c: f"Posted on {d.isoformat()} by {c.handle}",
        "Posted on 2009-04-03 by fern",
    ),
    ("date-label", ("blog", "news"), lambda d, c: f"Date: {_num(d, c)}", "Date: 03/04/2009"),
    ("byline-numeric", ("news", "blog"), lambda d, c: f"By {c.author} | {_num(d, c)}", "By Anna Berg | 04/03/2009"),
    (
        "iso-8601",
        ("news", "aggregator"),
        lambda d, c: f"{d.isoformat()}T{_hm(c)}:00{c.rng.choice(['Z', '+01:00', '-05:00'])}",
        "2009-04-03T14:02:00+01:00",
    ),
    ("rfc-2822", ("news", "aggregator"), _rfc2822, "Fri, 03 Apr 2009 14:02:00 +0000"),
    (
        "updated-first",
        ("news",),
        lambda d, c: _updated_first(d, c),
        "Updated 09:12 BST, 5 April 2009 | First published 3 April 2009",
    ),
    (
        "forum-numbered",
        ("forum",),
        lambda d, c: f"#{c.rng.randint(2, 400)} {d.day:02d}.{d.month:02d}.{d.year}, {_hm(c)}",
        "#12 03.04.2009, 14:02",
    ),
    ("relative", ("news", "blog", "forum", "aggregator"), _relative, "3 days ago"),
    (
        "german",
        ("news", "forum"),
        lambda d, c: f"{d.day}. {MONTHS_DE[d.month - 1]} {d.year}, {_hm(c)} Uhr",
        "3. April 2009, 14:02 Uhr",
    ),
    (
        "french",
        ("news", "blog"),
        lambda d, c: f"Publié le {d.day} {MONTHS_FR[d.month - 1]} {d.year} à {_hm(c).replace(':', 'h')}",
        "Publié le 3 avril 2009 à 14h02",
    ),
    (
        "spanish",
        ("news", "aggregator"),
        lambda d, c: f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}",
        "3 de abril de 2009",
    ),
    (
        "russian",
        ("news", "forum"),
        lambda d, c: f"{d.day} {MONTHS_RU[d.month - 1]} {d.year}, {_hm(c)}",
        "3 апреля 2009, 14:02",
    ),
    (
        "by-name-long",
        ("news", "print", "blog"),
        lambda d, c: f"By {c.author}, {MONTHS[d.month - 1]} {d.day}, {d.year}",
        "By Anna Berg, April 3, 2009",
    ),
    (
        "abbr-pipe-section",
        ("news", "aggregator"),
        lambda d, c: f"{d.day} {MONTHS[d.month - 1][:3]} {d.year} | {c.rng.choice(SECTIONS)}",
        "3 Apr 2009 | World",
    ),
    ("dotted", ("forum", "news"), lambda d, c: f"{d.day:02d}.{d.month:02d}.{d.year}", "03.04.2009"),
    (
        "ordinal-at",
        ("blog",),
        lambda d, c: f"{MONTHS[d.month - 1]} {_ordinal(d.day)}, {d.year} at {_ampm(c)}",
        "April 3rd, 2009 at 2:02 pm",
    ),
    (
        "posted-weekday",
        ("forum",),
        lambda d, c: f"Posted: {WEEKDAYS[d.weekday()][:3]} {MONTHS[d.month - 1][:3]} {d.day:02d}, {d.year} {_ampm(c)}",
        "Posted: Fri Apr 03, 2009 2:02 pm",
    ),
    (
        "weekday-numeric",
        ("forum", "blog"),
        lambda d, c: f"{WEEKDAYS[d.weekday()][:3]} {_num(d, c)} {_hm(c)}",
        "Fri 03/04/2009 14:02",
    ),
    ("slash-ymd", ("blog", "aggregator"), lambda d, c: f"{d.year}/{d.month:02d}/{d.day:02d}", "2009/04/03"),
    (
        "written-by-on",
        ("blog",),
        lambda d, c: f"Written by {c.author} on {_num(d, c, '-')}",
        "Written by Anna Berg on 03-04-2009",
    ),
    (
        "weekday-long-us",
        ("print", "news"),
        lambda d, c: f"{WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}",
        "Friday, April 3, 2009",
    ),
    (
        "source-dot-relative",
        ("aggregator",),
        lambda d, c: f"{c.rng.choice(SITES)} · {r}" if (r := _relative(d, c)) else None,
        "newswire.example · 2 days ago",
    ),
)
FORM_NAMES = tuple(f[0] for f in FORMS)
#: Forms that sit on the title line itself rather than under it.
TITLE_FORMS = {"bracket-short": lambda d, c: f"[{_num(d, c, '/', 2)}]"}

CAPTURE_LINES = (
    lambda d: f"Retrieved {d.day} {MONTHS[d.month - 1]} {d.year} 08:14 UTC",
    lambda d: f"Captured: {d.isoformat()}",
    lambda d: f"Page saved on {d.day:02d}.{d.month:02d}.{d.year}",
    lambda d: f"Accessed {MONTHS[d.month - 1]} {d.day}, {d.year}",
)


# ------------------------------------------------------------------------------------------------ articles


@dataclass(frozen=True)
class Article:
    id: str
    date: dt.date
    paragraphs: tuple[str, ...]

    @property
    def title(self) -> str:
        words = re.sub(r"[\"“”'`]", "", self.paragraphs[0]).split()
        cut = words[: min(len(words), 5 + len(self.id) % 6)]
        return " ".join(cut).rstrip(".,;:!?—-–'") or "Untitled"


def read_articles(corpus: pathlib.Path) -> list[Article]:
    out = []
    with open(corpus / "manifest.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if not (row.get("published") or "").strip():
                continue
            text = (corpus / row["path"]).read_text(encoding="utf-8")
            paragraphs = tuple(" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if len(p.split()) >= 8)
            if len(paragraphs) >= 2:
                out.append(Article(row["id"], dt.date.fromisoformat(row["published"].strip()[:10]), paragraphs))
    return out


# ------------------------------------------------------------------------------------------------ pages


@dataclass(frozen=True)
class GoldSegment:
    start: int  # first line of the segment (its header)
    zone: int  # a predicted start anywhere in [zone, start] counts (furniture before the header is either's)
    body: int  # first body paragraph: the predicted segment holding it gives the anchor
    kind: str  # article / post / comments
    date: dt.date | None  # None: not scored for its date (comment blocks)
    form: str  # the header form used ("none" when the page states no date)
    article: str = ""  # the corpus document whose text the segment holds ("" for comment blocks)


@dataclass
class _Builder:
    parts: list[str]
    gold: list[GoldSegment]
    zone: int = 0

    @property
    def offset(self) -> int:
        return sum(len(p) for p in self.parts)

    def furniture(self, *lines: str) -> None:
        for line in lines:
            self.parts.append(line + "\n")
        self.parts.append("\n")

    def segment(
        self,
        header: list[str],
        body: list[str],
        kind: str,
        date: dt.date | None,
        form: str,
        gap: str = "\n",
        main: int = 0,
        article: str = "",
    ) -> None:
        """``main``: index of the header line a segment start must reach (its title); lines above it (a section
        label, a stamp over the title) may fall on either side."""
        start = self.offset + sum(len(h) + 1 for h in header[:main])
        self.parts.append("\n".join(header) + "\n" + gap if header else "")
        body_at = self.offset
        self.parts.append("\n\n".join(body) + "\n\n")
        self.gold.append(GoldSegment(start, self.zone, body_at, kind, date, form, article))
        self.zone = self.offset

    def text(self) -> str:
        return "".join(self.parts)


def _pick(rng: random.Random, articles: list[Article], n: int) -> list[Article]:
    """``n`` articles from one stretch of time (a page shows what was recent when it was captured)."""
    n = min(n, len(articles))
    first = rng.choice(articles)
    near = [a for a in articles if a is not first and abs((a.date - first.date).days) <= 20]
    rng.shuffle(near)
    chosen = [first] + near[: n - 1]
    while len(chosen) < n:
        chosen.append(rng.choice([a for a in articles if a not in chosen]))
    return chosen


def _wrap(paragraph: str, width: int) -> str:
    return "\n".join(textwrap.wrap(paragraph, width))


def _header(form: str, d: dt.date, ctx: Ctx) -> list[str] | None:
    writer = next(f[2] for f in FORMS if f[0] == form)
    line = writer(d, ctx)
    return line.split("\n") if line else None


def make_page(rng: random.Random, articles: list[Article], style: str, dated: bool) -> tuple[str, list[GoldSegment]]:
    n = rng.randint(2, 6) if style != "forum" else rng.randint(3, 6)
    chosen = _pick(rng, articles, n)
    if style == "forum":
        chosen.sort(key=lambda a: a.date)
    latest = max(a.date for a in chosen)
    uses_relative = dated and rng.random() < 0.45
    capture = latest + dt.timedelta(days=rng.randint(0, 4)) if uses_relative else None
    ctx_base = dict(day_first=rng.random() < 0.5, capture=capture)
    forms = [f[0] for f in FORMS if style in f[1] and (f[0] not in ("relative", "source-dot-relative") or capture)]
    b = _Builder([], [])
    if capture is not None:
        b.furniture(rng.choice(CAPTURE_LINES)(capture))
    site = rng.choice(SITES)
    if style == "news":
        b.furniture(site.split(".")[0].title(), " | ".join(["Home"] + rng.sample(SECTIONS, 4)))
    elif style == "blog":
        b.furniture(f"{rng.choice(FIRST_NAMES)}'s notes", "About · Archive · Contact")
    elif style == "forum":
        b.furniture(f"Forum › {rng.choice(SECTIONS)} › Discussion", chosen[0].title, f"Page 1 of {rng.randint(2, 9)}")
    elif style == "aggregator":
        b.furniture("Top stories", f"Sources: {len(chosen) + rng.randint(3, 40)} · Sort by: latest")
    else:
        b.furniture(f"— {rng.randint(2, 30)} —", f"THE {site.split('.')[0].upper()}")
    syndicate = style in ("aggregator", "news") and rng.random() < 0.4
    previous_handle = ""
    for k, art in enumerate(chosen):
        ctx = Ctx(
            rng, author=f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}", handle=rng.choice(HANDLES), **ctx_base
        )
        form = rng.choice(forms)
        if style == "aggregator" and rng.random() < 0.3:
            form = "bracket-short"
        stamp = None
        if dated:
            stamp = [TITLE_FORMS[form](art.date, ctx)] if form in TITLE_FORMS else _header(form, art.date, ctx)
            if stamp is None:
                form = "iso-8601"
                stamp = _header(form, art.date, ctx)
        else:
            form = "none"
        keep = rng.randint(2, 5) if style != "forum" else rng.randint(1, 2)
        paragraphs = list(art.paragraphs[:keep])
        if style == "print":
            paragraphs = [_wrap(p, rng.randint(58, 76)) for p in paragraphs]
        title = art.title.upper() if style == "print" else art.title
        if style == "forum":
            header = [ctx.handle, rng.choice(FORUM_RANKS), f"Posts: {rng.randint(5, 9000):,}"]
            if stamp:
                header = ([stamp[0]] + header) if rng.random() < 0.3 else header + stamp
            if k and rng.random() < 0.3:  # a reply quoting the post before it
                quoted = re.split(r"(?<=[.!?])\s", chosen[k - 1].paragraphs[0], maxsplit=1)[0]
                paragraphs = [f"{previous_handle} wrote:\n{quoted}"] + paragraphs
            previous_handle = ctx.handle
            b.segment(header, paragraphs, "post", art.date, form, article=art.id)
            b.furniture(rng.choice(["Reply", "Quote Reply", "Like · Reply · Report"]))
            continue
        if stamp and form not in TITLE_FORMS and rng.random() < 0.15:
            stamp, form = None, "none"  # one article of a dated page without a date of its own
        if rng.random() < 0.15 and style != "print":
            title = title + "?"
        main = 0
        layout = rng.random()
        if form in TITLE_FORMS and stamp:
            header = [f"{stamp[0]} {title}"]
        elif stamp and style == "aggregator" and layout < 0.3:
            header, main = stamp + [title], len(stamp)  # a stamp over the title
        elif stamp and layout < 0.15:
            header = [title, ""] + stamp  # the title, a blank line, its date
        elif stamp and style == "blog" and layout < 0.3:
            header = stamp + ["", title]  # a date line over the title, as blogs group posts by day
        elif stamp and layout < 0.3:
            header = [title, f"By {ctx.author}"] + stamp
        elif layout < 0.4 and style in ("news", "print"):
            header, main = [rng.choice(SECTIONS).upper(), title] + (stamp or []), 1  # a section label
        else:
            header = [title] + (stamp or []) + ([f"By {ctx.author}"] if not stamp and rng.random() < 0.5 else [])
        b.segment(header, paragraphs, "article", art.date, form, main=main, article=art.id)
        furniture = []
        if style in ("news", "blog") and rng.random() < 0.6:
            furniture.append(
                rng.choice(["Share this: Facebook · Twitter · Email", "Share: f  t  in", "Tweet  Share  Email"])
            )
        if style == "news" and rng.random() < 0.5:
            furniture.append(f"Read more: {rng.choice(articles).title}")
        if furniture:
            b.furniture(*furniture)
        if style == "news" and rng.random() < 0.3:
            b.furniture(
                rng.choice(["Related stories", "More from this section", "Most read"]),
                *(rng.choice(articles).title for _ in range(3)),
            )
        if style == "blog":
            b.furniture(f"Tags: {', '.join(rng.sample(SECTIONS, 2))}")
        if style == "print" and rng.random() < 0.4:
            b.furniture(f"Continued on Page A{rng.randint(2, 19)}")
        if style in ("blog", "news") and rng.random() < 0.4:
            b.zone = b.offset
            count = rng.randint(2, 4)
            header = [f"{count} Comments" if rng.random() < 0.5 else "Comments"]
            lines = []
            says = rng.random() < 0.5
            for _ in range(count):
                who = rng.choice(HANDLES)
                if capture is not None and rng.random() < 0.6:
                    when = rng.choice(["1 day ago", "2 days ago", "3 hours ago", f"yesterday at {_hm(ctx)}"])
                else:
                    day = art.date + dt.timedelta(days=rng.randint(0, 3))
                    when = f"{MONTHS[day.month - 1]} {day.day}, {day.year} at {_ampm(ctx)}"
                text = rng.choice(
                    [
                        "Good piece, thanks for writing it up.",
                        "I am not convinced by this at all.",
                        "Does anyone have the original report?",
                        "Well said.",
                    ]
                )
                lines.append(f"{who} says:\n{when}\n{text}" if says else f"{who}\n{when}\n{text}\nReply")
            b.segment(header, lines, "comments", None, "comments")
        if syndicate and k == 0:
            other = rng.choice(SITES)
            b.zone = b.offset
            credit = [f"Also published by {other}"] if rng.random() < 0.5 else []
            b.segment(
                credit + [title] + (stamp or []), paragraphs, "article", art.date, form + "+syndicated", article=art.id
            )
            syndicate = False
    b.furniture(rng.choice(["© 2024 All rights reserved", "Back to top", "Terms · Privacy · Cookies"]))
    return b.text(), b.gold


@dataclass(frozen=True)
class Page:
    name: str
    style: str
    text: str
    gold: tuple[GoldSegment, ...]


def generate(corpus: pathlib.Path, seed: int = 1, count: int = 40) -> list[Page]:
    """``count`` pages, the same for the same corpus and seed (styles in turn, one page in eight undated)."""
    articles = read_articles(pathlib.Path(corpus))
    rng = random.Random(seed)
    pages = []
    for n in range(count):
        style = STYLES[(n + seed) % len(STYLES)]
        dated = rng.random() >= 0.125
        text, gold = make_page(rng, articles, style, dated)
        pages.append(Page(f"page{n:03d}_{style}", style, text, tuple(gold)))
    return pages


def write_pages(pages: list[Page], folder: pathlib.Path) -> None:
    """The pages as ``NAME.txt`` and their gold as ``gold.jsonl`` (one line per segment)."""
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "gold.jsonl", "w", encoding="utf-8") as gold:
        for page in pages:
            (folder / f"{page.name}.txt").write_text(page.text, encoding="utf-8")
            for g in page.gold:
                gold.write(
                    json.dumps(
                        {
                            "page": page.name,
                            "style": page.style,
                            "start": g.start,
                            "zone": g.zone,
                            "body": g.body,
                            "kind": g.kind,
                            "form": g.form,
                            "date": g.date.isoformat() if g.date else None,
                        }
                    )
                    + "\n"
                )


# ------------------------------------------------------------------------------------------------ scoring

#: Confidence bands reported with the share of their anchors right within 3 days (lower bound inclusive).
BANDS = (0.9, 0.8, 0.6, 0.4, 0.2, 0.0)


def _band(confidence: float) -> float:
    return next(b for b in BANDS if confidence >= b)


def score(folder: pathlib.Path, pages: list[Page]) -> dict:
    """Read the written pages back as a user's files are, segment and date them (with the batch step), and
    compare with the gold."""
    from ..read import plan_inputs
    from .anchors import anchor_documents

    sources = plan_inputs([str(folder / f"{p.name}.txt") for p in pages])
    docs = {d.id: d for d in anchor_documents(sources)}
    by_name = {pathlib.Path(s.path).stem: s.id for s in sources}
    found = predicted = right_starts = 0
    cases = []
    missed = []
    for page in pages:
        doc = docs.get(by_name[page.name])
        if doc is None:  # the page failed (reported on stderr): scored as one undated segment, nothing found
            doc = Document(page.name, page.name, page.text, (Segment(0, len(page.text)),))
        segs = doc.segments
        # a quoted block inside a post (and the post's text after it) subdivides the post: not a segment start
        starts = [s.start for s in segs[1:] if s.kind != "navigation" and s.boundary not in ("after-quote", "quote")]
        predicted += len(starts) + (1 if segs[0].kind != "navigation" else 0)
        used = set()
        for n, g in enumerate(page.gold):
            hit = next((p for p in starts if g.zone <= p <= g.start and p not in used), None)
            if hit is not None:
                used.add(hit)
            found += hit is not None or n == 0  # the first segment starts where the page does
            if hit is None and n:
                line = page.text[g.start : page.text.find("\n", g.start)]
                missed.append(f"{page.name:<18} {g.form:<20} {g.kind:<9} at {g.start}: {line[:80]}")
        right_starts += len(used) + (1 if segs[0].kind != "navigation" else 0)
        for g in page.gold:
            if g.date is None:
                continue
            seg = next((s for s in segs if s.start <= g.body < s.end), segs[-1])
            a = seg.anchor
            delta = abs((a.date - g.date).days) if a.date else None
            cases.append(
                {
                    "page": page.name,
                    "style": page.style,
                    "article": g.article,
                    "form": g.form,
                    "true": g.date.isoformat(),
                    "found": a.date.isoformat() if a.date else None,
                    "source": a.source,
                    "confidence": round(a.confidence, 2),
                    "evidence": a.evidence,
                    "delta": delta,
                }
            )
    gold_n = sum(len(p.gold) for p in pages)
    return {
        "pages": len(pages),
        "gold_segments": gold_n,
        "start_recall": found / gold_n,
        "start_precision": right_starts / predicted if predicted else 0.0,
        "cases": cases,
        "missed_starts": missed,
    }


def timex_values(corpus: pathlib.Path, cases: list[dict]) -> dict:
    """TIMEX3 value F1 over the corpus articles the pages hold, their expressions resolved against the date each
    page gave the article (its segment's anchor; none when undated) and, for comparison, against the manifest's:
    what dating the article from its page costs its expressions. (The pages' own furniture is not scored: its
    dates are headers, not the articles' expressions.)"""
    from dataclasses import replace

    from .tempeval import evaluate, load_corpus

    gold = {d.id: d for d in load_corpus(corpus)}
    from_page, from_manifest = [], []
    for n, case in enumerate(cases):
        doc = gold.get(case.get("article", ""))
        if doc is None or not doc.timexes:
            continue
        found = dt.date.fromisoformat(case["found"]) if case["found"] else None
        from_page.append(replace(doc, id=f"{doc.id}#{n}", dct=found))
        from_manifest.append(replace(doc, id=f"{doc.id}#{n}"))
    page, manifest = evaluate(from_page), evaluate(from_manifest)
    return {"articles": len(from_page), "value_f1": page.value.f1, "value_f1_manifest": manifest.value.f1}


def figures(result: dict) -> dict:
    cases = result["cases"]
    n = len(cases)
    rows = []
    for k, low in enumerate(BANDS):
        high = BANDS[k - 1] if k else 1.01
        group = [c for c in cases if c["found"] and low <= c["confidence"] < high]
        right = sum(c["delta"] <= 3 for c in group)
        rows.append(
            {
                "band": low,
                "n": len(group),
                "right_3_days": right,
                "share": right / len(group) if group else None,
                "holds": not group or right / len(group) >= low,
            }
        )
    undated = sum(c["found"] is None for c in cases)
    return {
        "pages": result["pages"],
        "gold_segments": result["gold_segments"],
        "start_recall": round(result["start_recall"], 3),
        "start_precision": round(result["start_precision"], 3),
        "dated_articles": n,
        "day": round(sum(c["delta"] == 0 for c in cases) / n, 3) if n else 0.0,
        "3_days": round(sum(c["delta"] is not None and c["delta"] <= 3 for c in cases) / n, 3) if n else 0.0,
        "undated": undated,
        "bands": rows,
        "wrong_at_0.9": sum(1 for c in cases if c["found"] and c["confidence"] >= 0.9 and c["delta"] > 3),
    }


def format_bands(rows: list[dict]) -> str:
    from .anchors import format_bands as common

    return common(rows)


def cli(
    corpus: pathlib.Path,
    seed: int = 1,
    count: int = 40,
    errors: int = 0,
    as_json: bool = False,
    keep: pathlib.Path | None = None,
    generator=None,
    name: str = "",
    values: bool = True,
) -> int:
    """``timeline evaluate --pages``: generate, read back, score and print. ``generator`` (a module with
    ``generate``, default this one) and its ``name`` let another page generator share the scorer and report."""
    make = generator.generate if generator is not None else generate
    try:
        pages = make(pathlib.Path(corpus), seed, count)
    except (FileNotFoundError, KeyError, ValueError) as error:
        print(
            f"error: {corpus}: cannot read a tbaq-layout corpus (manifest.csv with id,path,published): {error}",
            file=sys.stderr,
        )
        return 2
    with tempfile.TemporaryDirectory(prefix="timeline-pages-") as tmp:
        folder = pathlib.Path(keep) if keep else pathlib.Path(tmp)
        write_pages(pages, folder)
        result = score(folder, pages)
    table = figures(result)
    if values:
        table["timex_values"] = timex_values(pathlib.Path(corpus), result["cases"])
    if as_json:
        print(json.dumps(table, indent=2))
        return 0
    print(
        f"pages {table['pages']} ({name + ', ' if name else ''}seed {seed}; generated from {corpus}), gold segments "
        f"{table['gold_segments']}, dated articles {table['dated_articles']}"
    )
    print(f"segment starts: recall {table['start_recall']:.1%}, precision {table['start_precision']:.1%}")
    print(
        f"article dates: day {table['day']:.1%}, within 3 days {table['3_days']:.1%}, undated {table['undated']}; "
        f"wrong by more than 3 days at confidence >= 0.9: {table['wrong_at_0.9']}"
    )
    print(format_bands(table["bands"]))
    if values:
        found = table["timex_values"]
        print(
            f"TIMEX3 value F1 of the {found['articles']} articles, resolved against their pages' dates: "
            f"{found['value_f1']:.3f} (against the manifest's dates: {found['value_f1_manifest']:.3f})"
        )
    if errors:
        wrong = [c for c in result["cases"] if c["delta"] is None or c["delta"] > 3]
        wrong.sort(key=lambda c: -c["confidence"])
        print(f"\n== dated wrong or not at all ({len(wrong)}, showing {min(errors, len(wrong))}, most confident first)")
        for c in wrong[:errors]:
            print(
                f"{c['page']:<22} {c['form']:<22} true {c['true']} found {c['found']} {c['source']} "
                f"{c['confidence']:.2f}  {c['evidence'][:70]}"
            )
        missed = result["missed_starts"]
        if missed:
            print(f"\n== segment starts missed ({len(missed)}, showing {min(errors, len(missed))})")
            for line in missed[:errors]:
                print(line)
    return 0
