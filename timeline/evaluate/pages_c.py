"""A third page generator, written independently: ``timeline evaluate CORPUS --pages --generator c``.

Written from how sites laid out their pages between 2005 and 2024, without reading the segmentation and header
rules or the forms of the two other generators (only their interface: ``Article``, ``GoldSegment``, ``Page``,
``read_articles`` and the scorer of ``pages.py``; ``generate`` and ``cli`` of ``pages_b.py``, and the list of
b's forms in its docstring, so that these are different ones). Same contract: a tbaq-layout corpus whose
manifest dates are the truth, pages generated into a temporary folder (the corpus's text never enters the
repo), 2 to 6 articles or posts a page, gold segments and dates written by the generator, the same scorer.

Page styles (``STYLES``): CMS site (Drupal/Joomla-like: breadcrumbs, cookie banner, "Related articles" with
their own dates), blog (post meta bars, sidebar archives, reader comments), forum thread (one board engine a
page: SMF, vBulletin, phpBB3 or IPB, member boxes with join dates, quotes of earlier posts, "Last edit"
stamps), Q&A thread (question and answers with their stamps after the body), social listing (Reddit- or
HN-like relative stamps against a capture line, tweets, Facebook posts), international news portal (one
language a page: Japanese, Chinese, Korean, German, French, Spanish, Polish, Turkish, Russian, Swedish),
press room (press releases and embargoes), clippings page (stories copied from news sites, syndicated copies),
feed dump (RSS, Atom or a JSON-ish export with epoch seconds, as text) and newspaper edition (a masthead with
the day or the ISO week, articles with weekday-only datelines). One page in nine states no date at all (its
segments' gold is still the true date: a tool should leave them undated or say little).

Traps written into the pages: later "Last modified"/"Updated"/"edited" dates, join dates in member boxes, the
date of a quoted earlier post, related-article lists and sidebars with other dates, a cookie banner's policy
date, a print-edition note dated the next day, a feed's ``lastBuildDate``, source citations, copyright years.

Gold, as in ``pages.py``: a segment's date is its article's manifest date; reader-comment blocks are segments
of kind ``comments`` with no date (not scored). Relative stamps are written only when the page shows its
capture date and the gap is short enough to say exactly (otherwise the form falls back to an absolute one).

``FORMS``: name, where it sits, an example for Tuesday 2009-03-03.
"""

from __future__ import annotations

import datetime as dt
import pathlib
import random
import textwrap
from dataclasses import dataclass, field
from typing import NamedTuple

from ..export.timelinejs import MONTHS as EN_MONTHS
from .pages import Article, GoldSegment, Page, read_articles

# ------------------------------------------------------------------------------------------------ vocabulary
# Names and furniture invented for this generator.

WRITERS = (
    "Nadia Okafor",
    "Henrik Lund",
    "Beatriz Salgado",
    "Tom Ashdown",
    "Yuki Morimoto",
    "Leila Marchetti",
    "Greg Pollard",
    "Sanna Virtanen",
    "Marcus Bell",
    "Irene Castell",
    "Joel Adebayo",
    "Katya Orlova",
)
NICKS = (
    "grumpy_otter",
    "papertrail",
    "k8_w",
    "oldschoolradio",
    "vintage_vic",
    "nightowl42",
    "the_real_sam",
    "harbourlights",
    "mapmaker",
    "fennec",
    "Brisket",
    "jellybean_9",
)
RANKS = ("Newbie", "Jr. Member", "Full Member", "Sr. Member", "Hero Member", "Regular", "Veteran", "Moderator")
TOWNS = ("Leeds", "Ohio", "Down Under", "Somewhere cold", "Toronto", "Lisbon", "The Netherlands")
CITIES = ("WASHINGTON", "LONDON", "BRUSSELS", "TOKYO", "NEW YORK", "JERUSALEM", "GENEVA", "NAIROBI")
AGENCIES = ("Reuters", "AP", "AFP", "Bloomberg")
WIRES = ("PRNewswire", "Business Wire", "GLOBE NEWSWIRE", "Marketwire")
OUTLETS = ("Northgate Gazette", "The Daily Ledger Example", "Coastline Chronicle", "Metro Evening Sample")
SITES = ("northgate.example", "ledger.example.com", "coastline.example.org", "metro-sample.example")
CATEGORIES = ("World", "Politics", "Business", "Asia", "Middle East", "Europe", "Economy", "Opinion")
TAGS = ("#news", "#world", "#politics", "#economy", "#longread", "#reblog")
COMMENT_TEXTS = (
    "Great write-up, thanks for posting this.",
    "Does anyone have a link to the original source?",
    "I remember when this happened. Nobody saw it coming.",
    "This is exactly what I was saying last week.",
    "Not sure I agree with the conclusion, but the facts are solid.",
    "Bookmarked. Will read properly tonight.",
    "The second paragraph says it all really.",
    "Shared this with my study group, very useful.",
)

EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DE_DAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
ES_DAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
PL_DAYS = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela")
PL_MONTHS = "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split()
TR_DAYS = ("Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar")
TR_MONTHS = "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split()
RU_MONTHS = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
RU_SHORT = "янв фев мар апр мая июн июл авг сен окт ноя дек".split()
SV_MONTHS = "januari februari mars april maj juni juli augusti september oktober november december".split()
JA_DAYS = "月火水木金土日"


class Head(NamedTuple):
    """What a form writes around an article: header lines (``main``: the one a segment start must reach, lines
    above it may fall on either side), lines after the body, and a lead put before the first paragraph."""

    header: list[str]
    footer: tuple[str, ...] | list[str] = ()
    lead: str = ""
    main: int = 0


@dataclass
class Ctx:
    """A page's shared state: its random stream, numeric order, capture date and what a form needs to know."""

    rng: random.Random
    day_first: bool
    capture: dt.date | None = None
    extra: dict = field(default_factory=dict)
    floor: int = 7 * 60  # the earliest minute of the day a stamp may take (a thread's posts of one day in order)
    mark: int | None = None  # the first minute drawn since the floor was set (the post's own stamp)

    def after(self, same_day: bool) -> None:
        """The next post's stamps: later than the last post's when it was written on the same day."""
        self.floor = min((self.mark or self.floor) + 1, 22 * 60) if same_day else 7 * 60
        self.mark = None

    def hm(self) -> tuple[int, int]:
        minute = self.rng.randrange(self.floor, 23 * 60)
        if self.mark is None:
            self.mark = minute
        return divmod(minute, 60)

    def clock(self, sep: str = ":") -> str:
        h, m = self.hm()
        return f"{h:02d}{sep}{m:02d}"

    def clocks(self, sep: str = ":") -> tuple[str, str]:
        """Two times of one day, the first earlier (a publication and its same-day update)."""
        a, b = sorted(self.rng.sample(range(self.floor, 23 * 60), 2))
        return f"{a // 60:02d}{sep}{a % 60:02d}", f"{b // 60:02d}{sep}{b % 60:02d}"

    def clock12(self, pad=False, lower=False, space=True, seconds=False) -> tuple[str, str]:
        h, m = self.hm()
        hour = (h - 1) % 12 + 1
        ampm = "PM" if h >= 12 else "AM"
        ampm = ampm.lower() if lower else ampm
        sec = f":{self.rng.randrange(60):02d}" if seconds else ""
        return f"{hour:02d}" if pad else f"{hour}", f"{m:02d}{sec}{' ' if space else ''}{ampm}"

    def c12(self, **kw) -> str:
        hour, rest = self.clock12(**kw)
        return f"{hour}:{rest}"

    def num(self, d: dt.date, sep: str = "/", order: str = "", year: int = 4) -> str:
        order = order or ("dmy" if self.day_first else "mdy")
        y = str(d.year) if year == 4 else f"{d.year % 100:02d}"
        parts = {"d": f"{d.day:02d}", "m": f"{d.month:02d}", "y": y}
        return sep.join(parts[k] for k in order)

    def writer(self) -> str:
        return self.rng.choice(WRITERS)

    def nick(self) -> str:
        return self.rng.choice(NICKS)

    def later(self, d: dt.date, low: int = 1, high: int = 30) -> dt.date:
        return d + dt.timedelta(days=self.rng.randint(low, high))

    def edit(self, d: dt.date, high: int = 4) -> dt.date | None:
        """A later edit's day (None when it would fall after the page's capture)."""
        e = self.later(d, 1, high)
        return None if self.capture is not None and e > self.capture else e

    def earlier(self, d: dt.date, low: int = 1, high: int = 60) -> dt.date:
        return d - dt.timedelta(days=self.rng.randint(low, high))


