"""What language a text is in: the one owner of that rule, for whole documents and for passages.

Two questions are asked of it. :func:`detect_language` names a document's language as ingest stores it
(its status is ``unsupported_language`` unless English): plainly English text is told by its function words,
anything less clear-cut by a statistical detector restricted to the languages the news in scope is written
in. :func:`is_english` is the extractor's gate, asked of texts as short as one sentence: any Latin-script
passage under 40 words passes (the detector misnames short English sentences as French or Spanish), a
longer one needs its share of common English words. The two differ on purpose and are kept side by side so
that a change to one is made knowing the other.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

# Restricting the detector keeps it fast and small (all languages: >1 GB).
_LANGUAGE_NAMES = ("ENGLISH", "URDU", "PERSIAN", "ARABIC", "CHINESE", "RUSSIAN", "FRENCH", "GERMAN", "SPANISH",
                   "HINDI", "TURKISH")


# The commonest English function words: in English news they are 35-50% of the words, in
# other languages (even written in Latin letters) a few percent at most.
_ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to in a is was said on for that with by as at from were had has have it be are an after "
    "his their its which who this not but they he she been will would".split()
)
_WORD = re.compile(r"[a-z']+")


def plainly_english(text: str) -> bool:
    """True when the text is so plainly English that a statistical detector is not needed.

    A fast path for bulk archives (the detector costs about half a millisecond a document);
    anything less clear-cut goes to the detector.
    """
    sample = text[:1500]
    # most English news is pure ASCII: then there is nothing to count
    if not sample.isascii() and sum(1 for ch in sample if ord(ch) > 127) > len(sample) * 0.01:
        return False
    words = _WORD.findall(sample.lower())
    if len(words) < 25:
        return False
    return sum(1 for w in words if w in _ENGLISH_FUNCTION_WORDS) >= 0.25 * len(words)


# Letters of the Arabic script that Pashto writes and Persian, Urdu and Arabic do not (ټ ډ ړ ږ ښ ګ ڼ ې ۍ ځ څ).
# The detector knows no Pashto and calls it Persian; a text with several of these letters is Pashto.
_PASHTO_LETTERS = frozenset("\u067c\u0689\u0693\u0696\u069a\u06ab\u06bc\u06d0\u06cd\u0681\u0685")


def is_pashto(sample: str) -> bool:
    letters = sum(1 for ch in sample if "\u0600" <= ch <= "\u06ff")
    own = sum(1 for ch in sample if ch in _PASHTO_LETTERS)
    return own >= 3 and own >= 0.01 * letters


@lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder  # loaded when a document first needs it

    languages = [getattr(Language, name) for name in _LANGUAGE_NAMES]
    # each language's models load when a text first needs them: preloading all eleven cost 2.6 s of processor
    # time per process, for the same answers (checked on 638 texts in every language of the list)
    return LanguageDetectorBuilder.from_languages(*languages).build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code, or None when the text is too short or unclear."""
    sample = text[:2000].strip()
    if len(sample) < 20:
        return None
    if plainly_english(sample):
        return "en"
    found = _detector().detect_language_of(sample)
    code = found.iso_code_639_1.name.lower() if found else None
    if code in ("fa", "ur", "ar") and is_pashto(sample):
        return "ps"
    return code


# The extractor's gate (see the module's docstring): common English words, and letters of any script.
_STOP = frozenset(
    "the of and to in a is that for on was with he it as at by from his said be have has had are were "
    "an they which this their not but or been who its will after also would would over more than two "
    "after into when there other its about up out new one all we i you she her our no them then can".split()
)
_LETTERS = re.compile(r"[^\W\d_]+", re.UNICODE)


def is_english(text: str, sample: int = 4000) -> bool:
    """True if ``text`` looks like English prose. Empty or word-less text counts as not English."""
    chunk = text[:sample]
    words = _LETTERS.findall(chunk)
    if not words:
        return False
    latin = sum(1 for w in words if w.isascii())
    if latin / len(words) < 0.5:
        return False
    if len(words) < 40:
        return True  # too short to judge by stopwords; Latin script is enough
    share = sum(1 for w in words if w.lower() in _STOP) / len(words)
    if share >= 0.12:
        return True
    # headlines run together have few function words ("Police raid militant hideout near PM's house. Bus blast
    # kills nine in Lahore."): the detector decides between English and the other Latin-script languages
    return share >= 0.04 and detect_language(chunk) == "en"
