"""`verify` fails on a vault older than, or diverged from, what the newest backup in the backup folder records
(issue 14 §4; this computer's note is the other witness, tests/unit/test_older_copy.py), unless
--accept-older; the message says which backup. Backups of another vault and edited manifests witness
nothing."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import kd_support
import pytest

from kadin_danisma.services import backups, paths, settings, vault_service

ADMIN, PASSWORD = kd_support.ADMIN, kd_support.PASSWORD


def forget_this_computer() -> None:
    """Only the backup witnesses: this computer's note of the vault is removed."""
    paths.seen_vaults_file().unlink(missing_ok=True)


def work(folder: Path, n: int) -> None:
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    for i in range(n):
        settings.set_center_name(session, f"Merkez {i} {folder.name}")
    session.lock()


def verify_cli(folder: Path, *extra: str) -> tuple[int, str]:
    proc = kd_support.run_cli(["verify", "--vault", str(folder), "--user", ADMIN, *extra], PASSWORD + "\n")
    assert "Traceback" not in proc.stderr
    return proc.returncode, proc.stdout


@pytest.fixture
def with_backup_folder(vault: tuple[Path, str], tmp_path: Path) -> tuple[Path, Path]:
    folder, _ = vault
    stick = tmp_path / "stick"
    stick.mkdir()
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    settings.set_backup_folder(session, str(stick))
    session.lock()
    return folder, stick


def test_older_than_the_newest_backup(with_backup_folder: tuple[Path, Path], tmp_path: Path) -> None:
    folder, stick = with_backup_folder
    old = tmp_path / "old"
    shutil.copytree(folder, old)
    work(folder, 3)
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    path, manifest = backups.backup_into_folder(session, stick)
    session.lock()
    shutil.rmtree(folder)
    shutil.copytree(old, folder)
    forget_this_computer()
    code, out = verify_cli(folder)
    assert code == 1
    line = next(x for x in out.splitlines() if "rollback" in x)
    assert line.startswith(f"FAIL rollback: the backup {path.name} holds audit entry "
                           f"{manifest['audit_head']['id']}, but this vault ends at entry")
    code, out = verify_cli(folder, "--accept-older")
    assert code == 0 and "ok   rollback: accepted as it is: the backup" in out


def test_diverged_from_the_newest_backup(with_backup_folder: tuple[Path, Path], tmp_path: Path) -> None:
    folder, stick = with_backup_folder
    old = tmp_path / "old"
    shutil.copytree(folder, old)
    work(folder, 2)
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    path, _ = backups.backup_into_folder(session, stick)
    session.lock()
    shutil.rmtree(folder)
    shutil.copytree(old, folder)
    forget_this_computer()
    work(folder, 6)  # other work on the old copy: it now reaches the backup's entry, with another history
    forget_this_computer()
    code, out = verify_cli(folder)
    assert code == 1
    assert f"FAIL rollback: the backup {path.name} has a different history at audit entry" in out


def test_the_current_vault_and_foreign_or_edited_backups_pass(with_backup_folder: tuple[Path, Path],
                                                              tmp_path: Path, new_vault) -> None:
    folder, stick = with_backup_folder
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    backups.backup_into_folder(session, stick)
    session.lock()
    work(folder, 1)
    assert verify_cli(folder)[0] == 0  # newer than its backup: fine
    # A backup of another vault, and one whose manifest was edited to claim a far newer head, witness nothing.
    other, _ = new_vault("other")
    work(other, 4)
    session = vault_service.unlock(other, ADMIN, PASSWORD)
    backups.backup_now(session, stick / "baska.kdbackup")
    session.lock()
    real = next(p for p in stick.iterdir() if p.name.startswith("kadin-danisma-"))
    forged = stick / "sahte.kdbackup"
    with zipfile.ZipFile(real) as src, zipfile.ZipFile(forged, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "manifest.json":
                manifest = json.loads(data)
                manifest["audit_head"]["id"] = 10_000
                data = json.dumps(manifest).encode()
            dst.writestr(info, data)
    (stick / "bozuk.kdbackup").write_bytes(b"PK\x03\x04 not a zip")
    forget_this_computer()
    code, out = verify_cli(folder)
    assert code == 0, out
