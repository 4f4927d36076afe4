"""The immutable in-memory index the hot path reads: exact maps first, fuzzy matching only after.

Built once per registry version from the published documents (and confirmed scam reports), then
swapped in whole: a request sees one consistent version from start to end.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

import phonenumbers
from rapidfuzz import fuzz, process

from registry import aliases, canonical
from registry.documents import (
    ChannelDoc,
    PolicyDoc,
    ProviderDoc,
    best_confidence,
    last_verified,
)
from registry.normalize import short_codes_by_digits, skeleton
from registry.vocab import (
    ChannelKind,
    Confidence,
    Direction,
    PolicyCode,
    ProviderKind,
    Purpose,
)

# Brand names that are everyday words: inside another domain they say nothing ("trust", "cash"), and another
# domain of the same name is somebody's as likely as a squatter's (token.com for imToken's token.im).
# So are initials that several big names share: "icbc" is also the Insurance Corporation of British Columbia
# (icbc.com), and ICBC's own branch sites are icbc-uk.com, icbc-us.com ...; "boc", Bank of China's boc.cn, is also BOC
# the gas company (boc.com), the Bank of Ceylon (boc.lk) and the Bank of Cyprus. Not "ccb", though as shared: China
# Construction Bank says its addresses never have letters before or after "ccb", so ccb-95533.com is a fake.
COMMON_WORD_BRANDS = frozenset({"trust", "cash", "apple", "google", "square", "line", "wise", "token", "crypto",
                                "blockchain", "icbc", "boc"})
# Brand names that are English words, which other sites glue to theirs ("generalledger", "krakenrum",
# "phantomsofopera", "exodusmovement", an authority's "stopcybercrimes", "scamwatchers"): glued inside a name they
# are a brand's only beside a word of support, of a wallet or of signing in ("ledgerlive-update", "phantomwallet",
# "cybercrimehelpline"); as a part of their own ("ledger-support") always.
WORD_BRANDS = frozenset({"ledger", "phantom", "kraken", "exodus", "robinhood", "cybercrime", "scamwatch", "reportfraud"})
# Brand names shorter than this match inside a domain only as a whole part ("okx-help"), never as a
# substring ("otherwise" must not look like Wise). Those of five letters match inside one only as WORD_BRANDS do,
# beside a word of support ("paytmcustomercare", "venmohelp"; not the group's own "paytmbank", "paytmmoney", which
# the registry does not list), and the dictionary's words that hold one are ordinary ("gazelle" holds Zelle's).
SUBSTRING_BRAND_MIN = 6
GLUED_BRAND_MIN = 5


def is_substring_brand(name: str) -> bool:
    """Whether a brand name is looked for inside longer words of a domain: long enough, and not digits alone (a
    hotline's "12321" stands inside order numbers and dates)."""
    return len(name) >= GLUED_BRAND_MIN and not name.isdigit()


FUZZY_CLAIM_CUTOFF = 86


@dataclass(frozen=True)
class ChannelEntry:
    provider: ProviderDoc
    channel: ChannelDoc
    confidence: Confidence | None
    last_verified: dt.date | None
    # Worked out once when the index is built: every check asks it of each entry it finds, several times.
    publishable: bool = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "publishable", bool(
            self.channel.published and self.confidence is not None and self.confidence.publishable))


@dataclass(frozen=True)
class ScamEntry:
    report_id: int
    kind: str
    value: str
    claimed_provider: str | None
    seen_url: str | None


@dataclass(frozen=True)
class Resolution:
    slug: str
    how: str  # "exact", "generic_words_removed", "country_named", "contained", "spaced", "confusable", "fuzzy"
    matched: str
    score: float = 100.0
    # The country written with the name ("PayPal UK": GB), where `how` is "country_named"
    region: str | None = None


# The resolutions that say the text is the provider's name, as opposed to one that holds it among other words
# ("contained": "Wise Guy") or resembles it
NAMES_IT = ("exact", "generic_words_removed", "country_named")


