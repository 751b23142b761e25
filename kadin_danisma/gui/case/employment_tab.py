"""Employment support of a case (issue 21): a vocational course, an İŞKUR registration or a job placement,
where, from when, and how it ended (completed, placed in a job, dropped out) with the day it did."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPushButton, QWidget

from ...domain.support_records import Employment
from ...services import support
from ..base.forms import DateField, PlainTextField, VocabCombo
from ..base.labels import day_text
from ..base.tables import fill_table, sync_button
from ..session.context import Context
from .data import CaseData, iso_today
from .tab import CaseDialog, CaseTab


class EmploymentDialog(CaseDialog):
    """Add an employment support (item None) or record how one went."""

    def __init__(self, ctx: Context, case_id: int, parent: QWidget, item: Employment | None = None) -> None:
        title = self.tr("Record employment support") if item is None else self.tr("Change employment support")
        super().__init__(ctx, case_id, parent, title)
        self.setObjectName("employmentDialog")
        self.item = item
        labels = ctx.labels
        self.kind = VocabCombo(labels, "employment_support_kind", name=self.tr("Kind of support"))
        self.institution = QLineEdit()
        self.institution.setObjectName("employmentInstitution")
        self.institution.setAccessibleName(self.tr("Institution or employer"))
        self.institution.setMaxLength(200)
        self.start_on = DateField(name=self.tr("Started on"), required=True, not_future=False, value=iso_today())
        self.outcome = VocabCombo(labels, "employment_outcome", name=self.tr("Outcome"))
        self.outcome.setObjectName("employmentOutcome")
        self.outcome_on = DateField(name=self.tr("Outcome on"))
        self.outcome_on.setObjectName("employmentOutcomeOn")
        self.notes = PlainTextField(lines=2)
        self.notes.setAccessibleName(self.tr("Notes on the support"))
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Institution:"), self.institution)
        form.addRow(self.tr("&Started on:"), self.start_on)
        form.addRow(self.tr("O&utcome:"), self.outcome)
        form.addRow(self.tr("Outcome &on:"), self.outcome_on)
        form.addRow(self.tr("&Notes:"), self.notes)
        self.lay_out(form)
        self.fields = {
            "kind": (self.kind, self.tr("Kind")), "institution": (self.institution, self.tr("Institution")),
            "start_on": (self.start_on, self.tr("Started on")), "outcome": (self.outcome, self.tr("Outcome")),
            "outcome_on": (self.outcome_on, self.tr("Outcome on")), "notes": (self.notes, self.tr("Notes")),
        }
        if item is not None:
            self.kind.set_value(item.kind)
            self.institution.setText(item.institution)
            self.start_on.set_value(item.start_on)
            self.outcome.set_value(item.outcome)
            self.outcome_on.set_value(item.outcome_on)
            self.notes.set_text(item.notes)
        else:
            self.outcome.set_value("ongoing")

    def submit(self) -> None:
        self.start_on.normalise()
        self.outcome_on.normalise()
        if self.kind.value() is None:
            self.refuse([("kind", "is required")])
            return
        old = self.item
        item = Employment(self.kind.value() or "", self.institution.text().strip(), self.start_on.value() or "",
                          self.outcome.value() or "ongoing", self.outcome_on.value(), self.notes.text(),
                          id=old.id if old is not None else None,
                          row_version=old.row_version if old is not None else None)
        session, case_id = self.ctx.session, self.case_id
        self.run(lambda: support.save_employment(session, case_id, item))


class EmploymentTab(CaseTab):
    def build(self) -> None:
        self.data: CaseData | None = None
        self.add_button: QPushButton | None = None
        self.edit_button: QPushButton | None = None
        self.dialog: CaseDialog | None = None
        layout = self.list_layout("employmentSummary", [
            self.tr("Kind"), self.tr("Institution"), self.tr("Started"), self.tr("Outcome"), self.tr("On"),
            self.tr("Recorded by")], self.tr("Employment support"))
        layout.addWidget(self.table, 1)
        self.table.itemActivated.connect(lambda _item: self.edit_selected())

    def fill(self, data: CaseData) -> None:
        self.data = data
        editable = data.editable
        self.add_button = sync_button(self.add_button, editable, self.bar, self.tr("Recor&d support…"),
                                      "addEmploymentButton", self.add)
        self.edit_button = sync_button(self.edit_button, editable, self.bar, self.tr("Chan&ge support…"),
                                       "editEmploymentButton", self.edit_selected)
        labels = self.view.ctx.labels
        items = data.record.employment
        ongoing = sum(1 for e in items if e.outcome == "ongoing")
        placed = sum(1 for e in items if e.outcome == "placed")
        self.summary.setText(self.tr("Ongoing: %1 · placed in a job: %2 · all: %3").replace(
            "%1", str(ongoing)).replace("%2", str(placed)).replace("%3", str(len(items)))
            if items else self.tr("No employment support recorded."))
        fill_table(self.table, [[labels.label("employment_support_kind", e.kind), e.institution, day_text(e.start_on),
                                 labels.label("employment_outcome", e.outcome), day_text(e.outcome_on) or "—",
                                 e.recorded_by] for e in items], [e.id for e in items])
        self._selected()

    def _item(self) -> Employment | None:
        return self.chosen(self.data.record.employment) if self.data is not None else None

    def _selected(self) -> None:
        if self.edit_button is not None:
            self.edit_button.setEnabled(self._item() is not None)

    def add(self) -> CaseDialog | None:
        if not self.view.editable:
            return None
        return self.open_dialog(EmploymentDialog(self.view.ctx, self.view.case_id, self),
                                self.tr("Employment support recorded."))

    def edit_selected(self) -> CaseDialog | None:
        item = self._item()
        if not self.view.editable or item is None:
            return None
        return self.open_dialog(EmploymentDialog(self.view.ctx, self.view.case_id, self, item),
                                self.tr("Employment support saved."))
