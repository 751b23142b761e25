"""Creating, unlocking, verifying and restoring vaults: the entry points before a Session exists."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain import passwords
from ..domain.errors import InvalidInput, PolicyViolation, UserFacingError, WrongCredentials
from ..domain.roles import Role
from ..vault import backup_reader, backup_verify, field_history, kdf, repositories
from ..vault.files import RESTORED_MARKER
from ..vault.vault import Vault
from . import paths, seen_state
from .session import CurrentUser, Session

DEFAULT_IDLE_MINUTES = 5


@dataclass(frozen=True)
class CreatedVault:
    session: Session
    recovery_key: str  # shown once, never stored


def check_new_password(password: str, username: str) -> None:
    problems = passwords.password_problems(password, username)
    if problems:
        raise PolicyViolation([passwords.PROBLEM_TEXT[p] for p in problems])


def check_username(username: str) -> None:
    problem = passwords.username_problem(username)
    if problem:
        raise InvalidInput(problem)


vault_exists = paths.vault_exists


DEMO_SETTING = "demo_vault"


def create_vault(
    folder: Path, center_name: str, admin_username: str, admin_display_name: str, password: str,
    params: kdf.KdfParams | None = None, *, demo: bool = False,
) -> CreatedVault:
    """A new vault whose first user is admin and supervisor; returns the session and the recovery key.
    `demo` marks it, for good, as a demo vault: only such a vault takes synthetic demo data and the demo
    accounts with their published password (services/demo.py)."""
    check_username(admin_username)
    check_new_password(password, admin_username)
    center_name = center_name.strip()
    if not center_name:
        raise InvalidInput("the center name is required", code="center_name_required")
    display = admin_display_name.strip() or admin_username
    vault, recovery = Vault.create(Path(folder), params)
    try:
        roles = frozenset({Role.ADMIN, Role.SUPERVISOR})
        conn = vault.connection()
        with vault.transaction(conn):
            repositories.set_setting(conn, "center_name", center_name)
            repositories.set_setting(conn, "idle_lock_minutes", str(DEFAULT_IDLE_MINUTES))
            if demo:
                repositories.set_setting(conn, DEMO_SETTING, "1")
            user_id = repositories.insert_user(conn, admin_username, display, roles)
            vault.audit_append(conn, user_id, "vault_create", None,
                               {"app": "kadin-danisma", **({"demo": True} if demo else {})})
            vault.audit_append(conn, user_id, "user_add", admin_username, {"roles": sorted(r.value for r in roles)})
        # The key-slot file is written last: until it exists, the folder is not a usable vault.
        vault.set_password_slot(admin_username, password, vault.slots.recovery_slot().params)  # type: ignore[union-attr]
        row = repositories.find_user(conn, admin_username)
        assert row is not None
    except BaseException:
        vault.close()
        raise
    return CreatedVault(Session(vault, CurrentUser.from_row(row)), recovery)


def is_demo_vault(session: Session) -> bool:
    """Created with `init --demo` (or as the app's throwaway demo vault)."""
    return repositories.get_setting(session.connection(), DEMO_SETTING, "") == "1"


def after_unlock(session: Session, failed: int, action: str, rekey_settled: str | None = None) -> None:
    """Audit the unlock (with the failed attempts since the last one) and a pending restore; notice an older
    copy of the vault, or note this state as seen on this computer."""
    # Compared before this unlock writes its own entries: they would carry an older copy's audit head up
    # to (or past) the one noted here, and an "older" copy would pass for a "different" one.
    session.older_copy = seen_state.check(session)
    marker = None if session.on_server else backup_reader.read_restored_marker(session.vault.folder)
    with session.write() as conn:
        if failed:
            session.log(conn, "failed_unlocks", session.user.username if session.user else None, count=failed)
        session.log(conn, action, failed_attempts_since_last_unlock=failed)
        if rekey_settled is not None:
            # A rekey was killed partway; this unlock kept the old key ("before") or adopted the new one
            # ("after": its new recovery key and one-time passwords were never shown and were dropped).
            session.log(conn, "rekey_interrupted", None, settled=rekey_settled)
        if marker is not None:
            session.log(conn, "restore", None, **marker)
    if marker is not None:
        with contextlib.suppress(OSError):
            (session.vault.folder / RESTORED_MARKER).unlink()
    if session.older_copy is None:
        seen_state.remember(session)


def unlock(folder: Path, username: str, password: str) -> Session:
    username = username.strip().lower()
    vault, result = Vault.unlock_with_password(Path(folder), username, password)
    try:
        row = repositories.find_user(vault.connection(), username)
        if row is None or row.disabled:
            raise WrongCredentials("wrong user name or password")
        session = Session(vault, CurrentUser.from_row(row), result.failed_attempts)
        after_unlock(session, result.failed_attempts, "unlock", result.rekey_settled)
    except BaseException:
        vault.close()
        raise
    return session


def unlock_with_recovery(folder: Path, recovery_key: str) -> Session:
    vault, result = Vault.unlock_with_recovery(Path(folder), recovery_key)
    session = Session(vault, None, result.failed_attempts)
    try:
        after_unlock(session, result.failed_attempts, "recovery_unlock", result.rekey_settled)
    except BaseException:
        vault.close()
        raise
    return session


@dataclass
class VerifyReport:
    ok: bool
    checks: list[tuple[str, bool, str]] = field(default_factory=list)  # (name, passed, detail)

    def add(self, name: str, passed: bool, detail: str = "") -> None:
        self.checks.append((name, passed, detail))
        self.ok = self.ok and passed


def verify_session(session: Session, *, accept_older: bool = False) -> VerifyReport:
    """Integrity of every page, the audit chain, the field history and the key slots of an unlocked vault, and
    whether it is older than (or diverged from) what this computer or the newest backup recorded
    (services/rollback.py); accept_older: she keeps this copy, so that check passes (and this computer's
    warning is accepted)."""
    session.check_password_changed()
    report = VerifyReport(ok=True)
    conn = session.connection()
    problems = session.store.integrity_problems(conn)
    report.add("integrity", not problems, "; ".join(problems[:5]) or "every page authenticated, structure ok")
    chain = session.store.audit_verify(conn)
    report.add("audit_chain", chain.ok, chain.problem or f"{chain.entries} entries chained")
    checked, mismatched = field_history.problems(conn, session.store.subkey(field_history.VALUES_PURPOSE))
    report.add("field_history", not mismatched,
               "; ".join(mismatched) or f"{checked} recorded value(s) match the hashes in the audit log")
    users = repositories.list_users(conn)
    active = {u.username for u in users if not u.disabled}
    if session.on_server:
        report.add("logins", *_login_report(conn, users))
    else:
        report.add("key_slots", *_slot_report(session, active))
        from . import rollback  # reads backup manifests: loaded only when verifying

        older = rollback.findings(session)
        if older and accept_older:
            rollback.accept(session)
            report.add("rollback", True, "accepted as it is: " + "; ".join(f.line for f in older))
        else:
            report.add("rollback", not older, "; ".join(f.line for f in older) or
                       "not older than what this computer or the newest backup recorded")
    try:
        session.audit("verify", None, ok=report.ok)
    except UserFacingError:
        # After a failed page check SQLCipher refuses writes on this connection ("read-only"): the
        # report of the damage matters more than its audit entry, and must not be replaced by that error.
        if report.ok:
            raise
    return report


def _slot_report(session: Session, active: set[str]) -> tuple[bool, str]:
    slots = session.vault.reload_slots()  # as on disk now: another program may have changed it
    slot_users = {s.username for s in slots.slots if s.kind == "password" and s.username}
    stray = sorted(slot_users - active)
    slot_problems = []
    if stray:
        slot_problems.append("slots for unknown or disabled users: " + ", ".join(stray))
    named_damaged = {e.get("username") for e in slots.unreadable if isinstance(e, dict)}
    missing = sorted(active - slot_users - named_damaged)
    if missing:
        slot_problems.append("active users without a key slot (an admin resets their password): "
                             + ", ".join(missing))
    if slots.recovery_slot() is None:
        slot_problems.append("no recovery-key slot")
    if slots.unreadable:
        slot_problems.append(f"{len(slots.unreadable)} damaged slot(s) that open nothing")
    if slots.rekey is not None:
        slot_problems.append("an interrupted change of the vault's key (sign in again to settle it)")
    return not slot_problems, "; ".join(slot_problems) or "one slot per active user"


def _login_report(conn: Any, users: list[repositories.UserRow]) -> tuple[bool, str]:
    """On a server: every active user can sign in with her own login, no disabled one can."""
    from ..vault.pg.login import role_name

    can = {str(r[0]): bool(r[1]) for r in conn.execute(
        "SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname LIKE 'kd!_%' ESCAPE '!'").fetchall()}
    wrong = sorted(u.username for u in users if can.get(role_name(u.username), False) == bool(u.disabled))
    if wrong:
        return False, "logins that do not match the users' state: " + ", ".join(wrong)
    return True, "one login per active user, none for disabled users"


def verify_backup(path: Path, username: str, password: str) -> VerifyReport:
    """Every check of a backup file (vault/backup_verify.py). A file that cannot be a backup, a member
    that does not match its checksum or a wrong password raise; problems of the contents are reported."""
    name = username.strip().lower()

    def unlock(folder: Path) -> Vault:
        return Vault.unlock_with_password(folder, name, password, open_db=False)[0]

    result = backup_verify.verify(Path(path), unlock)
    report = VerifyReport(ok=True)
    report.add("checksums", True, "members match the manifest")
    report.add("contents", result.ok, "; ".join(result.problems) or
               f"integrity ok, audit chain ok ({result.manifest['audit_head']['id']} entries), manifest signed")
    return report


def restore_backup(path: Path, new_folder: Path) -> dict[str, Any]:
    if vault_exists(Path(new_folder)):
        raise UserFacingError("a vault already exists there; restore goes into a new folder")
    return backup_reader.restore(Path(path), Path(new_folder))