@dataclass
class RegistryIndex:
    version: int
    providers: dict[str, ProviderDoc]
    by_value: dict[tuple[str, str], list[ChannelEntry]] = field(default_factory=dict)
    short_codes: frozenset[str] = frozenset()
    alias_to_slug: dict[str, str] = field(default_factory=dict)
    fuzzy_choices: list[str] = field(default_factory=list)
    fuzzy_slugs: list[str] = field(default_factory=list)
    max_alias_words: int = 1
    alias_skeletons: dict[str, str] = field(default_factory=dict)
    # (provider, country) → the provider the registry names as it with that country's name ("binance us": binance, US →
    # binance-us; "bank of china hong kong", "中国银行香港": bank-of-china, HK → bochk)
    country_variants: dict[tuple[str, str], str] = field(default_factory=dict)
    # brand name → the providers it names, the one whose own name it is first (alipay: alipay, then alipayhk).
    brand_tokens: dict[str, list[str]] = field(default_factory=dict)
    official_registrables: dict[str, list[str]] = field(default_factory=dict)
    official_domains: dict[str, list[str]] = field(default_factory=dict)
    official_labels: dict[str, list[str]] = field(default_factory=dict)
    official_label_skeletons: dict[str, list[str]] = field(default_factory=dict)
    official_label_skeleton_list: list[str] = field(default_factory=list)
    number_digits: list[str] = field(default_factory=list)
    number_entries: list[ChannelEntry] = field(default_factory=list)
    policies: dict[str, dict[str, PolicyDoc]] = field(default_factory=dict)
    authorities: dict[str, list[ChannelEntry]] = field(default_factory=dict)
    scams: dict[tuple[str, str], list[ScamEntry]] = field(default_factory=dict)
    # Answer parts built once per version (see check._memo), and look-alike answers per host and per number
    # read (bounded, oldest out first: an OrderedDict, as `del d[next(iter(d))]` on a plain dict walks the holes
    # its deletions left at the front: 10 µs per eviction at 50,000 hosts).
    memo: dict = field(default_factory=dict)
    host_memo: OrderedDict = field(default_factory=OrderedDict)
    number_memo: OrderedDict = field(default_factory=OrderedDict)

    # -- exact lookups -------------------------------------------------------------------------------

    def channels_for(self, kind: str, value: str) -> list[ChannelEntry]:
        return self.by_value.get((kind, value), [])

    def published_short_codes(self, digits: str) -> Iterator[tuple[str, ChannelEntry]]:
        """(REGION:DIGITS, entry) of each published entry of the registry's short codes with these digits, by region."""
        for code in short_codes_by_digits(self.short_codes).get(digits, ()):
            for entry in self.by_value.get(("short_code", code), ()):
                if entry.publishable:
                    yield code, entry

    def channels_for_host(self, kind: str, host: str) -> list[ChannelEntry]:
        """Channels whose domain is `host` or one of its parents (support.metamask.io → metamask.io)."""
        labels = host.split(".")
        for start in range(len(labels) - 1):
            found = self.by_value.get((kind, ".".join(labels[start:])))
            if found:
                return found
        return []

    def official_channels(self, slug: str, *, on: dt.date) -> list[ChannelEntry]:
        provider = self.providers[slug]
        return [
            entry for channel in provider.channels
            for entry in self.channels_for(channel.kind, channel.value)
            if entry.provider.slug == slug and entry.channel.key == channel.key
            and entry.publishable and channel.is_active(on)
        ]

    def policy(self, slug: str, code: PolicyCode) -> PolicyDoc | None:
        return self.policies.get(slug, {}).get(code)

    # -- provider names ------------------------------------------------------------------------------

    def resolve(self, text: str) -> Resolution | None:
        """The provider a free-text claim names: exact alias, then without generic words, then contained, then fuzzy."""
        # (an account's or a tag's sign is no letter of the name: "@MetaMask" was one edit from "metamask", a look-alike)
        folded = aliases.fold(text).lstrip("@#＠＃").lstrip()
        if not folded:
            return None
        if folded in self.alias_to_slug:
            return Resolution(self.alias_to_slug[folded], "exact", folded)
        folded = _without_other_names(folded)
        stripped = strip_generic(folded, known=self.alias_to_slug)
        if stripped and stripped in self.alias_to_slug:
            return Resolution(self.alias_to_slug[stripped], "generic_words_removed", stripped)
        if trimmed := self._trimmed_at_its_edges(folded, stripped):
            return trimmed
        contained = self._contained_alias(folded)
        if contained:
            return contained
        if spaced := self._name_written_in_two_words(folded):
            return spaced
        confusable = self.alias_skeletons.get(skeleton(stripped.replace(" ", "")))
        if confusable:
            return Resolution(confusable, "confusable", stripped)
        # A common word that is also a brand ("Cash": cash.app's, everyone's) is nobody's misspelling: it was
        # GCash, one letter off, and the answer sent a Cash App user to GCash's channels
        if len(stripped) >= 4 and stripped not in COMMON_WORD_BRANDS:
            best = process.extractOne(stripped, self.fuzzy_choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CLAIM_CUTOFF)
            if best:
                choice, score, position = best
                return Resolution(self.fuzzy_slugs[position], "fuzzy", choice, score)
        return None

    def _name_written_in_two_words(self, folded: str) -> Resolution | None:
        """A name that is one word written as two ("ali pay support", "we chat pay"), less the generic words around it: the
        generic words' removal took "pay" from "ali pay" and left no name."""
        words = folded.split()
        if len(words) > _MOST_WORDS_AROUND_A_NAME:
            return None  # (a sentence, not a name and its words: each pair joined cost a pass over the rest, 200 ms for 150 words)
        for position in range(len(words) - 1):
            joined = " ".join([*words[:position], words[position] + words[position + 1], *words[position + 2:]])
            for name in (joined, strip_generic(joined, known=self.alias_to_slug)):
                if name in self.alias_to_slug:
                    return Resolution(self.alias_to_slug[name], "spaced", name)
        return None

    def _trimmed_at_its_edges(self, folded: str, stripped: str) -> Resolution | None:
        """The provider's name left when generic words, the words joining them and a country are taken from the text's
        edges ("cash app phone number", "bank of china customer service", "trust wallet customer care india", "teléfono
        de binance en méxico"), or a country glued to it in Chinese, in the text or in it less its generic words
        (`stripped`: "paypal中国客服电话" is "paypal中国"; "美国paypal"). Unlike `strip_generic`, it keeps the generic words
        a name holds ("app", "wallet", "pay", "bank"). With a country, the provider the registry names with it in another
        spelling, which is not the first one ("binance usa": binance us, Binance.US, a separate company; "bank of china
        hk": bank of china hong kong, BOCHK), else the first where it is a global provider or one of that country."""
        name, country, matched = _a_name_and_its_country(folded, stripped, self.alias_to_slug)
        slug = self.alias_to_slug.get(name)
        if slug is None or name == folded:
            return None
        if country is None:
            return Resolution(slug, "generic_words_removed", name)
        # (any of its names with any of the country's: "币安美国" is Binance.US as "Binance USA" is)
        if (variant := self.country_variants.get((slug, country))) is not None:
            return Resolution(variant, "country_named", matched, region=country)
        # (a provider of other countries named with this one is another company the registry does not know: "Cash App
        # UK", "GCash USA"; it is no more than a name the text holds)
        jurisdictions = self.providers[slug].jurisdictions
        return Resolution(slug, "country_named", matched, region=country) \
            if "global" in jurisdictions or country in jurisdictions else None

    def _contained_alias(self, folded: str) -> Resolution | None:
        found: dict[str, str] = {}
        for candidate in _candidate_names(folded, self.max_alias_words):
            slug = self.alias_to_slug.get(candidate)
            if slug and len(candidate) > len(found.get(slug, "")):
                found[slug] = candidate
        if not found:
            return None
        # A name inside a longer one ("支付宝" inside "支付宝香港") yields to it; two separate providers
        # ("PayPal or Venmo") are no claim we can resolve.
        kept = [(slug, name) for slug, name in found.items()
                if not any(name != other and name in other for other in found.values())]
        if len(kept) != 1:
            return None
        slug, matched = kept[0]
        return Resolution(slug, "contained", matched)


