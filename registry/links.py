"""Addresses that do not speak for the site they are on, from `data/links.yaml`: pages a provider's users
make on its domain (a $Cashtag, an invoice, a forum post), a wallet's links that open another site, other
services' links that send the reader on to another address (a search engine's or a mail filter's),
messaging apps' links that open a chat with a phone number, accounts' profiles on social platforms, and
pages anyone can make on a big service's site (a Google form, a Google site, a Telegraph article, a Linktree page).
Beside them, the mail services where anyone opens a mailbox named as they like (Gmail, QQ Mail)."""

from __future__ import annotations

import base64
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

import yaml

from registry.canonical import CACHE_SIZE
from registry.normalize import (
    LOOK_ALIKE_LETTERS,
    LOOKS_LIKE_DIGIT,
    DomainInput,
    path_as_a_browser_resolves_it,
)

LINKS_FILE = Path(__file__).parent / "data" / "links.yaml"
USER_PAGE_REASONS = ("user_page", "user_payment_page", "community_post", "beta_app_invite", "issued_pass",
                     "explorer_page", "mini_program", "wallet_pairing", "wallet_request",
                     "app_authorization")
PUBLIC_PAGE_REASONS = ("public_page", "group_invite", "business_chat_link")
REMOTE_SESSION_REASONS = ("remote_access_app", "meeting_invite")
TABLES = ("user_pages", "wallet_links", "redirects", "chat_numbers", "social_profiles", "public_pages", "remote_sessions")
SCHEME_TABLES = ("wallet_schemes", "chat_schemes")
FREE_MAIL_TABLE = "free_mail"
WALLET_SCHEME_LINKS_TABLE = "wallet_scheme_links"
CHAT_SCHEME_ROUTES_TABLE = "chat_scheme_routes"
PATTERN_PIECES_TABLE = "pattern_pieces"
SOCIAL_HANDLES_TABLE = "social_handles"
SOURCE_KINDS = ("official_page", "official_docs", "secondary")


@dataclass(frozen=True)
class LinkShape:
    kind: str  # "user_page" | "wallet_link" | "redirect" | "chat_number" | "social_profile" | "public_page" | "remote_session"
    provider: str | None  # the registry's provider whose domain it is (user pages and wallet links)
    service: str | None  # the service's name, for the other kinds (not providers of the registry)
    hosts: tuple[str, ...]
    pattern: re.Pattern
    reason: str  # a messages code: one of USER_PAGE_REASONS, or the kind's own (wallet_link, redirect, chat_number)
    source_url: str | None
    source_kind: str | None  # official_page | official_docs | secondary
    excerpt: str | None
    # address → the host a wallet link or redirect opens, or the number a chat link calls (None for a user page)
    examples: dict[str, str | None]
    counter_examples: tuple[str, ...]
    # The query parameters that carry the address or number, where the pattern has no group for it (google.com/
    # url?q=…): one value among them all, or the link is not read through (two could open different places).
    parameters: tuple[str, ...] = ()
    platform: str | None = None  # a social profile's platform, as a social channel's value names it (x, telegram)
    hides_target: bool = False  # a redirect whose address is encrypted in it (a Baidu result's link)
    # A public page that is an account's, which brands open as anyone does (linktr.ee/<name>, medium.com/@<name>): a page
    # named with a provider's brand and nothing more is left unjudged, as a social account so named is
    brand_accounts: bool = False
    encoding: str | None = None  # how a redirect writes the address it carries, where not as text: ENCODINGS
    service_zh: str | None = None  # the service's name in Chinese answers, where it has one people use (百度, 腾讯会议)
    # A chat link whose shape the service's group invites share (t.me/+<digits>): digits that are no valid number are an
    # invite's, and the link is judged as an address; a chat link of no such shape to no possible number opens no chat
    shared_with_invites: bool = False
    # A wallet link whose app takes the site from the link as written, neither percent-decoded nor with its dot segments
    # resolved (MetaMask's /dapp/<site>: its app puts "https://" before the rest of the link), where a browser that opens
    # the link first resolves them: the site is read each way (WalletLink.other_readings)
    target_as_written: bool = False


@dataclass(frozen=True)
class AppScheme:
    """An app's own address scheme whose routes are those of its web links: trust://open_url?url=… is
    https://link.trustwallet.com/open_url?url=…, whatsapp://send?phone=… is https://api.whatsapp.com/send?phone=…"""

    provider: str | None  # a wallet's, of the registry (wallet_schemes)
    service: str | None  # a messaging app's (chat_schemes)
    scheme: str  # without "://"
    same_as: str  # the web address its routes hang from, ending in "/"
    source_url: str
    source_kind: str
    excerpt: str
    examples: dict[str, str]  # address → the web link it is


