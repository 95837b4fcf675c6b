"""The ledger service: commitments from the case and the news, and their ratings at any date."""

from __future__ import annotations

import hashlib
import json
from datetime import date, timedelta
from typing import Iterable

from tangible.errors import E, InputError, NotFound
from tangible.ledger import (Weighed, commitment_from_case, days_read_in_full, rate, rate_weighed, undated_weighing,
                             weighed)
from tangible.models import Commitment, Contradiction, Incident, Rating
from tangible.ontology import ACTION_TYPES

STEPS = {"day": 1, "week": 7, "month": 30}


def proposals(store, case, *, incident_ids: list[str] | None = None) -> list[Commitment]:
    """Assurances reported in the news by a party that made a commitment, as proposed commitments
    (``incident_ids``: only from these incidents)."""
    parties = {c.by for c in case.commitments.values()}
    covered: dict[str, set[str]] = {}
    for c in case.commitments.values():
        covered.setdefault(c.by, set()).update(c.groups)
    records: Iterable[Incident]
    if incident_ids is None:
        records = store.incidents.iter_incidents(type="ASSURE", with_mentions=True)
    else:
        records = (r for r in (store.incidents.incident(i) for i in incident_ids) if r is not None and r.type == "ASSURE")
    out = []
    for inc in records:
        spec = _proposal(case, inc, parties, covered)
        if spec is not None:
            out.append(spec)
    return out


def proposal_id(incident_id: str) -> str:
    return "news-" + hashlib.sha1(incident_id.encode()).hexdigest()[:12]


def _proposal(case, inc: Incident, parties: set[str], covered: dict[str, set[str]]) -> Commitment | None:
    by = inc.source.id if inc.source else None
    if by is None or by not in parties or not inc.date:
        return None
    asserted = [m for m in inc.mentions if m.modality == "asserted" and m.type == "ASSURE"]
    if not asserted:
        return None
    first = asserted[0]
    target = inc.target.id if inc.target else None
    groups = [g for g in inc.groups if case.is_group(g)] or sorted(covered.get(by, ()))
    actor = case.actors.get(by)
    territory = [actor.country] if actor and actor.country else []
    to_actor = case.actors.get(target) if target else None
    target_country = [to_actor.country] if to_actor and to_actor.country else []
    return Commitment(
        id=proposal_id(inc.id),
        by=by, to=[target] if target and case.is_actor(target) else [],
        made_on=inc.date, text=first.sentence,
        source=" ".join(x for x in (first.publisher, first.url) if x),
        groups=groups, action_types=list(ACTION_TYPES), territory=territory,
        # what contradicts the party's standing commitments contradicts its new word too
        contradicted_by=_contradictions_of(case, by, groups, territory, target_country),
        status="proposed", origin="news", mention_id=first.mention_id,
    )


def _contradictions_of(case, by: str, groups: list[str], territory: list[str],
                       target_country: list[str]) -> list[Contradiction]:
    """The contradiction rules of the case's commitments by ``by``, narrowed to the new assurance's groups,
    territory and addressee (none when the case states no rule for that party)."""
    out: list[Contradiction] = []
    for c in case.commitments.values():
        if c.by != by:
            continue
        for rule in c.contradicted_by:
            narrowed = Contradiction(rule.type, tuple(g for g in rule.groups if g in groups) or rule.groups,
                                     tuple(territory) or rule.launched_from, tuple(target_country) or rule.target_country,
                                     rule.by, rule.targets)
            if narrowed not in out:
                out.append(narrowed)
    return out


def sync_commitments(store, case, *, changed: list[str] | None = None) -> dict[str, int]:
    """Write the case file's commitments (active) and the news's proposals (kept as the analyst left them).
    ``changed``: only these incidents changed (the proposals of the others stay as they are)."""
    from_case = [commitment_from_case(c) for c in case.commitments.values()]
    proposed = proposals(store, case, incident_ids=changed)
    stats = store.ledger.upsert(from_case + proposed)
    among = None if changed is None else {proposal_id(i) for i in changed}
    stats["removed"] = store.ledger.remove_stale("news", {p.id for p in proposed}, among=among)
    stats["proposed"] = len(proposed)
    return stats


def _relevant_incidents(store, commitments: list[Commitment], until: date | None,
                        floor: date | None = None, *, undated: bool = False) -> list[Incident]:
    """The incidents that can count for or against any of ``commitments``: actions by a party that
    committed (no mentions needed) and incidents of a contradicting type (with each mention's sentence
    and modality, which the contradiction rules read), on or before ``until`` and not before the
    earliest commitment (nor before ``floor``); or, with ``undated``, those with no date at all.
    Selected in the store so that the other incidents are never read."""
    if not commitments:
        return []
    made = [c.made_on for c in commitments]
    since = None if undated or any(d is None for d in made) else min(made)
    if floor is not None and not undated:
        since = floor if since is None else max(since, floor)
    action_types = sorted({t for c in commitments for t in c.action_types})
    contra_types = sorted({x.type for c in commitments for x in c.contradicted_by} | {"FINDING"})
    groups = sorted({g for c in commitments for g in c.groups})
    found: dict[str, Incident] = {}
    if contra_types:
        for inc in store.incidents.iter_incidents(type=contra_types, since=since, until=until, undated=undated,
                                                  with_mentions="sentences", batch_size=2000):
            found[inc.id] = inc
    if action_types and groups:
        # every party's actions against the covered groups: the committed party's count, the others are listed
        for inc in store.incidents.iter_incidents(type=action_types, group=groups, group_scan=since is not None or undated,
                                                  since=since, until=until, undated=undated, with_mentions=False,
                                                  batch_size=2000):
            found.setdefault(inc.id, inc)
    return [found[k] for k in sorted(found)]


