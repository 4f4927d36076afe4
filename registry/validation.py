"""The data-quality gate: every problem in the data files, each with its file and line.

It never raises on bad data: a malformed file, an unknown code or a broken excerpt is one more problem
in the list, so a maintainer sees all of them in one run. Besides the provider files it checks the two
files the service reads only at first use (links.yaml and signals.yaml), running each entry's examples
through the code that reads them.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from registry import aliases, canonical, datafile, links, messages, normalize, signals
from registry.documents import (
    ChannelDoc,
    EvidenceDoc,
    PolicyDoc,
    ProviderDoc,
    best_confidence,
)
from registry.vocab import ChannelKind, Confidence, PolicyCode


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


@dataclass
class ValidatedFile:
    loaded: datafile.LoadedFile
    provider: ProviderDoc | None


def validate_directory(directory: Path, *, today: dt.date | None = None) -> tuple[list[ProviderDoc], list[Problem]]:
    """Validate every `*.yaml` under `directory`; returns the providers that parsed and all problems."""
    today = today or dt.datetime.now(dt.UTC).date()
    files = sorted(directory.glob("*.yaml"))
    problems: list[Problem] = []
    if not files:
        problems.append(Problem(str(directory), 0, "no provider files (*.yaml) here"))
    validated = [_validate_file(path, today, problems) for path in files]
    _check_across_files([v for v in validated if v.provider], problems)
    return [v.provider for v in validated if v.provider], sorted(problems)


def _validate_file(path: Path, today: dt.date, problems: list[Problem]) -> ValidatedFile:
    try:
        loaded = datafile.load(path)
    except datafile.DataFileError as error:
        problems.append(Problem(str(path), error.line, error.message))
        return ValidatedFile(datafile.LoadedFile(path, None), None)
    if not isinstance(loaded.data, dict):
        problems.append(Problem(str(path), 1, "a provider file is a mapping with slug, kind, names, ..."))
        return ValidatedFile(loaded, None)
    try:
        provider = ProviderDoc.model_validate(loaded.data)
    except ValidationError as error:
        for detail in error.errors():
            location = tuple(detail["loc"])
            where = ".".join(str(part) for part in location) or "file"
            problems.append(Problem(str(path), loaded.line_of(location), f"{where}: {_pydantic_message(detail)}"))
        return ValidatedFile(loaded, None)

    def report(location: tuple, message: str) -> None:
        problems.append(Problem(str(path), loaded.line_of(location), message))

    if path.stem != provider.slug:
        report(("slug",), f"slug {provider.slug!r} differs from the file name {path.name!r}")
    check_provider(provider, today, report)
    return ValidatedFile(loaded, provider)


def _pydantic_message(detail: dict) -> str:
    if detail["type"] == "extra_forbidden":
        return "unknown key (a typo? see docs/data-format.md for the keys)"
    if detail["type"] == "missing":
        return "required key is missing"
    return detail["msg"]


def check_provider(provider: ProviderDoc, today: dt.date, report) -> None:
    seen_aliases: set[str] = set()
    for index, alias in enumerate(provider.aliases):
        folded = aliases.fold(alias)
        if not folded:
            report(("aliases", index), f"alias {alias!r} is empty once folded")
        elif aliases.is_generic(alias):
            report(("aliases", index), f"alias {alias!r} is a generic word; it would match every provider")
        elif folded in seen_aliases:
            report(("aliases", index), f"alias {alias!r} is listed twice")
        seen_aliases.add(folded)

    keys = [channel.key for channel in provider.channels]
    seen_values: dict[tuple[str, str], str] = {}
    for index, channel in enumerate(provider.channels):
        where = ("channels", index)
        if keys.count(channel.key) > 1:
            report(where + ("key",), f"channel key {channel.key!r} is used twice in this provider")
        identity = (channel.kind, channel.value)
        if identity in seen_values:
            report(where + ("value",), f"{channel.kind} {channel.value} is already channel {seen_values[identity]!r}")
        seen_values.setdefault(identity, channel.key)
        _check_channel(channel, where, keys, today, report)

    codes = [policy.code for policy in provider.policies]
    for index, policy in enumerate(provider.policies):
        where = ("policies", index)
        if codes.count(policy.code) > 1:
            report(where + ("code",), f"policy {policy.code} is stated twice; give one statement with all its evidence")
        _check_policy(policy, where, keys, today, report)


def _check_channel(channel: ChannelDoc, where: tuple, keys: list[str], today: dt.date, report) -> None:
    problem = canonical.canonical_problem(channel.kind, channel.value)
    if problem:
        report(where + ("value",), problem)
    if channel.valid_from and channel.valid_until and channel.valid_until < channel.valid_from:
        report(where + ("valid_until",), f"valid_until {channel.valid_until} is before valid_from {channel.valid_from}")
    if channel.valid_from and channel.valid_from > today:
        report(where + ("valid_from",), f"valid_from {channel.valid_from} is in the future")
    if channel.successor is not None:
        if channel.successor == channel.key:
            report(where + ("successor",), "a channel cannot be its own successor")
        elif channel.successor not in keys:
            report(where + ("successor",), f"successor {channel.successor!r} is not a channel of this provider")
    if channel.kind is ChannelKind.short_code and channel.value and not problem:
        region = channel.value.split(":")[0]
        if channel.regions and region not in channel.regions:
            report(where + ("regions",), f"short code {channel.value} is dialled in {region}, which regions does not list")
    _check_evidence(
        channel.evidence, where, today, report, published=channel.published,
        states=None if problem else (lambda excerpt: canonical.excerpt_states(channel.kind, channel.value, excerpt)),
        value=channel.value,
    )


def _check_policy(policy: PolicyDoc, where: tuple, keys: list[str], today: dt.date, report) -> None:
    if policy.code is PolicyCode.contact_only_via and not policy.channels:
        report(where + ("channels",), "contact_only_via names the channels it allows (their keys)")
    if policy.code is not PolicyCode.contact_only_via and policy.channels:
        report(where + ("channels",), f"only contact_only_via lists channels, not {policy.code}")
    for index, key in enumerate(policy.channels):
        if key not in keys:
            report(where + ("channels", index), f"channel {key!r} is not a channel of this provider")
    _check_evidence(policy.evidence, where, today, report, published=policy.published, states=None, value=None)


def _check_evidence(evidence: list[EvidenceDoc], where: tuple, today: dt.date, report, *, published: bool, states, value) -> None:
    if not evidence:
        report(where, "a fact needs at least one evidence row (source, verbatim excerpt, confidence)")
        return
    for index, item in enumerate(evidence):
        at = where + ("evidence", index)
        if item.retrieved_at > today:
            report(at + ("retrieved_at",), f"retrieved_at {item.retrieved_at} is in the future")
        if states is not None and not states(item.excerpt):
            report(at + ("excerpt",), f"the excerpt does not contain the value {value}")
        if item.confidence is Confidence.high and item.source_kind == "secondary":
            report(at + ("confidence",), "a secondary source is at most 'medium' confidence")
    best = best_confidence(evidence)
    if published and best is not None and not best.publishable:
        report(where + ("published",), "published with only 'low' evidence; set published: false or add a medium/high source")


def _check_across_files(files: list[ValidatedFile], problems: list[Problem]) -> None:
    by_slug: dict[str, list[ValidatedFile]] = defaultdict(list)
    by_alias: dict[str, list[tuple[ValidatedFile, int]]] = defaultdict(list)
    for validated in files:
        by_slug[validated.provider.slug].append(validated)
        for index, alias in enumerate(validated.provider.aliases):
            by_alias[aliases.fold(alias)].append((validated, index))
    for slug, owners in by_slug.items():
        for validated in owners[1:]:
            problems.append(Problem(str(validated.loaded.path), validated.loaded.line_of(("slug",)),
                                    f"slug {slug!r} is also used by {owners[0].loaded.path.name}"))
    for owners in by_alias.values():
        slugs = {validated.provider.slug for validated, _ in owners}
        if len(slugs) < 2:
            continue
        for validated, index in owners:
            others = sorted(slugs - {validated.provider.slug})
            problems.append(Problem(str(validated.loaded.path), validated.loaded.line_of(("aliases", index)),
                                    f"alias {validated.provider.aliases[index]!r} is also an alias of {', '.join(others)}"))


# -- links.yaml and signals.yaml ---------------------------------------------------------------------
# Their loaders read them at the first check that needs them and stop at the first entry they cannot
# read; here every entry is read on its own, so that each problem is reported with its entry and line.

# What a loader raises on an entry that lacks a key or holds a value of the wrong shape.
_UNREADABLE = (KeyError, TypeError, ValueError, AttributeError, re.error)


def validate_links_file(path: Path, *, provider_slugs: Collection[str]) -> list[Problem]:
    """Every problem of a links file: entries its loader cannot read, fields its readers and the answers
    rely on, examples its readers do not read as the entry says, and counter-examples they read at all."""
    problems: list[Problem] = []
    loaded = _load_data_file(path, dict, "a links file is a mapping of tables (user_pages, wallet_links, ...)", problems)
    if loaded is None:
        return problems
    report = _reporter(path, loaded, problems)

    pieces = loaded.data.get(links.PATTERN_PIECES_TABLE) or {}
    if not isinstance(pieces, dict) or not all(isinstance(piece, str) for piece in pieces.values()):
        report((links.PATTERN_PIECES_TABLE,), links.PATTERN_PIECES_TABLE, "pattern_pieces maps each piece's name to its text")
        pieces = {}
    read_shapes, read_schemes, every_entry_read = [], [], True
    # entries whose pattern lacks what their reader takes out of a match: their examples are not run (no traceback)
    unmatchable: set[tuple] = set()
    for table in (*links.TABLES, *links.SCHEME_TABLES):  # the schemes last: their web links are the shapes' hosts
        for where, name, entry in _table_entries(loaded, table, report):
            if (entry := _with_pieces_or_reported(entry, pieces, report, where, name)) is None:
                every_entry_read = False
                continue
            try:
                if table in links.TABLES:
                    shape = links.read_shape(table, entry)
                    found = _shape_problems(shape, provider_slugs)
                    read_shapes.append((where, name, entry, shape))
                else:
                    scheme = links.read_app_scheme(entry)
                    web_link_kind = "wallet_link" if table == "wallet_schemes" else "chat_number"
                    hosts = {host for *_, shape in read_shapes if shape.kind == web_link_kind for host in shape.hosts}
                    found = _scheme_problems(table, scheme, provider_slugs, hosts)
                    read_schemes.append((where, name, scheme))
            except _UNREADABLE as error:
                report(where, name, _unreadable(error))
                every_entry_read = False
                continue
            for location, message in found:
                report(where + location, name, message)
                if location == ("pattern",):
                    unmatchable.add(where)
    _check_free_mail(loaded, report)
    _check_social_handles(loaded, report, path)
    _check_scheme_wallet_links(loaded, report, path, provider_slugs, pieces)
    _check_chat_scheme_routes(loaded, report, path)
    if not every_entry_read:
        return sorted(problems)  # the readers read the whole file: the examples wait until every entry reads

    for where, name, entry, shape in read_shapes:
        if where in unmatchable:
            continue
        listed = not isinstance(entry.get("examples"), dict)  # a user page's are a list: no value to say
        for position, (address, says) in enumerate(shape.examples.items()):
            message = _example_problem(shape, address, says, path)
            if message:
                report(where + ("examples", position if listed else address), name, message)
        for position, address in enumerate(shape.counter_examples):
            message = _counter_example_problem(address, path)
            if message:
                report(where + ("counter_examples", position), name, message)
    for where, name, scheme in read_schemes:
        for address, web_link in scheme.examples.items() if isinstance(scheme.examples, dict) else ():
            read = links.as_web_link(str(address), path=path)
            if read != web_link:
                report(where + ("examples", address), name, f"example {address!r} is read as {read!r}; the entry says {web_link!r}")
    return sorted(problems)


def _check_free_mail(loaded: datafile.LoadedFile, report) -> None:
    """free_mail's entries: each with its source, and domains that a mailbox's domain can be looked up as (its
    registrable domain), each under one service only."""
    listed: dict[str, str] = {}
    for where, name, entry in _table_entries(loaded, links.FREE_MAIL_TABLE, report):
        try:
            service = links.read_free_mail(entry)
        except _UNREADABLE as error:
            report(where, name, _unreadable(error))
            continue
        if not isinstance(service.service, str) or not service.service:
            report(where + ("service",), name, "a free mail entry names its service")
        _report_source(report, where, name, service, "a free mail service needs its source")
        if not service.domains or isinstance(entry["domains"], str):
            report(where + ("domains",), name, "domains is a list of the service's registrable domains")
            continue
        for position, domain in enumerate(service.domains):
            if not _is_registrable(domain):  # the check looks a mailbox's registrable domain up: this would never be found
                report(where + ("domains", position), name, f"{domain!r} is not a registrable domain as addresses are read (lower case, no subdomain)")
            elif domain in listed:
                report(where + ("domains", position), name, f"{domain} is also a domain of {listed[domain]}")
            else:
                listed[domain] = str(service.service)


def _report_source(report, where: tuple, name: str,
                   entry: links.FreeMail | links.HandleShape | links.SchemeWalletLink | links.SchemeRoute,
                   needs: str) -> None:
    """A table entry's source, where one is required: an http(s) address and an excerpt, and its kind."""
    if not (str(entry.source_url).startswith(("https://", "http://")) and entry.excerpt):
        report(where, name, f"{needs}: source_url and an excerpt")
    if entry.source_kind not in links.SOURCE_KINDS:
        report(where + ("source_kind",), name, f"source_kind {entry.source_kind!r} is not one of {', '.join(links.SOURCE_KINDS)}")


