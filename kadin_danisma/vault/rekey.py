"""Rekey: a new data key, the database re-encrypted, every active slot and a new recovery key wrapped to it.

Why: disabling a user deletes her slot, but a copy of the old slot file (or the data key, once read from an
unlocked computer's memory) still opens the database as long as its key is the same. After a rekey the
database is encrypted with a key she never had. Old backups keep the old key (README).

Whose slots: every format-2 slot of an active user gets the new key in an envelope to its public key
(no password needed, slotcrypto.py). A user whose slot is still format 1, damaged or missing gets a one-time
password (she must change it at her next sign-in), shown to the admin with the new recovery key, both proven
to open the new key before they are shown. Slots of disabled users and damaged entries are dropped.

Order, so that a kill at any moment leaves a vault that opens with the old key or the new one:

1. Slow work first, holding nothing: the key derivations of the new recovery slot and one-time passwords.
2. The database alone: its own connection in EXCLUSIVE locking mode (refused, VaultInUse, if any other
   program or computer has it open: a connection still on the old key would read pages of the new one).
3. Under the key-slot lock (held until step 6): the old key's anchor is added to the database's list, so
   slots still anchored to it accept the new key; then the slot file gets a `rekey` object: the new key's
   envelopes, the new slots, the slots to drop, the subkey root sealed under the new key. Proven from disk.
4. `PRAGMA rekey`: SQLCipher writes every page, under the new key, into the write-ahead log and commits;
   that commit frame is the switch (before it, only the old key reads the database; after it, only the
   new one, even before the log is checkpointed).
5. The audit entry and the one-time users' "must change" flags, in the re-encrypted database; then the log
   is checkpointed, so the database file itself is all under the new key.
6. Promotion: the envelopes become current, the new slots take their places, `rekey` is removed. Proven
   again. The lock is released, the database released.

An unlock that finds a `rekey` object (a kill between 3 and 6) opens the database with whichever of her
keys does, and settles it under the lock (`KeySlotFile.settle_interrupted`): with the old key the object is
dropped; with the new one the log is checkpointed first (if a reader holds it back, the object stays and
the next unlock tries again), then the envelopes are promoted, but the new recovery slot and one-time slots
are dropped (nobody saw them) and the old recovery slot keeps working (it got an envelope too). Both are
audited.
"""

from __future__ import annotations

import contextlib
import json
import secrets
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field

from ..domain import passwords, recovery_code
from ..domain.errors import KeyNotProven, KeySlotOutdated, StorageFull, UserFacingError, VaultInUse
from . import kdf, slotcrypto, slotlock
from .atomic import atomic_write
from .database import Connection, checkpoint_all, errors_translated, take_exclusive, transaction
from .keyslots import PASSWORD, RECOVERY, SLOT, KeySlot, KeySlotFile, PendingRekey
from .slotcrypto import Envelope
from .vault import Vault, _strongest_params

IN_USE = ("the vault is open in another program or on another computer: everyone must lock it and close the "
          "app before its key can be changed")
BUSY_TIMEOUT_MS = 2000
FREE_SPACE_MARGIN = 64 * 1024 * 1024
ANCHORS_SETTING = "key_anchors"


@dataclass
class RekeyOutcome:
    recovery_key: str  # shown once
    one_time_passwords: dict[str, str] = field(default_factory=dict)  # user name -> one-time password
    rewrapped: list[str] = field(default_factory=list)  # user names whose slot got the new key, no password
    dropped: int = 0  # slots of disabled users and damaged entries removed


@dataclass
class _Made:
    slot: KeySlot
    kek: bytes


# Tests kill the process at these points (tests/unit/faults): "pending", "switched", "audited", "checkpointed",
# "promoted".
Step = Callable[[str], None]


