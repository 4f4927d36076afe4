"""The whole published registry as one signed document, for clients that check offline (browser extensions,
apps): a static file a CDN can serve to every install, so that most lookups never reach our servers.

The envelope carries the document as a string, `signed`, and an Ed25519 signature over that string's UTF-8
bytes. A client verifies the bytes it received and only then parses them: there is no canonical form of JSON
to reproduce, in any language. The document depends on the registry version alone (no dates of the day), so
one version always gives the same bytes, signature and ETag.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass

import nacl.exceptions
import nacl.signing

from registry.errors import RegistryError
from registry.index import RegistryIndex

FORMAT = "verified-contacts-snapshot/1"
ALGORITHM = "ed25519"
SEED_BYTES = 32  # an Ed25519 private key is made from a 32-byte seed


class SnapshotInvalid(RegistryError):
    """A snapshot that is not one, or whose signature does not hold: nothing in it may be trusted."""

    status_code = 422
    code = "invalid_snapshot"


@dataclass(frozen=True)
class SigningKey:
    key: nacl.signing.SigningKey

    @property
    def public_key(self) -> str:
        return base64.b64encode(bytes(self.key.verify_key)).decode("ascii")

    @property
    def key_id(self) -> str:
        """Short enough to show, long enough to tell keys apart when one replaces another."""
        return hashlib.sha256(bytes(self.key.verify_key)).hexdigest()[:16]

    def __repr__(self) -> str:  # a key in a log or a traceback shows which key, never the key
        return f"SigningKey(key_id={self.key_id!r})"


def new_seed() -> str:
    """A new private key, as VC_SNAPSHOT_SIGNING_KEY takes it: 32 random bytes in base64."""
    return base64.b64encode(bytes(nacl.signing.SigningKey.generate())).decode("ascii")


def signing_key(seed: str) -> SigningKey:
    try:
        raw = base64.b64decode(seed.strip(), validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != SEED_BYTES:
        raise ValueError("a snapshot signing key is 32 bytes written in base64 (44 characters); "
                         "`verified-contacts snapshot keygen` makes one")
    return SigningKey(nacl.signing.SigningKey(raw))


def document(index: RegistryIndex) -> dict:
    return {
        "format": FORMAT,
        "registry_version": index.version,
        "providers": [published_provider(index, slug) for slug in sorted(index.providers)],
        # Confirmed reports only: a number or address reported and not yet confirmed is not known to be a scam.
        "known_scams": sorted(({"kind": entry.kind, "value": entry.value, "claimed_provider": entry.claimed_provider,
                                "report_id": entry.report_id}
                               for entries in index.scams.values() for entry in entries),
                              key=lambda scam: (scam["kind"], scam["value"], scam["report_id"])),
    }


def published_provider(index: RegistryIndex, slug: str) -> dict:
    """A provider as the public may see it: the channels that may be served as official, with their evidence,
    and its published policies. Whether a channel is active or its evidence stale depends on the day it is
    read; the dates that decide it are here (valid_from, valid_until, last_verified)."""
    provider = index.providers[slug]
    channels = []
    for channel in provider.channels:
        entry = next((e for e in index.channels_for(channel.kind, channel.value)
                      if e.provider.slug == slug and e.channel.key == channel.key), None)
        if entry is None or not entry.publishable:
            continue
        channels.append({**channel.model_dump(mode="json", exclude={"published"}),
                         "confidence": str(entry.confidence), "last_verified": entry.last_verified.isoformat()})
    policies = [policy.model_dump(mode="json", exclude={"published"}) for policy in index.policies.get(slug, {}).values()]
    return {"slug": provider.slug, "kind": str(provider.kind), "names": provider.names, "aliases": provider.aliases,
            "jurisdictions": provider.jurisdictions, "channels": channels, "policies": policies}


@dataclass(frozen=True)
class Signed:
    body: bytes  # the envelope, as served
    etag: str


def signed(index: RegistryIndex, key: SigningKey) -> Signed:
    """The envelope for this index, made once per index and key (an index never changes; a new version is a
    new index)."""
    memo_key = ("snapshot", key.key_id)
    made = index.memo.get(memo_key)
    if made is None:
        text = json.dumps(document(index), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        signature = key.key.sign(text.encode("utf-8")).signature
        envelope = {"format": FORMAT, "algorithm": ALGORITHM, "key_id": key.key_id, "public_key": key.public_key,
                    "signature": base64.b64encode(signature).decode("ascii"), "signed": text}
        body = json.dumps(envelope, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        made = index.memo[memo_key] = Signed(body, f'"{hashlib.sha256(body).hexdigest()[:32]}"')
    return made


def verify(envelope: bytes, public_key: str) -> dict:
    """The document inside, once its signature holds for this public key (base64, as GET /v1/snapshot/key and
    `verified-contacts snapshot keygen` give it): the key the client already trusts, never the one the
    envelope names."""
    try:
        outer = json.loads(envelope)
    except (ValueError, UnicodeDecodeError):
        raise SnapshotInvalid("this is not a snapshot: it is not JSON") from None
    if not isinstance(outer, dict) or outer.get("format") != FORMAT or outer.get("algorithm") != ALGORITHM \
            or not isinstance(outer.get("signed"), str) or not isinstance(outer.get("signature"), str):
        raise SnapshotInvalid(f"this is not a {FORMAT} document signed with {ALGORITHM}")
    try:
        verify_key = nacl.signing.VerifyKey(base64.b64decode(public_key.strip(), validate=True))
    except (binascii.Error, ValueError, TypeError):
        raise SnapshotInvalid("the public key is not an Ed25519 key in base64 (44 characters)") from None
    try:
        verify_key.verify(outer["signed"].encode("utf-8"), base64.b64decode(outer["signature"], validate=True))
    except (binascii.Error, ValueError, nacl.exceptions.BadSignatureError):
        raise SnapshotInvalid("the signature does not hold for this public key: the snapshot was changed, "
                              "or signed with another key; trust nothing in it") from None
    return json.loads(outer["signed"])