def _makers_own(report, where: tuple, name: str, entry: links.SchemeWalletLink | links.SchemeRoute, *, needs: str,
                documented: str, examples: str) -> bool:
    """An entry read through only where its maker documents it: its source, of kind official_docs, and examples that map
    each address to what it is read as. Whether its examples can be run."""
    _report_source(report, where, name, entry, needs)
    if entry.source_kind != "official_docs":
        report(where + ("source_kind",), name, documented)
    if not isinstance(entry.examples, dict) or not entry.examples:
        report(where + ("examples",), name, examples)
        return False
    return True


def _with_pieces_or_reported(entry, pieces: dict, report, where: tuple, name: str):
    """`entry` with its pattern's pieces written out; None, reported at its pattern, where it names a piece not there."""
    try:
        return links.with_pieces(entry, pieces)
    except ValueError as error:
        report(where + ("pattern",), name, str(error))
        return None


def _check_scheme_wallet_links(loaded: datafile.LoadedFile, report, path: Path, provider_slugs: Collection[str],
                               pieces: dict) -> None:
    """wallet_scheme_links' entries: a provider's, documented by its maker, with a `target` group, examples read as
    opening the host they say and counter-examples opening nothing."""
    for where, name, entry in _table_entries(loaded, links.WALLET_SCHEME_LINKS_TABLE, report):
        if (entry := _with_pieces_or_reported(entry, pieces, report, where, name)) is None:
            continue
        try:
            link = links.read_scheme_wallet_link(entry)
        except _UNREADABLE as error:
            report(where, name, _unreadable(error))
            continue
        if link.provider not in provider_slugs:
            report(where + ("provider",), name, f"provider {link.provider!r} is not a provider of the registry")
        if not link.scheme.isalnum():
            report(where + ("scheme",), name, f"scheme {link.scheme!r} is letters and digits only, without '://'")
        has_target = "target" in link.pattern.groupindex
        if not has_target:
            report(where + ("pattern",), name, "the pattern has a group `target`: the site the link opens")
        if not _makers_own(report, where, name, link, needs="a wallet's scheme link needs its source",
                           documented="a wallet's scheme is read through only where its maker documents it (official_docs)",
                           examples="examples map each address to the host it opens"):
            continue
        if not has_target:
            continue  # (the reader takes the group out of a match)
        for address, host in link.examples.items():
            opened = links.scheme_wallet_link(str(address), path=path)
            try:
                read = opened and normalize.read_domain(opened.target).host
            except normalize.NotADomain:
                read = None
            if read != host:
                report(where + ("examples", address), name, f"example {address!r} is read as opening {read!r}; the entry says {host!r}")
        for position, address in enumerate(link.counter_examples):
            if links.scheme_wallet_link(str(address), path=path) is not None:
                report(where + ("counter_examples", position), name, f"counter-example {address!r} is read as a link that opens a site")


