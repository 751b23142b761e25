"""Disk full during a write: a clear StorageFull error (not a traceback), and afterwards the vault opens
with everything committed before. Done with a file-size limit (works everywhere) and, where this process
may mount one, a small tmpfs (falling back to the file-size limit otherwise: never skipped)."""

from __future__ import annotations

import contextlib
import os
import resource
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import kd_support
import pytest

from kadin_danisma.services import vault_service
from kadin_danisma.vault import audit, repositories

ADMIN, PASSWORD = kd_support.ADMIN, kd_support.PASSWORD
pytestmark = pytest.mark.faults  # part of the fault suite; note saves, imports, backups: tests/unit/faults/


def _run_writer(folder: Path, headroom: int) -> tuple[list[int], str, str]:
    proc = subprocess.run(
        [sys.executable, str(kd_support.HELPERS / "diskfull_child.py"), str(folder), ADMIN, str(headroom)],
        input=PASSWORD + "\n", capture_output=True, text=True, timeout=120, env=dict(os.environ), check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    lines = proc.stdout.splitlines()
    assert lines[0] == "ready" and lines[-1] == "closed", proc.stdout[-2000:]
    acks = [int(line.split()[1]) for line in lines if line.startswith("ack ")]
    errors = [line for line in lines if line.startswith("error ")]
    assert len(errors) == 1, proc.stdout[-2000:]
    return acks, errors[0], proc.stderr


def _check_after(folder: Path, acks: list[int]) -> None:
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    try:
        conn = session.connection()
        present = dict(conn.execute("SELECT key, value FROM settings WHERE key GLOB 'big[0-9]*'").fetchall())
        assert sorted(int(k[3:]) for k in present) == acks  # everything acknowledged, nothing else
        assert all(len(v) == 24_000 for v in present.values())
        report = vault_service.verify_session(session)
        assert report.ok, report
        with session.write() as wconn:  # space is back: writing works again
            repositories.set_setting(wconn, "after", "ok")
        assert audit.verify(conn, session.vault.audit_key).ok
    finally:
        session.lock()


def _assert_clean_failure(acks: list[int], error: str, stderr: str) -> None:
    assert acks == list(range(len(acks))) and len(acks) >= 3
    assert error.startswith("error StorageFull disk_full "), error
    assert "disk is full" in error
    assert "Traceback" not in stderr


def test_file_size_limit_during_writes(vault: tuple[Path, str], fault_log) -> None:
    folder, _ = vault
    acks, error, stderr = _run_writer(folder, headroom=400_000)
    _assert_clean_failure(acks, error, stderr)
    _check_after(folder, acks)
    fault_log.record("disk full: settings commits", iterations=1, faults=1, rows_verified=len(acks),
                     note="file-size limit (EFBIG)")


@contextlib.contextmanager
def _small_tmpfs(where: Path, size: str) -> Iterator[bool]:
    where.mkdir()
    mounted = False
    if sys.platform.startswith("linux") and os.geteuid() == 0:
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where)],
                                 capture_output=True, check=False).returncode == 0
    try:
        yield mounted
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(where)], capture_output=True, check=False)


def test_full_filesystem_during_writes(tmp_path: Path, fault_log) -> None:
    with _small_tmpfs(tmp_path / "small", "2m") as mounted:
        folder, _ = kd_support.create_vault(tmp_path / "small" / "vault")
        if mounted:
            # About 300 kB left for the writes, however large a new vault has become (levels add tables).
            ballast = tmp_path / "small" / "ballast"
            ballast.write_bytes(b"\0" * max(0, shutil.disk_usage(tmp_path / "small").free - 300_000))
            acks, error, stderr = _run_writer(folder, headroom=0)
            ballast.unlink()  # the user frees some space
        else:  # no permission to mount here: the file-size limit gives the same failure
            acks, error, stderr = _run_writer(folder, headroom=300_000)
        _assert_clean_failure(acks, error, stderr)
        _check_after(folder, acks)
    fault_log.record("disk full: settings commits", iterations=1, faults=1, rows_verified=len(acks),
                     note="2 MiB tmpfs, 300 kB left (ENOSPC)" if mounted
                     else "no mount allowed: file-size limit instead")


def _limit_file_size(limit: int) -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def test_cli_backup_on_a_full_disk_is_one_line(vault: tuple[Path, str], tmp_path: Path, fault_log) -> None:
    folder, _ = vault
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    with session.write() as conn:
        for i in range(60):
            repositories.set_setting(conn, f"ayar-{i}", "x" * 3000)
    session.lock()
    assert (folder / "vault.db").stat().st_size > 150_000
    out = tmp_path / "yedek.kdbak"
    proc = subprocess.run(
        [sys.executable, "-m", "kadin_danisma", "backup", "--vault", str(folder), "--user", ADMIN, "--out", str(out)],
        input=PASSWORD + "\n", capture_output=True, text=True, timeout=60, env=dict(os.environ), check=False,
        preexec_fn=lambda: _limit_file_size(32 * 1024),
    )
    assert proc.returncode == 1
    assert proc.stderr.count("\n") == 1 and "disk is full" in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".kd-backup")] == []
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    try:
        report = vault_service.verify_session(session)
        assert report.ok, report
        assert repositories.get_setting(session.connection(), "ayar-59") == "x" * 3000
    finally:
        session.lock()
    fault_log.record("disk full: backup", iterations=1, faults=1, rows_verified=60, note="CLI, file-size limit")


def test_cli_init_on_a_full_disk_is_one_line(tmp_path: Path, fault_log) -> None:
    folder = tmp_path / "kasa"
    proc = subprocess.run(
        [sys.executable, "-m", "kadin_danisma", "init", "--vault", str(folder), "--admin", ADMIN],
        input=PASSWORD + "\n", capture_output=True, text=True, timeout=60, env=dict(os.environ), check=False,
        preexec_fn=lambda: _limit_file_size(16 * 1024),
    )
    assert proc.returncode == 1
    assert proc.stderr.count("\n") == 1 and "disk is full" in proc.stderr, proc.stderr
    assert "RECOVERY KEY" not in proc.stdout  # no key shown for a vault that does not exist
    assert not (folder / "keyslots.json").exists()
    fault_log.record("disk full: vault creation", iterations=1, faults=1, note="CLI init, file-size limit")
