"""A vault as the release before the statistics level (5) left it: that level's columns, indexes and snapshot
table taken off. Used with legacy_audit by the upgrade test and the migration kill loop."""

from __future__ import annotations

import re
from typing import Any

from kadin_danisma.vault.schema_cases import CASES_V2

STATS_LEVEL = 5
# The level's schema objects, and its columns as "table.column".
LEVEL5_OBJECTS = {"stat_snapshots", "stat_snapshots_no_update", "stat_snapshots_no_delete", "notes_period",
                  "referrals_sent", "measures_decision", "measure_violations_date", "placements_requested",
                  "consents_kind", "cases_period", "perpetrators_stats"}
LEVEL5_COLUMNS = (("clients", "district"), ("clients", "disability_types"), ("intakes", "heard_from"),
                  ("notes", "child_id"))
ALL_LEVEL5 = LEVEL5_OBJECTS | {f"{t}.{c}" for t, c in LEVEL5_COLUMNS}


def take_back_to_level4(conn: Any) -> None:
    """Inside the caller's transaction: drop what the statistics level added and set the level to 4.
    notes.child_id references children, so SQLite cannot drop it: the notes table is rebuilt as level 2 made
    it (foreign keys checked at commit, other tables' references left as they are)."""
    conn.execute("PRAGMA defer_foreign_keys = ON")
    conn.execute("PRAGMA legacy_alter_table = ON")
    try:
        conn.execute("DROP TABLE stat_snapshots")
        for index in sorted(LEVEL5_OBJECTS - {"stat_snapshots", "stat_snapshots_no_update",
                                              "stat_snapshots_no_delete"}):
            conn.execute(f"DROP INDEX {index}")
        for table, column in LEVEL5_COLUMNS:
            if table != "notes":
                conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        ddl = re.search(r"CREATE TABLE notes \(.*?\n\);", CASES_V2, re.S)
        assert ddl is not None
        names = ", ".join(re.findall(r"^    ([a-z_]+) ", ddl.group(0), re.M))
        conn.execute(ddl.group(0).replace("CREATE TABLE notes (", "CREATE TABLE notes_before ("))
        conn.execute(f"INSERT INTO notes_before ({names}) SELECT {names} FROM notes")
        conn.execute("DROP TABLE notes")
        conn.execute("ALTER TABLE notes_before RENAME TO notes")
        conn.execute("CREATE INDEX notes_case ON notes(case_id, note_date, id)")
    finally:
        conn.execute("PRAGMA legacy_alter_table = OFF")
    conn.execute("PRAGMA user_version = 4")


def level5_objects(conn: Any) -> set[str]:
    names = {n for (n,) in conn.execute("SELECT name FROM sqlite_schema")} & LEVEL5_OBJECTS
    for table, column in LEVEL5_COLUMNS:
        if column in {c for (_, c, *_rest) in conn.execute(f"PRAGMA table_info({table})")}:
            names.add(f"{table}.{column}")
    return names
