"""Request and response shapes of the public API; their bounds are the documented limits (docs/api.md)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from registry.check import MAX_MESSAGE_LENGTH
from registry.documents import Day
from registry.normalize import KNOWN_REGIONS, MAX_VALUE_LENGTH

MAX_BATCH_ITEMS = 1000
MAX_CLAIM_LENGTH = 200
# Documented as an enum so that clients (and the schema fuzzer) know the exact set; either case is accepted,
# and empty or null for no region (the enum sits beside the field's anyOf, so it has to say so itself).
REGION_CHOICES = [*sorted(KNOWN_REGIONS | {region.lower() for region in KNOWN_REGIONS}), "", None]


def check_region(region: str | None) -> str | None:
    if region is None or region == "":
        return None
    upper = region.strip().upper()
    if upper not in KNOWN_REGIONS:
        raise ValueError(f"unknown region {region!r}: use an ISO 3166-1 alpha-2 code such as CN, HK, US, GB")
    return upper


class CheckIn(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"value": "95188", "region": "CN"},
        {"value": "+86 21 5555 0000", "claimed_provider": "支付宝", "message": "您的账户异常，请提供短信验证码"},
    ]})

    value: str = Field(min_length=1, max_length=MAX_VALUE_LENGTH, description="A phone number, short code, domain, URL or email, as received.")
    kind: Literal["phone", "short_code", "website", "url", "domain", "email", "app"] | None = None
    region: str | None = Field(default=None, max_length=10, description="ISO 3166-1 alpha-2 region to read national numbers in.",
                               json_schema_extra={"enum": REGION_CHOICES})
    claimed_provider: str | None = Field(default=None, max_length=MAX_CLAIM_LENGTH, description="Who the caller or page says it is, any script.")
    channel: Literal["call", "sms", "email", "chat", "social", "web"] | None = None
    direction: Literal["incoming", "outgoing"] | None = Field(default=None, description="incoming: they contacted you.")
    message: str | None = Field(default=None, max_length=MAX_MESSAGE_LENGTH, description="What the caller said or wrote.")
    lang: str | None = Field(default=None, max_length=20, description="'en' or 'zh' (zh-Hans, zh-CN …).")
    as_of: Day | None = Field(default=None, description="Judge as of this date (retired channels, history).")

    @field_validator("region")
    @classmethod
    def _known_region(cls, region: str | None) -> str | None:
        return check_region(region)


class BatchIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    items: list[dict[str, Any]] = Field(max_length=MAX_BATCH_ITEMS, description=f"Up to {MAX_BATCH_ITEMS} check requests.")


class Reason(BaseModel):
    code: str
    message: str


class VerdictOut(BaseModel):
    """The answer of a check. `unknown` is never a statement that the value is safe."""

    verdict: Literal["official", "retired", "known_scam", "lookalike", "mismatch", "contradicts_policy", "unknown", "invalid"]
    risk: Literal["low", "medium", "high", "unknown"]
    reasons: list[Reason]
    input: dict[str, Any]
    interpretation: dict[str, Any] | None
    provider: dict[str, Any] | None
    channel: dict[str, Any] | None
    claimed_provider: dict[str, Any] | None
    official_channels: list[dict[str, Any]]
    policies: list[dict[str, Any]]
    red_flags: list[dict[str, Any]]
    advice: list[str]
    report_to: list[dict[str, Any]]
    registry_version: int
    as_of: str


class BatchItemError(BaseModel):
    index: int
    error: str
    detail: str


class BatchOut(BaseModel):
    results: list[VerdictOut | BatchItemError]
    registry_version: int


class ErrorOut(BaseModel):
    error: str
    detail: Any


# Every route's 422, as service/errors.py renders it whichever parser refused the request.
INVALID_REQUEST = {"model": ErrorOut, "description": "Invalid request: a field out of shape, or a body that is not JSON in UTF-8"}


class ProviderSummary(BaseModel):
    slug: str
    name: str
    names: dict[str, str]
    kind: str
    jurisdictions: list[str]
    match: dict[str, Any] | None = None


class ProvidersOut(BaseModel):
    providers: list[ProviderSummary]
    registry_version: int


class ReportChannelsOut(BaseModel):
    region: str | None
    channels: list[dict[str, Any]]
    registry_version: int


class ScanIn(BaseModel):
    """A page to scan: its visible text, or its HTML (scripts, styles and hidden elements are skipped)."""

    # "Exactly one of text or html" is in the schema too, so that a client built from it knows.
    model_config = ConfigDict(extra="forbid", json_schema_extra={"oneOf": [
        {"required": [name], "properties": {name: {"type": "string"}}} for name in ("text", "html")]})

    text: str | None = Field(default=None, description="The page's visible text.")
    html: str | None = Field(default=None, description="The page's HTML.")
    url: str | None = Field(default=None, max_length=2000, description="The page's own address, checked as a domain.")
    region: str | None = Field(default=None, max_length=10, json_schema_extra={"enum": REGION_CHOICES})
    lang: str | None = Field(default=None, max_length=20)
    # strict: true or false, as the schema says (pydantic would also take 0, 1, "yes", "off").
    include_text: bool = Field(default=False, strict=True, description="Return the extracted text the spans refer to.")

    @field_validator("region")
    @classmethod
    def _known_region(cls, region: str | None) -> str | None:
        return check_region(region)

    @model_validator(mode="after")
    def _one_page(self) -> "ScanIn":
        if (self.text is None) == (self.html is None):
            raise ValueError("send the page as exactly one of text or html")
        return self