def _check_chat_scheme_routes(loaded: datafile.LoadedFile, report, path: Path) -> None:
    """chat_scheme_routes' entries: a web link made of the pattern's groups, documented by the app's maker, examples read
    as the web link they say and counter-examples as none."""
    for where, name, entry in _table_entries(loaded, links.CHAT_SCHEME_ROUTES_TABLE, report):
        try:
            route = links.read_scheme_route(entry)
            fields = {field for _, field, _, _ in string.Formatter().parse(route.web) if field is not None}
        except _UNREADABLE as error:
            report(where, name, _unreadable(error))
            continue
        if not route.scheme.isalnum():
            report(where + ("scheme",), name, f"scheme {route.scheme!r} is letters and digits only, without ':'")
        if not route.web.startswith("https://") or fields != set(route.pattern.groupindex):
            report(where + ("web",), name, "web is an https:// link with each of the pattern's named groups in braces, and no other")
            continue
        if not _makers_own(report, where, name, route, needs="a messaging app's scheme route needs its source",
                           documented="a messaging app's scheme is read only where its maker documents it (official_docs)",
                           examples="examples map each address to the web link it is"):
            continue
        for address, web_link in route.examples.items():
            if (read := links.as_web_link(str(address), path=path)) != web_link:
                report(where + ("examples", address), name, f"example {address!r} is read as {read!r}; the entry says {web_link!r}")
        for position, address in enumerate(route.counter_examples):
            if (read := links.as_web_link(str(address), path=path)) is not None:
                report(where + ("counter_examples", position), name, f"counter-example {address!r} is read as {read!r}")


