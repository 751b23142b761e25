"""Password changes rewrite one key slot and never the database; admin reset, disabling, permissions."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import kd_support
import pytest

from kadin_danisma.domain.errors import (
    InvalidInput,
    OwnRolesChange,
    PermissionDenied,
    PolicyViolation,
    WrongCredentials,
)
from kadin_danisma.domain.roles import Role
from kadin_danisma.services import settings, users, vault_service
from kadin_danisma.vault import repositories
from kadin_danisma.vault.vault import Vault

ADMIN, PASSWORD = kd_support.ADMIN, kd_support.PASSWORD
NEW = "Yeni-Guclu-Parola-2027"
COUNSELOR, COUNSELOR_PW = "ayse.k", "Mavi-Deniz-2026"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _grow(folder: Path, rows: int = 300) -> None:
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    with session.write() as conn:
        for i in range(rows):
            repositories.set_setting(conn, f"filler-{i}", "d" * 400)
            session.log(conn, "setting_change", f"filler-{i}")
    session.lock()


def test_password_change_leaves_database_byte_identical(vault: tuple[Path, str]) -> None:
    folder, _ = vault
    db = folder / "vault.db"
    before = _sha(db)
    slots_before = kd_support.read_slots(folder)
    v, _ = Vault.unlock_with_password(folder, ADMIN, PASSWORD, open_db=False)
    v.set_password_slot(ADMIN, NEW)
    v.close()
    assert _sha(db) == before
    assert sorted(p.name for p in folder.iterdir()) == ["keyslots.json", "keyslots.json.lock", "vault.db"]
    slots_after = kd_support.read_slots(folder)
    old_slot = kd_support.password_slot(slots_before, ADMIN)
    new_slot = kd_support.password_slot(slots_after, ADMIN)
    assert new_slot["salt"] != old_slot["salt"] and new_slot["wrapped"] != old_slot["wrapped"]
    # The recovery slot is untouched: only one slot was rewritten.
    rec = [s for s in slots_before["slots"] if s["kind"] == "recovery"]
    assert rec == [s for s in slots_after["slots"] if s["kind"] == "recovery"]
    with pytest.raises(WrongCredentials):
        vault_service.unlock(folder, ADMIN, PASSWORD)
    vault_service.unlock(folder, ADMIN, NEW).lock()


def test_service_password_change_rewrites_no_page_but_its_audit_rows(vault: tuple[Path, str]) -> None:
    """Through the service the change is audited (so a few pages change), but nothing is re-encrypted."""
    folder, _ = vault
    _grow(folder)
    db = folder / "vault.db"
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    session.lock()
    before = db.read_bytes()
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    users.change_own_password(session, PASSWORD, NEW)
    session.lock()
    after = db.read_bytes()
    page = 4096
    pages = len(before) // page
    assert pages > 30
    changed = sum(before[i:i + page] != after[i:i + page] for i in range(0, len(before), page))
    assert changed <= 8, f"{changed} of {pages} pages rewritten: the database looks re-keyed"
    with pytest.raises(WrongCredentials):
        vault_service.unlock(folder, ADMIN, PASSWORD)
    session = vault_service.unlock(folder, ADMIN, NEW)
    actions = [r[0] for r in session.connection().execute("SELECT action FROM audit_log ORDER BY id")]
    assert "password_change" in actions
    session.lock()


def test_change_own_password_checks_old_and_policy(vault: tuple[Path, str]) -> None:
    folder, _ = vault
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    try:
        with pytest.raises((InvalidInput, WrongCredentials), match="current password"):
            users.change_own_password(session, "Yanlis-Parola-2026", NEW)
        with pytest.raises(PolicyViolation):
            users.change_own_password(session, PASSWORD, "sifre12345")
        with pytest.raises(InvalidInput):
            users.change_own_password(session, PASSWORD, PASSWORD)
    finally:
        session.lock()
    vault_service.unlock(folder, ADMIN, PASSWORD).lock()


def test_admin_reset_is_audited_and_forces_change(vault: tuple[Path, str]) -> None:
    folder, _ = vault
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    try:
        users.add_user(session, COUNSELOR, "Ayşe K.", frozenset({Role.COUNSELOR}), COUNSELOR_PW)
    finally:
        session.lock()
    # She signs in and sets her own password: the flag clears.
    s2 = vault_service.unlock(folder, COUNSELOR, COUNSELOR_PW)
    assert s2.user is not None and s2.user.must_change_password
    users.change_own_password(s2, COUNSELOR_PW, "Kendi-Parolam-2026")
    s2.lock()
    s2 = vault_service.unlock(folder, COUNSELOR, "Kendi-Parolam-2026")
    assert s2.user is not None and not s2.user.must_change_password
    s2.lock()
    # The admin resets it (she forgot it).
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    try:
        users.reset_password(session, COUNSELOR, "Gecici-Parola-2026")
        row = session.connection().execute(
            "SELECT user_id, target, details FROM audit_log WHERE action = 'password_reset'").fetchall()
        assert len(row) == 1
        assert row[0][0] == session.user_id and row[0][1] == COUNSELOR
        assert json.loads(row[0][2]) == {"by": "admin"}
    finally:
        session.lock()
    with pytest.raises(WrongCredentials):
        vault_service.unlock(folder, COUNSELOR, "Kendi-Parolam-2026")
    s2 = vault_service.unlock(folder, COUNSELOR, "Gecici-Parola-2026")
    assert s2.user is not None and s2.user.must_change_password
    s2.lock()


def test_disable_removes_slot_and_access(vault: tuple[Path, str]) -> None:
    folder, _ = vault
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    try:
        users.add_user(session, COUNSELOR, "Ayşe K.", frozenset({Role.COUNSELOR}), COUNSELOR_PW)
        assert kd_support.password_slot(kd_support.read_slots(folder), COUNSELOR)
        users.disable_user(session, COUNSELOR)
        assert all(s["username"] != COUNSELOR for s in kd_support.read_slots(folder)["slots"])
        row = repositories.find_user(session.connection(), COUNSELOR)
        assert row is not None and row.disabled
        with pytest.raises(InvalidInput):
            users.disable_user(session, COUNSELOR)
        with pytest.raises(InvalidInput):
            users.reset_password(session, COUNSELOR, "Gecici-Parola-2026")  # no slot comes back
        assert vault_service.verify_session(session).ok
    finally:
        session.lock()
    with pytest.raises(WrongCredentials):
        vault_service.unlock(folder, COUNSELOR, COUNSELOR_PW)


def test_last_admin_cannot_be_disabled_or_demoted(vault: tuple[Path, str]) -> None:
    folder, _ = vault
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    try:
        with pytest.raises(InvalidInput):
            users.disable_user(session, ADMIN)  # own account
        with pytest.raises(OwnRolesChange):  # nobody changes her own roles, the last admin least of all
            users.set_roles(session, ADMIN, frozenset({Role.SUPERVISOR}))
        users.add_user(session, "elif.y", "Elif Y.", frozenset({Role.ADMIN}), "Ikinci-Yonetici-2026")
    finally:
        session.lock()
    # Two admins: the second disables the first; now she is the last one and cannot be removed.
    s2 = vault_service.unlock(folder, "elif.y", "Ikinci-Yonetici-2026")
    try:
        users.change_own_password(s2, "Ikinci-Yonetici-2026", "Ikinci-Yonetici-Kendi-2026")
        users.disable_user(s2, ADMIN)
        with pytest.raises(OwnRolesChange):
            users.set_roles(s2, "elif.y", frozenset({Role.COUNSELOR}))
        admins = [u for u in users.list_users(s2) if Role.ADMIN in u.roles and not u.disabled]
        assert [u.username for u in admins] == ["elif.y"]
    finally:
        s2.lock()


def test_counselor_cannot_manage(vault: tuple[Path, str]) -> None:
    folder, _ = vault
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    users.add_user(session, COUNSELOR, "Ayşe K.", frozenset({Role.COUNSELOR}), COUNSELOR_PW)
    session.lock()
    s2 = vault_service.unlock(folder, COUNSELOR, COUNSELOR_PW)
    try:
        with pytest.raises(PermissionDenied):
            users.add_user(s2, "mert.b", "Mert B.", frozenset({Role.ADMIN}), "Baska-Parola-2026")
        with pytest.raises(PermissionDenied):
            users.reset_password(s2, ADMIN, "Baska-Parola-2026")
        with pytest.raises(PermissionDenied):
            users.disable_user(s2, ADMIN)
        with pytest.raises(PermissionDenied):
            users.regenerate_recovery_key(s2)
        with pytest.raises(PermissionDenied):
            settings.set_center_name(s2, "Başka Merkez")
        assert repositories.find_user(s2.connection(), "mert.b") is None
        assert kd_support.read_slots(folder)["slots"][-1]["username"] != "mert.b"
    finally:
        s2.lock()
    vault_service.unlock(folder, ADMIN, PASSWORD).lock()


def test_failed_add_user_leaves_no_slot(vault: tuple[Path, str]) -> None:
    folder, _ = vault
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    try:
        with pytest.raises(PolicyViolation):
            users.add_user(session, COUNSELOR, "Ayşe", frozenset({Role.COUNSELOR}), "parola123")
        with pytest.raises(InvalidInput):
            users.add_user(session, ADMIN, "again", frozenset({Role.COUNSELOR}), COUNSELOR_PW)
        with pytest.raises(InvalidInput):
            users.add_user(session, "Ayşe K", "bad name", frozenset({Role.COUNSELOR}), COUNSELOR_PW)
        assert {s["username"] for s in kd_support.read_slots(folder)["slots"]} == {None, ADMIN}
        assert vault_service.verify_session(session).ok
    finally:
        session.lock()
