"""Reader replies: ``/api/v1/incidents/{id}/replies``, ``/api/v1/commitments/{id}/replies`` and moderation.

GET lists approved replies (name, date, text). POST stores a pending reply.
``/api/v1/replies`` (moderator or admin token) lists the queue and approves or
rejects. No answer ever carries an email address.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request

from tangible.http.deps import ModeratorToken, StoreDep
from tangible.api.errors import error_responses
from tangible.http.params import choice
from tangible.api.schemas import ListPublic, ReplyCreated, ReplyIn, ReplyModeration, ReplyPublic
from tangible.services import permissions
from tangible.services import replies as service
from tangible.services.replies import STATUSES

router = APIRouter(tags=["replies"], responses=error_responses(400, 422))

ReplyId = Annotated[int, Path(ge=1, le=2**31 - 1, description="The reply's number in the moderation queue.")]

PENDING_MESSAGE = "Thank you. Your reply is held for moderation and will appear once approved."


def _list(store, kind: str, object_id: str) -> dict:
    service.require_object(store, kind, object_id)
    data = [r.to_public() for r in service.approved(store, kind, object_id)]
    return {"data": data, "count": len(data), "next": None}


def _create(request: Request, store, kind: str, object_id: str, item: ReplyIn) -> dict:
    form = service.ReplyForm(name=item.name, email=item.email, body=item.body, honeypot=item.website)
    reply = service.submit(store, request.app.state.secret_key, kind, object_id, form,
                           request.client.host if request.client else None,
                           max_body=request.app.state.settings.max_reply_chars)
    return {"id": reply.id if reply else None, "status": "pending", "message": PENDING_MESSAGE}


@router.get("/incidents/{incident_id}/replies", response_model=ListPublic[ReplyPublic], responses=error_responses(404))
def incident_replies(incident_id: str, store: StoreDep):
    """Approved replies to an incident, oldest first."""
    return _list(store, "incident", incident_id)


@router.post("/incidents/{incident_id}/replies", response_model=ReplyCreated, status_code=202,
             responses=error_responses(404, 413, 429))
def reply_to_incident(incident_id: str, item: ReplyIn, request: Request, store: StoreDep):
    """Leave a reply (held for moderation). Name, email and comment are required; the email is never published."""
    return _create(request, store, "incident", incident_id, item)


@router.get("/commitments/{commitment_id}/replies", response_model=ListPublic[ReplyPublic],
            responses=error_responses(404))
def commitment_replies(commitment_id: str, store: StoreDep):
    """Approved replies to a commitment, oldest first."""
    return _list(store, "commitment", commitment_id)


@router.post("/commitments/{commitment_id}/replies", response_model=ReplyCreated, status_code=202,
             responses=error_responses(404, 413, 429))
def reply_to_commitment(commitment_id: str, item: ReplyIn, request: Request, store: StoreDep):
    """Leave a reply (held for moderation). Name, email and comment are required; the email is never published."""
    return _create(request, store, "commitment", commitment_id, item)


@router.get("/replies", response_model=ListPublic[ReplyModeration], tags=["moderation"],
            responses=error_responses(401, 403))
def moderation_queue(store: StoreDep, token: ModeratorToken,
                     status: Annotated[str, choice(STATUSES, "pending, approved or rejected.")] = "pending"):
    """Replies by status, newest first (moderator or admin token). Emails are not included."""
    data = [r.to_moderation() for r in service.queue(store, status)]
    return {"data": data, "count": len(data), "next": None}


@router.post("/replies/{reply_id}/approve", response_model=ReplyModeration, tags=["moderation"],
             responses=error_responses(401, 403, 404, 413))
def approve_reply(reply_id: ReplyId, store: StoreDep, token: ModeratorToken):
    return service.moderate(store, reply_id, "approve", moderator=permissions.signature(token)).to_moderation()


@router.post("/replies/{reply_id}/reject", response_model=ReplyModeration, tags=["moderation"],
             responses=error_responses(401, 403, 404, 413))
def reject_reply(reply_id: ReplyId, store: StoreDep, token: ModeratorToken):
    return service.moderate(store, reply_id, "reject", moderator=permissions.signature(token)).to_moderation()
