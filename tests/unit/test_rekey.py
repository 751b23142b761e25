"""Rekey and the key-pair slots (issue 14 §4): what a rekey changes and what it keeps, what it protects
against (a disabled colleague's copy of her old slot no longer opens the vault) and what it does not (old
backups keep the old key), one-time passwords for slots that cannot be re-wrapped, the refusal while another
program has the vault open, the upgrade of old-format slots at unlock, a database swapped in by someone
who can write the folder, interrupted rekeys settled at the next unlock, and the command line."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import kd_support
import pytest

from kadin_danisma.domain import recovery_code
from kadin_danisma.domain.errors import (
    InvalidRecoveryKey,
    KeyNotProven,
    KeySlotOutdated,
    PermissionDenied,
    VaultDamaged,
    VaultInUse,
    WrongCredentials,
)
from kadin_danisma.domain.roles import Role
from kadin_danisma.services import backups, rekey, users, vault_service
from kadin_danisma.vault import database, keyslots, slotcrypto
from kadin_danisma.vault.vault import Vault

ADMIN, PASSWORD = kd_support.ADMIN, kd_support.PASSWORD
AYSE, AYSE_PW = "ayse", "Mavi-Deniz-2026-x"
ELIF, ELIF_PW = "elif", "Yesil-Vadi-2026-x"
run = kd_support.run_cli


@pytest.fixture
def staffed(vault: tuple[Path, str]) -> tuple[Path, str]:
    """The vault with two counselors who have signed in once (their slots are key-pair slots)."""
    folder, recovery = vault
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    for name, pw in ((AYSE, AYSE_PW), (ELIF, ELIF_PW)):
        users.add_user(session, name, name.title(), frozenset({Role.COUNSELOR}), pw)
    session.lock()
    kd_support.clear_must_change(folder)
    return folder, recovery


def data_key(folder: Path, user: str = ADMIN, password: str = PASSWORD) -> bytes:
    vault, _ = Vault.unlock_with_password(folder, user, password, open_db=False)
    try:
        return vault.data_key_copy()
    finally:
        vault.close()


def opens(db: Path, key: bytes) -> bool:
    try:
        database.connect(db, key).close()
    except VaultDamaged:
        return False
    return True


def test_rekey_rewraps_every_slot_and_voids_the_old_key(staffed: tuple[Path, str], tmp_path: Path) -> None:
    folder, old_recovery = staffed
    old_key = data_key(folder)
    db_before = (folder / "vault.db").read_bytes()
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    try:
        head_before = session.connection().execute("SELECT max(id) FROM audit_log").fetchone()[0]
        outcome = rekey.rekey(session)
        assert outcome.one_time_passwords == {} and outcome.rewrapped == sorted([ADMIN, AYSE, ELIF])
        assert recovery_code.invalid_groups(outcome.recovery_key) == []
        # The same session goes on, on the new key, with the audit chain unbroken across the change.
        report = vault_service.verify_session(session)
        assert report.ok, report.checks
        row = session.connection().execute(
            "SELECT details FROM audit_log WHERE action = 'rekey' AND id > ?", (head_before,)).fetchone()
        details = json.loads(row[0])
        assert details == {"rewrapped": sorted([ADMIN, AYSE, ELIF]), "one_time_passwords": [], "dropped_slots": 0,
                           "recovery_key": "new"}
        assert outcome.recovery_key not in row[0]
        users.add_user(session, "zeynep", "Zeynep", frozenset({Role.COUNSELOR}), "Kirmizi-Gul-2026-x")
    finally:
        session.lock()
    new_key = data_key(folder)
    assert new_key != old_key
    assert opens(folder / "vault.db", new_key) and not opens(folder / "vault.db", old_key)
    db_after = (folder / "vault.db").read_bytes()
    page = 4096
    changed = sum(db_before[i:i + page] != db_after[i:i + page] for i in range(0, len(db_before), page))
    assert changed == len(db_before) // page  # every page re-encrypted
    for user, pw in ((AYSE, AYSE_PW), (ELIF, ELIF_PW), (ADMIN, PASSWORD), ("zeynep", "Kirmizi-Gul-2026-x")):
        vault_service.unlock(folder, user, pw).lock()  # nobody had to type anything new
    vault_service.unlock_with_recovery(folder, outcome.recovery_key).lock()
    with pytest.raises(InvalidRecoveryKey):
        vault_service.unlock_with_recovery(folder, old_recovery)
    assert kd_support.read_slots(folder)["key_id"] == slotcrypto.key_id(new_key)
    assert sorted(p.name for p in folder.iterdir()) == ["keyslots.json", "keyslots.json.lock",
                                                        "unlock-attempts.json", "vault.db"]


def test_a_disabled_colleagues_old_slot_opens_the_vault_until_a_rekey(staffed: tuple[Path, str],
                                                                      tmp_path: Path) -> None:
    """What a rekey protects: Elif kept a copy of the slot file; she is disabled. Without a rekey her copy
    still opens the current database (same data key); after one it does not."""
    folder, _ = staffed
    kept = tmp_path / "elifs-copy.json"
    shutil.copy(folder / "keyslots.json", kept)
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    users.disable_user(session, ELIF)

    def attack() -> bool:
        stolen = tmp_path / "attack"
        shutil.rmtree(stolen, ignore_errors=True)
        stolen.mkdir()
        shutil.copy(folder / "vault.db", stolen / "vault.db")
        shutil.copy(kept, stolen / "keyslots.json")
        try:
            vault, _ = Vault.unlock_with_password(stolen, ELIF, ELIF_PW)
        except (KeySlotOutdated, VaultDamaged):
            return False
        vault.close()
        return True

    session.vault.close_connections()
    assert attack(), "control: without a rekey her old slot still opens the current database"
    outcome = rekey.rekey(session)
    session.lock()
    assert outcome.dropped == 0 and ELIF not in outcome.rewrapped  # disabling already removed her slot
    assert not attack()
    with pytest.raises(WrongCredentials):
        vault_service.unlock(folder, ELIF, ELIF_PW)


def test_old_backups_keep_the_old_key(staffed: tuple[Path, str], tmp_path: Path) -> None:
    """What a rekey does not protect: a backup made before it opens with the passwords of that time."""
    folder, old_recovery = staffed
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    backups.backup_now(session, tmp_path / "eski.kdbackup")
    users.disable_user(session, ELIF)
    rekey.rekey(session)
    backups.backup_now(session, tmp_path / "yeni.kdbackup")
    session.lock()
    assert vault_service.verify_backup(tmp_path / "eski.kdbackup", ELIF, ELIF_PW).ok
    with pytest.raises(WrongCredentials):
        vault_service.verify_backup(tmp_path / "yeni.kdbackup", ELIF, ELIF_PW)
    assert vault_service.verify_backup(tmp_path / "yeni.kdbackup", AYSE, AYSE_PW).ok
    vault_service.restore_backup(tmp_path / "eski.kdbackup", tmp_path / "eski")
    vault_service.unlock_with_recovery(tmp_path / "eski", old_recovery).lock()


def test_old_format_slots_get_one_time_passwords(staffed: tuple[Path, str]) -> None:
    folder, recovery = staffed
    kd_support.make_legacy(folder, {ADMIN: PASSWORD.encode(), AYSE: AYSE_PW.encode(), ELIF: ELIF_PW.encode(),
                                    None: recovery_code.decode(recovery)})
    # Elif's slot is damaged beyond reading: she gets a one-time password too.
    data = kd_support.read_slots(folder)
    kd_support.password_slot(data, ELIF)["Oonce"] = kd_support.password_slot(data, ELIF).pop("nonce")
    kd_support.write_slots(folder, data)
    session = vault_service.unlock(folder, ADMIN, PASSWORD)  # her own slot is upgraded at this unlock
    try:
        assert kd_support.password_slot(kd_support.read_slots(folder), ADMIN)["version"] == 2
        outcome = rekey.rekey(session)
    finally:
        session.lock()
    assert sorted(outcome.one_time_passwords) == [AYSE, ELIF] and outcome.rewrapped == [ADMIN]
    with pytest.raises(WrongCredentials):
        vault_service.unlock(folder, AYSE, AYSE_PW)
    for name in (AYSE, ELIF):
        one_time = outcome.one_time_passwords[name]
        assert len(one_time) == 23 and one_time.count("-") == 3
        session = vault_service.unlock(folder, name, one_time)
        assert session.user is not None and session.user.must_change_password
        session.lock()
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    report = vault_service.verify_session(session)
    session.lock()
    assert report.ok, report.checks  # the damaged entry went with the rekey
    with pytest.raises(InvalidRecoveryKey):
        vault_service.unlock_with_recovery(folder, recovery)


def test_old_format_slots_are_upgraded_at_unlock(staffed: tuple[Path, str]) -> None:
    folder, recovery = staffed
    kd_support.make_legacy(folder, {ADMIN: PASSWORD.encode(), AYSE: AYSE_PW.encode(),
                                    None: recovery_code.decode(recovery)})
    before = kd_support.read_slots(folder)
    assert before["format"] == 1 and all("version" not in s for s in before["slots"])
    vault_service.unlock(folder, AYSE, AYSE_PW).lock()
    after = kd_support.read_slots(folder)
    mine = kd_support.password_slot(after, AYSE)
    assert after["format"] == 2 and mine["version"] == 2 and len(after["key_id"]) == 32
    old = kd_support.password_slot(before, AYSE)
    assert (mine["salt"], mine["kdf"], mine["slot_id"]) == (old["salt"], old["kdf"], old["slot_id"])
    untouched = {k: v for k, v in kd_support.password_slot(before, ADMIN).items()
                 if k not in ("failed_attempts", "last_failure")}  # old counters are no longer kept in slots
    assert kd_support.password_slot(after, ADMIN) == untouched
    for _ in range(2):
        vault_service.unlock(folder, AYSE, AYSE_PW).lock()
        vault_service.unlock(folder, ADMIN, PASSWORD).lock()
        vault_service.unlock_with_recovery(folder, recovery).lock()
    assert all(s["version"] == 2 for s in kd_support.read_slots(folder)["slots"])


def test_a_swapped_database_does_not_open_with_her_password(staffed: tuple[Path, str], tmp_path: Path) -> None:
    """Someone who can write the folder but holds no key builds a database of their own, under a key they
    wrapped to her public key (anyone can), with this vault's id. Her password must not open it."""
    folder, _ = staffed
    fake_folder, _ = kd_support.create_vault(tmp_path / "fake")
    fake_key = data_key(fake_folder)
    real = kd_support.read_slots(folder)
    conn = database.connect(fake_folder / "vault.db", fake_key)
    conn.execute("UPDATE settings SET value = ? WHERE key = 'vault_id'", (real["vault_id"],))
    conn.close()
    shutil.copy(fake_folder / "vault.db", folder / "vault.db")
    slots = keyslots.KeySlotFile.parse(folder / "keyslots.json", (folder / "keyslots.json").read_bytes())
    mine = slots.password_slot(AYSE)
    assert mine is not None
    mine.envelope = slotcrypto.wrap_to(mine.public_key, fake_key, mine.envelope_meta(slots.vault_id))
    slots.key_id = slotcrypto.key_id(fake_key)
    slots.save()
    with pytest.raises(VaultDamaged, match="may have been replaced"):
        vault_service.unlock(folder, AYSE, AYSE_PW)


