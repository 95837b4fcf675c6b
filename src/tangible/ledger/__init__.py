"""The ledger (DESIGN §6): commitments weighed against incidents, at any date.

Pure logic. :func:`rate` takes one commitment, the incidents on record and a date, and returns
a :class:`CommitmentRating` with counts, trend, rating and reasons. Only incidents dated on or
before the date count, so a past rating can always be computed again from stored data.
"""

from __future__ import annotations

import functools
import re
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any, Iterable

from tangible.ontology import ACTION_TYPES

PERIOD_DAYS = 90  # the rating looks at this many days up to the date
TREND_DAYS = 30  # trend: this many days vs the same span before
SUBSTANTIAL_MIN = 5  # supporting incidents in the period
SUBSTANTIAL_CORROBORATED = 2  # of which corroborated
SUBSTANTIAL_TYPES = 2  # distinct action types

RULES: list[tuple[str, str]] = [
    ("evidence", f"Incidents dated from the commitment's date up to the rating date count; the rating weighs the "
                 f"{PERIOD_DAYS} days up to that date, so it can fall as well as rise. Incidents an analyst rejected "
                 "never count; disputed incidents are listed but not counted."),
    ("supporting", "An asserted tangible action (one of the commitment's action types) by the committed party "
                   "against a covered group: the incident's groups or its target include a covered group."),
    ("contradicting", "An incident of a type the commitment names under contradicted_by (usually ATTACK) by a "
                      "covered group, where a report says it was launched from, planned in or directed from the "
                      "covered territory (e.g. 'militants who crossed from Afghanistan'), and, when the commitment "
                      "names target countries, that took place in one of them."),
    ("contradicted", "At least one contradicting incident in the period, and more contradicting than supporting "
                     "incidents in the period."),
    ("substantial action", f"Otherwise, at least {SUBSTANTIAL_MIN} supporting incidents in the period, at least "
                           f"{SUBSTANTIAL_CORROBORATED} of them corroborated, across at least {SUBSTANTIAL_TYPES} "
                           "action types."),
    ("some action", "Otherwise, at least one supporting incident in the period."),
    ("no evidence", "Otherwise."),
    ("trend", f"Supporting and contradicting incidents in the last {TREND_DAYS} days against the {TREND_DAYS} "
              "days before: up, down or flat."),
]

# Names that say "this territory" in a sentence, by ISO country code.
TERRITORY_NAMES: dict[str, tuple[str, ...]] = {
    "AF": ("Afghanistan", "Afghan soil", "Afghan territory", "Afghan side", "Afghan sanctuaries", "Afghan border"),
    "PK": ("Pakistan", "Pakistani soil", "Pakistani territory", "Pakistani side"),
    "CN": ("China", "Chinese soil", "Chinese territory", "Xinjiang"),
    "IR": ("Iran", "Iranian soil", "Iranian territory"),
}
_CUE = re.compile(
    r"\b(launch\w*|plann\w*|plott\w*|cross\w*|infiltrat\w*|based|operat\w*|sanctuar\w*|hideouts?|havens?|"
    r"came|entered|orchestrat\w*|direct\w*|handlers?|train\w*|masterminds?|hiding|shelter\w*|harbou?r\w*|"
    r"across the border|cross-border)\b",
    re.IGNORECASE,
)


def _territory_pattern(codes: Iterable[str]) -> re.Pattern | None:
    return _territory_pattern_for(tuple(codes))


@functools.lru_cache(maxsize=64)
def _territory_pattern_for(codes: tuple[str, ...]) -> re.Pattern | None:
    """Built once per set of codes: the ledger asks for it once per incident it rates."""
    names = [n for c in codes for n in TERRITORY_NAMES.get(c, ())]
    if not names:
        return None
    alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(r"\b(?:from|in|inside|across|on|within|into)\s+(?:the\s+)?(?:neighbou?ring\s+)?(?:" + alt + r")\b",
                      re.IGNORECASE)


def launched_from(sentences: Iterable[str], codes: Iterable[str]) -> str | None:
    """The sentence that says an act came from (or was planned in) the territory, if any."""
    pattern = _territory_pattern(codes)
    if pattern is None:
        return None
    for s in sentences:
        if pattern.search(s) and _CUE.search(s):
            return s
    return None


