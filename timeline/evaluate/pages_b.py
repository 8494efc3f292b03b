"""A second, independent generator of scraped-looking pages: ``timeline evaluate CORPUS --pages --generator b``.

``pages.py`` was written by the same hands as the segmentation and header rules, so it measures what those
rules already know. This generator was written from how real sites lay their pages out (blog engines' post
meta and footers, bulletin-board post headers with their member boxes, mailing-list archives, news bylines
with "Updated" pairs and datelines, reading-time lines, issue trackers, channel exports with day separators,
aggregators with relative stamps, print running heads), without reading the other generator's forms or the
rules' patterns. Its interface is the same: a tbaq-layout corpus whose manifest dates are the truth, pages
generated into a temporary folder (the corpus's text never enters the repo), gold segments and dates written
by the generator, and the same scorer (``pages.score`` / ``pages.figures``).

Forms (``FORMS``: name, where it sits, an example for 2009-03-03): see the table below. Page styles
(``STYLES``): blog archive, bulletin board thread, mailing-list archive, news section, aggregator digest,
channel export, print page; one page in nine states no date at all.
"""

from __future__ import annotations

import datetime as dt
import pathlib
import random
import re
import textwrap
from dataclasses import dataclass, field

from .pages import Article, GoldSegment, Page, read_articles

# ------------------------------------------------------------------------------------------------ vocabulary
# Written for this generator: example names only.

PEOPLE = (
    "Maren Holt",
    "Tobias Wren",
    "Ayo Bankole",
    "Lucia Ferro",
    "Dev Pillai",
    "Ingrid Sato",
    "Hamid Rahimi",
    "Clara Voss",
    "Owen Marsh",
    "Priya Nand",
)
HANDLES = ("quietfox", "rail_fan77", "m.ostrova", "bluekettle", "ZedPlus", "northpaw", "okra_k", "lamplighter")
MEMBER_TITLES = ("Junior Poster", "Old Hand", "Site Supporter", "Lurker", "Gold Contributor", "Staff")
OUTLETS = ("The Example Herald", "Riverside Post", "Wire Service Example", "The Morning Sample", "Harbour Times")
LISTS = ("civic-talk", "newsdesk-l", "town-forum")
CHANNELS = ("Example Briefs", "World Sample Feed", "Daily Dispatch Demo")
SECTIONS = ("World", "Local", "Economy", "Science", "Politics", "Culture")

EN_MONTHS = "January February March April May June July August September October November December".split()
EN_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
# month names in other languages (genitive where the language writes the day before it)
OTHER_MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
}
ZONES = (("CET", "+0100"), ("EST", "-0500"), ("GMT", "+0000"), ("PST", "-0800"), ("IST", "+0530"), ("AEST", "+1000"))


@dataclass
class Ctx:
    """What a page's forms share: its random stream, its numeric order, its capture time."""

    rng: random.Random
    day_first: bool
    capture: dt.date | None = None
    extra: dict = field(default_factory=dict)

    def hm(self) -> tuple[int, int]:
        return self.rng.randrange(6, 23), self.rng.randrange(60)

    def clock12(self) -> str:
        h, m = self.hm()
        return f"{(h - 1) % 12 + 1}:{m:02d} {'PM' if h >= 12 else 'AM'}"

    def numeric(self, d: dt.date, sep: str = "/", short_year: bool = False) -> str:
        y = f"{d.year % 100:02d}" if short_year else str(d.year)
        # (dots are day-first wherever they are written: 03.04.2009 is 3 April)
        a, b = (d.day, d.month) if self.day_first or sep == "." else (d.month, d.day)
        return f"{a:02d}{sep}{b:02d}{sep}{y}"

    def person(self) -> str:
        return self.rng.choice(PEOPLE)

    def handle(self) -> str:
        return self.rng.choice(HANDLES)


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _mon(d: dt.date) -> str:
    return EN_MONTHS[d.month - 1][:3]