_CJK = aliases.UNSPACED_RUN
# A name written in two words with the generic words around it: "ali pay customer service number in hong kong" has nine
_MOST_WORDS_AROUND_A_NAME = 16
# The particles that join a name to a generic word in Japanese and Korean ("メタマスクのサポート", "바이낸스의 고객센터"), taken
# from a run's end with them
_JOINING_PARTICLES = ("の", "의")
_GENERIC_BY_LENGTH = sorted((aliases.fold(word) for word in aliases.GENERIC_WORDS), key=len, reverse=True)
_GENERIC_CJK = [word for word in _GENERIC_BY_LENGTH if _CJK.fullmatch(word)]
_GENERIC_LATIN = [word for word in _GENERIC_BY_LENGTH if not _CJK.fullmatch(word)]
_GENERIC_CJK_SET = frozenset(_GENERIC_CJK)
_CJK_SUFFIXES = (*_GENERIC_CJK, *_JOINING_PARTICLES)


def strip_generic(folded: str, *, known: dict[str, str] | None = None) -> str:
    """Remove generic words: whole words in Latin text, and only at the edges of CJK runs.

    CJK has no spaces, and a generic word can sit inside a name (支付 in 支付宝), so CJK text loses
    generic words only from its ends, one at a time, stopping as soon as what is left is a known name.
    """
    text = f" {folded} "
    for word in _GENERIC_LATIN:
        text = text.replace(f" {word} ", " ")
    words = []
    for word in text.split():
        while word not in (known or {}) and word not in _GENERIC_CJK_SET:  # ("カスタマーサポート" is not "カスタマー" and a suffix)
            # Suffixes first: in Chinese the generic word follows the name (支付宝客服), and a name may
            # begin with one (支付宝 starts with 支付).
            suffix = next((g for g in _CJK_SUFFIXES if word != g and word.endswith(g)), None)
            prefix = None if suffix else next((g for g in _GENERIC_CJK if word != g and word.startswith(g)), None)
            if suffix:
                word = word[: -len(suffix)]
            elif prefix:
                word = word[len(prefix):]
            else:
                break
        if word not in _GENERIC_CJK:
            words.append(word)
    # the words that joined a generic word to the name, left at its edges: "teléfono de Binance", "Kundenservice von
    # PayPal", "the support of PayPal" (a name that is one of them at its edge, "in cybercrime", keeps it)
    while len(words) > 1 and " ".join(words) not in (known or {}) and (words[0] in _JOINING_WORDS or words[-1] in _JOINING_WORDS):
        words = words[1:] if words[0] in _JOINING_WORDS else words[:-1]
    return " ".join(words)


