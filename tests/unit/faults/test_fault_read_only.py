"""A vault on a read-only drive (a tmpfs remounted read-only: as root, chmod would not stop writes).

Decided behaviour: the vault is not opened, with "the vault folder is read-only" (VaultReadOnly; the GUI
shows its translated "The vault folder is read-only."), before any key derivation, for a right or a wrong
password and for the recovery key. Opening it read-only for viewing was rejected: every opening and every
case view must be written to the vault's audit log, and failed attempts must be counted, so a vault that
cannot be written would allow unlogged, unthrottled access. On the command line: one line, exit 1. Not a
byte or a modification time changes; made writable again, the vault opens with everything in it.
A backup on a read-only stick still verifies and restores (into a writable folder), and a backup *to* a
write-protected stick is a one-line message, not a crash."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import kd_support
import mounts
import pytest

from kadin_danisma.domain import records as r
from kadin_danisma.domain.errors import UserFacingError, VaultReadOnly
from kadin_danisma.gui.base.messages import error_text
from kadin_danisma.services import backups, cases, notes, vault_service

COUNSELOR, PASSWORD = "ayse", kd_support.PASSWORD


def snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    return {p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in folder.iterdir()}


@pytest.mark.faults
def test_vault_on_a_read_only_drive(team: kd_support.Team, tmp_path: Path, fault_log) -> None:
    folder_rw = team.folder
    ayse = team.login(COUNSELOR)
    case_id = cases.create_case(ayse, r.Client(full_name="Salt Okunur Zehra"),
                                r.Intake("2026-03-01", "walk_in", violence_types=["psychological"]))
    body = "salt okunur sürücüdeki not ğüşıöç"
    note_id = notes.add_note(ayse, case_id, r.Note("phone_call", "2026-03-02", body))
    ayse.lock()
    admin = team.login(kd_support.ADMIN)
    backup_file = tmp_path / "yedek.kdbackup"
    backups.backup_now(admin, backup_file)
    admin.lock()

    attempts = 0
    with mounts.tmpfs(tmp_path / "ro", "8m") as drive:
        folder = drive / "vault"
        shutil.copytree(folder_rw, folder)
        shutil.copy2(backup_file, drive / backup_file.name)
        mounts.remount(drive, "ro")
        before = snapshot(folder)
        with pytest.raises(OSError):
            (folder / "probe").write_bytes(b"x")  # the drive really refuses writes, even to root

        for user, password in ((COUNSELOR, PASSWORD), (COUNSELOR, "Yanlis-Parola-2026"), ("yok", PASSWORD)):
            with pytest.raises(VaultReadOnly) as caught:
                vault_service.unlock(folder, user, password)
            assert str(caught.value) == "the vault folder is read-only" and caught.value.code == "vault_read_only"
            assert error_text(caught.value) == "The vault folder is read-only."  # what the unlock screen shows
            attempts += 1
        with pytest.raises(VaultReadOnly):
            vault_service.unlock_with_recovery(folder, "000000-" * 7 + "000000")
        attempts += 1
        for args in (["users", "list", "--vault", str(folder), "--user", COUNSELOR],
                     ["verify", "--vault", str(folder), "--user", COUNSELOR],
                     ["export", "--plaintext", "--vault", str(folder), "--user", COUNSELOR, "--case", str(case_id),
                      "--out", str(tmp_path / "disari.json")],
                     ["backup", "--vault", str(folder), "--user", kd_support.ADMIN, "--out",
                      str(tmp_path / "b.kdbackup")]):
            proc = kd_support.run_cli(args, PASSWORD + "\n")
            assert (proc.returncode, proc.stdout, proc.stderr) == (
                1, "", "kadin-danisma: error: the vault folder is read-only\n"), args
            attempts += 1
        assert snapshot(folder) == before, "bytes or modification times changed on the read-only drive"
        assert sorted(os.listdir(folder)) == ["keyslots.json", "keyslots.json.lock", "vault.db"], \
            "no -wal/-shm could appear"

        # A backup kept on a write-protected stick can still be checked and restored elsewhere.
        stick_backup = drive / backup_file.name
        assert vault_service.verify_backup(stick_backup, COUNSELOR, PASSWORD).ok
        restored = tmp_path / "restored"
        vault_service.restore_backup(stick_backup, restored)
        session = vault_service.unlock(restored, COUNSELOR, PASSWORD)
        try:
            assert [n.body for n in cases.open_case(session, case_id).notes] == [body]
        finally:
            session.lock()

        # Backing up *onto* the write-protected stick: one clear line, nothing written, the vault fine.
        admin = vault_service.unlock(folder_rw, kd_support.ADMIN, PASSWORD)
        try:
            with pytest.raises(UserFacingError) as caught:
                backups.backup_into_folder(admin, drive)
            assert "read-only" in str(caught.value) and "nothing was written" in str(caught.value)
            assert vault_service.verify_session(admin, accept_older=True).ok
        finally:
            admin.lock()
        proc = kd_support.run_cli(["backup", "--vault", str(folder_rw), "--user", kd_support.ADMIN, "--out",
                                   str(drive / "yeni.kdbackup")], PASSWORD + "\n")
        # (A warning line may come first: the restored copy above shares this vault's id, with a shorter history.)
        assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
        assert proc.stderr.splitlines()[-1] == \
            "kadin-danisma: error: the drive is read-only (write-protected); nothing was written there", proc.stderr
        attempts += 2

        # Writable again: everything is there, and it opens as usual.
        mounts.remount(drive, "rw")
        session = vault_service.unlock(folder, COUNSELOR, PASSWORD)
        try:
            assert vault_service.verify_session(session, accept_older=True).ok
            record = cases.open_case(session, case_id)
            assert [(n.id, n.body) for n in record.notes] == [(note_id, body)]
        finally:
            session.lock()
    fault_log.record("read-only vault folder", iterations=1, faults=attempts, rows_verified=1,
                     note="refused before key derivation with 'the vault folder is read-only' (service, GUI "
                          "text, CLI one line exit 1); no byte or mtime changed; a backup on the read-only "
                          "stick verifies and restores; a backup onto it is a one-line message")
