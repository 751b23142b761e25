""""New application for this woman…": she comes back. A new case of the same client (her record, consents and
client code are shared, so the statistics count her once: services/cases.open_returning_case), opened with
the new application's intake; the new case then opens in its own tab."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QWidget

from ...domain import records as r
from ...services import cases
from ..base.forms import DateField, PlainTextField, VocabCheckList, VocabCombo
from ..base.widgets import plain_label
from ..session.context import Context
from .data import iso_today
from .details_dialogs import ScrollingCaseDialog


class ReturningDialog(ScrollingCaseDialog):
    """The new application's intake; `new_case_id` is set once the case is opened."""

    def __init__(self, ctx: Context, case_id: int, parent: QWidget) -> None:
        super().__init__(ctx, case_id, parent, self.tr("New application for this woman"))
        self.setObjectName("returningDialog")
        self.new_case_id: int | None = None
        labels = ctx.labels
        self.intake_date = DateField(name=self.tr("Date of the new application"), required=True, value=iso_today())
        self.channel = VocabCombo(labels, "intake_channel", self.tr("Not recorded"), name=self.tr("How she came"))
        self.heard_from = VocabCombo(labels, "referral_source", name=self.tr("How she heard of the center"))
        self.heard_from.set_value("unknown")
        self.violence_types = VocabCheckList(labels, "violence_type", columns=2, name=self.tr("Violence types"))
        self.request = PlainTextField(lines=4)
        self.request.setAccessibleName(self.tr("Her request"))
        self.needs = VocabCheckList(labels, "immediate_need", columns=2, name=self.tr("Immediate needs"))
        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.intake_date)
        form.addRow(self.tr("How she &came:"), self.channel)
        form.addRow(self.tr("How she &heard of us:"), self.heard_from)
        form.addRow(self.tr("&Violence types:"), self.violence_types)
        form.addRow(self.tr("Her re&quest:"), self.request)
        form.addRow(self.tr("Imm&ediate needs:"), self.needs)
        self.lay_out(self.intro(), (self.scrolled(form), 1))
        self.fields = {"intake_date": (self.intake_date, self.tr("Date")),
                       "violence_types": (self.violence_types, self.tr("Violence types")),
                       "presenting_request": (self.request, self.tr("Her request")),
                       "immediate_needs": (self.needs, self.tr("Immediate needs"))}
        self.resize(640, 600)

    def intro(self) -> QWidget:
        return plain_label(self.tr(
            "A new case of the same woman: her details, how to reach her and her consents are shared with this "
            "case. Her children and the people who hurt her are added in the new case."))

    def submit(self) -> None:
        if problem := self.intake_date.problem():
            self.refuse([("intake_date", problem)])
            return
        intake = r.Intake(self.intake_date.value() or "", self.channel.value(),
                          presenting_request=self.request.text(), violence_types=self.violence_types.values(),
                          immediate_needs=self.needs.values(), heard_from=self.heard_from.value() or "unknown")
        session, case_id = self.ctx.session, self.case_id
        self.run(lambda: cases.open_returning_case(session, case_id, intake))

    def saved(self, value: Any) -> None:
        self.new_case_id = value if isinstance(value, int) else None
