"""Scam reports from the public: stored as `reported`, confirmed or dismissed by maintainers.

Reports never change official data: a value that is an official channel cannot be confirmed as a scam,
and confirming only adds the value to the `known_scam` answers (the registry version moves so every
worker's index picks it up).
"""

from __future__ import annotations

from sqlmodel import Session, select

from registry import audit, state
from registry.check import CheckRequest, Verdict, check
from registry.errors import (
    Conflict,
    Forbidden,
    NotFound,
    OfficialChannelNotReportable,
    RegistryError,
)
from registry.index import RegistryIndex
from registry.maintainers import Role
from registry.models import (
    Channel,
    Maintainer,
    Provider,
    ReportSighting,
    ScamReport,
    utcnow,
)


def file(session: Session, index: RegistryIndex, *, value: str, region: str | None, claimed_provider: str | None,
         seen_url: str | None, excerpt: str | None, lang: str | None = None) -> tuple[ScamReport, bool, Verdict]:
    """A report of a value as a person gives it, read as a check reads it: refused for what is not a number,
    domain or email, and for an official channel (its misuse is for the authorities, not for this list).
    Returns (report, created, the check's verdict, in `lang`)."""
    verdict = check(index, CheckRequest(value=value, region=region, claimed_provider=claimed_provider, lang=lang))
    if verdict.verdict == "invalid":
        raise RegistryError(f"{value!r} is not a phone number, domain or email we can record: " + verdict.reasons[-1]["message"])
    if verdict.input["normalized"] is None:
        # "Coinbase called me", "Does Coinbase call customers?": a call told of or a question, answered by the provider's
        # own words (contradicts_policy), with no value in it (it was a 500: a report of nothing); and "小狐狸钱包客服
        # 4008201688", a number of no known country, which MetaMask's own words answer whichever it is
        raise RegistryError(f"{value.strip()!r} holds no phone number, domain or email to record: report the number (with its "
                            "country code, or the region where you saw it), site or email they used")
    if verdict.input["kind"] == "social" and not (verdict.interpretation or {}).get("social"):
        # "@MetaMask_Helps": on which platform? Confirmed, the name would mark its holder on every one as a scam.
        raise RegistryError(f"{value.strip()!r} is an account's name without its platform, which anyone can hold on "
                            "another one: report its address (x.com/…, t.me/…) or its platform's name with it (Telegram @…)")
    if verdict.verdict == "official":
        raise OfficialChannelNotReportable(
            f"{verdict.input['normalized']} is an official channel of {verdict.provider['name']}; "
            "if someone misused it, report the conversation to the authorities listed in report_to",
            value=verdict.input["normalized"], provider=verdict.provider["slug"])
    report, created = submit(session, kind=verdict.input["kind"], value=verdict.input["normalized"], raw_value=value,
                             claimed_provider=(verdict.claimed_provider or {}).get("slug") or claimed_provider,
                             seen_url=seen_url, excerpt=excerpt)
    return report, created, verdict


def submit(session: Session, *, kind: str, value: str, raw_value: str, claimed_provider: str | None,
           seen_url: str | None, excerpt: str | None) -> tuple[ScamReport, bool]:
    """File a report, or add a sighting to the open report of the same value; returns (report, created)."""
    # One filer at a time, from the look for an open report to the insert: two workers given the same value at once
    # both found none and made two reports of it (and two sightings of one page).
    state.lock(session)
    report = session.exec(
        select(ScamReport).where(ScamReport.kind == kind, ScamReport.value == value, ScamReport.status != "dismissed")
    ).first()
    created = report is None
    if created:
        report = ScamReport(kind=kind, value=value, raw_value=raw_value, claimed_provider=claimed_provider,
                            seen_url=seen_url, excerpt=excerpt)
        session.add(report)
        session.flush()
        audit.append(session, actor="public", action="report.submit", subject=f"report {report.id}",
                     payload={"kind": kind, "value": value, "claimed_provider": claimed_provider})
    if seen_url:
        known = session.exec(select(ReportSighting).where(ReportSighting.report_id == report.id,
                                                          ReportSighting.seen_url == seen_url)).first()
        if known is None:
            session.add(ReportSighting(report_id=report.id, seen_url=seen_url, excerpt=excerpt))
            session.flush()
    return report, created


def sightings(session: Session, report_id: int) -> list[ReportSighting]:
    return list(session.exec(select(ReportSighting).where(ReportSighting.report_id == report_id).order_by(ReportSighting.id)))


def listing(session: Session, *, status: str | None = "reported", limit: int = 100) -> list[ScamReport]:
    query = select(ScamReport).order_by(ScamReport.id.desc()).limit(limit)
    if status:
        query = query.where(ScamReport.status == status)
    return list(session.exec(query))


def moderate(session: Session, *, report_id: int, reviewer: Maintainer, decision: str, reason: str) -> ScamReport:
    if decision not in ("confirmed", "dismissed"):
        raise RegistryError("a report is confirmed or dismissed")
    if not Role(reviewer.role).can_review:
        raise Forbidden(f"{reviewer.name} is a bot: bots do not moderate reports")
    if not reason or not reason.strip():
        raise RegistryError("moderation carries its reason")
    state.lock(session)  # one moderator at a time, as one decision on a proposal at a time (review._pending)
    report = session.exec(select(ScamReport).where(ScamReport.id == report_id).with_for_update()).first()
    if report is None:
        raise NotFound(f"no report {report_id}")
    if report.status != "reported":
        raise Conflict(f"report {report_id} is already {report.status}")
    if decision == "confirmed":
        owner = session.exec(select(Provider.slug).join(Channel, Channel.provider_id == Provider.id)
                             .where(Channel.kind == report.kind, Channel.value == report.value, Channel.published)).first()
        if owner:
            raise Conflict(f"{report.value} is an official channel of {owner}; reports never change official data")
    report.status, report.reviewed_by, report.reviewed_at, report.review_reason = decision, reviewer.name, utcnow(), reason
    session.add(report)
    session.flush()
    payload = {"value": report.value, "reason": reason}
    if decision == "confirmed":
        payload["registry_version"] = state.bump(session)
    audit.append(session, actor=reviewer.name, action={"confirmed": "report.confirm", "dismissed": "report.dismiss"}[decision],
                 subject=f"report {report.id}", payload=payload)
    return report