def _relative(d: dt.date, ctx: Ctx) -> str | None:
    """A relative stamp against the page's capture date (None when the gap is too long to say so exactly)."""
    if ctx.capture is None:
        return None
    gap = (ctx.capture - d).days
    if gap == 0:
        return f"{ctx.rng.randrange(1, 11)} hours ago"
    if gap == 1:
        h, m = ctx.hm()
        return ctx.rng.choice([f"yesterday at {h:02d}:{m:02d}", "Yesterday", "1 day ago"])
    if 2 <= gap <= 6:
        return f"{gap} days ago"
    return None


# --------------------------------------------------------------------------------------------------- forms
# Each form returns (lines above the body, lines after the body); ``t`` is the article's title.


def f_posted_on_by(d, ctx, t):  # blog post meta under the title
    return [t, f"Posted on {EN_MONTHS[d.month - 1]} {d.day}, {d.year} by {ctx.handle()}"], []


def f_posted_colon_in(d, ctx, t):  # meta line with author and category
    return [
        t,
        f"Posted on: {d.day} {EN_MONTHS[d.month - 1]} {d.year}, by {ctx.person()}, in {ctx.rng.choice(SECTIONS)}",
    ], []


def f_by_posted_in_on(d, ctx, t):  # author first, date last, numeric with dots
    return [t, f"By {ctx.person()} Posted in {ctx.rng.choice(SECTIONS)} on {ctx.numeric(d, '.')}"], []


def f_entry_footer(d, ctx, t):  # the classic footer AFTER the body
    h, m = ctx.hm()
    ampm = f"{(h - 1) % 12 + 1}:{m:02d} {'pm' if h >= 12 else 'am'}"
    return [t], [
        f"This entry was posted on {EN_DAYS[d.weekday()]}, {EN_MONTHS[d.month - 1]} {_ordinal(d.day)}, {d.year} "
        f"at {ampm} and is filed under {ctx.rng.choice(SECTIONS)}. You can follow any responses to this entry."
    ]


def f_signed_footer(d, ctx, t):  # a signature with the date under the body
    return [t], [f"— {ctx.person()}, {d.day} {EN_MONTHS[d.month - 1]} {d.year}"]


def f_board_postposted(d, ctx, t):  # bulletin board: subject, stamp, member box with a JOINED date (a trap)
    joined = d - dt.timedelta(days=ctx.rng.randrange(200, 2500))
    h, m = ctx.hm()
    return [
        f"Post subject: Re: {t}",
        f"PostPosted: {EN_DAYS[d.weekday()][:3]} {_mon(d)} {d.day:02d}, {d.year} {(h - 1) % 12 + 1}:{m:02d} "
        f"{'pm' if h >= 12 else 'am'}",
        "Offline",
        ctx.handle(),
        f"Joined: {EN_DAYS[joined.weekday()][:3]} {_mon(joined)} {joined.day:02d}, {joined.year} 5:00 pm",
        f"Posts: {ctx.rng.randrange(3, 4000)}",
    ], []


def f_board_old_numbered(d, ctx, t):  # another board: "Old" stamp, post number, member box, status after the body
    who = ctx.handle()
    joined = d - dt.timedelta(days=ctx.rng.randrange(200, 2500))
    return [
        f"Old {ctx.numeric(d, '-')}, {ctx.clock12()}",
        f"#{ctx.extra.setdefault('post_no', 1)}",
        who,
        ctx.rng.choice(MEMBER_TITLES),
        f"Join Date: {_mon(joined)} {joined.year}",
        f"Posts: {ctx.rng.randrange(3, 4000):,}",
    ], [f"{who} is offline"]


def f_board_post_on(d, ctx, t):  # compact board stamp on one line
    h, m = ctx.hm()
    return [
        t,
        f"Post  {ctx.handle()} on {EN_DAYS[d.weekday()][:3]} {_mon(d)} {d.day}, {d.year} {(h - 1) % 12 + 1}:{m:02d} "
        f"{'pm' if h >= 12 else 'am'}",
    ], []


