"""The server adapter of the storage port (`port.Store`): one staff member signed in to the center server.

Connections come from a small psycopg pool per sign-in. A thread borrows one for a single statement (the
rows are read at once, so it goes straight back) or for a whole write transaction, so a workstation holds
as many server connections as it has statements running, not one per thread it ever used. Every new
connection is checked before use (`check_connection`): a superuser, a login that bypasses row-level
security or belongs to the owner, row security switched off or missing on a table, or a schema level
other than this app's is refused. A connection the server dropped (a restart) is thrown away and the next
statement gets a new one; the error in between says the server could not be reached.
"""

from __future__ import annotations

import contextlib
import hashlib
import secrets
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import psycopg
from psycopg_pool import ConnectionPool

from ...domain.errors import (
    ServerInsecure,
    ServerNotInitialised,
    ServerUnavailable,
    VaultLocked,
    VaultTooNew,
    WrongCredentials,
)
from .. import migrations
from ..audit import derive_subkey
from ..port import ChainHead, ChainReport
from . import address, login
from .connection import DIALECT, PgConnection, errors_translated, translate, unescape_row

RECHECK_AFTER_S = 2.0  # a pooled connection idle longer than this is checked before it is used

# Read back at every new connection; any answer but the expected one refuses the connection.
CHECK_SQL = """
SELECT r.rolsuper, r.rolbypassrls, pg_has_role(current_user, 'kdg_owner', 'MEMBER'),
       current_setting('row_security'), current_user = session_user,
       (SELECT count(*) FROM pg_class c WHERE c.relnamespace = 'kd'::regnamespace AND c.relkind = 'r'
           AND NOT c.relrowsecurity),
       (SELECT value FROM kd.meta WHERE key = 'level'),
       (SELECT nspowner = r.oid FROM pg_namespace WHERE nspname = 'kd')
FROM pg_roles r WHERE r.rolname = current_user
"""


def check_connection(raw: psycopg.Connection[Any]) -> None:
    """Refuse a daily-work connection that is not what the security rests on (see the module docstring)."""
    try:
        row = raw.execute(CHECK_SQL).fetchone()
    except psycopg.errors.InvalidSchemaName:
        raise ServerNotInitialised("this database has not been set up for Kadın Danışma: the IT person runs "
                                   "`kadin-danisma server init` first (docs/server.md)") from None
    except psycopg.errors.UndefinedTable:
        raise ServerNotInitialised("this database has not been set up for Kadın Danışma (docs/server.md)") from None
    if row is None:
        raise ServerInsecure("the server did not describe this login")
    superuser, bypass, owner, row_security, same_user, unprotected, level, owns_schema = row
    if superuser or bypass or owner or owns_schema:
        raise ServerInsecure("daily work never runs as a superuser or the schema owner: sign in with your own "
                             "staff account")
    if str(row_security).lower() != "on" or unprotected:
        raise ServerInsecure("row-level security is off on this server: ask the IT person (docs/server.md)")
    if not same_user:
        raise ServerInsecure("this connection runs as another role than the one that signed in")
    if level is None or int(level) < migrations.LATEST:
        raise ServerNotInitialised(f"the server's schema (level {level}) is older than this app "
                                   f"({migrations.LATEST}): the IT person runs `kadin-danisma server upgrade`")
    if int(level) > migrations.LATEST:
        raise VaultTooNew(f"the server's schema (level {level}) is newer than this app knows "
                          f"({migrations.LATEST}); update the app")


class _Result:
    """A statement's rows, read in full (the connection has already gone back to the pool)."""

    def __init__(self, rows: list[tuple[Any, ...]], rowcount: int) -> None:
        self._rows = [unescape_row(r) for r in rows]
        self._next = 0
        self.rowcount = rowcount

    def fetchone(self) -> tuple[Any, ...] | None:
        if self._next >= len(self._rows):
            return None
        self._next += 1
        return self._rows[self._next - 1]

    def fetchall(self) -> list[tuple[Any, ...]]:
        rest, self._next = self._rows[self._next:], len(self._rows)
        return rest

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        while (row := self.fetchone()) is not None:
            yield row

    def close(self) -> None:
        self._next = len(self._rows)


