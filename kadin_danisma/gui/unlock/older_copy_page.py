"""The step between unlock and workspace when the vault is older than (or diverged from) the copy this
computer last opened: say so in plain words and let her choose to go on with this copy or lock.

It shows a date and two audit entry numbers, never case data. Going on is audited and noted as the newest
state seen here (services/seen_state.py); locking notes nothing, so the next unlock warns again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ..base.lines import ui_line
from ..base.messages import error_text
from ..base.scaling import set_width_in_chars
from ..base.widgets import heading, plain_label, set_banner
from ..base.workers import run_in_worker

if TYPE_CHECKING:
    from ...services.seen_state import OlderCopy
    from ...services.session import Session


class OlderCopyPage(QWidget):
    """Shown in the main window's stack in place of a workspace (it has the same lock_requested / scrub)."""

    lock_requested = Signal()
    accepted = Signal(object)  # Session, once "continue" has been audited

    def __init__(self, session: Session, warning: OlderCopy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.warning = warning
        self.busy = False
        when = warning.last_seen.strftime("%d.%m.%Y")
        if warning.kind == "older":
            title = self.tr("This is an older copy of the vault")
            what = self.tr(
                "This vault is older than the one this computer last opened on %1. Work saved after that "
                "date is not in this copy.").replace("%1", when)
        else:
            title = self.tr("This copy of the vault has a different history")
            what = self.tr(
                "This vault is not the one this computer last opened on %1: its history differs. Work saved "
                "in that copy may be missing from this one.").replace("%1", when)
        advice = self.tr(
            "If you restored a backup on purpose, continue. Otherwise lock it and find the newer copy (your "
            "IT person can help). Nothing has been changed or deleted.")
        details = self.tr("For your IT person: audit log entry %1 was the last one seen here; this copy ends "
                          "at entry %2.").replace("%1", str(warning.recorded_head_id)).replace(
                              "%2", str(warning.current_head_id))

        self.title = heading(title, 1.3)
        self.title.setObjectName("olderCopyTitle")
        self.message = plain_label(ui_line(what))
        self.message.setObjectName("olderCopyMessage")
        set_banner(self.message, "warning")
        self.message.setAccessibleDescription(title)
        self.advice = plain_label(ui_line(advice))
        self.advice.setObjectName("olderCopyAdvice")
        self.details = plain_label(ui_line(details))
        self.details.setObjectName("olderCopyDetails")
        self.status = plain_label("")
        self.status.setObjectName("olderCopyStatus")
        self.status.setAccessibleDescription(self.tr("Status"))

        self.continue_button = QPushButton(self.tr("&Continue with this copy"))
        self.continue_button.setAccessibleDescription(self.tr("Continue with this older copy of the vault"))
        self.lock_button = QPushButton(self.tr("&Lock"))
        self.lock_button.setAccessibleName(self.tr("Lock the vault and look for the newer copy"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.lock_button)
        buttons.addWidget(self.continue_button)

        box = QVBoxLayout()
        box.addStretch(1)
        box.addWidget(self.title)
        box.addSpacing(8)
        box.addWidget(self.message)
        box.addWidget(self.advice)
        box.addWidget(self.details)
        box.addSpacing(8)
        box.addLayout(buttons)
        box.addWidget(self.status)
        box.addStretch(2)
        holder = QWidget()
        holder.setLayout(box)
        set_width_in_chars(holder, 88, at_most=True)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(holder, 3)
        outer.addStretch(1)

        self.lock_button.clicked.connect(self.lock_requested)
        self.continue_button.clicked.connect(self.go_on)
        # Tab order follows reading order; the safe choice has the focus.
        self.setTabOrder(self.lock_button, self.continue_button)
        self.lock_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if not self.busy:
            self.lock_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def go_on(self) -> None:
        """Audit the choice (an audit write and a small file: off the GUI thread), then hand over."""
        if self.busy:
            return
        from ...services import seen_state

        self._set_busy(True)
        session = self.session
        run_in_worker(self, lambda: seen_state.accept_older(session), self._done, self._failed)

    def _done(self, _result: object) -> None:
        self._set_busy(False)
        self.accepted.emit(self.session)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.status.setText(error_text(exc))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.continue_button.setEnabled(not busy)

    def scrub(self) -> None:
        """Called at lock like a workspace's: nothing here is case data (a date and two entry numbers)."""
        self.status.clear()
