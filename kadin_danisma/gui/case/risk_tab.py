"""Violence and risk (what she reported at intake, the perpetrators, the risk assessments over time) and
the safety plan (the current plan and its earlier reviews), with their editors.

The indicator checklist suggests a level (services.risk.suggest, live as boxes are ticked); the
counselor chooses the level and gives a reason when it differs from the suggestion.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import records as r
from ...services import risk
from ..base.widgets import isolate, plain_label, ui_line
from ..session.context import Context
from .common import (
    CaseData,
    DateField,
    SaveDialog,
    VocabChecks,
    VocabCombo,
    badge,
    fill_table,
    make_table,
    risk_style,
    risk_text,
    set_visible,
    sex_label,
    sync_button,
    yes_no,
)
from .tab import CaseTab

if TYPE_CHECKING:
    pass


class RiskDialog(SaveDialog):
    def __init__(self, ctx: Context, case_id: int, parent: QWidget) -> None:
        super().__init__(ctx, case_id, parent, self.tr("New risk assessment"))
        self.setObjectName("riskDialog")
        labels = ctx.labels
        self.assessed_on = DateField(self.tr("Date of the assessment"))
        self.indicators = VocabChecks(labels, "risk_indicator", self.tr("Risk indicators"))
        self.suggested = badge(plain_label(""))
        self.suggested.setObjectName("suggestedLevel")
        self.suggested_level = "low"
        self.level = VocabCombo(labels, "risk_level", self.tr("Risk level"))
        self.level_chosen = False  # once she picks a level herself, ticking boxes no longer changes it
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Reason for the chosen level"))
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(90)
        self.reason_hint = plain_label("")
        self.reason_hint.setObjectName("reasonHint")

        box = QGroupBox(self.tr("Indicators present"))
        inner = QVBoxLayout(box)
        inner.addWidget(self.indicators)
        top = QFormLayout()
        top.addRow(self.tr("&Date:"), self.assessed_on)
        form = QFormLayout()
        suggested_label = QLabel(self.tr("Suggested level:"))
        form.addRow(suggested_label, self.suggested)
        form.addRow(self.tr("&Level:"), self.level)
        form.addRow(self.tr("&Reason:"), self.reason)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(box)
        layout.addLayout(form)
        layout.addWidget(self.reason_hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.fields = {
            "assessed_on": (self.assessed_on, self.tr("Date")),
            "indicators": (self.indicators, self.tr("Indicators")),
            "level": (self.level, self.tr("Level")), "reason": (self.reason, self.tr("Reason")),
        }
        for check in self.indicators.boxes.values():
            check.toggled.connect(self._update)
        self.level.activated.connect(self._level_picked)
        self.level.currentIndexChanged.connect(lambda _i: self._update_hint())
        self._update()

    def _level_picked(self, _index: int) -> None:
        self.level_chosen = True
        self._update_hint()

    def _update(self) -> None:
        self.suggested_level = risk.suggest(self.ctx.session, self.indicators.codes())
        text = self.ctx.labels.label("risk_level", self.suggested_level)
        self.suggested.setText(text)
        self.suggested.setAccessibleName(self.tr("Suggested level: %1").replace("%1", text))
        self.suggested.setStyleSheet(risk_style(self.suggested_level))
        if not self.level_chosen:
            self.level.set_code(self.suggested_level)
        self._update_hint()

    def differs(self) -> bool:
        return self.level.code() != self.suggested_level

    def _update_hint(self) -> None:
        self.reason_hint.setText(self.tr(
            "The level differs from the suggestion: say why in the reason (required).") if self.differs() else "")

    def submit(self) -> None:
        if self.busy:
            return
        value = r.RiskAssessment(self.assessed_on.iso(), self.indicators.codes(), self.level.code() or "",
                                 self.reason.toPlainText().strip())
        session, case_id = self.ctx.session, self.case_id
        self.run(lambda: risk.add_assessment(session, case_id, value))


class SafetyPlanDialog(SaveDialog):
    def __init__(self, ctx: Context, case_id: int, parent: QWidget, latest: r.SafetyPlan | None) -> None:
        super().__init__(ctx, case_id, parent, self.tr("Review the safety plan"))
        self.setObjectName("safetyPlanDialog")
        self.reviewed_on = DateField(self.tr("Date of the review"))
        self.items = VocabChecks(ctx.labels, "safety_plan_item", self.tr("Safety plan steps"),
                                 latest.items if latest else (), columns=1)
        self.free_text = QPlainTextEdit(latest.free_text if latest else "")
        self.free_text.setAccessibleName(self.tr("Safety plan in her words"))
        self.free_text.setTabChangesFocus(True)
        box = QGroupBox(self.tr("Steps in place"))
        inner = QVBoxLayout(box)
        inner.addWidget(self.items)
        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.reviewed_on)
        form.addRow(self.tr("&Plan in her words:"), self.free_text)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.fields = {
            "reviewed_on": (self.reviewed_on, self.tr("Date")), "items": (self.items, self.tr("Steps")),
            "free_text": (self.free_text, self.tr("Plan in her words")),
        }

    def submit(self) -> None:
        if self.busy:
            return
        plan = r.SafetyPlan(self.reviewed_on.iso(), self.items.codes(), self.free_text.toPlainText())
        session, case_id = self.ctx.session, self.case_id
        self.run(lambda: risk.save_safety_plan(session, case_id, plan))


class ViolenceRiskTab(CaseTab):
    def build(self) -> None:
        self.new_assessment_button: QPushButton | None = None
        self.dialog: RiskDialog | None = None
        self.intake = plain_label("")
        self.intake.setObjectName("intakeViolence")
        intake_box = QGroupBox(self.tr("Reported at intake"))
        QVBoxLayout(intake_box).addWidget(self.intake)
        self.perpetrators = make_table(
            [self.tr("Relationship"), self.tr("Name"), self.tr("Sex"), self.tr("Lives with her"),
             self.tr("Weapon access"), self.tr("Notes")], self.tr("Perpetrators"))
        perp_box = QGroupBox(self.tr("Perpetrators"))
        QVBoxLayout(perp_box).addWidget(self.perpetrators)
        self.assessments = make_table(
            [self.tr("Date"), self.tr("Level"), self.tr("Suggested"), self.tr("Indicators"), self.tr("Assessor"),
             self.tr("Reason")], self.tr("Risk assessments, newest first"))
        self.bar = QHBoxLayout()
        self.current = badge(plain_label(""))
        self.current.setObjectName("currentRisk")
        self.bar.addWidget(self.current)
        self.bar.addStretch(1)
        risk_box = QGroupBox(self.tr("Risk assessments"))
        risk_layout = QVBoxLayout(risk_box)
        risk_layout.addLayout(self.bar)
        risk_layout.addWidget(self.assessments)
        layout = QVBoxLayout(self)
        layout.addWidget(intake_box)
        layout.addWidget(perp_box, 1)
        layout.addWidget(risk_box, 2)

    def fill(self, data: CaseData) -> None:
        self.new_assessment_button = sync_button(self.new_assessment_button, data.editable, self.bar,
                                                 self.tr("New risk &assessment…"), "newRiskButton",
                                                 self.new_assessment)
        rec, labels = data.record, self.view.ctx.labels
        lines = []
        if rec.intake is None:
            lines.append(self.tr("No intake recorded."))
        else:
            it = rec.intake
            lines.append(self.tr("Violence types: %1").replace(
                "%1", labels.labels("violence_type", it.violence_types) or self.tr("none recorded")))
            if it.frequency:
                lines.append(ui_line(self.tr("Frequency: %1").replace("%1", isolate(it.frequency))))
            if it.last_incident:
                lines.append(self.tr("Last incident: %1").replace("%1", it.last_incident))
            lines.append(self.tr("Police before: %1 · Court before: %2").replace(
                "%1", yes_no(it.prior_police)).replace("%2", yes_no(it.prior_court)))
            if it.prior_contact_notes:
                lines.append(ui_line(isolate(it.prior_contact_notes)))
        self.intake.setText("\n".join(lines))
        fill_table(self.perpetrators, [
            [labels.label("perpetrator_relationship", p.relationship), p.name, sex_label(p.sex),
             yes_no(p.lives_with_client), yes_no(p.weapon_access), p.notes] for p in rec.perpetrators])
        ordered = sorted(rec.risk_assessments, key=lambda a: (a.assessed_on, a.id or 0), reverse=True)
        fill_table(self.assessments, [
            [a.assessed_on, labels.label("risk_level", a.level), labels.label("risk_level", a.suggested_level),
             labels.labels("risk_indicator", a.indicators), a.assessor, a.reason] for a in ordered])
        self.current.setText(risk_text(labels, rec.risk_level))
        self.current.setStyleSheet(risk_style(rec.risk_level))
        set_visible(self.current, True)

    def new_assessment(self) -> RiskDialog | None:
        if not self.view.editable:
            return None
        dialog = RiskDialog(self.view.ctx, self.view.case_id, self.view)
        self.open_dialog(dialog, self.tr("Risk assessment saved."))
        return dialog


class SafetyPlanTab(CaseTab):
    def build(self) -> None:
        self.review_button: QPushButton | None = None
        self.dialog: SafetyPlanDialog | None = None
        self.bar = QHBoxLayout()
        self.reviewed = plain_label("")
        self.reviewed.setObjectName("planReviewed")
        self.bar.addWidget(self.reviewed, 1)
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
            self.reviewed.setText(ui_line(self.tr("Reviewed on %1 by %2").replace("%1", latest.reviewed_on).replace(
                "%2", isolate(latest.reviewer or "—"))))
            self.items.setText("\n".join("✓ " + labels.label("safety_plan_item", c) for c in latest.items)
                               or self.tr("No steps ticked."))
            self.free_text.setText(latest.free_text)
        fill_table(self.history, [[p.reviewed_on, p.reviewer, labels.labels("safety_plan_item", p.items), p.free_text]
                                  for p in plans[1:]])

    def latest(self) -> r.SafetyPlan | None:
        if self.view.data is None or not self.view.data.record.safety_plans:
            return None
        return max(self.view.data.record.safety_plans, key=lambda p: (p.reviewed_on, p.id or 0))

    def review(self) -> SafetyPlanDialog | None:
        if not self.view.editable:
            return None
        dialog = SafetyPlanDialog(self.view.ctx, self.view.case_id, self.view, self.latest())
        self.open_dialog(dialog, self.tr("Safety plan saved."))
        return dialog
