"""The appointments tab: her appointments, past and planned, with what became of each; book one (filled in
from the intake: her interpreter need, her languages, her counselor), change or cancel a planned one, and
record that she came (the note in the same step) or did not come (counted, a follow-up planned if wanted).

Booking needs the center's lists (counselors, rooms, interpreters): they are read in a worker when she asks
to book, and the dialog opens when they are there.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QPushButton

from ...domain import records as r
from ...domain.appointments import Status
from ...services import appointments
from ..base.messages import error_text
from ..base.styles import WARNING_ROW
from ..base.tables import fill_table, sync_button, tint_rows
from ..base.workers import run_in_worker
from ..session.context import Context
from .appointment_dialogs import AttendedDialog, BookingDialog, CancelDialog, NoShowDialog, when_text
from .data import CaseData, iso_today
from .tab import CaseDialog, CaseTab


class AppointmentsTab(CaseTab):
    def build(self) -> None:
        self.data: CaseData | None = None
        self.dialog: CaseDialog | None = None
        self.book_button: QPushButton | None = None
        self.change_button: QPushButton | None = None
        self.came_button: QPushButton | None = None
        self.missed_button: QPushButton | None = None
        self.cancel_button: QPushButton | None = None
        layout = self.list_layout("appointmentsSummary", [
            self.tr("When"), self.tr("Kind"), self.tr("Status"), self.tr("Counselors"), self.tr("Room"),
            self.tr("Interpreter")], self.tr("Appointments"))
        layout.addWidget(self.table, 1)
        self.table.itemDoubleClicked.connect(lambda _item: self._default_action())

    @property
    def ctx(self) -> Context:
        return self.view.ctx

    def fill(self, data: CaseData) -> None:
        self.data = data
        editable = data.editable
        bar = self.bar
        self.book_button = sync_button(self.book_button, editable, bar, self.tr("&Book…"), "bookButton", self.book)
        self.change_button = sync_button(self.change_button, editable, bar, self.tr("Chan&ge…"),
                                         "changeAppointmentButton", self.change)
        self.came_button = sync_button(self.came_button, editable, bar, self.tr("She &came…"), "cameButton",
                                       self.came)
        self.missed_button = sync_button(self.missed_button, editable, bar, self.tr("&Did not come…"),
                                         "missedButton", self.missed)
        self.cancel_button = sync_button(self.cancel_button, editable, bar, self.tr("Cancel the app&ointment…"),
                                         "cancelAppointmentButton", self.cancel)
        labels = self.ctx.labels
        items = sorted(data.record.appointments, key=lambda a: (a.starts_at, a.id or 0), reverse=True)
        self.items = items
        planned = [a for a in items if a.status == Status.PLANNED]
        missed = sum(1 for a in items if a.status == Status.NO_SHOW)
        self.summary.setText(self.tr("Planned: %1 · attended: %2 · did not come: %3 · cancelled: %4").replace(
            "%1", str(len(planned))).replace("%2", str(sum(1 for a in items if a.status == Status.ATTENDED))).replace(
            "%3", str(missed)).replace("%4", str(sum(1 for a in items if a.status == Status.CANCELLED)))
            if items else self.tr("No appointments yet."))
        rows = []
        for a in items:
            interpreter = labels.label("interpreter_language", a.interpreter_language)
            if a.interpreter:
                interpreter = f"{a.interpreter} ({interpreter})" if interpreter else a.interpreter
            status = labels.label("appointment_status", a.status)
            if a.status == Status.CANCELLED and a.cancel_reason:
                status = f"{status}: {a.cancel_reason}"
            names = [data.user_display.get(u, u) for u in a.counselors]
            rows.append([when_text(a), labels.label("appointment_kind", a.kind), status, ", ".join(names),
                         a.room, interpreter])
        fill_table(self.table, rows, [a.id for a in items])
        # A planned appointment whose day has passed is still waiting to be recorded.
        tint_rows(self.table, [i for i, a in enumerate(items) if a.status == Status.PLANNED
                               and a.starts_at[:10] < iso_today()], WARNING_ROW)
        self._selected()

    def _appointment(self) -> r.Appointment | None:
        return self.chosen(self.items) if self.data is not None else None

    def _selected(self) -> None:
        a = self._appointment()
        planned = a is not None and a.status == Status.PLANNED
        begun = planned and a is not None and a.starts_at[:10] <= iso_today()
        for button, wanted in ((self.change_button, planned), (self.cancel_button, planned),
                               (self.came_button, begun), (self.missed_button, begun)):
            if button is not None:
                button.setEnabled(wanted)

    def _default_action(self) -> None:
        a = self._appointment()
        if a is not None and a.status == Status.PLANNED and self.view.editable:
            (self.came if a.starts_at[:10] <= iso_today() else self.change)()

    # -- actions ---------------------------------------------------------------------------------------
    def book(self, appointment: r.Appointment | None = None) -> None:
        """Read the center's lists in a worker, then open the booking dialog."""
        if not self.view.editable:
            return
        session, case_id = self.ctx.session, self.view.case_id
        self.view.set_status(self.tr("Loading the center's rooms and interpreters…"))
        run_in_worker(self, lambda: appointments.booking_setup(session, case_id),
                      lambda setup: self._open_booking(setup, appointment),
                      lambda exc: self.view.set_status(error_text(exc)))

    def _open_booking(self, setup: appointments.BookingSetup, appointment: r.Appointment | None) -> None:
        self.view.set_status("")
        saved = self.tr("Appointment booked.") if appointment is None else self.tr("Appointment changed.")
        self.open_dialog(BookingDialog(self.ctx, self.view.case_id, self, setup, appointment), saved)

    def change(self) -> None:
        a = self._appointment()
        if a is not None and a.status == Status.PLANNED:
            self.book(a)

    def came(self, draft: dict[str, Any] | None = None) -> None:
        a = self._appointment()
        if a is None or a.id is None or not self.view.editable:
            return
        self.attended(a.id, draft)

    def attended(self, appointment_id: int, draft: dict[str, Any] | None = None) -> None:
        """The note of an attended appointment, prefilled (read in a worker); from a kept draft, as it was."""
        session = self.ctx.session
        run_in_worker(self, lambda: appointments.note_for(session, appointment_id),
                      lambda note: self._open_attended(appointment_id, note, draft),
                      lambda exc: self.view.set_status(error_text(exc)))

    def _open_attended(self, appointment_id: int, note: r.Note, draft: dict[str, Any] | None) -> None:
        dialog = AttendedDialog(self.ctx, self.view.case_id, self, appointment_id, note)
        if draft is not None:
            dialog.restore_draft(draft)
        self.ctx.drafts.register(dialog, restored_from=draft)
        dialog.rejected.connect(lambda: self.view.set_status(
            self.tr("The unfinished note was kept as a draft.") if dialog.kept_draft else ""))
        self.open_dialog(dialog, self.tr("Attended: the note is saved."))

    def missed(self) -> NoShowDialog | None:
        a = self._appointment()
        if a is None or a.id is None or not self.view.editable:
            return None
        return self.open_dialog(NoShowDialog(self.ctx, self.view.case_id, self, a.id, when_text(a)),
                                self.tr("Recorded: she did not come."))

    def cancel(self) -> CancelDialog | None:
        a = self._appointment()
        if a is None or a.id is None or not self.view.editable:
            return None
        return self.open_dialog(CancelDialog(self.ctx, self.view.case_id, self, a.id, when_text(a)),
                                self.tr("Appointment cancelled."))
