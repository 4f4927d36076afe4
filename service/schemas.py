"""Request and response shapes of the public API; their bounds are the documented limits (docs/api.md)."""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from registry import aliases
from registry.check import MAX_MESSAGE_LENGTH
from registry.documents import Day
from registry.normalize import KNOWN_REGIONS, MAX_VALUE_LENGTH

MAX_BATCH_ITEMS = 1000
MAX_CLAIM_LENGTH = 200
# A page's links sent beside its text. A long results page has a few hundred; more links than the
# findings one scan returns (registry.scan.MAX_FINDINGS, 2,000) could not all be answered for anyway.
MAX_SCAN_LINKS = 2000
MAX_LINK_HREF_LENGTH = 2000  # as a page's own url
# Where a page's list items start, sent beside its text: a long page's menus and footers hold a few hundred
# <li>, a forum thread a thousand or two; a client sends its first ones (the scan reads signals in the first
# 200,000 characters only).
MAX_SCAN_LIST_ITEMS = 5000
# The spans of what a page's form fields show of their own (placeholders, buttons' labels): a sign-in or
# checkout page has a handful, a long form a hundred.
MAX_SCAN_FIELDS = 500
MAX_LANGUAGE_TAG_LENGTH = 35  # BCP 47 advises room for 35 characters (RFC 5646 §4.4.1)
MAX_PAGE_TITLE_LENGTH = 500  # a <title> far longer is no title but stuffed words
# Documented as an enum so that clients (and the schema fuzzer) know the exact set; either case is accepted,
# and empty or null for no region (the enum sits beside the field's anyOf, so it has to say so itself).
REGION_CHOICES = [*sorted(KNOWN_REGIONS | {region.lower() for region in KNOWN_REGIONS}), "", None]


def check_region(region: str | None) -> str | None:
    if region is None or region == "":
        return None
    upper = region.strip().upper()
    if upper not in KNOWN_REGIONS:
        meant = region_meant(region)
        raise ValueError(f"unknown region {region!r}: use an ISO 3166-1 alpha-2 code such as CN, HK, US, GB"
                         + (f" ({meant} for {region.strip()})" if meant else ""))
    return upper


# A language tag's region (zh-CN, en_US, zh-Hans-TW → CN, US, TW)
REGION_IN_LANGUAGE_TAG = re.compile(r"^[a-z]{2,3}(?:[-_][a-z]{4})?[-_]([a-z]{2})\b", re.IGNORECASE)


def region_meant(region: str) -> str | None:
    """The code of the country a region that is no code names, as people write it ("UK", "USA", "China", "中国"), or
    of a language tag's region (a client's navigator.language, "en-US"), else None: said with the refusal, not taken
    for it (a client that sends "UK" learns the code once)."""
    if (tagged := REGION_IN_LANGUAGE_TAG.fullmatch(region.strip())) and tagged[1].upper() in KNOWN_REGIONS:
        return tagged[1].upper()
    return aliases.countries_by_name().get(aliases.fold(region.strip()))


class CheckIn(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"value": "95188", "region": "CN"},
        {"value": "+86 21 5555 0000", "claimed_provider": "支付宝", "message": "您的账户异常，请提供短信验证码"},
    ]})

    value: str = Field(min_length=1, max_length=MAX_VALUE_LENGTH, description="A phone number, short code, domain, URL or email, as received.")
    kind: Literal["phone", "short_code", "website", "url", "domain", "email", "app", "social"] | None = None
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


class ScanSpan(BaseModel):
    """Where some words sit in the page's `text`."""

    model_config = ConfigDict(extra="forbid")

    start: int = Field(ge=0, description="Where the words start in `text`.")
    end: int = Field(ge=0, description="Where they end in `text` (exclusive); start <= end <= the text's length.")

    @field_validator("start", "end", mode="before")
    @classmethod
    def _a_number(cls, position: object) -> object:
        return a_position(position)


class ScanLink(ScanSpan):
    """A link on the page: where it goes, and where its text sits in the page's `text`."""

    href: str = Field(min_length=1, max_length=MAX_LINK_HREF_LENGTH,
                      description="Where the link goes, as the browser resolved it (a.href): tel:, mailto:, http(s) and "
                                  "wallets' own schemes are judged; others are ignored.")


def a_position(position: object) -> object:
    """A position in the page's text as the schema has it: a JSON integer, and 12.0 is one to JSON Schema
    (pydantic's strict mode would refuse it); pydantic would also take "12" and true, which the schema does not."""
    if isinstance(position, (str, bool)):
        raise ValueError("a position is a whole number, written without quotes")
    return position


