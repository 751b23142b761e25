"""A case's history from the audit chain: what changed (field by field, with who and when) for anyone who
may read the case, and who looked at it (views, exports, break-glass) for supervisors only.

Long text fields appear in the audit log by length only (see casework.changes), so the history never
repeats a note's body.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ..domain.permissions import Action
from ..vault.port import errors_translated
from . import access
from .casework import user_names
from .session import Session

ACCESS_ACTIONS = ("case_view", "break_glass", "export_pdf", "case_export")
MAX_ENTRIES = 2000


@dataclass(frozen=True)
class HistoryEntry:
    at: str
    user: str
    action: str
    details: dict[str, Any]


def _entries(session: Session, case_id: int, access_only: bool) -> list[HistoryEntry]:
    conn = session.connection()
    marks = ", ".join("?" for _ in ACCESS_ACTIONS)
    sql = ("SELECT at, user_id, action, details FROM audit_log WHERE target = ? AND action "
           + ("IN" if access_only else "NOT IN") + f" ({marks}) ORDER BY id DESC LIMIT ?")
    with errors_translated():
        found = conn.execute(sql, (f"case:{case_id}", *ACCESS_ACTIONS, MAX_ENTRIES)).fetchall()
    names = user_names(conn)
    return [HistoryEntry(str(at), names.get(uid, "") if uid is not None else "", str(action), json.loads(details))
            for at, uid, action, details in found]


def case_history(session: Session, case_id: int) -> list[HistoryEntry]:
    """Changes to the case, newest first."""
    access.case_access(session, case_id, Action.CASE_READ)
    return _entries(session, case_id, access_only=False)


def access_log(session: Session, case_id: int) -> list[HistoryEntry]:
    """Who opened or exported the case, newest first (supervisors)."""
    ref = access.case_access(session, case_id, Action.ACCESS_LOG)
    entries = _entries(session, case_id, access_only=True)
    session.audit("access_log_view", ref.target)
    return entries
