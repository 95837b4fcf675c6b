"""The store: the only layer that speaks SQL.

``Store`` is a facade over one ``Database`` and one repository per resource
(documents, mentions, sources, incidents, ledger, replies, tokens, alerts). Front ends
and services receive a ``Store``; they never build queries.
"""

from __future__ import annotations

from functools import cached_property

from tangible.settings import Settings
from tangible.store.db import Database
from tangible.store import migrate as _migrate


class Store:
    def __init__(self, db: Database):
        self.db = db

    @classmethod
    def open(cls, settings: Settings, *, migrate: bool = True) -> "Store":
        store = cls(Database(settings.resolved_database_url()))
        if migrate:
            store.migrate()
        return store

    def migrate(self) -> None:
        _migrate.upgrade(self.db)

    def close(self) -> None:
        self.db.dispose()

    # One repository per resource; each lives in its own module.
    @cached_property
    def documents(self):
        from tangible.store.documents import DocumentRepository

        return DocumentRepository(self.db)

    @cached_property
    def mentions(self):
        from tangible.store.mentions import MentionRepository

        return MentionRepository(self.db)

    @cached_property
    def sources(self):
        from tangible.store.sources import SourceRepository

        return SourceRepository(self.db)

    @cached_property
    def incidents(self):
        from tangible.store.incidents import IncidentRepository

        return IncidentRepository(self.db)

    @cached_property
    def ledger(self):
        from tangible.store.ledger import LedgerRepository

        return LedgerRepository(self.db)

    @cached_property
    def replies(self):
        from tangible.store.replies import ReplyRepository

        return ReplyRepository(self.db)

    @cached_property
    def pipeline(self):
        from tangible.store.pipeline import PipelineStateRepository

        return PipelineStateRepository(self.db)

    @cached_property
    def alerts(self):
        from tangible.store.alerts import AlertRepository

        return AlertRepository(self.db)

    @cached_property
    def coverage(self):
        from tangible.store.coverage import CoverageRepository

        return CoverageRepository(self.db)

    @cached_property
    def tokens(self):
        from tangible.store.tokens import TokenRepository

        return TokenRepository(self.db)


__all__ = ["Store", "Database"]
