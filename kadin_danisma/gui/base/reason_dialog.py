"""Asking for a stated reason before a step that needs one: opening a case not assigned to you
(break-glass), placing a woman in a full shelter. The reason is written to the audit log with the step."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...services.access import MAX_REASON
from .widgets import plain_label, ui_line

MIN_REASON = 10


class StatedReasonDialog(QDialog):
    """An explanation, one reason field (at least MIN_REASON characters), OK with the step's own words."""

    def __init__(self, parent: QWidget, title: str, explanation: str, field_name: str, ok_text: str,
                 hint_name: str = "reasonHint") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        explain = plain_label(ui_line(explanation))
        self.reason = QLineEdit()
        self.reason.setMaxLength(MAX_REASON)
        self.reason.setAccessibleName(field_name)
        label = QLabel(self.tr("&Reason:"))
        label.setBuddy(self.reason)
        self.hint = plain_label("")
        self.hint.setObjectName(hint_name)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button().setText(ok_text)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._check)
        self._check()

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def text(self) -> str:
        return " ".join(self.reason.text().split())

    def _check(self) -> None:
        short = len(self.text()) < MIN_REASON
        self.ok_button().setEnabled(not short)
        self.hint.setText(self.tr("At least %1 characters.").replace("%1", str(MIN_REASON)) if short else "")


class ReasonDialog(StatedReasonDialog):
    def __init__(self, parent: QWidget, case_id: int) -> None:
        self.case_id = case_id
        super().__init__(
            parent, self.tr("Reason required"),
            self.tr("This case is not assigned to you. State why you need to open it (for example: covering for a "
                    "colleague who is on leave). The reason and your access are recorded in the audit log and "
                    "shown to supervisors."),
            self.tr("Reason for opening the case"), self.tr("&Open the case"))
