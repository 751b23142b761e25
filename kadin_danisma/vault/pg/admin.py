"""What the IT person's login does on the server, and nothing else does: create the schema, the roles and
the first admin (`server init`). It connects with her own login (a superuser, usually `postgres` over the
server's Unix socket); daily work never does (pg/store.py refuses it).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import secrets
import uuid
from collections.abc import Iterator
from typing import Any

import psycopg
from psycopg import sql

from ...domain.errors import InvalidInput, ServerInsecure
from .. import migrations, seed
from . import address, login, schema, security, stats_views
from .connection import PgConnection, errors_translated


@contextlib.contextmanager
def administrative(dsn: str) -> Iterator[PgConnection]:
    """The IT person's connection, refused unless it may create roles and schemas (a superuser)."""
    with errors_translated():
        raw = psycopg.connect(address.administrative(dsn), autocommit=True)
    conn = PgConnection(raw)
    try:
        superuser = conn.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone()[0]
        if not superuser:
            raise ServerInsecure("server init and server migrate need the server's superuser login "
                                 "(for example: sudo -u postgres kadin-danisma server init …); see docs/server.md")
        yield conn
    finally:
        conn.close()


def initialised(conn: PgConnection) -> bool:
    return bool(conn.execute("SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'kd')").fetchone()[0])


def hmac_pads(key: bytes) -> tuple[bytes, bytes]:
    """HMAC-SHA256's inner and outer padded keys (RFC 2104): the server hashes with them directly."""
    block = key.ljust(64, b"\x00")
    return bytes(b ^ 0x36 for b in block), bytes(b ^ 0x5C for b in block)


def create_schema(conn: PgConnection, center_name: str, *, seeded: bool = True) -> str:
    """Roles, schemas, tables, functions, policies and keys, inside the caller's transaction; returns the
    center id. `seeded=False` (a vault being moved in brings its own vocabularies, directory and settings)."""
    database = conn.execute("SELECT current_database()").fetchone()[0]
    conn.execute(security.roles_sql())
    conn.execute(sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(sql.Identifier(database)).as_string(conn.raw))
    conn.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO kdg_staff, kdg_owner").format(
        sql.Identifier(database)).as_string(conn.raw))
    conn.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    conn.execute("CREATE SCHEMA kd AUTHORIZATION kdg_owner")
    conn.execute("CREATE SCHEMA kd_private AUTHORIZATION kdg_owner")
    conn.execute(f"CREATE SCHEMA {stats_views.SCHEMA} AUTHORIZATION kdg_owner")
    schema.create(conn)
    center_id = str(uuid.uuid4())
    ipad, opad = hmac_pads(secrets.token_bytes(32))
    conn.execute("INSERT INTO kd.meta (key, value) VALUES ('level', ?)", (str(migrations.LATEST),))
    conn.execute("INSERT INTO kd.center (id, seen_key) VALUES (?, ?)", (center_id, secrets.token_bytes(32)))
    conn.execute("INSERT INTO kd.audit_head (id, hash) VALUES (0, ?)", ("0" * 64,))
    conn.execute("INSERT INTO kd_private.audit_key (ipad, opad) VALUES (?, ?)", (ipad, opad))
    conn.execute("SET LOCAL search_path = kd, pg_temp")
    if not seeded:
        return center_id
    seed.ensure(conn)
    for key, value in (("center_name", center_name), ("idle_lock_minutes", "5"), ("vault_id", center_id)):
        conn.execute("INSERT INTO kd.settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE"
                     " SET value = excluded.value", (key, value))
    return center_id


def init(dsn: str, admin_username: str, admin_display: str, admin_password: str, center_name: str) -> str:
    """`server init`: everything, and the first admin (also a supervisor, as in a new vault), in one
    transaction. Returns the center id."""
    with administrative(dsn) as conn:
        if initialised(conn):
            raise InvalidInput("this database is already set up for Kadın Danışma")
        with conn.transaction():
            center_id = create_schema(conn, center_name)
            kd_audit(conn, None, "server_init", None, {"app": "kadin-danisma", "level": migrations.LATEST})
            conn.execute("SELECT kd_private.create_user(NULL, ?, ?, 'supervisor,admin', ?, 0)",
                         (admin_username, admin_display, login.verifier_for(admin_username, admin_password)))
    return center_id


def kd_audit(conn: PgConnection, user_id: int | None, action: str, target: str | None,
             details: dict[str, Any]) -> int:
    text = json.dumps(details, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return int(conn.execute("SELECT kd_private.audit_write(?, ?, ?, ?)", (user_id, action, target, text)).fetchone()[0])


def fingerprint(center_id: str) -> str:
    """A short id to read over the phone when the IT person checks she is on the right server."""
    return hashlib.sha256(center_id.encode()).hexdigest()[:12]
