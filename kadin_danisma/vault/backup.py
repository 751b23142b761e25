"""Backups: one file, still encrypted, that carries the database, the key slots and a signed manifest.

The database copy is made with `sqlcipher_export` inside one read transaction (a consistent snapshot
while others keep writing), never by copying the live file. The manifest records app version, schema
level, audit-chain head, row counts and SHA-256 of each member, and is MACed with a key derived from the
data key so it cannot be edited without the vault's key. The file is a ZIP (stored, not compressed:
the members are already encrypted) so that any tool can list it.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import re
import shutil
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import __version__
from ..domain.errors import BackupInvalid, UserFacingError, VaultExists
from . import audit, migrations
from .atomic import fsync_dir
from .database import Connection, errors_translated, integrity_problems
from .keyslots import KeySlotFile
from .vault import DB_NAME, RESTORED_MARKER, SLOTS_NAME, Vault

MANIFEST_NAME = "manifest.json"
FORMAT = 1
_MEMBERS = {MANIFEST_NAME, SLOTS_NAME, DB_NAME}


def manifest_key(vault: Vault) -> bytes:
    return vault.subkey(b"backup-manifest/v1")


def _canonical(data: dict[str, Any]) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


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


@dataclass
class BackupReport:
    ok: bool
    problems: list[str] = field(default_factory=list)
    manifest: dict[str, Any] = field(default_factory=dict)


def create(vault: Vault, out_path: Path) -> dict[str, Any]:
    """Write a backup to out_path (atomically); returns its manifest. Refuses to overwrite a file."""
    out_path = Path(out_path)
    if out_path.exists():
        raise VaultExists("a file with that name already exists; choose another name")
    out_dir = out_path.parent
    conn = vault.connection()
    work = Path(tempfile.mkdtemp(prefix=".kd-backup-", dir=out_dir))
    try:
        export_path = work / DB_NAME
        with errors_translated():
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("ATTACH DATABASE ? AS backup KEY ?", (str(export_path), vault.attach_sql_key()))
            try:
                conn.execute("BEGIN")
                try:
                    conn.execute("SELECT sqlcipher_export('backup')")
                    level = migrations.schema_version(conn)
                    conn.execute(f"PRAGMA backup.user_version = {level}")
                    head = audit.head(conn)
                    counts = table_counts(conn)
                    conn.execute("COMMIT")
                except BaseException:
                    # SQLite may already have rolled back (disk full, I/O error): a failing ROLLBACK
                    # must not replace the real error with "cannot rollback".
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
            finally:
                conn.execute("DETACH DATABASE backup")
        check = vault.open_readonly(export_path)
        try:
            problems = integrity_problems(check)
        finally:
            check.close()
        if problems:
            raise UserFacingError("the backup copy failed its integrity check; the vault may be damaged")
        slots_bytes = vault.slots.to_bytes()
        manifest: dict[str, Any] = {
            "format": FORMAT,
            "app_version": __version__,
            "vault_id": vault.slots.vault_id,
            "schema_version": level,
            "created_at": audit.now_iso(),
            "audit_head": {"id": head.entry_id, "hash": head.hash},
            "counts": counts,
            "sha256": {DB_NAME: _sha256_file(export_path), SLOTS_NAME: hashlib.sha256(slots_bytes).hexdigest()},
        }
        manifest["mac"] = hmac.new(manifest_key(vault), _canonical(manifest), hashlib.sha256).hexdigest()
        partial = work / "backup.partial"
        with errors_translated():
            with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_STORED) as zf:
                zf.writestr(MANIFEST_NAME, json.dumps(manifest, indent=1, sort_keys=True))
                zf.writestr(SLOTS_NAME, slots_bytes)
                zf.write(export_path, DB_NAME)
            with partial.open("rb+") as fh:
                os.fsync(fh.fileno())
            os.chmod(partial, 0o600)
            os.replace(partial, out_path)
            fsync_dir(out_dir)
        return manifest
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _open_zip(path: Path) -> zipfile.ZipFile:
    try:
        zf = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise BackupInvalid("the backup file does not exist") from None
    except (zipfile.BadZipFile, OSError, ValueError):
        raise BackupInvalid("this is not a Kadın Danışma backup, or it is damaged") from None
    names = set(zf.namelist())
    if names != _MEMBERS:
        zf.close()
        raise BackupInvalid("this is not a Kadın Danışma backup, or it is damaged")
    return zf


def read_manifest(zf: zipfile.ZipFile) -> dict[str, Any]:
    try:
        manifest = json.loads(zf.read(MANIFEST_NAME).decode("utf-8"))
        if not isinstance(manifest, dict) or not isinstance(manifest.get("sha256"), dict):
            raise ValueError
    except (ValueError, KeyError, UnicodeDecodeError, zipfile.BadZipFile, OSError):
        raise BackupInvalid("the backup manifest is damaged") from None
    if int(manifest.get("format", 0)) > FORMAT:
        raise BackupInvalid("this backup was made by a newer version of Kadın Danışma")
    return manifest


def extract(path: Path, dest: Path) -> dict[str, Any]:
    """Unpack a backup's members into dest (which must be empty) after checking their hashes."""
    with _open_zip(Path(path)) as zf:
        manifest = read_manifest(zf)
        for member in (SLOTS_NAME, DB_NAME):
            target = dest / member
            digest = hashlib.sha256()
            try:
                with zf.open(member) as src, target.open("wb") as out:
                    for chunk in iter(lambda: src.read(1 << 20), b""):
                        digest.update(chunk)
                        out.write(chunk)
                    out.flush()
                    os.fsync(out.fileno())
            except (zipfile.BadZipFile, OSError) as exc:
                if isinstance(exc, OSError) and exc.errno is not None:
                    with errors_translated():
                        raise
                raise BackupInvalid("the backup file is damaged") from None
            if digest.hexdigest() != manifest["sha256"].get(member):
                raise BackupInvalid(f"the backup file is damaged ({member} does not match its checksum)")
    return manifest


