"""Is this vault older than, or diverged from, a state recorded elsewhere? `verify` asks (issue 14 §4).

Two witnesses outside the vault: this computer's note of the newest state it saw (seen_state.py; compared
at unlock into `Session.older_copy`), and the newest backup of this vault in the backup folder set in
Settings (its manifest records the audit head, and is signed with a key of this vault, so a file that is
not a backup of it, or was edited, is ignored). A vault whose audit log ends before the recorded entry is
*older*; one that reaches it with another hash at that entry has a *different history* (someone worked on
an older copy). Both are reported by `verify` as a failed check unless she accepts this copy.

Known limits: a copy of the whole folder made on a computer that never opened this vault, with no backup
folder set, has no witness; the backup folder is only as trustworthy as the drive it is on (a deleted
backup witnesses nothing, an edited one is ignored).
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import UserFacingError
from ..vault import audit, backup, backup_reader, repositories
from . import seen_state
from .session import Session

BACKUP_SUFFIXES = (".kdbackup", ".kdbak")
MAX_BACKUPS_READ = 20  # the newest files by date; a stick may hold hundreds


@dataclass(frozen=True)
class Finding:
    witness: str  # "computer" or "backup"
    kind: str  # seen_state.OLDER or seen_state.DIVERGED
    line: str  # one content-free English sentence


def findings(session: Session) -> list[Finding]:
    found: list[Finding] = []
    if session.older_copy is not None:
        found.append(Finding("computer", session.older_copy.kind,
                             "this computer: " + session.older_copy.summary()))
    newest = _newest_backup(session)
    if newest is not None:
        name, head_id, head_hash = newest
        conn = session.connection()
        current = audit.head(conn)
        if current.entry_id < head_id:
            found.append(Finding("backup", seen_state.OLDER, (
                f"the backup {name} holds audit entry {head_id}, but this vault ends at entry {current.entry_id}: "
                "work saved after that backup is not in this copy")))
        elif audit.hash_at(conn, head_id) != head_hash:
            found.append(Finding("backup", seen_state.DIVERGED, (
                f"the backup {name} has a different history at audit entry {head_id}: work saved in the copy "
                "it was made from may be missing here")))
    return found


def accept(session: Session) -> None:
    """She keeps this copy (verify --accept-older): this computer's warning is accepted as in the app
    (audited, noted as seen). A backup of a newer state stays where it is and keeps being reported."""
    if session.older_copy is not None:
        seen_state.accept_older(session)


def _newest_backup(session: Session) -> tuple[str, int, str] | None:
    """(file name, audit head id, hash) of the backup of this vault with the highest head in the backup
    folder; None if no folder is set or none can be read."""
    folder_text = repositories.get_setting(session.connection(), "backup_folder", "") or ""
    if not folder_text:
        return None
    folder = Path(folder_text)
    try:
        candidates = [p for p in folder.iterdir() if p.suffix in BACKUP_SUFFIXES and p.is_file()
                      and not p.is_symlink()]
        candidates.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError:
        return None
    best: tuple[str, int, str] | None = None
    for path in candidates[:MAX_BACKUPS_READ]:
        head = _signed_head(session, path)
        if head is not None and (best is None or head[0] > best[1]):
            best = (path.name, head[0], head[1])
    return best


def _signed_head(session: Session, path: Path) -> tuple[int, str] | None:
    with contextlib.suppress(UserFacingError, OSError, ValueError, KeyError, TypeError):
        if os.path.getsize(path) < 22:  # not even a ZIP directory
            return None
        with backup_reader.open_backup(path) as opened:  # shape and manifest checked like any input
            manifest = opened.manifest
        if manifest.get("vault_id") != session.vault.slots.vault_id:
            return None
        if not backup.manifest_signed_by(session.vault, manifest):
            return None
        head = manifest["audit_head"]
        head_id, head_hash = head["id"], head["hash"]
        if type(head_id) is int and head_id > 0 and isinstance(head_hash, str):
            return head_id, head_hash
    return None
