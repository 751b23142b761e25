"""Appointments in a short list (the dashboard's "today"): time, case number, the client's name masked in
privacy mode (or "booked" for a case that is not hers to read), room, interpreter, status. Enter or a double
click opens the case."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from ...services.calendar import Booking
from ..base.scaling import follow
from ..base.tables import fit_columns
from ..session.context import Context
from ..session.privacy import MASK
from .case_rows import CASE_ID_ROLE


class AppointmentRows(QTreeWidget):
    activated_case = Signal(int)

    def __init__(self, ctx: Context, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(name)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        # Every column as wide as its text at any text size, as the dashboard's other lists (case_rows.py).
        self.header().setStretchLastSection(False)
        self.setAllColumnsShowFocus(True)
        self.setHeaderLabels([self.tr("Time"), self.tr("Case"), self.tr("Client"), self.tr("Room"),
                              self.tr("Interpreter"), self.tr("Status")])
        self.bookings: list[Booking] = []
        self.itemActivated.connect(self._activated)
        ctx.privacy.changed.connect(self._mask)
        follow(self, lambda _w: fit_columns(self), "columns")

    def _name(self, b: Booking) -> str:
        if not b.visible:
            return self.tr("booked")
        return MASK if self.ctx.privacy.hides(b.case_id) else b.client_name

    def fill(self, bookings: list[Booking]) -> None:
        self.clear()
        self.bookings = list(bookings)
        labels = self.ctx.labels
        for b in self.bookings:
            interpreter = b.interpreter or labels.label("interpreter_language", b.interpreter_language)
            item = QTreeWidgetItem([f"{b.starts_at[11:16]}–{b.ends_at[11:16]}", b.case_number, self._name(b),
                                    b.room, interpreter, labels.label("appointment_status", b.status)])
            item.setData(0, CASE_ID_ROLE, b.case_id if b.visible else None)
            self.addTopLevelItem(item)
        fit_columns(self)

    def _mask(self) -> None:
        for i, b in enumerate(self.bookings):
            item = self.topLevelItem(i)
            if item is not None:
                item.setText(2, self._name(b))
        fit_columns(self)  # a name shown is wider than the mask

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        case_id = item.data(0, CASE_ID_ROLE)
        if case_id is not None:
            self.activated_case.emit(int(case_id))