@dataclass(frozen=True)
class SchemeWalletLink:
    """A wallet's own scheme with no web link of the same routes, whose link opens a site in the wallet's browser:
    imtokenv2://navigate/DappView?url=<site>."""

    provider: str
    scheme: str  # without "://", in lower case
    pattern: re.Pattern  # matched at the start of what follows "<scheme>://", percent-decoded once; group `target`
    source_url: str
    source_kind: str
    excerpt: str
    examples: dict[str, str]  # address → the host it opens
    counter_examples: tuple[str, ...]


@dataclass(frozen=True)
class SchemeRoute:
    """A route of a messaging app's own scheme that its web links write otherwise: tg://resolve?domain=<username>
    is https://t.me/<username>."""

    service: str
    scheme: str  # without ":", in lower case
    pattern: re.Pattern  # matched at the start of what follows "<scheme>:" and any "//"
    web: str  # the web link, with the pattern's groups in braces: https://t.me/{username}
    source_url: str
    source_kind: str
    excerpt: str
    examples: dict[str, str]  # address → the web link it is
    counter_examples: tuple[str, ...]


@dataclass(frozen=True)
class FreeMail:
    """A mail service where anyone opens a mailbox and names it as they like: a mailbox there named after a
    provider (paypal.support@gmail.com) is not the provider's."""

    service: str  # "Gmail", "QQ Mail"
    domains: tuple[str, ...]  # registrable domains, as a mailbox's domain is looked up
    source_url: str
    source_kind: str
    excerpt: str


@dataclass(frozen=True)
class HandleShape:
    """How an account is written on one platform: the platform's names ("微信", "WeChat ID", "vx") and what a
    handle there can be (a WeChat ID: a letter, then 5-19 letters, digits, '_' or '-')."""

    platform: str  # as a social channel's value names it: "wechat", "telegram"
    service: str  # as an answer names it: "WeChat"
    service_zh: str | None
    names: tuple[str, ...]  # in lower case
    handle: re.Pattern
    source_url: str
    source_kind: str
    excerpt: str
    examples: dict[str, str | None]  # as typed → the handle, or None where what follows the name is not one
    counter_examples: tuple[str, ...]
    # Names that are words of any text ("line": "Subject line: urgent", "line 12345"): read in a value typed alone
    # ("LINE: abc123"), never looked for in a page's running text (see `handle_names`)
    typed_only: tuple[str, ...] = ()

    def named(self, lang: str) -> str:
        return (self.service_zh or self.service) if lang == "zh" else self.service


class TypedHandle(NamedTuple):
    shape: HandleShape
    rest: str  # what follows the platform's name (an '@' before it left out)
    profile: SocialProfile | None  # the account, where `rest` can be one on the platform


class UserPage(NamedTuple):
    reason: str
    provider: str | None  # None: a page the software of any site serves, whose provider is the site's (ANY_PROVIDERS_SITE)
    account: str  # the user's part of the address ($CashAppSupport), or the page's where it names no one


class WalletLink(NamedTuple):
    provider: str
    target: str  # the address it opens, percent-decoded
    # the address as the wallet's app may read it, where that is another: decoded once ("https://x.com%2F@evil.com", where the
    # link wrote %252F, as an app decodes a query's value), and as the link writes it (LinkShape.target_as_written)
    other_readings: tuple[str, ...] = ()


class Redirect(NamedTuple):
    service: str  # "Google", "Microsoft Safe Links"
    target: str | None  # the address it sends the reader on to, percent-decoded; None where the link hides it
    service_zh: str | None = None  # "百度", where the service has a Chinese name
    reason: str = "redirect"  # its messages code: "translated_page" where the service shows the site, translated
    # the address as the link writes it in its path, not decoded, where that is another: a service that sends the reader on
    # to its path as written goes there (see WalletLink.other_readings)
    other_readings: tuple[str, ...] = ()

    def named(self, lang: str) -> str:
        """The service's name in an answer's language."""
        return (self.service_zh or self.service) if lang == "zh" else self.service


class SocialProfile(NamedTuple):
    platform: str  # as a social channel's value names it: "x", "telegram"
    service: str  # as an answer names it: "X", "Telegram"
    handle: str  # as written in the address (platforms' handles are case-blind)


