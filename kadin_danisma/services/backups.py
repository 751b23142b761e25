"""Backing up an unlocked vault (admins), and what the overview says about the last backup."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..domain.roles import Role
from ..vault import backup, repositories
from .session import Session

STALE_AFTER_DAYS = 7


@dataclass(frozen=True)
class LastBackup:
    at: datetime
    file_name: str

    def age_days(self, now: datetime | None = None) -> float:
        return ((now or datetime.now(UTC)) - self.at).total_seconds() / 86400

    def is_stale(self, now: datetime | None = None) -> bool:
        return self.age_days(now) > STALE_AFTER_DAYS


def backup_now(session: Session, out_path: Path) -> dict[str, Any]:
    session.require(Role.ADMIN)
    out_path = Path(out_path)
    manifest = backup.create(session.vault, out_path)
    session.audit(
        "backup", None, file_name=out_path.name, audit_head=manifest["audit_head"]["id"],
        size=out_path.stat().st_size,
    )
    return manifest


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
