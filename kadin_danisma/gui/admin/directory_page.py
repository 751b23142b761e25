"""The institution directory editor (admins): the institutions referrals go to, found by name, type or city;
added and edited in a dialog that shows each problem next to its field; hidden from new referrals (never
deleted: old referrals keep naming them) and offered again. Every change is audited by the service."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import records as r
from ...domain.validation import MAX_NAME
from ...services import directory
from ..base.dialogs import Buttons, Dialog
from ..base.forms import VocabCombo
from ..base.messages import error_text
from ..base.scaling import set_height_in_lines
from ..base.tables import fill_table, make_table, select_key, selected_key
from ..base.widgets import buddy, open_modal, plain_label
from ..base.workers import Latest, run_in_worker
from ..session.context import Context


class InstitutionDialog(Dialog):
    """Add (institution None) or edit an institution."""

    def __init__(self, ctx: Context, parent: QWidget, institution: r.Institution | None = None) -> None:
        super().__init__(parent, self.tr("Edit institution") if institution else self.tr("Add an institution"),
                         accept=Buttons.Save)
        self.ctx = ctx
        self.institution = institution
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME)
        self.name.setAccessibleName(self.tr("Name"))
        self.kind = VocabCombo(ctx.labels, "institution_type", name=self.tr("Type"))
        self.city = QLineEdit()
        self.city.setAccessibleName(self.tr("City"))
        self.district = QLineEdit()
        self.district.setAccessibleName(self.tr("District"))
        self.phone = QLineEdit()
        self.phone.setAccessibleName(self.tr("Phone"))
        self.email = QLineEdit()
        self.email.setAccessibleName(self.tr("E-mail"))
        self.address = QPlainTextEdit()
        self.address.setAccessibleName(self.tr("Address"))
        self.address.setTabChangesFocus(True)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes for colleagues (opening hours, contact person)"))
        self.notes.setTabChangesFocus(True)
        for edit in (self.address, self.notes):
            set_height_in_lines(edit, 3, exactly=True)
        self.active = QCheckBox(self.tr("&Offered for new referrals"))
        self.active.setChecked(True)
        shown = [
            ("name", self.tr("&Name:"), self.tr("Name"), self.name),
            ("institution_type", self.tr("&Type:"), self.tr("Type"), self.kind),
            ("city", self.tr("&City:"), self.tr("City"), self.city),
            ("district", self.tr("&District:"), self.tr("District"), self.district),
            ("phone", self.tr("&Phone:"), self.tr("Phone"), self.phone),
            ("email", self.tr("&E-mail:"), self.tr("E-mail"), self.email),
            ("address", self.tr("&Address:"), self.tr("Address"), self.address),
            ("notes", self.tr("Note&s:"), self.tr("Notes"), self.notes),
        ]
        form = QFormLayout()
        for key, label_text, field_name, widget in shown:
            form.addRow(buddy(label_text, widget), widget)
            self.fields[key] = (widget, field_name)
        form.addRow("", self.active)
        self.lay_out(form)
        for first, second in pairwise([w for *_x, w in shown] + [self.active, self.save_button()]):
            QWidget.setTabOrder(first, second)
        if institution is not None:
            for line, text in ((self.name, institution.name), (self.city, institution.city),
                               (self.district, institution.district), (self.phone, institution.phone),
                               (self.email, institution.email)):
                line.setText(text)
            for box, text in ((self.address, institution.address), (self.notes, institution.notes)):
                box.setPlainText(text)
            self.kind.set_value(institution.institution_type)
            self.active.setChecked(institution.active)
        self.resize(520, self.sizeHint().height())

    def value(self) -> r.Institution:
        inst = r.Institution(
            name=" ".join(self.name.text().split()), institution_type=self.kind.value() or "",
            city=self.city.text().strip(), district=self.district.text().strip(), phone=self.phone.text().strip(),
            email=self.email.text().strip(), address=self.address.toPlainText().strip(),
            notes=self.notes.toPlainText().strip(), active=self.active.isChecked(),
        )
        if self.institution is None:
            return inst
        # The version she opened: a colleague's newer save is refused, not overwritten.
        return replace(inst, id=self.institution.id, row_version=self.institution.row_version)

    def submit(self) -> None:
        session, inst = self.ctx.session, self.value()
        self.run(lambda: directory.save_institution(session, inst))


class DirectoryPage(QWidget):
    changed = Signal()
    refreshed = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[r.Institution] = []
        self.reads = Latest(self)
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Find an institution by name, type or city"))
        self.search.setPlaceholderText(self.tr("Name, type or city"))
        self.search.setClearButtonEnabled(True)
        find_label = buddy(self.tr("&Find:"), self.search)
        headers = [self.tr("Name"), self.tr("Type"), self.tr("City"), self.tr("District"), self.tr("Phone"),
                   self.tr("Status")]
        self.table = make_table(headers, self.tr("Institutions"), "institutionsTable")
        self.add_button = QPushButton(self.tr("&Add institution…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.active_button = QPushButton(self.tr("&Hide from new referrals"))
        self.status = plain_label("")
        self.status.setObjectName("directoryStatus")
        top = QHBoxLayout()
        top.addWidget(find_label)
        top.addWidget(self.search, 1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(
            "The institutions counselors refer women to. An institution is never deleted, since earlier "
            "referrals name it: hide it from new referrals instead. Every change is recorded in the audit log.")))
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.active_button.clicked.connect(self.toggle_active)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        session, text = self.ctx.session, self.search.text()
        current = select if select is not None else self.selected_id()
        self.reads.ask(lambda: directory.list_institutions(session, text, include_inactive=True),
                       lambda found: self._show(found, current), lambda exc: self.status.setText(error_text(exc)))

    def _show(self, found: list[r.Institution], select: int | None) -> None:
        labels = self.ctx.labels
        self.rows = found
        fill_table(self.table, [[
            inst.name, labels.label("institution_type", inst.institution_type), inst.city, inst.district,
            inst.phone, self.tr("offered") if inst.active else self.tr("hidden from new referrals"),
        ] for inst in found], [inst.id for inst in found])
        select_key(self.table, select)
        self._update_buttons()
        self.refreshed.emit()

    def selected_id(self) -> int | None:
        key = selected_key(self.table)
        return int(key) if isinstance(key, int) else None

    def selected(self) -> r.Institution | None:
        wanted = self.selected_id()
        return next((inst for inst in self.rows if inst.id == wanted), None)

    def select_institution(self, institution_id: int) -> None:
        select_key(self.table, institution_id)

    def _update_buttons(self) -> None:
        inst = self.selected()
        self.edit_button.setEnabled(inst is not None)
        self.active_button.setEnabled(inst is not None)
        self.active_button.setText(self.tr("S&how again for referrals") if inst is not None and not inst.active
                                   else self.tr("&Hide from new referrals"))

    def _saved(self, message: str, institution_id: int | None) -> None:
        self.status.setText(message)
        self.refresh(select=institution_id)
        self.changed.emit()

    def add(self) -> InstitutionDialog:
        dialog = InstitutionDialog(self.ctx, self)
        dialog.accepted.connect(lambda: self._saved(self.tr("Institution added."), dialog.result_value))
        open_modal(dialog)
        return dialog

    def edit(self) -> InstitutionDialog | None:
        inst = self.selected()
        if inst is None:
            return None
        dialog = InstitutionDialog(self.ctx, self, inst)
        dialog.accepted.connect(lambda: self._saved(self.tr("Institution saved."), inst.id))
        open_modal(dialog)
        return dialog

    def toggle_active(self) -> None:
        inst = self.selected()
        if inst is None or inst.id is None:
            return
        session, iid, active = self.ctx.session, inst.id, not inst.active
        message = self.tr("Offered again for new referrals.") if active else self.tr("Hidden from new referrals.")
        self.active_button.setEnabled(False)
        run_in_worker(self, lambda: directory.set_institution_active(session, iid, active),
                      lambda _r: self._saved(message, iid), self._toggle_failed)

    def _toggle_failed(self, exc: BaseException) -> None:
        self._update_buttons()
        self.status.setText(error_text(exc))

    def scrub(self) -> None:
        self.rows = []
        self.table.setRowCount(0)
