"""All configuration, read once from the environment (prefix VC_) and passed in; the domain never reads it."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from registry.datafile import PROVIDERS_DIR


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="VC_", env_file=".env", extra="ignore")

    database_url: str = "sqlite:///./verified-contacts.db"
    # None: rate limits and caches live in this process's memory (one worker). Set it when running several.
    redis_url: str | None = None
    data_dir: Path = PROVIDERS_DIR
    # Load the bundled data files into an empty database at start, so one command gives a working service.
    seed_on_start: bool = True
    cors_origins: list[str] = Field(default_factory=lambda: ["*"])
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
    index_refresh_seconds: float = 2.0
    reverify_days: int = 180
    # GET /v1/check answers kept per worker (0: none); keyed by query, registry version and day.
    answer_cache_size: int = 10_000
    # The private key GET /v1/snapshot is signed with: 32 bytes in base64 (`verified-contacts snapshot keygen`).
    # Unset, each process makes one of its own at start and says so: clients that pin a key need this set.
    snapshot_signing_key: SecretStr | None = None
    log_level: str = "info"
    # FastAPI's OpenTelemetry spans, metrics and logs, to the globally configured providers. Off unless
    # asked for: with no provider set up, FastAPI still looks them up on every request (5% of a check).
    opentelemetry: bool = False


@lru_cache
def get_settings() -> Settings:
    return Settings()
