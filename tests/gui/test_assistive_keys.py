"""Keys that come through assistive technology: with a screen reader on (the AT-SPI bridge on Linux), the
person's key presses reach the app a second time, re-sent by the bridge and no longer spontaneous. Ctrl+L must
lock from anywhere all the same, and typing must keep the session alive."""

from __future__ import annotations

import time

from gui_support import DEMO_COUNSELOR, DEMO_PASSWORD, WORKER_TIMEOUT, click, is_gone, sign_in, the_dialog
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from kadin_danisma.gui.admin.account_dialogs import ChangePasswordDialog
from kadin_danisma.gui.case.note_editor import NoteEditor

CTRL = Qt.KeyboardModifier.ControlModifier


def resent_key(widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
               text: str = "", *, post: bool = False) -> None:
    """A key press and release as the AT-SPI bridge delivers them: sent (or posted) by code, not spontaneous."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, modifiers, text)
        assert not event.spontaneous()
        if post:
            QCoreApplication.postEvent(widget, event)
        else:
            QCoreApplication.sendEvent(widget, event)
    QCoreApplication.processEvents()


def wait_locked(qtbot, window, where: str) -> None:
    try:
        qtbot.waitUntil(lambda: window.is_locked, timeout=2000)
    except qtbot.TimeoutError:
        raise AssertionError(f"Ctrl+L re-sent by assistive technology did not lock ({where})") from None
    assert window.stack.currentWidget() is window.unlock_page


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def open_first_case(qtbot, window):  # type: ignore[no-untyped-def]
    workspace = window.workspace
    case_list = workspace.case_list
    workspace.tabs.setCurrentWidget(case_list)
    qtbot.waitUntil(lambda: case_list.model.rowCount() > 0, timeout=WORKER_TIMEOUT)
    view = workspace.open_case(case_list.model.case_id(0))
    qtbot.waitUntil(lambda: view.data is not None, timeout=WORKER_TIMEOUT)
    return view


def test_resent_ctrl_l_locks_from_a_dialog(qtbot, make_window, case_vault) -> None:
    window = make_window(case_vault.folder)
    sign_in(qtbot, window, DEMO_COUNSELOR, DEMO_PASSWORD)
    click(qtbot, window.workspace.change_password_button)
    dialog = the_dialog(qtbot, ChangePasswordDialog)
    qtbot.waitUntil(lambda: focused().window() is dialog, timeout=2000)
    resent_key(focused(), Qt.Key.Key_L, CTRL)
    wait_locked(qtbot, window, "a dialog had the focus")
    assert is_gone(dialog)


def test_resent_ctrl_l_locks_from_the_case_table(qtbot, make_window, case_vault) -> None:
    window = make_window(case_vault.folder)
    sign_in(qtbot, window, DEMO_COUNSELOR, DEMO_PASSWORD)
    case_list = window.workspace.case_list
    window.workspace.tabs.setCurrentWidget(case_list)
    qtbot.waitUntil(lambda: case_list.model.rowCount() > 0, timeout=WORKER_TIMEOUT)
    case_list.table.setFocus()
    qtbot.waitUntil(lambda: case_list.table.hasFocus(), timeout=2000)
    resent_key(case_list.table, Qt.Key.Key_L, CTRL, post=True)  # posted, as the bridge does
    wait_locked(qtbot, window, "the case table had the focus")


def test_resent_ctrl_l_locks_from_a_note_being_written(qtbot, make_window, case_vault) -> None:
    window = make_window(case_vault.folder)
    sign_in(qtbot, window, DEMO_COUNSELOR, DEMO_PASSWORD)
    view = open_first_case(qtbot, window)
    view.open_note_editor()
    editor = the_dialog(qtbot, NoteEditor)
    editor.body.setFocus()
    qtbot.waitUntil(lambda: editor.body.hasFocus(), timeout=2000)
    for ch in "Not":
        resent_key(editor.body, Qt.Key.Key_unknown, text=ch)
    assert editor.body.toPlainText() == "Not", "re-sent keys type as usual"
    resent_key(editor.body, Qt.Key.Key_L, CTRL)
    wait_locked(qtbot, window, "a note's text had the focus")
    assert is_gone(editor), "the lock closes the note (its text is kept as an encrypted draft)"


def test_resent_keys_keep_the_session_alive(qtbot, make_window, case_vault) -> None:
    """Typing through a screen reader is input: the idle lock waits for her to stop."""
    window = make_window(case_vault.folder)
    window.idle_override_ms = 400
    sign_in(qtbot, window, DEMO_COUNSELOR, DEMO_PASSWORD)
    search = window.workspace.search
    search.setFocus()
    started = time.monotonic()
    while time.monotonic() - started < 1.2:  # three idle timeouts of typing
        resent_key(search, Qt.Key.Key_A, text="a")
        resent_key(search, Qt.Key.Key_Backspace)
        qtbot.wait(100)
        assert not window.is_locked, "locked while she was typing through a screen reader"
    qtbot.waitUntil(lambda: window.is_locked, timeout=3000)  # and it does lock once she stops
