"""A scraper run: what each source says, compared with the registry, acted on only through the one door.

For every source: a candidate that equals a held fact re-verifies it (a new evidence row, no review needed);
a held channel whose value the page now gives differently, a fact the page names that the registry lacks,
and a channel the registry cites from this page that the page no longer lists each become a proposal by the
source's bot, which a maintainer reviews. Published data is never changed here. A source that yields nothing
at all is reported, never read as "everything vanished".
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from types import ModuleType
from urllib.parse import urlsplit

from sqlmodel import Session, select

from registry import canonical, evidence, maintainers, review, state, store
from registry.documents import ChannelDoc, EvidenceDoc, ProviderDoc
from registry.errors import RegistryError
from registry.models import Maintainer, Proposal
from registry.vocab import ChannelKind
from scrapers import (
    base,
    coinbase,
    kraken_phishing,
    kraken_phone,
    metamask,
    paypal_email_faq,
    paypal_phishing,
    trust_wallet,
    venmo,
    wechat_pay,
)

SOURCES: tuple[ModuleType, ...] = (
    wechat_pay, metamask, paypal_phishing, paypal_email_faq, venmo, trust_wallet, kraken_phishing, kraken_phone, coinbase,
)
NO_CANDIDATES = "no candidates: the page layout may have changed; nothing is proposed for retirement"


@dataclass
class SourceReport:
    name: str
    url: str
    candidates: int = 0
    reverified: list[str] = field(default_factory=list)  # "channel wechat-pay/phone-95017": evidence rows added
    proposed: list[int] = field(default_factory=list)  # ids of the proposals this run opened
    problems: list[str] = field(default_factory=list)  # findings left to a maintainer, nothing changed for them
    skipped: list[str] = field(default_factory=list)  # already done: evidence recorded, or a proposal pending
    errors: list[str] = field(default_factory=list)  # the fetch, the parse or one action failed

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class RunReport:
    sources: list[SourceReport] = field(default_factory=list)

    def __getitem__(self, name: str) -> SourceReport:
        return next(source for source in self.sources if source.name == name)

    @property
    def proposed(self) -> list[int]:
        return [proposal_id for source in self.sources for proposal_id in source.proposed]

    def lines(self) -> list[str]:
        out = []
        for source in self.sources:
            out.append(f"{source.name}: {source.candidates} candidates, {len(source.reverified)} re-verified, "
                       f"proposals {source.proposed or 'none'}")
            out += [f"  problem: {text}" for text in source.problems]
            out += [f"  error: {text}" for text in source.errors]
        return out


def run(session: Session, *, sources: Iterable[ModuleType] | None = None,
        documents: dict[str, base.Document] | None = None, today: dt.date | None = None) -> RunReport:
    """Run `sources` (all by default); a source's document is `documents[NAME]` when given, else fetched."""
    today = today or dt.datetime.now(dt.UTC).date()
    report = RunReport()
    # Every page fetched and read before the first write: the comparison's writes lock the registry state until the
    # run commits, and the fetches (seconds apart per host, each up to its timeout) held every other writer waiting,
    # a scam report from the public included.
    read = []
    for source in SOURCES if sources is None else sources:
        item = SourceReport(name=source.NAME, url=source.URL)
        report.sources.append(item)
        try:
            document = documents[source.NAME] if documents and source.NAME in documents else source.fetch()
        except Exception as error:  # any failure to get a page is this source's, and the run goes on
            item.errors.append(f"fetch failed: {type(error).__name__}: {error}")
            continue
        try:
            candidates = list(source.parse(document))
        except Exception as error:  # a parser that breaks on a page is reported like a fetch that failed
            item.errors.append(f"parse failed: {type(error).__name__}: {error}")
            continue
        item.candidates = len(candidates)
        read.append((source, document, candidates, item))
    if read:
        # The run's writes are one transaction, which its caller commits or not: the state lock begins it now, before the
        # first savepoint (on SQLite a savepoint opened outside a transaction is a transaction of its own, committed when
        # it is released: each source's evidence stayed when the caller rolled the run back).
        state.lock(session)
    for source, document, candidates, item in read:
        try:
            # A savepoint per source: if comparing one source fails half-way, its rows go and the others' stay.
            with session.begin_nested():
                _Comparison(session, source, document, candidates, item, today).apply()
        except Exception as error:
            item.errors.append(f"compare failed: {type(error).__name__}: {error}")
    return report


