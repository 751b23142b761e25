"""The closure dialogs: her counselor puts the case forward for closure (or takes the request back), a
supervisor approves or returns it with a comment, a supervisor reopens a closed case with a reason.

Both the request and the decision show what is still open in the case (domain/closure_rules.py): a shelter
placement, protective measures in force, open referrals. Closing ends none of them. While she is still in a
shelter, the supervisor approves only with her stated reason (or sends it back so the placement is ended).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ...domain import records as r
from ...domain.closure_rules import OpenItems
from ...domain.errors import PlacementOpen
from ...domain.reasons import normal, reason_problem
from ...services import closure
from ...services.closure import PendingReview
from ..base.forms import VocabCheckList, VocabCombo
from ..base.labels import Labels, day_text, when_text
from ..base.lines import isolate, ui_line
from ..base.scaling import set_height_in_lines
from ..base.widgets import banner, plain_label, set_visible, strong_label
from ..base.workers import run_in_worker
from ..session.context import Context
from .tab import CaseDialog


def open_item_lines(labels: Labels, items: OpenItems) -> list[str]:
    """What is still open, one plain line each: "In a shelter: Umut Konukevi, since 12.03.2025"."""
    translate = QCoreApplication.translate
    lines = []
    for p in items.placements:
        text = translate("ClosureDialogs", "In a shelter: %1, since %2") if p.status == "placed" else \
            translate("ClosureDialogs", "A place asked for: %1, since %2")
        lines.append(ui_line(text.replace("%1", isolate(p.shelter)).replace(
            "%2", day_text(p.placed_on or p.requested_on))))
    for m in items.measures:
        ends = day_text(m.end_date) if m.end_date else translate("ClosureDialogs", "no end date")
        lines.append(translate("ClosureDialogs", "Protective measure in force: %1, until %2").replace(
            "%1", labels.label("measure_type", m.measure_type)).replace("%2", ends))
    for x in items.referrals:
        lines.append(ui_line(translate("ClosureDialogs", "Open referral: %1 (%2)").replace(
            "%1", isolate(x.institution)).replace("%2", labels.label("referral_status", x.status))))
    return lines


def open_items_box(labels: Labels, items: OpenItems, deciding: bool = False) -> QGroupBox:
    """The open items as a group, with what closing means for them (said to the supervisor when `deciding`)."""
    translate = QCoreApplication.translate
    box = QGroupBox(translate("ClosureDialogs", "Still open in this case"))
    box.setObjectName("openItems")
    column = QVBoxLayout(box)
    if items.empty:
        column.addWidget(plain_label(translate("ClosureDialogs", "Nothing: no shelter placement, no protective "
                                                                 "measure in force, no open referral.")))
        return box
    listing = plain_label("\n".join(open_item_lines(labels, items)))
    listing.setObjectName("openItemsList")
    column.addWidget(listing)
    column.addWidget(plain_label(translate(
        "ClosureDialogs", "Closing the case ends none of these: each has its own end (the placement in its tab, "
                          "a measure when it expires or is lifted, a referral when it is completed or withdrawn).")))
    if items.blocks_closure:
        warning = banner("placementWarning", "warning", translate(
            "ClosureDialogs", "She is still in a shelter or waiting for a place. To approve, say below why the case "
                              "closes while the placement goes on; or return the request so that the placement is "
                              "ended first.") if deciding else translate(
            "ClosureDialogs", "She is still in a shelter or waiting for a place. End the placement first (Shelter "
                              "placement tab); otherwise a supervisor can approve the closure only with a stated "
                              "reason."))
        column.addWidget(warning)
    return box


class ClosureRequestDialog(CaseDialog):
    """The counselor puts the case forward for closure: what is still open, reason, checklist, summary."""

    def __init__(self, ctx: Context, case_id: int, parent: QWidget, items: OpenItems | None = None) -> None:
        super().__init__(ctx, case_id, parent, self.tr("Request closure"))
        self.setObjectName("closureRequestDialog")
        self.items = items or OpenItems()
        intro = plain_label(self.tr(
            "A supervisor reviews the case before it closes. While the request waits, the case cannot be "
            "changed; you can cancel the request."))
        self.open_box = open_items_box(ctx.labels, self.items)
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
        self.lay_out(intro, self.open_box, form, checklist_box, summary_label, (self.summary, 1))
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
    """A supervisor approves (the case closes) or returns the request with a comment (required). What she
    reads first is loaded in a worker (services/closure.pending_review): the request's reason, checklist and
    summary, whether it comes back after a return, and what is still open. Approving while she is still in a
    shelter asks for the reason the case closes anyway."""

    def __init__(self, ctx: Context, case_id: int, parent: QWidget, approve: bool) -> None:
        title = self.tr("Approve the closure") if approve else self.tr("Return the closure request")
        super().__init__(ctx, case_id, parent, title)
        self.setObjectName("closureDecisionDialog")
        self.approve = approve
        self.review: PendingReview | None = None
        self.head = strong_label("", "decisionCase")
        self.resubmitted = banner("resubmittedBanner", "info")
        self.details = plain_label(self.tr("Loading the request…"))
        self.details.setObjectName("decisionDetails")
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("decisionSummary")
        self.summary.setReadOnly(True)
        self.summary.setAccessibleName(self.tr("Closing summary"))
        self.summary.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        set_height_in_lines(self.summary, 6, at_most=True)
        summary_label = QLabel(self.tr("Closing summar&y:"))
        summary_label.setBuddy(self.summary)
        self.open_holder = QVBoxLayout()
        explain = self.tr("Approving closes the case: it becomes read-only until a supervisor reopens it.") \
            if approve else self.tr("The case goes back to its counselor, who sees your comment in the case.")
        self.override = QPlainTextEdit()
        self.override.setObjectName("placementOverride")
        self.override.setAccessibleName(self.tr("Why the case closes while she is still in a shelter"))
        self.override.setTabChangesFocus(True)
        self.override_label = QLabel(self.tr("&Why the case closes while she is still in a shelter (required):"))
        self.override_label.setWordWrap(True)
        self.override_label.setBuddy(self.override)
        self.comment = QPlainTextEdit()
        self.comment.setAccessibleName(self.tr("Comment for the counselor"))
        self.comment.setTabChangesFocus(True)
        set_height_in_lines(self.comment, 4, at_least=True)
        label = QLabel(self.tr("&Comment (optional):") if approve else self.tr("&Comment (required):"))
        label.setBuddy(self.comment)
        self.lay_out(self.head, self.resubmitted, self.details, summary_label, (self.summary, 1), self.open_holder,
                     plain_label(explain), self.override_label, self.override, label, (self.comment, 1))
        self.save_button().setText(self.tr("&Approve and close the case") if approve else self.tr("&Return"))
        self.fields = {"comment": (self.comment, self.tr("Comment")),
                       "placement_override": (self.override, self.tr("Reason for closing during the placement"))}
        for widget in (self.resubmitted, self.override_label, self.override):
            set_visible(widget, False)
        self.save_button().setEnabled(False)
        self.resize(620, 640)
        session = ctx.session
        run_in_worker(self, lambda: closure.pending_review(session, case_id), self._loaded,
                      lambda exc: self.failed(exc))

    @property
    def ready(self) -> bool:
        return self.review is not None

    def _loaded(self, review: PendingReview) -> None:
        self.review = review
        q, labels = review.request, self.ctx.labels
        self.head.setText(ui_line(self.tr("Case %1").replace("%1", isolate(review.case_number))))
        if review.resubmitted:
            text = self.tr("Put forward again: an earlier request was returned.")
            if review.last_return_comment:
                text += "\n" + ui_line(self.tr("The comment then: %1").replace(
                    "%1", isolate(review.last_return_comment)))
            self.resubmitted.setText(text)
        set_visible(self.resubmitted, review.resubmitted)
        self.details.setText("\n".join(request_lines(labels, q, review.requested_by)))
        self.summary.setPlainText(q.summary)
        self.open_holder.addWidget(open_items_box(labels, review.open, deciding=self.approve))
        needs_reason = self.approve and review.open.blocks_closure
        for widget in (self.override_label, self.override):
            set_visible(widget, needs_reason)
        self.say("")
        self.save_button().setEnabled(True)

    def submit(self) -> None:
        if self.review is None:
            return
        text = self.comment.toPlainText().strip()
        if not self.approve and not text:
            self.refuse([("comment", self.tr("say why the closure is returned."))])
            return
        override = ""
        if self.approve and self.review.open.blocks_closure:
            override = normal(self.override.toPlainText())
            if problem := reason_problem(override):
                self.refuse([("placement_override", problem)])
                return
        session, case_id, approve = self.ctx.session, self.case_id, self.approve
        self.run(lambda: closure.decide(session, case_id, approve, text, override))

    def failed(self, exc: BaseException) -> None:
        if isinstance(exc, PlacementOpen):  # she was placed meanwhile: ask for the reason
            for widget in (self.override_label, self.override):
                set_visible(widget, True)
        super().failed(exc)


def request_lines(labels: Labels, q: r.ClosureRequest, requested_by: str) -> list[str]:
    """The request as plain lines: reason, who asked and when, the checklist (checked and not)."""
    translate = QCoreApplication.translate
    lines = [
        ui_line(translate("ClosureTab", "Reason: %1").replace("%1", labels.label("closure_reason", q.reason))),
        ui_line(translate("ClosureTab", "Requested by %1 on %2").replace("%1", isolate(requested_by)).replace(
            "%2", when_text(q.requested_at))),
    ]
    done = [labels.label("closure_checklist", c) for c in q.checklist]
    missing = [text for code, text in labels.choices("closure_checklist") if code not in q.checklist]
    nothing = translate("ClosureTab", "nothing")
    lines.append(ui_line(translate("ClosureTab", "Checked: %1").replace("%1", "; ".join(done) or nothing)))
    if missing:
        lines.append(ui_line(translate("ClosureTab", "Not checked: %1").replace("%1", "; ".join(missing))))
    return lines


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
