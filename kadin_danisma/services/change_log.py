"""Audit entries for changed values, without the values (issue 14).

The names of the fields that changed go into the audit log; for a case, the values before and after go
into its own field history (vault/field_history.py) and the entry keeps a keyed hash of each. A stated
reason (break-glass, a consent override) is kept the same way: typed text may name the client.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ..vault import field_history
from ..vault.port import Connection
from .session import Session


def case_of(target: str | None) -> int | None:
    if target is not None and target.startswith("case:") and target[5:].isdigit():
        return int(target[5:])
    return None


def log_changes(session: Session, conn: Connection, action: str, target: str, entity: str, row_id: int | None,
                diff: Mapping[str, list[Any] | tuple[Any, Any]], **details: object) -> int:
    """One audit entry for changed fields: their names and, for a case, keyed hashes of the values, which
    go into the case's field history. Returns the entry's id."""
    case_id = case_of(target)
    if case_id is None:  # a shelter or an institution: no case history to keep the values in
        return session.log(conn, action, target, entity=entity, id=row_id, fields=sorted(diff), **details)
    pending = field_history.prepare(_values_key(session), case_id, entity, row_id, diff)
    audit_id = session.log(conn, action, target, entity=entity, id=row_id, fields=pending.fields,
                           hashes=pending.hashes, **details)
    field_history.store(conn, pending, audit_id, session.user_id)
    return audit_id


def log_reason(session: Session, conn: Connection, action: str, target: str, entity: str, entity_id: int | None,
               name: str, reason: str, **details: object) -> int:
    """An audited step with a stated reason: the reason is the case's (its field history), the log keeps its
    length and keyed hash."""
    case_id = case_of(target)
    assert case_id is not None, "a stated reason belongs to a case"
    pending = field_history.prepare(_values_key(session), case_id, entity, entity_id, {name: (None, reason)})
    audit_id = session.log(conn, action, target, **details, reason_length=len(reason), hashes=pending.hashes)
    field_history.store(conn, pending, audit_id, session.user_id)
    return audit_id


def reason_for_server(session: Session, target: str, entity: str, entity_id: int | None, name: str, reason: str,
                      **details: object) -> tuple[str, str]:
    """The same as log_reason, for a center server's checking function that writes the entry itself: its
    details (length and keyed hash, as JSON) and the history rows (value and salt) it stores under it."""
    case_id = case_of(target)
    assert case_id is not None, "a stated reason belongs to a case"
    pending = field_history.prepare(_values_key(session), case_id, entity, entity_id, {name: (None, reason)})
    entry = {**details, "reason_length": len(reason), "hashes": pending.hashes}
    rows = [[field, old, new, salt] for field, old, new, salt in pending.rows]
    return (json.dumps(entry, ensure_ascii=False, sort_keys=True, separators=(",", ":")),
            json.dumps(rows, ensure_ascii=False))


def _values_key(session: Session) -> bytes:
    """The key of the values' hashes: the vault's own, or on a server one derived from the center's."""
    return session.store.subkey(field_history.VALUES_PURPOSE)
