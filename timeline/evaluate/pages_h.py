"""Generator h of development pages: copies of result lists, exports, records and bilingual sites, scored by
``pages.score``.

Written independently of the segmentation and dating rules: only the interface of ``pages.py`` (``Article``,
``GoldSegment``, ``Page``, ``read_articles``, ``write_pages``, the scorer and its ``cli``), the module docstrings of
generators b to g (so that these styles and forms are other ones) and the shape of g's ``generate``,
``make_page`` and ``cli`` and of its test were read. Month and weekday names are written here as data, by hand.
Every name, outlet, agency, site and handle is invented (".example" domains); the corpus's text is only read at
generation time. Each page holds 2 to 6 of the corpus's articles from a few weeks of it (``pages.read_articles``,
whose manifest dates are the truth; a syndicated copy may repeat one), laid out in one of twelve page styles:

``serp``         a search engine's result page saved as text, its interface in English, Indonesian, Brazilian
                 Portuguese, Slovak, Icelandic or Bulgarian: a SingleFile "saved date:" comment (a JavaScript date
                 string) over some, the result count and its seconds, results as "Apr 3, 2009 — snippet …",
                 "3. 4. 2009 — ", "há 4 dias — " (relative only under a saved date that makes it exact), modern
                 results with the site and URL over the title, a featured result with two paragraphs, a "Videos"
                 block with running times and other articles' dates, "People also ask", related searches, the
                 same story from a second site.
``readinglist``  a read-later app's export: Pocket-like cards ("site · April 3rd 2009 · 6 min read", "Saved Mar 12,
                 2016", highlights with their own later dates), Instapaper-like lists ("site | 03/04/2009" in the
                 page's numeric order, "Moved to Archive" dates in the same order), Omnivore-like markdown front
                 matter ("date_saved" years later over "date_published: 2009-04-03T11:22:05.000Z"); the saved
                 text often keeps its site's own header line, in one of 26 languages (the ``hdr-*`` forms).
``factcheck``    fact-check sites in English, Indonesian, Brazilian Portuguese and Albanian: claim and rating lines,
                 "Published: ... | Updated: ..." pairs, a ClaimReview dump ("datePublished: ... · dateModified: ...
                 · reviewRating: 2/5"), a footer "This fact check was published on ... and last reviewed on ..."
                 years later, source lists with other articles' dates, reader comments.
``photodesk``    a picture agency's editorial pages: image numbers, captions "HARBOUR CITY, NORTHLAND - APRIL 03:"
                 (no year: the page heads "Picture desk · Week 14, 2009") and "In this Friday, April 3, 2009 photo,",
                 "Date created:", EXIF "DateTimeOriginal: 2009:04:03 14:22:05", IPTC "20090403 · 142205+0300", file
                 sizes and dimensions, a later "Uploaded" date, similar images with their dates.
``citations``    a reference manager's export, one format a page: RIS ("DA  - 2009/04/03/", "Y2" access dates),
                 BibTeX ("date = {2009-04-03}" or "year/month = apr/day"; "urldate"), EndNote tagged ("%D 2009" and
                 "%8 April 3"), CSL-JSON ("issued": {"date-parts": [[2009, 4, 3]]}), a Zotero-like report ("Date:
                 3/4/2009" in the page's order beside "Date Added" and "Modified"); the text in the abstract field.
``spreadsheet``  a CMS table exported as CSV (quoted multi-line cells, ";" in continental exports) or TSV, column
                 names in one of 15 languages, the date column as "03/04/2009" (order decided only by other rows and
                 the "modified" column, if at all), "03.04.2009", "2009-04-03 14:22:05", an Excel serial ("39906"),
                 Excel's "3-Apr-09", "20090403", an ISO week date ("2009-W14-5") or an ISO ordinal date ("2009-093").
``anthology``    a book of collected articles as text (English, or with its front matter and source notes in Welsh,
                 Icelandic, Galician or Basque): copyright and edition years, an ISBN, a contents list with page
                 numbers, chapter labels, running heads and page numbers between paragraphs, headnotes ("Harbour
                 City, 3 April 2009"), source notes after the text ("First published in ..., 3 April 2009.",
                 "Cyhoeddwyd gyntaf yn ..., 3 Ebrill 2009."), endnotes ("¹ ..., April 3, 2009, p. A12.").
``chronicle``    a chronicle of events: month headings ("Aprill 2009", "2009. gada aprīlis") over day headings
                 with the day only ("Friday 3", "3 (Fri.)", "Piatok 3.") or without the year ("3. aprill, reede",
                 "Петак, 3. април"), or ISO-week headings over weekday-only headings ("Friday", "Reede", "Jumat" —
                 also the Indonesian word for the week's "Minggu"); items on the same day share the heading above the
                 first; a "last updated" footer and links to other months.
``bilingual``    sites of bilingual outlets with their date lines in both languages: Welsh/English, Irish/English,
                 Basque/Spanish, Galician/Spanish, Kazakh/Russian, Tagalog/English, Afrikaans/English, Malay/English,
                 Albanian/Serbian Cyrillic; switchers, paired navigation, "last updated" lines.
``intranet``     intranet news (SharePoint-like) in English (US or UK numeric order), Slovak, Slovenian, Estonian,
                 Latvian, Brazilian Portuguese, Indonesian, Bulgarian or Azerbaijani: "Created ... by" with a later
                 "Modified" in the same format, a year-less "Published Friday, April 3" under a "News archive · 2009"
                 heading, view and like counts, a news rollup with other items' dates, comments.
``paste``        a paste site's pages: pastebin-like "GUEST · APR 3RD, 2009 · 1,244 · NEVER", dpaste-like "Created
                 April 3, 2009, 2:22 p.m. · Expires ..." (AP-style months: "Sept. 3"), "Posted by x on Fri 3rd Apr
                 2009 14:22", a JavaScript "Fri Apr 03 2009 14:22:05 GMT+0300 (Eastern European Summer Time)";
                 pastes made days later whose
                 text opens with its source's header ("(The Harbour Ledger, 3 Apr 2009)", a site's own date line,
                 a pasted e-mail with an RFC 822 "Date: Fri, 3 Apr 09 14:22:05 EDT"); a sidebar of pastes "3 min ago".
``advisory``     advisories of agencies: IDs with a year, "Issued: 14:22 UTC Fri 03 Apr 2009", "Initial release: ...
                 | Last revised: ... | Version 1.1", "Current release date" above "Initial release date", a military
                 date-time group "DTG 031422Z APR 09" with a "CANCEL" group days later, Latvian "2009. gada 3. aprīlī
                 plkst. 14:22", Estonian, Slovak, Georgian and Armenian issue lines; "Valid until" dates, revision
                 histories with later revisions.

``FORMS`` lists every header/byline/stamp form (``Form``: name, language, styles, writer, example for
``EXAMPLE_DATE`` and ``EXAMPLE_CTX``, what it ``needs`` — nothing, the page's numeric ``order``, a stated
``capture`` for relative stamps, a stated ``year``, ``month`` or ISO ``week`` — and its ``slot``). Month and weekday
names are written here for every language of ``LANGUAGES`` (26, and Spanish and Russian for the second halves of
bilingual lines), with Bengali and Urdu digits and the Bengali calendar (Bangabda, as revised in 1987) beside the
Gregorian date. Pages take the styles in turn; a page's site writes one form (its "house" form) for most
articles; read-later and paste pages take each saved text's own header form in turn.

Traps written into the pages: "Updated"/"Atualizado"/"Diperbarui"/"Modified"/"Last revised"/"dateModified"
dates after the true one, saved, accessed, highlighted, uploaded, exported and reviewed dates years later, a
search page's saved date, expiry and "valid until" dates, revision histories, other articles' dates in video
blocks, source lists, rollups and similar-image lists, reader comments with later dates, durations, running times,
reading times, image sizes, file sizes, view counts, copyright and edition years, ISBNs, IDs with a year, page
numbers, Excel serials and ordinals that look like counts.

Gold (``pages.GoldSegment``):

* ``start`` is the line a segment start must reach: a result's, card's, item's or article's title line; a
  record's first line (RIS "TY", BibTeX "@article{", EndNote "%0", a CSL-JSON object's "{", a CSV row); the
  "title:" line of a front matter. Lines above it that belong to neither alone (site and URL lines over a modern
  result, image numbers, chapter labels, section labels, day, month and week headings, a front matter's opening
  lines) lie between ``zone`` and ``start``: a predicted start there counts.
* ``zone`` is the end of the previous segment: its text and the lines that belong to it (highlights, sources,
  notes, revision histories, "Uploaded" lines, "Read on" lines). Share bars, rollups, sidebars and separators after
  it lie in the zone.
* ``body`` is the offset of the article's first paragraph as the page writes it (after a snippet's date prefix,
  inside a quoted CSV cell, after "AB  - ", "abstract = {", "%X ", '"abstract": "').
* ``kind``: ``article``, or ``comments`` for reader comment blocks (``date`` None, not scored).
* ``date``: the manifest date. A segment's stamp states that date in the page's local time; relatively only on a
  page that states when it was saved and only while that names the day exactly; without the year only under a
  heading that states it (the month for day-only headings, the ISO week for weekday-only ones). On undated pages
  (about one in ten) the text states no date at all; the gold keeps the manifest date with form ``none``.
* ``form``: the name of the form in ``FORMS`` that dates the segment (``+syndicated`` for a second copy of an
  article, ``none`` when it states no date, ``comments`` for comment blocks).
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import pathlib
import random
import re
import sys
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, replace

from . import pages
from .pages import Article, GoldSegment, Page

# ------------------------------------------------------------------------------------------------ languages
# Month names as a date writes them (genitive or locative where the language declines them in dates), weekdays
# from Monday. Written for this module.

MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "id": (
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ),
    "ms": (
        "Januari",
        "Februari",
        "Mac",
        "April",
        "Mei",
        "Jun",
        "Julai",
        "Ogos",
        "September",
        "Oktober",
        "November",
        "Disember",
    ),
    "sk": (
        "januára",
        "februára",
        "marca",
        "apríla",
        "mája",
        "júna",
        "júla",
        "augusta",
        "septembra",
        "októbra",
        "novembra",
        "decembra",
    ),
    "sl": (
        "januarja",
        "februarja",
        "marca",
        "aprila",
        "maja",
        "junija",
        "julija",
        "avgusta",
        "septembra",
        "oktobra",
        "novembra",
        "decembra",
    ),
    "et": (
        "jaanuar",
        "veebruar",
        "märts",
        "aprill",
        "mai",
        "juuni",
        "juuli",
        "august",
        "september",
        "oktoober",
        "november",
        "detsember",
    ),
    "lv": (
        "janvāris",
        "februāris",
        "marts",
        "aprīlis",
        "maijs",
        "jūnijs",
        "jūlijs",
        "augusts",
        "septembris",
        "oktobris",
        "novembris",
        "decembris",
    ),
    "pt": (
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ),
    "is": (
        "janúar",
        "febrúar",
        "mars",
        "apríl",
        "maí",
        "júní",
        "júlí",
        "ágúst",
        "september",
        "október",
        "nóvember",
        "desember",
    ),
    "sq": (
        "janar",
        "shkurt",
        "mars",
        "prill",
        "maj",
        "qershor",
        "korrik",
        "gusht",
        "shtator",
        "tetor",
        "nëntor",
        "dhjetor",
    ),
    "cy": (
        "Ionawr",
        "Chwefror",
        "Mawrth",
        "Ebrill",
        "Mai",
        "Mehefin",
        "Gorffennaf",
        "Awst",
        "Medi",
        "Hydref",
        "Tachwedd",
        "Rhagfyr",
    ),
    "eu": (
        "urtarrilaren",
        "otsailaren",
        "martxoaren",
        "apirilaren",
        "maiatzaren",
        "ekainaren",
        "uztailaren",
        "abuztuaren",
        "irailaren",
        "urriaren",
        "azaroaren",
        "abenduaren",
    ),
    "gl": (
        "xaneiro",
        "febreiro",
        "marzo",
        "abril",
        "maio",
        "xuño",
        "xullo",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "decembro",
    ),
    "bg": (
        "януари",
        "февруари",
        "март",
        "април",
        "май",
        "юни",
        "юли",
        "август",
        "септември",
        "октомври",
        "ноември",
        "декември",
    ),
    "sr": (
        "јануар",
        "фебруар",
        "март",
        "април",
        "мај",
        "јун",
        "јул",
        "август",
        "септембар",
        "октобар",
        "новембар",
        "децембар",
    ),
    "kk": (
        "қаңтар",
        "ақпан",
        "наурыз",
        "сәуір",
        "мамыр",
        "маусым",
        "шілде",
        "тамыз",
        "қыркүйек",
        "қазан",
        "қараша",
        "желтоқсан",
    ),
    "az": (
        "yanvar",
        "fevral",
        "mart",
        "aprel",
        "may",
        "iyun",
        "iyul",
        "avqust",
        "sentyabr",
        "oktyabr",
        "noyabr",
        "dekabr",
    ),
    "ka": (
        "იანვარი",
        "თებერვალი",
        "მარტი",
        "აპრილი",
        "მაისი",
        "ივნისი",
        "ივლისი",
        "აგვისტო",
        "სექტემბერი",
        "ოქტომბერი",
        "ნოემბერი",
        "დეკემბერი",
    ),
    "hy": (
        "հունվարի",
        "փետրվարի",
        "մարտի",
        "ապրիլի",
        "մայիսի",
        "հունիսի",
        "հուլիսի",
        "օգոստոսի",
        "սեպտեմբերի",
        "հոկտեմբերի",
        "նոյեմբերի",
        "դեկտեմբերի",
    ),
    "bn": (
        "জানুয়ারি",
        "ফেব্রুয়ারি",
        "মার্চ",
        "এপ্রিল",
        "মে",
        "জুন",
        "জুলাই",
        "আগস্ট",
        "সেপ্টেম্বর",
        "অক্টোবর",
        "নভেম্বর",
        "ডিসেম্বর",
    ),
    "ta": (
        "ஜனவரி",
        "பிப்ரவரி",
        "மார்ச்",
        "ஏப்ரல்",
        "மே",
        "ஜூன்",
        "ஜூலை",
        "ஆகஸ்ட்",
        "செப்டம்பர்",
        "அக்டோபர்",
        "நவம்பர்",
        "டிசம்பர்",
    ),
    "ur": ("جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر"),
    "tl": (
        "Enero",
        "Pebrero",
        "Marso",
        "Abril",
        "Mayo",
        "Hunyo",
        "Hulyo",
        "Agosto",
        "Setyembre",
        "Oktubre",
        "Nobyembre",
        "Disyembre",
    ),
    "ga": (
        "Eanáir",
        "Feabhra",
        "Márta",
        "Aibreán",
        "Bealtaine",
        "Meitheamh",
        "Iúil",
        "Lúnasa",
        "Meán Fómhair",
        "Deireadh Fómhair",
        "Samhain",
        "Nollaig",
    ),
    "af": (
        "Januarie",
        "Februarie",
        "Maart",
        "April",
        "Mei",
        "Junie",
        "Julie",
        "Augustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ),
    "mn": (
        "нэгдүгээр сар",
        "хоёрдугаар сар",
        "гуравдугаар сар",
        "дөрөвдүгээр сар",
        "тавдугаар сар",
        "зургаадугаар сар",
        "долоодугаар сар",
        "наймдугаар сар",
        "есдүгээр сар",
        "аравдугаар сар",
        "арван нэгдүгээр сар",
        "арван хоёрдугаар сар",
    ),
    "es": (
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
    ),
    "ru": (
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
    ),
}
WEEKDAYS: dict[str, tuple[str, ...]] = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "id": ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"),
    "ms": ("Isnin", "Selasa", "Rabu", "Khamis", "Jumaat", "Sabtu", "Ahad"),
    "sk": ("pondelok", "utorok", "streda", "štvrtok", "piatok", "sobota", "nedeľa"),
    "sl": ("ponedeljek", "torek", "sreda", "četrtek", "petek", "sobota", "nedelja"),
    "et": ("esmaspäev", "teisipäev", "kolmapäev", "neljapäev", "reede", "laupäev", "pühapäev"),
    "lv": ("pirmdiena", "otrdiena", "trešdiena", "ceturtdiena", "piektdiena", "sestdiena", "svētdiena"),
    "pt": ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"),
    "is": ("mánudagur", "þriðjudagur", "miðvikudagur", "fimmtudagur", "föstudagur", "laugardagur", "sunnudagur"),
    "sq": ("e hënë", "e martë", "e mërkurë", "e enjte", "e premte", "e shtunë", "e diel"),
    "cy": ("Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau", "Dydd Gwener", "Dydd Sadwrn", "Dydd Sul"),
    "eu": ("astelehena", "asteartea", "asteazkena", "osteguna", "ostirala", "larunbata", "igandea"),
    "gl": ("luns", "martes", "mércores", "xoves", "venres", "sábado", "domingo"),
    "bg": ("понеделник", "вторник", "сряда", "четвъртък", "петък", "събота", "неделя"),
    "sr": ("понедељак", "уторак", "среда", "четвртак", "петак", "субота", "недеља"),
    "kk": ("дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі"),
    "az": ("bazar ertəsi", "çərşənbə axşamı", "çərşənbə", "cümə axşamı", "cümə", "şənbə", "bazar"),
    "ka": ("ორშაბათი", "სამშაბათი", "ოთხშაბათი", "ხუთშაბათი", "პარასკევი", "შაბათი", "კვირა"),
    "hy": ("երկուշաբթի", "երեքշաբթի", "չորեքշաբթի", "հինգշաբթի", "ուրբաթ", "շաբաթ", "կիրակի"),
    "bn": ("সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার", "রবিবার"),
    "ta": ("திங்கள்", "செவ்வாய்", "புதன்", "வியாழன்", "வெள்ளி", "சனி", "ஞாயிறு"),
    "ur": ("پیر", "منگل", "بدھ", "جمعرات", "جمعہ", "ہفتہ", "اتوار"),
    "tl": ("Lunes", "Martes", "Miyerkules", "Huwebes", "Biyernes", "Sabado", "Linggo"),
    "ga": ("Dé Luain", "Dé Máirt", "Dé Céadaoin", "Déardaoin", "Dé hAoine", "Dé Sathairn", "Dé Domhnaigh"),
    "af": ("Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrydag", "Saterdag", "Sondag"),
    "mn": ("даваа", "мягмар", "лхагва", "пүрэв", "баасан", "бямба", "ням"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "ru": ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"),
}
#: Other cases and abbreviations a page writes.
EN_SHORT = tuple(m[:3] for m in MONTHS["en"])
EN_AP = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
ID_SHORT = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
PT_SHORT = ("jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez.")
IS_SHORT = ("jan.", "feb.", "mar.", "apr.", "maí", "jún.", "júl.", "ágú.", "sep.", "okt.", "nóv.", "des.")
SK_NOMINATIVE = (
    "január",
    "február",
    "marec",
    "apríl",
    "máj",
    "jún",
    "júl",
    "august",
    "september",
    "október",
    "november",
    "december",
)
SL_NOMINATIVE = (
    "januar",
    "februar",
    "marec",
    "april",
    "maj",
    "junij",
    "julij",
    "avgust",
    "september",
    "oktober",
    "november",
    "december",
)
LV_LOCATIVE = (
    "janvārī",
    "februārī",
    "martā",
    "aprīlī",
    "maijā",
    "jūnijā",
    "jūlijā",
    "augustā",
    "septembrī",
    "oktobrī",
    "novembrī",
    "decembrī",
)
BN_CALENDAR = ("বৈশাখ", "জ্যৈষ্ঠ", "আষাঢ়", "শ্রাবণ", "ভাদ্র", "আশ্বিন", "কার্তিক", "অগ্রহায়ণ", "পৌষ", "মাঘ", "ফাল্গুন", "চৈত্র")
BENGALI_DIGITS = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
URDU_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
LANGUAGE_NAMES = {
    "en": "English",
    "id": "Indonesian",
    "ms": "Malay",
    "sk": "Slovak",
    "sl": "Slovenian",
    "et": "Estonian",
    "lv": "Latvian",
    "pt": "Brazilian Portuguese",
    "is": "Icelandic",
    "sq": "Albanian",
    "cy": "Welsh",
    "eu": "Basque",
    "gl": "Galician",
    "bg": "Bulgarian",
    "sr": "Serbian (Cyrillic)",
    "kk": "Kazakh",
    "az": "Azerbaijani",
    "ka": "Georgian",
    "hy": "Armenian",
    "bn": "Bengali",
    "ta": "Tamil",
    "ur": "Urdu",
    "tl": "Tagalog",
    "ga": "Irish",
    "af": "Afrikaans",
    "mn": "Mongolian",
    "es": "Spanish",
    "ru": "Russian",
}

# ------------------------------------------------------------------------------------------------ invented names

OUTLETS = (
    ("The Harbour Ledger", "harbourledger.example"),
    ("Northgate Courier", "northgatecourier.example"),
    ("Valley Evening Post", "valleypost.example"),
    ("The Meridian Times", "meridiantimes.example"),
    ("Coastline Daily", "coastlinedaily.example"),
    ("Riverbend Gazette", "riverbendgazette.example"),
    ("Kestrel News", "kestrelnews.example"),
    ("The Lantern Review", "lanternreview.example"),
)
PEOPLE = (
    "Mira Castellanos",
    "Tobias Rennert",
    "Ines Halvorsen",
    "Kwame Adjei-Brook",
    "Lotte Vranken",
    "Arjun Pillai",
    "Soraya Medhi",
    "Piet Olander",
    "Dana Whitcombe",
    "Nika Zorić",
    "Eamon Fitzkerry",
    "Rhiannon Pryce",
    "Bora Kaltrina",
    "Aigerim Sadykova",
    "Teodor Vasilev",
    "Leilani Cruzado",
)
HANDLES = ("nightjar", "quillfox", "saltmarsh", "ferrous", "lowlander", "copperbeech", "tidewatch", "wrenfield")
CITIES = (
    ("Harbour City", "Northland"),
    ("Eastvale", "Ridings"),
    ("Port Allery", "Southmark"),
    ("Kingsmere", "Westfold"),
    ("Lowmoor", "Fenshire"),
)
AGENCIES = ("Northlight Images", "Quayside Photo", "Lumen Press Pictures")
ENGINES = (("Findwell", "findwell.example"), ("Seekstone", "seekstone.example"), ("Lookabout", "lookabout.example"))


# ------------------------------------------------------------------------------------------------ context


@dataclass(frozen=True)
class Ctx:
    """What a form needs besides the date: the page's numeric order, what the page states (when it was saved, the
    year, the month, the ISO week), a time of day, later dates, names."""

    day_first: bool = True
    capture: dt.datetime | None = None
    year: int | None = None
    month: tuple[int, int] | None = None
    week: tuple[int, int] | None = None
    hour: int = 14
    minute: int = 22
    second: int = 5
    later: dt.date = dt.date(2009, 4, 9)  # an update or a revision
    saved: dt.date = dt.date(2016, 11, 14)  # saved, accessed, reviewed years later
    name: str = "Mira Castellanos"
    handle: str = "nightjar"
    outlet: str = "The Harbour Ledger"
    site: str = "harbourledger.example"
    city: str = "Harbour City"
    region: str = "Northland"
    minutes: int = 6  # reading time
    views: int = 1244
    page: str = "A12"


EXAMPLE_DATE = dt.date(2009, 4, 3)  # a Friday
EXAMPLE_CTX = Ctx()
EXAMPLE_CAPTURE = dt.datetime(2009, 4, 7, 21, 40, 12)  # a Tuesday: four days later


def _hm(c: Ctx, sep: str = ":") -> str:
    return f"{c.hour:02d}{sep}{c.minute:02d}"


def _later_hm(c: Ctx, sep: str = ":") -> str:
    return f"{(c.hour + 7) % 24:02d}{sep}{(c.minute + 37) % 60:02d}"


def _ampm(h: int, m: int, style: str = "PM") -> str:
    half = "AM" if h < 12 else "PM"
    if style == "p.m.":
        half = "a.m." if h < 12 else "p.m."
    return f"{(h - 1) % 12 + 1}:{m:02d} {half}"


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _num(d: dt.date, c: Ctx, sep: str = "/", pad: bool = True, year: int = 4) -> str:
    a, b = (d.day, d.month) if c.day_first else (d.month, d.day)
    y = f"{d.year}" if year == 4 else f"{d.year % 100:02d}"
    return f"{a:02d}{sep}{b:02d}{sep}{y}" if pad else f"{a}{sep}{b}{sep}{y}"


def _en(d: dt.date) -> str:
    return f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}"


def _en_dmy(d: dt.date) -> str:
    return f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}"


def _wd(d: dt.date, lang: str = "en") -> str:
    return WEEKDAYS[lang][d.weekday()]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _last_sunday(year: int, month: int) -> dt.date:
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.weekday() + 1) % 7)


def _nth_sunday(year: int, month: int, n: int) -> dt.date:
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))


def _eu_summer(d: dt.date) -> bool:
    return _last_sunday(d.year, 3) <= d < _last_sunday(d.year, 10)


def _us_summer(d: dt.date) -> bool:
    if d.year >= 2007:
        return _nth_sunday(d.year, 3, 2) <= d < _nth_sunday(d.year, 11, 1)
    return _nth_sunday(d.year, 4, 1) <= d < _last_sunday(d.year, 10)


def _js_date(t: dt.datetime) -> str:
    """A browser's ``Date.toString()`` in an Eastern European zone."""
    summer = _eu_summer(t.date())
    zone = "GMT+0300 (Eastern European Summer Time)" if summer else "GMT+0200 (Eastern European Standard Time)"
    return f"{_wd(t.date())[:3]} {EN_SHORT[t.month - 1]} {t.day:02d} {t.year} {t:%H:%M:%S} {zone}"


