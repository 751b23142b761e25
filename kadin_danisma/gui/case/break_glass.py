"""Opening a case not assigned to her (break-glass): the stated reason, asked before the case opens. The
reason and the access are written to the audit log and shown to supervisors (services.access.break_glass)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..base.reason_dialog import StatedReasonDialog


class ReasonDialog(StatedReasonDialog):
    def __init__(self, parent: QWidget, case_id: int) -> None:
        self.case_id = case_id
        super().__init__(
            parent, self.tr("Reason required"),
            self.tr("This case is not assigned to you. State why you need to open it (for example: covering for a "
                    "colleague who is on leave). The reason and your access are recorded in the audit log and "
                    "shown to supervisors."),
            self.tr("Reason for opening the case"), self.tr("&Open the case"))
