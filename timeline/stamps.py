"""Date stamps: the header, byline and post-stamp lines with which pages say when something was published.

One table (``STAMP_LINES``) serves both segmentation (a stamp line is a layout cue: where one article's
header is) and anchoring (the date it states). A row is (name, line pattern, example); a pattern matches a
whole stripped line and holds a ``{DATE}`` placeholder for the date itself (``DATE_FORMS``: numeric in any
order, ISO 8601, RFC 2822, a month name in any language dateparser knows, or a relative stamp). The rows
describe the web's general conventions (a label and a colon, "By NAME |", a post number, a bracketed date
before a title), never one site's words.

Parsing: ISO 8601 and RFC 2822 with the standard library, numeric dates by hand (their order is the page's:
``page_order`` looks at the page's other numeric dates), everything with a month name by dateparser (month
names in other languages), relative stamps ("3 days ago", "yesterday at 14:02") against the page's capture
date (``capture_date``: a "Retrieved ..."/"Saved on ..." line) and never against today.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

#: The languages whose month and weekday names a stamp may be written in (dateparser knows them): the project's rule
#: languages and the other European ones news sites publish in, Latin and Cyrillic script.
STAMP_LANGUAGES = [
    "en",
    "ru",
    "de",
    "fr",
    "es",
    "it",
    "pt",
    "nl",
    "uk",
    "pl",
    "tr",
    "sv",
    "da",
    "nb",
    "fi",
    "cs",
    "ro",
    "hu",
    "el",
    "ar",
    "id",
    "ms",
    "ca",
    "sk",
    "hr",
    "sl",
    "bg",
    "lt",
    "lv",
    "et",
    "he",
    "sw",
    "hi",
    "th",
]


def _weekday_words() -> dict[str, int]:
    """Weekday names of the languages a stamp may be written in (dateparser's locale data: "mercredi",
    "miércoles", "пятница", "poniedziałek"), with the two-letter Russian and Ukrainian abbreviations pages write
    before a date ("Пт, 29.04.2009")."""
    from .temporal.languages import weekday_forms

    words = dict(weekday_forms(STAMP_LANGUAGES))
    for number, short in enumerate(("пн", "вт", "ср", "чт", "пт", "сб", "вс"), 1):
        words.setdefault(short, number)
    # (Vietnamese weekdays are two words, "Thứ Sáu" / "Chủ Nhật": the locale table gives no one-word form)
    for number, name in enumerate(("thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật"), 1):
        words.setdefault(name, number)
    return words


_OTHER_WEEKDAYS = _weekday_words()
#: The two-letter German weekdays a board writes before a date ("Di 3. März 2009, 10:22"): read only there (with
#: their capital, right before the date's day), since they are words elsewhere ("so", "do").
SHORT_WEEKDAYS = {"Mo": 1, "Di": 2, "Mi": 3, "Do": 4, "Fr": 5, "Sa": 6, "So": 7}
_SHORT_WEEKDAY = r"(?:" + "|".join(SHORT_WEEKDAYS) + r")(?=\.?,?\s+\d)"
_WEEKDAY = (
    r"(?:(?:(?:Mon|Tue|Tues|Wed|Wednes|Thu|Thur|Thurs|Fri|Sat|Satur|Sun)(?:day)?|"
    # (in capitals, as day headings set it: "MONDAY, 3 MARCH 2031")
    r"(?:MON|TUE|TUES|WED|WEDNES|THU|THUR|THURS|FRI|SAT|SATUR|SUN)(?:DAY)?|"
    + _SHORT_WEEKDAY
    + r"|(?i:"
    + "|".join(re.escape(w) for w in sorted(_OTHER_WEEKDAYS, key=lambda w: (-len(w), w)))
    + r"))\.?,?\s+)"
)
#: A weekday on a Chinese, Japanese or Korean page: "星期五", "周五", or one character in brackets ("(金)", "(목)").
_CJK_WEEKDAY = r"\s*(?:(?:星期|週|周)[一二三四五六日天]|\([月火水木金土日월화수목금토일]\))"
#: A weekday's full name after the date it belongs to (some languages' pages put it there).
_WEEKDAY_AFTER = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?i:"
    + "|".join(re.escape(w) for w in sorted(_OTHER_WEEKDAYS, key=lambda w: (-len(w), w)) if len(w) >= 4)
    + r"))"
)
_TIME = (
    r"(?:\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s*(?:[ap]\.?m\.?|[AP]\.?M\.?))?"
    r"(?:\s*(?:Uhr|[A-Z]{2,4}(?:[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2})){0,2})"
)
_NAME = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
#: A time of day written before the date it belongs to, with its zone or "UK time" ("14:44 UK time, Wednesday,
#: 29 April 2009")
_TIME_ZONED = _TIME + r"(?:\s+(?:[A-Z]{2,4}\s+)?(?:local\s+)?time)?"
_TIME_FIRST = r"(?:" + _TIME_ZONED + r"\s*,?\s*)?"
#: A stamp's clause states no finite verb ("Posted in World on ..."); a sentence does ("The plan was agreed on ...").
_NO_FINITE_VERB = r"(?![^\n]*\b(?:was|were|is|are|been|being|has|have|had|will|would|did|does)\b)"

#: Words that say a date is a later state of the text, not its publication: (language, pattern, example).
UPDATE_WORDS: tuple[tuple[str, str, str], ...] = (
    (
        "en",
        r"(?:[Ll]ast\s+)?(?:[Uu]pdated|UPDATED|[Mm]odified|[Ee]dited|[Rr]evised)|[Cc]urrent\s+(?:release|version)(?:\s+date)?",
        "Last updated",
    ),
    ("de", r"(?:[Zz]uletzt\s+)?(?:[Aa]ktualisiert|[Gg]eändert)", "Zuletzt aktualisiert"),
    ("fr", r"(?:[Dd]erni[èe]re\s+)?[Mm]ise?\s+à\s+jour", "Mis à jour"),
    ("es", r"(?:[Úú]ltima\s+)?[Aa]ctualizad[oa]|[Úú]ltima\s+actualización", "Actualizado"),
    ("it", r"(?:[Uu]ltimo\s+)?[Aa]ggiornat[oa]|[Uu]ltimo\s+aggiornamento", "Aggiornato"),
    ("pt", r"[Aa]tualizad[oa]|[Úú]ltima\s+atualização", "Atualizado"),
    ("nl", r"(?:[Ll]aatst\s+)?[Bb]ijgewerkt", "Bijgewerkt"),
    ("ru", r"[Оо]бновлен[оа]?|[Оо]тредактирован[оа]?", "Обновлено"),
    ("uk", r"[Оо]новлено|[Оо]новлення", "Оновлено"),
    ("pl", r"[Zz]aktualizowano|[Aa]ktualizacja", "Aktualizacja"),
    ("tr", r"[Gg]üncelle(?:me|nme)(?:\s+[Tt]arihi)?", "Güncelleme"),
    ("sv", r"[Uu]ppdaterad|[Ää]ndrad", "Uppdaterad"),
    ("da", r"[Oo]pdateret", "Opdateret"),
    ("nb", r"[Oo]ppdatert|[Ee]ndret", "Oppdatert"),
    ("fi", r"[Pp]äivitetty", "Päivitetty"),
    ("cs", r"[Aa]ktualizováno|[Aa]ktualizace", "Aktualizováno"),
    ("ro", r"[Aa]ctualizat|[Aa]ctualizare", "Actualizat"),
    ("hu", r"[Ff]rissítve|[Ff]rissítés", "Frissítve"),
    ("zh", r"更新(?:时间|時間)?", "更新时间"),
    ("ja", r"更新(?:日時|日)?", "更新日時"),
    ("ko", r"수정", "수정"),
    ("sk", r"(?:[Nn]aposledy\s+)?[Aa]ktualizované|[Aa]ktualizácia", "Naposledy aktualizované"),
    ("sl", r"[Pp]osodobljeno", "Posodobljeno"),
    ("et", r"[Uu]uendatud", "Uuendatud"),
    ("lv", r"[Aa]tjaunināts|[Aa]tjaunots", "Atjaunināts"),
    ("lt", r"[Aa]tnaujinta", "Atnaujinta"),
    ("bg", r"[Оо]бновено|[Аа]ктуализирано|[Рр]едактирано", "Обновено"),
    ("sr-hr", r"[Аа]журирано|[Aa]žurirano", "Ažurirano"),
    ("id-ms", r"[Dd]iperbarui|[Dd]iperbaharui|[Dd]ikemas\s+kini", "Diperbarui"),
    ("sq", r"[Pp]ërditësuar|[Pp]ërditësimi", "Përditësuar"),
    ("is", r"[Uu]ppfært", "Uppfært"),
    ("cy", r"[Dd]iweddarwyd", "Diweddarwyd"),
    ("ga", r"[Nn]uashonraithe", "Nuashonraithe"),
    ("eu", r"[Ee]guneratua", "Eguneratua"),
    ("kk", r"[Жж]аңартылды|[Жж]аңартылған", "Жаңартылды"),
    ("az", r"[Yy]enilənib|[Yy]eniləndi", "Yenilənib"),
    ("ka", r"განახლდა|განახლებულია", "განახლდა"),
    ("hy", r"Թարմացվել|Թարմացված", "Թարմացվել"),
    ("el", r"Ενημερώθηκε|Ενημέρωση", "Ενημερώθηκε"),
    ("he", r"עודכן", "עודכן"),
    ("ar", r"(?:آخر\s+)?تحديث", "آخر تحديث"),
    ("vi", r"[Cc]ập\s+nhật", "Cập nhật"),
    ("af", r"[Bb]ygewerk|[Oo]pgedateer", "Bygewerk"),
    ("tl", r"[Nn]a-update|[Ii]n-update", "Na-update"),
)
_UPDATED = "(?:" + "|".join(p for _, p, _ in UPDATE_WORDS) + ")"
#: Words that say a date is the text's publication, for a line that gives the update first: (language, pattern,
#: example).
PUBLISH_WORDS: tuple[tuple[str, str, str], ...] = (
    ("en", r"[Pp]ublished|PUBLISHED|[Pp]osted|POSTED|[Cc]reated|CREATED", "Published"),
    ("de", r"[Vv]eröffentlicht|[Ee]rschienen|[Ee]rstellt", "Veröffentlicht"),
    ("fr", r"[Pp]ublié(?:e)?|[Mm]is\s+en\s+ligne|[Cc]réée?", "Publié"),
    ("es", r"[Pp]ublicad[oa]|[Cc]read[oa]", "Publicado"),
    ("it", r"[Pp]ubblicat[oa]|[Cc]reat[oa]", "Pubblicato"),
    ("pt", r"[Pp]ublicad[oa]|[Cc]riad[oa]", "Publicado"),
    ("nl", r"[Gg]epubliceerd|[Aa]angemaakt", "Gepubliceerd"),
    ("ru", r"[Оо]публиковано|[Оо]публикован[оа]?|[Сс]оздано", "Опубликовано"),
    ("uk", r"[Оо]публіковано|[Сс]творено|[Дд]одано", "Опубліковано"),
    ("pl", r"[Oo]publikowano|[Dd]odano|[Uu]tworzono", "Dodano"),
    ("tr", r"[Yy]ayınlanma(?:\s+[Tt]arihi)?|[Yy]ayın\s+[Tt]arihi|[Oo]luşturulma", "Yayınlanma"),
    ("sv", r"[Pp]ublicerad|[Ss]kapad", "Publicerad"),
    ("da", r"[Pp]ubliceret|[Uu]dgivet|[Oo]prettet", "Publiceret"),
    ("nb", r"[Pp]ublisert|[Oo]pprettet", "Publisert"),
    ("fi", r"[Jj]ulkaistu|[Ll]uotu", "Julkaistu"),
    ("cs", r"[Pp]ublikováno|[Vv]ydáno|[Vv]ytvořeno", "Publikováno"),
    ("ro", r"[Pp]ublicat", "Publicat"),
    ("hu", r"[Kk]özzétéve|[Mm]egjelent|[Ll]étrehozva", "Közzétéve"),
    ("zh", r"发布(?:时间)?|發佈(?:時間)?|发表(?:于|時間|时间)?", "发布时间"),
    ("ja", r"公開(?:日時|日)?|配信(?:日時)?|投稿(?:日時|日)?", "公開日"),
    ("ko", r"입력|등록", "입력"),
)
_PUBLISHED = "(?:" + "|".join(p for _, p, _ in PUBLISH_WORDS) + ")"
#: Words that label the date a copy of the text was made -- a note app's clip, a saved page -- where the header
#: states another date too: (language, pattern, example). "Created" dates an article a CMS wrote when it is the
#: only date; beside a byline's date or a "Published" field it is the clip's.
COPY_WORDS: tuple[tuple[str, str, str], ...] = (
    ("en", r"[Cc]reated|CREATED|[Cc]lipped|[Ss]aved|[Cc]aptured|[Ii]mported|[Aa]dded", "Created"),
    ("de", r"[Ee]rstellt|[Gg]espeichert|[Hh]inzugefügt", "Erstellt"),
    ("fr", r"[Cc]réée?|[Ee]nregistrée?|[Aa]joutée?", "Créé"),
    ("es", r"[Cc]read[oa]|[Gg]uardad[oa]|[Aa]ñadid[oa]", "Creado"),
    ("it", r"[Cc]reat[oa]|[Ss]alvat[oa]|[Aa]ggiunt[oa]", "Creato"),
    ("pt", r"[Cc]riad[oa]|[Ss]alv[oa]|[Aa]dicionad[oa]", "Criado"),
    ("nl", r"[Aa]angemaakt|[Oo]pgeslagen|[Tt]oegevoegd", "Aangemaakt"),
)
#: Words that label when a copy was filed, fetched or passed on -- an archive's upload, a reference manager's
#: access or export -- never when the text was written, which was then or before: (language, pattern, example).
ARCHIVE_WORDS: tuple[tuple[str, str, str], ...] = (
    # ("Uploaded:" as a field's label, an archive's; "Uploaded on Apr 3, 2009" on a video page is its publication)
    ("en", r"[Uu]ploaded(?=\s*:)|[Aa]rchived|[Ee]xported|[Dd]ownloaded|[Aa]ccessed|[Ii]mported", "Uploaded:"),
    ("de", r"[Hh]ochgeladen|[Aa]rchiviert|[Ee]xportiert|[Hh]eruntergeladen|[Aa]bgerufen", "Hochgeladen"),
    ("fr", r"[Tt]éléversée?|[Aa]rchivée?|[Ee]xportée?|[Tt]éléchargée?|[Cc]onsultée?", "Consulté"),
    ("es", r"[Ss]ubid[oa]|[Aa]rchivad[oa]|[Ee]xportad[oa]|[Dd]escargad[oa]|[Cc]onsultad[oa]", "Consultado"),
)
COPY_LABEL = re.compile(r"\W*(?:" + "|".join(p for _, p, _ in COPY_WORDS + ARCHIVE_WORDS) + r")\b")
#: (a reference manager's comment or field code may come first: "%Z Accessed: 2011-01-12", "% 3 references
#: exported from ... on 2011-01-12")
ARCHIVE_LABEL = re.compile(r"\W*(?:%\s*(?:\w+\s+){0,2})?(?:" + "|".join(p for _, p, _ in ARCHIVE_WORDS) + r")\b")
#: The word between a stamp's label and its date: "on", "at" and their like in the languages with rules.
_ON = r"(?:\s+(?:on|at|le|am|um|el|il|em|op|в))?"

#: Labels of a date that is not the text's publication but of what it tells of: a life, a deadline, an event, a
#: listing's times (name, pattern, example). A line "LABEL: DATE" is then no stamp: it neither heads an article
#: nor dates one ("Born: 3 March 1950" in a profile's box, "When: Saturday, March 21" in an events list).
EVENT_LABELS: tuple[tuple[str, str, str], ...] = (
    ("life", r"born|died|date of (?:birth|death)|birthday|founded|established|incorporated", "Born"),
    ("deadline", r"deadline|due(?:\s+date)?|expires?|expiry(?:\s+date)?|valid\s+(?:until|through|from)", "Deadline"),
    (
        "event",
        r"(?:event|match|game|show|meeting|election|concert|performance|premiere|start|end|opening|closing)"
        r"(?:\s+(?:date|day|night|time))?|when|starts|ends|begins|kick-?off|applications\s+close",
        "Event date",
    ),
    # a day in history recalled ("On this day: 3 March 1909")
    ("history", r"on\s+this\s+day|(?:this\s+day|today)\s+in\s+history|anniversary", "On this day"),
    # what comes next in a fact box ("Next sailing: 12 March 2009", "Upcoming: ...")
    ("next", r"(?:next|upcoming|coming\s+up|scheduled|due\s+on)(?:\s+[a-z]+){0,2}", "Next sailing"),
    (
        "life-other-languages",
        r"geboren|gestorben|né(?:e)?\s+le|décédé(?:e)?\s+le|nacid[oa]|fallecid[oa]|родил(?:ся|ась)",
        "Geboren",
    ),
)
_EVENT_LABEL = "(?i:" + "|".join(p for _, p, _ in EVENT_LABELS) + ")"

#: Labels of a line that points to another text (name, pattern, example): "See also: TITLE (DATE)" dates that
#: text, not the one it sits in.
REFERENCE_LABELS: tuple[tuple[str, str, str], ...] = (
    (
        "en",
        r"see\s+also|related(?:\s+(?:story|stories|article|articles|coverage|links?|posts?))?|read\s+(?:more|also|next)|"
        r"also\s+read|more\s+on\s+this(?:\s+story)?|further\s+reading|previously|earlier|background|next|previous|"
        r"prev|older|newer|recommended|most\s+read|popular|trending",
        "See also",
    ),
    ("de", r"siehe\s+auch|lesen\s+sie\s+auch|mehr\s+zum\s+thema|weiterlesen", "Siehe auch"),
    ("fr", r"voir\s+aussi|lire\s+aussi|[àa]\s+lire\s+aussi|sur\s+le\s+même\s+sujet", "Voir aussi"),
    ("es", r"ver\s+también|lea\s+también|relacionad[oa]s?", "Ver también"),
    ("it", r"leggi\s+anche|vedi\s+anche|correlati", "Leggi anche"),
    ("pt", r"veja\s+também|leia\s+também|relacionad[oa]s?", "Veja também"),
)
_REFERENCE_LABEL = "(?i:" + "|".join(p for _, p, _ in REFERENCE_LABELS) + ")"

#: A month's name: letters, and the vowel signs of the Devanagari and Thai scripts (marks, not letters, to
#: Python's ``\w``: "अप्रैल", "เมษายน")
_MONTH_WORD = r"(?:[^\W\d_]|[\u0900-\u0963\u0e30-\u0e4e]){3,12}"
#: Japan's eras since 1868 and the Gregorian year before each one's first (its year N is that year + N).
JAPANESE_ERAS = {"明治": 1867, "大正": 1911, "昭和": 1925, "平成": 1988, "令和": 2018}
#: The date inside a stamp line: (name, pattern, example). Order matters: the first that matches is used.
DATE_FORMS: tuple[tuple[str, str, str], ...] = (
    (
        "iso-8601",
        r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?",
        "2009-04-03T14:02:00+01:00",
    ),
    # an ISO 8601 week date: the year, the week and the weekday ("2009-W10-2" is Tuesday 3 March 2009)
    ("iso-week", r"\d{4}-?W(?:0[1-9]|[1-4]\d|5[0-3])-?[1-7](?!\d)", "2009-W10-2"),
    # the ISO 8601 basic form without separators, read only after an edition's label (``ISO_BASIC_ROWS``): a bare
    # eight-digit number is as often an id
    # (with the time of day run on, as a web archive's capture stamp is: "20090303141502")
    (
        "iso-basic",
        r"(?:1[89]|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:(?:[01]\d|2[0-3])[0-5]\d[0-5]\d)?(?!\d)",
        "Ed. 20090303",
    ),
    (
        "rfc-2822",
        r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s+\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\s+\d{2}:\d{2}(?::\d{2})?"
        r"\s+(?:[+-]\d{4}|GMT|UTC?|[A-Z]{3})",
        "Fri, 03 Apr 2009 14:02:00 +0000",
    ),
    ("year-first", r"\d{4}/\d{1,2}/\d{1,2}|\d{4}\.\d{1,2}\.\d{1,2}", "2009/04/03"),
    # the year, the month's name, the day, each closed by a dot (Hungarian, Latvian: "2009. március 3.")
    ("year-month-day", r"\d{4}\.\s+[^\W\d_]{3,12}\.?\s+\d{1,2}\.(?!\d)", "2009. március 3."),
    # (the year's and the day's abbreviated words around them: Lithuanian "metai" and "diena")
    # (Vietnamese, the month by its number: "ngày 3 tháng 4 năm 2009")
    ("vi-words", r"(?:[Nn]gày\s+)?\d{1,2}\s+tháng\s+\d{1,2},?\s+năm\s+\d{4}", "ngày 3 tháng 4 năm 2009"),
    ("year-m-month-d", r"\d{4}\s*m\.\s+[^\W\d_]{3,12}\s+\d{1,2}\s*d\.", "2009 m. balandžio 3 d."),
    # the month in Roman numerals, as Central and Eastern European print writes it
    ("roman-month", r"\d{1,2}\.\s?(?:XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)\.\s?\d{4}(?!\d)", "3.III.2009"),
    # East Asian pages write the year, month and day with their signs
    ("cjk", r"\d{4}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]", "2009年4月3日"),
    # (a Japanese era's year: "平成21年4月3日" is 2009, the era's first year written "元")
    (
        "ja-era",
        r"(?:" + "|".join(JAPANESE_ERAS) + r")\s*(?:元|\d{1,2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日",
        "平成21年4月3日",
    ),
    # a Unix ``date`` / C ``ctime`` stamp: the time (and zone) between the day and the year
    (
        "ctime",
        r"[A-Z][a-z]{2}\s+\d{1,2}\s+\d{2}:\d{2}(?::\d{2})?(?:\s+[A-Z]{2,4})?\s+\d{4}",
        "Apr 3 14:02:00 UTC 2009",
    ),
    ("numeric", r"\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})(?!\d)", "03/04/2009"),
    # the day, the month's short name and the year joined by hyphens, as listings and feeds write them
    ("day-mon-year", r"\d{1,2}-[^\W\d_]{3,9}\.?-(?:\d{4}|\d{2})(?!\d)", "03-Apr-09"),
    ("mon-day-year", r"[^\W\d_]{3,9}\.?-\d{1,2}-(?:\d{4}|\d{2})(?!\d)", "Apr-03-2009"),
    # the day, "of" and the month ("the 3rd of April, 2009")
    (
        "day-of-month",
        r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:day\s+)?of\s+[^\W\d_]{3,12}\.?,?\s+(?:A\.?D\.?\s+)?\d{4}",
        "the 3rd day of April, 2009",
    ),
    (
        "day-month",
        # (the year's word or point after it: "года", "г.", "р.", "року", "2. travnja 2009.")
        r"\d{1,2}(?:st|nd|rd|th|\.)?\s+(?:de\s+|d['’])?" + _MONTH_WORD + r"\.?,?\s+(?:de\s+)?\d{4}"
        r"(?:\s*(?:года|г\.?|р\.?|року)|\.(?!\d))?",
        "3 de abril de 2009",
    ),
    ("month-day", r"[^\W\d_]{3,12}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}", "April 3rd, 2009"),
    # a two-digit year after an apostrophe, as community sites write dates of past years
    ("month-day-apos", r"[^\W\d_]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+['’]\d{2}(?!\d)", "Mar 3 '09"),
    ("day-month-apos", r"\d{1,2}(?:st|nd|rd|th)?\s+[^\W\d_]{3,9}\.?,?\s+['’]\d{2}(?!\d)", "3 Mar '09"),
    # a day and a month without the year ("Apr 3", "3 Apr"): aggregators and comment stamps; the year is the
    # page's (its capture line's, else its other stamps'), or the stamp states no date
    ("month-day-short", r"[^\W\d_]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?!\d)(?!\s*,?\s*\d{4})", "Apr 3"),
    ("day-month-short", r"\d{1,2}(?:st|nd|rd|th|\.)?\s+[^\W\d_]{3,9}\.?(?![\w\d])(?!\s*,?\s*\d{4})", "3 Apr"),
    ("relative", "{RELATIVE}", "yesterday at 14:02"),
    # seconds (or milliseconds) since 1970 in UTC, as data dumps write a record's time: read only in a field
    # whose key names a time ("created_utc: 1238767320"), never as a bare number
    ("epoch", r"(?:[3-9]\d{8}|1\d{9})(?:\d{3})?(?:\.\d+)?(?!\d)", "created_utc: 1238767320"),
)

#: A count of units before the capture, in the languages with rules: (language, pattern, example). ``{N}`` is the
#: count (a number or the language's "a"), ``{U}`` the unit (``RELATIVE_UNITS``).
RELATIVE_COUNTS: tuple[tuple[str, str, str], ...] = (
    ("en", r"{N}\s*{U}\.?\s+ago", "3 days ago"),
    ("de", r"vor\s+{N}\s*{U}", "vor 3 Tagen"),
    ("fr", r"il\s+y\s+a\s+{N}\s*{U}", "il y a 3 jours"),
    ("es", r"hace\s+{N}\s*{U}", "hace 3 días"),
    ("it", r"{N}\s*{U}\s+fa", "3 giorni fa"),
    ("pt", r"h[áa]\s+{N}\s*{U}", "há 3 dias"),
    ("ru", r"{N}\s*{U}\s+назад", "3 дня назад"),
    ("nl", r"{N}\s*{U}\s+geleden", "3 dagen geleden"),
    ("pl", r"{N}\s*{U}\s+temu", "3 dni temu"),
    ("cs-sk", r"p[řr]ed\s+{N}\s*{U}", "před 3 dny"),
    ("tr", r"{N}\s*{U}\s+önce", "3 gün önce"),
    ("da-nb", r"{N}\s*{U}\s+siden", "3 dage siden"),
    ("fi", r"{N}\s*{U}\s+sitten", "3 päivää sitten"),
    ("ro", r"acum\s+{N}\s*{U}", "acum 3 zile"),
    ("hu", r"{N}\s*{U}\s+ezelőtt", "3 nap ezelőtt"),
    ("id-ms", r"{N}\s*{U}\s+(?:yang\s+)?lalu", "3 hari yang lalu"),
    # (Chinese, Japanese, Korean: the unit, then "before", without a space or with one)
    ("zh-ja", r"{N}\s*{U}\s*前", "3 天前"),
    ("ko", r"{N}\s*{U}\s*전", "3일 전"),
)
#: Units of a relative stamp, with the days each counts (0: minutes and hours, the capture's day): (days, pattern,
#: example).
RELATIVE_UNITS: tuple[tuple[int, str, str], ...] = (
    (
        0,
        r"minutes?|mins?|hours?|hrs?|h|minuten?|stunden?|heures?|minutos?|horas?|minut[oi]|or[ae]|минут[уы]?|час(?:а|ов)?"
        r"|uur|minut(?:y|ami|ter|ah)?|godzin[ya]?|hodin(?:ami|ou|y)?|saat|dakika|timm(?:e|ar)|timer|tuntia?|minuuttia?"
        r"|ore|perce?|perccel|óra|órája|órával|jam|menit|minit|minuut|godzinę|minutę|minutou|小时|小時|時間|分钟|分鐘|分|시간|분",
        "hours",
    ),
    (
        1,
        r"days?|d|tag(?:e|en)?|jours?|d[ií]as?|giorn[oi]|дн(?:я|ей)|день|dag(?:en|ar|e|er)?|dni|dzień|dny|dňami|dnem"
        r"|dňom|gün|päivää?|zile|zi|nap(?:ja|pal)?|hari|天|日|일",
        "days",
    ),
    (
        7,
        r"weeks?|wks?|w|wochen?|semaines?|semanas?|settiman[ae]|недел[ьюия]|weken|tygodni(?:e)?|tydzień|týdny|týždňami"
        r"|hafta|veckor|uger?|uker?|týdnem|viikkoa?|săptămâni|hét|hete|héttel|minggu|周|週間?|주",
        "weeks",
    ),
)
#: A day named against the capture, in the languages with rules, with the word for "at" before a time that may
#: follow: (days before the capture, pattern, example).
RELATIVE_DAYS: tuple[tuple[int, str, str], ...] = (
    (1, r"yesterday|gestern|hier|ayer|ieri|ontem|вчера", "yesterday"),
    (0, r"today|heute|aujourd['’]hui|hoy|oggi|hoje|сегодня", "today"),
)
_N = r"(?:\d{1,2}|an?|one|einem|einer|une?|una?|uma?|un['’]?)"
_UNIT = "(?:" + "|".join(p for _, p, _ in RELATIVE_UNITS) + ")"
_DAY_WORD = "(?:" + "|".join(p for _, p, _ in RELATIVE_DAYS) + ")"
_AT_TIME = r"\s*(?:at|à|um|a\s+las|alle|às|в|,)?\s*\d{1,2}[:h]\d{2}(?:\s*[ap]m)?"
#: A weekday with the time of day ("Monday at 14:02"): a day of the week before the capture
_WEEKDAY_AT = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?i:"
    + "|".join(re.escape(w) for w in sorted(_OTHER_WEEKDAYS, key=lambda w: (-len(w), w)) if len(w) > 3)
    + r"))"
    + _AT_TIME
)


def _counted_stamps() -> str:
    """``RELATIVE_COUNTS`` as one pattern that writes the count and its unit twice (after the words that come
    before them in some languages, before the words that follow them in the others) instead of once per
    language: every stamp line's pattern holds it, and compiling those patterns is most of the package's
    import time (1.0 s -> 0.6 s)."""
    count = r"{N}\s*{U}"
    before, after = [], []
    for language, pattern, _ in RELATIVE_COUNTS:
        head, found, tail = pattern.partition(count)
        if not found or (head and tail):
            raise ValueError(f"counted stamp of {language!r} is not words around {count}: {pattern}")
        (before if head else after).append(head or tail)
    unit = count.replace("{N}", _N).replace("{U}", _UNIT)
    return f"(?:(?:{'|'.join(before)}){unit}|{unit}(?:{'|'.join(after)}))"


#: A compact age as community sites print it ("3d", "5h", "2w"): read only on a line of its own or as one of a
#: bar's fields (``AGE_ROWS``), where nothing else can be meant by it
_AGE = r"\d{1,2}[hdw](?![^\W_])"
AGE_ROWS = frozenset({"date-alone", "fields-date"})
_RELATIVE = "(?i:" + _counted_stamps() + "|" + _DAY_WORD + r"(?:" + _AT_TIME + r")?)|" + _WEEKDAY_AT + "|" + _AGE
_DATE = "(?P<date>" + "|".join(f"(?:{p})" for _, p, _ in DATE_FORMS).replace("{RELATIVE}", _RELATIVE) + ")"
#: What may follow a date on a stamp line: a time, a zone, an author, a section after a separator.
_TAIL = (
    # (a zone after the year: "Thu Mar 5 18:10:32 2009 UTC")
    # (the weekday after the date: "02 Kasım 2009 Perşembe 14:22")
    r"(?:,?\s+" + _WEEKDAY_AFTER + r"\b|" + _CJK_WEEKDAY + r")?"
    r"(?:\s*"
    + _TIME
    + r"|\s+(?:UTC|GMT|[A-Z]{1,3}[SD]?T)(?!\w))?(?:\s*(?:[,;|·•∙–—/(@\-]|\b(?:at|à|um|в|a las|alle|às|om|kl|klo|ore|godz|saat|u|ob|o)\b\.?|\b[Bb]y\b)\s*[^\n]{0,45}?"
    # or the post header's next field ("Posted: Fri Apr 03, 2009 2:02 pm    Post subject: Re: ...", a portal's
    # source after its date: "2009年03月03日14:22　来源：新华网")
    r"|\s+(?:[A-Z][\w ]{1,20}:\s|[^\W\d_a-zA-Z]{1,8}[:：]\s?)[^\n]{0,60}?"
    # or the date of a later state of the text ("Published April 3, 2009 Updated April 4, 2009")
    r"|\s+" + _UPDATED + r"\b[^\n]{0,60}?"
    # or the weekday after the time on a Chinese, Japanese or Korean page ("2009-04-03 14:22:05 星期五")
    r"|" + _CJK_WEEKDAY + r")?"
)

#: Stamp lines: (name, pattern with {DATE}, example). A line of more than ``MAX_STAMP`` characters is a stamp
#: only through ``dated-lead`` (a paragraph that opens with its date).
STAMP_LINES: tuple[tuple[str, str, str], ...] = (
    # a feed read as text (RSS, Atom): an item's publication field; the feed's own build date and an item's
    # update are no publication (``NOT_PUBLICATION``, ``LATER_STATE``)
    (
        "feed-published",
        r"<(?:pubDate|published|dc:date|issued|created)\b[^>]*>\s*" + _WEEKDAY + r"?{DATE}{TAIL}\s*</[\w:]+>",
        "<pubDate>Fri, 03 Apr 2009 14:02:00 GMT</pubDate>",
    ),
    # a press release's embargo: it may be published from that moment on, and is dated by it
    (
        "embargo",
        r"(?i:embargo(?:ed)?)(?:\s+(?i:until|till|to))?\s*:?\s*(?:"
        + _TIME_ZONED
        + r"\s*,?\s*)?(?i:"
        + _WEEKDAY
        + r")?{DATE}{TAIL}",
        "EMBARGOED UNTIL 00:01 GMT, Friday 3 April 2009",
    ),
    (
        "feed-built",
        r"<(?:lastBuildDate|channel-date)\b[^>]*>\s*" + _WEEKDAY + r"?{DATE}{TAIL}\s*</[\w:]+>",
        "<lastBuildDate>Fri, 10 Apr 2009 08:00:00 GMT</lastBuildDate>",
    ),
    (
        "feed-updated",
        r"<(?:updated|modified|dc:modified)\b[^>]*>\s*" + _WEEKDAY + r"?{DATE}{TAIL}\s*</[\w:]+>",
        "<updated>2009-04-04T09:12:00Z</updated>",
    ),
    (
        "first-published",
        r".{0,60}?\b(?:[Ff]irst|[Oo]riginally)\s+(?:published|posted)(?:\s+on)?\s*:?\s*" + _WEEKDAY + r"?{DATE}.*",
        "Updated 09:12, 5 April 2009 | First published 3 April 2009",
    ),
    # where a copy says where and when the text first ran: that first publication dates it
    (
        "originally-in",
        r"(?![^\n]*\b[Qq]uot).{0,60}?\b(?:[Ff]irst|[Oo]riginally)\s+(?:published|posted|appeared|ran|printed)\s+"
        r"(?:in|on|at|by)\s+"
        r"[^\d\n]{1,60}?\s+on\s+" + _WEEKDAY + r"?{DATE}.*",
        "This story originally appeared in The Valley Courier on 2 November 1989.",
    ),
    # a stamp that gives the update first and the publication after it: the publication dates the text
    (
        "published-after-update",
        r".{0,60}?\b"
        + _UPDATED
        + r"\b.{0,60}?\b"
        + _PUBLISHED
        + _ON
        + r"\s*:?\s*(?:"
        + _TIME
        + r"\s*,?\s*)?"
        + _WEEKDAY
        + r"?{DATE}.*",
        "UPDATED: 15:00 BST, 4 April 2009 | PUBLISHED: 14:02 BST, 3 April 2009",
    ),
    # a copy's own date ("Republished", "Reposted"): the text is from then or before, like an "Updated" stamp
    (
        "republished",
        r"(?:[Rr]e-?published|[Rr]e-?posted|[Ss]yndicated)(?:\s+on|\s+at)?\s*:?\s*" + _WEEKDAY + r"?{DATE}{TAIL}",
        "Republished November 5, 1989",
    ),
    (
        "updated",
        # (a bilingual site's label gives both languages: "Nuashonraithe / Updated: 27/01/1998 00:35")
        r"(?:\w+\s+)?"
        + _UPDATED
        + r"(?:\s*/\s*"
        + _UPDATED
        + r")?"
        + _ON
        + r"\s*[:(]?\s*(?:"
        + _TIME_ZONED
        + r"\s*,?\s*(?:on\s+)?)?"
        + _WEEKDAY
        # (a CMS prints it in brackets: "Last Updated ( Friday, 17 April 2009 21:21 )")
        + r"?{DATE}{TAIL}\s*\)?",
        "Last updated at 14:02 on 29 April 2009",
    ),
    (
        "capture",
        # (set in brackets over the page: "[Page snapshot taken 02 Apr 2009 19:16 GMT]")
        r"[\[(]?(?:(?:[Pp]age|[Ss]napshot|[Cc]opy|[Tt]ext)\s+)?(?:[Ii]t\s+is\s+(?:currently|now)|[Tt]oday\s+is|[Rr]etrieved|[Cc]aptured|[Ss]aved|[Aa]ccessed|"
        r"[Aa]rchived|[Ff]etched|[Dd]ownloaded|[Cc]rawled|[Ss]craped|[Tt]aken|[Cc]opied|[Pp]rinted|[Cc]ompiled"
        # (a participle after the noun: "snapshot taken", read whole so that "taken" is not read as a month)
        r"|[Ss]napshot(?:\s+(?:taken|saved|made|captured))?"
        # (a news database's field: when it loaded the text, days after the paper ran it)
        r"|[Ll]oad(?:ed|[- ]?[Dd]ate)|LOAD(?:ED|[- ]?DATE)"
        # (the noun, named for the archive it is from: "Web capture of Nov 4, 2009 08:14:00")
        r"|(?:[A-Z][\w-]*\s+)?[Cc]apture\s+(?:of|from|on|taken))"
        # (the address it was taken from may hold digits: "Saved from https://example.org/t/123 on 10 April 2009")
        r"\b(?:\s+(?:from|at)\s+(?:<\S+>|\S*[/.]\S*))?[^\d\n]{0,60}?"
        + _WEEKDAY
        + r"?{DATE}(?:\s*"
        + _TIME
        + r")?(?:[\s,;|·(]+\S.{0,60})?[\])]?",
        "Retrieved 10 April 2009",
    ),
    # a web archive's address of its copy: the capture's date and time, fourteen digits, in the path
    (
        "capture-url",
        r"(?:[^\W\d_][\w ]{0,20}:\s*)?(?:https?://)?[^\s/]+(?:/[^\s/]+)*?/(?=\d{14}(?:[a-z]{2}_)?(?:/|$)){DATE}"
        r"(?:[a-z]{2}_)?(?:/\S*)?",
        "https://archive.example/web/20090410081400/https://news.example.org/",
    ),
    ("bracketed-title", r"\[{DATE}\]\s+\S.*", "[03/04/09] Markets rally after the vote"),
    # a list of the categories or tags a text is filed under, one of them its day (a wiki news site's): under
    # the text it dates, never a header
    (
        "categories",
        r"(?:[Cc]ategor(?:y|ies)|CATEGOR(?:Y|IES)|[Tt]ags?|TAGS?|[Ff]iled\s+(?:under|in)|[Tt]opics?|[Ll]abels?)\s*:\s*"
        r"(?:[^\n]*?[|,·•;]\s*)?" + _WEEKDAY + r"?{DATE}(?:\s*[|,·•;][^\n]*)?",
        "Categories: March 3, 2009 | Europe | Transport | Published",
    ),
    # a chat export's message: the date and time in brackets, or before a dash, then the sender, a colon and the
    # text (a message's line may run long: its stamp is read in a line of any length)
    (
        "chat-message",
        r"(?:\[\s*)?{DATE},?\s*" + _TIME + r"(?:\s*\]|\s+[-–—])\s*[^\n:\[\]]{1,40}?:(?:\s.*)?",
        "[03/04/2009, 14:02:11] Anna Berg: Ferries cancelled again",
    ),
    # a copied chat message's header: the sender, a comma, the date and time in brackets; its text below
    (
        "sender-bracketed",
        r"[\w.@'’-]+(?:\s+[\w.@'’-]+){0,3},?\s*\[\s*{DATE},?\s*" + _TIME + r"\s*\]",
        "Anna Berg, [03.04.2009 14:02]",
    ),
    # the article's address, its path dated as news sites date it (a scraped page keeps it above the title)
    (
        "url-date",
        # (under a short label of the page's: "Permalink: https://...")
        # (or without its scheme, "news.example.org/..."; "/20090403-markets-rally.html": a compact day run into
        # the slug)
        # (the address is the line's last word: a line of any length is read, and must be read fast)
        r"(?:[^\W\d_][\w ]{0,20}:\s*)?(?=\S+\s*$)(?:https?://|www\.|(?=[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/))[^\s/]+(?:/[^\s/]+)*?/"
        r"{DATE}(?:[/?#]\S*|(?<=\d{8})[-_.]\S*)?",
        "https://news.example.org/2009/04/03/markets-rally-after-the-vote/",
    ),
    # a reply's attribution of the text it quotes ("On Fri, Apr 3, 2009 at 2:02 PM, Anna Berg wrote:"): the
    # quoted text's date, not the reply's
    (
        "quote-attribution",
        r"[Oo]n\s+" + _WEEKDAY + r"?{DATE}(?:,?\s*(?:at\s+)?" + _TIME + r")?,?\s+[^\n]{1,60}?\s+"
        r"(?:wrote|writes|said|says|a\s+écrit|schrieb)\s*:?",
        "On Fri, Apr 3, 2009 at 2:02 PM, Anna Berg wrote:",
    ),
    (
        "quote-header",
        r"(?:[Qq]uot(?:e|ing)|[Zz]itat|[Цц]итата)\b[^\n]{0,40}?\s" + _WEEKDAY + r"?{DATE}{TAIL}",
        "Quote from: lowtide on April 03, 2009, 02:02:44 PM",
    ),
    # a line pointing to another text, with that text's date ("See also: Storm warning (27 February 2009)")
    (
        "reference",
        r"[-*•·»›]?\s*" + _REFERENCE_LABEL + r"\s*[:»›>|]\s*\S[^\n]*?[\s(\[]" + _WEEKDAY + r"?{DATE}[^\n]*",
        "See also: Storm warning for the coast (27 February 2009)",
    ),
    # a date labelled as a life's, a deadline's or an event's (``EVENT_LABELS``): not the text's publication
    (
        "event-label",
        r"(?:[-*•·]\s*)?"
        + _EVENT_LABEL
        + r"\b\s*(?::|\s[-–—])?\s*(?:(?:on|am|le|el)\s+)?"
        + _WEEKDAY
        + r"?{DATE}{TAIL}",
        "Born: 3 March 1950",
    ),
    # a member box's join date sits in a post's header but dates the member, not the post
    (
        "member-since",
        r"(?:[Jj]oined|[Jj]oin\s+[Dd]ate|[Mm]ember\s+[Ss]ince|[Rr]egistered)\s*:?\s*" + _WEEKDAY + r"?{DATE}{TAIL}",
        "Joined: Sat Apr 13, 2002 5:00 pm",
    ),
    (
        "numbered-post",
        r"[«\s]*(?:\w+\s+)?#\d{1,6}\b[^\d\n]{0,24}?\s*" + _WEEKDAY + r"?{DATE}{TAIL}\s*»?",
        "#12 03.04.2009, 14:02",
    ),
    (
        "by-name-on",
        r"\w+\s+by\s+\S.{0,40}?\s+on\s+" + _WEEKDAY + r"?{DATE}{TAIL}",
        "Written by Anna Berg on 03-04-2009",
    ),
    (
        "by-name",
        # (the author's post between them, in names and agent nouns: "By ANNA BERG, Associated Press Writer – Wed
        # Apr 29, 2009", "By Anna Berg, Staff writer - ..."; not a clause: "By X, Los Angeles Y died on 25 June 2009")
        r"(?:[A-Z][a-z]+\s+)?[Bb]y\s+"
        + _NAME
        + r"(?:\s+(?:and|&)\s+"  # (two authors: "By Anna Berg and Tom Vale | ...")
        + _NAME
        + r")?"
        + r"(?:\s*,\s*[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|for|the|and|in|at|&|[a-z]+(?:er|or|ent|ist))){0,4})?\s*(?:[-–—|,·•]|\bon\b)\s*"
        + _WEEKDAY
        + r"?{DATE}{TAIL}",
        "Written by Anna Berg | Friday, 03 April 2009 14:02",
    ),
    # a post's header: "by" (in the languages with rules), the user's handle (any case), a guillemet, the date
    (
        "by-handle",
        r"(?:\w+\s+)?(?:[Bb]y|von|par|por|da|di|door|от)\s+[\w.@'’-]{2,30}(?:\s+[\w.@'’-]{1,30}){0,2}\s*"
        r"(?:[»›|,]|\s[-–—])\s*" + _WEEKDAY + r"?{DATE}{TAIL}",
        "Post by harbourwatch » Fri Apr 03, 2009 2:02 pm",
    ),
    # a post's header without "by": the handle (any case), a guillemet, a dash, a comma or a bracket, the date
    # ("harbourwatch » 3 March 2009, 10:22", "Reply from harbourwatch » ...", "islandgirl (3 March 2009)")
    (
        "handle-date",
        r"(?:\w+\s+from\s+)?(?!"
        + _WEEKDAY
        + r")[\w.@'’-]*[a-z\d_.@][\w.@'’-]*\s*(?:[»›,]|\s[-–—]|\()\s*"
        + _WEEKDAY
        + r"?{DATE}(?:\)|{TAIL})",
        "harbourwatch » 3 March 2009, 10:22",
    ),
    ("date-by", r"{DATE}\s+[Bb]y\b.*", "October 20, 2016 By"),
    # the date, then the section it was filed in (and the comment count after a dot or a bar)
    (
        "date-in-section",
        _WEEKDAY
        + r"?{DATE}(?:,?\s*(?:at\s+|@\s*)?"
        + _TIME
        + r")?\s+in\s+[A-Z][\w&'’ -]{1,30}(?:\s*[|·•,]\s*[^\n]{0,40})?",
        "March 3, 2009 in Weather · 3 Comments",
    ),
    ("rfc-2822", r"{RFC}{TAIL}", "Fri, 03 Apr 2009 14:02:00 +0000"),
    (
        "name-date",
        # (the author's paper or post between them: "Anna Berg, Harbour Gazette, April 29, 2009"; a weekday is the
        # date's, not a name: "Monday, April 27, 2009" is a date alone)
        r"(?!"
        + _WEEKDAY
        + r"(?:\d|[^\W\d_]{3,12}\.?\s+\d))"
        + _NAME
        + r"(?:\s*,\s*"
        + _NAME
        + r")?(?:\s*[,|·•]|\s+[-–—])\s*"
        + _TIME_FIRST
        + _WEEKDAY
        + r"?{DATE}{TAIL}",
        "Jane Roe | 14:44 UK time, Wednesday, 29 April 2009",
    ),
    # a letter's or a report's place and date, with the word its language sets between them ("Berlin, den 3.
    # April 2009", "Paris, le 3 avril 2009", "V Brně dne 3. dubna 2009", "Kraków, dnia 3 kwietnia 2009 r.")
    (
        "place-date",
        r"(?:[A-ZÀ-ÞА-Я]\s+)?"
        + _NAME
        + r"\s*,?\s+(?:den|dne|dnia|le|il|el|am|dia|lúc)\s+"
        + _WEEKDAY
        + r"?{DATE}(?:\s*(?:r\.|roku|г\.|года))?\.?",
        "Paris, le 3 avril 2009",
    ),
    # the author, then the date in brackets
    (
        "name-bracketed-date",
        _NAME + r"\s*\(\s*" + _WEEKDAY + r"?{DATE}(?:,?\s*" + _TIME + r")?\s*\)",
        "Jane Roe (3 April 2009)",
    ),
    # a headline with its date in brackets after it (an aggregator's or an archive's list); not a reference with
    # a quoted title, nor a sentence (it ends before the bracket)
    (
        "title-bracketed-date",
        _NO_FINITE_VERB
        + r"(?![^\n]*[\"“”„«»])[A-Z0-9][^\n()\[\]]{6,80}?[^\s.!?,;:]"
        + "".join(rf"(?<!\b{w})" for w in ("on", "in", "at", "of", "to", "by", "for", "from", "since", "until"))
        + r"\s+[\[(]\s*"
        + _WEEKDAY
        + r"?{DATE}\s*[\])]",
        "Ferry fares to rise again (3 March 2009)",
    ),
    # a periodical's issue line: the issue, volume or edition, then its date
    (
        "issue",
        r"[^\n]{0,30}?(?:\b(?:[Ii]ssue|ISSUE|Vol(?:ume)?\.?|VOL\.?|[Ee]dition|EDITION)\b[^\n]{0,30}?"
        r"(?:[,|·•:–—-]|\bdated\b|\bof\b)|\b(?:Ed|ED)\.)\s*" + _WEEKDAY + r"?{DATE}{TAIL}",
        "Vol. 12, No. 4 — April 3, 2009",
    ),
    # a signature under a text: a dash, the author, the date
    ("signed", r"[-–—]{1,2}\s*" + _NAME + r"\s*[,|·•]\s*" + _WEEKDAY + r"?{DATE}{TAIL}", "— Jane Roe, 3 April 2009"),
    # a date framed by rules or signs, as day separators of a message export
    (
        "framed",
        r"[#=*~•·\-–—]{1,6}\s*" + _WEEKDAY + r"?{DATE}(?:\s*" + _TIME + r")?\s*[#=*~•·\-–—]{1,6}",
        "### 2009-04-03 ###",
    ),
    ("date-alone", _WEEKDAY + r"?{DATE}{TAIL}", "Friday 3 April 2009 14:02 BST"),
    # a printed record's date over its column or page ("3 Apr 2009 : Column 142", "3 April 2009, page 12")
    (
        "date-column",
        _WEEKDAY
        + r"?{DATE}\s*[:,|·]\s*(?:[Cc]olumns?|COLUMN|[Cc]ols?\.|[Pp]age|PAGE|[Pp]g\.?|[Pp]\.)\s*[A-Z]?\d+[A-Z]?",
        "3 Apr 2009 : Column 142",
    ),
    # a video's or an episode's count of views, then its date ("142,812 views  Apr 3, 2009")
    (
        "views-date",
        r"[\d.,]+\s*[KkMm]?\s+(?:views|plays|listens|Aufrufe|vues|visualizaciones|visualizzazioni|visualizações"
        r"|weergaven|просмотр\w*)\s*[·•|]?\s*{DATE}{TAIL}",
        "142,812 views  Apr 3, 2009",
    ),
    # the weekday, the time of day (and its zone), then the date
    ("weekday-time-date", _WEEKDAY + _TIME_ZONED + r"\s*,?\s*{DATE}{TAIL}", "Friday 14:02 BST 3 April 2009"),
    # a date alone in brackets or parentheses, or after a dash (a byline's second line, a list's entry)
    ("bracketed-date", r"[\[(]\s*" + _WEEKDAY + r"?{DATE}(?:\s*" + _TIME + r")?\s*[\])]", "[April 3, 2009]"),
    ("dash-date", r"[-–—]{1,2}\s*" + _WEEKDAY + r"?{DATE}{TAIL}", "— April 3, 2009"),
    ("time-date", _TIME + r"\s*[,|·•–—-]?\s*" + _WEEKDAY + r"?{DATE}{TAIL}", "14:02, 3 April 2009"),
    # the author (and the author's post), then a label and its date ("Anna Berg, Staff Writer Published: ...")
    (
        "name-then-label",
        _NAME
        + r"(?:\s*,\s*[A-Z][\w.'’-]*(?:\s+[\w.'’&-]+){0,3})?\s+(?:"
        + _PUBLISHED
        + r")\s*:\s*"
        + _WEEKDAY
        + r"?{DATE}{TAIL}",
        "Anna Berg, Staff Writer Published: 03/04/2009 10:15 AM",
    ),
    # a data dump's field whose key names the record's time ("created_utc: 1238767320", "timestamp=...")
    (
        "epoch-field",
        r"[\"']?(?![\w.-]*(?:updat|modif|edit))(?i:[\w.-]*(?:created|published|posted|timestamp|date|time)[\w.-]*)"
        r"[\"']?\s*[:=]\s*[\"']?{DATE}[\"']?,?",
        "created_utc: 1238767320",
    ),
    (
        "labelled",
        # (a label holds no finite verb: "Slepian was killed on Oct. 23, 1999 by a" is a wrapped sentence's line)
        r"(?![^\d\n:]*?\b(?:was|were|is|are|been|has|have|had|will|would)\s)"
        r"[^\d\s]+(?:\s+[^\d\s]+){0,2}?(?:\s+(?:at\s+)?"
        + _TIME
        + r")?\s*(?::|\bon\b|\ble\b|\bam\b|\bel\b|\||·|•|—|–)\s*"
        + _WEEKDAY
        + r"?{DATE}{TAIL}",
        "Published:\u00a03 April 2009",
    ),
    (
        "posted",
        # (after a field set off by a dot or a bar, and with the poster's handle: "r/news • Posted by u/fernhill
        # 3 days ago")
        # (or by a comma after the source: "Story from Metro Daily, published 12 March 2009")
        r"(?:[^•·|,\n]{1,40}[•·|,]\s*)?(?:\w+\s+)?(?:[Pp]osted|[Pp]ublished|[Ss]ubmitted|[Ww]ritten|POSTED|PUBLISHED)"
        r"(?:\s+by\s+[\w./@-]{2,30})?\s*:?(?:\s+(?:on|at))?\s+"
        # (the time may come first: "Published 2:02 PM ET Fri, 3 April 2009", "Posted at 2:02 PM, Apr 03, 2009")
        + r"(?:"
        + _TIME
        + r"\s*,?\s*)?"
        + _WEEKDAY
        # (and the section it was filed in: "Posted 3 April 2009 in Transport")
        + r"?{DATE}(?:\s+in\s+[A-Z][\w&'’ -]{1,30}(?:\s*[|·•,]\s*[^\n]{0,40})?|{TAIL})",
        "Story posted 2009/04/03 at 2:02 p.m.",
    ),
    # a headline, a dash or a bar, its date (and time): a list's or an archive's entry line
    (
        "title-dash-date",
        _NO_FINITE_VERB
        + r"(?![^\n]*[\"“”„«»])(?![Bb][Yy]\s)[A-Z0-9][^\n|·•–—]{6,80}?[^\s.!?,;:]"
        + "".join(rf"(?<!\b{w})" for w in ("on", "in", "at", "of", "to", "by", "for", "from", "since", "until"))
        + r"\s+[-–—|]\s+"
        + _WEEKDAY
        + r"?{DATE}(?:,?\s*(?:at\s+)?"
        + _TIME
        + r")?",
        "Ferry fares to rise again - 03/03/2009",
    ),
    # short fields set off by bars or dots, the date among them (a running head, a reading-time line); the first
    # field that is a date ("... | MONDAY, MARCH 16, 2031 | PAGE 4": not "PAGE 4")
    (
        "fields-date",
        # (or slashes set apart by spaces, as feed readers write them: "The Courier / by Ann Berg / Mon, ...")
        # (the last field may name what its date is: "Notice 12457 · Publication date: 1 November 2009")
        r"[^|·•\n]{1,40}?(?:(?:\s*[|·•]\s*|\s/\s)[^|·•\n]{1,40}?){0,3}?(?:\s*[|·•]\s*|\s/\s)"
        r"(?:(?!(?i:"
        + _UPDATED
        + r"|last\b|edited\b|modified\b))[^\W\d_][^\W\d_ ]*(?:\s[^\W\d_]+){0,2}:\s*)?(?i:"
        + _WEEKDAY
        + r")?{DATE}{TAIL}",
        "PAGE A4 | THE DAILY SAMPLE | FRIDAY, APRIL 3, 2009",
    ),
    # a running head set in capitals with single spaces ("PAGE 2 THE COAST WEEKLY TUESDAY, MARCH 3, 2009"): no
    # lower-case letter on the line, the weekday before the date, nothing but a page number after it (not a
    # headline in capitals that names a date: "STORM OF MARCH 3, 2009 REMEMBERED")
    (
        "capitals-head",
        r"(?![^\n]*[a-z])[A-Z0-9][A-Z0-9 .,'’&|•·-]{2,60}?\s*,?\s*(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY,?\s+{DATE}"
        r"(?:\s+(?:PAGE\s+)?[A-Z]?\d{1,3}|\s*[|•·-]\s*[^\n]{0,30})?",
        "PAGE 2 THE DAILY SAMPLE TUESDAY, MARCH 3, 2009",
    ),
    # a short clause with a past participle, then "on" and the date ("By X Posted in World on 03.04.2009"), or
    # two words then "on" and the date ("Post lowtide on Fri Apr 03, 2009 2:02 pm")
    (
        "clause-on",
        _NO_FINITE_VERB
        + r"(?:(?:\S+\s+){0,5}?\w+ed\b(?:\s+\S+){0,5}?|\S+\s+\S+)\s+on\s+"
        + _WEEKDAY
        + r"?{DATE}{TAIL}",
        "By Jane Roe Posted in World on 03.04.2009",
    ),
    # a name, a past-tense verb (and its object), the date ("lowtide opened this issue Apr 3, 2009 · 4 comments")
    (
        "name-verb-date",
        _NO_FINITE_VERB + r"[\w.@-]{2,30}\s+\w+ed(?:\s+(?:this|the|a|an)\s+\w+)?\s+" + _WEEKDAY + r"?{DATE}{TAIL}",
        "lowtide commented Apr 3, 2009",
    ),
    # (a preposition or a conjunction before the date is a wrapped sentence's: "on Aug. 7, 1998 at the embassies")
    (
        "name-then-date",
        # (a version number is no name: "1.1  2009-04-09  Updated affected areas" is a revision history's row)
        r"(?!(?i:on|in|at|of|to|for|from|since|until|till|by|and|or|but|as|after|before|than|the|until)\s)(?![\d.]+\s)"
        r"[\w.@-]{2,30}\s+" + _WEEKDAY + r"?{DATE}{TAIL}",
        "fernhill 3 days ago",
    ),
    # a link's line on a voting site: the score, "by" the user, the date ("123 points by fernhill 2 days ago")
    (
        "score-by-name-date",
        # (an older item's full date after "on": "543 points by fernhill on Oct 27, 2009 | 61 comments")
        r"\d{1,6}\s+(?:points?|votes?|likes?)\s+by\s+[\w.@-]{2,30}\s+(?:on\s+)?" + _WEEKDAY + r"?{DATE}{TAIL}",
        "123 points by fernhill 2 days ago | 45 comments",
    ),
    # a comment's header on a voting site: a collapse mark, the user, the score, the date
    (
        "name-score-date",
        r"(?:\[[–-]\]\s*)?[\w.@-]{2,30}\s+-?\d{1,6}\s+(?:points?|votes?|likes?)\s+" + _WEEKDAY + r"?{DATE}{TAIL}",
        "[–] fernhill 212 points 3 days ago",
    ),
    # a board and a user name, then the date ("r/news fernhill Apr 3 '09"); not "In Washington today, ..."
    (
        "names-then-date",
        r"[\w./@-]{2,30}\s+[\w.@-]{2,30}\s+(?![Tt]oday|[Yy]esterday)" + _WEEKDAY + r"?{DATE}{TAIL}",
        "r/news fernhill Apr 3 '09",
    ),
    # a wire dateline opening the first paragraph: place in capitals, the day (often without its year), the
    # agency, a dash ("OTTAWA, Oct. 27 (Wire) — The talks ..."); the year from the page
    (
        "dateline",
        # (a picture agency's caption sets a dash before the date and a colon after it: "KINGSMERE, WESTFOLD -
        # APRIL 03: A general view ...")
        r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}(?:(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?,"
        r"|,\s*[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}\s+[-–—])\s+"
        # (the agency after the date in brackets, or between slashes as press-release wires set it)
        r"{DATE}(?:(?:\s*(?:\([^()\n]{1,30}\)|/[^/\n]{1,30}/))?\s*[-–—_]+|\s*:)\s+\S.*",
        "OTTAWA, Oct. 27 (Wire) — The talks resumed on Monday after a week of quarrels over the agenda.",
    ),
    # a blog post's footer sentence: "This entry was posted on DATE at TIME and is filed under ..." (a long line)
    (
        "entry-posted",
        r"(?:This|The)\s+(?:entry|post|article|story|item)\s+was\s+(?:posted|published|written|filed)\s+(?:on\s+)?"
        + _WEEKDAY
        + r"?{DATE}\b.*",
        "This entry was posted on Tuesday, March 3rd, 2009 at 10:15 pm and is filed under News.",
    ),
    # a notice's or a deed's closing date ("Dated this 3rd day of March, 2009."): it dates the text above it
    (
        "dated-this",
        r"(?:[Dd]ated|DATED|[Gg]iven|GIVEN|[Ss]igned|SIGNED)(?:\s+(?:at\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2},?)?"
        r"\s+(?:this|the|on)\s+{DATE}\.?",
        "Dated this 3rd day of March, 2009.",
    ),
    (
        "dated-lead",
        r"{DATE}\s*[-–—]\s+\S.*",
        "November 29, 2008 - The talks resumed on Monday after a week of "
        "quarrels over the agenda, and both delegations said they expected a text by Friday.",
    ),
)
#: Rows that date the text's first publication: they date an article over any other stamp of its header.
FIRST_PUBLISHED = frozenset({"first-published", "originally-in", "published-after-update"})
#: Rows that date a later state of the text (an update, a copy): an article is from then or before.
LATER_STATE = frozenset({"updated", "republished", "feed-updated"})
#: Rows that open a paragraph with its date (a stamp even in a long line).
LEADS = frozenset({"dated-lead", "dateline"})
#: Date forms that name their month (a word that must be one: not "Posts 12").
_MONTH_NAMED = frozenset(
    {
        "day-month",
        "month-day",
        "ctime",
        "month-day-apos",
        "day-month-apos",
        "day-mon-year",
        "mon-day-year",
        "day-of-month",
    }
)
#: Rows read in a line of any length (a paragraph's dated lead, a post's footer sentence).
ANY_LENGTH = LEADS | {"entry-posted", "chat-message", "dated-this", "categories", "url-date", "capture-url"}
#: Rows in which an eight-digit ISO 8601 basic date ("20090303") is read: after an edition's label.
ISO_BASIC_ROWS = frozenset({"issue", "capture-url", "url-date"})
#: Rows that read the date in an address (the words of its path are a title's, never a weekday).
_ADDRESS_ROWS = frozenset({"url-date", "capture-url"})
#: Rows that state when the page was captured (the reader's date, never an article's).
CAPTURE_ROWS = frozenset({"capture", "capture-url"})
#: Rows that open a chat export's message (``segment`` splits an export at them).
CHAT_MESSAGES = frozenset({"chat-message", "sender-bracketed"})
#: Rows that stand under the text they date (a footer), never over it.
FOOTERS = frozenset({"entry-posted", "dated-this", "categories"})
#: Date forms without a year.
YEARLESS = frozenset({"month-day-short", "day-month-short"})
#: What may follow a date without its year on a stamp line: a time, a label after a bar or a dot ("Apr 3 |
#: World"), a post number; not a clause ("Feb. 1, soon after Mr. Roe reaches 65": a wrapped sentence).
_YEARLESS_TAIL = re.compile(r"\s*(?:,?\s*(?:at\s+)?" + _TIME + r")?\s*(?:[|·•]\s*[^\n]{0,40}|#\d{1,6})?\s*»?")
#: Rows that close the date with a bracket: a day without its year there is a stamp's ("[Mar 12] Bus timetable
#: change delayed"), whatever follows the bracket.
BRACKETED = frozenset({"bracketed-title", "bracketed-date"})
#: Rows that say when something else happened than the publication of the text around them: the page's capture,
#: a quoted post. They are neither headers for segmentation nor dates for anchoring.
NOT_PUBLICATION = frozenset(
    {
        "capture",
        "capture-url",
        "quote-header",
        "quote-attribution",
        "member-since",
        "event-label",
        "reference",
        "feed-built",
    }
)
#: Longest line (characters) that can be a stamp; longer lines are prose (save a paragraph's dated lead).
#: Swept on the generated dev pages (seed 1 / seed 2, within 3 days): 60 gives 92.8 / 89.4 %, 100 and 140 give
#: 92.8 / 90.6 % (start recall 98.4 -> 99.5 % on seed 1 from 60 to 100); the shortest of the best.
MAX_STAMP = 100
_RFC = "(?P<date>" + dict((n, p) for n, p, _ in DATE_FORMS)["rfc-2822"] + ")"
_LINES = [
    (
        name,
        re.compile("(?:" + pattern.replace("{DATE}", _DATE).replace("{RFC}", _RFC).replace("{TAIL}", _TAIL) + r")\s*$"),
    )
    for name, pattern, _ in STAMP_LINES
]
_FORMS = [(name, re.compile(rf"(?:{pattern.replace('{RELATIVE}', _RELATIVE)})$")) for name, pattern, _ in DATE_FORMS]
_DATELINE = dict(_LINES)["dateline"]


def opens_paragraph(line: str) -> bool:
    """Whether ``line`` has the shape of a dateline that runs on into its paragraph's text ("JERUSALEM, November
    2, 1989 /Wire/ -- Italian chemical giant"), whatever row of the table reads its date first."""
    return _DATELINE.match(_joined(line.strip())) is not None


