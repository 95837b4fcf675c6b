"""UCDP's Pakistan events: do the headlines of their source reports give the fatal event UCDP's coders recorded?

Each row of ``ucdp_pk/events.jsonl`` is one fatal event of the UCDP Georeferenced Event Dataset with the real
headlines of the reports it was coded from (several joined by ``;``), its two sides, province and deaths. A
headline is a different kind of text from ACLED's descriptions: short, often without a verb's object, written
by wire services (AFP, Reuters, BBC Monitoring). Headlines that only name a broadcast summary or a timeline
("Programme summary of ...", "Timeline (Terrorist Activities)") report no event and are left out.

Figures, per half (``splits.half_of("ucdp" + id)``):
- ``violent_recall``: events whose headlines yield an asserted ATTACK or OPERATION;
- ``sides``: of events whose headlines name one of UCDP's two sides (a case-file actor), those whose first
  violent event has one of the two sides as its source or target;
- ``perpetrator``: of one-sided violence (an armed group against civilians) whose headlines name the group,
  those whose attack carries it as its source;
- ``province_precision``: of events given a province, those in UCDP's (the tribal areas are Khyber
  Pakhtunkhwa's since 2018).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tangible.evaluation.acled import _province
from tangible.evaluation.splits import half_of

# UCDP's side names -> the case file's ids (sides not listed are not the case file's actors)
_SIDES: dict[str, str] = {
    "Government of Pakistan": "pakistan", "Government of India": "india", "Government of Afghanistan": "afghan-republic",
    "Government of United States of America": "us", "TTP": "ttp", "TTP-KM": "ttp", "TTP-SM": "ttp", "TTP - TA": "ttp",
    "Jamaat-ul-Ahrar": "ttp", "Taleban": "taliban", "al-Qaida": "al-qaeda", "IS": "iskp", "BLA": "bla", "BLF": "blf",
    "BRA": "bra", "LeJ": "lashkar-e-jhangvi", "Lashkar-e-Islam": "lashkar-e-islam", "IMU": "imu",
}
_NO_EVENT = re.compile(r"programme summary|timeline|press review|highlights|digest|roundup|round-up|newsbrief",
                       re.IGNORECASE)


def side_id(name: str) -> str | None:
    return _SIDES.get(name.strip())


def _ucdp_province(name: str | None) -> str | None:
    """UCDP's province in ACLED's spelling ("Khyber Pakhtunkwa Province", "Azad Jammu & Kashmir"), compared as
    ``evaluation.acled`` compares provinces."""
    if not name:
        return None
    name = re.sub(r"\s+Province$", "", name.strip()).replace("Pakhtunkwa", "Pakhtunkhwa").replace("&", "and")
    return _province(name)


def load_ucdp(root: Path, half: str | None = None) -> list[dict[str, Any]]:
    rows = []
    with open(root / "ucdp_pk" / "events.jsonl", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if half and half_of(f"ucdp{r['id']}") != half:
                continue
            headlines = [h.strip() for h in (r.get("source_headline") or "").split(";") if h.strip()]
            headlines = [h for h in headlines if not _NO_EVENT.search(h) and re.search(r"[A-Za-z]", h)]
            if not headlines:
                continue
            r["_text"] = " ".join(h if h.endswith((".", "!", "?")) else h + "." for h in headlines)
            try:
                r["_date"] = datetime.strptime((r.get("source_date") or "")[:10], "%Y-%m-%d").date()
            except ValueError:
                r["_date"] = None
            rows.append(r)
    return rows


def eval_ucdp(root: Path, extractor=None, half: str | None = None) -> dict[str, Any]:
    from tangible.evaluation.acled import named_in
    from tangible.nlp import Extractor

    ex = extractor or Extractor()
    rows = load_ucdp(root, half)
    tally: Counter = Counter()
    items = ((f"ucdp{r['id']}", r["_text"], r["_date"]) for r in rows)
    for row, mentions in zip(rows, ex.pipe(items, batch_size=64)):
        tally["n"] += 1
        violent = [m for m in mentions if m.type in ("ATTACK", "OPERATION") and m.modality == "asserted"]
        if not violent:
            continue
        tally["violent"] += 1
        first = violent[0]
        event = [m for m in mentions if first.event and m.event == first.event] or [first]
        day: date | None = row["_date"]
        sides = {s for s in (side_id(row["side_a"]), side_id(row["side_b"])) if s}
        named = {s for s in sides if named_in(ex, s, row["_text"], day)}
        if named:
            tally["sides_n"] += 1
            ids = {r.id for m in event for r in (m.source, m.target) if r is not None and r.id}
            tally["sides_ok"] += bool(ids & sides)
        perpetrator = side_id(row["side_a"])
        if row["type_of_violence"] == "3" and perpetrator and perpetrator in named:
            tally["perp_n"] += 1
            tally["perp_ok"] += any(m.source and m.source.id == perpetrator for m in event)
        provinces = {_province(m.location.admin1) for m in event if m.location and m.location.admin1}
        if provinces:
            tally["province_n"] += 1
            tally["province_ok"] += _ucdp_province(row["adm_1"]) in provinces

    def ratio(a: str, b: str) -> float:
        return round(tally[a] / tally[b], 3) if tally[b] else 0.0

    return {"half": half or "all", "n": tally["n"], "violent_recall": ratio("violent", "n"),
            "sides": ratio("sides_ok", "sides_n"), "sides_n": tally["sides_n"],
            "perpetrator": ratio("perp_ok", "perp_n"), "perpetrator_n": tally["perp_n"],
            "province_precision": ratio("province_ok", "province_n"), "province_n": tally["province_n"]}
