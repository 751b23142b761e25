"""The protective measures tab (Law 6284): each measure with its type, authority, decision and effect dates
and court file number; add or correct one, record a violation of one. Active measures ending within 14 days
are highlighted here (and listed on the dashboard), and so are the law's deadlines still open (issue 21): a
request's decision due within 24 hours, a governor's or police chief's measure to be confirmed by a judge
within 48 hours; the electronic-monitoring and identity-confidentiality flags are shown with each measure."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from ...domain import records as r
from ...domain.measure_deadlines import AWAITING, Deadline, open_deadline
from ...services import measures
from ...services.dashboard import EXPIRY_DAYS
from ..base.forms import DateField, MomentField, VocabCombo, moment_text
from ..base.labels import day_text
from ..base.lines import isolate, ui_line
from ..base.scaling import set_height_in_lines
from ..base.styles import WARNING_ROW
from ..base.tables import fill_table, make_table, sync_button, tint_rows
from ..base.widgets import banner, plain_label, set_visible
from ..session.context import Context
from .data import CaseData, iso_today
from .rules import expiring_measures
from .tab import CaseDialog, CaseTab


class MeasureDialog(CaseDialog):
    """Add a measure (measure None) or correct one."""

    def __init__(self, ctx: Context, case_id: int, parent: QWidget, measure: r.Measure | None = None) -> None:
        title = self.tr("Add a protective measure") if measure is None else self.tr("Edit a protective measure")
        super().__init__(ctx, case_id, parent, title)
        self.setObjectName("measureDialog")
        self.measure = measure
        labels = ctx.labels
        self.measure_type = VocabCombo(labels, "measure_type", name=self.tr("Type of measure"))
        self.authority = VocabCombo(labels, "measure_authority", self.tr("— not stated —"),
                                    name=self.tr("Authority that decided"))
        self.decision_date = DateField(name=self.tr("Decision date"), required=True, value=iso_today())
        self.start_date = DateField(name=self.tr("Start date"), required=True, not_future=False, value=iso_today())
        self.end_date = DateField(name=self.tr("End date (empty when none is set)"), not_future=False)
        self.court_file_no = QLineEdit()
        self.court_file_no.setAccessibleName(self.tr("Court or file number"))
        self.court_file_no.setMaxLength(100)
        self.status_combo = VocabCombo(labels, "measure_status", name=self.tr("Status of the measure"))
        # Law 6284's deadlines (issue 21): the request's and the decision's time, a judge's confirmation
        self.requested_at = MomentField(name=self.tr("Requested at (date and time)"))
        self.requested_at.setObjectName("measureRequestedAt")
        self.decided_at = MomentField(name=self.tr("Decided at (date and time)"))
        self.decided_at.setObjectName("measureDecidedAt")
        self.judge_confirmed_at = MomentField(name=self.tr("Confirmed by a judge at (date and time)"))
        self.judge_confirmed_at.setObjectName("measureConfirmedAt")
        self.electronic_monitoring = QCheckBox(self.tr("Electronic &monitoring"))
        self.identity_confidential = QCheckBox(self.tr("Her &identity kept confidential"))
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes on the measure"))
        self.notes.setTabChangesFocus(True)
        set_height_in_lines(self.notes, 3, at_most=True)
        form = QFormLayout()
        form.addRow(self.tr("&Type:"), self.measure_type)
        form.addRow(self.tr("&Authority:"), self.authority)
        form.addRow(self.tr("&Decided on:"), self.decision_date)
        form.addRow(self.tr("&Starts:"), self.start_date)
        form.addRow(self.tr("&Ends:"), self.end_date)
        form.addRow(self.tr("&File number:"), self.court_file_no)
        form.addRow(self.tr("Stat&us:"), self.status_combo)
        form.addRow(self.tr("Re&quested at:"), self.requested_at)
        form.addRow(self.tr("Decided at:"), self.decided_at)
        form.addRow(self.tr("Judge's confirmation at:"), self.judge_confirmed_at)
        form.addRow("", self.electronic_monitoring)
        form.addRow("", self.identity_confidential)
        form.addRow(self.tr("N&otes:"), self.notes)
        self.lay_out(form)
        self.fields = {
            "measure_type": (self.measure_type, self.tr("Type")), "authority": (self.authority, self.tr("Authority")),
            "decision_date": (self.decision_date, self.tr("Decided on")),
            "start_date": (self.start_date, self.tr("Starts")), "end_date": (self.end_date, self.tr("Ends")),
            "court_file_no": (self.court_file_no, self.tr("File number")),
            "status": (self.status_combo, self.tr("Status")), "notes": (self.notes, self.tr("Notes")),
            "requested_at": (self.requested_at, self.tr("Requested at")),
            "decided_at": (self.decided_at, self.tr("Decided at")),
            "judge_confirmed_at": (self.judge_confirmed_at, self.tr("Judge's confirmation at")),
        }
        if measure is not None:
            self.measure_type.set_value(measure.measure_type)
            self.authority.set_value(measure.authority)
            self.decision_date.set_value(measure.decision_date)
            self.start_date.set_value(measure.start_date)
            self.end_date.set_value(measure.end_date)
            self.court_file_no.setText(measure.court_file_no)
            self.status_combo.set_value(measure.status)
            self.notes.setPlainText(measure.notes)
            self.requested_at.set_value(measure.requested_at)
            self.decided_at.set_value(measure.decided_at)
            self.judge_confirmed_at.set_value(measure.judge_confirmed_at)
            self.electronic_monitoring.setChecked(measure.electronic_monitoring)
            self.identity_confidential.setChecked(measure.identity_confidential)
        else:
            self.status_combo.set_value("active")

    def submit(self) -> None:
        self.end_date.normalise()
        for field in (self.requested_at, self.decided_at, self.judge_confirmed_at):
            field.normalise()
        # Checked here too, so an empty authority is refused before anything is sent.
        missing = [(key, "is required") for key, combo in
                   (("measure_type", self.measure_type), ("authority", self.authority)) if combo.value() is None]
        if missing:
            self.refuse(missing)
            return
        old = self.measure
        measure = r.Measure(self.measure_type.value() or "", self.authority.value() or "",
                            self.decision_date.value() or "", self.start_date.value() or "", self.end_date.value(),
                            self.court_file_no.text().strip(), self.status_combo.value() or "active",
                            self.notes.toPlainText(),
                            id=old.id if old is not None else None,
                            row_version=old.row_version if old is not None else None,
                            requested_at=self.requested_at.value(), decided_at=self.decided_at.value(),
                            judge_confirmed_at=self.judge_confirmed_at.value(),
                            electronic_monitoring=self.electronic_monitoring.isChecked(),
                            identity_confidential=self.identity_confidential.isChecked())
        session, case_id = self.ctx.session, self.case_id
        self.run(lambda: measures.save_measure(session, case_id, measure))


class ViolationDialog(CaseDialog):
    def __init__(self, ctx: Context, case_id: int, parent: QWidget, measure_id: int, measure_label: str) -> None:
        super().__init__(ctx, case_id, parent, self.tr("Record a violation"))
        self.setObjectName("violationDialog")
        self.measure_id = measure_id
        intro = plain_label(ui_line(self.tr("A violation of: %1").replace("%1", isolate(measure_label))))
        self.violation_date = DateField(name=self.tr("Date of the violation"), required=True, value=iso_today())
        self.description = QPlainTextEdit()
        self.description.setAccessibleName(self.tr("What happened"))
        self.description.setTabChangesFocus(True)
        set_height_in_lines(self.description, 4, at_most=True)
        self.reported_to = QLineEdit()
        self.reported_to.setAccessibleName(self.tr("Reported to"))
        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.violation_date)
        form.addRow(self.tr("&What happened:"), self.description)
        form.addRow(self.tr("&Reported to:"), self.reported_to)
        self.lay_out(intro, form)
        self.fields = {"violation_date": (self.violation_date, self.tr("Date")),
                       "description": (self.description, self.tr("What happened")),
                       "reported_to": (self.reported_to, self.tr("Reported to"))}

    def submit(self) -> None:
        violation = r.Violation(self.violation_date.value() or "", self.description.toPlainText(),
                                self.reported_to.text().strip())
        session, case_id, measure_id = self.ctx.session, self.case_id, self.measure_id
        self.run(lambda: measures.add_violation(session, case_id, measure_id, violation))


class MeasuresTab(CaseTab):
    def build(self) -> None:
        self.data: CaseData | None = None
        self.add_button: QPushButton | None = None
        self.edit_button: QPushButton | None = None
        self.violation_button: QPushButton | None = None
        self.dialog: CaseDialog | None = None
        layout = self.list_layout("measuresSummary", [
            self.tr("Measure"), self.tr("Authority"), self.tr("Decided"), self.tr("Starts"), self.tr("Ends"),
            self.tr("File number"), self.tr("Status"), self.tr("Violations"), self.tr("Deadline"), self.tr("Flags")],
            self.tr("Protective measures"))
        self.expiring = banner("measuresExpiring", "warning", strong=True)
        self.deadlines = banner("measuresDeadlines", "warning", strong=True)
        self.violations = make_table([self.tr("Date"), self.tr("Reported to"), self.tr("What happened")],
                                     self.tr("Violations of the chosen measure"))
        self.violations_label = plain_label(self.tr("Violations of the chosen measure:"))
        layout.addWidget(self.expiring)
        layout.addWidget(self.deadlines)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.violations_label)
        layout.addWidget(self.violations, 1)
        set_visible(self.expiring, False)
        set_visible(self.deadlines, False)
        self.table.itemActivated.connect(lambda _item: self.edit_selected())

    def expiring_within(self, days: int = EXPIRY_DAYS) -> list[r.Measure]:
        """Active measures of the shown case ending within `days` days."""
        return expiring_measures(self.data.record, days) if self.data is not None else []

    def fill(self, data: CaseData) -> None:
        self.data = data
        editable = data.editable
        self.add_button = sync_button(self.add_button, editable, self.bar, self.tr("Ne&w measure…"),
                                      "addMeasureButton", self.add)
        self.edit_button = sync_button(self.edit_button, editable, self.bar, self.tr("Chan&ge measure…"),
                                       "editMeasureButton", self.edit_selected)
        self.violation_button = sync_button(self.violation_button, editable, self.bar,
                                            self.tr("Rec&ord a violation…"), "recordViolationButton",
                                            self.record_violation)
        labels = self.view.ctx.labels
        items = data.record.measures
        soon = {m.id for m in self.expiring_within()}
        active = sum(1 for m in items if m.status == "active")
        self.summary.setText(self.tr("Active: %1 · other: %2").replace("%1", str(active)).replace(
            "%2", str(len(items) - active)) if items else self.tr("No protective measures recorded."))
        rows = []
        now = datetime.now()
        due = {m.id: d for m in items if (d := open_deadline(m, now)) is not None}
        for m in items:
            ends = day_text(m.end_date) or "—"
            if m.id in soon:
                ends = self.tr("%1 (ends soon)").replace("%1", ends)
            decided = day_text(m.decision_date) if m.status != AWAITING else "—"
            flags = [self.tr("electronic monitoring")] if m.electronic_monitoring else []
            flags += [self.tr("identity confidential")] if m.identity_confidential else []
            rows.append([labels.label("measure_type", m.measure_type), labels.label("measure_authority", m.authority),
                         decided, day_text(m.start_date), ends, m.court_file_no,
                         labels.label("measure_status", m.status), str(len(m.violations)),
                         self.deadline_text(due[m.id], now) if m.id in due else "—", ", ".join(flags) or "—"])
        fill_table(self.table, rows, [m.id for m in items])
        tint_rows(self.table, [i for i, m in enumerate(items) if m.id in soon or m.id in due], WARNING_ROW)
        pressing = [(m, due[m.id]) for m in items if m.id in due]
        self.deadlines.setText("\n".join(
            f"{labels.label('measure_type', m.measure_type)}: {self.deadline_text(d, now)}" for m, d in pressing))
        set_visible(self.deadlines, bool(pressing))
        expiring = [m for m in items if m.id in soon]
        if expiring:
            self.expiring.setText("\n".join(
                self.tr("Ends within %1 days: %2, on %3").replace("%1", str(EXPIRY_DAYS)).replace(
                    "%2", labels.label("measure_type", m.measure_type)).replace("%3", day_text(m.end_date))
                for m in expiring))
        set_visible(self.expiring, bool(expiring))
        self._selected()

    def deadline_text(self, d: Deadline, now: datetime) -> str:
        """"Decision due 09.12.2026 14:00 (overdue)": what is due, by when, and how it stands."""
        what = self.tr("Decision due %1") if d.kind == "decision" else self.tr("Judge's confirmation due %1")
        text = what.replace("%1", moment_text(d.due_at))
        if d.overdue:
            return self.tr("%1 (OVERDUE)").replace("%1", text)
        return self.tr("%1 (soon)").replace("%1", text) if d.soon(now) else text

    def _measure(self) -> r.Measure | None:
        return self.chosen(self.data.record.measures) if self.data is not None else None

    def _selected(self) -> None:
        measure = self._measure()
        for button in (self.edit_button, self.violation_button):
            if button is not None:
                button.setEnabled(measure is not None)
        fill_table(self.violations, [[day_text(v.violation_date), v.reported_to, v.description]
                                     for v in (measure.violations if measure else [])])

    def add(self) -> CaseDialog | None:
        if not self.view.editable:
            return None
        return self.open_dialog(MeasureDialog(self.view.ctx, self.view.case_id, self), self.tr("Measure added."))

    def edit_selected(self) -> CaseDialog | None:
        measure = self._measure()
        if not self.view.editable or measure is None:
            return None
        return self.open_dialog(MeasureDialog(self.view.ctx, self.view.case_id, self, measure),
                          self.tr("Measure saved."))

    def record_violation(self) -> CaseDialog | None:
        measure = self._measure()
        if not self.view.editable or measure is None or measure.id is None:
            return None
        label = self.view.ctx.labels.label("measure_type", measure.measure_type)
        return self.open_dialog(ViolationDialog(self.view.ctx, self.view.case_id, self, measure.id, label),
                          self.tr("Violation recorded."))
