"""The children tab: her children (name, year of birth, sex, whether the child is with her, school) with the
selected child's concerns and needs, and the dialog that adds or changes one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...domain import records as r
from ...services import cases
from ..base.forms import CodeCombo, PlainTextField, VocabCheckList, YearSpinBox
from ..base.labels import age_text, child_sex_choices, child_sex_label, yes_no
from ..base.lines import isolate, ui_line
from ..base.tables import fill_table, sync_button
from ..base.widgets import plain_label
from ..session.context import Context
from .data import CaseData
from .tab import CaseDialog, CaseTab


class ChildDialog(CaseDialog):
    def __init__(self, ctx: Context, case_id: int, parent: QWidget, child: r.Child | None) -> None:
        super().__init__(ctx, case_id, parent, self.tr("Add a child") if child is None else self.tr("Edit a child"))
        self.setObjectName("childDialog")
        self.child = child
        self.name = QLineEdit(child.name if child else "")
        self.name.setAccessibleName(self.tr("Child's name"))
        self.birth_year = YearSpinBox(start_year=date.today().year - 5, name=self.tr("Year of birth"))
        self.birth_year.set_year(child.birth_year if child else None)
        self.sex = CodeCombo(child_sex_choices(), name=self.tr("Sex"))
        self.sex.set_value(child.sex if child else "unknown")
        self.accompanying = QCheckBox(self.tr("&Stays with her (accompanying)"))
        self.accompanying.setAccessibleDescription(self.tr("Stays with her"))
        self.accompanying.setChecked(bool(child and child.accompanying))
        self.school = QLineEdit(child.school if child else "")
        self.school.setAccessibleName(self.tr("School"))
        self.concerns = VocabCheckList(ctx.labels, "child_concern", name=self.tr("Concerns"),
                                       selected=child.concerns if child else ())
        self.needs = PlainTextField(lines=3)
        self.needs.set_text(child.needs if child else "")
        self.needs.setAccessibleName(self.tr("Needs"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Year of birth:"), self.birth_year)
        form.addRow(self.tr("Se&x:"), self.sex)
        form.addRow("", self.accompanying)
        form.addRow(self.tr("Sc&hool:"), self.school)
        box = QGroupBox(self.tr("Concerns"))
        QVBoxLayout(box).addWidget(self.concerns)
        needs_form = QFormLayout()
        needs_form.addRow(self.tr("N&eeds:"), self.needs)
        self.lay_out(form, box, needs_form)
        self.fields = {"name": (self.name, self.tr("Name")), "birth_year": (self.birth_year, self.tr("Year of birth")),
                       "sex": (self.sex, self.tr("Sex")), "school": (self.school, self.tr("School")),
                       "concerns": (self.concerns, self.tr("Concerns")), "needs": (self.needs, self.tr("Needs"))}

    def submit(self) -> None:
        child = r.Child(self.name.text().strip(), self.birth_year.year(), self.sex.value() or "unknown",
                        self.accompanying.isChecked(), self.school.text().strip(), self.concerns.values(),
                        self.needs.text(), self.child.id if self.child else None,
                        self.child.row_version if self.child else None)  # a newer save is not overwritten
        session, case_id = self.ctx.session, self.case_id
        self.run(lambda: cases.save_child(session, case_id, child))


class ChildrenTab(CaseTab):
    def build(self) -> None:
        self.add_button: QPushButton | None = None
        self.edit_button: QPushButton | None = None
        self.dialog: ChildDialog | None = None
        layout = self.list_layout("childrenSummary", [
            self.tr("Name"), self.tr("Born"), self.tr("Sex"), self.tr("With her"), self.tr("School")],
            self.tr("Children"))
        self.detail = plain_label("")
        self.detail.setObjectName("childDetail")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        detail_box = QGroupBox(self.tr("Selected child"))
        QVBoxLayout(detail_box).addWidget(self.detail)
        layout.addWidget(self.table, 2)
        layout.addWidget(detail_box, 1)

    def fill(self, data: CaseData) -> None:
        self.add_button = sync_button(self.add_button, data.editable, self.bar, self.tr("Add chil&d…"),
                                      "addChildButton", lambda: self.edit(None))
        self.edit_button = sync_button(self.edit_button, data.editable, self.bar, self.tr("Chan&ge child's details…"),
                                       "editChildButton", self.edit_selected)
        kids = data.record.children
        self.summary.setText(self.tr("Children: %1").replace("%1", str(len(kids))) if kids
                           else self.tr("No children recorded."))
        fill_table(self.table, [[k.name, age_text(k.birth_year), child_sex_label(k.sex), yes_no(k.accompanying),
                                 k.school] for k in kids], [k.id for k in kids])
        if kids:
            self.table.selectRow(0)
        self._selected()

    def _child(self) -> r.Child | None:
        return self.chosen(self.view.data.record.children) if self.view.data is not None else None

    def _selected(self) -> None:
        child = self._child()
        if self.edit_button is not None:
            self.edit_button.setEnabled(child is not None)
        if child is None:
            self.detail.setText("")
            return
        labels = self.view.ctx.labels
        self.detail.setText("\n".join([
            ui_line(isolate(child.name)),
            self.tr("Concerns: %1").replace("%1", labels.labels("child_concern", child.concerns) or "—"),
            self.tr("Needs: %1").replace("%1", child.needs or "—"),
        ]))

    def edit_selected(self) -> ChildDialog | None:
        child = self._child()
        return self.edit(child) if child is not None else None

    def edit(self, child: r.Child | None) -> ChildDialog | None:
        if not self.view.editable:
            return None
        dialog = ChildDialog(self.view.ctx, self.view.case_id, self, child)
        self.open_dialog(dialog, self.tr("Child saved."))
        return dialog
