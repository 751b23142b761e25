"""Staff accounts on a center server: the steps of services/users.py that the server's functions take
(vault/pg/user_functions.py). Passwords leave this computer only as the SCRAM verifier of their Argon2id
derivation (vault/pg/login.py).
"""

from __future__ import annotations

from ..domain.roles import Role, roles_to_text
from ..vault.pg import login
from ..vault.pg.store import ServerStore
from .session import Session


def _store(session: Session) -> ServerStore:
    store = session.store
    assert isinstance(store, ServerStore)
    return store


def call(session: Session, function: str, *args: object) -> None:
    """One of the server's user functions, in its own transaction (it writes the audit entry itself)."""
    session.server_call(function, *args)


def add_user(session: Session, username: str, display_name: str, roles: frozenset[Role], password: str) -> None:
    call(session, "user_add", username, display_name, roles_to_text(roles), login.verifier_for(username, password))


def reset_password(session: Session, username: str, password: str, must_change: bool) -> None:
    call(session, "user_reset_password", username, login.verifier_for(username, password), must_change)


def change_own_password(session: Session, password: str) -> None:
    assert session.user is not None
    call(session, "user_change_password", login.verifier_for(session.user.username, password))


def prove_password(session: Session, password: str) -> None:
    """Sign in once more with the password given (a separate connection, closed at once); raises
    WrongCredentials if it is not hers."""
    assert session.user is not None
    store = _store(session)
    ServerStore.open(store.dsn, session.user.username, password).close()
