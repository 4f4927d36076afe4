"""All configuration, read once from the environment (prefix VC_) and passed in; the domain never reads it."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlsplit

from limits import parse_many
from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict, SettingsError
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from registry.datafile import PROVIDERS_DIR

ENV_PREFIX = "VC_"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, env_file=".env", extra="ignore")

    database_url: str = "sqlite:///./verified-contacts.db"
    # None: rate limits and caches live in this process's memory (one worker). Set it when running several.
    redis_url: str | None = None
    data_dir: Path = PROVIDERS_DIR
    # Load the bundled data files into an empty database at start, so one command gives a working service.
    seed_on_start: bool = True
    # Written as a JSON list or, as people write them, separated by commas: https://a.example,https://b.example
    cors_origins: Annotated[list[str], NoDecode] = Field(default_factory=lambda: ["*"])
    # Per client address, in the `limits` notation ("120/minute", "1000/hour"). The API's, for programs (the
    # browser extension, a mail filter, batch scripts):
    rate_limit: str = "120/minute"
    # The check page's, for people, counted apart: a person checks a few values a minute, a few people may share
    # one address (an office, a mobile carrier's NAT), and a script scraping the page instead of calling the API
    # is stopped well before the API's limit. A blank form is not counted.
    page_rate_limit: str = "30/minute"
    # Scam reports, POST /v1/reports and the page's POST /report counted together, on top of the limits above.
    report_rate_limit: str = "10/minute"
    # How often each API worker asks the database whether the registry version moved.
    index_refresh_seconds: float = Field(2.0, gt=0)
    reverify_days: int = Field(180, gt=0)
    # GET /v1/check answers kept per worker (0: none); keyed by query, registry version and day.
    answer_cache_size: int = Field(10_000, ge=0)
    # The private key GET /v1/snapshot is signed with: 32 bytes in base64 (`verified-contacts snapshot keygen`).
    # Unset, each process makes one of its own at start and says so: clients that pin a key need this set.
    snapshot_signing_key: SecretStr | None = None
    log_level: Literal["debug", "info", "warning", "error", "critical"] = "info"
    # FastAPI's OpenTelemetry spans, metrics and logs, to the globally configured providers. Off unless
    # asked for: with no provider set up, FastAPI still looks them up on every request (5% of a check).
    opentelemetry: bool = False

    # Each wrong value is refused when the settings are read, by name and with what to write instead: a rate limit
    # that does not parse otherwise failed every request (the middleware reads it on the first), and an address the
    # libraries cannot read failed the start with a traceback.

    @field_validator("log_level", mode="before")
    @classmethod
    def _any_case(cls, value):
        return value.lower() if isinstance(value, str) else value

    @field_validator("database_url")
    @classmethod
    def _a_database_address(cls, value: str) -> str:
        # Hosting services hand out postgres://, which SQLAlchemy no longer reads as PostgreSQL.
        if value.startswith("postgres://"):
            value = "postgresql://" + value.removeprefix("postgres://")
        try:
            backend = make_url(value).get_backend_name()
        except (ArgumentError, ValueError):  # ValueError: a port that is not a number
            raise ValueError("not a database address; write sqlite:///path/to/file.db or "
                             "postgresql+psycopg://user@host:5432/dbname") from None
        if backend not in ("sqlite", "postgresql"):
            raise ValueError(f"{backend} is not a database this service runs on; write sqlite:/// or postgresql+psycopg://")
        return value

    @field_validator("redis_url")
    @classmethod
    def _a_redis_address(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("redis://", "rediss://", "redis+unix://")):
            raise ValueError("not a Redis address; write redis://host:6379/0 (rediss:// for TLS, "
                             "redis+unix:///path/to/socket for a local socket)")
        return value

    @field_validator("rate_limit", "page_rate_limit", "report_rate_limit")
    @classmethod
    def _one_rate_limit(cls, value: str) -> str:
        try:
            limits = parse_many(value)
        except ValueError:
            limits = []
        if len(limits) != 1 or limits[0].amount < 1:
            raise ValueError("not a rate limit; write one count per period, such as 120/minute or 1000/hour")
        return value

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _origins(cls, value):
        if isinstance(value, str) and value.lstrip().startswith("["):
            try:
                value = json.loads(value)
            except json.JSONDecodeError:
                raise ValueError("not a JSON list of origins; write [\"https://example.org\"] or "
                                 "https://example.org,https://example.net") from None
        elif isinstance(value, str):
            value = value.split(",")
        if not isinstance(value, list) or not all(isinstance(origin, str) for origin in value):
            raise ValueError("not a list of origins; write https://example.org,https://example.net")
        origins = [origin.strip() for origin in value if origin.strip()]
        for origin in origins:
            parts = urlsplit(origin)
            if origin != "*" and not (parts.scheme and parts.netloc and parts.path in ("", "/") and not parts.query):
                raise ValueError(f"{origin!r} is not an origin; write scheme://host[:port], such as https://example.org, or *")
        # A browser sends its Origin with no trailing slash, and CORS compares the two exactly.
        return [origin.removesuffix("/") for origin in origins]

    @field_validator("data_dir")
    @classmethod
    def _a_folder(cls, value: Path) -> Path:
        if not value.is_dir():
            raise ValueError("no such folder (the provider files' folder)")
        return value


class ConfigurationError(Exception):
    """The environment (or .env) holds a value the service cannot run with; `lines` name each, one per line."""

    def __init__(self, lines: list[str]):
        super().__init__("; ".join(lines))
        self.lines = lines


@lru_cache
def get_settings() -> Settings:
    try:
        return Settings()
    except ValidationError as error:
        raise ConfigurationError([_described(problem) for problem in error.errors()]) from None
    except SettingsError as error:
        raise ConfigurationError([str(error)]) from None


# An address may hold a password, and a key is a secret: their values are not repeated back.
_NOT_REPEATED = {"database_url", "redis_url", "snapshot_signing_key"}


def _described(problem: dict) -> str:
    field = str(problem["loc"][0]) if problem["loc"] else ""
    name = ENV_PREFIX + field.upper()
    if field not in _NOT_REPEATED and isinstance(problem.get("input"), str):
        name += f"={problem['input']!r}"
    return f"{name}: {problem['msg'].removeprefix('Value error, ')}"