#: Any date of a full form with its year (to tell a line that holds two dates)
_DATE_ANY = re.compile(r"\b(?:1[89]|20)\d\d\b")
_WEEKDAY_NAME = re.compile(
    r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:day|s|sday|nesday|rsday|urday)?\b\.?|(?<![^\W\d_])("
    + "|".join(re.escape(w) for w in sorted(_OTHER_WEEKDAYS, key=lambda w: (-len(w), w)))
    + r")(?![^\W\d_])|(?-i:\b("
    + _SHORT_WEEKDAY
    + r"))",
    re.IGNORECASE,
)
_WEEKDAYS = {"mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7}
_YEAR = re.compile(r"(?<!\d)(?:1[89]\d\d|2[01]\d\d|2[45]\d\d)(?!\d)")  # (2400 on: a Buddhist Era year)


@dataclass(frozen=True)
class Stamp:
    """A stamp line: which row matched, the date text, which date form it is."""

    rule: str
    text: str
    form: str
    start: int  # offset of the date text in the stripped line
    #: ISO weekday (1 = Monday) the line names next to the date, if any: it checks (and orders) the date
    weekday: int | None = None

    @property
    def relative(self) -> bool:
        return self.form == "relative"

    @property
    def yearless(self) -> bool:
        """A day and month whose year the page gives (its capture date, else its other stamps)."""
        return self.form in YEARLESS


#: A talk page's signature closing a comment, at the end of its line: the user's name, a link word in brackets
#: ("talk", "msg", "Diskussion", "overleg"), then the time and the date in the wiki's language, in either order,
#: and the time zone in brackets ("Ann Berg (talk) 14:22, 3 April 2009 (UTC)", "Ann Berg (discuter) 3 avril 2009
#: à 14:22 (CEST)"). ``signature_stamp`` reads the date in it.
_SIGNATURE = re.compile(
    r"\(\s*[^\W\d_][\w .·|-]{0,30}\)\s+(?P<when>[^()\n]{8,48}?)\s+\((?:UTC|GMT|[A-Z]{2,5}(?:[+-]\d{1,2})?)\)\s*$"
)
_SIGNATURE_CLOCK = re.compile(r"(?:,?\s*(?:at|à|um|alle|om|kl\.?|klo|o)\s+)?\b\d{1,2}:\d{2}(?::\d{2})?\b,?")


def signature_stamp(line: str) -> Stamp | None:
    """The date of the talk-page signature that ends ``line`` (the stamp of its date alone), or None."""
    m = _SIGNATURE.search(line) if line.rstrip().endswith(")") else None
    if m is None or not _SIGNATURE_CLOCK.search(m.group("when")):
        return None
    st = stamp_of(_SIGNATURE_CLOCK.sub(" ", m.group("when")).strip(" ,"))
    return st if st is not None and st.rule == "date-alone" and not st.yearless else None


def stamp_of(line: str) -> Stamp | None:
    """The stamp ``line`` is (its first matching row), or None."""
    return _stamp_of(line.strip())


FIELD_GAP = re.compile(r"[ \t]{3,}")
#: Arabic-Indic and Persian digits, read as the ASCII digits they are ("٣ مارس ٢٠٠٩")
#: ... and the full-width colon and brackets of Chinese, Japanese and Korean pages ("发布时间：", "（金）") as the ASCII
#: ones
_ASCII_DIGITS = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹०१२३४५६७८९๐๑๒๓๔๕๖๗๘๙：（）", "0123456789012345678901234567890123456789:()"
)
#: Tokenised text (the Penn Treebank's, one sentence a line) writes punctuation apart ("Wednesday , 29 April 2009",
#: "2008 ; 4:30 PM", "Posted : ...") and brackets as ``-LRB-`` / ``-RRB-``: a stamp is read with them joined back.
TOKENISED: tuple[tuple[str, str, str], ...] = (
    ("punctuation-apart", r" ([,;:.!?])(?= |$)", "Wednesday , 29 April 2009 ; 14:44"),
    ("open-bracket", r"-LRB-\s?", "Anna Berg -LRB- 29 April 2009)"),
    ("close-bracket", r"\s?-RRB-", "Anna Berg (29 April 2009 -RRB-"),
)
_JOINED_AS = {"punctuation-apart": r"\1", "open-bracket": "(", "close-bracket": ")"}
_UNTOKENISE = [(re.compile(pattern), _JOINED_AS[name]) for name, pattern, _ in TOKENISED]