_JOINING_WORDS = frozenset({"of", "for", "the", "at", "de", "del", "al", "el", "la", "da", "do", "dos", "das", "o", "a", "ao",
                            "du", "des", "d", "le", "von", "vom", "der", "bei", "di", "della", "dello", "dell"})
# What `_trimmed_at_its_edges` takes from a name's edges: the generic words, the words joining them to it, and those
# between a name and its country ("Binance en México", "PayPal in India", "PayPal no Brasil", "Binance für Deutschland")
_EDGE_WORDS = frozenset(_GENERIC_LATIN) | _JOINING_WORDS | {"in", "en", "em", "no", "na", "au", "aux", "im", "für", "per"}


_LONGEST_COUNTRY_NAME = 4  # words ("united states of america")
_LONGEST_EDGE_WORDS = 3  # words ("número de teléfono")
_MOST_WORDS_TRIMMED = 12  # a name with its generic words and its country ("teléfono de atención al cliente de Binance en México")


def _a_name_and_its_country(folded: str, stripped: str, known: dict[str, str]) -> tuple[str, str | None, str]:
    """The known name in `folded` with only edge words and a country around it (`_name_between_edge_words`), or with a
    country glued to it in Chinese, in `folded` or in it less its generic words (`stripped`): (name, country, the name with
    its country as written); the name is not in `known` where there is none."""
    words = folded.split()
    name, country, matched = _name_between_edge_words(words, known) if len(words) <= _MOST_WORDS_TRIMMED else ("", None, "")
    if name in known:
        return name, country, matched
    return next(((rest, country, text) for text in (folded, stripped) for rest, country in _chinese_country_at_an_edge(text)
                 if rest in known), (name, None, name))


def _name_between_edge_words(words: list[str], known: dict[str, str]) -> tuple[str, str | None, str]:
    """The longest run of `words` that is a known name with nothing but edge words (`_EDGE_WORDS`) before and after it,
    and one country at most among them: (name, country, the name with its country as written), or ("", None, "")."""
    for length in range(len(words) - 1, 0, -1):
        for first in range(len(words) - length + 1):
            end = first + length
            if (name := " ".join(words[first:end])) not in known:
                continue
            before, after = _edge_words(tuple(words[:first])), _edge_words(tuple(words[end:]))
            if before is None or after is None or (before and after):
                continue
            if not (before or after):
                return name, None, name
            country, (start, stop) = before or after
            offset = 0 if before else end
            return name, country, " ".join(words[min(first, offset + start):max(end, offset + stop)])
    return "", None, ""


