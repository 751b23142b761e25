"""The violence and risk tab: what she reported at intake, the perpetrators, and the risk assessments over
time, with the dialog for a new assessment.

The indicator checklist suggests a level (services.risk.suggest, live as boxes are ticked); the counselor
chooses the level and gives a reason when it differs from the suggestion.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import records as r
from ...services import risk
from ..base.forms import DateField, VocabCheckList, VocabCombo
from ..base.labels import risk_text, sex_label, yes_no
from ..base.lines import isolate, ui_line
from ..base.pages import FlowLayout
from ..base.scaling import set_height_in_lines
from ..base.styles import risk_style
from ..base.tables import fill_table, make_table, sync_button
from ..base.widgets import badge, plain_label, set_visible
from ..session.context import Context
from .data import CaseData, iso_today
from .tab import CaseDialog, CaseTab


class RiskDialog(CaseDialog):
    def __init__(self, ctx: Context, case_id: int, parent: QWidget) -> None:
        super().__init__(ctx, case_id, parent, self.tr("New risk assessment"))
        self.setObjectName("riskDialog")
        labels = ctx.labels
        self.assessed_on = DateField(name=self.tr("Date of the assessment"), required=True, value=iso_today())
        self.indicators = VocabCheckList(labels, "risk_indicator", name=self.tr("Risk indicators"))
        self.suggested = badge(plain_label(""))
        self.suggested.setObjectName("suggestedLevel")
        self.suggested.setAccessibleDescription(self.tr("Suggested level"))
        self.suggested_level = "low"
        self.level = VocabCombo(labels, "risk_level", name=self.tr("Risk level"))
        self.level_chosen = False  # once she picks a level herself, ticking boxes no longer changes it
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Reason for the chosen level"))
        self.reason.setTabChangesFocus(True)
        set_height_in_lines(self.reason, 4, at_most=True)
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
        self.lay_out(top, box, form, self.reason_hint)
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
        self.suggested_level = risk.suggest(self.ctx.session, self.indicators.values())
        text = self.ctx.labels.label("risk_level", self.suggested_level)
        self.suggested.setText(text)
        self.suggested.setStyleSheet(risk_style(self.suggested_level))
        if not self.level_chosen:
            self.level.set_value(self.suggested_level)
        self._update_hint()

    def differs(self) -> bool:
        return self.level.value() != self.suggested_level

    def _update_hint(self) -> None:
        self.reason_hint.setText(self.tr(
            "The level differs from the suggestion: say why in the reason (required).") if self.differs() else "")

    def submit(self) -> None:
        value = r.RiskAssessment(self.assessed_on.value() or "", self.indicators.values(), self.level.value() or "",
                                 self.reason.toPlainText().strip())
        session, case_id = self.ctx.session, self.case_id
        self.run(lambda: risk.add_assessment(session, case_id, value))


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
        self.bar = FlowLayout()
        self.current = badge(plain_label(""))
        self.current.setObjectName("currentRisk")
        self.bar.addWidget(self.current)
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
                                                 self.tr("Ne&w risk assessment…"), "newRiskButton",
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
        dialog = RiskDialog(self.view.ctx, self.view.case_id, self)
        self.open_dialog(dialog, self.tr("Risk assessment saved."))
        return dialog
