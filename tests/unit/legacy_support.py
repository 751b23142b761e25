"""A vault as the release before the support level (schema_support.SUPPORT_LEVEL, issue 21) left it: that
level's tables, indexes and the measures' new columns taken off. Used with legacy_retention and the other
takers of levels by the upgrade tests, the audit-redaction test and the migration kill loop."""

from __future__ import annotations

from typing import Any

from kadin_danisma.vault import migrations
from kadin_danisma.vault.schema_support import SUPPORT_LEVEL

PREVIOUS_LEVEL = max(n for n, _ in migrations.MIGRATIONS if n < SUPPORT_LEVEL)
SUPPORT_TABLES = ("court_hearings", "court_cases", "employment_supports", "aid_records")  # children first
SUPPORT_OBJECTS = set(SUPPORT_TABLES) | {
    "aid_records_case", "aid_records_requested", "employment_supports_case", "employment_supports_start",
    "court_cases_case", "court_hearings_case", "court_hearings_day"}
SUPPORT_COLUMNS = (("measures", "requested_at"), ("measures", "decided_at"), ("measures", "judge_confirmed_at"),
                   ("measures", "electronic_monitoring"), ("measures", "identity_confidential"))
ALL_SUPPORT = SUPPORT_OBJECTS | {f"{t}.{c}" for t, c in SUPPORT_COLUMNS}


def take_back(conn: Any) -> None:
    """Inside the caller's transaction: drop what the support level added; the level is set to the one
    before it. Nothing happens on a vault not at that level."""
    if int(conn.execute("PRAGMA user_version").fetchone()[0]) != SUPPORT_LEVEL:
        return
    for table in SUPPORT_TABLES:
        conn.execute(f"DROP TABLE {table}")
    for table, column in SUPPORT_COLUMNS:
        conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    conn.execute(f"PRAGMA user_version = {PREVIOUS_LEVEL}")


def support_objects(conn: Any) -> set[str]:
    names = {n for (n,) in conn.execute("SELECT name FROM sqlite_schema")} & SUPPORT_OBJECTS
    for table, column in SUPPORT_COLUMNS:
        if column in {c for (_, c, *_rest) in conn.execute(f"PRAGMA table_info({table})")}:
            names.add(f"{table}.{column}")
    return names
