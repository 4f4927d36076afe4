"""What every source shares: a polite `fetch`, the `Document` it returns, `Candidate` facts, page text.

`fetch` is the only network code: it identifies itself, obeys robots.txt, waits between requests to the
same host, refuses what is not a text page and stops reading at `MAX_BYTES`. Everything else here is pure,
so a source's `parse` can be tested on a recorded page.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import re
import threading
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import SplitResult, urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from registry import canonical
from registry.vocab import ChannelKind

USER_AGENT = "VerifiedContactsBot/0.1 (+https://github.com/verified-contacts)"
TIMEOUT = httpx.Timeout(15.0, connect=5.0)  # connect 5 s; read (and write, pool) 15 s
MAX_BYTES = 2 * 1024 * 1024
MIN_INTERVAL = 2.0  # seconds between two requests to the same host
ROBOTS_MAX_BYTES = 512 * 1024  # RFC 9309 asks crawlers to read at least 500 KiB of a robots.txt
ROBOTS_TTL = 24 * 3600.0
MAX_REDIRECTS = 5
TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


class FetchError(Exception):
    """A page could not be fetched, or was refused; the message says which and why."""


class RobotsDisallowed(FetchError):
    pass


class SiteUnreachable(FetchError):
    """The site did not answer at all (its name, a connection, a timeout): not a refusal by its robots.txt."""


class DocumentTooLarge(FetchError):
    pass


class UnsupportedContentType(FetchError):
    pass


@dataclass(frozen=True)
class Document:
    url: str
    text: str
    content_sha256: str
    retrieved_at: dt.date


def document_from_text(url: str, text: str, *, retrieved_at: dt.date | None = None) -> Document:
    """A document from text already at hand (a recorded page); hashed as its UTF-8 bytes."""
    return Document(url=url, text=text, content_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
                    retrieved_at=retrieved_at or dt.datetime.now(dt.UTC).date())


@dataclass(frozen=True)
class Candidate:
    """One fact a page states: a channel (with its canonical value) or a policy (value None)."""

    provider_slug: str
    subject_kind: str  # "channel" | "policy"
    key: str  # the registry's channel key or policy code this fact corresponds to
    value: str | None
    excerpt: str  # verbatim text of the page that contains the value, or the policy sentence
    channel_kind: str | None = None  # ChannelKind of a channel; needed to compare and to propose it
    display: str | None = None  # how the page writes the value
    statement: str | None = None  # a policy in the provider's words; the excerpt when None
    channels: tuple[str, ...] = ()  # contact_only_via: keys of the channels it allows


def channel(provider: str, key: str, kind: ChannelKind, value: str, excerpt: str, *, display: str | None = None) -> Candidate | None:
    """A channel candidate, or None when the value is not canonical or the excerpt does not state it.

    Parsers build values from what they matched, so None means a page too odd to trust, not a bug to raise.
    """
    excerpt = excerpt.strip()
    if not excerpt or len(excerpt) > 4000 or canonical.canonical_problem(kind, value):
        return None
    if not canonical.excerpt_states(kind, value, excerpt):
        return None
    return Candidate(provider, "channel", key, value, excerpt, channel_kind=str(kind), display=display or value)


def policy(provider: str, code: str, excerpt: str, *, statement: str | None = None,
           channels: tuple[str, ...] = ()) -> Candidate | None:
    excerpt = excerpt.strip()
    if not excerpt or len(excerpt) > 4000:
        return None
    return Candidate(provider, "policy", code, None, excerpt, statement=(statement or excerpt)[:1000], channels=channels)


def present(candidates: Iterable[Candidate | None]) -> list[Candidate]:
    return [candidate for candidate in candidates if candidate is not None]


def split(url: str) -> SplitResult | None:
    """`urlsplit`, or None for what it refuses (a broken IPv6 literal, a host that normalises to '/' …)."""
    try:
        return urlsplit(url)
    except ValueError:
        return None


def host_value(text: str) -> str | None:
    """The canonical website value of a URL or host: lower-case ASCII, without a leading 'www.'."""
    parts = split(text if "//" in text else "//" + text)
    try:
        host = canonical.canonical_host(parts.hostname or "") if parts else ""
    except canonical.NotCanonical:
        return None
    if not host:
        return None
    return host.removeprefix("www.") if host.count(".") >= 2 else host


def domain_value(text: str) -> str | None:
    try:
        return canonical.canonical_host(text.lstrip("@"))
    except canonical.NotCanonical:
        return None


def under(host: str | None, domains: Iterable[str]) -> bool:
    """Whether `host` is one of `domains` or a subdomain of one: a source speaks only for its own names."""
    return bool(host) and any(host == domain or host.endswith("." + domain) for domain in domains)


def key_part(value: str) -> str:
    """A value as it appears in channel keys: 'futures.kraken.com' → 'futures-kraken-com'."""
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")


# -- fetching ---------------------------------------------------------------------------------------

class Politeness:
    """In-process manners shared by fetches: when each host may be asked next, and its robots.txt rules."""

    def __init__(self, *, interval: float = MIN_INTERVAL, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep):
        self.interval, self.clock, self.sleep = interval, clock, sleep
        self._next: dict[str, float] = {}
        self._robots: dict[str, tuple[float, RobotFileParser]] = {}
        self._lock = threading.Lock()

    def wait(self, host: str) -> None:
        # Reserve the slot under the lock, sleep outside it, so waiting for one host never holds up another.
        with self._lock:
            now = self.clock()
            slot = max(now, self._next.get(host, now))
            self._next[host] = slot + self.interval
        if slot > now:
            self.sleep(slot - now)

    def robots(self, origin: str) -> RobotFileParser | None:
        with self._lock:
            cached = self._robots.get(origin)
        if cached and self.clock() - cached[0] < ROBOTS_TTL:
            return cached[1]
        return None

    def remember(self, origin: str, rules: RobotFileParser) -> None:
        with self._lock:
            self._robots[origin] = (self.clock(), rules)


POLITENESS = Politeness()


def fetch(url: str, *, client: httpx.Client | None = None, politeness: Politeness | None = None) -> Document:
    """GET a text page politely; FetchError (or a subclass) says why a page was refused."""
    politeness = politeness or POLITENESS
    if client is None:
        with httpx.Client(timeout=TIMEOUT, headers={"User-Agent": USER_AGENT}) as own:
            return _fetch(url, own, politeness)
    return _fetch(url, client, politeness)


def _fetch(url: str, client: httpx.Client, politeness: Politeness) -> Document:
    current = url
    for _ in range(MAX_REDIRECTS + 1):
        parts = split(current)
        if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError(f"{current}: only http(s) addresses are fetched")
        rules = _robots(client, politeness, f"{parts.scheme}://{parts.netloc}")
        if not rules.can_fetch(USER_AGENT, current):
            raise RobotsDisallowed(f"{current}: robots.txt of {parts.netloc} disallows it for {USER_AGENT}; not fetched")
        politeness.wait(parts.netloc.lower())
        try:
            with client.stream("GET", current, headers=_HEADERS, timeout=TIMEOUT, follow_redirects=False) as response:
                if response.is_redirect and response.headers.get("location"):
                    current = urljoin(current, response.headers["location"])
                    continue
                if response.status_code != 200:
                    raise FetchError(f"{current}: HTTP {response.status_code}")
                content_type = response.headers.get("content-type", "")
                mime = content_type.split(";")[0].strip().lower()
                if mime not in TEXT_TYPES:
                    raise UnsupportedContentType(
                        f"{current}: content type {mime or '(none)'!r} is not a text page ({', '.join(TEXT_TYPES)})")
                body = _read_bounded(response, MAX_BYTES, current)
        except httpx.HTTPError as error:
            raise FetchError(f"{current}: {type(error).__name__}: {error}") from error
        return Document(url=current, text=_decode(body, content_type), content_sha256=hashlib.sha256(body).hexdigest(),
                        retrieved_at=dt.datetime.now(dt.UTC).date())
    raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects")


_HEADERS = {"User-Agent": USER_AGENT, "Accept": "text/html, application/xhtml+xml, text/plain;q=0.8"}


def _read_bounded(response: httpx.Response, limit: int, url: str) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise DocumentTooLarge(f"{url}: {int(declared)} bytes declared; the limit is {limit}")
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limit:
            raise DocumentTooLarge(f"{url}: more than {limit} bytes; stopped reading")
        chunks.append(chunk)
    return b"".join(chunks)


def _robots(client: httpx.Client, politeness: Politeness, origin: str) -> RobotFileParser:
    rules = politeness.robots(origin)
    if rules is not None:
        return rules
    rules = RobotFileParser(origin + "/robots.txt")
    politeness.wait(urlsplit(origin).netloc.lower())
    try:
        with client.stream("GET", origin + "/robots.txt", headers=_HEADERS, timeout=TIMEOUT, follow_redirects=True) as response:
            status = response.status_code
            body = _read_bounded(response, ROBOTS_MAX_BYTES, origin + "/robots.txt") if status == 200 else b""
    except httpx.TransportError as error:
        # RFC 9309 treats it as a disallow too; said as what it is, the network's failure, not the site's rule.
        raise SiteUnreachable(f"{origin} cannot be reached ({type(error).__name__}: {error}); nothing was fetched from it") \
            from error
    except (httpx.HTTPError, DocumentTooLarge) as error:
        # RFC 9309: a robots.txt that cannot be read means the site may not be crawled for now.
        raise RobotsDisallowed(f"{origin}/robots.txt could not be read ({error}); not fetching from {origin}") from error
    if status == 200:
        rules.parse(body.decode("utf-8", errors="replace").splitlines())
    elif status in (401, 403) or status >= 500:
        rules.disallow_all = True
    else:  # 404 and other client errors: no rules, everything allowed
        rules.allow_all = True
    rules.modified()
    politeness.remember(origin, rules)
    return rules


_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})""", re.I)


