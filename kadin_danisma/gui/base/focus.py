"""Where the keyboard focus goes: into the first field of whatever was opened, and back to where it was when a
dialog closes.

A keyboard or screen-reader user works from the focus: a dialog that opens on its Close button, or a case
that opens while the focus stays in the search box (Ctrl+N then does nothing: it belongs to the case), leaves
her to find her place again with Tab. `first_field` is the one definition of "the first field" (something she
types into, chooses in or reads in: not a push button), along the Tab chain.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTabBar,
    QTextEdit,
    QWidget,
)
from shiboken6 import Shiboken

_FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QCheckBox, QRadioButton,
           QAbstractItemView)


def is_field(widget: QWidget) -> bool:
    """Something she types into, chooses in or reads in (a push button is not a field)."""
    if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
        return False  # the editor inside a spin box or combo box: its owner is the field
    return isinstance(widget, _FIELDS)


def can_focus(widget: QWidget) -> bool:
    return (Shiboken.isValid(widget) and widget.isVisible() and widget.isEnabled()
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus))


def first_focusable(root: QWidget, wanted: Callable[[QWidget], bool] = is_field) -> QWidget | None:
    """The first widget inside `root` (and in its window) along the Tab chain that `wanted` accepts."""
    start = root if root.isWindow() else root.window()
    widget: QWidget | None = start.nextInFocusChain()
    for _ in range(2000):  # the chain is a ring; a bound guards against a broken one
        if widget is None or widget is start:
            return None
        if (root is start or root.isAncestorOf(widget)) and wanted(widget) and can_focus(widget):
            return widget
        widget = widget.nextInFocusChain()
    return None


def first_field(root: QWidget) -> QWidget | None:
    return first_focusable(root, is_field)


def focus_into(root: QWidget, reason: Qt.FocusReason = Qt.FocusReason.OtherFocusReason) -> bool:
    """Put the focus on the first field inside `root`, or else on the first thing there that takes it (a tab
    bar, a button). False when nothing inside can take it."""
    target = first_field(root) or first_focusable(root, lambda w: isinstance(w, QTabBar)) or first_focusable(
        root, lambda _w: True)
    if target is None:
        return False
    target.setFocus(reason)
    return True


def return_focus_after(dialog: QDialog) -> None:
    """When `dialog` closes, give the focus back to the widget that had it when the dialog opened; if that one
    is gone or hidden meanwhile (a list refilled after a save), to the first field of the page it was on."""
    before = QApplication.focusWidget()
    if before is None or before.window() is dialog:
        return
    page = before.parentWidget()

    def give_back() -> None:
        if can_focus(before):
            before.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        # The nearest part of its page still shown; never the whole window (after a lock the window shows the
        # unlock screen, which places its own focus).
        holder = page
        while holder is not None and Shiboken.isValid(holder) and not holder.isVisible() and not holder.isWindow():
            holder = holder.parentWidget()
        if holder is not None and Shiboken.isValid(holder) and holder.isVisible() and not holder.isWindow():
            focus_into(holder)

    # After the dialog is gone and its owner window active again (a queued call: the closing dialog is still
    # the active window while `finished` is delivered).
    dialog.finished.connect(lambda _result: QTimer.singleShot(0, give_back))
