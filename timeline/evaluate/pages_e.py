"""Generator e: a fifth development set of scraped-looking pages, written independently of the segmentation and
dating rules (``timeline evaluate CORPUS --pages --generator e``).

Like the other generators it builds pages at evaluation time from a tbaq-layout corpus (``manifest.csv`` +
``docs/``) whose manifest dates are the truth, and hands them to the scorer of :mod:`timeline.evaluate.pages`
unchanged (:func:`generate` returns :class:`~timeline.evaluate.pages.Page` objects with
:class:`~timeline.evaluate.pages.GoldSegment` gold). Every page holds 2 to 6 corpus articles (a syndicated copy
may repeat one) in one of ten page styles:

``news``        CMS front pages in five designs (broadsheet, portal, tabloid, regional, text dump): section
                labels, titles, standfirsts, bylines, share bars, mid-article furniture, "Related" lists with
                their own dates, cookie banners, menus, "today" lines, footers with copyright years, comments.
``blog``        five engines (a WordPress-like, a Blogger-like with date headers over the posts and "Posted by
                ... at" lines under them, a Medium-like "5 min read", a Ghost-like, a LiveJournal-like), with
                comment threads and archive sidebars listing months.
``forum``       five engines (phpBB-, vBulletin-, SMF-, Invision- and Discourse-like): user names, ranks, post
                counts, join dates, quoted posts (some with the quoted post's date), signatures.
``aggregator``  a list of titles with source and date (or relative stamps), then the full texts.
``print``       OCR'd newspaper pages: running heads with the issue date, narrow hyphenated columns, kickers,
                datelines with no year, page breaks inside articles, jump lines, a little OCR noise.
``epaper``      e-paper exports: an edition line (day-first dotted date) per page, page markers.
``wiki``        Wikinews-like: title, a date line ("Friday, April 3, 2009"), text, a "Sources" list citing other
                outlets with their own dates, categories holding the date, "last edited" footers.
``syndication`` partner-content pages: "Republished ... / Originally published by ... on ..." and "This article
                originally appeared in ..." credits; articles reused from earlier pages and copies within a page.
``digest``      mailing-list archives: Mailman digests (RFC 2822 ``Date:`` headers, Message-IDs, quoted replies),
                Pipermail pages (asctime stamps), Outlook-style threads (``Sent:`` lines, newest first).
``press``       press-release wire pages: "FOR IMMEDIATE RELEASE", datelines with the full date, contacts.

Pages come in turns of the styles (news sites twice a turn, the others once), each page's usual header form
drawn in turn from its style's forms. A page is dated or not (about one in ten has no date anywhere: no stamps,
no dated furniture). A dated page uses its usual form for most of its articles (a site's CMS writes one format),
with some articles in one of two other forms and a few without a date of their own. Numeric dates follow the page's order (day-first or month-first);
the page's other dates (furniture, related lists, other articles) may or may not decide which. Relative stamps
("3 days ago", "Yesterday, 02:02 PM", "Apr 3") are used only where the page states when it was captured.
:data:`FORMS` is the table of header forms: a name, a slot (where on the page the stamp goes), a writer, an
example and what it needs from the page.

Gold, in the semantics of :class:`~timeline.evaluate.pages.GoldSegment`:

* ``start`` is the segment's first header line a predicted start must reach: an article's title line (a
  section label, a kicker or a stamp over the title may fall on either side), a forum post's first header line,
  a mail's first header line after the digest's ``Message: N`` label, a comments block's heading.
* ``zone`` is the end of the previous segment (its body and the lines that belong to it: signatures,
  "Posted by ... at", "This entry was posted on ...", sources and categories, reply quotes): the furniture
  between two segments counts for either.
* ``body`` is the first character of the article's first paragraph (a dateline opening it is included).
* ``kind`` is ``article`` (news, blog, wiki, print, press, aggregator and mail texts), ``post`` (forum posts) or
  ``comments`` (reader comment blocks: ``date`` None, ``form`` "comments", ``article`` "").
* ``date`` is the manifest date of the corpus article, also for articles whose page states no date (``form``
  "none"): the scorer counts those as dated articles it expects the pipeline to find or leave undated.
  Syndicated copies keep the original's date, ``form`` ending in "+syndicated".
"""

from __future__ import annotations

import datetime as dt
import pathlib
import random
import re
import sys
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, replace

from .pages import Article, GoldSegment, Page, read_articles

# ------------------------------------------------------------------------------------------------ vocabulary
# fmt: off
# Every name below is invented for this generator.

OUTLETS = (
    "The Marlow Courier", "Kestrel Valley Herald", "The Brightwater Sentinel", "Northmoor Evening Post",
    "The Halloway Gazette", "Corran Bay Chronicle", "The Ashgrove Ledger", "Westerfold Tribune",
    "The Pellham Observer", "Dunmere Daily Record", "The Tarrow Examiner", "Feldgate Morning Star",
)
WIRES = (
    "Larkspur Wire", "Meridian Press Service", "Tidewater News Agency", "Copperline Newswire",
)
CITIES = (
    "MARLOW", "KESTREL", "BRIGHTWATER", "NORTHMOOR", "HALLOWAY", "CORRAN BAY", "ASHGROVE", "PELLHAM",
)
REGIONS = (
    "Westshire", "Lowmark", "East Tarrow", "the Fenlands",
)
FIRST = (
    "Ysolde", "Tamsin", "Idris", "Corwen", "Maelis", "Oskar", "Perpetua", "Lucan", "Anneliese", "Severin", "Rosalind",
    "Thaddeus", "Wilhelmina", "Caspian", "Odette", "Bramwell",
)
LAST = (
    "Fenwick", "Marchbanks", "Quillfeather", "Ashdown", "Pendergast", "Greaves", "Lindqvist", "Okonkwo-Hale",
    "Castellane", "Brandvold", "Merriweather", "Thistlewood", "Varga-Doyle", "Hallorann",
)
HANDLES = (
    "ysolde_f", "tidewatcher", "old_ferryman", "quietgull", "marlow_lad", "northmoor88", "brick_and_mortar",
    "kestrelite", "paper_boat", "civic_minded", "the_real_oskar", "lanternjaw", "saltmarsh_sue", "grey_heron",
)
RANKS = (
    "Newbie", "Member", "Senior Member", "Regular", "Veteran", "Moderator", "Hero Member", "Contributor",
)
BLOGS = (
    "Notes from the Estuary", "The Quiet Ledger", "Kettle & Print", "Small Harbour Thoughts", "Margin Notes",
)
AGGREGATORS = ("NewsPile", "Headline Harbour", "Briefly Daily", "Gathered Press")
FORUMS = ("Marlow Community Boards", "Kestrel Valley Forum", "The Ferry Landing", "Northmoor Talk")
WIKIS = ("OpenWire News", "CommonPress Wiki")
LISTS = ("marlow-news", "valley-digest", "harbour-watch", "civic-l")
SECTIONS = (
    "WORLD", "Business", "Politics", "Local News", "Markets", "Science", "Opinion", "Nation", "Economy",
)
CATEGORIES = (
    "Economy and business", "Politics and conflicts", "Crime and law", "Europe", "North America", "Asia",
)
COMMENTS = (
    "Thanks for the clear write-up.",
    "I read this twice and still have questions about the figures.",
    "Does anyone know where the full report is?",
    "Finally someone is covering this properly.",
    "My cousin works there and says it is worse than reported.",
    "Sensible piece. Sharing it around.",
    "Can we get a follow-up on this?",
    "Not convinced by the last paragraph at all.",
    "Good to see reporting like this still exists.",
    "Same thing happened here a while back, nobody listened.",
)
SIGNATURES = (
    "Marlow born and bred.",
    "If in doubt, check the tide tables.",
    "Sent from my Kestrel K7",
    "Opinions my own, obviously.",
    "Collector of old timetables.",
)
#: Signatures with a year (a dated page's distractors; a page stated as undated has none).
YEAR_SIGNATURES = ("Rowing since 1994, still losing.", "Member of the harbour choir since 2001.")
SHARE = (
    "Share this article: Facebook | Twitter | Email | Print",
    "Share  Tweet  Pin  Email",
    "f  t  in  ✉  Copy link",
    "SHARE ON FACEBOOK · SHARE ON TWITTER",
    "Share\nSave\nComment",
)
COOKIES = (
    "We use cookies to improve your experience. By continuing to browse you agree to our Cookie Policy.\n[Accept all]  [Manage settings]",
    "We value your privacy\nWe and our partners store and access information on your device to show you news and ads.\nAccept  Reject  More options",
    "This site uses cookies. Find out more here. OK",
)
MENUS = (
    "Home | World | Business | Politics | Sport | Culture | Opinion",
    "News  Sport  Business  Lifestyle  Weather  Jobs  Announcements",
    "☰ Menu   Search   Subscribe   Sign in",
    "HOME · LOCAL · NATION · WORLD · MONEY · OBITUARIES",
)

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
)
ABBR = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
)
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Month names (genitive where the language writes a date so) and weekdays, Monday first, of other languages.
LANG_MONTHS = {
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"),
    "pl": ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"),
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"),
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"),
    "tr": ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"),
    "cs": ("ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"),
}
LANG_WEEKDAYS = {
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "pl": ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"),
    "tr": ("Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"),
}
#: Time zones a site states: abbreviation and offset (within 5.5 hours, and times between 06:00 and 18:59, so
#: that a stamp converted to UTC stays on the article's day).
ZONES = (
    ("BST", "+01:00"), ("GMT", "+00:00"), ("CET", "+01:00"), ("EST", "-05:00"), ("EDT", "-04:00"), ("UTC", "+00:00"),
    ("IST", "+05:30"), ("MSK", "+03:00"),
)

# fmt: on
# ------------------------------------------------------------------------------------------------ forms


