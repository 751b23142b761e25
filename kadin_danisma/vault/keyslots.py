"""The key-slot file (`keyslots.json`): one slot per user plus the recovery slot, each opening the data key.

Format 2 (issue 14; cryptography in `slotcrypto.py`): a slot holds an X25519 key pair, its private half
and anchor under AES-256-GCM with the Argon2id key-encryption key of her password; the data key is wrapped
to its public key (the *envelope*). Format-1 slots (AES-256-GCM of the data key itself) are still read and
are upgraded at their holder's next unlock. Each slot's metadata (format, vault id, slot id, kind, user
name, KDF parameters, salt, public key) is the associated data, so editing any of it or moving a wrapped
key to another user's slot fails authentication.

The file also names the current data key (`key_id`, public), holds the vault's subkey root sealed under
it once a rekey has happened, and, while a rekey is under way (or was interrupted), the `rekey` object:
the new key's envelopes for every slot, the slots made for it and the ones it replaces (see rekey.py).
Failed-attempt counters are not here any more (attempts.py).

Loading never trusts the file: sizes, types and lengths are checked, an entry that cannot be parsed is
set aside (written back as found, never used) so one damaged slot does not lock everyone out, and damage
to the file's own fields refuses the whole file ("restore from backup").
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ..domain.errors import KeySlotRejected, VaultDamaged, VaultTooNew, WrongCredentials
from . import kdf, slotcrypto
from .atomic import atomic_write
from .attempts import THROTTLE_FREE_ATTEMPTS, THROTTLE_MAX_DELAY_S, throttle_delay  # noqa: F401 - re-exported
from .slotcrypto import Envelope, Sealed, b64, unb64

FORMAT = 2  # the file format written
LEGACY_SLOT = 1  # AES-GCM(KEK, data key)
SLOT = 2  # X25519 key pair (slotcrypto)
PASSWORD = "password"  # noqa: S105 - a slot kind, not a password
RECOVERY = "recovery"
KINDS = (PASSWORD, RECOVERY)
NONCE_BYTES = slotcrypto.NONCE_BYTES
MAX_FILE_BYTES = 4 * 1024 * 1024  # a few hundred slots at most; anything bigger is not ours
_INNER_BYTES = 64  # private key + anchor
_DAMAGED = "the key-slot file is damaged: restore from backup"


@dataclass
class KeySlot:
    slot_id: str
    kind: str
    username: str | None
    params: kdf.KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes  # format 2: private key + anchor; format 1: the data key
    version: int = SLOT
    public_key: bytes = b""
    envelope: Envelope | None = None

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "slot_id": self.slot_id, "kind": self.kind, "username": self.username,
            "kdf": self.params.as_dict(), "salt": b64(self.salt), "nonce": b64(self.nonce),
            "wrapped": b64(self.wrapped),
        }
        if self.version == SLOT:
            assert self.envelope is not None
            data.update(version=SLOT, public_key=b64(self.public_key), data_key=self.envelope.to_json())
        return data

    @classmethod
    def from_json(cls, data: object) -> KeySlot:
        if not isinstance(data, dict):
            raise ValueError("not an object")
        kind, username, slot_id = data.get("kind"), data.get("username"), data.get("slot_id")
        if kind not in KINDS or not isinstance(slot_id, str) or not 0 < len(slot_id) <= 64:
            raise ValueError("slot kind or id")
        if kind == PASSWORD and (not isinstance(username, str) or not 0 < len(username) <= 200):
            raise ValueError("user name")
        if kind == RECOVERY and username is not None:
            raise ValueError("user name")
        raw_kdf = data.get("kdf")
        if not isinstance(raw_kdf, dict) or set(raw_kdf) != {"memory_kib", "iterations", "lanes", "algorithm"}:
            raise ValueError("kdf")
        # Parameters are parsed without range checks here so one odd slot does not lock out everyone;
        # they are checked (kdf.KdfParams.validate) before this slot is ever used.
        params = kdf.KdfParams(**raw_kdf)
        version = data.get("version", LEGACY_SLOT)
        if version == LEGACY_SLOT:
            return cls(slot_id, kind, username, params, unb64(data.get("salt")), unb64(data.get("nonce")),
                       unb64(data.get("wrapped")), LEGACY_SLOT)
        if version != SLOT:
            raise ValueError("slot version")
        return cls(slot_id, kind, username, params, unb64(data.get("salt")), unb64(data.get("nonce")),
                   unb64(data.get("wrapped")), SLOT, unb64(data.get("public_key"), 32),
                   Envelope.from_json(data.get("data_key")))

    # -- associated data ------------------------------------------------------------------------------
    def aad(self, vault_id: str) -> bytes:
        meta: dict[str, object] = {
            "format": self.version, "vault_id": vault_id, "slot_id": self.slot_id, "kind": self.kind,
            "username": self.username, "kdf": self.params.as_dict(), "salt": b64(self.salt),
        }
        if self.version == SLOT:
            meta["public_key"] = b64(self.public_key)
        return slotcrypto.canonical(meta)

    def envelope_meta(self, vault_id: str) -> dict[str, object]:
        return {"format": SLOT, "vault_id": vault_id, "slot_id": self.slot_id, "public_key": b64(self.public_key)}


@dataclass
class Opened:
    """What her secret opened in a slot: the key-encryption key, and either the private key and anchor
    (format 2) or the data key itself (format 1)."""

    kek: bytes
    private_key: bytes = b""
    anchor: bytes = b""
    legacy_key: bytearray | None = None


@dataclass
class PendingRekey:
    """A rekey under way or interrupted (rekey.py): nothing here is used until the database says which
    key it is encrypted with."""

    key_id: str
    envelopes: dict[str, Envelope]  # slot id -> the new key wrapped to that slot
    new_slots: list[KeySlot]  # the new recovery slot, one-time-password slots
    drop: list[str]  # slot ids the completed rekey removes
    subkey_root: Sealed  # the root sealed under the new key

    def to_json(self) -> dict[str, object]:
        return {"key_id": self.key_id, "envelopes": {k: e.to_json() for k, e in sorted(self.envelopes.items())},
                "new_slots": [s.to_json() for s in self.new_slots], "drop": list(self.drop),
                "subkey_root": self.subkey_root.to_json()}

    @classmethod
    def from_json(cls, data: object) -> PendingRekey:
        if not isinstance(data, dict):
            raise ValueError("not an object")
        kid, envelopes, new_slots, drop = (data.get("key_id"), data.get("envelopes"), data.get("new_slots"),
                                           data.get("drop"))
        if not _is_key_id(kid) or not isinstance(envelopes, dict) or not isinstance(new_slots, list):
            raise ValueError("rekey")
        if not isinstance(drop, list) or not all(isinstance(d, str) for d in drop):
            raise ValueError("rekey")
        assert isinstance(kid, str)
        return cls(kid, {str(k): Envelope.from_json(v) for k, v in envelopes.items()},
                   [KeySlot.from_json(s) for s in new_slots], [str(d) for d in drop],
                   Sealed.from_json(data.get("subkey_root"), 32))


def _is_key_id(value: object) -> bool:
    return isinstance(value, str) and len(value) == 32 and all(c in "0123456789abcdef" for c in value)


@dataclass
class KeySlotFile:
    path: Path
    vault_id: str
    slots: list[KeySlot] = field(default_factory=list)
    format: int = FORMAT
    unreadable: list[object] = field(default_factory=list)  # damaged slot entries, kept as found
    key_id: str | None = None
    subkey_root: Sealed | None = None
    rekey: PendingRekey | None = None

    # -- file I/O -----------------------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path) -> KeySlotFile:
        try:
            with open(path, "rb") as fh:
                raw = fh.read(MAX_FILE_BYTES + 1)
        except FileNotFoundError:
            raise VaultDamaged("the key-slot file is missing: restore from backup") from None
        except OSError:
            raise VaultDamaged(_DAMAGED) from None
        if len(raw) > MAX_FILE_BYTES:
            raise VaultDamaged(_DAMAGED)
        return cls.parse(path, raw)

    @classmethod
    def parse(cls, path: Path, raw: bytes) -> KeySlotFile:
        try:
            data = json.loads(raw.decode("utf-8"), parse_constant=_refuse_constant)
            fmt = data["format"]
            if type(fmt) is not int or fmt < 1:
                raise ValueError
        except (ValueError, KeyError, TypeError, UnicodeDecodeError, RecursionError):
            raise VaultDamaged(_DAMAGED) from None
        if fmt > FORMAT:
            raise VaultTooNew("this vault was made by a newer version of Kadın Danışma; update the app")
        try:
            vault_id = str(uuid.UUID(str(data["vault_id"])))
            entries = data["slots"]
            if not isinstance(entries, list):
                raise TypeError
            key_id = data.get("key_id")
            if not _is_key_id(key_id):
                key_id = None  # only a hint (which key opens the database): an unlock finds out and rewrites it
            root = data.get("subkey_root")
            subkey_root = Sealed.from_json(root, 32) if root is not None else None
            pending = data.get("rekey")
            rekey = PendingRekey.from_json(pending) if pending is not None else None
        except (ValueError, KeyError, TypeError, AttributeError):
            raise VaultDamaged(_DAMAGED) from None
        # One damaged slot must not lock everyone out (above all not the recovery key): a slot that cannot
        # be read is set aside, written back as found, and never used.
        slots: list[KeySlot] = []
        unreadable: list[object] = []
        for entry in entries:
            try:
                slots.append(KeySlot.from_json(entry))
            except (ValueError, KeyError, TypeError, AttributeError):
                unreadable.append(entry)
        return cls(path=path, vault_id=vault_id, slots=slots, format=fmt, unreadable=unreadable,
                   key_id=key_id, subkey_root=subkey_root, rekey=rekey)

    def to_bytes(self) -> bytes:
        data: dict[str, object] = {"format": FORMAT, "vault_id": self.vault_id,
                                   "slots": [s.to_json() for s in self.slots] + list(self.unreadable)}
        if self.key_id is not None:
            data["key_id"] = self.key_id
        if self.subkey_root is not None:
            data["subkey_root"] = self.subkey_root.to_json()
        if self.rekey is not None:
            data["rekey"] = self.rekey.to_json()
        return (json.dumps(data, indent=1, sort_keys=True) + "\n").encode("utf-8")

    def save(self) -> None:
        """Replace the file (callers hold the key-slot lock and re-read the file under it)."""
        atomic_write(self.path, self.to_bytes())

    # -- crypto -------------------------------------------------------------------------------------
    def make_slot(self, data_key: bytes | bytearray, secret: bytes, kind: str, username: str | None,
                  params: kdf.KdfParams) -> tuple[KeySlot, bytes]:
        """A new format-2 slot for this data key, and its key-encryption key (kept only to prove the slot
        as written to disk, without a second key derivation)."""
        params.validate()
        salt = os.urandom(kdf.SALT_BYTES)
        kek = kdf.derive(secret, salt, params)
        return self.slot_for_kek(data_key, kek, kind, username, params, salt), kek

    def slot_for_kek(self, data_key: bytes | bytearray, kek: bytes, kind: str, username: str | None,
                     params: kdf.KdfParams, salt: bytes, slot_id: str | None = None,
                     private_key: bytes | None = None) -> KeySlot:
        if private_key is None:
            private_key, public_key = slotcrypto.new_keypair()
        else:
            public_key = slotcrypto.public_of(private_key)
        slot = KeySlot(slot_id or str(uuid.uuid4()), kind, username, params, salt, os.urandom(NONCE_BYTES), b"",
                       SLOT, public_key)
        slot.wrapped = AESGCM(kek).encrypt(slot.nonce, private_key + slotcrypto.anchor(data_key),
                                           slot.aad(self.vault_id))
        slot.envelope = slotcrypto.wrap_to(public_key, data_key, slot.envelope_meta(self.vault_id))
        return slot

    def open_slot(self, slot: KeySlot, secret: bytes) -> Opened:
        """Derive her key-encryption key and open the slot; WrongCredentials if the secret is wrong.
        Refuses out-of-range parameters before deriving."""
        slot.params.validate()
        if len(slot.nonce) != NONCE_BYTES:  # AES-GCM would raise a bare ValueError
            raise KeySlotRejected("key slot nonce has the wrong length")
        kek = kdf.derive(secret, slot.salt, slot.params)
        return self.open_with_kek(slot, kek)

    def open_with_kek(self, slot: KeySlot, kek: bytes) -> Opened:
        try:
            inner = AESGCM(kek).decrypt(slot.nonce, slot.wrapped, slot.aad(self.vault_id))
        except InvalidTag:
            raise WrongCredentials("wrong user name or password") from None
        if slot.version == LEGACY_SLOT:
            if len(inner) != 32:
                raise KeySlotRejected("key slot holds a key of the wrong size")
            return Opened(kek, legacy_key=bytearray(inner))
        if len(inner) != _INNER_BYTES or slotcrypto.public_of(inner[:32]) != slot.public_key:
            raise KeySlotRejected("key slot holds a key of the wrong size")
        return Opened(kek, private_key=inner[:32], anchor=inner[32:])

    def candidate_keys(self, slot: KeySlot, opened: Opened) -> list[bytearray]:
        """The data keys this slot opens: the current one, and the one of a rekey under way."""
        if opened.legacy_key is not None:
            return [opened.legacy_key]
        keys = []
        meta = slot.envelope_meta(self.vault_id)
        if slot.envelope is not None:
            keys.append(slotcrypto.unwrap_from(opened.private_key, slot.public_key, slot.envelope, meta))
        pending = self.rekey.envelopes.get(slot.slot_id) if self.rekey is not None else None
        if pending is not None:
            keys.append(slotcrypto.unwrap_from(opened.private_key, slot.public_key, pending, meta))
        return keys

    def current_key(self, slot: KeySlot, opened: Opened) -> bytearray:
        """Of the keys the slot opens, the one the file names as current (else the first)."""
        keys = self.candidate_keys(slot, opened)
        for key in keys:
            if self.key_id is None or slotcrypto.key_id(key) == self.key_id:
                return key
        return keys[0]

    def unwrap(self, slot: KeySlot, secret: bytes) -> bytearray:
        """The data key this slot opens now (the current one), or WrongCredentials."""
        return self.current_key(slot, self.open_slot(slot, secret))

    def subkey_root_for(self, data_key: bytes | bytearray) -> bytes:
        """The root every subkey (audit chain, manifests, this computer's note) is expanded from."""
        sealed = self.subkey_root
        if self.rekey is not None and slotcrypto.key_id(data_key) == self.rekey.key_id:
            sealed = self.rekey.subkey_root
        if sealed is None:
            return slotcrypto.extract_root(data_key)
        try:
            return slotcrypto.open_root(data_key, sealed, self.vault_id)
        except InvalidTag:
            raise VaultDamaged(_DAMAGED) from None

    # -- slot lookup and bookkeeping ---------------------------------------------------------------
    def password_slot(self, username: str) -> KeySlot | None:
        for slot in self.slots:
            if slot.kind == PASSWORD and slot.username == username:
                return slot
        return None

    def recovery_slot(self) -> KeySlot | None:
        for slot in self.slots:
            if slot.kind == RECOVERY:
                return slot
        return None

    def find(self, slot_id: str) -> KeySlot | None:
        for slot in self.slots:
            if slot.slot_id == slot_id:
                return slot
        return None

    def replace_slot(self, new: KeySlot) -> None:
        """Put new in place of the slot of the same kind and user (or add it). A damaged entry that still
        names the same kind and user is superseded too: kept until then, it would fail verify for good."""
        self.slots = [s for s in self.slots if not (s.kind == new.kind and s.username == new.username)]
        self.unreadable = [e for e in self.unreadable if not (
            isinstance(e, dict) and e.get("kind") == new.kind and e.get("username") == new.username)]
        self.slots.append(new)

    # -- a rekey's pending state (rekey.py) -------------------------------------------------------------
    def promote(self) -> None:
        """A completed rekey: its envelopes become current, its new slots replace the ones it drops."""
        pending = self.rekey
        assert pending is not None
        kept = []
        for slot in self.slots:
            if slot.slot_id in pending.drop:
                continue
            slot.envelope = pending.envelopes[slot.slot_id]
            kept.append(slot)
        self.slots = kept + list(pending.new_slots)
        self.unreadable = []
        self.key_id = pending.key_id
        self.subkey_root = pending.subkey_root
        self.rekey = None

    def settle_interrupted(self, opened_key_id: str) -> str | None:
        """A rekey left unfinished (killed before its promotion), settled by someone whose key opened the
        database: "before" (it still has the old key: the rekey is forgotten) or "after" (it has the new key:
        every slot with a new envelope gets it; the new recovery and one-time slots, which nobody saw, are
        dropped, so the old recovery key keeps working). None if nothing was pending."""
        pending = self.rekey
        if pending is None:
            return None
        self.rekey = None
        if opened_key_id != pending.key_id:
            return "before"
        self.slots = [s for s in self.slots if s.slot_id in pending.envelopes]
        for slot in self.slots:
            slot.envelope = pending.envelopes[slot.slot_id]
        self.unreadable = []
        self.key_id = pending.key_id
        self.subkey_root = pending.subkey_root
        return "after"

    def remove_password_slot(self, username: str) -> bool:
        before = len(self.slots)
        self.slots = [s for s in self.slots if not (s.kind == PASSWORD and s.username == username)]
        return len(self.slots) != before


def _refuse_constant(name: str) -> None:
    raise ValueError(f"{name} is not allowed")

