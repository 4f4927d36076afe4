"""Alembic's migrations build exactly the schema the models describe, on SQLite and PostgreSQL."""

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

import registry.models  # noqa: F401
from alembic import command
from service import database


def _differences(url: str) -> list:
    engine = sa.create_engine(url)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, SQLModel.metadata)
    engine.dispose()
    return differences


def _tables(url: str) -> set[str]:
    engine = sa.create_engine(url)
    names = set(sa.inspect(engine).get_table_names())
    engine.dispose()
    return names


class TestMigrations:
    def test_upgrade_of_an_empty_database_matches_the_models(self, empty_db_url):
        database.migrate(empty_db_url)
        assert _differences(empty_db_url) == []
        assert {"providers", "channels", "policies", "evidence", "audit_events", "scam_reports"} <= _tables(empty_db_url)

    def test_upgrade_seeds_the_single_registry_state_row(self, empty_db_url):
        database.migrate(empty_db_url)
        engine = sa.create_engine(empty_db_url)
        with engine.connect() as connection:
            rows = connection.execute(sa.text("SELECT id, version FROM registry_state")).all()
        engine.dispose()
        assert [tuple(row) for row in rows] == [(1, 0)]

    def test_downgrade_to_base_removes_every_table_and_upgrade_works_again(self, empty_db_url):
        database.migrate(empty_db_url)
        command.downgrade(database.alembic_config(empty_db_url), "base")
        assert _tables(empty_db_url) <= {"alembic_version"}
        database.migrate(empty_db_url)
        assert _differences(empty_db_url) == []

    def test_a_model_change_without_migration_is_detected(self, empty_db_url):
        # The comparison itself must be able to fail: a table the models lack shows up as a difference.
        database.migrate(empty_db_url)
        engine = sa.create_engine(empty_db_url)
        with engine.begin() as connection:
            connection.execute(sa.text("CREATE TABLE stray (id INTEGER PRIMARY KEY)"))
        engine.dispose()
        assert any(diff[0] == "remove_table" for diff in _differences(empty_db_url))
