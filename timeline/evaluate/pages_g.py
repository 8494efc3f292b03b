"""Generator g of development pages: text copies of archives, feeds, records and apps, scored by ``pages.score``.

Written independently of the segmentation and dating rules: only the interface of ``pages.py`` (``Article``,
``GoldSegment``, ``Page``, ``read_articles``, the scorer and its ``cli``), the docstrings of generators b to f (so
that these styles and forms are other ones) and the shape of f's ``generate`` and ``cli`` were read. Every name,
outlet, agency, station, handle and site is invented; the corpus's text is only read at generation time. Each page
holds 2 to 6 of the corpus's articles from a few weeks of it (``pages.read_articles``, whose manifest dates are the
truth; a syndicated copy may repeat one), laid out in one of thirteen page styles:

``reader``      news articles saved one after another from a browser's reader view or "save as text": URL and
                breadcrumb lines, "Listen to this article · 4 min", "5–7 minutes" reading times, bylines,
                "Advertisement" inside the text, "Share full article", "More from World" lists with other
                articles' dates; sometimes the browser's print header ("4/7/09, 9:40 PM  Title") over the page.
``database``    a news-archive database's export, one database a page: a search summary (query, a numeric date
                range in the page's order), a numbered hit list (source, date, word count), then the documents in
                a Factiva-like field layout (HD/BY/WC/PD/ET/SN/.../LP/TD/AN), a Nexis-like one ("3 of 17
                DOCUMENTS", centred source and "April 3, 2009 Friday", SECTION/LENGTH/HEADLINE/BODY, a later
                LOAD-DATE), a ProQuest-like one (Publication info, a metadata block with a much later "Last
                updated"), a Gale-like one (MLA citation "Accessed" years later), a PressReader-like one, or a
                library catalogue record; the same story carried by a second paper.
``cluster``     a news aggregator's story clusters in its reader's interface language (English, German, Spanish,
                French, Japanese): title, "Source · 3 hours ago" / "vor 2 Tagen" / "hace 2 días" / "il y a 2
                jours" / "2 日前" against the page's stated capture, or a short or full date; the opening
                paragraphs, "Continue reading at ...", "Full coverage", the same story from another source.
``linkboard``   link boards and community weblogs: item pages ("142 points by x 4 days ago | hide | past |
                favorite | 39 comments") with comment threads, a story listing ("Posted by x on Friday Apr 03,
                2009 @02:22PM / from the ... dept."), a front page grouped under day headings whose posts end in
                "posted by x at 2:22 PM - 39 comments", item pages whose footer carries the full date (and
                comments with their own later dates), Scoop-like story pages.
``podcast``     podcast and video episode pages: "APR 3, 2009" over the title, "First broadcast: Friday 03 April
                2009" with "Available for 29 days" and a later repeat, "142,812 views  Apr 3, 2009", "Streamed live
                on", "Aired 03.04.2009 · 48:05"; running times, chapter lists ("03:15 The story"), video comments.
``transcript``  broadcast transcripts: show name over the title, "Aired April 3, 2009 - 14:00   ET" and the rush
                transcript notice, public-radio pages ("April 3, 2009 · 2:22 PM ET", "Heard on ..."), monitoring
                reports dated in their "Source: ..., in English 1422 gmt 3 Apr 09" footer, field layouts under a
                "FRIDAY, APRIL 3, 2009" line; speakers' labels in capitals, "(COMMERCIAL BREAK)".
``hansard``     parliamentary records: column heads ("3 Apr 2009 : Column 142", again inside a speech), record
                volumes ("Congressional Record Volume 155, Number 63 (Friday, April 3, 2009)"), a field block
                ("Date<TAB>Friday, 3 April 2009"), sitting lines ("Friday, 3 April 2009 - London    Revised
                edition"), "Sitting date: 3 April 2009"; members' labels, interjections, a "Next sitting day".
``wire``        a press agency's feed: a slug index, ANPA-style stories (^headline^<, @By ...=, indented
                paragraphs, "MPA-NY-04-03-09 1422EDT" footers) or plain ones, datelines with or without the year
                ("LONDON, April 3, 2009 (MPA) - ", "(MPA) - London, April 3 - " under a "wire archive · 2009"
                line), "Fri Apr 3, 2009 2:22pm EDT", "2009-04-03 14:22:05", "03.04.2009, 14:22 Uhr", "(Reporting
                by ...; Editing by ...)", UPDATE copies of a story later the same day.
``notes``       notes apps' clips and markdown exports: front matter ("published: 2009-04-03" beside a "created:"
                years later; "date: 2009-04-03T14:22:05Z" beside "lastmod:"), property blocks ("Created: March 12,
                2019 9:15 AM" / "Published: April 3, 2009"), web clips ("Created: 10/22/2015 16:02" in the page's
                numeric order, "By MIRA CASTELLANOS | April 3, 2009"), markdown notes ("*Friday, April 3rd,
                2009*"), backlinks to a later daily note.
``translated``  pages machine-translated into English by the browser, one site's (one language) or a reading
                file of pages from several sites, each under its banner ("This page has been translated from
                Thai."): the text in English, the date line left in the original language — Japanese (with era
                years), Chinese, Korean, Thai (Buddhist era), Vietnamese, Arabic (Eastern Arabic-Indic digits,
                Levantine month names), Persian (Solar Hijri calendar, Persian digits), Hebrew, Hindi (Devanagari
                digits), Greek, Ukrainian, Romanian, Hungarian, Danish, Norwegian, Swahili, Lithuanian, Croatian,
                Catalan — or translated word by word with its calendar kept ("Friday 3 April 2552", "Friday, 14
                Farvardin 1388", "April 3, 2009 (Friday) 14:22 delivery", "Input ... | Modified ...").
``shared``      articles shared from news apps into a note or a mail: "Check out this article from ...", the
                outlet, a stamp, the text, "Read more: ...", "Shared from the ... app", "Sent from my iPhone".
``teletext``    teletext pages recovered from off-air recordings: 40-column text under the service's header line
                ("P142 TELEFAX 142 Fri 03 Apr 14:22/05": no year — the archive's intro states it), fastext lines,
                captions ("Recorded Friday 3 April 2009 · tape 12").
``ebook``       news downloaded into an e-book and converted to text: a masthead with the download date ("[Sat, 25
                Apr 2009]") or a reading-list digest's, section lists, navigation bars, "This article was
                downloaded by calibre from ...", each article's own stamp.

``FORMS`` lists every header/byline/stamp form (``Form``: name, styles, writer, example for ``EXAMPLE_DATE`` and
``EXAMPLE_CTX``, language, what it ``needs`` — nothing, the page's numeric ``order``, a stated ``capture`` for
relative stamps, a stated ``year`` — and its ``slot``: ``above`` the title, ``header`` under it, ``meta`` in a
field block, ``dateline`` opening the first paragraph, ``footer`` under the text). Month and weekday names are
written here for every language of ``LANGUAGES``. Pages take the styles in turn (``TURN``: translated pages twice a
turn); a page's site writes one form (its "house" form) for most articles, another of its style's now and then.

Traps written into the pages: "Updated"/"Modified"/"lastmod"/"LOAD-DATE"/"Last updated" dates after the true one,
clipping, creation and access dates years later, capture lines, other articles' dates in related lists and hit
lists, later repeats and next sittings, comments with later stamps, durations, running times and chapter marks
that look like clock times, numeric dates whose order only the page's other dates (a date range, a capture line,
a creation date) may decide, copyright years, volume and column numbers.

Gold (``pages.GoldSegment``):

* ``start`` is the line a segment start must reach: an article's or post's title line (or its first line when it
  has no title: a weblog post's first paragraph, a comment block's first comment, a comment block's "N Comments"
  heading); for a record whose title is a field, that field's line ("HD ...", "HEADLINE: ...", "title: ...").
  Lines above it that belong to neither segment alone — URLs, breadcrumbs, section labels, record counters ("3 of
  17 DOCUMENTS"), the centred source and date of a Nexis record, a front matter's opening "---", day headings,
  stamps over the title (a BBC-like "Page last updated", a PressReader line, a teletext header, a column head, a
  record volume, an episode date) and banners — lie between ``zone`` and ``start``: a predicted start there counts.
  So a start placed at such a stamp or at the title is found; one placed at the title leaves that stamp to the
  segment before, and the date is then scored as such.
* ``zone`` is the end of the previous segment: its text and the lines that belong to it (footers and their
  stamps, citations, metadata blocks, "(Reporting by ...)", chapter lists, "This article was downloaded by ...",
  share footers). Share bars, related lists, navigation bars and separators after it lie in the zone.
* ``body`` is the offset of the article's first paragraph as the page writes it: after a speaker's or writer's
  label on its own line, a dateline opening it included; for a comment block, its first line.
* ``kind``: ``post`` for link-board items and weblog posts, ``comments`` for reader comment blocks (not dated),
  ``article`` for everything else.
* ``date``: the manifest date. A segment's stamp states that date: in the page's local time (US and UK zones follow
  their summer-time rules, so the local day is the day), in another calendar (Buddhist era, Solar Hijri, Japanese
  era), without a year only on a page that states the year (and only for that year), relatively ("4 days ago",
  "Yesterday", "3 hours ago") only on a page that states when it was captured and only while that names the day
  exactly. A weblog post under a day heading is dated by the heading (which may head the post before it). On undated
  pages (about one in ten) the text states no date at all (no stamps, years, capture or year lines, dated
  furniture); the gold keeps the manifest date with form ``none``.
* ``form``: the name of the form in ``FORMS`` that dates the segment (``+syndicated`` for a second copy of an
  article, ``none`` when the segment states no date, ``comments`` for comment blocks).
"""

from __future__ import annotations

import datetime as dt
import pathlib
import random
import re
import sys
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from . import pages
from .pages import Article, GoldSegment, Page

# ------------------------------------------------------------------------------------------------ languages
# Month and weekday names written for this generator (Monday first). Persian's months are the Solar Hijri
# calendar's (its stamps are converted); Japanese, Chinese, Korean and Vietnamese months are numbered.

