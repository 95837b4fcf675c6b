"""The case file (DESIGN §7): actors, armed groups and commitments, validated on load.

``load_case(path)`` reads YAML, checks it and returns a typed :class:`CaseFile`. Every problem
raises :class:`~tangible.errors.CaseFileError` with a stable code and the file's line number,
e.g. ``[T201] case.yaml line 14: group 'ttp' is defined twice (lines 14 and 40). Remove one.``
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from tangible.errors import E, CaseFileError
from tangible.models import Contradiction
from tangible.ontology import EVENT_TYPES, LOCATION_PRECISIONS

DEFAULT_CASE = Path(__file__).with_name("afghanistan.yaml")

ACTOR_KINDS = ("government", "international", "other")
GROUP_KINDS = ("armed_group", "militia", "political_group", "other")
# kinds whose members act as state forces (their violence is an OPERATION) and as armed groups (an ATTACK)
STATE_KINDS = frozenset({"government", "international"})
ARMED_KINDS = frozenset({"armed_group", "militia"})
ID_RE = re.compile(r"^[a-z][a-z0-9-]*$")

__all__ = ["Actor", "Group", "Commitment", "CaseFile", "CasePlace", "Contradiction", "RatingStandard", "load_case", "load_case_text", "DEFAULT_CASE"]


@dataclass(frozen=True, slots=True)
class Period:
    """A kind an entity has over a span of dates (the Taliban: an armed group until 15 August 2021, then the
    de facto authority), or the dates and countries an alias names the entity in."""

    kind: str | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    countries: tuple[str, ...] = ()

    def covers(self, day: date | None, country: str | None = None) -> bool:
        if self.countries and country not in self.countries:
            return False
        if day is None:
            return self.valid_to is None
        if self.valid_from and day < self.valid_from:
            return False
        if self.valid_to and day >= self.valid_to:
            return False
        return True


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    capitals: tuple[str, ...] = ()
    media: tuple[str, ...] = ()  # outlets the actor owns or runs (its reports there are its own word)
    line: int = 0
    adjectives: tuple[str, ...] = ()  # "Pakistani": generic forces so qualified are this actor's
    roles: tuple[Period, ...] = ()  # the entity's kind over time, where it changes
    alias_scopes: tuple[tuple[str, Period], ...] = ()  # aliases valid only on some dates or in some countries
    air_force: bool = False  # a state that strikes from the air: strikes in its country nobody is named for are its

    def kind_on(self, day: date | None) -> str:
        """The entity's kind on a date (its ``roles`` where one covers the date, else ``kind``)."""
        for role in self.roles:
            if role.covers(day):
                return role.kind or self.kind
        return self.kind

    def alias_valid(self, alias: str, day: date | None, country: str | None) -> bool:
        """Whether ``alias`` names this entity on ``day`` in a text about ``country``."""
        low = alias.lower()
        scopes = [p for a, p in self.alias_scopes if a.lower() == low]
        return not scopes or any(p.covers(day, country) for p in scopes)

    def valid_on(self, day: date | None) -> bool:
        if day is None:
            # undated text: prefer entities still valid (no end date)
            return self.valid_to is None
        if self.valid_from and day < self.valid_from:
            return False
        if self.valid_to and day > self.valid_to:
            return False
        return True

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


class Actor(Entity):
    __slots__ = ()


class Group(Entity):
    __slots__ = ()


@dataclass(frozen=True, slots=True)
class CasePlace:
    """A place the bundled gazetteer (Afghanistan and Pakistan) does not know, for another case's texts."""

    name: str
    country: str | None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str = "city"
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Commitment:
    id: str
    by: str
    to: tuple[str, ...]
    made_on: date
    text: str
    source: str
    groups: tuple[str, ...]
    action_types: tuple[str, ...]
    territory: tuple[str, ...] = ()
    contradicted_by: tuple[Contradiction, ...] = ()
    line: int = 0


