"""Factories for mentions and evidence used by resolution and ledger tests."""

from __future__ import annotations

from datetime import date

import pytest

from tangible.models import ActorRef, Attribution, DocumentInput, Location, Mention
from tangible.resolve import DocFacts, Evidence

PLACES = {
    "Kunar": Location("Kunar", "AF", "Kunar", precision="admin1"),
    "Nangarhar": Location("Nangarhar", "AF", "Nangarhar", precision="admin1"),
    "Khost": Location("Khost", "AF", "Khost", precision="admin1"),
    "Bajaur": Location("Bajaur", "PK", "Khyber Pakhtunkhwa", precision="admin2"),
    "Dera Ismail Khan": Location("Dera Ismail Khan", "PK", "Khyber Pakhtunkhwa", 31.83, 70.90, precision="city"),
    "Lakki Marwat": Location("Lakki Marwat", "PK", "Khyber Pakhtunkhwa", precision="admin2"),  # no coordinates
    "Chaman": Location("Chaman", "PK", "Balochistan", 30.92, 66.45, precision="city"),
    "Spin Boldak": Location("Spin Boldak", "AF", "Kandahar", precision="city"),
    "Wakhan": Location("Wakhan", "AF", "Badakhshan", precision="admin2"),
    "Baghlan": Location("Baghlan", "AF", "Baghlan", precision="admin1"),
    "Kabul": Location("Kabul", "AF", "Kabul", precision="city"),
    "Mamund": Location("Mamund", "PK", "Khyber Pakhtunkhwa", precision="admin2"),
    "Bannu": Location("Bannu", "PK", "Khyber Pakhtunkhwa", precision="city"),
    "North Waziristan": Location("North Waziristan", "PK", "Khyber Pakhtunkhwa", precision="admin2"),
}


def make_mention(sentence: str, *, mid: str, doc: str, type: str = "ARREST", modality: str = "asserted",
                 place: str | None = "Kunar", day: date | None = date(2026, 11, 16), groups=("ttp",),
                 source: str | None = "taliban", quantities=None, attribution=None) -> Mention:
    return Mention(
        doc_id=doc, type=type, modality=modality, sentence=sentence, char_span=(0, len(sentence)),
        source=ActorRef(source, source or "forces") if source else None,
        target=ActorRef(groups[0], groups[0]) if groups else None, groups=list(groups),
        location=PLACES[place] if place else None, date=day, date_precision="day" if day else None,
        quantities=dict(quantities or {}),
        attribution=Attribution(*attribution) if attribution else None, id=mid,
    )


def make_evidence(sentence: str, *, publisher: str, doc_text: str | None = None, published=date(2026, 11, 16),
                  wire: str | None = None, **kw) -> Evidence:
    m = make_mention(sentence, **kw)
    facts = DocFacts(m.doc_id, publisher=publisher, url=f"https://{publisher.replace(' ', '').lower()}.example/{m.doc_id}",
                     published=published, wire=wire, text=doc_text or sentence)
    return Evidence(m, facts)


@pytest.fixture
def evidence():
    return make_evidence


@pytest.fixture
def add_document():
    """Store a document and its mentions; returns the stored mentions (ids set)."""

    def add(store, text: str, publisher: str, published: date, mentions: list[Mention]) -> list[Mention]:
        res = store.documents.add(DocumentInput(text=text, publisher=publisher, published=published,
                                                url=f"https://{publisher.replace(' ', '').lower()}.example/{abs(hash(text))}"))
        for m in mentions:
            m.doc_id = res.doc_id
            m.id = None
        store.mentions.replace_for_documents({res.doc_id: mentions}, "test")
        return store.mentions.for_document(res.doc_id)

    return add


@pytest.fixture
def mention():
    return make_mention
