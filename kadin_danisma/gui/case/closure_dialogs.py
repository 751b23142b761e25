"""The closure dialogs: her counselor puts the case forward for closure (or takes the request back), a
supervisor approves or returns it with a comment, a supervisor reopens a closed case with a reason."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ...domain import records as r
from ...domain.reasons import normal, reason_problem
from ...services import closure
from ..base.forms import VocabCheckList, VocabCombo
from ..base.lines import isolate, ui_line
from ..base.scaling import set_height_in_lines
from ..base.widgets import plain_label, strong_label
from ..session.context import Context
from .tab import CaseDialog


class ClosureRequestDialog(CaseDialog):
    """The counselor puts the case forward for closure: reason, checklist, closing summary."""

    def __init__(self, ctx: Context, case_id: int, parent: QWidget) -> None:
        super().__init__(ctx, case_id, parent, self.tr("Request closure"))
        self.setObjectName("closureRequestDialog")
        intro = plain_label(self.tr(
            "A supervisor reviews the case before it closes. While the request waits, the case cannot be "
            "changed; you can cancel the request."))
        self.reason = VocabCombo(ctx.labels, "closure_reason", name=self.tr("Reason for closing"))
        self.checklist = VocabCheckList(ctx.labels, "closure_checklist", columns=1, name=self.tr("Closing checklist"))
        self.summary = QPlainTextEdit()
        self.summary.setAccessibleName(self.tr("Closing summary"))
        self.summary.setTabChangesFocus(True)
        set_height_in_lines(self.summary, 5, at_least=True)
        reason_label = QLabel(self.tr("&Reason:"))
        reason_label.setBuddy(self.reason)
        summary_label = QLabel(self.tr("Closing &summary:"))
        summary_label.setBuddy(self.summary)
        checklist_box = QGroupBox(self.tr("Checklist"))
        QVBoxLayout(checklist_box).addWidget(self.checklist)
        form = QFormLayout()
        form.addRow(reason_label, self.reason)
        self.lay_out(intro, form, checklist_box, summary_label, (self.summary, 1))
        self.save_button().setText(self.tr("Send for re&view"))
        self.fields = {
            "reason": (self.reason, self.tr("Reason")),
            "checklist": (self.checklist, self.tr("Checklist")),
            "summary": (self.summary, self.tr("Closing summary")),
        }
        self.resize(560, 560)

    def submit(self) -> None:
        reason = self.reason.value() or ""
        request = r.ClosureRequest(reason, checklist=self.checklist.values(), summary=self.summary.toPlainText())
        session, case_id = self.ctx.session, self.case_id
        self.run(lambda: closure.request_closure(session, case_id, request))


class CancelRequestDialog(CaseDialog):
    """Her own request taken back before the review: the case is active (and editable) again."""

    def __init__(self, ctx: Context, case_id: int, parent: QWidget) -> None:
        super().__init__(ctx, case_id, parent, self.tr("Cancel the closure request"))
        self.setObjectName("cancelClosureDialog")
        self.lay_out(plain_label(self.tr(
            "The request is kept in the history as withdrawn, and the case becomes active again so you can "
            "keep working on it.")))
        self.save_button().setText(self.tr("Cancel the &request"))
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("&Keep it"))

    def submit(self) -> None:
        session, case_id = self.ctx.session, self.case_id
        self.run(lambda: closure.withdraw_request(session, case_id))


class DecisionDialog(CaseDialog):
    """A supervisor approves (the case closes) or returns the request with a comment (required)."""

    def __init__(self, ctx: Context, case_id: int, parent: QWidget, approve: bool, case_number: str,
                 details: list[str], summary: str = "") -> None:
        title = self.tr("Approve the closure") if approve else self.tr("Return the closure request")
        super().__init__(ctx, case_id, parent, title)
        self.setObjectName("closureDecisionDialog")
        self.approve = approve
        head = strong_label(ui_line(self.tr("Case %1").replace("%1", isolate(case_number))))
        parts: list[QWidget | tuple[QWidget, int]] = [head, *(plain_label(line) for line in details)]
        if summary.strip():
            shown = QPlainTextEdit(summary)
            shown.setReadOnly(True)
            shown.setAccessibleName(self.tr("Closing summary"))
            set_height_in_lines(shown, 6, at_most=True)
            shown.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            parts.append(shown)
        explain = self.tr("Approving closes the case: it becomes read-only until a supervisor reopens it.") \
            if approve else self.tr("The case goes back to its counselor, who sees your comment in the case.")
        self.comment = QPlainTextEdit()
        self.comment.setAccessibleName(self.tr("Comment for the counselor"))
        self.comment.setTabChangesFocus(True)
        set_height_in_lines(self.comment, 4, at_least=True)
        label = QLabel(self.tr("&Comment (optional):") if approve else self.tr("&Comment (required):"))
        label.setBuddy(self.comment)
        self.lay_out(*parts, plain_label(explain), label, (self.comment, 1))
        self.save_button().setText(self.tr("&Approve and close the case") if approve else self.tr("&Return"))
        self.fields = {"comment": (self.comment, self.tr("Comment"))}
        self.resize(520, 420)

    def submit(self) -> None:
        text = self.comment.toPlainText().strip()
        if not self.approve and not text:
            self.refuse([("comment", self.tr("say why the closure is returned."))])
            return
        session, case_id, approve = self.ctx.session, self.case_id, self.approve
        self.run(lambda: closure.decide(session, case_id, approve, text))


class ReopenDialog(CaseDialog):
    """A supervisor reopens a closed case, with a reason (kept in the status history)."""

    def __init__(self, ctx: Context, case_id: int, parent: QWidget) -> None:
        super().__init__(ctx, case_id, parent, self.tr("Reopen the case"))
        self.setObjectName("reopenDialog")
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Reason for reopening"))
        self.reason.setTabChangesFocus(True)
        set_height_in_lines(self.reason, 4, at_least=True)
        label = QLabel(self.tr("&Reason for reopening:"))
        label.setBuddy(self.reason)
        self.lay_out(plain_label(self.tr(
            "The case becomes active again and its counselor can work on it. The reason is kept in the case's "
            "history.")), label, (self.reason, 1))
        self.save_button().setText(self.tr("Re&open"))
        self.fields = {"reason": (self.reason, self.tr("Reason"))}
        self.resize(480, 300)

    def submit(self) -> None:
        text = normal(self.reason.toPlainText())
        if problem := reason_problem(text):
            self.refuse([("reason", problem)])
            return
        session, case_id = self.ctx.session, self.case_id
        self.run(lambda: closure.reopen(session, case_id, text))