def rekey(vault: Vault, active_users: list[str], on_switched: Callable[[Connection, RekeyOutcome], None],
          step: Step | None = None) -> RekeyOutcome:
    """Change the vault's data key. The caller guarantees no other thread of this process uses the vault's
    connections; on_switched(conn, outcome) writes the audit entry and flags in the re-encrypted database
    (in a transaction of its own, on the exclusive connection). Returns what must be shown to the admin."""
    step = step or (lambda _name: None)
    old_key = vault.data_key_copy()
    new_key = bytearray(secrets.token_bytes(32))
    before = vault.reload_slots()
    if before.key_id not in (None, slotcrypto.key_id(old_key)):
        raise KeySlotOutdated("the vault's key was changed by another program: lock, then sign in again")
    params = _strongest_params(before)
    recovery = recovery_code.generate()
    made = [_make(before, new_key, recovery_code.decode(recovery), RECOVERY, None, params)]
    one_time: dict[str, str] = {}
    for username in sorted(active_users):
        if not _rewrappable(before.password_slot(username)):
            one_time[username] = _one_time_password(username)
            made.append(_make(before, new_key, passwords.normalise(one_time[username]).encode("utf-8"),
                              PASSWORD, username, params))
    root = vault.subkey_root()
    vault.close_connections()
    conn = _exclusive(vault)
    try:
        _check_space(vault)
        with slotlock.held(vault.folder):
            current = KeySlotFile.load(before.path)
            current.settle_interrupted(slotcrypto.key_id(old_key))  # we hold the database: it has the old key
            if current.key_id not in (None, slotcrypto.key_id(old_key)):
                raise KeySlotOutdated("the vault's key was changed by another program: lock, then sign in again")
            current.key_id = slotcrypto.key_id(old_key)
            _remember_anchor(conn, old_key)
            active = set(active_users)
            keep = [s for s in current.slots if s.version == SLOT and (s.kind == RECOVERY or (
                s.username in active and s.username not in one_time))]
            kept = {s.slot_id for s in keep}
            current.rekey = PendingRekey(
                key_id=slotcrypto.key_id(new_key),
                envelopes={s.slot_id: slotcrypto.wrap_to(s.public_key, new_key, s.envelope_meta(current.vault_id))
                           for s in keep},
                new_slots=[m.slot for m in made],
                # The old recovery slot goes too (it has an envelope only for an interrupted rekey's sake).
                drop=[s.slot_id for s in current.slots if s.slot_id not in kept or s.kind == RECOVERY],
                subkey_root=slotcrypto.seal_root(new_key, root, current.vault_id))
            outcome = RekeyOutcome(recovery, one_time, sorted(str(s.username) for s in keep if s.kind == PASSWORD),
                                   len([s for s in current.slots if s.slot_id not in kept and s.kind == PASSWORD
                                        and s.username not in one_time]) + len(current.unreadable))
            own = vault.own_slot
            pending_bytes = _save_proven(current, made, new_key, own, pending=True)
            step("pending")
            with errors_translated():
                conn.execute(f"PRAGMA rekey = \"x'{bytes(new_key).hex()}'\"")
            step("switched")
            on_switched(conn, outcome)
            step("audited")
            # Before the promotion: once no `rekey` object is left, the database file itself is all under the
            # new key (cipher_integrity_check reads the file, not the log). Certain to finish: nobody else
            # can read the database now.
            if not checkpoint_all(conn, "TRUNCATE"):
                raise UserFacingError("the vault is busy in another program; try again", code="vault_busy")
            step("checkpointed")
            current.promote()
            try:
                _save_proven(current, made, new_key, own, pending=False)
            except KeyNotProven:
                # Never expected. The pending file (proven) goes back: the next unlock completes the switch.
                with errors_translated():
                    atomic_write(current.path, pending_bytes)
                raise
            step("promoted")
    finally:
        _release(conn)
    vault.adopt_key(new_key, current, own)
    for buffer in (new_key,):
        for i in range(len(buffer)):
            buffer[i] = 0
    return outcome


def one_time_password_ok(password: str, username: str) -> bool:
    return not passwords.password_problems(password, username)


# -- steps ------------------------------------------------------------------------------------------------
def _rewrappable(slot: KeySlot | None) -> bool:
    if slot is None or slot.version != SLOT:
        return False
    try:
        slot.params.validate()
    except UserFacingError:
        return False
    return True


