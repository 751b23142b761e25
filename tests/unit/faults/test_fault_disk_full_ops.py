"""A full disk during the operations people run: a note save, an import and a backup. Each gives the
error the GUI shows as "The disk is full or cannot be written…" (StorageFull, code disk_full), or one line
and exit 1 on the command line; loses nothing committed; writes nothing half; and once space is freed
the same work succeeds and the vault passes every check. The disk is a small tmpfs (root; CI is root)."""

from __future__ import annotations

import json
import shutil
import sys
import uuid
from pathlib import Path

import kd_support
import mounts
import pytest

from kadin_danisma.domain import records as r
from kadin_danisma.domain.errors import StorageFull
from kadin_danisma.services import backups, cases, interchange, notes, search, vault_service
from kadin_danisma.vault.database import integrity_problems

sys.path.insert(0, str(Path(__file__).parent / "helpers"))
from backup_child import name as backup_name
from fault_support import scale
from import_child import document

COUNSELOR, PASSWORD = "ayse", kd_support.PASSWORD


def assert_disk_full(exc: BaseException) -> None:
    assert isinstance(exc, StorageFull), f"{type(exc).__name__}: {exc}"
    assert exc.code == "disk_full"  # what the GUI translates ("The disk is full or cannot be written …")
    assert "disk is full" in str(exc) and "\n" not in str(exc)


def open_case(session) -> int:  # type: ignore[no-untyped-def]
    case_id = cases.create_case(session, r.Client(full_name="Dolu Disk Meryem"),
                                r.Intake("2026-03-01", "walk_in", violence_types=["physical"]))
    cases.finish_intake(session, case_id)
    return case_id


@pytest.mark.faults
def test_note_saves_on_a_full_disk(team: kd_support.Team, tmp_path: Path, fault_log) -> None:
    """The failure point moves: the ballast leaves a different amount of room each time."""
    rounds = scale(3, 12)
    token = uuid.uuid4().hex[:8]
    rows_verified = 0
    with mounts.tmpfs(tmp_path / "disk", "6m") as disk:
        for attempt in range(rounds):
            folder = disk / "vault"
            shutil.copytree(team.folder, folder)
            session = vault_service.unlock(folder, COUNSELOR, PASSWORD)
            case_id = open_case(session)
            # room for a few notes (each with its revision stamps, uuid and indexes) before the disk fills
            ballast = mounts.fill(disk, 240_000 + attempt * 37_000)
            saved: dict[int, str] = {}
            with pytest.raises(StorageFull) as caught:
                for i in range(10_000):
                    text = f"dd{i}q{token} " + "Dolu diskte kaydedilen görüşme notu ğüşıöç. " * (40 + i % 300)
                    saved[notes.add_note(session, case_id, r.Note("phone_call", "2026-03-02", text[:20_000]))] = \
                        text[:20_000]
            assert_disk_full(caught.value)
            assert len(saved) >= 2, "the disk filled before the first saves: the ballast is too big"
            conn = session.connection()
            assert dict(conn.execute("SELECT id, body FROM notes WHERE case_id = ?", (case_id,)).fetchall()) == \
                saved, "the failed save left something behind, or lost a saved note"
            # She frees some space and saves again, in the same session.
            ballast.unlink()
            text = f"sonra{token} boş yer açıldı"
            saved[notes.add_note(session, case_id, r.Note("phone_call", "2026-03-03", text))] = text
            session.lock()

            session = vault_service.unlock(folder, COUNSELOR, PASSWORD)
            try:
                assert vault_service.verify_session(session, accept_older=True).ok
                record = cases.open_case(session, case_id)
                assert {n.id: n.body for n in record.notes} == saved
                assert [h.id for h in search.search(session, f"dd0q{token}")] == [case_id]
                rows_verified += len(saved)
            finally:
                session.lock()
            shutil.rmtree(folder)
    fault_log.record("disk full: note saves", iterations=rounds, faults=rounds, rows_verified=rows_verified,
                     note="StorageFull at the save that did not fit, every earlier note kept, saving works again "
                          "in the same session once space is freed")


def counts(conn) -> dict[str, int]:  # type: ignore[no-untyped-def]
    names = [n for (n,) in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")
             if not n.startswith(("sqlite_", "search_fts_"))]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


