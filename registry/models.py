"""The database schema (SQLModel). Alembic's migrations build exactly this; a test keeps the two equal.

Codes from `registry.vocab` are stored as short strings rather than database enum types: the vocabulary
grows, and a new code should not need a type migration on PostgreSQL.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlmodel import Field, SQLModel


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _fk(target: str, *, nullable: bool = False) -> Column:
    return Column(Integer, ForeignKey(target, ondelete="RESTRICT"), nullable=nullable, index=True)


def _at() -> Column:
    return Column(DateTime(timezone=True), nullable=False)


class Provider(SQLModel, table=True):
    __tablename__ = "providers"

    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(sa_type=String(64), unique=True, index=True)
    kind: str = Field(sa_type=String(32))
    names: dict = Field(default_factory=dict, sa_type=JSON)
    jurisdictions: list = Field(default_factory=list, sa_type=JSON)
    notes: str | None = Field(default=None, sa_type=Text)
    # Optimistic concurrency: a proposal records the version it was written against.
    version: int = Field(default=1)
    updated_at: dt.datetime = Field(default_factory=utcnow, sa_column=_at())


class ProviderAlias(SQLModel, table=True):
    __tablename__ = "provider_aliases"

    id: int | None = Field(default=None, primary_key=True)
    provider_id: int = Field(sa_column=_fk("providers.id"))
    alias: str = Field(sa_type=String(200))
    # Unique across providers: one name people type must never lead to two providers.
    folded: str = Field(sa_type=String(200), unique=True)
    position: int = Field(default=0)


class Channel(SQLModel, table=True):
    __tablename__ = "channels"
    __table_args__ = (
        UniqueConstraint("provider_id", "key", name="uq_channels_provider_key"),
        Index("ix_channels_kind_value", "kind", "value"),
    )

    id: int | None = Field(default=None, primary_key=True)
    provider_id: int = Field(sa_column=_fk("providers.id"))
    key: str = Field(sa_type=String(80))
    kind: str = Field(sa_type=String(32))
    value: str = Field(sa_type=String(300))
    display: str = Field(sa_type=String(300))
    regions: list = Field(default_factory=list, sa_type=JSON)
    purposes: list = Field(default_factory=list, sa_type=JSON)
    direction: str = Field(default="unknown", sa_type=String(32))
    hours: str | None = Field(default=None, sa_type=String(300))
    timezone: str | None = Field(default=None, sa_type=String(64))
    cost: str = Field(default="unknown", sa_type=String(32))
    languages: list = Field(default_factory=list, sa_type=JSON)
    valid_from: dt.date | None = Field(default=None, sa_type=Date)
    valid_until: dt.date | None = Field(default=None, sa_type=Date)
    successor: str | None = Field(default=None, sa_type=String(80))
    published: bool = Field(default=True)
    notes: str | None = Field(default=None, sa_type=Text)
    position: int = Field(default=0)
    version: int = Field(default=1)
    updated_at: dt.datetime = Field(default_factory=utcnow, sa_column=_at())


class Policy(SQLModel, table=True):
    __tablename__ = "policies"
    __table_args__ = (UniqueConstraint("provider_id", "code", name="uq_policies_provider_code"),)

    id: int | None = Field(default=None, primary_key=True)
    provider_id: int = Field(sa_column=_fk("providers.id"))
    code: str = Field(sa_type=String(64))
    statement: str = Field(sa_type=Text)
    channels: list = Field(default_factory=list, sa_type=JSON)
    published: bool = Field(default=True)
    notes: str | None = Field(default=None, sa_type=Text)
    position: int = Field(default=0)
    version: int = Field(default=1)
    updated_at: dt.datetime = Field(default_factory=utcnow, sa_column=_at())


class Evidence(SQLModel, table=True):
    """Provenance of one channel or policy. Rows are only ever added: re-verification is a new row."""

    __tablename__ = "evidence"
    __table_args__ = (
        CheckConstraint("(channel_id IS NULL) <> (policy_id IS NULL)", name="ck_evidence_one_subject"),
    )

    id: int | None = Field(default=None, primary_key=True)
    channel_id: int | None = Field(default=None, sa_column=_fk("channels.id", nullable=True))
    policy_id: int | None = Field(default=None, sa_column=_fk("policies.id", nullable=True))
    source_url: str = Field(sa_type=String(2000))
    source_kind: str = Field(sa_type=String(32))
    retrieved_at: dt.date = Field(sa_type=Date)
    excerpt: str = Field(sa_type=Text)
    content_sha256: str | None = Field(default=None, sa_type=String(64))
    captured_by: str = Field(sa_type=String(200))
    confidence: str = Field(sa_type=String(16))
    recorded_at: dt.datetime = Field(default_factory=utcnow, sa_column=_at())


class ScamReport(SQLModel, table=True):
    """A value reported as impersonating a provider. Never changes official data."""

    __tablename__ = "scam_reports"
    __table_args__ = (Index("ix_scam_reports_kind_value", "kind", "value"),)

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(sa_type=String(32))
    value: str = Field(sa_type=String(300))
    raw_value: str = Field(sa_type=String(300))
    claimed_provider: str | None = Field(default=None, sa_type=String(200))
    seen_url: str | None = Field(default=None, sa_type=String(2000))
    excerpt: str | None = Field(default=None, sa_type=Text)
    status: str = Field(default="reported", sa_type=String(16), index=True)
    created_at: dt.datetime = Field(default_factory=utcnow, sa_column=_at())
    reviewed_by: str | None = Field(default=None, sa_type=String(200))
    reviewed_at: dt.datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    review_reason: str | None = Field(default=None, sa_type=Text)


class AuditEvent(SQLModel, table=True):
    """Append-only journal. Each event holds the hash of the one before, so an edit breaks the chain."""

    __tablename__ = "audit_events"

    id: int | None = Field(default=None, primary_key=True)
    seq: int = Field(unique=True)
    at: dt.datetime = Field(sa_column=_at())
    actor: str = Field(sa_type=String(200))
    action: str = Field(sa_type=String(64), index=True)
    subject: str = Field(sa_type=String(300))
    payload: str = Field(sa_type=Text)
    prev_hash: str = Field(sa_type=String(64))
    hash: str = Field(sa_type=String(64), unique=True)


class RegistryState(SQLModel, table=True):
    """One row: the published registry's version. API workers rebuild their index when it moves."""

    __tablename__ = "registry_state"

    id: int = Field(default=1, primary_key=True)
    version: int = Field(default=0)
    updated_at: dt.datetime = Field(default_factory=utcnow, sa_column=_at())


