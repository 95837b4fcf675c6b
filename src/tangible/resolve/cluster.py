"""Cluster asserted mentions into incidents.

One pass over mentions sorted by (type, date, id), the reports of one document event by the date of its best-dated
report (and looked for by its best-dated reports only). Each mention joins the best compatible
incident already open, or starts a new one. Candidates come from an index keyed by
(type, day) and then province, so the work per mention stays small however large the store is.

A mention is *compatible* with an incident when (hard rules; any one failing keeps them apart):
- the type is the same;
- the dates are within the slack of the coarser precision (day ±1, week ±7, month ±31; an undated
  mention uses its publication date, ±3 days, and a step or attack it tells of its group may lie up to 7 days
  before that date; an undated reaction to a step named as known, "China appreciates the Afghan side's relocation
  of ETIM personnel", may join a step up to 60 days before it; an undated deed named as known at its very place,
  "the attack on the Bannu cantonment", may join one told there up to 31 days before; a report that retells a deed
  as done some time before, "had earlier relocated", has no day of its own);
- the places agree: same country, same province, and not two different places of the same
  precision (two towns), unless either report names the other's place;
- known actors agree (source and target ids), and the armed groups overlap when both name some.

Among compatible incidents, the score is
``0.5·wording + 0.2·same day + 0.2·same place + 0.1·shared group + 0.1·same acting party``
(+0.3 for an undated sentence of an article already in the incident, +0.2 for a reaction to a step of the
incident's group, +0.2 for a deed named as known at the incident's place), where *wording* is the
share of content words in common (over the smaller set). A sentence that names the incident's
place is compatible with it even when the extractor placed it elsewhere. A mention joins the best incident scoring at least ``threshold``.

Human decisions come in as *seeds*: incidents whose pinned mentions are fixed. Seeds are never
merged with each other; machine mentions may join them like any other incident, unless the
analyst rejected the incident.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable, Iterable

from tangible.case import CaseFile
from tangible.models import ActorRef, Location, Mention, Origin, Seed
from tangible.nlp.dateline import find_dateline
from tangible.ontology import ACTION_TYPES, STATEMENT_TYPES, VIOLENCE_TYPES
from tangible.resolve.grade import conservative_quantities, grade, mode
from tangible.resolve.places import NEAR_KM, coords, km
from tangible.resolve.records import Evidence, IncidentDraft
from tangible.resolve.sources import SourceBook
from tangible.resolve.text import content_tokens
from tangible.resolve.wording import contradicts, named_as_known, reacts_to

SLACK = {"day": 1, "week": 7, "month": 31, "year": 366, None: 3}
REACTION_DAYS = 60  # how long before an undated reaction ("China appreciates the relocation") its step may lie
# how long before its publication a report that gives no day may tell of a deed ("The Taliban have begun relocating
# TTP families", filed on the 16th, of a relocation another outlet dates to the 12th), when it names the deed's group;
# a statement is of its own day
UNDATED_BEFORE_DAYS = 7
# how long before its publication a deed a report names as one known, with no day ("The deadliest attacks were the
# suicide assault on a checkpost in Bajaur and the attack on the Bannu cantonment"), may have been told at its place
RETOLD_DAYS = 31
PLACE_BONUS = 0.3  # added to a dispute's wording overlap when it concerns the incident's place
_PLACE_RANK = {"point": 0, "village": 0, "town": 1, "city": 1, "admin2": 2, "admin1": 3, "country": 4, "region": 5, None: 6}
_DATE_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, None: 4}
EVENT_TYPES_RESOLVED = (*ACTION_TYPES, *VIOLENCE_TYPES, *STATEMENT_TYPES)
_NEVER = re.compile(r"(?!x)x")
# the harm an attack's reports count, which no denial undoes
_HARM_FIGURES = frozenset({"killed", "wounded", "forces_killed"})
# Words a denial must use to concern an event of each type ("denied any arrests had taken place").
TYPE_WORDS = {
    t: re.compile(r"\b(" + w + r")", re.I)
    for t, w in {
        "ARREST": r"arrest|detain|detention|custody|captur|apprehend|held\b|round(ed)? up",
        "OPERATION": r"raid|operation|strike|airstrike|kill|clearance|offensive",
        "FINANCE": r"account|fund|financ|freez|froze|hawala|money|bank",
        "DISMANTLE": r"camp|hideout|training|seiz|destroy|dismantl|weapons|explosive",
        "RESTRICT": r"relocat|ban\b|banned|disarm|restrict|expel|moved|movement",
        "EXTRADITE": r"hand(ed)? over|handover|extradit|transfer|deport",
        "ATTACK": r"attack|bomb|blast|ambush|assault|responsib|kill",
    }.items()
}


@dataclass(slots=True)
class ResolveOptions:
    threshold: float = 0.35
    dispute_threshold: float = 0.2  # wording overlap a denial needs with the incident
    dispute_after_days: int = 21  # a denial may come this long after the event


@dataclass(slots=True)
class ResolutionResult:
    incidents: list[IncidentDraft]
    unattached: list[str] = field(default_factory=list)  # non-asserted mentions with no statement to join

    @property
    def summary(self) -> dict[str, Any]:
        grades: dict[str, int] = {}
        for inc in self.incidents:
            grades[inc.grade] = grades.get(inc.grade, 0) + 1
        return {
            "incidents": len(self.incidents),
            "mentions": sum(len(i.members) for i in self.incidents),
            "attached": sum(len(i.attached) for i in self.incidents),
            "grades": dict(sorted(grades.items())),
        }


class _Cluster:
    __slots__ = ("id", "type", "members", "day", "precision", "country", "admin1", "place", "place_rank", "coords",
                 "sources", "targets", "groups", "tokens", "seed", "closed", "attached", "disputes", "place_words",
                 "_texts", "told_with")

    def __init__(self, type_: str, seed: Seed | None = None):
        self.id = seed.id if seed else ""
        self.type = type_
        self.members: list[Evidence] = []
        self.day: date | None = None
        self.precision: str | None = None
        self.country: str | None = None
        self.admin1: str | None = None
        self.place: str | None = None
        self.place_rank = _PLACE_RANK[None]
        self.coords: tuple[float, float] | None = None
        self.sources: set[str] = set()
        self.targets: set[str] = set()
        self.groups: set[str] = set()
        self.tokens: set[str] = set()
        self.seed = seed
        self.closed = bool(seed and seed.review_status == "rejected")
        self.attached: list[Evidence] = []
        self.disputes: list[Evidence] = []
        self.place_words: tuple[re.Pattern[str], ...] = ()  # the place and province as whole words
        self._texts: tuple[int, int, list[str], dict[str, bool]] | None = None  # see member_names
        # the other reports of its members' document events, not yet placed ("a checkpost in Bajaur's Salarzai
        # tehsil", the lead of a report whose claim sentence was placed first)
        self.told_with: list[str] = []

    def member_names(self, pattern: re.Pattern[str]) -> bool:
        """Whether a member's sentence (its lower-cased body) has ``pattern``: kept until the members change
        (a dispute is compared with many incidents, and each incident with many disputes)."""
        key = (id(self.members), len(self.members) + len(self.told_with))
        if self._texts is None or self._texts[:2] != key:
            self._texts = (*key, [body(x.mention.sentence).lower() for x in self.members] +
                           [t.lower() for t in self.told_with], {})
        found = self._texts[3]
        hit = found.get(pattern.pattern)
        if hit is None:
            hit = found[pattern.pattern] = any(pattern.search(t) for t in self._texts[2])
        return hit

    def add(self, e: Evidence, tokens: frozenset[str]) -> None:
        m = e.mention
        self.members.append(e)
        if e.day and (self.day is None or _DATE_RANK[m.date_precision if m.date else None] < _DATE_RANK[self.precision]):
            self.day, self.precision = e.day, (m.date_precision if m.date else None)
        loc = event_location(m)
        if loc:
            self.country = self.country or loc.country
            place, admin1 = self.place, self.admin1
            self.admin1 = self.admin1 or loc.admin1
            rank = _PLACE_RANK.get(loc.precision, 6)
            if rank < self.place_rank and rank <= _PLACE_RANK["admin2"]:
                self.place, self.place_rank = loc.name.lower(), rank
                self.coords = coords(loc) or self.coords
            if (place, admin1) != (self.place, self.admin1):
                self.place_words = tuple(re.compile(r"\b" + re.escape(p) + r"\b")
                                         for p in (self.place, self.admin1 and self.admin1.lower()) if p)
        if m.source and m.source.id:
            self.sources.add(m.source.id)
        if m.target and m.target.id:
            self.targets.add(m.target.id)
        self.groups.update(m.groups)
        self.tokens |= tokens


def body(sentence: str) -> str:
    """The sentence without a dateline ("KABUL, Nov 16 (Kabul Daily Monitor) – "; the rule is
    :func:`tangible.nlp.dateline.find_dateline`'s, the one the extractor and plain-text notes follow)."""
    d = find_dateline(sentence)
    return sentence[d.end:] if d else sentence


def event_location(m: Mention) -> Location | None:
    """The mention's place, unless it only comes from the dateline (where the story was filed)."""
    loc = m.location
    if loc is None:
        return None
    dl = find_dateline(m.sentence)
    if dl and loc.name and loc.name.lower() in m.sentence[:dl.end].lower() \
            and loc.name.lower() not in m.sentence[dl.end:].lower():
        return None
    return loc


def _slack(precision: str | None) -> int:
    return SLACK.get(precision, 3)


class _Probe:
    """What comparing one mention with incidents reads of it, computed once."""

    __slots__ = ("e", "day", "slack", "loc", "text", "tokens", "named", "reaction", "loc_word", "retold", "reach")

    def __init__(self, e: Evidence):
        self.e = e
        self.day = e.day
        self.slack = _slack(e.mention.date_precision if e.mention.date else None)
        # an undated reaction to a step named as known may join that step reported up to REACTION_DAYS before
        self.reaction = e.mention.date is None and reacts_to(e.mention.sentence, e.mention.type)
        # an undated deed named as one known ("the attack on the Bannu cantonment") may be one told up to
        # RETOLD_DAYS before, at its very place
        self.retold = e.mention.date is None and e.mention.type not in STATEMENT_TYPES and named_as_known(e.mention)
        # how many days before its own the deed it tells may lie (a report of no day: UNDATED_BEFORE_DAYS)
        self.reach = REACTION_DAYS if self.reaction else RETOLD_DAYS if self.retold else UNDATED_BEFORE_DAYS if (
            e.mention.date is None and e.mention.type not in STATEMENT_TYPES) else 0
        self.loc = loc = event_location(e.mention)
        text = body(e.mention.sentence)
        self.text = text.lower()
        self.tokens = content_tokens(text)
        self.named: dict[str, bool] = {}  # see _names_place
        # its own place (below a province) as a whole word, looked for in an incident's reports
        self.loc_word = (re.compile(r"\b" + re.escape(loc.name.lower()) + r"\b")
                         if loc is not None and loc.name and loc.precision not in ("country", "region", "admin1")
                         else None)


def _compatible(probe: _Probe, c: _Cluster) -> bool:
    m = probe.e.mention
    if c.closed:
        return False
    if probe.day and c.day:
        apart = (probe.day - c.day).days
        if abs(apart) > max(probe.slack, _slack(c.precision)) and not _told_before_its_day(probe, c, apart):
            return False
    # the actors before the place, which costs more to test
    if m.source and m.source.id and c.sources and m.source.id not in c.sources:
        return False
    if m.target and m.target.id and c.targets and m.target.id not in c.targets:
        return False
    if m.groups and c.groups and c.groups.isdisjoint(m.groups) and not _told_by_another_label(probe, c):
        return False
    loc = probe.loc
    # (the place named either way: "a checkpost in Bajaur's Salarzai tehsil", read as another tehsil's, is the
    # report's of "an attack in Bajaur district")
    if loc and not _names_place(probe.text, c, probe.named) and not (
            probe.loc_word is not None and c.member_names(probe.loc_word)):
        if loc.country and c.country and loc.country != c.country:
            return False
        if loc.admin1 and c.admin1 and loc.admin1.lower() != c.admin1.lower():
            return False
        rank = _PLACE_RANK.get(loc.precision, 6)
        if c.place and rank == c.place_rank and loc.name.lower() != c.place:
            return False
        here = coords(loc)
        if here and c.coords and loc.name.lower() != c.place and km(here, c.coords) > NEAR_KM:
            return False  # a town and a district far from it: two places, though neither contains the other
    return True


def _told_before_its_day(probe: _Probe, c: _Cluster, apart: int) -> bool:
    """The incident lies ``apart`` days before the report of no day of its own that tells it: a reaction to it, a
    deed named as known at its very place, or a step or attack of its group within a week."""
    if not 0 <= apart <= probe.reach:
        return False
    m = probe.e.mention
    return probe.reaction or probe.retold and probe.loc is not None \
        and probe.loc.precision not in ("country", "region", "admin1") and c.place == probe.loc.name.lower() \
        or apart <= UNDATED_BEFORE_DAYS and m.date is None and m.type not in STATEMENT_TYPES \
        and not c.groups.isdisjoint(m.groups)


def _told_by_another_label(probe: _Probe, c: _Cluster) -> bool:
    """An attack whose perpetrators one side names by no party, reported on the same day with the same dead as the
    incident: its group is the outlet's label for the attackers, not another attack ("The khwarij ... were sent to
    hell" of an attack another outlet reports claimed by the Hafiz Gul Bahadur group). The place must agree too
    (see ``_compatible``)."""
    m = probe.e.mention
    killed = m.quantities.get("killed")
    if c.type != "ATTACK" or not killed or not probe.day or probe.day != c.day or c.precision != "day" \
            or m.date_precision != "day" or (m.source is not None and m.source.id and c.sources):
        return False
    return killed == max((x.mention.quantities.get("killed", 0) for x in c.members), default=0)


def _names_place(text: str, c: _Cluster, named: dict[str, bool] | None = None) -> bool:
    """The mention's sentence (its lower-cased body, ``text``) itself names the incident's place (its
    own place may be another one it names). ``named``: what was found in ``text`` for each place pattern
    (a report is compared with many incidents, most of them at a few places)."""
    if named is None:
        return any(p.search(text) for p in c.place_words)
    for p in c.place_words:
        hit = named.get(p.pattern)
        if hit is None:
            hit = named[p.pattern] = p.search(text) is not None
        if hit:
            return True
    return False


def _score(probe: _Probe, c: _Cluster) -> float:
    e, tokens = probe.e, probe.tokens
    m = e.mention
    wording = len(tokens & c.tokens) / min(len(tokens), len(c.tokens)) if tokens and c.tokens else 0.0
    score = 0.5 * wording
    if m.date and m.date_precision == "day" and c.precision == "day" and e.day == c.day:
        score += 0.2
    loc = probe.loc
    if (loc and ((loc.admin1 and c.admin1 and loc.admin1.lower() == c.admin1.lower())
                 or (c.place and loc.name.lower() == c.place))) or _names_place(probe.text, c, probe.named):
        score += 0.2
    if m.groups and set(m.groups) & c.groups:
        score += 0.1
        if probe.reaction:
            score += 0.2  # a reaction names the step by its kind, its party and the group it was against
    if m.source and m.source.id and m.source.id in c.sources:
        score += 0.1
    if probe.retold and loc is not None and c.place == loc.name.lower():
        score += 0.2  # a deed named as known names it by its kind and its very place
    if m.date is None and any(x.mention.doc_id == m.doc_id for x in c.members):
        score += 0.3  # an undated follow-up sentence in the same article elaborates the same event
    return score


def _sort_key(e: Evidence) -> tuple[str, date, int, date, str]:
    m = e.mention
    return (m.type, e.day or date.max, _DATE_RANK[m.date_precision if m.date else None], e.doc.published or date.max, e.id)


def incident_id(first: Evidence) -> str:
    """Stable id: a hash of the earliest-published mention's id."""
    return "i" + hashlib.sha1(first.id.encode()).hexdigest()[:23]


class _Index:
    """Open clusters by (type, date slack, day) and then province, plus a list for undated ones.

    A cluster is filed under its current day and the slack of its current date precision: when a
    better-dated report moves it, it moves in the index too. The candidates of a report are exactly the
    incidents whose dates are compatible with it (within the wider of the two slacks), found by looking
    within each slack's own reach, so a month-dated incident does not widen the search for all others.
    Candidates come in a fixed order (day, then province with the unplaced last, then filing order),
    which does not depend on incidents that are not candidates: resolving a part of the store gives
    that part the same incidents as resolving all of it. A cluster keeps the province it was first
    filed under, and its place in the filing order when only its precision improves.
    """

    def __init__(self) -> None:
        self.by_day: dict[tuple[str, int, int], dict[str | None, list[_Cluster]]] = {}
        self.days: dict[tuple[str, int], list[int]] = {}  # per (type, slack), the days of ``by_day`` in order
        self.slacks: dict[str, set[int]] = {}  # per type, the slacks filed
        self.undated: dict[str, list[_Cluster]] = {}
        self.filed: dict[int, tuple[int, int, str | None, int]] = {}  # id(cluster) -> (slack, day, province, seq)
        self.seq = 0

    def add(self, c: _Cluster) -> None:
        if c.day is None:
            self.undated.setdefault(c.type, []).append(c)
            return
        self.seq += 1
        self._file(c, _slack(c.precision), c.day.toordinal(), c.admin1.lower() if c.admin1 else None, self.seq)

    def _file(self, c: _Cluster, slack: int, day: int, place: str | None, seq: int) -> None:
        key = (c.type, slack, day)
        if key not in self.by_day:
            bisect.insort(self.days.setdefault((c.type, slack), []), day)
            self.slacks.setdefault(c.type, set()).add(slack)
        self.by_day.setdefault(key, {}).setdefault(place, []).append(c)
        self.filed[id(c)] = (slack, day, place, seq)

    def moved(self, c: _Cluster) -> None:
        """``c``'s day or precision changed (a better-dated report joined it): file it anew."""
        where = self.filed.get(id(c))
        if where is None or c.day is None:
            return
        slack, day, place, seq = where
        now_slack, now_day = _slack(c.precision), c.day.toordinal()
        if (slack, day) == (now_slack, now_day):
            return
        self.by_day[(c.type, slack, day)][place].remove(c)
        if now_day != day:  # moved to another day: last in that day's order, as a new filing
            self.seq += 1
            seq = self.seq
        self._file(c, now_slack, now_day, place, seq)

    def candidates(self, probe: _Probe) -> list[_Cluster]:
        e = probe.e
        m = e.mention
        out: list[_Cluster] = list(self.undated.get(m.type, ()))
        found: list[tuple[Any, ...]] = []
        loc = probe.loc
        admin1 = loc.admin1.lower() if loc and loc.admin1 else None
        own = max(probe.reach, _slack(m.date_precision if m.date else None))
        filed = self.filed
        for slack in self.slacks.get(m.type, ()):
            days = self.days[(m.type, slack)]
            if e.day is None:
                chosen = days
            else:
                span, base = max(own, slack), e.day.toordinal()
                chosen = days[bisect.bisect_left(days, base - span):bisect.bisect_right(days, base + span)]
            for d in chosen:
                places = self.by_day[(m.type, slack, d)]
                if e.day is not None and admin1 is not None:  # the report's province first, then the unplaced
                    for rank, place in ((0, admin1), (1, None)):
                        for c in places.get(place, ()):
                            found.append((d, rank, filed[id(c)][3], c))
                else:
                    for place, clusters in places.items():
                        key = (place is None, place or "")
                        for c in clusters:
                            found.append((d, key, filed[id(c)][3], c))
        # (day, rank, filing number): the filing number is a cluster's own, so the clusters are never compared
        found.sort()
        out.extend(x[3] for x in found)
        return out


def _cluster(evidence: list[Evidence], seeds: list[Seed], options: ResolveOptions,
             blocked: frozenset[tuple[str, str]] = frozenset()) -> list[_Cluster]:
    """Cluster asserted mentions (see the module's rules). ``blocked``: document events whose first report
    is of another type than any given here (a part of the store resolved on its own keeps them apart)."""
    by_id = {e.id: e for e in evidence}
    pinned: dict[str, _Cluster] = {}
    clusters: list[_Cluster] = []
    index = _Index()
    for seed in seeds:
        members = sorted((by_id[i] for i in seed.mention_ids if i in by_id), key=_sort_key)
        if not members:
            continue
        c = _Cluster(members[0].mention.type, seed)
        for e in members:
            c.add(e, content_tokens(body(e.mention.sentence)))
            pinned[e.id] = c
        clusters.append(c)
        index.add(c)
    by_event: dict[tuple[str, str], _Cluster] = {}  # the mentions of one event in one document stay together
    if blocked:
        other = _Cluster("")
        other.closed = True
        by_event.update(dict.fromkeys(blocked, other))
    for c in clusters:
        for e in c.members:
            if e.mention.event:
                by_event.setdefault((e.mention.doc_id, e.mention.event), c)
    # a document event is placed by its best-dated report ("the relocation began on April 15", not a year another
    # clause names): each of its reports is ordered as that one is
    best_dated: dict[tuple[str, str, str], tuple[int, date]] = {}
    for e in evidence:
        if e.mention.event and e.day:
            k = (e.mention.doc_id, e.mention.event, e.mention.type)
            rank = (_DATE_RANK[e.mention.date_precision if e.mention.date else None], e.day)
            if k not in best_dated or rank < best_dated[k]:
                best_dated[k] = rank

    def order(e: Evidence) -> tuple[str, date, int, date, str]:
        key = _sort_key(e)
        k = (e.mention.doc_id, e.mention.event, e.mention.type) if e.mention.event else None
        if k in best_dated and best_dated[k][0] < key[2]:
            return (key[0], best_dated[k][1], best_dated[k][0], key[3], key[4])
        return key

    ordered = sorted(evidence, key=order)
    # the other reports of each document event, of its type: the first of them to be placed is weighed by all
    # ("the eight killed in Thursday's operation in Bajaur ... The men had gathered in a guest house": the sentence
    # that names the incident's place finds it for the one that does not)
    siblings: dict[tuple[str, str, str], list[Evidence]] = {}
    for e in ordered:
        if e.mention.event and e.id not in pinned:
            siblings.setdefault((e.mention.doc_id, e.mention.event, e.mention.type), []).append(e)
    for e in ordered:
        if e.id in pinned:
            continue
        key = (e.mention.doc_id, e.mention.event) if e.mention.event else None
        if key in by_event and by_event[key].type == e.mention.type and not by_event[key].closed:
            joined = by_event[key]
            joined.add(e, content_tokens(body(e.mention.sentence)))
            index.moved(joined)
            continue
        probe = _Probe(e)
        best, best_score = None, options.threshold
        kin = siblings.get((*key, e.mention.type), ()) if key is not None and key not in by_event else ()
        probes = [probe, *(_Probe(o) for o in kin if o is not e)]
        # (a document event is looked for by its best-dated reports: "the fourth major assault this month" of an
        # attack told on its day finds no other incident of the month)
        rank_of = {id(p): _DATE_RANK[p.e.mention.date_precision if p.e.mention.date else None] for p in probes}
        best_rank = min(rank_of.values())
        if best_rank < _DATE_RANK[None]:
            probes = [p for p in probes if rank_of[id(p)] == best_rank]
        for p in probes:
            for c in index.candidates(p):  # (those whose dates are compatible, found by date)
                if c.type != e.mention.type or not _compatible(p, c):
                    continue
                s = _score(p, c)
                if s >= best_score and (best is None or s > best_score):
                    best, best_score = c, s
        if best is None:
            best = _Cluster(e.mention.type)
            best.add(e, probe.tokens)
            clusters.append(best)
            index.add(best)
        else:
            best.add(e, probe.tokens)
            index.moved(best)
        best.told_with.extend(body(o.mention.sentence) for o in kin if o is not e)
        if key is not None:
            by_event.setdefault(key, best)
    return clusters


class _DayWindow:
    """The dated incidents of a pool, found by day: those within a window around a day, in pool order."""

    def __init__(self, pool: list[_Cluster]):
        dated = sorted((c.day.toordinal(), i) for i, c in enumerate(pool) if c.day)
        self.pool = pool
        self.days = [d for d, _ in dated]
        self.order = [i for _, i in dated]
        self.max_slack = max((_slack(c.precision) for c in pool if c.day), default=0)

    def around(self, day: date, *, before: int) -> list[_Cluster]:
        """Incidents dated from ``before`` days before ``day`` to their own slack after it."""
        lo = bisect.bisect_left(self.days, day.toordinal() - before)
        hi = bisect.bisect_right(self.days, day.toordinal() + self.max_slack)
        return [self.pool[i] for i in sorted(self.order[lo:hi])]


class _DisputeProbe:
    """What comparing one denial or negated report with incidents reads of it, computed once."""

    __slots__ = ("e", "tokens", "words", "about", "loc", "loc_word", "named")

    def __init__(self, e: Evidence):
        m = e.mention
        self.e = e
        text = body(m.sentence)
        self.tokens = content_tokens(text)
        self.words = text.lower()
        self.about: dict[str, bool] = {}  # whether the denial's words concern each type of event
        self.named: dict[str, bool] = {}  # see _names_place
        self.loc = loc = event_location(m)
        # its own place (below a country or region) as a whole word, looked for in an incident's reports
        self.loc_word = (re.compile(r"\b" + re.escape(loc.name.lower()) + r"\b")
                         if loc is not None and loc.name and loc.precision not in ("country", "region") else None)


def dispute_pool_types(type_: str) -> tuple[str, ...]:
    """The types of the incidents a dispute of ``type_`` may concern."""
    if type_ == "DENY":
        return tuple(sorted({*ACTION_TYPES, *VIOLENCE_TYPES}))
    return (type_,)


def dispute_score(probe: _DisputeProbe, c: _Cluster, options: ResolveOptions) -> float | None:
    """How well a dated dispute fits incident ``c`` (None: it cannot concern it)."""
    e = probe.e
    m = e.mention
    if e.day is None or c.day is None:  # only dated disputes and incidents are weighed
        return None
    delta = (e.day - c.day).days
    if delta < -_slack(c.precision) or delta > options.dispute_after_days:
        return None
    if m.type == "DENY":
        if c.type not in probe.about:
            probe.about[c.type] = bool(TYPE_WORDS.get(c.type, _NEVER).search(probe.words))
        if not probe.about[c.type]:
            return None  # a denial must be about this kind of event
        if c.type == "ATTACK" and any(v > 0 for x in c.members for k, v in x.mention.quantities.items()
                                      if k in _HARM_FIGURES):
            # "Islamabad blames both attacks on Afghan sanctuaries, while Kabul denies that its territory was used":
            # a denial does not undo an attack that killed or wounded people; what is denied is where the attackers
            # came from or who they were (a party's word of the dead it inflicted carries no figure)
            return None
        if any(x.mention.doc_id == m.doc_id and x.mention.char_span == m.char_span and x.mention.launched_from
               is not None and x.mention.launched_from.disputed_by for x in c.members):
            # "rejected allegations that Tuesday's attack was launched from Afghan soil": the sentence's report of
            # the event keeps the denial beside its origin; the event itself is not denied
            return None
    if m.groups and c.groups and not (set(m.groups) & c.groups):
        return None  # (before the place, which costs more to find and cannot save it)
    place = _place_relation(probe, c)
    if place == "other":
        return None
    if m.type != "DENY":
        if any(x.mention.doc_id == m.doc_id for x in c.members):
            return None  # a negation inside a report of the event qualifies it; it does not dispute it
        dated = m.date is not None and m.date_precision == "day"
        questioned = m.verification == "disputed" and m.source is not None and m.source.id in c.sources
        if place != "same" and not (dated and set(m.groups) & c.groups) and not questioned:
            # a negation must name the event's place, or its day and group; "no evidence that the
            # Taliban moved the families" names the party whose claim it answers
            return None
    s = len(probe.tokens & c.tokens) / len(probe.tokens) if probe.tokens else 0.0
    if place == "same":
        s += PLACE_BONUS  # the denial is about this kind of event at this place: wording matters less
    return s


def best_for_dispute(probe: _DisputeProbe, candidates: Iterable[_Cluster], options: ResolveOptions) -> _Cluster | None:
    """The incident a dispute concerns among ``candidates`` (in pool order): the first best scoring above the
    threshold. Leaving out incidents that are not chosen never changes the choice."""
    best, best_score = None, options.dispute_threshold
    for c in candidates:
        s = dispute_score(probe, c, options)
        if s is not None and s > best_score:
            best, best_score = c, s
    return best


def _attach_disputes(disputes: list[Evidence], clusters: list[_Cluster], options: ResolveOptions) -> list[Evidence]:
    """Give each denial or negated report to the incident it most plausibly concerns. A denial's pool is
    every action and attack incident, type by type in the order of the type names."""
    left: list[Evidence] = []
    by_type: dict[str, list[_Cluster]] = {}
    for c in clusters:
        by_type.setdefault(c.type, []).append(c)
    pools: dict[str, _DayWindow] = {}
    # denials whose own sentence reports the event with the denial kept beside its origin ("rejected claims that the
    # attackers in Thursday's Bajaur bombing came from Afghanistan"): said of that event, and of no other
    beside_origin = {(x.mention.doc_id, x.mention.char_span) for c in clusters for x in c.members
                     if x.mention.launched_from is not None and x.mention.launched_from.disputed_by}
    for e in disputes:
        m = e.mention
        if not e.day or m.type == "DENY" and (m.doc_id, m.char_span) in beside_origin:
            left.append(e)  # a dispute is placed in time against the incident's day
            continue
        if m.type not in pools:
            pools[m.type] = _DayWindow([c for t in dispute_pool_types(m.type) for c in by_type.get(t, [])])
        probe = _DisputeProbe(e)
        best = best_for_dispute(probe, pools[m.type].around(e.day, before=options.dispute_after_days), options)
        if best is None:
            left.append(e)
        else:
            best.disputes.append(e)
    return left


def _place_relation(probe: _DisputeProbe, c: _Cluster) -> str:
    """Whether a dispute concerns the incident's place: "same", "other" or "unknown".

    The same place: the dispute names the incident's place (or a report of the incident names the
    dispute's place), the two are within ``NEAR_KM`` (the two sides of a border crossing), or they
    share a province when no closer reading is possible.
    """
    if _names_place(probe.words, c, probe.named):
        return "same"
    if probe.loc_word is not None and c.member_names(probe.loc_word):
        return "same"
    loc = probe.loc
    here = coords(loc)
    if here and c.coords:
        return "same" if km(here, c.coords) <= NEAR_KM else "other"
    if loc and loc.admin1 and c.admin1:
        return "same" if loc.admin1.lower() == c.admin1.lower() else "other"
    return "unknown"


def _attach_statements(others: list[Evidence], clusters: list[_Cluster]) -> list[str]:
    """Demanded, promised, hypothetical (and other non-asserted) reports join the statement they sit in."""
    statements: dict[str, list[tuple[Evidence, _Cluster]]] = {}
    for c in clusters:
        if c.type in STATEMENT_TYPES:
            for member in c.members:
                statements.setdefault(member.mention.doc_id, []).append((member, c))
    unattached: list[str] = []
    for e in others:
        options = statements.get(e.mention.doc_id)
        if not options:
            unattached.append(e.id)
            continue
        s0, s1 = e.mention.char_span

        def distance(pair: tuple[Evidence, _Cluster]) -> tuple[int, str]:
            a0, a1 = pair[0].mention.char_span
            return (0 if a0 < s1 and s0 < a1 else min(abs(a0 - s1), abs(s0 - a1)), pair[0].id)

        min(options, key=distance)[1].attached.append(e)
    return unattached


def _draft(c: _Cluster, book: SourceBook) -> IncidentDraft:
    members = c.members
    ms = [e.mention for e in members]
    best_loc_rank = min((_PLACE_RANK.get(m.location.precision, 6) for m in ms if m.location), default=None)
    location: Location | None = None
    if best_loc_rank is not None:
        candidates = [m.location for m in ms if m.location and _PLACE_RANK.get(m.location.precision, 6) == best_loc_rank]
        name = mode([loc.name for loc in candidates])
        location = next(loc for loc in candidates if loc.name == name)
    dated = [e.mention for e in members if e.mention.date and e.day is not None]
    if dated:
        best_rank = min(_DATE_RANK[m.date_precision] for m in dated)
        day = mode([m.date for m in dated if _DATE_RANK[m.date_precision] == best_rank])
        precision = next(m.date_precision for m in dated if m.date == day and _DATE_RANK[m.date_precision] == best_rank)
    else:
        # (reports that retell the deed as done some time before give it no day: Evidence.day)
        day = min((e.day for e in members if e.day), default=None)
        precision = "week" if day else None

    def actor(get: Callable[[Mention], ActorRef | None]) -> ActorRef | None:
        refs = [r for r in map(get, ms) if r]
        ident = mode([r.id for r in refs])
        if ident:
            return next(r for r in refs if r.id == ident)
        return refs[0] if refs else None

    # an acting party known by the place alone (``perpetrator_basis`` "place") is no one the reports name: the
    # incident keeps the words and holds no party to the deed
    source = actor(lambda m: m.source if m.perpetrator_basis != "place" else None) or next(
        (ActorRef(None, m.source.text) for m in ms if m.source), None)
    target = actor(lambda m: m.target)
    groups = sorted({g for m in ms for g in m.groups})
    quantities, reported = conservative_quantities(members)
    disputes = c.disputes
    # A report that gives the event but contradicts its account is a contradiction on record too.
    contradicting = [e for e in members if contradicts(body(e.mention.sentence))]
    g, reason = grade(members, [*disputes, *contradicting], event_type=c.type, source_id=source.id if source else None,
                      groups=groups, country=location.country if location else None, book=book)
    verification = verification_of(g, ms, disputes)
    origin = origin_of(ms)
    seed = c.seed
    return IncidentDraft(
        id=cluster_id(c),
        type=c.type,
        acled_subtype=mode([m.acled_subtype for m in ms]),
        grade=g,
        grade_reason=reason,
        date=day,
        date_precision=precision,
        location=location,
        source=source,
        target=target,
        groups=groups,
        quantities=quantities,
        quantities_reported=reported,
        publishers=sorted({p for e in members for p in e.doc.publishers}),
        members=members,
        attached=[*disputes, *c.attached],
        dispute_ids={e.id for e in disputes},
        pinned=set(seed.mention_ids) if seed else set(),
        reviewed=bool(seed and seed.reviewed),
        review_status=seed.review_status if seed else None,
        verification=verification,
        launched_from=origin,
    )


_ORIGIN_RANK = {"officials": 0, "claimed": 1, "inferred": 2}


def verification_of(grade_: str, mentions: list[Mention], disputes: list[Evidence]) -> str | None:
    """An incident's verification: disputed when a named party denies it or sees no evidence of it (or its grade
    is disputed); verified when independent publishers corroborate it and nobody disputes it; unverified when a
    report of it says it could not be verified, is unconfirmed or only reported ("reportedly") and nothing
    corroborates it; otherwise none (one publisher reports it as fact)."""
    # (a report that only names the deed as known, with no day of its own, doubts its own account of it, not the
    # deed the others report: "the Foreign Office said Pakistan had shared new evidence that the Kech attack was
    # planned from Afghan territory", which Kabul denies, beside the report of the attack that killed two soldiers)
    telling = [m for m in mentions if not (m.date is None and named_as_known(m))] or mentions
    if grade_ == "disputed" or disputes or any(m.verification == "disputed" for m in telling):
        return "disputed"
    if grade_ == "corroborated":
        return "verified"
    if any(m.verification == "unverified" for m in telling):
        return "unverified"
    return None


def origin_of(mentions: list[Mention]) -> Origin | None:
    """Where the incident was launched from, as its reports say (officials before a claim before an inference)."""
    found = [m.launched_from for m in mentions if m.launched_from is not None and m.launched_from.country]
    if not found:
        return None
    return min(found, key=lambda o: _ORIGIN_RANK.get(o.basis, 3))


def classify(evidence: Iterable[Evidence]) -> tuple[list[Evidence], list[Evidence], list[Evidence]]:
    """(asserted reports, which are clustered; disputes: denials, negated and disputed reports, which
    are given to the incident they concern; the others: demands, promises, plans … which join a
    statement of their document). An asserted denial is both a statement and a dispute."""
    asserted: list[Evidence] = []
    disputes: list[Evidence] = []
    others: list[Evidence] = []
    for e in evidence:
        m = e.mention
        if m.type not in EVENT_TYPES_RESOLVED:
            continue
        if m.type == "DENY" and m.modality == "asserted":
            disputes.append(e)
            asserted.append(e)  # a denial is also a statement in its own right
        elif m.modality == "asserted":
            asserted.append(e)
        elif m.modality == "negated" and m.type not in STATEMENT_TYPES:
            disputes.append(e)
        elif m.verification == "disputed" and m.type not in STATEMENT_TYPES:
            disputes.append(e)  # "Pakistan said it had seen no evidence of the relocation"
        else:
            others.append(e)
    return asserted, disputes, others


def cluster_id(c: _Cluster) -> str:
    """The id of the incident a cluster becomes (see ``incident_id``)."""
    return c.id or incident_id(min(c.members, key=lambda e: (e.doc.published or date.max, e.id)))


def resolve(
    evidence: Iterable[Evidence],
    *,
    case: CaseFile | None = None,
    seeds: list[Seed] | None = None,
    options: ResolveOptions | None = None,
    book: SourceBook | None = None,
    progress: Callable[[int], None] | None = None,
) -> ResolutionResult:
    """Cluster mentions into incidents and grade them. Pure: reads nothing, writes nothing."""
    options = options or ResolveOptions()
    book = book or SourceBook.from_case(case)
    asserted, disputes, others = classify(evidence)
    seeds = seeds or []
    seeded = {i for s in seeds for i in s.mention_ids}
    clusters = _cluster(asserted, seeds, options)
    if progress:
        progress(len(asserted))
    # Pinned non-asserted mentions stay where the analyst put them.
    pinned_by_id = {i: c for c in clusters if c.seed for i in c.seed.mention_ids}
    free_disputes = []
    for e in disputes:
        if e.id in pinned_by_id and e.mention.type != "DENY":
            pinned_by_id[e.id].disputes.append(e)
        elif e.id not in seeded or e.mention.type == "DENY":
            free_disputes.append(e)
    free_others = []
    for e in others:
        if e.id in pinned_by_id:
            pinned_by_id[e.id].attached.append(e)
        else:
            free_others.append(e)
    action_clusters = [c for c in clusters if c.type not in STATEMENT_TYPES]
    left = _attach_disputes(free_disputes, action_clusters, options)
    unattached = _attach_statements([e for e in left if e.mention.type != "DENY"] + free_others, clusters)
    drafts = [_draft(c, book) for c in clusters if c.members]
    drafts.sort(key=lambda d: (d.date or date.min, d.id), reverse=True)
    return ResolutionResult(drafts, unattached)


__all__ = ["resolve", "classify", "cluster_id", "ResolveOptions", "ResolutionResult", "Seed", "incident_id", "SLACK"]
