"""The case's overview tab: the client, the intake, her counselors and the status history, read-only."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout

from ..base.labels import age_text, when_text
from ..base.lines import isolate, ui_line
from ..base.scaling import set_height_in_lines
from ..base.tables import fill_table, make_table
from ..base.widgets import fill_with_scrolling, plain_label, two_columns
from .data import CaseData
from .tab import CaseTab


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
        set_height_in_lines(self.status_history, 6, at_least=True)
        statuses = QGroupBox(self.tr("Status history"))
        QVBoxLayout(statuses).addWidget(self.status_history)

        fill_with_scrolling(self, two_columns([client], [intake, case]), statuses)

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
            [when_text(h.at), labels.label("case_status", h.from_status) if h.from_status else "—",
             labels.label("case_status", h.to_status), h.event.replace("_", " "), h.by, h.comment]
            for h in reversed(rec.status_history)])
