"""The app through HTTP, on a database of its own (SQLite and PostgreSQL) seeded with the bundled data."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from registry.datafile import PROVIDERS_DIR
from service import database
from service.app import create_app
from service.settings import Settings
from tests.conftest import new_database


@pytest.fixture(scope="session")
def seeded_db_url(backend, request, tmp_path_factory):
    with new_database(backend, request, tmp_path_factory) as url:
        database.prepare(url, seed_dir=PROVIDERS_DIR).dispose()
        yield url


def make_settings(url: str, **overrides) -> Settings:
    values = dict(database_url=url, seed_on_start=True, rate_limit="100000/minute", page_rate_limit="100000/minute",
                  index_refresh_seconds=0.1, log_level="warning")
    return Settings(**{**values, **overrides})


@pytest.fixture(scope="session")
def client(seeded_db_url):
    with TestClient(create_app(make_settings(seeded_db_url))) as client:
        yield client
