"""Backup -> verify -> restore keeps every row; a backup taken under concurrent writes verifies; a damaged
backup fails verify; restore never goes into a non-empty folder; no plaintext in the backup file."""

from __future__ import annotations

import io
import json
import threading
import uuid
import zipfile
from pathlib import Path
from typing import Any

import kd_support
import pytest

from kadin_danisma.domain import records
from kadin_danisma.domain.errors import BackupInvalid, OutputExists, StorageFull, UserFacingError, VaultExists
from kadin_danisma.domain.roles import Role
from kadin_danisma.services import backups, cases, notes, settings, users, vault_service
from kadin_danisma.services.session import Session
from kadin_danisma.vault import backup as backup_mod
from kadin_danisma.vault import repositories

ADMIN, PASSWORD = kd_support.ADMIN, kd_support.PASSWORD


def _rows(session: Session) -> dict[str, list[tuple[Any, ...]]]:
    conn = session.connection()
    # Every table, case work and the search index's shadow tables included.
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in tables}


@pytest.fixture
def populated(vault: tuple[Path, str]) -> tuple[Path, str]:
    folder, _ = vault
    marker = f"ZZ-CANARY-Şİğ-{uuid.uuid4()}"
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    try:
        users.add_user(session, "ayse.k", f"{marker} Ayşe", frozenset({Role.COUNSELOR}), "Mavi-Deniz-2026")
        users.add_user(session, "elif.y", "Elif Y.", frozenset({Role.SUPERVISOR, Role.COUNSELOR}),
                       "Yesil-Orman-2026")
        users.disable_user(session, "elif.y")
        settings.set_center_name(session, f"{marker} Merkez")
        settings.set_idle_lock_minutes(session, 9)
        with session.write() as conn:
            for i in range(50):
                repositories.set_setting(conn, f"ayar-{i}", f"{marker}-{i}")
    finally:
        session.lock()
    # Case work too: a client, a note and the search index must survive the round trip, still encrypted.
    counselor = vault_service.unlock(folder, "ayse.k", "Mavi-Deniz-2026")
    try:
        users.change_own_password(counselor, "Mavi-Deniz-2026", "Mavi-Deniz-Kendi-2026")
        case_id = cases.create_case(counselor, records.Client(f"{marker} Danışan"),
                                    records.Intake("2026-01-05", violence_types=["economic"]))
        notes.add_note(counselor, case_id, records.Note("phone_call", "2026-01-06", f"{marker} not metni"))
    finally:
        counselor.lock()
    return folder, marker


def test_round_trip_preserves_every_row(populated: tuple[Path, str], tmp_path: Path) -> None:
    folder, _ = populated
    out = tmp_path / "out" / "yedek.kdbak"
    out.parent.mkdir()
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    try:
        before = _rows(session)
        manifest = backups.backup_now(session, out)
        last = backups.last_backup(session)
        assert last is not None and last.file_name == "yedek.kdbak" and not last.is_stale()
    finally:
        session.lock()
    head = manifest["audit_head"]["id"]
    assert head == before["audit_log"][-1][0]
    assert manifest["counts"] == {t: len(r) for t, r in before.items()}
    assert sorted(p.name for p in out.parent.iterdir()) == ["yedek.kdbak"]  # no work files left

    report = vault_service.verify_backup(out, ADMIN, PASSWORD)
    assert report.ok, report.checks
    assert [c[0] for c in report.checks] == ["checksums", "contents"]

    restored = tmp_path / "restored"
    vault_service.restore_backup(out, restored)
    session = vault_service.unlock(restored, ADMIN, PASSWORD)
    try:
        after = _rows(session)
        assert after["users"] == before["users"]
        assert after["settings"] == before["settings"]
        assert after["audit_log"][: len(before["audit_log"])] == before["audit_log"]
        extra = after["audit_log"][len(before["audit_log"]):]
        assert [r[3] for r in extra] == ["unlock", "restore"]
        restore_details = json.loads(extra[1][5])
        assert restore_details["audit_head"] == manifest["audit_head"]
        # Restored on purpose: older than what this computer saw, so verify passes only once accepted.
        assert not vault_service.verify_session(session).ok
        assert vault_service.verify_session(session, accept_older=True).ok
    finally:
        session.lock()
    assert not (restored / "restored.json").exists()
    # Disabled stays disabled, the counselor's password still works in the copy.
    vault_service.unlock(restored, "ayse.k", "Mavi-Deniz-Kendi-2026").lock()
    with pytest.raises(UserFacingError):
        vault_service.unlock(restored, "elif.y", "Yesil-Orman-2026")