def _decode(body: bytes, content_type: str) -> str:
    match = re.search(r"charset\s*=\s*\"?([A-Za-z0-9_.:-]+)", content_type, re.I)
    charset = match[1] if match else None
    if charset is None:
        sniffed = _META_CHARSET.search(body[:4096])
        charset = sniffed[1].decode("ascii") if sniffed else "utf-8"
    try:
        return body.decode(charset, errors="replace")
    except LookupError:
        return body.decode("utf-8", errors="replace")


# -- page text ---------------------------------------------------------------------------------------

def bounded(text: str, limit: int = MAX_BYTES) -> str:
    """At most `limit` bytes of UTF-8, cut at a character boundary: parse never sees an unbounded page."""
    if len(text) <= limit // 4:
        return text
    return text.encode("utf-8")[:limit].decode("utf-8", errors="ignore")


@dataclass(frozen=True)
class Block:
    """The text of one block element (paragraph, list item, heading, cell …), in page order."""

    tag: str
    text: str  # what a reader sees; <br> is a newline, other whitespace one space
    linked: str  # the same text with each link's address after its text, as the page's source has it


_BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption dd details dialog div dl dt fieldset figcaption figure footer "
    "form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section summary table tbody td tfoot th thead title "
    "tr ul".split()
)
# One linear pass: comments, raw-text elements and declarations are skipped whole, even unterminated (they run
# to the end), and a tag never spans a '<', so broken markup cannot make the scan backtrack or go quadratic.
_TOKENS = re.compile(
    r"(?P<skip><!--.*?(?:-->|\Z)"
    r"|<(?P<raw>script|style|noscript|template|svg|math)\b[^<>]*>.*?(?:</(?P=raw)\s*>|\Z)"
    r"|<![^<>]*>|<\?[^<>]*>)"
    r"|<(?P<close>/?)(?P<tag>[a-zA-Z][a-zA-Z0-9:-]*)(?P<attrs>[^<>]*)>",
    re.S | re.I,
)
_HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.I)


