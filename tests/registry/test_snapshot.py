"""The signed snapshot: what it holds, and that nothing changed in it, or signed by another key, is trusted."""

from __future__ import annotations

import base64
import json

import pytest

from registry import index as registry_index
from registry import snapshot
from registry.index import ScamEntry

SEED = base64.b64encode(bytes(range(32))).decode("ascii")
OTHER_SEED = base64.b64encode(bytes(range(1, 33))).decode("ascii")


@pytest.fixture
def index(bundled_index):
    # a fresh index of the bundled providers: the envelope is memoised on the index it was made from
    return registry_index.build(list(bundled_index.providers.values()), version=7)


def test_what_is_signed_is_the_published_registry(index):
    key = snapshot.signing_key(SEED)
    document = snapshot.verify(snapshot.signed(index, key).body, key.public_key)
    assert document["format"] == snapshot.FORMAT and document["registry_version"] == 7
    assert [provider["slug"] for provider in document["providers"]] == sorted(index.providers)
    by_slug = {provider["slug"]: provider for provider in document["providers"]}
    alipay = {channel["value"] for channel in by_slug["alipay"]["channels"]}
    assert "CN:95188" in alipay
    assert {"no_phone_support"} <= {policy["code"] for policy in by_slug["metamask"]["policies"]}
    # A channel kept but not published (Cash App's 1-800-969-1940: only low evidence) is not served as official
    # here either.
    assert "+18009691940" not in {channel["value"] for channel in by_slug["cash-app"]["channels"]}
    assert "+18009691940" in {channel.value for channel in index.providers["cash-app"].channels}
    channel = by_slug["alipay"]["channels"][0]
    assert channel["evidence"] and channel["confidence"] and channel["last_verified"] and "published" not in channel
    assert document["known_scams"] == []


def test_confirmed_scams_are_in_it(bundled_index):
    scams = [ScamEntry(report_id=3, kind="phone", value="+12097988106", claimed_provider="metamask", seen_url="https://spam.example")]
    index = registry_index.build(list(bundled_index.providers.values()), version=8, scams=scams)
    key = snapshot.signing_key(SEED)
    document = snapshot.verify(snapshot.signed(index, key).body, key.public_key)
    # where it was seen stays with the report: the snapshot says what is a scam, not who saw it where
    assert document["known_scams"] == [{"kind": "phone", "value": "+12097988106", "claimed_provider": "metamask", "report_id": 3}]


def test_one_registry_version_gives_the_same_bytes(index, bundled_index):
    key = snapshot.signing_key(SEED)
    again = registry_index.build(list(bundled_index.providers.values()), version=7)
    newer = registry_index.build(list(bundled_index.providers.values()), version=9)
    assert snapshot.signed(index, key) == snapshot.signed(again, key)
    assert snapshot.signed(newer, key).etag != snapshot.signed(index, key).etag


def envelope(index) -> dict:
    return json.loads(snapshot.signed(index, snapshot.signing_key(SEED)).body)


class TestNothingElseIsTrusted:
    def test_a_changed_number(self, index):
        changed = envelope(index)
        assert '"CN:95188"' in changed["signed"]
        changed["signed"] = changed["signed"].replace('"CN:95188"', '"CN:95199"', 1)
        with pytest.raises(snapshot.SnapshotInvalid, match="the signature does not hold for this public key"):
            snapshot.verify(json.dumps(changed).encode(), snapshot.signing_key(SEED).public_key)

    def test_a_snapshot_signed_by_another_key_even_one_that_names_itself_inside(self, index):
        forged = snapshot.signed(index, snapshot.signing_key(OTHER_SEED)).body
        assert json.loads(forged)["public_key"] == snapshot.signing_key(OTHER_SEED).public_key
        with pytest.raises(snapshot.SnapshotInvalid, match="signed with another key"):
            snapshot.verify(forged, snapshot.signing_key(SEED).public_key)

    @pytest.mark.parametrize(("body", "message"), [
        (b"<html>502 Bad Gateway</html>", "this is not a snapshot: it is not JSON"),
        (b"\xff\xfe", "this is not a snapshot: it is not JSON"),
        (b"[]", "this is not a verified-contacts-snapshot/1 document signed with ed25519"),
        (b'{"format": "verified-contacts-snapshot/1", "algorithm": "rsa", "signed": "{}", "signature": ""}',
         "signed with ed25519"),
        (b'{"format": "verified-contacts-snapshot/1", "algorithm": "ed25519", "signed": "{}", "signature": "@@"}',
         "the signature does not hold"),
    ])
    def test_what_is_not_a_snapshot(self, body, message):
        with pytest.raises(snapshot.SnapshotInvalid, match=message):
            snapshot.verify(body, snapshot.signing_key(SEED).public_key)

    @pytest.mark.parametrize("public_key", ["", "not base64!", base64.b64encode(b"short").decode()])
    def test_a_public_key_that_is_not_one(self, index, public_key):
        with pytest.raises(snapshot.SnapshotInvalid, match="the public key is not an Ed25519 key"):
            snapshot.verify(snapshot.signed(index, snapshot.signing_key(SEED)).body, public_key)


@pytest.mark.parametrize("seed", ["", "abc", base64.b64encode(bytes(31)).decode(), base64.b64encode(bytes(33)).decode(), SEED + "!"])
def test_a_signing_key_that_is_not_one_is_refused_with_a_sentence(seed):
    with pytest.raises(ValueError, match="a snapshot signing key is 32 bytes written in base64"):
        snapshot.signing_key(seed)


def test_a_key_never_shows_itself():
    key = snapshot.signing_key(SEED)
    assert repr(key) == f"SigningKey(key_id={key.key_id!r})" and SEED not in repr(key)
    assert snapshot.signing_key(snapshot.new_seed()).public_key != key.public_key
