"""Closure and supervision inside a case: the closure tab (the request waiting for review, the comment of a
returned request, the review history, the case-summary PDF) and the header buttons (request closure for
her counselor, reopen for a supervisor).

Who may do what is decided from the loaded case (the permission matrix and her relation to the case, no
query on the GUI thread); the services check every call again. A counselor never gets an approve control,
nor does a supervisor for a closure she asked for or a case she works on.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDir, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain import records as r
from ..domain.case_states import Status
from ..domain.permissions import Action, Decision, Relation, decide
from ..services import closure, exports
from ..services.session import Session
from .case_common import (
    CaseData,
    SaveDialog,
    VocabChecks,
    VocabCombo,
    banner,
    fill_table,
    make_table,
    set_visible,
)
from .case_tab import CaseTab
from .context import Context
from .messages import error_text, folder_warning_text
from .widgets import isolate, open_modal, plain_label, ui_line
from .workers import run_in_worker

if TYPE_CHECKING:
    from .case_view import CaseView

MIN_REOPEN_REASON = 10


def _when(at: str | None) -> str:
    return (at or "")[:16].replace("T", " ")


def pending_request(record: r.CaseRecord) -> r.ClosureRequest | None:
    return next((q for q in reversed(record.closure_requests) if q.status == "pending"), None)


def _allowed(session: Session, action: Action, relation: Relation) -> bool:
    return decide(session.roles, action, relation) is Decision.ALLOW


def may_request(session: Session, data: CaseData) -> bool:
    return (_allowed(session, Action.CLOSURE_REQUEST, data.relation)
            and data.record.status in (Status.OPEN, Status.ACTIVE))


def may_cancel(session: Session, data: CaseData) -> bool:
    return (_allowed(session, Action.CLOSURE_REQUEST, data.relation)
            and data.record.status == Status.CLOSURE_REQUESTED and pending_request(data.record) is not None)


def may_decide(session: Session, data: CaseData) -> bool:
    """A supervisor, on a request she did not make, for a case she does not work on."""
    pending = pending_request(data.record)
    me = session.user.username if session.user else ""
    return (pending is not None and data.record.status == Status.CLOSURE_REQUESTED
            and _allowed(session, Action.CLOSURE_DECIDE, data.relation)
            and data.relation is not Relation.ASSIGNED and pending.requested_by != me)


def may_reopen(session: Session, data: CaseData) -> bool:
    return _allowed(session, Action.CASE_REOPEN, data.relation) and data.record.status == Status.CLOSED


def may_export(session: Session, data: CaseData) -> bool:
    return _allowed(session, Action.CASE_EXPORT, data.relation)


def request_lines(ctx: Context, q: r.ClosureRequest, user_display: dict[str, str]) -> list[str]:
    """The request as plain lines: reason, checklist, who asked and when."""
    labels = ctx.labels
    who = user_display.get(q.requested_by, q.requested_by)
    lines = [
        ui_line(QCoreApplication.translate("ClosureTab", "Reason: %1").replace(
            "%1", labels.label("closure_reason", q.reason))),
        ui_line(QCoreApplication.translate("ClosureTab", "Requested by %1 on %2").replace(
            "%1", isolate(who)).replace("%2", _when(q.requested_at))),
    ]
    done = [labels.label("closure_checklist", c) for c in q.checklist]
    missing = [text for code, text in labels.choices("closure_checklist") if code not in q.checklist]
    nothing = QCoreApplication.translate("ClosureTab", "nothing")
    lines.append(ui_line(QCoreApplication.translate("ClosureTab", "Checked: %1").replace(
        "%1", "; ".join(done) or nothing)))
    if missing:
        lines.append(ui_line(QCoreApplication.translate("ClosureTab", "Not checked: %1").replace(
            "%1", "; ".join(missing))))
    return lines


# -- dialogs --------------------------------------------------------------------------------------------
class ClosureRequestDialog(SaveDialog):
    """The counselor puts the case forward for closure: reason, checklist, closing summary."""

    def __init__(self, ctx: Context, case_id: int, parent: QWidget) -> None:
        super().__init__(ctx, case_id, parent, self.tr("Request closure"))
        self.setObjectName("closureRequestDialog")
        intro = plain_label(self.tr(
            "A supervisor reviews the case before it closes. While the request waits, the case cannot be "
            "changed; you can cancel the request."))
        self.reason = VocabCombo(ctx.labels, "closure_reason", self.tr("Reason for closing"))
        self.checklist = VocabChecks(ctx.labels, "closure_checklist", self.tr("Closing checklist"), columns=1)
        self.summary = QPlainTextEdit()
        self.summary.setAccessibleName(self.tr("Closing summary"))
        self.summary.setTabChangesFocus(True)
        self.summary.setMinimumHeight(120)
        reason_label = QLabel(self.tr("&Reason:"))
        reason_label.setBuddy(self.reason)
        summary_label = QLabel(self.tr("Closing &summary:"))
        summary_label.setBuddy(self.summary)
        checklist_box = QGroupBox(self.tr("Checklist"))
        QVBoxLayout(checklist_box).addWidget(self.checklist)
        form = QFormLayout()
        form.addRow(reason_label, self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(checklist_box)
        layout.addWidget(summary_label)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.save_button().setText(self.tr("Send for re&view"))
        self.fields = {
            "reason": (self.reason, self.tr("Reason")),
            "checklist": (self.checklist, self.tr("Checklist")),
            "summary": (self.summary, self.tr("Closing summary")),
        }
        self.resize(560, 560)

    def submit(self) -> None:
        if self.busy:
            return
        reason = self.reason.code() or ""
        request = r.ClosureRequest(reason, checklist=self.checklist.codes(), summary=self.summary.toPlainText())
        session, case_id = self.ctx.session, self.case_id
        self.run(lambda: closure.request_closure(session, case_id, request))


class CancelRequestDialog(SaveDialog):
    """Her own request taken back before the review: the case is active (and editable) again."""

    def __init__(self, ctx: Context, case_id: int, parent: QWidget) -> None:
        super().__init__(ctx, case_id, parent, self.tr("Cancel the closure request"))
        self.setObjectName("cancelClosureDialog")
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(
            "The request is kept in the history as withdrawn, and the case becomes active again so you can "
            "keep working on it.")))
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.save_button().setText(self.tr("Cancel the &request"))
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("&Keep it"))

    def submit(self) -> None:
        if self.busy:
            return
        session, case_id = self.ctx.session, self.case_id
        self.run(lambda: closure.withdraw_request(session, case_id))


class DecisionDialog(SaveDialog):
    """A supervisor approves (the case closes) or returns the request with a comment (required)."""

    def __init__(self, ctx: Context, case_id: int, parent: QWidget, approve: bool, case_number: str,
                 details: list[str], summary: str = "") -> None:
        title = self.tr("Approve the closure") if approve else self.tr("Return the closure request")
        super().__init__(ctx, case_id, parent, title)
        self.setObjectName("closureDecisionDialog")
        self.approve = approve
        head = plain_label(ui_line(self.tr("Case %1").replace("%1", isolate(case_number))))
        head.setStyleSheet("font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        for line in details:
            layout.addWidget(plain_label(line))
        if summary.strip():
            shown = QPlainTextEdit(summary)
            shown.setReadOnly(True)
            shown.setAccessibleName(self.tr("Closing summary"))
            shown.setMaximumHeight(140)
            shown.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            layout.addWidget(shown)
        explain = self.tr("Approving closes the case: it becomes read-only until a supervisor reopens it.") \
            if approve else self.tr("The case goes back to its counselor, who sees your comment in the case.")
        layout.addWidget(plain_label(explain))
        self.comment = QPlainTextEdit()
        self.comment.setAccessibleName(self.tr("Comment for the counselor"))
        self.comment.setTabChangesFocus(True)
        self.comment.setMinimumHeight(90)
        label = QLabel(self.tr("&Comment (optional):") if approve else self.tr("&Comment (required):"))
        label.setBuddy(self.comment)
        layout.addWidget(label)
        layout.addWidget(self.comment, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.save_button().setText(self.tr("&Approve and close the case") if approve else self.tr("&Return"))
        self.fields = {"comment": (self.comment, self.tr("Comment"))}
        self.resize(520, 420)

    def submit(self) -> None:
        if self.busy:
            return
        text = self.comment.toPlainText().strip()
        if not self.approve and not text:
            self.error.setText(self.tr("Comment: say why the closure is returned."))
            self._mark(["comment"])
            self.comment.setFocus()
            return
        session, case_id, approve = self.ctx.session, self.case_id, self.approve
        self.run(lambda: closure.decide(session, case_id, approve, text))


class ReopenDialog(SaveDialog):
    """A supervisor reopens a closed case, with a reason (kept in the status history)."""

    def __init__(self, ctx: Context, case_id: int, parent: QWidget) -> None:
        super().__init__(ctx, case_id, parent, self.tr("Reopen the case"))
        self.setObjectName("reopenDialog")
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Reason for reopening"))
        self.reason.setTabChangesFocus(True)
        self.reason.setMinimumHeight(90)
        label = QLabel(self.tr("&Reason for reopening:"))
        label.setBuddy(self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(
            "The case becomes active again and its counselor can work on it. The reason is kept in the case's "
            "history.")))
        layout.addWidget(label)
        layout.addWidget(self.reason, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.save_button().setText(self.tr("Re&open"))
        self.fields = {"reason": (self.reason, self.tr("Reason"))}
        self.resize(480, 300)

    def submit(self) -> None:
        if self.busy:
            return
        text = " ".join(self.reason.toPlainText().split())
        if len(text) < MIN_REOPEN_REASON:
            self.error.setText(self.tr("Reason: at least %1 characters.").replace("%1", str(MIN_REOPEN_REASON)))
            self._mark(["reason"])
            self.reason.setFocus()
            return
        session, case_id = self.ctx.session, self.case_id
        self.run(lambda: closure.reopen(session, case_id, text))


def choose_save_path(parent: QWidget, title: str, suggested: str, on_chosen: Callable[[str], None]) -> QFileDialog:
    """A non-blocking save dialog for a PDF (never the static helpers). Replacing an existing file is asked
    in a non-blocking message box as well."""
    dialog = QFileDialog(parent, title)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)  # asked below, without a nested loop
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilter(QCoreApplication.translate("ClosureTab", "PDF documents (*.pdf)"))
    dialog.setDefaultSuffix("pdf")
    dialog.setDirectory(QDir.homePath())
    dialog.selectFile(suggested)

    def chosen(path: str) -> None:
        if not Path(path).exists():
            on_chosen(path)
            return
        box = QMessageBox(QMessageBox.Icon.Warning,
                          QCoreApplication.translate("ClosureTab", "Replace the file?"), "",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(QCoreApplication.translate("ClosureTab", "%1 already exists. Replace it?").replace(
            "%1", Path(path).name))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).clicked.connect(lambda: on_chosen(path))
        open_modal(box)

    dialog.fileSelected.connect(chosen)
    open_modal(dialog)
    return dialog


# -- the tab --------------------------------------------------------------------------------------------
class ClosureTab(CaseTab):
    """The closure request waiting for review (with approve / return for a supervisor who may decide), the
    comment of a returned request, the review history, and the case-summary PDF."""

    def build(self) -> None:
        self.setObjectName("closureTab")
        self.dialog: SaveDialog | None = None
        self.pdf_dialog: QFileDialog | None = None
        self.exporting = False
        self.state = plain_label("")
        self.state.setObjectName("closureState")
        self.state.setStyleSheet("font-weight: bold;")
        self.returned = banner("closureReturned", "warning")
        self.returned.setAccessibleName(self.tr("Returned closure: the supervisor's comment"))

        self.request_box = QGroupBox(self.tr("Closure request waiting for review"))
        self.request_details = plain_label("")
        self.request_details.setObjectName("closureRequestDetails")
        self.request_summary = QPlainTextEdit()
        self.request_summary.setObjectName("closureRequestSummary")
        self.request_summary.setReadOnly(True)
        self.request_summary.setAccessibleName(self.tr("Closing summary"))
        self.request_summary.setMaximumHeight(130)
        summary_label = QLabel(self.tr("Closing summar&y:"))
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
        self.pdf_button = QPushButton(self.tr("E&xport case summary (PDF)…"))
        self.pdf_button.setObjectName("summaryPdfButton")
        self.pdf_status = plain_label("")
        self.pdf_status.setObjectName("pdfStatus")
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.return_button.clicked.connect(lambda: self.decide(False))
        self.cancel_button.clicked.connect(lambda: self.cancel_request())
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        bar = QHBoxLayout()
        for button in (self.approve_button, self.return_button, self.cancel_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.pdf_button)

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
        layout.addWidget(self.pdf_status)
        layout.addWidget(history_box, 1)
        for widget in (self.returned, self.request_box, self.approve_button, self.return_button, self.cancel_button,
                       self.pdf_button, self.pdf_status):
            set_visible(widget, False)

    @property
    def ctx(self) -> Context:
        return self.view.ctx

    def fill(self, data: CaseData) -> None:
        session, rec, labels = self.ctx.session, data.record, self.ctx.labels
        pending = pending_request(rec)
        last = rec.closure_requests[-1] if rec.closure_requests else None
        if rec.status == Status.CLOSED:
            state = self.tr("This case is closed (%1).").replace("%1", rec.closed_on or "")
        elif pending is not None:
            state = self.tr("Closure requested: waiting for a supervisor's review.")
        else:
            state = self.tr("No closure request is waiting.")
        self.state.setText(state)

        if pending is not None:
            self.request_details.setText("\n".join(request_lines(self.ctx, pending, data.user_display)))
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
                    "%2", _when(last.decided_at))),
                ui_line(isolate(last.comment)),
            ]))
        else:
            self.returned.clear()
        set_visible(self.returned, returned)

        set_visible(self.approve_button, may_decide(session, data))
        set_visible(self.return_button, may_decide(session, data))
        set_visible(self.cancel_button, may_cancel(session, data))
        set_visible(self.pdf_button, may_export(session, data))
        self.pdf_button.setEnabled(not self.exporting)

        outcomes = {"pending": self.tr("Waiting"), "approved": self.tr("Approved"),
                    "returned": self.tr("Returned"), "withdrawn": self.tr("Withdrawn")}
        items = list(reversed(rec.closure_requests))
        fill_table(self.table, [[
            _when(q.requested_at), data.user_display.get(q.requested_by, q.requested_by),
            labels.label("closure_reason", q.reason), outcomes.get(q.status, q.status),
            data.user_display.get(q.decided_by, q.decided_by) if q.decided_by else "", _when(q.decided_at),
            q.comment,
        ] for q in items], [q.id for q in items])
        reopenings = [h for h in rec.status_history if h.event == "reopen"]
        if reopenings:
            h = reopenings[-1]
            self.state.setText(state + "\n" + ui_line(self.tr("Last reopened by %1 on %2: %3").replace(
                "%1", isolate(data.user_display.get(h.by, h.by))).replace("%2", _when(h.at)).replace(
                "%3", isolate(h.comment))))

    # -- actions ------------------------------------------------------------------------------------
    def request_closure(self) -> ClosureRequestDialog | None:
        data = self.view.data
        if data is None or not may_request(self.ctx.session, data):
            return None
        dialog = ClosureRequestDialog(self.ctx, self.view.case_id, self.view)
        self.open_dialog(dialog, self.tr("Closure requested: the case waits for a supervisor's review."))
        return dialog

    def cancel_request(self) -> CancelRequestDialog | None:
        data = self.view.data
        if data is None or not may_cancel(self.ctx.session, data):
            return None
        dialog = CancelRequestDialog(self.ctx, self.view.case_id, self.view)
        self.open_dialog(dialog, self.tr("Closure request cancelled: the case is active again."))
        return dialog

    def decide(self, approve: bool) -> DecisionDialog | None:
        data = self.view.data
        if data is None or not may_decide(self.ctx.session, data):
            return None
        pending = pending_request(data.record)
        assert pending is not None
        dialog = DecisionDialog(self.ctx, self.view.case_id, self.view, approve, data.record.case_number,
                                request_lines(self.ctx, pending, data.user_display), pending.summary)
        self.open_dialog(dialog, self.tr("Closure approved: the case is closed.") if approve
                   else self.tr("Closure returned to the counselor."))
        return dialog

    def reopen(self) -> ReopenDialog | None:
        data = self.view.data
        if data is None or not may_reopen(self.ctx.session, data):
            return None
        dialog = ReopenDialog(self.ctx, self.view.case_id, self.view)
        self.open_dialog(dialog, self.tr("Case reopened: it is active again."))
        return dialog

    def export_pdf(self) -> QFileDialog | None:
        data = self.view.data
        if data is None or self.exporting or not may_export(self.ctx.session, data):
            return None
        self.pdf_dialog = choose_save_path(self.view, self.tr("Save the case summary"), "case-summary.pdf",
                                           self._write_pdf)
        return self.pdf_dialog

    def _write_pdf(self, path: str) -> None:
        if self.exporting:
            return
        self.exporting = True
        self.pdf_button.setEnabled(False)
        self.pdf_status.setText(self.tr("Building the PDF…"))
        set_visible(self.pdf_status, True)
        session, case_id = self.ctx.session, self.view.case_id
        lang = "en" if self.ctx.labels.language == "en" else "tr"
        target = Path(path)

        def build() -> Path:
            # force: Qt's save dialog already asked before replacing a file.
            exports.save_pdf(target, exports.case_summary_pdf(session, case_id, lang), force=True)
            return target

        run_in_worker(self, build, self._pdf_done, self._pdf_failed)

    def _pdf_done(self, path: Any) -> None:
        self.exporting = False
        self.pdf_button.setEnabled(True)
        warning = folder_warning_text(path)
        self.pdf_status.setText(self.tr("Case summary saved: %1").replace("%1", str(path))
                                + (" " + warning if warning else ""))

    def _pdf_failed(self, exc: BaseException) -> None:
        self.exporting = False
        self.pdf_button.setEnabled(True)
        self.pdf_status.setText(self.tr("The PDF was not saved: %1").replace("%1", error_text(exc)))


class ClosureHeader(QWidget):
    """Header buttons: "Request closure…" for her counselor on a case that may be put forward, "Reopen…"
    for a supervisor on a closed case. Buttons exist only while they can be used."""

    def __init__(self, view: CaseView) -> None:
        super().__init__()
        self.view = view
        self.request_button: QPushButton | None = None
        self.reopen_button: QPushButton | None = None
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)

    def _sync(self, button: QPushButton | None, wanted: bool, text: str, name: str,
              slot: Callable[[], object]) -> QPushButton | None:
        if wanted and button is None:
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(lambda: slot())
            self.row.addWidget(button)
            set_visible(button, True)  # at once, not on the next turn of the event loop
        elif not wanted and button is not None:
            button.setParent(None)
            button.deleteLater()
            button = None
        return button

    def show_data(self, data: CaseData) -> None:
        session = self.view.ctx.session
        self.request_button = self._sync(self.request_button, may_request(session, data),
                                         self.tr("Re&quest closure…"), "requestClosureButton",
                                         lambda: self.view.closure_tab.request_closure())
        self.reopen_button = self._sync(self.reopen_button, may_reopen(session, data), self.tr("Re&open case…"),
                                        "reopenCaseButton", lambda: self.view.closure_tab.reopen())
        # No gap in the header when there is nothing to offer.
        set_visible(self, self.request_button is not None or self.reopen_button is not None)


def show_closure_tab(view: CaseView) -> CaseView:
    """Bring the closure tab of a case view to the front (opening a case from the review queue)."""
    view.tabs.setCurrentWidget(view.closure_tab)
    return view