def _one_time_password(username: str) -> str:
    """Four groups of five letters and digits (about 100 bits), easy to read out and type."""
    alphabet = "abcdefghjkmnpqrstuvwxyz23456789"
    while True:
        text = "-".join("".join(secrets.choice(alphabet) for _ in range(5)) for _ in range(4))
        if one_time_password_ok(text, username):
            return text


def _make(slots: KeySlotFile, new_key: bytearray, secret: bytes, kind: str, username: str | None,
          params: kdf.KdfParams) -> _Made:
    slot, kek = slots.make_slot(new_key, secret, kind, username, params)
    return _Made(slot, kek)


def _exclusive(vault: Vault) -> Connection:
    """Its own connection, holding the database file's exclusive lock until released."""
    try:
        conn = vault.open_separate()
    except UserFacingError as exc:
        if "busy" in str(exc):  # another program holds the database (database.translate's message)
            raise VaultInUse(IN_USE) from None
        raise
    try:
        if not take_exclusive(conn, BUSY_TIMEOUT_MS):
            raise VaultInUse(IN_USE)
    except BaseException:
        conn.close()
        raise
    return conn


def _release(conn: Connection) -> None:
    with contextlib.suppress(Exception):
        conn.execute("PRAGMA locking_mode = NORMAL")
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()  # gives the exclusive lock back
    with contextlib.suppress(Exception):
        conn.close()


def _check_space(vault: Vault) -> None:
    """Every page is written once more into the write-ahead log before it is copied back."""
    with errors_translated():
        need = vault.db_path.stat().st_size + FREE_SPACE_MARGIN
        free = shutil.disk_usage(vault.folder).free
    if free < need:
        raise StorageFull(f"changing the key needs about {need // (1024 * 1024)} MB free next to the vault; "
                          "free some space and try again")


def _remember_anchor(conn: Connection, old_key: bytes) -> None:
    """The old key's anchor, inside the database (under the old key now, the new one after the switch):
    slots anchored to it accept the new key (Vault._check_vouched)."""
    with transaction(conn):
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (ANCHORS_SETTING,)).fetchone()
        try:
            known = json.loads(row[0]) if row else []
        except ValueError:
            known = []
        known = [a for a in known if isinstance(a, str)] if isinstance(known, list) else []
        anchor = slotcrypto.anchor(old_key).hex()
        if anchor not in known:
            known.append(anchor)
        conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
                     "value = excluded.value", (ANCHORS_SETTING, json.dumps(known)))


def _save_proven(slots: KeySlotFile, made: list[_Made], new_key: bytearray, own: tuple[str, bytes] | None, *,
                 pending: bool) -> bytes:
    """Write the slot file, read it back and prove that the new recovery slot, each one-time slot and the
    admin's own slot open the new key. On failure the file is put back as it was and KeyNotProven raised."""
    path = slots.path
    with errors_translated():
        before = path.read_bytes()
        data = slots.to_bytes()
        atomic_write(path, data)
    try:
        back = KeySlotFile.load(path)
        pool = back.rekey.new_slots if pending and back.rekey is not None else back.slots
        checks: list[tuple[KeySlot | None, bytes, Envelope | None]] = []
        for m in made:
            found = next((s for s in pool if s.slot_id == m.slot.slot_id), None)
            private = back.open_with_kek(found, m.kek).private_key if found is not None else b""
            checks.append((found, private, found.envelope if found is not None else None))
        if own is not None:
            mine = back.find(own[0])
            envelope = (back.rekey.envelopes.get(own[0]) if back.rekey is not None else None) if pending else (
                mine.envelope if mine is not None else None)
            checks.append((mine, own[1], envelope))
        for slot, private, envelope in checks:
            if slot is None or envelope is None:
                raise ValueError("a slot or its envelope is missing")
            key = slotcrypto.unwrap_from(private, slot.public_key, envelope, slot.envelope_meta(back.vault_id))
            if bytes(key) != bytes(new_key):
                raise ValueError("another key")
    except Exception as exc:
        with errors_translated():
            atomic_write(path, before)
        raise KeyNotProven("the new keys did not open when read back from the disk; nothing was changed") from exc
    return data
