"""Keyset pages in ``date DESC NULLS LAST, id DESC`` order that an index on (date, id) serves.

A single OR over "earlier date / same date, smaller id / no date" defeats the index on
PostgreSQL, so a page is read as up to two range scans: the dated rows after the cursor
(a row-value comparison), then, if the page is not full, the undated rows.

The four statements of a query's pages are built once (``page_statements``) with the cursor and the
page size as parameters: a list read on every request then costs its execution only, not the
building, keying and compiling of a new statement.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Connection, Integer, Row, Select, bindparam, tuple_


@dataclass(frozen=True)
class PageStatements:
    dated: Select[Any]  # the first dated rows
    dated_after: Select[Any]  # dated rows after the cursor (after_date, after_id)
    undated: Select[Any]
    undated_after: Select[Any]  # undated rows after the cursor (after_id)


def page_statements(query: Select[Any], date_col: ColumnElement[Any], id_col: ColumnElement[Any]) -> PageStatements:
    order = (date_col.desc().nulls_last(), id_col.desc())
    limit = bindparam("page_limit", type_=Integer)
    dated = query.where(date_col.is_not(None))
    undated = query.where(date_col.is_(None))
    cursor = tuple_(bindparam("after_date", type_=date_col.type), bindparam("after_id", type_=id_col.type))
    return PageStatements(
        dated=dated.order_by(*order).limit(limit),
        dated_after=dated.where(tuple_(date_col, id_col) < cursor).order_by(*order).limit(limit),
        undated=undated.order_by(id_col.desc()).limit(limit),
        undated_after=undated.where(id_col < bindparam("after_id", type_=id_col.type)).order_by(id_col.desc()).limit(limit),
    )


def read_page(conn: Connection, statements: PageStatements, params: dict[str, Any],
              after: tuple[str | None, str] | None, limit: int) -> list[Row[Any]]:
    """Up to ``limit`` rows after the cursor ``after`` (the last row's (date, id); None: the first page)."""
    rows: list[Row[Any]] = []
    if after is None:
        rows = list(conn.execute(statements.dated, {**params, "page_limit": limit}).all())
    elif after[0] is not None:
        rows = list(conn.execute(statements.dated_after, {**params, "page_limit": limit,
                                                          "after_date": date.fromisoformat(after[0]),
                                                          "after_id": after[1]}).all())
    if len(rows) < limit:
        rest = {**params, "page_limit": limit - len(rows)}
        if after is not None and after[0] is None:
            rows += conn.execute(statements.undated_after, {**rest, "after_id": after[1]}).all()
        else:
            rows += conn.execute(statements.undated, rest).all()
    return rows


def newest_first_page(conn: Connection, query: Select[Any], date_col: ColumnElement[Any], id_col: ColumnElement[Any],
                      after: tuple[str | None, str] | None, limit: int) -> list[Row[Any]]:
    """A page of a query built for this one read (see ``read_page``)."""
    return read_page(conn, page_statements(query, date_col, id_col), {}, after, limit)
