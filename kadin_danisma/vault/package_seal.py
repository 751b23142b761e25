"""The sealed package file (`.kdpkg`, issue 17): encrypted to one recipient vault, signed by the sender.

Layout (all lengths big-endian):

    MAGIC (8 bytes) | header length (2) | header (canonical JSON) | ciphertext | Ed25519 signature (64)

The header holds only what a recipient needs before it can decrypt: format version `v`, sender and
recipient ids (`from`, `to`: SHA-256 of each one's Ed25519 key), the sequence number `seq` of this package
from sender to recipient, `prev` (SHA-256 of the previous package file the sender wrote to this recipient,
'' for the first), `ack` (the highest sequence the sender has imported from the recipient), the ephemeral
X25519 public key `eph`, the nonce and the ciphertext's length `len` (so a cut file is told apart from a
forged one). No date, no name, no count: nothing about the case.

Encryption: X25519(ephemeral, recipient) → HKDF-SHA256 (salt: both public keys; info names the format) →
AES-256-GCM with the magic and header as associated data. The plaintext is the zlib-compressed payload,
prefixed by its length and padded with zeros to a Padmé size (Nikitin et al., PETS 2019: at most 12 %
larger, and a size reveals only O(log log n) bits), at least 64 KiB: a package's size says little about
how much it carries. The signature covers everything before it, so one changed byte anywhere is refused,
and the ephemeral key makes two packages of the same content differ.

Limits are checked before any work: the file's size, the header's size, then the decompressed size, which
stops at MAX_PAYLOAD while inflating (a zip bomb is refused without being inflated). Every failure is a
PackageRefused with a code the GUI translates; no message carries content.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import struct
import zlib
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..domain.errors import PackageRefused

MAGIC = b"KDPKG\r\n\x1a"
FORMAT = 1
MAX_FILE = 64 * 1024 * 1024  # a sealed file larger than this is refused before it is read
MAX_HEADER = 2048
MAX_PAYLOAD = 256 * 1024 * 1024  # decompressed
MIN_PADDED = 64 * 1024
HEADER_SIZE = 512  # spaces after the JSON fill the header to this size
SIGNATURE = 64
_PREFIX = len(MAGIC) + 2
_INFO = b"kadin-danisma package v1"
_HEADER_KEYS = {"v", "from", "to", "seq", "prev", "ack", "eph", "nonce", "len"}
_RAW = serialization.Encoding.Raw


@dataclass(frozen=True)
class Keys:
    """A vault's own key pair for packages (raw 32-byte private keys)."""

    x25519_private: bytes
    ed25519_private: bytes

    @classmethod
    def generate(cls) -> Keys:
        x = X25519PrivateKey.generate().private_bytes(_RAW, serialization.PrivateFormat.Raw,
                                                       serialization.NoEncryption())
        e = Ed25519PrivateKey.generate().private_bytes(_RAW, serialization.PrivateFormat.Raw,
                                                        serialization.NoEncryption())
        return cls(x, e)

    @property
    def x25519_public(self) -> bytes:
        return X25519PrivateKey.from_private_bytes(self.x25519_private).public_key().public_bytes(
            _RAW, serialization.PublicFormat.Raw)

    @property
    def ed25519_public(self) -> bytes:
        return Ed25519PrivateKey.from_private_bytes(self.ed25519_private).public_key().public_bytes(
            _RAW, serialization.PublicFormat.Raw)

    @property
    def own_id(self) -> str:
        return hashlib.sha256(self.ed25519_public).hexdigest()


@dataclass(frozen=True)
class Header:
    version: int
    sender: str
    recipient: str
    sequence: int
    previous: str
    ack: int
    ephemeral: bytes
    nonce: bytes
    length: int

    def as_json(self) -> bytes:
        return json.dumps({
            "v": self.version, "from": self.sender, "to": self.recipient, "seq": self.sequence,
            "prev": self.previous, "ack": self.ack, "eph": _b64(self.ephemeral), "nonce": _b64(self.nonce),
            "len": self.length,
        }, sort_keys=True, separators=(",", ":")).encode("ascii")


def padded_size(n: int) -> int:
    """Padmé: round n up so that only its top bits vary (at most ~12 % more), never below MIN_PADDED."""
    n = max(n, MIN_PADDED)
    exponent = n.bit_length() - 1
    low_bits = exponent - exponent.bit_length()
    mask = (1 << low_bits) - 1
    return (n + mask) & ~mask


def file_hash(data: bytes) -> str:
    """The hash that chains a partner's packages (`prev`)."""
    return hashlib.sha256(data).hexdigest()


