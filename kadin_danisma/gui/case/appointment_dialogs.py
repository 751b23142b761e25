"""The dialogs of an appointment: book or change one (clashes said while she fills it in, before anything is
saved), she came (the note, filled in from the appointment, saved with it in one step), she did not come
(counted; a follow-up planned if she wants), cancelled (with the reason).

The booking dialog asks services.appointments.clashes a moment after each change (in a worker, only the
newest answer shown): the counselor, the room or the interpreter already booked then, or an interpreter who
does not speak the language needed. She may still book, by ticking "Book anyway"; the log counts it.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QTime, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from ...domain import records as r
from ...domain.appointments import TIME_FORMAT, Clash, ClashKind, minutes
from ...domain.errors import BookingConflict
from ...services import appointments
from ...services.appointments import BookingSetup
from ..base.forms import CheckList, CodeCombo, DateField, VocabCombo
from ..base.labels import day_text
from ..base.lines import isolate, ui_line
from ..base.widgets import banner, buddy, plain_label, set_visible
from ..base.workers import Latest
from ..session.context import Context
from .note_editor import NoteEditor
from .tab import CaseDialog

CHECK_AFTER_MS = 250  # a pause in her typing before clashes are asked for


def interpreter_label(ctx: Context, person: r.Interpreter) -> str:
    return f"{person.name} ({ctx.labels.labels('interpreter_language', person.languages)})"


class BookingDialog(CaseDialog):
    """Book a new appointment (appointment None) or change a planned one."""

    def __init__(self, ctx: Context, case_id: int, parent: QWidget, setup: BookingSetup,
                 appointment: r.Appointment | None = None) -> None:
        title = self.tr("Book an appointment") if appointment is None else self.tr("Change the appointment")
        super().__init__(ctx, case_id, parent, title)
        self.setObjectName("bookingDialog")
        self.appointment = appointment
        self.setup = setup
        self.clashes: list[Clash] = []
        labels = ctx.labels
        start = appointment or setup.defaults
        self.day = DateField(name=self.tr("Day"), required=True, not_future=False)
        self.start = QTimeEdit()
        self.start.setDisplayFormat("HH:mm")
        self.start.setAccessibleName(self.tr("Start time"))
        self.duration = QSpinBox()
        self.duration.setRange(5, 12 * 60)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("Length in minutes"))
        self.kind = VocabCombo(labels, "appointment_kind", name=self.tr("Kind of appointment"))
        self.counselors = CheckList(setup.counselors, columns=2, name=self.tr("Counselors"))
        self.room = CodeCombo([(n, n) for n in setup.rooms], self.tr("— no room —"), name=self.tr("Room"))
        self.language = VocabCombo(labels, "interpreter_language", self.tr("— no interpreter needed —"),
                                   name=self.tr("Interpreter's language"))
        self.interpreter = CodeCombo([], self.tr("— not booked yet —"), name=self.tr("Interpreter"))
        self.clash_text = banner("clashBanner", "warning")
        self.book_anyway = QCheckBox(self.tr("Book &anyway, knowing these clashes"))
        self.book_anyway.setAccessibleName(self.tr("Book anyway, knowing these clashes"))
        self.book_anyway.setObjectName("bookAnyway")
        form = QFormLayout()
        form.addRow(self.tr("&Day:"), self.day)
        form.addRow(self.tr("&Starts at:"), self.start)
        form.addRow(self.tr("&Length:"), self.duration)
        form.addRow(self.tr("&Kind:"), self.kind)
        # A center may have many counselors: the list scrolls rather than squeezing the rows together.
        self.counselor_scroll = QScrollArea()
        self.counselor_scroll.setWidget(self.counselors)
        self.counselor_scroll.setWidgetResizable(True)
        self.counselor_scroll.setFrameShape(QFrame.Shape.NoFrame)
        rows = -(-len(setup.counselors) // 2)
        line = self.counselors.fontMetrics().height() + 10
        self.counselor_scroll.setMinimumHeight(min(4, max(1, rows)) * line + 8)
        form.addRow(buddy(self.tr("&Counselors:"), self.counselors), self.counselor_scroll)
        form.addRow(self.tr("&Room:"), self.room)
        form.addRow(self.tr("Interpreter's lan&guage:"), self.language)
        form.addRow(self.tr("&Interpreter:"), self.interpreter)
        self.lay_out(form, self.clash_text, self.book_anyway)
        self.resize(600, self.sizeHint().height())
        self.fields = {
            "day": (self.day, self.tr("Day")), "starts_at": (self.start, self.tr("Starts at")),
            "ends_at": (self.duration, self.tr("Length")),
            "kind": (self.kind, self.tr("Kind")), "counselors": (self.counselors, self.tr("Counselors")),
            "room": (self.room, self.tr("Room")), "interpreter_language": (self.language, self.tr("Language")),
            "interpreter": (self.interpreter, self.tr("Interpreter")),
        }
        self._fill(start)
        set_visible(self.clash_text, False)
        set_visible(self.book_anyway, False)
        self.asking = Latest(self)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(CHECK_AFTER_MS)
        self.timer.timeout.connect(self.check_clashes)
        for signal in (self.day.textChanged, self.start.timeChanged, self.duration.valueChanged,
                       self.kind.changed, self.counselors.changed, self.room.changed, self.interpreter.changed):
            signal.connect(lambda *_: self.timer.start())
        self.language.changed.connect(self._language_changed)
        self.check_clashes()

    # -- fields ----------------------------------------------------------------------------------------
    def _fill(self, a: r.Appointment) -> None:
        starts = datetime.strptime(a.starts_at, TIME_FORMAT) if a.starts_at else None
        if starts is None:  # a new booking: the next full hour, tomorrow if the day is over
            now = datetime.now().replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
            starts = now if 8 <= now.hour <= 17 else (now + timedelta(days=1)).replace(hour=10)
        self.day.set_value(starts.date().isoformat())
        self.start.setTime(QTime(starts.hour, starts.minute))
        self.duration.setValue(minutes(a.starts_at, a.ends_at) if a.ends_at else 50)
        self.kind.set_value(a.kind)
        self.counselors.set_values(a.counselors)
        self.room.set_value(a.room or None)
        self.language.set_value(a.interpreter_language)
        self._offer_interpreters(a.interpreter_language)
        self.interpreter.set_value(a.interpreter or None)

    def _offer_interpreters(self, language: str | None) -> None:
        """Those who speak the language first; the others after them (she may know better)."""
        kept = self.interpreter.value()
        self.interpreter.blockSignals(True)
        self.interpreter.clear()
        self.interpreter.addItem(self.tr("— not booked yet —"), None)
        people = sorted(self.setup.interpreters, key=lambda p: (language not in p.languages, p.name))
        for person in people:
            self.interpreter.addItem(interpreter_label(self.ctx, person), person.name)
        self.interpreter.set_value(kept)
        self.interpreter.blockSignals(False)
        self.interpreter.setEnabled(language is not None)

    def _language_changed(self) -> None:
        language = self.language.value()
        self._offer_interpreters(language)
        if language is None:
            self.interpreter.set_value(None)
        elif self.interpreter.value() is None:
            speaking = [p for p in self.setup.interpreters if language in p.languages]
            if speaking:
                self.interpreter.set_value(speaking[0].name)
        self.timer.start()

    def value(self) -> r.Appointment:
        self.day.normalise()
        day = self.day.value() or ""
        start = self.start.time()
        starts_at = f"{day}T{start.hour():02d}:{start.minute():02d}"
        try:
            ends = datetime.strptime(starts_at, TIME_FORMAT) + timedelta(minutes=self.duration.value())
            ends_at = ends.strftime(TIME_FORMAT)
        except ValueError:
            ends_at = ""
        language = self.language.value()
        return r.Appointment(starts_at, ends_at, self.kind.value() or "", counselors=self.counselors.values(),
                             room=self.room.value() or "", interpreter_language=language,
                             interpreter=(self.interpreter.value() or "") if language else "")

    # -- clashes ---------------------------------------------------------------------------------------
    def check_clashes(self) -> None:
        if self.day.problem() is not None or not self.counselors.values():
            return
        session, case_id, appt = self.ctx.session, self.case_id, self.value()
        exclude = self.appointment.id if self.appointment is not None else None
        self.asking.ask(lambda: appointments.clashes(session, case_id, appt, exclude), self.show_clashes,
                        lambda _exc: None)  # a half-filled form: the save says what is wrong

    def clash_line(self, clash: Clash) -> str:
        names = dict(self.setup.counselors)
        when = f"{day_text(clash.starts_at[:10])} {clash.starts_at[11:]}–{clash.ends_at[11:]}"
        if clash.kind is ClashKind.COUNSELOR:
            text = self.tr("%1 already has an appointment then (%2).").replace(
                "%1", isolate(names.get(clash.who, clash.who)))
        elif clash.kind is ClashKind.ROOM:
            text = self.tr("The room %1 is booked then (%2).").replace("%1", isolate(clash.who))
        elif clash.kind is ClashKind.INTERPRETER:
            text = self.tr("The interpreter %1 is booked then (%2).").replace("%1", isolate(clash.who))
        else:
            return ui_line(self.tr("%1 does not interpret %2.").replace("%1", isolate(clash.who)).replace(
                "%2", self.ctx.labels.label("interpreter_language", self.language.value())))
        return ui_line(text.replace("%2", when))

    def show_clashes(self, clashes: list[Clash]) -> None:
        self.clashes = list(clashes)
        lines = list(dict.fromkeys(self.clash_line(c) for c in self.clashes))  # the same booking once
        self.clash_text.setText("\n".join(lines))
        set_visible(self.clash_text, bool(self.clashes))
        set_visible(self.book_anyway, bool(self.clashes))
        if not self.clashes:
            self.book_anyway.setChecked(False)

    # -- saving ----------------------------------------------------------------------------------------
    def submit(self) -> None:
        problem = self.day.problem()
        if problem is not None:
            self.refuse([("day", problem)])
            return
        session, case_id, appt = self.ctx.session, self.case_id, self.value()
        accept = self.book_anyway.isChecked()
        if self.appointment is not None and self.appointment.id is not None:
            aid = self.appointment.id
            self.run(lambda: appointments.reschedule(session, aid, appt, accept))
        else:
            self.run(lambda: appointments.book(session, case_id, appt, accept))

    def failed(self, exc: BaseException) -> None:
        if isinstance(exc, BookingConflict):
            self.show_clashes([c for c in exc.clashes if isinstance(c, Clash)])
            self.say(self.tr("This booking clashes (see above). Change it, or tick \"Book anyway\"."))
            self.book_anyway.setFocus()
            return
        super().failed(exc)


class AttendedDialog(NoteEditor):
    """She came: the note of the session, filled in from the appointment (type, day, length, the
    interpreter present with her language and name); saving it records the appointment as attended. The note's
    text comes first: it is the one thing left to write."""

    text_first = True

    def __init__(self, ctx: Context, case_id: int, parent: QWidget, appointment_id: int, prefilled: r.Note) -> None:
        super().__init__(ctx, case_id, parent)
        self.setWindowTitle(self.tr("She came: the note of the session"))
        self.setObjectName("attendedDialog")
        self.appointment_id = appointment_id
        self._set_fields({
            "note_type": prefilled.note_type, "note_date": prefilled.note_date,
            "duration_minutes": prefilled.duration_minutes, "interpreter_present": prefilled.interpreter_present,
            "interpreter_language": prefilled.interpreter_language, "interpreter_name": prefilled.interpreter_name,
            "never_export": False, "body": "",
        })
        self._interpreter_toggled(self.interpreter.isChecked())
        self.reset_initial()
        self.body.setFocus()

    def draft_state(self) -> dict[str, Any] | None:
        state = super().draft_state()
        return None if state is None else {**state, "_appointment_id": self.appointment_id}

    def submit(self) -> None:
        session, aid, note = self.ctx.session, self.appointment_id, self.note_value()
        self.run(lambda: appointments.attend(session, aid, note))


class NoShowDialog(CaseDialog):
    """She did not come: recorded (and counted); a follow-up on the case if she ticks it."""

    def __init__(self, ctx: Context, case_id: int, parent: QWidget, appointment_id: int, when: str) -> None:
        super().__init__(ctx, case_id, parent, self.tr("She did not come"))
        self.setObjectName("noShowDialog")
        self.appointment_id = appointment_id
        self.plan = QCheckBox(self.tr("&Plan a follow-up (call her, book again)"))
        self.plan.setChecked(True)
        tomorrow = (datetime.now() + timedelta(days=1)).date().isoformat()
        self.due = DateField(name=self.tr("Follow-up due on"), not_future=False, value=tomorrow)
        self.purpose = QLineEdit(self.tr("She did not come to her appointment: reach her safely, book again"))
        self.purpose.setAccessibleName(self.tr("Purpose of the follow-up"))
        form = QFormLayout()
        form.addRow("", self.plan)
        form.addRow(self.tr("&Due on:"), self.due)
        form.addRow(self.tr("P&urpose:"), self.purpose)
        self.lay_out(plain_label(ui_line(self.tr("Appointment: %1").replace("%1", when))), form)
        self.fields = {"due_on": (self.due, self.tr("Due on")), "purpose": (self.purpose, self.tr("Purpose"))}
        self.plan.toggled.connect(self._plan_toggled)
        self.ok_button().setText(self.tr("&Record"))

    def _plan_toggled(self, on: bool) -> None:
        self.due.setEnabled(on)
        self.purpose.setEnabled(on)

    def submit(self) -> None:
        session, aid = self.ctx.session, self.appointment_id
        due = self.due.value() if self.plan.isChecked() else None
        purpose = self.purpose.text().strip() if self.plan.isChecked() else ""
        self.run(lambda: appointments.no_show(session, aid, due, purpose))


class CancelDialog(CaseDialog):
    def __init__(self, ctx: Context, case_id: int, parent: QWidget, appointment_id: int, when: str) -> None:
        super().__init__(ctx, case_id, parent, self.tr("Cancel the appointment"))
        self.setObjectName("cancelAppointmentDialog")
        self.appointment_id = appointment_id
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Why it is cancelled"))
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("&Why:"), self.reason)
        self.lay_out(plain_label(ui_line(self.tr("Appointment: %1").replace("%1", when))), form)
        self.fields = {"cancel_reason": (self.reason, self.tr("Why"))}
        self.ok_button().setText(self.tr("Cancel the &appointment"))

    def submit(self) -> None:
        text = self.reason.toPlainText()
        if not text.strip():
            self.refuse([("cancel_reason", "is required")])
            return
        session, aid = self.ctx.session, self.appointment_id
        self.run(lambda: appointments.cancel(session, aid, text))


def when_text(a: r.Appointment) -> str:
    return f"{day_text(a.starts_at[:10])} {a.starts_at[11:16]}–{a.ends_at[11:16]}"