@pytest.mark.faults
def test_import_on_a_full_disk(team: kd_support.Team, tmp_path: Path, fault_log) -> None:
    token = uuid.uuid4().hex[:8]
    doc = document(7, 250, token)
    rows_verified = 0
    with mounts.tmpfs(tmp_path / "disk", "6m") as disk:
        folder = disk / "vault"
        shutil.copytree(team.folder, folder)
        session = vault_service.unlock(folder, COUNSELOR, PASSWORD)
        case_id = open_case(session)
        notes.add_note(session, case_id, r.Note("phone_call", "2026-03-02", f"önce{token}"))
        before = counts(session.connection())
        ballast = mounts.fill(disk, 150_000)
        with pytest.raises(StorageFull) as caught:
            interchange.import_document(session, doc)
        assert_disk_full(caught.value)
        assert counts(session.connection()) == before, "a failed import must write nothing"
        session.lock()

        # The command line says it in one line and exits 1.
        file = tmp_path / "aktarim.json"
        file.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
        proc = kd_support.run_cli(["import", "--vault", str(folder), "--user", COUNSELOR, str(file)], PASSWORD + "\n")
        assert proc.returncode == 1, proc.stderr
        assert proc.stderr.count("\n") == 1 and "disk is full" in proc.stderr, proc.stderr
        assert "Traceback" not in proc.stderr and proc.stdout == ""

        session = vault_service.unlock(folder, COUNSELOR, PASSWORD)
        try:
            assert counts(session.connection()) | {"audit_log": 0} == before | {"audit_log": 0}
            assert vault_service.verify_session(session, accept_older=True).ok
            ballast.unlink()
            ids = interchange.import_document(session, doc)  # with room, the same file goes in whole
            assert len(ids) == 250
            conn = session.connection()
            assert conn.execute("SELECT count(*) FROM cases WHERE case_number GLOB 'IMP-00007-*'").fetchone()[0] == 250
            assert [n.body for n in cases.open_case(session, case_id).notes] == [f"önce{token}"]
            rows_verified += sum(counts(conn).values())
        finally:
            session.lock()
    fault_log.record("disk full: import", iterations=1, faults=2, rows_verified=rows_verified,
                     note="an import of 250 cases that does not fit writes nothing (service and CLI: one line, "
                          "exit 1); with room the same file imports whole")


@pytest.mark.faults
def test_backup_on_a_full_disk(team: kd_support.Team, tmp_path: Path, fault_log) -> None:
    folder = team.folder
    session = team.login(COUNSELOR)
    case_id = open_case(session)
    for k in range(30):
        notes.add_note(session, case_id, r.Note("phone_call", "2026-03-02", f"yedek {k} " + "ğüşıöç" * 3000))
    session.lock()
    admin = team.login(kd_support.ADMIN)
    conn = admin.connection()
    before = counts(conn)
    # room for the backup once the ballast goes (a vault with every schema level is about 2 MB)
    with mounts.tmpfs(tmp_path / "stick", "6m") as stick:
        ballast = mounts.fill(stick, 200_000)
        assert (folder / "vault.db").stat().st_size > 400_000
        with pytest.raises(StorageFull) as caught:
            backups.backup_now(admin, stick / backup_name(1))
        assert_disk_full(caught.value)
        with pytest.raises(StorageFull):  # "Back up now" in the GUI (a dated name in the chosen folder)
            backups.backup_into_folder(admin, stick)
        assert sorted(p.name for p in stick.iterdir()) == ["ballast.bin"], "a partial backup was left"
        assert integrity_problems(conn) == [] and counts(conn) | {"audit_log": 0} == before | {"audit_log": 0}
        assert backups.last_backup(admin) is None, "a failed backup must not be recorded as made"

        ballast.unlink()
        path, manifest = backups.backup_into_folder(admin, stick)
        assert vault_service.verify_backup(path, kd_support.ADMIN, PASSWORD).ok
        assert manifest["counts"]["notes"] == before["notes"]
        last = backups.last_backup(admin)
        assert last is not None and last.file_name == path.name
    assert vault_service.verify_session(admin, accept_older=True).ok
    fault_log.record("disk full: backup", iterations=1, faults=2, rows_verified=sum(manifest["counts"].values()),
                     note="no file left on the full stick, nothing recorded as backed up; with room the backup "
                          "verifies")
