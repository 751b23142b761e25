"""The calendar's grid: half-hour rows, one column per day (a week) or per counselor, room or interpreter (a
day); an appointment is one cell spanning its rows, saying its time, its case (the client's name masked in
privacy mode, or only "booked" when the case is not hers to read), what it is and where, and its status in
words as well as in colour.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ...services.calendar import Booking
from ..base.styles import WARNING_ROW
from ..session.context import Context
from ..session.privacy import MASK

SLOT = 30  # minutes per row
FIRST_HOUR, LAST_HOUR = 8, 19  # shown at least; widened for an appointment outside
BOOKING_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_COLOURS = {  # background, text (the cell also says the status in words)
    "attended": (QColor("#e3f4e1"), QColor("#1d3b1a")),
    "no_show": WARNING_ROW,
    "cancelled": (QColor("#eeeeee"), QColor("#424242")),
    "planned": (QColor("#e6eefc"), QColor("#14284b")),
}


@dataclass(frozen=True)
class Column:
    """A column: its heading and which bookings belong in it."""

    title: str
    key: object  # a day (date) or a resource id (None: no room / no interpreter)


def week_columns(first: date, day_names: list[str]) -> list[Column]:
    days = [first + timedelta(days=i) for i in range(7)]
    return [Column(f"{day_names[d.weekday()]} {d.strftime('%d.%m.')}", d) for d in days]


class CalendarGrid(QTableWidget):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("calendarGrid")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the grid; the arrow keys move between its cells
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.bookings: dict[int, Booking] = {}
        self.columns: list[Column] = []
        self.shown: list[tuple[Booking, Column]] = []

    def booking_text(self, b: Booking) -> str:
        labels = self.ctx.labels
        lines = [f"{b.starts_at[11:16]}–{b.ends_at[11:16]}"]
        if b.visible:
            name = MASK if self.ctx.privacy.hides(b.case_id) else b.client_name
            lines.append(f"{b.case_number} · {name}")
            lines.append(labels.label("appointment_kind", b.kind))
        else:
            lines.append(self.tr("Booked (another counselor's case)"))
        where = [x for x in (b.room, b.interpreter) if x]
        if b.interpreter_language and not b.interpreter:
            where.append(self.tr("interpreter needed: %1").replace(
                "%1", labels.label("interpreter_language", b.interpreter_language)))
        if where:
            lines.append(" · ".join(where))
        lines.append(labels.label("appointment_status", b.status))
        return "\n".join(lines)

    def show_bookings(self, columns: list[Column], placed: list[tuple[Booking, Column]]) -> None:
        """Lay out the grid: `placed` pairs each booking with its column."""
        self.clear()
        self.clearSpans()
        self.columns = columns
        self.shown = placed
        self.bookings = {b.id: b for b, _ in placed}
        first = min([FIRST_HOUR * 60, *(_minute(b.starts_at) for b, _ in placed)]) // SLOT * SLOT
        last = max([LAST_HOUR * 60, *(_minute(b.ends_at, end=True) for b, _ in placed)])
        rows = max(1, -(-(last - first) // SLOT))
        self.setRowCount(rows)
        self.setColumnCount(len(columns))
        self.setHorizontalHeaderLabels([c.title for c in columns])
        self.setVerticalHeaderLabels([f"{(first + i * SLOT) // 60:02d}:{(first + i * SLOT) % 60:02d}"
                                      for i in range(rows)])
        taken: dict[tuple[int, int], QTableWidgetItem] = {}
        index = {id(c): i for i, c in enumerate(columns)}
        for b, column in sorted(placed, key=lambda p: (p[0].starts_at, p[0].id)):
            col = index[id(column)]
            row = max(0, (_minute(b.starts_at) - first) // SLOT)
            span = max(1, -(-(_minute(b.ends_at, end=True) - _minute(b.starts_at)) // SLOT))
            earlier = next((taken[(r, col)] for r in range(row, row + span) if (r, col) in taken), None)
            if earlier is not None:  # two bookings overlap in this column (a clash booked knowingly)
                earlier.setText(earlier.text() + "\n—\n" + self.booking_text(b))
                ids = [*earlier.data(BOOKING_ROLE), b.id]
                earlier.setData(BOOKING_ROLE, ids)
                continue
            item = QTableWidgetItem(self.booking_text(b))
            item.setData(BOOKING_ROLE, [b.id])
            background, text = STATUS_COLOURS.get(b.status, STATUS_COLOURS["planned"])
            item.setBackground(QBrush(background))
            item.setForeground(QBrush(text))
            self.setItem(row, col, item)
            if span > 1 and row + span <= rows:
                self.setSpan(row, col, span, 1)
            for r in range(row, min(rows, row + span)):
                taken[(r, col)] = item
        header = self.horizontalHeader()
        header.setMinimumSectionSize(140)
        # A week (or a few rooms) fills the width; many counselors scroll, each column as wide as it needs.
        wide = len(columns) <= 7
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch if wide else QHeaderView.ResizeMode.Interactive)
        if not wide:
            self.resizeColumnsToContents()
        self.resizeRowsToContents()

    def remask(self) -> None:
        """Privacy mode changed: every cell's text again."""
        for row in range(self.rowCount()):
            for col in range(self.columnCount()):
                item = self.item(row, col)
                ids = item.data(BOOKING_ROLE) if item is not None else None
                if item is not None and ids:
                    item.setText("\n—\n".join(self.booking_text(self.bookings[i]) for i in ids))

    def selected_booking(self) -> Booking | None:
        item = self.currentItem()
        ids = item.data(BOOKING_ROLE) if item is not None else None
        return self.bookings.get(ids[0]) if ids else None

    def scrub(self) -> None:
        self.clear()
        self.bookings = {}
        self.shown = []


def _minute(at: str, end: bool = False) -> int:
    """Minutes since midnight of a stored time; an end on the next day counts as midnight."""
    value = int(at[11:13]) * 60 + int(at[14:16])
    return 24 * 60 if end and value == 0 else value
