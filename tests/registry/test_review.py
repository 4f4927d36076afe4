"""Proposals, two-person review and application, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import Session

from registry import audit, baseline, index, maintainers, review, state, store
from registry.check import CheckRequest, check
from registry.db import make_engine
from registry.documents import EvidenceDoc
from registry.errors import (
    DataInvalid,
    Forbidden,
    ProposalNotPending,
    RegistryError,
    StaleProposal,
)
from registry.maintainers import Role
from service import database
from tests.conftest import at_once, new_database
from tests.registry.test_validation import GOOD, TODAY


def source(excerpt: str, confidence: str = "high") -> EvidenceDoc:
    return EvidenceDoc(source_url="https://www.alipay.com/help", source_kind="official_page", retrieved_at=TODAY,
                       excerpt=excerpt, captured_by="tester", confidence=confidence)


def seed(session: Session, tmp_path) -> dict:
    directory = tmp_path / "providers"
    directory.mkdir()
    (directory / "alipay.yaml").write_text(GOOD, encoding="utf-8")
    baseline.import_directory(session, directory, actor="tester", today=TODAY)
    people = {name: maintainers.add(session, name=name, role=role, actor="setup")[0]
              for name, role in (("ana", Role.maintainer), ("bo", Role.maintainer), ("root", Role.admin))}
    people["scraper"] = maintainers.ensure_bot(session, "scraper:alipay")
    return people


def display_change(display: str = "95188 (24h)", evidence: list[EvidenceDoc] | None = None) -> review.Change:
    return review.Change(subject_kind="channel", action="update", provider_slug="alipay", subject_key="phone-95188",
                         new_state={"display": display}, reason="the help page now prints the hours",
                         evidence=[source("客服热线 95188（24小时）")] if evidence is None else evidence)


@pytest.fixture
def people(session, tmp_path):
    return seed(session, tmp_path)


class TestPropose:
    def test_a_proposal_holds_the_diff_and_waits(self, session, people):
        proposal = review.propose(session, actor=people["ana"], change=display_change(), today=TODAY)
        assert proposal.state == "pending"
        assert {"path": "channels[phone-95188].display", "old": "95188", "new": "95188 (24h)"} in proposal.diff
        assert any(d["path"] == "channels[phone-95188].evidence" for d in proposal.diff)
        assert store.read_providers(session)[0].channels[0].display == "95188"

    def test_evidence_must_contain_the_value(self, session, people):
        with pytest.raises(DataInvalid) as refused:
            review.propose(session, actor=people["ana"], today=TODAY,
                           change=display_change(evidence=[source("客服热线 95100")]))
        assert any("does not contain the value CN:95188" in line for line in refused.value.detail)

    def test_a_change_without_evidence_is_refused(self, session, people):
        with pytest.raises(DataInvalid, match="needs evidence"):
            review.propose(session, actor=people["ana"], change=display_change(evidence=[]), today=TODAY)

    def test_low_evidence_cannot_publish_a_new_channel(self, session, people):
        change = review.Change(subject_kind="channel", action="create", provider_slug="alipay", subject_key="phone-intl",
                               new_state={"kind": "phone", "value": "+8657195188", "display": "+86 571 95188"},
                               evidence=[source("海外用户也能拨打+86 571 95188", confidence="low")], reason="blog")
        with pytest.raises(DataInvalid, match="only 'low' evidence"):
            review.propose(session, actor=people["ana"], change=change, today=TODAY)

    def test_an_alias_of_another_provider_is_refused(self, session, people):
        change = review.Change(subject_kind="provider", action="create", provider_slug="alipay-two", reason="test",
                               new_state={"kind": "payment", "names": {"en": "Two"}, "aliases": ["ALIPAY"]})
        with pytest.raises(DataInvalid, match="already names another provider"):
            review.propose(session, actor=people["ana"], change=change, today=TODAY)

    def test_a_generic_alias_is_refused(self, session, people):
        change = review.Change(subject_kind="alias", action="create", provider_slug="alipay", subject_key="客服", reason="x")
        with pytest.raises(DataInvalid, match="generic word"):
            review.propose(session, actor=people["ana"], change=change, today=TODAY)

    def test_a_proposal_that_changes_nothing_is_refused(self, session, people):
        with pytest.raises(RegistryError, match="changes nothing"):
            review.propose(session, actor=people["ana"], today=TODAY, change=display_change(display="95188", evidence=[
                EvidenceDoc(source_url="http://tsxnews.com.cn/2024falv/baiye/yqyh/516600.html", source_kind="secondary",
                            retrieved_at=TODAY, excerpt="支付宝官方 是“95188”。任何其他号码均有可能是诈骗",
                            captured_by="research-leads:cn-alipay-95188", confidence="medium")]))


class TestTwoPersonRule:
    def test_the_author_cannot_approve_their_own_change(self, session, people):
        proposal = review.propose(session, actor=people["ana"], change=display_change(), today=TODAY)
        with pytest.raises(Forbidden, match="second maintainer"):
            review.approve(session, proposal_id=proposal.id, reviewer=people["ana"])

    def test_an_admin_cannot_approve_their_own_change_either(self, session, people):
        proposal = review.propose(session, actor=people["root"], change=display_change(), today=TODAY)
        with pytest.raises(Forbidden):
            review.approve(session, proposal_id=proposal.id, reviewer=people["root"])

    def test_a_bot_proposes_but_never_approves(self, session, people):
        proposal = review.propose(session, actor=people["scraper"], change=display_change(), today=TODAY)
        bot_change = review.propose(session, actor=people["ana"], change=display_change("95188 (全天)"), today=TODAY)
        with pytest.raises(Forbidden, match="bot"):
            review.approve(session, proposal_id=bot_change.id, reviewer=people["scraper"])
        assert proposal.state == "pending"

    def test_a_second_maintainer_approves_and_it_is_applied(self, session, people):
        version = state.current_version(session)
        proposal = review.propose(session, actor=people["ana"], change=display_change(), today=TODAY)
        review.approve(session, proposal_id=proposal.id, reviewer=people["bo"], reason="matches the page")
        assert proposal.state == "applied" and proposal.applied_version == version + 1
        [provider] = store.read_providers(session)
        assert provider.channels[0].display == "95188 (24h)"
        assert len(provider.channels[0].evidence) == 2
        actions = [e.action for e in audit.events(session)]
        assert actions[-3:] == ["proposal.create", "proposal.approve", "proposal.apply"]
        assert audit.verify(session) == []

    def test_an_applied_proposal_cannot_be_approved_again(self, session, people):
        proposal = review.propose(session, actor=people["ana"], change=display_change(), today=TODAY)
        review.approve(session, proposal_id=proposal.id, reviewer=people["bo"])
        with pytest.raises(ProposalNotPending):
            review.approve(session, proposal_id=proposal.id, reviewer=people["root"])


class TestRejectAndWithdraw:
    def test_a_rejection_needs_a_reason_and_ends_the_proposal(self, session, people):
        proposal = review.propose(session, actor=people["ana"], change=display_change(), today=TODAY)
        with pytest.raises(RegistryError, match="reason"):
            review.reject(session, proposal_id=proposal.id, reviewer=people["bo"], reason=" ")
        review.reject(session, proposal_id=proposal.id, reviewer=people["bo"], reason="the page says otherwise")
        with pytest.raises(ProposalNotPending):
            review.approve(session, proposal_id=proposal.id, reviewer=people["root"])
        assert [r.decision for r in review.reviews_of(session, proposal.id)] == ["reject"]

    def test_only_the_author_withdraws(self, session, people):
        proposal = review.propose(session, actor=people["ana"], change=display_change(), today=TODAY)
        with pytest.raises(Forbidden):
            review.withdraw(session, proposal_id=proposal.id, actor=people["bo"])
        assert review.withdraw(session, proposal_id=proposal.id, actor=people["ana"]).state == "withdrawn"


class TestConflicts:
    def test_the_second_of_two_conflicting_proposals_is_refused_as_stale(self, session, people):
        first = review.propose(session, actor=people["ana"], change=display_change("95188 A"), today=TODAY)
        second = review.propose(session, actor=people["bo"], change=display_change("95188 B"), today=TODAY)
        review.approve(session, proposal_id=first.id, reviewer=people["bo"])
        with pytest.raises(StaleProposal, match="changed after this proposal was written"):
            review.approve(session, proposal_id=second.id, reviewer=people["ana"])
        assert store.read_providers(session)[0].channels[0].display == "95188 A"


class TestRetire:
    def test_a_retired_channel_answers_retired_with_its_successor(self, session, people):
        create = review.Change(subject_kind="channel", action="create", provider_slug="alipay", subject_key="phone-95199",
                               new_state={"kind": "short_code", "value": "CN:95199", "display": "95199", "regions": ["CN"]},
                               evidence=[source("新客服热线 95199")], reason="new line")
        review.approve(session, proposal_id=review.propose(session, actor=people["ana"], change=create, today=TODAY).id,
                       reviewer=people["bo"], today=TODAY)
        retire = review.Change(subject_kind="channel", action="retire", provider_slug="alipay", subject_key="phone-95188",
                               retire_on=TODAY - dt.timedelta(days=1), successor="phone-95199", reason="replaced")
        review.approve(session, proposal_id=review.propose(session, actor=people["ana"], change=retire, today=TODAY).id,
                       reviewer=people["bo"], today=TODAY)
        built = index.build(store.read_providers(session), version=state.current_version(session))
        answer = check(built, CheckRequest(value="95188", region="CN"), today=TODAY)
        assert answer.verdict == "retired" and "95199" in answer.reasons[-1]["message"]


@pytest.mark.parametrize("decision", ["withdraw", "reject"])
def test_a_proposal_approved_and_decided_otherwise_at_once_ends_one_way(backend, request, tmp_path_factory, tmp_path, decision):
    """Real concurrency: its author withdraws (or a reviewer rejects) a proposal while another approves it. On SQLite
    both read it pending, and the one that wrote last left it 'withdrawn' with its change applied."""
    with new_database(backend, request, tmp_path_factory) as url:
        database.migrate(url)
        engine = make_engine(url)
        with Session(engine) as session:
            seed(session, tmp_path)
            proposal_id = review.propose(session, actor=maintainers.get(session, "ana"), change=display_change("95188 A"),
                                         today=TODAY).id
            session.commit()
        def decide(how: str):
            def action(session: Session) -> None:
                if how == "approve":
                    review.approve(session, proposal_id=proposal_id, reviewer=maintainers.get(session, "bo"), today=TODAY)
                elif how == "withdraw":
                    review.withdraw(session, proposal_id=proposal_id, actor=maintainers.get(session, "ana"))
                else:
                    review.reject(session, proposal_id=proposal_id, reviewer=maintainers.get(session, "root"), reason="no")
            return action

        # (a writer refused outright is named in the assertion's message)
        outcomes = {how: "done" if outcome is None else "not pending" if isinstance(outcome, ProposalNotPending)
                    else f"refused:{type(outcome).__name__}"
                    for how, outcome in zip(("approve", decision), at_once(engine, decide("approve"), decide(decision)))}
        with Session(engine) as session:
            display = store.read_providers(session)[0].channels[0].display
            final = review.get(session, proposal_id).state
            decisions = [item.decision for item in review.reviews_of(session, proposal_id)]
        engine.dispose()
        assert sorted(outcomes.values()) == ["done", "not pending"], outcomes
        winner = next(how for how, outcome in outcomes.items() if outcome == "done")
        assert decisions == [winner]
        if winner == "approve":
            assert final == "applied" and display == "95188 A"
        else:
            assert final == {"withdraw": "withdrawn", "reject": "rejected"}[decision] and display != "95188 A"


def test_two_maintainers_applying_conflicting_proposals_at_once_apply_one(backend, request, tmp_path_factory, tmp_path):
    """Real concurrency: two connections approve conflicting proposals at the same moment."""
    with new_database(backend, request, tmp_path_factory) as url:
        database.migrate(url)
        engine = make_engine(url)
        with Session(engine) as session:
            people = seed(session, tmp_path)
            first = review.propose(session, actor=people["ana"], change=display_change("95188 A"), today=TODAY).id
            second = review.propose(session, actor=people["ana"], change=display_change("95188 B"), today=TODAY).id
            session.commit()
        def approve(proposal_id: int, reviewer: str):
            return lambda session: review.approve(session, proposal_id=proposal_id,
                                                  reviewer=maintainers.get(session, reviewer), today=TODAY)

        # (a writer refused outright is named in the assertion's message)
        outcomes = ["applied" if outcome is None else "stale" if isinstance(outcome, StaleProposal)
                    else f"refused:{type(outcome).__name__}"
                    for outcome in at_once(engine, approve(first, "bo"), approve(second, "root"))]
        with Session(engine) as session:
            displays = store.read_providers(session)[0].channels[0].display
            applied = [p for p in review.listing(session, state_="applied")]
        engine.dispose()
        assert sorted(outcomes) == ["applied", "stale"], outcomes  # the second waits for the first, then is told why
        assert len(applied) == 1 and displays in ("95188 A", "95188 B")
