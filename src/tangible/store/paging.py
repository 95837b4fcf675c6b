"""Keyset pages in ``date DESC NULLS LAST, id DESC`` order that an index on (date, id) serves.

A single OR over "earlier date / same date, smaller id / no date" defeats the index on
PostgreSQL, so a page is read as up to two range scans: the dated rows after the cursor
(a row-value comparison), then, if the page is not full, the undated rows.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, Select, tuple_


def newest_first_page(conn: Connection, query: Select, date_col, id_col, after: tuple[str | None, str] | None,
                      limit: int) -> list:
    order = (date_col.desc().nulls_last(), id_col.desc())
    rows: list = []
    if after is None or after[0] is not None:
        dated = query.where(date_col.is_not(None))
        if after is not None:
            dated = dated.where(tuple_(date_col, id_col) < tuple_(date.fromisoformat(after[0]), after[1]))
        rows = conn.execute(dated.order_by(*order).limit(limit)).all()
    if len(rows) < limit:
        undated = query.where(date_col.is_(None))
        if after is not None and after[0] is None:
            undated = undated.where(id_col < after[1])
        rows += conn.execute(undated.order_by(id_col.desc()).limit(limit - len(rows))).all()
    return rows
