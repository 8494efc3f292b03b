"""A fourth page generator, written independently: ``timeline evaluate CORPUS --pages --generator d``.

Written from how pages look once copied or exported as text (long-form publishing platforms, discussion boards
of the Discourse kind, federated microblogs, newsgroup and mbox archives, wikis and their talk pages, live
blogs, PDF clipping files, chat exports, e-mail newsletters, official notices, classic blog engines and a
press review in several languages), without reading the segmentation and dating rules or the forms of the
other generators: only the interface of ``pages.py`` (``Article``, ``GoldSegment``, ``Page``,
``read_articles``, the scorer and its ``cli``) and the docstrings of ``pages_b.py`` and ``pages_c.py``, so that
its styles and forms are other ones. Same contract: a tbaq-layout corpus whose manifest dates are the truth,
pages generated into a temporary folder (the corpus's text never enters the repo), 2 to 6 articles or posts a
page chosen from three weeks of the corpus, gold segments and dates written by the generator, the same scorer.

Page styles (``STYLES``): ``longform`` (a publication on a long-form platform: reading times, "Member-only
story", responses, "More from" lists), ``discourse`` (a discussion topic: short or relative stamps, "N days
later" separators, the topic map and suggested topics with their activity months), ``fediverse`` (a microblog
timeline, detail views with the stamp under the text, a professional network's "2w • Edited"), ``newsgroup``
(a newsreader's headers, a groups web view, raw mbox, an archive index; quoted replies with the quoted
message's date), ``wiki`` (news entries with revision lines, infobox dates or source lists; talk pages dated by
signatures), ``liveblog`` (entries with a time only, under day headings), ``pdf`` (a clippings file as
``pdftotext`` writes it: running heads, form feeds, hyphenation, load dates), ``chat`` (exports of messaging
apps in several layouts, day dividers, system lines, forwarded copies), ``newsletter`` (an issue archive, a
mailbox printout, a chain of forwarded mails with an older original), ``notices`` (public and court notices:
dated at the foot, clerk's stamps, week numbers, birth dates and deadlines), ``classicblog`` (a blog engine's
day headers and "Posted by ... at" footers, "This entry was posted on" footers, reblogs with notes) and
``pressreview`` (items in Italian, Portuguese, Dutch, Czech, Greek, Hungarian, Finnish or Arabic-Indic digits,
Roman-numeral months). One page in nine states no date at all (gold is still the true date).

Traps: later "updated"/"edited"/"last edited" dates, the date of a quoted or forwarded earlier message, a
compilation or load date, "joined"/"member since" lines, birth dates and deadlines in notices, related lists
and sidebars (archives, "More from", suggested topics) with other dates, event boxes, system lines of a chat,
copyright years, reader comments with later or relative stamps, syndicated copies of an article on one page
and across pages. Relative stamps and stamps without a year appear only on pages that state when they were
captured (and only when that capture makes them exact).

Gold, as in ``pages.py``: a segment's date is its article's manifest date; reader comments and chat reactions
are segments of kind ``comments`` with no date; a segment's start is its title or first header line (lines
above it, such as a day heading or a running head, may fall on either side), its zone begins where the segment
before it ends, its body is its first paragraph of the article's own text.

``FORMS``: name, writer, an example for Tuesday 2009-03-03 14:22:05 (captured a few days later).
"""

from __future__ import annotations

import datetime as dt
import pathlib
import random
import re
import sys
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field

from .pages import Article, GoldSegment, Page, read_articles

# ------------------------------------------------------------------------------------------------ vocabulary
# Invented for this generator: example names, example domains.

PEOPLE = (
    "Wendeline Crossby",
    "Otis Pellerin",
    "Fintan Abara",
    "Liesel Okoro-Hart",
    "Matthias Querido",
    "Ravi Tennant",
    "Helka Brandvold",
    "Joaquim Strand",
    "Petra Halloran",
    "Imre Vasko",
    "Noor Castellane",
    "Bram Oostveld",
    "Thea Lindgart",
    "Cosmin Aldea",
)
HANDLES = (
    "marsh_harrier",
    "tinwhistle",
    "quillon",
    "corvid_k",
    "byway",
    "saltmarsh",
    "hexnut",
    "pinecone42",
    "ferrule",
    "wicket_j",
    "gannet",
    "loamwise",
    "driftwood9",
    "umber",
)
OUTLETS = (
    "The Quillmarsh Courier",
    "Brackenfold Observer",
    "Tidewater Sample Post",
    "The Example Gazette",
    "Corvale Evening Ledger",
    "Northmere Record",
)
PUBLICATIONS = ("The Long Margin", "Undertow Review", "Paper Lantern Notes", "Slow Column")
INSTANCES = ("social.example", "toot.example.net", "mast.example.org")
GROUPS = ("example.misc.current-affairs", "example.talk.world", "example.news.discuss")
WIKIS = ("Commonwiki News", "ExampleWiki Newsroom")
CHATS = ("Newsroom crew", "Family news swap", "desk-clippings", "Reading group")
NEWSLETTERS = ("The Weekly Sample", "Morning Tide Digest", "Quillmarsh Briefing")
GAZETTES = (
    "Official Bulletin of the Example Republic",
    "County of Brackenfold — Public Notices",
    "Corvale District Court",
)
BLOGS = ("Notes from the Lower Deck", "A Grumbling Historian", "Marginalia & More")
SECTIONS = ("World", "Local", "Economy", "Science", "Politics", "Culture", "Transport", "Health")
JOBS = ("Editor", "Policy analyst", "Reporter", "Researcher", "Press officer", "Producer")
COMPANIES = ("Example Media", "Sample & Co", "Northmere Institute", "Tidewater Labs")
PLACES = ("Corvale", "Brackenfold", "Northmere", "Quillmarsh", "Lowtown")
REPLIES = (
    "Thanks for posting this.",
    "Is there a longer version of this anywhere?",
    "Not sure the numbers add up here.",
    "Saw this earlier, worth a read.",
    "Interesting, but I'd wait for more details.",
    "Same thing was reported elsewhere.",
    "+1",
    "Can someone explain the background?",
    "This matches what I heard locally.",
    "Good summary.",
)

MONTHS = "January February March April May June July August September October November December".split()
MON = [m[:3] for m in MONTHS]
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
DY = [d[:3] for d in DAYS]
IT_MONTHS = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
IT_DAYS = "lunedì martedì mercoledì giovedì venerdì sabato domenica".split()
NL_MON = "jan feb mrt apr mei jun jul aug sep okt nov dec".split()
NL_DY = "ma di wo do vr za zo".split()
CS_MONTHS = "ledna února března dubna května června července srpna září října listopadu prosince".split()
EL_MONTHS = (
    "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου"
).split()
EL_DAYS = "Δευτέρα Τρίτη Τετάρτη Πέμπτη Παρασκευή Σάββατο Κυριακή".split()
HU_MONTHS = "január február március április május június július augusztus szeptember október november december".split()
HU_DAYS = "hétfő kedd szerda csütörtök péntek szombat vasárnap".split()
AR_MONTHS = "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split()
AR_DAYS = "الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد".split()
AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
ROMAN = "I II III IV V VI VII VIII IX X XI XII".split()
PT_PUBLISHED = "Publicado em"

STYLES = (
    "longform",
    "discourse",
    "fediverse",
    "newsgroup",
    "wiki",
    "liveblog",
    "pdf",
    "chat",
    "newsletter",
    "notices",
    "classicblog",
    "pressreview",
)

#: Where a form puts the title among its header lines (otherwise the style places the title).
T = "\x00"


# ------------------------------------------------------------------------------------------------ forms


@dataclass
class Stamp:
    """What a form writes for one article: header lines, lines after the body, a day heading shared by the
    day's items, text appended to the last paragraph (a signature)."""

    head: list[str] = field(default_factory=list)
    foot: list[str] = field(default_factory=list)
    day: str = ""
    tail: str = ""


@dataclass
class Ctx:
    """What a form needs besides the date: the page's capture date and numeric order, a name, a time."""

    rng: random.Random
    capture: dt.date | None = None
    day_first: bool = True
    person: str = "Wendeline Crossby"
    handle: str = "tinwhistle"
    outlet: str = "The Example Gazette"
    h: int = 14
    m: int = 22
    s: int = 5

    def ago(self, d: dt.date) -> int | None:
        """Days between the date and the capture, when the page states its capture and the date is not after."""
        if self.capture is None or self.capture < d:
            return None
        return (self.capture - d).days

    def this_year(self, d: dt.date) -> bool:
        """A stamp may leave the year out: the page was captured later in the same year."""
        return self.capture is not None and self.capture.year == d.year and self.capture >= d

    def clock12(self, seconds: bool = False, lower: bool = False) -> str:
        h12 = (self.h - 1) % 12 + 1
        mark = "PM" if self.h >= 12 else "AM"
        sec = f":{self.s:02d}" if seconds else ""
        return f"{h12}:{self.m:02d}{sec} {mark.lower() if lower else mark}"

    def hours_before_capture(self) -> int:
        return 23 - self.h  # captures are taken at 23:5x


