"""Resolve stored mentions into incidents, keeping every human decision (``tangible resolve``).

Two ways, one result. :func:`resolve_all` reads every mention and rewrites every incident.
:func:`resolve_changes` re-resolves only around the documents changed since the last resolution: per
event type, the incidents within a date window around the changed reports are resolved again, and the
result is accepted only when the window's edges (a band as wide as the widest date slack of the type)
come out exactly as the last resolution left them, so nothing outside the window can be affected;
otherwise the window grows, and after a few tries everything is resolved. Disputes and statements are
given to incidents again only where an incident they could concern changed. Both give the same
incidents (``tests/resolve/test_incremental.py`` checks it on the samples and on generated stores).
"""

from __future__ import annotations

import hashlib
import logging
import time
from datetime import date, timedelta
from typing import Callable, Iterable

from tangible.models import ActorRef, Location
from tangible.ontology import ACTION_TYPES, STATEMENT_TYPES, VIOLENCE_TYPES
from tangible.resolve import DocFacts, Evidence, IncidentDraft, ResolveOptions, SourceBook, resolve
from tangible.resolve.cluster import (
    EVENT_TYPES_RESOLVED, SLACK, TYPE_WORDS, _Cluster, _cluster, _draft, _DisputeProbe, _slack, _sort_key,
    best_for_dispute, body, classify, cluster_id, dispute_pool_types, dispute_score,
)
from tangible.resolve.text import content_tokens

log = logging.getLogger(__name__)

RESOLVER_VERSION = "2026-12-03"  # change when resolution rules change: the next run resolves everything
MAX_WINDOW_TRIES = 5  # (the last as wide as the fourth was when every try doubled the band)
EDGE_DAYS = 2  # days around the changed reports first resolved again (before the band)


def resolution_key(case, options: ResolveOptions | None = None) -> str:
    """What recorded resolution output was made with: the resolver, its options and the case file."""
    o = options or ResolveOptions()
    parts = f"{RESOLVER_VERSION}|{getattr(case, 'fingerprint', '')}|{o.threshold}|{o.dispute_threshold}|{o.dispute_after_days}"
    return hashlib.sha256(parts.encode()).hexdigest()[:32]


def load_evidence(store) -> list[Evidence]:
    """Every mention not rejected by a reviewer, with its document's facts."""
    mentions = list(store.mentions.iter_all(exclude_rejected=True))
    wanted = {m.doc_id for m in mentions}
    facts: dict[str, DocFacts] = {}
    for doc in store.documents.iter_all():
        if doc.id in wanted:
            facts[doc.id] = DocFacts.from_document(doc)
    return [Evidence(m, facts.get(m.doc_id) or DocFacts(m.doc_id)) for m in mentions]


def apply_corrections(draft: IncidentDraft, changes: list[dict]) -> None:
    """Replay an analyst's corrections on a freshly resolved incident."""
    for change in changes:
        for key, value in change.items():
            if key in ("source", "target"):
                setattr(draft, key, ActorRef(value.get("id"), value.get("text", "")) if value else None)
            elif key == "location":
                draft.location = Location(**value) if value else None
            elif key == "date":
                draft.date = date.fromisoformat(value) if isinstance(value, str) else value
            elif key in ("type", "acled_subtype", "date_precision", "groups", "quantities"):
                setattr(draft, key, value)


def _book(case, media: dict[str, str] | None) -> SourceBook:
    from tangible.resolve.text import register_wires

    register_wires(getattr(case, "wires", None))  # the case's regional wire services join the international ones
    book = SourceBook.from_case(case)
    for publisher, actor in (media or {}).items():
        book.media[publisher.strip().lower()] = actor
    return book


def _link_rows(drafts: list[IncidentDraft], evidence: Iterable[Evidence]) -> list[tuple]:
    """What resolution produced, one row per mention and incident it went to (and one for each mention
    that went to none)."""
    rows: list[tuple] = []
    linked: set[str] = set()
    for d in drafts:
        for e in d.members:
            rows.append((e.id, e.mention.doc_id, e.mention.type, e.day, d.id, "member"))
            linked.add(e.id)
        for e in d.attached:
            rows.append((e.id, e.mention.doc_id, e.mention.type, e.day, d.id,
                         "dispute" if e.id in d.dispute_ids else "attached"))
            linked.add(e.id)
    for e in evidence:
        if e.id not in linked and e.mention.type in EVENT_TYPES_RESOLVED:
            rows.append((e.id, e.mention.doc_id, e.mention.type, e.day, None, None))
    return rows


