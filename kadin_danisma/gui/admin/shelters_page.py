"""The shelter registry: every active shelter with its capacity, current occupancy and free places at a
glance. The list never shows contact details (address, phone, contact person): people whose role needs them
open one shelter's details view, and each such read is audited. Admins add and edit shelters.

The list is read in a worker whenever the page is shown (a placement made in a case is then counted) and on
Refresh."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain import records as r
from ...domain.permissions import Action
from ...services import access, shelters
from ...services.session import Session
from ...services.shelters import Occupancy
from ..base.dialogs import Buttons, Dialog
from ..base.forms import VocabCombo
from ..base.labels import yes_no
from ..base.lines import isolate, ui_line
from ..base.messages import error_text
from ..base.scaling import set_height_in_lines
from ..base.styles import DANGER_ROW
from ..base.tables import fill_table, make_table, select_key, selected_key, tint_rows
from ..base.widgets import heading, open_modal, plain_label
from ..base.workers import Latest, run_in_worker
from ..session.context import Context


def may_see_shelters(session: Session) -> bool:
    """Who gets the registry page: those who place women (counselors), read occupancy (supervisors) or
    manage the registry (admins) — as services.shelters.list_shelters allows."""
    return any(access.allowed(session, a) for a in (Action.SHELTER_MANAGE, Action.SHELTER_CONTACT_VIEW,
                                                      Action.DASHBOARD))


class ShelterDetailsDialog(Dialog):
    """One shelter with its contact details; read in a worker (an audited read)."""

    loaded = Signal()

    def __init__(self, ctx: Context, shelter_id: int, parent: QWidget) -> None:
        super().__init__(parent, self.tr("Shelter details"), accept=Buttons.Close, cancel=False)
        self.setObjectName("shelterDetailsDialog")
        self.ctx = ctx
        self.shelter: r.Shelter | None = None
        self.status = plain_label(self.tr("Loading…"))
        self.status.setObjectName("shelterDetailsStatus")
        self.values: dict[str, QLineEdit | QPlainTextEdit] = {}
        form = QFormLayout()
        for key, text, name in (
            ("name", self.tr("&Name:"), self.tr("Name")), ("type", self.tr("&Type:"), self.tr("Type")),
            ("city", self.tr("&City:"), self.tr("City")), ("capacity", self.tr("C&apacity:"), self.tr("Capacity")),
            ("boys", self.tr("&Boys' age limit:"), self.tr("Boys' age limit")),
            ("accessible", self.tr("Accessib&le:"), self.tr("Accessible")),
            ("phone", self.tr("&Phone:"), self.tr("Phone")),
            ("contact", self.tr("Contact pe&rson:"), self.tr("Contact person")),
            ("address", self.tr("A&ddress:"), self.tr("Address")),
        ):
            field: QLineEdit | QPlainTextEdit
            if key == "address":
                field = QPlainTextEdit()
                field.setTabChangesFocus(True)
                set_height_in_lines(field, 3, at_most=True)
            else:
                field = QLineEdit()
            field.setReadOnly(True)
            field.setAccessibleName(name)
            self.values[key] = field
            form.addRow(text, field)
        self.lay_out(plain_label(self.tr("Contact details are confidential: do not pass them on to anyone who "
                                         "does not need them. Viewing them is recorded.")), form, self.status)
        self.resize(520, 420)
        session = ctx.session
        run_in_worker(self, lambda: shelters.shelter_details(session, shelter_id), self._loaded, self._failed)

    def _loaded(self, shelter: r.Shelter) -> None:
        self.shelter = shelter
        labels = self.ctx.labels
        shown = {"name": shelter.name, "type": labels.label("shelter_type", shelter.shelter_type),
                 "city": shelter.city, "capacity": str(shelter.capacity),
                 "boys": self.tr("no limit") if shelter.boys_age_limit is None else str(shelter.boys_age_limit),
                 "accessible": yes_no(shelter.accessible), "phone": shelter.phone,
                 "contact": shelter.contact_person, "address": shelter.address}
        for key, value in shown.items():
            field = self.values[key]
            if isinstance(field, QPlainTextEdit):
                field.setPlainText(value)
            else:
                field.setText(value)
                field.setCursorPosition(0)
        self.status.setText("")
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(error_text(exc))


class ShelterDialog(Dialog):
    """Add a shelter (shelter_id None) or edit one (its current record, contacts included, is read first)."""

    ready = Signal()

    def __init__(self, ctx: Context, parent: QWidget, shelter_id: int | None = None) -> None:
        super().__init__(parent, self.tr("Add a shelter") if shelter_id is None else self.tr("Edit a shelter"),
                         accept=Buttons.Save)
        self.ctx = ctx
        self.setObjectName("shelterDialog")
        self.shelter_id = shelter_id
        self.row_version: int | None = None  # of the shelter as loaded
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Shelter name"))
        self.shelter_type = VocabCombo(ctx.labels, "shelter_type", name=self.tr("Type of shelter"))
        self.city = QLineEdit()
        self.city.setAccessibleName(self.tr("City"))
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 10_000)
        self.capacity.setAccessibleName(self.tr("Capacity in persons (women and children)"))
        self.boys_age_limit = QSpinBox()
        self.boys_age_limit.setRange(-1, 18)
        self.boys_age_limit.setSpecialValueText(self.tr("no limit"))
        self.boys_age_limit.setValue(-1)
        self.boys_age_limit.setAccessibleName(self.tr("Boys' age limit (years)"))
        self.accessible = QCheckBox(self.tr("&Wheelchair accessible"))
        self.active = QCheckBox(self.tr("Acti&ve (offered for placements)"))
        self.active.setChecked(True)
        self.accessible.setAccessibleDescription(self.tr("Wheelchair accessible"))
        self.active.setAccessibleDescription(self.tr("Active (offered for placements)"))
        self.phone = QLineEdit()
        self.phone.setAccessibleName(self.tr("Phone"))
        self.contact_person = QLineEdit()
        self.contact_person.setAccessibleName(self.tr("Contact person"))
        self.address = QPlainTextEdit()
        self.address.setAccessibleName(self.tr("Address"))
        self.address.setTabChangesFocus(True)
        set_height_in_lines(self.address, 3, at_most=True)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Type:"), self.shelter_type)
        form.addRow(self.tr("&City:"), self.city)
        form.addRow(self.tr("C&apacity (persons):"), self.capacity)
        form.addRow(self.tr("&Boys' age limit:"), self.boys_age_limit)
        form.addRow("", self.accessible)
        form.addRow("", self.active)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("Contact pe&rson:"), self.contact_person)
        form.addRow(self.tr("A&ddress:"), self.address)
        self.lay_out(form)
        self.fields = {"name": (self.name, self.tr("Name")), "shelter_type": (self.shelter_type, self.tr("Type")),
                       "city": (self.city, self.tr("City")), "capacity": (self.capacity, self.tr("Capacity")),
                       "boys_age_limit": (self.boys_age_limit, self.tr("Boys' age limit")),
                       "phone": (self.phone, self.tr("Phone")),
                       "contact_person": (self.contact_person, self.tr("Contact person")),
                       "address": (self.address, self.tr("Address"))}
        if shelter_id is not None:
            self.save_button().setEnabled(False)
            self.say(self.tr("Loading…"))
            session = ctx.session
            run_in_worker(self, lambda: shelters.shelter_details(session, shelter_id), self._loaded,
                          lambda exc: self.say(error_text(exc)))

    def _loaded(self, s: r.Shelter) -> None:
        self.row_version = s.row_version  # the version she edits (a newer save is refused, not overwritten)
        self.name.setText(s.name)
        self.shelter_type.set_value(s.shelter_type)
        self.city.setText(s.city)
        self.capacity.setValue(s.capacity)
        self.boys_age_limit.setValue(-1 if s.boys_age_limit is None else s.boys_age_limit)
        self.accessible.setChecked(s.accessible)
        self.active.setChecked(s.active)
        self.phone.setText(s.phone)
        self.contact_person.setText(s.contact_person)
        self.address.setPlainText(s.address)
        self.say("")
        self.save_button().setEnabled(True)
        self.ready.emit()

    def submit(self) -> None:
        limit = self.boys_age_limit.value()
        shelter = r.Shelter(self.name.text().strip(), self.shelter_type.value() or "", self.capacity.value(),
                            self.city.text().strip(), None if limit < 0 else limit, self.accessible.isChecked(),
                            self.address.toPlainText().strip(), self.phone.text().strip(),
                            self.contact_person.text().strip(), self.active.isChecked(), self.shelter_id,
                            self.row_version)
        session = self.ctx.session
        self.run(lambda: shelters.save_shelter(session, shelter))


class SheltersPage(QWidget):
    loaded = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sheltersPage")
        self.ctx = ctx
        session = ctx.session
        self.may_contact = access.allowed(session, Action.SHELTER_CONTACT_VIEW)
        self.may_manage = access.allowed(session, Action.SHELTER_MANAGE)
        self.registry: list[Occupancy] = []
        self.dialog: QDialog | None = None
        self.reads = Latest(self)  # a late answer to an earlier read is dropped
        self.notice = ""
        self.title = heading(self.tr("Shelters"), 1.3)
        self.summary = plain_label("")
        self.summary.setObjectName("sheltersSummary")
        self.status = plain_label("")
        self.status.setObjectName("sheltersStatus")
        # Capacity and occupancy in persons (women and the children with them), as the regulation counts them.
        self.table = make_table([self.tr("Shelter"), self.tr("Type"), self.tr("City"), self.tr("Capacity (persons)"),
                                 self.tr("Women"), self.tr("Children"), self.tr("Persons staying"),
                                 self.tr("Free places"), self.tr("Boys' age limit"), self.tr("Accessible")],
                                self.tr("Shelter registry"), "sheltersTable")
        self.refresh_button = QPushButton(self.tr("Re&fresh"))
        self.refresh_button.setAccessibleDescription(self.tr("Refresh the shelter registry"))
        self.details_button: QPushButton | None = None
        self.add_button: QPushButton | None = None
        self.edit_button: QPushButton | None = None
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.refresh_button)
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        if self.may_contact:
            self.details_button = QPushButton(self.tr("Cont&act details…"))
            self.details_button.setObjectName("shelterDetailsButton")
            self.details_button.setAccessibleDescription(self.tr("Show the chosen shelter's contact details"))
            self.details_button.clicked.connect(lambda: self.show_details())
            bar.addWidget(self.details_button)
        if self.may_manage:
            self.add_button = QPushButton(self.tr("Add s&helter…"))
            self.add_button.setObjectName("addShelterButton")
            self.add_button.clicked.connect(lambda: self.add_shelter())
            self.edit_button = QPushButton(self.tr("&Edit shelter…"))
            self.edit_button.setObjectName("editShelterButton")
            self.edit_button.clicked.connect(lambda: self.edit_shelter())
            bar.addWidget(self.add_button)
            bar.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.refresh_button.clicked.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.itemActivated.connect(lambda _item: self.show_details() if self.may_contact else None)
        self._selected()

    def showEvent(self, event: QShowEvent) -> None:
        """Read when shown (not when made: a hidden tab costs nothing), so placements made in a case since
        it was last shown are counted."""
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()

    @property
    def loading(self) -> bool:
        return self.reads.busy

    def refresh(self) -> None:
        self.status.setText(self.tr("Loading…"))
        session = self.ctx.session
        self.reads.ask(lambda: shelters.list_shelters(session), self._show,
                       lambda exc: self.status.setText(error_text(exc)))

    def _show(self, found: list[Occupancy]) -> None:
        chosen = self.selected_id()
        self.registry = found
        labels = self.ctx.labels
        rows = []
        for s in found:
            free = str(s.free) if s.free else self.tr("0 — full")
            rows.append([isolate(s.name), labels.label("shelter_type", s.shelter_type), isolate(s.city),
                         str(s.capacity), str(s.women), str(s.children), str(s.occupied), free,
                         self.tr("none") if s.boys_age_limit is None else str(s.boys_age_limit),
                         yes_no(s.accessible)])
        fill_table(self.table, rows, [s.shelter_id for s in found])
        tint_rows(self.table, [i for i, s in enumerate(found) if s.free == 0], DANGER_ROW)
        select_key(self.table, chosen)
        free_total = sum(s.free for s in found)
        full = sum(1 for s in found if s.free == 0)
        # Every number says what it counts: "0 full" beside a column "Occupied: 5" read as a contradiction.
        self.summary.setText(ui_line(self.tr(
            "%1 shelters · staying now: %2 persons (%3 women, %4 children) · free: %5 of %6 places · "
            "shelters with no free place: %7").replace("%1", str(len(found))).replace(
            "%2", str(sum(s.occupied for s in found))).replace("%3", str(sum(s.women for s in found))).replace(
            "%4", str(sum(s.children for s in found))).replace("%5", str(free_total)).replace(
            "%6", str(sum(s.capacity for s in found))).replace("%7", str(full))))
        self.status.setText(self.notice or ("" if found else self.tr("No shelter is in the registry.")))
        self.notice = ""
        self._selected()
        self.loaded.emit()

    def selected_id(self) -> int | None:
        key = selected_key(self.table)
        return int(key) if isinstance(key, int) else None

    def select_shelter(self, name: str) -> bool:
        for i, s in enumerate(self.registry):
            if s.name == name:
                self.table.selectRow(i)
                return True
        return False

    def row_of(self, name: str) -> Occupancy | None:
        return next((s for s in self.registry if s.name == name), None)

    def _selected(self) -> None:
        chosen = self.selected_id() is not None
        for button in (self.details_button, self.edit_button):
            if button is not None:
                button.setEnabled(chosen)

    def show_details(self) -> ShelterDetailsDialog | None:
        sid = self.selected_id()
        if not self.may_contact or sid is None:
            return None
        dialog = ShelterDetailsDialog(self.ctx, sid, self)
        self.dialog = dialog
        open_modal(dialog)
        return dialog

    def add_shelter(self) -> ShelterDialog | None:
        if not self.may_manage:
            return None
        return self._open_editor(ShelterDialog(self.ctx, self))

    def edit_shelter(self) -> ShelterDialog | None:
        sid = self.selected_id()
        if not self.may_manage or sid is None:
            return None
        return self._open_editor(ShelterDialog(self.ctx, self, sid))

    def _open_editor(self, dialog: ShelterDialog) -> ShelterDialog:
        dialog.accepted.connect(self._saved)
        self.dialog = dialog
        open_modal(dialog)
        return dialog

    def _saved(self) -> None:
        self.notice = self.tr("Shelter saved.")
        self.refresh()

    def scrub(self) -> None:
        self.table.setRowCount(0)
        self.registry = []