#: A received or filed stamp's month, a dash, then the day and the year ("OCT - 30 1989", "APR-3 2009").
_STAMP_DASH = re.compile(r"\b([^\W\d_]{3,4}\.?)(\s*[-–]\s*)(?=\d{1,2},?\s+(?:1[89]|20)\d\d\b)")


def _joined(stripped: str) -> str:
    """The line as a stamp is read: a print page's field gaps as bars, tokenised punctuation joined back."""
    # (a card's date set on two lines, "26" / "JAN 1998", is one ``segment.Line``: read across its break)
    s = FIELD_GAP.sub(" | ", stripped.replace("\u00a0", " ").replace("\r", " ").replace("\n", " "))
    s = s.translate(_ASCII_DIGITS)  # (one character for one: offsets into the line hold)
    # (a rubber stamp's dash between the month and the day, "NOV - 2 1989": read as spaces, as many as it takes)
    s = _STAMP_DASH.sub(lambda m: m.group(1) + " " * len(m.group(2)), s)
    for pattern, repl in _UNTOKENISE:
        s = pattern.sub(repl, s)
    return s


@functools.lru_cache(maxsize=65536)
def _stamp_of(stripped: str) -> Stamp | None:
    """Cached: segmentation asks about the same lines several times (labels, headers, comments)."""
    # a print page's running head sets its fields apart with runs of spaces ("THE DAILY   MONDAY, MARCH 16,
    # 2031   PAGE 4"): read as the bars a web page puts there
    s = _joined(stripped)
    if not s or not (re.search(r"\d", s) or _DAY_WORD_SEARCH.search(s) or _COUNT_WORD.search(s)):
        return None
    for name, pattern in _LINES:
        if len(s) > MAX_STAMP and name not in ANY_LENGTH:
            continue
        m = pattern.match(s)
        if not m:
            continue
        text = m.group("date")
        if name in _NAMED_ROWS and _PROSE_AFTER.match(s, m.end("date")):
            continue  # "year ending June 30, 1990, to fall below ...": a wrapped sentence's line, not a stamp
        form = next((f for f, p in _FORMS if p.match(text)), "")
        if (name == "epoch-field") != (form == "epoch"):
            continue
        if form == "iso-basic" and name not in ISO_BASIC_ROWS:
            continue  # a count of seconds only in a data dump's time field, and that field holds no other form
        if form in YEARLESS:
            from .temporal.resolve import month_number

            if month_number(re.search(r"[^\W\d_]{3,}\.?", text).group(0)) is None:
                continue  # "Posts 12", "Page 3": not a month
            if name == "dateline":
                pass  # a dateline's day without its year is followed by the paragraph's text
            elif (
                name in ("name-then-date", "names-then-date", "dated-lead", "clause-on", "name-verb-date")
                or (name == "labelled" and not re.search(r"[:|·•—–]\s*" + _WEEKDAY + r"?$", s[: m.start("date")]))
                or not (name in BRACKETED or _YEARLESS_TAIL.fullmatch(s[m.end("date") :]))
            ):
                continue  # "He left on May 5", "Feb. 1, soon after he reaches 65": a sentence, not a stamp
        elif form == "epoch":
            pass
        elif form == "relative" and name not in AGE_ROWS and re.fullmatch(_AGE, text):
            continue  # "Level 3d", "Route 9w": a compact age only alone or among a bar's fields
        elif form == "relative" and name in _NAMED_ROWS and _BARE_DAY_WORD.fullmatch(text):
            continue  # "Ferries today", "Klicken Sie hier": a title's or a sentence's word, not a post's stamp
        elif form == "relative" and _YEAR.search(s, m.end("date")):
            continue  # "Friday 8:12, May 1, 2009": the weekday and time of the full date after them
        elif form in _MONTH_NAMED and not month_word(re.sub(r"^the\s+", "", text)):
            continue
        elif form not in (
            "relative",
            "ja-era",
            "iso-basic",
            "month-day-apos",
            "day-month-apos",
            "numeric",
            "day-mon-year",
            "mon-day-year",
        ) and not _YEAR.search(text):
            continue
        # (a paragraph's dated lead: only a weekday before its text is the stamp's, not one the text names; a line
        # with two dates, "Updated Friday, May 1, 2009 | First published Wednesday, April 29, 2009": the weekday
        # next to the date read, else the line's only one)
        day = _WEEKDAY_NAME.search(s[: m.end("date")] if name in LEADS else s)
        near = [w for w in _WEEKDAY_NAME.finditer(s) if m.start("date") - 30 <= w.start() <= m.end("date")]
        if near:
            day = near[-1] if near[-1].start() < m.start("date") else near[0]
        elif len(_DATE_ANY.findall(s)) > 1:
            day = None
        if name in _ADDRESS_ROWS:
            day = None  # "/19891026-sun-microsystems-profit.html": the slug's words are the title's
        return Stamp(name, text, form, m.start("date"), _weekday_number(day) if day else None)
    return None