def _bangabda(d: dt.date) -> tuple[int, int, int]:
    """The Bengali calendar as revised in Bangladesh in 1987: year, month (1 = Boishakh), day."""
    first_year = d.year if d >= dt.date(d.year, 4, 14) else d.year - 1
    n = (d - dt.date(first_year, 4, 14)).days
    lengths = (31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 31 if calendar.isleap(first_year + 1) else 30, 30)
    for month, length in enumerate(lengths, 1):
        if n < length:
            return first_year - 593, month, n + 1
        n -= length
    raise ValueError(d)  # pragma: no cover


def _relative_days(d: dt.date, c: Ctx) -> int | None:
    if c.capture is None:
        return None
    days = (c.capture.date() - d).days
    return days if 1 <= days <= 6 else None


# ------------------------------------------------------------------------------------------------ forms

Writer = Callable[[dt.date, Ctx], "str | None"]


@dataclass(frozen=True)
class Form:
    name: str
    lang: str
    styles: tuple[str, ...]
    writer: Writer
    example: str
    needs: str = ""  # "", "order", "capture", "year", "month", "week"
    slot: str = "header"  # above, header, meta, snippet, caption, footer, cell, heading, content

    def write(self, d: dt.date, c: Ctx) -> str | None:
        """The stamp for ``d``, or None when the page does not state what the form needs."""
        if self.needs == "capture" and _relative_days(d, c) is None:
            return None
        if self.needs == "year" and c.year != d.year:
            return None
        if self.needs == "month" and c.month != (d.year, d.month):
            return None
        if self.needs == "week" and c.week != tuple(d.isocalendar())[:2]:
            return None
        return self.writer(d, c)


def _ago(lang: str) -> Writer:
    words = {
        "en": lambda n: f"{n} day ago" if n == 1 else f"{n} days ago",
        "id": lambda n: f"{n} hari yang lalu",
        "pt": lambda n: f"há {n} dia" if n == 1 else f"há {n} dias",
        "sk": lambda n: f"pred {n} dňom" if n == 1 else f"pred {n} dňami",
        "is": lambda n: f"fyrir {n} degi" if n == 1 else f"fyrir {n} dögum",
        "bg": lambda n: f"преди {n} ден" if n == 1 else f"преди {n} дни",
    }[lang]

    def write(d: dt.date, c: Ctx) -> str | None:
        n = _relative_days(d, c)
        return None if n is None else words(n)

    return write


def _sp(lang: str, modified: bool = False) -> Writer:
    """An intranet page's "Created"/"Modified" line in a locale."""

    def write(d: dt.date, c: Ctx) -> str:
        h, m = ((c.hour + 7) % 24, (c.minute + 37) % 60) if modified else (c.hour, c.minute)
        if lang == "en":
            label = "Modified" if modified else "Created"
            when = f"{_num(d, c)} {h:02d}:{m:02d}" if c.day_first else f"{_num(d, c, pad=False)} {_ampm(h, m)}"
            return f"{label} {when} by {c.name}"
        if lang == "sk":
            return f"{'Zmenené' if modified else 'Vytvorené'}: {d.day}. {d.month}. {d.year} {h:02d}:{m:02d}, autor: {c.name}"
        if lang == "sl":
            return f"{'Spremenjeno' if modified else 'Ustvarjeno'}: {d.day}. {d.month}. {d.year} ob {h:02d}.{m:02d}"
        if lang == "et":
            return f"{'Muudetud' if modified else 'Loodud'}: {d.day}.{d.month:02d}.{d.year} {h:02d}:{m:02d}"
        if lang == "lv":
            return f"{'Modificēts' if modified else 'Izveidots'}: {d.day:02d}.{d.month:02d}.{d.year} {h:02d}:{m:02d}"
        if lang == "pt":
            return f"{'Modificado' if modified else 'Criado'} em {d.day:02d}/{d.month:02d}/{d.year} {h:02d}:{m:02d} por {c.name}"
        if lang == "id":
            return f"{'Diubah' if modified else 'Dibuat'} {d.day:02d}/{d.month:02d}/{d.year} pukul {h:02d}.{m:02d} oleh {c.name}"
        if lang == "bg":
            return f"{'Променено' if modified else 'Създадено'} на {d.day}.{d.month}.{d.year} г. в {h:02d}:{m:02d} от {c.name}"
        return f"{'Dəyişdirilib' if modified else 'Yaradılıb'}: {d.day:02d}.{d.month:02d}.{d.year} {h:02d}:{m:02d} · Müəllif: {c.name}"

    return write


def _w_bn_dual(d: dt.date, c: Ctx) -> str:
    y, m, day = _bangabda(d)
    text = f"{_wd(d, 'bn')}, {d.day} {MONTHS['bn'][d.month - 1]} {d.year}, {day} {BN_CALENDAR[m - 1]} {y}"
    return text.translate(BENGALI_DIGITS)


def _w_paste_caps(d: dt.date, c: Ctx) -> str:
    return f"GUEST · {EN_SHORT[d.month - 1].upper()} {_ordinal(d.day).upper()}, {d.year} · {c.views:,} · NEVER"


def _w_dpaste(d: dt.date, c: Ctx) -> str:
    e = d + dt.timedelta(days=7)
    t = _ampm(c.hour, c.minute, "p.m.")
    return f"Created {EN_AP[d.month - 1]} {d.day}, {d.year}, {t} · Expires {EN_AP[e.month - 1]} {e.day}, {e.year}, {t}"


def _w_rfc822(d: dt.date, c: Ctx) -> str:
    zone = "EDT" if _us_summer(d) else "EST"
    return f"Date: {_wd(d)[:3]}, {d.day} {EN_SHORT[d.month - 1]} {d.year % 100:02d} {_hm(c)}:{c.second:02d} {zone}"


def _w_jsdate(d: dt.date, c: Ctx) -> str:
    return "Created: " + _js_date(dt.datetime(d.year, d.month, d.day, c.hour, c.minute, c.second))


def _w_dtg(d: dt.date, c: Ctx) -> str:
    return f"DTG {d.day:02d}{_hm(c, '')}Z {EN_SHORT[d.month - 1].upper()} {d.year % 100:02d}"


def _w_iptc(d: dt.date, c: Ctx) -> str:
    zone = "+0300" if _eu_summer(d) else "+0200"
    return f"IPTC Date Created: {d:%Y%m%d} · Time Created: {_hm(c, '')}{c.second:02d}{zone}"


