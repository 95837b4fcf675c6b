import pytest

from tangible.nlp import Extractor


@pytest.fixture(scope="session")
def extractor():
    return Extractor()
