"""A vault as the release before the day's level (6, issue 15) left it: that level's columns taken off, the
rows kept. Used with legacy_stats and legacy_audit by the upgrade test, the audit-redaction test and the
migration kill loop."""

from __future__ import annotations

from typing import Any

DAY_LEVEL = 6
LEVEL6_COLUMNS = (("clients", "address"), ("follow_ups", "status"), ("follow_ups", "outcome"),
                  ("follow_ups", "settled_by"), ("follow_ups", "settled_by_name"), ("follow_ups", "next_id"),
                  ("closure_requests", "placement_override"))
ALL_LEVEL6 = {f"{t}.{c}" for t, c in LEVEL6_COLUMNS}


def take_back_to_level5(conn: Any) -> None:
    """Inside the caller's transaction: drop the columns the day's level added and set the level to 5."""
    for table, column in LEVEL6_COLUMNS:
        conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    conn.execute("PRAGMA user_version = 5")


def level6_objects(conn: Any) -> set[str]:
    found = set()
    for table, column in LEVEL6_COLUMNS:
        if column in {c for (_, c, *_rest) in conn.execute(f"PRAGMA table_info({table})")}:
            found.add(f"{table}.{column}")
    return found