def test_rekey_is_refused_while_another_program_has_the_vault_open(staffed: tuple[Path, str]) -> None:
    folder, _ = staffed
    other = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\nfrom kadin_danisma.services import vault_service\n"
         "s = vault_service.unlock(sys.argv[1], sys.argv[2], sys.argv[3]); print('open', flush=True)\n"
         "sys.stdin.readline(); s.lock()", str(folder), AYSE, AYSE_PW],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert other.stdout is not None and other.stdin is not None
    assert other.stdout.readline().strip() == "open"
    slots_before = (folder / "keyslots.json").read_bytes()
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    try:
        with pytest.raises(VaultInUse, match="open in another program"):
            rekey.rekey(session)
        assert (folder / "keyslots.json").read_bytes() == slots_before
        assert vault_service.verify_session(session).ok  # the session goes on as before
    finally:
        session.lock()
        other.stdin.write("\n")
        other.stdin.close()
        other.wait(timeout=60)
    vault_service.unlock(folder, AYSE, AYSE_PW).lock()


def test_only_a_signed_in_admin_may_rekey(staffed: tuple[Path, str]) -> None:
    folder, recovery = staffed
    for session in (vault_service.unlock(folder, AYSE, AYSE_PW), vault_service.unlock_with_recovery(folder, recovery)):
        try:
            with pytest.raises(PermissionDenied):
                rekey.rekey(session)
        finally:
            session.lock()


