"""``/alerts``: the signed-in token's alert rules, a form to add one, and each rule's Atom feed.

The page needs a token (any role), kept in the same HttpOnly cookie as the review pages; a rule belongs to
the token that made it (an admin token sees every rule). The Atom feed, ``/alerts/{id}/feed.atom``, is read
by feed readers that send no token: its address carries the rule's feed key instead.
"""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import APIRouter, Form, Path, Query, Request
from fastapi.responses import RedirectResponse, Response

from tangible.errors import E, NotFound
from tangible.http.deps import OptionalToken, StoreDep
from tangible.services import alerts as alert_service
from tangible.services import permissions
from tangible.services.case import get_case
from tangible.services.commitments import commitments
from tangible.web import csrf
from tangible.web.render import render

router = APIRouter()
FormText = Annotated[str, Form()]
RuleId = Annotated[int, Path(ge=1, le=2**31 - 1)]
SIGN_IN = ("Sign in with a token first.", "Open /alerts and enter your token.")


def _check_csrf(request: Request, token: str) -> None:
    csrf.verify(request.app.state.secret_key, token, request.cookies.get(csrf.CSRF_COOKIE))


@router.get("/alerts")
def alerts_page(request: Request, store: StoreDep, token: OptionalToken):
    if token is None:
        return render(request, "signin.html", status=401, title="Sign in", next="/alerts", error=None)
    settings = request.app.state.settings
    case = get_case(settings)
    return render(request, "alerts.html", title="Alerts", token=token,
                  rules=alert_service.describe(store, settings, owner=permissions.alert_owner(token), limit=10),
                  triggers=alert_service.TRIGGERS, commitments=commitments(store, "active"),
                  groups=sorted(case.groups.values(), key=lambda g: g.id),
                  done=request.query_params.get("done"), secret=None)


@router.post("/alerts")
def alerts_add(request: Request, store: StoreDep, token: OptionalToken, csrf_token: FormText = "",
               name: FormText = "", commitment: FormText = "", group: FormText = "", type: FormText = "",
               place: FormText = "", grade: FormText = "", verification: FormText = "",
               triggers: Annotated[list[str], Form()] = [], emails: FormText = "", webhooks: FormText = "",
               digest: FormText = "none"):
    _check_csrf(request, csrf_token)
    token = permissions.require(token, sign_in=SIGN_IN)
    settings = request.app.state.settings
    rule = alert_service.add_rule(
        store, settings, name=name, owner=token.name, triggers=triggers,
        filters={"commitment": commitment, "group": group, "type": type, "place": place, "grade": grade,
                 "verification": verification},
        emails=[e for e in emails.replace(",", " ").split() if e],
        webhooks=[u for u in webhooks.split() if u], digest=digest or "none")
    if rule.webhook_secret:  # shown once, on the page that answers the form
        case = get_case(settings)
        return render(request, "alerts.html", title="Alerts", token=token,
                      rules=alert_service.describe(store, settings, owner=permissions.alert_owner(token), limit=10),
                      triggers=alert_service.TRIGGERS, commitments=commitments(store, "active"),
                      groups=sorted(case.groups.values(), key=lambda g: g.id), done="added",
                      secret=(rule.name, rule.webhook_secret))
    return RedirectResponse("/alerts?done=added", status_code=303)


@router.post("/alerts/{rule_id}/remove")
def alerts_remove(request: Request, rule_id: RuleId, store: StoreDep, token: OptionalToken,
                  csrf_token: FormText = ""):
    _check_csrf(request, csrf_token)
    token = permissions.require(token, sign_in=SIGN_IN)
    rule = alert_service.find_rule(store, rule_id)
    if rule is None:
        raise NotFound(f"No alert rule {rule_id}.", code=E.ALERT_NOT_FOUND)
    alert_service.remove_rule(store, rule.name, owner=permissions.alert_owner(token))
    return RedirectResponse("/alerts?done=removed", status_code=303)


@router.get("/alerts/{rule_id}/feed.atom")
def alerts_feed(request: Request, rule_id: RuleId, store: StoreDep,
                key: Annotated[str, Query(max_length=100)] = ""):
    rule = alert_service.find_rule(store, rule_id)
    if rule is None or not hmac.compare_digest(rule.feed_key.encode(), key.encode()):
        raise NotFound("No alert feed at this address.", "Copy the feed address from `tangible alert list`.",
                       code=E.ALERT_NOT_FOUND)
    body = alert_service.atom_feed(store, request.app.state.settings, rule)
    return Response(body, media_type="application/atom+xml; charset=utf-8")
