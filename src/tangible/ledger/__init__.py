"""The ledger (DESIGN §6): commitments weighed against incidents, at any date.

Pure logic. :func:`rate` takes one commitment, the incidents on record and a date, and returns
a :class:`Rating` with counts, trend, rating and reasons. Only incidents dated on or
before the date count, so a past rating can always be computed again from stored data.
"""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta
from typing import Any, Callable, Iterable, NamedTuple

from tangible.case import Commitment as CaseCommitment
from tangible.case import RatingStandard
from tangible.models import Commitment, Contradiction, Incident, Rating
from tangible.ontology import ACTION_TYPES
from tangible.resolve.statement import ordered_mentions_of, stating_mention_of

StateTest = Callable[[str, "date | None"], bool]  # whether an entity acts as a state on a day (CaseFile.is_state)

DEFAULT_STANDARD = RatingStandard()
PERIOD_DAYS = DEFAULT_STANDARD.period_days
TREND_DAYS = DEFAULT_STANDARD.trend_days

RULES: list[tuple[str, str]] = [
    ("evidence", "Incidents dated from the commitment's date up to the rating date count; the rating weighs the "
                 "period (the standard's period_days, 90 by default) up to that date, so it can fall as well as rise. "
                 "Incidents an analyst rejected never count."),
    ("verification", "An unverified incident (its reports say it could not be verified, is unconfirmed or only "
                     "reported, and no independent publisher corroborates it) and a disputed one (a named party "
                     "denies it or has seen no evidence of it) are listed with the reason, never counted as support "
                     "or as contradiction; so is an undated one that would count (its reports state no day and its "
                     "documents no publication date, or they only retell it as done some time before: \"had earlier "
                     "relocated\", \"according to previous reports\"), which no period can hold. A denial does not undo an attack that killed or wounded people: what a "
                     "party denies there is where the attackers came from or who they were, and the origin keeps "
                     "the denial beside it (launched_from.disputed_by) while the attack counts; an attack known only "
                     "from a claim that a named party denies stays disputed."),
    ("supporting", "An asserted tangible action (one of the commitment's action types) by the committed party "
                   "against a covered group: the incident's groups or its target include a covered group. Each "
                   "counts with the weight the standard gives its group (1 unless the standard says otherwise). Its "
                   "fire on a party the commitment was made to (a border clash with Pakistan's posts) is no such "
                   "action, whatever groups the other side's account names."),
    ("other parties", "Tangible actions against covered groups by anyone else (another state's arrests and "
                      "operations) are listed apart, by acting party, and never counted as support. Another state's "
                      "operation that a contradiction rule names, against militants who came from the covered "
                      "territory (\"an infiltration attempt across the border foiled\"), is contradicting."),
    ("contradicting", "An incident of a type the commitment names under contradicted_by (usually ATTACK; "
                      "OPERATION for the fight with militants who crossed from the territory) by or against a "
                      "covered group, launched from the covered territory (the incident's origin, or a report that "
                      "says it was launched from, planned in or directed from there), and, when the commitment names "
                      "target countries, that took place in one of them."),
    ("findings", "Findings of monitoring bodies, courts and investigators about a covered group (sanctuary, "
                 "presence, support, inaction) are listed, dated, with their quotes."),
    ("contradicted", "At least one contradicting incident in the period, and more contradicting incidents than "
                     "weighted supporting ones."),
    ("substantial action", "Otherwise, weighted supporting actions in the period at least the standard's "
                           "substantial_actions (5), at least substantial_corroborated (2) of them corroborated, "
                           "across at least substantial_types (2) action types; and, under the default standard, no "
                           "contradicting attack and no finding about a covered group (its sanctuary, presence, "
                           "support or the inaction against it) in the period."),
    ("some action", "Otherwise, at least one supporting incident in the period."),
    ("no evidence", "Otherwise."),
    ("trend", "Supporting and contradicting incidents in the last trend_days (30) against the same span before: "
              "up, down or flat."),
]

