"""Source grades (DESIGN §5) and conservative quantities.

Rules, in order (the codebook prints them):

1. **disputed** — a denial (DENY) or a negated report of the same event is on record, or a report of
   the event contradicts its account ("the people killed were farmers, not militants").
2. **claimed** — every independent report rests on the acting party's own word: its spokespeople,
   officials or statements, or its own media.
3. **corroborated** — two or more independent reports that do not rest on the acting party's word.
4. **single-source** — otherwise (one such report; the acting party's own word may come on top).

A report that only refers back to the event to explain something else ("the men were wanted for
the attack"), names it as known with no day of its own ("the handover at Torkham involved
lower-ranking fighters"), retells it as done some time before ("had earlier relocated Uyghur
fighters, according to previous reports") or reacts to it ("China appreciates the Afghan side's
relocation of ETIM personnel") is not counted as a report of it (unless nothing else reports the
event).

Reports are *independent* when they come from different publishers and are not copies of one
story: documents whose text is near-identical (MinHash ≥ ``DOC_COPY``), sentences that are
near-identical (character-shingle Jaccard ≥ ``SENTENCE_COPY``), or sentences that share a wire
credit and much wording (≥ ``WIRE_COPY``) count once.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Iterable

from tangible.nlp.dates import told_as_earlier
from tangible.resolve.records import Evidence
from tangible.resolve.sources import SourceBook
from tangible.resolve.text import char_shingles, jaccard, minhash_similarity, publisher_wire
from tangible.resolve.wording import named_as_known, reacts_to, refers_back

DOC_COPY = 0.6
SENTENCE_COPY = 0.7
WIRE_COPY = 0.4


class _Families:
    """Union-find over evidence items: each family is one independent report."""

    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _publisher_key(e: Evidence) -> str:
    return (e.doc.publisher or f"doc:{e.doc.doc_id}").strip().lower()


def _wire(e: Evidence) -> str | None:
    return e.doc.wire or publisher_wire(e.doc.publisher)


def independent_families(members: list[Evidence]) -> list[list[Evidence]]:
    """Group reports into independent families (one publisher, or copies of one story, count once)."""
    n = len(members)
    fam = _Families(n)
    shingles: list[set[int] | None] = [None] * n  # computed for the pairs that need them

    def shingles_of(i: int) -> set[int]:
        found = shingles[i]
        if found is None:
            found = shingles[i] = char_shingles(members[i].mention.sentence)
        return found

    for i in range(n):
        for j in range(i + 1, n):
            a, b = members[i], members[j]
            if a.doc.doc_id == b.doc.doc_id or _publisher_key(a) == _publisher_key(b):
                fam.union(i, j)
                continue
            s = jaccard(shingles_of(i), shingles_of(j))
            if s >= SENTENCE_COPY:
                fam.union(i, j)
            elif minhash_similarity(a.doc.signature, b.doc.signature) >= DOC_COPY:
                fam.union(i, j)
            elif _wire(a) and _wire(a) == _wire(b) and s >= WIRE_COPY:
                fam.union(i, j)
    groups: dict[int, list[Evidence]] = {}
    for i in range(n):
        groups.setdefault(fam.find(i), []).append(members[i])
    return list(groups.values())


def acting_parties(event_type: str, source_id: str | None, groups: list[str]) -> set[str]:
    """Whose own word would make a report a claim: the actor that acted (the group, for an attack)."""
    acting = {source_id} if source_id else set()
    if event_type == "ATTACK":
        acting.update(groups)
    return acting


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def grade(
    members: list[Evidence],
    disputes: list[Evidence],
    *,
    event_type: str,
    source_id: str | None,
    groups: list[str],
    country: str | None,
    book: SourceBook,
) -> tuple[str, str]:
    """The grade of an incident and its reason in words."""
    families = independent_families(members)
    # A family whose sentences only refer back to the event ("wanted for the attack", or name it as known with no
    # day of their own: "the handover at Torkham involved lower-ranking fighters") does not report it.
    reporting = [f for f in families if not all(_refers_only(e, event_type) for e in f)]
    families = reporting or families
    publishers = {p for e in members for p in e.doc.publishers}
    copied = any(e.doc.copies for e in members)
    acting = acting_parties(event_type, source_id, groups)
    family_speakers: list[tuple[str | None, str]] = []
    for family in families:
        # (a sentence that only names the deed as known, "The arrests come days after a suicide bombing", or
        # retells or reacts to it, vouches for nothing the family's reports of it do not)
        telling = [e for e in family if not named_as_known(e.mention) and not _refers_only(e, event_type)] or family
        voices = [book.speaker(e.mention.attribution, e.doc.publisher, country, acting) for e in telling]
        # A family is the acting party's word only when all its copies rest on that word.
        own = [v for v in voices if _is_own(v[0], acting)]
        family_speakers.append(own[0] if len(own) == len(voices) else next(v for v in voices if not _is_own(v[0], acting)))
    claims = [desc for who, desc in family_speakers if _is_own(who, acting)]
    others = [desc for who, desc in family_speakers if not _is_own(who, acting)]
    n_indep = len(others)
    parts = [_plural(len(publishers) or len(families), "publisher"), f"{n_indep} independent"]
    if copied or (len(members) > len(families) and len(publishers) > len(families)):
        parts.append("copies of one story counted once")
    if claims:
        parts.append(f"the acting party's own word: {', '.join(dict.fromkeys(claims))}")

    if disputes:
        who = []
        for d in disputes:
            label = d.mention.attribution.text if d.mention.attribution else (d.doc.publisher or "a report")
            if label not in who:
                who.append(label)
        kind = "denied" if any(d.mention.type == "DENY" for d in disputes) else "contradicted"
        parts.append(f"{kind} by {', '.join(who[:3])}")
        return "disputed", "; ".join(parts)
    if members and n_indep == 0:
        return "claimed", "; ".join(parts)
    if n_indep >= 2:
        return "corroborated", "; ".join(parts)
    if claims:
        parts.append(f"confirmed by {others[0]}")
    return "single-source", "; ".join(parts)


def _refers_only(e: Evidence, event_type: str) -> bool:
    """The report only refers back to the event: to explain something else ("wanted for the attack"), naming it as
    known with no day of its own ("the handover at Torkham involved lower-ranking fighters"), retelling it as done
    some time before ("had earlier relocated Uyghur fighters, according to previous reports"), or reacting to it
    ("China appreciates the Afghan side's relocation of ETIM personnel")."""
    m = e.mention
    return refers_back(_body(m.sentence), event_type) or reacts_to(m.sentence, event_type) or m.date is None and (
        named_as_known(m) or told_as_earlier(m.sentence))


def _body(sentence: str) -> str:
    from tangible.resolve.cluster import body

    return body(sentence)


def _is_own(who: str | None, acting: set[str]) -> bool:
    return who is not None and (who in acting or who == "acting-party")


def conservative_quantities(members: list[Evidence]) -> tuple[dict[str, int], dict[str, list[dict[str, Any]]]]:
    """The smallest reported figure per quantity, and every figure with who reported it."""
    reported: dict[str, list[dict[str, Any]]] = {}
    for e in members:
        for key, value in (e.mention.quantities or {}).items():
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                continue
            reported.setdefault(key, []).append(
                {"value": int(value), "publisher": e.doc.publisher, "doc_id": e.mention.doc_id, "mention_id": e.id}
            )
    chosen = {key: min(item["value"] for item in items) for key, items in sorted(reported.items())}
    return chosen, reported


def mode(values: Iterable[Any], default: Any = None) -> Any:
    """Most common value; ties go to the first seen (inputs arrive in a stable order)."""
    values = [v for v in values if v is not None]
    if not values:
        return default
    counts = Counter(values)
    best = max(counts.values())
    return next(v for v in values if counts[v] == best)
