"""A vault as the release before the partners level (schema_partners.PARTNERS_LEVEL, issue 17) left it: the
identity and partner tables taken off, the level set to the one before. Used with legacy_retention and the
others by the upgrade tests, the audit-redaction test and the migration kill loop."""

from __future__ import annotations

from typing import Any

from kadin_danisma.vault import migrations
from kadin_danisma.vault.schema_partners import PARTNERS_LEVEL, PARTNERS_TABLES

PREVIOUS_LEVEL = max(n for n, _ in migrations.MIGRATIONS if n < PARTNERS_LEVEL)
ALL_PARTNERS = set(PARTNERS_TABLES)


def take_back(conn: Any) -> None:
    """Inside the caller's transaction: drop what the partners level added; the level is set to the one
    before it."""
    for table in PARTNERS_TABLES:
        conn.execute(f"DROP TABLE {table}")
    conn.execute(f"PRAGMA user_version = {PREVIOUS_LEVEL}")


def partners_objects(conn: Any) -> set[str]:
    return {n for (n,) in conn.execute("SELECT name FROM sqlite_schema")} & ALL_PARTNERS
