"""Query parameters as the OpenAPI document states them: choices as enums, dates strictly YYYY-MM-DD.

A date parameter accepts a calendar date written ``YYYY-MM-DD`` and nothing else (pydantic alone would
take ``0`` as a Unix time). A choice parameter lists its values in the schema; a value outside them is
answered 400 with the values to use (``check_choice``), as before.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any, Iterable

from fastapi import Query
from pydantic import BeforeValidator

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_date(value: Any) -> Any:
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        raise ValueError("expected a date written YYYY-MM-DD")
    return date.fromisoformat(value)


IsoDate = Annotated[date, BeforeValidator(_iso_date)]


def choice(values: Iterable[str], description: str) -> Any:
    """A query parameter with one of ``values``; the schema lists them."""
    return Query(description=description, json_schema_extra={"enum": list(values)})


def choices(values: Iterable[str], description: str, *, single: bool = False) -> Any:
    """A query parameter that may be repeated, each value one of ``values`` (``single``: one value only);
    the schema lists them. A value outside them is answered 400 by the service's check."""
    values = list(values)
    if single:
        return Query(description=description, json_schema_extra={"enum": values})
    return Query(max_length=50, description=description,
                 json_schema_extra={"items": {"type": "string", "enum": values}})
