"""The safety plan tab: the current plan (the steps in place and the plan in her words) and its earlier
reviews, with the dialog that reviews it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain import records as r
from ...services import risk
from ..base.forms import DateField, VocabCheckList
from ..base.labels import day_text
from ..base.lines import isolate, ui_line
from ..base.pages import FlowLayout
from ..base.tables import fill_table, make_table, sync_button
from ..base.widgets import plain_label
from ..session.context import Context
from .data import CaseData, iso_today
from .tab import CaseDialog, CaseTab


class SafetyPlanDialog(CaseDialog):
    def __init__(self, ctx: Context, case_id: int, parent: QWidget, latest: r.SafetyPlan | None) -> None:
        super().__init__(ctx, case_id, parent, self.tr("Review the safety plan"))
        self.setObjectName("safetyPlanDialog")
        self.reviewed_on = DateField(name=self.tr("Date of the review"), required=True, value=iso_today())
        self.items = VocabCheckList(ctx.labels, "safety_plan_item", columns=1, name=self.tr("Safety plan steps"),
                                    selected=latest.items if latest else ())
        self.free_text = QPlainTextEdit(latest.free_text if latest else "")
        self.free_text.setAccessibleName(self.tr("Safety plan in her words"))
        self.free_text.setTabChangesFocus(True)
        box = QGroupBox(self.tr("Steps in place"))
        inner = QVBoxLayout(box)
        inner.addWidget(self.items)
        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.reviewed_on)
        form.addRow(self.tr("&Plan in her words:"), self.free_text)
        self.lay_out(box, form)
        self.fields = {
            "reviewed_on": (self.reviewed_on, self.tr("Date")), "items": (self.items, self.tr("Steps")),
            "free_text": (self.free_text, self.tr("Plan in her words")),
        }

    def submit(self) -> None:
        plan = r.SafetyPlan(self.reviewed_on.value() or "", self.items.values(), self.free_text.toPlainText())
        session, case_id = self.ctx.session, self.case_id
        self.run(lambda: risk.save_safety_plan(session, case_id, plan))


class SafetyPlanTab(CaseTab):
    def build(self) -> None:
        self.review_button: QPushButton | None = None
        self.dialog: SafetyPlanDialog | None = None
        self.bar = FlowLayout()
        self.reviewed = plain_label("")
        self.reviewed.setObjectName("planReviewed")
        self.reviewed.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.bar.addWidget(self.reviewed)
        self.items = plain_label("")
        self.items.setObjectName("planItems")
        self.free_text = plain_label("")
        self.free_text.setObjectName("planFreeText")
        current = QGroupBox(self.tr("Current plan"))
        current_layout = QVBoxLayout(current)
        current_layout.addWidget(self.items)
        current_layout.addWidget(self.free_text)
        self.history = make_table([self.tr("Reviewed"), self.tr("By"), self.tr("Steps"), self.tr("In her words")],
                                  self.tr("Earlier safety plans"))
        history_box = QGroupBox(self.tr("Earlier reviews"))
        QVBoxLayout(history_box).addWidget(self.history)
        layout = QVBoxLayout(self)
        layout.addLayout(self.bar)
        layout.addWidget(current)
        layout.addWidget(history_box, 1)

    def fill(self, data: CaseData) -> None:
        self.review_button = sync_button(self.review_button, data.editable, self.bar,
                                         self.tr("Revie&w safety plan…"), "reviewPlanButton", self.review)
        labels = self.view.ctx.labels
        plans = sorted(data.record.safety_plans, key=lambda p: (p.reviewed_on, p.id or 0), reverse=True)
        if not plans:
            self.reviewed.setText(self.tr("No safety plan yet."))
            self.items.setText("")
            self.free_text.setText("")
        else:
            latest = plans[0]
            self.reviewed.setText(ui_line(self.tr("Reviewed on %1 by %2").replace(
                "%1", day_text(latest.reviewed_on)).replace("%2", isolate(latest.reviewer or "—"))))
            self.items.setText("\n".join("✓ " + labels.label("safety_plan_item", c) for c in latest.items)
                               or self.tr("No steps ticked."))
            self.free_text.setText(latest.free_text)
        fill_table(self.history, [[day_text(p.reviewed_on), p.reviewer, labels.labels("safety_plan_item", p.items),
                                   p.free_text] for p in plans[1:]])

    def latest(self) -> r.SafetyPlan | None:
        if self.view.data is None or not self.view.data.record.safety_plans:
            return None
        return max(self.view.data.record.safety_plans, key=lambda p: (p.reviewed_on, p.id or 0))

    def review(self) -> SafetyPlanDialog | None:
        if not self.view.editable:
            return None
        dialog = SafetyPlanDialog(self.view.ctx, self.view.case_id, self, self.latest())
        self.open_dialog(dialog, self.tr("Safety plan saved."))
        return dialog