def f_list_archive(d, ctx, t):  # mailing-list archive page: subject, sender, ctime stamp with zone before the year
    zone = ctx.rng.choice(ZONES)[0]
    h, m = ctx.hm()
    who = ctx.person()
    return [
        f"[{ctx.extra.get('list', 'civic-talk')}] {t}",
        f"{who} {who.split()[0].lower()} at example.org",
        f"{EN_DAYS[d.weekday()][:3]} {_mon(d)} {d.day:2d} {h:02d}:{m:02d}:{ctx.rng.randrange(60):02d} {zone} {d.year}",
    ], []


def f_rfc2822(d, ctx, t):  # mail headers as an archive prints them
    zone = ctx.rng.choice(ZONES)[1]
    h, m = ctx.hm()
    who = ctx.person()
    return [
        f"From: {who} <{who.split()[0].lower()}@example.net>",
        f"Date: {EN_DAYS[d.weekday()][:3]}, {d.day} {_mon(d)} {d.year} {h:02d}:{m:02d}:{ctx.rng.randrange(60):02d} {zone}",
        f"Subject: {t}",
    ], []


def f_static_posted(d, ctx, t):  # static-site meta block
    return [t, f"Posted: {d.isoformat()}", f"Word Count: {ctx.rng.randrange(300, 2000)}", "Tags: notes news"], []


def f_unlabelled_pair(d, ctx, t):  # title, author, created and updated dates without labels
    later = d + dt.timedelta(days=ctx.rng.randrange(5, 60))
    return [t, ctx.handle(), d.strftime("%Y/%m/%d"), later.strftime("%Y/%m/%d"), "en"], []


def f_read_time(d, ctx, t):  # author line then reading time and a short date
    return [t, ctx.person(), f"{ctx.rng.randrange(2, 12)} min read · {_mon(d)} {d.day}, {d.year}"], []


def f_tracker(d, ctx, t):  # issue tracker: who opened it when, comment count
    return [
        t,
        f"{ctx.handle()} opened this issue {_mon(d)} {d.day}, {d.year} · {ctx.rng.randrange(1, 30)} comments",
    ], []


def f_apostrophe_year(d, ctx, t):  # community line: board, user, short date with an apostrophe year
    return [f"r/{ctx.rng.choice(SECTIONS).lower()}news {ctx.handle()} {_mon(d)} {d.day} '{d.year % 100:02d}", t], [
        f"{ctx.rng.randrange(2, 900)} Upvotes"
    ]


def f_updated_first(d, ctx, t):  # news byline: the update first, the first publication second
    later = d + dt.timedelta(days=ctx.rng.randrange(1, 9))
    zone = ctx.rng.choice(("ET", "GMT", "CET"))
    return [
        t,
        f"By {ctx.person()}, {ctx.rng.choice(OUTLETS)}",
        f"Updated {ctx.clock12()} {zone}, {EN_DAYS[later.weekday()][:3]} {EN_MONTHS[later.month - 1]} {later.day}, {later.year}",
        f"First published {EN_MONTHS[d.month - 1]} {d.day}, {d.year}",
    ], []


def f_weekday_zone(d, ctx, t):  # weekday, day month year, dotted time and zone
    h, m = ctx.hm()
    zone = ctx.rng.choice(ZONES)[0]
    return [t, f"{EN_DAYS[d.weekday()]} {d.day} {EN_MONTHS[d.month - 1]} {d.year} {h:02d}.{m:02d} {zone}"], []


def f_iso_datetime(d, ctx, t):  # machine timestamp with offset
    h, m = ctx.hm()
    off = ctx.rng.choice(("+01:00", "-05:00", "Z", "+09:00"))
    return [t, f"{d.isoformat()}T{h:02d}:{m:02d}:00{off}"], []