def _check_social_handles(loaded: datafile.LoadedFile, report, path: Path) -> None:
    """social_handles' entries: each with its source and names no other platform has, and examples read as they
    say (a handle, or no account after the name's colon), counter-examples read as no account at all."""
    named: dict[str, str] = {}
    entries = []
    for where, name, entry in _table_entries(loaded, links.SOCIAL_HANDLES_TABLE, report):
        try:
            shape = links.read_handle_shape(entry)
        except _UNREADABLE as error:
            report(where, name, _unreadable(error))
            return  # the reader reads the whole table: the examples wait until every entry reads
        _report_source(report, where, name, shape, "a platform's handles need their source")
        for position, platform_name in enumerate(shape.names):
            if named.setdefault(platform_name, shape.platform) != shape.platform:
                report(where + ("names", position), name, f"{platform_name!r} is also a name of {named[platform_name]}")
        for position, word in enumerate(shape.typed_only):
            if word not in shape.names:
                report(where + ("typed_only", position), name, f"{word!r} is not one of the platform's names")
        entries.append((where, name, shape))
    for where, name, shape in entries:
        for typed, says in shape.examples.items():
            read = links.social_handle(str(typed), path=path)
            handle = read.profile.handle if read and read.profile else None
            if read is None or read.shape.platform != shape.platform or handle != says:
                report(where + ("examples", typed), name, f"example {typed!r} is read as {handle!r}"
                       f"{' (no account)' if read is None else ''}; the entry says {says!r}")
        for position, typed in enumerate(shape.counter_examples):
            if links.social_handle(str(typed), path=path) is not None:
                report(where + ("counter_examples", position), name, f"counter-example {typed!r} is read as an account")


