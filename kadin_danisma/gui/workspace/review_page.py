"""The supervisor's review queue: closures waiting for her decision (never her own requests nor cases she
works on), oldest first. A row opens the case on its closure tab (the read-only review view of the whole
case, with the case-summary PDF); Approve and Return decide from the queue directly. Read in a worker each
time the page is shown; names follow privacy mode like every other list."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...services import closure
from ...services.closure import ReviewItem
from ..base.labels import when_text
from ..base.messages import error_text
from ..base.widgets import heading, open_modal, plain_label, strong_label
from ..base.workers import Latest
from ..case.closure_dialogs import DecisionDialog
from ..session.context import Context
from .case_rows import CaseRows


class ReviewPage(QWidget):
    case_activated = Signal(int)  # open the case for review
    decided = Signal(int)  # a closure was approved or returned from the queue
    loaded = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("reviewPage")
        self.items: list[ReviewItem] = []
        self.reads = Latest(self)
        self.dialog: DecisionDialog | None = None
        self.title = heading(self.tr("Closures waiting for your review"), 1.2)
        self.state = plain_label("")
        self.state.setObjectName("reviewState")
        self.message = strong_label("", "reviewMessage")
        self.rows = CaseRows(ctx, "reviewQueue", [self.tr("Case"), self.tr("Client"), self.tr("Requested by"),
                                                  self.tr("Requested"), self.tr("Reason"), self.tr("Again?")])
        self.rows.setAccessibleName(self.tr("Closures waiting for review"))
        self.open_button = QPushButton(self.tr("&Open the case"))
        self.approve_button = QPushButton(self.tr("&Approve…"))
        self.approve_button.setObjectName("queueApproveButton")
        self.return_button = QPushButton(self.tr("Return &with a comment…"))
        self.return_button.setObjectName("queueReturnButton")
        self.refresh_button = QPushButton(self.tr("Re&fresh"))
        bar = QHBoxLayout()
        for button in (self.open_button, self.approve_button, self.return_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(plain_label(self.tr(
            "Open a case to read all of it (read-only) and its closing summary, or export its summary as a PDF "
            "from its Closure tab. Approving closes the case; returning sends it back to its counselor with "
            "your comment.")))
        layout.addWidget(self.state)
        layout.addWidget(self.message)
        layout.addWidget(self.rows, 1)
        layout.addLayout(bar)
        self.rows.activated_case.connect(self.case_activated)
        self.rows.itemSelectionChanged.connect(self._selected)
        self.open_button.clicked.connect(self.open_selected)
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.return_button.clicked.connect(lambda: self.decide(False))
        self.refresh_button.clicked.connect(self.refresh)
        self._selected()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    @property
    def loading(self) -> bool:
        return self.reads.busy

    def refresh(self) -> None:
        """Read the queue in a worker; asked again while a read is on its way, only the newest answer shows."""
        if not self.items:
            self.state.setText(self.tr("Loading…"))
        session = self.ctx.session
        self.reads.ask(lambda: closure.review_items(session), self._loaded,
                       lambda exc: self.state.setText(error_text(exc)))

    def _loaded(self, items: list[ReviewItem]) -> None:
        keep = self.selected_case_id()
        self.items = items
        labels = self.ctx.labels
        self.rows.fill([(x.case, [x.requested_by, when_text(x.requested_at),
                                  labels.label("closure_reason", x.reason),
                                  self.tr("resubmitted after a return") if x.resubmitted else ""]) for x in items])
        self.state.setText(self.tr("%1 waiting.").replace("%1", str(len(items))) if items
                           else self.tr("No closures are waiting for your review."))
        index = next((i for i, x in enumerate(items) if x.case.id == keep), 0)
        row = self.rows.topLevelItem(index) if items else None
        if row is not None:
            self.rows.setCurrentItem(row)
        self._selected()
        self.loaded.emit()

    def selected_case_id(self) -> int | None:
        return self.rows.current_case_id()

    def _item(self) -> ReviewItem | None:
        case_id = self.selected_case_id()
        return next((x for x in self.items if x.case.id == case_id), None)

    def _selected(self) -> None:
        chosen = self._item() is not None
        for button in (self.open_button, self.approve_button, self.return_button):
            button.setEnabled(chosen)

    def open_selected(self) -> None:
        case_id = self.selected_case_id()
        if case_id is not None:
            self.case_activated.emit(case_id)

    def decide(self, approve: bool) -> DecisionDialog | None:
        item = self._item()
        if item is None:
            return None
        dialog = DecisionDialog(self.ctx, item.case.id, self, approve)
        case_id = item.case.id
        dialog.accepted.connect(lambda: self._decided(case_id, approve))
        self.dialog = dialog
        open_modal(dialog)
        return dialog

    def _decided(self, case_id: int, approve: bool) -> None:
        self.message.setText(self.tr("Closure approved: the case is closed.") if approve
                           else self.tr("Closure returned to the counselor."))
        self.decided.emit(case_id)
        self.refresh()
