"""Databases for the suite: every `db_url` test runs on SQLite and on a real PostgreSQL server.

PostgreSQL comes from VC_TEST_POSTGRES_URL, or the server on 127.0.0.1:5432 (trust auth). Each run makes
its own database and drops it after. Where no server answers, those tests are skipped and the summary
says so in capitals: a green run without PostgreSQL is not the same claim.
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import Session

from registry import index as registry_index
from registry import validation
from registry.datafile import PROVIDERS_DIR
from registry.db import make_engine
from service import database

POSTGRES_ADMIN_URL = os.environ.get("VC_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
_postgres_skip_reason: str | None = None


def _postgres_available() -> str | None:
    """None when a server answers, else why not."""
    try:
        engine = sa.create_engine(POSTGRES_ADMIN_URL, connect_args={"connect_timeout": 3})
        with engine.connect():
            pass
        engine.dispose()
        return None
    except Exception as error:  # any failure to connect means: no server to be had here
        return f"no PostgreSQL server at {POSTGRES_ADMIN_URL}: {type(error).__name__}: {str(error).splitlines()[0]}"


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    global _postgres_skip_reason
    reason = _postgres_available()
    if reason:
        _postgres_skip_reason = reason
        pytest.skip(reason)
    name = f"vc_test_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    try:
        yield url
    finally:
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session", params=["sqlite", "postgres"])
def backend(request) -> str:
    return request.param


def free_port() -> int:
    """A port of 127.0.0.1 nothing listens on (the probe that found it is closed): a server's, or an address that refuses."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def at_once(engine, *actions: Callable[[Session], object]) -> list[Exception | None]:
    """Each action in a session and a thread of its own, all let go together once every connection is open: real
    concurrency on a real database. Each outcome is None (its transaction committed) or the exception that rolled it
    back."""
    barrier = threading.Barrier(len(actions))
    outcomes: list[Exception | None] = [None] * len(actions)

    def run(place: int, action: Callable[[Session], object]) -> None:
        with Session(engine) as session:
            session.connection()
            barrier.wait()
            try:
                action(session)
                session.commit()
            except Exception as error:
                session.rollback()
                outcomes[place] = error

    threads = [threading.Thread(target=run, args=(place, action)) for place, action in enumerate(actions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return outcomes


@contextlib.contextmanager
def new_database(backend: str, request, tmp_path_factory) -> Iterator[str]:
    """A database of its own with nothing in it, dropped afterwards."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('db') / 'fresh.db'}"
        return
    base = request.getfixturevalue("postgres_url")
    name = f"vc_fresh_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield base.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def empty_db_url(backend, request, tmp_path_factory) -> Iterator[str]:
    """A database with nothing in it, not even the schema."""
    with new_database(backend, request, tmp_path_factory) as url:
        yield url


@pytest.fixture(scope="session")
def _migrated_sqlite(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'suite.db'}"
    database.migrate(url)
    return url


@pytest.fixture(scope="session")
def _migrated_postgres(postgres_url) -> str:
    database.migrate(postgres_url)
    return postgres_url


@pytest.fixture
def db_url(backend, request) -> str:
    """A migrated database shared by the run; use `session` for isolation."""
    return request.getfixturevalue("_migrated_sqlite" if backend == "sqlite" else "_migrated_postgres")


@pytest.fixture
def engine(db_url):
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def session(engine) -> Iterator[Session]:
    """A session inside a transaction that is rolled back after the test, on a migrated database."""
    connection = engine.connect()
    transaction = connection.begin()
    session = Session(bind=connection, join_transaction_mode="create_savepoint")
    try:
        yield session
    finally:
        session.close()
        transaction.rollback()
        connection.close()


@pytest.fixture(scope="session")
def bundled_data_dir() -> Path:
    return PROVIDERS_DIR


@pytest.fixture(scope="session")
def bundled_index():
    """The index of the bundled registry, as a fresh service builds it (without a database)."""
    providers, problems = validation.validate_directory(PROVIDERS_DIR)
    assert not problems
    return registry_index.build(providers, version=1)


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if _postgres_skip_reason:
        terminalreporter.write_sep("!", "POSTGRESQL TESTS WERE SKIPPED", red=True, bold=True)
        terminalreporter.write_line(_postgres_skip_reason, red=True)
        terminalreporter.write_line("Start a server (see .ci/run) or set VC_TEST_POSTGRES_URL to run them.", red=True)