class PublicPage(NamedTuple):
    service: str  # "Google Forms", "Google Sites", "Telegraph", "Linktree"
    page: str  # the part its maker chose (a site's name, an article's title), or the whole path where it names nothing
    reason: str = "public_page"  # one of PUBLIC_PAGE_REASONS: a page, or an invitation to a group (t.me/+…)
    brand_accounts: bool = False  # see LinkShape.brand_accounts


class RemoteSession(NamedTuple):
    service: str  # "AnyDesk", "Tencent Meeting"
    reason: str  # one of REMOTE_SESSION_REASONS: a remote-access app's site, or an invitation to a video meeting
    service_zh: str | None = None  # "腾讯会议", "向日葵", where the service has a Chinese name

    def named(self, lang: str) -> str:
        """The service's name in an answer's language."""
        return (self.service_zh or self.service) if lang == "zh" else self.service


class ChatNumber(NamedTuple):
    service: str  # "WhatsApp", "Telegram"
    number: str  # the digits of the international number, without '+'
    shared_with_invites: bool = False  # the link's shape is also a group invite's (LinkShape.shared_with_invites)


@lru_cache(maxsize=4)
def _tables(path: Path) -> dict:
    """The file's tables, read and parsed once for the shapes and the schemes alike, their patterns' pieces written out."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    pieces = data.get(PATTERN_PIECES_TABLE) or {}
    return {table: [with_pieces(entry, pieces, strict=False) for entry in entries] if isinstance(entries, list) else entries
            for table, entries in data.items()}


_PIECE = re.compile(r"<<(\w+)>>")


def with_pieces(entry: dict, pieces: dict, *, strict: bool = True) -> dict:
    """`entry` with each <<name>> in its pattern written out as pattern_pieces' piece of that name: a piece many
    entries share (how Alipay's web links carry its scheme) is written once. A name not there raises ValueError, or
    (not `strict`: the readers', which the validator reports to) is left as written, matching nothing an address holds."""
    pattern = entry.get("pattern") if isinstance(entry, dict) else None
    if not isinstance(pattern, str) or "<<" not in pattern:
        return entry

    def piece(named: re.Match) -> str:
        if isinstance(pieces.get(named[1]), str):
            return pieces[named[1]]
        if strict:
            raise ValueError(f"the pattern's piece <<{named[1]}>> is not one of pattern_pieces")
        return named[0]
    return {**entry, "pattern": _PIECE.sub(piece, pattern)}


@lru_cache(maxsize=4)
def shapes(path: Path = LINKS_FILE) -> tuple[LinkShape, ...]:
    data = _tables(path)
    return tuple(read_shape(table, entry) for table in TABLES for entry in data.get(table) or ())


def read_shape(table: str, entry: dict) -> LinkShape:
    """One entry of a table; raises KeyError, TypeError, AttributeError or re.error where it lacks a key or
    holds a value of the wrong shape (the validator reports which)."""
    examples = entry.get("examples") or []
    kind = table[:-1]
    return LinkShape(
        kind=kind, provider=entry.get("provider"), service=entry.get("service"), hosts=tuple(entry["hosts"]),
        pattern=re.compile(entry["pattern"], re.IGNORECASE), reason=entry.get("reason", kind),
        source_url=entry.get("source_url"), source_kind=entry.get("source_kind"), excerpt=entry.get("excerpt"),
        examples=examples if isinstance(examples, dict) else dict.fromkeys(examples),
        counter_examples=tuple(entry.get("counter_examples") or ()),
        parameters=tuple(entry.get("parameters") or ()), platform=entry.get("platform"),
        hides_target=bool(entry.get("hides_target")), encoding=entry.get("encoding"), service_zh=entry.get("service_zh"),
        brand_accounts=bool(entry.get("brand_accounts")), shared_with_invites=bool(entry.get("shared_with_invites")),
        target_as_written=bool(entry.get("target_as_written")))


@lru_cache(maxsize=4)
def app_schemes(path: Path = LINKS_FILE) -> dict[str, AppScheme]:
    """Wallets' and messaging apps' schemes, by scheme in lower case."""
    data = _tables(path)
    schemes = [read_app_scheme(entry) for table in SCHEME_TABLES for entry in data.get(table) or ()]
    return {scheme.scheme: scheme for scheme in schemes}


def read_app_scheme(entry: dict) -> AppScheme:
    """One entry of wallet_schemes or chat_schemes; raises KeyError or AttributeError as `read_shape` does."""
    return AppScheme(
        provider=entry.get("provider"), service=entry.get("service"), scheme=entry["scheme"].lower(), same_as=entry["same_as"],
        source_url=entry["source_url"], source_kind=entry["source_kind"], excerpt=entry["excerpt"], examples=entry["examples"])


def read_scheme_wallet_link(entry: dict) -> SchemeWalletLink:
    """One entry of wallet_scheme_links; raises KeyError, TypeError, AttributeError or re.error as `read_shape` does."""
    return SchemeWalletLink(
        provider=entry["provider"], scheme=entry["scheme"].lower(), pattern=re.compile(entry["pattern"], re.IGNORECASE),
        source_url=entry["source_url"], source_kind=entry["source_kind"], excerpt=entry["excerpt"],
        examples=entry["examples"], counter_examples=tuple(entry.get("counter_examples") or ()))


@lru_cache(maxsize=4)
def _scheme_wallet_links(path: Path = LINKS_FILE) -> dict[str, SchemeWalletLink]:
    return {link.scheme: link for link in map(read_scheme_wallet_link, _tables(path).get(WALLET_SCHEME_LINKS_TABLE) or ())}


def read_scheme_route(entry: dict) -> SchemeRoute:
    """One entry of chat_scheme_routes; raises KeyError, TypeError, AttributeError or re.error as `read_shape` does."""
    return SchemeRoute(
        service=entry["service"], scheme=entry["scheme"].lower(), pattern=re.compile(entry["pattern"], re.IGNORECASE),
        web=entry["web"], source_url=entry["source_url"], source_kind=entry["source_kind"], excerpt=entry["excerpt"],
        examples=entry["examples"], counter_examples=tuple(entry.get("counter_examples") or ()))


@lru_cache(maxsize=4)
def _scheme_routes(path: Path = LINKS_FILE) -> dict[str, tuple[SchemeRoute, ...]]:
    routes: dict[str, list[SchemeRoute]] = {}
    for route in map(read_scheme_route, _tables(path).get(CHAT_SCHEME_ROUTES_TABLE) or ()):
        routes.setdefault(route.scheme, []).append(route)
    return {scheme: tuple(listed) for scheme, listed in routes.items()}


def read_free_mail(entry: dict) -> FreeMail:
    """One entry of free_mail; raises KeyError or TypeError as `read_shape` does."""
    return FreeMail(service=entry["service"], domains=tuple(entry["domains"]), source_url=entry["source_url"],
                    source_kind=entry["source_kind"], excerpt=entry["excerpt"])


@lru_cache(maxsize=4)
def free_mail_services(path: Path = LINKS_FILE) -> dict[str, str]:
    """The free mail services' names, by each of their domains."""
    entries = (read_free_mail(entry) for entry in _tables(path).get(FREE_MAIL_TABLE) or ())
    return {domain: service.service for service in entries for domain in service.domains}


def read_handle_shape(entry: dict) -> HandleShape:
    """One entry of social_handles; raises KeyError, TypeError, AttributeError or re.error as `read_shape` does."""
    return HandleShape(
        platform=entry["platform"], service=entry["service"], service_zh=entry.get("service_zh"),
        names=tuple(name.lower() for name in entry["names"]), handle=re.compile(entry["handle"]),
        source_url=entry["source_url"], source_kind=entry["source_kind"], excerpt=entry["excerpt"],
        examples=entry.get("examples") or {}, counter_examples=tuple(entry.get("counter_examples") or ()),
        typed_only=tuple(name.lower() for name in entry.get("typed_only") or ()))


_SCRIPT_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[^\x00-\x7f])|(?<=[^\x00-\x7f])(?=[a-z0-9])")


@lru_cache(maxsize=4)
def _handle_shapes(path: Path = LINKS_FILE) -> tuple[dict[str, HandleShape], re.Pattern, frozenset[str]]:
    """The shapes by each of their names and platforms, the pattern of a name and what follows it, and the
    first characters of the names (nearly every value typed starts with none of them)."""
    by_name: dict[str, HandleShape] = {}
    for entry in _tables(path).get(SOCIAL_HANDLES_TABLE) or ():
        shape = read_handle_shape(entry)
        for name in (shape.platform, *shape.names):
            by_name.setdefault(name, shape)
            # and as pages in Chinese set a Latin word apart: "LINE 客服", "官方 LINE", "Telegram 客服" (a space read as
            # any spaces, as in every name)
            by_name.setdefault(_SCRIPT_BOUNDARY.sub(" ", name), shape)
    names = "|".join(re.escape(name).replace(r"\ ", r"\s*") for name in sorted(by_name, key=len, reverse=True))
    # A colon or spaces after the name; nothing needed after a Chinese one ("微信abc123"); '@' before a handle.
    pattern = re.compile(rf"\s*(?P<name>{names})(?:\s*(?P<colon>[:：])\s*|\s+|(?<=[^\x00-\x7f]))(?P<at>@)?(?P<rest>\S(?:.*\S)?)\s*",
                         re.IGNORECASE | re.DOTALL)
    return by_name, pattern, frozenset(name[0] for name in by_name)


# The readers below read LINKS_FILE unless given another `path`, so that the validator can run a copy's
# examples through them. (None rather than LINKS_FILE as the default: hashing a Path for the caches would
# cost 0.1 µs on each call of the hot path.)

def _an_apps_scheme(address: str) -> tuple[str, str] | None:
    """(scheme in lower case, what follows "://") of an address written in an app's own scheme, or None."""
    scheme, separator, rest = address.strip().partition("://")
    return (scheme.lower(), rest) if separator and scheme.isalnum() else None


def as_web_link(address: str, *, path: Path | None = None) -> str | None:
    """An app-scheme address as the web link it is the same as (trust://open_url?url=x →
    https://link.trustwallet.com/open_url?url=x), or None for any other address."""
    if (written := _an_apps_scheme(address)) is None:
        return _routed(address, path)
    app = (app_schemes(path) if path else app_schemes()).get(written[0])
    return app.same_as + written[1].lstrip("/") if app else _routed(address, path)


def _routed(address: str, path: Path | None) -> str | None:
    """The web link a route of chat_scheme_routes makes of the address (tg://resolve?domain=x → https://t.me/x), or None.
    The scheme with "//" or without, as the app's documentation writes it both ways (tg:resolve?domain=x)."""
    scheme, separator, rest = address.strip().partition(":")
    routes = (_scheme_routes(path) if path else _scheme_routes()).get(scheme.lower()) if separator else None
    for route in routes or ():
        if found := route.pattern.match(rest.removeprefix("//")):
            return route.web.format_map(found.groupdict())
    return None


def scheme_wallet_link(address: str, *, path: Path | None = None) -> WalletLink | None:
    """A wallet's link in its own scheme, one with no web link of the same route (imtokenv2://navigate/DappView?url=x),
    and the site it opens in the wallet's browser; None for any other address."""
    if (written := _an_apps_scheme(address)) is None:
        return None
    link = (_scheme_wallet_links(path) if path else _scheme_wallet_links()).get(written[0])
    found = link.pattern.match(unquote(written[1])) if link else None
    # (the target percent-encoded inside the link, as a web link's: wallet_link)
    return _wallet_link(link.provider, found.group("target").strip(), None) if found else None


def free_mail_service(registrable: str, *, path: Path | None = None) -> str | None:
    """The free mail service whose domain a mailbox's registrable domain is (qq.com: QQ Mail), or None."""
    return (free_mail_services(path) if path else free_mail_services()).get(registrable)


@lru_cache(maxsize=4)
def _by_host(path: Path = LINKS_FILE) -> dict[str, tuple[LinkShape, ...]]:
    table: dict[str, list[LinkShape]] = {}
    for shape in shapes(path):
        for host in shape.hosts:
            table.setdefault(host, []).append(shape)
    return {host: tuple(entries) for host, entries in table.items()}


# A user page's host that stands for every site: the page is a shape the software of many sites serves on each of
# them (a Zendesk help center's community posts), a user's on whichever provider's site it is
ANY_PROVIDERS_SITE = "*"


@lru_cache(maxsize=CACHE_SIZE)
def _shapes_on(host: str, registrable: str, path: Path | None = None) -> tuple[LinkShape, ...]:
    """The host's own shapes and those of each domain above it, down to its registrable domain
    (nam01.safelinks.protection.outlook.com is under safelinks.protection.outlook.com), and those of the suffix that
    domain is under, where a service's suffix is one of the public suffix list's private ones: each CID's site on an
    IPFS subdomain gateway, <cid>.ipfs.dweb.link, is a registrable domain of its own under ipfs.dweb.link. Remembered
    per host: a check asks for each kind of shape in turn."""
    table = _by_host(path or LINKS_FILE)
    candidates = table.get(host, ())
    while host != registrable and "." in host:
        host = host.split(".", 1)[1]
        candidates += table.get(host, ())
    if "." in registrable:
        candidates += table.get(registrable.split(".", 1)[1], ())
    return candidates


def on_a_shapes_host(typed: DomainInput, *, path: Path | None = None) -> bool:
    """Whether any table has shapes on the address's host: nearly every address's answer is no, and then
    none of the readers below need be asked."""
    return bool(_shapes_on(typed.host, typed.registrable, path))


_CARRYING_AN_ADDRESS = frozenset({"wallet_link", "redirect"})


def _match(typed: DomainInput, kind: str, path: Path | None,
           candidates: tuple[LinkShape, ...] | None = None) -> tuple[LinkShape, re.Match] | None:
    """The first of the shapes on the address's host (or of `candidates`) of `kind` its path and query match."""
    if candidates is None:
        candidates = _shapes_on(typed.host, typed.registrable, path)
    if not candidates:  # nearly every address
        return None
    path = unquote(typed.path)
    if "%" in typed.path and kind not in _CARRYING_AN_ADDRESS:
        # (decoded, its dot segments resolved again: "x.com/metamasksupport%2F..%2Fscammer" was MetaMask's account, where a
        # site that decodes its path goes up to /scammer, and one that does not opens no account of MetaMask's; an address a
        # link carries is read as the app or the service reads it, see wallet_link)
        path = path_as_a_browser_resolves_it(path)
    address = path + ("?" + unquote(typed.query) if typed.query else "")
    for shape in candidates:
        if shape.kind == kind and (found := shape.pattern.match(address)):
            return shape, found
    return None


def user_page(typed: DomainInput, *, path: Path | None = None) -> UserPage | None:
    """The page of one of a provider's users, on the provider's domain, or None. A page of a shape that the software
    of many sites serves on each of them (ANY_PROVIDERS_SITE) is read on any host, with no provider: the site's own
    is the provider (a check knows whose the host is)."""
    matched = _match(typed, "user_page", path)
    if matched is None and len(typed.path) > 1:
        matched = _match(typed, "user_page", path, _by_host(path or LINKS_FILE).get(ANY_PROVIDERS_SITE, ()))
    if matched is None:
        return None
    shape, found = matched
    account = found.groupdict().get("account") or found.group(0).strip("/?")
    return UserPage(shape.reason, shape.provider, account.rstrip("/"))


def wallet_link(typed: DomainInput, *, path: Path | None = None) -> WalletLink | None:
    """A wallet's link that opens another site in the wallet's own browser, and that site, or None."""
    matched = _match(typed, "wallet_link", path)
    if matched is None:
        return None
    shape, found = matched
    # the target was percent-encoded inside the link, sometimes twice (OKX's link nests another link); an app that reads
    # it from a query decodes it once, as _match has
    once = _as_the_app_opens_it(shape, found.group("target").strip())
    return _wallet_link(shape.provider, once, _target_as_written(typed, shape) if shape.target_as_written else None)


def _wallet_link(provider: str, once: str, written: str | None) -> WalletLink:
    target = unquote(once)
    return WalletLink(provider, target, tuple(dict.fromkeys(reading for reading in (once, written) if reading and reading != target)))


def _target_as_written(typed: DomainInput, shape: LinkShape) -> str | None:
    """The address a link's pattern finds in the link as it was written: its path neither percent-decoded nor with its dot
    segments resolved, after "https://" where its app puts that first (MetaMask's: "https://metamask.io%2F@evil.com", which
    a browser opens as evil.com's)."""
    written = typed.raw.strip().replace("\\", "/")
    try:
        parts = urlsplit(written if "://" in written else "https://" + written)
    except ValueError:
        return None
    if (found := shape.pattern.match(parts.path + ("?" + parts.query if parts.query else ""))) is None:
        return None
    return _as_the_app_opens_it(shape, found.group("target").strip())


def _as_the_app_opens_it(shape: LinkShape, site: str) -> str:
    """The site with "https://" before it where the link's app puts that first (LinkShape.target_as_written)."""
    return site if "://" in site or not shape.target_as_written else "https://" + site


def redirect(typed: DomainInput, *, path: Path | None = None) -> Redirect | None:
    """Another service's link that sends the reader on to an address it carries (a search engine's, a social
    network's, a mail filter's), and that address (None where the link hides it), or None."""
    matched = _match(typed, "redirect", path)
    if matched and matched[0].hides_target:
        return Redirect(matched[0].service, None, matched[0].service_zh, matched[0].reason)
    carried = _carried(typed, *matched, "target") if matched else None
    if carried is not None and matched[0].encoding:
        carried = ENCODINGS[matched[0].encoding](typed, carried)
    if not carried:
        return None
    shape = matched[0]
    written = _target_as_written(typed, shape) if not shape.parameters and not shape.encoding else None
    return Redirect(shape.service, carried.strip(), shape.service_zh, shape.reason,
                    (written,) if written and written != carried.strip() else ())


def _after_a1_in_base64url(typed: DomainInput, value: str) -> str | None:
    """Bing's `u`: "a1", then the address in base64url, unpadded. None where it is not that."""
    if not value.startswith("a1"):
        return None
    encoded = value[2:]
    try:
        return base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)).decode("utf-8")
    except ValueError:  # (binascii.Error and UnicodeDecodeError are ValueErrors)
        return None


