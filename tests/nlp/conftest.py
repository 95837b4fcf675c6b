from datetime import date

import pytest

from tangible.nlp import Extractor


def deed_province(extractor, text: str, published: date) -> str | None:
    """The province of the first asserted attack or operation read from ``text`` (the text must report one)."""
    ms = [m for m in extractor.extract("p", text, published) if m.type in ("ATTACK", "OPERATION")
          and m.modality == "asserted"]
    assert ms, text
    return ms[0].location.admin1 if ms[0].location else None


@pytest.fixture(scope="session")
def extractor():
    return Extractor()
