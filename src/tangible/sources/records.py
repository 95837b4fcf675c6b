"""One input record (a JSONL line or a CSV row) checked field by field before it becomes a document.

``DocumentRecord`` states what each field may be; ``record_document`` turns a record into a
``DocumentInput`` or raises one ``InputError`` that names the file, the line and every bad field
(``wires.jsonl:17: field 'url': port 99999 is out of range``), so one bad row never stops the rows
around it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr, ValidationError, field_validator

from tangible.errors import E, InputError
from tangible.sources.urls import link_problem

FIELDS = ("id", "text", "html", "published", "url", "publisher", "title")
PUBLISHER_MAX = 200  # the store's column width
ID_MAX = 500


def parse_published(value: str) -> date:
    """YYYY-MM-DD, or an ISO date-time whose first ten characters are one."""
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise ValueError(f"{value[:40]!r} is not a date (write YYYY-MM-DD)") from None


class DocumentRecord(BaseModel):
    """The fields tangible reads from a record; other fields are ignored. Empty strings count as missing
    (``record_to_input`` reads them so; the validators here run only on fields that are present)."""

    model_config = ConfigDict(extra="ignore")

    id: StrictStr | StrictInt | None = Field(default=None, description="The record's own id, kept as given.")
    text: StrictStr | None = Field(default=None, description="The article text (or give `html`).")
    html: StrictStr | None = Field(default=None, description="The article page; its main text is extracted.")
    published: date | None = Field(default=None, description="Publication date, YYYY-MM-DD.")
    url: StrictStr | None = Field(default=None, description="An http or https link to the article.")
    publisher: StrictStr | None = Field(default=None, max_length=PUBLISHER_MAX)
    title: StrictStr | None = None

    @field_validator("published", mode="before")
    @classmethod
    def _published(cls, value: Any) -> Any:
        if isinstance(value, str) and not value.strip():
            return None
        if value is None or isinstance(value, date):
            return value
        if not isinstance(value, str):
            raise ValueError(f"expected a date written YYYY-MM-DD, got {_kind(value)}")
        return parse_published(value) if value.strip() else None

    @field_validator("url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        problem = link_problem(value.strip())
        if problem:
            raise ValueError(f"{_shown(value)} {problem}")
        return value.strip()

    @field_validator("id")
    @classmethod
    def _id(cls, value: str | int | None) -> str | int | None:
        if isinstance(value, str) and len(value) > ID_MAX:
            raise ValueError(f"is {len(value)} characters long; the limit is {ID_MAX}")
        return value


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return f"a number ({value!r})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    if value is None:
        return "null"
    return type(value).__name__


def _shown(value: str) -> str:
    return repr(value if len(value) <= 60 else value[:57] + "...")


def _field_message(error: dict) -> str:
    name = str(error["loc"][0]) if error.get("loc") else "record"
    kind = error.get("type", "")
    value = error.get("input")
    if kind in ("string_type", "int_type"):
        expected = "a string or a whole number" if name == "id" else "a string"
        text = f"expected {expected}, got {_kind(value)}"
    elif kind == "string_too_long":
        limit = (error.get("ctx") or {}).get("max_length")
        text = f"is {len(value)} characters long; the limit is {limit}"
    elif kind == "value_error":
        text = str((error.get("ctx") or {}).get("error") or error.get("msg"))
    else:
        text = error.get("msg", "is not valid")
    return f"field '{name}': {text}"


def record_fields(record: dict, where: str) -> DocumentRecord:
    """The record checked; InputError (code T170) naming ``where`` and every bad field otherwise."""
    try:
        return DocumentRecord.model_validate(record)
    except ValidationError as exc:
        seen: dict[str, str] = {}
        for error in exc.errors(include_url=False):
            name = str(error["loc"][0]) if error.get("loc") else "record"
            seen.setdefault(name, _field_message(error))  # a union reports each branch: one message a field
        raise InputError(f"{where}: " + "; ".join(seen.values()) + ".",
                         "Fix the field or leave it out; the other rows are stored.", code=E.BAD_FIELD) from None
