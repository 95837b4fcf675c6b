"""Alerts: saved rules matched against what derivation produced, delivered through a durable outbox.

A rule is a saved filter (commitment, group, type, place, grade, verification) with one or more triggers
(:data:`TRIGGERS`). :func:`after_derivation` is the pipeline's one call: it matches every rule against the
incidents and ratings now on record and writes an alert for each match the rule has not seen, together
with the outbox rows that deliver it, in one transaction.

What an alert is about is identified by mentions, not incident ids: a rule remembers the mentions of every
incident it has seen (``alert_marks``); an incident that shares a mention with one seen is not new, whatever
id a rebuild or a merge gives it (mention ids are content hashes of document and span). A rating change is
identified by the commitment and the count of changes the rule has seen. When a rule is created, everything
on record then is marked seen: a rule alerts about what is new after it.

Delivery (:func:`deliver_due`) sends what the outbox holds: email through the configured SMTP server and
webhooks signed with HMAC-SHA256 (``X-Tangible-Signature-256: sha256=<hex>`` over the exact body). A failed
attempt is logged and retried after ``alert_retry_seconds``, doubled after each failure up to six hours,
until it is delivered; nothing is dropped. A rule in digest mode (hourly, daily) gathers its alerts by
window and sends one message per window once the window has closed. The Atom feed of a rule lists its
alerts, for feed readers.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import re
import secrets
import smtplib
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit
from xml.etree import ElementTree as ET

from tangible.errors import E, InputError, NotFound, RecordRejected
from tangible.ledger import (
    acting_party,
    contradiction_evidence,
    is_action_against_covered,
    is_finding,
    not_counted_because,
)
from tangible.ontology import EVENT_TYPES, GRADES, VERIFICATIONS
from tangible.models import Incident
from tangible.resolve.statement import stating_mention_of
from tangible.settings import Settings
from tangible.store.alerts import Alert, AlertRule, Delivery, NewAlert

if TYPE_CHECKING:  # httpx (with its command line's rich and pygments) is imported when webhooks are sent
    import httpx

log = logging.getLogger(__name__)

TRIGGERS: dict[str, str] = {
    "incident": "a new incident that matches the rule's filters",
    "contradicting": "a new incident that contradicts a commitment (the rule's, or any active one), counted as such",
    "rating": "a commitment's rating changed (the rule's commitment, or any active one)",
    "claimed": "a new claim resting on the acting party's own word (an incident graded claimed)",
    "disputed": "an incident became disputed (a denial or contradiction is on record)",
}
FILTERS = ("commitment", "group", "type", "place", "grade", "verification")
DIGESTS = ("none", "hourly", "daily")
MAX_BACKOFF = 6 * 3600.0  # seconds: the longest wait between two attempts of one delivery
CLAIM_SECONDS = 300.0  # a delivery taken by a sender is not taken by another for this long
SIGNATURE_HEADER = "X-Tangible-Signature-256"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 _.:-]{0,119}$")
_EMAIL = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\".]+$")


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


# --- rules ---------------------------------------------------------------
def _clean_filters(store, case, filters: dict[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in (filters or {}).items():
        if key not in FILTERS:
            raise InputError(f"Unknown alert filter {key!r}.", f"Use: {', '.join(FILTERS)}.", code=E.ALERT_UNKNOWN_OPTION)
        if value is None or str(value).strip() == "":
            continue
        value = str(value).strip()
        if key == "commitment" and store.ledger.get(value) is None:
            known = ", ".join(c.id for c in store.ledger.list(status="active")) or "none yet"
            raise InputError(f"No commitment with id {value!r}.", f"Active commitments: {known}.", code=E.ALERT_UNKNOWN_VALUE)
        if key == "group" and not (case.is_group(value) or case.is_actor(value)):
            raise InputError(f"The case file names no group or actor {value!r}.",
                             f"Groups: {', '.join(sorted(case.groups))}.", code=E.ALERT_UNKNOWN_VALUE)
        if key == "type":
            value = value.upper()
            if value not in EVENT_TYPES:
                raise InputError(f"Unknown event type {value!r}.", f"Use one of: {', '.join(EVENT_TYPES)}.",
                                 code=E.ALERT_UNKNOWN_VALUE)
        if key == "grade" and value not in GRADES:
            raise InputError(f"Unknown grade {value!r}.", f"Use one of: {', '.join(GRADES)}.", code=E.ALERT_UNKNOWN_VALUE)
        if key == "verification" and value not in VERIFICATIONS:
            raise InputError(f"Unknown verification {value!r}.", f"Use one of: {', '.join(VERIFICATIONS)}.",
                             code=E.ALERT_UNKNOWN_VALUE)
        out[key] = value
    return out


def _check_webhook(url: str, settings: Settings) -> str:
    from tangible.sources.urls import link_problem  # the one rule for what a link may be

    url = (url or "").strip()
    problem = link_problem(url)
    if problem:
        raise InputError(f"The webhook {url!r} {problem}.", "Give an http or https URL.", code=E.ALERT_BAD_ADDRESS)
    parts = urlsplit(url)
    if not settings.allow_private_network:
        _check_public(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))
    return url


def _check_public(host: str, port: int) -> None:
    from tangible.sources.fetch import is_public_address, system_resolver

    for address in system_resolver(host, port):
        if not is_public_address(address):
            raise InputError(f"The webhook host {host} resolves to {address}, a private or loopback address.",
                             "Set TANGIBLE_ALLOW_PRIVATE_NETWORK=1 only to deliver inside your own network.",
                             code=E.ALERT_PRIVATE_WEBHOOK)


def add_rule(store, settings: Settings, *, name: str, owner: str = "cli", filters: dict[str, Any] | None = None,
             triggers: list[str] | None = None, emails: list[str] | None = None, webhooks: list[str] | None = None,
             digest: str = "none", webhook_secret: str | None = None, today: date | None = None) -> AlertRule:
    """Save a rule; everything on record now is marked seen, so it alerts about what comes after.
    A webhook rule gets a signing secret (given, or generated) returned with the rule."""
    from tangible.services.case import get_case

    name = (name or "").strip()
    if not _NAME.match(name):
        raise InputError(f"An alert rule needs a name of 1 to 120 letters, digits, spaces or _ . : - (got {name!r}).",
                         code=E.ALERT_NAME)
    case = get_case(settings)
    if not store.ledger.list():
        from tangible.services.ledger import sync_commitments

        sync_commitments(store, case)
    clean = _clean_filters(store, case, filters or {})
    chosen = list(dict.fromkeys(t.strip().lower() for t in (triggers or []) if t and t.strip())) or ["incident"]
    for t in chosen:
        if t not in TRIGGERS:
            raise InputError(f"Unknown alert trigger {t!r}.", f"Use one of: {', '.join(TRIGGERS)}.", code=E.ALERT_UNKNOWN_OPTION)
    addresses = [e.strip() for e in emails or [] if e and e.strip()]
    for e in addresses:
        if not _EMAIL.match(e) or len(e) > 254:
            raise InputError(f"{e!r} is not an email address.", code=E.ALERT_BAD_ADDRESS)
    hooks = [_check_webhook(u, settings) for u in webhooks or [] if u and u.strip()]
    if digest not in DIGESTS:
        raise InputError(f"Unknown digest mode {digest!r}.", f"Use one of: {', '.join(DIGESTS)}.", code=E.ALERT_UNKNOWN_OPTION)
    secret = (webhook_secret or "").strip() or (secrets.token_urlsafe(32) if hooks else None)
    rule = store.alerts.create_rule({
        "name": name, "owner": (owner or "cli")[:120], "filters": clean, "triggers": chosen, "emails": addresses,
        "webhooks": hooks, "webhook_secret": secret, "feed_key": secrets.token_urlsafe(24), "digest": digest,
        "state": {},
    })
    evaluate(store, settings, rules=[rule], today=today, baseline=True)
    return store.alerts.get_rule(rule.id)


def remove_rule(store, name: str, *, owner: str | None = None) -> AlertRule:
    rule = store.alerts.get_rule(name)
    if rule is None or (owner is not None and rule.owner != owner):
        raise NotFound(f"No alert rule named {name!r}.", "See `tangible alert list`.", code=E.ALERT_NOT_FOUND)
    return store.alerts.remove_rule(name)


def get_rule(store, name: str, *, owner: str | None = None) -> AlertRule:
    rule = store.alerts.get_rule(name)
    if rule is None or (owner is not None and rule.owner != owner):
        raise NotFound(f"No alert rule named {name!r}.", "See `tangible alert list`.", code=E.ALERT_NOT_FOUND)
    return rule


def find_rule(store, key: int | str) -> AlertRule | None:
    """The rule with this number or name, whoever owns it, or None."""
    return store.alerts.get_rule(key)


def deliveries(store, *, rule_id: int | None = None, pending: bool = False) -> list:
    """The outbox (of one rule, or every rule; only what is not yet delivered with ``pending``), each delivery
    with its attempts."""
    return store.alerts.deliveries(rule_id=rule_id, status="pending" if pending else None, with_log=True)


def describe(store, settings: Settings, *, owner: str | None = None, limit: int = 20) -> list[dict]:
    """Each rule with the alerts it has produced (newest first, up to ``limit``) and its outbox counts."""
    counts = store.alerts.alert_counts()
    outbox = store.alerts.delivery_counts()
    out = []
    for rule in store.alerts.list_rules(owner=owner):
        d = rule.to_dict()
        d["feed"] = feed_url(settings, rule)
        d["alerts_count"] = counts.get(rule.id, 0)
        d["alerts"] = [a.to_dict() for a in store.alerts.alerts(rule.id, limit=limit)]
        d["deliveries"] = {"pending": outbox.get(rule.id, {}).get("pending", 0),
                           "delivered": outbox.get(rule.id, {}).get("delivered", 0)}
        out.append(d)
    return out


def feed_url(settings: Settings, rule: AlertRule) -> str:
    return f"{settings.public_url.rstrip('/')}/alerts/{rule.id}/feed.atom?key={rule.feed_key}"


# --- matching ------------------------------------------------------------
@dataclass
class _Context:
    """What one evaluation reads once and every rule shares."""

    store: Any
    settings: Settings
    case: Any
    today: date
    commitments: dict[str, Any] = field(default_factory=dict)
    _ratings: dict[str, Any] | None = None
    _incidents: dict[tuple, list[Incident]] = field(default_factory=dict)

    def ratings(self) -> dict[str, Any]:
        if self._ratings is None:
            from tangible.services.ledger import ledger_at

            self._ratings = {r.commitment_id: r for r in ledger_at(self.store, self.case, self.today, save=False)}
        return self._ratings

    def incidents(self, filters: dict[str, str]) -> list[Incident]:
        """Incidents matching the filters the store can apply (group, type, place, grade), with each
        mention's id and sentence; the rest is checked in :func:`_matches`."""
        key = tuple(sorted((k, v) for k, v in filters.items() if k in ("group", "type", "place", "grade")))
        if key not in self._incidents:
            args = dict(key)
            self._incidents[key] = list(self.store.incidents.iter_incidents(with_mentions="sentences",
                                                                            batch_size=2000, **args))
        return self._incidents[key]


