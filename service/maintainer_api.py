"""Maintainer endpoints (bearer token): proposals, reviews, audit log, report moderation; and public reports."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field

from registry import audit, reports, review
from registry.documents import URL_PATTERN, Day, EvidenceDoc
from registry.errors import RegistryError
from registry.models import Proposal, ScamReport
from service.api import STRICT_JSON, STRICT_QUERY, current_index, json_response
from service.deps import authenticated, unit_of_work
from service.schemas import INVALID_REQUEST, ErrorOut, check_region

# Every /v1 request passes the body limit (413, or 400 for a Content-Length that is not a number) and the
# rate limit (429) before it gets here; a body that is not JSON in UTF-8 is the 422 of the public routes too.
router = APIRouter(prefix="/v1", responses={400: {"model": ErrorOut}, 401: {"model": ErrorOut}, 403: {"model": ErrorOut},
                                            413: {"model": ErrorOut}, 422: INVALID_REQUEST, 429: {"model": ErrorOut}})


class ProposalIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    subject_kind: Literal["provider", "channel", "policy", "alias"]
    action: Literal["create", "update", "retire"]
    provider_slug: str = Field(min_length=1, max_length=64)
    subject_key: str | None = Field(default=None, max_length=200)
    new_state: dict[str, Any] = Field(default_factory=dict)
    evidence: list[EvidenceDoc] = Field(default_factory=list, max_length=20)
    reason: str = Field(min_length=1, max_length=4000)
    retire_on: Day | None = None
    successor: str | None = Field(default=None, max_length=80)

    def change(self) -> review.Change:
        return review.Change(**self.model_dump(exclude={"evidence"}), evidence=self.evidence)


class DecisionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: str | None = Field(default=None, max_length=4000)


class ReportIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    value: str = Field(min_length=1, max_length=300)
    region: str | None = Field(default=None, max_length=10)
    claimed_provider: str | None = Field(default=None, max_length=200)
    seen_url: str | None = Field(default=None, max_length=2000, pattern=URL_PATTERN)
    excerpt: str | None = Field(default=None, max_length=4000)


def proposal_public(proposal: Proposal, reviews=()) -> dict:
    return {
        "id": proposal.id, "state": proposal.state, "subject_kind": proposal.subject_kind, "action": proposal.action,
        "provider_slug": proposal.provider_slug, "subject_key": proposal.subject_key, "reason": proposal.reason,
        "proposer": proposal.proposer, "diff": proposal.diff, "evidence": proposal.evidence,
        "base_version": proposal.base_version, "created_at": _iso(proposal.created_at),
        "decided_at": _iso(proposal.decided_at), "applied_at": _iso(proposal.applied_at),
        "applied_version": proposal.applied_version,
        "reviews": [{"reviewer": r.reviewer, "decision": r.decision, "reason": r.reason, "at": _iso(r.created_at)} for r in reviews],
    }


def report_public(report: ScamReport, sightings=()) -> dict:
    return {"id": report.id, "kind": report.kind, "value": report.value, "raw_value": report.raw_value,
            "claimed_provider": report.claimed_provider, "status": report.status, "created_at": _iso(report.created_at),
            "reviewed_by": report.reviewed_by, "review_reason": report.review_reason,
            "seen_on": [{"url": s.seen_url, "excerpt": s.excerpt, "at": _iso(s.created_at)} for s in sightings]}


def _iso(at: dt.datetime | None) -> str | None:
    return at.isoformat() if at else None


# -- proposals --------------------------------------------------------------------------------------

@router.post("/proposals", status_code=201, summary="Propose a change (maintainers and bots)", dependencies=STRICT_JSON)
def create_proposal(body: ProposalIn, request: Request) -> Response:
    with unit_of_work(request) as session:
        actor = authenticated(session, request)
        proposal = review.propose(session, actor=actor, change=body.change())
        answer = proposal_public(proposal)
    return json_response(answer, status_code=201)


@router.get("/proposals", summary="Proposals, newest first (pending by default)", dependencies=STRICT_QUERY)
def list_proposals(request: Request, state: Literal[(*review.STATES, "all")] = "pending",
                   limit: int = Query(default=100, ge=1, le=500)) -> Response:
    with unit_of_work(request) as session:
        authenticated(session, request)
        found = review.listing(session, state_=None if state == "all" else state, limit=limit)
        answer = {"proposals": [proposal_public(p) for p in found]}
    return json_response(answer)


@router.get("/proposals/{proposal_id}", summary="One proposal with its diff, evidence and reviews")
def get_proposal(proposal_id: int, request: Request) -> Response:
    with unit_of_work(request) as session:
        authenticated(session, request)
        proposal = review.get(session, proposal_id)
        answer = proposal_public(proposal, review.reviews_of(session, proposal_id))
    return json_response(answer)


@router.post("/proposals/{proposal_id}/approve", summary="Approve (and so apply) another maintainer's proposal",
             dependencies=STRICT_JSON)
def approve_proposal(proposal_id: int, body: DecisionIn, request: Request) -> Response:
    with unit_of_work(request) as session:
        reviewer = authenticated(session, request)
        proposal = review.approve(session, proposal_id=proposal_id, reviewer=reviewer, reason=body.reason)
        answer = proposal_public(proposal, review.reviews_of(session, proposal_id))
    return json_response(answer)


@router.post("/proposals/{proposal_id}/reject", summary="Reject a proposal, with a reason", dependencies=STRICT_JSON)
def reject_proposal(proposal_id: int, body: DecisionIn, request: Request) -> Response:
    with unit_of_work(request) as session:
        reviewer = authenticated(session, request)
        proposal = review.reject(session, proposal_id=proposal_id, reviewer=reviewer, reason=body.reason or "")
        answer = proposal_public(proposal, review.reviews_of(session, proposal_id))
    return json_response(answer)


@router.post("/proposals/{proposal_id}/withdraw", summary="Withdraw your own proposal", dependencies=STRICT_JSON)
def withdraw_proposal(proposal_id: int, body: DecisionIn, request: Request) -> Response:
    with unit_of_work(request) as session:
        actor = authenticated(session, request)
        proposal = review.withdraw(session, proposal_id=proposal_id, actor=actor, reason=body.reason)
        answer = proposal_public(proposal, review.reviews_of(session, proposal_id))
    return json_response(answer)


# -- audit ------------------------------------------------------------------------------------------

@router.get("/audit", summary="The audit log (hash-chained), oldest first after `after`", dependencies=STRICT_QUERY)
def audit_log(request: Request, after: int = Query(default=0, ge=0), limit: int = Query(default=100, ge=1, le=1000)) -> Response:
    with unit_of_work(request) as session:
        authenticated(session, request)
        events = audit.events(session, after=after, limit=limit)
        answer = {"events": [{"seq": e.seq, "at": _iso(e.at), "actor": e.actor, "action": e.action, "subject": e.subject,
                              "payload": e.payload, "prev_hash": e.prev_hash, "hash": e.hash} for e in events]}
    return json_response(answer)


# -- scam reports -----------------------------------------------------------------------------------

@router.post("/reports", status_code=201, summary="Report a number, domain or email seen impersonating a provider (public)",
             responses={200: {"description": "Reported before: this sighting is added to the existing report"},
                        400: {"model": ErrorOut, "description": "Not a number, domain or email, or an official channel"}},
             dependencies=STRICT_JSON)
def submit_report(body: ReportIn, request: Request) -> Response:
    try:
        region = check_region(body.region)
    except ValueError as error:
        raise RegistryError(str(error)) from None
    with unit_of_work(request) as session:
        report, created, verdict = reports.file(session, current_index(request), value=body.value, region=region,
                                                claimed_provider=body.claimed_provider, seen_url=body.seen_url,
                                                excerpt=body.excerpt)
        answer = {**report_public(report, reports.sightings(session, report.id)), "created": created,
                  "report_to": verdict.report_to}
    return json_response(answer, status_code=201 if created else 200)


@router.get("/reports", summary="Scam reports (maintainers)", dependencies=STRICT_QUERY)
def list_reports(request: Request, status: Literal["reported", "confirmed", "dismissed", "all"] = "reported",
                 limit: int = Query(default=100, ge=1, le=500)) -> Response:
    with unit_of_work(request) as session:
        authenticated(session, request)
        found = reports.listing(session, status=None if status == "all" else status, limit=limit)
        answer = {"reports": [report_public(r, reports.sightings(session, r.id)) for r in found]}
    return json_response(answer)


@router.post("/reports/{report_id}/confirm", summary="Confirm a report: the value becomes known_scam", dependencies=STRICT_JSON)
def confirm_report(report_id: int, body: DecisionIn, request: Request) -> Response:
    return _moderate(request, report_id, "confirmed", body.reason)


@router.post("/reports/{report_id}/dismiss", summary="Dismiss a report", dependencies=STRICT_JSON)
def dismiss_report(report_id: int, body: DecisionIn, request: Request) -> Response:
    return _moderate(request, report_id, "dismissed", body.reason)


def _moderate(request: Request, report_id: int, decision: str, reason: str | None) -> Response:
    with unit_of_work(request) as session:
        reviewer = authenticated(session, request)
        report = reports.moderate(session, report_id=report_id, reviewer=reviewer, decision=decision, reason=reason or "")
        answer = report_public(report, reports.sightings(session, report_id))
    return json_response(answer)