def _ord(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _num(d: dt.date, c: Ctx, sep: str = "/", short: bool = False) -> str:
    y = f"{d.year % 100:02d}" if short else f"{d.year}"
    a, b = (d.day, d.month) if c.day_first else (d.month, d.day)
    return f"{a:02d}{sep}{b:02d}{sep}{y}"


# long-form platforms


def f_posted_apostrophe_year(d: dt.date, c: Ctx) -> Stamp:
    line = f"Posted on {MON[d.month - 1]} {d.day} '{d.year % 100:02d}"
    if c.rng.random() < 0.4:  # and when it was last changed
        u = d + dt.timedelta(days=c.rng.randint(1, 9))
        line += f" • Updated on {MON[u.month - 1]} {u.day} '{u.year % 100:02d}"
    return Stamp([line])


def f_readtime_noyear(d: dt.date, c: Ctx) -> Stamp | None:
    if not c.this_year(d):
        return None
    if c.rng.random() < 0.5:  # copied from the page, each piece lands on its own line
        return Stamp([f"{c.rng.randint(2, 14)} min read", "·", f"{MON[d.month - 1]} {d.day}"])
    return Stamp([f"{c.rng.randint(2, 14)} min read · {MON[d.month - 1]} {d.day}"])


def f_date_emdash_readtime(d: dt.date, c: Ctx) -> Stamp:
    return Stamp([f"{d.day:02d} {MON[d.month - 1]} {d.year} — {c.rng.randint(2, 12)} min read"])


def f_caps_month_counts(d: dt.date, c: Ctx) -> Stamp:
    extra = c.rng.choice(["PAID", f"{c.rng.randint(3, 400)} likes ∙ {c.rng.randint(0, 60)} comments"])
    return Stamp([c.person.upper(), f"{MON[d.month - 1].upper()} {d.day}, {d.year} ∙ {extra}"])


# discussion boards


def f_board_ago(d: dt.date, c: Ctx) -> Stamp | None:
    days = c.ago(d)
    if days is None or days > 6:  # a week on, the board writes the day and month
        return None
    return Stamp([f"{days}d" if days else f"{c.hours_before_capture()}h"])


def f_board_month_day(d: dt.date, c: Ctx) -> Stamp | None:
    if not c.this_year(d):
        return None
    return Stamp([f"{MON[d.month - 1]} {d.day}"])


def f_board_month_apostrophe(d: dt.date, c: Ctx) -> Stamp | None:
    if c.capture is not None and c.capture.year == d.year:
        return None  # a board writes the month and the year's last digits only for earlier years
    return Stamp([f"{MON[d.month - 1]} '{d.year % 100:02d}"])


def f_print_view(d: dt.date, c: Ctx) -> Stamp:
    return Stamp([f"{c.handle} — {MONTHS[d.month - 1]} {d.day}, {d.year}, {c.clock12(lower=True).replace(' ', '')}"])


# microblogs


def f_toot_ago(d: dt.date, c: Ctx) -> Stamp | None:
    days = c.ago(d)
    if days is None or days > 6:
        return None
    age = f"{days}d" if days else f"{c.hours_before_capture()}h"
    return Stamp([c.person, f"@{c.handle}@{INSTANCES[len(c.handle) % 3]} · {age}"])


def f_toot_detail(d: dt.date, c: Ctx) -> Stamp:
    counts = f"{c.rng.randint(0, 90)} boosts · {c.rng.randint(0, 300)} favourites"
    return Stamp(
        [c.person, f"@{c.handle}@{INSTANCES[len(c.handle) % 3]}"],
        [f"{MON[d.month - 1]} {d.day:02d}, {d.year}, {c.h:02d}:{c.m:02d} · Web · {counts}"],
    )


def f_time_dot_date(d: dt.date, c: Ctx) -> Stamp:
    views = f"{c.rng.randint(1, 90)}.{c.rng.randint(0, 9)}K Views"
    return Stamp(
        [c.person, f"@{c.handle}"],
        [f"{c.clock12()} · {MON[d.month - 1]} {d.day}, {d.year} · {views}"],
    )


def f_pro_feed_age(d: dt.date, c: Ctx) -> Stamp | None:
    days = c.ago(d)
    if days is None:
        return None
    if days == 0:
        age = f"{c.hours_before_capture()}h"
    elif days < 7:
        age = f"{days}d"
    elif days % 7 == 0 and days <= 28:
        age = f"{days // 7}w"
    else:
        return None
    job = f"{c.rng.choice(JOBS)} at {c.rng.choice(COMPANIES)}"
    return Stamp(
        [f"{c.person} • {c.rng.choice(['1st', '2nd', '3rd+'])}", job, f"{age} • {c.rng.choice(['Edited', '🌐'])}"]
    )


# newsgroups and mail archives


def f_groups_seconds(d: dt.date, c: Ctx) -> Stamp:
    return Stamp([c.person, "unread,", f"{MON[d.month - 1]} {d.day}, {d.year}, {c.clock12(seconds=True)}", "to"])


def f_mbox_from(d: dt.date, c: Ctx) -> Stamp:
    stamp = f"{DY[d.weekday()]} {MON[d.month - 1]} {d.day:>2} {c.h:02d}:{c.m:02d}:{c.s:02d} {d.year}"
    return Stamp(
        [f"From {c.handle}@example.org  {stamp}", f"From: {c.person} <{c.handle}@example.org>", f"Subject: {T}"]
    )


def f_news_date_header(d: dt.date, c: Ctx) -> Stamp:
    return Stamp(
        [
            f"From: {c.handle}@example.net ({c.person})",
            f"Newsgroups: {GROUPS[len(c.person) % 3]}",
            f"Subject: {T}",
            f"Date: {d.day} {MON[d.month - 1]} {d.year} {c.h:02d}:{c.m:02d}:{c.s:02d} GMT",
            f"Lines: {c.rng.randint(12, 90)}",
        ]
    )


def f_iso_space_utc(d: dt.date, c: Ctx) -> Stamp:
    return Stamp([f"[{T}]", f"posted by {c.handle} — {d.isoformat()} {c.h:02d}:{c.m:02d} UTC"])


# wikis


def f_revision_as_of(d: dt.date, c: Ctx) -> Stamp:
    return Stamp(
        [
            T,
            f"Revision as of {c.h:02d}:{c.m:02d}, {d.day} {MONTHS[d.month - 1]} {d.year} by {c.handle} (talk | contribs)",
            "(diff) ← Previous revision | Latest revision (diff) | Newer revision → (diff)",
        ]
    )


def f_infobox_published(d: dt.date, c: Ctx) -> Stamp:
    return Stamp([T, "Published", f"{d.day} {MONTHS[d.month - 1]} {d.year}", "Section", c.rng.choice(SECTIONS)])


def f_sources_cite(d: dt.date, c: Ctx) -> Stamp:
    return Stamp(foot=["Sources", f'• {c.person}. "{T}" — {c.outlet}, {MONTHS[d.month - 1]} {d.day}, {d.year}'])


def f_talk_signature(d: dt.date, c: Ctx) -> Stamp:
    return Stamp(
        [f"== {T} =="], tail=f"— {c.handle} (talk) {c.h:02d}:{c.m:02d}, {d.day} {MONTHS[d.month - 1]} {d.year} (UTC)"
    )


# live blogs


def f_day_heading_clock(d: dt.date, c: Ctx) -> Stamp:
    day = f"{DAYS[d.weekday()].upper()}, {d.day} {MONTHS[d.month - 1].upper()} {d.year}"
    return Stamp([f"{c.h:02d}:{c.m:02d}"], day=day)


def f_dayname_noyear_ampm(d: dt.date, c: Ctx) -> Stamp | None:
    if not c.this_year(d):
        return None
    h12 = (c.h - 1) % 12 + 1
    return Stamp(
        [f"{h12}.{c.m:02d}{'pm' if c.h >= 12 else 'am'}"], day=f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"
    )


# clippings files


def f_running_head(d: dt.date, c: Ctx) -> Stamp:
    page = c.rng.randint(2, 40)
    when = f"{DAYS[d.weekday()].upper()}, {MONTHS[d.month - 1].upper()} {d.day}, {d.year}"
    return Stamp([f"A{page}      {c.outlet.upper()}      {when}", "", T])


def f_edition_compact(d: dt.date, c: Ctx) -> Stamp:
    return Stamp(foot=[f"{c.outlet} · Ed. {d:%Y%m%d} · p. {c.rng.randint(2, 40)}"])


def f_clip_dd_mon_yyyy(d: dt.date, c: Ctx) -> Stamp:
    words = c.rng.randint(180, 1400)
    place = PLACES[len(c.outlet) % len(PLACES)]
    return Stamp(
        [
            f"{c.outlet} ({place}) | {d.day:02d}-{MON[d.month - 1]}-{d.year} | Page {c.rng.randint(2, 40)} | {words} words",
            "",
            T,
        ]
    )


# chat exports


def f_chat_bracket(d: dt.date, c: Ctx) -> Stamp:
    return Stamp([f"[{_num(d, c)}, {c.h:02d}:{c.m:02d}:{c.s:02d}] {c.person}: {T}"])


def f_chat_dash(d: dt.date, c: Ctx) -> Stamp:
    return Stamp([f"{d.month}/{d.day}/{d.year % 100:02d}, {c.clock12()} - {c.person}: {T}"])


def f_chat_divider(d: dt.date, c: Ctx) -> Stamp | None:
    if not c.this_year(d):
        return None
    return Stamp([f"{c.person}  {c.clock12()}", T], day=f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {_ord(d.day)}")


def f_chat_copy_bracket(d: dt.date, c: Ctx) -> Stamp:
    return Stamp([f"{c.person}, [{d.day:02d}.{d.month:02d}.{d.year} {c.h:02d}:{c.m:02d}]", T])


def f_im_log(d: dt.date, c: Ctx) -> Stamp:
    h12 = (c.h - 1) % 12 + 1
    day = (
        f"Conversation with {c.outlet} at {DY[d.weekday()]} {d.day:02d} {MON[d.month - 1]} {d.year} "
        f"{h12:02d}:{c.m:02d}:{c.s:02d} {'PM' if c.h >= 12 else 'AM'} CET on me@example.org (jabber)"
    )
    return Stamp([f"({c.h:02d}:{c.m:02d}:{c.s:02d}) {c.handle}: {T}"], day=day)


def f_weekday_slash_noyear(d: dt.date, c: Ctx) -> Stamp | None:
    if not c.this_year(d):
        return None
    return Stamp([f"{c.person}  {DY[d.weekday()]} {d.month}/{d.day} {c.clock12()}", T])


# newsletters and mail


def f_issue_number_dash(d: dt.date, c: Ctx) -> Stamp:
    issue = (d - dt.date(d.year - 3, 1, 1)).days // 7
    return Stamp([f"Issue #{issue} — {MONTHS[d.month - 1]} {d.day}, {d.year}", "", T])


def f_mail_date_at(d: dt.date, c: Ctx) -> Stamp:
    zone = c.rng.choice(["GMT", "CET", "EST"])
    return Stamp(
        [
            f"From: {c.outlet} <news@example.com>",
            f"Subject: {T}",
            f"Date: {d.day} {MONTHS[d.month - 1]} {d.year} at {c.h:02d}:{c.m:02d}:{c.s:02d} {zone}",
            "To: reader@example.net",
        ]
    )


def f_sent_weekday_padded(d: dt.date, c: Ctx) -> Stamp:
    return Stamp(
        [
            f"From: {c.person} [mailto:{c.handle}@example.com]",
            f"Sent: {DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day:02d}, {d.year} {c.clock12()}",
            "To: desk@example.org",
            f"Subject: FW: {T}",
        ]
    )


# notices


def f_dated_this_day(d: dt.date, c: Ctx) -> Stamp:
    return Stamp(foot=[f"Dated this {_ord(d.day)} day of {MONTHS[d.month - 1]}, {d.year}.", f"{c.person}, Clerk"])


def f_filed_stamp(d: dt.date, c: Ctx) -> Stamp:
    return Stamp(["FILED", f"{MON[d.month - 1].upper()} - {d.day} {d.year}", "CLERK OF THE DISTRICT COURT", T])


def f_week_slash_weekday(d: dt.date, c: Ctx) -> Stamp:
    year, week, _ = d.isocalendar()
    return Stamp([f"Bulletin · Week {week}/{year} · {DAYS[d.weekday()]} edition"])


def f_iso_week_date(d: dt.date, c: Ctx) -> Stamp:
    year, week, wd = d.isocalendar()
    return Stamp([f"Notice {year}-W{week:02d}-{wd} / no. {c.rng.randint(100, 9999)}"])


def f_ordinal_day_first(d: dt.date, c: Ctx) -> Stamp:
    return Stamp([f"Published {_ord(d.day)} {MONTHS[d.month - 1]} {d.year}"])


# classic blogs


def f_day_header_posted_by(d: dt.date, c: Ctx) -> Stamp:
    return Stamp(
        foot=[f"Posted by {c.person} at {c.clock12()}"],
        day=f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day:02d}, {d.year}",
    )


def f_entry_posted_footer(d: dt.date, c: Ctx) -> Stamp:
    when = f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {_ord(d.day)}, {d.year} at {c.clock12(lower=True)}"
    return Stamp(foot=[f"This entry was posted on {when} and is filed under {c.rng.choice(SECTIONS)}."])


def f_reblog_notes(d: dt.date, c: Ctx) -> Stamp:
    other = c.rng.choice(HANDLES)
    return Stamp(
        [f"{c.handle} reblogged {other}" if other != c.handle else c.handle, T],
        [f"{MON[d.month - 1]} {_ord(d.day)}, {d.year} · {c.rng.randint(2, 900)} notes", "#news #reading"],
    )


# press review (other languages, other numerals)


def f_italian_ore(d: dt.date, c: Ctx) -> Stamp:
    return Stamp([f"{IT_DAYS[d.weekday()]} {d.day} {IT_MONTHS[d.month - 1]} {d.year} ore {c.h:02d}:{c.m:02d}"])


def f_portuguese_as(d: dt.date, c: Ctx) -> Stamp:
    return Stamp([f"{PT_PUBLISHED} {d.day:02d}/{d.month:02d}/{d.year} às {c.h:02d}h{c.m:02d}"])


def f_dutch_abbr(d: dt.date, c: Ctx) -> Stamp:
    return Stamp([f"{NL_DY[d.weekday()]} {d.day} {NL_MON[d.month - 1]} {d.year}, {c.h:02d}:{c.m:02d}"])


def f_czech_genitive(d: dt.date, c: Ctx) -> Stamp:
    return Stamp([f"{d.day}. {CS_MONTHS[d.month - 1]} {d.year} {c.h}:{c.m:02d}"])


def f_greek_genitive(d: dt.date, c: Ctx) -> Stamp:
    return Stamp([f"{EL_DAYS[d.weekday()]}, {d.day} {EL_MONTHS[d.month - 1]} {d.year}"])


def f_hungarian_year_first(d: dt.date, c: Ctx) -> Stamp:
    return Stamp([f"{d.year}. {HU_MONTHS[d.month - 1]} {d.day}., {HU_DAYS[d.weekday()]} {c.h:02d}:{c.m:02d}"])


def f_finnish_klo(d: dt.date, c: Ctx) -> Stamp:
    return Stamp([f"{d.day}.{d.month}.{d.year} klo {c.h}.{c.m:02d}"])


def f_roman_month(d: dt.date, c: Ctx) -> Stamp:
    return Stamp([f"{c.outlet}, {d.day}.{ROMAN[d.month - 1]}.{d.year}"])


def f_arabic_indic(d: dt.date, c: Ctx) -> Stamp:
    return Stamp(
        [
            f"{AR_DAYS[d.weekday()]} {str(d.day).translate(AR_DIGITS)} {AR_MONTHS[d.month - 1]} {str(d.year).translate(AR_DIGITS)}"
        ]
    )


Writer = Callable[[dt.date, Ctx], "Stamp | None"]

#: (name, writer, example for Tuesday 2009-03-03 14:22:05, captured on 2009-03-06 when the form needs it).
FORMS: tuple[tuple[str, Writer, str], ...] = (
    ("posted-on-apostrophe-year", f_posted_apostrophe_year, "Posted on Mar 3 '09 • Updated on Mar 5 '09"),
    ("readtime-dot-noyear", f_readtime_noyear, "7 min read · Mar 3"),
    ("date-emdash-readtime", f_date_emdash_readtime, "03 Mar 2009 — 4 min read"),
    ("caps-month-counts", f_caps_month_counts, "MAR 3, 2009 ∙ 12 likes ∙ 4 comments"),
    ("board-ago", f_board_ago, "3d"),
    ("board-month-day", f_board_month_day, "Mar 3"),
    ("board-month-apostrophe", f_board_month_apostrophe, "Mar '09"),
    ("print-view-stamp", f_print_view, "tinwhistle — March 3, 2009, 2:22pm"),
    ("toot-ago", f_toot_ago, "@tinwhistle@social.example · 3d"),
    ("toot-detail-foot", f_toot_detail, "Mar 03, 2009, 14:22 · Web · 4 boosts · 12 favourites"),
    ("time-dot-date-foot", f_time_dot_date, "2:22 PM · Mar 3, 2009 · 1.2K Views"),
    ("pro-feed-age", f_pro_feed_age, "3d • Edited"),
    ("groups-seconds", f_groups_seconds, "Mar 3, 2009, 2:22:05 PM"),
    ("mbox-from-line", f_mbox_from, "From tinwhistle@example.org  Tue Mar  3 14:22:05 2009"),
    ("news-date-header", f_news_date_header, "Date: 3 Mar 2009 14:22:05 GMT"),
    ("iso-space-utc", f_iso_space_utc, "posted by tinwhistle — 2009-03-03 14:22 UTC"),
    ("revision-as-of", f_revision_as_of, "Revision as of 14:22, 3 March 2009 by tinwhistle (talk | contribs)"),
    ("infobox-published", f_infobox_published, "Published\n3 March 2009"),
    ("sources-cite-foot", f_sources_cite, '• W. Crossby. "Title" — The Example Gazette, March 3, 2009'),
    ("talk-signature", f_talk_signature, "— tinwhistle (talk) 14:22, 3 March 2009 (UTC)"),
    ("day-heading-clock", f_day_heading_clock, "TUESDAY, 3 MARCH 2009 / 14:22"),
    ("dayname-noyear-ampm", f_dayname_noyear_ampm, "Tuesday, March 3 / 2.22pm"),
    ("running-head", f_running_head, "A7      THE EXAMPLE GAZETTE      TUESDAY, MARCH 3, 2009"),
    ("edition-compact-foot", f_edition_compact, "The Example Gazette · Ed. 20090303 · p. 7"),
    ("clip-dd-mon-yyyy", f_clip_dd_mon_yyyy, "The Example Gazette (Corvale) | 03-Mar-2009 | Page 7 | 512 words"),
    ("chat-bracket-seconds", f_chat_bracket, "[03/03/2009, 14:22:05] Wendeline Crossby: Title"),
    ("chat-dash-ampm", f_chat_dash, "3/3/09, 2:22 PM - Wendeline Crossby: Title"),
    ("chat-day-divider", f_chat_divider, "Tuesday, March 3rd / Wendeline Crossby  2:22 PM"),
    ("chat-copy-bracket", f_chat_copy_bracket, "Wendeline Crossby, [03.03.2009 14:22]"),
    (
        "im-log-conversation",
        f_im_log,
        "Conversation with ... at Tue 03 Mar 2009 02:22:05 PM CET / (14:22:05) tinwhistle: Title",
    ),
    ("weekday-slash-noyear", f_weekday_slash_noyear, "Wendeline Crossby  Tue 3/3 2:22 PM"),
    ("issue-number-dash", f_issue_number_dash, "Issue #113 — March 3, 2009"),
    ("mail-date-at", f_mail_date_at, "Date: 3 March 2009 at 14:22:05 GMT"),
    ("sent-weekday-padded", f_sent_weekday_padded, "Sent: Tuesday, March 03, 2009 2:22 PM"),
    ("dated-this-day-foot", f_dated_this_day, "Dated this 3rd day of March, 2009."),
    ("filed-stamp", f_filed_stamp, "FILED\nMAR - 3 2009"),
    ("week-slash-weekday", f_week_slash_weekday, "Bulletin · Week 10/2009 · Tuesday edition"),
    ("iso-week-date", f_iso_week_date, "Notice 2009-W10-2 / no. 412"),
    ("ordinal-day-first", f_ordinal_day_first, "Published 3rd March 2009"),
    (
        "day-header-posted-by",
        f_day_header_posted_by,
        "Tuesday, March 03, 2009 / Posted by Wendeline Crossby at 2:22 PM",
    ),
    (
        "entry-posted-foot",
        f_entry_posted_footer,
        "This entry was posted on Tuesday, March 3rd, 2009 at 2:22 pm and is filed under Local.",
    ),
    ("reblog-notes", f_reblog_notes, "Mar 3rd, 2009 · 14 notes"),
    ("italian-ore", f_italian_ore, "martedì 3 marzo 2009 ore 14:22"),
    ("portuguese-as", f_portuguese_as, "Publicado em 03/03/2009 às 14h22"),
    ("dutch-abbr", f_dutch_abbr, "di 3 mrt 2009, 14:22"),
    ("czech-genitive", f_czech_genitive, "3. března 2009 14:22"),
    ("greek-genitive", f_greek_genitive, "Τρίτη, 3 Μαρτίου 2009"),
    ("hungarian-year-first", f_hungarian_year_first, "2009. március 3., kedd 14:22"),
    ("finnish-klo", f_finnish_klo, "3.3.2009 klo 14.22"),
    ("roman-month", f_roman_month, "The Example Gazette, 3.III.2009"),
    ("arabic-indic", f_arabic_indic, "الثلاثاء ٣ مارس ٢٠٠٩"),
)
FORM_NAMES = tuple(f[0] for f in FORMS)
WRITERS = {name: writer for name, writer, _ in FORMS}

#: The forms each style writes (the first ones are used when a page has no capture date).
STYLE_FORMS = {
    "longform": ("posted-on-apostrophe-year", "date-emdash-readtime", "caps-month-counts", "readtime-dot-noyear"),
    "discourse": ("print-view-stamp", "board-month-apostrophe", "board-ago", "board-month-day"),
    "fediverse": ("toot-detail-foot", "time-dot-date-foot", "toot-ago", "pro-feed-age"),
    "newsgroup": ("groups-seconds", "mbox-from-line", "news-date-header", "iso-space-utc"),
    "wiki": ("revision-as-of", "infobox-published", "sources-cite-foot", "talk-signature"),
    "liveblog": ("day-heading-clock", "dayname-noyear-ampm"),
    "pdf": ("running-head", "clip-dd-mon-yyyy", "edition-compact-foot"),
    "chat": (
        "chat-bracket-seconds",
        "chat-dash-ampm",
        "chat-copy-bracket",
        "im-log-conversation",
        "chat-day-divider",
        "weekday-slash-noyear",
    ),
    "newsletter": ("issue-number-dash", "mail-date-at", "sent-weekday-padded"),
    "notices": ("dated-this-day-foot", "filed-stamp", "week-slash-weekday", "iso-week-date", "ordinal-day-first"),
    "classicblog": ("day-header-posted-by", "entry-posted-foot", "reblog-notes"),
    "pressreview": (
        "italian-ore",
        "portuguese-as",
        "dutch-abbr",
        "czech-genitive",
        "greek-genitive",
        "hungarian-year-first",
        "finnish-klo",
        "roman-month",
        "arabic-indic",
    ),
}
#: Forms that can only be written against a stated capture date (relative, or without the year).
NEEDS_CAPTURE = {
    "readtime-dot-noyear",
    "board-ago",
    "board-month-day",
    "toot-ago",
    "pro-feed-age",
    "dayname-noyear-ampm",
    "chat-day-divider",
    "weekday-slash-noyear",
}

CAPTURE_LINES = (
    lambda d: f"Snapshot taken {d.day} {MON[d.month - 1]} {d.year} 23:5{d.day % 10} UTC",
    lambda d: f"Fetched: {DY[d.weekday()]}, {d.day:02d} {MON[d.month - 1]} {d.year} 23:51 GMT",
    lambda d: f"[saved {d.isoformat()}T23:58]",
    lambda d: f"Page printed {DAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}, 11:55 PM",
)


# ------------------------------------------------------------------------------------------------ page builder


@dataclass
class _Doc:
    """The page's text as it is written, and the gold of its segments."""

    parts: list[str] = field(default_factory=list)
    gold: list[GoldSegment] = field(default_factory=list)
    zone: int = 0
    size: int = 0

    def put(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)

    def lines(self, *lines: str, blank: bool = True) -> None:
        for line in lines:
            self.put(line + "\n")
        if blank:
            self.put("\n")

    def segment(
        self,
        head: list[str],
        body: list[str],
        kind: str,
        date: dt.date | None,
        form: str,
        article: str = "",
        *,
        main: int = 0,
        gap: bool = True,
        sep: str = "\n\n",
        foot: list[str] | tuple[str, ...] = (),
        foot_gap: bool = True,
        trail: bool = True,
    ) -> None:
        """``main``: the header line a predicted start must reach (lines above it fall on either side)."""
        start = self.size + sum(len(h) + 1 for h in head[:main])
        if head:
            self.put("\n".join(head) + "\n" + ("\n" if gap else ""))
        body_at = self.size
        if not head:
            start = body_at
        self.put(sep.join(body) + "\n")
        if foot:
            self.put(("\n" if foot_gap else "") + "\n".join(foot) + "\n")
        if trail:
            self.put("\n")
        self.gold.append(GoldSegment(start, self.zone, body_at, kind, date, form, article))
        self.zone = self.size

    def text(self) -> str:
        return "".join(self.parts)


@dataclass
class _Page:
    """One page being written: its random stream, articles, capture date and the corpus (for related lists)."""

    rng: random.Random
    chosen: list[Article]
    dated: bool
    capture: dt.date | None
    day_first: bool
    corpus: list[Article]
    turn: int = 0  # how many pages of this style came before (a style's layouts are taken in turn)
    doc: _Doc = field(default_factory=_Doc)

    def layout(self, options: list[str], item: int = 0) -> str:
        """A style's layouts (or an item's forms) taken in turn from page to page."""
        return options[(self.turn * 5 + item) % len(options)]

    def ctx(self, outlet: str | None = None) -> Ctx:
        rng = self.rng
        return Ctx(
            rng,
            self.capture,
            self.day_first,
            rng.choice(PEOPLE),
            rng.choice(HANDLES),
            outlet or rng.choice(OUTLETS),
            rng.randint(6, 22),
            rng.randint(0, 59),
            rng.randint(0, 59),
        )

    def stamp(self, art: Article, c: Ctx, prefer: list[str], style: str) -> tuple[str, Stamp | None]:
        """The first of the preferred forms (then the style's others) that can state the article's date."""
        if not self.dated:
            return "none", None
        others = [f for f in STYLE_FORMS[style] if f not in prefer]
        self.rng.shuffle(others)
        for name in [*prefer, *others]:
            st = WRITERS[name](art.date, c)
            if st is not None:
                return name, st
        raise ValueError(f"no form of {style} can write {art.date}")

    def capture_line(self) -> None:
        if self.capture is not None:
            self.doc.lines(self.rng.choice(CAPTURE_LINES)(self.capture))

    def other(self, art: Article) -> Article:
        """Another article of the corpus (for related lists): its title and date are not this page's."""
        pool = [a for a in self.corpus if a.id != art.id]
        return self.rng.choice(pool) if pool else art

    def comments(
        self, art: Article, header: list[str], render: Callable[[str, dt.date | None, str], str], **layout: bool | str
    ) -> None:
        """A block of reader comments after an article (kind ``comments``, not dated)."""
        rng = self.rng
        self.doc.zone = self.doc.size
        lines = []
        for _ in range(rng.randint(1, 4)):
            who = rng.choice(HANDLES)
            when = None
            if self.dated:
                when = art.date + dt.timedelta(days=rng.randint(0, 3))
                if self.capture is not None:
                    when = min(when, self.capture)
            lines.append(render(who, when, rng.choice(REPLIES)))
        self.doc.segment(header, lines, "comments", None, "comments", **layout)  # type: ignore[arg-type]


def _fill(lines: list[str], title: str) -> list[str]:
    return [line.replace(T, title) for line in lines]


def _has_title(lines: list[str]) -> bool:
    return any(T in line for line in lines)


def _title_index(lines: list[str]) -> int:
    return next(k for k, line in enumerate(lines) if T in line)


def _headline(art: Article, rng: random.Random, case: str = "sentence") -> str:
    """A headline made from one of the article's sentences (not always its first)."""
    sentences = [s for p in art.paragraphs[:3] for s in re.split(r"(?<=[.!?])\s+", p) if len(s.split()) >= 5]
    sentence = rng.choice(sentences[:4]) if sentences else art.paragraphs[0]
    words = re.sub(r"[\"“”`]|''", "", sentence).split()
    text = " ".join(words[: rng.randint(5, 11)]).rstrip(".,;:!?—-–'") or "Untitled"
    text = text[0].upper() + text[1:]
    if case == "title":
        small = {"a", "an", "the", "of", "in", "on", "and", "or", "to", "for", "at", "by"}
        text = " ".join(w if (w in small and k) else w[:1].upper() + w[1:] for k, w in enumerate(text.split()))
    elif case == "upper":
        text = text.upper()
    return text


def _body(art: Article, rng: random.Random, low: int = 2, high: int = 4) -> list[str]:
    return list(art.paragraphs[: rng.randint(low, high)])


def _later(d: dt.date, rng: random.Random, low: int = 1, high: int = 6) -> dt.date:
    return d + dt.timedelta(days=rng.randint(low, high))


def _us(d: dt.date) -> str:
    return f"{MON[d.month - 1]} {d.day}, {d.year}"


# ------------------------------------------------------------------------------------------------ styles


def _longform(p: _Page) -> None:
    rng, doc = p.rng, p.doc
    pub = rng.choice(PUBLICATIONS)
    mode = p.layout(["medium", "ghost", "devblog", "substack"])
    p.capture_line()
    doc.lines(pub, rng.choice(["Home · Archive · About", "Latest   Top   Discussions", "Sign in   Get started"]))
    for art in p.chosen:
        c = p.ctx()
        prefer = {
            "medium": ["readtime-dot-noyear", "date-emdash-readtime"],  # (a year back, the date with its year)
            "ghost": ["date-emdash-readtime"],
            "devblog": ["posted-on-apostrophe-year"],
            "substack": ["caps-month-counts"],
        }[mode]
        form, st = p.stamp(art, c, prefer, "longform")
        if st is not None and rng.random() < 0.07:
            form, st = "none", None  # a post whose page shows no date of its own
        title = _headline(art, rng, "title")
        head: list[str] = []
        if rng.random() < 0.2:
            head.append("Member-only story")
        main = len(head)
        if st is not None and form == "date-emdash-readtime":
            head += st.head + [title, c.person]  # the date over the title
            main = len(head) - 2
        else:
            head.append(title)
            if rng.random() < 0.4:
                head.append(_headline(art, rng))  # a subtitle
            if st is not None and form == "caps-month-counts":
                head += st.head
            else:
                head += [c.person, "Follow"] if rng.random() < 0.5 else [f"{c.person} · Follow"]
                head += st.head if st is not None else []
        if st is not None and rng.random() < 0.15:
            head.append(f"Updated {_us(_later(art.date, rng))}")
        doc.segment(head, _body(art, rng, 2, 5), "article", art.date, form, art.id, main=main)
        doc.lines(f"{rng.randint(1, 40)}{rng.choice(['', 'K'])}", f"{rng.randint(0, 90)} responses", "Share · Listen")
        if p.dated and rng.random() < 0.35:
            rel = p.other(art)
            doc.lines(
                f"More from {c.person}",
                _headline(rel, rng, "title"),
                f"{rng.randint(3, 12)} min read · {_us(rel.date)}",
            )
        if rng.random() < 0.3:
            p.comments(
                art,
                [f"Responses ({rng.randint(1, 9)})"],
                lambda who, when, text: f"{who}\n{_us(when) if when else ''}\n{text}".replace("\n\n", "\n"),
            )
    doc.lines("Help   Status   About   Careers   Press   Privacy   Terms")


def _discourse(p: _Page) -> None:
    rng, doc = p.rng, p.doc
    p.chosen.sort(key=lambda a: a.date)
    p.capture_line()
    topic = _headline(p.chosen[0], rng)
    doc.lines(
        "Example Community", "Categories   Latest   Top   Search", topic, f"{rng.choice(SECTIONS)}   news, discussion"
    )
    mode = "relative" if p.capture is not None else p.layout(["print", "month", "print"])
    previous: tuple[str, Article] | None = None
    for k, art in enumerate(p.chosen):
        c = p.ctx()
        if mode == "print":
            prefer = ["print-view-stamp"]
        elif mode == "month":
            prefer = ["board-month-apostrophe", "print-view-stamp"]
        else:
            prefer = ["board-ago", "board-month-day", "board-month-apostrophe"]
        form, st = p.stamp(art, c, prefer, "discourse")
        if previous is not None and p.dated:
            gap = (art.date - previous[1].date).days
            if gap >= 2:
                doc.lines(f"{gap} days later" if gap < 14 else f"{gap // 7} weeks later")
        if form == "print-view-stamp" and st is not None:
            head = list(st.head)
        else:
            head = [c.handle] + ([c.person] if rng.random() < 0.4 else []) + (st.head if st else [])
        body = _body(art, rng, 1, 3)
        if previous is not None and rng.random() < 0.35:  # a quote of the post before it
            quoted = re.split(r"(?<=[.!?])\s", previous[1].paragraphs[0], maxsplit=1)[0]
            head += ["", f"{previous[0]}:", quoted]
        doc.segment(head, body, "post", art.date, form, art.id)
        if rng.random() < 0.3 and p.dated:
            doc.lines(f"✎ edited {_us(_later(art.date, rng))}" if mode == "print" else "✎ edited")
        doc.lines(f"{rng.randint(0, 40)} Likes   Reply" if rng.random() < 0.6 else "Reply")
        if k == 0 and p.dated and rng.random() < 0.6:
            first, last = art.date, p.chosen[-1].date + dt.timedelta(days=rng.randint(0, 5))
            doc.lines(
                "created",
                f"{MON[first.month - 1]} '{first.year % 100:02d}",
                "last reply",
                f"{MON[last.month - 1]} '{last.year % 100:02d}",
                f"{len(p.chosen) - 1} replies   {rng.randint(50, 4000)} views",
            )
        previous = (c.handle, art)
    if p.dated:
        rows = []
        for _ in range(3):
            rel = p.other(p.chosen[0])
            rows.append(
                f"{_headline(rel, rng)}   {rng.randint(0, 60)}   {MON[rel.date.month - 1]} '{rel.date.year % 100:02d}"
            )
        doc.lines("Suggested Topics", "Topic   Replies   Activity", *rows)
    doc.lines("Powered by an open-source forum · Terms of Service · Privacy")


def _fediverse(p: _Page) -> None:
    rng, doc = p.rng, p.doc
    p.chosen.sort(key=lambda a: a.date, reverse=True)
    mode = p.layout(["toots", "microblog", "pro"])
    if mode == "pro" and p.dated and p.capture is None:  # a feed that only says "3d": saved with its capture date
        p.capture = p.chosen[0].date + dt.timedelta(days=rng.randint(0, 3))
    p.capture_line()
    if mode == "pro":
        doc.lines("Home   My Network   Jobs   Messaging   Notifications", "Sort by: Recent")
    else:
        doc.lines("Home · Explore · Lists · Bookmarks", "Posts   Posts and replies   Media")
        if p.dated and rng.random() < 0.5:
            joined = p.chosen[-1].date - dt.timedelta(days=rng.randint(300, 1500))
            doc.lines(
                f"Joined {MONTHS[joined.month - 1]} {joined.year}",
                f"{rng.randint(10, 900)} Following   {rng.randint(10, 9000)} Followers",
            )
    for k, art in enumerate(p.chosen):
        c = p.ctx()
        prefer = {
            "toots": ["toot-ago", "toot-detail-foot"] if p.capture else ["toot-detail-foot"],
            "microblog": ["time-dot-date-foot"],
            "pro": ["pro-feed-age", "time-dot-date-foot"],
        }[mode]
        form, st = p.stamp(art, c, prefer, "fediverse")
        head: list[str] = []
        if k == 0 and rng.random() < 0.3:
            head.append("📌 Pinned")
        elif rng.random() < 0.25:
            head.append(f"⇄ {rng.choice(PEOPLE)} boosted" if mode != "pro" else f"{rng.choice(PEOPLE)} reposted this")
        main = len(head)
        head += st.head if st is not None else [c.person, f"@{c.handle}"]
        body = _body(art, rng, 1, 2)
        foot = list(st.foot) if st is not None else []
        if foot and rng.random() < 0.2:
            edited = _later(art.date, rng, 0, 2)
            foot.append(
                f"Last edited {MON[edited.month - 1]} {edited.day:02d}, {edited.year}, {rng.randint(6, 23):02d}:{rng.randint(0, 59):02d}"
            )
        doc.segment(head, body, "post", art.date, form, art.id, main=main, foot=foot)
        doc.lines(
            f"↩ {rng.randint(0, 30)}  ⇄ {rng.randint(0, 90)}  ★ {rng.randint(0, 300)}"
            if mode != "pro"
            else f"Like · Comment · Repost · Send\n{rng.randint(2, 900)} reactions · {rng.randint(0, 80)} comments"
        )


def _quote_lines(text: str, width: int = 68) -> list[str]:
    return ["> " + line for line in textwrap.wrap(text, width)]


def _newsgroup(p: _Page) -> None:
    rng, doc = p.rng, p.doc
    p.chosen.sort(key=lambda a: a.date)
    mode = p.layout(["groups-seconds", "mbox-from-line", "news-date-header", "iso-space-utc"])
    subject = _headline(p.chosen[0], rng)
    p.capture_line()
    if mode == "groups-seconds":
        doc.lines(f"Groups › {GROUPS[rng.randrange(3)]}", subject, f"{len(p.chosen)} messages")
    elif mode == "iso-space-utc":
        doc.lines(f"Archive of {GROUPS[rng.randrange(3)]}", "[Date Prev][Date Next][Thread Prev][Thread Next][Index]")
    else:
        doc.lines(f"{rng.choice(['Mailing list archive', 'Newsgroup dump'])}: {GROUPS[rng.randrange(3)]}")
    previous: tuple[Ctx, Article] | None = None
    for k, art in enumerate(p.chosen):
        c = p.ctx()
        form, st = p.stamp(art, c, [mode], "newsgroup")
        title = subject if k == 0 else f"Re: {subject}"
        if st is not None and _has_title(st.head):
            head = _fill(st.head, title)
            main = 0
        else:
            head = ([title] if k == 0 or mode != "groups-seconds" else []) + (st.head if st else [f"From: {c.person}"])
            main = 0
        body = _body(art, rng, 1, 3)
        foot: list[str] = []
        if previous is not None and rng.random() < 0.6:
            pc, pa = previous
            quoted = re.split(r"(?<=[.!?])\s", pa.paragraphs[0], maxsplit=1)[0]
            attribution = (
                f"On {DY[pa.date.weekday()]}, {MON[pa.date.month - 1]} {pa.date.day}, {pa.date.year} at {pc.clock12()}, "
                f"{pc.person} <{pc.handle}@example.org> wrote:"
                if p.dated
                else f"{pc.person} <{pc.handle}@example.org> wrote:"
            )
            if rng.random() < 0.5:
                head += ["", attribution, *_quote_lines(quoted)]  # a reply under the quote
            else:
                foot += [attribution, *_quote_lines(quoted)]  # a reply over the quote
        if rng.random() < 0.5:
            foot += [
                "-- ",
                c.person,
                rng.choice(
                    [
                        "Reading the news so you don't have to",
                        f"{PLACES[k % len(PLACES)]}, on the net since the dial-up days",
                    ]
                ),
            ]
        doc.segment(head, body, "post", art.date, form, art.id, main=main, foot=foot)
        previous = (c, art)
    doc.lines("Reply all · Reply to author · Forward" if mode == "groups-seconds" else "[Index of this list]")


def _wiki(p: _Page) -> None:
    rng, doc = p.rng, p.doc
    talk = p.layout(["news", "talk", "news"]) == "talk"
    p.capture_line()
    if talk:
        p.chosen.sort(key=lambda a: a.date)
        doc.lines(f"Talk:{_headline(p.chosen[0], rng, 'title')}", "Article   Talk   Read   Edit   View history")
        if p.dated:
            doc.lines("Archives: 1, 2, 3", "Threads older than 30 days may be archived by a bot.")
    else:
        p.chosen.sort(key=lambda a: a.date, reverse=True)
        doc.lines(rng.choice(WIKIS), "Main page   Latest news   Archives   Random article", "Latest stories")
    for art in p.chosen:
        c = p.ctx()
        title = _headline(art, rng, "title")
        if talk:
            form, st = p.stamp(art, c, ["talk-signature"], "wiki")
            if form != "talk-signature":
                form, st = ("none", None) if not p.dated else ("talk-signature", f_talk_signature(art.date, c))
            head = [f"== {title} =="]
            body = _body(art, rng, 1, 2)
            if st is not None:
                body[-1] = body[-1] + " " + st.tail
            else:
                body[-1] = body[-1] + f" — {c.handle} (talk)"
            doc.segment(head, body, "post", art.date, form, art.id)
            if rng.random() < 0.5:

                def reply(who: str, when: dt.date | None, text: str) -> str:
                    sig = (
                        f"— {who} (talk) {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}, {when.day} {MONTHS[when.month - 1]} {when.year} (UTC)"
                        if when
                        else f"— {who} (talk)"
                    )
                    return f":{text} {sig}"

                p.comments(art, [], reply)
            continue
        form, st = p.stamp(art, c, [rng.choice(["revision-as-of", "infobox-published", "sources-cite-foot"])], "wiki")
        if form == "talk-signature":  # not a news entry's form
            form, st = "revision-as-of", f_revision_as_of(art.date, c)
        head = _fill(st.head, title) if st is not None and _has_title(st.head) else [title]
        body = _body(art, rng, 2, 4)
        foot = _fill(st.foot, title) if st is not None else []
        if not foot and rng.random() < 0.5:
            foot = ["Sources", f'• {c.person}. "{title}" — {c.outlet}']
        doc.segment(head, body, "article", art.date, form, art.id, main=0, foot=foot)
        doc.lines(rng.choice(["Share this story", "Have an opinion on this story? Share it!", "Related news"]))
    if p.dated:
        last = _later(max(a.date for a in p.chosen), rng, 2, 40)
        doc.lines(
            f"This page was last edited on {last.day} {MONTHS[last.month - 1]} {last.year}, at {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}."
        )
    doc.lines('Retrieved from "https://wiki.example.org/"', "Privacy policy   About   Disclaimers")


def _liveblog(p: _Page) -> None:
    rng, doc = p.rng, p.doc
    mode = p.layout(["dayname-noyear-ampm", "day-heading-clock"]) if p.capture is not None else "day-heading-clock"
    ctxs = [(art, p.ctx()) for art in p.chosen]
    ctxs.sort(key=lambda ac: (ac[0].date, ac[1].h, ac[1].m), reverse=True)
    p.chosen[:] = [a for a, _ in ctxs]
    p.capture_line()
    doc.lines(f"LIVE  {_headline(p.chosen[-1], rng, 'title')} – latest updates", f"{rng.choice(SECTIONS)} live")
    if p.dated and rng.random() < 0.6:
        doc.lines(
            "Key events", *(f"{c.h:02d}:{c.m:02d}  {_headline(a, rng)}" for a, c in ctxs[:3]), "Show key events only"
        )
    last_day = ""
    for art, c in ctxs:
        form, st = p.stamp(art, c, [mode], "liveblog")
        title = _headline(art, rng)
        head = list(st.head) if st is not None else []
        main = 0
        if st is not None and st.day and st.day != last_day:
            head = [st.day, ""] + head
            main = 2
            last_day = st.day
        head.append(title)
        doc.segment(head, _body(art, rng, 1, 2), "post", art.date, form, art.id, main=main)
        if rng.random() < 0.4:
            updated = f"Updated at {min(23, c.h + 1):02d}:{c.m:02d}" if p.dated else "Share"
            doc.lines(rng.choice(["Share", "Copy link · Share", updated]))
    doc.lines("Live coverage has ended." if rng.random() < 0.5 else "Load earlier updates")


def _hyphenate(paragraph: str, width: int, rng: random.Random) -> str:
    """A paragraph as a PDF's text layer gives it: narrow lines, words broken with a hyphen."""
    lines = textwrap.wrap(paragraph, width)
    for k in range(1, len(lines) - 1):
        words = lines[k + 1].split(" ")
        if len(words[0]) >= 7 and words[0].isalpha() and rng.random() < 0.5:
            cut = rng.randint(3, len(words[0]) - 3)
            lines[k] += " " + words[0][:cut] + "-"
            lines[k + 1] = " ".join([words[0][cut:], *words[1:]])
    return "\n".join(lines)


def _ligatures(text: str) -> str:
    return text.replace("fi", "ﬁ").replace("fl", "ﬂ")


def _pdf(p: _Page) -> None:
    rng, doc = p.rng, p.doc
    p.chosen.sort(key=lambda a: a.date)
    mode = p.layout(["running-head", "clip-dd-mon-yyyy", "edition-compact-foot"])
    total = len(p.chosen) + 1
    org = rng.choice(COMPANIES)
    doc.lines(f"PRESS CLIPPINGS — {org.upper()}", "Compiled for internal use only. Not for redistribution.")
    if p.dated:
        compiled = p.capture or _later(max(a.date for a in p.chosen), rng, 1, 9)
        doc.lines(f"Compiled {compiled.day:02d}/{compiled.month:02d}/{compiled.year}", blank=False)
    doc.lines(f"Page 1 of {total}", blank=False)
    doc.put("\f")
    for k, art in enumerate(p.chosen, start=2):
        c = p.ctx()
        form, st = p.stamp(art, c, [mode], "pdf")
        title = _headline(art, rng, "upper")
        if st is not None and _has_title(st.head):
            head = _fill(st.head, title)
            main = _title_index(st.head)
        else:
            head = [f"{rng.randint(2, 40)}      {c.outlet.upper()}", "", title]
            main = 2
        if rng.random() < 0.4:
            head.append(f"By {c.person.upper()}")
        width = rng.randint(34, 46)
        body = [_hyphenate(para, width, rng) for para in _body(art, rng, 2, 4)]
        body[1:] = [_ligatures(b) for b in body[1:]]
        foot = list(st.foot) if st is not None else []
        if rng.random() < 0.3:
            foot.insert(0, f"(Continued on page {rng.randint(5, 30)})")
        if p.dated and rng.random() < 0.5:
            load = _later(art.date, rng, 1, 8)
            foot.append(f"LOAD-DATE: {MONTHS[load.month - 1]} {load.day}, {load.year}")
        if p.dated and rng.random() < 0.4:
            foot.append(f"Copyright {art.date.year} {c.outlet}")
        foot.append(f"Page {k} of {total}")
        doc.segment(head, body, "article", art.date, form, art.id, main=main, foot=foot)
        doc.put("\f")
    doc.put("\n")


def _chat_line(form: str, d: dt.date, c: Ctx, who: str, text: str, minutes: int) -> str:
    """Another message of the export in the same layout: a reaction or a system line, some minutes later."""
    later = c.h * 60 + c.m + minutes
    rc = Ctx(c.rng, c.capture, c.day_first, who, who, c.outlet, min(23, later // 60), later % 60, c.rng.randint(0, 59))
    line = WRITERS[form](d, rc).head[0].replace(T, text)
    return line if form != "chat-copy-bracket" else f"{line}\n{text}"


def _chat(p: _Page) -> None:
    rng, doc = p.rng, p.doc
    forms = ["chat-day-divider", "chat-bracket-seconds", "weekday-slash-noyear", "chat-dash-ampm"]
    mode = p.layout([*forms, "chat-copy-bracket", "im-log-conversation"])
    if mode in NEEDS_CAPTURE:
        if not p.dated:
            mode = "chat-copy-bracket"
        elif p.capture is None:  # an export that writes no year says when it was made
            p.capture = max(a.date for a in p.chosen) + dt.timedelta(days=rng.randint(0, 30))
    group = rng.choice(CHATS)
    ctxs = [(art, p.ctx(outlet=group)) for art in p.chosen]
    ctxs.sort(key=lambda ac: (ac[0].date, ac[1].h, ac[1].m))
    p.chosen[:] = [a for a, _ in ctxs]
    if p.capture is not None:
        doc.lines(f"Chat export · {group} · generated {MONTHS[p.capture.month - 1]} {p.capture.day}, {p.capture.year}")
    else:
        doc.lines(f"Chat export · {group}")
    if p.dated and mode in ("chat-bracket-seconds", "chat-dash-ampm"):  # a system line, days before
        first = ctxs[0][0].date - dt.timedelta(days=rng.randint(1, 20))
        line = _chat_line(mode, first, p.ctx(), "\x01", "", 0)
        doc.lines(line.split(" \x01")[0] + f" {rng.choice(PEOPLE)} created group “{group}”", blank=False)
    last_day = ""
    copy_at = rng.randrange(len(ctxs)) if p.dated and len(ctxs) < 6 and rng.random() < 0.3 else None
    reacts = mode in ("chat-bracket-seconds", "chat-dash-ampm", "im-log-conversation", "chat-copy-bracket")
    for k, (art, c) in enumerate(ctxs):
        if not p.dated:
            form, st = "none", None
        else:
            form, st = p.stamp(art, c, [mode], "chat")
            if form != mode:  # an export keeps one layout: fall back to one without the capture's help
                form, st = "chat-copy-bracket", f_chat_copy_bracket(art.date, c)
        title = _headline(art, rng)
        head = _fill(st.head, title) if st is not None else [f"{c.person}: {title}"]
        main = 0
        if st is not None and st.day and st.day != last_day:
            head = [st.day, *head]
            main = 1
            last_day = st.day
        if k and rng.random() < 0.2:
            head.insert(main + 1, "Forwarded")
        chat = {"gap": False, "sep": "\n", "trail": False}
        doc.segment(head, _body(art, rng, 1, 3), "post", art.date, form, art.id, main=main, **chat)
        if k == copy_at and st is not None and form in WRITERS:  # the same story forwarded again minutes later
            again = _chat_line(form, art.date, c, rng.choice(PEOPLE), _headline(art, rng), rng.randint(1, 9))
            head = [*again.split("\n")[:1], "Forwarded", *again.split("\n")[1:]]
            if form in ("chat-day-divider", "weekday-slash-noyear"):
                head.insert(1, _headline(art, rng))
            doc.segment(head, list(art.paragraphs[:1]), "post", art.date, form + "+copy", art.id, **chat)
        if reacts and rng.random() < 0.45:
            minutes = iter(range(3, 60, 7))
            p.comments(
                art,
                [],
                lambda who, when, text, form=form, c=c, art=art, minutes=minutes: (
                    _chat_line(form, art.date, c, who, text, next(minutes))
                    if when and form != "none"
                    else f"{who}: {text}"
                ),
                **chat,
            )


def _newsletter(p: _Page) -> None:
    rng, doc = p.rng, p.doc
    mode = p.layout(["issue-number-dash", "mail-date-at", "sent-weekday-padded"])
    name = rng.choice(NEWSLETTERS)
    p.chosen.sort(key=lambda a: a.date, reverse=mode != "sent-weekday-padded")
    p.capture_line()
    if mode == "issue-number-dash":
        doc.lines("View in browser", name, "Past issues")
    elif mode == "mail-date-at":
        doc.lines(f"Mailbox printout — folder “{name}”", f"{len(p.chosen)} messages")
    else:
        doc.lines("Fwd chain — printed from webmail", f"Folder: {rng.choice(SECTIONS)}")
    for art in p.chosen:
        c = p.ctx(outlet=name)
        form, st = p.stamp(art, c, [mode], "newsletter")
        title = _headline(art, rng, "title")
        if st is not None:
            head = _fill(st.head, title)
            main = _title_index(st.head) if mode == "issue-number-dash" else 0
        else:
            head = [f"{name}", "", title] if mode == "issue-number-dash" else [f"From: {c.person}", f"Subject: {title}"]
            main = 2 if mode == "issue-number-dash" else 0
        body = _body(art, rng, 2, 4)
        foot: list[str] = []
        if mode == "sent-weekday-padded" and p.dated and rng.random() < 0.7:
            old = art.date - dt.timedelta(days=rng.randint(1, 12))
            oc = p.ctx()
            foot += [
                "-----Original Message-----",
                f"From: {oc.person} [mailto:{oc.handle}@example.com]",
                f"Sent: {DAYS[old.weekday()]}, {MONTHS[old.month - 1]} {old.day:02d}, {old.year} {oc.clock12()}",
                f"Subject: {title}",
                rng.choice(["Worth passing on.", "See below — can we use this?", "FYI"]),
            ]
        if mode == "issue-number-dash" and p.dated and rng.random() < 0.5:
            event = _later(art.date, rng, 7, 30)
            foot += [
                "UPCOMING",
                f"Reader meetup in {rng.choice(PLACES)}, {MONTHS[event.month - 1]} {event.day}, {event.year}",
            ]
        doc.segment(head, body, "article", art.date, form, art.id, main=main, foot=foot)
        if mode != "sent-weekday-padded":
            doc.lines("Forward to a friend · Unsubscribe · Update your preferences")
    if p.dated:
        signed = min(a.date for a in p.chosen) - dt.timedelta(days=rng.randint(60, 900))
        doc.lines(
            f"You are receiving this because you subscribed on {signed.day} {MONTHS[signed.month - 1]} {signed.year}."
        )
        doc.lines(f"© {max(a.date for a in p.chosen).year} {name}")


def _notices(p: _Page) -> None:
    rng, doc = p.rng, p.doc
    p.chosen.sort(key=lambda a: a.date)
    gazette = rng.choice(GAZETTES)
    p.capture_line()
    doc.lines(gazette.upper(), "PUBLIC NOTICES", "Notices are printed as received from the advertiser.")
    for n, art in enumerate(p.chosen):
        c = p.ctx()
        form, st = p.stamp(art, c, [p.layout(list(STYLE_FORMS["notices"]), n)], "notices")
        title = _headline(art, rng, "upper")
        number = f"NOTICE {rng.randint(100, 9999)}"
        if st is not None and _has_title(st.head):
            head = _fill(st.head, title)
            main = 0
        elif st is not None:
            head = [number, title, *st.head] if rng.random() < 0.5 else [*st.head, number, title]
            main = head.index(number)
        else:
            head = [number, title]
            main = 0
        if p.dated and rng.random() < 0.4:
            born = art.date.replace(day=1) - dt.timedelta(days=rng.randint(9000, 25000))
            head.append(
                f"In the matter of {c.person}, of {rng.choice(PLACES)}, born {born.day} {MONTHS[born.month - 1]} {born.year}"
            )
        body = _body(art, rng, 1, 3)
        foot = list(st.foot) if st is not None else []
        if p.dated and rng.random() < 0.5:
            due = _later(art.date, rng, 14, 42)
            foot.insert(0, f"Objections must be lodged in writing by {due.day} {MONTHS[due.month - 1]} {due.year}.")
        doc.segment(head, body, "article", art.date, form, art.id, main=main, foot=foot)
        if n % 2:
            doc.lines("— · —")
    doc.lines(f"{gazette} · Printed by authority")


def _classicblog(p: _Page) -> None:
    rng, doc = p.rng, p.doc
    mode = p.layout(["day-header-posted-by", "entry-posted-foot", "reblog-notes"])
    blog = rng.choice(BLOGS)
    ctxs = [(art, p.ctx()) for art in p.chosen]
    ctxs.sort(key=lambda ac: (ac[0].date, ac[1].h, ac[1].m), reverse=True)
    p.chosen[:] = [a for a, _ in ctxs]
    p.capture_line()
    doc.lines(blog, rng.choice(["Home   About   Archive", "Ask me anything · Archive · RSS", "Home | Contact"]))
    if p.dated and rng.random() < 0.5:  # the archive widget at the top of the text (a sidebar copied first)
        top = p.chosen[0].date
        doc.lines(
            "Blog Archive",
            f"▼ {top.year} ({rng.randint(8, 60)})",
            f"▼ {MONTHS[top.month - 1]} ({len(p.chosen)})",
            f"► {MONTHS[(top.month - 2) % 12]} ({rng.randint(1, 12)})",
            f"► {top.year - 1} ({rng.randint(20, 90)})",
        )
    last_day = ""
    author = rng.choice(PEOPLE)
    for art, c in ctxs:
        c.person = author
        form, st = p.stamp(art, c, [mode], "classicblog")
        title = _headline(art, rng, "title")
        head = _fill(st.head, title) if st is not None and _has_title(st.head) else [title]
        main = _title_index(st.head) if st is not None and _has_title(st.head) else 0
        if st is not None and st.day and st.day != last_day:
            head = [st.day, ""] + head
            main += 2
            last_day = st.day
        foot = list(st.foot) if st is not None else []
        if mode == "day-header-posted-by":
            foot += [f"{rng.randint(0, 12)} comments", f"Labels: {', '.join(rng.sample(SECTIONS, 2)).lower()}"]
        doc.segment(head, _body(art, rng, 2, 4), "article", art.date, form, art.id, main=main, foot=foot)
        if mode != "reblog-notes" and rng.random() < 0.35:

            def render(who: str, when: dt.date | None, text: str, c: Ctx = c) -> str:
                c = Ctx(rng, h=rng.randint(0, 23), m=rng.randint(0, 59))
                if when is None:
                    return f"{who} said...\n{text}"
                if mode == "day-header-posted-by":
                    return f"{who} said...\n{text}\n{MONTHS[when.month - 1]} {when.day}, {when.year} at {c.clock12()}"
                return f"{who} says:\n{MONTHS[when.month - 1]} {_ord(when.day)}, {when.year} at {c.clock12(lower=True)}\n{text}"

            p.comments(
                art,
                [f"{rng.randint(1, 4)} Responses to “{title}”" if mode != "day-header-posted-by" else "Post a Comment"],
                render,
            )
    doc.lines(
        "Newer Posts   Home   Older Posts" if mode == "day-header-posted-by" else "« Older Entries",
        "About Me",
        f"{author} — reading, writing, grumbling."
        + (f" Writing here since {p.chosen[-1].date.year - rng.randint(1, 6)}." if p.dated else ""),
    )


def _pressreview(p: _Page) -> None:
    rng, doc = p.rng, p.doc
    p.capture_line()
    doc.lines(
        rng.choice(["Rassegna stampa · Press review · Revista de imprensa", "Persoverzicht / Press review"]),
        "Europe · Wire · Regions",
    )
    related = {
        "italian-ore": ("Leggi anche", lambda d: f"{d.day} {IT_MONTHS[d.month - 1]} {d.year}"),
        "portuguese-as": ("Leia também", lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}"),
        "dutch-abbr": ("Lees ook", lambda d: f"{d.day} {NL_MON[d.month - 1]} {d.year}"),
        "czech-genitive": ("Čtěte také", lambda d: f"{d.day}. {CS_MONTHS[d.month - 1]} {d.year}"),
        "greek-genitive": ("Διαβάστε επίσης", lambda d: f"{d.day} {EL_MONTHS[d.month - 1]} {d.year}"),
        "hungarian-year-first": ("Olvasta már?", lambda d: f"{d.year}. {HU_MONTHS[d.month - 1]} {d.day}."),
        "finnish-klo": ("Lue myös", lambda d: f"{d.day}.{d.month}.{d.year}"),
    }
    updated = {
        "italian-ore": lambda d: f"Aggiornato il {d.day} {IT_MONTHS[d.month - 1]} {d.year}",
        "portuguese-as": lambda d: f"Atualizado em {d.day:02d}/{d.month:02d}/{d.year}",
        "dutch-abbr": lambda d: f"Bijgewerkt {d.day} {NL_MON[d.month - 1]} {d.year}",
        "finnish-klo": lambda d: f"Päivitetty {d.day}.{d.month}.{d.year}",
    }
    copy_of = rng.randrange(len(p.chosen)) if p.dated and rng.random() < 0.3 and len(p.chosen) < 6 else None
    items = list(enumerate(p.chosen))
    if copy_of is not None:
        items.append((copy_of, p.chosen[copy_of]))
    for n, (_, art) in enumerate(items):
        c = p.ctx()
        form, st = p.stamp(art, c, [p.layout(list(STYLE_FORMS["pressreview"]), n)], "pressreview")
        if st is not None and n < len(p.chosen) and rng.random() < 0.07:
            form, st = "none", None
        title = _headline(art, rng)
        label = f"{c.outlet} · {rng.choice(SECTIONS)}"
        head = [label, title, *(st.head if st else [])]
        if st is not None and form in updated and rng.random() < 0.3:
            head.append(updated[form](_later(art.date, rng, 1, 4)))
        kind = f"{form}+copy" if n >= len(p.chosen) else form
        doc.segment(head, _body(art, rng, 1, 3), "article", art.date, kind, art.id, main=1)
        if st is not None and form in related and rng.random() < 0.5:
            word, fmt = related[form]
            rel = p.other(art)
            doc.lines(f"{word}: {_headline(rel, rng)} ({fmt(rel.date)})")


RENDER: dict[str, Callable[[_Page], None]] = {
    "longform": _longform,
    "discourse": _discourse,
    "fediverse": _fediverse,
    "newsgroup": _newsgroup,
    "wiki": _wiki,
    "liveblog": _liveblog,
    "pdf": _pdf,
    "chat": _chat,
    "newsletter": _newsletter,
    "notices": _notices,
    "classicblog": _classicblog,
    "pressreview": _pressreview,
}
#: Styles whose pages state their capture date more often (they have relative stamps or stamps without a year).
CAPTURE_STYLES = {"longform", "discourse", "fediverse", "liveblog", "chat"}


# ------------------------------------------------------------------------------------------------ generate


def _pick(rng: random.Random, articles: list[Article], n: int, recent: list[Article]) -> list[Article]:
    """``n`` articles from three weeks of the corpus (sometimes around one already shown on an earlier page)."""
    n = min(n, len(articles))
    first = rng.choice(recent) if recent and rng.random() < 0.2 else rng.choice(articles)
    near = [a for a in articles if a.id != first.id and abs((a.date - first.date).days) <= 21]
    rng.shuffle(near)
    chosen = [first, *near[: n - 1]]
    if len(chosen) < 2:  # a lonely article: its nearest neighbours in time
        rest = sorted((a for a in articles if a.id != first.id), key=lambda a: (abs((a.date - first.date).days), a.id))
        chosen += rest[: max(1, n - len(chosen))]
    return chosen


def generate(corpus: pathlib.Path, seed: int = 1, count: int = 40) -> list[Page]:
    """``count`` pages, the same for the same corpus and seed (styles in turn; one page in nine undated)."""
    articles = sorted(read_articles(pathlib.Path(corpus)), key=lambda a: (a.date, a.id))
    if len(articles) < 2:
        raise ValueError("the corpus needs at least two dated articles of two paragraphs")
    rng = random.Random(f"pages-d:{seed}")
    undated = set()
    for block in range(0, count, 9):
        undated.add(block + rng.randrange(9))
    offset = rng.randrange(len(STYLES))
    turns = {style: rng.randrange(12) for style in STYLES}  # where each style starts in its list of layouts
    pages: list[Page] = []
    recent: list[Article] = []
    for n in range(count):
        style = STYLES[(n + offset) % len(STYLES)]
        dated = n not in undated
        chosen = _pick(rng, articles, rng.randint(2, 6), recent)
        wants = 0.6 if style in CAPTURE_STYLES else 0.25
        capture = None
        if dated and rng.random() < wants:
            later = rng.randint(0, 5) if rng.random() < 0.7 else rng.randint(20, 120)  # captured soon, or months on
            capture = max(a.date for a in chosen) + dt.timedelta(days=later)
        page = _Page(rng, chosen, dated, capture, rng.random() < 0.5, articles, turns[style])
        turns[style] += dated  # (an undated page does not use up its style's layout)
        RENDER[style](page)
        pages.append(Page(f"page{n:03d}_{style}", style, page.doc.text(), tuple(page.doc.gold)))
        recent = (recent + chosen)[-30:]
    return pages


def cli(
    corpus: pathlib.Path,
    seed: int = 1,
    count: int = 40,
    errors: int = 0,
    as_json: bool = False,
    keep: pathlib.Path | None = None,
) -> int:
    """``timeline evaluate --pages --generator d``: these pages, through ``pages.py``'s scorer and report."""
    from . import pages

    return pages.cli(corpus, seed, count, errors, as_json, keep, generator=sys.modules[__name__], name="generator d")
