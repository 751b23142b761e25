"""The center's rooms and interpreters (admins): what appointments book. An entry is added, corrected, or
retired (never deleted: past appointments keep naming it; a retired entry is not offered for new bookings)
and restored. Every change is audited by the service (services/calendar_setup.py)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain import records as r
from ...domain.validation import MAX_NAME
from ...services import calendar_setup
from ..base.dialogs import Buttons, Dialog
from ..base.forms import VocabCheckList
from ..base.messages import error_text
from ..base.tables import fill_table, make_table, selected_key
from ..base.widgets import heading, open_modal, plain_label
from ..base.workers import Latest
from ..session.context import Context


class RoomDialog(Dialog):
    def __init__(self, ctx: Context, parent: QWidget, room: r.Room | None = None) -> None:
        super().__init__(parent, self.tr("Edit the room") if room else self.tr("Add a room"), accept=Buttons.Save)
        self.setObjectName("roomDialog")
        self.ctx = ctx
        self.room = room
        self.name = QLineEdit(room.name if room else "")
        self.name.setMaxLength(MAX_NAME)
        self.name.setAccessibleName(self.tr("Name of the room"))
        self.active = QCheckBox(self.tr("&Offered for new appointments"))
        self.active.setAccessibleName(self.tr("Offered for new appointments"))
        self.active.setChecked(room.active if room else True)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow("", self.active)
        self.lay_out(form)
        self.fields = {"name": (self.name, self.tr("Name"))}

    def submit(self) -> None:
        room = r.Room(self.name.text(), self.active.isChecked(), self.room.id if self.room else None)
        session = self.ctx.session
        self.run(lambda: calendar_setup.save_room(session, room))


class InterpreterDialog(Dialog):
    def __init__(self, ctx: Context, parent: QWidget, person: r.Interpreter | None = None) -> None:
        super().__init__(parent, self.tr("Edit the interpreter") if person else self.tr("Add an interpreter"),
                         accept=Buttons.Save)
        self.setObjectName("interpreterDialog")
        self.ctx = ctx
        self.person = person
        self.name = QLineEdit(person.name if person else "")
        self.name.setMaxLength(MAX_NAME)
        self.name.setAccessibleName(self.tr("Interpreter's name"))
        self.languages = VocabCheckList(ctx.labels, "interpreter_language", columns=3,
                                        name=self.tr("Languages she interprets"),
                                        selected=person.languages if person else ())
        self.phone = QLineEdit(person.phone if person else "")
        self.phone.setAccessibleName(self.tr("Phone"))
        self.notes = QPlainTextEdit(person.notes if person else "")
        self.notes.setAccessibleName(self.tr("Notes (days she is free, agency)"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)
        self.active = QCheckBox(self.tr("&Offered for new appointments"))
        self.active.setAccessibleName(self.tr("Offered for new appointments"))
        self.active.setChecked(person.active if person else True)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Languages:"), self.languages)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("No&tes:"), self.notes)
        form.addRow("", self.active)
        self.lay_out(form)
        self.fields = {"name": (self.name, self.tr("Name")), "languages": (self.languages, self.tr("Languages")),
                       "phone": (self.phone, self.tr("Phone")), "notes": (self.notes, self.tr("Notes"))}

    def submit(self) -> None:
        person = r.Interpreter(self.name.text(), self.languages.values(), self.phone.text(),
                               self.notes.toPlainText(), self.active.isChecked(),
                               self.person.id if self.person else None)
        session = self.ctx.session
        self.run(lambda: calendar_setup.save_interpreter(session, person))


class CalendarSetupPage(QWidget):
    """Two lists, each with Add and Edit (retiring is unticking "Offered" in the dialog)."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("calendarSetupPage")
        self.rooms: list[r.Room] = []
        self.people: list[r.Interpreter] = []
        self.dialog: Dialog | None = None
        self.room_table = make_table([self.tr("Room"), self.tr("Offered")], self.tr("Rooms"), "roomsTable")
        self.people_table = make_table([self.tr("Interpreter"), self.tr("Languages"), self.tr("Phone"),
                                        self.tr("Offered")], self.tr("Interpreters"), "interpretersTable")
        self.add_room_button = QPushButton(self.tr("Add a &room…"))
        self.edit_room_button = QPushButton(self.tr("&Edit the room…"))
        self.add_person_button = QPushButton(self.tr("Add an &interpreter…"))
        self.edit_person_button = QPushButton(self.tr("Edit the interpre&ter…"))
        self.status = plain_label("")
        self.status.setObjectName("calendarSetupStatus")
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Rooms and interpreters"), 1.3))
        layout.addWidget(plain_label(self.tr(
            "What appointments book. Untick \"Offered\" to retire an entry: past appointments keep it.")))
        for title, table, buttons in (
                (self.tr("Rooms"), self.room_table, (self.add_room_button, self.edit_room_button)),
                (self.tr("Interpreters"), self.people_table, (self.add_person_button, self.edit_person_button))):
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            row = QHBoxLayout()
            for button in buttons:
                row.addWidget(button)
            row.addStretch(1)
            inner.addLayout(row)
            inner.addWidget(table)
            layout.addWidget(box, 1)
        layout.addWidget(self.status)
        self.loading = Latest(self)
        self.add_room_button.clicked.connect(lambda: self.edit_room(None))
        self.edit_room_button.clicked.connect(lambda: self.edit_room(self._chosen(self.room_table, self.rooms)))
        self.add_person_button.clicked.connect(lambda: self.edit_person(None))
        self.edit_person_button.clicked.connect(
            lambda: self.edit_person(self._chosen(self.people_table, self.people)))
        self.room_table.itemDoubleClicked.connect(lambda _i: self.edit_room_button.click())
        self.people_table.itemDoubleClicked.connect(lambda _i: self.edit_person_button.click())
        self.refresh()

    def refresh(self) -> None:
        session = self.ctx.session
        self.loading.ask(lambda: (calendar_setup.rooms(session, include_retired=True),
                                  calendar_setup.interpreters(session, include_retired=True)),
                         self._show, lambda exc: self.status.setText(error_text(exc)))

    def _show(self, found: tuple[list[r.Room], list[r.Interpreter]]) -> None:
        self.rooms, self.people = found
        yes, no = self.tr("yes"), self.tr("no (retired)")
        labels = self.ctx.labels
        fill_table(self.room_table, [[x.name, yes if x.active else no] for x in self.rooms], [x.id for x in self.rooms])
        fill_table(self.people_table, [[p.name, labels.labels("interpreter_language", p.languages), p.phone,
                                        yes if p.active else no] for p in self.people], [p.id for p in self.people])

    @staticmethod
    def _chosen(table: QTableWidget, items: list[r.Room] | list[r.Interpreter]) -> object:
        key = selected_key(table)
        return next((x for x in items if x.id == key), None)

    def edit_room(self, room: object) -> RoomDialog:
        dialog = RoomDialog(self.ctx, self, room if isinstance(room, r.Room) else None)
        self._open(dialog)
        return dialog

    def edit_person(self, person: object) -> InterpreterDialog:
        dialog = InterpreterDialog(self.ctx, self, person if isinstance(person, r.Interpreter) else None)
        self._open(dialog)
        return dialog

    def _open(self, dialog: Dialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(self.refresh)
        dialog.accepted.connect(lambda: self.status.setText(self.tr("Saved.")))
        open_modal(dialog)
