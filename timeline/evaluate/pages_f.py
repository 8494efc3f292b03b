"""Generator f of development pages: text dumps of the web's less newsy layouts, scored by ``pages.score``.

Written independently of the segmentation and dating rules (and of the other generators): every name, outlet,
place and handle here is invented, and the corpus's text is only read at generation time. Each page holds 2 to 6
of the corpus's articles (``pages.read_articles``, whose manifest dates are the truth), laid out in one of twelve
page styles:

``liveblog``   a live blog: title, dateline, then the article's paragraphs as time-stamped updates ("14:32",
               "2:32pm BST"), newest first; then "More on this story" articles with headers of their own.
``chat``       a chat export, one format a page (WhatsApp in both numeric orders, Telegram copy, IRC logs with
               "--- Day changed" lines and time-only messages, Slack copy under day dividers, Discord copy); some
               messages paste a whole article, the others are short chatter.
``wikitalk``   a wiki talk page: "== Section ==" headings, comments ending in a signature with its timestamp
               (English, German, French, Dutch, Italian wikis), indented replies.
``social``     social-media posts: microblog (fediverse handle line, tweet-like footer stamp), page posts
               ("Page · 3 April 2009 at 14:22 ·" in English, Portuguese, Russian, Turkish), Reddit-like relative
               stamps against the page's capture line; comment blocks.
``qa``         a Q&A site: the question and its answers, each stamped *below* its body ("asked ...",
               "answered Apr 3 '09 at 14:22", sometimes an "edited" line of a later date above it).
``newsletter`` a newsletter archive or digest: "Apr 3, 2009 · 6 min read", "Issue #44 — 3 April 2009", Dutch,
               Swedish and Indonesian issue lines.
``feed``       an RSS or Atom feed as raw XML (pubDate RFC 2822, published/updated ISO 8601 with offset, dc:date)
               or as a feed reader's text dump.
``report``     a PDF/report text export: running headers and page-number footers inside the articles, memo blocks
               (TO/FROM/DATE/SUBJECT), "Date:" lines, place-and-date lines in Italian, Polish, Czech and Finnish,
               "Last edited by" lines.
``archive``    a web-archive capture of a news page ("Saved from URL on ..."/a 14-digit capture URL over the page):
               datelines without a year, relative stamps against the capture, stamps in German, Spanish, Turkish,
               Indonesian, numeric stamps; aggregator "Read the full story at ... »" lines, syndicated copies.
``usenet``     Usenet posts: header blocks (From/Newsgroups/Subject/Date/Message-ID), mbox "From " lines in
               asctime form, Google-Groups-like stamps, replies quoting the post before with an attribution line.
``bulletin``   official and club notices: "Dated this 3rd day of April, 2009." under the notice, clerk's "FILED"
               stamps, gazette publication lines, parish notes.
``clipping``   a file of scanned press clippings: rubber stamps ("APR - 3 2009"), "Week 14/2009 · Friday
               edition", Roman-numeral months ("3.IV.2009"), OCR hyphenation and wrapped lines.

``FORMS`` lists every header/byline/stamp form (``Form``: name, styles, writer, example for ``EXAMPLE_DATE`` and
``EXAMPLE_CTX``, language, what it needs, where it sits). Month and weekday names are written in twelve
languages (``LANGUAGES``).

Gold (``pages.GoldSegment``):

* ``start`` is the first line of the segment as a reader sees it: the title or header line of an article, the
  first line of a post (its stamp or author line in chat, social and Usenet pages, the "== heading ==" that
  opens a talk-page comment, the vote line of an answer, the first body line when the stamp sits below). Furniture
  between two segments (share lines, chatter messages in a chat, talk-page replies, day dividers, page-number
  lines) lies in ``zone``..``start``: a predicted start there counts.
* ``body`` is the offset of the article's first paragraph as the page writes it (after the timestamp of the first
  live-blog update, after "Name:" when a chat message begins with the text, at the dateline when the first
  paragraph opens with one).
* ``kind``: ``article`` (news, live blogs, reports, notices, clippings, feed items, newsletter issues), ``post``
  (chat messages, talk-page comments, social posts, questions and answers, Usenet posts), ``comments`` (a block of
  reader comments, not dated).
* ``date``: the manifest date; the article's stamp always states that date (in the page's time zone; a "Last
  edited"/"edited"/"updated" line of a later date may sit beside it). A live blog is ONE article dated by its
  dateline: its updates are its paragraphs, not segments. A chat message that pastes an article is a post dated by
  its stamp (or by the day divider above it, in IRC and Slack exports). Relative stamps ("3 days ago",
  "yesterday at 14:02", "2d") occur only on pages that state their capture date. On undated pages (about one in
  ten) the text states no date at all; the gold keeps the manifest date with form ``none``.
* ``form``: the name of the form in ``FORMS`` that dates the segment (``+syndicated`` for a syndicated copy,
  ``none`` when its header states no date).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import pathlib
import random
import re
import sys
import textwrap
from collections.abc import Callable
from dataclasses import dataclass

from . import pages
from .pages import Article, GoldSegment, Page

# ------------------------------------------------------------------------------------------------ languages

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince".split(),
    "fi": (
        "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta "
        "marraskuuta joulukuuta"
    ).split(),
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(),
}
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag".split(),
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela".split(),
    "ru": "понедельник вторник среда четверг пятница суббота воскресенье".split(),
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar".split(),
    "cs": "pondělí úterý středa čtvrtek pátek sobota neděle".split(),
    "fi": "maanantaina tiistaina keskiviikkona torstaina perjantaina lauantaina sunnuntaina".split(),
    "id": "Senin Selasa Rabu Kamis Jumat Sabtu Minggu".split(),
}
#: German Wikipedia's abbreviated months in signatures.
MONTHS_DE_SIG = "Jan. Feb. März Apr. Mai Jun. Jul. Aug. Sep. Okt. Nov. Dez.".split()
ROMAN = "I II III IV V VI VII VIII IX X XI XII".split()

# ------------------------------------------------------------------------------------------------ vocabulary
# Invented for this generator.

PEOPLE = (
    "Mara Quell",
    "Tobias Renwick",
    "Ilse Vantongeren",
    "Dario Fenzi",
    "Agnieszka Wolan",
    "Corin Ashby",
    "Hedda Strömvall",
    "Yusuf Karadere",
    "Bettina Loris",
    "Oskar Plevka",
    "Fenna Dijkstraat",
    "Rui Calvário",
    "Nadia Orlovska",
    "Samir Hadid-Lowe",
    "Wren Talbot",
    "Eino Saarikallio",
)
HANDLES = (
    "quill",
    "marsh_hare",
    "tidewatcher",
    "ottoline",
    "gravelpit",
    "late_ferry",
    "copperkettle",
    "w_ashgrove",
    "saltmarsh99",
    "lanternfish",
    "brambleby",
    "nonsuch",
    "pebbledash",
    "the_cartographer",
)
OUTLETS = (
    "Harbour Gazette",
    "Fenwick Courier",
    "The Lantern Post",
    "Millbrook Sentinel",
    "Estuary Wire",
    "Upland Chronicle",
    "Saltmere Herald",
)
PLACES = ("Port Ellery", "Montecalvo", "Podlesie", "Lhotka", "Kalliola", "Brenwick", "Salto Verde", "Dunmere")
ZONES = (("BST", 60), ("GMT", 0), ("EST", -300), ("CET", 60), ("UTC", 0), ("EDT", -240), ("EET", 120))
CHATTER = (
    "has anyone seen this?",
    "ok that is wild",
    "lol",
    "reading it now",
    "source?",
    "brb",
    "thanks for sharing",
    "wasn't this already posted",
    "same here",
    "+1",
    "can someone summarise",
    "👀",
)
REPLIES = (
    "Agreed, the wording should follow the sources.",
    "I am not sure this belongs in the article at all.",
    "Done, see the edit summary.",
    "Could you add a citation for the second claim?",
    "Thanks, that reads much better now.",
)
COMMENTS = (
    "Great write-up, thanks.",
    "This is the first I hear of it.",
    "Does anybody have a link to the original?",
    "Not surprised in the least.",
    "Well put.",
    "Who is paying for all this?",
)


@dataclass(frozen=True)
class Ctx:
    """Everything a form writes besides the date, drawn once per article so that writers are plain functions."""

    hour: int
    minute: int
    second: int
    author: str
    handle: str
    outlet: str
    place: str
    zone: str
    offset: int  # minutes east of UTC, matching ``zone``
    number: int  # an issue, notice or post number
    day_first: bool  # the page's numeric order
    capture: dt.date | None  # the date the page states it was captured/exported on
    edited: int  # days after the date that an "edited"/"updated" line states (0: none)


EXAMPLE_DATE = dt.date(2009, 4, 3)  # a Friday
EXAMPLE_CTX = Ctx(14, 22, 5, "Mara Quell", "quill", "Harbour Gazette", "Port Ellery", "BST", 60, 44, True, None, 2)
EXAMPLE_CAPTURE = dt.date(2009, 4, 6)  # the capture date the relative forms' examples are written against


def _m(d: dt.date, lang: str = "en") -> str:
    return MONTHS[lang][d.month - 1]


def _w(d: dt.date, lang: str = "en") -> str:
    return WEEKDAYS[lang][d.weekday()]


def _hm(c: Ctx) -> str:
    return f"{c.hour:02d}:{c.minute:02d}"


def _hms(c: Ctx) -> str:
    return f"{c.hour:02d}:{c.minute:02d}:{c.second:02d}"


def _h12(c: Ctx, upper: bool = True, space: bool = True) -> str:
    ap = ("AM" if c.hour < 12 else "PM") if upper else ("am" if c.hour < 12 else "pm")
    return f"{(c.hour - 1) % 12 + 1}:{c.minute:02d}{' ' if space else ''}{ap}"


def _num(d: dt.date, c: Ctx, sep: str = "/", short: bool = False) -> str:
    y = f"{d.year % 100:02d}" if short else f"{d.year}"
    a, b = (d.day, d.month) if c.day_first else (d.month, d.day)
    return f"{a:02d}{sep}{b:02d}{sep}{y}"


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _off(c: Ctx, colon: bool = True) -> str:
    sign = "+" if c.offset >= 0 else "-"
    h, m = divmod(abs(c.offset), 60)
    return f"{sign}{h:02d}{':' if colon else ''}{m:02d}"


def _summer(d: dt.date) -> bool:
    return 4 <= d.month <= 10


def _cet(d: dt.date) -> str:
    return "CEST" if _summer(d) else "CET"


def _rfc(d: dt.date, c: Ctx) -> str:
    return f"{_w(d)[:3]}, {d.day:02d} {_m(d)[:3]} {d.year} {_hms(c)} {_off(c, colon=False)}"


def _iso(d: dt.date, c: Ctx, later: int = 0) -> str:
    d = d + dt.timedelta(days=later)
    return f"{d.isoformat()}T{_hms(c)}{_off(c)}"


def _days(d: dt.date, c: Ctx) -> int | None:
    """Days from the date to the capture, when a relative stamp can state it (0 to 30)."""
    if c.capture is None:
        return None
    days = (c.capture - d).days
    return days if 0 <= days <= 30 else None


def _near(d: dt.date, c: Ctx) -> bool:
    """Whether the capture line states the year of a date written without one (captured within half a year)."""
    return c.capture is not None and 0 <= (c.capture - d).days <= 180


def _ago(d: dt.date, c: Ctx, short: bool = False) -> str | None:
    days = _days(d, c)
    if days is None:
        return None
    if short:
        return f"{days}d" if days else f"{max(1, c.hour % 12)}h"
    if days == 0:
        return f"{max(1, c.hour % 12)} hours ago"
    return "1 day ago" if days == 1 else f"{days} days ago"


def _day_at(d: dt.date, c: Ctx) -> str | None:
    """Today at ..., Yesterday at ..., then the weekday for the rest of the week before the capture."""
    days = _days(d, c)
    if days is None or days > 6:
        return None
    if days <= 1:
        return f"{('Today', 'Yesterday')[days]} at {_hm(c)}"
    return f"{_w(d)} at {_hm(c)}"


def _edited_qa(d: dt.date, c: Ctx) -> str:
    e = d + dt.timedelta(days=c.edited)
    return f"edited {_m(e)[:3]} {e.day} '{e.year % 100:02d} at {(c.hour + 3) % 24}:{c.minute:02d}\n" if c.edited else ""


def _slack_day(d: dt.date, c: Ctx) -> str:
    year = "" if c.capture is not None and c.capture.year == d.year else f", {d.year}"
    return f"{_w(d)}, {_m(d)} {_ordinal(d.day)}{year}"


def _atom(d: dt.date, c: Ctx) -> str:
    line = f"<published>{_iso(d, c)}</published>"
    return line + (f"\n<updated>{_iso(d, c, c.edited)}</updated>" if c.edited else "")


# ------------------------------------------------------------------------------------------------ forms


@dataclass(frozen=True)
class Form:
    name: str
    styles: tuple[str, ...]
    write: Callable[[dt.date, Ctx], str | None]  # the stamp's text (lines joined by "\n"); None: cannot state it
    example: str  # what ``write(EXAMPLE_DATE, EXAMPLE_CTX)`` writes (relative forms: with EXAMPLE_CAPTURE)
    lang: str = "en"
    needs: str = ""  # "order": numeric in the page's order; "capture": relative to the capture line; "year": no year
    slot: str = "header"  # header (above the body), footer (below it), inline (opens the first paragraph)


NEWS = ("archive", "liveblog")
FORMS: tuple[Form, ...] = (
    # live blogs: the blog's dateline
    Form(
        "live-updated",
        ("liveblog",),
        lambda d, c: f"Live · {_w(d)} {d.day} {_m(d)} {d.year} · updated {_hm(c)} {c.zone}",
        "Live · Friday 3 April 2009 · updated 14:22 BST",
    ),
    Form(
        "live-began",
        ("liveblog",),
        lambda d, c: (
            f"Live coverage began {_m(d)} {d.day}, {d.year}, {_h12(c, upper=False).replace('m', '.m.')} {c.zone}"
        ),
        "Live coverage began April 3, 2009, 2:22 p.m. BST",
    ),
    Form(
        "live-de",
        ("liveblog",),
        lambda d, c: f"Liveticker · {_w(d, 'de')}, {d.day}. {_m(d, 'de')} {d.year}",
        "Liveticker · Freitag, 3. April 2009",
        "de",
    ),
    # chat exports (one format a page); the writer gives the message prefix or the day divider
    Form(
        "whatsapp",
        ("chat",),
        lambda d, c: f"[{_num(d, c)}, {_hms(c)}] {c.author}:",
        "[03/04/2009, 14:22:05] Mara Quell:",
        needs="order",
    ),
    Form(
        "whatsapp-us",
        ("chat",),
        lambda d, c: f"{d.month}/{d.day}/{d.year % 100:02d}, {_h12(c)} - {c.author}:",
        "4/3/09, 2:22 PM - Mara Quell:",
    ),
    Form(
        "telegram",
        ("chat",),
        lambda d, c: f"{c.author}, [{d.day:02d}.{d.month:02d}.{d.year % 100:02d} {_hm(c)}]",
        "Mara Quell, [03.04.09 14:22]",
    ),
    Form(
        "irc-day-changed",
        ("chat",),
        lambda d, c: f"--- Day changed {_w(d)[:3]} {_m(d)[:3]} {d.day:02d} {d.year}",
        "--- Day changed Fri Apr 03 2009",
    ),
    Form(
        "irc-log-opened",
        ("chat",),
        lambda d, c: f"--- Log opened {_w(d)[:3]} {_m(d)[:3]} {d.day:02d} {_hms(c)} {d.year}",
        "--- Log opened Fri Apr 03 14:22:05 2009",
    ),
    Form("slack-divider", ("chat",), _slack_day, "Friday, April 3rd, 2009"),
    Form(
        "discord",
        ("chat",),
        lambda d, c: f"{c.handle} — {_num(d, c)} {_hm(c)}",
        "quill — 03/04/2009 14:22",
        needs="order",
    ),
    # wiki talk pages: the signature closing a comment
    Form(
        "wiki-sig-en",
        ("wikitalk",),
        lambda d, c: f"—{c.author} (talk) {_hm(c)}, {d.day} {_m(d)} {d.year} (UTC)",
        "—Mara Quell (talk) 14:22, 3 April 2009 (UTC)",
        slot="footer",
    ),
    Form(
        "wiki-sig-de",
        ("wikitalk",),
        lambda d, c: f"-- {c.author} (Diskussion) {_hm(c)}, {d.day}. {MONTHS_DE_SIG[d.month - 1]} {d.year} ({_cet(d)})",
        "-- Mara Quell (Diskussion) 14:22, 3. Apr. 2009 (CEST)",
        "de",
        slot="footer",
    ),
    Form(
        "wiki-sig-fr",
        ("wikitalk",),
        lambda d, c: f"{c.author} (discuter) {d.day} {_m(d, 'fr')} {d.year} à {_hm(c)} ({_cet(d)})",
        "Mara Quell (discuter) 3 avril 2009 à 14:22 (CEST)",
        "fr",
        slot="footer",
    ),
    Form(
        "wiki-sig-nl",
        ("wikitalk",),
        lambda d, c: f"{c.author} (overleg) {d.day} {_m(d, 'nl')[:3]} {d.year} {_hm(c)} ({_cet(d)})",
        "Mara Quell (overleg) 3 apr 2009 14:22 (CEST)",
        "nl",
        slot="footer",
    ),
    Form(
        "wiki-sig-it",
        ("wikitalk",),
        lambda d, c: f"{c.author} (msg) {_hm(c)}, {d.day} {_m(d, 'it')[:3]} {d.year} ({_cet(d)})",
        "Mara Quell (msg) 14:22, 3 apr 2009 (CEST)",
        "it",
        slot="footer",
    ),
    # social media
    Form(
        "fediverse",
        ("social",),
        lambda d, c: f"{c.author} @{c.handle}@{c.outlet.split()[-1].lower()}.social · {_m(d)[:3]} {d.day}, {d.year}",
        "Mara Quell @quill@gazette.social · Apr 3, 2009",
    ),
    Form(
        "tweet-footer",
        ("social",),
        lambda d, c: f"{_h12(c)} · {_m(d)[:3]} {d.day}, {d.year}",
        "2:22 PM · Apr 3, 2009",
        slot="footer",
    ),
    Form(
        "page-post",
        ("social",),
        lambda d, c: f"{c.outlet} · {d.day} {_m(d)} {d.year} at {_hm(c)} ·",
        "Harbour Gazette · 3 April 2009 at 14:22 ·",
    ),
    Form(
        "page-post-pt",
        ("social",),
        lambda d, c: f"{c.outlet} · {d.day} de {_m(d, 'pt')} de {d.year} às {_hm(c)} ·",
        "Harbour Gazette · 3 de abril de 2009 às 14:22 ·",
        "pt",
    ),
    Form(
        "page-post-ru",
        ("social",),
        lambda d, c: f"{c.outlet}\n{d.day} {_m(d, 'ru')} {d.year} в {_hm(c)}",
        "Harbour Gazette\n3 апреля 2009 в 14:22",
        "ru",
    ),
    Form(
        "page-post-tr",
        ("social",),
        lambda d, c: f"{c.outlet} · {d.day} {_m(d, 'tr')} {d.year} {_w(d, 'tr')} · {_hm(c)}",
        "Harbour Gazette · 3 Nisan 2009 Cuma · 14:22",
        "tr",
    ),
    Form(
        "reddit-submitted",
        ("social",),
        lambda d, c: f"submitted {a} by {c.handle}" if (a := _ago(d, c)) else None,
        "submitted 3 days ago by quill",
        needs="capture",
    ),
    Form(
        "reddit-posted",
        ("social",),
        lambda d, c: f"Posted by u/{c.handle} {a}" if (a := _ago(d, c)) else None,
        "Posted by u/quill 3 days ago",
        needs="capture",
    ),
    Form(
        "short-relative",
        ("social",),
        lambda d, c: f"{c.author} @{c.handle} · {a}" if (a := _ago(d, c, short=True)) else None,
        "Mara Quell @quill · 3d",
        needs="capture",
    ),
    # Q&A: the stamp under the post
    Form(
        "asked",
        ("qa",),
        lambda d, c: f"{_edited_qa(d, c)}asked {_m(d)[:3]} {d.day}, {d.year} at {_hm(c)}",
        "edited Apr 5 '09 at 17:22\nasked Apr 3, 2009 at 14:22",
        slot="footer",
    ),
    Form(
        "answered-apostrophe",
        ("qa",),
        lambda d, c: f"{_edited_qa(d, c)}answered {_m(d)[:3]} {d.day} '{d.year % 100:02d} at {_hm(c)}",
        "edited Apr 5 '09 at 17:22\nanswered Apr 3 '09 at 14:22",
        slot="footer",
    ),
    Form(
        "answered-relative",
        ("qa",),
        lambda d, c: f"answered {a}" if (a := _ago(d, c)) else None,
        "answered 3 days ago",
        needs="capture",
        slot="footer",
    ),
    # newsletters
    Form(
        "read-time",
        ("newsletter",),
        lambda d, c: f"{c.author}\n{_m(d)[:3]} {d.day}, {d.year} · {c.number % 9 + 3} min read",
        "Mara Quell\nApr 3, 2009 · 11 min read",
    ),
    Form(
        "issue-number",
        ("newsletter",),
        lambda d, c: f"Issue #{c.number} — {d.day} {_m(d)} {d.year}",
        "Issue #44 — 3 April 2009",
    ),
    Form(
        "issue-nl",
        ("newsletter",),
        lambda d, c: f"Nieuwsbrief nr. {c.number} · {_w(d, 'nl')} {d.day} {_m(d, 'nl')} {d.year}",
        "Nieuwsbrief nr. 44 · vrijdag 3 april 2009",
        "nl",
    ),
    Form(
        "issue-sv",
        ("newsletter",),
        lambda d, c: f"Nyhetsbrev nr {c.number} · {_w(d, 'sv')} {d.day} {_m(d, 'sv')} {d.year}",
        "Nyhetsbrev nr 44 · fredag 3 april 2009",
        "sv",
    ),
    Form(
        "issue-id",
        ("newsletter",),
        lambda d, c: f"Edisi {c.number} · {_w(d, 'id')}, {d.day} {_m(d, 'id')} {d.year}",
        "Edisi 44 · Jumat, 3 April 2009",
        "id",
    ),
    # feeds
    Form(
        "rss-pubdate",
        ("feed",),
        lambda d, c: f"<pubDate>{_rfc(d, c)}</pubDate>",
        "<pubDate>Fri, 03 Apr 2009 14:22:05 +0100</pubDate>",
    ),
    Form(
        "atom-published",
        ("feed",),
        _atom,
        "<published>2009-04-03T14:22:05+01:00</published>\n<updated>2009-04-05T14:22:05+01:00</updated>",
    ),
    Form(
        "dc-date",
        ("feed",),
        lambda d, c: f"<dc:date>{d.isoformat()}T{_hms(c)}Z</dc:date>",
        "<dc:date>2009-04-03T14:22:05Z</dc:date>",
    ),
    Form(
        "reader-text",
        ("feed",),
        lambda d, c: f"{c.outlet} / by {c.author} / {_w(d)[:3]}, {_m(d)[:3]} {d.day}, {d.year} {_h12(c)}",
        "Harbour Gazette / by Mara Quell / Fri, Apr 3, 2009 2:22 PM",
    ),
    # reports and memos
    Form("memo-date", ("report",), lambda d, c: f"DATE: {_m(d)} {d.day}, {d.year}", "DATE: April 3, 2009"),
    Form("date-colon", ("report",), lambda d, c: f"Date: {d.day} {_m(d)} {d.year}", "Date: 3 April 2009"),
    Form(
        "place-it",
        ("report",),
        lambda d, c: f"{c.place}, {d.day} {_m(d, 'it')} {d.year}",
        "Port Ellery, 3 aprile 2009",
        "it",
    ),
    Form(
        "place-pl",
        ("report",),
        lambda d, c: f"{c.place}, dnia {d.day} {_m(d, 'pl')} {d.year} r.",
        "Port Ellery, dnia 3 kwietnia 2009 r.",
        "pl",
    ),
    Form(
        "place-cs",
        ("report",),
        lambda d, c: f"V {c.place} dne {d.day}. {_m(d, 'cs')} {d.year}",
        "V Port Ellery dne 3. dubna 2009",
        "cs",
    ),
    Form(
        "place-fi",
        ("report",),
        lambda d, c: f"{c.place}, {_w(d, 'fi')} {d.day}. {_m(d, 'fi')} {d.year}",
        "Port Ellery, perjantaina 3. huhtikuuta 2009",
        "fi",
    ),
    Form(
        "last-edited",
        ("report",),
        lambda d, c: f"Last edited by {c.author} on {_m(d)} {d.day}, {d.year}, {_h12(c)}",
        "Last edited by Mara Quell on April 3, 2009, 2:22 PM",
    ),
    # news pages (archived captures, a live blog's other articles)
    Form(
        "dateline-noyear",
        NEWS,
        lambda d, c: f"{c.place.upper()}, {_m(d)} {d.day} ({c.outlet.split()[-1]} Wire) —" if _near(d, c) else None,
        "PORT ELLERY, April 3 (Gazette Wire) —",
        needs="year",
        slot="inline",
    ),
    Form("days-ago", NEWS, lambda d, c: _ago(d, c), "3 days ago", needs="capture"),
    Form("day-at", NEWS, _day_at, "Friday at 14:22", needs="capture"),
    Form(
        "weekday-de",
        NEWS,
        lambda d, c: f"{_w(d, 'de')}, {d.day}. {_m(d, 'de')} {d.year}, {_hm(c)} Uhr",
        "Freitag, 3. April 2009, 14:22 Uhr",
        "de",
    ),
    Form(
        "long-es",
        NEWS,
        lambda d, c: f"{_w(d, 'es')} {d.day} de {_m(d, 'es')} de {d.year} - {_hm(c)}",
        "viernes 3 de abril de 2009 - 14:22",
        "es",
    ),
    Form(
        "news-tr",
        NEWS,
        lambda d, c: f"{d.day:02d} {_m(d, 'tr')} {d.year} {_w(d, 'tr')}, {_hm(c)}",
        "03 Nisan 2009 Cuma, 14:22",
        "tr",
    ),
    Form(
        "news-id",
        NEWS,
        lambda d, c: f"{_w(d, 'id')}, {d.day} {_m(d, 'id')} {d.year} {_hm(c)} WIB",
        "Jumat, 3 April 2009 14:22 WIB",
        "id",
    ),
    Form(
        "posted-numeric", NEWS, lambda d, c: f"Posted {_num(d, c)} {_hm(c)}", "Posted 03/04/2009 14:22", needs="order"
    ),
    Form(
        "by-weekday-us",
        NEWS,
        lambda d, c: f"By {c.author.upper()} | {_w(d)}, {_m(d)} {d.day}, {d.year}",
        "By MARA QUELL | Friday, April 3, 2009",
    ),
    # Usenet
    Form("usenet-date", ("usenet",), lambda d, c: f"Date: {_rfc(d, c)}", "Date: Fri, 03 Apr 2009 14:22:05 +0100"),
    Form(
        "mbox-from",
        ("usenet",),
        lambda d, c: (
            f"From {c.handle}@{c.outlet.split()[-1].lower()}.example {_w(d)[:3]} {_m(d)[:3]} {d.day:>2} {_hms(c)} {d.year}"
        ),
        "From quill@gazette.example Fri Apr  3 14:22:05 2009",
    ),
    Form(
        "groups-web",
        ("usenet",),
        lambda d, c: f"{c.author}\n{_m(d)[:3]} {d.day} {d.year}, {_h12(c, upper=False)}",
        "Mara Quell\nApr 3 2009, 2:22 pm",
    ),
    # notices and bulletins
    Form(
        "dated-this-day",
        ("bulletin",),
        lambda d, c: f"Dated this {_ordinal(d.day)} day of {_m(d)}, {d.year}.\n{c.author}, Clerk",
        "Dated this 3rd day of April, 2009.\nMara Quell, Clerk",
        slot="footer",
    ),
    Form(
        "clerk-filed",
        ("bulletin",),
        lambda d, c: f"FILED\n{_m(d)[:3].upper()} {d.day:02d} {d.year}\nCLERK OF THE {c.place.upper()} COURT",
        "FILED\nAPR 03 2009\nCLERK OF THE PORT ELLERY COURT",
    ),
    Form(
        "gazette-published",
        ("bulletin",),
        lambda d, c: f"Notice {c.number}{c.minute:02d} · Publication date: {d.day} {_m(d)} {d.year}",
        "Notice 4422 · Publication date: 3 April 2009",
    ),
    Form(
        "parish-week",
        ("bulletin",),
        lambda d, c: f"Parish notes · {_w(d)} {_ordinal(d.day)} {_m(d)} {d.year}",
        "Parish notes · Friday 3rd April 2009",
    ),
    # press clippings
    Form(
        "rubber-stamp",
        ("clipping",),
        lambda d, c: f"{_m(d)[:3].upper()} - {d.day} {d.year}",
        "APR - 3 2009",
    ),
    Form(
        "week-edition",
        ("clipping",),
        lambda d, c: f"Week {d.isocalendar()[1]}/{d.isocalendar()[0]} · {_w(d)} edition",
        "Week 14/2009 · Friday edition",
    ),
    Form(
        "roman-month",
        ("clipping",),
        lambda d, c: f"{c.outlet}, {d.day}.{ROMAN[d.month - 1]}.{d.year}, p. {c.number % 30 + 1}",
        "Harbour Gazette, 3.IV.2009, p. 15",
    ),
    Form(
        "clip-fr",
        ("clipping",),
        lambda d, c: f"{c.outlet.upper()} — {_w(d, 'fr')} {d.day} {_m(d, 'fr')} {d.year}",
        "HARBOUR GAZETTE — vendredi 3 avril 2009",
        "fr",
    ),
)
FORM = {f.name: f for f in FORMS}
STYLES = (
    "liveblog",
    "chat",
    "wikitalk",
    "social",
    "qa",
    "newsletter",
    "feed",
    "report",
    "archive",
    "usenet",
    "bulletin",
    "clipping",
)
#: Languages whose month or weekday names some form writes.
LANGUAGES = tuple(sorted({f.lang for f in FORMS}))


def stamp(form: str, d: dt.date, c: Ctx) -> str | None:
    """What the named form writes for the date (None: it cannot state it)."""
    return FORM[form].write(d, c)


# ------------------------------------------------------------------------------------------------ page text


class _Text:
    """The page's text as it grows, and its gold."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.gold: list[GoldSegment] = []
        self.zone = 0

    @property
    def offset(self) -> int:
        return sum(len(p) for p in self.parts)

    def lines(self, *lines: str, gap: bool = True) -> None:
        """Furniture: lines belonging to no segment (or to either of its neighbours)."""
        for line in lines:
            self.parts.append(line + "\n")
        if gap:
            self.parts.append("\n")

    def segment(
        self,
        head: list[str],
        body: list[str],
        foot: list[str] | None = None,
        *,
        kind: str,
        date: dt.date | None,
        form: str,
        article: str = "",
        lead: str = "",
        sep: str = "\n\n",
        head_gap: str = "\n",
    ) -> None:
        """``head`` lines (the segment starts at the first), the body paragraphs (``lead`` opens the first one on
        its line: the body offset is after it), ``foot`` lines under the body (a signature ends the last
        paragraph's line when it starts with a space)."""
        start = self.offset
        if head:
            self.parts.append("\n".join(head) + "\n" + head_gap)
        body_at = self.offset + len(lead)
        text = lead + sep.join(body)
        for line in foot or []:
            text += line if line.startswith(" ") else "\n" + line
        self.parts.append(text + "\n\n")
        self.gold.append(GoldSegment(start, self.zone, body_at, kind, date, form, article))
        self.zone = self.offset

    def text(self) -> str:
        return "".join(self.parts)