@dataclass(frozen=True, slots=True)
class RatingStandard:
    """The standard of evidence a desk rates commitments by (the case file's ``rating:`` section; every field
    has a default). Every rating says which standard it used."""

    name: str = "tangible default"
    period_days: int = 90  # the rating weighs this many days up to its date
    trend_days: int = 30  # trend: this many days against the same span before
    substantial_actions: float = 5.0  # weighted supporting actions in the period
    substantial_corroborated: int = 2  # of which corroborated by independent publishers
    substantial_types: int = 2  # distinct action types
    group_weights: tuple[tuple[str, float], ...] = ()  # an action against this group counts this much (default 1)
    attacks_rule_out_substantial: bool = True  # a contradicting attack in the period caps the rating at "some action"
    findings_rule_out_substantial: bool = True  # so does a finding that a covered group keeps its sanctuary

    def weight(self, group: str) -> float:
        return dict(self.group_weights).get(group, 1.0)


@dataclass(slots=True)
class CaseFile:
    id: str
    name: str
    description: str
    actors: dict[str, Actor]
    groups: dict[str, Group]
    commitments: dict[str, Commitment]
    fingerprint: str
    path: Path | None = None
    raw: dict[str, Any] = field(default_factory=dict, repr=False)
    standard: RatingStandard = field(default_factory=RatingStandard)
    # the case context: what the texts of this situation call things
    outlets: tuple[str, ...] = ()  # news outlets an attribution may name ("Dawn reported")
    wires: dict[str, tuple[str, ...]] = field(default_factory=dict)  # regional wire services (copies count once)
    territories: dict[str, tuple[str, ...]] = field(default_factory=dict)  # ISO code -> names ("Afghan soil")
    places: tuple[CasePlace, ...] = ()

    def entity(self, entity_id: str) -> Entity | None:
        return self.actors.get(entity_id) or self.groups.get(entity_id)

    def is_group(self, entity_id: str | None) -> bool:
        return bool(entity_id) and entity_id in self.groups

    def is_actor(self, entity_id: str | None) -> bool:
        return bool(entity_id) and entity_id in self.actors

    def kind_on(self, entity_id: str | None, day: date | None) -> str | None:
        ent = self.entity(entity_id) if entity_id else None
        return ent.kind_on(day) if ent else None

    def is_state(self, entity_id: str | None, day: date | None) -> bool:
        """The entity acts as a state (or international) force on ``day``."""
        return self.kind_on(entity_id, day) in STATE_KINDS

    def is_armed(self, entity_id: str | None, day: date | None) -> bool:
        """The entity is an armed group or militia on ``day``."""
        return self.kind_on(entity_id, day) in ARMED_KINDS

    def government_of(self, country: str | None, day: date | None) -> str | None:
        """The actor that is the government of ``country`` on ``day`` (for "security forces" in a text
        about that country)."""
        if not country:
            return None
        for ent in [*self.actors.values(), *self.groups.values()]:
            if ent.country == country and ent.valid_on(day) and ent.kind_on(day) == "government":
                return ent.id
        return None

    def air_force_of(self, country: str | None, day: date | None) -> str | None:
        """The government of ``country`` on ``day`` when it strikes from the air (the case file's ``air_force``):
        strikes there that a report names nobody for are its. (The Taliban administration has none to speak of:
        air strikes in Paktika are another state's.)"""
        gov = self.government_of(country, day)
        ent = self.entity(gov) if gov else None
        return gov if ent is not None and ent.air_force else None

    def by_adjective(self, word: str, day: date | None) -> str | None:
        """The state actor a demonym names ("Pakistani", "Afghan") on ``day``."""
        low = word.lower()
        for ent in [*self.actors.values(), *self.groups.values()]:
            if low in (a.lower() for a in ent.adjectives) and ent.valid_on(day) and self.is_state(ent.id, day) \
                    and ent.alias_valid(word, day, None):
                return ent.id
        return None


# --------------------------------------------------------------------------- validation helpers