def _is_registrable(domain: object) -> bool:
    try:
        typed = normalize.read_domain(domain) if isinstance(domain, str) else None
    except normalize.NotADomain:
        return False
    return typed is not None and typed.host == typed.registrable == domain


def _reporter(path: Path, loaded: datafile.LoadedFile, problems: list[Problem]):
    """report(location, name, message): a problem of the file, at the line of the key or entry it is about."""
    def report(location: tuple, name: str, message: str) -> None:
        problems.append(Problem(str(path), loaded.line_of(location), f"{name}: {message}"))
    return report


def _load_data_file(path: Path, kind: type, what: str, problems: list[Problem]) -> datafile.LoadedFile | None:
    try:
        loaded = datafile.load(path)
    except datafile.DataFileError as error:
        problems.append(Problem(str(path), error.line, error.message))
        return None
    except OSError as error:
        problems.append(Problem(str(path), 0, f"cannot read the file: {error.strerror}"))
        return None
    if not isinstance(loaded.data, kind):
        problems.append(Problem(str(path), 1, what))
        return None
    return loaded


def _table_entries(loaded: datafile.LoadedFile, table: str, report):
    """(location, name, entry) of each entry of a table that is a mapping; reports those that are not."""
    entries = loaded.data.get(table) or []
    if not isinstance(entries, list):
        report((table,), table, "a table is a list of entries")
        return
    for index, entry in enumerate(entries):
        who = (entry.get("provider") or entry.get("service")) if isinstance(entry, dict) else None
        name = f"{table} {who}" if isinstance(who, str) else f"{table} entry {index + 1}"
        if not isinstance(entry, dict):
            report((table, index), name, "an entry is a mapping of keys (hosts, pattern, examples, ...)")
            continue
        yield (table, index), name, entry


def _unreadable(error: Exception) -> str:
    if isinstance(error, KeyError):
        return f"required key {error.args[0]!r} is missing"
    if isinstance(error, re.error):
        return f"the pattern is not a regular expression ({error})"
    return f"a value of the wrong shape ({error})"


# What each kind's pattern captures, where the link carries it in its path rather than in query parameters.
_CARRIED_GROUP = {"redirect": "target", "chat_number": "number", "social_profile": "handle"}
# The kinds that are other services' pages, carrying nothing on: a public page, a remote-access app's site or a meeting.
_OTHER_SERVICES_PAGES = ("public_page", "remote_session")