def f_numeric_bar(d, ctx, t):  # numeric date in the page's order, bar, time
    h, m = ctx.hm()
    return [t, f"{ctx.numeric(d, '.' if ctx.day_first else '/')} | {h:02d}:{m:02d}"], []


def f_short_numeric_clock(d, ctx, t):  # two-digit year and a 12-hour clock
    return [t, f"{ctx.person()} - {ctx.numeric(d, '/', short_year=True)} {ctx.clock12()}"], []


def f_foreign(d, ctx, t):  # month names in other languages
    lang = ctx.rng.choice(sorted(OTHER_MONTHS))
    name = OTHER_MONTHS[lang][d.month - 1]
    text = {
        "de": f"{d.day}. {name} {d.year}",
        "fr": f"le {d.day} {name} {d.year}",
        "es": f"{d.day} de {name} de {d.year}",
        "it": f"{d.day} {name} {d.year}",
        "pt": f"{d.day} de {name} de {d.year}",
        "nl": f"{d.day} {name} {d.year}",
        "ru": f"{d.day} {name} {d.year} г.",
    }[lang]
    h, m = ctx.hm()
    return [t, f"{text}, {h:02d}:{m:02d}"], []


def f_journal(d, ctx, t):  # personal journal header: short month with dot, ordinal, bar, time; mood line
    h, m = ctx.hm()
    return [
        f"{_mon(d)}. {_ordinal(d.day)}, {d.year} | {(h - 1) % 12 + 1:02d}:{m:02d} {'pm' if h >= 12 else 'am'}",
        t,
        f"mood: {ctx.rng.choice(('tired', 'curious', 'busy', 'calm'))}",
    ], []


def f_relative(d, ctx, t):  # aggregator line: source and a relative stamp (needs the page's capture line)
    rel = _relative(d, ctx)
    if rel is None:
        return None
    return [t, f"{ctx.rng.choice(OUTLETS)} · {rel}"], []


def f_source_dash(d, ctx, t):  # aggregator line with an absolute short date
    return [t, f"{ctx.rng.choice(OUTLETS)} — {_mon(d)} {d.day}, {d.year}"], []


def f_dateline(d, ctx, t):  # wire dateline without a year, opening the body (the year from the page)
    return [t, f"By {ctx.person()}"], ["@dateline"]


FORMS = (
    ("posted-on-by", f_posted_on_by, "Posted on March 3, 2009 by quietfox"),
    ("posted-colon-in", f_posted_colon_in, "Posted on: 3 March 2009, by Maren Holt, in World"),
    ("by-posted-in-on", f_by_posted_in_on, "By Maren Holt Posted in World on 03.03.2009"),
    ("entry-footer", f_entry_footer, "This entry was posted on Tuesday, March 3rd, 2009 at 2:15 pm ... (after)"),
    ("signed-footer", f_signed_footer, "— Maren Holt, 3 March 2009 (after the body)"),
    ("board-postposted", f_board_postposted, "PostPosted: Tue Mar 03, 2009 7:52 pm / Joined: ... (trap)"),
    ("board-old-numbered", f_board_old_numbered, "Old 03-03-2009, 07:08 AM / #6 / Join Date: Nov 2006"),
    ("board-post-on", f_board_post_on, "Post  quietfox on Tue Mar 3, 2009 5:18 pm"),
    ("list-archive", f_list_archive, "Tue Mar  3 14:26:45 CET 2009"),
    ("rfc2822", f_rfc2822, "Date: Tue, 3 Mar 2009 10:12:03 +0300"),
    ("static-posted", f_static_posted, "Posted: 2009-03-03 / Word Count: 515"),
    ("unlabelled-pair", f_unlabelled_pair, "2009/03/03 then 2009/04/10 (created, updated)"),
    ("read-time", f_read_time, "5 min read · Mar 3, 2009"),
    ("tracker", f_tracker, "quietfox opened this issue Mar 3, 2009 · 4 comments"),
    ("apostrophe-year", f_apostrophe_year, "r/worldnews quietfox Mar 3 '09"),
    ("updated-first", f_updated_first, "Updated 10:15 AM ET, Thu March 5, 2009 / First published March 3, 2009"),
    ("weekday-zone", f_weekday_zone, "Tuesday 3 March 2009 14.22 GMT"),
    ("iso-datetime", f_iso_datetime, "2009-03-03T14:22:00+01:00"),
    ("numeric-bar", f_numeric_bar, "03.03.2009 | 14:22 (or 03/03/2009, the page's order)"),
    ("short-numeric-clock", f_short_numeric_clock, "Maren Holt - 03/03/09 2:15 PM"),
    ("foreign", f_foreign, "3. März 2009 / le 3 mars 2009 / 3 марта 2009 г."),
    ("journal", f_journal, "Mar. 3rd, 2009 | 02:15 pm / mood: calm"),
    ("relative", f_relative, "Harbour Times · 2 days ago (against the capture line)"),
    ("source-dash", f_source_dash, "Harbour Times — Mar 3, 2009"),
    ("dateline", f_dateline, "LONDON, March 3 (Wire) — ... (no year, in the body)"),
)
FORM_FUNCS = {name: fn for name, fn, _ in FORMS}