def _w_omnivore(d: dt.date, c: Ctx) -> str:
    return f"date_published: {d.isoformat()}T{c.hour - 3:02d}:{c.minute:02d}:{c.second:02d}.000Z"


def _w_zotero(d: dt.date, c: Ctx) -> str:
    return f"Date: {_num(d, c, pad=False)}"


SERP = ("serp",)
RL = ("readinglist",)
FC = ("factcheck",)
PH = ("photodesk",)
CI = ("citations",)
SH = ("spreadsheet",)
AN = ("anthology",)
CH = ("chronicle",)
BI = ("bilingual",)
IN = ("intranet",)
PA = ("paste",)
AD = ("advisory",)
HDR = ("readinglist", "paste")  # a saved or pasted text's own header line

FORMS: tuple[Form, ...] = (
    # ---- search results: the date before a snippet
    Form(
        "serp-en", "en", SERP, lambda d, c: f"{EN_SHORT[d.month - 1]} {d.day}, {d.year}", "Apr 3, 2009", slot="snippet"
    ),
    Form("serp-id", "id", SERP, lambda d, c: f"{d.day} {ID_SHORT[d.month - 1]} {d.year}", "3 Apr 2009", slot="snippet"),
    Form(
        "serp-ptbr",
        "pt",
        SERP,
        lambda d, c: f"{d.day} de {PT_SHORT[d.month - 1]} de {d.year}",
        "3 de abr. de 2009",
        slot="snippet",
    ),
    Form("serp-sk", "sk", SERP, lambda d, c: f"{d.day}. {d.month}. {d.year}", "3. 4. 2009", slot="snippet"),
    Form(
        "serp-is", "is", SERP, lambda d, c: f"{d.day}. {IS_SHORT[d.month - 1]} {d.year}", "3. apr. 2009", slot="snippet"
    ),
    Form("serp-bg", "bg", SERP, lambda d, c: f"{d.day}.{d.month:02d}.{d.year} г.", "3.04.2009 г.", slot="snippet"),
    Form("serp-ago-en", "en", SERP, _ago("en"), "4 days ago", needs="capture", slot="snippet"),
    Form("serp-ago-id", "id", SERP, _ago("id"), "4 hari yang lalu", needs="capture", slot="snippet"),
    Form("serp-ago-ptbr", "pt", SERP, _ago("pt"), "há 4 dias", needs="capture", slot="snippet"),
    Form("serp-ago-sk", "sk", SERP, _ago("sk"), "pred 4 dňami", needs="capture", slot="snippet"),
    Form("serp-ago-is", "is", SERP, _ago("is"), "fyrir 4 dögum", needs="capture", slot="snippet"),
    Form("serp-ago-bg", "bg", SERP, _ago("bg"), "преди 4 дни", needs="capture", slot="snippet"),
    # ---- read-later exports
    Form(
        "rl-source-ordinal",
        "en",
        RL,
        lambda d, c: f"{c.site} · {MONTHS['en'][d.month - 1]} {_ordinal(d.day)} {d.year} · {c.minutes} min read",
        "harbourledger.example · April 3rd 2009 · 6 min read",
    ),
    Form(
        "rl-numeric", "en", RL, lambda d, c: f"{c.site} | {_num(d, c)}", "harbourledger.example | 03/04/2009", "order"
    ),
    Form("rl-omnivore", "en", RL, _w_omnivore, "date_published: 2009-04-03T11:22:05.000Z", slot="meta"),
    # ---- fact checks
    Form(
        "fc-pub-upd",
        "en",
        FC,
        lambda d, c: f"Published: {_en(d)} | Updated: {_en(c.later)}",
        "Published: April 3, 2009 | Updated: April 9, 2009",
    ),
    Form(
        "fc-footer",
        "en",
        FC,
        lambda d, c: f"This fact check was published on {_en_dmy(d)} and last reviewed on {_en_dmy(c.saved)}.",
        "This fact check was published on 3 April 2009 and last reviewed on 14 November 2016.",
        slot="footer",
    ),
    Form(
        "fc-claimreview",
        "en",
        FC,
        lambda d, c: f"datePublished: {d.isoformat()} · dateModified: {c.later.isoformat()} · reviewRating: 2/5",
        "datePublished: 2009-04-03 · dateModified: 2009-04-09 · reviewRating: 2/5",
        slot="meta",
    ),
    Form(
        "fc-id",
        "id",
        FC,
        lambda d, c: f"Cek Fakta · {_wd(d, 'id')}, {d.day} {MONTHS['id'][d.month - 1]} {d.year} {_hm(c)} WIB",
        "Cek Fakta · Jumat, 3 April 2009 14:22 WIB",
    ),
    Form(
        "fc-ptbr",
        "pt",
        FC,
        lambda d, c: (
            f"Publicado em {d:%d/%m/%Y} às {_hm(c, 'h')} · Atualizado em {c.later:%d/%m/%Y} às {_later_hm(c, 'h')}"
        ),
        "Publicado em 03/04/2009 às 14h22 · Atualizado em 09/04/2009 às 21h59",
    ),
    Form(
        "fc-sq",
        "sq",
        FC,
        lambda d, c: f"Publikuar më: {d:%d.%m.%Y} - {_hm(c)} | Përditësuar: {c.later:%d.%m.%Y} - {_later_hm(c)}",
        "Publikuar më: 03.04.2009 - 14:22 | Përditësuar: 09.04.2009 - 21:59",
    ),
    # ---- picture desk
    Form(
        "photo-caption-yearless",
        "en",
        PH,
        lambda d, c: f"{c.city.upper()}, {c.region.upper()} - {MONTHS['en'][d.month - 1].upper()} {d.day:02d}:",
        "HARBOUR CITY, NORTHLAND - APRIL 03:",
        "year",
        "caption",
    ),
    Form(
        "photo-date-created",
        "en",
        PH,
        lambda d, c: f"Date created: {MONTHS['en'][d.month - 1]} {d.day:02d}, {d.year}",
        "Date created: April 03, 2009",
        slot="meta",
    ),
    Form(
        "photo-exif",
        "en",
        PH,
        lambda d, c: f"DateTimeOriginal: {d:%Y:%m:%d} {_hm(c)}:{c.second:02d}",
        "DateTimeOriginal: 2009:04:03 14:22:05",
        slot="meta",
    ),
    Form(
        "photo-ap-in-this",
        "en",
        PH,
        lambda d, c: f"In this {_wd(d)}, {_en(d)} photo,",
        "In this Friday, April 3, 2009 photo,",
        slot="caption",
    ),
    Form("photo-iptc", "en", PH, _w_iptc, "IPTC Date Created: 20090403 · Time Created: 142205+0300", slot="meta"),
    # ---- reference-manager exports
    Form("ris-da", "en", CI, lambda d, c: f"DA  - {d:%Y/%m/%d}/", "DA  - 2009/04/03/", slot="meta"),
    Form("bibtex-date", "en", CI, lambda d, c: f"  date = {{{d.isoformat()}}},", "  date = {2009-04-03},", slot="meta"),
    Form(
        "bibtex-month-day",
        "en",
        CI,
        lambda d, c: f"  year = {{{d.year}}},\n  month = {EN_SHORT[d.month - 1].lower()},\n  day = {{{d.day}}},",
        "  year = {2009},\n  month = apr,\n  day = {3},",
        slot="meta",
    ),
    Form(
        "endnote-d8",
        "en",
        CI,
        lambda d, c: f"%D {d.year}\n%8 {MONTHS['en'][d.month - 1]} {d.day}",
        "%D 2009\n%8 April 3",
        slot="meta",
    ),
    Form(
        "csl-issued",
        "en",
        CI,
        lambda d, c: f'"issued": {{"date-parts": [[{d.year}, {d.month}, {d.day}]]}},',
        '"issued": {"date-parts": [[2009, 4, 3]]},',
        slot="meta",
    ),
    Form("zotero-report", "en", CI, _w_zotero, "Date: 3/4/2009", "order", "meta"),
    # ---- spreadsheet cells
    Form("csv-numeric", "en", SH, lambda d, c: _num(d, c), "03/04/2009", "order", "cell"),
    Form("csv-dotted", "sl", SH, lambda d, c: f"{d:%d.%m.%Y}", "03.04.2009", slot="cell"),
    Form(
        "csv-iso-datetime",
        "en",
        SH,
        lambda d, c: f"{d.isoformat()} {_hm(c)}:{c.second:02d}",
        "2009-04-03 14:22:05",
        slot="cell",
    ),
    Form("csv-excel-serial", "en", SH, lambda d, c: str((d - dt.date(1899, 12, 30)).days), "39906", slot="cell"),
    Form(
        "csv-excel-dmmmyy",
        "en",
        SH,
        lambda d, c: f"{d.day}-{EN_SHORT[d.month - 1]}-{d.year % 100:02d}",
        "3-Apr-09",
        slot="cell",
    ),
    Form("tsv-compact", "en", SH, lambda d, c: f"{d:%Y%m%d}", "20090403", slot="cell"),
    Form(
        "tsv-isoweek",
        "en",
        SH,
        lambda d, c: "{}-W{:02d}-{}".format(*d.isocalendar()),
        "2009-W14-5",
        slot="cell",
    ),
    Form("tsv-ordinal", "en", SH, lambda d, c: f"{d.year}-{d.timetuple().tm_yday:03d}", "2009-093", slot="cell"),
    # ---- anthologies
    Form("anth-headnote", "en", AN, lambda d, c: f"{c.city}, {_en_dmy(d)}", "Harbour City, 3 April 2009"),
    Form(
        "anth-written",
        "en",
        AN,
        lambda d, c: f"— Written {_wd(d)}, {_en(d)}",
        "— Written Friday, April 3, 2009",
        slot="footer",
    ),
    Form(
        "anth-source-note",
        "en",
        AN,
        lambda d, c: f"First published in {c.outlet}, {_en_dmy(d)}.",
        "First published in The Harbour Ledger, 3 April 2009.",
        slot="footer",
    ),
    Form(
        "anth-endnote",
        "en",
        AN,
        lambda d, c: f"¹ {c.outlet}, {_en(d)}, p. {c.page}.",
        "¹ The Harbour Ledger, April 3, 2009, p. A12.",
        slot="footer",
    ),
    Form(
        "anth-cy",
        "cy",
        AN,
        lambda d, c: f"Cyhoeddwyd gyntaf yn {c.outlet}, {d.day} {MONTHS['cy'][d.month - 1]} {d.year}.",
        "Cyhoeddwyd gyntaf yn The Harbour Ledger, 3 Ebrill 2009.",
        slot="footer",
    ),
    Form(
        "anth-is",
        "is",
        AN,
        lambda d, c: f"Birtist fyrst í {c.outlet} {d.day}. {MONTHS['is'][d.month - 1]} {d.year}.",
        "Birtist fyrst í The Harbour Ledger 3. apríl 2009.",
        slot="footer",
    ),
    Form(
        "anth-gl",
        "gl",
        AN,
        lambda d, c: f"Publicado orixinalmente en {c.outlet} o {d.day} de {MONTHS['gl'][d.month - 1]} de {d.year}.",
        "Publicado orixinalmente en The Harbour Ledger o 3 de abril de 2009.",
        slot="footer",
    ),
    Form(
        "anth-eu",
        "eu",
        AN,
        lambda d, c: f"{c.outlet} egunkarian argitaratua, {d.year}ko {MONTHS['eu'][d.month - 1]} {d.day}an.",
        "The Harbour Ledger egunkarian argitaratua, 2009ko apirilaren 3an.",
        slot="footer",
    ),
    # ---- chronicles: day headings under a month (or week) heading
    Form("chron-en-day", "en", CH, lambda d, c: f"{_wd(d)} {d.day}", "Friday 3", "month", "heading"),
    Form("chron-en-paren", "en", CH, lambda d, c: f"{d.day} ({_wd(d)[:3]}.)", "3 (Fri.)", "month", "heading"),
    Form("chron-sk-day", "sk", CH, lambda d, c: f"{_cap(_wd(d, 'sk'))} {d.day}.", "Piatok 3.", "month", "heading"),
    Form(
        "chron-et",
        "et",
        CH,
        lambda d, c: f"{d.day}. {MONTHS['et'][d.month - 1]}, {_wd(d, 'et')}",
        "3. aprill, reede",
        "year",
        "heading",
    ),
    Form(
        "chron-sl",
        "sl",
        CH,
        lambda d, c: f"{_cap(_wd(d, 'sl'))}, {d.day}. {MONTHS['sl'][d.month - 1]}",
        "Petek, 3. aprila",
        "year",
        "heading",
    ),
    Form(
        "chron-is",
        "is",
        CH,
        lambda d, c: f"{_cap(_wd(d, 'is'))} {d.day}. {MONTHS['is'][d.month - 1]}",
        "Föstudagur 3. apríl",
        "year",
        "heading",
    ),
    Form(
        "chron-sq",
        "sq",
        CH,
        lambda d, c: f"{_cap(_wd(d, 'sq'))}, {d.day} {MONTHS['sq'][d.month - 1]}",
        "E premte, 3 prill",
        "year",
        "heading",
    ),
    Form(
        "chron-bg",
        "bg",
        CH,
        lambda d, c: f"{d.day} {MONTHS['bg'][d.month - 1]}, {_wd(d, 'bg')}",
        "3 април, петък",
        "year",
        "heading",
    ),
    Form(
        "chron-sr",
        "sr",
        CH,
        lambda d, c: f"{_cap(_wd(d, 'sr'))}, {d.day}. {MONTHS['sr'][d.month - 1]}",
        "Петак, 3. април",
        "year",
        "heading",
    ),
    Form("chron-id", "id", CH, lambda d, c: f"{_wd(d, 'id')} ({d.day}/{d.month})", "Jumat (3/4)", "year", "heading"),
    Form(
        "chron-lv",
        "lv",
        CH,
        lambda d, c: f"{d.day}. {MONTHS['lv'][d.month - 1]}, {_wd(d, 'lv')}",
        "3. aprīlis, piektdiena",
        "year",
        "heading",
    ),
    Form(
        "chron-kk",
        "kk",
        CH,
        lambda d, c: f"{d.day} {MONTHS['kk'][d.month - 1]}, {_wd(d, 'kk')}",
        "3 сәуір, жұма",
        "year",
        "heading",
    ),
    Form("chron-week-en", "en", CH, lambda d, c: _wd(d), "Friday", "week", "heading"),
    Form("chron-week-et", "et", CH, lambda d, c: _cap(_wd(d, "et")), "Reede", "week", "heading"),
    Form("chron-week-id", "id", CH, lambda d, c: _wd(d, "id"), "Jumat", "week", "heading"),
    # ---- bilingual outlets
    Form(
        "bi-cy-en",
        "cy",
        BI,
        lambda d, c: f"{_wd(d, 'cy')}, {d.day} {MONTHS['cy'][d.month - 1]} {d.year} | {_wd(d)}, {_en_dmy(d)}",
        "Dydd Gwener, 3 Ebrill 2009 | Friday, 3 April 2009",
    ),
    Form(
        "bi-ga-en",
        "ga",
        BI,
        lambda d, c: f"{_wd(d, 'ga')}, {d.day} {MONTHS['ga'][d.month - 1]} {d.year} / {_wd(d)} {_en_dmy(d)}",
        "Dé hAoine, 3 Aibreán 2009 / Friday 3 April 2009",
    ),
    Form(
        "bi-eu-es",
        "eu",
        BI,
        lambda d, c: (
            f"{d.year}ko {MONTHS['eu'][d.month - 1]} {d.day}a, {_wd(d, 'eu')} / "
            f"{_wd(d, 'es')}, {d.day} de {MONTHS['es'][d.month - 1]} de {d.year}"
        ),
        "2009ko apirilaren 3a, ostirala / viernes, 3 de abril de 2009",
    ),
    Form(
        "bi-gl-es",
        "gl",
        BI,
        lambda d, c: (
            f"Publicado o {_wd(d, 'gl')} {d.day} de {MONTHS['gl'][d.month - 1]} de {d.year} ás {_hm(c)} / "
            f"Publicado el {_wd(d, 'es')} {d.day} de {MONTHS['es'][d.month - 1]} de {d.year} a las {_hm(c)}"
        ),
        "Publicado o venres 3 de abril de 2009 ás 14:22 / Publicado el viernes 3 de abril de 2009 a las 14:22",
    ),
    Form(
        "bi-kk-ru",
        "kk",
        BI,
        lambda d, c: (
            f"{d.day} {MONTHS['kk'][d.month - 1]} {d.year}, {_hm(c)} / {d.day} {MONTHS['ru'][d.month - 1]} {d.year}, {_hm(c)}"
        ),
        "3 сәуір 2009, 14:22 / 3 апреля 2009, 14:22",
    ),
    Form(
        "bi-tl-en",
        "tl",
        BI,
        lambda d, c: f"{_wd(d, 'tl')}, {MONTHS['tl'][d.month - 1]} {d.day}, {d.year} · {_wd(d)}, {_en(d)}",
        "Biyernes, Abril 3, 2009 · Friday, April 3, 2009",
    ),
    Form(
        "bi-af-en",
        "af",
        BI,
        lambda d, c: f"{_wd(d, 'af')} {d.day} {MONTHS['af'][d.month - 1]} {d.year} / {_wd(d)} {_en_dmy(d)}",
        "Vrydag 3 April 2009 / Friday 3 April 2009",
    ),
    Form(
        "bi-ms-en",
        "ms",
        BI,
        lambda d, c: (
            f"{_wd(d, 'ms')}, {d.day} {MONTHS['ms'][d.month - 1]} {d.year} · "
            f"{(c.hour - 1) % 12 + 1}:{c.minute:02d} {'pg' if c.hour < 12 else 'ptg'} / "
            f"{_wd(d)}, {_en(d)} · {_ampm(c.hour, c.minute).lower()}"
        ),
        "Jumaat, 3 April 2009 · 2:22 ptg / Friday, April 3, 2009 · 2:22 pm",
    ),
    Form(
        "bi-sq-sr",
        "sq",
        BI,
        lambda d, c: (
            f"{_cap(_wd(d, 'sq'))}, {d.day} {MONTHS['sq'][d.month - 1]} {d.year} / "
            f"{_cap(_wd(d, 'sr'))}, {d.day}. {MONTHS['sr'][d.month - 1]} {d.year}."
        ),
        "E premte, 3 prill 2009 / Петак, 3. април 2009.",
    ),
    # ---- intranet news
    Form("sp-created-en", "en", IN, _sp("en"), "Created 03/04/2009 14:22 by Mira Castellanos", "order"),
    Form(
        "sp-yearless-en",
        "en",
        IN,
        lambda d, c: f"{c.name} · Published {_wd(d)}, {MONTHS['en'][d.month - 1]} {d.day}",
        "Mira Castellanos · Published Friday, April 3",
        "year",
    ),
    Form("sp-sk", "sk", IN, _sp("sk"), "Vytvorené: 3. 4. 2009 14:22, autor: Mira Castellanos"),
    Form("sp-sl", "sl", IN, _sp("sl"), "Ustvarjeno: 3. 4. 2009 ob 14.22"),
    Form("sp-et", "et", IN, _sp("et"), "Loodud: 3.04.2009 14:22"),
    Form("sp-lv", "lv", IN, _sp("lv"), "Izveidots: 03.04.2009 14:22"),
    Form("sp-ptbr", "pt", IN, _sp("pt"), "Criado em 03/04/2009 14:22 por Mira Castellanos"),
    Form("sp-id", "id", IN, _sp("id"), "Dibuat 03/04/2009 pukul 14.22 oleh Mira Castellanos"),
    Form("sp-bg", "bg", IN, _sp("bg"), "Създадено на 3.4.2009 г. в 14:22 от Mira Castellanos"),
    Form("sp-az", "az", IN, _sp("az"), "Yaradılıb: 03.04.2009 14:22 · Müəllif: Mira Castellanos"),
    # ---- paste sites
    Form("paste-caps", "en", PA, _w_paste_caps, "GUEST · APR 3RD, 2009 · 1,244 · NEVER", slot="meta"),
    Form(
        "paste-dpaste",
        "en",
        PA,
        _w_dpaste,
        "Created April 3, 2009, 2:22 p.m. · Expires April 10, 2009, 2:22 p.m.",
        slot="meta",
    ),
    Form(
        "paste-debian",
        "en",
        PA,
        lambda d, c: (
            f"Posted by {c.handle} on {_wd(d)[:3]} {_ordinal(d.day)} {EN_SHORT[d.month - 1]} {d.year} {_hm(c)}"
        ),
        "Posted by nightjar on Fri 3rd Apr 2009 14:22",
        slot="meta",
    ),
    Form(
        "paste-jsdate",
        "en",
        PA,
        _w_jsdate,
        "Created: Fri Apr 03 2009 14:22:05 GMT+0300 (Eastern European Summer Time)",
        slot="meta",
    ),
    Form("paste-rfc822", "en", PA, _w_rfc822, "Date: Fri, 3 Apr 09 14:22:05 EDT", slot="content"),
    Form(
        "paste-source-bracket",
        "en",
        PA,
        lambda d, c: f"({c.outlet}, {d.day} {EN_SHORT[d.month - 1]} {d.year})",
        "(The Harbour Ledger, 3 Apr 2009)",
        slot="content",
    ),
    # ---- advisories
    Form(
        "adv-issued-utc",
        "en",
        AD,
        lambda d, c: f"Issued: {_hm(c)} UTC {_wd(d)[:3]} {d.day:02d} {EN_SHORT[d.month - 1]} {d.year}",
        "Issued: 14:22 UTC Fri 03 Apr 2009",
    ),
    Form(
        "adv-release-revised",
        "en",
        AD,
        lambda d, c: f"Initial release: {_en(d)} | Last revised: {_en(c.later)} | Version 1.1",
        "Initial release: April 3, 2009 | Last revised: April 9, 2009 | Version 1.1",
    ),
    Form(
        "adv-current-initial",
        "en",
        AD,
        lambda d, c: f"Current release date: {c.later.isoformat()}\nInitial release date: {d.isoformat()}",
        "Current release date: 2009-04-09\nInitial release date: 2009-04-03",
    ),
    Form("adv-dtg", "en", AD, _w_dtg, "DTG 031422Z APR 09"),
    Form(
        "adv-lv",
        "lv",
        AD,
        lambda d, c: f"Izdots {d.year}. gada {d.day}. {LV_LOCATIVE[d.month - 1]} plkst. {_hm(c)}",
        "Izdots 2009. gada 3. aprīlī plkst. 14:22",
    ),
    Form(
        "adv-et",
        "et",
        AD,
        lambda d, c: f"Välja antud: {d:%d.%m.%Y} kell {_hm(c)}",
        "Välja antud: 03.04.2009 kell 14:22",
    ),
    Form(
        "adv-sk",
        "sk",
        AD,
        lambda d, c: f"Vydané: {d.day}. {MONTHS['sk'][d.month - 1]} {d.year} o {_hm(c)} h",
        "Vydané: 3. apríla 2009 o 14:22 h",
    ),
    Form(
        "adv-ka",
        "ka",
        AD,
        lambda d, c: f"გამოქვეყნდა: {d.day:02d} {MONTHS['ka'][d.month - 1]} {d.year}, {_hm(c)}",
        "გამოქვეყნდა: 03 აპრილი 2009, 14:22",
    ),
    Form(
        "adv-hy",
        "hy",
        AD,
        lambda d, c: f"Հրապարակվել է՝ {d.day} {MONTHS['hy'][d.month - 1]} {d.year}, {_hm(c)}",
        "Հրապարակվել է՝ 3 ապրիլի 2009, 14:22",
    ),
    # ---- a saved or pasted text's own header line, in the language of its site
    Form(
        "hdr-id-wib",
        "id",
        HDR,
        lambda d, c: f"{_wd(d, 'id')}, {d.day} {MONTHS['id'][d.month - 1]} {d.year} {_hm(c)} WIB",
        "Jumat, 3 April 2009 14:22 WIB",
    ),
    Form(
        "hdr-id-updated",
        "id",
        HDR,
        lambda d, c: f"Diterbitkan {d:%d/%m/%Y}, {_hm(c)} WIB · Diperbarui {c.later:%d/%m/%Y}, {_later_hm(c)} WIB",
        "Diterbitkan 03/04/2009, 14:22 WIB · Diperbarui 09/04/2009, 21:59 WIB",
    ),
    Form(
        "hdr-ms",
        "ms",
        HDR,
        lambda d, c: (
            f"{_wd(d, 'ms')}, {d.day} {MONTHS['ms'][d.month - 1]} {d.year} | "
            f"{(c.hour - 1) % 12 + 1}:{c.minute:02d} {'pg' if c.hour < 12 else 'ptg'}"
        ),
        "Jumaat, 3 April 2009 | 2:22 ptg",
    ),
    Form(
        "hdr-sk",
        "sk",
        HDR,
        lambda d, c: f"{_wd(d, 'sk')} {d.day}. {MONTHS['sk'][d.month - 1]} {d.year} o {_hm(c)}",
        "piatok 3. apríla 2009 o 14:22",
    ),
    Form(
        "hdr-sl",
        "sl",
        HDR,
        lambda d, c: f"Objavljeno: {d.day}. {MONTHS['sl'][d.month - 1]} {d.year} ob {_hm(c, '.')}",
        "Objavljeno: 3. aprila 2009 ob 14.22",
    ),
    Form(
        "hdr-et",
        "et",
        HDR,
        lambda d, c: f"{_wd(d, 'et')}, {d.day}. {MONTHS['et'][d.month - 1]} {d.year}, {_hm(c)}",
        "reede, 3. aprill 2009, 14:22",
    ),
    Form(
        "hdr-lv",
        "lv",
        HDR,
        lambda d, c: f"{d.year}. gada {d.day}. {MONTHS['lv'][d.month - 1]}, {_hm(c)}",
        "2009. gada 3. aprīlis, 14:22",
    ),
    Form(
        "hdr-ptbr-g1",
        "pt",
        HDR,
        lambda d, c: f"{d:%d/%m/%Y} {_hm(c, 'h')} - Atualizado em {c.later:%d/%m/%Y} {_later_hm(c, 'h')}",
        "03/04/2009 14h22 - Atualizado em 09/04/2009 21h59",
    ),
    Form(
        "hdr-is",
        "is",
        HDR,
        lambda d, c: f"Innlent | {d.day}.{d.month}.{d.year} | {_hm(c)}",
        "Innlent | 3.4.2009 | 14:22",
    ),
    Form(
        "hdr-sq",
        "sq",
        HDR,
        lambda d, c: f"{_cap(_wd(d, 'sq'))}, {d.day} {MONTHS['sq'][d.month - 1]} {d.year}, {_hm(c)}",
        "E premte, 3 prill 2009, 14:22",
    ),
    Form(
        "hdr-cy",
        "cy",
        HDR,
        lambda d, c: f"Cyhoeddwyd {_hm(c)} {d.day} {MONTHS['cy'][d.month - 1]} {d.year}",
        "Cyhoeddwyd 14:22 3 Ebrill 2009",
    ),
    Form("hdr-eu", "eu", HDR, lambda d, c: f"Argitaratua: {d:%Y/%m/%d} {_hm(c)}", "Argitaratua: 2009/04/03 14:22"),
    Form(
        "hdr-bg",
        "bg",
        HDR,
        lambda d, c: f"{_wd(d, 'bg')}, {d.day} {MONTHS['bg'][d.month - 1]} {d.year} г., {_hm(c)} ч.",
        "петък, 3 април 2009 г., 14:22 ч.",
    ),
    Form("hdr-sr", "sr", HDR, lambda d, c: f"Објављено: {d:%d.%m.%Y}. {_hm(c)}", "Објављено: 03.04.2009. 14:22"),
    Form(
        "hdr-kk",
        "kk",
        HDR,
        lambda d, c: f"{d.year} жылғы {d.day} {MONTHS['kk'][d.month - 1]}, {_hm(c)}",
        "2009 жылғы 3 сәуір, 14:22",
    ),
    Form(
        "hdr-az",
        "az",
        HDR,
        lambda d, c: f"{_cap(_wd(d, 'az'))}, {d.day} {MONTHS['az'][d.month - 1]} {d.year}, {_hm(c)}",
        "Cümə, 3 aprel 2009, 14:22",
    ),
    Form(
        "hdr-ka",
        "ka",
        HDR,
        lambda d, c: f"{_wd(d, 'ka')}, {d.day:02d} {MONTHS['ka'][d.month - 1]} {d.year}",
        "პარასკევი, 03 აპრილი 2009",
    ),
    Form(
        "hdr-hy",
        "hy",
        HDR,
        lambda d, c: f"{_wd(d, 'hy')}, {d.day} {MONTHS['hy'][d.month - 1]} {d.year}, {_hm(c)}",
        "ուրբաթ, 3 ապրիլի 2009, 14:22",
    ),
    Form("hdr-bn-dual", "bn", HDR, _w_bn_dual, "শুক্রবার, ৩ এপ্রিল ২০০৯, ২০ চৈত্র ১৪১৫"),
    Form(
        "hdr-bn",
        "bn",
        HDR,
        lambda d, c: f"প্রকাশ: {d.day:02d} {MONTHS['bn'][d.month - 1]} {d.year}, {_hm(c)}".translate(BENGALI_DIGITS),
        "প্রকাশ: ০৩ এপ্রিল ২০০৯, ১৪:২২",
    ),
    Form(
        "hdr-ta",
        "ta",
        HDR,
        lambda d, c: f"பதிவு: {MONTHS['ta'][d.month - 1]} {d.day:02d}, {d.year} {_hm(c)} IST",
        "பதிவு: ஏப்ரல் 03, 2009 14:22 IST",
    ),
    Form(
        "hdr-ur",
        "ur",
        HDR,
        lambda d, c: f"{_wd(d, 'ur')}، {d.day} {MONTHS['ur'][d.month - 1]} {d.year}",
        "جمعہ، 3 اپریل 2009",
    ),
    Form(
        "hdr-ur-digits",
        "ur",
        HDR,
        lambda d, c: f"اشاعت: {d.day} {MONTHS['ur'][d.month - 1]} {d.year}، {_hm(c)}".translate(URDU_DIGITS),
        "اشاعت: ۳ اپریل ۲۰۰۹، ۱۴:۲۲",
    ),
    Form(
        "hdr-tl",
        "tl",
        HDR,
        lambda d, c: (
            f"Inilathala: {_wd(d, 'tl')}, {MONTHS['tl'][d.month - 1]} {d.day}, {d.year} - {_ampm(c.hour, c.minute)}"
        ),
        "Inilathala: Biyernes, Abril 3, 2009 - 2:22 PM",
    ),
    Form(
        "hdr-ga",
        "ga",
        HDR,
        lambda d, c: f"{_wd(d, 'ga')}, {d.day} {MONTHS['ga'][d.month - 1]} {d.year}",
        "Dé hAoine, 3 Aibreán 2009",
    ),
    Form(
        "hdr-af",
        "af",
        HDR,
        lambda d, c: f"{_wd(d, 'af')} {d.day} {MONTHS['af'][d.month - 1]} {d.year}, {_hm(c)}",
        "Vrydag 3 April 2009, 14:22",
    ),
    Form(
        "hdr-mn",
        "mn",
        HDR,
        lambda d, c: f"{d.year} оны {d.month}-р сарын {d.day}, {_hm(c)}",
        "2009 оны 4-р сарын 3, 14:22",
    ),
    Form(
        "hdr-gl",
        "gl",
        HDR,
        lambda d, c: f"{_wd(d, 'gl')}, {d.day} de {MONTHS['gl'][d.month - 1]} de {d.year}, {_hm(c)}",
        "venres, 3 de abril de 2009, 14:22",
    ),
)
FORM = {f.name: f for f in FORMS}
STYLES = (
    "serp",
    "readinglist",
    "factcheck",
    "photodesk",
    "citations",
    "spreadsheet",
    "anthology",
    "chronicle",
    "bilingual",
    "intranet",
    "paste",
    "advisory",
)
LANGUAGES = tuple(sorted({f.lang for f in FORMS}))
HDR_FORMS = tuple(f.name for f in FORMS if f.name.startswith("hdr-"))


