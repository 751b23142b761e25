"""Locking: Ctrl+L and the idle timer, whatever dialog is open; nothing from the vault survives on screen."""

from __future__ import annotations

import time

from gui_support import (
    ADMIN,
    ADMIN_NAME,
    CENTER,
    PASSWORD,
    WORKER_TIMEOUT,
    click,
    click_tab,
    is_gone,
    save_settings,
    sign_in,
    submit_unlock,
    texts_containing,
    the_dialog,
    type_into,
    visible_dialogs,
    wait_overview,
)
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from kadin_danisma.gui.admin.account_dialogs import AddUserDialog, ChangePasswordDialog, RecoveryKeyDialog

SAVED_MARKER = "Gizli-İşaret-Merkez-7319"  # saved as the center name: vault data on several widgets
TYPED_MARKER = "Yazılmış-Gizli-İşaret-4826"  # typed into an open dialog, never saved
TYPED_USER = "isaret4826"


def assert_nothing_left(qtbot, *needles: str) -> None:
    qtbot.wait(50)  # let the deferred deletions run
    leftovers = texts_containing(*needles)
    assert not leftovers, f"vault text survived the lock: {leftovers}"


def wait_locked(qtbot, window, message: str) -> None:
    """Locked now or within a moment (a lock may be deferred to the next turn of the event loop)."""
    try:
        qtbot.waitUntil(lambda: window.is_locked, timeout=1000)
    except qtbot.TimeoutError:
        raise AssertionError(message) from None


def assert_locked_cleanly(window, session) -> None:
    assert window.is_locked and window.session is None
    assert not session.is_open, "the vault must be closed at lock"
    assert window.workspace is None
    assert window.stack.currentWidget() is window.unlock_page
    assert window.unlock_page.status.text() == "Locked."
    assert window.unlock_page.password.text() == ""
    assert not visible_dialogs(), [d.windowTitle() for d in visible_dialogs()]
    assert not window.idle.active