class _Comparison:
    def __init__(self, session: Session, source: ModuleType, document: base.Document,
                 candidates: list[base.Candidate], item: SourceReport, today: dt.date):
        self.session, self.source, self.document, self.item, self.today = session, source, document, item, today
        self.candidates = candidates
        self.actor = f"scraper:{source.NAME}"
        self._bot: Maintainer | None = None
        slugs = sorted({candidate.provider_slug for candidate in candidates} | {source.PROVIDER})
        self.providers = {doc.slug: doc for doc in store.read_providers(session, slugs=slugs)}
        self.supported: set[tuple[str, str, str]] = set()  # (slug, subject_kind, key) the page still states
        self.handled: set[tuple[str, str, str]] = set()  # subjects this run already acted on

    @property
    def bot(self) -> Maintainer:
        if self._bot is None:
            self._bot = maintainers.ensure_bot(self.session, self.actor)
        return self._bot

    def apply(self) -> None:
        for candidate in _unique(self.candidates):
            provider = self.providers.get(candidate.provider_slug)
            label = f"{candidate.subject_kind} {candidate.provider_slug}/{candidate.key}"
            if provider is None:
                self.item.errors.append(f"{label}: the registry has no provider {candidate.provider_slug!r}")
                continue
            try:
                if candidate.subject_kind == "channel":
                    self._channel(provider, candidate)
                elif candidate.subject_kind == "policy":
                    self._policy(provider, candidate)
                else:
                    self.item.errors.append(f"{label}: unknown subject kind {candidate.subject_kind!r}")
            except RegistryError as error:
                self.item.errors.append(f"{label}: {error.message}")
        # Silence is not evidence: a page that gives nothing for its provider (a new layout, an error page, a
        # parser out of date) must not read as "every channel vanished".
        if not any(candidate.provider_slug == self.source.PROVIDER for candidate in self.candidates):
            self.item.problems.append(NO_CANDIDATES)
            return
        provider = self.providers.get(self.source.PROVIDER)
        if provider is not None:
            self._vanished(provider)

    # -- what the page states ------------------------------------------------------------------------

    def _channel(self, provider: ProviderDoc, candidate: base.Candidate) -> None:
        same_value = [ch for ch in provider.channels if ch.kind == candidate.channel_kind and ch.value == candidate.value]
        held = next((ch for ch in same_value if ch.key == candidate.key), same_value[0] if same_value else None)
        if held is not None:
            self.supported.add((provider.slug, "channel", held.key))
            if not held.is_active(self.today):
                self.item.problems.append(f"channel {provider.slug}/{held.key}: the page lists {held.value}, which the "
                                          f"registry holds as retired (valid_until {held.valid_until})")
                return
            self._reverify(provider, "channel", held.key, held.evidence, candidate)
            if not held.published:
                self.item.problems.append(f"channel {provider.slug}/{held.key} is unpublished; this official page states "
                                          "it (evidence added), a maintainer may publish it")
            return
        existing = provider.channel(candidate.key)
        if existing is not None and existing.valid_until is None:
            self._changed(provider, existing, candidate)
        else:
            key = candidate.key if existing is None else _free_key(provider, candidate)
            self._create_channel(provider, key, candidate, fields=None, reason=(
                f"{self.source.URL} lists {candidate.display} ({candidate.value}), which the registry does not hold"))

    def _policy(self, provider: ProviderDoc, candidate: base.Candidate) -> None:
        held = next((policy for policy in provider.policies if policy.code == candidate.key), None)
        if held is None:
            self._propose(review.Change(
                subject_kind="policy", action="create", provider_slug=provider.slug, subject_key=candidate.key,
                new_state={"statement": candidate.statement or candidate.excerpt[:1000], "channels": list(candidate.channels)},
                evidence=[self._evidence(candidate)],
                reason=f"{self.source.URL} states {candidate.key}, which the registry does not hold",
            ))
            return
        self.supported.add((provider.slug, "policy", held.code))
        if not held.published:
            self.item.problems.append(f"policy {provider.slug}/{held.code}: the page states it, but the registry keeps it "
                                      "unpublished (retired); left for a maintainer")
            return
        self._reverify(provider, "policy", held.code, held.evidence, candidate)

    def _reverify(self, provider: ProviderDoc, subject_kind: str, key: str, held: list[EvidenceDoc],
                  candidate: base.Candidate) -> None:
        subject = (provider.slug, subject_kind, key)
        label = f"{subject_kind} {provider.slug}/{key}"
        row = self._evidence(candidate)
        if subject in self.handled or any(_same_capture(row, existing) for existing in held):
            self.item.skipped.append(f"{label}: evidence from this capture is already recorded")
            return
        evidence.reverify(self.session, actor=self.actor, provider_slug=provider.slug, subject_kind=subject_kind,
                          key=key, evidence=row)
        self.handled.add(subject)
        self.item.reverified.append(label)

    def _changed(self, provider: ProviderDoc, existing: ChannelDoc, candidate: base.Candidate) -> None:
        """The page gives another value where the registry holds `existing`."""
        self.handled.add((provider.slug, "channel", existing.key))
        reason = (f"{self.source.URL} now gives {candidate.display} ({candidate.value}) where the registry holds "
                  f"{existing.value} for {existing.key}")
        kind = ChannelKind(existing.kind)
        if all(canonical.excerpt_states(kind, candidate.value, row.excerpt) for row in existing.evidence):
            self._propose(review.Change(
                subject_kind="channel", action="update", provider_slug=provider.slug, subject_key=existing.key,
                new_state={"value": candidate.value, "display": candidate.display or candidate.value},
                evidence=[self._evidence(candidate)], reason=reason,
            ))
            return
        # Evidence is never edited and every row must state the channel's value, so a channel whose held
        # excerpts name the old value cannot take a new one in place: the new value is a new channel, and the
        # old one is retired (it stays, for "this used to be official").
        new_key = _free_key(provider, candidate)
        fields = {name: value for name, value in existing.model_dump(mode="json").items()
                  if name in ("kind", "regions", "purposes", "direction", "cost", "languages")}
        fields["notes"] = f"Proposed by {self.actor} to replace {existing.key} ({existing.value})."
        self._create_channel(provider, new_key, candidate, fields=fields, reason=f"{reason}; proposed as {new_key}")
        self._retire(provider, existing, f"{reason}; the new value is proposed as channel {new_key}")

    def _create_channel(self, provider: ProviderDoc, key: str, candidate: base.Candidate, *, fields: dict | None,
                        reason: str) -> None:
        if fields is None:
            region = candidate.value.split(":")[0] if candidate.channel_kind == ChannelKind.short_code else None
            fields = {"kind": candidate.channel_kind, "regions": [region] if region else list(provider.jurisdictions)}
        new_state = {**fields, "value": candidate.value, "display": candidate.display or candidate.value}
        self._propose(review.Change(subject_kind="channel", action="create", provider_slug=provider.slug, subject_key=key,
                                    new_state=new_state, evidence=[self._evidence(candidate)], reason=reason))

    # -- what the page no longer states -----------------------------------------------------------------

    def _vanished(self, provider: ProviderDoc) -> None:
        page = base.folded("\n".join(block.text for block in base.blocks(self.document.text)))

        def still_stated(rows: list[EvidenceDoc]) -> bool:
            # What we cited may still be there even where parse found nothing to match it.
            return any(base.folded(row.excerpt) in page for row in rows)

        for channel in provider.channels:
            cited = [row for row in channel.evidence if self._cites_this_page(row.source_url)]
            subject = (provider.slug, "channel", channel.key)
            # A channel with a valid_until is retired or already on its way out: nothing to propose.
            if not cited or channel.valid_until is not None or subject in self.supported or subject in self.handled:
                continue
            if not still_stated(cited):
                self._retire(provider, channel, f"{self.source.URL} no longer lists {channel.display} ({channel.value}); "
                                                "the registry cites it from this page")
        for policy in provider.policies:
            cited = [row for row in policy.evidence if self._cites_this_page(row.source_url)]
            if not cited or not policy.published or (provider.slug, "policy", policy.code) in self.supported:
                continue
            if not still_stated(cited):
                # A policy is not retired on one page's silence: providers restate policies in many places.
                self.item.problems.append(f"policy {provider.slug}/{policy.code}: the registry cites it from this page, "
                                          "which no longer states it; left for a maintainer")

    def _retire(self, provider: ProviderDoc, channel: ChannelDoc, reason: str) -> None:
        self.handled.add((provider.slug, "channel", channel.key))
        capture = f" (page retrieved {self.document.retrieved_at}, sha256 {self.document.content_sha256})"
        self._propose(review.Change(subject_kind="channel", action="retire", provider_slug=provider.slug,
                                    subject_key=channel.key, reason=reason + capture, retire_on=self.today))

    # -- helpers ---------------------------------------------------------------------------------------

    def _propose(self, change: review.Change) -> None:
        label = f"{change.subject_kind} {change.provider_slug}/{change.subject_key}"
        pending = self.session.exec(select(Proposal.id).where(
            Proposal.state == "pending", Proposal.proposer == self.actor, Proposal.provider_slug == change.provider_slug,
            Proposal.subject_kind == change.subject_kind, Proposal.subject_key == change.subject_key,
        )).first()
        if pending is not None:
            self.item.skipped.append(f"{label}: proposal {pending} by {self.actor} is still pending")
            return
        try:
            proposal = review.propose(self.session, actor=self.bot, change=change, today=self.today)
        except RegistryError as error:
            self.item.errors.append(f"{change.action} {label} refused: {error.message}")
            return
        self.item.proposed.append(proposal.id)

    def _evidence(self, candidate: base.Candidate) -> EvidenceDoc:
        return EvidenceDoc(
            source_url=self.document.url, source_kind=getattr(self.source, "SOURCE_KIND", "official_page"),
            retrieved_at=self.document.retrieved_at, excerpt=candidate.excerpt,
            content_sha256=self.document.content_sha256, captured_by=self.actor, confidence="high",
        )

    def _cites_this_page(self, url: str) -> bool:
        cited = _page_id(url)
        return cited == _page_id(self.source.URL) or any(
            fnmatch.fnmatchcase(cited, pattern) for pattern in getattr(self.source, "CITED_AS", ()))