def headline(article: Article) -> str:
    """The article's title: the first clause of its first paragraph, at most nine words."""
    first = re.sub(r"[\"“”`]|''", "", article.paragraphs[0])
    clause = re.split(r"[,;:(]", first, maxsplit=1)[0]
    words = clause.split()[:9]
    return " ".join(words).rstrip(".!?—-–'") or "Untitled"


def _wrap(paragraph: str, width: int) -> str:
    return "\n".join(textwrap.wrap(paragraph, width))


def _ctx(rng: random.Random, day_first: bool, capture: dt.date | None) -> Ctx:
    zone, offset = rng.choice(ZONES)
    return Ctx(
        hour=rng.randint(7, 18),  # with these zones, the stamp's date is the date in UTC as well
        minute=rng.randint(0, 59),
        second=rng.randint(0, 59),
        author=rng.choice(PEOPLE),
        handle=rng.choice(HANDLES),
        outlet=rng.choice(OUTLETS),
        place=rng.choice(PLACES),
        zone=zone,
        offset=offset,
        number=rng.randint(12, 480),
        day_first=day_first,
        capture=capture,
        edited=rng.choice((0, 0, 1, 2, 3)),
    )


@dataclass
class _Page:
    """One page being written: its random source, articles, whether dated, capture date and numeric order."""

    rng: random.Random
    chosen: list[Article]
    dated: bool
    capture: dt.date | None
    day_first: bool
    others: list[Article]  # the corpus (titles for link lists)
    out: _Text

    def ctx(self) -> Ctx:
        return _ctx(self.rng, self.day_first, self.capture)

    def pick_form(self, style: str, d: dt.date, c: Ctx, allowed: tuple[str, ...] = ()) -> tuple[str, str | None]:
        """A form of the style (or one of ``allowed``) and what it writes; ("none", None) on an undated page."""
        if not self.dated:
            return "none", None
        names = [
            f.name
            for f in FORMS
            if (f.name in allowed if allowed else style in f.styles) and (f.needs != "capture" or self.capture)
        ]
        if self.capture is None:
            names = [n for n in names if FORM[n].needs != "year"]
        self.rng.shuffle(names)
        fallback = [f.name for f in FORMS if style in f.styles and f.needs in ("", "order")]
        for name in names + sorted(fallback, key=lambda _: self.rng.random()):
            written = FORM[name].write(d, c)
            if written is not None:
                return name, written
        raise ValueError(f"no form of {style} can state {d}")  # every style has forms that need nothing

    def capture_line(self, kind: str) -> None:
        c, rng = self.capture, self.rng
        if c is None:
            return
        site = rng.choice(OUTLETS).replace(" ", "").lower()
        t = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        lines = {
            "saved": f"Saved from https://www.{site}.example/ on {c.day} {_m(c)[:3]} {c.year} {t} UTC",
            "wayback": f"https://web.archive.example/web/{c.year}{c.month:02d}{c.day:02d}{t.replace(':', '')}/https://www.{site}.example/",
            "export": f"Exported on {_m(c)} {c.day}, {c.year} at {t[:5]}",
            "retrieved": f"Retrieved {c.day} {_m(c)} {c.year}",
        }
        self.out.lines(lines[kind])


