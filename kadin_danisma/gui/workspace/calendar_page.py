"""The calendar (issue 20): a day, with a column for every counselor, room or interpreter, or a week of one of
them. Every appointment shows when, which case (the client's name masked in privacy mode; only "booked" when
the case is not hers to read), what and where. A chosen appointment of her own case can be opened, recorded
as attended (its note in the same step), missed or cancelled here as in the case; booking happens in the case
(where the intake fills it in). "Print the day list…" writes the front desk's list: case numbers and rooms,
no names. The court hearings of the shown days (issue 21) are listed above the grid by case number: a hearing
books no room, so it is not a column's appointment.

Every read runs in a worker through one `Latest` (moving quickly from day to day shows only the last day).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...domain import records as r
from ...domain.appointments import Status
from ...domain.roles import Role
from ...services import appointments, calendar, exports, hearings
from ...services.calendar import Booking, Resources
from ...services.hearings import HearingEntry
from ..base.files import choose_save_file, pdf_filter
from ..base.forms import DateField
from ..base.labels import day_text
from ..base.messages import error_text
from ..base.widgets import buddy, heading, open_modal, plain_label, set_visible
from ..base.workers import Latest, run_in_worker
from ..case.appointment_dialogs import AttendedDialog, CancelDialog, NoShowDialog
from ..session.context import Context
from .calendar_grid import CalendarGrid, Column, week_columns

BY = ("counselor", "room", "interpreter")


class CalendarPage(QWidget):
    case_activated = Signal(int)
    loaded = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("calendarPage")
        self.resources: Resources | None = None
        self.found: list[Booking] = []
        self.reading = Latest(self)
        self.may_record = ctx.session.has(Role.COUNSELOR)
        self.view_kind = QComboBox()
        self.view_kind.setAccessibleName(self.tr("Day or week"))
        self.view_kind.addItem(self.tr("Day"), "day")
        self.view_kind.addItem(self.tr("Week"), "week")
        self.by = QComboBox()
        self.by.setAccessibleName(self.tr("Show by"))
        for code, text in zip(BY, (self.tr("Counselor"), self.tr("Room"), self.tr("Interpreter")), strict=True):
            self.by.addItem(text, code)
        self.who = QComboBox()
        self.who.setAccessibleName(self.tr("Whose week"))
        self.who.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.day = DateField(name=self.tr("Day shown"), not_future=False, required=True)
        self.day.set_value(date.today().isoformat())
        self.previous_button = QPushButton(self.tr("&Earlier"))
        self.today_button = QPushButton(self.tr("&Today"))
        self.next_button = QPushButton(self.tr("L&ater"))
        self.print_button = QPushButton(self.tr("P&rint the day list…"))
        self.print_button.setToolTip(self.tr("Case numbers and rooms for the front desk; no client names."))
        self.open_button = QPushButton(self.tr("&Open the case"))
        self.came_button = QPushButton(self.tr("She ca&me…"))
        self.missed_button = QPushButton(self.tr("Did &not come…"))
        self.cancel_button = QPushButton(self.tr("&Cancel…"))
        self.grid = CalendarGrid(ctx)
        self.grid.setAccessibleName(self.tr("Appointments"))
        self.status = plain_label("")
        self.status.setObjectName("calendarStatus")
        # Court hearings of the shown days (issue 21): beside the appointments, not in the grid (no room)
        self.hearings = plain_label("")
        self.hearings.setObjectName("calendarHearings")

        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Calendar"), 1.3), 1)
        top.addWidget(buddy(self.tr("&View:"), self.view_kind))
        top.addWidget(self.view_kind)
        top.addWidget(buddy(self.tr("&By:"), self.by))
        top.addWidget(self.by)
        top.addWidget(self.who)
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addWidget(buddy(self.tr("&Day:"), self.day))
        nav.addWidget(self.day)
        nav.addWidget(self.today_button)
        nav.addWidget(self.next_button)
        nav.addStretch(1)
        nav.addWidget(self.print_button)
        actions = QHBoxLayout()
        for button in (self.open_button, self.came_button, self.missed_button, self.cancel_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(nav)
        layout.addWidget(self.status)
        layout.addWidget(self.hearings)
        set_visible(self.hearings, False)
        layout.addWidget(self.grid, 1)
        layout.addLayout(actions)
        for button in (self.came_button, self.missed_button, self.cancel_button):
            set_visible(button, self.may_record)
        self.view_kind.currentIndexChanged.connect(lambda _i: self._view_changed())
        self.by.currentIndexChanged.connect(lambda _i: self._fill_who())
        self.who.currentIndexChanged.connect(lambda _i: self.refresh())
        self.day.editingFinished.connect(self.refresh)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.today)
        self.print_button.clicked.connect(self.print_day_list)
        self.open_button.clicked.connect(self.open_selected)
        self.came_button.clicked.connect(self.came)
        self.missed_button.clicked.connect(self.missed)
        self.cancel_button.clicked.connect(self.cancel)
        self.grid.itemSelectionChanged.connect(self._selected)
        self.grid.itemDoubleClicked.connect(lambda _item: self.open_selected())
        ctx.privacy.changed.connect(self.grid.remask)
        self._selected()
        # Her own week first if she is a counselor, the whole center's day by room otherwise.
        if self.may_record:
            self.view_kind.setCurrentIndex(1)
        else:
            self.by.setCurrentIndex(1)
        # Nothing is read before the page is first shown (an unlock does not pay for a calendar not looked at).
        self.started = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.started:
            self.started = True
            session = self.ctx.session
            run_in_worker(self, lambda: calendar.resources(session), self._got_resources,
                          lambda exc: self.status.setText(error_text(exc)))

    # -- what is shown ---------------------------------------------------------------------------------
    @property
    def week(self) -> bool:
        return bool(self.view_kind.currentData() == "week")

    def _got_resources(self, resources: Resources) -> None:
        self.resources = resources
        self._fill_who()

    def _choices(self) -> list[tuple[int, str]]:
        if self.resources is None:
            return []
        by = self.by.currentData()
        if by == "counselor":
            return [(uid, display) for uid, _name, display in self.resources.counselors]
        return self.resources.rooms if by == "room" else self.resources.interpreters

    def _fill_who(self) -> None:
        self.who.blockSignals(True)
        self.who.clear()
        for key, name in self._choices():
            self.who.addItem(name, key)
        if self.by.currentData() == "counselor" and self.ctx.session.user_id is not None:
            mine = self.who.findData(self.ctx.session.user_id)
            if mine >= 0:
                self.who.setCurrentIndex(mine)
        self.who.blockSignals(False)
        self._view_changed()

    def _view_changed(self) -> None:
        set_visible(self.who, self.week)
        self.refresh()

    def first_day(self) -> date:
        chosen = date.fromisoformat(self.day.value() or date.today().isoformat())
        return calendar.week_start(chosen) if self.week else chosen

    def step(self, step: int) -> None:
        self.day.set_value((self.first_day() + timedelta(days=step * (7 if self.week else 1))).isoformat())
        self.refresh()

    def today(self) -> None:
        self.day.set_value(date.today().isoformat())
        self.refresh()

    def refresh(self) -> None:
        if self.resources is None or self.day.problem() is not None:
            return
        session, first = self.ctx.session, self.first_day()
        by = self.by.currentData()
        who = self.who.currentData() if self.week else None
        if self.week and who is None:
            self.grid.show_bookings(week_columns(first, self._day_names()), [])
            self.status.setText(self.tr("Nobody to show: the center's list is empty."))
            return
        self.status.setText(self.tr("Loading…"))
        days = 7 if self.week else 1
        counselor = who if self.week and by == "counselor" else None
        self.reading.ask(lambda: (calendar.span(session, first, days, by if self.week else None, who),
                                  hearings.in_span(session, first, days, counselor)),
                         self._show_both, lambda exc: self.status.setText(error_text(exc)))

    def _day_names(self) -> list[str]:
        return [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"), self.tr("Sat"),
                self.tr("Sun")]

    def _show_both(self, found: tuple[list[Booking], list[HearingEntry]]) -> None:
        bookings, heard = found
        labels = self.ctx.labels
        self.hearings.setText(self.tr("Court hearings: %1").replace("%1", "; ".join(
            f"{day_text(h.hearing_on)} {h.hearing_time or ''} {h.case_number} "
            f"({labels.label('court_case_kind', h.kind)}, {h.court})".replace("  ", " ") for h in heard))
            if heard else "")
        set_visible(self.hearings, bool(heard))
        self._show(bookings)

    def _show(self, found: list[Booking]) -> None:
        self.found = found
        first = self.first_day()
        if self.week:
            columns = week_columns(first, self._day_names())
            by_day = {c.key: c for c in columns}
            placed = [(b, by_day[date.fromisoformat(b.starts_at[:10])]) for b in found
                      if date.fromisoformat(b.starts_at[:10]) in by_day]
        else:
            columns, placed = self._day_layout(found)
        self.grid.show_bookings(columns, placed)
        heading_day = day_text(first.isoformat())
        self.status.setText((self.tr("Week of %1: %2 appointment(s)") if self.week else
                             self.tr("%1: %2 appointment(s)")).replace("%1", heading_day).replace(
            "%2", str(len(found))))
        self._selected()
        self.loaded.emit()

    def _day_layout(self, found: list[Booking]) -> tuple[list[Column], list[tuple[Booking, Column]]]:
        """A column per counselor, room or interpreter of the center, and one for bookings without a room or
        an interpreter when there are any."""
        by = self.by.currentData()
        columns = [Column(name, key) for key, name in self._choices()]
        none = Column(self.tr("No room") if by == "room" else self.tr("No interpreter"), None)
        by_key = {c.key: c for c in columns}
        names = {name: uid for uid, name, _display in self.resources.counselors} if self.resources else {}
        placed: list[tuple[Booking, Column]] = []
        for b in found:
            if by == "counselor":
                keys = [names.get(n) for n in b.counselors]
            else:
                keys = [b.room_id if by == "room" else b.interpreter_id]
            for key in keys:
                column = by_key.get(key)
                if column is None and by != "counselor":
                    column = none
                if column is not None:
                    placed.append((b, column))
        if any(c is none for _, c in placed):
            columns.append(none)
        return columns, placed

    # -- one appointment -------------------------------------------------------------------------------
    def _selected(self) -> None:
        b = self.grid.selected_booking()
        planned = b is not None and b.visible and b.status == Status.PLANNED
        begun = planned and b is not None and b.starts_at[:10] <= date.today().isoformat()
        self.open_button.setEnabled(b is not None and b.visible)
        self.came_button.setEnabled(begun)
        self.missed_button.setEnabled(begun)
        self.cancel_button.setEnabled(planned)
        if b is not None and b.visible:
            self.ctx.privacy.reveal(b.case_id)

    def open_selected(self) -> None:
        b = self.grid.selected_booking()
        if b is not None and b.visible:
            self.case_activated.emit(b.case_id)

    def _when(self, b: Booking) -> str:
        return f"{day_text(b.starts_at[:10])} {b.starts_at[11:16]}–{b.ends_at[11:16]}"

    def came(self) -> None:
        b = self.grid.selected_booking()
        if b is None or not self.may_record:
            return
        session = self.ctx.session
        run_in_worker(self, lambda: appointments.note_for(session, b.id), lambda note: self._attended(b, note),
                      lambda exc: self.status.setText(error_text(exc)))

    def _attended(self, b: Booking, note: r.Note) -> None:
        dialog = AttendedDialog(self.ctx, b.case_id, self, b.id, note)
        self.ctx.drafts.register(dialog)
        self._open(dialog, self.tr("Attended: the note is saved."))

    def missed(self) -> None:
        b = self.grid.selected_booking()
        if b is not None and self.may_record:
            self._open(NoShowDialog(self.ctx, b.case_id, self, b.id, self._when(b)),
                       self.tr("Recorded: she did not come."))

    def cancel(self) -> None:
        b = self.grid.selected_booking()
        if b is not None and self.may_record:
            self._open(CancelDialog(self.ctx, b.case_id, self, b.id, self._when(b)),
                       self.tr("Appointment cancelled."))

    def _open(self, dialog: QDialog, saved: str) -> None:
        self.dialog = dialog

        def done() -> None:
            self.status.setText(saved)
            self.refresh()

        dialog.accepted.connect(done)
        open_modal(dialog)

    # -- the front desk's list -------------------------------------------------------------------------
    def print_day_list(self) -> None:
        day = date.fromisoformat(self.day.value() or date.today().isoformat())
        self.file_dialog = choose_save_file(self, self.tr("Save the day list"), f"gun-listesi-{day.isoformat()}.pdf",
                                            pdf_filter(), lambda path: self._write_day_list(day, path),
                                            suffix="pdf")

    def _write_day_list(self, day: date, path: Path) -> None:
        session = self.ctx.session
        lang = self.ctx.labels.language if self.ctx.labels.language in ("tr", "en") else "tr"
        self.status.setText(self.tr("Writing the day list…"))

        def work() -> Path:
            exports.save_pdf(path, exports.day_list_pdf(session, day, lang), force=True)  # the chooser asked
            return path

        run_in_worker(self, work, lambda done: self.status.setText(self.tr("Day list saved: %1").replace(
            "%1", done.name)), lambda exc: self.status.setText(error_text(exc)))

    def scrub(self) -> None:
        self.reading.drop()
        self.grid.scrub()
        self.hearings.clear()
        self.found = []