def _mon(d: dt.date) -> str:
    return EN_MONTHS[d.month - 1][:3]


def _month(d: dt.date) -> str:
    return EN_MONTHS[d.month - 1]


def _dy(d: dt.date) -> str:
    return EN_DAYS[d.weekday()][:3]


def _day(d: dt.date) -> str:
    return EN_DAYS[d.weekday()]


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _ago(d: dt.date, ctx: Ctx) -> str | None:
    """A relative stamp against the page's capture date; None when the page shows no capture date or the gap is
    too long to say exactly (the form then falls back to an absolute stamp)."""
    if ctx.capture is None:
        return None
    gap = (ctx.capture - d).days
    if gap == 0:
        n = ctx.rng.randrange(1, 9)
        return f"{n} hour{'s' if n > 1 else ''} ago"
    if 1 <= gap <= 6:
        return f"{gap} day{'s' if gap > 1 else ''} ago"
    return None


def _epoch(d: dt.date, ctx: Ctx) -> int:
    h, m = ctx.hm()
    moment = dt.datetime(d.year, d.month, d.day, h, m, ctx.rng.randrange(60), tzinfo=dt.UTC)
    return int(moment.timestamp())


# --------------------------------------------------------------------------------------------------- forms
# Each form: (d, ctx, title) -> Head, or None when it cannot be written on this page (a relative stamp
# without a capture date). ``ctx.extra`` carries a thread's post number and the post a reply quotes.


def f_cms_created_modified(d, ctx, t):  # CMS info block: creation and modification dates, either order
    created = f"Created: {d.day:02d} {_month(d)} {d.year}"
    later = ctx.later(d, 1, 40)
    modified = f"Last modified: {later.day:02d} {_month(later)} {later.year}"
    pair = [created, modified] if ctx.rng.random() < 0.6 else [modified, created]
    return Head([t, " | ".join(pair)])


def f_drupal_submitted(d, ctx, t):  # Drupal node meta, numeric date in the site's order
    return Head([t, f"Submitted by {ctx.nick()} on {_dy(d)}, {ctx.num(d)} - {ctx.clock()}"])


def f_joomla_written_by(d, ctx, t):  # Joomla article: author, weekday date; "Last Updated" after the body
    footer = []
    if ctx.rng.random() < 0.6:
        u = ctx.later(d, 1, 20)
        footer = [f"Last Updated ( {_day(u)}, {u.day:02d} {_month(u)} {u.year} {ctx.clock()} )"]
    return Head([t, f"Written by {ctx.writer()}", f"{_day(d)}, {d.day:02d} {_month(d)} {d.year} {ctx.clock()}"], footer)


def f_card_split(d, ctx, t):  # card layout: the day on one line, month and year on the next, then the title
    month = _mon(d).upper() if ctx.rng.random() < 0.5 else _month(d)
    return Head([f"{d.day:02d}", f"{month} {d.year}", t], main=2)


def f_short_updated_pipe(d, ctx, t):  # short date, bar, a later update
    u = ctx.later(d, 1, 9)
    return Head([t, f"{d.day:02d} {_mon(d)} {d.year} | Updated {u.day:02d} {_mon(u)} {u.year}"])


def f_wp_posted_by_bar(d, ctx, t):  # blog theme meta bar: author | day month year | comment count
    n = ctx.rng.randrange(0, 14)
    count = "Leave a comment" if n == 0 else f"{n} Comment{'s' if n > 1 else ''}"
    return Head([t, f"Posted by {ctx.nick()} | {d.day} {_month(d)} {d.year} | {count}"])


def f_tumblr_notes(d, ctx, t):  # tumblelog: the stamp and note count after the post
    stamp = f"{_month(d)} {d.day}, {d.year} at {ctx.c12(lower=True, space=False)}"
    return Head([t], [f"{stamp} · {ctx.rng.randrange(2, 300)} notes", " ".join(ctx.rng.sample(TAGS, 2))])


def f_substack_caps(d, ctx, t):  # newsletter post: capitalised author and date, reaction bar
    likes, comments = ctx.rng.randrange(3, 400), ctx.rng.randrange(0, 60)
    return Head(
        [
            t,
            ctx.writer().upper(),
            f"{_mon(d).upper()} {d.day}, {d.year}",
            f"{likes} likes · {comments} comments · Share",
        ]
    )


def _quote_smf(ctx):
    prev = ctx.extra.get("prev")
    if not prev or ctx.rng.random() < 0.5:
        return []
    pd, who, text = prev
    return [f"Quote from: {who} on {_month(pd)} {pd.day:02d}, {pd.year}, {ctx.c12(pad=True, seconds=True)}", text]


def f_smf_reply_on(d, ctx, t):  # SMF: member box, subject, « Reply #n on: ... », quote with its own date
    n = ctx.extra.get("n", 0)
    stamp = f"{_month(d)} {d.day:02d}, {d.year}, {ctx.c12(pad=True, seconds=True)}"
    on = f"« Reply #{n} on: {stamp} »" if n else f"« on: {stamp} »"
    subject = f"Re: {t}" if n else t
    header = [ctx.extra.get("who", ctx.nick()), ctx.rng.choice(RANKS), f"Posts: {ctx.rng.randrange(5, 3000)}"]
    header += [subject, on, *_quote_smf(ctx)]
    footer = []
    if ctx.rng.random() < 0.3 and (e := ctx.edit(d)):
        footer = [f"« Last Edit: {_month(e)} {e.day:02d}, {e.year}, {ctx.c12(pad=True, seconds=True)} by {header[0]} »"]
    return Head(header, footer)


def f_vb_postnum(d, ctx, t):  # vBulletin: stamp and post number, member box with a join date, "Last edited by"
    n = ctx.extra.get("n", 0)
    gap = (ctx.capture - d).days if ctx.capture else None
    if gap in (0, 1) and ctx.rng.random() < 0.7:
        stamp = f"{'Today' if gap == 0 else 'Yesterday'}, {ctx.c12(pad=True)}"
    else:
        stamp = f"{ctx.num(d, '-')}, {ctx.c12(pad=True)}"
    who = ctx.extra.get("who", ctx.nick())
    joined = ctx.earlier(d, 200, 1500)
    header = [f"{stamp}    #{n + 1}", who, ctx.rng.choice(RANKS), f"Join Date: {_mon(joined)} {joined.year}"]
    header += [f"Location: {ctx.rng.choice(TOWNS)}", f"Posts: {ctx.rng.randrange(5, 9000):,}"]
    header.append(f"Re: {t}" if n else t)
    prev = ctx.extra.get("prev")
    if prev and ctx.rng.random() < 0.5:
        header += ["Quote:", f"Originally Posted by {prev[1]}", prev[2]]
    footer = []
    if ctx.rng.random() < 0.3 and (e := ctx.edit(d)):
        footer = [f"Last edited by {who}; {ctx.num(e, '-')} at {ctx.c12(pad=True)}."]
    return Head(header, footer)


