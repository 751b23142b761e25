"""`server migrate`: a vault moved onto an empty center server in one transaction, ids kept, then checked.

The vault is read inside one read transaction (a still snapshot), the server written inside one transaction
by the IT person's login: the schema and roles as `server init` makes them, then every table's rows with
their ids (triggers set aside for the copy: the rows keep their own versions and stamps), the sequences
moved past the highest id, the vault's audit chain kept as it was in `vault_audit_log` (checked with the
vault's key before it is copied), a new server chain whose first entry names the old chain's head, and
one login per active user. Before COMMIT every table is compared row by row with the vault; any
difference rolls everything back. The caller then marks the vault folder (files.MOVED_MARKER).

Colleagues' passwords are not in a vault (only key slots wrapping its key), so each active user other
than the admin who runs this gets a one-time password, to be handed over in person; she chooses her own at
first sign-in.

The vault's package identity and partners come along (a center moving to a server keeps its pairings: its
partners need not pair again, and their next package follows on in sequence): the partners' rows as they
are, the identity split as the server keeps it, public keys in kd.package_identity and private keys in
kd_private.package_keys (pg/package_security.py). The vault folder left behind keeps its copy inside the
encrypted database, as before, read-only and marked as moved.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass, field
from typing import Any

from psycopg import sql

from ...domain.errors import InvalidInput, VaultDamaged
from .. import audit
from ..package_seal import Keys
from ..port import Connection
from ..vault import Vault
from . import login, search
from .admin import administrative, create_schema, initialised, kd_audit
from .connection import PgConnection, escape_text, unescape_row

# The one-time password alphabet: no 0/O, 1/I/L (read out or written on paper).
_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"
# The audit log moves as the vault's chain (vault_audit_log); the package identity is split (_identity).
SKIPPED = ("audit_log", "sqlite_sequence", "package_identity")


@dataclass
class Moved:
    center_id: str
    tables: dict[str, int] = field(default_factory=dict)  # rows copied per table
    vault_head: audit.ChainHead | None = None
    one_time_passwords: dict[str, str] = field(default_factory=dict)  # user name -> password


def one_time_password() -> str:
    return "-".join("".join(secrets.choice(_ALPHABET) for _ in range(5)) for _ in range(4))


def vault_tables(vconn: Connection) -> list[str]:
    names = [str(r[0]) for r in vconn.execute("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")]
    return [n for n in names if n not in SKIPPED and not n.startswith(("search_fts", "sqlite_"))]


def _columns(vconn: Connection, table: str) -> list[str]:
    return [str(r[1]) for r in vconn.execute(f"PRAGMA table_info({table})")]


def _order(vconn: Connection, table: str) -> str:
    keys = [str(r[1]) for r in sorted((r for r in vconn.execute(f"PRAGMA table_info({table})") if r[5] > 0),
                                      key=lambda r: r[5])]
    return ", ".join(keys) if keys else _columns(vconn, table)[0]


def _digest(rows: Any) -> tuple[int, str]:
    h = hashlib.sha256()
    n = 0
    for row in rows:
        h.update(repr(tuple(row)).encode("utf-8"))
        n += 1
    return n, h.hexdigest()


def copy_table(vconn: Connection, conn: PgConnection, table: str) -> int:
    names = _columns(vconn, table)
    server_names = set(conn.dialect.columns(conn, table))
    if not set(names) <= server_names:
        raise VaultDamaged(f"table {table} of this vault does not match the server's schema")
    count = 0
    target = sql.SQL("COPY kd.{} ({}) FROM STDIN").format(sql.Identifier(table),
                                                          sql.SQL(", ").join(map(sql.Identifier, names)))
    with conn.raw.cursor() as cur, cur.copy(target) as copy:
        for row in vconn.execute(f"SELECT {', '.join(names)} FROM {table} ORDER BY {_order(vconn, table)}"):
            copy.write_row([escape_text(v) if isinstance(v, str) else v for v in row])
            count += 1
    if "id" in names:
        conn.execute(f"SELECT setval(pg_get_serial_sequence('kd.{table}', 'id'),"
                     f" coalesce((SELECT max(id) FROM kd.{table}), 0) + 1, false)")
    return count


def compare_table(vconn: Connection, conn: PgConnection, table: str) -> None:
    names = _columns(vconn, table)
    order = _order(vconn, table)
    select = f"SELECT {', '.join(names)} FROM {table} ORDER BY {order}"
    here = _digest(vconn.execute(select))
    there = _digest(unescape_row(tuple(r)) for r in conn.execute(select.replace(f" FROM {table}",
                                                                                f" FROM kd.{table}")))
    if here != there:
        raise VaultDamaged(f"the copy of table {table} differs from the vault ({here[0]} rows here, {there[0]} "
                           "there): nothing was moved")


def _identity(vconn: Connection, conn: PgConnection) -> None:
    """The vault's package keys, split: public in kd, private in kd_private; checked by reading them back."""
    row = vconn.execute("SELECT x25519_private, ed25519_private, created_at, created_by FROM package_identity"
                        " WHERE id = 1").fetchone()
    if row is None:
        return
    keys = Keys(bytes.fromhex(str(row[0])), bytes.fromhex(str(row[1])))
    conn.execute("INSERT INTO kd_private.package_keys (id, x25519_private, ed25519_private) VALUES (1, ?, ?)",
                 (keys.x25519_private.hex(), keys.ed25519_private.hex()))
    conn.execute("INSERT INTO kd.package_identity (id, x25519_public, ed25519_public, created_at, created_by)"
                 " VALUES (1, ?, ?, ?, ?)", (keys.x25519_public.hex(), keys.ed25519_public.hex(), row[2], row[3]))
    there = conn.execute("SELECT k.x25519_private, k.ed25519_private, i.ed25519_public FROM kd_private.package_keys k,"
                         " kd.package_identity i").fetchone()
    if tuple(there) != (keys.x25519_private.hex(), keys.ed25519_private.hex(), keys.ed25519_public.hex()):
        raise VaultDamaged("the copy of the package identity differs from the vault: nothing was moved")


