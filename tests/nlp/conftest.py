from datetime import date

import pytest

from tangible.nlp import Extractor


def deed_province(extractor, text: str, published: date) -> str | None:
    """The province of the first asserted attack or operation read from ``text`` (the text must report one)."""
    ms = [m for m in extractor.extract("p", text, published) if m.type in ("ATTACK", "OPERATION")
          and m.modality == "asserted"]
    assert ms, text
    return ms[0].location.admin1 if ms[0].location else None


# the action types that are steps against armed groups, other than arrests (what out-of-scope reporting must not give)
ACTIONS = frozenset({"OPERATION", "DISMANTLE", "RESTRICT", "FINANCE", "EXTRADITE"})
SCOPE_PUB = date(2026, 11, 20)


def asserted(extractor, text: str, published: date = SCOPE_PUB) -> set[str]:
    """The types of the asserted events read from ``text``."""
    return {m.type for m in extractor.extract("t", text, published) if m.modality == "asserted"}


def asserted_mentions(extractor, text: str, published: date) -> list:
    """The asserted mentions read from ``text``, of every type."""
    return [m for m in extractor.extract("a", text, published) if m.modality == "asserted"]


def asserted_of_type(extractor, text: str, etype: str, published: date) -> list:
    """The asserted mentions of type ``etype`` read from ``text``."""
    return [m for m in extractor.extract("f", text, published) if m.type == etype and m.modality == "asserted"]


def modalities_of_type(extractor, text: str, etype: str, published: date) -> set[str]:
    """The modalities the mentions of type ``etype`` read from ``text`` have ("asserted", "demanded", ...)."""
    return {m.modality for m in extractor.extract("m", text, published) if m.type == etype}


def first_asserted(extractor, text: str, etype: str, published: date):
    """The first asserted mention of type ``etype`` read from ``text`` (the text must report one)."""
    ms = asserted_of_type(extractor, text, etype, published)
    assert ms, text
    return ms[0]


def asserted_violence(extractor, text: str, published: date) -> list:
    """The asserted ATTACK and OPERATION mentions read from ``text``."""
    return [m for m in extractor.extract("t", text, published) if m.type in ("ATTACK", "OPERATION")
            and m.modality == "asserted"]


def event_dead(mentions) -> int:
    """The dead of one event's mentions, every side's (the largest figure per side, the sides added)."""
    return sum(max((m.quantities.get(k, 0) for m in mentions), default=0)
               for k in ("killed", "attackers_killed", "forces_killed"))


@pytest.fixture(scope="session")
def extractor():
    return Extractor()