# which forms each page style draws from
STYLE_FORMS = {
    "blog": (
        "posted-on-by",
        "posted-colon-in",
        "by-posted-in-on",
        "entry-footer",
        "signed-footer",
        "static-posted",
        "unlabelled-pair",
        "read-time",
        "journal",
        "foreign",
        "iso-datetime",
    ),
    "board": (
        "board-postposted",
        "board-old-numbered",
        "board-post-on",
        "apostrophe-year",
        "tracker",
        "short-numeric-clock",
    ),
    "mail": ("list-archive", "rfc2822"),
    "news": ("updated-first", "weekday-zone", "numeric-bar", "dateline", "foreign", "iso-datetime", "by-posted-in-on"),
    "aggregator": ("relative", "source-dash", "relative", "read-time"),
    "channel": ("channel",),
    "print": ("print",),
}
STYLES = tuple(STYLE_FORMS)

NAV = (
    ("Home", "News", "Sport", "Weather", "Contact"),
    ("Skip to content", "Menu", "Search"),
    ("Log in", "Register", "FAQ", "Members"),
)
SHARE = ("Share this:", "Facebook", "Twitter", "Email", "Print")
CITIES = ("LONDON", "NAIROBI", "OTTAWA", "SYDNEY", "LIMA", "OSLO")


# --------------------------------------------------------------------------------------------------- builder


@dataclass
class _Page:
    parts: list[str] = field(default_factory=list)
    gold: list[GoldSegment] = field(default_factory=list)
    zone: int = 0

    @property
    def offset(self) -> int:
        return sum(len(p) for p in self.parts)

    def lines(self, *lines: str) -> None:
        if lines:
            self.parts.append("\n".join(lines) + "\n\n")

    def segment(self, header, body, footer, kind, date, form, main=0, article=""):
        start = self.offset + sum(len(h) + 1 for h in header[:main])
        if header:
            self.parts.append("\n".join(header) + "\n\n")
        body_at = self.offset
        self.parts.append("\n\n".join(body) + "\n\n")
        if footer:
            self.parts.append("\n".join(footer) + "\n\n")
        self.gold.append(GoldSegment(start, self.zone, body_at, kind, date, form, article))
        self.zone = self.offset

    def text(self) -> str:
        return "".join(self.parts)


def _title(a: Article, rng: random.Random) -> str:
    words = re.sub(r"[\"“”‘’'`()]", "", a.paragraphs[0]).split()
    n = min(len(words), rng.randrange(4, 10))
    title = " ".join(words[:n]).rstrip(".,;:!?—-–")
    return title[:1].upper() + title[1:] if title else "Untitled"


