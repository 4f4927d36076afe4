"""The published form of the registry: one `ProviderDoc` per provider, as the data files hold it.

The same shapes serve the data files, the validator, import/export, the in-memory index and the API, so
a fact looks the same wherever it is read. Field shapes are checked here (pydantic); rules that span
fields or files (canonical values, excerpts that contain the value, aliases) live in `validation`.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator

from registry.vocab import (
    LOCALES,
    ChannelKind,
    Confidence,
    Cost,
    Direction,
    PolicyCode,
    ProviderKind,
    Purpose,
    SourceKind,
)

SLUG_PATTERN = r"^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$"
KEY_PATTERN = r"^[a-z0-9](?:[a-z0-9._-]{0,78}[a-z0-9])?$"
REGION_PATTERN = r"^(?:[A-Z]{2}|global)$"
LANGUAGE_PATTERN = r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$"
# Control characters refused by name: pydantic runs patterns on Rust's engine, whose \s leaves out
# \x1c-\x1f (Python's holds them), so `[^\s]` let an address holding a record separator through.
URL_PATTERN = r"^https?://[^\s\x00-\x1f\x7f]+$"
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)


def _written_as_a_day(value: object) -> object:
    # pydantic would also read a number, or a string of one, as Unix time: 0 became 1970-01-01, silently.
    if value is None or isinstance(value, dt.date) or (isinstance(value, str) and _ISO_DAY.fullmatch(value)):
        return value
    raise ValueError("write the day as YYYY-MM-DD, such as 2026-11-22")


# Every day the registry and its API take: an evidence row's retrieval, a channel's validity, a check's as_of.
Day = Annotated[dt.date, BeforeValidator(_written_as_a_day)]


class _Doc(BaseModel):
    # Unknown keys are errors: a misspelt key in a data file would otherwise vanish silently.
    model_config = ConfigDict(extra="forbid", frozen=True)


class EvidenceDoc(_Doc):
    source_url: str = Field(pattern=URL_PATTERN, max_length=2000)
    source_kind: SourceKind
    retrieved_at: Day
    excerpt: str = Field(min_length=1, max_length=4000)
    content_sha256: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")
    captured_by: str = Field(min_length=1, max_length=200)
    confidence: Confidence

    @field_validator("excerpt")
    @classmethod
    def _excerpt_not_blank(cls, excerpt: str) -> str:
        if not excerpt.strip():
            raise ValueError("the excerpt is blank")
        return excerpt


class ChannelDoc(_Doc):
    key: str = Field(pattern=KEY_PATTERN)
    kind: ChannelKind
    value: str = Field(min_length=1, max_length=300)
    display: str = Field(min_length=1, max_length=300)
    regions: list[str] = Field(default_factory=list)
    purposes: list[Purpose] = Field(default_factory=list)
    direction: Direction = Direction.unknown
    hours: str | None = Field(default=None, max_length=300)
    timezone: str | None = Field(default=None, max_length=64)
    cost: Cost = Cost.unknown
    languages: list[str] = Field(default_factory=list)
    valid_from: Day | None = None
    valid_until: Day | None = None
    successor: str | None = Field(default=None, pattern=KEY_PATTERN)
    published: bool = True
    notes: str | None = Field(default=None, max_length=4000)
    evidence: list[EvidenceDoc] = Field(default_factory=list)

    @field_validator("regions")
    @classmethod
    def _regions(cls, regions: list[str]) -> list[str]:
        return _each_matches(regions, REGION_PATTERN, "a region is an ISO 3166-1 alpha-2 code or 'global'")

    @field_validator("languages")
    @classmethod
    def _languages(cls, languages: list[str]) -> list[str]:
        return _each_matches(languages, LANGUAGE_PATTERN, "a language is a BCP 47 code such as 'en' or 'zh'")

    def is_active(self, on: dt.date) -> bool:
        if self.valid_from and on < self.valid_from:
            return False
        return not (self.valid_until and on > self.valid_until)


class PolicyDoc(_Doc):
    code: PolicyCode
    statement: str = Field(min_length=1, max_length=1000)
    channels: list[str] = Field(default_factory=list)
    published: bool = True
    notes: str | None = Field(default=None, max_length=4000)
    evidence: list[EvidenceDoc] = Field(default_factory=list)


class ProviderDoc(_Doc):
    slug: str = Field(pattern=SLUG_PATTERN)
    kind: ProviderKind
    names: dict[str, str]
    aliases: list[str] = Field(default_factory=list)
    jurisdictions: list[str] = Field(default_factory=list)
    notes: str | None = Field(default=None, max_length=4000)
    channels: list[ChannelDoc] = Field(default_factory=list)
    policies: list[PolicyDoc] = Field(default_factory=list)

    @field_validator("names")
    @classmethod
    def _names(cls, names: dict[str, str]) -> dict[str, str]:
        if "en" not in names:
            raise ValueError("names needs an 'en' entry, the fallback every client can show")
        unknown = [locale for locale in names if locale not in LOCALES]
        if unknown:
            raise ValueError(f"unknown locale(s) {', '.join(unknown)}; known: {', '.join(LOCALES)}")
        if any(not name.strip() for name in names.values()):
            raise ValueError("a display name is blank")
        return names

    @field_validator("jurisdictions")
    @classmethod
    def _jurisdictions(cls, jurisdictions: list[str]) -> list[str]:
        return _each_matches(jurisdictions, REGION_PATTERN, "a jurisdiction is an ISO 3166-1 alpha-2 code or 'global'")

    def channel(self, key: str) -> ChannelDoc | None:
        return next((channel for channel in self.channels if channel.key == key), None)

    @property
    def home_regions(self) -> tuple[str, ...]:
        """The countries it is a provider of ("global" is none): where its numbers written without a country
        code are written."""
        return tuple(region for region in self.jurisdictions if region != "global")


def _each_matches(items: list[str], pattern: str, message: str) -> list[str]:
    bad = [item for item in items if not re.match(pattern, item)]
    if bad:
        raise ValueError(f"{message}: {', '.join(map(repr, bad))}")
    return items


def best_confidence(evidence: list[EvidenceDoc]) -> Confidence | None:
    return max((item.confidence for item in evidence), key=lambda c: c.rank, default=None)


def last_verified(evidence: list[EvidenceDoc]) -> dt.date | None:
    return max((item.retrieved_at for item in evidence), default=None)