class _Killed(BaseException):
    pass


@pytest.mark.parametrize("step,settled", [("pending", "before"), ("switched", "after"), ("audited", "after"),
                                          ("checkpointed", "after")])
def test_an_interrupted_rekey_is_settled_at_the_next_unlock(staffed: tuple[Path, str], step: str,
                                                            settled: str) -> None:
    folder, recovery = staffed
    old_key = data_key(folder)
    session = vault_service.unlock(folder, ADMIN, PASSWORD)

    def stop(name: str) -> None:
        if name == step:
            raise _Killed

    with pytest.raises(_Killed):
        rekey.rekey(session, step=stop)
    session.vault.close()  # as a kill would leave it: no lock entry, no note
    assert kd_support.read_slots(folder)["rekey"]["key_id"] != slotcrypto.key_id(old_key)
    colleague = vault_service.unlock(folder, AYSE, AYSE_PW)  # any re-wrapped account settles it
    try:
        rows = colleague.connection().execute(
            "SELECT details FROM audit_log WHERE action = 'rekey_interrupted'").fetchall()
        assert [json.loads(r[0]) for r in rows] == [{"settled": settled}]
        assert vault_service.verify_session(colleague).ok
    finally:
        colleague.lock()
    assert "rekey" not in kd_support.read_slots(folder)
    assert (data_key(folder) == old_key) == (settled == "before")
    vault_service.unlock_with_recovery(folder, recovery).lock()  # the recovery key nobody saw is not needed
    vault_service.unlock(folder, ELIF, ELIF_PW).lock()


