"""Helpers for the GUI tests: drive the app as a person would, and list every text left on screen."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QTextEdit,
    QWidget,
)
from shiboken6 import Shiboken

from kadin_danisma.gui.main_window import MainWindow
from kadin_danisma.services import users, vault_service

ADMIN = "koordinator"
ADMIN_NAME = "Zeynep Aydın"
PASSWORD = "Guclu-Parola-2026"
CENTER = "Çankaya Kadın Danışma Merkezi"
WORKER_TIMEOUT = 20000  # ms; key derivation is ~0.2 s at the floor, but CI machines can be slow
RECOVERY_RE = re.compile(r"^\d{6}(-\d{6}){7}$")
# The case vault (fixture `case_vault`): two named staff plus demo cases for the demo counselors.
COUNSELOR, COUNSELOR_NAME = "ayse", "Ayşe Demir"
SUPERVISOR, SUPERVISOR_NAME = "selin", "Selin Kurt"
DEMO_COUNSELOR = "danisman1"  # owns demo cases; password DEMO_PASSWORD
DEMO_PASSWORD = "Deneme-Parola-2026"


# -- driving the GUI like a person --------------------------------------------------------------------------
def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Key presses for each character. QTest.keyClicks aborts the process on non-ASCII characters
    (qasciikey.cpp asserts), so letters like ç, ğ, ı, ö, ş, ü are sent as key events carrying their text."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClick(widget, ch)
        else:
            for action in (QTest.KeyAction.Press, QTest.KeyAction.Release):
                QTest.sendKeyEvent(action, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def type_into(qtbot, widget: QWidget, text: str, *, clear: bool = True) -> None:
    """Click into a field, select what is there, type over it."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    if clear:
        qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_text(qtbot, widget, text)
    assert text in widget.text(), (text, widget.text())


def click(qtbot, button: QAbstractButton) -> None:
    assert button.isVisible(), f"button {button.text()!r} is not visible"
    assert button.isEnabled(), f"button {button.text()!r} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def press_save(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    """Press the dialog's Save (or OK) button and wait for the answer, as she would: the dialog has closed,
    or it stays open and says what is wrong."""
    click(qtbot, dialog.save_button())
    qtbot.waitUntil(lambda: is_gone(dialog) or not dialog.busy, timeout=WORKER_TIMEOUT)


def save_and_close(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    """Press Save and see the dialog close (the save went through); if it stays, say why."""
    press_save(qtbot, dialog)
    assert is_gone(dialog), dialog.error.text()


def save_settings(qtbot, page) -> None:
    """Click "Save settings" and wait, as she would, until the page says how it went (it saves in a worker)."""
    click(qtbot, page.save_button)
    assert page.status.text() == "Saving…" and not page.save_button.isEnabled()
    qtbot.waitUntil(lambda: not page.saving, timeout=WORKER_TIMEOUT)


def click_tab(qtbot, window: MainWindow, page: QWidget) -> None:
    """Click the workspace tab that shows `page` (e.g. workspace.users_page)."""
    tabs = window.workspace.tabs  # type: ignore[union-attr]
    index = tabs.indexOf(page)
    assert index >= 0, "no tab shows this page"
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def tick(qtbot, box: QCheckBox) -> None:
    """Click a check box on its indicator (the widget's centre can lie past the end of its text)."""
    assert box.isVisible() and box.isEnabled(), box.text()
    option = QStyleOptionButton()
    box.initStyleOption(option)
    indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=indicator.center())


def submit_unlock(qtbot, window: MainWindow, username: str, password: str) -> None:
    """Type the user name and password and press Return in the password field; wait for the worker."""
    page = window.unlock_page
    assert window.stack.currentWidget() is page
    type_into(qtbot, page.username, username)
    qtbot.keyClick(page.username, Qt.Key.Key_Return)  # moves on to the password field
    assert page.password.hasFocus() or not window.isActiveWindow()
    type_into(qtbot, page.password, password)
    qtbot.keyClick(page.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.busy, timeout=WORKER_TIMEOUT)


def sign_in(qtbot, window: MainWindow, username: str = ADMIN, password: str = PASSWORD) -> None:
    submit_unlock(qtbot, window, username, password)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=WORKER_TIMEOUT)
    assert not window.is_locked


def wait_overview(qtbot, window: MainWindow) -> None:
    """Show the overview (it checks the audit chain when first shown) and wait until the check reported."""
    overview = window.workspace.overview  # type: ignore[union-attr]
    window.workspace.tabs.setCurrentWidget(overview)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: overview.audit.text().startswith(("Intact", "BROKEN")), timeout=WORKER_TIMEOUT)


def visible_dialogs(kind: type = QDialog) -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def is_gone(widget: QWidget) -> bool:
    """Closed: deleted (WA_DeleteOnClose) or at least hidden."""
    return not Shiboken.isValid(widget) or not widget.isVisible()


def the_dialog(qtbot, kind: type) -> QDialog:
    qtbot.waitUntil(lambda: len(visible_dialogs(kind)) == 1, timeout=5000)
    return visible_dialogs(kind)[0]