def stamp(form: str, d: dt.date, c: Ctx) -> str | None:
    return FORM[form].write(d, c)


# ------------------------------------------------------------------------------------------------ page builder


def _long(lang: str, d: dt.date) -> str:
    """A plain long date in a page's language (for furniture: lists, comments, footers)."""
    m = d.month - 1
    return {
        "en": lambda: _en(d),
        "id": lambda: f"{d.day} {MONTHS['id'][m]} {d.year}",
        "ms": lambda: f"{d.day} {MONTHS['ms'][m]} {d.year}",
        "pt": lambda: f"{d.day} de {MONTHS['pt'][m]} de {d.year}",
        "sq": lambda: f"{d.day} {MONTHS['sq'][m]} {d.year}",
        "sk": lambda: f"{d.day}. {MONTHS['sk'][m]} {d.year}",
        "sl": lambda: f"{d.day}. {MONTHS['sl'][m]} {d.year}",
        "et": lambda: f"{d.day}. {MONTHS['et'][m]} {d.year}",
        "lv": lambda: f"{d.year}. gada {d.day}. {MONTHS['lv'][m]}",
        "bg": lambda: f"{d.day} {MONTHS['bg'][m]} {d.year} г.",
        "sr": lambda: f"{d.day}. {MONTHS['sr'][m]} {d.year}.",
        "is": lambda: f"{d.day}. {MONTHS['is'][m]} {d.year}",
        "az": lambda: f"{d.day} {MONTHS['az'][m]} {d.year}",
        "kk": lambda: f"{d.year} жылғы {d.day} {MONTHS['kk'][m]}",
        "ka": lambda: f"{d.day} {MONTHS['ka'][m]} {d.year}",
        "hy": lambda: f"{d.day} {MONTHS['hy'][m]} {d.year}",
    }.get(lang, lambda: _en_dmy(d))()