class _Ctx:
    def __init__(self, name: str):
        self.name = name

    def fail(self, code: str, node: yaml.Node | None, message: str, hint: str | None = None) -> None:
        line = f" line {node.start_mark.line + 1}" if node is not None else ""
        raise CaseFileError(f"{self.name}{line}: {message}", hint, code=code)


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _mapping(ctx: _Ctx, node: yaml.Node, what: str) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    if not isinstance(node, yaml.MappingNode):
        ctx.fail(E.CASE_SHAPE, node, f"{what} must be a mapping (key: value).")
    out: dict[str, tuple[yaml.Node, yaml.Node]] = {}
    for key_node, value_node in node.value:
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
        if not isinstance(key, str):
            ctx.fail(E.CASE_SHAPE, key_node, f"{what}: keys must be plain words.")
        if key in out:
            ctx.fail(E.CASE_DUPLICATE, key_node,
                     f"key '{key}' appears twice in {what} (lines {_line(out[key][0])} and {_line(key_node)}).",
                     "Remove one.")
        out[key] = (key_node, value_node)
    return out


def _scalar(ctx: _Ctx, node: yaml.Node, what: str, *, required: bool = True) -> str | None:
    if node is None:
        return None
    if not isinstance(node, yaml.ScalarNode):
        ctx.fail(E.CASE_SHAPE, node, f"{what} must be a single value, not a list or mapping.")
    value = str(node.value).strip()
    if required and not value:
        ctx.fail(E.CASE_MISSING, node, f"{what} is empty.")
    return value


def _list(ctx: _Ctx, node: yaml.Node | None, what: str) -> list[yaml.Node]:
    if node is None:
        return []
    if isinstance(node, yaml.ScalarNode):
        if node.value in ("", "null", "~"):
            return []
        return [node]  # a single value stands for a one-item list
    if not isinstance(node, yaml.SequenceNode):
        ctx.fail(E.CASE_SHAPE, node, f"{what} must be a list.")
    return list(node.value)


def _str_list(ctx: _Ctx, node: yaml.Node | None, what: str) -> tuple[str, ...]:
    return tuple(_scalar(ctx, n, what) for n in _list(ctx, node, what))  # type: ignore[misc]


def _date(ctx: _Ctx, node: yaml.Node | None, what: str) -> date | None:
    if node is None:
        return None
    value = _scalar(ctx, node, what, required=False)
    if not value or value in ("null", "~"):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        ctx.fail(E.CASE_DATE, node, f"{what} '{value}' is not a date.", "Write it as YYYY-MM-DD.")
    return None


def _check_keys(ctx: _Ctx, fields: dict[str, tuple[yaml.Node, yaml.Node]], allowed: set[str],
                required: set[str], what: str, node: yaml.Node) -> None:
    for key, (key_node, _) in fields.items():
        if key not in allowed:
            ctx.fail(E.CASE_UNKNOWN_KEY, key_node, f"unknown key '{key}' in {what}.",
                     f"Allowed keys: {', '.join(sorted(allowed))}.")
    for key in sorted(required):
        if key not in fields:
            ctx.fail(E.CASE_MISSING, node, f"{what} has no '{key}'.", f"Add '{key}:'.")


_ENTITY_KEYS = {"id", "name", "kind", "aliases", "country", "valid_from", "valid_to", "capitals", "media", "note",
                "adjectives", "roles", "air_force"}
_SCOPE_KEYS = {"name", "valid_from", "valid_to", "countries", "note"}
_ROLE_KEYS = {"kind", "valid_from", "valid_to", "note"}
_COMMITMENT_KEYS = {"id", "by", "to", "made_on", "text", "source", "groups", "action_types", "territory",
                    "contradicted_by", "note"}


