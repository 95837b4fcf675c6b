"""Periodic briefs: what changed in a period, every figure with its quoted source.

A brief answers the analyst's question for one period, as CrisisWatch's monthly arrows do: for each
commitment an arrow (improved, deteriorated, unchanged; new for one made during the period) from its
rating at the end of the previous period to its rating at the end of this one, with the ledger's reasons
at both dates; the information cut-off (incidents dated after it are not counted, so a brief for a past
period can be made again at any time); counts per group and acting party; the tangible actions, attacks
and findings of the period (incidents, not reports), each with its quote, grade and link; the claims that
rest on the acting party's word; the disputes; and the coverage of the period against the one before, so
that a trend is not mistaken for a new outlet. Markdown, HTML, JSON and PDF carry the same sections
(:data:`SECTIONS`).
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from tangible.errors import E, InputError
from tangible.ontology import ACTION_TYPES, STATEMENT_TYPES, VIOLENCE_TYPES
from tangible.models import Incident
from tangible.resolve.statement import stating_mention_of
from tangible.sources.urls import safe_link

PERIODS = {"week": 7, "fortnight": 14, "month": 30, "quarter": 91}
_RANK = {"contradicted": 0, "no evidence": 1, "some action": 2, "substantial action": 3}
ARROWS = {"improved": "↑", "deteriorated": "↓", "unchanged": "→", "new": "•"}
SECTIONS: list[tuple[str, str]] = [
    ("commitments", "Commitments"),
    ("counts", "Counts per group and acting party"),
    ("actions", "Tangible actions"),
    ("attacks", "Attacks"),
    ("findings", "Findings"),
    ("claimed", "Resting on the acting party's word"),
    ("disputes", "Disputes"),
    ("statements", "Statements"),
    ("coverage", "Coverage"),
]
_ORDER = {"corroborated": 0, "single-source": 1, "claimed": 2, "disputed": 3}


def plural(n: int | float, word: str, many: str | None = None) -> str:
    """``1 attack``, ``2 attacks``, ``0 attacks``."""
    shown = f"{n:g}" if isinstance(n, float) else str(n)
    return f"{shown} {word if n == 1 else (many or word + 's')}"


def arrow_of(rating: str, previous: str | None) -> str:
    """improved, deteriorated or unchanged from ``previous`` to ``rating``; new when there was none."""
    if previous is None:
        return "new"
    if _RANK.get(rating, 0) > _RANK.get(previous, 0):
        return "improved"
    if _RANK.get(rating, 0) < _RANK.get(previous, 0):
        return "deteriorated"
    return "unchanged"


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
    at: str = ""
    previous_at: str = ""
    previous_reasons: list[str] = field(default_factory=list)
    previous_counts: dict[str, Any] = field(default_factory=dict)
    why: list[str] = field(default_factory=list)
    coverage: dict[str, Any] = field(default_factory=dict)

    @property
    def change(self) -> str:
        return arrow_of(self.rating, self.previous)


@dataclass
class Brief:
    case_name: str
    since: date
    until: date
    commitments: list[CommitmentLine] = field(default_factory=list)
    actions: list[dict] = field(default_factory=list)
    attacks: list[dict] = field(default_factory=list)
    findings: list[dict] = field(default_factory=list)
    claimed: list[dict] = field(default_factory=list)
    disputed: list[dict] = field(default_factory=list)
    statements: dict[str, int] = field(default_factory=dict)
    previous_counts: dict[str, int] = field(default_factory=dict)
    counts: dict[str, dict[str, dict[str, int]]] = field(default_factory=dict)
    coverage: dict[str, Any] = field(default_factory=dict)
    latest_report: str | None = None
    names: dict[str, str] = field(default_factory=dict)  # case-file ids of actors and groups: their names

    def name(self, entity_id: str) -> str:
        return self.names.get(entity_id, entity_id)

    @property
    def cutoff(self) -> date:
        return self.until

    def to_dict(self) -> dict[str, Any]:
        return {
            "case": self.case_name,
            "since": self.since.isoformat(),
            "until": self.until.isoformat(),
            "cutoff": self.cutoff.isoformat(),
            "latest_report": self.latest_report,
            "sections": [title for _, title in SECTIONS],
            "commitments": [dict(c.__dict__, change=c.change, arrow=c.change) for c in self.commitments],
            "counts": self.counts,
            "actions": self.actions,
            "attacks": self.attacks,
            "findings": self.findings,
            "claimed": self.claimed,
            "disputes": self.disputed,
            "disputed": self.disputed,
            "statements": self.statements,
            "coverage": self.coverage,
            "previous_period": self.previous_counts,
            "names": self.names,
        }


def _month_before(day: date) -> date:
    """The same day a month earlier (the month's last day when it has no such day)."""
    year, month = (day.year, day.month - 1) if day.month > 1 else (day.year - 1, 12)
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def period_bounds(until: date | None, period: str, since: date | None = None) -> tuple[date, date]:
    """(first day, last day) of the period ending on ``until``. A month is a calendar month when ``until`` is
    a month's last day, else the days after the same date a month earlier."""
    until = until or date.today()
    if since is None:
        if period not in PERIODS:
            raise InputError(f"Unknown period {period!r}.", f"Use one of: {', '.join(PERIODS)}.", code=E.UNKNOWN_BRIEF_PERIOD)
        if period == "month":
            since = until.replace(day=1) if (until + timedelta(days=1)).day == 1 else \
                _month_before(until) + timedelta(days=1)
        else:
            since = until - timedelta(days=PERIODS[period] - 1)
    if since > until:
        raise InputError(f"The brief starts ({since}) after it ends ({until}).", "Swap --since and --until.",
                         code=E.BRIEF_RANGE_REVERSED)
    return since, until


def _incidents(store, types, since: date, until: date, base_url: str) -> list[dict]:
    found: list[Incident] = []
    after = None
    while True:
        page = store.incidents.page(limit=200, after=after, type=list(types), since=since, until=until)
        found.extend(page)
        if len(page) < 200:
            break
        after = (page[-1].date.isoformat() if page[-1].date else None, page[-1].id)
    # Best-sourced first, then oldest: the brief leads with what is most certain.
    found.sort(key=lambda r: (_ORDER.get(r.grade, 9), r.date.isoformat() if r.date else "", r.id))
    with_mentions = store.incidents.incidents([r.id for r in found])
    return [_item(with_mentions.get(r.id, r), base_url) for r in found]


def _item(incident: Incident, base_url: str) -> dict:
    """The brief's line of an incident: its record with the sentence that states it (resolve.statement), that
    sentence's publisher and address, and the link to its page."""
    quote = stating_mention_of(incident)
    record = incident.to_dict()
    del record["mentions"]
    record["quote"] = {"sentence": quote.sentence, "publisher": quote.publisher, "url": quote.url,
                       "doc_id": quote.doc_id} if quote else None
    record["link"] = f"{base_url.rstrip('/')}/incidents/{incident.id}"
    return record


def _why(line: CommitmentLine) -> list[str]:
    """What moved between the two ratings, in the ledger's own counts."""
    if line.previous is None:
        return [f"Made during the period: first rated {line.rating} at {line.at}."]
    now, then = line.counts, line.previous_counts
    head = (f"Rated {line.rating} at {line.at}, {line.previous} at {line.previous_at}." if line.previous != line.rating
            else f"Rated {line.rating} at {line.at} as at {line.previous_at}.")
    out = [head]
    moved = []
    for key, word in (("supporting", "supporting incident"), ("contradicting", "contradicting incident"),
                      ("disputed", "disputed incident"), ("findings", "finding")):
        a, b = then.get(key, 0), now.get(key, 0)
        if a != b:
            moved.append(f"{plural(b, word)} in its period, against {a} before")
    out.append(("; ".join(moved) + ".") if moved else "The counts it rests on did not change.")
    out[-1] = out[-1][0].upper() + out[-1][1:]
    return out


def build_brief(store, case, *, since: date, until: date, base_url: str = "") -> Brief:
    from tangible.services.coverage import compare
    from tangible.services.ledger import ledger_at

    brief = Brief(case_name=case.name, since=since, until=until,
                  names={e.id: e.name for e in [*case.actors.values(), *case.groups.values()]})
    before_at = since - timedelta(days=1)
    before = {r.commitment_id: r for r in ledger_at(store, case, before_at, save=False)}
    specs = {c.id: c for c in store.ledger.list()}
    for rating in ledger_at(store, case, until, save=False):
        spec = specs.get(rating.commitment_id)
        prev = before.get(rating.commitment_id)
        line = CommitmentLine(
            id=rating.commitment_id,
            by=getattr(spec, "by", ""),
            to=list(getattr(spec, "to", []) or []),
            text=getattr(spec, "text", ""),
            rating=rating.rating,
            previous=prev.rating if prev else None,
            counts=rating.counts,
            reasons=list(rating.reasons),
            at=until.isoformat(),
            previous_at=before_at.isoformat(),
            previous_reasons=list(prev.reasons) if prev else [],
            previous_counts=dict(prev.counts) if prev else {},
        )
        line.why = _why(line)
        line.coverage = compare(store, since, until, groups=getattr(spec, "groups", None) or ()).to_dict()
        brief.commitments.append(line)
    brief.actions = _incidents(store, ACTION_TYPES, since, until, base_url)
    brief.attacks = _incidents(store, VIOLENCE_TYPES, since, until, base_url)
    brief.findings = _incidents(store, ["FINDING"], since, until, base_url)
    everything = brief.actions + brief.attacks + brief.findings
    brief.claimed = [r for r in everything if r["grade"] == "claimed"]
    brief.disputed = [r for r in everything if r["grade"] == "disputed" or r.get("verification") == "disputed"]
    for t in STATEMENT_TYPES:
        if t == "FINDING":
            continue
        n = store.incidents.count_filtered(type=t, since=since, until=until)
        if n:
            brief.statements[t] = n
    length = (until - since).days + 1
    prev_since, prev_until = since - timedelta(days=length), since - timedelta(days=1)
    brief.previous_counts = {
        "actions": store.incidents.count_filtered(type=list(ACTION_TYPES), since=prev_since, until=prev_until),
        "attacks": store.incidents.count_filtered(type=list(VIOLENCE_TYPES), since=prev_since, until=prev_until),
    }
    by_group: dict[str, dict[str, int]] = {}
    by_party: dict[str, dict[str, int]] = {}
    for kind, rows in (("actions", brief.actions), ("attacks", brief.attacks)):
        for r in rows:
            for g in r.get("groups") or ["no group named"]:
                by_group.setdefault(g, {"actions": 0, "attacks": 0})[kind] += 1
            party = (r.get("source") or {}).get("id") or "unnamed party"
            by_party.setdefault(party, {"actions": 0, "attacks": 0})[kind] += 1
    brief.counts = {"by_group": dict(sorted(by_group.items())), "by_acting_party": dict(sorted(by_party.items()))}
    brief.coverage = compare(store, since, until).to_dict()
    brief.coverage["current_detail"] = _coverage_detail(store, since, until)
    days = [d.day for d in store.coverage.documents_between(since, until)]
    brief.latest_report = max(days).isoformat() if days else None
    return brief


FIRST, LAST = date(1900, 1, 1), date(2199, 12, 31)  # the dates a brief can be made for


def brief_for(store, settings, period: str, at: date | None) -> Brief:
    """The brief for the named ``period`` ending at ``at`` (default today), under the settings' case file."""
    from tangible.services.case import get_case

    if period not in PERIODS:
        raise InputError(f"Unknown period {period!r}.", f"Use one of: {', '.join(PERIODS)}.", code=E.UNKNOWN_BRIEF_PERIOD)
    at = at or date.today()
    if not FIRST <= at <= LAST:
        raise InputError(f"A brief is made for dates from {FIRST} to {LAST}, not {at}.", code=E.BRIEF_DATE_OUT_OF_RANGE)
    since, until = period_bounds(at, period)
    return build_brief(store, get_case(settings), since=since, until=until, base_url=settings.public_url)


def _coverage_detail(store, since: date, until: date) -> dict:
    from tangible.services.coverage import measure

    cov = measure(store, since, until)
    return {"publishers": cov.publishers, "regions": cov.regions}


# --- rendering -----------------------------------------------------------
def _place(r: dict) -> str:
    loc = r.get("location") or {}
    return loc.get("name") or "place not reported"


def _groups(r: dict) -> str:
    return ", ".join(r.get("groups") or []) or "no group named"


def _qty(r: dict) -> str:
    q = r.get("quantities") or {}
    return ", ".join(f"{v} {k}" for k, v in sorted(q.items()))


def _headline(brief: Brief) -> str:
    n_act, n_att = len(brief.actions), len(brief.attacks)
    p = brief.previous_counts
    return (f"{plural(n_act, 'tangible action')} and {plural(n_att, 'attack')} reported as incidents in the "
            f"period (previous period of the same length: {plural(p.get('actions', 0), 'action')} and "
            f"{plural(p.get('attacks', 0), 'attack')}). Each incident counts once however many outlets reported "
            "it; only asserted actions count.")


def _cutoff(brief: Brief) -> str:
    latest = f" The latest report in the period is dated {brief.latest_report}." if brief.latest_report else ""
    return (f"Information cut-off: {brief.cutoff.isoformat()}. Incidents dated after it are not counted, so this "
            f"brief can be made again for the same period at any time.{latest}")


def _party(brief: Brief, r: dict) -> str:
    party = (r.get("source") or {}).get("id")
    return brief.name(party) if party else "unnamed party"


def _line_md(brief: Brief, r: dict) -> list[str]:
    qty = f"; {_qty(r)}" if _qty(r) else ""
    party = _party(brief, r)
    out = [f"- {r['date'] or 'undated'} · **{r['type']}** by {party} · {_place(r)} · {_groups(r)}{qty} · "
           f"*{r['grade']}* ({r['grade_reason'] or 'no reason given'}) · [incident page]({r['link']})"]
    if r.get("quote"):
        q = r["quote"]
        link = f" <{q['url']}>" if q.get("url") and safe_link(q["url"]) else ""
        out.append(f"  > {q['sentence']}")
        out.append(f"  > — {q.get('publisher') or 'unknown publisher'}{link}")
    return out


def render_markdown(brief: Brief) -> str:
    out = [f"# {brief.case_name}: brief for {brief.since} to {brief.until}", "", _cutoff(brief), "",
           _headline(brief)]
    if brief.coverage.get("changed"):
        out += ["", f"**Flag: {brief.coverage['statement']}** Read the period's trends with it."]
    for key, title in SECTIONS:
        out += ["", f"## {title}", ""]
        out += _MD[key](brief)
    out.append("")
    return "\n".join(out)


def _md_commitments(brief: Brief) -> list[str]:
    if not brief.commitments:
        return ["No active commitments in the case file."]
    out = []
    for c in brief.commitments:
        was = f" (was {c.previous})" if c.previous and c.previous != c.rating else ""
        out.append(f"- **{c.id}** — {brief.name(c.by)} to {', '.join(map(brief.name, c.to)) or 'no one named'}: "
                   f"{ARROWS[c.change]} "
                   f"**{c.change}**, {c.rating}{was}")
        out += [f"  - {w}" for w in c.why]
        out.append(f"  - {c.coverage.get('statement', '')}")
        out.append(f"  - Reasons at {c.at}:")
        out += [f"    - {r}" for r in c.reasons]
        if c.previous_reasons:
            out.append(f"  - Reasons at {c.previous_at}:")
            out += [f"    - {r}" for r in c.previous_reasons]
    return out


def _md_counts(brief: Brief) -> list[str]:
    out = []
    for key, label in (("by_group", "Per group"), ("by_acting_party", "Per acting party")):
        rows = brief.counts.get(key) or {}
        out.append(f"{label}:")
        out += [f"- {brief.name(name)}: {plural(v['actions'], 'action')}, {plural(v['attacks'], 'attack')}"
                for name, v in rows.items()] or ["- none"]
        out.append("")
    return out[:-1]


def _md_rows(brief: Brief, rows: list[dict], none: str = "None reported in the period.") -> list[str]:
    out: list[str] = []
    for r in rows:
        out += _line_md(brief, r)
    return out or [none]


def _md_coverage(brief: Brief) -> list[str]:
    cov = brief.coverage
    out = [cov.get("statement", ""), ""]
    detail = cov.get("current_detail") or {}
    out.append("Per publisher (documents seen, on the case):")
    out += [f"- {p}: {plural(v['seen'], 'document')} seen, {v['on_case']} on the case"
            for p, v in (detail.get("publishers") or {}).items()] or ["- none"]
    out += ["", "Per region (documents on the case, outlets):"]
    out += [f"- {region}: {plural(v['on_case'], 'document')} from {plural(len(v['publishers']), 'outlet')} "
            f"({', '.join(v['publishers'])})" for region, v in (detail.get("regions") or {}).items()] or ["- none"]
    return out


_MD = {
    "commitments": _md_commitments,
    "counts": _md_counts,
    "actions": lambda b: _md_rows(b, b.actions),
    "attacks": lambda b: _md_rows(b, b.attacks),
    "findings": lambda b: _md_rows(b, b.findings),
    "claimed": lambda b: _md_rows(b, b.claimed, "None."),
    "disputes": lambda b: _md_rows(b, b.disputed, "None."),
    "statements": lambda b: [f"- {t}: {plural(n, 'incident')}" for t, n in sorted(b.statements.items())] or ["None."],
    "coverage": _md_coverage,
}

_CSS = ("body{font:15px/1.5 'DejaVu Sans',system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;"
        "color:#1b1f24}h1{font-size:1.6rem}h2{font-size:1.2rem;border-bottom:1px solid #ccc;margin-top:1.6rem}"
        "blockquote{margin:.3rem 0 .8rem;padding:.3rem .8rem;border-left:3px solid #c9a227;background:#fbf8ee}"
        ".grade{font-size:.8rem;padding:0 .3rem;border-radius:3px;background:#eef}.flag{background:#fff3cd;"
        "padding:.4rem .6rem;border-left:4px solid #d39e00}.arrow-improved{color:#1a7f37}"
        ".arrow-deteriorated{color:#c62828}.arrow-unchanged{color:#555}.muted{color:#666}"
        "table{border-collapse:collapse}td,th{padding:.1rem .6rem;border-bottom:1px solid #eee;text-align:left}"
        "@page{size:A4;margin:18mm}")


def render_html(brief: Brief) -> str:
    """A self-contained HTML page (no external assets), escaped throughout."""
    e = html.escape
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{e(brief.case_name)}: brief {brief.since} to {brief.until}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>{e(brief.case_name)}: brief for {brief.since} to {brief.until}</h1>",
        f"<p id='cutoff'>{e(_cutoff(brief))}</p>",
        f"<p>{e(_headline(brief))}</p>",
    ]
    if brief.coverage.get("changed"):
        parts.append(f"<p class='flag'><strong>Flag: {e(brief.coverage['statement'])}</strong> Read the period's "
                     "trends with it.</p>")
    for key, title in SECTIONS:
        parts.append(f"<h2 id='{key}'>{e(title)}</h2>")
        parts.append(_HTML[key](brief))
    parts.append("</body></html>")
    return "\n".join(parts)


