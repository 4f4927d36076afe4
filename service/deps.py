"""Request-scoped database work: `unit_of_work` is the one place a request's changes commit."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from fastapi import Request
from sqlmodel import Session

from registry import maintainers
from registry.errors import Unauthorized
from registry.models import Maintainer
from service import database

log = logging.getLogger("verified_contacts.auth")


@contextmanager
def unit_of_work(request: Request) -> Iterator[Session]:
    """A session for one request: committed when the block ends normally (before the answer is sent),
    rolled back on any error — by the same `session_scope` the CLI uses."""
    with database.session_scope(request.app.state.engine) as session:
        yield session


def bearer_token(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def authenticated(session: Session, request: Request) -> Maintainer:
    """The maintainer behind the request's bearer token; a refusal is logged with its reason."""
    try:
        return maintainers.authenticate(session, bearer_token(request))
    except Unauthorized as refusal:
        log.warning("maintainer auth refused", extra={"path": request.url.path, "reason": refusal.message,
                                                       "client": request.client.host if request.client else None})
        raise