@dataclass(slots=True)
class Contradiction:
    type: str
    groups: list[str] = field(default_factory=list)
    launched_from: list[str] = field(default_factory=list)
    target_country: list[str] = field(default_factory=list)


@dataclass(slots=True)
class CommitmentSpec:
    """A commitment as the ledger stores it (from the case file, or proposed from the news)."""

    id: str
    by: str
    to: list[str]
    made_on: date | None
    text: str
    source: str
    groups: list[str]
    action_types: list[str]
    territory: list[str] = field(default_factory=list)
    contradicted_by: list[Contradiction] = field(default_factory=list)
    status: str = "active"  # active | proposed | rejected
    origin: str = "case"  # case | news
    mention_id: str | None = None

    @classmethod
    def from_case(cls, c) -> "CommitmentSpec":
        return cls(id=c.id, by=c.by, to=list(c.to), made_on=c.made_on, text=c.text, source=c.source,
                   groups=list(c.groups), action_types=list(c.action_types), territory=list(c.territory),
                   contradicted_by=[Contradiction(x.type, list(x.groups), list(x.launched_from), list(x.target_country))
                                    for x in c.contradicted_by])

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["made_on"] = self.made_on.isoformat() if self.made_on else None
        return d


@dataclass(slots=True)
class CommitmentRating:
    commitment_id: str
    at: date
    rating: str
    counts: dict[str, Any]
    trend: dict[str, Any]
    reasons: list[str]
    supporting: list[str]
    contradicting: list[str]
    period: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["at"] = self.at.isoformat()
        return d


def _day(inc: dict) -> date | None:
    d = inc.get("date")
    return date.fromisoformat(d) if isinstance(d, str) else d


def is_supporting(c: CommitmentSpec, inc: dict) -> bool:
    if inc["type"] not in c.action_types or inc["type"] not in ACTION_TYPES:
        return False
    if (inc.get("source") or {}).get("id") != c.by:
        return False
    covered = set(c.groups)
    target = (inc.get("target") or {}).get("id")
    return bool(covered & set(inc.get("groups") or [])) or target in covered


def contradiction_evidence(c: CommitmentSpec, inc: dict) -> str | None:
    """The sentence that makes an incident contradict the commitment, or None."""
    for rule in c.contradicted_by:
        if inc["type"] != rule.type:
            continue
        if rule.groups and not set(rule.groups) & set(inc.get("groups") or []):
            continue
        country = (inc.get("location") or {}).get("country")
        if rule.target_country and country not in rule.target_country:
            continue
        sentences = [m["sentence"] for m in inc.get("mentions") or [] if m.get("modality", "asserted") == "asserted"]
        codes = rule.launched_from or c.territory
        if not codes:
            return sentences[0] if sentences else ""
        hit = launched_from(sentences, codes)
        if hit:
            return hit
    return None


def _direction(now: int, before: int) -> str:
    return "up" if now > before else "down" if now < before else "flat"


def _fmt_counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {t}" for t, n in sorted(counts.items()))