class ThreadConnection:
    """What a service thread holds: borrows a pooled connection per statement, or for a transaction."""

    dialect = DIALECT

    def __init__(self, store: ServerStore) -> None:
        self._store = store
        self._held: PgConnection | None = None

    @property
    def in_transaction(self) -> bool:
        return self._held is not None

    def execute(self, sql: str, params: Sequence[Any] | Mapping[str, Any] | None = None) -> _Result:
        if self._held is not None:
            cur = self._held.execute(sql, params)
            return _Result(cur.fetchall() if cur.description else [], cur.rowcount)
        retry = sql.lstrip()[:6].upper() == "SELECT"  # a read may go again; a write is never repeated
        while True:
            with self._store.borrow() as conn:
                try:
                    cur = conn.execute(sql, params)
                    return _Result(cur.fetchall() if cur.description else [], cur.rowcount)
                except ServerUnavailable:
                    # The pool's connection was dead (the server restarted since it was last used): once
                    # more, on a connection the pool checks first.
                    if not retry or not conn.broken:
                        raise
                    retry = False

    def executemany(self, sql: str, seq: Sequence[Sequence[Any]]) -> None:
        if self._held is not None:
            self._held.executemany(sql, seq)
            return
        with self._store.borrow() as conn:
            conn.executemany(sql, seq)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[ThreadConnection]:
        if self._held is not None:
            raise RuntimeError("a transaction is already open on this thread")
        with self._store.borrow(check=True) as conn:  # a write starts on a connection known to be alive
            self._held = conn
            try:
                with conn.transaction():
                    yield self
            finally:
                self._held = None


