"""The append-only, hash-chained journal of who did what and why.

Each event's hash covers its sequence number, content and the previous event's hash, so changing,
removing or reordering any event breaks the chain at that point, and `verify` names where.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass

from sqlmodel import Session, select

from registry import state
from registry.models import AuditEvent, utcnow

GENESIS = "0" * 64


def append(session: Session, *, actor: str, action: str, subject: str, payload: dict) -> AuditEvent:
    # Serialise writers on the registry state row, so two events never claim the same place in the chain.
    state.lock(session)
    last = session.exec(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1)).first()
    event = AuditEvent(
        seq=(last.seq + 1) if last else 1,
        at=utcnow(),
        actor=actor,
        action=action,
        subject=subject,
        payload=json.dumps(payload, ensure_ascii=False, sort_keys=True, default=str),
        prev_hash=last.hash if last else GENESIS,
        hash="",
    )
    event.hash = event_hash(event)
    session.add(event)
    session.flush()
    return event


def event_hash(event: AuditEvent) -> str:
    body = {
        "seq": event.seq,
        "at": _utc_text(event.at),
        "actor": event.actor,
        "action": event.action,
        "subject": event.subject,
        "payload": event.payload,
        "prev_hash": event.prev_hash,
    }
    return hashlib.sha256(json.dumps(body, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def _utc_text(at: dt.datetime) -> str:
    # SQLite hands back naive datetimes and PostgreSQL aware ones in the session's zone: hash one form.
    at = at.replace(tzinfo=dt.UTC) if at.tzinfo is None else at.astimezone(dt.UTC)
    return at.isoformat(timespec="microseconds")


@dataclass(frozen=True)
class ChainBreak:
    seq: int
    message: str

    def __str__(self) -> str:
        return f"event {self.seq}: {self.message}"


def verify(session: Session) -> list[ChainBreak]:
    breaks: list[ChainBreak] = []
    previous_hash, expected_seq = GENESIS, 1
    for event in session.exec(select(AuditEvent).order_by(AuditEvent.seq)):
        if event.seq != expected_seq:
            breaks.append(ChainBreak(event.seq, f"expected event {expected_seq} here: events were removed or reordered"))
        if event.prev_hash != previous_hash:
            breaks.append(ChainBreak(event.seq, "does not link to the event before it (removed, inserted or reordered)"))
        if event_hash(event) != event.hash:
            breaks.append(ChainBreak(event.seq, "its content does not match its hash (the event was changed)"))
        previous_hash, expected_seq = event.hash, event.seq + 1
    return breaks


def events(session: Session, *, after: int = 0, limit: int = 100) -> list[AuditEvent]:
    query = select(AuditEvent).where(AuditEvent.seq > after).order_by(AuditEvent.seq).limit(limit)
    return list(session.exec(query))
