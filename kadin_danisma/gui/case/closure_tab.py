"""Closure and supervision inside a case: the closure tab (the request waiting for review, the comment of a
returned request, the review history, the case-summary PDF) and the header buttons (request closure for
her counselor, reopen for a supervisor).

Who may do what is decided from the loaded case (the permission matrix and her relation to the case, no
query on the GUI thread); the services check every call again. A counselor never gets an approve control,
nor does a supervisor for a closure she asked for or a case she works on.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.case_states import Status
from ...domain.closure_rules import open_items
from ...services import exports
from ...services.exports import Purpose
from ..base.documents import DocumentActions
from ..base.labels import day_text, when_text
from ..base.lines import isolate, ui_line
from ..base.pages import FlowLayout
from ..base.scaling import set_height_in_lines
from ..base.tables import fill_table, make_table, sync_button
from ..base.widgets import banner, plain_label, set_visible, strong_label
from ..session.context import Context
from .closure_dialogs import (
    CancelRequestDialog,
    ClosureRequestDialog,
    DecisionDialog,
    ReopenDialog,
    request_lines,
)
from .data import CaseData, CaseHost
from .rules import may_cancel, may_decide, may_export, may_reopen, may_request, pending_request
from .tab import CaseDialog, CaseTab


def summary_actions(view: CaseHost, name: str) -> DocumentActions:
    """The case summary (every section, for supervision and closure review), saved or printed."""
    translate = QCoreApplication.translate
    session, case_id, lang = view.ctx.session, view.case_id, view.ctx.labels.language

    language = "en" if lang == "en" else "tr"

    def build(purpose: Purpose) -> bytes:
        return exports.case_summary_pdf(session, case_id, language, purpose=purpose)

    return DocumentActions(translate("ClosureTab", "the case summary"),
                           translate("ClosureTab", "case-summary.pdf"), build, name=name,
                           build_archive=lambda: exports.case_summary_pdf(session, case_id, language, archive=True))


# -- the tab --------------------------------------------------------------------------------------------
class ClosureTab(CaseTab):
    """The closure request waiting for review (with approve / return for a supervisor who may decide), the
    comment of a returned request, the review history, and the case-summary PDF."""

    def build(self) -> None:
        self.setObjectName("closureTab")
        self.dialog: CaseDialog | None = None
        self.state = strong_label("", "closureState")
        self.returned = banner("closureReturned", "warning")
        self.returned.setAccessibleDescription(self.tr("Returned closure: the supervisor's comment"))

        self.request_box = QGroupBox(self.tr("Closure request waiting for review"))
        self.request_details = plain_label("")
        self.request_details.setObjectName("closureRequestDetails")
        self.request_summary = QPlainTextEdit()
        self.request_summary.setObjectName("closureRequestSummary")
        self.request_summary.setReadOnly(True)
        self.request_summary.setAccessibleName(self.tr("Closing summary"))
        set_height_in_lines(self.request_summary, 6, at_most=True)
        summary_label = QLabel(self.tr("&Closing summary:"))
        summary_label.setBuddy(self.request_summary)
        box = QVBoxLayout(self.request_box)
        box.addWidget(self.request_details)
        box.addWidget(summary_label)
        box.addWidget(self.request_summary)

        self.approve_button = QPushButton(self.tr("Appr&ove closure…"))
        self.approve_button.setObjectName("approveClosureButton")
        self.return_button = QPushButton(self.tr("Return &with a comment…"))
        self.return_button.setObjectName("returnClosureButton")
        self.cancel_button = QPushButton(self.tr("Cancel the closure re&quest…"))
        self.cancel_button.setObjectName("cancelClosureButton")
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.return_button.clicked.connect(lambda: self.decide(False))
        self.cancel_button.clicked.connect(lambda: self.cancel_request())
        bar = FlowLayout()  # onto a second row at a large text size
        for button in (self.approve_button, self.return_button, self.cancel_button):
            bar.addWidget(button)
        self.summary_box = QGroupBox(self.tr("Case summary for supervision"))
        self.summary_actions = summary_actions(self.view, "closureSummary")
        QVBoxLayout(self.summary_box).addWidget(self.summary_actions)

        self.table = make_table([self.tr("Requested"), self.tr("By"), self.tr("Reason"), self.tr("Outcome"),
                                 self.tr("Decided by"), self.tr("Decided"), self.tr("Comment")],
                                self.tr("Closure requests and decisions"))
        self.table.setObjectName("closureHistory")
        history_box = QGroupBox(self.tr("Review history"))
        QVBoxLayout(history_box).addWidget(self.table)

        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.returned)
        layout.addWidget(self.request_box)
        layout.addLayout(bar)
        layout.addWidget(self.summary_box)
        layout.addWidget(history_box, 1)
        for widget in (self.returned, self.request_box, self.approve_button, self.return_button, self.cancel_button,
                       self.summary_box):
            set_visible(widget, False)

    @property
    def ctx(self) -> Context:
        return self.view.ctx

    def fill(self, data: CaseData) -> None:
        session, rec, labels = self.ctx.session, data.record, self.ctx.labels
        pending = pending_request(rec)
        last = rec.closure_requests[-1] if rec.closure_requests else None
        if rec.status == Status.CLOSED:
            state = self.tr("This case is closed (%1).").replace("%1", day_text(rec.closed_on))
        elif pending is not None:
            state = self.tr("Closure requested: waiting for a supervisor's review.")
        else:
            state = self.tr("No closure request is waiting.")
        self.state.setText(state)

        if pending is not None:
            lines = request_lines(labels, pending, data.user_display.get(pending.requested_by, pending.requested_by))
            if any(q.status == "returned" for q in rec.closure_requests if (q.id or 0) < (pending.id or 0)):
                lines.insert(0, self.tr("Put forward again after a returned request."))
            self.request_details.setText("\n".join(lines))
            self.request_summary.setPlainText(pending.summary)
        else:
            self.request_details.clear()
            self.request_summary.clear()
        set_visible(self.request_box, pending is not None)

        # A returned request: its comment stays in sight until the case is put forward again.
        returned = last is not None and last.status == "returned" and rec.status in (Status.OPEN, Status.ACTIVE)
        if returned and last is not None:
            who = data.user_display.get(last.decided_by, last.decided_by)
            self.returned.setText("\n".join([
                ui_line(self.tr("Closure returned by %1 on %2. Their comment:").replace("%1", isolate(who)).replace(
                    "%2", when_text(last.decided_at))),
                ui_line(isolate(last.comment)),
            ]))
        else:
            self.returned.clear()
        set_visible(self.returned, returned)

        set_visible(self.approve_button, may_decide(session, data))
        set_visible(self.return_button, may_decide(session, data))
        set_visible(self.cancel_button, may_cancel(session, data))
        set_visible(self.summary_box, may_export(session, data))

        outcomes = {"pending": self.tr("Waiting"), "approved": self.tr("Approved"),
                    "returned": self.tr("Returned"), "withdrawn": self.tr("Withdrawn")}
        items = list(reversed(rec.closure_requests))
        fill_table(self.table, [[
            when_text(q.requested_at), data.user_display.get(q.requested_by, q.requested_by),
            labels.label("closure_reason", q.reason), outcomes.get(q.status, q.status),
            data.user_display.get(q.decided_by, q.decided_by) if q.decided_by else "", when_text(q.decided_at),
            q.comment,
        ] for q in items], [q.id for q in items])
        if rec.status == Status.CLOSED and last is not None and last.placement_override:
            state += "\n" + ui_line(self.tr("Closed while she was still in a shelter. The supervisor's reason: %1")
                                     .replace("%1", isolate(last.placement_override)))
            self.state.setText(state)
        reopenings = [h for h in rec.status_history if h.event == "reopen"]
        if reopenings:
            h = reopenings[-1]
            self.state.setText(state + "\n" + ui_line(self.tr("Last reopened by %1 on %2: %3").replace(
                "%1", isolate(data.user_display.get(h.by, h.by))).replace("%2", when_text(h.at)).replace(
                "%3", isolate(h.comment))))

    # -- actions ------------------------------------------------------------------------------------
    def request_closure(self) -> ClosureRequestDialog | None:
        data = self.view.data
        if data is None or not may_request(self.ctx.session, data):
            return None
        dialog = ClosureRequestDialog(self.ctx, self.view.case_id, self, open_items(data.record))
        self.open_dialog(dialog, self.tr("Closure requested: the case waits for a supervisor's review."))
        return dialog

    def cancel_request(self) -> CancelRequestDialog | None:
        data = self.view.data
        if data is None or not may_cancel(self.ctx.session, data):
            return None
        dialog = CancelRequestDialog(self.ctx, self.view.case_id, self)
        self.open_dialog(dialog, self.tr("Closure request cancelled: the case is active again."))
        return dialog

    def decide(self, approve: bool) -> DecisionDialog | None:
        data = self.view.data
        if data is None or not may_decide(self.ctx.session, data):
            return None
        dialog = DecisionDialog(self.ctx, self.view.case_id, self, approve)
        self.open_dialog(dialog, self.tr("Closure approved: the case is closed.") if approve
                   else self.tr("Closure returned to the counselor."))
        return dialog

    def reopen(self) -> ReopenDialog | None:
        data = self.view.data
        if data is None or not may_reopen(self.ctx.session, data):
            return None
        dialog = ReopenDialog(self.ctx, self.view.case_id, self)
        self.open_dialog(dialog, self.tr("Case reopened: it is active again."))
        return dialog


class ClosureHeader(QWidget):
    """Header buttons: "Request closure…" for her counselor on a case that may be put forward, "Reopen…"
    for a supervisor on a closed case. Buttons exist only while they can be used."""

    def __init__(self, view: CaseHost, tab: ClosureTab) -> None:
        super().__init__()
        self.view = view
        self.tab = tab
        self.request_button: QPushButton | None = None
        self.reopen_button: QPushButton | None = None
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)

    def show_data(self, data: CaseData) -> None:
        session = self.view.ctx.session
        self.request_button = sync_button(self.request_button, may_request(session, data), self.row,
                                          self.tr("Re&quest closure…"), "requestClosureButton",
                                          self.tab.request_closure)
        self.reopen_button = sync_button(self.reopen_button, may_reopen(session, data), self.row,
                                         self.tr("Re&open case…"), "reopenCaseButton", self.tab.reopen)
        # No gap in the header when there is nothing to offer.
        set_visible(self, self.request_button is not None or self.reopen_button is not None)