def seal(payload: bytes, keys: Keys, recipient_x25519: bytes, recipient_id: str, *, sequence: int,
         previous: str, ack: int) -> bytes:
    """The sealed file carrying `payload` (JSON bytes) to the recipient."""
    if len(payload) > MAX_PAYLOAD:
        raise PackageRefused("this package would be larger than a package may be", code="package_too_large")
    compressed = zlib.compress(payload, 6)
    size = padded_size(8 + len(compressed))
    plain = bytearray(size)
    plain[:8] = struct.pack(">Q", len(compressed))
    plain[8:8 + len(compressed)] = compressed
    ephemeral = X25519PrivateKey.generate()
    eph_public = ephemeral.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
    key = _derive(ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_x25519)), eph_public,
                  recipient_x25519)
    nonce = os.urandom(12)
    header = Header(FORMAT, keys.own_id, recipient_id, sequence, previous, ack, eph_public, nonce,
                    size + 16).as_json()
    header += b" " * (HEADER_SIZE - len(header))  # every header the same size: its numbers do not show
    if len(header) > MAX_HEADER:
        raise PackageRefused("package header too long", code="package_malformed")
    front = MAGIC + struct.pack(">H", len(header)) + header
    body = front + AESGCM(key).encrypt(nonce, bytes(plain), front)
    if len(body) + SIGNATURE > MAX_FILE:
        raise PackageRefused("this package would be larger than a package may be", code="package_too_large")
    return body + Ed25519PrivateKey.from_private_bytes(keys.ed25519_private).sign(body)


def read_header(data: bytes) -> Header:
    """The header of a sealed file, after the checks that need no key: size, magic, format, lengths."""
    if len(data) > MAX_FILE:
        raise PackageRefused("this file is larger than a package may be", code="package_too_large")
    if len(data) < _PREFIX or not data.startswith(MAGIC):
        raise PackageRefused("this file is not a Kadın Danışma package", code="package_malformed")
    (header_len,) = struct.unpack(">H", data[len(MAGIC):_PREFIX])
    if header_len > MAX_HEADER or len(data) < _PREFIX + header_len:
        raise PackageRefused("this package is cut short or damaged (its header)", code="package_malformed")
    header = _parse_header(data[_PREFIX:_PREFIX + header_len])
    expected = _PREFIX + header_len + header.length + SIGNATURE
    if len(data) != expected:
        raise PackageRefused("this package is cut short or has bytes after its end" if len(data) < expected
                             else "this package has bytes after its end", code="package_malformed")
    return header


def open_sealed(data: bytes, header: Header, keys: Keys, sender_ed25519: bytes) -> bytes:
    """The payload (JSON bytes) of a file whose header `read_header` gave: signature, then decryption, then
    decompression capped at MAX_PAYLOAD."""
    body, signature = data[:-SIGNATURE], data[-SIGNATURE:]
    try:
        Ed25519PublicKey.from_public_bytes(sender_ed25519).verify(signature, body)
    except InvalidSignature:
        raise PackageRefused("this package was changed after it was made (its signature does not match)",
                             code="package_tampered") from None
    front = body[:len(body) - header.length]
    key = _derive(X25519PrivateKey.from_private_bytes(keys.x25519_private).exchange(
        X25519PublicKey.from_public_bytes(header.ephemeral)), header.ephemeral, keys.x25519_public)
    try:
        plain = AESGCM(key).decrypt(header.nonce, body[len(front):], front)
    except InvalidTag:
        raise PackageRefused("this package cannot be decrypted with this vault's key", code="package_tampered") \
            from None
    (length,) = struct.unpack(">Q", plain[:8])
    if length > len(plain) - 8:
        raise PackageRefused("this package's content is damaged", code="package_malformed")
    inflater = zlib.decompressobj()
    try:
        payload = inflater.decompress(plain[8:8 + length], MAX_PAYLOAD + 1)
    except zlib.error:
        raise PackageRefused("this package's content is damaged", code="package_malformed") from None
    if len(payload) > MAX_PAYLOAD or inflater.unconsumed_tail:
        raise PackageRefused("this package's content is larger than a package may carry",
                             code="package_too_large")
    if not inflater.eof or inflater.unused_data:
        raise PackageRefused("this package's content is damaged", code="package_malformed")
    return payload


def _derive(shared: bytes, eph_public: bytes, recipient_public: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=eph_public + recipient_public, info=_INFO).derive(shared)


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _parse_header(raw: bytes) -> Header:
    bad = PackageRefused("this package's header is damaged", code="package_malformed")
    try:
        doc: Any = json.loads(raw.decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        raise bad from None
    if not isinstance(doc, dict):
        raise bad
    version = doc.get("v")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT:
        raise PackageRefused(f"this package was made by a newer version of the app (format {version}); update "
                             "the app to import it", code="package_too_new")
    if set(doc) != _HEADER_KEYS or version != FORMAT:
        raise bad
    ints = [doc[k] for k in ("seq", "ack", "len")]
    if any(not isinstance(v, int) or isinstance(v, bool) or v < 0 for v in ints) or doc["seq"] < 1:
        raise bad
    if not all(isinstance(doc[k], str) and _is_hex(doc[k], 64) for k in ("from", "to")):
        raise bad
    if not isinstance(doc["prev"], str) or not (doc["prev"] == "" or _is_hex(doc["prev"], 64)):
        raise bad
    try:
        eph = base64.b64decode(doc["eph"], validate=True)
        nonce = base64.b64decode(doc["nonce"], validate=True)
    except (binascii.Error, ValueError, TypeError):
        raise bad from None
    if len(eph) != 32 or len(nonce) != 12 or doc["len"] < 16 or doc["len"] > MAX_FILE:
        raise bad
    return Header(FORMAT, doc["from"], doc["to"], doc["seq"], doc["prev"], doc["ack"], eph, nonce, doc["len"])


def _is_hex(text: str, length: int) -> bool:
    return len(text) == length and all(c in "0123456789abcdef" for c in text)