#: Rows whose stamp may open a line with the text run on after it, as pages that lost their line breaks write a
#: byline into the lead ("Anna Berg | 14:44 UK time, Wednesday, 29 April 2009 For anyone who ..."): a header's
#: rows; not those a sentence's opening matches ("He left on 3 April 2009 ...", "Since 3 April 2009 ...").
GLUED = frozenset(
    {
        "first-published",
        "published-after-update",
        "republished",
        "updated",
        "by-name-on",
        "by-name",
        "by-handle",
        "rfc-2822",
        "name-date",
        "date-alone",
        "weekday-time-date",
        "time-date",
        "posted",
        "fields-date",
    }
)
#: Where a glued stamp may end: a year (or an ISO date), then the time of day it gives after the date.
_GLUE_END = re.compile(r"(?<!\d)(?:\d{4}-\d{2}-\d{2}|\d{4})(?!\d)(?P<time>\s*[;,]?\s*(?:at\s+)?" + _TIME + r")?")
#: The text after a glued stamp begins as a sentence does (a capital, a quote, a bracket), not as a clause goes on.
_TEXT_AFTER = re.compile(r"\s+[\"“‘'`(\[A-ZÀ-ÖØ-ÞА-ЯЁ]")


def glued_stamp_of(line: str) -> tuple[Stamp, str] | None:
    """(stamp, its text) when ``line`` opens with a header's stamp run into the text after it (a byline glued to
    the lead); None when the whole line is a stamp, or none opens it."""
    return _glued(line.strip())


