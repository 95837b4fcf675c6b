"""What is left to derive: the change counter of mentions and the change resolution caught up with.

Every write that changes mentions (extraction, a reviewer's decision) advances ``mentions_generation``
in its own transaction; resolution records the generation it read. When the two differ, incidents
are behind the mentions (a run died between extracting and resolving, or never got to resolve) and
the next run resolves.
"""

from __future__ import annotations

from sqlalchemy import Connection, select, update

from tangible.store.db import Database
from tangible.store.schema import pipeline_state


def advance_mentions(conn: Connection) -> None:
    """Inside a write transaction that changed mentions."""
    conn.execute(update(pipeline_state).where(pipeline_state.c.id == 1)
                 .values(mentions_generation=pipeline_state.c.mentions_generation + 1))


class PipelineStateRepository:
    def __init__(self, db: Database):
        self.db = db

    def generations(self) -> tuple[int, int]:
        """(mentions generation, generation resolution last caught up with)."""
        with self.db.read() as conn:
            row = conn.execute(select(pipeline_state.c.mentions_generation, pipeline_state.c.resolved_generation)
                               .where(pipeline_state.c.id == 1)).first()
        return (row[0], row[1]) if row else (0, 0)

    def resolution_due(self) -> bool:
        changed, resolved = self.generations()
        return changed != resolved

    def mark_resolved(self, generation: int) -> None:
        """Resolution read the mentions at ``generation`` and wrote its incidents."""
        with self.db.write() as conn:
            conn.execute(update(pipeline_state).where(pipeline_state.c.id == 1,
                                                      pipeline_state.c.resolved_generation < generation)
                         .values(resolved_generation=generation))
