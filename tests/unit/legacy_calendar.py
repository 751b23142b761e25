"""A vault as the release before the appointments-and-attachments level (7, issue 20) left it: that level's
tables taken off (their indexes go with them). Used with legacy_day, legacy_stats and legacy_audit by the
upgrade test, the audit-redaction test and the migration kill loop."""

from __future__ import annotations

from typing import Any

CALENDAR_LEVEL = 7
LEVEL7_TABLES = ("attachment_chunks", "attachments", "appointment_counselors", "appointments", "interpreters",
                 "rooms")


def take_back_to_level6(conn: Any) -> None:
    """Inside the caller's transaction: drop what the level added, and first what the row-version level
    after it added (kd_support.take_back_versions), and set the level to the one before."""
    import kd_support

    kd_support.take_back_versions(conn)
    for table in LEVEL7_TABLES:
        conn.execute(f"DROP TABLE {table}")
    conn.execute(f"PRAGMA user_version = {CALENDAR_LEVEL - 1}")


def level7_objects(conn: Any) -> set[str]:
    return {n for (n,) in conn.execute("SELECT name FROM sqlite_schema")} & set(LEVEL7_TABLES)