def _scoped_names(ctx: _Ctx, node: yaml.Node | None, what: str, scopes: list[tuple[str, Period]], *,
                  unique: bool = False) -> tuple[str, ...]:
    """A list of names, each a plain string or a mapping that limits it to dates or countries:
    ``{name: Islamic State, countries: [AF, PK]}``, ``{name: Afghan government, valid_from: 2021-08-15}``."""
    names: list[str] = []
    seen: dict[str, int] = {}
    for n_node in _list(ctx, node, what):
        if isinstance(n_node, yaml.MappingNode):
            nf = _mapping(ctx, n_node, f"an {what}")
            _check_keys(ctx, nf, _SCOPE_KEYS, {"name"}, what, n_node)
            name = _scalar(ctx, nf["name"][1], what)
            countries = _str_list(ctx, nf.get("countries", (None, None))[1], "country")
            for c in countries:
                if not re.fullmatch(r"[A-Z]{2}", c):
                    ctx.fail(E.CASE_COUNTRY, nf["countries"][1], f"{what} '{name}': country '{c}' is not a two-letter "
                             "ISO code.", "Write e.g. AF, PK, CN.")
            scopes.append((name, Period(None, _date(ctx, nf.get("valid_from", (None, None))[1], "valid_from"),
                                        _date(ctx, nf.get("valid_to", (None, None))[1], "valid_to"), countries)))
        else:
            name = _scalar(ctx, n_node, what)
        key = name.strip().lower()
        if unique and key in seen:
            ctx.fail(E.CASE_NAME_TWICE, n_node, f"{what} '{name}' is listed twice (lines {seen[key]} and {_line(n_node)}).",
                     "Remove one.")
        seen[key] = _line(n_node)
        names.append(name)
    return tuple(names)


def _entities(ctx: _Ctx, node: yaml.Node | None, section: str, cls: type, kinds: tuple[str, ...],
              seen: dict[str, tuple[str, int]]) -> dict[str, Entity]:
    out: dict[str, Entity] = {}
    singular = section[:-1]
    for item in _list(ctx, node, section):
        f = _mapping(ctx, item, f"an entry of '{section}'")
        _check_keys(ctx, f, _ENTITY_KEYS, {"id", "name", "kind"}, f"{singular} entry", item)
        id_node = f["id"][1]
        eid = _scalar(ctx, id_node, "id")
        if not ID_RE.match(eid):
            ctx.fail(E.CASE_BAD_ID, id_node, f"{singular} id '{eid}' is not valid.",
                     "Use lower-case letters, digits and hyphens, starting with a letter.")
        if eid in seen:
            other_section, other_line = seen[eid]
            where = "" if other_section == section else f" (as {other_section[:-1]})"
            ctx.fail(E.CASE_DUPLICATE, id_node,
                     f"{singular} '{eid}' is defined twice{where} (lines {other_line} and {_line(id_node)}).",
                     "Remove one.")
        seen[eid] = (section, _line(id_node))
        kind = _scalar(ctx, f["kind"][1], "kind")
        if kind not in kinds:
            ctx.fail(E.CASE_BAD_KIND, f["kind"][1], f"{singular} '{eid}' has kind '{kind}'.",
                     f"Use one of: {', '.join(kinds)}.")
        scopes: list[tuple[str, Period]] = []
        aliases = _scoped_names(ctx, f.get("aliases", (None, None))[1], f"alias of '{eid}'", scopes, unique=True)
        capitals = _scoped_names(ctx, f.get("capitals", (None, None))[1], f"capital of '{eid}'", scopes)
        adjectives = _scoped_names(ctx, f.get("adjectives", (None, None))[1], f"adjective of '{eid}'", scopes)
        roles: list[Period] = []
        for r_node in _list(ctx, f.get("roles", (None, None))[1], "roles"):
            rf = _mapping(ctx, r_node, f"a role of '{eid}'")
            _check_keys(ctx, rf, _ROLE_KEYS, {"kind"}, f"role of '{eid}'", r_node)
            rkind = _scalar(ctx, rf["kind"][1], "kind")
            if rkind not in ACTOR_KINDS + GROUP_KINDS:
                ctx.fail(E.CASE_BAD_KIND, rf["kind"][1], f"a role of '{eid}' has kind '{rkind}'.",
                         f"Use one of: {', '.join(ACTOR_KINDS + GROUP_KINDS)}.")
            roles.append(Period(rkind, _date(ctx, rf.get("valid_from", (None, None))[1], "valid_from"),
                                _date(ctx, rf.get("valid_to", (None, None))[1], "valid_to")))
        vf = _date(ctx, f.get("valid_from", (None, None))[1], "valid_from")
        vt = _date(ctx, f.get("valid_to", (None, None))[1], "valid_to")
        if vf and vt and vt < vf:
            ctx.fail(E.CASE_DATE, f["valid_to"][1], f"'{eid}': valid_to {vt} is before valid_from {vf}.")
        country = _scalar(ctx, f["country"][1], "country") if "country" in f else None
        if country and not re.fullmatch(r"[A-Z]{2}", country):
            ctx.fail(E.CASE_COUNTRY, f["country"][1], f"'{eid}': country '{country}' is not a two-letter ISO code.",
                     "Write e.g. AF, PK, CN.")
        out[eid] = cls(id=eid, name=_scalar(ctx, f["name"][1], "name"), kind=kind, aliases=aliases,
                       country=country, valid_from=vf, valid_to=vt,
                       capitals=capitals,
                       media=_str_list(ctx, f.get("media", (None, None))[1], "media outlet"),
                       line=_line(id_node),
                       adjectives=adjectives,
                       roles=tuple(roles), alias_scopes=tuple(scopes),
                       air_force=_flag(ctx, f.get("air_force", (None, None))[1], "air_force"))
    return out


