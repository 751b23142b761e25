"""The cryptography of key slots, apart from the file format: key pairs, envelopes, anchors, sealed values.

Slot format 2 (the age model): a slot holds an X25519 key pair. Its private half and the slot's *anchor*
are encrypted with AES-256-GCM under the key-encryption key that Argon2id derives from her password (or
the recovery key); the slot's metadata is the associated data. The data key is wrapped to the slot's public
key in an *envelope*: an ephemeral X25519 key, HKDF-SHA256 over the shared secret (salted with both public
keys), AES-256-GCM with the envelope's metadata as associated data. So an admin who holds the data key can
wrap a new data key to every colleague's slot (a rekey) without knowing anyone's password.

Anyone can wrap *some* key to a public key, so an envelope alone is not trusted: the anchor,
HKDF(data key), sits under her password, and a data key is accepted only if its anchor equals hers or
the vault itself (opened with that key) lists hers among the keys it replaced. Someone who can write the
vault folder but holds no key cannot make her password open a database of their making.

Slot format 1 (before issue 14): AES-256-GCM(KEK, data key) directly. Still read; upgraded to format 2 at
the holder's next unlock.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF, HKDFExpand

from ..domain.errors import KeySlotRejected
from .audit import derive_subkey

NONCE_BYTES = 12
KEY_BYTES = 32
TAG_BYTES = 16
_RAW = serialization.Encoding.Raw


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: object, size: int | None = None) -> bytes:
    """Strict base64 of an expected length (ValueError otherwise: the caller treats the entry as damaged)."""
    if not isinstance(text, str) or len(text) > 4096:
        raise ValueError("not base64 text")
    raw = base64.b64decode(text.encode("ascii"), validate=True)
    if size is not None and len(raw) != size:
        raise ValueError("wrong length")
    return raw


def canonical(meta: dict[str, object]) -> bytes:
    return json.dumps(meta, sort_keys=True, separators=(",", ":")).encode("utf-8")


# -- values derived from a data key -----------------------------------------------------------------------
def key_id(data_key: bytes | bytearray) -> str:
    """A public name for a data key (which one opens the database), revealing nothing about it."""
    return derive_subkey(data_key, b"key-id/v1")[:16].hex()


def anchor(data_key: bytes | bytearray) -> bytes:
    """A secret only holders of this data key can compute; kept under each password to vouch for the key."""
    return derive_subkey(data_key, b"key-anchor/v1")


def extract_root(data_key: bytes | bytearray) -> bytes:
    """HKDF-Extract of the data key (SHA-256, no salt): every subkey is HKDF-Expand of this root, which is
    what `audit.derive_subkey` computes in one step. After a rekey the vault keeps the root of its first
    key (sealed in the slot file), so the audit chain and the backups' manifests keep their keys."""
    return hmac.new(b"\x00" * 32, bytes(data_key), hashlib.sha256).digest()


def expand(root: bytes | bytearray, purpose: bytes) -> bytes:
    return HKDFExpand(algorithm=hashes.SHA256(), length=32, info=b"kadin-danisma/" + purpose).derive(bytes(root))


# -- sealed values (AES-256-GCM under a given key) --------------------------------------------------------
@dataclass(frozen=True)
class Sealed:
    nonce: bytes
    wrapped: bytes

    def to_json(self) -> dict[str, str]:
        return {"nonce": b64(self.nonce), "wrapped": b64(self.wrapped)}

    @classmethod
    def from_json(cls, data: object, size: int) -> Sealed:
        if not isinstance(data, dict):
            raise ValueError("not an object")
        return cls(unb64(data.get("nonce"), NONCE_BYTES), unb64(data.get("wrapped"), size + TAG_BYTES))


def seal(key: bytes, plaintext: bytes, aad: bytes) -> Sealed:
    nonce = os.urandom(NONCE_BYTES)
    return Sealed(nonce, AESGCM(key).encrypt(nonce, plaintext, aad))


def open_sealed(key: bytes, sealed: Sealed, aad: bytes) -> bytes:
    """The plaintext, or InvalidTag."""
    return AESGCM(key).decrypt(sealed.nonce, sealed.wrapped, aad)


def seal_root(data_key: bytes | bytearray, root: bytes | bytearray, vault_id: str) -> Sealed:
    return seal(derive_subkey(data_key, b"subkey-root-seal/v1"), bytes(root), _root_aad(vault_id))


def open_root(data_key: bytes | bytearray, sealed: Sealed, vault_id: str) -> bytes:
    return open_sealed(derive_subkey(data_key, b"subkey-root-seal/v1"), sealed, _root_aad(vault_id))


def _root_aad(vault_id: str) -> bytes:
    return canonical({"purpose": "subkey-root", "vault_id": vault_id})


# -- key pairs and envelopes -------------------------------------------------------------------------------
def new_keypair() -> tuple[bytes, bytes]:
    private = X25519PrivateKey.generate()
    raw_private = private.private_bytes(_RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    return raw_private, private.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)


def public_of(private_key: bytes) -> bytes:
    return X25519PrivateKey.from_private_bytes(private_key).public_key().public_bytes(
        _RAW, serialization.PublicFormat.Raw)


@dataclass(frozen=True)
class Envelope:
    """The data key wrapped to one slot's public key."""

    ephemeral: bytes
    nonce: bytes
    wrapped: bytes

    def to_json(self) -> dict[str, str]:
        return {"ephemeral": b64(self.ephemeral), "nonce": b64(self.nonce), "wrapped": b64(self.wrapped)}

    @classmethod
    def from_json(cls, data: object) -> Envelope:
        if not isinstance(data, dict):
            raise ValueError("not an object")
        return cls(unb64(data.get("ephemeral"), KEY_BYTES), unb64(data.get("nonce"), NONCE_BYTES),
                   unb64(data.get("wrapped"), KEY_BYTES + TAG_BYTES))


def _wrap_key(shared: bytes, ephemeral: bytes, public_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + public_key,
                info=b"kadin-danisma/data-key-wrap/v1").derive(shared)


def _envelope_aad(meta: dict[str, object], ephemeral: bytes) -> bytes:
    return canonical({**meta, "purpose": "data-key", "ephemeral": b64(ephemeral)})


def wrap_to(public_key: bytes, data_key: bytes | bytearray, meta: dict[str, object]) -> Envelope:
    """Wrap the data key so that only the holder of the private key matching `public_key` can unwrap it;
    `meta` (vault id, slot id, public key) is bound as associated data."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
    try:
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public_key))
    except ValueError:
        raise KeySlotRejected("key slot public key is not usable") from None
    nonce = os.urandom(NONCE_BYTES)
    wrapped = AESGCM(_wrap_key(shared, ephemeral_public, public_key)).encrypt(
        nonce, bytes(data_key), _envelope_aad(meta, ephemeral_public))
    return Envelope(ephemeral_public, nonce, wrapped)


def unwrap_from(private_key: bytes, public_key: bytes, envelope: Envelope, meta: dict[str, object]) -> bytearray:
    """The data key in the envelope; KeySlotRejected if it was not made for this slot or was altered."""
    try:
        shared = X25519PrivateKey.from_private_bytes(private_key).exchange(
            X25519PublicKey.from_public_bytes(envelope.ephemeral))
        key = AESGCM(_wrap_key(shared, envelope.ephemeral, public_key)).decrypt(
            envelope.nonce, envelope.wrapped, _envelope_aad(meta, envelope.ephemeral))
    except (InvalidTag, ValueError):
        raise KeySlotRejected("the data key in this key slot is damaged") from None
    return bytearray(key)
