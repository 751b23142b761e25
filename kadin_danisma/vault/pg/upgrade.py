"""`server upgrade`: bring a center server made by an older release to this app's schema level, with the
IT person's superuser login, in one transaction.

What a new app needs of an existing server: the new levels' tables, columns and indexes (from the same level
scripts a new server is built from, pg/ddl.py, this time with their data statements: a level's backfill of
existing rows must run on a server that has rows), then everything that is not data made again from this
release's code: the functions (CREATE OR REPLACE), the stamp triggers, the privileges and row-level security
(dropped and made again: a policy changed or dropped by hand is put back), and the coded statistics views.
Run at the latest level, it is the repair: only the second half runs.

Staff keep working on the old level until it commits (their sessions then refuse the wrong level), and
the transaction's locks make a second upgrade wait for the first. An upgrade is audited on the server's
chain (levels only).
"""

from __future__ import annotations

from dataclasses import dataclass

from psycopg import sql

from ...domain.errors import ServerNotInitialised, VaultTooNew
from .. import migrations
from . import admin, schema, security
from .connection import PgConnection

# The first level a center server was released at (issue 16 landed with the retention level, 9). Levels
# before it were never on a server, so no server needs their data statements (level 8's SQLite-only backfill).
FIRST_SERVER_LEVEL = 9


@dataclass(frozen=True)
class Upgraded:
    from_level: int
    to_level: int
    center_id: str


def server_level(conn: PgConnection) -> int:
    row = conn.execute("SELECT value FROM kd.meta WHERE key = 'level'").fetchone()
    if row is None:
        raise ServerNotInitialised("this database's Kadın Danışma schema has no level: restore it from a backup")
    return int(row[0])


def database_grants(conn: PgConnection) -> None:
    """Who may connect to the database at all (a restored dump does not carry these)."""
    database = conn.execute("SELECT current_database()").fetchone()[0]
    ident = sql.Identifier(database)
    conn.execute(sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(ident).as_string(conn.raw))
    conn.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO kdg_staff, kdg_owner").format(ident).as_string(conn.raw))
    conn.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")


def upgrade(dsn: str) -> Upgraded:
    with admin.administrative(dsn) as conn:
        if not admin.initialised(conn):
            raise ServerNotInitialised("this database has not been set up for Kadın Danışma: "
                                       "`kadin-danisma server init` (docs/server.md)")
        with conn.transaction():
            # One upgrade at a time: a second one waits here, then finds the level already raised.
            conn.execute("LOCK TABLE kd.meta IN EXCLUSIVE MODE")
            level = server_level(conn)
            if level > migrations.LATEST:
                raise VaultTooNew(f"the server's schema (level {level}) is newer than this app knows "
                                  f"({migrations.LATEST}); upgrade the app on this computer first")
            if level < FIRST_SERVER_LEVEL:
                raise ServerNotInitialised(f"a server at level {level} predates server mode; restore it from "
                                           "a backup")
            conn.execute(security.roles_sql())  # made if missing: a dump restored elsewhere lacks them
            database_grants(conn)
            schema.upgrade(conn, level)
            conn.execute("UPDATE kd.meta SET value = ? WHERE key = 'level'", (str(migrations.LATEST),))
            admin.kd_audit(conn, None, "server_upgrade", None, {"from": level, "to": migrations.LATEST})
            center_id = str(conn.execute("SELECT id FROM kd.center").fetchone()[0])
    return Upgraded(level, migrations.LATEST, center_id)