_A_LONE_HYPHEN = re.compile(r"\b-\b")


def _in_a_translate_goog_host(typed: DomainInput, path: str) -> str | None:
    """The site Google Translate shows at <host>.translate.goog/<path>: the host written in the proxy's own (a '.' as
    '-', a '-' as '--', an IDN's "xn--" as "0-"), decoded by the steps Google gives ad networks; its query without
    the proxy's own parameters (_x_tr_sl, _x_tr_tl…). None where the host is translate.goog's own."""
    prefix = typed.host.removesuffix(".translate.goog")
    if prefix == typed.host or "." in prefix:
        return None
    parameters = parse_qsl(typed.query, keep_blank_values=True)
    the_proxys_own = dict((name, value) for name, value in parameters if name.startswith("_x_tr_"))
    encodings = the_proxys_own.get("_x_tr_enc", "").split(",")
    host = the_proxys_own.get("_x_tr_hp", "") + prefix
    if "1" in encodings and host.startswith("1-"):
        host = host[2:]
    idn = "0" in encodings and host.startswith("0-")
    host = _A_LONE_HYPHEN.sub(".", host[2:] if idn else host).replace("--", "-")
    query = urlencode([(name, value) for name, value in parameters if not name.startswith("_x_tr_")])
    return f"https://{'xn--' if idn else ''}{host}{path}" + (f"?{query}" if query else "")


