"""Asking for the reason to open a case not assigned to you (break-glass). The reason is written to the
audit log with the grant; the case then shows a banner while it is open."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..services.access import MAX_REASON
from .widgets import plain_label

MIN_REASON = 10


class ReasonDialog(QDialog):
    def __init__(self, parent: QWidget, case_id: int) -> None:
        super().__init__(parent)
        self.case_id = case_id
        self.setWindowTitle(self.tr("Reason required"))
        explain = plain_label(self.tr(
            "This case is not assigned to you. State why you need to open it (for example: covering for a "
            "colleague who is on leave). The reason and your access are recorded in the audit log and shown "
            "to supervisors."))
        self.reason = QLineEdit()
        self.reason.setMaxLength(MAX_REASON)
        self.reason.setAccessibleName(self.tr("Reason for opening the case"))
        label = QLabel(self.tr("&Reason:"))
        label.setBuddy(self.reason)
        self.hint = plain_label("")
        self.hint.setObjectName("reasonHint")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Open the case"))
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

    def text(self) -> str:
        return " ".join(self.reason.text().split())

    def _check(self) -> None:
        short = len(self.text()) < MIN_REASON
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not short)
        self.hint.setText(self.tr("At least %1 characters.").replace("%1", str(MIN_REASON)) if short else "")
