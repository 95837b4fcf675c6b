"""ACLED event descriptions: does extraction reach the event ACLED's coders recorded?

Each row of ``acled_pk_2015/events.jsonl`` is one event described in a short paragraph (``notes``) with its
ACLED event type, acting party (``actor1``, ``inter1``), province and fatalities. The mapping onto tangible's
types follows the evaluation folder's README: battles and remote violence by state forces are OPERATIONs,
by rebels and militias ATTACKs; violence against civilians is an ATTACK (an OPERATION when state forces act,
as tangible types by who acts); riots and protests report no tangible action. Strategic developments are
left out (they are not one kind of event).

Figures, per half (``splits.half_of(event id)``):
- ``type_recall``: violent descriptions with an asserted event of the expected type;
- ``acting_party``: of those, the event's source resolves to ACLED's actor 1 (a case-file id, or no id for
  ACLED's unidentified armed groups);
- ``province``: the event's place lies in ACLED's province (the tribal areas of 2015 are Khyber Pakhtunkhwa's
  since 2018);
- ``killed``: the event's dead (every side: victims, attackers, forces) equal ACLED's fatalities;
- ``protest_with_violence``: protest descriptions that yield an asserted OPERATION or ATTACK;
- ``asserted_deeds_supported``: asserted actions and attacks whose type the description supports: the expected
  type (in a battle, where both sides fight, an operation or an attack), or an arrest, seizure, closure or
  handover named by its own words in a violent description (in a protest description, only an arrest), or an
  attack the description tells as one by its own words: unknown, unidentified, armed or masked assailants, or
  an explosive (a grenade, a bomb, an IED, a cracker) in a violent description or one ACLED's 2015 coders gave
  to rioters (they coded unclaimed grenade and arson attacks as riots: "unidentified assailants hurled a
  grenade at a shop"); a mob's violence names neither, and a protest description supports no attack.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from tangible.evaluation.splits import half_of
from tangible.ontology import ACTION_TYPES

DEEDS = frozenset((*ACTION_TYPES, "ATTACK"))
STATE_INTER = {"1", "8"}  # state forces, external state forces
ARMED_INTER = {"2", "3", "4"}  # rebels, political militias, communal militias

# ACLED's actor names -> the case file's ids (None: an actor ACLED could not name)
_ACTOR_PATTERNS: list[tuple[re.Pattern[str], str | None]] = [
    (re.compile(r"^(Military|Police) Forces of Pakistan|^Government of (the Islamic Republic of )?Pakistan"), "pakistan"),
    (re.compile(r"^(Military|Police) Forces of India|^Government of India"), "india"),
    (re.compile(r"^(Military|Police) Forces of (the|The) United States"), "us"),
    (re.compile(r"^NATO"), "nato"),
    (re.compile(r"^(Military|Police) Forces of Iran"), "iran"),
    (re.compile(r"^(Military|Police) Forces of Afghanistan|^NDS|^Government of Afghanistan"), "afghan-state"),
    (re.compile(r"^TTP|Tehreek-i-Taliban|^Jamaat-ul-Ahrar"), "ttp"),
    (re.compile(r"^Taliban"), "taliban"),
    (re.compile(r"^BLA"), "bla"),
    (re.compile(r"^BLF"), "blf"),
    (re.compile(r"^BRA\b"), "bra"),
    (re.compile(r"^LeJ"), "lashkar-e-jhangvi"),
    (re.compile(r"^LeI"), "lashkar-e-islam"),
    (re.compile(r"^AQIS|^Al Qaeda"), "al-qaeda"),
    (re.compile(r"^IS\b|^Islamic State"), "iskp"),
    (re.compile(r"^Jundallah"), "jundallah"),
    (re.compile(r"^Unidentified Armed Group"), None),
]


def acled_actor_id(name: str, day: date | None) -> str | None | bool:
    """The case-file id of an ACLED actor name; None for an unidentified group; False when it has no id."""
    for rx, ident in _ACTOR_PATTERNS:
        if rx.search(name):
            if ident == "afghan-state":
                return "afghan-republic" if day is None or day < date(2021, 8, 15) else "taliban"
            return ident
    return False


def named_in(extractor, entity_id: str, text: str, day: date | None) -> bool:
    """Whether the text names the entity by one of its case-file names (valid on the day)."""
    ent = extractor.case.entity(entity_id)
    if ent is None:
        return False
    low = text.lower()
    for name in ent.names:
        if not ent.alias_valid(name, day, "PK"):
            continue
        if (name.isupper() and re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text)) or (
                not name.isupper() and re.search(r"(?<![\w-])" + re.escape(name.lower()) + r"(?![\w-])", low)):
            return True
    return False


def expected_type(row: dict[str, Any]) -> str | None:
    """The tangible type ACLED's row stands for; None for protests; "" for rows left out."""
    et, inter = row["event_type"], row["inter1"]
    if et.startswith("Riots") or et.startswith("Protest"):
        return None
    if et.startswith("Battle") or et in ("Remote violence", "Explosions/Remote violence", "Violence against civilians"):
        if inter in STATE_INTER:
            return "OPERATION"
        if inter in ARMED_INTER:
            return "ATTACK"
    return ""