def _group_names(case) -> dict[str, str]:
    # every entity a reason may name: the committed party, other acting parties, the covered groups
    return {e.id: e.name for e in [*case.actors.values(), *case.groups.values()]} if case is not None else {}


def sync_case_commitments(store, case) -> dict[str, int]:
    """Write the case file's commitments (a server does it as it starts, before any page reads them)."""
    return store.ledger.upsert([commitment_from_case(c) for c in case.commitments.values()])


def _active(store, case) -> list[Commitment]:
    items = store.ledger.list(status="active")
    if not items and case is not None:  # a store never resolved: the case file's commitments, not written
        items = sorted((commitment_from_case(c) for c in case.commitments.values()),
                       key=lambda c: (c.made_on or date.min, c.id))
    return items


def ledger_at(store, case, at: date | None = None, *, save: bool = False,
              only: set[str] | None = None) -> list[Rating]:
    """Every active commitment rated at ``at`` (default today) from incidents dated on or before it. A read:
    the ratings are stored as snapshots only when ``save`` asks for it. ``only``: these commitments.

    Each commitment's incidents are weighed by day, and a stored rating keeps each day's weighing
    (``rating_days``: the counts, and the incidents of the day as a rating reads them) for the next, so that
    rating again reads only the days whose incidents changed since, however long the archive."""
    at = at or date.today()
    commitments = [c for c in _active(store, case) if only is None or c.id in only]
    rated = [c for c in commitments if c.made_on is None or c.made_on <= at]
    full_from = days_read_in_full(at, case.standard)
    bounds = store.incidents.date_range() if rated else (None, None)
    undated = _relevant_incidents(store, rated, None, undated=True)
    out = []
    for c in rated:
        listed, earlier = _weighed_days(store, case, c, full_from, at, bounds, save=save)
        out.append(rate_weighed(c, listed, at, standard=case.standard, group_names=_group_names(case),
                                earlier=earlier,
                                undated=[i.id for i in undated if undated_weighing(c, i, case.territories, case.is_state)]))
    if save and out:
        store.ledger.save_ratings(out)
    return out


DAY_COUNTS_VERSION = "2026-12-07a"  # change when :func:`tangible.ledger.weigh` changes: stored days are dropped