def _html_rows(brief: Brief, rows: list[dict], none: str = "None reported in the period.") -> str:
    e = html.escape
    if not rows:
        return f"<p>{e(none)}</p>"
    out = []
    for r in rows:
        party = _party(brief, r)
        qty = f" · {e(_qty(r))}" if _qty(r) else ""
        out.append(f"<p>{e(r['date'] or 'undated')} · <strong>{e(r['type'])}</strong> by {e(party)} · "
                   f"{e(_place(r))} · {e(_groups(r))}{qty} · <span class='grade'>{e(r['grade'])}</span> "
                   f"{e(r['grade_reason'] or 'no reason given')} · <a href='{e(r['link'])}'>incident page</a></p>")
        if r.get("quote"):
            q = r["quote"]
            src = e(q.get("publisher") or "unknown publisher")
            if q.get("url") and safe_link(q["url"]):  # only http(s) URLs become links
                src = f"<a href='{e(safe_link(q['url']))}'>{src}</a>"
            out.append(f"<blockquote>{e(q['sentence'])}<br>— {src}</blockquote>")
    return "\n".join(out)


def _html_commitments(brief: Brief) -> str:
    e = html.escape
    if not brief.commitments:
        return "<p>No active commitments in the case file.</p>"
    out = ["<ul>"]
    for c in brief.commitments:
        was = f" (was {e(c.previous)})" if c.previous and c.previous != c.rating else ""
        why = "".join(f"<li>{e(w)}</li>" for w in c.why)
        now = "".join(f"<li>{e(r)}</li>" for r in c.reasons)
        then = "".join(f"<li>{e(r)}</li>" for r in c.previous_reasons)
        out.append(
            f"<li><strong>{e(c.id)}</strong> — {e(brief.name(c.by))} to "
            f"{e(', '.join(map(brief.name, c.to)) or 'no one named')}: "
            f"<span class='arrow-{c.change}'>{ARROWS[c.change]} <strong>{c.change}</strong></span>, "
            f"{e(c.rating)}{was}<ul>{why}<li>{e(c.coverage.get('statement', ''))}</li>"
            f"<li>Reasons at {e(c.at)}:<ul>{now}</ul></li>"
            + (f"<li>Reasons at {e(c.previous_at)}:<ul>{then}</ul></li>" if then else "") + "</ul></li>")
    out.append("</ul>")
    return "".join(out)


