"""The aid and support ledger of a case (issue 21): what was asked for, approved, delivered or refused, from
which source, the lira of cash and rent or the quantity of goods, and, where the municipality's rule asks for
them, the social inquiry report's date and the committee's decision number. Add an item or change one (its
status moves on: approved, delivered, refused with a reason); the summary line gives the totals."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPushButton, QSpinBox, QWidget

from ...domain.support_checks import MAX_QUANTITY, MONEY_KINDS
from ...domain.support_records import Aid
from ...services import support
from ..base.forms import DateField, MoneyField, PlainTextField, VocabCombo, kurus_text
from ..base.labels import day_text
from ..base.tables import fill_table, sync_button
from ..base.widgets import plain_label, set_visible
from ..session.context import Context
from .data import CaseData, iso_today
from .tab import CaseDialog, CaseTab


class AidDialog(CaseDialog):
    """Add an aid item (aid None) or change one."""

    def __init__(self, ctx: Context, case_id: int, parent: QWidget, aid: Aid | None = None) -> None:
        super().__init__(ctx, case_id, parent, self.tr("Record aid") if aid is None else self.tr("Change aid"))
        self.setObjectName("aidDialog")
        self.aid = aid
        labels = ctx.labels
        self.kind = VocabCombo(labels, "aid_kind", name=self.tr("Kind of aid"))
        self.kind.setObjectName("aidKind")
        self.source = VocabCombo(labels, "aid_source", name=self.tr("Source of the aid"))
        self.source_detail = QLineEdit()
        self.source_detail.setAccessibleName(self.tr("Which unit, foundation or association"))
        self.source_detail.setMaxLength(200)
        self.status = VocabCombo(labels, "aid_status", name=self.tr("Status of the aid"))
        self.status.setObjectName("aidStatus")
        self.amount = MoneyField(name=self.tr("Amount in lira"))
        self.amount.setObjectName("aidAmount")
        self.quantity = QSpinBox()
        self.quantity.setObjectName("aidQuantity")
        self.quantity.setAccessibleName(self.tr("Quantity (pieces, parcels)"))
        self.quantity.setRange(0, MAX_QUANTITY)
        self.quantity.setSpecialValueText(self.tr("not given"))
        self.requested_on = DateField(name=self.tr("Requested on"), required=True, value=iso_today())
        self.decided_on = DateField(name=self.tr("Approved or refused on"))
        self.delivered_on = DateField(name=self.tr("Delivered on"))
        self.inquiry_report_on = DateField(name=self.tr("Social inquiry report dated"))
        self.committee_decision_no = QLineEdit()
        self.committee_decision_no.setObjectName("aidCommitteeNo")
        self.committee_decision_no.setAccessibleName(self.tr("Committee decision number"))
        self.committee_decision_no.setMaxLength(100)
        self.refusal_reason = VocabCombo(labels, "aid_refusal_reason", self.tr("— none —"),
                                         name=self.tr("Reason for the refusal"))
        self.refusal_reason.setObjectName("aidRefusalReason")
        self.notes = PlainTextField(lines=2)
        self.notes.setAccessibleName(self.tr("Notes on the aid"))
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Source:"), self.source)
        form.addRow(self.tr("&Which one:"), self.source_detail)
        form.addRow(self.tr("S&tatus:"), self.status)
        self.amount_label = plain_label(self.tr("&Amount (TL):"))
        self.amount_label.setBuddy(self.amount)
        form.addRow(self.amount_label, self.amount)
        self.quantity_label = plain_label(self.tr("&Quantity:"))
        self.quantity_label.setBuddy(self.quantity)
        form.addRow(self.quantity_label, self.quantity)
        form.addRow(self.tr("&Requested on:"), self.requested_on)
        form.addRow(self.tr("&Decided on:"), self.decided_on)
        form.addRow(self.tr("Deli&vered on:"), self.delivered_on)
        form.addRow(self.tr("Social &inquiry report:"), self.inquiry_report_on)
        form.addRow(self.tr("&Committee decision no.:"), self.committee_decision_no)
        self.refusal_label = plain_label(self.tr("Reason for re&fusal:"))
        self.refusal_label.setBuddy(self.refusal_reason)
        form.addRow(self.refusal_label, self.refusal_reason)
        form.addRow(self.tr("N&otes:"), self.notes)
        self.lay_out(form)
        self.fields = {
            "kind": (self.kind, self.tr("Kind")), "source": (self.source, self.tr("Source")),
            "source_detail": (self.source_detail, self.tr("Which one")), "status": (self.status, self.tr("Status")),
            "amount_kurus": (self.amount, self.tr("Amount (TL)")), "quantity": (self.quantity, self.tr("Quantity")),
            "requested_on": (self.requested_on, self.tr("Requested on")),
            "decided_on": (self.decided_on, self.tr("Decided on")),
            "delivered_on": (self.delivered_on, self.tr("Delivered on")),
            "inquiry_report_on": (self.inquiry_report_on, self.tr("Social inquiry report")),
            "committee_decision_no": (self.committee_decision_no, self.tr("Committee decision no.")),
            "refusal_reason": (self.refusal_reason, self.tr("Reason for refusal")),
            "notes": (self.notes, self.tr("Notes")),
        }
        if aid is not None:
            self.kind.set_value(aid.kind)
            self.source.set_value(aid.source)
            self.source_detail.setText(aid.source_detail)
            self.status.set_value(aid.status)
            self.amount.set_value(aid.amount_kurus)
            self.quantity.setValue(aid.quantity or 0)
            self.requested_on.set_value(aid.requested_on)
            self.decided_on.set_value(aid.decided_on)
            self.delivered_on.set_value(aid.delivered_on)
            self.inquiry_report_on.set_value(aid.inquiry_report_on)
            self.committee_decision_no.setText(aid.committee_decision_no)
            self.refusal_reason.set_value(aid.refusal_reason)
            self.notes.set_text(aid.notes)
        else:
            self.status.set_value("requested")
        self.kind.currentIndexChanged.connect(self._shape)
        self.status.currentIndexChanged.connect(self._shape)
        self._shape()

    def _money(self) -> bool:
        return (self.kind.value() or "") in MONEY_KINDS

    def _shape(self) -> None:
        """Money or a quantity, as the kind is counted; the refusal's reason only for a refusal."""
        money = self._money()
        refused = self.status.value() == "refused"
        shown: list[tuple[QWidget, bool]] = [
            (self.amount_label, money), (self.amount, money), (self.quantity_label, not money),
            (self.quantity, not money), (self.refusal_label, refused), (self.refusal_reason, refused)]
        for widget, visible in shown:
            set_visible(widget, visible)

    def submit(self) -> None:
        for field in (self.requested_on, self.decided_on, self.delivered_on, self.inquiry_report_on, self.amount):
            field.normalise()
        problems = [(key, text) for key, text in (
            ("amount_kurus", self.amount.problem() if self._money() else None),
            ("kind", "is required" if self.kind.value() is None else None),
            ("source", "is required" if self.source.value() is None else None)) if text]
        if problems:
            self.refuse(problems)
            return
        money = self._money()
        old = self.aid
        status = self.status.value() or "requested"
        aid = Aid(self.kind.value() or "", self.source.value() or "", self.requested_on.value() or "", status,
                  self.amount.value() if money else None,
                  (self.quantity.value() or None) if not money else None, self.source_detail.text().strip(),
                  self.decided_on.value(), self.delivered_on.value(), self.inquiry_report_on.value(),
                  self.committee_decision_no.text().strip(),
                  self.refusal_reason.value() if status == "refused" else None, self.notes.text(),
                  id=old.id if old is not None else None, row_version=old.row_version if old is not None else None)
        session, case_id = self.ctx.session, self.case_id
        self.run(lambda: support.save_aid(session, case_id, aid))


