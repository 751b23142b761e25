"""A vault as the release before the center-work level (schema_center.CENTER_LEVEL, issue 21 part B) left it:
that level's tables, view, indexes and the follow-ups' allowance column taken off. Used before
legacy_packages by the upgrade tests, the audit-redaction test and the migration kill loop."""

from __future__ import annotations

from typing import Any

from kadin_danisma.vault import migrations
from kadin_danisma.vault.schema_center import CENTER_LEVEL

PREVIOUS_LEVEL = max(n for n, _ in migrations.MIGRATIONS if n < CENTER_LEVEL)
CENTER_TABLES = ("activity_attendance", "followup_allowances", "group_activities", "info_contacts")
CENTER_OBJECTS = {*CENTER_TABLES, "activity_named", "group_activities_day", "group_activities_uuid",
                  "activity_attendance_case", "activity_attendance_uuid", "info_contacts_day", "info_contacts_case",
                  "info_contacts_uuid", "followup_allowances_case", "followup_allowances_uuid"}
ALL_CENTER = CENTER_OBJECTS | {"follow_ups.allowance_id"}


def take_back(conn: Any) -> None:
    """Inside the caller's transaction: drop what the center-work level added; the level is set to the one
    before it."""
    conn.execute("DROP VIEW activity_named")
    conn.execute("ALTER TABLE follow_ups DROP COLUMN allowance_id")
    for table in CENTER_TABLES:  # attendance first: it points at the others
        conn.execute(f"DROP TABLE {table}")
    conn.execute(f"PRAGMA user_version = {PREVIOUS_LEVEL}")


def center_objects(conn: Any) -> set[str]:
    names = {n for (n,) in conn.execute("SELECT name FROM sqlite_schema")} & CENTER_OBJECTS
    if "allowance_id" in {c for (_, c, *_rest) in conn.execute("PRAGMA table_info(follow_ups)")}:
        names.add("follow_ups.allowance_id")
    return names