def _shape_problems(shape: links.LinkShape, provider_slugs: Collection[str]) -> list[tuple[tuple, str]]:
    found: list[tuple[tuple, str]] = []
    on_any_site = shape.hosts == (links.ANY_PROVIDERS_SITE,)
    if on_any_site and (shape.kind != "user_page" or shape.provider is not None):
        found.append((("hosts",), f"only a user page is read on every site ({links.ANY_PROVIDERS_SITE!r}), with no provider: the site's is"))
    if shape.kind in _CARRIED_GROUP or shape.kind in _OTHER_SERVICES_PAGES:  # another service's: not one of the registry's providers
        if shape.provider is not None or not shape.service:
            found.append((("service",), f"a {shape.kind} entry names its service (and no provider)"))
        if not shape.source_url:
            found.append(((), "the shape of another service's link needs its source (source_url, source_kind, excerpt)"))
    if shape.kind in _CARRIED_GROUP:
        group = _CARRIED_GROUP[shape.kind]
        carriers = (group in shape.pattern.groupindex) + bool(shape.parameters)
        if shape.hides_target and carriers:
            found.append((("hides_target",), f"a link that hides its target has neither a group {group!r} nor parameters"))
        elif not shape.hides_target and carriers != 1:
            found.append((("pattern",), f"what the link carries is the pattern's group {group!r} or the query's parameters: one of them"))
    elif on_any_site:
        pass  # (its provider is the site's: said above)
    elif shape.kind not in _OTHER_SERVICES_PAGES:
        if shape.provider not in provider_slugs:
            found.append((("provider",), f"provider {shape.provider!r} is not a provider of the registry"))
        if shape.service is not None:
            found.append((("service",), f"a {shape.kind} entry names its provider, not a service"))
    if shape.service_zh is not None and (shape.kind not in ("redirect", "remote_session") or not isinstance(shape.service_zh, str)
                                         or not shape.service_zh):
        found.append((("service_zh",), "service_zh is a redirect's or a remote session's service name in Chinese, as text"))
    if shape.hides_target and shape.kind != "redirect":
        found.append((("hides_target",), "only a redirect hides its target"))
    if shape.shared_with_invites and shape.kind != "chat_number":
        found.append((("shared_with_invites",), "only a chat link's shape is shared with group invites"))
    if shape.target_as_written and shape.kind != "wallet_link":
        found.append((("target_as_written",), "only a wallet link's app takes its site as written"))
    if shape.brand_accounts and (shape.kind != "public_page" or shape.reason != "public_page"):
        found.append((("brand_accounts",), "only a public page (reason public_page) is an account's that brands open"))
    if shape.encoding is not None and (shape.encoding not in links.ENCODINGS or shape.kind != "redirect"):
        found.append((("encoding",), f"encoding {shape.encoding!r} is not one a redirect may have ({', '.join(links.ENCODINGS)})"))
    if (shape.platform is not None) != (shape.kind == "social_profile"):
        found.append((("platform",), "a social profile names its platform, and nothing else does"))
    elif shape.platform is not None and not canonical.SOCIAL_ID.match(f"{shape.platform}:handle"):
        found.append((("platform",), f"platform {shape.platform!r} is not one a social channel's value may name"))
    if not shape.hosts:
        found.append((("hosts",), "no hosts"))
    for position, host in enumerate(() if on_any_site else shape.hosts):
        try:
            readable = normalize.read_domain(host).host == host
        except normalize.NotADomain:
            readable = False
        if not readable:  # the readers look hosts up as read_domain gives them: this one would never be found
            found.append((("hosts", position), f"{host!r} is not a host name as addresses are read (lower case, no scheme or path)"))
    if not shape.examples:
        found.append((("examples",), "no examples: every entry shows an address it reads"))
    if not {"en", "zh"} <= set(messages.CATALOG.get(shape.reason, ())):
        found.append((("reason",), f"reason {shape.reason!r} has no sentence in en and zh in registry/messages.py"))
    if shape.kind == "user_page" and shape.reason not in links.USER_PAGE_REASONS:
        found.append((("reason",), f"a user page's reason is one of {', '.join(links.USER_PAGE_REASONS)}"))
    if shape.kind == "public_page" and shape.reason not in links.PUBLIC_PAGE_REASONS:
        found.append((("reason",), f"a public page's reason is one of {', '.join(links.PUBLIC_PAGE_REASONS)}"))
    if shape.kind == "remote_session" and shape.reason not in links.REMOTE_SESSION_REASONS:
        found.append((("reason",), f"a remote session's reason is one of {', '.join(links.REMOTE_SESSION_REASONS)}"))
    if (shape.source_url is None) != (shape.excerpt is None) or (shape.source_url is None) != (shape.source_kind is None):
        found.append(((), "source_url, source_kind and excerpt go together: all three or none"))
    if shape.source_kind not in (None, *links.SOURCE_KINDS):
        found.append((("source_kind",), f"source_kind {shape.source_kind!r} is not one of {', '.join(links.SOURCE_KINDS)}"))
    if shape.kind == "wallet_link":
        # what a wallet's link opens is read out of it: only from shapes its maker documents
        if not (str(shape.source_url).startswith("https://") and shape.source_kind == "official_docs" and shape.excerpt):
            found.append(((), "a wallet link's shape is its maker's: source_url (https), source_kind official_docs and an excerpt"))
        if "target" not in shape.pattern.groupindex:
            found.append((("pattern",), "a wallet link's pattern has a group 'target', the site it opens"))
    return found


def _scheme_problems(table: str, scheme: links.AppScheme, provider_slugs: Collection[str],
                     web_link_hosts: set[str]) -> list[tuple[tuple, str]]:
    found: list[tuple[tuple, str]] = []
    if not scheme.scheme.isalpha():
        found.append((("scheme",), f"scheme {scheme.scheme!r} is letters only, without '://'"))
    if not isinstance(scheme.examples, dict) or not scheme.examples:
        found.append((("examples",), "examples map each address to the web link it is"))
    if not scheme.same_as.endswith("/"):
        found.append((("same_as",), "same_as ends in '/': the scheme's routes hang from it"))
    if not (scheme.source_url.startswith("https://") and scheme.excerpt):
        found.append(((), "an app scheme needs its source: source_url (https) and an excerpt"))
    if scheme.source_kind not in links.SOURCE_KINDS:
        found.append((("source_kind",), f"source_kind {scheme.source_kind!r} is not one of {', '.join(links.SOURCE_KINDS)}"))
    if table == "wallet_schemes":  # documented by the wallet's maker, and its web links are the wallet's links
        if scheme.provider not in provider_slugs or scheme.service is not None:
            found.append((("provider",), f"provider {scheme.provider!r} is not a provider of the registry"))
        if scheme.source_kind != "official_docs":
            found.append((("source_kind",), "a wallet's scheme is read through only where its maker documents it (official_docs)"))
    elif not scheme.service or scheme.provider is not None:  # a messaging app's: its web links are chat links
        found.append((("service",), "a chat scheme names its service (and no provider)"))
    try:
        host = normalize.read_domain(scheme.same_as).host
    except normalize.NotADomain as error:
        found.append((("same_as",), f"same_as is not a web address ({error})"))
    else:
        if host not in web_link_hosts:
            kind = "wallet links" if table == "wallet_schemes" else "chat numbers"
            found.append((("same_as",), f"{host} is not a host of the {kind}, whose routes the scheme's are"))
    return found


