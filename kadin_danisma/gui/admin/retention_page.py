"""The Retention / KVKK page for the coordinator (admin) and supervisors (issue 19): the retention policy (an
administrator changes it; every change audited), the "due for destruction" queue and its proposal, the
proposals waiting for a supervisor who did not make them, the destruction records (saved as PDF), the
reminder when the last destruction is more than six months old, and, for supervisors, the access review.

Everything is read in one worker call and shown when it comes back; every step runs in a worker too.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.permissions import Action
from ...domain.roles import Role
from ...services import access, destruction, destruction_record, retention_policy
from ...services.retention_policy import Policy
from ...services.session import Session
from ..base.files import choose_save_file, pdf_filter
from ..base.forms import CodeCombo, clear_invalid, mark_invalid
from ..base.kvkk_labels import method_label, origin_label
from ..base.labels import day_text, when_text
from ..base.messages import error_text, field_problem, problem_field
from ..base.preferences import current_language
from ..base.styles import DANGER_ROW, set_error
from ..base.tables import fill_table, make_table, selected_key, tint_rows
from ..base.widgets import banner, fill_with_scrolling, open_modal, plain_label, set_visible, two_columns
from ..base.workers import Latest, run_in_worker
from ..session.context import Context
from .access_review_box import AccessReviewBox
from .retention_dialogs import ApproveDialog, DoneDialog, ProposeDialog


def may_see_retention(session: Session) -> bool:
    # Not on a center server yet (services refuse it there; the overview page says so instead).
    return not session.on_server and access.allowed(session, Action.RETENTION_MANAGE)


@dataclass(frozen=True)
class PageData:
    policy: Policy
    queue: destruction.Queue
    reminder: destruction.Reminder
    records: list[dict[str, Any]]
    names: dict[int, str]


def _load(session: Session) -> PageData:
    from ...services.casework import user_names

    return PageData(retention_policy.policy(session), destruction.queue(session), destruction.reminder(session),
                    destruction_record.records(session), user_names(session.connection()))


class RetentionPage(QWidget):
    changed = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        session = ctx.session
        self.admin = session.has(Role.ADMIN)
        self.approver = access.allowed(session, Action.RETENTION_APPROVE)
        self.data: PageData | None = None
        self.reads = Latest(self)
        self.dialog: QWidget | None = None
        self.refreshed_once = False
        self.message = ""  # said once the page has loaded again after a step
        self.file_dialog: QFileDialog | None = None

        self.reminder = banner("retentionReminder", "warning")
        self.compaction_banner = banner("compactionBanner", "danger")
        self.finish_button = QPushButton(self.tr("Fi&nish rewriting the vault file"))
        self.finish_button.setObjectName("finishCompactionButton")
        self.status = plain_label("")
        self.status.setObjectName("retentionStatus")
        self.refresh_button = QPushButton(self.tr("Re&fresh"))

        # -- the policy
        self.keep = self._years(*retention_policy.KEEP_RANGE, self.tr("Years a record is kept after her last case "
                                                                      "closed"))
        self.safe = self._years(*retention_policy.SHORT_RANGE, self.tr("Years her safe-contact details are kept"))
        self.shelter = self._years(*retention_policy.SHORT_RANGE, self.tr("Years a closed shelter's contact "
                                                                         "details are kept"))
        self.method = CodeCombo([(m, method_label(m)) for m in retention_policy.METHODS],
                                name=self.tr("At the end of the period"))
        self.save_policy_button = QPushButton(self.tr("&Save the policy"))
        self.policy_status = plain_label("")
        self.policy_status.setObjectName("policyStatus")
        policy_box = QGroupBox(self.tr("Retention policy"))
        form = QFormLayout(policy_box)
        form.addRow(self.tr("Keep her &record:"), self.keep)
        form.addRow(self.tr("Safe-&contact details:"), self.safe)
        form.addRow(self.tr("Closed s&helters' contact details:"), self.shelter)
        form.addRow(self.tr("At the &end:"), self.method)
        form.addRow(plain_label(self.tr(
            "Anonymize: her name, contact details and every free text are removed; the coded facts stay for the "
            "statistics. Delete: her record goes entirely. Past statistics stay the same either way.")))
        if self.admin:
            form.addRow(self.save_policy_button)
        else:
            form.addRow(plain_label(self.tr("Only an administrator changes the policy.")))
        form.addRow(self.policy_status)
        self.policy_fields = {"keep_years": self.keep, "safe_contact_years": self.safe,
                              "shelter_contact_years": self.shelter, "method": self.method}
        for widget in self.policy_fields.values():
            widget.setEnabled(self.admin)

        # -- the queue
        self.queue_summary = plain_label("")
        self.queue_summary.setObjectName("queueSummary")
        self.queue_table = make_table([self.tr("Last case ended"), self.tr("Cases"), self.tr("Legal hold")],
                                      self.tr("Women due for destruction"), "queueTable")
        self.propose_button = QPushButton(self.tr("Propose th&is destruction…"))
        self.propose_button.setObjectName("proposeButton")
        queue_box = QGroupBox(self.tr("Due for destruction"))
        queue_layout = QVBoxLayout(queue_box)
        queue_layout.addWidget(self.queue_summary)
        queue_layout.addWidget(self.queue_table)
        queue_layout.addWidget(self.propose_button)

        # -- proposals waiting
        self.cycle_table = make_table([self.tr("No."), self.tr("Kind"), self.tr("Proposed by"), self.tr("Proposed")],
                                      self.tr("Destructions waiting for approval"), "cycleTable")
        self.approve_button = QPushButton(self.tr("&Approve and destroy…"))
        self.approve_button.setObjectName("approveButton")
        self.cancel_button = QPushButton(self.tr("Withdraw the pr&oposal"))
        self.cancel_button.setObjectName("cancelProposalButton")
        cycles_box = QGroupBox(self.tr("Waiting for approval"))
        cycles_layout = QVBoxLayout(cycles_box)
        cycles_layout.addWidget(plain_label(self.tr(
            "A supervisor who did not propose a destruction approves it.")))
        cycles_layout.addWidget(self.cycle_table)
        row = QHBoxLayout()
        row.addWidget(self.approve_button)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        cycles_layout.addLayout(row)

        # -- records
        self.record_table = make_table([self.tr("Done"), self.tr("Kind"), self.tr("Method"), self.tr("Women"),
                                        self.tr("Cases"), self.tr("Approved by")], self.tr("Destruction records"),
                                       "recordTable")
        self.record_pdf_button = QPushButton(self.tr("Save the record as P&DF…"))
        self.record_pdf_button.setObjectName("recordPdfButton")
        records_box = QGroupBox(self.tr("Destruction records (kept at least three years)"))
        records_layout = QVBoxLayout(records_box)
        records_layout.addWidget(self.record_table)
        records_layout.addWidget(self.record_pdf_button)
        records_layout.addWidget(plain_label(self.tr(
            "Backups made before a destruction still hold what it destroyed; the Vault tab marks them.")))

        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.refresh_button)
        compaction = QHBoxLayout()
        compaction.addWidget(self.compaction_banner, 1)
        compaction.addWidget(self.finish_button)
        right: list[QWidget] = [queue_box, cycles_box]
        self.review_box: AccessReviewBox | None = None
        if access.allowed(session, Action.ACCESS_REVIEW):
            self.review_box = AccessReviewBox(session)
            right.append(self.review_box)
        fill_with_scrolling(self, top, self.reminder, compaction, two_columns([policy_box, records_box], right),
                            stretch=True)
        for widget in (self.reminder, self.compaction_banner, self.finish_button):
            set_visible(widget, False)
        self.approve_button.setVisible(self.approver)
        for button in (self.propose_button, self.approve_button, self.cancel_button, self.record_pdf_button):
            button.setEnabled(False)

        self.refresh_button.clicked.connect(self.refresh)
        self.save_policy_button.clicked.connect(self.save_policy)
        self.propose_button.clicked.connect(lambda: self.propose())
        self.approve_button.clicked.connect(lambda: self.approve_selected())
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.record_pdf_button.clicked.connect(lambda: self.save_record())
        self.finish_button.clicked.connect(self.finish_compaction)
        self.cycle_table.itemSelectionChanged.connect(self._selection)
        self.record_table.itemSelectionChanged.connect(self._selection)

    def _years(self, low: int, high: int, name: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(low, high)
        box.setSuffix(self.tr(" years"))
        box.setAccessibleName(name)
        return box

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.refreshed_once:
            self.refresh()

    # -- loading ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.refreshed_once = True
        set_error(self.status, False)
        self.status.setText(self.tr("Loading…"))
        session = self.ctx.session
        self.reads.ask(lambda: _load(session), self._show, self._failed)

    def _failed(self, exc: BaseException) -> None:
        set_error(self.status, True)
        self.status.setText(error_text(exc))

    def _show(self, data: PageData) -> None:
        self.data = data
        self.status.setText(self.message)
        self.message = ""
        pol = data.policy
        self.keep.setValue(pol.keep_years)
        self.safe.setValue(pol.safe_contact_years)
        self.shelter.setValue(pol.shelter_contact_years)
        self.method.set_value(pol.method)
        self._show_reminder(data.reminder)
        q = data.queue
        summary = self.tr("Due now: %1 women (%2 cases), %3 women's safe-contact details, %4 closed shelters' "
                          "contact details. On legal hold, not proposed: %5.")
        for key, value in (("%1", q.total_clients), ("%2", q.cases), ("%3", q.total_safe_contacts),
                           ("%4", q.total_shelters), ("%5", q.held)):
            summary = summary.replace(key, str(value))
        if q.total_clients > len(q.clients):
            summary += " " + self.tr("The first %1 are listed.").replace("%1", str(len(q.clients)))
        self.queue_summary.setText(summary)
        fill_table(self.queue_table, [[day_text(c.ended_on), ", ".join(c.case_numbers),
                                       self.tr("ON HOLD") if c.held else ""] for c in q.clients],
                   [c.client_id for c in q.clients])
        tint_rows(self.queue_table, [i for i, c in enumerate(q.clients) if c.held], DANGER_ROW)
        periodic_waiting = any(c.origin == "periodic" for c in q.proposed)
        self.propose_button.setEnabled(not periodic_waiting)
        self.propose_button.setToolTip(self.tr("A periodic destruction is already waiting for approval.")
                                       if periodic_waiting else "")
        fill_table(self.cycle_table, [[str(c.id), origin_label(c.origin), data.names.get(c.proposed_by, ""),
                                       when_text(c.proposed_at)] for c in q.proposed], [c.id for c in q.proposed])
        fill_table(self.record_table, [[when_text(r["done_at"]), origin_label(str(r["origin"])),
                                        method_label(str(r["method"])), str(r["women"]), str(r["cases"]),
                                        str(r["approved"].get("name", ""))] for r in data.records],
                   [int(r["cycle_id"]) for r in data.records])
        self._selection()

    def _show_reminder(self, reminder: destruction.Reminder) -> None:
        if reminder.due:
            text = (self.tr("The last destruction was on %1, more than six months ago. The regulation asks for one "
                            "at least every six months: propose one below.").replace(
                        "%1", when_text(reminder.last_done))
                    if reminder.last_done else
                    self.tr("No destruction has been made in this vault for more than six months. The regulation asks "
                            "for one at least every six months: propose one below."))
            self.reminder.setText(text)
        set_visible(self.reminder, reminder.due)
        pending = bool(reminder.pending_compaction)
        if pending:
            self.compaction_banner.setText(self.tr(
                "A destruction was done but rewriting the vault file was interrupted: until it is finished, freed "
                "pages may still hold what was destroyed."))
        set_visible(self.compaction_banner, pending)
        set_visible(self.finish_button, pending)

    def _selection(self) -> None:
        cycle = self.chosen_cycle()
        me = self.ctx.session.user_id
        self.approve_button.setEnabled(self.approver and cycle is not None and cycle.proposed_by != me)
        self.approve_button.setToolTip(self.tr("You proposed it: another supervisor approves it.")
                                       if cycle is not None and cycle.proposed_by == me else "")
        self.cancel_button.setEnabled(cycle is not None and (cycle.proposed_by == me or self.approver))
        self.record_pdf_button.setEnabled(selected_key(self.record_table) is not None)

    def chosen_cycle(self) -> destruction.Cycle | None:
        key = selected_key(self.cycle_table)
        if self.data is None or key is None:
            return None
        return next((c for c in self.data.queue.proposed if c.id == key), None)

    # -- the policy ------------------------------------------------------------------------------------
    def save_policy(self) -> None:
        new = Policy(self.keep.value(), self.safe.value(), self.shelter.value(), self.method.value() or "")
        session = self.ctx.session
        self.save_policy_button.setEnabled(False)
        set_error(self.policy_status, False)
        self.policy_status.setText(self.tr("Saving…"))
        run_in_worker(self, lambda: retention_policy.set_policy(session, new), self._policy_saved,
                      self._policy_failed)

    def _policy_saved(self, _value: object) -> None:
        self.save_policy_button.setEnabled(True)
        for widget in self.policy_fields.values():
            clear_invalid(widget)
        self.policy_status.setText(self.tr("Policy saved."))
        self.refresh()

    def _policy_failed(self, exc: BaseException) -> None:
        self.save_policy_button.setEnabled(True)
        set_error(self.policy_status, True)
        problems = exc.details.get("problems") if hasattr(exc, "details") else None
        if isinstance(problems, list) and problems:
            for path, message in problems:
                widget = self.policy_fields.get(problem_field(str(path)))
                if widget is not None:
                    mark_invalid(widget, field_problem(str(message)))
        self.policy_status.setText(error_text(exc))

    # -- the steps -------------------------------------------------------------------------------------
    def propose(self) -> ProposeDialog | None:
        if self.data is None:
            return None
        dialog = ProposeDialog(self.ctx, self, self.data.queue)
        dialog.accepted.connect(lambda: self._stepped(self.tr("Destruction proposed. A supervisor who is not you "
                                                               "approves it.")))
        self.dialog = dialog
        open_modal(dialog)
        return dialog

    def approve_selected(self) -> None:
        cycle = self.chosen_cycle()
        if cycle is None or self.data is None:
            return
        session, names = self.ctx.session, self.data.names
        self.status.setText(self.tr("Checking what is still due…"))
        run_in_worker(self, lambda: destruction.preview(session, cycle.id),
                      lambda look: self._open_approve(look, names.get(cycle.proposed_by, "")), self._failed)

    def _open_approve(self, look: destruction.Preview, proposer: str) -> None:
        self.status.setText("")
        dialog = ApproveDialog(self.ctx, self, look, proposer)
        dialog.accepted.connect(lambda: self._destroyed(dialog.result_value))
        self.dialog = dialog
        open_modal(dialog)

    def _destroyed(self, outcome: destruction.Outcome) -> None:
        self._stepped(self.tr("Destruction done."))
        self.dialog = open_modal(DoneDialog(self, outcome))

    def cancel_selected(self) -> None:
        cycle = self.chosen_cycle()
        if cycle is None:
            return
        session = self.ctx.session
        run_in_worker(self, lambda: destruction.cancel(session, cycle.id),
                      lambda _v: self._stepped(self.tr("Proposal withdrawn; nothing was destroyed.")), self._failed)

    def finish_compaction(self) -> None:
        session = self.ctx.session
        self.finish_button.setEnabled(False)
        self.status.setText(self.tr("Rewriting the vault file…"))
        run_in_worker(self, lambda: destruction.finish_compaction(session),
                      lambda _v: self._stepped(self.tr("The vault file was rewritten.")), self._failed)

    def _stepped(self, message: str) -> None:
        self.finish_button.setEnabled(True)
        self.refresh()
        self.message = message
        self.changed.emit()

    def save_record(self, path: Path | None = None) -> None:
        key = selected_key(self.record_table)
        if key is None:
            return
        cycle_id = int(str(key))
        if path is None:
            self.file_dialog = choose_save_file(
                self, self.tr("Save the destruction record"), Path.home() / f"imha-tutanagi-{cycle_id}.pdf",
                pdf_filter(), lambda chosen: self.save_record(chosen), suffix="pdf")
            return
        session, lang, target = self.ctx.session, current_language(), path
        self.status.setText(self.tr("Writing the record…"))
        run_in_worker(self, lambda: destruction_record.save_record_pdf(session, cycle_id, target, lang),
                      lambda _size: self.status.setText(self.tr("Record saved as %1.").replace("%1", target.name)),
                      self._failed)
