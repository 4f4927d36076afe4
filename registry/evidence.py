"""Re-verification: a source still says what we hold, so its fact gains a new evidence row.

Adding provenance changes no fact, so it needs no review; it is audited, and it moves the registry
version because `last_verified` (and staleness) of the fact moves with it.
"""

from __future__ import annotations

from sqlmodel import Session, select

from registry import audit, canonical, state
from registry.documents import EvidenceDoc
from registry.errors import DataInvalid, NotFound
from registry.models import Channel, Evidence, Policy, Provider
from registry.vocab import ChannelKind


def reverify(session: Session, *, actor: str, provider_slug: str, subject_kind: str, key: str, evidence: EvidenceDoc) -> Evidence:
    provider = session.exec(select(Provider).where(Provider.slug == provider_slug)).first()
    if provider is None:
        raise NotFound(f"no provider {provider_slug!r}")
    if subject_kind == "channel":
        row = session.exec(select(Channel).where(Channel.provider_id == provider.id, Channel.key == key)).first()
        if row is not None and not canonical.excerpt_states(ChannelKind(row.kind), row.value, evidence.excerpt):
            raise DataInvalid(f"the excerpt does not contain {row.value}; that is not a re-verification")
        owner = {"channel_id": row.id} if row else {}
    else:
        row = session.exec(select(Policy).where(Policy.provider_id == provider.id, Policy.code == key)).first()
        owner = {"policy_id": row.id} if row else {}
    if row is None:
        raise NotFound(f"{provider_slug} has no {subject_kind} {key!r}")
    added = Evidence(**owner, **{name: (str(value) if name in ("source_kind", "confidence") else value)
                                 for name, value in evidence.model_dump().items()})
    session.add(added)
    session.flush()
    version = state.bump(session)
    audit.append(session, actor=actor, action="evidence.reverify", subject=f"{subject_kind} {provider_slug}/{key}",
                 payload={"source_url": evidence.source_url, "retrieved_at": evidence.retrieved_at.isoformat(),
                          "content_sha256": evidence.content_sha256, "registry_version": version})
    return added