def _snippet(paragraph: str, words: int) -> str:
    cut = paragraph.split()
    return paragraph if len(cut) <= words else " ".join(cut[:words]).rstrip(".,;:") + " …"


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:48] or "story"


def _group(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _letters(rng: random.Random, n: int) -> str:
    """An identifier without digits (so that it holds no year)."""
    return "".join(rng.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(n))


def _surname_first(name: str) -> str:
    first, _, last = name.partition(" ")
    return f"{last}, {first}"


class _Page:
    """A page being written: its text in parts, its gold, and what it has stated so far."""

    def __init__(
        self,
        rng: random.Random,
        style: str,
        dated: bool,
        chosen: list[Article],
        pool: list[Article],
        counters: dict[str, int],
    ) -> None:
        self.rng = rng
        self.style = style
        self.dated = dated
        self.chosen = chosen
        self.pool = pool
        self.counters = counters
        self.day_first = rng.random() < 0.5
        self.capture: dt.datetime | None = None
        self.year: int | None = None
        self.parts: list[str] = []
        self.length = 0
        self.gold: list[GoldSegment] = []
        self.zone = 0
        self._start: int | None = None
        self._body: int | None = None

    # -- text
    def raw(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def line(self, *lines: str) -> None:
        for line in lines:
            self.raw(line + "\n")

    def blank(self) -> None:
        self.raw("\n")

    def text(self) -> str:
        return "".join(self.parts)

    # -- gold
    def start(self) -> None:
        self._start = self.length

    def body(self) -> None:
        self._body = self.length

    def paragraphs(self, paragraphs: list[str], width: int = 0) -> None:
        """The article's paragraphs, the body at the first."""
        self.body()
        written = ["\n".join(textwrap.wrap(p, width)) if width else p for p in paragraphs]
        self.raw("\n\n".join(written) + "\n")

    def close(self, kind: str, date: dt.date | None, form: str, article: str = "") -> None:
        assert self._start is not None and self._body is not None
        self.gold.append(GoldSegment(self._start, self.zone, self._body, kind, date, form, article))
        self.zone = self.length
        self._start = self._body = None

    # -- choices
    def cycle(self, key: str, seq: tuple[str, ...] | list[str]) -> str:
        """The next of ``seq`` for ``key``, in turn over the dated pages of one generation (an undated page
        takes one at random)."""
        if not self.dated:
            return self.rng.choice(seq)
        n = self.counters.get(key, 0)
        self.counters[key] = n + 1
        return seq[n % len(seq)]

    def ctx(self, art: Article, **kw) -> Ctx:
        r = self.rng
        outlet, site = r.choice(OUTLETS)
        city, region = r.choice(CITIES)
        base = Ctx(
            day_first=self.day_first,
            capture=self.capture,
            year=self.year,
            hour=r.randint(7, 21),
            minute=r.randint(0, 59),
            second=r.randint(0, 59),
            later=art.date + dt.timedelta(days=r.randint(1, 8)),
            saved=art.date + dt.timedelta(days=r.randint(400, 6000)),
            name=r.choice(PEOPLE),
            handle=r.choice(HANDLES),
            outlet=outlet,
            site=site,
            city=city,
            region=region,
            minutes=r.randint(2, 14),
            views=r.randint(40, 98000),
            page=f"{r.choice('ABCD')}{r.randint(1, 24)}",
        )
        return replace(base, **kw) if kw else base

    def texts(self, art: Article, low: int = 2, high: int = 4) -> list[str]:
        return list(art.paragraphs[: self.rng.randint(low, high)])

    def other(self, art: Article | None = None) -> Article:
        """Another article of the corpus (for related lists), not one on this page."""
        candidates = [a for a in self.pool if a not in self.chosen] or self.pool
        return self.rng.choice(candidates)

    def stamp(self, form: str, d: dt.date, c: Ctx) -> str | None:
        return FORM[form].write(d, c) if self.dated else None


def _choose(rng: random.Random, articles: list[Article], n: int, span: int = 21) -> list[Article]:
    """``n`` distinct articles from a few weeks of the corpus."""
    n = min(n, len(articles))
    first = rng.choice(articles)
    near = [a for a in articles if a is not first and abs((a.date - first.date).days) <= span]
    rng.shuffle(near)
    chosen = [first] + near[: n - 1]
    while len(chosen) < n:
        chosen.append(rng.choice([a for a in articles if a not in chosen]))
    return chosen


# ------------------------------------------------------------------------------------------------ serp

SERP_UI = {
    "en": dict(
        tabs="All   News   Images   Videos   Maps   More      Tools",
        count="About {n} results ({s} seconds)",
        group=",",
        dec=".",
        related="Related searches",
        paa="People also ask",
        questions=("What happened next?", "Who was involved?", "Why does it matter?"),
        next="Next",
        videos="Videos",
        footer="Help   Send feedback   Privacy   Terms",
        place="{city} - From your IP address - Update location",
    ),
    "id": dict(
        tabs="Semua   Berita   Gambar   Video   Maps   Lainnya      Alat",
        count="Sekitar {n} hasil ({s} detik)",
        group=".",
        dec=",",
        related="Penelusuran terkait",
        paa="Pertanyaan terkait",
        questions=("Apa yang terjadi selanjutnya?", "Siapa yang terlibat?", "Mengapa ini penting?"),
        next="Berikutnya",
        videos="Video",
        footer="Bantuan   Kirim masukan   Privasi   Persyaratan",
        place="{city} - Dari alamat IP Anda - Perbarui lokasi",
    ),
    "pt": dict(
        tabs="Todas   Notícias   Imagens   Vídeos   Maps   Mais      Ferramentas",
        count="Aproximadamente {n} resultados ({s} segundos)",
        group=".",
        dec=",",
        related="Pesquisas relacionadas",
        paa="As pessoas também perguntam",
        questions=("O que aconteceu depois?", "Quem estava envolvido?", "Por que isso importa?"),
        next="Mais",
        videos="Vídeos",
        footer="Ajuda   Enviar feedback   Privacidade   Termos",
        place="{city} - Do seu endereço IP - Atualizar local",
    ),
    "sk": dict(
        tabs="Všetko   Správy   Obrázky   Videá   Mapy   Viac      Nástroje",
        count="Približný počet výsledkov: {n} ({s} s)",
        group=" ",
        dec=",",
        related="Súvisiace vyhľadávania",
        paa="Ďalšie otázky",
        questions=("Čo sa stalo potom?", "Kto bol zapojený?", "Prečo je to dôležité?"),
        next="Ďalej",
        videos="Videá",
        footer="Pomocník   Odoslať spätnú väzbu   Ochrana súkromia   Podmienky",
        place="{city} - Na základe vašej adresy IP - Aktualizovať polohu",
    ),
    "is": dict(
        tabs="Allt   Fréttir   Myndir   Myndskeið   Kort   Meira      Verkfæri",
        count="Um það bil {n} niðurstöður ({s} sekúndur)",
        group=".",
        dec=",",
        related="Tengdar leitir",
        paa="Fólk spyr einnig",
        questions=("Hvað gerðist næst?", "Hverjir áttu hlut að máli?", "Af hverju skiptir þetta máli?"),
        next="Næsta",
        videos="Myndskeið",
        footer="Hjálp   Senda ábendingu   Persónuvernd   Skilmálar",
        place="{city} - Út frá IP-tölu þinni - Uppfæra staðsetningu",
    ),
    "bg": dict(
        tabs="Всички   Новини   Изображения   Видеоклипове   Карти   Още      Инструменти",
        count="Около {n} резултата ({s} секунди)",
        group=" ",
        dec=",",
        related="Свързани търсения",
        paa="Хората питат също",
        questions=("Какво се случи след това?", "Кой е замесен?", "Защо това е важно?"),
        next="Напред",
        videos="Видеоклипове",
        footer="Помощ   Изпращане на отзиви   Поверителност   Условия",
        place="{city} - От вашия IP адрес - Актуализиране на местоположението",
    ),
}
SERP_LANGS = ("en", "id", "pt", "sk", "is", "bg")
SERP_ABSOLUTE = {"en": "serp-en", "id": "serp-id", "pt": "serp-ptbr", "sk": "serp-sk", "is": "serp-is", "bg": "serp-bg"}
SERP_RELATIVE = {
    "en": "serp-ago-en",
    "id": "serp-ago-id",
    "pt": "serp-ago-ptbr",
    "sk": "serp-ago-sk",
    "is": "serp-ago-is",
    "bg": "serp-ago-bg",
}


def _serp(p: _Page) -> None:
    r = p.rng
    lang = p.cycle("serp-lang", SERP_LANGS)
    ui = SERP_UI[lang]
    engine, host = r.choice(ENGINES)
    words = [w.strip(".,;:!?\"'()").lower() for w in p.chosen[0].title.split()]
    query = " ".join(w for w in words[: r.randint(3, 5)] if w)
    if p.dated and r.random() < 0.7:
        latest = max(a.date for a in p.chosen)
        day = latest + dt.timedelta(days=r.randint(1, 4))
        p.capture = dt.datetime(day.year, day.month, day.day, r.randint(7, 22), r.randint(0, 59), r.randint(0, 59))
        p.line(
            "Page saved with SingleFile",
            f"url: https://{host}/search?q={query.replace(' ', '+')}",
            f"saved date: {_js_date(p.capture)}",
        )
        p.blank()
    seconds = f"0{ui['dec']}{r.randint(21, 89)}"
    p.line(engine, query, ui["tabs"], ui["count"].format(n=_group(r.randint(2000, 9_000_000), ui["group"]), s=seconds))
    p.blank()
    order: list[tuple[Article, bool]] = [(a, False) for a in p.chosen]
    if r.random() < 0.3:  # the same story from a second site
        order.insert(r.randint(1, len(order)), (order[0][0], True))
    for k, (art, copy) in enumerate(order):
        if k == 1 and p.dated and r.random() < 0.35:
            p.line(ui["videos"])
            for _ in range(2):
                other = p.other()
                c = p.ctx(other)
                p.line(
                    f"{r.randint(1, 14)}:{r.randint(0, 59):02d}",
                    other.title,
                    f"{c.outlet} · {r.choice(PEOPLE)} · {stamp(SERP_ABSOLUTE[lang], other.date, c)}",
                )
            p.blank()
        if k == 2 and r.random() < 0.4:
            p.line(ui["paa"], *ui["questions"])
            p.blank()
        c = p.ctx(art)
        form, when = "none", None
        if p.dated and r.random() >= 0.1:
            if p.capture is not None and r.random() < 0.7:
                form, when = SERP_RELATIVE[lang], p.stamp(SERP_RELATIVE[lang], art.date, c)
            if when is None:
                form, when = SERP_ABSOLUTE[lang], p.stamp(SERP_ABSOLUTE[lang], art.date, c)
        url = f"https://{c.site} › {r.choice(('news', 'world', 'local', 'politics', 'business'))} › {_slug(art.title)}"
        title = f"{art.title} {r.choice(('-', '|'))} {c.outlet}"
        if r.random() < 0.5:  # the site and the address over the title
            p.line(c.outlet, url)
            p.start()
            p.line(title)
        else:
            p.start()
            p.line(title, url)
        p.raw(f"{when} — " if when else "")
        if r.random() < 0.2:  # a featured result: two paragraphs
            p.paragraphs(list(art.paragraphs[:2]))
        else:
            p.paragraphs([_snippet(art.paragraphs[0], r.randint(18, 30))])
        p.close("article", art.date, form + ("+syndicated" if copy else ""), art.id)
        p.blank()
    p.line(ui["related"])
    for _ in range(4):
        p.line(" ".join(w.strip(".,;:!?\"'()").lower() for w in p.other().title.split()[:3]))
    p.blank()
    p.line("1   2   3   4   5   6   7   8   9   10   " + ui["next"])
    p.line(ui["place"].format(city=r.choice(CITIES)[0]), ui["footer"])


# ------------------------------------------------------------------------------------------------ read-later

RL_TAGS = ("politics", "economy", "to-read", "longform", "world", "research", "follow-up", "asia", "energy")


def _readinglist(p: _Page) -> None:
    r = p.rng
    variant = p.cycle("rl-variant", ("pocket", "instapaper", "omnivore"))
    items: list[tuple[Article, bool]] = [(a, False) for a in p.chosen]
    if r.random() < 0.2 and len(items) < 6:  # saved twice, from a second site, under its own header
        items.append((items[0][0], True))
    if variant == "pocket":
        p.line("Keepsake · My List", f"{len(items) + r.randint(3, 90)} items · Sorted by newest saved")
    elif variant == "instapaper":
        p.line("Lodestar Read Later", "Unread · Liked · Archive · Highlights")
    else:
        p.line("# Library export", f"{len(items)} items · markdown")
    p.blank()
    for art, copy in items:
        c = p.ctx(art)
        own = None  # the saved text's own header line
        form = "none"
        meta = None
        if p.dated:
            if variant == "omnivore":
                if r.random() < 0.7:
                    form, meta = "rl-omnivore", p.stamp("rl-omnivore", art.date, c)
                else:
                    form = p.cycle("hdr", HDR_FORMS)
                    own = p.stamp(form, art.date, c)
            elif r.random() < 0.6 or copy:
                form = p.cycle("hdr", HDR_FORMS)
                own = p.stamp(form, art.date, c)
            else:
                form = "rl-source-ordinal" if variant == "pocket" else "rl-numeric"
                meta = p.stamp(form, art.date, c)
        tags = ", ".join(r.sample(RL_TAGS, 2))
        if variant == "pocket":
            p.start()
            p.line(art.title, meta or f"{c.site} · {c.minutes} min read")
            p.line(
                f"Saved {EN_SHORT[c.saved.month - 1]} {c.saved.day}, {c.saved.year} · Tags: {tags}"
                if p.dated
                else f"Tags: {tags}"
            )
            p.blank()
        elif variant == "instapaper":
            p.start()
            p.line(art.title, meta or c.site, f"{c.minutes} min")
            p.blank()
        else:
            p.line("---", f"id: {_letters(r, 16)}")
            p.start()
            p.line(f'title: "{art.title}"', f"author: {c.name}", f"url: https://{c.site}/{_slug(art.title)}")
            if p.dated:
                p.line(
                    f"date_saved: {c.saved.isoformat()}T{r.randint(6, 22):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.000Z"
                )
            if meta:
                p.line(meta)
            p.line(f"labels: [{tags}]", "---", "", f"# {art.title}", "")
        if own:
            p.line(own, "")
        p.paragraphs(p.texts(art, 2, 4))
        if variant == "pocket" and r.random() < 0.35:
            quote = " ".join(art.paragraphs[-1].split()[:12])
            highlighted = c.saved + dt.timedelta(days=r.randint(0, 40))
            when = f" · Highlighted {_en(highlighted)}" if p.dated else ""
            p.line("", "Highlights (1)", f"“{quote} …”{when}")
        if variant == "instapaper" and p.dated:
            p.line("", f"Moved to Archive {_num(c.saved + dt.timedelta(days=r.randint(0, 30)), c)}")
        p.close("article", art.date, form + ("+syndicated" if copy else ""), art.id)
        p.blank()
        if variant == "pocket":
            p.line("Archive · Favorite · Tag · Delete")
            p.blank()


# ------------------------------------------------------------------------------------------------ fact checks

FC_UI = {
    "en": dict(
        site="Claimwatch",
        label="FACT CHECK",
        by="By",
        claim="Claim: Posts shared online say",
        rating="Rating",
        ratings=("False", "Mostly false", "Half true", "Missing context", "Mostly true"),
        sources="Sources",
        share="Share this fact check: Facebook · X · Email",
        comments="Comments",
        nav="Home · Fact checks · Methodology · About us",
        replies=("Thanks for checking this.", "I saw this post shared widely.", "Please look at the figures too."),
    ),
    "id": dict(
        site="Periksa Dulu",
        label="CEK FAKTA",
        by="Oleh",
        claim="Klaim: Unggahan di media sosial menyebut",
        rating="Penilaian",
        ratings=("Salah", "Sebagian salah", "Menyesatkan", "Benar"),
        sources="Sumber",
        share="Bagikan: Facebook · X · Surel",
        comments="Komentar",
        nav="Beranda · Cek Fakta · Metodologi · Tentang kami",
        replies=(
            "Terima kasih atas penjelasannya.",
            "Saya juga melihat unggahan ini.",
            "Tolong periksa angkanya juga.",
        ),
    ),
    "pt": dict(
        site="Confere Aí",
        label="CHECAGEM",
        by="Por",
        claim="Afirmação: Publicações nas redes sociais afirmam",
        rating="Classificação",
        ratings=("Falso", "Enganoso", "Sem contexto", "Verdadeiro"),
        sources="Fontes",
        share="Compartilhe: Facebook · X · E-mail",
        comments="Comentários",
        nav="Início · Checagens · Metodologia · Quem somos",
        replies=("Obrigado pela checagem.", "Recebi isso no grupo da família.", "Faltou checar os números."),
    ),
    "sq": dict(
        site="Vërteto",
        label="VERIFIKIM",
        by="Nga",
        claim="Pretendimi: Postimet në rrjetet sociale pretendojnë",
        rating="Vlerësimi",
        ratings=("I rremë", "Kryesisht i rremë", "Pjesërisht i vërtetë", "I vërtetë"),
        sources="Burimet",
        share="Shpërndaje: Facebook · X · Email",
        comments="Komente",
        nav="Ballina · Verifikime · Metodologjia · Rreth nesh",
        replies=("Faleminderit për sqarimin.", "E pashë këtë postim kudo.", "Kontrolloni edhe shifrat."),
    ),
}
FC_HOUSE = ("fc-pub-upd", "fc-id", "fc-claimreview", "fc-ptbr", "fc-footer", "fc-sq")


def _comments(p: _Page, lang: str, replies: tuple[str, ...], heading: str, after: dt.date) -> None:
    """A block of reader comments (not dated: kind ``comments``), with later dates on dated pages."""
    r = p.rng
    n = r.randint(1, 3)
    p.start()
    p.line(f"{heading} ({n})")
    p.body()
    for k in range(n):
        when = after + dt.timedelta(days=r.randint(0, 5) + k)
        p.line(r.choice(HANDLES) + (f" · {_long(lang, when)}" if p.dated else ""), r.choice(replies))
    p.close("comments", None, "comments")
    p.blank()


def _factcheck(p: _Page) -> None:
    r = p.rng
    house = p.cycle("fc", FC_HOUSE)
    lang = FORM[house].lang
    ui = FC_UI[lang]
    p.line(ui["site"], ui["nav"])
    p.blank()
    for art in p.chosen:
        c = p.ctx(art)
        form = house if p.dated and r.random() >= 0.12 else "none"
        if form != "none" and lang == "en" and r.random() < 0.25:
            form = r.choice(FC_HOUSE[::2])
        line = p.stamp(form, art.date, c) if form != "none" else None
        p.line(ui["label"])
        p.start()
        p.line(art.title, f"{ui['by']} {c.name}")
        if line and FORM[form].slot in ("header", "meta"):
            p.line(line)
        claim = " ".join(art.paragraphs[0].split()[:12]).rstrip(".,;:")
        p.line(f"{ui['claim']}: “{claim} …”", f"{ui['rating']}: {r.choice(ui['ratings'])}")
        p.blank()
        p.paragraphs(p.texts(art, 2, 4))
        if r.random() < 0.6:
            p.line("", ui["sources"])
            for n in range(1, r.randint(2, 3) + 1):
                other = p.other()
                oc = p.ctx(other)
                when = f", {_long(lang, other.date)}" if p.dated else ""
                p.line(f"{n}. {oc.outlet}, “{other.title}”{when}")
        if line and FORM[form].slot == "footer":
            p.line("", line)
        p.close("article", art.date, form, art.id)
        p.blank()
        p.line(ui["share"])
        p.blank()
        if r.random() < 0.25:
            _comments(p, lang, ui["replies"], ui["comments"], c.later)
    p.line(f"© {ui['site']}" + (f" {p.chosen[0].date.year + r.randint(0, 12)}" if p.dated else ""))


# ------------------------------------------------------------------------------------------------ picture desk

CAPTIONS = (
    "A general view of the scene",
    "People gather near the site",
    "Officials speak to reporters",
    "Residents look on from the roadside",
    "Workers clear the area",
    "Police stand guard outside the building",
)
PH_HOUSE = ("photo-caption-yearless", "photo-date-created", "photo-exif", "photo-ap-in-this", "photo-iptc")


def _photodesk(p: _Page) -> None:
    r = p.rng
    agency = r.choice(AGENCIES)
    house = p.cycle("photo", PH_HOUSE)
    p.line(f"{agency} · Editorial · Creative · Video · Archive")
    if p.dated:
        first = min(a.date for a in p.chosen)
        p.year = first.year
        p.line(f"Picture desk · Week {first.isocalendar()[1]}, {first.year}")
    p.blank()
    for art in p.chosen:
        c = p.ctx(art)
        form = house if p.dated and r.random() >= 0.1 else "none"
        if form != "none" and r.random() < 0.2:
            form = r.choice(PH_HOUSE)
        line = p.stamp(form, art.date, c) if form != "none" else None
        if form != "none" and line is None:  # a year-less caption on a page heading another year
            form = "photo-date-created"
            line = p.stamp(form, art.date, c)
        caption = r.choice(CAPTIONS)
        place = f"{c.city.upper()}, {c.region.upper()}"
        p.line(f"Editorial #: {r.randint(10_000_000, 99_999_999)}")
        p.start()
        p.line(art.title)
        if form == "photo-caption-yearless":
            p.line(f"{line} {caption}. (Photo by {c.name}/{agency})")
        elif form == "photo-ap-in-this":
            p.line(f"{line} {caption[0].lower()}{caption[1:]} in {c.city}. ({agency.split()[0]} Photo/{c.name})")
        else:
            p.line(f"{place}: {caption}. (Photo by {c.name}/{agency})")
        p.blank()
        p.line(f"Credit: {c.name}/{agency}")
        if form == "photo-exif":
            p.line(
                "EXIF",
                "Make: Kestrel Optics · Model: KX-7",
                f"ExposureTime: 1/{r.choice((125, 250, 500))} · FNumber: f/5.6",
            )
        if line and FORM[form].slot == "meta":
            p.line(line)
        w, h = r.choice(((4256, 2832), (3872, 2592), (5616, 3744)))
        p.line(
            f"Max file size: {w} x {h} px ({w / 300:.2f} x {h / 300:.2f} in) - 300 dpi - {r.randint(2, 9)} MB",
            "Release info: Not released. More information",
        )
        p.blank()
        p.line("Story")
        p.paragraphs(p.texts(art, 2, 4))
        if p.dated and r.random() < 0.5:
            p.line(f"Uploaded: {c.saved.isoformat()} · Collection: {agency} News Archive")
        p.close("article", art.date, form, art.id)
        p.blank()
        if r.random() < 0.3:
            p.line("Similar images")
            for _ in range(3):
                other = p.other()
                when = f" · {EN_SHORT[other.date.month - 1]} {other.date.day}, {other.date.year}" if p.dated else ""
                p.line(f"{other.title}{when}")
            p.blank()
    p.line(f"{agency} · Licensing · Contact · Terms")


# ------------------------------------------------------------------------------------------------ citations

CI_FORMATS = ("ris", "bibtex-date", "endnote", "csl", "bibtex-month-day", "zotero")


def _citations(p: _Page) -> None:
    r = p.rng
    fmt = p.cycle("cit", CI_FORMATS)
    exported = max(a.date for a in p.chosen) + dt.timedelta(days=r.randint(400, 5000))
    tool = r.choice(("Shelfmark", "Citekeeper", "Bibliotrove"))
    if fmt == "csl":
        p.line("[")
    elif fmt == "zotero":
        p.line(f"{tool} report" + (f" · generated {_num(exported, p.ctx(p.chosen[0]))}" if p.dated else ""))
        p.blank()
    else:
        p.line(
            f"% {len(p.chosen)} references exported from {tool}" + (f" on {exported.isoformat()}" if p.dated else "")
        )
        p.blank()
    for k, art in enumerate(p.chosen):
        c = p.ctx(art)
        form = {
            "ris": "ris-da",
            "bibtex-date": "bibtex-date",
            "bibtex-month-day": "bibtex-month-day",
            "endnote": "endnote-d8",
            "csl": "csl-issued",
            "zotero": "zotero-report",
        }[fmt]
        if not p.dated or r.random() < 0.1:
            form = "none"
        line = p.stamp(form, art.date, c) if form != "none" else None
        url = f"https://{c.site}/{_slug(art.title)}"
        text = " ".join(art.paragraphs[: r.randint(1, 2)])
        p.start()
        if fmt == "ris":
            p.line("TY  - NEWS", f"TI  - {art.title}", f"AU  - {_surname_first(c.name)}", f"T2  - {c.outlet}")
            if line:
                p.line(line, f"PY  - {art.date.year}")
            p.line(f"SP  - {c.page}")
            p.raw("AB  - ")
            p.paragraphs([text])
            p.line(f"UR  - {url}")
            if p.dated:
                p.line(f"Y2  - {c.saved:%Y/%m/%d}/")
            p.line("ER  - ")
        elif fmt.startswith("bibtex"):
            key = re.sub(r"[^a-z]", "", c.name.split()[-1].lower())
            key += str(art.date.year) if p.dated else ""
            key += re.sub(r"[^a-z]", "", art.title.split()[0].lower())
            p.line(f"@article{{{key},", f"  title = {{{{{art.title}}}}},", f"  author = {{{_surname_first(c.name)}}},")
            p.line(f"  journal = {{{c.outlet}}},")
            if line:
                p.line(line)
            p.line(f"  pages = {{{c.page}}},", f"  url = {{{url}}},")
            if p.dated:
                p.line(f"  urldate = {{{c.saved.isoformat()}}},")
            p.raw("  abstract = {")
            p.body()
            p.raw(text + "}\n}\n")
        elif fmt == "endnote":
            p.line("%0 Newspaper Article", f"%T {art.title}", f"%A {_surname_first(c.name)}", f"%J {c.outlet}")
            if line:
                p.line(line)
            p.line(f"%P {c.page}")
            p.raw("%X ")
            p.paragraphs([text])
            p.line(f"%U {url}")
            if p.dated:
                p.line(f"%Z Accessed: {c.saved.isoformat()}")
        elif fmt == "csl":
            family, given = c.name.split()[-1], c.name.split()[0]
            p.line(
                "  {",
                f'    "id": "{tool.lower()}/{_letters(r, 8)}",',
                '    "type": "article-newspaper",',
                f'    "title": {json.dumps(art.title, ensure_ascii=False)},',
                f'    "container-title": "{c.outlet}",',
                f'    "author": [{{"family": "{family}", "given": "{given}"}}],',
            )
            if line:
                p.line("    " + line)
            if p.dated:
                p.line(f'    "accessed": {{"date-parts": [[{c.saved.year}, {c.saved.month}, {c.saved.day}]]}},')
            p.line(f'    "URL": "{url}",')
            p.raw('    "abstract": "')
            p.body()
            p.raw(json.dumps(text, ensure_ascii=False)[1:-1] + '"\n')
            p.line("  }" + ("," if k < len(p.chosen) - 1 else ""))
        else:
            p.line(
                art.title, "    Item Type: Newspaper Article", f"    Author: {c.name}", f"    Publication: {c.outlet}"
            )
            if line:
                p.line("    " + line)
            p.line(f"    Pages: {c.page}", f"    URL: {url}")
            p.raw("    Abstract: ")
            p.paragraphs([text])
            if p.dated:
                added = f"{_num(c.saved, c, pad=False)}, " + (
                    f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
                    if c.day_first
                    else _ampm(r.randint(0, 23), r.randint(0, 59)).replace(" ", f":{r.randint(0, 59):02d} ")
                )
                p.line(f"    Date Added: {added}", f"    Modified: {added}")
        p.close("article", art.date, form, art.id)
        p.blank()
    if fmt == "csl":
        p.line("]")


# ------------------------------------------------------------------------------------------------ spreadsheets

SHEET_COLUMNS = {
    "en": ("id", "published", "section", "title", "body", "last_modified"),
    "sl": ("id", "datum", "rubrika", "naslov", "besedilo", "spremenjeno"),
    "et": ("id", "kuupäev", "rubriik", "pealkiri", "tekst", "muudetud"),
    "lv": ("id", "datums", "sadaļa", "virsraksts", "teksts", "labots"),
    "is": ("auðkenni", "dagsetning", "flokkur", "fyrirsögn", "texti", "breytt"),
    "sq": ("id", "data", "rubrika", "titulli", "teksti", "ndryshuar"),
    "id": ("id", "tanggal", "rubrik", "judul", "isi", "diubah"),
    "ms": ("id", "tarikh", "seksyen", "tajuk", "teks", "dikemas_kini"),
    "gl": ("id", "data", "sección", "título", "texto", "modificado"),
    "eu": ("id", "data", "atala", "izenburua", "testua", "aldatua"),
    "tl": ("id", "petsa", "seksiyon", "pamagat", "nilalaman", "binago"),
    "pt": ("id", "data", "editoria", "titulo", "texto", "modificado_em"),
    "sk": ("id", "dátum", "rubrika", "titulok", "text", "upravené"),
    "bg": ("id", "дата", "рубрика", "заглавие", "текст", "променено"),
    "sr": ("id", "датум", "рубрика", "наслов", "текст", "измењено"),
}
SHEET_SECTIONS = {
    "en": ("World", "Business", "Politics"),
    "sl": ("Svet", "Gospodarstvo", "Politika"),
    "et": ("Maailm", "Majandus", "Poliitika"),
    "lv": ("Pasaulē", "Ekonomika", "Politika"),
    "is": ("Erlent", "Viðskipti", "Stjórnmál"),
    "sq": ("Bota", "Ekonomi", "Politikë"),
    "id": ("Dunia", "Ekonomi", "Politik"),
    "ms": ("Dunia", "Ekonomi", "Politik"),
    "gl": ("Mundo", "Economía", "Política"),
    "eu": ("Mundua", "Ekonomia", "Politika"),
    "tl": ("Mundo", "Negosyo", "Pulitika"),
    "pt": ("Mundo", "Economia", "Política"),
    "sk": ("Svet", "Ekonomika", "Politika"),
    "bg": ("Свят", "Икономика", "Политика"),
    "sr": ("Свет", "Економија", "Политика"),
}
SHEET_FORMS = (
    "csv-numeric",
    "tsv-compact",
    "csv-dotted",
    "csv-excel-serial",
    "tsv-isoweek",
    "csv-iso-datetime",
    "csv-excel-dmmmyy",
    "tsv-ordinal",
)


def _csv_quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _spreadsheet(p: _Page) -> None:
    r = p.rng
    house = p.cycle("sheet", SHEET_FORMS)
    langs = tuple(SHEET_COLUMNS)
    if house == "csv-numeric":
        lang = "en"
    elif house == "csv-dotted":
        lang = p.cycle("sheet-continental", langs[1:])
    else:
        lang = p.cycle("sheet-lang", langs)
    if lang != "en":
        p.day_first = True
    tsv = house.startswith("tsv")
    sep = "\t" if tsv else ("," if lang == "en" else ";")
    cols = SHEET_COLUMNS[lang]
    if p.dated and r.random() < 0.5:
        exported = max(a.date for a in p.chosen) + dt.timedelta(days=r.randint(300, 4000))
        p.line(f"# export {exported.isoformat()} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}")
    header = [cols[0], cols[1], cols[2], cols[3], cols[4], cols[5]] if p.dated else [cols[0], cols[2], cols[3], cols[4]]
    p.line(sep.join(header))
    rows = sorted(p.chosen, key=lambda a: a.date)
    first_id = r.randint(3100, 8800)
    for k, art in enumerate(rows):
        c = p.ctx(art)
        form = house if p.dated and r.random() >= 0.08 else "none"
        cell = (p.stamp(form, art.date, c) or "") if form != "none" else ""
        section = r.choice(SHEET_SECTIONS[lang])
        texts = p.texts(art, 1, 3)
        row_id = str(first_id + k * r.randint(1, 9))
        p.start()
        fields = [row_id, cell, section] if p.dated else [row_id, section]
        if tsv:
            p.raw(sep.join(fields + [art.title]) + sep)
            p.body()
            p.raw("\\n\\n".join(texts))
        else:
            p.raw(sep.join(fields + [_csv_quote(art.title)]) + sep + '"')
            p.body()
            p.raw("\n\n".join(t.replace('"', '""') for t in texts) + '"')
        if p.dated:
            p.raw(sep + (FORM[house].write(c.later, c) if r.random() < 0.7 else ""))
        p.raw("\n")
        p.close("article", art.date, form, art.id)


# ------------------------------------------------------------------------------------------------ anthologies

ANTH_UI = {
    "en": dict(
        edited="Edited by {name}",
        rights="Copyright © {year} by {name}. All rights reserved.",
        first="First published {year}",
        contents="Contents",
        reproduced="",
        chapter="Chapter {n}",
        plain="First published in {outlet}.",
        afterword="Afterword",
        after="These pieces are reprinted as they first appeared, with small corrections made in {year}.",
    ),
    "cy": dict(
        edited="Golygwyd gan {name}",
        rights="Hawlfraint © {year} {name}. Cedwir pob hawl.",
        first="Argraffiad cyntaf {year}",
        contents="Cynnwys",
        reproduced="Atgynhyrchir yr erthyglau yn eu Saesneg gwreiddiol.",
        chapter="Pennod {n}",
        plain="Cyhoeddwyd gyntaf yn {outlet}.",
        afterword="Ôl-nodyn",
        after="Atgynhyrchir yr erthyglau fel yr ymddangosasant gyntaf, gyda mân gywiriadau a wnaed yn {year}.",
    ),
    "is": dict(
        edited="Ritstjóri: {name}",
        rights="Höfundarréttur © {year} {name}. Allur réttur áskilinn.",
        first="Fyrsta útgáfa {year}",
        contents="Efnisyfirlit",
        reproduced="Greinarnar eru birtar á frummálinu, ensku.",
        chapter="{n}. kafli",
        plain="Birtist fyrst í {outlet}.",
        afterword="Eftirmáli",
        after="Greinarnar eru endurprentaðar eins og þær birtust fyrst, með smávægilegum leiðréttingum frá {year}.",
    ),
    "gl": dict(
        edited="Edición de {name}",
        rights="© {year} {name}. Todos os dereitos reservados.",
        first="Primeira edición: {year}",
        contents="Índice",
        reproduced="Os artigos reprodúcense no seu inglés orixinal.",
        chapter="Capítulo {n}",
        plain="Publicado orixinalmente en {outlet}.",
        afterword="Epílogo",
        after="Os textos reprodúcense tal como apareceron, con pequenas correccións feitas en {year}.",
    ),
    "eu": dict(
        edited="Argitaratzailea: {name}",
        rights="© {year} {name}. Eskubide guztiak erreserbatuta.",
        first="Lehen argitalpena: {year}",
        contents="Aurkibidea",
        reproduced="Artikuluak jatorrizko ingelesez argitaratzen dira.",
        chapter="{n}. kapitulua",
        plain="{outlet} egunkarian argitaratua.",
        afterword="Epilogoa",
        after="Testuak lehen aldiz agertu ziren bezala argitaratzen dira, {year}an egindako zuzenketa txikiekin.",
    ),
}
ANTH_HOUSE = (
    "anth-headnote",
    "anth-cy",
    "anth-source-note",
    "anth-is",
    "anth-endnote",
    "anth-gl",
    "anth-written",
    "anth-eu",
)
BOOKS = ("Dispatches from the Quay", "Small Hours", "Weather and Water", "The Long Year", "Notes from the Coast Road")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


def _anthology(p: _Page) -> None:
    r = p.rng
    house = p.cycle("anth", ANTH_HOUSE)
    lang = FORM[house].lang
    ui = ANTH_UI[lang]
    book = r.choice(BOOKS)
    editor = r.choice(PEOPLE)
    published = max(a.date for a in p.chosen).year + r.randint(3, 16)
    p.line(book.upper(), ui["edited"].format(name=editor))
    p.blank()
    if p.dated:
        p.line(ui["rights"].format(year=published, name=editor), ui["first"].format(year=published))
        p.line(f"ISBN 978-1-{r.randint(30000, 89999)}-{r.randint(100, 999)}-{r.randint(0, 9)}")
    if ui["reproduced"]:
        p.line(ui["reproduced"])
    p.blank()
    p.line(ui["contents"])
    pages_at = sorted(r.sample(range(3, 240), len(p.chosen)))
    for n, (art, at) in enumerate(zip(p.chosen, pages_at, strict=True), 1):
        p.line(f"{n}. {art.title} {'.' * r.randint(4, 12)} {at}")
    p.blank()
    labels = r.choice(("chapter", "number", "roman"))
    for n, (art, at) in enumerate(zip(p.chosen, pages_at, strict=True), 1):
        c = p.ctx(art)
        form = house if p.dated and r.random() >= 0.1 else "none"
        if form != "none" and lang == "en" and r.random() < 0.25:
            form = r.choice(ANTH_HOUSE[::2])
        line = p.stamp(form, art.date, c) if form != "none" else None
        p.line({"chapter": ui["chapter"].format(n=n), "number": str(n), "roman": ROMAN[n - 1]}[labels])
        p.blank()
        p.start()
        p.line(art.title + ("¹" if form == "anth-endnote" else ""))
        if line and FORM[form].slot == "header":
            p.line(line)
        p.blank()
        texts = p.texts(art, 2, 5)
        width = r.randint(60, 72)
        if len(texts) > 2:  # a running head and a page number between two paragraphs
            head = f"{at + 1}    {book.upper()}" if r.random() < 0.5 else f"{art.title.upper()[:40]}    {at + 1}"
            texts = texts[:2] + [head] + texts[2:]
        p.paragraphs(texts, width)
        if line and FORM[form].slot == "footer":
            p.line("", line)
        elif not p.dated or form == "none":
            p.line("", ui["plain"].format(outlet=c.outlet))
        p.close("article", art.date, form, art.id)
        p.blank()
    if p.dated and r.random() < 0.5:
        p.line(ui["afterword"], "", ui["after"].format(year=published - r.randint(0, 2)))


# ------------------------------------------------------------------------------------------------ chronicles

CH_UI = {
    "en": ("Chronicle of events", "Last updated", "Source"),
    "et": ("Sündmuste kroonika", "Viimati uuendatud", "Allikas"),
    "sk": ("Kronika udalostí", "Naposledy aktualizované", "Zdroj"),
    "sl": ("Kronika dogodkov", "Zadnja posodobitev", "Vir"),
    "is": ("Annáll", "Síðast uppfært", "Heimild"),
    "sq": ("Kronika e ngjarjeve", "Përditësuar së fundi", "Burimi"),
    "bg": ("Хроника на събитията", "Последна актуализация", "Източник"),
    "sr": ("Хроника догађаја", "Последње ажурирано", "Извор"),
    "id": ("Kronik peristiwa", "Terakhir diperbarui", "Sumber"),
    "lv": ("Notikumu hronika", "Pēdējoreiz atjaunināts", "Avots"),
    "kk": ("Оқиғалар шежіресі", "Соңғы жаңарту", "Дереккөз"),
}


def month_heading(lang: str, year: int, month: int) -> str:
    """A chronicle's month heading: it states the month and the year for the day headings under it."""
    m = month - 1
    return {
        "en": lambda: f"{MONTHS['en'][m]} {year}",
        "et": lambda: f"{_cap(MONTHS['et'][m])} {year}",
        "sk": lambda: f"{_cap(SK_NOMINATIVE[m])} {year}",
        "sl": lambda: f"{_cap(SL_NOMINATIVE[m])} {year}",
        "is": lambda: f"{_cap(MONTHS['is'][m])} {year}",
        "sq": lambda: f"{_cap(MONTHS['sq'][m])} {year}",
        "bg": lambda: f"{_cap(MONTHS['bg'][m])} {year}",
        "sr": lambda: f"{_cap(MONTHS['sr'][m])} {year}.",
        "id": lambda: f"{MONTHS['id'][m]} {year}",
        "lv": lambda: f"{year}. gada {MONTHS['lv'][m]}",
        "kk": lambda: f"{year} жыл, {MONTHS['kk'][m]}",
    }[lang]()


def week_heading(lang: str, d: dt.date) -> str:
    """A chronicle's ISO-week heading: the week's number and its Monday and Sunday, with the year."""
    year, week, weekday = d.isocalendar()
    monday = d - dt.timedelta(days=weekday - 1)
    sunday = monday + dt.timedelta(days=6)
    y1 = f" {monday.year}" if monday.year != sunday.year else ""
    if lang == "et":
        return (
            f"{week}. nädal · {monday.day}. {MONTHS['et'][monday.month - 1]}{y1} – "
            f"{sunday.day}. {MONTHS['et'][sunday.month - 1]} {sunday.year}"
        )
    if lang == "id":
        return (
            f"Minggu ke-{week} · {monday.day} {MONTHS['id'][monday.month - 1]}{y1} – "
            f"{sunday.day} {MONTHS['id'][sunday.month - 1]} {sunday.year}"
        )
    return f"Week {week} · {_en_dmy(monday)[:-5]}{y1} – {_en_dmy(sunday)}"


def _chronicle(p: _Page) -> None:
    r = p.rng
    house = p.cycle("chron", tuple(f.name for f in FORMS if "chronicle" in f.styles))
    lang = FORM[house].lang
    weekly = FORM[house].needs == "week"
    title, updated, source = CH_UI[lang]
    arts = sorted(p.chosen, key=lambda a: a.date)
    first = arts[0].date
    if p.dated:
        p.line(title if weekly else f"{title} · {month_heading(lang, first.year, first.month)}")
        if not weekly and r.random() < 0.5:
            before = first.replace(day=1) - dt.timedelta(days=1)
            after = first.replace(day=28) + dt.timedelta(days=10)
            p.line(
                f"« {month_heading(lang, before.year, before.month)} · {month_heading(lang, after.year, after.month)} »"
            )
    else:
        p.line(title)
    p.blank()
    shown_period = None
    shown_day = None
    for art in arts:
        d = art.date
        iso = tuple(d.isocalendar())[:2]
        c = p.ctx(art, year=d.year, month=(d.year, d.month), week=iso)
        form = house if p.dated else "none"
        if p.dated:
            period = iso if weekly else (d.year, d.month)
            if period != shown_period:
                p.line(week_heading(lang, d) if weekly else month_heading(lang, d.year, d.month), "")
                shown_period, shown_day = period, None
            if d != shown_day:
                p.line(p.stamp(form, d, c) or "", "")
                shown_day = d
        p.start()
        p.line(art.title)
        p.paragraphs(p.texts(art, 1, 3))
        if r.random() < 0.5:
            p.line(f"{source}: {c.outlet}")
        p.close("article", d, form, art.id)
        p.blank()
    if p.dated:
        last = arts[-1].date + dt.timedelta(days=r.randint(3, 40))
        p.line(f"{updated}: {last.day:02d}.{last.month:02d}.{last.year} · {r.choice(PEOPLE)}")


# ------------------------------------------------------------------------------------------------ bilingual outlets

BI_UI = {
    "bi-cy-en": (
        "Cymraeg | English",
        "Llais y Glannau | Voice of the Shores",
        "Newyddion / News",
        "Gan / By",
        "Darllenwch yn Gymraeg / Read in Welsh",
        "Rhannu / Share",
        "Diweddarwyd ddiwethaf / Last updated",
    ),
    "bi-ga-en": (
        "Gaeilge | English",
        "Nuacht an Chósta | Coast News",
        "Nuacht / News",
        "Le / By",
        "Léigh i nGaeilge / Read in Irish",
        "Roinn / Share",
        "Nuashonraithe / Updated",
    ),
    "bi-eu-es": (
        "Euskara | Castellano",
        "Itsasaldea Albisteak | Noticias del Litoral",
        "Albisteak / Noticias",
        "Egilea / Autor",
        "Irakurri euskaraz / Leer en euskera",
        "Partekatu / Compartir",
        "Azken eguneraketa / Última actualización",
    ),
    "bi-gl-es": (
        "Galego | Castellano",
        "Xornal da Ribeira | Diario de la Ribera",
        "Novas / Noticias",
        "Por / Por",
        "Ler en galego / Leer en gallego",
        "Compartir",
        "Última actualización",
    ),
    "bi-kk-ru": (
        "Қазақша | Русский",
        "Дала жаршысы | Вестник степи",
        "Жаңалықтар / Новости",
        "Авторы / Автор",
        "Қазақша оқу / Читать на казахском",
        "Бөлісу / Поделиться",
        "Жаңартылды / Обновлено",
    ),
    "bi-tl-en": (
        "Filipino | English",
        "Balitang Baybay | Coastline Report",
        "Balita / News",
        "Ni / By",
        "Basahin sa Filipino / Read in Filipino",
        "Ibahagi / Share",
        "Huling binago / Last updated",
    ),
    "bi-af-en": (
        "Afrikaans | English",
        "Die Kusberig | The Coast Courier",
        "Nuus / News",
        "Deur / By",
        "Lees in Afrikaans / Read in Afrikaans",
        "Deel / Share",
        "Laas bygewerk / Last updated",
    ),
    "bi-ms-en": (
        "Bahasa Melayu | English",
        "Berita Pesisir | Coastal News",
        "Berita / News",
        "Oleh / By",
        "Baca dalam Bahasa Melayu / Read in Malay",
        "Kongsi / Share",
        "Dikemas kini / Updated",
    ),
    "bi-sq-sr": (
        "Shqip | Српски",
        "Zëri i Luginës | Глас долине",
        "Lajme / Вести",
        "Nga / Пише",
        "Lexo në shqip / Читај на српском",
        "Ndaj / Подели",
        "Përditësuar / Ажурирано",
    ),
}


def _bilingual(p: _Page) -> None:
    r = p.rng
    house = p.cycle("bi", tuple(BI_UI))
    switch, site, section, by, read, share, updated = BI_UI[house]
    p.line(switch, site, section)
    p.blank()
    for art in p.chosen:
        c = p.ctx(art)
        form = house if p.dated and r.random() >= 0.1 else "none"
        line = p.stamp(form, art.date, c) if form != "none" else None
        p.line(section)
        p.start()
        p.line(art.title)
        if line and r.random() < 0.5:
            p.line(line, f"{by} {c.name}")
        else:
            p.line(f"{by} {c.name}")
            if line:
                p.line(line)
        if r.random() < 0.4:
            p.line(read)
        p.blank()
        p.paragraphs(p.texts(art, 2, 4))
        if p.dated and r.random() < 0.4:
            p.line("", f"{updated}: {c.later.day:02d}/{c.later.month:02d}/{c.later.year} {_later_hm(c)}")
        p.close("article", art.date, form, art.id)
        p.blank()
        p.line(share)
        p.blank()
    p.line(f"© {max(a.date for a in p.chosen).year} {site}" if p.dated else site)


# ------------------------------------------------------------------------------------------------ intranet

IN_UI = {
    "en": (
        "Intranet · Home > News > Company news",
        "{v} views · {l} likes",
        "Comments",
        "Other news",
        ("Thanks for sharing.", "Good to know, thank you."),
    ),
    "sk": (
        "Intranet · Domov > Správy > Firemné správy",
        "{v} zobrazení · {l} páči sa mi to",
        "Komentáre",
        "Ďalšie správy",
        ("Ďakujem za info.", "Dobré vedieť."),
    ),
    "sl": (
        "Intranet · Domov > Novice > Novice podjetja",
        "{v} ogledov · {l} všečkov",
        "Komentarji",
        "Druge novice",
        ("Hvala za informacijo.", "Dobro je vedeti."),
    ),
    "et": (
        "Intranet · Avaleht > Uudised > Ettevõtte uudised",
        "{v} vaatamist · {l} meeldimist",
        "Kommentaarid",
        "Muud uudised",
        ("Aitäh info eest.", "Hea teada."),
    ),
    "lv": (
        "Intranets · Sākums > Ziņas > Uzņēmuma ziņas",
        "{v} skatījumi · {l} patīk",
        "Komentāri",
        "Citas ziņas",
        ("Paldies par informāciju.", "Labi zināt."),
    ),
    "pt": (
        "Intranet · Início > Notícias > Notícias da empresa",
        "{v} visualizações · {l} curtidas",
        "Comentários",
        "Outras notícias",
        ("Obrigado por compartilhar.", "Bom saber."),
    ),
    "id": (
        "Intranet · Beranda > Berita > Berita perusahaan",
        "{v} dilihat · {l} suka",
        "Komentar",
        "Berita lainnya",
        ("Terima kasih infonya.", "Bagus untuk diketahui."),
    ),
    "bg": (
        "Интранет · Начало > Новини > Фирмени новини",
        "{v} преглеждания · {l} харесвания",
        "Коментари",
        "Други новини",
        ("Благодаря за информацията.", "Добре е да се знае."),
    ),
    "az": (
        "İntranet · Ana səhifə > Xəbərlər > Şirkət xəbərləri",
        "{v} baxış · {l} bəyənmə",
        "Şərhlər",
        "Digər xəbərlər",
        ("Məlumat üçün təşəkkürlər.", "Bilmək yaxşıdır."),
    ),
}
IN_HOUSE = ("sp-created-en", "sp-sk", "sp-sl", "sp-yearless-en", "sp-et", "sp-lv", "sp-ptbr", "sp-id", "sp-bg", "sp-az")
COMPANIES = ("Harbour Logistics", "Meridian Health Trust", "Northgate Council", "Kestrel Engineering")


def _locale_date(lang: str, d: dt.date, c: Ctx) -> str:
    return {
        "en": lambda: _num(d, c) if c.day_first else _num(d, c, pad=False),
        "sk": lambda: f"{d.day}. {d.month}. {d.year}",
        "sl": lambda: f"{d.day}. {d.month}. {d.year}",
        "et": lambda: f"{d.day}.{d.month:02d}.{d.year}",
        "lv": lambda: f"{d:%d.%m.%Y}",
        "pt": lambda: f"{d:%d/%m/%Y}",
        "id": lambda: f"{d:%d/%m/%Y}",
        "bg": lambda: f"{d.day}.{d.month}.{d.year} г.",
        "az": lambda: f"{d:%d.%m.%Y}",
    }[lang]()


def _intranet(p: _Page) -> None:
    r = p.rng
    house = p.cycle("sp", IN_HOUSE)
    lang = FORM[house].lang
    crumbs, views, comments, rollup, replies = IN_UI[lang]
    if lang != "en":
        p.day_first = True
    p.line(f"{r.choice(COMPANIES)} {crumbs}")
    if house == "sp-yearless-en" and p.dated:
        p.year = min(a.date for a in p.chosen).year
        p.line(f"News archive · {p.year}")
    p.blank()
    for art in p.chosen:
        c = p.ctx(art)
        form = house if p.dated and r.random() >= 0.1 else "none"
        line = p.stamp(form, art.date, c) if form != "none" else None
        if form != "none" and line is None:  # a year-less line under an archive heading of another year
            form = "sp-created-en"
            line = p.stamp(form, art.date, c)
        p.start()
        p.line(art.title)
        if line:
            p.line(line)
        if p.dated and r.random() < 0.6:
            p.line(_sp("en" if form.endswith("-en") else lang, modified=True)(c.later, c))
        p.line(views.format(v=_group(c.views, "," if lang == "en" else " "), l=r.randint(0, 60)))
        p.blank()
        p.paragraphs(p.texts(art, 2, 4))
        p.close("article", art.date, form, art.id)
        p.blank()
        p.line("Like · Comment · Save for later" if lang == "en" else "👍 · 💬 · 🔖")
        p.blank()
        if r.random() < 0.25:
            n = r.randint(1, 3)
            p.start()
            p.line(f"{comments} ({n})")
            p.body()
            for k in range(n):
                when = f" · {_locale_date(lang, c.later + dt.timedelta(days=k), c)}" if p.dated else ""
                p.line(f"{r.choice(PEOPLE)}{when}", r.choice(replies))
            p.close("comments", None, "comments")
            p.blank()
        if r.random() < 0.3:
            p.line(rollup)
            for _ in range(3):
                other = p.other()
                when = f" · {_locale_date(lang, other.date, c)}" if p.dated else ""
                p.line(f"{other.title}{when}")
            p.blank()


# ------------------------------------------------------------------------------------------------ paste sites

PASTE_SITES = {
    "paste-caps": (
        "pastehaven.example",
        "text {kb} KB | None | 0 likes",
        "raw   download   clone   embed   print   report",
    ),
    "paste-dpaste": (
        "snipdump.example",
        "Syntax: Plain text · Lines: {lines}",
        "View raw · Copy snippet · Edit snippet",
    ),
    "paste-debian": ("clipbin.example", "Language: Text · Hidden: No", "Download · Report · New paste"),
    "paste-jsdate": ("notepad.example", "Read-only · {chars} chars", "Copy · Share · Fork"),
}


def _paste(p: _Page) -> None:
    r = p.rng
    variant = p.cycle("paste", tuple(PASTE_SITES))
    site, info, actions = PASTE_SITES[variant]
    p.line(f"{site}   + new paste   API   tools   faq")
    p.blank()
    for art in p.chosen:
        c = p.ctx(art)
        texts = p.texts(art, 2, 4)
        mode = "none"
        if p.dated:
            x = r.random()
            mode = "meta" if x < 0.5 else "hdr" if x < 0.75 else "bracket" if x < 0.87 else "mail"
        if mode == "meta":
            form, meta = variant, p.stamp(variant, art.date, c)
        elif mode == "none":
            form = "none"
            meta = {
                "paste-caps": f"GUEST · {c.views:,} · NEVER",
                "paste-dpaste": "Expires: never",
                "paste-debian": f"Posted by {c.handle}",
                "paste-jsdate": "Created by anonymous",
            }[variant]
        else:  # pasted days later: the text's own first lines state its date
            form = {"hdr": p.cycle("hdr-paste", HDR_FORMS), "bracket": "paste-source-bracket", "mail": "paste-rfc822"}[
                mode
            ]
            meta = p.stamp(variant, art.date + dt.timedelta(days=r.randint(1, 20)), c)
        p.start()
        p.line(art.title if r.random() < 0.7 else "Untitled", meta or "")
        chars = sum(len(t) for t in texts)
        p.line(info.format(kb=f"{chars / 1024:.2f}", lines=len(texts) * 2, chars=_group(chars, ",")), actions)
        p.blank()
        if mode in ("hdr", "bracket"):
            p.line(p.stamp(form, art.date, c) or "", "")
        elif mode == "mail":
            p.line(
                f"From: {c.name} <{c.handle}@{c.site}>",
                f"To: desk@{site}",
                f"Subject: Fwd: {art.title}",
                p.stamp(form, art.date, c) or "",
                "",
            )
        p.paragraphs(texts)
        p.close("article", art.date, form, art.id)
        p.blank()
    if p.dated and r.random() < 0.5:
        p.line("Public Pastes")
        for _ in range(3):
            p.line(p.other().title[:32], f"Text | {r.randint(2, 59)} {r.choice(('sec', 'min'))} ago")
        p.blank()
    p.line(f"© {max(a.date for a in p.chosen).year + r.randint(0, 3)} {site}" if p.dated else site)


# ------------------------------------------------------------------------------------------------ advisories

AD_UI = {
    "en": (
        "Severity: Moderate · Status: Final",
        "Summary",
        "Revision history",
        "Valid until",
        ("Initial release", "Updated affected areas"),
    ),
    "lv": (
        "Nopietnība: vidēja · Statuss: galīgs",
        "Kopsavilkums",
        "Izmaiņu vēsture",
        "Derīgs līdz",
        ("Sākotnējā publikācija", "Precizēti skartie apgabali"),
    ),
    "et": (
        "Raskusaste: keskmine · Olek: lõplik",
        "Kokkuvõte",
        "Muudatuste ajalugu",
        "Kehtib kuni",
        ("Esmane avaldamine", "Täpsustatud mõjutatud piirkonnad"),
    ),
    "sk": (
        "Závažnosť: stredná · Stav: konečný",
        "Zhrnutie",
        "História revízií",
        "Platné do",
        ("Prvé vydanie", "Aktualizované dotknuté oblasti"),
    ),
    "ka": (
        "სიმძიმე: საშუალო · სტატუსი: საბოლოო",
        "შეჯამება",
        "ცვლილებების ისტორია",
        "მოქმედებს",
        ("პირველი გამოცემა", "განახლებული ინფორმაცია"),
    ),
    "hy": (
        "Լրջություն՝ միջին · Կարգավիճակ՝ վերջնական",
        "Ամփոփում",
        "Փոփոխությունների պատմություն",
        "Գործում է մինչև",
        ("Առաջին հրապարակում", "Թարմացված տեղեկություններ"),
    ),
}
AD_AGENCIES = {
    "en": (
        ("Northland Weather Service", "NWS"),
        ("Harbour City CERT", "HCC"),
        ("External Affairs Travel Advice", "TRV"),
    ),
    "lv": (("Ziemeļkrasta Drošības birojs", "ZDB"),),
    "et": (("Põhjaranniku Ohutusamet", "POA"),),
    "sk": (("Úrad pre bezpečnosť Severného pobrežia", "UBS"),),
    "ka": (("ჩრდილოეთის უსაფრთხოების სამსახური", "NSS"),),
    "hy": (("Հյուսիսային անվտանգության գրասենյակ", "HAG"),),
}
AD_HOUSE = tuple(f.name for f in FORMS if "advisory" in f.styles)


def _advisory(p: _Page) -> None:
    r = p.rng
    house = p.cycle("adv", AD_HOUSE)
    lang = FORM[house].lang
    severity, summary, history, valid, revisions = AD_UI[lang]
    maritime = house == "adv-dtg"
    agency, prefix = ("Office of Maritime Safety", "NAVAREA XIX") if maritime else r.choice(AD_AGENCIES[lang])
    p.line(agency, "Advisories · Alerts · Subscribe · RSS")
    p.blank()
    for art in p.chosen:
        c = p.ctx(art, hour=r.randint(7, 20))
        form = house if p.dated and r.random() >= 0.1 else "none"
        if form != "none" and lang == "en" and r.random() < 0.2:
            form = r.choice(("adv-issued-utc", "adv-release-revised", "adv-current-initial", "adv-dtg"))
        line = p.stamp(form, art.date, c) if form != "none" else None
        n = r.randint(3000, 9999)
        if maritime:
            p.line(f"{prefix} {n}/{art.date.year % 100:02d}" if p.dated else f"{prefix} {n}")
        else:
            p.line(f"Advisory {prefix}-{art.date.year}-{n}" if p.dated else f"Advisory {prefix}-{n}")
        p.start()
        p.line(art.title.upper() if maritime else art.title)
        if line:
            p.line(line)
        p.line(severity)
        if p.dated:
            until = art.date + dt.timedelta(days=r.randint(2, 10))
            p.line(f"{valid}: {until.isoformat()} {r.choice(('00:00', '12:00', '18:00'))} UTC")
        p.blank()
        p.line(summary)
        p.paragraphs(p.texts(art, 2, 4))
        if p.dated and r.random() < 0.6:
            p.line(
                "",
                history,
                f"1.0  {art.date.isoformat()}  {revisions[0]}",
                f"1.1  {c.later.isoformat()}  {revisions[1]}",
            )
        if maritime and p.dated:
            cancel = art.date + dt.timedelta(days=r.randint(3, 9))
            p.line(
                "",
                f"CANCEL THIS MSG {cancel.day:02d}{r.randint(0, 23):02d}00Z {EN_SHORT[cancel.month - 1].upper()} {cancel.year % 100:02d}",
            )
        p.close("article", art.date, form, art.id)
        p.blank()
    p.line(f"{agency} · Contact · Accessibility · Privacy")


# ------------------------------------------------------------------------------------------------ pages

BUILDERS: dict[str, Callable[[_Page], None]] = {
    "serp": _serp,
    "readinglist": _readinglist,
    "factcheck": _factcheck,
    "photodesk": _photodesk,
    "citations": _citations,
    "spreadsheet": _spreadsheet,
    "anthology": _anthology,
    "chronicle": _chronicle,
    "bilingual": _bilingual,
    "intranet": _intranet,
    "paste": _paste,
    "advisory": _advisory,
}


def make_page(
    rng: random.Random,
    articles: list[Article],
    style: str,
    dated: bool,
    counters: dict[str, int] | None = None,
) -> tuple[str, list[GoldSegment]]:
    """One page of ``style``: its text and gold. ``counters`` (shared over one generation) take the styles' house
    forms and the saved texts' header forms in turn."""
    n = rng.randint(2, 6)
    p = _Page(rng, style, dated, _choose(rng, articles, n), articles, {} if counters is None else counters)
    BUILDERS[style](p)
    return p.text(), p.gold


def generate(corpus: pathlib.Path, seed: int = 1, count: int = 40) -> list[Page]:
    """``count`` pages, the same for the same corpus and seed: the styles in turn, about one page in ten
    undated."""
    articles = pages.read_articles(pathlib.Path(corpus))
    if len(articles) < 2:
        raise ValueError("the corpus needs at least two dated articles of two paragraphs or more")
    rng = random.Random(f"pages-h/{seed}")
    counters: dict[str, int] = {}
    out = []
    for n in range(count):
        style = STYLES[(n + seed) % len(STYLES)]
        dated = rng.random() >= 0.1
        text, gold = make_page(rng, articles, style, dated, counters)
        out.append(Page(f"h{n:03d}_{style}", style, text, tuple(gold)))
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
    """``timeline evaluate CORPUS --pages --generator h``: these pages, ``pages``'s scorer and report."""
    return pages.cli(
        corpus, seed, count, errors, as_json, keep, generator=sys.modules[__name__], name="generator h", values=values
    )