def test_backup_under_concurrent_writes_verifies(vault: tuple[Path, str], tmp_path: Path) -> None:
    folder, _ = vault
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    stop = threading.Event()
    written: list[int] = []
    errors: list[BaseException] = []

    def writer() -> None:
        i = 0
        try:
            while not stop.is_set():
                settings.set_idle_lock_minutes(session, 1 + i % 60)
                with session.write() as conn:
                    repositories.set_setting(conn, f"yazma-{i}", "x" * 500)
                written.append(i)
                i += 1
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while len(written) < 5:
            thread.join(0.01)
        started = len(written)
        manifests = [backups.backup_now(session, tmp_path / f"b{n}.kdbak") for n in range(3)]
        during = len(written) - started
    finally:
        stop.set()
        thread.join()
        session.lock()
    assert errors == []
    assert during > 0, "the writer made no progress while the backups ran"
    for n, manifest in enumerate(manifests):
        report = vault_service.verify_backup(tmp_path / f"b{n}.kdbak", ADMIN, PASSWORD)
        assert report.ok, report.checks
        assert manifest["counts"]["settings"] >= 3


def test_writes_and_checkpoints_during_the_copy_stay_out_of_it(
    vault: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The copy reads vault.db byte for byte: commits and checkpoints made by other connections while it
    runs must not reach the file (else the copy is torn). The backup holds the state at its start."""
    folder, _ = vault
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    original = backup_mod._copy_into
    landed: list[int] = []

    def busy_colleague() -> None:
        for i in range(40):
            with session.write() as conn:
                repositories.set_setting(conn, f"sonra-{i}", "y" * 3000)
            landed.append(i)
        # Her connection tries to move the log into the database file while the copy reads it.
        session.connection().execute("PRAGMA wal_checkpoint(PASSIVE)")

    def copy_with_writes_midway(zf: zipfile.ZipFile, source: Path, member: str) -> str:
        thread = threading.Thread(target=busy_colleague)
        thread.start()
        thread.join()
        return original(zf, source, member)

    monkeypatch.setattr(backup_mod, "_copy_into", copy_with_writes_midway)
    try:
        before = repositories.get_setting(session.connection(), "sonra-0")
        manifest = backups.backup_now(session, tmp_path / "b.kdbak")
    finally:
        session.lock()
    assert before is None and len(landed) == 40
    report = vault_service.verify_backup(tmp_path / "b.kdbak", ADMIN, PASSWORD)
    assert report.ok, report.checks
    restored = tmp_path / "restored"
    vault_service.restore_backup(tmp_path / "b.kdbak", restored)
    again = vault_service.unlock(restored, ADMIN, PASSWORD)
    try:
        assert repositories.get_setting(again.connection(), "sonra-0") is None  # after the snapshot
        assert again.connection().execute("SELECT count(*) FROM settings").fetchone()[0] == \
            manifest["counts"]["settings"]
    finally:
        again.lock()
    live = vault_service.unlock(folder, ADMIN, PASSWORD)
    try:
        assert repositories.get_setting(live.connection(), "sonra-39") == "y" * 3000  # nothing lost live
    finally:
        live.lock()


def test_a_reader_that_never_lets_go_gives_a_clear_message(
    vault: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reader still on an older snapshot keeps the log from being moved into the file; the backup waits
    for it, then says "too busy" and leaves nothing behind. Once the reader ends, the backup goes through."""
    folder, _ = vault
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    monkeypatch.setattr(backup_mod, "SNAPSHOT_WAIT_S", 0.3)
    reader = session.vault.open_separate()
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM settings").fetchone()
        settings.set_idle_lock_minutes(session, 25)  # a commit the reader's snapshot predates
        with pytest.raises(UserFacingError, match="too busy"):
            backups.backup_now(session, tmp_path / "b.kdbak")
        assert not (tmp_path / "b.kdbak").exists()
        assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".kd-backup-")] == []
        reader.execute("ROLLBACK")
        backups.backup_now(session, tmp_path / "b.kdbak")
    finally:
        reader.close()
        session.lock()
    assert vault_service.verify_backup(tmp_path / "b.kdbak", ADMIN, PASSWORD).ok


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x40
    path.write_bytes(bytes(data))


