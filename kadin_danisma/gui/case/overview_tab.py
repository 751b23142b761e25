"""The case workspace's overview (client, intake, counselors, status history) and children tabs."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain import records as r
from ...domain.validation import MIN_YEAR
from ...services import cases
from ..base.widgets import isolate, plain_label, ui_line
from ..session.context import Context
from .common import (
    CaseData,
    SaveDialog,
    VocabChecks,
    age_text,
    fill_table,
    make_table,
    selected_key,
    sex_label,
    sync_button,
    yes_no,
)
from .tab import CaseTab

if TYPE_CHECKING:
    pass


def _when(at: str) -> str:
    return at[:16].replace("T", " ")


# -- overview ---------------------------------------------------------------------------------------------
class OverviewTab(CaseTab):
    FIELDS = ("full_name", "client_code", "birth", "nationality", "migrant_status", "languages",
              "interpreter_language", "disability_needs", "marital_status", "education", "employment", "income",
              "intake_date", "channel", "referred_by", "presenting_request", "violence_types", "immediate_needs",
              "opened_on", "closed_on", "counselors")

    def build(self) -> None:
        self.values: dict[str, QLabel] = {}
        for key in self.FIELDS:
            label = plain_label("")
            label.setObjectName(f"overview_{key}")
            self.values[key] = label
        client = QGroupBox(self.tr("Client"))
        form = QFormLayout(client)
        for key, text in (("full_name", self.tr("Name:")), ("client_code", self.tr("Client code:")),
                          ("birth", self.tr("Born:")), ("nationality", self.tr("Nationality:")),
                          ("migrant_status", self.tr("Residence status:")), ("languages", self.tr("Languages:")),
                          ("interpreter_language", self.tr("Needs an interpreter for:")),
                          ("disability_needs", self.tr("Disability or access needs:")),
                          ("marital_status", self.tr("Marital status:")), ("education", self.tr("Education:")),
                          ("employment", self.tr("Employment:")), ("income", self.tr("Income:"))):
            form.addRow(text, self.values[key])
        intake = QGroupBox(self.tr("Intake"))
        form = QFormLayout(intake)
        for key, text in (("intake_date", self.tr("Intake date:")), ("channel", self.tr("How she came:")),
                          ("referred_by", self.tr("Referred by:")),
                          ("presenting_request", self.tr("Her request:")),
                          ("violence_types", self.tr("Violence types:")),
                          ("immediate_needs", self.tr("Immediate needs:"))):
            form.addRow(text, self.values[key])
        case = QGroupBox(self.tr("Case"))
        form = QFormLayout(case)
        for key, text in (("opened_on", self.tr("Opened:")), ("closed_on", self.tr("Closed:")),
                          ("counselors", self.tr("Counselors:"))):
            form.addRow(text, self.values[key])
        self.status_history = make_table(
            [self.tr("When"), self.tr("From"), self.tr("To"), self.tr("Step"), self.tr("By"), self.tr("Comment")],
            self.tr("Status history"))
        self.status_history.setMinimumHeight(140)
        statuses = QGroupBox(self.tr("Status history"))
        QVBoxLayout(statuses).addWidget(self.status_history)

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(client)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(intake)
        right.addWidget(case)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addLayout(columns)
        layout.addWidget(statuses)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def fill(self, data: CaseData) -> None:
        rec, labels = data.record, self.view.ctx.labels
        c = rec.client
        birth = age_text(c.birth_year)
        if c.birth_date:
            birth = f"{c.birth_date} — {birth}" if birth else c.birth_date
        it = rec.intake
        values = {
            "full_name": ui_line(isolate(c.full_name)), "client_code": c.client_code, "birth": birth,
            "nationality": c.nationality, "migrant_status": labels.label("migrant_status", c.migrant_status),
            "languages": labels.labels("interpreter_language", c.languages),
            "interpreter_language": labels.label("interpreter_language", c.interpreter_language)
            or self.tr("no interpreter needed"),
            "disability_needs": c.disability_needs, "marital_status": labels.label("marital_status", c.marital_status),
            "education": labels.label("education", c.education), "employment": labels.label("employment", c.employment),
            "income": c.income,
            "intake_date": it.intake_date if it else self.tr("no intake recorded"),
            "channel": labels.label("intake_channel", it.channel) if it else "",
            "referred_by": it.referred_by if it else "", "presenting_request": it.presenting_request if it else "",
            "violence_types": labels.labels("violence_type", it.violence_types) if it else "",
            "immediate_needs": labels.labels("immediate_need", it.immediate_needs) if it else "",
            "opened_on": rec.opened_on, "closed_on": rec.closed_on or "—",
            "counselors": self.view.counselor_names(data) or self.tr("none assigned"),
        }
        for key, text in values.items():
            self.values[key].setText(text or "—")
        fill_table(self.status_history, [
            [_when(h.at), labels.label("case_status", h.from_status) if h.from_status else "—",
             labels.label("case_status", h.to_status), h.event.replace("_", " "), h.by, h.comment]
            for h in reversed(rec.status_history)])


# -- children ---------------------------------------------------------------------------------------------
class ChildDialog(SaveDialog):
    def __init__(self, ctx: Context, case_id: int, parent: QWidget, child: r.Child | None) -> None:
        super().__init__(ctx, case_id, parent, self.tr("Add a child") if child is None else self.tr("Edit a child"))
        self.setObjectName("childDialog")
        self.child = child
        self.name = QLineEdit(child.name if child else "")
        self.name.setAccessibleName(self.tr("Child's name"))
        self.birth_year = QSpinBox()
        self.birth_year.setRange(MIN_YEAR - 1, date.today().year)
        self.birth_year.setSpecialValueText(self.tr("not known"))
        self.birth_year.setValue(child.birth_year if child and child.birth_year else MIN_YEAR - 1)
        self.birth_year.setAccessibleName(self.tr("Year of birth"))
        self.sex = QComboBox()
        self.sex.setAccessibleName(self.tr("Sex"))
        for code in ("female", "male", "unknown"):
            self.sex.addItem(sex_label(code), code)
        self.sex.setCurrentIndex(max(0, self.sex.findData(child.sex if child else "unknown")))
        self.accompanying = QCheckBox(self.tr("&Stays with her (accompanying)"))
        self.accompanying.setAccessibleName(self.tr("Stays with her"))
        self.accompanying.setChecked(bool(child and child.accompanying))
        self.school = QLineEdit(child.school if child else "")
        self.school.setAccessibleName(self.tr("School"))
        self.concerns = VocabChecks(ctx.labels, "child_concern", self.tr("Concerns"), child.concerns if child else ())
        self.needs = QPlainTextEdit(child.needs if child else "")
        self.needs.setAccessibleName(self.tr("Needs"))
        self.needs.setTabChangesFocus(True)
        self.needs.setMaximumHeight(90)
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
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box)
        layout.addLayout(needs_form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.fields = {"name": (self.name, self.tr("Name")), "birth_year": (self.birth_year, self.tr("Year of birth")),
                       "sex": (self.sex, self.tr("Sex")), "school": (self.school, self.tr("School")),
                       "concerns": (self.concerns, self.tr("Concerns")), "needs": (self.needs, self.tr("Needs"))}

    def submit(self) -> None:
        if self.busy:
            return
        year = self.birth_year.value()
        child = r.Child(self.name.text().strip(), year if year >= MIN_YEAR else None, str(self.sex.currentData()),
                        self.accompanying.isChecked(), self.school.text().strip(), self.concerns.codes(),
                        self.needs.toPlainText(), self.child.id if self.child else None)
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
        self.add_button = sync_button(self.add_button, data.editable, self.bar, self.tr("&Add child…"),
                                      "addChildButton", lambda: self.edit(None))
        self.edit_button = sync_button(self.edit_button, data.editable, self.bar, self.tr("Chan&ge child's details…"),
                                       "editChildButton", self.edit_selected)
        kids = data.record.children
        self.summary.setText(self.tr("Children: %1").replace("%1", str(len(kids))) if kids
                           else self.tr("No children recorded."))
        fill_table(self.table, [[k.name, age_text(k.birth_year), sex_label(k.sex), yes_no(k.accompanying), k.school]
                                for k in kids], [k.id for k in kids])
        if kids:
            self.table.selectRow(0)
        self._selected()

    def _child(self) -> r.Child | None:
        key = selected_key(self.table)
        if self.view.data is None or key is None:
            return None
        return next((k for k in self.view.data.record.children if k.id == key), None)

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
        dialog = ChildDialog(self.view.ctx, self.view.case_id, self.view, child)
        self.open_dialog(dialog, self.tr("Child saved."))
        return dialog