# ------------------------------------------------------------------------------------------------ styles


def _news_article(p: _Page, art: Article, title: str, allowed: tuple[str, ...] = (), style: str = "archive") -> None:
    """A news article with its header (title, stamp or byline, a dateline opening the first paragraph)."""
    rng, c = p.rng, p.ctx()
    form, written = p.pick_form(style, art.date, c, allowed)
    paras = list(art.paragraphs[: rng.randint(2, 4)])
    lead = ""
    if form != "none" and FORM[form].slot == "inline":
        head, lead = [title], (written or "") + " "
    elif written is None:
        head = [title] + ([f"By {c.author}"] if rng.random() < 0.5 else [])
    elif rng.random() < 0.25:
        head = written.split("\n") + [title]
    else:
        head = [title] + written.split("\n")
    p.out.segment(head, paras, kind="article", date=art.date, form=form, article=art.id, lead=lead)


def _comments(p: _Page, d: dt.date, c: Ctx) -> None:
    """A reader-comment block: relative stamps only when the page states its capture date."""
    rng = p.rng
    n = rng.randint(2, 4)
    lines = []
    for _ in range(n):
        later = d + dt.timedelta(days=rng.randint(0, 2))
        if not p.dated:
            when = ""
        elif p.capture is not None and (a := _ago(later, c)) and rng.random() < 0.7:
            when = a if rng.random() < 0.6 else (_day_at(later, c) or a)
        else:
            when = f"{_m(later)} {later.day}, {later.year} at {_h12(c, upper=False)}"
        who = rng.choice(HANDLES)
        lines.append(
            "\n".join(x for x in (f"{who}" + (f" · {when}" if when else ""), rng.choice(COMMENTS), "Reply") if x)
        )
    p.out.segment(
        [rng.choice((f"Comments ({n})", f"{n} comments", "Most relevant ▾"))],
        lines,
        kind="comments",
        date=None,
        form="comments",
    )


