"""The vault overview: center, staff and roles, role changes of the last week, last backup and its age,
audit-chain status, the last destruction and which backups predate it (they still hold what it destroyed)."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from ..domain.access_review import RoleChange
from ..domain.roles import Role
from ..vault import attachment_store, repositories
from ..vault.port import errors_translated
from ..vault.repositories import UserRow
from . import backups, destruction, destruction_record, settings
from .session import Session

__all__ = ["Overview", "RoleChange", "logged_roles", "overview", "recent_role_changes"]

ROLE_CHANGE_DAYS = 7


def logged_roles(value: object) -> frozenset[Role]:
    """Roles as the log wrote them: a list of codes (user_add) or "a,b" (user_roles); unknown codes left out."""
    codes = value if isinstance(value, list) else str(value or "").split(",")
    return frozenset(Role(c) for c in (str(c).strip() for c in codes) if c in {r.value for r in Role})


def recent_role_changes(session: Session, days: int = ROLE_CHANGE_DAYS) -> list[RoleChange]:
    """Every role given or changed in the last `days` days, newest first: one account granting another
    (or a second one) more power is something every colleague should see."""
    session.check_password_changed()
    since = (datetime.now(UTC) - timedelta(days=days)).isoformat(timespec="microseconds")
    conn = session.connection()
    with errors_translated():
        found = conn.execute(
            "SELECT a.at, u.username, a.action, a.target, a.details FROM audit_log a LEFT JOIN users u"
            " ON u.id = a.user_id WHERE a.action IN ('user_roles', 'user_add') AND a.at >= ? ORDER BY a.id DESC",
            (since,)).fetchall()
    out = []
    for at, by, action, target, text in found:
        details = json.loads(text)
        if action == "user_add":
            before, after = frozenset[Role](), logged_roles(details.get("roles"))
        else:
            before, after = logged_roles(details.get("before")), logged_roles(details.get("after"))
        out.append(RoleChange(str(at), str(by or ""), str(target or ""), before, after))
    return out


@dataclass(frozen=True)
class Overview:
    center_name: str
    users: list[UserRow]
    last_backup: backups.LastBackup | None
    audit_ok: bool
    audit_entries: int
    audit_problem: str
    schema_version: int
    cipher_version: str
    idle_lock_minutes: int
    role_changes: list[RoleChange] = field(default_factory=list)
    # issue 19: the last destruction, the backups (marked when they predate it) and whether one is due
    last_destruction: str | None = None
    backups: list[destruction_record.BackupLine] = field(default_factory=list)
    destruction_due: bool = False
    attachments: int = 0  # files kept in the vault
    attachment_bytes: int = 0
    vault_bytes: int = 0  # the database file on disk


def overview(session: Session) -> Overview:
    """Slow on a big audit log (it walks the chain): call it from a worker thread."""
    session.check_password_changed()
    conn = session.connection()
    chain = session.store.audit_verify(conn)
    last_destruction, backup_lines = destruction_record.backups_and_destruction(session)
    files, stored = attachment_store.total_size(conn)
    return Overview(
        center_name=settings.center_name(session),
        users=repositories.list_users(conn),
        last_backup=backups.last_backup(session),
        audit_ok=chain.ok,
        audit_entries=chain.entries,
        audit_problem=chain.problem,
        schema_version=session.store.schema_version(conn),
        cipher_version=session.store.describe(conn)["cipher_version"],
        idle_lock_minutes=settings.idle_lock_minutes(session),
        role_changes=recent_role_changes(session),
        last_destruction=last_destruction,
        backups=backup_lines,
        destruction_due=destruction.reminder(session).due,
        attachments=files, attachment_bytes=stored,
        vault_bytes=0 if session.on_server else _file_size(session.vault.db_path),
    )


def _file_size(path: object) -> int:
    try:
        return os.stat(str(path)).st_size
    except OSError:
        return 0
