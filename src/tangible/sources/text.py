"""Bytes to text: encoding detection and binary rejection."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from tangible.errors import InputError

_BOM_CODECS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]


def looks_binary(data: bytes) -> bool:
    head = data[:4096]
    if any(head.startswith(bom) for bom, _ in _BOM_CODECS[1:]):
        return False  # UTF-16/32 text has NUL bytes
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return bool(head) and control / len(head) > 0.05


def decode_bytes(data: bytes, declared: str | None, origin: str) -> str:
    """Decode with the BOM, then the declared charset if it fits, then detection."""
    for bom, codec in _BOM_CODECS:
        if data.startswith(bom):
            return data.decode(codec)
    if looks_binary(data):
        raise InputError(f"{origin}: looks like a binary file, not text or HTML.",
                         "Give tangible .html, .htm, .txt, .jsonl or .csv files.", code="T103")
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
                         "Save the file as UTF-8 and try again.", code="T104")
    return str(best)