_LINK_READERS = {"user_page": links.user_page, "wallet_link": links.wallet_link, "redirect": links.redirect,
                 "chat_number": links.chat_number, "social_profile": links.social_profile, "public_page": links.public_page,
                 "remote_session": links.remote_session}
# What an example says, and what the readers give, field by field.
_LINK_FIELDS = {"user_page": ("reason", "provider"), "wallet_link": ("provider", "opens"), "redirect": ("service", "opens"),
                "chat_number": ("service", "number"), "social_profile": ("platform", "service", "handle"),
                "public_page": ("service", "reason"), "remote_session": ("service", "reason", "service_zh")}


def _example_problem(shape: links.LinkShape, address: str, says: str | None, path: Path) -> str | None:
    """Whether the file's readers read the example as its entry says: `says` is the example's value (the
    host it opens, the number, the handle; nothing for a user page)."""
    claimed = {"user_page": (shape.reason, shape.provider), "wallet_link": (shape.provider, says),
               "redirect": (shape.service, says), "chat_number": (shape.service, says),
               "social_profile": (shape.platform, shape.service, says), "public_page": (shape.service, shape.reason),
               "remote_session": (shape.service, shape.reason, shape.service_zh)}[shape.kind]
    try:
        read = _read_link(shape.kind, address, path)
    except _UNREADABLE as error:  # (NotADomain among them)
        return f"example {address!r} is not an address the readers take ({error})"
    if read == claimed:
        return None
    return f"example {address!r} is read as {_shown(shape.kind, read)}; the entry says {_shown(shape.kind, claimed)}"


def _counter_example_problem(address: str, path: Path) -> str | None:
    """A counter-example is read as none of the kinds."""
    try:
        read = {kind: _read_link(kind, address, path) for kind in _LINK_READERS}
    except _UNREADABLE as error:
        return f"counter-example {address!r} is not an address the readers take ({error})"
    found = [_shown(kind, values) for kind, values in read.items() if values is not None]
    return f"counter-example {address!r} is read as {'; '.join(found)}" if found else None


def _read_link(kind: str, address: str, path: Path) -> tuple | None:
    """What the file's reader of `kind` reads in the address, as its entries' examples say it."""
    found = _LINK_READERS[kind](normalize.read_domain(address), path=path)
    if found is None:
        return None
    if kind == "user_page":
        return found.reason, found.provider
    if kind == "wallet_link":  # by the host it opens, as its examples say it
        return found.provider, _host(found.target)
    if kind == "redirect":
        return found.service, None if found.target is None else _host(found.target)  # None: the link hides it
    if kind == "public_page":
        return found.service, found.reason
    if kind == "chat_number":  # (the service and the number, as its examples say them: not whether invites share its shape)
        return found.service, found.number
    return tuple(found)


def _shown(kind: str, values: tuple | None) -> str:
    if values is None:
        return f"no {kind}"
    return f"a {kind} (" + ", ".join(f"{field} {value}" for field, value in zip(_LINK_FIELDS[kind], values)) + ")"


def _host(address: str) -> str:
    try:
        return normalize.read_domain(address).host
    except normalize.NotADomain:
        return address


def validate_signals_file(path: Path) -> list[Problem]:
    """Every problem of a signals file: entries its loader cannot read or an answer could not explain,
    examples the entry's patterns do not find, and counter-examples they do."""
    problems: list[Problem] = []
    loaded = _load_data_file(path, list, "a signals file is a list of entries (code, severity, patterns, title, explanation, ...)", problems)
    if loaded is None:
        return problems
    report = _reporter(path, loaded, problems)

    codes: dict[str, int] = {}  # code → the entry (counted from 1) that has it first
    for index, entry in enumerate(loaded.data):
        where = (index,)
        if signals.is_heading(entry):
            name = f"heading {entry['heading']}"
            try:
                found = _heading_problems(signals.read_heading(entry))
            except _UNREADABLE as error:
                report(where, name, _unreadable(error))
                continue
            for location, message in found:
                report(where + location, name, message)
            continue
        code = entry.get("code") if isinstance(entry, dict) else None
        name = f"signal {code}" if isinstance(code, str) else f"signal entry {index + 1}"
        if not isinstance(entry, dict):
            report(where, name, "an entry is a mapping of keys (code, severity, patterns, title, explanation, examples)")
            continue
        try:
            definition = signals.read_definition(entry)
            found = _signal_problems(definition, codes, index)
        except _UNREADABLE as error:
            report(where, name, _unreadable(error))
            continue
        for location, message in found:
            report(where + location, name, message)
    return sorted(problems)