def blocks(page: str) -> list[Block]:
    """The visible text of an HTML (or plain-text) page as blocks; never raises, linear in the page size."""
    page = bounded(page)
    found: list[Block] = []
    state = _BlockState()
    position = 0
    for match in _TOKENS.finditer(page):
        state.data(page[position:match.start()])
        position = match.end()
        if match["skip"] is not None:
            continue
        tag = match["tag"].lower()
        closing = match["close"] == "/"
        if tag == "br":
            state.data_raw("\n")
        elif tag == "a":
            state.end_link()
            if not closing:
                href = _HREF.search(match["attrs"])
                state.start_link(html.unescape(next(filter(None, href.groups()), "")) if href else "")
        elif tag in _BLOCK_TAGS:
            state.end_link()
            flushed = state.flush()
            found += flushed
            # A paragraph inside a list item is still that item: keep 'li' until the item has shown text.
            if not (state.tag == "li" and not flushed and not closing and tag not in ("li", "ul", "ol")):
                state.tag = tag if not closing else "div"
    state.data(page[position:])
    state.end_link()
    found += state.flush()
    return found


class _BlockState:
    def __init__(self):
        self.tag = "div"
        self.text: list[str] = []
        self.linked: list[str] = []
        self.link: tuple[str, int] | None = None  # (href, where its text starts in self.text)
        self.annotated = False

    def data(self, raw: str) -> None:
        if raw:
            self.data_raw(_SPACES.sub(" ", html.unescape(raw) if "&" in raw else raw))

    def data_raw(self, text: str) -> None:
        self.text.append(text)
        self.linked.append(text)

    def start_link(self, href: str) -> None:
        self.link = (href, len(self.text))

    def end_link(self) -> None:
        if self.link is None:
            return
        href, start = self.link
        self.link = None
        label = "".join(self.text[start:]).strip()
        if href.startswith(("http://", "https://", "mailto:")) and href.removeprefix("mailto:") not in label:
            self.linked.append(f" <{href}>")
            self.annotated = True

    def flush(self) -> list[Block]:
        if not self.text:
            return []
        text = _tidy("".join(self.text))
        linked = _tidy("".join(self.linked)) if self.annotated else text
        self.text, self.linked, self.annotated = [], [], False
        return [Block(self.tag, text, linked)] if text else []


_SPACES = re.compile(r"\s+")
_LINE_SPACES = re.compile(r"[ \t\u00a0]+")


