"""Changing the vault's data key (issue 14 §4), for an admin: the use case around vault/rekey.py.

Who may: a signed-in admin (not a recovery-key session: it may only reset passwords and make a new recovery
key). What she gets back, to show once: the new recovery key and the one-time passwords of colleagues whose
slot could not be re-wrapped without their password (still in the format before issue 14, or damaged); they
must choose a new password at their next sign-in. The audit log records the rekey with counts and user
names, never a key or a password.

The caller guarantees that nothing else in this process is using the session's connections (the command
line is one thread; the app signs out first and runs this on a session of its own).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import PermissionDenied, UserFacingError
from ..domain.roles import Role
from ..vault import audit, repositories
from ..vault import rekey as vault_rekey
from ..vault.port import Connection, transaction
from ..vault.rekey import RekeyOutcome
from . import seen_state, vault_service
from .session import Session

__all__ = ["RekeyOutcome", "RekeyRun", "rekey", "rekey_signed_in_again"]


@dataclass
class RekeyRun:
    """The app's rekey: her new session, and what the rekey gave (or the error that stopped it)."""

    session: Session
    outcome: RekeyOutcome | None
    error: UserFacingError | None


def rekey(session: Session, step: vault_rekey.Step | None = None) -> RekeyOutcome:
    session.require(Role.ADMIN)
    if session.is_recovery:
        raise PermissionDenied("sign in with an admin's password to change the vault's key")
    active = [u.username for u in repositories.list_users(session.connection()) if not u.disabled]
    key = session.vault.audit_key  # the same before and after: the chain's key comes from the subkey root

    def on_switched(conn: Connection, outcome: RekeyOutcome) -> None:
        with transaction(conn):
            for username in outcome.one_time_passwords:
                row = repositories.find_user(conn, username)
                if row is not None:
                    repositories.update_user(conn, row.id, must_change_password=1)
            audit.append(conn, key, session.user_id, "rekey", None, {
                "rewrapped": outcome.rewrapped, "one_time_passwords": sorted(outcome.one_time_passwords),
                "dropped_slots": outcome.dropped, "recovery_key": "new"})

    outcome = vault_rekey.rekey(session.vault, active, on_switched, step)
    if session.older_copy is None:
        seen_state.remember(session)
    return outcome


def rekey_signed_in_again(folder: Path, username: str, password: str) -> RekeyRun:
    """For the app, which signs her out first (so no page of it holds the vault open): sign in again, change
    the key, and hand back the session either way (a rekey refused because another computer has the vault
    open leaves her signed in, with the reason)."""
    session = vault_service.unlock(folder, username, password)
    if session.older_copy is not None:  # she is asked about that first; the key is left as it is
        return RekeyRun(session, None, None)
    try:
        return RekeyRun(session, rekey(session), None)
    except UserFacingError as exc:
        return RekeyRun(session, None, exc)
    except BaseException:
        session.lock()
        raise