#: A stamp inside a header run together (the headline, its standfirst, "Friday 1 May 2009 15.49 BST", then the
#: lead): the weekday, the full date and the time of day, the text after it; searched in the line's first
#: ``INSIDE_REACH`` characters.
_INSIDE = re.compile(
    r"(?<!\S)(?P<stamp>" + _WEEKDAY + _DATE + r"\s*[;,]?\s*(?:at\s+)?" + _TIME + r")(?=\s+[\"“‘'`(\[A-ZÀ-ÖØ-ÞА-ЯЁ])"
)
INSIDE_REACH = 400
#: Words before a weekday and date that make them a sentence's ("due on Friday 1 May 2009 15.49 BST ..."), not a
#: stamp's
_CLAUSE_WORDS = frozenset(
    "on by until till from since before after at of for the and or to next last this that is was be".split()
)


@functools.lru_cache(maxsize=65536)
def _glued(stripped: str) -> tuple[Stamp, str] | None:
    s = _joined(stripped)
    if len(s) < 20 or not _YEAR.search(s, 0, INSIDE_REACH) or _stamp_of(stripped) is not None:
        return None
    for m in _GLUE_END.finditer(s, 0, MAX_STAMP):
        if not _TEXT_AFTER.match(s, m.end()):
            continue
        st = _stamp_of(s[: m.end()])
        if st is not None and st.rule in GLUED and not st.relative and not st.yearless:
            # (a date alone before the text: only with its weekday or its time, else a list's dated entry)
            if st.rule != "date-alone" or st.weekday is not None or m.group("time"):
                return st, s[: m.end()]
    for m in _INSIDE.finditer(s, 0, INSIDE_REACH):
        before = s[: m.start()].split()
        if before and before[-1].lower() in _CLAUSE_WORDS:
            continue
        st = _stamp_of(m.group("stamp"))
        if st is not None and st.rule == "date-alone" and st.weekday is not None and not st.yearless:
            return st, m.group("stamp")
    return None


