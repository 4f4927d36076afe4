"""Moving providers between their published form (`ProviderDoc`) and the database rows.

`write_provider` is the single place that changes published rows; the baseline import and applied
proposals both go through it. It never deletes evidence: a row it has not seen is added, one it has is kept.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlmodel import Session, select

from registry import aliases
from registry.documents import ChannelDoc, EvidenceDoc, PolicyDoc, ProviderDoc
from registry.errors import Conflict
from registry.models import Channel, Evidence, Policy, Provider, ProviderAlias, utcnow

_PROVIDER_FIELDS = ("kind", "names", "jurisdictions", "notes")
_CHANNEL_FIELDS = ("kind", "value", "display", "regions", "purposes", "direction", "hours", "timezone", "cost",
                   "languages", "valid_from", "valid_until", "successor", "published", "notes")
_POLICY_FIELDS = ("statement", "channels", "published", "notes")
_EVIDENCE_FIELDS = ("source_url", "source_kind", "retrieved_at", "excerpt", "content_sha256", "captured_by", "confidence")


@dataclass
class WriteResult:
    slug: str
    created: bool = False
    changes: list[str] = field(default_factory=list)
    evidence_added: int = 0
    kept_in_database: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return self.created or bool(self.changes) or self.evidence_added > 0


def read_providers(session: Session, *, slugs: list[str] | None = None) -> list[ProviderDoc]:
    """Every provider (or the named ones) in its published form, ordered by slug; a handful of queries in all."""
    query = select(Provider).order_by(Provider.slug)
    if slugs is not None:
        query = query.where(Provider.slug.in_(slugs))
    providers = list(session.exec(query))
    ids = [provider.id for provider in providers]
    if not ids:
        return []
    alias_rows = session.exec(select(ProviderAlias).where(ProviderAlias.provider_id.in_(ids)).order_by(ProviderAlias.position))
    channel_rows = list(session.exec(select(Channel).where(Channel.provider_id.in_(ids)).order_by(Channel.position, Channel.id)))
    policy_rows = list(session.exec(select(Policy).where(Policy.provider_id.in_(ids)).order_by(Policy.position, Policy.id)))
    evidence_by_channel: dict[int, list[EvidenceDoc]] = defaultdict(list)
    evidence_by_policy: dict[int, list[EvidenceDoc]] = defaultdict(list)
    channel_ids = [row.id for row in channel_rows]
    policy_ids = [row.id for row in policy_rows]
    evidence_query = select(Evidence).where(
        Evidence.channel_id.in_(channel_ids or [-1]) | Evidence.policy_id.in_(policy_ids or [-1])
    ).order_by(Evidence.id)
    for row in session.exec(evidence_query):
        doc = _evidence_doc(row)
        if row.channel_id is not None:
            evidence_by_channel[row.channel_id].append(doc)
        else:
            evidence_by_policy[row.policy_id].append(doc)

    aliases_of: dict[int, list[str]] = defaultdict(list)
    for row in alias_rows:
        aliases_of[row.provider_id].append(row.alias)
    channels_of: dict[int, list[ChannelDoc]] = defaultdict(list)
    for row in channel_rows:
        channels_of[row.provider_id].append(
            ChannelDoc(key=row.key, **{name: getattr(row, name) for name in _CHANNEL_FIELDS},
                       evidence=evidence_by_channel[row.id])
        )
    policies_of: dict[int, list[PolicyDoc]] = defaultdict(list)
    for row in policy_rows:
        policies_of[row.provider_id].append(
            PolicyDoc(code=row.code, **{name: getattr(row, name) for name in _POLICY_FIELDS},
                      evidence=evidence_by_policy[row.id])
        )
    return [
        ProviderDoc(
            slug=provider.slug,
            **{name: getattr(provider, name) for name in _PROVIDER_FIELDS},
            aliases=aliases_of[provider.id],
            channels=channels_of[provider.id],
            policies=policies_of[provider.id],
        )
        for provider in providers
    ]


def _evidence_doc(row: Evidence) -> EvidenceDoc:
    return EvidenceDoc(**{name: getattr(row, name) for name in _EVIDENCE_FIELDS})


def _evidence_identity(doc: EvidenceDoc) -> tuple:
    return tuple(str(getattr(doc, name)) for name in _EVIDENCE_FIELDS)


def _plain(value):
    """Field values as the database holds them (codes as plain strings), for comparison and storage."""
    if isinstance(value, list):
        return [str(item) for item in value]
    if isinstance(value, str):
        return str(value)
    return value


def release_aliases(session: Session, docs: list[ProviderDoc]) -> None:
    """Drop the aliases the new documents no longer list, so an alias can move between providers in one write."""
    wanted = {doc.slug: {aliases.fold(alias) for alias in doc.aliases} for doc in docs}
    rows = session.exec(
        select(ProviderAlias, Provider.slug).join(Provider, Provider.id == ProviderAlias.provider_id)
        .where(Provider.slug.in_(list(wanted)))
    )
    for alias_row, slug in rows:
        if alias_row.folded not in wanted[slug]:
            session.delete(alias_row)
    session.flush()


def write_provider(session: Session, doc: ProviderDoc) -> WriteResult:
    """Make the rows of `doc.slug` say what `doc` says. Evidence is appended, never removed or edited."""
    result = WriteResult(slug=doc.slug)
    provider = session.exec(select(Provider).where(Provider.slug == doc.slug)).first()
    if provider is None:
        provider = Provider(slug=doc.slug)
        result.created = True
    changed = _assign(provider, doc, _PROVIDER_FIELDS)
    if changed and not result.created:
        provider.version += 1
        provider.updated_at = utcnow()
        result.changes += [f"provider.{name}" for name in changed]
    session.add(provider)
    session.flush()

    _write_aliases(session, provider, doc, result)

    existing_channels = {row.key: row for row in session.exec(select(Channel).where(Channel.provider_id == provider.id))}
    for position, channel_doc in enumerate(doc.channels):
        row = existing_channels.pop(channel_doc.key, None) or Channel(provider_id=provider.id, key=channel_doc.key)
        _write_fact(session, row, channel_doc, position, _CHANNEL_FIELDS, f"channel {channel_doc.key}", result, owner_column="channel_id")
    result.kept_in_database += [f"channel {key}" for key in existing_channels]

    existing_policies = {row.code: row for row in session.exec(select(Policy).where(Policy.provider_id == provider.id))}
    for position, policy_doc in enumerate(doc.policies):
        row = existing_policies.pop(policy_doc.code, None) or Policy(provider_id=provider.id, code=policy_doc.code)
        _write_fact(session, row, policy_doc, position, _POLICY_FIELDS, f"policy {policy_doc.code}", result, owner_column="policy_id")
    result.kept_in_database += [f"policy {code}" for code in existing_policies]
    return result


def _assign(row, doc, names: tuple[str, ...]) -> list[str]:
    changed = []
    for name in names:
        new = _plain(getattr(doc, name))
        if getattr(row, name) != new:
            setattr(row, name, new)
            changed.append(name)
    return changed


def _write_aliases(session: Session, provider: Provider, doc: ProviderDoc, result: WriteResult) -> None:
    rows = {row.folded: row for row in session.exec(select(ProviderAlias).where(ProviderAlias.provider_id == provider.id))}
    for position, alias in enumerate(doc.aliases):
        folded = aliases.fold(alias)
        row = rows.pop(folded, None)
        if row is None:
            taken = session.exec(select(ProviderAlias).where(ProviderAlias.folded == folded)).first()
            if taken is not None:
                raise Conflict(f"alias {alias!r} already belongs to another provider")
            row = ProviderAlias(provider_id=provider.id, alias=alias, folded=folded, position=position)
            result.changes.append(f"alias {alias}")
        elif (row.alias, row.position) != (alias, position):
            row.alias, row.position = alias, position
            result.changes.append(f"alias {alias}")
        session.add(row)
    for row in rows.values():
        result.changes.append(f"alias {row.alias} removed")
        session.delete(row)
    session.flush()


def _write_fact(session, row, doc, position: int, names, label: str, result: WriteResult, *, owner_column: str) -> None:
    is_new = row.id is None
    changed = _assign(row, doc, names)
    if row.position != position:
        row.position = position
        changed.append("position")
    if is_new:
        result.changes.append(f"{label} added")
    elif changed:
        row.version += 1
        row.updated_at = utcnow()
        result.changes.append(f"{label}: {', '.join(changed)}")
    session.add(row)
    session.flush()

    known = {
        _evidence_identity(_evidence_doc(existing))
        for existing in session.exec(select(Evidence).where(getattr(Evidence, owner_column) == row.id))
    }
    for evidence in doc.evidence:
        if _evidence_identity(evidence) in known:
            continue
        session.add(Evidence(**{owner_column: row.id}, **{name: _plain(getattr(evidence, name)) for name in _EVIDENCE_FIELDS}))
        known.add(_evidence_identity(evidence))
        result.evidence_added += 1
    session.flush()
