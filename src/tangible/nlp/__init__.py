"""The extractor: events with modality, actors, places, dates and exact spans (DESIGN §3, §4)."""

from __future__ import annotations

EXTRACTOR_VERSION = "0.2.0"

from tangible.nlp.extractor import Extractor  # noqa: E402

__all__ = ["Extractor", "EXTRACTOR_VERSION"]
