"""Where the keyboard focus goes, as a keyboard-only counselor works: into the case she opened (so its keys
work), into the first field of a dialog, back to where she was when the dialog closes (never to the search
box), and out of every table with Tab."""

from __future__ import annotations

from gui_support import (
    DEMO_COUNSELOR,
    DEMO_PASSWORD,
    WORKER_TIMEOUT,
    is_gone,
    sign_in,
    the_dialog,
    type_text,
    visible_dialogs,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableWidget, QWidget

from kadin_danisma.gui.case.note_editor import NoteEditor
from kadin_danisma.gui.case.view import CaseView

CTRL = Qt.KeyboardModifier.ControlModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def back_to(qtbot, window: QWidget) -> None:
    """A dialog closed: the window manager activates the main window again (done by hand offscreen)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    qtbot.wait(20)  # the queued hand-back of the focus


def open_by_search(qtbot, window) -> CaseView:  # type: ignore[no-untyped-def]
    """Ctrl+F, the case number, Down, Enter: as she opens a case from the keyboard."""
    workspace = window.workspace
    search = workspace.search
    qtbot.waitUntil(lambda: workspace.case_list.model.rowCount() > 0, timeout=WORKER_TIMEOUT)
    number = workspace.case_list.model.index(0, 0).data()
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert search.hasFocus()
    with qtbot.waitSignal(search.results_shown, timeout=WORKER_TIMEOUT):
        type_text(qtbot, search, number)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(workspace.tabs.currentWidget(), CaseView), timeout=5000)
    view = workspace.tabs.currentWidget()
    qtbot.waitUntil(lambda: view.data is not None and not view.loading, timeout=WORKER_TIMEOUT)
    return view


def write_note(qtbot, window, text: str) -> None:
    """Ctrl+N, the note's text, Save: the focus must start in the first field and come back afterwards."""
    press(qtbot, Qt.Key.Key_N, CTRL)
    editor = the_dialog(qtbot, NoteEditor)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor, timeout=5000)
    assert focused() is editor.note_type, f"the note opens on its first field, not on {focused()!r}"
    editor.body.setFocus()  # (Tab by Tab through seven fields is another test's business)
    type_text(qtbot, editor.body, text)
    qtbot.mouseClick(editor.save_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: is_gone(editor), timeout=WORKER_TIMEOUT)
    back_to(qtbot, window)


def test_focus_stays_with_the_case_through_dialogs(qtbot, make_window, case_vault) -> None:
    """The issue: after every dialog the focus jumped to the global search, so Ctrl+N did nothing."""
    window = make_window(case_vault.folder)
    window.autosave_override_ms = 3_600_000
    sign_in(qtbot, window, DEMO_COUNSELOR, DEMO_PASSWORD)
    view = open_by_search(qtbot, window)
    assert view.isAncestorOf(focused()), f"the opened case has the focus, not {focused().objectName()!r}"
    before = focused()

    write_note(qtbot, window, "Birinci not.")
    qtbot.waitUntil(lambda: not view.loading, timeout=WORKER_TIMEOUT)
    assert focused() is not window.workspace.search, "the focus jumped to the search box"
    assert focused() is before, f"the focus went back to {focused().objectName()!r}, not where it was"

    write_note(qtbot, window, "İkinci not.")  # Ctrl+N works again at once
    qtbot.waitUntil(lambda: not view.loading, timeout=WORKER_TIMEOUT)
    bodies = [n.body for n in view.record.notes]
    assert "Birinci not." in bodies and "İkinci not." in bodies


def test_cancelled_dialog_gives_the_focus_back_to_its_button(qtbot, make_window, case_vault) -> None:
    window = make_window(case_vault.folder)
    sign_in(qtbot, window, DEMO_COUNSELOR, DEMO_PASSWORD)
    view = open_by_search(qtbot, window)
    view.show_tab("notes")
    button = view.notes_tab.findChild(QWidget, "newNoteButton")
    button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    editor = the_dialog(qtbot, NoteEditor)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor, timeout=5000)
    press(qtbot, Qt.Key.Key_Escape)
    assert not visible_dialogs()
    back_to(qtbot, window)
    assert focused() is button


def test_tab_leaves_every_table(qtbot, make_window, case_vault) -> None:
    """Tab moved from cell to cell and could not leave the tables of a case; now it goes on to the next control,
    and Shift+Tab back."""
    window = make_window(case_vault.folder)
    sign_in(qtbot, window, DEMO_COUNSELOR, DEMO_PASSWORD)
    view = open_by_search(qtbot, window)
    checked = 0
    for name in view.named_tabs:
        view.show_tab(name)
        for table in view.tabs.currentWidget().findChildren(QTableWidget):
            if not table.isVisible():
                continue
            table.setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.waitUntil(table.hasFocus, timeout=2000)
            if table.rowCount():
                table.setCurrentCell(0, 0)
            press(qtbot, Qt.Key.Key_Tab)
            assert not table.hasFocus(), f"Tab stays in the table {table.accessibleName()!r}"
            table.setFocus(Qt.FocusReason.TabFocusReason)
            press(qtbot, Qt.Key.Key_Backtab)
            assert not table.hasFocus(), f"Shift+Tab stays in the table {table.accessibleName()!r}"
            checked += 1
    assert checked >= 8, checked
