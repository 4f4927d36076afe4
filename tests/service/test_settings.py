"""The configuration read from the environment: a value the service cannot run with is refused when it is read, by
its variable's name and with what to write instead, and the forms operators write are read as they mean them."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from service import cli, settings
from service.settings import ConfigurationError, get_settings
from tests.conftest import free_port


@pytest.fixture
def environment(monkeypatch, tmp_path):
    """Set variables, then read the settings afresh (they are read once per process)."""
    monkeypatch.setenv("VC_DATABASE_URL", f"sqlite:///{tmp_path / 'settings.db'}")
    settings.get_settings.cache_clear()

    def read(**variables):
        for name, value in variables.items():
            monkeypatch.setenv(name, value)
        settings.get_settings.cache_clear()
        return get_settings()

    yield read
    settings.get_settings.cache_clear()


@pytest.mark.parametrize(("variable", "value", "said"), [
    # a rate limit that did not parse started the service, then failed every request with a 500
    ("VC_RATE_LIMIT", "abc", "VC_RATE_LIMIT='abc': not a rate limit; write one count per period, such as 120/minute"),
    ("VC_PAGE_RATE_LIMIT", "0/minute", "VC_PAGE_RATE_LIMIT='0/minute': not a rate limit"),
    # two limits in one: `limits` kept the first and dropped the second without a word
    ("VC_REPORT_RATE_LIMIT", "10/minute;50/hour", "VC_REPORT_RATE_LIMIT='10/minute;50/hour': not a rate limit"),
    ("VC_DATABASE_URL", "", "VC_DATABASE_URL: not a database address; write sqlite:///path/to/file.db or postgresql+psycopg://"),
    ("VC_DATABASE_URL", "postgresql://ana:s3cret@db:port/vc", "VC_DATABASE_URL: not a database address"),
    ("VC_DATABASE_URL", "mysql://db/vc", "VC_DATABASE_URL: mysql is not a database this service runs on"),
    ("VC_REDIS_URL", "localhost:6379", "VC_REDIS_URL: not a Redis address; write redis://host:6379/0"),
    # a JSON list was the only form read, with a pydantic-settings traceback for any other
    ("VC_CORS_ORIGINS", "[https://a.example", "VC_CORS_ORIGINS='[https://a.example': not a JSON list of origins"),
    ("VC_CORS_ORIGINS", "[1, 2]", "VC_CORS_ORIGINS='[1, 2]': not a list of origins"),
    ("VC_CORS_ORIGINS", "a.example", "VC_CORS_ORIGINS='a.example': 'a.example' is not an origin; write scheme://host[:port]"),
    ("VC_CORS_ORIGINS", "https://a.example/app", "VC_CORS_ORIGINS='https://a.example/app': 'https://a.example/app' is not an origin"),
    ("VC_LOG_LEVEL", "loud", "VC_LOG_LEVEL='loud': Input should be 'debug', 'info', 'warning', 'error' or 'critical'"),
    ("VC_SEED_ON_START", "maybe", "VC_SEED_ON_START='maybe': Input should be a valid boolean"),
    ("VC_INDEX_REFRESH_SECONDS", "0", "VC_INDEX_REFRESH_SECONDS='0': Input should be greater than 0"),
    ("VC_ANSWER_CACHE_SIZE", "-1", "VC_ANSWER_CACHE_SIZE='-1': Input should be greater than or equal to 0"),
    ("VC_DATA_DIR", "/no/such/folder", "VC_DATA_DIR='/no/such/folder': no such folder"),
])
def test_a_value_the_service_cannot_run_with_is_named(environment, variable, value, said):
    with pytest.raises(ConfigurationError) as refused:
        environment(**{variable: value})
    [line] = refused.value.lines
    assert line.startswith(said), line
    assert "s3cret" not in line  # an address may hold a password: it is not repeated back


def test_every_wrong_value_is_named_at_once(environment):
    with pytest.raises(ConfigurationError) as refused:
        environment(VC_RATE_LIMIT="often", VC_LOG_LEVEL="chatty")
    assert [line.split(":")[0] for line in refused.value.lines] == ["VC_RATE_LIMIT='often'", "VC_LOG_LEVEL='chatty'"]


@pytest.mark.parametrize(("variables", "field", "read"), [
    ({"VC_CORS_ORIGINS": "https://a.example, https://b.example:8443"}, "cors_origins", ["https://a.example", "https://b.example:8443"]),
    ({"VC_CORS_ORIGINS": '["https://a.example", "chrome-extension://abcdef"]'}, "cors_origins",
     ["https://a.example", "chrome-extension://abcdef"]),
    # a browser's Origin never ends in a slash, and CORS compares origins exactly: one written with it matched nothing
    ({"VC_CORS_ORIGINS": "https://a.example/"}, "cors_origins", ["https://a.example"]),
    ({"VC_CORS_ORIGINS": "*"}, "cors_origins", ["*"]),
    # hosting services hand out postgres://, which SQLAlchemy 2 does not read as PostgreSQL
    ({"VC_DATABASE_URL": "postgres://vc@db.internal:5432/vc"}, "database_url", "postgresql://vc@db.internal:5432/vc"),
    ({"VC_LOG_LEVEL": "WARNING"}, "log_level", "warning"),
    ({"VC_RATE_LIMIT": "1000 per hour"}, "rate_limit", "1000 per hour"),
])
def test_the_forms_operators_write_are_read(environment, variables, field, read):
    assert getattr(environment(**variables), field) == read


def test_the_app_answers_a_cors_preflight_for_an_origin_written_with_a_slash(environment, seeded_db_url):
    from fastapi.testclient import TestClient

    from service.app import create_app

    configured = environment(VC_DATABASE_URL=seeded_db_url, VC_CORS_ORIGINS="https://checker.example/", VC_LOG_LEVEL="warning")
    with TestClient(create_app(configured)) as client:
        allowed = client.options("/v1/check", headers={"Origin": "https://checker.example",
                                                        "Access-Control-Request-Method": "POST"})
        other = client.options("/v1/check", headers={"Origin": "https://other.example",
                                                      "Access-Control-Request-Method": "POST"})
    assert allowed.status_code == 200 and allowed.headers["access-control-allow-origin"] == "https://checker.example"
    assert other.status_code == 400 and "access-control-allow-origin" not in other.headers


class TestTheCommandLine:
    """`serve` and the other commands stop with a sentence and exit status 1, not a library's traceback."""

    def invoke(self, *args, **variables):
        settings.get_settings.cache_clear()
        try:
            return CliRunner().invoke(cli.app, list(args), env=variables)
        finally:
            settings.get_settings.cache_clear()

    def test_serve_names_the_wrong_value(self, tmp_path):
        result = self.invoke("serve", VC_DATABASE_URL=f"sqlite:///{tmp_path / 'a.db'}", VC_RATE_LIMIT="abc")
        assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
        assert result.output.splitlines() == [
            "VC_RATE_LIMIT='abc': not a rate limit; write one count per period, such as 120/minute or 1000/hour",
            "the configuration (the environment, or .env) has a value the service cannot run with"]

    def test_a_database_that_does_not_answer_is_named_without_its_password(self):
        port = free_port()
        result = self.invoke("serve", VC_DATABASE_URL=f"postgresql+psycopg://vc:s3cret@127.0.0.1:{port}/vc")
        assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
        assert result.output.startswith(f"cannot open the database at postgresql+psycopg://vc:***@127.0.0.1:{port}/vc: ")
        assert "Connection refused" in result.output and "s3cret" not in result.output

    def test_a_sqlite_file_in_a_folder_that_does_not_exist_is_named(self, tmp_path):
        result = self.invoke("registry", "stale", VC_DATABASE_URL=f"sqlite:///{tmp_path / 'nowhere' / 'vc.db'}")
        assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
        assert result.output == f"cannot open the database at sqlite:///{tmp_path / 'nowhere' / 'vc.db'}: unable to open database file\n"

    def test_serve_stops_when_the_redis_asked_for_does_not_answer(self, tmp_path):
        port = free_port()
        result = self.invoke("serve", VC_DATABASE_URL=f"sqlite:///{tmp_path / 'a.db'}",
                             VC_REDIS_URL=f"redis://:s3cret@127.0.0.1:{port}/0")
        assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
        assert result.output.startswith(f"cannot reach Redis at redis://:***@127.0.0.1:{port}/0 (VC_REDIS_URL): ")
        assert "s3cret" not in result.output
