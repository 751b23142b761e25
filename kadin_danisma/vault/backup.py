"""Backups: one file, still encrypted, that carries the database, the key slots and a signed manifest.

The database copy is a byte copy of the encrypted file taken inside one read transaction that holds the
file still (a consistent snapshot while others keep writing; see `create`). The manifest records app version, schema
level, audit-chain head, row counts, the SHA-256 and size of each member, and is MACed with a key derived
from the data key so it cannot be edited without the vault's key. The file is a ZIP (stored, not compressed:
the members are already encrypted) so that any tool can list it. Reading, verifying and restoring a
backup are `backup_reader` and `backup_verify`.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import re
import shutil
import time
import zipfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from .. import __version__
from ..domain.errors import UserFacingError
from . import audit, migrations
from .atomic import write_file
from .database import Connection, errors_translated
from .files import DB_NAME, SLOTS_NAME

if TYPE_CHECKING:  # only a type here: vault.py imports this module when it unlocks
    from .vault import Vault

MANIFEST_NAME = "manifest.json"
FORMAT = 1
MEMBERS = frozenset({MANIFEST_NAME, SLOTS_NAME, DB_NAME})


def manifest_key(vault: Vault) -> bytes:
    return vault.subkey(b"backup-manifest/v1")


def canonical(data: dict[str, Any]) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def table_counts(conn: Connection) -> dict[str, int]:
    with errors_translated():
        names = [
            r[0] for r in conn.execute(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        counts = {}
        for name in names:
            if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
                counts[name] = int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
    return counts


class _SnapshotBusy(Exception):
    """The write-ahead log could not be moved into the database file in time (a reader held an old snapshot)."""


WORK_PREFIX = ".kd-backup-"  # the writer's temporary files (and older versions' work folders)
WORK_TAG = "kd-backup"  # the writer's temporary files: .kd-backup-<random>.tmp
STALE_WORK_S = 3600  # a backup of a 1 GB vault takes seconds; an hour-old work folder belongs to no one
SNAPSHOT_WAIT_S = 10.0  # for readers of older snapshots to finish before "too busy"
GATE_HOLD_S = 0.2  # longest that writers are held back at a time (they wait, nothing fails)
COPY_CHUNK = 1 << 20


def create(vault: Vault, out_path: Path, check_pages: bool = True,
           before_publish: Callable[[dict[str, Any], int], None] | None = None, *, force: bool = False
           ) -> dict[str, Any]:
    """Write a backup to out_path through the one file writer (atomic.write_file); returns its manifest.
    An existing file is refused unless force (she confirmed replacing it).

    The database member is a byte copy of vault.db taken inside one read transaction that started when the
    whole write-ahead log had been moved into the file (`_begin_snapshot`). Such a reader reads the file
    only, and SQLite lets no checkpoint write into that file while it reads, so the file holds exactly that
    snapshot for the whole copy while others keep writing to the log. A byte copy is far faster than
    re-encrypting every page (sqlcipher_export, or the backup API: 17 s on 938 MiB) and is the same
    encrypted file the vault uses.
    check_pages: verify every page's MAC (`PRAGMA cipher_integrity_check`) of the same still file while it
    is copied, so a damaged vault is reported now rather than at restore; the full check is `verify_backup`.
    On the 50,000-case vault (938 MiB) this takes 4.9 s where export + integrity_check took 46 s.
    before_publish(manifest, size): called once the file is complete and flushed, before it gets its name;
    the audit entry is written there, so a kill can leave a logged backup that never appeared, but never
    a backup on disk that the log does not show (P37).
    """
    out_path = Path(out_path)
    conn = vault.connection()
    _remove_stale_work(out_path.parent)

    def produce(fh: BinaryIO) -> dict[str, Any]:
        try:
            return _write_snapshot(vault, conn, fh, check_pages)
        except _SnapshotBusy:
            raise UserFacingError("the vault was too busy to back up; try again in a moment",
                                  code="backup_busy") from None

    manifest: dict[str, Any] = {}

    def publish(size: int) -> None:
        if before_publish is not None:
            before_publish(manifest, size)

    with errors_translated():  # a write-protected stick fails here first
        write_file(out_path, lambda fh: manifest.update(produce(fh)), force=force, tag=WORK_TAG,
                   before_publish=publish)
    return manifest


def _remove_stale_work(out_dir: Path) -> None:
    """Temporary files (and, from older versions, work folders) left by backups killed partway (power cut,
    kill -9). Encrypted, and never mistaken for a finished backup, but each holds a whole copy of the
    database and they pile up on the stick. Only ours (this account's), and only an hour old: a backup in
    progress writes its file continuously."""
    now = time.time()
    for old in out_dir.glob(WORK_PREFIX + "*"):
        with contextlib.suppress(OSError):
            st = old.lstat()
            if now - st.st_mtime <= STALE_WORK_S or (hasattr(os, "getuid") and st.st_uid != os.getuid()):
                continue
            if old.is_dir() and not old.is_symlink():
                shutil.rmtree(old, ignore_errors=True)
            elif old.is_file() and not old.is_symlink():
                old.unlink()


def _begin_snapshot(vault: Vault, conn: Connection) -> int:
    """Start conn's read transaction on the database file alone; returns the schema level it sees.

    A reader that starts while the whole log has been copied into the database file reads that file
    only (SQLite's read-lock 0), and then no checkpoint may write into the file until it ends. To get
    there while colleagues keep saving, a second connection holds the write lock (writers wait; they
    do not fail) for at most GATE_HOLD_S while the log is moved in and the read begins. An earlier
    design raced writers for an empty log and lost every try to a steady stream of saves.
    """
    deadline = time.monotonic() + SNAPSHOT_WAIT_S
    with errors_translated():
        gate = vault.open_separate()
    try:
        while True:
            with errors_translated():
                conn.execute("PRAGMA wal_checkpoint(PASSIVE)")  # the bulk, without holding anyone back
                gate.execute("BEGIN IMMEDIATE")  # nothing is appended to the log from here
                try:
                    release = time.monotonic() + GATE_HOLD_S
                    while True:
                        # Busy while another checkpoint runs or a reader still needs older frames.
                        busy, log, moved = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                        if not busy and log == moved:
                            conn.execute("BEGIN")
                            return migrations.schema_version(conn)  # the first read starts the snapshot
                        if time.monotonic() > release:
                            break
                        time.sleep(0.002)
                finally:
                    gate.execute("ROLLBACK")
            if time.monotonic() > deadline:
                raise _SnapshotBusy
            time.sleep(0.05)  # let the held-back saves through
    finally:
        gate.close()


def _write_snapshot(vault: Vault, conn: Connection, partial: BinaryIO, check_pages: bool) -> dict[str, Any]:
    with errors_translated():
        page_check: _PageCheck | None = None
        try:
            level = _begin_snapshot(vault, conn)
            # The page check reads the same still file on its own connection, on the other core, while
            # this thread copies it (half the time of checking first, then copying).
            page_check = _PageCheck(vault) if check_pages else None
            head = audit.head(conn)
            counts = table_counts(conn)
            slots_bytes = vault.slot_file_bytes()
            with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_STORED) as zf:
                db_digest, db_size = _copy_into(zf, vault.db_path, DB_NAME)
                manifest: dict[str, Any] = {
                    "format": FORMAT,
                    "app_version": __version__,
                    "vault_id": vault.slots.vault_id,
                    "schema_version": level,
                    "created_at": audit.now_iso(),
                    "audit_head": {"id": head.entry_id, "hash": head.hash},
                    "counts": counts,
                    "sha256": {DB_NAME: db_digest, SLOTS_NAME: hashlib.sha256(slots_bytes).hexdigest()},
                    # Checked against the ZIP's directory before anything is unpacked (backup_reader).
                    "sizes": {DB_NAME: db_size, SLOTS_NAME: len(slots_bytes)},
                }
                manifest["mac"] = hmac.new(manifest_key(vault), canonical(manifest), hashlib.sha256).hexdigest()
                zf.writestr(SLOTS_NAME, slots_bytes)
                zf.writestr(MANIFEST_NAME, json.dumps(manifest, indent=1, sort_keys=True))
            if page_check is not None and not page_check.passed():
                raise UserFacingError("the vault failed its page check; it may be damaged (run verify)",
                                      code="page_check_failed")
        finally:
            if page_check is not None:
                page_check.wait()  # (after a failure) never let it read past the snapshot
            if conn.in_transaction:
                conn.execute("ROLLBACK")
    return manifest  # the writer flushes the file to the disk


class _PageCheck:
    """`PRAGMA cipher_integrity_check` (every page's MAC) on a second connection, in a thread. SQLCipher
    reads the database file for it, not the log, so it must finish while the snapshot holds the file."""

    def __init__(self, vault: Vault) -> None:
        self._conn = vault.open_readonly(vault.db_path)
        self._pool = ThreadPoolExecutor(max_workers=1)
        self._result = self._pool.submit(self._run)

    def _run(self) -> bool:
        try:
            return not self._conn.execute("PRAGMA cipher_integrity_check").fetchall()
        finally:
            self._conn.close()

    def wait(self) -> None:
        with contextlib.suppress(Exception):
            self._result.result()
        self._pool.shutdown()

    def passed(self) -> bool:
        try:
            with errors_translated():
                return self._result.result()
        finally:
            self._pool.shutdown()


def _copy_into(zf: zipfile.ZipFile, source: Path, member: str) -> tuple[str, int]:
    """Stream a file into the archive; returns its SHA-256 and size. The hash of one chunk runs in a second
    thread while this one writes it (hashlib releases the GIL on big buffers)."""
    digest = hashlib.sha256()
    size = 0
    info = zipfile.ZipInfo(member, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_STORED
    with ThreadPoolExecutor(max_workers=1) as hasher, source.open("rb") as src, \
            zf.open(info, "w", force_zip64=True) as out:
        pending = None
        for chunk in iter(lambda: src.read(COPY_CHUNK), b""):
            if pending is not None:
                pending.result()  # one chunk in flight keeps the digest in order
            pending = hasher.submit(digest.update, chunk)
            out.write(chunk)
            size += len(chunk)
        if pending is not None:
            pending.result()
    return digest.hexdigest(), size


def manifest_signed_by(vault: Vault, manifest: dict[str, Any]) -> bool:
    """The manifest's MAC was made with this vault's key (so it is a backup of this vault, unaltered)."""
    mac = manifest.get("mac", "")
    unsigned = {k: v for k, v in manifest.items() if k != "mac"}
    want = hmac.new(manifest_key(vault), canonical(unsigned), hashlib.sha256).hexdigest()
    return isinstance(mac, str) and hmac.compare_digest(mac, want)
