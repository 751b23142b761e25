"""First run: an empty folder opens the wizard; it creates the vault, shows the recovery key once, checks
one group of it, and lands on the overview of the new, encrypted vault."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_support import ADMIN_NAME, RECOVERY_RE, WORKER_TIMEOUT, click, sign_in, tick, type_into, wait_overview
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from kadin_danisma.domain.errors import WrongCredentials
from kadin_danisma.services import vault_service

CENTER = "Şişli Kadın Danışma Merkezi — Çağlayan Öğütçü"
ADMIN = "yonetici"
PASSWORD = "Çok-Güçlü-Parola-2026"


def _other_group(group: str) -> str:
    """A six-digit string that is certainly not `group`."""
    return ("1" if group[0] != "1" else "2") + group[1:]


def test_first_run_through_to_the_overview(qtbot, make_window, tmp_path: Path) -> None:
    folder = tmp_path / "new-vault"
    window = make_window(folder)
    wizard = window.wizard
    assert wizard is not None, "an empty folder must open the first-run wizard"
    assert window.stack.currentWidget() is wizard
    assert window.is_locked and window.workspace is None
    next_button = wizard.button(QWizard.WizardButton.NextButton)

    # 1. Center name (Turkish letters).
    assert wizard.currentPage() is wizard.center_page
    assert not next_button.isEnabled(), "Next must wait for a center name"
    type_into(qtbot, wizard.center_page.center, CENTER)
    assert next_button.isEnabled()
    click(qtbot, next_button)

    # 2. The first admin; a weak password shows the policy and keeps Next disabled.
    page = wizard.admin_page
    assert wizard.currentPage() is page
    type_into(qtbot, page.username, ADMIN)
    type_into(qtbot, page.display_name, ADMIN_NAME)
    feedback = page.pair.feedback
    assert feedback.objectName() == "passwordFeedback"
    type_into(qtbot, page.pair.first, "kısa")
    type_into(qtbot, page.pair.second, "kısa")
    assert "10" in feedback.text(), feedback.text()
    assert not next_button.isEnabled()
    type_into(qtbot, page.pair.first, "password123")  # long enough but on the deny-list
    type_into(qtbot, page.pair.second, "password123")
    assert "common" in feedback.text(), feedback.text()
    assert not next_button.isEnabled()
    type_into(qtbot, page.pair.first, PASSWORD)
    type_into(qtbot, page.pair.second, PASSWORD[:-1])
    assert "match" in feedback.text(), feedback.text()
    assert not next_button.isEnabled(), "two different passwords must not be accepted"
    type_into(qtbot, page.pair.second, PASSWORD)
    assert "meets the policy" in feedback.text(), feedback.text()
    assert next_button.isEnabled()
    click(qtbot, next_button)

    # 3. What will be created, and the button that creates it (our words, never Qt's "Commit"/"İşle").
    create = wizard.create_page
    assert wizard.currentPage() is create
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.isVisible() and commit.text() == "&Create the vault"
    assert ADMIN in create.summary.text() and CENTER in create.summary.text()
    assert not folder.exists() or not any(folder.iterdir()), "nothing is created before she presses it"
    click(qtbot, commit)
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled(), "no way back while it is made"
    qtbot.waitUntil(lambda: create.done, timeout=WORKER_TIMEOUT)

    # The recovery key, shown once, with the sheet to print or save.
    keys = wizard.key_page
    assert wizard.currentPage() is keys
    key_label = wizard.findChild(type(keys.key_label), "recoveryKey")
    assert key_label is keys.key_label and key_label.isVisible()
    key = key_label.text()
    assert RECOVERY_RE.match(key), key
    assert key == wizard.recovery_key
    assert page.pair.first.text() == "" and page.pair.second.text() == "", "the password must not linger"
    assert keys.sheet.print_button.isVisible() and keys.sheet.save_button.isVisible()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled(), "Next must wait for 'I have written down the key'"
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled(), "the vault exists: no way back"
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)  # Escape must not skip the recovery-key check
    assert wizard.currentPage() is keys and window.stack.currentWidget() is wizard
    tick(qtbot, keys.written)
    assert keys.written.isChecked()
    assert next_button.isEnabled()
    click(qtbot, next_button)

    # 4. Type back one group: a wrong one is refused, the right one accepted.
    confirm = wizard.confirm_page
    assert wizard.currentPage() is confirm
    assert str(confirm.group_index) in confirm.prompt.text()
    expected = key.split("-")[confirm.group_index - 1]
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.text() == "&Start working"
    type_into(qtbot, confirm.answer, _other_group(expected))
    assert "not group" in confirm.feedback.text(), confirm.feedback.text()
    assert not finish.isEnabled()
    type_into(qtbot, confirm.answer, expected)
    assert confirm.feedback.text() == "Correct."
    assert finish.isEnabled()
    click(qtbot, finish)

    # 5. The workspace and its overview.
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=WORKER_TIMEOUT)
    assert not window.is_locked
    assert window.stack.currentWidget() is window.workspace
    wait_overview(qtbot, window)
    overview = window.workspace.overview
    center_label = window.workspace.findChild(type(overview.center), "centerName")
    assert center_label is overview.center
    assert center_label.text() == CENTER
    audit = window.workspace.findChild(type(overview.audit), "auditStatus")
    assert audit.text().startswith("Intact"), audit.text()
    assert "entries" in audit.text()
    assert ADMIN_NAME in window.workspace.findChild(type(overview.center), "signedIn").text()
    assert wizard.recovery_key == "", "the recovery key must not be kept after the wizard"
    qtbot.waitUntil(lambda: window.wizard is None)

    # 6. On disk: an encrypted vault, with no trace of the center name.
    names = {p.name for p in folder.iterdir()}
    assert {"vault.db", "keyslots.json"} <= names, names
    for path in folder.iterdir():
        data = path.read_bytes()
        for needle in (CENTER.encode("utf-8"), CENTER.encode("utf-16-le"), ADMIN_NAME.encode("utf-8")):
            assert needle not in data, f"{path.name} contains readable vault data"
    assert not (folder / "vault.db").read_bytes().startswith(b"SQLite format 3\0")


def _to_confirm_page(qtbot, window) -> None:
    wizard = window.wizard
    type_into(qtbot, wizard.center_page.center, CENTER)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    type_into(qtbot, wizard.admin_page.username, ADMIN)
    type_into(qtbot, wizard.admin_page.pair.first, PASSWORD)
    type_into(qtbot, wizard.admin_page.pair.second, PASSWORD)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    qtbot.waitUntil(lambda: wizard.create_page.done, timeout=WORKER_TIMEOUT)
    tick(qtbot, wizard.key_page.written)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentPage() is wizard.confirm_page


def test_cancel_before_creating_leaves_nothing(qtbot, make_window, tmp_path: Path) -> None:
    folder = tmp_path / "iptal"
    window = make_window(folder)
    type_into(qtbot, window.wizard.center_page.center, CENTER)
    click(qtbot, window.wizard.button(QWizard.WizardButton.CancelButton))
    qtbot.waitUntil(lambda: not window.isVisible())
    assert not folder.exists() or not any(folder.iterdir())


def test_closing_the_window_after_creation_closes_the_vault(qtbot, make_window, tmp_path: Path) -> None:
    """Regression: MainWindow.lock() only knows self.session; the session the wizard holds between "Create"
    and "Finish" stayed open on close (data key in memory, no lock entry in the audit log)."""
    window = make_window(tmp_path / "kapat")
    _to_confirm_page(qtbot, window)
    session = window.wizard.session
    assert session is not None and session.is_open
    window.close()
    assert not session.is_open, "closing the window must close the vault the wizard opened"


def test_the_password_retyped_after_back_is_the_one_that_opens(qtbot, make_window, tmp_path: Path) -> None:
    """Item 7: she types a password, goes on, goes back, types another, creates: the vault opens with the one on
    the screen when she pressed "Create the vault", never with the first."""
    folder = tmp_path / "geri"
    window = make_window(folder)
    wizard = window.wizard
    first, second = "Ilk-Yazilan-Parola-2026", "Ikinci-Secilen-Parola-2026"
    type_into(qtbot, wizard.center_page.center, CENTER)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    admin = wizard.admin_page
    type_into(qtbot, admin.username, ADMIN)
    type_into(qtbot, admin.pair.first, first)
    type_into(qtbot, admin.pair.second, first)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentPage() is wizard.create_page
    click(qtbot, wizard.button(QWizard.WizardButton.BackButton))
    assert wizard.currentPage() is admin
    type_into(qtbot, admin.pair.first, second)
    type_into(qtbot, admin.pair.second, second)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    qtbot.waitUntil(lambda: wizard.create_page.done, timeout=WORKER_TIMEOUT)
    tick(qtbot, wizard.key_page.written)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    confirm = wizard.confirm_page
    type_into(qtbot, confirm.answer, confirm.expected())
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=WORKER_TIMEOUT)
    window.lock()
    with pytest.raises(WrongCredentials):
        vault_service.unlock(folder, ADMIN, first).lock()
    vault_service.unlock(folder, ADMIN, second).lock()
    # …and in the window, as she will sign in tomorrow.
    sign_in(qtbot, window, ADMIN, second)