def _archive(p: _Page) -> None:
    rng, out = p.rng, p.out
    if p.dated:
        p.capture_line(rng.choice(("saved", "wayback")))
    else:
        out.lines(f"Archived copy of https://www.{rng.choice(OUTLETS).replace(' ', '').lower()}.example/news/")
    outlet = rng.choice(OUTLETS)
    out.lines(outlet, "Home | Local | Region | Business | Sport | Weather | Contact")
    syndicate = rng.random() < 0.3
    for k, art in enumerate(p.chosen):
        title = headline(art)
        _news_article(p, art, title)
        junk = []
        if rng.random() < 0.4:
            junk.append(f"Read the full story at {rng.choice(OUTLETS)} »")
        if rng.random() < 0.4:
            junk.append(rng.choice(("Share  Tweet  Email  Print", "f  𝕏  ✉  ⎙", "Like this story? Share it")))
        if junk:
            out.lines(*junk)
        if rng.random() < 0.3:
            _comments(p, art.date, p.ctx())
        if syndicate and k == 0:
            other = rng.choice([o for o in OUTLETS if o != outlet])
            c = p.ctx()
            form, written = p.pick_form(
                "archive", art.date, c, ("weekday-de", "long-es", "by-weekday-us", "posted-numeric")
            )
            out.segment(
                [f"{title} — via {other}"] + ((written or "").split("\n") if written else []),
                list(art.paragraphs[:2]),
                kind="article",
                date=art.date,
                form=form + "+syndicated" if form != "none" else form,
                article=art.id,
            )
            syndicate = False
    out.lines("© " + outlet + " · Terms · Privacy · Cookie settings")