class _WindowSpy(QObject):
    """Records every widget shown as a window of its own."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self.shown.append(f"{type(watched).__name__} {watched.text() if hasattr(watched, 'text') else ''}")
        return False


def test_sign_in_keeps_the_window_active(qtbot, window) -> None:
    """After sign-in the keyboard must still reach the app (Ctrl+L, typing) without clicking it first.

    Regression: OverviewPage.__init__ called setVisible(True) on its Back up / Verify buttons before they
    were in a layout, so each flashed up as a top-level window of its own and the main window lost
    activation (Ctrl+L and typing went nowhere until she clicked the window).
    """
    spy = _WindowSpy()
    QApplication.instance().installEventFilter(spy)
    try:
        sign_in(qtbot, window)
        wait_overview(qtbot, window)
    finally:
        QApplication.instance().removeEventFilter(spy)
    assert spy.shown == [], f"stray top-level windows were shown at sign-in: {spy.shown}"
    assert QApplication.activeWindow() is window, "the main window lost activation at sign-in"
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    wait_locked(qtbot, window, "Ctrl+L right after sign-in must lock")


def test_ctrl_l_locks(qtbot, window) -> None:
    sign_in(qtbot, window)
    session = window.session
    wait_overview(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    wait_locked(qtbot, window, "Ctrl+L must lock")
    assert_locked_cleanly(window, session)
    assert_nothing_left(qtbot, CENTER, ADMIN_NAME)
    # The lock is in the audit log, and the unlock screen works again.
    sign_in(qtbot, window)
    # (The dashboard and case list log what they read; they are not part of this sequence.)
    actions = [r[0] for r in window.session.connection().execute(
        "SELECT action FROM audit_log WHERE action NOT IN ('dashboard', 'case_list') ORDER BY id")]
    assert actions[-3:] == ["unlock", "lock", "unlock"], actions


def test_lock_button(qtbot, window) -> None:
    sign_in(qtbot, window)
    session = window.session
    click(qtbot, window.workspace.lock_button)
    assert_locked_cleanly(window, session)


def test_ctrl_l_locks_while_a_dialog_has_the_focus(qtbot, window) -> None:
    """Regression: an application-wide QShortcut owned by the main window is not delivered while a
    (window-)modal dialog blocks its owner, so Ctrl+L did nothing while any dialog was open."""
    sign_in(qtbot, window)
    session = window.session
    click(qtbot, window.workspace.change_password_button)
    dialog = the_dialog(qtbot, ChangePasswordDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    type_into(qtbot, dialog.current, PASSWORD)
    qtbot.keyClick(dialog.current, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    wait_locked(qtbot, window, "Ctrl+L must lock from inside a dialog")
    assert is_gone(dialog)
    assert_locked_cleanly(window, session)


def lock_by_idle(qtbot, window, ms: int = 300) -> float:
    """Switch to a short idle timeout now and wait, without input, for the lock; returns the seconds taken."""
    window.idle_override_ms = ms
    window._apply_idle()
    started = time.monotonic()
    qtbot.waitUntil(lambda: window.is_locked, timeout=2000)
    return time.monotonic() - started


def test_idle_lock_with_a_dialog_open_leaves_nothing_on_screen(qtbot, window) -> None:
    # A long timeout while setting the scene, so the test does not depend on how fast this machine is.
    window.idle_override_ms = 60_000
    sign_in(qtbot, window)
    session = window.session
    wait_overview(qtbot, window)
    workspace = window.workspace

    # Save a new center name: vault data now shown on the overview and in the settings form.
    click_tab(qtbot, window, window.workspace.settings_page)
    settings = workspace.settings_page
    type_into(qtbot, settings.center, SAVED_MARKER)
    save_settings(qtbot, settings)
    assert settings.status.text() == "Settings saved.", settings.status.text()
    qtbot.waitUntil(lambda: workspace.overview.center.text() == SAVED_MARKER, timeout=WORKER_TIMEOUT)

    # Open "Add user…" and type into it without saving; put it on the clipboard too.
    click_tab(qtbot, window, window.workspace.users_page)
    click(qtbot, workspace.users_page.add_button)
    dialog = the_dialog(qtbot, AddUserDialog)
    type_into(qtbot, dialog.username, TYPED_USER)
    type_into(qtbot, dialog.display_name, TYPED_MARKER)
    QGuiApplication.clipboard().setText(TYPED_MARKER)
    assert texts_containing(TYPED_MARKER, SAVED_MARKER), "the scan must see the markers before the lock"

    # Now a short idle timeout, and no input at all.
    elapsed = lock_by_idle(qtbot, window)
    assert elapsed >= 0.25, f"locked after {elapsed:.2f} s, before the idle timeout"

    assert is_gone(dialog), "the open dialog must be closed by the lock"
    assert_locked_cleanly(window, session)
    assert_nothing_left(qtbot, TYPED_MARKER, TYPED_USER, SAVED_MARKER, CENTER, ADMIN_NAME)
    assert TYPED_MARKER not in (QGuiApplication.clipboard().text() or ""), "the clipboard must be cleared"

    # The user typed into the dialog was never added.
    sign_in(qtbot, window)
    rows = window.session.connection().execute("SELECT username FROM users").fetchall()
    assert [r[0] for r in rows] == [ADMIN]


def test_idle_timeout_set_before_unlock(qtbot, window) -> None:
    window.idle_override_ms = 300
    opened: list[tuple[float, object]] = []
    window.unlock_page.unlocked.connect(lambda session: opened.append((time.monotonic(), session)))
    submit_unlock(qtbot, window, ADMIN, PASSWORD)
    qtbot.waitUntil(lambda: bool(opened), timeout=WORKER_TIMEOUT)
    assert window.idle.interval_ms == 300
    qtbot.waitUntil(lambda: window.is_locked, timeout=2000)
    unlocked_at, session = opened[0]
    assert time.monotonic() - unlocked_at >= 0.25, "locked before the idle timeout"
    assert_locked_cleanly(window, session)
    assert_nothing_left(qtbot, CENTER, ADMIN_NAME)


def test_input_keeps_the_session_alive(qtbot, window) -> None:
    window.idle_override_ms = 400
    sign_in(qtbot, window)
    field = window.workspace.settings_page.center
    for _ in range(10):
        qtbot.keyClick(field, Qt.Key.Key_End)
        qtbot.wait(100)
        assert not window.is_locked, "typing must keep the session unlocked"
    assert window.idle.active
    started = time.monotonic()
    qtbot.waitUntil(lambda: window.is_locked, timeout=2000)
    assert time.monotonic() - started >= 0.3


def test_lock_closes_a_confirmation_without_acting_on_it(qtbot, window, vault) -> None:
    from kadin_danisma.domain.roles import Role
    from kadin_danisma.services import users, vault_service

    session = vault_service.unlock(vault.folder, ADMIN, PASSWORD)
    users.add_user(session, "ayse", "Ayşe Yılmaz", frozenset({Role.COUNSELOR}), "Mavi-Deniz-Kum-2026")
    session.lock()

    sign_in(qtbot, window)
    click_tab(qtbot, window, window.workspace.users_page)
    page = window.workspace.users_page
    page.select_user("ayse")
    click(qtbot, page.disable_button)
    box = the_dialog(qtbot, QMessageBox)
    assert "ayse" in box.text()
    lock_by_idle(qtbot, window)
    assert is_gone(box)
    assert_nothing_left(qtbot, "Ayşe Yılmaz", "Disable ayse")
    sign_in(qtbot, window)
    rows = dict(window.session.connection().execute("SELECT username, disabled FROM users").fetchall())
    assert rows["ayse"] == 0, "a confirmation closed by the lock must not disable the user"


def test_new_recovery_key_dialog_is_wiped_at_lock(qtbot, window) -> None:
    sign_in(qtbot, window)
    click_tab(qtbot, window, window.workspace.settings_page)
    click(qtbot, window.workspace.settings_page.recovery_button)
    dialog = the_dialog(qtbot, RecoveryKeyDialog)
    key = dialog.findChild(QLabel, "recoveryKey").text()
    assert len(key) == 55
    lock_by_idle(qtbot, window)
    assert is_gone(dialog)
    assert_nothing_left(qtbot, key, key.split("-")[0] + "-" + key.split("-")[1])


def test_lock_never_waits_for_running_workers(qtbot, window, vault) -> None:
    """Lock straight after sign-in, while the overview's audit-chain worker is still reading the vault."""
    from kadin_danisma.services import vault_service

    for _ in range(6):
        sign_in(qtbot, window)
        session = window.session
        click(qtbot, window.workspace.lock_button)
        assert window.is_locked and not session.is_open
    qtbot.wait(100)  # late worker results must be dropped quietly
    assert window.is_locked and window.stack.currentWidget() is window.unlock_page
    session = vault_service.unlock(vault.folder, ADMIN, PASSWORD)
    try:
        report = vault_service.verify_session(session)
        assert report.ok, report.checks
    finally:
        session.lock()