def test_a_rekey_killed_after_its_promotion_leaves_a_database_file_all_under_the_new_key(
        staffed: tuple[Path, str]) -> None:
    """Found by the kill loop: the log was checkpointed only after the promotion, so a kill in between left
    old-key pages in the file (the log had the new ones) and verify's page check, which reads the file,
    called the vault damaged. The checkpoint now comes first."""
    folder, _ = staffed
    script = ("import os, sys\nfrom kadin_danisma.services import rekey, vault_service\n"
              "s = vault_service.unlock(sys.argv[1], sys.argv[2], sys.argv[3])\n"
              "rekey.rekey(s, step=lambda name: os._exit(9) if name == 'promoted' else None)\n")
    proc = subprocess.run([sys.executable, "-c", script, str(folder), ADMIN, PASSWORD], check=False, timeout=120)
    assert proc.returncode == 9  # ended at once, as a kill would: nothing closed, nothing checkpointed after
    assert "rekey" not in kd_support.read_slots(folder)
    conn = database.connect(folder / "vault.db", data_key(folder))
    try:
        assert database.integrity_problems(conn) == []
    finally:
        conn.close()


def test_a_new_slot_that_does_not_read_back_is_not_reported_done(staffed: tuple[Path, str],
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The slot file read back after a change must open the data key with the new secret; otherwise the
    file is put back as it was and the change (a reset, a new recovery key) is not reported done."""
    folder, recovery = staffed
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    before = (folder / "keyslots.json").read_bytes()
    real_load = keyslots.KeySlotFile.load.__func__  # type: ignore[attr-defined]

    def bad_disk(cls: type, path: Path) -> keyslots.KeySlotFile:
        loaded = real_load(cls, path)
        for slot in loaded.slots:  # the disk gives back another envelope for every slot
            slot.envelope = slotcrypto.wrap_to(slot.public_key, b"\x01" * 32, slot.envelope_meta(loaded.vault_id))
        return loaded

    try:
        monkeypatch.setattr(keyslots.KeySlotFile, "load", classmethod(bad_disk))
        with pytest.raises(KeyNotProven):
            users.reset_password(session, AYSE, "Yeni-Parola-2026-x", must_change=False)
        with pytest.raises(KeyNotProven):
            users.regenerate_recovery_key(session)
        monkeypatch.undo()
        assert (folder / "keyslots.json").read_bytes() == before
    finally:
        session.lock()
    vault_service.unlock(folder, AYSE, AYSE_PW).lock()
    vault_service.unlock_with_recovery(folder, recovery).lock()


def test_a_pre_rekey_copy_put_back_is_still_noticed(staffed: tuple[Path, str], tmp_path: Path) -> None:
    """The note this computer keeps is keyed from the vault's subkey root, which a rekey keeps: a copy of the
    folder from before the rekey, put back, is still reported as older."""
    folder, _ = staffed
    old = tmp_path / "before-rekey"
    shutil.copytree(folder, old)
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    rekey.rekey(session)
    session.lock()
    shutil.rmtree(folder)
    shutil.copytree(old, folder)
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    try:
        assert session.older_copy is not None and session.older_copy.kind == "older"
        assert not vault_service.verify_session(session).ok
    finally:
        session.lock()


def test_command_line_rekey(staffed: tuple[Path, str]) -> None:
    folder, old_recovery = staffed
    proc = run(["users", "disable", "--vault", str(folder), "--user", ADMIN, ELIF], PASSWORD + "\n")
    assert proc.returncode == 0 and "kadin-danisma rekey --vault" in proc.stdout, proc.stderr
    kd_support.make_legacy(folder, {ADMIN: PASSWORD.encode(), AYSE: AYSE_PW.encode(),
                                    None: recovery_code.decode(old_recovery)})
    proc = run(["rekey", "--vault", str(folder), "--user", ADMIN], PASSWORD + "\n")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == "the vault's key was changed: 1 account(s) keep their password"
    assert lines[1].startswith("NEW RECOVERY KEY")
    new_recovery = lines[2]
    assert lines[3].startswith("ONE-TIME PASSWORDS")
    name, one_time = lines[4].split("\t")
    assert name == AYSE and len(lines) == 5
    vault_service.unlock_with_recovery(folder, new_recovery).lock()
    session = vault_service.unlock(folder, AYSE, one_time)
    assert session.user is not None and session.user.must_change_password
    session.lock()
    # She is no admin (and must first choose her own password): refused in one line, nothing changed.
    before = kd_support.read_slots(folder)
    proc = run(["rekey", "--vault", str(folder), "--user", AYSE], one_time + "\n")
    assert proc.returncode == 1 and proc.stderr.count("\n") == 1, proc.stderr
    assert "must change your password" in proc.stderr or "permission" in proc.stderr
    assert kd_support.read_slots(folder) == before
