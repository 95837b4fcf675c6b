"""An operation whose forces no report names is the forces' of the state where it happened, as a coder would code
it, and is marked as known by the place alone (``perpetrator_basis`` "place")."""

from __future__ import annotations

from datetime import date

PUB = date(2026, 11, 16)


def test_an_operation_known_by_its_place_alone_has_the_place_basis(extractor):
    ms = [m for m in extractor.extract("d", "A senior TTP commander was killed in Kunar province on Sunday.", PUB)
          if m.type == "OPERATION" and m.modality == "asserted"]
    assert ms and ms[0].source is not None and ms[0].source.id == "taliban"
    assert ms[0].perpetrator_basis == "place"


def test_forces_the_report_names_are_not_marked(extractor):
    ms = [m for m in extractor.extract("d", "Taliban forces killed a senior TTP commander in Kunar province on Sunday.",
                                       PUB) if m.type == "OPERATION" and m.modality == "asserted"]
    assert ms and ms[0].source.id == "taliban" and ms[0].perpetrator_basis is None
