"""An unlocked store (a vault or a server login) plus the person who unlocked it: permission checks,
audit writes, lock.

The GUI holds a Session as an opaque handle; it never reaches through it to SQL or keys. The services see
the store only through the storage port (`vault/port.py`); `session.vault` is for the few things that only
a vault folder has (key slots, backups of the file).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass

from ..domain.errors import NotOnServer, PasswordChangeRequired, PermissionDenied, VaultLocked
from ..domain.roles import Role
from ..vault import rows
from ..vault.port import Connection, Store
from ..vault.repositories import UserRow
from ..vault.vault import Vault
from . import seen_state


@dataclass(frozen=True)
class CurrentUser:
    id: int
    username: str
    display_name: str
    roles: frozenset[Role]
    must_change_password: bool = False

    @classmethod
    def from_row(cls, row: UserRow) -> CurrentUser:
        return cls(row.id, row.username, row.display_name, row.roles, row.must_change_password)

    def has(self, role: Role) -> bool:
        return role in self.roles


class Session:
    def __init__(self, store: Store, user: CurrentUser | None, failed_attempts: int = 0) -> None:
        self._store: Store | None = store
        self.user = user
        # Failed unlock attempts on this user's slot since the last successful unlock (shown once).
        self.failed_attempts_report = failed_attempts
        # Cases opened with a stated reason (break-glass) in this session: case id -> reason. Forgotten at lock.
        self.break_glass: dict[int, str] = {}
        # Set at unlock when this vault is older than (or diverged from) what this computer last saw; until
        # she accepts it (seen_state.accept_older), nothing about this copy is noted as "seen".
        self.older_copy: seen_state.OlderCopy | None = None

    @property
    def is_recovery(self) -> bool:
        """Unlocked with the recovery key: only password resets and a new recovery key are allowed."""
        return self.user is None

    @property
    def is_open(self) -> bool:
        return self._store is not None and self._store.is_open

    @property
    def store(self) -> Store:
        if self._store is None or not self._store.is_open:
            raise VaultLocked("the vault is locked")
        return self._store

    @property
    def on_server(self) -> bool:
        """Whether this session's records are on a center server. Answers after a lock too (a worker's
        result can arrive after it): the kind of store does not change when it closes."""
        return self._store is not None and self._store.kind == "server"

    @property
    def vault(self) -> Vault:
        """The vault folder behind this session (key slots, file backups); a server has none."""
        store = self.store
        if not isinstance(store, Vault):
            raise NotOnServer("this is done differently on a center server: see docs/server.md")
        return store

    def connection(self) -> Connection:
        return self.store.connection()

    @property
    def password_change_pending(self) -> bool:
        """Signed in with a password an administrator set (a new account, a reset): until she chooses her own
        (users.change_own_password), every permission check refuses (`check_password_changed`), in the app
        and on the command line alike; only the change itself and locking work."""
        return self.user is not None and self.user.must_change_password

    def has(self, role: Role) -> bool:
        """Whether she holds the role (what the app shows her); permission checks go through `require`."""
        return self.user is not None and self.user.has(role)

    @property
    def roles(self) -> frozenset[Role]:
        return self.user.roles if self.user else frozenset()

    def check_password_changed(self) -> None:
        if self.password_change_pending:
            raise PasswordChangeRequired()

    def require(self, *roles: Role, recovery_ok: bool = False) -> None:
        if self.is_recovery and recovery_ok:
            return
        self.check_password_changed()
        if not any(self.has(r) for r in roles):
            raise PermissionDenied("you do not have permission for this")

    @property
    def user_id(self) -> int | None:
        return self.user.id if self.user else None

    @contextlib.contextmanager
    def write(self) -> Iterator[Connection]:
        """One transaction: the change and its audit entry commit together or not at all. Nested use joins
        the outer transaction, so a composite step (a shelter transfer) commits as one."""
        conn = self.connection()
        if conn.in_transaction:
            yield conn
            return
        with self.store.transaction(conn), rows.acting_as(self.user_id):
            yield conn

    def log(self, conn: Connection, action: str, target: str | None = None, **details: object) -> int:
        """Append an audit entry in the caller's transaction; returns its id."""
        return self.store.audit_append(conn, self.user_id, action, target, details or None)

    def server_call(self, function: str, *args: object) -> object:
        """On a center server: one of its checking functions (it writes and audits itself), inside the current
        write transaction or a new one; returns what it returns (None for most). Flags travel as 0/1 and lists
        as bigint arrays."""
        with self.write() as conn:
            row = conn.execute(f"SELECT kd.{function}({_marks(args)})", args).fetchone()
        return row[0] if row else None

    def server_rows(self, function: str, *args: object) -> list[tuple[object, ...]]:
        """On a center server: the rows of one of its reading functions (a figure no table shows her)."""
        return [tuple(r) for r in self.connection().execute(f"SELECT * FROM kd.{function}({_marks(args)})",
                                                            args).fetchall()]

    def audit(self, action: str, target: str | None = None, **details: object) -> None:
        with self.write() as conn:
            self.log(conn, action, target, **details)

    def interrupt(self) -> None:
        """Stop whatever statements are running in other threads (before a lock)."""
        if self._store is not None and self._store.is_open:
            self._store.interrupt()

    def lock(self) -> None:
        """Write the lock event and note the state this computer saw (both best effort: a full disk or an
        unwritable state folder must not keep the vault open), then close."""
        if self._store is None:
            return
        with contextlib.suppress(Exception):
            if self._store.is_open:
                self.audit("lock")
        with contextlib.suppress(Exception):
            if self._store.is_open and self.older_copy is None:
                seen_state.remember(self)
        self._store.close()
        self._store = None
        self.break_glass.clear()


def _marks(args: tuple[object, ...]) -> str:
    return ", ".join("(?)::text::boolean" if isinstance(a, bool) else "?::bigint[]" if isinstance(a, list)
                     else "?" for a in args)
