"""Canonical forms of channel values, and whether a piece of text states a value.

Canonical forms make one fact one key: the data files, the index and the checker all compare these.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import idna
import phonenumbers
import tldextract

from registry.vocab import ChannelKind

SHORT_CODE = re.compile(r"^(?P<region>[A-Z]{2}):(?P<digits>\d{3,8})$")
APP_ID = re.compile(r"^(?P<store>android|ios|huawei|web|chrome|firefox|edge):(?P<id>[A-Za-z0-9._-]{1,200})$")
SOCIAL_ID = re.compile(
    r"^(?P<platform>x|facebook|instagram|telegram|discord|youtube|weibo|wechat|reddit|linkedin|tiktok|douyin"
    r"|bilibili|github|line|whatsapp|medium|threads):(?P<handle>[^\s@:/]{1,100})$"
)
_HOST_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
_DOMAIN_CHARACTERS = re.compile(r"[a-z0-9.-]+")

# Entries per reading cache (numbers, domains, suffix splits; check.LOOKALIKE_MEMO_SIZE too). What a worker
# keeps alive, the garbage collector's full passes walk, unless it is a plain tuple of strings (those it
# stops tracking): with 65,536 entries per cache a stream of new domains met 38 ms full-collection pauses,
# with 16,384 15 ms; with the domain caches holding plain tuples, none (a full pass then took 10-16 ms →
# under 0.1 ms on this machine). A popular value stays cached however long it is popular (least recently
# used out first).
CACHE_SIZE = 16_384

# The public-suffix snapshot that ships inside tldextract: no network fetch at run time, same answer offline.
_suffixes = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True)


class NotCanonical(ValueError):
    pass


def canonical_host(text: str) -> str:
    """Lower-case ASCII (punycode) host of a domain name; raises NotCanonical when it cannot be one."""
    host = _as_typed(text).lower()
    if not host or len(host) > 253:
        raise NotCanonical("a domain name is 1 to 253 characters")
    if _plain_ascii_host(host):
        ascii_host = host  # what idna would return, without its per-character table lookups (100 µs)
    else:
        try:
            ascii_host = idna.encode(host, uts46=True).decode("ascii")
        except idna.IDNAError:
            # (idna's own words, "Codepoint U+1F600 at position 1 of '😀😀😀' not allowed", are for programmers)
            if host.isascii() and all(_HOST_LABEL.match(label) for label in host.split(".")):
                # letters, digits and hyphens: only a label's encoding can be wrong ("xn--metamsk-9qa" decodes to nothing)
                raise NotCanonical("not a valid domain name: a label starting “xn--” or with “--” after its first two "
                                   "characters must be an encoded international name, and this one is not") from None
            if _DOMAIN_CHARACTERS.fullmatch(host):  # "foo..com", "-paypal.com": the characters are right, a label is not
                raise NotCanonical("a domain name has at least two dot-separated labels of letters, digits and '-'") from None
            raise NotCanonical("not a valid domain name: it holds characters no domain name can have") from None
    labels = ascii_host.split(".")
    if len(labels) < 2 or not all(_HOST_LABEL.match(label) for label in labels):
        raise NotCanonical("a domain name has at least two dot-separated labels of letters, digits and '-'")
    if labels[-1].isdigit():
        raise NotCanonical("an IP address is not a domain name")
    return ascii_host


def _as_typed(text: str) -> str:
    """A name as typed, before it is read as a host: compatibility characters made plain (NFKC), the spaces around it and
    a final dot left out (a fully qualified name's)."""
    return unicodedata.normalize("NFKC", text).strip().rstrip(".")


@lru_cache(maxsize=CACHE_SIZE)
def _split(host: str) -> tuple[str, str, str]:
    """(public suffix, registrable domain, "private" or "") of a host: one suffix-list walk for the questions
    below, kept as a tuple of strings, which the garbage collector leaves out of its full passes."""
    parts = _suffixes(host)
    return parts.suffix, parts.top_domain_under_public_suffix, "private" if parts.is_private else ""


def registrable_domain(host: str) -> str:
    """`support.metamask.io` → `metamask.io`; the host itself where the suffix list knows no split."""
    return _split(host)[1] or host


def public_suffix(host: str) -> str:
    return _split(host)[0]


def on_a_hosting_suffix(host: str) -> bool:
    """Whether a host's public suffix is one of the suffix list's private ones: a service's own domain under which its
    users get names of their choosing (github.io, wixsite.com, netlify.app, blogspot.com)."""
    return bool(_split(host)[2])


def country_ending(host: str) -> str | None:
    """The country code a host's public suffix ends in ("de" for paypal.de, "uk" for paypal.co.uk), where the
    suffix is a country's own: not a private one (github.io) and not a country code sold to anyone as a generic
    ending or given away (.io, .co, .me, .tk …), where phishing sites register brand names as any other."""
    suffix, _, private = _split(host)
    country = suffix.rsplit(".", 1)[-1]
    if private or len(country) != 2 or not country.isalpha() or country in GENERIC_COUNTRY_CODES:
        return None
    return country


GENERIC_COUNTRY_CODES = frozenset({
    "io", "co", "me", "ai", "tv", "cc", "ly", "gg", "to", "ws", "la", "fm", "sh", "so", "vc", "bz", "nu", "pw", "ac",
    "im", "gl", "st", "cx", "ms", "gs", "ag", "sc", "lc", "mn", "cd", "vg", "tc", "su",
    "tk", "ml", "ga", "cf", "gq",  # once given away free
})


def _plain_ascii_host(host: str) -> bool:
    """Lower-case letters, digits and inner hyphens only, no punycode and no '--' in 3rd and 4th place (which
    IDNA refuses): a host IDNA maps to itself."""
    return host.isascii() and all(_HOST_LABEL.match(label) and label[2:4] != "--" for label in host.split("."))


@lru_cache(maxsize=CACHE_SIZE)  # (a page writes one such name again and again; a name refused is read anew each time)
def browser_host(text: str) -> str | None:
    """The host a browser opens for a name that canonical_host refuses for a character IDNA2008 does not allow and a
    browser's UTS46 processing keeps (the WHATWG URL standard): a symbol or an emoji, "www.paypal.com©verify.net" →
    www.paypal.xn--comverify-2la.net, as Chromium opens it; None where a browser opens nothing either (a character UTS46
    disallows, a space, a label starting with a combining mark, a right-to-left letter against the Bidi Rule). Not for the
    registry's own values, which canonical_host keeps to names a registrar sells."""
    try:
        mapped = idna.uts46_remap(_as_typed(text), std3_rules=False, transitional=False).lower()
    except idna.IDNAError:
        return None
    # (a name with a right-to-left letter in it keeps the Bidi Rule in every label, or a browser opens nothing:
    # "paypal.comאverify.net"; UTS46's CheckBidi, as the URL standard sets it)
    bidi = not mapped.isascii() and any(unicodedata.bidirectional(ch) in ("R", "AL", "AN") for ch in mapped)
    labels = []
    for label in mapped.split("."):
        if bidi and label:
            try:
                idna.check_bidi(label, check_ltr=True)
            except idna.IDNAError:
                return None
        if not label.isascii():
            if unicodedata.category(label[0])[0] == "M":
                return None
            label = "xn--" + label.encode("punycode").decode("ascii")
        if not _HOST_LABEL.match(label):
            return None
        labels.append(label)
    host = ".".join(labels)
    return host if len(labels) >= 2 and len(host) <= 253 and not labels[-1].isdigit() else None


def unicode_host(ascii_host: str) -> str:
    if "xn--" not in ascii_host:
        return ascii_host  # only punycode labels decode to anything else
    try:
        return idna.decode(ascii_host)
    except idna.IDNAError:
        # (a label of a symbol, which IDNA2008 refuses and a browser opens: browser_host)
        try:
            return ".".join(label[4:].encode("ascii").decode("punycode") if label.startswith("xn--") else label
                            for label in ascii_host.split("."))
        except UnicodeError:
            return ascii_host


def canonical_problem(kind: ChannelKind, value: str) -> str | None:
    """Why `value` is not in the canonical form of its kind, or None when it is."""
    match kind:
        case ChannelKind.phone:
            if not value.startswith("+"):
                return f"a phone number is written in E.164, starting with '+': {value!r}"
            try:
                number = phonenumbers.parse(value, None)
            except phonenumbers.NumberParseException as error:
                return f"not a phone number: {value!r} ({error})"
            e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
            if e164 != value:
                return f"not in E.164 form: {value!r}, expected {e164!r}"
            if not phonenumbers.is_possible_number(number):
                return f"not a possible phone number: {value!r}"
        case ChannelKind.short_code:
            if not SHORT_CODE.match(value):
                return f"a short code is written REGION:DIGITS, e.g. 'CN:95188': {value!r}"
        case ChannelKind.website | ChannelKind.email_domain:
            try:
                host = canonical_host(value)
            except NotCanonical as error:
                return f"{error}: {value!r}"
            if host != value:
                return f"a domain is written in lower-case ASCII (punycode): {value!r}, expected {host!r}"
        case ChannelKind.app:
            if not APP_ID.match(value):
                return f"an app is written STORE:ID, e.g. 'android:com.example.app': {value!r}"
        case ChannelKind.social:
            if not SOCIAL_ID.match(value):
                return f"a social account is written PLATFORM:HANDLE, e.g. 'x:MetaMask': {value!r}"
        case ChannelKind.chat:
            if not re.match(r"^https://[^\s/]+(/\S*)?$", value):
                return f"a chat entry point is an https URL: {value!r}"
    return None


_DIGIT_SEPARATORS = re.compile(r"(?<=\d)[\s\u00a0\u3000().\-–—/]+(?=\d)")


def digit_runs(text: str) -> list[str]:
    """Runs of digits as a reader sees them: separators inside a number are dropped, full-width digits read."""
    normal = unicodedata.normalize("NFKC", text)
    return re.findall(r"\d+", _DIGIT_SEPARATORS.sub("", normal))


def excerpt_states(kind: ChannelKind, value: str, excerpt: str) -> bool:
    """Whether the verbatim excerpt contains the value it is evidence for."""
    match kind:
        case ChannelKind.phone:
            number = phonenumbers.parse(value, None)
            national = str(number.national_number)
            return any(national in run for run in digit_runs(excerpt))
        case ChannelKind.short_code:
            digits = SHORT_CODE.match(value)["digits"]
            # A whole run, so that 110 is not "stated" by 96110.
            return digits in re.findall(r"\d+", unicodedata.normalize("NFKC", excerpt))
        case ChannelKind.website | ChannelKind.email_domain:
            text = unicodedata.normalize("NFKC", excerpt).lower()
            return value in text or unicode_host(value) in text
        case ChannelKind.app:
            return APP_ID.match(value)["id"].lower() in excerpt.lower()
        case ChannelKind.social:
            return SOCIAL_ID.match(value)["handle"].lower() in excerpt.lower()
        case ChannelKind.chat:
            host = re.match(r"^https://([^\s/]+)", value)[1].lower()
            return host in excerpt.lower()
    return False
