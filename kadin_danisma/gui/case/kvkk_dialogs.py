"""The dialogs of a case's KVKK tab: a legal hold placed or lifted with its reason; a request of hers recorded
(kind, the day it came, her words); a request answered (correction, objection, erasure: erased through the
destruction path, or refused for a legal hold or a named legal duty)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFormLayout, QWidget

from ...services import data_requests, legal_hold
from ..base.forms import CodeCombo, DateField, PlainTextField
from ..base.kvkk_labels import duty_basis, outcome_label, request_kind
from ..base.reason_dialog import StatedReasonDialog
from ..base.widgets import plain_label
from ..session.context import Context
from .tab import CaseDialog

ERASE = "erase"


class PlaceHoldDialog(StatedReasonDialog):
    def __init__(self, ctx: Context, case_id: int, parent: QWidget) -> None:
        self.ctx, self.case_id = ctx, case_id
        super().__init__(
            parent, self.tr("Place a legal hold"),
            self.tr("While the hold stands, nothing of her record is destroyed: not at the end of its retention "
                    "period and not at her own request. State why (court proceedings, a prosecutor's request). "
                    "Only a supervisor can lift it."),
            self.tr("Reason for the legal hold"), self.tr("&Place the hold"), "holdReasonHint")
        self.setObjectName("placeHoldDialog")

    def submit(self) -> None:
        session, case_id, reason = self.ctx.session, self.case_id, self.text()
        self.run(lambda: legal_hold.place_hold(session, case_id, reason))


class LiftHoldDialog(StatedReasonDialog):
    def __init__(self, ctx: Context, case_id: int, parent: QWidget) -> None:
        self.ctx, self.case_id = ctx, case_id
        super().__init__(
            parent, self.tr("Lift the legal hold"),
            self.tr("After the hold is lifted her record is destroyed when its retention period ends (or at her "
                    "request). State why it may be lifted."),
            self.tr("Reason for lifting the hold"), self.tr("&Lift the hold"), "liftReasonHint")
        self.setObjectName("liftHoldDialog")

    def submit(self) -> None:
        session, case_id, reason = self.ctx.session, self.case_id, self.text()
        self.run(lambda: legal_hold.lift_hold(session, case_id, reason))


class RecordRequestDialog(CaseDialog):
    """Her request as she made it: what she asks, the day it came (the 30 days run from then), her words."""

    def __init__(self, ctx: Context, case_id: int, parent: QWidget) -> None:
        super().__init__(ctx, case_id, parent, self.tr("Record her request (KVKK art. 11)"))
        self.setObjectName("recordRequestDialog")
        self.kind = CodeCombo([(k, request_kind(k)) for k in data_requests.KINDS], name=self.tr("What she asks for"))
        self.received = DateField(name=self.tr("Day the request came"), required=True,
                                  value=date.today().isoformat())
        self.details = PlainTextField(lines=4)
        self.details.setAccessibleName(self.tr("Her request in her words"))
        form = QFormLayout()
        form.addRow(self.tr("She &asks for:"), self.kind)
        form.addRow(self.tr("&Came on:"), self.received)
        form.addRow(self.tr("Her &words:"), self.details)
        self.lay_out(plain_label(self.tr(
            "The law gives 30 days to answer, counted from the day the request came. The deadline shows on the "
            "dashboard until the answer is recorded.")), form)
        self.fields = {"kind": (self.kind, self.tr("She asks for")),
                       "received_on": (self.received, self.tr("Came on")),
                       "details": (self.details, self.tr("Her words"))}
        self.resize(520, 360)

    def submit(self) -> None:
        session, case_id = self.ctx.session, self.case_id
        kind, received, details = self.kind.value() or "", self.received.value() or "", self.details.text()
        self.run(lambda: data_requests.record_request(session, case_id, kind, received, details))


class AnswerDialog(CaseDialog):
    """The answer to a correction, an objection or an erasure (an access request is answered with her record
    from the tab itself). An erasure either goes to the destruction (deleted once a supervisor who did not
    propose it approves) or is refused, naming the legal hold or the legal duty to keep her record."""

    def __init__(self, ctx: Context, case_id: int, parent: QWidget, request: data_requests.Request,
                 held: bool) -> None:
        super().__init__(ctx, case_id, parent, self.tr("Answer her request"))
        self.setObjectName("answerRequestDialog")
        self.request = request
        choices = [(o, outcome_label(o)) for o in data_requests.OUTCOMES[request.kind]
                   if o != "refused_legal_hold" or held]
        if request.kind == "erasure" and not held:
            choices.insert(0, (ERASE, self.tr("erase her whole record (a supervisor approves; deleted)")))
        self.outcome = CodeCombo(choices, name=self.tr("Answer"))
        self.basis = CodeCombo([(b, duty_basis(b)) for b in data_requests.DUTY_BASES],
                               name=self.tr("Legal duty to keep her record"))
        form = QFormLayout()
        form.addRow(self.tr("&Answer:"), self.outcome)
        form.addRow(self.tr("Legal &duty:"), self.basis)
        intro = plain_label(self.tr("Request: %1, came on %2, answer due by %3.").replace(
            "%1", request_kind(request.kind)).replace("%2", request.received_on).replace("%3", request.due_on))
        notes = []
        if held:
            notes.append(self.tr("Her record is on legal hold: it cannot be erased until a supervisor lifts the hold."))
        self.lay_out(intro, *(plain_label(n) for n in notes), form)
        self.save_button().setText(self.tr("&Record the answer"))
        self.fields = {"outcome": (self.outcome, self.tr("Answer")),
                       "duty_basis": (self.basis, self.tr("Legal duty"))}
        self.outcome.changed.connect(self._outcome_changed)
        self._outcome_changed()

    def _outcome_changed(self) -> None:
        self.basis.setEnabled(self.outcome.value() == "refused_duty")

    def submit(self) -> None:
        session, request_id, outcome = self.ctx.session, self.request.id, self.outcome.value() or ""
        basis = self.basis.value() if outcome == "refused_duty" else None
        if outcome == ERASE:
            self.run(lambda: data_requests.request_erasure(session, request_id))
        else:
            self.run(lambda: data_requests.answer_request(session, request_id, outcome, basis))
