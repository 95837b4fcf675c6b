"""Language of a document: restricted to the languages the news in scope is written in."""

from __future__ import annotations

from functools import lru_cache

from lingua import Language, LanguageDetectorBuilder

# Restricting the detector keeps it fast and small (all languages: >1 GB).
_LANGUAGES = [
    Language.ENGLISH, Language.URDU, Language.PERSIAN, Language.ARABIC, Language.CHINESE,
    Language.RUSSIAN, Language.FRENCH, Language.GERMAN, Language.SPANISH, Language.HINDI,
    Language.TURKISH,
]


@lru_cache(maxsize=1)
def _detector():
    return LanguageDetectorBuilder.from_languages(*_LANGUAGES).with_preloaded_language_models().build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code, or None when the text is too short or unclear."""
    sample = text[:2000].strip()
    if len(sample) < 20:
        return None
    found = _detector().detect_language_of(sample)
    return found.iso_code_639_1.name.lower() if found else None
