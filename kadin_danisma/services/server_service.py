"""Server mode's entry points before a Session exists (issue 16): signing in to the center server, and the
IT person's commands (`server init`, `server migrate`). The vault's are in vault_service.py; after
sign-in both give the same Session and the same services.
"""

from __future__ import annotations

from ..domain.errors import InvalidInput, WrongCredentials
from ..vault import repositories
from ..vault.pg import admin
from ..vault.pg.address import DEFAULT_TIMEOUTS, Timeouts
from ..vault.pg.store import ServerStore
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