def _concerns(c, inc: Incident, territories) -> bool:
    """Whether an incident bears on a commitment: an action against a covered group, a contradicting act,
    or a finding about a covered group."""
    return is_action_against_covered(c, inc) or is_finding(c, inc) or \
        contradiction_evidence(c, inc, territories) is not None


def _contradicts(c, inc: Incident, territories) -> str | None:
    """The sentence that makes ``inc`` count against ``c`` (as the ledger counts it), or None."""
    day = inc.date
    if day is None or (c.made_on and day < c.made_on) or inc.review_status == "rejected":
        return None
    if is_action_against_covered(c, inc):
        return None
    evidence = contradiction_evidence(c, inc, territories)
    if evidence is None or not_counted_because(inc):
        return None
    return evidence


def _matches(ctx: _Context, rule: AlertRule, trigger: str, inc: Incident) -> dict | None:
    """None, or what the alert says beyond the incident (the commitment it contradicts, the sentence)."""
    f = rule.filters
    if inc.review_status == "rejected":
        return None
    if f.get("verification") and inc.verification != f["verification"]:
        return None
    territories = ctx.case.territories
    chosen = [ctx.commitments[f["commitment"]]] if f.get("commitment") in ctx.commitments else \
        ([] if f.get("commitment") else list(ctx.commitments.values()))
    if f.get("commitment") and not chosen:
        return None  # the rule's commitment is no longer active
    extra: dict[str, Any] = {}
    if trigger == "contradicting":
        for c in chosen:
            evidence = _contradicts(c, inc, territories)
            if evidence is not None:
                return {"commitment": c.id, "evidence": evidence}
        return None
    if f.get("commitment") and not _concerns(chosen[0], inc, territories):
        return None
    if f.get("commitment"):
        extra["commitment"] = chosen[0].id
    if trigger == "claimed" and inc.grade != "claimed":
        return None
    if trigger == "disputed" and not (inc.grade == "disputed" or inc.verification == "disputed"):
        return None
    return extra