def verify_unlocked(backup_vault: Vault, manifest: dict[str, Any]) -> BackupReport:
    """Checks that need the key: integrity, audit chain, manifest MAC and counts."""
    problems: list[str] = []
    mac = manifest.get("mac", "")
    unsigned = {k: v for k, v in manifest.items() if k != "mac"}
    want = hmac.new(manifest_key(backup_vault), _canonical(unsigned), hashlib.sha256).hexdigest()
    if not isinstance(mac, str) or not hmac.compare_digest(mac, want):
        problems.append("the manifest signature does not match (the manifest was altered)")
    conn = backup_vault.open_readonly(backup_vault.db_path)
    try:
        migrations.check_not_newer(conn)
        problems += [f"integrity: {p}" for p in integrity_problems(conn)]
        chain = audit.verify(conn, backup_vault.audit_key)
        if not chain.ok:
            problems.append(f"audit chain: {chain.problem}")
        head = manifest.get("audit_head", {})
        if head != {"id": chain.head.entry_id, "hash": chain.head.hash}:
            problems.append("the audit-chain head differs from the manifest")
        if table_counts(conn) != manifest.get("counts"):
            problems.append("row counts differ from the manifest")
        if migrations.schema_version(conn) != manifest.get("schema_version"):
            problems.append("schema level differs from the manifest")
    finally:
        conn.close()
    return BackupReport(ok=not problems, problems=problems, manifest=manifest)


@contextlib.contextmanager
def unpacked(path: Path) -> Any:
    """The backup unpacked into a private temporary folder (encrypted members only), removed afterwards."""
    work = Path(tempfile.mkdtemp(prefix="kd-verify-"))
    try:
        manifest = extract(path, work)
        yield work, manifest
    finally:
        shutil.rmtree(work, ignore_errors=True)


def restore(path: Path, new_folder: Path) -> dict[str, Any]:
    """Unpack a backup into a new (or empty) folder. Never touches an existing vault."""
    new_folder = Path(new_folder)
    if new_folder.exists() and any(new_folder.iterdir()):
        raise VaultExists("restore goes into a new, empty folder; this one is not empty")
    created = not new_folder.exists()
    new_folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        manifest = extract(path, new_folder)
        KeySlotFile.load(new_folder / SLOTS_NAME)  # refuse a backup whose slots cannot be read
        marker = {
            "backup_created_at": manifest.get("created_at"),
            "audit_head": manifest.get("audit_head"),
            "restored_at": audit.now_iso(),
        }
        (new_folder / RESTORED_MARKER).write_text(json.dumps(marker), encoding="utf-8")
        fsync_dir(new_folder)
    except BaseException:
        for name in (SLOTS_NAME, DB_NAME, RESTORED_MARKER):
            with contextlib.suppress(OSError):
                (new_folder / name).unlink()
        if created:
            with contextlib.suppress(OSError):
                new_folder.rmdir()
        raise
    return manifest
