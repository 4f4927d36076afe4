"""The registry version: one number that moves whenever published data changes."""

from __future__ import annotations

from sqlalchemy import update
from sqlmodel import Session, select

from registry.models import RegistryState, utcnow


def lock(session: Session) -> RegistryState:
    """The state row, locked for this transaction: FOR UPDATE on PostgreSQL; on SQLite, this transaction made the
    database's one writer. What the transaction reads after it, others committed before it."""
    if session.get_bind().dialect.name == "sqlite":
        # SQLite has no FOR UPDATE, and its driver begins a transaction only at the first write: reads before it
        # each saw the database alone, so two workers filing the same report both found none and both made one.
        # A write that changes nothing makes this transaction the writer now (others wait their busy timeout).
        session.execute(update(RegistryState).where(RegistryState.id == 1).values(version=RegistryState.version))
    row = session.exec(select(RegistryState).where(RegistryState.id == 1).with_for_update()).first()
    if row is None:
        row = RegistryState(id=1, version=0)
        session.add(row)
        session.flush()
    return row


def bump(session: Session) -> int:
    row = lock(session)
    row.version += 1
    row.updated_at = utcnow()
    session.add(row)
    session.flush()
    return row.version


def current_version(session: Session) -> int:
    row = session.get(RegistryState, 1)
    return row.version if row else 0
