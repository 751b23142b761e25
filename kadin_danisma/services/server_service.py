"""Server mode's entry points before a Session exists (issue 16): signing in to the center server, and the
IT person's commands (`server init`, `server migrate`). The vault's are in vault_service.py; after
sign-in both give the same Session and the same services.
"""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime
from pathlib import Path

from ..domain.errors import InvalidInput, PermissionDenied, WrongCredentials
from ..domain.roles import Role
from ..vault import repositories
from ..vault.atomic import atomic_write
from ..vault.files import MOVED_MARKER
from ..vault.pg import address, admin
from ..vault.pg import migrate as pg_migrate
from ..vault.pg import upgrade as pg_upgrade
from ..vault.pg.address import DEFAULT_TIMEOUTS, Timeouts
from ..vault.pg.store import ServerStore
from . import vault_service
from .session import CurrentUser, Session
from .vault_service import after_unlock, check_new_password, check_username


def login(dsn: str, username: str, password: str, *, timeouts: Timeouts = DEFAULT_TIMEOUTS) -> Session:
    """Her own sign-in: user name and password, the database password derived from it on this computer.
    The older-copy check and the unlock's audit entry are the vault's (services/seen_state.py)."""
    username = username.strip().lower()
    if check_username_quietly(username) is not None:
        raise WrongCredentials("wrong user name or password")
    store = ServerStore.open(dsn, username, password, timeouts=timeouts)
    try:
        row = repositories.find_user(store.connection(), username)
        if row is None or row.disabled:
            raise WrongCredentials("wrong user name or password")
        session = Session(store, CurrentUser.from_row(row))
        after_unlock(session, 0, "unlock")
    except BaseException:
        store.close()
        raise
    return session


def check_username_quietly(username: str) -> str | None:
    try:
        check_username(username)
    except InvalidInput as exc:
        return str(exc)
    return None


def init(dsn: str, admin_username: str, admin_display: str, password: str, center_name: str) -> str:
    """`server init` with the IT person's login: schema, roles, policies, and the first admin (who is also a
    supervisor, as the first user of a vault is). Returns the center id."""
    admin_username = admin_username.strip().lower()
    check_username(admin_username)
    check_new_password(password, admin_username)
    center_name = center_name.strip()
    if not center_name:
        raise InvalidInput("the center name is required")
    return admin.init(dsn, admin_username, admin_display.strip() or admin_username, password, center_name)


def upgrade(dsn: str) -> pg_upgrade.Upgraded:
    """`server upgrade` with the IT person's login: the server brought to this app's schema level, and its
    functions, row-level security and views made again from this release (also the repair of a policy
    changed by hand). One transaction; audited on the server's chain."""
    return pg_upgrade.upgrade(dsn)


def migrate(folder: Path, dsn: str, username: str, password: str) -> pg_migrate.Moved:
    """`server migrate`: the vault's admin moves it onto an empty server database (the IT person's login in
    `dsn`). One transaction there, checked row by row before it commits; then the folder is marked so the
    vault is not opened for work again. Returns what moved and the colleagues' one-time passwords."""
    session = vault_service.unlock(Path(folder), username, password)
    vault = session.vault
    try:
        if not session.has(Role.ADMIN):
            raise PermissionDenied("only an admin of the vault moves it to a server")
        # Recorded in the vault first, so the copy carries it: the last entry of the vault's own chain.
        session.audit("server_migrate_begin", None, server=public_address(dsn))
        moved = pg_migrate.move(vault, dsn, session.user.username if session.user else username, password)
        note = pg_migrate.marker(moved, public_address(dsn), datetime.now(UTC).isoformat(timespec="seconds"))
        atomic_write(Path(folder) / MOVED_MARKER, note, mode=0o600)
    finally:
        # Closed without the lock entry: nothing more is written to a vault that has moved.
        with contextlib.suppress(Exception):
            vault.close()
    return moved


def public_address(dsn: str) -> str:
    """The server address without anything secret, for notes and audit entries."""
    params = address.parse(dsn)
    return " ".join(f"{k}={params[k]}" for k in ("host", "hostaddr", "port", "dbname") if params.get(k))