def resolve_all(store, case, *, options: ResolveOptions | None = None, media: dict[str, str] | None = None,
                progress: Callable[[int], None] | None = None) -> dict:
    """Re-resolve every stored mention; pinned merges and splits and reviewed incidents survive.

    ``media`` adds publisher affiliations ({publisher: actor id}) to those of the case (the output is then
    not recorded for incremental runs: the next run resolves everything again).
    """
    t0 = time.perf_counter()
    generation, _ = store.pipeline.generations()  # read first: a change made meanwhile is resolved next time
    upto, _docs = store.pipeline.queued()
    book = _book(case, media)
    evidence = load_evidence(store)
    seeds = store.incidents.seeds()
    result = resolve(evidence, case=case, seeds=seeds, options=options, book=book, progress=progress)
    corrections = store.incidents.reviews.incident_corrections()
    for draft in result.incidents:
        if draft.id in corrections:
            apply_corrections(draft, corrections[draft.id])
    written = store.incidents.replace_all([d.record() for d in result.incidents])
    key = resolution_key(case, options) if not media else "media"
    store.pipeline.record_all(_link_rows(result.incidents, evidence), key, upto)
    from tangible.services.ledger import sync_commitments

    commitments = sync_commitments(store, case)
    store.pipeline.mark_resolved(generation)  # last: a run killed before this point is resolved again
    summary = {
        **result.summary,
        "removed": written["removed"],
        "human_incidents": len(seeds),
        "unattached_statements": len(result.unattached),
        "commitments": commitments,
        "seconds": round(time.perf_counter() - t0, 2),
        "scope": "all",
    }
    log.info("resolved %s", summary)
    return summary


class _Fallback(Exception):
    """The change cannot be resolved incrementally: resolve everything."""


def resolve_changes(store, case, *, options: ResolveOptions | None = None,
                    progress: Callable[[int], None] | None = None) -> dict:
    """Bring the incidents up to date with the mentions, re-resolving only around the documents changed since
    the last resolution when its recorded output allows it (else everything, as :func:`resolve_all`)."""
    options = options or ResolveOptions()
    if store.pipeline.resolved_key() != resolution_key(case, options):
        return resolve_all(store, case, options=options, progress=progress)
    upto, docs = store.pipeline.queued()
    generation, resolved = store.pipeline.generations()
    if not docs:
        if generation != resolved:
            return resolve_all(store, case, options=options, progress=progress)
        return {"incidents": 0, "scope": "nothing"}
    t0 = time.perf_counter()
    try:
        figures = _Incremental(store, case, options, docs).run(upto)
    except _Fallback as why:
        log.info("resolving everything: %s", why)
        return resolve_all(store, case, options=options, progress=progress)
    from tangible.services.ledger import sync_commitments

    figures["commitments"] = sync_commitments(store, case, changed=figures.pop("changed_ids"))
    figures["types"] = figures.pop("changed_types")
    store.pipeline.mark_resolved(generation)
    figures["seconds"] = round(time.perf_counter() - t0, 3)
    figures["scope"] = "changes"
    log.info("resolved %s", figures)
    return figures


