"""The case context: the case file a deployment runs under, loaded once and handed down like the settings.

Everything that belongs to one situation rather than to the software (actors and groups with their names and
roles over time, territories, outlets, wire services, places, commitments and the standard of evidence) comes
from here; the pipeline stages receive it and hold no situation of their own.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from tangible.case import CaseFile, load_case
from tangible.settings import Settings


@lru_cache(maxsize=4)
def _case(path: Path | None) -> CaseFile:
    return load_case(path)


def get_case_at(path: Path | None) -> CaseFile:
    """The case file at ``path`` (the bundled Afghanistan case for None), loaded once per process."""
    return _case(path)


def get_case(settings: Settings) -> CaseFile:
    """The case file the settings name (``TANGIBLE_CASE_FILE``)."""
    return _case(settings.case_file)
