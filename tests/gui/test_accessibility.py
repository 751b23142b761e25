"""Accessibility: every input has a name a screen reader can announce, and first run works by keyboard alone."""

from __future__ import annotations

from pathlib import Path

from gui_support import (
    WORKER_TIMEOUT,
    click,
    click_tab,
    sign_in,
    the_dialog,
    type_text,
    wait_overview,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QWidget,
    QWizard,
)

from kadin_danisma.gui.admin.account_dialogs import AddUserDialog, ChangePasswordDialog, ResetPasswordDialog


def _labelled_by_form(widget: QWidget, root: QWidget) -> bool:
    for form in root.findChildren(QFormLayout):
        label = form.labelForField(widget)
        if isinstance(label, QLabel) and label.text().strip():
            return True
    return False


def _labelled_by_buddy(widget: QWidget, root: QWidget) -> bool:
    return any(label.buddy() is widget and label.text().strip() for label in root.findChildren(QLabel))


def unnamed_controls(root: QWidget) -> list[str]:
    """Controls with neither an accessible name nor a label pointing at them."""
    candidates: list[QWidget] = []
    for edit in root.findChildren(QLineEdit):
        # The line edit inside a spin box or combo box is announced through its owner.
        owner = edit.parentWidget()
        candidates.append(owner if isinstance(owner, QAbstractSpinBox | QComboBox) else edit)
    candidates += [b for b in root.findChildren(QPushButton) if not b.text().replace("&", "").strip()]
    candidates += root.findChildren(QTableView) + root.findChildren(QListWidget)
    candidates += root.findChildren(QAbstractSpinBox)
    missing = []
    for widget in dict.fromkeys(candidates):  # unique, in order
        if widget.accessibleName().strip():
            continue
        if _labelled_by_form(widget, root) or _labelled_by_buddy(widget, root):
            continue
        missing.append(f"{type(widget).__name__}#{widget.objectName()} in {type(widget.parentWidget()).__name__}")
    return missing


def test_wizard_controls_are_named(make_window, tmp_path: Path) -> None:
    window = make_window(tmp_path / "bos")
    assert window.wizard is not None
    assert unnamed_controls(window.wizard) == []


def test_unlock_page_controls_are_named(window) -> None:
    assert unnamed_controls(window.unlock_page) == []


def test_workspace_and_dialogs_are_named(qtbot, window) -> None:
    sign_in(qtbot, window)
    wait_overview(qtbot, window)
    workspace = window.workspace
    assert unnamed_controls(workspace) == []
    assert workspace.lock_button.accessibleName(), "the lock button says what it does"

    click_tab(qtbot, window, window.workspace.users_page)
    click(qtbot, workspace.users_page.add_button)
    dialog = the_dialog(qtbot, AddUserDialog)
    assert unnamed_controls(dialog) == []
    dialog.reject()

    workspace.users_page.select_user("koordinator")
    click(qtbot, workspace.users_page.reset_button)
    dialog = the_dialog(qtbot, ResetPasswordDialog)
    assert unnamed_controls(dialog) == []
    dialog.reject()

    click(qtbot, workspace.change_password_button)
    dialog = the_dialog(qtbot, ChangePasswordDialog)
    assert unnamed_controls(dialog) == []
    dialog.reject()


def test_recovery_workspace_is_named(qtbot, window, vault) -> None:
    page = window.unlock_page
    click(qtbot, page.use_recovery)
    type_text(qtbot, page.recovery_input, vault.recovery_key)
    click(qtbot, page.recovery_button)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=WORKER_TIMEOUT)
    assert unnamed_controls(window.workspace) == []


# -- keyboard only --------------------------------------------------------------------------------------------
def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def keys(qtbot, text: str) -> None:
    type_text(qtbot, focused(), text)


def press(qtbot, key: Qt.Key) -> None:
    qtbot.keyClick(focused(), key)