def rate(c: CommitmentSpec, incidents: list[dict], at: date, *, period_days: int = PERIOD_DAYS,
         trend_days: int = TREND_DAYS) -> CommitmentRating:
    """Rate one commitment at ``at`` from incidents dated on or before ``at`` (rules in :data:`RULES`)."""
    start = max(c.made_on, at - timedelta(days=period_days - 1)) if c.made_on else at - timedelta(days=period_days - 1)
    since = c.made_on or date.min
    support_all, contra_all, disputed = [], [], []
    for inc in incidents:
        day = _day(inc)
        if day is None or day > at or day < since or inc.get("review_status") == "rejected":
            continue
        if is_supporting(c, inc):
            (disputed if inc["grade"] == "disputed" else support_all).append(inc)
        elif contradiction_evidence(c, inc) is not None:
            (disputed if inc["grade"] == "disputed" else contra_all).append(inc)
    support = [i for i in support_all if _day(i) >= start]
    contra = [i for i in contra_all if _day(i) >= start]

    def by_type(items):
        out: dict[str, int] = {}
        for i in items:
            out[i["type"]] = out.get(i["type"], 0) + 1
        return out

    def by_grade(items):
        out: dict[str, int] = {}
        for i in items:
            out[i["grade"]] = out.get(i["grade"], 0) + 1
        return out

    def window(items, lo, hi):
        return sum(1 for i in items if lo <= _day(i) <= hi)

    t_now = (at - timedelta(days=trend_days - 1), at)
    t_before = (at - timedelta(days=2 * trend_days - 1), at - timedelta(days=trend_days))
    trend = {
        "days": trend_days,
        "supporting": {"current": window(support_all, *t_now), "previous": window(support_all, *t_before)},
        "contradicting": {"current": window(contra_all, *t_now), "previous": window(contra_all, *t_before)},
    }
    for k in ("supporting", "contradicting"):
        trend[k]["direction"] = _direction(trend[k]["current"], trend[k]["previous"])

    n_s, n_c = len(support), len(contra)
    n_corr = sum(1 for i in support if i["grade"] == "corroborated")
    n_types = len({i["type"] for i in support})
    if n_c >= 1 and n_c > n_s:
        rating = "contradicted"
        why = f"{n_c} contradicting against {n_s} supporting incident(s) in the period"
    elif n_s >= SUBSTANTIAL_MIN and n_corr >= SUBSTANTIAL_CORROBORATED and n_types >= SUBSTANTIAL_TYPES:
        rating = "substantial action"
        why = f"{n_s} supporting incidents, {n_corr} corroborated, across {n_types} action types"
    elif n_s >= 1:
        rating = "some action"
        short = []
        if n_s < SUBSTANTIAL_MIN:
            short.append(f"fewer than {SUBSTANTIAL_MIN} incidents")
        if n_corr < SUBSTANTIAL_CORROBORATED:
            short.append(f"fewer than {SUBSTANTIAL_CORROBORATED} corroborated")
        if n_types < SUBSTANTIAL_TYPES:
            short.append(f"fewer than {SUBSTANTIAL_TYPES} action types")
        why = f"{n_s} supporting incident(s) ({'; '.join(short)})" if short else f"{n_s} supporting incident(s)"
    else:
        rating = "no evidence"
        why = "no supporting incident in the period"
    reasons = [f"Rated {rating}: {why}, {start.isoformat()} to {at.isoformat()}."]
    if support:
        reasons.append(f"Actions: {_fmt_counts(by_type(support))} ({_fmt_counts(by_grade(support))}).")
    if contra:
        reasons.append(f"Contradicting: {_fmt_counts(by_type(contra))} ({_fmt_counts(by_grade(contra))}), "
                       "reported as launched from covered territory.")
    if disputed:
        reasons.append(f"{len(disputed)} disputed incident(s) listed but not counted.")
    for k, label in (("supporting", "actions"), ("contradicting", "attacks")):
        t = trend[k]
        if t["current"] or t["previous"]:
            reasons.append(f"Trend in {label}: {t['direction']} ({t['current']} in the last {trend_days} days, "
                           f"{t['previous']} in the {trend_days} before).")
    counts = {
        "supporting": n_s, "contradicting": n_c, "disputed": len(disputed),
        "supporting_by_type": by_type(support), "contradicting_by_type": by_type(contra),
        "supporting_by_grade": by_grade(support), "contradicting_by_grade": by_grade(contra),
        "supporting_since_made": len(support_all), "contradicting_since_made": len(contra_all),
    }
    return CommitmentRating(
        commitment_id=c.id, at=at, rating=rating, counts=counts, trend=trend, reasons=reasons,
        supporting=sorted(i["id"] for i in support), contradicting=sorted(i["id"] for i in contra),
        period={"from": start.isoformat(), "to": at.isoformat()},
    )


__all__ = ["rate", "CommitmentSpec", "CommitmentRating", "Contradiction", "RULES", "launched_from",
           "is_supporting", "contradiction_evidence", "PERIOD_DAYS", "TREND_DAYS"]