def _unique(candidates: list[base.Candidate]) -> list[base.Candidate]:
    """One candidate per fact, the first the page gives (its excerpt becomes the evidence)."""
    seen: dict[tuple, base.Candidate] = {}
    for candidate in candidates:
        seen.setdefault((candidate.provider_slug, candidate.subject_kind, candidate.key, candidate.value), candidate)
    return list(seen.values())


def _same_capture(new: EvidenceDoc, held: EvidenceDoc) -> bool:
    return (new.source_url, new.retrieved_at, new.content_sha256, new.excerpt) == (
        held.source_url, held.retrieved_at, held.content_sha256, held.excerpt)


def _page_id(url: str) -> str:
    """A page's address without scheme, 'www.', query or trailing slash: how two citations of one page compare."""
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    return host + (parts.path.rstrip("/") or "/")


def _free_key(provider: ProviderDoc, candidate: base.Candidate) -> str:
    """A key for a new channel in the registry's style ('phone-95018', 'email-futures-kraken-com'), unused."""
    prefix = candidate.key.split("-")[0]
    kind = candidate.channel_kind
    if kind in (ChannelKind.phone, ChannelKind.short_code):
        tail = re.sub(r"\D", "", candidate.value)
    elif kind == ChannelKind.chat:
        tail = base.key_part(urlsplit(candidate.value).hostname or candidate.value)
    else:
        tail = base.key_part(candidate.value)
    stem = f"{prefix}-{tail}"[:76].strip("-")
    taken = {channel.key for channel in provider.channels}
    key, number = stem, 2
    while key in taken:
        key, number = f"{stem}-{number}", number + 1
    return key
