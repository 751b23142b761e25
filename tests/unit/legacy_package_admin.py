"""A vault as the release before the package administration level (schema_package_admin.PACKAGE_ADMIN_LEVEL,
issue 17) left it: package_sent and the partners' removal columns taken off. Used with legacy_support and the
other takers of levels by the upgrade tests, the audit-redaction test and the migration kill loop."""

from __future__ import annotations

from typing import Any

from kadin_danisma.vault import migrations
from kadin_danisma.vault.schema_package_admin import PACKAGE_ADMIN_COLUMNS, PACKAGE_ADMIN_LEVEL, PACKAGE_ADMIN_TABLES

PREVIOUS_LEVEL = max(n for n, _ in migrations.MIGRATIONS if n < PACKAGE_ADMIN_LEVEL)
PACKAGE_ADMIN_OBJECTS = set(PACKAGE_ADMIN_TABLES) | {"package_sent_partner"}
ALL_PACKAGE_ADMIN = PACKAGE_ADMIN_OBJECTS | {f"{t}.{c}" for t, c in PACKAGE_ADMIN_COLUMNS}


def take_back(conn: Any) -> None:
    """Inside the caller's transaction: drop what the level added; the level is set to the one before it.
    Nothing happens on a vault not at that level."""
    if int(conn.execute("PRAGMA user_version").fetchone()[0]) != PACKAGE_ADMIN_LEVEL:
        return
    for table in PACKAGE_ADMIN_TABLES:
        conn.execute(f"DROP TABLE {table}")
    for table, column in PACKAGE_ADMIN_COLUMNS:
        conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    conn.execute(f"PRAGMA user_version = {PREVIOUS_LEVEL}")


def package_admin_objects(conn: Any) -> set[str]:
    names = {n for (n,) in conn.execute("SELECT name FROM sqlite_schema")} & PACKAGE_ADMIN_OBJECTS
    for table, column in PACKAGE_ADMIN_COLUMNS:
        if column in {c for (_, c, *_rest) in conn.execute(f"PRAGMA table_info({table})")}:
            names.add(f"{table}.{column}")
    return names