def _flag(ctx: _Ctx, node: yaml.Node | None, what: str) -> bool:
    if node is None:
        return False
    value = _scalar(ctx, node, what).lower()
    if value not in ("true", "false"):
        ctx.fail(E.CASE_SHAPE, node, f"'{what}' is '{value}'.", "Write true or false.")
    return value == "true"


def _commitments(ctx: _Ctx, node: yaml.Node | None, actors: dict, groups: dict) -> dict[str, Commitment]:
    out: dict[str, Commitment] = {}
    lines: dict[str, int] = {}
    for item in _list(ctx, node, "commitments"):
        f = _mapping(ctx, item, "an entry of 'commitments'")
        _check_keys(ctx, f, _COMMITMENT_KEYS, {"id", "by", "to", "made_on", "text", "groups", "action_types"},
                    "commitment entry", item)
        id_node = f["id"][1]
        cid = _scalar(ctx, id_node, "id")
        if not ID_RE.match(cid):
            ctx.fail(E.CASE_BAD_ID, id_node, f"commitment id '{cid}' is not valid.",
                     "Use lower-case letters, digits and hyphens, starting with a letter.")
        if cid in lines:
            ctx.fail(E.CASE_DUPLICATE, id_node, f"commitment '{cid}' is defined twice (lines {lines[cid]} and {_line(id_node)}).",
                     "Remove one.")
        lines[cid] = _line(id_node)

        def refs(key: str, pool: dict, what: str) -> tuple[str, ...]:
            if key not in f:
                return ()
            values = []
            for n in _list(ctx, f[key][1], key):
                v = _scalar(ctx, n, key)
                if v not in pool:
                    ctx.fail(E.CASE_UNKNOWN_REFERENCE, n, f"commitment '{cid}' {key}: unknown {what} '{v}'.",
                             f"Define it under '{what}s' first, or use one of: {', '.join(sorted(pool))}.")
                values.append(v)
            return tuple(values)

        by_node = f["by"][1]
        by = _scalar(ctx, by_node, "by")
        if by not in actors and by not in groups:  # a group can commit too (to stop attacking someone)
            ctx.fail(E.CASE_UNKNOWN_REFERENCE, by_node, f"commitment '{cid}' by: unknown actor or group '{by}'.",
                     f"Use one of: {', '.join(sorted([*actors, *groups]))}.")
        types = []
        for n in _list(ctx, f["action_types"][1], "action_types"):
            v = _scalar(ctx, n, "action_types")
            if v not in EVENT_TYPES:
                ctx.fail(E.CASE_UNKNOWN_EVENT_TYPE, n, f"commitment '{cid}': unknown event type '{v}'.",
                         f"Use one of: {', '.join(EVENT_TYPES)}.")
            types.append(v)
        contra = []
        for cn in _list(ctx, f.get("contradicted_by", (None, None))[1], "contradicted_by"):
            cf = _mapping(ctx, cn, "a contradicted_by entry")
            _check_keys(ctx, cf, {"type", "groups", "launched_from", "target_country", "by", "targets"}, {"type"},
                        "contradicted_by entry", cn)
            ctype = _scalar(ctx, cf["type"][1], "type")
            if ctype not in EVENT_TYPES:
                ctx.fail(E.CASE_UNKNOWN_EVENT_TYPE, cf["type"][1], f"commitment '{cid}': unknown event type '{ctype}'.",
                         f"Use one of: {', '.join(EVENT_TYPES)}.")
            cgroups = []
            for n in _list(ctx, cf.get("groups", (None, None))[1], "groups"):
                v = _scalar(ctx, n, "groups")
                if v not in groups:
                    ctx.fail(E.CASE_UNKNOWN_REFERENCE, n, f"commitment '{cid}' contradicted_by: unknown group '{v}'.")
                cgroups.append(v)
            parties = {**actors, **groups}
            for key in ("by", "targets"):
                for n in _list(ctx, cf.get(key, (None, None))[1], key):
                    v = _scalar(ctx, n, key)
                    if v not in parties:
                        ctx.fail(E.CASE_UNKNOWN_REFERENCE, n, f"commitment '{cid}' contradicted_by {key}: unknown actor or group '{v}'.")
            contra.append(Contradiction(ctype, tuple(cgroups),
                                        _str_list(ctx, cf.get("launched_from", (None, None))[1], "launched_from"),
                                        _str_list(ctx, cf.get("target_country", (None, None))[1], "target_country"),
                                        _str_list(ctx, cf.get("by", (None, None))[1], "by"),
                                        _str_list(ctx, cf.get("targets", (None, None))[1], "targets")))
        made_on = _date(ctx, f["made_on"][1], "made_on")
        if made_on is None:
            ctx.fail(E.CASE_MISSING, f["made_on"][1], f"commitment '{cid}' has no made_on date.")
        out[cid] = Commitment(
            id=cid, by=by, to=refs("to", {**actors, **groups}, "actor"), made_on=made_on,  # type: ignore[arg-type]
            text=" ".join(_scalar(ctx, f["text"][1], "text").split()),
            source=_scalar(ctx, f["source"][1], "source") if "source" in f else "",
            groups=refs("groups", groups, "group"), action_types=tuple(types),
            territory=_str_list(ctx, f.get("territory", (None, None))[1], "territory"),
            contradicted_by=tuple(contra), line=_line(id_node))
    return out


