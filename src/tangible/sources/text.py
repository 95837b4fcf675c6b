"""Bytes to text (encoding detection, binary rejection) and the one cleaning every stored text gets.

``clean_text`` runs once on every document before it is hashed and stored, so the same words always
give the same content hash and the same stored text on SQLite and PostgreSQL (which refuses NUL).
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

from tangible.errors import E, InputError

_BOM_CODECS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]

# --------------------------------------------------------------------------- cleaning

# Characters that never belong in stored text: C0 and C1 controls but tab and newline (carriage returns,
# vertical tabs, form feeds and Unicode line separators become newlines), lone surrogates (which no
# encoding can write), and the invisible format characters that make "Tali\u200bban" a different word
# from "Taliban": soft hyphen, zero-width space, word joiner, invisible operators, byte order mark,
# Mongolian vowel separator, combining grapheme joiner and the bidirectional marks and overrides.
_SUSPECT = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2028\u2029"
    "\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]"
)
_NEWLINES = re.compile("\r\n?|[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_REMOVE = re.compile(
    "[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\u00ad\u034f\u061c\u180e\u200b\u200e\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u2069\ufeff]"
)
_SURROGATE = re.compile("[\ud800-\udfff]")
# Zero-width (non-)joiners shape Persian, Urdu and Indic words and emoji: kept between two non-ASCII
# characters, dropped next to ASCII, where they only split words.
_STRAY_JOINER = re.compile("(?<![^\x00-\x7f])[\u200c\u200d]|[\u200c\u200d](?![^\x00-\x7f])")
_ASCII_CONTROLS = bytes([*range(0, 9), *range(11, 32), 127])  # every control but tab and newline


def clean_text(text: str) -> str:
    """``text`` without control and invisible characters, with ``\\n`` line ends, in Unicode NFC.

    Cheap when there is nothing to do (the usual case): pure-ASCII text is checked at C speed, other
    text with one regular-expression search and Unicode's quick NFC check.
    """
    if text.isascii():
        raw = text.encode("ascii")
        if len(raw.translate(None, _ASCII_CONTROLS)) == len(raw):
            return text
        return _REMOVE.sub("", _NEWLINES.sub("\n", text))
    if _SUSPECT.search(text) is not None or "\u200c" in text or "\u200d" in text:
        text = _NEWLINES.sub("\n", text)
        text = _REMOVE.sub("", text)
        text = _SURROGATE.sub("\ufffd", text)
        text = _STRAY_JOINER.sub("", text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def clean_line(value: str | None) -> str | None:
    """A one-line field (title, publisher, id): cleaned, whitespace runs as one space; None when empty."""
    if value is None:
        return None
    value = " ".join(clean_text(value).split())
    return value or None


# --------------------------------------------------------------------------- decoding


def _utf16_without_bom(head: bytes) -> str | None:
    """"utf-16-be" or "utf-16-le" when ``head`` reads as UTF-16 text written without a byte order mark
    (the high byte of Latin letters and of spaces is NUL, always in the same place of each pair, and the
    whole decodes to printable text), else None."""
    pairs = len(head) // 2
    if pairs < 8:
        return None
    head = head[:pairs * 2]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if even >= 0.1 * pairs and odd <= 0.02 * pairs:
        codec = "utf-16-be"
    elif odd >= 0.1 * pairs and even <= 0.02 * pairs:
        codec = "utf-16-le"
    else:
        return None
    try:
        text = head.decode(codec)
    except UnicodeDecodeError:
        return None
    controls = sum(1 for ch in text if ch not in "\t\n\r" and unicodedata.category(ch)[0] == "C")
    return codec if controls <= len(text) // 100 else None


def looks_binary(data: bytes) -> bool:
    head = data[:4096]
    if any(head.startswith(bom) for bom, _ in _BOM_CODECS[1:]) or _utf16_without_bom(head):
        return False  # UTF-16/32 text has NUL bytes
    if b"\x00" in head or data.count(b"\x00") > len(data) // 1000:
        return True  # NULs at the start, or more than a stray one in a thousand bytes further on
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return bool(head) and control / len(head) > 0.05


def decode_bytes(data: bytes, declared: str | None, origin: str) -> str:
    """Decode with the BOM, then the declared charset if it fits, then detection."""
    for bom, codec in _BOM_CODECS:
        if data.startswith(bom):
            return _decode(data, codec, origin)
    utf16 = _utf16_without_bom(data[:4096])
    if utf16:
        return _decode(data, utf16, origin)
    if looks_binary(data):
        raise InputError(f"{origin}: looks like a binary file, not text or HTML.",
                         "Give tangible .html, .htm, .txt, .jsonl or .csv files.", code=E.BINARY_FILE)
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common; fall through to detection
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{origin}: cannot tell the text encoding.",
                         "Save the file as UTF-8 and try again.", code=E.UNDECODABLE_TEXT)
    return str(best)


def _decode(data: bytes, codec: str, origin: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(f"{origin}: the text is not valid {codec.upper()} (byte {exc.start + 1}).",
                         "Save the file as UTF-8 and try again.", code=E.UNDECODABLE_TEXT) from None