_EN_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def weekday_number(word: str) -> int | None:
    """The ISO number of a weekday's full name in a language a stamp may be written in ("Thursday", "jeudi",
    "czwartek"), else None."""
    w = word.lower()
    return _EN_WEEKDAYS.index(w) + 1 if w in _EN_WEEKDAYS else _OTHER_WEEKDAYS.get(w)


def _weekday_number(found: re.Match) -> int:
    if found.group(1):
        return _WEEKDAYS[found.group(1).lower()[:3]]
    if found.group(3):
        return SHORT_WEEKDAYS[found.group(3)]
    return _OTHER_WEEKDAYS[found.group(2).lower()]


def month_word(text: str) -> bool:
    """Whether the word of a "3 April 2009" / "April 3, 2009" date is a month name (in any language)."""
    word = re.search(r"(?:[^\W\d_]|[\u0900-\u0963\u0e30-\u0e4e]){3,}", text.replace(" de ", " "))
    if not word:
        return False
    from .temporal.resolve import month_number

    return month_number(word.group(0)) is not None or _parses(text)


def _parses(text: str) -> bool:
    return parse_date(text) is not None


# ------------------------------------------------------------------------------------------------ parsing


@dataclass(frozen=True)
class PageDates:
    """What a page as a whole says about reading its stamps: the order of its numeric dates (True: day
    first, False: month first, None: nothing decides) and the date it was captured, if a line says so."""

    day_first: bool | None = None
    capture: dt.date | None = None
    #: the year most of the page's stamps with a year write (for its stamps without one, when no capture date)
    year: int | None = None
    #: False when the page's evidence on its numeric order disagrees (``page_order_doubt``): read, not sure
    order_sure: bool = True
    #: False when the capture date was read as a guess (a numeric date nothing on the page orders): the dates
    #: read against it are guesses too
    capture_sure: bool = True


