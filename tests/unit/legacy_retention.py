"""A vault as the release before the retention level (schema_retention.RETENTION_LEVEL, issue 19) left it:
that level's tables, columns, indexes and triggers taken off, the append-only trigger of note_revisions as
level 2 made it, the search index's secure-delete option off. Used with legacy_day, legacy_stats and
legacy_audit by the upgrade tests, the audit-redaction test and the migration kill loop."""

from __future__ import annotations

from typing import Any

from kadin_danisma.vault import migrations
from kadin_danisma.vault.schema_retention import RETENTION_LEVEL

PREVIOUS_LEVEL = max(n for n, _ in migrations.MIGRATIONS if n < RETENTION_LEVEL)
RETENTION_TABLES = {"legal_holds", "data_requests", "destruction_cycles", "destruction_items",
                    "destruction_records", "destruction_gate"}
RETENTION_OBJECTS = RETENTION_TABLES | {"cases_retention", "cases_live", "legal_holds_case", "data_requests_open",
                                        "data_requests_case", "data_requests_client", "destruction_cycles_status",
                                        "destruction_records_no_update", "destruction_records_no_delete"}
RETENTION_COLUMNS = (("cases", "anonymized_on"), ("clients", "safe_contact_cleared_on"), ("shelters", "retired_on"))
ALL_RETENTION = RETENTION_OBJECTS | {f"{t}.{c}" for t, c in RETENTION_COLUMNS}
NOTE_REVISIONS_NO_DELETE = """CREATE TRIGGER note_revisions_no_delete BEFORE DELETE ON note_revisions
    BEGIN SELECT RAISE(ABORT, 'note history is append-only'); END"""


def take_back(conn: Any) -> None:
    """Inside the caller's transaction: drop what the retention level added; the level is set to the one
    before it."""
    conn.execute("DROP TRIGGER note_revisions_no_delete")
    conn.execute(NOTE_REVISIONS_NO_DELETE)
    # level 8's case reference, without the column this level gave it (a view naming a column blocks its drop)
    conn.execute("DROP VIEW case_refs")
    conn.execute("CREATE VIEW case_refs AS SELECT id, case_number, client_id, status FROM cases")
    for table in sorted(RETENTION_TABLES):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("DROP INDEX cases_retention")
    conn.execute("DROP INDEX cases_live")
    for table, column in RETENTION_COLUMNS:
        conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    conn.execute("DELETE FROM search_fts_config WHERE k = 'secure-delete'")
    conn.execute(f"PRAGMA user_version = {PREVIOUS_LEVEL}")


def retention_objects(conn: Any) -> set[str]:
    names = {n for (n,) in conn.execute("SELECT name FROM sqlite_schema")} & RETENTION_OBJECTS
    for table, column in RETENTION_COLUMNS:
        if column in {c for (_, c, *_rest) in conn.execute(f"PRAGMA table_info({table})")}:
            names.add(f"{table}.{column}")
    return names