def _place(inc: Incident) -> str | None:
    loc = inc.location
    return (loc.name or loc.admin1 or loc.country) if loc else None


def _incident_alert(ctx: _Context, rule: AlertRule, trigger: str, inc: Incident, extra: dict) -> NewAlert:
    full = ctx.store.incidents.incident(inc.id) or inc
    quote = stating_mention_of(full)
    anchor = min(m.mention_id for m in inc.mentions if m.mention_id)
    place = _place(inc)
    day = inc.date.isoformat() if inc.date else None
    what = {"incident": "New incident", "contradicting": f"Contradicts {extra.get('commitment')}",
            "claimed": "New claim", "disputed": "Disputed"}[trigger]
    title = (f"{what}: {inc.type}" + (f" in {place}" if place else "") + (f", {day}" if day else "")
             + f" ({inc.grade})")
    payload = {
        "trigger": trigger, "incident": inc.id, "type": inc.type, "date": day, "place": place,
        "groups": list(inc.groups), "acting_party": acting_party(inc), "grade": inc.grade,
        "grade_reason": inc.grade_reason, "verification": inc.verification,
        "publishers": list(inc.publishers),
        "quote": {"sentence": quote.sentence, "publisher": quote.publisher, "url": quote.url, "doc_id": quote.doc_id}
        if quote else None,
        "link": f"/incidents/{inc.id}", **extra,
    }
    return NewAlert(key=f"{trigger}:{anchor}", trigger=trigger, subject_kind="incident", subject_id=inc.id,
                    title=title, payload=payload, window=None, targets=[])


