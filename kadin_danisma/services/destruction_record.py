"""Destruction records (imha tutanakları, issue 19): the list of them, one as a PDF written where the person
chose, and which backups were made before the last destruction (they still hold what it destroyed).

Records are kept in the vault and never changed or deleted (schema triggers): the regulation asks for three
years at least (art. 7(3)). They hold counts, never a woman's data, so coordinators and supervisors read them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ..domain.errors import NotFound
from ..domain.permissions import Action
from ..vault import retention_queries
from ..vault.atomic import atomic_write
from ..vault.port import errors_translated
from ..vault.upgrade import UPGRADE_DIR
from . import access, settings
from .session import Session

__all__ = ["BackupLine", "backups_and_destruction", "record_pdf", "records", "save_record_pdf"]


def records(session: Session) -> list[dict[str, Any]]:
    """Every record, newest first, with the cycle's compaction time (`compacted_at`)."""
    access.require(session, Action.RETENTION_MANAGE)
    conn = session.connection()
    out = []
    for rec in retention_queries.records(conn):
        found = retention_queries.cycle(conn, int(rec["cycle_id"]))
        out.append({**rec, "compacted_at": found.compacted_at if found else None})
    return out


def record_pdf(session: Session, cycle_id: int, lang: str = "tr") -> bytes:
    """The record of one cycle as a PDF (PDF/UA-1), audited."""
    from ..documents import destruction_record

    access.require(session, Action.RETENTION_MANAGE)
    conn = session.connection()
    rec = retention_queries.record(conn, cycle_id)
    if rec is None:
        raise NotFound("no destruction record for this cycle")
    found = retention_queries.cycle(conn, cycle_id)
    doc = destruction_record.RecordDoc(settings.center_name(session), settings.letterhead_lines(session), rec,
                                       found.compacted_at if found else None, lang if lang in ("tr", "en") else "tr")
    pdf = destruction_record.render(doc)
    session.audit("export_pdf", f"cycle:{cycle_id}", kind="destruction_record", lang=doc.lang)
    return pdf


def save_record_pdf(session: Session, cycle_id: int, path: Path, lang: str = "tr") -> int:
    data = record_pdf(session, cycle_id, lang)
    with errors_translated():
        atomic_write(Path(path), data)
    return len(data)


@dataclass(frozen=True)
class BackupLine:
    at: str  # ISO time (UTC) the backup was made
    name: str  # its file name (the folder is not logged)
    before_destruction: bool  # made before the last destruction: it still holds what that destroyed
    automatic: bool  # made by the app before a schema upgrade, inside the vault folder


def backups_and_destruction(session: Session) -> tuple[str | None, list[BackupLine]]:
    """(time of the last destruction, every backup the audit log names and every pre-upgrade backup in the vault
    folder, newest first, each marked when it predates that destruction)."""
    session.check_password_changed()
    conn = session.connection()
    last = retention_queries.last_done_at(conn)
    lines: list[BackupLine] = []
    if session.on_server:  # a server's backups are the IT person's (docs/server.md), not in the audit log
        return last, lines
    with errors_translated():
        found = conn.execute("SELECT at, details FROM audit_log WHERE action = 'backup' ORDER BY id DESC").fetchall()
    for at, details in found:
        try:
            name = str(json.loads(details).get("file_name", ""))
        except ValueError:
            name = ""
        lines.append(BackupLine(str(at), name, last is not None and str(at) < last, False))
    folder = session.vault.folder / UPGRADE_DIR
    if folder.is_dir():
        for path in sorted(folder.glob("*.kdbak"), reverse=True):
            made = datetime.fromtimestamp(path.stat().st_mtime).astimezone().isoformat()
            lines.append(BackupLine(made, f"{UPGRADE_DIR}/{path.name}",
                                    last is not None and datetime.fromisoformat(made) < datetime.fromisoformat(last),
                                    True))
    lines.sort(key=lambda b: datetime.fromisoformat(b.at), reverse=True)
    return last, lines