def f_phpbb3_by_arrow(d, ctx, t):  # phpBB3: subject, "by X » Tue Mar 03, ..."; the profile with Joined after
    n = ctx.extra.get("n", 0)
    who = ctx.extra.get("who", ctx.nick())
    header = [f"Re: {t}" if n else t, f"by {who} » {_dy(d)} {_mon(d)} {d.day:02d}, {d.year} {ctx.c12(lower=True)}"]
    prev = ctx.extra.get("prev")
    if prev and ctx.rng.random() < 0.5:
        header += [f"{prev[1]} wrote:", prev[2]]
    j = ctx.earlier(d, 100, 1200)
    footer = [who, ctx.rng.choice(RANKS), f"Posts: {ctx.rng.randrange(3, 4000)}"]
    footer += [f"Joined: {_dy(j)} {_mon(j)} {j.day:02d}, {j.year} {ctx.c12(lower=True)}"]
    if ctx.rng.random() < 0.5:
        footer.append(f"Location: {ctx.rng.choice(TOWNS)}")
    return Head(header, footer)


def f_ipb_posted_dash(d, ctx, t):  # Invision board: name, "Posted 03 March 2009 - 02:14 PM", member info
    j = ctx.earlier(d, 100, 1200)
    header = [ctx.extra.get("who", ctx.nick()), f"Posted {d.day:02d} {_month(d)} {d.year} - {ctx.c12(pad=True)}"]
    header += [ctx.rng.choice(RANKS), "Group: Members", f"Posts: {ctx.rng.randrange(3, 5000):,}"]
    header += [f"Joined: {j.day:02d}-{_month(j)} {j.year % 100:02d}"]
    return Head(header)


def f_qa_asked(d, ctx, t):  # Q&A question: header with relative figures, "asked Mar 3 '09 at 14:22" after it
    header = [t]
    ago = _ago(d, ctx)
    if ago:
        header.append(f"Asked {ago}    Viewed {ctx.rng.randrange(20, 9000):,} times")
    asked = f"asked {_mon(d)} {d.day} '{d.year % 100:02d} at {ctx.clock()}"
    footer = ["Share  Improve this question  Follow"]
    if ctx.rng.random() < 0.4 and (e := ctx.edit(d, 3)):
        footer.append(f"edited {_mon(e)} {e.day} '{e.year % 100:02d} at {ctx.clock()}")
    footer += [asked, ctx.nick(), f"{ctx.rng.randrange(1, 40000):,}"]
    return Head(header, footer)


def f_qa_answered(d, ctx, t):  # Q&A answer: its vote count over the body, "answered ..." under it
    votes = str(ctx.rng.randrange(0, 250))
    header = [votes] if ctx.rng.random() < 0.6 else [votes, "✓ Accepted answer"]
    footer = ["Share  Improve this answer  Follow", f"answered {_mon(d)} {d.day} '{d.year % 100:02d} at {ctx.clock()}"]
    return Head(header, [*footer, ctx.nick(), f"{ctx.rng.randrange(1, 90000):,}"])


def f_reddit_ago(d, ctx, t):  # link listing: "submitted 3 days ago by X" (needs the capture date)
    ago = _ago(d, ctx)
    if ago is None:
        return None
    sub = ctx.rng.choice(CATEGORIES).lower().replace(" ", "")
    n = ctx.rng.randrange(2, 900)
    return Head([f"{t} (self.{sub})", f"submitted {ago} by {ctx.nick()}", f"{n} comments share save hide report"])


def f_reddit_ctime(d, ctx, t):  # the same listing with the stamp's title text: ctime layout with UTC
    h, m = ctx.hm()
    stamp = f"{_dy(d)} {_mon(d)} {d.day} {h:02d}:{m:02d}:{ctx.rng.randrange(60):02d} {d.year} UTC"
    sub = ctx.rng.choice(CATEGORIES).lower().replace(" ", "")
    n = ctx.rng.randrange(2, 900)
    return Head([f"{t} (self.{sub})", f"submitted on {stamp} by {ctx.nick()}", f"{n} comments share save hide report"])


def f_hn_ago(d, ctx, t):  # news aggregator: rank and title, "N points by X 3 days ago | N comments"
    ago = _ago(d, ctx)
    if ago is None:
        return None
    rank = ctx.extra.get("n", 0) + 1
    pts, com = ctx.rng.randrange(3, 900), ctx.rng.randrange(0, 400)
    site = ctx.rng.choice(SITES)
    return Head([f"{rank}. {t} ({site})", f"{pts} points by {ctx.nick()} {ago} | hide | past | {com} comments"])


def f_hn_on(d, ctx, t):  # the same, older items: "on Mar 3, 2009"
    rank = ctx.extra.get("n", 0) + 1
    pts, com = ctx.rng.randrange(3, 900), ctx.rng.randrange(0, 400)
    site = ctx.rng.choice(SITES)
    return Head(
        [f"{rank}. {t} ({site})", f"{pts} points by {ctx.nick()} on {_mon(d)} {d.day}, {d.year} | {com} comments"]
    )


def f_tweet_stamp(d, ctx, t):  # a saved post: name and handle over it, "2:14 PM · Mar 3, 2009" under it
    if ctx.rng.random() < 0.5:
        stamp = f"{ctx.c12()} · {_mon(d)} {d.day}, {d.year}"
    else:
        stamp = f"{ctx.c12()} - {d.day} {_mon(d)} {d.year}"
    rt, likes = ctx.rng.randrange(0, 900), ctx.rng.randrange(0, 4000)
    return Head([ctx.writer(), f"@{ctx.nick()}"], [stamp, f"{rt} Retweets  {likes} Likes"])


def f_facebook_at(d, ctx, t):  # page post: name, "March 3, 2009 at 2:14pm ·", reactions after
    who = ctx.extra.get("who") or ctx.writer()
    return Head([who, f"{_month(d)} {d.day}, {d.year} at {ctx.c12(lower=True, space=False)} ·"], _fb_footer(ctx))


def f_facebook_noyear(d, ctx, t):  # the same in the capture's year: "March 3 at 2:14pm" (year from the capture)
    if ctx.capture is None or ctx.capture.year != d.year:
        return None
    who = ctx.extra.get("who") or ctx.writer()
    return Head([who, f"{_month(d)} {d.day} at {ctx.c12(lower=True, space=False)} ·"], _fb_footer(ctx))


def _fb_footer(ctx):
    return ["Like · Comment · Share", f"{ctx.rng.randrange(2, 500)} people like this."]


def f_ja(d, ctx, t):  # Japanese news: 2009年3月3日(火) 14時22分
    h, m = ctx.hm()
    return Head([t, f"{d.year}年{d.month}月{d.day}日({JA_DAYS[d.weekday()]}) {h}時{m:02d}分", "共同通信"])


def f_zh(d, ctx, t):  # Chinese portal: date with 年月日, source and author
    return Head([t, f"{d.year}年{d.month:02d}月{d.day:02d}日{ctx.clock()}　来源：新华网　作者：李明"])


def f_ko(d, ctx, t):  # Korean news: 입력 (published) and 수정 (modified) dotted dates
    u = ctx.later(d, 0, 3)
    c1, c2 = ctx.clocks()
    return Head(
        [
            t,
            f"입력 {d.year}.{d.month:02d}.{d.day:02d} {c1} | 수정 {u.year}.{u.month:02d}.{u.day:02d} {c2}",
        ]
    )


