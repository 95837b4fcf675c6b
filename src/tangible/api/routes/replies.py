"""Reader replies: ``/api/v1/incidents/{id}/replies``, ``/api/v1/commitments/{id}/replies`` and moderation.

GET lists approved replies (name, date, text). POST stores a pending reply.
``/api/v1/replies`` (moderator or admin token) lists the queue and approves or
rejects. No answer ever carries an email address.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request

from tangible.api.deps import ModeratorToken, StoreDep
from tangible.api.schemas import ListPublic, ReplyCreated, ReplyIn, ReplyModeration, ReplyPublic
from tangible.services import replies as service

router = APIRouter(tags=["replies"])

PENDING_MESSAGE = "Thank you. Your reply is held for moderation and will appear once approved."


def _list(store, kind: str, object_id: str) -> dict:
    service.require_object(store, kind, object_id)
    data = [r.to_public() for r in service.approved(store, kind, object_id)]
    return {"data": data, "count": len(data), "next": None}


def _create(request: Request, store, kind: str, object_id: str, item: ReplyIn) -> dict:
    form = service.ReplyForm(name=item.name, email=item.email, body=item.body, honeypot=item.website)
    reply = service.submit(store, request.app.state.secret_key, kind, object_id, form,
                           request.client.host if request.client else None)
    return {"id": reply.id if reply else None, "status": "pending", "message": PENDING_MESSAGE}


@router.get("/incidents/{incident_id}/replies", response_model=ListPublic[ReplyPublic])
def incident_replies(incident_id: str, store: StoreDep):
    """Approved replies to an incident, oldest first."""
    return _list(store, "incident", incident_id)


@router.post("/incidents/{incident_id}/replies", response_model=ReplyCreated, status_code=202)
def reply_to_incident(incident_id: str, item: ReplyIn, request: Request, store: StoreDep):
    """Leave a reply (held for moderation). Name, email and comment are required; the email is never published."""
    return _create(request, store, "incident", incident_id, item)


@router.get("/commitments/{commitment_id}/replies", response_model=ListPublic[ReplyPublic])
def commitment_replies(commitment_id: str, store: StoreDep):
    """Approved replies to a commitment, oldest first."""
    return _list(store, "commitment", commitment_id)


@router.post("/commitments/{commitment_id}/replies", response_model=ReplyCreated, status_code=202)
def reply_to_commitment(commitment_id: str, item: ReplyIn, request: Request, store: StoreDep):
    """Leave a reply (held for moderation). Name, email and comment are required; the email is never published."""
    return _create(request, store, "commitment", commitment_id, item)


@router.get("/replies", response_model=ListPublic[ReplyModeration], tags=["moderation"])
def moderation_queue(store: StoreDep, token: ModeratorToken,
                     status: Annotated[str | None, Query(description="pending, approved or rejected.")] = "pending"):
    """Replies by status, newest first (moderator or admin token). Emails are not included."""
    data = [r.to_moderation() for r in store.replies.list(status=status or None)]
    return {"data": data, "count": len(data), "next": None}


@router.post("/replies/{reply_id}/approve", response_model=ReplyModeration, tags=["moderation"])
def approve_reply(reply_id: int, store: StoreDep, token: ModeratorToken):
    return service.moderate(store, reply_id, "approve", moderator=f"{token.name} ({token.role})").to_moderation()


@router.post("/replies/{reply_id}/reject", response_model=ReplyModeration, tags=["moderation"])
def reject_reply(reply_id: int, store: StoreDep, token: ModeratorToken):
    return service.moderate(store, reply_id, "reject", moderator=f"{token.name} ({token.role})").to_moderation()