def load_acled(root: Path, half: str | None = None) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in open(root / "acled_pk_2015" / "events.jsonl", encoding="utf-8")]
    for r in rows:
        r["_date"] = datetime.strptime(r["event_date"], "%d-%B-%Y").date()
    return [r for r in rows if half is None or half_of(r["event_id_cnty"]) == half]


_SUPPORT = {
    "ARREST": re.compile(r"arrest|detain|apprehend|custody|captur|nabbed|held|rounded up", re.I),
    "DISMANTLE": re.compile(r"seiz|recover|confiscat|defus|destroy|demolish|foil|thwart|bust|dismantl|cache|unearth", re.I),
    "FINANCE": re.compile(r"freez|froze|fund|account|asset", re.I),
    "RESTRICT": re.compile(r"ban|expel|relocat|disarm|restrict|evict|outlaw", re.I),
    "EXTRADITE": re.compile(r"extradit|deport|hand(ed)? over", re.I),
    # an attack told as one: by assailants named as unknown or armed, or with an explosive
    "ATTACK": re.compile(r"\b(?:unknown|unidentified|armed|masked)\s+(?:militants?|assailants?|attackers?|gunm[ae]n|men|"
                         r"persons|miscreants|terrorists)\b|\bgrenades?\b|\bbombs?\b(?!\s+disposal)|\bIEDs?\b|"
                         r"\bexplosive devices?\b|\bcrackers?\b", re.I),
}
RIOTERS_INTER = "5"  # ACLED's rioters (protesters are 6)
# ACLED's 2015 names for Pakistan's provinces as the gazetteer (and ACLED since 2018) spell them
_PROVINCE_SAME = {"Federally Administered Tribal Areas": "Khyber Pakhtunkhwa", "Azad Jammu and Kashmir": "Azad Kashmir",
                  "Islamabad": "Islamabad Capital Territory"}


@cache
def _admin1_spellings() -> dict[str, str]:
    """Every spelling the gazetteer knows of a province (lower-cased) -> the name extraction gives it."""
    from tangible.nlp.gazetteer import load_gazetteer

    return {v.lower(): p.name for p in load_gazetteer() if p.precision == "admin1" for v in (p.name, *p.variants)}


def _province(name: str | None) -> str | None:
    """A province as extraction names it, whichever of its spellings a data set uses ("Nimruz" and "Nimroz",
    "Hilmand" and "Helmand", "Jowzjan" and "Jawzjan" are one province)."""
    if not name:
        return None
    name = _PROVINCE_SAME.get(name, name)
    return _admin1_spellings().get(name.lower(), name)


def _event_deaths(mentions: list) -> int:
    """The dead of one event: the largest figure per side among its mentions, every side added (ontology.QUANTITIES:
    the acting party's victims, the attackers' own dead, the forces' own dead)."""
    return sum(max((m.quantities.get(key, 0) for m in mentions), default=0)
               for key in ("killed", "attackers_killed", "forces_killed"))