_STANDARD_KEYS = {"name", "period_days", "trend_days", "substantial_actions", "substantial_corroborated",
                  "substantial_types", "group_weights", "attacks_rule_out_substantial",
                  "findings_rule_out_substantial", "note"}


def _standard(ctx: _Ctx, node: yaml.Node, entities: dict) -> RatingStandard:
    """The ``rating:`` section: the desk's standard of evidence, each field checked."""
    f = _mapping(ctx, node, "'rating'")
    _check_keys(ctx, f, _STANDARD_KEYS, set(), "'rating'", node)
    values: dict[str, Any] = {}

    def number(key: str, kind: type, low: float) -> None:
        if key not in f:
            return
        raw = _scalar(ctx, f[key][1], key)
        try:
            value = kind(raw)
        except (TypeError, ValueError):
            ctx.fail(E.CASE_NOT_A_NUMBER, f[key][1], f"rating {key} '{raw}' is not a number.", "Write e.g. 90 or 2.5.")
        if value < low:
            ctx.fail(E.CASE_NOT_A_NUMBER, f[key][1], f"rating {key} is {value}; it must be at least {low}.")
        values[key] = value

    if "name" in f:
        values["name"] = _scalar(ctx, f["name"][1], "name")
    number("period_days", int, 1)
    number("trend_days", int, 1)
    number("substantial_actions", float, 0)
    number("substantial_corroborated", int, 0)
    number("substantial_types", int, 1)
    for key in ("attacks_rule_out_substantial", "findings_rule_out_substantial"):
        if key in f:
            raw = _scalar(ctx, f[key][1], key).lower()
            if raw not in ("true", "false", "yes", "no"):
                ctx.fail(E.CASE_NOT_A_NUMBER, f[key][1], f"rating {key} '{raw}' is not true or false.")
            values[key] = raw in ("true", "yes")
    if "group_weights" in f:
        weights = []
        for gid, (k_node, v_node) in _mapping(ctx, f["group_weights"][1], "'group_weights'").items():
            if gid not in entities:
                ctx.fail(E.CASE_UNKNOWN_REFERENCE, k_node, f"rating group_weights names '{gid}', which the case file does not define.",
                         "Use a group id from 'groups'.")
            raw = _scalar(ctx, v_node, "weight")
            try:
                w = float(raw)
            except ValueError:
                ctx.fail(E.CASE_NOT_A_NUMBER, v_node, f"the weight of '{gid}' ('{raw}') is not a number.")
            if w < 0:
                ctx.fail(E.CASE_NOT_A_NUMBER, v_node, f"the weight of '{gid}' is negative.")
            weights.append((gid, w))
        values["group_weights"] = tuple(weights)
    return RatingStandard(**values)