_PROOFPOINT_V2_MARKS = str.maketrans("-_", "%/")


def _in_proofpoint_v2(typed: DomainInput, value: str) -> str | None:
    """Proofpoint URL Defense's `u` (v2): the address with '-' for '%' and '_' for '/' ("http-3A__evil.com_c" is
    http://evil.com/c)."""
    return unquote(value.translate(_PROOFPOINT_V2_MARKS))


# How a redirect writes the address it carries, where not as text: each is given the address read and what its pattern's
# group or its parameters carry
ENCODINGS = {"a1-base64url": _after_a1_in_base64url, "translate-goog-host": _in_a_translate_goog_host,
             "proofpoint-v2": _in_proofpoint_v2}


_INTERNATIONAL_DIGITS = re.compile(r"\+?(\d{6,15})")


def chat_number(typed: DomainInput, *, path: Path | None = None) -> ChatNumber | None:
    """A messaging app's link that opens a chat with a phone number (wa.me/<number>), and the number's digits,
    or None."""
    matched = _match(typed, "chat_number", path)
    carried = _carried(typed, *matched, "number") if matched else None
    # '+' in a query is a space once decoded: "phone=+1415…" reads " 1415…"
    digits = _INTERNATIONAL_DIGITS.fullmatch(carried.strip()) if carried else None
    return ChatNumber(matched[0].service, digits.group(1), matched[0].shared_with_invites) if digits else None


