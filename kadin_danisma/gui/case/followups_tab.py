"""Follow-ups: when to get back to her and why, and what came of each. The tab lists them (planned first,
soonest first; then the settled ones, newest first) and opens the four steps: plan one, mark one done with
what came of it, reschedule it (a new date, with why), cancel it (with why). The dashboard opens the same
dialogs for a follow-up that is due (workspace/dashboard.py): one way to settle a follow-up.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPushButton, QSpinBox, QWidget

from ...domain import records as r
from ...domain.center_work import MAX_ALLOWED_FOLLOW_UPS
from ...services import followups, followups_after
from ..base.forms import DateField, PlainTextField
from ..base.labels import day_text
from ..base.lines import isolate, ui_line
from ..base.tables import fill_table, sync_button
from ..base.widgets import plain_label
from ..session.context import Context
from .data import CaseData, iso_today
from .tab import CaseDialog, CaseTab


def status_label(code: str) -> str:
    translate = QCoreApplication.translate
    return {"planned": translate("FollowUps", "planned"), "done": translate("FollowUps", "done"),
            "rescheduled": translate("FollowUps", "rescheduled"),
            "cancelled": translate("FollowUps", "cancelled")}.get(code, code)


def due_text(f: r.FollowUp, today: date | None = None) -> str:
    """"14.03.2025", with "today" or "overdue" for a planned one."""
    day = (today or date.today()).isoformat()
    shown = day_text(f.due_on)
    if f.status != "planned":
        return shown
    if f.due_on < day:
        return QCoreApplication.translate("FollowUps", "%1 (overdue)").replace("%1", shown)
    if f.due_on == day:
        return QCoreApplication.translate("FollowUps", "%1 (today)").replace("%1", shown)
    return shown


class PlanFollowUpDialog(CaseDialog):
    """A new follow-up: when, and what for."""

    def __init__(self, ctx: Context, case_id: int, parent: QWidget) -> None:
        super().__init__(ctx, case_id, parent, self.tr("Plan a follow-up"))
        self.setObjectName("planFollowUpDialog")
        self.due_on = DateField(name=self.tr("Due on"), required=True, not_future=False)
        self.purpose = QLineEdit()
        self.purpose.setObjectName("followUpPurpose")
        self.purpose.setAccessibleName(self.tr("What for"))
        form = QFormLayout()
        form.addRow(self.tr("&Due on:"), self.due_on)
        form.addRow(self.tr("&What for:"), self.purpose)
        self.lay_out(form)
        self.fields = {"due_on": (self.due_on, self.tr("Due on")), "purpose": (self.purpose, self.tr("What for"))}

    def submit(self) -> None:
        if problem := self.due_on.problem():
            self.refuse([("due_on", problem)])
            return
        planned = r.FollowUp(self.due_on.value() or "", self.purpose.text().strip())
        session, case_id = self.ctx.session, self.case_id
        self.run(lambda: followups.add_follow_up(session, case_id, planned))


class AllowFollowUpsDialog(CaseDialog):
    """A supervisor allows follow-ups on a closed case, without reopening it: until which day, how many."""

    def __init__(self, ctx: Context, case_id: int, parent: QWidget) -> None:
        super().__init__(ctx, case_id, parent, self.tr("Allow follow-ups after closure"))
        self.setObjectName("allowFollowUpsDialog")
        self.until_on = DateField(name=self.tr("Allowed until"), required=True, not_future=False)
        self.until_on.set_value((date.today() + timedelta(days=200)).isoformat())
        self.count = QSpinBox()
        self.count.setRange(1, MAX_ALLOWED_FOLLOW_UPS)
        self.count.setValue(2)
        self.count.setAccessibleName(self.tr("How many follow-ups"))
        form = QFormLayout()
        form.addRow(self.tr("Allowed &until:"), self.until_on)
        form.addRow(self.tr("&How many:"), self.count)
        self.lay_out(plain_label(self.tr(
            "Her counselor may then plan follow-ups on this closed case and record what came of them (for "
            "example three and six months after she left the shelter). The case stays closed, and everything "
            "else in it stays read-only.")), form)
        self.fields = {"until_on": (self.until_on, self.tr("Allowed until")),
                       "max_count": (self.count, self.tr("How many follow-ups"))}

    def submit(self) -> None:
        if problem := self.until_on.problem():
            self.refuse([("until_on", problem)])
            return
        session, case_id, until, count = self.ctx.session, self.case_id, self.until_on.value() or "", self.count.value()
        self.run(lambda: followups_after.allow(session, case_id, until, count))


class SettleFollowUpDialog(CaseDialog):
    """Done (what came of it) or cancelled (why), or rescheduled to a new date (why): the step is chosen by
    the button she pressed, and the dialog asks only what that step needs."""

    def __init__(self, ctx: Context, case_id: int, parent: QWidget, follow_up: r.FollowUp, step: str,
                 case_number: str = "") -> None:
        titles = {"done": self.tr("Follow-up done"), "rescheduled": self.tr("Reschedule the follow-up"),
                  "cancelled": self.tr("Cancel the follow-up")}
        super().__init__(ctx, case_id, parent, titles[step])
        self.setObjectName("settleFollowUpDialog")
        self.follow_up = follow_up
        self.step = step
        what = follow_up.purpose or self.tr("no purpose written")
        head = self.tr("Due %1: %2").replace("%1", day_text(follow_up.due_on)).replace("%2", isolate(what))
        if case_number:
            head = self.tr("Case %1").replace("%1", case_number) + " · " + head
        intro = plain_label(ui_line(head))
        intro.setObjectName("followUpShown")
        form = QFormLayout()
        self.new_due: DateField | None = None
        if step == "rescheduled":
            self.new_due = DateField(name=self.tr("New date"), required=True, not_future=False)
            form.addRow(self.tr("&New date:"), self.new_due)
        prompt = {"done": self.tr("&What came of it (required):"),
                  "rescheduled": self.tr("&Why it moves (required):"),
                  "cancelled": self.tr("&Why it is cancelled (required):")}[step]
        self.outcome = PlainTextField(lines=3)
        self.outcome.setObjectName("followUpOutcome")
        self.outcome.setAccessibleName(prompt.replace("&", "").rstrip(":"))
        form.addRow(prompt, self.outcome)
        self.lay_out(intro, form)
        self.save_button().setText({"done": self.tr("&Mark done"), "rescheduled": self.tr("&Reschedule"),
                                    "cancelled": self.tr("Cancel the &follow-up")}[step])
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("&Keep it as it is"))
        self.fields = {"outcome": (self.outcome, self.tr("Outcome"))}
        self.resize(540, 320)
        if self.new_due is not None:
            self.fields["due_on"] = (self.new_due, self.tr("New date"))

    def submit(self) -> None:
        problems = []
        outcome = self.outcome.text().strip()
        if not outcome:
            problems.append(("outcome", "is required"))
        if self.new_due is not None and (problem := self.new_due.problem()):
            problems.append(("due_on", problem))
        if problems or self.follow_up.id is None:
            self.refuse(problems)
            return
        session, case_id, fid, step = self.ctx.session, self.case_id, self.follow_up.id, self.step
        if self.new_due is not None:
            due = self.new_due.value() or ""
            self.run(lambda: followups.reschedule(session, case_id, fid, due, outcome))
        else:
            self.run(lambda: followups.settle(session, case_id, fid, step, outcome))


class FollowUpsTab(CaseTab):
    def build(self) -> None:
        self.setObjectName("followUpsTab")
        self.plan_button: QPushButton | None = None
        self.done_button: QPushButton | None = None
        self.reschedule_button: QPushButton | None = None
        self.cancel_button: QPushButton | None = None
        self.allow_button: QPushButton | None = None
        self.open = False
        self.room = False
        self.dialog: CaseDialog | None = None
        self.items: list[r.FollowUp] = []
        layout = self.list_layout("followUpsSummary", [
            self.tr("Due"), self.tr("What for"), self.tr("Status"), self.tr("Settled"), self.tr("By"),
            self.tr("What came of it")], self.tr("Follow-ups"))
        self.table.setObjectName("followUpsTable")
        layout.addWidget(self.table, 1)

    def fill(self, data: CaseData) -> None:
        # On a closed case, follow-ups only under a supervisor's allowance (services/followups_after.py).
        editable = data.follow_ups_open
        self.open = editable
        self.room = data.follow_ups_room
        self.allow_button = sync_button(self.allow_button, data.may_allow_follow_ups, self.bar,
                                        self.tr("Allow follow-ups after closure…"), "allowFollowUpsButton",
                                        self.allow)
        self.plan_button = sync_button(self.plan_button, self.room, self.bar, self.tr("Plan a follow-up…"),
                                       "planFollowUpButton", self.plan)
        self.done_button = sync_button(self.done_button, editable, self.bar, self.tr("Done…"),
                                       "followUpDoneButton", lambda: self.settle("done"))
        self.reschedule_button = sync_button(self.reschedule_button, editable, self.bar, self.tr("Reschedule…"),
                                             "followUpRescheduleButton", lambda: self.settle("rescheduled"))
        self.cancel_button = sync_button(self.cancel_button, editable, self.bar, self.tr("Cancel…"),
                                         "followUpCancelButton", lambda: self.settle("cancelled"))
        chosen = self.chosen(self.items)
        planned = sorted((f for f in data.record.follow_ups if f.status == "planned"), key=lambda f: (f.due_on, f.id))
        settled = sorted((f for f in data.record.follow_ups if f.status != "planned"),
                         key=lambda f: (f.done_on or "", f.id or 0), reverse=True)
        self.items = planned + settled
        names = data.user_display
        fill_table(self.table, [[due_text(f), f.purpose, status_label(f.status), day_text(f.done_on),
                                 names.get(f.settled_by, f.settled_by), f.outcome] for f in self.items],
                   [f.id for f in self.items])
        due = sum(1 for f in planned if f.due_on <= iso_today())
        self.summary.setText(self.tr("Planned: %1 (due or overdue: %2) · settled: %3").replace(
            "%1", str(len(planned))).replace("%2", str(due)).replace("%3", str(len(settled)))
            if self.items else self.tr("No follow-ups planned."))
        keep = chosen.id if chosen is not None else (planned[0].id if planned else None)
        if keep is not None and keep in [f.id for f in self.items]:
            self.table.selectRow([f.id for f in self.items].index(keep))
        self._selected()

    def selected(self) -> r.FollowUp | None:
        return self.chosen(self.items)

    def select(self, follow_up_id: int) -> bool:
        ids = [f.id for f in self.items]
        if follow_up_id not in ids:
            return False
        self.table.selectRow(ids.index(follow_up_id))
        return True

    def _selected(self) -> None:
        f = self.selected()
        open_one = f is not None and f.status == "planned"
        for button in (self.done_button, self.reschedule_button, self.cancel_button):
            if button is not None:
                button.setEnabled(open_one)

    def allow(self) -> AllowFollowUpsDialog:
        return self.open_dialog(AllowFollowUpsDialog(self.view.ctx, self.view.case_id, self),
                                self.tr("Follow-ups allowed on the closed case."))

    def plan(self) -> PlanFollowUpDialog | None:
        if not self.room:
            return None
        return self.open_dialog(PlanFollowUpDialog(self.view.ctx, self.view.case_id, self),
                                self.tr("Follow-up planned."))

    def settle(self, step: str) -> SettleFollowUpDialog | None:
        f = self.selected()
        if not self.open or f is None or f.status != "planned":
            return None
        saved = {"done": self.tr("Follow-up done."), "rescheduled": self.tr("Follow-up rescheduled."),
                 "cancelled": self.tr("Follow-up cancelled.")}[step]
        return self.open_dialog(SettleFollowUpDialog(self.view.ctx, self.view.case_id, self, f, step), saved)