def _rule_key(c: Commitment, case) -> str:
    """What a commitment's weighed days depend on: its rules, the case's territory names and states, the ledger's
    rules."""
    rules = [c.by, sorted(c.groups), sorted(c.action_types), list(c.territory),
             [[x.type, list(x.groups), list(x.launched_from), list(x.target_country), list(x.by), list(x.targets)]
              for x in c.contradicted_by],
             {k: list(v) for k, v in sorted((getattr(case, "territories", None) or {}).items())},
             # (which parties are states, and when: fire on a state is no step against the groups)
             sorted([a.id, a.kind, [[r.kind, r.valid_from, r.valid_to] for r in a.roles]]
                    for a in (getattr(case, "actors", None) or {}).values())]
    text = json.dumps([DAY_COUNTS_VERSION, rules], sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def _weighed_days(store, case, c: Commitment, full_from: date, at: date,
                  bounds: tuple[date | None, date | None], *, save: bool) -> tuple[list[Weighed], tuple[int, int]]:
    """What a rating of ``c`` at ``at`` reads: its incidents (weighed) dated from ``full_from`` to ``at``, and the
    (supporting, contradicting) counts of the days before, since ``c`` was made. Stored days are read as kept
    (only the counts of the days before); the days missing are weighed from their incidents (and stored when
    ``save``). ``bounds``: the dates of the first and the last incident, none outside."""
    first, last = bounds
    if first is None or last is None:
        return [], (0, 0)
    lo, hi = max(c.made_on or first, first), min(at, last)
    if lo > hi:
        return [], (0, 0)
    key = _rule_key(c, case)
    split = max(lo, full_from)  # the first day whose incidents are listed
    counts = store.ledger.day_counts(key, lo, split - timedelta(days=1)) if lo < split else {}
    kept = store.ledger.weighed_days(key, split, hi) if split <= hi else {}
    listed = [Weighed(r[0], day, r[1], r[2], r[3], r[4], tuple(r[5]), r[6]) for day, rows in kept.items() for r in rows]
    found: dict[date, list[Weighed]] = {}
    for a, b in _missing_spans({**counts, **kept}, lo, hi):
        by_day: dict[date, list[Weighed]] = {}
        for inc in _relevant_incidents(store, [c], b, floor=a):
            w = weighed(c, inc, case.territories, case.is_state)
            if w is not None and a <= w.day <= b:
                by_day.setdefault(w.day, []).append(w)
        if (b - a).days < MAX_ZERO_DAYS_KEPT:
            # the days of the span with no incident are known too (as nothing); a span of centuries between an
            # odd date and the rest is not written day by day: its empty days are looked at again, at one query
            for k in range((b - a).days + 1):
                by_day.setdefault(a + timedelta(days=k), [])
        found.update(by_day)
    tallies = {day: (sum(1 for w in ws if w.kind == "supporting"), sum(1 for w in ws if w.kind == "contradicting"))
               for day, ws in found.items()}
    if save and found:
        store.ledger.save_day_counts(key, tallies, {day: [[w.id, w.kind, w.why, w.type, w.grade, list(w.groups), w.party]
                                                          for w in ws] for day, ws in found.items() if ws})
    listed += [w for day, ws in found.items() if day >= split for w in ws]
    before = [n for day, n in (*counts.items(), *tallies.items()) if day < split]
    listed.sort(key=lambda w: w.id)  # the order a full read gives
    return listed, (sum(n[0] for n in before), sum(n[1] for n in before))


MAX_ZERO_DAYS_KEPT = 3660  # the longest span of days with no incident whose days are stored as counted


def _missing_spans(known, lo: date, hi: date) -> list[tuple[date, date]]:
    """The runs of days from ``lo`` to ``hi`` not in ``known`` (found from the known days, so that a range of
    centuries costs no more than a range of weeks)."""
    spans: list[tuple[date, date]] = []
    start = lo
    for day in sorted(d for d in known if lo <= d <= hi):
        if day > start:
            spans.append((start, day - timedelta(days=1)))
        start = max(start, day + timedelta(days=1))
    if start <= hi:
        spans.append((start, hi))
    return spans


def affected_commitments(store, case, types: Iterable[str] | None) -> set[str]:
    """The active commitments whose rating may change when incidents of ``types`` change (None: any)."""
    items = _active(store, case)
    if types is None:
        return {c.id for c in items}
    changed = set(types)
    return {c.id for c in items
            if changed & ({*c.action_types, "FINDING"} | {x.type for x in c.contradicted_by})}


def rerate(store, case, types: Iterable[str] | None, at: date | None = None) -> dict[str, int]:
    """Rate again, and store as snapshots at ``at`` (default today), only the commitments whose evidence
    changed: those covering or contradicted by incidents of ``types`` (None: all)."""
    only = affected_commitments(store, case, types)
    if not only:
        return {"rated": 0}
    return {"rated": len(ledger_at(store, case, at, save=True, only=only))}


MAX_HISTORY_POINTS = 1000  # each point rates the commitment over all its evidence
HISTORY_FIRST, HISTORY_LAST = date(1900, 1, 1), date(2199, 12, 31)


def rating_history(store, case, commitment_id: str, step: str = "week", *, since: date | None = None,
                   until: date | None = None) -> list[Rating]:
    """The commitment's rating at every step from ``since`` (default: its date) to ``until`` (default today)."""
    if step not in STEPS:
        raise InputError(f"Unknown step {step!r}.", f"Use one of: {', '.join(STEPS)}.", code=E.UNKNOWN_HISTORY_STEP)
    c = store.ledger.get(commitment_id)
    if c is None:
        raise NotFound(f"No commitment with id {commitment_id!r}.", "See `tangible commitments list`.")
    until = until or date.today()
    if since is None:  # from when it was made; a history that ends before then is the rating at its end
        since = min(c.made_on or until - timedelta(days=365), until)
    if since > until:
        raise InputError(f"The history starts ({since}) after it ends ({until}).", "Swap `since` and `until`.",
                         code=E.HISTORY_RANGE_REVERSED)
    if since < HISTORY_FIRST or until > HISTORY_LAST:  # each point also rates the period before it
        raise InputError(f"A rating history is computed for dates from {HISTORY_FIRST} to {HISTORY_LAST}, not "
                         f"{since} to {until}.", code=E.HISTORY_OUT_OF_RANGE)
    points = (until - since).days // STEPS[step] + 2
    if points > MAX_HISTORY_POINTS:
        raise InputError(f"A history from {since} to {until} by {step} has {points:,} points; at most "
                         f"{MAX_HISTORY_POINTS:,} are computed.", "Use a coarser step or a shorter range.",
                         code=E.HISTORY_OUT_OF_RANGE)
    incidents = _relevant_incidents(store, [c], until)
    days = []
    d = since
    while d <= until:
        days.append(d)
        d += timedelta(days=STEPS[step])
    if days[-1] != until:
        days.append(until)
    standard = case.standard if case is not None else None
    names = case.territories if case is not None else None
    return [rate(c, incidents, d, standard=standard, group_names=_group_names(case), territory_names=names,
                 is_state=case.is_state if case is not None else None)
            for d in days]