def _carried(typed: DomainInput, shape: LinkShape, found: re.Match, group: str) -> str | None:
    """What the link carries: the pattern's group, or the one value of the shape's query parameters."""
    if not shape.parameters:
        return found.group(group)
    values = {value for name, value in parse_qsl(typed.query) if name in shape.parameters}
    return values.pop() if len(values) == 1 else None


def social_profile(typed: DomainInput, *, path: Path | None = None) -> SocialProfile | None:
    """An account's profile on a social platform (x.com/<handle>, t.me/<username>), or None."""
    matched = _match(typed, "social_profile", path)
    if matched is None:
        return None
    shape, found = matched
    return SocialProfile(shape.platform, shape.service, found.group("handle"))


def public_page(typed: DomainInput, *, path: Path | None = None) -> PublicPage | None:
    """A page anyone can make on a big service's site (docs.google.com/forms/…, telegra.ph/<Title>-05-14), or None:
    what it says is its maker's, not the service's."""
    matched = _match(typed, "public_page", path)
    if matched is None:
        return None
    shape, found = matched
    return PublicPage(shape.service, (found.groupdict().get("page") or found.group(0)).strip("/?"), shape.reason, shape.brand_accounts)


def remote_session(typed: DomainInput, *, path: Path | None = None) -> RemoteSession | None:
    """A remote-access app's site (anydesk.com, get.teamviewer.com/…) or an invitation to a video meeting
    (meeting.tencent.com/dm/…, zoom.us/j/…), or None: what lets someone see or control the reader's screen."""
    matched = _match(typed, "remote_session", path)
    return RemoteSession(matched[0].service, matched[0].reason, matched[0].service_zh) if matched else None


