"""Small reusable widgets: plain-text labels, headings, banners and badges, the password pair with live policy
feedback, modals.

User data is always shown as plain text (never interpreted as rich text), and every modal is opened
through open_modal() so it is non-blocking, parented for destruction on lock, and replaceable in tests.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain import passwords
from .focus import return_focus_after
from .messages import problem_texts
from .scaling import set_scaled_font
from .styles import BANNER_STYLES, set_role


def set_mono_font(widget: QWidget, scale: float = 1.0, bold: bool = False) -> None:
    """The font for recovery keys: fixed width so the digit groups line up and 0/O, 1/l are distinct; in
    proportion to the interface text, whatever its size."""
    set_scaled_font(widget, scale, bold=bold, family="DejaVu Sans Mono", monospace=True)


def heading(text: str, scale: float = 1.6) -> QLabel:
    """A title in bold, `scale` times the interface text (and still so after Ctrl++ or Ctrl+0)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    set_scaled_font(label, scale, bold=True)
    return label


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def buddy(text: str, field: QWidget) -> QLabel:
    """A label whose mnemonic (the letter after '&') moves the focus to `field`."""
    label = QLabel(text)
    label.setBuddy(field)
    return label


def two_columns(left: list[QWidget], right: list[QWidget]) -> QHBoxLayout:
    """Two columns of equal width, each top-aligned (a page of group boxes); right-to-left layouts mirror them."""
    columns = QHBoxLayout()
    for parts in (left, right):
        column = QVBoxLayout()
        for part in parts:
            column.addWidget(part)
        column.addStretch(1)
        columns.addLayout(column, 1)
    return columns


def fill_with_scrolling(page: QWidget, *parts: QWidget | QLayout, stretch: bool = False) -> QScrollArea:
    """Lay a page out as one scrolling column of `parts` (text scaling must never clip a page)."""
    inner = QWidget()
    column = QVBoxLayout(inner)
    for part in parts:
        if isinstance(part, QLayout):
            column.addLayout(part)
        else:
            column.addWidget(part)
    if stretch:
        column.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(inner)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return scroll


def set_visible(widget: QWidget, visible: bool) -> None:
    """setVisible on a widget that already has a parent (a parentless one would open as a window)."""
    if widget.parentWidget() is not None or not visible:
        widget.setVisible(visible)


def badge(label: QLabel) -> QLabel:
    """A label only as wide as its text (the coloured risk badges)."""
    label.setWordWrap(False)
    label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
    return label


def banner(name: str, kind: str = "warning", text: str = "", *, strong: bool = False) -> QLabel:
    """A coloured line of plain text above a page (styles.BANNER_STYLES: warning, danger, info, done)."""
    label = plain_label(text)
    label.setObjectName(name)
    set_banner(label, kind, strong=strong)
    return label


def set_banner(label: QLabel, kind: str, *, strong: bool = False) -> None:
    label.setStyleSheet((BANNER_STYLES[kind] if kind else "") + ("font-weight: bold;" if strong else ""))


def strong_label(text: str = "", name: str = "") -> QLabel:
    """A plain-text label in bold (a state line, a message that must be seen)."""
    label = plain_label(text)
    if name:
        label.setObjectName(name)
    set_role(label, "strong")
    return label


def password_field(accessible_name: str, parent: QWidget | None = None) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible_name)
    # Keep passwords out of input-method prediction and history.
    field.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhSensitiveData
                              | Qt.InputMethodHint.ImhNoPredictiveText)
    return field


class PasswordPair(QWidget):
    """New password twice, with the policy problems listed live under it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, username: str = "") -> None:
        super().__init__(parent)
        self.username = username
        self.first = password_field(self.tr("New password"), self)
        self.second = password_field(self.tr("Repeat the new password"), self)
        self.feedback = plain_label("", self)
        self.feedback.setObjectName("passwordFeedback")
        self.feedback.setAccessibleDescription(self.tr("Password requirements"))
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("New pass&word:"), self.first)
        form.addRow(self.tr("&Repeat:"), self.second)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.feedback)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    def set_username(self, username: str) -> None:
        self.username = username
        self._update()

    def problems(self) -> list[str]:
        return passwords.password_problems(self.first.text(), self.username)

    def is_acceptable(self) -> bool:
        return not self.problems() and self.first.text() == self.second.text()

    def password(self) -> str:
        return self.first.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

    def _update(self) -> None:
        problems = problem_texts(self.problems())
        lines = []
        if problems:
            lines.append(self.tr("Password needs: %1").replace("%1", "; ".join(problems)))
        elif self.first.text() and self.second.text() != self.first.text():
            lines.append(self.tr("The two passwords do not match yet."))
        elif self.first.text():
            lines.append(self.tr("Password meets the policy."))
        else:
            lines.append(self.tr("At least 10 characters; not a common password; not your user name."))
        self.feedback.setText("\n".join(lines))
        self.changed.emit()


def open_modal(dialog: QDialog) -> QDialog:
    """Show a dialog window-modally without a nested event loop, so locking is never blocked by it. When it
    closes, the focus goes back to where it was (focus.return_focus_after)."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    return_focus_after(dialog)
    dialog.open()
    return dialog


def show_message(parent: QWidget, title: str, text: str, *, error: bool = False) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information, title, "",
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    open_modal(box)
    return box