_CUE = re.compile(
    r"\b(launch\w*|plann\w*|plott\w*|cross\w*|infiltrat\w*|based|operat\w*|sanctuar\w*|hideouts?|havens?|"
    r"came|entered|orchestrat\w*|direct\w*|handlers?|train\w*|masterminds?|hiding|shelter\w*|harbou?r\w*|"
    r"across the border|cross-border)\b",
    re.IGNORECASE,
)


def _territory_pattern(codes: Iterable[str], territory_names: dict[str, tuple[str, ...]] | None) -> re.Pattern[str] | None:
    names = tuple(n for c in codes for n in (territory_names or {}).get(c, ()))
    return _territory_pattern_for(names)


@functools.lru_cache(maxsize=64)
def _territory_pattern_for(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """Built once per set of names (the case file's ``territories``): the ledger asks for it once per incident."""
    if not names:
        return None
    alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(r"\b(?:from|in|inside|across|on|within|into)\s+(?:the\s+)?(?:neighbou?ring\s+)?(?:" + alt + r")\b",
                      re.IGNORECASE)


def launched_from(sentences: Iterable[str], codes: Iterable[str],
                  territory_names: dict[str, tuple[str, ...]] | None = None) -> str | None:
    """The sentence that says an act came from (or was planned in) the territory, if any; the territories'
    names come from the case file (``territories``)."""
    pattern = _territory_pattern(codes, territory_names)
    if pattern is None:
        return None
    for s in sentences:
        if pattern.search(s) and _CUE.search(s):
            return s
    return None


def commitment_from_case(c: CaseCommitment) -> Commitment:
    """A case file's commitment as the ledger weighs it (active, from the case)."""
    return Commitment(id=c.id, by=c.by, to=list(c.to), made_on=c.made_on, text=c.text, source=c.source,
                      groups=list(c.groups), action_types=list(c.action_types), territory=list(c.territory),
                      contradicted_by=list(c.contradicted_by))


def covered_groups(c: Commitment, inc: Incident) -> list[str]:
    """The commitment's groups the incident concerns (its groups, its target, or the group that acted: an attack
    whose reports name the TTP only as the claimant concerns the TTP)."""
    covered = set(c.groups)
    found = [g for g in inc.groups if g in covered]
    for party in (inc.target.id if inc.target else None, acting_party(inc)):
        if party is not None and party in covered and party not in found:
            found.append(party)
    return found


def acting_party(inc: Incident) -> str | None:
    return inc.source.id if inc.source else None


def is_action_against_covered(c: Commitment, inc: Incident) -> bool:
    return inc.type in c.action_types and inc.type in ACTION_TYPES and bool(covered_groups(c, inc))


def is_supporting(c: Commitment, inc: Incident, is_state: StateTest | None = None) -> bool:
    """A tangible action by the committed party against a covered group (verification aside); not its fire on a
    state (a party the commitment was made to, or one ``is_state`` tells), whatever groups that state's account
    names ("Islamic Emirate forces carried out retaliatory operations against Pakistani military posts ... 23 Afghan
    Taliban fighters and khwarij were killed")."""
    return is_action_against_covered(c, inc) and acting_party(inc) == c.by and not _on_a_state(c, inc, is_state)


def _on_a_state(c: Commitment, inc: Incident, is_state: StateTest | None) -> bool:
    """The incident's target is a state: a party the commitment was made to, or one ``is_state`` tells."""
    target = inc.target.id if inc.target is not None else None
    return target is not None and (target in c.to or is_state is not None and is_state(target, inc.date))


def contradiction_evidence(c: Commitment, inc: Incident,
                           territory_names: dict[str, tuple[str, ...]] | None = None) -> str | None:
    """The sentence that makes an incident contradict the commitment, or None. The incident's origin
    (``launched_from``, with the sentence that gives it) decides first; a report that names the territory
    as where the act came from does too."""
    for rule in c.contradicted_by:
        if inc.type != rule.type:
            continue
        if rule.groups and not set(rule.groups) & set(inc.groups) and acting_party(inc) not in rule.groups:
            continue
        if rule.by and acting_party(inc) not in rule.by:
            continue  # "the US stops its strikes": only the US's own strikes
        if rule.targets and (inc.target.id if inc.target else None) not in rule.targets and \
                not set(rule.targets) & set(inc.groups):
            continue  # "no attacks on US ships": only attacks on that party
        country = inc.location.country if inc.location else None
        if rule.target_country and country not in rule.target_country:
            continue
        codes = rule.launched_from or c.territory
        if codes and country in codes:
            continue  # an attack inside the territory was not launched from it against another country
        if not codes:
            stating = stating_mention_of(inc)
            return stating.sentence if stating and stating.modality == "asserted" else ""
        if inc.launched_from is not None and inc.launched_from.country in codes:
            return inc.launched_from.sentence or ""
        sentences = [m.sentence for m in ordered_mentions_of(inc) if m.modality == "asserted"]
        hit = launched_from(sentences, codes, territory_names)
        if hit:
            return hit
    return None


def is_finding(c: Commitment, inc: Incident) -> bool:
    return inc.type == "FINDING" and bool(covered_groups(c, inc))


def not_counted_because(inc: Incident) -> str | None:
    """Why an incident that would count is only listed: it is disputed or unverified."""
    if inc.grade == "disputed" or inc.verification == "disputed":
        return "disputed"
    if inc.verification == "unverified":
        return "unverified"
    return None


def _what_contradicts(c: Commitment) -> str:
    """The commitment's contradiction rules in words: "launched from AF", "against us", "in YE"."""
    parts = []
    for rule in c.contradicted_by:
        codes = rule.launched_from or (c.territory if not rule.by and not rule.targets else ())
        if codes:
            parts.append("launched from " + "/".join(codes))
        if rule.targets:
            parts.append("against " + "/".join(rule.targets))
        if rule.target_country:
            parts.append("in " + "/".join(rule.target_country))
    return (", " + ", ".join(dict.fromkeys(parts))) if parts else ""


def _direction(now: int, before: int) -> str:
    return "up" if now > before else "down" if now < before else "flat"


def _fmt_counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {t}" for t, n in sorted(counts.items()))


def _plural(n: float, word: str, plural: str | None = None) -> str:
    shown = f"{n:g}" if isinstance(n, float) else str(n)
    return f"{shown} {word if n == 1 else (plural or word + 's')}"


def _group_name(gid: str, names: dict[str, str] | None) -> str:
    return (names or {}).get(gid, gid)


def weigh(c: Commitment, inc: Incident, territory_names: dict[str, tuple[str, ...]] | None = None,
          is_state: StateTest | None = None) -> tuple[str | None, str | None]:
    """What an incident is to a commitment, whatever its date: ``finding``, ``other`` (an action by another
    party), ``not_counted`` (with why), ``supporting``, ``contradicting``, or None (nothing)."""
    if inc.review_status == "rejected":
        return None, None
    if is_finding(c, inc):
        return "finding", None
    if is_action_against_covered(c, inc) and (acting_party(inc) != c.by or not _on_a_state(c, inc, is_state)):
        if acting_party(inc) != c.by:
            # another party's operation against militants who came from the territory ("infiltrators from
            # Afghanistan killed in North Waziristan") is what the pledge was to prevent, not a step in its stead
            if contradiction_evidence(c, inc, territory_names) is not None:
                why = not_counted_because(inc)
                return ("not_counted", why) if why else ("contradicting", None)
            return "other", None
        why = not_counted_because(inc)
        return ("not_counted", why) if why else ("supporting", None)
    if contradiction_evidence(c, inc, territory_names) is not None:
        why = not_counted_because(inc)
        return ("not_counted", why) if why else ("contradicting", None)
    return None, None


def period_start(c: Commitment, at: date, period_days: int) -> date:
    """The first day of the period a rating at ``at`` weighs."""
    first = at - timedelta(days=period_days - 1)
    return max(c.made_on, first) if c.made_on else first


def days_read_in_full(at: date, standard: RatingStandard | None = None) -> date:
    """The first day whose incidents a rating at ``at`` lists or compares (its period and its two trend spans);
    of the days before, only the number of supporting and contradicting incidents counts."""
    std = standard or DEFAULT_STANDARD
    return date.fromordinal(max(1, at.toordinal() - max(std.period_days, 2 * std.trend_days) + 1))


class Weighed(NamedTuple):
    """What one dated incident is to one commitment (:func:`weigh`), with all a rating reads of it: a rating is
    computed from these alone, so they can be kept by day and the incidents not read again."""

    id: str
    day: date
    kind: str  # supporting, contradicting, finding, other or not_counted
    why: str | None  # not counted: disputed or unverified
    type: str
    grade: str
    groups: tuple[str, ...]  # the commitment's groups it concerns (:func:`covered_groups`)
    party: str | None  # who acted (:func:`acting_party`)


def weighed(c: Commitment, inc: Incident, territory_names: dict[str, tuple[str, ...]] | None = None,
            is_state: StateTest | None = None) -> Weighed | None:
    """The incident as a rating of ``c`` reads it, or None when it is nothing to ``c`` (or undated)."""
    if inc.date is None:
        return None
    kind, why = weigh(c, inc, territory_names, is_state)
    if kind is None:
        return None
    return Weighed(inc.id, inc.date, kind, why, inc.type, inc.grade, tuple(covered_groups(c, inc)), acting_party(inc))


def undated_weighing(c: Commitment, inc: Incident, territory_names: dict[str, tuple[str, ...]] | None = None,
                     is_state: StateTest | None = None) -> str | None:
    """What an undated incident would be to ``c`` were it dated: ``supporting`` or ``contradicting`` (counted
    or not by its verification), or None (nothing to ``c``, or dated)."""
    if inc.date is not None:
        return None
    kind, why = weigh(c, inc, territory_names, is_state)
    return kind if kind in ("supporting", "contradicting") else None


def rate(c: Commitment, incidents: Iterable[Incident], at: date, *, standard: RatingStandard | None = None,
         period_days: int | None = None, trend_days: int | None = None,
         group_names: dict[str, str] | None = None,
         territory_names: dict[str, tuple[str, ...]] | None = None,
         earlier: tuple[int, int] = (0, 0), is_state: StateTest | None = None) -> Rating:
    """Rate one commitment at ``at`` from incidents dated on or before ``at`` (rules in :data:`RULES`), by the
    desk's ``standard`` of evidence (the case file's ``rating:`` section). ``earlier``: the supporting and
    contradicting incidents since the commitment was made that are not in ``incidents`` (days before those
    given, counted apart)."""
    since = c.made_on or date.min
    incidents = list(incidents)
    items = [w for inc in incidents if inc.date is not None and since <= inc.date <= at
             and (w := weighed(c, inc, territory_names, is_state)) is not None]
    undated = [inc.id for inc in incidents if undated_weighing(c, inc, territory_names, is_state)]
    return rate_weighed(c, items, at, standard=standard, period_days=period_days, trend_days=trend_days,
                        group_names=group_names, earlier=earlier, undated=undated)


def rate_weighed(c: Commitment, items: Iterable[Weighed], at: date, *, standard: RatingStandard | None = None,
                 period_days: int | None = None, trend_days: int | None = None,
                 group_names: dict[str, str] | None = None, earlier: tuple[int, int] = (0, 0),
                 undated: Iterable[str] = ()) -> Rating:
    """:func:`rate` from the incidents already weighed (:func:`weighed`). ``undated``: the ids of undated
    incidents that would count (:func:`undated_weighing`), listed as not counted."""
    std = standard or DEFAULT_STANDARD
    period_days = period_days or std.period_days
    trend_days = trend_days or std.trend_days
    start = period_start(c, at, period_days)
    since = c.made_on or date.min
    support_all: list[Weighed] = []
    contra_all: list[Weighed] = []
    not_counted: list[Weighed] = []
    others: list[Weighed] = []
    findings: list[Weighed] = []
    for w in items:
        day = w.day
        if day > at or day < since:
            continue
        kind = w.kind
        if kind == "supporting":
            support_all.append(w)
        elif kind == "contradicting":
            contra_all.append(w)
        elif day >= start:
            if kind == "finding":
                findings.append(w)
            elif kind == "other":
                others.append(w)
            elif w.why is not None:  # not counted: disputed or unverified
                not_counted.append(w)
    support = [i for i in support_all if i.day >= start]
    contra = [i for i in contra_all if i.day >= start]

    def by_key(items: Iterable[Weighed], key: Callable[[Weighed], Iterable[str]]) -> dict[str, int]:
        out: dict[str, int] = {}
        for i in items:
            for k in key(i):
                out[k] = out.get(k, 0) + 1
        return out

    def window(items: list[Weighed], lo: date, hi: date) -> int:
        return sum(1 for i in items if lo <= i.day <= hi)

    t_now = (at - timedelta(days=trend_days - 1), at)
    t_before = (at - timedelta(days=2 * trend_days - 1), at - timedelta(days=trend_days))
    trend: dict[str, Any] = {
        "days": trend_days,
        "supporting": {"current": window(support_all, *t_now), "previous": window(support_all, *t_before)},
        "contradicting": {"current": window(contra_all, *t_now), "previous": window(contra_all, *t_before)},
    }
    for k in ("supporting", "contradicting"):
        trend[k]["direction"] = _direction(trend[k]["current"], trend[k]["previous"])

    def weight(inc: Weighed) -> float:
        return max((std.weight(g) for g in inc.groups), default=1.0)

    n_s, n_c = len(support), len(contra)
    weighted = round(sum(weight(i) for i in support), 2)
    n_corr = sum(1 for i in support if i.grade == "corroborated")
    n_types = len({i.type for i in support})
    blocks: list[str] = []
    if std.attacks_rule_out_substantial and n_c:
        blocks.append(f"{_plural(n_c, 'contradicting attack')} in the period")
    if std.findings_rule_out_substantial and findings:
        blocks.append(f"{_plural(len(findings), 'finding')} that a covered group keeps its sanctuary or presence, "
                      "or goes unrestrained")
    meets = weighted >= std.substantial_actions and n_corr >= std.substantial_corroborated and \
        n_types >= std.substantial_types
    if n_c >= 1 and n_c > weighted:
        rating = "contradicted"
        why = f"{_plural(n_c, 'contradicting incident')} against {weighted:g} weighted supporting in the period"
    elif meets and not blocks:
        rating = "substantial action"
        why = (f"{_plural(n_s, 'supporting incident')} (weighted {weighted:g}), {n_corr} corroborated, across "
               f"{_plural(n_types, 'action type')}")
    elif n_s >= 1:
        rating = "some action"
        short: list[str] = []
        if weighted < std.substantial_actions:
            short.append(f"weighted {weighted:g} of the {std.substantial_actions:g} needed")
        if n_corr < std.substantial_corroborated:
            short.append(f"{n_corr} corroborated of the {std.substantial_corroborated} needed")
        if n_types < std.substantial_types:
            short.append(f"{_plural(n_types, 'action type')} of the {std.substantial_types} needed")
        short.extend(blocks)
        why = f"{_plural(n_s, 'supporting incident')} ({'; '.join(short)})" if short else \
            _plural(n_s, "supporting incident")
    else:
        rating = "no evidence"
        why = "no supporting incident in the period"
    reasons = [f"Rated {rating}: {why}, {start.isoformat()} to {at.isoformat()} (standard: {std.name})."]
    by_group = by_key(support, lambda i: i.groups)
    contra_by_group = by_key(contra, lambda i: list(i.groups) or [i.party or "unknown"])
    if support:
        against = ", ".join(f"{_group_name(g, group_names)} {n}" for g, n in sorted(by_group.items()))
        reasons.append(f"Actions by {_group_name(c.by, group_names)}: {_fmt_counts(by_key(support, lambda i: [i.type]))} "
                       f"({_fmt_counts(by_key(support, lambda i: [i.grade]))}); against {against}.")
        if len(by_group) == 1:
            only = _group_name(next(iter(by_group)), group_names)
            reasons.append(f"{_plural(n_s, 'action')}, all against {only}.")
    watched = [g for g in c.groups if c.action_types and g not in by_group and (g in contra_by_group or any(
        g in f.groups for f in findings))]
    if watched:
        reasons.append("None against " + ", ".join(_group_name(g, group_names) for g in watched) +
                       ", which the period's attacks or findings concern.")
    if contra:
        actors = by_key(contra, lambda i: [i.party or "an unnamed party"])
        reasons.append(f"Contradicting: {_fmt_counts(by_key(contra, lambda i: [i.type]))} by "
                       f"{', '.join(f'{_group_name(g, group_names)} ({n})' for g, n in sorted(actors.items()))}"
                       f"{_what_contradicts(c)}.")
    if others:
        parties = by_key(others, lambda i: [i.party or "unnamed party"])
        reasons.append("Not counted: " + ", ".join(f"{_plural(n, 'action')} by {_group_name(p, group_names)}"
                                                   for p, n in sorted(parties.items()))
                       + f" (only {_group_name(c.by, group_names)}'s own actions support its commitment).")
    if not_counted:
        kinds = by_key(not_counted, lambda i: [i.why or ""])
        reasons.append("Listed, not counted: " + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())) +
                       " (unverified and disputed incidents count neither for nor against).")
    undated = sorted(set(undated))
    if undated:
        reasons.append(f"Listed, not counted: {_plural(len(undated), 'undated incident')} that would count (no "
                       "report states its day and no document its publication date; give the documents a date to "
                       "weigh them).")
    if findings:
        reasons.append(f"{_plural(len(findings), 'finding')} of monitoring bodies on record in the period.")
    for k, label in (("supporting", "actions"), ("contradicting", "contradicting incidents")):
        t = trend[k]
        if t["current"] or t["previous"]:
            reasons.append(f"Trend in {label}: {t['direction']} ({t['current']} in the last {trend_days} days, "
                           f"{t['previous']} in the {trend_days} before).")
    counts: dict[str, Any] = {
        "supporting": n_s, "supporting_weighted": weighted, "contradicting": n_c,
        "disputed": sum(1 for i in not_counted if i.why == "disputed"),
        "unverified": sum(1 for i in not_counted if i.why == "unverified"),
        "undated": len(undated),
        "by_other_parties": len(others), "findings": len(findings),
        "supporting_by_type": by_key(support, lambda i: [i.type]),
        "supporting_by_group": by_group,
        "supporting_by_grade": by_key(support, lambda i: [i.grade]),
        "contradicting_by_type": by_key(contra, lambda i: [i.type]),
        "contradicting_by_group": contra_by_group,
        "contradicting_by_grade": by_key(contra, lambda i: [i.grade]),
        "by_other_parties_by_party": by_key(others, lambda i: [i.party or "unnamed party"]),
        "by_other_parties_by_group": by_key(others, lambda i: i.groups),
        "supporting_since_made": len(support_all) + earlier[0],
        "contradicting_since_made": len(contra_all) + earlier[1],
    }
    return Rating(
        commitment_id=c.id, at=at, rating=rating, counts=counts, trend=trend, reasons=reasons,
        supporting=sorted(i.id for i in support), contradicting=sorted(i.id for i in contra),
        period={"from": start.isoformat(), "to": at.isoformat()},
        not_counted=sorted([{"id": i.id, "why": i.why or ""} for i in not_counted] +
                           [{"id": i, "why": "undated"} for i in undated], key=lambda x: x["id"]),
        others=[{"id": i.id, "by": i.party or ""} for i in sorted(others, key=lambda x: x.id)],
        findings=sorted(i.id for i in findings), standard=std.name,
    )


__all__ = ["rate", "rate_weighed", "weighed", "Weighed", "weigh", "period_start", "days_read_in_full", "Commitment", "Rating", "commitment_from_case",
           "Contradiction", "RULES", "launched_from",
           "is_supporting", "undated_weighing", "contradiction_evidence", "covered_groups", "not_counted_because", "PERIOD_DAYS",
           "TREND_DAYS", "DEFAULT_STANDARD"]
