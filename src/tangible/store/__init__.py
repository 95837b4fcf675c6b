"""The store: the only layer that speaks SQL.

``Store`` is a facade over one ``Database`` and one repository per resource
(documents, mentions, sources, incidents, ledger, replies, tokens, alerts). Front ends
and services receive a ``Store``; they never build queries.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from tangible.settings import Settings
from tangible.store.db import Database
from tangible.store import migrate as _migrate

if TYPE_CHECKING:  # the repositories are imported when first used
    from tangible.store.alerts import AlertRepository
    from tangible.store.coverage import CoverageRepository
    from tangible.store.documents import DocumentRepository
    from tangible.store.incidents import IncidentRepository
    from tangible.store.ledger import LedgerRepository
    from tangible.store.mentions import MentionRepository
    from tangible.store.pipeline import PipelineStateRepository
    from tangible.store.replies import ReplyRepository
    from tangible.store.sources import SourceRepository
    from tangible.store.tokens import TokenRepository


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
    def documents(self) -> DocumentRepository:
        from tangible.store.documents import DocumentRepository

        return DocumentRepository(self.db)

    @cached_property
    def mentions(self) -> MentionRepository:
        from tangible.store.mentions import MentionRepository

        return MentionRepository(self.db)

    @cached_property
    def sources(self) -> SourceRepository:
        from tangible.store.sources import SourceRepository

        return SourceRepository(self.db)

    @cached_property
    def incidents(self) -> IncidentRepository:
        from tangible.store.incidents import IncidentRepository

        return IncidentRepository(self.db)

    @cached_property
    def ledger(self) -> LedgerRepository:
        from tangible.store.ledger import LedgerRepository

        return LedgerRepository(self.db)

    @cached_property
    def replies(self) -> ReplyRepository:
        from tangible.store.replies import ReplyRepository

        return ReplyRepository(self.db)

    @cached_property
    def pipeline(self) -> PipelineStateRepository:
        from tangible.store.pipeline import PipelineStateRepository

        return PipelineStateRepository(self.db)

    @cached_property
    def alerts(self) -> AlertRepository:
        from tangible.store.alerts import AlertRepository

        return AlertRepository(self.db)

    @cached_property
    def coverage(self) -> CoverageRepository:
        from tangible.store.coverage import CoverageRepository

        return CoverageRepository(self.db)

    @cached_property
    def tokens(self) -> TokenRepository:
        from tangible.store.tokens import TokenRepository

        return TokenRepository(self.db)


__all__ = ["Store", "Database"]
