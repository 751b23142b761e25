"""A backup file built to hurt is refused before anything is unpacked: a member deflated (a 2 GiB manifest in
a 2 MB file), named twice, larger than the manifest says or overlapping another, an oversized manifest or
central directory, a comment; too little free space says how much is needed. Restore always leaves a
private folder (0700) and private files (0600). The note a restore leaves for the next unlock is checked
like any input."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import tracemalloc
import zipfile
from pathlib import Path
from typing import Any

import backup_craft as craft
import kd_support
import pytest

from kadin_danisma.domain.errors import BackupInvalid, BackupMalformed, NotEnoughSpace, VaultExists
from kadin_danisma.services import backups, vault_service
from kadin_danisma.vault import backup, backup_reader, repositories
from kadin_danisma.vault.vault import Vault

ADMIN, PASSWORD = kd_support.ADMIN, kd_support.PASSWORD


@pytest.fixture
def good_backup(vault: tuple[Path, str], tmp_path: Path) -> Path:
    folder, _ = vault
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    try:
        backups.backup_now(session, tmp_path / "good.kdbak")
    finally:
        session.lock()
    return tmp_path / "good.kdbak"


def _bomb(good_backup: Path, tmp_path: Path) -> tuple[Path, bytes, int]:
    """The good backup with its manifest deflated and followed by 2 GiB of spaces: (path, manifest, size)."""
    parts = craft.members(good_backup)
    stream, size, crc = craft.deflated_spaces(parts[backup.MANIFEST_NAME], gib=2)
    hostile = tmp_path / "bomb.kdbak"
    craft.write_zip(hostile, [craft.Entry(backup.DB_NAME, parts[backup.DB_NAME]),
                              craft.Entry(backup.SLOTS_NAME, parts[backup.SLOTS_NAME]),
                              craft.Entry(backup.MANIFEST_NAME, stream, zipfile.ZIP_DEFLATED, size, crc)])
    return hostile, parts[backup.MANIFEST_NAME], size


def _refused(path: Path, error: type[Exception] = BackupMalformed) -> str:
    with pytest.raises(error) as caught:
        vault_service.verify_backup(path, ADMIN, PASSWORD)
    return str(caught.value)


def test_a_deflated_two_gib_manifest_is_refused_unread_with_little_memory(
        good_backup: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The old reader inflated it (4.25 GB at its peak) and then verified the backup: JSON ignores the
    padding and the MAC is over the canonical form. Now the compressed member is refused before it is
    opened, and the whole refusal stays under a megabyte of memory."""
    hostile, manifest, size = _bomb(good_backup, tmp_path)
    assert hostile.stat().st_size < 8 * 2**20 and size > 2 * 2**30
    with zipfile.ZipFile(hostile) as zf:  # a well-formed ZIP: the refusal is ours, not zipfile's
        assert zf.getinfo(backup.MANIFEST_NAME).file_size == size
        with zf.open(backup.MANIFEST_NAME) as member:  # and it inflates to the real manifest, then spaces
            assert member.read(len(manifest) + 4096).rstrip(b" ") == manifest

    opened: list[str] = []
    real_open = zipfile.ZipFile.open

    def spy(self: zipfile.ZipFile, name: Any, *args: Any, **kwargs: Any) -> Any:
        opened.append(name if isinstance(name, str) else name.filename)
        return real_open(self, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", spy)
    tracemalloc.start()
    try:
        message = _refused(hostile)
        restore_target = tmp_path / "restored"
        with pytest.raises(BackupMalformed):
            vault_service.restore_backup(hostile, restore_target)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "compressed" in message
    assert opened == []  # no member was even opened
    assert peak < 2**20, peak
    assert not restore_target.exists()


def test_the_command_line_says_one_line_and_exits_1_with_low_memory(good_backup: Path, tmp_path: Path) -> None:
    hostile, _, _ = _bomb(good_backup, tmp_path)
    # The command itself, then the child's peak resident memory (VmHWM: counted from its exec, unlike
    # getrusage, which includes the pytest process it was forked from).
    probe = ("import sys; from kadin_danisma.__main__ import main; code = main(sys.argv[1:]); "
             "print([l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')][0]); "
             "sys.exit(code)")
    done = subprocess.run([sys.executable, "-c", probe, "verify", "--backup", str(hostile), "--user", ADMIN],
                          input=PASSWORD + "\n", capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 1, done.stderr
    assert done.stderr.count("\n") == 1 and "compressed" in done.stderr and "Traceback" not in done.stderr
    peak_kib = int(done.stdout.split()[-1])
    assert peak_kib < 150 * 1024  # Python and its libraries; nothing was inflated


@pytest.mark.parametrize("case", ["duplicate", "comment", "encrypted_flag", "overlap", "size_claims_more",
                                  "manifest_over_64k", "many_entries", "size_differs_from_manifest",
                                  "slots_deflated"])
def test_malformed_structures_are_refused_before_unpacking(good_backup: Path, tmp_path: Path, case: str,
                                                           isolated_env: kd_support.Env) -> None:
    parts = craft.members(good_backup)
    entries = craft.stored(parts)
    comment = b""
    manifest = json.loads(parts[backup.MANIFEST_NAME])
    if case == "duplicate":
        entries.append(craft.Entry(backup.MANIFEST_NAME, parts[backup.MANIFEST_NAME]))
        entries.pop(0)  # three entries in the directory, one name twice
    elif case == "comment":
        comment = b"hello"
    elif case == "encrypted_flag":
        entries[0].flags = 0x1
    elif case == "overlap":
        entries[2].offset_shift = -10
    elif case == "size_claims_more":
        entries[0].size = len(entries[0].data) + 1
    elif case == "manifest_over_64k":
        padded = parts[backup.MANIFEST_NAME] + b" " * (64 * 1024)
        entries = [e if e.name != backup.MANIFEST_NAME else craft.Entry(e.name, padded) for e in entries]
    elif case == "many_entries":
        entries += [craft.Entry(f"x{i}", b"") for i in range(2000)]
    elif case == "size_differs_from_manifest":
        manifest["sizes"][backup.DB_NAME] += 4096
        entries = [e if e.name != backup.MANIFEST_NAME else craft.Entry(e.name, json.dumps(manifest).encode())
                   for e in entries]
    elif case == "slots_deflated":
        import zlib

        packer = zlib.compressobj(9, zlib.DEFLATED, -15)
        data = packer.compress(parts[backup.SLOTS_NAME]) + packer.flush()
        entries = [e if e.name != backup.SLOTS_NAME else
                   craft.Entry(e.name, data, zipfile.ZIP_DEFLATED, len(parts[backup.SLOTS_NAME]),
                               zlib.crc32(parts[backup.SLOTS_NAME])) for e in entries]
    hostile = tmp_path / f"{case}.kdbak"
    craft.write_zip(hostile, entries, comment)
    # A comment moves the end record from where ours always is: not a backup of ours at all.
    message = _refused(hostile, BackupInvalid if case == "comment" else BackupMalformed)
    assert "backup" in message
    with pytest.raises(BackupInvalid):
        vault_service.restore_backup(hostile, tmp_path / "restored")
    assert not (tmp_path / "restored").exists()
    assert list(isolated_env.tmp.iterdir()) == []  # verify's work folder is gone


def test_too_little_free_space_is_said_before_unpacking(good_backup: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch,
                                                        isolated_env: kd_support.Env) -> None:
    import shutil

    real = shutil.disk_usage
    monkeypatch.setattr(backup_reader.shutil, "disk_usage",
                        lambda p: real(p)._replace(free=5 * 2**20))
    with pytest.raises(NotEnoughSpace) as caught:
        vault_service.verify_backup(good_backup, ADMIN, PASSWORD)
    assert caught.value.code == "not_enough_space" and "MiB" in str(caught.value)
    assert list(isolated_env.tmp.iterdir()) == []
    target = tmp_path / "restored"
    with pytest.raises(NotEnoughSpace):
        vault_service.restore_backup(good_backup, target)
    assert not target.exists()


def test_a_backup_made_before_sizes_were_recorded_still_verifies(good_backup: Path,
                                                                   vault: tuple[Path, str]) -> None:
    """Older backups carry no `sizes`; their members are bounded by the directory and the checksums."""
    key_vault, _ = Vault.unlock_with_password(vault[0], ADMIN, PASSWORD, open_db=False)
    try:
        craft.resign(good_backup, key_vault, manifest=lambda m: m.pop("sizes"))
    finally:
        key_vault.close()
    assert "sizes" not in craft.manifest_of(good_backup)
    assert vault_service.verify_backup(good_backup, ADMIN, PASSWORD).ok


# -- restore leaves private modes -----------------------------------------------------------------------

def _modes(folder: Path) -> dict[str, int]:
    return {p.name: stat.S_IMODE(p.stat().st_mode) for p in [folder, *folder.iterdir()]}


@pytest.mark.parametrize("existing_mode", [None, 0o755, 0o777, 0o711])
def test_restore_leaves_0700_and_0600_whatever_the_folder_and_umask(good_backup: Path, tmp_path: Path,
                                                                     existing_mode: int | None) -> None:
    target = tmp_path / "yeni"
    old_umask = os.umask(0)  # the loosest umask: modes must come from restore itself
    try:
        if existing_mode is not None:
            target.mkdir()
            os.chmod(target, existing_mode)
        vault_service.restore_backup(good_backup, target)
    finally:
        os.umask(old_umask)
    modes = _modes(target)
    assert modes == {"yeni": 0o700, "vault.db": 0o600, "keyslots.json": 0o600, "restored.json": 0o600}
    session = vault_service.unlock(target, ADMIN, PASSWORD)
    session.lock()
    assert all(m & 0o077 == 0 for m in _modes(target).values())


def test_restore_never_writes_through_a_symlinked_folder(good_backup: Path, tmp_path: Path) -> None:
    real = tmp_path / "elsewhere"
    real.mkdir()
    link = tmp_path / "link"
    link.symlink_to(real)
    with pytest.raises(VaultExists):
        vault_service.restore_backup(good_backup, link)
    assert list(real.iterdir()) == []


# -- the note restore leaves ---------------------------------------------------------------------------

HOSTILE_MARKERS: dict[str, Any] = {
    "not json": b"{not json",
    "a list": b"[]",
    "extra field": json.dumps({"backup_created_at": "x", "audit_head": {"id": 1, "hash": "0" * 64},
                               "restored_at": "y", "action": "unlock"}).encode(),
    "session arguments": json.dumps({"conn": 1, "action": 2, "target": 3}).encode(),
    "wrong types": json.dumps({"backup_created_at": 5, "audit_head": "x", "restored_at": []}).encode(),
    "lone surrogate": b'{"backup_created_at": "\\ud800", "audit_head": {"id": 1, "hash": "' + b"0" * 64
                      + b'"}, "restored_at": "y"}',
    "huge number": b'{"backup_created_at": "x", "audit_head": {"id": ' + b"9" * 4400 + b', "hash": "'
                   + b"0" * 64 + b'"}, "restored_at": "y"}',
    "deep nesting": b"[" * 5000 + b"]" * 5000,
    "oversized": b'{"backup_created_at": "' + b"a" * 100_000 + b'"}',
    "control characters": json.dumps({"backup_created_at": "\x1b[31m", "audit_head": {"id": 1, "hash": "0" * 64},
                                      "restored_at": "y"}).encode(),
}


@pytest.mark.parametrize("kind", [*HOSTILE_MARKERS, "symlink", "fifo", "directory"])
def test_a_damaged_or_planted_restore_note_neither_stops_the_unlock_nor_reaches_the_log(
        vault: tuple[Path, str], tmp_path: Path, kind: str) -> None:
    folder, _ = vault
    marker = folder / "restored.json"
    if kind == "symlink":
        (tmp_path / "target.json").write_text("{}")
        marker.symlink_to(tmp_path / "target.json")
    elif kind == "fifo":
        os.mkfifo(marker)  # a plain open() would wait for a writer forever
    elif kind == "directory":
        marker.mkdir()
    else:
        marker.write_bytes(HOSTILE_MARKERS[kind])
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    try:
        details = [json.loads(d) for (d,) in session.connection().execute(
            "SELECT details FROM audit_log WHERE action = 'restore'")]
    finally:
        session.lock()
    assert details == [{"marker": "damaged"}]
    if kind != "directory":
        assert not os.path.lexists(marker)  # removed (a symlink itself, never its target)
    if kind == "symlink":
        assert (tmp_path / "target.json").read_text() == "{}"


def test_a_good_restore_note_is_audited_with_its_fields(good_backup: Path, tmp_path: Path) -> None:
    target = tmp_path / "restored"
    manifest = vault_service.restore_backup(good_backup, target)
    session = vault_service.unlock(target, ADMIN, PASSWORD)
    try:
        (details,) = [json.loads(d) for (d,) in session.connection().execute(
            "SELECT details FROM audit_log WHERE action = 'restore'")]
        assert repositories.get_setting(session.connection(), "center_name") is not None
    finally:
        session.lock()
    assert details["audit_head"] == manifest["audit_head"]
    assert details["backup_created_at"] == manifest["created_at"]
    assert set(details) == {"backup_created_at", "audit_head", "restored_at"}


@pytest.mark.parametrize("kernel", ["unsupported", "refuses_midway"])
def test_without_the_kernel_copy_the_streaming_copy_gives_the_same_result(
        good_backup: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kernel: str) -> None:
    """copy_file_range is Linux's; elsewhere (or on a file system that refuses it, even after a first
    block) the member is read, hashed and written by Python instead, with the same checks."""
    import errno

    if kernel == "unsupported":
        monkeypatch.setattr(backup_reader, "_KERNEL_COPY", [False])
    else:
        monkeypatch.setattr(backup_reader, "_KERNEL_COPY", [True])
        monkeypatch.setattr(backup_reader, "COPY_BLOCK", 4096)
        calls: list[int] = []
        real = os.copy_file_range

        def refusing(*args: Any) -> int:
            calls.append(1)
            if len(calls) > 2:
                raise OSError(errno.EXDEV, "cross-device")
            return real(*args)

        monkeypatch.setattr(os, "copy_file_range", refusing)
    assert vault_service.verify_backup(good_backup, ADMIN, PASSWORD).ok
    target = tmp_path / "restored"
    vault_service.restore_backup(good_backup, target)
    assert (target / "vault.db").read_bytes() == craft.members(good_backup)[backup.DB_NAME]
    vault_service.unlock(target, ADMIN, PASSWORD).lock()


@pytest.mark.parametrize("kind", ["fifo", "folder", "empty", "missing"])
def test_what_is_not_a_backup_file_is_said_at_once(tmp_path: Path, kind: str) -> None:
    """A FIFO under the name would make a plain open() wait for a writer forever."""
    path = tmp_path / "yedek.kdbak"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    elif kind == "empty":
        path.write_bytes(b"")
    with pytest.raises(BackupInvalid) as caught:
        vault_service.verify_backup(path, ADMIN, PASSWORD)
    assert {"fifo": "not a Kadın Danışma backup", "folder": "folder", "empty": "not a Kadın Danışma backup",
            "missing": "does not exist"}[kind] in str(caught.value)
    with pytest.raises(BackupInvalid):
        vault_service.restore_backup(path, tmp_path / "restored")
    assert not (tmp_path / "restored").exists()
