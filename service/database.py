"""Engine, migrations and the one place a unit of work commits: `session_scope()` for the CLI and jobs."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic.config import Config
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, select

from alembic import command
from registry import baseline
from registry.db import make_engine
from registry.models import Provider

ALEMBIC_DIR = Path(__file__).resolve().parent.parent / "alembic"


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(ALEMBIC_DIR))
    # ConfigParser treats '%' as interpolation; a password may contain one.
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def shown(url: str) -> str:
    """A database or Redis address as it may be printed and logged: without its password."""
    return make_url(url).render_as_string(hide_password=True)


def why_not(error: DBAPIError) -> str:
    """Why the database did not do it, on one line (the driver's words: psycopg's run over several)."""
    return " ".join(str(error.orig or error).split())


# SQLite says a schema that is not the code's (a migration not run, a table dropped) with the OperationalError it says a
# locked or unreachable database with; PostgreSQL with a ProgrammingError of its own
_SCHEMA_FAULTS = ("no such table", "no such column", "has no column named")


def schema_fault(error: DBAPIError) -> bool:
    """Whether the database answered that its tables are not the code's: no outage, which waiting does not mend."""
    said = str(error.orig or error)
    return any(fault in said for fault in _SCHEMA_FAULTS)


def migrate(url: str) -> None:
    command.upgrade(alembic_config(url), "head")


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    with Session(engine) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def prepare(url: str, *, seed_dir: Path | None) -> Engine:
    """Migrate the database and, when it holds no provider yet, load the bundled data as its baseline."""
    migrate(url)
    engine = make_engine(url)
    if seed_dir is not None:
        with session_scope(engine) as session:
            if session.exec(select(Provider.id).limit(1)).first() is None:
                baseline.import_directory(session, seed_dir, actor="bootstrap")
    return engine