def f_de(d, ctx, t):  # German news: Dienstag, 03.03.2009, 14:22 Uhr
    return Head([t, f"{DE_DAYS[d.weekday()]}, {ctx.num(d, '.', 'dmy')}, {ctx.clock()} Uhr", f"Von {ctx.writer()}"])


def f_fr(d, ctx, t):  # French news: Publié le 03/03/2009 à 14h22 - Mis à jour le ...
    u = ctx.later(d, 0, 3)
    c1, c2 = ctx.clocks("h")
    pub = f"Publié le {ctx.num(d, '/', 'dmy')} à {c1}"
    return Head([t, f"{pub} - Mis à jour le {ctx.num(u, '/', 'dmy')} à {c2}"])


def f_es(d, ctx, t):  # Spanish news: Actualizado martes 03/03/2009 14:22 (CET)
    return Head([t, f"Actualizado {ES_DAYS[d.weekday()]} {ctx.num(d, '/', 'dmy')} {ctx.clock()} (CET)"])


def f_pl(d, ctx, t):  # Polish portal: Dodano: wtorek, 3 marca 2009 14:22
    return Head([t, f"Dodano: {PL_DAYS[d.weekday()]}, {d.day} {PL_MONTHS[d.month - 1]} {d.year} {ctx.clock()}"])


def f_tr(d, ctx, t):  # Turkish news: 03 Mart 2009 Salı 14:22, later Güncelleme
    u = ctx.later(d, 0, 2)
    c1, c2 = ctx.clocks()
    return Head(
        [
            t,
            f"{d.day:02d} {TR_MONTHS[d.month - 1]} {d.year} {TR_DAYS[d.weekday()]} {c1}",
            f"Güncelleme: {u.day:02d} {TR_MONTHS[u.month - 1]} {u.year} {c2}",
        ]
    )


def f_ru(d, ctx, t):  # Russian agency: time then dotted date; the lead's dateline with a short month, no year
    lead = f"МОСКВА, {d.day} {RU_SHORT[d.month - 1]} — РИА Новости. "
    return Head([f"{ctx.clock()} {ctx.num(d, '.', 'dmy')}", t], lead=lead, main=1)


def f_sv(d, ctx, t):  # Swedish news: Publicerad 3 mars 2009 kl 14.22, Uppdaterad ...
    u = ctx.later(d, 0, 2)
    c1, c2 = ctx.clocks(".")
    pub = f"Publicerad {d.day} {SV_MONTHS[d.month - 1]} {d.year} kl {c1}"
    return Head([t, f"{pub} | Uppdaterad {u.day} {SV_MONTHS[u.month - 1]} {u.year} kl {c2}"])


def f_press_release(d, ctx, t):  # press release: FOR IMMEDIATE RELEASE, dateline with the wire, ### end
    lead = f"{ctx.rng.choice(CITIES)}, {_month(d)} {d.day}, {d.year} /{ctx.rng.choice(WIRES)}/ -- "
    footer = ["###", f"Media contact: {ctx.writer()}, +1 555 01{ctx.rng.randrange(10, 99)}, press@example.org"]
    return Head(["FOR IMMEDIATE RELEASE", t], footer, lead, main=1)


def f_embargoed(d, ctx, t):  # embargoed release: capitalised weekday date over the title, notes after
    stamp = f"EMBARGOED UNTIL 00:01 GMT, {_day(d).upper()} {d.day} {_month(d).upper()} {d.year}"
    return Head([stamp, t], ["ENDS", "Notes to editors: interviews are available on request."], main=1)


def f_published_et(d, ctx, t):  # business news: Published 3:45 PM ET Tue, 3 March 2009
    return Head([t, f"Published {ctx.c12()} ET {_dy(d)}, {d.day} {_month(d)} {d.year}", f"By {ctx.writer()}"])


def f_page_last_updated(d, ctx, t):  # broadcaster's page: "Page last updated at 14:22 GMT, Tuesday, 3 March 2009"
    clock = ctx.clock()
    return Head([f"Page last updated at {clock} GMT, {_day(d)}, {d.day} {_month(d)} {d.year}", t], main=1)


def f_story_from_published(d, ctx, t):  # broadcaster's print view: the only stamp after the body
    url = f"http://news.{ctx.rng.choice(SITES)}/go/pr/fr/-/2/hi/world/{ctx.rng.randrange(10**6, 10**7)}.stm"
    footer = [
        "Story from EXAMPLE NEWS:",
        url,
        f"Published: {d.year}/{d.month:02d}/{d.day:02d} {ctx.clock()}:{ctx.rng.randrange(60):02d} GMT",
    ]
    return Head([t, f"By {ctx.writer()}", f"Example News, {ctx.rng.choice(CITIES).title()}"], footer)


def f_print_version(d, ctx, t):  # newspaper site: plain date; a print note AFTER the body dated the next day
    p = d + dt.timedelta(days=1)
    note = (
        f"A version of this article appears in print on {_month(p)} {p.day}, {p.year}, on Page A{ctx.rng.randrange(1, 30)} "
        f"of the National edition with the headline: {t}."
    )
    return Head([t, f"By {ctx.writer().upper()}", f"{_month(d)} {d.day}, {d.year}"], [note])


def f_wikinews(d, ctx, t):  # citizen wiki news: weekday date line, sources with their dates, "last edited"
    s = ctx.earlier(d, 0, 2)
    e = ctx.later(d, 3, 200)
    footer = [
        "Sources",
        f'"{t[:40]}" — {ctx.rng.choice(OUTLETS)}, {_month(s)} {s.day}, {s.year}',
        f"This page was last edited on {e.day} {_month(e)} {e.year}, at {ctx.clock()}.",
    ]
    return Head([t, f"{_day(d)}, {_month(d)} {d.day}, {d.year}"], footer)


def f_yahoo_noyear(d, ctx, t):  # portal copy of a wire story: "By X, Reuters – Tue Mar 3, 2:14 pm ET", no year
    agency = ctx.rng.choice(AGENCIES)
    line = f"By {ctx.writer()}, {agency} – {_dy(d)} {_mon(d)} {d.day}, {ctx.c12(lower=True)} ET"
    return Head([t, line], lead=f"{ctx.rng.choice(CITIES)} ({agency}) – ")


def f_rss(d, ctx, t):  # RSS item as text: <pubDate> in RFC 822 form
    h, m = ctx.hm()
    link = f"<link>http://{ctx.extra.get('site', SITES[0])}/?p={ctx.rng.randrange(100, 9999)}</link>"
    pub = f"<pubDate>{_dy(d)}, {d.day:02d} {_mon(d)} {d.year} {h:02d}:{m:02d}:{ctx.rng.randrange(60):02d} GMT</pubDate>"
    return Head(["<item>", f"<title>{t}</title>", link, pub, "<description>"], ["</description>", "</item>"])


def f_atom(d, ctx, t):  # Atom entry as text: <published> and a later <updated>
    u = min(ctx.later(d, 0, 15), ctx.extra.get("built", dt.date.max))  # (never after the feed's own <updated>)
    iso = f"{d.isoformat()}T{ctx.clock()}:00Z"
    header = [
        "<entry>",
        f'<title type="text">{t}</title>',
        f"<id>tag:{ctx.extra.get('site', SITES[0])},{d.year}:/news/{ctx.rng.randrange(1000, 99999)}</id>",
    ]
    header += [
        f"<published>{iso}</published>",
        f"<updated>{u.isoformat()}T{ctx.clock()}:00Z</updated>",
        '<content type="text">',
    ]
    return Head(header, ["</content>", "</entry>"])