def _full_year(year: int) -> int:
    """A year written with two digits ('09, 3-Mar-09) in full: 50-99 the 1900s, 00-49 the 2000s."""
    return year if year >= 100 else year + (1900 if year >= 50 else 2000)


def _numbers(text: str) -> tuple[int, int, int, str] | None:
    m = re.fullmatch(r"(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})", text)
    if not m:
        return None
    return int(m.group(1)), int(m.group(3)), _full_year(int(m.group(4))), m.group(2)


def _dotted(stamp: Stamp) -> bool:
    """A numeric date written with dots (03.04.2009): day first by convention, so read without the page."""
    parts = _numbers(stamp.text) if stamp.form == "numeric" else None
    return parts is not None and parts[3] == "."


#: Days either side of a page's dates written in words within which a reading of its numeric dates is "among
#: them" (``page_order``); a reading both ways among them decides nothing.
#: (3, 7 and 14 days give the same figures on the generated dev pages, seeds 1 and 2: 92.8 / 90.6 % within 3
#: days; a week, by hand.)
PAGE_SLACK = 7


def page_order(stamps: list[Stamp]) -> bool | None:
    """Day-first (True) or month-first (False) for the page's slashed and dashed dates: decided by a numeric date whose
    first (or second) number cannot be a month, else by which reading puts the page's numeric dates among its
    dates written in words, ISO form or with dots when the other does not (a page's articles are from one
    stretch of time); None when nothing decides."""
    return page_order_doubt(stamps)[0]


#: Date forms with a month name, by the order they write the day and the month in: a page that writes its dates
#: in words one way writes its numeric dates the same way ("March 3, 2009" with "04/03/2009": 3 April).
MONTH_FIRST_FORMS = frozenset({"month-day", "month-day-apos", "mon-day-year", "ctime", "month-day-short"})
DAY_FIRST_FORMS = frozenset({"day-month", "day-of-month", "day-mon-year", "day-month-short", "day-month-apos"})


def words_order(stamps: list[Stamp]) -> bool | None:
    """Day-first (True) or month-first (False) as every date the page writes with a month name puts them; None
    when it writes none, or both ways (an aggregator's sources)."""
    orders = {
        st.form in DAY_FIRST_FORMS
        for st in stamps
        if st.form in MONTH_FIRST_FORMS | DAY_FIRST_FORMS and st.rule not in CAPTURE_ROWS  # (the reader's)
    }
    return orders.pop() if len(orders) == 1 else None


def page_order_doubt(
    stamps: list[Stamp], language: Callable[[], str | None] = lambda: None
) -> tuple[bool | None, bool]:
    """(order, sure): ``page_order``'s reading, and whether the page's evidence agrees on it. A numeric date whose
    first (or second) number cannot be a month decides; else the reading that puts the numeric dates among the
    dates in words (``_near_order``), save on a page that writes the month first in words ("March 3, 2009", as
    US pages do): its numeric dates are month first too, sure only when the nearer reading agrees. When neither
    reading is nearer, the order of the dates in words, sure when the page's ``language`` writes the day first
    as they do."""
    votes = 0
    ambiguous = []
    for st in stamps:
        parts = _numbers(st.text) if st.form == "numeric" else None
        if parts is None or parts[3] == ".":
            continue  # dotted dates are day-first by convention: they say nothing of the page's slashes
        a, b, year, _ = parts
        if a > 12 >= b:
            votes += 1
        elif b > 12 >= a:
            votes -= 1
        elif a != b:
            ambiguous.append((a, b, year))
    if votes or not ambiguous:
        return (votes > 0 if votes else None), True
    by_words = words_order(stamps)
    near = _near_order(stamps, ambiguous)
    if by_words is None or near == by_words or (by_words and near is not None):
        # (the day first in words is written on pages of either convention, "27 Oct 1989 | Local" on a US page:
        # it does not overrule the nearer reading, but makes it a guess; the month first in words is a US page's)
        # The nearer reading alone is sure only on a page whose dates lie close together
        sure = near == by_words or (by_words is None and _close(stamps))
        return near if by_words is None or near is not None else by_words, sure
    if near is not None and _far_apart(stamps, ambiguous, not near):
        # (an aggregator's sources write their dates both ways: a reading months away from every date the page
        # writes in words loses to the one among them, whatever the words' order)
        return near, False
    if near is not None or not by_words:
        return by_words, False
    return by_words, language() not in (None, *MONTH_FIRST_LANGUAGES)


#: Days from every date a page writes in words beyond which a reading of its numeric dates is out of the page's
#: time: two months (a US page's "04/03/2009" beside "March 3, 2009" is a month off, and read as the words are).
FAR_DAYS = 62


def _far_apart(stamps: list[Stamp], ambiguous: list[tuple[int, int, int]], day_first: bool) -> bool:
    """Every ambiguous numeric date, read ``day_first`` (or not), lies more than FAR_DAYS from all the page's
    dates in words, ISO form or with dots."""
    written = _written(stamps)
    for a, b, year in ambiguous:
        reading = _date(year, b, a, True) if day_first else _date(year, a, b, True)
        if reading is None or any(abs((reading[0] - w).days) <= FAR_DAYS for w in written):
            return False
    return bool(written)


#: Most days between a page's earliest and latest dates (in words, ISO form or with dots) for the nearer reading of
#: its numeric dates to be sure on its own: its articles are then from one stretch of time.
CLOSE_SPAN = 14


def _close(stamps: list[Stamp]) -> bool:
    written = _written(stamps)
    return bool(written) and (written[-1] - written[0]).days <= CLOSE_SPAN


def _written(stamps: list[Stamp]) -> list[dt.date]:
    """The page's dates in words, ISO form or with dots, in order (not its capture date)."""
    return sorted(
        found[0]
        for st in stamps
        if (st.form not in ("numeric", "relative", "") or _dotted(st))
        and st.form not in YEARLESS
        and st.rule not in CAPTURE_ROWS
        and (found := parse_stamp(st)) is not None
    )


def _near_order(stamps: list[Stamp], ambiguous: list[tuple[int, int, int]]) -> bool | None:
    """Which reading of the page's ambiguous numeric dates puts them among its dates in words, ISO form or with
    dots when the other does not (a page's articles are from one stretch of time); None when neither."""
    votes = 0
    written = _written(stamps)
    if not written or not ambiguous:
        return None
    low, high = written[0] - dt.timedelta(days=PAGE_SLACK), written[-1] + dt.timedelta(days=PAGE_SLACK)
    for a, b, year in ambiguous:
        day_first, month_first = _date(year, b, a, True), _date(year, a, b, True)
        if day_first and month_first:
            inside = (low <= day_first[0] <= high, low <= month_first[0] <= high)
            if inside[0] != inside[1]:  # one reading among the page's other dates, the other away from them
                votes += 1 if inside[0] else -1
    return True if votes > 0 else False if votes < 0 else None


def parse_stamp(stamp: Stamp, page: PageDates = PageDates()) -> tuple[dt.date, bool] | None:
    """(date, sure) the stamp states; ``sure`` is False when the reading depended on a guess (a numeric date
    whose order nothing on the page decides) or when the weekday written next to it disagrees. None when it
    states no full date (a relative stamp on a page with no capture date)."""
    found = _parse_stamp(stamp, page)
    if found is None or stamp.weekday is None or stamp.form == "relative":
        return found
    if found[0].isoweekday() != stamp.weekday and stamp.form in _MONTH_NAMED:
        # a month word of two languages ("listopada": November in Polish, October in Croatian): the reading
        # the weekday written beside it agrees with ("četvrtak, 26. listopada 1989." is a Thursday in October)
        agreeing = {day for day in _readings(stamp.text) if day.isoweekday() == stamp.weekday}
        if len(agreeing) == 1:
            return agreeing.pop(), found[1]
    return found[0], found[1] and found[0].isoweekday() == stamp.weekday


