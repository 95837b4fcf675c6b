"""Incidents and commitments: ``/incidents``, ``/incidents/{id}``, ``/commitments/{id}``, with reader replies."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import RedirectResponse, StreamingResponse

from tangible.errors import E, InputError, TangibleError
from tangible.http.deps import SettingsDep, StoreDep
from tangible.ontology import EVENT_TYPES
from tangible.resolve.statement import ordered_mentions_of
from tangible.services import replies as reply_service
from tangible.services import review as review_service
from tangible.services.case import display_names, get_case
from tangible.services.commitments import commitment_evidence, commitment_history, rated_commitment
from tangible.services.incident_query import (FAMILY_LABELS, GRADES, VERIFICATION_CHOICES, download_name,
                                              incident_download, summarize)
from tangible.services.incident_query import incident_page as matching_page  # this module has its own incident_page
from tangible.services.incidents import incident
from tangible.web import csrf
from tangible.web.charts import rating_svg
from tangible.web.filters import page_filters
from tangible.web.highlight import segments
from tangible.web.render import render

router = APIRouter()


@router.get("/incidents")
def incidents_page(request: Request, store: StoreDep, settings: SettingsDep,
                   cursor: Annotated[str | None, Query(max_length=400)] = None):
    pf = page_filters(request, store, settings)
    page = matching_page(store, pf.filters, limit=50, cursor=cursor)
    summary = summarize(store, pf.filters)
    case = pf.case
    groups = [(g.id, g.name) for g in sorted(case.groups.values(), key=lambda g: g.name)]
    options = {
        "family": list(FAMILY_LABELS.items()), "type": [(t, t) for t in EVENT_TYPES],
        "group": groups, "grade": [(g, g) for g in GRADES],
        "party": [(a.id, a.name) for a in sorted(case.actors.values(), key=lambda a: a.name)] + groups,
        "verification": [(v, "not stated" if v == "none" else v) for v in VERIFICATION_CHOICES],
    }
    return render(request, "incidents.html", title="Incidents", page=page, f=pf.filters, pf=pf, summary=summary,
                  base_query=pf.query(), filtered=not pf.filters.is_default(), options=options, names=pf.names)


@router.get("/incidents.csv")
def incidents_csv_page(request: Request, store: StoreDep, settings: SettingsDep):
    """The incidents the page lists (every page of them), as a flat CSV."""
    pf = page_filters(request, store, settings)
    per = request.query_params.get("per") or "incident"
    if per not in ("incident", "mention"):
        raise InputError(f"Unknown row unit {per!r}.", "Use per=incident or per=mention.", code=E.UNKNOWN_FILTER_VALUE)
    return StreamingResponse(incident_download(store, settings, pf.filters, "csv", per),
                             media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": f'attachment; filename="{download_name(pf.filters, "csv")}"'})


@router.get("/incidents.jsonl")
def incidents_jsonl_page(request: Request, store: StoreDep, settings: SettingsDep):
    """The incidents the page lists, as DESIGN §5 records, one per line."""
    pf = page_filters(request, store, settings)
    return StreamingResponse(incident_download(store, settings, pf.filters, "jsonl"), media_type="application/x-ndjson",
                             headers={"Content-Disposition": f'attachment; filename="{download_name(pf.filters, "jsonl")}"'})


def replies_context(request: Request, store, kind: str, object_id: str) -> dict:
    return {"replies": reply_service.approved(store, kind, object_id), "reply_kind": kind, "reply_id": object_id,
            "reply_action": f"/{kind}s/{object_id}/replies", "replied": request.query_params.get("replied") == "1",
            "form": {}, "form_errors": {}, "form_error": None}


def _quote(m: dict) -> list:
    return segments(m["sentence"], [{"char_span": [0, len(m["sentence"])], "type": m.get("type")}])


@router.get("/incidents/{incident_id}")
def incident_route(request: Request, incident_id: str, store: StoreDep):
    return incident_page(request, incident_id, store)


def incident_page(request: Request, incident_id: str, store, **extra):
    inc = incident(store, incident_id)
    inc = replace(inc, mentions=tuple(ordered_mentions_of(inc)))  # the sentence that states the event first
    history = review_service.history_of(store, "incident", incident_id)
    context = replies_context(request, store, "incident", incident_id)
    context.update(extra)
    names = display_names(get_case(request.app.state.settings))
    return render(request, "incident.html", status=context.pop("status", 200),
                  title=f"{inc.type.title()} {inc.date.isoformat() if inc.date else ''}".strip(), inc=inc,
                  history=history, names=names,
                  **context)


@router.get("/commitments/{commitment_id}")
def commitment_route(request: Request, commitment_id: str, store: StoreDep, settings: SettingsDep,
                     at: date | None = None):
    return commitment_page(request, commitment_id, store, settings, at)


def commitment_page(request: Request, commitment_id: str, store, settings, at: date | None = None, **extra):
    rated = rated_commitment(store, settings, commitment_id, at)
    c, rating = rated.commitment, rated.rating
    case = get_case(settings)
    # the history over the page's date range (by default: since the commitment was made), weekly, or
    # monthly over more than two years
    history, pf = [], None
    if rating:
        pf = page_filters(request, store, settings)
        explicit = any(k in request.query_params for k in ("period", "since", "until"))
        since = max(filter(None, [c.made_on, pf.period.since if explicit else None]), default=None)
        until = min(filter(None, [at, pf.period.until if explicit else None]), default=None)
        if since and until and since > until:
            since = until
        span = ((until or date.today()) - (since or date.today())).days
        history = commitment_history(store, settings, commitment_id, "month" if span > 730 else "week",
                                     since=since, until=until)
    evidence = commitment_evidence(store, rating)
    names = {e.id: e.name for e in [*case.actors.values(), *case.groups.values()]} if case is not None else {}
    names.update({e: _entity_name(case, e) for e in [c.by, *c.to, *c.groups]})
    groups = [(g, names.get(g, g), rating.counts if rating else {}) for g in c.groups]
    context = replies_context(request, store, "commitment", commitment_id)
    context.update(extra)
    title = f"Commitment by {names[c.by]}" + (f" to {', '.join(names[t] for t in c.to)}" if c.to else "")
    return render(request, "commitment.html", status=context.pop("status", 200), title=title,
                  c=c, rating=rating, evidence=evidence, chart=rating_svg(history), names=names, groups=groups,
                  pf=pf, history_step="monthly" if len(history) > 1 and (history[1].at - history[0].at).days > 8
                  else "weekly",
                  history=history, **context)


def _entity_name(case, entity_id: str) -> str:
    entity = case.entity(entity_id) if case is not None else None
    return entity.name if entity is not None else entity_id


def _reply(request: Request, store, kind: str, object_id: str, comment: str, name: str, email: str,
                 website: str, csrf_token: str):
    limit = request.app.state.settings.max_reply_chars
    # the email is not echoed back into the page; the rest no longer than a reply may be
    form = {"comment": comment[:limit], "name": name[:reply_service.NAME_MAX]}
    try:
        csrf.verify(request.app.state.secret_key, csrf_token, request.cookies.get(csrf.CSRF_COOKIE))
        reply_service.submit(store, request.app.state.secret_key, kind, object_id,
                             reply_service.ReplyForm(name=name, email=email, body=comment, honeypot=website),
                             request.client.host if request.client else None, max_body=limit)
    except reply_service.ReplyInvalid as exc:
        fields = {("comment" if k == "body" else k): v for k, v in exc.fields.items()}
        return {"form": form, "form_errors": fields, "form_error": exc.message, "status": exc.status}
    except (csrf.CsrfError, reply_service.RateLimited) as exc:
        return {"form": form, "form_errors": {}, "form_error": f"{exc.message} {exc.hint or ''}".strip(),
                "status": exc.status}
    return None


FormText = Annotated[str, Form()]


@router.post("/incidents/{incident_id}/replies")
def incident_reply(request: Request, incident_id: str, store: StoreDep, comment: FormText = "",
                         name: FormText = "", email: FormText = "", website: FormText = "", csrf_token: FormText = ""):
    incident(store, incident_id)
    problem = _reply(request, store, "incident", incident_id, comment, name, email, website, csrf_token)
    if problem:
        return incident_page(request, incident_id, store, **problem)
    return RedirectResponse(f"/incidents/{incident_id}?replied=1#replies", status_code=303)


@router.post("/commitments/{commitment_id}/replies")
def commitment_reply(request: Request, commitment_id: str, store: StoreDep, settings: SettingsDep,
                           comment: FormText = "", name: FormText = "", email: FormText = "", website: FormText = "",
                           csrf_token: FormText = ""):
    rated_commitment(store, settings, commitment_id, None)
    problem = _reply(request, store, "commitment", commitment_id, comment, name, email, website, csrf_token)
    if problem:
        return commitment_page(request, commitment_id, store, settings, None, **problem)
    return RedirectResponse(f"/commitments/{commitment_id}?replied=1#replies", status_code=303)


__all__ = ["router", "TangibleError"]