def _edge_words(words: tuple[str, ...]) -> tuple[str, tuple[int, int]] | tuple[()] | None:
    """How `words` read as edge words and at most one country: () for none, (country, where) for one, None if they
    do not."""
    if not words:
        return ()
    countries = aliases.countries_by_name()
    for size in range(min(max(_LONGEST_EDGE_WORDS, _LONGEST_COUNTRY_NAME), len(words)), 0, -1):
        phrase = " ".join(words[:size])
        if phrase not in _EDGE_WORDS and phrase not in countries:
            continue
        if (rest := _edge_words(words[size:])) is None:
            continue
        if phrase in _EDGE_WORDS:
            return rest and (rest[0], (rest[1][0] + size, rest[1][1] + size))
        if not rest:
            return countries[phrase], (0, size)
    return None


def _chinese_country_at_an_edge(text: str):
    """(name, country) for a country's name in Chinese characters glued to the end or the start of `text` ("paypal中国",
    "美国paypal", "币安美国")."""
    countries = aliases.countries_by_name()
    for run in _CJK.findall(text):
        for size in range(2, min(len(run), 5) + 1):
            if run[-size:] in countries and text.endswith(run):
                yield text[:-size].strip(), countries[run[-size:]]
            if run[:size] in countries and text.startswith(run):
                yield text[size:].strip(), countries[run[:size]]


def _without_other_names(folded: str) -> str:
    """The claim less other organisations' names that hold a provider's (“中国银行业协会” is not Bank of China),
    Latin ones as whole words."""
    for name in aliases.other_names():
        if name in folded:
            if _CJK.fullmatch(name):
                folded = folded.replace(name, " ")
            else:
                folded = f" {folded} ".replace(f" {name} ", " ")
    return " ".join(folded.split())


def _candidate_names(folded: str, max_words: int):
    """Word n-grams of Latin text and character n-grams of CJK runs: the places an alias can stand."""
    words = folded.split()
    for size in range(1, min(max_words, len(words)) + 1):
        for start in range(len(words) - size + 1):
            yield " ".join(words[start:start + size])
    for run in _CJK.findall(folded):
        for size in range(2, min(len(run), 10) + 1):
            for start in range(len(run) - size + 1):
                yield run[start:start + size]


def _append_new(slugs: list[str], slug: str) -> None:
    if slug not in slugs:
        slugs.append(slug)