def eval_acled(root: Path, extractor=None, half: str | None = None, errors: int = 0) -> dict[str, Any]:
    from tangible.nlp import Extractor

    ex = extractor or Extractor()
    rows = load_acled(root, half)
    items = ((r["event_id_cnty"], r["notes"], r["_date"]) for r in rows)
    tally: Counter = Counter()
    mistakes: dict[str, list] = {}

    def miss(kind: str, row: dict, got) -> None:
        if errors and len(mistakes.setdefault(kind, [])) < errors:
            mistakes[kind].append({"id": row["event_id_cnty"], "notes": row["notes"], "actor1": row["actor1"],
                                   "admin1": row["admin1"], "fatalities": row["fatalities"], "got": got})

    def show(ms) -> list:
        return [(m.type, m.modality, m.source.id if m.source else None, m.source.text if m.source else None,
                 m.location.admin1 if m.location else None, dict(m.quantities), m.event) for m in ms]

    for row, mentions in zip(rows, ex.pipe(items, batch_size=64)):
        want = expected_type(row)
        if want == "":
            continue
        deeds = [m for m in mentions if m.type in DEEDS and m.modality == "asserted"]
        if want is None:
            tally["protest"] += 1
            if any(m.type in ("OPERATION", "ATTACK") for m in deeds):
                tally["protest_with_violence"] += 1
                miss("protest_with_violence", row, show(mentions))
            for m in deeds:
                tally["deeds"] += 1
                ok = m.type in ("ARREST", "ATTACK") and (m.type == "ARREST" or row["inter1"] == RIOTERS_INTER) and bool(
                    _SUPPORT[m.type].search(row["notes"]))
                tally["deeds_supported"] += ok
                if not ok:
                    miss("protest_deed_unsupported", row, show([m]))
            continue
        tally["violent"] += 1
        battle = row["event_type"].startswith("Battle")
        for m in deeds:
            tally["deeds"] += 1
            # in a battle both sides fight: an operation and an attack are both what the text reports
            ok = m.type == want or (battle and m.type in ("OPERATION", "ATTACK")) or (
                m.type in _SUPPORT and bool(_SUPPORT[m.type].search(row["notes"])))
            tally["deeds_supported"] += ok
            if not ok:
                miss("deed_unsupported", row, show([m]))
        hits = [m for m in deeds if m.type == want]
        if not hits:
            miss("type", row, show(mentions))
            continue
        tally["type_ok"] += 1
        # the event: the mentions sharing the first hit's event id (or the first hit alone)
        first = hits[0]
        event = [m for m in mentions if first.event and m.event == first.event] or [first]
        actor = acled_actor_id(row["actor1"], row["_date"])
        if want == "ATTACK" and actor and named_in(ex, actor, row["notes"], row["_date"]):
            # a perpetrator the description names: the attack must carry it
            tally["perp_n"] += 1
            ok = any(m.source and m.source.id == actor for m in event)
            tally["perp_ok"] += ok
            if not ok:
                miss("perpetrator", row, show(event))
        if actor is not False:
            tally["actor_n"] += 1
            got = {m.source.id for m in event if m.source and m.source.id}
            ok = (actor in got) if actor else not got
            tally["actor_ok"] += ok
            if not ok:
                miss("acting_party", row, show(event))
        provinces = {_province(m.location.admin1) for m in event if m.location and m.location.admin1}
        tally["province_n"] += 1
        if _province(row["admin1"]) in provinces:
            tally["province_ok"] += 1
        else:
            miss("province", row, show(event))
        tally["killed_n"] += 1
        if _event_deaths(event) == int(row["fatalities"] or 0):
            tally["killed_ok"] += 1
        else:
            miss("killed", row, show(event))

    def ratio(a: str, b: str) -> float:
        return round(tally[a] / tally[b], 3) if tally[b] else 0.0

    out = {"half": half or "all", "n": len(rows), "violent": tally["violent"], "protests": tally["protest"],
           "type_recall": ratio("type_ok", "violent"), "acting_party": ratio("actor_ok", "actor_n"),
           "province": ratio("province_ok", "province_n"), "killed": ratio("killed_ok", "killed_n"),
           "protest_with_violence": ratio("protest_with_violence", "protest"),
           "asserted_deeds_supported": ratio("deeds_supported", "deeds"), "asserted_deeds": tally["deeds"],
           "perpetrator_named": ratio("perp_ok", "perp_n"), "perpetrator_n": tally["perp_n"]}
    if errors:
        out["errors"] = mistakes
    return out