_PLACE_KEYS = {"name", "country", "admin1", "lat", "lon", "precision", "aliases", "note"}
_PRECISIONS = LOCATION_PRECISIONS


def _places(ctx: _Ctx, node: yaml.Node) -> tuple[CasePlace, ...]:
    out = []
    for item in _list(ctx, node, "places"):
        f = _mapping(ctx, item, "an entry of 'places'")
        _check_keys(ctx, f, _PLACE_KEYS, {"name"}, "place entry", item)
        name = _scalar(ctx, f["name"][1], "name")
        country = _scalar(ctx, f["country"][1], "country") if "country" in f else None
        if country and not re.fullmatch(r"[A-Z]{2}", country):
            ctx.fail(E.CASE_COUNTRY, f["country"][1], f"place '{name}': country '{country}' is not a two-letter ISO code.")
        coords = []
        for key in ("lat", "lon"):
            if key in f:
                raw = _scalar(ctx, f[key][1], key)
                try:
                    coords.append(float(raw))
                except ValueError:
                    ctx.fail(E.CASE_NOT_A_NUMBER, f[key][1], f"place '{name}': {key} '{raw}' is not a number.")
            else:
                coords.append(None)
        precision = _scalar(ctx, f["precision"][1], "precision") if "precision" in f else "city"
        if precision not in _PRECISIONS:
            ctx.fail(E.CASE_BAD_KIND, f["precision"][1], f"place '{name}' has precision '{precision}'.",
                     f"Use one of: {', '.join(_PRECISIONS)}.")
        out.append(CasePlace(name, country, _scalar(ctx, f["admin1"][1], "admin1") if "admin1" in f else None,
                             coords[0], coords[1], precision, _str_list(ctx, f.get("aliases", (None, None))[1], "alias")))
    return tuple(out)


def _compose(text: str) -> yaml.Node | None:
    """The YAML node tree of ``text``: read by libyaml when PyYAML has it (a tenth of the time), else, and for
    text libyaml refuses, by PyYAML's own parser, whose messages name the problem."""
    fast = getattr(yaml, "CSafeLoader", None)
    if fast is not None:
        try:
            return yaml.compose(text, Loader=fast)
        except (yaml.YAMLError, UnicodeError):  # libyaml cannot even encode a lone surrogate
            pass
    return yaml.compose(text, Loader=yaml.SafeLoader)