class _Incremental:
    """One incremental resolution: the state it reads, restores and writes."""

    def __init__(self, store, case, options: ResolveOptions, docs: list[str]):
        self.store = store
        self.case = case
        self.options = options
        self.docs = docs
        self.queued = set(docs)
        self.book = _book(case, None)
        self.facts: dict[str, DocFacts] = {}
        self.evidence: dict[str, Evidence | None] = {}
        self.restored: dict[str, _Cluster] = {}  # unchanged incidents rebuilt from their recorded members
        self.restored_id: dict[int, str] = {}
        self.unrestorable: set[str] = set()  # incidents with no member left to restore them from
        self._seed_links: list[tuple] | None = None
        self._incident_links: dict[str, list[tuple]] = {}
        self.types: dict[str, str] = {}  # incident id -> type
        self.slack: dict[str, int] = {}

    # --- reading ---------------------------------------------------------------------------
    def _load(self, ids: Iterable[str]) -> None:
        want = [i for i in dict.fromkeys(ids) if i not in self.evidence]
        if not want:
            return
        found = self.store.mentions.by_ids(want, exclude_rejected=True)
        docs = [m.doc_id for m in found if m.doc_id not in self.facts]
        for doc_id, publisher, url, published, copies in self.store.documents.publication_facts(docs):
            self.facts[doc_id] = DocFacts(doc_id, publisher, url, published, copies=tuple(copies))
        for i in want:
            self.evidence[i] = None
        for m in found:
            self.evidence[m.id] = Evidence(m, self.facts.get(m.doc_id) or DocFacts(m.doc_id))

    def ev(self, ids: Iterable[str]) -> list[Evidence]:
        ids = list(ids)
        self._load(ids)
        return [e for e in (self.evidence[i] for i in ids) if e is not None]

    def type_slack(self, type_: str) -> int:
        """The widest date slack of any report of ``type_`` (a report this far apart may join an incident)."""
        if type_ not in self.slack:
            widest = max(v for k, v in SLACK.items() if k != "year")
            self.slack[type_] = SLACK["year"] if self.store.mentions.has_precision(type_, "year") else widest
        return self.slack[type_]

    def incident_types(self, ids: Iterable[str]) -> dict[str, str]:
        want = [i for i in ids if i not in self.types]
        if want:
            self.types.update(self.store.incidents.types_of(want))
        return {i: self.types[i] for i in ids if i in self.types}

    # --- the run ---------------------------------------------------------------------------
    def run(self, upto: int) -> dict:
        store = self.store
        self.seeds = store.incidents.seeds()
        self.seed_ids = {s.id for s in self.seeds}
        self.pinned = {i for s in self.seeds for i in s.mention_ids}
        old_doc_rows = store.pipeline.links_of_documents(self.docs)
        current = [m for m in store.mentions.of_documents(self.docs, exclude_rejected=True)
                   if m.type in EVENT_TYPES_RESOLVED]
        if self.pinned & ({m.id for m in current} | {r[0] for r in old_doc_rows}):
            raise _Fallback("a changed document has mentions an analyst placed")
        self._load(m.id for m in current)
        new_ev = [self.evidence[m.id] for m in current]
        if any(e is None or e.day is None for e in new_ev) or any(r[3] is None for r in old_doc_rows):
            raise _Fallback("an undated report")
        self.new_ev: list[Evidence] = [e for e in new_ev if e is not None]
        self.new_ids = {e.id for e in self.new_ev}
        self.old_doc_rows = old_doc_rows
        seed_types = self.incident_types(self.seed_ids)
        self.seed_type = seed_types
        self.seed_order = {s.id: k for k, s in enumerate(self.seeds)}

        # 1. clusters, type by type, around the changed reports
        points: dict[str, list[date]] = {}
        for r in old_doc_rows:
            if r[5] == "member" and r[3] is not None:
                points.setdefault(r[2], []).append(r[3])
        asserted, disputes, others = classify(self.new_ev)
        for e in asserted:
            points.setdefault(e.mention.type, []).append(e.day)
        self.changed_old: set[str] = set()
        self.changed_new: list[_Cluster] = []
        # a report with no day may join any incident of its type, whatever its date: a change to a type that has
        # one is resolved in full (the other types, whose incidents it cannot join, are resolved around the change)
        if set(points) & store.pipeline.undated_types():
            raise _Fallback("a change to a type with an undated report")
        for type_ in sorted(points):
            self._recluster(type_, points[type_])
        self.new_id = {id(c): cluster_id(c) for c in self.changed_new}

        # 2. disputes and statements, where an incident they could concern changed
        choice = self._redispute(disputes)
        attached = self._restatement(choice, others)

        # 3. drafts of every changed incident, written in one transaction
        drafts, redrafted = self._drafts(choice, attached)
        remove = self.changed_old | redrafted
        written = store.incidents.replace_some(remove, [d.record() for d in drafts])
        rows, mention_ids = self._link_rows(drafts, remove, choice, attached)
        store.pipeline.record_some(mention_ids, rows, upto)
        types = set(self.incident_types(remove).values()) | {d.type for d in drafts}
        return {"documents": len(self.docs), "incidents": written["incidents"], "removed": written["removed"],
                "mentions_reread": sum(1 for e in self.evidence.values() if e is not None),
                "changed_ids": sorted(remove | {d.id for d in drafts}), "changed_types": sorted(types)}

    # --- clustering ---------------------------------------------------------------------------
    def _recluster(self, type_: str, days: list[date]) -> None:
        store = self.store
        slack = self.type_slack(type_)
        # the window: the changed days and a little around them, then a band as wide as the type's slack whose
        # incidents must come out as they were; a change that reaches the band widens the window
        lo, hi = min(days) - timedelta(days=EDGE_DAYS), max(days) + timedelta(days=EDGE_DAYS)
        seeds = [s for s in self.seeds if self.seed_type.get(s.id) == type_]
        for attempt in range(MAX_WINDOW_TRIES):
            band = timedelta(days=slack)
            rows = store.pipeline.links_in_window([type_], lo - band, hi + band, role="member")
            incidents = {r[4] for r in rows} | {s.id for s in seeds}
            members, day_of, blocked = self._complete(type_, incidents)
            old_sets = {inc: frozenset(ids) for inc, ids in members.items() if self.types.get(inc) == type_}
            ids = {i for ids in old_sets.values() for i in ids if i not in self.new_ids} - {
                r[0] for r in self.old_doc_rows}
            evidence = self.ev(sorted(ids)) + [e for e in self.new_ev if e.mention.type == type_
                                               and e.mention.modality == "asserted"]
            # the analysts' incidents keep their pinned reports of any type
            seed_asserted, _d, _o = classify(self.ev(sorted(i for s in seeds for i in s.mention_ids)))
            evidence += [e for e in seed_asserted if e.id not in ids]
            evidence = list({e.id: e for e in evidence}.values())
            clusters = [c for c in _cluster(evidence, seeds, self.options, blocked) if c.members]
            new_sets = {frozenset(e.id for e in c.members): c for c in clusters}
            old_by_set = {s: inc for inc, s in old_sets.items()}

            def inside(d: date | None) -> bool:
                return d is not None and lo <= d <= hi

            moved_new = [c for s, c in new_sets.items()
                         if s not in old_by_set and not all(inside(e.day) for e in c.members)]
            moved_old = [s for s in old_sets.values() if s not in new_sets and not all(inside(day_of.get(i)) for i in s)]
            if not moved_new and not moved_old:
                break
            # the change reaches the window's edge: first look as wide as the incidents that came out otherwise
            # there (most often the changed incident itself, whose reports span more days than the change),
            # then wider by twice the band each time
            days_out = [e.day for c in moved_new for e in c.members] + [day_of.get(i) for s in moved_old for i in s]
            dated = [d for d in days_out if d is not None]
            lo, hi = min([lo, *dated]), max([hi, *dated])
            if attempt > 0 or len(dated) < len(days_out):
                lo, hi = lo - 2 * band, hi + 2 * band
        else:
            raise _Fallback(f"a change to {type_} reaches beyond {MAX_WINDOW_TRIES} windows")
        forced = {r[4] for r in self.old_doc_rows if r[5] == "member" and r[4]}
        for s, inc in old_by_set.items():
            if s not in new_sets or inc in forced:
                self.changed_old.add(inc)
        for s, c in new_sets.items():
            inc = old_by_set.get(s)
            if inc is None or inc in forced or any(e.mention.doc_id in self.queued for e in c.members):
                self.changed_new.append(c)
            else:
                self.restored[inc] = c
                self.restored_id[id(c)] = inc

    def _complete(self, type_: str, incidents: set[str]) -> tuple[dict[str, set[str]], dict[str, date | None], frozenset]:
        """The recorded members of ``incidents`` and of every incident that shares a document event with them
        (those reports are kept together), their days, and the document events another type claims first."""
        store = self.store
        members: dict[str, set[str]] = {}
        day_of: dict[str, date | None] = {}
        pending = set(incidents)
        blocked: set[tuple[str, str]] = set()
        seen_docs: set[str] = set()
        while pending:
            self.incident_types(pending)
            for m, _doc, _t, day, inc, role in self.incident_links(sorted(pending)):
                if role == "member":
                    members.setdefault(inc, set()).add(m)
                    day_of[m] = day
            for inc in pending:
                members.setdefault(inc, set())
            pending = set()
            # the reports of one document event stay together: bring in the incidents of their other reports
            ids = [i for inc, s in members.items() if self.types.get(inc) == type_ for i in s]
            evs = self.ev(ids) + [e for e in self.new_ev if e.mention.type == type_]
            docs = {e.mention.doc_id for e in evs if e.mention.event} - seen_docs
            if not docs:
                break
            seen_docs |= docs
            keys = {(e.mention.doc_id, e.mention.event) for e in evs if e.mention.event}
            mates = [(m, doc, event, t) for m, doc, event, t, modality
                     in store.mentions.event_keys(sorted(docs), exclude_rejected=True)
                     if (doc, event) in keys and modality == "asserted" and t in EVENT_TYPES_RESOLVED
                     and m not in self.pinned]
            for _m, doc, event, t in mates:
                if t < type_:
                    blocked.add((doc, event))
            placed = set().union(*members.values())
            want = [m for m, doc, _e, t in mates if t == type_ and doc not in self.queued and m not in placed]
            for m, _doc, _t, _day, inc, role in store.pipeline.links_of_mentions(want):
                if role == "member" and inc not in members:
                    pending.add(inc)
        # events the analysts' incidents of other types claim first
        claimed: dict[tuple[str, str], str] = {}
        for s in self.seeds:
            for e in sorted(self.ev(s.mention_ids), key=_sort_key):
                if e.mention.event and e.mention.modality == "asserted":
                    claimed.setdefault((e.mention.doc_id, e.mention.event), self.seed_type.get(s.id, ""))
        blocked |= {k for k, t in claimed.items() if t != type_}
        return members, day_of, frozenset(blocked)

    # --- restoring unchanged incidents ------------------------------------------------------
    def restore(self, inc: str) -> _Cluster | None:
        """An unchanged incident as the last resolution left it, rebuilt from its recorded members."""
        if inc not in self.restored:
            self.restore_many([inc])
        return self.restored.get(inc)

    def restore_many(self, incs: Iterable[str]) -> None:
        """:meth:`restore` for several incidents, their members read in a few batched queries."""
        want = sorted({i for i in incs if i not in self.restored and i not in self.unrestorable})
        if not want:
            return
        members: dict[str, list[str]] = {i: [] for i in want}
        for m, _d, _t, _day, inc, role in self.incident_links(want):
            if role == "member" and inc in members:
                members[inc].append(m)
        self._load(m for ids in members.values() for m in ids)
        for inc in want:
            if self._rebuild(inc, sorted(members[inc])) is None:
                self.unrestorable.add(inc)

    def _rebuild(self, inc: str, ids: list[str]) -> _Cluster | None:
        evidence = sorted(self.ev(ids), key=_sort_key)
        if not evidence:
            return None
        seed = next((s for s in self.seeds if s.id == inc), None)
        if seed is not None:
            pinned = [e for e in evidence if e.id in seed.mention_ids]
            evidence = pinned + [e for e in evidence if e.id not in seed.mention_ids]
        c = _Cluster(evidence[0].mention.type, seed)
        for e in evidence:
            c.add(e, content_tokens(body(e.mention.sentence)))
        self.restored[inc] = c
        self.restored_id[id(c)] = inc
        self.types.setdefault(inc, c.type)
        return c

    def incident_links(self, incs: list[str]) -> list[tuple]:
        """The recorded rows of these incidents, each incident's read once a run (nothing is recorded before
        the end of the run; a window that grows asks again for most of the incidents it had)."""
        known = self._incident_links
        want = [i for i in dict.fromkeys(incs) if i not in known]
        for i in want:
            known[i] = []
        for r in self.store.pipeline.links_of_incidents(want) if want else ():
            known[r[4]].append(r)
        return [r for i in dict.fromkeys(incs) for r in known[i]]

    def seed_links(self) -> list[tuple]:
        """The recorded rows of the analysts' incidents (read once)."""
        if self._seed_links is None:
            self._seed_links = self.store.pipeline.links_of_incidents(sorted(self.seed_ids))
        return self._seed_links

    def ident(self, c: _Cluster) -> str:
        return self.new_id.get(id(c)) or self.restored_id[id(c)]

    def _not_deny(self, mention_id: str) -> bool:
        e = self.ev([mention_id])
        return not e or e[0].mention.type != "DENY"

    def pool_key(self, c: _Cluster):
        """A cluster's place in a dispute pool: type, then the analysts' incidents in their order, then by
        the first report (the order in which a full resolution creates them)."""
        if c.seed is not None:
            return (c.type, 0, self.seed_order[c.seed.id], ())
        return (c.type, 1, 0, _sort_key(c.members[0]))

    # --- disputes ---------------------------------------------------------------------------
    def _redispute(self, new_disputes: list[Evidence]) -> dict[str, str | None]:
        """Every dispute whose incident may have changed, given again: mention id -> incident id (None: none)."""
        store = self.store
        windows: dict[str, list[tuple[date, date]]] = {}  # dispute type -> day ranges to look again in
        for c in self.changed_new:
            pre = timedelta(days=_slack(c.precision))
            for t in _disputing_types(c.type):
                windows.setdefault(t, []).append((c.day - pre, c.day + timedelta(days=self.options.dispute_after_days)))
        old_members = self.incident_links(sorted(self.changed_old))
        by_inc: dict[str, list[date]] = {}
        for _m, _d, _t, day, inc, role in old_members:
            if role == "member" and day is not None:
                by_inc.setdefault(inc, []).append(day)
        for inc, days in by_inc.items():
            t_inc = self.types.get(inc) or ""
            pre = timedelta(days=self.type_slack(t_inc) if t_inc else SLACK["year"])
            for t in _disputing_types(t_inc):
                windows.setdefault(t, []).append((min(days) - pre,
                                                  max(days) + timedelta(days=self.options.dispute_after_days)))
        rows: list[tuple] = []
        for t, spans in windows.items():
            for a, b in _merge(spans):
                # the members of incidents other than denials are asserted reports, never disputes: not read
                rows.extend(store.pipeline.links_in_window([t], a, b, not_role=None if t == "DENY" else "member"))
        rows.extend(r for r in old_members if r[5] == "dispute")
        old_choice: dict[str, str | None] = {}
        for m, _d, _t, _day, inc, role in rows:
            old_choice.setdefault(m, None)
            if role == "dispute":
                old_choice[m] = inc
        for m, _d, _t, _day, inc, role in store.pipeline.links_of_mentions(sorted(old_choice)):
            if role == "dispute":
                old_choice[m] = inc
        candidates = [e for e in self.ev(sorted(m for m in old_choice if m not in self.new_ids))
                      if e.mention.doc_id not in self.queued]
        _asserted, disputes, _others = classify(candidates)
        choice: dict[str, str | None] = {}
        changed_pool: dict[str, list[_Cluster]] = {}
        for c in self.changed_new:
            changed_pool.setdefault(c.type, []).append(c)
        # a dispute whose incident is unchanged is weighed again only against the changed incidents it could
        # concern (those it cannot are left out: leaving out incidents never changes the choice); when there
        # are none, the incident it was given stays the best of those left and is not read
        todo: list[tuple[Evidence, _DisputeProbe, tuple[str, ...], list[_Cluster] | None]] = []
        for e in sorted([*disputes, *new_disputes], key=lambda e: e.id):
            if e.id in self.pinned and e.mention.type != "DENY":
                continue  # stays where the analyst put it
            if e.day is None:
                choice[e.id] = None
                continue
            probe = _DisputeProbe(e)
            pool = dispute_pool_types(e.mention.type)
            if e.mention.type == "DENY":  # a denial concerns only the kinds of event its words name
                pool = tuple(t for t in pool if TYPE_WORDS.get(t) is not None and TYPE_WORDS[t].search(probe.words))
            before = old_choice.get(e.id)
            if e.id in self.new_ids or (before is not None and before in self.changed_old):
                todo.append((e, probe, pool, None))
                continue
            viable = [c for t in pool for c in changed_pool.get(t, [])
                      if dispute_score(probe, c, self.options) is not None]
            if viable:
                todo.append((e, probe, pool, viable))
            else:
                choice[e.id] = before
        self.restore_many(old_choice[e.id] for e, _p, _t, viable in todo
                          if viable is not None and old_choice.get(e.id) is not None)
        for e, probe, pool, viable in todo:
            before = old_choice.get(e.id)
            if viable is None:
                found = self._window(pool, e.day - timedelta(days=self.options.dispute_after_days),
                                     e.day + timedelta(days=max(self.type_slack(t) for t in pool))) if pool else []
            else:
                kept = self.restore(before) if before is not None else None
                found = ([kept] if kept is not None else []) + viable
            found.sort(key=self.pool_key)
            best = best_for_dispute(probe, found, self.options)
            choice[e.id] = self.ident(best) if best is not None else None
        self.old_choice = old_choice
        return choice

    def _window(self, types: Iterable[str], lo: date, hi: date) -> list[_Cluster]:
        """Every incident of ``types`` dated from ``lo`` to ``hi``: the changed ones and the others restored."""
        out: list[_Cluster] = []
        types = tuple(types)
        # an incident's day is one of its members' days, and the members of a machine incident are of its type:
        # the incidents dated in the window are those with a member there
        rows = self.store.pipeline.links_in_window(types, lo, hi, role="member")
        found_ids = {r[4] for r in rows}
        if self.seed_ids:  # an analyst's incident may hold reports of other types: found by any member of ``types``
            widest = timedelta(days=max(self.type_slack(t) for t in types))
            found_ids |= {r[4] for r in self.seed_links() if r[4] in self.seed_ids and r[5] == "member"
                          and r[2] in types and r[3] is not None and lo - widest <= r[3] <= hi + widest}
        found = sorted(found_ids - self.changed_old)
        self.restore_many(found)
        for inc in found:
            c = self.restore(inc)
            if c is not None and c.type in types and c.day is not None and lo <= c.day <= hi:
                out.append(c)
        out.extend(c for c in self.changed_new if c.type in types)
        return out

    # --- statements ---------------------------------------------------------------------------
    def _restatement(self, choice: dict[str, str | None], new_others: list[Evidence]) -> dict[str, str | None]:
        """Demands, promises and disputes no incident took, given again to a statement of their document
        wherever that document's statements or such reports changed: mention id -> incident id."""
        store = self.store
        docs = set(self.queued)
        for c in self.changed_new:
            if c.type in STATEMENT_TYPES:
                docs.update(e.mention.doc_id for e in c.members)
        changed_types = self.incident_types(self.changed_old)
        for _m, doc, _t, _day, inc, role in self.incident_links(sorted(self.changed_old)):
            if role == "member" and changed_types.get(inc) in STATEMENT_TYPES:
                docs.add(doc)
        for m, new in choice.items():
            if (new is None) != (self.old_choice.get(m) is None) or m in self.new_ids:
                e = self.evidence.get(m)
                if e is not None:
                    docs.add(e.mention.doc_id)
        rows = store.pipeline.links_of_documents(sorted(docs))
        statement_of: dict[str, list[tuple[Evidence, str]]] = {}
        changed_new_ids = {e.id for c in self.changed_new for e in c.members}
        for c in self.changed_new:
            if c.type in STATEMENT_TYPES:
                for e in c.members:
                    if e.mention.doc_id in docs:
                        statement_of.setdefault(e.mention.doc_id, []).append((e, self.ident(c)))
        kept = [(m, inc) for m, doc, _t, _day, inc, role in rows
                if role == "member" and inc not in self.changed_old and m not in changed_new_ids
                and doc not in self.queued]
        types = self.incident_types({inc for _m, inc in kept})
        kept = [(m, inc) for m, inc in kept if types.get(inc) in STATEMENT_TYPES]
        by_id = {e.id: e for e in self.ev(m for m, _ in kept)}
        for m, inc in kept:
            if m in by_id:
                statement_of.setdefault(by_id[m].mention.doc_id, []).append((by_id[m], inc))
        # what is given: the other reports of these documents, and their disputes no incident took
        current = [e for e in self.ev(sorted({r[0] for r in rows if r[1] not in self.queued}))]
        _a, disputes, others = classify(current)
        _a, new_disputes, _o = classify(self.new_ev)
        out: dict[str, str | None] = {}
        items = []
        for e in [*disputes, *new_disputes]:
            if e.mention.type == "DENY" or e.id in self.pinned:
                continue
            taken = choice[e.id] if e.id in choice else self.old_choice.get(e.id, _old_dispute(rows, e.id))
            if taken is None:
                items.append(e)
            else:
                out[e.id] = None  # an incident took it: it joins no statement
        items += [e for e in others if e.id not in self.pinned]
        items += [e for e in new_others if e.id not in self.pinned]
        for e in items:
            options = statement_of.get(e.mention.doc_id)
            if not options:
                out[e.id] = None
                continue
            s0, s1 = e.mention.char_span

            def distance(pair: tuple[Evidence, str]) -> tuple[int, str]:
                a0, a1 = pair[0].mention.char_span
                return (0 if a0 < s1 and s0 < a1 else min(abs(a0 - s1), abs(s0 - a1)), pair[0].id)

            out[e.id] = min(options, key=distance)[1]
        self.old_attached = {r[0]: r[4] for r in rows if r[5] == "attached"}
        return out

    # --- drafts -------------------------------------------------------------------------------
    def _drafts(self, choice: dict[str, str | None], attached: dict[str, str | None]) -> tuple[list[IncidentDraft], set[str]]:
        store = self.store
        old_attached = dict(self.old_attached)
        for m, _d, _t, _day, inc, role in store.pipeline.links_of_mentions(sorted(attached)):
            if role == "attached":
                old_attached[m] = inc
        touched = {r[4] for r in self.old_doc_rows if r[4]}
        for given, before in ((choice, self.old_choice), (attached, old_attached)):
            for m, inc in given.items():  # an incident that gains or loses a report is drafted again
                if inc != before.get(m) or m in self.new_ids:
                    touched |= {x for x in (inc, before.get(m)) if x}
        new_ids = {self.ident(c) for c in self.changed_new}
        self.restore_many(touched - new_ids - self.changed_old)
        redraft = sorted(i for i in touched - new_ids - self.changed_old if self.restore(i) is not None)
        clusters = [*self.changed_new, *(self.restored[i] for i in redraft)]
        ids = {self.ident(c) for c in clusters}
        # the disputes and attached reports each keeps, and those given to it now
        recorded = store.pipeline.links_of_incidents(sorted(ids))
        disputes: dict[str, set[str]] = {i: set() for i in ids}
        extra: dict[str, set[str]] = {i: set() for i in ids}
        for m, doc, _t, _day, inc, role in recorded:
            if inc in ids and doc not in self.queued and not (m in self.pinned and self._not_deny(m)):
                if role == "dispute" and m not in choice:
                    disputes[inc].add(m)
                elif role == "attached" and m not in attached:
                    extra[inc].add(m)
        for m, inc in choice.items():
            if inc in ids:
                disputes[inc].add(m)
        for m, inc in attached.items():
            if inc in ids:
                extra[inc].add(m)
        full = {d.id: DocFacts.from_document(d) for d in store.documents.by_ids(
            {e.mention.doc_id for c in clusters for e in c.members}
            | {self.evidence[m].mention.doc_id for i in ids for m in (*disputes[i], *extra[i]) if self.evidence.get(m)})}
        corrections = store.incidents.reviews.incident_corrections()

        def full_ev(e: Evidence) -> Evidence:
            return Evidence(e.mention, full.get(e.mention.doc_id) or e.doc)

        drafts = []
        for c in clusters:
            inc = self.ident(c)
            c.members = [full_ev(e) for e in c.members]
            seed_pinned = c.seed.mention_ids if c.seed else []
            pinned_ev = self.ev(sorted(seed_pinned))
            _a, pd, po = classify(pinned_ev)
            c.disputes = [full_ev(e) for e in pd if e.mention.type != "DENY"] + [
                full_ev(e) for e in self.ev(sorted(disputes[inc]))]
            c.attached = [full_ev(e) for e in po] + [full_ev(e) for e in self.ev(sorted(extra[inc]))]
            draft = _draft(c, self.book)
            if draft.id in corrections:
                apply_corrections(draft, corrections[draft.id])
            drafts.append(draft)
        return drafts, set(redraft)

    def _link_rows(self, drafts: list[IncidentDraft], removed: set[str], choice: dict[str, str | None],
                   attached: dict[str, str | None]) -> tuple[list[tuple], set[str]]:
        """The recorded rows to replace: those of every mention whose place may have changed."""
        store = self.store
        written = {d.id for d in drafts} | removed
        mention_ids = {r[0] for r in self.old_doc_rows} | self.new_ids | set(choice) | set(attached)
        mention_ids |= {m for d in drafts for m in d.mention_ids}
        mention_ids |= {r[0] for r in store.pipeline.links_of_incidents(sorted(removed))}
        old = store.pipeline.links_of_mentions(sorted(mention_ids))
        rows = [r for r in _link_rows(drafts, [])]
        linked = {r[0] for r in rows}
        for m, doc, t, day, inc, role in old:
            if inc is None or inc in written or doc in self.queued:
                continue
            if (role == "dispute" and m in choice and choice[m] != inc) or (
                    role == "attached" and m in attached and attached[m] != inc):
                continue  # given to another incident now
            rows.append((m, doc, t, day, inc, role))
            linked.add(m)
        for m in sorted(mention_ids - linked):
            e = self.evidence.get(m) if m in self.evidence else (self.ev([m]) or [None])[0]
            if e is not None and e.mention.type in EVENT_TYPES_RESOLVED:
                rows.append((m, e.mention.doc_id, e.mention.type, e.day, None, None))
        return rows, mention_ids


def _old_dispute(rows: list[tuple], mention_id: str) -> str | None:
    return next((r[4] for r in rows if r[0] == mention_id and r[5] == "dispute"), None)


def _disputing_types(incident_type: str) -> tuple[str, ...]:
    """The types of the disputes that may concern an incident of ``incident_type``."""
    if incident_type in ACTION_TYPES or incident_type in VIOLENCE_TYPES:
        return (incident_type, "DENY")
    return (incident_type,) if incident_type not in STATEMENT_TYPES else ()


def _merge(spans: list[tuple[date, date]]) -> list[tuple[date, date]]:
    out: list[tuple[date, date]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


__all__ = ["resolve_all", "resolve_changes", "resolution_key", "load_evidence", "apply_corrections"]
