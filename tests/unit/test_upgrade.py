"""Security promise P35: a schema upgrade at unlock is preceded by an encrypted backup of the vault as it
was, and nothing is migrated when that backup cannot be written."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import kd_support
import killing
import legacy_audit
import legacy_calendar
import legacy_center
import legacy_day
import legacy_package_admin
import legacy_package_server
import legacy_packages
import legacy_partners
import legacy_retention
import legacy_stats
import legacy_support
import pytest

from kadin_danisma.domain import records as r
from kadin_danisma.domain.errors import UPGRADE_BACKUP_FAILED, StorageFull, UserFacingError
from kadin_danisma.gui.base.messages import error_text
from kadin_danisma.services import cases, notes, vault_service
from kadin_danisma.vault import backup as backup_mod
from kadin_danisma.vault import database, migrations
from kadin_danisma.vault.upgrade import UPGRADE_DIR

COUNSELOR = "ayse"
NAME = "Yükseltme Öncesi Şükran"


def take_back_to_level2(team: kd_support.Team) -> killing.Keys:
    """Real case work, then the objects of every level above 2 taken off (retention, 7, 6, 5, 4, 3), as a vault of
    an old release would be."""
    ayse = team.login(COUNSELOR)
    case_id = cases.create_case(ayse, r.Client(full_name=NAME),
                                r.Intake("2026-01-10", "walk_in", violence_types=["economic"]))
    notes.add_note(ayse, case_id, r.Note("phone_call", "2026-01-11", "yükseltmeden önceki not ğüşıöç"))
    ayse.lock()
    keys = killing.keys_of(team.folder, COUNSELOR)
    conn = database.connect(team.folder / "vault.db", keys.data)
    try:
        with database.transaction(conn):
            legacy_package_server.take_back(conn)
            legacy_package_admin.take_back(conn)
            legacy_support.take_back(conn)
            legacy_center.take_back(conn)
            legacy_packages.take_back(conn)
            legacy_partners.take_back(conn)
            legacy_retention.take_back(conn)
            legacy_calendar.take_back_to_level6(conn)
            legacy_day.take_back_to_level5(conn)
            legacy_stats.take_back_to_level4(conn)
            legacy_audit.take_back_to_level3(conn)
            conn.execute("DROP TABLE drafts")
            conn.execute("DROP INDEX cases_opened")
            conn.execute("PRAGMA user_version = 2")
    finally:
        conn.close()
    return keys


def level(folder: Path, keys: killing.Keys) -> int:
    conn = database.connect(folder / "vault.db", keys.data)
    try:
        return migrations.schema_version(conn)
    finally:
        conn.close()


def test_an_upgrade_backs_the_vault_up_first(team: kd_support.Team, tmp_path: Path) -> None:
    keys = take_back_to_level2(team)
    session = vault_service.unlock(team.folder, COUNSELOR, kd_support.PASSWORD)
    try:
        assert migrations.schema_version(session.connection()) == migrations.LATEST
        entry = session.connection().execute(
            "SELECT details FROM audit_log WHERE action = 'schema_upgrade'").fetchone()
        logged = session.connection().execute(
            "SELECT details FROM audit_log WHERE action = 'backup_before_upgrade'").fetchall()
    finally:
        session.lock()
    saved = sorted((team.folder / UPGRADE_DIR).glob("*.kdbak"))
    assert [p.name.split("-")[:2] for p in saved] == [["schema", "2"]]
    assert json.loads(entry[0]) == {"from": 2, "to": migrations.LATEST, "backup": saved[0].name}
    assert [json.loads(d)["file_name"] for (d,) in logged] == [saved[0].name]  # logged before it was named
    assert (team.folder / UPGRADE_DIR).stat().st_mode & 0o077 == 0
    # Still encrypted: the name typed into the case is nowhere in the file.
    raw = saved[0].read_bytes()
    assert NAME.encode("utf-8") not in raw and b"SQLite format 3" not in raw
    report = vault_service.verify_backup(saved[0], COUNSELOR, kd_support.PASSWORD)
    assert report.ok, report.checks
    with zipfile.ZipFile(saved[0]) as zf:
        assert json.loads(zf.read(backup_mod.MANIFEST_NAME))["schema_version"] == 2
    # Put back, it is the vault as it was before the upgrade (and upgrades again when opened).
    restored = tmp_path / "restored"
    vault_service.restore_backup(saved[0], restored)
    assert level(restored, keys) == 2
    again = vault_service.unlock(restored, COUNSELOR, kd_support.PASSWORD)
    try:
        assert [c.client_name for c in cases.list_cases(again)] == [NAME]
    finally:
        again.lock()

    # Once current, unlocking makes no further backup.
    vault_service.unlock(team.folder, COUNSELOR, kd_support.PASSWORD).lock()
    assert sorted((team.folder / UPGRADE_DIR).glob("*.kdbak")) == saved


def test_no_backup_no_upgrade(team: kd_support.Team, monkeypatch: pytest.MonkeyPatch) -> None:
    keys = take_back_to_level2(team)

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise StorageFull("the disk is full")

    monkeypatch.setattr(backup_mod, "create", disk_full)
    with pytest.raises(UserFacingError) as caught:
        vault_service.unlock(team.folder, COUNSELOR, kd_support.PASSWORD)
    assert str(caught.value) == UPGRADE_BACKUP_FAILED
    assert error_text(caught.value).startswith("This vault needs an upgrade")  # what the unlock screen says
    assert level(team.folder, keys) == 2, "migrated without a backup"
    monkeypatch.undo()
    session = vault_service.unlock(team.folder, COUNSELOR, kd_support.PASSWORD)  # space freed: it goes on
    try:
        assert migrations.schema_version(session.connection()) == migrations.LATEST
        assert [c.client_name for c in cases.list_cases(session)] == [NAME]
    finally:
        session.lock()


def test_a_current_vault_makes_no_upgrade_folder(team: kd_support.Team) -> None:
    team.login(COUNSELOR).lock()
    assert not (team.folder / UPGRADE_DIR).exists()
