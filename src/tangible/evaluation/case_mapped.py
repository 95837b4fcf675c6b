"""CASE 2021 snippets as tangible sees them: the twelve classes that map onto its types, and the rest.

The mapping follows the evaluation folder's README. A mapped snippet is right when an asserted event of its
type is found (an armed clash, air strike or regained territory may be an OPERATION or an ATTACK: the type
follows who acts); a snippet of another class (protests, disasters, crime, diplomacy's neighbours) must not
yield a counter-terrorism action other than an arrest.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path
from typing import Any

from tangible.evaluation.splits import case2021_half

MAPPED: dict[str, frozenset[str]] = {
    "ARREST": frozenset({"ARREST"}),
    "DISR_WEAP": frozenset({"DISMANTLE"}),
    "AIR_STRIKE": frozenset({"OPERATION", "ATTACK"}),
    "ARMED_CLASH": frozenset({"OPERATION", "ATTACK"}),
    "GOV_REGAINS_TERIT": frozenset({"OPERATION", "ATTACK"}),
    "ATTACK": frozenset({"ATTACK"}),
    "SUIC_BOMB": frozenset({"ATTACK"}),
    "REM_EXPLOS": frozenset({"ATTACK"}),
    "GRENADE": frozenset({"ATTACK"}),
    "ABDUCT_DISSAP": frozenset({"ATTACK"}),
    "AGREEMENT": frozenset({"AGREE"}),
    "DIPLO": frozenset({"DEMAND", "MEET", "ACCUSE", "ASSURE", "DENY", "CONDEMN", "AGREE", "SANCTION"}),
}
NON_ARREST_ACTIONS = frozenset({"OPERATION", "DISMANTLE", "RESTRICT", "FINANCE", "EXTRADITE"})
# other classes that are armed conflict all the same (shelling, chemical weapons, territory taken by rebels): an
# operation by state forces there is what tangible records; the rest (protests, disasters, crime, changes to a
# group, transfers of territory, sexual violence, looting, attribution) are not counter-terrorism events
CONFLICT_OTHER = frozenset({"ART_MISS_ATTACK", "CHEM_WEAP", "NON_STATE_ACTOR_OVERTAKES_TER"})


def load_snippets(root: Path, half: str | None = None) -> list[tuple[int, str, str]]:
    out = []
    with open(root / "case2021_task2" / "dev.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row.get("EventSnippet") and row.get("SubType"):
                sid = int(row["id"])
                if half is None or case2021_half(sid) == half:
                    out.append((sid, row["EventSnippet"], row["SubType"].strip()))
    return out


def eval_case_mapped(root: Path, extractor=None, half: str | None = None, errors: int = 0) -> dict[str, Any]:
    from tangible.nlp import Extractor

    ex = extractor or Extractor()
    rows = load_snippets(root, half)
    tally: Counter = Counter()
    per_class: Counter = Counter()
    per_class_ok: Counter = Counter()
    mistakes: list[dict] = []
    items = ((f"case{sid}", text, None) for sid, text, _ in rows)
    for (sid, text, label), mentions in zip(rows, ex.pipe(items)):
        asserted = {m.type for m in mentions if m.modality == "asserted"}
        if label in MAPPED:
            tally["mapped"] += 1
            per_class[label] += 1
            ok = bool(asserted & MAPPED[label])
            tally["mapped_ok"] += ok
            per_class_ok[label] += ok
            if not ok and len(mistakes) < errors:
                mistakes.append({"id": sid, "label": label, "text": text, "got": sorted((m.type, m.modality) for m in mentions)})
        else:
            tally["other"] += 1
            bad = bool(asserted & NON_ARREST_ACTIONS)
            tally["other_with_action"] += bad
            if label not in CONFLICT_OTHER:
                tally["nonconflict"] += 1
                tally["nonconflict_with_action"] += bad
            if bad and len(mistakes) < errors:
                mistakes.append({"id": sid, "label": label, "text": text, "got": sorted((m.type, m.modality) for m in mentions)})
    out = {"half": half or "all", "mapped": tally["mapped"], "other": tally["other"],
           "type_accuracy": round(tally["mapped_ok"] / tally["mapped"], 3) if tally["mapped"] else 0.0,
           "other_with_non_arrest_action": round(tally["other_with_action"] / tally["other"], 3) if tally["other"] else 0.0,
           "nonconflict_other": tally["nonconflict"],
           "nonconflict_other_with_non_arrest_action": round(tally["nonconflict_with_action"] / tally["nonconflict"], 3)
           if tally["nonconflict"] else 0.0,
           "per_class": {k: f"{per_class_ok[k]}/{v}" for k, v in sorted(per_class.items())}}
    if errors:
        out["errors"] = mistakes
    return out
