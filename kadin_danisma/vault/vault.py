"""A vault folder: `vault.db` (SQLCipher) and `keyslots.json`; create it, unlock it, lock it.

The data key lives in one bytearray on this object while unlocked and is zeroed on close (best effort:
Python may have copied it; the README says so). Each thread gets its own connection.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..domain import passwords, recovery_code
from ..domain.errors import (
    DAMAGED_SLOT,
    NOT_VOUCHED,
    InvalidRecoveryKey,
    KeyNotProven,
    KeySlotOutdated,
    RekeyUnfinished,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultMoved,
    VaultNotFound,
    VaultReadOnly,
    WrongCredentials,
)
from . import attempts, audit, compaction, field_history, kdf, migrations, seed, slotcrypto, slotlock
from .atomic import atomic_write, temp_names
from .database import (
    Connection,
    check_settings,
    checkpoint_all,
    connect,
    errors_translated,
    finish_torn_checkpoint,
    integrity_problems,
    transaction,
)
from .files import ATTEMPTS_NAME, DB_NAME, MOVED_MARKER, SLOTS_NAME
from .keyslots import LEGACY_SLOT, PASSWORD, RECOVERY, KeySlot, KeySlotFile, Opened
from .schema_history import Keys
from .upgrade import upgrade

OUTDATED = ("your key slot opens a key this vault no longer uses (its key was changed): ask an administrator to "
            "reset your password")
UNFINISHED = ("a change of this vault's key was interrupted: an administrator (or a colleague whose account was "
              "re-keyed) must sign in to finish it")


@dataclass(frozen=True)
class UnlockResult:
    """What the unlock screen reports: failed attempts on this slot since its last successful unlock, and
    whether an interrupted rekey was settled by this unlock ("before": the old key was kept; "after": the
    new key was adopted)."""

    failed_attempts: int
    slot_kind: str
    rekey_settled: str | None = None


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
        # The root every subkey is expanded from (the audit chain's and the field history's keys among them):
        # the data key's own until the first rekey, then the first key's, sealed in the slot file
        # (slotcrypto.extract_root), so those keys stay the same across rekeys.
        self._root: bytearray | None = None
        # The private key of the slot that unlocked (format 2): a rekey proves her new envelope with it.
        self._own_slot: tuple[str, bytes] | None = None

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
        slots = KeySlotFile(path=folder / SLOTS_NAME, vault_id=str(uuid.uuid4()),
                            key_id=slotcrypto.key_id(data_key))
        recovery = recovery_code.generate()
        slot, kek = slots.make_slot(data_key, recovery_code.decode(recovery), RECOVERY, None, params)
        slots.slots.append(slot)
        _prove(slots, slot.slot_id, kek, data_key)
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
        # Read without the lock: the file is only ever replaced whole. (Temporary files a killed write left
        # are removed under the lock, never here: they may be another program's write in progress.)
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
        counter = attempts.slot_key(slot.kind, slot.username)
        attempts.check_throttle(attempts.read(folder, counter))
        try:
            opened = slots.open_slot(slot, secret)
        except WrongCredentials:
            attempts.record_failure(folder, counter)  # under the lock, re-read: parallel failures all count
            raise
        if not open_db:  # proving a password, or a backup being verified (the caller opens it read-only)
            vault = cls(folder, slots, slots.current_key(slot, opened))
            return vault, UnlockResult(attempts.read(folder, counter).failed, slot.kind)
        vault, slot = cls._open_database(folder, slots, slot, opened)
        try:
            conn = vault.connection()
            migrations.check_not_newer(conn)
            with errors_translated():
                row = conn.execute("SELECT value FROM settings WHERE key = 'vault_id'").fetchone()
            if row is None or row[0] != vault.slots.vault_id:
                raise VaultDamaged("the key-slot file does not belong to this vault database")
            vault._check_vouched(conn, opened)
            upgrade(vault, conn)
            seed.ensure(conn)
            finish_torn_checkpoint(conn, vault.db_path)
            settled = vault._settle(slot, opened)
            # Taken (reported and cleared) in one locked step: a failure counted meanwhile is not lost.
            failed = attempts.take(folder, counter)
        except BaseException:
            vault.close()
            raise
        return vault, UnlockResult(failed_attempts=failed, slot_kind=slot.kind, rekey_settled=settled)

    @classmethod
    def _open_database(cls, folder: Path, slots: KeySlotFile, slot: KeySlot, opened: Opened
                       ) -> tuple[Vault, KeySlot]:
        """The first of the slot's keys that opens the database (the current one, or a rekey's new one). A
        rekey may have finished since the slot file was read: then it is read again (under the lock, so
        after the rekey) and her unchanged private key opens the new envelope, with no second derivation."""
        ids: list[str] = []
        for second_look in (False, True):
            keys = slots.candidate_keys(slot, opened)
            ids = [slotcrypto.key_id(k) for k in keys]
            for key in keys:
                vault = cls(folder, slots, key)
                try:
                    vault.connection()
                except VaultDamaged:
                    vault.close()  # not this key (or page 1 is damaged: said below if no key opens it)
                    continue
                return vault, slot
            if second_look or opened.legacy_key is not None:
                break
            with slotlock.held(folder):
                slots = KeySlotFile.load(folder / SLOTS_NAME)
            fresh = slots.find(slot.slot_id)
            if fresh is None or fresh.public_key != slot.public_key:
                break
            slot = fresh
        if slots.rekey is not None:
            raise RekeyUnfinished(UNFINISHED)
        if slots.key_id is not None and slots.key_id not in ids:
            raise KeySlotOutdated(OUTDATED)
        raise VaultDamaged("the vault is damaged: restore it from a backup")

    def _check_vouched(self, conn: Connection, opened: Opened) -> None:
        """A format-2 slot accepts a data key only if it is the one her anchor names, or one the vault (opened
        with that key) lists as having replaced it: an envelope anyone could have written is not enough."""
        if opened.legacy_key is not None:
            return  # the data key itself was under her password
        if opened.anchor == slotcrypto.anchor(self._key):
            return
        with errors_translated():
            row = conn.execute("SELECT value FROM settings WHERE key = 'key_anchors'").fetchone()
        try:
            known = json.loads(row[0]) if row else []
        except ValueError:
            known = []
        if not isinstance(known, list) or opened.anchor.hex() not in known:
            raise VaultDamaged(NOT_VOUCHED, code="vault_replaced")

    def _settle(self, slot: KeySlot, opened: Opened) -> str | None:
        """After the database opened: finish or undo an interrupted rekey, upgrade a format-1 slot, renew her
        anchor after a rekey. Under the lock, on the file read again; nothing is written if nothing is due."""
        own_id = slotcrypto.key_id(self._key)
        stale_anchor = opened.legacy_key is not None or opened.anchor != slotcrypto.anchor(self._key)
        # A killed write's temporary files are removed under the lock (slotlock.held), never outside it.
        left_behind = temp_names(self.folder, SLOTS_NAME) or temp_names(self.folder, ATTEMPTS_NAME)
        if self.slots.rekey is None and not stale_anchor and self.slots.key_id == own_id and not left_behind:
            self._own_slot = (slot.slot_id, opened.private_key)
            return None
        with slotlock.held(self.folder):
            current = KeySlotFile.load(self.slots.path)
            if current.rekey is not None and current.rekey.key_id == own_id \
                    and not checkpoint_all(self.connection()):
                # A reader holds back log frames: the file still has old-key pages, and a settled rekey
                # promises it has none. The next unlock tries again; both keys keep working meanwhile.
                self._own_slot = (slot.slot_id, opened.private_key) if opened.private_key else None
                return None
            settled = current.settle_interrupted(own_id)
            mine = current.find(slot.slot_id)
            ours = mine is not None and (mine.version == LEGACY_SLOT or mine.public_key == slot.public_key)
            if mine is not None and ours and stale_anchor:
                private = opened.private_key or None  # a format-1 slot gets its first key pair
                renewed = current.slot_for_kek(self._key, opened.kek, mine.kind, mine.username, mine.params,
                                               mine.salt, slot_id=mine.slot_id, private_key=private)
                current.slots[current.slots.index(mine)] = renewed
                self._own_slot = (renewed.slot_id, current.open_with_kek(renewed, opened.kek).private_key)
            elif ours and opened.private_key:
                self._own_slot = (slot.slot_id, opened.private_key)
            current.key_id = own_id
            with errors_translated():
                current.save()
            self.slots = current
        return settled

    @property
    def own_slot(self) -> tuple[str, bytes] | None:
        """(slot id, private key) of the format-2 slot that unlocked this vault, if any."""
        return self._own_slot

    def data_key_copy(self) -> bytes:
        """For the rekey only (vault/rekey.py)."""
        return bytes(self._key)

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
        backup's write gate, the rekey); the caller closes it."""
        if not self.is_open:
            raise VaultLocked("the vault is locked")
        return connect(self.db_path, self._key)

    @property
    def audit_key(self) -> bytes:
        return self.subkey(b"audit-chain/v1")

    @property
    def values_key(self) -> bytes:
        """The field history's key (vault/field_history.py: keyed hashes of old and new values)."""
        return self.subkey(field_history.VALUES_PURPOSE)

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
        if not self.is_open:
            raise VaultLocked("the vault is locked")
        if self._root is None:
            self._root = bytearray(self.slots.subkey_root_for(self._key))
        return slotcrypto.expand(self._root, purpose)

    def subkey_root(self) -> bytes:
        self.subkey(b"")
        assert self._root is not None
        return bytes(self._root)

    def compact(self) -> compaction.Compaction:
        """After a destruction: merge the search index, checkpoint, VACUUM, checkpoint (vault/compaction.py),
        on this thread's connection, outside any transaction."""
        return compaction.compact(self.connection(), self.db_path)

    def interrupt(self) -> None:
        """Make every running statement, in any thread, stop with an error now (sqlite3_interrupt is safe
        to call from another thread; closing a connection another thread is using is not)."""
        with self._lock:
            conns = list(self._conns.values())
        for conn in conns:
            with contextlib.suppress(Exception):
                conn.interrupt()

    def close_connections(self) -> None:
        """Close every connection, keeping the key (callers make sure no other thread is using one)."""
        with self._lock:
            conns, self._conns = list(self._conns.values()), {}
        for conn in conns:
            with contextlib.suppress(Exception):
                conn.close()

    def adopt_key(self, new_key: bytes | bytearray, slots: KeySlotFile, own_slot: tuple[str, bytes] | None) -> None:
        """After a rekey: the new data key in place of the old (zeroed), connections reopened lazily."""
        self.close_connections()
        for i in range(len(self._key)):
            self._key[i] = new_key[i]
        self.slots = slots
        self._own_slot = own_slot

    def close(self) -> None:
        """Close every connection and zero the data key. Safe to call twice. Callers with worker threads
        interrupt() and let them finish first: a connection must not be closed under a running statement."""
        self.close_connections()
        for buffer in (self._key, self._root or bytearray()):
            for i in range(len(buffer)):
                buffer[i] = 0
        self._own_slot = None

    # -- key slots ----------------------------------------------------------------------------------
    def reload_slots(self) -> KeySlotFile:
        """The slot file as it is on disk now (a vault being created has none yet: its slots are in memory)."""
        if self.slots.path.exists() or self.slots.key_id is None:
            self.slots = KeySlotFile.load(self.slots.path)
        return self.slots

    def slot_file_bytes(self) -> bytes:
        """The key-slot file as it is on disk now (for a backup)."""
        with errors_translated():
            return (self.folder / SLOTS_NAME).read_bytes()

    def set_password_slot(self, username: str, password: str, params: kdf.KdfParams | None = None) -> None:
        """Wrap the data key for this user with a new password (a new key pair): one slot rewritten, the
        database untouched. Done only once the slot read back from the disk opens the data key."""
        secret = passwords.normalise(password).encode("utf-8")
        now = self.reload_slots()
        old = now.password_slot(username)
        params = params or (old.params if old else _strongest_params(now))
        slot, kek = now.make_slot(self._key, secret, PASSWORD, username, params)  # the slow part, unlocked
        self._update_slots(lambda f: f.replace_slot(slot), slot.slot_id, kek)

    def remove_password_slot(self, username: str) -> None:
        if self.reload_slots().password_slot(username) is None:
            return
        self._update_slots(lambda f: f.remove_password_slot(username))
        attempts.forget(self.folder, attempts.slot_key(PASSWORD, username))

    def regenerate_recovery(self) -> str:
        """A new recovery key, returned (to be shown) only once the slot read back from the disk opens the
        data key; the old key stops working at the same moment."""
        recovery = recovery_code.generate()
        now = self.reload_slots()
        old = now.recovery_slot()
        params = old.params if old else _strongest_params(now)
        slot, kek = now.make_slot(self._key, recovery_code.decode(recovery), RECOVERY, None, params)
        self._update_slots(lambda f: f.replace_slot(slot), slot.slot_id, kek)
        return recovery

    def _update_slots(self, change: Callable[[KeySlotFile], object], proven_slot: str | None = None,
                      kek: bytes = b"") -> None:
        """Read-modify-write of the slot file under the lock; a new slot is proven from the disk, else the
        file is put back as it was and KeyNotProven raised."""
        with slotlock.held(self.folder):
            before: bytes | None = None
            with errors_translated():
                if self.slots.path.exists():  # else a vault being created: its first user's slot
                    before = self.slots.path.read_bytes()
            current = KeySlotFile.parse(self.slots.path, before) if before is not None else self.slots
            own_id = slotcrypto.key_id(self._key)
            if current.rekey is not None:
                raise RekeyUnfinished("a change of the vault's key was interrupted: lock, then sign in again to "
                                      "finish it")
            if current.key_id not in (None, own_id):
                raise KeySlotOutdated("the vault's key was changed by another program: lock, then sign in again")
            change(current)
            current.key_id = own_id
            with errors_translated():
                current.save()
            if proven_slot is not None:
                try:
                    _prove(KeySlotFile.load(current.path), proven_slot, kek, self._key)
                except Exception:
                    with errors_translated():
                        if before is None:
                            current.path.unlink()
                        else:
                            atomic_write(current.path, before)
                    raise
            self.slots = current


def _prove(slots: KeySlotFile, slot_id: str, kek: bytes, data_key: bytes | bytearray) -> None:
    """The slot as read back opens exactly this data key (the key-encryption key was derived from her secret
    with the salt and parameters the slot's associated data binds, so no second derivation is needed)."""
    slot = slots.find(slot_id)
    try:
        if slot is None:
            raise ValueError("slot missing")
        keys = slots.candidate_keys(slot, slots.open_with_kek(slot, kek))
        if not keys or bytes(keys[0]) != bytes(data_key):
            raise ValueError("another key")
    except Exception as exc:
        raise KeyNotProven("the new key slot did not open the vault's key when read back; nothing was "
                           "changed") from exc


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
