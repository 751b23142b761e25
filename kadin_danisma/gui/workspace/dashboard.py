"""The dashboard for the signed-in person: what needs her now (a counselor's inbox: closures returned to her,
cases newly assigned to her, follow-ups due today or overdue, measures ending within 14 days), the closures
returned to her with the supervisor's comment, her appointments today, her open cases, follow-ups due or
overdue, high-risk cases, protective measures ending soon, the women's KVKK requests waiting for an answer
with their 30-day deadline, Law 6284's deadlines still open and court hearings within 14 days (issue 21),
and (for supervisors) closures waiting for review.

Every row opens its case (on the tab the row is about); a follow-up is settled from here with the same dialog
as in the case (done, rescheduled, cancelled, each with its outcome), and leaves the lists. The lists are
computed in a worker; names follow privacy mode like every other list. The page scrolls rather than grows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...domain import records as r
from ...domain.measure_deadlines import Deadline
from ...domain.roles import Role
from ...services import dashboard
from ...services.dashboard import Dashboard, FollowUpDue, InboxItem
from ..base.forms import moment_text
from ..base.kvkk_labels import request_kind
from ..base.labels import day_text
from ..base.messages import error_text
from ..base.pages import FlowLayout
from ..base.scaling import set_height_in_lines
from ..base.widgets import heading, open_modal, plain_label
from ..base.workers import Latest
from ..case.followups_tab import SettleFollowUpDialog
from ..session.context import Context
from .appointment_rows import AppointmentRows
from .case_rows import CaseRows

# Which tab of the case a row of each kind opens.
TAB_OF_KIND = {"returned": "closure", "assigned": "overview", "follow_up": "follow_ups", "measure": "measures"}


class FollowUpButtons(QWidget):
    """Done… / Reschedule… / Cancel… for the follow-up chosen in a list."""

    def __init__(self, page: DashboardPage, rows: CaseRows, chosen: Callable[[], tuple[int, r.FollowUp] | None],
                 name: str) -> None:
        super().__init__()
        self.page = page
        self.rows = rows
        self.chosen = chosen
        self.buttons: dict[str, QPushButton] = {}
        bar = FlowLayout(self)  # onto a second row at a large text size
        bar.setContentsMargins(0, 0, 0, 0)
        for step, text in (("done", self.tr("Done…")), ("rescheduled", self.tr("Reschedule…")),
                           ("cancelled", self.tr("Cancel…"))):
            button = QPushButton(text)
            button.setObjectName(f"{name}:{step}")
            button.setAccessibleDescription({"done": self.tr("Mark the chosen follow-up done"),
                                      "rescheduled": self.tr("Reschedule the chosen follow-up"),
                                      "cancelled": self.tr("Cancel the chosen follow-up")}[step])
            button.clicked.connect(lambda _c=False, s=step: self.page.settle(self.chosen(), s))
            bar.addWidget(button)
            self.buttons[step] = button
        rows.itemSelectionChanged.connect(self.update_buttons)
        self.update_buttons()

    def update_buttons(self) -> None:
        chosen = self.chosen() is not None
        for button in self.buttons.values():
            button.setEnabled(chosen)


class DashboardPage(QWidget):
    case_activated = Signal(int)
    case_on_tab = Signal(int, str)  # open the case on one of its tabs ("closure", "follow_ups", …)
    case_changed = Signal(int)  # something was saved in a case from here (a follow-up settled)
    loaded = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.board: Dashboard | None = None
        self.reads = Latest(self)
        self.dialog: SettleFollowUpDialog | None = None
        case, client = self.tr("Case"), self.tr("Client")
        self.counselor = ctx.session.has(Role.COUNSELOR)
        self.inbox = CaseRows(ctx, "dashInbox", [case, client, self.tr("What"), self.tr("When"), self.tr("Details")])
        self.returned = CaseRows(ctx, "dashReturned", [case, client, self.tr("Returned by"), self.tr("On"),
                                                       self.tr("The supervisor's comment")])
        self.my_cases = CaseRows(ctx, "dashMyCases", [case, client, self.tr("Status"), self.tr("Risk")])
        self.follow_ups = CaseRows(ctx, "dashFollowUps", [case, client, self.tr("Due"), self.tr("Purpose")])
        self.high_risk = CaseRows(ctx, "dashHighRisk", [case, client, self.tr("Risk"), self.tr("Status")])
        self.measures = CaseRows(ctx, "dashMeasures", [case, client, self.tr("Measure"), self.tr("Ends")])
        self.closures = CaseRows(ctx, "dashClosures", [case, client, self.tr("Opened")])
        self.requests = CaseRows(ctx, "dashRequests", [case, client, self.tr("She asks for"), self.tr("Answer due")])
        # issue 21: court hearings coming, and Law 6284's deadlines still open
        self.hearings = CaseRows(ctx, "dashHearings", [case, client, self.tr("Hearing"), self.tr("Court case")])
        self.deadlines = CaseRows(ctx, "dashDeadlines", [case, client, self.tr("Measure"), self.tr("Due")])
        self.today = AppointmentRows(ctx, "dashToday")
        self.title = heading(self.tr("Dashboard"), 1.3)
        self.status = plain_label("")
        self.status.setObjectName("dashboardStatus")
        self.refresh_button = QPushButton(self.tr("Re&fresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the dashboard"))

        self.boxes: dict[str, QGroupBox] = {}
        self.box_columns: dict[str, QVBoxLayout] = {}
        self.titles: dict[str, str] = {}
        parts: list[QWidget] = []
        if self.counselor:
            inbox_box = self._box(self.tr("What needs you now"), self.inbox)
            self.inbox_buttons = FollowUpButtons(self, self.inbox, self._inbox_follow_up, "inbox")
            self.box_columns["dashInbox"].addWidget(self.inbox_buttons)
            parts += [inbox_box, self._box(self.tr("Returned to me"), self.returned)]
        sections: list[tuple[str, CaseRows | AppointmentRows]] = [
            (self.tr("Appointments today"), self.today),
            (self.tr("My open cases"), self.my_cases),
            (self.tr("Follow-ups overdue or due within %1 days").replace("%1", str(dashboard.DUE_SOON_DAYS)),
             self.follow_ups),
            (self.tr("High-risk cases"), self.high_risk),
            (self.tr("Protective measures ending within 14 days"), self.measures),
            (self.tr("Women's KVKK requests waiting for an answer (30 days)"), self.requests),
            (self.tr("Law 6284 deadlines: decisions (24 hours) and judges' confirmations (48 hours)"),
             self.deadlines),
            (self.tr("Court hearings within 14 days"), self.hearings),
        ]
        self.show_closures = ctx.session.has(Role.SUPERVISOR)
        if self.show_closures:
            sections.append((self.tr("Closures waiting for review"), self.closures))
        # The lists in a grid of two columns, or one when two would not show their columns whole (_arrange);
        # the inbox and "Returned to me" above them, full width. The workspace's page scrolls.
        self.grid_boxes = [self._box(title, rows) for title, rows in sections]
        self.grid = QGridLayout()
        self.grid_columns = 0
        self._arrange(2)
        # Settling a follow-up is work on the case: counselors only (a supervisor reads the list).
        self.follow_up_buttons: FollowUpButtons | None = None
        if self.counselor:
            self.follow_up_buttons = FollowUpButtons(self, self.follow_ups, self._listed_follow_up, "followUps")
            self.box_columns["dashFollowUps"].addWidget(self.follow_up_buttons)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        for part in parts:
            layout.addWidget(part)
        layout.addLayout(self.grid, 1)
        self.inbox.activated_case.connect(lambda cid: self._open_from(self.inbox, cid))
        self.returned.activated_case.connect(lambda cid: self.case_on_tab.emit(cid, "closure"))
        self.follow_ups.activated_case.connect(lambda cid: self.case_on_tab.emit(cid, "follow_ups"))
        self.measures.activated_case.connect(lambda cid: self.case_on_tab.emit(cid, "measures"))
        self.requests.activated_case.connect(lambda cid: self.case_on_tab.emit(cid, "kvkk"))
        self.deadlines.activated_case.connect(lambda cid: self.case_on_tab.emit(cid, "measures"))
        self.hearings.activated_case.connect(lambda cid: self.case_on_tab.emit(cid, "court"))
        for rows in (self.my_cases, self.high_risk, self.closures, self.today):
            rows.activated_case.connect(self.case_activated)
        self.refresh_button.clicked.connect(self.refresh)
        self.refresh()

    def _box(self, title: str, rows: CaseRows | AppointmentRows) -> QGroupBox:
        box = QGroupBox(title)
        rows.setAccessibleName(title)
        set_height_in_lines(rows, 6, at_least=True)
        column = QVBoxLayout(box)
        column.addWidget(rows)
        self.box_columns[rows.objectName()] = column
        self.boxes[rows.objectName()] = box
        self.titles[rows.objectName()] = title
        return box

    def _arrange(self, columns: int) -> None:
        """The lists in two columns, or in one when two would not show their columns whole (a large text
        size): each list then has the full width and the page scrolls."""
        if columns == self.grid_columns:
            return
        self.grid_columns = columns
        for i, box in enumerate(self.grid_boxes):
            self.grid.removeWidget(box)
            self.grid.addWidget(box, i // columns, i % columns)
        for column in range(2):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def _needed_width(self) -> int:
        """The width a list of the grid needs to show all its columns."""
        rows = [box.findChild(CaseRows) for box in self.grid_boxes]
        widths = [r.header().length() + 2 * r.frameWidth() + r.verticalScrollBar().sizeHint().width()
                  for r in rows if r is not None]
        margins = 4 * self.fontMetrics().averageCharWidth()
        return max(widths, default=0) + margins

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(2 if self.width() >= 2 * self._needed_width() else 1)

    @property
    def loading(self) -> bool:
        return self.reads.busy

    def refresh(self) -> None:
        self.status.setText(self.tr("Loading…"))
        session = self.ctx.session
        self.reads.ask(lambda: dashboard.dashboard(session), self._show, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(error_text(exc))

    def kind_text(self, item: InboxItem) -> str:
        return {"returned": self.tr("Closure returned"), "assigned": self.tr("Newly assigned to you"),
                "follow_up": self.tr("Follow-up due"), "measure": self.tr("Measure ends soon")}.get(item.kind, "")

    def _inbox_detail(self, item: InboxItem) -> str:
        labels = self.ctx.labels
        if item.kind == "returned":
            return self.tr("%1: %2").replace("%1", item.by).replace("%2", item.detail)
        if item.kind == "assigned":
            return self.tr("by %1").replace("%1", item.by) if item.by else ""
        if item.kind == "measure":
            return labels.label("measure_type", item.detail)
        return item.detail

    def _show(self, board: Dashboard) -> None:
        self.board = board
        status: Callable[[str | None], str] = lambda code: self.ctx.labels.label("case_status", code)  # noqa: E731
        risk: Callable[[str | None], str] = lambda code: self.ctx.labels.label("risk_level", code)  # noqa: E731
        if self.counselor:
            self.inbox.fill([(x.case, [self.kind_text(x), day_text(x.on), self._inbox_detail(x)]) for x in board.inbox])
            self.returned.fill([(x.case, [x.returned_by, day_text(x.returned_at), x.comment])
                                for x in board.returned])
        self.my_cases.fill([(c, [status(c.status), risk(c.risk_level)]) for c in board.my_open_cases])
        self.follow_ups.fill([
            (f.case, [(self.tr("OVERDUE %1") if f.overdue else "%1").replace("%1", day_text(f.due_on)), f.purpose])
            for f in board.follow_ups])
        self.high_risk.fill([(c, [risk(c.risk_level), status(c.status)]) for c in board.high_risk])
        self.measures.fill([
            (m.case, [self.ctx.labels.label("measure_type", m.measure_type), self._ends(m.end_date, m.days_left)])
            for m in board.measures_expiring])
        if self.show_closures:
            self.closures.fill([(c, [day_text(c.opened_on)]) for c in board.closures_waiting])
        self.today.fill(board.appointments_today)
        self.requests.fill([(q.case, [request_kind(q.request.kind), self._due(q.request.due_on,
                                                                             q.request.days_left())])
                            for q in board.requests_due])
        labels = self.ctx.labels
        self.hearings.fill([(h.case, [" ".join(filter(None, (day_text(h.hearing_on), h.hearing_time))),
                                      labels.label("court_case_kind", h.kind)]) for h in board.hearings])
        self.deadlines.fill([(d.case, [labels.label("measure_type", d.measure_type), self._deadline(d.deadline)])
                             for d in board.deadlines])
        lists: list[tuple[str, CaseRows | AppointmentRows]] = [
            ("inbox", self.inbox), ("returned", self.returned), ("appointments_today", self.today),
            ("my_open_cases", self.my_cases), ("follow_ups", self.follow_ups), ("high_risk", self.high_risk),
            ("measures_expiring", self.measures), ("requests_due", self.requests), ("closures_waiting", self.closures),
            ("hearings", self.hearings), ("deadlines", self.deadlines)]
        for key, rows in lists:
            box = self.boxes.get(rows.objectName())
            if box is None:
                continue
            total, shown = board.totals.get(key, rows.topLevelItemCount()), rows.topLevelItemCount()
            count = str(total) if total == shown else self.tr("first %1 of %2").replace("%1", str(shown)).replace(
                "%2", str(total))
            box.setTitle(f"{self.titles[rows.objectName()]} ({count})")
        self._arrange(2 if self.width() >= 2 * self._needed_width() else 1)
        overdue = sum(1 for f in board.follow_ups if f.overdue)  # the list is oldest first
        self.status.setText(self.tr("%1 overdue follow-up(s).").replace("%1", str(overdue)) if overdue else "")
        for buttons in (self.follow_up_buttons, getattr(self, "inbox_buttons", None)):
            if buttons is not None:
                buttons.update_buttons()
        self.loaded.emit()

    def _deadline(self, d: Deadline) -> str:
        what = self.tr("decision by %1") if d.kind == "decision" else self.tr("judge's confirmation by %1")
        text = what.replace("%1", moment_text(d.due_at))
        return self.tr("OVERDUE: %1").replace("%1", text) if d.overdue else text

    def _due(self, due_on: str, days_left: int) -> str:
        if days_left < 0:
            return self.tr("%1 (OVERDUE by %2 days)").replace("%1", day_text(due_on)).replace("%2", str(-days_left))
        return self.tr("%1 (in %2 days)").replace("%1", day_text(due_on)).replace("%2", str(days_left))

    def _ends(self, end_date: str, days_left: int) -> str:
        if days_left <= 0:
            return self.tr("%1 (today)").replace("%1", day_text(end_date))
        if days_left == 1:
            return self.tr("%1 (tomorrow)").replace("%1", day_text(end_date))
        return self.tr("%1 (in %2 days)").replace("%1", day_text(end_date)).replace("%2", str(days_left))

    # -- acting on a row -----------------------------------------------------------------------------------
    def _inbox_item(self) -> InboxItem | None:
        item = self.inbox.currentItem()
        if item is None or self.board is None:
            return None
        index = self.inbox.indexOfTopLevelItem(item)
        return self.board.inbox[index] if 0 <= index < len(self.board.inbox) else None

    def _open_from(self, rows: CaseRows, case_id: int) -> None:
        chosen = self._inbox_item() if rows is self.inbox else None
        self.case_on_tab.emit(case_id, TAB_OF_KIND.get(chosen.kind, "overview") if chosen else "overview")

    def _inbox_follow_up(self) -> tuple[int, r.FollowUp] | None:
        item = self._inbox_item()
        if item is None or item.kind != "follow_up" or item.follow_up_id is None:
            return None
        return item.case.id, r.FollowUp(item.on, item.detail, id=item.follow_up_id)

    def _listed_follow_up(self) -> tuple[int, r.FollowUp] | None:
        item = self.follow_ups.currentItem()
        if item is None or self.board is None:
            return None
        index = self.follow_ups.indexOfTopLevelItem(item)
        if not 0 <= index < len(self.board.follow_ups):
            return None
        f: FollowUpDue = self.board.follow_ups[index]
        return f.case.id, r.FollowUp(f.due_on, f.purpose, id=f.id)

    def settle(self, chosen: tuple[int, r.FollowUp] | None, step: str) -> SettleFollowUpDialog | None:
        """Done, reschedule or cancel a follow-up from the dashboard: the case's own dialog."""
        if chosen is None or self.board is None:
            return None
        case_id, follow_up = chosen
        number = next((c.case.case_number for c in self.board.follow_ups if c.case.id == case_id), "")
        dialog = SettleFollowUpDialog(self.ctx, case_id, self, follow_up, step, number)
        dialog.accepted.connect(lambda: self._settled(case_id))
        self.dialog = dialog
        open_modal(dialog)
        return dialog

    def _settled(self, case_id: int) -> None:
        self.case_changed.emit(case_id)
        self.refresh()

    def scrub(self) -> None:
        for rows in (self.inbox, self.returned, self.my_cases, self.follow_ups, self.high_risk, self.measures,
                     self.closures, self.requests, self.today, self.hearings, self.deadlines):
            rows.clear()
        self.board = None