class Maintainer(SQLModel, table=True):
    """A person (maintainer, admin) or a bot (scraper, import) that acts on the registry."""

    __tablename__ = "maintainers"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_type=String(100), unique=True, index=True)
    role: str = Field(sa_type=String(16))
    created_at: dt.datetime = Field(default_factory=utcnow, sa_column=_at())
    disabled_at: dt.datetime | None = Field(default=None, sa_type=DateTime(timezone=True))


class ApiToken(SQLModel, table=True):
    """A maintainer's bearer token. Only its SHA-256 is stored; the token itself is shown once."""

    __tablename__ = "api_tokens"

    id: int | None = Field(default=None, primary_key=True)
    maintainer_id: int = Field(sa_column=_fk("maintainers.id"))
    token_sha256: str = Field(sa_type=String(64), unique=True, index=True)
    prefix: str = Field(sa_type=String(16))
    created_at: dt.datetime = Field(default_factory=utcnow, sa_column=_at())
    revoked_at: dt.datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    last_used_at: dt.datetime | None = Field(default=None, sa_type=DateTime(timezone=True))


class Proposal(SQLModel, table=True):
    """A change to published data: the full new state, its diff, its evidence, and where it stands."""

    __tablename__ = "proposals"
    __table_args__ = (Index("ix_proposals_state", "state"), Index("ix_proposals_subject", "provider_slug", "subject_kind", "subject_key"))

    id: int | None = Field(default=None, primary_key=True)
    subject_kind: str = Field(sa_type=String(16))  # provider | channel | policy | alias
    action: str = Field(sa_type=String(16))  # create | update | retire
    provider_slug: str = Field(sa_type=String(64))
    subject_key: str = Field(sa_type=String(200))
    new_state: dict = Field(default_factory=dict, sa_type=JSON)
    diff: list = Field(default_factory=list, sa_type=JSON)
    evidence: list = Field(default_factory=list, sa_type=JSON)
    # The fact's version when proposed; applying checks it did not move (optimistic concurrency).
    base_version: int | None = Field(default=None)
    reason: str = Field(sa_type=Text)
    state: str = Field(default="pending", sa_type=String(16))
    proposer: str = Field(sa_type=String(100))
    created_at: dt.datetime = Field(default_factory=utcnow, sa_column=_at())
    decided_at: dt.datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    applied_at: dt.datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    applied_version: int | None = Field(default=None)


class Review(SQLModel, table=True):
    """One maintainer's decision on a proposal, kept as a row."""

    __tablename__ = "reviews"

    id: int | None = Field(default=None, primary_key=True)
    proposal_id: int = Field(sa_column=_fk("proposals.id"))
    reviewer: str = Field(sa_type=String(100))
    decision: str = Field(sa_type=String(16))  # approve | reject | withdraw
    reason: str | None = Field(default=None, sa_type=Text)
    created_at: dt.datetime = Field(default_factory=utcnow, sa_column=_at())


class ReviewSession(SQLModel, table=True):
    """A signed-in review-page session: the cookie holds a random id whose hash is stored here."""

    __tablename__ = "review_sessions"

    id: int | None = Field(default=None, primary_key=True)
    session_sha256: str = Field(sa_type=String(64), unique=True, index=True)
    maintainer_id: int = Field(sa_column=_fk("maintainers.id"))
    csrf_token: str = Field(sa_type=String(64))
    created_at: dt.datetime = Field(default_factory=utcnow, sa_column=_at())
    expires_at: dt.datetime = Field(sa_column=_at())


class ReportSighting(SQLModel, table=True):
    """A page a reported value was seen on; several reports of one value gather their pages here."""

    __tablename__ = "report_sightings"

    id: int | None = Field(default=None, primary_key=True)
    report_id: int = Field(sa_column=_fk("scam_reports.id"))
    seen_url: str = Field(sa_type=String(2000))
    excerpt: str | None = Field(default=None, sa_type=Text)
    created_at: dt.datetime = Field(default_factory=utcnow, sa_column=_at())
