"""A vault as the release before the packages-on-a-server level (schema_package_server.PACKAGE_SERVER_LEVEL,
issue 17) left it: that level changes nothing in a vault (its script is empty), so taking it off is setting the
level back. Used with the other takers of levels by the upgrade tests, the audit-redaction test and the
migration kill loop."""

from __future__ import annotations

from typing import Any

from kadin_danisma.vault import migrations
from kadin_danisma.vault.schema_package_server import PACKAGE_SERVER_LEVEL, VAULT_SQL

PREVIOUS_LEVEL = max(n for n, _ in migrations.MIGRATIONS if n < PACKAGE_SERVER_LEVEL)
ALL_PACKAGE_SERVER: set[str] = set()  # no vault object: the level is the server's
assert VAULT_SQL.strip() == "", "the level made vault objects: take them off here"


def take_back(conn: Any) -> None:
    """Inside the caller's transaction: the level set to the one before. Nothing happens on a vault not at
    this level."""
    if int(conn.execute("PRAGMA user_version").fetchone()[0]) != PACKAGE_SERVER_LEVEL:
        return
    conn.execute(f"PRAGMA user_version = {PREVIOUS_LEVEL}")