def _body(a: Article, rng: random.Random, wrap: int = 0) -> list[str]:
    paras = list(a.paragraphs[: rng.randrange(3, 9)])
    return ["\n".join(textwrap.wrap(p, wrap)) for p in paras] if wrap else paras


def _choose(rng: random.Random, articles: list[Article], n: int) -> list[Article]:
    n = min(n, len(articles))
    first = rng.choice(articles)
    near = [a for a in articles if a is not first and abs((a.date - first.date).days) <= 14]
    rng.shuffle(near)
    chosen = [first, *near[: n - 1]]
    while len(chosen) < n:
        extra = rng.choice(articles)
        if extra not in chosen:
            chosen.append(extra)
    return chosen


def _comments(p: _Page, ctx: Ctx, after: dt.date, relative: bool) -> None:
    """A reader comment block: a count heading, then names with stamps (absolute or relative) and short texts."""
    n = ctx.rng.randrange(2, 5)
    lines = [f"{n} Responses to this post" if ctx.rng.random() < 0.5 else f"Comments ({n})", ""]
    for _ in range(n):
        d = after + dt.timedelta(days=ctx.rng.randrange(0, 3))
        stamp = _relative(d, ctx) if relative else None
        if stamp is None:
            h, m = ctx.hm()
            stamp = (
                f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year} at {(h - 1) % 12 + 1}:{m:02d} {'pm' if h >= 12 else 'am'}"
            )
        lines += [f"{ctx.handle()} says:", stamp, ctx.rng.choice(COMMENT_TEXTS), "Reply", ""]
    p.segment([], ["\n".join(lines[:-1])], [], "comments", None, "comments")


COMMENT_TEXTS = (
    "Thanks for posting this, I had not seen it anywhere else.",
    "Does anyone know whether this was confirmed later?",
    "Same thing happened where I live a while back.",
    "Good summary. The second paragraph is the important part.",
)


def _header_lines(form: str, d: dt.date, ctx: Ctx, title: str):
    out = FORM_FUNCS[form](d, ctx, title)
    if out is None:  # a relative stamp too far from the capture: fall back to an absolute one
        out = f_source_dash(d, ctx, title)
        form = "source-dash"
    return form, out[0], out[1]


def _dateline_body(body: list[str], d: dt.date, ctx: Ctx) -> list[str]:
    first = f"{ctx.rng.choice(CITIES)}, {EN_MONTHS[d.month - 1]} {d.day} ({ctx.rng.choice(OUTLETS).split()[-1]}) — "
    return [first + body[0], *body[1:]]


