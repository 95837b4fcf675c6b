"""Pages for token holders: ``/review`` (analysts) and ``/moderation`` (moderators).

The token is entered once in a form and kept in an HttpOnly, SameSite=Strict
cookie; every form carries a CSRF token.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Path, Request
from fastapi.responses import RedirectResponse

from tangible.errors import E, InputError
from tangible.http.deps import TOKEN_COOKIE, OptionalToken, StoreDep
from tangible.services import incidents as incident_service
from tangible.services import permissions
from tangible.services import replies as reply_service
from tangible.web import csrf
from tangible.web.render import render

router = APIRouter()
FormText = Annotated[str, Form()]
ReplyId = Annotated[int, Path(ge=1, le=2**31 - 1)]
PAGES = {"/review": "review", "/moderation": "moderate"}


def _check_csrf(request: Request, token: str) -> None:
    csrf.verify(request.app.state.secret_key, token, request.cookies.get(csrf.CSRF_COOKIE))


@router.post("/login")
def login(request: Request, store: StoreDep, token: FormText = "", csrf_token: FormText = "", next: FormText = "/review"):
    _check_csrf(request, csrf_token)
    target = next if next in PAGES or next == "/alerts" else "/review"
    found = permissions.find_token(store, token)
    if found is None:
        return render(request, "signin.html", status=401, title="Sign in", next=target,
                      error="That token is not valid or has been revoked.")
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(TOKEN_COOKIE, token.strip(), httponly=True, samesite="strict",
                        secure=request.url.scheme == "https", path="/", max_age=12 * 3600)
    return response


@router.post("/logout")
def logout(request: Request, csrf_token: FormText = ""):
    _check_csrf(request, csrf_token)
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(TOKEN_COOKIE, path="/")
    return response


def _signin_or(request: Request, token, path: str):
    if token is None:
        return render(request, "signin.html", status=401, title="Sign in", next=path, error=None)
    if not permissions.allows(token, PAGES[path]):
        return render(request, "signin.html", status=403, title="Sign in", next=path,
                      error=f"Your {token.role} token cannot open this page; sign in with another token.")
    return None


@router.get("/review")
def review_page(request: Request, store: StoreDep, token: OptionalToken):
    refused = _signin_or(request, token, "/review")
    if refused:
        return refused
    items = incident_service.review_queue(store, limit=25)
    history = incident_service.review_log(store, limit=30)
    return render(request, "review.html", title="Review", token=token, items=items, history=history,
                  done=request.query_params.get("done"))


@router.post("/review/incidents/{incident_id}")
def review_decision(request: Request, incident_id: str, store: StoreDep, token: OptionalToken,
                    action: FormText = "", reason: FormText = "", csrf_token: FormText = ""):
    _check_csrf(request, csrf_token)
    token = permissions.require(token, "review", sign_in=permissions.PAGE_SIGN_IN)
    if action not in ("confirm", "reject"):  # a correction is made through the API
        raise InputError(f"Unknown review action {action!r}.", "Use confirm or reject.", code=E.UNKNOWN_REVIEW_ACTION)
    incident_service.review(store, incident_id, action, reviewer=permissions.signature(token), reason=reason)
    return RedirectResponse(f"/review?done={action}", status_code=303)


@router.get("/moderation")
def moderation_page(request: Request, store: StoreDep, token: OptionalToken):
    refused = _signin_or(request, token, "/moderation")
    if refused:
        return refused
    return render(request, "moderation.html", title="Moderation", token=token,
                  pending=reply_service.queue(store, "pending"), recent=reply_service.queue(store, None, limit=30),
                  done=request.query_params.get("done"))


@router.post("/moderation/replies/{reply_id}")
def moderation_decision(request: Request, reply_id: ReplyId, store: StoreDep, token: OptionalToken,
                        decision: FormText = "", csrf_token: FormText = ""):
    _check_csrf(request, csrf_token)
    token = permissions.require(token, "moderate", sign_in=permissions.PAGE_SIGN_IN)
    reply_service.moderate(store, reply_id, decision, moderator=permissions.signature(token))
    return RedirectResponse(f"/moderation?done={decision}", status_code=303)
