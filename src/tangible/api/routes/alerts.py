"""``/api/v1/alerts`` — a token holder's alert rules, the alerts they produced and their deliveries.

Every operation needs a token; a rule belongs to the token that made it (its name), and an admin token
sees every rule. The Atom feed of a rule is served at ``/alerts/{id}/feed.atom?key=…`` for feed readers.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query
from pydantic import BaseModel, ConfigDict, Field

from tangible.http.deps import CurrentToken, SettingsDep, StoreDep
from tangible.api.errors import error_responses
from tangible.api.schemas import ListPublic
from tangible.services import alerts as alert_service
from tangible.services import permissions

router = APIRouter(prefix="/alerts", tags=["alerts"], responses=error_responses(400, 401, 422))
RuleName = Annotated[str, Path(min_length=1, max_length=120, description="The rule's name.")]
Trigger = Literal["incident", "contradicting", "rating", "claimed", "disputed"]


class AlertPublic(BaseModel):
    id: int
    key: str = Field(description="The trigger and a stable identity of what the alert is about.")
    trigger: str
    subject_kind: str
    subject_id: str
    title: str
    payload: dict[str, Any] = Field(description="Quote, grade and link (incidents); from, to and reasons (ratings).")
    window: str | None
    created_at: str | None
    rule_id: int


class AlertRulePublic(BaseModel):
    id: int
    name: str
    owner: str
    filters: dict[str, str]
    triggers: list[str]
    emails: list[str]
    webhooks: list[str]
    digest: str
    created_at: str | None
    feed: str = Field(description="The rule's Atom feed (its address holds the feed key).")
    alerts_count: int = 0
    alerts: list[AlertPublic] = Field(default_factory=list, description="The newest alerts, newest first.")
    deliveries: dict[str, int] = Field(default_factory=dict, description="Outbox rows pending and delivered.")
    webhook_secret: str | None = Field(default=None, description="Only in the answer that creates the rule.")


class AlertRuleIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=120, pattern=r"^[A-Za-z0-9][A-Za-z0-9 _.:-]*$")
    commitment: str | None = Field(default=None, max_length=64)
    group: str | None = Field(default=None, max_length=64)
    type: str | None = Field(default=None, max_length=16)
    place: str | None = Field(default=None, max_length=120)
    grade: Literal["corroborated", "single-source", "claimed", "disputed"] | None = None
    verification: Literal["verified", "unverified", "disputed"] | None = None
    triggers: list[Trigger] = Field(default_factory=list, max_length=5,
                                    description="Empty: any new incident that matches the filters.")
    emails: list[str] = Field(default_factory=list, max_length=20)
    webhooks: list[str] = Field(default_factory=list, max_length=20)
    webhook_secret: str | None = Field(default=None, max_length=128)
    digest: Literal["none", "hourly", "daily"] = "none"


class DeliveryPublic(BaseModel):
    id: int
    channel: str
    target: str
    status: str
    attempts: int
    next_attempt_at: str | None
    last_error: str | None
    delivered_at: str | None
    log: list[dict[str, Any]] = Field(description="Each attempt: time, outcome, status and error.")
    rule_id: int
    key: str = Field(description="What is delivered: the alert's key, or the digest's.")
    alert_ids: list[int]
    created_at: str | None


def _one(store, settings, rule) -> dict:
    [described] = [d for d in alert_service.describe(store, settings) if d["id"] == rule.id]
    return described


@router.get("", response_model=ListPublic[AlertRulePublic])
def list_rules(store: StoreDep, settings: SettingsDep, token: CurrentToken,
               limit: Annotated[int, Query(ge=0, le=200, description="Alerts listed per rule.")] = 20) -> dict:
    """The token's alert rules (every rule for an admin token), each with the alerts it has produced."""
    data = alert_service.describe(store, settings, owner=permissions.alert_owner(token), limit=limit)
    return {"data": data, "count": len(data), "next": None}


@router.post("", status_code=201, response_model=AlertRulePublic, responses=error_responses(413))
def add_rule(item: AlertRuleIn, store: StoreDep, settings: SettingsDep, token: CurrentToken) -> dict:
    """Save an alert rule for this token; it alerts about what is new from now on. The answer holds the
    webhook signing secret, shown this once."""
    rule = alert_service.add_rule(
        store, settings, name=item.name, owner=token.name, triggers=list(item.triggers),
        filters={k: getattr(item, k) for k in alert_service.FILTERS}, emails=item.emails, webhooks=item.webhooks,
        digest=item.digest, webhook_secret=item.webhook_secret)
    out = _one(store, settings, rule)
    out["webhook_secret"] = rule.webhook_secret
    return out


@router.get("/{name}", response_model=AlertRulePublic, responses=error_responses(404))
def get_rule(name: RuleName, store: StoreDep, settings: SettingsDep, token: CurrentToken,
             limit: Annotated[int, Query(ge=0, le=200)] = 100) -> dict:
    """One rule with its newest alerts."""
    rule = alert_service.get_rule(store, name, owner=permissions.alert_owner(token))
    [described] = [d for d in alert_service.describe(store, settings, limit=limit) if d["id"] == rule.id]
    return described


@router.get("/{name}/deliveries", response_model=ListPublic[DeliveryPublic], responses=error_responses(404))
def rule_deliveries(name: RuleName, store: StoreDep, token: CurrentToken) -> dict:
    """The rule's outbox: every delivery with each attempt (time, outcome, status, error)."""
    rule = alert_service.get_rule(store, name, owner=permissions.alert_owner(token))
    data = [d.to_dict() for d in alert_service.deliveries(store, rule_id=rule.id)]
    return {"data": data, "count": len(data), "next": None}


@router.delete("/{name}", response_model=AlertRulePublic, responses=error_responses(404))
def remove_rule(name: RuleName, store: StoreDep, settings: SettingsDep, token: CurrentToken) -> dict:
    """Remove the rule, its alerts and its outbox; answers the rule as it was."""
    rule = alert_service.get_rule(store, name, owner=permissions.alert_owner(token))
    out = _one(store, settings, rule)
    alert_service.remove_rule(store, name)
    return out