class AidTab(CaseTab):
    def build(self) -> None:
        self.data: CaseData | None = None
        self.add_button: QPushButton | None = None
        self.edit_button: QPushButton | None = None
        self.dialog: CaseDialog | None = None
        layout = self.list_layout("aidSummary", [
            self.tr("Kind"), self.tr("Amount or quantity"), self.tr("Source"), self.tr("Status"),
            self.tr("Requested"), self.tr("Delivered"), self.tr("Committee decision"), self.tr("Recorded by")],
            self.tr("Aid and support"))
        layout.addWidget(self.table, 1)
        self.table.itemActivated.connect(lambda _item: self.edit_selected())

    def fill(self, data: CaseData) -> None:
        self.data = data
        editable = data.editable
        self.add_button = sync_button(self.add_button, editable, self.bar, self.tr("Recor&d aid…"),
                                      "addAidButton", self.add)
        self.edit_button = sync_button(self.edit_button, editable, self.bar, self.tr("Chan&ge aid…"),
                                       "editAidButton", self.edit_selected)
        labels = self.view.ctx.labels
        items = data.record.aid
        given = [a for a in items if a.status == "delivered"]
        lira = sum(a.amount_kurus or 0 for a in given)
        self.summary.setText(self.tr("Aid items: %1 · delivered: %2 · cash and rent delivered: %3 TL").replace(
            "%1", str(len(items))).replace("%2", str(len(given))).replace("%3", kurus_text(lira))
            if items else self.tr("No aid recorded."))
        rows = []
        for a in items:
            amount = f"{kurus_text(a.amount_kurus)} TL" if a.amount_kurus is not None else \
                str(a.quantity) if a.quantity is not None else "—"
            status = labels.label("aid_status", a.status)
            if a.status == "refused" and a.refusal_reason:
                status = self.tr("%1: %2").replace("%1", status).replace(
                    "%2", labels.label("aid_refusal_reason", a.refusal_reason))
            source = labels.label("aid_source", a.source)
            if a.source_detail:
                source = f"{source} ({a.source_detail})"
            rows.append([labels.label("aid_kind", a.kind), amount, source, status, day_text(a.requested_on),
                         day_text(a.delivered_on) or "—", a.committee_decision_no or "—", a.recorded_by])
        fill_table(self.table, rows, [a.id for a in items])
        self._selected()

    def _aid(self) -> Aid | None:
        return self.chosen(self.data.record.aid) if self.data is not None else None

    def _selected(self) -> None:
        if self.edit_button is not None:
            self.edit_button.setEnabled(self._aid() is not None)

    def add(self) -> CaseDialog | None:
        if not self.view.editable:
            return None
        return self.open_dialog(AidDialog(self.view.ctx, self.view.case_id, self), self.tr("Aid recorded."))

    def edit_selected(self) -> CaseDialog | None:
        aid = self._aid()
        if not self.view.editable or aid is None:
            return None
        return self.open_dialog(AidDialog(self.view.ctx, self.view.case_id, self, aid), self.tr("Aid saved."))
