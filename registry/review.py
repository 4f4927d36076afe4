"""The one door for changes to published data: proposals, two-person review, application.

API, CLI, review pages, scrapers and imports all call these functions. A proposal holds the change,
the evidence, and the diff against the state it was written for; it is applied only after a maintainer
other than its author approves it, and only if the fact has not moved since (optimistic concurrency).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError
from sqlmodel import Session, select

from registry import aliases, audit, state, store, validation
from registry.documents import ChannelDoc, EvidenceDoc, PolicyDoc, ProviderDoc
from registry.errors import (
    DataInvalid,
    Forbidden,
    NotFound,
    ProposalNotPending,
    RegistryError,
    StaleProposal,
)
from registry.maintainers import Role
from registry.models import (
    Channel,
    Maintainer,
    Policy,
    Proposal,
    Provider,
    ProviderAlias,
    Review,
    utcnow,
)

SUBJECTS = ("provider", "channel", "policy", "alias")
ACTIONS = ("create", "update", "retire")
_PROVIDER_FIELDS = ("kind", "names", "aliases", "jurisdictions", "notes")


@dataclass
class Change:
    subject_kind: str
    action: str
    provider_slug: str
    reason: str
    subject_key: str | None = None  # channel key, policy code or alias; None for the provider itself
    new_state: dict[str, Any] = field(default_factory=dict)  # the fact's fields (without evidence)
    evidence: list[EvidenceDoc] = field(default_factory=list)
    retire_on: dt.date | None = None
    successor: str | None = None


def propose(session: Session, *, actor: Maintainer, change: Change, today: dt.date | None = None) -> Proposal:
    today = today or dt.datetime.now(dt.UTC).date()
    _check_shape(change)
    current = _current(session, change.provider_slug)
    proposed = build(current, change, today=today)
    _validate(session, proposed, change, today)
    diff = differences(current, proposed)
    if not diff:
        raise RegistryError("the proposal changes nothing: the new state and evidence equal the current ones")
    proposal = Proposal(
        subject_kind=change.subject_kind, action=change.action, provider_slug=change.provider_slug,
        subject_key=change.subject_key or change.provider_slug, new_state=_jsonable(change), diff=diff,
        evidence=[item.model_dump(mode="json") for item in change.evidence],
        base_version=_fact_version(session, change), reason=change.reason, proposer=actor.name,
    )
    session.add(proposal)
    session.flush()
    audit.append(session, actor=actor.name, action="proposal.create", subject=f"proposal {proposal.id}",
                 payload={"subject": _label(proposal), "reason": change.reason, "diff": diff})
    return proposal


def approve(session: Session, *, proposal_id: int, reviewer: Maintainer, reason: str | None = None,
            today: dt.date | None = None) -> Proposal:
    """Approve and apply. The two-person rule holds on every path, because every path comes here."""
    proposal = _pending(session, proposal_id)
    if not Role(reviewer.role).can_review:
        raise Forbidden(f"{reviewer.name} is a bot: bots may propose changes but never approve them")
    if reviewer.name == proposal.proposer:
        raise Forbidden("a proposal needs a second maintainer: its author cannot approve it")
    session.add(Review(proposal_id=proposal.id, reviewer=reviewer.name, decision="approve", reason=reason))
    proposal.state, proposal.decided_at = "approved", utcnow()
    audit.append(session, actor=reviewer.name, action="proposal.approve", subject=f"proposal {proposal.id}",
                 payload={"subject": _label(proposal), "reason": reason})
    _apply(session, proposal, actor=reviewer.name, today=today)
    return proposal


def reject(session: Session, *, proposal_id: int, reviewer: Maintainer, reason: str) -> Proposal:
    if not reason or not reason.strip():
        raise RegistryError("a rejection carries its reason")
    proposal = _pending(session, proposal_id)
    if not Role(reviewer.role).can_review:
        raise Forbidden(f"{reviewer.name} is a bot: bots do not review")
    session.add(Review(proposal_id=proposal.id, reviewer=reviewer.name, decision="reject", reason=reason))
    proposal.state, proposal.decided_at = "rejected", utcnow()
    session.add(proposal)
    audit.append(session, actor=reviewer.name, action="proposal.reject", subject=f"proposal {proposal.id}",
                 payload={"subject": _label(proposal), "reason": reason})
    return proposal


def withdraw(session: Session, *, proposal_id: int, actor: Maintainer, reason: str | None = None) -> Proposal:
    proposal = _pending(session, proposal_id)
    if actor.name != proposal.proposer:
        raise Forbidden("only its author can withdraw a proposal; reviewers reject")
    session.add(Review(proposal_id=proposal.id, reviewer=actor.name, decision="withdraw", reason=reason))
    proposal.state, proposal.decided_at = "withdrawn", utcnow()
    session.add(proposal)
    audit.append(session, actor=actor.name, action="proposal.withdraw", subject=f"proposal {proposal.id}",
                 payload={"subject": _label(proposal), "reason": reason})
    return proposal


def get(session: Session, proposal_id: int) -> Proposal:
    proposal = session.get(Proposal, proposal_id)
    if proposal is None:
        raise NotFound(f"no proposal {proposal_id}")
    return proposal


STATES = ("pending", "approved", "applied", "rejected", "withdrawn")  # a proposal's, in the order it may pass through them


def listing(session: Session, *, state_: str | None = "pending", limit: int = 100) -> list[Proposal]:
    query = select(Proposal).order_by(Proposal.id.desc()).limit(limit)
    if state_:
        query = query.where(Proposal.state == state_)
    return list(session.exec(query))


def reviews_of(session: Session, proposal_id: int) -> list[Review]:
    return list(session.exec(select(Review).where(Review.proposal_id == proposal_id).order_by(Review.id)))


def change_of(proposal: Proposal) -> Change:
    stored = proposal.new_state
    return Change(
        subject_kind=proposal.subject_kind, action=proposal.action, provider_slug=proposal.provider_slug,
        reason=proposal.reason, subject_key=stored.get("subject_key"), new_state=stored.get("fields", {}),
        evidence=[EvidenceDoc.model_validate(item) for item in proposal.evidence],
        retire_on=dt.date.fromisoformat(stored["retire_on"]) if stored.get("retire_on") else None,
        successor=stored.get("successor"),
    )


# -- building the proposed state -----------------------------------------------------------------

def build(current: ProviderDoc | None, change: Change, *, today: dt.date) -> ProviderDoc:
    """The provider as it would be after `change`; DataInvalid with readable problems if it cannot be."""
    try:
        return _build(current, change, today)
    except ValidationError as error:
        problems = [f"{'.'.join(map(str, e['loc'])) or 'state'}: {e['msg']}" for e in error.errors()]
        raise DataInvalid("the proposed state is not valid: " + "; ".join(problems), detail=problems) from None


def _build(current: ProviderDoc | None, change: Change, today: dt.date) -> ProviderDoc:
    kind, action, key = change.subject_kind, change.action, change.subject_key
    if kind == "provider" and action == "create":
        if current is not None:
            raise RegistryError(f"provider {change.provider_slug!r} already exists; propose an update")
        return ProviderDoc.model_validate({**change.new_state, "slug": change.provider_slug})
    if current is None:
        raise NotFound(f"no provider {change.provider_slug!r}")
    data = current.model_dump(mode="json")
    if kind == "provider":
        if action == "update":
            unknown = set(change.new_state) - set(_PROVIDER_FIELDS)
            if unknown:
                raise RegistryError(f"a provider update changes {', '.join(_PROVIDER_FIELDS)}; not {', '.join(sorted(unknown))}")
            data.update(change.new_state)
        else:  # retire: every channel ends, history stays
            until = (change.retire_on or today).isoformat()
            for channel in data["channels"]:
                channel["valid_until"] = channel["valid_until"] or until
    elif kind == "alias":
        if action == "create":
            data["aliases"] = [*data["aliases"], key]
        else:
            if key not in data["aliases"]:
                raise NotFound(f"{change.provider_slug} has no alias {key!r}")
            data["aliases"] = [alias for alias in data["aliases"] if alias != key]
    else:
        facts, id_field = ("channels", "key") if kind == "channel" else ("policies", "code")
        position = next((i for i, fact in enumerate(data[facts]) if fact[id_field] == key), None)
        new_evidence = [item.model_dump(mode="json") for item in change.evidence]
        if action == "create":
            if position is not None:
                raise RegistryError(f"{kind} {key!r} already exists; propose an update")
            model = ChannelDoc if kind == "channel" else PolicyDoc
            fact = model.model_validate({**change.new_state, id_field: key, "evidence": change.evidence}).model_dump(mode="json")
            data[facts].append(fact)
        elif position is None:
            raise NotFound(f"{change.provider_slug} has no {kind} {key!r}")
        elif action == "update":
            fact = data[facts][position]
            fact.update({name: value for name, value in change.new_state.items() if name not in (id_field, "evidence")})
            fact["evidence"] = fact["evidence"] + [e for e in new_evidence if e not in fact["evidence"]]
        elif kind == "channel":
            fact = data[facts][position]
            fact["valid_until"] = (change.retire_on or today).isoformat()
            fact["successor"] = change.successor or fact["successor"]
        else:  # a retired policy stays, unpublished, for the record
            data[facts][position]["published"] = False
    return ProviderDoc.model_validate(data)


def _validate(session: Session, proposed: ProviderDoc, change: Change, today: dt.date) -> None:
    problems: list[str] = []
    validation.check_provider(proposed, today, lambda location, message: problems.append(
        f"{'.'.join(map(str, location))}: {message}" if location else message))
    if change.action in ("create", "update") and change.subject_kind in ("channel", "policy") and not change.evidence:
        problems.append("a new or changed fact needs evidence: a source address and a verbatim excerpt")
    mine = session.exec(select(Provider.id).where(Provider.slug == proposed.slug)).first()
    for alias in proposed.aliases:
        taken = session.exec(select(ProviderAlias).where(ProviderAlias.folded == aliases.fold(alias))).first()
        if taken is not None and taken.provider_id != mine:
            problems.append(f"alias {alias!r} already names another provider")
    if problems:
        raise DataInvalid("the proposal is refused: " + "; ".join(problems), detail=problems)


def differences(current: ProviderDoc | None, proposed: ProviderDoc) -> list[dict]:
    """What changes, fact by fact, readable: [{path, old, new}]."""
    old = current.model_dump(mode="json") if current else {}
    new = proposed.model_dump(mode="json")
    diff: list[dict] = []
    for name in ("kind", "names", "aliases", "jurisdictions", "notes"):
        if old.get(name) != new.get(name):
            diff.append({"path": name, "old": old.get(name), "new": new.get(name)})
    for facts, id_field in (("channels", "key"), ("policies", "code")):
        before = {fact[id_field]: fact for fact in old.get(facts, [])}
        for fact in new[facts]:
            label = f"{facts}[{fact[id_field]}]"
            previous = before.get(fact[id_field])
            if previous is None:
                diff.append({"path": label, "old": None, "new": {k: v for k, v in fact.items() if k != "evidence"}})
                diff += [{"path": f"{label}.evidence", "old": None, "new": item} for item in fact["evidence"]]
                continue
            for name, value in fact.items():
                if name == "evidence":
                    diff += [{"path": f"{label}.evidence", "old": None, "new": item}
                             for item in value if item not in previous["evidence"]]
                elif previous.get(name) != value:
                    diff.append({"path": f"{label}.{name}", "old": previous.get(name), "new": value})
    return diff


# -- applying -------------------------------------------------------------------------------------

def _apply(session: Session, proposal: Proposal, *, actor: str, today: dt.date | None) -> None:
    # One applier at a time: the registry state row is locked until this transaction ends, so two
    # approvals of conflicting proposals cannot both pass the version check.
    state.lock(session)
    change = change_of(proposal)
    now_version = _fact_version(session, change)
    if now_version != proposal.base_version:
        raise StaleProposal(
            f"{_label(proposal)} changed after this proposal was written (version {proposal.base_version} → "
            f"{now_version}); reject it and propose again against the current state"
        )
    proposed = build(_current(session, change.provider_slug), change, today=today or dt.datetime.now(dt.UTC).date())
    store.release_aliases(session, [proposed])
    written = store.write_provider(session, proposed)
    proposal.state, proposal.applied_at = "applied", utcnow()
    proposal.applied_version = state.bump(session)
    session.add(proposal)
    session.flush()
    audit.append(session, actor=actor, action="proposal.apply", subject=f"proposal {proposal.id}",
                 payload={"subject": _label(proposal), "registry_version": proposal.applied_version,
                          "changes": written.changes, "evidence_added": written.evidence_added})


# -- helpers ---------------------------------------------------------------------------------------

def _check_shape(change: Change) -> None:
    if change.subject_kind not in SUBJECTS:
        raise RegistryError(f"subject_kind is one of {', '.join(SUBJECTS)}")
    if change.action not in ACTIONS:
        raise RegistryError(f"action is one of {', '.join(ACTIONS)}")
    if change.subject_kind == "alias" and change.action == "update":
        raise RegistryError("an alias is created or retired, not updated")
    if change.subject_kind != "provider" and not change.subject_key:
        raise RegistryError(f"a {change.subject_kind} proposal names its subject_key (channel key, policy code or alias)")
    if not change.reason or not change.reason.strip():
        raise RegistryError("a proposal says why (reason)")


def _current(session: Session, slug: str) -> ProviderDoc | None:
    found = store.read_providers(session, slugs=[slug])
    return found[0] if found else None


def _fact_version(session: Session, change: Change) -> int | None:
    provider = session.exec(select(Provider).where(Provider.slug == change.provider_slug)).first()
    if provider is None:
        return None
    if change.subject_kind in ("provider", "alias"):
        return provider.version
    model, column = (Channel, Channel.key) if change.subject_kind == "channel" else (Policy, Policy.code)
    row = session.exec(select(model).where(model.provider_id == provider.id, column == change.subject_key)).first()
    return row.version if row else None


def _pending(session: Session, proposal_id: int) -> Proposal:
    # One decision at a time, from this read on (the state lock, always taken before the proposal's row): on SQLite,
    # where FOR UPDATE is nothing, an approval and a withdrawal at once both found it pending, and the proposal
    # ended 'withdrawn' with its change applied.
    state.lock(session)
    proposal = session.exec(select(Proposal).where(Proposal.id == proposal_id).with_for_update()).first()
    if proposal is None:
        raise NotFound(f"no proposal {proposal_id}")
    if proposal.state != "pending":
        raise ProposalNotPending(f"proposal {proposal_id} is {proposal.state}, not pending")
    return proposal


def _jsonable(change: Change) -> dict:
    return {"subject_key": change.subject_key, "fields": change.new_state,
            "retire_on": change.retire_on.isoformat() if change.retire_on else None, "successor": change.successor}


def _label(proposal: Proposal) -> str:
    if proposal.subject_kind == "provider":
        return f"provider {proposal.provider_slug}"
    return f"{proposal.subject_kind} {proposal.provider_slug}/{proposal.subject_key}"