@dataclass(frozen=True)
class Ctx:
    """What a header form may need besides the date: the article's time of day, the site, the author, when the
    page was captured (relative stamps are exact only against it)."""

    hour: int = 14
    minute: int = 2
    second: int = 11
    zone: str = "BST"
    offset: str = "+01:00"
    author: str = "Ysolde Fenwick"
    handle: str = "ysolde_f"
    outlet: str = "The Marlow Courier"
    domain: str = "marlowcourier.example"
    city: str = "MARLOW"
    region: str = "Westshire"
    wire: str = "Larkspur Wire"
    slug: str = "harbour-reopens-after-storm"
    capture: dt.datetime | None = dt.datetime(2009, 4, 6, 18, 40)
    number: int = 3  # a post's number in its thread, a print page's number
    later: int = 2  # days from first publication to an update or a republication


EXAMPLE_DATE = dt.date(2009, 4, 3)  # a Friday
EXAMPLE_CTX = Ctx()


def _t24(c: Ctx, sep: str = ":") -> str:
    return f"{c.hour:02d}{sep}{c.minute:02d}"


def _clock(c: Ctx, pad: bool = False, lower: bool = False, space: bool = True, seconds: bool = False) -> str:
    """A 12-hour clock: ``2:02 PM``, ``02:02:11 PM``, ``2:02pm``."""
    hour = c.hour % 12 or 12
    mark = "AM" if c.hour < 12 else "PM"
    sec = f":{c.second:02d}" if seconds else ""
    return (
        f"{hour:02d}" if pad else str(hour)
    ) + f":{c.minute:02d}{sec}{' ' if space else ''}{mark.lower() if lower else mark}"


def _ap_clock(c: Ctx) -> str:
    return f"{c.hour % 12 or 12}:{c.minute:02d} {'a.m.' if c.hour < 12 else 'p.m.'}"