@functools.lru_cache(maxsize=256)
def _readings(text: str) -> frozenset[dt.date]:
    """The dates ``text`` states read in each language a stamp may be written in, one language at a time."""
    import dateparser

    text = text.strip().rstrip(".,")
    out = set()
    for language in PARSE_LANGUAGES:
        parsed = dateparser.parse(
            text,
            languages=[language],
            settings={"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False},
        )
        if parsed:
            out.add(parsed.date())
    return frozenset(out)


def _parse_stamp(stamp: Stamp, page: PageDates) -> tuple[dt.date, bool] | None:
    text = stamp.text
    if stamp.form == "relative":
        day = _relative(text, page.capture) if page.capture else None
        # ("3 weeks ago" is rounded: a guess)
        rounded = re.search(r"(?i:" + RELATIVE_UNITS[2][1] + ")", text)
        return (day, not rounded and page.capture_sure) if day else None
    if stamp.form in YEARLESS:
        return _yearless(text, page)
    if stamp.form == "iso-8601":
        try:
            return dt.date.fromisoformat(text[:10]), True
        except ValueError:
            return None
    if stamp.form == "epoch":
        seconds = int(text.split(".")[0])
        seconds = seconds // 1000 if seconds >= 10**11 else seconds
        return dt.datetime.fromtimestamp(seconds, dt.UTC).date(), True
    if stamp.form == "rfc-2822":
        import email.utils

        try:
            return email.utils.parsedate_to_datetime(text).date(), True
        except (TypeError, ValueError):
            return None
    if stamp.form == "iso-week":
        y, w, d = (int(x) for x in re.fullmatch(r"(\d{4})-?W(\d\d)-?(\d)", text).groups())
        try:
            return dt.date.fromisocalendar(y, w, d), True
        except ValueError:
            return None
    if stamp.form == "iso-basic":
        return _date(int(text[:4]), int(text[4:6]), int(text[6:8]), True)
    if stamp.form == "roman-month":
        day, year = (int(x) for x in re.findall(r"\d+", text))
        return _date(year, ROMAN_MONTHS.index(re.search(r"[IVX]+", text).group(0)) + 1, day, True)
    if stamp.form == "ja-era":
        era = next(e for e in JAPANESE_ERAS if text.startswith(e))
        numbers = [int(x) for x in re.findall(r"\d+", text)]
        year = 1 if "元" in text[len(era) : text.index("年")] else numbers.pop(0)
        return _date(JAPANESE_ERAS[era] + year, numbers[0], numbers[1], True)
    if stamp.form == "vi-words":
        d, m, y = (int(x) for x in re.findall(r"\d+", text))
        return _date(y, m, d, True)
    if stamp.form == "year-m-month-d":
        year, day = (int(x) for x in re.findall(r"\d+", text))
        word = re.search(r"[^\W\d_]{3,}", text[4:]).group(0)
        found = parse_date(f"{day} {word} {year}")
        return (found, True) if found else None
    if stamp.form in ("year-first", "cjk"):
        y, m, d = (int(x) for x in re.findall(r"\d+", text))
        return _date(y, m, d, True)
    if stamp.form in ("month-day-apos", "day-month-apos"):
        from .temporal.resolve import month_number

        month = month_number(re.search(r"[^\W\d_]{3,}", text).group(0))
        day, yy = (int(x) for x in re.findall(r"\d+", text))
        return _date(_full_year(yy), month, day, True) if month else None
    if stamp.form in ("day-mon-year", "mon-day-year"):
        from .temporal.resolve import month_number

        month = month_number(re.search(r"[^\W\d_]{3,}", text).group(0))
        day, year = (int(x) for x in re.findall(r"\d+", text))
        return _date(_full_year(year), month, day, True) if month else None
    if stamp.form == "ctime":
        from .temporal.resolve import month_number

        month, day, year = month_number(text[:3]), int(text.split()[1]), int(text.split()[-1])
        return _date(year, month, day, True) if month else None
    if stamp.form == "numeric":
        a, b, year, sep = _numbers(text)
        if a > 12 >= b:
            return _date(year, b, a, True)
        if b > 12 >= a:
            return _date(year, a, b, True)
        if a == b:
            return _date(year, a, b, True)
        if stamp.weekday is not None:  # "Fri 03/04/2009": the weekday picks the reading
            readings = [
                r
                for r in (_date(year, b, a, True), _date(year, a, b, True))
                if r and r[0].isoweekday() == stamp.weekday
            ]
            if len(readings) == 1:
                return readings[0]
        if sep == ".":  # dots are day-first wherever they are written (03.04.2009)
            return _date(year, b, a, True)
        if page.day_first is not None:
            return _date(year, b, a, page.order_sure) if page.day_first else _date(year, a, b, page.order_sure)
        return _date(year, a, b, False)  # nothing on the page decides: a guess
    day = parse_date(text)
    return (day, True) if day else None


ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def _date(y: int, m: int, d: int, sure: bool) -> tuple[dt.date, bool] | None:
    try:
        return dt.date(y, m, d), sure
    except ValueError:
        return None


def _yearless(text: str, page: PageDates) -> tuple[dt.date, bool] | None:
    """ "Apr 3" on a page captured on 10 April 2009 is 3 April 2009 (the latest such day up to the capture: a
    page shows what it held then); with no capture date, in the year of the page's other stamps, as a guess."""
    from .temporal.resolve import month_number

    word = re.search(r"[^\W\d_]{3,}\.?", text).group(0)
    month, day = month_number(word), int(re.search(r"\d{1,2}", text).group(0))
    if month is None:
        return None
    if page.capture is not None:
        found = _date(page.capture.year, month, day, page.capture_sure)
        if found and found[0] > page.capture:
            found = _date(page.capture.year - 1, month, day, page.capture_sure)
        return found
    return _date(page.year, month, day, False) if page.year else None


_BARE_DAY_WORD = re.compile(r"(?i:" + _DAY_WORD + ")")
#: Rows whose date follows free words (a name, a clause): a day word alone after them is no stamp
_NAMED_ROWS = frozenset({"name-then-date", "names-then-date", "name-verb-date", "clause-on", "handle-date"})
#: A sentence going on after a date (three words in small letters): the date was a clause's, the line no stamp.
_PROSE_AFTER = re.compile(r",?\s+(?:[a-z][\w'’-]*\s+){2,}[a-z]")
_DAY_WORD_SEARCH = re.compile(r"(?<![^\W\d_])(?i:" + _DAY_WORD + r")(?![^\W\d_])")
#: A count's word where a relative stamp has no digit ("an hour ago", "vor einem Tag")
_COUNT_WORD = re.compile(r"(?i:\bago\b|\bvor\s|\bil\s+y\s+a\b|\bhace\b|\bfa\b|\bh[áa]\b|назад)")
_UNIT_DAYS = [(days, re.compile(rf"(?i:{p})$")) for days, p, _ in RELATIVE_UNITS]


def _relative(text: str, capture: dt.date) -> dt.date | None:
    """The day a relative stamp ("3 days ago", "vor 3 Tagen", "yesterday at 14:02") names against the capture;
    minutes or hours before it are its day (or the day before, at most)."""
    t = text.lower()
    weekday = _WEEKDAY_NAME.match(text)
    if weekday:  # the latest such day up to the capture (a page shows the past week so)
        return capture - dt.timedelta(days=(capture.isoweekday() - _weekday_number(weekday)) % 7)
    for days, pattern, _ in RELATIVE_DAYS:
        if re.match(rf"(?:{pattern})(?![^\W\d_])", t):
            return capture - dt.timedelta(days=days)
    # (a unit of Chinese, Japanese or Korean runs on into the word for "before": "3天前")
    m = re.search(
        r"(?<![^\W\d_])(" + _N + r")\s*(" + _UNIT + r")(?!(?![\u4e00-\u9fff\uac00-\ud7af])[^\W\d_])", t, re.IGNORECASE
    )
    if not m:
        return None
    n = int(m.group(1)) if m.group(1).isdigit() else 1
    per = next(days for days, pattern in _UNIT_DAYS if pattern.match(m.group(2)))
    return capture - dt.timedelta(days=n * per)


PARSE_LANGUAGES = STAMP_LANGUAGES


@functools.lru_cache(maxsize=4096)
def parse_date(text: str) -> dt.date | None:
    """A full calendar date (day, month and year all written) or None: never a relative one, never today.
    (Cached: a page's stamps are read for its order, its year and its segments' dates.)"""
    text = text.strip().rstrip(".,")
    if not re.search(r"\d{4}", text):
        return None
    import dateparser

    parsed = dateparser.parse(
        text,
        languages=PARSE_LANGUAGES,
        settings={
            "REQUIRE_PARTS": ["day", "month", "year"],
            "RETURN_AS_TIMEZONE_AWARE": False,
            "RELATIVE_BASE": dt.datetime(2000, 1, 1),
            "PREFER_DATES_FROM": "past",
            "DATE_ORDER": "DMY",
        },
    )
    if parsed and parsed.year >= BUDDHIST_ERA_FROM:
        parsed = parsed.replace(year=parsed.year - BUDDHIST_ERA)  # a Thai date's year counts from 543 BC
    return parsed.date() if parsed else None


#: A year written in the Buddhist Era (Thai pages: "3 เมษายน 2552" is 3 April 2009): from 2400 (1857) on.
BUDDHIST_ERA, BUDDHIST_ERA_FROM = 543, 2400


def capture_date(lines: list[str], page: PageDates = PageDates()) -> tuple[dt.date, bool] | None:
    """(date, sure) the page was captured, from a "Retrieved ..." / "Saved on ..." line, if one says so; read in
    the page's numeric order (``page``): "Saved on 10/03/2009" on a page nothing orders is a guess."""
    for line in lines:
        st = stamp_of(line)
        if st is not None and st.rule in CAPTURE_ROWS and not st.relative:
            found = parse_stamp(st, page)
            if found:
                return found
    return None


#: The header a browser prints over a page: the day and time it was printed, then the page's title, apart
#: ("2/27/99, 10:46 PM    Top stories").
PRINT_HEADER = re.compile(r"(?P<date>\d{1,2}/\d{1,2}/\d{2,4}),\s+\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?[ \t]{3,}\S.*")


def _print_header(first: list[str], page: PageDates) -> tuple[dt.date, bool] | None:
    """(date, sure) a page was printed on, from the browser's header on its first line: the page's capture."""
    m = PRINT_HEADER.fullmatch(first[0].strip()) if first else None
    st = stamp_of(m.group("date")) if m else None
    return parse_stamp(st, page) if st is not None else None


def page_dates(text: str) -> PageDates:
    """The numeric order and capture date of a whole page (its stamp lines)."""
    lines = [ln for ln in text.splitlines() if ln.strip() and len(ln) <= 4 * MAX_STAMP]
    stamped = [ln for ln in lines if stamp_of(ln) is not None]
    stamps = [stamp_of(ln) for ln in stamped]
    order, sure = _order_or_language(stamps, text)
    capture, capture_sure = (
        capture_date(lines, PageDates(order, order_sure=sure))
        or _print_header(lines[:1], PageDates(order, order_sure=sure))
        or (None, True)
    )
    # (an archive's upload, a reader's access: years after the page's texts, never their year)
    archived = {id(st) for ln, st in zip(stamped, stamps) if ARCHIVE_LABEL.match(ln)}
    years = Counter(
        found[0].year
        for st in stamps
        if capture is None
        and st.form not in YEARLESS
        and st.form != "relative"
        and id(st) not in archived
        and (found := parse_stamp(st))
    )
    year = min(years, key=lambda y: (-years[y], -y)) if years else None
    return PageDates(order, capture, year, sure, capture_sure)


#: Languages with rules whose numeric dates are written month first (with slashes: "03/05/2009" is March 5);
#: every other language with rules writes the day first.
MONTH_FIRST_LANGUAGES = frozenset({"en"})


def _order_or_language(stamps: list[Stamp], text: str) -> tuple[bool | None, bool]:
    """The page's numeric order and whether it is sure (``page_order_doubt``); when its dates do not decide it,
    the page's language: only English writes the month first ("Publié le 06/03/2009" on a French page is 6 March)."""
    if not any(st.form == "numeric" for st in stamps):
        return page_order(stamps), True
    from .temporal.languages import detect

    order, sure = page_order_doubt(stamps, functools.partial(detect, text))
    if order is not None:
        return order, sure
    language = detect(text)
    return (None if language is None or language in MONTH_FIRST_LANGUAGES else True), True