def _html_counts(brief: Brief) -> str:
    e = html.escape
    out = []
    for key, label in (("by_group", "Per group"), ("by_acting_party", "Per acting party")):
        rows = brief.counts.get(key) or {}
        out.append(f"<p>{label}:</p><ul>")
        out += [f"<li>{e(brief.name(name))}: {plural(v['actions'], 'action')}, {plural(v['attacks'], 'attack')}</li>"
                for name, v in rows.items()] or ["<li>none</li>"]
        out.append("</ul>")
    return "".join(out)


def _html_coverage(brief: Brief) -> str:
    e = html.escape
    cov = brief.coverage
    detail = cov.get("current_detail") or {}
    out = [f"<p>{e(cov.get('statement', ''))}</p>", "<p>Per publisher (documents seen, on the case):</p><ul>"]
    out += [f"<li>{e(p)}: {plural(v['seen'], 'document')} seen, {v['on_case']} on the case</li>"
            for p, v in (detail.get("publishers") or {}).items()] or ["<li>none</li>"]
    out.append("</ul><p>Per region (documents on the case, outlets):</p><ul>")
    out += [f"<li>{e(region)}: {plural(v['on_case'], 'document')} from {plural(len(v['publishers']), 'outlet')} "
            f"({e(', '.join(v['publishers']))})</li>" for region, v in (detail.get("regions") or {}).items()] \
        or ["<li>none</li>"]
    out.append("</ul>")
    return "".join(out)


_HTML = {
    "commitments": _html_commitments,
    "counts": _html_counts,
    "actions": lambda b: _html_rows(b, b.actions),
    "attacks": lambda b: _html_rows(b, b.attacks),
    "findings": lambda b: _html_rows(b, b.findings),
    "claimed": lambda b: _html_rows(b, b.claimed, "None."),
    "disputes": lambda b: _html_rows(b, b.disputed, "None."),
    "statements": lambda b: "<ul>" + ("".join(f"<li>{html.escape(t)}: {plural(n, 'incident')}</li>"
                                               for t, n in sorted(b.statements.items())) or "<li>None.</li>") + "</ul>",
    "coverage": _html_coverage,
}


def render_pdf(brief: Brief) -> bytes:
    """The HTML brief as PDF (WeasyPrint, with the system's pango and fonts)."""
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as exc:  # the package, or pango, is missing
        raise InputError(f"PDF briefs need WeasyPrint and pango: {exc}.",
                         "Install with `pip install 'tangible[pdf]'` and Debian's libpango-1.0-0 and "
                         "fonts-dejavu-core.", code=E.PDF_UNAVAILABLE) from exc
    return HTML(string=render_html(brief)).write_pdf()
