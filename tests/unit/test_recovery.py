"""The recovery key: unlocks alone, typos caught before any KDF, regeneration voids the old key, and a
recovery session can give an admin a new password."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import kd_support
import pytest

from kadin_danisma.domain.errors import InvalidRecoveryKey, PermissionDenied, WrongCredentials
from kadin_danisma.domain.roles import Role
from kadin_danisma.services import settings, users, vault_service
from kadin_danisma.vault import kdf

ADMIN, PASSWORD = kd_support.ADMIN, kd_support.PASSWORD


@pytest.fixture
def derive_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = kdf.derive

    def recording(secret: bytes, salt: bytes, params: kdf.KdfParams) -> bytes:
        calls.append(1)
        return real(secret, salt, params)

    monkeypatch.setattr(kdf, "derive", recording)
    return calls


def test_recovery_key_alone_unlocks_a_copy_without_password_slots(vault: tuple[Path, str], tmp_path: Path) -> None:
    folder, recovery = vault
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    users.add_user(session, "ayse.k", "Ayşe K.", frozenset({Role.COUNSELOR}), "Mavi-Deniz-2026")
    settings.set_center_name(session, "Kurtarma Testi Merkezi")
    session.lock()
    copy = tmp_path / "copy"
    shutil.copytree(folder, copy)
    data = kd_support.read_slots(copy)
    data["slots"] = [s for s in data["slots"] if s["kind"] != "password"]
    assert len(data["slots"]) == 1
    kd_support.write_slots(copy, data)
    for user, pw in ((ADMIN, PASSWORD), ("ayse.k", "Mavi-Deniz-2026")):
        with pytest.raises(WrongCredentials):
            vault_service.unlock(copy, user, pw)
    rs = vault_service.unlock_with_recovery(copy, recovery)
    try:
        assert rs.is_recovery
        assert settings.center_name(rs) == "Kurtarma Testi Merkezi"
        assert {u.username for u in users.list_users(rs)} == {ADMIN, "ayse.k"}
        last = rs.connection().execute("SELECT user_id, action FROM audit_log ORDER BY id DESC").fetchone()
        assert last == (None, "recovery_unlock")
    finally:
        rs.lock()
    vault_service.unlock(folder, ADMIN, PASSWORD).lock()  # the original is untouched


@pytest.mark.parametrize("group", range(8))
def test_mistyped_group_caught_before_any_kdf(vault: tuple[Path, str], derive_calls: list[int], group: int) -> None:
    folder, recovery = vault
    groups = recovery.split("-")
    digit = groups[group][3]
    groups[group] = groups[group][:3] + str((int(digit) + 1) % 10) + groups[group][4:]
    before = (folder / "keyslots.json").read_bytes()
    with pytest.raises(InvalidRecoveryKey) as info:
        vault_service.unlock_with_recovery(folder, "-".join(groups))
    assert str(group + 1) in str(info.value)
    assert derive_calls == []
    assert (folder / "keyslots.json").read_bytes() == before


def test_wrong_but_well_formed_key_refused(vault: tuple[Path, str], derive_calls: list[int]) -> None:
    folder, recovery = vault
    other = "-".join(["000011"] * 8)
    assert other != recovery
    with pytest.raises(InvalidRecoveryKey):
        vault_service.unlock_with_recovery(folder, other)
    assert len(derive_calls) == 1  # this one needed the KDF to be found wrong


def test_recovery_key_typed_with_spaces(vault: tuple[Path, str]) -> None:
    folder, recovery = vault
    vault_service.unlock_with_recovery(folder, " " + recovery.replace("-", " ") + " \n").lock()


def test_regenerated_key_voids_the_old_one(vault: tuple[Path, str]) -> None:
    folder, old = vault
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    try:
        new = users.regenerate_recovery_key(session)
        assert new != old
        actions = [r[0] for r in session.connection().execute("SELECT action FROM audit_log")]
        assert "recovery_key_regenerate" in actions
    finally:
        session.lock()
    assert [s["kind"] for s in kd_support.read_slots(folder)["slots"]].count("recovery") == 1
    with pytest.raises(InvalidRecoveryKey):
        vault_service.unlock_with_recovery(folder, old)
    rs = vault_service.unlock_with_recovery(folder, new)
    # A recovery session may regenerate too; then `new` is void as well.
    newer = users.regenerate_recovery_key(rs)
    rs.lock()
    with pytest.raises(InvalidRecoveryKey):
        vault_service.unlock_with_recovery(folder, new)
    vault_service.unlock_with_recovery(folder, newer).lock()


def test_recovery_session_resets_admin_password(vault: tuple[Path, str]) -> None:
    folder, recovery = vault
    rs = vault_service.unlock_with_recovery(folder, recovery)
    try:
        with pytest.raises(PermissionDenied):
            users.add_user(rs, "mert.b", "Mert B.", frozenset({Role.ADMIN}), "Baska-Parola-2026")
        with pytest.raises(PermissionDenied):
            settings.set_center_name(rs, "Başka")
        users.reset_password(rs, ADMIN, "Kurtarilan-Parola-2026", must_change=False)
        row = rs.connection().execute(
            "SELECT user_id, target, details FROM audit_log WHERE action = 'password_reset'").fetchone()
        assert row[0] is None and row[1] == ADMIN and json.loads(row[2]) == {"by": "recovery_key"}
    finally:
        rs.lock()
    with pytest.raises(WrongCredentials):
        vault_service.unlock(folder, ADMIN, PASSWORD)
    session = vault_service.unlock(folder, ADMIN, "Kurtarilan-Parola-2026")
    try:
        assert session.user is not None and Role.ADMIN in session.user.roles
        assert vault_service.verify_session(session).ok
    finally:
        session.lock()


def test_recovery_reset_restores_a_deleted_slot(vault: tuple[Path, str], tmp_path: Path) -> None:
    folder, recovery = vault
    data = kd_support.read_slots(folder)
    data["slots"] = [s for s in data["slots"] if s["kind"] != "password"]
    kd_support.write_slots(folder, data)
    rs = vault_service.unlock_with_recovery(folder, recovery)
    users.reset_password(rs, ADMIN, "Kurtarilan-Parola-2026")
    rs.lock()
    vault_service.unlock(folder, ADMIN, "Kurtarilan-Parola-2026").lock()
