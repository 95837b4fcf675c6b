"""What the store holds per publisher and region over time: documents seen, and documents on the case."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import and_, or_, select

from tangible.models import CoveredDocument
from tangible.store.db import Database
from tangible.store.schema import documents, mentions


class CoverageRepository:
    def __init__(self, db: Database):
        self.db = db

    def documents_between(self, since: date, until: date) -> list[CoveredDocument]:
        """Every latest document dated in [since, until] (its publication date, or the day it was fetched when
        it has none), with its publisher, whether it reports an event of the case (it has mentions), and the
        regions (province, or country) and groups its mentions name."""
        start = datetime.combine(since, time.min, tzinfo=timezone.utc)
        end = datetime.combine(until + timedelta(days=1), time.min, tzinfo=timezone.utc)
        q = (select(documents.c.id, documents.c.publisher, documents.c.published, documents.c.fetched_at)
             .where(documents.c.is_latest.is_(True),
                    or_(and_(documents.c.published >= since, documents.c.published <= until),
                        and_(documents.c.published.is_(None), documents.c.fetched_at >= start,
                             documents.c.fetched_at < end))))
        out: dict[str, CoveredDocument] = {}
        with self.db.read() as conn:
            for r in conn.execute(q):
                day = r.published or r.fetched_at.date()
                out[r.id] = CoveredDocument(r.id, r.publisher or "unknown publisher", day)
            ids = list(out)
            for k in range(0, len(ids), 500):
                for doc_id, admin1, country, groups in conn.execute(
                        select(mentions.c.doc_id, mentions.c.admin1, mentions.c.country, mentions.c.groups)
                        .where(mentions.c.doc_id.in_(ids[k : k + 500]))):
                    d = out[doc_id]
                    d.on_case = True
                    region = admin1 or country
                    if region:
                        d.regions.add(region)
                    d.groups.update(groups or [])
        return sorted(out.values(), key=lambda d: (d.day, d.id))
