"""A scraper run against the bundled registry, on SQLite and PostgreSQL: re-verify, propose, never publish."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from sqlmodel import select

from registry import baseline, datafile, maintainers, review, store
from registry.errors import Forbidden
from registry.maintainers import Role
from registry.models import Evidence, Proposal
from scrapers import (
    base,
    kraken_phishing,
    metamask,
    runner,
    trust_wallet,
    venmo,
    wechat_pay,
)
from tests.scrapers.recorded import TODAY, document, huge_page, text


@pytest.fixture
def registry(session):
    baseline.import_directory(session, datafile.PROVIDERS_DIR, actor="test")
    return session


def run(session, *pairs):
    """Run the given (source, document) pairs."""
    return runner.run(session, sources=[source for source, _ in pairs],
                      documents={source.NAME: page for source, page in pairs}, today=TODAY)


def channel(session, slug: str, key: str):
    return store.read_providers(session, slugs=[slug])[0].channel(key)


def policy(session, slug: str, code: str):
    return next(p for p in store.read_providers(session, slugs=[slug])[0].policies if p.code == code)


def proposals(session, proposer: str | None = None) -> list[Proposal]:
    query = select(Proposal).order_by(Proposal.id)
    if proposer:
        query = query.where(Proposal.proposer == proposer)
    return list(session.exec(query))


def evidence_count(session) -> int:
    return len(session.exec(select(Evidence.id)).all())


class TestUnchangedPages:
    def test_every_source_reverifies_and_proposes_nothing(self, registry):
        report = runner.run(registry, documents={source.NAME: document(source) for source in runner.SOURCES}, today=TODAY)
        for source in report.sources:
            assert source.errors == [], source.name
            assert source.proposed == [], source.name
            assert source.problems == [], source.name
            assert source.reverified, source.name
        assert proposals(registry) == []

    def test_a_match_adds_an_evidence_row_with_the_capture(self, registry):
        page = document(wechat_pay)
        report = run(registry, (wechat_pay, page))
        assert report[wechat_pay.NAME].reverified == ["channel wechat-pay/phone-95017"]
        newest = channel(registry, "wechat-pay", "phone-95017").evidence[-1]
        assert newest.source_url == wechat_pay.URL
        assert str(newest.source_kind) == "official_page" and str(newest.confidence) == "high"
        assert newest.excerpt == "客服:95017-2\n(工作时间:09:00-22:00)"
        assert newest.content_sha256 == page.content_sha256
        assert newest.retrieved_at == TODAY
        assert newest.captured_by == "scraper:wechat-pay-help-guide"

    def test_policies_are_reverified_too(self, registry):
        before = len(policy(registry, "trust-wallet", "contact_only_via").evidence)
        run(registry, (trust_wallet, document(trust_wallet)))
        after = policy(registry, "trust-wallet", "contact_only_via").evidence
        assert len(after) == before + 1
        assert after[-1].captured_by == "scraper:trust-wallet-phishing-emails"

    def test_running_twice_records_one_capture_once(self, registry):
        run(registry, (kraken_phishing, document(kraken_phishing)))
        rows = evidence_count(registry)
        second = run(registry, (kraken_phishing, document(kraken_phishing)))
        assert evidence_count(registry) == rows
        assert second[kraken_phishing.NAME].reverified == []
        assert len(second[kraken_phishing.NAME].skipped) == 7

    def test_the_published_data_is_untouched(self, registry):
        before = store.read_providers(registry, slugs=["metamask"])[0]
        run(registry, (metamask, document(metamask)))
        after = store.read_providers(registry, slugs=["metamask"])[0]
        assert [c.model_dump(exclude={"evidence"}) for c in after.channels] == [
            c.model_dump(exclude={"evidence"}) for c in before.channels]


class TestChangedValue:
    def test_a_new_number_is_proposed_by_the_bot_with_its_evidence(self, registry):
        report = run(registry, (wechat_pay, document(wechat_pay, "changed-number")))
        source = report[wechat_pay.NAME]
        assert source.errors == [] and source.reverified == []
        created, retired = proposals(registry)
        assert source.proposed == [created.id, retired.id]

        assert (created.action, created.subject_kind, created.subject_key) == ("create", "channel", "phone-95018")
        assert created.state == "pending" and created.proposer == "scraper:wechat-pay-help-guide"
        assert created.new_state["fields"]["value"] == "CN:95018"
        assert created.new_state["fields"]["regions"] == ["CN"]
        assert created.evidence[0]["excerpt"] == "客服:95018-2\n(工作时间:09:00-22:00)"
        assert created.evidence[0]["source_url"] == wechat_pay.URL
        assert created.evidence[0]["captured_by"] == "scraper:wechat-pay-help-guide"

        assert (retired.action, retired.subject_key) == ("retire", "phone-95017")
        assert "CN:95018" in retired.reason and "phone-95018" in retired.reason
        # Nothing published moved: the old number is still the official one until a maintainer approves.
        assert channel(registry, "wechat-pay", "phone-95017").valid_until is None
        assert channel(registry, "wechat-pay", "phone-95018") is None

    def test_the_bot_cannot_approve_its_proposals(self, registry):
        run(registry, (wechat_pay, document(wechat_pay, "changed-number")))
        bot = maintainers.get(registry, "scraper:wechat-pay-help-guide")
        assert bot.role == "bot"
        for proposal in proposals(registry):
            with pytest.raises(Forbidden, match="bots may propose changes but never approve"):
                review.approve(registry, proposal_id=proposal.id, reviewer=bot, today=TODAY)
        assert {proposal.state for proposal in proposals(registry)} == {"pending"}

    def test_running_twice_opens_no_second_proposal(self, registry):
        run(registry, (wechat_pay, document(wechat_pay, "changed-number")))
        second = run(registry, (wechat_pay, document(wechat_pay, "changed-number")))
        assert second[wechat_pay.NAME].proposed == []
        assert len(second[wechat_pay.NAME].skipped) == 2
        assert len(proposals(registry)) == 2

    def test_once_a_maintainer_approves_the_new_number_is_reverified(self, registry):
        run(registry, (wechat_pay, document(wechat_pay, "changed-number")))
        ana, _ = maintainers.add(registry, name="ana", role=Role.maintainer, actor="test")
        for proposal in proposals(registry):
            review.approve(registry, proposal_id=proposal.id, reviewer=ana, today=TODAY)
        assert channel(registry, "wechat-pay", "phone-95018").value == "CN:95018"
        assert channel(registry, "wechat-pay", "phone-95017").valid_until == TODAY
        again = run(registry, (wechat_pay, document(wechat_pay, "changed-number")))
        assert again[wechat_pay.NAME].proposed == []
        assert again[wechat_pay.NAME].skipped == ["channel wechat-pay/phone-95018: evidence from this capture is already recorded"]

    def test_a_value_the_held_excerpts_also_state_is_an_update_in_place(self, registry):
        # The registry cites '[商户平台文档中心](https://pay.weixin.qq.com/doc/v3/merchant/llms.txt)' for
        # pay.weixin.qq.com; that excerpt also states weixin.qq.com, so the channel can take it in place.
        stub = SimpleNamespace(NAME="stub-wechat-docs", URL="https://pay.weixin.qq.com/llms.txt", PROVIDER="wechat-pay",
                               parse=lambda document: [base.channel(
                                   "wechat-pay", "web-pay-weixin-qq-com", base.ChannelKind.website, "weixin.qq.com",
                                   "文档中心: https://weixin.qq.com/doc")])
        report = run(registry, (stub, base.document_from_text(stub.URL, "-", retrieved_at=TODAY)))
        [proposal] = proposals(registry)
        assert report["stub-wechat-docs"].proposed == [proposal.id]
        assert (proposal.action, proposal.subject_key) == ("update", "web-pay-weixin-qq-com")
        assert proposal.new_state["fields"]["value"] == "weixin.qq.com"


class TestMissingAndNew:
    def test_a_channel_the_page_no_longer_lists_is_proposed_for_retirement(self, registry):
        report = run(registry, (metamask, document(metamask, "missing-community")))
        source = report[metamask.NAME]
        [proposal] = proposals(registry)
        assert source.proposed == [proposal.id]
        assert (proposal.action, proposal.subject_key, proposal.proposer) == (
            "retire", "website-community-metamask-io", "scraper:metamask-support-channels")
        assert "no longer lists" in proposal.reason
        assert source.reverified  # the rest of the page still matches
        assert channel(registry, "metamask", "website-community-metamask-io").valid_until is None

    def test_a_retirement_is_proposed_once(self, registry):
        run(registry, (metamask, document(metamask, "missing-community")))
        again = run(registry, (metamask, document(metamask, "missing-community")))
        assert again[metamask.NAME].proposed == []
        assert len(proposals(registry)) == 1

    def test_a_policy_the_page_no_longer_states_is_reported_not_retired(self, registry):
        page = text("venmo-sign-in-codes.html").replace(
            "<li>Venmo will never ask you to send us money on another payment platform. If someone requests your "
            "six-digit code, it’s probably a scam</li>", "")
        report = run(registry, (venmo, document(venmo, page=page)))
        assert proposals(registry) == []
        assert report[venmo.NAME].problems == [
            "policy venmo/never_asks_transfer: the registry cites it from this page, which no longer states it; "
            "left for a maintainer"]

    def test_a_fact_the_registry_lacks_is_proposed_as_new(self, registry):
        page = text("kraken-phishing-scams.html").replace(
            "<strong>@email2.kraken.com</strong>", "<strong>@email2.kraken.com</strong>, or <strong>@help.kraken.com</strong>")
        report = run(registry, (kraken_phishing, document(kraken_phishing, page=page)))
        [proposal] = proposals(registry)
        assert report[kraken_phishing.NAME].proposed == [proposal.id]
        assert (proposal.action, proposal.subject_key) == ("create", "email-help-kraken-com")
        assert proposal.new_state["fields"]["kind"] == "email_domain"
        assert proposal.new_state["fields"]["value"] == "help.kraken.com"
        assert "@help.kraken.com" in proposal.evidence[0]["excerpt"]

    def test_a_policy_the_registry_lacks_is_proposed_as_new(self, registry):
        stub = SimpleNamespace(NAME="stub-venmo", URL="https://venmo.com/about/security/", PROVIDER="venmo",
                               parse=lambda document: [base.policy("venmo", "never_asks_remote_access",
                                                                   "Venmo will never ask to access your device remotely.")])
        run(registry, (stub, base.document_from_text(stub.URL, "-", retrieved_at=TODAY)))
        [proposal] = proposals(registry)
        assert (proposal.action, proposal.subject_kind, proposal.subject_key) == ("create", "policy", "never_asks_remote_access")
        assert proposal.new_state["fields"]["statement"] == "Venmo will never ask to access your device remotely."


class TestSafety:
    @pytest.mark.parametrize("page", ["malformed", "huge"])
    def test_a_page_with_nothing_recognisable_retires_nothing(self, registry, page):
        body = text("malformed.html") if page == "malformed" else huge_page()
        rows = evidence_count(registry)
        report = run(registry, (metamask, document(metamask, page=body)))
        source = report[metamask.NAME]
        assert source.candidates == 0
        assert source.problems == ["no candidates: the page layout may have changed; nothing is proposed for retirement"]
        assert source.proposed == [] and source.errors == []
        assert proposals(registry) == [] and evidence_count(registry) == rows

    def test_a_failing_source_is_reported_and_the_others_still_run(self, registry):
        def refuse(**_):
            raise base.RobotsDisallowed("robots.txt of example.org disallows it")

        def explode(document):
            raise ValueError("layout not understood")

        unreachable = SimpleNamespace(NAME="stub-unreachable", URL="https://example.org/", PROVIDER="venmo", fetch=refuse)
        broken = SimpleNamespace(NAME="stub-broken", URL="https://example.org/b", PROVIDER="venmo", parse=explode,
                                 fetch=lambda **_: base.document_from_text("https://example.org/b", "<p>x</p>"))
        garbage = SimpleNamespace(NAME="stub-garbage", URL="https://example.org/c", PROVIDER="venmo",
                                  parse=lambda document: [object()])
        report = runner.run(registry, sources=[unreachable, broken, garbage, wechat_pay], today=TODAY, documents={
            "stub-garbage": base.document_from_text("https://example.org/c", "-"), wechat_pay.NAME: document(wechat_pay)})
        assert report["stub-unreachable"].errors == ["fetch failed: RobotsDisallowed: robots.txt of example.org disallows it"]
        assert report["stub-broken"].errors == ["parse failed: ValueError: layout not understood"]
        assert report["stub-garbage"].errors[0].startswith("compare failed: AttributeError")
        assert report[wechat_pay.NAME].ok and report[wechat_pay.NAME].reverified == ["channel wechat-pay/phone-95017"]
        assert channel(registry, "wechat-pay", "phone-95017").evidence[-1].captured_by == "scraper:wechat-pay-help-guide"

    def test_a_candidate_for_an_unknown_provider_is_an_error(self, registry):
        stub = SimpleNamespace(NAME="stub-unknown", URL="https://example.org/", PROVIDER="venmo",
                               parse=lambda document: [base.policy("no-such-provider", "never_asks_otp", "We never ask.")])
        report = run(registry, (stub, base.document_from_text(stub.URL, "-", retrieved_at=TODAY)))
        assert report["stub-unknown"].errors == [
            "policy no-such-provider/never_asks_otp: the registry has no provider 'no-such-provider'"]

    def test_a_refused_proposal_is_an_error_not_a_crash(self, registry):
        # contact_only_via must name channels the provider has: the registry's validator refuses this one.
        stub = SimpleNamespace(NAME="stub-refused", URL="https://example.org/", PROVIDER="venmo",
                               parse=lambda document: [base.policy("venmo", "contact_only_via", "Only via our app.",
                                                                   channels=("app-nonexistent",))])
        report = run(registry, (stub, base.document_from_text(stub.URL, "-", retrieved_at=TODAY)))
        assert proposals(registry) == []
        assert report["stub-refused"].errors[0].startswith("create policy venmo/contact_only_via refused:")


def test_no_page_is_fetched_while_the_run_holds_the_registry_lock(backend, request, tmp_path_factory):
    """A run fetched each source's page after writing the previous one's evidence, in one transaction: the registry
    state stayed locked through every fetch (seconds apart per host, each up to its timeout), and a scam report filed
    meanwhile waited for the whole run, or failed. Real concurrency: a second connection, told not to wait, takes the
    lock from inside the second source's fetch."""
    import sqlalchemy as sa
    from sqlalchemy.exc import OperationalError
    from sqlmodel import Session

    from registry import state
    from registry.db import make_engine
    from service import database
    from tests.conftest import new_database

    with new_database(backend, request, tmp_path_factory) as url:
        database.prepare(url, seed_dir=datafile.PROVIDERS_DIR).dispose()
        engine = make_engine(url)
        # the other writer: SQLite's busy timeout, PostgreSQL's lock timeout, as good as none
        impatient = sa.create_engine(url, connect_args={"timeout": 0.1} if backend == "sqlite"
                                     else {"options": "-c lock_timeout=100"})
        found: list[str] = []

        def fetch_while_another_writes(**_):
            try:
                with Session(impatient) as other:
                    state.lock(other)
                    other.commit()
                found.append("the lock was free")
            except OperationalError as error:
                found.append(f"locked: {error.orig}")
            return base.document_from_text("https://example.org/second", "<p>nothing here</p>")

        second = SimpleNamespace(NAME="stub-second", URL="https://example.org/second", PROVIDER="venmo",
                                 fetch=fetch_while_another_writes, parse=lambda document: [])
        try:
            with Session(engine) as session:
                report = runner.run(session, sources=[wechat_pay, second], documents={wechat_pay.NAME: document(wechat_pay)},
                                    today=TODAY)
                session.commit()
        finally:
            impatient.dispose()
            engine.dispose()
    assert report[wechat_pay.NAME].reverified == ["channel wechat-pay/phone-95017"]  # the first source did write
    assert found == ["the lock was free"]


def test_a_run_is_one_transaction_that_its_caller_commits_or_not(backend, request, tmp_path_factory):
    """A run's writes are its caller's to commit, all or none: on SQLite, a savepoint opened with no transaction begun
    is committed when it is released, so each source's evidence was in the database before the run was over (and stayed
    there when the caller rolled back, as the CLI does on an error); on PostgreSQL none stayed."""
    from sqlmodel import Session

    from registry.db import make_engine
    from service import database
    from tests.conftest import new_database

    with new_database(backend, request, tmp_path_factory) as url:
        database.prepare(url, seed_dir=datafile.PROVIDERS_DIR).dispose()
        engine = make_engine(url)
        try:
            with Session(engine) as session:
                before = evidence_count(session)
                session.rollback()
                report = runner.run(session, sources=[wechat_pay], documents={wechat_pay.NAME: document(wechat_pay)},
                                    today=TODAY)
                assert report[wechat_pay.NAME].reverified == ["channel wechat-pay/phone-95017"]
                assert evidence_count(session) == before + 1  # (written, in the run's transaction)
                session.rollback()
            with Session(engine) as session:
                assert evidence_count(session) == before
        finally:
            engine.dispose()
