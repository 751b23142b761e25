"""The dashboard for the signed-in person: her appointments today, her open cases, follow-ups due or
overdue, high-risk cases, protective measures ending soon and (for supervisors) closures waiting for review.
Every row opens its case. The lists are computed in a worker; names follow privacy mode like every other list.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...domain.roles import Role
from ...services import dashboard
from ...services.dashboard import Dashboard
from ..base.labels import day_text
from ..base.messages import error_text
from ..base.widgets import heading, plain_label
from ..base.workers import run_in_worker
from ..session.context import Context
from .appointment_rows import AppointmentRows
from .case_rows import CaseRows


class DashboardPage(QWidget):
    case_activated = Signal(int)
    loaded = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.board: Dashboard | None = None
        case, client = self.tr("Case"), self.tr("Client")
        self.my_cases = CaseRows(ctx, "dashMyCases", [case, client, self.tr("Status"), self.tr("Risk")])
        self.follow_ups = CaseRows(ctx, "dashFollowUps", [case, client, self.tr("Due"), self.tr("Purpose")])
        self.high_risk = CaseRows(ctx, "dashHighRisk", [case, client, self.tr("Risk"), self.tr("Status")])
        self.measures = CaseRows(ctx, "dashMeasures", [case, client, self.tr("Measure"), self.tr("Ends")])
        self.closures = CaseRows(ctx, "dashClosures", [case, client, self.tr("Opened")])
        self.today = AppointmentRows(ctx, "dashToday")
        self.title = heading(self.tr("Dashboard"), 1.3)
        self.status = plain_label("")
        self.status.setObjectName("dashboardStatus")
        self.refresh_button = QPushButton(self.tr("Re&fresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the dashboard"))

        sections: list[tuple[str, CaseRows | AppointmentRows]] = [
            (self.tr("Appointments today"), self.today),
            (self.tr("My open cases"), self.my_cases),
            (self.tr("Follow-ups due or overdue"), self.follow_ups),
            (self.tr("High-risk cases"), self.high_risk),
            (self.tr("Protective measures ending within 14 days"), self.measures),
        ]
        self.show_closures = ctx.session.has(Role.SUPERVISOR)
        if self.show_closures:
            sections.append((self.tr("Closures waiting for review"), self.closures))
        self.boxes: dict[str, QGroupBox] = {}
        self.grid = QGridLayout()
        self.columns = 0
        for title, rows in sections:
            box = QGroupBox(title)
            rows.setAccessibleName(title)
            QVBoxLayout(box).addWidget(rows)
            self.boxes[rows.objectName()] = box
            rows.activated_case.connect(self.case_activated)
        self._arrange(2)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addLayout(self.grid, 1)
        self.refresh_button.clicked.connect(self.refresh)
        self.refresh()

    def _arrange(self, columns: int) -> None:
        """The lists in two columns, or in one when two would not show their columns whole (a large text
        size): each list then has the full width and the page scrolls."""
        if columns == self.columns:
            return
        self.columns = columns
        for i, box in enumerate(self.boxes.values()):
            self.grid.removeWidget(box)
            self.grid.addWidget(box, i // columns, i % columns)
        for column in range(2):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def _needed_width(self) -> int:
        """The width a list needs to show all its columns."""
        rows = [box.findChild(CaseRows) for box in self.boxes.values()]
        widths = [r.header().length() + 2 * r.frameWidth() + r.verticalScrollBar().sizeHint().width()
                  for r in rows if r is not None]
        margins = 4 * self.fontMetrics().averageCharWidth()
        return max(widths, default=0) + margins

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(2 if self.width() >= 2 * self._needed_width() else 1)

    def refresh(self) -> None:
        self.status.setText(self.tr("Loading…"))
        session = self.ctx.session
        run_in_worker(self, lambda: dashboard.dashboard(session), self._show, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(error_text(exc))

    def _show(self, board: Dashboard) -> None:
        self.board = board
        status: Callable[[str | None], str] = lambda code: self.ctx.labels.label("case_status", code)  # noqa: E731
        risk: Callable[[str | None], str] = lambda code: self.ctx.labels.label("risk_level", code)  # noqa: E731
        self.my_cases.fill([(c, [status(c.status), risk(c.risk_level)]) for c in board.my_open_cases])
        self.follow_ups.fill([
            (f.case, [(self.tr("OVERDUE %1") if f.overdue else "%1").replace("%1", day_text(f.due_on)), f.purpose])
            for f in board.follow_ups])
        self.high_risk.fill([(c, [risk(c.risk_level), status(c.status)]) for c in board.high_risk])
        self.measures.fill([
            (m.case, [self.ctx.labels.label("measure_type", m.measure_type),
                      self.tr("%1 (in %2 days)").replace("%1", day_text(m.end_date)).replace("%2", str(m.days_left))])
            for m in board.measures_expiring])
        if self.show_closures:
            self.closures.fill([(c, [day_text(c.opened_on)]) for c in board.closures_waiting])
        self.today.fill(board.appointments_today)
        lists: list[tuple[str, CaseRows | AppointmentRows]] = [
            ("appointments_today", self.today), ("my_open_cases", self.my_cases), ("follow_ups", self.follow_ups),
            ("high_risk", self.high_risk), ("measures_expiring", self.measures)]
        if self.show_closures:
            lists.append(("closures_waiting", self.closures))
        for key, rows in lists:
            total, shown = board.totals.get(key, rows.topLevelItemCount()), rows.topLevelItemCount()
            count = str(total) if total == shown else self.tr("first %1 of %2").replace("%1", str(shown)).replace(
                "%2", str(total))
            self.boxes[rows.objectName()].setTitle(f"{rows.accessibleName()} ({count})")
        self._arrange(2 if self.width() >= 2 * self._needed_width() else 1)
        overdue = sum(1 for f in board.follow_ups if f.overdue)  # the list is oldest first
        self.status.setText(self.tr("%1 overdue follow-up(s).").replace("%1", str(overdue)) if overdue else "")
        self.loaded.emit()

    def scrub(self) -> None:
        for rows in (self.my_cases, self.follow_ups, self.high_risk, self.measures, self.closures, self.today):
            rows.clear()
