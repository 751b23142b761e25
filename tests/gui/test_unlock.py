"""The unlock screen: wrong then right password, the failed-attempt report, and the recovery-key path."""

from __future__ import annotations

from gui_support import (
    ADMIN,
    ADMIN_NAME,
    PASSWORD,
    WORKER_TIMEOUT,
    click,
    is_gone,
    sign_in,
    submit_unlock,
    the_dialog,
    type_into,
    wait_overview,
)
from PySide6.QtWidgets import QLabel

from kadin_danisma.gui.admin.account_dialogs import ResetPasswordDialog
from kadin_danisma.gui.admin.recovery_page import RecoveryWorkspace
from kadin_danisma.gui.workspace.workspace import Workspace
from kadin_danisma.services import vault_service

NEW_PASSWORD = "Yeni-Parola-Nisan-2026"


def test_wrong_then_right_password(qtbot, window, vault) -> None:
    page = window.unlock_page
    status = window.findChild(QLabel, "unlockStatus")
    assert status is page.status
    assert window.is_locked and window.stack.currentWidget() is page

    submit_unlock(qtbot, window, ADMIN, PASSWORD + "x")
    assert "Wrong user name or password" in status.text(), status.text()
    assert window.is_locked and window.workspace is None
    assert window.stack.currentWidget() is page
    assert page.password.text() == "", "the password field must be cleared after a failure"
    assert page.username.text() == ADMIN, "the user name is kept for the next try"
    assert page.password.isEnabled() and page.unlock_button.isEnabled()

    # An unknown user gets exactly the same message (the screen never says which part was wrong).
    submit_unlock(qtbot, window, "nobody", PASSWORD)
    assert "Wrong user name or password" in status.text(), status.text()
    assert window.is_locked

    sign_in(qtbot, window, ADMIN, PASSWORD)
    assert isinstance(window.workspace, Workspace)
    assert window.stack.currentWidget() is window.workspace
    assert page.password.text() == ""
    wait_overview(qtbot, window)
    assert ADMIN_NAME in window.workspace.findChild(QLabel, "topUser").text()


def test_empty_password_is_not_sent(qtbot, window) -> None:
    page = window.unlock_page
    type_into(qtbot, page.username, ADMIN)
    click(qtbot, page.unlock_button)
    assert not page.busy
    assert page.status.text(), "an empty password must be answered, not silently ignored"
    assert window.is_locked


def test_failed_attempts_are_reported_at_the_next_unlock(qtbot, window) -> None:
    for attempt in ("Yanlis-Parola-1", "Yanlis-Parola-2"):
        submit_unlock(qtbot, window, ADMIN, attempt)
        assert window.is_locked
    sign_in(qtbot, window)
    banner = window.workspace.findChild(QLabel, "failedBanner")
    assert banner is not None, "the failed attempts must be reported"
    assert banner.isVisible()
    assert "2 failed" in banner.text(), banner.text()

    # Reported once: the next unlock is clean.
    click(qtbot, window.workspace.lock_button)
    assert window.is_locked
    sign_in(qtbot, window)
    assert window.workspace.findChild(QLabel, "failedBanner") is None


def _mistype_group(key: str, index: int) -> str:
    groups = key.split("-")
    g = groups[index - 1]
    # Changing one digit by one changes the value by 1, 10, 100…: never a multiple of 11, so the check catches it.
    groups[index - 1] = g[:-1] + str((int(g[-1]) + 1) % 10)
    return "-".join(groups)


def test_recovery_key_path(qtbot, window, vault) -> None:
    page = window.unlock_page
    click(qtbot, page.use_recovery)
    assert page.stack.currentIndex() == 1
    assert page.recovery_input.isVisible()
    feedback = page.recovery_feedback
    assert feedback.objectName() == "recoveryFeedback"

    # One mistyped group: named at once, and nothing is sent to the key derivation.
    type_into(qtbot, page.recovery_input, _mistype_group(vault.recovery_key, 3))
    assert "Group 3" in feedback.text(), feedback.text()
    assert not page.recovery_button.isEnabled()
    qtbot.keyClick(page.recovery_input, "\r")
    assert not page.busy and window.is_locked

    # Half typed: counted, still disabled.
    type_into(qtbot, page.recovery_input, vault.recovery_key[:20])
    assert "of 8" in feedback.text(), feedback.text()
    assert not page.recovery_button.isEnabled()

    # The right key opens the recovery workspace.
    type_into(qtbot, page.recovery_input, vault.recovery_key)
    assert "All eight groups" in feedback.text(), feedback.text()
    click(qtbot, page.recovery_button)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=WORKER_TIMEOUT)
    workspace = window.workspace
    assert isinstance(workspace, RecoveryWorkspace)
    assert page.recovery_input.text() == "", "the recovery key must not stay in the field"
    assert window.session is not None and window.session.is_recovery
    assert window.idle.active, "the idle lock must run in the recovery workspace too"
    users = [workspace.list.item(i).data(0x0100) for i in range(workspace.list.count())]
    assert users == [ADMIN]

    # Set a new password for koordinator.
    workspace.list.setCurrentRow(0)
    click(qtbot, workspace.reset_button)
    dialog = the_dialog(qtbot, ResetPasswordDialog)
    assert not dialog.ok_button().isEnabled()
    type_into(qtbot, dialog.pair.first, NEW_PASSWORD)
    type_into(qtbot, dialog.pair.second, NEW_PASSWORD)
    click(qtbot, dialog.ok_button())
    status = workspace.findChild(QLabel, "recoveryStatus")
    qtbot.waitUntil(lambda: "New password set" in status.text(), timeout=WORKER_TIMEOUT)
    qtbot.waitUntil(lambda: is_gone(dialog))

    # Lock, then sign in with the new password; the old one no longer works.
    click(qtbot, workspace.lock_button)
    assert window.is_locked and window.workspace is None
    submit_unlock(qtbot, window, ADMIN, PASSWORD)
    assert window.is_locked, "the old password must no longer open the vault"
    sign_in(qtbot, window, ADMIN, NEW_PASSWORD)
    assert isinstance(window.workspace, Workspace)
    # Reset through the recovery key is her own choice: no forced change afterwards.
    assert not window.session.user.must_change_password

    # The audit log records the recovery unlock and the reset.
    actions = [r[0] for r in window.session.connection().execute("SELECT action FROM audit_log ORDER BY id")]
    assert "recovery_unlock" in actions and "password_reset" in actions, actions


def test_recovery_key_of_another_vault_is_refused(qtbot, window, tmp_path) -> None:
    other = vault_service.create_vault(tmp_path / "other", "Başka Merkez", "baska", "Başka", "Diger-Sifre-2026")
    other.session.lock()
    page = window.unlock_page
    click(qtbot, page.use_recovery)
    type_into(qtbot, page.recovery_input, other.recovery_key)
    assert page.recovery_button.isEnabled()
    qtbot.keyClick(page.recovery_input, "\r")
    qtbot.waitUntil(lambda: not page.busy, timeout=WORKER_TIMEOUT)
    assert window.is_locked
    assert "not valid for this vault" in page.status.text(), page.status.text()