@pytest.fixture
def backup_file(populated: tuple[Path, str], tmp_path: Path) -> Path:
    folder, _ = populated
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    try:
        backups.backup_now(session, tmp_path / "b.kdbak")
    finally:
        session.lock()
    return tmp_path / "b.kdbak"


def _verify_fails(path: Path) -> None:
    try:
        report = vault_service.verify_backup(path, ADMIN, PASSWORD)
    except (BackupInvalid, UserFacingError):
        return
    assert not report.ok, "a damaged backup verified"


@pytest.mark.parametrize("where", [0.5, 0.25, 0.75, 0.02, 0.98])
def test_corrupted_backup_fails_verify(backup_file: Path, where: float) -> None:
    size = backup_file.stat().st_size
    _flip(backup_file, int(size * where))
    _verify_fails(backup_file)


def test_intact_backup_verifies(backup_file: Path) -> None:
    """Control for the corruption tests."""
    assert vault_service.verify_backup(backup_file, ADMIN, PASSWORD).ok


def _rewrite_member(path: Path, name: str, data: bytes) -> None:
    with zipfile.ZipFile(path) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    members[name] = data
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_STORED) as zf:
        for n, d in members.items():
            zf.writestr(n, d)
    path.write_bytes(buf.getvalue())


def test_edited_manifest_fails_verify(backup_file: Path) -> None:
    with zipfile.ZipFile(backup_file) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    manifest["counts"]["users"] += 1
    _rewrite_member(backup_file, "manifest.json", json.dumps(manifest).encode())
    report = vault_service.verify_backup(backup_file, ADMIN, PASSWORD)
    assert not report.ok
    assert "signature" in report.checks[-1][2]


def test_older_backup_db_with_new_manifest_fails(populated: tuple[Path, str], tmp_path: Path) -> None:
    """A rollback (older database under a newer manifest) is noticed: checksums and chain head differ."""
    folder, _ = populated
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    backups.backup_now(session, tmp_path / "old.kdbak")
    settings.set_idle_lock_minutes(session, 11)
    backups.backup_now(session, tmp_path / "new.kdbak")
    session.lock()
    with zipfile.ZipFile(tmp_path / "old.kdbak") as zf:
        old_db = zf.read("vault.db")
    _rewrite_member(tmp_path / "new.kdbak", "vault.db", old_db)
    with pytest.raises(BackupInvalid):
        vault_service.verify_backup(tmp_path / "new.kdbak", ADMIN, PASSWORD)


def test_restore_refuses_non_empty_folder(backup_file: Path, tmp_path: Path) -> None:
    occupied = tmp_path / "occupied"
    occupied.mkdir()
    (occupied / "notlar.txt").write_text("başka bir dosya", encoding="utf-8")
    with pytest.raises(VaultExists):
        vault_service.restore_backup(backup_file, occupied)
    assert sorted(p.name for p in occupied.iterdir()) == ["notlar.txt"]
    vault_dir = tmp_path / "vault"  # the live vault of the `populated` fixture
    before = {p.name: p.read_bytes() for p in vault_dir.iterdir()}
    with pytest.raises(UserFacingError):
        vault_service.restore_backup(backup_file, vault_dir)
    assert {p.name: p.read_bytes() for p in vault_dir.iterdir()} == before


