"""Reader replies: validate, rate-limit, store as pending; moderators approve or reject.

The email is checked and stored, never logged or returned. Client addresses are
kept only as an HMAC (``client_hash``), used for the per-address rate limit.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
from dataclasses import dataclass
from datetime import timedelta

from tangible.errors import E, InputError, NotFound, TangibleError
from tangible.sources.text import clean_text
from tangible.store.replies import KINDS, STATUSES, Reply

log = logging.getLogger(__name__)

NAME_MAX = 100
EMAIL_MAX = 254
BODY_MAX = 5000  # the default of TANGIBLE_MAX_REPLY_CHARS
RATE_LIMIT = 5
RATE_WINDOW = timedelta(minutes=10)
# White space, spelled out: "\s" means other characters to Python than to the JSON Schema (ECMAScript)
# regular expressions the OpenAPI document's patterns are read with.
_SPACE = "\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff"
_SPACE_CHARS = "\t\n\x0b\x0c\r \x85\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200b))) + \
    "\u2028\u2029\u202f\u205f\u3000\ufeff"
# an address: no spaces, controls or the characters that delimit addresses; surrounding spaces are dropped
_ADDRESS_PART = rf"[^@{_SPACE}<>()\[\],;:\"\x00-\x1f\x7f]"
EMAIL_PATTERN = rf"^[{_SPACE}]*{_ADDRESS_PART}+@{_ADDRESS_PART}+\.{_ADDRESS_PART}{{2,}}[{_SPACE}]*$"
_EMAIL = re.compile(EMAIL_PATTERN)
# a field is given when one character remains after cleaning: not a space, control or invisible character
MEANINGFUL = ("[^\\s\\x00-\\x1f\\x7f-\\x9f\\u00ad\\u034f\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e"
              "\\u2060-\\u2064\\u2066-\\u2069\\ufeff]")


class ReplyInvalid(InputError):
    """One or more fields of a reply are invalid; ``fields`` maps each field to its problem."""

    code = E.REPLY_INVALID
    status = 422

    def __init__(self, fields: dict[str, str]):
        self.fields = fields
        super().__init__("The reply was not saved: " + " ".join(fields.values()),
                         "Correct the marked fields and send it again.")


class RateLimited(TangibleError):
    code = E.RATE_LIMITED
    status = 429


@dataclass(slots=True)
class ReplyForm:
    name: str
    email: str
    body: str
    honeypot: str | None = None


def client_hash(secret_key: bytes, address: str | None) -> str:
    return hmac.new(secret_key, f"reply-client|{address or 'unknown'}".encode(), hashlib.sha256).hexdigest()


def _clean(text: str | None) -> str:
    """As stored: cleaned like every text (controls, invisible characters, NFC), without surrounding spaces."""
    return clean_text(text or "").strip()


def validate(form: ReplyForm, *, max_body: int = BODY_MAX) -> ReplyForm:
    """The form cleaned, or ReplyInvalid naming each field at fault. Lengths count the characters sent."""
    raw_name, raw_email, raw_body = form.name or "", form.email or "", form.body or ""
    name, email, body = _clean(raw_name), raw_email.strip(_SPACE_CHARS), _clean(raw_body)
    problems: dict[str, str] = {}
    if len(raw_body) > max_body:
        problems["body"] = f"Comment is {len(raw_body)} characters long; the limit is {max_body}."
    elif not body:
        problems["body"] = "Comment is required."
    if len(raw_name) > NAME_MAX:
        problems["name"] = f"Name is {len(raw_name)} characters long; the limit is {NAME_MAX}."
    elif not name:
        problems["name"] = "Name is required."
    if not email:
        problems["email"] = "Email is required."
    elif len(raw_email) > EMAIL_MAX or not _EMAIL.match(raw_email):
        problems["email"] = "Email does not look like an email address (name@example.org)."
    if problems:
        raise ReplyInvalid(problems)
    return ReplyForm(name=name[:NAME_MAX], email=email, body=body)


def require_object(store, object_kind: str, object_id: str) -> None:
    if object_kind not in KINDS:
        raise InputError(f"Replies attach to {' or '.join(KINDS)}, not {object_kind!r}.", code=E.REPLY_TARGET_KIND)
    found = (object_id in store.incidents.types_of([object_id]) if object_kind == "incident"
             else store.ledger.get(object_id) is not None)
    if not found:
        raise NotFound(f"No {object_kind} with id {object_id!r} to reply to.")


def submit(store, secret_key: bytes, object_kind: str, object_id: str, form: ReplyForm,
           client_address: str | None, *, max_body: int = BODY_MAX) -> Reply | None:
    """Store a pending reply. Returns None when the honeypot was filled (nothing stored)."""
    require_object(store, object_kind, object_id)
    if form.honeypot:
        log.info("Reply to %s %s dropped: honeypot field filled", object_kind, object_id)
        return None
    clean = validate(form, max_body=max_body)
    who = client_hash(secret_key, client_address)
    if store.replies.recent_from(who, RATE_WINDOW) >= RATE_LIMIT:
        minutes = int(RATE_WINDOW.total_seconds() // 60)
        raise RateLimited(f"Too many replies from your address: at most {RATE_LIMIT} every {minutes} minutes.",
                          "Please wait a few minutes and try again.")
    reply = store.replies.add(object_kind=object_kind, object_id=object_id, name=clean.name, email=clean.email,
                              body=clean.body, client_hash=who)
    log.info("Reply %s to %s %s held for moderation", reply.id, object_kind, object_id)
    return reply


def approved(store, object_kind: str, object_id: str) -> list[Reply]:
    """The published replies on one object. Most objects have none: the set of objects that have any is
    read once per store revision, so their pages skip the query."""
    from tangible.services.views import cached

    if (object_kind, object_id) not in cached(store, ("objects_with_replies",), store.replies.objects_with):
        return []
    return store.replies.for_object(object_kind, object_id, status="approved")


def queue(store, status: str | None = "pending", *, limit: int | None = None) -> list[Reply]:
    """Replies of one status (every status: None), newest first, for moderators."""
    if status is not None and status not in STATUSES:
        raise InputError(f"Unknown reply status {status!r}.", f"Use one of: {', '.join(STATUSES)}.",
                         code=E.UNKNOWN_REPLY_STATUS)
    return store.replies.list(status=status) if limit is None else store.replies.list(status=status, limit=limit)


def moderate(store, reply_id: int, decision: str, *, moderator: str) -> Reply:
    status = {"approve": "approved", "reject": "rejected"}.get(decision)
    if status is None:
        raise InputError(f"Unknown moderation decision {decision!r}.", "Use approve or reject.", code=E.UNKNOWN_MODERATION_DECISION)
    reply = store.replies.moderate(reply_id, status, moderator=moderator)
    log.info("Reply %s %s by %s", reply_id, status, moderator)
    return reply
