"""Addresses on a provider's domain that do not speak for the provider, from `data/links.yaml`: pages its
users make there (a $Cashtag, an invoice, a forum post) and a wallet's links that open another site."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple
from urllib.parse import unquote

import yaml

from registry.normalize import DomainInput

LINKS_FILE = Path(__file__).parent / "data" / "links.yaml"
USER_PAGE_REASONS = ("user_page", "user_payment_page", "community_post")
SOURCE_KINDS = ("official_page", "official_docs", "secondary")


@dataclass(frozen=True)
class LinkShape:
    kind: str  # "user_page" | "wallet_link"
    provider: str
    hosts: tuple[str, ...]
    pattern: re.Pattern
    reason: str  # a messages code: one of USER_PAGE_REASONS, or "wallet_link"
    source_url: str | None
    source_kind: str | None  # official_page | official_docs | secondary
    excerpt: str | None
    examples: dict[str, str | None]  # address → the host a wallet link opens (None for a user page)
    counter_examples: tuple[str, ...]


@dataclass(frozen=True)
class WalletScheme:
    """A wallet's own address scheme whose routes are those of its web links: trust://open_url?url=… is
    https://link.trustwallet.com/open_url?url=…"""

    provider: str
    scheme: str  # without "://"
    same_as: str  # the web address its routes hang from, ending in "/"
    source_url: str
    source_kind: str
    excerpt: str
    examples: dict[str, str]  # address → the web link it is


class UserPage(NamedTuple):
    reason: str
    provider: str
    account: str  # the user's part of the address ($CashAppSupport), or the page's where it names no one


class WalletLink(NamedTuple):
    provider: str
    target: str  # the address it opens, percent-decoded


@lru_cache(maxsize=4)
def _tables(path: Path) -> dict:
    """The file's tables, read and parsed once for the shapes and the schemes alike."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=4)
def shapes(path: Path = LINKS_FILE) -> tuple[LinkShape, ...]:
    data = _tables(path)
    found = []
    for kind in ("user_pages", "wallet_links"):
        for entry in data[kind]:
            examples = entry.get("examples") or []
            found.append(LinkShape(
                kind=kind[:-1], provider=entry["provider"], hosts=tuple(entry["hosts"]),
                pattern=re.compile(entry["pattern"], re.IGNORECASE), reason=entry.get("reason", "wallet_link"),
                source_url=entry.get("source_url"), source_kind=entry.get("source_kind"), excerpt=entry.get("excerpt"),
                examples=examples if isinstance(examples, dict) else dict.fromkeys(examples),
                counter_examples=tuple(entry.get("counter_examples") or ())))
    return tuple(found)


@lru_cache(maxsize=4)
def wallet_schemes(path: Path = LINKS_FILE) -> dict[str, WalletScheme]:
    """By scheme, lower case."""
    data = _tables(path)
    return {entry["scheme"].lower(): WalletScheme(
        provider=entry["provider"], scheme=entry["scheme"].lower(), same_as=entry["same_as"], source_url=entry["source_url"],
        source_kind=entry["source_kind"], excerpt=entry["excerpt"], examples=entry["examples"])
        for entry in data.get("wallet_schemes") or ()}


def as_web_link(address: str) -> str | None:
    """A wallet-scheme address as the web link it is the same as (trust://open_url?url=x →
    https://link.trustwallet.com/open_url?url=x), or None for any other address."""
    scheme, separator, rest = address.strip().partition("://")
    if not separator or not scheme.isalpha():
        return None
    wallet = wallet_schemes().get(scheme.lower())
    return wallet.same_as + rest.lstrip("/") if wallet else None


@lru_cache(maxsize=4)
def _by_host(path: Path = LINKS_FILE) -> dict[str, tuple[LinkShape, ...]]:
    table: dict[str, list[LinkShape]] = {}
    for shape in shapes(path):
        for host in shape.hosts:
            table.setdefault(host, []).append(shape)
    return {host: tuple(entries) for host, entries in table.items()}


def _match(typed: DomainInput, kind: str) -> tuple[LinkShape, re.Match] | None:
    table = _by_host()
    candidates = table.get(typed.host, ()) + (table.get(typed.registrable, ()) if typed.registrable != typed.host else ())
    if not candidates:  # nearly every address: one lookup each for its host and its registrable domain
        return None
    address = unquote(typed.path + ("?" + typed.query if typed.query else ""))
    for shape in candidates:
        if shape.kind == kind and (found := shape.pattern.match(address)):
            return shape, found
    return None


def user_page(typed: DomainInput) -> UserPage | None:
    """The page of one of a provider's users, on the provider's domain, or None."""
    matched = _match(typed, "user_page")
    if matched is None:
        return None
    shape, found = matched
    account = found.groupdict().get("account") or found.group(0).strip("/?")
    return UserPage(shape.reason, shape.provider, account.rstrip("/"))


def wallet_link(typed: DomainInput) -> WalletLink | None:
    """A wallet's link that opens another site in the wallet's own browser, and that site, or None."""
    matched = _match(typed, "wallet_link")
    if matched is None:
        return None
    shape, found = matched
    # the target was percent-encoded inside the link, sometimes twice (OKX's link nests another link)
    return WalletLink(shape.provider, unquote(found.group("target")).strip())