def add_user_directly(info, username: str, display: str, password: str, roles: frozenset) -> None:
    """Add a user through the services (as an admin), leaving the vault locked."""
    session = vault_service.unlock(info.folder, info.admin, info.password)
    try:
        users.add_user(session, username, display, roles, password)
    finally:
        session.lock()


# -- what is left on screen -------------------------------------------------------------------------------
def _model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    texts: list[str] = []

    def walk(parent) -> None:
        for row in range(model.rowCount(parent)):
            try:
                columns = model.columnCount(parent)
            except TypeError:  # QListWidget's internal model hides columnCount from Python
                columns = 1
            for col in range(max(1, columns)):
                index = model.index(row, col, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                             Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.UserRole,
                             Qt.ItemDataRole.EditRole):
                    value = model.data(index, role)
                    if value is not None:
                        texts.append(str(value))
                if col == 0 and model.rowCount(index) > 0:
                    walk(index)

    walk(view.rootIndex())
    return texts


def widget_texts(widget: QWidget) -> list[str]:
    """Every piece of text a widget shows or exposes (to a screen reader, a tool tip, a model)."""
    texts = [widget.windowTitle(), widget.toolTip(), widget.accessibleName(), widget.accessibleDescription(),
             widget.statusTip(), widget.whatsThis()]
    if isinstance(widget, QLabel):
        texts.append(widget.text())
    if isinstance(widget, QLineEdit):
        texts += [widget.text(), widget.placeholderText()]
    if isinstance(widget, QAbstractButton):
        texts.append(widget.text())
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        texts.append(widget.toPlainText())
    if isinstance(widget, QAbstractSpinBox):
        texts.append(widget.text())
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QTabBar):
        texts += [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QListWidget):
        texts += [widget.item(i).text() for i in range(widget.count())]
    if isinstance(widget, QAbstractItemView):
        texts += _model_texts(widget)
    return [t for t in texts if t]


def all_widget_texts() -> list[tuple[str, str]]:
    """(widget class and object name, text) for every widget in the application."""
    found = []
    for widget in QApplication.allWidgets():
        label = f"{type(widget).__name__}#{widget.objectName()}"
        found += [(label, text) for text in widget_texts(widget)]
    return found


def texts_containing(*needles: str) -> list[tuple[str, str]]:
    folded = [n.casefold() for n in needles]
    return [(w, t) for w, t in all_widget_texts() if any(n in t.casefold() for n in folded)]


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Give a combo box the focus as Tab would, then Home and Down until the entry showing `text` is chosen
    (type-ahead would depend on how fast the keys follow each other)."""
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text, f"{text!r} is not offered in {combo.accessibleName()!r}"


# -- case views outside a main window -------------------------------------------------------------------
def flush_deletes() -> None:
    """Let deferred deletions (deleteLater) happen now."""
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def show_case(qtbot, ctx, case_id: int, reason: str | None = None):  # type: ignore[no-untyped-def]
    """A CaseView on its own, shown and loaded."""
    from kadin_danisma.gui.case.view import CaseView

    view = CaseView(ctx, case_id, reason=reason)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    with qtbot.waitSignal(view.loaded, timeout=WORKER_TIMEOUT):
        view.show()
    return view


def wait_reloaded(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not view.loading, timeout=WORKER_TIMEOUT)


def unnamed_inputs(root: QWidget) -> list[str]:
    """Inputs (and text-less buttons) under root a screen reader has no name for, as class#objectName."""
    from PySide6.QtWidgets import QPushButton, QTableWidget

    inputs: list[QWidget] = []
    for edit in root.findChildren(QLineEdit):
        owner = edit.parentWidget()
        inputs.append(owner if isinstance(owner, QAbstractSpinBox | QComboBox) else edit)
    for kind in (QComboBox, QAbstractSpinBox, QCheckBox, QPlainTextEdit, QTableWidget):
        inputs += root.findChildren(kind)
    inputs += [b for b in root.findChildren(QPushButton) if not b.text().replace("&", "").strip()]
    return [f"{type(w).__name__}#{w.objectName()}" for w in dict.fromkeys(inputs) if not read_name(w).strip()]


# -- printing without a printer ---------------------------------------------------------------------------
def print_button(dialog: QDialog) -> QAbstractButton:
    """The Print button of Qt's print dialog (in either language)."""
    from PySide6.QtWidgets import QPushButton

    return next(b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") in ("Print", "Yazdır"))


def printer_sink(monkeypatch):  # type: ignore[no-untyped-def]
    """The test machine has no printer: what would go to it is painted into a PDF in memory instead
    (base/printing.paint_device). Returns a function giving the bytes painted so far."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPdfWriter

    from kadin_danisma.gui.base import printing

    sink = QByteArray()
    buffer = QBuffer(sink)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    kept = (sink, buffer, writer)  # alive as long as the patched function is (the writer paints into the buffer)
    monkeypatch.setattr(printing, "paint_device", lambda _printer: kept[2])

    def painted() -> bytes:
        if buffer.isOpen():
            buffer.close()
        return bytes(sink.data())

    return painted


def read_name(widget: QWidget) -> str:
    """The name a screen reader gets (the accessibility interface): the accessible name if one was set,
    otherwise what Qt derives (a button's or check box's text)."""
    from PySide6.QtGui import QAccessible

    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""