def _liveblog(p: _Page) -> None:
    rng, out = p.rng, p.out
    if p.capture:
        p.capture_line("retrieved")
    outlet = rng.choice(OUTLETS)
    out.lines(f"{outlet} | News | Live", "Skip to key events")
    art = p.chosen[0]
    c = p.ctx()
    form, written = p.pick_form("liveblog", art.date, c, ("live-updated", "live-began", "live-de"))
    title = headline(art)
    head = [rng.choice(("LIVE: ", "Live: ", "")) + title] + ((written or "").split("\n") if written else [])
    paras = list(art.paragraphs[: rng.randint(3, 6)])
    minutes = sorted(rng.sample(range(c.hour * 60 + 5, 23 * 60 + 50), len(paras)), reverse=True)
    twelve = rng.random() < 0.5
    zone = rng.choice(("", f" {c.zone}"))
    blocks = []
    for n, (para, t) in enumerate(zip(paras, minutes)):
        h, m = divmod(t, 60)
        when = f"{(h - 1) % 12 + 1}:{m:02d}{'am' if h < 12 else 'pm'}{zone}" if twelve else f"{h:02d}:{m:02d}{zone}"
        extra = rng.choice(("", "", "Pinned post\n", "Breaking\n")) if n == 0 else ""
        blocks.append((when, extra, para))
    lead = f"{blocks[0][0]}\n{blocks[0][1]}"
    body = [blocks[0][2]] + [f"{w}\n{x}{para}" for w, x, para in blocks[1:]]
    out.segment(
        head, body, kind="article", date=art.date, form=form, article=art.id, lead=lead, head_gap="\nKey events\n\n"
    )
    out.lines("More on this story")
    for art in p.chosen[1:]:
        _news_article(p, art, headline(art))
        if rng.random() < 0.3:
            out.lines(rng.choice(("Share", "Copy link", "Most viewed")))