@lru_cache(maxsize=4)
def remote_session_services(path: Path = LINKS_FILE) -> tuple[str, ...]:
    """The remote-access apps' and meeting services' names (and their Chinese ones), as a label names them before an
    address or a meeting's number ("AnyDesk ID 123 456 789", "腾讯会议号：123 456 789")."""
    names = {name for shape in shapes(path) if shape.kind == "remote_session" for name in (shape.service, shape.service_zh) if name}
    return tuple(sorted(names, key=len, reverse=True))


@lru_cache(maxsize=4)
def platform_services(path: Path = LINKS_FILE) -> dict[str, str]:
    """How answers name each social platform, by the name social channels' values give it ("x" → "X")."""
    return {shape.platform: shape.service for shape in shapes(path) if shape.kind == "social_profile" and shape.platform}


def platform_of_page(host: str, *, path: Path | None = None) -> HandleShape | None:
    """The platform a page on `host` is on (x.com's posts, t.me/s/ channel previews), whose accounts an "@name" on it
    names, where the platform's handles are read (social_handles); None on any other host."""
    by_name = _handle_shapes_by_name(path)
    for shape in _shapes_on(host.lower(), "", path):  # the host and each domain above it (mobile.twitter.com)
        if shape.kind == "social_profile" and shape.platform in by_name:
            return by_name[shape.platform]
    return None


