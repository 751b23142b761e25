"""Drafts: what a user was typing (an intake form, a note) kept encrypted in the vault every few seconds,
so a crash, an idle lock or a restart loses nothing. Each draft belongs to the user who wrote it and is
offered back only to her; it is discarded when the real record is saved or she throws it away.

Drafts are not case records: they are not searched, exported or audited per keystroke (the audit log
would fill with autosaves). Restoring or discarding one is an ordinary user choice and is not logged
either; the record saved from it is.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ..domain.errors import InvalidInput
from ..vault import rows
from ..vault.audit import now_iso
from .session import Session

MAX_PAYLOAD = 4 * 1024 * 1024  # characters of JSON; a 1 MB note plus the form around it fits easily
KINDS = frozenset({"intake", "note"})


@dataclass(frozen=True)
class Draft:
    key: str
    kind: str
    case_id: int | None
    payload: dict[str, Any]
    updated_at: str
    case_number: str = ""  # of the case it belongs to, to name it when she is asked about it


def _user(session: Session) -> int:
    uid = session.user_id
    if uid is None:
        raise InvalidInput("drafts need a signed-in user")
    return uid


def save_draft(session: Session, key: str, kind: str, payload: dict[str, Any], case_id: int | None = None) -> None:
    """Insert or replace this user's draft under `key` (one per form instance)."""
    if kind not in KINDS:
        raise ValueError("unknown draft kind")
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True)
    if len(text) > MAX_PAYLOAD:
        raise InvalidInput("this draft is too long to keep")
    uid = _user(session)
    with session.write() as conn:
        conn.execute(
            "INSERT INTO drafts (user_id, draft_key, kind, case_id, payload, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, draft_key) DO UPDATE SET"
            " kind = excluded.kind, case_id = excluded.case_id, payload = excluded.payload,"
            " updated_at = excluded.updated_at",
            (uid, key, kind, case_id, text, now_iso()),
        )


def my_drafts(session: Session) -> list[Draft]:
    """The signed-in user's drafts, newest first."""
    if session.user_id is None:
        return []
    conn = session.connection()
    found = rows.select(conn, "drafts", {"user_id": session.user_id}, order="updated_at DESC")
    numbers = {d["case_id"]: (rows.get(conn, "cases", d["case_id"]) or {}).get("case_number", "")
               for d in found if d["case_id"] is not None}
    return [Draft(str(d["draft_key"]), str(d["kind"]), d["case_id"], json.loads(d["payload"]), str(d["updated_at"]),
                  str(numbers.get(d["case_id"], "") or "")) for d in found]


def discard_draft(session: Session, key: str) -> None:
    uid = _user(session)
    with session.write() as conn:
        rows.delete(conn, "drafts", {"user_id": uid, "draft_key": key})
