"""The key-slot file: one Argon2id + AES-256-GCM wrap of the data key per user, plus the recovery slot.

The LUKS / Bitwarden model. Each slot's metadata (file format, vault id, slot id, kind, user name, KDF
parameters, salt) is the AES-GCM associated data, so editing any of it or moving a wrapped key to another
user's slot fails authentication. The failed-attempt counters live here too (outside the associated data):
they must be written before the database can be opened.
"""

from __future__ import annotations

import base64
import json
import math
import os
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ..domain.errors import KeySlotRejected, UnlockThrottled, VaultDamaged, VaultTooNew, WrongCredentials
from . import kdf
from .atomic import atomic_write

FORMAT = 1
PASSWORD = "password"  # noqa: S105 - a slot kind, not a password
RECOVERY = "recovery"
THROTTLE_FREE_ATTEMPTS = 5
THROTTLE_MAX_DELAY_S = 15 * 60
NONCE_BYTES = 12


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def throttle_delay(failed_attempts: int) -> int:
    """Seconds to wait after this many consecutive failures: none for the first few, then doubling."""
    if failed_attempts < THROTTLE_FREE_ATTEMPTS:
        return 0
    # The exponent is capped: the counter comes from a file, and 2 ** 10**9 would hang the unlock.
    return int(min(THROTTLE_MAX_DELAY_S, 5 * 2 ** min(failed_attempts - THROTTLE_FREE_ATTEMPTS, 16)))


@dataclass
class KeySlot:
    slot_id: str
    kind: str
    username: str | None
    params: kdf.KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes
    failed_attempts: int = 0
    last_failure: float | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "slot_id": self.slot_id, "kind": self.kind, "username": self.username,
            "kdf": self.params.as_dict(), "salt": _b64(self.salt), "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped), "failed_attempts": self.failed_attempts,
            "last_failure": self.last_failure,
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> KeySlot:
        username = data.get("username")
        last = data.get("last_failure")
        failed = data.get("failed_attempts", 0)
        return cls(
            slot_id=str(data["slot_id"]), kind=str(data["kind"]),
            username=str(username) if username is not None else None,
            # Parameters are parsed without range checks here so one odd slot does not lock out everyone;
            # they are checked before this slot is ever used.
            params=kdf.KdfParams(**data["kdf"]),  # type: ignore[arg-type]
            salt=_unb64(data["salt"]), nonce=_unb64(data["nonce"]), wrapped=_unb64(data["wrapped"]),
            failed_attempts=int(failed) if isinstance(failed, int) else 0,
            last_failure=float(last) if isinstance(last, int | float) else None,
        )


@dataclass
class KeySlotFile:
    path: Path
    vault_id: str
    slots: list[KeySlot] = field(default_factory=list)
    format: int = FORMAT
    unreadable: list[object] = field(default_factory=list)  # damaged slot entries, kept as found

    # -- file I/O -----------------------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path) -> KeySlotFile:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise VaultDamaged("the key-slot file is missing: restore from backup") from None
        try:
            data = json.loads(raw.decode("utf-8"))
            fmt = int(data["format"])
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            raise VaultDamaged("the key-slot file is damaged: restore from backup") from None
        if fmt > FORMAT:
            raise VaultTooNew("this vault was made by a newer version of Kadın Danışma; update the app")
        try:
            vault_id = str(uuid.UUID(str(data["vault_id"])))
            entries = data["slots"]
            if not isinstance(entries, list):
                raise TypeError
        except (ValueError, KeyError, TypeError, AttributeError):
            raise VaultDamaged("the key-slot file is damaged: restore from backup") from None
        # One damaged slot must not lock everyone out (above all not the recovery key): a slot that cannot
        # be read is set aside, written back as found, and never used.
        slots: list[KeySlot] = []
        unreadable: list[object] = []
        for entry in entries:
            try:
                slots.append(KeySlot.from_json(entry))
            except (ValueError, KeyError, TypeError, AttributeError):
                unreadable.append(entry)
        return cls(path=path, vault_id=vault_id, slots=slots, format=fmt, unreadable=unreadable)

    def to_bytes(self) -> bytes:
        data = {"format": self.format, "vault_id": self.vault_id,
                "slots": [s.to_json() for s in self.slots] + list(self.unreadable)}
        return (json.dumps(data, indent=1, sort_keys=True) + "\n").encode("utf-8")

    def save(self) -> None:
        atomic_write(self.path, self.to_bytes())

    # -- crypto -------------------------------------------------------------------------------------
    def _aad(self, slot: KeySlot) -> bytes:
        meta = {
            "format": self.format, "vault_id": self.vault_id, "slot_id": slot.slot_id, "kind": slot.kind,
            "username": slot.username, "kdf": slot.params.as_dict(), "salt": _b64(slot.salt),
        }
        return json.dumps(meta, sort_keys=True, separators=(",", ":")).encode("utf-8")

    def make_slot(
        self, data_key: bytes | bytearray, secret: bytes, kind: str, username: str | None,
        params: kdf.KdfParams,
    ) -> KeySlot:
        params.validate()
        slot = KeySlot(
            slot_id=str(uuid.uuid4()), kind=kind, username=username, params=params,
            salt=os.urandom(kdf.SALT_BYTES), nonce=os.urandom(NONCE_BYTES), wrapped=b"",
        )
        kek = kdf.derive(secret, slot.salt, params)
        slot.wrapped = AESGCM(kek).encrypt(slot.nonce, bytes(data_key), self._aad(slot))
        return slot

    def unwrap(self, slot: KeySlot, secret: bytes) -> bytearray:
        """The data key, or WrongCredentials. Refuses out-of-range parameters before deriving."""
        slot.params.validate()
        if len(slot.nonce) != NONCE_BYTES:  # AES-GCM would raise a bare ValueError
            raise KeySlotRejected("key slot nonce has the wrong length")
        kek = kdf.derive(secret, slot.salt, slot.params)
        try:
            key = AESGCM(kek).decrypt(slot.nonce, slot.wrapped, self._aad(slot))
        except InvalidTag:
            raise WrongCredentials("wrong user name or password") from None
        if len(key) != 32:
            raise KeySlotRejected("key slot holds a key of the wrong size")
        return bytearray(key)

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

    def replace_slot(self, new: KeySlot) -> None:
        """Put new in place of the slot of the same kind and user (or add it). A damaged entry that still
        names the same kind and user is superseded too: kept until then, it would fail verify for good."""
        self.slots = [s for s in self.slots if not (s.kind == new.kind and s.username == new.username)]
        self.unreadable = [e for e in self.unreadable if not (
            isinstance(e, dict) and e.get("kind") == new.kind and e.get("username") == new.username)]
        self.slots.append(new)

    def remove_password_slot(self, username: str) -> bool:
        before = len(self.slots)
        self.slots = [s for s in self.slots if not (s.kind == PASSWORD and s.username == username)]
        return len(self.slots) != before

    @staticmethod
    def check_throttle(slot: KeySlot, now: float | None = None) -> None:
        delay = throttle_delay(slot.failed_attempts)
        if delay and slot.last_failure is not None:
            remaining = slot.last_failure + delay - (now if now is not None else time.time())
            # A clock set back (a laptop's dead RTC battery) must not lock someone out for days.
            remaining = min(remaining, delay)
            if remaining > 0:
                raise UnlockThrottled(math.ceil(remaining))