def _tidy(text: str) -> str:
    text = _LINE_SPACES.sub(" ", text)
    if "\n" not in text:
        return text.strip()
    return "\n".join(line for line in (line.strip() for line in text.split("\n")) if line)


def sentences(text: str) -> Iterator[str]:
    """Sentences of a block: split after . ! ? (and their full-width forms) followed by space, and at line ends."""
    for line in text.split("\n"):
        for sentence in re.split(r"(?<=[.!?])\s+|(?<=[。！？])", line):
            if sentence.strip():
                yield sentence.strip()


def list_after(found: list[Block], index: int) -> list[Block]:
    """The list items that directly follow block `index` (the list a sentence ending in ':' introduces)."""
    items = []
    for block in found[index + 1:]:
        if block.tag != "li":
            break
        items.append(block)
    return items


def folded(text: str) -> str:
    """Text compared loosely: NFKC, curly quotes straightened, markdown emphasis dropped, whitespace single."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    text = re.sub(r"(?m)^[ \t]*(?:#+|[-*+•]|\d+\.)[ \t]+", "", text)  # heading and list markers
    text = re.sub(r"[*_`]+", "", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)  # markdown links read as their text
    text = re.sub(r"[•·]", " ", text)
    return re.sub(r"\s+", " ", text).strip().lower()


_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


# -- what pages say: addresses, hosts, and the "we will never ask" sentences --------------------------------

_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?"
_EMAIL = re.compile(rf"(?<![\w.+-])([\w.+-]{{0,64}})@({_LABEL}(?:\.{_LABEL})+)", re.I)
_URL = re.compile(r"https?://[^\s<>\"'()\[\]]{1,2000}", re.I)
_HOST = re.compile(rf"(?<![\w@./-])((?:{_LABEL}\.)+[a-z]{{2,24}})(?![\w-])", re.I)


def emails(text: str) -> list[tuple[str, str]]:
    """(address as written, canonical domain) for each e-mail address or bare '@domain' in the text."""
    found = []
    for match in _EMAIL.finditer(text):
        domain = domain_value(match[2])
        if domain:
            found.append((match[0], domain))
    return found


def email_domains(provider: str, sentence: str, domains: Iterable[str], *, show_address: bool = True) -> list[Candidate | None]:
    """An email-domain candidate for each address in `sentence` on one of the provider's own `domains`."""
    return [channel(provider, f"email-{key_part(domain)}", ChannelKind.email_domain, domain, sentence,
                    display=address if show_address else f"@{domain}")
            for address, domain in emails(sentence) if under(domain, domains)]


def urls(text: str) -> list[str]:
    return [match.rstrip(".,;:!?") for match in _URL.findall(text)]


def hosts(text: str) -> list[str]:
    """Bare host names written in the text ('bookmark support.kraken.com'), canonical; URLs and e-mails excluded."""
    found = []
    for match in _HOST.finditer(text):
        value = host_value(match[1])
        if value:
            found.append(value)
    return found


# What a provider says it never asks for, by the words it uses. Narrow on purpose: a missed phrase costs a
# reviewer a glance at the page, a wrong code would put words in the provider's mouth.
_NEVER_ASKS = (
    ("never_asks_password", re.compile(r"\bpasswords?\b", re.I)),
    ("never_asks_otp", re.compile(r"verification codes?|six-digit code|2-step verification|two[- ]factor authentication code"
                                  r"|2fa codes?|device approval code|one-time (?:pass)?code|sms code", re.I)),
    ("never_asks_seed_phrase", re.compile(r"seed (?:words|phrases?)|recovery phrases?|private keys?|master key", re.I)),
    ("never_asks_remote_access", re.compile(r"remote(?:ly)? access|remote desktop|install software on your device", re.I)),
    ("never_asks_transfer", re.compile(r"send (?:us )?(?:money|cryptocurrency|crypto|funds)\b", re.I)),
)


def never_asks(text: str) -> list[str]:
    """The never_asks_* codes a sentence (or list item) names."""
    return [code for code, pattern in _NEVER_ASKS if pattern.search(text)]


def list_policies(provider: str, found: list[Block], intro: re.Pattern[str]) -> list[Candidate]:
    """Codes stated by a list such as 'Support specialists will never ask for the following information:'.

    Each code's excerpt is the introduction and the items down to the last one naming the code: contiguous,
    so it reads as the page reads.
    """
    candidates: list[Candidate | None] = []
    for index, block in enumerate(found):
        if not intro.search(block.text):
            continue
        items = list_after(found, index)
        last: dict[str, int] = {}
        for position, item in enumerate(items):
            for code in never_asks(item.text):
                last[code] = position
        for code, position in last.items():
            excerpt = "\n".join([block.text, *(item.text for item in items[:position + 1])])
            candidates.append(policy(provider, code, excerpt))
    return present(candidates)