def _window(digest: str, at: datetime) -> str | None:
    if digest == "hourly":
        return at.strftime("%Y-%m-%dT%H")
    if digest == "daily":
        return at.strftime("%Y-%m-%d")
    return None


def _window_closed(window: str, at: datetime) -> bool:
    if "T" in window:
        start = datetime.strptime(window, "%Y-%m-%dT%H").replace(tzinfo=timezone.utc)
        return at >= start + timedelta(hours=1)
    start = datetime.strptime(window, "%Y-%m-%d").replace(tzinfo=timezone.utc)
    return at >= start + timedelta(days=1)


def _targets(rule: AlertRule) -> list[tuple[str, str]]:
    return [("email", e) for e in rule.emails] + [("webhook", u) for u in rule.webhooks]


def _evaluate_rule(ctx: _Context, rule: AlertRule, *, baseline: bool, at: datetime) -> list[Alert]:
    seen = ctx.store.alerts.marks(rule.id)
    new: list[NewAlert] = []
    marks: list[tuple[str, str]] = []
    state = dict(rule.state)
    state_changed = False
    for trigger in rule.triggers:
        if trigger == "rating":
            ratings = ctx.ratings()
            wanted = [rule.filters["commitment"]] if rule.filters.get("commitment") else sorted(ratings)
            known: dict[str, str] = dict(state.get("ratings") or {})
            changes: dict[str, int] = dict(state.get("changes") or {})
            for cid in wanted:
                r = ratings.get(cid)
                if r is None:
                    continue
                before = known.get(cid)
                if before == r.rating:
                    continue
                known[cid] = r.rating
                state_changed = True
                if before is None or baseline:
                    continue
                changes[cid] = changes.get(cid, 0) + 1
                new.append(NewAlert(
                    key=f"rating:{cid}:{changes[cid]}", trigger="rating", subject_kind="commitment", subject_id=cid,
                    title=f"Rating of {cid} changed: {before} → {r.rating} (at {r.at.isoformat()})",
                    payload={"trigger": "rating", "commitment": cid, "from": before, "to": r.rating,
                             "at": r.at.isoformat(), "reasons": list(r.reasons), "counts": {
                                 k: v for k, v in r.counts.items() if isinstance(v, (int, float))},
                             "link": f"/commitments/{cid}"},
                    window=None, targets=[]))
            state["ratings"], state["changes"] = known, changes
            continue
        marked = seen.get(trigger, set())
        for inc in ctx.incidents(rule.filters):
            ids = [m.mention_id for m in inc.mentions if m.mention_id]
            if not ids:
                continue
            extra = _matches(ctx, rule, trigger, inc)
            if extra is None:
                continue
            fresh = [m for m in ids if m not in marked]
            if not fresh:
                continue
            marks.extend((trigger, m) for m in fresh)
            known_before = len(fresh) < len(ids)
            marked.update(fresh)
            if baseline or known_before:
                continue  # seen when the rule was made, or the same incident with a new report
            new.append(_incident_alert(ctx, rule, trigger, inc, extra))
    window = _window(rule.digest, at)
    for a in new:
        a.window = window
        a.targets = [] if window else _targets(rule)
    if not new and not marks and not state_changed:
        return []
    try:
        return ctx.store.alerts.record(rule.id, new, marks, state if state_changed else None, at=at)
    except RecordRejected as exc:  # another process recorded the same alerts meanwhile: they exist
        if exc.integrity:
            log.info("alert rule %s: alerts recorded by another process", rule.name)
            return []
        raise