def tab_to(qtbot, target: QWidget, limit: int = 12) -> None:
    """Press Tab until the target has the focus, as a person watching the screen would."""
    for _ in range(limit):
        if focused() is target:
            return
        press(qtbot, Qt.Key.Key_Tab)
    assert focused() is target, f"Tab never reached {target.accessibleName() or target}"


def tab_chain(qtbot, length: int) -> list[str]:
    """Accessible names of the focused widget and the next ones along the Tab chain."""
    names = [focused().accessibleName() or focused().objectName()]
    for _ in range(length - 1):
        press(qtbot, Qt.Key.Key_Tab)
        names.append(focused().accessibleName() or focused().objectName())
    return names


def test_first_run_by_keyboard_only(qtbot, make_window, tmp_path: Path) -> None:
    window = make_window(tmp_path / "klavye")
    wizard = window.wizard

    qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.center_page.center, timeout=2000)
    keys(qtbot, "Klavye Kadın Danışma Merkezi")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.admin_page, "Return must go to the next page"

    admin = wizard.admin_page
    for field, text in ((admin.username, "klavye"), (admin.display_name, "Klavye Kullanıcısı"),
                        (admin.pair.first, "Sadece-Tuslar-2026"), (admin.pair.second, "Sadece-Tuslar-2026")):
        tab_to(qtbot, field)
        keys(qtbot, text)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    press(qtbot, Qt.Key.Key_Return)

    create = wizard.create_page
    assert wizard.currentPage() is create
    press(qtbot, Qt.Key.Key_Return)  # "Create the vault", the page's default button
    qtbot.waitUntil(lambda: create.done, timeout=WORKER_TIMEOUT)
    key_page = wizard.key_page
    assert wizard.currentPage() is key_page
    key = key_page.key_label.text()
    assert focused() is key_page.written, "after creation the focus is on 'I have written down the key'"
    press(qtbot, Qt.Key.Key_Space)
    assert key_page.written.isChecked()
    press(qtbot, Qt.Key.Key_Return)

    confirm = wizard.confirm_page
    assert wizard.currentPage() is confirm, "Return must commit once the box is ticked"
    assert focused() is confirm.answer
    keys(qtbot, key.split("-")[confirm.group_index - 1])
    press(qtbot, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: window.workspace is not None, timeout=WORKER_TIMEOUT)
    wait_overview(qtbot, window)
    assert window.workspace.overview.center.text() == "Klavye Kadın Danışma Merkezi"


def test_wizard_admin_page_tab_order_follows_the_screen(qtbot, make_window, tmp_path: Path) -> None:
    """Regression: AdminPage creates its PasswordPair (parented) before the form's fields are parented, so
    without an explicit tab order the focus started in "New password" and Tab went password, repeat, user
    name, full name."""
    window = make_window(tmp_path / "sira")
    wizard = window.wizard
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.center_page.center, timeout=2000)
    keys(qtbot, "Sıra Merkezi")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.admin_page
    assert tab_chain(qtbot, 4) == ["User name", "Full name", "New password", "Repeat the new password"]


def test_dialog_tab_order_follows_the_screen(qtbot, window) -> None:
    """Regression (same cause): "Add a user" and "Change my password" used to start in "New password"."""
    sign_in(qtbot, window)
    workspace = window.workspace
    click_tab(qtbot, window, window.workspace.users_page)
    click(qtbot, workspace.users_page.add_button)
    dialog = the_dialog(qtbot, AddUserDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and focused().window() is dialog, timeout=2000)
    add_chain = tab_chain(qtbot, 2)
    dialog.reject()

    click(qtbot, workspace.change_password_button)
    dialog = the_dialog(qtbot, ChangePasswordDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and focused().window() is dialog, timeout=2000)
    change_chain = tab_chain(qtbot, 3)
    dialog.reject()

    assert add_chain[:2] == ["User name", "Full name"], add_chain
    assert change_chain == ["Current password", "New password", "Repeat the new password"], change_chain
