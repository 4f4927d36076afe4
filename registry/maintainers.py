"""Maintainers, bots and their API tokens. Tokens are random, shown once, stored only as SHA-256."""

from __future__ import annotations

import hashlib
import secrets
from enum import StrEnum

from sqlmodel import Session, select

from registry import audit, state
from registry.errors import Conflict, NotFound, RegistryError, Unauthorized
from registry.models import ApiToken, Maintainer, utcnow

TOKEN_PREFIX = "vc_"
MAX_NAME_LENGTH = 100  # the column's


class Role(StrEnum):
    maintainer = "maintainer"
    admin = "admin"
    bot = "bot"  # scrapers and imports: may propose, never approve

    @property
    def can_review(self) -> bool:
        return self is not Role.bot


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def add(session: Session, *, name: str, role: Role, actor: str) -> tuple[Maintainer, str]:
    """A new maintainer with a first token; returns the token in clear, the only time it exists."""
    if not name or name != name.strip() or len(name) > MAX_NAME_LENGTH or not name.isprintable():
        # an empty name was added, and signed the audit log as ''
        raise RegistryError(f"a maintainer's name is 1 to {MAX_NAME_LENGTH} printable characters with no space at "
                            f"either end: {name!r} is not")
    # One at a time from the look to the insert (as reports.submit): two adds of one name at once both found none,
    # and the second met the unique index with an IntegrityError in place of this sentence.
    state.lock(session)
    if session.exec(select(Maintainer).where(Maintainer.name == name)).first():
        raise Conflict(f"a maintainer called {name!r} already exists")
    maintainer = Maintainer(name=name, role=str(role))
    session.add(maintainer)
    session.flush()
    token = issue_token(session, maintainer=maintainer, actor=actor)
    audit.append(session, actor=actor, action="maintainer.add", subject=name, payload={"role": str(role)})
    return maintainer, token


def issue_token(session: Session, *, maintainer: Maintainer, actor: str) -> str:
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    session.add(ApiToken(maintainer_id=maintainer.id, token_sha256=token_digest(token), prefix=token[:10]))
    session.flush()
    audit.append(session, actor=actor, action="token.issue", subject=maintainer.name, payload={"prefix": token[:10]})
    return token


def get(session: Session, name: str) -> Maintainer:
    maintainer = session.exec(select(Maintainer).where(Maintainer.name == name)).first()
    if maintainer is None:
        raise NotFound(f"no maintainer called {name!r}")
    return maintainer


def ensure_bot(session: Session, name: str) -> Maintainer:
    """The bot actor of a scraper or import, created on first use (bots act without tokens, from the CLI)."""
    state.lock(session)  # two runs of one scraper at once: one bot (see add)
    bot = session.exec(select(Maintainer).where(Maintainer.name == name)).first()
    if bot is None:
        bot = Maintainer(name=name, role=str(Role.bot))
        session.add(bot)
        session.flush()
        audit.append(session, actor="system", action="maintainer.add", subject=name, payload={"role": "bot"})
    return bot


def revoke(session: Session, *, name: str, actor: str) -> int:
    """Revoke every live token of `name`; returns how many."""
    maintainer = get(session, name)
    tokens = session.exec(select(ApiToken).where(ApiToken.maintainer_id == maintainer.id, ApiToken.revoked_at.is_(None))).all()
    for token in tokens:
        token.revoked_at = utcnow()
        session.add(token)
    session.flush()
    audit.append(session, actor=actor, action="token.revoke", subject=name, payload={"revoked": len(tokens)})
    return len(tokens)


def authenticate(session: Session, token: str | None) -> Maintainer:
    """The maintainer a bearer token belongs to; Unauthorized for a missing, unknown or revoked token."""
    if not token:
        raise Unauthorized("this endpoint needs a maintainer token: send 'Authorization: Bearer vc_…'")
    row = session.exec(select(ApiToken).where(ApiToken.token_sha256 == token_digest(token))).first()
    if row is None:
        raise Unauthorized("the token is not valid")
    if row.revoked_at is not None:
        raise Unauthorized("the token has been revoked")
    maintainer = session.get(Maintainer, row.maintainer_id)
    if maintainer is None or maintainer.disabled_at is not None:
        raise Unauthorized("the maintainer of this token is disabled")
    row.last_used_at = utcnow()
    session.add(row)
    return maintainer