def test_restore_of_damaged_backup_leaves_nothing(backup_file: Path, tmp_path: Path) -> None:
    _flip(backup_file, backup_file.stat().st_size // 2)
    target = tmp_path / "new"
    with pytest.raises(BackupInvalid):
        vault_service.restore_backup(backup_file, target)
    assert not target.exists()


def test_backup_refuses_to_overwrite(backup_file: Path, populated: tuple[Path, str]) -> None:
    folder, _ = populated
    before = backup_file.read_bytes()
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    try:
        with pytest.raises(OutputExists):  # the one file writer's refusal (issue 14 §3)
            backups.backup_now(session, backup_file)
    finally:
        session.lock()
    assert backup_file.read_bytes() == before


def test_marker_absent_from_backup_and_temp(
    backup_file: Path, populated: tuple[Path, str], isolated_env: kd_support.Env
) -> None:
    _, marker = populated
    needles = kd_support.text_needles(marker)
    assert kd_support.scan([backup_file], needles) == []
    report = vault_service.verify_backup(backup_file, ADMIN, PASSWORD)
    assert report.ok
    assert kd_support.scan([backup_file.parent, *isolated_env.scan_roots], needles) == []
    assert list(isolated_env.tmp.iterdir()) == []  # verify's work folder is gone
    assert sorted(p.name for p in backup_file.parent.iterdir() if p.name.startswith(".kd-")) == []


def test_backup_is_a_zip_of_encrypted_members(backup_file: Path) -> None:
    with zipfile.ZipFile(backup_file) as zf:
        assert sorted(zf.namelist()) == sorted(backup_mod.MEMBERS)
        assert not zf.read("vault.db").startswith(b"SQLite format 3")
        manifest = json.loads(zf.read("manifest.json"))
    assert {"app_version", "schema_version", "audit_head", "counts", "sha256", "mac"} <= set(manifest)
    assert backup_file.stat().st_mode & 0o077 == 0


def test_a_damaged_page_stops_the_backup_with_a_clear_message(populated: tuple[Path, str], tmp_path: Path) -> None:
    folder, _ = populated
    db = folder / "vault.db"
    size = db.stat().st_size
    assert size >= 8 * 4096
    _flip(db, size - 4096 + 100)  # the last page: unlock reads page 1 and the schema, not this one
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    try:
        with pytest.raises(UserFacingError, match="damaged"):  # page check or the first read of it
            backups.backup_now(session, tmp_path / "b.kdbak")
    finally:
        session.lock()
    assert not (tmp_path / "b.kdbak").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".kd-backup-")] == []


def test_work_folders_of_killed_backups_are_cleared_later(populated: tuple[Path, str], tmp_path: Path) -> None:
    """A backup killed partway leaves its hidden work folder (a whole encrypted database copy); the next
    backup into that folder removes the ones over an hour old, never a running one."""
    import os
    import time

    folder, _ = populated
    out = tmp_path / "stick"
    out.mkdir()
    stale, running = out / ".kd-backup-killed", out / ".kd-backup-running"
    for work in (stale, running):
        work.mkdir()
        (work / "backup.partial").write_bytes(b"\0" * 4096)
    hours_ago = time.time() - 2 * backup_mod.STALE_WORK_S
    os.utime(stale, (hours_ago, hours_ago))
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    try:
        backups.backup_now(session, out / "b.kdbak")
    finally:
        session.lock()
    assert not stale.exists()
    assert running.exists()
    assert sorted(p.name for p in out.iterdir()) == [".kd-backup-running", "b.kdbak"]


def test_no_backup_appears_that_the_log_does_not_show(
    vault: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The audit entry is written before the file gets its name: if it cannot be written (the vault's disk
    is full), no backup appears, and nothing is left on the stick."""
    folder, _ = vault
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    stick = tmp_path / "stick"
    stick.mkdir()
    seen: list[bool] = []

    def audit_fails(*_args: object, **_kwargs: object) -> None:
        seen.append((stick / "b.kdbak").exists())
        raise StorageFull("the disk is full")

    try:
        monkeypatch.setattr(session, "audit", audit_fails)
        with pytest.raises(StorageFull):
            backups.backup_now(session, stick / "b.kdbak")
        monkeypatch.undo()
        assert seen == [False], "the audit entry must come before the file is in place"
        assert list(stick.iterdir()) == []
        backups.backup_now(session, stick / "b.kdbak")
        logged = [json.loads(d)["file_name"] for (d,) in session.connection().execute(
            "SELECT details FROM audit_log WHERE action = 'backup'")]
    finally:
        session.lock()
    assert logged == ["b.kdbak"]