class ServerStore:
    """A staff member's sign-in to the center server (the storage port's server adapter)."""

    kind = "server"

    def __init__(self, dsn: str, username: str, password: str, *,
                 timeouts: address.Timeouts = address.DEFAULT_TIMEOUTS, max_connections: int = 4) -> None:
        self.dsn = dsn
        self.username = username
        self.token = secrets.token_hex(16)  # this sign-in's break-glass grants are tied to it
        conninfo = address.daily(dsn, login.role_name(username), login.derive(username, password), self.token,
                                 timeouts)
        self._lock = threading.Lock()
        self._threads: dict[int, ThreadConnection] = {}
        self._busy: set[PgConnection] = set()
        self._open = False
        self._conninfo = conninfo
        self._pool = ConnectionPool(conninfo, min_size=1, max_size=max_connections, open=False,
                                    configure=self._configure, timeout=timeouts.connect_s,
                                    name="kadin-danisma", kwargs={"autocommit": True})
        self._last_used: dict[int, float] = {}
        self._center: tuple[str, bytes] | None = None

    @staticmethod
    def _configure(raw: psycopg.Connection[Any]) -> None:
        check_connection(raw)

    @classmethod
    def open(cls, dsn: str, username: str, password: str, **kwargs: Any) -> ServerStore:
        """Sign in: the first connection is made and checked here, so a wrong password or an unsafe server
        is said now. Raises WrongCredentials (indistinguishable for an unknown user), ServerInsecure,
        ServerUnavailable."""
        store = cls(dsn, username, password, **kwargs)
        # A direct first connection gives the real reason for a failure (the pool would only time out).
        try:
            first = psycopg.connect(store._conninfo, autocommit=True)
        except psycopg.OperationalError as exc:
            if exc.sqlstate in ("28P01", "28000") or "password authentication failed" in str(exc):
                raise WrongCredentials("wrong user name or password") from None
            text = str(exc)
            if any(k in text for k in ("require_auth", "channel binding", "SSL", "certificate", "authentication meth")):
                raise ServerInsecure("the server did not offer a safe connection (TLS with the center's "
                                     "certificate and SCRAM): nothing was sent; see docs/server.md") from None
            raise translate(exc) from None
        try:
            check_connection(first)
        finally:
            first.close()
        store._pool.open(wait=False)
        store._open = True
        return store

    # -- connections -----------------------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self._open

    def connection(self) -> ThreadConnection:
        if not self._open:
            raise VaultLocked("the vault is locked")
        ident = threading.get_ident()
        conn = self._threads.get(ident)
        if conn is None:
            conn = ThreadConnection(self)
            with self._lock:
                self._threads[ident] = conn
        return conn

    @contextlib.contextmanager
    def borrow(self, check: bool = False) -> Iterator[PgConnection]:
        if not self._open:
            raise VaultLocked("the vault is locked")
        with errors_translated():
            raw = self._pool.getconn()
            # One that sat idle is asked an empty query first (a round trip), so a connection the server
            # dropped meanwhile (a restart) is replaced before a statement is lost on it; one used a moment
            # ago is not (that round trip would be a third of a statement's cost).
            for _ in range(self._pool.max_size + 1):
                if not check and time.monotonic() - self._last_used.get(id(raw), 0.0) < RECHECK_AFTER_S:
                    break
                try:
                    ConnectionPool.check_connection(raw)
                    break
                except psycopg.Error:
                    self._pool.putconn(raw)  # broken: the pool throws it away
                    raw = self._pool.getconn()
        conn = PgConnection(raw)
        with self._lock:
            self._busy.add(conn)
        try:
            yield conn
        finally:
            with self._lock:
                self._busy.discard(conn)
            self._last_used[id(raw)] = time.monotonic()
            self._pool.putconn(raw)  # a broken connection is thrown away by the pool

    def transaction(self, conn: ThreadConnection) -> contextlib.AbstractContextManager[ThreadConnection]:
        return conn.transaction()

    def interrupt(self) -> None:
        with self._lock:
            busy = list(self._busy)
        for conn in busy:
            conn.interrupt()

    def close(self) -> None:
        if not self._open:
            return
        with contextlib.suppress(Exception):
            self.connection().execute("SELECT kd.end_session(?)", (self.token,))
        self._open = False
        with contextlib.suppress(Exception):
            self._pool.close(timeout=5)
        self._threads.clear()

    # -- the port --------------------------------------------------------------------------------------
    def _center_row(self) -> tuple[str, bytes]:
        if self._center is None:
            row = self.connection().execute("SELECT id, seen_key FROM center").fetchone()
            if row is None:
                raise ServerNotInitialised("this database has not been set up for Kadın Danışma (docs/server.md)")
            self._center = (str(row[0]), bytes(row[1]))
        return self._center

    @property
    def identity(self) -> str:
        return self._center_row()[0]

    def subkey(self, purpose: bytes) -> bytes:
        """Keys for per-computer notes, from the center's key (readable by staff, not kept on workstations)."""
        return derive_subkey(hashlib.sha256(self._center_row()[1]).digest(), purpose)

    def audit_append(self, conn: Any, user_id: int | None, action: str, target: str | None,
                     details: dict[str, object] | None) -> int:
        import json

        text = json.dumps(details or {}, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        # The server takes the actor from the login itself (user_id is what the client believes).
        return int(conn.execute("SELECT kd.audit_append(?, ?, ?)", (action, target, text)).fetchone()[0])

    def audit_verify(self, conn: Any) -> ChainReport:
        ok, entries, first_bad, problem, head_id, head_hash = conn.execute(
            "SELECT * FROM kd.audit_verify()").fetchone()
        return ChainReport(bool(ok), int(entries), ChainHead(int(head_id), str(head_hash)),
                           int(first_bad) if first_bad is not None else None, str(problem or ""))

    def audit_head(self, conn: Any) -> ChainHead:
        row = conn.execute("SELECT id, hash FROM audit_head").fetchone()
        return ChainHead(int(row[0]), str(row[1]))

    def audit_hash_at(self, conn: Any, entry_id: int) -> str | None:
        row = conn.execute("SELECT kd.audit_hash_at(?)", (entry_id,)).fetchone()
        return str(row[0]) if row and row[0] is not None else None

    def schema_version(self, conn: Any) -> int:
        return int(conn.execute("SELECT value FROM meta WHERE key = 'level'").fetchone()[0])

    def describe(self, conn: Any) -> dict[str, str]:
        version, ssl = conn.execute(
            "SELECT current_setting('server_version'), coalesce((SELECT ssl::text || ' ' || version"
            " FROM pg_stat_ssl WHERE pid = pg_backend_pid()), 'unix socket')").fetchone()
        return {"engine": "PostgreSQL", "cipher_version": f"PostgreSQL {version}", "transport": str(ssl)}

    def integrity_problems(self, conn: Any) -> list[str]:
        """What a staff login can check: every table still under row-level security (page checks are the
        server's own: data checksums, `pg_amcheck` by the IT person)."""
        count = conn.execute("SELECT count(*) FROM pg_class WHERE relnamespace = 'kd'::regnamespace"
                             " AND relkind = 'r' AND NOT relrowsecurity").fetchone()[0]
        return [f"{count} table(s) without row-level security"] if count else []
