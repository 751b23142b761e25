"""The consents tab: KVKK consents with their kind, dates and institution; record one, or withdraw one
(a withdrawn consent stays on record, marked withdrawn)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from ...domain import records as r
from ...services import consents, directory
from ..base.forms import DateField, VocabCombo
from ..base.labels import day_text
from ..base.scaling import set_height_in_lines
from ..base.tables import fill_table, sync_button
from ..base.widgets import plain_label
from ..session.context import Context
from .data import CaseData, iso_today
from .tab import CaseDialog, CaseTab


class ConsentDialog(CaseDialog):
    def __init__(self, ctx: Context, case_id: int, parent: QWidget) -> None:
        super().__init__(ctx, case_id, parent, self.tr("Record a consent"))
        self.setObjectName("consentDialog")
        self.kind = VocabCombo(ctx.labels, "consent_kind", name=self.tr("Kind of consent"))
        self.given_on = DateField(name=self.tr("Date given"), required=True, value=iso_today())
        self.institution = QComboBox()
        self.institution.setAccessibleName(self.tr("Institution she agreed to share with"))
        for inst in directory.search_institutions(ctx.session):
            self.institution.addItem(f"{inst.name} ({inst.city})" if inst.city else inst.name, inst.id)
        self.version = QLineEdit()
        self.version.setAccessibleName(self.tr("Form version"))
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes on the consent"))
        self.notes.setTabChangesFocus(True)
        set_height_in_lines(self.notes, 3, at_most=True)
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Given on:"), self.given_on)
        form.addRow(self.tr("&Institution:"), self.institution)
        form.addRow(self.tr("Form &version:"), self.version)
        form.addRow(self.tr("N&otes:"), self.notes)
        self.lay_out(form)
        self.fields = {"kind": (self.kind, self.tr("Kind")), "given_on": (self.given_on, self.tr("Given on")),
                       "institution": (self.institution, self.tr("Institution")),
                       "version": (self.version, self.tr("Form version")), "notes": (self.notes, self.tr("Notes"))}
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self._kind_changed()

    def _kind_changed(self) -> None:
        self.institution.setEnabled(self.kind.value() == "share_with_institution")

    def submit(self) -> None:
        kind = self.kind.value() or ""
        sharing = kind == "share_with_institution"
        inst_id = self.institution.currentData() if sharing else None
        consent = r.Consent(kind, self.given_on.value() or "", self.version.text().strip(),
                            self.institution.currentText() if sharing and inst_id is not None else None,
                            notes=self.notes.toPlainText())
        session, case_id = self.ctx.session, self.case_id
        self.run(lambda: consents.record_consent(session, case_id, consent, inst_id))


class WithdrawDialog(CaseDialog):
    def __init__(self, ctx: Context, case_id: int, parent: QWidget, consent: r.Consent, kind_label: str) -> None:
        super().__init__(ctx, case_id, parent, self.tr("Withdraw a consent"))
        self.setObjectName("withdrawDialog")
        self.consent = consent
        intro = plain_label(self.tr("She withdraws: %1 (given %2). The record stays, marked withdrawn.").replace(
            "%1", kind_label).replace("%2", day_text(consent.given_on)))
        self.on = DateField(name=self.tr("Date withdrawn"), required=True, value=iso_today())
        form = QFormLayout()
        form.addRow(self.tr("&Withdrawn on:"), self.on)
        self.lay_out(intro, form)
        self.fields = {"withdrawn_on": (self.on, self.tr("Withdrawn on"))}

    def submit(self) -> None:
        if self.consent.id is None:
            return
        session, case_id, consent_id, on = self.ctx.session, self.case_id, self.consent.id, self.on.value() or ""
        self.run(lambda: consents.withdraw_consent(session, case_id, consent_id, on))


class ConsentsTab(CaseTab):
    def build(self) -> None:
        self.record_button: QPushButton | None = None
        self.withdraw_button: QPushButton | None = None
        self.dialog: CaseDialog | None = None
        layout = self.list_layout("consentsSummary", [
            self.tr("Consent"), self.tr("Given"), self.tr("Withdrawn"), self.tr("Institution"),
            self.tr("Form version"), self.tr("Notes")], self.tr("Consents"))
        layout.addWidget(self.table, 1)

    def fill(self, data: CaseData) -> None:
        self.record_button = sync_button(self.record_button, data.editable, self.bar, self.tr("Recor&d a consent…"),
                                         "recordConsentButton", self.record)
        self.withdraw_button = sync_button(self.withdraw_button, data.editable, self.bar,
                                           self.tr("&Withdraw consent…"), "withdrawConsentButton",
                                           self.withdraw_selected)
        labels = self.view.ctx.labels
        items = data.record.consents
        active = sum(1 for c in items if c.withdrawn_on is None)
        self.summary.setText(self.tr("In force: %1 · withdrawn: %2").replace("%1", str(active)).replace(
            "%2", str(len(items) - active)) if items else self.tr("No consents recorded."))
        fill_table(self.table, [[labels.label("consent_kind", c.kind), day_text(c.given_on),
                                 day_text(c.withdrawn_on) or "—", c.institution or "", c.version, c.notes]
                                for c in items], [c.id for c in items])
        self._selected()

    def _consent(self) -> r.Consent | None:
        return self.chosen(self.view.data.record.consents) if self.view.data is not None else None

    def _selected(self) -> None:
        consent = self._consent()
        if self.withdraw_button is not None:
            self.withdraw_button.setEnabled(consent is not None and consent.withdrawn_on is None)

    def record(self) -> ConsentDialog | None:
        if not self.view.editable:
            return None
        dialog = ConsentDialog(self.view.ctx, self.view.case_id, self)
        self.open_dialog(dialog, self.tr("Consent recorded."))
        return dialog

    def withdraw_selected(self) -> WithdrawDialog | None:
        consent = self._consent()
        if not self.view.editable or consent is None or consent.withdrawn_on is not None:
            return None
        dialog = WithdrawDialog(self.view.ctx, self.view.case_id, self, consent,
                                self.view.ctx.labels.label("consent_kind", consent.kind))
        self.open_dialog(dialog, self.tr("Consent withdrawn."))
        return dialog
