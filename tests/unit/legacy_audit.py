"""A vault as the release before schema level 4 left it: the level-4 objects taken off, and audit entries in
the old form, with the values of a change (and a stated reason) written into the log. Used by the upgrade
test and the migration kill loop."""

from __future__ import annotations

from typing import Any

from kadin_danisma.vault import audit

# The level-4 objects: the field history (table, indexes, trigger) and the by-name columns.
LEVEL4_TABLES = {"case_field_history", "case_field_history_case", "case_field_history_audit",
                 "case_field_history_no_update"}
LEVEL4_COLUMNS = (("case_status_history", "by_name"), ("referral_events", "by_name"),
                  ("note_revisions", "replaced_by_name"), ("closure_requests", "requested_by_name"))


def take_back_to_level3(conn: Any) -> None:
    """Inside the caller's transaction: drop what level 4 added and set the level to 3."""
    conn.execute("DROP TABLE case_field_history")
    for table, column in LEVEL4_COLUMNS:
        conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    conn.execute("PRAGMA user_version = 3")


def level4_objects(conn: Any) -> set[str]:
    names = {n for (n,) in conn.execute("SELECT name FROM sqlite_schema")} & LEVEL4_TABLES
    for table, column in LEVEL4_COLUMNS:
        if column in {c for (_, c, *_rest) in conn.execute(f"PRAGMA table_info({table})")}:
            names.add(f"{table}.{column}")
    return names


ALL_LEVEL4 = LEVEL4_TABLES | {f"{t}.{c}" for t, c in LEVEL4_COLUMNS}


def old_client_edit(conn: Any, audit_key: bytes, user_id: int, case_id: int, changes: dict[str, list[Any]]) -> None:
    """A client edit as the level-3 app made it: the row updated, the values before and after in the log."""
    client_id = conn.execute("SELECT client_id FROM cases WHERE id = ?", (case_id,)).fetchone()[0]
    for name, (_old, new) in changes.items():
        conn.execute(f"UPDATE clients SET {name} = ? WHERE id = ?", (new, client_id))
    audit.append(conn, audit_key, user_id, "case_update", f"case:{case_id}",
                 {"entity": "client", "id": client_id, "changes": changes})


def old_break_glass(conn: Any, audit_key: bytes, user_id: int, case_id: int, reason: str) -> None:
    audit.append(conn, audit_key, user_id, "break_glass", f"case:{case_id}", {"reason": reason})


def old_shelter_edit(conn: Any, audit_key: bytes, user_id: int, shelter_id: int, changes: dict[str, list[Any]]) -> None:
    audit.append(conn, audit_key, user_id, "shelter_update", f"shelter:{shelter_id}",
                 {"entity": "shelter", "id": shelter_id, "changes": changes})
