"""Schema level 4: personal data out of the audit log, into the case's own field history (issue 14).

Up to level 3 a change to a case was logged with its values (a client's name before and after, her code
word, the safe-contact notes), and a break-glass or consent-override reason as typed. The append-only log
could then never be cleared of them. This step, in one transaction:

1. creates `case_field_history` (vault/field_history.py) and the `by_name` text columns imported history
   rows keep their author's name in (an imported row belongs to no live user);
2. moves every value out of the existing entries: `changes` of a case become history rows plus field names
   and keyed hashes in the entry; those of a shelter or an institution (not case data) keep field names
   only; a stated reason becomes a history row, its length and its hash;
3. drops the append-only triggers, writes the entries back and chains the log again from the first
   rewritten entry, re-creates the triggers;
4. appends `log_redacted`, naming the head the log had before (id and hash), the first entry rewritten and
   the old hashes of the last rewritten entries, so a state noted before the rewrite (this computer's note,
   a backup's head) is recognised as this log's past, not as another copy.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from . import audit, field_history
from .database import Connection, errors_translated

BY_NAME_V4 = """
ALTER TABLE case_status_history ADD COLUMN by_name TEXT NOT NULL DEFAULT '';
ALTER TABLE referral_events ADD COLUMN by_name TEXT NOT NULL DEFAULT '';
ALTER TABLE note_revisions ADD COLUMN replaced_by_name TEXT NOT NULL DEFAULT '';
ALTER TABLE closure_requests ADD COLUMN requested_by_name TEXT NOT NULL DEFAULT '';
"""

# Entries whose free-text reason moves into the history: action -> (entity, field).
REASONS = {"break_glass": ("access", "reason"), "referral_consent_override": ("referral", "consent_override_reason")}


@dataclass(frozen=True)
class Keys:
    """What a migration step may need besides SQL: the chain's key and the value-hash key."""

    audit: bytes
    values: bytes


def statements(script: str) -> list[str]:
    """A script of this module split into statements (none of them holds a ';' inside)."""
    return [s.strip() for s in script.split(";\n") if s.strip()]


def _case_id(target: Any) -> int | None:
    if isinstance(target, str) and target.startswith("case:") and target[5:].isdigit():
        return int(target[5:])
    return None


def redacted(keys: Keys, entry: tuple[Any, ...]) -> tuple[dict[str, Any], field_history.Pending | None] | None:
    """The entry's details without values, and the history rows they move into; None if it holds none."""
    _entry_id, _at, _user_id, action, target, text = entry
    details = json.loads(text)
    if not isinstance(details, dict):
        return None
    case_id = _case_id(target)
    if isinstance(details.get("changes"), dict):
        changes = details.pop("changes")
        diff = {str(k): v for k, v in changes.items() if isinstance(v, list) and len(v) == 2}
        if case_id is None:
            details["fields"] = sorted(str(k) for k in changes)
            return details, None
        entity = str(details.get("entity", ""))
        entity_id = details.get("id") if isinstance(details.get("id"), int) else None
        pending = field_history.prepare(keys.values, case_id, entity, entity_id, diff)
        details["fields"], details["hashes"] = pending.fields, pending.hashes
        return details, pending
    if action in REASONS and isinstance(details.get("reason"), str) and case_id is not None:
        reason = details.pop("reason")
        entity, name = REASONS[action]
        entity_id = details.get("id") if isinstance(details.get("id"), int) else None
        pending = field_history.prepare(keys.values, case_id, entity, entity_id, {name: (None, reason)})
        details["reason_length"], details["hashes"] = len(reason), pending.hashes
        return details, pending
    return None


def migrate_v4(conn: Connection, keys: Keys) -> None:
    """The level-4 step; runs inside the caller's transaction."""
    with errors_translated():
        for sql in (*statements(field_history.HISTORY_V4), *statements(BY_NAME_V4)):
            conn.execute(sql)
        old_head = audit.head(conn)
        rewritten: dict[int, str] = {}
        pending_rows: list[tuple[int, int | None, str, field_history.Pending]] = []
        cursor = conn.execute("SELECT id, at, user_id, action, target, details FROM audit_log ORDER BY id")
        for entry in cursor:
            result = redacted(keys, entry)
            if result is None:
                continue
            details, pending = result
            rewritten[int(entry[0])] = audit.details_text(details)
            if pending is not None:
                pending_rows.append((int(entry[0]), entry[2], str(entry[1]), pending))
        if not rewritten:
            return
        for audit_id, user_id, at, pending in pending_rows:
            field_history.store(conn, pending, audit_id, user_id, at)
        tail = audit.old_tail(conn, min(rewritten))
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("DROP TRIGGER audit_log_no_delete")
        rechained = audit.rewrite(conn, keys.audit, rewritten)
        conn.execute(audit.NO_UPDATE_TRIGGER)
        conn.execute(audit.NO_DELETE_TRIGGER)
        audit.append(conn, keys.audit, None, "log_redacted", None, {
            "old_head": {"id": old_head.entry_id, "hash": old_head.hash}, "entries_redacted": len(rewritten),
            "entries_rechained": rechained, "from_id": min(rewritten), "old_hashes": tail,
        })
