"""A case's history: what changed (field by field, with who and when) for anyone who may read the case,
and who looked at it (views, exports, break-glass) for supervisors only. Every read of either is audited.

The audit log says which fields changed, when and by whom; the values before and after come from the
case's own field history (vault/field_history.py), as does a stated reason. Long text fields appear by
length only (see casework.changes), so the history never repeats a note's body.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ..domain.permissions import Action
from ..vault import field_history
from ..vault.port import errors_translated
from . import access
from .casework import user_names
from .session import Session

ACCESS_ACTIONS = ("case_view", "break_glass", "export_pdf", "print_document", "case_export", "case_history_view")
MAX_ENTRIES = 2000
# Details only the log needs (proof of the values), not a reader of the history.
PROOF_KEYS = ("hashes", "fields", "reason_length")


@dataclass(frozen=True)
class HistoryEntry:
    at: str
    user: str
    action: str
    details: dict[str, Any]
    entry_id: int = 0


def _entries(session: Session, case_id: int, access_only: bool) -> list[HistoryEntry]:
    conn = session.connection()
    marks = ", ".join("?" for _ in ACCESS_ACTIONS)
    sql = ("SELECT id, at, user_id, action, details FROM audit_log WHERE target = ? AND action "
           + ("IN" if access_only else "NOT IN") + f" ({marks}) ORDER BY id DESC LIMIT ?")
    with errors_translated():
        found = conn.execute(sql, (f"case:{case_id}", *ACCESS_ACTIONS, MAX_ENTRIES)).fetchall()
    names = user_names(conn)
    values = field_history.for_entries(conn, case_id, [int(x[0]) for x in found])
    entries = []
    for entry_id, at, uid, action, text in found:
        details = json.loads(text)
        details.pop("hashes", None)  # proof for verify, meaningless to a reader
        changed = values.get(int(entry_id), [])
        if changed:
            for key in PROOF_KEYS:
                details.pop(key, None)
            if action in ("break_glass", "referral_consent_override"):
                details["reason"] = changed[0].new
            else:
                details["changes"] = {c.field: [c.old, c.new] for c in changed}
        entries.append(HistoryEntry(str(at), names.get(uid, "") if uid is not None else "", str(action), details,
                                    int(entry_id)))
    return entries


def case_history(session: Session, case_id: int) -> list[HistoryEntry]:
    """Changes to the case, newest first (the read is audited)."""
    ref = access.case_access(session, case_id, Action.CASE_READ)
    entries = _entries(session, case_id, access_only=False)
    session.audit("case_history_view", ref.target)
    return entries


def access_log(session: Session, case_id: int) -> list[HistoryEntry]:
    """Who opened or exported the case, newest first (supervisors; the read is audited)."""
    ref = access.case_access(session, case_id, Action.ACCESS_LOG)
    entries = _entries(session, case_id, access_only=True)
    session.audit("access_log_view", ref.target)
    return entries


@dataclass(frozen=True)
class HistoryNames:
    """What a history line names instead of an id: shelters, institutions, the case's own records, staff."""

    shelters: dict[int, str]
    institutions: dict[int, str]
    referrals: dict[int, str]  # referral id -> institution name
    placements: dict[int, str]  # placement id -> shelter name
    children: dict[int, str]
    perpetrators: dict[int, str]  # id -> relationship code
    measures: dict[int, str]  # id -> measure type code
    notes: dict[int, tuple[str, str]]  # id -> (note type code, date)
    follow_ups: dict[int, tuple[str, str]]  # id -> (due date, purpose)
    users: dict[str, str]  # user id (as text) or user name -> display name


def history_names(session: Session, case_id: int) -> HistoryNames:
    """The names a case's history lines need (checked like the history itself)."""
    access.case_access(session, case_id, Action.CASE_READ)
    conn = session.connection()

    def pairs(sql: str, *args: object) -> dict[int, Any]:
        with errors_translated():
            return {int(x[0]): (x[1] if len(x) == 2 else tuple(x[1:])) for x in conn.execute(sql, args)}

    users: dict[str, str] = {}
    with errors_translated():
        for uid, username, display in conn.execute("SELECT id, username, display_name FROM users"):
            users[str(uid)] = users[str(username)] = str(display)
    return HistoryNames(
        shelters=pairs("SELECT id, name FROM shelters"),
        institutions=pairs("SELECT id, name FROM institutions"),
        referrals=pairs("SELECT r.id, i.name FROM referrals r JOIN institutions i ON i.id = r.institution_id"
                        " WHERE r.case_id = ?", case_id),
        placements=pairs("SELECT p.id, s.name FROM placements p JOIN shelters s ON s.id = p.shelter_id"
                         " WHERE p.case_id = ?", case_id),
        children=pairs("SELECT id, name FROM children WHERE case_id = ?", case_id),
        perpetrators=pairs("SELECT id, relationship FROM perpetrators WHERE case_id = ?", case_id),
        measures=pairs("SELECT id, measure_type FROM measures WHERE case_id = ?", case_id),
        notes=pairs("SELECT id, note_type, note_date FROM notes WHERE case_id = ?", case_id),
        follow_ups=pairs("SELECT id, due_on, purpose FROM follow_ups WHERE case_id = ?", case_id),
        users=users,
    )
