"""Administration, part 2: settings that take effect (letterhead, case-number prefix, text size), the
institution directory editor, backups into a chosen folder that the command line verifies, the warning
for an old backup, the recovery-key sheet, and the one-time password of a new user."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pdf_reading
from gui_support import (
    ADMIN,
    COUNSELOR,
    PASSWORD,
    WORKER_TIMEOUT,
    click,
    click_tab,
    is_gone,
    save_settings,
    sign_in,
    the_dialog,
    type_into,
    type_text,
    visible_dialogs,
    wait_overview,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel
from test_accessibility import unnamed_controls

from kadin_danisma.domain import records as r
from kadin_danisma.domain import recovery_code
from kadin_danisma.domain.roles import Role
from kadin_danisma.gui.admin.account_dialogs import (
    AddUserDialog,
    ChangePasswordDialog,
    RecoveryKeyDialog,
    VerifyBackupDialog,
)
from kadin_danisma.gui.admin.directory_page import DirectoryPage, InstitutionDialog
from kadin_danisma.gui.base import preferences as app_prefs
from kadin_danisma.services import backups, cases, consents, directory, exports, referrals, vault_service

CLI = Path(sys.executable).with_name("kadin-danisma")


def audit_entries(session, action: str) -> list[tuple[str | None, dict]]:
    found = session.connection().execute(
        "SELECT target, details FROM audit_log WHERE action = ? ORDER BY id", (action,)).fetchall()
    return [(target, json.loads(details)) for target, details in found]


def pdf_text(path: Path) -> str:
    """What a reader gets back (PDFium, tests/pdf_reading.py), NFKC, whitespace collapsed."""
    return pdf_reading.text(path)


def open_settings(qtbot, window):
    click_tab(qtbot, window, window.workspace.settings_page)
    return window.workspace.settings_page


# -- settings ---------------------------------------------------------------------------------------------
def test_letterhead_and_case_number_prefix_are_audited_and_used(qtbot, make_window, case_vault, tmp_path) -> None:
    window = make_window(case_vault.folder)
    sign_in(qtbot, window)
    page = open_settings(qtbot, window)
    assert page.prefix.text() == "KDM"
    assert unnamed_controls(page) == []

    # A prefix with a dash is refused next to its field; the other settings are unaffected.
    type_into(qtbot, page.prefix, "CK-D")
    qtbot.mouseClick(page.letterhead, Qt.MouseButton.LeftButton)
    type_text(qtbot, page.letterhead, "Atatürk Bulvarı No: 5, Çankaya")
    qtbot.keyClick(page.letterhead, Qt.Key.Key_Return)
    type_text(qtbot, page.letterhead, "Tel: 0312 555 00 00")
    save_settings(qtbot, page)
    assert page.status.text().startswith("Case number prefix:"), page.status.text()
    assert "capital letters" in page.status.text()
    assert "border" in page.prefix.styleSheet() and page.center.styleSheet() == ""
    assert page.prefix.hasFocus()
    assert [t for t, _ in audit_entries(window.session, "setting_change")] == ["letterhead"]

    type_into(qtbot, page.prefix, "ckd")
    assert "CKD-" in page.prefix_example.text()
    save_settings(qtbot, page)
    assert page.status.text() == "Settings saved.", page.status.text()
    assert page.prefix.text() == "CKD" and page.prefix.styleSheet() == ""
    changes = dict(audit_entries(window.session, "setting_change"))
    assert changes["case_number_prefix"] == {"before": None, "after": "CKD"}
    assert changes["letterhead"]["after"] == "Atatürk Bulvarı No: 5, Çankaya\nTel: 0312 555 00 00"
    click(qtbot, window.workspace.lock_button)

    # Both take effect: a new case is numbered with the prefix and a referral letter carries the letterhead.
    ayse = vault_service.unlock(case_vault.folder, COUNSELOR, PASSWORD)
    try:
        on = (date.today() - timedelta(days=1)).isoformat()
        case_id = cases.create_case(ayse, r.Client("Deneme Danışan"),
                                    r.Intake(on, violence_types=["physical"], presenting_request="Destek."))
        assert cases.open_case(ayse, case_id).case_number.startswith(f"CKD-{date.today().year}-")
        cases.finish_intake(ayse, case_id)
        inst = directory.search_institutions(ayse, "baro")[0]
        assert inst.id is not None
        rid = referrals.create_referral(ayse, case_id, inst.id, "Hukuki destek", "Adli yardım")
        consents.record_consent(ayse, case_id, r.Consent("share_with_institution", on), inst.id)
        letter = tmp_path / "letter.pdf"
        exports.save_pdf(letter, exports.referral_letter_pdf(ayse, case_id, rid))
    finally:
        ayse.lock()
    text = pdf_text(letter)
    assert "Atatürk Bulvarı No: 5, Çankaya" in text and "Tel: 0312 555 00 00" in text


def test_text_size_applies_at_once_and_is_remembered(qtbot, window) -> None:
    sign_in(qtbot, window)
    page = open_settings(qtbot, window)
    app = QApplication.instance()
    before = app.font().pointSizeF()
    try:
        index = page.font_size.findData(16)
        page.font_size.setFocus()
        while page.font_size.currentIndex() < index:
            qtbot.keyClick(page.font_size, Qt.Key.Key_Down)
        assert app.font().pointSizeF() == 16
        assert int(app_prefs.preference("ui/font_size")) == 16
        assert page.computer_status.text() == "Text size saved for this computer."
    finally:
        page.set_font_size(0)
    assert app.font().pointSizeF() == before
    assert app_prefs.preference("ui/font_size") is None
    # English stays English (switching to Turkish is tested with the unlock screen's language choice).
    page.set_language("en")
    assert app_prefs.preference("ui/language") == "en"


# -- the directory ----------------------------------------------------------------------------------------
def test_directory_add_edit_hide_and_bad_input(qtbot, make_window, case_vault) -> None:
    window = make_window(case_vault.folder)
    sign_in(qtbot, window)
    page = window.workspace.directory_page
    assert isinstance(page, DirectoryPage)
    click_tab(qtbot, window, page)
    qtbot.waitUntil(lambda: page.table.rowCount() >= 19, timeout=WORKER_TIMEOUT)
    assert unnamed_controls(page) == []
    assert not page.edit_button.isEnabled()

    click(qtbot, page.add_button)
    dialog = the_dialog(qtbot, InstitutionDialog)
    assert unnamed_controls(dialog) == []
    type_into(qtbot, dialog.city, "İstanbul")
    click(qtbot, dialog.save_button())  # no name
    qtbot.waitUntil(lambda: "Name: is required" in dialog.error.text(), timeout=WORKER_TIMEOUT)
    assert dialog.isVisible() and dialog.city.text() == "İstanbul", "what was typed stays"
    assert "border" in dialog.name.styleSheet() and dialog.name.hasFocus()
    type_into(qtbot, dialog.name, "Kadıköy  Kadın Dayanışma Derneği")
    type_into(qtbot, dialog.district, "Kadıköy")
    click(qtbot, dialog.save_button())
    qtbot.waitUntil(lambda: is_gone(dialog), timeout=WORKER_TIMEOUT)
    assert page.status.text() == "Institution added."

    type_into(qtbot, page.search, "kadikoy")  # folded: ı/i and case do not matter
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=WORKER_TIMEOUT)
    assert page.table.item(0, 0).text() == "Kadıköy Kadın Dayanışma Derneği"
    page.table.selectRow(0)
    click(qtbot, page.edit_button)
    edit = the_dialog(qtbot, InstitutionDialog)
    assert edit.name.text() == "Kadıköy Kadın Dayanışma Derneği" and edit.city.text() == "İstanbul"
    type_into(qtbot, edit.phone, "0216 000 00 00")
    click(qtbot, edit.save_button())
    qtbot.waitUntil(lambda: is_gone(edit), timeout=WORKER_TIMEOUT)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1 and page.table.item(0, 4).text() == "0216 000 00 00",
                    timeout=WORKER_TIMEOUT)
    assert page.selected() is not None, "the edited row stays selected"
    iid = page.selected().id

    # Hidden from new referrals: counselors no longer find it; the admin can offer it again.
    click(qtbot, page.active_button)
    qtbot.waitUntil(lambda: page.table.item(0, 5).text() == "hidden from new referrals", timeout=WORKER_TIMEOUT)
    assert page.active_button.text() == "S&how again for referrals"
    session = window.session
    assert [i.id for i in directory.search_institutions(session, "kadikoy")] == []
    actions = [t for t, _ in audit_entries(session, "institution_add")] + \
        [t for t, _ in audit_entries(session, "institution_update")]
    assert actions == [f"institution:{iid}"] * 3, actions

    # A second one with the same name and city is refused inline.
    click(qtbot, page.add_button)
    again = the_dialog(qtbot, InstitutionDialog)
    type_into(qtbot, again.name, "Kadıköy Kadın Dayanışma Derneği")
    type_into(qtbot, again.city, "İstanbul")
    click(qtbot, again.save_button())
    qtbot.waitUntil(lambda: "already exists" in again.error.text(), timeout=WORKER_TIMEOUT)
    again.reject()


def test_only_admins_get_the_directory(qtbot, make_window, case_vault) -> None:
    window = make_window(case_vault.folder)
    sign_in(qtbot, window, COUNSELOR, PASSWORD)
    tabs = window.workspace.tabs
    assert not [tabs.widget(i) for i in range(tabs.count()) if isinstance(tabs.widget(i), DirectoryPage)]


# -- backups ----------------------------------------------------------------------------------------------
def test_backup_from_settings_passes_the_command_line_verify(qtbot, window, vault, tmp_path) -> None:
    sign_in(qtbot, window)
    page = open_settings(qtbot, window)
    assert page.stale_warning.isVisible() and "never been backed up" in page.stale_warning.text()
    assert not page.backup_button.isEnabled(), "no folder chosen yet"

    # The folder chooser is Qt's own, non-blocking dialog; the folder is then given as a person picks it.
    click(qtbot, page.choose_folder_button)
    chooser = the_dialog(qtbot, QFileDialog)
    assert chooser.testOption(QFileDialog.Option.DontUseNativeDialog)
    usb = tmp_path / "usb"
    usb.mkdir()
    chooser.setDirectory(str(usb))
    chooser.selectFile(str(usb))
    chooser.accept()
    qtbot.waitUntil(lambda: page.backup_folder.text() == str(usb))
    assert page.backup_button.isEnabled()
    assert audit_entries(window.session, "setting_change")[-1] == ("backup_folder", {"before": None, "after": str(usb)})

    click(qtbot, page.backup_button)
    assert page.progress.isVisible() and page.progress.maximum() == 0, "a busy indicator, not a percentage"
    assert page.stage.text() == "Copying and checking the encrypted vault…"
    assert not page.backup_button.isEnabled() and not page.choose_folder_button.isEnabled()
    qtbot.waitUntil(lambda: page.stage.text().startswith(("Backup written", "Backup failed")), timeout=WORKER_TIMEOUT)
    assert page.stage.text().startswith("Backup written"), page.stage.text()
    assert not page.progress.isVisible() and not page.stale_warning.isVisible()
    assert page.last_backup.text().endswith("(today)"), "never \"0 days ago\""
    files = list(usb.glob("*.kdbackup"))
    assert len(files) == 1 and page.last_backup_path == files[0]

    # Checked from the GUI with the password: a wrong one is refused inline, then the right one passes.
    click(qtbot, page.verify_backup_button)
    dialog = the_dialog(qtbot, VerifyBackupDialog)
    assert unnamed_controls(dialog) == []
    type_into(qtbot, dialog.password, "Yanlis-Parola-2026")
    click(qtbot, dialog.ok_button())
    qtbot.waitUntil(lambda: dialog.error.text() not in ("", "Working…", "Checking the backup…"),
                    timeout=WORKER_TIMEOUT)
    assert dialog.isVisible() and dialog.password.text() == ""
    type_into(qtbot, dialog.password, PASSWORD)
    click(qtbot, dialog.ok_button())
    qtbot.waitUntil(lambda: is_gone(dialog), timeout=WORKER_TIMEOUT)
    assert page.stage.text() == "The backup opens with your password and passed every check."

    # And by the command line, as the manual says.
    done = subprocess.run([str(CLI), "verify", "--backup", str(files[0]),
                           "--user", ADMIN], input=PASSWORD + "\n", capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "verify: all checks passed" in done.stdout


def test_an_old_backup_shows_the_warning(qtbot, window, vault, tmp_path, monkeypatch) -> None:
    session = vault_service.unlock(vault.folder, ADMIN, PASSWORD)
    try:
        backups.backup_now(session, tmp_path / "eski.kdbackup")
    finally:
        session.lock()
    later = datetime.now(UTC) + timedelta(days=8, hours=1)
    monkeypatch.setattr(backups, "now", lambda: later)
    sign_in(qtbot, window)
    page = open_settings(qtbot, window)
    assert page.stale_warning.isVisible()
    assert "older than 7 days" in page.stale_warning.text(), page.stale_warning.text()
    assert page.last_backup.text().endswith("(8 days ago)"), page.last_backup.text()
    wait_overview(qtbot, window)
    assert "older than 7 days" in window.workspace.overview.backup.text()


def test_vault_and_audit_chain_check(qtbot, window) -> None:
    sign_in(qtbot, window)
    page = open_settings(qtbot, window)
    click(qtbot, page.verify_vault_button)
    qtbot.waitUntil(lambda: page.verify_result.text().startswith(("Vault verified", "Verification FAILED")),
                    timeout=WORKER_TIMEOUT)
    assert "audit chain intact" in page.verify_result.text() and "entries chained" in page.verify_result.text()
    assert audit_entries(window.session, "verify")[-1][1] == {"ok": True}


# -- the recovery key and its sheet -----------------------------------------------------------------------
def test_recovery_sheet_is_written_only_where_chosen(qtbot, window, vault, tmp_path) -> None:
    sign_in(qtbot, window)
    page = open_settings(qtbot, window)
    click(qtbot, page.recovery_button)
    dialog = the_dialog(qtbot, RecoveryKeyDialog)
    key = dialog.findChild(QLabel, "recoveryKey").text()
    assert unnamed_controls(dialog) == []

    # Cancelling the file dialog writes nothing.
    click(qtbot, dialog.sheet.save_button)
    chooser = the_dialog(qtbot, QFileDialog)
    assert chooser.testOption(QFileDialog.Option.DontUseNativeDialog)
    chooser.reject()
    qtbot.waitUntil(lambda: not visible_dialogs(QFileDialog))
    assert dialog.status.text() == ""

    target = tmp_path / "kagitlar" / "kurtarma.pdf"
    target.parent.mkdir()
    click(qtbot, dialog.sheet.save_button)
    chooser = the_dialog(qtbot, QFileDialog)
    chooser.selectFile(str(target))
    chooser.accept()
    qtbot.waitUntil(lambda: not dialog.sheet.busy and dialog.status.text() != "", timeout=WORKER_TIMEOUT)
    assert "Saved: " in dialog.status.text() and str(target) in dialog.status.text()
    text = pdf_text(target)
    for group in recovery_code.split_groups(key):
        assert group in text
    assert audit_entries(window.session, "export_pdf")[-1][1] == {"kind": "recovery_sheet"}
    # The key is in no other file written during the test.
    written = [p for p in tmp_path.rglob("*") if p.is_file() and p != target]
    assert not [p for p in written if key.split("-")[3].encode() in p.read_bytes()]
    click(qtbot, dialog.ok_button())
    qtbot.waitUntil(lambda: is_gone(dialog))

    # The new key is the one that opens the vault.
    click(qtbot, window.workspace.lock_button)
    recovered = vault_service.unlock_with_recovery(vault.folder, key)
    recovered.lock()


# -- the one-time password of a new user ------------------------------------------------------------------
def test_a_user_added_by_the_admin_must_change_the_one_time_password(qtbot, window) -> None:
    sign_in(qtbot, window)
    click_tab(qtbot, window, window.workspace.users_page)
    click(qtbot, window.workspace.users_page.add_button)
    dialog = the_dialog(qtbot, AddUserDialog)
    type_into(qtbot, dialog.username, "elif")
    type_into(qtbot, dialog.display_name, "Elif Şahin")
    assert dialog.role_boxes[Role.COUNSELOR].isChecked()
    type_into(qtbot, dialog.pair.first, "Tek-Seferlik-Sifre-31")
    type_into(qtbot, dialog.pair.second, "Tek-Seferlik-Sifre-31")
    click(qtbot, dialog.ok_button())
    qtbot.waitUntil(lambda: is_gone(dialog), timeout=WORKER_TIMEOUT)
    click(qtbot, window.workspace.lock_button)

    sign_in(qtbot, window, "elif", "Tek-Seferlik-Sifre-31")
    forced = the_dialog(qtbot, ChangePasswordDialog)
    assert "administrator set your password" in " ".join(x.text() for x in forced.findChildren(QLabel))
    type_into(qtbot, forced.current, "Tek-Seferlik-Sifre-31")
    type_into(qtbot, forced.pair.first, "Mor-Lale-Bahce-2031")
    type_into(qtbot, forced.pair.second, "Mor-Lale-Bahce-2031")
    click(qtbot, forced.ok_button())
    qtbot.waitUntil(lambda: is_gone(forced), timeout=WORKER_TIMEOUT)
    assert not window.session.user.must_change_password