def make_page(rng: random.Random, articles: list[Article], style: str, dated: bool) -> tuple[str, list[GoldSegment]]:
    n = rng.randrange(2, 7)
    chosen = _choose(rng, articles, n)
    latest = max(a.date for a in chosen)
    ctx = Ctx(rng, day_first=rng.random() < 0.5)
    ctx.capture = latest + dt.timedelta(days=rng.randrange(0, 3))
    p = _Page()
    # page furniture; a capture line on most pages (it also decides the numeric order: a day above 12 or a name)
    nav = rng.choice(NAV)
    capture_forms = (
        lambda c: f"Retrieved {c.day} {EN_MONTHS[c.month - 1]} {c.year} 18:40 UTC",
        lambda c: f"It is currently {EN_DAYS[c.weekday()][:3]} {_mon(c)} {c.day:02d}, {c.year} 9:16 pm",
        lambda c: f"Saved from http://www.example.org/archive on {c.isoformat()}",
    )
    has_capture = style in ("aggregator", "board", "channel") or rng.random() < 0.5
    if rng.random() < 0.25:
        p.lines("We use cookies to improve your experience on our site.", "Accept | Settings")
    if style == "board":
        p.lines(" | ".join(nav), rng.choice(capture_forms)(ctx.capture) if dated else "All times are UTC")
        p.lines(f"Board index » {rng.choice(SECTIONS)} » {_title(chosen[0], rng)}", f"{n} posts • Page 1 of 1")
    elif style == "mail":
        ctx.extra["list"] = rng.choice(LISTS)
        p.lines(f"The {ctx.extra['list']} Archives", "Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]")
    elif style == "print":
        pass
    else:
        p.lines(rng.choice(OUTLETS) if style != "blog" else f"{rng.choice(HANDLES)}'s notebook", " · ".join(nav))
        if has_capture and dated:
            p.lines(rng.choice(capture_forms)(ctx.capture))
    if not (has_capture and dated):
        ctx.capture = None

    if style in ("board", "mail"):
        chosen.sort(key=lambda a: a.date)  # a thread and a list archive go oldest first
    elif style in ("blog", "channel"):
        chosen.sort(key=lambda a: a.date, reverse=True)

    if style == "print":
        _print_page(p, ctx, chosen, dated)
        return p.text(), p.gold
    if style == "channel":
        _channel_page(p, ctx, chosen, dated)
        return p.text(), p.gold

    forms = STYLE_FORMS[style]
    board_form = rng.choice(forms)  # a thread keeps one board's layout
    syndicate = n >= 3 and rng.random() < 0.3
    for k, a in enumerate(chosen):
        title = _title(a, rng)
        body = _body(a, rng, wrap=72 if style == "mail" else 0)
        if not dated:
            header = [title] if style != "board" else [f"Re: {title}", rng.choice(HANDLES)]
            p.segment(header, body, [], "post" if style == "board" else "article", a.date, "none", article=a.id)
            continue
        form = board_form if style == "board" else rng.choice(forms)
        ctx.extra["post_no"] = k + 1
        form, header, footer = _header_lines(form, a.date, ctx, title)
        if "@dateline" in footer:
            footer = []
            body = _dateline_body(body, a.date, ctx)
        if style == "mail" and k:
            # a reply quotes the previous message
            body = [
                f"On {_mon(chosen[k - 1].date)} {chosen[k - 1].date.day}, someone wrote:",
                "> " + chosen[k - 1].paragraphs[0][:150],
                *body,
            ]
        if style == "news" and rng.random() < 0.5:
            footer = [*footer, " ".join(SHARE)]
        if style == "blog" and rng.random() < 0.3:
            footer = [*footer, rng.choice(("Continue reading →", "Read more »", "Leave a comment"))]
        if style == "board" and k and rng.random() < 0.35:
            # a reply quotes the post above it (the board's quote box)
            prev = chosen[k - 1]
            body = ["Quote:", f"Originally Posted by {rng.choice(HANDLES)}", prev.paragraphs[0], *body]
        if style == "board" and rng.random() < 0.3:
            # an edit note under the post, days later at most (it does not date the post)
            edited = a.date + dt.timedelta(days=rng.randrange(0, 11))
            footer = [*footer, f"Last edited by {rng.choice(HANDLES)}; {ctx.numeric(edited, '-')} at {ctx.clock12()}."]
        main = 1 if form in ("apostrophe-year", "journal") else 0
        p.segment(
            header, body, footer, "post" if style in ("board", "mail") else "article", a.date, form, main, article=a.id
        )
        if style == "blog" and rng.random() < 0.35:
            _comments(p, ctx, a.date, relative=ctx.capture is not None)
        if style == "news" and rng.random() < 0.3:
            # related links with their own dates
            p.lines(
                "Related:",
                *[f"{_title(b, rng)} ({_mon(b.date)} {b.date.day}, {b.date.year})" for b in chosen if b is not a][:3],
            )
        if style == "blog" and rng.random() < 0.3:
            # a sidebar widget between posts: recent titles, monthly archives
            months = sorted({(b.date.year, b.date.month) for b in chosen}, reverse=True)
            p.lines("Recent Posts", *[_title(b, rng) for b in chosen[:3]])
            p.lines("Archives", *[f"{EN_MONTHS[m - 1]} {y}" for y, m in months])
    if syndicate and dated:
        a = chosen[0]
        later = a.date + dt.timedelta(days=rng.randrange(1, 4))
        header = [
            _title(a, rng),
            f"Republished {EN_MONTHS[later.month - 1]} {later.day}, {later.year}",
            f"This story originally appeared in {rng.choice(OUTLETS)} on {a.date.day} {EN_MONTHS[a.date.month - 1]} {a.date.year}.",
        ]
        p.segment(header, list(a.paragraphs[:3]), [], "article", a.date, "syndicated", article=a.id)
    p.lines("© Example Media. All rights reserved.", "Privacy · Terms · Cookies")
    return p.text(), p.gold


