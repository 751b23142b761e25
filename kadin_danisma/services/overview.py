"""The vault overview: center, staff and roles, last backup and its age, audit-chain status."""

from __future__ import annotations

from dataclasses import dataclass

from ..vault import repositories
from ..vault.repositories import UserRow
from . import backups, settings
from .session import Session


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


def overview(session: Session) -> Overview:
    """Slow on a big audit log (it walks the chain): call it from a worker thread."""
    conn = session.connection()
    chain = session.store.audit_verify(conn)
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
    )
