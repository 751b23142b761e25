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
from ..base.labels import day_text, risk_text, sex_label, yes_no
from ..base.lines import isolate, ui_line
from ..base.pages import FlowLayout
from ..base.scaling import set_height_in_lines
from ..base.styles import risk_style
from ..base.tables import fill_table, make_table, selected_key, sync_button
from ..base.widgets import badge, plain_label, set_visible
from ..session.context import Context
from .data import CaseData, iso_today
from .details_dialogs import PerpetratorDialog, ViolenceHistoryDialog
from .tab import CaseDialog, CaseTab

# The risk indicator a perpetrator's "has access to a weapon" stands for (domain/vocabularies.py).
WEAPON_INDICATOR = "weapon_access"


class RiskDialog(CaseDialog):
    """A new assessment. What the case already says is carried into the checklist: a perpetrator with access
    to a weapon ticks "access to a weapon" (she may untick it, with her reason)."""

    def __init__(self, ctx: Context, case_id: int, parent: QWidget, armed: bool = False) -> None:
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
        self.carried = plain_label("")
        self.carried.setObjectName("riskCarried")
        if armed and WEAPON_INDICATOR in self.indicators.boxes:
            self.indicators.set_values([WEAPON_INDICATOR])
            self.carried.setText(self.tr("Ticked from the case: a perpetrator has access to a weapon."))

        box = QGroupBox(self.tr("Indicators present"))
        inner = QVBoxLayout(box)
        if self.carried.text():
            inner.addWidget(self.carried)
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
        self.edit_intake_button: QPushButton | None = None
        self.dialog: RiskDialog | None = None
        self.intake = plain_label("")
        self.intake.setObjectName("intakeViolence")
        self.intake_bar = FlowLayout()  # onto a second row at a large text size
        intake_box = QGroupBox(self.tr("Violence history"))
        intake_layout = QVBoxLayout(intake_box)
        intake_layout.addWidget(self.intake)
        intake_layout.addLayout(self.intake_bar)
        self.perpetrators = make_table(
            [self.tr("Relationship"), self.tr("Name"), self.tr("Sex"), self.tr("Lives with her"),
             self.tr("Weapon access"), self.tr("Notes")], self.tr("Perpetrators"))
        self.perpetrators.setObjectName("perpetratorsTable")
        self.add_perpetrator_button: QPushButton | None = None
        self.edit_perpetrator_button: QPushButton | None = None
        self.perpetrator_bar = FlowLayout()  # onto a second row at a large text size
        perp_box = QGroupBox(self.tr("Perpetrators"))
        perp_layout = QVBoxLayout(perp_box)
        perp_layout.addWidget(self.perpetrators)
        perp_layout.addLayout(self.perpetrator_bar)
        self.perpetrators.itemSelectionChanged.connect(self._perpetrator_selected)
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
        self.add_perpetrator_button = sync_button(self.add_perpetrator_button, data.editable, self.perpetrator_bar,
                                                  self.tr("Add a perpetrator…"), "addPerpetratorButton",
                                                  lambda: self.edit_perpetrator(None))
        self.edit_perpetrator_button = sync_button(self.edit_perpetrator_button, data.editable, self.perpetrator_bar,
                                                   self.tr("Change the perpetrator's details…"),
                                                   "editPerpetratorButton", self.edit_selected_perpetrator)
        self.edit_intake_button = sync_button(self.edit_intake_button, data.editable,
                                              self.intake_bar, self.tr("Change the violence history…"),
                                              "editHistoryButton", self.edit_history)
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
                lines.append(self.tr("Last incident: %1").replace("%1", day_text(it.last_incident)))
            lines.append(self.tr("Police before: %1 · Court before: %2").replace(
                "%1", yes_no(it.prior_police)).replace("%2", yes_no(it.prior_court)))
            if it.prior_contact_notes:
                lines.append(ui_line(isolate(it.prior_contact_notes)))
        self.intake.setText("\n".join(lines))
        fill_table(self.perpetrators, [
            [labels.label("perpetrator_relationship", p.relationship), p.name, sex_label(p.sex),
             yes_no(p.lives_with_client), yes_no(p.weapon_access), p.notes] for p in rec.perpetrators],
            [p.id for p in rec.perpetrators])
        if rec.perpetrators:
            self.perpetrators.selectRow(0)
        self._perpetrator_selected()
        ordered = sorted(rec.risk_assessments, key=lambda a: (a.assessed_on, a.id or 0), reverse=True)
        fill_table(self.assessments, [
            [day_text(a.assessed_on), labels.label("risk_level", a.level),
             labels.label("risk_level", a.suggested_level), labels.labels("risk_indicator", a.indicators),
             a.assessor, a.reason] for a in ordered])
        self.current.setText(risk_text(labels, rec.risk_level))
        self.current.setStyleSheet(risk_style(rec.risk_level))
        set_visible(self.current, True)

    def _perpetrator(self) -> r.Perpetrator | None:
        key = selected_key(self.perpetrators)
        data = self.view.data
        return next((p for p in data.record.perpetrators if p.id == key), None) if data and key else None

    def _perpetrator_selected(self) -> None:
        if self.edit_perpetrator_button is not None:
            self.edit_perpetrator_button.setEnabled(self._perpetrator() is not None)

    def edit_selected_perpetrator(self) -> PerpetratorDialog | None:
        person = self._perpetrator()
        return self.edit_perpetrator(person) if person is not None else None

    def edit_perpetrator(self, person: r.Perpetrator | None) -> PerpetratorDialog | None:
        if not self.view.editable:
            return None
        return self.open_dialog(PerpetratorDialog(self.view.ctx, self.view.case_id, self, person),
                                self.tr("Perpetrator saved."))

    def edit_history(self) -> ViolenceHistoryDialog | None:
        data = self.view.data
        if not self.view.editable or data is None:
            return None
        return self.open_dialog(ViolenceHistoryDialog(self.view.ctx, self.view.case_id, self, data.record.intake,
                                                      data.record.opened_on), self.tr("Violence history saved."))

    def new_assessment(self) -> RiskDialog | None:
        if not self.view.editable:
            return None
        data = self.view.data
        armed = data is not None and any(p.weapon_access for p in data.record.perpetrators)
        dialog = RiskDialog(self.view.ctx, self.view.case_id, self, armed)
        self.open_dialog(dialog, self.tr("Risk assessment saved."))
        return dialog