def evaluate(store, settings: Settings, *, rules: list[AlertRule] | None = None, today: date | None = None,
             now: datetime | None = None, baseline: bool = False) -> dict:
    """Match rules against the incidents and ratings on record; the alerts written, per rule."""
    from tangible.services.case import get_case

    rules = store.alerts.list_rules() if rules is None else rules
    if not rules:
        return {}
    at = now or _utcnow()
    ctx = _Context(store, settings, get_case(settings), today or at.date(),
                   {c.id: c for c in store.ledger.list(status="active")})
    produced: dict[str, int] = {}
    for rule in rules:
        written = _evaluate_rule(ctx, rule, baseline=baseline, at=at)
        if written:
            produced[rule.name] = len(written)
    return produced


def after_derivation(store, settings: Settings, *, derived: bool = True, today: date | None = None,
                     now: datetime | None = None) -> dict:
    """The pipeline's one call after resolution and rating: when something was derived, alerts for what is
    new; then whatever the outbox holds that is due is sent. Nothing at all when no rule is saved."""
    if not store.alerts.has_rules():
        return {}
    out: dict[str, Any] = {}
    if derived:
        produced = evaluate(store, settings, today=today, now=now)
        if produced:
            out["produced"] = produced
    sent = deliver_due(store, settings, now=now)
    if any(sent.values()):
        out["deliveries"] = sent
    return out


