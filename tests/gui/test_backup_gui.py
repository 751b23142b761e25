"""Backing up and verifying from the overview (admins); the last backup shows on the overview."""

from __future__ import annotations

from pathlib import Path

from gui_support import ADMIN, PASSWORD, WORKER_TIMEOUT, click, click_tab, sign_in, wait_overview
from PySide6.QtWidgets import QLabel

from kadin_danisma.services import vault_service


def test_back_up_and_verify(qtbot, window, tmp_path: Path) -> None:
    sign_in(qtbot, window)
    wait_overview(qtbot, window)
    overview = window.workspace.overview
    click_tab(qtbot, window, overview)
    status = overview.findChild(QLabel, "backupStatus")
    result = overview.findChild(QLabel, "overviewResult")
    assert status.text().startswith("Never backed up"), status.text()
    assert overview.backup_button.isVisible() and overview.verify_button.isVisible()

    target = tmp_path / "yedek" / "merkez.kdbackup"
    target.parent.mkdir()
    overview.back_up(target)  # the file dialog is replaced by an explicit path in tests
    assert not overview.backup_button.isEnabled(), "no second backup while one runs"
    qtbot.waitUntil(lambda: result.text() == "Backup written and checked.", timeout=WORKER_TIMEOUT)
    assert overview.backup_button.isEnabled()
    qtbot.waitUntil(lambda: "(today)" in status.text(), timeout=WORKER_TIMEOUT)
    assert status.text().endswith("(today)"), status.text()
    assert target.is_file() and target.stat().st_size > 0
    # The backup is a file of its own, still encrypted: no readable center name inside.
    data = target.read_bytes()
    for needle in ("Çankaya Kadın Danışma Merkezi".encode(), "Zeynep Aydın".encode()):
        assert needle not in data

    click(qtbot, overview.verify_button)
    qtbot.waitUntil(lambda: result.text().startswith(("Vault verified", "Verification FAILED")),
                    timeout=WORKER_TIMEOUT)
    assert result.text().startswith("Vault verified"), result.text()
    assert overview.verify_button.isEnabled()
    qtbot.waitUntil(lambda: overview.audit.text().startswith("Intact"), timeout=WORKER_TIMEOUT)

    actions = [r[0] for r in window.session.connection().execute("SELECT action FROM audit_log ORDER BY id")]
    assert "backup" in actions and actions[-1] == "verify", actions

    # The backup itself verifies from the outside, and the last backup survives a lock.
    report = vault_service.verify_backup(target, ADMIN, PASSWORD)
    assert report.ok, report.checks
    click(qtbot, window.workspace.lock_button)
    sign_in(qtbot, window)
    wait_overview(qtbot, window)
    assert window.workspace.overview.backup.text().endswith("(today)")


def test_backup_into_an_existing_file_is_refused(qtbot, window, tmp_path: Path) -> None:
    sign_in(qtbot, window)
    wait_overview(qtbot, window)
    overview = window.workspace.overview
    target = tmp_path / "var.kdbackup"
    target.write_bytes(b"baska bir dosya")
    overview.back_up(target)
    qtbot.waitUntil(lambda: overview.result.text().startswith("Backup failed"), timeout=WORKER_TIMEOUT)
    assert target.read_bytes() == b"baska bir dosya", "an existing file must never be overwritten"
    assert overview.backup_button.isEnabled()
    assert overview.backup.text().startswith("Never backed up")
