"""The admin's vault settings (letterhead, case-number prefix, backup folder), the directory editor's
listing and deactivation, and backups into a folder with their age measured by one clock."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import kd_support
import pytest

from kadin_danisma.domain import records as r
from kadin_danisma.domain.errors import InvalidInput, PermissionDenied
from kadin_danisma.services import backups, directory, settings
from kadin_danisma.services.casework import new_case_number

# The service suite: every test here runs on a vault and on a center server (issue 16).
pytestmark = pytest.mark.both_stores


def changes(session: Any) -> list[tuple[str, dict[str, Any]]]:
    found = kd_support.raw(session).execute(
        "SELECT target, details FROM audit_log WHERE action = 'setting_change' ORDER BY id").fetchall()
    return [(t, json.loads(d)) for t, d in found]


def test_letterhead_and_prefix_are_validated_audited_and_used(team: Any) -> None:
    admin, ayse = team.login("koordinator"), team.login("ayse")
    with pytest.raises(PermissionDenied):
        settings.set_case_number_prefix(ayse, "ABC")
    for bad in ("", "AB-C", "ÇANKAYA", "A" * 11, "a b"):
        with pytest.raises(InvalidInput):
            settings.set_case_number_prefix(admin, bad)
    settings.set_case_number_prefix(admin, " ckd1 ")
    assert settings.case_number_prefix(admin) == "CKD1"
    assert new_case_number(kd_support.raw(admin), "2026-03-01").startswith("CKD1-2026-")

    with pytest.raises(InvalidInput):
        settings.set_letterhead(admin, ["x"] * (settings.MAX_LETTERHEAD_LINES + 1))
    with pytest.raises(InvalidInput):
        settings.set_letterhead(admin, "y" * (settings.MAX_LETTERHEAD_LINE + 1))
    settings.set_letterhead(admin, "Atatürk  Cad. No: 1\n\n  Tel: 0312 000 00 00 ")
    assert settings.letterhead_lines(admin) == ["Atatürk Cad. No: 1", "Tel: 0312 000 00 00"]
    settings.set_letterhead(admin, ["Atatürk Cad. No: 1", "Tel: 0312 000 00 00"])  # unchanged: no entry
    assert changes(admin) == [
        ("case_number_prefix", {"before": None, "after": "CKD1"}),
        ("letterhead", {"before": None, "after": "Atatürk Cad. No: 1\nTel: 0312 000 00 00"}),
    ]
    with pytest.raises(InvalidInput):
        settings.set_backup_folder(admin, "  ")
    settings.set_backup_folder(admin, "/media/usb")
    assert settings.backup_folder(admin) == "/media/usb"


def test_directory_listing_for_the_editor_and_deactivation(team: Any) -> None:
    admin, ayse = team.login("koordinator"), team.login("ayse")
    iid = directory.save_institution(admin, r.Institution("Çankaya ŞÖNİM", "sonim", city="Ankara"))
    with pytest.raises(PermissionDenied):
        directory.list_institutions(ayse, include_inactive=True)
    with pytest.raises(PermissionDenied):
        directory.set_institution_active(ayse, iid, False)
    directory.set_institution_active(admin, iid, False)
    assert iid not in [i.id for i in directory.search_institutions(ayse, "cankaya")]
    listed = {i.id: i.active for i in directory.list_institutions(admin, "çankaya", include_inactive=True)}
    assert listed == {iid: False}
    directory.set_institution_active(admin, iid, True)
    assert iid in [i.id for i in directory.list_institutions(ayse, "ÇANKAYA")]


@pytest.mark.vault_only  # a server's backups are the IT person's (docs/server.md; tests/unit/test_server_ops.py)
def test_backup_into_a_folder_and_its_age(team: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    admin = team.login("koordinator")
    with pytest.raises(InvalidInput):
        backups.backup_into_folder(admin, tmp_path / "yok")
    path, _manifest = backups.backup_into_folder(admin, tmp_path)
    assert path.parent == tmp_path and path.name.endswith(".kdbackup") and path.is_file()
    last = backups.last_backup(admin)
    assert last is not None and last.file_name == path.name and not last.is_stale()
    later = datetime.now(UTC) + timedelta(days=8)
    monkeypatch.setattr(backups, "now", lambda: later)
    assert last.is_stale() and int(last.age_days()) == 8


def test_saving_the_defaults_records_no_change(team: Any) -> None:
    admin = team.login("koordinator")
    settings.set_letterhead(admin, "")
    settings.set_case_number_prefix(admin, "KDM")
    assert changes(admin) == []