def _channel_page(p: _Page, ctx: Ctx, chosen: list[Article], dated: bool) -> None:
    """A channel export: a day separator line when the day changes, then messages (name and time, text, views)."""
    name = ctx.rng.choice(CHANNELS)
    p.lines(name, f"{ctx.rng.randrange(1000, 90000)} subscribers")
    last = None
    for a in chosen:
        header = []
        if dated and a.date != last:
            sep = ctx.rng.choice(
                (f"{a.date.day} {EN_MONTHS[a.date.month - 1]} {a.date.year}", f"### {a.date.isoformat()} ###")
            )
            header.append(sep)
            last = a.date
        h, m = ctx.hm()
        header.append(f"{name}, [{h:02d}:{m:02d}]" if dated else name)
        footer = [f"👁 {ctx.rng.randrange(1, 99)}.{ctx.rng.randrange(10)}K"]
        p.segment(
            header,
            list(a.paragraphs[: ctx.rng.randrange(2, 5)]),
            footer,
            "post",
            a.date,
            "day-separator" if dated else "none",
            article=a.id,
        )


def _print_page(p: _Page, ctx: Ctx, chosen: list[Article], dated: bool) -> None:
    """A print page as text: a running head with the issue's date (all articles of one issue share a date, so each
    article also carries a dateline of its own), narrow hyphen-free columns, jump lines."""
    page_no = ctx.rng.randrange(2, 30)
    for k, a in enumerate(chosen):
        d = a.date
        if dated:
            head = f"PAGE A{page_no + k} | {ctx.rng.choice(OUTLETS).upper()} | {EN_DAYS[d.weekday()].upper()}, {EN_MONTHS[d.month - 1].upper()} {d.day}, {d.year}"
            p.lines(head)
        title = _title(a, ctx.rng).upper()
        body = _body(a, ctx.rng, wrap=60)
        if dated:
            body = _dateline_body(body, d, ctx)
            body[0] = "\n".join(textwrap.wrap(body[0].replace("\n", " "), 60))
        footer = [f"Continued on Page A{page_no + k + 1}"] if ctx.rng.random() < 0.4 else []
        form = "print-head" if dated else "none"
        p.segment([title, f"BY {ctx.person().upper()}"], body, footer, "article", d, form, article=a.id)


def generate(corpus: pathlib.Path, seed: int = 1, count: int = 40) -> list[Page]:
    """``count`` pages, the same for the same corpus and seed (styles in turn, one page in nine undated)."""
    articles = read_articles(pathlib.Path(corpus))
    rng = random.Random(f"b{seed}")
    pages = []
    for n in range(count):
        style = STYLES[(n * 3 + seed) % len(STYLES)]
        dated = rng.random() >= 1 / 9
        text, gold = make_page(rng, articles, style, dated)
        pages.append(Page(f"b{n:03d}_{style}", style, text, tuple(gold)))
    return pages


def cli(
    corpus: pathlib.Path,
    seed: int = 1,
    count: int = 40,
    errors: int = 0,
    as_json: bool = False,
    keep: pathlib.Path | None = None,
) -> int:
    """``timeline evaluate --pages --generator b``: the first generator's scorer and report over these pages."""
    from . import pages, pages_b

    return pages.cli(corpus, seed, count, errors, as_json, keep, generator=pages_b, name="generator b")
