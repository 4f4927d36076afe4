"""Import and export of the data files, and the audit trail they leave, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from sqlmodel import select

from registry import audit, baseline, datafile, maintainers, review, state, store
from registry.documents import ProviderDoc
from registry.errors import DataInvalid
from registry.models import AuditEvent, Evidence
from tests.registry.test_validation import GOOD, TODAY


@pytest.fixture
def data_dir(tmp_path):
    directory = tmp_path / "providers"
    directory.mkdir()
    (directory / "alipay.yaml").write_text(GOOD, encoding="utf-8")
    return directory


class TestImport:
    def test_import_creates_the_provider_with_its_evidence_and_one_audit_event(self, session, data_dir):
        result = baseline.import_directory(session, data_dir, actor="tester", today=TODAY)
        [provider] = store.read_providers(session)
        assert provider.slug == "alipay"
        assert provider.channels[0].value == "CN:95188"
        assert provider.channels[0].evidence[0].excerpt.startswith("支付宝官方")
        [event] = audit.events(session)
        assert event.action == "registry.import" and event.actor == "tester"
        assert baseline.files_digest(data_dir) in event.payload
        assert state.current_version(session) == result.version == 1

    def test_importing_twice_changes_nothing_and_writes_no_second_event(self, session, data_dir):
        baseline.import_directory(session, data_dir, actor="tester", today=TODAY)
        again = baseline.import_directory(session, data_dir, actor="tester", today=TODAY)
        assert again.changed == []
        assert len(audit.events(session)) == 1
        assert state.current_version(session) == 1
        assert len(session.exec(select(Evidence)).all()) == 2

    def test_new_evidence_for_an_unchanged_fact_is_a_reverification(self, session, data_dir):
        baseline.import_directory(session, data_dir, actor="tester", today=TODAY)
        changed = GOOD.replace("    confidence: medium\n", "    confidence: medium\n  - source_url: https://www.alipay.com/help\n"
                               "    source_kind: official_page\n    retrieved_at: '2026-11-20'\n    excerpt: 客服热线 95188\n"
                               "    content_sha256: null\n    captured_by: tester\n    confidence: high\n", 1)
        (data_dir / "alipay.yaml").write_text(changed, encoding="utf-8")
        result = baseline.import_directory(session, data_dir, actor="tester", today=TODAY)
        assert result.proposals == [] and result.reverified == ["channel alipay/phone-95188"]
        [provider] = store.read_providers(session)
        assert [e.retrieved_at.isoformat() for e in provider.channels[0].evidence] == ["2026-11-22", "2026-11-20"]
        assert state.current_version(session) == 2
        assert [e.action for e in audit.events(session)] == ["registry.import", "evidence.reverify", "registry.import.proposed"]

    def test_invalid_files_import_nothing(self, session, data_dir):
        (data_dir / "alipay.yaml").write_text(GOOD.replace("CN:95188", "CN:9518"), encoding="utf-8")
        with pytest.raises(DataInvalid) as raised:
            baseline.import_directory(session, data_dir, actor="tester", today=TODAY)
        assert any("does not contain the value CN:9518" in line for line in raised.value.detail)
        assert store.read_providers(session) == []
        assert audit.events(session) == []

    def test_an_alias_can_move_between_providers_in_the_baseline(self, session, data_dir):
        (data_dir / "alipay.yaml").write_text(GOOD.replace(", 阿里支付]", "]"), encoding="utf-8")
        other = GOOD.replace("slug: alipay", "slug: ali-pay-two").replace("aliases: [支付宝, Alipay, 阿里支付]", "aliases: [阿里支付]")
        (data_dir / "ali-pay-two.yaml").write_text(other, encoding="utf-8")
        baseline.import_directory(session, data_dir, actor="tester", today=TODAY)
        by_slug = {p.slug: p for p in store.read_providers(session)}
        assert by_slug["alipay"].aliases == ["支付宝", "Alipay"]
        assert by_slug["ali-pay-two"].aliases == ["阿里支付"]


class TestImportAfterTheBaseline:
    """Once the database holds data, files are one more source of changes: proposals, reviewed."""

    def test_a_changed_fact_becomes_a_proposal_by_the_import_bot(self, session, data_dir):
        baseline.import_directory(session, data_dir, actor="tester", today=TODAY)
        without_source = GOOD.replace("display: '95188'", "display: '95188 (24h)'")
        (data_dir / "alipay.yaml").write_text(without_source, encoding="utf-8")
        refused = baseline.import_directory(session, data_dir, actor="tester", today=TODAY)
        assert refused.proposals == [] and "needs evidence" in refused.refused[0]
        with_source = without_source.replace("    confidence: medium\n", "    confidence: medium\n  - source_url: https://www.alipay.com/help\n"
                                             "    source_kind: official_page\n    retrieved_at: '2026-11-20'\n"
                                             "    excerpt: 客服热线 95188（24小时）\n    content_sha256: null\n    captured_by: tester\n"
                                             "    confidence: high\n", 1)
        (data_dir / "alipay.yaml").write_text(with_source, encoding="utf-8")
        result = baseline.import_directory(session, data_dir, actor="tester", today=TODAY)
        [proposal_id] = result.proposals
        proposal = review.get(session, proposal_id)
        assert (proposal.proposer, proposal.state, proposal.subject_key) == ("import", "pending", "phone-95188")
        assert store.read_providers(session)[0].channels[0].display == "95188"
        again = baseline.import_directory(session, data_dir, actor="tester", today=TODAY)
        assert again.proposals == [] and len(again.already_pending) == 1
        reviewer = maintainers.add(session, name="bo", role=maintainers.Role.maintainer, actor="test")[0]
        review.approve(session, proposal_id=proposal_id, reviewer=reviewer, today=TODAY)
        assert store.read_providers(session)[0].channels[0].display == "95188 (24h)"

    def test_a_new_provider_file_becomes_a_create_proposal(self, session, data_dir):
        baseline.import_directory(session, data_dir, actor="tester", today=TODAY)
        other = GOOD.replace("slug: alipay", "slug: examplepay").replace("aliases: [支付宝, Alipay, 阿里支付]", "aliases: [ExamplePay]")
        (data_dir / "examplepay.yaml").write_text(other, encoding="utf-8")
        result = baseline.import_directory(session, data_dir, actor="tester", today=TODAY)
        [proposal_id] = result.proposals
        assert review.get(session, proposal_id).action == "create"
        assert [p.slug for p in store.read_providers(session)] == ["alipay"]


class TestRoundTrip:
    def test_export_of_the_bundled_data_is_byte_identical(self, session, bundled_data_dir, tmp_path):
        baseline.import_directory(session, bundled_data_dir, actor="tester")
        out = tmp_path / "export"
        written = baseline.export_directory(session, out)
        originals = sorted(bundled_data_dir.glob("*.yaml"))
        assert len(written) == len(originals) >= 40
        for original in originals:
            assert (out / original.name).read_bytes() == original.read_bytes(), original.name

    def test_export_into_the_same_folder_touches_no_file(self, session, data_dir):
        baseline.import_directory(session, data_dir, actor="tester", today=TODAY)
        assert baseline.export_directory(session, data_dir) == []

    def test_bundled_files_are_in_the_canonical_layout(self, bundled_data_dir):
        # What `export` would write is what is committed, so review diffs show only real changes.
        for path in sorted(bundled_data_dir.glob("*.yaml")):
            loaded = datafile.load(path)
            assert datafile.dumps(ProviderDoc.model_validate(loaded.data)) == path.read_text(encoding="utf-8"), path.name


class TestAuditChain:
    @pytest.fixture
    def chained(self, session, data_dir):
        for index in range(4):
            audit.append(session, actor=f"m{index}", action="test.event", subject=f"s{index}", payload={"n": index})
        session.flush()
        return session

    def test_an_untouched_chain_verifies(self, chained):
        assert audit.verify(chained) == []

    def test_a_changed_event_is_detected(self, chained):
        event = chained.exec(select(AuditEvent).where(AuditEvent.seq == 2)).one()
        event.payload = '{"n": 99}'
        chained.add(event)
        chained.flush()
        assert [b.seq for b in audit.verify(chained)] == [2]

    def test_a_removed_event_is_detected(self, chained):
        chained.execute(sa.delete(AuditEvent).where(AuditEvent.seq == 3))
        chained.flush()
        breaks = audit.verify(chained)
        assert breaks and breaks[0].seq == 4

    def test_reordered_events_are_detected(self, chained):
        two = chained.exec(select(AuditEvent).where(AuditEvent.seq == 2)).one()
        three = chained.exec(select(AuditEvent).where(AuditEvent.seq == 3)).one()
        two.seq, three.seq = 1000, 1001
        chained.add_all([two, three])
        chained.flush()
        two.seq, three.seq = 3, 2
        chained.add_all([two, three])
        chained.flush()
        assert {b.seq for b in audit.verify(chained)} >= {2, 3}

    def test_a_rehashed_forgery_still_breaks_the_link_to_the_next_event(self, chained):
        event = chained.exec(select(AuditEvent).where(AuditEvent.seq == 2)).one()
        event.actor = "someone-else"
        event.hash = audit.event_hash(event)
        chained.add(event)
        chained.flush()
        assert [b.seq for b in audit.verify(chained)] == [3]


class TestStale:
    def test_facts_older_than_the_period_are_listed_oldest_first(self, data_dir):
        provider = ProviderDoc.model_validate(datafile.load(data_dir / "alipay.yaml").data)
        assert baseline.stale_facts([provider], today=TODAY) == []
        later = TODAY + dt.timedelta(days=181)
        stale = baseline.stale_facts([provider], today=later)
        assert [(s.slug, s.fact, s.age_days) for s in stale] == [
            ("alipay", "channel phone-95188 (CN:95188)", 181),
            ("alipay", "policy never_asks_otp", 181),
        ]
        assert baseline.stale_facts([provider], today=TODAY + dt.timedelta(days=180)) == []

