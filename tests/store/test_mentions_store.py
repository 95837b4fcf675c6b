"""Mentions on SQLite and PostgreSQL: re-extraction updates in place and never touches reviewed rows."""

from __future__ import annotations

import sqlalchemy as sa

from tangible.models import ActorRef, DocumentInput, Mention
from tangible.store.schema import mentions

TEXT = "Police detained four men in Quetta on Monday. A bomb exploded near the market."


def mention(doc_id, type_, modality, span, confidence=0.5):
    return Mention(doc_id=doc_id, type=type_, modality=modality, sentence=TEXT[span[0]:span[1]], char_span=span,
                   confidence=confidence)


def test_reextraction_updates_keeps_ids_and_drops_what_is_gone(store):
    doc = store.documents.add(DocumentInput(text=TEXT)).doc_id
    arrest, attack = (0, 45), (46, 78)
    store.mentions.replace_for_documents({doc: [mention(doc, "ARREST", "asserted", arrest),
                                                mention(doc, "ATTACK", "asserted", attack)]}, "v1")
    ids = {m.type: m.id for m in store.mentions.for_document(doc)}
    store.mentions.replace_for_documents({doc: [mention(doc, "ARREST", "negated", arrest, 0.9)]}, "v2")
    [kept] = store.mentions.for_document(doc)
    assert (kept.id, kept.modality, kept.confidence) == (ids["ARREST"], "negated", 0.9)


def test_reviewed_mentions_survive_reextraction(store):
    doc = store.documents.add(DocumentInput(text=TEXT)).doc_id
    store.mentions.replace_for_documents({doc: [mention(doc, "ATTACK", "asserted", (46, 78))]}, "v1")
    [m] = store.mentions.for_document(doc)
    with store.db.write() as conn:
        conn.execute(sa.update(mentions).where(mentions.c.id == m.id).values(reviewed=True, review_status="confirmed"))
    store.mentions.replace_for_documents({doc: [mention(doc, "ATTACK", "negated", (46, 78))]}, "v2")
    [after] = store.mentions.for_document(doc)
    assert (after.id, after.modality) == (m.id, "asserted")


def test_each_party_of_a_joint_statement_keeps_its_own_row(store):
    text = "Pakistan and China urged the Taliban to act against militant groups."
    doc = store.documents.add(DocumentInput(text=text)).doc_id

    def demand(party):
        return Mention(doc_id=doc, type="DEMAND", modality="asserted", sentence=text, char_span=(0, len(text)),
                       source=ActorRef(party, party.title()), trigger="urged", trigger_span=(19, 24))

    first = store.mentions.replace_for_documents({doc: [demand("pakistan"), demand("china")]}, "v1")
    rows = {m.source.id: m.id for m in store.mentions.for_document(doc)}
    assert first == 2 and set(rows) == {"pakistan", "china"}
    store.mentions.replace_for_documents({doc: [demand("pakistan"), demand("china")]}, "v2")
    assert {m.source.id: m.id for m in store.mentions.for_document(doc)} == rows  # the ids stay