def _traditional_in_patterns(patterns: tuple[re.Pattern, ...]) -> list[tuple[tuple, str]]:
    found: list[tuple[tuple, str]] = []
    for position, pattern in enumerate(patterns):
        # the signals read text with these characters in Simplified: a pattern holding one never matches
        if signals.simplify(pattern.pattern) != pattern.pattern:
            written = "".join(sorted({ch for ch in pattern.pattern if signals.simplify(ch) != ch}))
            found.append((("patterns", position), f"pattern {pattern.pattern!r} holds {written}, which the signals read "
                                                 f"as {signals.simplify(written)}: write those"))
    return found


def _heading_problems(heading: signals.HeadingDef) -> list[tuple[tuple, str]]:
    """A list heading's entry: its examples are read as headings that warn of their list, its counter-examples not."""
    found = _traditional_in_patterns(heading.patterns)
    if not heading.examples:
        found.append((("examples",), "no examples: every entry shows a heading it reads as one"))
    for key, texts, wanted in (("examples", heading.examples, True), ("counter_examples", heading.counter_examples, False)):
        for position, text in enumerate(texts):
            if not isinstance(text, str):
                found.append(((key, position), f"{key[:-1].replace('_', '-')} {text!r} is not text"))
            elif signals.warns_of_the_list_below(signals.reading(text), (heading,)) != wanted:
                found.append(((key, position), f"example {text!r} is not read as a heading that warns of its list" if wanted
                              else f"counter-example {text!r} is read as a heading that warns of its list"))
    return found


def _signal_problems(definition: signals.SignalDef, codes: dict[str, int], index: int) -> list[tuple[tuple, str]]:
    found: list[tuple[tuple, str]] = []
    if definition.code in codes:
        found.append((("code",), f"code {definition.code!r} is also entry {codes[definition.code]}'s"))
    codes.setdefault(definition.code, index + 1)
    if definition.severity not in signals.SEVERITY_RANK:
        found.append((("severity",), f"severity {definition.severity!r} is not one of {', '.join(signals.SEVERITY_RANK)}"))
    if not definition.examples:
        found.append((("examples",), "no examples: every entry shows a message it finds"))
    for key in ("title", "explanation"):
        texts = getattr(definition, key)
        if not isinstance(texts, dict) or not {"en", "zh"} <= set(texts) or not all(isinstance(texts[lang], str) for lang in ("en", "zh")):
            # find() gives each signal its title and explanation: the examples could not even be run
            return [*found, ((key,), f"{key} is given in en and zh")]
    found += _traditional_in_patterns(definition.patterns)
    for position, pattern in enumerate(definition.patterns):
        if signals.PREFILTER_READS_PATTERNS and signals.prefilter_anchors(pattern) is None:
            found.append((("patterns", position), f"pattern {pattern.pattern!r} holds no words every match has near its start, "
                                                 "for the prefilter to look for: it would be tried at every character of "
                                                 "every page. Give each alternative a line of its own"))
    for key, patterns in (("patterns", definition.patterns), ("delivers_code", definition.delivers_code),
                          ("keep_code_private", definition.keep_code_private),
                          ("asked_by", () if definition.asked_by is None else (definition.asked_by,)),
                          ("not_after", () if definition.not_after is None else (definition.not_after,))):
        for position, pattern in enumerate(patterns):
            if missed := signals.letters_a_boundary_misses(pattern):
                found.append(((key, position), f"pattern {pattern.pattern!r} has \\b before {missed}, which never matches "
                                               f"after a space (the patterns read ASCII word characters): write (?<![a-z])"))
    # Each entry is found independently of the others, so its examples are run on the entry alone.
    vocabulary = (definition,)
    for key, texts, wanted in (("examples", definition.examples, True), ("counter_examples", definition.counter_examples, False)):
        for position, text in enumerate(texts):
            try:
                matched = [signal.text for signal in signals.find(text, vocabulary_=vocabulary)]
            except _UNREADABLE as error:
                found.append(((key, position), f"{key[:-1].replace('_', '-')} {text!r} is not text ({error})"))
                continue
            if wanted and not matched:
                found.append(((key, position), f"example {text!r} is not found by any of the patterns"))
            elif matched and not wanted:
                found.append(((key, position), f"counter-example {text!r} is found (as {matched[0]!r})"))
    return found