def build(providers: list[ProviderDoc], *, version: int, scams: list[ScamEntry] = ()) -> RegistryIndex:
    index = RegistryIndex(version=version, providers={p.slug: p for p in providers})
    by_value: dict[tuple[str, str], list[ChannelEntry]] = defaultdict(list)
    brand_tokens: dict[str, list[str]] = defaultdict(list)
    domain_tokens: dict[str, list[str]] = defaultdict(list)
    # Lists in provider order, not sets: when two providers share a name (alipay.com, alipay.hk), every
    # worker must give the same answer, and set order changes with each process's string hashing.
    registrables: dict[str, list[str]] = defaultdict(list)
    domains: dict[str, list[str]] = defaultdict(list)
    labels: dict[str, list[str]] = defaultdict(list)
    skeletons: dict[str, list[str]] = defaultdict(list)
    authorities: dict[str, list[ChannelEntry]] = defaultdict(list)
    short_codes = set()
    fuzzy: dict[str, str] = {}
    own_names: dict[str, set[str]] = defaultdict(set)  # each provider's names, folded, without spaces

    for provider in providers:
        names = [provider.slug.replace("-", " "), *provider.names.values(), *provider.aliases]
        for name in names:
            folded = aliases.fold(name)
            if folded and not aliases.is_generic(folded):
                index.alias_to_slug.setdefault(folded, provider.slug)
                index.max_alias_words = max(index.max_alias_words, len(folded.split()))
                fuzzy.setdefault(folded, provider.slug)
                compact = folded.replace(" ", "")
                own_names[provider.slug].add(compact)
                if compact.isascii() and len(compact) >= 3 and compact.isalnum():
                    if provider.slug not in brand_tokens[compact]:
                        brand_tokens[compact].append(provider.slug)
                    index.alias_skeletons.setdefault(skeleton(compact), provider.slug)
        index.policies[provider.slug] = {str(p.code): p for p in provider.policies if _publishable(p.published, p.evidence)}
        for channel in provider.channels:
            entry = ChannelEntry(provider, channel, best_confidence(channel.evidence), last_verified(channel.evidence))
            by_value[(str(channel.kind), channel.value)].append(entry)
            if channel.kind is ChannelKind.short_code:
                short_codes.add(channel.value)
            if not entry.publishable:
                continue
            if channel.kind in (ChannelKind.phone, ChannelKind.short_code):
                index.number_entries.append(entry)
                index.number_digits.append(_national_digits(channel))
            if channel.kind in (ChannelKind.website, ChannelKind.email_domain):
                registrable = canonical.registrable_domain(channel.value)
                _append_new(domains[channel.value], provider.slug)
                label = registrable.split(".")[0]
                # Only a whole registrable domain makes its name the provider's: support.pay.weixin.qq.com
                # does not make every qq.com host Tencent Pay's, nor metamask.zendesk.com all of zendesk.com.
                if registrable == channel.value and len(label) >= 3:
                    _append_new(registrables[registrable], provider.slug)
                    _append_new(labels[label], provider.slug)
                    _append_new(skeletons[skeleton(label)], provider.slug)
                    if provider.slug not in domain_tokens[label]:
                        domain_tokens[label].append(provider.slug)
            reporting = set(channel.purposes) & {Purpose.fraud_report, Purpose.complaints, Purpose.emergency}
            # A warning-SMS sender is not somewhere a person can report to.
            if provider.kind is ProviderKind.authority and reporting and channel.direction is not Direction.sms_sender:
                for region in provider.jurisdictions:
                    authorities[region].append(entry)

    # (an alias that is another provider's name with a country: the name and the country read as a text's are)
    for alias, slug in index.alias_to_slug.items():
        name, country, _ = _a_name_and_its_country(alias, alias, index.alias_to_slug)
        if country is not None and index.alias_to_slug.get(name, slug) != slug:
            index.country_variants[(index.alias_to_slug[name], country)] = slug
    index.by_value = dict(by_value)
    index.short_codes = frozenset(short_codes)
    index.fuzzy_choices = list(fuzzy)
    index.fuzzy_slugs = list(fuzzy.values())
    for token, slugs in domain_tokens.items():
        brand_tokens[token] += [slug for slug in slugs if slug not in brand_tokens[token]]
    index.brand_tokens = {token: slugs for token, slugs in brand_tokens.items() if token not in COMMON_WORD_BRANDS}
    index.official_registrables = dict(registrables)
    index.official_domains = dict(domains)
    # A label two providers' domains share names the one whose own name it is first, as brand names do:
    # binance (binance.com, binance.us) is Binance's before Binance.US's, whose name is "binance us".
    index.official_labels = {label: sorted(slugs, key=lambda slug: label not in own_names[slug])
                             for label, slugs in labels.items()}
    own_skeletons = {slug: {skeleton(name) for name in names} for slug, names in own_names.items()}
    index.official_label_skeletons = {key: sorted(slugs, key=lambda slug: key not in own_skeletons.get(slug, ()))
                                      for key, slugs in skeletons.items()}
    index.official_label_skeleton_list = list(skeletons)
    # Where to report first: fraud lines before emergency and complaint lines, numbers before websites.
    index.authorities = {region: sorted(entries, key=_report_order) for region, entries in authorities.items()}
    scam_map: dict[tuple[str, str], list[ScamEntry]] = defaultdict(list)
    for scam in scams:
        scam_map[(scam.kind, scam.value)].append(scam)
    index.scams = dict(scam_map)
    return index


def _report_order(entry: ChannelEntry) -> tuple:
    purposes = entry.channel.purposes
    rank = 0 if Purpose.fraud_report in purposes else 1 if Purpose.emergency in purposes else 2
    return rank, entry.channel.kind not in (ChannelKind.phone, ChannelKind.short_code), entry.provider.slug


def _publishable(published: bool, evidence) -> bool:
    best = best_confidence(evidence)
    return published and best is not None and best.publishable


def _national_digits(channel: ChannelDoc) -> str:
    if channel.kind is ChannelKind.short_code:
        return channel.value.split(":")[1]
    return str(phonenumbers.parse(channel.value, None).national_number)

