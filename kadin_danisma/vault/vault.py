"""A vault folder: `vault.db` (SQLCipher) and `keyslots.json`; create it, unlock it, lock it.

The data key lives in one bytearray on this object while unlocked and is zeroed on close (best effort:
Python may have copied it; the README says so). Each thread gets its own connection.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from ..domain import passwords, recovery_code
from ..domain.errors import (
    DAMAGED_SLOT,
    InvalidRecoveryKey,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultMoved,
    VaultNotFound,
    VaultReadOnly,
    WrongCredentials,
)
from . import audit, field_history, kdf, migrations, seed
from .database import Connection, check_settings, connect, errors_translated, integrity_problems, transaction
from .files import DB_NAME, MOVED_MARKER, SLOTS_NAME
from .keyslots import PASSWORD, RECOVERY, KeySlot, KeySlotFile
from .schema_history import Keys
from .upgrade import upgrade

# A slot that cannot be read: who it belonged to is unknown, so the message names both ways out.

@dataclass(frozen=True)
class UnlockResult:
    """What the unlock screen reports: failed attempts on this slot since its last successful unlock."""

    failed_attempts: int
    slot_kind: str


class Vault:
    """The vault adapter of the storage port (`port.Store`): one folder, one SQLCipher database."""

    kind = "vault"

    def __init__(self, folder: Path, slots: KeySlotFile, data_key: bytearray) -> None:
        self.folder = folder
        self.db_path = folder / DB_NAME
        self.slots = slots
        self._key = data_key
        # One connection per OS thread, keyed by thread id rather than threading.local: Qt's pool threads
        # get a fresh Python thread state for every job, so a threading.local forgot the connection after
        # each one, and every search or page opened (and kept, until lock) a new connection: ~8 ms to
        # open and a cold page cache each time. A dead thread's id can come back, with its connection.
        self._conns: dict[int, Connection] = {}
        self._lock = threading.Lock()
        self.audit_key = audit.audit_key(data_key)
        self.values_key = field_history.values_key(data_key)

    def migration_keys(self) -> Keys:
        return Keys(self.audit_key, self.values_key)

    # -- creation ---------------------------------------------------------------------------------
    @classmethod
    def create(cls, folder: Path, params: kdf.KdfParams | None = None) -> tuple[Vault, str]:
        """Create an empty, migrated vault with only a recovery slot; returns it and the recovery key.

        The caller adds the first user's slot and rows; the key-slot file is written last, so a folder
        without one is an unfinished creation, never a usable vault.
        """
        folder = Path(folder)
        if folder.exists() and any(folder.iterdir()):
            raise VaultExists("the folder is not empty; choose a new or empty folder for the vault",
                              code="folder_not_empty")
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        with contextlib.suppress(OSError):
            os.chmod(folder, 0o700)
        params = params or kdf.calibrate()
        data_key = bytearray(secrets.token_bytes(32))
        slots = KeySlotFile(path=folder / SLOTS_NAME, vault_id=str(uuid.uuid4()))
        recovery = recovery_code.generate()
        slots.slots.append(
            slots.make_slot(data_key, recovery_code.decode(recovery), RECOVERY, None, params)
        )
        vault = cls(folder, slots, data_key)
        old_umask = os.umask(0o077)
        try:
            conn = vault.connection()
        finally:
            os.umask(old_umask)
        migrations.migrate(conn, vault.migration_keys())
        seed.ensure(conn)
        with errors_translated():
            conn.execute("INSERT INTO settings (key, value) VALUES ('vault_id', ?)", (slots.vault_id,))
        return vault, recovery

    # -- unlocking --------------------------------------------------------------------------------
    @classmethod
    def _load_slots(cls, folder: Path) -> KeySlotFile:
        folder = Path(folder)
        if not (folder / SLOTS_NAME).exists() and not (folder / DB_NAME).exists():
            raise VaultNotFound("no vault in this folder")
        if not (folder / DB_NAME).exists():
            raise VaultDamaged("the vault database is missing: restore from backup")
        if (folder / MOVED_MARKER).exists():
            # Work saved here now would be missing on the server, where everyone else works.
            raise VaultMoved("this vault was moved to the center server: sign in to the server instead "
                             f"(see {MOVED_MARKER} in the vault folder)")
        if not _writable(folder):
            # Said before any key derivation: SQLite would only say "unable to open", and a failed attempt
            # could not even be counted.
            raise VaultReadOnly()
        # A crash mid-write can leave a temporary slot file behind (possibly wrapping an old password).
        for stale in folder.glob(f".{SLOTS_NAME}.*.tmp"):
            with contextlib.suppress(OSError):
                stale.unlink()
        return KeySlotFile.load(folder / SLOTS_NAME)

    @classmethod
    def unlock_with_password(
        cls, folder: Path, username: str, password: str, *, open_db: bool = True
    ) -> tuple[Vault, UnlockResult]:
        slots = cls._load_slots(folder)
        slot = slots.password_slot(username)
        secret = passwords.normalise(password).encode("utf-8")
        if slot is None and slots.unreadable:
            raise VaultDamaged(DAMAGED_SLOT, code="damaged_slot")
        if slot is None:
            # Spend the same time as a real attempt so the screen does not reveal which users exist:
            # with the vault's calibrated parameters (those new slots get), not the cheaper floor.
            kdf.derive(secret, os.urandom(kdf.SALT_BYTES), _strongest_params(slots))
            raise WrongCredentials("wrong user name or password")
        return cls._unlock_slot(Path(folder), slots, slot, secret, open_db=open_db)

    @classmethod
    def unlock_with_recovery(cls, folder: Path, recovery_text: str) -> tuple[Vault, UnlockResult]:
        slots = cls._load_slots(folder)
        try:
            secret = recovery_code.decode(recovery_text)  # a typo is caught here, before any KDF
        except ValueError as exc:
            raise InvalidRecoveryKey(str(exc)) from None
        slot = slots.recovery_slot()
        if slot is None and slots.unreadable:
            raise VaultDamaged(DAMAGED_SLOT, code="damaged_slot")
        if slot is None:
            raise InvalidRecoveryKey("this vault has no recovery key")
        try:
            return cls._unlock_slot(Path(folder), slots, slot, secret)
        except WrongCredentials:
            raise InvalidRecoveryKey("this recovery key does not open this vault") from None

    @classmethod
    def _unlock_slot(
        cls, folder: Path, slots: KeySlotFile, slot: KeySlot, secret: bytes, *, open_db: bool = True
    ) -> tuple[Vault, UnlockResult]:
        KeySlotFile.check_throttle(slot)
        try:
            data_key = slots.unwrap(slot, secret)
        except WrongCredentials:
            slot.failed_attempts += 1
            slot.last_failure = time.time()
            with errors_translated():
                slots.save()
            raise
        failed = slot.failed_attempts
        vault = cls(folder, slots, data_key)
        if not open_db:  # a backup being verified: the caller opens it read-only
            return vault, UnlockResult(failed_attempts=failed, slot_kind=slot.kind)
        try:
            conn = vault.connection()
            migrations.check_not_newer(conn)
            with errors_translated():
                row = conn.execute("SELECT value FROM settings WHERE key = 'vault_id'").fetchone()
            if row is None or row[0] != slots.vault_id:
                raise VaultDamaged("the key-slot file does not belong to this vault database")
            upgrade(vault, conn)
            seed.ensure(conn)
        except BaseException:
            vault.close()
            raise
        if failed or slot.last_failure is not None:
            slot.failed_attempts = 0
            slot.last_failure = None
            with errors_translated():
                slots.save()
        return vault, UnlockResult(failed_attempts=failed, slot_kind=slot.kind)

    # -- connections ------------------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return any(self._key)

    def connection(self) -> Connection:
        """This thread's connection (opened and verified on first use)."""
        if not self.is_open:
            raise VaultLocked("the vault is locked")
        ident = threading.get_ident()
        conn = self._conns.get(ident)
        if conn is None:
            conn = connect(self.db_path, self._key)
            with self._lock:
                self._conns[ident] = conn
        return conn

    def open_readonly(self, path: Path) -> Connection:
        """A separate read-only connection to another file encrypted with this vault's key (a backup copy)."""
        return connect(path, self._key, readonly=True)

    def open_separate(self) -> Connection:
        """A read-write connection of its own to this vault's database, outside the per-thread ones (the
        backup's write gate); the caller closes it."""
        if not self.is_open:
            raise VaultLocked("the vault is locked")
        return connect(self.db_path, self._key)

    # -- the storage port --------------------------------------------------------------------------------
    @property
    def identity(self) -> str:
        return self.slots.vault_id

    def transaction(self, conn: Connection) -> contextlib.AbstractContextManager[Connection]:
        return transaction(conn)

    def audit_append(self, conn: Connection, user_id: int | None, action: str, target: str | None,
                     details: dict[str, object] | None) -> int:
        return audit.append(conn, self.audit_key, user_id, action, target, details)

    def audit_verify(self, conn: Connection) -> audit.ChainReport:
        return audit.verify(conn, self.audit_key)

    def audit_head(self, conn: Connection) -> audit.ChainHead:
        return audit.head(conn)

    def audit_hash_at(self, conn: Connection, entry_id: int) -> str | None:
        return audit.hash_at(conn, entry_id)

    def schema_version(self, conn: Connection) -> int:
        return migrations.schema_version(conn)

    def describe(self, conn: Connection) -> dict[str, str]:
        """The engine and its security settings, read back (shown on the overview page)."""
        return {"engine": "SQLCipher", **check_settings(conn)}

    def integrity_problems(self, conn: Connection) -> list[str]:
        return integrity_problems(conn)

    def subkey(self, purpose: bytes) -> bytes:
        return audit.derive_subkey(self._key, purpose)

    def interrupt(self) -> None:
        """Make every running statement, in any thread, stop with an error now (sqlite3_interrupt is safe
        to call from another thread; closing a connection another thread is using is not)."""
        with self._lock:
            conns = list(self._conns.values())
        for conn in conns:
            with contextlib.suppress(Exception):
                conn.interrupt()

    def close(self) -> None:
        """Close every connection and zero the data key. Safe to call twice. Callers with worker threads
        interrupt() and let them finish first: a connection must not be closed under a running statement."""
        with self._lock:
            conns, self._conns = list(self._conns.values()), {}
        for conn in conns:
            with contextlib.suppress(Exception):
                conn.close()
        for i in range(len(self._key)):
            self._key[i] = 0
        self.audit_key = b""
        self.values_key = b""

    # -- key slots ----------------------------------------------------------------------------------
    def set_password_slot(self, username: str, password: str, params: kdf.KdfParams | None = None) -> None:
        """Wrap the data key for this user with a new password: one slot rewritten, the database untouched."""
        secret = passwords.normalise(password).encode("utf-8")
        old = self.slots.password_slot(username)
        params = params or (old.params if old else self._default_params())
        self.slots.replace_slot(self.slots.make_slot(self._key, secret, PASSWORD, username, params))
        with errors_translated():
            self.slots.save()

    def remove_password_slot(self, username: str) -> None:
        if self.slots.remove_password_slot(username):
            with errors_translated():
                self.slots.save()

    def regenerate_recovery(self) -> str:
        """A new recovery key; the old one stops working as soon as the slot file is saved."""
        recovery = recovery_code.generate()
        slot = self.slots.recovery_slot()
        params = slot.params if slot else self._default_params()
        self.slots.replace_slot(
            self.slots.make_slot(self._key, recovery_code.decode(recovery), RECOVERY, None, params)
        )
        with errors_translated():
            self.slots.save()
        return recovery

    def _default_params(self) -> kdf.KdfParams:
        # New slots inherit the strongest parameters already calibrated for this vault.
        return _strongest_params(self.slots)


def _writable(folder: Path) -> bool:
    """The folder and its files can be written by this process (False on a read-only drive or mount; root
    passes os.access on permission bits, and can indeed write there)."""
    names = (folder, folder / DB_NAME, folder / SLOTS_NAME)
    return all(os.access(p, os.W_OK) for p in names if p.exists())


def _strongest_params(slots: KeySlotFile) -> kdf.KdfParams:
    best = kdf.FLOOR
    for slot in slots.slots:
        with contextlib.suppress(Exception):
            slot.params.validate()
            if (slot.params.memory_kib, slot.params.iterations) > (best.memory_kib, best.iterations):
                best = slot.params
    return best
