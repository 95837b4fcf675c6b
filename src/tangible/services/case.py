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


def display_names(case: CaseFile) -> dict[str, str]:
    """Case-file ids of actors and groups to their display names ("ttp" -> "Tehrik-i-Taliban Pakistan")."""
    return {**{k: v.name for k, v in case.actors.items()}, **{k: v.name for k, v in case.groups.items()}}


def short_names(case: CaseFile) -> dict[str, str]:
    """Ids to the short name people use ("taliban" -> "Taliban", "pakistan" -> "Pakistan"): an entity's first
    alias when it is shorter than its name."""
    out = {}
    for ent in (*case.actors.values(), *case.groups.values()):
        first = ent.aliases[0] if ent.aliases else ent.name
        out[ent.id] = first if len(first) < len(ent.name) else ent.name
    return out