def move(vault: Vault, dsn: str, admin_username: str, admin_password: str) -> Moved:
    """Copy the vault onto the empty server, from one still snapshot of it."""
    vconn = vault.connection()
    vconn.execute("BEGIN")  # deferred: the first read fixes the snapshot every table is read from
    try:
        return _move(vconn, vault.audit_key, vault.identity, dsn, admin_username, admin_password)
    finally:
        vconn.execute("ROLLBACK")


def _move(vconn: Connection, audit_key: bytes, vault_id: str, dsn: str, admin_username: str,
          admin_password: str) -> Moved:
    chain = audit.verify(vconn, audit_key)
    if not chain.ok:
        raise VaultDamaged(f"the vault's audit chain does not verify ({chain.problem}): nothing was moved")
    users = [(int(r[0]), str(r[1]), int(r[2]), str(r[3])) for r in
             vconn.execute("SELECT id, username, disabled, roles FROM users ORDER BY id")]
    admin = next((u for u in users if u[1] == admin_username), None)
    if admin is None:
        raise InvalidInput("no such user in this vault")
    with administrative(dsn) as conn:
        if initialised(conn):
            raise InvalidInput("the server database already holds Kadın Danışma data: a vault moves only into "
                               "an empty database (create a new one; docs/server.md)")
        taken = [u[1] for u in users if not u[2] and conn.execute(
            "SELECT 1 FROM pg_roles WHERE rolname = ?", (login.role_name(u[1]),)).fetchone()]
        if taken:
            raise InvalidInput("this server already has database logins named like these users (another "
                               "center?): " + ", ".join(taken))
        with conn.transaction():
            center_name = str((vconn.execute("SELECT value FROM settings WHERE key = 'center_name'").fetchone()
                               or ["Kadın Danışma Merkezi"])[0])
            moved = Moved(create_schema(conn, center_name, seeded=False), vault_head=chain.head)
            conn.execute("SET LOCAL session_replication_role = replica")  # rows keep their own stamps
            for table in vault_tables(vconn):
                moved.tables[table] = copy_table(vconn, conn, table)
            conn.executemany(
                "INSERT INTO kd.vault_audit_log (vault_id, id, at, user_id, action, target, details, prev_hash,"
                " hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(vault_id, *r) for r in vconn.execute(
                    "SELECT id, at, user_id, action, target, details, prev_hash, hash FROM audit_log ORDER BY id")])
            conn.execute("SET LOCAL session_replication_role = origin")
            for table in vault_tables(vconn):  # row by row, before anything below changes a row
                compare_table(vconn, conn, table)
            _identity(vconn, conn)
            conn.execute("SET LOCAL search_path = kd, pg_temp")
            search.rebuild(conn)
            for uid, username, disabled, _roles in users:
                if disabled:
                    continue
                password = admin_password if uid == admin[0] else one_time_password()
                if uid != admin[0]:
                    moved.one_time_passwords[username] = password
                    conn.execute("UPDATE kd.users SET must_change_password = 1 WHERE id = ?", (uid,))
                conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                    sql.Identifier(login.role_name(username)),
                    sql.Literal(login.verifier_for(username, password))).as_string(conn.raw))
                conn.execute("SELECT kd_private.sync_groups(?, (SELECT roles FROM kd.users WHERE id = ?))",
                             (username, uid))
            kd_audit(conn, admin[0], "server_migrate", None, {
                "vault_id": vault_id, "vault_audit_head": {"id": chain.head.entry_id, "hash": chain.head.hash},
                "tables": moved.tables})
            # The server's own id from now on (the vault's stays in the marker and the migrate entry).
            conn.execute("UPDATE kd.settings SET value = ? WHERE key = 'vault_id'", (moved.center_id,))
            copied = conn.execute("SELECT count(*) FROM kd.vault_audit_log").fetchone()[0]
            new_chain = conn.execute("SELECT ok, problem FROM kd_private.verify_chain()").fetchone()
            if copied != chain.entries or not new_chain[0]:
                raise VaultDamaged("the moved audit log does not check out: nothing was moved")
    return moved


def marker(moved: Moved, dsn_public: str, moved_at: str) -> bytes:
    """The note left in the vault folder (no secret: the server's address without a password)."""
    head = moved.vault_head
    return json.dumps({"moved_to_server": dsn_public, "center_id": moved.center_id, "moved_at": moved_at,
                       "vault_audit_head": head.entry_id if head else None}, indent=1).encode("utf-8") + b"\n"
