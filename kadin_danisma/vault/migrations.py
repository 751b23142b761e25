"""Numbered, forward-only schema migrations; each runs in one transaction with its user_version bump.

A step is an SQL script or, when it needs more than SQL (the audit log's keys, to rewrite and re-chain it:
level 4), a Python function run inside the same transaction. A vault whose user_version is above what this
build knows was written by a newer app: it is refused, never opened and silently damaged.
"""

from __future__ import annotations

from collections.abc import Callable

from ..domain.errors import VaultTooNew
from .audit import NO_DELETE_TRIGGER, NO_UPDATE_TRIGGER
from .port import Connection, errors_translated
from .schema_calendar import CALENDAR_SQL
from .schema_cases import CASES_V2
from .schema_center import CENTER_LEVEL, CENTER_SQL
from .schema_day import DAY_V6
from .schema_drafts import DRAFTS_V3
from .schema_history import Keys, migrate_v4
from .schema_package_admin import PACKAGE_ADMIN_LEVEL, PACKAGE_ADMIN_SQL
from .schema_package_server import PACKAGE_SERVER_LEVEL
from .schema_package_server import VAULT_SQL as PACKAGE_SERVER_VAULT_SQL
from .schema_packages import PACKAGE_LEVEL, PACKAGE_SQL
from .schema_partners import PARTNERS_LEVEL, PARTNERS_SCHEMA
from .schema_retention import RETENTION_LEVEL, RETENTION_SCHEMA
from .schema_stats import STATS_SCHEMA
from .schema_support import SUPPORT_LEVEL, SUPPORT_SCHEMA
from .schema_versions import LEVEL as VERSIONS_LEVEL
from .schema_versions import VERSIONS_SQL

PythonStep = Callable[[Connection, Keys], None]

MIGRATIONS: list[tuple[int, str | PythonStep]] = [
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
        """ + NO_UPDATE_TRIGGER + "\n" + NO_DELETE_TRIGGER + "\n",
    ),
    (2, CASES_V2),
    (3, DRAFTS_V3),
    (4, migrate_v4),
    (5, STATS_SCHEMA),
    (6, DAY_V6),
    (7, CALENDAR_SQL),
    (VERSIONS_LEVEL, VERSIONS_SQL),
    (RETENTION_LEVEL, RETENTION_SCHEMA),
    (PARTNERS_LEVEL, PARTNERS_SCHEMA),
    (PACKAGE_LEVEL, PACKAGE_SQL),
    (CENTER_LEVEL, CENTER_SQL),
    (SUPPORT_LEVEL, SUPPORT_SCHEMA),
    (PACKAGE_ADMIN_LEVEL, PACKAGE_ADMIN_SQL),
    (PACKAGE_SERVER_LEVEL, PACKAGE_SERVER_VAULT_SQL),
]

LATEST = MIGRATIONS[-1][0]
# One step per level, in order, none skipped: a level numbered on another branch must not collide with one here.
assert [n for n, _ in MIGRATIONS] == list(range(1, LATEST + 1)), "schema levels must be 1, 2, … without gaps"


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


def migrate(conn: Connection, keys: Keys) -> int:
    """Bring the schema to LATEST; returns the number of migrations applied."""
    version = check_not_newer(conn)
    applied = 0
    for number, step in MIGRATIONS:
        if number <= version:
            continue
        with errors_translated():
            # BEGIN…COMMIT around the step makes it atomic, and user_version is transactional, so a crash
            # leaves the old or the new level, never half.
            try:
                if isinstance(step, str):
                    conn.executescript(f"BEGIN IMMEDIATE;\n{step}\nPRAGMA user_version = {number};\nCOMMIT;")
                else:
                    conn.execute("BEGIN IMMEDIATE")
                    step(conn, keys)
                    conn.execute(f"PRAGMA user_version = {number}")
                    conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        applied += 1
    if applied:
        conn.dialect.forget_columns()  # tables gained columns
    return applied