def _us(d: dt.date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def _uk(d: dt.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def _wd(d: dt.date) -> str:
    return WEEKDAYS[d.weekday()]


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _utc(d: dt.date, c: Ctx) -> dt.datetime:
    sign = -1 if c.offset.startswith("-") else 1
    shift = dt.timedelta(hours=int(c.offset[1:3]), minutes=int(c.offset[4:6]))
    return dt.datetime(d.year, d.month, d.day, c.hour, c.minute, c.second) - sign * shift


def _later(d: dt.date, c: Ctx) -> tuple[dt.date, Ctx]:
    """An update's (or a republication's) day and time: ``c.later`` days on, never after the capture."""
    when = d + dt.timedelta(days=c.later)
    if c.capture is not None:
        when = max(d, min(when, c.capture.date()))
    hour = 7 + (c.hour * 5) % 12
    if when == d:
        hour = min(23, c.hour + 2)
    return when, replace(c, hour=hour, minute=(c.minute * 7 + 12) % 60)


def _days_before_capture(d: dt.date, c: Ctx) -> int | None:
    return None if c.capture is None else (c.capture.date() - d).days


def _relative_ago(d: dt.date, c: Ctx) -> str | None:
    days = _days_before_capture(d, c)
    if days is None or days < 0 or days > 6:
        return None
    if days == 0:
        hours = c.capture.hour - c.hour if c.capture else 0
        return f"{hours} hour{'s' if hours > 1 else ''} ago" if hours > 0 else None
    return f"{days} day{'s' if days > 1 else ''} ago"


def _day_word_at(d: dt.date, c: Ctx) -> str | None:
    days = _days_before_capture(d, c)
    if days is None or days < 0 or days > 6 or (days == 0 and c.capture and c.capture.hour <= c.hour):
        return None
    word = "Today" if days == 0 else "Yesterday" if days == 1 else _wd(d)
    return f"{word} at {_t24(c)}"


def _vb_relative(d: dt.date, c: Ctx) -> str | None:
    days = _days_before_capture(d, c)
    if days not in (0, 1) or (days == 0 and c.capture and c.capture.hour <= c.hour):
        return None
    return f"{'Today' if days == 0 else 'Yesterday'}, {_clock(c, pad=True)}"


def _short_no_year(d: dt.date, c: Ctx) -> str | None:
    days = _days_before_capture(d, c)
    return f"{ABBR[d.month - 1]} {d.day}" if days is not None and 0 <= days <= 150 else None


def _updated_then_published(d: dt.date, c: Ctx) -> str:
    u, uc = _later(d, c)
    return f"Updated: {_us(u)}, {_ap_clock(uc)} | Published: {_us(d)}, {_ap_clock(c)}"


def _first_then_modified(d: dt.date, c: Ctx) -> str:
    u, uc = _later(d, c)

    def line(x: dt.date, y: Ctx) -> str:
        return f"{_wd(x)[:3]} {x.day} {ABBR[x.month - 1]} {x.year} {_t24(y, '.')} {y.zone}"

    return f"First published on {line(d, c)}\nLast modified on {line(u, uc)}"


def _republished(d: dt.date, c: Ctx) -> str:
    u, _ = _later(d, c)
    return f"Republished {_us(u)} · Originally published by {c.outlet} on {_us(d)}"


def _rfc2822(d: dt.date, c: Ctx, pad: bool = True) -> str:
    day = f"{d.day:02d}" if pad else str(d.day)
    clock = f"{c.hour:02d}:{c.minute:02d}:{c.second:02d}"
    return f"{_wd(d)[:3]}, {day} {ABBR[d.month - 1]} {d.year} {clock} {c.offset.replace(':', '')}"


def _running_head(d: dt.date, c: Ctx) -> str:
    return f"{c.number}  {c.outlet.upper()}  {_wd(d).upper()}, {MONTHS[d.month - 1].upper()} {d.day}, {d.year}"


def _fr_day(n: int) -> str:
    return "1er" if n == 1 else str(n)


Writer = Callable[[dt.date, Ctx], str | None]


@dataclass(frozen=True)
class Form:
    """A header form. ``slot``: where the stamp goes: ``above`` (a line over the title), ``below`` (line(s)
    under the title), ``byline`` (the byline line, author and date), ``title`` (appended to the title),
    ``url`` (the article's address under the title), ``dateline`` (opening the first paragraph), ``footer``
    (after the text, belonging to the article), ``page`` (the page's running head or edition line), ``post``
    (a forum post's header), ``mail`` (a mail header), ``list`` (only the aggregator's list of titles).
    ``needs``: ``dayfirst`` / ``monthfirst`` (the page's numeric order) or ``capture`` (the page's capture
    line). ``fallback``: forms a site writes when this one cannot (a relative stamp too old to write)."""

    name: str
    slot: str
    write: Writer
    example: str
    needs: str = ""
    fallback: tuple[str, ...] = ()
    example_date: dt.date = EXAMPLE_DATE


# fmt: off
FORMS: tuple[Form, ...] = (
    Form("us-long", "below", lambda d, c: _us(d), "April 3, 2009"),
    Form("uk-long", "below", lambda d, c: _uk(d), "3 April 2009"),
    Form("weekday-us", "below", lambda d, c: f"{_wd(d)}, {_us(d)}", "Friday, April 3, 2009"),
    Form("weekday-uk-time-zone", "below", lambda d, c: f"{_wd(d)} {_uk(d)} {_t24(c, '.')} {c.zone}", "Friday 3 April 2009 14.02 BST"),
    Form("ap-style-time", "below", lambda d, c: f"Posted: {AP_MONTHS[d.month - 1]} {d.day}, {d.year} at {_ap_clock(c)}", "Posted: April 3, 2009 at 2:02 p.m."),
    Form("numeric-dmy", "below", lambda d, c: f"{d.day:02d}/{d.month:02d}/{d.year}", "03/04/2009", "dayfirst"),
    Form("numeric-mdy", "below", lambda d, c: f"{d.month:02d}/{d.day:02d}/{d.year}", "04/03/2009", "monthfirst"),
    Form("dotted-dmy-time", "below", lambda d, c: f"{d.day:02d}.{d.month:02d}.{d.year}, {_t24(c)}", "03.04.2009, 14:02", "dayfirst"),
    Form("short-mdy-ampm", "below", lambda d, c: f"{d.month}/{d.day}/{d.year % 100:02d} {_clock(c)}", "4/3/09 2:02 PM", "monthfirst"),
    Form("short-dmy-24h", "below", lambda d, c: f"{d.day}/{d.month}/{d.year % 100:02d} {_t24(c)}", "3/4/09 14:02", "dayfirst"),
    Form("iso-offset", "below", lambda d, c: f"{d.isoformat()}T{c.hour:02d}:{c.minute:02d}:{c.second:02d}{c.offset}", "2009-04-03T14:02:11+01:00"),
    Form("iso-utc-meta", "below", lambda d, c: f"datePublished: {_utc(d, c):%Y-%m-%dT%H:%M:%S}Z", "datePublished: 2009-04-03T13:02:11Z"),
    Form("rfc2822", "below", lambda d, c: _rfc2822(d, c), "Fri, 03 Apr 2009 14:02:11 +0100"),
    Form("updated-then-published", "below", _updated_then_published, "Updated: April 5, 2009, 5:26 p.m. | Published: April 3, 2009, 2:02 p.m."),
    Form("first-then-modified", "below", _first_then_modified, "First published on Fri 3 Apr 2009 14.02 BST\nLast modified on Sun 5 Apr 2009 17.26 BST"),
    Form("relative-ago", "below", _relative_ago, "3 days ago", "capture", ("short-no-year", "us-long")),
    Form("day-word-at", "below", _day_word_at, "Friday at 14:02", "capture", ("uk-long",)),
    Form("short-no-year", "below", _short_no_year, "Apr 3", "capture", ("us-long",)),
    Form("byline-pipe", "byline", lambda d, c: f"By {c.author}, Staff Writer | {_us(d)}", "By Ysolde Fenwick, Staff Writer | April 3, 2009"),
    Form("byline-on-at", "byline", lambda d, c: f"By {c.author} on {_uk(d)} at {_t24(c)}", "By Ysolde Fenwick on 3 April 2009 at 14:02"),
    Form("nbsp-byline", "byline", lambda d, c: f"By\xa0{c.author}\xa0|\xa0{ABBR[d.month - 1]}\xa0{d.day},\xa0{d.year}", "By\xa0Ysolde Fenwick\xa0|\xa0Apr\xa03,\xa02009"),
    Form("nbsp-uk", "below", lambda d, c: f"{d.day}\xa0{MONTHS[d.month - 1]}\xa0{d.year}\xa0·\xa0{_t24(c)}", "3\xa0April\xa02009\xa0·\xa014:02"),
    Form("bracket-title", "title", lambda d, c: f"[{d.day:02d} {ABBR[d.month - 1]} {d.year}]", "[03 Apr 2009]"),
    Form("bracket-iso-line", "below", lambda d, c: f"[{d.isoformat()} {_t24(c)}]", "[2009-04-03 14:02]"),
    Form("url-path", "url", lambda d, c: f"https://{c.domain}/{d.year}/{d.month:02d}/{d.day:02d}/{c.slug}/", "https://marlowcourier.example/2009/04/03/harbour-reopens-after-storm/"),
    Form("url-compact", "url", lambda d, c: f"{c.domain}/news/{d:%Y%m%d}-{c.slug}.html", "marlowcourier.example/news/20090403-harbour-reopens-after-storm.html"),
    Form("ordinal-us", "below", lambda d, c: f"{MONTHS[d.month - 1]} {_ordinal(d.day)}, {d.year}", "April 3rd, 2009"),
    Form("ordinal-uk-long", "below", lambda d, c: f"{_wd(d)} the {_ordinal(d.day)} of {MONTHS[d.month - 1]} {d.year}", "Friday the 3rd of April 2009"),
    Form("caps-over-title", "above", lambda d, c: f"{ABBR[d.month - 1].upper()} {d.day:02d} {d.year} | {_t24(c)} {c.zone}", "APR 03 2009 | 14:02 BST"),
    Form("dmy-abbr-2digit", "below", lambda d, c: f"{d.day:02d}-{ABBR[d.month - 1]}-{d.year % 100:02d}", "03-Apr-09"),
    Form("ymd-slash-time", "below", lambda d, c: f"{d.year}/{d.month:02d}/{d.day:02d} {_t24(c)}", "2009/04/03 14:02"),
    Form("time-first-utc", "below", lambda d, c: f"{_utc(d, c):%H:%M}, {_uk(d)} (UTC)", "13:02, 3 April 2009 (UTC)"),
    Form("dateline-wire", "dateline", lambda d, c: f"{c.city}, {MONTHS[d.month - 1]} {d.day} ({c.wire}) - ", "MARLOW, April 3 (Larkspur Wire) - "),
    Form("press-dateline", "dateline", lambda d, c: f"{c.city.title()}, {c.region}, {_us(d)} /{c.wire}/ -- ", "Marlow, Westshire, April 3, 2009 /Larkspur Wire/ -- "),
    Form("running-head", "page", _running_head, "3  THE MARLOW COURIER  FRIDAY, APRIL 3, 2009"),
    Form("epaper-edition", "page", lambda d, c: f"e-Paper | {c.outlet} | Edition {d:%d.%m.%Y} | Page {c.number}", "e-Paper | The Marlow Courier | Edition 03.04.2009 | Page 3", "dayfirst"),
    Form("de-long", "below", lambda d, c: (f"{LANG_WEEKDAYS['de'][d.weekday()]}, {d.day}. {LANG_MONTHS['de'][d.month - 1]} {d.year}, {_t24(c)} Uhr" ), "Freitag, 3. April 2009, 14:02 Uhr"),
    Form("fr-long", "below", lambda d, c: (f"Publié le {LANG_WEEKDAYS['fr'][d.weekday()]} {_fr_day(d.day)} {LANG_MONTHS['fr'][d.month - 1]} {d.year} à {c.hour}h{c.minute:02d}" ), "Publié le vendredi 3 avril 2009 à 14h02"),
    Form("es-long", "below", lambda d, c: (f"{LANG_WEEKDAYS['es'][d.weekday()]}, {d.day} de {LANG_MONTHS['es'][d.month - 1]} de {d.year} - {_t24(c)} h" ), "viernes, 3 de abril de 2009 - 14:02 h"),
    Form("it-long", "below", lambda d, c: (f"{LANG_WEEKDAYS['it'][d.weekday()]} {d.day} {LANG_MONTHS['it'][d.month - 1]} {d.year}, ore {_t24(c)}" ), "venerdì 3 aprile 2009, ore 14:02"),
    Form("pt-long", "below", lambda d, c: f"Publicado em {d.day} de {LANG_MONTHS['pt'][d.month - 1]} de {d.year} às {c.hour}h{c.minute:02d}", "Publicado em 3 de abril de 2009 às 14h02"),
    Form("nl-long", "below", lambda d, c: (f"Gepubliceerd: {LANG_WEEKDAYS['nl'][d.weekday()]} {d.day} {LANG_MONTHS['nl'][d.month - 1]} {d.year}, {_t24(c)}" ), "Gepubliceerd: vrijdag 3 april 2009, 14:02"),
    Form("pl-long", "below", lambda d, c: (f"{LANG_WEEKDAYS['pl'][d.weekday()]}, {d.day} {LANG_MONTHS['pl'][d.month - 1]} {d.year} r., {_t24(c)}" ), "piątek, 3 kwietnia 2009 r., 14:02"),
    Form("ru-long", "below", lambda d, c: f"{d.day} {LANG_MONTHS['ru'][d.month - 1]} {d.year} г., {_t24(c)}", "3 апреля 2009 г., 14:02"),
    Form("sv-long", "below", lambda d, c: f"Publicerad {d.day} {LANG_MONTHS['sv'][d.month - 1]} {d.year} kl. {_t24(c, '.')}", "Publicerad 3 april 2009 kl. 14.02"),
    Form("tr-long", "below", lambda d, c: f"{d.day} {LANG_MONTHS['tr'][d.month - 1]} {d.year} {LANG_WEEKDAYS['tr'][d.weekday()]}, {_t24(c)}", "3 Nisan 2009 Cuma, 14:02"),
    Form("cs-long", "below", lambda d, c: f"{d.day}. {LANG_MONTHS['cs'][d.month - 1]} {d.year} {_t24(c)}", "3. dubna 2009 14:02"),
    Form("cjk", "below", lambda d, c: f"{d.year}年{d.month}月{d.day}日 {_t24(c)}", "2009年4月3日 14:02"),
    Form("wp-posted-on", "below", lambda d, c: f"Posted on {_us(d)} by {c.handle}", "Posted on April 3, 2009 by ysolde_f" ),
    Form("blogger-date-header", "above", lambda d, c: f"{_wd(d)}, {_us(d)}".upper(), "FRIDAY, APRIL 3, 2009"),
    Form("wp-postmetadata", "footer", lambda d, c: (f"This entry was posted on {_wd(d)}, {MONTHS[d.month - 1]} {_ordinal(d.day)}, {d.year} at {_clock(c, lower=True)} and is filed under News." ), "This entry was posted on Friday, April 3rd, 2009 at 2:02 pm and is filed under News."),
    Form("medium-read-time", "below", lambda d, c: f"{c.later + 3} min read · {ABBR[d.month - 1]} {d.day}, {d.year}", "5 min read · Apr 3, 2009"),
    Form("phpbb-post", "post", lambda d, c: f"by {c.handle} » {_wd(d)[:3]} {ABBR[d.month - 1]} {d.day:02d}, {d.year} {_clock(c, lower=True)}", "by ysolde_f » Fri Apr 03, 2009 2:02 pm"),
    Form("vb-mdy", "post", lambda d, c: f"{d.month:02d}-{d.day:02d}-{d.year}, {_clock(c, pad=True)}", "04-03-2009, 02:02 PM", "monthfirst"),
    Form("vb-dmy", "post", lambda d, c: f"{d.day:02d}-{d.month:02d}-{d.year}, {_t24(c)}", "03-04-2009, 14:02", "dayfirst" ),
    Form("vb-today-yesterday", "post", _vb_relative, "Yesterday, 02:02 PM", "capture", ("vb-mdy", "vb-dmy"), dt.date(2009, 4, 5)),
    Form("smf-reply", "post", lambda d, c: (f"« Reply #{c.number} on: {MONTHS[d.month - 1]} {d.day:02d}, {d.year}, {_clock(c, pad=True, seconds=True)} »" ), "« Reply #3 on: April 03, 2009, 02:02:11 PM »"),
    Form("invision-posted", "post", lambda d, c: f"Posted {d.day:02d} {MONTHS[d.month - 1]} {d.year} - {_clock(c, pad=True)}", "Posted 03 April 2009 - 02:02 PM"),
    Form("discourse-post", "post", lambda d, c: f"{ABBR[d.month - 1]} {d.day}, {d.year}, {_clock(c, lower=True, space=False)}", "Apr 3, 2009, 2:02pm"),
    Form("mail-rfc2822", "mail", lambda d, c: f"Date: {_rfc2822(d, c, pad=False)} ({c.zone})", "Date: Fri, 3 Apr 2009 14:02:11 +0100 (BST)"),
    Form("mail-outlook", "mail", lambda d, c: f"Sent: {_wd(d)}, {MONTHS[d.month - 1]} {d.day:02d}, {d.year} {_clock(c)}", "Sent: Friday, April 03, 2009 2:02 PM"),
    Form("pipermail-asctime", "mail", lambda d, c: (f"{_wd(d)[:3]} {ABBR[d.month - 1]} {d.day:>2} {c.hour:02d}:{c.minute:02d}:{c.second:02d} {c.zone} {d.year}" ), "Fri Apr  3 14:02:11 BST 2009"),
    Form("aggregator-source", "below", lambda d, c: f"{c.outlet} · {ABBR[d.month - 1]} {d.day}, {d.year}", "The Marlow Courier · Apr 3, 2009"),
    Form("aggregator-list", "list", lambda d, c: f"{c.outlet} — {ABBR[d.month - 1]} {d.day}, {d.year}", "The Marlow Courier — Apr 3, 2009"),
    Form("republished-credit", "below", _republished, "Republished April 5, 2009 · Originally published by The Marlow Courier on April 3, 2009"),
    Form("originally-appeared", "footer", lambda d, c: f"This article originally appeared in {c.outlet} on {_us(d)}.", "This article originally appeared in The Marlow Courier on April 3, 2009."),
)
FORM = {f.name: f for f in FORMS}
LANGUAGE_FORMS = (
    "de-long", "fr-long", "es-long", "it-long", "pt-long", "nl-long", "pl-long", "ru-long", "sv-long", "tr-long",
    "cs-long", "cjk",
)

STYLES = ("news", "blog", "forum", "aggregator", "print", "epaper", "wiki", "syndication", "digest", "press")
#: The styles in one turn of pages: news sites twice (most scraped pages are theirs), the others once.
TURN = ("news", *STYLES)

BLOG_ENGINES: dict[str, tuple[str, ...]] = {
    "wordpress": ("wp-posted-on", "wp-postmetadata", "ordinal-us", "relative-ago", "url-path", "numeric-mdy", "numeric-dmy", "fr-long", "pt-long"),
    "blogger": ("blogger-date-header",),
    "medium": ("medium-read-time", "short-no-year", "relative-ago"),
    "ghost": ("uk-long", "iso-offset", "nbsp-uk", "day-word-at", "de-long", "nl-long", "sv-long", "bracket-iso-line"),
    "livejournal": ("ordinal-us", "ymd-slash-time", "ru-long", "pl-long", "cs-long"),
}
FORUM_ENGINES: dict[str, tuple[str, ...]] = {
    "phpbb": ("phpbb-post",),
    "vbulletin": ("vb-today-yesterday", "vb-mdy", "vb-dmy"),
    "smf": ("smf-reply",),
    "invision": ("invision-posted",),
    "discourse": ("discourse-post", "relative-ago"),
}
MAIL_ENGINES: dict[str, tuple[str, ...]] = {
    "mailman": ("mail-rfc2822",),
    "pipermail": ("pipermail-asctime",),
    "outlook": ("mail-outlook",),
}
NEWS_FORMS = (
    "us-long", "uk-long", "weekday-us", "weekday-uk-time-zone", "ap-style-time", "numeric-dmy", "numeric-mdy",
    "dotted-dmy-time", "short-mdy-ampm", "short-dmy-24h", "iso-offset", "iso-utc-meta", "rfc2822",
    "updated-then-published", "first-then-modified", "relative-ago", "day-word-at", "byline-pipe", "byline-on-at",
    "nbsp-byline", "nbsp-uk", "bracket-title", "url-path", "url-compact", "ordinal-uk-long", "caps-over-title",
    "dmy-abbr-2digit", "ymd-slash-time", "dateline-wire", *LANGUAGE_FORMS,
)
#: The forms each style writes (for the styles built of engines, the union of its engines' forms).
STYLE_FORMS: dict[str, tuple[str, ...]] = {
    "news": NEWS_FORMS,
    "blog": tuple(dict.fromkeys(f for forms in BLOG_ENGINES.values() for f in forms)),
    "forum": tuple(dict.fromkeys(f for forms in FORUM_ENGINES.values() for f in forms)),
    "aggregator": ("aggregator-source", "aggregator-list", "relative-ago", "us-long", "uk-long", "rfc2822", "iso-offset", "numeric-mdy", "numeric-dmy", "es-long", "it-long"),
    "print": ("running-head", "dateline-wire"),
    "epaper": ("epaper-edition", "dotted-dmy-time", "dateline-wire", "de-long"),
    "wiki": ("weekday-us", "uk-long", "time-first-utc"),
    "syndication": ("republished-credit", "originally-appeared", "us-long", "weekday-uk-time-zone", "iso-offset", "ap-style-time"),
    "digest": tuple(f for forms in MAIL_ENGINES.values() for f in forms),
    "press": ("press-dateline", "us-long", "weekday-us", "iso-offset"),
}

# fmt: on
# ------------------------------------------------------------------------------------------------ page context


@dataclass
class Site:
    """One page's choices: its outlet, numeric order, capture time, usual form."""

    rng: random.Random
    style: str
    outlet: str
    domain: str
    dated: bool
    dayfirst: bool
    capture: dt.datetime | None
    zone: tuple[str, str]
    forms: tuple[str, ...]
    primary: str
    pool: list[Article]
    newest: dt.date
    bare: float = 0.04  # share of a dated page's articles stated without a date

    def fits(self, form: Form) -> bool:
        if form.needs == "dayfirst":
            return self.dayfirst
        if form.needs == "monthfirst":
            return not self.dayfirst
        if form.needs == "capture":
            return self.capture is not None
        return True

    def ctx(self, outlet: str | None = None, number: int = 1, title: str = "") -> Ctx:
        rng = self.rng
        outlet = outlet or self.outlet
        return Ctx(
            hour=rng.randint(6, 18),
            minute=rng.randint(0, 59),
            second=rng.randint(0, 59),
            zone=self.zone[0],
            offset=self.zone[1],
            author=_person(rng),
            handle=rng.choice(HANDLES),
            outlet=outlet,
            domain=_domain(outlet),
            city=rng.choice(CITIES),
            region=rng.choice(REGIONS),
            wire=rng.choice(WIRES),
            slug=_slug(title) or "story",
            capture=self.capture,
            number=number,
            later=rng.randint(1, 6),
        )

    def stamp(
        self, d: dt.date, ctx: Ctx, forms: tuple[str, ...] | None = None, bare: bool = True
    ) -> tuple[str, str | None]:
        """The form name and stamp text of one article (``"none"`` and None when it states no date)."""
        if not self.dated or (bare and self.rng.random() < self.bare):
            return "none", None
        names = [n for n in (forms or self.forms) if self.fits(FORM[n])]
        name = (
            self.primary
            if self.primary in names and self.rng.random() < 0.78
            else self.rng.choice(names or [self.primary])
        )
        return self.render(name, d, ctx)

    def render(self, name: str, d: dt.date, ctx: Ctx) -> tuple[str, str]:
        tried: list[str] = []
        while name and name not in tried:
            tried.append(name)
            form = FORM[name]
            text = form.write(d, ctx) if self.fits(form) else None
            if text is not None:
                return name, text
            name = next((f for f in form.fallback if self.fits(FORM[f]) and f not in tried), "")
        name = "uk-long" if self.dayfirst else "us-long"
        return name, FORM[name].write(d, ctx) or ""

    def plain(self, d: dt.date, numeric: bool = False) -> str:
        """A date in the page's furniture (related lists, comments, join dates), in the page's order."""
        if numeric:
            return f"{d.day:02d}/{d.month:02d}/{d.year}" if self.dayfirst else f"{d.month:02d}/{d.day:02d}/{d.year}"
        return f"{d.day} {ABBR[d.month - 1]} {d.year}" if self.dayfirst else f"{ABBR[d.month - 1]} {d.day}, {d.year}"


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _domain(outlet: str) -> str:
    words = [w for w in re.sub(r"[^a-z ]", "", outlet.lower()).split() if w != "the"]
    return "".join(words) + ".example"


def _slug(title: str) -> str:
    return "-".join(re.sub(r"[^a-z0-9 ]", "", title.lower()).split()[:7])


_SMALL = frozenset(
    {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with", "from", "as"}
)
_WEAK = (
    _SMALL
    | {"has", "have", "had", "was", "were", "is", "are", "be", "been", "that", "who", "which", "its"}
    | {"their", "his", "her", "after", "before", "about", "into", "over", "than", "said", "says", "will", "would", "it"}
)


def headline(article: Article) -> str:
    """A title for a corpus article, the same wherever the article appears: the opening of its first sentence,
    cut after five to ten words and not on a function word."""
    rng = random.Random(f"headline:{article.id}")
    sentence = _sentence(re.sub(r"[\"“”‘`]|''|``", "", article.paragraphs[0]))
    if len(sentence) > 7 and sentence[0].lower() in ("the", "a", "an") and rng.random() < 0.5:
        sentence = sentence[1:]
    cut = sentence[: rng.randint(5, 10)]
    while len(cut) > 3 and (cut[-1].lower().strip(",;:") in _WEAK or cut[-1].endswith(",")):
        cut.pop()
    title = " ".join(cut).strip(" ,;:-—–_'")
    title = title[:-1] if title.endswith(".") and not re.search(r"\b[A-Z][a-z]?\.$|\.[A-Za-z]\.$", title) else title
    return (title[:1].upper() + title[1:]) if title else "Untitled"


def _cased(title: str, case: str) -> str:
    if case == "upper":
        return title.upper()
    if case == "title":
        words = title.split()
        return " ".join(
            w if (k and w.lower() in _SMALL) or not w[:1].isalpha() else w[:1].upper() + w[1:]
            for k, w in enumerate(words)
        )
    return title


def _sentence(text: str) -> list[str]:
    """The words of a text's first sentence (an abbreviation such as "Corp." or "S." does not end it)."""
    words: list[str] = []
    for w in text.split():
        words.append(w)
        if w[-1:] in ".!?" and len(w) > 4 and "." not in w[:-1] and not w[:1].isupper():
            break
    return words


def _standfirst(article: Article) -> str | None:
    if len(article.paragraphs) < 3:
        return None
    words = _sentence(article.paragraphs[-1])
    return " ".join(words[:26]).rstrip(",;:") + ("…" if len(words) > 26 else "")


def _paragraphs(article: Article, rng: random.Random, low: int = 2, high: int = 7) -> list[str]:
    n = len(article.paragraphs)
    return list(article.paragraphs[: rng.randint(min(low, n), min(high, n))])


def _first_sentence(article: Article, words: int = 24) -> str:
    cut = _sentence(article.paragraphs[0])
    return " ".join(cut[:words]) + ("..." if len(cut) > words else "")


# ------------------------------------------------------------------------------------------------ the sheet


class _Sheet:
    """A page being written, with its gold (a segment's ``main`` header line is the one a start must reach)."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.gold: list[GoldSegment] = []
        self.zone = 0

    @property
    def offset(self) -> int:
        return sum(len(p) for p in self.parts)

    def put(self, *lines: str | None) -> None:
        """Furniture: lines and a blank line (what lies between two segments counts for either)."""
        kept = [line for line in lines if line]
        if kept:
            self.parts.append("\n".join(kept) + "\n\n")

    def segment(
        self,
        header: list[str],
        body: list[str],
        *,
        kind: str,
        date: dt.date | None,
        form: str,
        article: str = "",
        main: int = 0,
        gap: str = "\n",
        pre: list[str] | None = None,
        trailer: list[str] | None = None,
        sep: str = "\n\n",
    ) -> None:
        lines = [piece for h in header for piece in h.split("\n")]
        above = sum(len(h.split("\n")) for h in header[:main])
        start = self.offset + sum(len(line) + 1 for line in lines[:above])
        if lines:
            self.parts.append("\n".join(lines) + "\n" + gap)
        if pre:
            self.parts.append("\n".join(pre) + "\n\n")
        body_at = self.offset
        self.parts.append(sep.join(body) + "\n\n")
        if trailer:
            self.parts.append("\n".join(trailer) + "\n\n")
        self.gold.append(GoldSegment(start, self.zone, body_at, kind, date, form, article))
        self.zone = self.offset

    def text(self) -> str:
        return "".join(self.parts)


def _comments(sheet: _Sheet, site: Site, after: dt.date) -> None:
    """A reader comments block: kind "comments", no date of its own (its stamps are the readers')."""
    rng = site.rng
    n = rng.randint(1, 4)
    head = rng.choice(
        [
            f"{n} Comment{'s' if n > 1 else ''}",
            f"Reader comments ({n})",
            "Join the discussion",
            "Responses",
            f"Showing {n} comments · Sort by: Newest",
        ]
    )
    numeric = rng.random() < 0.4
    lines = []
    for _ in range(n):
        who = rng.choice(HANDLES)
        text = rng.choice(COMMENTS)
        when = ""
        if site.dated:
            day = after + dt.timedelta(days=rng.randint(0, 3))
            if site.capture is not None:
                day = min(day, site.capture.date())
            days = (site.capture.date() - day).days if site.capture else None
            hour, minute = rng.randint(7, 22), rng.randint(0, 59)
            if days is not None and days <= 6 and rng.random() < 0.6:
                when = (
                    "yesterday at " + f"{hour:02d}:{minute:02d}"
                    if days == 1
                    else f"{days} days ago"
                    if days > 1
                    else "2 hours ago"
                )
            else:
                when = f"{site.plain(day, numeric)} at {hour:02d}:{minute:02d}"
        style = rng.randrange(3)
        if style == 0:
            lines.append("\n".join(x for x in (f"{who} says:", when, text, "Reply") if x))
        elif style == 1:
            lines.append("\n".join(x for x in (f"{who} · {when}" if when else who, text, "Like · Reply") if x))
        else:
            lines.append("\n".join(x for x in (who, text, when) if x))
    sheet.segment([head], lines, kind="comments", date=None, form="comments")


def _related(site: Site, d: dt.date, own: list[Article]) -> list[str]:
    rng = site.rng
    others = [a for a in site.pool if a not in own]
    lines = [rng.choice(["Related", "RELATED STORIES", "More on this story", "You may also like"])]
    numeric = rng.random() < 0.5
    for _ in range(rng.randint(2, 4)):
        title = headline(rng.choice(others)) if others else "More news"
        when = site.plain(d - dt.timedelta(days=rng.randint(1, 40)), numeric) if site.dated else ""
        lines.append(
            rng.choice(["• ", "- ", "» "])
            + (f"{title} ({when})" if when and rng.random() < 0.5 else f"{title} — {when}" if when else title)
        )
    return lines


def _capture_line(site: Site) -> str | None:
    c = site.capture
    if c is None:
        return None
    d = c.date()
    return site.rng.choice(
        [
            f"Captured {c:%Y-%m-%d %H:%M} UTC from https://{site.domain}/",
            f"Saved on: {_wd(d)}, {_us(d)} {c.hour % 12 or 12}:{c.minute:02d} {'AM' if c.hour < 12 else 'PM'}",
            f"Retrieved {_uk(d)}, {c:%H:%M}.",
            f"[Page snapshot taken {d.day:02d} {ABBR[d.month - 1]} {d.year} {c:%H:%M:%S} GMT]",
            f"Accessed on {site.plain(d, True)} at {c:%H:%M}",
            f"Page vault copy · {c:%Y%m%d%H%M%S} · {site.domain}",
        ]
    )


def _copyright(site: Site, extra: str = "") -> str:
    rng = site.rng
    name = extra or site.outlet
    if not site.dated:
        return rng.choice([f"© {name}. All rights reserved.", "Terms · Privacy · Contact", "Back to top ↑"])
    year = site.capture.year if site.capture else site.newest.year + rng.choice([0, 0, 1, 9])
    return rng.choice(
        [
            f"© {year} {name}. All rights reserved.",
            f"Copyright © 1996-{year} {name} Media Group | Privacy | Terms",
            f"All content © {name} {year} · Contact us · Advertise",
        ]
    )


# ------------------------------------------------------------------------------------------------ styles


def _place(
    site: Site,
    article: Article,
    ctx: Ctx,
    title: str,
    form: str,
    text: str | None,
    *,
    above: list[str],
    byline: str | None,
    extra: list[str],
) -> tuple[list[str], int, list[str], list[str]]:
    """An article's header lines, the index of its title, its body (a dateline opening the first paragraph) and
    the lines after its body that belong to it."""
    slot = FORM[form].slot if form in FORM else ""
    head = list(above)
    if slot == "above" and text:
        head.append(text)
    main = len(head)
    head.append(f"{title} {text}" if slot == "title" and text else title)
    head += extra
    if slot == "byline" and text:
        head.append(text)
    elif byline:
        head.append(byline)
    if slot == "below" and text:
        head.append(text)
    if slot == "url" and text:
        head.append(site.rng.choice(["", "Permalink: ", "Source: ", "URL: "]) + text)
    body = _paragraphs(article, site.rng)
    if slot == "dateline" and text:
        body[0] = text + body[0]
    trailer = [text] if slot == "footer" and text else []
    return head, main, body, trailer


def _news(site: Site, arts: list[Article], sheet: _Sheet) -> None:
    rng = site.rng
    design = rng.choice(("broadsheet", "portal", "tabloid", "regional", "textdump"))
    capture = _capture_line(site)
    top = capture if capture and rng.random() < 0.5 else None
    sheet.put(*(x for x in (top, rng.choice(COOKIES) if rng.random() < 0.5 else None) if x))
    today = site.capture.date() if site.capture else None
    masthead = [site.outlet.upper() if design == "tabloid" else site.outlet]
    if today and rng.random() < 0.6:
        masthead.append(f"{_wd(today)}, {_us(today)}" if not site.dayfirst else f"{_wd(today)} {_uk(today)}")
    sheet.put(*masthead, rng.choice(MENUS))
    case = {"tabloid": "upper", "portal": "title", "regional": "title"}.get(design, "sentence")
    copied = rng.random() < 0.15
    for k, art in enumerate(arts):
        title = _cased(headline(art), case)
        ctx = site.ctx(number=k + 1, title=title)
        form, text = site.stamp(art.date, ctx)
        above = [rng.choice(SECTIONS)] if rng.random() < 0.45 else []
        extra = [s] if (s := _standfirst(art)) and rng.random() < 0.5 else []
        byline = (
            rng.choice([f"By {ctx.author}", f"{ctx.author}, Staff Writer", f"Words: {ctx.author}", ctx.author.upper()])
            if rng.random() < 0.6
            else None
        )
        head, main, body, trailer = _place(site, art, ctx, title, form, text, above=above, byline=byline, extra=extra)
        if design == "tabloid" and rng.random() < 0.5:
            head.append(rng.choice(SHARE))
        if len(body) > 3 and rng.random() < 0.4:
            other = headline(rng.choice(site.pool))
            body.insert(
                2, rng.choice(["Advertisement", f"READ MORE: {other}", "Story continues below", "[Image: file photo]"])
            )
        if design == "regional" and rng.random() < 0.5:
            trailer.append(f"Posted in {rng.choice(SECTIONS).title()} | Tags: {', '.join(_slug(title).split('-')[:3])}")
        if design == "textdump":
            body = [textwrap.fill(p, 76) for p in body]
        gap = "" if design in ("textdump", "portal") and rng.random() < 0.5 else "\n"
        sheet.segment(
            head, body, kind="article", date=art.date, form=form, article=art.id, main=main, gap=gap, trailer=trailer
        )
        if rng.random() < 0.35:
            sheet.put(rng.choice(SHARE))
        if rng.random() < 0.35:
            sheet.put(*_related(site, art.date, arts))
        if rng.random() < 0.25:
            _comments(sheet, site, art.date)
        if k == 0 and rng.random() < 0.2:
            sheet.put("Most read", *(f"{n}. {headline(rng.choice(site.pool))}" for n in range(1, 4)))
    if copied and len(arts) < 6:
        _copy(site, arts[0], sheet, origin=site.outlet)
    sheet.put(capture if capture and not top else None, _copyright(site))


def _copy(site: Site, art: Article, sheet: _Sheet, origin: str = "") -> None:
    """A copy of an article already on the page, as another outlet published it (credits name ``origin``, the
    outlet that first published it)."""
    rng = site.rng
    other = rng.choice([o for o in OUTLETS if o not in (site.outlet, origin)])
    ctx = site.ctx(outlet=origin or rng.choice([o for o in OUTLETS if o != other]), title=headline(art))
    form, text = site.stamp(
        art.date, ctx, forms=("republished-credit", "originally-appeared", "us-long", "uk-long"), bare=False
    )
    credit = [f"Also published by {other}"] if rng.random() < 0.5 else []
    head, main, body, trailer = _place(site, art, ctx, headline(art), form, text, above=credit, byline=None, extra=[])
    sheet.segment(
        head, body, kind="article", date=art.date, form=f"{form}+syndicated", article=art.id, main=main, trailer=trailer
    )


def _blog(site: Site, arts: list[Article], sheet: _Sheet, engine: str) -> None:
    rng = site.rng
    capture = _capture_line(site)
    blog = rng.choice(BLOGS)
    sheet.put(
        *(
            x
            for x in (
                capture,
                blog,
                rng.choice(
                    [
                        "Thoughts, mostly local.",
                        "A notebook kept in public",
                        "est. 1997" if site.dated else "est. long ago",
                    ]
                ),
                "Home  About  Archive  Contact",
            )
            if x
        )
    )
    arts = sorted(arts, key=lambda a: a.date, reverse=True)
    author = _person(rng)
    for k, art in enumerate(arts):
        title = _cased(headline(art), "title" if engine in ("wordpress", "ghost") else "sentence")
        ctx = replace(site.ctx(number=k + 1, title=title), author=author)
        form, text = site.stamp(art.date, ctx)
        byline = (
            f"by {author}" if engine == "ghost" and rng.random() < 0.5 else (author if engine == "medium" else None)
        )
        head, main, body, trailer = _place(site, art, ctx, title, form, text, above=[], byline=byline, extra=[])
        comments = rng.randint(0, 9)
        if engine == "blogger":
            trailer.append(f"Posted by {author} at {_clock(ctx)}" if site.dated else f"Posted by {author}")
            trailer.append(f"{comments} comments:  Labels: {', '.join(_slug(title).split('-')[:2])}")
        elif engine == "wordpress" and form != "wp-postmetadata":
            trailer.append(f"Posted in Uncategorized | Tagged {_slug(title).split('-')[0]} | {comments} Comments")
        elif engine == "medium":
            trailer.append(f"{comments * 7} claps · {comments} responses")
        elif engine == "livejournal":
            trailer.append(f"Tags: {_slug(title).split('-')[-1]}\n{comments} comments | Leave a comment")
        sheet.segment(head, body, kind="article", date=art.date, form=form, article=art.id, main=main, trailer=trailer)
        if rng.random() < 0.45:
            _comments(sheet, site, art.date)
        elif rng.random() < 0.3:
            sheet.put(rng.choice(["« Older posts", "Newer post  Older post  Home", "Share this:  Twitter  Facebook"]))
    if site.dated:
        newest = max(a.date for a in arts)
        months = sorted({(a.date.year, a.date.month) for a in arts} | {(newest.year, newest.month)}, reverse=True)
        if engine == "blogger":
            sheet.put(
                "Blog Archive",
                f"▼ {newest.year} ({rng.randint(12, 60)})",
                *(f"  ► {MONTHS[m - 1]} ({rng.randint(1, 9)})" for _, m in months),
            )
        else:
            sheet.put(
                "Archives",
                *(f"{MONTHS[m - 1]} {y}" for y, m in months),
                "Recent Posts",
                *(headline(a) for a in arts[:3]),
            )
    sheet.put(rng.choice(["Powered by Inkwell", "Theme: Harbourline", "Blog at Quillpress"]), _copyright(site, blog))


def _forum(site: Site, arts: list[Article], sheet: _Sheet, engine: str) -> None:
    rng = site.rng
    arts = sorted(arts, key=lambda a: a.date)
    thread = headline(arts[0])
    forum = rng.choice(FORUMS)
    capture = _capture_line(site)
    sheet.put(
        *(
            x
            for x in (
                capture,
                forum,
                f"Board index ‹ {rng.choice(SECTIONS).title()} ‹ {thread}",
                thread,
                "Page 1 of 1  [ Reply ]  [ Watch topic ]",
            )
            if x
        )
    )
    names: list[str] = []
    stamped: list[Ctx] = []
    joined: dict[str, dt.date] = {}
    for k, art in enumerate(arts):
        ctx = site.ctx(number=k + 1)
        user = rng.choice([h for h in HANDLES if h not in names[-1:]])
        names.append(user)
        ctx = replace(ctx, handle=user)
        if stamped and arts[k - 1].date == art.date and ctx.hour <= stamped[-1].hour:
            ctx = replace(ctx, hour=min(18, stamped[-1].hour + 1))
        stamped.append(ctx)
        joined.setdefault(user, art.date - dt.timedelta(days=rng.randint(150, 3000)))
        j = joined[user]
        posts = f"{rng.randint(3, 9000):,}"
        rank = rng.choice(RANKS)
        form, text = site.stamp(art.date, ctx, bare=False)
        reply = f"Re: {thread}" if k else thread
        dated = site.dated
        if engine == "phpbb":
            head = [reply, text or f"by {user}", user, rank, f"Posts: {posts}"] + (
                [f"Joined: {_wd(j)[:3]} {ABBR[j.month - 1]} {j.day:02d}, {j.year} 9:14 pm"] if dated else []
            )
        elif engine == "vbulletin":
            head = (
                [f"{text or ''}   #{k + 1}".strip(), user, rank]
                + ([f"Join Date: {ABBR[j.month - 1]} {j.year}"] if dated else [])
                + [f"Posts: {posts}"]
            )
        elif engine == "smf":
            head = [user, rank, "*" * rng.randint(1, 5), f"Posts: {posts}", reply] + ([text] if text else [])
        elif engine == "invision":
            head = [user, rank, f"{posts} posts"] + (
                [f"Joined: {j.day:02d}-{MONTHS[j.month - 1]} {j.year % 100:02d}", text] if text else []
            )
        else:
            head = [f"{user}  {ctx.author}", rank] + ([text] if text else [])
        pre = None
        if k and rng.random() < 0.4:
            q = rng.randrange(k)
            quoted, qd, qc = names[q], arts[q].date, stamped[q]
            said = _first_sentence(arts[q])
            if engine == "phpbb":
                pre = [f"{quoted} wrote:", said]
            elif engine == "vbulletin":
                pre = ["Quote:", f"Originally Posted by {quoted}", said]
            elif engine == "smf":
                when = (
                    f" on {MONTHS[qd.month - 1]} {qd.day:02d}, {qd.year}, {_clock(qc, pad=True, seconds=True)}"
                    if dated
                    else ""
                )
                pre = [f"Quote from: {quoted}{when}", said]
            elif engine == "invision":
                when = f" @ {qd.day:02d} {MONTHS[qd.month - 1]} {qd.year} - {_clock(qc, pad=True)}" if dated else ""
                pre = [f"QUOTE ({quoted}{when})", said]
            else:
                pre = [f"{quoted}:", said]
        trailer = None
        if rng.random() < 0.5:
            trailer = [
                rng.choice(["__________________", "_________________", "--"]),
                rng.choice(SIGNATURES + (YEAR_SIGNATURES if site.dated else ())),
            ]
        body = _paragraphs(art, rng, 1, 4)
        sheet.segment(
            head, body, kind="post", date=art.date, form=form, article=art.id, main=0, pre=pre, trailer=trailer
        )
        sheet.put(
            rng.choice(["Top", "Reply With Quote", "Report Post  |  Quote", "Quote  Multi-Quote  Like", "♥ 2   Reply"])
        )
    similar = [
        f"{headline(rng.choice(site.pool))} — {site.plain(arts[0].date - dt.timedelta(days=rng.randint(10, 400)), rng.random() < 0.5)}"
        for _ in range(2)
    ]
    if site.dated:
        sheet.put("Similar threads", *similar)
    sheet.put(
        f"All times are {site.zone[0]}. The time now is {site.capture:%I:%M %p}."
        if site.capture
        else "All times are GMT.",
        _copyright(site, forum),
    )


def _aggregator(site: Site, arts: list[Article], sheet: _Sheet) -> None:
    rng = site.rng
    name = rng.choice(AGGREGATORS)
    capture = _capture_line(site)
    head = [name + " — your headlines, gathered"]
    if site.capture and rng.random() < 0.6:
        head.append(
            f"Top stories · Updated {_wd(site.capture.date())}, {_us(site.capture.date())} {site.capture:%H:%M}"
        )
    sheet.put(*(x for x in (capture, *head, "Top stories | World | Business | Technology | Your sources") if x))
    outlets = rng.sample(OUTLETS, len(arts)) if len(arts) <= len(OUTLETS) else [rng.choice(OUTLETS) for _ in arts]
    stamps = []
    for k, art in enumerate(arts):
        title = headline(art)
        ctx = site.ctx(outlet=outlets[k], title=title)
        form, text = site.stamp(art.date, ctx)
        stamps.append((ctx, form, text))
    items = []
    for k, (art, (ctx, form, _)) in enumerate(zip(arts, stamps)):
        when = ""
        if site.dated and form != "none":
            rel = _relative_ago(art.date, ctx) if form == "relative-ago" else None
            when = f" · {rel}" if rel else f" — {ABBR[art.date.month - 1]} {art.date.day}, {art.date.year}"
        items.append(f"{k + 1}. {headline(art)}\n   {ctx.outlet}{when}")
    sheet.put(*items)
    sheet.put(rng.choice(["Full coverage", "—— Full stories ——", "Read the stories"]))
    for art, (ctx, form, text) in zip(arts, stamps):
        source = rng.choice([f"Source: {ctx.outlet}", ctx.outlet, f"via {ctx.outlet}"])
        shown = None if form == "aggregator-list" else text
        head, main, body, trailer = _place(
            site,
            art,
            ctx,
            headline(art),
            form,
            shown,
            above=[],
            byline=None,
            extra=[] if form == "aggregator-source" else [source],
        )
        body = body[: rng.randint(1, 3)]
        sheet.segment(
            head,
            body,
            kind="article",
            date=art.date,
            form=form,
            article=art.id,
            main=main,
            trailer=[f"Read the full story at {ctx.domain} »"],
        )
    sheet.put(_copyright(site, name))


def _ocr(text: str, rng: random.Random, width: int, keep: int = 14) -> str:
    """A paragraph as a narrow OCR'd column: hyphenated line ends, a little noise past its first words."""
    words = text.split()
    for n in range(keep, len(words)):
        if rng.random() < 0.02 and len(words[n]) > 3:
            w = words[n]
            words[n] = rng.choice(
                [w.replace("rn", "m", 1), w.replace("l", "1", 1), w.replace("e", "c", 1), w[:-1] + w[-1] + ","]
            )
    lines, line = [], ""
    for w in words:
        if len(line) + 1 + len(w) <= width:
            line = f"{line} {w}" if line else w
            continue
        room = width - len(line) - 2
        if len(w) >= 8 and room >= 3 and w.isalpha() and rng.random() < 0.5:
            cut = min(room, len(w) - 3)
            lines.append(f"{line} {w[:cut]}-" if line else f"{w[:cut]}-")
            line = w[cut:]
        else:
            lines.append(line)
            line = w
    lines.append(line)
    return "\n".join(x for x in lines if x)


def _print(site: Site, arts: list[Article], sheet: _Sheet) -> None:
    rng = site.rng
    issue = max(a.date for a in arts)  # the issue carries its day's news and a few days' older
    page = rng.randint(2, 30)
    base = site.ctx(number=page)
    variant = rng.randrange(3)

    def running(number: int) -> str:
        if not site.dated:
            return f"{number}  {site.outlet.upper()}"
        c = replace(base, number=number)
        if variant == 0:
            return _running_head(issue, c)
        if variant == 1:
            return f"{site.outlet}, {_wd(issue)}, {_us(issue)} — Page {number}"
        return f"A{number} {site.outlet.upper()} {_wd(issue)[:3].upper()}., {AP_MONTHS[issue.month - 1].upper()} {issue.day}, {issue.year}"

    width = rng.randint(34, 46)
    sheet.put(running(page))
    indent = rng.random() < 0.5
    for k, art in enumerate(arts):
        ctx = site.ctx(number=page)
        if not site.dated:
            form, text = "none", None
        elif art.date == issue and rng.random() < 0.65:
            form, text = "running-head", None
        else:
            form, text = "dateline-wire", FORM["dateline-wire"].write(art.date, ctx)
        title = headline(art).upper()
        head = textwrap.wrap(title, max(width, 24))
        kicker = [rng.choice(SECTIONS).upper()] if rng.random() < 0.3 else []
        deck = [textwrap.fill(s, width)] if (s := _standfirst(art)) and rng.random() < 0.4 else []
        byline = (
            [
                f"By {ctx.author.upper()}",
                rng.choice(
                    [
                        f"{site.outlet.replace('The ', '')} Staff Writer",
                        "Special to the " + site.outlet.replace("The ", ""),
                        ctx.wire,
                    ]
                ),
            ]
            if rng.random() < 0.7
            else []
        )
        body = _paragraphs(art, rng, 2, 6)
        if text:
            body[0] = text + body[0]
        elif not site.dated and rng.random() < 0.5:
            body[0] = f"{ctx.city} — " + body[0]
        cols = [_ocr(p, rng, width) for p in body]
        if indent:
            cols = ["  " + c for c in cols]
        if len(cols) > 3 and rng.random() < 0.35:
            page += 1
            cols.insert(2, f"{running(page)}\n(Continued from Page {page - 1})")
        trailer = [f"See {title.split()[0]}, Page {page + rng.randint(2, 9)}"] if rng.random() < 0.3 else None
        header = kicker + head + deck + byline
        sheet.segment(
            header,
            cols,
            kind="article",
            date=art.date,
            form=form,
            article=art.id,
            main=len(kicker),
            trailer=trailer,
            sep="\n" if indent else "\n\n",
        )
        if k < len(arts) - 1 and rng.random() < 0.5:
            sheet.put(rng.choice(["* * *", "─" * width, "CLASSIFIEDS  Call 555-0147", "Advertisement"]))
    sheet.put(running(page + 1) if rng.random() < 0.5 else None)


def _epaper(site: Site, arts: list[Article], sheet: _Sheet) -> None:
    rng = site.rng
    edition = max(a.date for a in arts)
    page = rng.randint(2, 20)
    total = page + rng.randint(8, 30)

    def marker(number: int) -> str:
        if site.dated:
            return f"{FORM['epaper-edition'].write(edition, replace(EXAMPLE_CTX, outlet=site.outlet, number=number))} of {total}"
        return f"e-Paper | {site.outlet} | Page {number} of {total}"

    sheet.put(marker(page), "[Zoom]  [Print]  [Download PDF]  [Previous page]  [Next page]")
    for k, art in enumerate(arts):
        ctx = site.ctx(number=page)
        if not site.dated:
            form, text = "none", None
        elif art.date == edition and rng.random() < 0.6:
            form, text = "epaper-edition", None
        else:
            form, text = site.stamp(art.date, ctx, forms=("dotted-dmy-time", "dateline-wire", "de-long"), bare=False)
        extra = [s] if (s := _standfirst(art)) and rng.random() < 0.5 else []
        head, main, body, trailer = _place(
            site,
            art,
            ctx,
            headline(art),
            form,
            text,
            above=[],
            byline=ctx.author if rng.random() < 0.6 else None,
            extra=extra,
        )
        if rng.random() < 0.3:
            trailer.append(f"(Continued on page {page + rng.randint(1, 6)})")
        sheet.segment(head, body, kind="article", date=art.date, form=form, article=art.id, main=main, trailer=trailer)
        if k < len(arts) - 1 and rng.random() < 0.5:
            page += 1
            sheet.put(marker(page))


def _wiki(site: Site, arts: list[Article], sheet: _Sheet) -> None:
    rng = site.rng
    wiki = rng.choice(WIKIS)
    capture = _capture_line(site)
    sheet.put(*(x for x in (capture, wiki, "Main Page | Latest news | Write an article | Random article | Help") if x))
    for art in arts:
        ctx = site.ctx(title=headline(art))
        form, text = site.stamp(art.date, ctx)
        lines = ["From " + wiki + ", the free news source you can write!"] if rng.random() < 0.5 else []
        head, main, body, _ = _place(site, art, ctx, headline(art), form, None, above=[], byline=None, extra=lines)
        if text:  # the date line opens the text, as a paragraph of its own
            head.append(text)
        trailer = []
        if rng.random() < 0.5:
            trailer += [
                "Related news",
                f'* "{headline(rng.choice(site.pool))}" — {wiki}'
                + (f", {_us(art.date - dt.timedelta(days=rng.randint(3, 30)))}" if site.dated else ""),
            ]
        trailer.append("Sources")
        for outlet in rng.sample(OUTLETS, rng.randint(1, 3)):
            when = f", {_us(art.date - dt.timedelta(days=rng.randint(0, 2)))}" if site.dated else ""
            trailer.append(f'* {_person(rng)}. "{headline(art)}" — {outlet}{when}')
        cats = ([_us(art.date)] if form != "none" else []) + rng.sample(CATEGORIES, 2) + ["Published"]
        trailer.append("Categories: " + " | ".join(cats))
        sheet.segment(head, body, kind="article", date=art.date, form=form, article=art.id, main=main, trailer=trailer)
        if site.dated:
            edited = art.date + dt.timedelta(days=rng.randint(5, 90))
            hour = rng.randint(0, 23)
            if site.capture and edited >= site.capture.date():
                edited, hour = site.capture.date(), rng.randint(0, site.capture.hour - 1)
            sheet.put(
                f"This page was last edited on {_uk(edited)}, at {hour:02d}:{rng.randint(0, 59):02d}.",
                "Text is available under a Creative Commons licence.",
            )
        else:
            sheet.put("Text is available under a Creative Commons licence.")


def _syndication(site: Site, arts: list[Article], sheet: _Sheet, reused: int) -> None:
    rng = site.rng
    capture = _capture_line(site)
    sheet.put(
        *(
            x
            for x in (
                capture,
                site.outlet,
                rng.choice(["Partner stories", "From our network", "Syndicated content"]),
                rng.choice(MENUS),
            )
            if x
        )
    )
    for k, art in enumerate(arts):
        origin = rng.choice([o for o in OUTLETS if o != site.outlet])
        ctx = site.ctx(outlet=origin, title=headline(art))
        form, text = site.stamp(art.date, ctx)
        above = [f"From {origin}"] if rng.random() < 0.3 else []
        head, main, body, trailer = _place(
            site,
            art,
            ctx,
            headline(art),
            form,
            text,
            above=above,
            byline=f"By {ctx.author}" if rng.random() < 0.5 else None,
            extra=[],
        )
        if form not in ("originally-appeared", "none") and rng.random() < 0.5:
            trailer.append(
                f"© {origin}. Reprinted with permission." if rng.random() < 0.5 else "Distributed by " + ctx.wire + "."
            )
        syndicated = k < reused or form in ("republished-credit", "originally-appeared")
        sheet.segment(
            head,
            body,
            kind="article",
            date=art.date,
            form=f"{form}+syndicated" if syndicated else form,
            article=art.id,
            main=main,
            trailer=trailer,
        )
        if rng.random() < 0.4:
            sheet.put(rng.choice(SHARE))
    if rng.random() < 0.5 and len(arts) < 6:
        _copy(site, arts[-1], sheet)
    sheet.put(_copyright(site))


def _digest(site: Site, arts: list[Article], sheet: _Sheet, engine: str) -> None:
    rng = site.rng
    group = rng.choice(LISTS)
    people = [(_person(rng), rng.choice(OUTLETS)) for _ in arts]
    arts = sorted(arts, key=lambda a: a.date, reverse=engine == "outlook")
    ctxs = [site.ctx(outlet=o, title=headline(a)) for a, (_, o) in zip(arts, people)]
    capture = _capture_line(site)
    if engine == "mailman":
        sheet.put(
            *(
                x
                for x in (capture, f"{group.title()} Digest, Vol {rng.randint(2, 40)}, Issue {rng.randint(1, 200)}")
                if x
            )
        )
        sheet.put(f"Send {group} mailing list submissions to", f"\t{group}@lists.example")
        sheet.put(
            "Today's Topics:",
            "",
            *(f"   {n + 1}. {headline(a)} ({p})" for n, (a, (p, _)) in enumerate(zip(arts, people))),
        )
        sheet.put("-" * 70)
    elif engine == "pipermail":
        sheet.put(
            *(
                x
                for x in (
                    capture,
                    f"[{group}] archive",
                    "Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]",
                )
                if x
            )
        )
    else:
        sheet.put(*(x for x in (capture, f"Thread: {headline(arts[-1])}") if x))
    for n, (art, (person, _), ctx) in enumerate(zip(arts, people, ctxs)):
        email = f"{person.split()[0].lower()}.{person.split()[-1].lower()}@{ctx.domain}"
        form, text = site.stamp(art.date, ctx, bare=False)
        subject = ("Re: " if n and rng.random() < 0.4 else "") + headline(art)
        trailer = None
        if engine == "mailman":
            head = (
                [f"Message: {n + 1}"]
                + ([text] if text else [])
                + [f"From: {person} <{email}>", f"Subject: [{group}] {subject}", f"To: {group}@lists.example"]
            )
            if text:
                head.append(
                    f"Message-ID: <{art.date:%Y%m%d}{ctx.hour:02d}{ctx.minute:02d}{ctx.second:02d}.GA{rng.randint(1000, 9999)}@{ctx.domain}>"
                )
            head.append('Content-Type: text/plain; charset="us-ascii"')
            main = 1
            if n and rng.random() < 0.4:
                prev, pctx = arts[n - 1], ctxs[n - 1]
                when = (
                    f"On {_wd(prev.date)[:3]}, {ABBR[prev.date.month - 1]} {prev.date.day}, {prev.date.year} at {_clock(pctx)}, "
                    if site.dated
                    else ""
                )
                trailer = [f"{when}{people[n - 1][0]} wrote:", "> " + _first_sentence(prev, 18)]
        elif engine == "pipermail":
            head = [f"[{group}] {subject}", f"{person} {email.replace('@', ' at ')}"] + ([text] if text else [])
            main = 0
            trailer = [
                "* Previous message: [" + group + "] " + headline(arts[n - 1] if n else art),
                "* Next message: [" + group + "] " + headline(arts[(n + 1) % len(arts)]),
            ]
        else:
            head = (
                [f"From: {person} [mailto:{email}]"]
                + ([text] if text else [])
                + [f"To: {group}@lists.example", f"Subject: {subject}"]
            )
            main = 0
        body = _paragraphs(art, rng, 1, 5)
        if engine == "pipermail":
            body = [textwrap.fill(p, 72) for p in body]
        sheet.segment(head, body, kind="article", date=art.date, form=form, article=art.id, main=main, trailer=trailer)
        if n < len(arts) - 1:
            sheet.put({"mailman": "-" * 30, "pipermail": "-" * 40, "outlook": "-----Original Message-----"}[engine])
    if engine == "mailman":
        sheet.put(f"End of {group.title()} Digest")


def _press(site: Site, arts: list[Article], sheet: _Sheet) -> None:
    rng = site.rng
    wire = rng.choice(WIRES)
    capture = _capture_line(site)
    sheet.put(
        *(
            x
            for x in (
                capture,
                f"{wire} — Press Release Distribution",
                "News releases | Search | Contact | Submit a release",
            )
            if x
        )
    )
    for art in arts:
        ctx = replace(site.ctx(title=headline(art)), wire=wire)
        form, text = site.stamp(art.date, ctx)
        above = ["FOR IMMEDIATE RELEASE"] if rng.random() < 0.6 else []
        extra = [s] if (s := _standfirst(art)) and rng.random() < 0.5 else []
        head, main, body, trailer = _place(
            site, art, ctx, _cased(headline(art), "title"), form, text, above=above, byline=None, extra=extra
        )
        trailer += ["###", f"Media contact: {_person(rng)}, press@{ctx.domain}"]
        sheet.segment(head, body, kind="article", date=art.date, form=form, article=art.id, main=main, trailer=trailer)
        sheet.put(rng.choice(["Related releases", "View all releases from this organisation", "Share this release"]))
    sheet.put(_copyright(site, wire))


# ------------------------------------------------------------------------------------------------ pages


def _choose(rng: random.Random, articles: list[Article], n: int, window: int) -> list[Article]:
    """``n`` articles from one stretch of time, ``window`` days either side of the first (a page holds what
    was recent when it was captured; a print page, one day's or a few days' articles)."""
    n = min(n, len(articles))
    first = rng.choice(articles)
    near = [a for a in articles if a is not first and abs((a.date - first.date).days) <= window]
    rng.shuffle(near)
    chosen = [first] + near[: n - 1]
    while len(chosen) < n:
        rest = [a for a in articles if a not in chosen]
        rest.sort(key=lambda a: abs((a.date - first.date).days))
        chosen.append(rest[min(len(rest) - 1, rng.randrange(3))])
    return chosen


ENGINES: dict[str, dict[str, tuple[str, ...]]] = {"blog": BLOG_ENGINES, "forum": FORUM_ENGINES, "digest": MAIL_ENGINES}


def make_page(
    rng: random.Random, articles: list[Article], style: str, dated: bool, primary: str, seen: list[Article]
) -> tuple[str, list[GoldSegment]]:
    """One page of ``style`` whose usual header form is ``primary`` (its engine, for the styles built of
    engines, one that writes it)."""
    table = ENGINES.get(style, {})
    engine = rng.choice([e for e in sorted(table) if primary in table[e]]) if table else ""
    forms = table[engine] if table else STYLE_FORMS[style]
    count = rng.randint(2, 4) if style in ("print", "epaper") else rng.randint(2, 6)
    reused = 0
    if style == "syndication" and seen:
        reused = min(len(seen), rng.randint(1, 2))
        old = rng.sample(seen, reused)
        fresh = [a for a in _choose(rng, articles, count + reused, rng.choice([3, 10, 25])) if a not in old]
        arts = old + fresh[: max(0, count - reused)]
    else:
        paper = style in ("print", "epaper")
        arts = _choose(rng, articles, count, (0 if rng.random() < 0.7 else 2) if paper else rng.choice([3, 10, 25]))
    needs = FORM[primary].needs
    dayfirst = needs == "dayfirst" or (needs != "monthfirst" and (style == "epaper" or rng.random() < 0.5))
    outlet = rng.choice(OUTLETS)
    newest = max(a.date for a in arts)
    capture = None
    if dated and (FORM[primary].needs == "capture" or rng.random() < 0.3):
        ahead = rng.choice([0, 1, 1, 2, 3]) if FORM[primary].needs == "capture" else rng.choice([0, 1, 2, 5, 14, 60])
        capture = dt.datetime.combine(
            newest + dt.timedelta(days=ahead), dt.time(rng.randint(19, 22), rng.randint(0, 59), rng.randint(0, 59))
        )
    # the forms a site writes besides its usual one (wire copy, an older template): two of its style's
    others = [
        f for f in forms if f != primary and FORM[f].needs in ("", "capture", "dayfirst" if dayfirst else "monthfirst")
    ]
    palette = (primary, *rng.sample(others, min(2, len(others))))
    site = Site(
        rng,
        style,
        outlet,
        _domain(outlet),
        dated,
        dayfirst,
        capture,
        rng.choice(ZONES),
        palette,
        primary,
        articles,
        newest,
    )
    sheet = _Sheet()
    if style == "news":
        _news(site, arts, sheet)
    elif style == "blog":
        _blog(site, arts, sheet, engine)
    elif style == "forum":
        _forum(site, arts, sheet, engine)
    elif style == "aggregator":
        _aggregator(site, arts, sheet)
    elif style == "print":
        _print(site, arts, sheet)
    elif style == "epaper":
        _epaper(site, arts, sheet)
    elif style == "wiki":
        _wiki(site, arts, sheet)
    elif style == "syndication":
        _syndication(site, arts, sheet, reused)
    elif style == "digest":
        _digest(site, arts, sheet, engine)
    else:
        _press(site, arts, sheet)
    seen.extend(a for a in arts if a not in seen)
    return sheet.text(), sheet.gold


def generate(corpus: pathlib.Path, seed: int = 1, count: int = 40) -> list[Page]:
    """``count`` pages, the same for the same corpus and seed: the ten styles in a shuffled turn, each page's
    usual form drawn in turn from its style's forms, about one page in ten without any date."""
    articles = read_articles(pathlib.Path(corpus))
    if len(articles) < 2:
        raise ValueError("the corpus needs at least two dated articles of two paragraphs or more")
    rng = random.Random(seed * 1_000_003 + 5)
    pages: list[Page] = []
    seen: list[Article] = []
    order: list[str] = []
    decks: dict[str, list[str]] = {}
    for n in range(count):
        if not order:
            order = list(TURN)
            rng.shuffle(order)
        style = order.pop()
        if not decks.get(style):  # each style's usual forms in a shuffled turn: the pages cover the table
            decks[style] = list(STYLE_FORMS[style])
            rng.shuffle(decks[style])
        primary = decks[style].pop()
        dated = rng.random() >= 0.1
        text, gold = make_page(rng, articles, style, dated, primary, seen)
        pages.append(Page(f"page{n:03d}_{style}", style, text, tuple(gold)))
    return pages


def cli(
    corpus: pathlib.Path,
    seed: int = 1,
    count: int = 40,
    errors: int = 0,
    as_json: bool = False,
    keep: pathlib.Path | None = None,
    values: bool = True,
) -> int:
    """``timeline evaluate --pages --generator e``: these pages, the shared scorer and report."""
    from . import pages

    return pages.cli(
        corpus, seed, count, errors, as_json, keep, generator=sys.modules[__name__], name="generator e", values=values
    )
