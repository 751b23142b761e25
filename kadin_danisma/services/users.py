"""Staff accounts: add, disable, change one's own password, admin reset. Every change is audited.

A user's key slot and row change together: the slot is written inside the row's transaction, so a
failure leaves neither (or, if the commit itself fails, the new slot is taken back).

On a center server each account is a database login: the same checks run here for a clear message, then
the server's own functions (vault/pg/user_functions.py) check again and change the row, the login and the
audit log in one transaction; a password travels only as the SCRAM verifier of its Argon2id derivation.
"""

from __future__ import annotations

from ..domain.errors import InvalidInput, NotOnServer, OwnRolesChange, PermissionDenied, WrongCredentials
from ..domain.roles import Role, roles_to_text
from ..vault import repositories
from ..vault.repositories import UserRow
from ..vault.vault import Vault
from . import server_account
from .session import Session
from .vault_service import check_new_password, check_username


def list_users(session: Session) -> list[UserRow]:
    session.require(Role.ADMIN, Role.SUPERVISOR, Role.COUNSELOR, recovery_ok=True)
    return repositories.list_users(session.connection())


def add_user(
    session: Session, username: str, display_name: str, roles: frozenset[Role], password: str
) -> UserRow:
    session.require(Role.ADMIN)
    username = username.strip().lower()
    check_username(username)
    if not roles:
        raise InvalidInput("choose at least one role", code="no_role")
    check_new_password(password, username)
    conn = session.connection()
    if repositories.find_user(conn, username) is not None:
        raise InvalidInput("a user with this name already exists", code="user_exists")
    if session.on_server:
        server_account.add_user(session, username, display_name.strip() or username, roles, password)
        row = repositories.find_user(conn, username)
        assert row is not None
        return row
    try:
        with session.write() as wconn:
            user_id = repositories.insert_user(wconn, username, display_name.strip() or username, roles)
            # The admin knows this first password, so the colleague must choose her own at first unlock.
            repositories.update_user(wconn, user_id, must_change_password=1)
            session.log(wconn, "user_add", username, roles=sorted(r.value for r in roles))
            session.vault.set_password_slot(username, password)
    except BaseException:
        if repositories.find_user(conn, username) is None:
            session.vault.remove_password_slot(username)
        raise
    row = repositories.find_user(conn, username)
    assert row is not None
    return row


def _active_admins(session: Session) -> list[UserRow]:
    return [u for u in repositories.list_users(session.connection()) if Role.ADMIN in u.roles and not u.disabled]


def _existing(session: Session, username: str) -> UserRow:
    row = repositories.find_user(session.connection(), username.strip().lower())
    if row is None:
        raise InvalidInput("no such user", code="no_such_user")
    return row


def disable_user(session: Session, username: str) -> None:
    """Disabling removes the user's key slot: her password no longer opens the vault."""
    session.require(Role.ADMIN)
    row = _existing(session, username)
    if row.disabled:
        raise InvalidInput("this user is already disabled", code="user_already_disabled")
    if session.user and row.id == session.user.id:
        raise InvalidInput("you cannot disable your own account", code="cannot_disable_self")
    if Role.ADMIN in row.roles and len(_active_admins(session)) <= 1:
        raise InvalidInput("the last administrator cannot be disabled", code="last_admin")
    if session.on_server:
        server_account.call(session, "user_disable", row.username)
        return
    with session.write() as conn:
        repositories.update_user(conn, row.id, disabled=1)
        session.log(conn, "user_disable", row.username)
    session.vault.remove_password_slot(row.username)


def set_roles(session: Session, username: str, roles: frozenset[Role]) -> None:
    """Another user's roles (nobody changes her own: a second administrator must); audited with before and
    after, and shown on the overview for a week (overview.recent_role_changes)."""
    session.require(Role.ADMIN)
    row = _existing(session, username)
    if session.user is not None and row.id == session.user.id:
        raise OwnRolesChange()
    if not roles:
        raise InvalidInput("choose at least one role", code="no_role")
    if Role.ADMIN in row.roles and Role.ADMIN not in roles and len(_active_admins(session)) <= 1:
        raise InvalidInput("the last administrator must keep the admin role", code="last_admin_role")
    if session.on_server:
        server_account.call(session, "user_set_roles", row.username, roles_to_text(roles))
        return
    with session.write() as conn:
        repositories.update_user(conn, row.id, roles=roles)
        session.log(conn, "user_roles", row.username, before=roles_to_text(row.roles), after=roles_to_text(roles))


def change_own_password(session: Session, old_password: str, new_password: str) -> None:
    if session.user is None:
        raise PermissionDenied("sign in as a user to change a password")
    username = session.user.username
    confirm_password(session, old_password)
    if old_password == new_password:
        raise InvalidInput("the new password must differ from the current one", code="password_unchanged")
    check_new_password(new_password, username)
    if session.on_server:
        server_account.change_own_password(session, new_password)
    else:
        _change_own_slot(session, username, new_password)
    session.user = type(session.user)(
        session.user.id, session.user.username, session.user.display_name, session.user.roles, False
    )


def _change_own_slot(session: Session, username: str, new_password: str) -> None:
    assert session.user is not None
    with session.write() as conn:
        repositories.update_user(conn, session.user.id, must_change_password=0)
        session.log(conn, "password_change", username)
        session.vault.set_password_slot(username, new_password)


def confirm_password(session: Session, password: str) -> None:
    """Prove that the signed-in user knows her current password (a walk-up attacker at an unlocked screen
    does not) before a step that needs it; a wrong one is counted like any failed unlock."""
    if session.user is None:
        raise PermissionDenied("sign in as a user to do this")  # a recovery-key session has no own password
    try:
        if session.on_server:
            server_account.prove_password(session, password)
        else:
            probe, _ = Vault.unlock_with_password(session.vault.folder, session.user.username, password,
                                                  open_db=False)
            probe.close()
    except WrongCredentials:
        # Not "wrong user name or password": she is signed in, only the current password was mistyped.
        raise InvalidInput("the current password is wrong", code="wrong_current_password") from None


def reset_password(session: Session, username: str, new_password: str, *, must_change: bool = True) -> None:
    """An admin (or the recovery key) gives a user a new password without the old one; audited."""
    session.require(Role.ADMIN, recovery_ok=True)
    row = _existing(session, username)
    if row.disabled:
        raise InvalidInput("this user is disabled", code="user_disabled")
    check_new_password(new_password, row.username)
    own = session.user is not None and session.user.id == row.id
    if session.on_server:
        server_account.reset_password(session, row.username, new_password, must_change)
        return
    with session.write() as conn:
        repositories.update_user(conn, row.id, must_change_password=1 if must_change and not own else 0)
        session.log(conn, "password_reset", row.username, by="recovery_key" if session.is_recovery else "admin")
        session.vault.set_password_slot(row.username, new_password)


def regenerate_recovery_key(session: Session) -> str:
    session.require(Role.ADMIN, recovery_ok=True)
    if session.on_server:
        raise NotOnServer("a center server has no recovery key: an admin resets passwords, and the IT person "
                          "keeps the server's backups (docs/server.md)")
    with session.write() as conn:
        session.log(conn, "recovery_key_regenerate")
    # After the commit: if this write fails, the old key still works and no unseen key replaced it.
    return session.vault.regenerate_recovery()
