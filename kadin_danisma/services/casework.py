"""Shared plumbing for the case-work services: checks, field-level change records, numbering.

Every change is audited with the names of the fields that changed, never their values (the append-only log
could never be cleared of them). For a case, the values before and after go into its own field history
(vault/field_history.py) and the audit entry keeps a keyed hash of each, so the change stays provable
while the case exists. Long free text (note bodies) is recorded by length only; its history is kept in full
elsewhere (note_revisions).
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import asdict
from datetime import date
from typing import Any

from ..domain.errors import EditConflict
from ..domain.validation import Checker
from ..vault import repositories, rows
from ..vault.port import Connection, errors_translated
from .change_log import log_changes
from .session import Session
from .vocab import code_lookup

# The client code is pseudonymous and read over the phone: no 0/O, 1/I/L.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
DEFAULT_PREFIX = "KDM"
LONG_FIELDS = frozenset({"body", "presenting_request", "free_text", "summary"})


def today() -> str:
    return date.today().isoformat()


def checker(conn: Connection, prefix: str = "$") -> Checker:
    return Checker(code_lookup(conn), prefix)


def as_json(values: Iterable[str]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def from_json(text: str) -> list[Any]:
    value = json.loads(text)
    return value if isinstance(value, list) else []


def row_values(record: Any, drop: Iterable[str] = ("id",)) -> dict[str, Any]:
    """A flat record dataclass as column values: flags as 0/1, code lists as JSON, `drop` left out (and the
    version the editor read, which is checked, never written: see update_logged)."""
    values = {k: v for k, v in asdict(record).items() if k not in {*drop, "row_version"}}
    for key, value in values.items():
        if isinstance(value, bool):
            values[key] = int(value)
        elif isinstance(value, list):
            values[key] = as_json(value)
    return values


def changes(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, list[Any]]:
    """{field: [before, after]} for fields whose value differs; long text shown by length only."""
    out: dict[str, list[Any]] = {}
    for key, new in after.items():
        old = before.get(key)
        if old != new:
            if key in LONG_FIELDS:
                out[key] = [f"<{len(old or '')} characters>", f"<{len(new or '')} characters>"]
            else:
                out[key] = [old, new]
    return out


def update_logged(session: Session, conn: Connection, table: str, row_id: int, values: Mapping[str, Any],
                  target: str, entity: str, key: str = "id", action: str = "case_update",
                  base: int | None = None) -> dict[str, list[Any]]:
    """Update a row and audit which fields changed (`log_changes`); returns the changes. `base` is the
    version the editor read: if a colleague saved the record since, EditConflict (no lost update). The row
    is read locked, so nobody changes it between this check and the write."""
    before = rows.get(conn, table, row_id, key, lock=True) or {}
    check_version(conn, before, base)
    diff = changes(before, values)
    if diff:
        rows.update(conn, table, row_id, {k: values[k] for k in diff}, key)
        log_changes(session, conn, action, target, entity, row_id, diff)
    return diff


def check_version(conn: Connection, row: Mapping[str, Any], base: int | None) -> None:
    """Refuse a save based on an older version of this row: who changed it and when, never what."""
    if base is None or not row or row.get("row_version") in (None, base):
        return
    name = ""
    if row.get("changed_by") is not None:
        found = [u.display_name for u in repositories.list_users(conn) if u.id == row["changed_by"]]
        name = found[0] if found else ""
    raise EditConflict(name or "a colleague", str(row.get("changed_at") or ""))


def user_names(conn: Connection) -> dict[int, str]:
    return {u.id: u.username for u in repositories.list_users(conn)}


def user_ids(conn: Connection) -> dict[str, int]:
    return {u.username: u.id for u in repositories.list_users(conn)}


def next_counter(conn: Connection, name: str) -> int:
    with errors_translated():
        conn.execute("INSERT INTO counters (name, value) VALUES (?, 1)"
                     " ON CONFLICT(name) DO UPDATE SET value = counters.value + 1", (name,))
        return int(conn.execute("SELECT value FROM counters WHERE name = ?", (name,)).fetchone()[0])


def new_case_number(conn: Connection, on: str) -> str:
    prefix = repositories.get_setting(conn, "case_number_prefix", DEFAULT_PREFIX) or DEFAULT_PREFIX
    year = on[:4]
    while True:
        number = f"{prefix}-{year}-{next_counter(conn, f'case:{year}'):06d}"
        with errors_translated():
            if conn.execute("SELECT 1 FROM cases WHERE case_number = ?", (number,)).fetchone() is None:
                return number


def new_client_code(conn: Connection) -> str:
    while True:
        code = "DN-" + "".join(secrets.choice(CODE_ALPHABET) for _ in range(7))
        with errors_translated():
            if conn.execute("SELECT 1 FROM clients WHERE client_code = ?", (code,)).fetchone() is None:
                return code
