"""The page of contacts that are not cases (issue 21 part B): calls, visits, e-mails and walk-ins for
information only, newest first, fetched a page at a time; recorded and edited in a dialog whose notes are
anonymous (a name-looking note is stopped once and saved only when she confirms); "Turn into an intake"
opens the intake form with what the contact knows and, when the intake is saved, links the contact to it."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QHeaderView, QPushButton, QTableView, QVBoxLayout, QWidget

from ...domain import center_work as cw
from ...domain.errors import InvalidInput
from ...domain.records import Institution
from ...services import directory, info_contacts
from ..base.dialogs import Buttons, Dialog
from ..base.forms import CodeCombo, DateField, PlainTextField, VocabCombo
from ..base.labels import day_text
from ..base.messages import error_text
from ..base.scaling import follow
from ..base.tables import fit_columns, prepare_view
from ..base.widgets import buddy, open_modal, plain_label
from ..base.workers import run_in_worker
from ..session.context import Context
from .paged_rows import PagedModel


class ContactDialog(Dialog):
    """Add (contact None) or edit a contact that is not a case."""

    def __init__(self, ctx: Context, parent: QWidget, institutions: list[Institution],
                 contact: cw.InfoContact | None = None) -> None:
        super().__init__(parent, self.tr("Edit contact") if contact else self.tr("Record a contact (no case)"),
                         accept=Buttons.Save)
        self.ctx = ctx
        self.contact = contact
        self.confirmed = False
        self.save_text = ""
        self.contact_on = DateField(required=True, name=self.tr("Date"))
        self.channel = VocabCombo(ctx.labels, "contact_channel", name=self.tr("Channel"))
        self.topic = VocabCombo(ctx.labels, "contact_topic", name=self.tr("Topic"))
        self.referred = CodeCombo([(str(i.id), i.name) for i in institutions if i.id is not None],
                                  self.tr("Not referred"), name=self.tr("Referred to"))
        self.notes = PlainTextField(lines=4)
        self.notes.setAccessibleName(self.tr("Anonymous notes"))
        warning = plain_label(self.tr("No name, identity number, phone number or address here: these notes are "
                                      "anonymous. If she opens a case, turn the contact into an intake."))
        warning.setObjectName("contactNotesWarning")
        shown = [
            ("contact_on", self.tr("&Date:"), self.tr("Date"), self.contact_on),
            ("channel", self.tr("&Channel:"), self.tr("Channel"), self.channel),
            ("topic", self.tr("&Topic:"), self.tr("Topic"), self.topic),
            ("institution_id", self.tr("&Referred to:"), self.tr("Referred to"), self.referred),
            ("notes", self.tr("Anonymous &notes:"), self.tr("Anonymous notes"), self.notes),
        ]
        form = QFormLayout()
        for key, label_text, field_name, widget in shown:
            form.addRow(buddy(label_text, widget), widget)
            self.fields[key] = (widget, field_name)
        form.addRow("", warning)
        self.lay_out(form)
        for first, second in pairwise([w for *_x, w in shown] + [self.save_button()]):
            QWidget.setTabOrder(first, second)
        if contact is not None:
            self.contact_on.set_value(contact.contact_on)
            self.channel.set_value(contact.channel)
            self.topic.set_value(contact.topic)
            self.referred.set_value(str(contact.institution_id) if contact.institution_id is not None else None)
            self.notes.set_text(contact.notes)
        else:
            from datetime import date
            self.contact_on.set_value(date.today().isoformat())
        self.notes.textChanged.connect(self._notes_changed)

    def _notes_changed(self) -> None:
        if self.confirmed:  # a confirmation covers the notes she confirmed, not new typing
            self.confirmed = False
            self.save_button().setText(self.save_text)

    def value(self) -> cw.InfoContact:
        referred = self.referred.value()
        k = cw.InfoContact(self.contact_on.value() or "", self.channel.value() or "", self.topic.value() or "",
                           int(referred) if referred else None, self.notes.text().strip())
        if self.contact is None:
            return k
        return replace(k, id=self.contact.id, row_version=self.contact.row_version, case_id=self.contact.case_id)

    def submit(self) -> None:
        session, k, confirmed = self.ctx.session, self.value(), self.confirmed
        if k.id is None:
            self.run(lambda: info_contacts.add_contact(session, k, confirmed))
        else:
            self.run(lambda: info_contacts.update_contact(session, k, confirmed))

    def failed(self, exc: BaseException) -> None:
        super().failed(exc)
        if isinstance(exc, InvalidInput) and exc.code == "contact_notes_look_personal":
            if not self.confirmed:
                self.save_text = self.save_button().text()
            self.confirmed = True  # the next press saves: she has read the warning
            self.save_button().setText(self.tr("Save &anyway"))
            self.notes.setFocus()


class ContactsPage(QWidget):
    changed = Signal()
    intake_requested = Signal(int, object)  # contact id, the prefilled intake (domain.records.Intake)

    def __init__(self, ctx: Context, parent: QWidget | None = None, may_create: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        session, labels = ctx.session, ctx.labels
        self.model = PagedModel(
            [self.tr("Date"), self.tr("Channel"), self.tr("Topic"), self.tr("Referred to"), self.tr("Case")],
            lambda: info_contacts.count_contacts(session),
            lambda offset, limit: info_contacts.list_contacts(session, offset, limit),
            lambda row: row.id,
            lambda row: [day_text(row.contact_on), labels.label("contact_channel", row.channel),
                         labels.label("contact_topic", row.topic), row.referred_to or self.tr("not referred"),
                         row.case_number],
            self)
        self.table = QTableView()
        prepare_view(self.table, self.tr("Contacts that are not cases"), "contactsTable")
        self.table.setModel(self.model)
        self.model.keep_selection(self.table)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # widths from the headers and cells, again at every text size: nothing is cut (base/tables.fit_columns)
        follow(self.table, lambda _t: fit_columns(self.table), "columns")
        self.model.modelReset.connect(lambda: fit_columns(self.table))
        self.model.rowsInserted.connect(lambda *_a: fit_columns(self.table))
        self.add_button = QPushButton(self.tr("&Record a contact…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        # only who records intakes gets the button (a supervisor reads and counts)
        self.intake_button = QPushButton(self.tr("&Turn into an intake…")) if may_create else None
        self.status = plain_label("")
        self.status.setObjectName("contactsStatus")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.intake_button):
            if button is not None:
                buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(
            "Calls, visits, e-mails and walk-ins for information only, without a case. They are counted in the "
            "activity report. Their notes are anonymous.")))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        if self.intake_button is not None:
            self.intake_button.clicked.connect(self.turn_into_intake)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.model.failed.connect(self.status.setText)
        self.model.loaded.connect(self._update_buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.institutions: list[Institution] = []
        self.refresh()

    def refresh(self) -> None:
        conn_session = self.ctx.session
        self.model.reload()
        run_in_worker(self, lambda: directory.all_institutions(conn_session.connection()), self._institutions,
                      lambda exc: self.status.setText(error_text(exc)))

    def _institutions(self, found: list[Institution]) -> None:
        self.institutions = found

    def selected_row(self) -> info_contacts.ContactRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        if self.model.resetting:  # the selection comes back in a moment (PagedModel.keep_selection)
            return
        row = self.selected_row()
        self.edit_button.setEnabled(row is not None)
        if self.intake_button is not None:
            self.intake_button.setEnabled(row is not None and not row.case_number)

    def _saved(self, message: str) -> None:
        self.status.setText(message)
        self.model.reload()
        self.changed.emit()

    def add(self) -> ContactDialog:
        dialog = ContactDialog(self.ctx, self, self.institutions)
        dialog.accepted.connect(lambda: self._saved(self.tr("Contact recorded.")))
        open_modal(dialog)
        return dialog

    def edit(self) -> ContactDialog | None:
        row = self.selected_row()
        if row is None:
            return None
        dialog = ContactDialog(self.ctx, self, self.institutions, row.contact)
        dialog.accepted.connect(lambda: self._saved(self.tr("Contact saved.")))
        open_modal(dialog)
        self.edit_dialog = dialog
        return dialog

    def turn_into_intake(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        session, kid = self.ctx.session, row.id
        run_in_worker(self, lambda: info_contacts.intake_prefill(session, kid),
                      lambda intake: self.intake_requested.emit(kid, intake),
                      lambda exc: self.status.setText(error_text(exc)))

    def link(self, contact_id: int, case_id: int) -> None:
        """The intake begun from this contact was saved: link them (audited by the service)."""
        session = self.ctx.session
        run_in_worker(self, lambda: info_contacts.link_case(session, contact_id, case_id),
                      lambda _r: self._saved(self.tr("The contact is linked to the new case.")),
                      lambda exc: self.status.setText(error_text(exc)))

    def scrub(self) -> None:
        self.model.clear()
