"""Verifying a backup file: every check `verify --backup` promises, in about the time of reading it.

The checks: the file's shape and the manifest's fields (`backup_reader`), each member's size and SHA-256
against the manifest, the manifest's MAC (a key derived from the data key), every page's HMAC, the full
`PRAGMA integrity_check` (b-trees, indexes against their tables, the free list, pages used twice or
never, the search index's own check) and `foreign_key_check`, the audit chain from its first entry, its
head, the schema level and every table's row count against the manifest.

How they share the two cores (measured in `make bench`; the old way took 5.5 to 10 times a flushed copy):
- The key-slot member is unpacked first and the password's key derivation runs on one thread while the
  database member is copied into a private temporary folder and hashed on the others. Nothing is flushed
  to the disk: the copy is a scratch file, removed at the end.
- Then `integrity_check` (the longest check: it reads and authenticates every page in use) runs on its
  own connection while this thread does everything else on a second one.
- Page HMACs are checked once: SQLCipher checks a page whenever it reads it, so `integrity_check` covers
  every page in use; `page_check` covers the free-list pages it does not read. The old verify ran
  `cipher_integrity_check` as well, which checks every page a second time.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain.errors import VaultDamaged
from . import audit, migrations, page_check
from .backup import manifest_signed_by, table_counts
from .backup_reader import OpenBackup, check_space, create_private, open_backup
from .database import Connection, errors_translated
from .files import DB_NAME, SLOTS_NAME
from .vault import Vault

Unlock = Callable[[Path], Vault]  # opens the unpacked copy's key slots (the database stays closed)


@dataclass
class BackupReport:
    ok: bool
    problems: list[str] = field(default_factory=list)
    manifest: dict[str, Any] = field(default_factory=dict)


@contextlib.contextmanager
def unpacked_and_unlocked(path: Path, unlock: Unlock) -> Iterator[tuple[Vault, dict[str, Any]]]:
    """The backup unpacked into a private temporary folder (its encrypted members only) and its key slots
    opened; removed (and the key zeroed) afterwards. The key derivation overlaps the copy."""
    work = Path(tempfile.mkdtemp(prefix="kd-verify-"))
    try:
        with open_backup(Path(path)) as backup:
            vault = _unpack(backup, work, unlock)
            try:
                yield vault, backup.manifest
            finally:
                vault.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _unpack(backup: OpenBackup, work: Path, unlock: Unlock) -> Vault:
    check_space(work, backup.size(DB_NAME) + backup.size(SLOTS_NAME))
    slots = backup.read_small(SLOTS_NAME)
    with errors_translated():
        with create_private(work / SLOTS_NAME) as out:
            out.write(slots)
        db_out = create_private(work / DB_NAME)  # exists before the unlock looks for a vault here
    with ThreadPoolExecutor(max_workers=1) as pool:
        unlocking = pool.submit(unlock, work)
        try:
            with errors_translated(), db_out:
                backup.copy_member(DB_NAME, db_out)
        except BaseException:
            with contextlib.suppress(Exception):
                unlocking.result().close()
            raise
        return unlocking.result()


def verify(path: Path, unlock: Unlock) -> BackupReport:
    """Every check of a backup file. Raises for a file that cannot be a backup (BackupInvalid), a member
    that does not match its checksum, a wrong password; returns the problems of the contents."""
    with unpacked_and_unlocked(path, unlock) as (vault, manifest):
        return verify_unlocked(vault, manifest)


def verify_unlocked(vault: Vault, manifest: dict[str, Any]) -> BackupReport:
    """The checks that need the key, on an unpacked backup: integrity_check on one connection and thread,
    everything else on another."""
    problems: list[str] = []
    if not manifest_signed_by(vault, manifest):
        problems.append("the manifest signature does not match (the manifest was altered)")
    try:
        first = vault.open_readonly(vault.db_path)
    except VaultDamaged:
        return BackupReport(False, [*problems, "integrity: the database's first pages cannot be read"], manifest)
    try:
        second = vault.open_readonly(vault.db_path)
    except BaseException:
        first.close()
        raise
    with ThreadPoolExecutor(max_workers=1) as pool:
        try:
            migrations.check_not_newer(first)
            structure = pool.submit(_integrity, first)
            others = _other_checks(second, vault, manifest)
            problems += [f"integrity: {p}" for p in structure.result()] + others
        finally:
            pool.shutdown(wait=True)  # never close a connection under a running statement
            first.close()
            second.close()
    return BackupReport(ok=not problems, problems=problems, manifest=manifest)


def _integrity(conn: Connection) -> list[str]:
    try:
        with errors_translated():
            return [str(r[0]) for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
    except VaultDamaged:
        # A page in use that fails its HMAC stops integrity_check itself. Only then (a damaged file) is
        # every page checked again, by SQLCipher, to name the damaged ones.
        with errors_translated():
            named = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
        return named or ["a page in use cannot be read"]


def _other_checks(conn: Connection, vault: Vault, manifest: dict[str, Any]) -> list[str]:
    problems = [f"integrity: {p}" for p in page_check.unread_page_problems(conn, vault.db_path, bytes(vault._key))]
    with errors_translated():
        problems += [f"integrity: foreign key: {r[0]}" for r in conn.execute("PRAGMA foreign_key_check")]
    chain = audit.verify(conn, vault.audit_key)
    if not chain.ok:
        problems.append(f"audit chain: {chain.problem}")
    if manifest["audit_head"] != {"id": chain.head.entry_id, "hash": chain.head.hash}:
        problems.append("the audit-chain head differs from the manifest")
    if table_counts(conn) != manifest["counts"]:
        problems.append("row counts differ from the manifest")
    if migrations.schema_version(conn) != manifest["schema_version"]:
        problems.append("schema level differs from the manifest")
    return problems