def f_created_utc(d, ctx, t):  # a post dump's key-value record: epoch seconds
    header = [
        f"title: {t}",
        f"author: {ctx.nick()}",
        f"created_utc: {_epoch(d, ctx)}",
        f"score: {ctx.rng.randrange(1, 3000)}",
    ]
    return Head(header + ["selftext:"])


def f_weekday_dateline(d, ctx, t):  # newspaper edition, daily masthead: "WASHINGTON, Tuesday (Reuters) –"
    lead = f"{ctx.rng.choice(CITIES)}, {_day(d)} ({ctx.rng.choice(AGENCIES)}) – "
    return Head([t, f"By {ctx.writer()}"], lead=lead)


def f_week_masthead(d, ctx, t):  # weekly edition, masthead with the ISO week: the same weekday datelines
    return f_weekday_dateline(d, ctx, t)


FORMS = (
    ("cms-created-modified", f_cms_created_modified, "Created: 03 March 2009 | Last modified: 17 March 2009"),
    ("drupal-submitted", f_drupal_submitted, "Submitted by papertrail on Tue, 03/03/2009 - 14:22"),
    (
        "joomla-written-by",
        f_joomla_written_by,
        "Written by Henrik Lund / Tuesday, 03 March 2009 14:22 ... Last Updated ( Friday, 06 March 2009 09:10 )",
    ),
    ("card-split", f_card_split, "03 / MAR 2009 / Title (day and month-year on two lines over the title)"),
    ("short-updated-pipe", f_short_updated_pipe, "03 Mar 2009 | Updated 04 Mar 2009"),
    ("wp-posted-by-bar", f_wp_posted_by_bar, "Posted by k8_w | 3 March 2009 | 4 Comments"),
    ("tumblr-notes", f_tumblr_notes, "(after the post) March 3, 2009 at 2:14pm · 12 notes"),
    ("substack-caps", f_substack_caps, "NADIA OKAFOR / MAR 3, 2009 / 12 likes · 4 comments · Share"),
    (
        "smf-reply-on",
        f_smf_reply_on,
        "« Reply #3 on: March 03, 2009, 02:14:55 PM » (a quote: Quote from: X on March 01, 2009, ...)",
    ),
    (
        "vb-postnum",
        f_vb_postnum,
        "03-03-2009, 02:14 PM    #5 / Join Date: Jan 2005 ... Last edited by X; 03-05-2009 at 10:02 AM.",
    ),
    (
        "phpbb3-by-arrow",
        f_phpbb3_by_arrow,
        "by fennec » Tue Mar 03, 2009 2:14 pm ... (after the body) Joined: Mon Jan 10, 2005 9:12 am",
    ),
    ("ipb-posted-dash", f_ipb_posted_dash, "Posted 03 March 2009 - 02:14 PM / Joined: 12-January 05"),
    (
        "qa-asked",
        f_qa_asked,
        "Asked 3 days ago ... (after the body) edited Mar 5 '09 at 10:02 / asked Mar 3 '09 at 14:22",
    ),
    ("qa-answered", f_qa_answered, "12 / body / answered Mar 3 '09 at 14:22"),
    ("reddit-submitted-ago", f_reddit_ago, "submitted 3 days ago by grumpy_otter (capture line: 6 March 2009)"),
    ("reddit-submitted-ctime", f_reddit_ctime, "submitted on Tue Mar 3 14:22:01 2009 UTC by grumpy_otter"),
    ("hn-points-ago", f_hn_ago, "123 points by mapmaker 3 days ago | hide | past | 45 comments"),
    ("hn-points-on", f_hn_on, "123 points by mapmaker on Mar 3, 2009 | 45 comments"),
    ("tweet-stamp", f_tweet_stamp, "(after the post) 2:14 PM · Mar 3, 2009  or  2:14 PM - 3 Mar 2009"),
    ("facebook-at", f_facebook_at, "March 3, 2009 at 2:14pm ·"),
    ("facebook-at-noyear", f_facebook_noyear, "March 3 at 2:14pm · (the capture line's year)"),
    ("ja-nen-gatsu", f_ja, "2009年3月3日(火) 14時22分"),
    ("zh-source", f_zh, "2009年03月03日14:22　来源：新华网"),
    ("ko-input-edit", f_ko, "입력 2009.03.03 14:22 | 수정 2009.03.04 09:10"),
    ("de-weekday-uhr", f_de, "Dienstag, 03.03.2009, 14:22 Uhr"),
    ("fr-publie-le", f_fr, "Publié le 03/03/2009 à 14h22 - Mis à jour le 04/03/2009 à 09h10"),
    ("es-actualizado", f_es, "Actualizado martes 03/03/2009 14:22 (CET)"),
    ("pl-dodano", f_pl, "Dodano: wtorek, 3 marca 2009 14:22"),
    ("tr-month-weekday", f_tr, "03 Mart 2009 Salı 14:22 / Güncelleme: 04 Mart 2009 09:10"),
    ("ru-time-first", f_ru, "14:22 03.03.2009 / МОСКВА, 3 мар — РИА Новости."),
    ("sv-publicerad-kl", f_sv, "Publicerad 3 mars 2009 kl 14.22 | Uppdaterad 4 mars 2009 kl 09.10"),
    ("press-release", f_press_release, "FOR IMMEDIATE RELEASE / Title / WASHINGTON, March 3, 2009 /PRNewswire/ -- ..."),
    ("embargoed-until", f_embargoed, "EMBARGOED UNTIL 00:01 GMT, TUESDAY 3 MARCH 2009"),
    ("published-clock-et", f_published_et, "Published 3:45 PM ET Tue, 3 March 2009"),
    ("page-last-updated", f_page_last_updated, "Page last updated at 14:22 GMT, Tuesday, 3 March 2009"),
    (
        "story-from-published",
        f_story_from_published,
        "(after the body) Story from EXAMPLE NEWS: ... Published: 2009/03/03 14:22:21 GMT",
    ),
    (
        "print-version-note",
        f_print_version,
        "March 3, 2009 ... (after) A version of this article appears in print on March 4, 2009",
    ),
    (
        "wikinews-dateline",
        f_wikinews,
        "Tuesday, March 3, 2009 ... (after) This page was last edited on 17 March 2009, at 09:12.",
    ),
    (
        "yahoo-source-noyear",
        f_yahoo_noyear,
        "By Katya Orlova, Reuters – Tue Mar 3, 2:14 pm ET (the year from the page's footer)",
    ),
    ("rss-pubdate", f_rss, "<pubDate>Tue, 03 Mar 2009 14:22:01 GMT</pubDate>"),
    ("atom-published", f_atom, "<published>2009-03-03T14:22:00Z</published> <updated>2009-03-10T09:10:00Z</updated>"),
    ("created-utc", f_created_utc, "created_utc: 1236090121"),
    ("weekday-dateline", f_weekday_dateline, "masthead Tuesday, March 3, 2009 / WASHINGTON, Tuesday (Reuters) – ..."),
    ("week-masthead-weekday", f_week_masthead, "masthead Week 10, 2009 · 2–8 March / WASHINGTON, Tuesday (AP) – ..."),
)
FORM_FUNCS = {name: fn for name, fn, _ in FORMS}