def _construct(root: yaml.Node) -> Any:
    """The Python values of a node tree, as ``yaml.safe_load`` gives them (the text is not parsed again)."""
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_document(root)
    finally:
        loader.dispose()


def load_case_text(text: str, name: str = "case.yaml", path: Path | None = None) -> CaseFile:
    """Parse and validate case-file YAML given as a string."""
    ctx = _Ctx(name)
    try:
        root = _compose(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f" line {mark.line + 1}" if mark else ""
        raise CaseFileError(f"{name}{line}: not valid YAML: {exc.problem or exc}.",
                            "Check indentation and quoting.", code=E.CASE_FILE) from None
    except yaml.YAMLError as exc:
        raise CaseFileError(f"{name}: not valid YAML: {exc}.", code=E.CASE_FILE) from None
    if root is None:
        raise CaseFileError(f"{name}: the file is empty.", "Start from the bundled afghanistan.yaml.",
                            code=E.CASE_MISSING)
    top = _mapping(ctx, root, "the top level")
    _check_keys(ctx, top, {"case", "actors", "groups", "commitments", "rating", "outlets", "wires", "territories",
                           "places"}, {"actors", "groups"}, "the case file", root)
    seen: dict[str, tuple[str, int]] = {}
    actors = _entities(ctx, top["actors"][1], "actors", Actor, ACTOR_KINDS, seen)
    groups = _entities(ctx, top["groups"][1], "groups", Group, GROUP_KINDS, seen)
    commitments = _commitments(ctx, top.get("commitments", (None, None))[1], actors, groups)
    meta: dict[str, Any] = {}
    if "case" in top:
        cm = _mapping(ctx, top["case"][1], "'case'")
        meta = {k: " ".join(str(_scalar(ctx, v, k, required=False) or "").split()) for k, (_, v) in cm.items()}
    standard = _standard(ctx, top["rating"][1], {**actors, **groups}) if "rating" in top else RatingStandard()
    outlets = _str_list(ctx, top.get("outlets", (None, None))[1], "outlet")
    wires: dict[str, tuple[str, ...]] = {}
    if "wires" in top:
        for key, (k_node, v_node) in _mapping(ctx, top["wires"][1], "'wires'").items():
            wires[key] = _str_list(ctx, v_node, f"name of wire '{key}'")
    territories: dict[str, tuple[str, ...]] = {}
    if "territories" in top:
        for code, (k_node, v_node) in _mapping(ctx, top["territories"][1], "'territories'").items():
            if not re.fullmatch(r"[A-Z]{2}", code):
                ctx.fail(E.CASE_COUNTRY, k_node, f"territory '{code}' is not a two-letter ISO code.", "Write e.g. AF, PK.")
            territories[code] = _str_list(ctx, v_node, f"name of territory '{code}'")
    places = _places(ctx, top["places"][1]) if "places" in top else ()
    data = _construct(root)
    fingerprint = hashlib.sha256(
        json.dumps(data, sort_keys=True, default=str, ensure_ascii=False).encode("utf-8")).hexdigest()[:16]
    return CaseFile(id=meta.get("id") or (path.stem if path else "case"), name=meta.get("name", ""),
                    description=meta.get("description", ""), actors=actors, groups=groups,  # type: ignore[arg-type]
                    commitments=commitments, fingerprint=fingerprint, path=path, raw=data, standard=standard,
                    outlets=outlets, wires=wires, territories=territories, places=places)


def load_case(path: Path | str | None = None) -> CaseFile:
    """Load and validate a case file; ``None`` loads the bundled Afghanistan case."""
    p = Path(path) if path is not None else DEFAULT_CASE
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CaseFileError(f"{p}: no such case file.", "Check the path.", code=E.CASE_UNREADABLE) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CaseFileError(f"{p}: cannot be read ({exc}).", code=E.CASE_UNREADABLE) from None
    return load_case_text(text, name=p.name, path=p)
