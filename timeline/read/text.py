"""Plain text in any common encoding, decoded once: every offset downstream indexes the string returned here.

Newlines are kept exactly as in the file (no universal-newline translation), so offsets can be checked against
the same bytes with ``open(path, encoding=..., newline="")``.
"""

from __future__ import annotations

import codecs
import unicodedata

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class UnreadableInput(ValueError):
    """Empty, binary or undecodable input: reported in one line and skipped."""


def decode(data: bytes, name: str = "input") -> tuple[str, str]:
    """(text, encoding). Tries a BOM, then strict UTF-8, then charset-normalizer's best guess."""
    if not data.strip():
        raise UnreadableInput(f"{name}: empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                raise UnreadableInput(f"{name}: starts with a {encoding} byte-order mark but does not decode") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096] and not _looks_utf16(data):
        raise UnreadableInput(f"{name}: binary file (not text)")
    from charset_normalizer import from_bytes

    best = _choose(from_bytes(data))
    western = _western(data)
    if western is not None and (best is None or best.encoding not in COMMON_ENCODINGS):
        return western, "cp1252" if any(0x80 <= b <= 0x9F for b in data) else "iso8859_1"
    if best is None or best.encoding is None:
        raise UnreadableInput(f"{name}: not text in any encoding charset-normalizer knows")
    text = str(best)
    if _control_share(text) > 0.05:
        raise UnreadableInput(f"{name}: binary file (not text)")
    encoding = best.encoding
    if encoding == "cp1252" and not any(0x80 <= b <= 0x9F for b in data):
        encoding = "iso8859_1"  # the same text: name the encoding the file most likely was saved in
    return text, encoding


#: Encodings news text is actually saved in, most common first. charset-normalizer scores many single-byte
#: code pages as equally clean for short Western or Cyrillic texts (cp1250, cp775, cp1257 tie with cp1252
#: on English with curly quotes), and then its first pick is arbitrary; among the equally clean ones we take
#: the one in common use.
COMMON_ENCODINGS = (
    "utf_8",
    "cp1252",
    "latin_1",
    "iso8859_15",
    "cp1251",
    "koi8_r",
    "iso8859_5",
    "cp1250",
    "iso8859_2",
    "cp1253",
    "cp1254",
    "cp1256",
    "cp1255",
    "gb18030",
    "big5",
    "shift_jis",
    "euc_kr",
)


#: Largest share of non-ASCII characters in a text read as Western (cp1252) when charset-normalizer's pick is
#: no encoding news is saved in: English with a few no-break spaces, curly quotes or accents (a page saved as
#: cp1252 with "Published:\xa014 March" was read as cp775, "Published:Ā14 March", its dates lost).
WESTERN_SHARE = 0.05


def _western(data: bytes) -> str | None:
    """The text as cp1252 when it is mostly ASCII and every other character is a Latin letter, a space or a
    punctuation or currency sign; None otherwise."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    other = [c for c in text if ord(c) > 0x7F]
    if len(other) > WESTERN_SHARE * len(text) or _control_share(text) > 0:
        return None  # (NUL bytes: UTF-16 without its byte-order mark)
    if all(unicodedata.category(c)[0] in "LPZ" or unicodedata.category(c) == "Sc" for c in other):
        return text
    return None


def _choose(matches):
    candidates = list(matches)
    if not candidates:
        return None
    least = min(m.chaos for m in candidates)
    clean = [m for m in candidates if m.chaos <= least + 0.01]
    rank = {name: i for i, name in enumerate(COMMON_ENCODINGS)}
    return min(clean, key=lambda m: (rank.get(m.encoding, len(rank)), candidates.index(m)))


def _looks_utf16(data: bytes) -> bool:
    sample = data[:4096]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    return max(even, odd) > len(sample) / 4 and min(even, odd) < len(sample) / 50


def _control_share(text: str) -> float:
    sample = text[:4096]
    bad = sum(1 for c in sample if ord(c) < 32 and c not in "\t\n\r\f")
    return bad / max(1, len(sample))
