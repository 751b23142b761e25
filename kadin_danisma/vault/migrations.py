"""Numbered, forward-only schema migrations; each runs in one transaction with its user_version bump.

A vault whose user_version is above what this build knows was written by a newer app: it is refused,
never opened and silently damaged.
"""

from __future__ import annotations

from ..domain.errors import VaultTooNew
from .port import Connection, errors_translated
from .schema_cases import CASES_V2
from .schema_drafts import DRAFTS_V3
from .schema_versions import LEVEL as VERSIONS_LEVEL
from .schema_versions import VERSIONS_SQL

MIGRATIONS: list[tuple[int, str]] = [
    (
        1,
        """
        CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            username TEXT NOT NULL UNIQUE,
            display_name TEXT NOT NULL,
            roles TEXT NOT NULL,
            disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
            must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user_id INTEGER,
            action TEXT NOT NULL,
            target TEXT,
            details TEXT NOT NULL DEFAULT '{}',
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        CREATE INDEX audit_log_action ON audit_log(action, id);
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        """,
    ),
    (2, CASES_V2),
    (3, DRAFTS_V3),
    (VERSIONS_LEVEL, VERSIONS_SQL),
]

LATEST = MIGRATIONS[-1][0]


def schema_version(conn: Connection) -> int:
    with errors_translated():
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


def check_not_newer(conn: Connection) -> int:
    version = schema_version(conn)
    if version > LATEST:
        raise VaultTooNew(
            f"this vault has schema level {version}, newer than this app knows ({LATEST}); update the app"
        )
    return version


def migrate(conn: Connection) -> int:
    """Bring the schema to LATEST; returns the number of migrations applied."""
    version = check_not_newer(conn)
    applied = 0
    for number, sql in MIGRATIONS:
        if number <= version:
            continue
        with errors_translated():
            # executescript runs the whole script; BEGIN…COMMIT inside it makes the step atomic, and
            # user_version is transactional, so a crash leaves the old or the new level, never half.
            try:
                conn.executescript(f"BEGIN IMMEDIATE;\n{sql}\nPRAGMA user_version = {number};\nCOMMIT;")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        applied += 1
    if applied:
        conn.dialect.forget_columns()  # tables gained columns
    return applied
