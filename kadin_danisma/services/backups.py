"""Backing up an unlocked vault (admins), and what the overview says about the last backup."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..domain.errors import InvalidInput
from ..domain.roles import Role
from ..vault import backup, repositories
from ..vault.port import errors_translated
from .session import Session
from .vault_service import restore_backup, verify_backup

STALE_AFTER_DAYS = 7


def now() -> datetime:
    """The clock the age of a backup is measured with (one place, so tests can move it)."""
    return datetime.now(UTC)


def _now() -> datetime:
    return now()


@dataclass(frozen=True)
class LastBackup:
    at: datetime
    file_name: str

    def age_days(self, now: datetime | None = None) -> float:
        return ((now or _now()) - self.at).total_seconds() / 86400

    def is_stale(self, now: datetime | None = None) -> bool:
        return self.age_days(now) > STALE_AFTER_DAYS


def backup_now(session: Session, out_path: Path, *, force: bool = False) -> dict[str, Any]:
    """A backup file at out_path (an existing file is replaced only with force: she confirmed it)."""
    session.require(Role.ADMIN)
    out_path = Path(out_path)

    # A name from the command line may hold bytes that are not UTF-8 (lone surrogates in Python): the log
    # keeps them escaped, as SQLite cannot store them.
    name = out_path.name.encode("utf-8", "backslashreplace").decode("utf-8")

    def log(manifest: dict[str, Any], size: int) -> None:
        # Before the file gets its name: no backup exists that the audit log does not show.
        session.audit("backup", None, file_name=name, audit_head=manifest["audit_head"]["id"], size=size)

    with errors_translated():  # an unwritable target (a write-protected stick) is a message, not a crash
        return backup.create(session.vault, out_path, before_publish=log, force=force)


def backup_file_name(at: datetime | None = None) -> str:
    """The name "Back up now" gives a backup in the chosen folder (no names of people or cases in it)."""
    return f"kadin-danisma-{(at or datetime.now()).strftime('%Y-%m-%d-%H%M%S')}.kdbackup"


def backup_into_folder(session: Session, folder: Path) -> tuple[Path, dict[str, Any]]:
    """A backup with a new dated name inside `folder` (which must exist); returns its path and manifest."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InvalidInput("the backup folder does not exist (is the drive plugged in?)")
    path = folder / backup_file_name()
    return path, backup_now(session, path)


def last_backup(session: Session) -> LastBackup | None:
    event = repositories.last_audit_event(session.connection(), "backup")
    if event is None:
        return None
    at, details = event
    try:
        name = str(json.loads(details).get("file_name", ""))
    except ValueError:
        name = ""
    return LastBackup(datetime.fromisoformat(at), name)


# -- restoring into a new folder (admins, from the app) --------------------------------------------------
def check_backup(session: Session, path: Path, password: str) -> bool:
    """An admin checks a backup file with her own password before putting it back: checksums, every page, the
    audit chain, the signed manifest (vault_service.verify_backup). True when every check passed."""
    session.require(Role.ADMIN)
    assert session.user is not None
    report = verify_backup(Path(path), session.user.username, password)
    session.audit("backup_check", None, file_name=Path(path).name, ok=report.ok)
    return report.ok


def restore_into(session: Session, path: Path, new_folder: Path) -> dict[str, Any]:
    """Put a backup back into a new (or empty) folder, never over a vault; the vault open now is untouched.
    The restored vault records its restore at its first unlock; this one records that it was made."""
    session.require(Role.ADMIN)
    manifest = restore_backup(Path(path), Path(new_folder))
    session.audit("backup_restore", None, file_name=Path(path).name, folder=str(new_folder))
    return manifest