MONTHS: dict[str, tuple[str, ...]] = {
    "en": tuple("January February March April May June July August September October November December".split()),
    "de": tuple("Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()),
    "es": tuple("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()),
    "fr": tuple("janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()),
    "ja": tuple(f"{m}月" for m in range(1, 13)),
    "zh": tuple("一月 二月 三月 四月 五月 六月 七月 八月 九月 十月 十一月 十二月".split()),
    "ko": tuple(f"{m}월" for m in range(1, 13)),
    "th": tuple("มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม".split()),
    "vi": tuple(f"tháng {m}" for m in range(1, 13)),
    "ar": tuple("يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split()),
    "fa": tuple("فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند".split()),
    "he": tuple("ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר".split()),
    "hi": tuple("जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर".split()),
    "el": tuple(
        "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου "
        "Νοεμβρίου Δεκεμβρίου".split()
    ),
    "uk": tuple("січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня".split()),
    "ro": tuple(
        "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie".split()
    ),
    "hu": tuple(
        "január február március április május június július augusztus szeptember október november december".split()
    ),
    "da": tuple("januar februar marts april maj juni juli august september oktober november december".split()),
    "nb": tuple("januar februar mars april mai juni juli august september oktober november desember".split()),
    "sw": tuple("Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba".split()),
    "lt": tuple(
        "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio".split()
    ),
    "hr": tuple(
        "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca".split()
    ),
    "ca": tuple("gener febrer març abril maig juny juliol agost setembre octubre novembre desembre".split()),
}
WEEKDAYS: dict[str, tuple[str, ...]] = {
    "en": tuple("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()),
    "de": tuple("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split()),
    "es": tuple("lunes martes miércoles jueves viernes sábado domingo".split()),
    "fr": tuple("lundi mardi mercredi jeudi vendredi samedi dimanche".split()),
    "ja": tuple("月曜日 火曜日 水曜日 木曜日 金曜日 土曜日 日曜日".split()),
    "zh": tuple("星期一 星期二 星期三 星期四 星期五 星期六 星期日".split()),
    "ko": tuple("월요일 화요일 수요일 목요일 금요일 토요일 일요일".split()),
    "th": tuple("วันจันทร์ วันอังคาร วันพุธ วันพฤหัสบดี วันศุกร์ วันเสาร์ วันอาทิตย์".split()),
    "vi": ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"),
    "ar": tuple("الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد".split()),
    "fa": ("دوشنبه", "سه\u200cشنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"),
    "he": ("יום שני", "יום שלישי", "יום רביעי", "יום חמישי", "יום שישי", "שבת", "יום ראשון"),
    "hi": tuple("सोमवार मंगलवार बुधवार गुरुवार शुक्रवार शनिवार रविवार".split()),
    "el": tuple("Δευτέρα Τρίτη Τετάρτη Πέμπτη Παρασκευή Σάββατο Κυριακή".split()),
    "uk": tuple("понеділок вівторок середа четвер п'ятниця субота неділя".split()),
    "ro": tuple("luni marți miercuri joi vineri sâmbătă duminică".split()),
    "hu": tuple("hétfő kedd szerda csütörtök péntek szombat vasárnap".split()),
    "da": tuple("mandag tirsdag onsdag torsdag fredag lørdag søndag".split()),
    "nb": tuple("mandag tirsdag onsdag torsdag fredag lørdag søndag".split()),
    "sw": tuple("Jumatatu Jumanne Jumatano Alhamisi Ijumaa Jumamosi Jumapili".split()),
    "lt": tuple("pirmadienis antradienis trečiadienis ketvirtadienis penktadienis šeštadienis sekmadienis".split()),
    "hr": tuple("ponedjeljak utorak srijeda četvrtak petak subota nedjelja".split()),
    "ca": tuple("dilluns dimarts dimecres dijous divendres dissabte diumenge".split()),
}
FR_SHORT = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.")
TH_SHORT = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.")
AR_LEVANT = (
    "كانون الثاني",
    "شباط",
    "آذار",
    "نيسان",
    "أيار",
    "حزيران",
    "تموز",
    "آب",
    "أيلول",
    "تشرين الأول",
    "تشرين الثاني",
    "كانون الأول",
)
FA_LATIN = (
    "Farvardin",
    "Ordibehesht",
    "Khordad",
    "Tir",
    "Mordad",
    "Shahrivar",
    "Mehr",
    "Aban",
    "Azar",
    "Dey",
    "Bahman",
    "Esfand",
)
#: Language names as a browser's translation bar writes them.
LANGUAGE_NAMES = {
    "ja": "Japanese",
    "zh": "Chinese (Simplified)",
    "ko": "Korean",
    "th": "Thai",
    "vi": "Vietnamese",
    "ar": "Arabic",
    "fa": "Persian",
    "he": "Hebrew",
    "hi": "Hindi",
    "el": "Greek",
    "uk": "Ukrainian",
    "ro": "Romanian",
    "hu": "Hungarian",
    "da": "Danish",
    "nb": "Norwegian",
    "sw": "Swahili",
    "lt": "Lithuanian",
    "hr": "Croatian",
    "ca": "Catalan",
}
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
DEVANAGARI_DIGITS = str.maketrans("0123456789", "०१२३४५६७८९")

# ------------------------------------------------------------------------------------------------ vocabulary
# Invented outlets, agencies, people and handles.

OUTLETS = (
    ("The Northern Courier", "northerncourier.example"),
    ("Harbour Gazette", "harbourgazette.example"),
    ("The Daily Meridian", "dailymeridian.example"),
    ("Valley Post", "valleypost.example"),
    ("The Lantern", "thelantern.example"),
    ("Coastline Herald", "coastlineherald.example"),
    ("Metro Ledger", "metroledger.example"),
    ("The Evening Star-Record", "starrecord.example"),
)
AGENCIES = ("MPA", "CNS", "PWA", "NNA", "IPA")
AGENCY_NAMES = {
    "MPA": "Meridian Press Agency",
    "CNS": "Continental News Service",
    "PWA": "Pacific Wire Agency",
    "NNA": "Nordic News Agency",
    "IPA": "Iberian Press Agency",
}
PEOPLE = (
    "Mira Castellanos",
    "Jonah Pike",
    "Ingrid Solberg",
    "Tariq Mansour",
    "Helen Achterberg",
    "Kofi Mensah",
    "Lena Vogt",
    "Rui Tavares",
    "Priya Raman",
    "Daniel Osei",
    "Yuki Hamada",
    "Sara Lindgren",
    "Marek Dvorak",
    "Ana Petrescu",
    "Olu Adeyemi",
    "Beatrix Kovacs",
    "Tomas Rautio",
    "Eilidh Grant",
)
HANDLES = (
    "quietharbor",
    "tessellate",
    "mothwing",
    "lanternfish",
    "j_okonkwo",
    "stonecrop",
    "halfmoonbay",
    "cobalt_ink",
    "marginalia",
    "ferrous",
    "wrenfield",
    "upstream",
    "saltmarsh",
    "owl_and_kettle",
)
CITIES = (
    "LONDON",
    "PARIS",
    "BERLIN",
    "MADRID",
    "ROME",
    "TOKYO",
    "NAIROBI",
    "OSLO",
    "ATHENS",
    "KYIV",
    "WARSAW",
    "CAIRO",
    "OTTAWA",
    "GENEVA",
    "BRUSSELS",
    "LISBON",
)
SECTIONS = ("World", "Business", "Politics", "Science", "Culture", "Local", "Environment", "Transport")
ROLES = ("HOST", "CORRESPONDENT", "ANCHOR", "REPORTER", "SENIOR CORRESPONDENT")
CONSTITUENCIES = ("Northshore", "Eastvale", "Harbour City", "Kingsmere", "Low Fell", "Ridgeway", "Saltcoats")
STATIONS = ("Radio Northshore", "Harbour FM", "Voice of the Valley", "Radio Meridian", "Coast Radio One")
PROGRAMMES = ("Evening Report", "The World Tonight", "Night Desk", "Morning Briefing", "Inside the Week")
DEPTS = (
    "mind-the-gap",
    "nothing-to-see-here",
    "slow-news-day",
    "told-you-so",
    "follow-the-money",
    "who-could-have-guessed",
    "long-time-coming",
)

# ------------------------------------------------------------------------------------------------ context


@dataclass(frozen=True)
class Ctx:
    """What a stamp writer may use besides the date: drawn once per segment, so that writers are pure."""

    day_first: bool = False
    capture: dt.datetime | None = None  # when the page says it was captured (relative stamps resolve against it)
    year: int | None = None  # a year the page states (stamps without a year are read in it)
    hour: int = 14
    minute: int = 22
    second: int = 5
    later: int = 2  # days to a later "updated"/"modified" stamp beside the true one
    uhour: int = 9
    uminute: int = 10
    author: str = "Mira Castellanos"
    outlet: str = "The Northern Courier"
    site: str = "northerncourier.example"
    slug: str = "tramway-works-halted"
    handle: str = "quietharbor"
    number: int = 142
    words: int = 812
    minutes: int = 48
    page: int = 12
    city: str = "LONDON"
    agency: str = "MPA"
    section: str = "world"


EXAMPLE_DATE = dt.date(2009, 4, 3)  # a Friday
EXAMPLE_CTX = Ctx()
EXAMPLE_CAPTURE = dt.datetime(2009, 4, 7, 21, 40, 12)


def _nth_sunday(year: int, month: int, n: int) -> dt.date:
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))


def _last_sunday(year: int, month: int) -> dt.date:
    last = (dt.date(year + month // 12, month % 12 + 1, 1)) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() + 1) % 7)


def _uk_zone(d: dt.date) -> str:
    return "BST" if _last_sunday(d.year, 3) <= d < _last_sunday(d.year, 10) else "GMT"


def _us_zone(d: dt.date, letter: str = "E") -> str:
    if d.year >= 2007:
        summer = _nth_sunday(d.year, 3, 2) <= d < _nth_sunday(d.year, 11, 1)
    else:
        summer = _nth_sunday(d.year, 4, 1) <= d < _last_sunday(d.year, 10)
    return f"{letter}{'D' if summer else 'S'}T"


def _ampm(h: int, m: int, style: str = "pm") -> str:
    """``pm`` 2:22 pm, ``PM`` 2:22 PM, ``p.m.`` 2:22 p.m., ``tight`` 2:22pm, ``0PM`` 02:22PM."""
    twelve = (h - 1) % 12 + 1
    half = "pm" if h >= 12 else "am"
    if style == "PM":
        return f"{twelve}:{m:02d} {half.upper()}"
    if style == "p.m.":
        return f"{twelve}:{m:02d} {half[0]}.m."
    if style == "tight":
        return f"{twelve}:{m:02d}{half}"
    if style == "0PM":
        return f"{twelve:02d}:{m:02d}{half.upper()}"
    return f"{twelve}:{m:02d} {half}"


def _duration(minutes: int, seconds: int, pad: bool = False) -> str:
    """A running time as players write it: 48:05, 1:13:23 (``pad``: 00:48:05 style minutes 05:12)."""
    if minutes >= 60:
        return f"{minutes // 60}:{minutes % 60:02d}:{seconds:02d}"
    return f"{minutes:02d}:{seconds:02d}" if pad else f"{minutes}:{seconds:02d}"


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _numeric(d: dt.date, c: Ctx, sep: str = "/") -> str:
    a, b = (d.day, d.month) if c.day_first else (d.month, d.day)
    return f"{a:02d}{sep}{b:02d}{sep}{d.year}"


def _en(d: dt.date) -> str:
    return f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}"


def _en_dmy(d: dt.date) -> str:
    return f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}"


def _mon(d: dt.date) -> str:
    return MONTHS["en"][d.month - 1][:3]


def _wd(d: dt.date, lang: str = "en") -> str:
    return WEEKDAYS[lang][d.weekday()]


def _later(d: dt.date, c: Ctx) -> dt.date:
    return d + dt.timedelta(days=c.later)


def _jalali(d: dt.date) -> tuple[int, int, int]:
    """The Solar Hijri (Persian) date of a Gregorian one (the arithmetic of the 33-year cycle)."""
    days_before = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
    gy2 = d.year + 1 if d.month > 2 else d.year
    days = (
        355666
        + 365 * d.year
        + (gy2 + 3) // 4
        - (gy2 + 99) // 100
        + (gy2 + 399) // 400
        + d.day
        + days_before[d.month - 1]
    )
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


def _japanese_era(d: dt.date) -> str:
    if d >= dt.date(2019, 5, 1):
        era, year = "令和", d.year - 2018
    elif d >= dt.date(1989, 1, 8):
        era, year = "平成", d.year - 1988
    else:
        era, year = "昭和", d.year - 1925
    return f"{era}{'元' if year == 1 else year}年"


RELATIVE = {  # (hours ago, one hour ago, yesterday, days ago)
    "en": ("{n} hours ago", "1 hour ago", "Yesterday", "{n} days ago"),
    "de": ("vor {n} Stunden", "vor 1 Stunde", "Gestern", "vor {n} Tagen"),
    "es": ("hace {n} horas", "hace 1 hora", "Ayer", "hace {n} días"),
    "fr": ("il y a {n} heures", "il y a 1 heure", "Hier", "il y a {n} jours"),
    "ja": ("{n} 時間前", "1 時間前", "昨日", "{n} 日前"),
}


def _relative(d: dt.date, c: Ctx, lang: str = "en") -> str | None:
    """A stamp relative to the page's capture, only when that makes it exact to the day (else None)."""
    if c.capture is None:
        return None
    days = (c.capture.date() - d).days
    hours, one, yesterday, many = RELATIVE[lang]
    if days == 0 and c.capture.hour > c.hour:
        n = c.capture.hour - c.hour
        return one if n == 1 else hours.format(n=n)
    if days == 1:
        return yesterday
    if 2 <= days <= 6:
        return many.format(n=days)
    return None


def _in_year(d: dt.date, c: Ctx) -> bool:
    """A stamp without a year is written only when the page states the article's year."""
    return c.year is not None and c.year == d.year and (c.capture is None or d <= c.capture.date())


# ------------------------------------------------------------------------------------------------ forms

Writer = Callable[[dt.date, Ctx], "str | None"]


@dataclass(frozen=True)
class Form:
    """A header/byline/stamp form. ``needs``: "" (states the date alone), "order" (numeric: the page's day or
    month order decides), "capture" (relative to the page's stated capture), "year" (no year: the page states
    it). ``slot``: where it sits — ``above`` the title, ``header`` under it, ``meta`` a field of a record's
    field block, ``dateline`` opening the first paragraph, ``footer`` under the text."""

    name: str
    styles: tuple[str, ...]
    write: Writer
    example: str
    lang: str
    needs: str = ""
    slot: str = "header"


def _w_bbc(d: dt.date, c: Ctx) -> str:
    gmt = c.hour - (1 if _uk_zone(d) == "BST" else 0)
    return f"Page last updated at {gmt:02d}:{c.minute:02d} GMT, {_wd(d)}, {_en_dmy(d)} {c.hour:02d}:{c.minute:02d} UK"


def _w_caps_pipe(d: dt.date, c: Ctx) -> str:
    u = _later(d, c)
    return (
        f"PUBLISHED: {c.hour:02d}:{c.minute:02d} {_uk_zone(d)}, {_en_dmy(d)} | "
        f"UPDATED: {c.uhour:02d}:{c.uminute:02d} {_uk_zone(u)}, {_en_dmy(u)}"
    )


def _w_nyt(d: dt.date, c: Ctx) -> str:
    u = _later(d, c)
    return f"Published {_en(d)} Updated {_en(u)}, {_ampm(c.uhour, c.uminute, 'p.m.')} ET"


def _w_cluster_full(lang: str) -> Writer:
    def write(d: dt.date, c: Ctx) -> str:
        if lang == "de":
            when = f"{d.day}. {MONTHS['de'][d.month - 1]} {d.year}"
        elif lang == "es":
            when = f"{d.day} {MONTHS['es'][d.month - 1][:3]} {d.year}"
        elif lang == "fr":
            when = f"{d.day} {FR_SHORT[d.month - 1]} {d.year}"
        elif lang == "ja":
            when = f"{d.year}/{d.month:02d}/{d.day:02d}"
        else:
            when = f"{_mon(d)} {d.day}, {d.year}"
        return f"{c.outlet} · {when}"

    return write


def _w_cluster_ago(lang: str) -> Writer:
    def write(d: dt.date, c: Ctx) -> str | None:
        rel = _relative(d, c, lang)
        return f"{c.outlet} · {rel}" if rel else None

    return write


def _w_hn(d: dt.date, c: Ctx) -> str | None:
    """A link board counts days however many (exact against the capture's day), hours on the day itself."""
    if c.capture is None or not 0 <= (c.capture.date() - d).days <= 30:
        return None
    days = (c.capture.date() - d).days
    if days == 0:
        rel = _relative(d, c)
        if rel is None:
            return None
    else:
        rel = f"{days} day{'s' if days > 1 else ''} ago"
    return f"{c.number} points by {c.handle} {rel} | hide | past | favorite | {c.words % 97 + 3} comments"


def _w_congress(d: dt.date, c: Ctx) -> str:
    number = d.timetuple().tm_yday * 2 // 3 + 1
    return f"Congressional Record Volume {d.year - 1854}, Number {number} ({_wd(d)}, {_en(d)})"


def _w_ca(d: dt.date, c: Ctx) -> str:
    month = MONTHS["ca"][d.month - 1]
    return f"{_wd(d, 'ca')}, {d.day} {'d' + chr(39) if month[0] in 'ao' else 'de '}{month} de {d.year}"


def _w_fa(d: dt.date, c: Ctx) -> str:
    y, m, day = _jalali(d)
    return f"{_wd(d, 'fa')} {day} {MONTHS['fa'][m - 1]} {y} - {c.hour:02d}:{c.minute:02d}".translate(PERSIAN_DIGITS)


def _w_fa_mt(d: dt.date, c: Ctx) -> str:
    y, m, day = _jalali(d)
    return f"{_wd(d)}, {day} {FA_LATIN[m - 1]} {y} - {c.hour:02d}:{c.minute:02d}"


def _w_vi_gmt7(d: dt.date, c: Ctx) -> str:
    weekday = _wd(d, "vi")
    return f"{weekday[0]}{weekday[1:].lower()}, {d.day}/{d.month}/{d.year}, {c.hour:02d}:{c.minute:02d} (GMT+7)"


def _w_teletext(d: dt.date, c: Ctx) -> str | None:
    if not _in_year(d, c):
        return None
    return (
        f"P{c.number} TELEFAX {c.number} {_wd(d)[:3]} {d.day:02d} {_mon(d)} {c.hour:02d}:{c.minute:02d}/{c.second:02d}"
    )


def _w_teletext_b(d: dt.date, c: Ctx) -> str | None:
    if not _in_year(d, c):
        return None
    return f"TVTEXT {c.number} {_wd(d)[:3]} {d.day} {_mon(d)}  CH3 {c.hour:02d}{c.minute:02d}:{c.second:02d}"


R = ("reader",)
D = ("database",)
C = ("cluster",)
L = ("linkboard",)
P = ("podcast",)
T = ("transcript",)
H = ("hansard",)
W = ("wire",)
N = ("notes",)
X = ("translated",)
S = ("shared",)
V = ("teletext",)
E = ("ebook",)

FORMS: tuple[Form, ...] = (
    # ---- reader: news pages saved from a browser's reader view or "save as text"
    Form(
        "reader-at-pm-dots",
        R,
        lambda d, c: f"{_en(d)} at {_ampm(c.hour, c.minute, 'p.m.')} {_us_zone(d)}",
        "April 3, 2009 at 2:22 p.m. EDT",
        "en",
    ),
    Form("reader-published-updated", R, _w_nyt, "Published April 3, 2009 Updated April 5, 2009, 9:10 a.m. ET", "en"),
    Form(
        "reader-caps-pipe",
        R,
        _w_caps_pipe,
        "PUBLISHED: 14:22 BST, 3 April 2009 | UPDATED: 09:10 BST, 5 April 2009",
        "en",
    ),
    Form(
        "reader-page-last-updated",
        R,
        _w_bbc,
        "Page last updated at 13:22 GMT, Friday, 3 April 2009 14:22 UK",
        "en",
        slot="above",
    ),
    Form(
        "reader-url-path",
        R,
        lambda d, c: f"https://{c.site}/{c.section}/{d.year}/{d.month:02d}/{d.day:02d}/{c.slug}",
        "https://northerncourier.example/world/2009/04/03/tramway-works-halted",
        "en",
        slot="above",
    ),
    Form(
        "reader-bullet-pm",
        R,
        lambda d, c: f"{_en_dmy(d)} • {_ampm(c.hour, c.minute, 'tight')}",
        "3 April 2009 • 2:22pm",
        "en",
    ),
    Form(
        "reader-updated-et",
        R,
        lambda d, c: f"Updated {_en(d)} {_ampm(c.hour, c.minute)} ET",
        "Updated April 3, 2009 2:22 pm ET",
        "en",
    ),
    Form(
        "reader-numeric",
        R,
        lambda d, c: f"Published {_numeric(d, c)} {c.hour:02d}:{c.minute:02d}",
        "Published 04/03/2009 14:22",
        "en",
        needs="order",
    ),
    # ---- database: news-archive database exports
    Form(
        "factiva-pd",
        D,
        lambda d, c: f"PD {_en_dmy(d)}\nET {c.hour:02d}:{c.minute:02d}",
        "PD 3 April 2009\nET 14:22",
        "en",
        slot="meta",
    ),
    Form(
        "nexis-date-weekday",
        D,
        lambda d, c: f"{_en(d)} {_wd(d)}",
        "April 3, 2009 Friday",
        "en",
        slot="above",
    ),
    Form(
        "proquest-pubinfo",
        D,
        lambda d, c: f"Publication info: {c.outlet}; {c.city.title()}. {d.day:02d} {_mon(d)} {d.year}: A.{c.page}.",
        "Publication info: The Northern Courier; London. 03 Apr 2009: A.12.",
        "en",
        slot="meta",
    ),
    Form(
        "gale-source",
        D,
        lambda d, c: f"{c.outlet} ({c.city.title()}). ({_mon(d)}. {d.day}, {d.year}): p{c.page}.",
        "The Northern Courier (London). (Apr. 3, 2009): p12.",
        "en",
        slot="meta",
    ),
    Form(
        "pressreader-line",
        D,
        lambda d, c: f"{c.outlet} · {d.day} {_mon(d)} {d.year} · {c.author.upper()}",
        "The Northern Courier · 3 Apr 2009 · MIRA CASTELLANOS",
        "en",
        slot="above",
    ),
    Form(
        "record-date-numeric",
        D,
        lambda d, c: f"Date: {_numeric(d, c)}",
        "Date: 04/03/2009",
        "en",
        needs="order",
        slot="meta",
    ),
    # ---- cluster: a news aggregator's story clusters, in its reader's interface language
    Form("cluster-ago", C, _w_cluster_ago("en"), "The Northern Courier · 4 days ago", "en", needs="capture"),
    Form("cluster-vor", C, _w_cluster_ago("de"), "The Northern Courier · vor 4 Tagen", "de", needs="capture"),
    Form("cluster-hace", C, _w_cluster_ago("es"), "The Northern Courier · hace 4 días", "es", needs="capture"),
    Form("cluster-il-y-a", C, _w_cluster_ago("fr"), "The Northern Courier · il y a 4 jours", "fr", needs="capture"),
    Form("cluster-mae", C, _w_cluster_ago("ja"), "The Northern Courier · 4 日前", "ja", needs="capture"),
    Form(
        "cluster-no-year",
        C,
        lambda d, c: f"{c.outlet} · {_mon(d)} {d.day}" if _in_year(d, c) else None,
        "The Northern Courier · Apr 3",
        "en",
        needs="year",
    ),
    Form("cluster-full", C, _w_cluster_full("en"), "The Northern Courier · Apr 3, 2009", "en"),
    Form("cluster-full-de", C, _w_cluster_full("de"), "The Northern Courier · 3. April 2009", "de"),
    Form("cluster-full-es", C, _w_cluster_full("es"), "The Northern Courier · 3 abr 2009", "es"),
    Form("cluster-full-fr", C, _w_cluster_full("fr"), "The Northern Courier · 3 avr. 2009", "fr"),
    Form("cluster-full-ja", C, _w_cluster_full("ja"), "The Northern Courier · 2009/04/03", "ja"),
    # ---- linkboard: link-sharing boards and community weblogs
    Form(
        "hn-points-ago",
        L,
        _w_hn,
        "142 points by quietharbor 4 days ago | hide | past | favorite | 39 comments",
        "en",
        needs="capture",
    ),
    Form(
        "slashdot-posted",
        L,
        lambda d, c: (
            f"Posted by {c.handle} on {_wd(d)} {_mon(d)} {d.day:02d}, {d.year} @{_ampm(c.hour, c.minute, '0PM')}"
        ),
        "Posted by quietharbor on Friday Apr 03, 2009 @02:22PM",
        "en",
    ),
    Form(
        "mefi-posted-on",
        L,
        lambda d, c: (
            f"posted by {c.handle} at {_ampm(c.hour, c.minute, 'PM')} on {_en(d)} - {c.words % 97 + 3} comments"
        ),
        "posted by quietharbor at 2:22 PM on April 3, 2009 - 39 comments",
        "en",
        slot="footer",
    ),
    Form(
        "mefi-day-heading",
        L,
        lambda d, c: _en(d),
        "April 3, 2009",
        "en",
        slot="above",
    ),
    Form(
        "scoop-posted",
        L,
        lambda d, c: (
            f"By {c.handle} in {c.section.title()}\n{_wd(d)[:3]} {_mon(d)} {d.day:02d}, {d.year} at "
            f"{c.hour % 12 or 12:02d}:{c.minute:02d}:{c.second:02d} {'PM' if c.hour >= 12 else 'AM'} {_us_zone(d)}"
        ),
        "By quietharbor in World\nFri Apr 03, 2009 at 02:22:05 PM EDT",
        "en",
    ),
    # ---- podcast: episode lists and show notes
    Form(
        "podcast-caps",
        P,
        lambda d, c: f"{_mon(d).upper()} {d.day}, {d.year}",
        "APR 3, 2009",
        "en",
        slot="above",
    ),
    Form(
        "podcast-first-broadcast",
        P,
        lambda d, c: f"First broadcast: {_wd(d)} {d.day:02d} {MONTHS['en'][d.month - 1]} {d.year}",
        "First broadcast: Friday 03 April 2009",
        "en",
    ),
    Form(
        "podcast-views",
        P,
        lambda d, c: (
            f"{c.number * 1000 + c.words % 1000:,} views  "
            + (f"{d.day} {_mon(d)} {d.year}" if c.day_first else f"{_mon(d)} {d.day}, {d.year}")
        ),
        "142,812 views  Apr 3, 2009",
        "en",
    ),
    Form(
        "podcast-streamed",
        P,
        lambda d, c: f"Streamed live on {_mon(d)} {d.day}, {d.year}",
        "Streamed live on Apr 3, 2009",
        "en",
    ),
    Form(
        "podcast-aired-dotted",
        P,
        lambda d, c: f"Aired {d.day:02d}.{d.month:02d}.{d.year} · {_duration(c.minutes, c.second)}",
        "Aired 03.04.2009 · 48:05",
        "en",
    ),
    # ---- transcript: broadcast transcripts
    Form(
        "transcript-aired",
        T,
        lambda d, c: f"Aired {_en(d)} - {c.hour:02d}:00   ET",
        "Aired April 3, 2009 - 14:00   ET",
        "en",
    ),
    Form(
        "transcript-dot-et",
        T,
        lambda d, c: f"{_en(d)} · {_ampm(c.hour, c.minute, 'PM')} ET",
        "April 3, 2009 · 2:22 PM ET",
        "en",
    ),
    Form(
        "transcript-monitoring",
        T,
        lambda d, c: (
            f"Source: {STATIONS[c.number % len(STATIONS)]}, {c.city.title()}, in English "
            f"{c.hour:02d}{c.minute:02d} gmt {d.day} {_mon(d)} {d.year % 100:02d}"
        ),
        "Source: Voice of the Valley, London, in English 1422 gmt 3 Apr 09",
        "en",
        slot="footer",
    ),
    Form(
        "transcript-caps-date",
        T,
        lambda d, c: f"{_wd(d).upper()}, {MONTHS['en'][d.month - 1].upper()} {d.day}, {d.year}",
        "FRIDAY, APRIL 3, 2009",
        "en",
        slot="above",
    ),
    # ---- hansard: parliamentary records
    Form(
        "hansard-column",
        H,
        lambda d, c: f"{d.day} {_mon(d)} {d.year} : Column {c.number}",
        "3 Apr 2009 : Column 142",
        "en",
        slot="above",
    ),
    Form(
        "hansard-record-volume",
        H,
        _w_congress,
        "Congressional Record Volume 155, Number 63 (Friday, April 3, 2009)",
        "en",
        slot="above",
    ),
    Form(
        "hansard-fields",
        H,
        lambda d, c: f"Date\t{_wd(d)}, {_en_dmy(d)}",
        "Date\tFriday, 3 April 2009",
        "en",
        slot="meta",
    ),
    Form(
        "hansard-sitting-place",
        H,
        lambda d, c: f"{_wd(d)}, {_en_dmy(d)} - {c.city.title()}",
        "Friday, 3 April 2009 - London",
        "en",
        slot="above",
    ),
    Form(
        "hansard-sitting-date",
        H,
        lambda d, c: f"Sitting date: {_en_dmy(d)}",
        "Sitting date: 3 April 2009",
        "en",
    ),
    # ---- wire: press agencies' feeds
    Form(
        "wire-desk-footer",
        W,
        lambda d, c: (
            f"{c.agency}-NY-{d.month:02d}-{d.day:02d}-{d.year % 100:02d} {c.hour:02d}{c.minute:02d}{_us_zone(d)}"
        ),
        "MPA-NY-04-03-09 1422EDT",
        "en",
        slot="footer",
    ),
    Form(
        "wire-weekday-pm",
        W,
        lambda d, c: f"{_wd(d)[:3]} {_mon(d)} {d.day}, {d.year} {_ampm(c.hour, c.minute, 'tight')} {_us_zone(d)}",
        "Fri Apr 3, 2009 2:22pm EDT",
        "en",
    ),
    Form(
        "wire-dateline-year",
        W,
        lambda d, c: f"{c.city}, {_en(d)} ({c.agency}) - ",
        "LONDON, April 3, 2009 (MPA) - ",
        "en",
        slot="dateline",
    ),
    Form(
        "wire-iso-seconds",
        W,
        lambda d, c: f"{d.isoformat()} {c.hour:02d}:{c.minute:02d}:{c.second:02d}",
        "2009-04-03 14:22:05",
        "en",
    ),
    Form(
        "wire-dateline-no-year",
        W,
        lambda d, c: (
            f"({c.agency}) - {c.city.title()}, {MONTHS['en'][d.month - 1]} {d.day} - " if _in_year(d, c) else None
        ),
        "(MPA) - London, April 3 - ",
        "en",
        needs="year",
        slot="dateline",
    ),
    Form(
        "wire-uhr",
        W,
        lambda d, c: f"{d.day:02d}.{d.month:02d}.{d.year}, {c.hour:02d}:{c.minute:02d} Uhr",
        "03.04.2009, 14:22 Uhr",
        "de",
    ),
    # ---- notes: notes apps' web clips and markdown exports
    Form("notes-published", N, lambda d, c: f"published: {d.isoformat()}", "published: 2009-04-03", "en", slot="meta"),
    Form(
        "notes-date-z",
        N,
        lambda d, c: f"date: {d.isoformat()}T{c.hour:02d}:{c.minute:02d}:{c.second:02d}Z",
        "date: 2009-04-03T14:22:05Z",
        "en",
        slot="meta",
    ),
    Form("notes-property", N, lambda d, c: f"Published: {_en(d)}", "Published: April 3, 2009", "en", slot="meta"),
    Form(
        "notes-pipe-byline",
        N,
        lambda d, c: f"By {c.author.upper()} | {_en(d)}",
        "By MIRA CASTELLANOS | April 3, 2009",
        "en",
    ),
    Form(
        "notes-italic-ordinal",
        N,
        lambda d, c: f"*{_wd(d)}, {MONTHS['en'][d.month - 1]} {_ordinal(d.day)}, {d.year}*",
        "*Friday, April 3rd, 2009*",
        "en",
    ),
    # ---- translated: pages machine-translated into English, their date lines left in the original
    Form(
        "tr-ja-haishin",
        X,
        lambda d, c: f"{d.year}年{d.month}月{d.day}日({_wd(d, 'ja')[0]}) {c.hour}時{c.minute}分配信",
        "2009年4月3日(金) 14時22分配信",
        "ja",
    ),
    Form("tr-ja-era", X, lambda d, c: f"{_japanese_era(d)}{d.month}月{d.day}日", "平成21年4月3日", "ja"),
    Form(
        "tr-ja-mt",
        X,
        lambda d, c: f"{_en(d)} ({_wd(d)}) {c.hour}:{c.minute:02d} delivery",
        "April 3, 2009 (Friday) 14:22 delivery",
        "en",
    ),
    Form(
        "tr-zh-source",
        X,
        lambda d, c: f"{d.year}年{d.month:02d}月{d.day:02d}日 {c.hour:02d}:{c.minute:02d}  来源：北方日报",
        "2009年04月03日 14:22  来源：北方日报",
        "zh",
    ),
    Form(
        "tr-zh-fabu",
        X,
        lambda d, c: f"发布时间：{d.isoformat()} {c.hour:02d}:{c.minute:02d}:{c.second:02d} {_wd(d, 'zh')}",
        "发布时间：2009-04-03 14:22:05 星期五",
        "zh",
    ),
    Form(
        "tr-ko-input",
        X,
        lambda d, c: (
            f"입력 {d.year}.{d.month:02d}.{d.day:02d} ({_wd(d, 'ko')[0]}) {c.hour:02d}:{c.minute:02d} | "
            f"수정 {_later(d, c):%Y.%m.%d} {c.uhour:02d}:{c.uminute:02d}"
        ),
        "입력 2009.04.03 (금) 14:22 | 수정 2009.04.05 09:10",
        "ko",
    ),
    Form(
        "tr-ko-mt",
        X,
        lambda d, c: (
            f"Input {d.year}.{d.month:02d}.{d.day:02d} {c.hour:02d}:{c.minute:02d} | "
            f"Modified {_later(d, c):%Y.%m.%d} {c.uhour:02d}:{c.uminute:02d}"
        ),
        "Input 2009.04.03 14:22 | Modified 2009.04.05 09:10",
        "en",
    ),
    Form(
        "tr-th-full",
        X,
        lambda d, c: f"{_wd(d, 'th')}ที่ {d.day} {MONTHS['th'][d.month - 1]} พ.ศ. {d.year + 543}",
        "วันศุกร์ที่ 3 เมษายน พ.ศ. 2552",
        "th",
    ),
    Form(
        "tr-th-short",
        X,
        lambda d, c: f"{d.day} {TH_SHORT[d.month - 1]} {d.year + 543} {c.hour:02d}:{c.minute:02d} น.",
        "3 เม.ย. 2552 14:22 น.",
        "th",
    ),
    Form(
        "tr-th-mt",
        X,
        lambda d, c: f"{_wd(d)} {_en_dmy(d.replace(year=2000))[:-4]}{d.year + 543}",
        "Friday 3 April 2552",
        "en",
    ),
    Form(
        "tr-vi-ngay",
        X,
        lambda d, c: f"{_wd(d, 'vi')}, ngày {d.day} tháng {d.month} năm {d.year}",
        "Thứ Sáu, ngày 3 tháng 4 năm 2009",
        "vi",
    ),
    Form("tr-vi-gmt7", X, _w_vi_gmt7, "Thứ sáu, 3/4/2009, 14:22 (GMT+7)", "vi"),
    Form(
        "tr-ar-eastern",
        X,
        lambda d, c: f"{_wd(d, 'ar')} {d.day} {MONTHS['ar'][d.month - 1]} {d.year}".translate(ARABIC_DIGITS),
        "الجمعة ٣ أبريل ٢٠٠٩",
        "ar",
    ),
    Form(
        "tr-ar-levant",
        X,
        lambda d, c: f"نشر في: {d.day} {AR_LEVANT[d.month - 1]} {d.year} - {c.hour:02d}:{c.minute:02d}",
        "نشر في: 3 نيسان 2009 - 14:22",
        "ar",
    ),
    Form("tr-fa-jalali", X, _w_fa, "جمعه ۱۴ فروردین ۱۳۸۸ - ۱۴:۲۲", "fa"),
    Form("tr-fa-mt", X, _w_fa_mt, "Friday, 14 Farvardin 1388 - 14:22", "en"),
    Form(
        "tr-he-published",
        X,
        lambda d, c: f"פורסם: {d.day:02d}.{d.month:02d}.{d.year % 100:02d}, {c.hour:02d}:{c.minute:02d}",
        "פורסם: 03.04.09, 14:22",
        "he",
    ),
    Form(
        "tr-he-month",
        X,
        lambda d, c: f"{_wd(d, 'he')}, {d.day} ב{MONTHS['he'][d.month - 1]} {d.year}",
        "יום שישי, 3 באפריל 2009",
        "he",
    ),
    Form(
        "tr-hi-published",
        X,
        lambda d, c: (
            f"प्रकाशित: {_wd(d, 'hi')}, {d.day} {MONTHS['hi'][d.month - 1]} {d.year} {_ampm(c.hour, c.minute, '0PM')[:-2]} "
            f"{'PM' if c.hour >= 12 else 'AM'}"
        ),
        "प्रकाशित: शुक्रवार, 3 अप्रैल 2009 02:22 PM",
        "hi",
    ),
    Form(
        "tr-hi-digits",
        X,
        lambda d, c: f"{d.day} {MONTHS['hi'][d.month - 1]} {d.year}".translate(DEVANAGARI_DIGITS),
        "३ अप्रैल २००९",
        "hi",
    ),
    Form(
        "tr-el",
        X,
        lambda d, c: f"{_wd(d, 'el')}, {d.day} {MONTHS['el'][d.month - 1]} {d.year}, {c.hour:02d}:{c.minute:02d}",
        "Παρασκευή, 3 Απριλίου 2009, 14:22",
        "el",
    ),
    Form(
        "tr-uk",
        X,
        lambda d, c: f"{d.day} {MONTHS['uk'][d.month - 1]} {d.year} р., {c.hour:02d}:{c.minute:02d}",
        "3 квітня 2009 р., 14:22",
        "uk",
    ),
    Form(
        "tr-ro",
        X,
        lambda d, c: (
            f"{_wd(d, 'ro').capitalize()}, {d.day} {MONTHS['ro'][d.month - 1]} {d.year}, {c.hour:02d}:{c.minute:02d}"
        ),
        "Vineri, 3 aprilie 2009, 14:22",
        "ro",
    ),
    Form(
        "tr-hu",
        X,
        lambda d, c: f"{d.year}. {MONTHS['hu'][d.month - 1]} {d.day}., {_wd(d, 'hu')} {c.hour:02d}:{c.minute:02d}",
        "2009. április 3., péntek 14:22",
        "hu",
    ),
    Form(
        "tr-da",
        X,
        lambda d, c: (
            f"{_wd(d, 'da')} den {d.day}. {MONTHS['da'][d.month - 1]} {d.year} kl. {c.hour:02d}:{c.minute:02d}"
        ),
        "fredag den 3. april 2009 kl. 14:22",
        "da",
    ),
    Form(
        "tr-nb",
        X,
        lambda d, c: (
            f"Publisert {_wd(d, 'nb')} {d.day}. {MONTHS['nb'][d.month - 1]} {d.year} kl. {c.hour:02d}.{c.minute:02d}"
        ),
        "Publisert fredag 3. april 2009 kl. 14.22",
        "nb",
    ),
    Form(
        "tr-sw",
        X,
        lambda d, c: f"{_wd(d, 'sw')}, {d.day} {MONTHS['sw'][d.month - 1]} {d.year}",
        "Ijumaa, 3 Aprili 2009",
        "sw",
    ),
    Form(
        "tr-lt",
        X,
        lambda d, c: f"{d.year} m. {MONTHS['lt'][d.month - 1]} {d.day} d. {c.hour:02d}:{c.minute:02d}",
        "2009 m. balandžio 3 d. 14:22",
        "lt",
    ),
    Form(
        "tr-hr",
        X,
        lambda d, c: f"{_wd(d, 'hr')}, {d.day}. {MONTHS['hr'][d.month - 1]} {d.year}. u {c.hour:02d}:{c.minute:02d}",
        "petak, 3. travnja 2009. u 14:22",
        "hr",
    ),
    Form("tr-ca", X, _w_ca, "divendres, 3 d'abril de 2009", "ca"),
    # ---- shared: articles shared from news apps
    Form(
        "share-byline-dot",
        S,
        lambda d, c: f"{c.author} · {d.day} {_mon(d)} {d.year}, {c.hour:02d}:{c.minute:02d}",
        "Mira Castellanos · 3 Apr 2009, 14:22",
        "en",
    ),
    Form(
        "share-weekday-short",
        S,
        lambda d, c: f"{_wd(d)[:3]}, {_mon(d)} {d.day}, {d.year}",
        "Fri, Apr 3, 2009",
        "en",
    ),
    Form(
        "share-numeric",
        S,
        lambda d, c: f"{_numeric(d, c)} {c.hour:02d}:{c.minute:02d}",
        "04/03/2009 14:22",
        "en",
        needs="order",
    ),
    Form(
        "share-ordinal",
        S,
        lambda d, c: f"{_ordinal(d.day)} {MONTHS['en'][d.month - 1]} {d.year}",
        "3rd April 2009",
        "en",
    ),
    Form(
        "share-time-first",
        S,
        lambda d, c: f"{c.hour:02d}:{c.minute:02d} · {_en_dmy(d)}",
        "14:22 · 3 April 2009",
        "en",
    ),
    # ---- teletext: pages recovered from off-air recordings
    Form(
        "teletext-header",
        V,
        _w_teletext,
        "P142 TELEFAX 142 Fri 03 Apr 14:22/05",
        "en",
        needs="year",
        slot="above",
    ),
    Form(
        "teletext-header-b",
        V,
        _w_teletext_b,
        "TVTEXT 142 Fri 3 Apr  CH3 1422:05",
        "en",
        needs="year",
        slot="above",
    ),
    Form(
        "teletext-caption",
        V,
        lambda d, c: f"Recorded {_wd(d)} {_en_dmy(d)} · tape {c.page}",
        "Recorded Friday 3 April 2009 · tape 12",
        "en",
        slot="footer",
    ),
    # ---- ebook: news downloads converted to e-books, then to text
    Form(
        "ebook-feed-date",
        E,
        lambda d, c: f"{_wd(d)[:3]}, {d.day:02d} {_mon(d)} {d.year} {c.hour:02d}:{c.minute:02d}",
        "Fri, 03 Apr 2009 14:22",
        "en",
    ),
    Form(
        "ebook-site-dot",
        E,
        lambda d, c: f"{c.site} · {_en(d)} · {c.minutes % 12 + 2} min read",
        "northerncourier.example · April 3, 2009 · 2 min read",
        "en",
    ),
    Form(
        "ebook-by-on",
        E,
        lambda d, c: f"By {c.author} on {_en(d)}",
        "By Mira Castellanos on April 3, 2009",
        "en",
    ),
)
FORM = {f.name: f for f in FORMS}
STYLES = (
    "reader",
    "database",
    "cluster",
    "linkboard",
    "podcast",
    "transcript",
    "hansard",
    "wire",
    "notes",
    "translated",
    "shared",
    "teletext",
    "ebook",
)
#: The order in which pages take the styles: translated pages twice a turn (they carry most of the languages).
TURN = STYLES + ("translated",)
LANGUAGES = tuple(sorted({f.lang for f in FORMS}))
#: A machine-translated form's original language (its page is translated from that language).
MT_ORIGIN = {"tr-ja-mt": "ja", "tr-ko-mt": "ko", "tr-th-mt": "th", "tr-fa-mt": "fa"}
#: Every line by which a page states when it was captured (relative stamps and stamps without a year need one).
CAPTURE_RE = re.compile(
    r"^(\d{1,2}/\d{1,2}/\d{2}, \d{1,2}:\d\d [AP]M|\d\d/\d\d/\d{4}, \d\d:\d\d|archived \d{1,2} \w{3} \d{4} "
    r"\d\d:\d\d:\d\d UTC|.* \[\w{3}, \d\d \w{3} \d{4}\]|Reading list digest · \w+, \d{1,2} \w+ \d{4})",
    re.MULTILINE,
)
#: The lines by which a page states a year for stamps that have none (besides its capture line).
YEAR_LINE_RE = re.compile(r"^(.* · wire archive · (\d{4})|Teletext pages recovered .* made in (\d{4}))$", re.MULTILINE)


def stamp(form: str, d: dt.date, c: Ctx) -> str | None:
    return FORM[form].write(d, c)


# ------------------------------------------------------------------------------------------------ the page


def headline(article: Article) -> str:
    return article.title


def _slug(title: str) -> str:
    return "-".join(re.sub(r"[^a-z0-9 ]", "", title.lower()).split()[:6]) or "story"


@dataclass
class _Page:
    rng: random.Random
    style: str
    dated: bool
    articles: list[Article]
    pool: list[Article]
    day_first: bool
    outlet: tuple[str, str]
    capture: dt.datetime | None = None
    year: int | None = None
    parts: list[str] = field(default_factory=list)
    gold: list[GoldSegment] = field(default_factory=list)
    zone: int = 0
    size: int = 0
    _start: int = -1
    _body: int = -1

    # -- writing
    def put(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)

    def lines(self, *lines: str) -> None:
        for line in lines:
            self.put(line + "\n")

    def blank(self) -> None:
        self.put("\n")

    def furniture(self, *lines: str) -> None:
        if lines:
            self.lines(*lines)
            self.blank()

    def start(self) -> None:
        assert not self.parts or self.parts[-1].endswith("\n")
        self._start = self.size

    def body(self) -> None:
        self._body = self.size

    def close(self, kind: str, date: dt.date | None, form: str, article: str = "") -> None:
        assert 0 <= self._start <= self._body, (self._start, self._body)
        self.gold.append(GoldSegment(self._start, self.zone, self._body, kind, date, form, article))
        self.zone = self.size
        self._start = self._body = -1

    def text(self) -> str:
        return "".join(self.parts)

    # -- drawing
    def ctx(self, art: Article | None = None) -> Ctx:
        r = self.rng
        title = headline(art) if art else "story"
        return Ctx(
            day_first=self.day_first,
            capture=self.capture,
            year=self.year,
            hour=r.randint(7, 19),
            minute=r.randint(0, 59),
            second=r.randint(0, 59),
            later=r.randint(1, 3),
            uhour=r.randint(6, 22),
            uminute=r.randint(0, 59),
            author=r.choice(PEOPLE),
            outlet=self.outlet[0],
            site=self.outlet[1],
            slug=_slug(title),
            handle=r.choice(HANDLES),
            number=r.randint(101, 899),
            words=r.randint(250, 1290),
            minutes=r.randint(18, 95),
            page=r.randint(2, 48),
            city=r.choice(CITIES),
            agency=r.choice(AGENCIES),
            section=r.choice(SECTIONS).lower(),
        )

    def house(self, forms: tuple[str, ...]) -> str:
        """The form the page's site writes (one it can state here: a capture or a year where needed)."""
        usable = [
            f for f in forms if (FORM[f].needs != "capture" or self.capture) and (FORM[f].needs != "year" or self.year)
        ]
        return self.rng.choice(usable or list(forms))

    def pick(self, d: dt.date, c: Ctx, forms: tuple[str, ...], house: str) -> tuple[str, str | None]:
        """A segment's form and stamp: mostly the page's house form, now and then another of the style's; a
        form that cannot state the date here (relative too far back, no year) falls back to an absolute one."""
        if not self.dated:
            return "none", None
        name = house if self.rng.random() < 0.75 else self.rng.choice(forms)
        line = FORM[name].write(d, c)
        if line is None:
            absolute = [f for f in forms if FORM[f].needs in ("", "order")]
            self.rng.shuffle(absolute)
            for alt in absolute:
                line = FORM[alt].write(d, c)
                if line is not None:
                    return alt, line
            return "none", None
        return name, line

    def others(self, art: Article, k: int = 3) -> list[Article]:
        """Other articles of the corpus from around the same time (for related lists)."""
        near = [a for a in self.pool if a.id != art.id and abs((a.date - art.date).days) <= 40]
        self.rng.shuffle(near)
        return near[:k]


def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) or [text]


def _paragraphs(
    p: _Page,
    paragraphs: list[str] | tuple[str, ...],
    *,
    prefix: str = "",
    wrap: int = 0,
    indent: str = "",
    sep: str = "\n",
    inserts: dict[int, list[str]] | None = None,
) -> None:
    """The article's paragraphs, each ending its line, ``sep`` between two (a blank line by default); lines of
    ``inserts[i]`` are written right above paragraph ``i`` ("" for a blank line). The body mark is set at the first
    paragraph's text, a dateline ``prefix`` included."""
    inserts = inserts or {}
    for i, para in enumerate(paragraphs):
        if i:
            p.put(sep)
        if i in inserts:
            p.lines(*inserts[i])
        text = prefix + para if i == 0 else para
        lines = _wrap(text, wrap) if wrap else [text]
        p.put(indent)
        if i == 0:
            p.body()
        p.put(lines[0] + "\n")
        for line in lines[1:]:
            p.put(line + "\n")


def _article(
    p: _Page,
    art: Article,
    *,
    title: str,
    form: str,
    above: list[str] | tuple[str, ...] = (),
    under: list[str] | tuple[str, ...] = (),
    gap: bool = True,
    paragraphs: list[str] | tuple[str, ...] | None = None,
    after: list[str] | tuple[str, ...] = (),
    after_gap: bool = True,
    kind: str = "article",
    **layout,
) -> None:
    """One segment whose start is its title line: ``above`` it lines that may fall on either side (section
    labels, record counters, a stamp over the title), ``under`` it the header's other lines, then the paragraphs
    and ``after`` them the lines that belong to the segment (footers, citations, signatures)."""
    p.lines(*above)
    p.start()
    p.lines(title, *under)
    if gap:
        p.blank()
    _paragraphs(p, paragraphs if paragraphs is not None else art.paragraphs, **layout)
    if after:
        if after_gap:
            p.blank()
        p.lines(*after)
    p.blank()
    p.close(kind, art.date, form, art.id)


def _related(p: _Page, art: Article, heading: str, fmt: Callable[[dt.date], str] | None) -> None:
    """A related list: other articles' titles, with their own dates on a dated page."""
    items = p.others(art, p.rng.randint(2, 4))
    if not items:
        return
    lines = [heading]
    for other in items:
        lines.append(f"{headline(other)} — {fmt(other.date)}" if p.dated and fmt else headline(other))
    p.furniture(*lines)


def _capture_line(p: _Page, kind: str, title: str) -> str:
    """The page's statement of when it was captured."""
    c = p.capture
    assert c is not None
    if kind == "print":
        if p.day_first:
            return f"{c.day:02d}/{c.month:02d}/{c.year}, {c.hour:02d}:{c.minute:02d}    {title}"
        return f"{c.month}/{c.day}/{c.year % 100:02d}, {_ampm(c.hour, c.minute, 'PM')}    {title}"
    return f"archived {c.day} {_mon(c.date())} {c.year} {c.hour:02d}:{c.minute:02d}:{c.second:02d} UTC"


def _set_capture(p: _Page, max_days: int = 3) -> None:
    last = max(a.date for a in p.articles)
    day = last + dt.timedelta(days=p.rng.randint(0, max_days))
    p.capture = dt.datetime(
        day.year, day.month, day.day, p.rng.randint(20, 23), p.rng.randint(0, 59), p.rng.randint(0, 59)
    )
    p.year = day.year


# ------------------------------------------------------------------------------------------------ styles


def _reader(p: _Page) -> None:
    """News articles saved one after another from a browser's reader view or its "save as text"."""
    r = p.rng
    forms = tuple(f.name for f in FORMS if "reader" in f.styles)
    if p.dated and r.random() < 0.4:
        _set_capture(p, 30)
        p.furniture(_capture_line(p, "print", f"{headline(p.articles[0])} | {p.outlet[0]}"))
    house = p.house(forms)
    separator = r.choice(["* * *", "─" * 40, "", "Reader View"])
    for k, art in enumerate(p.articles):
        c = p.ctx(art)
        form, line = p.pick(art.date, c, forms, house)
        slot = FORM[form].slot if line else ""
        above: list[str] = []
        if k and separator:
            p.furniture(separator)
        if slot == "above" and form == "reader-url-path":
            above.append(line)
        elif r.random() < 0.3:
            above.append(f"https://{c.site}/{c.section}/{c.slug}")
        if r.random() < 0.5:
            above.append(f"Home › {c.section.title()} › {r.choice(['Europe', 'Americas', 'Asia', 'Africa', 'UK'])}")
        if slot == "above" and form != "reader-url-path":
            above.append(line)
        under: list[str] = []
        if r.random() < 0.5:
            under.append(f"Listen to this article · {r.randint(2, 12)} min")
        byline = r.choice([f"By {c.author}", c.author, f"{c.author}, {c.section.title()} correspondent"])
        if slot == "header":
            under += [byline, line] if r.random() < 0.6 else [line, byline]
        else:
            under.append(byline)
        if r.random() < 0.4:
            low = r.randint(3, 9)
            under.append(f"{low}–{low + 2} minutes")
        inserts = {}
        if len(art.paragraphs) > 3 and r.random() < 0.5:
            inserts[r.randint(2, len(art.paragraphs) - 1)] = [r.choice(["Advertisement", "Skip Advertisement"]), ""]
        _article(p, art, title=headline(art), form=form, above=above, under=under, inserts=inserts)
        extra = [x for x in ("Share full article", "Give this article", "Read in app") if r.random() < 0.3]
        p.furniture(*extra)
        if r.random() < 0.4:
            _related(p, art, f"More from {c.section.title()}", _en)


def _database(p: _Page) -> None:
    """A news-archive database's export: a list of hits, then the documents, in one of six databases' layouts."""
    r = p.rng
    variant = r.choice(["factiva", "nexis", "proquest", "gale", "pressreader", "catalogue"])
    form_of = {
        "factiva": "factiva-pd",
        "nexis": "nexis-date-weekday",
        "proquest": "proquest-pubinfo",
        "gale": "gale-source",
        "pressreader": "pressreader-line",
        "catalogue": "record-date-numeric",
    }
    house = form_of[variant]
    records: list[tuple[Article, Ctx, str]] = []
    for art in p.articles:
        outlet = p.outlet if r.random() < 0.5 else r.choice(OUTLETS)
        records.append((art, replace(p.ctx(art), outlet=outlet[0], site=outlet[1]), ""))
    if r.random() < 0.3:  # the same wire story, carried by another paper
        k = r.randrange(len(records))
        art, c, _ = records[k]
        other = r.choice([o for o in OUTLETS if o[0] != c.outlet])
        copy = replace(c, outlet=other[0], site=other[1], page=r.randint(2, 48), words=c.words + r.randint(-40, 40))
        records.insert(r.randint(k + 1, len(records)), (art, copy, "+syndicated"))
    total = len(records) + r.randint(0, 40)
    terms = [max(re.findall(r"[a-z]+", headline(a).lower()) or ["news"], key=len) for a, _, _ in records[:3]]
    lines = [f"Search results: {total} documents", f"Query: {' OR '.join(dict.fromkeys(terms))}"]
    if p.dated:
        low = min(a.date for a, _, _ in records).replace(day=1)
        high = max(a.date for a, _, _ in records)
        high = (high.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        order = Ctx(day_first=p.day_first)
        lines.append(f"Date range: {_numeric(low, order)} to {_numeric(high, order)}")
    p.furniture(*lines)
    hits = []
    for n, (art, c, _) in enumerate(records, 1):
        hits.append(f"{n}. {headline(art)}")
        when = f", {_en_dmy(art.date)}" if p.dated else ""
        hits.append(f"   {c.outlet}{when}, {c.words} words")
    p.furniture(*hits)
    for n, (art, c, copy) in enumerate(records, 1):
        outlet = (c.outlet, c.site)
        form, line = (house, FORM[house].write(art.date, c)) if p.dated else ("none", None)
        form = form if form == "none" else form + copy
        title = headline(art)
        code = "".join(w[0] for w in outlet[0].upper().split())[:3].ljust(3, "X")
        if variant == "factiva":
            fields = [f"BY {c.author}", f"WC {c.words} words"]
            if line:
                fields += line.split("\n")
            fields += [f"SN {outlet[0]}", f"SC {code}", f"PG {c.page}", "LA English"]
            if line:
                fields.append(f"CY (c) {art.date.year} {outlet[0]} Ltd. All Rights Reserved.")
            p.lines(*(["", ""] if n > 1 else []))
            p.start()
            p.lines(f"HD {title}", *fields, "")
            p.lines("LP")
            lead = art.paragraphs[:2]
            _paragraphs(p, lead)
            if len(art.paragraphs) > 2:
                p.lines("", "TD")
                for para in art.paragraphs[2:]:
                    p.lines(para, "")
            else:
                p.blank()
            tail = [
                f"RE {r.choice(['uk : United Kingdom', 'eurz : Europe', 'usa : United States'])}",
                f"PUB {outlet[0]} Ltd",
            ]
            if line:
                tail.append(f"AN Document {code}00000{art.date:%Y%m%d}e{r.randint(100, 999)}{r.choice('abcdk')}")
            p.lines(*tail)
            p.blank()
            p.close("article", art.date, form, art.id)
        elif variant == "nexis":
            above = [
                "",
                f"{n} of {total} DOCUMENTS".center(70).rstrip(),
                "",
                f"{outlet[0]} ({c.city.title()})".center(70).rstrip(),
                "",
            ]
            if line:
                above += [
                    line.center(70).rstrip(),
                    r.choice(["Final Edition", "First Edition", "Late Edition"]).center(70).rstrip(),
                    "",
                ]
            above += [f"SECTION: {c.section.upper()}; Pg. {c.page}", f"LENGTH: {c.words} words"]
            after = [f"LOAD-DATE: {_en(art.date + dt.timedelta(days=r.randint(1, 9)))}"] if line else []
            after += ["LANGUAGE: ENGLISH", "PUBLICATION-TYPE: Newspaper"]
            if line:
                after.append(f"Copyright {art.date.year} {outlet[0]} Ltd".center(70).rstrip())
            _article(
                p,
                art,
                title=f"HEADLINE: {title}",
                form=form,
                above=above,
                under=[f"BYLINE: {c.author}", f"DATELINE: {c.city}", "", "BODY:"],
                after=after,
            )
        elif variant == "proquest":
            under = [f"{c.author.split()[-1]}, {c.author.split()[0]}."]
            under.append(line if line else f"Publication info: {outlet[0]}; {c.city.title()}: A.{c.page}.")
            under += ["Document link", "", "Full Text"]
            docid = r.randint(100000000, 899999999)
            after = [f"Publication title: {outlet[0]}; {c.city.title()}", f"First page: A.{c.page}"]
            if line:
                after += [
                    f"Publication year: {art.date.year}",
                    f"Publication date: {_mon(art.date)} {art.date.day}, {art.date.year}",
                ]
            after += [
                f"Section: {c.section.title()}",
                f"Place of publication: {c.city.title()}",
                "Source type: Newspapers",
                "Language of publication: English",
                f"Document ID: {docid}",
                f"Document URL: https://search.newsarchive.example/docview/{docid}",
            ]
            if line:
                last = art.date + dt.timedelta(days=r.randint(400, 7000))
                after += [
                    f"Copyright: (c) {outlet[0]} Ltd {_mon(art.date)} {art.date.day}, {art.date.year}",
                    f"Last updated: {last.isoformat()}",
                ]
            after.append("Database: World Newspaper Archive")
            _article(p, art, title=title, form=form, under=under, gap=False, after=after, above=[""] if n > 1 else [])
        elif variant == "gale":
            under = [c.author]
            if line:
                under.append(line)
            under += [f"Word count: {c.words}.", "", "Full Text:"]
            cite = f'{c.author.split()[-1]}, {c.author.split()[0]}. "{title}." {outlet[0]} [{c.city.title()}]'
            docn = f"A{r.randint(100000000, 899999999)}"
            if line:
                seen = art.date + dt.timedelta(days=r.randint(400, 7000))
                cite += f", {art.date.day} {_mon(art.date)}. {art.date.year}, p. {c.page}. News Archive, link.archive.example/apps/doc/{docn}/STND. Accessed {seen.day} {_mon(seen)}. {seen.year}."
            else:
                cite += f", p. {c.page}. News Archive, link.archive.example/apps/doc/{docn}/STND."
            _article(
                p,
                art,
                title=title,
                form=form,
                under=under,
                gap=False,
                after=["Source Citation (MLA 8th Edition)", cite, f"Document Number: GALE|{docn}"],
                above=[""] if n > 1 else [],
            )
        elif variant == "pressreader":
            above = [line] if line else [f"{outlet[0]} · {c.author.upper()}"]
            _article(
                p,
                art,
                title=title,
                form=form,
                above=above,
                after=[f"Printed and distributed by NewsKiosk · {outlet[1]}"],
            )
        else:
            under = [f"Author: {c.author.split()[-1]}, {c.author.split()[0]}", f"Source: {outlet[0]}"]
            if line:
                under.append(line)
            under += [f"Section: {c.section.title()}", f"Page: {c.page}", f"Word count: {c.words}", "Text:"]
            _article(
                p, art, title=f"Title: {title}", form=form, under=under, gap=False, above=[f"Record {n} of {total}"]
            )


CLUSTER_UI = {
    "en": ("Top stories", "Full coverage", "More headlines", "Continue reading at {site}"),
    "de": ("Top-Meldungen", "Vollständige Berichterstattung", "Weitere Schlagzeilen", "Weiterlesen auf {site}"),
    "es": ("Noticias destacadas", "Cobertura completa", "Más titulares", "Seguir leyendo en {site}"),
    "fr": ("À la une", "Couverture complète", "Plus de titres", "Lire la suite sur {site}"),
    "ja": ("トップニュース", "すべての記事を表示", "その他のヘッドライン", "{site} で続きを読む"),
}


def _cluster(p: _Page) -> None:
    """A news aggregator's story clusters: title, source and a relative or short stamp, the story's opening."""
    r = p.rng
    lang = r.choice(["en", "en", "de", "es", "fr", "ja"])
    top, full, more, cont = CLUSTER_UI[lang]
    if p.dated and r.random() < 0.85:
        _set_capture(p, 2)
        p.furniture(_capture_line(p, r.choice(["print", "archive"]), top))
    suffix = {"en": "", "de": "-de", "es": "-es", "fr": "-fr", "ja": "-ja"}[lang]
    relative = {
        "en": "cluster-ago",
        "de": "cluster-vor",
        "es": "cluster-hace",
        "fr": "cluster-il-y-a",
        "ja": "cluster-mae",
    }[lang]
    forms = (relative, "cluster-full" + suffix) + (("cluster-no-year",) if lang == "en" else ())
    house = p.house(forms)
    p.furniture(top)
    arts = sorted(p.articles, key=lambda a: a.date, reverse=True)
    for k, art in enumerate(arts):
        c = p.ctx(art)
        outlet = r.choice(OUTLETS)
        c = replace(c, outlet=outlet[0], site=outlet[1])
        form, line = p.pick(art.date, c, forms, house)
        under = [line] if line else [outlet[0]]
        lead = art.paragraphs[: r.randint(1, 2)]
        _article(
            p,
            art,
            title=headline(art),
            form=form,
            under=under,
            gap=False,
            paragraphs=lead,
            after=[cont.format(site=outlet[1])],
            after_gap=False,
        )
        if k == 0 and r.random() < 0.4 and p.dated:  # the same story from another source under it
            other = r.choice([o for o in OUTLETS if o != outlet])
            c2 = replace(c, outlet=other[0], site=other[1], hour=max(7, c.hour - 1))
            line2 = FORM[form].write(art.date, c2) if form != "none" else None
            if line2:
                _article(
                    p,
                    art,
                    title=headline(art),
                    form=form + "+syndicated",
                    under=[line2],
                    gap=False,
                    paragraphs=art.paragraphs[:1],
                    after=[cont.format(site=other[1])],
                    after_gap=False,
                )
        p.furniture(full)
        if k == len(arts) // 2:
            p.furniture(more)


def _comments_hn(p: _Page, art: Article) -> None:
    r = p.rng
    days = (p.capture.date() - art.date).days if p.capture else 0
    p.start()
    p.body()
    for _ in range(r.randint(2, 4)):
        who = r.choice(HANDLES)
        if p.dated and p.capture:
            ago = r.randint(0, days)
            when = f" {r.randint(1, 9)} hours ago" if ago == 0 else (" 1 day ago" if ago == 1 else f" {ago} days ago")
        else:
            when = ""
        p.lines(f"{who}{when} | {r.choice(['next', 'parent | next', 'prev | next'])} [–]")
        p.lines(r.choice(COMMENTS), "reply", "")
    p.close("comments", None, "comments")


COMMENTS = (
    "This has been coming for years, honestly.",
    "Does anyone have a link to the original report?",
    "The headline oversells what the article actually says.",
    "I live nearby and nobody here was surprised.",
    "Worth reading to the end, the last part is the interesting one.",
    "Flagged as a dupe, there was a thread on this already.",
)


def _linkboard(p: _Page) -> None:
    """Link-sharing boards and community weblogs: item pages, front pages with day headings, story listings."""
    r = p.rng
    variants = ["slashdot", "mefi-front", "mefi-item", "scoop"]
    if p.dated:
        if r.random() < 0.6:
            _set_capture(p, 3)
            variants.append("hn")
            variants.append("hn")
    variant = r.choice(variants)
    if p.capture:
        p.furniture(_capture_line(p, r.choice(["print", "archive"]), headline(p.articles[0])))
    arts = sorted(p.articles, key=lambda a: a.date, reverse=True)
    if variant == "hn":
        for art in arts:
            c = replace(p.ctx(art), site=r.choice(OUTLETS)[1])
            p.furniture("Hacker Board  new | past | comments | ask | show | jobs | submit")
            form, line = p.pick(art.date, c, ("hn-points-ago",), "hn-points-ago")
            under = (
                [line]
                if line
                else [f"{c.number} points by {c.handle} | hide | past | favorite | {c.words % 97 + 3} comments"]
            )
            _article(p, art, title=f"{headline(art)} ({c.site})", form=form, under=under, kind="post")
            if r.random() < 0.7:
                _comments_hn(p, art)
        return
    if variant == "slashdot":
        p.furniture("Stories", "Slash Boxes", "Comments")
        for art in arts:
            c = replace(p.ctx(art), site=r.choice(OUTLETS)[1])
            form, line = p.pick(art.date, c, ("slashdot-posted",), "slashdot-posted")
            under = [line if line else f"Posted by {c.handle}", f"from the {r.choice(DEPTS)} dept."]
            _article(
                p,
                art,
                title=headline(art),
                form=form,
                under=under,
                paragraphs=art.paragraphs[: r.randint(1, 2)],
                inserts={0: [f"{r.choice(HANDLES)} writes:"]},
                after=[f"Read more of this story at {c.site} · {c.words % 97 + 3} comments"],
                kind="post",
            )
        return
    if variant == "scoop":
        for art in arts:
            c = p.ctx(art)
            form, line = p.pick(art.date, c, ("scoop-posted",), "scoop-posted")
            under = line.split("\n") if line else [f"By {c.handle} in {c.section.title()}"]
            _article(
                p,
                art,
                title=headline(art),
                form=form,
                under=under,
                paragraphs=art.paragraphs[: r.randint(2, 4)],
                after=[f"Full Story | {c.words % 97 + 3} comments"],
                kind="post",
            )
            p.furniture("< Previous story | Next story >")
        return
    if variant == "mefi-front":
        p.furniture("community weblog  ·  Ask  ·  Music  ·  Jobs  ·  Projects")
        heading = None
        for art in arts:
            c = p.ctx(art)
            if p.dated and art.date != heading:
                p.furniture(_en(art.date))
                heading = art.date
            p.start()
            _paragraphs(p, art.paragraphs[:1])
            when = f" at {_ampm(c.hour, c.minute, 'PM')}" if p.dated else ""
            p.lines(f"posted by {c.handle}{when} - {c.words % 97 + 3} comments")
            p.blank()
            p.close("post", art.date, "mefi-day-heading" if p.dated else "none", art.id)
        return
    # mefi-item: one post page after another, each with its comments
    for art in arts:
        c = p.ctx(art)
        p.furniture("community weblog  ·  Ask  ·  Music  ·  Jobs  ·  Projects")
        form, line = p.pick(art.date, c, ("mefi-posted-on",), "mefi-posted-on")
        footer = line if line else f"posted by {c.handle} - {c.words % 97 + 3} comments"
        paras = art.paragraphs[: r.randint(1, 3)]
        _article(
            p,
            art,
            title=headline(art),
            form=form,
            under=["Subscribe"],
            paragraphs=paras,
            after=[footer],
            after_gap=False,
            kind="post",
        )
        if r.random() < 0.6:
            p.start()
            p.body()
            for _ in range(r.randint(2, 3)):
                who = r.choice(HANDLES)
                later = art.date + dt.timedelta(days=r.randint(0, 2))
                cc = p.ctx()
                when = f" at {_ampm(cc.hour, cc.minute, 'PM')} on {_en(later)}" if p.dated else ""
                p.lines(r.choice(COMMENTS), f"posted by {who}{when} [{r.randint(1, 40)} favorites]", "")
            p.close("comments", None, "comments")


def _podcast(p: _Page) -> None:
    """Podcast and video episode pages: episode lists, show notes, chapters and durations."""
    r = p.rng
    variant = r.choice(["apple", "broadcaster", "video", "showsite"])
    show = r.choice(PROGRAMMES)
    arts = sorted(p.articles, key=lambda a: a.date, reverse=True)
    if variant == "video" and p.dated and r.random() < 0.6:
        _set_capture(p, 3)
        p.furniture(_capture_line(p, "print", f"{show} - videos"))
    p.furniture(f"{show}", r.choice(["Subscribe · RSS · Share", "Follow · Episodes · About", "▶ Play latest"]))
    for art in arts:
        c = p.ctx(art)
        if variant == "apple":
            form, line = p.pick(art.date, c, ("podcast-caps",), "podcast-caps")
            _article(
                p,
                art,
                title=headline(art),
                form=form,
                above=[line] if line else [],
                under=[f"Episode {c.number % 300 + 1}"],
                after=[f"{c.minutes} min"],
            )
        elif variant == "broadcaster":
            form, line = p.pick(art.date, c, ("podcast-first-broadcast",), "podcast-first-broadcast")
            under = (
                [show]
                + ([line] if line else [])
                + [r.choice(["Available for over a year", "Available for 29 days"]), f"{c.minutes} mins"]
            )
            after = []
            if line:
                rep = art.date + dt.timedelta(days=r.randint(1, 2))
                after = [
                    "Broadcasts",
                    f"{_wd(rep)[:3]} {rep.day} {_mon(rep)} {rep.year} 03:00",
                    STATIONS[c.number % len(STATIONS)],
                ]
            _article(p, art, title=headline(art), form=form, under=under, after=after)
        elif variant == "video":
            form, line = p.pick(
                art.date, c, ("podcast-views", "podcast-streamed"), r.choice(["podcast-views", "podcast-streamed"])
            )
            under = [line] if line else [f"{c.number * 1000 + c.words % 1000:,} views"]
            under.append(f"{show} · {c.minutes}.{c.second % 10}K subscribers")
            chapters = [
                "Chapters",
                "0:00 Intro",
                f"{c.second % 9 + 1}:{c.minute:02d} The story",
                f"{_duration(c.minutes - 3, c.second)} What comes next",
                "Show less",
            ]
            _article(p, art, title=headline(art), form=form, under=under, after=chapters)
            if p.capture and r.random() < 0.6:
                days = (p.capture.date() - art.date).days
                p.start()
                p.lines(f"{r.randint(3, 90)} Comments", "")
                p.body()
                for _ in range(r.randint(2, 3)):
                    ago = r.randint(0, days)
                    when = (
                        f"{r.randint(1, 9)} hours ago" if ago == 0 else ("1 day ago" if ago == 1 else f"{ago} days ago")
                    )
                    p.lines(f"@{r.choice(HANDLES)} {when}", r.choice(COMMENTS), "Reply", "")
                p.close("comments", None, "comments")
        else:
            form, line = p.pick(art.date, c, ("podcast-aired-dotted",), "podcast-aired-dotted")
            under = [line if line else _duration(c.minutes, c.second), "▶ Play · Download · Subscribe: RSS | Email"]
            after = [
                "Chapters",
                "00:00 Intro",
                f"0{c.second % 9 + 1}:{c.minute:02d} The story",
                f"{_duration(c.minutes - 3, c.second, True)} Listener mail",
                "",
                "Support the show",
            ]
            _article(
                p, art, title=f"Episode {c.number % 300 + 1}: {headline(art)}", form=form, under=under, after=after
            )


def _speakers(p: _Page, c: Ctx, count: int) -> tuple[str, dict[int, list[str]]]:
    """A host's label and, now and then, other speakers' labels above paragraphs."""
    r = p.rng
    host = f"{c.author.upper()}, {r.choice(ROLES[:3])}:"
    inserts: dict[int, list[str]] = {0: [host]}
    for i in range(1, count):
        if r.random() < 0.35:
            who = r.choice(PEOPLE)
            inserts[i] = (
                [
                    r.choice(["(BEGIN VIDEOTAPE)", "(END VIDEOTAPE)", "(COMMERCIAL BREAK)", ""]),
                    f"{who.upper()}, {r.choice(ROLES)}:",
                ]
                if r.random() < 0.3
                else [f"{who.split()[-1].upper()}:"]
            )
            inserts[i] = [x for x in inserts[i] if x]
    return host, inserts


def _transcript(p: _Page) -> None:
    """Broadcast transcripts: show, title and air date, rush-transcript notices, speakers in capitals."""
    r = p.rng
    variant = r.choice(["aired", "public-radio", "monitoring", "caps"])
    if variant == "aired":
        p.furniture("Return to Transcripts main page")
    for art in p.articles:
        c = p.ctx(art)
        show = r.choice(PROGRAMMES)
        _, inserts = _speakers(p, c, len(art.paragraphs))
        if variant == "aired":
            form, line = p.pick(art.date, c, ("transcript-aired",), "transcript-aired")
            under = ([line] if line else []) + [
                "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED."
            ]
            _article(p, art, title=headline(art), form=form, above=[show.upper()], under=under, inserts=inserts)
        elif variant == "public-radio":
            form, line = p.pick(art.date, c, ("transcript-dot-et",), "transcript-dot-et")
            under = ([line] if line else []) + [f"Heard on {show}", c.author.upper(), "", "Transcript"]
            after = [f"Copyright © {art.date.year} Northshore Public Radio. All rights reserved."] if p.dated else []
            _article(p, art, title=headline(art), form=form, under=under, inserts=inserts, after=after)
        elif variant == "monitoring":
            form, line = p.pick(art.date, c, ("transcript-monitoring",), "transcript-monitoring")
            station = STATIONS[c.number % len(STATIONS)]
            under = [f"Text of report by {station}"]
            after = [line if line else f"Source: {station}, {c.city.title()}, in English"]
            after.append(f"(Description of Source: {c.city.title()} {station} in English -- public service station)")
            _article(p, art, title=headline(art), form=form, under=under, after=after)
        else:
            form, line = p.pick(art.date, c, ("transcript-caps-date",), "transcript-caps-date")
            above = ([line] if line else []) + [f"SHOW: {show.upper()} {_ampm(c.hour, 0, 'PM')} ET"]
            under = [f"BYLINE: {c.author}", f"GUESTS: {', '.join(r.sample(PEOPLE, 2))}", "", "BODY:"]
            _article(
                p,
                art,
                title=f"HEADLINE: {headline(art)}",
                form=form,
                above=above,
                under=under,
                gap=False,
                inserts={0: [f"{c.author.split()[-1].upper()}:"]},
            )
        if variant != "caps" and r.random() < 0.3:
            p.furniture("(COMMERCIAL BREAK)")


def _hansard(p: _Page) -> None:
    """Parliamentary records: column heads, record volumes, field blocks, sittings; members' speeches."""
    r = p.rng
    variant = r.choice(["columns", "record", "fields", "sitting", "sitting-date"])
    arts = sorted(p.articles, key=lambda a: a.date)
    for k, art in enumerate(arts):
        c = p.ctx(art)
        member = f"{c.author} ({r.choice(CONSTITUENCIES)}) ({r.choice(['Lab', 'Con', 'LD', 'Ind', 'SNP'])}):"
        inserts = {0: [member]}
        for i in range(2, len(art.paragraphs), 3):
            if r.random() < 0.3:
                inserts[i] = [
                    r.choice(["Honourable members interjecting—", "The SPEAKER: Order!", "Hon. Members: Hear, hear."]),
                    "",
                ]
        if variant == "columns":
            form, line = p.pick(art.date, c, ("hansard-column",), "hansard-column")
            above = ([line] if line else []) + [
                r.choice(["Oral Answers to Questions", "QUESTIONS WITHOUT NOTICE", "Business of the House"])
            ]
            if line and len(art.paragraphs) > 3:
                inserts[len(art.paragraphs) // 2] = [
                    FORM["hansard-column"].write(art.date, Ctx(number=c.number + 1)),
                    "",
                ]
            under = [_ampm(c.hour, c.minute).replace(":", ".")] if p.dated else []
            _article(p, art, title=headline(art), form=form, above=above, under=under, inserts=inserts)
        elif variant == "record":
            form, line = p.pick(art.date, c, ("hansard-record-volume",), "hansard-record-volume")
            above = [line if line else f"Congressional Record Volume {r.randint(101, 199)}"]
            above += [
                r.choice(["[Senate]", "[House]"]),
                f"[Pages S{c.number + 3000}-S{c.number + 3001}]",
                "From the Congressional Record Online through the Government Publishing Office",
                "",
            ]
            inserts = {0: [f"  Mr. {c.author.split()[-1].upper()}."]}
            _article(
                p,
                art,
                title=headline(art).upper().center(70).rstrip(),
                form=form,
                above=above,
                inserts=inserts,
                wrap=70,
                indent="  ",
            )
        elif variant == "fields":
            form, line = p.pick(art.date, c, ("hansard-fields",), "hansard-fields")
            under = ([line] if line else []) + [
                "Source\tHouse",
                f"Parl No.\t{r.randint(30, 46)}",
                f"Page\t{c.number}",
                "Proof\tNo",
                f"Speaker\t{c.author.split()[-1]}, {c.author.split()[0]}, MP",
            ]
            _article(p, art, title=headline(art), form=form, under=under, inserts=inserts)
        elif variant == "sitting":
            form, line = p.pick(art.date, c, ("hansard-sitting-place",), "hansard-sitting-place")
            above = [f"{line}    Revised edition" if line else "Revised edition"]
            inserts = {
                0: [f"{c.author}, on behalf of the {r.choice(['Northern', 'Green', 'Liberal', 'Centre'])} Group. –"]
            }
            _article(p, art, title=f"{k + 3}. {headline(art)} (debate)", form=form, above=above, inserts=inserts)
        else:
            form, line = p.pick(art.date, c, ("hansard-sitting-date",), "hansard-sitting-date")
            under = ([line] if line else []) + [f"Volume {r.randint(600, 699)}; Page {c.number}"]
            inserts[0] = [
                f"{c.author.upper()} ({r.choice(['Labour', 'National', 'Green'])}—{r.choice(CONSTITUENCIES)}):"
            ]
            _article(p, art, title=headline(art).upper(), form=form, under=under, inserts=inserts)
    if p.dated and r.random() < 0.5:
        nxt = arts[-1].date + dt.timedelta(days=r.randint(3, 6))
        p.furniture(f"Next sitting day: {_wd(nxt)}, {_en_dmy(nxt)}")


def _wire(p: _Page) -> None:
    """A press agency's feed: slugs, priorities, headlines, datelines, "(Reporting by ...)" footers, updates."""
    r = p.rng
    forms = tuple(f.name for f in FORMS if "wire" in f.styles)
    agency = r.choice(AGENCIES)
    years = {a.date.year for a in p.articles}
    if p.dated and len(years) == 1 and r.random() < 0.6:
        p.year = years.pop()
        p.furniture(f"{AGENCY_NAMES[agency]} · wire archive · {p.year}")
    else:
        p.furniture(f"{AGENCY_NAMES[agency]} · wire")
    house = p.house(forms)
    arts = sorted(p.articles, key=lambda a: a.date)
    index = []
    for art in arts:
        index.append(
            f" {r.randint(100, 999):04d}  {r.choice(['', 'URGENT  ', 'ADV  '])}BC-{_slug(headline(art)).title()[:28]}"
        )
    p.furniture(*index)
    update = r.randrange(len(arts)) if r.random() < 0.35 else -1
    for k, art in enumerate(arts):
        c = p.ctx(art)
        c = replace(c, agency=agency)
        form, line = p.pick(art.date, c, forms, house)
        copies = [("", c, form, line)]
        if k == update and form != "none":
            c2 = replace(c, hour=min(19, c.hour + r.randint(1, 3)))
            copies.append(("UPDATE 1-", c2, form + "+syndicated", FORM[form].write(art.date, c2)))
        for label, cc, name, text in copies:
            slot = FORM[name.removesuffix("+syndicated")].slot if text else ""
            dateline = text if slot == "dateline" else f"{cc.city} ({agency}) - "
            after = [f"(Reporting by {cc.author}; Editing by {r.choice(PEOPLE)})"]
            if slot == "footer":
                after.append(text)
            elif r.random() < 0.4:
                after.append("=")
            if r.random() < 0.5:  # an ANPA-style story: ^headline^, @byline, indented text
                under = [f"@By {cc.author.upper()}=", f"@{AGENCY_NAMES[agency]} Writer="]
                if slot == "header":
                    under.insert(0, text)
                _article(
                    p,
                    art,
                    title=f"^{label}{headline(art)}^<",
                    form=name,
                    above=[f"^BC-{_slug(headline(art)).title()[:28]},{cc.words:04d}<"],
                    under=under,
                    gap=False,
                    prefix=dateline,
                    wrap=68,
                    indent="   ",
                    sep="",
                    after=after,
                    after_gap=False,
                )
            else:
                under = [text] if slot == "header" else []
                _article(
                    p,
                    art,
                    title=f"{label}{headline(art)}",
                    form=name,
                    above=[r.choice(["", "URGENT", "PRIORITY"])] if r.random() < 0.5 else [],
                    under=under,
                    prefix=dateline,
                    after=after,
                )


def _notes(p: _Page) -> None:
    """Notes apps' exports: web clips with front matter or property blocks, dated when clipped (later)."""
    r = p.rng
    variant = r.choice(["vault", "static-site", "workspace", "web-clipper", "plain-markdown"])
    clipped_base = max(a.date for a in p.articles) + dt.timedelta(days=r.randint(20, 5000))
    for k, art in enumerate(p.articles):
        c = p.ctx(art)
        clipped = clipped_base + dt.timedelta(days=k * r.randint(0, 2))
        url = f"https://{c.site}/{c.section}/{c.slug}"
        title = headline(art)
        if variant == "vault":
            form, line = p.pick(art.date, c, ("notes-published",), "notes-published")
            fields = [f'source: "{url}"', "author:", f'  - "[[{c.author}]]"']
            if line:
                fields += [line, f"created: {clipped.isoformat()}"]
            fields += ['description: ""', "tags:", '  - "clippings"', "---"]
            _article(
                p,
                art,
                title=f'title: "{title}"',
                form=form,
                above=["---"],
                under=fields,
                gap=False,
                after=(["", "## Linked mentions", f"[[{clipped.isoformat()}]]"] if line and r.random() < 0.4 else []),
            )
        elif variant == "static-site":
            form, line = p.pick(art.date, c, ("notes-date-z",), "notes-date-z")
            fields = [line] if line else []
            if line:
                fields.append(f"lastmod: {clipped.isoformat()}T{c.uhour:02d}:{c.uminute:02d}:00Z")
            fields += ["draft: false", f'categories: ["{c.section}"]', "---"]
            _article(p, art, title=f'title: "{title}"', form=form, above=["---"], under=fields)
        elif variant == "workspace":
            form, line = p.pick(art.date, c, ("notes-property",), "notes-property")
            props = [""]
            if line:
                props.append(f"Created: {_en(clipped)} {_ampm(c.uhour, c.uminute, 'PM')}")
                props.append(line)
            props += ["Tags: clippings", f"URL: {url}"]
            _article(p, art, title=f"# {title}", form=form, under=props)
        elif variant == "web-clipper":
            form, line = p.pick(art.date, c, ("notes-pipe-byline",), "notes-pipe-byline")
            under = [f"Source: {url}"]
            if line:
                under.append(f"Created: {_numeric(clipped, c)} {c.uhour:02d}:{c.uminute:02d}")
            under.append(line if line else f"By {c.author.upper()}")
            _article(p, art, title=title, form=form, under=under, above=["* * *"] if k else [])
        else:
            form, line = p.pick(art.date, c, ("notes-italic-ordinal",), "notes-italic-ordinal")
            under = ([line] if line else []) + [f"#clippings #{c.section}"]
            _article(p, art, title=f"## {title}", form=form, under=under, after=[f"Source: <{url}>"])


TRANSLATED_UI = ("Home | News | Politics | Economy | International | Sports", "Latest news | Society | World | Opinion")


def _banner(r: random.Random, lang: str) -> str:
    name = LANGUAGE_NAMES[lang]
    return r.choice(
        [
            f"This page has been translated from {name}.",
            f"Translated to: English  ·  Show original ({name})",
            f"Automatically translated from {name} · Original",
        ]
    )


def _translated(p: _Page) -> None:
    """Pages machine-translated into English by the browser: a banner naming the original language, the
    translated text, date lines left in the original language (or translated word by word, the calendar kept).
    Either one site's page (one language) or a reading file of pages saved from several sites, each under its
    own banner."""
    r = p.rng
    single = r.random() < 0.5
    lang = r.choice(sorted(LANGUAGE_NAMES))
    if single:
        p.furniture(_banner(r, lang), r.choice(TRANSLATED_UI))
    house = ""
    for art in p.articles:
        if not single:
            lang = r.choice(sorted(LANGUAGE_NAMES))
        forms = tuple(
            f.name for f in FORMS if "translated" in f.styles and (f.lang == lang or MT_ORIGIN.get(f.name) == lang)
        )
        if not single or not house:
            house = p.house(forms)
        c = p.ctx(art)
        if not single:
            outlet = r.choice(OUTLETS)
            c = replace(c, outlet=outlet[0], site=outlet[1])
        form, line = p.pick(art.date, c, forms, house)
        byline = r.choice([f"Reporter {c.author}", f"{c.author} reporter", f"Input: {c.author}", ""])
        under = [x for x in ([line] if line else []) + [byline] if x]
        if r.random() < 0.3 and under:
            under.reverse()
        above = [] if single else [_banner(r, lang), f"https://{c.site}/{c.section}/{c.number}{c.words}", ""]
        tail = r.choice(
            [
                "Tags: #society #economy",
                "Copyright holder: reprint and redistribution prohibited",
                "Recommended articles",
            ]
        )
        _article(p, art, title=headline(art), form=form, above=above, under=under, after=[tail])
        if p.dated and r.random() < 0.3:
            others = p.others(art, 2)
            lines = ["Related articles"]
            for other in others:
                text = FORM[house].write(other.date, p.ctx(other))
                lines.append(f"{headline(other)}  {text}" if text else headline(other))
            if others:
                p.furniture(*lines)


def _shared(p: _Page) -> None:
    """Articles shared from news apps into a note or a mail: share footers, "Sent from my phone"."""
    r = p.rng
    forms = tuple(f.name for f in FORMS if "shared" in f.styles)
    house = p.house(forms)
    app = r.choice(["Courier", "NewsHub", "Daily Brief", "Headlines"])
    for art in p.articles:
        c = p.ctx(art)
        form, line = p.pick(art.date, c, forms, house)
        above = [f"Check out this article from {c.outlet}:"] if r.random() < 0.4 else []
        under = [c.outlet] + ([line] if line else [])
        after = [f"Read more: https://{c.site}/a/{c.number}{c.words}"]
        after.append(
            r.choice(
                [
                    f"Shared from the {c.outlet.removeprefix('The ')} app",
                    f"Shared via {app} for Android",
                    f"Sent from {app} for iPhone",
                ]
            )
        )
        _article(p, art, title=headline(art), form=form, above=above, under=under, after=after)
        if r.random() < 0.4:
            p.furniture(r.choice(["Sent from my iPhone", "Sent from my phone", "Get the app: https://app.example/get"]))


def _teletext(p: _Page) -> None:
    """Teletext pages recovered from off-air recordings: 40-column pages under the service's header line (day,
    month and time, no year: the archive states it), captioned with the recording."""
    r = p.rng
    years = sorted({a.date.year for a in p.articles})
    if p.dated:
        p.year = max(years, key=lambda y: sum(a.date.year == y for a in p.articles))
        p.furniture(
            f"Teletext pages recovered from off-air recordings made in {p.year}", "Click a page to view it full size"
        )
    else:
        p.furniture("Teletext pages recovered from off-air recordings", "Click a page to view it full size")
    forms = ("teletext-header", "teletext-header-b", "teletext-caption")
    house = p.house(forms)
    for art in p.articles:
        c = p.ctx(art)
        form, line = p.pick(art.date, c, forms, house)
        slot = FORM[form].slot if line else ""
        head = line if slot == "above" else f"P{c.number} {r.choice(['TELEFAX', 'TVTEXT'])} {c.number}"
        title = _wrap(headline(art).upper(), 39)[0]
        paras = art.paragraphs[: r.randint(2, 3)]
        after = [f" {r.choice(['Next News', 'News Index'])}  Sport  TV  Weather"]
        after.append(line if slot == "footer" else f"From tape {c.page}")
        _article(p, art, title=title, form=form, above=[head], paragraphs=paras, wrap=39, after=after)


def _ebook(p: _Page) -> None:
    """News downloaded into an e-book and converted to text: masthead with the download date, section lists,
    navigation bars, each article's own date."""
    r = p.rng
    forms = tuple(f.name for f in FORMS if "ebook" in f.styles)
    variant = r.choice(["periodical", "digest"])
    if p.dated:
        _set_capture(p, 2)
        cap = p.capture.date()
        if variant == "periodical":
            p.furniture(f"{p.outlet[0]} [{_wd(cap)[:3]}, {cap.day:02d} {_mon(cap)} {cap.year}]")
        else:
            p.furniture(f"Reading list digest · {_wd(cap)}, {cap.day} {MONTHS['en'][cap.month - 1]} {cap.year}")
    else:
        p.furniture(f"{p.outlet[0]}" if variant == "periodical" else "Reading list digest")
    sections = sorted({r.choice(SECTIONS) for _ in p.articles})
    p.furniture("Sections", *(f"{s} ({r.randint(1, 5)})" for s in sections))
    house = p.house(forms)
    for art in p.articles:
        c = p.ctx(art)
        form, line = p.pick(art.date, c, forms, house)
        above = ["| Next | Section Menu | Main Menu |"] if variant == "periodical" else []
        under = [line] if line else []
        after = (
            [f"This article was downloaded by calibre from https://{c.site}/{c.section}/{c.slug}"]
            if variant == "periodical"
            else []
        )
        _article(p, art, title=headline(art), form=form, above=above, under=under, after=after)
        if variant == "periodical":
            p.furniture("| Next | Previous | Section Menu | Main Menu |")


BUILDERS: dict[str, Callable[[_Page], None]] = {
    "reader": _reader,
    "database": _database,
    "cluster": _cluster,
    "linkboard": _linkboard,
    "podcast": _podcast,
    "transcript": _transcript,
    "hansard": _hansard,
    "wire": _wire,
    "notes": _notes,
    "translated": _translated,
    "shared": _shared,
    "teletext": _teletext,
    "ebook": _ebook,
}


# ------------------------------------------------------------------------------------------------ generation


def _choose(rng: random.Random, articles: list[Article], n: int, span: int = 20) -> list[Article]:
    """``n`` distinct articles from a few weeks of the corpus."""
    n = min(n, len(articles))
    first = rng.choice(articles)
    near = [a for a in articles if a is not first and abs((a.date - first.date).days) <= span]
    rng.shuffle(near)
    chosen = [first] + near[: n - 1]
    while len(chosen) < n:
        chosen.append(rng.choice([a for a in articles if a not in chosen]))
    return chosen


def make_page(rng: random.Random, articles: list[Article], style: str, dated: bool) -> tuple[str, list[GoldSegment]]:
    n = rng.randint(2, 6)
    p = _Page(rng, style, dated, _choose(rng, articles, n), articles, rng.random() < 0.5, rng.choice(OUTLETS))
    BUILDERS[style](p)
    return p.text(), p.gold


def generate(corpus: pathlib.Path, seed: int = 1, count: int = 40) -> list[Page]:
    """``count`` pages, the same for the same corpus and seed: the styles in turn (``TURN``), about one page in
    ten undated."""
    articles = pages.read_articles(pathlib.Path(corpus))
    if len(articles) < 2:
        raise ValueError("the corpus needs at least two dated articles of two paragraphs or more")
    rng = random.Random(f"pages-g/{seed}")
    out = []
    for n in range(count):
        style = TURN[(n + seed) % len(TURN)]
        dated = rng.random() >= 0.1
        text, gold = make_page(rng, articles, style, dated)
        out.append(Page(f"g{n:03d}_{style}", style, text, tuple(gold)))
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
    """``timeline evaluate CORPUS --pages --generator g``: these pages, ``pages``'s scorer and report."""
    return pages.cli(
        corpus, seed, count, errors, as_json, keep, generator=sys.modules[__name__], name="generator g", values=values
    )