def handle_shape(name: str, *, path: Path | None = None) -> HandleShape | None:
    """The platform a name of it names ("x", "twitter", "微信"; lower case), whose handles are read."""
    return _handle_shapes_by_name(path).get(name)


def handle_names(*, path: Path | None = None) -> tuple[str, ...]:
    """Every name of every platform whose handles are read (lower case), longest first, as running text names them:
    not a single letter ("x", a letter in any text; an account typed "x:metamasksupport" is read by social_handle),
    nor a platform's names that are words of any text (`HandleShape.typed_only`: "line")."""
    return tuple(sorted((name for name, shape in _handle_shapes_by_name(path).items()
                         if len(name) > 1 and name not in shape.typed_only), key=len, reverse=True))


def _handle_shapes_by_name(path: Path | None) -> dict[str, HandleShape]:
    return (_handle_shapes(path) if path else _handle_shapes())[0]


def social_handle(typed: str, *, path: Path | None = None) -> TypedHandle | None:
    """An account written as its platform's name and its handle ("微信：binance-kefu888", "Telegram @okx_kefu",
    "wechat:腾讯客服"), or None. The profile is None where what follows the name and a colon is no handle there (a
    phone number, a WeChat ID of two letters): the caller decides what it is. Without a colon, what is no handle
    is no account either ("微信支付", "wechat pay": a name)."""
    by_name, pattern, first_characters = _handle_shapes(path) if path else _handle_shapes()
    if not typed.isascii():  # ＱＱ：800012345 as QQ:800012345
        typed = unicodedata.normalize("NFKC", typed)
    if typed.lstrip()[:1].lower() not in first_characters:  # nearly every value: a number, an address
        return None
    found = pattern.fullmatch(typed)
    if found is None or found.group("colon") and _routed(typed, path):
        return None  # (tg:resolve?domain=x is a link of Telegram's scheme, not the account "resolve?domain=x")
    name = found.group("name")
    shape = by_name[" ".join(name.lower().split())]
    rest = found.group("rest")
    if not (found.group("colon") or found.group("at")) and name.isascii() and rest.isalpha():
        return None  # "Telegram support", "WeChat official": English words after the name, not a handle
    profile = SocialProfile(shape.platform, shape.service, rest) if shape.handle.fullmatch(rest) else None
    if profile is None and LOOK_ALIKE_LETTERS.search(rest) and (digits := rest.translate(LOOKS_LIKE_DIGIT)).isdigit() \
            and rest[0].isdigit() and shape.handle.fullmatch(digits):
        # "客服QQ：3O01234567": a handle of digits only, a QQ number, written with O for 0 and l for 1 as spam writes numbers
        # past filters (the profile holds the digits; `rest` stays as written)
        profile = SocialProfile(shape.platform, shape.service, digits)
    return TypedHandle(shape, rest, profile) if profile or found.group("colon") else None