STYLE_FORMS = {
    "cms": ("cms-created-modified", "drupal-submitted", "joomla-written-by", "card-split", "short-updated-pipe"),
    "blog": ("wp-posted-by-bar", "tumblr-notes", "substack-caps", "card-split"),
    "forum": ("smf-reply-on", "vb-postnum", "phpbb3-by-arrow", "ipb-posted-dash"),
    "qa": ("qa-asked", "qa-answered"),
    "social": (
        "reddit-submitted-ago",
        "reddit-submitted-ctime",
        "hn-points-ago",
        "hn-points-on",
        "tweet-stamp",
        "facebook-at",
        "facebook-at-noyear",
    ),
    "intl": (
        "ja-nen-gatsu",
        "zh-source",
        "ko-input-edit",
        "de-weekday-uhr",
        "fr-publie-le",
        "es-actualizado",
        "pl-dodano",
        "tr-month-weekday",
        "ru-time-first",
        "sv-publicerad-kl",
    ),
    "pressroom": ("press-release", "embargoed-until"),
    "clippings": (
        "published-clock-et",
        "page-last-updated",
        "story-from-published",
        "print-version-note",
        "wikinews-dateline",
        "yahoo-source-noyear",
    ),
    "feed": ("rss-pubdate", "atom-published", "created-utc"),
    "edition": ("weekday-dateline", "week-masthead-weekday"),
}
STYLES = tuple(STYLE_FORMS)

# one site (board engine, platform, language, feed format) a page, taken in turn
FORUM_ENGINES = ("smf-reply-on", "vb-postnum", "phpbb3-by-arrow", "ipb-posted-dash")
PLATFORMS = ("reddit", "hn", "twitter", "facebook")
LANGUAGES = (
    "ja-nen-gatsu",
    "de-weekday-uhr",
    "fr-publie-le",
    "zh-source",
    "es-actualizado",
    "ru-time-first",
    "ko-input-edit",
    "pl-dodano",
    "tr-month-weekday",
    "sv-publicerad-kl",
)
FEEDS = ("rss-pubdate", "atom-published", "created-utc")

# language furniture: navigation, the related-articles heading and how its dates are written
INTL = {
    "ja-nen-gatsu": ("トップ | 国際 | 政治 | 経済 | スポーツ", "関連記事", lambda d: f"({d.month}/{d.day})"),
    "zh-source": ("首页 | 国际 | 财经 | 评论", "相关新闻", lambda d: f"{d.year}-{d.month:02d}-{d.day:02d}"),
    "ko-input-edit": ("홈 | 정치 | 경제 | 국제 | 사회", "관련기사", lambda d: f"{d.year}.{d.month:02d}.{d.day:02d}"),
    "de-weekday-uhr": (
        "Startseite | Politik | Wirtschaft | Ausland",
        "Lesen Sie auch",
        lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    ),
    "fr-publie-le": (
        "Accueil | International | Économie | Idées",
        "À lire aussi",
        lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
    ),
    "es-actualizado": (
        "Portada | Internacional | España | Economía",
        "Noticias relacionadas",
        lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
    ),
    "ru-time-first": (
        "Главная | В мире | Политика | Экономика",
        "Читайте также",
        lambda d: f"{d.day} {RU_MONTHS[d.month - 1]} {d.year}",
    ),
    "pl-dodano": (
        "Strona główna | Świat | Kraj | Biznes",
        "Czytaj także",
        lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    ),
    "tr-month-weekday": (
        "Anasayfa | Dünya | Ekonomi | Gündem",
        "İlgili Haberler",
        lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    ),
    "sv-publicerad-kl": (
        "Nyheter | Inrikes | Utrikes | Ekonomi",
        "Läs också",
        lambda d: f"{d.day} {SV_MONTHS[d.month - 1][:3]}",
    ),
}

CAPTURE_LINES = (
    lambda c, ctx: f"Snapshot taken {c.day} {_mon(c)} {c.year} 08:14:00 UTC",
    lambda c, ctx: f"[Clipped {_day(c)}, {_month(c)} {c.day}, {c.year} with a web clipper]",
    lambda c, ctx: f"Downloaded: {c.isoformat()} 08:14",
    lambda c, ctx: f"This page was saved on {ctx.num(c)} at 08:14",
    lambda c, ctx: f"Wayback capture of {_mon(c)} {c.day}, {c.year} 08:14:00 (web.archive.org/web/{c:%Y%m%d}081400/)",
)
COOKIE = "We use cookies to personalise content and ads and to analyse our traffic. Accept all | Manage settings"


# ----------------------------------------------------------------------------------------------- the page


@dataclass
class _Sheet:
    """A page being written, with its gold segments."""

    parts: list[str] = field(default_factory=list)
    gold: list[GoldSegment] = field(default_factory=list)
    zone: int = 0

    @property
    def offset(self) -> int:
        return sum(len(p) for p in self.parts)

    def lines(self, *lines: str) -> None:
        lines = [x for x in lines if x]
        if lines:
            self.parts.append("\n".join(lines) + "\n\n")

    def segment(
        self,
        head: Head,
        body: list[str],
        kind: str,
        date: dt.date | None,
        form: str,
        article: str = "",
        gap: str = "\n",
    ) -> None:
        header = list(head.header)
        start = self.offset + sum(len(h) + 1 for h in header[: head.main])
        if header:
            self.parts.append("\n".join(header) + "\n" + gap)
        body_at = self.offset
        self.parts.append("\n\n".join(body) + "\n\n")
        if head.footer:
            self.parts.append("\n".join(head.footer) + "\n\n")
        self.gold.append(GoldSegment(start, self.zone, body_at, kind, date, form, article))
        self.zone = self.offset

    def text(self) -> str:
        return "".join(self.parts).rstrip("\n") + "\n"


def _body(a: Article, lead: str = "", wrap: int = 0) -> list[str]:
    paragraphs = list(a.paragraphs)
    paragraphs[0] = lead + paragraphs[0]
    return [textwrap.fill(p, wrap) if wrap else p for p in paragraphs]


def _excerpt(a: Article, size: int = 110) -> str:
    text = a.paragraphs[0]
    if len(text) <= size:
        return text
    return text[:size].rsplit(" ", 1)[0] + " ..."


def _choose(rng: random.Random, articles: list[Article], n: int, days: int = 20) -> list[Article]:
    """``n`` articles from one stretch of time, in date order."""
    n = min(n, len(articles))
    first = rng.choice(articles)
    near = [a for a in articles if a is not first and abs((a.date - first.date).days) <= days]
    rng.shuffle(near)
    chosen = [first] + near[: n - 1]
    rest = [a for a in articles if a not in chosen]
    rng.shuffle(rest)
    chosen += rest[: n - len(chosen)]
    return sorted(chosen, key=lambda a: (a.date, a.id))


def _choose_week(rng: random.Random, articles: list[Article], n: int) -> tuple[list[Article], bool]:
    """Articles of one day (True) or of one ISO week, for an edition page whose datelines give only the weekday."""
    n = min(n, len(articles))
    for _ in range(60):
        first = rng.choice(articles)
        same_day = rng.random() < 0.4
        if same_day:
            group = [a for a in articles if a.date == first.date]
        else:
            group = [a for a in articles if a.date.isocalendar()[:2] == first.date.isocalendar()[:2]]
        if len(group) >= 2:
            rng.shuffle(group)
            return sorted(group[:n], key=lambda a: (a.date, a.id)), same_day
    # no day or week holds two articles: a week-long window from one article
    first = rng.choice(articles)
    group = [a for a in articles if 0 <= (a.date - first.date).days <= 6]
    if len(group) < 2:
        group = _choose(rng, articles, n)
    return sorted(group[:n], key=lambda a: (a.date, a.id)), False


def _related(ctx: Ctx, others: list[Article], d: dt.date, fmt) -> list[str]:
    """A related-articles list: other titles with OTHER (earlier) dates."""
    k = min(len(others), ctx.rng.randrange(2, 4))
    picks = ctx.rng.sample(others, k) if k else []
    return [f"{o.title} ({fmt(ctx.earlier(d, 2, 90))})" for o in picks]