# --- delivery ------------------------------------------------------------
def sign(secret: str, body: bytes) -> str:
    """The signature header's value for ``body``: ``sha256=`` and the HMAC-SHA256 hex digest."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def verify_signature(secret: str, body: bytes, header: str | None) -> bool:
    """What a receiver checks: the header matches the body signed with the shared secret."""
    return bool(header) and hmac.compare_digest(sign(secret, body), header)


def _absolute(settings: Settings, link: str | None) -> str | None:
    if not link:
        return None
    return settings.public_url.rstrip("/") + link if link.startswith("/") else link


def alert_json(settings: Settings, alert: Alert) -> dict:
    d = alert.to_dict()
    d["link"] = _absolute(settings, alert.payload.get("link"))
    return d


def _text(settings: Settings, alert: Alert) -> str:
    p = alert.payload
    lines = [alert.title]
    if p.get("trigger") == "rating":
        lines += [f"  {r}" for r in p.get("reasons") or []]
    else:
        if p.get("grade_reason"):
            lines.append(f"  Grade: {p['grade']} ({p['grade_reason']})")
        if p.get("evidence"):
            lines.append(f"  Why it contradicts: {p['evidence']}")
        q = p.get("quote") or {}
        if q.get("sentence"):
            lines.append(f"  \"{q['sentence']}\"")
            lines.append(f"  — {q.get('publisher') or 'unknown publisher'}" + (f" {q['url']}" if q.get("url") else ""))
    link = _absolute(settings, p.get("link"))
    if link:
        lines.append(f"  {link}")
    return "\n".join(lines)


def _message(store, settings: Settings, delivery: Delivery) -> tuple[AlertRule | None, list[Alert]]:
    return store.alerts.get_rule(delivery.rule_id), store.alerts.alerts_by_id(delivery.alert_ids)


def _subject(rule: AlertRule, delivery: Delivery, items: list[Alert]) -> str:
    if delivery.key.startswith("digest:"):
        n = len(items)
        return f"[tangible] {rule.name}: {n} alert{'s' if n != 1 else ''} ({delivery.key[7:]})"
    return f"[tangible] {rule.name}: {items[0].title}" if items else f"[tangible] {rule.name}"


def send_email(settings: Settings, delivery: Delivery, rule: AlertRule, items: list[Alert]) -> None:
    if not settings.smtp_host:
        raise RuntimeError("no SMTP server is configured (set TANGIBLE_SMTP_HOST)")
    msg = EmailMessage()
    msg["Subject"] = _subject(rule, delivery, items)
    msg["From"] = settings.smtp_sender
    msg["To"] = delivery.target
    msg["Date"] = format_datetime(_utcnow())
    msg["Message-ID"] = make_msgid(idstring=f"alert-delivery-{delivery.id}")
    msg["X-Tangible-Rule"] = rule.name
    msg["X-Tangible-Delivery"] = str(delivery.id)
    body = "\n\n".join(_text(settings, a) for a in items)
    msg.set_content(f"{body}\n\nRule {rule.name!r}; its feed: {feed_url(settings, rule)}\n")
    with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=settings.fetch_timeout) as smtp:
        if settings.smtp_starttls:
            smtp.starttls()
        if settings.smtp_username:
            smtp.login(settings.smtp_username, settings.smtp_password or "")
        smtp.send_message(msg)


def webhook_body(settings: Settings, delivery: Delivery, rule: AlertRule, items: list[Alert]) -> bytes:
    data = {"delivery": delivery.id, "rule": rule.name,
            "digest": delivery.key[7:] if delivery.key.startswith("digest:") else None,
            "alerts": [alert_json(settings, a) for a in items]}
    return json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")


def send_webhook(settings: Settings, delivery: Delivery, rule: AlertRule, items: list[Alert],
                 client: httpx.Client) -> int:
    parts = urlsplit(delivery.target)
    if not settings.allow_private_network:
        _check_public(parts.hostname or "", parts.port or (443 if parts.scheme == "https" else 80))
    body = webhook_body(settings, delivery, rule, items)
    headers = {"Content-Type": "application/json", "User-Agent": settings.user_agent,
               "X-Tangible-Delivery": str(delivery.id), "X-Tangible-Rule": rule.name,
               SIGNATURE_HEADER: sign(rule.webhook_secret or "", body)}
    response = client.post(delivery.target, content=body, headers=headers)
    if not 200 <= response.status_code < 300:
        raise _HTTPFailure(response.status_code)
    return response.status_code


class _HTTPFailure(Exception):
    def __init__(self, status: int):
        super().__init__(f"the endpoint answered HTTP {status}")
        self.status = status


def backoff(settings: Settings, attempts: int) -> float:
    """Seconds before the next attempt after ``attempts`` failed ones."""
    return min(settings.alert_retry_seconds * 2 ** max(0, attempts - 1), MAX_BACKOFF)


def queue_digests(store, *, now: datetime | None = None) -> int:
    """Outbox rows for the closed windows of digest rules (one per window and address); once each."""
    at = now or _utcnow()
    added = 0
    for rule in store.alerts.list_rules():
        if rule.digest == "none" or not _targets(rule):
            continue
        have = store.alerts.delivery_keys(rule.id)
        items = []
        for window, ids in store.alerts.windows(rule.id).items():
            if not _window_closed(window, at):
                continue
            for channel, target in _targets(rule):
                if (channel, target, f"digest:{window}") not in have:
                    items.append((channel, target, f"digest:{window}", ids))
        if items:
            added += store.alerts.enqueue(rule.id, items, at=at)
    return added


def deliver_due(store, settings: Settings, *, now: datetime | None = None, client: httpx.Client | None = None,
                limit: int = 100) -> dict:
    """Send what the outbox holds that is due; each attempt is logged, a failure is retried later."""
    at = now or _utcnow()
    figures = {"digests": queue_digests(store, now=at), "delivered": 0, "failed": 0}
    own = client is None
    if client is None:
        import httpx

        client = httpx.Client(timeout=settings.fetch_timeout, follow_redirects=False)
    try:
        for delivery in store.alerts.due(at, limit=limit):
            if not store.alerts.claim(delivery, at + timedelta(seconds=CLAIM_SECONDS)):
                continue  # another sender has it
            ok = _attempt(store, settings, delivery, at, client)
            figures["delivered" if ok else "failed"] += 1
    finally:
        if own:
            client.close()
    return figures


def _attempt(store, settings: Settings, delivery: Delivery, at: datetime, client: httpx.Client) -> bool:
    attempt = delivery.attempts + 1
    rule, items = _message(store, settings, delivery)
    t0 = time.perf_counter()
    status: int | None = None
    error: str | None = None
    try:
        if rule is None:
            raise RuntimeError("the rule was removed")
        if delivery.channel == "email":
            send_email(settings, delivery, rule, items)
        else:
            status = send_webhook(settings, delivery, rule, items, client)
    except _HTTPFailure as exc:
        status, error = exc.status, str(exc)
    except Exception as exc:  # any failure of the channel: logged, retried later, never lost
        error = f"{type(exc).__name__}: {exc}"[:2000]
    elapsed = int((time.perf_counter() - t0) * 1000)
    ok = error is None
    retry = None if ok else at + timedelta(seconds=backoff(settings, attempt))
    store.alerts.finish_attempt(delivery.id, attempt=attempt, at=at, ok=ok, status_code=status, error=error,
                                elapsed_ms=elapsed, next_attempt_at=retry)
    if ok:
        log.info("alert delivery %s (%s to %s) delivered", delivery.id, delivery.channel, delivery.target)
    else:
        log.warning("alert delivery %s (%s to %s) failed, attempt %s: %s; next at %s", delivery.id,
                    delivery.channel, delivery.target, attempt, error, retry.isoformat() if retry else "-")
    return ok


# --- the Atom feed -------------------------------------------------------
ATOM = "http://www.w3.org/2005/Atom"


def atom_feed(store, settings: Settings, rule: AlertRule, *, limit: int = 100) -> str:
    """The rule's alerts as an Atom feed (RFC 4287), newest first; entry ids never change."""
    ET.register_namespace("", ATOM)
    items = store.alerts.alerts(rule.id, limit=limit)
    feed = ET.Element(f"{{{ATOM}}}feed")

    def sub(parent, tag, text=None, **attrs):
        el = ET.SubElement(parent, f"{{{ATOM}}}{tag}", {k: v for k, v in attrs.items() if v is not None})
        if text is not None:
            el.text = text
        return el

    base = settings.public_url.rstrip("/")
    sub(feed, "id", f"{base}/alerts/{rule.id}")
    sub(feed, "title", f"tangible alerts: {rule.name}")
    updated = items[0].created_at if items else rule.created_at
    sub(feed, "updated", updated.isoformat())
    sub(feed, "link", rel="self", href=feed_url(settings, rule))
    author = sub(feed, "author")
    sub(author, "name", "tangible")
    for a in items:
        entry = sub(feed, "entry")
        sub(entry, "id", f"{base}/alerts/{rule.id}/{a.key}")
        sub(entry, "title", a.title)
        sub(entry, "updated", a.created_at.isoformat())
        link = _absolute(settings, a.payload.get("link"))
        if link:
            sub(entry, "link", href=link)
        sub(entry, "summary", _text(settings, a))
        sub(entry, "category", term=a.trigger)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"


__all__ = ["TRIGGERS", "FILTERS", "DIGESTS", "add_rule", "remove_rule", "get_rule", "describe", "evaluate",
           "after_derivation", "deliver_due", "queue_digests", "atom_feed", "sign", "verify_signature", "backoff",
           "feed_url", "SIGNATURE_HEADER"]
