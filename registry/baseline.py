"""The data files as the registry's baseline: import them into a database, export the database back.

Import is idempotent: unchanged files change nothing and write no audit event. A real change is one
audit event that records the files' hash, and one new registry version.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import Session, select

from registry import (
    audit,
    datafile,
    evidence,
    maintainers,
    review,
    state,
    store,
    validation,
)
from registry.documents import ProviderDoc, last_verified
from registry.errors import DataInvalid, RegistryError
from registry.models import Proposal, Provider
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
    """Seed an empty database from the files; on a database that has data, turn differences into proposals.

    The first import is the baseline (the files were reviewed where they live, in the repository). After
    that, files are one more source of changes and go through the same door as everyone's: new evidence
    for an unchanged fact is recorded as a re-verification, and every changed or new fact becomes a
    proposal by the `import` bot, which a maintainer reviews.
    """
    providers, problems = validation.validate_directory(directory, today=today)
    if problems:
        raise DataInvalid(f"{len(problems)} problem(s) in {directory}; nothing was imported",
                          detail=[str(problem) for problem in problems])
    digest = files_digest(directory)
    if session.exec(select(Provider.id).limit(1)).first() is None:
        return import_providers(session, providers, actor=actor, files_sha256=digest)
    return propose_differences(session, providers, files_sha256=digest, today=today)


@dataclass
class ProposedImport(ImportResult):
    proposals: list[int] = field(default_factory=list)
    reverified: list[str] = field(default_factory=list)
    kept_in_database: list[str] = field(default_factory=list)
    already_pending: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)


IMPORT_BOT = "import"


def propose_differences(session: Session, providers: list[ProviderDoc], *, files_sha256: str,
                        today: dt.date | None = None) -> ProposedImport:
    result = ProposedImport(files_sha256=files_sha256, providers=len(providers))
    current = {doc.slug: doc for doc in store.read_providers(session)}
    reason = f"the data files (sha256 {files_sha256[:12]}) differ from the database"

    def propose(change: review.Change) -> None:
        subject = (change.subject_kind, change.provider_slug, change.subject_key or change.provider_slug)
        pending = session.exec(select(Proposal.id).where(
            Proposal.state == "pending", Proposal.proposer == IMPORT_BOT, Proposal.subject_kind == subject[0],
            Proposal.provider_slug == subject[1], Proposal.subject_key == subject[2])).first()
        if pending:
            result.already_pending.append(f"{subject[0]} {subject[1]}/{subject[2]} (proposal {pending})")
            return
        bot = maintainers.ensure_bot(session, IMPORT_BOT)  # created on its first proposal, not on every import
        try:
            result.proposals.append(review.propose(session, actor=bot, change=change, today=today).id)
        except RegistryError as refusal:  # one fact the door refuses does not stop the others
            result.refused.append(f"{subject[0]} {subject[1]}/{subject[2]}: {refusal.message}")

    for doc in providers:
        held = current.get(doc.slug)
        if held is None:
            propose(review.Change(subject_kind="provider", action="create", provider_slug=doc.slug, reason=reason,
                                  new_state=doc.model_dump(mode="json", exclude={"slug"})))
            continue
        fields = {name: getattr(doc, name) for name in ("kind", "names", "aliases", "jurisdictions", "notes")
                  if getattr(doc, name) != getattr(held, name)}
        if fields:
            propose(review.Change(subject_kind="provider", action="update", provider_slug=doc.slug, reason=reason,
                                  new_state={k: v for k, v in doc.model_dump(mode="json").items() if k in fields}))
        for kind, facts, held_facts, id_field in (("channel", doc.channels, held.channels, "key"),
                                                   ("policy", doc.policies, held.policies, "code")):
            by_id = {str(getattr(fact, id_field)): fact for fact in held_facts}
            for fact in facts:
                key = str(getattr(fact, id_field))
                old = by_id.pop(key, None)
                data = fact.model_dump(mode="json", exclude={"evidence", id_field})
                new_rows = [e for e in fact.evidence if old is None or e not in old.evidence]
                if old is None:
                    propose(review.Change(subject_kind=kind, action="create", provider_slug=doc.slug, subject_key=key,
                                          reason=reason, new_state=data, evidence=list(fact.evidence)))
                    continue
                changed = {name: value for name, value in data.items()
                           if value != old.model_dump(mode="json", exclude={"evidence", id_field})[name]}
                if changed:
                    propose(review.Change(subject_kind=kind, action="update", provider_slug=doc.slug, subject_key=key,
                                          reason=reason, new_state=changed, evidence=new_rows))
                else:
                    for row in new_rows:
                        evidence.reverify(session, actor=IMPORT_BOT, provider_slug=doc.slug, subject_kind=kind, key=key,
                                          evidence=row)
                        result.reverified.append(f"{kind} {doc.slug}/{key}")
            result.kept_in_database += [f"{kind} {doc.slug}/{key}" for key in by_id]
    result.version = state.current_version(session)
    if result.proposals or result.reverified:
        audit.append(session, actor=IMPORT_BOT, action="registry.import.proposed", subject=f"{len(providers)} providers",
                     payload={"files_sha256": files_sha256, "proposals": result.proposals, "reverified": result.reverified})
    return result


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
        for label, rows in facts:
            newest = last_verified(rows)
            age = (today - newest).days if newest else None
            if age is None or age > period_days:
                found.append(StaleFact(provider.slug, label, newest, age))
    return sorted(found, key=lambda fact: (fact.last_verified or dt.date.min, fact.slug, fact.fact))
