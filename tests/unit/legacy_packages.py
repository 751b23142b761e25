"""A vault as the release before the packages' level (schema_packages.PACKAGE_LEVEL, issue 17) left it: that
level's tables and indexes taken off. Used with legacy_retention and the others by the upgrade tests, the
audit-redaction test and the migration kill loop."""

from __future__ import annotations

from typing import Any

from kadin_danisma.vault import migrations
from kadin_danisma.vault.schema_packages import PACKAGE_LEVEL

PREVIOUS_LEVEL = max(n for n, _ in migrations.MIGRATIONS if n < PACKAGE_LEVEL)
PACKAGE_TABLES = {"package_base", "package_conflicts"}
PACKAGE_OBJECTS = PACKAGE_TABLES | {"package_base_case", "package_base_pending", "package_base_record",
                                    "package_conflicts_case", "package_conflicts_open"}


def take_back(conn: Any) -> None:
    """Inside the caller's transaction: drop what the packages' level added; the level is set to the one
    before it."""
    for table in sorted(PACKAGE_TABLES):
        conn.execute(f"DROP TABLE {table}")
    conn.execute(f"PRAGMA user_version = {PREVIOUS_LEVEL}")


def package_objects(conn: Any) -> set[str]:
    return {n for (n,) in conn.execute("SELECT name FROM sqlite_schema")} & PACKAGE_OBJECTS
