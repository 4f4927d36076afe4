"""The data files as the registry's baseline: import them into a database, export the database back.

Import is idempotent: unchanged files change nothing and write no audit event. A real change is one
audit event that records the files' hash, and one new registry version.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import Session

from registry import audit, datafile, state, store, validation
from registry.documents import ProviderDoc, last_verified
from registry.errors import DataInvalid
from registry.vocab import REVERIFY_DAYS


@dataclass
class ImportResult:
    files_sha256: str
    providers: int
    written: list[store.WriteResult] = field(default_factory=list)
    version: int = 0

    @property
    def changed(self) -> list[store.WriteResult]:
        return [result for result in self.written if result.changed]


def files_digest(directory: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(directory.glob("*.yaml")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def import_directory(session: Session, directory: Path, *, actor: str, today: dt.date | None = None) -> ImportResult:
    providers, problems = validation.validate_directory(directory, today=today)
    if problems:
        raise DataInvalid(f"{len(problems)} problem(s) in {directory}; nothing was imported",
                          detail=[str(problem) for problem in problems])
    return import_providers(session, providers, actor=actor, files_sha256=files_digest(directory))


def import_providers(session: Session, providers: list[ProviderDoc], *, actor: str, files_sha256: str) -> ImportResult:
    result = ImportResult(files_sha256=files_sha256, providers=len(providers))
    store.release_aliases(session, providers)
    result.written = [store.write_provider(session, provider) for provider in providers]
    if result.changed:
        result.version = state.bump(session)
        audit.append(
            session, actor=actor, action="registry.import", subject=f"{len(providers)} providers",
            payload={
                "files_sha256": files_sha256,
                "registry_version": result.version,
                "created": [r.slug for r in result.changed if r.created],
                "updated": {r.slug: r.changes for r in result.changed if not r.created and r.changes},
                "evidence_added": sum(r.evidence_added for r in result.written),
            },
        )
    else:
        result.version = state.current_version(session)
    return result


def export_directory(session: Session, directory: Path) -> list[Path]:
    """Write every provider's file; returns the files whose bytes changed (untouched files keep their mtime)."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for provider in store.read_providers(session):
        path = datafile.provider_path(directory, provider.slug)
        text = datafile.dumps(provider)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            written.append(path)
    return written


@dataclass(frozen=True)
class StaleFact:
    slug: str
    fact: str
    last_verified: dt.date | None
    age_days: int | None


def stale_facts(providers: list[ProviderDoc], *, today: dt.date, period_days: int = REVERIFY_DAYS) -> list[StaleFact]:
    """Facts whose newest evidence is older than the re-verification period, oldest first."""
    found = []
    for provider in providers:
        facts = [(f"channel {c.key} ({c.value})", c.evidence) for c in provider.channels]
        facts += [(f"policy {p.code}", p.evidence) for p in provider.policies]
        for label, evidence in facts:
            newest = last_verified(evidence)
            age = (today - newest).days if newest else None
            if age is None or age > period_days:
                found.append(StaleFact(provider.slug, label, newest, age))
    return sorted(found, key=lambda fact: (fact.last_verified or dt.date.min, fact.slug, fact.fact))