def _comments(s: _Sheet, ctx: Ctx, d: dt.date, style: str) -> None:
    """A block of reader comments under an article (a segment of kind comments, not dated by the gold)."""
    k = ctx.rng.randrange(1, 5)
    s.lines(f"{k} Comment{'s' if k > 1 else ''}" if style == "blog" else f"Reader comments ({k})")
    out = []
    for _ in range(k):
        cd = ctx.later(d, 0, 2)
        if ctx.capture is not None and cd > ctx.capture:
            cd = ctx.capture
        ago = _ago(cd, ctx)
        if ago is None and ctx.capture is None and ctx.extra.get("undated"):
            ago = f"{ctx.rng.randrange(2, 11)} hours ago"  # an undated page's stamps cannot be resolved
        who = ctx.nick()
        if ago:
            out.append(f"{who} · {ago}\n{ctx.rng.choice(COMMENT_TEXTS)}\nReply")
        else:
            out.append(
                f"{who} says:\n{_month(cd)} {cd.day}, {cd.year} at {ctx.c12(lower=True)}\n{ctx.rng.choice(COMMENT_TEXTS)}\nReply"
            )
    s.segment(Head([]), out, "comments", None, "comments")


def _form(name: str, fallback: str, d: dt.date, ctx: Ctx, t: str) -> tuple[Head, str]:
    """The form ``name``, or ``fallback`` where it cannot be written on this page."""
    head = FORM_FUNCS[name](d, ctx, t)
    return (head, name) if head is not None else (FORM_FUNCS[fallback](d, ctx, t), fallback)