def _chat(p: _Page) -> None:
    rng, out = p.rng, p.out
    if p.dated:
        kind = rng.choice(("whatsapp", "whatsapp-us", "telegram", "irc", "slack-divider", "discord"))
        if kind == "irc":
            kind = rng.choice(("irc-day-changed", "irc-log-opened"))
    else:
        kind = rng.choice(("irc-day-changed", "slack-divider"))
    irc, slack = kind.startswith("irc"), kind == "slack-divider"
    channel = rng.choice(("#harbour-news", "#localpolitics", "#readinglist", "#newsdesk"))
    if slack and p.dated:
        if p.capture is None:
            p.capture = max(a.date for a in p.chosen) + dt.timedelta(days=rng.randint(0, 3))
        out.lines(channel)
        p.capture_line("export")
    elif irc:
        out.lines(f"--- Log: {channel} on irc.{rng.choice(OUTLETS).split()[-1].lower()}.example", gap=False)
    elif kind.startswith("whatsapp"):
        out.lines(f"Chat with {rng.choice(PEOPLE)}")
    else:
        out.lines(f"{channel} · {rng.randint(3, 40)} members")
    people = rng.sample(PEOPLE, 4)
    day: dt.date | None = None
    previous = p.chosen[0].date - dt.timedelta(days=rng.randint(0, 2))

    def prefix(d: dt.date, c: Ctx) -> str:
        """The message prefix, after a day divider when the day changes (IRC, Slack)."""
        nonlocal day
        lines = []
        if (irc or slack) and d != day and p.dated:
            opened = kind == "irc-log-opened" and day is None
            line = stamp(kind if opened or not irc else "irc-day-changed", d, c) or ""
            lines.append(line + ("\n" if slack else ""))
        day = d
        if irc:
            lines.append(f"[{_hm(c)}] <{c.handle}>")
        elif slack:
            lines.append(f"{c.author}  {_h12(c)}\n")
        else:
            written = stamp(kind, d, c) or ""
            lines.append(written + ("\n" if kind in ("telegram", "discord") else ""))
        return "\n".join(lines)

    clock_day: dt.date | None = None  # the last message's day and minute: messages run in time order
    clock = 0

    def tick(c: Ctx, d: dt.date) -> Ctx:
        nonlocal clock_day, clock
        at = clock + rng.randint(3, 150) if d == clock_day else rng.randint(7 * 60, 12 * 60)
        clock_day, clock = d, min(at, 23 * 60 + 58)
        return dataclasses.replace(c, author=rng.choice(people), hour=clock // 60, minute=clock % 60)

    def chatter(d: dt.date) -> str:
        c = tick(_ctx(rng, p.day_first, p.capture), d)
        text = rng.choice(CHATTER)
        pre = prefix(d, c)
        return pre + ("" if pre.endswith("\n") else " ") + text

    for art in p.chosen:
        n = rng.randint(0, 2)
        msgs = []
        span = min(3, max(0, (art.date - previous).days))  # chatter from the last few days before it
        for back in sorted((rng.randint(0, span) for _ in range(n)), reverse=True):
            msgs.append(chatter(art.date - dt.timedelta(days=back)))
        if msgs:
            out.lines(*msgs, gap=not irc)
        c = p.ctx()
        c = tick(c, art.date)
        pre = prefix(art.date, c)
        if "\n" in pre.rstrip("\n"):  # a day divider above the message: it lies in the zone
            divider, pre = pre.split("\n", 1)
            out.lines(divider, gap=not irc)
            pre = pre.lstrip("\n")
        sep = "\n" if irc else "\n\n"
        paras = list(art.paragraphs[: rng.randint(2, 4)])
        if irc:
            body = [paras[0]] + [f"[{_hm(c)}] <{c.handle}> {x}" for x in paras[1:]]
        else:
            body = paras
        title = headline(art)
        space = "" if pre.endswith("\n") else " "
        if rng.random() < 0.5:
            lead = pre + space + title + (f"\n[{_hm(c)}] <{c.handle}> " if irc else "\n")
        else:
            lead = pre + space
        out.segment(
            [],
            body,
            kind="post",
            date=art.date if p.dated else art.date,
            form=kind if p.dated else "none",
            article=art.id,
            lead=lead,
            sep=sep,
        )
        previous = art.date
        if irc:
            out.parts[-1] = out.parts[-1].rstrip("\n") + "\n"
            out.zone = out.offset
    if irc and p.dated:
        out.lines(
            f"--- Log closed {_w(previous)[:3]} {_m(previous)[:3]} {previous.day:02d} 23:59:{rng.randint(10, 59)} {previous.year}"
        )
    elif irc:
        out.lines("--- Log closed")


def _wikitalk(p: _Page) -> None:
    rng, out = p.rng, p.out
    form = rng.choice([f.name for f in FORMS if "wikitalk" in f.styles])
    lang = FORM[form].lang
    page = headline(p.chosen[0]).split()[:3]
    talk = {"en": "Talk", "de": "Diskussion", "fr": "Discussion", "nl": "Overleg", "it": "Discussione"}[lang]
    out.lines(
        f"{talk}:{' '.join(page)}",
        "From Openlexicon, the free encyclopedia",
        "Article · Talk · Read · Edit · View history",
    )
    for k, art in enumerate(p.chosen):
        c = p.ctx()
        written = stamp(form, art.date, c) if p.dated else None
        sig = written if written else f"—{c.author} ({'talk' if lang == 'en' else 'talk'})"
        heading = rng.random() < 0.7 or k == 0
        paras = list(art.paragraphs[: rng.randint(1, 3)])
        head = [f"== {headline(art)} =="] if heading else []
        out.segment(
            head, paras, [" " + sig], kind="post", date=art.date, form=form if written else "none", article=art.id
        )
        replies = []
        for depth in range(1, rng.randint(1, 3)):
            rc = p.ctx()
            later = art.date + dt.timedelta(days=rng.randint(0, 2))
            rs = stamp(form, later, rc) if p.dated else f"—{rc.author} (talk)"
            replies.append(":" * depth + rng.choice(REPLIES) + " " + (rs or ""))
        if replies and rng.random() < 0.7:
            out.lines(*replies)


def _social(p: _Page) -> None:
    rng, out = p.rng, p.out
    if p.capture:
        p.capture_line(rng.choice(("saved", "retrieved")))
    platform = rng.choice(("micro", "page", "reddit" if p.capture else "page"))
    allowed = {
        "micro": ("fediverse", "tweet-footer", "short-relative"),
        "page": ("page-post", "page-post-pt", "page-post-ru", "page-post-tr"),
        "reddit": ("reddit-submitted", "reddit-posted"),
    }[platform]
    outlet = rng.choice(OUTLETS)
    if platform == "reddit":
        out.lines(f"r/{outlet.replace(' ', '').lower()}", "hot  new  top  rising")
    elif platform == "page":
        out.lines(outlet, f"{rng.randint(2, 90)}K followers · News & media website")
    else:
        out.lines(f"{outlet} @{outlet.split()[-1].lower()}", "Posts  Replies  Media")
    for art in p.chosen:
        c = p.ctx()
        form, written = p.pick_form("social", art.date, c, allowed)
        title = headline(art)
        paras = [title] + list(art.paragraphs[: rng.randint(1, 3)])
        foot: list[str] = []
        if platform == "reddit":
            head = [f"{rng.randint(2, 900)}", title] + ([written] if written else [f"by {c.handle}"])
            paras = paras[1:]
            foot = [f"{rng.randint(2, 300)} comments  share  save  hide  report"]
        elif form == "tweet-footer" or (form == "none" and platform == "micro"):
            head = [c.author, f"@{c.handle}"]
            foot = ([written] if written else []) + [f"{rng.randint(0, 90)} Reposts  {rng.randint(0, 400)} Likes"]
        else:
            head = (written or (c.outlet if platform == "page" else f"{c.author} @{c.handle}")).split("\n")
            foot = [
                rng.choice(
                    (
                        "Like · Comment · Share",
                        "↩ 4  ⇄ 12  ★ 31",
                        f"{rng.randint(1, 99)} comments · {rng.randint(1, 50)} shares",
                    )
                )
            ]
        if platform != "reddit":
            body = paras[1:]
            head = head + [paras[0]]
        else:
            body = paras
        out.segment(head, body, foot, kind="post", date=art.date, form=form, article=art.id)
        if rng.random() < 0.3:
            _comments(p, art.date, c)


def _qa(p: _Page) -> None:
    rng, out = p.rng, p.out
    if p.capture:
        p.capture_line("retrieved")
    out.lines("Harbour Exchange", "Questions  Tags  Users  Unanswered")
    q = p.chosen[0]
    title = headline(q)
    c = p.ctx()
    allowed = ("asked",) if rng.random() < 0.8 or not p.capture else ("answered-relative",)
    form, written = p.pick_form("qa", q.date, c, allowed)
    if form == "answered-relative" and written:
        written = written.replace("answered", "asked")
    head = [title]
    if p.capture and (a := _ago(q.date, c)):
        head.append(f"Asked {a}  Modified today  Viewed {rng.randint(20, 9000):,} times")
    foot = (
        ["Share  Improve this question  Follow"]
        + (written.split("\n") if written else [])
        + [
            c.handle,
            f"{rng.randint(1, 90):,}●{rng.randint(1, 9)}●{rng.randint(1, 30)}",
        ]
    )
    out.segment(head, list(q.paragraphs[: rng.randint(1, 3)]), foot, kind="post", date=q.date, form=form, article=q.id)
    out.lines(f"{len(p.chosen) - 1} Answers", "Sorted by: Highest score (default)")
    for art in p.chosen[1:]:
        c = p.ctx()
        form, written = p.pick_form("qa", art.date, c, ("answered-apostrophe", "answered-relative"))
        foot = (
            ["Share  Improve this answer  Follow"]
            + (written.split("\n") if written else [])
            + [
                c.handle,
                f"{rng.randint(1, 90):,}●{rng.randint(1, 9)}●{rng.randint(1, 30)}",
            ]
        )
        votes = [str(rng.randint(-2, 140))] + (["✓"] if rng.random() < 0.2 else [])
        out.segment(
            votes,
            list(art.paragraphs[: rng.randint(1, 3)]),
            foot,
            kind="post",
            date=art.date,
            form=form,
            article=art.id,
        )
        if rng.random() < 0.3:
            out.lines(f"{rng.choice(COMMENTS)} – {rng.choice(HANDLES)}", "Add a comment")


def _newsletter(p: _Page) -> None:
    rng, out = p.rng, p.out
    name = rng.choice(("The Harbour Letter", "Tidewatch Weekly", "Lantern Notes", "Upland Dispatch"))
    out.lines(name, "Home  Archive  About  Subscribe")
    for art in p.chosen:
        c = p.ctx()
        form, written = p.pick_form("newsletter", art.date, c)
        title = headline(art)
        w = (written or "").split("\n") if written else [c.author]
        head = [title] + w if form in ("read-time", "none") else w + ["", title]
        out.segment(
            head, list(art.paragraphs[: rng.randint(2, 4)]), kind="article", date=art.date, form=form, article=art.id
        )
        out.lines(
            *rng.sample(
                [
                    f"Thanks for reading {name}! Subscribe for free to receive new posts.",
                    "♡ Like  💬 Comment  ↻ Restack",
                    "Share",
                    "Leave a comment",
                ],
                rng.randint(1, 3),
            )
        )


def _feed(p: _Page) -> None:
    rng, out = p.rng, p.out
    xml = rng.random() < 0.6
    outlet = rng.choice(OUTLETS)
    site = outlet.replace(" ", "").lower()
    atom = xml and rng.random() < 0.4
    if xml:
        out.lines(
            "This XML file does not appear to have any style information associated with it. The document tree is shown below.",
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<feed xmlns="http://www.w3.org/2005/Atom">' if atom else '<rss version="2.0"><channel>',
            f"<title>{outlet}</title>",
            gap=False,
        )
        allowed = ("atom-published",) if atom else ("rss-pubdate", "dc-date")
    else:
        out.lines(f"{outlet} — {len(p.chosen)} unread", "Mark all as read")
        allowed = ("reader-text",)
    for art in p.chosen:
        c = p.ctx()
        form, written = p.pick_form("feed", art.date, c, allowed)
        title = headline(art)
        slug = "-".join(title.lower().split()[:5])
        paras = list(art.paragraphs[: rng.randint(1, 3)])
        if xml:
            tag = "entry" if atom else "item"
            link = (
                f'<link href="https://{site}.example/{slug}"/>'
                if atom
                else f"<link>https://{site}.example/{slug}</link>"
            )
            head = [f"<{tag}>", f"<title>{title}</title>", link] + (written.split("\n") if written else [])
            content = '<content type="text">' if atom else "<description><![CDATA["
            head.append(content)
            close = "</content>" if atom else "]]></description>"
            out.segment(
                head, paras, [close, f"</{tag}>"], kind="article", date=art.date, form=form, article=art.id, head_gap=""
            )
        else:
            head = [title] + (written.split("\n") if written else [f"{c.outlet} / by {c.author}"])
            out.segment(
                head,
                paras,
                [f"Visit website: https://{site}.example/{slug}"],
                kind="article",
                date=art.date,
                form=form,
                article=art.id,
            )
    if xml:
        out.lines("</feed>" if atom else "</channel></rss>")


def _report(p: _Page) -> None:
    rng, out = p.rng, p.out
    body_name = rng.choice(
        ("HARBOUR DISTRICT COUNCIL", "Upland Water Board", "Saltmere Port Authority", "Fenwick Trust")
    )
    running = f"{body_name} — Internal circulation"
    out.lines(running, gap=True)
    page_no = rng.randint(1, 6)
    for art in p.chosen:
        c = p.ctx()
        form, written = p.pick_form("report", art.date, c)
        title = headline(art)
        w = (written or "").split("\n") if written else []
        if form in ("memo-date", "none") and rng.random() < 0.6:
            head = [
                "MEMORANDUM",
                f"TO: {rng.choice(('All staff', 'Board members', 'Regional offices'))}",
                f"FROM: {c.author}",
            ]
            head += w + [f"SUBJECT: {title}"]
        elif form.startswith("place-"):
            head = w + ["", title]
        else:
            head = [title] + w
        width = rng.randint(60, 78)
        paras = [_wrap(x, width) for x in art.paragraphs[: rng.randint(2, 5)]]
        if len(paras) > 2 and rng.random() < 0.6:  # a page break inside the article
            page_no += 1
            k = rng.randint(1, len(paras) - 1)
            paras[k:k] = [f"Page {page_no} of {page_no + rng.randint(1, 9)}\n\f{running}"]
        out.segment(head, paras, kind="article", date=art.date, form=form, article=art.id)
        if rng.random() < 0.4:
            page_no += 1
            out.lines(f"— {page_no} —")


def _usenet(p: _Page) -> None:
    rng, out = p.rng, p.out
    group = rng.choice(("harbour.news.local", "alt.news.estuary", "uk.local.fenwick", "soc.culture.upland"))
    web = rng.random() < 0.3
    mbox = not web and rng.random() < 0.4
    out.lines(f"Newsgroup: {group}" if not web else f"Groups › {group}", f"Thread: {len(p.chosen)} messages")
    previous: tuple[dt.date, Ctx] | None = None
    for k, art in enumerate(p.chosen):
        c = p.ctx()
        allowed = ("groups-web",) if web else ("usenet-date",)
        form, written = p.pick_form("usenet", art.date, c, allowed)
        title = headline(art)
        subject = ("Re: " if k else "") + headline(p.chosen[0])
        if web:
            head = (written.split("\n") if written else [c.author]) + [subject]
        else:
            head = []
            if mbox and p.dated:
                head.append(stamp("mbox-from", art.date, c) or "")
                form = "mbox-from" if rng.random() < 0.5 else form
            head += [
                f"From: {c.author} <{c.handle}@{c.outlet.split()[-1].lower()}.example>",
                f"Newsgroups: {group}",
                f"Subject: {subject}",
            ]
            if written:
                head.append(written)
            head.append(f"Message-ID: <{rng.randint(10**6, 10**7)}@{c.handle}.example>")
        lead = ""
        if previous is not None and rng.random() < 0.5:
            pd, pc = previous
            attribution = f"On {_rfc(pd, pc)}, {pc.author} wrote:" if p.dated else f"{pc.author} wrote:"
            quoted = "> " + "\n> ".join(textwrap.wrap(p.chosen[k - 1].paragraphs[0], 70)[:3])
            lead = f"{attribution}\n{quoted}\n\n"
        paras = [title] + [_wrap(x, 72) for x in art.paragraphs[: rng.randint(1, 3)]]
        lead += "" if web and not k else paras[0] + "\n\n"
        out.segment(
            head,
            paras[1:],
            ["", "-- ", c.author.split()[0]],
            kind="post",
            date=art.date,
            form=form,
            article=art.id,
            lead=lead,
        )
        previous = (art.date, c)
        if not web and not mbox:
            out.lines("-" * rng.randint(20, 40))


def _bulletin(p: _Page) -> None:
    rng, out = p.rng, p.out
    out.lines(rng.choice(("OFFICIAL NOTICES", "Public Notices", "Club & Parish Bulletin", "Notices and announcements")))
    for art in p.chosen:
        c = p.ctx()
        form, written = p.pick_form("bulletin", art.date, c)
        title = headline(art).upper() if rng.random() < 0.5 else headline(art)
        paras = list(art.paragraphs[: rng.randint(1, 3)])
        w = written.split("\n") if written else []
        if form == "dated-this-day":
            out.segment([title], paras, [""] + w, kind="article", date=art.date, form=form, article=art.id)
        else:
            head = w + [title] if form in ("clerk-filed", "parish-week") else [title] + w
            out.segment(head, paras, kind="article", date=art.date, form=form, article=art.id)
        if rng.random() < 0.4:
            out.lines(rng.choice(("* * *", "—", "Enquiries: the Clerk's office, weekdays")))


def _clipping(p: _Page) -> None:
    rng, out = p.rng, p.out
    out.lines(rng.choice(("PRESS CUTTINGS", "Clippings file — scanned", "Cuttings (OCR)")))
    for k, art in enumerate(p.chosen):
        c = p.ctx()
        form, written = p.pick_form("clipping", art.date, c)
        title = headline(art).upper()
        width = rng.randint(34, 60)
        paras = []
        for x in art.paragraphs[: rng.randint(2, 4)]:
            lines = textwrap.wrap(x, width, break_long_words=False)
            if len(lines) > 2 and rng.random() < 0.5:  # OCR keeps the hyphenation of a word broken at a line end
                first, rest = lines[0], lines[1].split(" ", 1)
                word = rest[0]
                if len(word) > 5:
                    lines[0], lines[1] = (
                        first + " " + word[:3] + "-",
                        word[3:] + (" " + rest[1] if len(rest) > 1 else ""),
                    )
            paras.append("\n".join(lines))
        w = written.split("\n") if written else []
        source = c.outlet.upper()
        if form == "rubber-stamp" and rng.random() < 0.4:
            out.segment([source, title], paras, ["", *w], kind="article", date=art.date, form=form, article=art.id)
        else:
            head = w + [title] if rng.random() < 0.6 else [title] + w
            if form not in ("roman-month", "clip-fr"):
                head = [source] + head if rng.random() < 0.5 else head
            out.segment(head, paras, kind="article", date=art.date, form=form, article=art.id)
        out.lines(f"[clipping {k + 1}]" if rng.random() < 0.5 else "- - - - - - - - - - - -")


BUILDERS: dict[str, Callable[[_Page], None]] = {
    "liveblog": _liveblog,
    "chat": _chat,
    "wikitalk": _wikitalk,
    "social": _social,
    "qa": _qa,
    "newsletter": _newsletter,
    "feed": _feed,
    "report": _report,
    "archive": _archive,
    "usenet": _usenet,
    "bulletin": _bulletin,
    "clipping": _clipping,
}
#: Styles whose messages or posts run in time order.
CHRONOLOGICAL = {"chat", "wikitalk", "qa", "usenet"}


def _choose(rng: random.Random, articles: list[Article], n: int) -> list[Article]:
    """``n`` articles from a few weeks of one year (what one page shows), in a random order."""
    n = min(n, len(articles))
    first = rng.choice(articles)
    near = [a for a in articles if a is not first and 0 <= (a.date - first.date).days <= 24]
    rng.shuffle(near)
    chosen = [first] + near[: n - 1]
    rest = [a for a in articles if a not in chosen]
    rng.shuffle(rest)
    chosen += rest[: n - len(chosen)]
    rng.shuffle(chosen)
    return chosen


def make_page(rng: random.Random, articles: list[Article], style: str, dated: bool) -> tuple[str, list[GoldSegment]]:
    chosen = _choose(rng, articles, rng.randint(2, 6))
    if style in CHRONOLOGICAL:
        chosen.sort(key=lambda a: a.date)
    latest = max(a.date for a in chosen)
    wants_capture = style == "archive" or (style in ("social", "qa", "liveblog") and rng.random() < 0.5)
    capture = latest + dt.timedelta(days=rng.randint(0, 5)) if dated and wants_capture else None
    page = _Page(rng, chosen, dated, capture, rng.random() < 0.5, articles, _Text())
    BUILDERS[style](page)
    return page.out.text(), page.out.gold


def generate(corpus: pathlib.Path, seed: int = 1, count: int = 40) -> list[Page]:
    """``count`` pages, the same for the same corpus and seed: the styles in turn, about one page in ten
    undated."""
    articles = pages.read_articles(pathlib.Path(corpus))
    if len(articles) < 2:
        raise ValueError("the corpus needs at least two dated articles of two paragraphs or more")
    rng = random.Random(f"pages-f/{seed}")
    out = []
    for n in range(count):
        style = STYLES[(n + seed) % len(STYLES)]
        dated = rng.random() >= 0.1
        text, gold = make_page(rng, articles, style, dated)
        out.append(Page(f"f{n:03d}_{style}", style, text, tuple(gold)))
    return out


def cli(
    corpus: pathlib.Path,
    seed: int = 1,
    count: int = 40,
    errors: int = 0,
    as_json: bool = False,
    keep: pathlib.Path | None = None,
    values: bool = True,
) -> int:
    """``timeline evaluate CORPUS --pages --generator f``: these pages, ``pages``'s scorer and report."""
    return pages.cli(
        corpus, seed, count, errors, as_json, keep, generator=sys.modules[__name__], name="generator f", values=values
    )
