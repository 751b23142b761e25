"""Asking for a stated reason before a step that needs one: opening a case not assigned to her
(break-glass), placing a woman in a full shelter. The reason is written to the audit log with the step; the
rule for it (domain/reasons.py) is checked as she types, and OK says what the step is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from ...domain.reasons import MAX_REASON, MIN_REASON, normal, reason_problem
from .dialogs import Dialog
from .lines import ui_line
from .scaling import set_width_in_chars
from .widgets import buddy, plain_label


class StatedReasonDialog(Dialog):
    """An explanation, one reason field (at least MIN_REASON characters), OK with the step's own words.
    Its own texts are translated in the "StatedReasonDialog" context (PySide's self.tr would use the
    subclass's name)."""

    def __init__(self, parent: QWidget, title: str, explanation: str, field_name: str, ok_text: str,
                 hint_name: str = "reasonHint") -> None:
        super().__init__(parent, title)
        set_width_in_chars(self, 60, at_least=True)
        self.reason = QLineEdit()
        self.reason.setMaxLength(MAX_REASON)
        self.reason.setAccessibleName(field_name)
        self.hint = plain_label("")
        self.hint.setObjectName(hint_name)
        self.ok_button().setText(ok_text)
        self.lay_out(plain_label(ui_line(explanation)),
                     buddy(QCoreApplication.translate("StatedReasonDialog", "&Reason:"), self.reason),
                     self.reason, self.hint)
        self.reason.textChanged.connect(self._check)
        self._check()

    def text(self) -> str:
        return normal(self.reason.text())

    def _check(self) -> None:
        short = reason_problem(self.text()) is not None
        self.ok_button().setEnabled(not short)
        self.hint.setText(QCoreApplication.translate("StatedReasonDialog", "At least %1 characters.").replace(
            "%1", str(MIN_REASON)) if short else "")