class ScanIn(BaseModel):
    """A page to scan: its visible text (with its links, if the client knows them), or its HTML (scripts,
    styles and hidden elements are skipped; its links are read from its <a href>)."""

    # "Exactly one of text or html", and "links only with text", are in the schema too, so that a client
    # built from it knows. Each branch says the other page is absent (or null) itself: text, html and links
    # together must match neither, not the text branch alone.
    model_config = ConfigDict(extra="forbid", json_schema_extra={"oneOf": [
        {"required": ["text"], "properties": {"text": {"type": "string"}, "html": {"type": "null"}}},
        {"required": ["html"], "properties": {"html": {"type": "string"}, "text": {"type": "null"}, "links": {"type": "null"},
                                             "list_items": {"type": "null"}, "terms": {"type": "null"}, "fields": {"type": "null"},
                                             "page_language": {"type": "null"}, "page_title": {"type": "null"}}},
    ]})

    text: str | None = Field(default=None, description="The page's visible text.")
    html: str | None = Field(default=None, description="The page's HTML.")
    links: list[ScanLink] | None = Field(
        default=None, max_length=MAX_SCAN_LINKS,
        description=f"With text only: up to {MAX_SCAN_LINKS} of the page's links, each with the span of its text in "
                    "`text`. Positions count Unicode code points, as Python does: JavaScript counts UTF-16 units, in "
                    "which a character outside the Basic Multilingual Plane (an emoji, a mathematical digit) counts "
                    "two, so a client in JavaScript converts (e.g. [...text.slice(0, i)].length).")
    list_items: list[Annotated[int, Field(ge=0)]] | None = Field(
        default=None, max_length=MAX_SCAN_LIST_ITEMS,
        description=f"With text only: up to {MAX_SCAN_LIST_ITEMS} places in `text` where a line that is a list's item "
                    "(<li>, <dt>, <dd>) starts, which the text shows no bullet or number for: a heading that warns of "
                    "the scams listed under it (\"以下情况都是诈骗：\") reaches them (docs/scan.md). Counted as the "
                    "links' positions are.")
    terms: list[Annotated[int, Field(ge=0)]] | None = Field(
        default=None, max_length=MAX_SCAN_LIST_ITEMS,
        description=f"With text only: up to {MAX_SCAN_LIST_ITEMS} places in `text` where a line that is a description list's "
                    "term (<dt>) starts: a term says what the descriptions under it are, up to the next term (\"<dt>Phantom "
                    "support</dt><dd>+1 808 …</dd>\": the number is presented as Phantom's; docs/scan.md). Counted as the "
                    "links' positions are.")
    fields: list[ScanSpan] | None = Field(
        default=None, max_length=MAX_SCAN_FIELDS,
        description=f"With text only: up to {MAX_SCAN_FIELDS} spans of what the page's form fields show of their own, "
                    "written into `text` on lines of their own: an empty field's placeholder, a button's label. A field "
                    "that shows \"Enter your Secret Recovery Phrase\" asks for it (docs/scan.md). Counted as the links' "
                    "positions are.")
    page_language: str | None = Field(
        default=None, max_length=MAX_LANGUAGE_TAG_LENGTH,
        description="With text only: the page's language tag, as <html lang> gives it (zh-CN, en-GB). Without "
                    "`region`, one with a region is the region the page's national numbers are read in, as the tag of "
                    "`html` is (docs/scan.md).")
    page_title: str | None = Field(
        default=None, max_length=MAX_PAGE_TITLE_LENGTH,
        description="With text only: the page's title (document.title). A title that names one provider's customer service "
                    "(\"小狐狸钱包客服电话是多少\") presents as that provider's the support lines the page gives far below it, "
                    "where no other provider is named before them, as `html`'s <title> does (docs/scan.md).")
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
        if self.links is not None and self.html is not None:
            raise ValueError("links go with text only: with html, the links are read from the HTML itself")
        if self.list_items is not None and self.html is not None:
            raise ValueError("list_items go with text only: with html, the lists are read from the HTML itself")
        if self.terms is not None and self.html is not None:
            raise ValueError("terms go with text only: with html, the lists are read from the HTML itself")
        if self.fields is not None and self.html is not None:
            raise ValueError("fields go with text only: with html, the form fields are read from the HTML itself")
        if self.page_language is not None and self.html is not None:
            raise ValueError("page_language goes with text only: with html, it is read from the HTML itself")
        if self.page_title is not None and self.html is not None:
            raise ValueError("page_title goes with text only: with html, it is read from the HTML itself")
        return self

    @model_validator(mode="after")
    def _positions_within_the_text(self) -> "ScanIn":
        # Checked here rather than left to the scan: a span that does not fit is a client counting
        # positions some other way (UTF-16 units), and every finding it makes would point at the wrong text.
        length = len(self.text or "")
        problems = []
        for number, link in enumerate(self.links or ()):
            if link.start > link.end:
                problems.append(f"links[{number}]: start {link.start} is after end {link.end}")
            elif link.end > length:
                problems.append(f"links[{number}]: end {link.end} is past the end of the text ({length} characters)")
        if problems:
            more = f"; and {len(problems) - 1} more link(s) whose span does not fit the text" if len(problems) > 1 else ""
            raise ValueError(problems[0] + more)
        for number, span in enumerate(self.fields or ()):
            if span.start > span.end or span.end > length:
                raise ValueError(f"fields[{number}]: the span {span.start}-{span.end} does not fit the text ({length} characters)")
        for name in ("list_items", "terms"):
            positions = getattr(self, name) or ()
            past = [number for number, start in enumerate(positions) if start > length]
            if past:
                more = f"; and {len(past) - 1} more past it" if len(past) > 1 else ""
                raise ValueError(f"{name}[{past[0]}]: {positions[past[0]]} is past the end of the text ({length} characters){more}")
        return self

    @field_validator("list_items", "terms", mode="before")
    @classmethod
    def _positions(cls, positions: object) -> object:
        if isinstance(positions, list):
            for position in positions:
                a_position(position)
        return positions