def make_page(
    rng: random.Random, articles: list[Article], style: str, dated: bool, turn: int
) -> tuple[str, list[GoldSegment]]:
    ctx = Ctx(rng, day_first=rng.random() < 0.5)
    n = rng.randint(2, 6)
    if style == "edition":
        chosen, daily = _choose_week(rng, articles, n)
    else:
        chosen = _choose(rng, articles, n)
    last = max(a.date for a in chosen)
    show_capture = dated and (style in ("social", "qa") or rng.random() < 0.45)
    if show_capture:
        ctx.capture = last + dt.timedelta(days=rng.randrange(0, 4))
    ctx.extra["undated"] = not dated
    site_i = rng.randrange(len(SITES))
    ctx.extra["site"] = SITES[site_i]
    s = _Sheet()
    capture_line = rng.choice(CAPTURE_LINES)(ctx.capture, ctx) if ctx.capture else ""
    capture_top = capture_line and rng.random() < 0.6
    if capture_top:
        s.lines(capture_line)
    year = (ctx.capture or last).year
    others = [a for a in articles if a not in chosen]

    def gold_form(name: str) -> str:
        return name if dated else "none"

    if style in ("cms", "blog"):
        cookie = rng.random() < 0.5
        if cookie:
            policy = ctx.earlier(chosen[0].date, 5, 200) if dated else None
            s.lines(
                COOKIE + (f" (Privacy policy updated {policy.day} {_month(policy)} {policy.year})" if policy else "")
            )
        outlet = rng.choice(OUTLETS)
        if style == "cms":
            s.lines(outlet, "Home | News | Features | Publications | About us | Contact", "Search this site")
        else:
            s.lines(f"{ctx.writer().split()[0]}'s notebook", "Home  About  Archive  Subscribe")
        order = chosen if style == "cms" else list(reversed(chosen))  # a blog shows the newest first
        forms = list(STYLE_FORMS[style])
        rng.shuffle(forms)
        for k, a in enumerate(order):
            name = forms[k % len(forms)]
            head = FORM_FUNCS[name](a.date, ctx, a.title) if dated else Head([a.title, f"By {ctx.writer()}"])
            if style == "cms" and rng.random() < 0.5:
                crumb = f"Home › {rng.choice(CATEGORIES)} › {a.date.year if dated else 'Archive'} › {a.title[:30]}"
                head = Head([crumb, *head.header], head.footer, head.lead, head.main + 1)
            s.segment(head, _body(a, head.lead), "article" if style == "cms" else "post", a.date, gold_form(name), a.id)
            if rng.random() < 0.3:
                s.lines("Share: Facebook · Twitter · LinkedIn · Email · Print")
            if dated and style == "cms" and others and rng.random() < 0.5:
                s.lines("Related articles", *_related(ctx, others, a.date, lambda x: f"{x.day:02d} {_mon(x)} {x.year}"))
            if rng.random() < 0.35:
                _comments(s, ctx, a.date, style)
        if style == "blog" and dated:
            months = sorted({(a.date.year, a.date.month) for a in chosen}, reverse=True)
            first = dt.date(*months[-1], 1)
            prior = [(first - dt.timedelta(days=28 * k + 1)) for k in range(1, 3)]
            archive = [f"{EN_MONTHS[m - 1]} {y} ({rng.randrange(2, 15)})" for y, m in months]
            archive += [f"{_month(p)} {p.year} ({rng.randrange(2, 15)})" for p in prior]
            s.lines("Archives", *archive)
        s.lines(f"© {year - rng.randrange(1, 6)}–{year} {outlet}. All rights reserved." if dated else f"© {outlet}")
    elif style == "forum":
        engine = FORUM_ENGINES[turn % len(FORUM_ENGINES)]
        board = rng.choice(("General Discussion", "Current Events", "Off-Topic", "World News"))
        s.lines(f"Example Community Forums › {board} › {chosen[0].title[:40]}", f"Page 1 of 1    {len(chosen)} posts")
        prev = None
        for k, a in enumerate(chosen):
            who = ctx.nick()
            ctx.extra.update(n=k, who=who, prev=prev)
            ctx.after(same_day=bool(prev) and prev[0] == a.date)
            head = FORM_FUNCS[engine](a.date, ctx, chosen[0].title)
            if not dated:
                head = Head([who, rng.choice(RANKS), f"Re: {chosen[0].title}" if k else chosen[0].title])
            s.segment(head, _body(a), "post", a.date, gold_form(engine), a.id, gap=rng.choice(("\n", "")))
            prev = (a.date, who, _excerpt(a))
            if rng.random() < 0.3:
                s.lines("Report to moderator   Logged" if engine == "smf-reply-on" else "Reply With Quote")
        s.lines("Powered by a bulletin board engine", "All times are GMT" if dated else "")
    elif style == "qa":
        s.lines("Example Stack › Questions › Tags › Users", "")
        q, answers = chosen[0], chosen[1:]
        head = (
            f_qa_asked(q.date, ctx, q.title) if dated else Head([q.title], ["Share  Improve this question", ctx.nick()])
        )
        s.segment(head, _body(q), "post", q.date, gold_form("qa-asked"), q.id)
        s.lines(f"{len(answers)} Answer{'s' if len(answers) > 1 else ''}", "Sorted by: Highest score (default)")
        for a in answers:
            ctx.after(same_day=a.date == q.date)
            head = f_qa_answered(a.date, ctx, a.title) if dated else Head([str(rng.randrange(0, 50))], [ctx.nick()])
            s.segment(head, _body(a), "post", a.date, gold_form("qa-answered"), a.id)
        if dated and others:
            s.lines("Linked", *[f"{o.title}?" for o in rng.sample(others, min(2, len(others)))])
    elif style == "social":
        platform = PLATFORMS[turn % len(PLATFORMS)]
        shown = list(reversed(chosen))  # newest first
        s.lines(
            {"reddit": "reddit.example: the front page", "hn": "Example News | new | past | comments | ask | show"}.get(
                platform, f"{platform.title()} — saved items"
            )
        )
        page_owner = rng.choice(OUTLETS)
        for k, a in enumerate(shown):
            ctx.extra.update(n=k, who=page_owner if platform == "facebook" else None)
            if platform == "reddit":
                first = "reddit-submitted-ago" if rng.random() < 0.75 else "reddit-submitted-ctime"
                head, name = _form(first, "reddit-submitted-ctime", a.date, ctx, a.title)
            elif platform == "hn":
                head, name = _form("hn-points-ago", "hn-points-on", a.date, ctx, a.title)
            elif platform == "twitter":
                head, name = _form("tweet-stamp", "tweet-stamp", a.date, ctx, a.title)
            else:
                first = "facebook-at-noyear" if rng.random() < 0.5 else "facebook-at"
                head, name = _form(first, "facebook-at", a.date, ctx, a.title)
            if not dated:
                head = (
                    Head([a.title, f"by {ctx.nick()}"])
                    if platform in ("reddit", "hn")
                    else Head([ctx.writer(), f"@{ctx.nick()}"])
                )
            s.segment(head, _body(a), "post", a.date, gold_form(name), a.id)
        s.lines("About · Help · Terms · Privacy")
    elif style == "intl":
        name = LANGUAGES[turn % len(LANGUAGES)]
        nav, related, fmt = INTL[name]
        s.lines(nav)
        for a in reversed(chosen):
            head = FORM_FUNCS[name](a.date, ctx, a.title) if dated else Head([a.title])
            s.segment(head, _body(a, head.lead), "article", a.date, gold_form(name), a.id)
            if dated and others and rng.random() < 0.5:
                s.lines(related, *_related(ctx, others, a.date, fmt))
        s.lines(f"Copyright © {year} Example Media" if dated else "Copyright © Example Media")
    elif style == "pressroom":
        s.lines("Press room | News releases | Media contacts | Image library", "News releases")
        for a in reversed(chosen):
            name = rng.choice(STYLE_FORMS["pressroom"])
            head = (
                FORM_FUNCS[name](a.date, ctx, a.title)
                if dated
                else Head(["FOR IMMEDIATE RELEASE", a.title], ["###"], main=1)
            )
            s.segment(head, _body(a, head.lead, wrap=rng.choice((0, 76))), "article", a.date, gold_form(name), a.id)
        s.lines(f"© {year} Example Corporation" if dated else "Example Corporation")
    elif style == "clippings":
        s.lines("In the news — coverage of our work", "Home | Clippings | Subscribe")
        forms = list(STYLE_FORMS["clippings"])
        rng.shuffle(forms)
        items = [(a, forms[k % len(forms)]) for k, a in enumerate(chosen)]
        if rng.random() < 0.4 and len(items) < 6:  # a syndicated copy of one story, from another outlet
            a, f = rng.choice(items)
            items.insert(items.index((a, f)) + 1, (a, rng.choice([x for x in forms if x != f])))
        outlet = None
        for a, name in items:
            head = FORM_FUNCS[name](a.date, ctx, a.title) if dated else Head([a.title, f"By {ctx.writer()}"])
            outlet = rng.choice([o for o in OUTLETS if o != outlet])  # (a syndicated copy: another outlet)
            s.lines(f"From {outlet}:")
            s.segment(head, _body(a, head.lead, wrap=rng.choice((0, 0, 80))), "article", a.date, gold_form(name), a.id)
            if rng.random() < 0.25:
                _comments(s, ctx, a.date, style)
        s.lines(f"Copyright © {year} Reuters / Example Portal. All rights reserved." if dated else "Example Portal")
    elif style == "feed":
        name = FEEDS[turn % len(FEEDS)]
        built = ctx.later(last, 0, 3)
        ctx.extra["built"] = built
        if name == "rss-pubdate":
            s.lines(
                '<?xml version="1.0" encoding="UTF-8"?>',
                '<rss version="2.0">',
                "<channel>",
                f"<title>{OUTLETS[site_i]} - World</title>",
            )
            if dated:
                s.lines(
                    f"<lastBuildDate>{_dy(built)}, {built.day:02d} {_mon(built)} {built.year} 06:00:00 GMT</lastBuildDate>"
                )
        elif name == "atom-published":
            s.lines('<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{OUTLETS[site_i]}</title>")
            if dated:
                s.lines(f"<updated>{built.isoformat()}T06:00:00Z</updated>")
        else:
            s.lines(f"# export: r/{rng.choice(CATEGORIES).lower().replace(' ', '')}, {len(chosen)} posts")
        for a in reversed(chosen):
            head = FORM_FUNCS[name](a.date, ctx, a.title)
            if not dated:
                head = Head(
                    [
                        h
                        for h in head.header
                        if not any(k in h for k in ("pubDate", "published", "updated", "created_utc", "<id>"))
                    ],
                    head.footer,
                )
            s.segment(head, _body(a), "article", a.date, gold_form(name), a.id, gap="")
        s.lines({"rss-pubdate": "</channel>\n</rss>", "atom-published": "</feed>"}.get(name, ""))
    else:  # edition
        d0 = chosen[0].date
        monday = d0 - dt.timedelta(days=d0.weekday())
        sunday = monday + dt.timedelta(days=6)
        paper = rng.choice(OUTLETS)
        weekly = not daily
        if not dated:
            s.lines(paper.upper(), "Today's paper")
        elif weekly:
            week = d0.isocalendar()[1]
            span = (
                f"{monday.day} {_month(monday)} – {sunday.day} {_month(sunday)}"
                if monday.month != sunday.month
                else f"{monday.day}–{sunday.day} {_month(monday)}"
            )
            s.lines(paper.upper(), f"Weekly edition · Week {week}, {monday.isocalendar()[0]} · {span}")
        else:
            s.lines(paper.upper(), f"{_day(d0)}, {_month(d0)} {d0.day}, {d0.year}", "Late edition")
        name = "week-masthead-weekday" if weekly else "weekday-dateline"
        for a in chosen:
            head = FORM_FUNCS[name](a.date, ctx, a.title)
            if not dated:
                head = Head(head.header, lead=f"{rng.choice(CITIES)} ({rng.choice(AGENCIES)}) – ")
            s.segment(head, _body(a, head.lead, wrap=rng.choice((0, 62))), "article", a.date, gold_form(name), a.id)
        s.lines(f"{paper} · Printed edition · Page {rng.randrange(2, 40)}")
    if capture_line and not capture_top:
        s.lines(capture_line)
    return s.text(), s.gold


def generate(corpus: pathlib.Path, seed: int = 1, count: int = 40) -> list[Page]:
    """``count`` pages, the same for the same corpus and seed (styles in turn, one page in nine undated)."""
    articles = read_articles(pathlib.Path(corpus))
    rng = random.Random(f"c{seed}")
    pages = []
    for n in range(count):
        k = n * 7 + seed
        style = STYLES[k % len(STYLES)]
        turn = k // len(STYLES) + seed
        dated = rng.random() >= 1 / 9
        text, gold = make_page(rng, articles, style, dated, turn)
        pages.append(Page(f"c{n:03d}_{style}", style, text, tuple(gold)))
    return pages


def cli(
    corpus: pathlib.Path,
    seed: int = 1,
    count: int = 40,
    errors: int = 0,
    as_json: bool = False,
    keep: pathlib.Path | None = None,
) -> int:
    """``timeline evaluate --pages --generator c``: the first generator's scorer and report over these pages."""
    from . import pages, pages_c

    return pages.cli(corpus, seed, count, errors, as_json, keep, generator=pages_c, name="generator c")
