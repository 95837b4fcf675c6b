"""Periodic briefs: what changed in a period, every figure with its quoted source.

A brief answers the analyst's question for one period: are the assurances
turning into actions, or are attacks continuing? It lists each commitment's
rating at the end of the period against its rating at the start, the tangible
actions and attacks reported in the period (incidents, not reports), the
claims that rest on the acting party's word alone, and the disputed ones.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from tangible.errors import InputError
from tangible.ontology import ACTION_TYPES, STATEMENT_TYPES, VIOLENCE_TYPES
from tangible.resolve.statement import stating_mention
from tangible.sources.urls import safe_link

PERIODS = {"week": 7, "fortnight": 14, "month": 30, "quarter": 91}
_RANK = {"contradicted": 0, "no evidence": 1, "some action": 2, "substantial action": 3}


@dataclass
class CommitmentLine:
    id: str
    by: str
    to: list[str]
    text: str
    rating: str
    previous: str | None
    counts: dict[str, Any]
    reasons: list[str]

    @property
    def change(self) -> str:
        if self.previous is None or self.previous == self.rating:
            return "unchanged" if self.previous else "new"
        return "up" if _RANK.get(self.rating, 0) > _RANK.get(self.previous, 0) else "down"


@dataclass
class Brief:
    case_name: str
    since: date
    until: date
    commitments: list[CommitmentLine] = field(default_factory=list)
    actions: list[dict] = field(default_factory=list)
    attacks: list[dict] = field(default_factory=list)
    claimed: list[dict] = field(default_factory=list)
    disputed: list[dict] = field(default_factory=list)
    statements: dict[str, int] = field(default_factory=dict)
    previous_counts: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "case": self.case_name,
            "since": self.since.isoformat(),
            "until": self.until.isoformat(),
            "commitments": [dict(c.__dict__, change=c.change) for c in self.commitments],
            "actions": self.actions,
            "attacks": self.attacks,
            "claimed": self.claimed,
            "disputed": self.disputed,
            "statements": self.statements,
            "previous_period": self.previous_counts,
        }


def period_bounds(until: date | None, period: str, since: date | None = None) -> tuple[date, date]:
    until = until or date.today()
    if since is None:
        if period not in PERIODS:
            raise InputError(f"Unknown period {period!r}.", f"Use one of: {', '.join(PERIODS)}.", code="T130")
        since = until - timedelta(days=PERIODS[period] - 1)
    if since > until:
        raise InputError(f"The brief starts ({since}) after it ends ({until}).", "Swap --since and --until.",
                         code="T131")
    return since, until


def _incidents(store, types, since: date, until: date) -> list[dict]:
    found: list[dict] = []
    after = None
    while True:
        page = store.incidents.list(limit=200, after=after, type=list(types), since=since, until=until)
        found.extend(page)
        if len(page) < 200:
            break
        after = (page[-1]["date"], page[-1]["id"])
    # Best-sourced first, then newest: the brief leads with what is most certain.
    order = {"corroborated": 0, "single-source": 1, "claimed": 2, "disputed": 3}
    found.sort(key=lambda r: (order.get(r["grade"], 9), "" if r["date"] is None else r["date"]), reverse=False)
    return [_with_quote(store, r) for r in found]


def _with_quote(store, record: dict) -> dict:
    """The record with the sentence that states it (resolve.statement), its publisher and link."""
    full = store.incidents.get(record["id"]) or record
    quote = stating_mention(full)
    record = dict(record)
    record["quote"] = {k: quote[k] for k in ("sentence", "publisher", "url", "doc_id")} if quote else None
    return record


def build_brief(store, case, *, since: date, until: date) -> Brief:
    from tangible.services.ledger import ledger_at

    brief = Brief(case_name=case.name, since=since, until=until)
    before = {r.commitment_id: r for r in ledger_at(store, case, since - timedelta(days=1), save=False)}
    specs = {c.id: c for c in store.ledger.list()}
    for rating in ledger_at(store, case, until, save=False):
        spec = specs.get(rating.commitment_id)
        prev = before.get(rating.commitment_id)
        brief.commitments.append(CommitmentLine(
            id=rating.commitment_id,
            by=getattr(spec, "by", ""),
            to=list(getattr(spec, "to", []) or []),
            text=getattr(spec, "text", ""),
            rating=rating.rating,
            previous=prev.rating if prev else None,
            counts=rating.counts,
            reasons=list(rating.reasons),
        ))
    brief.actions = _incidents(store, ACTION_TYPES, since, until)
    brief.attacks = _incidents(store, VIOLENCE_TYPES, since, until)
    brief.claimed = [r for r in brief.actions + brief.attacks if r["grade"] == "claimed"]
    brief.disputed = [r for r in brief.actions + brief.attacks if r["grade"] == "disputed"]
    for t in STATEMENT_TYPES:
        n = store.incidents.count_filtered(type=t, since=since, until=until)
        if n:
            brief.statements[t] = n
    length = (until - since).days + 1
    prev_since, prev_until = since - timedelta(days=length), since - timedelta(days=1)
    brief.previous_counts = {
        "actions": store.incidents.count_filtered(type=list(ACTION_TYPES), since=prev_since, until=prev_until),
        "attacks": store.incidents.count_filtered(type=list(VIOLENCE_TYPES), since=prev_since, until=prev_until),
    }
    return brief


def _place(r: dict) -> str:
    loc = r.get("location") or {}
    return loc.get("name") or "place not reported"


def _groups(r: dict) -> str:
    return ", ".join(r.get("groups") or []) or "no group named"


def _qty(r: dict) -> str:
    q = r.get("quantities") or {}
    return ", ".join(f"{v} {k}" for k, v in sorted(q.items()))


def render_markdown(brief: Brief) -> str:
    out = [f"# {brief.case_name}: brief for {brief.since} to {brief.until}", ""]
    n_act, n_att = len(brief.actions), len(brief.attacks)
    out.append(f"**{n_act} tangible actions** and **{n_att} attacks** reported as incidents in the period "
               f"(previous period of the same length: {brief.previous_counts.get('actions', 0)} and "
               f"{brief.previous_counts.get('attacks', 0)}). Each incident counts once however many outlets "
               "reported it; only asserted actions count.")
    out += ["", "## Commitments", ""]
    if not brief.commitments:
        out.append("No active commitments in the case file.")
    for c in brief.commitments:
        arrow = {"up": "↑", "down": "↓", "unchanged": "=", "new": "new"}[c.change]
        prev = f" (was {c.previous})" if c.previous and c.previous != c.rating else ""
        out.append(f"- **{c.id}** — {c.by} to {', '.join(c.to)}: **{c.rating}** {arrow}{prev}")
        for reason in c.reasons:
            out.append(f"  - {reason}")
    for title, rows in (("Tangible actions", brief.actions), ("Attacks", brief.attacks)):
        out += ["", f"## {title}", ""]
        if not rows:
            out.append("None reported in the period.")
        for r in rows:
            qty = f"; {_qty(r)}" if _qty(r) else ""
            out.append(f"- {r['date'] or 'undated'} · **{r['type']}** · {_place(r)} · {_groups(r)}{qty} · "
                       f"*{r['grade']}* ({r['grade_reason'] or ''})")
            if r.get("quote"):
                q = r["quote"]
                link = f" <{q['url']}>" if q.get("url") else ""
                out.append(f"  > {q['sentence']}")
                out.append(f"  > — {q.get('publisher') or 'unknown publisher'}{link}")
    out += ["", "## Resting on the acting party's word", ""]
    out += [f"- {r['date']} · {r['type']} · {_place(r)}: {r['grade_reason']}" for r in brief.claimed] or ["None."]
    out += ["", "## Disputed", ""]
    out += [f"- {r['date']} · {r['type']} · {_place(r)}: {r['grade_reason']}" for r in brief.disputed] or ["None."]
    out += ["", "## Statements", ""]
    out += [f"- {t}: {n}" for t, n in sorted(brief.statements.items())] or ["None."]
    out.append("")
    return "\n".join(out)


def render_html(brief: Brief) -> str:
    """A self-contained HTML page (no external assets), escaped throughout."""
    e = html.escape
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{e(brief.case_name)}: brief {brief.since} to {brief.until}</title>",
        "<style>body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}"
        "blockquote{margin:.3rem 0 .8rem;padding:.3rem .8rem;border-left:3px solid #c9a227;background:#fbf8ee}"
        ".grade{font-size:.8rem;padding:0 .3rem;border-radius:3px;background:#eef}</style></head><body>",
        f"<h1>{e(brief.case_name)}</h1><p>Brief for {brief.since} to {brief.until}: "
        f"<strong>{len(brief.actions)} tangible actions</strong> and <strong>{len(brief.attacks)} attacks</strong> "
        f"(previous period: {brief.previous_counts.get('actions', 0)} and {brief.previous_counts.get('attacks', 0)}).</p>",
        "<h2>Commitments</h2><ul>",
    ]
    for c in brief.commitments:
        prev = f" (was {e(c.previous)})" if c.previous and c.previous != c.rating else ""
        reasons = "".join(f"<li>{e(r)}</li>" for r in c.reasons)
        parts.append(f"<li><strong>{e(c.id)}</strong>: {e(c.rating)}{prev}<ul>{reasons}</ul></li>")
    parts.append("</ul>")
    for title, rows in (("Tangible actions", brief.actions), ("Attacks", brief.attacks)):
        parts.append(f"<h2>{title}</h2>")
        if not rows:
            parts.append("<p>None reported in the period.</p>")
        for r in rows:
            parts.append(f"<p>{e(r['date'] or 'undated')} · <strong>{e(r['type'])}</strong> · {e(_place(r))} · "
                         f"{e(_groups(r))} · <span class='grade'>{e(r['grade'])}</span> {e(r['grade_reason'] or '')}</p>")
            if r.get("quote"):
                q = r["quote"]
                src = e(q.get("publisher") or "unknown publisher")
                if q.get("url"):
                    if safe_link(q["url"]):  # only http(s) URLs become links
                        src = f"<a href='{e(safe_link(q['url']))}'>{src}</a>"
                parts.append(f"<blockquote>{e(q['sentence'])}<br>— {src}</blockquote>")
    parts.append("</body></html>")
    return "\n".join(parts)
