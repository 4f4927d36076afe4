"""The data-quality gate: every problem in the data files, each with its file and line.

It never raises on bad data: a malformed file, an unknown code or a broken excerpt is one more problem
in the list, so a maintainer sees all of them in one run.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from registry import aliases, canonical, datafile
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
